"""Rules from the forty-fourth blind round (fixer 44a), each on a small page of the shape that
showed it: a headline with a bracketed category badge, a "timeago" date whose absolute value is
only in its title attribute, and a text folded behind a "read more" button."""

from __future__ import annotations

from crawler.extract import extract_bytes

OFFICE = "สำนักงานจัดหางานจังหวัดตัวอย่าง"
HEADLINE = "จัดหางานจังหวัดจัดกิจกรรมนัดพบแรงงานเคลื่อนที่ประจำปีงบประมาณ"
LEAD = (
    "สำนักงานจัดหางานจังหวัดจัดกิจกรรมนัดพบแรงงานเคลื่อนที่ ณ หอประชุมอำเภอ "
    "เพื่อให้ผู้หางานได้พบกับนายจ้างโดยตรงและสมัครงานได้ทันที"
)
SECOND = "ภายในงานมีสถานประกอบการเข้าร่วมกว่าสามสิบแห่ง"
REST = (
    "นอกจากนี้ยังมีการให้คำแนะนำด้านอาชีพ การทดสอบความถนัดในการทำงาน และการแนะแนวการศึกษาต่อ "
    "ให้แก่นักเรียนนักศึกษาที่กำลังจะสำเร็จการศึกษา โดยมีผู้สนใจเข้าร่วมงานเป็นจำนวนมาก"
)
SHARE = "แชร์ไปยัง Facebook ของคุณ"
CLOSING = "ผู้สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานจัดหางานจังหวัดในวันและเวลาราชการ"


def page(*, edited: bool = True, fold: str = 'x-show="open" x-cloak') -> bytes:
    """A Tailwind/Alpine detail page: office name in <title> and h1, the headline in an h2
    after a badge, dates as relative times with the absolute date in their title attribute,
    the text's opening paragraphs, a read-more button and the rest in an x-cloak div."""
    update = (
        ' <span>อัปเดต <span title="10 ก.พ. 2567 03:35 น.">2 ปีที่แล้ว</span></span>' if edited else ""
    )
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{OFFICE}</title><meta property="og:title" content="{HEADLINE}"></head>
<body x-data="{{ size: 16 }}"><header><h1>{OFFICE}</h1><p>กรมการจัดหางาน กระทรวงแรงงาน</p></header>
<main><article x-data="{{ open: false }}">
<h2 class="text-2xl"><span class="badge">[ข่าวกิจกรรม]</span>{HEADLINE}</h2>
<div class="flex gap-4"><span><svg aria-hidden="true"></svg>
<span title="5 ก.พ. 2567 08:16 น.">2 ปีที่แล้ว</span></span>{update}
<span aria-label="จำนวนผู้เข้าชม"><svg aria-hidden="true"></svg>๘๖๗</span></div>
<div x-data="{{ menu: false }}"><button @click="menu = !menu">แชร์</button>
<div x-show="menu" style="display: none"><a href="https://www.facebook.com/sharer">{SHARE}</a>
<a href="https://line.me/share">แชร์ไปยัง LINE</a></div></div>
<div class="prose"><p>{LEAD}</p><p>{SECOND}</p>
<button x-show="!open" @click="open = true">อ่านต่อ...</button>
<div {fold}>{f"<p>{REST}</p>" * 6}<p>{CLOSING}</p></div></div>
</article></main><footer><p>{OFFICE} ถนนสายหลัก อำเภอเมือง</p></footer></body></html>""".encode()


def record(html: bytes) -> dict:
    """Extract the page as the generic layout does."""
    return extract_bytes(html, url="http://jobs.example.go.th/news/3337", cms="generic")


def test_a_bracketed_category_badge_before_the_declared_headline_is_no_part_of_it() -> None:
    """og:title names the headline; the h2 printing it after "[ข่าวกิจกรรม]" is its element."""
    got = record(page())
    assert got["title"] == HEADLINE
    assert "[ข่าวกิจกรรม]" not in got["body"]


def test_a_relative_time_is_dated_by_the_absolute_date_in_its_title_attribute() -> None:
    """ "2 ปีที่แล้ว" (2 years ago) with title="5 ก.พ. 2567 08:16 น.": the publication; the
    "อัปเดต" (updated) one is the last edit."""
    got = record(page())
    assert got["published_at"] == "2024-02-05T08:16:00+07:00"
    assert got["modified_at"] == "2024-02-10T03:35:00+07:00"
    assert "ปีที่แล้ว" not in got["body"]


def test_a_relative_time_alone_on_an_unedited_item_is_the_publication() -> None:
    got = record(page(edited=False))
    assert got["published_at"] == "2024-02-05T08:16:00+07:00"
    assert got["modified_at"] is None


def test_the_paragraphs_before_a_read_more_button_belong_to_the_folded_text() -> None:
    """Opening paragraphs, the "อ่านต่อ..." button, the rest in Alpine's x-show/x-cloak div:
    all of it is the text, the button's label not."""
    body = record(page())["body"]
    assert body.startswith(LEAD)
    assert SECOND in body and CLOSING in body
    assert "อ่านต่อ" not in body


def folded(fold: str) -> bytes:
    """A page printing most of its text, then the last paragraph folded in *fold*'s element,
    with a dropdown of share links toggled by the same framework."""
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<title>{HEADLINE} | {OFFICE}</title></head><body><main><article x-data="{{ open: false }}">
<h1>{HEADLINE}</h1><div x-data="{{ menu: false }}"><button @click="menu = !menu">แชร์</button>
<div x-show="menu" style="display: none"><a href="https://www.facebook.com/sharer">{SHARE}</a>
<a href="https://line.me/share">แชร์ไปยัง LINE</a></div></div>
<div class="prose"><p>{LEAD}</p>{f"<p>{REST}</p>" * 4}
<button x-show="!open" @click="open = true">อ่านต่อ...</button>
<div {fold}><p>{CLOSING}</p></div></div></article></main>
<footer><p>{OFFICE} ถนนสายหลัก อำเภอเมือง</p></footer></body></html>""".encode()


def test_text_a_script_framework_folds_with_display_none_is_the_articles() -> None:
    """Alpine's x-show with the inline display:none it recommends against a flash: the folded
    paragraph is the text; a dropdown of share links toggled the same way is not."""
    body = record(folded('x-show="open" x-cloak style="display: none"'))["body"]
    assert body.startswith(LEAD) and body.endswith(CLOSING)
    assert SHARE not in body and "แชร์ไปยัง LINE" not in body


def test_a_paragraph_hidden_without_a_script_toggle_still_goes() -> None:
    """display:none alone (no framework's toggle, no "read more" control beside it or naming
    it: round 60's folds) is hidden furniture, as before."""
    page = folded('class="fold" style="display:none"').replace("อ่านต่อ...".encode(), b"")
    body = record(page)["body"]
    assert body.startswith(LEAD) and CLOSING not in body
