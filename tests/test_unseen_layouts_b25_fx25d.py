"""Rules the twenty-fifth blind round showed on a Joomla 2.5 site (beez_20, SEF off) and an old
PHP news script built with Dreamweaver MX, each checked on a small page written here:

- Joomla 1.6-2.5's category blog prints no microdata: its leading items (div.leading-N) are
  listed with the intro items' rows;
- a breadcrumb's last crumb repeats the headline far above the article: it is not where the
  title is printed, so the info block's "สร้างเมื่อ" date beside the real headline is found (not
  a comment's date, a date told in the text, or the date alias in the URL's query);
- a labelled meta row "โพสต์เมื่อ : 26 มี.ค. 2567, 10:54 | เปิดอ่าน : 4747 ครั้ง" (a comma before
  the time) gives the date and the counter, not another item's date from a list below;
- an image-only pager (`<img src="Next.gif">`, Dreamweaver's recordset navigation) pages on;
- a page labelling its publication as the Unix epoch (an empty recordset) holds no article.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

from pipelines import boilerplate
from pipelines.layouts import Page, layout, read_article
from pipelines.normalize import normalize_article

HEADLINE = "สำนักงานประมงจังหวัดจัดกิจกรรมปล่อยพันธุ์สัตว์น้ำคืนสู่ธรรมชาติ เนื่องในวันประมงแห่งชาติ"
TEXT = (
    "สำนักงานประมงจังหวัดร่วมกับเครือข่ายชาวประมงพื้นบ้านจัดกิจกรรมปล่อยพันธุ์สัตว์น้ำ จำนวน "
    "ห้าแสนตัว ณ ท่าเทียบเรือประมง เพื่อฟื้นฟูทรัพยากรสัตว์น้ำชายฝั่งและสร้างรายได้แก่ชุมชน "
) * 2


def _record(html: str, cms: str, url: str) -> dict:
    article = read_article(layout(cms), Page(text=html), url)
    return normalize_article(article).record()


def _blog_item(aid: int, cls: str) -> str:
    href = (
        f"/index.php?option=com_content&amp;view=article&amp;id={aid}:2024-08-0{aid % 9}-01-02-03"
        "&amp;catid=8&amp;Itemid=102"
    )
    return f"""<div class="{cls}"><h2><a href="{href}">ข่าวที่ {aid} {HEADLINE}</a></h2>
<dl class="article-info"><dd class="create">สร้างเมื่อ วันศุกร์, 09 สิงหาคม 2024 10:36</dd></dl>
<p>{TEXT}</p><p class="readmore"><a href="{href}">อ่านเพิ่มเติม</a></p></div>"""


def test_a_joomla_25_blog_lists_its_leading_item_with_the_intro_items() -> None:
    html = f"""<html><body><div class="blog"><h1>ข่าวประชาสัมพันธ์</h1>
{_blog_item(1, "leading-0")}
<div class="items-row cols-1 row-0">{_blog_item(2, "item column-1")}
{_blog_item(3, "item column-1")}</div>
</div></body></html>"""
    url = "http://h.go.th/index.php?option=com_content&view=category&layout=blog&id=8&Itemid=102"
    links = layout("joomla").extract_links(Page(text=html), url)
    ids = [parse_qs(urlsplit(href).query)["id"][0].split(":")[0] for href, _ in links]
    assert ids == ["1", "2", "3"]


ALIAS_URL = (
    "http://h.go.th/index.php?option=com_content&view=article&id=345:2024-08-21-06-51-45"
    "&catid=8:2012-05-14-02-21-45&Itemid=102"
)


def _joomla25_article() -> str:
    """J2.5's article view under beez_20: the logo in an h1, the breadcrumb trail ending with
    the headline, the menu's page heading as h1, the headline a linked h2, dl.article-info
    with the creation date (Thai weekday and month, CE year), a dateline of another year in
    the text and a JComments comment with its own date under the text."""
    crumbs = "".join(f"<li>ข่าวที่ {n}</li>" for n in range(40))  # a long menu between
    return f"""<html><head><title>{HEADLINE}</title></head><body>
