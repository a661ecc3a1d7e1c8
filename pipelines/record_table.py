"""A detail page printed as a table of labelled rows (e-Service / ITA portals, in-house CMSs).

Such a page shows one record as a two-column table: a label cell ("หัวข้อข่าว", "วันที่ประกาศ",
"รายละเอียด") and its value cell, or as a definition list of the same pairs (dt, dd: the
scaffolded detail views of MVC frameworks). The row labelled as the headline (หัวข้อ / เรื่อง / ชื่อข่าว)
holds the headline, the one labelled as the text (รายละเอียด / เนื้อหา) the article, and the
date, modified-date and view-count rows their data; the labels themselves are never body text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from copy import deepcopy
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Self

from lxml import etree

from pipelines.boilerplate import detach, folded_text, named_source
from pipelines.form_view import readonly_fields_as_text
from pipelines.thai_dates import parse_thai_date


def _label_re(*alternatives: str) -> re.Pattern[str]:
    """Return a pattern matching a whole label that is one of the alternatives."""
    return re.compile(rf"^(?:{'|'.join(alternatives)})$", re.I)


# What a label cell says, stripped of a trailing colon (Thai and English forms). The words
# naming the headline also make the label a headline printed as a labelled line starts with
# (pipelines.generic.HEADLINE_LABEL_PREFIX_RE).
HEADLINE_LABELS = (
    "หัวข้อ(?:ข่าว|เรื่อง)?", "เรื่อง", "ชื่อ(?:ข่าว|เรื่อง|บทความ)", "title", "subject", "headline"
)  # fmt: skip
HEADLINE_LABEL_RE = _label_re(*HEADLINE_LABELS)
TEXT_LABEL_RE = _label_re(
    "รายละเอียด(?:ข่าว)?", "เนื้อหา(?:ข่าว)?", "เนื้อความ", "ข้อความ", "details?", "content"
)
PUBLISHED_LABEL_RE = _label_re(
    "วันที่(?:ประกาศ|ลงข่าว|เผยแพร่|โพสต์|ข่าว|บันทึก)?",
    "(?:ประกาศ|เผยแพร่|ลงข่าว)เมื่อ",
    "ลงวันที่",
    "date",
    "published",
)
MODIFIED_LABEL_RE = _label_re(
    "วันที่(?:แก้ไข|ปรับปรุง)(?:ล่าสุด|ข้อมูล)?",
    "(?:แก้ไข|ปรับปรุง)(?:ข้อมูล)?ล่าสุด",
    "last updated",
    "updated",
    "modified",
)
# The office the item belongs to: หน่วยงานเจ้าของข่าว (office owning the news), หน่วยงานที่เผยแพร่ /
# หน่วยงานผู้เผยแพร่ (office publishing it), หน่วยงานผู้ให้ข่าว (office giving the news),
# ส่วนราชการ (government office), ส่งข่าวโดย (sent by), สำนัก/กอง (bureau / division).
SOURCE_LABEL_RE = _label_re(
    "แหล่ง(?:ข่าว|ที่มา)",
    "ที่มา(?:ข่าว)?",
    "(?:หน่วยงาน|ส่วนราชการ)(?:เจ้าของ|ผู้ให้|ที่ให้|ผู้เผยแพร่|ที่เผยแพร่|ผู้ประกาศ|ที่ประกาศ)?(?:ข่าว|เรื่อง)?",
    "ส่งข่าวโดย",
    r"สำนัก\s*/\s*กอง",
    "source",
)
# A time of day printed in its own field beside the date field: เวลา (time), เวลาที่ประกาศ.
TIME_LABEL_RE = _label_re("เวลา(?:ที่)?(?:ประกาศ|เผยแพร่|ลงข่าว|โพสต์)?", "time")
VIEWS_LABEL_RE = _label_re("(?:จำนวน)?(?:ผู้เข้าชม|ผู้ชม|การเข้าชม|เข้าชม|ผู้อ่าน|การอ่าน)")
# A unit after a label, in parentheses: "จำนวนผู้อ่าน (คน)" (readers, persons).
LABEL_UNIT_RE = re.compile(r"\s*\((?:คน|ครั้ง|persons?|times)\)$", re.I)
LABEL_CHARS = 30  # a label cell names a field in a word or two
COUNT_RE = re.compile(r"\d[\d,]*")


@dataclass(kw_only=True)
class RecordFields:
    """The value cells of a record's labelled data fields (dates, counter, office), by field."""

    published: etree._Element | None = None
    # The time field printed next to the date field ("เวลา : 1:19 หลังเที่ยง"), if any.
    time: etree._Element | None = None
    modified: etree._Element | None = None
    views: etree._Element | None = None
    source_cell: etree._Element | None = None
    labels: list[str] = field(default_factory=list)

    @classmethod
    def from_rows(
        cls, rows: list[tuple[str, etree._Element]], published: etree._Element | None, **cells: Any
    ) -> Self:
        """Return the fields the labelled *rows* name, *published* being the date row's value."""
        return cls(
            published=published,
            time=_beside(rows, published, TIME_LABEL_RE),
            modified=_first(rows, MODIFIED_LABEL_RE),
            views=_first(rows, VIEWS_LABEL_RE),
            source_cell=_first(rows, SOURCE_LABEL_RE),
            labels=[label for label, _ in rows],
            **cells,
        )

    @property
    def published_raw(self) -> str | None:
        """The publication date as printed, with the time its own field prints beside it."""
        day = folded_text(self.published) if self.published is not None else ""
        clock = folded_text(self.time) if self.time is not None else ""
        if day and clock and not isinstance(parse_thai_date(day), datetime):
            joined = f"{day} เวลา {clock}"
            if isinstance(parse_thai_date(joined), datetime):
                return joined
        return day or None

    @property
    def modified_raw(self) -> str | None:
        """The modification date as printed."""
        return folded_text(self.modified) or None if self.modified is not None else None

    @property
    def source(self) -> str | None:
        """The source the source row names, if any (a "-" left in an empty row names none)."""
        return named_source(folded_text(self.source_cell)) if self.source_cell is not None else None

    @property
    def view_count(self) -> int | None:
        """The view count the views row prints ("1,234 ครั้ง")."""
        found = COUNT_RE.search(folded_text(self.views)) if self.views is not None else None
        return int(found.group(0).replace(",", "")) if found else None


