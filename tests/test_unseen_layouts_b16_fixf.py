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


def test_a_news_owning_office_field_is_the_source() -> None:
    from tests.test_unseen_layouts_b9_cms import _record

    text = "กรมได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการอิเล็กทรอนิกส์ให้แก่ผู้ประกอบการ " * 4
    page = f"""<html><head><title>ข่าว</title></head><body><main><article>
<h1>กรมจัดประชุมเชิงปฏิบัติการ</h1><div class="body"><p>{text}</p><p>{text}</p>
<div class="info"><h3>ข้อมูลข่าว</h3><p><strong>หน่วยงานเจ้าของข่าว:</strong> กองพัฒนาแหล่งท่องเที่ยว</p></div>
</div></article></main></body></html>"""
    record = _record(page, "http://h/news/item-1")
    assert record["source"] == "กองพัฒนาแหล่งท่องเที่ยว"
    assert "หน่วยงานเจ้าของข่าว" not in record["body"]


def test_a_k2_extra_field_names_the_source_unless_the_text_does() -> None:
    from pipelines.layouts import layout
    from pipelines.layouts.base import Page

    def item(text_source: str) -> str:
        return f"""<html><body><div id="k2Container" class="itemView">
<h2 class="itemTitle">ข่าว</h2><span class="itemDateCreated">12 ตุลาคม 2561 09:15</span>
<div class="itemBody"><div class="itemFullText"><p>ข้อความข่าว</p>{text_source}</div>
<div class="itemExtraFields"><ul><li><span class="itemExtraFieldsLabel">หน่วยงานเจ้าของข่าว:</span>
<span class="itemExtraFieldsValue">ศูนย์สารสนเทศ</span></li></ul></div></div></div></body></html>"""

    k2 = layout("k2")
    assert k2.extract(Page(text=item("")), "http://h/item/1").source == "ศูนย์สารสนเทศ"
    signed = item("<p>ที่มา : กลุ่มประชาสัมพันธ์</p>")
    assert k2.extract(Page(text=signed), "http://h/item/1").source is None  # the text's line wins


def test_midnight_utc_is_a_time_of_day_and_local_midnight_a_day() -> None:
    from pipelines.generic import date_only_stamp

    assert date_only_stamp("2024-02-18T00:00:00.000Z") is None  # 07:00 in Bangkok
    assert date_only_stamp("2024-02-18T00:00:00+00:00") is None
    assert date_only_stamp("2024-02-18T00:00:00+07:00") == "2024-02-18"
    assert date_only_stamp("2024-02-18T00:00:00") == "2024-02-18"
    assert date_only_stamp("2024-02-18T12:00:00Z") == "2024-02-18"  # Drupal's date-only noon


def test_a_listing_keeps_a_card_whose_random_id_has_few_digits() -> None:
    from pipelines.layouts import layout
    from pipelines.layouts.base import Page

    ids = [
        "qfcb0t0zdeof1bik3o1t5gyw",
        "jhocbhvmwdqru0rixnm8cggc",  # two digits only
        "6kmdvtln3e7e3fafus6q1gp9",
        "gj4g7z1c0m2p7r1cfc21g6vh",
    ]
    cards = "".join(
        f'<a href="/news/{i}" class="card"><time datetime="2024-02-28T05:50:00.000Z">28 ก.พ. 2567</time>'
        f"<h2>ข่าวประชาสัมพันธ์ของกรมเรื่องที่ {n} การพัฒนาแหล่งท่องเที่ยว</h2></a>"
        for n, i in enumerate(ids)
    )
    html = f'<html><body><nav><a href="/news">ข่าวสาร</a></nav><main>{cards}<a href="/news?after={ids[-1]}">โหลดข่าวเพิ่มเติม</a></main></body></html>'
    links = layout("generic").extract_links(Page(text=html), "http://h/news")
    assert [h for h, _ in links] == [f"http://h/news/{i}" for i in ids]


def test_a_labelled_meta_row_ending_in_its_category_is_furniture() -> None:
    from pipelines.text import clean_lines

    row = "วันที่ 16 เม.ย. 67 เวลา 13:57 น. | จำนวนผู้อ่าน 3,062 | ข่าวประชาสัมพันธ์"
    found = boilerplate.match_meta_row(row)
    assert found is not None and found.data["view_count"] == "3,062"
    story = "ผู้ช่วยรัฐมนตรีตรวจเยี่ยมและพบปะกับผู้บริหาร ข้าราชการ และบุคลากรในสังกัด " * 3
    assert (clean_lines([row, story]).body or "").strip() == story.strip()
    # A sentence after the date is no meta row, nor a counter with a figure after a bar.
    assert boilerplate.match_meta_row("วันที่ 16 เม.ย. 67 ผู้ว่าราชการจังหวัดอ่านรายงาน 5 ครั้ง") is None
    assert boilerplate.match_meta_row("วันที่ 16 เม.ย. 67 | ประชุม 3 ครั้ง | ข่าว") is None
