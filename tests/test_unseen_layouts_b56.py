"""Rules from the fifty-sixth blind round, each on a small page or response of its shape.

Doctests cover the pieces (pipelines.tabs, crawler.middlewares.main_frame,
pipelines.text._event_day and _dated_by_next, pipelines.generic._unwrapped); misspelt months
are rows of tests/data/dates.json, tool and tag lines cases of tests/test_boilerplate.py.
Whole sites of each kind (framesets, tab sets, typed dates) are crawled in
tests/test_redteam_crawl.py (round 56).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.middlewares import FramesetMiddleware
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานพระพุทธศาสนาจังหวัดจัดพิธีเจริญพระพุทธมนต์เนื่องในวันสำคัญทางศาสนา"
TEXT = (
    "สำนักงานพระพุทธศาสนาจังหวัดจัดพิธีเจริญพระพุทธมนต์เนื่องในวันสำคัญทางศาสนา โดยมีผู้ว่าราชการ"
    "จังหวัดเป็นประธาน พร้อมด้วยหัวหน้าส่วนราชการและประชาชนร่วมพิธีเป็นจำนวนมาก ณ วัดกลางเมือง"
)


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5"):
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x", listed_title=HEADLINE))


TABS = (
    f"<html><body><div class='item-page'><h1>{HEADLINE}</h1><div itemprop='articleBody'>"
    "<ul class='nav nav-tabs' role='tablist'>"
    "<li><a href='#t1' role='tab' data-toggle='tab'>รายละเอียดข่าว</a></li>"
    "<li><a href='#t2' role='tab' data-toggle='tab'>ภาพกิจกรรม</a></li>"
    "<li><a href='#t3' role='tab' data-toggle='tab'>เอกสารประกอบ</a></li></ul>"
    "<div class='tab-content'>"
    "<div class='tab-pane active' id='t1' role='tabpanel' aria-hidden='false'>"
    f"<h2>รายละเอียดข่าว</h2><p>{TEXT}</p><table><thead><tr><th>รายการ</th><th>จำนวนเงิน (บาท)</th>"
    "</tr></thead><tbody><tr><td>1. ค่าอาหารกลางวันผู้เข้าร่วมโครงการ</td><td>45,000</td></tr>"
    "<tr><td>2. ค่าวัสดุอุปกรณ์และเอกสารประกอบการอบรม</td><td>12,350</td></tr>"
    "<tr><td>รวมทั้งสิ้น</td><td>57,350</td></tr></tbody></table></div>"
    "<div class='tab-pane' id='t2' role='tabpanel' aria-hidden='true'><h2>ภาพกิจกรรม</h2>"
    "<figure><img src='/g/1.jpg'><figcaption>ผู้ร่วมพิธีถ่ายภาพร่วมกัน</figcaption></figure></div>"
    "<div class='tab-pane' id='t3' role='tabpanel' aria-hidden='true'><h2>เอกสารประกอบ</h2>"
    "<ul><li><a href='/docs/5.pdf'>กำหนดการ.pdf</a> ดาวน์โหลด ๑๔ ครั้ง</li></ul></div>"
    "</div></div><p>วันที่เผยแพร่ : ๑เมษายน๒๕๖๗ เวลา ๑๔.๐๓ น.</p></div></body></html>"
)


def test_the_shown_tab_is_the_text_and_the_others_files_are_kept_as_data() -> None:
    for cms in ("joomla", "generic"):
        article = normalized(TABS, cms)
        assert "ดำเนินการ" not in (article.body or "")
        assert article.body.startswith(TEXT[:40]), (cms, article.body)
        for furniture in ("รายละเอียดข่าว", "ภาพกิจกรรม", "กำหนดการ.pdf", "ดาวน์โหลด ๑๔"):
            assert furniture not in article.body, (cms, furniture)
        assert "เอกสารประกอบการอบรม\t12,350" in article.body  # the text's own table stays
        assert [a["url"] for a in article.attachments] == ["http://h/docs/5.pdf"], cms


def test_a_frameset_page_is_followed_to_its_main_frame() -> None:
    middleware = FramesetMiddleware.from_crawler(get_crawler(settings_dict={}))
    asked = Request("http://h/news/")
    frameset = HtmlResponse(
        "http://h/news/",
        body=(
            b"<html><frameset rows='125,*'><frame src='../top.html' name='topFrame'>"
            b"<frameset cols='190,*'><frame src='../menu.php' name='leftFrame'>"
            b"<frame src='list.php' name='mainFrame'></frameset></frameset></html>"
        ),
        request=asked,
    )
    followed = middleware.process_response(asked, frameset)
    assert isinstance(followed, Request) and followed.url == "http://h/news/list.php"
    page = HtmlResponse("http://h/news/list.php", body=b"<p>frame</p>", request=followed)
    assert middleware.process_response(followed, page) is page  # a page with no frames stays


EVENT_BOX = (
    "<html><body><article class='news-detail'><h1 class='news-title'>{h}</h1>"
    "<div class='d-flex'><a href='/news/print/5'><i class='bi bi-printer'></i> พิมพ์</a></div>"
    "<ul class='nav nav-tabs' role='tablist'><li><button class='nav-link active' role='tab' "
    "data-bs-toggle='tab' data-bs-target='#tab-detail'>รายละเอียดข่าว</button></li>"
    "<li><button class='nav-link' role='tab' data-bs-toggle='tab' data-bs-target='#tab-files'>"
    "เอกสารแนบ</button></li><li><button class='nav-link' role='tab' data-bs-toggle='tab' "
    "data-bs-target='#tab-gallery'>ภาพกิจกรรม</button></li></ul><div class='tab-content'>"
    "<div class='tab-pane fade show active' id='tab-detail' role='tabpanel'>"
    "<div class='event-info alert'><h2>กำหนดการ</h2><dl><dt>วันที่จัดกิจกรรม :</dt>"
    "<dd>วันพฤหัสบดีที่ 4 เมษายน 2567</dd><dt>เวลา :</dt><dd>09.00 - 12.00 น.</dd>"
    "<dt>สถานที่ :</dt><dd>ห้องประชุม 1 ชั้น 3 อาคารกรมส่งเสริมอุตสาหกรรม ถนนพระรามที่ 6</dd>"
    "</dl></div>"
    "<div class='news-body'><p>{t}</p><p>{t}</p><p>{t}</p></div></div>"
    "<div class='tab-pane fade' id='tab-files' role='tabpanel'><ul><li>"
    "<a href='/files/1.pdf'>กำหนดการ.pdf</a></li></ul></div>"
    "<div class='tab-pane fade' id='tab-gallery' role='tabpanel'><div class='row'>"
    + "<figure><a href='/g/1.jpg'><img src='/g/1_thumb.jpg' alt='ภาพ'></a>"
    "<figcaption>บรรยากาศการอบรมเชิงปฏิบัติการ</figcaption></figure>" * 3 + "</div></div></div>"
    "<div class='news-meta'><span>วันที่เผยแพร่ : ๑เมษายน๒๕๖๗ เวลา ๑๔.๐๓ น.</span>"
    "<span>เข้าชม ๒๖๘ ครั้ง</span></div></article></body></html>"
).format(h=HEADLINE, t=TEXT)


def test_an_events_day_under_its_label_is_not_the_publication_date() -> None:
    assert normalized(EVENT_BOX).published_at == "2024-04-01T14:03:00+07:00"


LABEL_ABOVE_DATE = (
    f"<html><body><div class='node'><h1>{HEADLINE}</h1><div class='content'>"
    "<div class='field'><div class='field-label'>วันที่ข่าว:&nbsp;</div>"
    "<div class='field-items'><div class='field-item'>6มีนาคม2567</div></div></div>"
    f"<p>{TEXT}</p><p>{TEXT}</p><span class='print-link'><a href='/print/5'>พิมพ์หน้านี้</a></span>"
    "</div></div></body></html>"
)


def test_a_date_label_alone_over_its_run_together_date_is_no_text() -> None:
    for cms in ("drupal", "generic"):
        article = normalized(LABEL_ABOVE_DATE, cms)
        assert article.published_at == "2024-03-06", cms
        for furniture in ("วันที่ข่าว", "6มีนาคม2567", "พิมพ์หน้านี้"):
            assert furniture not in article.body, (cms, furniture)


FONT_WRAPPED = (
    f"<html><body><table><tr><td><h2>{HEADLINE}</h2></td></tr><tr><td class='news-body'>"
    f"<p>{TEXT}</p><font face='Tahoma'><p>{TEXT} โดยมีรายนามผู้ร่วมบริจาคดังนี้</p></font>"
    "<font face='Tahoma' size='2'><p>๔. ครอบครัวทองสุข และครอบครัว</p></font>"
    "<p><font face='Tahoma'>๕. คุณสมภพ ยืนยาวและครอบครัว</p>"
    "<p align='right'><b>ข่าว/ภาพ : ส่วนทรัพยากรธรรมชาติ</b></p></td></tr>"
    "<tr><td>ลงข่าวเมื่อ : วันศุกร์ที่ ๒๕ ธันวาคม พ.ศ. ๒๕๕๒ | เปิดอ่าน ๙๒๑ ครั้ง</td></tr>"
    "</table></body></html>"
)


def test_closing_paragraphs_wrapped_in_font_and_an_era_dated_meta_row() -> None:
    article = normalized(FONT_WRAPPED)
    assert "๔. ครอบครัวทองสุข" in article.body and "๕. คุณสมภพ" in article.body
    assert article.source == "ส่วนทรัพยากรธรรมชาติ"
    assert article.published_at == "2009-12-25" and article.view_count == 921
    assert "ลงข่าวเมื่อ" not in article.body


def test_tag_links_under_tagged_on() -> None:
    html = (
        f"<html><body><article class='post'><h1 class='entry-title'>{HEADLINE}</h1>"
        f"<div class='entry-content'><p>{TEXT}</p><div class='tags'>Tagged on: "
        "<a href='/tag/a/' rel='tag'>ผู้ว่าราชการจังหวัด</a></div></div></article></body></html>"
    )
    article = normalized(html, "wordpress")
    assert "Tagged on" not in article.body and article.tags == ["ผู้ว่าราชการจังหวัด"]


def test_a_news_sections_name_is_no_headline() -> None:
    """The <title> names the site and the section ("ทสจ.น่าน :: ข่าวประชาสัมพันธ์") and a bar
    above the text prints the section: the heading over the text is the headline."""
    html = (
        "<html><head><title>ทสจ.น่าน :: ข่าวประชาสัมพันธ์</title></head><body><table>"
        "<tr><td class='head-bar'><b>ข่าวประชาสัมพันธ์</b></td></tr></table><table>"
        f"<tr><td><h2 class='news-title'><font>{HEADLINE}</font></h2></td></tr>"
        f"<tr><td class='news-body'><p>{TEXT}</p><p>{TEXT}</p></td></tr></table></body></html>"
    )
    page = Page(text=html)
    article = normalize_article(read_article(layout("generic"), page, "http://h/n/5", site="x"))
    assert article.title == HEADLINE
    assert article.body.split("\n")[0] != HEADLINE  # the headline is no line of the text
