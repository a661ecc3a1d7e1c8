"""Incremental runs over a 2,000-article replica: cheap when nothing is new, exact when 5 are."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import crawl_replica

from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer
from pipelines.store import ArticleStore

pytestmark = pytest.mark.slow

ARTICLES = 2000
PAGE_SIZE = 10


def crawl(server: ReplicaServer, db: Path, *extra: str) -> Any:
    return crawl_replica(server, db, *extra)


def stored_urls(db: Path) -> set[str]:
    conn = sqlite3.connect(db)
    try:
        return {url for (url,) in conn.execute("SELECT url FROM articles")}
    finally:
        conn.close()


def last_run(db: Path) -> dict[str, Any]:
    store = ArticleStore(db, readonly=True)
    try:
        return store.last_runs(limit=1)[0]
    finally:
        store.close()


@pytest.fixture(scope="module")
def state(tmp_path_factory: pytest.TempPathFactory) -> Any:
    """A 2,000-article replica and a database that already holds all 2,000 articles.

    The database is filled through the store with the replica's URLs (what a first full
    crawl leaves behind as far as incremental runs care), since crawling 2,000 pages takes
    a minute; tests/test_crawl_e2e.py covers the real first crawl.
    """
    db = tmp_path_factory.mktemp("incremental") / "khaosan.db"
    with ReplicaServer(K2Site(ARTICLES, page_size=PAGE_SIZE)) as server:
        store = ArticleStore(db)
        try:
            store.upsert_many(
                {"url": a["url"], "site": "industry_go_th"}
                for a in server.site.iter_expected_articles()
            )
        finally:
            store.close()
        yield {"server": server, "db": db}


def test_unchanged_replica_fetches_only_the_first_listing_page_and_recheck_window(state):
    server, db = state["server"], state["db"]
    server.reset_log()
    result = crawl(server, db)
    assert result.returncode == 0, result.stderr[-2000:]
    assert server.count("listing") == 1  # page 1 holds only known articles: stop there
    assert server.count("article") == PAGE_SIZE  # the re-check window (1 page) is re-fetched
    assert server.count() <= 1 + PAGE_SIZE + 1  # plus robots.txt, nothing else
    assert len(stored_urls(db)) == ARTICLES
    assert last_run(db)["articles_new"] == 0


def test_five_new_articles_are_exactly_what_the_next_run_stores(state):
    server, db = state["server"], state["db"]
    before = stored_urls(db)
    new_urls = set(server.site.publish(5))
    server.reset_log()
    result = crawl(server, db)
    assert result.returncode == 0, result.stderr[-2000:]
    assert stored_urls(db) - before == new_urls
    assert len(stored_urls(db)) == ARTICLES + 5
    assert last_run(db)["articles_new"] == 5
    # Page 1 had new articles, so page 2 was looked at; it held none, so the walk stopped.
    assert server.count("listing") == 2
    assert server.count("article") == PAGE_SIZE  # 5 new + 5 known re-checked on page 1


@pytest.mark.parametrize("pages", [0, 3])
def test_recheck_window_is_the_setting(state, pages: int):
    server, db = state["server"], state["db"]
    server.reset_log()
    result = crawl(server, db, "-s", f"KHAOSAN_RECHECK_PAGES={pages}")
    assert result.returncode == 0, result.stderr[-2000:]
    assert server.count("listing") == max(pages, 1)
    assert server.count("article") == pages * PAGE_SIZE
