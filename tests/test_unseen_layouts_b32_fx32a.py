"""Rules the 32nd and 33rd blind rounds showed (listings, archives, detection),
each checked on a small page written here."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse, Request

from crawler.cli_check import FamilyTrial, chosen
from crawler.spiders.site import family_spider
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.archives import archive_month

TEXT = (
    "สำนักงานที่ดินจังหวัดตัวอย่างจัดโครงการเดินสำรวจออกโฉนดที่ดินให้แก่ประชาชน"
    "ในพื้นที่อำเภอเมือง เพื่อสร้างความมั่นคงในการถือครองที่ดิน จำนวน 300 แปลง"
)


def test_a_wrapper_classed_with_sidebar_holds_the_listing() -> None:
    """A theme's column wrapper classed after its layout ("with_sidebar with_sidebar_right")
    says the page has a sidebar, not that the wrapper is one: its entries are the listing."""
    entries = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/archives/{k}'>"
        f"ข่าวประชาสัมพันธ์ที่ {k} โครงการเดินสำรวจออกโฉนดที่ดิน</a></h2><p>{TEXT}</p></article>"
        for k in (101, 102, 103, 104)
    )
    html = (
        "<html><body><div id='main-content'><div class='container'>"
        "<div id='content-area' class='with_sidebar with_sidebar_right clearfix'>"
        f"<div class='column-main'>{entries}</div>"
        "<div class='column-side'><ul><li><a href='/about/'>เกี่ยวกับเรา</a></li></ul></div>"
        "</div></div></div></body></html>"
    )
    links = layout("generic").extract_links(Page(text=html), "http://h.go.th/category/news/")
    assert [href for href, _ in links] == [
        f"http://h.go.th/archives/{k}" for k in (101, 102, 103, 104)
    ]


def _trial(family: str, status: int, evidence: int) -> FamilyTrial:
    """A family's trial on two articles, each read with its title, date and body."""
    records = [
        {
            "url": f"http://h.go.th/news/{n}",
            "title": f"ข่าวที่ {n}",
            "published_at": "2024-07-16",
            "body": TEXT,
            "problems": [],
        }
        for n in (1, 2)
    ]
    return FamilyTrial(family, status, records, [], evidence)


def test_a_page_naming_its_cms_read_whole_by_the_fallback_is_that_cms() -> None:
    """A Joomla generator meta and Joomla's media paths on a template the family's selectors
    do not know (they fail, the generic layout reads every article whole): Joomla it is; on
    a class name alone (weak evidence), generic stays."""
    generic = _trial("generic", 0, 0)
    assert chosen([_trial("joomla", 3, 5), _trial("wordpress", 3, 0), generic]).family == "joomla"
    assert chosen([_trial("joomla", 3, 1), generic]).family == "generic"


NEWS = "http://office.example.go.th"
MONTHS = {(2007, 3): "มี.ค. ๒๕๕๐", (2007, 2): "ก.พ. ๒๕๕๐", (2007, 1): "ม.ค. ๒๕๕๐"}


def _news_page(path: str, ids: list[int], months: bool) -> HtmlResponse:
    """A news script's page: headlines, and (on the front page) its list of monthly archives."""
    items = "".join(
        f"<table><tr><td><a href='/cgi-bin/view.cgi?id=N{n}'>ข่าวประชาสัมพันธ์เทศบาลเรื่องที่ {n}"
        f" การประชุมสภาเทศบาลสมัยสามัญ</a></td></tr><tr><td>{TEXT}</td></tr></table>"
        for n in ids
    )
    archive = " | ".join(
        f"<a href='/news/archives/{y}_{m:02d}.shtml'>{label}</a>"
        for (y, m), label in MONTHS.items()
    )
    back = f"<div><b>ข่าวย้อนหลัง :</b> {archive}</div>" if months else ""
    html = f"<html><body><table><tr><td>{items}{back}</td></tr></table></body></html>"
    return HtmlResponse(url=NEWS + path, body=html.encode(), encoding="utf-8")


def _requested(out: list[Any]) -> set[str]:
    return {r.url for r in out if isinstance(r, Request)}


def test_monthly_archives_are_walked_month_by_month_when_there_is_no_pager() -> None:
    """A front page of the newest items and a list of months, no pager: the newest month's
    page, then each month before (the month's page links no list, only the front page does)."""
    spider = family_spider("generic", f"{NEWS}/news/news.shtml")(mode="backfill")
    out = list(spider.parse_listing(_news_page("/news/news.shtml", [9, 8, 7], True)))
    assert f"{NEWS}/news/archives/2007_03.shtml" in _requested(out)
    # March lists the front page's items and older ones of March
    out = list(
        spider.parse_listing(_news_page("/news/archives/2007_03.shtml", [9, 8, 6], False), page=2)
    )
    assert f"{NEWS}/news/archives/2007_02.shtml" in _requested(out)
    assert f"{NEWS}/cgi-bin/view.cgi?id=N6" in _requested(out)
    out = list(
        spider.parse_listing(_news_page("/news/archives/2007_02.shtml", [5, 4], False), page=3)
    )
    assert f"{NEWS}/news/archives/2007_01.shtml" in _requested(out)
    out = list(spider.parse_listing(_news_page("/news/archives/2007_01.shtml", [3], False), page=4))
    assert not [u for u in _requested(out) if "archives" in u]


def test_a_month_listing_only_items_seen_leads_to_the_month_before() -> None:
    """The newest month's page listing just the front page's items: on to the month before."""
    spider = family_spider("generic", f"{NEWS}/news/news.shtml")(mode="backfill")
    list(spider.parse_listing(_news_page("/news/news.shtml", [9, 8, 7], True)))
    out = list(
        spider.parse_listing(_news_page("/news/archives/2007_03.shtml", [9, 8, 7], False), page=2)
    )
    assert f"{NEWS}/news/archives/2007_02.shtml" in _requested(out)


def test_archive_month_reads_a_month_and_year_alone() -> None:
    assert archive_month("มี.ค. ๒๕๕๐") == (2007, 3)
    assert archive_month("March 2007 (12)") == (2007, 3)
    assert archive_month("มกราคม พ.ศ. 2567") == (2024, 1)
    assert archive_month("ข่าวเดือนมีนาคม 2567 ทั้งหมด") is None
    assert archive_month("Mayor 2020") is None


def test_a_not_found_line_beside_the_footers_short_lines_is_no_article() -> None:
    """A deleted item of an old news script: "not found" in a plain cell of the main column,
    the footer's address and credits (two short lines, 200+ characters) the longest text."""
    address = (
        "สำนักงานเทศบาลเมืองตัวอย่าง 200 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองตัวอย่าง"
        " จังหวัดตัวอย่าง 17000 โทร. 0-5641-1234"
    )
    credits = "Powered by Coranto | ดูแลโดย งานประชาสัมพันธ์ เทศบาลเมืองตัวอย่าง | แสดงผลได้ดีที่ 800x600"
    html = (
        "<html><body><table><tr><td><table><tr><td><font size='3'><b></b></font></td></tr>"
        "<tr><td><font size='2'>ไม่พบข่าวที่ท่านต้องการ (News item not found)</font></td></tr>"
        "</table><div><a href='/news/news.shtml'>« กลับหน้าข่าว</a></div></td></tr>"
        f"<tr><td><font size='1'>{address}<br>{credits}</font></td></tr></table></body></html>"
    )
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/view.cgi?id=X")
    assert not article.body
