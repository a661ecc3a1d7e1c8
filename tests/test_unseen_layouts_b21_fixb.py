# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-first blind round showed (fixer B), each checked on a small page: an ARIA
heading is a heading, and the section's banner h1 gives way to it; a time printed in its own
element of the date's meta row is the date's; a date element named as the publication date is
the page's date; a meta row of data items is no paragraph of the text, so it and its counter
stay out of the body; the counter read is the page's own."""

from __future__ import annotations

from tests.test_unseen_layouts_b9_cms import _record

OFFICE = "สำนักงานสาธารณสุขจังหวัดตัวอย่าง"
HEADLINE = "สาธารณสุขจังหวัดจัดอบรมอาสาสมัครสาธารณสุขประจำหมู่บ้านเรื่องการป้องกันโรคไข้เลือดออกในฤดูฝน"
SHORT = "ผู้ว่าราชการจังหวัดเป็นประธานเปิดการอบรม ณ หอประชุมอำเภอ"
LINES = (
    SHORT,
    "โดยมีอาสาสมัครสาธารณสุขเข้าร่วมการอบรมจำนวน ๑๒๐ คน",
    "วิทยากรจากโรงพยาบาลจังหวัดบรรยายเรื่องการกำจัดลูกน้ำยุงลาย",
    "พร้อมสาธิตการใช้ทรายกำจัดลูกน้ำในภาชนะขังน้ำ",
    "ผู้เข้าอบรมจะนำความรู้ไปถ่ายทอดแก่ครัวเรือนในหมู่บ้าน และร่วมกันรณรงค์ทำลายแหล่งเพาะพันธุ์ยุงลายทุกสัปดาห์",
)
LONG = "เจ้าหน้าที่สาธารณสุขอำเภอร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลให้ความรู้แก่ประชาชน " * 3


def _page(
    *,
    nav: str = '<a href="/activity" aria-current="page">ข่าวกิจกรรม</a>',
    date: str = "<span>วันศุกร์ที่ ๑๒ มกราคม ๒๕๖๗</span>",
    time: str = "",
    meta_extra: str = "",
    paragraphs: tuple[str, ...] = (LONG, LONG),
) -> str:
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><title>{OFFICE}</title></head><body>
<header><a href="/">{OFFICE}</a><nav><a href="/">หน้าแรก</a> {nav} <a href="/contact">ติดต่อเรา</a></nav></header>
<div class="banner"><h1>ข่าวกิจกรรม</h1></div>
<div class="wrap"><div class="story">
<div class="info">{date}<div class="items"><span>ข่าวกิจกรรม</span>{time} <span>ผู้ชม ๑,๒๐๘ ครั้ง</span>{meta_extra}</div></div>
<div class="subject" role="heading" aria-level="2">{HEADLINE}</div>
<div class="text">{text}</div></div>
<aside><h3>อ่านมากที่สุด</h3><ol><li><a href="/activity/9">ข่าวอื่นที่มีผู้อ่านมาก</a> <span>ผู้ชม ๙,๙๙๙ ครั้ง</span></li></ol></aside></div>
<footer>{OFFICE} ถนนหลวง อำเภอเมือง</footer></body></html>"""


URL = "http://h.go.th/activity/512"


def test_an_aria_heading_under_the_section_banner_is_the_headline() -> None:
    assert _record(_page(), URL)["title"] == HEADLINE


def test_a_banner_named_by_the_breadcrumb_gives_way_too() -> None:
    crumbs = (
        '<a href="/">หน้าแรก</a></nav><nav class="breadcrumbs"><a href="/">หน้าแรก</a> › '
        '<a href="/activity">ข่าวกิจกรรม</a> › <span>สาธารณสุขจังหวัดจัดอบรม…</span>'
    )
    assert _record(_page(nav=crumbs), URL)["title"] == HEADLINE


def test_an_h1_no_menu_names_stays_the_headline() -> None:
    html = _page(nav='<a href="/activity">ประกาศ</a>').replace(
        "<h1>ข่าวกิจกรรม</h1>", "<h1>ข่าวกิจกรรมประจำเดือนมกราคม</h1>"
    )
    assert _record(html, URL)["title"] == "ข่าวกิจกรรมประจำเดือนมกราคม"


def test_the_time_in_its_own_element_of_the_meta_row_is_the_dates() -> None:
    timed = _record(_page(time=" <span>เวลา ๐๙.๑๕ น.</span>"), URL)
    assert timed["published_at"] == "2024-01-12T09:15:00+07:00"
    assert _record(_page(), URL)["published_at"] == "2024-01-12"


def test_a_calendar_badge_named_as_the_publication_date_is_the_pages_date() -> None:
    badge = '<div class="cal" aria-label="วันที่เผยแพร่"><b>๓</b><b>ก.พ.</b><b>๖๗</b></div>'
    story = ("เมื่อวันจันทร์ที่ ๕ มีนาคม ๒๕๖๑ เวลา ๑๐.๐๐ น.", SHORT, LONG)
    record = _record(_page(date=badge, time=" <span>เวลา ๑๔.๓๐ น.</span>", paragraphs=story), URL)
    assert record["published_at"] == "2024-02-03T14:30:00+07:00"


def test_a_meta_row_of_data_items_stays_out_of_a_short_text() -> None:
    update = " <span>แก้ไขล่าสุด ๑๕ ม.ค. ๖๗ ๑๖:๔๐ น.</span>"
    record = _record(
        _page(time=" <span>เวลา ๐๙.๑๕ น.</span>", meta_extra=update, paragraphs=LINES),
        URL,
    )
    assert "ผู้ชม" not in record["body"] and "แก้ไขล่าสุด" not in record["body"]
    assert "เวลา ๐๙.๑๕ น." not in record["body"]
    assert record["body"].startswith(SHORT)
    assert record["view_count"] == 1208


def test_a_sentence_of_items_is_no_meta_row() -> None:
    from lxml import html as lxml_html

    from pipelines.generic import data_row

    row = lxml_html.fromstring(
        "<p><span>เมื่อวันที่ ๑๒ มกราคม ๒๕๖๗</span> ผู้ว่าราชการจังหวัดเป็นประธาน"
        " <span>เวลา ๐๙.๑๕ น.</span> <span>ผู้ชม ๑๒ ครั้ง</span></p>"
    )
    assert not data_row(row)
