"""Run spiders with `--sink`: items go to the Redis Stream; a Redis lock per site, not a file lock.

The spider arguments are checked as crawler/run.py checks them; this module differs in where items
go (RedisSinkPipeline instead of SQLitePipeline), where known URLs come from (the writer's set,
read by the spider's load_known_urls) and which lock it takes. It never opens SQLite.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from crawler.distributed import DistError, RedisLock, RedisUnreachable, connect, lock_key
from crawler.errors import CannotWork, UsageError
from crawler.run import RunResult, crawl_settings, spider_arguments, start_crawls

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
    overrides: tuple[str, ...] = (),
    log_level: str = "WARNING",
    **options: Any,
) -> RunResult:
    """Crawl every spider class in *targets* into the stream at *sink*; return the worst status."""
    try:
        client = connect(sink)
    except RedisUnreachable as error:
        raise CannotWork(str(error)) from None
    except DistError as error:
        raise UsageError(str(error)) from None
    settings = crawl_settings("", overrides, log_level)
    settings.set("KHAOSAN_SINK", sink, priority="cmdline")
    pipelines = sink_pipelines(settings.getdict("ITEM_PIPELINES"))
    settings.set("ITEM_PIPELINES", pipelines, priority="cmdline")
    kwargs = spider_arguments(targets, settings, mode=mode, **options)

    @contextmanager
    def lock(key: str) -> Iterator[None]:
        held = RedisLock(client, lock_key(key), ttl=settings.getfloat("KHAOSAN_DIST_LOCK_TTL"))
        if not held.acquire(wait=settings.getfloat("KHAOSAN_DIST_LOCK_WAIT")):
            raise UsageError(
                f"a run of {key} is already in progress on the cluster "
                f"(lock {held.key} held by {held.holder()})"
            )
        with held:
            yield

    try:
        return start_crawls(targets, settings, kwargs, lock)
    finally:
        client.close()
