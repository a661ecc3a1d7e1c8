"""Blind-16 red-team site: Drupal 10 + the DXPR Theme (on the bootstrap5 base theme) of a ministry
department (กรมส่งเสริมสหกรณ์), built blind.

What it imitates:
- DXPR's `div.dxpr-theme-boxed-container` shell, `header#navbar.dxpr-theme-header`, the
  full-width `#page-title-full-width-container` band with `header#page-title h1` (the
  headline, outside the `article`) and the breadcrumb inside the band;
- the node's "submitted" line in Drupal's **default medium format `D, m/d/Y - H:i`**, which
  is **month-first** ("พฤ., 02/15/2024 - 10:30" under the Thai interface); no `<time>`, no
  metatags with dates, no JSON-LD: the line is the only date (some days are ≤ 12);
- the Statistics module's "อ่าน 1234 ครั้ง" in the node links;
- the source as a **labelled field** (`field--name-field-source`, label "แหล่งข่าว" above);
  tags as `field--name-field-tags` ("Tags"); the Book/Forward-style "ส่งต่อ" and
  Printer-friendly links, a ShareThis block inside the node content region; the comment
  form ("เพิ่มความคิดเห็นใหม่");
- a View pager with the **zero-based** `?page=1` for page two (`ul.pagination`);
- the deleted node: the site's 404 page is set to a basic page that answers **200** with
  "ไม่พบหน้าที่คุณร้องขอ".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b16_common import B9Site, build, drupal_medium, neighbours, record

OFFICE = "กรมส่งเสริมสหกรณ์"
SOURCES = [
    "สำนักงานสหกรณ์จังหวัดขอนแก่น",
    "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม",
    "กองพัฒนาสหกรณ์ภาคการเกษตรและกลุ่มเกษตรกร",
    None,
    "สำนักงานสหกรณ์จังหวัดนครพนม",
]
DELETED = "/node/4420"
TAGS = ["สหกรณ์", "กลุ่มเกษตรกร", "ตลาดสินค้าเกษตร", "ชำระบัญชี"]


class DxprSite(B9Site):
    key = "b16_drupal10_dxpr"
    family = "drupal"
    imitates = "Drupal 10 + DXPR Theme: headline in the full-width #page-title band outside the node, the only date the default medium 'D, m/d/Y - H:i' (month-first, 'พฤ., 02/15/2024 - 10:30'), 'อ่าน 1234 ครั้ง', source as a labelled field 'แหล่งข่าว', Tags field, ShareThis + print/forward links inside the node, comment form, Views pager ?page=1 (zero-based); deleted = 404 page served as a 200 basic page"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 33, SOURCES, dt.datetime(2024, 12, 13, 16, 30), first_id=4380, step=2
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True
            a.path = f"/news/{a.id}"
            a.tags = [TAGS[i % 4], TAGS[(i + 1) % 4]] if i % 4 != 3 else []
            a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, h1, crumbs, content, sidebar=True):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.articles[:5]
        )
        side = (
            f"""<aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second"><section class="views-element-container block block-views block-views-blockcontent-recent-block-1 clearfix" id="block-views-block-content-recent-block-1"><h2 class="block-title">ข่าวล่าสุด</h2><div class="view view-content-recent view-id-content_recent view-display-id-block_1">{latest}</div></section><section id="block-visitors" class="block block-visitors clearfix"><h2 class="block-title">สถิติผู้เข้าชมเว็บไซต์</h2><ul><li>ผู้เข้าชมทั้งหมด: 2,318,442</li><li>ผู้เข้าชมวันนี้: 1,203</li></ul></section></div></aside>"""
            if sidebar
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/contrib/dxpr_theme/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(h1)} | {OFFICE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_dxpr_a1.css?delta=0&amp;language=th&amp;theme=dxpr_theme&amp;include=eJx" />
  </head>
  <body class="html path-node page-node-type-article body--dxpr-theme-header-top body--dxpr-theme-header-not-overlay body--dxpr-theme-header-normal">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="dxpr-theme-boxed-container">
<div id="secondary-header" class="dxpr-theme-secondary-header hidden-none"><div class="dxpr-theme-fluid container"><div class="region region-secondary-header"><nav role="navigation" id="block-language"><a href="/en/news">English</a> | ภาษาไทย</nav><div id="block-fontsize">ขนาดตัวอักษร A- A A+</div></div></div></div>
<header class="navbar navbar dxpr-theme-header clearfix dxpr-theme-header--top dxpr-theme-header--normal dxpr-theme-header--hover-opacity" id="navbar" role="banner">
<div class="dxpr-theme-fluid container navbar-container"><div class="navbar-header"><div class="region region-navigation"><div class="wrap-branding"><a class="logo navbar-btn" href="/" title="หน้าแรก" rel="home"><img id="logo" src="/sites/default/files/logo-cpd.png" alt="หน้าแรก" /></a><a class="name navbar-brand" href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div></div><a id="dxpr-theme-menu-toggle" href="#"><span></span><div class="screenreader-text visually-hidden">Toggle menu</div></a></div>
<nav role="navigation" aria-labelledby="block-dxpr-theme-main-menu-menu" id="block-dxpr-theme-main-menu" class="block block-menu navigation menu--main"><ul region="navigation" class="menu dxpr-theme-menu--main menu--level-1"><li class="nav-item"><a href="/">หน้าแรก</a></li><li class="nav-item active"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/about">เกี่ยวกับกรม</a></li><li class="nav-item"><a href="/egp">จัดซื้อจัดจ้าง</a></li></ul></nav></div></header>
<div class="wrap-containers">
<div id="page-title-full-width-container" class="page-title-full-width-container"><header role="banner" id="page-title" class="dxpr-theme-fluid container page-title-container"><div class="region region-page-title"><h1 class="page-title">{esc(h1)}</h1></div><div class="region region-page-title-breadcrumb"><ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li>{crumbs}</ol></div></header></div>
<div class="container main-container clearfix"><div class="row">
<section class="col-sm-9"><a id="main-content"></a><div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
{content}
</div></section>
{side}
</div></div></div>
<footer class="dxpr-theme-footer clearfix full-width-footer" role="contentinfo"><div class="dxpr-theme-fluid container footer-container"><div class="region region-footer"><section class="block block-block-content clearfix"><div class="clearfix text-formatted field field--name-body"><p>{OFFICE} 12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร 0 2628 5120</p></div></section></div></div></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner" aria-live="polite"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งาน</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div></div>
    </div>
  </body>
</html>
"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published))
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        DELETED,
                        "ประกาศรายชื่อสหกรณ์ที่ได้รับรางวัลสหกรณ์ดีเด่นแห่งชาติ (ร่าง)",
                        dt.datetime(2024, 7, 2, 9, 0),
                    )
                )
        n = len(self.pages)
        pg = []
        if k:
            pg.append(
                f'<li class="pager__item pager__item--first"><a href="?page=0" title="ไปยังหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">«</span></a></li><li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปยังหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹</span></a></li>'
            )
        for i in range(n):
            cur = ' class="is-active active" aria-current="page"' if i == k else ""
            pg.append(
                f'<li class="pager__item"><a href="?page={i}" title="ไปยังหน้า {i + 1}"{cur}><span class="visually-hidden">หน้า</span>{i + 1}</a></li>'
            )
        if k < n - 1:
            pg.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปยังหน้าถัดไป" rel="next"><span aria-hidden="true">›</span></a></li><li class="pager__item pager__item--last"><a href="?page={n - 1}" title="ไปยังหน้าสุดท้าย"><span aria-hidden="true">»</span></a></li>'
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8a7d"><div class="view-content">{"".join(rows)}</div>
<nav class="pager-nav text-center" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pagination js-pager__items">{"".join(pg)}</ul></nav></div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", '<li class="active">ข่าวประชาสัมพันธ์</li>', content)

    def row(self, path, title, d):
        return f"""<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/news/{path.rsplit("/", 1)[1]}.jpg" width="220" height="147" alt="" class="img-responsive" /></a></div></div><div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{drupal_medium(d)}</span></div></div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f"""<div class="field field--name-field-source field--type-string field--label-above"><div class="field--label">แหล่งข่าว</div><div class="field--item">{esc(a.source)}</div></div>"""
            if a.source
            else ""
        )
        tags = (
            (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field--label">Tags</div><div class="field--items">'
                + "".join(
                    f'<div class="field--item"><a href="/taxonomy/term/{30 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></div>'
                    for t in a.tags
                )
                + "</div></div>"
            )
            if a.tags
            else ""
        )
        nav = ""
        if older:
            nav += f'<li class="previous"><a href="{older.path}" rel="prev">‹ {esc(older.title)}</a></li>'
        if newer:
            nav += (
                f'<li class="next"><a href="{newer.path}" rel="next">{esc(newer.title)} ›</a></li>'
            )
        content = f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node node--type-article node--promoted node--view-mode-full clearfix">
  <footer class="node__meta"><div class="node__submitted">ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>webmaster</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{drupal_medium(a.published)}</span></div></footer>
  <div class="node__content clearfix">
  <div class="field field--name-field-image field--type-image field--label-hidden field--item"><img loading="lazy" src="/sites/default/files/styles/max_1300x1300/public/{a.published:%Y-%m}/news-{a.id}.jpg" width="1200" height="800" alt="" class="img-responsive" /></div>
  <div class="sharethis-wrapper"><span class="st_facebook_button" displayText="Facebook"></span><span class="st_line_button" displayText="LINE"></span><span class="st_sharethis_button" displayText="ShareThis"></span></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field--item">{paras}</div>
  {src}
  {tags}
  <ul class="links inline list-inline"><li class="statistics-counter">อ่าน {a.views} ครั้ง</li><li class="print-html"><a href="/node/{a.id}/printable/print" rel="nofollow">พิมพ์หน้านี้</a></li><li class="forward"><a href="/forward/node/{a.id}">ส่งต่อ</a></li></ul>
  <ul class="pager pager--book-style">{nav}</ul>
  <section class="comment-section"><h2 class="block-title">เพิ่มความคิดเห็นใหม่</h2><form class="comment-comment-form comment-form" data-drupal-selector="comment-form" action="/comment/reply/node/{a.id}/comment" method="post" id="comment-form" accept-charset="UTF-8"><div class="form-item js-form-item form-type-textarea"><label for="edit-comment-body-0-value" class="control-label js-form-required form-required">ความคิดเห็น</label><textarea class="form-textarea form-control" id="edit-comment-body-0-value" name="comment_body[0][value]" rows="5"></textarea></div><button class="button button--primary js-form-submit form-submit btn-primary btn" type="submit" id="edit-submit" name="op" value="บันทึก">บันทึก</button></form></section>
  </div>
</article>"""
        return self.shell(
            a.title,
            f'<li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="active">{esc(a.title)}</li>',
            content,
        )

    def deleted(self):
        content = """<article data-history-node-id="12" role="article" class="node node--type-page node--view-mode-full clearfix"><div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field--item"><p>ขออภัย ไม่พบหน้าที่คุณร้องขอ หน้านี้อาจถูกย้ายหรือลบออกจากระบบแล้ว</p><p><a href="/">กลับสู่หน้าแรก</a></p></div></div></article>"""
        return self.shell(
            "ไม่พบหน้าที่คุณร้องขอ", '<li class="active">ไม่พบหน้าที่คุณร้องขอ</li>', content, sidebar=False
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แหล่งข่าว",
                "ส่งโดย",
                "webmaster",
                "ShareThis",
                "พิมพ์หน้านี้",
                "ส่งต่อ",
                "เพิ่มความคิดเห็นใหม่",
                "สถิติผู้เข้าชมเว็บไซต์",
                "ข้ามไปยังเนื้อหาหลัก",
                f"อ่าน {a.views} ครั้ง",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = DxprSite()

if __name__ == "__main__":
    main(SITE)
