"""Rules from the fifty-first blind round, each on a small page of the shape that showed it.

Abbreviated counters ("เข้าชม ๑.๓ พัน ครั้ง"), an office's cookie notice and a relative
"เผยแพร่ ๑ เดือนที่แล้ว" have line cases in tests/test_boilerplate.py; a list of months in a
sidebar, walked when the listing has no pager, is crawled in tests/test_redteam_crawl.py.
"""

from __future__ import annotations

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "กรมชลประทานเร่งระบายน้ำในพื้นที่ลุ่มต่ำของจังหวัดพระนครศรีอยุธยา"
TEXT = (
    "<p>กรมชลประทานเร่งระบายน้ำในพื้นที่ลุ่มต่ำของจังหวัดพระนครศรีอยุธยา โดยติดตั้งเครื่องสูบน้ำ"
    "เพิ่มเติมจำนวน ๑๒ เครื่อง เพื่อบรรเทาความเดือดร้อนของประชาชนที่ได้รับผลกระทบจากน้ำท่วม</p>"
    "<p>ทั้งนี้ กรมชลประทานได้ประสานงานกับหน่วยงานในพื้นที่อย่างใกล้ชิด เพื่อให้การช่วยเหลือ"
    "เป็นไปอย่างรวดเร็วและทั่วถึง และขอให้ประชาชนติดตามข่าวสารอย่างต่อเนื่อง</p>"
)


def read(body: str, url: str = "http://h/news/1", cms: str = "generic") -> object:
    page = Page(
        text=f"<html><body><main><article><h1>{HEADLINE}</h1>"
        f"<div class='meta'><span class='date'>5 มีนาคม 2567</span></div>"
        f"<div class='content'>{body}</div></article></main></body></html>"
    )
    return normalize_article(read_article(layout(cms), page, url, site="x"))


def test_sara_am_typed_as_two_characters_is_one() -> None:
    split = TEXT.replace("\u0e33", "\u0e4d\u0e32")
    article = read(split)
    assert "เร่งระบายน้ำในพื้นที่ลุ่มต่ำ" in article.body
    assert "\u0e4d" not in article.body


def test_visitors_comments_after_their_counted_heading_are_no_text() -> None:
    comments = (
        "<p><strong>ความคิดเห็นจากผู้อ่าน (2)</strong></p>"
        "<p>ความคิดเห็นที่ 1 โดย <b>ลุงเชิด บ้านคลองม่วง</b> เมื่อ 25 กันยายน 2559 เวลา 09:48 น.</p>"
        "<p>ติดตามข่าวของสำนักงานมาตลอดครับ เห็นด้วยกับแนวทางนี้มาก แต่อยากฝากให้ช่วยดูเรื่อง"
        "การระบายน้ำในหมู่บ้านของเราด้วย เพราะทุกปีน้ำท่วมขังนานหลายสัปดาห์</p>"
    )
    for cms in ("generic", "joomla"):
        article = read(TEXT + comments, cms=cms)
        assert "ติดตามข่าวของสำนักงานมาตลอด" not in article.body, cms
        assert "ลุงเชิด" not in article.body, cms
        assert "ขอให้ประชาชนติดตามข่าวสาร" in article.body, cms


def test_a_related_list_in_the_texts_last_paragraph_is_no_text() -> None:
    related = (
        "<p>ข่าวที่เกี่ยวข้อง<br>• <a href='/news/7'>กรมชลประทานติดตั้งเครื่องสูบน้ำเพิ่มเติม</a>"
        "<br>• <a href='/news/8'>จังหวัดพระนครศรีอยุธยาเตรียมพร้อมรับมือน้ำหลาก</a></p>"
    )
    for cms in ("generic", "wordpress"):
        share = (
            "<div class='sharing'><h3>แชร์ข่าวนี้:</h3><a href='https://www.facebook.com/"
            "sharer/sharer.php?u=x'>Facebook</a></div>"
        )
        source = "<p>ข่าว/ภาพ : กลุ่มประชาสัมพันธ์ กรมชลประทาน</p>"
        article = read(TEXT + source + related + share, cms=cms)
        assert "ข่าวที่เกี่ยวข้อง" not in article.body, cms
        assert "เตรียมพร้อมรับมือน้ำหลาก" not in article.body, cms


def test_a_consent_dialog_inside_the_main_content_is_no_text() -> None:
    dialog = (
        "<div role='dialog' aria-modal='true' class='pdpa-consent'><h2>การใช้คุกกี้</h2>"
        "<p>ทางเราให้ความสำคัญกับข้อมูลส่วนบุคคลของท่าน โปรดอ่านนโยบายความเป็นส่วนตัวก่อนใช้งาน"
        "เว็บไซต์ และเลือกการตั้งค่าที่เหมาะสมกับท่านได้ตลอดเวลา</p><button>ยอมรับทั้งหมด</button></div>"
    )
    article = read(TEXT + dialog)
    assert "นโยบายความเป็นส่วนตัว" not in article.body
    assert "ขอให้ประชาชนติดตามข่าวสาร" in article.body


def test_a_count_shown_abbreviated_is_the_figure_it_rounds_to() -> None:
    article = read(TEXT + "<p>เข้าชม ๑.๓ พัน ครั้ง</p>")
    assert article.view_count == 1300


def test_an_office_byline_gives_way_to_a_labelled_source_and_is_never_the_site_itself() -> None:
    from pipelines.generic import extract_generic

    def page(byline: str, labelled: str = "") -> str:
        return (
            "<html><head><title>กรมการท่องเที่ยว Department of Tourism</title></head><body>"
            f"<header><h1>กรมการท่องเที่ยว</h1></header><main><div class='hero'><p>{HEADLINE}</p>"
            f"<p class='meta'>เผยแพร่ 4 วันที่แล้ว · โดย {byline}</p></div>"
            f"<div class='content'>{TEXT}</div>{labelled}</main></body></html>"
        )

    field = "<dl class='news-info'><dt>หน่วยงานเจ้าของข่าว:</dt><dd>กองพัฒนาแหล่งท่องเที่ยว</dd></dl>"
    url = "http://h/news/x"
    assert extract_generic(page("กรมการท่องเที่ยว"), url).source is None
    assert extract_generic(page("กองประชาสัมพันธ์", field), url).source == "กองพัฒนาแหล่งท่องเที่ยว"
    assert extract_generic(page("กองประชาสัมพันธ์"), url).source == "กองประชาสัมพันธ์"
