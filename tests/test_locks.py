"""One run per site and database: a second run is refused, a killed run leaves no stale lock."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import ROOT, has_run_row, run_khaosan

from crawler.locks import RunLock, RunLocked
from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer
from pipelines.store import ArticleStore

HOLD_LOCK = """
import sys, time
from crawler.locks import RunLock
lock = RunLock(sys.argv[1], sys.argv[2]).acquire()
print("locked", flush=True)
time.sleep(120)
"""


def test_second_lock_on_same_site_and_db_is_refused_naming_the_holder(tmp_db: Path) -> None:
    with RunLock(tmp_db, "industry_go_th"):
        with pytest.raises(RunLocked) as refused:
            RunLock(tmp_db, "industry_go_th").acquire()
    message = str(refused.value)
    assert "industry_go_th" in message and "already in progress" in message
    assert f"pid {os.getpid()}" in message


def test_other_sites_and_other_databases_do_not_conflict(tmp_path: Path) -> None:
    with RunLock(tmp_path / "a.db", "industry_go_th"):
        with RunLock(tmp_path / "a.db", "other_go_th"):
            with RunLock(tmp_path / "b.db", "industry_go_th"):
                pass


def test_released_lock_can_be_taken_again(tmp_db: Path) -> None:
    with RunLock(tmp_db, "industry_go_th"):
        pass
    with RunLock(tmp_db, "industry_go_th"):
        pass


def test_lock_of_a_killed_process_does_not_block(tmp_db: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(tmp_db), "industry_go_th"],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(RunLocked):
            RunLock(tmp_db, "industry_go_th").acquire()
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
    assert RunLock(tmp_db, "industry_go_th").path.exists()  # the file stays: it is no lock
    with RunLock(tmp_db, "industry_go_th"):
        pass


@pytest.mark.slow  # a subprocess
@pytest.mark.parametrize("command", ["crawl", "backfill"])
def test_cli_refuses_a_run_while_another_holds_the_lock(tmp_db: Path, command: str) -> None:
    with ReplicaServer(K2Site(10)) as server, RunLock(tmp_db, "industry_go_th"):
        result = run_khaosan(
            command, "industry_go_th", "--base-url", server.url, "--db", str(tmp_db)
        )
        assert server.count() == 0  # refused before fetching anything
    assert result.returncode == 2
    assert "already in progress" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.slow
def test_second_concurrent_crawl_is_refused_and_ctrl_c_ends_the_first_cleanly(
    tmp_db: Path,
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with ReplicaServer(K2Site(2000)) as server:
        first = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "crawler",
                "crawl",
                "industry_go_th",
                "--base-url",
                server.url,
                "--db",
                str(tmp_db),
                "--log-level",
                "WARNING",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        lock_file = RunLock(tmp_db, "industry_go_th").path
        while first.poll() is None and not (
            lock_file.exists() and lock_file.read_text().strip() == str(first.pid)
        ):
            time.sleep(0.05)
        assert first.poll() is None, "the first run ended before the test could race it"
        second = run_khaosan(
            "crawl", "industry_go_th", "--base-url", server.url, "--db", str(tmp_db)
        )
        # Ctrl-C once the first run is crawling (its run row exists), not during start-up.
        while first.poll() is None and not has_run_row(tmp_db):
            time.sleep(0.05)
        first.send_signal(signal.SIGINT)  # Ctrl-C: a graceful stop that records the run
        first.wait(timeout=240)
    assert second.returncode == 2
    assert f"already in progress (pid {first.pid})" in second.stderr
    store = ArticleStore(tmp_db, readonly=True)
    try:
        (run,) = store.last_runs()
    finally:
        store.close()
    assert run["finished_at"] and "interrupted (shutdown)" in run["summary"]
    with RunLock(tmp_db, "industry_go_th"):
        pass


def test_a_symlink_or_relative_path_to_the_database_is_the_same_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "store").mkdir()
    real = tmp_path / "store" / "k.db"
    link = tmp_path / "link.db"
    link.symlink_to(real)
    monkeypatch.chdir(tmp_path)
    with RunLock(real, "industry_go_th"):
        with pytest.raises(RunLocked):
            RunLock(link, "industry_go_th").acquire()
        with pytest.raises(RunLocked):
            RunLock("store/../store/k.db", "industry_go_th").acquire()
        with RunLock(link, "other_go_th"):
            pass
