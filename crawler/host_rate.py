"""A hard ceiling on requests per second per host, kept where requests leave for the network.

Scrapy spaces a host's requests by ``DOWNLOAD_DELAY`` when it takes them off the host's queue;
the middleware chain and a busy event loop then send them later, by tens to hundreds of
milliseconds, so a server can see two requests closer together than the delay (bench/RESULTS.md,
"Scale"). This middleware runs last before the download handler and lets a request go only when
the host's previous request left at least one interval earlier, measured at that moment, so the
interval holds whatever happened before it.
"""

from __future__ import annotations

import time
from typing import Any

from scrapy.utils.httpobj import urlparse_cached

# Added to the interval, as a share of it: covers the handler's own time between this
# middleware and the request's bytes reaching the socket.
MARGIN = 0.02


def host_interval(settings: Any) -> float:
    """Return the least seconds between two requests to one host (0.0 = no ceiling).

    ``KHAOSAN_HOST_RATE`` (requests per second) when set, else one ``DOWNLOAD_DELAY``: the
    delay is a floor, which jitter may lengthen but never shorten.

    >>> host_interval({"KHAOSAN_HOST_RATE": 5.0, "DOWNLOAD_DELAY": 1.0})
    0.204
    >>> host_interval({"KHAOSAN_HOST_RATE": 0.0, "DOWNLOAD_DELAY": 1.0})
    1.02
    >>> host_interval({"KHAOSAN_HOST_RATE": 0.0, "DOWNLOAD_DELAY": 0.0})
    0.0
    """
    get = settings.getfloat if hasattr(settings, "getfloat") else settings.get
    rate = float(get("KHAOSAN_HOST_RATE", 0.0) or 0.0)
    seconds = 1.0 / rate if rate > 0 else float(get("DOWNLOAD_DELAY", 0.0) or 0.0)
    return round(seconds * (1 + MARGIN), 6) if seconds > 0 else 0.0


class HostRateMiddleware:
    """Hold each host to one request per interval, counted when the request is sent."""

    def __init__(self, interval: float, clock: Any = time.monotonic) -> None:
        self.interval = interval
        self.clock = clock
        self.last_sent: dict[str, float] = {}

    @classmethod
    def from_crawler(cls, crawler: Any) -> HostRateMiddleware:
        return cls(host_interval(crawler.settings))

    def wait_for(self, host: str) -> float:
        """Return how long a request to *host* must wait now; 0.0 marks it sent."""
        now = self.clock()
        last = self.last_sent.get(host)
        if last is not None and now - last < self.interval:
            return last + self.interval - now
        self.last_sent[host] = now
        return 0.0

    async def process_request(self, request: Any, spider: Any = None) -> None:
        if self.interval <= 0:
            return None
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor, task

        host = urlparse_cached(request).hostname or ""
        # Waking is late on a busy loop, and two waiters may wake together: ask again each time.
        while (seconds := self.wait_for(host)) > 0:
            await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))
        return None
