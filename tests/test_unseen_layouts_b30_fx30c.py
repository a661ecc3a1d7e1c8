# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirtieth blind round showed (fixer C), each checked on a small page.

Drupal family: a labelled field is read whatever element the theme wraps it in (Adaptivetheme
prints inline-labelled fields as a <section> with an <h2> label), so a "ที่มา:" field gives
the source.
Generic walk: a bare pager arrow ("»") that links past the page after the current one (the
last page, on templates printing "« 1 2 3 »") yields to the numbered next page.
Furniture: a font-size tool row in Thai ("ขนาดตัวอักษร ก- ก ก+ พิมพ์"), and an attachments
block whose file link is followed by its download count ("(ดาวน์โหลด ๒๒๙ ครั้ง)").
"""

from __future__ import annotations

import lxml.html

from crawler.items import Article
from pipelines.boilerplate import match_line
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.text import drop_attachment_lists, html_to_lines

D7_TITLE = "สำนักงานเกษตรจังหวัดตัวอย่างจัดอบรมเกษตรกรรุ่นใหม่เรื่องการผลิตพืชปลอดภัย"
D7_TEXT = (
    "สำนักงานเกษตรจังหวัดตัวอย่างจัดอบรมเกษตรกรรุ่นใหม่ เรื่องการผลิตพืชปลอดภัยตามมาตรฐาน GAP ณ ห้องประชุมสำนักงาน "
    * 3
)
D7_SOURCE = "กลุ่มส่งเสริมและพัฒนาการผลิต"


def _drupal7_section_fields() -> str:
    """A Drupal 7 node whose theme prints inline-labelled fields as <section> + <h2>."""
    return f"""<html><head><meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>{D7_TITLE} | สำนักงานเกษตร</title></head><body>
<main role="main"><h1 id="page-title">{D7_TITLE}</h1>
<article id="node-9" class="node node-article node-full clearfix" about="/node/9" typeof="sioc:Item foaf:Document" role="article">
<footer class="submitted"><p class="author-datetime"><span property="dc:date dc:created" content="2024-03-05T14:20:00+07:00" datatype="xsd:dateTime">โดย editor เมื่อ <time datetime="2024-03-05T14:20:00+07:00" pubdate="pubdate">อ., 05/03/2024 - 14:20</time></span></p></footer>
<div class="node-content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-full"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{D7_TEXT}</p></div></div></div>
<section class="field field-name-field-source field-type-text field-label-inline clearfix view-mode-full"><h2 class="field-label">ที่มา:&nbsp;</h2><div class="field-items"><div class="field-item even">{D7_SOURCE}</div></div></section>
<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">แท็ก:&nbsp;</h2><ul class="field-items"><li class="field-item even"><a href="/taxonomy/term/3">เกษตร</a></li></ul></section>
</div></article></main></body></html>"""


def _read(cms: str, html: str, url: str) -> Article:
    return read_article(layout(cms), Page(text=html), url)


def test_a_drupal_source_field_in_a_section_is_read_by_the_family() -> None:
    article = _read("drupal", _drupal7_section_fields(), "http://d7.example.go.th/node/9")
    assert article.source == D7_SOURCE
    assert "ที่มา" not in (article.body or "")


LISTING = "http://tessaban.example.go.th/public/list/data/index/menu/7"


def _path_pager(current: int, last: int = 3) -> str:
    """A Bootstrap pager whose » jumps to the last page, pages as /page/N path segments."""

    def href(n: int) -> str:
        return "/public/list/data/index/menu/7" + ("" if n == 1 else f"/page/{n}")

    items = [f'<li><a href="{href(1)}">&laquo;</a></li>']
    for n in range(1, last + 1):
        active = ' class="active"' if n == current else ""
        items.append(f'<li{active}><a href="{href(n)}">{n}</a></li>')
    items.append(f'<li><a href="{href(last)}">&raquo;</a></li>')
    rows = "".join(
        f'<div class="media"><h4><a href="/public/list/data/detail/id/{90 + k}/menu/7/page/{current}">ข่าวประชาสัมพันธ์ลำดับที่ {k} ของเทศบาล</a></h4></div>'
        for k in range(4)
    )
    return f'<html><body>{rows}<ul class="pagination">{"".join(items)}</ul></body></html>'


def test_a_pager_arrow_that_jumps_to_the_last_page_does_not_skip_the_next() -> None:
    generic = layout("generic")
    first = generic.next_page(Page(text=_path_pager(1)), LISTING)
    assert first == f"{LISTING}/page/2"
    second = generic.next_page(Page(text=_path_pager(2)), f"{LISTING}/page/2")
    assert second == f"{LISTING}/page/3"


def test_a_thai_font_size_tool_row_is_furniture() -> None:
    assert match_line("ขนาดตัวอักษร ก- ก ก+ พิมพ์") is not None
    assert match_line("ก. การประชุมคณะกรรมการ") is None


def test_an_attachments_block_with_download_counts_is_furniture() -> None:
    root = lxml.html.fromstring(
        '<div><p>เทศบาลตำบลตัวอย่างประชาสัมพันธ์การรับสมัครงาน</p><div class="attach">'
        '<h5><i class="fa fa-paperclip"></i> ไฟล์แนบ</h5><ul><li><a href="/index/add_file/P1.pdf">'
        'ดาวน์โหลดเอกสาร</a> <span class="text-muted">(ดาวน์โหลด ๒๒๙ ครั้ง)</span></li></ul></div></div>'
    )
    drop_attachment_lists(root)
    assert html_to_lines(root) == ["เทศบาลตำบลตัวอย่างประชาสัมพันธ์การรับสมัครงาน"]
