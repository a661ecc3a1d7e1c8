"""Rules the 32nd and 33rd blind rounds showed (listings, archives, run health, detection),
each checked on a small page written here."""

from __future__ import annotations

from pipelines.layouts import Page, layout

TEXT = (
    "สำนักงานที่ดินจังหวัดตัวอย่างจัดโครงการเดินสำรวจออกโฉนดที่ดินให้แก่ประชาชน"
    "ในพื้นที่อำเภอเมือง เพื่อสร้างความมั่นคงในการถือครองที่ดิน จำนวน 300 แปลง"
)


def test_a_wrapper_classed_with_sidebar_holds_the_listing() -> None:
    """A theme's column wrapper classed after its layout ("with_sidebar with_sidebar_right")
    says the page has a sidebar, not that the wrapper is one: its entries are the listing."""
    entries = "".join(
        f"<article class='post'><h2 class='entry-title'><a href='/archives/{k}'>"
        f"ข่าวประชาสัมพันธ์ที่ {k} โครงการเดินสำรวจออกโฉนดที่ดิน</a></h2><p>{TEXT}</p></article>"
        for k in (101, 102, 103, 104)
    )
    html = (
        "<html><body><div id='main-content'><div class='container'>"
        "<div id='content-area' class='with_sidebar with_sidebar_right clearfix'>"
        f"<div class='column-main'>{entries}</div>"
        "<div class='column-side'><ul><li><a href='/about/'>เกี่ยวกับเรา</a></li></ul></div>"
        "</div></div></div></body></html>"
    )
    links = layout("generic").extract_links(Page(text=html), "http://h.go.th/category/news/")
    assert [href for href, _ in links] == [
        f"http://h.go.th/archives/{k}" for k in (101, 102, 103, 104)
    ]
