"""Replica sites for tests, the demo and benchmarks, served on 127.0.0.1 by ReplicaServer.

>>> from crawler.replica import K2Site, ReplicaServer
>>> with ReplicaServer(K2Site(articles=20)) as server:  # doctest: +SKIP
...     print(server.url, server.site.listing_url)
"""

from crawler.replica.base import AUTO, Family, Response
from crawler.replica.k2 import K2Site
from crawler.replica.server import ROBOTS_ALLOW, ROBOTS_DISALLOW_ALL, ReplicaServer

FAMILIES = {"k2": K2Site}  # --family name -> site class (test-only families: tests/replica/)

__all__ = [
    "AUTO",
    "FAMILIES",
    "Family",
    "K2Site",
    "ROBOTS_ALLOW",
    "ROBOTS_DISALLOW_ALL",
    "ReplicaServer",
    "Response",
]
