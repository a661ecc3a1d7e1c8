"""Progress: a live line on a terminal, periodic log lines otherwise, and the end-of-run summary."""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Mapping
from typing import IO, Any

logger = logging.getLogger(__name__)

MODES = ("auto", "tty", "log", "off")
CLEAR_LINE = "\r\x1b[2K"


def progress_line(stats: Mapping[str, Any], elapsed: float, listing_date: Any = None) -> str:
    """Return one status line: pages, articles, failures, rate, current listing date.

    >>> progress_line({"response_received_count": 30, "khaosan/articles_seen": 20,
    ...                "khaosan/articles_new": 18, "khaosan/failures": 1}, 10.0, "2018-10-03")
    'pages 30 | articles 20 (18 new) | failures 1 | 3.0 pages/s | listing at 2018-10-03'
    """
    pages = stats.get("response_received_count", 0)
    rate = pages / elapsed if elapsed > 0 else 0.0
    line = (
        f"pages {pages} | articles {stats.get('khaosan/articles_seen', 0)} "
        f"({stats.get('khaosan/articles_new', 0)} new) | "
        f"failures {stats.get('khaosan/failures', 0)} | {rate:.1f} pages/s"
    )
    if listing_date:
        line += f" | listing at {listing_date}"
    return line


class _ClearLineFilter(logging.Filter):
    """Wipe the live progress line before a log record is printed on the same terminal."""

    def __init__(self, progress: Progress) -> None:
        super().__init__()
        self.progress = progress

    def filter(self, record: logging.LogRecord) -> bool:
        self.progress.clear()
        return True


class Progress:
    """Scrapy extension: show progress while crawling, write the run's summary at the end.

    KHAOSAN_PROGRESS: auto (live line when stderr is a terminal, else log lines), tty, log, off.
    KHAOSAN_PROGRESS_INTERVAL: seconds between log lines (the live line refreshes every second).
    KHAOSAN_PRINT_SUMMARY: write the summary here (`scrapy crawl`); khaosan prints it after the
    run instead, so it is the last line whatever Scrapy logs while stopping.
    """

    def __init__(
        self,
        crawler: Any,
        mode: str,
        interval: float,
        stream: IO[str],
        print_summary: bool = True,
    ) -> None:
        self.crawler = crawler
        self.print_summary = print_summary
        self.stream = stream
        if mode == "auto":
            mode = "tty" if _is_tty(stream) else "log"
        self.mode = mode
        self.interval = 1.0 if mode == "tty" else max(0.1, interval)
        self.started = time.monotonic()
        self.shown = False
        self._task: Any = None
        self._filter = _ClearLineFilter(self)

    @classmethod
    def from_crawler(cls, crawler: Any) -> Progress:
        from scrapy import signals

        settings = crawler.settings
        mode = settings.get("KHAOSAN_PROGRESS", "auto")
        if mode not in MODES:
            raise ValueError(f"KHAOSAN_PROGRESS must be one of {', '.join(MODES)}, got {mode!r}")
        extension = cls(
            crawler,
            mode,
            settings.getfloat("KHAOSAN_PROGRESS_INTERVAL", 30.0),
            sys.stderr,
            settings.getbool("KHAOSAN_PRINT_SUMMARY", True),
        )
        crawler.signals.connect(extension.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(extension.spider_closed, signal=signals.spider_closed)
        return extension

    def spider_opened(self, spider: Any = None) -> None:
        """Start the periodic display."""
        if self.mode == "off":
            return
        from twisted.internet import task

        self.started = time.monotonic()
        if self.mode == "tty":
            for handler in logging.getLogger().handlers:
                handler.addFilter(self._filter)
        self._task = task.LoopingCall(self.tick)
        self._task.start(self.interval, now=False)

    def line(self) -> str:
        """Return the current progress line."""
        spider = getattr(self.crawler, "spider", None)
        return progress_line(
            self.crawler.stats.get_stats(),
            time.monotonic() - self.started,
            getattr(spider, "listing_date", None),
        )

    def tick(self) -> None:
        """Redraw the live line (terminal) or log one progress line."""
        if self.mode == "tty":
            self.stream.write(CLEAR_LINE + self.line())
            self.stream.flush()
            self.shown = True
        else:
            logger.info("progress: %s", self.line())

    def clear(self) -> None:
        """Remove the live line from the terminal, if it is showing."""
        if self.shown:
            self.stream.write(CLEAR_LINE)
            self.stream.flush()
            self.shown = False

    def spider_closed(self, spider: Any = None, reason: str = "") -> None:
        """Stop the display and write the run's one-paragraph summary to stderr."""
        if self._task is not None and self._task.running:
            self._task.stop()
        self.clear()
        for handler in logging.getLogger().handlers:
            handler.removeFilter(self._filter)
        summary = self.crawler.stats.get_value("khaosan/summary")
        if summary and self.print_summary:
            self.stream.write(summary + "\n")
            self.stream.flush()


def _is_tty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
