"""Rules from the fifty-ninth blind round, each on a small page or response of its shape.

Doctests cover the pieces (pipelines.title_marks, pipelines.text.drop_summary_boxes and
_dated_rows, crawler.print_pages.printed_from, crawler.middlewares.gunzipped,
pipelines.layouts.row_dates._cell_date, pipelines.thai_dates.worded_numbers,
pipelines.encoding.repaired); the gallery-link and markup-tag lines are line cases of
tests/test_boilerplate.py, dates in words rows of tests/data/dates.json.
"""

from __future__ import annotations

import gzip

from scrapy import Request
from scrapy.http import HtmlResponse, Response

from crawler import settings as project_settings
from crawler.items import Article
from crawler.middlewares import ResponseGuardMiddleware
from crawler.print_pages import PrintPageMiddleware
from crawler.spiders.site import family_spider
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article, not_an_article

HEADLINE = "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่"
TEXT = (
    "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่ ให้แก่เกษตรกรในพื้นที่"
    "กว่าห้าร้อยราย โดยมีการสาธิตการปรับปรุงบำรุงดิน การผลิตเมล็ดพันธุ์ข้าวคุณภาพดี และการป้องกัน"
    "กำจัดศัตรูพืชโดยวิธีผสมผสาน ณ ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร"
)
SECOND = "นายอำเภอกล่าวว่าการจัดงานครั้งนี้มีเกษตรกรเข้าร่วมจำนวนมากและจะจัดต่อเนื่องทุกปีงบประมาณ"


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def html_response(url: str, html: str | bytes, request: Request | None = None) -> HtmlResponse:
    body = html.encode() if isinstance(html, str) else html
    return HtmlResponse(url, body=body, encoding="utf-8", request=request or Request(url))


def test_a_bilingual_site_is_asked_for_its_thai_page() -> None:
    assert project_settings.DEFAULT_REQUEST_HEADERS["Accept-Language"].startswith("th")


def test_a_kicker_and_a_badge_in_the_headlines_element_are_no_part_of_the_title() -> None:
    shapes = (
        f"<h1 id='page-title'><span class='kicker'>ภาพข่าว :</span> {HEADLINE} "
        "<span class='badge-new'>NEW!</span></h1>",
        f"<h1 class='entry-title'><span class='kicker'>[ภาพข่าว]</span> {HEADLINE}</h1>",
        f"<h1><font color='#ff0000'><b>ด่วน!</b></font> {HEADLINE}</h1>",
        f"<h1>{HEADLINE} <img src='/new.gif' alt='ใหม่'></h1>",
    )
    for heading in shapes:
        article = normalized(f"<html><body><article>{heading}<p>{TEXT}</p></article></body></html>")
        assert article.title == HEADLINE, heading
    typed = "ประกาศ: รับสมัครงาน ด่วน ตำแหน่งนักวิชาการเกษตร"
    article = normalized(
        f"<html><body><article><h1>{typed}</h1><p>{TEXT}</p></article></body></html>"
    )
    assert article.title == typed  # words typed into the headline stay
    commented = f"<html><body><article><h1><!-- title -->{HEADLINE}</h1><p>{TEXT}</p></article>"
    assert normalized(commented + "</body></html>").title == HEADLINE  # (a comment: no mark)


def test_summary_read_more_and_related_boxes_are_no_text() -> None:
    html = (
        f"<html><body><article><h1>{HEADLINE}</h1><div class='entry-content'>"
        f"<div class='highlight-box'><h4>📌 ไฮไลต์ข่าว</h4><ul><li>{TEXT[:60]}</li></ul></div>"
        f"<p>{TEXT}</p><div class='irp-box'><span>อ่านเพิ่มเติม :</span> "
        "<a href='/news/4'>นายกฯ ลงพื้นที่พบปะชาวประมง จัดระเบียบแรงงาน</a></div>"
        f"<p>{SECOND}</p><p>ดูภาพทั้งหมด 12 ภาพ</p><h4><strong>ข่าวที่เกี่ยวข้อง</strong></h4>"
        "<figure><table><tr><th>วันที่</th><th>เรื่อง</th></tr><tr><td>10 ก.ค. 2566</td>"
        "<td><a href='/news/3'>กยศ. ชี้แจงกรณีผู้ค้ำประกันร้องเรียน</a></td></tr><tr>"
        "<td>25 ส.ค. 2566</td><td><a href='/news/2'>รมว.ศธ. บรรยายการปฏิรูปการศึกษา</a></td></tr>"
        "</table></figure></div></article></body></html>"
    )
    for cms in ("wordpress", "generic"):
        body = normalized(html, cms).body or ""
        assert TEXT in body and SECOND in body, cms
        for furniture in ("ไฮไลต์", "อ่านเพิ่มเติม", "ดูภาพทั้งหมด", "ข่าวที่เกี่ยวข้อง", "10 ก.ค. 2566"):
            assert furniture not in body, (cms, furniture)


