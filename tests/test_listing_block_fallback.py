"""A family's listing selectors that hold a block repeating on every page (a latest-news box)
give way, page by page, to the page's headline links: every listed article is requested."""

from __future__ import annotations

from scrapy.http import HtmlResponse, Request

from crawler.spiders.site import family_spider

SITE = "http://cdd.example.go.th"
# The block lists the newest three, the first page's first three, on every page.
LATEST = [
    (f"/2567/1/news-{n}", f"ข่าวประชาสัมพันธ์หน้า 1 เรื่องที่ {n} การประชุมคณะกรรมการระดับจังหวัด")
    for n in (1, 2, 3)
]


def listing(page: int) -> str:
    """A Drupal 7 term page: six teasers of its own and the same "latest" Views block beside."""
    teasers = "".join(
        f'<div class="node node-teaser"><h2 class="node__title"><a href="/2567/{page}/news-{n}">'
        f"ข่าวประชาสัมพันธ์หน้า {page} เรื่องที่ {n} การประชุมคณะกรรมการระดับจังหวัด</a></h2>"
        f"<p>รายละเอียดของข่าวเรื่องที่ {n} ในหน้าที่ {page} ของรายการข่าว</p></div>"
        for n in range(1, 7)
    )
    block = "".join(
        f'<div class="views-row"><span class="views-field views-field-title">'
        f'<a href="{href}">{title}</a></span></div>'
        for href, title in LATEST
    )
    return (
        '<html><head><meta name="Generator" content="Drupal 7"></head><body>'
        f'<div id="content" role="main"><h1>ข่าวประชาสัมพันธ์</h1>{teasers}'
        f'<ul class="pager"><li class="pager-next"><a href="/news?page={page}">ถัดไป</a></li>'
        "</ul></div>"
        f'<div class="region sidebar"><div class="block block-views">'
        f'<div class="view-content">{block}</div></div></div>'
        "</body></html>"
    )


def requested(spider, page: int) -> set[str]:
    url = f"{SITE}/news" + (f"?page={page - 1}" if page > 1 else "")
    response = HtmlResponse(url=url, body=listing(page).encode(), encoding="utf-8")
    kwargs = {"page": page} if page > 1 else {}
    found = [r for r in spider.parse_listing(response, **kwargs) if isinstance(r, Request)]
    return {r.url for r in found if "/2567/" in r.url}


def test_a_block_repeating_on_every_page_does_not_stop_the_walk() -> None:
    spider = family_spider("drupal", f"{SITE}/news")()
    first = requested(spider, 1)
    second = requested(spider, 2)
    assert first == {f"{SITE}/2567/1/news-{n}" for n in range(1, 7)}
    # Page 2: the family's selectors give the block's three links, all seen on page 1.
    assert second == {f"{SITE}/2567/2/news-{n}" for n in range(1, 7)}
