"""Rules from the thirty-eighth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

import pytest

from crawler.extract import extract_bytes
from pipelines.thai_dates import parse_thai_date


@pytest.mark.parametrize(
    ("printed", "iso"),
    [
        ("28-NOV-07 15:31", "2007-11-28T15:31:00+07:00"),
        ("03-JAN-98", "1998-01-03"),
        ("12-Mar-24", "2024-03-12"),
    ],
)
def test_oracle_dd_mon_rr_dates(printed: str, iso: str) -> None:
    """Oracle's default DD-MON-RR: an English month, a two-digit CE year (RR: 00-49 = 20YY)."""
    assert parse_thai_date(printed).isoformat() == iso


def test_a_two_digit_number_after_a_month_and_space_is_no_year() -> None:
    assert parse_thai_date("Nov-07") is None and parse_thai_date("28 NOV 07") is None


HEADLINE = "สำนักงานสาธารณสุขจังหวัดเร่งส่งเวชภัณฑ์ให้โรงพยาบาลชุมชนทุกแห่งในจังหวัด"
OTHER = "ประชุมคณะกรรมการประสานงานสาธารณสุขระดับอำเภอประจำเดือน"
TEXT = (
    "สำนักงานสาธารณสุขจังหวัดได้จัดส่งเวชภัณฑ์และวัสดุการแพทย์ให้แก่โรงพยาบาลชุมชนทุกแห่ง "
    "เพื่อเตรียมความพร้อมในการให้บริการประชาชนในช่วงฤดูฝน ซึ่งมีผู้ป่วยโรคติดต่อเพิ่มขึ้น "
    "ทั้งนี้ ได้กำชับให้ทุกหน่วยบริการรายงานสถานการณ์อย่างต่อเนื่องทุกสัปดาห์"
)


def popular_row(n: int, title: str) -> str:
    """A row of a Drupal Views list of titles."""
    return (
        '<div class="views-row"><div class="views-field views-field-title"><span '
        f'class="field-content"><a href="/news/{n}">{title}</a></span></div></div>'
    )


def field(name: str, label: str, day: str, utc: str, kind: str = "datetime") -> str:
    """A Drupal core field printed inline: its label, then its item (a <time> in UTC)."""
    return (
        f'<div class="field field--name-{name} field--type-{kind} field--label-inline">'
        '<div class="field__label">'
        f'{label}</div><div class="field__item"><time datetime="{utc}" class="datetime">{day}'
        "</time></div></div>"
    )


PAGE = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">
<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | สำนักงาน</title></head>
<body><section class="banner"><div class="container"><h1>ข่าวประชาสัมพันธ์</h1></div></section>
<nav class="breadcrumb"><ol><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li>{HEADLINE}</li></ol>
</nav><main><article class="node"><div class="node__meta">
{field("field-news-date", "วันที่ข่าว", "อ. 03 ต.ค. 66 - 09:28", "2023-10-03T02:28:00Z")}
{field("changed", "ปรับปรุงล่าสุด", "อ. 03 ต.ค. 66 - 09:28", "2023-10-03T02:28:00Z", "changed")}
<div class="statistics-counter">เปิดอ่าน 845 ครั้ง</div></div>
<div class="node__content"><div class="field field--name-body"><p>{TEXT} {TEXT}</p></div></div>
</article></main></body></html>"""


def test_a_section_banner_leaves_the_declared_title_and_the_rows_under_it() -> None:
    """The only h1 is the section's banner (a breadcrumb crumb above the page): the og:title is
    the headline, and the labelled date row between banner and text is the article's."""
    record = extract_bytes(PAGE.encode(), url="http://127.0.0.1/news/2", cms="generic")
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2023-10-03T09:28:00+07:00"


OWN_ROW_PAGE = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">
<meta property="og:title" content="{HEADLINE}"><title>{HEADLINE} | สำนักงาน</title></head>
<body><main><article class="node"><div class="node__meta">
{field("changed", "ปรับปรุงล่าสุด", "จ. 30 ต.ค. 66 - 09:50", "2023-10-30T02:50:00Z", "changed")}
</div>
<div class="field field--name-body"><p>{TEXT} {TEXT}</p></div>
</article>
<div class="view-content"><div class="views-row">
<span class="views-field views-field-field-news-date">
<time datetime="2023-10-24T05:51:00Z">อ. 24 ต.ค. 66 - 12:51</time></span></div></div></main>
<aside><div class="view-content">{popular_row(2, HEADLINE)}{popular_row(1, OTHER)}
{popular_row(3, OTHER + " ครั้งที่ 2")}</div></aside></body></html>"""


def test_the_pages_own_row_in_a_list_of_posts_is_not_its_headline() -> None:
    """The title printed only as the page's own row in a popular-posts list: the date near
    that row (another list's) is no date beside the headline."""
    record = extract_bytes(OWN_ROW_PAGE.encode(), url="http://127.0.0.1/news/2", cms="generic")
    assert record["published_at"] == "2023-10-30T09:50:00+07:00"


def test_a_headline_linking_itself_among_unclassed_blocks_is_no_list_row() -> None:
    """Joomla 2.5's beez templates print the headline as h2 > a (a link to the page itself)
    in a page whose unclassed blocks also hold links: that is layout, not a list of posts."""
    import lxml.html

    from pipelines.layouts.generic import _listed_row

    root = lxml.html.fromstring(
        '<div><div><a href="/a">หน้าแรก</a></div><div><a href="/b">ติดต่อ</a></div>'
        f'<div><div class="item-page"><h2><a href="/news/2">{HEADLINE}</a></h2></div></div>'
        '<ul><li><a href="/news/1">ข่าวหนึ่ง</a></li><li><a href="/news/2">ข่าวสอง</a></li>'
        '<li><a href="/news/3">ข่าวสาม</a></li></ul></div>'
    )
    assert not _listed_row(root.find(".//h2"))
    assert _listed_row(root.findall(".//li")[1])  # a row of the latest-news list is one


def test_a_labelled_update_line_is_read_from_the_elements_around_its_label() -> None:
    """labelled_item looks only near the label's own text; a line nested a few levels deep
    (label in <b> in <span> in the row) is still read whole, a long block never."""
    from parsel import Selector

    from pipelines.layouts.base import labelled_modified

    html = (
        "<div class='item'><div class='text'><p>ข้อความของข่าว</p></div>"
        "<div class='meta'><span><b>ปรับปรุงล่าสุด</b></span> <span>3 มี.ค. 2567 10:15</span>"
        "</div></div>"
    )
    sel = Selector(text=html)
    scope = sel.css("div.item")[0].root
    assert labelled_modified(scope, sel.css("div.text")) == "3 มี.ค. 2567 10:15"
    assert labelled_modified(sel.css("div.text")[0].root, sel.css("div.text")) is None
