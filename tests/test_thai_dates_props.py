"""Property tests for thai_dates: never raises, round-trips each family, matches the calendar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from pipelines.thai_dates import BANGKOK, find_thai_dates, parse_thai_date, to_iso

# Written out here (not imported) so the tests do not share the parser's tables.
FULL = [
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน",
    "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
]  # fmt: skip
ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
TH_DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")
TOKENS = [
    *FULL, *ABBR, *EN, *TH_DAYS, "วัน", "ที่", "พ.ศ.", "ค.ศ.", "เวลา", "น.", "AM", "PM", "GMT",
    "+0700", "T", "Z", " ", "-", "–", "/", ".", ":", ",", "(", ")", "\u200b", "\u00a0", "\n",
    "0", "1", "2", "3", "9", "12", "29", "31", "61", "99", "2561", "2020", "2400", "9999", "๒๕๖๓",
]  # fmt: skip


def _dt(d: date, hour: int, minute: int) -> datetime:
    return datetime(d.year, d.month, d.day, hour, minute, tzinfo=BANGKOK)


Family = Callable[[date, int, int], tuple[str, datetime | date]]
FAMILIES: dict[str, Family] = {
    "full month BE": lambda d, h, m: (f"{d.day} {FULL[d.month - 1]} {d.year + 543}", d),
    "full month BE time": lambda d, h, m: (
        f"{d.day:02d} {FULL[d.month - 1]} {d.year + 543} {h:02d}:{m:02d}",
        _dt(d, h, m),
    ),
    "weekday": lambda d, h, m: (
        f"วัน{TH_DAYS[d.weekday()]}ที่ {d.day} {FULL[d.month - 1]} พ.ศ. {d.year + 543}",
        d,
    ),
    "abbrev month": lambda d, h, m: (
        f"{d.day} {ABBR[d.month - 1]} {d.year + 543} เวลา {h:02d}.{m:02d} น.",
        _dt(d, h, m),
    ),
    "dotless abbrev": lambda d, h, m: (
        f"{d.day:02d} {ABBR[d.month - 1].replace('.', '')} {d.year + 543}",
        d,
    ),
    "thai digits": lambda d, h, m: (
        f"{d.day} {FULL[d.month - 1]} {d.year + 543} {h}.{m:02d} น.".translate(THAI_DIGITS),
        _dt(d, h, m),
    ),
    "numeric d/m/BBBB": lambda d, h, m: (f"{d.day:02d}/{d.month:02d}/{d.year + 543}", d),
    "ISO": lambda d, h, m: (f"{d.isoformat()}T{h:02d}:{m:02d}:00+07:00", _dt(d, h, m)),
    "RFC 2822 UTC": lambda d, h, m: (
        f"{EN_DAYS[d.weekday()]}, {d.day:02d} {EN[d.month - 1]} {d.year} {h:02d}:{m:02d}:00 +0000",
        datetime(d.year, d.month, d.day, h, m, tzinfo=UTC),
    ),
    "English": lambda d, h, m: (f"{EN[d.month - 1]} {d.day}, {d.year}", d),
}
TWO_DIGIT_FAMILIES: dict[str, Family] = {
    "2-digit BE": lambda d, h, m: (
        f"วันนี้ ({d.day} {ABBR[d.month - 1]} {(d.year + 543) % 100:02d})",
        d,
    ),
    "numeric d.m.yy": lambda d, h, m: (f"{d.day}.{d.month}.{(d.year + 543) % 100:02d}", d),
}
DATES = st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31))
# Two-digit BE years read as BE are 30-99, i.e. 2530-2599 = 1987-2056 (00-29 read as CE 20yy).
TWO_DIGIT_DATES = st.dates(min_value=date(1987, 1, 1), max_value=date(2056, 12, 31))
HOURS = st.integers(0, 23)
MINUTES = st.integers(0, 59)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.lists(st.sampled_from(TOKENS), max_size=14).map("".join)))
def test_never_raises(text: str) -> None:
    value = parse_thai_date(text)
    assert value is None or isinstance(value, date)
    for found in find_thai_dates(text):
        assert text[found.start : found.end] == found.text
        assert isinstance(to_iso(found.value), str)


@settings(max_examples=60, deadline=None)
@given(DATES, HOURS, MINUTES, st.sampled_from(sorted(FAMILIES)))
def test_round_trip(d: date, hour: int, minute: int, family: str) -> None:
    raw, expected = FAMILIES[family](d, hour, minute)
    value = parse_thai_date(raw)
    assert value == expected
    assert type(value) is type(expected)
    assert to_iso(value) == to_iso(expected)


@settings(max_examples=40, deadline=None)
@given(TWO_DIGIT_DATES, st.sampled_from(sorted(TWO_DIGIT_FAMILIES)))
def test_round_trip_two_digit_years(d: date, family: str) -> None:
    raw, expected = TWO_DIGIT_FAMILIES[family](d, 0, 0)
    assert parse_thai_date(raw) == expected


@settings(max_examples=200, deadline=None)
@given(st.integers(1900, 2100), st.integers(1, 12), st.integers(1, 31))
def test_calendar_agreement(year: int, month: int, day: int) -> None:
    try:
        expected: date | None = date(year, month, day)
    except ValueError:
        expected = None
    assert parse_thai_date(f"{day} {FULL[month - 1]} {year + 543}") == expected
    assert parse_thai_date(f"{day} {ABBR[month - 1]} ค.ศ. {year}") == expected
    assert parse_thai_date(f"{day:02d}-{month:02d}-{year + 543}") == expected


@given(st.integers(2000, 2099))
def test_leap_days(year: int) -> None:
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    expected = date(year, 2, 29) if leap else None
    assert parse_thai_date(f"29 ก.พ. {year + 543}") == expected


def test_be_ce_boundary() -> None:
    assert parse_thai_date("31 ธ.ค. 2542") == date(1999, 12, 31)
    assert parse_thai_date("1 ม.ค. 2543") == date(2000, 1, 1)
    assert parse_thai_date("29 ก.พ. 2543") == date(2000, 2, 29)
    assert parse_thai_date("1 ม.ค. 2543") - parse_thai_date("31 ธ.ค. 2542") == timedelta(days=1)
    assert parse_thai_date("1 ม.ค. 43") == parse_thai_date("1 January 2000")


@given(DATES)
def test_no_year_means_none(d: date) -> None:
    assert parse_thai_date(f"{d.day} {FULL[d.month - 1]}") is None
    assert parse_thai_date(f"{FULL[d.month - 1]} {d.year + 543}") is None
