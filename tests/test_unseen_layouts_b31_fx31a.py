# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-first blind round showed, each checked on a small page written here:

- a time printed after another date of the meta row (the last update's: "แก้ไขล่าสุด ๔ ต.ค.
  ๖๗ ๐๓:๔๘ น.") is that date's time, not the publication day's printed before it;
- a time printed in an element of its own right after the date's meta row ("เวลา ๑๔:๒๐ น.")
  joins the day of that row, also where the row prints other items after the date (a
  counter, the poster's login);
- on a page without an h1 whose headline is found above the text, a link's text in a box
  printed before the story (the "most read story" link of a related-links box) does not end
  the walk: the story's own bold headline is found, not the box's heading.
"""

from __future__ import annotations

import lxml.html

from pipelines.generic import _join_times
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.base import with_row_time
from pipelines.normalize import normalize_article

URL = "http://fish.example.go.th/news/abc123"
HEADLINE = "สำนักงานประมงจังหวัดปล่อยพันธุ์สัตว์น้ำคืนสู่แหล่งน้ำธรรมชาติเนื่องในวันสำคัญ"
PARAS = [
    "สำนักงานประมงจังหวัดร่วมกับองค์กรปกครองส่วนท้องถิ่นจัดกิจกรรมปล่อยพันธุ์สัตว์น้ำจำนวนกว่าหนึ่งล้านตัว "
    "ณ อ่างเก็บน้ำประจำตำบล เพื่อเพิ่มผลผลิตสัตว์น้ำให้แก่ชุมชนรอบแหล่งน้ำ",
    "ภายในงานมีการให้ความรู้เรื่องการอนุรักษ์ทรัพยากรประมงและการทำประมงอย่างยั่งยืน "
    "แก่ผู้นำชุมชนและเยาวชนในพื้นที่ที่เข้าร่วมกิจกรรมเป็นจำนวนมาก",
    "ผู้สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานประมงจังหวัดในวันและเวลาราชการ",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAS)


def _record(html: str, url: str = URL, listed: str | None = HEADLINE) -> dict:
    article = read_article(layout("generic"), Page(text=html), url, listed_title=listed)
    return normalize_article(article).record()


def _split(day: str, month: str, year: str, time: str = "") -> str:
    """A date printed in spans of its own (day, month, year, and the time when set)."""
    spans = f"<span>{day}</span> <span>{month}</span> <span>{year}</span>"
    return spans + (f" <span>{time}</span>" if time else "")


ICON = '<svg class="w-4 h-4" viewBox="0 0 24 24"><path d="M8 2v4M16 2v4M3 10h18"/></svg>'


def _edited_page() -> str:
    item = '<span class="flex items-center gap-1">'
    pencil = '<span aria-hidden="true">✎</span>'
    edited = f"{item}{pencil}แก้ไขล่าสุด {_split('๔', 'ต.ค.', '๖๗', '๐๓:๔๘ น.')}</span>"
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ - สำนักงานประมงจังหวัด</title></head><body>
<header><h1>สำนักงานประมงจังหวัด</h1></header><main><div class="card">
<h2>{HEADLINE}</h2>
<div class="flex text-sm">{item}{ICON}{_split("๒๕", "ก.ย.", "๖๗")}</span>{edited}{item}เข้าชม ๑,๒๓๔ ครั้ง</span></div>
<div class="text">{TEXT}</div></div></main>
<footer><p>สำนักงานประมงจังหวัด ถนนสายหลัก อำเภอเมือง</p></footer></body></html>"""


def test_a_time_after_the_update_date_is_not_the_publication_time() -> None:
    record = _record(_edited_page())
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-09-25"
    assert record["modified_at"] == "2024-10-04T03:48:00+07:00"


def _time_row_page(time_div: str) -> str:
    return f"""<html><head><title>องค์การบริหารส่วนตำบล</title></head><body>
<div id="header"><h1>องค์การบริหารส่วนตำบลตัวอย่าง</h1></div>
<div class="main"><div class="box"><div class="box-body">
<h2>{HEADLINE}</h2>
<div class="row-info"><span>โพสต์เมื่อ : ๐๕ มี.ค. ๖๗</span> <span>เปิดอ่าน ๑,๒๓๔ ครั้ง</span> <span>ผู้โพสต์ : admin01</span></div>{time_div}
<hr /><div class="content">{TEXT}</div></div></div></div>
<div id="footer"><p>องค์การบริหารส่วนตำบลตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง</p></div></body></html>"""


def test_a_time_in_its_own_element_after_the_date_row_joins_its_day() -> None:
    record = _record(_time_row_page('<div class="clock">เวลา ๑๔:๒๐ น.</div>'))
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-03-05T14:20:00+07:00"
    untimed = _record(_time_row_page(""))
    assert untimed["published_at"] == "2024-03-05"


def test_a_time_cell_after_a_meta_row_goes_right_after_its_last_date() -> None:
    row = "โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ เปิดอ่าน ๑,๒๓๔ ครั้ง ผู้โพสต์ : admin01"
    assert _join_times([row, "เวลา ๑๔:๒๐ น."]) == [
        "โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ เวลา ๑๔:๒๐ น. เปิดอ่าน ๑,๒๓๔ ครั้ง ผู้โพสต์ : admin01"
    ]
    # the time follows the row's last date (the update's), not the publication day
    edited = "๒๕ ก.ย. ๖๗ แก้ไขล่าสุด ๔ ต.ค. ๖๗"
    assert _join_times([edited, "เวลา ๐๓:๔๘ น."]) == ["๒๕ ก.ย. ๖๗ แก้ไขล่าสุด ๔ ต.ค. ๖๗ เวลา ๐๓:๔๘ น."]
    # a row whose date has its time already takes no other
    timed = "โพสต์เมื่อ : ๐๕ มี.ค. ๖๗ ๐๙:๑๐ น. เปิดอ่าน ๑๒ ครั้ง"
    assert _join_times([timed, "เวลา ๑๔:๒๐ น."]) == [timed, "เวลา ๑๔:๒๐ น."]


POPULAR = "ผลการประชุมคณะกรรมการพัฒนาระบบบริการสุขภาพระดับจังหวัดครั้งที่สองประจำปีงบประมาณ"


def _table_story_page() -> str:
    """A table theme without h1: a related-links box floated before the story in its column."""
    body = "<br /><br />".join(PARAS[:2])
    return f"""<html><head><title>สำนักงานสาธารณสุขจังหวัด :: บริการด้วยใจ</title></head><body>
<table width="100%"><tr><td width="170"><table><tr><td><font class="title"><b>เมนูหลัก</b></font></td></tr>
<tr><td><a href="index.php">หน้าแรก</a><br /><a href="news.php">ข่าว</a></td></tr></table></td>
<td width="450">
<table width="150" align="right"><tr><td><font class="title"><b>ลิงก์ที่เกี่ยวข้อง</b></font></td></tr><tr><td>
<font class="normal"><a href="search.php?topic=4">ข้อมูลเพิ่มเติมเกี่ยวกับ ข่าวประชาสัมพันธ์</a><br /></font>
<center><font class="normal"><b>ข่าวที่มีผู้อ่านมากที่สุดใน ข่าวประชาสัมพันธ์:</b><br /><a href="article.php?sid=9">{POPULAR}</a></font></center></td></tr>
<tr><td><font class="title"><b>ตัวเลือก</b></font></td></tr><tr><td><a href="print.php?sid=5">หน้าสำหรับพิมพ์</a></td></tr></table>
<table width="100%"><tr><td><span class="title"><b>{HEADLINE}</b></span><br />
<font class="sub">ส่งโดย admin เมื่อ วันอังคารที่ 05 มีนาคม 2567 @ 14:20:00 ICT</font></td></tr></table>
<table width="100%"><tr><td><font class="normal">{body}<br /><br />
<div align="center"><img src="images/news/5.jpg" width="400"><br /><font class="sub">ภาพกิจกรรม</font></div><br />{PARAS[2]}
</font></td></tr></table></td></tr></table>
<p>สำนักงานสาธารณสุขจังหวัด ถนนสายหลัก อำเภอเมือง</p></body></html>"""


def test_a_link_in_a_box_before_the_story_does_not_end_the_headline_walk() -> None:
    record = _record(_table_story_page(), "http://h.example.go.th/article.php?sid=5", "อ่านต่อ...")
    assert record["title"] == HEADLINE


def test_a_row_time_belongs_to_the_date_it_follows() -> None:
    row = lxml.html.fragment_fromstring(
        "<div><span>๒๕ ก.ย. ๖๗</span><span>แก้ไข <span>๔ ต.ค. ๖๗</span>"
        " <span>๐๓:๔๘ น.</span></span></div>"
    )
    assert with_row_time("๒๕ ก.ย. ๖๗", row[0]) == "๒๕ ก.ย. ๖๗"
    own = lxml.html.fragment_fromstring(
        "<div><span>๒๕ ก.ย. ๖๗</span><span>เวลา ๑๐.๓๐ น.</span><span>แก้ไข ๔ ต.ค. ๖๗</span></div>"
    )
    assert with_row_time("๒๕ ก.ย. ๖๗", own[0]) == "๒๕ ก.ย. ๖๗ เวลา ๑๐.๓๐ น."


def test_a_date_the_headline_mentions_is_not_a_date_of_the_row() -> None:
    block = lxml.html.fragment_fromstring(
        '<div><div class="badge"><span>๒</span><span>มิ.ย.</span><span>๖๗</span></div>'
        '<div><div class="topic">รายงานสถานการณ์ประจำวันที่ 9 กรกฎาคม 2563</div>'
        '<div class="meta"><span>เวลา ๑๔.๔๐ น.</span><span>เข้าชม ๑๒ ครั้ง</span></div></div></div>'
    )
    badge, topic = block[0], block[1][0]
    assert with_row_time("๒ มิ.ย. ๖๗", badge, topic) == "๒ มิ.ย. ๖๗ เวลา ๑๔.๔๐ น."
