"""Rules from the forty-ninth blind round, each on a small page of the shape that showed it.

The office byline ("โดย กลุ่ม...") has line cases in tests/test_boilerplate.py; the listing date
travelling with the request is crawled end to end in tests/test_redteam_crawl.py (round 49).
"""

from __future__ import annotations

from urllib.parse import urljoin

from crawler.urls import canonical_url
from pipelines.generic import extract_generic
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.layouts.cards import in_card
from pipelines.layouts.row_dates import row_dates
from pipelines.normalize import normalize_article

THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙"
HEADLINE = "กรมส่งเสริมสหกรณ์จัดอบรมพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ทั่วประเทศ"
STORY = (
    "<p>เมื่อวันที่ 3 มิถุนายน 2561 นายปรเมธี วิมลศิริ ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของ"
    "มนุษย์ ชี้แจงปัญหาการค้าประเวณีกับการละเมิดสิทธิมนุษยชน ตามที่มูลนิธิเอ็มพาวเวอร์จัดเสวนา"
    "ปัญหาการค้ามนุษย์ ที่หอศิลปวัฒนธรรมแห่งกรุงเทพมหานคร มีประเด็นดังนี้</p>"
    "<p>กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ โดยกรมกิจการสตรีและสถาบันครอบครัว เป็นผู้"
    "รับผิดชอบการขับเคลื่อนภารกิจตามพระราชบัญญัติป้องกันและปราบปรามการค้าประเวณี ซึ่งมีเจตนารมณ์"
    "ในการกำหนดมาตรการบทลงโทษ และคุ้มครองบุคคลที่ถูกค้าประเวณี โดยเฉพาะเด็กและเยาวชน</p>"
)


def article_page(extra: str = "", headline: str = HEADLINE) -> Page:
    """An article page printing no date of its own: the only date is one its story tells."""
    return Page(
        text=f"<html><head><title>สำนักงาน</title></head><body><div id='main'><h1>{headline}</h1>"
        f"{extra}<div class='content'>{STORY}</div></div></body></html>"
    )


def read(page: Page, url: str, cms: str = "generic", **kwargs: str) -> object:
    listed_date = kwargs.pop("listed_date", None)
    article = read_article(layout(cms), page, url, site="x", **kwargs)
    article.listed_date_raw = listed_date
    return normalize_article(article)


def test_the_listing_date_dates_a_page_whose_only_date_is_its_storys() -> None:
    article = read(article_page(), "http://h/news-detail-350.html", listed_date="๐๕/๐๓/๕๔")
    assert article.published_at == "2011-03-05"
    assert article.published_source == "listing: date beside the link"
    alone = read(article_page(), "http://h/news-detail-350.html")
    assert alone.published_at == "2018-06-03"  # no listing date: the story's stays


def test_a_dated_permalink_dates_a_page_printing_none() -> None:
    article = read(article_page(), "http://h/2024/06/13/pr67-115/")
    assert article.published_at == "2024-06-13"


def test_the_pages_own_date_beats_the_listings() -> None:
    own = "<div class='meta'><span class='date'>วันที่ 5 มีนาคม 2567 เวลา 14.20 น.</span></div>"
    article = read(article_page(own), "http://h/2024/06/13/x/", listed_date="1 ม.ค. 67")
    assert article.published_at == "2024-03-05T14:20:00+07:00"


def test_a_listing_rows_date_piece_not_an_excerpts_date() -> None:
    rows = "".join(
        f"<tr><td><a href='news-detail-{n}.html'>{HEADLINE} {n}..</a> "
        f"<font color='#999'>[{THAI_DIGITS[n]}/๐๓/๕๔]</font></td><td>อ่าน ๑๒</td></tr>"
        for n in range(1, 5)
    )
    cards = "".join(
        f"<li><a href='/story/{n}'>{HEADLINE} {n}</a><p>เมื่อวันที่ 3 มิถุนายน 2561 "
        f"นายปรเมธี วิมลศิริ ปลัดกระทรวง ชี้แจงปัญหา</p></li>"
        for n in range(1, 3)
    )
    page = Page(text=f"<html><body><table>{rows}</table><ul>{cards}</ul></body></html>")
    wanted = {canonical_url(f"http://h/news-detail-{n}.html") for n in range(1, 5)}
    wanted |= {canonical_url(f"http://h/story/{n}") for n in range(1, 3)}
    found = row_dates(page, "http://h/news.html", wanted)
    assert found[canonical_url("http://h/news-detail-3.html")] == "๓/๐๓/๕๔"
    assert canonical_url("http://h/story/1") not in found


