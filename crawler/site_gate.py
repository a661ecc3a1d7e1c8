"""How many sites `crawl --all` crawls at once: a limit that grows while the CPU has room.

A run of many sites is held either by the sites' politeness (each host gets a request every
second or so, and the process waits) or by the CPU (parsing and extracting every page). Held
by politeness, more sites at once means more pages per second for a little memory each;
held by the CPU, more sites only means more memory. The gate starts at most `limit` sites at
once, starts the next one as one ends, and every `TICK` seconds, while sites are still waiting
and the crawl process used less than `BUSY` of a core since the last look, lets a quarter more
sites run. It never lowers the limit: a site that ends is simply not replaced while the
running ones fill it.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from typing import Any

TICK = 2.0  # seconds between two looks at the process's CPU time
BUSY = 0.85  # share of one core above which more sites would only cost memory


class SiteGate:
    """Start queued site crawls, at most `limit` at once; `grow` lets the limit rise."""

    def __init__(
        self,
        limit: int,
        grow: bool = True,
        cpu_clock: Callable[[], float] = time.process_time,
        wall_clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.limit = limit
        self.grow = grow
        self.running = 0
        self.waiting: deque[Callable[[], Any]] = deque()
        self.cpu_clock = cpu_clock
        self.wall_clock = wall_clock
        self._last = (wall_clock(), cpu_clock())

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
        """Return the share of one core the process used since the last call."""
        wall, cpu = self.wall_clock(), self.cpu_clock()
        last_wall, last_cpu = self._last
        self._last = (wall, cpu)
        elapsed = wall - last_wall
        return (cpu - last_cpu) / elapsed if elapsed > 0 else 1.0

    def tick(self) -> None:
        """Raise the limit by a quarter (at least one) if sites wait and the CPU has room."""
        share = self.cpu_share()
        if not self.grow or not self.waiting or self.limit <= 0 or share >= BUSY:
            return
        self.limit += max(1, self.limit // 4)
        self._fill()
