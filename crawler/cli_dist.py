"""Distributed-mode commands (docs/distributed.md): `khaosan writer`, `enqueue` and `worker`.

Plus `sink_crawl`, what `khaosan crawl|backfill --sink URL` runs. All need `khaosan[dist]`.
"""

from __future__ import annotations

import logging
import signal
import sys
from typing import Any

import click

from crawler.cli_common import CliError, RunError, db_option, open_store_or_fail

REDIS_HELP = "Redis URL: redis://[:PASSWORD@]HOST:PORT/N or unix:///PATH?db=N."
SINK_HELP = "Send records to this Redis (the writer stores them) instead of --db; " + REDIS_HELP


def redis_option(func: Any) -> Any:
    """Add `--redis URL` (or $KHAOSAN_REDIS)."""
    return click.option(
        "--redis", "redis_url", envvar="KHAOSAN_REDIS", required=True, help=REDIS_HELP
    )(func)


def _connect(url: str, *, decode: bool = True) -> Any:
    """Connect to Redis: a bad URL is a usage error (2), a server that does not answer 1."""
    from crawler.distributed import DistError, RedisUnreachable, connect

    try:
        return connect(url, decode=decode)
    except RedisUnreachable as error:
        raise RunError(str(error)) from None
    except DistError as error:
        raise CliError(str(error)) from None


def _log_to_stderr(level: str) -> None:
    logging.basicConfig(
        level=level.upper(),
        stream=sys.stderr,
        format="%(asctime)s %(name)s %(levelname)s: %(message)s",
    )


def sink_crawl(targets: list[Any], *, sink: str, **options: Any) -> Any:
    """Run `crawl`/`backfill` with `--sink`: into the Redis Stream, under a per-site Redis lock."""
    from crawler.distributed.run import run_sink_crawl

    options.pop("db", None)
    return run_sink_crawl(targets, sink=sink, **options)


