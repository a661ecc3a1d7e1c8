"""Text hygiene, HTML to lines, and clean_body on the seed page and furniture."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from pipelines.text import clean_body, clean_text, html_to_lines, parse_view_count

SEED = (
    Path(__file__).resolve().parents[1]
    / "crawler"
    / "replica"
    / "corpus"
    / "seed"
    / "000_0bb2e76d97dba4f6.txt"
)
SEED_TITLE = (
    "ก.อุตสาหกรรม จับมือ UNIDO ผลักดันอุตสาหกรรมสีเขียว (Green Industry) "
    "และเตรียมวางยุทธศาสตร์เศรษฐกิจหมุนเวียน (Circular Economy)"
)
# Furniture that must never survive clean_body, wherever it sits in the body HTML.
NEVER_IN_BODY = [
    "อ่าน 12660 ครั้ง",
    "ปรับปรุงล่าสุดเมื่อ",
    "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
    "ที่มา:",
    "-----",
    "\nimage\n",
]


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("a\u00a0\u00a0b", "a b"),
        ("ข่าว\u200bสาร", "ข่าวสาร"),
        ("ข่าว\u200c\u200dสาร\ufeff", "ข่าวสาร"),
        ("อุตสาห\u00adกรรม", "อุตสาหกรรม"),
        ("  หนึ่ง  \n\n\n  สอง  ", "หนึ่ง\nสอง"),
        ("ทำ", "ทำ"),  # SARA AM stays one character (NFKD would split it)
        # NFC does not compose nikhahit + sara aa (a PDF paste types them for sara am): joined
        ("\u0e4d\u0e32", "\u0e33"),
        ("e\u0301", "é"),  # NFC composes Latin
        ("ก\tข", "ก\tข"),
    ],
)
def test_clean_text(raw: str, clean: str) -> None:
    assert clean_text(raw) == clean


def test_clean_text_never_nfkd() -> None:
    out = clean_text("น้ำ ทำ ๑๒๓ ﬁ")
    assert "\u0e33" in out and out == unicodedata.normalize("NFC", out)
    assert "ﬁ" in out  # compatibility characters are not folded


@pytest.mark.parametrize(
    ("html", "lines"),
    [
        ("<p>หนึ่ง<br>สอง<br/><br>สาม</p>", ["หนึ่ง", "สอง", "สาม"]),
        ("<p>กระทรวง<b>อุตสาห</b><i>กรรม</i></p>", ["กระทรวงอุตสาหกรรม"]),
        ("<p>ก&nbsp;&nbsp;&nbsp;ข</p>", ["ก ข"]),
        ("<p>ข่าว&#8203;สาร</p>", ["ข่าวสาร"]),
        ("<p>แยก\n   บรรทัด</p>", ["แยก บรรทัด"]),
        ("<ul><li>หนึ่ง</li><li>สอง</li></ul><ol><li>สาม</li></ol>", ["หนึ่ง", "สอง", "สาม"]),
        (
            "<table><tr><th>รายการ</th><th>จำนวน</th></tr><tr><td>ก</td><td> 1 </td></tr>"
            "<tr><td></td><td>2</td></tr></table>",
            ["รายการ\tจำนวน", "ก\t1", "2"],
        ),
        ("<div>ก<div>ข</div>ค</div>", ["ก", "ข", "ค"]),
        ("<p>ข้อความ<script>var x=1;</script>ต่อ<!-- comment -->กัน</p>", ["ข้อความต่อกัน"]),
        ("<pre>บรรทัด1\nบรรทัด2</pre>", ["บรรทัด1", "บรรทัด2"]),
        ("<p>\u0e19\u0e4d\u0e32</p>", ["\u0e19\u0e33"]),
        ("<p>e\u0301t\u00e9</p>", ["été"]),
        ("", []),
    ],
)
def test_html_to_lines(html: str, lines: list[str]) -> None:
    assert html_to_lines(html) == lines


@pytest.mark.parametrize(
    ("raw", "value"),
    [("อ่าน 12660 ครั้ง", 12660), ("8,650 view", 8650), ("๑,๒๓๔", 1234), ("ไม่มี", None)],
)
def test_parse_view_count(raw: str, value: int | None) -> None:
    assert parse_view_count(raw) == value


def _seed_html() -> str:
    lines = SEED.read_text(encoding="utf-8").split("\n")
    return "".join(f"<p>{line}</p>" for line in lines)


def test_clean_body_seed() -> None:
    result = clean_body(_seed_html(), title=SEED_TITLE)
    assert result.source is not None and result.source.startswith("สำนักบริหารกลาง")
    assert result.view_count == 12660
    assert result.modified_raw == "14 กุมภาพันธ์ 2560 10:14"
    assert result.body is not None
    body = "\n" + result.body + "\n"
    for phrase in NEVER_IN_BODY + [SEED_TITLE]:
        assert phrase not in body
    assert result.body.startswith("03 ตุลาคม 2561 17:08\nวันนี้ (3 ต.ค. 61) นายอุตตม สาวนายน")
    assert result.body.endswith("และ การเชื่อมโยงธุรกิจ เป็นต้น")
    assert len(result.body.split("\n")) == 4
    assert result.removed == [
        SEED_TITLE,
        "image",
        "------------------------------------------",
        "ที่มา: สำนักบริหารกลาง...",
        "อ่าน 12660 ครั้ง ปรับปรุงล่าสุดเมื่อ 14 กุมภาพันธ์ 2560 10:14",
        "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
    ]


def test_clean_body_k2_markup() -> None:
    html = (
        '<div class="itemBody"><div class="itemFullText"><p>ย่อหน้าแรก</p>'
        "<p>ที่มา : กลุ่มประชาสัมพันธ์</p></div>"
        '<div class="itemContentFooter"><span class="itemHits">อ่าน <b>57</b> ครั้ง</span>'
        '<span class="itemDateModified">ปรับปรุงล่าสุดเมื่อ 3 มี.ค. 2564</span></div>'
        '<div class="itemSocialSharing">Tweet</div>'
        '<div class="itemComments"><div class="itemCommentsLoginFirst">'
        "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div></div></div>"
    )
    result = clean_body(html)
    assert (result.body, result.source, result.view_count, result.modified_raw) == (
        "ย่อหน้าแรก",
        "กลุ่มประชาสัมพันธ์",
        57,
        "3 มี.ค. 2564",
    )


def test_clean_body_keeps_sentences_about_reading_and_dates() -> None:
    html = "<p>ประชาชนสามารถอ่านรายละเอียดได้ที่เว็บไซต์</p><p>ประชุมเมื่อวันที่ 3 ตุลาคม 2561 ณ ทำเนียบรัฐบาล</p>"
    assert clean_body(html).body == (
        "ประชาชนสามารถอ่านรายละเอียดได้ที่เว็บไซต์\nประชุมเมื่อวันที่ 3 ตุลาคม 2561 ณ ทำเนียบรัฐบาล"
    )


def test_clean_body_images() -> None:
    html = (
        '<div><p><img src="/media/k2/items/cache/e4ecf9a69ff4ecfeb571d026279e257f_XL.jpg"></p>'
        '<img src="upload/photo.jpg" width="400" height="300">'
        '<img data-src="/lazy/photo2.jpg" src="data:image/gif;base64,R0lGOD">'
        '<img src="/images/spacer.gif" width="1" height="1">'
        '<img src="/images/icons/pdf.png">'
        '<img src="/images/emoticons/smile.gif">'
        '<img src="/images/banner_top.jpg">'
        '<img src="/images/facebook-share.png">'
        '<img src="/photo/small.jpg" style="width: 20px">'
        '<img src="data:image/png;base64,iVBOR">'
        '<img src="upload/photo.jpg"><p>ข่าว</p></div>'
    )
    result = clean_body(html, base_url="https://www.industry.go.th/industry/index.php/th/item/1")
    assert result.images == [
        "https://www.industry.go.th/media/k2/items/cache/e4ecf9a69ff4ecfeb571d026279e257f_XL.jpg",
        "https://www.industry.go.th/industry/index.php/th/item/upload/photo.jpg",
        "https://www.industry.go.th/lazy/photo2.jpg",
    ]


def test_clean_body_attachments() -> None:
    html = (
        '<p>เอกสาร <a href="/files/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8.pdf">'
        "</a> และ <a href='/files/report.DOCX'>รายงาน  ฉบับเต็ม</a>"
        " <a href='/files/data.xlsx?v=2'>ข้อมูล</a> <a href='/news/2'>ข่าวอื่น</a>"
        " <a href='/files/report.DOCX'>ซ้ำ</a></p>"
    )
    result = clean_body(html, base_url="https://example.go.th/a/")
    assert result.attachments == [
        {
            "url": "https://example.go.th/files/%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%81%E0%B8%B2%E0%B8%A8.pdf",
            "name": "ประกาศ.pdf",
        },
        {"url": "https://example.go.th/files/report.DOCX", "name": "รายงาน ฉบับเต็ม"},
        {"url": "https://example.go.th/files/data.xlsx?v=2", "name": "ข้อมูล"},
    ]


def test_clean_body_empty() -> None:
    assert clean_body("").body is None
    assert clean_body("<div><script>x</script></div>").body is None


@pytest.mark.timeout(60)
def test_huge_single_line_does_not_hang() -> None:
    html = "<p>" + "ข่าวกระทรวงอุตสาหกรรม " * 50_000 + "</p>"  # ~1 MB, one line
    result = clean_body(html)
    assert result.body is not None and result.body.count("\n") == 0
    assert result.body.startswith("ข่าวกระทรวงอุตสาหกรรม ข่าว")


@pytest.mark.timeout(60)
def test_deep_nesting_does_not_hang() -> None:
    html = "<div>" * 50_000 + "<p>ลึกมาก</p>" + "</div>" * 50_000
    result = clean_body(html)
    assert result.body in (None, "ลึกมาก")
    assert html_to_lines("<div>" * 50_000 + "ลึก") in ([], ["ลึก"])


@pytest.mark.parametrize(
    ("html", "source", "body"),
    [
        (
            "<p>ข่าว</p><p><strong>ที่มา :</strong><br>กองส่งเสริม กรมตัวอย่าง</p>",
            "กองส่งเสริม กรมตัวอย่าง",
            "ข่าว",
        ),
        ("<p>ข่าว</p><p>ที่มา<br>สำนักงานจังหวัด</p>", "สำนักงานจังหวัด", "ข่าว"),
        # a label with nothing after it stays a plain line when the next line is long text
        ("<p>ที่มา</p><p>" + "โครงการนี้เริ่มจากความร่วมมือของชุมชน " * 10 + "</p>", None, None),
    ],
)
def test_clean_body_source_label_then_value_line(
    html: str, source: str | None, body: str | None
) -> None:
    result = clean_body(html)
    assert result.source == source
    if body is not None:
        assert result.body == body
    else:
        assert result.body is not None and result.body.startswith("ที่มา\n")


def test_clean_body_k2_footer_swallowed_by_unclosed_cell() -> None:
    """Unclosed editor markup pulls K2's footer into the body: dropped, its data kept."""
    html = (
        '<div class="itemFullText"><p>ข่าวหลัก</p><table><tr><td>ตุลาคม'
        '<span class="itemHits">อ่าน <b>1,234</b> ครั้ง</span>'
        '<span class="itemDateModified">ปรับปรุงล่าสุดเมื่อ 3 มี.ค. 2564</span></td></tr></table>'
        "</div>"
    )
    result = clean_body(html)
    assert (result.body, result.view_count, result.modified_raw) == (
        "ข่าวหลัก\nตุลาคม",
        1234,
        "3 มี.ค. 2564",
    )


