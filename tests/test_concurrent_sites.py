"""`crawl --all` crawls at most KHAOSAN_CONCURRENT_SITES sites at once, and every one of them."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from bench.hosts import describe, start_hosts
from bench.scale import registry_text

ROOT = Path(__file__).resolve().parents[1]


def most_at_once(spans: list[tuple[float, float]]) -> int:
    """Return the most spans (first, last request of a host) open at one moment.

    >>> most_at_once([(0, 2), (1, 3), (4, 5)])
    2
    """
    events = sorted([(start, 1) for start, _ in spans] + [(end, -1) for _, end in spans])
    best = current = 0
    for _, step in events:
        current += step
        best = max(best, current)
    return best


def crawl_hosts(
    tmp_path: Path, sites: int, settings: list[str]
) -> tuple[list[tuple[float, float]], Path]:
    """Crawl `sites` replica hosts of 6 articles with `crawl --all`; return each host's first
    and last request time and the database."""
    servers = start_hosts(sites, 6)
    try:
        registry = tmp_path / "sites.toml"
        registry.write_text(registry_text(describe(servers)), encoding="utf-8")
        db = tmp_path / "k.db"
        env = {**os.environ, "KHAOSAN_REGISTRY": str(registry)}
        done = subprocess.run(
            [sys.executable, "-m", "crawler", "crawl", "--all", "--db", str(db)]
            + [part for setting in settings for part in ("-s", setting)],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        return [(min(server.times), max(server.times)) for server in servers], db
    finally:
        for server in servers:
            server.stop()


@pytest.mark.slow
def test_crawl_all_holds_the_site_limit_and_crawls_every_site(tmp_path: Path) -> None:
    spans, db = crawl_hosts(
        tmp_path, 5, ["KHAOSAN_CONCURRENT_SITES=2", "KHAOSAN_CONCURRENT_SITES_GROW=False"]
    )
    assert most_at_once(spans) == 2  # never three hosts at once, and two did overlap
    with sqlite3.connect(db) as conn:
        per_site = dict(conn.execute("SELECT site, count(*) FROM articles GROUP BY site"))
        runs = conn.execute("SELECT count(*) FROM crawl_runs").fetchone()[0]
    assert sorted(per_site.values()) == [6] * 5
    assert runs == 5


@pytest.mark.slow
def test_a_polite_run_lets_more_sites_run_while_the_cpu_has_room(tmp_path: Path) -> None:
    polite = ["KHAOSAN_POLITE_LOOPBACK=True", "DOWNLOAD_DELAY=0.6", "AUTOTHROTTLE_ENABLED=False",
              "DOWNLOAD_DELAY_JITTER=0", "KHAOSAN_CONCURRENT_SITES=2"]  # fmt: skip
    spans, db = crawl_hosts(tmp_path, 6, polite)
    # each site waits 0.6 s between requests: the process idles, so the limit of 2 grew
    assert most_at_once(spans) > 2
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone()[0] == 36
