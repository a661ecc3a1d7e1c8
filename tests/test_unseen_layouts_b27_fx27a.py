"""Rules the twenty-seventh blind round showed on a themed Drupal 9 site and a MODX site,
each checked on a small page written here:

- a state class on the page's wrapper ("main main-page has-breadcrumb": the page has a
  breadcrumb) names no furniture: the listing's links inside it are read;
- a long headline above a short text of short paragraphs joins the text's run: the meta row
  printed between them (date badge, time, counter, "ปรับปรุงข้อมูลเมื่อ") is no text, leaves
  the body, and the modification date it prints is read;
- a wrapper saying the page has a breadcrumb is no breadcrumb: a link in it printing the
  headline (a "latest news" list naming this article) does not make the headline a banner;
"""

from __future__ import annotations

import lxml.html

from pipelines.generic import extract_generic, section_banner
from pipelines.layouts import Page, layout
from pipelines.text import clean_body

HEADLINE = "สำนักงานพลังงานจังหวัดจัดอบรมการใช้พลังงานแสงอาทิตย์ในชุมชน ครั้งที่"
TEXT = (
    "สำนักงานพลังงานจังหวัดร่วมกับองค์การบริหารส่วนตำบลจัดอบรมการติดตั้งแผงโซลาร์เซลล์ "
    "ให้แก่ผู้นำชุมชนและเกษตรกร เพื่อลดค่าใช้จ่ายด้านพลังงานในครัวเรือน "
) * 2


def _card(nid: int) -> str:
    return f"""<div class="views-row col-lg-4"><div class="post-block">
<div class="post-content">
<div class="post-meta"><span class="post-created">1{nid % 9} มิ.ย. 2024</span></div>
<div class="post-title"><a href="/news/{nid}" rel="bookmark">{HEADLINE} {nid}</a></div>
<div class="post-body">{TEXT[:120]}…</div>
<div class="post-link"><a href="/news/{nid}">อ่านเพิ่มเติม</a></div></div></div></div>"""


def test_a_state_class_on_the_main_wrapper_names_no_furniture() -> None:
    cards = "".join(_card(nid) for nid in range(1500, 1509))
    html = f"""<html><body class="layout-no-sidebars">
<header><nav><ul class="menu"><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul></nav></header>
<div class="breadcrumbs"><ol><li><a href="/">หน้าแรก</a></li><li>ข่าวประชาสัมพันธ์</li></ol></div>
<div role="main" class="main main-page has-breadcrumb"><div id="content" class="content">
<div class="view-content-wrap row">{cards}</div>
<nav class="pager"><ul class="pager__items"><li><a href="?page=1">2</a></li>
<li><a href="?page=1" rel="next">ถัดไป ›</a></li></ul></nav>
</div></div>
<footer><a href="/contact">ติดต่อเรา</a></footer></body></html>"""
    links = layout("generic").extract_links(Page(text=html), "http://h.go.th/news")
    assert [href for href, _ in links] == [f"http://h.go.th/news/{n}" for n in range(1500, 1509)]


LONG_HEADLINE = "กระทรวงยุติธรรม โดยกรมคุมประพฤติ ยกระดับกลุ่มประเทศ CLMV เพื่อพัฒนาการปฏิบัติต่อผู้กระทำผิดในชุมชน"
SHORT_LINES = [
    "นายวิทยา สุริยะวงค์ รองปลัดกระทรวงยุติธรรม เป็นประธานการฝึกอบรมหลักสูตรการพัฒนา"
    "การปฏิบัติต่อผู้กระทำผิดในชุมชนสำหรับเจ้าหน้าที่จากกลุ่มประเทศ CLMV ณ โรงแรมในกรุงเทพมหานคร",
    "เมื่อวันอังคารที่ ๑๔ กุมภาพันธ์ ๒๕๖๐ เวลา ๐๙.๓๐ น.",
    "ซึ่งจัดขึ้นระหว่างวันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐",
    "ข่าว : กลุ่มงานส่งเสริมสุขภาพ สำนักงานสาธารณสุขอำเภอ",
]


