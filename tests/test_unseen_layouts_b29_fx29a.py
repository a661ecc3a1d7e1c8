"""Rules the twenty-ninth blind round showed on a legacy e107 site (bare dotted queries), a
WordPress theme and a K2 site under a commercial template, each checked on a small page
written here:

- an article address that is a bare query without names (`news.php?extend.141`) is one
  address shape whatever its number: the listing's headline links group;
- a tool icon printed on every entry (e-mail this, print: `email.php?news.141`) says the
  same alt on each link: no headline, its group is not the listing's;
- a bare dotted query that differs from the page's only in its last number
  (`news.php?default.0.8` after `news.php`) numbers the listing's pages: next page, and
  none after the last (a "2" link back to the second page is an earlier page);
"""

from __future__ import annotations

from pipelines.layouts import Page, layout
from pipelines.layouts.cards import url_shape

HEADLINE = "โรงพยาบาลส่งเสริมสุขภาพตำบลจัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออกในชุมชน"
PER_PAGE = 4


def _item(nid: int) -> str:
    return f"""<table class="fborder"><tr><td class="caption2"><div class="newstitle">
<a href="news.php?extend.{nid}">{HEADLINE} {nid}</a></div></td></tr>
<tr><td>โพสต์โดย admin พุธ 13 มีนาคม 2024 - 10:30:00<div>เนื้อข่าวย่อ …
<br /><a href="news.php?extend.{nid}">อ่านต่อ ...</a></div></td></tr>
<tr><td><a href="email.php?news.{nid}"><img src="/i/email.png" alt="ส่งข่าวนี้ให้เพื่อน" /></a>
<a href="print.php?news.{nid}"><img src="/i/printer.png" alt="พิมพ์หน้านี้ (print)" /></a>
</td></tr></table>"""


def _listing(k: int, pages: int = 3) -> str:
    ids = range(200 - k * PER_PAGE, 200 - (k + 1) * PER_PAGE, -1)

    def link(j: int) -> str:
        return "news.php" if j == 0 else f"news.php?default.0.{j * PER_PAGE}"

    pager = " ".join(
        f"<span>{j + 1}</span>" if j == k else f"<a href='{link(j)}'>{j + 1}</a>"
        for j in range(pages)
    )
    back = f"<a href='{link(k - 1)}'>&lt;&lt;</a> " if k else ""
    more = f" <a href='{link(k + 1)}'>&gt;&gt;</a>" if k < pages - 1 else ""
    return f"""<html><head><title>สำนักงานสาธารณสุขอำเภอ</title></head><body>
<table><tr><td><a href="/page.php?1">ประวัติหน่วยงาน</a><br /><a href="/links.php">ลิงก์หน่วยงานภายนอก</a></td>
<td>{"".join(_item(n) for n in ids)}<div class="nextprev">หน้า {back}{pager}{more}</div></td></tr>
</table></body></html>"""


def test_a_bare_query_address_is_one_shape_whatever_its_number() -> None:
    assert url_shape("http://h/news.php?extend.141") == url_shape("http://h/news.php?extend.7")
    assert url_shape("http://h/news.php?extend.141=") == url_shape("http://h/news.php?extend.7")
    assert url_shape("http://h/news.php?id=141") == url_shape("http://h/news.php?id=7")


def test_bare_query_articles_are_the_listing_and_tool_icons_are_not() -> None:
    links = layout("generic").extract_links(Page(text=_listing(0)), "http://h.go.th/news.php")
    assert [href for href, _ in links] == [
        f"http://h.go.th/news.php?extend.{n}" for n in range(200, 196, -1)
    ]


def test_dotted_query_pagination_pages_on_and_stops_at_the_last() -> None:
    generic = layout("generic")
    base = "http://h.go.th/news.php"
    assert generic.next_page(Page(text=_listing(0)), base) == f"{base}?default.0.4"
    assert generic.next_page(Page(text=_listing(1)), f"{base}?default.0.4") == f"{base}?default.0.8"
    assert generic.next_page(Page(text=_listing(2)), f"{base}?default.0.8") is None
