# ruff: noqa: E501  (fixture HTML lines)
"""Deleted and withheld items the eighteenth blind round stored as articles, each rule checked
on a small page of another make: a "not found" line inside the form that wraps the whole page
(ASP.NET WebForms, Oracle APEX, JSF), a scrolling ticker outweighing an empty template, a
footer band known by its copyright line, and a heading that says the page is withheld."""

from __future__ import annotations

import pytest

from crawler.items import Article, CrawlFailure
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import NormalizePipeline

URL = "http://office.example.go.th/News/Detail.aspx?id=7"
TEXT = (
    "สำนักงานได้จัดประชุมเชิงปฏิบัติการเพื่อพัฒนาระบบบริการประชาชนให้แก่เจ้าหน้าที่"
    "ในพื้นที่ เมื่อวันที่ 3 มีนาคม 2567 เวลา 09.30 น. โดยมีผู้เข้าร่วมประชุมจำนวนมาก "
) * 3
TICKER = " :: ".join(
    f"ผู้ว่าราชการจังหวัดเป็นประธานเปิดงานมหกรรมส่งเสริมการท่องเที่ยวและสินค้าชุมชนประจำปี ครั้งที่ {n}"
    for n in range(1, 6)
)


def _outcome(html: str, url: str = URL) -> Article | CrawlFailure:
    article = read_article(layout("generic"), Page(text=html), url, site="x")
    return NormalizePipeline().process_item(article)


def _webforms_page(content: str) -> str:
    """An ASP.NET WebForms page: one form around everything, a side box of short notices."""
    return f"""<html><head><title>สำนักงานจังหวัดตัวอย่าง</title></head><body>
<form method="post" action="./Detail.aspx?id=7" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTY1"/>
<div id="top"><a href="/">หน้าหลัก</a> | <a href="/News/List.aspx">ข่าวประชาสัมพันธ์</a> | <a href="/Contact.aspx">ติดต่อเรา</a></div>
<div id="ctl00_main"><h3>รายละเอียดข่าว</h3>
<div><span id="ctl00_lblDate"></span> <span id="ctl00_lblViews"></span></div>
{content}</div>
<div id="ctl00_right"><h4>ประกาศ</h4><p>ขอเชิญชวนประชาชนร่วมกิจกรรมวันสำคัญ สอบถามได้ที่ศูนย์บริการ โทร. 1111</p></div>
</form></body></html>"""


def test_a_not_found_line_in_the_form_wrapping_the_page_is_the_page() -> None:
    page = _webforms_page('<div class="detail"><span id="ctl00_lblEmpty">ไม่พบข้อมูล</span></div>')
    assert isinstance(_outcome(page), CrawlFailure)


def test_an_article_in_the_form_wrapping_the_page_stays_an_article() -> None:
    page = _webforms_page(
        f'<h2 id="ctl00_lblTitle">ประชุมเชิงปฏิบัติการพัฒนาระบบบริการประชาชน</h2><div class="detail"><p>{TEXT}</p><p>{TEXT}</p></div>'
    )
    out = _outcome(page)
    assert isinstance(out, Article) and out.body and out.body.startswith("สำนักงานได้จัด")


def test_a_not_found_line_in_a_small_form_is_no_page_message() -> None:
    """A search box's own "no results" line is the form's, not the page's."""
    page = f"""<html><head><title>ประชุมเชิงปฏิบัติการ</title></head><body>
<div id="main"><h1>ประชุมเชิงปฏิบัติการ</h1><div class="detail"><p>ประชุมแล้ว</p></div></div>
<div id="side"><form action="/search"><input name="q"/><span>ไม่พบข้อมูล</span></form>
<p>{TEXT}</p></div></body></html>"""
    assert isinstance(_outcome(page, "http://office.example.go.th/news/7"), Article)


def _table_template(ticker: str, bottom: str) -> str:
    """A table layout's detail template with the item gone: empty cells and "ไม่พบข้อมูล"."""
    return f"""<html><head><title>จังหวัดตัวอย่าง</title></head><body><table width="780">
<tr><td colspan="2"><img src="/banner.jpg" alt="จังหวัดตัวอย่าง"></td></tr>
<tr><td colspan="2"><b>ประชาสัมพันธ์</b> <marquee scrollamount="2">{ticker}</marquee></td></tr>
<tr><td width="170"><a href="/">หน้าแรก</a><br><a href="/news/list.php">ข่าว</a></td>
<td><table><tr><td><font size="2">วันที่  เวลา  น.</font></td></tr><tr><td><font size="3"><b></b></font></td></tr>
<tr><td><font size="2"><center>ไม่พบข้อมูล</center></font></td></tr><tr><td><a href="javascript:history.back()">ย้อนกลับ</a></td></tr></table></td></tr>
<tr><td colspan="2" align="center">{bottom}</td></tr></table></body></html>"""


