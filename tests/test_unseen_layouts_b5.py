"""Rules for layouts of the fifth blind round, each on small hand-made pages.

Dates and headlines of other articles' cards printed in a post (related grids, latest lists),
a post holding such cards is no listing.
"""

from __future__ import annotations

from pipelines.layouts import LAYOUTS, Page, is_listing, layout, read_article
from pipelines.layouts.base import first_own, node_text
from pipelines.layouts.cards import in_card

URL = "http://h.go.th/2019/11/12/compost/"
CARDS = "".join(
    f'<article class="post"><h4><a href="http://h.go.th/2019/11/0{n}/story-{n}/">'
    f"ข่าวกิจกรรมของสำนักงานเกษตร เรื่องที่ {n}</a></h4>"
    f'<time class="published" datetime="2019-11-0{n}T09:00:00+07:00">{n} พ.ย. 2562</time></article>'
    for n in (1, 8)
)
TEXT = (
    "<p>สำนักงานเกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพให้สมาชิกกลุ่มวิสาหกิจชุมชน จำนวน 45 ราย"
    " ณ ศาลาอเนกประสงค์ประจำหมู่บ้าน เพื่อลดต้นทุนการผลิต</p>"
)


def post(meta: str) -> Page:
    return Page(
        text='<html><body><h1>ข่าวกิจกรรม</h1><article class="post hentry">'
        '<h2 class="entry-title">เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ</h2>'
        f'{meta}<div class="entry-content">{TEXT}<div class="related">{CARDS}</div></div>'
        "</article></body></html>"
    )


def test_a_cards_date_is_not_the_posts() -> None:
    page = post('<div class="meta"><span class="posted-on">12 พ.ย. 2562</span></div>')
    body = page.sel.css("div.entry-content")
    found = first_own(page, URL, ["time.published::attr(datetime)", "span.posted-on"], body)
    assert node_text(found) == "12 พ.ย. 2562"


def test_the_posts_own_time_beside_one_neighbour_link_is_kept() -> None:
    # a lone prev link under the post is no card: the post's time lies with the body
    page = post(
        '<div class="meta"><time class="published" datetime="2019-11-12T10:00:00+07:00">'
        "12 พ.ย. 2562</time></div>"
    )
    times = page.sel.css("time.published")
    body = page.sel.css("div.entry-content")[0].root
    assert [in_card(t.root, URL, lambda h: h, body) for t in times] == [False, True, True]


def test_a_heading_linking_another_post_is_not_the_title() -> None:
    article = read_article(layout("wordpress"), post(""), URL)
    assert article.title == "เกษตรอำเภอจัดอบรมการผลิตปุ๋ยหมักชีวภาพ"


def test_a_post_holding_related_cards_is_no_listing() -> None:
    page = post("")
    fallback = LAYOUTS["generic"].extract(page, URL)
    assert not is_listing(layout("wordpress"), page, URL, fallback)
