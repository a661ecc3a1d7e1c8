"""Rules from the fifty-third blind round, each on a small page of the shape that showed it.

Sender and office labels (ผู้ส่งข่าว, ส่งข่าวโดย, หน่วยงาน, สำนัก/กอง; a sender who is a person is
no source), BE dates in ISO order and times with AM/PM have line cases in
tests/test_boilerplate.py; a day's abbreviated name before a date, a field table's header row
and a sender's label on its own line have doctests (pipelines.thai_dates.dates_only,
pipelines.record_table.header_row_fields_as_lines, pipelines.text._labelled_office).
"""

from __future__ import annotations

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานขนส่งจังหวัดจัดอบรมผู้ขับขี่รถโดยสารสาธารณะเรื่องความปลอดภัยบนท้องถนน"
PARAGRAPHS = (
    "สำนักงานขนส่งจังหวัดจัดอบรมผู้ขับขี่รถโดยสารสาธารณะเรื่องความปลอดภัยบนท้องถนน "
    "เพื่อลดอุบัติเหตุในช่วงเทศกาลสงกรานต์ โดยมีผู้เข้ารับการอบรมกว่าสองร้อยคน",
    "ทั้งนี้ ขอให้ผู้ขับขี่ตรวจสภาพรถก่อนออกเดินทางทุกครั้ง พักผ่อนให้เพียงพอ และไม่ดื่มเครื่องดื่ม"
    "แอลกอฮอล์ก่อนขับรถ เพื่อความปลอดภัยของผู้โดยสารทุกคน",
)


def normalized(
    html: str, url: str = "http://h/news/1", cms: str = "generic", listed: str | None = None
) -> object:
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x", listed_title=listed))


def test_a_body_classed_sidebar_is_still_the_page() -> None:
    # WordPress's Twenty Thirteen marks <body class="... sidebar"> when its sidebar shows.
    html = (
        "<html><body class='single single-post sidebar'><div id='page'><article class='post'>"
        f"<header><h1 class='entry-title'>{HEADLINE}</h1></header><div class='entry-content'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "<p>ผู้ส่งข่าว : ฝ่ายทะเบียนรถ สำนักงานขนส่งจังหวัด</p></div></article></div>"
        "<div class='sidebar-container'><h3>เรื่องล่าสุด</h3></div></body></html>"
    )
    article = normalized(html)
    assert "ตรวจสภาพรถก่อนออกเดินทาง" in article.body
    assert article.source == "ฝ่ายทะเบียนรถ สำนักงานขนส่งจังหวัด"


def test_a_field_table_under_the_text_gives_its_office_not_its_sender() -> None:
    # an information table names its fields in a header row, their values in the row below
    info = (
        "<table class='newsinfo'><tr><td><b>ประเภทข่าว</b></td><td><b>ผู้ส่งข่าว</b></td>"
        "<td><b>หน่วยงาน</b></td></tr><tr><td>ข่าวประชาสัมพันธ์</td><td>นางสาวสุภาพร ใจมั่น</td>"
        "<td>งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัด</td></tr></table>"
    )
    html = (
        f"<html><body><div class='news'><h2>{HEADLINE}</h2><div class='detail'>"
        + "<br><br>".join(f"<span>{p}</span>" for p in PARAGRAPHS)
        + f"</div>{info}</div></body></html>"
    )
    article = normalized(html, listed=HEADLINE)
    assert article.source == "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัด"
    assert "สุภาพร" not in article.body
    assert "ไม่ดื่มเครื่องดื่มแอลกอฮอล์" in article.body


def test_a_headline_printed_only_as_a_banner_picture() -> None:
    # <title> is the site's name; the headline is the alt text of a picture, its meta row
    # (date and counter) beside it
    html = (
        "<html><head><title>สำนักงานขนส่งจังหวัด</title></head><body>"
        "<div class='logo'><a href='/'>สำนักงานขนส่งจังหวัด</a></div><main><article>"
        f"<figure><img src='/banner/1.jpg' alt='{HEADLINE}'></figure>"
        "<div class='meta'><span>ศ. 8 มี.ค. 2567 2:28 PM</span> <span>เข้าชม 3,123 ครั้ง</span></div>"
        "<div class='content'>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</div></article></main></body></html>"
    )
    article = normalized(html, listed=HEADLINE)
    assert article.title == HEADLINE
    assert article.view_count == 3123
    assert article.published_at == "2024-03-08T14:28:00+07:00"


