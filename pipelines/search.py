"""Thai full-text search: word segmentation, FTS5 query building and ranked search."""

from __future__ import annotations

import json
import re
import sqlite3
import threading
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

# Characters a query may have: longer ones took seconds to segment and match.
MAX_QUERY_CHARS = 300
# A quoted phrase or a bare run of non-space characters in a user's query.
QUERY_PART = re.compile(r'"([^"]*)"|(\S+)')
# A query's Thai words of at least this many letters (vowel and tone marks not counted) also
# match as a prefix: the segmenter keeps compounds such as เกษตรกร whole, so เกษตร must reach
# them; shorter words (การ, ความ, ปี) would match far too much.
PREFIX_MIN_LETTERS = 5
THAI_LETTER = re.compile("[\u0e01-\u0e2e]")
# Texts of at least this many characters are segmented by nlpo3's multithreaded mode (the same
# words as one thread, tests/test_search.py checks it; a shorter text gains nothing from threads).
PARALLEL_MIN_CHARS = 1000


@lru_cache(maxsize=1)
def engine() -> str:
    """Return the segmenter of the index and queries: ICU's word break, else nlpo3, else newmm.

    ICU's dictionary-based word break (PyICU, the engine pythainlp calls "icu") loads in ~20 MB
    and segments ~5.7 M characters/s on the corpus texts; nlpo3 (newmm in Rust) needs ~67 MB
    for its dictionary at half that speed; pythainlp's pure-Python newmm is the last resort.
    Index and queries always use the same engine; a database indexed by another one is
    indexed again (see `segmenter()` and the store). Found without importing it: a crawl
    process that leaves indexing to the indexer process never loads a segmenter.
    """
    from importlib.util import find_spec

    for name, module in (("icu", "icu"), ("nlpo3", "nlpo3")):
        if find_spec(module) is not None:
            return name
    return "newmm"


# The distributions that install each engine's module, for its version (no import needed).
ENGINE_DISTRIBUTIONS = {
    "icu": ("pyicu-wheels", "PyICU", "pyicu-binary"),
    "nlpo3": ("nlpo3",),
    "newmm": ("pythainlp",),
}


@lru_cache(maxsize=1)
def segmenter() -> str:
    """Return the engine and its version, as recorded in a database's search_meta.

    Tokens depend on the engine's dictionary, so a change of either means indexing again.
    """
    from importlib.metadata import PackageNotFoundError, version

    name = engine()
    for distribution in ENGINE_DISTRIBUTIONS[name]:
        try:
            return f"{name} {distribution} {version(distribution)}"
        except PackageNotFoundError:
            continue
    return name


@lru_cache(maxsize=1)
def _tokenizer() -> Any:
    """Import pythainlp once, on first use (it is slow to import)."""
    from pythainlp.tokenize import word_tokenize

    return word_tokenize


@lru_cache(maxsize=1)
def _nlpo3_segment() -> Any:
    """Return pythainlp's nlpo3 segment(), which word_tokenize(engine="nlpo3") calls."""
    from pythainlp.tokenize.nlpo3 import segment as nlpo3_segment

    return nlpo3_segment


_icu_local = threading.local()


def _icu_tokens(text: str) -> list[str]:
    """Return ICU's Thai word-break pieces of *text*, every character kept (one per thread).

    pythainlp's icu wrapper pads non-Thai runs with spaces first, which the index cannot
    have: joined, the pieces must give back the text exactly.
    """
    breaker = getattr(_icu_local, "breaker", None)
    if breaker is None:
        from icu import BreakIterator, Locale

        breaker = _icu_local.breaker = BreakIterator.createWordInstance(Locale("th"))
    breaker.setText(text)
    ends = list(breaker)  # (the boundaries in one C call: a tenth faster than a loop)
    return [text[start:end] for start, end in zip([0, *ends], ends, strict=False)]


