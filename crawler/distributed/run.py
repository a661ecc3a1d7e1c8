"""Run spiders with `--sink`: items go to the Redis Stream; a Redis lock per site, not a file lock.

The spider arguments are checked as crawler/run.py checks them; this module differs in where items
go (RedisSinkPipeline instead of SQLitePipeline), where known URLs come from (the writer's set,
read by the spider's load_known_urls) and which lock it takes. It never opens SQLite.
"""

from __future__ import annotations

import logging
from contextlib import ExitStack
from typing import Any

from scrapy.crawler import CrawlerProcess

from crawler.cli_common import CliError
from crawler.distributed import DistError, RedisLock, connect, lock_key
from crawler.run import crawl_settings

logger = logging.getLogger(__name__)

SQLITE_PIPELINE = "pipelines.store.SQLitePipeline"
SINK_PIPELINE = "crawler.distributed.sink.RedisSinkPipeline"


def sink_pipelines(pipelines: dict[str, Any]) -> dict[str, Any]:
    """Return ITEM_PIPELINES with the sink at the SQLite pipeline's place.

    >>> sink_pipelines({"a.Normalize": 300, "pipelines.store.SQLitePipeline": 900})
    {'a.Normalize': 300, 'crawler.distributed.sink.RedisSinkPipeline': 900}
    """
    result = {name: order for name, order in pipelines.items() if name != SQLITE_PIPELINE}
    result[SINK_PIPELINE] = pipelines.get(SQLITE_PIPELINE, 900)
    return result


def run_sink_crawl(
    targets: list[Any],
    *,
    sink: str,
    mode: str,
    base_url: str | None = None,
    since: str | None = None,
    until: str | None = None,
    overrides: tuple[str, ...] = (),
    log_level: str = "INFO",
    restart: bool = False,
    **_: Any,
) -> int:
    """Crawl every spider class in *targets* into the stream at *sink*; return the worst status."""
    from crawler.run import _check_date, _parse
    from crawler.urls import check_url

    try:
        client = connect(sink)
    except DistError as error:
        raise CliError(str(error)) from None
    settings = crawl_settings("", overrides, log_level)
    settings.set("KHAOSAN_SINK", sink, priority="cmdline")
    pipelines = sink_pipelines(settings.getdict("ITEM_PIPELINES"))
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    kwargs: dict[str, Any] = {"mode": mode}
    if base_url:
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
        raise CliError("JOBDIR is not supported: khaosan resumes backfills from the database")
    if restart:
        kwargs["restart"] = "1"
    crawlers = []
    with ExitStack() as locks:
        # Every site's lock first: a site running elsewhere stops this run before Scrapy starts.
        for spider_cls in targets:
            key = spider_cls.site_key or spider_cls.name
            lock = RedisLock(client, lock_key(key), ttl=settings.getfloat("KHAOSAN_DIST_LOCK_TTL"))
            if not lock.acquire(wait=settings.getfloat("KHAOSAN_DIST_LOCK_WAIT")):
                raise CliError(
                    f"a run of {key} is already in progress on the cluster "
                    f"(lock {lock.key} held by {lock.holder()})"
                )
            locks.enter_context(lock)
        process = CrawlerProcess(settings)
        for spider_cls in targets:
            try:
                crawler = process.create_crawler(spider_cls)
                process.crawl(crawler, **kwargs)
            except ValueError as error:
                raise CliError(str(error)) from None
            crawlers.append(crawler)
        process.start()
    client.close()
    statuses = [c.stats.get_value("khaosan/exit_status", 1) for c in crawlers]
    return max(statuses) if statuses else 0
