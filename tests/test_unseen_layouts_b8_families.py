"""Rules the eighth blind round showed for the family layouts, each on a small page: gated
posts (a password form in place of the text), body fields of page regions, file blocks, the
hAtom pair in separate meta-row items, Drupal's UTC stamps behind a day-only text,
com_content's microdata in any element and a calendar box's date without its year (the
article pages have fixture pairs too: tests/fixtures/<family>/article_hatom_pair_apart_file_block,
article_changed_utc_day_only, article_microdata_article_element)."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import html as lxml_html

from crawler.extract import extract_bytes
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.drupal import printed_day
from pipelines.layouts.wordpress import meta_row_updated
from pipelines.normalize import normalize_article, not_an_article
from pipelines.text import clean_body
from pipelines.thai_dates import yearless_of

FIXTURES = Path(__file__).parent / "fixtures"

PARAGRAPH = (
    "สำนักงานตัวอย่างจัดประชุมคณะกรรมการส่งเสริมการจัดสวัสดิการสังคมระดับจังหวัด "
    "เพื่อพิจารณาโครงการที่ขอรับการสนับสนุนจากกองทุน จำนวน 12 โครงการ "
    "ที่ประชุมมีมติเห็นชอบให้การสนับสนุนทุกโครงการตามที่เสนอ และมอบหมายให้หน่วยงานติดตามผล"
)
PASSWORD_FORM = (
    '<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">'
    "<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน เพื่อที่จะดูเนื้อหา กรุณาใส่รหัสผ่านด้านล่าง:</p>"
    '<p><label>รหัสผ่าน: <input name="post_password" type="password"></label>'
    '<input type="submit" value="ส่ง"></p></form>'
)


def wordpress_post(content: str) -> Page:
    """A WordPress single post (featured image, headline, date) around *content*."""
    return Page(
        text=(
            '<html><body><article class="post type-post hentry">'
            '<header class="entry-header"><h1 class="entry-title">ป้องกัน: ผลการพิจารณาเงินอุดหนุน</h1>'
            '<div class="entry-meta"><time class="entry-date published updated" '
            'datetime="2024-02-06T13:40:00+07:00">6 กุมภาพันธ์ 2567</time></div></header>'
            '<div class="post-thumbnail"><img src="/wp-content/uploads/2024/02/a.jpg"></div>'
            f'<div class="entry-content">{content}</div></article></body></html>'
        )
    )


def read(family: str, page: Page, url: str = "https://office.example.go.th/2399/"):
    """Read and normalise *page* with *family*'s layout."""
    return normalize_article(read_article(layout(family), page, url))


def test_a_password_form_in_place_of_the_text_is_no_article() -> None:
    article = read("wordpress", wordpress_post(PASSWORD_FORM))
    assert article.body is None and not article.images
    assert not_an_article(article) is not None


def test_a_post_with_a_login_form_beside_its_text_stays() -> None:
    article = read("wordpress", wordpress_post(f"<p>{PARAGRAPH}</p>{PASSWORD_FORM}"))
    assert article.body and PARAGRAPH in article.body
    assert not_an_article(article) is None


def test_a_footer_blocks_body_field_is_no_nodes_body() -> None:
    # Drupal's inline access-denied page: no node, a login form, and a footer block printing
    # its text with the same body-field markup as a node.
    page = Page(
        text=(
            '<html><body><main><h1 class="page-title">ปฏิเสธการเข้าถึง</h1>'
            "<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>"
            '<form class="user-login-form"><input name="name"><input name="pass" type="password">'
            '</form></main><footer role="contentinfo"><div class="field field--name-body">'
            "<p>สำนักงานพลังงานจังหวัดตัวอย่าง ศาลากลางจังหวัด ชั้น 3 ถนนตัวอย่าง 72000</p>"
            "</div></footer></body></html>"
        )
    )
    article = read("drupal", page, "https://energy.example.go.th/news/2211")
    assert article.body is None
    assert not_an_article(article) is not None


def test_a_file_block_is_an_attachment_not_text() -> None:
    block = (
        '<div class="wp-block-file"><a href="/f/notice.pdf">หนังสือแจ้งหน่วยงาน</a>'
        '<a href="/f/notice.pdf" class="wp-block-file__button" download>ดาวน์โหลด</a></div>'
    )
    cleaned = clean_body(f"<div><p>{PARAGRAPH}</p>{block}</div>", base_url="https://h/1/")
    assert cleaned.body == PARAGRAPH
    assert cleaned.attachments == [{"url": "https://h/f/notice.pdf", "name": "หนังสือแจ้งหน่วยงาน"}]


