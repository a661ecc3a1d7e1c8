"""Rules the ninth blind round showed on CMS pages read by the generic extractor, each checked
on a small page: a creation date printed before the publication date, a page builder's closing
text blocks, a document embedded under the text before the office's sign-off. (The listing
fixture listing_two_columns_around_the_sidebar is checked with the other listing fixtures.)"""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "คณะพยาบาลศาสตร์จัดโครงการอบรมการดูแลผู้สูงอายุในชุมชน"
TEXT = (
    "คณะพยาบาลศาสตร์ร่วมกับโรงพยาบาลส่งเสริมสุขภาพตำบลจัดโครงการอบรมอาสาสมัครดูแลผู้สูงอายุ"
    "ในชุมชน เพื่อเพิ่มทักษะการดูแลผู้สูงอายุที่มีภาวะพึ่งพิงให้แก่อาสาสมัครในพื้นที่ "
) * 3


def _record(html: str, url: str = "http://h.ac.th/news/1580-pr-67-020") -> dict:
    article = read_article(layout("generic"), Page(text=html), url)
    return normalize_article(article).record()


def _info_page(created: str, published: str) -> str:
    return f"""<html><head><title>{HEADLINE}</title></head><body>
<div class="item-page"><div class="page-header"><h1>ข่าวประชาสัมพันธ์คณะ</h1></div>
<div class="page-header"><h2 itemprop="headline">{HEADLINE}</h2></div>
<dl class="article-info"><dd class="createdby">เขียนโดย งานประชาสัมพันธ์</dd>
{created}{published}<dd class="hits">เปิดอ่าน: 1338</dd></dl>
<div class="body"><p>{TEXT}</p><p>{TEXT}</p></div></div></body></html>"""


def test_a_creation_date_before_the_publication_date_is_not_the_publication() -> None:
    html = _info_page(
        '<dd class="create"><time datetime="2024-02-29T20:22:00+07:00">'
        "สร้าง: 29 กุมภาพันธ์ 2024</time></dd>",
        '<dd class="published"><time datetime="2024-03-01T11:17:00+07:00">'
        "เผยแพร่: 1 มีนาคม 2024</time></dd>",
    )
    assert _record(html)["published_at"] == "2024-03-01T11:17:00+07:00"


def test_an_english_created_label_loses_to_published_too() -> None:
    html = _info_page(
        "<dd><span>Created: 29 February 2024</span></dd>",
        "<dd><span>Published: 1 March 2024</span></dd>",
    )
    assert _record(html)["published_at"] == "2024-03-01"


def test_a_creation_date_alone_is_the_date_there_is() -> None:
    html = _info_page('<dd class="create"><span>สร้าง: 29 กุมภาพันธ์ 2024</span></dd>', "")
    assert _record(html)["published_at"] == "2024-02-29"


def _text_block(*paragraphs: str) -> str:
    """A page builder's text block: paragraphs in a column wrapper."""
    inner = "".join(f"<p>{p}</p>" for p in paragraphs)
    return f'<div class="wpb_text_column"><div class="wpb_wrapper">{inner}</div></div>'


def test_a_page_builders_closing_text_blocks_stay_in_the_body() -> None:
    blocks = (
        _text_block(TEXT, TEXT)
        + '<div class="wpb_single_image"><figure><img src="/a.jpg" alt=""></figure></div>'
        + _text_block(TEXT)
        + _text_block("สำนักงานปลัดกระทรวงเกษตรและสหกรณ์", "โทร 02-2810859 แฟกซ์ 02-2822871")
        + _text_block("www.facebook.com/kasetthai")
        + '<div class="vc_btn3-container"><a href="/doc.pdf">ดาวน์โหลดเอกสาร</a></div>'
    )
    html = f"""<html><head><title>{HEADLINE} – โรงพยาบาลตัวอย่าง</title></head><body>
<h1>ข่าวประชาสัมพันธ์</h1><article><h2 class="entry_title">{HEADLINE}</h2>
<div class="post_info">โพสต์เมื่อ 15/02/2567</div>
<div class="vc_row"><div class="wpb_column"><div class="vc_column-inner"><div class="wpb_wrapper">
{blocks}</div></div></div></div></article></body></html>"""
    body = _record(html, "http://h.go.th/news/2567/2835/")["body"]
    assert body.endswith("โทร 02-2810859 แฟกซ์ 02-2822871\nwww.facebook.com/kasetthai")
    assert "ดาวน์โหลดเอกสาร" not in body


def test_an_embedded_document_does_not_end_the_text_before_the_sign_off() -> None:
    lines = "".join(
        f"<p>{line}</p>"
        for line in (
            "เมื่อวันอังคารที่ ๑๔ กุมภาพันธ์ ๒๕๖๐ เวลา ๐๙.๓๐ น.",
            "นายวิทยา สุริยะวงค์ รองปลัดกระทรวงยุติธรรม",
            "เป็นประธานการฝึกอบรมหลักสูตร Third Country Training Programme (TCTP)",
            "ซึ่งจัดขึ้นระหว่างวันที่ ๑๓ - ๒๕ กุมภาพันธ์ ๒๕๖๐",
        )
    )
    html = f"""<html><head><title>{HEADLINE} &raquo; ศาลจังหวัดตัวอย่าง</title></head><body>
<div class="content-container"><article><h1>{HEADLINE}</h1>
<p class="blog-post-meta">Posted by <a href="/news/profile/pr">ประชาสัมพันธ์</a> on
<a href="/news/archive/2024/02/11">February 11, 2024</a></p>
<div class="content"><p>{TEXT[:200]}</p>{lines}
<p><object data="/assets/Uploads/announce-018.pdf" type="application/pdf"></object></p>
<p><a href="/assets/Uploads/announce-018.pdf" class="file">ดาวน์โหลดไฟล์ PDF (246 KB)</a></p>
<p style="text-align: right;">งานประชาสัมพันธ์ ศาลจังหวัดตัวอย่าง</p></div>
<div class="blog-post-tags"><p>Tags: <a href="/news/tag/a">ท่องเที่ยว</a></p></div>
</article></div></body></html>"""
    record = _record(html, "http://h.go.th/news/pr-67-018")
    assert record["source"] == "งานประชาสัมพันธ์ ศาลจังหวัดตัวอย่าง"
    assert "ซึ่งจัดขึ้นระหว่างวันที่" in record["body"]
    assert record["published_at"] == "2024-02-11"
