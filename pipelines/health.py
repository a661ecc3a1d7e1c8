"""Judge a run: exit 0 (worked), 1 (could not work), 3 (site looks broken); summarise it."""

from __future__ import annotations

from typing import Any

from crawler.items import Article, CrawlFailure
from pipelines.run_report import (
    HEALTH_FIELDS,
    run_exit_status,
    run_summary,
)
from pipelines.store import SQLitePipeline


class HealthPipeline:
    """Count articles, failures and missing fields; set exit status and summary at close."""

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler
        self.max_missing = crawler.settings.getfloat("KHAOSAN_HEALTH_MAX_MISSING", 0.5)

    @classmethod
    def from_crawler(cls, crawler: Any) -> HealthPipeline:
        return cls(crawler)

    def process_item(self, item: Any) -> Any:
        stats = self.crawler.stats
        if isinstance(item, Article):
            stats.inc_value("khaosan/articles_seen")
            for field in HEALTH_FIELDS:
                if not getattr(item, field):
                    stats.inc_value(f"khaosan/missing/{field}")
        elif isinstance(item, CrawlFailure):
            stats.inc_value(f"khaosan/failure_kind/{item.kind}")
        return item

    def close_spider(self) -> None:
        """Runs before the store closes (pipelines close in reverse): its row gets both values."""
        self._flush_store()
        stats = self.crawler.stats
        engine = getattr(self.crawler, "engine", None)
        if engine is not None and not getattr(engine, "running", True):
            # engine.stop() (Ctrl-C, SIGTERM) clears `running` first; a finished run keeps it.
            stats.set_value("khaosan/interrupted", "shutdown")
        status = run_exit_status(stats.get_stats(), self.max_missing)
        stats.set_value("khaosan/exit_status", status)
        spider = self.crawler.spider
        site = getattr(spider, "site_key", None) or spider.name
        mode = getattr(spider, "mode", "crawl")
        stats.set_value("khaosan/summary", run_summary(stats.get_stats(), site, mode))

    def _flush_store(self) -> None:
        """Write the store's buffered articles first, so the new/updated counts are final.

        Not at spider_closed: Scrapy sends it after the item pipelines have closed, when the
        run row is already written. Scrapy's public lookup finds the store pipeline instead.
        """
        get_pipeline = getattr(self.crawler, "get_item_pipeline", None)
        store = get_pipeline(SQLitePipeline) if get_pipeline is not None else None
        if store is not None:
            store.flush()
