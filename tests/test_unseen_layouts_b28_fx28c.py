"""Rules the twenty-eighth blind round showed on a Thai vendor's web-builder portal, each
checked on a small page written here:

- the headline printed in an h4 (the section's name is the page's h1 banner) is the title
  the date beside it is looked for from: a date badge of three spans (Thai digits, a
  two-digit BE year) takes the time its meta row prints in an element of its own;
- a meta row under a headline inside the article's block (a header block holding the
  headline and its date, time, bare counter and "อัปเดตล่าสุด" stamp, the text after it)
  is read for its data before the counter takes the row out: the update stamp, printed in
  Thai digits, is the modification date.
"""

from __future__ import annotations

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

SITE_TITLE = "ข่าวกิจกรรม | สำนักงานเกษตรจังหวัดตัวอย่าง"
SHORT_HEADLINE = "เกษตรจังหวัดจัดประชุมเครือข่ายวิสาหกิจชุมชน"
LONG_HEADLINE = (
    "สำนักงานเกษตรจังหวัดร่วมกับเครือข่ายวิสาหกิจชุมชนจัดประชุมเชิงปฏิบัติการพัฒนาผลิตภัณฑ์"
    "แปรรูปจากข้าวอินทรีย์ ประจำปีงบประมาณ ๒๕๖๘ ครั้งที่ ๒"
)
PARAGRAPHS = [
    "นายสมชาย ใจดี เกษตรจังหวัด เป็นประธานการประชุมเครือข่ายวิสาหกิจชุมชนด้านการแปรรูปข้าว "
    "ณ ห้องประชุมสำนักงานเกษตรจังหวัด เพื่อติดตามผลการดำเนินงานและวางแผนการตลาดร่วมกัน",
    "ที่ประชุมได้หารือแนวทางการพัฒนาบรรจุภัณฑ์และการขอรับรองมาตรฐานสินค้า "
    "ตลอดจนการเชื่อมโยงตลาดออนไลน์ให้แก่สมาชิกวิสาหกิจชุมชนทั้ง ๑๒ กลุ่ม",
]


def _page(headline: str, meta: str) -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return f"""<html><head><title>{SITE_TITLE}</title>
<meta property="og:title" content="{SITE_TITLE}"></head><body>
<header><nav><ul><li><a href="/">หน้าหลัก</a></li>
<li><a href="/news">ข่าวกิจกรรม</a></li></ul></nav></header>
<section class="banner"><h1>ข่าวกิจกรรม</h1><nav aria-label="breadcrumb"><ol class="breadcrumb">
<li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวกิจกรรม</a></li>
<li>รายละเอียดข่าว</li></ol></nav></section>
<main><div class="container"><div class="detail">
<div class="detail-head"><h4 class="detail-topic">{headline}</h4>
<div class="detail-meta">{meta}</div></div>
<div class="detail-body"><div class="detail-tools"><a href="#">พิมพ์</a></div>
<div class="detail-text">{text}</div></div>
</div></div></main>
<footer><p>สำนักงานเกษตรจังหวัดตัวอย่าง โทร ๐-๓๔๒๑-๑๒๓๔</p></footer></body></html>"""


def _record(html: str, url: str) -> dict:
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    return normalize_article(read_article(layout("generic"), page, url)).record()


BADGE = (
    '<span class="post-date"><span class="d">๑๙</span> <span class="m">พ.ย.</span> '
    '<span class="y">๖๗</span></span>'
)


def test_a_headline_in_an_h4_gets_the_badge_date_with_its_row_time() -> None:
    meta = f'{BADGE} <span class="clock">๑๓.๓๘ น.</span>'
    record = _record(_page(SHORT_HEADLINE, meta), "http://agri.example.go.th/news/detail/77")
    assert record["title"] == SHORT_HEADLINE
    assert record["published_at"] == "2024-11-19T13:38:00+07:00"


def test_the_update_stamp_under_a_headline_inside_the_block_is_the_modification() -> None:
    meta = (
        f'{BADGE} <span class="clock">๑๓.๓๘ น.</span> '
        '<span class="seen" title="จำนวนผู้เข้าชม">๖๕๗</span> '
        '<span class="edited">อัปเดตล่าสุด ๓๑/๑๒/๒๕๖๗ ๑๙:๑๐</span>'
    )
    record = _record(_page(LONG_HEADLINE, meta), "http://agri.example.go.th/news/detail/78")
    assert record["title"] == LONG_HEADLINE
    assert record["published_at"] == "2024-11-19T13:38:00+07:00"
    assert record["modified_at"] == "2024-12-31T19:10:00+07:00"
    assert record["view_count"] == 657
    assert record["body"].startswith("นายสมชาย") and "อัปเดตล่าสุด" not in record["body"]
