"""How many sites `crawl --all` crawls at once: a limit that grows while the CPU has room.

A run of many sites is held either by the sites' politeness (each host gets a request every
second or so, and the process waits) or by the CPU (parsing and extracting every page). Held
by politeness, more sites at once means more pages per second for a little memory each;
held by the CPU, more sites only means more memory. The gate starts at most `limit` sites at
once, starts the next one as one ends, and every `TICK` seconds, while sites are still waiting
and the crawl's thread (and the extraction worker, where pages are read) was busy less than
`BUSY` of the time since the last look, lets more
sites run: as many more as would bring it to `BUSY` if each site costs the same, at most twice
as many. Busy is running or waiting for a core (Linux's schedstat), so a thread
starved by other processes on a loaded machine does not look idle. The gate never lowers the
limit: a site that ends is simply not replaced while the running ones fill it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

TICK = 2.0  # seconds between two looks at the process's CPU time
BUSY = 0.85  # share of the time busy above which more sites would only cost memory
SCHEDSTAT = "/proc/thread-self/schedstat"  # ns on a CPU, ns waiting for one, timeslices


def busy_seconds() -> float:
    """Return the seconds this thread has run or waited to run (CPU time where not Linux)."""
    return schedstat_seconds(SCHEDSTAT) or time.process_time()


def worker_busy_seconds() -> float | None:
    """Return the seconds the extraction worker has run or waited to run; None without one."""
    from crawler.extract_client import ExtractClient

    client = ExtractClient._shared
    process = client.process if client is not None else None
    if process is None:
        return None
    return schedstat_seconds(f"/proc/{process.pid}/schedstat")


def schedstat_seconds(path: str) -> float | None:
    """Return run + wait seconds from a Linux schedstat file; None where it cannot be read."""
    try:
        with open(path, encoding="ascii") as stat:
            ran, waited = stat.read().split()[:2]
    except (OSError, ValueError):
        return None
    return (int(ran) + int(waited)) / 1e9


class SiteGate:
    """Start queued site crawls, at most `limit` at once; `grow` lets the limit rise."""

    def __init__(
        self,
        limit: int,
        grow: bool = True,
        cpu_clock: Callable[[], float] = busy_seconds,
        wall_clock: Callable[[], float] = time.monotonic,
        worker_clock: Callable[[], float | None] = worker_busy_seconds,
    ) -> None:
        self.limit = limit
        self.grow = grow
        self.running = 0
        self.waiting: deque[Callable[[], Any]] = deque()
        self.cpu_clock = cpu_clock
        self.wall_clock = wall_clock
        self.worker_clock = worker_clock
        self._last = (wall_clock(), cpu_clock())
        self._last_worker = (wall_clock(), worker_clock())

    def add(self, start: Callable[[], Any]) -> None:
        """Queue a site; *start* returns a Deferred that fires when its crawl ends."""
        self.waiting.append(start)
        self._fill()

    def _fill(self) -> None:
        while self.waiting and (self.limit <= 0 or self.running < self.limit):
            start = self.waiting.popleft()
            self.running += 1
            start().addBoth(self._ended)

    def _ended(self, result: Any) -> Any:
        self.running -= 1
        self._fill()
        return result

    def cpu_share(self) -> float:
        """Return the share of the time since the last call the thread was busy.

        With an extraction worker, the busier of the two: a worker that cannot keep up
        holds the crawl as surely as a busy crawl thread.
        """
        wall, cpu, worker = self.wall_clock(), self.cpu_clock(), self.worker_clock()
        last_wall, last_cpu = self._last
        worker_wall, last_worker = self._last_worker
        self._last = (wall, cpu)
        self._last_worker = (wall, worker)
        elapsed = wall - last_wall
        share = (cpu - last_cpu) / elapsed if elapsed > 0 else 1.0
        if worker is not None and last_worker is not None and wall > worker_wall:
            share = max(share, (worker - last_worker) / (wall - worker_wall))
        return share

    def tick(self) -> None:
        """Raise the limit towards `BUSY` (x2 at most, +1 at least) if sites wait, CPU idles."""
        share = self.cpu_share()
        if not self.grow or not self.waiting or self.limit <= 0 or share >= BUSY:
            return
        wanted = int(self.limit * min(2.0, BUSY / max(share, 1e-6)))
        self.limit = max(self.limit + 1, wanted)
        self._fill()
