"""The background indexer (issue 18): a crawl queues texts, a separate process indexes them.

Real database files and real processes: the indexer is started as the crawl starts it, fed
through the store, stopped by closing its input or by the death of its parent.
"""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from test_store import make_record

import pipelines.index_queue as index_queue
from crawler.cli_db import index, search, stats
from pipelines.indexer import BackgroundIndexer, connect
from pipelines.search import search as run_search
from pipelines.store import ArticleStore

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "khaosan.db"
    ArticleStore(path).close()  # created and migrated
    return path


def urls_found(store: ArticleStore, query: str) -> set[str]:
    return {r["url"] for r in run_search(store, query, limit=100)}


def count(path: Path, table: str) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def test_deferred_store_queues_instead_of_indexing(db: Path) -> None:
    with ArticleStore(db, defer_index=True) as store:
        store.upsert_many([make_record(1), make_record(2)])
        assert store.queued_for_index() == 2
        assert urls_found(store, "กระทรวงอุตสาหกรรม") == set()
        assert store.index_queued() == 2
        assert store.queued_for_index() == 0
        assert urls_found(store, "กระทรวงอุตสาหกรรม") == {
            make_record(1)["url"],
            make_record(2)["url"],
        }


def test_unchanged_text_is_not_queued_again_and_changed_text_is(db: Path) -> None:
    with ArticleStore(db, defer_index=True) as store:
        store.upsert(make_record(1))
        store.index_queued()
        store.upsert(make_record(1, view_count=99, content_hash="other"))  # same text
        assert store.queued_for_index() == 0
        store.upsert(make_record(1, body="ข่าวโรงงานน้ำตาลทราย", content_hash="new"))
        assert store.queued_for_index() == 1
        assert urls_found(store, "ยั่งยืน") == set()  # the old text left the index at once
        store.index_queued()
        assert urls_found(store, "โรงงาน") == {make_record(1)["url"]}
        assert urls_found(store, "ยั่งยืน") == set()


def test_index_keeps_the_order_articles_were_stored_in(db: Path) -> None:
    with ArticleStore(db, defer_index=True) as store:
        for n in (5, 3, 9, 1):
            store.upsert(make_record(n))
        while store.index_queued(limit=1):
            pass
        order = [u for (u,) in store.conn.execute("SELECT url FROM articles_segmented ORDER BY id")]
    assert order == [make_record(n)["url"] for n in (5, 3, 9, 1)]


def test_text_changed_while_segmenting_is_not_indexed_stale(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with ArticleStore(db, defer_index=True) as store:
        store.upsert(make_record(1))
    real_segment = index_queue.segment
    changed = []

    def segment_and_change(text: str | None) -> str:
        if not changed:  # another writer updates the article while this batch segments
            changed.append(True)
            with ArticleStore(db, defer_index=True) as other:
                other.upsert(make_record(1, body="ข่าวโรงงานน้ำตาลทราย", content_hash="new"))
        return real_segment(text)

    monkeypatch.setattr(index_queue, "segment", segment_and_change)
    conn = connect(str(db))
    try:
        assert index_queue.index_batch(conn) == 0  # the text it read is no longer the article's
        assert count(db, "articles_segmented") == 0
        assert index_queue.drain(conn) == 1
    finally:
        conn.close()
    with ArticleStore(db) as store:
        assert urls_found(store, "โรงงาน") == {make_record(1)["url"]}
        assert urls_found(store, "ยั่งยืน") == set()


def test_deleted_article_leaves_the_queue(db: Path) -> None:
    with ArticleStore(db, defer_index=True) as store:
        store.upsert(make_record(1))
        with store.conn:
            store.conn.execute("DELETE FROM articles")
        assert store.index_queued() == 1
        assert store.queued_for_index() == 0
        assert count(db, "articles_segmented") == 0


def test_indexer_process_follows_until_its_input_closes(db: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "pipelines.indexer", str(db), "--follow"],
        stdin=subprocess.PIPE,
        cwd=ROOT,
    )
    try:
        with ArticleStore(db, defer_index=True) as store:
            store.upsert_many([make_record(n) for n in range(1, 6)])
            deadline = time.monotonic() + 20
            while store.queued_for_index() and time.monotonic() < deadline:
                time.sleep(0.05)
            assert store.queued_for_index() == 0  # indexed while the input is still open
            assert process.poll() is None
            store.upsert_many([make_record(n) for n in range(6, 9)])
    finally:
        assert process.stdin is not None
        process.stdin.close()
    assert process.wait(timeout=30) == 0
    assert count(db, "index_queue") == 0
    assert count(db, "articles_segmented") == 8  # what was queued before the close, too


