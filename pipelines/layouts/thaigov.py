"""www.thaigov.go.th: news/contents/index|details, <title> prefix, date line atop the body."""

from __future__ import annotations

import re
from typing import ClassVar

import lxml.html
from lxml import etree

from crawler.items import Article
from pipelines.boilerplate import OFFICE, SIGN_OFF_MAX, match_line
from pipelines.layouts.base import Layout, Page, first, node_text

# <title> is รัฐบาลไทย-<section>-<headline> ("Royal Thai Government-..."); empty = no article.
TITLE_RE = re.compile(r"^\s*รัฐบาลไทย\s*-\s*(?P<section>[^-]*?)\s*-\s*(?P<headline>.*?)\s*$", re.S)
# The body's first line: วันอาทิตย์ที่ 3 พฤศจิกายน 2562 (weekday + ที่ + day month BE-year).
SOURCE_LABEL = "ที่มา"  # "source:" label of the office line
SEPARATOR_RE = re.compile(r"^[-*.…–_=]{4,}$")  # a rule before the press office's sign-off
DATE_LINE_RE = re.compile(r"^\s*วัน\S+ที่\s+\d{1,2}\s+\S+\s+\d{4}\s*$")


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
        """Title from <title> minus its prefix; date from the body's first line, taken out."""
        article = super().extract(page, url, site=site)
        category = article.category
        if category and article.title and article.title.startswith(f"รัฐบาลไทย-{category}-"):
            article.title = article.title[len(f"รัฐบาลไทย-{category}-") :].strip() or None
        else:
            section, article.title = split_title(article.title)
            article.category = category or section
            if section is None:  # no รัฐบาลไทย-<section>- prefix: the office name, not a headline
                article.title = node_text(first(page, self.headline_selectors)) or article.title
        if article.body_element is not None:
            date_line = trim_body(article)  # the layout's copy of the body: nothing re-parsed
        elif article.body_html:
            article.body_html, date_line = drop_date_line(cut_sign_off(article.body_html, article))
        else:
            date_line = None
        if not article.published_at_raw and date_line:
            article.published_at_raw = date_line
            article.published_source = "dateline: first line of the body"
        return article


def trim_body(article: Article) -> str | None:
    """Cut the sign-off and the date line out of the article's body element; return the line.

    The element is wrapped as the string functions below wrap their fragment, so both read
    the same tree. If the trim leaves anything but the body element itself, the result is
    serialised into body_html as the string path would have it.
    """
    body = article.body_element
    wrapper = lxml.html.Element("div")
    wrapper.append(body)
    _cut_sign_off_in(wrapper, article)
    date_line = _drop_date_line_in(wrapper)
    if len(wrapper) == 1 and wrapper[0] is body and not wrapper.text:
        wrapper.remove(body)
        body.tail = None
    else:
        article.body_element = None
        article.body_html = _inner_html(wrapper)
    return date_line


def drop_date_line(html: str) -> tuple[str, str | None]:
    """Remove the first element whose whole text is a weekday date line; return (html, line)."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    line = _drop_date_line_in(root)
    return (_inner_html(root), line) if line is not None else (html, None)


def cut_sign_off(html: str, article: Article | None = None) -> str:
    """Drop a separator rule (..... or -----) and the sign-off lines after it."""
    root = lxml.html.fragment_fromstring(html, create_parent="div")
    return _inner_html(root) if _cut_sign_off_in(root, article) else html


def _drop_date_line_in(root: etree._Element) -> str | None:
    """drop_date_line on a parsed wrapper, in place; return the line removed."""
    for el in root.iter():
        if not isinstance(el.tag, str) or el is root:
            continue
        text = element_text(el)
        if DATE_LINE_RE.match(text):
            el.drop_tree()
            return text
    return None


def _cut_sign_off_in(root: etree._Element, article: Article | None = None) -> bool:
    """cut_sign_off on a parsed wrapper, in place; return whether a separator was found.

    Source lines after the rule (ที่มา :, ข่าว :, ข่าว/ภาพ :) stay: they become the source
    field. An office printed alone after the rule (the press office's sign-off) becomes the
    article's source when no source line names one.
    """
    for el in root.iter():
        if isinstance(el.tag, str) and el is not root and SEPARATOR_RE.match(element_text(el)):
            office = None
            labelled = False
            for sibling in list(el.itersiblings()):
                text = element_text(sibling)
                found = match_line(text) if text else None
                if text.startswith(SOURCE_LABEL) or (found and "source" in found.data):
                    labelled = True
                    continue
                if office is None and len(text) <= SIGN_OFF_MAX and OFFICE.match(text):
                    office = text
                sibling.drop_tree()
            el.drop_tree()
            if article is not None and office and not labelled and not article.source:
                article.source = office
            return True
    return False


def _inner_html(root: etree._Element) -> str:
    inner = "".join(etree.tostring(c, encoding="unicode", method="html") for c in root)
    return (root.text or "") + inner


def element_text(el: etree._Element) -> str:
    """Return an element's text, inline parts joined as written, spaces folded."""
    return " ".join("".join(el.itertext()).split())


LAYOUT = ThaigovLayout()
