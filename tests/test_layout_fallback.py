"""A family's layout that misses an unseen template's body hands the page to the generic layout."""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.run_report import run_exit_status, run_summary

PARAGRAPHS = [
    "ผู้ว่าราชการจังหวัดเป็นประธานการประชุมคณะกรรมการพัฒนาจังหวัดครั้งที่ 3 ณ ห้องประชุมศาลากลาง",
    "ที่ประชุมมีมติให้หน่วยงานที่เกี่ยวข้องเร่งรัดการเบิกจ่ายงบประมาณให้แล้วเสร็จภายในเดือนกันยายน",
    "นอกจากนี้ยังได้ติดตามความคืบหน้าโครงการพัฒนาแหล่งน้ำเพื่อการเกษตรในพื้นที่อำเภอรอบนอกอีกด้วย",
]
# A WordPress page on a theme whose body wrapper no WordPress selector knows.
PAGE = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.5">
<title>ประชุมคณะกรรมการพัฒนาจังหวัด – สำนักงานจังหวัด</title></head>
<body><div class="site"><header><nav><a href="/">หน้าแรก</a></nav></header>
<main><div class="story-wrap"><h1 class="story-headline">ประชุมคณะกรรมการพัฒนาจังหวัด</h1>
<div class="story-meta">15 มกราคม 2567</div>
<div class="story-text">{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}</div></div></main>
<footer>สำนักงานจังหวัดตัวอย่าง</footer></div></body></html>""".encode()


def test_missing_body_is_read_generically_and_the_record_says_so() -> None:
    record = extract_bytes(PAGE, url="https://example.go.th/2024/01/15/news/", cms="wordpress")
    assert record["title"] == "ประชุมคณะกรรมการพัฒนาจังหวัด"
    for paragraph in PARAGRAPHS:
        assert paragraph in (record["body"] or "")
    assert any(p.startswith("layout: the wordpress layout found no") for p in record["problems"])


def test_generic_pages_carry_no_layout_problem() -> None:
    record = extract_bytes(PAGE, url="https://example.go.th/2024/01/15/news/", cms="generic")
    assert not any(p.startswith("layout:") for p in record["problems"])


def test_a_run_read_mostly_generically_looks_broken() -> None:
    stats = {
        "response_received_count": 10,
        "downloader/response_status_count/200": 10,
        "khaosan/articles_seen": 10,
        "khaosan/layout_fallback": 8,
    }
    assert run_exit_status(stats) == 3
    assert run_exit_status({**stats, "khaosan/layout_fallback": 2}) == 0


def test_a_family_that_never_read_the_site_is_no_drift() -> None:
    """Read generically on a site the family never read: stored whole, so exit 0, and said."""
    stats = {
        "response_received_count": 10,
        "downloader/response_status_count/200": 10,
        "khaosan/articles_seen": 10,
        "khaosan/layout_fallback": 8,
        "khaosan/family_read_before": 0,
    }
    assert run_exit_status(stats) == 0
    assert run_exit_status({**stats, "khaosan/family_read_before": 1}) == 3
    assert "nor has it on any stored article" in run_summary(stats, "x_go_th", "crawl")


def test_store_tells_whether_the_family_ever_read_a_site(tmp_path) -> None:
    from pipelines.store import ArticleStore

    store = ArticleStore(tmp_path / "k.db")
    try:
        fallback = {"site": "a", "title": "t", "body": "b", "problems": ["layout: no body"]}
        store.upsert_many([{**fallback, "url": "https://a.go.th/1"}])
        assert not store.family_read("a")
        assert not store.family_read("nobody")
        store.upsert_many([{"site": "a", "title": "t", "body": "b", "url": "https://a.go.th/2"}])
        assert store.family_read("a")
    finally:
        store.close()


def test_weekday_dateline_leaves_the_body_of_any_family() -> None:
    """The normaliser, not a layout, takes a dateline atop the text into published_at."""
    from crawler.items import Article
    from pipelines.normalize import normalize_article

    html = (
        "<div><p>วันพฤหัสบดีที่ 3 พฤษภาคม 2561</p>"
        "<p>กระทรวงอุตสาหกรรมจัดประชุมหารือแนวทางพัฒนาอุตสาหกรรมชุมชนทั่วประเทศ</p></div>"
    )
    article = normalize_article(Article(url="http://127.0.0.1/a", site="s", body_html=html))
    assert article.body == "กระทรวงอุตสาหกรรมจัดประชุมหารือแนวทางพัฒนาอุตสาหกรรมชุมชนทั่วประเทศ"
    assert article.published_at == "2018-05-03"
    assert article.published_at_raw == "วันพฤหัสบดีที่ 3 พฤษภาคม 2561"


LISTING = """<html><head><title>ข่าวประชาสัมพันธ์</title></head><body>
<nav><a href="/">หน้าแรก</a> <a href="/about">เกี่ยวกับเรา</a> <a href="/contact">ติดต่อ</a></nav>
<section class="news-grid">{items}</section></body></html>"""
ITEM = """<div class="card"><a href="/news/view/{n}"><img src="/img/{n}.jpg" alt=""></a>
<h3 class="card-title"><a href="/news/view/{n}">ข่าวกิจกรรมของสำนักงานจังหวัด ฉบับที่ {n} ประจำเดือน</a></h3>
<span class="meta">3 ต.ค. 2561</span><p>สรุปข่าวกิจกรรมประจำสัปดาห์ของหน่วยงาน</p></div>"""


def test_listing_a_family_cannot_read_is_read_generically() -> None:
    """A family's listing selectors that find nothing hand the page to the generic reader."""
    from pipelines.layouts import LAYOUTS, Page, read_links

    html = LISTING.format(items="".join(ITEM.format(n=n) for n in range(1, 7)))
    url = "http://127.0.0.1/news"
    page = Page.from_bytes(html.encode(), "text/html; charset=utf-8")
    assert LAYOUTS["joomla"].extract_links(page, url) == []
    links = [link for link, _ in read_links(LAYOUTS["joomla"], page, url)]
    assert sorted(links) == [f"http://127.0.0.1/news/view/{n}" for n in range(1, 7)]
