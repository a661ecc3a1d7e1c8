"""Rules the 22nd blind round showed on the current thaigov.go.th layout, each checked on a
small page: a "data last updated" line (ปรับปรุงข้อมูลล่าสุด) is the modification date, a
photographer credit in the sign-off is not the source, the gallery and attachment blocks are
furniture, and the date line beside the headline with its time is the publication date."""

from __future__ import annotations

from pipelines import boilerplate
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "กรมชลประทานเร่งระบายน้ำในพื้นที่ลุ่มต่ำ ลดผลกระทบต่อเกษตรกร"
TEXT = (
    "กรมชลประทานได้สั่งการให้โครงการชลประทานในพื้นที่เร่งติดตั้งเครื่องสูบน้ำเพิ่มเติม "
    "เพื่อระบายน้ำออกจากพื้นที่การเกษตรให้เร็วที่สุด และลดความเสียหายต่อผลผลิตของเกษตรกร "
) * 3
URL = "https://www.gov.example/news/contents/details/5521"


TOOLS = "".join(
    f'<a href="{href}" title="{name}"><i class="fa fa-{icon}"></i> {name}</a>'
    for href, name, icon in (
        ("/print/5521", "พิมพ์", "print"),
        ("https://www.facebook.com/sharer/sharer.php?u=x", "Facebook", "facebook"),
        ("https://twitter.com/intent/tweet?url=x", "X", "twitter"),
        ("https://social-plugins.line.me/lineit/share?url=x", "LINE", "comment"),
        ("javascript:void(0)", "คัดลอกลิงก์", "link"),
    )
)


def _page(
    *,
    when: str = '<span class="news-date">วันศุกร์ที่ 9 สิงหาคม 2567</span>',
    text: str = f"<p>{TEXT}</p><p>{TEXT}</p>",
    signoff: str = "",
    extras: str = "",
    below: str = "",
) -> str:
    """A portal page in thaigov.go.th's current layout: date line (and time span), eye-icon
    counter, share bar, the headline in a div, the text, a sign-off and the blocks below
    (*extras*) in the content box, and what follows the box (*below*: related news)."""
    return f"""<html><head><title>รัฐบาลไทย-ข่าวจากหน่วยงานราชการ-{HEADLINE}</title></head><body>
<header><a href="/"><h1 class="logo"><img src="/logo.png" alt="รัฐบาลไทย"> รัฐบาลไทย</h1></a></header>
<span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">ข่าวจากหน่วยงานราชการ</span>
<div class="row"><div class="col-md-9">
<div class="border-normal clearfix">
<div class="row news-meta"><div class="col-xs-8">{when}</div>
<div class="col-xs-4"><span class="view-count" title="จำนวนผู้เข้าชม">
<i class="fa fa-eye"></i> 1,204</span></div></div>
<div class="news-tools">{TOOLS}</div>
<div class="Circular font_level4 color1 headtitle-news">{HEADLINE}</div>
<div class="news-content">{text}{signoff}</div>
{extras}
</div>{below}</div></div>
<aside><div class="panel-heading">ข่าวล่าสุด</div><ul><li><a href="/news/contents/details/5520">
ข่าวอื่นของหน่วยงาน</a><span class="date">2 ส.ค. 2567</span></li></ul></aside>
</body></html>"""


def _text_lines(record: dict) -> list[str]:
    """The body after the page's meta line (the bare counter a site profile drops)."""
    lines = record["body"].split("\n")
    return lines[lines.index(TEXT.strip()) :]


def _record(html: str, cms: str) -> dict:
    article = read_article(layout(cms), Page(text=html), URL)
    return normalize_article(article).record()


UPDATED = '<p class="news-update"><small>ปรับปรุงข้อมูลล่าสุด : 12 ส.ค. 2567 16:40:00</small></p>'


def test_a_data_last_updated_line_is_a_modification_line() -> None:
    found = boilerplate.match_line("ปรับปรุงข้อมูลล่าสุด : 12 ส.ค. 2567 16:40:00")
    assert found is not None
    assert found.data == {"modified_raw": "12 ส.ค. 2567 16:40:00"}
    found = boilerplate.match_line("แก้ไขข้อมูลล่าสุด 3 มี.ค. 2567")
    assert found is not None
    assert found.data == {"modified_raw": "3 มี.ค. 2567"}


