"""Rules from the forty-third blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.boilerplate import match_line
from pipelines.layouts import layout
from pipelines.layouts.base import Page

HEADLINE = "สำนักงานที่ดินจังหวัดออกหน่วยบริการรังวัดเคลื่อนที่ให้ประชาชนในพื้นที่ห่างไกลประจำปีงบประมาณ"
TEXT = (
    "สำนักงานที่ดินจังหวัดออกหน่วยบริการรังวัดเคลื่อนที่ให้แก่ประชาชนในพื้นที่ห่างไกล เพื่ออำนวยความสะดวก "
    "ในการยื่นคำขอรังวัดและตรวจสอบหลักฐานที่ดิน โดยมีประชาชนมารับบริการกว่าสามร้อยราย"
)


def card(n: int, title: str) -> str:
    """One post of a WordPress theme's blog grid (headline in the card's entry-content)."""
    return (
        f'<article class="post-{n} post type-post hentry"><header class="entry-header">'
        f'<a href="/archives/{n}"><img src="/p/{n}.jpg" alt=""></a></header>'
        f'<div class="entry-content"><h2 class="entry-title"><a href="/archives/{n}">{title}</a>'
        f'</h2><div class="entry-meta"><time datetime="2024-09-1{n % 10}">1{n % 10} กันยายน 2024'
        f'</time></div><p>{TEXT[:80]} […]</p><a href="/archives/{n}">อ่านต่อ</a></div></article>'
    )


def test_a_content_column_classed_after_the_sidebars_side_holds_the_listing() -> None:
    """div#primary.col-md-8.sidebar-right is the column beside the sidebar, not a sidebar:
    its posts are the listing's."""
    cards = "".join(card(n, f"{HEADLINE} ครั้งที่ {n}") for n in (3460, 3457, 3454))
    page = Page(
        text=f"""<html><body><div id="main" class="container" role="main"><div class="row">
<div id="primary" class="col-md-8 mb-xs-24 sidebar-right">{cards}</div>
<aside class="col-md-4 widget-area"><a href="/archives/1">ข่าวยอดนิยมของสำนักงานที่ดิน</a></aside>
</div></div></body></html>"""
    )
    links = layout("generic").extract_links(page, "http://h/category/news")
    assert [url for url, _ in links] == [f"http://h/archives/{n}" for n in (3460, 3457, 3454)]


def single(title_h2: str) -> bytes:
    """A single post whose theme prints the headline (cut to nine words) and the entry-meta row
    inside entry-content, the full headline in a banner and <title>."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.4.3"><title>{HEADLINE} – สำนักงานที่ดินจังหวัด</title>
</head><body><section class="page-title-section"><h3 class="page-title">{HEADLINE}</h3></section>
<article id="post-9" class="post-9 post type-post hentry"><div class="entry-content">
<h2 class="post-title entry-title">{title_h2}</h2>
<div class="entry-meta"><ul><li><time class="entry-date published"
datetime="2024-09-19T14:35:00+07:00">19 กันยายน 2024</time></li><li>โดย <a href="/author/landuthai">
landuthai</a></li><li><span class="post-views">เปิดอ่าน 57 ครั้ง</span></li></ul></div>
<div class="post-text"><p>{TEXT}</p><p>{TEXT}</p></div></div></article></body></html>""".encode()


def test_the_entry_meta_row_inside_the_text_is_furniture_its_counter_kept() -> None:
    record = extract_bytes(single(HEADLINE), url="http://h/archives/9", cms="wordpress")
    assert record["body"].startswith("สำนักงานที่ดินจังหวัดออกหน่วยบริการ")
    assert "19 กันยายน 2024" not in record["body"] and "landuthai" not in record["body"]
    assert record["view_count"] == 57
    assert record["published_at"] == "2024-09-19T14:35:00+07:00"


def test_a_headline_cut_with_an_ellipsis_is_completed_from_the_page() -> None:
    cut = " ".join(HEADLINE.split()[:1])[:40] + "…"
    for cms in ("wordpress", "generic"):
        record = extract_bytes(single(cut), url="http://h/archives/9", cms=cms)
        assert record["title"] == HEADLINE


def test_the_recorders_login_is_a_byline() -> None:
    """ "ผู้บันทึก : <login>" (recorded by) beside the counter in one meta row."""
    found = match_line("ผู้บันทึก : pr_kpp | ผู้ชม ๑๘ ครั้ง")
    assert found is not None and found.data == {"view_count": "๑๘"}