def tokens(text: str, parallel: bool = False) -> list[str]:
    """Return the index tokens of NFC text, whitespace kept: word_tokenize without its passes.

    With nlpo3, *parallel* segments the text on several threads (same tokens, faster for long
    texts); word_tokenize adds nothing here but a dictionary object built per call.
    """
    name = engine()
    if name == "icu":
        return _icu_tokens(text)
    if name == "nlpo3":
        result: list[str] = _nlpo3_segment()(text, parallel_mode=parallel)
        return result
    # join_broken_num glues "1", ",", "000" back into "1,000"; FTS5 splits at the punctuation
    # again, so the index gets the same tokens without that pass (a quarter of the time).
    return list(_tokenizer()(text, engine=name, keep_whitespace=True, join_broken_num=False))


def words(text: str) -> list[str]:
    """Split text into words as the index does, dropping whitespace and punctuation.

    >>> words("ข่าวกระทรวงอุตสาหกรรม ปี 2561")
    ['ข่าว', 'กระทรวง', 'อุตสาหกรรม', 'ปี', '2561']
    """
    text = unicodedata.normalize("NFC", text).replace(SEPARATOR, " ")
    return [t for t in tokens(text) if any(ch.isalnum() for ch in t)]


def segment(text: str | None) -> str:
    """Return text with a zero-width space between its words (all other characters kept).

    >>> segment("ข่าวกระทรวงอุตสาหกรรม ปี 2561").split(SEPARATOR)
    ['ข่าว', 'กระทรวง', 'อุตสาหกรรม', ' ', 'ปี', ' ', '2561']
    >>> unsegment(segment("ข่าว กระทรวง")) == "ข่าว กระทรวง"
    True
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFC", text).replace(SEPARATOR, "")
    return SEPARATOR.join(filter(None, tokens(text, parallel=len(text) >= PARALLEL_MIN_CHARS)))


def unsegment(text: str) -> str:
    """Remove the segmentation separators, giving back the original text."""
    return text.replace(SEPARATOR, "")


def _quote(term: str) -> str:
    """Quote one FTS5 string (double quotes doubled), so no query syntax leaks through."""
    return '"' + term.replace('"', '""') + '"'


def _word_term(token: str, compounds: bool = True) -> str:
    """Return the FTS5 term of one query word: a long Thai word matches itself or as a prefix.

    The word itself and its prefix form are OR-ed, so bm25 counts an exact match twice and an
    article with the word itself ranks above one with only a longer compound.

    >>> _word_term("น้ำตาล"), _word_term("ความ"), _word_term("sugar")
    ('("น้ำตาล" OR "น้ำตาล"*)', '"ความ"', '"sugar"')
    """
    quoted = _quote(token)
    letters = sum(1 for ch in token if unicodedata.category(ch) != "Mn")
    if compounds and letters >= PREFIX_MIN_LETTERS and THAI_LETTER.search(token):
        return f"({quoted} OR {quoted}*)"
    return quoted


def fts_query(user_query: str, compounds: bool = True, phrases: bool = True) -> str:
    """Build an FTS5 MATCH expression from a user's query; nothing else of FTS5 leaks through.

    Words must all occur (AND); "double quotes" make an exact phrase; OR between words or
    groups, NOT before a word to exclude it (both in capitals); word* matches words starting
    with it; a bare Thai word of PREFIX_MIN_LETTERS or more also matches the compounds it starts
    (unless *compounds* is false). With *phrases* false a phrase is only its words, all to
    match (a cheaper query that matches at least as much). Queries longer than MAX_QUERY_CHARS
    are refused (ValueError).

    >>> fts_query("น้ำตาล ปี")
    '("น้ำตาล" OR "น้ำตาล"*) AND "ปี"'
    >>> fts_query('ข่าว "การประชุมคณะรัฐมนตรี"')
    '"ข่าว" AND "การ ประชุม คณะ รัฐมนตรี"'
    >>> fts_query("อ้อย OR sugar NOT ราคา")
    '"อ้อย" OR ("sugar" NOT "ราคา")'
    >>> fts_query("อุตสา*")
    '"อุตสา"*'
    >>> fts_query('น้ำตาล "การประชุมคณะรัฐมนตรี"', compounds=False, phrases=False)
    '"น้ำตาล" AND "การ" AND "ประชุม" AND "คณะ" AND "รัฐมนตรี"'
    """
    if len(user_query or "") > MAX_QUERY_CHARS:
        raise ValueError(f"query longer than {MAX_QUERY_CHARS} characters")
    groups: list[tuple[list[str], list[str]]] = [([], [])]
    negate = False
    found = False
    for match in QUERY_PART.finditer(user_query or ""):
        phrase, bare = match.groups()
        if bare in ("OR", "NOT", "AND"):
            if negate or (bare != "AND" and not groups[-1][0]):
                raise ValueError(f"{bare} needs a word before it in {user_query!r}")
            if bare == "OR":
                groups.append(([], []))
            negate = bare == "NOT"
            continue
        terms = _terms(phrase, bare, compounds, phrases)
        if not terms:
            continue
        found = True
        if negate:
            groups[-1][1].append(terms[0] if len(terms) == 1 else f"({' AND '.join(terms)})")
        else:
            groups[-1][0].extend(terms)
        negate = False
    if not found:
        raise ValueError(f"no words to search for in {user_query!r}")
    if negate or not groups[-1][0]:
        last = "NOT" if negate else "OR"
        raise ValueError(f"{last} needs a word after it in {user_query!r}")
    parts = []
    for positive, negative in groups:
        part = " AND ".join(positive)
        if negative:
            part = (f"({part})" if len(positive) > 1 else part) + "".join(
                f" NOT {term}" for term in negative
            )
        parts.append(f"({part})" if len(groups) > 1 and len(positive) + len(negative) > 1 else part)
    return " OR ".join(parts)


def _terms(
    phrase: str | None, bare: str | None, compounds: bool = True, phrases: bool = True
) -> list[str]:
    """Return the FTS5 terms of one query part (a phrase, a word or a word*), all to match."""
    if phrase is not None:
        tokens = words(phrase)
        if not phrases:
            return [_quote(token) for token in tokens]
        return [_quote(" ".join(tokens))] if tokens else []
    assert bare is not None
    if bare.endswith("*"):  # not segmented: the start of a word is not a word
        stem = unicodedata.normalize("NFC", bare.rstrip("*"))
        return [_quote(stem) + "*"] if any(ch.isalnum() for ch in stem) else []
    return [_word_term(token, compounds) for token in words(bare)]


# Ranking reads the index alone and keeps the best :limit rows: no snippet and no join per match.
RANK_SQL = """
    SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts
    WHERE articles_fts MATCH :match
    ORDER BY score, rowid LIMIT :limit
