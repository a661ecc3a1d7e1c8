"""Datasette plugin: Thai search functions, and `?_search=` on articles running the Thai search.

SQL functions thai_segment(text) and thai_fts_query(q). A table page's `_search` would match the
raw query against nothing (the index holds segmented words, keyed by another id), so requests for
articles or articles_browse with `_search` are redirected to the database's thai_search query.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from datasette import hookimpl  # type: ignore[import-untyped,unused-ignore]

from pipelines.search import fts_query, segment

SEARCHED_TABLES = ("articles", "articles_browse")
ASGIApp = Callable[[dict[str, Any], Any, Any], Awaitable[None]]


def thai_fts_query(query: str | None) -> str:
    """Return the FTS5 MATCH expression for a Thai query ('""' matches nothing when empty)."""
    try:
        return fts_query(query or "")
    except ValueError:
        return '""'


def search_redirect(path: str, query_string: str) -> str | None:
    """Return where a table `_search` request should go (the thai_search query), else None.

    >>> search_redirect("/news/articles", "_search=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7")
    '/news/thai_search?q=%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7'
    >>> search_redirect("/news/articles.json", "_search=x&_shape=array")
    '/news/thai_search.json?q=x&_shape=array'
    >>> search_redirect("/news/failures", "_search=x") is None
    True
    """
    parts = path.strip("/").split("/")
    if len(parts) != 2:
        return None
    database, table = parts
    table, dot, suffix = table.partition(".")
    params = parse_qs(query_string, keep_blank_values=True)
    if table not in SEARCHED_TABLES or not params.get("_search"):
        return None
    kept = [("q", params["_search"][0])]
    kept += [(k, v) for k, values in params.items() if k == "_shape" for v in values]
    return f"/{quote(database)}/thai_search{dot}{suffix}?{urlencode(kept)}"


@hookimpl
def prepare_connection(conn: sqlite3.Connection) -> None:
    """Register the Thai search functions on every Datasette connection."""
    conn.create_function("thai_segment", 1, segment, deterministic=True)
    conn.create_function("thai_fts_query", 1, thai_fts_query, deterministic=True)


@hookimpl
def asgi_wrapper(datasette: Any) -> Callable[[ASGIApp], ASGIApp]:
    """Send `?_search=` on the articles tables to the Thai search query."""

    def wrap(app: ASGIApp) -> ASGIApp:
        async def redirect_search(scope: dict[str, Any], receive: Any, send: Any) -> None:
            if scope.get("type") == "http":
                query_string = scope.get("query_string", b"").decode("latin-1")
                location = search_redirect(scope.get("path", ""), query_string)
                if location is not None:
                    await send(
                        {
                            "type": "http.response.start",
                            "status": 302,
                            "headers": [(b"location", location.encode("latin-1"))],
                        }
                    )
                    await send({"type": "http.response.body", "body": b""})
                    return
            await app(scope, receive, send)

        return redirect_search

    return wrap
