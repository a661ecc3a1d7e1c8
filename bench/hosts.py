"""Replica sites on loopback aliases (127.0.0.2 upward), one process, every request timed.

Run by bench/scale.py as `python bench/hosts.py --sites N --articles M`: it prints one JSON
line (the sites: key, family, host, base_url, listing_path), then answers commands on stdin,
one per line: `reset` (forget the request log), `dump` (one JSON line: each host's request
times, and this process's CPU seconds), `quit`.
"""

from __future__ import annotations

import argparse
import ipaddress
import json
import os
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from crawler.replica.base import Family  # noqa: E402
from crawler.replica.k2 import K2Site  # noqa: E402
from crawler.replica.server import LoggedRequest, ReplicaServer  # noqa: E402

FIRST_ALIAS = ipaddress.IPv4Address("127.0.0.2")  # 127.0.0.1 stays free for everything else
# Families cycled over the hosts; each is a replica with the family's real markup.
FAMILIES = ("k2", "joomla", "wordpress", "drupal", "thaigov", "provincial")


class TimedReplica(ReplicaServer):
    """A replica server that also notes when each request arrived (monotonic seconds).

    The time is taken when the handler gets the request, before the page is built, so a slow
    page does not move its request later than the next one.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.times: list[float] = []

    def record(self, entry: LoggedRequest) -> None:
        super().record(entry)
        with self._log_lock:
            self.times.append(entry.received)

    def reset_log(self) -> None:
        super().reset_log()
        with self._log_lock:
            self.times.clear()


def peak_in_window(times: list[float], window: float = 1.0) -> int:
    """Return the most requests within any half-open window [t, t + window).

    >>> peak_in_window([0.0, 0.2, 0.4, 0.6, 0.8, 1.0, 1.2])
    5
    """
    ordered = sorted(times)
    best, start = 0, 0
    for end, moment in enumerate(ordered):
        while moment - ordered[start] >= window:
            start += 1
        best = max(best, end - start + 1)
    return best


def alias(index: int) -> str:
    """Return the loopback address of host number *index* (0 -> 127.0.0.2)."""
    return str(FIRST_ALIAS + index)


def build_site(family: str, articles: int) -> Family:
    """Return a replica site of *family* serving *articles* articles, 10 per listing page."""
    if family == "k2":
        return K2Site(articles, page_size=10)
    from tests.replica.drupal import DrupalSite
    from tests.replica.joomla import JoomlaSite
    from tests.replica.provincial import ProvincialSite
    from tests.replica.thaigov import ThaigovSite
    from tests.replica.wordpress import WordPressSite

    classes = {
        "joomla": JoomlaSite,
        "wordpress": WordPressSite,
        "drupal": DrupalSite,
        "thaigov": ThaigovSite,
        "provincial": ProvincialSite,
    }
    return classes[family](articles, page_size=10)  # type: ignore[no-any-return]


def start_hosts(sites: int, articles: int) -> list[TimedReplica]:
    """Start one replica server per loopback alias, families in turn."""
    servers = []
    for index in range(sites):
        family = FAMILIES[index % len(FAMILIES)]
        server = TimedReplica(build_site(family, articles), host=alias(index))
        server.family = family  # type: ignore[attr-defined]
        servers.append(server.start())
    return servers


def describe(servers: list[TimedReplica]) -> list[dict[str, str]]:
    """Return what a crawler needs to know of each host."""
    return [
        {
            "key": f"scale_{server.family}_{index:03d}",  # type: ignore[attr-defined]
            "family": server.family,  # type: ignore[attr-defined]
            "host": server.host,
            "base_url": server.url,
            "listing_path": server.site.listing_url[len(server.url) :],
        }
        for index, server in enumerate(servers)
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sites", type=int, default=100)
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    servers = start_hosts(args.sites, args.articles)
    print(json.dumps(describe(servers)), flush=True)
    for line in sys.stdin:
        command = line.strip()
        if command == "reset":
            for server in servers:
                server.reset_log()
            print("ok", flush=True)
        elif command == "dump":
            times = {server.host: list(server.times) for server in servers}
            cpu = sum(os.times()[:2])
            print(json.dumps({"times": times, "cpu": cpu}), flush=True)
        elif command == "quit":
            break
    for server in servers:
        server.stop()


if __name__ == "__main__":
    main()
