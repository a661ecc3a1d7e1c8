"""Rules the twenty-seventh blind round showed, for any site:

- a date's time printed as a labelled field in a cell of its own ("เวลา : ๑๐.๓๐ น.") belongs
  to the meta row it sits in: the row (date | time | counter) is furniture and its counter,
  in Thai digits, is the view count;
- a table layout's footer cell (the office's address over its copyright line or its
  best-viewed note) is no article text, even when it is longer than any paragraph of a short
  article printed one paragraph per row;
- a table layout prints its article one paragraph per row: a short row of plain text (a
  numbered list's item, the page address closing a release) is a paragraph like the long
  ones, and a row printing a furniture line (คำค้น :, a source label) ends the text;
- a label alone on its line that only names the pictures below it (ภาพประกอบข่าว,
  รูปกิจกรรม, ภาพบรรยากาศ, Photos) is furniture; the pictures stay in ``images``.
"""

from __future__ import annotations

import pytest

from pipelines.boilerplate import match_line
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

URL = "http://www.example.go.th/news/view.html?id=812"
OFFICE = "สำนักงานปศุสัตว์จังหวัดตัวอย่าง"
TITLE = "ปศุสัตว์จังหวัดจัดหน่วยสัตวแพทย์เคลื่อนที่ฉีดวัคซีนป้องกันโรคพิษสุนัขบ้า"
# Short paragraphs, one per row, each shorter than the footer cell.
LINES = [
    "เมื่อวันจันทร์ที่ ๘ มกราคม ๒๕๖๗ เวลา ๐๙.๐๐ น.",
    "ปศุสัตว์จังหวัดพร้อมด้วยเจ้าหน้าที่สัตวแพทย์ออกหน่วยบริการฉีดวัคซีนให้สุนัขและแมว",
    "ในพื้นที่ตำบลบ้านใหม่ อำเภอเมือง จำนวนกว่า ๕๐๐ ตัว พร้อมให้คำแนะนำการเลี้ยงสัตว์",
    "แก่ประชาชนที่นำสัตว์เลี้ยงมารับบริการ โดยมีผู้นำชุมชนให้ความร่วมมือเป็นอย่างดี",
    "ผู้สนใจรับบริการครั้งต่อไปติดต่อได้ตามช่องทางดังนี้",
    "๑. สำนักงานปศุสัตว์อำเภอทุกแห่ง",
    "๒. www.facebook.com/dldexample",
]
SIDEBAR = (
    '<td width="180" valign="top"><b>เมนูหลัก</b><br>'
    '<a href="/news/index.html">ข่าวประชาสัมพันธ์</a><br><a href="/about.html">เกี่ยวกับเรา</a>'
    "</td>"
)
FOOTER = (
    f'<table width="900"><tr><td align="center"><font size="2">{OFFICE} ถนนศรีอุทัย '
    "อำเภอเมือง จังหวัดตัวอย่าง 10000 โทรศัพท์ 0-5500-0000 โทรสาร 0-5500-0001 "
    "อีเมล pr@example.go.th<br>Copyright &copy; 2550-2567 All rights reserved. "
    "แสดงผลได้ดีที่สุดด้วย Internet Explorer ความละเอียด 1024x768</font></td></tr></table>"
)


AFTER_TEXT = (
    '<tr><td><font size="2"><a href="/upload/812.pdf">ดาวน์โหลดเอกสาร</a></font></td></tr>'
    '<tr><td><font size="2">คำค้น : วัคซีน, พิษสุนัขบ้า</font></td></tr>'
    '<tr><td><font size="2">** สมาชิกเท่านั้นจึงจะแสดงความคิดเห็นได้ '
    '<a href="/login.html">เข้าสู่ระบบ</a> **</font></td></tr>'
)
# The other stories' box as a bold heading row over a row of links, right after the text.
OTHERS_BOX = (
    '<tr><td bgcolor="#EEEEEE"><font size="2"><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b></font></td></tr>'
    '<tr><td><font size="2"><a href="/news/view.html?id=809">ตรวจสุขภาพโคนมในฟาร์มสหกรณ์</a>'
    '<br><a href="/news/view.html?id=808">รณรงค์ทำหมันสุนัขจรจัดในชุมชน</a></font></td></tr>'
)


def _table_page(meta_cells: str, after: str = AFTER_TEXT) -> str:
    """A table-layout news page: the headline, a meta row of cells, one paragraph per row,
    then the record's field rows, the other-news box and a footer cell."""
    rows = "".join(f'<tr><td><font size="2">&nbsp;&nbsp;{line}</font></td></tr>' for line in LINES)
    return (
        f"<html><head><title>{OFFICE}</title></head><body>"
        f'<table width="900"><tr><td><h1>{OFFICE}</h1></td></tr></table>'
        f'<table width="900"><tr>{SIDEBAR}<td width="720" valign="top">'
        '<table width="100%">'
        f'<tr><td><font size="3"><b>{TITLE}</b></font></td></tr>'
        f"<tr><td><table><tr>{meta_cells}</tr></table></td></tr>"
        f"{rows}{after}"
        "<tr><td><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b><ul>"
        '<li><a href="/news/view.html?id=811">ประชุมคณะกรรมการโรคระบาดสัตว์ประจำจังหวัด</a></li>'
        '<li><a href="/news/view.html?id=810">อบรมเกษตรกรผู้เลี้ยงโคเนื้อรุ่นที่สอง</a></li>'
        "</ul></td></tr></table></td></tr></table>"
        f"{FOOTER}</body></html>"
    )


