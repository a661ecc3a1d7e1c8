"""ArticleStore: the SQL that writes articles, history, runs and failures; its Scrapy adapter."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import sqlite3
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from crawler.items import CONTENT_FIELDS, RECORD_FIELDS, content_hash
from pipelines import index_queue, schema
from pipelines.buffered import BufferedWriter
from pipelines.run_report import judge_run
from pipelines.search import segment, segmenter
from pipelines.site_profile import SiteProfile, title_candidates
from pipelines.sqlite_lib import Database

if TYPE_CHECKING:
    from pipelines.indexer import BackgroundIndexer

logger = logging.getLogger(__name__)

# Columns holding JSON lists.
JSON_FIELDS = ("images", "attachments", "tags", "problems")
# What makes a new version (the same parts the normalizer hashes).
RUN_COUNTS = (
    "pages_fetched",
    "articles_new",
    "articles_updated",
    "articles_unchanged",
    "failures",
    "exit_status",
    "summary",
)


# Articles held back while a new site's profile learns (a site with fewer is written at close).
PROFILE_BUFFER_MAX = 200
# Seconds between saves of a site's profile during a crawl (and once more at its end): the
# profile is ~170 kB of JSON at 2,000 pages, and a lost update is re-learned, not lost data.
PROFILE_SAVE_SECONDS = 30.0
# Body lines of a run remembered (by hash, ~170 bytes each) as possible titles of articles
# stored later; past this many, a body keeps a line naming an article stored after it.
UNTITLED_LINES_MAX = 100_000
# Stored bodies a site's first profile is learned from (newest first).
PROFILE_SAMPLE = 200
# How long a connection waits for another process's lock before giving up (a long backfill's
# batch commits take milliseconds; the wait covers many writers on a busy machine).
DEFAULT_BUSY_TIMEOUT_MS = 30_000


# Articles per site and month: read from idx_articles_site_published alone (schema m007).
MONTHS_SQL = """
    SELECT site, COALESCE(substr(published_at, 1, 7), 'unknown') AS month, COUNT(*)
    FROM articles GROUP BY site, month ORDER BY site, month
"""


class StoreError(Exception):
    """A database that cannot be used; the message is one line naming the file and the problem."""


def utc_now() -> str:
    """Return the current UTC time as ISO 8601 with an offset, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def to_row(record: dict[str, Any]) -> dict[str, Any]:
    """Return the column values of a record: only record fields, lists as JSON text."""
    row = {name: record.get(name) for name in RECORD_FIELDS}
    for name in JSON_FIELDS:
        row[name] = json.dumps(row[name] or [], ensure_ascii=False)
    if not row["content_hash"]:
        row["content_hash"] = content_hash(record)
    return row


def from_row(row: dict[str, Any]) -> dict[str, Any]:
    """Return the record of an articles row: JSON text back to lists."""
    record = {name: row.get(name) for name in RECORD_FIELDS}
    for name in JSON_FIELDS:
        value = record[name]
        record[name] = json.loads(value) if value else []
    return record


def check_database_path(path: Path, *, readonly: bool) -> None:
    """Raise StoreError if *path* cannot hold a database; create its directory when writing.

    Only looks at the path (stat, never open): opening and closing the database file beside a
    live SQLite connection of this process would drop that connection's POSIX locks. The file's
    contents are checked through SQLite itself (`ArticleStore._check_contents`).
    """
    if path.is_dir():
        raise StoreError(f"{path}: is a directory, not a database file")
    if path.exists():
        return
    if readonly:
        raise StoreError(f"{path}: no such database file")
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise StoreError(f"{path}: cannot create the database, {parent} is not a directory")
    try:
        parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise StoreError(f"{path}: cannot create its directory ({error.strerror})") from None
    if not os.access(parent, os.W_OK):
        raise StoreError(f"{path}: directory {parent} is not writable")


def describe_sqlite_error(path: Path, error: sqlite3.Error, busy_timeout_ms: int) -> str:
    """Turn a sqlite3 error into a one-line message naming the file and the problem."""
    text = str(error).splitlines()[0] if str(error) else type(error).__name__
    lowered = text.lower()
    if "locked" in lowered or "busy" in lowered:
        return f"{path}: database is locked by another process (waited {busy_timeout_ms} ms)"
    if "disk is full" in lowered or "disk full" in lowered:
        return f"{path}: disk full while writing; the last transaction was rolled back"
    if "disk i/o error" in lowered:  # a failed write: no space, a file size limit, a bad disk
        name = getattr(error, "sqlite_errorname", "SQLITE_IOERR")
        return (
            f"{path}: disk I/O error while writing ({name}: disk full or file too large?); "
            "the last transaction was rolled back"
        )
    if "readonly" in lowered or "read-only" in lowered:
        return f"{path}: database or its directory is read-only"
    if "not a database" in lowered:
        return f"{path}: not a SQLite database ({text})"
    if "malformed" in lowered or "corrupt" in lowered:
        return f"{path}: database file is corrupt ({text})"
    if "unable to open" in lowered:
        return f"{path}: cannot open the database file ({text})"
    return f"{path}: database error: {text}"