@dataclass(kw_only=True)
class RecordTable(RecordFields):
    """The value cells of a labelled record table, by field."""

    headline: etree._Element
    text: etree._Element

    @property
    def title(self) -> str:
        """The headline cell's text."""
        return folded_text(self.headline)

    @property
    def empty(self) -> bool:
        """Tell whether the record has neither headline nor text: an empty template."""
        return not self.title and not folded_text(self.text)


def _label(cell: etree._Element) -> str | None:
    """Return a cell's text when it reads as a field label (short, a trailing colon dropped)."""
    text = LABEL_UNIT_RE.sub("", folded_text(cell).rstrip(":： ").strip()).rstrip(":： ")
    return text if text and len(text) <= LABEL_CHARS else None


DATA_LABEL_RES = (PUBLISHED_LABEL_RE, MODIFIED_LABEL_RE, SOURCE_LABEL_RE, VIEWS_LABEL_RE)


def header_row_fields_as_lines(root: etree._Element) -> int:
    """Print each column of a two-row field table as its own "label : value" line; return
    how many tables were so printed.

    An information table under the text names its fields in a header row and gives their
    values in the row below ("ประเภทข่าว | ผู้ส่งข่าว | หน่วยงาน" over "ข่าวประชาสัมพันธ์ |
    <name> | <office>"): printed as rows, no label stands beside its value. Only a table one of
    whose headers names a data field (a date, the office, a counter) is a field table.

    >>> import lxml.html
    >>> root = lxml.html.fromstring("<div><table><tr><td><b>ประเภท</b></td><td><b>หน่วยงาน</b>"
    ...     "</td></tr><tr><td>ข่าว</td><td>กอง ก.</td></tr></table></div>")
    >>> header_row_fields_as_lines(root), [p.text_content() for p in root.iter("p")]
    (1, ['ประเภท : ข่าว', 'หน่วยงาน : กอง ก.'])
    """
    done = 0
    for table in list(root.iter("table")):
        rows = [tr for tr in table.iter("tr") if _row_cells(tr)]
        if len(rows) != 2 or any(tr.getparent() is not rows[0].getparent() for tr in rows):
            continue
        head, values = (_row_cells(tr) for tr in rows)
        labels = [_label(cell) for cell in head]
        if len(head) < 2 or len(head) != len(values) or not all(labels):
            continue
        if not any(p.match(label) for label in labels for p in DATA_LABEL_RES):  # type: ignore[arg-type]
            continue
        lines = []
        for label, cell in zip(labels, values, strict=True):
            line = etree.Element("p")
            line.text = f"{label} : {folded_text(cell)}"
            lines.append(line)
        parent = table.getparent()
        if parent is None:
            continue
        at = parent.index(table)
        for offset, line in enumerate(lines):
            parent.insert(at + offset, line)
        detach(table)
        done += 1
    return done


def _row_cells(tr: etree._Element) -> list[etree._Element]:
    """Return a table row's cells."""
    return [c for c in tr if isinstance(c.tag, str) and c.tag in ("th", "td")]