def _record(html: str, *, encoding: str = "utf-8", listed: str | None = TITLE) -> dict:
    page = Page.from_bytes(html.encode(encoding), f"text/html; charset={encoding}")
    article = read_article(layout("generic"), page, URL, listed_title=listed)
    return normalize_article(article).record()


TIME_CELL = "<td>เวลา : ๑๐.๓๐ น.</td>"
DATE_CELL = "<td>ประกาศเมื่อ : ๘ ม.ค. ๖๗</td>"
COUNTER_CELL = '<td align="right">อ่าน ๒,๓๐๕ ครั้ง</td>'


def test_meta_row_with_a_labelled_time_cell_is_furniture_and_gives_the_counter() -> None:
    record = _record(_table_page(DATE_CELL + TIME_CELL + COUNTER_CELL), encoding="cp874")
    assert record["view_count"] == 2305
    assert record["published_at"] == "2024-01-08T10:30:00+07:00"
    assert "ประกาศเมื่อ" not in record["body"]
    assert "อ่าน ๒,๓๐๕ ครั้ง" not in record["body"]


def test_labelled_time_in_a_meta_row_line() -> None:
    found = match_line("ประกาศเมื่อ : ๘ ม.ค. ๖๗\tเวลา : ๑๐.๓๐ น.\tอ่าน ๒,๓๐๕ ครั้ง")
    assert found is not None
    assert found.data == {"published_raw": "๘ ม.ค. ๖๗ เวลา : ๑๐.๓๐ น.", "view_count": "๒,๓๐๕"}


def test_table_layout_body_is_the_article_rows_not_the_footer_cell() -> None:
    body = _record(_table_page(DATE_CELL + COUNTER_CELL))["body"]
    lines = body.split("\n")
    assert lines[0] == LINES[0]
    assert lines[-1] == LINES[-1]  # short closing rows: a list item, the page address
    assert "๑. สำนักงานปศุสัตว์อำเภอทุกแห่ง" in lines
    for furniture in (
        "Copyright",
        "แสดงผลได้ดีที่สุด",
        "เมนูหลัก",
        "ข่าวอื่นๆ ในหมวดเดียวกัน",
        "สมาชิกเท่านั้น",
        "คำค้น",
        "ดาวน์โหลดเอกสาร",
        "ประชุมคณะกรรมการโรคระบาดสัตว์",
    ):
        assert furniture not in body, furniture


def test_bold_heading_row_after_the_text_is_no_paragraph() -> None:
    body = _record(_table_page(DATE_CELL + COUNTER_CELL, after=OTHERS_BOX))["body"]
    assert body.split("\n")[-1] == LINES[-1]
    assert "ข่าวอื่นๆ" not in body
    assert "ตรวจสุขภาพโคนม" not in body


@pytest.mark.parametrize(
    "label", ["ภาพประกอบข่าว", "รูปกิจกรรม", "ภาพบรรยากาศ", "Photos", "ภาพประกอบข่าว :"]
)
def test_gallery_label_above_pictures_is_furniture(label: str) -> None:
    paras = "".join(
        f"<p>กรมส่งเสริมการเกษตรจัดอบรมเกษตรกรรุ่นใหม่ครั้งที่ {i} ณ ศูนย์เรียนรู้ประจำตำบล "
        "เพื่อถ่ายทอดความรู้การผลิตพืชปลอดภัยและการตลาดออนไลน์ให้แก่เกษตรกรในพื้นที่</p>"
        for i in range(1, 5)
    )
    pictures = "".join(
        f'<a href="/upload/p{i}.jpg"><img src="/upload/thumb_p{i}.jpg"></a>' for i in range(3)
    )
    html = (
        f"<html><head><title>{TITLE}</title></head><body><div id='content'>"
        f"<h1>{TITLE}</h1><div class='detail'>{paras}"
        f"<div class='pics'><div class='sub-head'>{label}</div>{pictures}</div>"
        "</div></div></body></html>"
    )
    record = _record(html, listed=None)
    assert label.rstrip(" :") not in record["body"]
    assert len(record["body"].split("\n")) == 4
    assert len(record["images"]) == 3


@pytest.mark.parametrize(
    "line", ["ภาพประกอบข่าวนี้เป็นภาพจำลองเหตุการณ์", "ภาพบรรยากาศการประชุมเป็นไปด้วยความเรียบร้อย"]
)
def test_gallery_words_opening_a_sentence_stay(line: str) -> None:
    assert match_line(line) is None
