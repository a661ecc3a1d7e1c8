"""Rules from the forty-eighth blind round, each on a small page of the shape that showed it.

The date rows ("ลงวันที่ ...<tab>ผู้ชม ... ครั้ง"), Joomla's "สร้างเมื่อ: วันจันทร์, ..." and a
byline item that ends at the row's next item have line cases in tests/test_boilerplate.py.
"""

from __future__ import annotations

import lxml.html

from crawler.extract import extract_bytes
from crawler.urls import canonical_url
from pipelines.layouts import layout
from pipelines.layouts.base import Page, anchor_texts
from pipelines.text import clean_body

HEADLINE = "กรมส่งเสริมสหกรณ์จัดอบรมพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ทั่วประเทศ"
TEASER = (
    "กรมส่งเสริมสหกรณ์จัดการอบรมหลักสูตรพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ให้แก่ผู้ตรวจสอบกิจการ "
    "จากสหกรณ์ทั่วประเทศ เพื่อให้การตรวจสอบ..."
)


def table_listing() -> Page:
    """Razor Pages rows: the row opens by onclick, the only link a "read more" picture; the
    headline cell prints the date and count under the headline."""
    rows = "".join(
        f"<tr onclick=\"location.href='/PRNews/Detail/{n}'\"><td><img src='/t/{n}.jpg' alt=''></td>"
        f'<td><span class="t">{HEADLINE} รุ่นที่ {n}</span><br><small>๒๗/๐๓/๒๕๖๗ &nbsp; ๑๙</small>'
        f'</td><td><a href="/PRNews/Detail/{n}"><img src="/images/more.gif" alt="อ่านต่อ"></a></td>'
        "</tr>"
        for n in range(1, 6)
    )
    return Page(text=f"<html><body><table>{rows}</table></body></html>")


def test_a_read_more_picture_links_its_rows_headline() -> None:
    page = table_listing()
    url = "http://h/PRNews"
    links = layout("generic").extract_links(page, url)
    assert [href for href, _ in links] == [f"http://h/PRNews/Detail/{n}" for n in range(1, 6)]
    texts = anchor_texts(page, url, {canonical_url(href) for href, _ in links})
    assert texts[canonical_url("http://h/PRNews/Detail/1")] == f"{HEADLINE} รุ่นที่ 1"


def test_a_cards_excerpt_cut_with_an_ellipsis_is_no_headline() -> None:
    cards = "".join(
        f"<div class='col'><div class='item' onclick=\"window.location='/th/news/detail/x-{n}'\">"
        f"<div class='t'>{HEADLINE} {n}</div><div class='d'>๒๗/๑๑/๒๕๖๗</div>"
        f"<div class='e'>{TEASER}</div><a href='/th/news/detail/x-{n}'><img src='/m.gif' "
        "alt='อ่านต่อ'></a></div></div>"
        for n in range(1, 6)
    )
    page = Page(text=f"<html><body><div class='row'>{cards}</div></body></html>")
    url = "http://h/th/news"
    texts = anchor_texts(page, url, {canonical_url(f"{url}/detail/x-{n}") for n in range(1, 6)})
    assert texts[canonical_url("http://h/th/news/detail/x-1")] == f"{HEADLINE} 1"


def test_a_pager_of_script_links_pages_on_by_its_noscript_twin() -> None:
    entries = "".join(
        f'<div class="item"><a href="/th/news/detail/x-{n}">{HEADLINE} ครั้งที่ {n}</a></div>'
        for n in range(1, 9)
    )
    pager = (
        '<ul class="pagination"><li class="active"><a href="javascript:void(0)" '
        'onclick="goPage(1)">1</a></li><li><a href="javascript:void(0)" onclick="goPage(2)">2</a>'
        '</li></ul><noscript><div>หน้า: <b>1</b> <a href="/th/news?page=2">2</a> '
        '<a href="/th/news?page=3">3</a></div></noscript>'
    )
    page = Page(text=f"<html><body><main>{entries}{pager}</main></body></html>")
    assert layout("generic").next_page(page, "http://h/th/news") == "http://h/th/news?page=2"


def test_a_tag_list_printed_as_plain_text_gives_the_tags() -> None:
    """A table layout's text cell ends with "Tags: a, b" (no links), a line the text's
    pruning takes out."""
    text = "สำนักงานที่ดินจังหวัดสุพรรณบุรีเร่งรัดการออกโฉนดที่ดินให้แก่ประชาชนในพื้นที่ " * 3
    page = f"""<html><head><meta charset="utf-8"><title>สำนักงานที่ดิน</title></head><body>
<h1>สำนักงานที่ดินจังหวัด</h1><h3 class="news-topic">{HEADLINE}</h3><table><tr><td><img
 src="/u/1.jpg" alt=""></td><td class="news-text"><p>{text}</p><p>{text}</p>
<p class="news-tags">Tags: ที่ดิน, โฉนดที่ดิน</p></td></tr></table></body></html>""".encode()
    record = extract_bytes(page, url="http://h/PRNews/Detail/1", cms="generic")
    assert record["tags"] == ["ที่ดิน", "โฉนดที่ดิน"]
    assert "Tags" not in (record["body"] or "")


def test_a_file_tables_download_count_is_no_view_count() -> None:
    """A furniture cell leaves a table row's line, but its data is not read: an attachments
    table's downloads cell ("41 ครั้ง") is no view count."""
    text = "สำนักงานเกษตรจังหวัดจัดประชุมชี้แจงแนวทางการช่วยเหลือเกษตรกรผู้ประสบภัย " * 3
    cell = lxml.html.fromstring(
        f"<div><p>{text}</p><table><tr><td><a href='/f/1.pdf'>ไฟล์.pdf</a></td><td>318 kB</td>"
        "<td>41 ครั้ง</td></tr></table></div>"
    )
    assert clean_body(cell).view_count is None
