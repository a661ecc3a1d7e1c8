"""A walk reads its listing pages with the family's selectors alone once they have held every
link the generic reader found on a few pages (one template per walk): the generic reading of
every listing page cost a tenth of a crawl's CPU."""

from __future__ import annotations

import pytest
from scrapy.http import HtmlResponse, Request

from crawler.spiders.site import FAMILY_LINKS_TRUSTED_AFTER, family_spider
from pipelines.layouts import LAYOUTS, Page, read_links_checked

BASE = "http://office.example.go.th"


def title(n: int) -> str:
    return f"สำนักงานอุตสาหกรรมจังหวัดตัวอย่างจัดประชุมเชิงปฏิบัติการ ครั้งที่ {n} ประจำปีงบประมาณ"


def listing(page: int, ids: list[int], stray: list[int] = ()) -> HtmlResponse:
    """A WordPress category page: entry-title headlines, plus headline links the theme prints
    under another class (*stray*)."""
    posts = "".join(
        f'<article class="post"><h2 class="entry-title"><a href="{BASE}/news-{n}/" '
        f'rel="bookmark">{title(n)}</a></h2><div class="entry-summary"><p>สรุปข่าว {n}</p></div>'
        "</article>"
        for n in ids
    )
    others = "".join(
        f'<div class="card"><h3 class="card-title"><a href="{BASE}/news-{n}/">{title(n)}</a></h3>'
        f"<p>สรุปข่าว {n}</p></div>"
        for n in stray
    )
    nav = f'<a class="next page-numbers" href="{BASE}/category/news/page/{page + 1}/">ถัดไป</a>'
    html = (
        '<html><head><meta name="generator" content="WordPress 6.4"></head><body>'
        f'<main id="main">{posts}{others}<nav class="pagination">{nav}</nav></main></body></html>'
    )
    url = f"{BASE}/category/news/" + (f"page/{page}/" if page > 1 else "")
    return HtmlResponse(url=url, body=html.encode(), encoding="utf-8")


def article_urls(out: list) -> set[str]:
    return {r.url for r in out if isinstance(r, Request) and "/news-" in r.url}


@pytest.fixture
def generic_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    generic = LAYOUTS["generic"]
    original = generic.extract_links

    def counted(page, url, **kwargs):
        calls.append(url)
        return original(page, url, **kwargs)

    monkeypatch.setattr(generic, "extract_links", counted)
    return calls


def test_the_family_alone_reads_listings_once_its_links_held(generic_calls: list[str]) -> None:
    spider = family_spider("wordpress", f"{BASE}/category/news/")(mode="backfill")
    pages = FAMILY_LINKS_TRUSTED_AFTER + 2
    for page in range(1, pages + 1):
        ids = list(range(page * 10, page * 10 + 4))
        out = list(spider.parse_listing(listing(page, ids), page=page))
        assert article_urls(out) == {f"{BASE}/news-{n}/" for n in ids}
    assert len(generic_calls) == FAMILY_LINKS_TRUSTED_AFTER


def test_a_family_missing_links_is_never_trusted(generic_calls: list[str]) -> None:
    spider = family_spider("wordpress", f"{BASE}/category/news/")(mode="backfill")
    pages = FAMILY_LINKS_TRUSTED_AFTER + 2
    for page in range(1, pages + 1):
        ids = [page * 10]
        stray = list(range(page * 10 + 1, page * 10 + 5))
        out = list(spider.parse_listing(listing(page, ids, stray), page=page))
        # the generic reading keeps the headlines the family's selectors miss
        assert article_urls(out) == {f"{BASE}/news-{n}/" for n in ids + stray}
    assert len(generic_calls) == pages


def test_read_links_checked_tells_whether_the_family_held() -> None:
    reader = LAYOUTS["wordpress"]
    whole = listing(1, [1, 2, 3, 4])
    links, held = read_links_checked(reader, Page(whole.text), whole.url)
    assert held and len(links) == 4
    partial = listing(1, [1], [2, 3, 4, 5])
    links, held = read_links_checked(reader, Page(partial.text), partial.url)
    assert not held and len(links) == 5
