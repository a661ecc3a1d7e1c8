"""Durability: SIGKILL during writes and a full disk leave a whole, intact database."""

from __future__ import annotations

import os
import random
import resource
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from crawler.replica import K2Site, ReplicaServer

pytestmark = pytest.mark.slow  # real crawls in subprocesses

ROOT = Path(__file__).resolve().parents[1]
KILLS = 3  # SIGKILLs per test run, at random moments while articles are being written


@pytest.fixture(scope="module")
def server() -> Iterator[ReplicaServer]:
    with ReplicaServer(K2Site(articles=120, page_size=20)) as replica:
        yield replica


def start_crawl(url: str, db: Path, **popen: object) -> subprocess.Popen[bytes]:
    command = [sys.executable, "-m", "crawler", "backfill", "industry_go_th", "--base-url", url,
               "--db", str(db), "-s", "KHAOSAN_DB_BATCH=5"]  # fmt: skip
    return subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **popen
    )


def count_articles(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def check_whole(db: Path) -> int:
    """Assert the database is intact and holds only whole articles; return the article count."""
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        broken = conn.execute(
            """SELECT url FROM articles a WHERE title IS NULL OR body IS NULL
               OR content_hash IS NULL OR NOT EXISTS (
                   SELECT 1 FROM article_versions v
                   WHERE v.url = a.url AND v.content_hash = a.content_hash
                     AND v.title IS a.title AND v.body IS a.body)"""
        ).fetchall()
        assert broken == []
        orphans = conn.execute(
            "SELECT COUNT(*) FROM article_versions WHERE url NOT IN (SELECT url FROM articles)"
        ).fetchone()[0]
        assert orphans == 0
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    finally:
        conn.close()


@pytest.mark.timeout(240)
def test_sigkill_during_writes_leaves_whole_articles(server: ReplicaServer, tmp_path: Path) -> None:
    db = tmp_path / "kill.db"
    rng = random.Random(8)
    total = server.site.article_count
    before = 0
    for _ in range(KILLS):
        child = start_crawl(server.url, db)
        target = before + rng.randint(1, 20)
        deadline = time.monotonic() + 90
        while child.poll() is None and count_articles(db) < target:
            assert time.monotonic() < deadline, "crawl made no progress"
            time.sleep(0.02)
        time.sleep(rng.random() * 0.3)  # land inside a later batch's write
        if child.poll() is None:
            child.send_signal(signal.SIGKILL)
        child.wait()
        before = check_whole(db)
    child = start_crawl(server.url, db)  # a last (backfill) run finishes the job
    assert child.wait(timeout=180) == 0
    assert check_whole(db) == total


def _limit_file_size(limit: int) -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # write() fails with EFBIG instead of killing
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))


@pytest.mark.timeout(120)
def test_full_disk_stops_with_clear_message(server: ReplicaServer, tmp_path: Path) -> None:
    db = tmp_path / "full.db"
    from pipelines.store import ArticleStore

    ArticleStore(db).close()  # schema in place; the crawl then hits the file size limit
    limit = os.path.getsize(db) + 48 * 1024
    child = start_crawl(server.url, db, preexec_fn=lambda: _limit_file_size(limit))
    _, err = child.communicate(timeout=110)
    message = err.decode("utf-8", "replace")
    assert child.returncode != 0
    assert "disk" in message.lower() and str(db) in message
    stored = check_whole(db)
    assert stored < server.site.article_count
