"""Migrations: from an empty database, from the previous schema, re-runs; the index triggers."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from crawler.items import RECORD_FIELDS
from pipelines import schema
from pipelines.export import export_sql
from pipelines.search import search
from pipelines.store import DEFAULT_BUSY_TIMEOUT_MS, MONTHS_SQL, ArticleStore

TABLES = {
    "articles": list(RECORD_FIELDS),
    "article_versions": [
        "url",
        "version",
        "captured_at",
        "content_hash",
        "title",
        "body",
        "published_at",
        "modified_at",
        "source",
        "attachments",
        "run_id",
    ],
    "view_counts": ["url", "observed_at", "count", "run_id"],
    "crawl_runs": [
        "id",
        "site",
        "mode",
        "started_at",
        "finished_at",
        "pages_fetched",
        "articles_new",
        "articles_updated",
        "articles_unchanged",
        "failures",
        "exit_status",
        "settings",
        "summary",
    ],
    "failures": ["id", "url", "site", "run_id", "kind", "http_status", "message", "failed_at"],
    "articles_segmented": ["id", "url", "title", "body"],
    "stream_applied": ["stream", "consumer_group", "last_ms", "last_seq", "applied_at"],
}


def table_info(conn: sqlite3.Connection, table: str) -> list[tuple[str, str]]:
    return [(row[1], row[2]) for row in conn.execute(f"PRAGMA table_info({table})")]


def test_migrate_from_empty_creates_every_table_with_explicit_types(tmp_path: Path) -> None:
    with ArticleStore(tmp_path / "k.db") as store:
        for table, columns in TABLES.items():
            info = table_info(store.conn, table)
            assert [name for name, _ in info] == columns
            assert all(kind in ("TEXT", "INTEGER") for _, kind in info), (table, info)
        indexes = {row[1] for row in store.conn.execute("PRAGMA index_list(articles)")}
        assert {
            "idx_articles_site_published",
            "idx_articles_published_at",
            "idx_articles_last_seen_at",
        } <= indexes
        fts = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE name = 'articles_fts'"
        ).fetchone()[0]
        assert "fts5" in fts and "Mn Mc" in fts
        assert schema.applied_names(store.conn) == list(schema.MIGRATION_NAMES)
        assert store.conn.execute("PRAGMA journal_mode").fetchone() == ("wal",)
        assert store.conn.execute("PRAGMA busy_timeout").fetchone() == (DEFAULT_BUSY_TIMEOUT_MS,)


def test_stats_and_export_read_the_site_published_index(tmp_path: Path) -> None:
    """At a million articles a scan of the rows (bodies inline) or a sort takes minutes."""
    with ArticleStore(tmp_path / "k.db") as store:
        sql = export_sql(site=None, since=None, until=None)[0]
        plan = " ".join(row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {sql}"))
        assert "idx_articles_site_published" in plan and "TEMP B-TREE" not in plan
        months = [row[3] for row in store.conn.execute(f"EXPLAIN QUERY PLAN {MONTHS_SQL}")]
        assert "COVERING INDEX idx_articles_site_published" in months[0]


def test_busy_timeout_is_configurable(tmp_path: Path) -> None:
    with ArticleStore(tmp_path / "k.db", busy_timeout_ms=1234) as store:
        assert store.conn.execute("PRAGMA busy_timeout").fetchone() == (1234,)


def test_reopening_applies_nothing_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with ArticleStore(path) as store:
        store.upsert({"url": "https://x/1", "site": "s", "title": "ข่าว", "body": "เนื้อหา"})
    with ArticleStore(path) as store:
        assert store.pending_migrations == []
        assert len(schema.applied_names(store.conn)) == len(schema.MIGRATION_NAMES)
        assert store.known_urls("s") == {"https://x/1"}


def make_previous_schema_db(path: Path) -> None:
    """Create a database as the previous khaosan release did, with one article and one run."""
    db = Database(path)
    schema.migrate(db, stop_before=schema.PREVIOUS_SCHEMA_STOP)
    db.execute(
        """INSERT INTO articles (url, site, title, body, published_at, images, attachments,
               tags, problems, content_hash, first_seen_at, last_seen_at)
           VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
        [
            "https://www.industry.go.th/1",
            "industry_go_th",
            "ข่าวเก่า",
            "การประชุมคณะกรรมการส่งเสริมวิสาหกิจขนาดกลางและขนาดย่อม",
            "2018-10-03",
            json.dumps(["https://i/1.jpg"]),
            "[]",
            json.dumps(["ข่าว"]),
            "[]",
            "h-old",
            "2018-10-04T00:00:00+00:00",
            "2018-10-05T00:00:00+00:00",
        ],
    )
    db.execute(
        "INSERT INTO crawl_runs (site, mode, started_at) VALUES ('industry_go_th', "
        "'crawl', '2018-10-04T00:00:00+00:00')"
    )
    db.close()


