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
<table><tr><td><a href="/page.php?1">ประวัติหน่วยงาน</a><br />
<a href="/links.php">ลิงก์หน่วยงานภายนอก</a></td>
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


# --- family layouts on templates they did not know (a family needing the generic fallback on
# every page makes the crawl exit 3 and detection prefer generic)

TEXT = (
    "สำนักงานเกษตรจังหวัดจัดประชุมเชิงปฏิบัติการเพื่อพัฒนาศักยภาพเกษตรกรรุ่นใหม่ในพื้นที่ "
    "โดยมีเกษตรกรเข้าร่วมกว่าหนึ่งร้อยราย ณ ห้องประชุมศาลากลางจังหวัด "
) * 3


def _read(family: str, html: str, url: str) -> dict:
    from pipelines.layouts import LAYOUT_PROBLEM, read_article
    from pipelines.normalize import normalize_article

    record = normalize_article(read_article(layout(family), Page(text=html), url)).record()
    assert not [p for p in record["problems"] if p.startswith(LAYOUT_PROBLEM)]
    return record


def test_k2_item_in_an_html5_override_article_with_header_h1_and_time() -> None:
    html = f"""<html><head><meta name="generator" content="Joomla! - Open Source" />
<link rel="stylesheet" href="/components/com_k2/css/k2.css" /></head><body>
<div id="gkComponent"><article id="k2Container" class="itemView">
<header><h1>{HEADLINE}</h1><ul>
<li class="itemDate"><time datetime="2024-09-17T09:24:00+07:00">อ. 17 ก.ย., 2024</time></li>
<li class="itemHits">อ่าน 534 ครั้ง</li></ul></header>
<div class="itemBody"><div class="itemFullText"><p>{TEXT}</p><p>{TEXT}</p></div></div>
</article></div></body></html>"""
    record = _read("k2", html, "http://h.go.th/index.php/news/item/3462-x")
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-09-17T09:24:00+07:00"


def _wp_post(content_class: str, after: str = "") -> str:
    return f"""<html><head><meta name="generator" content="WordPress 6.4.3" /></head><body>
<article class="post type-post hentry"><div class="td-post-header">
<h1 class="entry-title">{HEADLINE}</h1>
<time class="entry-date updated" datetime="2024-05-28T10:00:00+07:00">28 พฤษภาคม 2024</time></div>
<div class="{content_class}"><p>{TEXT}</p><p>{TEXT}</p>
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">
<div class="addtoany_header">แชร์ข่าวนี้</div><a href="https://www.addtoany.com/share">Share</a></div></div>
{after}</article></body></html>"""


def test_wordpress_text_is_where_a_sharing_plugin_filters_the_content() -> None:
    record = _read("wordpress", _wp_post("single-post-text"), "http://h.go.th/2024/05/28/x/")
    assert TEXT.split()[0] in record["body"]


def test_wordpress_tagdiv_source_box_and_tags() -> None:
    boxes = """<div class="td-post-source-tags"><div class="td-post-source-via">
<div class="td-post-small-box"><span>ผ่านทาง</span><a href="https://facebook.com/x">เพจข่าวจังหวัด</a></div>
<div class="td-post-small-box"><span>ที่มา</span><a href="https://h.go.th/">กลุ่มส่งเสริมและพัฒนาการผลิต</a></div>
</div><ul class="td-tags td-post-small-box"><li><span>แท็ก</span></li>
<li><a href="/tag/x/">เกษตรกร</a></li><li><a href="/tag/y/">สังคม</a></li></ul></div>"""
    html = _wp_post("td-post-content td-pb-padding-side", boxes)
    record = _read("wordpress", html, "http://h.go.th/2024/05/28/x/")
    assert TEXT.split()[0] in record["body"]
    assert record["source"] == "กลุ่มส่งเสริมและพัฒนาการผลิต"
    assert record["tags"] == ["เกษตรกร", "สังคม"]
