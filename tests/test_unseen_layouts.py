"""Listings and empty templates of layouts never seen before, read by meaning (issue 12).

Small hand-made pages: pagination blocks as CMS cores print them (Joomla 3/4/5, Bootstrap,
WordPress), a Joomla 4 category blog under a template override, deleted items answering 200.
"""

from __future__ import annotations

import pytest

from crawler.items import Article
from pipelines.generic import extract_generic
from pipelines.layouts import Page, layout
from pipelines.layouts.base import next_in_pagination, read_pagination
from pipelines.normalize import not_an_article

URL = "http://h.example.go.th/index.php/news?start=8"

# Joomla 4/5 core pagination: icon links with translated aria-labels, the current page "#".
J4_PAGES = (
    '<nav class="pagination__wrapper"><ul class="pagination ms-0 mb-4">'
    '<li class="page-item"><a aria-label="ไปยังหน้าแรก" href="/index.php/news" class="page-link">'
    '<span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
    '<li class="page-item"><a aria-label="ไปยังหน้าก่อนหน้า" href="/index.php/news" class="page-link">'
    '<span class="icon-angle-left" aria-hidden="true"></span></a></li>'
    '<li class="page-item"><a href="/index.php/news" class="page-link">1</a></li>'
    '<li class="active page-item"><a aria-current="true" href="#" class="page-link">2</a></li>'
    '<li class="page-item"><a href="/index.php/news?start=16" class="page-link">3</a></li>'
    '<li class="page-item"><a aria-label="ไปยังหน้าถัดไป" href="/index.php/news?start=16" '
    'class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
    '<li class="page-item"><a aria-label="ไปยังหน้าสุดท้าย" href="/index.php/news?start=16" '
    'class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
    "</ul></nav>"
)
# The same list on its last page: no next item.
J4_LAST = (
    '<ul class="pagination"><li class="page-item"><a href="/index.php/news">1</a></li>'
    '<li class="page-item"><a href="/index.php/news?start=8">2</a></li>'
    '<li class="active page-item"><a aria-current="true" href="#">3</a></li></ul>'
)
# Joomla 3: limitstart pages, the current one a bare span.
J3_PAGES = (
    '<div class="pagination"><ul>'
    '<li><a href="/index.php?option=com_content&amp;limitstart=0">1</a></li>'
    '<li class="active"><span class="pagenav">2</span></li>'
    '<li><a href="/index.php?option=com_content&amp;limitstart=20">3</a></li></ul></div>'
)
# Bootstrap on its last page: a disabled "next" linking to the page itself.
DISABLED_NEXT = (
    '<ul class="pagination"><li class="page-item"><a href="/news?page=2">๒</a></li>'
    '<li class="page-item active"><a href="/news?page=3">๓</a></li>'
    '<li class="page-item disabled"><a aria-label="Next" href="/news?page=3">»</a></li></ul>'
)


def page(body: str) -> Page:
    return Page(text=f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        (J4_PAGES, URL, "http://h.example.go.th/index.php/news?start=16"),
        (J4_LAST, "http://h.example.go.th/index.php/news?start=16", None),
        (
            J3_PAGES,
            "http://h.example.go.th/index.php?option=com_content&limitstart=10",
            "http://h.example.go.th/index.php?option=com_content&limitstart=20",
        ),
        (DISABLED_NEXT, "http://h.example.go.th/news?page=3", None),
    ],
    ids=["joomla4-icon-next", "joomla4-last-page", "joomla3-limitstart", "disabled-next-self"],
)
def test_pagination_is_read_by_meaning(html: str, url: str, expected: str | None) -> None:
    assert next_in_pagination(page(html), url) == expected
    assert layout("joomla").next_page(page(html), url) == expected
    assert layout("generic").next_page(page(html), url) == expected


def test_a_current_page_linking_to_hash_is_no_loop() -> None:
    # Generic used to take the "2" link ("#", the current page) for the next page: a loop.
    marked, found = read_pagination(page(J4_PAGES), URL)
    assert marked and found == "http://h.example.go.th/index.php/news?start=16"


# A Joomla 4 category blog under a template override: no div.blog item classes kept, only the
# microdata com_content prints (itemprop="blogPost").
J4_BLOG = (
    '<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">'
    '<div class="items-grid">'
    '<div class="card" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
    '<div class="card-body"><h2><a href="/index.php/news/62-open-day">เปิดบ้านศูนย์บริการ</a></h2>'
    '<span class="published"><time datetime="2024-03-05T09:15:00+07:00" '
    'itemprop="datePublished">05 มีนาคม 2567</time></span></div></div>'
    '<div class="card" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
    '<div class="card-body"><h2><a href="/index.php/news/61-training">อบรมเจ้าหน้าที่</a></h2>'
    '<span class="published"><time datetime="2024-03-01T10:00:00+07:00" '
    'itemprop="datePublished">01 มีนาคม 2567</time></span></div></div>'
    "</div></div>"
)


