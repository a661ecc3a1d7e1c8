"""Rules from the sixty-fifth blind round (everyday sites), each on a small page of its shape.

Doctests cover the pieces (pipelines.email_cloak, pipelines.text._unit_name and the
bracketed file note of pipelines.text._download_label).
"""

from __future__ import annotations

from crawler.items import Article
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article

HEADLINE = "ปศุสัตว์จังหวัดเร่งฉีดวัคซีนป้องกันโรคลัมปีสกินให้โคกระบือของเกษตรกรในพื้นที่"
TEXT = (
    "สำนักงานปศุสัตว์จังหวัดเร่งฉีดวัคซีนป้องกันโรคลัมปีสกินให้โคและกระบือของเกษตรกรในพื้นที่ "
    "โดยตั้งเป้าหมายให้ครอบคลุมทุกอำเภอภายในเดือนนี้ เพื่อลดความเสี่ยงของการระบาดในช่วงฤดูฝน"
    "และสร้างความมั่นใจให้กับผู้เลี้ยงสัตว์"
)
MORE = (
    "ทั้งนี้ เจ้าหน้าที่ได้แนะนำให้เกษตรกรทำความสะอาดคอกสัตว์และกำจัดแมลงพาหะอย่างสม่ำเสมอ "
    "หากพบสัตว์ป่วยให้แจ้งเจ้าหน้าที่ปศุสัตว์อำเภอทันที"
)


def normalized(html: str, cms: str, url: str = "http://h/news/5") -> Article:
    return normalize_article(read_article(layout(cms), Page(text=html), url, site="x"))


def joomla_page(text: str) -> str:
    return (
        f"<html><head><title>{HEADLINE}</title></head><body><div class='com-content-article "
        f"item-page'><h1>{HEADLINE}</h1><div itemprop='articleBody' "
        f"class='com-content-article__body'><p>{TEXT}</p>{text}</div></div></body></html>"
    )


def test_joomla_4_cloaked_address_is_the_address_not_the_notice() -> None:
    contact = (
        "<p>สอบถามเพิ่มเติมที่กลุ่มพัฒนาสุขภาพสัตว์ หรืออีเมล <joomla-hidden-mail is-link='1' "
        "is-email='1' first='aGVhbHRoLnNwYg==' last='ZGxkLmdvLnRo' "
        "text='aGVhbHRoLnNwYkBkbGQuZ28udGg=' base=''>ที่อยู่อีเมลนี้ถูกป้องกันจากสแปมบอท "
        "คุณต้องเปิดใช้งาน JavaScript เพื่อดู</joomla-hidden-mail></p>"
    )
    article = normalized(joomla_page(f"<p>{MORE}</p>{contact}"), "joomla")
    assert "health.spb@dld.go.th" in article.body
    assert "สแปมบอท" not in article.body and "JavaScript" not in article.body


def test_joomla_3_cloaking_script_writes_the_address_back() -> None:
    contact = (
        "<p>ติดต่อ <span id='cloak9c1e'>This email address is being protected from spambots. "
        "You need JavaScript enabled to view it.</span><script type='text/javascript'>"
        "document.getElementById('cloak9c1e').innerHTML = '';var prefix = '&#109;a' + "
        "'i&#108;' + '&#116;o';var path = 'hr' + 'ef' + '=';var addy9c1e = 'pr' + '&#64;';"
        "addy9c1e = addy9c1e + 'dld' + '&#46;' + 'go' + '&#46;' + 'th';"
        "var addy_text9c1e = 'pr' + '&#64;' + 'dld' + '&#46;' + 'go' + '&#46;' + 'th';"
        "</script> ในวันและเวลาราชการ</p>"
    )
    article = normalized(joomla_page(f"<p>{MORE}</p>{contact}"), "joomla")
    assert "pr@dld.go.th" in article.body and "spambots" not in article.body


