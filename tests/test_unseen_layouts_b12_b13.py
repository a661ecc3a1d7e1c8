"""Rules the twelfth and thirteenth blind rounds showed, each checked on a small page: a
headline printed only in a span while og:title adds the section and the site, a headline
printed after a bold "เรื่อง :" label, the office alone as the text's last line, a listing's
comments link naming the post, a hidden hAtom "updated" stamp before the text, and a
definition-list detail view (dt label, dd value)."""

from __future__ import annotations

import lxml.html

from pipelines.generic import DATE_HINT_RE, _date_elements, _meta, _title
from pipelines.layouts import Page, layout, read_article
from pipelines.layouts.base import anchor_texts
from pipelines.normalize import normalize_article
from pipelines.text import clean_body

HEADLINE = "สำนักงานพัฒนาชุมชนจังหวัดจัดอบรมผู้นำอาสาพัฒนาชุมชนประจำปี"
TEXT = (
    "สำนักงานพัฒนาชุมชนจังหวัดจัดโครงการอบรมผู้นำอาสาพัฒนาชุมชนเพื่อเสริมสร้างศักยภาพ"
    "การทำงานร่วมกับภาคีเครือข่ายในพื้นที่ และส่งเสริมการพัฒนาคุณภาพชีวิตของประชาชน "
) * 3
URL = "http://h.go.th/news/detail/161"


def _read(html: str) -> dict:
    article = read_article(layout("generic"), Page(text=html), URL)
    return normalize_article(article).record()


def test_og_title_with_section_and_site_gives_the_printed_headline() -> None:
    """og:title "<headline> - <section> - <site>", the headline printed in a span (a portal's
    asset title), no h1: the printed part is the headline, not "<headline> - <section>"."""
    declared = f"{HEADLINE} - ข่าวประชาสัมพันธ์ - กรมส่งเสริมสหกรณ์"
    html = f"""<html><head><title>{declared}</title>
<meta property="og:title" content="{declared}">
<meta property="og:site_name" content="กรมส่งเสริมสหกรณ์"></head><body>
<h2 class="portlet-title">ข่าวประชาสัมพันธ์</h2>
<p class="h4"><a href="/news">‹</a> <span class="asset-title">{HEADLINE}</span></p>
<div class="content"><p>{TEXT}</p><p>{TEXT}</p></div>
<div class="side"><h2>สถิติผู้เข้าชม</h2><table><tr><td>วันนี้</td><td>12</td></tr></table></div>
</body></html>"""
    root = lxml.html.document_fromstring(html)
    assert _title(root, _meta(root)) == HEADLINE
    assert _read(html)["title"] == HEADLINE


def test_headline_after_a_bold_label_is_the_value() -> None:
    """The same <title> on every page and the headline after a bold "เรื่อง :" label: the
    value is the headline, and the labelled line is not body text."""
    html = f"""<html><head><title>อบต.โนนสูง</title></head><body>
<div class="panel-heading">ข่าวประชาสัมพันธ์</div>
<div class="news-topic"><b>เรื่อง :</b> {HEADLINE}</div>
<div class="news-detail">{TEXT}<br /><br />{TEXT}<br /><br />{TEXT}</div>
</body></html>"""
    record = _read(html)
    assert record["title"] == HEADLINE
    assert "เรื่อง :" not in record["body"]


def test_office_alone_as_the_last_line_is_the_source() -> None:
    """A plain-text body (nl2br) ending with the office alone, no label, no alignment."""
    cleaned = clean_body(f"<div>{TEXT}<br /><br />{TEXT}<br /><br />งานประชาสัมพันธ์ อบต.โนนสูง</div>")
    assert cleaned.source == "งานประชาสัมพันธ์ อบต.โนนสูง"
    assert cleaned.body is not None and "อบต.โนนสูง" not in cleaned.body.split("\n")[-1]


def test_last_line_that_is_a_sentence_is_no_source() -> None:
    cleaned = clean_body(f"<div>{TEXT}<br /><br />งานนี้มีผู้เข้าร่วม 300 คนจากทุกอำเภอ</div>")
    assert cleaned.source is None


def test_comments_link_does_not_name_the_post() -> None:
    """A listing's comments link ("ปิดความเห็น บน <headline>", to #respond) is longer than
    the headline link: the headline link names the post."""
    html = f"""<html><body><article><h2><a href="/post-1/">{HEADLINE}</a></h2>
<span class="comments"><a href="/post-1/#respond">ปิดความเห็น<span> บน {HEADLINE}</span></a></span>
</article></body></html>"""
    texts = anchor_texts(Page(text=html), "http://h.go.th/category/news/")
    assert list(texts.values()) == [HEADLINE]


def test_updated_stamp_is_no_publication_date() -> None:
    """A hidden hAtom "updated" stamp (the last edit) is not a printed publication date."""
    root = lxml.html.fromstring(
        '<div><span class="updated">2024-06-17T09:30:00+07:00</span>'
        '<span class="entry-date published">8 มิถุนายน 2024</span></div>'
    )
    assert list(_date_elements(root, DATE_HINT_RE, machine=False)) == ["8 มิถุนายน 2024"]


def test_definition_list_detail_view() -> None:
    """A scaffolded detail view: one dl of dt labels and dd values, the headline in a dd."""
    html = f"""<html><head><title>รายละเอียดข่าว - CPD.Web</title></head><body>
<h1>รายละเอียดข่าว</h1><h4>News</h4><hr /><dl class="row">
<dt class="col-sm-2">หัวข้อข่าว</dt><dd class="col-sm-10">{HEADLINE}</dd>
<dt class="col-sm-2">เนื้อหาข่าว</dt><dd class="col-sm-10"><p>{TEXT}</p><p>{TEXT}</p></dd>
<dt class="col-sm-2">แหล่งข่าว</dt><dd class="col-sm-10"></dd>
<dt class="col-sm-2">คำค้น</dt><dd class="col-sm-10">อบรม, ชุมชน</dd>
<dt class="col-sm-2">วันที่เผยแพร่</dt><dd class="col-sm-10">16/2/67 10:30</dd>
<dt class="col-sm-2">วันที่แก้ไข</dt><dd class="col-sm-10"></dd>
<dt class="col-sm-2">จำนวนผู้เข้าชม</dt><dd class="col-sm-10">1234</dd>
</dl></body></html>"""
    record = _read(html)
    assert record["title"] == HEADLINE
    assert record["view_count"] == 1234
    assert record["source"] is None
    assert record["published_at"] == "2024-02-16T10:30:00+07:00"
    assert "เนื้อหาข่าว" not in record["body"]
