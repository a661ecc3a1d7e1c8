"""Thai search: segmentation, query building, ranking, filters; why a segmented index."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipelines.search import (
    SEPARATOR,
    engine,
    fts_query,
    search,
    segment,
    tokens,
    unsegment,
    words,
)
from pipelines.store import ArticleStore

# "Minister ... disclosed that sugar factories across the country prepare to start crushing cane"
SUGAR = "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เปิดเผยว่าโรงงานน้ำตาลทั่วประเทศเตรียมเปิดหีบอ้อย"
# "Small and medium enterprises are promoted"
SME = "ผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อมได้รับการส่งเสริมจากกระทรวง"
MIDDLE_WORD = "น้ำตาล"  # sugar: in the middle of an unspaced run of SUGAR


def record(n: int, title: str, body: str, **extra: Any) -> dict[str, Any]:
    return {
        "url": f"https://www.industry.go.th/{n}",
        "site": "industry_go_th",
        "title": title,
        "body": body,
        "published_at": "2018-10-03T17:08:00+07:00",
        **extra,
    }


@pytest.fixture
def store(tmp_path: Path):
    opened = ArticleStore(tmp_path / "k.db")
    opened.upsert_many(
        [
            record(1, "อ้อยและน้ำตาล", SUGAR),
            record(
                2, "ส่งเสริมวิสาหกิจ", SME, site="other_go_th", published_at="2019-01-15T09:00:00+07:00"
            ),
            record(3, "ข่าวทั่วไป", "ราคาน้ำตาลในตลาดโลก " + SME, published_at="2017-05-01"),
        ]
    )
    yield opened
    opened.close()


def test_segment_keeps_every_character_and_splits_words() -> None:
    segmented = segment(SUGAR)
    assert unsegment(segmented) == SUGAR
    assert MIDDLE_WORD in segmented.split(SEPARATOR)
    assert segment(None) == "" and segment("") == ""


def test_segment_normalizes_to_nfc() -> None:
    decomposed = "cafe\u0301 ข่าว"  # e + combining acute
    assert unsegment(segment(decomposed)) == "caf\u00e9 ข่าว"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("น้ำตาล", '("น้ำตาล" OR "น้ำตาล"*)'),
        ("ปี อ้อย", '"ปี" AND "อ้อย"'),
        ("โรงงานน้ำตาล", '("โรงงาน" OR "โรงงาน"*) AND ("น้ำตาล" OR "น้ำตาล"*)'),
        ('"โรงงานน้ำตาล" อ้อย', '"โรงงาน น้ำตาล" AND "อ้อย"'),
        ('x" or body: y NEAR(', '"x" AND "or" AND "body" AND "y" AND "NEAR"'),
        ("อ้อย OR sugar", '"อ้อย" OR "sugar"'),
        ("ปี อ้อย OR sugar", '("ปี" AND "อ้อย") OR "sugar"'),
        ("อ้อย NOT ปี", '"อ้อย" NOT "ปี"'),
        ("ปี อ้อย NOT sugar", '("ปี" AND "อ้อย") NOT "sugar"'),
        ("อุตสา*", '"อุตสา"*'),
        ('"เกษตรกร" OR อ้อย*', '"เกษตรกร" OR "อ้อย"*'),
        ("sugar  ,  อ้อย", '"sugar" AND "อ้อย"'),
    ],
    ids=[
        "long-word-prefix",
        "short-words-exact",
        "two-words",
        "phrase",
        "syntax-quoted",
        "or",
        "or-of-groups",
        "not",
        "and-not",
        "prefix",
        "phrase-or-prefix",
        "punctuation-dropped",
    ],
)
def test_fts_query(query: str, expected: str) -> None:
    assert fts_query(query) == expected


@pytest.mark.parametrize("query", ["", "   ", '""', "?!"])
def test_fts_query_without_words_is_an_error(query: str) -> None:
    with pytest.raises(ValueError, match="no words"):
        fts_query(query)


@pytest.mark.parametrize("query", ["OR อ้อย", "อ้อย OR", "NOT อ้อย", "อ้อย NOT", "อ้อย OR OR ปี"])
def test_fts_query_misplaced_operator_is_an_error(query: str) -> None:
    with pytest.raises(ValueError, match="needs a word"):
        fts_query(query)


def test_fts_query_is_capped() -> None:
    with pytest.raises(ValueError, match="longer than"):
        fts_query("อ้อย " * 1000)


def test_middle_word_found_by_segmented_index_and_missed_by_plain_unicode61(
    store: ArticleStore,
) -> None:
    assert MIDDLE_WORD in words(SUGAR)
    found = search(store, MIDDLE_WORD)
    assert "https://www.industry.go.th/1" in [r["url"] for r in found]
    plain = sqlite3.connect(":memory:")
    plain.execute("CREATE VIRTUAL TABLE plain USING fts5(body, tokenize='unicode61')")
    plain.execute("INSERT INTO plain (body) VALUES (?)", [SUGAR])
    match = f'"{MIDDLE_WORD}"'
    assert plain.execute("SELECT COUNT(*) FROM plain WHERE plain MATCH ?", [match]).fetchone() == (
        0,
    )
    # the same plain index does find a word standing alone between spaces
    assert plain.execute(
        "SELECT COUNT(*) FROM plain WHERE plain MATCH ?", ['"นายสุริยะ"']
    ).fetchone() == (1,)


def test_results_ranked_title_matches_first_with_clean_snippets(store: ArticleStore) -> None:
    results = search(store, "น้ำตาล")
    assert [r["url"] for r in results] == [
        "https://www.industry.go.th/1",  # in the title and the body
        "https://www.industry.go.th/3",  # in the body only
    ]
    assert all(SEPARATOR not in r["snippet"] for r in results)
    assert "[น้ำตาล]" in results[1]["snippet"]
    assert results[1]["snippet"].startswith("ราคา[น้ำตาล]ในตลาดโลก")
    assert set(results[0]) == {"url", "site", "title", "published_at", "snippet", "rank"}


def test_short_word_is_matched_exactly_with_the_same_result_shape(store: ArticleStore) -> None:
    assert fts_query("อ้อย") == '"อ้อย"'  # no prefix term: one index seek per ranked match
    results = search(store, "อ้อย")
    assert [r["url"] for r in results] == ["https://www.industry.go.th/1"]
    assert "[อ้อย]" in results[0]["snippet"] and SEPARATOR not in results[0]["snippet"]
    assert set(results[0]) == {"url", "site", "title", "published_at", "snippet", "rank"}


def test_every_word_must_match(store: ArticleStore) -> None:
    assert [r["url"] for r in search(store, "น้ำตาล วิสาหกิจ")] == ["https://www.industry.go.th/3"]
    assert search(store, "น้ำตาล ปิโตรเลียม") == []


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"site": "other_go_th"}, [2]),
        ({"since": date(2018, 10, 3)}, [2]),
        ({"until": date(2018, 10, 3)}, [3]),
        ({"since": date(2017, 5, 1), "until": date(2017, 5, 1)}, [3]),
        ({"limit": 1}, [2]),
    ],
    ids=["site", "since-inclusive", "until-inclusive", "one-day", "limit"],
)
@pytest.mark.parametrize(
    ("overfetch", "ids_max", "marker"),
    [
        (None, None, None),
        (1, None, "+rowid IN"),  # RANK_IDS_SQL: the ids of the articles passing the filters
        (1, 0, "ORDER BY score, articles_fts.rowid"),  # RANK_FILTERED_SQL: every match joined
    ],
    ids=["over-fetched", "ranked-among-passing-ids", "ranked-with-filters"],
)
def test_filters(
    store: ArticleStore,
    kwargs: dict[str, Any],
    expected: list[int],
    overfetch: int | None,
    ids_max: int | None,
    marker: str | None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls = []
    if overfetch:  # one over-fetched row only: too few pass, so it ranks the matches passing
        monkeypatch.setattr("pipelines.search.OVERFETCH", 0)
        monkeypatch.setattr("pipelines.search.OVERFETCH_MIN", overfetch)
        store.conn.set_trace_callback(calls.append)
    if ids_max is not None:
        monkeypatch.setattr("pipelines.search.FILTER_IDS_MAX", ids_max)
    results = search(store, "วิสาหกิจ", **kwargs)
    store.conn.set_trace_callback(None)
    if marker and len(kwargs) > ("limit" in kwargs):
        assert any(marker in c for c in calls)
    assert [r["url"] for r in results] == [f"https://www.industry.go.th/{n}" for n in expected]


def test_updated_text_is_searched_not_the_old_one(store: ArticleStore) -> None:
    store.upsert(record(1, "อ้อยและน้ำตาล", "นโยบายพลังงานทดแทน", content_hash="new"))
    assert "https://www.industry.go.th/1" not in [r["url"] for r in search(store, "โรงงาน")]
    assert [r["url"] for r in search(store, "พลังงาน")] == ["https://www.industry.go.th/1"]


# "Farmers' income in the north rose": the segmenter keeps เกษตรกร (farmer) whole.
COMPOUND = "รายได้ของเกษตรกรในภาคเหนือเพิ่มขึ้น"
# "Agricultural goods are exported abroad": เกษตร (agriculture) as a word of its own.
EXACT = "ส่งออกสินค้าเกษตรไปต่างประเทศ"
PREFIX_WORD = "เกษตร"


def test_long_word_finds_compounds_it_starts_and_ranks_itself_first(tmp_path: Path) -> None:
    assert "เกษตรกร" in words(COMPOUND) and PREFIX_WORD not in words(COMPOUND)
    with ArticleStore(tmp_path / "k.db") as opened:
        opened.upsert_many([record(1, "ข่าวหนึ่ง", COMPOUND), record(2, "ข่าวสอง", EXACT)])
        found = search(opened, PREFIX_WORD)
        assert [r["url"] for r in found] == [
            "https://www.industry.go.th/2",  # the word itself
            "https://www.industry.go.th/1",  # only the compound เกษตรกร
        ]
        assert "[เกษตรกร]" in found[1]["snippet"]
        # an exact phrase does not reach the compound
        assert [r["url"] for r in search(opened, f'"{PREFIX_WORD}"')] == [
            "https://www.industry.go.th/2"
        ]


@pytest.fixture
def crowded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Five articles with เกษตร (the oldest alone has it in its title) and a window of two."""
    monkeypatch.setattr("pipelines.search.RANK_WINDOW", 2)
    opened = ArticleStore(tmp_path / "k.db")
    opened.upsert_many(
        [
            record(1, "เกษตร", f"ราคาสินค้าเกษตรในตลาดโลก {SUGAR} {SME}", site="old_go_th"),
            record(2, "ข่าวสอง", COMPOUND, site="old_go_th"),
            record(3, "วิสาหกิจ", f"เกษตร {SME} ราคา"),
            record(4, "ข่าวสี่", f"เกษตร {SME} {SME} ราคา"),
            record(5, "ข่าวห้า", f"{COMPOUND} {EXACT} {SME}"),
        ]
    )
    yield opened
    opened.close()