"""
# The rowid below the newest :window matches (none when there are no more): walks the index in
# rowid order only, no ranking, so it costs about :window steps however common the words are.
# It runs on the query's words alone (phrases as words, no compounds), which never needs more.
FLOOR_SQL = """
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match
    ORDER BY rowid DESC LIMIT 1 OFFSET :window
"""
# The matches above a floor (the newest of a query's words), newest first: no ranking function.
WINDOW_SQL = """
    SELECT rowid FROM articles_fts WHERE articles_fts MATCH :match AND rowid > :floor
    ORDER BY rowid DESC
"""
# A query whose words are in more articles than this is answered from the RANK_WINDOW newest (the
# most recently indexed) of them, those with the query in their title first, each group newest
# first, without bm25: its IDF term reads the whole doclist of every word on every query, tens of
# milliseconds for a word in most of a million articles, and for such a word it is close to zero
# anyway. Such a query's long words match exactly (no compounds: a prefix term merges every
# doclist it starts). When fewer than the limit match in the window (a phrase rarer than its
# words, filters few articles pass), the window grows WINDOW_GROWTH times, up to every match.
RANK_WINDOW = 5_000
WINDOW_GROWTH = 8
# The rank of a windowed result: the query in the title, or in the body only (lower is better).
WINDOW_TITLE_RANK, WINDOW_BODY_RANK = -1.0, 0.0
# With filters the article's columns are needed: joined inside the ranking, still no snippets.
RANK_FILTERED_SQL = """
    SELECT articles_fts.rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts
    JOIN articles_segmented s ON s.id = articles_fts.rowid
    JOIN articles a ON a.url = s.url
    WHERE articles_fts MATCH :match
      AND (:site IS NULL OR a.site = :site)
      AND (:since IS NULL OR a.published_at >= :since)
      AND (:until IS NULL OR a.published_at < :until)
    ORDER BY score, articles_fts.rowid LIMIT :limit
