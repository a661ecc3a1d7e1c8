"""Rules the thirtieth blind round showed on a Nette/Latte presenter and a PHP web-board, for
any site:

- Central European date templates (Latte's ``j. n. Y, H:i``, PHP's ``d. m. Y``) space the
  dots: "5. 3. 2024, 14:20" is 5 March 2024 (day first, a 4-digit year);
- a number formatter may group thousands with a (no-break) space: "เปิดอ่าน 1 877 ครั้ง"
  is 1877 views when the unit follows;
- a publication date printed before a modification label on one row ("ลงข่าวเมื่อ <date>
  แก้ไขล่าสุด <date>") ends at the label: both are read;
- a definition list's term is a label: ``<dt>ข่าว/ภาพ</dt><dd>office</dd>`` is the source;
- a web-board prints the date and the time of a post in two cells ("วันที่ : ๑๒/๐๓/๒๕๖๗" |
  "เวลา : ๑๐:๓๐ น."): one timestamp; its read counter stands beside a reply counter
  ("อ่าน : ๓,๐๓๖ | ตอบ : ๑"); the topic number, the poster with a masked IP and an attachment
  line naming its file ("ไฟล์แนบ : x.pdf (๒๑๒ KB)") are furniture.
"""

from __future__ import annotations

import pytest

from pipelines.boilerplate import match_line
from pipelines.layouts import layout
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.text import parse_view_count
from pipelines.thai_dates import parse_thai_date

NBSP = "\u00a0"
TEXT = (
    "สำนักงานเกษตรอำเภอจัดประชุมชี้แจงแนวทางการส่งเสริมการปลูกพืชหลังนาให้แก่เกษตรกรในพื้นที่ "
    "เพื่อลดต้นทุนการผลิตและเพิ่มรายได้ให้แก่ครัวเรือนตามนโยบายของกระทรวงเกษตรและสหกรณ์ ครั้งที่ {}"
)
PARAS = [TEXT.format(i) for i in range(1, 5)]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("ลงข่าวเมื่อ 5. 3. 2024, 14:20", "2024-03-05T14:20:00+07:00"),
        ("แก้ไขล่าสุด 17. 11. 2023, 09:05", "2023-11-17T09:05:00+07:00"),
        ("5. 3. 2024", "2024-03-05"),
        ("29. 5. 2567", "2024-05-29"),
    ],
)
def test_spaced_dot_dates_are_day_month_year(text: str, iso: str) -> None:
    assert parse_thai_date(text).isoformat() == iso


def test_a_spaced_dot_list_is_no_date() -> None:
    assert parse_thai_date("ขั้นตอน 1. 2. 3 ตามลำดับ") is None


def test_thousands_grouped_with_a_space() -> None:
    assert parse_view_count(f"เปิดอ่าน 1{NBSP}877 ครั้ง") == 1877
    assert match_line(f"เปิดอ่าน 12{NBSP}345 ครั้ง").data == {"view_count": "12 345"}
    assert match_line("เปิดอ่าน 2 569 ครั้ง").data == {"view_count": "2 569"}


def test_a_date_before_a_modified_label_on_one_row() -> None:
    found = match_line("ลงข่าวเมื่อ 3 มี.ค. 2567 10:20 แก้ไขล่าสุด 4 มี.ค. 2567 08:15 อ่าน 12 ครั้ง")
    assert found is not None
    assert found.data == {
        "published_raw": "3 มี.ค. 2567 10:20",
        "modified_raw": "4 มี.ค. 2567 08:15",
        "view_count": "12",
    }


NEWS_TITLE = "ประชุมชี้แจงแนวทางการส่งเสริมการปลูกพืชหลังนา ปี 2567"


