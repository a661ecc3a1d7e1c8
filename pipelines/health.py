"""Judge a run from what it extracted: exit 0 (worked), 1 (could not work), 3 (site looks broken)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crawler.items import Article, CrawlFailure

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_UNHEALTHY = 3
EXIT_MEANING = {
    EXIT_OK: "worked",
    EXIT_UNREACHABLE: "could not work",
    EXIT_UNHEALTHY: "site looks broken",
}
# Fields whose absence means the extraction no longer fits the site's layout.
HEALTH_FIELDS = ("title", "published_at", "body")


def page_counts(stats: Mapping[str, Any]) -> tuple[int, int]:
    """Return (pages answered, pages answered 2xx) not counting robots.txt.

    >>> page_counts({"response_received_count": 3, "robotstxt/response_count": 1,
    ...              "downloader/response_status_count/200": 2,
    ...              "robotstxt/response_status_count/200": 1})
    (2, 1)
    """
    pages = stats.get("response_received_count", 0) - stats.get("robotstxt/response_count", 0)
    ok = sum(v for k, v in stats.items() if k.startswith("downloader/response_status_count/2"))
    ok -= sum(v for k, v in stats.items() if k.startswith("robotstxt/response_status_count/2"))
    return max(pages, 0), max(ok, 0)


def run_exit_status(stats: Mapping[str, Any], max_missing_share: float = 0.5) -> int:
    """Return the run's exit status from its Scrapy stats.

    >>> run_exit_status({"response_received_count": 0})
    1
    >>> run_exit_status({"response_received_count": 3, "khaosan/articles_seen": 2,
    ...                  "downloader/response_status_count/200": 3,
    ...                  "khaosan/missing/body": 2})
    3
    """
    pages, ok = page_counts(stats)
    if pages == 0 or ok == 0:
        return EXIT_UNREACHABLE  # unreachable, robots.txt forbids it, or every page failed
    articles = stats.get("khaosan/articles_seen", 0)
    article_pages = stats.get("khaosan/article_pages", articles)
    if stats.get("khaosan/article_requests", 0) and not article_pages and not articles:
        return EXIT_UNREACHABLE  # listings answered, every article page failed
    if stats.get("khaosan/listing_pages", 0) and not stats.get("khaosan/listing_entries", 1):
        return EXIT_UNHEALTHY  # listings answered without a single article link
    if article_pages and not articles:
        return EXIT_UNHEALTHY
    for field in HEALTH_FIELDS:
        missing = stats.get(f"khaosan/missing/{field}", 0)
        if articles and missing / articles > max_missing_share:
            return EXIT_UNHEALTHY
    return EXIT_OK


def field_coverage(stats: Mapping[str, Any]) -> dict[str, float]:
    """Return the share of this run's articles that had each health field.

    >>> field_coverage({"khaosan/articles_seen": 4, "khaosan/missing/body": 1})
    {'title': 1.0, 'published_at': 1.0, 'body': 0.75}
    """
    articles = stats.get("khaosan/articles_seen", 0)
    if not articles:
        return {}
    return {f: 1 - stats.get(f"khaosan/missing/{f}", 0) / articles for f in HEALTH_FIELDS}


def stored_coverage(store: Any, run: Mapping[str, Any]) -> tuple[int, dict[str, float]]:
    """Return (articles seen by *run*, share with each health field) from the articles table."""
    fields = ", ".join(f"SUM({f} IS NOT NULL AND {f} != '')" for f in HEALTH_FIELDS)
    until = run.get("finished_at") or "9999"
    row = store.conn.execute(
        f"SELECT COUNT(*), {fields} FROM articles "
        "WHERE site = ? AND last_seen_at >= ? AND last_seen_at <= ?",
        [run["site"], run["started_at"], until],
    ).fetchone()
    total = row[0] or 0
    if not total:
        return 0, {}
    return total, {f: (row[i + 1] or 0) / total for i, f in enumerate(HEALTH_FIELDS)}


def site_verdict(
    run: Mapping[str, Any] | None, coverage: Mapping[str, float], max_missing_share: float = 0.5
) -> int:
    """Return the exit status a site deserves from its last finished run and its coverage.

    >>> site_verdict({"exit_status": 0}, {"title": 1.0, "published_at": 0.2, "body": 1.0})
    3
    >>> site_verdict({"exit_status": 1}, {})
    1
    """
    if run is None:
        return EXIT_OK
    if run.get("exit_status") == EXIT_UNHEALTHY:
        return EXIT_UNHEALTHY
    if any(share < 1 - max_missing_share for share in coverage.values()):
        return EXIT_UNHEALTHY
    if run.get("exit_status") == EXIT_UNREACHABLE:
        return EXIT_UNREACHABLE
    return EXIT_OK


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
        status = run_exit_status(stats.get_stats(), self.max_missing)
        stats.set_value("khaosan/exit_status", status)
        from crawler.progress import run_summary

        spider = self.crawler.spider
        stats.set_value("khaosan/summary", run_summary(stats.get_stats(), spider))

    def _flush_store(self) -> None:
        """Write the store's buffered articles first, so the new/updated counts are final."""
        engine = getattr(self.crawler, "engine", None)
        manager = getattr(getattr(engine, "scraper", None), "itemproc", None)
        for component in getattr(manager, "middlewares", ()):
            flush = getattr(component, "flush", None)
            if callable(flush) and component is not self:
                flush()
