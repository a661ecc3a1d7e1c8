# ruff: noqa: E501  (fixture HTML lines)
"""Rules the fourteenth and sixteenth blind rounds showed, each checked on a small page or line:
an office named by its premises ("ที่ทำการ…") signs off a text."""

from __future__ import annotations

import lxml.html

from pipelines import boilerplate
from pipelines.text import aligned_sign_off


def test_an_office_named_by_its_premises_signs_off() -> None:
    assert boilerplate.sign_off_office(["ที่ทำการปกครองจังหวัดตัวอย่าง"]) == ("ที่ทำการปกครองจังหวัดตัวอย่าง")
    root = lxml.html.fromstring(
        '<div><p>ข่าว</p><div align="right">ที่ทำการปกครองอำเภอตัวอย่าง</div></div>'
    )
    assert aligned_sign_off(root) == "ที่ทำการปกครองอำเภอตัวอย่าง"


def test_a_sentence_about_the_premises_is_no_sign_off() -> None:
    assert (
        boilerplate.sign_off_office(
            ["ที่ทำการแห่งใหม่เปิดให้บริการแล้ว วันนี้มีประชาชนมาใช้บริการจำนวนมาก และจะเปิดทุกวัน"]
        )
        is None
    )


def test_a_members_only_notice_is_no_article() -> None:
    from crawler.items import Article
    from pipelines.normalize import is_missing_notice, not_an_article

    notice = "เนื้อหานี้สงวนไว้สำหรับสมาชิก กรุณา เข้าสู่ระบบ เพื่ออ่านเนื้อหา"
    article = Article(url="u", site="s", title="ประชุมชี้แจง (เฉพาะสมาชิก)", body=notice)
    assert not_an_article(article) is not None
    assert is_missing_notice("Please log in. This content is for members only.")
    assert is_missing_notice("กรุณาเข้าสู่ระบบเพื่ออ่านข่าว")
    # A story about a members' service is no notice.
    assert not is_missing_notice("สหกรณ์เปิดบริการสินเชื่อสำหรับสมาชิกที่สงวนสิทธิ์ไว้แล้ว")
