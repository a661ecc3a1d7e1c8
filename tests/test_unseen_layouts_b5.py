"""Rules for layouts of the fifth blind round, each on small hand-made pages.

Dates and headlines of other articles' cards printed in a post (related grids, latest lists),
a post holding such cards is no listing; next listing pages from any framework's pagination
class and from the links' page numbers; "not found" notices; a labelled date and a bare
counter on one line, a meta row ending with the posting unit.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pipelines import boilerplate
from pipelines.layouts import LAYOUTS, Page, is_listing, layout, read_article, read_links
from pipelines.layouts.base import first_own, node_text
from pipelines.layouts.cards import holding, in_card
from tests.conftest import fixture_pairs, load_expected

URL = "http://h.go.th/2019/11/12/compost/"
CARDS = "".join(
    f'<article class="post"><h4><a href="http://h.go.th/2019/11/0{n}/story-{n}/">'
    f"ข่าวกิจกรรมของสำนักงานเกษตร เรื่องที่ {n}</a></h4>"
    f'<time class="published" datetime="2019-11-0{n}T09:00:00+07:00">{n} พ.ย. 2562</time></article>'
    for n in (1, 8)
)
TEXT = (
    "<p>สำนักงานเกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพให้สมาชิกกลุ่มวิสาหกิจชุมชน จำนวน 45 ราย"
    " ณ ศาลาอเนกประสงค์ประจำหมู่บ้าน เพื่อลดต้นทุนการผลิต</p>"
)


def post(meta: str) -> Page:
    return Page(
        text='<html><body><h1>ข่าวกิจกรรม</h1><article class="post hentry">'
        '<h2 class="entry-title">เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ</h2>'
        f'{meta}<div class="entry-content">{TEXT}<div class="related">{CARDS}</div></div>'
        "</article></body></html>"
    )


def test_a_cards_date_is_not_the_posts() -> None:
    page = post('<div class="meta"><span class="posted-on">12 พ.ย. 2562</span></div>')
    body = page.sel.css("div.entry-content")
    found = first_own(page, URL, ["time.published::attr(datetime)", "span.posted-on"], body)
    assert node_text(found) == "12 พ.ย. 2562"


def test_the_posts_own_time_beside_one_neighbour_link_is_kept() -> None:
    # a lone prev link under the post is no card: the post's time lies with the body
    page = post(
        '<div class="meta"><time class="published" datetime="2019-11-12T10:00:00+07:00">'
        "12 พ.ย. 2562</time></div>"
    )
    times = page.sel.css("time.published")
    body = page.sel.css("div.entry-content")[0].root
    assert [in_card(t.root, URL, lambda h: h, holding([body])) for t in times] == [
        False,
        True,
        True,
    ]


def test_a_heading_linking_another_post_is_not_the_title() -> None:
    article = read_article(layout("wordpress"), post(""), URL)
    assert article.title == "เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ"


def test_a_post_holding_related_cards_is_no_listing() -> None:
    page = post("")
    fallback = LAYOUTS["generic"].extract(page, URL)
    assert not is_listing(layout("wordpress"), page, URL, fallback)


LISTING = "http://h.go.th/index.php/news"
ENTRIES = "".join(
    f'<div class="card"><h2><a href="http://h.go.th/index.php/news/{n}-story-{n}">'
    f"ข่าวประชาสัมพันธ์ของสำนักงานเกษตร เรื่องที่ {n}</a></h2></div>"
    for n in (31, 32, 33)
)


def listing(nav: str) -> Page:
    return Page(text=f"<html><body><main>{ENTRIES}{nav}</main></body></html>")


@pytest.mark.parametrize("family", ["generic", "joomla", "wordpress", "drupal"])
def test_a_prefixed_pagination_block_with_an_icon_next_link(family: str) -> None:
    # a framework's pagination class (UIkit-like "xx-pagination"), numbers, an icon-only next
    # link named by its aria-label
    nav = (
        '<ul class="fw-pagination"><li><a href="/index.php/news" aria-label="ก่อนหน้า">'
        '<span class="fw-icon"></span></a></li><li><a href="/index.php/news">1</a></li>'
        '<li class="fw-active"><span>2</span></li><li><a href="/index.php/news?start=16">3</a></li>'
        '<li><a href="/index.php/news?start=16" aria-label="ถัดไป"><span class="fw-icon"></span>'
        "</a></li></ul>"
    )
    found = layout(family).next_page(listing(nav), LISTING + "?start=8")
    assert found == LISTING + "?start=16"


@pytest.mark.parametrize("family", ["generic", "joomla", "wordpress", "drupal"])
@pytest.mark.parametrize(
    ("param", "here", "expected"),
    [
        ("start", "?start=10", "?start=20"),
        ("limitstart", "", "?limitstart=10"),
        ("page", "?page=2", "?page=3"),
    ],
)
def test_next_listing_page_by_its_number(family: str, param: str, here: str, expected: str) -> None:
    # page links in plain paragraphs, no pagination markup, no next link: the link to this
    # listing whose paging parameter is the next value up
    values = {"start": (0, 10, 20, 90), "limitstart": (10, 20), "page": (1, 2, 3, 9)}[param]
    nav = (
        "<p>"
        + " ".join(
            f'<a href="/index.php/news?{param}={v}">{k + 1}</a>' for k, v in enumerate(values)
        )
        + ' <a href="/index.php/news?sort=title&amp;start=10">เรียงตามชื่อ</a></p>'
    )
    assert layout(family).next_page(listing(nav), LISTING + here) == LISTING + expected


def test_the_last_numbered_page_has_no_next() -> None:
    nav = '<p><a href="/index.php/news?start=0">1</a> <a href="/index.php/news?start=10">2</a></p>'
    assert layout("generic").next_page(listing(nav), LISTING + "?start=10") is None


NOTICE = '<div class="box-notice">ขออภัย ไม่พบข้อมูลที่ท่านค้นหา</div>'


def test_a_not_found_notice_is_no_article() -> None:
    html = (
        f"<html><head><title>ข่าวประชาสัมพันธ์</title></head><body><div class='main'>{NOTICE}"
        "</div><div class='side'><h3>ข่าวล่าสุด</h3><ul><li><a href='/n/1'>"
        "ประชุมคณะกรรมการจังหวัดประจำเดือน</a></li></ul></div>"
        "<div class='band'><p>สำนักงานจังหวัดตัวอย่าง ศาลากลางจังหวัด ถนนราชดำเนิน</p></div>"
        "</body></html>"
    )
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/n/9")
    assert article.title is None and not article.body


def test_an_article_beside_a_not_found_notice_stays() -> None:
    # a search box's empty-result notice on a real article page
    html = (
        "<html><body><h1>ประชุมคณะกรมการจังหวัดประจำเดือนตุลาคม</h1>"
        f"<div class='content'>{TEXT * 3}</div>{NOTICE}</body></html>"
    )
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/n/9")
    assert article.title == "ประชุมคณะกรมการจังหวัดประจำเดือนตุลาคม" and article.body


@pytest.mark.parametrize(
    ("line", "data"),
    [
        # a labelled date and a counter label of the known set, no "ครั้ง" after the number
        ("วันที่ : 3/10/2561 จำนวนผู้อ่าน 87", {"published_raw": "3/10/2561", "view_count": "87"}),
        ("ประกาศเมื่อ 3 ต.ค. 2561 เปิดอ่าน ๘๗", {"published_raw": "3 ต.ค. 2561", "view_count": "๘๗"}),
        ("เผยแพร่เมื่อ 3/10/2561 Views: 87", {"published_raw": "3/10/2561", "view_count": "87"}),
        ("ปรับปรุงล่าสุด 3 ต.ค. 2561 ฮิต 5", {"modified_raw": "3 ต.ค. 2561", "view_count": "5"}),
    ],
)
def test_a_labelled_date_and_a_bare_counter_on_one_line(line: str, data: dict[str, str]) -> None:
    found = boilerplate.match_line(line)
    assert found is not None and found.data == data


@pytest.mark.parametrize(
    "line",
    [
        "วันที่ 3 ต.ค. 2561 นักเรียนเข้าร่วมอ่านหนังสือ 87 คน",  # a sentence that starts with a date
        "๓ ต.ค. ๒๕๖๑ ผู้เข้าชม ๘๗ คนร่วมงานของกลุ่มเกษตรกรอย่างคับคั่งตลอดทั้งวัน",
    ],
)
def test_a_sentence_is_no_meta_row(line: str) -> None:
    assert boilerplate.match_line(line) is None and boilerplate.match_meta_row(line) is None


def test_a_meta_row_ending_with_the_posting_unit() -> None:
    found = boilerplate.match_meta_row("๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น. ผู้เข้าชม ๔,๔๗๐ ฝ่ายบริหารทั่วไป")
    assert found is not None
    assert found.data == {"published_raw": "๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น.", "view_count": "๔,๔๗๐"}


CATEGORY_PAGE = (
    "<html><head><title>ข่าวกิจกรรม</title></head><body>"
    '<nav><a href="/news/">ข่าวกิจกรรม</a></nav><main><h1>ข่าวกิจกรรม</h1>'
    '<div class="post"><h2 class="headline">เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ</h2>'
    f"{TEXT}{TEXT}</div></main></body></html>"
)


@pytest.mark.parametrize("family", ["generic", "joomla", "wordpress", "drupal"])
def test_the_listed_headline_beats_the_category_heading(family: str) -> None:
    # the h1 and <title> name the category on every page; the listing's link text names the
    # element printing this article's headline
    article = read_article(
        layout(family),
        Page(text=CATEGORY_PAGE),
        URL,
        listed_title="เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ",
    )
    assert article.title == "เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ"


LISTINGS = fixture_pairs("*/listing_*.html")


@pytest.mark.parametrize("path", LISTINGS, ids=[f"{p.parent.name}/{p.stem}" for p in LISTINGS])
def test_listing_fixture_gives_its_links_and_next_page(path: Path) -> None:
    spec = load_expected(path)
    source = spec["source"]
    page = Page.from_bytes(path.read_bytes(), source["content_type"])
    for family in dict.fromkeys([source["cms"], "generic"]):
        reader = layout(family)
        assert [url for url, _ in read_links(reader, page, source["url"])] == spec["links"]
        assert reader.next_page(page, source["url"]) == spec["next"]


def test_an_offset_of_zero_is_the_first_page_itself() -> None:
    nav = (
        '<p><a href="/index.php/news?start=0">1</a> <a href="/index.php/news?start=10">2</a>'
        ' <a href="/index.php/news?start=20">3</a></p>'
    )
    assert layout("generic").next_page(listing(nav), LISTING) == LISTING + "?start=10"


def test_a_headline_linking_itself_in_another_form_is_kept() -> None:
    page = Page(
        text='<html><body><div class="item"><h2 class="entry-title">'
        f'<a href="{URL}?ref=title">เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ</a></h2>'
        f"<p>{TEXT}</p></div></body></html>"
    )
    found = first_own(page, URL, ["h2.entry-title"])
    assert node_text(found) == "เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ"


def test_a_short_article_with_its_own_counter_is_no_footer() -> None:
    html = (
        "<html><body><h1>ภาพข่าว ผู้ว่าราชการจังหวัดเปิดงานกาชาดประจำปี</h1>"
        "<div class='content'><p>ผู้ว่าราชการจังหวัดตัวอย่างเป็นประธานเปิดงานกาชาดประจำปี 2562"
        " ณ สนามหน้าศาลากลางจังหวัด มีประชาชนร่วมงานจำนวนมาก</p><p>ผู้เข้าชม 87</p></div>"
        "</body></html>"
    )
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/n/9")
    assert article.body and "ประธานเปิดงานกาชาด" in article.body
