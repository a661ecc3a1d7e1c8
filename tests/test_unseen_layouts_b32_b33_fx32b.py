# ruff: noqa: E501  (fixture HTML lines)
"""Rules the thirty-second and thirty-third blind rounds showed, each checked on a small page
written here:

- a headline printed in a paragraph the template styles as the headline (`<p
  class="...">`, no heading element, a fixed <title>) is the title element the date beside it
  is found from, so a time printed alone in the meta row after the day-only date ("๑๐:๓๙ น.",
  "เวลา ๑๔.๑๗ น.") joins that day;
- a definition list's value is labelled by its term: a date under "ปรับปรุงล่าสุด" (last
  updated) is no publication date, and its time is not the publication's;
- a definition list whose terms are all the post's field labels (date posted, time, readers,
  last updated) is the article's meta block: read, never left in the text;
- a poster's login after a labelled "โดย :" (by:) beside the counter is meta, not text;
- a download label ("ดาวน์โหลดเอกสารประกอบ (PDF)") on its own line after a file-kind icon is
  furniture (the file is in attachments).
"""

from __future__ import annotations

import lxml.html

from pipelines import boilerplate
from pipelines.generic import meta_lists
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article
from pipelines.text import drop_attachment_lists, html_to_lines

URL = "http://labour.example.go.th/news/view/77"
HEADLINE = "สำนักงานแรงงานจังหวัดจัดกิจกรรมส่งเสริมการมีงานทำให้แก่ผู้สูงอายุและคนพิการในพื้นที่"
PARAS = [
    "สำนักงานแรงงานจังหวัดร่วมกับหน่วยงานภาคีเครือข่ายจัดกิจกรรมส่งเสริมการมีงานทำให้แก่ผู้สูงอายุ "
    "และคนพิการ ณ ห้องประชุมศาลากลางจังหวัด โดยมีผู้เข้าร่วมกิจกรรมกว่าสองร้อยคน",
    "ภายในงานมีการแนะแนวอาชีพ การรับสมัครงานจากสถานประกอบการในพื้นที่ และการฝึกทักษะอาชีพระยะสั้น "
    "เพื่อให้ผู้เข้าร่วมสามารถนำความรู้ไปประกอบอาชีพสร้างรายได้ให้แก่ครอบครัว",
    "ผู้สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานแรงงานจังหวัดในวันและเวลาราชการ",
]
TEXT = "".join(f"<p>{p}</p>" for p in PARAS)
# A story typed as many short lines (one paragraph per phrase)
SHORT_TEXT = "".join(
    f"<p>{p}</p>"
    for p in [
        "เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑ เวลา ๑๓.๓๐ น.",
        "นายแรงงานจังหวัด ปฏิบัติราชการแทนผู้ว่าราชการจังหวัด",
        "เป็นประธานเปิดกิจกรรมส่งเสริมการมีงานทำ",
        "ให้แก่ผู้สูงอายุและคนพิการในพื้นที่",
        "ณ ห้องประชุมศาลากลางจังหวัด",
        "โดยมีผู้เข้าร่วมกิจกรรมกว่าสองร้อยคน",
        "ภายในงานมีการแนะแนวอาชีพและการรับสมัครงานจากสถานประกอบการในพื้นที่",
        "รวมทั้งการฝึกทักษะอาชีพระยะสั้นเพื่อให้ผู้เข้าร่วมนำความรู้ไปประกอบอาชีพสร้างรายได้",
        "ผู้สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานแรงงานจังหวัด",
        "ในวันและเวลาราชการ หรือทางโทรศัพท์หมายเลขของสำนักงาน",
    ]
)


def _record(html: str, url: str = URL, listed: str | None = HEADLINE) -> dict:
    article = read_article(layout("generic"), Page(text=html), url, listed_title=listed)
    return normalize_article(article).record()


def _shell(content: str) -> str:
    """A fixed <title>, the office's name in the h1, the story under a section heading."""
    return f"""<html><head><title>ข่าวประชาสัมพันธ์ | สนร.จังหวัด</title></head><body>
<header><h1>สำนักงานแรงงานจังหวัดตัวอย่าง</h1></header>
<main><h2>ข่าวประชาสัมพันธ์</h2>{content}</main>
<footer><p>สำนักงานแรงงานจังหวัดตัวอย่าง ศาลากลางจังหวัด ถนนสายหลัก อำเภอเมือง</p></footer></body></html>"""


