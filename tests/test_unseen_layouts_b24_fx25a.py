# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-fourth blind round showed (fixer fx25a), each checked on a small page:

- a file link whose whole text is a download label (ดาวน์โหลดเอกสารประกอบ, คลิกเพื่อดาวน์โหลด,
  Download), perhaps with a file-kind/size note, is furniture (the project's decision); its
  file stays in `attachments`, named by the label; a link naming the document stays text;
- a share row's label is any of the Thai share words (แชร์, แบ่งปัน, บอกต่อ, ส่งต่อ);
- a headline's label alone on its line ("เรื่อง :") above the repeated headline goes with it;
- a listing batched by an offset parameter named <name>_start (Zope's query_start, Plone's
  b_start) is walked page after page;
- a date badge's time in the meta row beside it is joined however long the headline printed
  in the same header block.
"""

from __future__ import annotations

import pytest

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.text import clean_body, clean_lines
from pipelines.thai_dates import parse_thai_date, to_iso

TEXT = "สำนักงานเกษตรจังหวัดจัดประชุมชี้แจงแนวทางการส่งเสริมการปลูกพืชหลังนาแก่เกษตรกรในพื้นที่"
BASE = "http://h.go.th/n"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/f/doc.pdf">ดาวน์โหลดเอกสารประกอบ (PDF)</a>',
        '<a href="/f/doc.pdf"><img src="/i/pdf.png" alt=""> ดาวน์โหลดเอกสารประกอบ</a>',
        '<a href="/f/doc.pdf">ดาวน์โหลดเอกสารประกอบ (PDF, 1.2 MB)</a>',
        '<a href="/f/doc.pdf">คลิกเพื่อดาวน์โหลด</a>',
        '<a href="/f/doc.pdf">ดาวน์โหลดไฟล์แนบ (PDF ขนาด 245 KB)</a>',
    ],
)
def test_a_bare_download_label_link_is_furniture_its_file_an_attachment(link: str) -> None:
    cleaned = clean_body(f"<div><p>{TEXT}</p><p>{link}</p></div>", base_url=BASE)
    assert cleaned.body == TEXT
    assert [a["url"] for a in cleaned.attachments] == ["http://h.go.th/f/doc.pdf"]
    assert cleaned.attachments[0]["name"].endswith(("ประกอบ", "ดาวน์โหลด", ")"))


@pytest.mark.parametrize(
    ("link", "kept"),
    [
        (
            '<a href="/f/fee.pdf">ดาวน์โหลด ประกาศกรมฯ เรื่อง อัตราค่าธรรมเนียม (PDF)</a>',
            "ประกาศกรมฯ เรื่อง อัตราค่าธรรมเนียม",
        ),
        ('<a href="/f/form.pdf">แบบฟอร์มคำขอ.pdf</a>', "แบบฟอร์มคำขอ.pdf"),
    ],
)
def test_a_link_naming_its_document_stays_text(link: str, kept: str) -> None:
    cleaned = clean_body(f"<div><p>{TEXT}</p><p>{link}</p></div>", base_url=BASE)
    assert kept in (cleaned.body or "")


@pytest.mark.parametrize("label", ["แบ่งปัน", "บอกต่อ", "ส่งต่อ", "แชร์ข่าวนี้", "แบ่งปันบทความนี้"])
def test_a_share_row_label_in_any_thai_share_word_is_furniture(label: str) -> None:
    html = (
        f'<div><div class="share-row"><span>{label}</span><div class="toolbox"></div></div>'
        f"<p>{TEXT}</p></div>"
    )
    assert clean_body(html, base_url=BASE).body == TEXT


def test_a_share_word_in_a_sentence_stays_text() -> None:
    line = "ส่งต่อความรู้ให้แก่เกษตรกรในพื้นที่"
    assert clean_lines([TEXT, line]).body == f"{TEXT}\n{line}"


HEADLINE = "รมว.ยุติธรรม เป็นประธานปิดโครงการแก้ไขปัญหายาเสพติด ในรูปแบบค่ายศูนย์ขวัญแผ่นดิน"


@pytest.mark.parametrize("label", ["เรื่อง :", "เรื่อง:", "หัวข้อข่าว", "Subject:"])
def test_a_headline_label_on_its_line_goes_with_the_repeated_headline(label: str) -> None:
    cleaned = clean_lines([label, HEADLINE, TEXT], title=HEADLINE)
    assert cleaned.body == TEXT


def test_a_headline_label_goes_in_a_table_page() -> None:
    html = f"""<html><head><title>กรมตัวอย่าง</title></head><body>
<table width="100%"><tr><td>เมนู</td></tr></table>
<table width="96%" class="box">
<tr><td colspan="3"><font size="2">เรื่อง :</font><br><font size="4"><b>{HEADLINE}</b></font></td></tr>
<tr><td><font size="2">วันที่ : ๑๗ ม.ค. ๒๕๖๓</font></td><td>&nbsp;</td><td>ผู้อ่าน : ๑๒๓ ครั้ง</td></tr>
<tr><td colspan="3"><font size="2">{TEXT}<br><br>{TEXT[::-1]}</font></td></tr>
</table></body></html>"""
    article = read_article(
        layout("generic"), Page(text=html), "http://h.go.th/news/view_news?nid=3421"
    )
    assert "เรื่อง :" not in (article.body or "")
    assert TEXT in (article.body or "")


def _batch_page(start: int) -> str:
    links = " ".join(
        f'<a href="/news/news_list{"" if s == 1 else f"?query_start={s}"}">{n}</a>'
        for n, s in enumerate((1, 11, 21), 1)
        if s != start
    )
    return f"<html><body><p>รายการข่าว</p><p>{links}</p></body></html>"


@pytest.mark.parametrize("family", ["generic", "wordpress"])
def test_a_zope_query_start_batch_is_walked_page_after_page(family: str) -> None:
    url = "http://h.go.th/news/news_list"
    seen = []
    for start in (1, 11):
        found = layout(family).next_page(Page(text=_batch_page(start)), url)
        seen.append(found)
        url = found or url
    assert seen == [
        "http://h.go.th/news/news_list?query_start=11",
        "http://h.go.th/news/news_list?query_start=21",
    ]


def test_a_plone_b_start_batch_is_walked() -> None:
    html = '<p><a href="/news?b_start:int=20">2</a> <a href="/news?b_start:int=40">3</a></p>'
    found = layout("generic").next_page(Page(text=html), "http://h.go.th/news?b_start:int=20")
    assert found == "http://h.go.th/news?b_start:int=40"


LONG_HEADLINE = (
    "รมว.พม. ให้การต้อนรับผู้อำนวยการโครงการที่ได้รับรางวัลระดับนานาชาติ ประจำปี 2560 "
    "พร้อมหารือเกี่ยวกับความร่วมมือในการทำงานด้านการป้องกันการค้ามนุษย์และการคุ้มครองผู้เสียหาย"
    "ในพื้นที่ชายแดนร่วมกับภาคีเครือข่ายภาคประชาสังคม"
)


def test_a_badge_date_takes_its_rows_time_beside_a_long_headline() -> None:
    assert len(LONG_HEADLINE) > 200
    html = f"""<html><head><title>กรมตัวอย่าง</title></head><body><main>
<h1>ข่าวประชาสัมพันธ์</h1>
<article class="card news-detail"><header class="news-detail__head">
<div class="date-badge"><span class="d">๒๓</span><span class="m">ก.พ.</span><span class="y">๖๗</span></div>
<div><div class="meta"><span class="time">๑๑:๔๘ น.</span><span class="views">เข้าชม ๓๐๙ ครั้ง</span></div>
<h2 class="title">{LONG_HEADLINE}</h2></div></header>
<div class="body"><p>{TEXT}</p><p>{TEXT[::-1]}</p></div></article></main></body></html>"""
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/th/news/view/5143")
    assert article.published_at_raw == "๒๓ ก.พ. ๖๗ ๑๑:๔๘ น."
    assert to_iso(parse_thai_date(article.published_at_raw)) == "2024-02-23T11:48:00+07:00"