def _cell_pairs(cells: list[etree._Element]) -> list[tuple[etree._Element, etree._Element]]:
    """Return a row's (label cell, value cell) pairs.

    A two-cell row is one pair; a wider row of header and data cells in turn (th td th td:
    a four-column record table puts two fields on a row) is one pair per header cell.
    """
    if len(cells) == 2:
        return [(cells[0], cells[1])]
    alternating = all(c.tag == ("th" if i % 2 == 0 else "td") for i, c in enumerate(cells))
    if len(cells) % 2 or not alternating:
        return []
    return [(cells[i], cells[i + 1]) for i in range(0, len(cells), 2)]


def _labelled_rows(table: etree._Element) -> list[tuple[str, etree._Element]]:
    """Return the (label, value cell) pairs of a table's labelled rows."""
    rows = []
    for tr in table.iter("tr"):
        for label_cell, value in _cell_pairs(_row_cells(tr)):
            label = _label(label_cell)
            if label is not None:
                rows.append((label, value))
    return rows


def _defined_terms(dl: etree._Element) -> list[tuple[str, etree._Element]]:
    """Return the (label, value) pairs of a definition list: each dt and the dd after it."""
    rows = []
    items = [c for c in dl if isinstance(c.tag, str) and c.tag in ("dt", "dd")]
    for term, value in zip(items, items[1:], strict=False):
        if term.tag == "dt" and value.tag == "dd":
            label = _label(term)
            if label is not None:
                rows.append((label, value))
    return rows


FORM_CONTROLS = ("input", "textarea", "select")


def _label_targets(
    form: etree._Element,
) -> Iterator[tuple[etree._Element, etree._Element | None, etree._Element | None]]:
    """Yield each label of a form, the element its `for` names, and the element after it."""
    ids = {el.get("id"): el for el in form.iter() if isinstance(el.tag, str) and el.get("id")}
    for term in form.iter("label"):
        yield term, ids.get(term.get("for") or ""), term.getnext()


def _form_fields(form: etree._Element) -> list[tuple[str, etree._Element]]:
    """Return the (label, value) pairs of a form shown read-only: each label and its field.

    The field is the element the label's `for` names, else the element after the label. An
    editable field (a form to fill in, not a record shown) has no value to read and is left out.
    """
    rows = []
    for term, named, following in _label_targets(form):
        value = named if named is not None else following
        if value is None or value.tag in FORM_CONTROLS:
            continue
        label = _label(term)
        if label is not None:
            rows.append((label, value))
    return rows


# The record's keywords: คำสำคัญ (keywords), แท็ก / ป้ายกำกับ (tags).
TAGS_LABEL_RE = _label_re("คำสำคัญ", "แท็ก", "ป้ายกำกับ", "tags?", "keywords?")
FIELD_VALUE_CHARS = 200  # a data field prints a date, a count or an office, never a story
EDITABLE = ".//input[not(@type='hidden')]|.//select|.//textarea"  # a control to fill in


def _data_fields(form: etree._Element) -> list[tuple[etree._Element, str, etree._Element]]:
    """Return the (label element, label, value) of a form's read-only data fields.

    Like _form_fields, but a field must print a short value and hold no editable control,
    and a label whose own text runs on ("วันที่ 15/02/2567") names no element after it.
    """
    rows = []
    for term, named, following in _label_targets(form):
        value = named
        if value is None and not (term.tail or "").strip():
            value = following
        if value is None or value.tag in FORM_CONTROLS or value.xpath(EDITABLE):
            continue
        label = _label(term)
        if label is not None and len(folded_text(value)) <= FIELD_VALUE_CHARS:
            rows.append((term, label, value))
    return rows


def _beside(
    rows: list[tuple[str, etree._Element]], cell: etree._Element | None, pattern: re.Pattern[str]
) -> etree._Element | None:
    """Return the value of the row just before or after *cell*'s row if the pattern names it."""
    at = next((i for i, (_, value) in enumerate(rows) if value is cell), None)
    if at is None:
        return None
    near = [rows[i] for i in (at + 1, at - 1) if 0 <= i < len(rows)]
    return next((value for label, value in near if pattern.match(label)), None)


