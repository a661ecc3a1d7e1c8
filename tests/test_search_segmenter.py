"""A database indexed by another word segmenter is indexed again, in place, losing nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest

from pipelines.search import SEPARATOR, search, segment, segmenter, tokens
from pipelines.store import ArticleStore

# "The Ministry of Industry disclosed ...": the old segmenter kept กระทรวงอุตสาหกรรม whole
TEXT = "กระทรวงอุตสาหกรรมเปิดเผยแผนส่งเสริมวิสาหกิจ"
OLD_TOKENS = SEPARATOR.join(["กระทรวงอุตสาหกรรม", "เปิดเผย", "แผน", "ส่งเสริม", "วิสาหกิจ"])


def record(n: int) -> dict[str, Any]:
    return {
        "url": f"https://www.industry.go.th/{n}",
        "site": "industry_go_th",
        "title": f"ข่าว {n}",
        "body": TEXT,
        "published_at": "2018-10-03T17:08:00+07:00",
    }


def index_as_if_built_by(path: Path, name: str | None) -> list[int]:
    """Rewrite the index with the old tokens and record *name* (None: no record, as before
    search_meta existed); return the index rowids."""
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("UPDATE articles_segmented SET body = ?", [OLD_TOKENS])
        conn.execute("DELETE FROM search_meta")
        if name is not None:
            conn.execute("INSERT INTO search_meta (key, value) VALUES ('segmenter', ?)", [name])
    ids = [row[0] for row in conn.execute("SELECT id FROM articles_segmented ORDER BY id")]
    conn.close()
    return ids


@pytest.fixture
def db(tmp_path: Path) -> Path:
    path = tmp_path / "k.db"
    with ArticleStore(path) as store:
        store.upsert_many([record(1), record(2), record(3)])
    return path


def test_a_new_database_records_its_segmenter(db: Path) -> None:
    with ArticleStore(db, readonly=True) as store:
        recorded = store.conn.execute("SELECT value FROM search_meta").fetchall()
        assert recorded == [(segmenter(),)]
        assert store.queued_for_index() == 0


def test_an_index_built_by_another_segmenter_is_rebuilt_in_place(db: Path) -> None:
    if "อุตสาหกรรม" not in tokens(TEXT):
        pytest.skip("this segmenter keeps the compound whole too")
    ids = index_as_if_built_by(db, "some-other-segmenter 1.0")
    with ArticleStore(db) as store:
        assert store.queued_for_index() == 3
        assert search(store, "อุตสาหกรรม") == []  # old tokens: the word is inside a compound
        assert store.index_all_queued() == 3
        found = sorted(r["url"] for r in search(store, "อุตสาหกรรม"))
        assert found == [f"https://www.industry.go.th/{n}" for n in (1, 2, 3)]
        rows = store.conn.execute("SELECT id, body FROM articles_segmented ORDER BY id").fetchall()
        assert [row[0] for row in rows] == ids  # same rowids: newest-first order holds
        assert all(row[1] == segment(TEXT) for row in rows)
        recorded = store.conn.execute("SELECT value FROM search_meta").fetchone()[0]
        assert recorded == segmenter()
    with ArticleStore(db) as store:  # recorded now: opening again queues nothing
        assert store.queued_for_index() == 0


def test_an_index_from_before_the_record_is_rebuilt_unless_nlpo3_built_it(db: Path) -> None:
    index_as_if_built_by(db, None)
    with ArticleStore(db) as store:
        expected = 0 if segmenter().startswith("nlpo3") else 3
        assert store.queued_for_index() == expected


def test_a_readonly_open_changes_nothing(db: Path) -> None:
    index_as_if_built_by(db, "some-other-segmenter 1.0")
    with ArticleStore(db, readonly=True) as store:
        assert store.queued_for_index() == 0
        assert store.conn.execute("SELECT value FROM search_meta").fetchone()[0] == (
            "some-other-segmenter 1.0"
        )
