# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-third blind round showed (fixer H), each checked on a small page:
FrontPage's Timestamp bot read with its declared format; a weekday dateline with the era
before its year; a download link whose words are the label alone; a typed caption line; a
table of files captioned as attachments; a sign-off followed by a share label; an office of
the social development ministry signing off; a short builder row opening the text."""

from __future__ import annotations

from pipelines import boilerplate
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.text import clean_body

HEADLINE = "นายก อบต. เป็นประธานเปิดโครงการส่งเสริมอาชีพผู้สูงอายุ ประจำปี 2552"
TEXT = (
    "นายกองค์การบริหารส่วนตำบลเป็นประธานเปิดโครงการส่งเสริมอาชีพผู้สูงอายุ ณ ศาลาประชาคมหมู่ที่ 3 "
    "โดยมีผู้สูงอายุในตำบลเข้าร่วมโครงการกว่า 120 คน เพื่อฝึกทักษะการทำผลิตภัณฑ์จากผ้าและจักสาน"
)


def _record(html: str, url: str = "http://h.go.th/news/news143.htm") -> dict:
    article = read_article(layout("generic"), Page(text=html), url)
    return normalize_article(article).record()


def _frontpage(stamp: str) -> str:
    return f"""<html><head><meta name="GENERATOR" content="Microsoft FrontPage 6.0"><title>หน้าใหม่ 1</title></head><body>
<table><tr><td><p align="center"><b>{HEADLINE}</b></p>
<p align="center">ประกาศเมื่อ : ๑๔ มิ.ย. ๕๒</p>
<p>{TEXT}</p><p>{TEXT} ทั้งนี้ จะจัดต่อเนื่องทุกเดือน</p>
<p align="right">ปรับปรุงข้อมูลเมื่อ {stamp}</p></td></tr></table></body></html>"""


def test_frontpage_timestamp_is_read_with_its_declared_format() -> None:
    """S-Format "%d/%m/%y": day first and a two-digit CE year (not BE 2509)."""
    stamp = (
        '<!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%y" startspan -->20/06/09'
        '<!--webbot bot="Timestamp" i-checksum="12505" endspan -->'
    )
    record = _record(_frontpage(stamp))
    assert record["modified_at"] == "2009-06-20"
    assert record["published_at"].startswith("2009-06-14")


def test_frontpage_timestamp_with_a_time_keeps_it() -> None:
    stamp = (
        '<!--webbot bot="Timestamp" S-Type="REGENERATED" S-Format="%d/%m/%Y %H:%M" startspan -->'
        '20/06/2009 14:05<!--webbot bot="Timestamp" endspan -->'
    )
    assert _record(_frontpage(stamp))["modified_at"] == "2009-06-20T14:05:00+07:00"


def test_a_weekday_dateline_with_the_era_before_the_year_is_a_date_line() -> None:
    found = boilerplate.match_line("วันพุธที่ ๑๗ มิถุนายน พ.ศ. ๒๕๕๒")
    assert found is not None and found.data == {"published_raw": "วันพุธที่ ๑๗ มิถุนายน พ.ศ. ๒๕๕๒"}
    assert boilerplate.match_line("วันพุธที่ 17 มิถุนายน พ.ศ. 2552 นายก อบต. เป็นประธาน") is None


def test_a_download_link_whose_words_are_the_label_is_furniture() -> None:
    result = clean_body(
        f'<div><p>{TEXT}</p><p><font size="2"><img src="../images/icon_word.gif"> '
        '<a href="files/news143.doc">ดาวน์โหลดเอกสาร (ไฟล์ Word 48 KB)</a></font></p></div>',
        base_url="http://h.go.th/news/news143.htm",
    )
    assert result.body == TEXT
    assert [a["url"] for a in result.attachments] == ["http://h.go.th/news/files/news143.doc"]
    # a file link named by its title is text of the post
    kept = clean_body(
        f'<div><p>{TEXT}</p><p><a href="a.pdf">คำสั่งจังหวัด ที่ 12/2567 (PDF)</a></p></div>'
    )
    assert "คำสั่งจังหวัด" in (kept.body or "")


def test_a_typed_caption_line_under_a_picture_is_furniture() -> None:
    result = clean_body(
        f'<div><p>{TEXT}</p><p style="text-align: center;"><img src="/images/01.jpg"></p>'
        '<p style="text-align: center;"><em>ภาพประกอบ : กิจกรรมของสำนักงาน</em></p>'
        f"<p>{TEXT}</p></div>"
    )
    assert result.body == f"{TEXT}\n{TEXT}"
    # without a picture the line is left alone; a sentence opening with the word stays
    plain = clean_body(f"<div><p>{TEXT}</p><p>ภาพประกอบ : กิจกรรมของสำนักงาน</p></div>")
    assert "ภาพประกอบ" in (plain.body or "")
    sentence = clean_body(
        f'<div><p>{TEXT}</p><img src="/a.jpg"><p>ภาพประกอบการบรรยายเป็นภาพจากโครงการ</p></div>'
    )
    assert "ภาพประกอบการบรรยาย" in (sentence.body or "")


def test_a_table_of_files_captioned_as_attachments_is_furniture() -> None:
    table = """<div class="attachmentsContainer"><table><caption>ไฟล์แนบ:</caption>
