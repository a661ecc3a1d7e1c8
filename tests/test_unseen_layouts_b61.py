"""Rules from the sixty-first blind round, each on a small page of its shape.

Doctests cover the pieces (pipelines.normalize.path_day and date_outside_page,
pipelines.layouts.row_dates._group_date, pipelines.boilerplate.open_shadow_roots,
pipelines.title_marks' kickers in parentheses, pipelines.generic._says_modified).
"""

from __future__ import annotations

from crawler.items import Article
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.layouts.row_dates import row_dates
from pipelines.normalize import normalize_article
from pipelines.thai_dates import parse_thai_date

HEADLINE = "สำนักงานส่งเสริมการเรียนรู้จังหวัดจัดกิจกรรมวันการศึกษานอกระบบและการศึกษาตามอัธยาศัย"
TEXT = (
    "สำนักงานส่งเสริมการเรียนรู้จังหวัดจัดกิจกรรมวันการศึกษานอกระบบ โดยมีนักศึกษาและครูจากทุกอำเภอ"
    "เข้าร่วมกว่าสามร้อยคน พร้อมนิทรรศการผลงานของศูนย์การเรียนรู้ชุมชนและการแข่งขันทักษะวิชาการ"
)
STORY = "ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น. ผู้ว่าราชการจังหวัดเป็นประธานเปิดงาน"


def normalized(html: str, cms: str = "generic", url: str = "http://h/news/5") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def page(body: str, head: str = "") -> str:
    return (
        f"<html><head><title>{HEADLINE}</title>{head}</head><body><main><article>"
        f"<h1>{HEADLINE}</h1>{body}</article></main></body></html>"
    )


def test_a_buddhist_era_day_in_the_address_dates_a_page_printing_none() -> None:
    html = page(f"<div class='content'><p>{STORY}</p><p>{TEXT}</p></div>")
    article = normalized(html, url="http://h/news/2567/03/22/pr-2567-064/")
    assert article.published_at == "2024-03-22"
    old = normalized(html, url="http://h/pr/read.php3/2545/04/25/1")
    assert old.published_at == "2002-04-25"


def test_a_date_element_printing_no_date_gives_way_to_the_address() -> None:
    html = (
        f"<html><body><article class='node'><h1 class='page-title'>{HEADLINE}</h1>"
        "<footer class='node__meta'><div class='node__submitted'>โดย <span>pr_phayao</span></div>"
        f"</footer><div class='node__content'><p>{TEXT}</p></div></article></body></html>"
    )
    article = normalized(html, "drupal", "http://h/news/2024/03/21/1189")
    assert article.published_at == "2024-03-21"


def test_a_calendar_badge_month_day_year_is_read() -> None:
    assert str(parse_thai_date("มิ.ย. 22 2022")) == "2022-06-22"
    html = page(
        '<div class="date updated"><p class="default_date">มิ.ย.<br><span>22</span><br>'
        f'<span class="year">2022</span></p></div><div class="entry-content"><p>{STORY}</p>'
        f"<p>{TEXT}</p></div>"
    )
    assert normalized(html).published_at == "2022-06-22"


def test_a_grouped_listings_date_heading_dates_its_rows() -> None:
    rows = "".join(
        f'<div class="row"><h2><a href="/news/{n}">{HEADLINE} {n}</a></h2><p>{TEXT}</p></div>'
        for n in (1, 2)
    )
    html = (
        "<html><body><div class='top'>วันเสาร์ที่ 6 ธันวาคม 2568</div><div class='blog'>"
        f"<div class='group'><h3>วันจันทร์ที่ 1 เมษายน 2567</h3>{rows}</div><div class='group'>"
        "<h3>29 มีนาคม 2567</h3><div class='row'><h2><a href='/news/3'>ข่าวที่สาม</a></h2></div>"
        "</div></div></body></html>"
    )
    wanted = {f"http://h/news/{n}" for n in (1, 2, 3)}
    dates = row_dates(Page(text=html), "http://h/news", wanted)
    assert dates == {
        "http://h/news/1": "วันจันทร์ที่ 1 เมษายน 2567",
        "http://h/news/2": "วันจันทร์ที่ 1 เมษายน 2567",
        "http://h/news/3": "29 มีนาคม 2567",
    }


