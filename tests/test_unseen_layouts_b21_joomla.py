"""Rules the 21st blind round showed on a Joomla 3 site with a stock template, each checked on
a small page: com_content's text printed straight in the article element (no articleBody
wrapper, Beez3's override) between the component's own parts, the publish_up date before the
creation date, a labelled download line as furniture, and Joomla's stock template paths as a
Joomla marker."""

from __future__ import annotations

import lxml.etree
import lxml.html

from pipelines.detect import fingerprint
from pipelines.layouts import LAYOUT_PROBLEM, Page, layout, read_article
from pipelines.normalize import normalize_article
from pipelines.text import drop_attachment_lists, html_to_lines

HEADLINE = "สสจ.ยโสธร รณรงค์ป้องกันโรคไข้เลือดออกในชุมชน"
TEXT = (
    "สำนักงานสาธารณสุขจังหวัดจัดกิจกรรมรณรงค์ป้องกันโรคไข้เลือดออกในชุมชน ร่วมกับอาสาสมัคร"
    "สาธารณสุขประจำหมู่บ้าน เพื่อกำจัดแหล่งเพาะพันธุ์ยุงลายในบ้านเรือนและโรงเรียน "
) * 3
URL = "http://h.go.th/index.php?option=com_content&view=article&id=12:x&catid=9&Itemid=112"


def _beez3(published: str = "เผยแพร่ วันเสาร์, 02 มีนาคม 2024 09:49") -> str:
    """Beez3's article override: hgroup, icons, a plugin's share bar, the info block, the text
    straight in article.item-page, tags, page navigation and a comments plugin."""
    return f"""<html><head><title>สำนักงาน - {HEADLINE}</title></head><body>
<div id="main"><article class="item-page">
<hgroup><h1>ข่าวประชาสัมพันธ์</h1><h2>{HEADLINE}</h2></hgroup>
<ul class="actions"><li class="print-icon"><a href="/p">พิมพ์</a></li></ul>
<div class="sharebar"><span>บอกต่อข่าวนี้</span> <a href="https://fb.com/s">Facebook</a></div>
<dl class="article-info"><dt class="article-info-term">รายละเอียด</dt>
<dd class="create">สร้างเมื่อ วันศุกร์, 01 มีนาคม 2024 16:27</dd>
<dd class="modified">ปรับปรุงล่าสุด วันเสาร์, 02 มีนาคม 2024 11:00</dd>
<dd class="published">{published}</dd><dd class="hits">ฮิต: 321</dd></dl>
<p>{TEXT}</p>
<p>{TEXT}</p>
<ul class="tags inline"><li><a href="/t">สุขภาพ</a></li></ul>
<ul class="pager pagenav"><li class="next"><a href="/n" rel="next">ข่าวถัดไปของหน่วยงาน</a></li></ul>
<div id="jc"><h4>ความคิดเห็น (0)</h4><p>เข้าสู่ระบบก่อนแสดงความเห็น</p></div>
</article></div></body></html>"""


def _read(html: str) -> tuple[dict, list]:
    article = read_article(layout("joomla"), Page(text=html), URL)
    problems = list(article.problems)
    return normalize_article(article).record(), problems


def test_joomla_reads_the_text_between_com_contents_own_parts() -> None:
    record, problems = _read(_beez3())
    assert not [p for p in problems if p.startswith(LAYOUT_PROBLEM)]
    assert record["title"] == HEADLINE
    assert record["body"].split("\n") == [TEXT.strip(), TEXT.strip()]
    assert record["view_count"] == 321
    assert record["modified_at"] == "2024-03-02T11:00:00+07:00"


def test_joomla_takes_publish_up_before_the_creation_date() -> None:
    record, _ = _read(_beez3())
    assert record["published_at"] == "2024-03-02T09:49:00+07:00"


def test_joomla_takes_the_creation_date_when_no_publish_date_is_printed() -> None:
    record, _ = _read(_beez3().replace('<dd class="published">เผยแพร่ ', "<dd>", 1))
    assert record["published_at"] == "2024-03-01T16:27:00+07:00"


def test_a_labelled_download_line_is_furniture_and_its_file_an_attachment() -> None:
    line = '<p>ดาวน์โหลดเอกสาร : <a href="/images/doc/a.pdf">หนังสือแจ้งรายละเอียด (PDF)</a></p>'
    record, _ = _read(_beez3().replace(f"<p>{TEXT}</p>\n<ul", f"<p>{TEXT}</p>\n{line}<ul", 1))
    assert "ดาวน์โหลดเอกสาร" not in record["body"]
    assert "หนังสือแจ้งรายละเอียด" not in record["body"]
    assert record["attachments"] == [
        {"url": "http://h.go.th/images/doc/a.pdf", "name": "หนังสือแจ้งรายละเอียด (PDF)"}
    ]


def test_a_paragraph_with_a_file_link_in_its_text_stays() -> None:
    root = lxml.html.fromstring(
        '<div><p>ข่าว</p><p>ผู้สนใจอ่านรายละเอียดได้ที่ <a href="a.pdf">ประกาศ</a> ภายในวันนี้</p></div>'
    )
    drop_attachment_lists(root)
    assert html_to_lines(root) == ["ข่าว", "ผู้สนใจอ่านรายละเอียดได้ที่ ประกาศ ภายในวันนี้"]


def test_joomlas_stock_template_paths_are_a_joomla_marker() -> None:
    html = (
        '<html><head><link href="/templates/beez3/css/layout.css" rel="stylesheet"></head>'
        "<body><p>ข่าว</p></body></html>"
    )
    found = fingerprint(html, "http://h.go.th/index.php")
    assert found.candidates()[0] == "joomla"
    assert found.scores["joomla"] >= 2


def test_text_between_parts_keeps_the_page_element_class() -> None:
    """The div holding the text is an lxml.html element like the page's: cleaning calls
    text_content() on it (a plain etree element made `khaosan check` crash on a Drupal 7 page)."""
    from pipelines.layouts.joomla import text_between_parts
    from pipelines.text import clean_body

    scope = lxml.html.fromstring(_beez3()).cssselect("article.item-page")[0]
    div = text_between_parts(scope)
    assert isinstance(div, lxml.html.HtmlElement)
    headed = lxml.html.fromstring(f"<div><h2>{HEADLINE}</h2><p>2 มีนาคม 2567</p><p>{TEXT}</p></div>")
    plain = lxml.etree.fromstring(lxml.etree.tostring(headed))  # a tree of plain etree elements
    cleaned = clean_body(plain, title=HEADLINE)
    assert cleaned.published_raw == "2 มีนาคม 2567"
    assert "รณรงค์ป้องกัน" in cleaned.body