def test_the_update_line_gives_modified_at_not_published_at() -> None:
    for cms in ("thaigov", "generic"):
        record = _record(_page(extras=UPDATED), cms)
        assert record["modified_at"] == "2024-08-12T16:40:00+07:00", cms
        assert record["published_at"] == "2024-08-09", cms
        assert "ปรับปรุงข้อมูลล่าสุด" not in record["body"], cms


SIGNOFF = (
    '<p class="text-center">…………………………………………</p><p>ภาพ : ประยุทธ ใจดี</p>'
    "<p>กลุ่มประชาสัมพันธ์ กรมชลประทาน</p>"
)
GALLERY = (
    '<div class="news-gallery"><div class="font_level6">ภาพข่าว</div><div class="row">'
    '<a href="/data/news/5521/p1.jpg"><img src="/data/news/5521/t1.jpg" alt=""></a>'
    '<a href="/data/news/5521/p2.jpg"><img src="/data/news/5521/t2.jpg" alt=""></a></div>'
    '<a href="/news/contents/download_image/5521" class="btn"><i class="fa fa-download"></i> '
    "ดาวน์โหลดภาพทั้งหมด</a></div>"
)
ATTACHED = (
    '<div class="news-attach"><div class="font_level6">ไฟล์แนบ</div>'
    '<a href="/data/news/5521/doc.pdf"><i class="fa fa-file-pdf-o"></i> หนังสือสั่งการ.pdf</a> '
    "<small>(ขนาด 120.5 KB)</small></div>"
)


def test_a_gallery_and_its_download_button_are_furniture() -> None:
    found = boilerplate.match_line("ดาวน์โหลดภาพทั้งหมด")
    assert found is not None and found.rules == ["gallery"]
    assert boilerplate.match_line("ภาพกิจกรรมวันเด็กแห่งชาติ") is None  # a sentence, not a label
    record = _record(_page(extras=GALLERY), "thaigov")
    assert _text_lines(record) == [TEXT.strip(), TEXT.strip()]
    assert not {"ภาพข่าว", "ดาวน์โหลดภาพทั้งหมด"} & set(record["body"].split("\n"))


def test_an_attachment_block_with_a_labelled_size_goes_to_attachments() -> None:
    record = _record(_page(extras=ATTACHED), "thaigov")
    assert _text_lines(record) == [TEXT.strip(), TEXT.strip()]
    assert "ไฟล์แนบ" not in record["body"] and "หนังสือสั่งการ" not in record["body"]
    assert [a["name"] for a in record["attachments"]] == ["หนังสือสั่งการ.pdf"]


def test_the_office_after_a_photo_credit_signs_off_before_the_blocks_below() -> None:
    for extras in ("", GALLERY + ATTACHED + UPDATED):
        record = _record(_page(signoff=SIGNOFF, extras=extras), "thaigov")
        assert record["source"] == "กลุ่มประชาสัมพันธ์ กรมชลประทาน"
        assert _text_lines(record) == [TEXT.strip(), TEXT.strip()]


TIMED = (
    '<span class="news-date">วันศุกร์ที่ 9 สิงหาคม 2567</span> <span class="news-time">10:45 น.</span>'
)
RELATED = (
    '<div class="related"><div class="row">'
    + "".join(
        f'<div class="col-sm-6"><h3><a href="/news/contents/details/{n}">ข่าวที่เกี่ยวข้องลำดับที่ {n} '
        f'ของหน่วยงาน</a></h3><p class="date">{d} ส.ค. 2567</p></div>'
        for n, d in ((5519, 7), (5518, 5))
    )
    + "</div></div>"
)


def test_a_related_cards_date_is_not_the_pages() -> None:
    short = "<p>กรมชลประทานเร่งระบายน้ำในพื้นที่ลุ่มต่ำ</p>"
    record = _record(_page(when=TIMED, text=short, below=RELATED), "generic")
    assert record["published_at"] == "2024-08-09T10:45:00+07:00"


def test_a_date_told_in_the_texts_sentence_is_not_the_pages() -> None:
    text = f"<p>ในวันจันทร์ที่ ๒๗ พฤศจิกายน ๒๕๖๐ เวลา ๐๙.๓๐ น.</p><p>{TEXT}</p>"
    record = _record(_page(text=text), "generic")
    assert record["published_at"] == "2024-08-09"
