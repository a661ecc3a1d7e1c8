"""Rules the twelfth and thirteenth blind rounds showed, each checked on a small page: a pager
of older/newer links only whose "next" leads back to the newer page, a bare flag beside the
paging number, a notice that the content has expired, a "no results" not-found page, a cookie
banner over an empty template, a scaffolded table whose details button stands beside the row's
edit and delete links."""

from __future__ import annotations

import pytest

from crawler.items import Article, CrawlFailure
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.base import anchor_texts, next_by_number, points_back, row_headline
from pipelines.layouts.generic import says_missing
from pipelines.normalize import NormalizePipeline

TEXT = (
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดตัวอย่างจัดกิจกรรมปลูกป่าชายเลน"
    "ร่วมกับชุมชนบ้านคลองตัวอย่าง เพื่อฟื้นฟูพื้นที่ป่าชายเลนที่เสื่อมโทรม จำนวน 20 ไร่"
)
LISTING = "http://h.go.th/?page_id=45"


def _pager(older: str | None, newer: str | None) -> Page:
    """A blog page whose pager prints only older/newer links, translated previous/next."""
    entries = "".join(
        f"<article><h2><a href='/?p={k}'>ข่าวที่ {k}</a></h2><p>{TEXT}</p></article>"
        for k in (1, 2, 3)
    )
    left = f"<div class='alignleft'><a href='{older}'>&laquo; รายการก่อนหน้า</a></div>"
    right = f"<div class='alignright'><a href='{newer}'>รายการถัดไป &raquo;</a></div>"
    pager = (left if older else "") + (right if newer else "")
    return Page(text=f"<html><body><main>{entries}<div class='pagination'>{pager}</div></main>")


@pytest.mark.parametrize("family", ["wordpress", "generic"])
def test_an_older_link_with_a_flag_is_the_next_page_of_the_first(family: str) -> None:
    page = _pager("/?page_id=45&paged=2&et_blog", None)
    assert layout(family).next_page(page, LISTING) == f"{LISTING}&paged=2&et_blog"


@pytest.mark.parametrize("family", ["wordpress", "generic"])
def test_a_next_link_back_to_the_newer_page_is_not_followed(family: str) -> None:
    here = f"{LISTING}&paged=2&et_blog"
    page = _pager("/?page_id=45&paged=3&et_blog", "/?page_id=45")
    assert layout(family).next_page(page, here) == f"{LISTING}&paged=3&et_blog"


def test_a_bare_flag_beside_the_paging_number_still_numbers_the_listing() -> None:
    page = Page(text="<a href='/?page_id=45&paged=2&et_blog'>x</a>")
    assert next_by_number(page, LISTING) == f"{LISTING}&paged=2&et_blog"
    page = Page(text="<a href='/?page_id=46&paged=2'>x</a>")  # another page's listing
    assert next_by_number(page, LISTING) is None


def test_points_back_reads_the_paging_number_either_way() -> None:
    assert points_back("http://h/news?page=3", "http://h/news?page=2")
    assert points_back("http://h/news?page=3", "http://h/news")
    assert not points_back("http://h/news", "http://h/news?page=2")
    assert not points_back("http://h/news?page=2", "http://h/other")


EXPIRED_PAGE = (
    "<html><body><header><a href='/'>หน้าแรก</a></header><div class='portlet-body'>"
    "<div class='alert alert-danger'><strong>ข้อผิดพลาด:</strong>"
    "เนื้อหาเว็บที่เลือกหมดอายุแล้ว</div><p><a href='/news'>กลับ</a></p></div>"
    "<footer><p>สำนักงานจังหวัดตัวอย่าง ศาลากลางจังหวัด โทรศัพท์ 043-000-123</p></footer>"
    "</body></html>"
)


def test_a_notice_that_the_content_has_expired_is_no_article() -> None:
    page = Page(text=EXPIRED_PAGE)
    assert says_missing(page)
    article = read_article(layout("generic"), page, "http://h.go.th/web/guest/-/old-news")
    assert article.title is None and not article.body


def test_an_expiry_notice_beside_an_article_paragraph_is_kept() -> None:
    page = Page(text=EXPIRED_PAGE.replace("</footer>", f"</footer><p>{TEXT} {TEXT}</p>"))
    assert not says_missing(page)
    plain = EXPIRED_PAGE.replace("alert alert-danger", "lead")  # no notice box
    assert not says_missing(Page(text=plain))


def test_a_no_results_page_is_no_article() -> None:
    body = "<p>หน้าที่คุณร้องขอไม่พบ ลองปรับแต่งการค้นหาของคุณ</p>"
    item = Article(url="http://h.go.th/?p=9", site="h", title="ไม่พบผลลัพธ์", body_html=body)
    assert isinstance(NormalizePipeline().process_item(item), CrawlFailure)


def test_an_empty_template_under_a_cookie_banner_is_no_article() -> None:
    # a hidden record's detail view: the plugin prints nothing, the consent bar is all the text
    body = (
        "<div class='news news-single'></div><div role='dialog'><span>เว็บไซต์นี้ใช้คุกกี้"
        "เพื่อให้ท่านได้รับประสบการณ์ที่ดีที่สุด <a href='/privacy'>อ่านเพิ่มเติม</a></span></div>"
    )
    item = Article(
        url="http://h.go.th/news/detail?id=9", site="h", title="รายละเอียดข่าว", body_html=body
    )
    assert isinstance(NormalizePipeline().process_item(item), CrawlFailure)


def _crud_table(rows: int) -> Page:
    """A scaffolded index: the headline as plain text, "แก้ไข | รายละเอียด | ลบ" (edit, details,
    delete) the row's only links."""
    body = "".join(
        f"<tr><td>ข่าวประชาสัมพันธ์เรื่องการประชุมสหกรณ์ครั้งที่ {k}</td><td>16/2/67 10:30</td>"
        f"<td>123</td><td><a href='/News/Edit/{k}'>แก้ไข</a> | "
        f"<a href='/News/Details/{k}'>รายละเอียด</a> | <a href='/News/Delete/{k}'>ลบ</a></td></tr>"
        for k in range(1, rows + 1)
    )
    return Page(text=f"<html><body><main><table class='table'>{body}</table></main></body></html>")


def test_a_details_button_beside_edit_and_delete_links_takes_the_rows_headline() -> None:
    page = _crud_table(4)
    links = layout("generic").extract_links(page, "http://h.go.th/News")
    assert links == [(f"http://h.go.th/News/Details/{k}", None) for k in range(1, 5)]
    texts = anchor_texts(page, "http://h.go.th/News")
    assert texts["http://h.go.th/News/Details/2"] == "ข่าวประชาสัมพันธ์เรื่องการประชุมสหกรณ์ครั้งที่ 2"


def test_a_block_of_several_details_buttons_is_no_row() -> None:
    page = Page(
        text="<div><p>ข่าวหนึ่ง <a href='/n/1'>รายละเอียด</a></p>"
        "<p>ข่าวสอง <a href='/n/2'>รายละเอียด</a></p></div>"
    )
    first = page.sel.css("a")[0].root
    assert row_headline(first) == "ข่าวหนึ่ง"  # its paragraph, not the block of both
    page = Page(text="<div>ข่าวหนึ่ง <a href='/n/1'>รายละเอียด</a> <a href='/n/2'>รายละเอียด</a></div>")
    assert row_headline(page.sel.css("a")[0].root) is None
