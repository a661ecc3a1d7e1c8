"""Hostile input to our own functions: never raise, never hang, keep the invariants."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime, timedelta
from html import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.extract import extract_bytes
from crawler.items import RECORD_FIELDS
from pipelines.generic import extract_generic
from pipelines.text import clean_body, clean_line, clean_text, html_to_lines
from pipelines.thai_dates import find_thai_dates, parse_thai_date, to_iso

URL = "http://127.0.0.1/industry/index.php/th/about/2017-04-20-15-23-14/item/1-x"
# Furniture that must never come out in a body, whatever surrounds it.
FURNITURE = ["อ่าน 12660 ครั้ง", "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น"]
# The date parser has no plausibility window (a date in 1453 is a date); any year datetime holds.
MIN_YEAR, MAX_YEAR = 1, 9999
# Pieces that make parsers work hard: Thai months and digits, eras, tags, entities, controls.
PIECES = [
    "ตุลาคม", "ต.ค.", "พ.ศ.", "ค.ศ.", "2561", "๒๕๖๑", "03", "17:08", "น.", "เวลา", "วันที่",
    "<p>", "</p>", "<div>", "</div>", "<br>", "<script>", "</script>", "<!--", "-->", "&nbsp;",
    "&#3585;", "&", "<", ">", "\x00", "\ufffd", "\u200b", "\r\n", " ", "ข่าว", "image",
    "ที่มา:", "-----", "อ่าน", "ครั้ง", "<table><tr><td>", "<![CDATA[", "<?xml", "\ud7ff",
]  # fmt: skip
hostile_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=5)), max_size=60).map("".join),
)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def nested(depth: int, tag: str = "div") -> str:
    return f"<{tag}>" * depth + "<p>ข้อความ</p>" + f"</{tag}>" * depth


def k2_page(body_html: str) -> bytes:
    """Wrap *body_html* in the K2 item markup the k2 extractor reads."""
    return (
        '<html><head><meta charset="utf-8"><title>t</title></head><body>'
        '<div id="k2Container" class="itemView"><h2 class="itemTitle">หัวข้อข่าว</h2>'
        '<span class="itemDateCreated">03 ตุลาคม 2561 17:08</span>'
        f'<div class="itemFullText">{body_html}</div>'
        '<span class="itemHits">อ่าน <b>12660</b> ครั้ง</span></div></body></html>'
    ).encode("utf-8", "surrogatepass")


def check_date(value: object) -> None:
    assert value is None or isinstance(value, (date, datetime))
    if value is None:
        return
    assert MIN_YEAR <= value.year <= MAX_YEAR  # type: ignore[attr-defined]
    if isinstance(value, datetime):
        assert value.utcoffset() is not None
        assert timedelta(hours=-12) <= value.utcoffset() <= timedelta(hours=14)  # type: ignore[operator]
    assert to_iso(value)  # type: ignore[arg-type]


@FAST
@given(hostile_text)
def test_date_parser_never_raises_and_stays_in_range(text: str) -> None:
    check_date(parse_thai_date(text))
    for match in find_thai_dates(text):
        check_date(match.value if hasattr(match, "value") else None)


@FAST
@given(hostile_text)
def test_clean_text_is_nfc_and_total(text: str) -> None:
    cleaned = clean_text(text)
    assert cleaned == unicodedata.normalize("NFC", cleaned)


@FAST
@given(hostile_text, st.sampled_from(FURNITURE))
def test_clean_body_never_raises_and_drops_furniture(text: str, furniture: str) -> None:
    html = f"<p>{text}</p><p>{furniture}</p>"
    result = clean_body(html)
    body = result.body or ""
    assert furniture not in body
    assert body == unicodedata.normalize("NFC", body)
    lines = html_to_lines(text)
    assert all(line and line == clean_line(line) for line in lines)  # clean, none empty


@FAST
@given(hostile_text)
def test_generic_extractor_never_raises(text: str) -> None:
    parts = extract_generic(f"<html><body><article>{text}</article></body></html>", URL)
    assert parts.body is None or parts.body == clean_text(parts.body)  # clean lines, no blanks
    assert parts.title is None or parts.title == clean_line(parts.title)


@FAST
@given(st.binary(max_size=2000))
def test_k2_extractor_takes_any_bytes(body: bytes) -> None:
    record = extract_bytes(body, url=URL, cms="k2", content_type="text/html")
    assert set(record) == set(RECORD_FIELDS)
    assert (record["url"], record["site"]) == (URL, "127_0_0_1")
    assert record["body"] is None or record["body"] == clean_text(record["body"])
    assert (record["body"] is None) == ("body: no body text found" in record["problems"])


@FAST
@given(hostile_text)
def test_k2_extraction_keeps_furniture_out(text: str) -> None:
    page = k2_page(f"<p>ข่าวหลัก</p><p>{escape(text)}</p>")
    record = extract_bytes(page, url=URL, cms="k2")
    assert "อ่าน 12660 ครั้ง" not in (record.get("body") or "")
    check_date(parse_thai_date(record.get("published_at_raw") or ""))


def test_unclosed_table_does_not_pull_hits_into_body() -> None:
    """An unclosed <td> in the body swallows the K2 hits line, which then survives cleaning."""
    record = extract_bytes(k2_page("<p>ข่าวหลัก</p><table><tr><td>ตุลาคม"), url=URL, cms="k2")
    assert "อ่าน 12660 ครั้ง" not in (record.get("body") or "")


# -- pathological inputs: bounded time (pytest-timeout), no exception ---------------------------


@pytest.mark.slow  # 50,000 levels through every parser: seconds
@pytest.mark.timeout(20)
@pytest.mark.parametrize("tag", ["div", "span", "table"])
def test_deep_nesting_50k(tag: str) -> None:
    """lxml stops at its depth limit: the body is lost (a problem says so), the rest is kept."""
    html = nested(50_000, tag)
    assert clean_body(html).body is None
    assert html_to_lines(html) == []
    assert extract_generic(html, URL).body is None
    record = extract_bytes(k2_page(html), url=URL, cms="k2")
    assert (record["title"], record["published_at"]) == ("หัวข้อข่าว", "2018-10-03T17:08:00+07:00")
    assert record["body"] is None and "body: no body text found" in record["problems"]


@pytest.mark.slow  # megabytes through every parser: seconds
@pytest.mark.timeout(20)
@pytest.mark.parametrize(
    "line",
    [
        "ก" * 1_000_000,
        "ตุลาคม 2561 " * 80_000,
        "<b>" * 300_000,
        "ที่มา: " * 150_000,
    ],
    ids=["thai", "dates", "open-tags", "source-labels"],
)
def test_one_megabyte_single_line(line: str) -> None:
    check_date(parse_thai_date(line))
    find_thai_dates(line)
    clean_text(line)
    clean_body(f"<p>{line}</p>")
    extract_generic(f"<html><body><p>{line}</p></body></html>", URL)
    extract_bytes(k2_page(f"<p>{line}</p>"), url=URL, cms="k2")


@FAST
@given(hostile_text, st.sampled_from(["generic", "drupal", "wordpress", "joomla", "k2"]))
def test_every_layout_reads_hostile_text_without_raising(text: str, cms: str) -> None:
    from pipelines.layouts import LAYOUTS, Page, read_article
    from pipelines.normalize import normalize_article

    page = Page(text=f"<html><body><h1>หัวข้อ</h1><div class='content'>{text}</div></body></html>")
    normalize_article(read_article(LAYOUTS[cms], page, URL)).record()


def test_a_control_character_after_a_script_does_not_break_attachments() -> None:
    # lxml's drop_tree moved the tail "\x1f" into its parent's text, which lxml refuses.
    from pipelines.layouts import LAYOUTS, Page, read_article

    page = Page(text="<html><body><h1>หัวข้อ</h1><div><script></script>\x1f</div></body></html>")
    read_article(LAYOUTS["drupal"], page, URL)
