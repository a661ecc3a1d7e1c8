"""Count what a run saw (articles, missing fields, failures by kind) for its judgement."""

from __future__ import annotations

from typing import Any

from crawler.items import Article, CrawlFailure
from pipelines.layouts import LAYOUT_PROBLEM
from pipelines.run_report import HEALTH_FIELDS


class HealthPipeline:
    """Count articles, failures and missing fields: what the run's judgement reads.

    The judgement itself (pipelines.run_report.judge_run) is made by the store or the Redis
    sink once it has written everything.
    """

    def __init__(self, crawler: Any) -> None:
        self.crawler = crawler

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
            if any(problem.startswith(LAYOUT_PROBLEM) for problem in item.problems):
                stats.inc_value("khaosan/layout_fallback")
        elif isinstance(item, CrawlFailure):
            stats.inc_value(f"khaosan/failure_kind/{item.kind}")
        return item
