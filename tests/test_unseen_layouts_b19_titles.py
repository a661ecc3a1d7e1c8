# ruff: noqa: E501  (fixture HTML lines)
"""Titles the nineteenth blind round showed, each checked on a small page: a headline printed as a
labelled line keeps no label, a kicker printed in the heading before the headline is not part of
it, and a listing's link text with the same kicker names the same title."""

from __future__ import annotations

import json

import lxml.html

from crawler.items import Article
from pipelines.generic import same_title
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.text import drop_attachment_lists, html_to_lines

HEADLINE = "กรมจัดประชุมเชิงปฏิบัติการพัฒนาระบบบริการอิเล็กทรอนิกส์ ประจำปี 2567"
TEXT = (
    "กรมได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการอิเล็กทรอนิกส์ให้แก่ผู้ประกอบการ"
    "ในพื้นที่ชายแดน โดยมีผู้เข้าร่วมประชุมจำนวนมาก "
) * 3
KICKER = "ข่าวประชาสัมพันธ์ กรมตัวอย่าง"


def _article(html: str, listed_title: str | None = None) -> Article:
    page = Page(text=html)
    article = read_article(layout("generic"), page, "http://h/n/9", listed_title=listed_title)
    return normalize_article(article)


def test_a_headline_in_a_labelled_table_cell_keeps_no_label() -> None:
    html = f"""<html><head><title>ข่าวประชาสัมพันธ์ - อบต.ตัวอย่าง</title></head><body>
<table><tr><td><a href="/">หน้าแรก</a></td></tr></table>
<table width="600"><tr><td bgcolor="#FFCC66"><font size="3"><b>เรื่อง : {HEADLINE}</b></font></td></tr>
<tr><td><font size="2">{TEXT}<br><br>{TEXT}</font></td></tr></table></body></html>"""
    assert _article(html).title == HEADLINE


KICKER_PAGE = f"""<html><head><title>ข่าวประชาสัมพันธ์ - กรมตัวอย่าง</title></head><body>
<main><div class="detail"><h1><span class="overline">{KICKER}<span class="sr-only">:</span></span><span>{HEADLINE}</span></h1>
<div class="text"><p>{TEXT}</p><p>{TEXT}</p></div></div></main></body></html>"""


def test_a_kicker_printed_in_the_heading_before_the_headline_is_not_part_of_it() -> None:
    assert _article(KICKER_PAGE).title == HEADLINE


def test_a_listing_link_printing_the_same_kicker_names_the_same_title() -> None:
    assert same_title(HEADLINE, f"{KICKER} : {HEADLINE}")
    assert _article(KICKER_PAGE, listed_title=f"{KICKER} : {HEADLINE}").title == HEADLINE


def test_a_heading_starting_with_its_own_words_keeps_them() -> None:
    html = KICKER_PAGE.replace(
        f'<span class="overline">{KICKER}<span class="sr-only">:</span></span>', "ด่วน: "
    )
    assert _article(html).title == f"ด่วน: {HEADLINE}"


LEAD = (
    "อธิบดีกรมตัวอย่างเป็นประธานเปิดการประชุมเชิงปฏิบัติการพัฒนาระบบบริการอิเล็กทรอนิกส์"
    "ให้แก่เจ้าหน้าที่ของกรมจากทุกภูมิภาค ณ ห้องประชุมใหญ่ของกรม"
)


def test_a_standfirst_printed_under_the_headline_opens_the_text() -> None:
    html = f"""<html><head><title>ข่าวประชาสัมพันธ์ - กรมตัวอย่าง</title></head><body>
<main><div class="detail"><div class="visual"><div class="heading"><h1>{HEADLINE}</h1><div class="sub-header">{LEAD}</div></div>
<div class="image"><img src="/a.jpg" alt=""></div><div class="info"><div class="date">2/14/24</div></div></div>
<div class="content"><div class="section"><div class="text"><p>{TEXT}</p></div></div><div class="section"><div class="text"><p>{TEXT}</p></div></div>
<div class="section downloads"><h2>เอกสารดาวน์โหลด</h2><ul><li><a href="/f.pdf">เอกสาร (PDF)</a></li></ul></div></div></div>
<aside><h2>ข่าวล่าสุด</h2><ul><li><a href="/n/1">ข่าวหนึ่งเรื่องยาวพอสมควร</a></li><li><a href="/n/2">ข่าวสองเรื่องยาวพอสมควร</a></li></ul></aside></main></body></html>"""
    body = _article(html).body or ""
    assert body.startswith(LEAD)
    assert body.count(LEAD) == 1


def test_a_teaser_under_the_headline_repeating_the_text_is_not_added() -> None:
    teaser = TEXT[:120]
    html = f"""<html><head><title>ข่าวประชาสัมพันธ์ - กรมตัวอย่าง</title></head><body>
<main><div class="detail"><div class="heading"><h1>{HEADLINE}</h1><div class="summary">{teaser}</div></div>
<div class="content"><div class="section"><p>{TEXT}</p></div><div class="section"><p>{TEXT}</p></div></div></div></main></body></html>"""
    body = _article(html).body or ""
    assert body.startswith(TEXT.strip()[:40])


def _dated_page(printed: str, lead: str) -> str:
    jsonld = json.dumps(
        {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "headline": HEADLINE,
            "datePublished": "2024-09-03T11:05:00+07:00",
        },
        ensure_ascii=False,
    )
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ - กรมตัวอย่าง</title>
<script type="application/ld+json">{jsonld}</script></head><body>
<main><div class="detail"><div class="heading"><h1>{HEADLINE}</h1><p>{lead}</p></div>
<div class="info"><div class="date">{printed}</div></div>
<div class="content"><div class="section"><p>{TEXT}</p></div><div class="section"><p>{TEXT}</p></div></div></div></main></body></html>"""


def test_a_month_first_date_of_the_declared_day_beats_the_story_dateline() -> None:
    # "9/3/24" is Java's en_US short date (3 September 2024); the lead's dateline is the event's.
    html = _dated_page("9/3/24", "วันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น.")
    assert _article(html).published_at == "2024-09-03T11:05:00+07:00"


def test_a_date_read_only_month_first_takes_the_declared_time() -> None:
    html = _dated_page("9/25/24", "ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.")
    html = html.replace("2024-09-03T11:05", "2024-09-25T11:51")
    assert _article(html).published_at == "2024-09-25T11:51:00+07:00"


def test_a_documents_to_download_list_is_no_text() -> None:
    root = lxml.html.fromstring(
        '<div><p>ข่าว</p><div><h2>เอกสารดาวน์โหลด</h2><ul><li><a href="/d/news-1.pdf">'
        "ภาพกิจกรรมและเอกสารประกอบ (PDF, 2.4 MB)</a></li></ul></div></div>"
    )
    drop_attachment_lists(root)
    assert html_to_lines(root) == ["ข่าว"]