def test_a_print_page_linked_from_the_listing_leads_to_the_page_it_prints() -> None:
    from scrapy.utils.test import get_crawler

    middleware = PrintPageMiddleware.from_crawler(get_crawler())
    asked = Request("http://h/pr/0,1107,5,00.html", meta={"khaosan_kind": "article"})
    printed = html_response(
        asked.url,
        f"<html><body onload='window.print()'><b>{HEADLINE}</b><p>{TEXT}</p>"
        "URL : http://www.x.go.th/pr/0,1106,5,00.html "
        "<a href='/pr/0,1106,5,00.html'>[ กลับหน้าข่าว ]</a></body></html>",
        asked,
    )
    story = middleware.process_response(asked, printed)
    assert isinstance(story, Request) and story.url == "http://h/pr/0,1106,5,00.html"
    plain = html_response("http://h/news/5", f"<html><body><p>{TEXT}</p></body></html>", asked)
    assert middleware.process_response(asked, plain) is plain


def test_a_body_gzipped_without_saying_so_or_twice_is_read() -> None:
    page = f"<html><body><h1>{HEADLINE}</h1><p>{TEXT}</p></body></html>".encode()
    guard = ResponseGuardMiddleware()
    asked = Request("http://h/news/5", meta={"khaosan_kind": "article"})
    for body in (gzip.compress(page), gzip.compress(gzip.compress(page))):
        served = Response(asked.url, body=body, headers={"Content-Type": "text/html"})
        read = guard.process_response(asked, served)
        assert isinstance(read, HtmlResponse) and HEADLINE in read.text


CALENDAR = (
    "<html><body><main><h1>ปฏิทินข่าว</h1><div class='calendar-nav'>"
    "<a href='/news/calendar/{prev}' rel='prev'>‹ {prev_name}</a><h2>{name}</h2>{next}</div>"
    "<table class='calendar'><tr>{cells}</tr></table></main></body></html>"
)


def cells(month: str, first: int) -> str:
    return "".join(
        f"<td class='day' data-date='2024-{month}-{day:02d}'><span>{day}</span><ul><li>"
        f"<span class='ev-time'>๑๑.{day + 10} น.</span> <a href='/news/{first + day}'>"
        f"{HEADLINE} ครั้งที่ {first + day}</a></li></ul></td>"
        for day in range(1, 6)
    )


def test_a_calendar_of_news_is_walked_month_by_month_with_each_days_time() -> None:
    spider = family_spider("generic", "http://h/news")(mode="backfill")
    july = html_response(
        "http://h/news",
        CALENDAR.format(
            prev="2567-06",
            prev_name="มิถุนายน ๒๕๖๗",
            name="กรกฎาคม ๒๕๖๗",
            next="<span class='disabled'>เดือนถัดไป ›</span>",
            cells=cells("07", 100),
        ),
    )
    asked = [r for r in spider.walk_listing(july, 1) if isinstance(r, Request)]
    assert "http://h/news/calendar/2567-06" in [r.url for r in asked]
    (first,) = [r for r in asked if r.url == "http://h/news/101"]
    assert first.cb_kwargs["listed_date"] == "2024-07-01 11:11"  # the cell's day, the entry's time
    june = html_response(
        "http://h/news/calendar/2567-06",
        CALENDAR.format(
            prev="2567-05",
            prev_name="พฤษภาคม ๒๕๖๗",
            name="มิถุนายน ๒๕๖๗",
            next="<a href='/news'>กรกฎาคม ๒๕๖๗ ›</a>",
            cells=cells("06", 200),
        ),
    )
    asked = [r.url for r in spider.walk_listing(june, 2) if isinstance(r, Request)]
    assert "http://h/news/calendar/2567-05" in asked  # not back to July: the month before


def test_a_double_encoded_page_is_read_in_thai() -> None:
    garbled = HEADLINE.encode("utf-8").decode("latin-1")
    body = f"<html><body><article><h1>{garbled}</h1><p>{TEXT}</p></article></body></html>"
    article = normalize_article(
        read_article(
            layout("generic"), Page.from_bytes(body.encode("utf-8"), "text/html"), "http://h/n/5"
        )
    )
    assert article.title == HEADLINE


def test_a_node_showing_only_a_not_translated_message_is_no_article() -> None:
    article = normalized(
        "<html><body><h1 id='page-title'>Rice Field Day 2024 - Programme</h1>"
        "<div class='node node-article'><div class='content'><div class='messages warning'>"
        "เนื้อหานี้ยังไม่ได้แปลเป็นภาษาไทย <a href='/en/node/5'>View in English</a></div></div>"
        "</div></body></html>",
        "drupal",
        "http://h/th/node/5120",
    )
    assert not_an_article(article) is not None
