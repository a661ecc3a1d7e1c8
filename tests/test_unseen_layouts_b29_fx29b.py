# ruff: noqa: E501  (fixture HTML lines)
"""Rules from the twenty-ninth blind round, each checked on a small page of another make.

- A detail template's header block (a date badge of its own spans, a headline in a plain div,
  the meta row of time, counter, poster and last update under it) joins the block of a short
  text: the meta row and the badge are the article's data, read, no lines of the text; the
  time printed apart is the badge day's, however long the headline.
- A publication label before a long date with its weekday ("เผยแพร่เมื่อ วันพุธ 5 มิถุนายน
  2567") is a data line: the meta row holding it (with the update, the counter and the print
  links) is no text, and the text's block does not grow over it.
- A CMS printing an item's intro and full text as two sibling containers of paragraphs: a
  short intro (a sentence with a date) is the text's opening, not left out.
"""

from __future__ import annotations

from crawler.items import Article
from pipelines import boilerplate
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

URL = "http://office.example.go.th/activity/view/88"
HEADLINE = "สำนักงานเกษตรอำเภอจัดประชุมคณะกรรมการศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร"
LONG_HEADLINE = (
    "สำนักงานเกษตรอำเภอร่วมกับองค์การบริหารส่วนตำบลและวิสาหกิจชุมชนจัดประชุมคณะกรรมการ"
    "ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตรประจำปีงบประมาณ ๒๕๖๗ ครั้งที่ ๒ "
    "เพื่อติดตามผลการดำเนินงานแปลงใหญ่และการถ่ายทอดเทคโนโลยี"
)
# One short paragraph a line, as an editor pasting a letter prints them.
LINES = [
    "นายอำเภอเป็นประธานการประชุมคณะกรรมการศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร ณ ห้องประชุมที่ว่าการอำเภอ",
    "เพื่อติดตามผลการดำเนินงานของแปลงใหญ่ในพื้นที่",
    "และการถ่ายทอดเทคโนโลยีการผลิตให้แก่เกษตรกร",
    "โดยมีผู้แทนส่วนราชการเข้าร่วมประชุม",
    "พร้อมทั้งมอบเมล็ดพันธุ์แก่เกษตรกรผู้นำ",
]


def _page(headline: str, *, edited: bool = True) -> str:
    """A detail page: header block (badge, headline div, meta row), then short paragraphs."""
    text = "".join(f"<p>{line}</p>" for line in LINES)
    update = '<span class="upd">แก้ไขล่าสุด ๒๘/๐๕/๒๕๖๗ ๑๔:๒๒ น.</span>' if edited else ""
    return f"""<html><head><title>สำนักงานเกษตรอำเภอตัวอย่าง</title></head><body>
<div class="top"><a href="/">หน้าหลัก</a> <a href="/activity">กิจกรรม</a></div>
<div class="content"><div class="box"><div class="inner">
<div class="head"><div class="day"><span>๒๓</span><span>พ.ค.</span><span>๖๗</span></div>
<div class="right"><div class="topic">{headline}</div>
<div class="info"><span>เวลา ๐๙.๐๘ น.</span><span>เข้าชม ๔,๗๓๓ ครั้ง</span><span>โพสต์โดย admin01</span>{update}</div></div>
</div>
<div class="text">{text}</div>
</div></div></div>
<div class="foot">สำนักงานเกษตรอำเภอตัวอย่าง โทร. ๐-๓๕๕๔-๕๑๙๔</div>
</body></html>"""


def _read(html: str, title: str) -> Article:
    article = read_article(layout("generic"), Page(text=html), URL, listed_title=title)
    return normalize_article(article)


def test_header_meta_row_and_badge_are_read_not_kept_in_the_text() -> None:
    article = _read(_page(HEADLINE), HEADLINE)
    assert article.title == HEADLINE
    assert article.body is not None
    assert article.body.split("\n")[0] == LINES[0]
    for furniture in ("เข้าชม", "๔,๗๓๓", "โพสต์โดย", "เวลา ๐๙.๐๘ น.", "แก้ไขล่าสุด", "พ.ค."):
        assert furniture not in article.body
    assert article.view_count == 4733
    assert article.published_at == "2024-05-23T09:08:00+07:00"
    assert article.modified_at == "2024-05-28T14:22:00+07:00"


def test_time_apart_from_the_badge_joins_it_beside_a_long_headline() -> None:
    article = _read(_page(LONG_HEADLINE, edited=False), LONG_HEADLINE)
    assert article.title == LONG_HEADLINE
    assert article.published_at == "2024-05-23T09:08:00+07:00"
    assert article.body is not None and "เวลา ๐๙.๐๘ น." not in article.body


