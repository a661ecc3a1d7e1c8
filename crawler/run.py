"""Run one or more spiders in this process and turn the outcome into an exit status."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, ExitStack, contextmanager
from dataclasses import dataclass, field
from functools import partial
from typing import Any

from scrapy.crawler import Crawler, CrawlerProcess
from scrapy.settings import Settings, default_settings
from twisted.internet.defer import Deferred, succeed
from twisted.internet.task import LoopingCall
from twisted.python.failure import Failure

from crawler.errors import CannotWork, UsageError, store_problem
from crawler.locks import RunLock, RunLocked
from crawler.site_gate import TICK, SiteGate

logger = logging.getLogger(__name__)

# Integer settings Scrapy reads as floats (seconds, ratios): "2.5" is a fine value for them.
FLOAT_READ = {
    "DOWNLOAD_TIMEOUT",
    "DOWNLOAD_DELAY",
    "DNS_TIMEOUT",
    "CLOSESPIDER_TIMEOUT",
    "CLOSESPIDER_TIMEOUT_NO_ITEM",
    "AUTOTHROTTLE_START_DELAY",
    "AUTOTHROTTLE_MAX_DELAY",
    "AUTOTHROTTLE_TARGET_CONCURRENCY",
    "MEMUSAGE_CHECK_INTERVAL_SECONDS",
    "LOGSTATS_INTERVAL",
}
# Per-request log records that repeat what the run's failures warning already says (one line
# per failed page, with its cause): hidden unless the log level is INFO or lower.
REPEATED = {
    ("scrapy.downloadermiddlewares.retry", "Gave up retrying"),
    ("scrapy.downloadermiddlewares.robotstxt", "Error downloading"),
}


@dataclass
class RunResult:
    """The outcome of a crawl: its exit status and each run's one-paragraph summary."""

    status: int
    summaries: list[str] = field(default_factory=list)


