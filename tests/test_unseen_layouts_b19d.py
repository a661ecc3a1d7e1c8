# ruff: noqa: E501  (fixture HTML lines)
"""Rules the nineteenth blind round showed, each checked on a small page: a Drupal page's
"last edited" date follows the numeric order its published date showed (the statistics
counter's Thai wording "การเข้าชม N ครั้ง" is a LINE_RULES case in test_boilerplate.py)."""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานเกษตรจังหวัดจัดอบรมเกษตรกรรุ่นใหม่ด้านการปลูกพืชหลากหลาย"
TEXT = (
    "สำนักงานเกษตรจังหวัดจัดอบรมเกษตรกรรุ่นใหม่เพื่อพัฒนาทักษะการปลูกพืชหลากหลายและการตลาดออนไลน์ให้แก่กลุ่มเกษตรกร "
    * 3
)


def _drupal_node(published: str, stamp: str, changed: str) -> str:
    """A Drupal 10 node printing core's month-first 'medium' dates, the edit line's own
    <time> carrying no machine value."""
    return f"""<html><head><title>{HEADLINE} | สำนักงานเกษตร</title></head><body>
<div class="hero"><h1>{HEADLINE}</h1></div>
<main><article role="article" class="node node--type-blog-post node--view-mode-full">
<div class="node__meta"><div class="submitted">โดย บรรณาธิการ เมื่อ <time datetime="{stamp}">{published}</time></div>
<div class="node__changed">แก้ไขล่าสุด <span>{changed}</span></div></div>
<div class="node__content"><div class="field--name-body"><p>{TEXT}</p><p>{TEXT}</p></div></div>
<div class="node__links"><ul class="links inline"><li class="statistics-counter">การเข้าชม 1,343 ครั้ง</li></ul></div>
</article></main></body></html>"""


def _record(html: str, family: str, url: str = "http://h.go.th/th/news/2267") -> dict:
    article = read_article(layout(family), Page(text=html), url)
    return normalize_article(article).record()


def test_a_drupal_edit_date_follows_the_published_dates_month_first_order() -> None:
    html = _drupal_node("พฤ., 02/15/2024 - 10:30", "2024-02-15T03:30:00Z", "พ., 09/11/2024 - 12:03")
    rec = _record(html, "drupal")
    assert rec["published_at"] == "2024-02-15T10:30:00+07:00"
    assert rec["modified_at"] == "2024-09-11T12:03:00+07:00"


def test_a_drupal_edit_date_follows_a_day_first_published_date() -> None:
    html = _drupal_node("พฤ., 07/11/2024 - 07:47", "2024-11-07T00:47:00Z", "อ., 09/12/2024 - 12:03")
    rec = _record(html, "drupal")
    assert rec["published_at"] == "2024-11-07T07:47:00+07:00"
    assert rec["modified_at"] == "2024-12-09T12:03:00+07:00"


def test_a_staff_only_content_gate_is_no_article() -> None:
    from crawler.items import Article
    from pipelines.normalize import is_missing_notice, not_an_article

    gate = "เนื้อหานี้สำหรับเจ้าหน้าที่\nกรุณาเข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่ของกรมเพื่ออ่านเนื้อหาฉบับเต็ม"
    article = Article(url="u", site="s", title="ประกาศภายใน เรื่องการจัดสรรงบประมาณ", body=gate)
    assert not_an_article(article) is not None
    assert is_missing_notice("กรุณาเข้าสู่ระบบด้วยบัญชีสมาชิกเพื่ออ่านบทความ")
    # A story about a service for staff is no notice.
    assert not is_missing_notice("กรมจัดอบรมหลักสูตรสำหรับเจ้าหน้าที่ส่งเสริมการเกษตรทั่วประเทศ")


def test_a_scripted_load_more_button_leads_to_the_next_listing_page() -> None:
    from pipelines.layouts.base import next_by_meaning

    cards = "".join(
        f'<div class="card"><a href="/news/2024/06/0{i}/{i}">ข่าวที่ {i} ของสำนักงาน</a></div>'
        for i in range(1, 4)
    )
    htmx = f'{cards}<div id="load-more"><button hx-get="/news/items?page=3" hx-target="#load-more">โหลดข่าวเพิ่มเติม</button></div>'
    assert (
        next_by_meaning(Page(text=htmx), "http://h/news/items?page=2")
        == "http://h/news/items?page=3"
    )
    data = f'{cards}<div class="more" data-next-url="/news/page/2/"><span>Load more</span></div>'
    assert layout("generic").next_page(Page(text=data), "http://h/news/") == "http://h/news/page/2/"
    # A block a script loads on its own (no paging address, no load-more label) is no next page.
    sidebar = f'{cards}<div hx-get="/partials/latest" hx-trigger="load">ข่าวล่าสุด</div>'
    assert next_by_meaning(Page(text=sidebar), "http://h/news") is None


def test_a_joomla_article_hiding_its_title_takes_the_page_title_bands_h1() -> None:
    html = f"""<html><head><title>{HEADLINE} - องค์การบริหารส่วนจังหวัด</title></head><body>
<section class="page-title-band"><h1 class="band-heading">{HEADLINE}</h1><ol class="breadcrumb"><li>หน้าแรก</li></ol></section>
<main><div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<dl class="article-info"><dd class="published"><time datetime="2024-02-14T10:30:12+07:00" itemprop="datePublished">14 กุมภาพันธ์ 2024</time></dd></dl>
<div itemprop="articleBody"><p>{TEXT}</p><p>{TEXT}</p></div></div></main>
<aside><h3>ข่าวล่าสุด</h3></aside></body></html>"""
    article = read_article(layout("joomla"), Page(text=html), "http://h/index.php/news/324-x")
    assert article.title == HEADLINE
    assert not article.problems  # the joomla layout read the page: no generic fallback
    # A heading band naming only the section (not the head's title) is no headline.
    other = html.replace(f'<h1 class="band-heading">{HEADLINE}</h1>', "<h1>ข่าวประชาสัมพันธ์</h1>")
    assert read_article(
        layout("joomla"), Page(text=other), "http://h/index.php/news/324-x"
    ).problems
