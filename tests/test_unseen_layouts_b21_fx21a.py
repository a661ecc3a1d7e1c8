# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-first blind round showed (fixer A), each checked on a small page: a head
rel=next printed with the CMS's configured host yields to the page's own pager; a valueless
query argument stays valueless; a shell whose only text is the template's footer (a
best-viewed note) is no article; a view counter's total, not its "today" count; a time marked
hAtom `updated` is no publication when the page declares one."""

from __future__ import annotations

from crawler.urls import canonical_url
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article, not_an_article

HEADLINE = "ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัด ครั้งที่ 2/2567"
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


def _table_shell(content: str) -> str:
    return f"""<html><head><title>ข่าวสาร - สำนักงานจังหวัดตัวอย่าง</title></head><body>
<form method="post" action="/db.nsf/ByDate/1?OpenDocument&amp;Seq=1" name="_Doc">
<table width="780"><tr><td colspan="2"><a href="/">หน้าหลัก</a> | <a href="/db.nsf/ByDate?OpenView">ข่าวสาร</a></td></tr>
<tr valign="top"><td width="180"><font size="2"><a href="/law">กฎหมาย</a><br><a href="/stat">สถิติ</a></font></td>
<td width="600"><table width="100%"><tr><td bgcolor="#336699"><font size="3" color="#FFFFFF"><b>ข่าวสาร</b></font></td></tr>
{content}</table></td></tr>
<tr><td colspan="2" align="center"><font size="1">สำนักงานจังหวัดตัวอย่าง ถนนศาลากลาง อำเภอเมือง จังหวัดตัวอย่าง 40000 โทร. 0-4300-0000<br>แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 800 x 600</font></td></tr>
</table></form></body></html>"""


def test_a_shell_with_only_the_best_viewed_footer_is_no_article() -> None:
    """A withheld document answers with its form's shell: the footer is not its text."""
    html = _table_shell(
        '<tr><td></td></tr><tr><td align="right"><a href="javascript:history.back()">ย้อนกลับ</a></td></tr>'
    )
    url = "http://h.go.th/db.nsf/ByDate/0A1B?OpenDocument"
    article = normalize_article(read_article(layout("generic"), Page(text=html), url))
    assert article.body is None
    assert not_an_article(article) is not None


def test_the_same_shell_with_a_document_keeps_its_text() -> None:
    text = "สำนักงานจังหวัดจัดประชุมคณะกรรมการพัฒนาจังหวัด เพื่อพิจารณาแผนงานประจำปี " * 4
    doc = f'<tr><td><font size="4"><b>{HEADLINE}</b></font></td></tr><tr><td><font size="2">{text}<br><br>{text}</font></td></tr>'
    url = "http://h.go.th/db.nsf/ByDate/0A1B?OpenDocument"
    record = normalize_article(
        read_article(layout("generic"), Page(text=_table_shell(doc)), url)
    ).record()
    assert record["title"] == HEADLINE
    assert "แสดงผลได้ดีที่สุด" not in (record["body"] or "")
    assert text.strip()[:40] in record["body"]


TEXT = (
    "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดร่วมกับหน่วยงานในพื้นที่ จัดกิจกรรมปลูกป่า"
    "เฉลิมพระเกียรติ เมื่อวันที่ 5 ตุลาคม 2567 โดยมีประชาชนเข้าร่วมจำนวนมาก "
) * 3


def _post(counter: str) -> str:
    return f"""<html><head><title>{HEADLINE} - สำนักงานจังหวัด</title></head><body>
<main><article class="post type-post hentry"><h1 class="entry-title">{HEADLINE}</h1>
<ul class="meta-list"><li class="meta date"><time class="entry-date published" datetime="2024-10-05T10:20:00+07:00">5 ตุลาคม 2024</time></li></ul>
<div class="entry-content"><p>{TEXT}</p><p>{TEXT}</p>
<p class="pvc_stats">{counter}</p></div></article></main></body></html>"""


def test_a_total_views_counter_beside_todays_count_gives_the_total() -> None:
    url = "https://h.go.th/%e0%b8%82%e0%b9%88%e0%b8%b2%e0%b8%a7/"
    for counter, want in (
        ("4,685&nbsp;total views, 9&nbsp;views today", 4685),
        ("4,685 total views", 4685),
        ("7 views today, 1,204 total views", 1204),
        ("เข้าชม 1,204 ครั้ง วันนี้ 7 ครั้ง", 1204),
    ):
        for family in ("wordpress", "generic"):
            article = read_article(layout(family), Page(text=_post(counter)), url)
            record = normalize_article(article).record()
            assert record["view_count"] == want, (family, counter)
            assert "today" not in record["body"] and "วันนี้" not in record["body"]


def _edited_post(declared: str, updated: str) -> str:
    return f"""<html><head><title>{HEADLINE} - สำนักงานจังหวัด</title>
<meta property="article:published_time" content="{declared}" /></head><body>
<div class="post-cover"><h1 class="title entry-title">{HEADLINE}</h1>
<ul class="meta-list"><li class="meta author">โดย admin</li><li class="meta date posted-on show-updated"><time class="updated" datetime="{updated}">2 พฤศจิกายน 2024</time></li></ul></div>
<article class="post hentry"><div class="entry-content"><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"""


def test_a_lone_updated_time_is_the_edit_when_another_publication_is_declared() -> None:
    """Neve's 'show last updated date': an edited post prints only time.updated."""
    html = _edited_post("2024-10-28T05:06:00+00:00", "2024-11-02T13:49:00+07:00")
    record = normalize_article(
        read_article(layout("generic"), Page(text=html), "https://h.go.th/x/")
    ).record()
    assert record["published_at"] == "2024-10-28T12:06:00+07:00"
    assert record["modified_at"] == "2024-11-02T13:49:00+07:00"


def test_a_lone_updated_time_declared_as_the_publication_stays_the_post_date() -> None:
    html = _edited_post("2024-11-02T06:49:00+00:00", "2024-11-02T13:49:00+07:00")
    record = normalize_article(
        read_article(layout("generic"), Page(text=html), "https://h.go.th/x/")
    ).record()
    assert record["published_at"] == "2024-11-02T13:49:00+07:00"
    assert record["modified_at"] is None


def test_a_password_protected_wordpress_post_is_no_article_generically() -> None:
    html = f"""<html><head><title>มีการป้องกัน: {HEADLINE}</title></head><body>
<div class="cover"><h1 class="entry-title">มีการป้องกัน: {HEADLINE}</h1>
<ul class="meta-list"><li class="meta date"><time class="entry-date published" datetime="2024-09-19T14:05:00+07:00">19 กันยายน 2024</time></li></ul></div>
<article class="post post-password-required hentry"><div class="entry-content">
<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดู:</p>
<p><label>รหัสผ่าน: <input name="post_password" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></div></article>
<aside class="sidebar"><div class="widget"><p class="widget-title">เรื่องล่าสุด</p><ul>
<li><a href="/a/">ข่าวประชาสัมพันธ์ของสำนักงานเรื่องที่หนึ่ง</a></li><li><a href="/b/">ข่าวประชาสัมพันธ์ของสำนักงานเรื่องที่สอง</a></li></ul></div></aside>
<footer class="site-footer"><p>สำนักงานจังหวัด ศาลากลางจังหวัด</p></footer>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden"><span class="cn-text-container">เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</span><a href="#" class="cn-button">ยอมรับ</a></div>
</body></html>"""
    article = normalize_article(
        read_article(layout("generic"), Page(text=html), "https://h.go.th/x/")
    )
    assert not_an_article(article) is not None
