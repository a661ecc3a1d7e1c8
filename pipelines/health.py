"""Judge a run from what it extracted: exit 0 (worked), 1 (could not work), 3 (site looks broken)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crawler.items import Article

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_UNHEALTHY = 3
# Fields whose absence means the extraction no longer fits the site's layout.
HEALTH_FIELDS = ("title", "published_at", "body")


def run_exit_status(stats: Mapping[str, Any], max_missing_share: float = 0.5) -> int:
    """Return the run's exit status from its Scrapy stats.

    >>> run_exit_status({"response_received_count": 0})
    1
    >>> run_exit_status({"response_received_count": 3, "khaosan/articles_seen": 2,
    ...                  "khaosan/missing/body": 2})
    3
    """
    responses = stats.get("response_received_count", 0)
    successful = sum(v for k, v in stats.items()
                     if k.startswith("downloader/response_status_count/2"))
    articles = stats.get("khaosan/articles_seen", 0)
    article_pages = stats.get("khaosan/article_pages", articles)
    if responses == 0 or (successful == 0 and any(
            k.startswith("downloader/response_status_count/") for k in stats)):
        return EXIT_UNREACHABLE
    if article_pages and not articles:
        return EXIT_UNHEALTHY
    for field in HEALTH_FIELDS:
        missing = stats.get(f"khaosan/missing/{field}", 0)
        if articles and missing / articles > max_missing_share:
            return EXIT_UNHEALTHY
    return EXIT_OK


def field_coverage(stats: Mapping[str, Any]) -> dict[str, float]:
    """Return the share of this run's articles that had each health field."""
    articles = stats.get("khaosan/articles_seen", 0)
    if not articles:
        return {}
    return {f: 1 - stats.get(f"khaosan/missing/{f}", 0) / articles for f in HEALTH_FIELDS}


class HealthPipeline:
    """Count articles and missing fields; set `khaosan/exit_status` before the store closes."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_missing = crawler.settings.getfloat("KHAOSAN_HEALTH_MAX_MISSING", 0.5)

    @classmethod
    def from_crawler(cls, crawler: Any) -> HealthPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        if isinstance(item, Article):
            stats = self.crawler.stats
            stats.inc_value("khaosan/articles_seen")
            for field in HEALTH_FIELDS:
                if not getattr(item, field):
                    stats.inc_value(f"khaosan/missing/{field}")
        return item

    def close_spider(self) -> None:
        stats = self.crawler.stats
        status = run_exit_status(stats.get_stats(), self.max_missing)
        stats.set_value("khaosan/exit_status", status)
