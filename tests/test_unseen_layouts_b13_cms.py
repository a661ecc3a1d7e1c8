# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirteenth blind round showed on CMS pages, each checked on a small page: a
labelled update line in the article node's own meta, printed only on edited items."""

from __future__ import annotations

import pytest

from pipelines.generic import extract_generic
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดประชุมติดตามการเบิกจ่ายงบประมาณ"
TEXT = (
    "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดจัดประชุมติดตามการเบิกจ่ายงบประมาณขององค์กร"
    "ปกครองส่วนท้องถิ่นในพื้นที่ เพื่อเร่งรัดการดำเนินงานให้เป็นไปตามแผน "
) * 3


def _node(changed: str) -> str:
    """A Drupal 10 node with a date-only date field and, when edited, an update line."""
    return f"""<html><head><title>{HEADLINE} | สถ.จ.</title></head><body>
<h1 class="page-title"><span class="field field--name-title">{HEADLINE}</span></h1>
<article class="node node--type-news node--view-mode-full"><div class="node__content">
<div class="field field--name-field-news-date field--type-datetime field--label-inline">
<div class="field__label">วันที่ข่าว</div><div class="field__item">
<time datetime="2024-03-23T12:00:00Z" class="datetime">23 มี.ค. 2024</time></div></div>
{changed}
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions">
<div class="field__item"><p>{TEXT}</p><p>{TEXT}</p></div></div>
</div></article>
<footer><div class="counter">ปรับปรุงข้อมูลล่าสุด 1 ม.ค. 2024</div></footer></body></html>"""


@pytest.mark.parametrize(
    ("changed", "want"),
    [
        (
            '<div class="node__changed small">ปรับปรุงล่าสุด: จ. 01/04/2024 - 10:58</div>',
            "2024-04-01T10:58:00+07:00",
        ),
        ("", None),  # never edited: nothing printed, and the footer's line is the site's
    ],
    ids=["edited", "not-edited"],
)
def test_a_labelled_update_line_in_the_node_is_the_modified_date(
    changed: str, want: str | None
) -> None:
    article = read_article(layout("drupal"), Page(text=_node(changed)), "http://h.go.th/node/1")
    record = normalize_article(article).record()
    assert record["modified_at"] == want
    assert record["published_at"] == "2024-03-23"
    assert "ปรับปรุงล่าสุด" not in (record["body"] or "")


def test_a_block_of_short_paragraphs_before_a_picture_opens_the_text() -> None:
    # A block editor's grid (Umbraco's Block Grid): a rich-text block of two short lines, an
    # image block, then the rich-text block with the long paragraphs.
    item = '<div class="grid-item">{}</div>'
    html = f"""<html><head><title>กระทรวงตัวอย่าง</title></head><body>
<header><a href="/">หน้าแรก</a></header><main><article>
<h1 class="news-title">{HEADLINE}</h1><div class="grid"><div class="grid-container">
{item.format('<div class="rte"><p>สรุปการตอบกระทู้ถามในการประชุมวุฒิสภา วันจันทร์ที่ 13 มกราคม 2563</p><p>เรื่อง การแก้ไขปัญหาอุทกภัยและภัยแล้งนอกเขตชลประทาน</p></div>')}
{item.format('<figure><img src="/media/1.jpg"><figcaption>ภาพข่าว : กองประชาสัมพันธ์</figcaption></figure>')}
{item.format(f'<div class="rte"><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div>')}
</div></div></article></main><footer>กระทรวงตัวอย่าง</footer></body></html>"""
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/th/news/pr-1/")
    body = normalize_article(article).record()["body"]
    assert body.startswith("สรุปการตอบกระทู้ถาม")
    assert "เรื่อง การแก้ไขปัญหาอุทกภัย" in body


def _blog_post(lead: str) -> str:
    """A blog post whose abstract is printed in a container of its own before the text."""
    return f"""<html><head><title>ข่าวกิจกรรม - สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">หน้าแรก</a></header><main><h1>ข่าวกิจกรรม</h1>
<article class="post-item post-detail"><header><h2>{HEADLINE}</h2>
<ul class="post-detail-meta"><li class="byline">โดย <a href="/author/admin/">admin</a></li><li>7 สิงหาคม 2024</li></ul></header>
<div class="blog-visual"><img src="/media/cover.jpg" alt=""></div>
<div class="blog-lead"><p>{lead}</p></div>
<div class="blog-content"><p>{TEXT}</p><p>{TEXT}</p><p>{TEXT}</p></div>
</article></main><footer>สำนักงานตัวอย่าง</footer></body></html>"""


