"""Table-driven tests for pipelines.thai_dates (cases in tests/data/dates.json)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from pipelines.thai_dates import (
    BANGKOK,
    DateMatch,
    find_thai_dates,
    parse_iso_or_be,
    parse_thai_date,
    parse_thai_date_detailed,
    to_iso,
)

CASES = json.loads((Path(__file__).parent / "data" / "dates.json").read_text(encoding="utf-8"))


def _iso(value: datetime | date | None) -> str | None:
    return None if value is None else to_iso(value)


@pytest.mark.parametrize(
    ("raw", "expected"), [(c["raw"], c["expected"]) for c in CASES], ids=[c["raw"] for c in CASES]
)
def test_parse_table(raw: str, expected: str | None) -> None:
    assert _iso(parse_thai_date(raw)) == expected


def test_table_is_big_and_varied() -> None:
    families = {c["family"].split(":")[0] for c in CASES}
    assert len(CASES) >= 400
    assert sum(c["expected"] is None for c in CASES) >= 50
    assert len(families) >= 60


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("03 ตุลาคม 2561 17:08", datetime(2018, 10, 3, 17, 8, tzinfo=BANGKOK)),
        ("3 ต.ค. 61", date(2018, 10, 3)),
    ],
)
def test_types(raw: str, expected: datetime | date) -> None:
    value = parse_thai_date(raw)
    assert type(value) is type(expected)
    assert value == expected
    if isinstance(value, datetime):
        assert value.utcoffset() == BANGKOK.utcoffset(None)
        assert value.isoformat() == "2018-10-03T17:08:00+07:00"


def test_time_converted_to_bangkok_keeps_the_instant() -> None:
    value = parse_thai_date("Fri, 07 Feb 2020 02:30:00 GMT")
    assert isinstance(value, datetime)
    assert value.tzinfo == BANGKOK
    assert value == datetime.fromisoformat("2020-02-07T02:30:00+00:00")


@pytest.mark.parametrize(
    ("raw", "warned"),
    [
        ("วันพุธ, 03 ตุลาคม 2561 17:08", False),
        ("วันพุธ, 04 ตุลาคม 2561 17:08", True),
        ("วันอาทิตย์ที่ 3 พฤศจิกายน 2562", False),
        ("วันจันทร์ที่ 3 พฤศจิกายน 2562", True),
        ("Wednesday, 21 March 2018", False),
        ("Thursday, 21 March 2018", True),
    ],
    ids=lambda v: v if isinstance(v, str) else None,
)
def test_weekday_contradiction_is_a_warning(raw: str, warned: bool) -> None:
    parsed = parse_thai_date_detailed(raw)
    assert parsed is not None
    assert parsed.value == parse_thai_date(raw.split(" ", 1)[1])
    assert bool(parsed.warnings) is warned
    if warned:
        assert "contradicts" in parsed.warnings[0]


def test_detailed_span() -> None:
    raw = "ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14"
    parsed = parse_thai_date_detailed(raw)
    assert parsed is not None
    assert raw[parsed.start : parsed.end] == "14 กุมภาพันธ์ 2560 10:14"
    assert parsed.text == "14 กุมภาพันธ์ 2560 10:14"
    assert parse_thai_date_detailed("อ่าน 12660 ครั้ง") is None


def test_find_in_seed_like_body() -> None:
    body = (
        "วันนี้ (3 ต.ค. 61) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ... ครั้งที่ 5 "
        "ระหว่างวันที่ 3 – 5 ตุลาคม 2561 ณ ศูนย์การประชุมสหประชาชาติ กว่า 34,000 โรง\n"
        "อ่าน 12660 ครั้ง ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14"
    )
    found = find_thai_dates(body)
    assert [(m.text, to_iso(m.value)) for m in found] == [
        ("3 ต.ค. 61", "2018-10-03"),
        ("3 – 5 ตุลาคม 2561", "2018-10-03"),
        ("14 กุมภาพันธ์ 2560 10:14", "2017-02-14T10:14:00+07:00"),
    ]
    assert all(body[m.start : m.end] == m.text for m in found)
    assert all(isinstance(m, DateMatch) for m in found)


def test_find_spans_survive_invisible_chars_and_thai_digits() -> None:
    body = "ข่าว\u200b วันที่ ๓\u200bต.ค.\u00a0๖๑ และ 5\u200b ต.ค. 2561 เวลา ๑๗.๐๘ น. จบ"
    found = find_thai_dates(body)
    assert [to_iso(m.value) for m in found] == ["2018-10-03", "2018-10-05T17:08:00+07:00"]
    assert [m.text for m in found] == ["๓\u200bต.ค.\u00a0๖๑", "5\u200b ต.ค. 2561 เวลา ๑๗.๐๘ น."]
    assert all(body[m.start : m.end] == m.text for m in found)


def test_find_does_not_join_lines() -> None:
    found = find_thai_dates("12 กันยายน 2561\n17 ราย")
    assert [to_iso(m.value) for m in found] == ["2018-09-12"]


def test_find_nothing() -> None:
    assert find_thai_dates("โทร. 02-202-3000 ครั้งที่ 5/2563 ปีงบประมาณ 2563 อ่าน 12660 ครั้ง") == []
    assert find_thai_dates("") == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2018-10-03", date(2018, 10, 3)),
        ("2561-10-03", date(2018, 10, 3)),
        ("3 ต.ค. 2561", date(2018, 10, 3)),
        ("03 ตุลาคม 2561 17:08", date(2018, 10, 3)),
        ("๓ ตุลาคม ๒๕๖๑", date(2018, 10, 3)),
    ],
)
def test_parse_iso_or_be(raw: str, expected: date) -> None:
    assert parse_iso_or_be(raw) == expected


@pytest.mark.parametrize(
    "raw", ["", "yesterday", "2561", "2018-13-01", "ตุลาคม 2561", "31 ก.พ. 2563"]
)
def test_parse_iso_or_be_rejects(raw: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_iso_or_be(raw)


def test_to_iso() -> None:
    assert to_iso(date(2018, 10, 3)) == "2018-10-03"
    assert to_iso(datetime(2018, 10, 3, 17, 8, tzinfo=BANGKOK)) == "2018-10-03T17:08:00+07:00"
    assert to_iso(datetime(2018, 10, 3, 17, 8)) == "2018-10-03T17:08:00+07:00"