def test_a_few_rows_filed_under_another_address_shape_are_listed_too() -> None:
    # a category blog whose sub-category's items (/news/activity/<id>) are two rows among seven
    # /news/<id> rows: their own shape group is small, their rows are the listing's
    rows = "".join(
        f"<div class='row'><h2><a href='/index.php/news/{path}'>"
        f"ข่าวประชาสัมพันธ์ของสำนักงานลำดับที่ {n}</a></h2><p>ย่อหน้านำของข่าวลำดับที่ {n}</p></div>"
        for n, path in enumerate(
            [
                "11-a",
                "12-b",
                "activity/13-c",
                "14-d",
                "15-e",
                "activity/16-f",
                "17-g",
                "18-h",
                "19-i",
            ]
        )
    )
    html = (
        "<html><body><div class='menu'><a href='/index.php/about'>เกี่ยวกับหน่วยงาน</a></div>"
        f"<div class='blog'>{rows}</div><div class='pager'><a href='?start=9'>ถัดไป</a></div>"
        "</body></html>"
    )
    links = [
        u for u, _ in layout("generic").extract_links(Page(text=html), "http://h/index.php/news")
    ]
    assert "http://h/index.php/news/activity/13-c" in links
    assert "http://h/index.php/news/activity/16-f" in links
    assert "http://h/index.php/news/11-a" in links
    assert "http://h/index.php/about" not in links


def test_a_header_picture_naming_the_site_is_no_headline() -> None:
    # PostNuke's theme: the banner picture's alt is the office's name, which <title> prints
    # after the site's short name; the listing's only link text here is "ความคิดเห็น?"
    html = (
        "<html><head><title>สสจ.ตัวอย่าง :: สำนักงานสาธารณสุขจังหวัดตัวอย่าง</title></head><body>"
        "<table><tr><td><img src='header.jpg' alt='สำนักงานสาธารณสุขจังหวัดตัวอย่าง'></td></tr>"
        "<tr><td><table><tr><td><font class='pn-title'><b>"
        f"{HEADLINE}</b></font><br><font class='pn-sub'>ส่งโดย admin เมื่อ 26 ก.ย. 2551 11:31</font>"
        "</td></tr><tr><td>"
        + "<br><br>".join(PARAGRAPHS)
        + "</td></tr></table></td></tr></table></body></html>"
    )
    article = normalized(html, listed="ความคิดเห็น?")
    assert article.title == HEADLINE


DRUPAL_SHORT_RELEASE = (
    # a Drupal 7 node (Pixture Reloaded's wrappers): two short lines over a PDF viewer, the
    # cookie banner after the page, its one sentence longer than either line
    "<html><body><div id='page'><div id='columns'><div id='content-column'>"
    "<div id='main-content' role='main'><div id='content'><div class='region region-content'>"
    "<div id='block-system-main' class='block'><div class='block-content content'>"
    "<article id='node-1' class='node node-article node-full' role='article'>"
    "<div class='node-content'><div class='field field-name-body'><div class='field-items'>"
    "<div class='field-item even'><div>เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น.</div>"
    "<div>นายอำนาจ ใจดี ขนส่งจังหวัด เป็นประธานเปิดการอบรมผู้ขับขี่รถโดยสารสาธารณะ</div></div>"
    "</div></div><div class='field field-name-field-pdf'>"
    "<iframe src='/viewer.html?file=/files/pr.pdf'></iframe></div></div></article></div></div>"
    "</div></div></div></div></div></div><div id='sliding-popup'><div class='popup-content'>"
    "<div id='popup-text'><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน"
    "เว็บไซต์ของท่าน</p></div></div></div></body></html>"
)


def test_a_short_press_release_beats_a_longer_cookie_sentence() -> None:
    article = normalized(DRUPAL_SHORT_RELEASE)
    assert "เป็นประธานเปิดการอบรมผู้ขับขี่" in article.body
    assert article.body.startswith("เมื่อวันพฤหัสบดีที่ ๖ กันยายน")  # the story's opening words
    assert "คุกกี้" not in article.body


def test_a_short_closing_paragraph_after_the_one_long_one_stays() -> None:
    # one long paragraph, then the report's name as a short last paragraph of the text
    html = (
        "<html><body><article><div class='news-content'>"
        f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>รายงานผลการอบรมผู้ขับขี่ ประจำปี ๒๕๖๗</p>"
        "</div></article></body></html>"
    )
    article = normalized(html, listed=HEADLINE)
    assert article.body.endswith("รายงานผลการอบรมผู้ขับขี่ ประจำปี ๒๕๖๗")


def test_a_lead_picture_before_the_text_is_the_articles() -> None:
    html = (
        f"<html><body><main><h1>{HEADLINE}</h1><section class='article-body'>"
        "<p><img src='/img/lead.jpg' alt=''></p>"
        f"<p>{PARAGRAPHS[0]} {PARAGRAPHS[1]}</p><p>รายงานผลการอบรมผู้ขับขี่ ประจำปี ๒๕๖๗</p>"
        "</section></main></body></html>"
    )
    article = normalized(html)
    assert article.images == ["http://h/img/lead.jpg"]
