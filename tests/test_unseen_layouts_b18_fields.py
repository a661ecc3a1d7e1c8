# ruff: noqa: E501  (fixture HTML lines)
"""Rules the eighteenth blind round showed, each checked on a small page: a time printed in
its own labelled field belongs to the date field beside it (Java's Thai 12-hour markers
read), the publishing office's field in any Thai wording is the source, and a record shown
as a read-only form (display-only items) gives its dates, counter and office from its
fields, the field labels never reaching the text."""

from __future__ import annotations

import lxml.html
import pytest

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article
from pipelines.record_table import find_record_table, read_form_fields

HEADLINE = "สำนักงานเกษตรจังหวัดจัดอบรมเกษตรกรรุ่นใหม่ด้านการปลูกพืชหลากหลาย"
TEXT = (
    "สำนักงานเกษตรจังหวัดจัดอบรมเกษตรกรรุ่นใหม่เพื่อพัฒนาทักษะการปลูกพืชหลากหลายและการตลาดออนไลน์ให้แก่กลุ่มเกษตรกร "
    * 3
)


def _record(html: str, url: str = "http://h.go.th/news/view.xhtml?id=20240469") -> dict:
    article = read_article(layout("generic"), Page(text=html), url)
    return normalize_article(article).record()


def _grid(rows: list[tuple[str, str]]) -> str:
    """A label/value table (a JSF panelGrid) holding the rows, the text row last."""
    cells = "".join(
        f'<tr><td class="label-col"><label class="ui-outputlabel">{label}</label></td><td>{value}</td></tr>'
        for label, value in [
            ("หัวข้อข่าว :", HEADLINE),
            *rows,
            ("รายละเอียด :", TEXT + "<br/><br/>" + TEXT),
        ]
    )
    return f"""<html><head><title>ระบบข่าวประชาสัมพันธ์</title></head><body>
<div class="panel"><span class="ui-panel-title">รายละเอียดข่าวประชาสัมพันธ์</span>
<table class="ui-panelgrid"><tbody>{cells}</tbody></table></div></body></html>"""


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        ("1:19 หลังเที่ยง", "2024-09-15T13:19:00+07:00"),  # Java th_TH 'h:mm a': p.m.
        ("10:56 ก่อนเที่ยง", "2024-09-15T10:56:00+07:00"),  # a.m.
        ("12:05 ก่อนเที่ยง", "2024-09-15T00:05:00+07:00"),  # just after midnight
        ("10.30 น.", "2024-09-15T10:30:00+07:00"),
        ("2:30 PM", "2024-09-15T14:30:00+07:00"),
    ],
)
def test_a_time_row_beside_the_date_row_is_the_dates_time(clock: str, expected: str) -> None:
    html = _grid([("วันที่ข่าว :", "ก.ย. 15, 2567"), ("เวลา :", clock)])
    assert _record(html)["published_at"] == expected


def test_a_time_row_away_from_the_date_row_is_not_joined() -> None:
    rows = [("วันที่ข่าว :", "ก.ย. 15, 2567"), ("จำนวนผู้เข้าชม :", "12 ครั้ง"), ("เวลา :", "1:19 หลังเที่ยง")]
    assert _record(_grid(rows))["published_at"] == "2024-09-15"


def test_a_date_row_printing_its_own_time_keeps_it() -> None:
    rows = [("วันที่ข่าว :", "15/09/2567 08:00"), ("เวลา :", "1:19 หลังเที่ยง")]
    assert _record(_grid(rows))["published_at"] == "2024-09-15T08:00:00+07:00"


@pytest.mark.parametrize(
    "label",
    ["หน่วยงานที่เผยแพร่", "หน่วยงานผู้เผยแพร่ข่าว", "หน่วยงานเจ้าของเรื่อง", "ส่วนราชการ", "หน่วยงาน"],
)
def test_the_publishing_office_field_is_the_source(label: str) -> None:
    html = _grid([("วันที่ข่าว :", "ก.ย. 15, 2567"), (f"{label} :", "สำนักงานเกษตรอำเภอชุมแพ")])
    record = _record(html)
    assert record["source"] == "สำนักงานเกษตรอำเภอชุมแพ"
    assert label not in record["body"]


def test_a_related_offices_field_is_no_source() -> None:
    table = find_record_table(
        lxml.html.fromstring(_grid([("หน่วยงานที่เกี่ยวข้อง :", "กรมส่งเสริมการเกษตร")]))
    )
    assert table is not None and table.source is None


def _item(name: str, label: str, value: str) -> str:
    """An Oracle APEX display-only page item: a label, a hidden input and a display span."""
    return (
        f'<div class="t-Form-fieldContainer apex-item-wrapper--display-only" id="{name}_CONTAINER">'
        f'<div class="t-Form-labelContainer"><label for="{name}_DISPLAY" class="t-Form-label">{label}</label></div>'
        f'<div class="t-Form-inputContainer"><div class="t-Form-itemWrapper"><input type="hidden" name="{name}" value="{value}">'
        f'<span id="{name}_DISPLAY" class="display_only">{value}</span></div></div></div>'
    )