def test_an_editors_short_listing_headline_keeps_the_pages_whole_title() -> None:
    crumb = f"<ul class='crumbs'><li>ข่าว</li><li><div class='item'>{HEADLINE}</div></li></ul>"
    whole = f"{HEADLINE} ประจำปีงบประมาณ 2567"
    page = Page(text=article_page(headline=whole).text.replace("<h1>", crumb + "<h1>"))
    article = read(page, "http://h/th/news/2412", listed_title=HEADLINE)
    assert article.title == whole


def test_a_drupal_field_labelled_compiled_by_is_the_source() -> None:
    field = (
        "<div class='field field-name-field-source field-label-inline'>"
        "<div class='field-label'>เรียบเรียง:&nbsp;</div><div class='field-items'>"
        "<div class='field-item even'>ศูนย์ป่าไม้น่าน</div></div></div>"
    )
    page = Page(
        text="<html><body><h1 class='title'>ข่าว ก</h1><div class='node node-full'>"
        "<div class='content'><div class='field field-name-body'><div class='field-items'>"
        f"<div class='field-item even' property='content:encoded'>{STORY}</div></div></div>"
        f"{field}</div></div></body></html>"
    )
    article = read(page, "http://h/node/1286", cms="drupal")
    assert article.source == "ศูนย์ป่าไม้น่าน"


def test_a_meta_list_with_a_category_among_its_data_is_no_text() -> None:
    meta = (
        "<dl class='post-meta'><dt>วันที่เผยแพร่</dt><dd>17 ก.ย. 67 เวลา 07.35 น.</dd>"
        "<dt>หมวดหมู่</dt><dd><a href='/news'>ข่าวประชาสัมพันธ์</a></dd>"
        "<dt>เข้าชม:</dt><dd>915</dd></dl>"
    )
    page = Page(
        text=f"<html><body><article class='post'><h1>{HEADLINE}</h1>{meta}{STORY}"
        "<p>๔. ครอบครัวทองสุข</p><p>๕. คุณสมภพ ยืนยาวและครอบครัว</p></article></body></html>"
    )
    article = read(page, "http://h/news/post/a-1")
    assert "วันที่เผยแพร่" not in article.body
    assert "เข้าชม" not in article.body
    assert article.view_count == 915
    assert article.published_at == "2024-09-17T07:35:00+07:00"


def test_a_joomla_blog_in_html5_sections_lists_its_leading_article() -> None:
    def item(n: int, readmore: bool) -> str:
        more = (
            f"<section class='article-readmore'><p class='readmore'><a href='/th/pr/{n}-x'>"
            "อ่านเพิ่มเติม...</a></p></section>"
            if readmore
            else ""
        )
        return (
            f"<header><h2><a href='/th/pr/{n}-x'>{HEADLINE} {n}</a></h2></header>"
            f"<section class='article-intro'><p>ข้อความ {n}</p></section>{more}"
        )

    page = Page(
        text="<html><body><section class='blog'><section class='leading-articles'>"
        f"<article class='article 0'>{item(9, False)}</article></section>"
        "<section class='intro-articles'><div class='articles-row'>"
        + "".join(f"<div class='item column-1'>{item(n, True)}</div>" for n in range(5, 9))
        + "</div></section></section></body></html>"
    )
    links = layout("joomla").extract_links(page, "http://h/th/pr")
    assert [href for href, _ in links] == [f"http://h/th/pr/{n}-x" for n in (9, 5, 6, 7, 8)]


def test_a_date_in_another_articles_latest_row_is_not_the_pages() -> None:
    latest = "".join(
        f"<li class='views-row'><div class='views-field-title'><a href='/node/128{n}'>"
        f"{HEADLINE} {n}</a></div><div class='views-field-created'>2{n} มี.ค. 67</div></li>"
        for n in range(1, 5)
    )
    html = article_page().text.replace(
        "</body>", f"<div class='sidebar'><h2>ข่าวล่าสุด</h2><ul>{latest}</ul></div></body>"
    )
    url = "http://h/node/1286"
    parts = extract_generic(
        html, url, in_card=lambda el: in_card(el, url, lambda h: urljoin(url, h))
    )
    assert parts.published_source != "printed: date element"
    assert "มี.ค. 67" not in (parts.published_raw or "")


def test_an_events_days_near_the_headline_are_not_the_posts_day() -> None:
    info = (
        "<dl class='article-info'><dd><div class='published'>เผยแพร่: วันอาทิตย์, 23 มิถุนายน 2024"
        "</div></dd><dd><div class='hits'>ฮิต: 508</div></dd></dl>"
    )
    story = "<p>ซึ่งจัดขึ้นระหว่างวันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐</p>"
    page = Page(
        text=f"<html><body><div class='item-page'><h1>{HEADLINE}</h1>{story}{info}"
        f"<div itemprop='articleBody'>{STORY}</div></div></body></html>"
    )
    for cms in ("generic", "joomla"):
        article = read(page, "http://h/th/pr-news/1297-x", cms=cms)
        assert article.published_at == "2024-06-23", cms
