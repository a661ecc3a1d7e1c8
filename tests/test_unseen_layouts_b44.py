"""Rules from the forty-fourth blind round, each on a small page of the shape that showed it."""

from __future__ import annotations

from crawler.extract import extract_bytes
from crawler.items import Article
from pipelines.boilerplate import match_meta_row
from pipelines.layouts import layout
from pipelines.layouts.base import Page
from pipelines.normalize import not_an_article

HEADLINE = "กรมส่งเสริมสหกรณ์จัดอบรมพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ทั่วประเทศ"
TEXT = (
    "กรมส่งเสริมสหกรณ์จัดการอบรมหลักสูตรพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ให้แก่ผู้ตรวจสอบกิจการ "
    "จากสหกรณ์ทั่วประเทศ เพื่อให้การตรวจสอบกิจการเป็นไปอย่างมีประสิทธิภาพและโปร่งใส"
)


def test_the_time_opening_the_toolbar_under_the_headline_times_the_badges_day() -> None:
    """A date badge above the headline, the time first in the toolbar under it."""
    page = f"""<html><head><meta charset="utf-8"><title>กรมส่งเสริมสหกรณ์</title></head><body>
<h1>ข่าวประชาสัมพันธ์</h1><main><div class="news-detail"><div class="head">
<div class="badge"><span>๒๖</span><span>พ.ย.</span><span>๖๖</span></div>
<div class="topic">{HEADLINE}
</div></div><div class="toolbar"><div class="info"><span>เวลา ๑๓.๑๘ น.</span>
<span>การเข้าชม ๙ ครั้ง</span></div><div class="share"><span>แชร์หน้านี้</span></div></div>
<div class="text"><p>{TEXT}</p><p>{TEXT}</p></div></div></main></body></html>""".encode()
    record = extract_bytes(page, url="http://h/th/news/detail/x-5161", cms="generic")
    assert record["published_at"] == "2023-11-26T13:18:00+07:00"


def cutenews_page(rows: str) -> Page:
    return Page(text=f"<html><body><div id='news'>{rows}</div></body></html>")


def story(n: int) -> str:
    """One story of a CuteNews list: the headline unlinked, a read-more and a comments link."""
    query = f"subaction=showfull&amp;id={n}&amp;archive=&amp;start_from=&amp;ucat=1&amp;"
    comments = query.replace("showfull", "showcomments")
    return (
        f"<div><div><b>{HEADLINE} ครั้งที่ {n}</b></div><div>{TEXT[:60]}</div>"
        f'<div><a href="/news/index.php?{query}">อ่านต่อ...</a> | '
        f'<a href="/news/index.php?{comments}">ความคิดเห็น (2)</a></div>'
        f"<div><em>โพสต์เมื่อ 07 Jun 2005 โดย admin</em></div></div>"
    )


def test_a_list_page_sharing_its_stories_address_shape_lists_their_read_more_links() -> None:
    """CuteNews pages its list with the stories' own query names (?start_from=8&...&id=&):
    the stories' read-more links are its entries; the comments links are no other article."""
    page = cutenews_page("".join(story(n) for n in (11, 12, 13)))
    url = "http://h/news/index.php?start_from=8&ucat=&archive=&subaction=&id=&"
    links = [href for href, _ in layout("generic").extract_links(page, url)]
    assert links == [
        f"http://h/news/index.php?subaction=showfull&id={n}&archive=&start_from=&ucat=1&"
        for n in (11, 12, 13)
    ]


def test_the_labelled_post_date_beats_the_comments_dates() -> None:
    """ "โพสต์เมื่อ 25 Jun 2005 โดย admin" under the text, comments signed "@ date time" after."""
    comments = "".join(
        f"<div><font size=2>ขอบคุณสำหรับข่าวสารครับ {n}</font><br><font size=1><i>โดย <b>ผู้อ่าน {n}"
        f"</b> @ 2{n} Jun 2005 16:09</i></font></div>"
        for n in (6, 7)
    )
    page = f"""<html><head><title>อบต.บ้านธิ</title></head><body><table><tr><td>
<div><font size=3><b>{HEADLINE}</b></font></div><div><font size=2>{TEXT}<br><br>{TEXT}</font></div>
<div><font size=1><em>โพสต์เมื่อ 25 Jun 2005 โดย admin</em></font></div>
<p><b>ความคิดเห็น (2)</b></p>{comments}</td></tr></table></body></html>""".encode("cp874")
    record = extract_bytes(
        page, url="http://h/news/index.php?subaction=showfull&id=1", cms="generic"
    )
    assert record["published_at"] == "2005-06-25"
    assert "โพสต์เมื่อ" not in record["body"]


def test_cutenews_missing_story_message_is_no_article() -> None:
    article = Article(
        url="u", site="s", title="อบต.บ้านธิ", body="Can not find an article with id: 77"
    )
    assert not_an_article(article) is not None


def test_a_login_badge_in_a_barred_meta_row_is_a_byline() -> None:
    found = match_meta_row("18 มิ.ย. 2024 | 07:04 น. | pr01 | ข่าวประชาสัมพันธ์ | แก้ไขล่าสุด 23 มิ.ย. 2024")
    assert found is not None and found.data["modified_raw"] == "23 มิ.ย. 2024"
