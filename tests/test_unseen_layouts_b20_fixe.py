# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twentieth blind round showed, each checked on a small page: a placeholder midnight
of a modification date is a day, not a time; a date alone at the top of the text is the post's
date line."""

from __future__ import annotations

from pipelines.text import clean_body
from tests.test_unseen_layouts_b9_cms import _record

TEXT = "เทศบาลจัดประชุมประชาคมหมู่บ้านเพื่อรับฟังความคิดเห็นเรื่องแผนพัฒนาท้องถิ่นประจำปี " * 4


def _page(modified: str) -> str:
    return f"""<html><head><title>ข่าวประชาสัมพันธ์</title>
<meta property="article:published_time" content="2025-06-12T00:00:00+07:00">
<script type="application/ld+json">{{"@type": "BlogPosting", "headline": "ประชุมประชาคม",
"datePublished": "2025-06-12T00:00:00+07:00", "dateModified": "{modified}"}}</script>
</head><body><article><h1>ประชุมประชาคม</h1>
<p class="meta"><time datetime="2025-06-12T00:00:00+07:00">๑๒ มิ.ย. ๒๕๖๘</time></p>
<div class="content"><p>{TEXT}</p><p>{TEXT}</p></div></article></body></html>"""


def test_a_midnight_modification_stamp_is_a_day() -> None:
    record = _record(_page("2025-06-12T00:00:00+07:00"), "http://h.go.th/news/pr-1.html")
    assert record["published_at"] == "2025-06-12"
    assert record["modified_at"] == "2025-06-12"


def test_a_modification_with_a_time_keeps_it() -> None:
    record = _record(_page("2025-06-24T09:15:00+07:00"), "http://h.go.th/news/pr-1.html")
    assert record["modified_at"] == "2025-06-24T09:15:00+07:00"


HEADLINE = "นายอำเภอเป็นประธานเปิดงานวันเกษตร"


def test_a_date_alone_under_a_headline_in_the_text_is_the_date_line() -> None:
    # A page builder's heading element inside the content: the headline, then its subheading.
    html = (
        f'<div class="entry-content"><div class="heading"><h1>{HEADLINE}</h1>'
        f'<div class="subheading"><p>๑๖ กันยายน ๒๕๖๗</p></div></div><p>{TEXT}</p></div>'
    )
    cleaned = clean_body(html, title=HEADLINE)
    assert cleaned.body == TEXT.strip()
    assert cleaned.published_raw == "๑๖ กันยายน ๒๕๖๗"
    timed = f"<div><h2>{HEADLINE}</h2><p>16 ก.ย. 2567 เวลา 10.30 น.</p><p>{TEXT}</p></div>"
    assert clean_body(timed, title=HEADLINE).body == TEXT.strip()


def test_a_date_elsewhere_or_in_a_sentence_stays() -> None:
    apart = f"<div><div><h4>{HEADLINE}</h4></div><p>15/02/2567</p><p>{TEXT}</p></div>"
    assert clean_body(apart, title=HEADLINE).body == f"15/02/2567\n{TEXT.strip()}"
    opening = "16 ก.ย. 2567 นายอำเภอเป็นประธานเปิดงานวันเกษตร ณ หอประชุมอำเภอ"
    html = f"<div><h1>{HEADLINE}</h1><p>{opening}</p><p>{TEXT}</p></div>"
    assert clean_body(html, title=HEADLINE).body == f"{opening}\n{TEXT.strip()}"


def _app_page(item: str) -> str:
    return f"""<html><head><title>สำนักงานเกษตรจังหวัด</title></head><body><div id="app">
<section class="hero"><h1>ข่าวประชาสัมพันธ์</h1></section>
<div class="card"><div class="meta"><span>27 ต.ค. 67 เวลา 10:11 น.</span>
<span>แก้ไขล่าสุด 11/3/2024</span></div>
<div class="news-title">{HEADLINE}</div>
<div class="news-body"><p>{TEXT}</p><p>{TEXT}</p></div></div></div>
<script>window.__INITIAL_STATE__={{"news": {{"latest": [{{"id": 2, "title": "ข่าวอื่น",
"news_date": "2567-10-20"}}], "item": {item}}}}};</script></body></html>"""


def test_an_apps_store_names_the_headline_and_its_last_edit() -> None:
    item = (
        f'{{"id": 1, "title": "{HEADLINE}", "content": "<p>x</p>", "news_date": "2567-10-27",'
        ' "news_time": "10:11", "updated_at": "2024-11-03T05:52:00.000Z"}'
    )
    record = _record(_app_page(item), "http://h.go.th/news/1")
    assert record["title"] == HEADLINE
    assert record["modified_at"] == "2024-11-03T12:52:00+07:00"


def test_a_store_title_the_page_does_not_print_is_no_headline() -> None:
    item = '{"id": 1, "title": "หัวข้อที่ไม่ได้แสดงบนหน้า", "content": "<p>x</p>"}'
    assert _record(_app_page(item), "http://h.go.th/news/1")["title"] != "หัวข้อที่ไม่ได้แสดงบนหน้า"
