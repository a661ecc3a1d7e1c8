"""Rules from the fifty-seventh blind round, each on a small page or response of its shape.

Doctests cover the pieces (pipelines.hidden_styles, pipelines.html_tree.show_fallback_page,
pipelines.layouts.archives.archive_year, pipelines.layouts.select_pager.next_by_page_field,
crawler.middlewares.sniffs_html, pipelines.thai_dates._minutes); counters, widgets and error
boxes are line cases of tests/test_boilerplate.py, clock words rows of tests/data/dates.json.
Whole sites of each kind (hacked pages, year archives, script front ends, mislabelled pages)
are crawled in tests/test_redteam_crawl.py (round 57).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse, Response

from crawler.middlewares import ResponseGuardMiddleware
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
SPAM = "สล็อตเว็บตรง บาคาร่าออนไลน์"


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5"):
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x", listed_title=HEADLINE))


def test_a_page_served_as_text_or_octets_is_read_as_the_page_it_is() -> None:
    guard = ResponseGuardMiddleware()
    asked = Request("http://h/news/5", meta={"khaosan_kind": "article"})
    body = f"<!DOCTYPE html><html><body><h1>{HEADLINE}</h1><p>{TEXT}</p></body></html>".encode()
    for headers in (
        {"Content-Type": "text/plain; charset=utf-8"},
        {"Content-Type": "application/octet-stream"},
        {},
    ):
        served = Response(asked.url, body=body, headers=headers, request=asked)
        read = guard.process_response(asked, served)
        assert isinstance(read, HtmlResponse), headers
        assert HEADLINE in read.text


HACKED = (
    "<html><head><style>.wp-sl{display:none!important}</style></head><body>"
    "<div style='position:absolute;left:-9999px;top:-9999px'>"
    "<a href='https://slot.bet/'>สล็อตเว็บตรง</a> <a href='https://bac.vip/'>บาคาร่าออนไลน์</a></div>"
    f"<article><h1>{HEADLINE}</h1><div class='content'><p>{TEXT}</p>"
    "<p class='wp-sl'><a href='https://slot.bet/'>สล็อตเว็บตรง</a> "
    "<a href='https://bac.vip/'>บาคาร่าออนไลน์</a></p>"
    "<div style='border:1px solid #990000'><h4>A PHP Error was encountered</h4>"
    "<p>Severity: Warning</p><p>Message:  Invalid argument supplied for foreach()</p>"
    "<p>Filename: news/detail.php</p><p>Line Number: 87</p></div>"
    f"<p>{TEXT}</p><div class='tts'><small>อ่านออกเสียงโดยระบบอัตโนมัติ</small></div>"
    "<p>👁 1,234</p></div></article></body></html>"
)


def test_a_hacked_pages_hidden_spam_and_error_box_are_no_text() -> None:
    article = normalized(HACKED)
    for furniture in ("สล็อต", "บาคาร่า", "PHP Error", "Line Number", "อ่านออกเสียง", "1,234"):
        assert furniture not in article.body, furniture
    assert article.body.count(TEXT[:40]) == 2
    assert article.view_count == 1234


def test_a_script_front_ends_noscript_page_is_read() -> None:
    html = (
        "<html><body><div id='app'></div><noscript><strong>We're sorry but the portal doesn't "
        f"work properly without JavaScript enabled.</strong><main><h1>{HEADLINE}</h1>"
        f"<p>{TEXT}</p><p>{TEXT}</p></main></noscript></body></html>"
    )
    article = normalized(html)
    assert article.title == HEADLINE and TEXT[:40] in article.body


def listing(url: str, html: str) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=Request(url))


def row(n: int, year: int = 2567) -> str:
    return f"<li><a href='/news/{year}/{n}'>{HEADLINE} ครั้งที่ {n} ประจำปี {year}</a></li>"


def test_a_listing_split_by_year_walks_on_to_the_years_before() -> None:
    years = (
        "<div class='years'><a href='/news'>ข่าวปี 2567</a> "
        "<a href='/news/archive/2023'>ข่าวปี 2566</a> "
        "<a href='/news/archive/2022'>ข่าวปี 2565</a></div>"
    )
    spider = family_spider("generic", "http://h/news")(mode="backfill")
    last = listing(
        "http://h/news",
        f"<html><body><ul>{''.join(row(n) for n in range(1, 6))}</ul>{years}</body></html>",
    )
    asked = [r.url for r in spider.walk_listing(last, 1) if isinstance(r, Request)]
    assert "http://h/news/archive/2023" in asked  # the year before, its walk's end reached
    older = listing(
        "http://h/news/archive/2023",
        f"<html><body><ul>{''.join(row(n, 2566) for n in range(1, 6))}</ul>{years}</body></html>",
    )
    asked = [r.url for r in spider.walk_listing(older, 2) if isinstance(r, Request)]
    assert "http://h/news/archive/2022" in asked and "http://h/news/archive/2023" not in asked


def test_a_page_number_box_pages_a_listing() -> None:
    html = (
        f"<html><body><ul>{''.join(row(n) for n in range(1, 6))}</ul>"
        "<form method='get' action='/th/News/'>หน้า ๑ ไปหน้า <input type='text' name='page' "
        "value='1'> <input type='submit' value='ไป'> จากทั้งหมด ๓ หน้า</form></body></html>"
    )
    page = Page(text=html)
    assert layout("generic").next_page(page, "http://h/th/News/") == "http://h/th/News/?page=2"


def test_a_short_last_page_under_a_side_box_of_latest_news_is_read() -> None:
    """A year's last page lists two items under a box of the five latest (all listed on the
    news page before): the two are the page's entries (the Joomla site of round 57)."""
    from urllib.parse import parse_qs

    from tests.redteam.b57_joomla3_s5designcontrol_hacked import SITE

    def served(path: str, query: str = "") -> HtmlResponse:
        _, _, body = SITE.route(path, parse_qs(query), query, "http://h")
        url = f"http://h{path}" + (f"?{query}" if query else "")
        return HtmlResponse(url, body=body, encoding="utf-8", request=Request(url))

    spider = family_spider("generic", "http://h/index.php/news")()
    list(spider.walk_listing(served("/index.php/news"), 1))
    last = served("/index.php/news/news-2565", "start=5")
    asked = [r.url for r in spider.walk_listing(last, 2) if isinstance(r, Request)]
    assert "http://h/index.php/news/news-2565/406-pr406" in asked
    assert "http://h/index.php/news/news-2565/403-pr403" in asked


def test_a_sorry_no_such_document_page_is_no_article() -> None:
    article = normalized(
        "<html><body><h1>ข่าวประชาสัมพันธ์</h1><div>เมนูหลัก</div><p>ขออภัย "
        "ไม่พบเอกสารที่ท่านต้องการ หรือเอกสารหมดอายุการเผยแพร่แล้ว</p></body></html>"
    )
    assert not_an_article(article) is not None
