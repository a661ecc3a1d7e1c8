"""Rules from the fifty-fifth blind round, each on a small page or response of its shape.

Doctests cover the pieces (pipelines.click_links, crawler.urls.browser_href and
case_twin_key, pipelines.html_tree.print_written_text, pipelines.layouts.base.titles_as_text);
line cases of the counters are in tests/test_boilerplate.py. Whole sites of each kind (cookie
walls, moved addresses, script rows, backslash links) are crawled in tests/test_redteam_crawl.py
(round 55).
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse
from scrapy.utils.test import get_crawler

from crawler.middlewares import ScriptRedirectMiddleware, SelfRedirectMiddleware
from crawler.spiders.site import family_spider
from pipelines.layouts import layout, read_article, read_links_checked
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานสหกรณ์จังหวัดจัดประชุมใหญ่สามัญประจำปีของสหกรณ์การเกษตรในพื้นที่"
TEXT = (
    "สำนักงานสหกรณ์จังหวัดจัดประชุมใหญ่สามัญประจำปีของสหกรณ์การเกษตรในพื้นที่ เพื่อรายงานผล"
    "การดำเนินงานและพิจารณาจัดสรรกำไรสุทธิประจำปี โดยมีสมาชิกเข้าร่วมประชุมกว่าห้าร้อยคน "
    "ณ หอประชุมอำเภอเมือง"
)


def normalized(html: str, url: str = "http://h/news/view/5", cms: str = "generic"):
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x", listed_title=HEADLINE))


def test_a_cookie_walls_redirect_to_itself_is_fetched_again() -> None:
    crawler = get_crawler(settings_dict={"REDIRECT_MAX_TIMES": 5})
    middleware = SelfRedirectMiddleware.from_crawler(crawler)
    asked = Request("http://h/news", dont_filter=False)
    wall = HtmlResponse(
        "http://h/news",
        status=302,
        headers={"Location": "/news", "Set-Cookie": "TS01=abc; Path=/"},
        request=asked,
    )
    again = middleware.process_response(asked, wall)
    assert isinstance(again, Request) and again.url == "http://h/news"
    assert again.dont_filter  # past the duplicate filter, with the cookie
    moved = HtmlResponse("http://h/a", status=301, headers={"Location": "/b"}, request=asked)
    assert not middleware.process_response(asked, moved).dont_filter  # other redirects as ever


def test_a_moved_address_that_jumps_on_by_script_is_followed() -> None:
    middleware = ScriptRedirectMiddleware.from_crawler(get_crawler())
    asked = Request("http://h/pr/shownews.asp?no=204")
    moved = HtmlResponse(
        asked.url,
        body=(
            "<html><body><p>ระบบข่าวเดิมได้ย้ายไปยังระบบใหม่แล้ว</p><script>\n<!--\n"
            "window.location.replace('..\\\\news\\\\news_view.asp?ID=204');\n//-->\n</script>"
            "</body></html>"
        ).encode(),
        encoding="utf-8",
        request=asked,
    )
    sent = middleware.process_response(asked, moved)
    assert isinstance(sent, Request)
    assert sent.url == "http://h/news/news_view.asp?ID=204"
    # a page of text whose script jumps (a mobile redirect) is read, not left
    article = HtmlResponse(
        asked.url,
        body=f"<html><body><p>{TEXT * 3}</p><script>location.href='/m/';</script>".encode(),
        encoding="utf-8",
        request=asked,
    )
    assert middleware.process_response(asked, article) is article


def test_listing_rows_that_open_their_article_by_script_are_listed() -> None:
    rows = "".join(
        f"<tr onclick=\"location.href='news_detail.php?id={n}'\"><td>{n}</td>"
        f"<td>ประชุมคณะกรรมการจังหวัดครั้งที่ {n} ประจำปีงบประมาณ</td><td>5 มี.ค. '67</td></tr>"
        for n in range(1, 6)
    )
    page = Page(text=f"<html><body><table class='news'>{rows}</table></body></html>")
    links, _ = read_links_checked(layout("generic"), page, "http://h/news/index.php")
    assert [url for url, _ in links][:2] == [
        "http://h/news/news_detail.php?id=1",
        "http://h/news/news_detail.php?id=2",
    ]


def test_backslash_links_and_case_twins_of_an_iis_listing_are_one_article_each() -> None:
    rows = "".join(
        f'<li><a href="..\\news\\news_view.asp?ID={n}">ประกาศรับสมัครงานตำแหน่งที่ {n} '
        "ของสำนักงาน</a></li>"
        for n in range(1, 6)
    )
    side = '<div class="side"><a href="/NEWS/NEWS_VIEW.ASP?ID=1">ประกาศรับสมัครงานตำแหน่งที่ 1</a></div>'
    html = f"<html><body><ul>{rows}</ul>{side}</body></html>"
    spider = family_spider("generic", "http://h/news/news_list.asp")()
    listing = HtmlResponse(
        "http://h/news/news_list.asp",
        body=html.encode(),
        encoding="utf-8",
        request=Request("http://h/news/news_list.asp"),
    )
    asked = [r.url for r in spider.walk_listing(listing, 1) if isinstance(r, Request)]
    articles = [url for url in asked if "news_view" in url.lower()]
    assert articles[0] == "http://h/news/news_view.asp?ID=1"
    assert len(articles) == 5  # the side box's upper-case twin of ID=1 is no sixth


def test_a_counter_written_by_script_and_a_date_without_a_time() -> None:
    html = (
        f"<html><body><div class='news'><h3>{HEADLINE}</h3><table class='info'>"
        "<tr><th>วันที่ลงข่าว :</th><td>2567-03-25 00:00:00</td></tr>"
        '<tr><th>การเข้าชม :</th><td>อ่าน <script>document.write("1,931");</script>'
        "<noscript>1,931</noscript> ครั้ง</td></tr></table>"
        f"<div class='body'><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>"
    )
    article = normalized(html)
    assert article.view_count == 1931
    assert article.published_at == "2024-03-25"  # a database's empty time is no time


def test_a_read_only_textarea_keeps_its_lines() -> None:
    html = (
        f"<html><body><div class='news'><h3>{HEADLINE}</h3><div class='news-body'>"
        f"<textarea readonly>{TEXT}\n\n{TEXT}\n\nข่าว : กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"
        "</textarea></div></div></body></html>"
    )
    article = normalized(html)
    assert article.source == "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"
    assert article.body.count("\n") >= 1


def test_a_twenty_ten_post_reads_its_time_and_change_from_tooltips() -> None:
    html = (
        "<html><body><div id='post-7' class='post-7 post type-post hentry'>"
        f"<h1 class='entry-title'>{HEADLINE}</h1><div class='entry-meta'>โพสต์เมื่อ "
        "<a href='/p/7.html' title='12:28:37 น.' rel='bookmark'><span class='entry-date' "
        "title='แก้ไขล่าสุด 5/4/2567 03:30:56 น.'>27/3/2567</span></a> โดย admin</div>"
        f"<div class='entry-content'><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>"
    )
    for cms in ("wordpress", "generic"):
        article = normalized(html, "http://h/p/7.html", cms)
        assert article.published_at == "2024-03-27T12:28:37+07:00", cms
        assert article.modified_at == "2024-04-05T03:30:56+07:00", cms


def test_hashtags_in_a_meta_row_leave_the_row_data() -> None:
    html = (
        f"<html><body><article><h1>{HEADLINE}</h1><div class='meta'>"
        "<span><a href='/c'>ข่าวประชาสัมพันธ์</a></span><span>#สหกรณ์ #ประชุมใหญ่</span>"
        "<span>9/3/2567 12:32:38 น.</span><span>เขียนโดย งานประชาสัมพันธ์</span></div>"
        f"<div class='text'><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"
    )
    article = normalized(html)
    assert "เขียนโดย" not in article.body and "#สหกรณ์" not in article.body
    assert article.published_at == "2024-03-09T12:32:38+07:00"


def test_a_two_digit_year_after_an_apostrophe() -> None:
    from pipelines.thai_dates import parse_thai_date

    assert str(parse_thai_date("5 มี.ค. '67")) == "2024-03-05"
    assert str(parse_thai_date("30 ม.ค. ’67")) == "2024-01-30"