class ArticleStore:
    """The khaosan database: open and migrate, upsert articles with history, record runs."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        readonly: bool = False,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        defer_index: bool = False,
    ) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self.defer_index = defer_index  # queue new texts for the indexer instead of segmenting
        self.busy_timeout_ms = busy_timeout_ms
        check_database_path(self.path, readonly=readonly)
        self.conn = self._connect()
        try:
            with self._errors():
                self._check_contents()
                unknown = schema.unknown_migrations(self.conn)
                if unknown:
                    raise StoreError(
                        f"{self.path}: database schema is newer than this khaosan "
                        f"(unknown migrations: {', '.join(unknown)}); upgrade khaosan"
                    )
                self.db = Database(self.conn, execute_plugins=False)
                if not readonly:
                    self._prepare_for_writing()
                self.pending_migrations = schema.pending_migrations(self.conn)
        except BaseException:
            self.close()
            raise

    def _check_contents(self) -> None:
        """Raise StoreError unless SQLite reads the file as a database (empty is new if writing)."""
        try:
            pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        except sqlite3.DatabaseError as error:
            if "not a database" in str(error).lower():
                raise StoreError(f"{self.path}: not a SQLite database ({error})") from None
            raise
        if not pages and self.readonly:
            raise StoreError(f"{self.path}: empty file, not a khaosan database")

    def _prepare_for_writing(self) -> None:
        """Switch to WAL and apply pending migrations under a write lock."""
        mode = self.conn.execute("PRAGMA journal_mode").fetchone()[0]
        if mode.lower() != "wal":
            self._retry_busy(lambda: self.conn.execute("PRAGMA journal_mode=WAL").fetchone())
        self.conn.execute("PRAGMA synchronous=NORMAL")
        if schema.pending_migrations(self.conn):
            with self._transaction():  # another process may be migrating too: take the lock first
                applied = schema.migrate(self.db)
            if applied:
                logger.info("%s: applied migrations %s", self.path, ", ".join(applied))
        self._check_segmenter()

    def _check_segmenter(self) -> None:
        """Queue every article for indexing again if another segmenter built the index."""
        current = segmenter()
        if index_queue.recorded_segmenter(self.conn) == current:
            return  # the usual case: no write lock taken
        with self._transaction():
            requeued = index_queue.requeue_for_segmenter(self.conn, current)
        if requeued:
            logger.warning(
                "%s: the search index was built by another word segmenter (now %s): "
                "%d articles queued to be indexed again (the next crawl or `khaosan index` "
                "does it; until then they answer to the old words)",
                self.path,
                current,
                requeued,
            )

    def _retry_busy(self, action: Any) -> Any:
        """Run *action*, retrying while SQLite answers "locked" without waiting (busy_timeout).

        Switching to WAL needs an exclusive lock and some lock upgrades fail at once rather than
        calling the busy handler (to avoid a deadlock); waiting and retrying is then safe.
        """
        deadline = time.monotonic() + self.busy_timeout_ms / 1000
        delay = 0.005
        while True:
            try:
                return action()
            except sqlite3.OperationalError as error:
                text = str(error).lower()
                if ("locked" not in text and "busy" not in text) or time.monotonic() > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.2)

    def _connect(self) -> sqlite3.Connection:
        """Open the connection to the real file (read-only through a URI when asked).

        The path is resolved first, so a symlink or a relative path reaches the same file and
        the same `-wal` and `-shm` as its real path.
        """
        real = self.path.resolve()
        try:
            if self.readonly:
                uri = real.as_uri() + "?mode=ro"
                conn = sqlite3.connect(uri, uri=True, timeout=self.busy_timeout_ms / 1000)
            else:
                conn = sqlite3.connect(str(real), timeout=self.busy_timeout_ms / 1000)
        except sqlite3.Error as error:
            raise StoreError(
                describe_sqlite_error(self.path, error, self.busy_timeout_ms)
            ) from None
        conn.execute(f"PRAGMA busy_timeout = {int(self.busy_timeout_ms)}")
        return conn

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """Re-raise sqlite3 errors as one-line StoreErrors."""
        try:
            yield
        except sqlite3.Error as error:
            message = describe_sqlite_error(self.path, error, self.busy_timeout_ms)
            raise StoreError(message) from None

    @contextlib.contextmanager
    def _transaction(self) -> Iterator[None]:
        """Run the block in one write transaction (BEGIN IMMEDIATE); roll back on any error."""
        if self.readonly:
            raise StoreError(f"{self.path}: opened read-only, cannot write")
        with self._errors():
            if self.conn.in_transaction:
                with self.db.atomic():  # nested: a savepoint
                    yield
                return
            # IMMEDIATE takes the write lock up front (waiting up to busy_timeout), so a read
            # followed by a write can never fail on a snapshot another writer made stale.
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")

    def check_writable(self) -> None:
        """Raise StoreError now, before any work, if the database cannot take a write."""
        with self._errors():
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                self.conn.execute("CREATE TABLE _khaosan_write_probe (x)")  # rolled back
            finally:
                self.conn.execute("ROLLBACK")

    def close(self) -> None:
        """Close the connection (idempotent)."""
        conn = getattr(self, "conn", None)
        if conn is not None:
            conn.close()
            self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> ArticleStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------------

    def upsert(
        self, record: dict[str, Any], *, run_id: int | None = None, now: str | None = None
    ) -> str:
        """Insert or update one article; return "new", "updated" or "unchanged"."""
        return self.upsert_many([record], run_id=run_id, now=now)[0]

    def upsert_many(
        self, records: Iterable[dict[str, Any]], run_id: int | None = None, now: str | None = None
    ) -> list[str]:
        """Upsert many articles in one transaction; return each one's status in order."""
        rows = [to_row(record) for record in records]
        if not rows:
            return []
        stamp = now or utc_now()
        with self._errors():
            segments = {} if self.defer_index else self._segments_needed(rows)
        with self._transaction():
            statuses = [self._write(row, segments, run_id, stamp) for row in rows]
            if run_id is not None:  # the run's counts commit with its articles, never apart
                counts = Counter(statuses)
                self.conn.execute(
                    "UPDATE crawl_runs SET articles_new = COALESCE(articles_new, 0) + ?, "
                    "articles_updated = COALESCE(articles_updated, 0) + ?, "
                    "articles_unchanged = COALESCE(articles_unchanged, 0) + ? WHERE id = ?",
                    [counts["new"], counts["updated"], counts["unchanged"], run_id],
                )
            return statuses

    def _segments_needed(self, rows: list[dict[str, Any]]) -> dict[str, tuple[str, str, str, str]]:
        """Segment new or changed texts before the transaction, so the write lock stays short.

        A changed article whose title and body are the same (new dates, a new source) keeps
        its index entry, so its text is not segmented again. One SELECT reads the whole batch.
        """
        stored = {
            url: rest
            for url, *rest in self.conn.execute(
                "SELECT url, content_hash, title, body FROM articles "
                "WHERE url IN (SELECT value FROM json_each(?))",
                [json.dumps([row["url"] for row in rows])],
            )
        }
        segments = {}
        for row in rows:
            found = stored.get(row["url"])
            same_text = found is not None and (found[1], found[2]) == (row["title"], row["body"])
            if found is None or not (found[0] == row["content_hash"] or same_text):
                title, body = row["title"] or "", row["body"] or ""
                segments[row["url"]] = (title, body, segment(title), segment(body))
        return segments

    def _write(
        self,
        row: dict[str, Any],
        segments: dict[str, tuple[str, str, str, str]],
        run_id: int | None,
        now: str,
    ) -> str:
        """Write one article row inside the open transaction; return its status."""
        url = row["url"]
        found = self.conn.execute(
            "SELECT content_hash FROM articles WHERE url = ?", [url]
        ).fetchone()
        columns = [name for name in RECORD_FIELDS if name not in ("first_seen_at", "last_seen_at")]
        values = {name: row[name] for name in columns}
        values["now"] = now
        if found is None:
            status = "new"
            names = ", ".join(columns)
            marks = ", ".join(f":{name}" for name in columns)
            self.conn.execute(
                f"INSERT INTO articles ({names}, first_seen_at, last_seen_at) "
                f"VALUES ({marks}, :now, :now)",
                values,
            )
        else:
            status = "unchanged" if found[0] == row["content_hash"] else "updated"
            sets = ", ".join(f"{name} = :{name}" for name in columns if name != "url")
            self.conn.execute(
                f"UPDATE articles SET {sets}, last_seen_at = :now WHERE url = :url", values
            )
        if status != "unchanged":
            self._add_version(row, run_id, now)
        if row["view_count"] is not None:
            self.conn.execute(
                "INSERT INTO view_counts (url, observed_at, count, run_id) VALUES (?, ?, ?, ?)",
                [url, now, row["view_count"], run_id],
            )
        self._index(row, segments)
        return status

    def _add_version(self, row: dict[str, Any], run_id: int | None, now: str) -> None:
        """Append the article's current content as its next version."""
        self.conn.execute(
            """INSERT INTO article_versions (url, version, captured_at, content_hash, title, body,
                   published_at, modified_at, source, attachments, run_id)
               VALUES (:url,
                   (SELECT COALESCE(MAX(version), 0) + 1 FROM article_versions WHERE url = :url),
                   :now, :content_hash, :title, :body, :published_at, :modified_at, :source,
                   :attachments, :run_id)""",
            {
                **{name: row[name] for name in CONTENT_FIELDS},
                "url": row["url"],
                "now": now,
                "content_hash": row["content_hash"],
                "run_id": run_id,
            },
        )

    def _index(self, row: dict[str, Any], segments: dict[str, tuple[str, str, str, str]]) -> None:
        """Add the segmented text to the search index unless it is already there."""
        url = row["url"]
        present = self.conn.execute(
            "SELECT 1 FROM articles_segmented WHERE url = ?", [url]
        ).fetchone()
        if present:
            return  # unchanged text (a text change deletes the entry through a trigger)
        if self.defer_index:
            index_queue.enqueue(self.conn, url)
            return
        title, body = row["title"] or "", row["body"] or ""
        cached = segments.get(url)
        if cached and cached[0] == title and cached[1] == body:
            title_seg, body_seg = cached[2], cached[3]
        else:
            title_seg, body_seg = segment(title), segment(body)
        self.conn.execute(
            "INSERT INTO articles_segmented (url, title, body) VALUES (?, ?, ?)",
            [url, title_seg, body_seg],
        )

    def reindex(self) -> int:
        """Segment and index every article missing from the search index; return how many."""
        with self._errors():
            missing = self.conn.execute(
                """SELECT a.url, a.title, a.body FROM articles a
                   LEFT JOIN articles_segmented s ON s.url = a.url WHERE s.url IS NULL"""
            ).fetchall()
        with self._transaction():
            for url, title, body in missing:
                self.conn.execute(
                    "INSERT INTO articles_segmented (url, title, body) VALUES (?, ?, ?)",
                    [url, segment(title), segment(body)],
                )
        return len(missing)

    def index_queued(self, limit: int = index_queue.BATCH) -> int:
        """Index up to *limit* queued articles, oldest first; return how many left the queue."""
        with self._errors():
            return index_queue.index_batch(self.conn, limit)

    def index_all_queued(self) -> int:
        """Index every queued article; return how many left the queue."""
        with self._errors():
            return index_queue.drain(self.conn)

    def queued_for_index(self) -> int:
        """Return how many stored articles wait for the indexer (not yet searchable)."""
        with self._errors():
            return index_queue.queued(self.conn)

    def load_profile(self, site: str, sample: int = PROFILE_SAMPLE) -> SiteProfile:
        """Return the site's stored profile, or one learned from its newest stored bodies."""
        with self._errors():
            found = self.conn.execute(
                "SELECT profile, removed_lines FROM site_profiles WHERE site = ?", [site]
            ).fetchone()
            if found is not None:
                profile = SiteProfile.from_json(site, found[0])
                profile.removed_lines = found[1] or 0
                return profile
            bodies = self.conn.execute(
                "SELECT body FROM articles WHERE site = ? ORDER BY last_seen_at DESC LIMIT ?",
                [site, sample],
            )
            return SiteProfile.learned_from(site, (body for (body,) in bodies))

    def save_profile(self, profile: SiteProfile) -> None:
        """Store a site's profile (replacing the previous one)."""
        with self._transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO site_profiles (site, pages, profile, removed_lines, "
                "updated_at) VALUES (?, ?, ?, ?, ?)",
                [profile.site, profile.pages, profile.to_json(), profile.removed_lines, utc_now()],
            )

    def has_title(self, site: str, title: str) -> bool:
        """Tell whether an article of the site has exactly this title."""
        with self._errors():
            return (
                self.conn.execute(
                    "SELECT 1 FROM articles WHERE site = ? AND title = ? LIMIT 1", [site, title]
                ).fetchone()
                is not None
            )

    def family_read(self, site: str) -> bool:
        """Tell whether the site's family layout read any stored article of it (no fallback)."""
        from pipelines.layouts import LAYOUT_PROBLEM  # the crawl has it loaded; a reader need not

        with self._errors():
            return (
                self.conn.execute(
                    "SELECT 1 FROM articles WHERE site = ? AND problems NOT LIKE ? LIMIT 1",
                    [site, f'%"{LAYOUT_PROBLEM}%'],
                ).fetchone()
                is not None
            )

    def run_records(self, urls: Iterable[str], run_id: int) -> list[dict[str, Any]]:
        """Return the stored records of these articles whose last version *run_id* wrote."""
        with self._errors():
            cursor = self.conn.execute(
                "SELECT a.* FROM articles a WHERE a.url IN (SELECT value FROM json_each(?)) "
                "AND (SELECT v.run_id FROM article_versions v WHERE v.url = a.url "
                "ORDER BY v.version DESC LIMIT 1) = ? ORDER BY a.url",
                [json.dumps(sorted(urls)), run_id],
            )
            names = [d[0] for d in cursor.description]
            return [from_row(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def revise_run_bodies(self, records: list[dict[str, Any]], run_id: int) -> None:
        """Write new bodies of articles this run stored, into their row and this run's version.

        A revision finishes the run's own cleaning (see SQLitePipeline), so it is no new
        version and no count of the run changes.
        """
        with self._transaction():
            for record in records:
                row = to_row(record)
                self.conn.execute(
                    "UPDATE articles SET body = :body, content_hash = :content_hash "
                    "WHERE url = :url",
                    row,
                )
                self.conn.execute(
                    "UPDATE article_versions SET body = :body, content_hash = :content_hash "
                    "WHERE url = :url AND run_id = :run_id AND version = "
                    "(SELECT MAX(version) FROM article_versions WHERE url = :url)",
                    {**row, "run_id": run_id},
                )
                self._index(row, {})

    def previous_run_ended_early(self, site: str, own_run: int | None = None) -> bool:
        """Tell whether the site's newest other run was killed, interrupted or failed.

        Such a run may have stored the newest articles and not the older ones: an incremental
        run that stopped at the first listing page it already knows would leave that gap.
        """
        with self._errors():
            found = self.conn.execute(
                "SELECT finished_at, exit_status, summary FROM crawl_runs "
                "WHERE site = ? AND id IS NOT ? ORDER BY id DESC LIMIT 1",
                [site, own_run],
            ).fetchone()
        if found is None:
            return False
        finished_at, exit_status, summary = found
        could_not_work = exit_status not in (0, 3)  # 3: walked, but fields were missing
        return finished_at is None or could_not_work or " interrupted" in (summary or "")

    def known_urls(self, site: str) -> set[str]:
        """Return the URLs stored for a site."""
        with self._errors():
            rows = self.conn.execute("SELECT url FROM articles WHERE site = ?", [site])
            return {url for (url,) in rows}

    def get(self, url: str) -> dict[str, Any] | None:
        """Return the stored record of an article, or None."""
        with self._errors():
            cursor = self.conn.execute("SELECT * FROM articles WHERE url = ?", [url])
            found = cursor.fetchone()
            if found is None:
                return None
            names = [d[0] for d in cursor.description]
        return from_row(dict(zip(names, found, strict=True)))

    def versions(self, url: str) -> list[dict[str, Any]]:
        """Return an article's versions, oldest first (attachments as a list)."""
        with self._errors():
            cursor = self.conn.execute(
                "SELECT * FROM article_versions WHERE url = ? ORDER BY version", [url]
            )
            names = [d[0] for d in cursor.description]
            rows = [dict(zip(names, row, strict=True)) for row in cursor]
        for row in rows:
            row["attachments"] = json.loads(row["attachments"] or "[]")
        return rows

    # -- runs and failures ------------------------------------------------------------------

    def record_failure(self, failure: dict[str, Any], run_id: int | None = None) -> int:
        """Store one crawl failure; return its id."""
        with self._transaction():
            cursor = self.conn.execute(
                """INSERT INTO failures (url, site, run_id, kind, http_status, message, failed_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?)""",
                [
                    failure["url"],
                    failure.get("site"),
                    run_id,
                    failure.get("kind") or "unknown",
                    failure.get("http_status"),
                    failure.get("message"),
                    failure.get("failed_at") or utc_now(),
                ],
            )
        return int(cursor.lastrowid or 0)

    def start_run(self, site: str, mode: str, settings: dict[str, Any] | None = None) -> int:
        """Record the start of a crawl run; return its id."""
        text = json.dumps(settings or {}, ensure_ascii=False, sort_keys=True, default=str)
        with self._transaction():
            cursor = self.conn.execute(
                "INSERT INTO crawl_runs (site, mode, started_at, settings, articles_new, "
                "articles_updated, articles_unchanged) VALUES (?, ?, ?, ?, 0, 0, 0)",
                [site, mode, utc_now(), text],
            )
        return int(cursor.lastrowid or 0)

    def run_counts(self, run_id: int) -> dict[str, int]:
        """Return what the database holds for a run: articles new, updated, unchanged, failures."""
        with self._errors():
            found = self.conn.execute(
                "SELECT COALESCE(articles_new, 0), COALESCE(articles_updated, 0), "
                "COALESCE(articles_unchanged, 0), "
                "(SELECT COUNT(*) FROM failures WHERE run_id = crawl_runs.id) "
                "FROM crawl_runs WHERE id = ?",
                [run_id],
            ).fetchone()
        if found is None:
            raise StoreError(f"{self.path}: run {run_id} is not in the database")
        return dict(zip(("new", "updated", "unchanged", "failures"), found, strict=True))

    def finish_run(self, run_id: int, **counts: Any) -> None:
        """Record a run's end; counts not given keep what its commits added (failures: its rows)."""
        unknown = set(counts) - set(RUN_COUNTS)
        if unknown:
            raise TypeError(f"finish_run() got unknown counts: {', '.join(sorted(unknown))}")
        values = {name: counts.get(name) for name in RUN_COUNTS}
        values.update(id=run_id, finished_at=utc_now())
        # COALESCE keeps the column's committed value where no count was given.
        sets = ", ".join(
            f"{name} = COALESCE(:{name}, {name}, 0)" if name != "summary" else "summary = :summary"
            for name in RUN_COUNTS
        )
        with self._transaction():
            if values["failures"] is None:
                values["failures"] = self.conn.execute(
                    "SELECT COUNT(*) FROM failures WHERE run_id = ?", [run_id]
                ).fetchone()[0]
            self.conn.execute(
                f"UPDATE crawl_runs SET {sets}, finished_at = :finished_at WHERE id = :id", values
            )

    def last_runs(self, site: str | None = None, limit: int = 10) -> list[dict[str, Any]]:
        """Return the newest runs first (settings parsed), for one site or all."""
        sql = "SELECT * FROM crawl_runs"
        params: list[Any] = []
        if site:
            sql += " WHERE site = ?"
            params.append(site)
        sql += " ORDER BY id DESC LIMIT ?"
        params.append(limit)
        with self._errors():
            cursor = self.conn.execute(sql, params)
            names = [d[0] for d in cursor.description]
            runs = [dict(zip(names, row, strict=True)) for row in cursor]
        for run in runs:
            run["settings"] = json.loads(run["settings"] or "{}")
        return runs

    # -- the distributed writer's progress through its stream ------------------------------

    def stream_applied(self, stream: str, group: str) -> tuple[int, int] | None:
        """Return the id (ms, seq) of the last stream entry a consumer group's batches committed."""
        with self._errors():
            found = self.conn.execute(
                "SELECT last_ms, last_seq FROM stream_applied "
                "WHERE stream = ? AND consumer_group = ?",
                [stream, group],
            ).fetchone()
        return (int(found[0]), int(found[1])) if found else None

    def mark_stream_applied(self, stream: str, group: str, entry_id: tuple[int, int]) -> None:
        """Record the last entry of a batch, in the batch's transaction; the id never goes back."""
        with self._transaction():
            self.conn.execute(
                """INSERT INTO stream_applied
                       (stream, consumer_group, last_ms, last_seq, applied_at)
                   VALUES (?, ?, ?, ?, ?)
                   ON CONFLICT (stream, consumer_group) DO UPDATE SET
                       last_ms = excluded.last_ms, last_seq = excluded.last_seq,
                       applied_at = excluded.applied_at
                   WHERE (excluded.last_ms, excluded.last_seq) > (last_ms, last_seq)""",
                [stream, group, entry_id[0], entry_id[1], utc_now()],
            )

    def forget_stream_applied(self, stream: str, group: str) -> None:
        """Forget a group's progress (its stream was made anew: none of its entries is stored)."""
        with self._transaction():
            self.conn.execute(
                "DELETE FROM stream_applied WHERE stream = ? AND consumer_group = ?",
                [stream, group],
            )

    def stats(self) -> dict[str, Any]:
        """Return articles per site and per month, the last run per site and its failures."""
        with self._errors():
            per_site = self.conn.execute(
                "SELECT site, COUNT(*) FROM articles GROUP BY site ORDER BY site"
            ).fetchall()
            per_month = self.conn.execute(MONTHS_SQL).fetchall()
            sites = [
                site
                for (site,) in self.conn.execute(
                    "SELECT DISTINCT site FROM crawl_runs ORDER BY site"
                )
            ]
        last = {}
        for site in sites:
            run = self.last_runs(site, limit=1)[0]
            with self._errors():
                failures = self.conn.execute(
                    "SELECT kind, COUNT(*) FROM failures WHERE run_id = ? GROUP BY kind "
                    "ORDER BY kind",
                    [run["id"]],
                ).fetchall()
            run["failures_by_kind"] = dict(failures)
            last[site] = run
        return {
            "queued_for_index": self.queued_for_index(),
            "articles_per_site": dict(per_site),
            "articles_per_month": [
                {"site": site, "month": month, "articles": n} for site, month, n in per_month
            ],
            "last_runs": last,
        }


class SharedStores:
    """One ArticleStore (one connection) per database for all the crawlers of a process.

    `crawl --all` runs a crawler per site; a connection each held ~0.35 MB of SQLite memory
    and three file descriptors per site (36 MB of SQLite heap at 100 sites). Crawlers share
    the reactor's thread and each flush is one synchronous transaction, so one connection
    serves them all.
    """

    _open: dict[tuple[str, bool], tuple[ArticleStore, list[int]]] = {}

    @classmethod
    def acquire(cls, path: str, busy_timeout_ms: int, defer_index: bool) -> ArticleStore:
        """Return the process's store of *path*, opening it for the first user."""
        key = (str(Path(path).resolve()), defer_index)
        found = cls._open.get(key)
        if found is None:
            store = ArticleStore(path, busy_timeout_ms=busy_timeout_ms, defer_index=defer_index)
            found = cls._open[key] = (store, [0])
        found[1][0] += 1
        return found[0]

    @classmethod
    def release(cls, store: ArticleStore) -> None:
        """Close *store* when its last user is done with it."""
        for key, (held, users) in list(cls._open.items()):
            if held is store:
                users[0] -= 1
                if users[0] > 0:
                    return
                del cls._open[key]
                break
        store.close()


class SQLitePipeline(BufferedWriter):
    """Scrapy item pipeline: upsert Articles and record CrawlFailures, one run row per crawl."""

    def __init__(
        self,
        crawler: Any,
        path: str,
        batch_size: int = 50,
        flush_seconds: float = 1.0,
        busy_timeout_ms: int = DEFAULT_BUSY_TIMEOUT_MS,
        learn_profiles: bool = True,
        indexer: str = "inline",
    ):
        self.crawler = crawler
        self.path = path
        self.busy_timeout_ms = busy_timeout_ms
        self.learn_profiles = learn_profiles
        if indexer not in ("inline", "process"):
            raise ValueError(f"KHAOSAN_INDEXER must be 'inline' or 'process', not {indexer!r}")
        self.indexer_mode = indexer
        self.indexer: BackgroundIndexer | None = None
        self.profiles: dict[str, SiteProfile] = {}  # per site, loaded on its first article
        # Lines of this run's stored bodies that could be another article's title, by site
        # and hash of the text: the articles holding them (see _revise_for_new_titles).
        self.untitled_lines: dict[str, dict[int, list[str]]] = {}
        self.untitled_count = 0
        self.batch_size = max(1, batch_size)
        self.flush_seconds = flush_seconds
        self.store: ArticleStore | None = None
        self.run_id: int | None = None
        self.buffer: list[dict[str, Any]] = []
        self.last_flush = time.monotonic()
        self.profiles_saved_at = 0.0  # monotonic time of the last save (0: never)
        self.failures = 0
        self.broken = False  # set when a write failed: nothing more is written in this run
        self.lost = 0  # items the run could not store

    @classmethod
    def from_crawler(cls, crawler: Any) -> SQLitePipeline:
        settings = crawler.settings
        return cls(
            crawler,
            settings["KHAOSAN_DB"],  # crawler/settings.py defines the default
            batch_size=settings.getint("KHAOSAN_DB_BATCH", 50),
            busy_timeout_ms=settings.getint("KHAOSAN_DB_BUSY_TIMEOUT_MS", DEFAULT_BUSY_TIMEOUT_MS),
            learn_profiles=settings.getbool("KHAOSAN_SITE_PROFILE", True),
            indexer=settings.get("KHAOSAN_INDEXER", "inline"),
        )

    def open_spider(self, spider: Any = None) -> None:
        """Open the store, start the run row and put its id on the spider."""
        spider = spider or self.crawler.spider
        deferred = self.indexer_mode == "process"
        self.store = SharedStores.acquire(self.path, self.busy_timeout_ms, deferred)
        if deferred:
            from pipelines.indexer import BackgroundIndexer  # it imports this module

            self.indexer = BackgroundIndexer.acquire(self.path)
        site = getattr(spider, "site_key", None) or spider.name
        mode = getattr(spider, "mode", None) or "crawl"
        # A run read mostly by the generic fallback is layout drift only where the family read
        # the site before; on its first run it is a family that never fitted (run_report).
        read_before = self.store.family_read(site)
        self.run_id = self.store.start_run(site, mode, self._settings_snapshot(spider))
        spider.run_id = self.run_id
        self.crawler.stats.set_value("khaosan/run_id", self.run_id)
        self.crawler.stats.set_value("khaosan/family_read_before", int(read_before))
        self._start_timer()

    def _settings_snapshot(self, spider: Any) -> dict[str, Any]:
        """Return the settings worth keeping with the run (KHAOSAN_*, politeness, spider args)."""
        keep = (
            "DOWNLOAD_DELAY",
            "CONCURRENT_REQUESTS_PER_DOMAIN",
            "AUTOTHROTTLE_ENABLED",
            "ROBOTSTXT_OBEY",
            "USER_AGENT",
            "JOBDIR",
        )
        snapshot = {}
        for name, value in self.crawler.settings.items():
            if name.startswith("KHAOSAN_") or name in keep:
                snapshot[name] = value if isinstance(value, (str, int, float, bool)) else str(value)
        for name in ("base_url", "since", "until"):
            value = getattr(spider, name, None)
            if value is not None:
                snapshot[f"spider.{name}"] = str(value)
        return snapshot

    def routine_flush(self) -> None:
        """The crawl's own flush: a new site's articles may still wait for its profile."""
        self.flush(final=False)

    def process_item(self, item: Any) -> Any:
        """Buffer an Article for upsert or store a CrawlFailure; pass the item on."""
        from crawler.items import Article, CrawlFailure

        if self.broken:
            self.lost += 1  # the database could not be written: the run is stopping
            return item
        if isinstance(item, Article):
            record = item.record()
            if self.learn_profiles:
                self._profile(record["site"]).learn(record["body"])
            self.buffer.append(record)
            if len(self.buffer) >= self.batch_size:
                self.routine_flush()
            else:
                self._flush_if_due()
        elif isinstance(item, CrawlFailure):
            assert self.store is not None
            try:
                self.store.record_failure(item.record(), run_id=self.run_id)
            except StoreError as error:
                self._give_up(error, 1)
                return item
            self.failures += 1
            self.crawler.stats.set_value("khaosan/failures", self.failures)
        return item

    def _profile(self, site: str) -> SiteProfile:
        """Return the site's profile, loading it from the database on first use."""
        profile = self.profiles.get(site)
        if profile is None:
            assert self.store is not None
            profile = self.profiles[site] = self.store.load_profile(site)
        return profile

    def flush(self, final: bool = True) -> None:
        """Write the buffered articles in one transaction and update the crawl stats.

        The crawl's own flushes (batch full, timer) pass final=False: until a site's profile
        has seen enough pages its articles wait in the buffer, so the first pages of a new site
        are cleaned like the rest.
        """
        self.last_flush = time.monotonic()
        if self.store is None or self.broken:
            return
        if not self.buffer:
            if final and self.profiles:  # what the last skipped saves held back
                try:
                    self._save_profiles(final)
                except StoreError as error:
                    self._give_up(error, 0)
            return
        if not final and any(not p.mature for p in self.profiles.values()):
            if len(self.buffer) < PROFILE_BUFFER_MAX:
                return
        batch, self.buffer = self.buffer, []
        try:
            if self.learn_profiles:
                self._apply_profiles(batch)
            self.store.upsert_many(batch, run_id=self.run_id)
            if self.learn_profiles:
                self._revise_for_new_titles(batch)
            self._publish_committed_counts()
            self._save_profiles(final)
        except StoreError as error:  # disk full, locked too long: the batch is rolled back
            self._give_up(error, len(batch))

    def _save_profiles(self, final: bool) -> None:
        """Store every site's profile: at the end, and at most every PROFILE_SAVE_SECONDS."""
        assert self.store is not None
        now = time.monotonic()
        if (
            not final
            and self.profiles_saved_at
            and now - self.profiles_saved_at < PROFILE_SAVE_SECONDS
        ):
            return
        self.profiles_saved_at = now
        for profile in self.profiles.values():
            self.store.save_profile(profile)

    def _apply_profiles(self, batch: list[dict[str, Any]]) -> None:
        """Take each site's furniture and other articles' titles out of the batch's bodies."""
        assert self.store is not None
        store = self.store
        titles = {(r["site"], r["title"]) for r in batch if r.get("title")}
        removed = 0
        for record in batch:
            site = record["site"]

            def is_other_title(text: str, site: str = site) -> bool:
                return (site, text) in titles or store.has_title(site, text)

            if self._profile(site).clean(record, is_other_title):
                record["content_hash"] = content_hash(record)
                removed += 1
            self._remember_untitled_lines(record)
        self.crawler.stats.inc_value("khaosan/profile_cleaned_articles", removed)

    def _remember_untitled_lines(self, record: dict[str, Any]) -> None:
        """Note the body's lines that could be the title of an article not stored yet."""
        by_text = self.untitled_lines.setdefault(record["site"], {})
        own = record.get("title") or ""
        for line in (record.get("body") or "").splitlines():
            for text in title_candidates(line):
                if text == own or self.untitled_count >= UNTITLED_LINES_MAX:
                    continue
                urls = by_text.setdefault(hash(text), [])
                if record["url"] not in urls:
                    urls.append(record["url"])
                    self.untitled_count += 1

    def _revise_for_new_titles(self, batch: list[dict[str, Any]]) -> None:
        """Take the titles just stored out of the bodies this run stored before them.

        Which titles an article's cleaning knows must not depend on the order the crawl
        fetched the site's pages in: a body stored before the article its line names is
        cleaned again once that article is stored (its row and this run's version).
        """
        assert self.store is not None and self.run_id is not None
        stale: dict[str, set[str]] = {}
        for record in batch:
            by_text = self.untitled_lines.get(record["site"], {})
            holders = set(by_text.pop(hash(record.get("title") or ""), []))
            self.untitled_count -= len(holders)
            if holders - {record["url"]}:
                stale.setdefault(record["site"], set()).update(holders - {record["url"]})
        store = self.store
        revised = []
        for site, urls in sorted(stale.items()):

            def is_other_title(text: str, site: str = site) -> bool:
                return store.has_title(site, text)

            for record in store.run_records(urls, self.run_id):
                if self._profile(site).drop_titles(record, is_other_title):
                    record["content_hash"] = content_hash(record)
                    revised.append(record)
        if revised:
            store.revise_run_bodies(revised, self.run_id)
            self.crawler.stats.inc_value("khaosan/profile_revised_articles", len(revised))

    def _publish_committed_counts(self) -> None:
        """Put the run's counts as the database holds them (after commit) in the crawl stats."""
        assert self.store is not None and self.run_id is not None
        committed = self.store.run_counts(self.run_id)
        for status in ("new", "updated", "unchanged"):
            self.crawler.stats.set_value(f"khaosan/articles_{status}", committed[status])

    def _give_up(self, error: StoreError, lost: int) -> None:
        """Record that the database could not be written, and stop the crawl (once)."""
        self.broken = True
        self.lost += lost
        self.crawler.stats.set_value("khaosan/store_error", str(error))
        logger.error("%s (%d items not stored); stopping the run", error, lost)
        self._stop_crawl()

    def close_spider(self, spider: Any = None) -> None:
        """Flush, then finish the run row with the crawl's counts and exit status."""
        self._stop_timer()
        if self.store is None:
            return
        stats = self.crawler.stats
        self.flush()
        if self.lost:
            logger.error("%d items of this run were not stored", self.lost)
        judge_run(self.crawler)  # after the last write: the status and counts are what is stored
        try:
            assert self.run_id is not None
            self.store.finish_run(
                self.run_id,
                pages_fetched=stats.get_value("response_received_count", 0),
                failures=None,  # counted from the failures rows of this run
                exit_status=stats.get_value("khaosan/exit_status", 0),
                summary=stats.get_value("khaosan/summary"),
            )
        except StoreError as error:  # recorded in the stats: exit 1, the summary says why
            self._record_unfinished(error)
        finally:
            SharedStores.release(self.store)
            self.store = None
            if self.indexer is not None:  # the last crawl to close waits for the index
                self.indexer.release()
                self.indexer = None

    def _record_unfinished(self, error: StoreError) -> None:
        """A run whose end could not be written did not work: exit 1, and the summary says why."""
        stats = self.crawler.stats
        if not stats.get_value("khaosan/store_error"):
            stats.set_value("khaosan/store_error", f"{error} (the run's end was not recorded)")
        judge_run(self.crawler)
        logger.error("%s: the run's end could not be recorded", error)
