"""The database schema as migrations: the only place DDL lives."""

from __future__ import annotations

import sqlite3
from typing import Any

from pipelines.search import FTS_TOKENIZE, segment
from pipelines.sqlite_lib import Database, Migrations

MIGRATION_SET = "khaosan"
MIGRATIONS_TABLE = "_sqlite_migrations"
# The first migration after "the previous schema" (for tests of in-place upgrades).
PREVIOUS_SCHEMA_STOP = "m002_history"

migrations = Migrations(MIGRATION_SET)

TEXT, INTEGER = str, int


@migrations()
def m001_articles(db: Database) -> None:
    """Create articles, crawl_runs and failures (the first released schema)."""
    db.table("articles").create(
        {
            "url": TEXT,
            "site": TEXT,
            "title": TEXT,
            "published_at": TEXT,
            "published_at_raw": TEXT,
            "modified_at": TEXT,
            "modified_at_raw": TEXT,
            "body": TEXT,
            "source": TEXT,
            "view_count": INTEGER,
            "images": TEXT,  # JSON list of URLs
            "attachments": TEXT,  # JSON list of {"url", "name"}
            "tags": TEXT,  # JSON list
            "category": TEXT,
            "language": TEXT,
            "content_hash": TEXT,
            "first_seen_at": TEXT,
            "last_seen_at": TEXT,
            "problems": TEXT,  # JSON list of "field: message"
        },
        pk="url",
        not_null={"site"},
        defaults={"images": "[]", "attachments": "[]", "tags": "[]", "problems": "[]"},
    )
    for column in ("site", "published_at", "last_seen_at"):
        db.table("articles").create_index([column], index_name=f"idx_articles_{column}")
    db.table("crawl_runs").create(
        {
            "id": INTEGER,
            "site": TEXT,
            "mode": TEXT,
            "started_at": TEXT,
            "finished_at": TEXT,
            "pages_fetched": INTEGER,
            "articles_new": INTEGER,
            "articles_updated": INTEGER,
            "articles_unchanged": INTEGER,
            "failures": INTEGER,
            "exit_status": INTEGER,
            "settings": TEXT,  # JSON object
            "summary": TEXT,
        },
        pk="id",
        not_null={"site", "mode", "started_at"},
    )
    db.table("crawl_runs").create_index(["site", "started_at"], index_name="idx_crawl_runs_site")
    db.table("failures").create(
        {
            "id": INTEGER,
            "url": TEXT,
            "site": TEXT,
            "run_id": INTEGER,
            "kind": TEXT,
            "http_status": INTEGER,
            "message": TEXT,
            "failed_at": TEXT,
        },
        pk="id",
        not_null={"url", "kind", "failed_at"},
        foreign_keys=[("run_id", "crawl_runs", "id")],
    )
    db.table("failures").create_index(["run_id"], index_name="idx_failures_run_id")
    db.table("failures").create_index(["site", "failed_at"], index_name="idx_failures_site")


@migrations()
def m002_history(db: Database) -> None:
    """Create article_versions (content changes) and view_counts (popularity over time)."""
    db.table("article_versions").create(
        {
            "url": TEXT,
            "version": INTEGER,
            "captured_at": TEXT,
            "content_hash": TEXT,
            "title": TEXT,
            "body": TEXT,
            "published_at": TEXT,
            "modified_at": TEXT,
            "source": TEXT,
            "attachments": TEXT,  # JSON list of {"url", "name"}
            "run_id": INTEGER,
        },
        pk=("url", "version"),
        not_null={"captured_at"},
    )
    db.table("view_counts").create(
        {"url": TEXT, "observed_at": TEXT, "count": INTEGER, "run_id": INTEGER},
        not_null={"url", "observed_at", "count"},
    )
    db.table("view_counts").create_index(["url", "observed_at"], index_name="idx_view_counts_url")
    # Versions for articles stored before history existed: their current text is version 1.
    db.execute(
        """INSERT INTO article_versions (url, version, captured_at, content_hash, title, body,
               published_at, modified_at, source, attachments)
           SELECT url, 1, COALESCE(last_seen_at, first_seen_at, datetime('now')), content_hash,
               title, body, published_at, modified_at, source, attachments
           FROM articles"""
    )


@migrations()
def m003_thai_fts(db: Database) -> None:
    """Create the segmented shadow table, its FTS5 index and the triggers keeping them in step."""
    db.executescript(
        f"""
        CREATE TABLE articles_segmented (
            id INTEGER PRIMARY KEY,  -- stable rowid of the FTS5 entry
            url TEXT NOT NULL UNIQUE,
            title TEXT,  -- title, words separated by U+200B (pipelines.search.segment)
            body TEXT  -- body, segmented the same way
        );
        CREATE VIRTUAL TABLE articles_fts USING fts5(
            title, body, content='articles_segmented', content_rowid='id',
            tokenize="{FTS_TOKENIZE}"
        );
        CREATE TRIGGER articles_segmented_ai AFTER INSERT ON articles_segmented BEGIN
            INSERT INTO articles_fts (rowid, title, body)
            VALUES (new.id, new.title, new.body);
        END;
        CREATE TRIGGER articles_segmented_ad AFTER DELETE ON articles_segmented BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        END;
        CREATE TRIGGER articles_segmented_au AFTER UPDATE ON articles_segmented BEGIN
            INSERT INTO articles_fts (articles_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO articles_fts (rowid, title, body)
            VALUES (new.id, new.title, new.body);
        END;
        -- Any deletion of an article (also from the sqlite3 shell) leaves the index.
        CREATE TRIGGER articles_ad AFTER DELETE ON articles BEGIN
            DELETE FROM articles_segmented WHERE url = old.url;
        END;
        -- Text changed outside the store: drop the stale entry (the store re-segments).
        CREATE TRIGGER articles_au_text AFTER UPDATE OF url, title, body ON articles
        WHEN old.url IS NOT new.url OR old.title IS NOT new.title OR old.body IS NOT new.body
        BEGIN
            DELETE FROM articles_segmented WHERE url = old.url;
        END;
        """
    )
    for url, title, body in db.execute("SELECT url, title, body FROM articles").fetchall():
        db.execute(
            "INSERT INTO articles_segmented (url, title, body) VALUES (?, ?, ?)",
            [url, segment(title), segment(body)],
        )