def test_a_long_lead_paragraph_in_its_own_container_opens_the_text() -> None:
    lead = (
        "นายอำเภอเป็นประธานการประชุมคณะกรรมการพัฒนาสตรีระดับอำเภอ ครั้งที่ 12/2567 "
        "ณ ห้องประชุมที่ว่าการอำเภอ เพื่อติดตามผลการดำเนินงานกองทุนพัฒนาบทบาทสตรี"
    )
    article = read_article(layout("generic"), Page(text=_blog_post(lead)), "http://h.go.th/n/1/")
    assert normalize_article(article).record()["body"].startswith("นายอำเภอเป็นประธาน")


def test_a_teaser_repeating_the_text_is_not_its_lead() -> None:
    article = read_article(
        layout("generic"), Page(text=_blog_post(TEXT[:150])), "http://h.go.th/n/1/"
    )
    body = normalize_article(article).record()["body"]
    assert body.count(TEXT[:40]) == 3 * TEXT.count(TEXT[:40])  # the three paragraphs alone


def _builder_row(inner: str) -> str:
    """One row of a page builder: row > builder row > column > wrapper around *inner*."""
    return (
        '<div class="fusion-fullwidth fullwidth-box"><div class="fusion-builder-row">'
        '<div class="fusion-layout-column"><div class="fusion-column-wrapper">'
        f"{inner}</div></div></div></div>"
    )


def test_a_text_split_over_page_builder_rows_is_one_text() -> None:
    html = f"""<html><head><title>{HEADLINE} – สำนักงานตัวอย่าง</title></head><body>
<header><a href="/">หน้าแรก</a></header><main><article class="post">
<h1>{HEADLINE}</h1><div class="post-content">
{_builder_row(f'<div class="fusion-text"><p>ย่อหน้าแรกของข่าว {TEXT}</p></div>')}
{
        _builder_row(
            '<div class="fusion-image-element"><img src="/a.jpg"></div>'
            f'<div class="fusion-text"><p>ย่อหน้าที่สองของข่าว {TEXT[:120]}</p></div>'
        )
    }
{_builder_row(f'<div class="fusion-text"><p>ย่อหน้าสุดท้ายของข่าว {TEXT}{TEXT}</p></div>')}
</div></article></main><footer>สำนักงานตัวอย่าง โทร 0 5371 1234</footer></body></html>"""
    article = read_article(layout("generic"), Page(text=html), "http://h.go.th/ข่าว-1/")
    body = normalize_article(article).record()["body"]
    for part in ("ย่อหน้าแรกของข่าว", "ย่อหน้าที่สองของข่าว", "ย่อหน้าสุดท้ายของข่าว"):
        assert part in body
    assert "โทร" not in body


# Blind round 14: a Drupal 7 theme prints the node's counter among the node links, inside a
# <nav> (ul.links: อ่าน N ครั้ง · ฉบับพิมพ์ · ส่งอีเมลถึงเพื่อน), a menu the meta rows skipped.
DRUPAL7_NODE_LINKS = """<html><head><title>ข่าว | สำนักงาน</title></head><body>
<section><h1>ประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2567</h1>
<article><div class="content"><div class="field-item">
<p>วันที่ 20 ธันวาคม 2566 ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด
เพื่อติดตามความก้าวหน้าของโครงการตามแผนพัฒนาจังหวัด ประจำปีงบประมาณ พ.ศ. 2567 ทุกโครงการ</p>
<p>ที่ประชุมได้พิจารณาแนวทางการเร่งรัดการเบิกจ่ายงบประมาณ และมอบหมายให้หน่วยงานรายงานผล
การดำเนินงานทุกเดือน เพื่อให้การดำเนินงานเป็นไปตามเป้าหมายที่กำหนดไว้อย่างมีประสิทธิภาพ</p>
</div></div>
<nav class="clearfix"><ul class="links inline"><li class="first"><span>อ่าน ๑,๕๖๓ ครั้ง</span></li>
<li><a href="/print/1189">ฉบับพิมพ์</a></li><li class="last"><a href="/printmail/1189">ส่งอีเมลถึงเพื่อน</a></li></ul></nav>
</article></section>
<nav><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าว</a></li></ul></nav>
</body></html>"""


def test_counter_in_the_articles_link_list_is_read() -> None:
    parts = extract_generic(DRUPAL7_NODE_LINKS, "https://example.go.th/node/1189")
    assert parts.view_count == 1563
    assert "ฉบับพิมพ์" not in (parts.body or "")
