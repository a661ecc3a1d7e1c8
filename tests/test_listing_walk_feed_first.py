"""A listing page whose links a feed gave first is no pagination trap: the walk goes on.

The feed a listing declares lists the newest posts, page 2's among them; when the feed's
response comes in before page 2's (timing), page 2 printed only links "seen in this run", the
walk stopped there as a trap, and a backfill lost every older page."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request, XmlResponse

from crawler.items import CrawlFailure
from crawler.spiders.site import family_spider

BASE = "http://office.example.go.th"
TITLES = [f"ข่าวประชาสัมพันธ์ของสำนักงานจังหวัดตัวอย่าง เรื่องที่ {n} การประชุมประจำเดือน" for n in range(9)]


def listing(page: int, ids: list[int], next_page: int | None) -> HtmlResponse:
    items = "".join(
        f'<li><h3><a href="{BASE}/news/view/{n}">{TITLES[n]}</a></h3></li>' for n in ids
    )
    nav = f'<a href="{BASE}/news?page={next_page}">ถัดไป</a>' if next_page else ""
    html = f"<html><body><main><ul>{items}</ul><div class='pages'>{nav}</div></main></body></html>"
    url = f"{BASE}/news" + (f"?page={page}" if page > 1 else "")
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8")


def feed(ids: list[int]) -> XmlResponse:
    items = "".join(
        f"<item><title>{TITLES[n]}</title><link>{BASE}/news/view/{n}</link></item>" for n in ids
    )
    channel = f"<channel><title>ข่าว</title>{items}</channel>"
    xml = f'<?xml version="1.0"?><rss version="2.0">{channel}</rss>'
    return XmlResponse(url=f"{BASE}/news/feed", body=xml.encode(), encoding="utf-8")


def test_a_page_whose_links_the_feed_gave_first_still_leads_to_the_next_page() -> None:
    spider = family_spider("generic", f"{BASE}/news")(mode="backfill")
    list(spider.parse_listing(listing(1, [0, 1, 2], 2)))
    from_feed = list(spider.parse_listing(feed([0, 1, 2, 3, 4, 5])))
    assert {r.url for r in from_feed if isinstance(r, Request)} >= {f"{BASE}/news/view/5"}
    out = list(spider.parse_listing(listing(2, [3, 4, 5], 3), page=2))
    assert not [o for o in out if isinstance(o, CrawlFailure)], out
    assert f"{BASE}/news?page=3" in {r.url for r in out if isinstance(r, Request)}


def test_a_page_repeating_links_of_earlier_listing_pages_is_still_a_trap() -> None:
    spider = family_spider("generic", f"{BASE}/news")(mode="backfill")
    list(spider.parse_listing(listing(1, [0, 1, 2], 2)))
    out = list(spider.parse_listing(listing(2, [0, 1, 2], 3), page=2))
    assert [o.kind for o in out if isinstance(o, CrawlFailure)] == ["trap"]
