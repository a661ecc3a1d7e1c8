# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-second blind round showed (fixer F), each checked on a small page.

Generic path: a news item's info line (its date, then "by <poster>") and a press release's
serial number are furniture; a picture linked to its full-size file (a lightbox) between a
short opening paragraph and the long text does not cut the opening off.
Families read their CMS under any theme: a Drupal 7 node's title from the RDF module's
dc:title, its body field before a theme's node__content wrapper; a WordPress post's
Kubrick-style div.entry in its .hentry, tags printed after the entry, Social Warfare's share
panel out of the body.
"""

from __future__ import annotations

from crawler.items import Article
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.normalize import normalize_article
from pipelines.text import clean_lines
from tests.test_unseen_layouts_b9_cms import _record

HEADLINE = "สำนักงานพลังงานจังหวัดจัดอบรมการใช้พลังงานแสงอาทิตย์ในชุมชนเกษตรกร"
OPENING = "สำนักงานพลังงานจังหวัดตัวอย่างจัดอบรมเชิงปฏิบัติการเรื่องการติดตั้งระบบสูบน้ำพลังงานแสงอาทิตย์ให้แก่กลุ่มเกษตรกร ณ ศาลาประชาคมอำเภอเมือง"
LONG = "ผู้เข้าอบรมได้เรียนรู้การคำนวณขนาดแผงโซลาร์เซลล์และการดูแลรักษาระบบเพื่อลดต้นทุนการผลิตทางการเกษตร " * 16
URL = "http://energy.example.go.th/news-detail/item-42.html"


def _news_reader(*, info: str = "", subheadline: str = "") -> str:
    """A news reader's full view: headline, info row, subheadline, text elements."""
    return f"""<html><head><title>{HEADLINE} - สำนักงานพลังงานจังหวัดตัวอย่าง</title></head><body>
<header><a href="/">สำนักงานพลังงานจังหวัดตัวอย่าง</a><nav><a href="/">หน้าแรก</a> <a href="/news.html">ข่าว</a></nav></header>
<main><div class="reader"><div class="full" itemscope itemtype="http://schema.org/Article">
<h1 itemprop="name">{HEADLINE}</h1>
{info}
{subheadline}
<div class="text-el"><p>{OPENING}</p></div>
<div class="image-el"><figure><a href="files/news/item-42-01.jpg" data-lightbox="item-42"><img src="assets/images/item-42-01.jpg" width="800" height="533" alt=""></a><figcaption>ภาพประกอบข่าว</figcaption></figure></div>
<div class="text-el"><p>{LONG}</p></div>
</div></div></main>
<footer>สำนักงานพลังงานจังหวัดตัวอย่าง ศาลากลางจังหวัด</footer></body></html>"""


INFO = '<p class="info"><time datetime="2024-03-04T10:20:00+07:00">04.03.2024 10:20</time> by นางสาวสมใจ ใจดี </p>'


def test_the_opening_paragraph_before_a_lightbox_picture_is_the_texts() -> None:
    body = _record(_news_reader(info=INFO), URL)["body"]
    assert OPENING in body and LONG.split()[0] in body
    assert "ภาพประกอบข่าว" not in body


def test_a_dated_info_line_naming_its_poster_is_furniture() -> None:
    record = _record(_news_reader(info=INFO), URL)
    assert "04.03.2024" not in record["body"] and "ใจดี" not in record["body"]
    assert record["published_at"] == "2024-03-04T10:20:00+07:00"
    assert OPENING in record["body"]


def test_a_press_release_number_under_the_headline_is_furniture() -> None:
    sub = '<h2 itemprop="headline">ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567</h2>'
    body = _record(_news_reader(info=INFO, subheadline=sub), URL)["body"]
    assert "ฉบับที่" not in body and OPENING in body


def test_a_sentence_opening_with_a_date_and_by_is_kept() -> None:
    sentence = "5 มี.ค. 2567 โดย นายสมชาย ใจดี ผู้ว่าราชการจังหวัด เป็นประธานเปิดงาน"
    html = _news_reader(info=INFO).replace(
        f"<p>{OPENING}</p>", f"<p>{OPENING}</p><p>{sentence}</p>"
    )
    assert sentence in _record(html, URL)["body"]


D7_TITLE = "จังหวัดตัวอย่างจัดกิจกรรมวันเด็กแห่งชาติ ประจำปี 2567 ณ ศาลากลางจังหวัด"
D7_TEXT = "ผู้ว่าราชการจังหวัดตัวอย่างเป็นประธานเปิดงานวันเด็กแห่งชาติ มีเด็กและเยาวชนร่วมกิจกรรมกว่าหนึ่งพันคน " * 3


