"""The known-URL sets: which canonical URLs of a site the writer has committed to SQLite."""

from __future__ import annotations

import logging
from typing import Any

from crawler.distributed import KNOWN_SEEDED, DistError, connect, known_key

logger = logging.getLogger(__name__)

SEED_CHUNK = 10_000  # URLs per SADD when seeding from SQLite


def load_known_urls(url: str, site: str) -> set[str]:
    """Return the URLs of *site* the writer has stored (an empty set when Redis is unusable)."""
    import redis

    try:
        client = connect(url)
    except DistError as error:
        logger.warning("no known URLs loaded (%s)", error)
        return set()
    try:
        return set(client.smembers(known_key(site)))
    except redis.RedisError as error:
        logger.warning("no known URLs loaded (%s)", error)
        return set()
    finally:
        client.close()


def seed_known_urls(client: Any, store: Any, *, force: bool = False) -> int:
    """Copy every site's stored URLs from SQLite into the known-URL sets, once per Redis database.

    A database that was crawled before the distributed mode starts its incremental crawls from
    what it already holds. Returns how many URLs were added (0 when seeded before).
    """
    if not force and client.exists(KNOWN_SEEDED):
        return 0
    added = 0
    for site in store.stats()["articles_per_site"]:
        urls = sorted(store.known_urls(site))
        for start in range(0, len(urls), SEED_CHUNK):
            added += client.sadd(known_key(site), *urls[start : start + SEED_CHUNK])
    client.set(KNOWN_SEEDED, store.path.name)
    return added