def test_a_long_headline_does_not_pull_the_meta_row_into_a_short_text() -> None:
    paragraphs = "".join(f"<p>{line}</p>" for line in SHORT_LINES)
    html = f"""<html><head><title>กระทรวงยุติธรรม โดยกรมคุมประพฤติ - สำนักงานสาธารณสุข</title>
<meta property="og:title" content="กระทรวงยุติธรรม โดยกรมคุมประพฤติ"></head><body>
<div class="page-head"><h1>ข่าวประชาสัมพันธ์</h1></div>
<main><div class="row"><div class="col-lg-8"><div class="news-detail">
<h2 class="news-detail__title">{LONG_HEADLINE}</h2>
<div class="news-detail__meta"><div class="news-date"><span class="day">๑๑</span>
<span class="month">ส.ค.</span><span class="year">๒๕๖๗</span></div>
<span class="news-time">เวลา ๐๙.๒๘ น.</span>
<span class="news-views">เปิดอ่าน ๑,๗๕๒ ครั้ง</span>
<span class="news-edited">ปรับปรุงข้อมูลเมื่อ ๑๑ ส.ค. ๒๕๖๗</span></div>
<div class="news-tools"><a href="#">ก-</a> <a href="#">ก</a> <a href="#">ก+</a></div>
<div class="news-detail__content">{paragraphs}</div>
</div></div></div></main></body></html>"""
    parts = extract_generic(html, "http://h.go.th/news/2322.html", listed_title=LONG_HEADLINE)
    assert parts.title == LONG_HEADLINE
    assert parts.body is not None and parts.body.startswith("นายวิทยา")
    assert "เปิดอ่าน" not in parts.body and "ปรับปรุงข้อมูลเมื่อ" not in parts.body
    assert parts.modified_raw == "๑๑ ส.ค. ๒๕๖๗"


def test_a_has_breadcrumb_wrapper_does_not_make_the_headline_a_banner() -> None:
    body = "".join(f"<p>{TEXT}</p>" for _ in range(3))
    latest = "".join(
        f'<div class="item"><div class="post-title"><a href="/news/{n}">{HEADLINE} {n}</a>'
        f'</div><div class="post-created">2{n % 9} มิ.ย. 2024</div></div>'
        for n in (1562, 1561, 1559)
    )
    html = f"""<html><head><title>{HEADLINE} 1562 | สำนักงานพลังงานจังหวัด</title></head>
<body><div class="breadcrumbs"><h2 class="page-title">ข่าวประชาสัมพันธ์</h2>
<ol><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ol></div>
<div role="main" class="main main-page has-breadcrumb"><div class="row">
<div class="col-8"><article class="node"><div class="post-block">
<div class="post-meta"><span class="post-created">25 มิ.ย. 2024 - 12:01</span></div>
<h1 class="post-title"><span>{HEADLINE} 1562</span></h1>
<div class="post-content"><div class="field--name-body">{body}</div>
<div class="post-share"><span>แชร์:</span> <a href="#">Facebook</a></div></div></div></article>
<div class="block-related"><h2 class="block-title"><span>ข่าวที่เกี่ยวข้อง</span></h2>
<div class="view-content">{latest}</div></div></div>
<div class="col-4 sidebar"><h2 class="block-title">ข่าวล่าสุด</h2>{latest}</div>
</div></div></body></html>"""
    root = lxml.html.document_fromstring(html)
    assert not section_banner(root, root.find(".//h1"))
    parts = extract_generic(html, "http://h.go.th/news/1562")
    assert parts.title == f"{HEADLINE} 1562"
    assert parts.body is not None and parts.body.startswith(TEXT.split()[0])


def test_a_modification_label_alone_takes_the_date_on_the_next_line() -> None:
    html = f"""<div class="node__content"><div class="field--name-body"><p>{TEXT}</p></div>
<div class="field field--name-changed field--label-inline"><div class="field__label">แก้ไขล่าสุด</div>
<div class="field__item">: 30/06/2024 - 04:23</div></div></div>"""
    cleaned = clean_body(html)
    assert cleaned.body == TEXT.strip()
    assert cleaned.modified_raw == "30/06/2024 - 04:23"