def test_a_document_embeds_download_button_with_its_size_in_brackets_is_furniture() -> None:
    embed = (
        "<div class='ead-preview'><div class='ead-document'><iframe src='//docs.google.com/"
        "viewer?url=x.pdf&amp;embedded=true'></iframe></div><p class='embed_download'>"
        "<a href='/wp-content/uploads/2025/06/doc-4330.pdf' download>Download [310.62 KB]</a>"
        "</p></div>"
    )
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><article class='post hentry'>"
        f"<h1 class='entry-title'>{HEADLINE}</h1><div class='entry-content'><p>{TEXT}</p>"
        f"<p>{MORE}</p>{embed}</div></article></body></html>"
    )
    article = normalized(html, "wordpress")
    assert "Download" not in article.body
    assert [a["url"] for a in article.attachments] == [
        "http://h/wp-content/uploads/2025/06/doc-4330.pdf"
    ]


def listing_links(html: str, url: str) -> list[str]:
    return [link for link, _ in layout("generic").extract_links(Page(text=html), url)]


def test_a_generated_tables_read_button_leads_to_the_rows_headline() -> None:
    menu = "".join(
        f"<tr><td><a href='../{name}.asp'>{label}</a></td></tr>"
        for name, label in (("history", "ประวัติอำเภอ"), ("chief", "ทำเนียบนายอำเภอ"))
    )
    rows = "".join(
        f"<tr class='ewTableRow'><td><span>ข่าวประชาสัมพันธ์ของอำเภอเรื่องที่ {n} ประจำเดือน</span>"
        f"</td><td><span>15/2/2563</span></td><td align='right'><span>๒,๒๗๓</span></td>"
        f"<td><span class='aspmaker'><a href='newsview.asp?key={n}'>อ่าน</a></span></td></tr>"
        for n in range(480, 490)
    )
    html = (
        f"<html><body><table><tr><td><table>{menu}</table></td><td>"
        f"<table id='ewlistmain' class='ewTable'>{rows}</table></td></tr></table></body></html>"
    )
    found = listing_links(html, "http://h/news/newslist.asp?start=11")
    assert found == [f"http://h/news/newsview.asp?key={n}" for n in range(480, 490)]


def test_one_entry_under_an_address_its_editor_typed_is_listed_with_the_others() -> None:
    def post(slug: str, n: int) -> str:
        return (
            f"<div class='eb-post'><h2 class='eb-post-title'><a href='/news/entry/{slug}'>"
            f"โรงพยาบาลจัดกิจกรรมรณรงค์ส่งเสริมสุขภาพประชาชนครั้งที่ {n}</a></h2>"
            f"<div class='eb-post-body'>{TEXT[:80]}</div></div>"
        )

    posts = [post(f"2024-11-{10 + n:02d}-05-21-24", n) for n in range(6)]
    posts.insert(3, post("tsh-pr-67-112", 9))
    html = f"<html><body><div class='eb-posts'>{''.join(posts)}</div></body></html>"
    found = listing_links(html, "http://h/news")
    assert "http://h/news/entry/tsh-pr-67-112" in found and len(found) == 7


def signed(last_line: str) -> Article:
    html = (
        f"<html><head><title>{HEADLINE}</title></head><body><main><h1>{HEADLINE}</h1>"
        f"<div class='prose'><p>{TEXT}</p><p>{MORE}</p><p>{last_line}</p></div></main>"
        "</body></html>"
    )
    return normalized(html, "generic")


def test_a_units_name_alone_as_the_last_line_is_the_source() -> None:
    article = signed("ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร")
    assert article.source == "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"
    assert "ศูนย์เทคโนโลยี" not in article.body


def test_a_last_line_inviting_readers_is_no_units_name() -> None:
    article = signed("กรมปศุสัตว์ขอเชิญชวนเกษตรกรร่วมกิจกรรม")
    assert article.source is None and "ขอเชิญชวนเกษตรกร" in article.body
