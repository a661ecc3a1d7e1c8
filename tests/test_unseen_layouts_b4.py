"""Rules for layouts of the fourth blind round, each on small hand-made pages.

Next listing pages read by meaning (older entries, hand-typed next links, load-more links
with a real address, hidden paginations), page-builder blog modules whose posts container
is named after its paging, and listings whose pages share the posts' address shape.
"""

from __future__ import annotations

import pytest

from pipelines import boilerplate
from pipelines.layouts import Page, layout
from pipelines.normalize import normalize_article, not_an_article
from pipelines.thai_dates import parse_thai_date


def page(body: str) -> Page:
    return Page(text=f"<html><head></head><body>{body}</body></html>")


LISTING = "http://h.go.th/activities/"
ENTRIES = "".join(
    f'<article class="post"><h2><a href="http://h.go.th/{n}-story/">'
    f"ข่าวกิจกรรมของสำนักงานจังหวัด เรื่องที่ {n}</a></h2></article>"
    for n in (31, 32, 33)
)


@pytest.mark.parametrize("family", ["generic", "wordpress", "drupal", "joomla"])
@pytest.mark.parametrize(
    ("nav", "expected"),
    [
        # a blog module's pager: older entries on the left, newer on the right
        (
            '<div class="nav"><a href="/activities/p/3/">« บทความเก่ากว่า</a>'
            '<a href="/activities/">บทความใหม่กว่า »</a></div>',
            "http://h.go.th/activities/p/3/",
        ),
        # a hand-typed next link in a paragraph
        (
            '<p><a href="/activities-page-3">หน้าถัดไป &gt;&gt;</a></p>',
            "http://h.go.th/activities-page-3",
        ),
        # a load-more button that is a link reloading the listing
        (
            '<a class="more" href="?offset=20">โหลดเพิ่มเติม</a>',
            "http://h.go.th/activities/?offset=20",
        ),
        # a pagination hidden for infinite scroll: its rel=next link still serves
        (
            '<div style="display:none"><a class="x" rel="next" href="/activities/p/3/">'
            "<span></span></a></div>",
            "http://h.go.th/activities/p/3/",
        ),
    ],
)
def test_next_page_read_by_meaning(family: str, nav: str, expected: str) -> None:
    found = layout(family).next_page(
        page(ENTRIES + nav), "http://h.go.th/activities/p/2/" if "offset" not in nav else LISTING
    )
    assert found == expected


@pytest.mark.parametrize("family", ["generic", "wordpress"])
def test_newer_entries_alone_is_no_next_page(family: str) -> None:
    nav = '<div class="pagination"><a href="/activities/">บทความใหม่กว่า »</a></div>'
    assert layout(family).next_page(page(ENTRIES + nav), "http://h.go.th/activities/p/9/") is None


def test_load_more_to_another_listing_is_no_next_page() -> None:
    more = '<a href="/news?offset=10">ดูข่าวเพิ่มเติม</a>'  # a home page box linking the news
    assert layout("generic").next_page(page(ENTRIES + more), "http://h.go.th/") is None


def test_posts_container_named_after_its_paging_is_the_listing() -> None:
    body = (
        '<main><div class="blog-grid ajax-pagination-wrap">' + ENTRIES + "</div>"
        '<div class="pagination"><a href="/activities/p/2/">2</a></div></main>'
    )
    links = [u for u, _ in layout("generic").extract_links(page(body), LISTING)]
    assert links == [f"http://h.go.th/{n}-story/" for n in (31, 32, 33)]


def test_posts_in_the_listing_pages_own_address_shape() -> None:
    # listing pages /site/news/page-2 and posts /site/news/story-N share one shape
    entries = "".join(
        f'<p><a href="/site/news/story-{n}">ข่าวกิจกรรมของสำนักงานจังหวัด เรื่องที่ {n}</a></p>'
        for n in (4, 5, 6)
    )
    nav = (
        '<p><a href="/site/news/page-3">หน้าถัดไป &gt;&gt;</a> <a href="/site/news/page-1">1</a></p>'
    )
    generic = layout("generic")
    found = page(entries + nav)
    links = [u for u, _ in generic.extract_links(found, "http://h.go.th/site/news/page-2")]
    assert links == [f"http://h.go.th/site/news/story-{n}" for n in (4, 5, 6)]
    assert generic.next_page(found, "http://h.go.th/site/news/page-2") == (
        "http://h.go.th/site/news/page-3"
    )


@pytest.mark.parametrize(
    ("line", "data"),
    [
        # a meta row closed by the poster's byline (CodeIgniter portal templates)
        (
            "21/6/2562 09:15 | เข้าชม : 1,024 | โดย webmaster",
            {"published_raw": "21/6/2562 09:15", "view_count": "1,024"},
        ),
        ("7/1/2563 | ผู้เข้าชม : 56 | By editor", {"published_raw": "7/1/2563", "view_count": "56"}),
    ],
)
def test_meta_row_with_a_closing_byline(line: str, data: dict[str, str]) -> None:
    found = boilerplate.match_meta_row(line)
    assert found is not None and found.data == data


