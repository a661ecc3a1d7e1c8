"""Rules from the thirty-fifth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.extract import extract_bytes
from pipelines.layouts import LAYOUTS, Page, read_article
from pipelines.layouts.base import element_text
from pipelines.layouts.cards import in_card

TEXT = [
    "สำนักงานเกษตรจังหวัดจัดประชุมชี้แจงแนวทางการส่งเสริมการปลูกพืชหลังนาให้แก่เกษตรกรในพื้นที่",
    "ที่ประชุมได้ร่วมกันพิจารณาแผนการผลิตและการตลาดของสินค้าเกษตรที่สำคัญของจังหวัดอย่างละเอียด",
    "ทั้งนี้ หน่วยงานจะติดตามผลการดำเนินงานอย่างต่อเนื่องและรายงานให้ผู้บริหารทราบทุกเดือน",
]
URL = "http://127.0.0.1:8000/2024/04/meeting-on-crops/"
NEIGHBOUR = "/2024/03/other-news-of-the-office/"
HEADLINE = "ประชุมชี้แจงแนวทางการส่งเสริมพืชหลังนา"
TIME = '<time datetime="2024-04-06T13:21:00+07:00">6 เมษายน 2024</time>'


def block_theme_post(first_line: str = "") -> bytes:
    """A block theme's single post: the date row under the text, then a lone next-post link."""
    paragraphs = "".join(f"<p>{p}</p>" for p in ([first_line] if first_line else []) + TEXT)
    return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8">
<meta name="generator" content="WordPress 6.4.3"><title>ประชุมพืชหลังนา – สำนักงาน</title></head>
<body><main><div class="wp-block-group"><h1 class="wp-block-post-title">{HEADLINE}</h1></div>
<div class="entry-content wp-block-post-content">{paragraphs}</div>
<div class="wp-block-group"><div class="wp-block-group is-layout-flex">
<div class="wp-block-post-date">{TIME}</div>
<p>ใน</p><div class="wp-block-post-terms"><a href="/category/news/" rel="tag">ข่าว</a></div></div>
<nav aria-label="posts"><div class="post-navigation-link-next"><a href="{NEIGHBOUR}" rel="next">
ข่าวกิจกรรมอื่นของสำนักงานเกษตรจังหวัด</a></div></nav></div></main></body></html>""".encode()


def test_a_lone_next_post_link_beside_the_date_row_is_no_card() -> None:
    """The first or last post has one neighbour: its link makes the date row no related card."""
    record = extract_bytes(block_theme_post(), url=URL, cms="wordpress")
    assert record["published_at"] == "2024-04-06T13:21:00+07:00"
    root = lxml_html.fromstring(block_theme_post())
    (time,) = root.iter("time")
    assert not in_card(time, URL, lambda href: "http://127.0.0.1:8000" + href)


def test_a_related_card_still_is_one() -> None:
    """Without prev/next marks the same single link is another article's card."""
    page = block_theme_post().replace(b' rel="next"', b"").replace(b"<nav", b"<div")
    page = page.replace(b"</nav>", b"</div>")
    root = lxml_html.fromstring(page)
    (time,) = root.iter("time")
    assert in_card(time, URL, lambda href: "http://127.0.0.1:8000" + href)


def test_a_date_line_of_the_text_gives_way_to_the_posts_time_element() -> None:
    """A report's "ประจำวันที่ ..." line under its headline is the story's day; the template's
    <time datetime> of another day under the text is the post's."""
    page = block_theme_post(first_line="ประจำวันที่ 9 กรกฎาคม 2563")
    record = extract_bytes(page, url=URL, cms="generic")
    assert record["published_at"] == "2024-04-06T13:21:00+07:00"
    assert "ประจำวันที่ 9 กรกฎาคม 2563" in record["body"]