"""
# Filter columns of ranked matches (ids as a JSON array, so the statement stays constant). The
# indexes of schema m007 hold every column it reads: an article row (a whole body) costs a page.
FILTER_SQL = """
    SELECT s.id FROM articles_segmented s INDEXED BY idx_segmented_id_url
    JOIN articles a INDEXED BY idx_articles_url_filters ON a.url = s.url
    WHERE s.id IN (SELECT value FROM json_each(:ids))
      AND (:site IS NULL OR a.site = :site)
      AND (:since IS NULL OR a.published_at >= :since)
      AND (:until IS NULL OR a.published_at < :until)
"""
# A filtered search first ranks this many times its limit (at least OVERFETCH_MIN) on the index
# alone and filters those; only when too few pass does it rank every match with the filters.
OVERFETCH = 50
OVERFETCH_MIN = 1000
# When too few over-fetched matches pass, filters passed by at most this many articles give
# their index ids (from idx_articles_site_published) and only those matches are ranked.
FILTER_IDS_MAX = 20_000
# Candidates checked against the filters per statement.
FILTER_CHUNK = 250
# Index ids of the articles passing the filters (its WHERE is built from the filters given).
FILTER_IDS_SQL = """
    SELECT s.id FROM articles a JOIN articles_segmented s ON s.url = a.url WHERE {where}
    LIMIT :most
"""
# Ranking of the matches among given index ids (the unary + keeps the ids out of the index
# lookup: one pass over the matches, not one index seek per id).
RANK_IDS_SQL = """
    SELECT rowid, bm25(articles_fts, 5.0, 1.0) AS score FROM articles_fts
    WHERE articles_fts MATCH :match AND +rowid IN (SELECT value FROM json_each(:ids))
    ORDER BY score, rowid LIMIT :limit
"""
# Snippets of the ranked matches of a prefix query in one pass over its matches: a prefix term
# merges the doclists of every word it starts on each evaluation, so one seek per match (HIT_SQL)
# would merge them once per match. The unary + keeps the rowid test out of the index lookup;
# the pass covers only the rowids between the first and the last ranked one.
SNIPPETS_SQL = """
    SELECT articles_fts.rowid, snippet(articles_fts, -1, :open, :close, '…', 24)
    FROM articles_fts
    WHERE articles_fts MATCH :match AND articles_fts.rowid BETWEEN :low AND :high
      AND +articles_fts.rowid IN (SELECT value FROM json_each(:ids))
"""
# Records of the ranked matches.
RECORDS_SQL = """
    SELECT s.id, a.url, a.site, a.title, a.published_at
    FROM articles_segmented s JOIN articles a ON a.url = s.url
    WHERE s.id IN (SELECT value FROM json_each(:ids))
"""
# Record and highlighted snippet of one ranked match.
HIT_SQL = """
    SELECT a.url, a.site, a.title, a.published_at,
        snippet(articles_fts, -1, :open, :close, '…', 24)
    FROM articles_fts
    JOIN articles_segmented s ON s.id = articles_fts.rowid
    JOIN articles a ON a.url = s.url
    WHERE articles_fts MATCH :match AND articles_fts.rowid = :id