@pytest.mark.parametrize(
    ("line", "data"),
    [
        # a posted line with its time in brackets and its counter in parentheses
        (
            "โพสต์เมื่อ : ๑๒ ม.ค. ๖๖ [เวลา ๐๙:๔๕ น.] (อ่าน ๓๒๑)",
            {"published_raw": "๑๒ ม.ค. ๖๖ เวลา ๐๙:๔๕ น.", "view_count": "๓๒๑"},
        ),
        (
            "โพสต์เมื่อ : ๓ มี.ค. ๖๕ เวลา ๑๗:๐๐ น. (อ่าน ๑,๐๐๒)",
            {"published_raw": "๓ มี.ค. ๖๕ เวลา ๑๗:๐๐ น.", "view_count": "๑,๐๐๒"},
        ),
    ],
)
def test_posted_line_with_brackets(line: str, data: dict[str, str]) -> None:
    found = boilerplate.match_line(line)
    assert found is not None and found.data == data
    assert parse_thai_date(data["published_raw"]).isoformat().startswith("20")


def test_a_sentence_starting_with_by_is_no_meta_row() -> None:
    assert boilerplate.match_meta_row("โดย นายอำเภอ ได้มอบ 5 ชุด | ให้ประชาชน") is None


POST = (
    '<article class="post"><h1 class="entry-title">ประชุมคณะกรรมการจังหวัด</h1>'
    '<div class="entry-content"><p>เนื้อข่าวการประชุมคณะกรรมการจังหวัดประจำเดือน</p></div>'
    "{meta}</article>"
)


@pytest.mark.parametrize(
    ("meta", "published", "modified"),
    [
        # a theme printing the post date as a plain meta-row item, month first with an
        # English ordinal, and the modified time as hidden ISO text for rich snippets
        (
            '<div class="post-meta-row">By <span class="author">editor</span> | '
            '<span class="updated sr-hidden">2020-03-09T08:15:00+07:00</span>'
            "<span>มีนาคม 2nd, 2020</span> | <span>Categories: ข่าว</span></div>",
            "มีนาคม 2nd, 2020",
            "2020-03-09T08:15:00+07:00",
        ),
        # a labelled modified item in Thai digits beside the published time
        (
            '<div class="entry-meta"><span><time class="entry-date published" '
            'datetime="2021-05-04T10:00:00+07:00">๔ พ.ค. ๒๕๖๔</time></span> '
            "<span>แก้ไขล่าสุด วันศุกร์ที่ ๗ พฤษภาคม พ.ศ. ๒๕๖๔</span></div>",
            "2021-05-04T10:00:00+07:00",
            "วันศุกร์ที่ ๗ พฤษภาคม พ.ศ. ๒๕๖๔",
        ),
    ],
)
def test_wordpress_meta_row_dates(meta: str, published: str, modified: str) -> None:
    article = layout("wordpress").extract(page(POST.format(meta=meta)), "http://h.go.th/p/1/")
    assert (article.published_at_raw, article.modified_at_raw) == (published, modified)
    assert parse_thai_date(published) is not None and parse_thai_date(modified) is not None


def test_wordpress_human_updated_date_is_not_a_modified_time() -> None:
    meta = '<div class="td-meta"><time class="entry-date updated">2 กุมภาพันธ์ 2024</time></div>'
    article = layout("wordpress").extract(page(POST.format(meta=meta)), "http://h.go.th/p/3/")
    assert article.modified_at_raw is None


def test_meta_row_of_a_date_and_an_icon_counter_leaves_the_body() -> None:
    paragraphs = "".join(
        f"<p>ผู้ว่าราชการจังหวัดเป็นประธานเปิดงานประจำปี ครั้งที่ {n} ณ ศาลากลางจังหวัด "
        "มีประชาชนเข้าร่วมงานเป็นจำนวนมาก</p>"
        for n in range(1, 6)
    )
    body = (
        '<div class="detail"><h1>ผู้ว่าราชการจังหวัดเปิดงานประจำปี</h1>'
        '<div class="detail-meta"><span>2022-06-14</span>'
        '<span title="จำนวนผู้เข้าชม"><i class="icon-eye"></i> 1,337</span>'
        f"<span>แก้ไขล่าสุด 2022-06-20</span></div>{paragraphs}</div>"
    )
    article = layout("generic").extract(page(body), "http://h.go.th/news/detail?id=7")
    assert article.view_count == 1337
    assert article.body is not None and "1,337" not in article.body
    assert "2022-06-14" not in article.body


def test_drupal_node_without_body_does_not_take_a_footer_blocks_body() -> None:
    body = (
        '<main><article class="node node--type-article"><div class="node__content"></div>'
        '</article></main><footer><div class="block"><div class="field--name-body">'
        "<p>ศาลากลางจังหวัด ถนนราชดำเนิน โทร 0 5555 5555</p></div></div></footer>"
    )
    record = normalize_article(layout("drupal").extract(page(body), "http://h.go.th/node/9"))
    assert not_an_article(record) is not None  # the deleted node's empty template
