"""Rules for layouts of the seventh blind round, each on small hand-made pages.

A headline printed plainly (a table theme's caption cell) that the article picture's alt text
repeats; a deleted item's template whose best text block is a side box beside a lone "not found"
line. (The poster line below the text, the marquee, the page footer named by id and the
recent-posts sibling: test_boilerplate.py, test_generic.py and the fixture
generic/article_table_theme_poster_line_below_text.)
"""

from __future__ import annotations

from pipelines.layouts import Page, layout, read_article

URL = "http://h.go.th/news.php?readmore=9"
SITE = "องค์การบริหารส่วนตำบลตัวอย่าง"
HEADLINE = "อบต.ตัวอย่าง มอบถุงยังชีพแก่ผู้ประสบอุทกภัยหมู่ที่ 4"
TEXT = (
    "นายกองค์การบริหารส่วนตำบลตัวอย่าง พร้อมด้วยสมาชิกสภา มอบถุงยังชีพจำนวน 120 ชุด"
    " ให้แก่ครัวเรือนที่ได้รับผลกระทบจากน้ำท่วมขังในหมู่ที่ 4 เมื่อวันที่ 3 ตุลาคม 2566"
)
SIDE_BOX = (
    "<td class='side'><table><tr><td class='side-body'>ผู้เยี่ยมชมออนไลน์: 3<br />"
    "สมาชิกทั้งหมด: 12<br />นายสมชาย ใจดี นายกองค์การบริหารส่วนตำบลตัวอย่าง โทร. 08-1234-5678"
    "</td></tr></table></td>"
)


def page(main: str) -> Page:
    return Page(
        text=f"<html><head><title>{SITE}</title></head><body><table><tr>{SIDE_BOX}"
        f"<td class='main'>{main}</td></tr></table></body></html>"
    )


def test_the_cell_printing_the_pictures_alt_text_is_the_headline() -> None:
    # No h1, no bold, no title class: the caption cell above the text is told by the article
    # picture, whose alt the CMS filled with the subject.
    main = (
        f"<table><tr><td class='cap'>ข่าวประชาสัมพันธ์</td></tr></table>"
        f"<table><tr><td class='cap'>{HEADLINE}</td></tr></table>"
        f"<table><tr><td class='body'><img src='n9.jpg' alt='{HEADLINE}' /><br />"
        f"{TEXT}<br />{TEXT}</td></tr></table>"
    )
    article = read_article(layout("generic"), page(main), URL)
    assert article.title == HEADLINE
    assert article.body and article.body.startswith("นายกองค์การบริหารส่วนตำบลตัวอย่าง")


def test_a_side_box_beside_a_lone_not_found_line_is_no_article() -> None:
    # The deleted item's template: the main column prints only "ไม่พบข่าวที่ท่านต้องการ" (the
    # news you want is not found) in a plain div; the best text left is the side box.
    main = (
        "<table><tr><td class='cap'>ข่าวประชาสัมพันธ์</td></tr></table><table><tr><td>"
        "<div style='text-align:center'><br />ไม่พบข่าวที่ท่านต้องการ<br /></div></td></tr></table>"
    )
    article = read_article(layout("generic"), page(main), URL)
    assert not article.body


def test_a_short_article_without_a_not_found_line_stays() -> None:
    main = f"<h2>{HEADLINE}</h2><p>{TEXT}</p>"
    article = read_article(layout("generic"), page(main), URL)
    assert TEXT in (article.body or "")  # kept: no "not found" line on the page
