"""Rules from the sixty-third blind round (everyday sites), each on a small page of its shape.

Doctests cover the pieces (pipelines.layouts.cards.in_item_list, pipelines.generic's
_text_beside_picture).
"""

from __future__ import annotations

import pytest

from crawler.items import Article
from pipelines import boilerplate
from pipelines.generic import FOOTER_MARK_RE
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article, not_an_article

HEADLINE = "สำนักงานขนส่งจังหวัดจัดกิจกรรมรณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์"
TEXT = (
    "สำนักงานขนส่งจังหวัดจัดกิจกรรมรณรงค์ลดอุบัติเหตุทางถนนช่วงเทศกาลสงกรานต์ โดยมีเจ้าหน้าที่"
    "ตำรวจ อาสาสมัคร และประชาชนในพื้นที่เข้าร่วมกว่าสามร้อยคน พร้อมตรวจสภาพรถโดยสารสาธารณะ"
    "และให้ความรู้แก่ผู้ขับขี่เรื่องการสวมหมวกนิรภัยและการคาดเข็มขัดนิรภัย"
)
MORE = (
    "ทั้งนี้ ผู้ว่าราชการจังหวัดได้มอบหมายให้หน่วยงานที่เกี่ยวข้องตั้งจุดบริการประชาชนตลอดเส้นทาง"
    "สายหลัก เพื่อให้การเดินทางกลับภูมิลำเนาเป็นไปด้วยความปลอดภัย"
)
OTHER = "กรมการขนส่งทางบกเปิดให้จองคิวทำใบอนุญาตขับรถออนไลน์ผ่านแอปพลิเคชัน"
URL = "http://h/news-6720/"


def normalized(html: str, cms: str, url: str = URL) -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def grid_item(href: str, title: str, day: str) -> str:
    return (
        f"<article class='elementor-post post'><h3 class='elementor-post__title'>"
        f"<a href='{href}'>{title}</a></h3><div class='elementor-post__meta-data'>"
        f"<span class='elementor-post-date'>{day}</span></div></article>"
    )


def test_a_posts_grid_item_of_the_post_itself_does_not_date_it() -> None:
    # The single-post template prints the date and time in a post-info widget without
    # classes a family knows, and a latest-posts grid whose first item is this post.
    grid = (
        "<div class='elementor-posts'>"
        + grid_item("/news-6720/", HEADLINE, "26 พฤษภาคม 2567")
        + grid_item("/news-6711/", OTHER, "13 พฤษภาคม 2567")
        + "</div>"
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body>"
        "<div class='elementor elementor-location-single post-6720 post hentry'>"
        f"<h1 class='elementor-heading-title'>{HEADLINE}</h1>"
        "<ul class='elementor-post-info'><li><time>วันอาทิตย์ที่ 9 มิถุนายน 2567</time></li>"
        "<li><span>เวลา </span>10:55 น.</li></ul>"
        f"<div class='elementor-widget-theme-post-content'><div class='elementor-widget-container'>"
        f"<p>{TEXT}</p><p>{MORE}</p></div></div><h2>ข่าวล่าสุด</h2>{grid}</div></body></html>"
    )
    article = normalized(html, "wordpress")
    assert article.published_at == "2024-06-09T10:55:00+07:00"


def test_a_meta_rows_date_takes_the_time_the_row_prints_beside_it() -> None:
    from lxml import html as lxml_html

    from pipelines.layouts.wordpress import meta_row_date

    root = lxml_html.fromstring(
        "<div><div class='entry-meta'><span class='by'>โดย ฝ่ายบริหารทั่วไป</span> "
        "<span class='posted'>9 มิถุนายน 2567</span> <span class='time'>เวลา 10:55 น.</span>"
        "</div></div>"
    )
    assert meta_row_date(root) == "9 มิถุนายน 2567 เวลา 10:55 น."


def test_a_post_header_above_the_article_holds_its_counter() -> None:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='main'>"
        "<div class='the-post-header'><h1 class='is-title post-title'>"
        f"{HEADLINE}</h1><div class='post-meta'><time class='post-date' "
        "datetime='2025-02-09T11:58:00+07:00'>9 ก.พ. 2025</time>"
        "<span class='meta-item post-views'>เข้าชม 2,988 ครั้ง</span>"
        "<span class='meta-item read-time'>อ่าน 2 นาที</span></div></div>"
        "<article class='post-8841 post type-post'><div class='post-content entry-content'>"
        f"<p>{TEXT}</p><p>{MORE}</p></div></article></div></body></html>"
    )
    article = normalized(html, "wordpress")
    assert article.view_count == 2988