def read_form_fields(root: etree._Element) -> RecordFields | None:
    """Read the data fields of a record shown as a read-only form, and cut them out, in place.

    Low-code and back-office detail views (Oracle APEX display-only items, Java and .NET
    edit forms reused read-only) print the item's date, time, update, counter, office and
    keywords as labelled fields beside the text. Their labels and values are data, never
    body text: the fields read are detached from *root* (a copy the caller owns). Returns
    None, touching nothing, unless a labelled publication date field prints a date.

    >>> import lxml.html
    >>> page = lxml.html.fromstring('<form><div><label for="d">วันที่ประกาศ</label>'
    ...     '<span id="d">27/09/2567</span><label for="t">เวลา</label><span id="t">10.30 น.'
    ...     '</span><label for="m">แก้ไขล่าสุด</label><span id="m">29-ก.ย.-67 18:16</span>'
    ...     '</div><div><p>ข้อความข่าว</p></div></form>')
    >>> found = read_form_fields(page)
    >>> found.published_raw, found.modified_raw
    ('27/09/2567 เวลา 10.30 น.', '29-ก.ย.-67 18:16')
    >>> lxml.html.tostring(page, encoding="unicode")
    '<form><div></div><div><p>ข้อความข่าว</p></div></form>'
    """
    forms = list(root.iter("form"))
    rows: list[tuple[etree._Element, str, etree._Element]] = []
    for form in forms:
        readonly_fields_as_text(form)
        rows += _data_fields(form)
    pairs = [(label, value) for _, label, value in rows]
    published = _first(pairs, PUBLISHED_LABEL_RE)
    if published is None or parse_thai_date(folded_text(published)) is None:
        return None
    found = RecordFields.from_rows(pairs, published)
    kinds = (PUBLISHED_LABEL_RE, TIME_LABEL_RE, MODIFIED_LABEL_RE, VIEWS_LABEL_RE)
    for term, label, value in rows:
        if any(p.match(label) for p in (*kinds, SOURCE_LABEL_RE, TAGS_LABEL_RE)):
            detach(term)
            detach(value)
    return found


def _unlabelled_text(table: etree._Element) -> etree._Element | None:
    """Return the table's longest single-cell data row: a record's unlabelled text row.

    Some record tables print the text in a row of one cell spanning the table, with no label.
    """
    cells = [c for tr in table.iter("tr") for c in [_row_cells(tr)] if len(c) == 1]
    data = [c[0] for c in cells if c[0].tag == "td" and folded_text(c[0])]
    return max(data, key=lambda c: len(folded_text(c)), default=None)


def _first(
    rows: list[tuple[str, etree._Element]], pattern: re.Pattern[str]
) -> etree._Element | None:
    """Return the value cell of the first row whose label the pattern names."""
    return next((cell for label, cell in rows if pattern.match(label)), None)


def find_record_table(root: etree._Element) -> RecordTable | None:
    """Return the page's record table: labelled rows naming both a headline and a text.

    >>> import lxml.html
    >>> page = lxml.html.fromstring("<table><tr><th>หัวข้อข่าว</th><td>ข่าว ก</td></tr>"
    ...     "<tr><th>วันที่ประกาศ :</th><td>15/02/2567</td></tr>"
    ...     "<tr><th>รายละเอียด</th><td><p>ข้อความ</p></td></tr></table>")
    >>> found = find_record_table(page)
    >>> found.title, found.published_raw, found.modified_raw
    ('ข่าว ก', '15/02/2567', None)
    >>> page = lxml.html.fromstring("<dl><dt>หัวข้อข่าว</dt><dd>ข่าว ข</dd><dt>เนื้อหาข่าว</dt>"
    ...     "<dd><p>ข้อความ</p></dd><dt>แหล่งข่าว</dt><dd>กอง ก.</dd></dl>")
    >>> found = find_record_table(page)
    >>> found.title, found.source
    ('ข่าว ข', 'กอง ก.')
    >>> page = lxml.html.fromstring('<form><label for="t">หัวข้อข่าว</label>'
    ...     '<input id="t" readonly value="ข่าว ค"/><label>จำนวนผู้อ่าน (คน)</label>'
    ...     '<input readonly value="1,234"/><label>รายละเอียด</label>'
    ...     '<div><p>ข้อความ</p></div></form>')
    >>> found = find_record_table(page)
    >>> found.title, found.view_count
    ('ข่าว ค', 1234)
    """
    for table in root.iter("table", "dl", "form"):
        if table.tag == "form":
            # An edit form reused read-only as the detail view (Spring, .NET, PHP back offices).
            table = deepcopy(table)
            readonly_fields_as_text(table)
            rows = _form_fields(table)
        else:
            rows = _labelled_rows(table) if table.tag == "table" else _defined_terms(table)
        headline = _first(rows, HEADLINE_LABEL_RE)
        published = _first(rows, PUBLISHED_LABEL_RE)
        views = _first(rows, VIEWS_LABEL_RE)
        text = _first(rows, TEXT_LABEL_RE)
        if text is None and headline is not None and (published is not None or views is not None):
            # A headline row and a date or view row: the text may be an unlabelled row.
            text = _unlabelled_text(table)
        if headline is None or text is None:
            continue
        return RecordTable.from_rows(rows, published, headline=headline, text=text)
    return None