<thead><tr><th>ไฟล์</th><th>รายละเอียด</th><th>ขนาดไฟล์</th><th>ดาวน์โหลด</th></tr></thead>
<tbody><tr><td><a href="/attachments/article/9/a-9.pdf">a-9.pdf</a></td><td>หนังสือสั่งการจังหวัด</td><td>224 kB</td><td>27 ดาวน์โหลด</td></tr></tbody></table></div>"""
    result = clean_body(f"<div><p>{TEXT}</p>{table}</div>", base_url="http://h.go.th/")
    assert result.body == TEXT
    assert [a["url"] for a in result.attachments] == [
        "http://h.go.th/attachments/article/9/a-9.pdf"
    ]
    # the same table without its file links (taken out before) is still the attachments' table
    bare = table.replace('<a href="/attachments/article/9/a-9.pdf">a-9.pdf</a>', "")
    assert clean_body(f"<div><p>{TEXT}</p>{bare}</div>").body == TEXT


def test_a_sign_off_followed_by_a_share_label_is_the_source() -> None:
    result = clean_body(
        f'<div><p>{TEXT}</p><p class="has-text-align-right"><strong>สำนักงานประชาสัมพันธ์จังหวัดน่าน</strong></p>'
        '<div class="a2a"><div class="addtoany_header">แชร์ข่าวนี้:</div></div></div>'
    )
    assert result.source == "สำนักงานประชาสัมพันธ์จังหวัดน่าน"
    assert result.body == TEXT


def test_the_social_development_ministrys_provincial_unit_signs_off() -> None:
    result = clean_body(
        f'<div><p>{TEXT}</p><p style="text-align: right;"><strong>บ้านพักเด็กและครอบครัวจังหวัดน่าน</strong></p></div>'
    )
    assert result.source == "บ้านพักเด็กและครอบครัวจังหวัดน่าน"
    assert result.body == TEXT


def _row(inner: str) -> str:
    return (
        '<div class="row sqs-row"><div class="col sqs-col-12 span-12"><div class="sqs-block html-block">'
        f'<div class="sqs-block-content"><div class="sqs-html-content">{inner}</div></div></div></div></div>'
    )


def test_a_short_builder_row_opening_the_text_is_the_texts() -> None:
    """Squarespace prints each html block in a row of its own: the lead's row is short."""
    long_paras = "".join(f"<p>{TEXT} ส่วนที่ {i}</p>" for i in range(8))
    html = f"""<html><head><title>{HEADLINE}</title></head><body>
<header><nav><a href="/">หน้าแรก</a> <a href="/news">ข่าว</a></nav></header>
<article><h1 class="entry-title">{HEADLINE}</h1>
<div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12">
{_row("<p>สรุปการประชุมประจำเดือน วันจันทร์ที่ 13 มกราคม 2563</p><p>เรื่อง การส่งเสริมอาชีพผู้สูงอายุในตำบล</p>")}
{_row(long_paras)}
</div></div></article><footer><p>สงวนลิขสิทธิ์</p></footer></body></html>"""
    body = _record(html, "http://h.go.th/news/abc")["body"]
    assert body.startswith("สรุปการประชุมประจำเดือน")
    assert "ส่วนที่ 7" in body
