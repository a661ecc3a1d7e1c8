"""Many processes, one database: concurrent crawls, a backfill, readers and a SIGKILL lose nothing.

Each round (tests/concurrency.py) runs four crawls of four replica sites and a backfill of a
fifth into one database, with two reader processes looping over search, stats and export, and
one crawl SIGKILLed once it has stored something and then run again. The processes reach the
database by its real path, through a symlink in another folder and by a relative path.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.concurrency import run_round

ROUNDS = int(os.environ.get("KHAOSAN_STRESS_ROUNDS", "10"))


@pytest.mark.slow
@pytest.mark.timeout(240 * ROUNDS)
def test_concurrent_runs_keep_every_article_once_and_the_file_intact(tmp_path: Path) -> None:
    for number in range(ROUNDS):
        workdir = tmp_path / f"round{number}"
        workdir.mkdir()
        result = run_round(workdir)
        where = f"round {number}: {result.errors}"
        assert result.integrity == "ok", where
        assert result.duplicates == 0, where
        assert {site: urls for site, urls in result.missing.items() if urls} == {}, where
        assert result.incomplete_runs == [], where
        assert result.count_mismatches == {}, where
        assert result.crawl_statuses == dict.fromkeys(result.crawl_statuses, 0), where
        assert result.killed, "the SIGKILLed crawl had finished before the kill"
        assert result.reader_failures == [], where
        assert result.reader_calls > 0


HOLD_WRITE_LOCK = """
import sqlite3, sys, time
db, seconds = sys.argv[1], float(sys.argv[2])
deadline = time.monotonic() + 60
while time.monotonic() < deadline:  # wait for the crawl's run row, then take the write lock
    try:
        conn = sqlite3.connect(db, timeout=10, isolation_level=None)
        if conn.execute("SELECT COUNT(*) FROM crawl_runs").fetchone()[0]:
            break
        conn.close()
    except sqlite3.Error:
        pass
    time.sleep(0.005)
conn.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
time.sleep(seconds)
conn.execute("ROLLBACK")
"""


@pytest.mark.slow
@pytest.mark.timeout(180)
def test_a_run_that_cannot_commit_exits_1_and_says_so(tmp_path: Path) -> None:
    import subprocess
    import sys

    from crawler.replica.k2 import K2Site
    from crawler.replica.server import ReplicaServer
    from pipelines.store import ArticleStore
    from tests.conftest import ROOT, crawl_replica

    db = tmp_path / "k.db"
    ArticleStore(db).close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(db), "60"],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        with ReplicaServer(K2Site(200)) as server:
            result = crawl_replica(server, db, "-s", "KHAOSAN_DB_BUSY_TIMEOUT_MS=300")
    finally:
        holder.kill()
        holder.wait()
    assert result.returncode == 1, result.stderr[-2000:]
    assert "Exit 1 (could not work)" in result.stderr
    assert "database not written" in result.stderr and "locked" in result.stderr
    assert "Exit 0" not in result.stderr
    with ArticleStore(db, readonly=True) as store:
        (run,) = store.last_runs()
        stored = len(store.known_urls("industry_go_th"))
    assert run["finished_at"] is None  # its end could not be written either
    assert stored == run["articles_new"]  # what the row says was committed is what is there