@pytest.mark.parametrize(
    "line",
    [
        "ท่านสามารถเลือกการตั้งค่าคุกกี้โดยเปิด/ปิด คุกกี้ในแต่ละประเภทได้ตามความต้องการ ยกเว้น คุกกี้ที่จำเป็น",
        "คุณสามารถจัดการคุกกี้ได้ที่การตั้งค่า",
    ],
)
def test_a_cookie_settings_dialogs_lines_are_furniture(line: str) -> None:
    found = boilerplate.match_line(line)
    assert found is not None and found.rules == ["cookie_notice"]
    assert boilerplate.match_line("ท่านสามารถสอบถามรายละเอียดเพิ่มเติมได้ที่ศูนย์บริการประชาชน") is None


def test_an_emptied_post_whose_only_text_is_a_cookie_dialog_is_no_article() -> None:
    html = (
        f"<html><head><title>(ยกเลิก) {HEADLINE}</title></head><body><article class='post'>"
        f"<h1 class='entry-title'>(ยกเลิก) {HEADLINE}</h1>"
        "<time class='entry-date published' datetime='2024-05-07T09:00:00+07:00'>7 พ.ค. 2567</time>"
        "<div class='entry-content'></div></article><div class='pdpa-popup'><p>ท่านสามารถเลือก"
        "การตั้งค่าคุกกี้โดยเปิด/ปิด คุกกี้ในแต่ละประเภทได้ตามความต้องการ ยกเว้น คุกกี้ที่จำเป็น"
        "</p></div></body></html>"
    )
    article = normalized(html, "wordpress")
    assert not_an_article(article) is not None


def test_numbered_footer_cells_are_the_footer() -> None:
    assert FOOTER_MARK_RE.search("cell mp_footer1")
    assert FOOTER_MARK_RE.search("footer-2")
    assert not FOOTER_MARK_RE.search("footerlink prefooter")


def test_an_empty_article_beside_the_footers_contacts_is_no_article() -> None:
    html = (
        "<html><head><title>ทดสอบ</title></head><body><div class='item-page'>"
        "<h2 itemprop='headline'>ทดสอบ</h2><dl class='article-info'><dd class='published'>"
        "<time datetime='2024-10-20T15:00:20+07:00'>20 ตุลาคม 2024</time></dd></dl>"
        "<div itemprop='articleBody'></div></div>"
        "<div class='cell mp_footer1'><div class='moduletable'><h3>ติดต่อเรา</h3><div class='custom'>"
        "<p>สำนักงานพาณิชย์จังหวัดแพร่<br>ศาลากลางจังหวัดแพร่ (หลังใหม่) ชั้น 2 ถนนไชยบูรณ์ ตำบลในเวียง "
        "อำเภอเมืองแพร่ จังหวัดแพร่ 54000<br>โทรศัพท์ 0 5451 1021 โทรสาร 0 5451 1022<br>"
        "อีเมล phrae@moc.go.th</p></div></div></div></body></html>"
    )
    article = normalized(html, "joomla", "http://h/pr-news/1418-test")
    assert not article.body
    assert not_an_article(article) is not None


def test_a_row_of_a_picture_beside_the_dateline_opens_the_text() -> None:
    dateline = "เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น."
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article class='news-detail'>"
        f"<h1 class='news-detail__title'>{HEADLINE}</h1><div class='news-detail__builder'>"
        "<section class='section section--two-columns'><div class='row'><div class='col-md-6'>"
        "<figure><img src='/getmedia/1/a.jpg' alt=''></figure></div><div class='col-md-6'>"
        f"<div class='widget widget--rich-text'><p>{dateline}</p></div></div></div></section>"
        f"<section class='section section--one-column'><div class='widget'><p>{TEXT}</p>"
        f"<p>{MORE}</p></div></section><section class='section section--one-column'>"
        f"<div class='widget'><p>{MORE} {TEXT}</p></div></section></div></article></body></html>"
    )
    article = normalized(html, "generic", "http://h/th/news/energy-news-67-017")
    assert article.body.startswith(dateline)
