"""Rules from the sixty-fourth blind round (everyday sites), each on a small page of its shape.

Doctests cover the pieces (pipelines.layouts.local_midnight_day, pipelines.text._all_files,
pipelines.generic.data_row's byline labels).
"""

from __future__ import annotations

from crawler.items import Article
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดจัดกิจกรรมปลูกป่าชุมชนเฉลิมพระเกียรติ"
TEXT = (
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดจัดกิจกรรมปลูกป่าชุมชนเฉลิมพระเกียรติ "
    "โดยมีส่วนราชการ ผู้นำชุมชน และนักเรียนในพื้นที่เข้าร่วมกว่าห้าร้อยคน ปลูกต้นไม้กว่าสามพันต้น"
    "บนพื้นที่ป่าชุมชนที่เสื่อมโทรม เพื่อฟื้นฟูแหล่งต้นน้ำและเพิ่มพื้นที่สีเขียวให้กับจังหวัด"
)
MORE = (
    "ทั้งนี้ ผู้ว่าราชการจังหวัดได้มอบหมายให้หน่วยงานที่เกี่ยวข้องติดตามดูแลต้นไม้ที่ปลูกอย่างต่อเนื่อง "
    "และรายงานผลการดำเนินงานทุกไตรมาส"
)


def normalized(html: str, cms: str, url: str = "http://h/news/5") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def test_k2_links_items_of_a_category_page_are_listed() -> None:
    items = "".join(
        f"<div class='itemContainer'><div class='catItemView'><h3 class='catItemTitle'>"
        f"<a href='/news/item/{n}-x'>ข่าวกิจกรรมของสำนักงานลำดับที่ {n}</a></h3></div></div>"
        for n in (30, 29)
    )
    links = "".join(
        f"<li><a href='/news/item/{n}-y'>ข่าวประชาสัมพันธ์ของสำนักงานลำดับที่ {n}</a></li>"
        for n in (28, 27)
    )
    html = (
        f"<html><body><div id='k2Container' class='itemListView'>{items}"
        f"<div id='itemListLinks'><h4>รายการเพิ่มเติม...</h4><ul>{links}</ul></div></div>"
        "</body></html>"
    )
    found = [url for url, _ in layout("k2").extract_links(Page(text=html), "http://h/news")]
    assert "http://h/news/item/28-y" in found and "http://h/news/item/27-y" in found
    assert "http://h/news/item/30-x" in found


def test_a_familys_midnight_machine_date_is_a_day() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article class='post hentry'>"
        f"<h1 class='entry-title'>{HEADLINE}</h1><time class='entry-date published' "
        "datetime='2022-09-21T00:00:00+07:00'>21 กันยายน 2022</time>"
        f"<div class='entry-content'><p>{TEXT}</p><p>{MORE}</p></div></article></body></html>"
    )
    assert normalized(html, "wordpress").published_at == "2022-09-21"


def test_a_joomla_attachments_table_of_download_links_is_furniture() -> None:
    table = (
        "<div class='attachmentsContainer'><table><caption>ไฟล์แนบ:</caption><tbody><tr>"
        "<td><a href='/attachments/download/2256'><img src='/pdf.gif' alt=''></a>"
        "<a href='/attachments/download/2256'>rice-news-2256.pdf</a></td><td>336 kB</td>"
        "<td>9 ครั้ง</td></tr></tbody></table></div>"
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='com-content-article "
        f"item-page'><h1>{HEADLINE}</h1><div itemprop='articleBody' "
        "class='com-content-article__body'>"
        f"<p>{TEXT}</p><p>{MORE}</p>{table}</div></div></body></html>"
    )
    article = normalized(html, "joomla")
    assert "rice-news-2256.pdf" not in article.body and "ไฟล์แนบ" not in article.body


def test_a_block_themes_byline_row_does_not_open_the_text() -> None:
    row = (
        "<div class='wp-block-group is-nowrap'><p>เขียนโดย </p>"
        "<div class='wp-block-post-author-name'>"
        "<a href='/author/pr/'>ฝ่ายประชาสัมพันธ์</a></div><p>ใน</p><div class='wp-block-post-terms'>"
        "<a href='/category/news/' rel='tag'>ข่าวกิจกรรม</a></div><p>·</p>"
        "<div class='wp-block-post-date'><time datetime='2025-06-21T12:15:00+07:00'>21 มิถุนายน "
        "2025</time></div></div>"
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><div class='wp-block-group'>"
        f"<h1 class='wp-block-post-title'>{HEADLINE}</h1>{row}<div class='entry-content "
        f"wp-block-post-content'><p>{TEXT}</p></div></div></main></body></html>"
    )
    article = normalized(html, "generic")
    assert article.body.startswith(TEXT[:30])
    assert "ข่าวกิจกรรม" not in article.tags


def test_a_sign_off_aligned_right_by_ckeditor_5_is_the_source() -> None:
    office = "กองการสื่อสารองค์กร สป.นร."
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article class='news full'>"
        f"<h1>{HEADLINE}</h1><div class='field field--name-body'><p>{TEXT}</p><p>{MORE}</p>"
        f"<p class='text-align-right'>{office}</p></div></article></body></html>"
    )
    assert normalized(html, "generic").source == office


def test_a_bootstrap_drupal_themes_labelled_source_field_is_read() -> None:
    office = "กองการสื่อสารองค์กร สำนักงานปลัดสำนักนายกรัฐมนตรี"
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main>"
        f"<h1 id='wb-cont'>{HEADLINE}</h1><article data-history-node-id='3187' class='news full'>"
        f"<div class='field field--name-body field--item'><p>{TEXT}</p><p>{MORE}</p></div>"
        "<div class='field field--name-field-source field--label-inline'>"
        f"<div class='field--label'>ที่มา</div><div class='field--item'>{office}</div></div>"
        "</article></main></body></html>"
    )
    assert normalized(html, "drupal").source == office


def test_a_page_details_date_modified_printed_as_iso_text_is_the_modification() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main property='mainContentOfPage' "
        f"typeof='WebPageElement'><h1>{HEADLINE}</h1><article class='node'>"
        "<div class='submitted'>16 มิถุนายน 2568 10:20 น.</div>"
        f"<div class='field field--name-body'><p>{TEXT}</p><p>{MORE}</p></div></article>"
        "<dl id='wb-dtmd'><dt>วันที่ปรับปรุง:</dt><dd><time property='dateModified'>2025-06-17"
        "</time></dd></dl></main></body></html>"
    )
    for cms in ("drupal", "generic"):
        assert normalized(html, cms).modified_at == "2025-06-17", cms


def test_a_font_size_tool_row_stays_a_meta_row() -> None:
    # A separator is stripped only to find separator items: "ก-" and "ก+" stay tools.
    import lxml.html

    from pipelines.generic import data_row

    row = lxml.html.fromstring(
        "<div><span>ขนาดตัวอักษร</span><a href='?do=down'>ก-</a> <a href='?do=reset'>ก</a> "
        "<a href='?do=up'>ก+</a> <a href='javascript:window.print()'>พิมพ์</a></div>"
    )
    assert data_row(row)
