"""Blind-11 red-team site: Drupal 8.9 + the Bootstrap 3 base theme (a sub-theme), a
provincial social development and human security office (พมจ.), built blind.

What it imitates:
- Pathauto aliases with a **Buddhist-era year** token: `/pr/2567/<nid>`; the Views page
  `/pr` with Drupal's full pager in Bootstrap 3 markup (`ul.pagination`, "« แรก",
  "‹ ก่อนหน้า", numbers, "ถัดไป ›", "สุดท้าย »"), 0-based `/pr?page=N` hrefs;
- `<title>` "headline | office"; `h1.page-header` headline; breadcrumb without the headline;
- core's "submitted" line with the site's **long** date format `l, F j, Y - H:i` translated:
  "ส่งโดย admin เมื่อ วันศุกร์, กุมภาพันธ์ 16, 2024 - 10:30" (**full month first, CE**,
  every node), no `<time>` element and no modified date;
- `field--name-body` with the text; `field--name-field-source` "แหล่งที่มา" (label above)
  for some; "คำสำคัญ" taxonomy terms; the statistics link "อ่าน 123 ครั้ง"; AddToAny
  "แบ่งปัน"; "เพิ่มความเห็นใหม่" comment form; a "ข่าวที่เกี่ยวข้อง" Views block in the
  sidebar with titles;
- the unpublished node's alias answers 200 with the site's custom 403 page "ไม่มีสิทธิ์เข้าถึง
  เนื้อหานี้" (configured as a node whose status Drupal does not set).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, be, esc, main
from .b11_common import B9Site, build, record

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสุรินทร์"
SOURCES = [None, "กลุ่มนโยบายและวิชาการ พมจ.สุรินทร์", None, "กลุ่มการพัฒนาสังคมและสวัสดิการ"]


def long_fmt(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} - {d.hour:02d}:{d.minute:02d}"


class Drupal8Site(B9Site):
    key = "b11_drupal8_bootstrap3"
    family = "drupal"
    imitates = "Drupal 8.9 + Bootstrap 3 sub-theme: pathauto /pr/2567/<nid> (BE year token), Views full pager ?page=N (0-based, « แรก ... สุดท้าย »), h1.page-header, submitted 'วันศุกร์, กุมภาพันธ์ 16, 2024 - 10:30' (long format, month first, CE), field_source 'แหล่งที่มา', 'คำสำคัญ', 'อ่าน N ครั้ง', AddToAny 'แบ่งปัน', comment form, related Views block; deleted = custom 403 'ไม่มีสิทธิ์เข้าถึงเนื้อหานี้' (200)"
    listing_path = "/pr"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 21, 121, SOURCES, dt.datetime(2024, 6, 21, 16, 0), first_id=880, step=3
        )
        for a in self.articles:
            a.path = f"/pr/{be(a.published)}/{a.id}"
            a.modified = None
        self.deleted_path = "/pr/2567/920"
        self.setup_routes()

    def page_url(self, k):
        return "/pr" if k == 0 else f"/pr?page={k}"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, content, sidebar=""):
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} | {OFFICE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_q1X8aVb0.css">
</head>
<body class="path-node page-node-type-news has-glyphicons">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="navbar navbar-default container" id="navbar" role="banner"><div class="navbar-header"><a class="logo navbar-btn pull-left" href="/" title="หน้าแรก" rel="home"><img src="/themes/custom/msosurin/logo.png" alt="หน้าแรก"></a><a class="name navbar-brand" href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div>
<div id="navbar-collapse" class="navbar-collapse collapse"><nav role="navigation" aria-labelledby="block-msosurin-main-menu-menu" id="block-msosurin-main-menu"><ul class="menu menu--main nav navbar-nav"><li class="first"><a href="/">หน้าแรก</a></li><li class="active"><a href="/pr">ข่าวประชาสัมพันธ์</a></li><li><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="last"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<div role="main" class="main-container container js-quickedit-main-content"><div class="row">
<section class="col-sm-9">
<div class="highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="/pr">ข่าวประชาสัมพันธ์</a></li></ol>
<a id="main-content"></a>
<div class="region region-content">
{content}
</div>
</section>
<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second">{sidebar}<section id="block-useraccountmenu" class="block block-system block-system-menu-blockaccount clearfix"><ul class="menu menu--account nav"><li><a href="/user/login">เข้าสู่ระบบ</a></li></ul></section></div></aside>
</div></div>
<footer class="footer container" role="contentinfo"><div class="region region-footer"><section class="block block-block-content clearfix"><p>{OFFICE} ศาลากลางจังหวัดสุรินทร์ ชั้น 2 โทร. 0-4451-1286</p></section></div></footer>
</div>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published))
            if k == 1 and j == 3:
                rows.append(
                    self.row(
                        self.deleted_path,
                        "ประกาศรายชื่อผู้มีสิทธิ์รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด",
                        dt.datetime(2024, 4, 3, 9, 0),
                    )
                )
        n = len(self.pages)
        pg = []
        if k:
            pg.append(
                f'<li class="pager__item pager__item--first"><a href="/pr?page=0" title="ไปหน้าแรก">« แรก</a></li><li class="pager__item pager__item--previous"><a href="/pr?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev">‹ ก่อนหน้า</a></li>'
            )
        for i in range(n):
            pg.append(
                f'<li class="pager__item is-active active"><a href="/pr?page={i}" title="หน้าปัจจุบัน">{i + 1}</a></li>'
                if i == k
                else f'<li class="pager__item"><a href="/pr?page={i}" title="ไปหน้า {i + 1}">{i + 1}</a></li>'
            )
        if k < n - 1:
            pg.append(
                f'<li class="pager__item pager__item--next"><a href="/pr?page={k + 1}" title="ไปหน้าถัดไป" rel="next">ถัดไป ›</a></li><li class="pager__item pager__item--last"><a href="/pr?page={n - 1}" title="ไปหน้าสุดท้าย">สุดท้าย »</a></li>'
            )
        content = f"""<h1 class="page-header">ข่าวประชาสัมพันธ์</h1>