def presenter_page() -> str:
    """A news detail page: the meta row's parts in spans, a definition list after the text."""
    body = "".join(f"<p>{p}</p>" for p in PARAS)
    return f"""<html><head><title>{NEWS_TITLE} | สำนักงานเกษตรอำเภอ</title></head><body>
<header><a href="/">สำนักงานเกษตรอำเภอ</a></header>
<main><article class="detail">
<h2>{NEWS_TITLE}</h2>
<div class="info"><span>ลงข่าวเมื่อ 12. 3. 2024, 09:45</span>
<span>แก้ไขล่าสุด 14. 3. 2024, 16:02</span><span>เปิดอ่าน 3{NBSP}481 ครั้ง</span></div>
<div class="text">{body}</div>
<dl class="meta"><dt>ข่าว/ภาพ</dt><dd>ฝ่ายส่งเสริมการเกษตร</dd></dl>
</article></main><footer>สำนักงานเกษตรอำเภอ โทร. 0-3951-0000</footer></body></html>"""


def test_a_presenter_pages_meta_row_and_definition_list() -> None:
    page = Page(text=presenter_page())
    record = normalize_article(
        layout("generic").extract(page, "https://x.go.th/news/show/9")
    ).record()
    assert record["title"] == NEWS_TITLE
    assert record["published_at"] == "2024-03-12T09:45:00+07:00"
    assert record["modified_at"] == "2024-03-14T16:02:00+07:00"
    assert record["view_count"] == 3481
    assert record["source"] == "ฝ่ายส่งเสริมการเกษตร"
    assert "ข่าว/ภาพ" not in record["body"]


HEADLINE = "ประชาสัมพันธ์การรับสมัครเกษตรกรเข้าร่วมโครงการปลูกพืชหลังนา"
ATTACHED = 'ไฟล์แนบ : <a href="upload/doc_881.pdf">doc_881.pdf</a> (๒๔๕ KB)'


def board_page() -> str:
    """A web-board topic: counters in the header row, date and time cells under the post."""
    body = "<br><br>\n".join(PARAS)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>กระดานข่าว เทศบาลตำบล</title></head><body>
<table width="760" align="center"><tr><td><img src="images/banner.gif"></td></tr><tr><td>
<table width="100%" cellspacing="1" cellpadding="4">
<tr><td><table width="100%"><tr>
  <td><font size="2">กระทู้ที่ : <b>๘๘๑</b></font></td>
  <td align="right"><font size="2">อ่าน : ๒,๔๑๗ | ตอบ : ๒</font></td></tr></table></td></tr>
<tr><td><font size="2">หัวข้อ : </font><font size="3"><b>{HEADLINE}</b></font></td></tr>
<tr><td><font size="2">
{body}</font><br><img src="images/icon_attach.gif"> <font size="2">{ATTACHED}</font>
</td></tr>
<tr><td><table width="100%"><tr>
  <td><font size="1">โดย : <b>webmaster</b> [ IP : 182.52.10.xxx ]</font></td>
  <td align="right"><font size="1">วันที่ : ๐๘/๐๓/๒๕๖๗</font></td>
  <td align="right"><font size="1">เวลา : ๑๔:๓๕ น.</font></td></tr></table></td></tr>
</table>
</td></tr></table></body></html>"""


def test_a_web_board_topic() -> None:
    page = Page(text=board_page())
    url = "https://x.go.th/board/view.php?id=881"
    record = normalize_article(layout("generic").extract(page, url)).record()
    assert record["published_at"] == "2024-03-08T14:35:00+07:00"
    assert record["view_count"] == 2417
    body = record["body"]
    assert PARAS[0] in body and PARAS[-1] in body
    for furniture in ("ไฟล์แนบ", "doc_881.pdf", "IP :", "กระทู้ที่", "ตอบ :"):
        assert furniture not in body


def test_web_board_lines() -> None:
    assert match_line("อ่าน : ๓,๐๓๖ | ตอบ : ๑").data == {"view_count": "๓,๐๓๖"}
    assert match_line("กระทู้ที่ : ๑๒๓๔") is not None
    assert match_line("ความคิดเห็นที่ ๒") is not None
    assert match_line("โดย : คนท่าช้าง [ IP : 118.172.9.xxx ]") is not None
    assert match_line("ไฟล์แนบ : file_12.pdf (๒๑๒ KB)") is not None
    assert match_line("ไฟล์แนบ : ตามเอกสารที่ส่งมาพร้อมนี้") is None
    assert match_line("โดย : นายสมชาย ใจดี นายอำเภอ") is None
