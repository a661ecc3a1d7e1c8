"""Rules the twenty-fifth blind round showed (its Webflow site), on pages of any builder:

- what the page hides is no text: Webflow's conditional visibility leaves an unset field's
  block in the HTML with ``w-condition-invisible`` (display:none in every Webflow stylesheet),
  other builders with ``display:none`` or ``hidden``; its label reads no value, least of all
  the label of the button after it;
- a label printed with an empty value element (a template's unset field) has no value;
- the headline repeated in the breadcrumb's last item (before the headline on the page) does
  not stand for the headline: the article's tags are read around the real one.
"""

from __future__ import annotations

import pytest

from pipelines.layouts import layout
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

URL = "https://www.example.go.th/news/news-item-12"
TITLE = "จังหวัดจัดงานส่งเสริมการขายสินค้าเกษตรปลอดภัยประจำเดือนเมษายน"
PARAS = "".join(
    f"<p>สำนักงานจังหวัดร่วมกับหน่วยงานที่เกี่ยวข้องจัดกิจกรรมส่งเสริมการขายสินค้าเกษตรครั้งที่ {i} "
    "เพื่อเพิ่มช่องทางการจำหน่ายให้แก่เกษตรกรและผู้ประกอบการในพื้นที่อย่างต่อเนื่อง</p>"
    for i in range(1, 5)
)
OFFICE = "สำนักงานประชาสัมพันธ์จังหวัด"


def _page(source_block: str, button: str, *, tags: str = "", crumb: bool = True) -> str:
    """A CMS item template: section h1 and <title>, headline in a plain div, fields after."""
    crumbs = f'<div class="crumb-current">{TITLE}</div>' if crumb else ""
    return (
        "<html><head><title>ข่าวประชาสัมพันธ์ | สำนักงานจังหวัด</title>"
        f'<meta property="og:title" content="{TITLE}"></head><body>'
        '<section><h1 class="hero">ข่าวประชาสัมพันธ์</h1></section>'
        '<div class="breadcrumb"><a href="/">หน้าแรก</a><a href="/news">ข่าว</a>'
        f"{crumbs}</div>"
        f'<div class="main"><div class="header"><div class="headline">{TITLE}</div>'
        '<div class="meta"><div class="date">16/04/2024</div></div></div>'
        f'<div class="content"><div class="text">{PARAS}</div>{source_block}{button}{tags}'
        "</div></div></body></html>"
    )


def _record(html: str) -> dict:
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    return normalize_article(layout("generic").extract(page, URL)).record()


EMPTY = '<div class="src-value empty"></div>'
BUTTON = '<a href="#" class="button{hide}"{attr}>ดาวน์โหลดเอกสาร</a>'


@pytest.mark.parametrize(
    ("hide", "attr"),
    [
        (" w-condition-invisible", ""),
        ("", ' style="display:none"'),
        ("", " hidden"),
    ],
    ids=["webflow-condition", "display-none", "hidden-attribute"],
)
def test_a_hidden_empty_source_block_is_no_source(hide: str, attr: str) -> None:
    block = f'<div class="src{hide}"{attr}><div class="src-label">ที่มา :</div>{EMPTY}</div>'
    for crumb in (True, False):
        record = _record(_page(block, BUTTON.format(hide=hide, attr=attr), crumb=crumb))
        assert record["source"] is None
    assert "ดาวน์โหลดเอกสาร" not in (record["body"] or "")


def test_a_visible_label_with_an_empty_value_is_no_source() -> None:
    block = f'<div class="src"><div class="src-label">ที่มา :</div>{EMPTY}</div>'
    record = _record(_page(block, BUTTON.format(hide="", attr="")))
    assert record["source"] is None


def test_a_filled_source_field_is_still_read() -> None:
    value = f'<div class="src-value">{OFFICE}</div>'
    block = f'<div class="src"><div class="src-label">ที่มา :</div>{value}</div>'
    hidden = BUTTON.format(hide=" w-condition-invisible", attr="")
    assert _record(_page(block, hidden))["source"] == OFFICE


def test_the_breadcrumb_copy_of_the_headline_does_not_hide_the_tags() -> None:
    tags = (
        '<div class="tags"><div>แท็ก :</div><a href="/tags/tag-1">ท่องเที่ยว</a>'
        '<a href="/tags/tag-2">เกษตรกร</a></div>'
    )
    record = _record(_page("", "", tags=tags))
    assert record["title"] == TITLE
    assert record["tags"] == ["ท่องเที่ยว", "เกษตรกร"]


# Drupal 9 Bartik (Classy) prints the tags field as a <section> whose terms sit in ul.links
# (furniture for the generic reader, taken out before the tags are read).
DRUPAL_NODE = (
    "<html><head><title>{title} | สำนักงาน</title></head><body>"
    '<div class="region region-content"><div class="block-page-title-block">'
    '<h1 class="page-title"><span class="field--name-title">{title}</span></h1></div>'
    '<article role="article" class="node node--type-article node--view-mode-full">'
    '<div class="node__content"><div class="field field--name-body field__item">{body}</div>'
    '<section class="field field--name-field-tags field--type-entity-reference">'
    '<h2 class="field__label">แท็ก</h2><ul class="links field__items">'
    '<li class="field__item"><a href="/taxonomy/term/5" hreflang="th">เศรษฐกิจ</a></li>'
    '<li class="field__item"><a href="/taxonomy/term/12" hreflang="th">สังคม</a></li>'
    "</ul></section></div></article></div></body></html>"
)


@pytest.mark.parametrize("family", ["drupal", "generic"])
def test_drupal_tags_in_a_section_wrapper_are_read(family: str) -> None:
    html = DRUPAL_NODE.format(title=TITLE, body=PARAS)
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    record = normalize_article(layout(family).extract(page, URL)).record()
    assert record["tags"] == ["เศรษฐกิจ", "สังคม"]
