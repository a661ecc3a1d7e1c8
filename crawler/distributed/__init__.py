"""Distributed mode (docs/distributed.md): per-site RQ jobs, one SQLite writer fed by a Stream.

Everything here needs the optional extra `khaosan[dist]` (redis, rq); they are imported inside
functions, so the base install never loads them. Keys, all under one prefix in the Redis database
the URL names (one Redis database per SQLite database):

    khaosan:stream           the Stream of records, failures and run events (crawls -> writer)
    khaosan:known:<site>     the canonical URLs the writer has committed for a site
    khaosan:runs             run token (made by a crawl) -> crawl_runs.id (made by the writer)
    khaosan:lock:<site>      held by the one crawl of a site running anywhere
    khaosan:writer           held by the one writer
"""

from __future__ import annotations

import os
import socket
import threading
import time
import uuid
from typing import Any
from urllib.parse import urlsplit

PREFIX = "khaosan"
STREAM = f"{PREFIX}:stream"
GROUP = "writers"
RUNS = f"{PREFIX}:runs"
WRITER_LOCK = f"{PREFIX}:writer"
KNOWN_SEEDED = f"{PREFIX}:known-seeded"
QUEUE = "khaosan"
URL_SCHEMES = ("redis", "rediss", "unix")
# Release a lock only while it still holds our token (it may have expired and been taken).
RELEASE_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
"""
RENEW_SCRIPT = """
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
"""


class DistError(Exception):
    """A distributed-mode problem the user must fix; one line naming it."""


class RedisUnreachable(DistError):
    """The Redis server did not answer (down, wrong host or port, refused)."""


def known_key(site: str) -> str:
    """Return the key of a site's known-URL set."""
    return f"{PREFIX}:known:{site}"


def lock_key(site: str) -> str:
    """Return the key of a site's run lock."""
    return f"{PREFIX}:lock:{site}"


def check_redis_url(url: str) -> str:
    """Return *url* if it is a Redis URL (redis://, rediss://, unix://), else raise DistError."""
    if urlsplit(url).scheme not in URL_SCHEMES:
        raise DistError(f"{url!r} is not a Redis URL (redis://HOST:PORT/N or unix:///PATH?db=N)")
    return url


def connect(url: str, *, decode: bool = True) -> Any:
    """Return a redis client for *url*, checked with a PING; DistError when it cannot be used."""
    check_redis_url(url)
    try:
        import redis
    except ImportError:
        raise DistError(
            "the distributed mode needs its extra: pip install 'khaosan[dist]'"
        ) from None
    client = redis.Redis.from_url(
        url, decode_responses=decode, socket_connect_timeout=10, health_check_interval=30
    )
    try:
        client.ping()
    except redis.RedisError as error:
        raise RedisUnreachable(f"cannot use Redis at {url}: {error}") from None
    return client


def holder_id() -> str:
    """Return "host:pid:random", naming this process as the holder of a lock."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


def holder_is_dead(holder: str) -> bool:
    """Tell whether a lock *holder* is a process of this host that no longer exists."""
    host, _, rest = holder.partition(":")
    pid = rest.partition(":")[0]
    if host != socket.gethostname() or not pid.isdigit():
        return False
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False
    return False


class RedisLock:
    """A lock in Redis with a TTL, renewed by a thread while held; dies with its process.

    A holder killed with SIGKILL stops renewing, so the lock expires after *ttl* seconds; a
    holder on this host that no longer exists is taken over at once.
    """

    def __init__(self, client: Any, key: str, *, ttl: float = 60.0) -> None:
        self.client = client
        self.key = key
        self.ttl_ms = max(1000, int(ttl * 1000))
        self.token = holder_id()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def acquire(self, wait: float = 0.0) -> bool:
        """Take the lock, waiting up to *wait* seconds; return whether it is held."""
        deadline = time.monotonic() + wait
        while True:
            if self.client.set(self.key, self.token, nx=True, px=self.ttl_ms):
                self._start_renewing()
                return True
            holder = self.client.get(self.key)
            if isinstance(holder, bytes):
                holder = holder.decode()
            if holder and holder_is_dead(holder):
                self.client.eval(RELEASE_SCRIPT, 1, self.key, holder)
                continue
            if time.monotonic() >= deadline:
                return False
            time.sleep(min(0.5, max(0.05, deadline - time.monotonic())))

    def holder(self) -> str | None:
        """Return who holds the lock now, or None."""
        value = self.client.get(self.key)
        return value.decode() if isinstance(value, bytes) else value

    def _start_renewing(self) -> None:
        self._stop.clear()
        self._thread = threading.Thread(target=self._renew, name=f"lock {self.key}", daemon=True)
        self._thread.start()

    def _renew(self) -> None:
        import redis

        while not self._stop.wait(self.ttl_ms / 3000):
            try:
                self.client.eval(RENEW_SCRIPT, 1, self.key, self.token, self.ttl_ms)
            except redis.RedisError:  # a Redis hiccup: the next tick tries again
                continue

    def release(self) -> None:
        """Stop renewing and delete the lock if it is still ours."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        self.client.eval(RELEASE_SCRIPT, 1, self.key, self.token)

    def __enter__(self) -> RedisLock:
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()