@migrations()
def m004_browse_view(db: Database) -> None:
    """Create the articles_browse view (adds a year column for facets)."""
    db.execute(
        """CREATE VIEW articles_browse AS
           SELECT url, site, title, published_at,
               CAST(substr(published_at, 1, 4) AS INTEGER) AS year,
               category, source, view_count, language, first_seen_at, last_seen_at
           FROM articles"""
    )


@migrations()
def m005_site_profiles(db: Database) -> None:
    """Create site_profiles (each site's learned template) and index titles per site."""
    db.table("site_profiles").create(
        {
            "site": TEXT,
            "pages": INTEGER,  # article pages the profile has seen
            "profile": TEXT,  # JSON: {"pages", "shapes": {line shape: pages it was on}}
            "removed_lines": INTEGER,  # lines the profile has taken out of bodies so far
            "updated_at": TEXT,
        },
        pk="site",
    )
    # Navigation lists repeat other articles' titles: one indexed lookup per candidate line.
    db.table("articles").create_index(["site", "title"], index_name="idx_articles_site_title")


@migrations()
def m006_published_source(db: Database) -> None:
    """Add articles.published_source: where the publication date was read on the page."""
    db.table("articles").add_column("published_source", TEXT)


@migrations()
def m007_million(db: Database) -> None:
    """Add the indexes a million articles need: stats, export and search filters read no rows.

    Rows hold whole bodies, so reading one costs a page: `khaosan stats` counts per site and
    month, and `khaosan export` streams in order, from (site, published_at, url), which replaces
    the index on site alone; a filtered search maps index ids to urls and urls to site and date
    through the two others.
    """
    db.table("articles").create_index(
        ["site", "published_at", "url"], index_name="idx_articles_site_published"
    )
    db.execute("DROP INDEX IF EXISTS idx_articles_site")
    db.table("articles").create_index(
        ["url", "site", "published_at"], index_name="idx_articles_url_filters"
    )
    db.table("articles_segmented").create_index(["id", "url"], index_name="idx_segmented_id_url")


@migrations()
def m008_index_queue(db: Database) -> None:
    """Add index_queue: articles stored whose text waits for the background indexer.

    A crawl stores an article without segmenting it and queues its url; an indexer process
    segments the queue in order (ids keep the order articles were stored in) and adds it to
    articles_segmented. An article whose text changes again is queued again.
    """
    db.execute(
        "CREATE TABLE IF NOT EXISTS index_queue (id INTEGER PRIMARY KEY, url TEXT NOT NULL UNIQUE)"
    )


@migrations()
def m009_stream_applied(db: Database) -> None:
    """Add stream_applied: the last stream entry the distributed writer committed, per group.

    The writer commits a batch, then acknowledges it in Redis; killed in between, it reads the
    batch again. Articles are upserted by URL, but failures and view counts are rows of their
    own and run counts are sums: the id written in the batch's own transaction tells a replay
    what is stored already. Stream ids ("ms-seq") only grow, so one row per stream and group
    suffices; ms and seq are integers, compared as numbers.
    """
    db.table("stream_applied").create(
        {
            "stream": TEXT,
            "consumer_group": TEXT,
            "last_ms": INTEGER,  # the last applied entry id's milliseconds part ...
            "last_seq": INTEGER,  # ... and its sequence number
            "applied_at": TEXT,
        },
        pk=("stream", "consumer_group"),
        not_null={"last_ms", "last_seq", "applied_at"},
    )


@migrations()
def m010_search_meta(db: Database) -> None:
    """Add search_meta: facts about the search index, such as the segmenter that built it.

    Index tokens depend on the word segmenter and its dictionary; the store compares the
    recorded one with its own on opening for writing and queues every article for indexing
    again when they differ (a database from before this table was indexed by nlpo3).
    """
    db.table("search_meta").create({"key": TEXT, "value": TEXT}, pk="key")


MIGRATION_NAMES: tuple[str, ...] = tuple(m.name for m in migrations._migrations)


def applied_names(conn: sqlite3.Connection) -> list[str]:
    """Return the names of the khaosan migrations applied to a database (read-only)."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not exists:
        return []
    rows = conn.execute(
        f"SELECT name FROM {MIGRATIONS_TABLE} WHERE migration_set = ? ORDER BY rowid",
        [MIGRATION_SET],
    ).fetchall()
    return [name for (name,) in rows]


def unknown_migrations(conn: sqlite3.Connection) -> list[str]:
    """Return applied migration names this version does not know (a newer schema)."""
    return [name for name in applied_names(conn) if name not in MIGRATION_NAMES]


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Return the known migrations not yet applied."""
    done = set(applied_names(conn))
    return [name for name in MIGRATION_NAMES if name not in done]


def migrate(db: Database, *, stop_before: str | None = None) -> list[str]:
    """Apply pending migrations (each in its own transaction); return the names applied."""
    before = set(applied_names(db.conn))
    kwargs: dict[str, Any] = {"stop_before": stop_before} if stop_before else {}
    migrations.apply(db, **kwargs)
    return [name for name in applied_names(db.conn) if name not in before]
