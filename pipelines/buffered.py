"""What both writers of a run share (the SQLite store, the Redis sink): a buffer flushed on time."""

from __future__ import annotations

import sys
import time
from typing import Any


class BufferedWriter:
    """A flush timer for a buffer of records, and stopping the crawl when writing fails.

    Subclasses set crawler, buffer, flush_seconds and last_flush and define flush(); the timer
    and a full batch call routine_flush(), which is flush() unless a subclass needs otherwise.
    """

    crawler: Any
    buffer: list[Any]
    flush_seconds: float
    last_flush: float
    stopping = False
    _timer: Any = None

    def flush(self) -> None:
        raise NotImplementedError

    def routine_flush(self) -> None:
        """A flush the crawl makes itself (the batch is full, or flush_seconds have passed)."""
        self.flush()

    def _start_timer(self) -> None:
        """Flush every flush_seconds even when no item arrives (inside a crawl)."""
        if "twisted.internet.reactor" not in sys.modules:
            return  # no reactor installed (plain Python use): flushes happen on items and close
        from twisted.internet import task

        self._timer = task.LoopingCall(self._flush_if_due)
        self._timer.start(self.flush_seconds, now=False)

    def _stop_timer(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()

    def _flush_if_due(self) -> None:
        if self.buffer and time.monotonic() - self.last_flush >= self.flush_seconds:
            self.routine_flush()

    def _stop_crawl(self) -> None:
        """Ask the engine to close the spider (once): a writer that cannot write must not fetch."""
        engine = getattr(self.crawler, "engine", None)
        if engine is None or not getattr(engine, "running", False) or self.stopping:
            return
        self.stopping = True
        from scrapy.utils.defer import deferred_from_coro

        deferred_from_coro(engine.close_spider_async(reason="store_error"))
