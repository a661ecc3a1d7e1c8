"""Issue 2 acceptance: a real crawl of the replica in a subprocess, checked field by field."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ROOT, crawl_replica

from crawler.replica.k2 import K2Site
from crawler.replica.server import ReplicaServer

pytestmark = pytest.mark.slow

ARTICLES = 120
FIELDS = (
    "url",
    "title",
    "published_at",
    "modified_at",
    "view_count",
    "source",
    "images",
    "attachments",
    "tags",
    "category",
    "body",
)
JSON_FIELDS = ("images", "attachments", "tags")


def crawl(server: ReplicaServer, db: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    """Run `python -m crawler crawl industry_go_th` against the replica."""
    return crawl_replica(server, db, *extra)


def rows(db: Path, sql: str = "SELECT * FROM articles", params: tuple = ()) -> list[dict]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql, params)]
    finally:
        conn.close()


@pytest.fixture(scope="module")
def server() -> Any:
    with ReplicaServer(K2Site(ARTICLES, broken_listing_link=True)) as replica:
        yield replica


@pytest.fixture(scope="module")
def first(server: ReplicaServer, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    db = tmp_path_factory.mktemp("e2e") / "khaosan.db"
    result = crawl(server, db)
    return {"db": db, "result": result, "rows": rows(db)}


def test_first_crawl_exits_0_with_a_summary(first: dict[str, Any]) -> None:
    result = first["result"]
    assert result.returncode == 0, result.stderr[-2000:]
    assert "Traceback" not in result.stderr
    summary = [line for line in result.stderr.splitlines() if "Exit 0 (worked)" in line]
    assert summary and f"{ARTICLES} new articles" in summary[0]


def test_every_article_is_stored_exactly_once(first: dict[str, Any], server: ReplicaServer):
    urls = [row["url"] for row in first["rows"]]
    assert len(urls) == len(set(urls))
    assert sorted(urls) == sorted(a["url"] for a in server.site.expected_articles())


def test_every_article_is_searchable_when_the_crawl_ends(first: dict[str, Any]) -> None:
    # The crawl stored without segmenting (its indexer process did): nothing is left waiting.
    db = first["db"]
    assert rows(db, "SELECT * FROM index_queue") == []
    indexed = rows(db, "SELECT url FROM articles_segmented")
    assert sorted(r["url"] for r in indexed) == sorted(r["url"] for r in first["rows"])
    settings = json.loads(rows(db, "SELECT settings FROM crawl_runs")[0]["settings"])
    assert settings["KHAOSAN_INDEXER"] == "process"


@pytest.mark.parametrize("field", FIELDS)
def test_stored_field_equals_ground_truth(
    first: dict[str, Any], server: ReplicaServer, field: str
) -> None:
    expected = {a["url"]: a[field] for a in server.site.expected_articles()}
    stored = {}
    for row in first["rows"]:
        value = row[field]
        stored[row["url"]] = json.loads(value) if field in JSON_FIELDS else value
    wrong = {
        url: (stored.get(url), value) for url, value in expected.items() if stored.get(url) != value
    }
    assert not wrong, f"{len(wrong)} articles differ in {field}, e.g. {next(iter(wrong.items()))}"


def test_listing_link_answering_404_is_a_failure_row(
    first: dict[str, Any], server: ReplicaServer
) -> None:
    failures = rows(first["db"], "SELECT url, kind, http_status FROM failures")
    assert failures == [{"url": server.site.broken_urls()[0], "kind": "http", "http_status": 404}]


def test_run_row_holds_counts_status_and_summary(first: dict[str, Any]) -> None:
    (run,) = rows(first["db"], "SELECT * FROM crawl_runs")
    assert (run["site"], run["mode"], run["articles_new"], run["failures"], run["exit_status"]) == (
        "industry_go_th",
        "crawl",
        ARTICLES,
        1,
        0,
    )
    assert run["finished_at"] and "Exit 0 (worked)" in run["summary"]


def test_second_crawl_adds_nothing_and_keeps_first_seen(
    first: dict[str, Any], server: ReplicaServer
) -> None:
    before = {r["url"]: r["first_seen_at"] for r in rows(first["db"])}
    result = crawl(server, first["db"])
    assert result.returncode == 0, result.stderr[-2000:]
    after = {r["url"]: r["first_seen_at"] for r in rows(first["db"])}
    assert after == before
    last = rows(first["db"], "SELECT * FROM crawl_runs ORDER BY id DESC LIMIT 1")[0]
    assert (last["articles_new"], last["articles_updated"]) == (0, 0)


def test_scrapy_crawl_from_the_project_root_does_the_same(
    first: dict[str, Any], server: ReplicaServer, tmp_path: Path
) -> None:
    db = tmp_path / "scrapy.db"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "scrapy",
            "crawl",
            "industry_go_th",
            "-a",
            f"base_url={server.url}",
            "-s",
            f"KHAOSAN_DB={db}",
            "-s",
            "LOG_LEVEL=WARNING",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    fields = ", ".join(FIELDS)
    sql = f"SELECT {fields} FROM articles ORDER BY url"
    assert rows(db, sql) == rows(first["db"], sql)
    assert len(rows(db, "SELECT url FROM failures")) == 1
