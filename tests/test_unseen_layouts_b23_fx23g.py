# ruff: noqa: E501  (fixture HTML lines)
"""Rules the twenty-third blind round showed (fixer G), each checked on a small page: a
portal's opaque navigational-state path segment (WebSphere Portal's `!ut/p/z1/<state>/`)
is one URL shape whatever its token, so its headline links group into a listing."""

from __future__ import annotations

import base64
import hashlib

from pipelines.layouts import layout, read_article
from pipelines.layouts.base import Page
from pipelines.layouts.cards import url_shape
from pipelines.normalize import normalize_article
from pipelines.text import clean_lines

PORTAL = "http://portal.example.go.th/wps/portal/dept/th/news"
HEADLINES = [
    "อธิบดีเป็นประธานการประชุมคณะกรรมการบริหารกรม ครั้งที่ 3/2567",
    "กรมจัดอบรมเชิงปฏิบัติการการใช้ระบบงานอิเล็กทรอนิกส์ให้แก่เจ้าหน้าที่",
    "รองอธิบดีตรวจเยี่ยมการดำเนินงานของสำนักงานส่วนภูมิภาค",
]


def _state(n: int) -> str:
    """A portal state token: base64url of bytes, a fresh one on every link."""
    raw = hashlib.sha256(f"state-{n}".encode()).digest() * 2
    return "04_Sj9CPykssy0xPLMnMz0vMAfIjo8zi_" + base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _item(n: int) -> str:
    return f"/wps/portal/dept/th/news/!ut/p/z1/{_state(n)}/dz/d5/L2dBISEvZ0FBIS9nQSEh/?urile=wcm%3Apath%3A%2Fdept%2Fnews%2Fpr-{n:03d}"


def _listing() -> str:
    rows = "".join(
        f'<div class="news-list-item"><div class="news-list-title"><a href="{_item(n)}">{t}</a></div></div>'
        for n, t in enumerate(HEADLINES, 1)
    )
    return f"""<html><head><base href="{PORTAL}/!ut/p/z1/{_state(0)}/dz/d5/L2dBISEvZ0FBIS9nQSEh/"><title>ข่าว</title></head>
<body><div role="main"><h1>ข่าวประชาสัมพันธ์</h1><div class="wcm-viewer"><div class="news-list">{rows}</div>
<div class="wcm-pagination"><a href="/wps/portal/dept/th/news/!ut/p/z1/{_state(9)}/dz/d5/L2dBISEvZ0FBIS9nQSEh/?WCM_PI=1&amp;WCM_Page.b7f3e0804c1a2d9c9e3dff5a6b2c1d70=2">2</a></div>
</div></div></body></html>"""


def test_an_opaque_state_segment_is_one_url_shape() -> None:
    assert url_shape(PORTAL + _item(1)) == url_shape(PORTAL + _item(2))
    # a slug's words and a one-case serial stay themselves
    assert url_shape("http://h/news/kick-off-meeting-of-the-board/2") != url_shape(
        "http://h/news/annual-report-of-the-board-2024/2"
    )


def test_a_portal_listing_with_state_tokens_yields_its_headlines() -> None:
    links = layout("generic").extract_links(Page(text=_listing()), PORTAL)
    assert [href for href, _ in links] == [
        "http://portal.example.go.th" + _item(n) for n in range(1, 4)
    ]


def _views_page(current: int) -> str:
    """A Drupal page with two Views: a gallery block (pager element 0) and the news list (1)."""
    rows = "".join(
        f'<div class="views-row"><h3><a href="/th/news/{900 - 10 * current - n}">ข่าวประชาสัมพันธ์ของสำนักงานเขต เรื่องที่ {10 * current + n}</a></h3></div>'
        for n in range(4)
    )
    gallery = "".join(
        f'<div class="views-row"><a href="/th/gallery/{n}">ภาพกิจกรรมของสำนักงาน ชุดที่ {n}</a></div>'
        for n in range(2)
    )
    return f"""<html><head><title>ข่าว</title></head><body>
<div class="region region--content-above"><div class="view view-gallery"><div class="view-content">{gallery}</div>
<nav class="pager"><ul><li class="pager__item pager__item--next"><a href="?page=1%2C{current}" rel="next">››</a></li></ul></nav></div></div>
<main><div class="view view-news"><div class="view-content">{rows}</div>
<nav class="pager"><ul><li class="pager__item pager__item--next"><a href="?page=0%2C{current + 1}" rel="next">›</a></li></ul></nav></div></main>
</body></html>"""


