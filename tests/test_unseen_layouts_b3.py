"""Rules for layouts of the third blind round (issue 12), each on small hand-made pages.

The article rules have fixture pairs (tests/fixtures/<family>/article_*); here the same pages
are also read generically, and the listing rules get listings of their own: card grids that
link each article from its picture, headline and "read more", database-id and .html
addresses, date-cursor pagers, deleted posts that call themselves the home page.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.extract import extract_bytes
from pipelines import boilerplate
from pipelines.layouts import Page, layout
from pipelines.layouts.generic import url_shape
from pipelines.normalize import normalize_article, not_an_article

FIXTURES = Path(__file__).parent / "fixtures"


def page(body: str, head: str = "") -> Page:
    return Page(text=f"<html><head>{head}</head><body>{body}</body></html>")


def generic_record(pair: str) -> dict[str, object]:
    """Read a family's fixture page with the generic layout."""
    html = FIXTURES / f"{pair}.html"
    spec = json.loads(html.with_suffix(".json").read_text(encoding="utf-8"))
    return extract_bytes(html.read_bytes(), url=spec["source"]["url"], cms="generic")


@pytest.mark.parametrize(
    ("pair", "field", "value"),
    [
        # Joomla's menu heading h1 is not the headline: <title> holds the h2.
        (
            "joomla/article_menu_heading_custom_field_source",
            "title",
            "เทศบาลตำบลตัวอย่างรณรงค์คัดแยกขยะต้นทาง",
        ),
        # Drupal's date-only field: T12:00:00Z is a placeholder, the date is the day.
        ("drupal/article_paragraphs_date_only_field", "published_at", "2024-05-08"),
        # The meta row prints the updated time first; the published one is the date.
        (
            "wordpress/article_hatom_pair_labelled_counter_caption",
            "published_at",
            "2024-02-18T09:10:00+07:00",
        ),
        ("wordpress/article_hatom_pair_labelled_counter_caption", "view_count", 532),
    ],
)
def test_generic_reading_of_the_family_pages(pair: str, field: str, value: object) -> None:
    assert generic_record(pair)[field] == value


# An Elementor-like card grid: each article linked from its picture (alt text), headline
# and a short "read more" (aria-label); a sidebar of menu links.
CARDS = (
    "".join(
        f'<article class="card"><a href="/archives/{n}"><img alt="ข่าวที่ {n} ของสำนักงานจังหวัด"></a>'
        f'<h3 class="card__title"><a href="/archives/{n}">ข่าวประชาสัมพันธ์เรื่องที่ {n} ของจังหวัด</a></h3>'
        f'<span class="date">{n} มีนาคม 2567</span>'
        f'<a href="/archives/{n}" aria-label="อ่านต่อ ข่าวที่ {n}">อ่านต่อ »</a></article>'
        for n in (11, 12, 13, 14)
    )
    + '<nav><a href="/about/">เกี่ยวกับเรา</a><a href="/contact/">ติดต่อเรา</a></nav>'
)


def test_card_listing_links_each_article_once_by_its_longest_anchor() -> None:
    links = layout("generic").extract_links(page(CARDS), "http://h.example.go.th/category/news/")
    assert [url for url, _ in links] == [
        f"http://h.example.go.th/archives/{n}" for n in (11, 12, 13, 14)
    ]


def test_wordpress_entries_give_their_heading_link() -> None:
    body = CARDS.replace('class="card"', 'class="post type-post"')
    links = layout("wordpress").extract_links(page(body), "http://h.example.go.th/category/news/")
    assert len(links) == 4


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("http://h/news/65a4c0ffee000000000000a1", "http://h/news/b6b7464e8c6e08779c75367a"),
        ("http://h/2024/03/blog-post_12.html", "http://h/2024/03/1-62-6-60.html"),
    ],
)
def test_one_url_shape_whatever_the_first_character(a: str, b: str) -> None:
    assert url_shape(a) == url_shape(b)


@pytest.mark.parametrize("text", ["บทความที่เก่ากว่า", "Older Posts", "โพสต์ที่เก่ากว่า"])
def test_a_date_cursor_pager_is_followed(text: str) -> None:
    body = (
        '<div class="blog-posts"><p>ข่าว</p></div><div id="blog-pager">'
        f'<a href="/search?updated-max=2024-03-01T10:00:00%2B07:00&amp;max-results=8">{text}</a>'
        '<a href="/">หน้าแรก</a></div>'
    )
    found = layout("generic").next_page(page(body), "http://h.example.go.th/")
    assert (
        found
        == "http://h.example.go.th/search?updated-max=2024-03-01T10:00:00%2B07:00&max-results=8"
    )


