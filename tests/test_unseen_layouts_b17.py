# ruff: noqa: E501  (fixture HTML lines)
"""Rules the seventeenth blind round showed, each checked on a small page: an edit form shown
read-only as the detail view, a date line in the table row after a headline printed in bold,
the page data of an Inertia.js app in its root's `data-page`, and a card link named by its
heading."""

from __future__ import annotations

import html as html_lib
import json

import lxml.html

from pipelines.layouts.base import Page, anchor_texts
from pipelines.record_table import find_record_table
from tests.test_unseen_layouts_b9_cms import _record

HEADLINE = "สำนักงานจัดประชุมเชิงปฏิบัติการพัฒนาระบบบริการประชาชน ประจำปี 2567"
TEXT = (
    "สำนักงานได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการประชาชนให้แก่เจ้าหน้าที่"
    "ในพื้นที่ เมื่อวันที่ 3 มีนาคม 2560 เวลา 09.30 น. โดยมีผู้เข้าร่วมประชุมจำนวนมาก "
) * 3


def _form_page(modified: str, office: str) -> str:
    return f"""<html><head><title>ระบบบริการอิเล็กทรอนิกส์</title></head><body>
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">{HEADLINE}</li></ol>
<div class="card"><div class="card-header">รายละเอียดข่าวประชาสัมพันธ์</div><div class="card-body">
<form id="f" action="/news/save" method="post"><input type="hidden" name="id" value="7"/>
<div class="form-group"><label for="t">หัวข้อข่าว</label><input type="text" id="t" class="form-control" readonly="readonly" value="{HEADLINE}"/></div>
<div class="form-row"><div class="form-group"><label for="d">วันที่ประกาศ</label><input type="text" id="d" readonly value="๑๕/๐๒/๒๕๖๗ ๑๐:๓๐"/></div>
<div class="form-group"><label for="m">วันที่แก้ไข</label><input type="text" id="m" readonly value="{modified}"/></div>
<div class="form-group"><label for="v">จำนวนผู้อ่าน (คน)</label><input type="text" id="v" readonly value="1,234"/></div></div>
<div class="form-group"><label for="o">หน่วยงานเจ้าของข่าว</label><input type="text" id="o" readonly value="{office}"/></div>
<div class="form-group"><label>รายละเอียด</label><div class="news-detail"><p>{TEXT}</p><p>{TEXT}</p></div></div>
<div class="form-group"><label>เอกสารแนบ</label><div><a href="/f/1">ดาวน์โหลดเอกสาร</a></div></div>
</form></div></div>
<div class="card"><div class="card-header">เข้าสู่ระบบ</div><form action="/login" method="post">
<label for="u">เลขประจำตัวประชาชน</label><input id="u" name="u"/><label for="p">รหัสผ่าน</label><input id="p" type="password" name="p"/></form></div>
</body></html>"""


def test_an_edit_form_shown_read_only_is_a_record_of_labelled_fields() -> None:
    record = _record(
        _form_page("๒๐/๐๒/๒๕๖๗ ๑๔:๐๕", "ฝ่ายทะเบียน"), "http://h/eservice/news/view?newsId=7"
    )
    want = {
        "title": HEADLINE,
        "published_at": "2024-02-15T10:30:00+07:00",
        "modified_at": "2024-02-20T14:05:00+07:00",
        "view_count": 1234,
        "source": "ฝ่ายทะเบียน",
    }
    assert {key: record[key] for key in want} == want
    assert record["body"].startswith("สำนักงานได้จัด")
    for furniture in ("หัวข้อข่าว", "วันที่ประกาศ", "จำนวนผู้อ่าน", "เลขประจำตัวประชาชน"):
        assert furniture not in record["body"]


def test_a_dash_in_a_read_only_field_is_an_empty_value() -> None:
    record = _record(_form_page("-", "-"), "http://h/eservice/news/view?newsId=7")
    assert (record["modified_at"], record["source"]) == (None, None)


def test_an_editable_form_is_no_record() -> None:
    page = _form_page("-", "-").replace(' readonly="readonly"', "")
    assert find_record_table(lxml.html.fromstring(page)) is None


TABLE_PAGE = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Untitled Document</title></head>
<body><table width="780"><tr><td width="160"><a href="../index.html">หน้าหลัก</a></td><td width="620" valign="top">
<table width="100%" cellpadding="6">
<tr><td bgcolor="#FFCC00"><font size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="4" color="#003399"><b>{HEADLINE}</b></font></td></tr>
<tr><td><font size="2" color="#CC0000">ข่าวประจำวันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๐.๓๐ น.</font></td></tr>
<tr><td class="text"><font size="2">&nbsp;&nbsp;&nbsp;{TEXT}<br><br>&nbsp;&nbsp;&nbsp;{TEXT}</font></td></tr>
<tr><td align="center"><a href="javascript:window.print()">[พิมพ์หน้านี้]</a> | <a href="index.html">[กลับหน้าข่าว]</a></td></tr>
</table></td></tr></table></body></html>"""


def test_the_date_line_in_the_row_after_a_bold_headline_is_the_publication() -> None:
    record = _record(TABLE_PAGE, "http://h/news/news_0123.html")
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-02-15T10:30:00+07:00"


def _inertia_page() -> str:
    data = {
        "component": "News/Show",
        "props": {
            "news": {
                "id": 7,
                "title": HEADLINE,
                "body": f"<p>{TEXT}</p>",
                "published_at": "2024-02-15T03:30:00.000000Z",
                "updated_at": "2024-02-20T07:05:00.000000Z",
                "views_count": 1234,
            },
            "others": [{"id": 6, "title": "ข่าวเก่า", "published_at": "2024-02-01T01:00:00.000000Z"}],
        },
        "url": "/news/7",
    }
    state = html_lib.escape(json.dumps(data, ensure_ascii=False), quote=True)
    return f"""<html><head><title inertia>อบจ.ตัวอย่าง</title></head><body>
