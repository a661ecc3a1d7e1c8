"""A real crawl of a replica where a quarter of the routes are hostile (replica/faults.py)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import psutil
import pytest

from tests.replica.faults import TRAP_PATH, FaultServer, FaultSite

pytestmark = pytest.mark.slow  # real crawls in subprocesses

ROOT = Path(__file__).resolve().parents[1]
TIMEOUT = 2  # DOWNLOAD_TIMEOUT for these crawls, seconds
RETRIES = 2  # RETRY_TIMES in crawler/settings.py
BACKOFF = 1.0 + 2.0  # KHAOSAN_RETRY_BACKOFF_BASE * (1 + 2) for two retries
STARTUP = 30.0  # interpreter + Scrapy start and close, generous on a shared 2-core machine
MEMORY_CAP = 500 * 1024 * 1024  # bytes of peak RSS allowed for the crawl process tree


def crawl(url: str, db: Path, *args: str, timeout: float) -> tuple[int, int, str]:
    """Run `python -m crawler ...` against *url*; return (exit code, peak RSS bytes, stderr)."""
    command = [sys.executable, "-m", "crawler", *args, "industry_go_th", "--base-url", url,
               "--db", str(db), "-s", f"DOWNLOAD_TIMEOUT={TIMEOUT}"]  # fmt: skip
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc = psutil.Process(child.pid)
    peak = 0
    deadline = time.monotonic() + timeout
    while child.poll() is None:
        try:
            rss = proc.memory_info().rss + sum(c.memory_info().rss for c in proc.children(True))
            peak = max(peak, rss)
        except psutil.Error:
            pass
        if time.monotonic() > deadline:  # a hang guard, not a speed assertion
            child.kill()
            pytest.fail(f"crawl still running after {timeout:.0f} s: hung")
        time.sleep(0.05)
    _, err = child.communicate()
    return child.returncode, peak, err.decode("utf-8", "replace")


def rows(db: Path, sql: str) -> list[dict[str, Any]]:
    """Return the rows of *sql* as dicts."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def matches(failure: dict[str, Any], url: str) -> bool:
    """Return whether a failures row is about the route *url* (redirects keep their path)."""
    if failure["url"] == url or url in (failure["message"] or ""):
        return True
    return urlsplit(failure["url"]).path == urlsplit(url).path


