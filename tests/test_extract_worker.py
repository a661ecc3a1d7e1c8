"""The extraction worker: pages read in a process beside the crawl, as the crawl would read them."""

from __future__ import annotations

import sqlite3
import sys
import threading
import time
from concurrent.futures import wait
from pathlib import Path

import psutil
import pytest
from conftest import ROOT, crawl_replica

from crawler.extract_client import AUTO_AFTER_PAGES, ExtractClient, WorkerGone, worker_after
from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer
from pipelines.extract_worker import Job, run_job
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import has_page_text, normalize_article

K2_FIXTURES = [  # article pages (a listing page has no article to compare)
    path
    for path in sorted((ROOT / "tests" / "fixtures" / "k2").glob("article_*.html"))[:13]
    if "listing" not in path.stem
]


def page_job(text: str, url: str = "http://127.0.0.1/item/1", cms: str = "k2") -> Job:
    return Job(cms=cms, text=text, encoding="utf-8", url=url, site="test")


def news_page(number: int) -> str:
    return (
        f"<html><head><title>สำนักงาน</title></head><body><h1>ข่าวที่ {number}</h1>"
        f"<div class='itemFullText'><p>เนื้อความของข่าวที่ {number} ว่าด้วยการประชุม</p></div>"
        "</body></html>"
    )


@pytest.mark.parametrize("path", K2_FIXTURES, ids=lambda p: p.stem)
def test_the_worker_reads_a_page_as_the_crawl_process_does(path: Path) -> None:
    page = Page.from_bytes(path.read_bytes())  # decoded as the crawl decodes (windows-874 ...)
    url = "http://127.0.0.1/industry/index.php/th/item/1"
    here = normalize_article(read_article(layout("k2"), page, url, site="test"))
    job = Job(cms="k2", text=page.text, encoding=page.encoding, url=url, site="test")
    result = run_job(job)
    assert result.error is None and result.article is not None
    assert result.article.normalized
    assert result.article.record() == here.record()


def test_a_layout_error_comes_back_as_an_error_not_an_exception() -> None:
    result = run_job(page_job(news_page(1), cms="no-such-family"))
    assert result.article is None
    assert result.error is not None and result.error.startswith("UnknownLayout")


def test_a_page_without_text_comes_back_for_the_no_article_check() -> None:
    result = run_job(page_job("<html><body><div><p> </p></div></body></html>"))
    assert result.article is not None and not result.article.normalized
    assert not has_page_text(result.article)  # the crawl's middleware records it as a failure


def test_worker_setting() -> None:
    assert worker_after("on") == 0 and worker_after("off") is None
    assert worker_after("auto") in (AUTO_AFTER_PAGES, None)  # None on a one-CPU machine
    with pytest.raises(ValueError, match="auto, on or off"):
        worker_after("sometimes")


def test_each_result_reaches_its_own_job() -> None:
    client = ExtractClient()
    try:
        futures = [
            client.submit(page_job(news_page(n), f"http://127.0.0.1/{n}")) for n in range(40)
        ]
        wait(futures, timeout=60)
        titles = [f.result().article.title for f in futures]  # type: ignore[union-attr]
    finally:
        client.close()
    assert titles == [f"ข่าวที่ {n}" for n in range(40)]


def test_close_answers_every_open_job_first() -> None:
    client = ExtractClient()
    futures = [client.submit(page_job(news_page(n))) for n in range(20)]
    client.close()
    assert all(f.done() and f.exception() is None for f in futures)
    later = client.submit(page_job(news_page(99)))
    assert isinstance(later.exception(timeout=5), WorkerGone)


def test_a_worker_that_dies_fails_its_jobs_and_every_later_one() -> None:
    # a "worker" that reads one byte and exits without answering
    client = ExtractClient([sys.executable, "-c", "import sys; sys.stdin.buffer.read(1)"])
    try:
        first = client.submit(page_job(news_page(1)))
        assert isinstance(first.exception(timeout=30), WorkerGone)
        later = client.submit(page_job(news_page(2)))
        assert isinstance(later.exception(timeout=5), WorkerGone)
    finally:
        client.close()


def test_a_worker_that_cannot_start_fails_jobs_at_once() -> None:
    client = ExtractClient(["/nonexistent/python-for-khaosan"])
    future = client.submit(page_job(news_page(1)))
    assert isinstance(future.exception(timeout=5), WorkerGone)
    client.close()


def test_the_shared_worker_stops_with_its_last_user() -> None:
    first = ExtractClient.acquire()
    second = ExtractClient.acquire()
    assert first is second and first.process is not None
    process = first.process
    first.release()
    assert process.poll() is None  # one user left
    second.release()
    assert process.poll() is not None and ExtractClient._shared is None


# -- real crawls -----------------------------------------------------------------------------


def stored(db: Path) -> list[tuple]:
    conn = sqlite3.connect(db)
    try:
        return conn.execute(
            "SELECT url, title, published_at, modified_at, view_count, source, body, images,"
            " attachments, tags, problems FROM articles ORDER BY url"
        ).fetchall()
    finally:
        conn.close()


@pytest.mark.slow
def test_a_crawl_stores_the_same_records_with_and_without_the_worker(tmp_path: Path) -> None:
    runs = {}
    with ReplicaServer(K2Site(60)) as server:
        for setting in ("on", "off", "auto"):
            runs[setting] = crawl_replica(
                server,
                tmp_path / f"{setting}.db",
                "-s",
                f"KHAOSAN_EXTRACT_WORKER={setting}",
                "--log-level",
                "INFO",
            )
    for result in runs.values():
        assert result.returncode == 0, result.stderr[-2000:]
    assert "'khaosan/article_pages_by_worker': 60" in runs["on"].stderr
    assert "article_pages_by_worker" not in runs["off"].stderr
    if worker_after("auto") is not None:  # the first pages read in the crawl process
        assert f"'khaosan/article_pages_by_worker': {60 - AUTO_AFTER_PAGES}," in runs["auto"].stderr
    records = stored(tmp_path / "on.db")
    assert len(records) == 60
    assert records == stored(tmp_path / "off.db") == stored(tmp_path / "auto.db")


@pytest.mark.slow
def test_a_killed_worker_loses_no_article(tmp_path: Path) -> None:
    killed: list[int] = []

    def kill_the_worker_mid_crawl() -> None:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and not killed:
            for process in psutil.process_iter(["cmdline"]):
                cmdline = process.info["cmdline"] or []
                if "pipelines.extract_worker" in cmdline and process.ppid() == crawl_pid():
                    try:
                        if process.cpu_times().user > 0.3:  # it has read some pages
                            process.kill()
                            killed.append(process.pid)
                    except psutil.NoSuchProcess:
                        pass
            time.sleep(0.05)

    def crawl_pid() -> int | None:
        for process in psutil.Process().children():
            if "crawler" in process.cmdline():
                return process.pid
        return None

    killer = threading.Thread(target=kill_the_worker_mid_crawl, daemon=True)
    with ReplicaServer(K2Site(400)) as server:
        killer.start()
        result = crawl_replica(server, tmp_path / "k.db", "-s", "KHAOSAN_EXTRACT_WORKER=on")
        killer.join(5)
        expected = sorted(a["url"] for a in server.site.expected_articles())
    assert killed, "the worker was never seen running"
    assert result.returncode == 0, result.stderr[-2000:]
    assert "read in the crawl process" in result.stderr
    assert [row[0] for row in stored(tmp_path / "k.db")] == expected
