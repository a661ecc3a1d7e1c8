# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-eighth blind round showed (fixer fx38a), each checked on a small page:

- a listing reached at another address than the one its CMS is configured with prints its
  pager on the configured host (CodeIgniter's Pagination builds its links on `base_url`,
  WordPress's on `home`): links to other pages of this very listing (/news/index/10,
  /news/page/3/, ?page=2) on one other host name that host as the site's own, even where the
  page's other links are relative (page 1) or the page never links its own address (page 2).
"""

from __future__ import annotations

from pipelines.layouts import layout, read_links
from pipelines.layouts.base import Page, configured_host, listing_stem

HOST = "https://www.hospital.example.go.th"
LOCAL = "http://127.0.0.1:8000"
HEADLINES = [
    "โรงพยาบาลจัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออกในชุมชน",
    "คณะกรรมการพัฒนาคุณภาพโรงพยาบาลประชุมติดตามผลการดำเนินงาน",
    "โรงพยาบาลรับมอบเครื่องมือแพทย์จากมูลนิธิเพื่อผู้ป่วยในพื้นที่",
]


def _ci_listing(offset: int) -> str:
    """A CodeIgniter listing: relative item links, the Pagination's links on base_url."""
    cards = "".join(
        f'<div class="col-md-6"><div class="card"><div class="card-body"><a href="/pr/news/detail/{offset + n}" class="title">{t}</a>'
        f'<p class="small">๑๔ มี.ค. ๖๗</p></div></div></div>'
        for n, t in enumerate(HEADLINES)
    )

    def href(k: int) -> str:
        return f"{HOST}/pr/news" if k == 0 else f"{HOST}/pr/news/index/{k * 10}"

    here = offset // 10
    pager = "".join(
        f'<li class="page-item active"><a class="page-link" href="#">{k + 1}</a></li>'
        if k == here
        else f'<li class="page-item"><a class="page-link" href="{href(k)}" data-ci-pagination-page="{k + 1}">{k + 1}</a></li>'
        for k in range(3)
    )
    if here < 2:
        pager += f'<li class="page-item"><a class="page-link" href="{href(here + 1)}" rel="next">›</a></li>'
    return f"""<html><head><title>โรงพยาบาล</title></head><body>
<nav><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/pr/news">ข่าว</a></li><li><a href="/contact">ติดต่อ</a></li></ul></nav>
<div class="row news-list">{cards}</div>
<nav aria-label="pagination"><ul class="pagination">{pager}</ul></nav>
<footer><a href="https://www.facebook.com/hospital">Facebook</a></footer></body></html>"""


def _wp_page_two() -> str:
    """A WordPress category's page 2: every link absolute on home, none to page 2 itself."""
    posts = "".join(
        f'<li class="story"><a href="{HOST}/?p={4100 + n}" rel="bookmark"><h2>{t}</h2><p>รายละเอียดข่าวโดยย่อ</p></a></li>'
        for n, t in enumerate(HEADLINES)
    )
    return f"""<html><head><title>ข่าว - หน้า 2 จาก 3</title></head><body>
<ul class="menu"><li><a href="{HOST}/">หน้าแรก</a></li><li><a href="{HOST}/category/news/">ข่าว</a></li></ul>
<ul class="story-list">{posts}</ul>
<div class="nav-links"><div class="pagination"><span>หน้า 2 จาก 3</span><a href="{HOST}/category/news/">&lsaquo; ก่อนหน้า</a>
<a href="{HOST}/category/news/" class="inactive">1</a><span class="current">2</span><a href="{HOST}/category/news/page/3/" class="inactive">3</a>
<a href="{HOST}/category/news/page/3/">ถัดไป &rsaquo;</a></div></div></body></html>"""


def test_codeigniter_pager_on_the_configured_host_is_walked_here() -> None:
    page = Page(text=_ci_listing(0))
    assert configured_host(page.sel, LOCAL + "/pr/news") == "www.hospital.example.go.th"
    assert layout("generic").next_page(page, LOCAL + "/pr/news") == LOCAL + "/pr/news/index/10"
    page = Page(text=_ci_listing(10))
    url = LOCAL + "/pr/news/index/10"
    assert layout("generic").next_page(page, url) == LOCAL + "/pr/news/index/20"
    # the last page: its pager links back only, no next page
    assert (
        layout("generic").next_page(Page(text=_ci_listing(20)), LOCAL + "/pr/news/index/20") is None
    )


def test_wordpress_page_two_reads_its_links_on_the_fetched_host() -> None:
    url = LOCAL + "/category/news/page/2/"
    assert configured_host(Page(text=_wp_page_two()).sel, url) == "www.hospital.example.go.th"
    for family in ("wordpress", "generic"):
        links = [href for href, _ in read_links(layout(family), Page(text=_wp_page_two()), url)]
        assert links == [f"{LOCAL}/?p={4100 + n}" for n in range(3)], family
        page = Page(text=_wp_page_two())
        assert layout(family).next_page(page, url) == LOCAL + "/category/news/page/3/", family


def test_other_sites_paths_are_no_pager() -> None:
    # a language switcher (one link), a department's news items (bare numbers), another listing
    text = (
        '<html><body><a href="https://en.example.go.th/news/">EN</a>'
        '<a href="https://www.prd.example.go.th/news/12">ข่าว 12</a><a href="https://www.prd.example.go.th/news/13">ข่าว 13</a>'
        '<a href="https://www.other.example.go.th/events/page/2/">2</a><a href="https://www.other.example.go.th/events/page/3/">3</a>'
        + "".join(f'<a href="/news/{n}">ข่าวที่ {n}</a>' for n in range(5))
        + "</body></html>"
    )
    page = Page(text=text)
    assert configured_host(page.sel, "https://www.example.go.th/news/page/2/") is None
    assert configured_host(page.sel, "https://www.example.go.th/news") is None


def test_listing_stem_drops_only_the_page_number() -> None:
    assert listing_stem("http://h/news/page/3/") == ("/news", (), True)
    assert listing_stem("http://h/index.php?option=com_content&start=10")[2] is True
    assert listing_stem("http://h/news/12") == ("/news/12", (), False)
    assert listing_stem("http://h/pr/news?per_page=10") == ("/pr/news", (), True)
