"""A download button (the verb, a document word, the file's kind and size) is furniture."""

from __future__ import annotations

import lxml.html

from pipelines.text import drop_attachment_lists, html_to_lines


def lines_of(html: str) -> list[str]:
    root = lxml.html.fromstring(html)
    drop_attachment_lists(root)
    return html_to_lines(root)


def test_a_download_button_with_a_file_note_leaves_the_body() -> None:
    html = (
        "<div><p>สำนักงานจัดประชุมชี้แจงแนวทางการดำเนินงาน</p>"
        '<p><a href="/files/notice.pdf">ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)</a></p></div>'
    )
    assert lines_of(html) == ["สำนักงานจัดประชุมชี้แจงแนวทางการดำเนินงาน"]


def test_a_document_named_without_a_file_note_stays() -> None:
    html = (
        "<div><p>สำนักงานจัดประชุม</p>"
        '<p><a href="/files/a.pdf">ดาวน์โหลด ประกาศกรม เรื่อง ภาษี</a></p></div>'
    )
    assert lines_of(html) == ["สำนักงานจัดประชุม", "ดาวน์โหลด ประกาศกรม เรื่อง ภาษี"]


def test_a_sentence_with_a_download_link_and_a_note_stays() -> None:
    html = (
        '<div><p>ผู้สนใจสามารถ<a href="/files/a.pdf">ดาวน์โหลดใบสมัคร (PDF)</a>'
        "และส่งภายในวันที่ 5 มีนาคม</p></div>"
    )
    assert lines_of(html) == ["ผู้สนใจสามารถดาวน์โหลดใบสมัคร (PDF)และส่งภายในวันที่ 5 มีนาคม"]