def _badge_page(time: str) -> str:
    badge = '<div class="bd-date"><span>๑๙</span><span>ก.ย.</span><span>๖๗</span></div>'
    clock = f'<span class="time"><i class="bi bi-clock"></i> {time}</span>' if time else ""
    return _shell(
        f'<div class="detail"><div class="d-flex">{badge}<div class="ms-3">'
        f'<p class="headline">{HEADLINE}</p><div class="meta small">{clock} '
        '<span class="views"><i class="bi bi-eye"></i> อ่านแล้ว ๑,๓๑๓ ครั้ง</span></div></div></div>'
        f'<div class="text">{TEXT}</div></div>'
    )


def test_a_clock_time_in_the_meta_row_of_a_paragraph_headline_joins_the_badge_day() -> None:
    record = _record(_badge_page("๑๐:๓๙ น."))
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-09-19T10:39:00+07:00"
    assert record["view_count"] == 1313
    assert "๑๐:๓๙" not in record["body"]
    assert _record(_badge_page(""))["published_at"] == "2024-09-19"


def _dl_page(text: str, *, edited: bool, timed: bool = True) -> str:
    meta = '<dt>วันที่ลงข่าว</dt><dd class="pub-date"><span>๑๖</span> <span>สิงหาคม</span> <span>๒๕๖๗</span></dd>'
    if timed:
        meta += '<dt class="visually-hidden">เวลา</dt><dd class="pub-time">เวลา ๑๔.๑๗ น.</dd>'
    if edited:
        meta += '<dt>ปรับปรุงล่าสุด</dt><dd class="upd-date">๑๖ ส.ค. ๖๗ ๒๐:๑๑</dd>'
    meta += '<dt>จำนวนผู้อ่าน</dt><dd class="hits">๒,๕๖๒</dd>'
    return _shell(
        f'<div class="news-view"><p class="topic">{HEADLINE}</p>'
        f'<dl class="news-meta">{meta}</dl><div class="content">{text}</div></div>'
    )


def test_a_labelled_time_in_a_meta_list_joins_the_day_posted() -> None:
    record = _record(_dl_page(TEXT, edited=False))
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-08-16T14:17:00+07:00"
    assert record["view_count"] == 2562
    assert _record(_dl_page(TEXT, edited=False, timed=False))["published_at"] == "2024-08-16"


def test_the_update_term_of_a_meta_list_gives_no_publication_time() -> None:
    record = _record(_dl_page(TEXT, edited=True))
    assert record["published_at"] == "2024-08-16T14:17:00+07:00"
    assert record["modified_at"] == "2024-08-16T20:11:00+07:00"
    untimed = _record(_dl_page(TEXT, edited=True, timed=False))
    assert untimed["published_at"] == "2024-08-16"


def test_a_meta_list_is_not_left_in_a_text_of_short_lines() -> None:
    record = _record(_dl_page(SHORT_TEXT, edited=True))
    assert record["body"].startswith("เมื่อวันพฤหัสบดีที่ ๖ กันยายน ๒๕๖๑")
    for label in ("วันที่ลงข่าว", "จำนวนผู้อ่าน", "ปรับปรุงล่าสุด", "๒,๕๖๒"):
        assert label not in record["body"]
    assert record["view_count"] == 2562
    assert record["published_at"] == "2024-08-16T14:17:00+07:00"


def test_only_a_list_of_the_posts_field_labels_is_a_meta_list() -> None:
    page = lxml.html.fromstring(
        "<div><dl><dt>วันที่</dt><dd>๕ มี.ค. ๖๗</dd><dt>เวลา</dt><dd>๑๐.๐๐ น.</dd></dl>"
        "<dl><dt>วันที่ลงข่าว</dt><dd>๕ มี.ค. ๖๗</dd><dt>ผู้ประสานงาน</dt><dd>นายสมชาย</dd></dl>"
        "<dl><dt>เผยแพร่เมื่อ :</dt><dd>๕ มี.ค. ๖๗</dd><dt>จำนวนผู้เข้าชม (ครั้ง)</dt><dd>๑๒</dd></dl></div>"
    )
    assert [dl.xpath("string(dt[1])") for dl in meta_lists(page, [])] == ["เผยแพร่เมื่อ :"]