<div id="app" data-page="{state}"><header><h1>องค์การบริหารส่วนจังหวัดตัวอย่าง</h1></header>
<main><article><h2>{HEADLINE}</h2><div><span>15 ก.พ. 67</span> <span>แก้ไขเมื่อ 20 ก.พ. 67</span> <span>เข้าชม 1234</span></div>
<div class="prose"><p>{TEXT}</p><p>{TEXT}</p></div></article></main></div></body></html>"""


def test_the_page_data_in_an_inertia_root_gives_the_time_of_a_printed_day() -> None:
    record = _record(_inertia_page(), "http://h/news/7")
    assert record["published_at"] == "2024-02-15T10:30:00+07:00"
    assert record["modified_at"] == "2024-02-20T14:05:00+07:00"


def test_a_card_link_is_named_by_its_heading() -> None:
    listing = f"""<html><body><div class="grid">
<a href="/news/7"><img src="/c/7.jpg" alt=""><div><h3>{HEADLINE}</h3><div>15 ก.พ. 67 · เข้าชม 1234</div></div></a>
<a href="/news/6">ข่าวเก่า</a></div></body></html>"""
    texts = anchor_texts(Page(text=listing), "http://h/news")
    assert texts["http://h/news/7"] == HEADLINE
    assert texts["http://h/news/6"] == "ข่าวเก่า"


def test_withheld_pages_say_so_in_their_own_words() -> None:
    from pipelines.normalize import is_missing_notice

    assert is_missing_notice("คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้")  # Joomla's no-access message
    assert is_missing_notice("ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณา เข้าสู่ระบบ")
    assert is_missing_notice("This content is for members only.")
    assert not is_missing_notice("สมาชิกสภาได้ประชุมเพื่อพิจารณาร่างกฎหมายสำหรับสมาชิกใหม่")


def test_a_leftover_template_with_its_placeholders_is_no_article() -> None:
    from pipelines.layouts import layout, read_article
    from pipelines.normalize import normalize_article, not_an_article

    footer = (
        '<table width="780"><tr><td align="center"><font size="1">เทศบาลตำบลตัวอย่าง 99 หมู่ 3'
        " ตำบลตัวอย่าง อำเภอเมือง จังหวัดสมุทรสาคร 74120 โทร. 0-3448-1234<br>Copyright &copy;"
        " 2007 All rights reserved.</font></td></tr></table></body>"
    )
    page = (
        TABLE_PAGE.replace(HEADLINE, "หัวข้อข่าว")
        .replace(f"&nbsp;&nbsp;&nbsp;{TEXT}<br><br>&nbsp;&nbsp;&nbsp;{TEXT}", "รายละเอียดข่าว")
        .replace("</body>", footer)
    )
    article = normalize_article(read_article(layout("generic"), Page(text=page), "http://h/n.html"))
    assert not_an_article(article) is not None
    real = normalize_article(
        read_article(layout("generic"), Page(text=TABLE_PAGE), "http://h/n.html")
    )
    assert not_an_article(real) is None


def _row(inner: str) -> str:
    return (
        f'<div class="field__item"><div class="paragraph paragraph--type--text">{inner}</div></div>'
    )


def test_closing_rows_of_a_paragraphs_field_go_past_an_inline_link_list() -> None:
    rows = [
        _row(f"<p>{TEXT}</p>"),
        '<div class="field__item"><div class="paragraph paragraph--type--image"><figure><img src="/i.jpg" alt="">'
        "<figcaption>ภาพประกอบข่าว</figcaption></figure></div></div>",
        _row(f"<p>{TEXT}</p>"),
        _row("<p>นวรัตน์ รามสูต/ณรีรัตน์ บุญหลัง: สรุป</p>"),
        _row(
            '<h3>ข่าวที่เกี่ยวข้อง</h3><ul><li><a href="/n/1">เกษตรฯ จัดงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่</a></li>'
            '<li><a href="/n/2">สธ. จัดสรรงบประมาณให้โรงพยาบาลทุกระดับทั่วประเทศ</a></li></ul>'
        ),
        _row("<p>ทั้งนี้ โครงการจะดำเนินการต่อเนื่องถึงสิ้นปีงบประมาณ</p>"),
    ]
    page = f"""<html><head><title>{HEADLINE[:30]}…</title></head><body><main>
<h1 class="page-title"><span>{HEADLINE}</span></h1>
<div class="node__meta"><span>เผยแพร่ 15.02.2567 - 10:30</span></div>
<div class="node__content"><div class="field field--name-field-paragraphs field__items">{"".join(rows)}</div></div>
</main><footer>สงวนลิขสิทธิ์ กรมตัวอย่าง</footer></body></html>"""
    body = _record(page, "http://h/channel/news/article-7")["body"]
    assert "นวรัตน์ รามสูต/ณรีรัตน์ บุญหลัง: สรุป" in body
    assert "ต่อเนื่องถึงสิ้นปีงบประมาณ" in body
    assert "สธ. จัดสรรงบประมาณ" not in body
