"""A hard ceiling on requests per second per host, kept where requests leave for the network.

Scrapy spaces a host's requests by ``DOWNLOAD_DELAY`` when it takes them off the host's queue;
a busy event loop then hands them to the network later, by tens to hundreds of milliseconds,
so a server can see two requests closer together than the delay (bench/RESULTS.md, "Scale").
``HostRateHandler`` is Scrapy's HTTP/1.1 download handler with one step before it: a request
goes only when the previous request to its host left at least one interval earlier, measured
at that moment and padded by how late the loop was just after the previous one was handed
over (``LoopLag``), so the interval holds whatever happened before it. Every crawler of a process
shares the hosts' last send times, so two registry sites on one host share its ceiling.
"""

from __future__ import annotations

import time
from collections import deque
from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.http import Request, Response
from scrapy.utils.httpobj import urlparse_cached

# Added to the interval, as a share of it: the handler's own time between this check and the
# request's bytes reaching the socket.
MARGIN = 0.05


def host_interval(settings: Any) -> float:
    """Return the least seconds between two requests to one host (0.0 = no ceiling).

    ``KHAOSAN_HOST_RATE`` (requests per second) when set, else one ``DOWNLOAD_DELAY``: the
    delay is a floor, which jitter and AutoThrottle may lengthen but never shorten.

    >>> host_interval({"KHAOSAN_HOST_RATE": 5.0, "DOWNLOAD_DELAY": 1.0})
    0.21
    >>> host_interval({"KHAOSAN_HOST_RATE": 0.0, "DOWNLOAD_DELAY": 1.0})
    1.05
    >>> host_interval({"KHAOSAN_HOST_RATE": 0.0, "DOWNLOAD_DELAY": 0.0})
    0.0
    """
    get = settings.getfloat if hasattr(settings, "getfloat") else settings.get
    rate = float(get("KHAOSAN_HOST_RATE", 0.0) or 0.0)
    seconds = 1.0 / rate if rate > 0 else float(get("DOWNLOAD_DELAY", 0.0) or 0.0)
    return round(seconds * (1 + MARGIN), 6) if seconds > 0 else 0.0


class HostClock:
    """When each host last got a request, and how long the next one must wait."""

    def __init__(self, clock: Any = time.monotonic) -> None:
        self.clock = clock
        self.last_sent: dict[str, float] = {}

    def wait_for(self, host: str, interval: float) -> float:
        """Return how long a request to *host* must still wait; 0.0 marks it sent now."""
        now = self.clock()
        last = self.last_sent.get(host)
        if last is not None and now - last < interval:
            return last + interval - now
        self.last_sent[host] = now
        return 0.0

    def connected(self, host: str) -> None:
        """Note that a request to *host* got its connection now, so it leaves now, not before.

        Opening a connection (the first request to a host, a second connection) can take
        longer than the interval on a busy machine; the next request counts from here.
        """
        now = self.clock()
        self.last_sent[host] = max(self.last_sent.get(host, now), now)


class LoopLag:
    """How late the event loop has run its timers, kept for the last `window` seconds.

    A request handed to the network leaves when the loop next polls its sockets, after the
    callbacks already due (parsing pages, when many sites are crawled at once); a timer is
    late by about as much. A request that waits out its host's interval plus the loop's
    lateness just after the previous request leaves at least one interval after that one,
    however late that one left.
    """

    def __init__(self, every: float = 0.02, window: float = 5.0, clock: Any = time.monotonic):
        self.every = every
        self.window = window
        self.clock = clock
        self.samples: deque[tuple[float, float]] = deque()
        self.due: float | None = None

    def start(self) -> None:
        """Start timing the reactor's timers (once; later calls do nothing)."""
        if self.due is None:
            self._schedule()

    def _schedule(self) -> None:
        from twisted.internet import reactor

        self.due = self.clock() + self.every
        reactor.callLater(self.every, self._tick)  # type: ignore[attr-defined]

    def _tick(self) -> None:
        self.note(self.clock() - (self.due or self.clock()))
        self._schedule()

    def note(self, late: float) -> None:
        """Keep one timer's lateness (seconds)."""
        now = self.clock()
        self.samples.append((now, max(0.0, late)))
        while self.samples and self.samples[0][0] < now - self.window:
            self.samples.popleft()

    def after(self, moment: float, span: float = 0.5) -> float:
        """Return the most a timer that ran within *span* seconds after *moment* was late.

        A request handed over at *moment* left when the loop next polled: the timers that ran
        just after it were late by about as much, less up to one period (a timer due in the
        middle of a long callback is late by its second half only), which is added.
        """
        lates = [late for at, late in self.samples if moment <= at <= moment + span]
        return max(lates) + self.every if lates else 0.0


SENT = HostClock()  # one per process: every crawler's requests to a host count together
LAG = LoopLag()


class HostRateHandler(HTTP11DownloadHandler):
    """Scrapy's HTTP/1.1 handler, holding each host to one request per interval."""

    def __init__(self, crawler: Any, hosts: HostClock = SENT, lag: LoopLag = LAG) -> None:
        super().__init__(crawler)
        self.interval = host_interval(crawler.settings)
        self.hosts = hosts
        self.lag = lag
        if self.interval > 0:
            self._watch_connections()

    def _watch_connections(self) -> None:
        """Tell the host clock when the connection pool hands a request its connection."""
        pool = self._pool
        get_connection = pool.getConnection

        def connection(key: Any, endpoint: Any) -> Any:
            connecting = get_connection(key, endpoint)
            scheme, host = key[0], key[1]
            if scheme in (b"http", b"https"):  # a direct connection: key is (scheme, host, port)
                name = host.decode("ascii", "replace") if isinstance(host, bytes) else str(host)
                connecting.addCallback(self._connected, name)
            return connecting

        pool.getConnection = connection

    def _connected(self, protocol: Any, host: str) -> Any:
        self.hosts.connected(host)
        return protocol

    async def download_request(self, request: Request) -> Response:
        if self.interval > 0:
            self.lag.start()
            await self.wait_turn(urlparse_cached(request).hostname or "")
        return await super().download_request(request)

    async def wait_turn(self, host: str) -> None:
        """Return when *host* may get a request; waking is late on a busy loop, so ask again."""
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor, task

        while (seconds := self.hosts.wait_for(host, self.interval + self._late(host))) > 0:
            await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))

    def _late(self, host: str) -> float:
        """Return how late the loop was just after the host's last request was handed over."""
        last = self.hosts.last_sent.get(host)
        return self.lag.after(last) if last is not None else 0.0
