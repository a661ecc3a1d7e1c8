"""Blind rounds 14 and 15: printed dates with two readings, settled by the page itself."""

from __future__ import annotations

from datetime import date

import pytest

from pipelines.generic import choose_published, extract_generic, other_days, read_by_url_day
from pipelines.layouts import Page, layout, read_article

TT4_PAGE = """<html lang="th"><head><title>ประชุมหัวหน้าส่วนราชการ – จังหวัด</title></head><body>
<main><h1 class="wp-block-post-title">ประชุมหัวหน้าส่วนราชการประจำเดือนมีนาคม</h1>
<div class="wp-block-post-date"><time datetime="2024-03-28T12:39:00+07:00">28 มี.ค. 24</time></div>
<div class="entry-content wp-block-post-content">
<p>ผู้ว่าราชการจังหวัดเป็นประธานการประชุมหัวหน้าส่วนราชการประจำเดือนมีนาคม 2567 ณ ห้องประชุม
ศาลากลางจังหวัด โดยมีหัวหน้าส่วนราชการและนายอำเภอทุกอำเภอเข้าร่วมประชุมพร้อมกัน</p>
<p>ที่ประชุมได้ติดตามผลการเบิกจ่ายงบประมาณและการแก้ไขปัญหาหมอกควันในพื้นที่ เพื่อให้
ทุกหน่วยงานบูรณาการการทำงานร่วมกันอย่างใกล้ชิดตลอดช่วงฤดูแล้งนี้</p>
</div></main></body></html>"""


@pytest.mark.parametrize(
    ("raw", "days"),
    [
        ("16 ก.พ. 24", [date(2024, 2, 16), date(1981, 2, 16)]),
        ("๑๖ กุมภาพันธ์ ๖๗", [date(2067, 2, 16), date(2024, 2, 16)]),
        ("16 ก.พ. 2567", []),
    ],
    ids=["abbreviated month, CE yy", "Thai digits, BE yy", "four-digit year"],
)
def test_named_month_with_a_two_digit_year_reads_in_either_era(raw: str, days: list) -> None:
    assert other_days(raw) == days


def test_two_digit_year_is_settled_by_the_time_element() -> None:
    chosen = choose_published(("printed", "16 ก.พ. 24"), ("<time datetime>", "2024-02-16T08:26"))
    assert chosen == ("<time datetime>", "2024-02-16T08:26")
    parts = extract_generic(TT4_PAGE, "https://example.go.th/2024/03/28/pr-1216/")
    assert parts.published_raw == "2024-03-28T12:39:00+07:00"


@pytest.mark.parametrize(
    ("raw", "url", "expected"),
    [
        ("7/12/2024 12:38 PM", "/pr/2024/07/12/p-446", "2024-07-12T12:38:00+07:00"),
        ("16/02/24", "/2024/02/16/pr-1165/", None),  # yy 24 reads as CE 2024 at once
        ("16 ก.พ. 32", "/2032/02/16/pr-1165/", "2032-02-16"),  # yy 32: BE 2532 first
        ("12/7/2024 12:38", "/pr/2024/07/12/p-446", None),  # the first reading is the address's
        ("7/12/2024 12:38 PM", "/pr/2023/07/12/p-446", None),  # no reading of the printed date
        ("7/12/2024 12:38 PM", "/pr/p-446", None),
    ],
)
def test_the_address_day_picks_the_printed_dates_other_reading(
    raw: str, url: str, expected: str | None
) -> None:
    found = read_by_url_day(("printed", raw), "https://www.example.go.th" + url)
    assert (found[1] if found else None) == expected


SXA_PAGE = """<html lang="th"><head><title>พาณิชย์ลงพื้นที่ติดตามราคาสินค้า | กระทรวง</title></head>
<body><main><div class="component title"><h1>พาณิชย์ลงพื้นที่ติดตามราคาสินค้า</h1></div>
<div class="field-date">7/12/2024 12:38 PM</div>
<div class="component rich-text"><div class="component-content">
<p>รัฐมนตรีว่าการกระทรวงพาณิชย์ลงพื้นที่ตลาดสดเพื่อติดตามสถานการณ์ราคาสินค้าอุปโภคบริโภค
และรับฟังความเห็นของผู้ค้าและผู้บริโภคเกี่ยวกับภาระค่าครองชีพในช่วงที่ผ่านมาอย่างใกล้ชิด</p>
<p>กระทรวงพาณิชย์จะเร่งดูแลราคาสินค้าจำเป็นให้เป็นธรรมทั้งต่อผู้ผลิตและผู้บริโภค พร้อมทั้ง
จัดกิจกรรมลดราคาสินค้าร่วมกับห้างค้าปลีกทั่วประเทศตลอดเดือนนี้</p></div></div>
</main></body></html>"""


def test_month_first_date_beside_the_title_is_read_by_the_address() -> None:
    url = "https://www.example.go.th/th/newsroom/press-releases/2024/07/12/pr-446"
    article = read_article(layout("generic"), Page(text=SXA_PAGE), url)
    assert article.published_at_raw == "2024-07-12T12:38:00+07:00"
