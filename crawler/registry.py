"""Site registry: site keys -> spider classes, CMS families -> spider bases."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from crawler.spiders.base import MinistrySpider
from crawler.spiders.k2 import K2Spider
from crawler.urls import check_url

FAMILIES: dict[str, type[MinistrySpider]] = {"k2": K2Spider}


class UnknownSite(LookupError):
    """A site key or CMS family that the registry does not know."""

    def __str__(self) -> str:
        return str(self.args[0])


def _spider_classes() -> dict[str, type[MinistrySpider]]:
    from scrapy.settings import Settings
    from scrapy.spiderloader import SpiderLoader

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    loader = SpiderLoader.from_settings(settings)
    return {name: loader.load(name) for name in loader.list()}


def site_spider(key: str) -> type[MinistrySpider]:
    """Return the spider class of site *key*, or raise UnknownSite listing the valid keys."""
    spiders = _spider_classes()
    if key not in spiders:
        raise UnknownSite(f"unknown site {key!r}; known sites: {', '.join(sorted(spiders))}")
    return spiders[key]


def crawlable_sites() -> list[type[MinistrySpider]]:
    """Return the spider classes of every site whose policy allows crawling."""
    return [cls for _, cls in sorted(_spider_classes().items())
            if getattr(cls, "policy", "allowed") == "allowed"]


def family_spider(cms: str, start_url: str) -> type[MinistrySpider]:
    """Return a spider class for any site of CMS family *cms*, starting at *start_url*."""
    if cms not in FAMILIES:
        raise UnknownSite(f"unknown CMS family {cms!r}; known families: {', '.join(sorted(FAMILIES))}")
    check_url(start_url)
    host = (urlsplit(start_url).hostname or "site").removeprefix("www.")
    key = host.replace(".", "_").replace(":", "_")
    attrs: dict[str, Any] = {"name": key, "site_key": key, "listing_paths": [],
                             "fixed_start_url": start_url}
    return type(f"{cms.title()}{key.title().replace('_', '')}Spider", (FAMILIES[cms],), attrs)


def site_rows() -> list[dict[str, Any]]:
    """Return one row per known site for `khaosan sites`."""
    rows = []
    for key, cls in sorted(_spider_classes().items()):
        spider_urls = [cls.base_url.rstrip("/") + p for p in cls.listing_paths]
        rows.append({"key": key, "name": cls.site_name, "ministry": cls.ministry, "cms": cls.cms,
                     "policy": getattr(cls, "policy", "allowed"),
                     "start_url": spider_urls[0] if spider_urls else None})
    return rows
