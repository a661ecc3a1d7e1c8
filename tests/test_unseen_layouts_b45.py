"""Rules from the forty-fifth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from datetime import datetime
from urllib.parse import urljoin

from lxml import html

from crawler.extract import extract_bytes
from pipelines.generic import extract_generic
from pipelines.layouts import LAYOUTS, layout, read_article
from pipelines.layouts.base import Page
from pipelines.layouts.select_pager import next_by_select
from pipelines.thai_dates import BANGKOK, parse_thai_date

HEADLINE = "กรมส่งเสริมสหกรณ์จัดอบรมพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ทั่วประเทศ"
TEXT = (
    "กรมส่งเสริมสหกรณ์จัดการอบรมหลักสูตรพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ให้แก่ผู้ตรวจสอบกิจการ "
    "จากสหกรณ์ทั่วประเทศ เพื่อให้การตรวจสอบกิจการเป็นไปอย่างมีประสิทธิภาพและโปร่งใส"
)
ENTRIES = "".join(
    f'<div class="item"><a href="/news/{n}/">{HEADLINE} รุ่นที่ {n}</a></div>' for n in range(1, 9)
)


def listing(pager: str) -> Page:
    return Page(text=f"<html><body><main>{ENTRIES}{pager}</main></body></html>")


def test_a_get_forms_page_select_pages_the_listing_as_a_browser_submits_it() -> None:
    """Django's paginator in a form: <select name="page"> submitted on change, no page links."""
    pager = (
        '<form method="get" action="/news/"><input type="hidden" name="cat" value="2">'
        '<select name="page" onchange="this.form.submit()"><option value="1">หน้า ๑</option>'
        '<option value="2" selected>หน้า ๒</option><option value="3">หน้า ๓</option></select>'
        '<noscript><button type="submit">ไป</button></noscript></form>'
    )
    page = listing(pager)
    url = "http://h/news/?cat=2&page=2"
    assert layout("generic").next_page(page, url) == "http://h/news/?cat=2&page=3"
    assert layout("wordpress").next_page(page, url) == "http://h/news/?cat=2&page=3"


def test_options_holding_addresses_page_the_listing_and_the_last_page_ends_it() -> None:
    """A vendor template's pager: options whose values are the pages' addresses."""
    options = "".join(
        f'<option value="/news/index.php?cat=1&amp;page={n}"{" selected" if n == 3 else ""}>'
        f"{'๑๒๓'[n - 1]}</option>"
        for n in (1, 2, 3)
    )
    pager = (
        '<div class="page-nav">หน้า <select onchange="location.href=this.value">'
        f"{options}</select></div>"
    )
    first = listing(pager.replace(" selected", ""))
    assert layout("generic").next_page(first, "http://h/news/index.php?cat=1") == (
        "http://h/news/index.php?cat=1&page=2"
    )
    assert (
        layout("generic").next_page(listing(pager), "http://h/news/index.php?cat=1&page=3") is None
    )


def test_a_page_size_or_year_picker_is_no_pager() -> None:
    """Joomla's "Display #" box and a year filter: numbers, but no run of pages."""
    root = html.fromstring(
        '<div><form action="/news"><select name="limit"><option value="5">5</option>'
        '<option value="10" selected>10</option><option value="20">20</option>'
        '<option value="0">All</option></select><select name="year"><option>2567</option>'
        "<option>2566</option></select></form></div>"
    )
    assert next_by_select(root, "http://h/news", urljoin) is None


def test_a_counter_drawn_as_an_image_is_read_from_its_title() -> None:
    """An odometer counter: the digits are a picture, "ผู้อ่าน ๑๗ ครั้ง" only in its title."""
    page = f"""<html><head><meta charset="utf-8"><title>สหกรณ์จังหวัด</title></head><body>
<article><h2>{HEADLINE}</h2><div class="news-detail">{TEXT}<br><br>{TEXT}</div>
<div class="meta">โพสต์เมื่อ ๒๗ ส.ค. ๒๕๖๗ | <img src="/counter/760.png" alt="๑๗"
 title="ผู้อ่าน ๑๗ ครั้ง"></div></article></body></html>""".encode()
    record = extract_bytes(page, url="http://h/news/760/", cms="generic")
    assert record["view_count"] == 17
    assert "ผู้อ่าน" not in record["body"]


def test_the_headline_over_a_subtitle_in_one_heading_is_the_listed_title() -> None:
    """<h2>headline<br><small>subtitle</small></h2> under the section's own h1."""
    text = f"""<html><head><meta charset="utf-8"><title>ข่าวประชาสัมพันธ์</title></head><body>
<h1>ข่าวประชาสัมพันธ์</h1><article><header><h2>{HEADLINE}<br><small>ร่วมติดตามผลการดำเนินงาน
</small></h2></header><div class="news-detail">{TEXT}<br><br>{TEXT}</div></article>
</body></html>"""
    article = read_article(
        LAYOUTS["generic"], Page(text=text), "http://h/n/1/", listed_title=HEADLINE
    )
    assert article.title == HEADLINE
    assert "ร่วมติดตาม" not in (article.body or "")