def test_indexer_drains_and_exits_when_its_parent_is_killed(db: Path) -> None:
    # A parent that starts the indexer as a crawl does, queues articles and dies (SIGKILL).
    parent = textwrap.dedent(
        f"""
        import os, signal, sys
        sys.path.insert(0, {str(ROOT)!r}); sys.path.insert(0, {str(ROOT / "tests")!r})
        from test_store import make_record
        from pipelines.indexer import BackgroundIndexer
        from pipelines.store import ArticleStore
        indexer = BackgroundIndexer.acquire({str(db)!r})
        print(indexer.process.pid, flush=True)
        with ArticleStore({str(db)!r}, defer_index=True) as store:
            store.upsert_many([make_record(n) for n in range(1, 21)])
        os.kill(os.getpid(), signal.SIGKILL)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", parent], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == -9, result.stderr
    child = int(result.stdout.split()[0])
    deadline = time.monotonic() + 30
    while _alive(child) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(child)
    assert count(db, "index_queue") == 0
    assert count(db, "articles_segmented") == 20


def _alive(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return status != "Z"


def test_a_failed_indexer_process_is_replaced_by_indexing_in_the_crawl(db: Path) -> None:
    indexer = BackgroundIndexer(str(db))
    indexer.process = subprocess.Popen([sys.executable, "-c", "exit(3)"], stdin=subprocess.PIPE)
    with ArticleStore(db, defer_index=True) as store:
        store.upsert_many([make_record(1), make_record(2)])
    indexer.stop()
    assert count(db, "index_queue") == 0
    assert count(db, "articles_segmented") == 2


def test_crawlers_of_one_process_share_one_indexer(db: Path) -> None:
    first = BackgroundIndexer.acquire(str(db))
    second = BackgroundIndexer.acquire(str(db))
    assert first is second and first.users == 2
    process = first.process
    assert process is not None
    with ArticleStore(db, defer_index=True) as store:
        store.upsert(make_record(1))
    second.release()
    assert process.poll() is None  # one crawler still runs
    first.release()
    assert process.returncode == 0
    assert count(db, "articles_segmented") == 1


def test_cli_index_stats_and_search_tell_about_the_queue(db: Path) -> None:
    with ArticleStore(db, defer_index=True) as store:
        store.upsert_many([make_record(1), make_record(2)])
    runner = CliRunner()
    shown = runner.invoke(stats, ["--db", str(db)])
    assert "Waiting for the search index: 2 articles" in shown.output
    found = runner.invoke(search, ["กระทรวงอุตสาหกรรม", "--db", str(db)])
    assert "2 stored articles are not searchable yet" in found.output
    done = runner.invoke(index, ["--db", str(db)])
    assert done.exit_code == 0 and "2 articles indexed" in done.output
    found = runner.invoke(search, ["กระทรวงอุตสาหกรรม", "--db", str(db), "--json"])
    assert found.output.count('"url"') == 2
    assert "not searchable" not in found.output


def test_a_crawls_pipeline_never_segments_in_the_crawl_process(
    db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """KHAOSAN_INDEXER = "process": the crawl process never loads the segmenter's dictionary."""
    from test_store import fake_crawler

    from crawler.items import Article
    from pipelines.store import SQLitePipeline

    def refuse(text: str | None) -> str:
        raise AssertionError("segmented in the crawl process")

    monkeypatch.setattr("pipelines.store.segment", refuse)
    monkeypatch.setattr("pipelines.index_queue.segment", refuse)
    crawler = fake_crawler(db, batch=2)
    crawler.settings["KHAOSAN_INDEXER"] = "process"
    pipeline = SQLitePipeline.from_crawler(crawler)
    pipeline.open_spider()
    for n in (1, 2, 3):
        pipeline.process_item(Article(**make_record(n)))
    pipeline.close_spider()  # waits for the indexer process, which segments on its own
    assert count(db, "index_queue") == 0
    assert count(db, "articles_segmented") == 3
