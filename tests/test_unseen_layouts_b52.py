"""Rules from the fifty-second blind round, each on a small page of the shape that showed it.

Two credits on one source line ("ภาพ : A / ข่าว : B"), the labels ข้อมูล/ภาพ, แหล่งข้อมูล and
ที่มาข้อมูล, like / share / print counters and icon counts beside a view counter, "ดู N ครั้ง" and
a picture's "คลิกที่ภาพเพื่อดูขนาดใหญ่" have line cases in tests/test_boilerplate.py; an icon
font's glyph has a doctest in pipelines.text.clean_line.
"""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page, anchor_texts
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานสาธารณสุขจังหวัดน่านรณรงค์ป้องกันไข้เลือดออกในโรงเรียนทุกอำเภอ"
TEXT = (
    "<p>สำนักงานสาธารณสุขจังหวัดน่านรณรงค์ป้องกันไข้เลือดออกในโรงเรียนทุกอำเภอ โดยให้นักเรียน"
    "ร่วมกันทำลายแหล่งเพาะพันธุ์ยุงลายในบริเวณโรงเรียนและบ้านของตนเองทุกสัปดาห์</p>"
    "<p>ทั้งนี้ ขอให้ประชาชนช่วยกันสำรวจภาชนะที่มีน้ำขังรอบบ้าน และหากมีไข้สูงเกินสองวัน "
    "ให้รีบไปพบแพทย์ที่โรงพยาบาลใกล้บ้านทันที</p>"
)


def normalized(html: str, url: str = "http://h/blog/nan-1", cms: str = "generic") -> object:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def test_a_hero_header_holding_the_headline_gives_its_date_and_counter() -> None:
    # A blog theme prints the headline, its poster line and its counters in a header above
    # the page's columns: headline and text share no element but <body>. The counter's eye is
    # an icon font's glyph (U+F06E), the poster an office with a long name.
    html = (
        f"<html><head><title>{HEADLINE} - สำนักงานสาธารณสุขจังหวัดน่าน</title></head>"
        "<body><nav><a class='brand' href='/'><h1>สำนักงานสาธารณสุขจังหวัดน่าน</h1></a></nav>"
        "<header class='masthead'><div class='heading'>"
        f"<div class='post-title' role='heading' aria-level='1'>{HEADLINE}</div>"
        "<span class='meta'>โพสต์โดย <a href='/blog'>กลุ่มงานสุขศึกษาและประชาสัมพันธ์</a> "
        "เผยแพร่เมื่อ 24 March 2567 เวลา 14:48:22 น.</span>"
        "<div class='stats'><span class='badge'><span class='fa'>\uf06e</span> 543 Views</span> "
        "<span class='badge'><span class='fa'>\uf004</span> 13</span></div></div></header>"
        f"<div class='container'><article class='post'>{TEXT}</article>"
        "<aside><h4>ข่าวล่าสุด</h4><ul><li><a href='/blog/nan-2'>อีกข่าวหนึ่งของสำนักงาน</a>"
        "</li></ul></aside></div></body></html>"
    )
    article = normalized(html)
    assert article.title == HEADLINE
    assert article.published_at == "2024-03-24T14:48:22+07:00"
    assert article.view_count == 543
    assert "543" not in article.body


def test_an_inline_read_more_box_between_paragraphs_is_no_text() -> None:
    box = (
        "<div class='irp-box'><a href='/news/2417/'><span class='cta'>อ่านเพิ่มเติม</span> "
        "<span class='title'>จังหวัดน่านจัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567</span></a></div>"
    )
    paragraphs = TEXT.split("</p>", 1)
    body = paragraphs[0] + "</p>" + box + paragraphs[1]
    for cms in ("wordpress", "generic"):
        html = (
            "<html><body><article class='post type-post'><header class='entry-header'>"
            f"<h1 class='entry-title'>{HEADLINE}</h1><time class='entry-date published' "
            "datetime='2024-03-05T09:00:00+07:00'>March 5, 2024</time></header>"
            f"<div class='entry-content'>{body}</div></article></body></html>"
        )
        article = normalized(html, cms=cms)
        assert "วันเด็กแห่งชาติ" not in article.body, cms
        assert "อ่านเพิ่มเติม" not in article.body, cms
        assert "ให้รีบไปพบแพทย์" in article.body, cms


def test_a_badge_inside_a_listing_link_is_no_part_of_the_headline() -> None:
    html = (
        "<html><body><div class='list'><div class='row'><a href='/blog/nan-1'><h2>"
        f"{HEADLINE} <span class='badge'>NEW</span></h2></a></div>"
        "<div class='row'><a href='/blog/nan-2'><h2>งานปีใหม่ของสำนักงาน</h2></a></div>"
        "</div></body></html>"
    )
    texts = anchor_texts(Page(text=html), "http://h/blog")
    assert texts["http://h/blog/nan-1"] == HEADLINE
    assert texts["http://h/blog/nan-2"] == "งานปีใหม่ของสำนักงาน"  # a word ending in ใหม่ stays


def test_a_listing_entry_takes_its_read_more_not_its_category_link() -> None:
    # The headline's <a> has no href (a template's typo); the row's category link names the
    # listing itself, on every page of it.
    rows = "".join(
        f"<div class='item'><h4><a class='titlelink' ref='/news/{n}-x'>ข่าวที่ {n}</a></h4>"
        "<h3><a class='catlink' href='/index.php/news'>ข่าวกิจกรรม</a></h3>"
        f"<p>ย่อหน้านำของข่าวที่ {n}</p><div class='more'><a class='btn' "
        f"href='/index.php/news/{n}-x'>อ่านต่อ ...</a></div></div>"
        for n in (11, 12)
    )
    html = f"<html><body><div class='blog'>{rows}</div></body></html>"
    for listing in ("http://h/index.php/news", "http://h/index.php/news?start=8"):
        links = layout("joomla").extract_links(Page(text=html), listing)
        assert [url for url, _ in links] == [
            "http://h/index.php/news/11-x",
            "http://h/index.php/news/12-x",
        ], listing


def _response(url: str, asked: str | None) -> HtmlResponse:
    meta = {"redirect_urls": [asked]} if asked else {}
    return HtmlResponse(url, body=b"<html></html>", request=Request(url, meta=meta))


def test_an_article_redirected_to_the_home_page_is_gone() -> None:
    from crawler.spiders.site import redirected_home

    assert redirected_home(_response("http://h/", "http://h/news/2999/")) == "http://h/news/2999/"
    assert redirected_home(_response("http://h/index.php", "http://h/index.php?id=9")) == (
        "http://h/index.php?id=9"
    )
    # a moved article lands on another article, not home; no redirect at all is no case
    assert redirected_home(_response("http://h/news/3000/", "http://h/?p=3000")) is None
    assert redirected_home(_response("http://h/news/3000/", None)) is None


def test_an_article_pages_own_entry_keeps_its_link_to_itself() -> None:
    # is_listing asks the family for the entries of an article page: its one entry links the
    # page itself, and that stays its link (no other entry shares it).
    html = (
        "<html><body><div class='blog'><div class='item'><h2><a href='/index.php/news/5-x'>"
        "ข่าวที่ 5</a></h2><p>ย่อหน้าของข่าวที่ 5</p></div></div></body></html>"
    )
    links = layout("joomla").extract_links(Page(text=html), "http://h/index.php/news/5-x")
    assert [url for url, _ in links] == ["http://h/index.php/news/5-x"]
