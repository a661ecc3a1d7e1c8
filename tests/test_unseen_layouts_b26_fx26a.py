"""Rules the twenty-sixth blind round showed, for any site:

- a family's created-date element printed as a badge (day, month abbreviation and BE year in
  spans of their own: K2 templates, Joomla overrides) with the time, when the editor set one,
  in an element of its own beside it ("เวลา 12:50 น."): the day and that time are one
  moment, as the generic layout's meta-row reading already joins them;
- a source field left empty prints a placeholder (a dash, dots, ไม่ระบุ, ไม่มี, N/A): it names
  no source, and a real source elsewhere (the text's own "ที่มา :" line) still counts.
"""

from __future__ import annotations

import pytest

from pipelines.boilerplate import named_source
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

URL = "https://www.example.go.th/index.php/news/item/1342-2024-05-31-05-50-00"
TITLE = "เกษตรจังหวัดลงพื้นที่ติดตามการปลูกข้าวนาปีของเกษตรกรในอำเภอเมือง"
PARAS = "".join(
    f"<p>สำนักงานเกษตรจังหวัดร่วมกับเกษตรอำเภอลงพื้นที่ติดตามสถานการณ์การปลูกข้าวครั้งที่ {i} "
    "เพื่อให้คำแนะนำการจัดการแปลงนาและการป้องกันศัตรูพืชอย่างต่อเนื่อง</p>"
    for i in range(1, 5)
)


def _k2_item(time_line: str, extra: str = "", text_source: str = "") -> str:
    """A K2 item view whose created date is a badge of three spans, its time apart."""
    return (
        f"<html><head><title>{TITLE}</title></head><body>"
        '<div id="k2Container" class="itemView"><div class="itemHeader">'
        '<div class="itemDateCreated"><span class="d">31</span><span class="m">พ.ค.</span>'
        '<span class="y">2567</span></div>'
        f"{time_line}"
        f'<h2 class="itemTitle">{TITLE}</h2>'
        '<span class="itemAuthor">เขียนโดย admin</span></div>'
        f'<div class="itemBody"><div class="itemIntroText">{PARAS}</div>'
        f'<div class="itemFullText">{text_source}</div></div>'
        f"{extra}</div></body></html>"
    )


def _record(family: str, html: str) -> dict:
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    return normalize_article(read_article(layout(family), page, URL)).record()


@pytest.mark.parametrize(
    "time_line",
    [
        '<span class="itemTime">เวลา 12:50 น.</span>',
        '<div class="meta"><span class="clock">เวลา ๑๒.๕๐ น.</span></div>',
    ],
)
def test_k2_date_badge_joins_the_time_printed_beside_it(time_line: str) -> None:
    assert _record("k2", _k2_item(time_line))["published_at"] == "2024-05-31T12:50:00+07:00"


def test_k2_date_badge_without_a_time_stays_a_day() -> None:
    assert _record("k2", _k2_item(""))["published_at"] == "2024-05-31"


@pytest.mark.parametrize(
    "info",
    [
        "<dd class='create'><span>31 พฤษภาคม 2567</span><span>เวลา 09:05 น.</span></dd>",
        "<dd class='create'>31 พฤษภาคม 2567</dd><dd class='create-time'>เวลา 09:05 น.</dd>",
    ],
)
def test_joomla_created_date_joins_its_own_time_element(info: str) -> None:
    """The time inside the created date's element, or in an element of its own after it."""
    html = (
        f"<html><body><div class='item-page'><h2 itemprop='headline'>{TITLE}</h2>"
        f"<dl class='article-info'>{info}<dd class='hits'>เปิดอ่าน 12 ครั้ง</dd></dl>"
        f"<div itemprop='articleBody'>{PARAS}</div></div></body></html>"
    )
    assert _record("joomla", html)["published_at"] == "2024-05-31T09:05:00+07:00"