def _node_page() -> str:
    """A CMS node: headline block apart, a meta row (labelled long date, update, counter,
    print links) above the content, one paragraph a line, a share row and a pager under it."""
    text = "".join(f"<p>{line}</p>" for line in LINES)
    return f"""<html><head><title>{HEADLINE} | สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">สำนักงานตัวอย่าง</a></header>
<main><div class="page-heading"><h1>{HEADLINE}</h1></div>
<div class="main-block"><article class="entry">
<div class="entry-meta"><span class="posted">เผยแพร่เมื่อ <time datetime="2024-06-05T06:01:00Z">วันพุธ 5 มิถุนายน 2567</time></span>
<span class="changed">ปรับปรุงล่าสุด <time datetime="2024-06-06T02:00:00Z">6 มิ.ย. 2567</time></span>
<span class="hits">เข้าชม 3,912 ครั้ง</span>
<span class="tools"><a href="/print/7">พิมพ์</a> <a href="/mail/7">ส่งอีเมล</a></span></div>
<div class="entry-content"><div class="text">{text}</div>
<div class="share"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a></div>
<ul class="pager"><li><a href="/news/6">ข่าวก่อนหน้า</a></li><li><a href="/news/8">ข่าวถัดไป</a></li></ul></div>
</article></div></main>
<footer>สำนักงานตัวอย่าง โทร. 0-5351-1234</footer></body></html>"""


def test_labelled_long_date_with_weekday_is_a_data_line() -> None:
    said = boilerplate.match_line("เผยแพร่เมื่อ วันพุธ 5 มิถุนายน 2567")
    assert said is not None and said.data == {"published_raw": "วันพุธ 5 มิถุนายน 2567"}
    assert boilerplate.match_line("ประกาศเมื่อ วันพุธที่ 5 มิ.ย. 2567 เวลา 10.00 น.") is not None
    assert boilerplate.match_line("เผยแพร่เมื่อ วันพุธนี้ประชาชนร่วมงานได้") is None


def test_meta_row_with_a_labelled_long_date_stays_out_of_the_text() -> None:
    article = _read(_node_page(), HEADLINE)
    assert article.body is not None
    assert article.body.split("\n")[0] == LINES[0]
    for furniture in ("เผยแพร่เมื่อ", "ปรับปรุงล่าสุด", "เข้าชม", "ส่งอีเมล", "วันพุธ"):
        assert furniture not in article.body
    assert article.view_count == 3912


INTRO = "สรุปผลการประชุมคณะกรรมการจังหวัด วันจันทร์ที่ ๑๓ มกราคม ๒๕๖๓"
FULL = [
    "เรื่อง การแก้ไขปัญหาภัยแล้งนอกเขตชลประทาน",
    "ผู้เสนอ สำนักงานทรัพยากรน้ำภาค",
    "ที่ประชุมมีมติให้หน่วยงานที่เกี่ยวข้องสำรวจแหล่งน้ำในพื้นที่นอกเขตชลประทานทุกอำเภอ "
    "และจัดทำแผนการขุดสระเก็บน้ำประจำไร่นา พร้อมทั้งส่งเสริมการทำธนาคารน้ำใต้ดินในระดับชุมชน "
    "เพื่อให้มีน้ำใช้ตลอดปี โดยให้รายงานความก้าวหน้าต่อที่ประชุมทุกเดือน " * 4,
]


def _intro_page() -> str:
    """An item printed as an intro container and a full-text container of paragraphs."""
    full = "".join(f"<p>{line}</p>" for line in FULL)
    return f"""<html><head><title>{HEADLINE} - สำนักงานตัวอย่าง</title></head><body>
<div class="menu"><a href="/">หน้าหลัก</a> <a href="/news">ข่าว</a></div>
<div class="item"><header><h1>{HEADLINE}</h1>
<ul><li>อ่าน 1,732 ครั้ง</li></ul></header>
<div class="item-body"><div class="intro-text"><p>{INTRO}</p></div><div class="full-text">{full}</div></div>
</div>
<div class="foot">สำนักงานตัวอย่าง โทร. 0-5651-1063</div></body></html>"""


def test_short_intro_container_opens_the_text() -> None:
    article = _read(_intro_page(), HEADLINE)
    assert article.body is not None
    assert article.body.split("\n")[:2] == [INTRO, FULL[0]]