# A text of short paragraphs: the block chosen as the text is the region body, items and all.
SHORT_PARAGRAPHS = [
    "กระทรวงยุติธรรม ตรวจพิสูจน์สารพันธุกรรมชาวมานิ จ.สตูล เพื่ออำนวยความยุติธรรมให้ประชาชนทุกกลุ่ม",
    "ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.",
    "นายเพิ่มพูน พึ่งประสิทธิ์ ผู้ตรวจราชการกระทรวงยุติธรรม พร้อมคณะผู้บริหารกระทรวงยุติธรรม",
    "ลงพื้นที่ตรวจเยี่ยมและพบปะประชาชนเพื่อช่วยเหลือบุคคลผู้ไร้รัฐ ไร้สัญชาติ",
    "กลุ่มชาติพันธุ์มานิ จังหวัดสตูล ณ องค์การบริหารส่วนตำบลน้ำผุด อำเภอละงู จังหวัดสตูล",
]


def _apex(items: list[tuple[str, str]], paragraphs: tuple[str, ...] = (TEXT, TEXT)) -> str:
    fields = "".join(
        f'<div class="col">{_item(f"P2_{i}", lbl, v)}</div>' for i, (lbl, v) in enumerate(items)
    )
    text = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f"""<html><head><title>ระบบข่าวประชาสัมพันธ์</title></head><body>
<form action="wwv_flow.accept" method="post" id="wwvFlowForm">
<div class="t-Body-title"><h1>รายละเอียดข่าว</h1></div>
<div class="t-Region"><div class="t-Region-header"><h2 class="t-Region-title">{HEADLINE}</h2></div>
<div class="t-Region-body"><div class="row">{fields}</div>
<div class="news-body">{text}</div>
<button type="button"><span>กลับหน้ารายการ</span></button></div></div>
</form></body></html>"""


def test_display_only_items_give_the_dates_counter_and_office() -> None:
    html = _apex(
        [
            ("วันที่ประกาศ", "16/02/2567"),
            ("เวลา", "10.30 น."),
            ("แก้ไขล่าสุด", "20-ก.พ.-67 14:05"),  # Oracle DD-MON-RR, NLS Thai
            ("จำนวนผู้อ่าน", "๑,๒๓๔ ครั้ง"),
            ("แหล่งข่าว", "โครงการชลประทานนครราชสีมา"),
            ("คำสำคัญ", "น้ำ, เขื่อน"),
        ]
    )
    record = _record(html, "http://h.go.th/ords/f?p=118:2:0::NO::P2_ID:2449")
    assert record["published_at"] == "2024-02-16T10:30:00+07:00"
    assert record["modified_at"] == "2024-02-20T14:05:00+07:00"
    assert record["view_count"] == 1234
    assert record["source"] == "โครงการชลประทานนครราชสีมา"
    for furniture in ("วันที่ประกาศ", "เวลา", "แก้ไขล่าสุด", "จำนวนผู้อ่าน", "แหล่งข่าว", "คำสำคัญ"):
        assert furniture not in record["body"]
    assert TEXT.strip() in record["body"]


def test_few_display_only_items_leave_no_labels_in_the_text() -> None:
    items = [("วันที่ประกาศ", "18/09/2567"), ("จำนวนผู้อ่าน", "๑,๗๙๖ ครั้ง"), ("แหล่งข่าว", "โครงการส่งน้ำ")]
    record = _record(
        _apex(items, tuple(SHORT_PARAGRAPHS)), "http://h.go.th/ords/f?p=118:2:0::NO::P2_ID:2437"
    )
    assert record["published_at"] == "2024-09-18"
    assert record["source"] == "โครงการส่งน้ำ"
    assert "วันที่ประกาศ" not in record["body"] and "จำนวนผู้อ่าน" not in record["body"]
    assert SHORT_PARAGRAPHS[-1] in record["body"]


def test_a_form_to_fill_in_is_no_record() -> None:
    # A search form's date filter: an editable field, nothing read, nothing cut.
    page = lxml.html.fromstring(
        '<form><label for="d">วันที่ประกาศ</label><div id="d"><input type="date" value="2024-02-16"></div>'
        "<label>วันที่</label><select><option>15/02/2567</option></select></form>"
    )
    assert read_form_fields(page) is None
    # A label whose own text runs on names nothing after it: the text is no field value.
    page = lxml.html.fromstring(
        "<form><label>วันที่</label> 15/02/2567 <div><p>ข่าววันที่ 3 ต.ค. 2567</p></div></form>"
    )
    assert read_form_fields(page) is None
    assert "ข่าววันที่" in page.text_content()
