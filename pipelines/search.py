"""Thai full-text search: word segmentation, FTS5 query building and ranked search."""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from datetime import date, timedelta
from functools import lru_cache
from typing import Any

# Joins segmented words: a zero-width space (category Cf) is a token boundary for FTS5's
# unicode61 tokenizer yet invisible on screen, so stripping it restores the original text exactly
# (a plain space could not be told apart from the spaces Thai uses between phrases).
SEPARATOR = "\u200b"

# FTS5 tokenizer for the segmented index: the default unicode61 categories (L* N* Co) leave out
# the combining marks Thai vowels and tone marks are made of (Mn, Mc), which would cut every word
# at its vowels; adding them keeps each segmented word one token.
FTS_TOKENIZE = "unicode61 categories 'L* N* Co Mn Mc'"

# A quoted phrase or a bare run of non-space characters in a user's query.
QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """Import pythainlp once, on first use (it is slow to import)."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def words(text: str) -> list[str]:
    """Split text into words with pythainlp's newmm, dropping whitespace and punctuation.

    >>> words("ข่าวกระทรวงอุตสาหกรรม ปี 2561")
    ['ข่าว', 'กระทรวงอุตสาหกรรม', 'ปี', '2561']
    """
    text = unicodedata.normalize("NFC", text).replace(SEPARATOR, " ")
    tokens = _tokenizer()(text, engine="newmm", keep_whitespace=False)
    return [t for t in tokens if any(ch.isalnum() for ch in t)]


def segment(text: str | None) -> str:
    """Return text with a zero-width space between its words (all other characters kept).

    >>> segment("ข่าวกระทรวงอุตสาหกรรม ปี 2561").split(SEPARATOR)
    ['ข่าว', 'กระทรวงอุตสาหกรรม', ' ', 'ปี', ' ', '2561']
    >>> unsegment(segment("ข่าว กระทรวง")) == "ข่าว กระทรวง"
    True
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace(SEPARATOR, "")
    tokens = _tokenizer()(text, engine="newmm", keep_whitespace=True)
    return SEPARATOR.join(t for t in tokens if t)


def unsegment(text: str) -> str:
    """Remove the segmentation separators, giving back the original text."""
    return text.replace(SEPARATOR, "")


def _quote(term: str) -> str:
    """Quote one FTS5 string (double quotes doubled), so no query syntax leaks through."""
    return '"' + term.replace('"', '""') + '"'


def fts_query(user_query: str) -> str:
    """Build an FTS5 MATCH expression: the query's words, each quoted, joined by AND.

    A part in double quotes becomes one phrase (its words in that order).

    >>> fts_query("กระทรวงอุตสาหกรรม ส่งออก")
    '"กระทรวงอุตสาหกรรม" AND "ส่งออก"'
    >>> fts_query('ข่าว "การประชุมคณะรัฐมนตรี"')
    '"ข่าว" AND "การประชุม คณะรัฐมนตรี"'
    """
    terms = []
    for match in QUERY_PART.finditer(user_query or ""):
        phrase, bare = match.groups()
        if phrase is not None:
            tokens = words(phrase)
            if tokens:
                terms.append(_quote(" ".join(tokens)))
        else:
            terms.extend(_quote(token) for token in words(bare))
    if not terms:
        raise ValueError(f"no words to search for in {user_query!r}")
    return " AND ".join(terms)


def search(
    db: Any,
    query: str,
    site: str | None = None,
    since: date | None = None,
    until: date | None = None,
    limit: int = 20,
    mark: tuple[str, str] = ("[", "]"),
) -> list[dict[str, Any]]:
    """Return the articles matching query, best first (bm25, title weighted 5x), with snippets.

    db is a sqlite3.Connection, a sqlite_utils.Database or an ArticleStore; since/until are
    inclusive dates compared with published_at.
    """
    conn: sqlite3.Connection = getattr(getattr(db, "db", db), "conn", db)
    where = ["articles_fts MATCH :match"]
    params: dict[str, Any] = {
        "match": fts_query(query),
        "open": mark[0],
        "close": mark[1],
        "limit": limit,
    }
    if site:
        where.append("a.site = :site")
        params["site"] = site
    if since:
        where.append("a.published_at >= :since")
        params["since"] = since.isoformat()
    if until:
        where.append("a.published_at < :until")
        params["until"] = (until + timedelta(days=1)).isoformat()
    sql = f"""
        SELECT a.url, a.site, a.title, a.published_at,
               snippet(articles_fts, -1, :open, :close, '…', 24) AS snippet,
               bm25(articles_fts, 5.0, 1.0) AS rank
        FROM articles_fts
        JOIN articles_segmented s ON s.id = articles_fts.rowid
        JOIN articles a ON a.url = s.url
        WHERE {" AND ".join(where)}
        ORDER BY rank
        LIMIT :limit
    """
    cursor = conn.execute(sql, params)
    columns = [d[0] for d in cursor.description]
    results = []
    for row in cursor:
        item = dict(zip(columns, row, strict=True))
        item["snippet"] = unsegment(item["snippet"] or "")
        results.append(item)
    return results