@pytest.mark.parametrize("value", ["-", "—", "...", "N/A", "ไม่ระบุ", "- ไม่มี -", "n.a."])
def test_a_placeholder_names_no_source(value: str) -> None:
    assert named_source(value) is None


@pytest.mark.parametrize("value", ["กอง ก.", "สำนักงานเกษตรจังหวัด", "ไม่มีชื่อหน่วยงาน", "NASA"])
def test_a_name_is_a_source(value: str) -> None:
    assert named_source(value) == value


def _struts_detail(source: str) -> str:
    """A label/value detail table as JSP/Struts back offices print a news record."""
    rows = [
        ("หัวข้อข่าว :", f"<b>{TITLE}</b>"),
        ("วันที่ลงข่าว :", "31/05/2567"),
        ("เวลา :", "10:30"),
        ("ผู้ลงข่าว :", "admin"),
        ("ที่มา :", source),
        ("จำนวนผู้อ่าน :", "๑๒๓"),
        ("รายละเอียด :", PARAS.replace("<p>", "").replace("</p>", "<br><br>")),
    ]
    cells = "".join(
        f'<tr><td class="label">{label}</td><td class="data">{value}</td></tr>'
        for label, value in rows
    )
    return (
        "<html><head><title>ระบบข่าวประชาสัมพันธ์</title></head><body>"
        f'<table class="detail">{cells}</table></body></html>'
    )


@pytest.mark.parametrize("source,want", [("-", None), ("ไม่ระบุ", None), ("กอง ก.", "กอง ก.")])
def test_record_table_dash_source_is_null(source: str, want: str | None) -> None:
    record = _record("generic", _struts_detail(source))
    assert record["title"] == TITLE
    assert record["source"] == want


def test_k2_extra_field_dash_leaves_the_texts_source() -> None:
    extra = (
        '<div class="itemExtraFields"><ul><li><span class="itemExtraFieldsLabel">ที่มา:</span>'
        '<span class="itemExtraFieldsValue">-</span></li></ul></div>'
    )
    html = _k2_item("", extra=extra)
    assert _record("k2", html)["source"] is None
    html = _k2_item("", extra=extra, text_source="<p>ที่มา : กลุ่มส่งเสริมการเกษตร</p>")
    assert _record("k2", html)["source"] == "กลุ่มส่งเสริมการเกษตร"


def test_a_dash_source_line_in_the_text_names_none() -> None:
    html = _k2_item("", text_source="<p>ที่มา : -</p>")
    record = _record("k2", html)
    assert record["source"] is None
    assert "ที่มา" not in (record["body"] or "")


def _static_post(tags: int) -> str:
    """A static-site post: its meta row prints the day, the time apart, a counter and tags."""
    items = [
        '<li><span class="sr-only">วันที่ </span><time datetime="2024-05-26">๒๖ พ.ค. ๒๕๖๗</time></li>',
        '<li class="t">เวลา ๑๑.๑๑ น.</li>',
        "<li>อ่าน ๒ นาที</li>",
        "<li>ผู้เข้าชม ๔,๗๙๘ ครั้ง</li>",
    ] + [f'<li><a href="/tags/t{i}/">#แท็ก{i}</a></li>' for i in range(tags)]
    return (
        "<html><head><title>อำเภอตัวอย่าง</title></head><body>"
        '<header><h1 class="home"><a href="/">ที่ว่าการอำเภอตัวอย่าง</a></h1></header>'
        f'<main><article class="post"><h1>{TITLE}</h1><ul class="meta">{"".join(items)}</ul>'
        f"{PARAS}</article></main></body></html>"
    )


@pytest.mark.parametrize("tags", [0, 2])
def test_generic_row_time_leaves_no_line_atop_the_text(tags: int) -> None:
    record = _record("generic", _static_post(tags))
    assert record["published_at"] == "2024-05-26T11:11:00+07:00"
    assert "เวลา ๑๑.๑๑ น." not in (record["body"] or "")
    assert record["body"].startswith("สำนักงานเกษตรจังหวัด")