ADDRESS = "ศาลากลางจังหวัดตัวอย่าง ถนนราชดำเนิน ตำบลในเมือง อำเภอเมือง จังหวัดตัวอย่าง 10000<br>โทรศัพท์ 0-2222-3333 โทรสาร 0-2222-4444"


def test_a_ticker_never_holds_the_article() -> None:
    page = _table_template(TICKER, f"<footer>{ADDRESS}</footer>")
    assert isinstance(
        _outcome(page, "http://province.example.go.th/news/detail.php?id=9"), CrawlFailure
    )


@pytest.mark.parametrize(
    "line",
    [
        "Copyright &copy; 2548 Example Province. All rights reserved.",
        "© 2567 สำนักงานจังหวัดตัวอย่าง สงวนลิขสิทธิ์",
    ],
)
def test_a_band_with_the_copyright_line_is_the_footer(line: str) -> None:
    page = _table_template("ยินดีต้อนรับ", f"{ADDRESS}<br>{line}<br>ควรชมด้วยความละเอียด 1024x768")
    assert isinstance(
        _outcome(page, "http://province.example.go.th/news/detail.php?id=9"), CrawlFailure
    )


def test_a_table_layout_article_keeps_its_text_beside_the_ticker() -> None:
    page = _table_template(TICKER, f"{ADDRESS}<br>Copyright 2567").replace(
        "<center>ไม่พบข้อมูล</center>", f"{TEXT}<br><br>{TEXT}"
    )
    out = _outcome(page, "http://province.example.go.th/news/detail.php?id=9")
    assert isinstance(out, Article) and out.body and out.body.startswith("สำนักงานได้จัด")
    assert "มหกรรม" not in out.body


@pytest.mark.parametrize(
    "title, body",
    [
        ("ไม่มีสิทธิ์เข้าถึง", "วันนี้ 214\nเมื่อวาน 389\nทั้งหมด 1,284,117"),
        ("Access denied", "Visitors today 214"),
        ("403 Forbidden", ""),
        ("คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้", "ข่าวล่าสุด"),
    ],
)
def test_a_heading_saying_the_page_is_withheld_is_no_article(title: str, body: str) -> None:
    item = Article(url=URL, site="x", title=title, body=body, images=["http://h/logo.png"])
    out = NormalizePipeline().process_item(item)
    assert isinstance(out, CrawlFailure) and out.message


def test_a_story_headlined_on_access_keeps_its_text() -> None:
    title = "แรงงานต่างด้าวไม่มีสิทธิ์เข้าถึง ประกันสังคม"
    out = NormalizePipeline().process_item(Article(url=URL, site="x", title=title, body=TEXT))
    assert isinstance(out, Article) and out.title == title


def test_a_story_headlined_on_access_in_short_lines_keeps_its_text() -> None:
    """Legacy templates print a story in short <br> lines: the headline alone must not
    read as the access-denied message."""
    title = "ผู้ป่วยไม่มีสิทธิ์เข้าถึง ยาราคาแพงในโรงพยาบาลชุมชน"
    body = "\n".join(TEXT[i : i + 80] for i in range(0, len(TEXT), 80))
    out = NormalizePipeline().process_item(Article(url=URL, site="x", title=title, body=body))
    assert isinstance(out, Article) and out.title == title


def test_a_short_story_speaking_of_copyright_is_no_footer() -> None:
    story = "กรมทรัพย์สินทางปัญญาแนะนำผู้ประกอบการให้สงวนลิขสิทธิ์ผลงานก่อนเผยแพร่ทางออนไลน์"
    page = _table_template("ยินดีต้อนรับ", ADDRESS).replace(
        "<center>ไม่พบข้อมูล</center>", f"{story}<br><br>© ภาพ กรมทรัพย์สินทางปัญญา"
    )
    out = _outcome(page, "http://province.example.go.th/news/detail.php?id=9")
    assert isinstance(out, Article) and out.body and story in out.body
