"""Datasette plugin: SQL functions thai_segment(text) and thai_fts_query(q) for Thai search."""

from __future__ import annotations

import sqlite3

from datasette import hookimpl  # type: ignore[import-untyped,unused-ignore]

from pipelines.search import fts_query, segment


def thai_fts_query(query: str | None) -> str:
    """Return the FTS5 MATCH expression for a Thai query ('""' matches nothing when empty)."""
    try:
        return fts_query(query or "")
    except ValueError:
        return '""'


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Register the Thai search functions on every Datasette connection."""
    conn.create_function("thai_segment", 1, segment, deterministic=True)
    conn.create_function("thai_fts_query", 1, thai_fts_query, deterministic=True)