def test_the_listings_own_pager_leads_when_a_block_prints_another() -> None:
    """Views' comma-joined pager: ?page=0,1 pages the news list, ?page=1,0 the gallery."""
    for family in ("generic", "drupal"):
        for current in (0, 1):
            url = "http://h.go.th/th/news" + (f"?page=0%2C{current}" if current else "")
            found = layout(family).next_page(Page(text=_views_page(current)), url)
            assert found == f"http://h.go.th/th/news?page=0%2C{current + 1}", family


HEADLINE = "ปศุสัตว์เขตลงพื้นที่ตรวจเยี่ยมฟาร์มโคนมของเกษตรกรในจังหวัดพิษณุโลก"
BODY = (
    "สำนักงานปศุสัตว์เขตลงพื้นที่ตรวจเยี่ยมฟาร์มโคนมของเกษตรกร เพื่อให้คำแนะนำด้านการป้องกันโรคและการจัดการฟาร์มที่ถูกต้องตามหลักวิชาการ "
    * 3
)


def _layout_builder_node(changed: str) -> str:
    """A Drupal 9 node shown by Layout Builder: no h1, the Title/Created/Changed field blocks."""
    return f"""<html><head><meta name="Generator" content="Drupal 9 (https://www.drupal.org)"><title>{HEADLINE} | สำนักงาน</title></head><body>
<main><article class="node node--type-news"><div class="node__content"><div class="layout layout--onecol"><div class="layout__region">
<div class="block block-layout-builder block-field-blocknodenewstitle"><div class="block__content"><span class="field field--name-title field--type-string">{HEADLINE}</span></div></div>
<div class="block block-layout-builder block-field-blocknodenewscreated"><div class="block__content"><div class="field field--name-created field--label-inline"><div class="field__label">เผยแพร่</div>
<div class="field__item"><time datetime="2024-03-28T23:00:00+00:00" class="datetime">29 มีนาคม 2024</time></div></div></div></div>
<div class="block block-layout-builder block-field-blocknodenewschanged"><div class="block__content"><div class="field {changed} field--label-inline"><div class="field__label">ปรับปรุงล่าสุด</div>
<div class="field__item"><time datetime="2024-03-29T07:47:00+00:00" class="datetime">29 มีนาคม 2024</time></div></div></div></div>
</div></div><div class="layout layout--twocol-section"><div class="layout__region"><div class="block block-layout-builder"><div class="field field--name-body"><p>{BODY}</p></div></div></div></div></div></article></main>
</body></html>"""


def test_the_last_update_printed_as_a_day_takes_its_own_times_time() -> None:
    """Changed field 'j F Y' in <time datetime> (UTC): the page prints the time of day."""
    for changed in ("field--name-changed", "field--name-field-updated", "field--name-field-edit"):
        page = Page(text=_layout_builder_node(changed))
        for family in ("generic", "drupal"):
            found = read_article(layout(family), page, "http://h.go.th/th/news/1207")
            record = normalize_article(found)
            assert record.modified_at == "2024-03-29T14:47:00+07:00", (family, changed)
            assert record.published_at == "2024-03-29T06:00:00+07:00"


def test_a_layout_builder_title_block_is_the_drupal_headline() -> None:
    page = Page(text=_layout_builder_node("field--name-changed"))
    found = read_article(layout("drupal"), page, "http://h.go.th/th/news/1207")
    assert found.title == HEADLINE
    assert not found.problems


def test_a_press_release_number_heading_is_no_body_text() -> None:
    """'ข่าว<office> ฉบับที่ N/YYYY' above the headline numbers the release: not its text."""
    body = "\n".join(["ข่าวกระทรวงการคลัง ฉบับที่ ๓๑/๒๕๖๗", BODY, "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 ได้ระบุว่า"])
    found = clean_lines(body.split("\n"))
    assert found.body == "\n".join([BODY, "ข่าวประชาสัมพันธ์ ฉบับที่ 31/2567 ได้ระบุว่า"])
