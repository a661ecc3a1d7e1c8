"""Baseline for bench/crawl.py: fetch the replica's listing and article pages, keep nothing."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

import scrapy


class BareSpider(scrapy.Spider):
    """Follow K2 listing pages and article links exactly like the real spider, parse nothing."""

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

    def __init__(self, base_url: str, listing_path: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.listing_url = base_url.rstrip("/") + listing_path

    async def start(self) -> AsyncIterator[scrapy.Request]:
        yield scrapy.Request(self.listing_url, callback=self.parse_listing, priority=10)

    def parse_listing(self, response: Any) -> Iterator[scrapy.Request]:
        for href in response.css("h3.catItemTitle a::attr(href)").getall():
            yield response.follow(href, callback=self.parse_article)
        next_page = response.css("li.pagination-next a::attr(href)").get()
        if next_page:
            yield response.follow(next_page, callback=self.parse_listing, priority=10)

    def parse_article(self, response: Any) -> None:
        return None
