"""www.thaigov.go.th: news/contents/index|details, <title> prefix, date line atop the body."""

from __future__ import annotations

import re
from typing import ClassVar

from crawler.items import Article
from pipelines.layouts.base import Layout, Page, first, node_text

# <title> is รัฐบาลไทย-<section>-<headline> ("Royal Thai Government-..."); empty = no article.
TITLE_RE = re.compile(r"^\s*รัฐบาลไทย\s*-\s*(?P<section>[^-]*?)\s*-\s*(?P<headline>.*?)\s*$", re.S)


def split_title(raw: str | None) -> tuple[str | None, str | None]:
    """Return (section, headline) of a thaigov <title>.

    >>> split_title("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-นายกฯ ลงพื้นที่ จ.ระยอง")
    ('ข่าวทำเนียบรัฐบาล', 'นายกฯ ลงพื้นที่ จ.ระยอง')
    """
    if not raw:
        return None, None
    match = TITLE_RE.match(" ".join(raw.split()))
    if not match:
        return None, " ".join(raw.split()) or None
    return match.group("section") or None, match.group("headline") or None


class ThaigovLayout(Layout):
    """thaigov.go.th: section lists with truncated link text (full title in @title)."""

    cms = "thaigov"
    listing_entry_selectors: ClassVar[list[str]] = [
        "h3.news-1, div.item-news div.clearfix.b1",
        "div.item-news",
        "h3.news-1",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "a[href*='news/contents/details/']::attr(href)",
        "a::attr(href)",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "a[href*='news/contents/details/']::attr(href)"
    ]
    next_page_selectors: ClassVar[list[str]] = [
        "ul.pagination li a[rel=next]::attr(href)",
        "ul.pagination li.next a::attr(href)",
        "a[rel=next]::attr(href)",
        "a:contains('ถัดไป')::attr(href)",
        "a:contains('»')::attr(href)",
    ]

    title_selectors: ClassVar[list[str]] = ["title"]
    # Portals in this layout whose <title> is the office name print the headline in the
    # content block instead.
    headline_selectors: ClassVar[list[str]] = [
        "div.border-normal h1",
        "div.border-normal h2",
        "h1",
    ]
    body_selectors: ClassVar[list[str]] = ["div.border-normal.clearfix", "div.border-normal"]
    category_selectors: ClassVar[list[str]] = [
        "span.Circular.headtitle-2.font_level6.color2.col-xs-9.remove-xs",
        "span.Circular.headtitle-2.font_level6.color2.col-xs-9",
    ]
    page_text_selectors: ClassVar[list[str]] = ["div.border-normal.clearfix"]

    def extract(
        self, page: Page, url: str, *, site: str = "", listed_title: str | None = None
    ) -> Article:
        """Title from <title> minus its prefix (the normaliser takes the date line out)."""
        article = super().extract(page, url, site=site)
        category = article.category
        if category and article.title and article.title.startswith(f"รัฐบาลไทย-{category}-"):
            article.title = article.title[len(f"รัฐบาลไทย-{category}-") :].strip() or None
        else:
            section, article.title = split_title(article.title)
            article.category = category or section
            if section is None:  # no รัฐบาลไทย-<section>- prefix: the office name, not a headline
                article.title = node_text(first(page, self.headline_selectors)) or article.title
        return article


LAYOUT = ThaigovLayout()