def test_the_date_line_stands_when_no_time_element_disagrees() -> None:
    page = block_theme_post(first_line="ประจำวันที่ 6 เมษายน 2567")
    page = page.replace(TIME.encode(), b"")
    record = extract_bytes(page, url=URL, cms="generic")
    assert (record["published_at"] or "").startswith("2024-04-06")


def test_a_comment_among_the_text_is_no_element() -> None:
    """A comment child (a template's `<!-- ... -->`) has no text of an element: None, no error."""
    root = lxml_html.fromstring("<div><!-- start of text --><p>ข้อความ</p></div>")
    assert element_text(root[0]) is None
    assert element_text(root[1]) == "ข้อความ"


def test_a_family_layout_that_raises_loses_no_article(monkeypatch) -> None:
    """A family rule choking on a template is read as an unknown site would be, and says so."""
    joomla = LAYOUTS["joomla"]

    def choke(*args, **kwargs):
        raise ValueError("Input object is not an XML element: HtmlComment")

    monkeypatch.setattr(joomla, "extract", choke)
    page = Page.from_bytes(block_theme_post(), "text/html; charset=utf-8")
    article = read_article(joomla, page, URL, site="s")
    assert article.title == HEADLINE
    assert TEXT[1] in (article.body or "") or article.body_html
    failed = "layout: the joomla layout failed (ValueError"
    assert any(p.startswith(failed) for p in article.problems)


def test_a_family_listing_rule_that_raises_reads_the_listing_generically(monkeypatch) -> None:
    from pipelines.layouts import read_links_checked

    joomla = LAYOUTS["joomla"]

    def choke(*args, **kwargs):
        raise ValueError("Input object is not an XML element: HtmlComment")

    items = "".join(
        f'<li><h3><a href="/news/{n}.html">ข่าวกิจกรรมของสำนักงานประจำสัปดาห์ที่ {n} ของเดือน</a>'
        "</h3><span>3 ต.ค. 2561</span></li>"
        for n in range(1, 7)
    )
    page = Page.from_bytes(
        f"<html><body><ul class='news'>{items}</ul></body></html>".encode(),
        "text/html; charset=utf-8",
    )
    monkeypatch.setattr(joomla, "extract_links", choke)
    links, held = read_links_checked(joomla, page, "http://127.0.0.1/news/")
    assert [u for u, _ in links] == [f"http://127.0.0.1/news/{n}.html" for n in range(1, 7)]
    assert held is False


def test_a_barred_meta_row_with_a_month_first_date_and_badges_is_meta() -> None:
    """WordPress's "M j, Y" in Thai, a bare category and an empty comment bubble between bars."""
    from pipelines.boilerplate import match_meta_row

    row = match_meta_row("โดย editor | ก.ค. 9, 2024 | ข่าวกิจกรรม | | เข้าชม 1,024 ครั้ง")
    assert row is not None
    assert row.data == {"published_raw": "ก.ค. 9, 2024", "view_count": "1,024"}


def test_a_barred_meta_row_of_labelled_poster_and_category_is_meta() -> None:
    """A weekday date, then "โดย : <login>" and "หมวด : <category>": no counter, still meta."""
    from pipelines.boilerplate import match_meta_row

    row = match_meta_row("อังคาร ๓ ต.ค. ๖๑ | โดย : staff01 | หมวด : ข่าวกิจกรรม")
    assert row is not None and row.data == {"published_raw": "อังคาร ๓ ต.ค. ๖๑"}


def test_a_barred_line_of_the_story_is_no_meta_row() -> None:
    from pipelines.boilerplate import match_meta_row

    assert match_meta_row("5 มี.ค. 2567 | ข่าวประชาสัมพันธ์") is None  # nothing labelled
    story = "ต.ค. 3, 2561 | รัฐมนตรีลงพื้นที่ตรวจเยี่ยมประชาชนและมอบนโยบายแก่ผู้ว่าราชการจังหวัด"
    assert match_meta_row(story + " | อ่าน 5 ครั้ง") is None  # an item of the story's words