def test_a_lone_file_link_of_the_editor_stays() -> None:
    lone = '<div><a href="/f/notice.pdf">หนังสือแจ้งหน่วยงาน</a></div>'
    cleaned = clean_body(f"<div><p>{PARAGRAPH}</p>{lone}</div>", base_url="https://h/1/")
    assert cleaned.body and "หนังสือแจ้งหน่วยงาน" in cleaned.body


def test_the_updated_time_of_the_meta_row_printing_published() -> None:
    row = (
        '<article><div class="entry-meta"><span class="on"><time class="entry-date published" '
        'datetime="2024-02-15T10:30:00+07:00">15 ก.พ. 2567</time></span><span class="upd">'
        'แก้ไขล่าสุด <time class="updated" datetime="2024-02-19T14:05:00+07:00">19 ก.พ. 2567'
        "</time></span></div></article>"
    )
    assert meta_row_updated(lxml_html.fromstring(row)) == "2024-02-19T14:05:00+07:00"


def test_a_never_edited_posts_one_time_is_no_modification() -> None:
    row = (
        '<article><div class="entry-meta"><time class="entry-date published updated" '
        'datetime="2024-02-15T10:30:00+07:00">15 ก.พ. 2567</time></div></article>'
    )
    assert meta_row_updated(lxml_html.fromstring(row)) is None


def test_a_utc_stamp_behind_a_day_only_text_gives_the_day() -> None:
    page = Page(text='<time datetime="2024-03-24T18:06:00Z">25 มีค. 2567</time>')
    assert printed_day(page, "2024-03-24T18:06:00Z") == "25 มีค. 2567"


def test_a_utc_stamp_behind_a_text_with_its_time_stays() -> None:
    page = Page(text='<time datetime="2024-03-24T18:06:00Z">25 มีค. 2567 เวลา 01.06 น.</time>')
    assert printed_day(page, "2024-03-24T18:06:00Z") == "2024-03-24T18:06:00Z"


def test_a_local_stamp_behind_a_day_only_text_keeps_its_time() -> None:
    page = Page(text='<time datetime="2024-03-25T01:06:00+07:00">25 มีค. 2567</time>')
    assert printed_day(page, "2024-03-25T01:06:00+07:00") == "2024-03-25T01:06:00+07:00"


def test_com_tags_keywords_in_a_span_list() -> None:
    page = Page(
        text=(
            '<html><body><article itemscope itemtype="https://schema.org/Article">'
            '<h1 itemprop="headline">ข่าว</h1><div itemprop="articleBody"><p>ข้อความข่าว</p></div>'
            '<div class="tags"><span itemprop="keywords"><a href="/component/tags/tag/3.html">'
            "พืชหลังนา</a></span></div></article></body></html>"
        )
    )
    article = layout("joomla").extract(page, "https://agri.example.go.th/news/1.html")
    assert article.tags == ["พืชหลังนา"]


def test_a_calendar_box_without_the_year_takes_its_machine_time_generically() -> None:
    # The day and month printed in two spans, the year and time only in the datetime; the
    # later modified line below the headline is no publication date.
    path = FIXTURES / "joomla" / "article_microdata_article_element.html"
    record = extract_bytes(
        path.read_bytes(), url="https://agri.example.go.th/news/1234-pr-67-054.html", cms="generic"
    )
    assert record["published_at"] == "2024-02-16T09:24:00+07:00"


@pytest.mark.parametrize(
    ("text", "machine", "expected"),
    [
        ("16 ก.พ.", "2024-02-16T09:24:00+07:00", True),
        ("1 มี.ค.", "2024-02-29T18:30:00Z", True),  # the day in Bangkok
        ("17 ก.พ.", "2024-02-16T09:24:00+07:00", False),
        ("16 ก.พ. 2567", "2024-02-16T09:24:00+07:00", False),  # a whole date reads as it is
        ("16", "2024-02-16T09:24:00+07:00", False),
    ],
)
def test_a_date_text_without_its_year(text: str, machine: str, expected: bool) -> None:
    assert yearless_of(text, machine) is expected
