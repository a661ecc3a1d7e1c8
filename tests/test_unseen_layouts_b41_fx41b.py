"""Rules from the forty-first blind round (a Movable Type 3 static blog): a sidebar's list of
monthly archives walked, the footer's time of a date-headed entry, the TrackBack block."""

from __future__ import annotations

from typing import Any

from scrapy.http import HtmlResponse, Request

from crawler.extract import extract_bytes
from crawler.spiders.site import family_spider

BLOG = "http://blog.example.go.th"
TEXT = (
    "องค์การบริหารส่วนตำบลจัดโครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือนประจำปี ณ ห้องประชุม "
    "ที่ทำการองค์การบริหารส่วนตำบล มีผู้เข้ารับการอบรมจำนวน 120 คน จากทุกหมู่บ้านในตำบล"
)
SECOND = "ทั้งนี้ ผู้ที่สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักปลัดในวันและเวลาราชการ"
MONTHS = ["May 2006", "April 2006", "March 2006"]


def _entry(n: int) -> str:
    return (
        f"<div class='entry'><h3 class='entry-header'><a href='/archives/{n:06d}.html'>"
        f"ข่าวประชาสัมพันธ์ที่ {n} โครงการอบรมอาสาสมัครป้องกันภัย</a></h3>"
        f"<div class='entry-content'><p>{TEXT}</p></div>"
        f"<p class='entry-footer'>Posted by admin at 02:20 PM</p></div>"
    )


def _blog_page(path: str, ids: list[int]) -> HtmlResponse:
    """A blog's page: dated entries, a sidebar of recent entries and the list of months."""
    entries = "".join(_entry(n) for n in ids)
    months = "".join(
        f"<li><a href='/archives/2006_{5 - k:02d}.html'>{label}</a></li>"
        for k, label in enumerate(MONTHS)
    )
    html = (
        "<html><body><div id='alpha'><h2 class='date-header'>Wednesday, May 17, 2006</h2>"
        f"{entries}</div><div id='beta'><div class='module'><h2>Categories</h2><ul>"
        "<li><a href='/archives/cat_news.html'>ข่าวประชาสัมพันธ์</a></li>"
        "<li><a href='/archives/cat_bids.html'>ประกาศสอบราคา</a></li></ul></div>"
        f"<div class='module'><h2>Archives</h2><ul>{months}</ul></div></div></body></html>"
    )
    return HtmlResponse(url=BLOG + path, body=html.encode(), encoding="utf-8")


def _requests(out: list[Any], kind: str) -> set[str]:
    return {r.url for r in out if isinstance(r, Request) and r.meta.get("khaosan_kind") == kind}


def test_a_sidebar_list_of_months_is_walked_not_stored_as_articles() -> None:
    """The months a blog's sidebar lists ("May 2006") are listing pages: the newest is walked
    next, none of them is fetched as an article."""
    spider = family_spider("generic", f"{BLOG}/")(mode="backfill")
    out = list(spider.parse_listing(_blog_page("/", [161, 159, 157])))
    articles = _requests(out, "article")
    assert f"{BLOG}/archives/000161.html" in articles
    assert not [url for url in articles if "2006_" in url]
    assert _requests(out, "listing") == {f"{BLOG}/archives/2006_05.html"}
    out = list(spider.parse_listing(_blog_page("/archives/2006_05.html", [159, 155]), page=2))
    assert f"{BLOG}/archives/000155.html" in _requests(out, "article")
    assert _requests(out, "listing") == {f"{BLOG}/archives/2006_04.html"}


def _mt_entry(comments: str = "", trackbacks: bool = True) -> bytes:
    """Movable Type 3's individual entry archive: the date header above the entry, the time
    alone in its footer, the TrackBack block and the comments after it."""
    block = (
        "<div class='trackbacks'><h3 class='trackbacks-header'>TrackBack</h3>"
        "<p>TrackBack URL for this entry:<br/>http://blog.example.go.th/mt/mt-tb.cgi/161</p></div>"
        if trackbacks
        else ""
    )
    return f"""<html><head><meta charset="utf-8"><title>Blog: โครงการอบรมอาสาสมัคร</title></head>
<body><h1 id="banner-header"><a href="/">ข่าวประชาสัมพันธ์ อบต.</a></h1><div id="alpha">
<h2 class="date-header">Thursday, May 18, 2006</h2>
<div class="entry"><h3 class="entry-header">โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน</h3>
<div class="entry-content"><p>{TEXT}</p><p>{SECOND}</p></div>
<p class="entry-footer"><span class="post-footers">Posted by pr_admin at 02:20 PM</span>
| <a href="/archives/000161.html">Permalink</a></p></div>
{block}{comments}</div></body></html>""".encode()


def test_a_date_header_day_takes_the_time_the_entry_footer_prints() -> None:
    """A date header "Thursday, May 18, 2006", "Posted by pr_admin at 02:20 PM" below:
    the entry was published on that day at 14:20."""
    record = extract_bytes(_mt_entry(), url=f"{BLOG}/archives/000161.html")
    assert record["published_at"] == "2006-05-18T14:20:00+07:00"


def test_comment_footers_lend_no_time_to_the_entry() -> None:
    """Comments' "Posted by: name | date at time" lines are no entry footer; an entry footer
    beside other footers' times (an index page) gives none."""
    comment = (
        "<div class='comments'><p class='comment-footer'>Posted by: ชาวบ้าน | "
        "Friday, May 19, 2006 at 08:10 PM</p></div>"
    )
    page = _mt_entry(comment).replace(b"Posted by pr_admin at 02:20 PM", b"Posted by pr_admin")
    assert extract_bytes(page, url=f"{BLOG}/archives/000161.html")["published_at"] == "2006-05-18"
    two = _mt_entry("<p>Posted by editor at 09:05 AM</p>")
    assert extract_bytes(two, url=f"{BLOG}/archives/000161.html")["published_at"] == "2006-05-18"


def test_the_trackback_block_is_no_part_of_the_body() -> None:
    """Movable Type's TrackBack block (its ping URL) follows the entry: furniture."""
    body = extract_bytes(_mt_entry(), url=f"{BLOG}/archives/000161.html")["body"]
    assert SECOND in body
    assert "TrackBack URL for this entry" not in body
