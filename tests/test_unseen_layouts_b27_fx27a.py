"""Rules the twenty-seventh blind round showed on a themed Drupal 9 site and a MODX site,
each checked on a small page written here:

- a state class on the page's wrapper ("main main-page has-breadcrumb": the page has a
  breadcrumb) names no furniture: the listing's links inside it are read;
"""

from __future__ import annotations

from pipelines.layouts import Page, layout

HEADLINE = "สำนักงานพลังงานจังหวัดจัดอบรมการใช้พลังงานแสงอาทิตย์ในชุมชน ครั้งที่"
TEXT = (
    "สำนักงานพลังงานจังหวัดร่วมกับองค์การบริหารส่วนตำบลจัดอบรมการติดตั้งแผงโซลาร์เซลล์ "
    "ให้แก่ผู้นำชุมชนและเกษตรกร เพื่อลดค่าใช้จ่ายด้านพลังงานในครัวเรือน "
) * 2


def _card(nid: int) -> str:
    return f"""<div class="views-row col-lg-4"><div class="post-block">
<div class="post-content">
<div class="post-meta"><span class="post-created">1{nid % 9} มิ.ย. 2024</span></div>
<div class="post-title"><a href="/news/{nid}" rel="bookmark">{HEADLINE} {nid}</a></div>
<div class="post-body">{TEXT[:120]}…</div>
<div class="post-link"><a href="/news/{nid}">อ่านเพิ่มเติม</a></div></div></div></div>"""


def test_a_state_class_on_the_main_wrapper_names_no_furniture() -> None:
    cards = "".join(_card(nid) for nid in range(1500, 1509))
    html = f"""<html><body class="layout-no-sidebars">
<header><nav><ul class="menu"><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ul></nav></header>
<div class="breadcrumbs"><ol><li><a href="/">หน้าแรก</a></li><li>ข่าวประชาสัมพันธ์</li></ol></div>
<div role="main" class="main main-page has-breadcrumb"><div id="content" class="content">
<div class="view-content-wrap row">{cards}</div>
<nav class="pager"><ul class="pager__items"><li><a href="?page=1">2</a></li>
<li><a href="?page=1" rel="next">ถัดไป ›</a></li></ul></nav>
</div></div>
<footer><a href="/contact">ติดต่อเรา</a></footer></body></html>"""
    links = layout("generic").extract_links(Page(text=html), "http://h.go.th/news")
    assert [href for href, _ in links] == [f"http://h.go.th/news/{n}" for n in range(1500, 1509)]
