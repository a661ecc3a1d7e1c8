"""RQ jobs: one job per site runs `khaosan crawl|backfill SITE --sink URL` in a fresh process.

A fresh process per job because Twisted's reactor cannot restart inside one. The job id is
`<mode>-<site>`, so a site is never queued twice: enqueueing it again while its job is queued,
running or waiting for a retry does nothing. A job that exits 0 (worked) or 3 (site looks broken,
retrying will not help) is done; any other exit raises, and RQ's Retry runs it again later.
"""

from __future__ import annotations

import ctypes
import logging
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from typing import Any

from crawler.distributed import PREFIX, QUEUE, connect

logger = logging.getLogger(__name__)

MODES = ("crawl", "backfill")
DEFAULT_TIMEOUT = {"crawl": 3 * 3600, "backfill": 24 * 3600}  # seconds per job
DEFAULT_RETRIES = 3
DEFAULT_BACKOFF = 60  # seconds before the first retry, doubled each time
DONE_STATUSES = (0, 3)  # exit statuses after which a retry cannot help
# States in which a job id is taken: a second enqueue of it does nothing.
ACTIVE_STATES = ("queued", "started", "scheduled", "deferred", "created", "rate_limited")
GUARD_MS = 10_000  # the enqueue guard's lifetime (check-then-enqueue is atomic per job id)
PR_SET_PDEATHSIG = 1


class CrawlJobFailed(RuntimeError):
    """The crawl process exited with a status worth retrying (1, 2, or killed)."""


@dataclass(frozen=True)
class Target:
    """What one job crawls: a registry site, or a CMS family at a start URL."""

    site: str
    cms: str | None = None
    start_url: str | None = None

    def args(self) -> list[str]:
        """Return the command-line arguments naming this target."""
        if self.cms and self.start_url:
            return ["--cms", self.cms, "--start-url", self.start_url]
        return [self.site]


def job_id(mode: str, site: str) -> str:
    """Return the RQ job id of a site's job in *mode* (RQ ids allow letters, digits, _ and -).

    >>> job_id("crawl", "industry_go_th")
    'khaosan-crawl-industry_go_th'
    """
    return f"{PREFIX}-{mode}-{site}"


def resolve_targets(
    sites: tuple[str, ...], *, all_sites: bool, cms: str | None, start_url: str | None
) -> list[Target]:
    """Turn site keys, --all or --cms/--start-url into job targets (ValueError when wrong)."""
    from crawler.registry import UnknownSite
    from crawler.spiders.site import crawlable_sites, family_spider, site_spider

    if cms or start_url:
        if not (cms and start_url):
            raise ValueError("--cms and --start-url go together")
        if sites or all_sites:
            raise ValueError("give either site keys or --cms/--start-url, not both")
        try:
            spider = family_spider(cms, start_url)
        except UnknownSite as error:
            raise ValueError(str(error)) from None
        return [Target(spider.site_key, cms, start_url)]
    if all_sites:
        if sites:
            raise ValueError("give either site keys or --all, not both")
        return [Target(cls.site_key or cls.name) for cls in crawlable_sites()]
    if not sites:
        raise ValueError("name at least one site (see `khaosan sites`), or use --all")
    try:
        return [Target(site_spider(key).site_key or key) for key in sites]
    except UnknownSite as error:
        raise ValueError(str(error)) from None


