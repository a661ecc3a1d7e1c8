"""The listing's link text confirms an article's headline (issue 12).

A page whose <title> is the office name on every page prints its headline in some element; the
one whose text matches the link text the listing gave the page is the headline. Listings cut long
titles with an ellipsis (thaigov.go.th); a cut link text confirms the full headline it starts.
"""

from __future__ import annotations

from scrapy import Request
from scrapy.http import HtmlResponse

from crawler.spiders.site import family_spider
from pipelines.generic import same_title
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page, anchor_texts

OFFICE = "สำนักงานปศุสัตว์จังหวัดตัวอย่าง"
HEADLINE = "ปศุสัตว์จังหวัดมอบพันธุ์ไก่พื้นเมืองให้เกษตรกรผู้ประสบอุทกภัย"
# A WebForms page: the same <title> everywhere, the headline in an auto-named label
# (Label3, no heading, no title class), the office also named as the source in a span of the
# same look: only the listing's link text tells which span is the headline.
WEBFORMS = f"""<html><head><title>{OFFICE}</title></head><body><form id="form1">
<div class="top">{OFFICE}</div>
<table class="content"><tr><td>
<div class="detail">
<span id="MainContent_lblSource" class="txt">{OFFICE}</span>
<div class="row"><span id="MainContent_Label3">{HEADLINE}</span></div>
<div class="text"><span id="MainContent_lblBody">สำนักงานปศุสัตว์จังหวัดตัวอย่างมอบพันธุ์ไก่พื้นเมือง
จำนวน 1,500 ตัว ให้เกษตรกรในอำเภอที่ประสบอุทกภัย เพื่อฟื้นฟูอาชีพหลังน้ำลด<br /><br />
เจ้าหน้าที่จะติดตามการเลี้ยงและให้คำแนะนำเรื่องวัคซีนป้องกันโรคนิวคาสเซิลทุกเดือน</span></div>
</div></td></tr></table>
<div class="foot">{OFFICE} โทร. 0-0000-0000</div></form></body></html>"""
LISTING = f"""<html><body><table class="grid">
<tr><td><a href="Detail.aspx?ID=41">{HEADLINE}</a></td><td>12/01/2567</td></tr>
<tr><td><a href="Detail.aspx?ID=40" title="ประชุมคณะกรรมการโรคระบาดสัตว์ระดับจังหวัด ครั้งที่ 1/2567">
ประชุมคณะกรรมการโรคระบาดสัตว์ระดับจังหวัด...</a></td><td>10/01/2567</td></tr>
<tr><td><a href="Detail.aspx?ID=39">อบรมอาสาปศุสัตว์ประจำหมู่บ้านรุ่นที่ 3</a></td><td>08/01/2567</td></tr>
</table></body></html>"""
URL = "http://dld.example.go.th/News/Detail.aspx?ID=41"


def page(html: str) -> Page:
    return Page(text=html)


def test_link_text_names_the_headline_where_title_is_the_office() -> None:
    reader = layout("generic")
    assert read_article(reader, page(WEBFORMS), URL).title == OFFICE  # alone, it cannot tell
    article = read_article(reader, page(WEBFORMS), URL, listed_title=HEADLINE)
    assert article.title == HEADLINE


def test_title_text_in_a_plain_span_is_no_headline() -> None:
    # A label named as a headline (lblTopic) above the text is, even without the link text;
    # the <title>'s office name printed in the plain source span is not.
    html = WEBFORMS.replace(
        f'<span id="MainContent_Label3">{HEADLINE}</span>',
        f'<span id="MainContent_lblTopic">{HEADLINE}</span>',
    )
    assert read_article(layout("generic"), page(html), URL).title == HEADLINE


def test_a_cut_link_text_confirms_the_whole_title() -> None:
    cut = "ปศุสัตว์จังหวัดมอบพันธุ์ไก่พื้นเมือง..."
    assert same_title(HEADLINE, cut)
    assert not same_title(HEADLINE, "ปศุสัตว์จังหวัดมอบพันธุ์ไก่พื้นเมือง")  # no ellipsis: not cut
    html = WEBFORMS.replace(f"<title>{OFFICE}</title>", f"<title>{HEADLINE} | {OFFICE}</title>")
    assert read_article(layout("generic"), page(html), URL, listed_title=cut).title == HEADLINE


def test_link_text_matching_nothing_changes_nothing() -> None:
    for listed in ("อ่านต่อ", "ข่าวอื่นที่ไม่มีในหน้านี้เลยแม้แต่น้อย"):
        article = read_article(layout("generic"), page(WEBFORMS), URL, listed_title=listed)
        assert article.title == OFFICE


def test_anchor_texts_take_the_title_attribute_of_a_cut_link() -> None:
    texts = anchor_texts(page(LISTING), "http://dld.example.go.th/News/List.aspx")
    assert texts["http://dld.example.go.th/News/Detail.aspx?ID=41"] == HEADLINE
    assert texts["http://dld.example.go.th/News/Detail.aspx?ID=40"] == (
        "ประชุมคณะกรรมการโรคระบาดสัตว์ระดับจังหวัด ครั้งที่ 1/2567"
    )


def test_anchor_texts_of_wanted_addresses_only() -> None:
    wanted = {"http://dld.example.go.th/News/Detail.aspx?ID=41"}
    texts = anchor_texts(page(LISTING), "http://dld.example.go.th/News/List.aspx", wanted)
    assert texts == {"http://dld.example.go.th/News/Detail.aspx?ID=41": HEADLINE}


def test_spider_reads_a_listing_page_once_per_response() -> None:
    spider = family_spider("generic", "http://dld.example.go.th/News/List.aspx")()
    response = HtmlResponse(
        url="http://dld.example.go.th/News/List.aspx", body=LISTING.encode(), encoding="utf-8"
    )
    assert spider.page(response) is spider.page(response)
    other = response.replace(body=LISTING.encode())
    assert spider.page(other) is not spider.page(response)


def test_anchor_texts_name_a_picture_link_by_its_alt_text() -> None:
    # A news card printing its headline as no link: the thumbnail links the story and its alt
    # text is the headline; the "อ่านต่อ" (read more) link says nothing.
    card = (
        f'<table><tr><td class="cap">{HEADLINE}</td></tr><tr><td>'
        f'<a href="Detail.aspx?ID=41"><img src="t41.jpg" alt="{HEADLINE}" /></a>'
        'ข้อความตัวอย่างของข่าว...<a href="Detail.aspx?ID=41">อ่านต่อ</a></td></tr></table>'
    )
    texts = anchor_texts(page(f"<html><body>{card}</body></html>"), URL)
    assert texts["http://dld.example.go.th/News/Detail.aspx?ID=41"] == HEADLINE


def test_spider_carries_the_link_text_to_the_article_request() -> None:
    spider = family_spider("generic", "http://dld.example.go.th/News/List.aspx")()
    response = HtmlResponse(
        url="http://dld.example.go.th/News/List.aspx", body=LISTING.encode(), encoding="utf-8"
    )
    requests = [r for r in spider.parse_listing(response) if isinstance(r, Request)]
    listed = {r.url: r.cb_kwargs.get("listed_title") for r in requests if "Detail" in r.url}
    assert listed["http://dld.example.go.th/News/Detail.aspx?ID=41"] == HEADLINE
    assert listed["http://dld.example.go.th/News/Detail.aspx?ID=39"] == (
        "อบรมอาสาปศุสัตว์ประจำหมู่บ้านรุ่นที่ 3"
    )
