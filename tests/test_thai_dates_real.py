"""Real-world date strings (tests/data/dates_real.json) and the classes of issue 14.

The table holds strings copied from public pages, feeds, JSON APIs, wiki histories, PDFs and
code, each with the address it was seen at. The class tests below are illustrations written for
these tests (not copied): for each class, what must parse and what must stay None.
"""

from __future__ import annotations

import json
import unicodedata
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlparse

import pytest

from pipelines.generic import choose_published, extract_generic
from pipelines.layouts.base import day_of as entry_date
from pipelines.normalize import plausible_publication
from pipelines.thai_dates import BANGKOK, find_thai_dates, parse_thai_date, to_iso

REAL = json.loads((Path(__file__).parent / "data" / "dates_real.json").read_text(encoding="utf-8"))
# Rows the parser still gets wrong, with the reason; the accuracy floors below bound them.
KNOWN_MISSES: dict[str, str] = {}


def _iso(value: datetime | date | None) -> str | None:
    """Format a parsed value; a datetime must be in +07:00."""
    if value is None:
        return None
    if isinstance(value, datetime):
        assert value.utcoffset() == BANGKOK.utcoffset(None)
    return to_iso(value)


def _site(url: str) -> str:
    """Name the site a row was seen at: a host, or owner/name for a GitHub file."""
    parsed = urlparse(url)
    if parsed.netloc == "github.com":
        return "/".join(parsed.path.split("/")[1:3])
    return parsed.netloc.removeprefix("www.")


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(
            c["raw"],
            c["expected"],
            marks=[pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[c["raw"]])]
            if c["raw"] in KNOWN_MISSES
            else [],
        )
        for c in REAL
    ],
    ids=[c["raw"][:60] for c in REAL],
)
def test_real(raw: str, expected: str | None) -> None:
    assert _iso(parse_thai_date(raw)) == expected


def test_real_table_shape() -> None:
    raws = [c["raw"] for c in REAL]
    assert len(REAL) >= 600
    assert len(set(raws)) == len(raws)
    assert all(unicodedata.is_normalized("NFC", r) for r in raws)
    assert all(c["source"].startswith(("http://", "https://")) for c in REAL)
    assert len({_site(c["source"]) for c in REAL}) >= 80
    assert sum(c["expected"] is not None and "T" in c["expected"] for c in REAL) >= 100
    assert sum(c["expected"] is None for c in REAL) >= 80


def test_real_accuracy_floors() -> None:
    """Issue 14's acceptance: at least 99% of dates and 97% of date-times right."""
    right = [_iso(parse_thai_date(c["raw"])) == c["expected"] for c in REAL]
    timed = [
        ok for ok, c in zip(right, REAL, strict=True) if c["expected"] and "T" in c["expected"]
    ]
    assert sum(right) / len(right) >= 0.99
    assert sum(timed) / len(timed) >= 0.97