def test_previous_schema_is_migrated_in_place_without_loss(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    make_previous_schema_db(path)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM articles").fetchall()
    runs_before = conn.execute("SELECT * FROM crawl_runs").fetchall()
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
    assert "articles_fts" not in names and "article_versions" not in names
    conn.close()

    with ArticleStore(path) as store:
        assert store.pending_migrations == []
        # Every old column keeps its values; columns added since are empty (NULL) on old rows.
        after = store.conn.execute("SELECT * FROM articles").fetchall()
        assert [row[: len(before[0])] for row in after] == before
        assert {row[len(before[0]) :] for row in after} == {
            (None,) * (len(after[0]) - len(before[0]))
        }
        assert store.conn.execute("SELECT * FROM crawl_runs").fetchall() == runs_before
        # the old article is searchable (segmented during the migration) ...
        (hit,) = search(store, "วิสาหกิจ")
        assert hit["url"] == "https://www.industry.go.th/1"
        # ... and its current text is version 1 of its history
        assert [(v["version"], v["title"]) for v in store.versions(hit["url"])] == [(1, "ข่าวเก่า")]
        record = store.get(hit["url"]) or {}
        assert store.upsert(record) == "unchanged"


def test_plain_sql_delete_removes_the_article_from_the_index(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    with ArticleStore(path) as store:
        store.upsert(
            {"url": "https://x/1", "site": "s", "title": "ข่าว", "body": "การส่งออกสินค้าอุตสาหกรรม"}
        )
        assert len(search(store, "สินค้า")) == 1
    conn = sqlite3.connect(path)  # an analyst in the sqlite3 shell
    conn.execute("DELETE FROM articles WHERE url = 'https://x/1'")
    conn.commit()
    assert conn.execute("SELECT COUNT(*) FROM articles_segmented").fetchone() == (0,)
    assert conn.execute(
        "SELECT COUNT(*) FROM articles_fts WHERE articles_fts MATCH '\"สินค้า\"'"
    ).fetchone() == (0,)
    conn.close()


def test_plain_sql_text_update_drops_stale_entry_and_reindex_restores(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    store = ArticleStore(path)
    store.upsert(
        {"url": "https://x/1", "site": "s", "title": "ข่าว", "body": "การส่งออกสินค้าอุตสาหกรรม"}
    )
    store.conn.execute("UPDATE articles SET body = 'นโยบายพลังงานทดแทน' WHERE url = 'https://x/1'")
    store.conn.commit()
    assert search(store, "สินค้า") == []
    assert store.reindex() == 1
    assert [r["url"] for r in search(store, "พลังงาน")] == ["https://x/1"]
    store.close()


def test_migration_failure_rolls_back(tmp_path: Path) -> None:
    path = tmp_path / "k.db"
    db = Database(path)
    db.execute("CREATE TABLE articles (x TEXT)")  # a clash: m001 cannot create its table
    with pytest.raises(Exception, match="already exists"):
        schema.migrate(db)
    assert schema.applied_names(db.conn) == []
    assert not db["crawl_runs"].exists()
    db.close()
