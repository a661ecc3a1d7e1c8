"""Rules from the forty-seventh blind round, each on a small page of the shape that showed it.

The Drupal date-only field (its fixed noon, a time field beside it) and the meta row printing
the day before the counter are fixture pairs (tests/fixtures/drupal/article_date_only_*,
article_meta_row_*); the source labels เครดิต: / Cr., the ข่าววันที่ label, a count in
brackets and phpBB's post date have line cases in tests/test_boilerplate.py.
"""

from __future__ import annotations

import lxml.html

from pipelines.normalize import is_missing_notice
from pipelines.text import clean_body, find_counter

TEXT = (
    "กรมส่งเสริมสหกรณ์จัดการอบรมหลักสูตรพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ให้แก่ผู้ตรวจสอบกิจการ "
    "จากสหกรณ์ทั่วประเทศ เพื่อให้การตรวจสอบกิจการเป็นไปอย่างมีประสิทธิภาพและโปร่งใส"
)


def test_a_count_in_brackets_after_an_eye_icon_is_the_view_count() -> None:
    row = lxml.html.fromstring(
        '<div class="news-meta"><span class="news-date">ข่าววันที่ ๒๔ เม.ย. ๖๗</span> '
        '<span class="hits"><i class="fa fa-eye"></i> (๑,๒๓๔)</span></div>'
    )
    assert find_counter(row) == 1234


def test_a_bold_office_over_a_board_signature_is_the_source() -> None:
    """A phpBB post: the text, the office in bold, then the poster's signature under a rule
    and the board's edit notice."""
    post = lxml.html.fromstring(
        f'<span class="postbody">{TEXT}<br /><br />{TEXT}<br /><br />'
        '<span style="font-weight: bold">สำนักงานเกษตรอำเภอวังทอง</span><br />_________________'
        "<br />ยิ้มแย้ม แจ่มใส บริการด้วยใจ -- www.phitsanulok.doae.go.th</span>"
    )
    cleaned = clean_body(post)
    assert cleaned.source == "สำนักงานเกษตรอำเภอวังทอง"
    assert cleaned.body is not None and cleaned.body.endswith("โปร่งใส")


def test_text_after_a_rule_that_is_more_than_a_signature_stays() -> None:
    """Three paragraphs after an underscore rule are the text's own (notes, an annex)."""
    post = lxml.html.fromstring(
        f"<div><p>{TEXT}</p><p>______________</p><p>หมายเหตุ ๑</p><p>หมายเหตุ ๒</p>"
        "<p>หมายเหตุ ๓</p></div>"
    )
    body = clean_body(post).body or ""
    assert "หมายเหตุ ๑" in body and "หมายเหตุ ๓" in body


def test_phpbbs_missing_topic_message_is_a_missing_notice() -> None:
    assert is_missing_notice("หัวข้อหรือข้อความที่คุณต้องการไม่มีอยู่จริง")
    assert not is_missing_notice("หัวข้อการประชุมวันนี้ไม่มีอยู่ในวาระ")
