"""Baseline for bench/crawl.py and bench/scale.py: fetch listing and article pages, keep nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy


class BareSpider(scrapy.Spider):
    """Follow listing pages and article links exactly like the real spider, parse nothing.

    Without *cms* it reads K2 listings with two CSS selectors; with it, any family's listing
    through that family's layout (the walk khaosan does too), so one baseline serves all hosts.
    """

    name = "bare"
    custom_settings = {
        "ROBOTSTXT_OBEY": False,
        "DOWNLOAD_DELAY": 0,
        "AUTOTHROTTLE_ENABLED": False,
        "CONCURRENT_REQUESTS": 32,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 16,
        "LOG_LEVEL": "WARNING",
        "TELNETCONSOLE_ENABLED": False,
    }

    def __init__(self, base_url: str, listing_path: str, cms: str = "", **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.listing_url = base_url.rstrip("/") + listing_path
        self.layout = None
        if cms:  # imported only here: the K2 baseline of bench/crawl.py stays Scrapy alone
            from pipelines.layouts import layout

            self.layout = layout(cms)

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.listing_url, callback=self.parse_listing, priority=10)

    def parse_listing(self, response: Any) -> Iterator[scrapy.Request]:
        if self.layout is None:
            links = response.css("h3.catItemTitle a::attr(href)").getall()
            next_page = response.css("li.pagination-next a::attr(href)").get()
        else:
            from pipelines.layouts import Page

            page = Page(text=response.text, encoding=response.encoding, sel=response.selector)
            links = [url for url, _ in self.layout.extract_links(page, response.url)]
            next_page = self.layout.next_page(page, response.url)
        for href in links:
            yield response.follow(href, callback=self.parse_article)
        if next_page:
            yield response.follow(next_page, callback=self.parse_listing, priority=10)

    def parse_article(self, response: Any) -> None:
        return None
