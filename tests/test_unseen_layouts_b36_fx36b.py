# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-sixth blind round showed (a 2005 table-layout site), each checked on a small
page written here:

- a news item's header row printed above the headline's row, in cells of its own (an issue
  number, "วันที่ ๑๒ กุมภาพันธ์ ๒๕๕๐", "เวลา ๑๔.๒๐ น."), past a blank spacer row, dates the
  page: not a date the text tells in its first paragraph; its time cell joins its day;
- an editor's note "(แก้ไขข้อมูลเมื่อ ๑๕ ก.พ. ๕๐)" (data edited on), in brackets or bare, is
  the modification day and no line of the text;
- previous / next links printed with the neighbour's headline ("<< ข่าวก่อนหน้า : <title>",
  "ข่าวถัดไป >> : <title>") are no lines of the text.
"""

from __future__ import annotations

from pipelines import boilerplate
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

TITLE = "สาธารณสุขอำเภอรณรงค์ป้องกันโรคไข้เลือดออกในโรงเรียน"
PREVIOUS = "อำเภอจัดประชุมอาสาสมัครสาธารณสุขประจำหมู่บ้านประจำเดือน"
NEXT = "โรงพยาบาลชุมชนเปิดคลินิกผู้สูงอายุทุกวันพุธ"

ITEM = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>ข่าวที่ 7/2550</title></head><body>
<table width="700"><tr><td colspan="2"><img src="banner.jpg" alt="สำนักงานสาธารณสุขอำเภอ"></td></tr>
<tr><td width="150"><a href="news.html">ข่าว</a><br><a href="staff.html">บุคลากร</a><br><a href="contact.html">ติดต่อ</a></td>
<td><table width="550">
<tr><td><table><tr><td>เลขที่ ๗/๒๕๕๐</td><td align="right">วันที่ ๑๒ กุมภาพันธ์ ๒๕๕๐</td><td align="right">{time}</td></tr></table></td></tr>
<tr><td height="8"><img src="spacer.gif" width="1" height="8" alt=""></td></tr>
<tr><td><p><b><font size="4">{title}</font></b></p>
<p>&nbsp;&nbsp;&nbsp;ตามที่กระทรวงสาธารณสุขได้ประกาศเมื่อวันที่ 3 มีนาคม 2549 ให้ทุกอำเภอเฝ้าระวังโรคไข้เลือดออก สำนักงานสาธารณสุขอำเภอจึงจัดกิจกรรมรณรงค์ในโรงเรียนทุกแห่งของอำเภอ เพื่อให้นักเรียนรู้จักการกำจัดแหล่งเพาะพันธุ์ยุงลาย</p>
<p>&nbsp;&nbsp;&nbsp;เจ้าหน้าที่ได้สาธิตการใส่ทรายกำจัดลูกน้ำและแจกแผ่นพับความรู้แก่ผู้ปกครอง พร้อมทั้งนัดหมายตรวจลูกน้ำยุงลายในบ้านเรือนของนักเรียนทุกเดือน</p>
<p><font size="1" color="#999999">{note}</font></p>
<p><font size="2"><a href="pr50_008.html">&lt;&lt; ข่าวก่อนหน้า</a> : {previous}<br><a href="pr50_006.html">ข่าวถัดไป &gt;&gt;</a> : {next}</font></p>
</td></tr>
</table></td></tr>
<tr><td colspan="2" align="center"><font size="1">สำนักงานสาธารณสุขอำเภอ โทร. 0-5653-9001</font></td></tr>
</table></body></html>"""


def _record(*, time: str = "เวลา ๑๔.๒๐ น.", note: str = "") -> dict:
    html = ITEM.format(title=TITLE, time=time, note=note, previous=PREVIOUS, next=NEXT)
    url = "http://sso.example.go.th/html/pr50_007.html"
    article = read_article(layout("generic"), Page(text=html), url, listed_title=TITLE)
    return normalize_article(article).record()


def test_header_row_above_the_headline_dates_the_page() -> None:
    record = _record()
    assert record["title"] == TITLE
    assert record["published_at"] == "2007-02-12T14:20:00+07:00"
    record = _record(time="")
    assert record["published_at"] == "2007-02-12"


def test_edit_note_is_the_modification_day() -> None:
    record = _record(note="(แก้ไขข้อมูลเมื่อ ๑๕ ก.พ. ๕๐)")
    assert record["modified_at"] == "2007-02-15"
    assert "แก้ไขข้อมูลเมื่อ" not in record["body"]
    assert "ผู้ปกครอง" in record["body"]
    assert boilerplate.match_line("แก้ไขข้อมูลเมื่อ 15/02/2550").data == {"modified_raw": "15/02/2550"}


def test_previous_and_next_links_with_titles_leave_the_text() -> None:
    body = _record()["body"]
    assert "ข่าวก่อนหน้า" not in body and "ข่าวถัดไป" not in body
    assert PREVIOUS not in body and NEXT not in body
    assert "กำจัดแหล่งเพาะพันธุ์ยุงลาย" in body
    assert boilerplate.match_line("Previous post: Hello world").rules == ["neighbour"]
    assert boilerplate.match_line("ข่าวก่อนหน้านี้ได้รายงานว่า รัฐบาล: ทดสอบ") is None
