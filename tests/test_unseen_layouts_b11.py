# ruff: noqa: E501  (fixture HTML lines)
"""Rules the eleventh blind round showed, each checked on a small page: a source field whose
label is printed above its value (any class names), a page that withholds the item ("no right
to access", "Access denied") served with 200, a <time> whose visible text is only a relative
time beside the title, and a meta row printing the date with its counter beside the title
while the record's stamp of the same day carries the time."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.items import Article
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.drupal import source_field
from pipelines.layouts.generic import printed_as_date, with_time_of_day
from pipelines.normalize import is_missing_notice, normalize_article, not_an_article

HEADLINE = "พมจ. จัดกิจกรรมส่งเสริมความเข้มแข็งของครอบครัวในชุมชน ประจำปี 2567"
TEXT = (
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดจัดกิจกรรมส่งเสริมความเข้มแข็งของครอบครัว"
    "ให้แก่ผู้นำชุมชนและอาสาสมัครในพื้นที่ เพื่อสร้างเครือข่ายเฝ้าระวังปัญหาสังคม "
) * 3
OFFICE = "กลุ่มนโยบายและวิชาการ"


def _record(html: str, cms: str, url: str = "http://h.go.th/pr/2567/886") -> dict:
    article = read_article(layout(cms), Page(text=html), url)
    return normalize_article(article).record()


def _drupal_node(source_field_html: str) -> str:
    """A Drupal 8 node of a theme that prints no `node` class and its own field classes."""
    return f"""<html><head><meta name="Generator" content="Drupal 8 (https://www.drupal.org)">
<title>{HEADLINE} | สำนักงาน</title></head><body>
<h1 class="page-header"><span>{HEADLINE}</span></h1>
<article role="article" about="/pr/2567/886" class="news full clearfix">
<div class="node__meta"><span>ส่งโดย admin เมื่อ <span>วันจันทร์, เมษายน 29, 2024 - 10:26</span></span></div>
<div class="content">
<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item"><p>{TEXT}</p></div>
{source_field_html}
<ul class="links inline list-inline"><li class="statistics-counter">อ่าน 123 ครั้ง</li></ul>
</div></article></body></html>"""


@pytest.mark.parametrize(
    "field",
    [
        # Bootstrap 3's field template: label above, field--label / field--item classes
        f'<div class="field field--name-field-source field--label-above"><div class="field--label">แหล่งที่มา</div><div class="field--item">{OFFICE}</div></div>',
        # no classes at all: the first line is the label
        f'<div class="field"><h3>ที่มา</h3><p>{OFFICE}</p></div>',
        # the label before its value on one line
        f'<div class="field"><span>ที่มา :</span> <span>{OFFICE}</span></div>',
    ],
    ids=["label-above-bootstrap", "label-above-unclassed", "label-before"],
)
def test_a_source_field_labelled_above_its_value(field: str) -> None:
    record = _record(_drupal_node(field), "drupal")
    assert record["source"] == OFFICE
    assert "แหล่งที่มา" not in record["body"] and OFFICE not in record["body"]


def test_a_joomla_custom_field_labelled_above_its_value() -> None:
    """The same rule in the Joomla family: a template override printing com_fields' entry as
    a heading over its value, without the field-label / field-value classes."""
    html = f"""<html><head><title>{HEADLINE}</title></head><body>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{HEADLINE}</h2></div>
<dl class="article-info"><dd class="published"><time datetime="2024-04-29T10:26:00+07:00" itemprop="datePublished">29 เมษายน 2567</time></dd></dl>
<div itemprop="articleBody"><p>{TEXT}</p></div>
<ul class="fields-container"><li class="field-entry source"><h4>แหล่งข่าว</h4><div>{OFFICE}</div></li></ul>
</div></body></html>"""
    record = _record(html, "joomla", "http://h.go.th/index.php/news/886-pr")
    assert record["source"] == OFFICE


def test_a_field_holding_text_besides_a_source_line_is_no_source_field() -> None:
    body = lxml.html.fromstring(f"<div><p>{TEXT}</p><p>ที่มา : {OFFICE}</p></div>")
    assert source_field(body) is None
    above = lxml.html.fromstring(f"<div><div>แหล่งที่มา</div><div>{OFFICE}</div></div>")
    assert source_field(above) == OFFICE


def _no_access_page(message: str, title: str) -> str:
    return f"""<html><head><title>{title} | สำนักงาน</title></head><body>