<div id="header"><h1 id="logo"><span class="header1">กรมประมง จังหวัดชายฝั่ง</span></h1></div>
<div id="breadcrumbs"><div class="breadcrumbs"><span class="showHere">คุณอยู่ที่: </span>
<a href="/index.php" class="pathway">หน้าแรก</a> <span>{HEADLINE}</span></div></div>
<div id="nav"><ul class="menu">{crumbs}</ul></div>
<div id="main"><div class="item-page"><h1>ข่าวประชาสัมพันธ์</h1>
<h2><a href="{ALIAS_URL.replace("&", "&amp;")}">{HEADLINE}</a></h2>
<ul class="actions"><li class="print-icon"><a href="/p"><img src="/p.png" alt="พิมพ์"></a></li></ul>
<dl class="article-info"><dt class="article-info-term">รายละเอียด</dt>
<dd class="create">สร้างเมื่อ วันพุธ, 21 สิงหาคม 2024 13:51</dd>
<dd class="createdby">เขียนโดย pr_office</dd><dd class="hits">ฮิต: 4107</dd></dl>
<p>เนื่องในโอกาสวันเฉลิมพระชนมพรรษา 12 สิงหาคม 2560 {TEXT}</p><p>{TEXT}</p>
<div id="jc"><div id="comments"><h4>ความคิดเห็น (1)</h4><div class="comments-list">
<div class="comment"><span class="comment-author">ผู้ใช้ทั่วไป</span>
<span class="comment-date">2024-08-26 14:18</span><div class="comment-body">ขอบคุณข้อมูลครับ</div></div>
</div></div></div></div></div></body></html>"""


def test_the_created_date_beside_the_headline_beats_comment_text_and_url_dates() -> None:
    record = _record(_joomla25_article(), "generic", ALIAS_URL)
    assert record["title"] == HEADLINE
    assert record["published_at"] == "2024-08-21T13:51:00+07:00"


def test_a_labelled_date_with_a_comma_before_its_time_and_a_counter() -> None:
    said = boilerplate.match_line("โพสต์เมื่อ : 26 มี.ค. 2567, 10:54 | เปิดอ่าน : 4747 ครั้ง")
    assert said is not None
    assert said.data == {"published_raw": "26 มี.ค. 2567, 10:54", "view_count": "4747"}


def _php_news(row: str, nid: int = 1212) -> str:
    """A table-layout news script: the site-wide visitor counter in the left column, the
    headline in span.topic, one cell with the date and the counter, the last edit as a MySQL
    timestamp, other items with their dates below, an image-only pager elsewhere."""
    others = "".join(
        f'<tr><td class="text"><a href="news_detail.php?news_id={n}" class="link">ข่าวอื่นที่ {n} '
        f'{HEADLINE}</a> <span class="small">(2{n % 9} มี.ค. 2567)</span></td></tr>'
        for n in range(1200, 1205)
    )
    return f"""<html><head><title>ที่ว่าการอำเภอ</title></head><body>
<table><tr><td width="180"><table>
<tr><td class="small">จำนวนผู้เข้าชม : 245,871 คน<br>ออนไลน์ : 4 คน<br>เริ่มนับ 1 ต.ค. 2549</td></tr>
</table></td><td><table>
<tr><td class="head_w">ข่าวประชาสัมพันธ์</td></tr>
<tr><td><span class="topic">{HEADLINE}</span></td></tr>
<tr><td class="small">{row}</td></tr>
<tr><td class="detail">{TEXT}<br><br>{TEXT}</td></tr>
<tr><td class="small" align="right">แก้ไขล่าสุด : 2024-04-01 12:42:00</td></tr>
</table><table><tr><td class="head"><b>ข่าวอื่นๆ</b></td></tr>{others}</table>
</td></tr></table></body></html>"""


def test_a_labelled_meta_row_gives_the_date_and_counter_not_a_listed_item() -> None:
    url = "http://h.go.th/news_detail.php?news_id=1212"
    row = "โพสต์เมื่อ : 26 มี.ค. 2567, 10:54 &nbsp;|&nbsp; เปิดอ่าน : 4747 ครั้ง"
    record = _record(_php_news(row), "generic", url)
    assert record["published_at"] == "2024-03-26T10:54:00+07:00"
    assert record["view_count"] == 4747
    assert record["modified_at"] == "2024-04-01T12:42:00+07:00"
    assert "โพสต์เมื่อ" not in record["body"]
    no_time = _record(_php_news(row.replace(", 10:54", "")), "generic", url)
    assert no_time["published_at"] == "2024-03-26"


def test_an_image_only_next_link_pages_the_listing() -> None:
    html = f"""<html><body><table>
<tr><td><a href="news_detail.php?news_id=1212">{HEADLINE}</a></td></tr>
<tr><td><a href="news_detail.php?news_id=1211">ข่าวที่สอง {HEADLINE}</a></td></tr></table>
<table><tr><td>&nbsp;</td><td>&nbsp;</td>
<td><a href="/news.php?pageNum_rsNews=1&amp;totalRows_rsNews=23"><img src="Next.gif"></a></td>
<td><a href="/news.php?pageNum_rsNews=2&amp;totalRows_rsNews=23"><img src="Last.gif"></a></td>
</tr></table></body></html>"""
    found = layout("generic").next_page(Page(text=html), "http://h.go.th/news.php")
    assert found == "http://h.go.th/news.php?pageNum_rsNews=1&totalRows_rsNews=23"


def test_a_page_dated_the_unix_epoch_is_an_empty_recordset() -> None:
    url = "http://h.go.th/news_detail.php?news_id=1187"
    html = _php_news("โพสต์เมื่อ : 1 ม.ค. 2513, 07:00 &nbsp;|&nbsp; เปิดอ่าน :  ครั้ง")
    html = html.replace(HEADLINE, "", 1).replace(f"{TEXT}<br><br>{TEXT}", "")
    record = _record(html, "generic", url)
    assert record["body"] is None
    assert record["title"] is None