def test_joomla_blog_items_under_any_template() -> None:
    links = layout("joomla").extract_links(page(J4_BLOG), "http://h.example.go.th/index.php/news")
    assert links == [
        ("http://h.example.go.th/index.php/news/62-open-day", "2024-03-05T09:15:00+07:00"),
        ("http://h.example.go.th/index.php/news/61-training", "2024-03-01T10:00:00+07:00"),
    ]


# Deleted items that answer 200: the template around no article.
FOOTER_ONLY = (
    "<html><head><title>กระทรวงตัวอย่าง</title></head><body>"
    '<nav><a href="/">หน้าหลัก</a> <a href="/news">ข่าวสาร</a></nav>'
    '<main><article><h1 class="title"></h1><div class="content"></div></article></main>'
    "<footer><p>กระทรวงตัวอย่าง ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200 "
    "โทร. 0 2141 6000 เปิดทำการวันจันทร์ถึงวันศุกร์</p></footer></body></html>"
)


def test_a_block_found_only_in_the_footer_is_no_article() -> None:
    parts = extract_generic(FOOTER_ONLY, "http://h.example.go.th/th/news/detail/9")
    assert parts.body is None


@pytest.mark.parametrize(
    "body",
    [
        # a whole-page template (menus, counters, footer) around a lone message line
        "ยินดีต้อนรับสู่เว็บไซต์สำนักงานตัวอย่าง ... ขอเชิญเกษตรกรขึ้นทะเบียนเกษตรกรประจำปี ได้ที่สำนักงาน"
        "ทุกแห่ง ...\nเมนูหลัก\nผู้เยี่ยมชม 018427 คน\nข่าวประชาสัมพันธ์\nไม่พบข้อมูล\n"
        "สำนักงานตัวอย่าง ศาลากลางจังหวัด ถ.บุษบา อ.เมือง 66000 โทร 0-5661-1111\n"
        "Copyright © 2550 All rights reserved. แสดงผลได้ดีที่สุดที่ความละเอียด 1024x768",
        "ไม่พบข้อมูล",
    ],
    ids=["template-around-message", "message-alone"],
)
def test_a_not_found_message_in_a_template_is_no_article(body: str) -> None:
    article = Article(url="u", site="s", title="::: สำนักงานตัวอย่าง :::", body=body)
    assert not_an_article(article) is not None


def test_an_article_that_mentions_no_data_found_is_kept() -> None:
    # (a body of 300 characters or less holding the phrase is taken for the message itself)
    paragraph = (
        "เจ้าหน้าที่ตรวจสอบพื้นที่ที่ได้รับแจ้งเรื่องร้องเรียนแล้ว ไม่พบข้อมูลการบุกรุกที่ดินสาธารณะตามที่มีการ"
        "ร้องเรียน อย่างไรก็ตาม จังหวัดได้สั่งการให้อำเภอเฝ้าระวังและรายงานผลเป็นประจำทุกเดือน "
        "เพื่อป้องกันไม่ให้เกิดปัญหาซ้ำในอนาคต และขอความร่วมมือประชาชนแจ้งเบาะแสได้ที่ศูนย์ดำรงธรรม\n"
        "ทั้งนี้ ผู้ว่าราชการจังหวัดได้มอบหมายให้สำนักงานที่ดินจังหวัดตรวจสอบแนวเขตที่ดินสาธารณะประโยชน์ทุกแปลง"
    )
    article = Article(url="u", site="s", title="จังหวัดตรวจสอบเรื่องร้องเรียน", body=paragraph)
    assert not_an_article(article) is None


def test_page_wide_body_classes_do_not_make_every_link_furniture() -> None:
    """WordPress themes put the layout in <body> classes (right-sidebar, nav-open)."""
    from pipelines.layouts import Page, layout

    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="/?p={n}">'
        f"ข่าวประชาสัมพันธ์ของจังหวัดเรื่องที่ {n} ประจำสัปดาห์</a></h2></article>"
        for n in range(101, 106)
    )
    html = (
        '<html><body class="archive ast-right-sidebar nav-open"><main id="main">'
        f"{posts}</main></body></html>"
    ).encode()
    page = Page.from_bytes(html, "text/html; charset=utf-8")
    links = layout("generic").extract_links(page, "https://example.go.th/?cat=4")
    assert [url for url, _ in links] == [f"https://example.go.th/?p={n}" for n in range(101, 106)]
