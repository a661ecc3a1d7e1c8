"""Blind-22 classes (PHP-Nuke and Sahifa layouts): two-digit years, story date lines."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from pipelines.generic import extract_generic
from pipelines.text import clean_lines
from pipelines.thai_dates import BANGKOK, parse_thai_date


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # PHP-Nuke's Thai _DATESTRING "%A %d %b %y@ %T %Z": a CE year printed with two digits
        ("จันทร์ 21 ก.ย. 20@ 14:47:41 ICT", datetime(2020, 9, 21, 14, 47, 41, tzinfo=BANGKOK)),
        ("จันทร์ 21 ก.ย. 20@ 14:47:41 GMT+7", datetime(2020, 9, 21, 14, 47, 41, tzinfo=BANGKOK)),
        ("21/09/20", date(2020, 9, 21)),
        ("3 ต.ค. 61", date(2018, 10, 3)),  # BE 2561: the CE reading 2061 is not of the web era
        ("พฤหัสบดี 28 พ.ย. 30", date(2030, 11, 28)),  # the weekday fits only CE 2030
        ("เสาร์ 28 พ.ย. 30", date(1987, 11, 28)),  # ... or only BE 2530
    ],
)
def test_two_digit_year_takes_its_web_era_reading(raw: str, expected: date) -> None:
    assert parse_thai_date(raw) == expected


# A table layout of a PHP-Nuke-style theme: the site's blocks in a left column, the story in
# the centre, its title cell "category link: headline" and the posted-by line under it.
NUKE_PAGE = """<html><head><title>ศูนย์ข้อมูลข่าวสารจังหวัดตัวอย่าง</title></head><body>
<table width="900"><tr valign="top">
<td width="160">
<table><tr><td class="boxtitle"><b>เมนูหลัก</b></td></tr>
<tr><td><a href="index.php">หน้าแรก</a><br><a href="modules.php?name=News">ข่าว</a></td></tr></table>
<table><tr><td class="boxtitle"><font color="#FFFFFF"><b>ผู้ที่กำลังใช้งานขณะนี้</b></font></td></tr>
<tr><td>ขณะนี้มี 14 บุคคลทั่วไป และ 0 สมาชิกเข้าชม<br><a href="acc">สมัครสมาชิก</a></td></tr></table>
</td>
<td width="730">
<table><tr><td>
<font class="title"><b>{title}</b></font><br>
<font class="tiny">ติดประกาศ : จันทร์ 21 ก.ย. 20@ 14:47:41 ICT โดย <a href="u">admin</a></font>
</td></tr>
<tr><td><font class="content">วันนี้ (6 มี.ค. 62) เวลา 09.30 น. ณ ศาลากลางจังหวัด ผู้ว่าราชการจังหวัดเป็นประธาน
การประชุมคณะกรรมการพัฒนาจังหวัด เพื่อติดตามผลการดำเนินงานตามแผนพัฒนาจังหวัดประจำปีงบประมาณ
และการเบิกจ่ายงบประมาณของส่วนราชการในพื้นที่อย่างต่อเนื่อง<br><br>ที่ประชุมได้พิจารณาโครงการ
สำคัญหลายโครงการ พร้อมมอบหมายให้หน่วยงานที่เกี่ยวข้องเร่งรัดการดำเนินงานให้แล้วเสร็จตามกำหนด
</font></td></tr></table>
</td></tr></table></body></html>"""
HEADLINE = "ผู้ว่าราชการจังหวัดประชุมคณะกรรมการพัฒนาจังหวัด"
CATEGORISED = '<a href="c?catid=2"><font class="storycat">ข่าวกิจกรรม</font></a>: ' + HEADLINE


@pytest.mark.parametrize("title", [HEADLINE, CATEGORISED], ids=["bare", "category prefix"])
@pytest.mark.parametrize("listed", [None, HEADLINE], ids=["no listing", "listed title"])
def test_story_title_bar_gives_headline_and_date_line(title: str, listed: str | None) -> None:
    parts = extract_generic(
        NUKE_PAGE.replace("{title}", title), "https://x.go.th/sid=1", listed_title=listed
    )
    assert parts.title == HEADLINE  # not the side block's heading, not the category
    assert parts.published_raw == "จันทร์ 21 ก.ย. 20@ 14:47:41 ICT"  # not the text's 6 มี.ค. 62


def test_side_column_block_heading_is_no_headline() -> None:
    page = NUKE_PAGE.replace('<font class="title"><b>{title}</b></font><br>', "")
    parts = extract_generic(page, "https://x.go.th/sid=1")
    assert parts.title != "ผู้ที่กำลังใช้งานขณะนี้"


def test_posted_on_line_with_poster_is_furniture_holding_the_date() -> None:
    cleaned = clean_lines(
        ["ติดประกาศ : อาทิตย์ 06 ก.ย. 20@ 11:24:35 ICT โดย somchai_k", "ผู้ว่าราชการจังหวัดเป็นประธาน"]
    )
    assert cleaned.body == "ผู้ว่าราชการจังหวัดเป็นประธาน"
    assert cleaned.published_raw == "อาทิตย์ 06 ก.ย. 20@ 11:24:35 ICT"


def test_member_story_wrapper_login_and_quotes_are_dropped() -> None:
    cleaned = clean_lines(
        [
            "ข่าวกิจกรรม: ผู้ว่าราชการจังหวัดประชุม",
            "ติดประกาศ : จันทร์ 21 ก.ย. 20@ 14:47:41 ICT โดย admin",
            'pr_chainat บันทึก "ผู้ว่าราชการจังหวัดเป็นประธานการประชุม “ชัยนาทเมืองน่าอยู่”',
            "ย่อหน้าที่สองของข่าว",
            'เรียบเรียง : ศูนย์ข้อมูลข่าวสารจังหวัด"',
        ]
    )
    assert cleaned.body is not None and "pr_chainat" not in cleaned.body
    assert cleaned.body.split("\n")[1].startswith("ผู้ว่าราชการจังหวัดเป็นประธาน")
    assert cleaned.source == "ศูนย์ข้อมูลข่าวสารจังหวัด"


@pytest.mark.parametrize(
    ("line", "count"),
    [("(Visited 4,273 times, 0 visits today)", 4273), ("(Visited 1 time, 1 visits today)", 1)],
)
def test_top10_counter_gives_the_total_not_today(line: str, count: int) -> None:
    cleaned = clean_lines(["ผู้ว่าราชการจังหวัดเป็นประธานการประชุม", line])
    assert cleaned.body == "ผู้ว่าราชการจังหวัดเป็นประธานการประชุม"
    assert cleaned.view_count == count
