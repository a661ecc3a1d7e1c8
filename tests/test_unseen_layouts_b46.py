"""Rules from the forty-sixth blind round, each on a small page of the shape that showed it.

The Geeklog story page and its withheld twin are fixture pairs (tests/fixtures/generic/
article_weblog_*): a title naming the site's logo, a topic icon in the text, Geeklog's dateline
and poster, an access-denied block title. The dateline and "ส่งโดย:" rules have line cases in
tests/test_boilerplate.py. The Salient post whose tags follow its <article> is a fixture pair
(tests/fixtures/wordpress/article_salient_tags_after_article).
"""

from __future__ import annotations

from crawler.extract import extract_bytes
from pipelines.layouts import layout
from pipelines.layouts.base import Page

HEADLINE = "กรมส่งเสริมสหกรณ์จัดอบรมพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ทั่วประเทศ"
TEXT = (
    "กรมส่งเสริมสหกรณ์จัดการอบรมหลักสูตรพัฒนาศักยภาพผู้ตรวจสอบกิจการสหกรณ์ให้แก่ผู้ตรวจสอบกิจการ "
    "จากสหกรณ์ทั่วประเทศ เพื่อให้การตรวจสอบกิจการเป็นไปอย่างมีประสิทธิภาพและโปร่งใส"
)


def test_a_right_aligned_sign_off_with_its_phone_line_is_the_source() -> None:
    """The office flush right under the text, its phone line under it in the same block."""
    page = f"""<html><head><meta charset="utf-8"><title>ศูนย์พัฒนาฝีมือแรงงาน</title></head>
<body><div class="news"><p class="title">{HEADLINE}</p><div class="text"><p>{TEXT}</p>
<p>{TEXT}</p><p style="text-align:right">งานประชาสัมพันธ์ ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์
<br>โทร. ๐ ๕๖๒๒ ๗๑๔๕</p></div></div></body></html>""".encode()
    record = extract_bytes(page, url="http://h/news/view/1214", cms="generic")
    assert record["source"] == "งานประชาสัมพันธ์ ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์"
    assert "โทร." not in record["body"]
    assert record["body"].endswith("โปร่งใส")


def test_a_contact_sentence_of_the_text_stays() -> None:
    """A release asking readers to call: its own sentence, not a sign-off's line."""
    page = f"""<html><head><meta charset="utf-8"><title>x</title></head><body><article>
<h1>{HEADLINE}</h1><div class="text"><p>{TEXT}</p><p>{TEXT}</p>
<p>สอบถามรายละเอียดเพิ่มเติมได้ที่ โทร. ๐ ๕๖๒๒ ๗๑๔๕ ในวันและเวลาราชการ</p></div></article>
</body></html>""".encode()
    record = extract_bytes(page, url="http://h/news/view/1", cms="generic")
    assert "สอบถามรายละเอียดเพิ่มเติมได้ที่ โทร." in record["body"]


def story(n: int) -> str:
    """One story of a weblog front page: an unlinked headline, a teaser, a footer row with a
    read-more and a comments link (Geeklog's storyfooter)."""
    return (
        f'<table class="story"><tr><td class="storytitle"><b>{HEADLINE} ครั้งที่ {n}</b></td>'
        f'<td><a href="/article.php?story={n}&amp;mode=print"><img src="p.gif" alt="พิมพ์"></a>'
        f'</td></tr><tr><td class="storytext">{TEXT[:90]}</td></tr><tr><td class="storyfooter">'
        f'<a href="/article.php?story={n}">อ่านต่อ...</a> | <a href="/article.php?story={n}'
        f'#comments">0 ความคิดเห็น</a></td></tr></table>'
    )


def test_read_more_links_in_each_entrys_footer_are_the_listings_entries() -> None:
    """Page 2 of a weblog: its stories' only links sit in per-story footers, beside a sidebar
    listing the newest stories' headlines on every page."""
    sidebar = "".join(
        f'<li><a href="/article.php?story={n}">{HEADLINE} ฉบับที่ {n}</a></li>' for n in (1, 2, 3)
    )
    page = Page(
        text=f"""<html><body><table><tr><td class="centerblocks">{story(21)}{story(22)}
{story(23)}</td><td class="rightblocks"><ul>{sidebar}</ul></td></tr></table></body></html>"""
    )
    links = {href for href, _ in layout("generic").extract_links(page, "http://h/index.php?page=2")}
    assert {f"http://h/article.php?story={n}" for n in (21, 22, 23)} <= links
