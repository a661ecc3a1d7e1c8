"""Rules from the sixty-second blind round (everyday sites), each on a small page of its shape.

Doctests cover the pieces (pipelines.text.office_line, pipelines.boilerplate.sign_off_office,
pipelines.generic._text_beside_picture).
"""

from __future__ import annotations

import pytest

from crawler.items import Article
from pipelines import boilerplate
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article, not_an_article

HEADLINE = "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดจัดกิจกรรมส่งเสริมความปลอดภัยในการทำงาน"
TEXT = (
    "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดจัดกิจกรรมส่งเสริมความปลอดภัยในการทำงาน "
    "โดยมีผู้ประกอบการและลูกจ้างในพื้นที่เข้าร่วมกว่าสองร้อยคน พร้อมการสาธิตการใช้อุปกรณ์ป้องกัน"
    "อันตรายส่วนบุคคลและการปฐมพยาบาลเบื้องต้นในสถานประกอบการ"
)
MORE = (
    "ทั้งนี้ ผู้ว่าราชการจังหวัดได้มอบหมายให้หน่วยงานที่เกี่ยวข้องติดตามผลการดำเนินงานอย่างต่อเนื่อง "
    "เพื่อให้สถานประกอบการทุกแห่งมีระบบการจัดการความปลอดภัยที่ได้มาตรฐานภายในปีงบประมาณนี้"
)


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/pr67-5/") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def page(content: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><article><h1>{HEADLINE}</h1>"
        f"<div class='content'>{content}</div></article></body></html>"
    )


def test_a_long_office_name_set_flush_right_is_the_source() -> None:
    office = "กลุ่มงานสวัสดิการแรงงานและแรงงานสัมพันธ์ สวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์"
    assert len(office) > 80
    article = normalized(
        page(
            f"<p>{TEXT}</p><p>{MORE}</p><p style='text-align: right;'><strong>{office}</strong></p>"
        )
    )
    assert article.source == office
    assert office not in article.body
    # a long line of the text is no office, however it opens
    sentence = "กลุ่มงานดังกล่าวได้ลงพื้นที่ตรวจสถานประกอบการ 12 แห่ง ในเขตอำเภอเมืองและอำเภอใกล้เคียงตลอดสัปดาห์"
    assert boilerplate.sign_off_office([sentence]) is None


def test_an_office_printed_as_one_thai_run_on_the_last_line_is_the_source() -> None:
    office = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"
    article = normalized(page(f"<p>{TEXT}<br><br>{MORE}<br><br>{'&nbsp;' * 30}{office}</p>"))
    assert article.source == office
    assert not article.body.endswith(office)


def test_a_gallerys_print_note_is_furniture_and_leaves_the_sign_off_last() -> None:
    office = "กลุ่มยุทธศาสตร์และเฝ้าระวังทางวัฒนธรรม สำนักงานวัฒนธรรมจังหวัดอ่างทอง"
    gallery = (
        "<ul class='gallery'><li><a href='/images/1.jpg'><img src='/t/1.jpg' alt=''></a></li>"
        "<li><a href='/images/2.jpg'><img src='/t/2.jpg' alt=''></a></li></ul>"
        "<div class='print-note'>ดูรูปทั้งหมดได้ที่ <a href='#'>หน้าเว็บ</a></div>"
    )
    article = normalized(
        page(f"<p>{TEXT}</p><p>{MORE}</p><p style='text-align: right;'>{office}</p>{gallery}")
    )
    assert "ดูรูปทั้งหมด" not in article.body
    assert article.source == office


@pytest.mark.parametrize(
    "line",
    [
        "ดูรูปทั้งหมดได้ที่ หน้าเว็บ",
        "ชมภาพกิจกรรมเพิ่มเติมได้ที่ https://www.facebook.com/x",
        "View the embedded image gallery online at: http://h/news/5",
    ],
)
def test_gallery_notes_are_furniture_lines(line: str) -> None:
    found = boilerplate.match_line(line)
    assert found is not None and found.rules == ["gallery_link"]


def test_a_deleted_item_whose_best_text_is_the_footer_is_no_article() -> None:
    html = (
        "<html><head><title>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด</title></head><body><table>"
        "<tr><td><b>เมนูหลัก</b><br><a href='/'>หน้าแรก</a><br><a href='/news'>ข่าว</a></td>"
        "<td><table><tr><td align='center'><font color='#FF0000'>ไม่พบข้อมูลข่าวที่ท่านต้องการ</font>"
        "<br>[ <a href='javascript:history.back()'>ย้อนกลับ</a> ]</td></tr></table></td></tr>"
        "<tr><td colspan='2'>สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท<br>ศาลากลางจังหวัดชัยนาท "
        "ชั้น 2 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 โทร. ๐-๕๖๔๑-๑๓๑๔ "
        "โทรสาร ๐-๕๖๔๑-๒๐๐๘<br>ผู้เข้าชมเว็บไซต์ ๐๐๒๑๔๕๗๓ คน ขณะนี้ออนไลน์ ๓ คน<br>แสดงผลได้ดีที่"
        "ความละเอียด 1024 x 768 ด้วย Internet Explorer 7 หรือ Firefox 3 ขึ้นไป</td></tr>"
        "</table></body></html>"
    )
    article = normalized(html, url="http://h/news/news_detail.php?NewsID=370")
    assert not article.body or not_an_article(article) is not None


def builder_row(columns: str) -> str:
    return (
        "<div class='fl-row fl-row-fixed-width'><div class='fl-row-content-wrap'>"
        f"<div class='fl-col-group'>{columns}</div></div></div>"
    )


def text_column(paragraphs: str) -> str:
    return (
        f"<div class='fl-col'><div class='fl-module fl-module-rich-text'>{paragraphs}</div></div>"
    )


def test_builder_rows_keep_a_lead_beside_its_picture_and_text_past_a_gallery_row() -> None:
    lead = "นายกรัฐมนตรีนำคณะรัฐมนตรีลงพื้นที่ตรวจราชการและติดตามความคืบหน้าโครงการพัฒนาระบบรางในภูมิภาค"
    last = "ในการนี้ ได้มอบนโยบายให้ทุกหน่วยงานเร่งรัดการเบิกจ่ายงบประมาณและรายงานผลทุกเดือน"
    photo = (
        "<div class='fl-col'><div class='fl-module fl-module-photo'><img src='/u/1.jpg' alt=''>"
        "<div class='fl-photo-caption'>ภาพ: บรรยากาศการประชุม</div></div></div>"
    )
    gallery = (
        "<div class='fl-col'><div class='fl-module fl-module-gallery'>"
        "<a href='/u/2.jpg'><img src='/u/2s.jpg' alt=''></a>"
        "<a href='/u/3.jpg'><img src='/u/3s.jpg' alt=''></a></div></div>"
    )
    content = (
        builder_row(photo + text_column(f"<p>{lead}</p>"))
        + builder_row(text_column(f"<p>{TEXT}</p><p>{MORE}</p><p>{TEXT}</p>"))
        + builder_row(gallery)
        + builder_row(text_column(f"<p>{last}</p><p>{MORE}</p>"))
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article class='fl-post'>"
        f"<h1 class='fl-post-title'>{HEADLINE}</h1><div class='fl-post-content'>"
        f"<div class='fl-builder-content'>{content}</div></div></article>"
        "<aside><h4>ข่าวล่าสุด</h4><ul><li><a href='/news/1/'>ข่าวหนึ่ง</a></li></ul></aside>"
        "</body></html>"
    )
    for cms in ("generic", "wordpress"):
        article = normalized(html, cms)
        assert lead in article.body, cms
        assert last in article.body, cms
