"""A rule the twenty-fourth blind round showed (its Grav site): a file link whose words are a
download label alone after a typed icon (📄, ⬇) is furniture like the same label without it; the
file stays in `attachments`. (The round's WordPress and Joomla sites also expect "ดาวน์โหลดเอกสาร
ประกอบ" out of the text: the project decided a bare download label is furniture, and the gold page
table_cp874_meta now expects it out; see test_unseen_layouts_b24_fx25a.)"""

from __future__ import annotations

import pytest

from pipelines.text import clean_body

TEXT = "สำนักงานเกษตรจังหวัดจัดประชุมชี้แจงแนวทางการส่งเสริมการปลูกพืชหลังนาแก่เกษตรกรในพื้นที่"


@pytest.mark.parametrize(
    "link",
    [
        '<a href="/f/doc.pdf">📄 ดาวน์โหลดเอกสาร (PDF)</a>',
        '<a href="/f/doc.pdf">⬇ ดาวน์โหลดไฟล์ (DOC 1.2 MB)</a>',
        '<a href="/f/doc.pdf"><img src="/i/pdf.png" alt=""> » Download</a>',
    ],
)
def test_a_download_label_link_is_furniture_and_its_file_an_attachment(link: str) -> None:
    cleaned = clean_body(f"<div><p>{TEXT}</p><p>{link}</p></div>", base_url="http://h.go.th/n")
    assert cleaned.body == TEXT
    assert [a["url"] for a in cleaned.attachments] == ["http://h.go.th/f/doc.pdf"]


def test_a_file_named_by_its_title_stays_in_the_text() -> None:
    link = '<a href="/f/order.pdf">📄 คำสั่งจังหวัดที่ 12/2567 (PDF)</a>'
    cleaned = clean_body(f"<div><p>{TEXT}</p><p>{link}</p></div>", base_url="http://h.go.th/n")
    assert "คำสั่งจังหวัดที่ 12/2567" in (cleaned.body or "")