def test_clean_body_drops_photo_credit_lines_but_keeps_source() -> None:
    html = "<p>ข่าว</p><p>ข่าว : กลุ่มประชาสัมพันธ์<br>ภาพ : นายสมศักดิ์<br>เรียบเรียง : ฝ่ายเผยแพร่</p>"
    result = clean_body(html)
    assert (result.body, result.source) == ("ข่าว", "กลุ่มประชาสัมพันธ์")


@pytest.mark.parametrize(
    "line, source",
    [
        ("เรียบเรียง : ฝ่ายเผยแพร่", "ฝ่ายเผยแพร่"),
        ("ข่าว/ภาพ : สำนักงานประชาสัมพันธ์จังหวัดระนอง", "สำนักงานประชาสัมพันธ์จังหวัดระนอง"),
        ("ภาพ/ข่าว: กลุ่มงานข่าว", "กลุ่มงานข่าว"),
        ("ข่าว : กองการต่างประเทศ", "กองการต่างประเทศ"),
    ],
)
def test_office_lines_in_any_wording_become_the_source(line: str, source: str) -> None:
    result = clean_body(f"<p>เนื้อข่าวย่อหน้าเดียว</p><p>{line}</p>")
    assert (result.body, result.source) == ("เนื้อข่าวย่อหน้าเดียว", source)