@click.command()
@db_option
@redis_option
@click.option(
    "--batch",
    default=200,
    show_default=True,
    type=click.IntRange(1, 10_000),
    help="Entries per transaction.",
)
@click.option(
    "--consumer",
    default="writer",
    show_default=True,
    help="Consumer name in the group; a restarted writer must keep its name.",
)
@click.option("--drain", is_flag=True, help="Exit once the stream is empty (batch use, tests).")
@click.option(
    "--lock-ttl",
    default=30.0,
    show_default=True,
    type=click.FloatRange(1, 3600),
    help="Seconds the writer lock outlives a writer killed without warning.",
)
@click.option(
    "--no-seed",
    is_flag=True,
    help="Do not copy the URLs already in --db into the known-URL sets on first start.",
)
@click.option("--log-level", default="INFO", show_default=True)
def writer(
    db: str,
    redis_url: str,
    batch: int,
    consumer: str,
    drain: bool,
    lock_ttl: float,
    no_seed: bool,
    log_level: str,
) -> None:
    """Store what crawls send to Redis into --db: the only process writing the database.

    Reads the stream in batches through a consumer group, one transaction per batch, then
    acknowledges; on start it first replays what it had read but not acknowledged (what it had
    committed already is acknowledged, not written again). SIGTERM or Ctrl-C stops it after the
    batch in hand.

    Exit status: 0 done (the stream drained with --drain, or stopped by SIGTERM or Ctrl-C
    after its batch); 1 could not work (Redis does not answer, or the database could not be
    written: the batch stays pending in Redis); 2 usage error (bad URL, another writer runs).

    Example: khaosan writer --db data/khaosan.db --redis redis://10.0.0.5:6379/0
    """
    import time

    from crawler.distributed import WRITER_LOCK, RedisLock
    from crawler.distributed.known import seed_known_urls
    from crawler.distributed.writer import StreamWriter
    from pipelines.store import StoreError

    _log_to_stderr(log_level)
    client = _connect(redis_url)
    lock = RedisLock(client, WRITER_LOCK, ttl=lock_ttl)
    if not lock.acquire(wait=lock_ttl + 5):
        raise CliError(f"another writer is running on this Redis database ({lock.holder()})")
    store = open_store_or_fail(db)
    # Thai indexing in a process beside the writer, as beside a crawl (pipelines/indexer.py).
    from pipelines.indexer import BackgroundIndexer

    store.defer_index = True
    indexer = BackgroundIndexer.acquire(db)
    stream_writer = StreamWriter(store, client, consumer=consumer, batch_size=batch)

    def stop(signum: int, frame: Any) -> None:
        logging.getLogger(__name__).info("signal %d: stopping after this batch", signum)
        stream_writer.stop_requested = True

    previous = {sig: signal.signal(sig, stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    started = time.monotonic()
    try:
        if not no_seed:
            added = seed_known_urls(client, store)
            if added:
                click.echo(f"known-URL sets seeded with {added} URLs from {db}", err=True)
        totals = stream_writer.run(drain=drain)
    except StoreError as error:  # refused 4 times: nothing acknowledged, the next start replays
        raise click.ClickException(f"{error}; the batch stays pending in Redis") from None
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        store.close()
        indexer.release()  # once the queue is empty: what the writer stored is searchable
        lock.release()
        client.close()
    seconds = time.monotonic() - started
    click.echo(
        f"writer: {totals['entries']} entries, {totals['articles']} articles, "
        f"{totals['failures']} failures in {seconds:.1f} s",
        err=True,
    )


@click.command()
@click.argument("sites", nargs=-1)
@click.option("--all", "all_sites", is_flag=True, help="Every site whose policy allows crawling.")
@click.option("--cms", help="CMS family of --start-url (one job for a site not in the registry).")
@click.option("--start-url", help="Listing or feed URL to crawl with --cms.")
@click.option(
    "--mode", type=click.Choice(["crawl", "backfill"]), default="crawl", show_default=True
)
@redis_option
@click.option("--sink", help="Redis URL the crawls send records to [default: --redis].")
@click.option("--base-url", help="Point the one site's spider at another host (a replica).")
@click.option(
    "-s",
    "--set",
    "overrides",
    multiple=True,
    metavar="NAME=VALUE",
    help="A Scrapy or KHAOSAN_* setting for the crawls.",
)
@click.option(
    "--timeout",
    type=click.IntRange(60, None),
    help="Seconds a job may run [default: 10800 crawl, 86400 backfill].",
)
@click.option(
    "--retries",
    default=3,
    show_default=True,
    type=click.IntRange(0, 20),
    help="Retries of a failed job (exit 1, 2 or killed).",
)
@click.option(
    "--backoff",
    default=60,
    show_default=True,
    type=click.IntRange(0, None),
    help="Seconds before the first retry, doubled for each next one.",
)
@click.option("--queue", default="khaosan", show_default=True, help="RQ queue name.")
def enqueue(
    sites: tuple[str, ...],
    all_sites: bool,
    cms: str | None,
    start_url: str | None,
    mode: str,
    redis_url: str,
    sink: str | None,
    base_url: str | None,
    overrides: tuple[str, ...],
    timeout: int | None,
    retries: int,
    backoff: int,
    queue: str,
) -> None:
    """Queue one RQ job per site; a site whose job is already queued or running is skipped.

    Each job runs `khaosan crawl|backfill SITE --sink URL` in a fresh process on a worker.
    Prints one line per site: the job id and "queued" or "already queued".

    Exit status: 0 done (each site queued or already queued); 1 could not work (Redis does not
    answer); 2 usage error (unknown site, bad URL, --cms without --start-url).

    Example: khaosan enqueue --all --redis redis://10.0.0.5:6379/0
    """
    from crawler.distributed import DistError, check_redis_url
    from crawler.distributed.jobs import enqueue as enqueue_job
    from crawler.distributed.jobs import resolve_targets

    try:
        targets = resolve_targets(sites, all_sites=all_sites, cms=cms, start_url=start_url)
        check_redis_url(sink or redis_url)
    except (ValueError, DistError) as error:
        raise CliError(str(error)) from None
    if base_url and len(targets) != 1:
        raise CliError("--base-url needs exactly one site")
    connection = _connect(redis_url, decode=False)
    for target in targets:
        try:
            ident, queued = enqueue_job(
                connection,
                target,
                mode=mode,
                sink=sink or redis_url,
                overrides=overrides,
                base_url=base_url,
                timeout=timeout,
                retries=retries,
                backoff=backoff,
                queue=queue,
            )
        except ValueError as error:
            raise CliError(str(error)) from None
        click.echo(f"{ident}\t{'queued' if queued else 'already queued'}")


@click.command()
@redis_option
@click.option(
    "--queue",
    "queues",
    multiple=True,
    default=["khaosan"],
    show_default=True,
    help="RQ queue(s) to work on.",
)
@click.option("--name", help="Worker name [default: RQ's, host and pid].")
@click.option(
    "--burst", is_flag=True, help="Exit when the queues are empty (retries wait for a worker)."
)
@click.option(
    "--monitoring-interval",
    default=15,
    show_default=True,
    type=click.IntRange(1, 600),
    help="Seconds between heartbeats of a running job.",
)
@click.option(
    "--maintenance-interval",
    default=60,
    show_default=True,
    type=click.IntRange(1, 3600),
    help="Seconds between checks for jobs abandoned by dead workers (re-queued).",
)
@click.option("--log-level", default="INFO", show_default=True)
def worker(
    redis_url: str,
    queues: tuple[str, ...],
    name: str | None,
    burst: bool,
    monitoring_interval: int,
    maintenance_interval: int,
    log_level: str,
) -> None:
    """Run an RQ worker for khaosan's jobs (one crawl process at a time per worker).

    Runs retries on schedule (RQ's scheduler). Run one per core; SIGTERM lets the running
    crawl finish, a second SIGTERM stops it (its job is retried).

    Exit status: 0 done (a --burst worker found the queues empty, or SIGTERM stopped it);
    1 could not work (Redis does not answer); 2 usage error (bad URL).

    Example: khaosan worker --redis redis://10.0.0.5:6379/0
    """
    from rq import Queue

    from crawler.distributed.worker import KhaosanWorker

    connection = _connect(redis_url, decode=False)
    worker_ = KhaosanWorker(
        [Queue(q, connection=connection) for q in queues],
        connection=connection,
        name=name,
        job_monitoring_interval=monitoring_interval,
        maintenance_interval=maintenance_interval,
        # An idle worker blocks on the queue for worker_ttl - 15 s before its maintenance runs:
        # tie the two, or abandoned jobs wait RQ's default 405 s to be noticed.
        worker_ttl=maintenance_interval + 15,
    )
    # RQ's scheduler (a child process) puts retries back on the queue when their backoff is
    # over; a burst worker leaves before that, and stopping the scheduler can hold its exit.
    worker_.work(burst=burst, with_scheduler=not burst, logging_level=log_level.upper())


COMMANDS = [writer, enqueue, worker]
