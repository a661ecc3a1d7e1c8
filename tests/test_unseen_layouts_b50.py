"""Rules from the fiftieth blind round, each on a small page of the shape that showed it.

Counters in brackets ("อ่าน (๓๕๒)"), download counts and a time before a counter have line
cases in tests/test_boilerplate.py.
"""

from __future__ import annotations

from crawler.urls import canonical_url
from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page, anchor_texts
from pipelines.normalize import normalize_article
from pipelines.text import aligned_sign_off

HEADLINE = "รมว.ศธ.กล่าวสุนทรพจน์การประชุมสมัยสามัญของยูเนสโก ครั้งที่ 39 ที่ฝรั่งเศส"
TEXT = (
    "<p>นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ ประธานคณะกรรมการแห่งชาติ"
    "ว่าด้วยการศึกษา วิทยาศาสตร์ และวัฒนธรรม แห่งสหประชาชาติ ในฐานะหัวหน้าคณะผู้แทนไทย กล่าว"
    "สุนทรพจน์ในการประชุมสมัยสามัญของยูเนสโก ครั้งที่ 39 ณ กรุงปารีส สาธารณรัฐฝรั่งเศส</p>"
    "<p>ประเทศไทยให้ความสำคัญกับการพัฒนาการศึกษาเพื่อความยั่งยืน และพร้อมร่วมมือกับประเทศสมาชิก"
    "ในการขับเคลื่อนเป้าหมายการพัฒนาที่ยั่งยืนด้านการศึกษา โดยเฉพาะการศึกษาตลอดชีวิตสำหรับทุกคน</p>"
)


def wordpress_post(meta: str) -> Page:
    """An MH Magazine-like post: one date marked "updated", the counter abbreviated."""
    return Page(
        text="<html><head><meta name='generator' content='WordPress 6.5'></head><body>"
        f"<article class='post hentry'><header class='entry-header'><h1 class='entry-title'>"
        f"{HEADLINE}</h1><p class='entry-meta'>{meta}</p></header>"
        f"<div class='entry-content'>{TEXT}</div></article></body></html>"
    )


META = (
    "<span class='entry-meta-date updated'><i class='fa fa-clock-o'></i>"
    "<a href='/2024/06/'>June 24, 2024</a></span> "
    "<span class='entry-meta-views' title='1,251 views'><i class='fa fa-eye'></i>1.3K</span>"
)


def test_a_themes_one_date_marked_updated_is_no_modification() -> None:
    for cms in ("wordpress", "generic"):
        article = normalize_article(
            read_article(layout(cms), wordpress_post(META), "http://h/news/pr/x-1/")
        )
        assert article.published_at == "2024-06-24", cms
        assert article.modified_at is None, cms


def test_a_counter_shown_abbreviated_is_read_from_its_tooltip() -> None:
    for cms in ("wordpress", "generic"):
        article = normalize_article(
            read_article(layout(cms), wordpress_post(META), "http://h/news/pr/x-1/")
        )
        assert article.view_count == 1251, cms


def test_a_read_more_button_naming_its_article_in_its_title_gives_the_headline() -> None:
    rows = "".join(
        f"<article><h3><a href='/news/x-{n}/'>{HEADLINE} {n}</a></h3><div class='excerpt'><p>"
        f"นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ ประธานคณะกรรมการ &#8230; "
        f"<a href='/?p={n}' title='{HEADLINE} {n}'>อ่านต่อ &raquo;</a></p></div></article>"
        for n in range(1, 4)
    )
    page = Page(text=f"<html><body>{rows}</body></html>")
    key = canonical_url("http://h/?p=2")
    assert anchor_texts(page, "http://h/category/news/", {key})[key] == f"{HEADLINE} 2"


def test_a_print_icon_beside_each_row_links_no_article() -> None:
    rows = "".join(
        f"<tr><td><a href='/news/news_view.php?id={n}&PHPSESSID=ab12'>{HEADLINE} {n}</a> "
        f"<span>(๑๙ ธ.ค. ๕๓)</span></td><td><a href='/news/news_print.php?id={n}&PHPSESSID=ab12'>"
        "<img src='/images/icon_print_s.gif' alt='ฉบับพิมพ์'></a></td></tr>"
        for n in range(1, 7)
    )
    page = Page(text=f"<html><body><table>{rows}</table></body></html>")
    links = [href for href, _ in layout("generic").extract_links(page, "http://h/news/index.php")]
    assert links and all("news_view.php" in href for href in links)


def test_a_photo_credit_under_the_sign_off_leaves_the_office_the_source() -> None:
    import lxml.html

    body = lxml.html.fromstring(
        f"<div>{TEXT}<p align='right'><b>ด่านกักกันสัตว์อุตรดิตถ์</b></p>"
        "<p align='right'><font size='2'>ภาพ : นายสมศักดิ์ แก้วมณี</font></p></div>"
    )
    assert aligned_sign_off(body) == "ด่านกักกันสัตว์อุตรดิตถ์"
