"""Ministry of Industry provincial offices: news2 listings, K2 item pages."""

from __future__ import annotations

import re
from typing import ClassVar
from urllib.parse import urlencode, urlsplit, urlunsplit

from pipelines.layouts.base import Page
from pipelines.layouts.k2 import K2Layout

OK_BUTTON = "ตกลง"  # "OK": the listing form's submit button, sent as Submit=ตกลง on every page
PAGE_RE = re.compile(r"[?&]page=(\d+)")


def news2_page_url(url: str, page: int) -> str:
    """Return the provincial news2 listing URL of page *page*, with the form's stray fields.

    >>> news2_page_url("http://www.industry.go.th/phayao/index.php/news2", 4)
    'http://www.industry.go.th/phayao/index.php/news2?task=&Submit=%E0%B8%95%E0%B8%81%E0%B8%A5%E0%B8%87&page=4'
    """
    parts = urlsplit(url)
    query = urlencode([("task", ""), ("Submit", OK_BUTTON), ("page", str(page))])
    return urlunsplit(parts._replace(query=query))


class ProvincialLayout(K2Layout):
    """A provincial office site: /<province>/index.php/news2?...&page=N, K2 items by id."""

    cms = "provincial"
    listing_entry_selectors: ClassVar[list[str]] = [
        "div.news2-list div.news-item",
        "div.news-item",
        "table.news2 tr",
        "div.rss-news li",
        "div.catItemView",
    ]
    listing_link_selectors: ClassVar[list[str]] = [
        "a.news-title::attr(href)",
        "a[href*='/item/']::attr(href)",
        "a[href*='view=item']::attr(href)",
    ]
    listing_date_selectors: ClassVar[list[str]] = [
        "span.news-date",
        "td.news-date",
        "span.catItemDateCreated",
    ]
    listing_fallback_link_selectors: ClassVar[list[str]] = [
        "a[href*='/component/k2/item/']::attr(href)",
        "a[href*='/item/']::attr(href)",
    ]
    next_page_selectors: ClassVar[list[str]] = [
        "div.news2-pages a.next::attr(href)",
        "a[title='ถัดไป']::attr(href)",
        "a:contains('ถัดไป')::attr(href)",
        "a:contains('ต่อไป')::attr(href)",
        *K2Layout.next_page_selectors,
    ]

    def next_page(self, page: Page, url: str) -> str | None:
        """Use the next-page link, else any link to page N+1 (the form keeps page= only)."""
        found = super().next_page(page, url)
        if found:
            return found
        current = PAGE_RE.search(url)
        wanted = (int(current.group(1)) if current else 1) + 1
        for href in page.sel.css("a[href*='page=']::attr(href)").getall():
            match = PAGE_RE.search(href)
            if match and int(match.group(1)) == wanted:
                return page.urljoin(url, href)
        return None


LAYOUT = ProvincialLayout()
