"""Rules the thirtieth blind round showed on a WordPress theme and a Joomla template, each
checked on a small page written here:

- the tag row a theme prints right after the <article> element ("แท็ก:" and rel=tag links
  in `p.post-tags`) gives the post's tags;
- a content wrapper that carries a sharing word as a modifier (Hueman prints
  `div.entry.share` when its share bar is on) holds the article: the generic reader keeps it;
- a download manager's button (a link whose words print a download count, "ดาวน์โหลดแล้ว 57
  ครั้ง") is furniture, and its target, a script address without a document extension, is
  the article's attachment;
- a document link whose words are its file's name (after a download label, or alone) is a
  download line: its file is in `attachments`, not the text.
"""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article
from pipelines.text import clean_body

URL = "http://labour.example.go.th/th/2024/03/1234/"
HEADLINE = "สำนักงานแรงงานจังหวัดจัดกิจกรรมส่งเสริมการมีงานทำให้แก่ผู้สูงอายุในพื้นที่"
PARAS = [
    "สำนักงานแรงงานจังหวัดร่วมกับศูนย์บริการจัดหางานจัดกิจกรรมส่งเสริมการมีงานทำให้แก่ผู้สูงอายุ "
    "ณ ห้องประชุมศาลากลางจังหวัด โดยมีผู้เข้าร่วมกิจกรรมกว่าหนึ่งร้อยห้าสิบราย",
    "ภายในงานมีการให้คำปรึกษาด้านอาชีพ การรับสมัครงานจากสถานประกอบการในพื้นที่ "
    "และการสาธิตอาชีพอิสระที่สามารถทำได้ที่บ้านเพื่อสร้างรายได้เสริมให้แก่ครอบครัว",
    "ผู้สนใจสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานแรงงานจังหวัดในวันและเวลาราชการ",
]


def _hueman_page() -> str:
    text = "".join(f"<p>{p}</p>" for p in PARAS)
    latest = "".join(
        f'<li><a href="/th/2024/02/{n}/">ข่าวประชาสัมพันธ์เรื่องที่ {n} ของสำนักงาน</a></li>'
        for n in range(5)
    )
    return f"""<html><head><title>{HEADLINE} &#8211; สำนักงานแรงงานจังหวัด</title></head><body>
<header><p class="site-title"><a href="/th/">สำนักงานแรงงานจังหวัด</a></p></header>
<main class="content"><article class="post type-post"><div class="post-inner group">
<h1 class="post-title entry-title">{HEADLINE}</h1>
<p class="post-byline">โดย admin &middot; เผยแพร่ <time class="published"
 datetime="2024-03-05 10:30:00">5 มีนาคม 2024</time></p>
<div class="entry themeform share"><div class="entry-inner">{text}
<div class="shared-counts-wrap"><a href="#" class="shared-counts-button">แชร์</a></div>
</div></div></div></article>
<div class="clear"></div>
<p class="post-tags"><span>แท็ก:</span> <a href="/th/tag/jobs/" rel="tag">การจ้างงาน</a>\
<a href="/th/tag/elderly/" rel="tag">ผู้สูงอายุ</a></p>
<div class="author-bio"><p class="bio-name">admin</p></div></main>
<div class="sidebar s1"><h3>เรื่องล่าสุด</h3><ul>{latest}</ul></div>
<footer><p>สำนักงานแรงงานจังหวัด ศาลากลางจังหวัด ชั้น 2</p></footer>
</body></html>"""


def test_a_content_wrapper_marked_share_holds_the_article() -> None:
    page = Page(text=_hueman_page())
    article = normalize_article(read_article(layout("generic"), page, URL, listed_title=HEADLINE))
    assert article.title == HEADLINE
    assert article.body is not None
    for para in PARAS:
        assert para in article.body
    for furniture in ("เผยแพร่", "แชร์", "เรื่องล่าสุด", "แท็ก"):
        assert furniture not in article.body


def test_the_tag_row_after_the_article_element_gives_the_tags() -> None:
    page = Page(text=_hueman_page())
    article = normalize_article(read_article(layout("generic"), page, URL, listed_title=HEADLINE))
    assert article.tags == ["การจ้างงาน", "ผู้สูงอายุ"]


DLM_BOX = (
    '<div class="dlm-tc-rich"><a class="download-link" title="เวอร์ชัน 1" '
    'href="/th/download/1237/?tmstv=1711612800" rel="nofollow">ดาวน์โหลด '
    "&ldquo;รายละเอียดโครงการฝึกอาชีพ&rdquo; <span>pdf</span> <span>(ขนาด 245 KB)</span> "
    "&ndash; ดาวน์โหลดแล้ว 57 ครั้ง</a></div>"
)


def test_a_counted_download_button_is_furniture_and_its_file_an_attachment() -> None:
    html = "<div>" + "".join(f"<p>{p}</p>" for p in PARAS) + DLM_BOX + "</div>"
    result = clean_body(html, base_url=URL)
    assert result.body is not None
    assert "ดาวน์โหลดแล้ว" not in result.body
    assert "รายละเอียดโครงการฝึกอาชีพ" not in result.body
    assert PARAS[-1] in result.body
    assert result.attachments == [
        {
            "url": "http://labour.example.go.th/th/download/1237/?tmstv=1711612800",
            "name": "รายละเอียดโครงการฝึกอาชีพ",
        }
    ]


def test_a_view_count_link_is_no_download() -> None:
    html = "<div>" + "".join(f"<p>{p}</p>" for p in PARAS)
    html += '<p><a href="/th/stats/">ผู้เข้าชม 57 ครั้ง</a></p></div>'
    assert clean_body(html, base_url=URL).attachments == []


def test_a_document_link_printing_its_file_name_is_a_download_line() -> None:
    for words in ("ดาวน์โหลดเอกสาร pr-605.pdf", "pr-605.pdf"):
        link = (
            f'<p><a href="/images/doc/pr-605.pdf"><img src="/i/pdf.png" alt="" /> {words}</a></p>'
        )
        result = clean_body("<div>" + "".join(f"<p>{p}</p>" for p in PARAS) + link + "</div>")
        assert result.body is not None
        assert "pr-605.pdf" not in result.body, words
        assert [a["url"] for a in result.attachments] == ["/images/doc/pr-605.pdf"]


def test_a_file_name_inside_a_sentence_stays() -> None:
    para = 'ดูรายละเอียดในเอกสาร <a href="/doc/pr-605.pdf">pr-605.pdf</a> ที่แนบมาพร้อมนี้'
    result = clean_body(f"<div><p>{PARAS[0]}</p><p>{para}</p></div>")
    assert result.body is not None
    assert "pr-605.pdf ที่แนบมาพร้อมนี้" in result.body
