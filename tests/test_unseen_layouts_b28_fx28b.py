"""Rules the twenty-eighth blind round showed on a legacy Mambo 4.5 site (windows-874) and on
a K2 item read without its family, each checked on a small page written here:

- a weekday dateline is the page's date, not text, when the weekday is followed by a comma
  (Joomla's and PHP's long format "l, d F Y H:i": วันจันทร์, 20 พฤษภาคม 2567 14:12) or when
  the time follows a year printed after its era (วันพุธที่ ๒๙ พฤษภาคม พ.ศ. ๒๕๖๗ เวลา ๑๓:๔๒ น.);
- a download label linked to a file and standing alone on its <br> line, its note naming the
  file ("คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (a1.doc)"), is furniture: the file is in attachments;
- "the page you are trying to access does not exist (in the system)", as Mambo's and Joomla
  1.0's Thai packs print it on a 200 page for an unpublished item, is a missing item.
"""

from __future__ import annotations

import pytest

from crawler.items import Article
from pipelines import boilerplate
from pipelines.layouts import Page, layout
from pipelines.normalize import normalize_article, not_an_article
from pipelines.text import clean_body

TEXT = (
    "ที่ว่าการอำเภอจัดประชุมกำนันผู้ใหญ่บ้านประจำเดือน เพื่อชี้แจงแนวทางการป้องกันภัยแล้ง "
    "และการช่วยเหลือเกษตรกรที่ได้รับผลกระทบในพื้นที่ทุกตำบล "
) * 2
HEADLINE = "อำเภอประชุมกำนันผู้ใหญ่บ้านประจำเดือนพฤษภาคม เตรียมรับมือภัยแล้ง"


@pytest.mark.parametrize(
    "line",
    [
        "วันจันทร์, 20 พฤษภาคม 2567 14:12",
        "วันพุธที่ ๒๙ พฤษภาคม พ.ศ. ๒๕๖๗ เวลา ๑๓:๔๒ น.",
    ],
)
def test_a_weekday_dateline_is_the_date_not_text(line: str) -> None:
    said = boilerplate.match_line(line)
    assert said is not None and said.data["published_raw"] == line
    cleaned = clean_body(f"<div><p>{line}</p><p>{TEXT}</p></div>")
    assert cleaned.body == TEXT.strip()
    assert cleaned.published_raw == line


def test_a_weekday_dateline_followed_by_words_stays_text() -> None:
    assert boilerplate.match_line("วันจันทร์, 20 พฤษภาคม 2567 นายอำเภอเป็นประธานเปิดงาน") is None


def test_a_download_label_alone_on_its_br_line_is_furniture() -> None:
    html = (
        f'<div><p>{TEXT}<br /><br /><a href="/docs/a1.doc" target="_blank">'
        "คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (a1.doc)</a></p></div>"
    )
    cleaned = clean_body(html, base_url="http://h.go.th/content/view/1/2/")
    assert cleaned.body == TEXT.strip()
    assert [a["url"] for a in cleaned.attachments] == ["http://h.go.th/docs/a1.doc"]


def test_a_file_link_inside_a_sentence_stays_text() -> None:
    html = f'<div><p>{TEXT}<br />ดูรายละเอียด <a href="/docs/a1.doc">ดาวน์โหลด</a> ได้ที่นี่</p></div>'
    assert "ดูรายละเอียด ดาวน์โหลด ได้ที่นี่" in (clean_body(html).body or "")


def _mambo_page(content: str) -> str:
    return f"""<html><head><title>ที่ว่าการอำเภอ</title>
<meta name="Generator" content="Mambo - Copyright 2000 - 2005 Miro International Pty Ltd." />
</head><body><table class="maintable"><tr>
<td class="leftcol"><table class="moduletable"><tr><th>เมนูหลัก</th></tr><tr><td>
<a href="/" class="mainlevel">หน้าแรก</a><br />
<a href="/content/blogcategory/1/2/" class="mainlevel">ข่าว</a>
</td></tr></table></td>
<td class="contentcol">{content}</td></tr>
<tr><td colspan="2" class="footer">Powered by Mambo</td></tr></table></body></html>"""


def test_a_mambo_item_keeps_neither_dateline_nor_download_label() -> None:
    item = f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{HEADLINE}</td></tr></table>
<table class="contentpaneopen">
<tr><td colspan="2"><span class="small">เขียนโดย Administrator</span></td></tr>
<tr><td valign="top" colspan="2" class="createdate">
วันพุธที่ ๒๙ พฤษภาคม พ.ศ. ๒๕๖๗ เวลา ๑๓:๔๒ น.</td></tr>
<tr><td valign="top" colspan="2">{TEXT}<br /><br />{TEXT[:150]}<br /><br />
<a href="/images/stories/docs/a1.doc" target="_blank">คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (a1.doc)</a></td></tr>
</table>"""
    url = "http://h.go.th/content/view/1/2/"
    article = layout("generic").extract(Page(text=_mambo_page(item)), url)
    record = normalize_article(article).record()
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-05-29T13:42:00+07:00"
    assert "ดาวน์โหลด" not in record["body"] and "๒๙ พฤษภาคม" not in record["body"]
    assert [a["url"] for a in record["attachments"]] == [
        "http://h.go.th/images/stories/docs/a1.doc"
    ]


def test_the_page_does_not_exist_notice_is_a_missing_item() -> None:
    notice = (
        '<div class="componentheading">ข่าวประชาสัมพันธ์</div><table class="contentpaneopen">'
        "<tr><td>หน้าที่ท่านพยายามเข้าถึงไม่มีอยู่ในระบบ<br />กรุณาเลือกหน้าจากเมนูหลัก</td></tr></table>"
    )
    url = "http://h.go.th/content/view/3/2/"
    article = normalize_article(layout("generic").extract(Page(text=_mambo_page(notice)), url))
    assert not_an_article(article) is not None


def test_a_story_about_a_missing_thing_is_an_article() -> None:
    body = "ชาวบ้านแจ้งว่าถนนที่ท่านนายอำเภอสั่งซ่อมไม่มีอยู่ในแผนงบประมาณ\n" + TEXT
    assert not_an_article(Article(url="u", site="s", title=HEADLINE, body=body)) is None