def crawl_settings(
    db: str, overrides: tuple[str, ...] = (), log_level: str = "WARNING"
) -> Settings:
    """Return khaosan's Scrapy settings with the database and `-s NAME=VALUE` applied."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    settings.set("KHAOSAN_DB", db, priority="cmdline")
    settings.set("LOG_LEVEL", log_level.upper(), priority="cmdline")
    settings.set("KHAOSAN_PRINT_SUMMARY", False, priority="cmdline")  # the CLI prints it last
    for override in overrides:
        name, sep, value = override.partition("=")
        name = name.strip()
        if not sep or not name:
            raise UsageError(f"setting {override!r} is not NAME=VALUE")
        settings.set(name, check_setting(name, value, settings.get(name)), priority="cmdline")
    return settings


def check_setting(name: str, value: str, current: Any) -> Any:
    """Return *value* converted to the type of the setting's default, or raise UsageError.

    >>> check_setting("DOWNLOAD_TIMEOUT", "2.5", 30)
    2.5
    >>> check_setting("CONCURRENT_REQUESTS", "4", 8)
    4
    >>> check_setting("DOWNLOAD_TIMEOUT", "abc", 30)
    Traceback (most recent call last):
    ...
    crawler.errors.UsageError: -s DOWNLOAD_TIMEOUT=abc: not a number
    """
    if current is None:
        current = getattr(default_settings, name, None)
    try:
        if isinstance(current, bool):
            return Settings({name: value}).getbool(name)
        if isinstance(current, int) and name not in FLOAT_READ:
            return int(value)
        if isinstance(current, int | float):
            number = float(value)
            if not math.isfinite(number):
                raise ValueError(value)
            return number
    except ValueError:
        kind = {bool: "true or false", int: "a whole number"}.get(type(current), "a number")
        if isinstance(current, int) and name in FLOAT_READ:
            kind = "a number"
        raise UsageError(f"-s {name}={value}: not {kind}") from None
    return value


def run_crawl(
    targets: list[Any],
    *,
    db: str,
    mode: str,
    overrides: tuple[str, ...] = (),
    log_level: str = "WARNING",
    **options: Any,
) -> RunResult:
    """Crawl every spider class in *targets* into *db*; return the worst exit status.

    Every argument is checked before anything is written: a usage error leaves no database.
    """
    settings = crawl_settings(db, overrides, log_level)
    kwargs = spider_arguments(targets, settings, mode=mode, **options)
    _check_database(db)

    @contextmanager
    def lock(key: str) -> Iterator[None]:
        try:
            held = RunLock(db, key).acquire()
        except RunLocked as error:
            raise UsageError(str(error)) from None
        try:
            yield
        finally:
            held.release()

    return start_crawls(targets, settings, kwargs, lock)


def _check_database(db: str) -> None:
    """Open (and migrate) the database and take a trial write lock; a problem stops the run."""
    from pipelines.store import ArticleStore, StoreError

    try:
        with ArticleStore(db) as store:
            store.check_writable()
    except StoreError as error:
        raise store_problem(str(error)) from None


def spider_arguments(
    targets: list[Any],
    settings: Settings,
    *,
    mode: str,
    base_url: str | None = None,
    since: str | None = None,
    until: str | None = None,
    restart: bool = False,
    **_: Any,
) -> dict[str, Any]:
    """Check the run's arguments (UsageError naming the bad one); return the spiders' kwargs."""
    kwargs: dict[str, Any] = {"mode": mode}
    if base_url:
        from crawler.urls import check_url

        try:
            check_url(base_url)
        except ValueError as error:
            raise UsageError(str(error)) from None
        if len(targets) != 1:
            raise UsageError("--base-url needs exactly one site")
        kwargs["base_url"] = base_url
    if since:
        kwargs["since"] = _check_date("--since", since)
    if until:
        kwargs["until"] = _check_date("--until", until)
    if since and until and _parse(since) > _parse(until):
        raise UsageError(f"--since {since} is after --until {until}")
    if settings.get("JOBDIR"):
        # A killed run's JOBDIR marks unfinished requests as done (docs/scheduling.md).
        raise UsageError("JOBDIR is not supported: khaosan resumes backfills from the database")
    if restart:
        kwargs["restart"] = "1"
    return kwargs


def start_crawls(
    targets: list[Any],
    settings: Settings,
    kwargs: dict[str, Any],
    lock: Callable[[str], AbstractContextManager[Any]],
) -> RunResult:
    """Take every site's run lock (*lock* raises UsageError if one is held), then crawl them.

    At first at most `KHAOSAN_CONCURRENT_SITES` sites are crawled at once (0: all); the next
    starts when one ends, and while the CPU has room the limit grows
    (`KHAOSAN_CONCURRENT_SITES_GROW`, crawler/site_gate.py), so a run's memory follows what the
    machine can crawl at once, not the registry's size.
    """
    process = _Process(settings)
    outcomes: list[tuple[int, str | None]] = [(1, None)] * len(targets)
    quiet = logging.getLevelName(settings.get("LOG_LEVEL")) > logging.INFO
    gate = SiteGate(
        settings.getint("KHAOSAN_CONCURRENT_SITES"),
        grow=settings.getbool("KHAOSAN_CONCURRENT_SITES_GROW"),
    )
    with ExitStack() as locks:
        # Every site's lock first: a site running elsewhere stops this run before Scrapy starts.
        for spider_cls in targets:
            locks.enter_context(lock(spider_cls.site_key or spider_cls.name))
        for position, spider_cls in enumerate(targets):
            try:
                crawler = process.create_crawler(spider_cls)
            except ValueError as error:
                raise UsageError(str(error)) from None
            gate.add(partial(_crawl_one, process, crawler, kwargs, outcomes, position, quiet))
        looking = LoopingCall(gate.tick)
        looking.start(TICK, now=False)
        process.start()
    statuses = [status for status, _ in outcomes]
    summaries = [summary for _, summary in outcomes if summary]
    status = max(statuses) if statuses else 0
    if process.signum:
        status = 128 + process.signum  # stopped by Ctrl-C (130) or SIGTERM (143)
    if not summaries and status == 1:
        raise CannotWork("the crawl could not start; run again with -v to see why")
    return RunResult(status, summaries)


def _crawl_one(
    process: _Process,
    crawler: Crawler,
    kwargs: dict[str, Any],
    outcomes: list[tuple[int, str | None]],
    position: int,
    quiet: bool,
) -> Deferred[None]:
    """Crawl one site; when it ends, keep its exit status and summary and let the crawler go."""
    if process.signum:  # stopped before this site's turn: it is not started
        return succeed(None)
    done = process.crawl(crawler, **kwargs)
    if quiet:
        # After crawl(): each crawler installs a new root handler as it starts.
        for handler in logging.getLogger().handlers:
            handler.addFilter(_quiet_filter)

    def finished(outcome: Any) -> None:
        if isinstance(outcome, Failure):
            logger.error("%s: the crawl failed: %s", crawler.spidercls.name, outcome.value)
        stats = crawler.stats
        outcomes[position] = (
            stats.get_value("khaosan/exit_status", 1),
            stats.get_value("khaosan/summary"),
        )

    return done.addBoth(finished)


class _Process(CrawlerProcess):
    """CrawlerProcess that remembers the signal that stopped it (exit 128 + signal)."""

    signum = 0

    def _signal_shutdown(self, signum: int, frame: Any) -> None:
        self._interrupted(signum)
        super()._signal_shutdown(signum, frame)

    def _signal_kill(self, signum: int, frame: Any) -> None:
        self._interrupted(signum)
        super()._signal_kill(signum, frame)

    def _interrupted(self, signum: int) -> None:
        from twisted.internet import reactor

        if not self.signum:
            self.signum = signum
            reactor.callFromThread(self._mark, signum)  # type: ignore[attr-defined]

    def _mark(self, signum: int) -> None:
        """Tell each run it was stopped by a signal: its summary and stored status say so."""
        for crawler in self.crawlers:
            crawler.stats.set_value("khaosan/signal", signum)


def _quiet_filter(record: logging.LogRecord) -> bool:
    """At the default level: no tracebacks for network errors, no per-request repeats."""
    message = str(record.msg)
    if any(record.name == name and message.startswith(start) for name, start in REPEATED):
        return False
    if record.exc_info and _network_error(record.exc_info[1]):
        error = record.exc_info[1]
        record.msg = f"{record.getMessage()} ({type(error).__name__})"
        record.args = None
        record.exc_info = None
        record.exc_text = None
    return True


def _network_error(error: BaseException | None) -> bool:
    """Return True for the errors of talking to a host (refused, timed out, no DNS, reset)."""
    from scrapy import exceptions
    from twisted.internet import error as twisted_errors

    network = (
        OSError,
        TimeoutError,
        twisted_errors.ConnectError,
        twisted_errors.ConnectionLost,
        twisted_errors.TimeoutError,
        twisted_errors.DNSLookupError,
    )
    names = (
        "DownloadConnectionRefusedError",
        "CannotResolveHostError",
        "DownloadTimeoutError",
        "DownloadFailedError",
        "DownloadCancelledError",
        "ResponseDataLossError",
    )
    network += tuple(getattr(exceptions, name) for name in names if hasattr(exceptions, name))
    return isinstance(error, network)


def _parse(value: str) -> Any:
    from pipelines.thai_dates import parse_iso_or_be

    return parse_iso_or_be(value)


def _check_date(option: str, value: str) -> str:
    from pipelines.thai_dates import parse_iso_or_be

    try:
        parse_iso_or_be(value)
    except ValueError as error:
        raise UsageError(f"{option}: {error}") from None
    return value
