"""Red-team table for pipelines.thai_dates: strings shaped like real Thai gov/news date lines.

Cases live in tests/data/dates_heldout.json; expected values were written from reading each
string, independently of the parser's own table (tests/data/dates.json).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from pipelines.thai_dates import BANGKOK, find_thai_dates, parse_thai_date, to_iso

CASES = json.loads(
    (Path(__file__).parent / "data" / "dates_heldout.json").read_text(encoding="utf-8")
)


def _iso(value: datetime | date | None) -> str | None:
    """Format a parsed value for comparison; a datetime must be in +07:00."""
    if value is None:
        return None
    if isinstance(value, datetime):
        assert value.utcoffset() == BANGKOK.utcoffset(None)
    return to_iso(value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [(c["raw"], c["expected"]) for c in CASES],
    ids=[c["raw"] for c in CASES],
)
def test_heldout(raw: str, expected: str | None) -> None:
    assert _iso(parse_thai_date(raw)) == expected


def test_heldout_table_shape() -> None:
    raws = [c["raw"] for c in CASES]
    assert len(CASES) >= 300
    assert len(set(raws)) == len(raws)
    assert sum(c["expected"] is None for c in CASES) >= 80
    assert sum(c["expected"] is not None and "T" in c["expected"] for c in CASES) >= 100
    assert len({c["family"] for c in CASES}) >= 40


FIND_CASES = [
    (
        "วันนี้ (๕ มี.ค. ๖๔) เวลา ๑๐.๓๐ น. ณ ห้องประชุม ร่วมประชุมครั้งที่ 1/2564 "
        "ตามมติ ครม. เมื่อวันที่ 2 กุมภาพันธ์ 2564 โทร. 02-202-3000",
        ["2021-03-05T10:30:00+07:00", "2021-02-02"],
    ),
    (
        "จ.ระนอง 14 พฤษภาคม 2567 - นายณัฐพล อธิบดีกรมส่งเสริมอุตสาหกรรม ได้จัดงานระหว่างวันที่ "
        "20 – 22 พ.ค. 67 มาตรฐาน มอก. 2217-2548 ปีงบประมาณ 2567",
        ["2024-05-14", "2024-05-20"],
    ),
    (
        "(ที่มา: เดลินิวส์, ประจำวันที่ 24 มีนาคม 2568)\n(ที่มา: มติชน, ประจำวันที่ 25 มีนาคม 2568)",
        ["2025-03-24", "2025-03-25"],
    ),
    ("ปี 2564 มีนาคม 2564 เวลา 10.30 น. อ่าน 2,564 ครั้ง 5/2564", []),
]


@pytest.mark.parametrize(("text", "expected"), FIND_CASES, ids=[t for t, _ in FIND_CASES])
def test_find_heldout(text: str, expected: list[str]) -> None:
    found = find_thai_dates(text)
    assert [to_iso(m.value) for m in found] == expected
    assert all(text[m.start : m.end] == m.text for m in found)