def test_a_deleted_post_calling_itself_the_home_page_is_no_article() -> None:
    head = '<link rel="canonical" href="http://blog.example.com/"><title>ข่าว อบต.ตัวอย่าง</title>'
    body = (
        '<h1><a href="http://blog.example.com/">ข่าว อบต.ตัวอย่าง</a></h1>'
        '<div class="status-msg">ขออภัย ไม่พบข้อมูลที่คุณกำลังมองหาในบล็อกนี้</div>'
        '<div class="sidebar-widget"><p>' + "ข่าวยอดนิยมของบล็อกที่มีผู้อ่านมากที่สุด " * 8 + "</p></div>"
    )
    url = "http://blog.example.com/2024/01/blog-post_99.html"
    article = normalize_article(layout("generic").extract(page(body, head), url))
    assert not_an_article(article) is not None


@pytest.mark.parametrize(
    ("line", "data"),
    [
        # EasyDNNnews-like meta row: a byline item first, then date, time, counter, update.
        (
            "โดย pr_office | ๒๖ ก.พ. ๖๗ | ๐๙:๐๗ น. | เข้าชม ๓,๘๕๗ | ปรับปรุง ๖ มี.ค. ๖๗ ๑๗:๓๕ น.",
            {
                "published_raw": "๒๖ ก.พ. ๖๗ | ๐๙:๐๗ น.",
                "view_count": "๓,๘๕๗",
                "modified_raw": "๖ มี.ค. ๖๗ ๑๗:๓๕ น.",
            },
        ),
    ],
)
def test_meta_row_with_byline_and_update_item(line: str, data: dict[str, str]) -> None:
    found = boilerplate.match_meta_row(line)
    assert found is not None and found.data == data


@pytest.mark.parametrize(
    ("line", "modified"),
    [("อัปเดตล่าสุด 1 ธ.ค. 2567 10:35 น.", "1 ธ.ค. 2567 10:35 น."), ("ปรับปรุงถนนสายหลัก 3 สาย", None)],
)
def test_update_item_needs_a_date(line: str, modified: str | None) -> None:
    found = boilerplate.match_line(line)
    assert (found.data.get("modified_raw") if found else None) == modified


def test_sign_off_office_before_counter_and_share_label() -> None:
    lines = ["กลุ่มประชาสัมพันธ์ สำนักงานตัวอย่าง", "จำนวนผู้เข้าชม 1,235 ครั้ง", "แชร์ข่าวนี้ :"]
    assert boilerplate.sign_off_office(lines) == "กลุ่มประชาสัมพันธ์ สำนักงานตัวอย่าง"


# Elementor Pro's Theme Builder single template: no article element, the post's classes on
# the template wrapper, a posts widget of article.post cards below, Yoast's schema graph.
ELEMENTOR = (
    '<div data-elementor-type="single-post" class="elementor elementor-location-single '
    'post-7 post type-post hentry">'
    '<div class="elementor-widget elementor-widget-theme-post-title"><div class="elementor-widget-'
    'container"><h1 class="elementor-heading-title">จังหวัดตัวอย่างเปิดตลาดเกษตรกรประจำสัปดาห์</h1>'
    '</div></div><div class="elementor-widget elementor-widget-post-info"><ul><li><time>'
    "5 มีนาคม 2567</time></li><li><span>ผู้เข้าชม: 1,024</span></li></ul></div>"
    '<div class="elementor-widget elementor-widget-theme-post-content"><div class="elementor-'
    'widget-container"><p>จังหวัดตัวอย่างเปิดตลาดเกษตรกรทุกวันเสาร์ ณ ลานหน้าศาลากลาง จำหน่ายผักปลอดสาร'
    "พิษและผลไม้ตามฤดูกาลจากกลุ่มวิสาหกิจชุมชนกว่า 40 กลุ่ม</p></div></div>"
    '<div class="elementor-widget elementor-widget-posts"><article class="post type-post">'
    '<h3><a href="/archives/6">ข่าวอื่นของจังหวัดในสัปดาห์นี้</a></h3><span>ผู้เข้าชม: 77</span>'
    "</article></div></div>"
)
ELEMENTOR_HEAD = (
    '<script type="application/ld+json">{"@context": "https://schema.org", "@graph": [{"@type": '
    '"Article", "datePublished": "2024-03-05T02:00:00+00:00", "dateModified": '
    '"2024-03-05T02:00:00+00:00"}]}</script>'
)


def test_elementor_single_template_read_by_the_wordpress_family() -> None:
    url = "http://h.example.go.th/archives/7"
    article = layout("wordpress").extract(page(ELEMENTOR, ELEMENTOR_HEAD), url)
    article = normalize_article(article)
    assert (article.title, article.view_count, article.modified_at) == (
        "จังหวัดตัวอย่างเปิดตลาดเกษตรกรประจำสัปดาห์",
        1024,
        "2024-03-05T09:00:00+07:00",
    )
    assert article.body is not None and "40 กลุ่ม" in article.body
    assert "ข่าวอื่น" not in article.body