@pytest.fixture(scope="module")
def hostile_crawl(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Crawl a FaultSite once (default listing end: a listing that answers 503 forever)."""
    site = FaultSite(articles=54, stall_seconds=4 * TIMEOUT)
    db = tmp_path_factory.mktemp("faults") / "faults.db"
    with FaultServer(site) as server:
        listing_depth = site.inner.page_count + 1
        budget = STARTUP + listing_depth * ((RETRIES + 1) * TIMEOUT + BACKOFF)
        started = time.monotonic()
        code, peak, err = crawl(server.url, db, "crawl", timeout=budget)
        elapsed = time.monotonic() - started
        hostile = site.hostile_urls()
        expected = site.expected_articles()
        hosts = dict(server.hosts_seen)
    print(f"hostile crawl: {elapsed:.1f} s (hang budget {budget:.0f} s), peak RSS {peak >> 20} MiB")
    return {"db": db, "code": code, "peak": peak, "err": err, "hostile": hostile,
            "expected": expected, "hosts": hosts, "site": site}  # fmt: skip


def test_quarter_of_routes_are_hostile(hostile_crawl: dict[str, Any]) -> None:
    site = hostile_crawl["site"]
    routes = site.inner.article_count + site.inner.page_count + len(hostile_crawl["hostile"])
    assert len(hostile_crawl["hostile"]) / routes >= 0.25


def test_crawl_exits_zero(hostile_crawl: dict[str, Any]) -> None:
    assert hostile_crawl["code"] == 0, hostile_crawl["err"][-3000:]


def test_every_good_article_stored_exactly_once(hostile_crawl: dict[str, Any]) -> None:
    stored = rows(hostile_crawl["db"], "SELECT url, title, body FROM articles")
    expected = {record["url"]: record for record in hostile_crawl["expected"]}
    assert sorted(row["url"] for row in stored) == sorted(expected)
    for row in stored:  # recovered pages (retried 500, wrong charset) hold the right text
        assert row["title"] == expected[row["url"]]["title"]
        assert row["body"] == expected[row["url"]]["body"]


@pytest.mark.parametrize(
    "kind",
    ["http503_always", "stall", "reset_mid_body", "short_body", "gzip_bomb", "oversize",
     "oversize_stream", "redirect_loop", "redirect_offsite", "pdf", "image", "empty",
     "random_bytes", "deep_nesting"],
)  # fmt: skip
def test_hostile_article_route_is_a_failure_of_its_kind(
    hostile_crawl: dict[str, Any], kind: str
) -> None:
    url = hostile_crawl["site"].fault_url(kind)
    outcome, kinds = hostile_crawl["hostile"][url]
    assert outcome == "fail"
    failures = [f for f in rows(hostile_crawl["db"], "SELECT * FROM failures") if matches(f, url)]
    assert len(failures) == 1, failures
    assert failures[0]["kind"] in kinds
    assert failures[0]["message"]


def test_failing_listing_route_is_a_failure(hostile_crawl: dict[str, Any]) -> None:
    failing = [u for u, (outcome, _) in hostile_crawl["hostile"].items()
               if outcome == "fail" and "/item/" not in u]  # fmt: skip
    assert failing
    failures = rows(hostile_crawl["db"], "SELECT * FROM failures")
    for url in failing:
        assert [f["kind"] for f in failures if matches(f, url)] == ["http"]


def test_recovering_routes_leave_no_failure(hostile_crawl: dict[str, Any]) -> None:
    recovering = [u for u, (outcome, _) in hostile_crawl["hostile"].items() if outcome == "store"]
    failures = rows(hostile_crawl["db"], "SELECT * FROM failures")
    assert recovering
    for url in recovering:
        assert not [f for f in failures if f["url"] == url]


def test_other_hosts_are_never_fetched(hostile_crawl: dict[str, Any]) -> None:
    assert set(hostile_crawl["hosts"]) == {"127.0.0.1"}
    stored = rows(hostile_crawl["db"], "SELECT url FROM articles WHERE url LIKE '%fault-leak%'")
    assert stored == []


def test_offsite_links_are_recorded(hostile_crawl: dict[str, Any]) -> None:
    site = hostile_crawl["site"]
    failures = rows(hostile_crawl["db"], "SELECT * FROM failures WHERE kind = 'offsite'")
    for kind in site.offsite_links:
        assert any(f["url"] == site.fault_url(kind) for f in failures)


def test_memory_stays_bounded(hostile_crawl: dict[str, Any]) -> None:
    assert 0 < hostile_crawl["peak"] < MEMORY_CAP


def test_database_intact(hostile_crawl: dict[str, Any]) -> None:
    assert rows(hostile_crawl["db"], "PRAGMA integrity_check") == [{"integrity_check": "ok"}]
    run = rows(hostile_crawl["db"], "SELECT exit_status, finished_at FROM crawl_runs")
    assert len(run) == 1 and run[0]["finished_at"] and run[0]["exit_status"] == 0


def test_fault_site_ground_truth() -> None:
    site = FaultSite(articles=20)
    hostile = site.hostile_urls()
    assert json.dumps(sorted(hostile))  # JSON-able, every route named
    stored = {u for u, (outcome, _) in hostile.items() if outcome == "store" and "/item/" in u}
    assert stored <= {record["url"] for record in site.expected_articles()}


@pytest.mark.parametrize("mode", ["crawl", "backfill"])
def test_endless_pagination_stops(tmp_path: Path, mode: str) -> None:
    site = FaultSite(articles=20, faults=(), offsite_links=(), listing_faults={},
                     listing_end="trap")  # fmt: skip
    with FaultServer(site) as server:
        code, _, err = crawl(server.url, tmp_path / "trap.db", mode, timeout=STARTUP + 30)
        trap_pages = site.hits(site.prefix + TRAP_PATH)
    assert code == 0, err[-2000:]
    assert trap_pages <= 2
    assert len(rows(tmp_path / "trap.db", "SELECT url FROM articles")) == 20