# Each class: strings that must parse (with their value) and strings that must stay None.
PARSE = {
    "time before the date": [
        ("09:15, 3 มีนาคม 2565", "2022-03-03T09:15:00+07:00"),
        ("14:32 น. 12 ม.ค. 2566", "2023-01-12T14:32:00+07:00"),
        ("11:20 PM, 3 March 2022", "2022-03-03T23:20:00+07:00"),
        ("๐๙.๓๐ นาฬิกา (22/08/2551)", "2008-08-22T09:30:00+07:00"),
        ("เวลา 10.00 น. ของวันที่ 3 ต.ค. 61", "2018-10-03T10:00:00+07:00"),
        ("09:15, 3 March 2022 (UTC)", "2022-03-03T16:15:00+07:00"),  # an English wiki signature
        ("--ผู้ใช้:X (คุย) 09:15, 3 มีนาคม 2565 (+07)", "2022-03-03T09:15:00+07:00"),
        ("18:22 (UTC) 5 มีนาคม 2563", "2020-03-06T01:22:00+07:00"),
    ],
    "12-hour clocks": [
        ("3 ต.ค. 2561 11:20 PM", "2018-10-03T23:20:00+07:00"),
        ("3 ต.ค. 2561 เวลา 11.20 p.m.", "2018-10-03T23:20:00+07:00"),
        ("3 ต.ค. 2561 12:05 AM", "2018-10-03T00:05:00+07:00"),
        ("5 มี.ค. 2567 10.30 หลังเที่ยง", "2024-03-05T22:30:00+07:00"),
        ("5 มี.ค. 2567 เวลา 9:30 ก่อนเที่ยง", "2024-03-05T09:30:00+07:00"),
        ("5 มี.ค. 2567 บ่าย 3 โมง", "2024-03-05T15:00:00+07:00"),
        ("5 มี.ค. 2567 บ่ายสามโมงครึ่ง", "2024-03-05T15:30:00+07:00"),
        ("5 มี.ค. 2567 เวลาสองทุ่ม", "2024-03-05T20:00:00+07:00"),
        ("5 มี.ค. 2567 ตี 2", "2024-03-05T02:00:00+07:00"),
        ("5 มี.ค. 2567 เวลา 7 โมงเช้า", "2024-03-05T07:00:00+07:00"),
        ("5 มี.ค. 2567 เที่ยงตรง", "2024-03-05T12:00:00+07:00"),
        ("กรกฎาคม 28, 2014 ที่ 7:37 PM", "2014-07-28T19:37:00+07:00"),
    ],
    "era words": [
        ("5 มิถุนายน พุทธศักราช ๒๕๖๓", "2020-06-05"),
        ("5 มิถุนายน ปีพุทธศักราช 2563", "2020-06-05"),
        ("5 มิถุนายน คริสต์ศักราช 2020", "2020-06-05"),
        ("5 มิ.ย. พ. ศ. 2563", "2020-06-05"),
        ("5 มิ.ย. พ.ศ ๒๕๖๓", "2020-06-05"),
        ("5 June B.E. 2563", "2020-06-05"),
        ("18 มีนาคม ร.ศ. 124", "1905-03-18"),
    ],
    "HTML entities": [
        ("3&nbsp;ต.ค.&nbsp;2561&nbsp;17:08", "2018-10-03T17:08:00+07:00"),
        ("3 ต.ค.&#160;2561", "2018-10-03"),
        ("วันที่&nbsp;5&nbsp;มีนาคม&nbsp;พ.ศ.&nbsp;2564", "2021-03-05"),
    ],
    "month first": [
        ("กันยายน 3rd, 2021", "2021-09-03"),
        ("วันจันทร์, เมษายน 20th, 2020", "2020-04-20"),
        ("ก.ค. 26, 2017 เวลา 8:59pm", "2017-07-26T20:59:00+07:00"),
        ("ก.ย. 15, 2567 1:19 หลังเที่ยง", "2024-09-15T13:19:00+07:00"),  # Java's MMM d, yyyy h:mm a
        ("September 3rd, 2021", "2021-09-03"),
    ],
    "historical": [
        ("29 พฤษภาคม 1453", "1453-05-29"),
        ("6 เมษายน พ.ศ. 2325", "1782-04-06"),
        ("21 เมษายน 2325", "1782-04-21"),
        ("On July 20, 1866", "1866-07-20"),
        ("5 มกราคม ค.ศ. 1850", "1850-01-05"),
        ("1736-01-28", "1736-01-28"),
    ],
    "offsets": [
        ('"date_gmt":"2025-11-10T03:04:15"', "2025-11-10T10:04:15+07:00"),
        ("2024-05-01T03:00:00+00:00", "2024-05-01T10:00:00+07:00"),
        ("2024-05-01T03:00:00.000Z", "2024-05-01T10:00:00+07:00"),
        ("2024-05-01 03:00:00 UTC", "2024-05-01T10:00:00+07:00"),
        ("1 พ.ค. 2567 10:00 (GMT+9)", "2024-05-01T08:00:00+07:00"),
        ("Wed, 01 May 2024 03:00:00 -0500", "2024-05-01T15:00:00+07:00"),
    ],
    "compact digits": [
        ("25640115", "2021-01-15"),
        ("scan_25640115.pdf", "2021-01-15"),
        ("2022-05-09_083012", "2022-05-09T08:30:12+07:00"),
        ("IMG_20220509_083012.jpg", "2022-05-09T08:30:12+07:00"),
        ("vdo_file_20230310142445.mp4", "2023-03-10T14:24:45+07:00"),
        ("https://example.go.th/news/2022/05/09/slug", "2022-05-09"),
        ("/th/content/25640410-pm-visit", "2021-04-10"),
    ],
    "slash with era": [
        ("3/25/2562 BE", "2019-03-25"),
        ("25/3/2562 พ.ศ.", "2019-03-25"),
        ("12/12/2562 BE", "2019-12-12"),
        ("03/25/2019 A.D.", "2019-03-25"),
    ],
    # Oracle's DD-MON-RR under NLS Thai: dashes on both sides of the month, a two-digit BE year.
    "dashed day-month-year": [
        ("20-ก.พ.-67 14:05", "2024-02-20T14:05:00+07:00"),
        ("05-เม.ย.-66", "2023-04-05"),
        ("แก้ไขล่าสุด 29-ก.ย.-67 18:16", "2024-09-29T18:16:00+07:00"),
        ("1-ม.ค.-2567", "2024-01-01"),
    ],
    "dateparser fallback": [
        ("11 Marzo, 2014", "2014-03-11"),
        ("15 de marzo de 2020", "2020-03-15"),
        ("9 Tháng 1 2015 lúc 15:08", "2015-01-09T15:08:00+07:00"),
        ("15 марта 2020", "2020-03-15"),
        ("2020年3月15日", "2020-03-15"),
    ],
}
STAY_NONE = {
    "time before the date": ["09:15, 3 มีนาคม", "09:15", "เวลา 10.00 น. ณ ห้องประชุม"],
    "12-hour clocks": ["11:20 PM", "บ่าย 3 โมง", "ตี 2"],
    "era words": ["พุทธศักราช 2563", "ปีพุทธศักราช ๒๕๖๓", "ค.ศ. 2020", "3 ตุลาคม ค.ศ. 2561"],
    "HTML entities": ["&nbsp;", "ต.ค.&nbsp;2561", "&#160;2561"],
    "month first": ["กันยายน 2021", "กันยายน 3rd", "September 2021"],
    "historical": ["พ.ศ. 2325", "ปี 1453", "ค.ศ. 1850"],
    "offsets": ["+07:00", "GMT+7", "UTC 10:00"],
    "compact digits": [
        "20071709105903",  # month 17
        "รหัส 1234567890",
        "1100500123456",  # a 13-digit ID number
        "25601301",  # month 13
        "0812345678",  # a mobile number
    ],
    "slash with era": ["3/4/2562 BE", "03/31/2530", "5/2563 BE"],
    # a dash before a two-digit number only reads as a year when the day is dashed on too
    "dashed day-month-year": ["29 ก.ย.-67 18:16", "ระหว่าง 1-3 ก.ย.-67"],
    "dateparser fallback": ["April 2017", "Sep 2008", "cost 296 million baht"],
    # what stays None in every class
    "ambiguous day and month": ["3/4/2019 AD", "11/05/2562 B.E."],
    "a year alone": ["2564", "พ.ศ. 2564", "ปีงบประมาณ 2567", "2021"],
    "a phone number": ["02-202-3000", "โทร. 0 2202 3000", "081-234-5678", "+66 2 202 3000"],
    "a version number": [
        "version 8.6.14",
        "v2.7.0",
        '"typescript": "^4.1.45"',
        "regex==2024.5.10",
        "SQLAlchemy==1.3.22",
    ],
    "a money amount": ["ราคา 12.50 บาท", "1,234.56 บาท", "฿2,500.00", "12.5 ล้านบาท"],
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param(raw, expected, id=f"{cls}: {raw}")
        for cls, rows in PARSE.items()
        for raw, expected in rows
    ],
)
def test_class_parses(raw: str, expected: str) -> None:
    assert _iso(parse_thai_date(raw)) == expected


