"""Rules from the fifty-fourth blind round, each on a small page of the shape that showed it.

Page links, the page-break index, fiscal-year items, unfilled counters and server errors have
line cases in tests/test_boilerplate.py; a comment's date (pipelines.generic.in_other_items),
a date's time on the next line (pipelines.text._timed_by_next), the next page of a split
article (pipelines.layouts.split_pages) and the join (pipelines.parts) have doctests. Whole
sites of each kind are crawled in tests/test_redteam_crawl.py (round 54).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.items import Article
from crawler.spiders.site import family_spider
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.layouts.split_pages import next_part
from pipelines.normalize import normalize_article
from pipelines.text import clean_lines

HEADLINE = "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมอาชีพการทำผ้าทอมือให้กลุ่มสตรีในหมู่บ้าน"
OWN = (
    "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมอาชีพการทำผ้าทอมือให้กลุ่มสตรีในหมู่บ้าน เพื่อเพิ่มรายได้"
    "ให้ครัวเรือน โดยมีวิทยากรจากศูนย์ศิลปาชีพมาถ่ายทอดความรู้ตลอดสามวันของการอบรม "
    "ผู้เข้ารับการอบรมจะได้รับวัสดุอุปกรณ์สำหรับเริ่มต้นการผลิตเป็นของตนเอง"
)
NEXT = (
    "กรมการพัฒนาชุมชนเปิดตลาดนัดผลิตภัณฑ์ชุมชนประจำเดือน ให้ผู้ประกอบการโอทอปนำสินค้ามาจำหน่าย"
    "แก่ประชาชนทั่วไป ณ ลานหน้าศาลากลางจังหวัด ตลอดทั้งสัปดาห์ มีสินค้ากว่าสองร้อยรายการ "
    "ทั้งอาหารแปรรูป ผ้าพื้นเมือง และเครื่องจักสาน"
)


def normalized(
    html: str, url: str = "http://h/news/7/slug", cms: str = "generic", listed: str | None = None
) -> Article:
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x", listed_title=listed))


def test_the_next_article_printed_in_full_below_is_no_part_of_the_story() -> None:
    # an infinite-scroll theme prints the next post whole under the story, its headline linked
    html = (
        f"<html><body><main><article class='news-detail'><h1>{HEADLINE}</h1>"
        f"<div class='article-body'><p>{OWN}</p></div>"
        "<p class='news-source'>ที่มา : กลุ่มงานส่งเสริมการมีงานทำ</p></article>"
        "<section class='next-article'><div>ข่าวถัดไป</div><article class='news-detail'>"
        "<h2><a href='/news/8/market'>กรมการพัฒนาชุมชนเปิดตลาดนัดผลิตภัณฑ์ชุมชนประจำเดือน</a></h2>"
        f"<div class='article-body'><p>{NEXT}</p><p>{NEXT}</p></div>"
        "<p class='news-source'>ข่าว/ภาพ : สำนักงานพัฒนาชุมชนอำเภอ</p></article></section>"
        "</main></body></html>"
    )
    article = normalized(html)
    assert "ถ่ายทอดความรู้ตลอดสามวัน" in article.body
    assert "ตลาดนัดผลิตภัณฑ์ชุมชน" not in article.body
    assert article.source == "กลุ่มงานส่งเสริมการมีงานทำ"


def test_a_headline_linked_to_its_own_page_keeps_its_text() -> None:
    # a theme linking the single post's headline to its permalink: the story, not another one
    html = (
        f"<html><body><div class='post'><h2><a href='/news/7/slug/'>{HEADLINE}</a></h2>"
        f"<div class='entry'><p>{OWN}</p><p>{OWN}</p></div></div></body></html>"
    )
    assert "ถ่ายทอดความรู้ตลอดสามวัน" in normalized(html, listed=HEADLINE).body


def test_the_text_is_looked_for_outside_the_footer() -> None:
    # four short paragraphs of a Senate answer; the footer's address paragraph is longer
    lines = [
        "สรุปการตอบกระทู้ถามในการประชุมวุฒิสภา วันจันทร์ที่ ๑๓ มกราคม ๒๕๖๓",
        "เรื่อง การแก้ไขปัญหาอุทกภัยและภัยแล้งนอกเขตชลประทานอย่างยั่งยืน",
        "ผู้ตั้งกระทู้ถาม นายระวี รุ่งเรือง สมาชิกวุฒิสภา",
        "ถาม รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม",
    ]
    html = (
        "<html><body><div id='main'><h1 id='page-title'>การแก้ไขปัญหาอุทกภัยและภัยแล้ง</h1>"
        "<div class='node'><div class='field-item'>"
        + "".join(f"<p>{line}</p>" for line in lines)
        + "</div></div></div><div id='footer'><div id='footer-message'><p>สำนักงานพัฒนาชุมชน"
        "จังหวัดน่าน<br>ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน "
        "จังหวัดน่าน 55000<br>โทรศัพท์ 0 5471 0012</p></div></div></body></html>"
    )
    article = normalized(html)
    assert article.body is not None
    assert "ผู้ตั้งกระทู้ถาม" in article.body and "ศาลากลาง" not in article.body


def test_a_comments_machine_date_is_no_page_date() -> None:
    # the page dates itself only by its dateline; a comment's <time datetime> is a day later
    html = (
        f"<html><body><article><h1>{HEADLINE}</h1><div class='body'>"
        f"<p>น่าน 5 มี.ค. 67 - {OWN}</p></div></article><section class='comments' id='comments'>"
        "<ol class='comments-list'><li class='comment'><p class='comment-author'>ชาวบ้าน "
        "<time datetime='2024-03-06T10:06:00+07:00'>06/03/2024</time></p>"
        "<div class='comment-body'><p>เป็นประโยชน์มากครับ</p></div></li></ol></section>"
        "</body></html>"
    )
    assert normalized(html).published_at == "2024-03-05"


def test_a_date_row_and_the_time_row_under_it_are_one_date() -> None:
    cleaned = clean_lines(["วันพุธที่ ๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๗", "เวลา ๐๗.๑๒ น.", OWN])
    assert cleaned.published_raw == "วันพุธที่ ๒๘ กุมภาพันธ์ พ.ศ. ๒๕๖๗ เวลา ๐๗.๑๒ น."
    assert cleaned.body == OWN
    # a time alone after the text's own line stays: it is no date's
    assert clean_lines([OWN, "เวลา ๐๗.๑๒ น."]).body == f"{OWN}\nเวลา ๐๗.๑๒ น."


def test_next_part_follows_joomla_and_drupal_page_links() -> None:
    joomla = "http://h/index.php?option=com_content&view=article&id=12:x&catid=9&Itemid=110"
    html = (
        "<p>ข้อความ</p><ul class='pager pagenav'><li class='next'>"
        f"<a href='{joomla}&amp;limitstart=1'>ถัดไป</a></li></ul>"
        # the previous and next articles' links are no pages of this one
        "<a href='/index.php?option=com_content&amp;view=article&amp;id=13:y&amp;catid=9'>ถัดไป</a>"
    )
    assert next_part(Page(text=html), joomla) == f"{joomla}&limitstart=1"
    drupal = "<ul class='pager'><li>1</li><li><a href='/node/7?page=0,1'>2</a></li></ul>"
    assert next_part(Page(text=drupal), "http://h/node/7") == "http://h/node/7?page=0,1"
    # on the second page, the third: the first is read already
    second = "<a href='/node/7'>1</a> <a href='/node/7?page=0,2'>3</a>"
    assert (
        next_part(
            Page(text=second),
            "http://h/node/7?page=0,1",
            first="http://h/node/7",
            read=["http://h/node/7"],
        )
        == "http://h/node/7?page=0,2"
    )


PAGE_ONE = (
    f"<html><body><article class='post'><h1 class='entry-title'>{HEADLINE}</h1>"
    f"<div class='entry-content'><p>{OWN}</p><div class='page-link'><span>หน้า:</span> "
    "<span>1</span> <a href='http://h/2024/03/05/news/2/'>2</a></div></div></article>"
    "</body></html>"
)
PAGE_TWO = (
    f"<html><body><article class='post'><h1 class='entry-title'>{HEADLINE}</h1>"
    f"<div class='entry-content'><p>{NEXT}</p><p>ที่มา : สำนักงานพัฒนาชุมชนจังหวัด</p>"
    "<div class='page-link'><span>หน้า:</span> <a href='http://h/2024/03/05/news/'>1</a> "
    "<span>2</span></div></div></article></body></html>"
)


def response(url: str, html: str) -> HtmlResponse:
    """A page as the crawl hands it to the spider (tied to its request)."""
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8", request=Request(url))


def test_the_crawl_joins_a_split_articles_pages_into_one_record() -> None:
    spider = family_spider("wordpress", "http://h/category/news/")()
    first = response("http://h/2024/03/05/news/", PAGE_ONE)
    (request,) = list(spider.read_article_here(first, HEADLINE))
    request = spider.with_parts(request, [first.url])
    assert isinstance(request, Request) and request.url == "http://h/2024/03/05/news/2/"
    second = response(request.url, PAGE_TWO)
    (article,) = list(spider.parse_part(second, **request.cb_kwargs))
    assert isinstance(article, Article)
    assert article.url == "http://h/2024/03/05/news/"
    assert "ถ่ายทอดความรู้" in article.body and "ตลาดนัดผลิตภัณฑ์" in article.body
    assert "หน้า:" not in article.body
    assert article.source == "สำนักงานพัฒนาชุมชนจังหวัด"


def test_a_part_that_does_not_download_loses_nothing() -> None:
    spider = family_spider("wordpress", "http://h/category/news/")()
    first = response("http://h/2024/03/05/news/", PAGE_ONE)
    (article,) = list(spider.read_article_here(first, HEADLINE))
    request = spider.with_parts(article, [first.url])

    class Failed:
        value = "TimeoutError"

    Failed.request = request
    (kept,) = list(spider.on_part_error(Failed()))
    assert kept is article
    # a part answering something else than a page of the article adds nothing either
    junk = response(request.url, "\x00\x01")
    (kept,) = list(spider.parse_part(junk, **request.cb_kwargs))
    assert "ถ่ายทอดความรู้" in normalize_article(kept).body


def test_extract_of_a_url_joins_the_pages_of_a_split_article() -> None:
    """`khaosan extract URL` gives the record a crawl stores: every page's text, the sign-off
    at the end of the last page; a saved file stays one page (no address to fetch from)."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from click.testing import CliRunner

    from crawler.cli import cli

    pages = {"/2024/03/05/news/": PAGE_ONE, "/2024/03/05/news/2/": PAGE_TWO}

    class Pages(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 (http.server's name)
            body = pages[self.path].replace("http://h/", f"http://{self.headers['Host']}/")
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.end_headers()
            self.wfile.write(body.encode())

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Pages)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/2024/03/05/news/"
        result = CliRunner().invoke(cli, ["extract", url, "--cms", "wordpress"])
    finally:
        server.shutdown()
    assert result.exit_code == 0, result.output
    record = json.loads(result.output)
    assert record["url"] == url
    assert "ถ่ายทอดความรู้" in record["body"] and "ตลาดนัดผลิตภัณฑ์" in record["body"]
    assert record["source"] == "สำนักงานพัฒนาชุมชนจังหวัด"