def test_a_lead_whose_opening_the_text_restates_is_still_the_texts_first_paragraph() -> None:
    """A lead printed in the header; the story echoes its opening words further down."""
    opening = "ผู้ตรวจสอบกิจการสหกรณ์จากทั่วประเทศ ๑๗๙ ราย เข้ารับการอบรม ณ กรุงเทพมหานคร"
    lead = f"{opening} ซึ่งยังไม่เคยผ่านหลักสูตรนี้มาก่อน และต้องผ่านการประเมินผลภายในเดือนนี้"
    story = f"เมื่อวันที่ ๒๒ เมษายน {opening} เพิ่มเติม โดยได้รับวุฒิบัตรจากกรมส่งเสริมสหกรณ์"
    text = f"""<html><head><meta charset="utf-8"><title>x</title></head><body><article>
<header><h2>{HEADLINE}</h2><p class="lead">{lead}</p>
<div class="tools"><a href="/n/2/print/">พิมพ์ข่าวนี้</a></div></header>
<div class="news-detail">{story}<br><br>{TEXT}<br><br>{TEXT}<br><br>{TEXT}</div></article>
</body></html>"""
    parts = extract_generic(text, "http://h/n/2/", listed_title=HEADLINE)
    assert parts.body is not None and parts.body.startswith(lead)


def test_the_date_in_a_header_row_above_a_bold_headline_beats_the_texts_event_day() -> None:
    """An ASP table: the date in the header row, the headline in bold two rows under it."""
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>สำนักงานสาธารณสุขจังหวัด</title></head><body><table><tr><td>
<table><tr><td><b>ข่าวประชาสัมพันธ์</b></td><td>วันที่ ๒๖ มี.ค. ๒๕๖๖</td></tr>
<tr><td colspan="2"><a href="print.asp?ID=1">พิมพ์หน้านี้</a></td></tr>
<tr><td colspan="2"><font size="3"><b>{HEADLINE}</b></font><br>
<font size="2">ฉบับที่ ๘๘/๒๕๖๖</font></td></tr><tr><td colspan="2" id="newsdetail">
<font size="2">ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.<br><br>{TEXT}<br><br>{TEXT}</font>
</td></tr>
<tr><td colspan="2"><font size="1">เวลา ๑๔.๕๔ น. &nbsp;|&nbsp; ผู้อ่าน : ๔๑ ครั้ง &nbsp;|&nbsp;
โพสต์โดย : prudm</font></td></tr></table></td></tr></table></body></html>""".encode("cp874")
    page_obj = Page.from_bytes(page)
    article = read_article(
        LAYOUTS["generic"], page_obj, "http://h/news_show.asp?ID=1", listed_title=HEADLINE
    )
    published = parse_thai_date(article.published_at_raw or "")
    assert published == datetime(2023, 3, 26, 14, 54, tzinfo=BANGKOK)  # the row's time
    assert article.view_count == 41


def test_a_category_kicker_under_the_headline_is_no_line_of_the_text() -> None:
    """A vendor template prints "หมวด <category> · <fiscal year>" right under the headline."""
    page = f"""<html><head><meta charset="utf-8"><title>เทศบาลตำบล</title></head><body>
<div class="box-content"><div class="news-topic">{HEADLINE}</div>
<div class="news-subtopic">หมวด กิจกรรมเทศบาล · ประจำปีงบประมาณ พ.ศ. ๒๕๖๗</div><hr>
<div class="news-detail">{TEXT}<br><br>{TEXT}<br><br>{TEXT}</div>
<div class="news-info">โพสต์เมื่อ : ๒๖ มี.ค. ๒๕๖๗ | อ่าน : ๑๔ ครั้ง</div></div></body></html>"""
    article = read_article(
        LAYOUTS["generic"], Page(text=page), "http://h/news/detail.php?id=1", listed_title=HEADLINE
    )
    assert "หมวด" not in (article.body or "")
    assert (article.body or "").startswith(TEXT[:40])


def test_the_posts_own_date_printed_before_the_other_news_list_beats_the_sidebars_dates() -> None:
    """The page's date under its text, then "other news" with dates, the latest-news sidebar
    (dates too) printed before the headline in the page's order."""
    others = "".join(
        f'<li><a href="/news/detail.php?id={n}">ข่าวอื่นที่ {n} ของเทศบาลตำบล</a> '
        f"<small>[{n} มี.ค. ๒๕๖๗]</small></li>"
        for n in (11, 15, 18)
    )
    sidebar = others.replace("<small>[", "<span>(").replace("]</small>", ")</span>")
    page = f"""<html><head><meta charset="utf-8"><title>เทศบาลตำบล</title></head><body>
<div class="row"><div class="left-col"><ul class="latest-news">{sidebar}</ul></div>
<div class="content-col"><div class="box-content"><div class="news-topic">{HEADLINE}</div>
<div class="news-detail">{TEXT}<br><br>{TEXT}</div>
<div class="news-info">โพสต์เมื่อ : ๒๖ มี.ค. ๒๕๖๗ | อ่าน : ๑๔ ครั้ง</div>
<div class="news-other"><div>ข่าวอื่นๆ ในหมวดเดียวกัน</div><ul>{others}</ul></div></div></div></div>
</body></html>"""
    article = read_article(
        LAYOUTS["generic"], Page(text=page), "http://h/news/detail.php?id=1", listed_title=HEADLINE
    )
    assert article.published_at_raw == "๒๖ มี.ค. ๒๕๖๗"
