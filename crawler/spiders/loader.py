"""SiteSpiderLoader: `scrapy crawl <site key>` reads crawler/sites.toml, no module per site."""

from __future__ import annotations

from typing import Any

from scrapy.spiderloader import SpiderLoader

from crawler.registry import load_registry
from crawler.spiders.site import SiteCrawl


class SiteSpiderLoader(SpiderLoader):
    """Scrapy's loader (SPIDER_MODULES) plus one crawl per registry site, by key."""

    def list(self) -> list[str]:
        """Return the registry's site keys, then any spider found in SPIDER_MODULES."""
        return list(dict.fromkeys([*load_registry(), *super().list()]))

    def load(self, spider_name: str) -> Any:
        """Return the SiteCrawl of a registry site, else the spider class of that name."""
        registry = load_registry()
        if spider_name in registry:
            return SiteCrawl(registry[spider_name])
        return super().load(spider_name)