"""


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
    inclusive dates compared with published_at. Matches are ranked on the index first; only
    the best *limit* get their record and snippet, all read from one snapshot. A query whose
    words are in more than RANK_WINDOW articles is answered from the newest RANK_WINDOW of them
    (more when fewer than *limit* match there): title matches first, newest first, its long
    words matched exactly (no compounds).
    """
    conn: sqlite3.Connection = getattr(getattr(db, "db", db), "conn", db)
    params: dict[str, Any] = {
        "match": fts_query(query),
        "floor": 0,
        "limit": max(0, int(limit)),
        "site": site or None,
        "since": since.isoformat() if since else None,
        "until": (until + timedelta(days=1)).isoformat() if until else None,
    }
    filtered = any(params[name] is not None for name in ("site", "since", "until"))
    own_snapshot = not conn.in_transaction
    if own_snapshot:
        conn.execute("BEGIN")  # a deferred read transaction: both statements see one snapshot
    try:
        match, window = params["match"], max(RANK_WINDOW, params["limit"])
        while True:
            params["match"], params["floor"] = _window(conn, query, match, window)
            if params["floor"]:
                ranked = _window_ranking(conn, params, filtered)
            elif filtered:
                ranked = _filtered_ranking(conn, params)
            else:
                ranked = conn.execute(RANK_SQL, params).fetchall()
            if not params["floor"] or len(ranked) >= params["limit"]:
                break
            window *= WINDOW_GROWTH  # too few in the window: a wider one, at last every match
        return _hits(conn, params["match"], ranked, mark, one_pass=bool(params["floor"]))
    finally:
        if own_snapshot and conn.in_transaction:
            conn.execute("COMMIT")


def _window(conn: sqlite3.Connection, query: str, match: str, window: int) -> tuple[str, int]:
    """Return the match and rowid floor ranking the newest *window* articles with the words.

    When fewer articles hold the query's words, every match is ranked: *match* and floor 0.
    """
    words_only = fts_query(query, compounds=False, phrases=False)
    found = conn.execute(FLOOR_SQL, {"match": words_only, "window": window}).fetchone()
    if found is None:
        return match, 0
    return fts_query(query, compounds=False), found[0]


def _window_ranking(
    conn: sqlite3.Connection, params: dict[str, Any], filtered: bool
) -> list[tuple[int, float]]:
    """Return the best params["limit"] matches above the floor passing the filters.

    Title matches come first, then the others, each newest first (WINDOW_SQL's order).
    """
    rowids = [rowid for (rowid,) in conn.execute(WINDOW_SQL, params)]
    title = f"title : ({params['match']})"
    in_title = {rowid for (rowid,) in conn.execute(WINDOW_SQL, {**params, "match": title})}
    ordered = [rowid for rowid in rowids if rowid in in_title]
    ordered += [rowid for rowid in rowids if rowid not in in_title]
    if filtered:
        ordered = _passing(conn, params, ordered)
    return [
        (rowid, WINDOW_TITLE_RANK if rowid in in_title else WINDOW_BODY_RANK)
        for rowid in ordered[: params["limit"]]
    ]


def _passing(conn: sqlite3.Connection, params: dict[str, Any], rowids: list[int]) -> list[int]:
    """Return the rowids passing the filters, in order, params["limit"] of them at most.

    The first OVERFETCH_MIN are checked in chunks (enough pass there unless the filters are
    selective); then the ids of the articles passing selective filters, else every rowid.
    """
    limit, sql = params["limit"], _filter_sql(conn)
    kept: list[int] = []
    for start in range(0, min(len(rowids), OVERFETCH_MIN), FILTER_CHUNK):
        chunk = rowids[start : start + FILTER_CHUNK]
        passing = {i for (i,) in conn.execute(sql, {**params, "ids": json.dumps(chunk)})}
        kept += [rowid for rowid in chunk if rowid in passing]
        if len(kept) >= limit:
            return kept[:limit]
    rest = rowids[OVERFETCH_MIN:]
    if not rest:
        return kept
    selected = _filter_ids(conn, params)
    if selected is None:
        selected = {i for (i,) in conn.execute(sql, {**params, "ids": json.dumps(rest)})}
    return (kept + [rowid for rowid in rest if rowid in selected])[:limit]


