"""Run one or more spiders in this process and turn the outcome into an exit status."""

from __future__ import annotations

import logging
from contextlib import ExitStack
from typing import Any

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.cli_common import CliError, open_store_or_fail
from crawler.locks import RunLock, RunLocked

logger = logging.getLogger(__name__)


def crawl_settings(db: str, overrides: tuple[str, ...] = (), log_level: str = "INFO") -> Settings:
    """Return khaosan's Scrapy settings with the database and `-s NAME=VALUE` applied."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("KHAOSAN_DB", db, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    for override in overrides:
        name, sep, value = override.partition("=")
        if not sep or not name:
            raise CliError(f"setting {override!r} is not NAME=VALUE")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def run_crawl(
    targets: list[Any],
    *,
    db: str,
    mode: str,
    base_url: str | None = None,
    since: str | None = None,
    until: str | None = None,
    overrides: tuple[str, ...] = (),
    log_level: str = "INFO",
    restart: bool = False,
    **_: Any,
) -> int:
    """Crawl every spider class in *targets* into *db*; return the worst exit status."""
    open_store_or_fail(db).close()
    settings = crawl_settings(db, overrides, log_level)
    kwargs: dict[str, Any] = {"mode": mode}
    if base_url:
        from crawler.urls import check_url

        try:
            check_url(base_url)
        except ValueError as error:
            raise CliError(str(error)) from None
        if len(targets) != 1:
            raise CliError("--base-url needs exactly one site")
        kwargs["base_url"] = base_url
    if since:
        kwargs["since"] = _check_date("--since", since)
    if until:
        kwargs["until"] = _check_date("--until", until)
    if since and until and _parse(since) > _parse(until):
        raise CliError(f"--since {since} is after --until {until}")
    if settings.get("JOBDIR"):
        # A killed run's JOBDIR marks unfinished requests as done (docs/scheduling.md).
        raise CliError("JOBDIR is not supported: khaosan resumes backfills from the database")
    if restart:
        kwargs["restart"] = "1"
    process = CrawlerProcess(settings)
    crawlers = []
    with ExitStack() as locks:
        for spider_cls in targets:
            key = spider_cls.site_key or spider_cls.name
            try:
                locks.enter_context(RunLock(db, key))
            except RunLocked as error:
                raise CliError(str(error)) from None
            try:
                crawler = process.create_crawler(spider_cls)
                process.crawl(crawler, **kwargs)
            except ValueError as error:
                raise CliError(str(error)) from None
            crawlers.append(crawler)
        process.start()
    statuses = [c.stats.get_value("khaosan/exit_status", 1) for c in crawlers]
    return max(statuses) if statuses else 0


def _parse(value: str) -> Any:
    from pipelines.thai_dates import parse_iso_or_be

    return parse_iso_or_be(value)


def _check_date(option: str, value: str) -> str:
    from pipelines.thai_dates import parse_iso_or_be

    try:
        parse_iso_or_be(value)
    except ValueError as error:
        raise CliError(f"{option}: {error}") from None
    return value
