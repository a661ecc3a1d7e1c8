"""Rules the twenty-fifth blind round showed (its WordPress + Betheme site), for any theme:

- a post whose wrapper is no ``<article>`` (``div.post.hentry``, as post_class() prints it)
  holds its headline as hAtom's ``.entry-title`` on any heading level (``h2``), while the
  page's only ``h1`` is a banner naming the section: the headline is the entry-title, and
  the wordpress family reads the post itself (no generic fallback, no layout problem);
- the_tags() inside such a wrapper (``a[rel=tag]``, not the ``rel="category tag"`` links);
- a theme printing the day alone keeps the post's time in schema.org microdata
  (``<meta itemprop="datePublished" content>``);
- an Open Graph ``article:modified_time`` at noon UTC is a time of day (WordPress and Drupal
  fill it from the record's saved timestamp), not a date-only field's placeholder.
"""

from __future__ import annotations

import pytest

from pipelines.layouts import LAYOUT_PROBLEM, layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

URL = "https://www.example.go.th/archives/1201"
TITLE = "สาธารณสุขจังหวัดรณรงค์ป้องกันโรคไข้เลือดออกในโรงเรียนทุกอำเภอ"
SECTION = "ข่าวประชาสัมพันธ์"
PARAS = "".join(
    f"<p>สำนักงานสาธารณสุขจังหวัดร่วมกับโรงเรียนในพื้นที่จัดกิจกรรมกำจัดลูกน้ำยุงลายครั้งที่ {i} "
    "เพื่อลดความเสี่ยงการระบาดของโรคไข้เลือดออกในช่วงฤดูฝนอย่างต่อเนื่อง</p>"
    for i in range(1, 5)
)


def _page() -> str:
    """A Betheme-like single post: banner h1 = the section, headline h2.entry-title."""
    return (
        f"<html><head><title>{TITLE} – สำนักงานสาธารณสุขจังหวัด</title></head><body>"
        f'<div id="Subheader"><h1 class="title">{SECTION}</h1>'
        f'<ul class="breadcrumbs"><li><a href="/">หน้าแรก</a></li>'
        f'<li><a href="/news/">{SECTION}</a></li><li><a href="/archives/1201">{TITLE}</a></li>'
        "</ul></div>"
        '<main><div id="post-1201" class="post-1201 post type-post status-publish hentry">'
        '<header class="post-header"><div class="title_wrapper">'
        f'<h2 class="entry-title" itemprop="headline">{TITLE}</h2>'
        '<div class="post-meta"><span class="date"><span class="label">เมื่อ </span>'
        '<span class="post-date updated">15 มีนาคม 2024</span></span>'
        f'<ul class="post-categories"><li><a href="/category/pr/" rel="category tag">{SECTION}'
        "</a></li></ul></div></div></header>"
        '<meta itemprop="datePublished" content="2024-03-15T10:42:00+07:00"/>'
        '<meta itemprop="dateModified" content="2024-03-15T10:42:00+07:00"/>'
        f'<div class="entry-content"><div class="the_content_wrapper">{PARAS}</div></div>'
        '<div class="post-tags"><span class="tags-label">แท็ก: </span>'
        '<a href="/tag/dengue/" rel="tag">ไข้เลือดออก</a>, '
        '<a href="/tag/school/" rel="tag">โรงเรียน</a></div>'
        "</div></main></body></html>"
    )


def test_entry_title_in_a_div_hentry_under_a_section_banner_h1() -> None:
    page = Page.from_bytes(_page().encode(), "text/html; charset=utf-8")
    article = layout("wordpress").extract(page, URL)
    assert article.title == TITLE
    assert article.tags == ["ไข้เลือดออก", "โรงเรียน"]
    read = read_article(layout("wordpress"), page, URL)
    assert not [p for p in read.problems if p.startswith(LAYOUT_PROBLEM)]
    record = normalize_article(read).record()
    assert record["title"] == TITLE
    assert record["published_at"] == "2024-03-15T10:42:00+07:00"
    assert SECTION not in (record["tags"] or [])


def _og_page(modified: str) -> str:
    """A post whose one modification time is its Open Graph article:modified_time."""
    return (
        f"<html><head><title>{TITLE} – สำนักงานสาธารณสุขจังหวัด</title>"
        '<meta property="article:published_time" content="2024-10-13T00:33:00+00:00" />'
        f'<meta property="article:modified_time" content="{modified}" /></head><body>'
        f'<article class="post"><h1 class="entry-title">{TITLE}</h1>'
        f'<div class="entry-content">{PARAS}</div></article></body></html>'
    )


@pytest.mark.parametrize(
    ("modified", "want"),
    [
        # noon UTC in Open Graph's article time is the time the post was saved (19:00 here)
        ("2024-10-22T12:00:00+00:00", "2024-10-22T19:00:00+07:00"),
        ("2024-10-22T12:00:00Z", "2024-10-22T19:00:00+07:00"),
        # midnight of the site's zone stays a date column printed as a time
        ("2024-10-22T00:00:00+07:00", "2024-10-22"),
    ],
)
def test_open_graph_modified_time_at_noon_utc_is_a_time(modified: str, want: str) -> None:
    page = Page.from_bytes(_og_page(modified).encode(), "text/html; charset=utf-8")
    record = normalize_article(read_article(layout("generic"), page, URL)).record()
    assert record["modified_at"] == want
