"""The search index's queue: stored articles whose text waits to be segmented and indexed.

Plain sqlite3 on purpose: the indexer process imports this module and the segmenter only,
so it holds little more than the segmenter.
"""

from __future__ import annotations

import sqlite3

from pipelines.search import segment

# Articles segmented per transaction: a batch holds the write lock for the FTS5 insert only.
BATCH = 100


def enqueue(conn: sqlite3.Connection, url: str) -> None:
    """Queue *url* for indexing (inside the caller's transaction); once, however often."""
    conn.execute("INSERT INTO index_queue (url) VALUES (?) ON CONFLICT (url) DO NOTHING", [url])


def recorded_segmenter(conn: sqlite3.Connection) -> str | None:
    """Return the segmenter recorded as the one that built the index (None: not recorded)."""
    row = conn.execute("SELECT value FROM search_meta WHERE key = 'segmenter'").fetchone()
    return row[0] if row else None


def requeue_for_segmenter(conn: sqlite3.Connection, current: str) -> int:
    """Queue every article again when the index was built by another segmenter; return how many.

    Call inside the caller's write transaction. The segmenter that built the index is kept in
    search_meta; a database indexed before it was kept was indexed by nlpo3 (or newmm when
    nlpo3 was missing), so it is queued unless the current engine is nlpo3. Articles keep their
    index rowids (the indexer updates them in place), so search's newest-first order holds while
    the index is rebuilt; until then the articles not yet done answer to the old tokens.
    """
    recorded = recorded_segmenter(conn)
    if recorded == current:
        return 0
    indexed = conn.execute("SELECT 1 FROM articles_segmented LIMIT 1").fetchone()
    queued_now = 0
    if indexed and not (recorded is None and current.startswith("nlpo3")):
        before = conn.total_changes
        conn.execute(
            "INSERT INTO index_queue (url) SELECT url FROM articles_segmented ORDER BY id "
            "ON CONFLICT (url) DO NOTHING"
        )
        queued_now = conn.total_changes - before
    conn.execute(
        "INSERT INTO search_meta (key, value) VALUES ('segmenter', ?) "
        "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [current],
    )
    return queued_now


def queued(conn: sqlite3.Connection) -> int:
    """Return how many stored articles wait for the indexer (not yet searchable)."""
    return int(conn.execute("SELECT COUNT(*) FROM index_queue").fetchone()[0])


Batch = list[tuple[int, str, tuple[str, str], tuple[str, str]]]


def read_batch(conn: sqlite3.Connection, limit: int = BATCH, after: int = 0) -> list[tuple]:
    """Return up to *limit* queued (id, url, title, body) after queue id *after*, oldest first."""
    return conn.execute(
        "SELECT q.id, q.url, a.title, a.body FROM index_queue q "
        "LEFT JOIN articles a ON a.url = q.url WHERE q.id > ? ORDER BY q.id LIMIT ?",
        [after, limit],
    ).fetchall()


def segment_batch(rows: list[tuple]) -> Batch:
    """Segment the rows' texts (no database access: another thread may do it)."""
    batch = []
    for queue_id, url, title, body in rows:
        text = (title or "", body or "")
        batch.append((queue_id, url, text, (segment(text[0]), segment(text[1]))))
    return batch


def write_batch(conn: sqlite3.Connection, batch: Batch) -> int:
    """Index a segmented batch in one transaction; return how many left the queue.

    An article whose text changed since it was read stays queued (a later batch reads the new
    text); one deleted meanwhile leaves. Queue order is store order, so the index's rowids
    keep following it (search treats the newest rowids as the newest articles).
    """
    if not batch:
        return 0
    done = 0
    own = not conn.in_transaction
    if own:
        conn.execute("BEGIN IMMEDIATE")
    try:
        for queue_id, url, text, segmented in batch:
            current = conn.execute(
                "SELECT title, body FROM articles WHERE url = ?", [url]
            ).fetchone()
            if current is not None:
                if (current[0] or "", current[1] or "") != text:
                    continue  # changed while it was segmented
                present = conn.execute(
                    "SELECT 1 FROM articles_segmented WHERE url = ?", [url]
                ).fetchone()
                if not present:
                    conn.execute(
                        "INSERT INTO articles_segmented (url, title, body) VALUES (?, ?, ?)",
                        [url, *segmented],
                    )
                else:  # queued again by a change of segmenter: new tokens, same index rowid
                    conn.execute(
                        "UPDATE articles_segmented SET title = ?, body = ? WHERE url = ? "
                        "AND (title IS NOT ? OR body IS NOT ?)",
                        [*segmented, url, *segmented],
                    )
            conn.execute("DELETE FROM index_queue WHERE id = ?", [queue_id])
            done += 1
    except BaseException:
        if own and conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    if own:
        conn.execute("COMMIT")
    return done


def index_batch(conn: sqlite3.Connection, limit: int = BATCH) -> int:
    """Segment and index up to *limit* queued articles, oldest first; return how many left."""
    return write_batch(conn, segment_batch(read_batch(conn, limit)))


def drain(conn: sqlite3.Connection, limit: int = BATCH) -> int:
    """Index everything queued; return how many articles left the queue."""
    total = 0
    while True:
        done = index_batch(conn, limit)
        total += done
        if not done and not queued(conn):
            return total
