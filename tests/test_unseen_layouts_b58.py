"""Rules from the fifty-eighth blind round, each on a small page or response of its shape.

Doctests cover the pieces (crawler.splash.enter_link, crawler.frames, pipelines.render_time,
pipelines.html_tree.show_inline_frames and join_word_breaks, pipelines.text._labelled_row);
dates echoed in the other era are rows of tests/data/dates.json. Whole sites of each kind
(intro pages, frames, lying metadata, rate limits) are crawled in tests/test_redteam_crawl.py
(round 58).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler import settings as project_settings
from crawler.items import Article
from crawler.spiders.site import family_spider
from crawler.splash import SPLASH_FOR, SplashPageMiddleware
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่"
TEXT = (
    "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่ ให้แก่เกษตรกรในพื้นที่"
    "กว่าห้าร้อยราย โดยมีการสาธิตการปรับปรุงบำรุงดิน การผลิตเมล็ดพันธุ์ข้าวคุณภาพดี และการป้องกัน"
    "กำจัดศัตรูพืชโดยวิธีผสมผสาน ณ ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร"
)
OFFICE = "สำนักงานจังหวัดพิจิตร"


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5") -> Article:
    page = Page(text=html)
    return normalize_article(read_article(layout(cms), page, url, site="x"))


def html_response(url: str, html: str, request: Request | None = None) -> HtmlResponse:
    return HtmlResponse(url, body=html.encode(), encoding="utf-8", request=request or Request(url))


INTRO = (
    f"<html><body class='intro-page'><img src='/banner.jpg' alt='ทรงพระเจริญ'>"
    f"<p>ข้าพระพุทธเจ้า คณะผู้บริหาร ข้าราชการ และเจ้าหน้าที่ {OFFICE}</p>"
    "<p><a href='/?intro=enter'>เข้าสู่เว็บไซต์</a> | <a href='/?intro=enter'>ENTER SITE</a></p>"
    "</body></html>"
)


def test_an_intro_page_is_entered_and_the_page_asked_for_again() -> None:
    middleware = SplashPageMiddleware.from_crawler(family_spider_crawler())
    asked = Request("http://h/category/news/", meta={"khaosan_kind": "listing"})
    intro = html_response("http://h/intro/", INTRO, asked)
    entering = middleware.process_response(asked, intro)
    assert isinstance(entering, Request) and entering.url == "http://h/?intro=enter"
    assert entering.meta[SPLASH_FOR] == "http://h/category/news/" and entering.dont_filter
    home = html_response("http://h/", "<html><body><p>หน้าแรก</p></body></html>", entering)
    again = middleware.process_response(entering, home)  # the way in led to the home page
    assert isinstance(again, Request) and again.url == "http://h/category/news/"
    listing = html_response(again.url, INTRO, again)  # shown again: left to the spider
    assert middleware.process_response(again, listing) is listing


def test_a_not_found_page_with_a_home_link_is_no_intro_page() -> None:
    middleware = SplashPageMiddleware.from_crawler(family_spider_crawler())
    asked = Request("http://h/news/9")
    gone = html_response(
        asked.url, "<html><body><p>ไม่พบข้อมูล</p><a href='/'>กลับสู่หน้าหลัก</a></body></html>", asked
    )
    assert middleware.process_response(asked, gone) is gone


def family_spider_crawler():  # type: ignore[no-untyped-def]
    from scrapy.utils.test import get_crawler

    return get_crawler(settings_dict={"REDIRECT_MAX_TIMES": 5})


def test_a_rate_limit_is_retried() -> None:
    assert 429 in project_settings.RETRY_HTTP_CODES


def lying_post(now: datetime, printed: str = "10 พฤศจิกายน 2561") -> str:
    stamp = now.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    return (
        f"<html><head><title>{HEADLINE} | {OFFICE}</title>"
        f"<meta property='og:title' content='{OFFICE}'>"
        f"<meta property='og:site_name' content='{OFFICE}'>"
        f"<meta property='article:published_time' content='{stamp}'>"
        f"<meta property='article:modified_time' content='{stamp}'></head><body>"
        f"<h1 class='screen-reader-text'>{OFFICE}</h1>"
        f"<div class='post hentry'><h2 class='entry-title'>{HEADLINE}</h2>"
        f"<div class='entry-meta'><span class='onDate'><span class='entry-date'>{printed}"
        "</span> <span class='entry-time'> - 08:13</span></span></div>"
        f"<div class='entry-content'><p>{TEXT}</p></div></div></body></html>"
    )


def test_declared_times_of_the_moment_the_page_was_served_give_way_to_the_printed_date() -> None:
    for cms in ("wordpress", "generic"):
        article = normalized(lying_post(datetime.now(UTC)), cms, "http://h/archives/2172")
        assert article.title == HEADLINE, cms  # og:title naming the site is no headline
        assert article.published_at == "2018-11-10T08:13:00+07:00", cms
        assert article.modified_at is None, cms


def test_an_old_declared_time_is_still_the_articles() -> None:
    modified = datetime.now(UTC) - timedelta(days=3)
    html = lying_post(modified).replace(
        "article:published_time' content='", "article:published_time' content='2018-11-10T01:13"
    )
    article = normalized(html, "wordpress", "http://h/archives/2172")
    assert article.modified_at is not None and article.modified_at.startswith(
        modified.astimezone(UTC).strftime("%Y-%m")
    )


def test_a_visually_hidden_h1_is_no_headline() -> None:
    article = normalized(
        f"<html><head><title>ข่าวประชาสัมพันธ์ - {OFFICE}</title></head><body>"
        f"<h1 class='sr-only'>{OFFICE}</h1><div class='news-detail'><h2>{HEADLINE}</h2>"
        f"<p>{TEXT}</p></div></body></html>"
    )
    assert article.title == HEADLINE


def test_word_breaks_join_their_word() -> None:
    article = normalized(
        f"<html><body><article><h1>ผลประชุ<wbr>ม ก.ค.ศ. 8/2561</h1>"
        f"<p>{TEXT[:40]}<wbr>{TEXT[40:]}</p></article></body></html>"
    )
    assert article.title == "ผลประชุม ก.ค.ศ. 8/2561"
    assert TEXT in (article.body or "")


def test_an_embedded_clip_and_social_post_are_no_text() -> None:
    html = (
        f"<html><body><article><h1>{HEADLINE}</h1><p>{TEXT}</p>"
        "<p><iframe src='https://www.youtube.com/embed/x'></iframe></p>"
        "<p><em>คลิปวิดีโอ : กิจกรรมของสำนักงาน</em></p>"
        "<div class='fb-post' data-href='https://www.facebook.com/o/posts/1'>"
        "<blockquote class='fb-xfbml-parse-ignore'><p>วันที่ 7 มีนาคม 2561</p>Posted by "
        "<a href='https://www.facebook.com/o'>สำนักงาน</a></blockquote>"
        "<a href='https://www.facebook.com/o/posts/1'>ดูโพสต์นี้บน Facebook</a></div>"
        "<p>วันที่ 28 พฤษภาคม 2567 เวลา 14:09 น.</p></article></body></html>"
    )
    for cms in ("generic", "wordpress"):
        article = normalized(html, cms)
        body = article.body or ""
        assert TEXT in body and "คลิปวิดีโอ" not in body, cms
        assert "Facebook" not in body and "Posted by" not in body, cms
        assert not (article.published_at or "").startswith("2018"), cms


def test_a_field_table_prints_its_labels_twice() -> None:
    article = normalized(
        f"<html><body><table class='newsdetail'><tr><td class='newsTopic'>{HEADLINE}</td></tr>"
        "<tr><td><table><tr><td>วันที่</td><td>ประกาศเมื่อ : ๒๓ ม.ค. ๒๕๕๒ (23 ม.ค. 2009) "
        "เวลา ๐๗:๒๘ น.</td></tr><tr><td>กำหนดการ</td><td>กำหนดการ : ๒๙-๓๑ ม.ค. ๒๕๕๒</td></tr>"
        "<tr><td>ผู้อ่าน</td><td>ผู้อ่าน : ๑,๓๗๖ ครั้ง</td></tr></table></td></tr>"
        f"<tr><td class='newsbody'><p>{TEXT}</p><p>ที่มา : สำนักงานปศุสัตว์จังหวัดลำพูน</p>"
        "</td></tr></table></body></html>"
    )
    assert article.published_at == "2009-01-23T07:28:00+07:00"
    assert article.view_count == 1376
    assert "กำหนดการ" not in (article.body or "") and "ผู้อ่าน" not in (article.body or "")


def test_an_article_whose_text_is_in_a_frame_is_read_with_the_frames_text() -> None:
    spider = family_spider("generic", "http://h/news")()
    outer = html_response(
        "http://h/news/4530",
        f"<html><head><title>ข่าว - กรม</title></head><body><h1 class='sr-only'>กรม</h1>"
        f"<div class='news-detail'><h2>{HEADLINE}</h2><span>๒๔ มิ.ย. ๒๕๖๗ (2024)</span> "
        "<span>เวลา ๑๖.๕๕ น.</span><iframe title='เนื้อหาข่าว' src='/news/4530/content'></iframe>"
        "</div></body></html>",
    )
    item = next(spider.read_article_here(outer, HEADLINE))
    asked = spider.frame_request(outer, item, HEADLINE)
    assert asked is not None and asked.url == "http://h/news/4530/content"
    frame = html_response(
        asked.url, f"<html><body><p>{TEXT}</p><p>ข่าว/ภาพ : กลุ่มประชาสัมพันธ์</p></body></html>", asked
    )
    (read,) = list(spider.parse_framed(frame, **asked.cb_kwargs))
    article = normalize_article(read)
    assert article.title == HEADLINE and TEXT in (article.body or "")
    assert article.url == "http://h/news/4530"
    assert article.published_at == "2024-06-24T16:55:00+07:00"
    assert spider.frame_request(outer, article, HEADLINE) is None  # a page with its text: none


def test_a_frame_written_into_the_page_is_read_in_place() -> None:
    srcdoc = f"&lt;html&gt;&lt;body&gt;&lt;p&gt;{TEXT}&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;"
    article = normalized(
        f"<html><body><div class='news-detail'><h2>{HEADLINE}</h2>"
        f"<iframe title='เนื้อหาข่าว' srcdoc='{srcdoc}'></iframe></div></body></html>"
    )
    assert TEXT in (article.body or "")


def test_taxonomy_terms_in_a_drupal_nodes_header_are_its_tags() -> None:
    article = normalized(
        "<html><body><article class='node node--type-article'><header class='node-header'>"
        "<div>20 May 2024</div><div><a href='/taxonomy/term/31'>ผู้สูงอายุ</a></div></header>"
        f"<h1>{HEADLINE}</h1><div class='field field--name-body'><p>{TEXT}</p></div></article>"
        "</body></html>",
        "drupal",
        "http://h/node/2410",
    )
    assert article.tags == ["ผู้สูงอายุ"]


def test_a_category_link_marked_as_a_tag_is_no_tag() -> None:
    article = normalized(
        f"<html><body><article class='post hentry'><h1 class='entry-title'>{HEADLINE}</h1>"
        "<span class='bl_categ'><a href='/category/news/' rel='tag'>ข่าวประชาสัมพันธ์</a></span>"
        f"<div class='entry-content'><p>{TEXT}</p></div><div class='entry-utility'>Tagged "
        "<a href='/tag/pichit/' rel='tag'>พิจิตร</a></div></article></body></html>",
        "wordpress",
        "http://h/archives/2172",
    )
    assert article.tags == ["พิจิตร"]


def test_khaosan_check_enters_an_intro_page_as_the_crawl_does() -> None:
    from crawler.cli_check import fetch
    from tests.redteam import load_sites, serve

    (site,) = load_sites(["b58_drupal9_vani_splash_bom"])
    with serve(site) as base:
        listing = fetch(base + site.listing_path)
    assert "/splash" not in listing.url and "ENTER SITE" not in listing.text
    assert "/node/" in listing.text  # the news list itself


def test_khaosan_extract_of_a_url_enters_intro_pages_and_reads_text_frames() -> None:
    from crawler.extract import extract_bytes, fetch_url
    from tests.redteam import load_sites, serve

    framed, intro = load_sites(["b58_adonis_edge_dept_iframe429", "b58_drupal9_vani_splash_bom"])
    for site, path in ((framed, "/news/4530"), (intro, "/node/2276")):
        (expected,) = [a for a in site.expected() if a["url"] == path]
        with serve(site) as base:
            body, content_type, final = fetch_url(base + path)
            record = extract_bytes(
                body, url=final, cms=site.family, content_type=content_type, fetch=fetch_url
            )
        assert record["title"] == expected["title"], site.key
        assert all(m in (record["body"] or "") for m in expected["body_must"]), site.key