def _filter_ids(conn: sqlite3.Connection, params: dict[str, Any]) -> set[int] | None:
    """Return the index ids of the articles passing the filters, or None past FILTER_IDS_MAX."""
    where = " AND ".join(
        condition
        for name, condition in (
            ("site", "a.site = :site"),
            ("since", "a.published_at >= :since"),
            ("until", "a.published_at < :until"),
        )
        if params[name] is not None
    )
    sql = FILTER_IDS_SQL.format(where=where)
    ids = {i for (i,) in conn.execute(sql, {**params, "most": FILTER_IDS_MAX + 1})}
    return ids if len(ids) <= FILTER_IDS_MAX else None


def _filtered_ranking(conn: sqlite3.Connection, params: dict[str, Any]) -> list[tuple[int, float]]:
    """Return the best matches passing the filters: over-fetch on the index, else rank them all.

    The best rows passing the filters are the filtered subsequence of the index's own order, so
    when enough pass among the over-fetched rows (or those were every match) they are the answer.
    Otherwise the filters are selective: the matches among the ids of the articles passing them
    are ranked (or, when those are too many, every match joined to its article).
    """
    limit = params["limit"]
    fetch = max(limit * OVERFETCH, OVERFETCH_MIN)
    ranked = conn.execute(RANK_SQL, {**params, "limit": fetch}).fetchall()
    ids = json.dumps([rowid for rowid, _ in ranked])
    passing = {rowid for (rowid,) in conn.execute(_filter_sql(conn), {**params, "ids": ids})}
    kept = [(rowid, score) for rowid, score in ranked if rowid in passing]
    if len(kept) >= limit or len(ranked) < fetch:
        return kept[:limit]
    selected = _filter_ids(conn, params)
    if selected is not None:
        ids = json.dumps(sorted(selected))
        return conn.execute(RANK_IDS_SQL, {**params, "ids": ids}).fetchall()
    return conn.execute(RANK_FILTERED_SQL, params).fetchall()


def _filter_sql(conn: sqlite3.Connection) -> str:
    """Return FILTER_SQL, or without its index hints on a database not yet migrated (m007)."""
    hinted = conn.execute(
        "SELECT COUNT(*) FROM sqlite_master WHERE name IN "
        "('idx_segmented_id_url', 'idx_articles_url_filters')"
    ).fetchone()[0]
    if hinted == 2:
        return FILTER_SQL
    return FILTER_SQL.replace(" INDEXED BY idx_segmented_id_url", "").replace(
        " INDEXED BY idx_articles_url_filters", ""
    )


def _hits(
    conn: sqlite3.Connection,
    match: str,
    ranked: list[tuple[int, float]],
    mark: tuple[str, str],
    one_pass: bool = False,
) -> list[dict[str, Any]]:
    """Return the result rows of ranked (rowid, rank) matches: record plus snippet, in order.

    Snippets come from one pass over the matches between the first and last ranked rowid for a
    prefix query or a windowed one (*one_pass*), else from one index seek per match.
    """
    names = ("url", "site", "title", "published_at", "snippet")
    rows: dict[int, tuple[Any, ...]] = {}
    if ('"*' in match or one_pass) and ranked:  # every snippet from one pass over the matches
        rowids = [rowid for rowid, _ in ranked]
        ids = json.dumps(rowids)
        found = {"low": min(rowids), "high": max(rowids), "ids": ids}
        snippets = dict(
            conn.execute(
                SNIPPETS_SQL, {"match": match, "open": mark[0], "close": mark[1], **found}
            ).fetchall()
        )
        for rowid, *record in conn.execute(RECORDS_SQL, {"ids": ids}):
            if rowid in snippets:
                rows[rowid] = (*record, snippets[rowid])
    else:  # plain words: one seek per match is cheapest
        for rowid, _ in ranked:
            hit = {"match": match, "open": mark[0], "close": mark[1], "id": rowid}
            row = conn.execute(HIT_SQL, hit).fetchone()
            if row is not None:
                rows[rowid] = row
    results = []
    for rowid, score in ranked:
        if rowid in rows:  # always, inside one snapshot
            item = dict(zip(names, rows[rowid], strict=True))
            item["snippet"] = unsegment(item["snippet"] or "")
            item["rank"] = score
            results.append(item)
    return results
