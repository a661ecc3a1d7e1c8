"""Listing pagers the generic reading missed (round 41): pages after the first never walked.

Small hand-made pages: Joomla 3's core pagination (a `p.counter` "Page 1 of 3" beside the
`ul` of page numbers, no next/previous words) and a Drupal 7 Views mini pager ("‹‹ 2 of 3 ››")
under a Views Slideshow block whose "next slide" control is an `a[rel=next]` to "#".
"""

from __future__ import annotations

import pytest

from pipelines.layouts import Page, layout
from pipelines.layouts.base import read_pagination

HOST = "http://h.example.go.th"
J3_LIST = "/index.php?option=com_content&view=category&id=7&Itemid=101"


def joomla3_pager(current: int, pages: int = 3) -> str:
    """Joomla 3's pagination as its layout prints it: counter, then numbers only."""
    items = []
    for n in range(pages):
        href = J3_LIST if n == 0 else f"{J3_LIST}&amp;limitstart={n * 10}"
        items.append(
            f'<li class="active"><a>{n + 1}</a></li>'
            if n == current
            else f'<li><a href="{href}" class="pagenav">{n + 1}</a></li>'
        )
    return (
        '<table class="category"><tbody><tr><td class="list-title">'
        '<a href="/index.php?option=com_content&amp;view=article&amp;id=31:open-day&amp;catid=7">'
        "เปิดบ้านศูนย์บริการเกษตรประจำอำเภอ</a></td></tr></tbody></table>"
        f'<div class="pagination"><p class="counter pull-right">หน้า {current + 1} จาก {pages}</p>'
        f"<ul>{''.join(items)}</ul></div>"
    )


def drupal7_mini_pager(current: int, pages: int = 3) -> str:
    """A Views Slideshow block (its controls a[rel] to "#") above a Views mini pager."""
    prev = (
        '<li class="pager-previous"><a href="/news">‹‹</a></li>'
        if current
        else '<li class="pager-previous disabled"><span>‹‹</span></li>'
    )
    nxt = (
        f'<li class="pager-next"><a href="/news?page={current + 1}">››</a></li>'
        if current < pages - 1
        else '<li class="pager-next disabled"><span>››</span></li>'
    )
    return (
        '<div class="views-slideshow-controls-text">'
        '<span class="views_slideshow_controls_text_previous"><a href="#" rel="prev">ก่อนหน้า</a>'
        '</span><span class="views_slideshow_controls_text_next"><a href="#" rel="next">ถัดไป</a>'
        "</span></div>"
        '<div class="view-content"><div class="views-row"><a href="/content/open-day">'
        "เปิดบ้านศูนย์บริการเกษตรประจำอำเภอ</a></div></div>"
        f'<ul class="pager">{prev}<li class="pager-current">{current + 1} จาก {pages}</li>'
        f"{nxt}</ul>"
    )


def page(body: str) -> Page:
    return Page(text=f"<html><body>{body}</body></html>")


@pytest.mark.parametrize(
    ("html", "url", "expected"),
    [
        (joomla3_pager(0), HOST + J3_LIST, f"{HOST}{J3_LIST}&limitstart=10"),
        (
            joomla3_pager(1),
            f"{HOST}{J3_LIST}&limitstart=10",
            f"{HOST}{J3_LIST}&limitstart=20",
        ),
        (joomla3_pager(2), f"{HOST}{J3_LIST}&limitstart=20", None),
        (drupal7_mini_pager(0), HOST + "/news", HOST + "/news?page=1"),
        (drupal7_mini_pager(1), HOST + "/news?page=1", HOST + "/news?page=2"),
        (drupal7_mini_pager(2), HOST + "/news?page=2", None),
    ],
    ids=["j3-first", "j3-middle", "j3-last", "d7-mini-first", "d7-mini-middle", "d7-mini-last"],
)
def test_generic_walks_the_pager(html: str, url: str, expected: str | None) -> None:
    assert layout("generic").next_page(page(html), url) == expected


def test_joomla3_counter_beside_the_list_is_not_the_last_page() -> None:
    # The ul holding the active li used to count as the current item with nothing after it.
    marked, found = read_pagination(page(joomla3_pager(0)), HOST + J3_LIST)
    assert marked and found == f"{HOST}{J3_LIST}&limitstart=10"


def test_a_slideshow_rel_next_to_hash_is_no_page() -> None:
    html = page(drupal7_mini_pager(0))
    assert layout("generic").declared_next(html, HOST + "/news") is None