@pytest.mark.parametrize(
    "raw",
    [pytest.param(raw, id=f"{cls}: {raw}") for cls, rows in STAY_NONE.items() for raw in rows],
)
def test_class_stays_none(raw: str) -> None:
    assert parse_thai_date(raw) is None


def test_ambiguous_clock_word_keeps_the_day_only() -> None:
    assert parse_thai_date("5 มี.ค. 2567 6 โมง") == date(2024, 3, 5)  # 06:00 or 18:00?
    assert parse_thai_date("5 มี.ค. 2567 บ่าย") == date(2024, 3, 5)
    # a bare hour as said today: 3 โมง is 15:00 (03:00 is ตี 3, 09:00 is 3 โมงเช้า)
    assert parse_thai_date("5 มี.ค. 2567 3 โมง") == datetime(2024, 3, 5, 15, 0, tzinfo=BANGKOK)


BASE = datetime(2024, 5, 1, 12, 0, tzinfo=BANGKOK)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2 ชั่วโมงที่แล้ว", "2024-05-01T10:00:00+07:00"),
        ("15 นาทีที่ผ่านมา", "2024-05-01T11:45:00+07:00"),
        ("3 วันที่แล้ว", "2024-04-28"),
        ("1 สัปดาห์ก่อน", "2024-04-24"),
        ("เมื่อวานนี้", "2024-04-30"),
        ("เมื่อวานนี้ 10:30 น.", "2024-04-30T10:30:00+07:00"),
        ("3 days ago", "2024-04-28"),
        ("2 hours ago", "2024-05-01T10:00:00+07:00"),
        ("yesterday", "2024-04-30"),
    ],
)
def test_relative_dates_need_a_fetch_time(raw: str, expected: str) -> None:
    assert parse_thai_date(raw) is None
    assert _iso(parse_thai_date(raw, relative_to=BASE)) == expected