def urls(results: list[dict[str, Any]]) -> list[int]:
    return [int(r["url"].rsplit("/", 1)[1]) for r in results]


def test_a_query_in_too_many_articles_is_answered_from_the_newest(crowded: ArticleStore) -> None:
    """Past RANK_WINDOW articles with its words, only the newest are candidates (no bm25)."""
    assert urls(search(crowded, PREFIX_WORD, limit=1)) == [5]  # of 5 and 4 (1 would rank first)
    assert urls(search(crowded, PREFIX_WORD, limit=5)) == [1, 3, 5, 4, 2]  # limit > window


def test_windowed_results_have_title_matches_first_then_newest(
    crowded: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("pipelines.search.RANK_WINDOW", 3)
    found = search(crowded, "วิสาหกิจ", limit=3)  # in 1, 3, 4 and 5: the window is 5, 4, 3
    assert [(n, r["rank"]) for n, r in zip(urls(found), found, strict=True)] == [
        (3, -1.0),  # in the title
        (5, 0.0),
        (4, 0.0),
    ]
    assert "[วิสาหกิจ]" in found[1]["snippet"]


def test_windowed_long_words_match_exactly_and_filters_still_apply(
    crowded: ArticleStore, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert urls(search(crowded, PREFIX_WORD, limit=2)) == [5, 4]
    monkeypatch.setattr("pipelines.search.RANK_WINDOW", 1_000)
    assert urls(search(crowded, PREFIX_WORD, limit=2)) == [1, 3]  # no window: the best of all


def test_too_few_matches_in_the_window_ranks_every_match(crowded: ArticleStore) -> None:
    """A phrase rarer than its words, or filters few pass, must not lose older articles."""
    assert urls(search(crowded, '"ราคาสินค้าเกษตร"', limit=2)) == [1]
    assert urls(search(crowded, PREFIX_WORD, site="old_go_th", limit=2)) == [1, 2]


CORPUS = Path(__file__).resolve().parents[1] / "crawler" / "replica" / "corpus" / "texts"


@pytest.mark.skipif(engine() != "nlpo3", reason="nlpo3's multithreaded mode only")
def test_parallel_segmentation_gives_the_same_tokens() -> None:
    """Long texts are segmented on threads: the index must get the one-thread tokens."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    assert texts
    for text in texts:
        assert tokens(text, parallel=True) == tokens(text)


@pytest.mark.parametrize("ids_max", [1_000, 0], ids=["ids-of-passing-articles", "each-checked"])
def test_windowed_filters_check_candidates_in_order(
    crowded: ArticleStore, monkeypatch: pytest.MonkeyPatch, ids_max: int
) -> None:
    monkeypatch.setattr("pipelines.search.RANK_WINDOW", 3)
    monkeypatch.setattr("pipelines.search.OVERFETCH_MIN", 1)  # one chunk of one, then the rest
    monkeypatch.setattr("pipelines.search.FILTER_CHUNK", 1)
    monkeypatch.setattr("pipelines.search.FILTER_IDS_MAX", ids_max)
    found = search(crowded, "วิสาหกิจ", site="industry_go_th", limit=2)
    assert urls(found) == [3, 5]  # window 5, 4, 3: title match 3 first, then the newest
