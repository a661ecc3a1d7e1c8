"""A run's report from its stats: exit status, summary and field coverage (pure functions)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

EXIT_OK = 0
EXIT_UNREACHABLE = 1
EXIT_UNHEALTHY = 3
EXIT_MEANING = {
    EXIT_OK: "worked",
    EXIT_UNREACHABLE: "could not work",
    EXIT_UNHEALTHY: "site looks broken",
    130: "interrupted by Ctrl-C; what was fetched is saved",
    143: "stopped by SIGTERM; what was fetched is saved",
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
    if stats.get("khaosan/store_error"):
        return EXIT_UNREACHABLE  # the database could not be written (disk full, locked)
    if stats.get("khaosan/signal"):
        return 128 + int(stats["khaosan/signal"])  # Ctrl-C (130) or SIGTERM (143): crawler/run.py
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
    if (
        articles
        and stats.get("khaosan/layout_fallback", 0) / articles > max_missing_share
        and stats.get("khaosan/family_read_before", 1)  # unknown (a Redis sink): as if it had
    ):
        return EXIT_UNHEALTHY  # stored, but read generically: the family's layout no longer fits
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


def run_summary(stats: Mapping[str, Any], site: str, mode: str) -> str:
    """Return the one-paragraph account of a run from its stats (printed and stored).

    >>> run_summary({"response_received_count": 1, "robotstxt/response_count": 1,
    ...              "khaosan/robots_forbidden": 1}, "x_go_th", "crawl")  # doctest: +ELLIPSIS
    'x_go_th crawl: skipped: robots.txt forbids crawling ... Exit 1 (could not work).'
    """
    status = stats.get("khaosan/exit_status", run_exit_status(stats))
    meaning = EXIT_MEANING.get(status, "unknown")
    pages, ok = page_counts(stats)
    if stats.get("khaosan/robots_forbidden") and ok == 0:
        return (
            f"{site} {mode}: skipped: robots.txt forbids crawling its start page(s); "
            f"nothing fetched. Exit {status} ({meaning})."
        )
    parts = [
        f"{pages} pages fetched ({stats.get('khaosan/listing_pages', 0)} listing, "
        f"{stats.get('khaosan/article_pages', 0)} article)",
        f"{stats.get('khaosan/articles_new', 0)} new articles, "
        f"{stats.get('khaosan/articles_updated', 0)} updated, "
        f"{stats.get('khaosan/articles_unchanged', 0)} unchanged",
    ]
    kinds = {
        k.rsplit("/", 1)[1]: v for k, v in stats.items() if k.startswith("khaosan/failure_kind/")
    }
    failures = sum(kinds.values())
    detail = ", ".join(f"{kind} {n}" for kind, n in sorted(kinds.items()))
    parts.append(f"{failures} failures" + (f" ({detail})" if detail else ""))
    if stats.get("khaosan/store_error"):
        parts.append(f"database not written: {stats['khaosan/store_error']}")
    fallback = stats.get("khaosan/layout_fallback", 0)
    if fallback:
        why = "the family's layout did not fit"
        if not stats.get("khaosan/family_read_before", 1):
            why += ", nor has it on any stored article of the site: `khaosan check URL` names one"
        parts.append(f"{fallback} articles read generically ({why})")
    coverage = field_coverage(stats)
    if coverage:
        parts.append(
            "field coverage " + ", ".join(f"{f} {share:.0%}" for f, share in coverage.items())
        )
    reason = stats.get("khaosan/interrupted")
    interrupted = bool(reason)
    head = f"{site} {mode}" + (f" interrupted ({reason})" if interrupted else "")
    started = stats.get("start_time")
    if isinstance(started, datetime):
        head += f" after {(datetime.now(started.tzinfo) - started).total_seconds():.0f} s"
    tail = " Run the same command again to continue." if interrupted and mode == "backfill" else ""
    return f"{head}: {'; '.join(parts)}. Exit {status} ({meaning}).{tail}"


def judge_run(crawler: Any) -> None:
    """Set a finished run's exit status and summary in its stats, after its last write.

    The store (or the Redis sink) calls this once it has written everything, so the status and
    the counts in the summary describe what was stored.
    """
    stats = crawler.stats
    engine = getattr(crawler, "engine", None)
    if engine is not None and not getattr(engine, "running", True):
        # engine.stop() (Ctrl-C, SIGTERM) clears `running` first; a finished run keeps it.
        stats.set_value("khaosan/interrupted", "shutdown")
    max_missing = crawler.settings.getfloat("KHAOSAN_HEALTH_MAX_MISSING", 0.5)
    stats.set_value("khaosan/exit_status", run_exit_status(stats.get_stats(), max_missing))
    spider = crawler.spider
    site = getattr(spider, "site_key", None) or spider.name
    mode = getattr(spider, "mode", None) or "crawl"
    stats.set_value("khaosan/summary", run_summary(stats.get_stats(), site, mode))