def test_printed_date_wins_over_relative_words() -> None:
    assert parse_thai_date("เมื่อวาน 3 ต.ค. 2561", relative_to=BASE) == date(2018, 10, 3)


def test_find_in_running_text() -> None:
    text = (
        "แก้ไขล่าสุด 09:15, 3 มีนาคม 2565 (+07) โดยผู้ใช้ · ก่อตั้งเมื่อ 6 เมษายน พ.ศ. 2325 "
        "ประชุมวันที่&nbsp;5&nbsp;มี.ค.&nbsp;2567 บ่าย 3 โมง ค่าธรรมเนียม 12.50 บาท โทร. 02-202-3000"
    )
    found = find_thai_dates(text)
    assert [to_iso(m.value) for m in found] == [
        "2022-03-03T09:15:00+07:00",
        "1782-04-06",
        "2024-03-05T15:00:00+07:00",
    ]
    assert all(text[m.start : m.end] == m.text for m in found)


def test_compact_digits_only_when_no_printed_date() -> None:
    assert parse_thai_date("ไฟล์ 25640115.pdf ประกาศ 3 ต.ค. 2561") == date(2018, 10, 3)


def test_publication_window_belongs_to_the_callers() -> None:
    old = parse_thai_date("29 พฤษภาคม 1453")
    assert old == date(1453, 5, 29)  # the parser reads it
    assert not plausible_publication(old)  # choosing a publication date drops it
    assert entry_date("29 พฤษภาคม 1453") is None
    assert entry_date("3 ต.ค. 2561") == date(2018, 10, 3)


def test_publication_choice_prefers_printed_date_time() -> None:
    printed, machine = ("printed", "3 ต.ค. 2561 17:08"), ("meta", "2018-10-01T10:08:00Z")
    assert choose_published(printed, machine) == printed
    same_day = ("meta", "2018-10-03T10:08:00+00:00")  # 17:08 in Bangkok, a time the page lacks
    assert choose_published(("printed", "3 ต.ค. 2561"), same_day) == same_day
    assert choose_published(("printed", "3 ต.ค. 2561"), machine) == ("printed", "3 ต.ค. 2561")
    assert choose_published(None, machine) == machine
    assert choose_published(("printed", "29 พฤษภาคม 1453"), None) is None  # not a publication


def test_publication_never_from_a_menu_alias_in_the_url() -> None:
    url = "http://127.0.0.1/industry/index.php/th/about/2017-04-20-15-23-14/item/1-x"
    html = "<html><body><h1>หัวข้อ</h1><p>" + "ข้อความข่าว " * 40 + "</p></body></html>"
    parts = extract_generic(html, url)
    assert parts.published_raw is None and parts.published_source is None
    dated = html.replace("<h1>หัวข้อ</h1>", "<h1>หัวข้อ</h1><p class='date'>3 ต.ค. 2561 17:08</p>")
    parts = extract_generic(dated, url)
    assert (parts.published_source, parts.published_raw) == (
        "printed: near title",
        "3 ต.ค. 2561 17:08",
    )