<section id="block-msosurin-content" class="block block-system block-system-main-block clearfix"><div class="views-element-container form-group"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5e2c">
<div class="view-content">{"".join(rows)}</div>
<nav class="pager-nav text-center" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pagination js-pager__items">{"".join(pg)}</ul></nav>
</div></div></section>"""
        return self.shell("ข่าวประชาสัมพันธ์", content)

    def row(self, path, title, d):
        return f"""<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="{path}"><img src="/sites/default/files/styles/thumbnail/public/news/thumb.jpg" alt="" class="img-responsive"></a></div></div><div class="views-field views-field-title"><span class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d.day:02d}/{d.month:02d}/{d.year}</span></div></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (1, 2, 5, 8)]

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<div class="field field--name-field-source field--type-string field--label-above"><div class="field--label">แหล่งที่มา</div><div class="field--item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        tags = (
            (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field--label">คำสำคัญ</div><div class="field--items">'
                + "".join(
                    f'<div class="field--item"><a href="/taxonomy/term/{10 + j}" hreflang="th">{esc(t)}</a></div>'
                    for j, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
            if a.tags
            else ""
        )
        rel = "".join(
            f'<div class="views-row"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></div>'
            for x in self.related(a)
        )
        sidebar = f'<section class="views-element-container block block-views block-views-blocknews-related-block-1 clearfix"><h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2><div class="form-group"><div class="view view-news-related"><div class="view-content">{rel}</div></div></div></section>'
        content = f"""<h1 class="page-header"><span>{esc(a.title)}</span></h1>
<section id="block-msosurin-content" class="block block-system block-system-main-block clearfix">
<article role="article" about="{a.path}" class="news full clearfix">
<div class="node__meta"><span>ส่งโดย <span lang="" typeof="schema:Person" property="schema:name">admin</span> เมื่อ <span>{long_fmt(a.published)}</span></span></div>
<div class="content">
<div class="field field--name-field-image field--type-image field--label-hidden field--item"><img src="/sites/default/files/news/{a.id}.jpg" alt="" class="img-responsive"></div>
<div class="field field--name-body field--type-text-with-summary field--label-hidden field--item">{paras}</div>
{src}
{tags}
<ul class="links inline list-inline"><li class="statistics-counter">อ่าน {a.views} ครั้ง</li></ul>
<div class="addtoany_list a2a_kit"><span class="a2a-label">แบ่งปัน</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=https%3A%2F%2Fsurin.m-society.go.th{a.path}"></a></div>
<section class="comment-form-section"><h2 class="title comment-form__title">เพิ่มความเห็นใหม่</h2><form class="comment-comment-form comment-form" action="/comment/reply/node/{a.id}/comment" method="post"><div class="form-item"><label for="edit-comment-body-0-value" class="control-label">ความเห็น</label><textarea class="form-control" id="edit-comment-body-0-value" name="comment_body[0][value]"></textarea></div><button class="btn-success btn" type="submit" name="op" value="บันทึก">บันทึก</button></form></section>
</div>
</article>
</section>"""
        return self.shell(a.title, content, sidebar)

    def deleted(self):
        content = """<h1 class="page-header"><span>ไม่มีสิทธิ์เข้าถึง</span></h1>
<section id="block-msosurin-content" class="block block-system block-system-main-block clearfix"><article role="article" class="page full clearfix"><div class="content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field--item"><p>ไม่มีสิทธิ์เข้าถึงเนื้อหานี้ หรือเนื้อหาถูกยกเลิกการเผยแพร่แล้ว</p></div></div></article></section>"""
        return self.shell("ไม่มีสิทธิ์เข้าถึง", content)

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            must_not = [
                "ส่งโดย",
                "แหล่งที่มา",
                "คำสำคัญ",
                f"อ่าน {a.views} ครั้ง",
                "แบ่งปัน",
                "เพิ่มความเห็นใหม่",
                "ข่าวที่เกี่ยวข้อง",
                rel[0].title,
                rel[1].title,
                "ศาลากลางจังหวัดสุรินทร์ ชั้น 2",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = Drupal8Site()

if __name__ == "__main__":
    main(SITE)
