"""Rules the eighth blind round showed, each checked on a small page: a listing row headlined
by its own text beside a details button, a not-found notice under a ticker and a footer, an
office signing off flush right, paging parameters named after paging. (The listing fixtures
listing_details_button_rows, listing_page_template_sidebar_wrapper, listing_path_offset_numbers
and listing_paging_param_numbers are checked with the other listing fixtures.)"""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.base import anchor_texts, next_by_number, row_headline
from pipelines.layouts.generic import says_missing
from pipelines.text import clean_body

HEADLINE = "ประชาสัมพันธ์การรับชำระภาษีป้ายประจำปี ๒๕๖๗"
TEXT = (
    "เทศบาลตำบลบ้านใหม่ขอประชาสัมพันธ์ให้ผู้ประกอบการที่มีป้ายโฆษณาในเขตเทศบาล"
    "ยื่นแบบแสดงรายการภาษีป้ายภายในวันที่ 31 มีนาคม 2567 ณ กองคลัง เทศบาลตำบลบ้านใหม่"
)


def _row(cells: str) -> Page:
    return Page(text=f"<html><body><table><tr>{cells}</tr></table></body></html>")


def test_a_details_button_row_is_listed_under_the_rows_own_headline() -> None:
    page = _row(
        f"<td>๑๑</td><td>{HEADLINE}</td><td>๒๐ ก.พ. ๖๗</td><td>๑๒๓</td>"
        '<td><a href="/news/detail/5521">รายละเอียด</a></td>'
    )
    texts = anchor_texts(page, "http://h.go.th/news/list/2")
    assert texts == {"http://h.go.th/news/detail/5521": HEADLINE}


def test_a_rows_heading_is_its_headline_before_a_longer_teaser() -> None:
    entries = "".join(
        f"<div class='item'><h3>{HEADLINE} {k}</h3><p>{TEXT}</p>"
        f"<a href='/news/detail/{k}'>อ่านต่อ...</a></div>"
        for k in (1, 2)
    )
    page = Page(text=f"<div class='list'>{entries}</div>")
    assert row_headline(page.sel.css("a")[0].root) == f"{HEADLINE} 1"


def test_a_teasers_read_more_link_leaves_the_headline_link_its_title() -> None:
    # the teaser paragraph holds the read-more button alone, the entry's heading links too
    entries = "".join(
        f"<article><h2><a href='/news/{k}'>{HEADLINE} {k}</a></h2><div class='summary'>"
        f"<p>{TEXT} <a href='/news/{k}'>อ่านต่อ</a></p></div></article>"
        for k in (1, 2)
    )
    texts = anchor_texts(Page(text=f"<main>{entries}</main>"), "http://h.go.th/")
    assert texts == {f"http://h.go.th/news/{k}": f"{HEADLINE} {k}" for k in (1, 2)}


NOT_FOUND_PAGE = (
    "<html><body><div class='marquee-bar'><marquee>ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบล"
    "ตัวอย่าง อำเภอเมือง จังหวัดตัวอย่าง ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง"
    " ภายในวันที่ 30 เมษายน 2567</marquee></div><div class='panel'><div class='panel-body'>"
    "<div class='alert alert-warning'>ไม่พบข้อมูลที่ท่านต้องการ</div></div></div>"
    "<footer><p>องค์การบริหารส่วนตำบลตัวอย่าง หมู่ที่ 5 ตำบลตัวอย่าง อำเภอเมือง"
    " จังหวัดตัวอย่าง 45000 โทรศัพท์ 043-000-123</p></footer></body></html>"
)


def test_a_not_found_notice_under_a_ticker_and_a_footer_is_no_article() -> None:
    page = Page(text=NOT_FOUND_PAGE)
    assert says_missing(page)
    article = read_article(layout("generic"), page, "http://h.go.th/news/detail/12391")
    assert article.title is None and not article.body


def test_a_not_found_notice_beside_an_article_paragraph_is_kept() -> None:
    page = Page(text=NOT_FOUND_PAGE.replace("</body>", f"<p>{TEXT} {TEXT}</p></body>"))
    assert not says_missing(page)


def test_an_office_signing_off_flush_right_is_the_source() -> None:
    for aligned in ('style="text-align: right;"', 'class="text-right"', 'align="right"'):
        cleaned = clean_body(f"<div><p>{TEXT}</p><p {aligned}>งานประชาสัมพันธ์ อบต.ตัวอย่าง</p></div>")
        assert cleaned.source == "งานประชาสัมพันธ์ อบต.ตัวอย่าง", aligned
        assert cleaned.body == TEXT


def test_a_flush_right_office_that_is_not_the_last_line_or_beside_a_label_stays() -> None:
    signed = '<p style="text-align: right;">งานประชาสัมพันธ์ อบต.ตัวอย่าง</p>'
    cleaned = clean_body(f"<div>{signed}<p>{TEXT}</p></div>")
    assert cleaned.source is None and "งานประชาสัมพันธ์" in (cleaned.body or "")
    cleaned = clean_body(f"<div><p>{TEXT}</p><p>ที่มา : กองคลัง</p>{signed}</div>")
    assert cleaned.source == "กองคลัง" and "งานประชาสัมพันธ์" in (cleaned.body or "")


def test_a_pages_id_parameter_numbers_no_listing_page() -> None:
    # WordPress's ?page_id=N names a page, not a listing's page number
    html = '<p><a href="/?page_id=41">1</a> <a href="/?page_id=43">2</a></p>'
    assert next_by_number(Page(text=html), "http://h.go.th/?page_id=42") is None
    html = html.replace("page_id", "pageNum_rsNews")
    found = next_by_number(Page(text=html), "http://h.go.th/?pageNum_rsNews=42")
    assert found == "http://h.go.th/?pageNum_rsNews=43"