def test_a_poster_login_beside_the_counter_is_meta() -> None:
    found = boilerplate.match_line("โดย : admin_kpt ผู้เข้าชม ๑,๙๓๗")
    assert found is not None and found.data == {"view_count": "๑,๙๓๗"}
    assert boilerplate.match_line("โดย : webmaster") is not None
    # a capitalised name (a credit), or words after the login, are no poster line
    assert boilerplate.match_line("โดย : Reuters") is None
    assert boilerplate.match_line("โดย : admin_kpt และคณะทำงาน") is None


def _poster_page() -> str:
    badge = '<div class="date-box"><span>๒</span><span>มี.ค.</span><span>๖๗</span></div>'
    meta = (
        '<div class="news-meta"><span><i class="fas fa-user"></i> โดย : admin_kpt</span> '
        '<span><i class="far fa-eye"></i> ผู้เข้าชม ๑,๙๓๗</span></div>'
    )
    return _shell(
        f'<div class="content"><div class="d-flex">{badge}<div class="head">'
        f'<h4 class="topic">{HEADLINE}</h4>{meta}</div></div>{TEXT}</div>'
    )


def test_a_poster_line_in_the_story_block_is_not_text() -> None:
    record = _record(_poster_page())
    assert record["title"] == HEADLINE
    assert record["view_count"] == 1937
    assert "admin_kpt" not in record["body"] and "ผู้เข้าชม" not in record["body"]
    assert record["body"].startswith(PARAS[0][:30])


def test_a_download_label_after_a_file_icon_is_furniture() -> None:
    root = lxml.html.fromstring(
        f"<td><font>{PARAS[0]}<br><br>ภาพ/ข่าว : กองสาธารณสุข</font><br><br>"
        '<img src="/images/icon_pdf.gif" align="absmiddle"> <a href="/news/files/1.pdf">'
        "<font>ดาวน์โหลดเอกสารประกอบ (PDF)</font></a></td>"
    )
    drop_attachment_lists(root)
    assert "ดาวน์โหลด" not in "\n".join(html_to_lines(root))
    # a file link inside a sentence stays
    said = lxml.html.fromstring(
        '<p>ดูรายละเอียด <img src="i.gif"> <a href="/f/1.pdf">ดาวน์โหลดเอกสาร</a> ได้ที่นี่</p>'
    )
    drop_attachment_lists(said)
    assert "ดาวน์โหลดเอกสาร" in "\n".join(html_to_lines(said))


REPORT = "รายงานสถานการณ์น้ำในพื้นที่ลุ่มน้ำภาคกลาง ประจำวันที่ 9 กรกฎาคม 2563"


def _hero_page() -> str:
    """A paragraph headline over a photo, the post's date declared; the text opens with the
    report's own day in a paragraph."""
    ld = '{"@context": "https://schema.org", "@type": "NewsArticle", "datePublished": "2024-05-10T14:22:00+07:00"}'
    return f"""<html><head><title>ข่าวสาร | กรมตัวอย่าง</title>
<script type="application/ld+json">{ld}</script></head><body>
<header><p class="brand">กรมตัวอย่าง</p></header>
<article class="entry"><div class="hero"><img src="/uploads/1.jpg" alt=""><div class="hero__caption">
<p class="kicker">ข่าวประชาสัมพันธ์</p><p class="hero__title">{REPORT}</p>
<p class="hero__meta">เผยแพร่ <time>3 สัปดาห์ที่แล้ว</time> · โดย กรมตัวอย่าง</p></div></div>
<div class="entry-body"><div class="rich-text"><p>ประจำวันที่ 9 กรกฎาคม 2563</p>{TEXT}</div></div></article>
<footer><p>กรมตัวอย่าง ถนนสายหลัก เขตตัวอย่าง กรุงเทพฯ</p></footer></body></html>"""


def test_a_date_in_the_text_under_a_paragraph_headline_is_not_the_posts() -> None:
    record = _record(_hero_page(), "http://dept.example.go.th/news/report-9-7-63", REPORT)
    assert record["title"] == REPORT
    assert record["published_at"] == "2024-05-10T14:22:00+07:00"
