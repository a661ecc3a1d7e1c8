# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-first blind round showed (fixer A), each checked on a small page: a head
rel=next printed with the CMS's configured host yields to the page's own pager."""

from __future__ import annotations

from crawler.urls import canonical_url
from pipelines.layouts import layout
from pipelines.layouts.base import Page

CATEGORY = "/category/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a7/"


def _category_page(head_next: str) -> str:
    return f"""<html><head><title>ข่าว</title>
<link rel="canonical" href="https://www.example.go.th{CATEGORY}" />{head_next}</head><body>
<article><h2 class="entry-title"><a href="/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a71/">ข่าวที่หนึ่งของสำนักงานจังหวัด</a></h2></article>
<article><h2 class="entry-title"><a href="/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a72/">ข่าวที่สองของสำนักงานจังหวัด</a></h2></article>
<ul class="page-numbers"><li><span aria-current="page" class="page-numbers current">1</span></li>
<li><a class="page-numbers" href="{CATEGORY}page/2/">2</a></li>
<li><a class="next page-numbers" href="{CATEGORY}page/2/">&raquo;</a></li></ul>
</body></html>"""


def test_a_head_next_on_the_configured_host_yields_to_the_pages_own_pager() -> None:
    """WordPress prints <link rel=next> with its home URL; the page was fetched elsewhere."""
    head = f'<link rel="next" href="https://www.example.go.th{CATEGORY}page/2/" />'
    page = Page(text=_category_page(head))
    found = layout("generic").next_page(page, f"http://127.0.0.1:8080{CATEGORY}")
    assert found == f"http://127.0.0.1:8080{CATEGORY}page/2/"


def test_a_head_next_on_the_pages_own_host_still_leads() -> None:
    head = f'<link rel="next" href="http://127.0.0.1:8080{CATEGORY}page/2/" />'
    page = Page(text=_category_page(head))
    found = layout("generic").next_page(page, f"http://127.0.0.1:8080{CATEGORY}")
    assert found == f"http://127.0.0.1:8080{CATEGORY}page/2/"


def test_a_head_next_on_another_host_serves_when_the_page_has_no_pager() -> None:
    html = '<html><head><link rel="next" href="https://www.example.go.th/news/page/2/" /></head><body><p>x</p></body></html>'
    found = layout("generic").next_page(Page(text=html), "http://127.0.0.1:8080/news/")
    assert found == "https://www.example.go.th/news/page/2/"


def test_a_valueless_query_argument_stays_valueless_and_leads() -> None:
    """Domino's ?OpenDocument is a command, not an empty value: no '=' is added."""
    base = "http://h.go.th/web/news.nsf/ByDate"
    assert canonical_url(f"{base}/0A1B?OpenDocument") == f"{base}/0A1B?OpenDocument"
    view = canonical_url(f"{base}?OpenView&Start=11&Count=10&utm_source=x")
    assert view == f"{base}?OpenView&Count=10&Start=11"
    # an argument printed with '=' and nothing after keeps its '=': another URL
    assert canonical_url(f"{base}?q=&id=3") == f"{base}?id=3&q="