def test_a_server_rendered_web_components_text_is_read_and_its_slotted_chrome_is_not() -> None:
    html = page(
        '<news-body><template shadowrootmode="open"><div class="prose">'
        f"<p>{TEXT}</p></div></template></news-body>"
        '<call-out><template shadowrootmode="open"><b>สาระน่ารู้</b><slot></slot></template>'
        f"<p>{STORY}</p></call-out>"
    )
    body = normalized(html).body or ""
    assert TEXT[:40] in body and STORY[:30] in body
    assert "สาระน่ารู้" not in body


def test_joomlas_last_update_time_is_no_publication_date() -> None:
    html = page(
        f"<div itemprop='articleBody'><p>{TEXT}</p></div><dl class='article-info'>"
        "<dd class='modified'><time datetime='2024-04-01T16:00:00+07:00' itemprop='dateModified'>"
        "ปรับปรุงข้อมูล: วันจันทร์, 01 เมษายน 2567 16:00</time></dd></dl>"
    )
    article = normalize_article(
        read_article(layout("generic"), Page(text=html), "http://h/n/512", site="x")
    )
    assert article.published_at != "2024-04-01T16:00:00+07:00"
    assert article.modified_at == "2024-04-01T16:00:00+07:00"


def test_entries_marked_by_microdata_in_a_sidebar_classed_column_are_listed() -> None:
    items = "".join(
        f'<div class="item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
        f'<h2><a href="/index.php/news/{n}-item">{HEADLINE} ครั้งที่ {n}</a></h2><p>{TEXT}</p></div>'
        for n in range(500, 508)
    )
    html = (
        '<html><body><div id="midblock" class="sidebars sidebar-right"><div class="blog">'
        f'{items}</div></div><div class="sidebar"><a href="/index.php/about">เกี่ยวกับเรา</a></div>'
        "</body></html>"
    )
    links = [
        u for u, _ in layout("generic").extract_links(Page(text=html), "http://h/index.php/news")
    ]
    assert "http://h/index.php/news/500-item" in links and len(links) == 8


def test_the_sites_visitor_statistics_beside_the_article_are_not_its_counter() -> None:
    # The headline is found in the breadcrumb under the columns (the page's <h2> carries a
    # badge), so the headline-and-text scope holds the sidebar's statistics box too.
    html = (
        f'<html><head><meta property="og:title" content="{HEADLINE}"></head><body>'
        "<div class='page'><div class='main'><div class='item-page'>"
        f"<div itemprop='articleBody'><p>{TEXT}</p></div><dl class='article-info'>"
        "<dd class='hits'>ผู้เข้าชม: 3591</dd></dl></div></div>"
        "<div class='sidebars'><div class='box'><div>ผู้เข้าชมทั้งหมด 284,117</div></div></div>"
        f"<ul class='breadcrumb'><li class='active'><span>{HEADLINE}</span></li></ul>"
        "</div></body></html>"
    )
    article = normalized(html)
    assert article.view_count == 3591
    assert "284,117" not in article.body


def test_a_heading_printing_a_badge_before_the_title_is_the_headline() -> None:
    import lxml.html

    from pipelines.generic import _headline_element

    root = lxml.html.fromstring(
        "<html><body><div class='main'><h2><span class='label'>ด่วน</span> "
        f"{HEADLINE}</h2><div><p>{TEXT}</p></div></div>"
        f"<ul class='breadcrumb'><li><span>{HEADLINE}</span></li></ul></body></html>"
    )
    assert _headline_element(root, HEADLINE).tag == "h2"
