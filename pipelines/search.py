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
# A query's Thai words of at least this many letters (vowel and tone marks not counted) also
# match as a prefix: the segmenter keeps compounds such as น้ำตาลทราย whole, so น้ำตาล must reach
# them; shorter words (การ, ความ, ปี) would match far too much.
PREFIX_MIN_LETTERS = 5
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")


@lru_cache(maxsize=1)
def engine() -> str:
    """Return the pythainlp engine used for the index and queries: nlpo3 when installed.

    nlpo3 is newmm (same algorithm, pythainlp's dictionary) compiled in Rust, about ten times
    faster than pythainlp's pure-Python newmm; index and queries always use the same engine.
    """
    try:
        import nlpo3  # noqa: F401
    except ImportError:
        return "newmm"
    return "nlpo3"


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """Import pythainlp once, on first use (it is slow to import)."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


def words(text: str) -> list[str]:
    """Split text into words (pythainlp newmm or nlpo3), dropping whitespace and punctuation.

    >>> words("ข่าวกระทรวงอุตสาหกรรม ปี 2561")
    ['ข่าว', 'กระทรวงอุตสาหกรรม', 'ปี', '2561']
    """
    text = unicodedata.normalize("NFC", text).replace(SEPARATOR, " ")
    tokens = _tokenizer()(text, engine=engine(), keep_whitespace=False)
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
    # join_broken_num glues "1", ",", "000" back into "1,000"; FTS5 splits at the punctuation
    # again, so the index gets the same tokens without that pass (a quarter of the time).
    tokens = _tokenizer()(text, engine=engine(), keep_whitespace=True, join_broken_num=False)
    return SEPARATOR.join(t for t in tokens if t)


def unsegment(text: str) -> str:
    """Remove the segmentation separators, giving back the original text."""
    return text.replace(SEPARATOR, "")


def _quote(term: str) -> str:
    """Quote one FTS5 string (double quotes doubled), so no query syntax leaks through."""
    return '"' + term.replace('"', '""') + '"'


def _word_term(token: str) -> str:
    """Return the FTS5 term of one query word: a long Thai word matches itself or as a prefix.

    The word itself and its prefix form are OR-ed, so bm25 counts an exact match twice and an
    article with the word itself ranks above one with only a longer compound.

    >>> _word_term("น้ำตาล"), _word_term("ความ"), _word_term("sugar")
    ('("น้ำตาล" OR "น้ำตาล"*)', '"ความ"', '"sugar"')
    """
    quoted = _quote(token)
    letters = sum(1 for ch in token if unicodedata.category(ch) != "Mn")
    if letters >= PREFIX_MIN_LETTERS and THAI_LETTER.search(token):
        return f"({quoted} OR {quoted}*)"
    return quoted


def fts_query(user_query: str) -> str:
    """Build an FTS5 MATCH expression: the query's words, each quoted, joined by AND.

    A part in double quotes becomes one exact phrase (its words in that order); a bare Thai
    word of PREFIX_MIN_LETTERS or more also matches the compounds it starts.

    >>> fts_query("น้ำตาล ปี")
    '("น้ำตาล" OR "น้ำตาล"*) AND "ปี"'
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
            terms.extend(_word_term(token) for token in words(bare))
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

    Ranking runs on the index alone (no snippet, no join for an unfiltered query) and keeps the
    best *limit* rows; only those get their record and snippet, so a common word costs one
    bm25 per match instead of one snippet per match.
    """
    conn: sqlite3.Connection = getattr(getattr(db, "db", db), "conn", db)
    params: dict[str, Any] = {"match": fts_query(query), "limit": max(0, int(limit))}
    where = []
    if site:
        where.append("a.site = :site")
        params["site"] = site
    if since:
        where.append("a.published_at >= :since")
        params["since"] = since.isoformat()
    if until:
        where.append("a.published_at < :until")
        params["until"] = (until + timedelta(days=1)).isoformat()
    joins = ""
    if where:  # filters need the article's columns: join inside the ranking query, no snippets
        joins = (
            "JOIN articles_segmented s ON s.id = articles_fts.rowid "
            "JOIN articles a ON a.url = s.url"
        )
    own_snapshot = not conn.in_transaction  # both statements read one snapshot of the database
    if own_snapshot:
        conn.execute("BEGIN")
    try:
        return _ranked_results(conn, params, where, joins, mark)
    finally:
        if own_snapshot and conn.in_transaction:
            conn.execute("COMMIT")


def _ranked_results(
    conn: sqlite3.Connection,
    params: dict[str, Any],
    where: list[str],
    joins: str,
    mark: tuple[str, str],
) -> list[dict[str, Any]]:
    """Rank the matches on the index, then read record and snippet of the best ones only."""
    ranked = conn.execute(
        f"""SELECT articles_fts.rowid, bm25(articles_fts, 5.0, 1.0) AS score
            FROM articles_fts {joins}
            WHERE {" AND ".join(["articles_fts MATCH :match", *where])}
            ORDER BY score, articles_fts.rowid
            LIMIT :limit""",
        params,
    ).fetchall()
    results = []
    for rowid, score in ranked:
        row = conn.execute(
            """SELECT a.url, a.site, a.title, a.published_at,
                   snippet(articles_fts, -1, :open, :close, '…', 24)
               FROM articles_fts
               JOIN articles_segmented s ON s.id = articles_fts.rowid
               JOIN articles a ON a.url = s.url
               WHERE articles_fts MATCH :match AND articles_fts.rowid = :id""",
            {"match": params["match"], "open": mark[0], "close": mark[1], "id": rowid},
        ).fetchone()
        if row is None:  # deleted between the two statements (a crawl writing meanwhile)
            continue
        url, site_key, title, published_at, snippet = row
        results.append(
            {
                "url": url,
                "site": site_key,
                "title": title,
                "published_at": published_at,
                "snippet": unsegment(snippet or ""),
                "rank": score,
            }
        )
    return results