def enqueue(
    rq_connection: Any,
    target: Target,
    *,
    mode: str,
    sink: str,
    overrides: tuple[str, ...] = (),
    base_url: str | None = None,
    timeout: int | None = None,
    retries: int = DEFAULT_RETRIES,
    backoff: int = DEFAULT_BACKOFF,
    queue: str = QUEUE,
) -> tuple[str, bool]:
    """Queue one site's job unless its id is taken; return (job id, whether it was queued)."""
    from rq import Queue, Retry
    from rq.exceptions import NoSuchJobError
    from rq.job import Job

    if mode not in MODES:
        raise ValueError(f"unknown mode {mode!r}; expected crawl or backfill")
    if mode == "backfill" and target.cms:
        raise ValueError("backfill takes a registry site, not --cms/--start-url")
    ident = job_id(mode, target.site)
    guard = f"{PREFIX}:enqueue:{ident}"
    deadline = time.monotonic() + GUARD_MS / 1000
    while not rq_connection.set(guard, b"1", nx=True, px=GUARD_MS):
        if time.monotonic() > deadline:
            raise RuntimeError(f"another enqueue of {ident} holds {guard}")
        time.sleep(0.05)
    try:
        try:
            existing = Job.fetch(ident, connection=rq_connection)
        except NoSuchJobError:
            existing = None
        if existing is not None:
            if existing.get_status() in ACTIVE_STATES:
                return ident, False
            existing.delete()  # finished or failed: a new run of the site may start
        seconds = timeout or DEFAULT_TIMEOUT[mode]
        intervals = [backoff * 2**n for n in range(retries)]
        Queue(queue, connection=rq_connection).enqueue(
            run_site_job,
            kwargs={
                "mode": mode,
                "target": target.args(),
                "sink": sink,
                "overrides": list(overrides),
                "base_url": base_url,
                "timeout": seconds,
            },
            job_id=ident,
            job_timeout=seconds + 60,  # RQ's own kill comes after the crawl's timeout
            retry=Retry(max=retries, interval=intervals) if retries else None,
            result_ttl=7 * 24 * 3600,
            failure_ttl=30 * 24 * 3600,
            description=f"khaosan {mode} {' '.join(target.args())}",
        )
        return ident, True
    finally:
        rq_connection.delete(guard)


def crawl_command(
    mode: str,
    target: list[str],
    sink: str,
    overrides: list[str] | tuple[str, ...] = (),
    base_url: str | None = None,
) -> list[str]:
    """Return the argv of the crawl process a job runs."""
    argv = [sys.executable, "-m", "crawler", mode, *target, "--sink", sink]
    if base_url:
        argv += ["--base-url", base_url]
    for override in overrides:
        argv += ["--set", override]
    return argv


def _die_with_parent() -> None:
    """In the child: get SIGTERM when the job's process dies (a killed RQ work horse)."""
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGTERM)


def run_site_job(
    *,
    mode: str,
    target: list[str],
    sink: str,
    overrides: list[str] | tuple[str, ...] = (),
    base_url: str | None = None,
    timeout: float = DEFAULT_TIMEOUT["crawl"],
) -> dict[str, Any]:
    """The RQ job: run one crawl process to its end; raise CrawlJobFailed when a retry may help."""
    argv = crawl_command(mode, target, sink, overrides, base_url)
    logger.info("running %s", " ".join(argv))
    preexec = _die_with_parent if sys.platform.startswith("linux") else None
    process = subprocess.Popen(argv, preexec_fn=preexec)  # noqa: S603 (our own argv)
    try:
        returncode = process.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.terminate()  # SIGTERM: Scrapy closes the run cleanly and sends its finish
        try:
            returncode = process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            process.kill()
            returncode = process.wait()
        raise CrawlJobFailed(
            f"{mode} {' '.join(target)}: timed out after {timeout:.0f} s"
        ) from None
    except BaseException:
        process.kill()  # RQ's own timeout or a stop of the work horse: no orphan crawl
        process.wait()
        raise
    if returncode not in DONE_STATUSES:
        raise CrawlJobFailed(f"{mode} {' '.join(target)}: exit status {returncode}")
    return {"mode": mode, "target": target, "exit_status": returncode}


def enqueue_sites(
    sites: list[str] | tuple[str, ...] = (),
    *,
    all_sites: bool = False,
    cms: str | None = None,
    start_url: str | None = None,
    mode: str = "crawl",
    sink: str,
    redis: str | None = None,
    **options: Any,
) -> dict[str, list[str]]:
    """Queue the jobs of several sites (what `rq cron` calls on a schedule); return the ids."""
    if redis:
        rq_connection = connect(redis, decode=False)
    else:
        from rq import get_current_job

        job = get_current_job()
        if job is None:
            raise ValueError("enqueue_sites needs redis=URL outside an RQ job")
        rq_connection = job.connection
    targets = resolve_targets(tuple(sites), all_sites=all_sites, cms=cms, start_url=start_url)
    result: dict[str, list[str]] = {"queued": [], "already_queued": []}
    for target in targets:
        ident, queued = enqueue(rq_connection, target, mode=mode, sink=sink, **options)
        result["queued" if queued else "already_queued"].append(ident)
    return result