def _drupal7_node() -> str:
    """A Drupal 7 node page under a theme printing D8's BEM node classes and a bare h1."""
    return f"""<html><head><meta name="Generator" content="Drupal 7 (http://drupal.org)"><title>{D7_TITLE} | สำนักงานจังหวัด</title></head><body>
<div class="page"><div class="content" role="main"><h1>{D7_TITLE}</h1>
<article about="/news/1" typeof="sioc:Item foaf:Document" role="article" class="node node--news node--full">
<span property="dc:title" content="{D7_TITLE}" class="rdf-meta element-hidden"></span>
<footer class="node__submitted"><p class="submitted"><span property="dc:date dc:created" content="2024-01-13T09:30:00+07:00" datatype="xsd:dateTime">ส่งโดย editor เมื่อ ส., 01/13/2024 - 09:30</span></p></footer>
<div class="node__content">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{D7_TEXT}</p></div></div></div>
<div class="service-links"><div class="service-label">แบ่งปัน: </div><ul class="links"><li><a href="https://www.facebook.com/sharer.php?u=x" rel="nofollow">Facebook</a></li></ul></div>
</div></article></div></div></body></html>"""


def _read(cms: str, html: str, url: str) -> Article:
    return read_article(layout(cms), Page(text=html), url)


def test_a_drupal7_node_is_read_by_its_family_under_any_theme() -> None:
    article = _read("drupal", _drupal7_node(), "http://d7.example.go.th/news/1")
    assert article.problems == []
    assert article.title == D7_TITLE
    record = normalize_article(article).record()
    assert record["body"] == " ".join(D7_TEXT.split())
    assert record["published_at"] == "2024-01-13T09:30:00+07:00"


WP_TITLE = "กระทรวงตัวอย่างลงพื้นที่รับฟังปัญหาเกษตรกรผู้ได้รับผลกระทบจากอุทกภัย"
WP_TEXT = "ปลัดกระทรวงตัวอย่างลงพื้นที่รับฟังปัญหาของเกษตรกรและมอบถุงยังชีพแก่ผู้ได้รับผลกระทบจากน้ำท่วม " * 3


def _wp_post() -> str:
    """A single post of a theme printing Kubrick's div.entry and its tags after the post."""
    share = (
        '<div class="swp_social_panel swp_horizontal_panel" data-position="{pos}">'
        '<div class="nc_tweetContainer swp_share_button swp_facebook"><a class="nc_tweet swp_share_link" '
        'href="https://www.facebook.com/share.php?u=x"><span class="swp_count">26 <span class="swp_share">Share</span></span></a></div>'
        '<div class="nc_tweetContainer swp_share_button total_shares"><span class="swp_count">48 <span class="swp_label">Shares</span></span></div></div>'
    )
    return f"""<html><head><title>{WP_TITLE} | กระทรวงตัวอย่าง</title></head>
<body class="post-template-default single single-post postid-77 single-format-standard"><div class="content">
<article class="post-listing post-77 post type-post status-publish format-standard hentry category-news" id="the-post">
<div class="post-inner"><h1 class="name post-title entry-title"><span itemprop="name">{WP_TITLE}</span></h1>
<p class="post-meta"><span class="tie-date">25 ก.ย. 2024</span> <span class="post-cats"><a href="/category/news/" rel="category tag">ข่าว</a></span></p>
<div class="entry">{share.format(pos="above")}<p>{WP_TEXT}</p>{share.format(pos="below")}</div>
<span style="display:none" class="updated">2024-09-25</span></div></article>
<p class="post-tag">แท็ก <a href="/tag/t1/" rel="tag">เกษตรกร</a> <a href="/tag/t2/" rel="tag">อุทกภัย</a></p>
</div></body></html>"""


def test_a_wordpress_post_in_kubricks_entry_div_is_read_by_its_family() -> None:
    article = _read("wordpress", _wp_post(), "http://wp.example.go.th/news/77.html")
    assert article.problems == []
    record = normalize_article(article).record()
    assert record["body"] == " ".join(WP_TEXT.split())
    assert sorted(record["tags"]) == ["อุทกภัย", "เกษตรกร"]


def test_a_release_number_alone_on_its_line_is_dropped() -> None:
    lines = [
        "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567",
        "ข่าวที่ ๔๒/๒๕๖๗",
        OPENING,
        "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 กระทรวงพลังงานแจ้งผลการดำเนินงาน",
    ]
    assert clean_lines(lines).body == "\n".join(lines[2:])
