"""Backfills: date ranges (ISO or BE), --restart, and resumption after SIGKILL at random moments."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, run_khaosan

from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer

pytestmark = pytest.mark.slow

ARTICLES = 300
KILLS = 4  # SIGKILLs per test
COMPARED = (
    "url",
    "site",
    "title",
    "published_at",
    "modified_at",
    "body",
    "source",
    "view_count",
    "images",
    "attachments",
    "tags",
    "category",
    "content_hash",
)


def backfill_args(server: ReplicaServer, db: Path, *extra: str) -> list[str]:
    return [
        "backfill",
        "industry_go_th",
        "--base-url",
        server.url,
        "--db",
        str(db),
        "--log-level",
        "WARNING",
        *extra,
    ]


def articles(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(f"SELECT {', '.join(COMPARED)} FROM articles ORDER BY url").fetchall()
    finally:
        conn.close()


def query(db: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server() -> Any:
    with ReplicaServer(K2Site(ARTICLES)) as replica:
        yield replica


@pytest.fixture(scope="module")
def uninterrupted(server: ReplicaServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("backfill") / "whole.db"
    result = run_khaosan(*backfill_args(server, db), timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    return db


def test_uninterrupted_backfill_stores_the_whole_archive(
    uninterrupted: Path, server: ReplicaServer
) -> None:
    assert [row[0] for row in articles(uninterrupted)] == sorted(
        a["url"] for a in server.site.expected_articles()
    )


def stored_count(db: Path) -> int:
    """Return how many articles the database holds (0 while it does not exist yet).

    A read that meets the writer mid-commit (locked, schema still being made) is retried, so
    a busy moment never reads as an empty archive.
    """
    for _ in range(100):
        if not db.exists():
            return 0
        try:
            return query(db, "SELECT COUNT(*) FROM articles")[0][0]
        except sqlite3.Error:
            time.sleep(0.02)
    return 0


def test_backfill_killed_at_random_moments_ends_like_an_uninterrupted_one(
    server: ReplicaServer, uninterrupted: Path, tmp_path: Path
) -> None:
    """SIGKILL runs after a random number of stored articles, then let one finish."""
    db = tmp_path / "killed.db"
    rng = random.Random(6)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    # Small write batches: more commits, so the kills land between and during them.
    args = backfill_args(server, db, "-s", "KHAOSAN_DB_BATCH=10")
    command = [sys.executable, "-m", "crawler", *args]
    kills = []
    while True:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        if len(kills) == KILLS:
            assert process.wait(timeout=240) == 0
            break
        # Kill after a random number of new articles (not a random time: a fast machine would
        # finish the archive first), a moment later so some kills land inside a write.
        target = stored_count(db) + rng.randint(5, 40)
        while process.poll() is None and stored_count(db) < target:
            time.sleep(0.02)
        time.sleep(rng.uniform(0.0, 0.2))
        if process.poll() is not None:
            break  # finished before its kill: fine, the archive is done
        if stored_count(db) >= ARTICLES:
            assert process.wait(timeout=240) == 0  # all stored before the kill: let it end
            break
        process.send_signal(signal.SIGKILL)
        process.wait()
        kills.append(stored_count(db))
    assert len(kills) >= 3, f"the backfill was interrupted only {len(kills)} times"
    assert kills == sorted(kills) and kills[-1] < ARTICLES, kills  # each kill landed mid-archive
    assert articles(db) == articles(uninterrupted)
    # No article was stored twice (one version each) and the run that finished
    # fetched only articles that were not stored yet.
    assert query(db, "SELECT url FROM article_versions GROUP BY url HAVING COUNT(*) > 1") == []
    finished = query(
        db,
        "SELECT articles_unchanged, articles_updated, exit_status FROM crawl_runs "
        "WHERE finished_at IS NOT NULL ORDER BY id DESC LIMIT 1",
    )
    assert finished == [(0, 0, 0)]


def test_completed_backfill_run_again_fetches_no_article(
    server: ReplicaServer, uninterrupted: Path
) -> None:
    server.reset_log()
    result = run_khaosan(*backfill_args(server, uninterrupted), timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert server.count("article") == 0
    assert server.count("listing") == server.site.page_count


def test_restart_fetches_everything_again_and_adds_no_rows(
    server: ReplicaServer, uninterrupted: Path, tmp_path: Path
) -> None:
    db = tmp_path / "restart.db"
    db.write_bytes(uninterrupted.read_bytes())
    server.reset_log()
    result = run_khaosan(*backfill_args(server, db, "--restart"), timeout=240)
    assert result.returncode == 0, result.stderr[-2000:]
    assert server.count("article") == ARTICLES
    assert articles(db) == articles(uninterrupted)


@pytest.mark.parametrize(
    ("since", "until", "start", "end"),
    [
        ("2561-10-05", "2018-10-07", date(2018, 10, 5), date(2018, 10, 7)),  # BE since, ISO until
        ("2018-10-06", "2561-10-06", date(2018, 10, 6), date(2018, 10, 6)),  # one day
    ],
)
def test_since_until_keep_the_range_and_stop_the_walk(
    server: ReplicaServer, tmp_path: Path, since: str, until: str, start: date, end: date
) -> None:
    db = tmp_path / "range.db"
    server.reset_log()
    result = run_khaosan(
        *backfill_args(server, db, "--since", since, "--until", until), timeout=240
    )
    assert result.returncode == 0, result.stderr[-2000:]
    wanted = sorted(
        a["url"]
        for a in server.site.expected_articles()
        if start <= date.fromisoformat(a["published_at"][:10]) <= end
    )
    assert wanted and [row[0] for row in articles(db)] == wanted
    assert server.count("article") == len(wanted)  # nothing outside the range fetched
    # The walk stops at the first page entirely older than --since.
    assert server.count("listing") < server.site.page_count


def test_bad_since_is_a_one_line_error(server: ReplicaServer, tmp_path: Path) -> None:
    result = run_khaosan(*backfill_args(server, tmp_path / "x.db", "--since", "yesterday-ish"))
    assert result.returncode == 2
    assert "--since" in result.stderr and "Traceback" not in result.stderr
