"""Rules from the thirty-ninth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.layouts import layout
from pipelines.layouts.base import Page

CARDS = "".join(
    f'<div class="item"><a href="/news/read/{n}">ข่าวประชาสัมพันธ์ของสำนักงานลำดับที่ {n} ประจำเดือน</a>'
    f"<p>สรุปข่าว {n}</p></div>"
    for n in (30, 29, 28, 27, 26)
)


def listing(nav: str) -> Page:
    """A listing of five cards, then its pager *nav*."""
    return Page(
        text=f"<html><body><main><h2>ข่าวกิจกรรม</h2>{CARDS}<div>{nav}</div></main></body></html>"
    )


def test_a_keyset_pager_saying_earlier_news_is_the_next_page() -> None:
    """A keyset pager prints no numbers: "ข่าวก่อนหน้า »" (earlier news) leads to older items."""
    first = listing('<a class="btn" href="/news?before=26">ข่าวก่อนหน้า &raquo;</a>')
    later = listing(
        '<a href="/news?after=25">&laquo; ข่าวใหม่กว่า</a>'
        '<a href="/news?before=21">ข่าวก่อนหน้า &raquo;</a>'
    )
    for family in ("generic", "drupal", "wordpress"):
        reader = layout(family)
        assert reader.next_page(first, "http://h/news") == "http://h/news?before=26"
        assert reader.next_page(later, "http://h/news?before=26") == "http://h/news?before=21"


def test_earlier_news_on_a_numbered_pager_is_the_previous_page() -> None:
    """Where the pager numbers its pages, "« ข่าวก่อนหน้า" goes back and "ถัดไป" is next."""
    page = listing(
        '<a href="/news?page=1">&laquo; ข่าวก่อนหน้า</a> <a href="/news?page=3">ข่าวถัดไป &raquo;</a>'
    )
    assert layout("generic").next_page(page, "http://h/news?page=2") == "http://h/news?page=3"
    back_only = listing('<a href="/news?page=1">&laquo; ข่าวก่อนหน้า</a>')
    assert layout("generic").next_page(back_only, "http://h/news?page=2") is None


HEADLINE = "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูการผลิตใหม่"
TEXT = (
    "สำนักงานเกษตรจังหวัดจัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูการผลิตใหม่ ณ ศูนย์เรียนรู้ "
    "การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร โดยมีเกษตรกรเข้าร่วมกว่าสามร้อยราย "
    "ภายในงานมีการสาธิตการปรับปรุงบำรุงดินและการใช้ปุ๋ยตามค่าวิเคราะห์ดิน"
)


def drupal7_node(updated: str) -> bytes:
    """A Drupal 7 node whose footer prints the post's time and, marked itself, the update's."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>{HEADLINE} | สำนักงาน</title>
</head><body><div id="main"><h1 id="page-title">{HEADLINE}</h1>
<article class="node node-article" about="/content/x"><footer class="submitted">
<p class="author-datetime">ส่งโดย <span class="username">webmaster</span> เมื่อ
<time datetime="2024-02-19T12:48:00+07:00" pubdate="pubdate">19 ก.พ. 2567</time></p>
<p class="last-update">ปรับปรุงล่าสุด <time datetime="{updated}" class="updated">19 ก.พ. 2567</time>
</p></footer><div class="content"><div class="field field-name-body"><div class="field-items">
<div class="field-item even"><p>{TEXT}</p></div></div></div></div></article></div></body></html>
""".encode()


def test_the_update_time_marked_itself_beats_the_posts_time_in_the_same_footer() -> None:
    """Both <time>s sit in a footer that reads as an update line; the one marked "updated"
    carries the update's time of the same day."""
    record = extract_bytes(
        drupal7_node("2024-02-19T20:26:00+07:00"), url="http://h/content/x", cms="drupal"
    )
    assert record["published_at"] == "2024-02-19T12:48:00+07:00"
    assert record["modified_at"] == "2024-02-19T20:26:00+07:00"
