"""The crawl's side of the extraction worker (`pipelines/extract_worker.py`).

One worker process per crawl process, shared by its spiders: the first spider that needs it
starts it, the last to close stops it. Jobs go out on a writer thread (a page larger than the
pipe's buffer never blocks the crawl) and results come back on a reader thread, in the order
the jobs went, into the futures the spiders await. If the worker cannot start or dies, its open
jobs fail with WorkerGone and the spiders read those pages themselves: no page is lost.
"""

from __future__ import annotations

import logging
import os
import pickle
import queue
import subprocess
import sys
import threading
from collections import deque
from concurrent.futures import Future
from typing import IO, ClassVar

from pipelines.child_process import checkout_env
from pipelines.extract_worker import Job, Result

logger = logging.getLogger(__name__)

# Seconds close() waits for the worker to answer its last jobs and exit before killing it.
CLOSE_TIMEOUT_S = 60.0


class WorkerGone(RuntimeError):
    """The extraction worker could not take or answer a job (it failed to start, or died)."""


def usable_cpus() -> int:
    """Return how many CPUs this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        return os.cpu_count() or 1


# "auto": article pages a crawler reads itself before it starts the worker. A process start
# (~0.3 s of CPU) is not repaid by a check or a small crawl; a site's archive repays it.
AUTO_AFTER_PAGES = 16


def worker_after(setting: str) -> int | None:
    """Return after how many article pages KHAOSAN_EXTRACT_WORKER *setting* starts the worker.

    "on": from the first page; "off" (the default): never (None); "auto": after
    AUTO_AFTER_PAGES pages, and only with two CPUs or more, where it runs beside the crawl.

    >>> worker_after("off"), worker_after("on")
    (None, 0)
    """
    value = str(setting).strip().lower()
    if value in ("on", "true", "1", "yes"):
        return 0
    if value in ("off", "false", "0", "no"):
        return None
    if value != "auto":
        raise ValueError(f"KHAOSAN_EXTRACT_WORKER must be auto, on or off, not {setting!r}")
    return AUTO_AFTER_PAGES if usable_cpus() >= 2 else None


class ExtractClient:
    """A running extraction worker: submit Jobs, await their Results."""

    _shared: ClassVar[ExtractClient | None] = None

    def __init__(self, command: list[str] | None = None) -> None:
        self.users = 0
        self.lock = threading.Lock()
        self.pending: deque[Future[Result]] = deque()
        self.jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self.gone: str | None = None
        self.process: subprocess.Popen[bytes] | None = None
        try:
            self.process = subprocess.Popen(
                command or [sys.executable, "-m", "pipelines.extract_worker"],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                env=checkout_env(),
            )
        except OSError as error:
            self.gone = f"cannot start the extraction worker: {error}"
            logger.warning("%s; articles are read in the crawl process", self.gone)
            return
        assert self.process.stdin is not None and self.process.stdout is not None
        self.writer = threading.Thread(
            target=self._write, args=(self.process.stdin,), name="khaosan-extract-writer"
        )
        self.reader = threading.Thread(
            target=self._read, args=(self.process.stdout,), name="khaosan-extract-reader"
        )
        self.writer.daemon = self.reader.daemon = True
        self.writer.start()
        self.reader.start()

    @classmethod
    def acquire(cls) -> ExtractClient:
        """Return this process's worker, starting it for the first user."""
        client = cls._shared
        if client is None:
            client = cls._shared = cls()
        client.users += 1
        return client

    def release(self) -> None:
        """Stop the worker when its last user is done (after it answered every job)."""
        self.users -= 1
        if self.users <= 0:
            if ExtractClient._shared is self:
                ExtractClient._shared = None
            self.close()

    def submit(self, job: Job) -> Future[Result]:
        """Queue *job*; the future gets its Result, or WorkerGone."""
        future: Future[Result] = Future()
        with self.lock:
            if self.gone is not None:
                future.set_exception(WorkerGone(self.gone))
                return future
            self.pending.append(future)
            self.jobs.put(job)
        return future

    def close(self) -> None:
        """Let the worker answer what it has, then end it (killed after CLOSE_TIMEOUT_S)."""
        process = self.process
        if process is None:
            return
        self.jobs.put(None)
        self.writer.join(CLOSE_TIMEOUT_S)
        self.reader.join(CLOSE_TIMEOUT_S)
        try:
            process.wait(CLOSE_TIMEOUT_S)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        self._fail("the extraction worker was closed")
        self.process = None

    def _write(self, stream: IO[bytes]) -> None:
        """Send jobs to the worker until close() queues None, then close its input."""
        try:
            while (job := self.jobs.get()) is not None:
                pickle.dump(job, stream, protocol=pickle.HIGHEST_PROTOCOL)
                stream.flush()
        except (OSError, ValueError, pickle.PicklingError) as error:
            self._fail(f"the extraction worker stopped taking jobs: {error}")
        finally:
            try:
                stream.close()
            except OSError:
                pass

    def _read(self, stream: IO[bytes]) -> None:
        """Hand each result to the oldest open job's future until the worker's output ends."""
        while True:
            try:
                result = pickle.load(stream)
            except EOFError:
                self._fail("the extraction worker exited")
                return
            except Exception as error:  # an unreadable answer: no later one can be trusted
                self._fail(f"the extraction worker's answer was unreadable: {error!r}")
                if self.process is not None:
                    self.process.kill()
                return
            with self.lock:
                future = self.pending.popleft() if self.pending else None
            if future is not None:
                future.set_result(result)

    def _fail(self, reason: str) -> None:
        """Fail every open job with WorkerGone(*reason*); later jobs fail at once."""
        with self.lock:
            if self.gone is None:
                self.gone = reason
            failed = list(self.pending)
            self.pending.clear()
        if failed:
            logger.warning("%s: %d pages are read in the crawl process", reason, len(failed))
        for future in failed:
            future.set_exception(WorkerGone(reason))