<nav><a href="/">หน้าแรก</a><a href="/pr">ข่าวประชาสัมพันธ์</a></nav>
<h1 class="page-header"><span>{title}</span></h1>
<article role="article" class="page full"><div class="content"><div class="field field--name-body"><p>{message}</p></div></div></article>
<footer><p>สำนักงาน ศาลากลางจังหวัด ชั้น 2 โทร. 0-4451-1286</p></footer></body></html>"""


@pytest.mark.parametrize(
    ("message", "title"),
    [
        ("ไม่มีสิทธิ์เข้าถึงเนื้อหานี้ หรือเนื้อหาถูกยกเลิกการเผยแพร่แล้ว", "ไม่มีสิทธิ์เข้าถึง"),
        ("ท่านไม่ได้รับอนุญาตให้เข้าถึงหน้านี้", "ไม่ได้รับอนุญาต"),
        ("ขออภัย คุณไม่มีสิทธิ์ในการเข้าถึงข้อมูลนี้", "ปฏิเสธการเข้าถึง"),
        ("You are not authorized to access this page.", "Access denied"),
        ("You do not have permission to view this content.", "403 Forbidden"),
    ],
)
@pytest.mark.parametrize("cms", ["drupal", "generic"])
def test_a_page_withholding_the_item_is_no_article(message: str, title: str, cms: str) -> None:
    article = read_article(layout(cms), Page(text=_no_access_page(message, title)), "http://h/x")
    assert not_an_article(normalize_article(article)) is not None


def test_an_article_about_access_rights_stays_an_article() -> None:
    story = "คนพิการไม่มีสิทธิ์เข้าถึงบริการสาธารณสุขในพื้นที่ห่างไกล"
    assert not is_missing_notice(story)
    article = Article(url="u", site="s", title=story, body=f"{story}\n{TEXT}")
    assert not_an_article(article) is None
    short = Article(url="u", site="s", title=story, body=f"{story}\nพมจ. ลงพื้นที่ติดตาม\nวันนี้")
    assert not_an_article(short) is None  # a short story's line, not a notice


def _relative_time_post() -> str:
    """A theme printing the post's time as "N months ago" over its machine datetime, and a
    short dateline paragraph (the event's date) at the top of the text."""
    return f"""<html><head><title>{HEADLINE} – สำนักงานพลังงานจังหวัด</title></head><body>
<div class="page-header"><h1 class="entry-title">{HEADLINE}</h1><p class="author">เผยแพร่โดย <a href="/author/admin/">admin</a> เมื่อ <time class="entry-date published" datetime="2024-08-04T10:53:00+07:00">4 เดือน ที่แล้ว</time><time class="updated hidden" datetime="2024-08-12T07:31:00+07:00">3 เดือน ที่แล้ว</time></p></div>
<article class="section"><div class="entry-content"><p>{TEXT}</p><p>เมื่อวันอังคารที่ ๑๔ กุมภาพันธ์ ๒๕๖๐ เวลา ๐๙.๓๐ น.</p><p>{TEXT}</p></div></article>
</body></html>"""


def test_a_relative_time_gives_its_machine_datetime() -> None:
    el = lxml.html.fromstring('<time datetime="2024-08-04T10:53:00+07:00">2 เดือน ที่แล้ว</time>')
    assert printed_as_date(el, "2 เดือน ที่แล้ว") == "2024-08-04T10:53:00+07:00"
    plain = lxml.html.fromstring("<span>2 เดือน ที่แล้ว</span>")
    assert printed_as_date(plain, "2 เดือน ที่แล้ว") == "2 เดือน ที่แล้ว"
    record = _record(_relative_time_post(), "generic", "http://h.go.th/pr-energy-67-036/")
    assert record["published_at"] == "2024-08-04T10:53:00+07:00"


def _meta_row_page(time_in_row: str) -> str:
    """A detail view: the date and the reader count in one row under the headline, a dateline
    paragraph of another day in the text, and the record's stamps (with the time) below."""
    return f"""<html><head><title>{HEADLINE}</title></head><body>
<div class="news-view"><h1>{HEADLINE}</h1>
<p class="news-meta text-muted">วันพฤหัสบดีที่ ๑๘ เดือนกรกฎาคม พุทธศักราช ๒๕๖๗ {time_in_row} &nbsp; จำนวนผู้อ่าน ๒,๙๓๖ ครั้ง</p>
<div class="news-content"><p>{TEXT}</p><p>เมื่อวันอังคารที่ ๑๔ กุมภาพันธ์ ๒๕๖๐ เวลา ๐๙.๓๐ น.</p><p>{TEXT}</p>
<table class="table detail-view"><tr><th>สร้างเมื่อ</th><td>18 ก.ค. 2024 13:58:00</td></tr><tr><th>แก้ไขล่าสุด</th><td>18 ก.ค. 2024 13:58:00</td></tr></table>
</div></div></body></html>"""


@pytest.mark.parametrize("time_in_row", ['<span class="news-time">เวลา ๑๓.๕๘ น.</span>', ""])
def test_a_meta_row_with_its_counter_is_the_date_beside_the_title(time_in_row: str) -> None:
    record = _record(_meta_row_page(time_in_row), "generic", "http://h.go.th/news/view?id=168")
    assert record["published_at"] == "2024-07-18T13:58:00+07:00"
    assert record["view_count"] == 2936


def test_the_time_comes_from_a_stamp_not_from_a_sentence_of_the_story() -> None:
    assert with_time_of_day("8 กรกฎาคม 2567", ["8 ก.ค. 2024 10:00:00"]) == "8 ก.ค. 2024 10:00:00"
    assert with_time_of_day("8 กรกฎาคม 2567", ["9 ก.ค. 2024 10:00:00"]) == "8 กรกฎาคม 2567"
    assert with_time_of_day("8 กรกฎาคม 2567 10:00", ["8 ก.ค. 2024 11:00:00"]) == (
        "8 กรกฎาคม 2567 10:00"
    )


def test_an_update_stamp_lends_the_day_no_time() -> None:
    """A page printing the day alone beside the title and its last update of the same day with
    a time ("แก้ไขล่าสุด : 2/1/2567 18:11:30"): the update's time is not the publication's."""
    html = f"""<html><head><title>{HEADLINE}</title></head><body><div id="content">
<h1>{HEADLINE}</h1>
<div class="news-info">วันที่ <span id="lblDate">๒ ม.ค. ๒๕๖๗</span> | ผู้เข้าชม ๑,๘๘๒ ครั้ง</div>
<div class="news-detail"><p>{TEXT}</p><p>{TEXT}</p></div>
<div class="news-update">แก้ไขล่าสุด : <span id="lblUpdate">2/1/2567 18:11:30</span></div>
</div></body></html>"""
    record = _record(html, "generic", "http://h.go.th/News/NewsDetail.aspx?NewsID=1230")
    assert record["published_at"] == "2024-01-02"
