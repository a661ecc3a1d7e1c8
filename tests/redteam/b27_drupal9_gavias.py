"""Blind-27 red-team site: **Drupal 9 with a Gavias ThemeForest theme** (gavias_kiamo-like,
gva block builder), Thai interface translation, a provincial energy office
(สำนักงานพลังงานจังหวัดอุดรธานี), built blind.

What it imitates:
- Drupal 9 fingerprints: `meta name=Generator content="Drupal 9 (https://www.drupal.org)"`,
  `/core/misc/drupal.js`, `data-drupal-selector`, `drupalSettings` JSON script,
  `/themes/custom/gavias_kiamo/...`, `/sites/default/files/...`, `/rss.xml`;
- Gavias' shell: `#gva-preloader`, `.topbar` (phone, font-size tools "ขนาดตัวอักษร ก- ก ก+"),
  `header.header-v1` with `.gva-offcanvas-mobile` and `.gva-navigation`, a breadcrumb block
  whose **`h2.page-title` repeats the section ("ข่าวประชาสัมพันธ์"), not the headline**;
  `.gva-body-wrapper`, `.main-page`, `.sidebar` (search, latest news, categories), footer
  columns and `.copyright`;
- the Gavias node template: `div.post-block > .post-thumbnail` (some), `.post-meta` with
  `.post-categories`, **`.post-created` "15 มี.ค. 2024" (Drupal's translated month
  abbreviation with a CE year)** followed by " - 10:30" on items whose created time is shown
  (3 in 5), **`.post-view` with an eye icon and a bare number** (title "จำนวนผู้เข้าชม"),
  `.post-comment` "0 ความคิดเห็น"; `h1.post-title`; `.post-content` with the body field,
  "แก้ไขล่าสุด: 18/03/2024 - 14:05" (day first, CE) on edited items only, a file field
  (some), "ที่มา:" field (2 in 3), "แท็ก:" tags, **the Gavias share box "แชร์:" inside
  `.post-content` after the body**, a prev/next block with both neighbour titles, comment login
  prompt; "ข่าวที่เกี่ยวข้อง" Views block; EU Cookie Compliance banner; site visitor counter.
Listing: Views page `/news`, D9 pager `nav.pager > ul.pager__items` with **query-only hrefs
`?page=1`** (0-based), "« แรกสุด", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "สุดท้าย »"; grid
cards with thumbnail, date, title and a trimmed body; 9 a page.
Deleted: an unpublished node whose alias is still linked from page 2; the site's 403 page is
the login page, and the front Nginx maps 403 to 200 (`error_page 403 =200 /user/login`), so it
answers 200 with "กรุณาเข้าสู่ระบบ".
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานพลังงานจังหวัดอุดรธานี"
HOST = "https://udonthani.energy.go.th"
THEME = "/themes/custom/gavias_kiamo"
SOURCES = ["กลุ่มงานยุทธศาสตร์พลังงาน", "สำนักงานประชาสัมพันธ์จังหวัดอุดรธานี", None]
CATS = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "ประกาศ"]
PER_PAGE = 9
DELETED_NID = 1498


def created(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"
    return s + (f" - {d:%H:%M}" if with_time else "")


class GaviasSite(BaseSite):
    key = "b27_drupal9_gavias"
    family = "drupal"
    imitates = "Drupal 9 + Gavias (gavias_kiamo-like) theme, Thai translation: Views page /news?page=N (0-based, query-only hrefs); /news/<nid> aliases; breadcrumb h2.page-title = section; .post-created '15 มี.ค. 2024' (Thai month abbreviation, CE year) with ' - 10:30' on some; eye-icon bare view number; 'แก้ไขล่าสุด: d/m/Y - H:i' on edited items; file field, 'ที่มา:' field, tags, Gavias share box inside .post-content, prev/next with titles, comment prompt, related Views block; deleted = unpublished node, 403 login page served 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=61
        )
        drop_corpus_signoffs(arts)
        nid = 1562
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            a.time_printed = i % 5 not in (1, 3)
            a.source = SOURCES[i % 3]
            a.path = f"/news/{a.id}"
            a.extra["cat"] = CATS[i % 3]
            a.extra["image"] = i % 4 != 2
            a.extra["file"] = i % 7 == 4
            if a.modified is not None and not a.time_printed:
                a.modified = None  # keep edits on items whose time shows (as the editors did)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        assert all(a.id != DELETED_NID for a in arts)
        self.deleted = f"/news/{DELETED_NID}"

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", sidebar=True):
        latest = "".join(
            f'<div class="item-list-latest"><div class="post-title"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></div><div class="post-created">{created(a.published, False)}</div></div>'
            for a in self.articles[:4]
        )
        cats = "".join(
            f'<li><a href="/taxonomy/term/{11 + j}" hreflang="th">{c}</a></li>'
            for j, c in enumerate(CATS)
        )
        side = ""
        if sidebar:
            side = f"""<div class="col-xl-4 col-lg-4 col-md-12 col-sm-12 col-xs-12 sidebar sidebar-right theiaStickySidebar">
  <div class="sidebar-inner">
    <div class="region region-sidebar-right">
      <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-gavias-kiamo-searchform" role="search"><h2 class="block-title"><span>ค้นหา</span></h2><div class="content"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><input title="ป้อนคำที่ต้องการค้นหา" data-drupal-selector="edit-keys" type="search" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div class="form-actions js-form-wrapper form-wrapper"><input class="search-form__submit button js-form-submit form-submit" type="submit" value="ค้นหา" /></div></form></div></div>
      <div class="views-element-container block block-views block-views-blockpost-other-block-1" id="block-views-block-post-other-block-1"><h2 class="block-title"><span>ข่าวล่าสุด</span></h2><div class="content"><div class="view-content">{latest}</div></div></div>
      <div class="block block-taxonomy-menu" id="block-categories"><h2 class="block-title"><span>หมวดหมู่ข่าว</span></h2><div class="content"><ul class="menu">{cats}</ul></div></div>
    </div>
  </div>
</div>"""
        main_cls = "col-xl-8 col-lg-8 col-md-12 col-sm-12 col-xs-12" if sidebar else "col-12"
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
{head_extra}    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?rf2k1q" />
<link rel="stylesheet" media="all" href="/modules/contrib/eu_cookie_compliance/css/eu_cookie_compliance.css?rf2k1q" />
<link rel="stylesheet" media="all" href="{THEME}/css/bootstrap.css?rf2k1q" />
<link rel="stylesheet" media="all" href="{THEME}/css/template.css?rf2k1q" />
<link rel="stylesheet" media="all" href="{THEME}/vendor/font-awesome/css/all.min.css?rf2k1q" />
<link rel="stylesheet" media="all" href="/sites/default/files/gva-custom/customize.css?rf2k1q" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node","currentLanguage":"th"}},"pluralDelimiter":"\\u0003","gavias_blockbuilder":{{"url_edit":"\\/admin\\/structure\\/gavias_blockbuilder\\/edit\\/-----"}},"eu_cookie_compliance":{{"cookie_policy_version":"1.0.0","popup_enabled":true,"popup_agreed_enabled":false}},"user":{{"uid":0,"permissionsHash":"8b1f0c6d"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.0"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="{THEME}/js/main.js?rf2k1q"></script>
  </head>
  <body class="gavias-pagebuilder layout-no-sidebars {body_class} wide">
    <a href="#main-content" class="visually-hidden focusable">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="gva-body-wrapper">
  <div class="body-page gva-body-page">
    <div id="gva-preloader"><div id="preloader-inner" class="cssload-container"><div class="cssload-speeding-wheel"></div></div></div>
    <header id="header" class="header-v1">
  <div class="topbar">
    <div class="container"><div class="row">
      <div class="topbar-left col-sm-6 col-xs-6"><div class="topbar-information"><span><i class="fas fa-phone"></i> 0-4224-9436</span><span><i class="far fa-envelope"></i> udonthani@energy.go.th</span></div></div>
      <div class="topbar-right col-sm-6 col-xs-6"><div class="font-resize"><span class="label">ขนาดตัวอักษร</span> <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a></div> <div class="user-link"><a href="/user/login">เข้าสู่ระบบ</a></div></div>
    </div></div>
  </div>
  <div class="header-main gv-sticky-menu">
    <div class="container header-content-layout"><div class="header-main-inner p-relative"><div class="row">
      <div class="col-md-3 col-sm-6 col-xs-8 branding"><div id="block-gavias-kiamo-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" title="หน้าแรก" rel="home" class="site-branding-logo"><img class="logo-site" src="/sites/default/files/logo-energy.png" alt="หน้าแรก" /></a><div class="site-branding-name"><a href="/">{OFFICE}</a></div></div></div>
      <div class="col-md-9 col-sm-6 col-xs-4 p-static"><div class="header-inner clearfix"><div class="main-menu"><div class="area-main-menu"><div class="area-inner"><div class="gva-offcanvas-mobile"><div class="close-offcanvas hidden"><i class="fa fa-times"></i></div>
<nav role="navigation" aria-labelledby="block-gavias-kiamo-main-menu-menu" id="block-gavias-kiamo-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-gavias-kiamo-main-menu-menu">Main navigation</h2><div class="block-content">
<div class="gva-navigation"><ul class="clearfix gva_menu gva_menu_main">
<li class="menu-item"><a href="/">หน้าแรก</a></li>
<li class="menu-item menu-item--expanded"><a href="/about">เกี่ยวกับหน่วยงาน</a><ul class="menu sub-menu"><li class="menu-item"><a href="/about/structure">โครงสร้างองค์กร</a></li><li class="menu-item"><a href="/about/executives">ผู้บริหาร</a></li></ul></li>
<li class="menu-item menu-item--active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/knowledge">องค์ความรู้ด้านพลังงาน</a></li>
<li class="menu-item"><a href="/ita">ITA</a></li>
<li class="menu-item"><a href="/contact">ติดต่อเรา</a></li>
</ul></div></div></nav></div><div id="menu-bar" class="menu-bar hidden-lg hidden-md"><span class="one"></span><span class="two"></span><span class="three"></span></div></div></div></div></div></div>
    </div></div></div>
  </div>
</header>
    <div class="breadcrumbs">
  <div class="region region-breadcrumbs">
    <div id="block-gavias-kiamo-breadcrumbs" class="block block-system block-system-breadcrumb-block no-title">
      <div class="content block-content">
<div class="breadcrumb-content-inner">
  <div class="gva-breadcrumb-content">
    <div id="block-gavias-kiamo-breadcrumbs" class="text-light block gva-block-breadcrumb block-system block-system-breadcrumb-block no-title">
      <div class="breadcrumb-style" style="background-color: #0b3d91;background-image: url('/sites/default/files/breadcrumb-energy.jpg');background-position: center top;background-repeat: no-repeat;">
        <div class="container">
          <h2 class="page-title hidden">ข่าวประชาสัมพันธ์ </h2>
          <div class="breadcrumb-links"><div class="content-inner"><ol><li><a href="/">หน้าแรก</a> <span class=""> - </span></li>{crumb}</ol></div></div>
        </div>
      </div>
    </div>
  </div>
</div>
      </div>
    </div>
  </div>
</div>
    <div role="main" class="main main-page has-breadcrumb">
      <div class="clearfix"></div>
      <div id="content" class="content content-full">
        <div class="container container-bg">
          <div class="content-main-inner">
            <div class="row">
              <div id="page-main-content" class="main-content {main_cls} order-xl-1 order-lg-1 order-md-1 order-sm-1 order-xs-1">
                <div class="main-content-inner">
                  <div class="content-main">
                    <div class="region region-content">
                      <div data-drupal-messages-fallback class="hidden"></div>
                      <a id="main-content" tabindex="-1"></a>
{content}
                    </div>
                  </div>
                </div>
              </div>
              {side}
            </div>
          </div>
        </div>
      </div>
    </div>
    <footer id="footer" class="footer">
      <div class="footer-inner">
        <div class="footer-center"><div class="container"><div class="row">
          <div class="footer-first col-lg-4 col-md-4 col-sm-12 col-xs-12 column"><div class="block block-block-content"><h2 class="block-title"><span>ติดต่อเรา</span></h2><div class="block-content"><p>{OFFICE} ศูนย์ราชการจังหวัดอุดรธานี ถนนเพาะนิยม ตำบลหมากแข้ง อำเภอเมืองอุดรธานี 41000</p></div></div></div>
          <div class="footer-second col-lg-4 col-md-4 col-sm-12 col-xs-12 column"><div class="block block-block-content"><h2 class="block-title"><span>ลิงก์ที่เกี่ยวข้อง</span></h2><div class="block-content"><ul><li><a href="https://www.energy.go.th">สำนักงานปลัดกระทรวงพลังงาน</a></li><li><a href="https://www.udonthani.go.th">จังหวัดอุดรธานี</a></li></ul></div></div></div>
          <div class="footer-third col-lg-4 col-md-4 col-sm-12 col-xs-12 column"><div class="block block-statistics-counter"><h2 class="block-title"><span>สถิติผู้เข้าชมเว็บไซต์</span></h2><div class="block-content"><ul class="visitors"><li>วันนี้ 143</li><li>เดือนนี้ 5,208</li><li>ทั้งหมด 412,936</li></ul></div></div></div>
        </div></div></div>
      </div>
      <div class="copyright"><div class="container"><div class="copyright-inner"><div class="region region-copyright"><div class="block block-block-content"><div class="block-content"><p>© 2567 {OFFICE} กระทรวงพลังงาน สงวนลิขสิทธิ์</p></div></div></div></div></div></div>
    </footer>
  </div>
</div>
<div id="gva-overlay"></div>
<a href="#" class="return-top"><i class="fas fa-angle-double-up"></i></a>
    </div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-withdraw-wrapper"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีแก่ท่าน</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับทั้งหมด</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div></div>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=9.5.11"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« แรกสุด</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for i in range(n):
            cur = " is-active" if i == k else ""
            aria = ' aria-current="page"' if i == k else ""
            items.append(
                f'<li class="pager__item{cur}"><a href="?page={i}" title="ไปหน้า {i + 1}"{aria}><span class="visually-hidden">หน้า</span>{i + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={n - 1}" title="ไปหน้าสุดท้าย"><span aria-hidden="true">สุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def card(self, a):
        thumb = (
            f'<div class="post-thumbnail post-standard"><a href="{a.path}"><img loading="lazy" src="/sites/default/files/styles/medium/public/2024-0{a.published.month % 9 + 1}/news-{a.id}.jpg?itok=Gk2x" width="370" height="260" alt="" typeof="foaf:Image" /></a></div>'
            if a.extra.get("image")
            else ""
        )
        teaser = esc(a.paras[0][:180]) + "…"
        return f"""<div class="views-row col-lg-4 col-md-4 col-sm-6 col-xs-12"><div class="post-block">{thumb}
  <div class="post-content"><div class="post-meta"><span class="post-categories"><a href="/taxonomy/term/12">{a.extra.get("cat", CATS[0])}</a></span><span class="post-created">{created(a.published, False)}</span></div>
  <div class="post-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></div>
  <div class="post-body">{teaser}</div><div class="post-link"><a href="{a.path}" class="btn-inline">อ่านเพิ่มเติม</a></div></div>
</div></div>
"""

    def listing(self, k):
        rows = [self.card(a) for a in self.pages[k]]
        if k == 1:
            fake = Article(
                id=DELETED_NID,
                title="ประกาศรับสมัครพนักงานราชการทั่วไป ตำแหน่งนักวิชาการพลังงาน (ยกเลิก)",
                paras=["รายละเอียดตามประกาศ"],
                published=self.pages[1][4].published - dt.timedelta(hours=2),
                time_printed=False,
                path=self.deleted,
            )
            rows.insert(5, self.card(fake))
        content = f"""<div class="views-element-container block block-system block-system-main-block" id="block-gavias-kiamo-content"><div class="content block-content"><div>
<div class="gva-view js-view-dom-id-4d1f6e0c8b7a">
  <div class="view-content-wrap row">
{"".join(rows)}  </div>
  {self.pager(k)}
</div></div></div></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            '<li><span class="current">ข่าวประชาสัมพันธ์</span></li>',
            "path-news",
            sidebar=False,
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        same = [
            b
            for b in self.articles[i + 1 :] + self.articles[:i]
            if b.extra["cat"] == a.extra["cat"]
        ]
        return same[1:4]

    def node(self, a):
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        thumb = ""
        if a.extra["image"]:
            thumb = f'<div class="post-thumbnail post-standard"><div class="field field--name-field-image field--type-image field--label-hidden field__items"><div class="field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2024-06/news-{a.id}.jpg?itok=Zq81" width="870" height="500" alt="" typeof="foaf:Image" /></div></div></div>'
        edited = ""
        if a.modified:
            edited = f'<div class="field field--name-changed field--type-changed field--label-inline"><div class="field__label">แก้ไขล่าสุด</div><div class="field__item">: {a.modified:%d/%m/%Y - %H:%M}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field--name-field-file field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-06/energy-{a.id}.pdf" type="application/pdf; length=254311">energy-{a.id}.pdf</a></span> <span class="file-size">(248.35 KB)</span></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{40 + j}" hreflang="th">{esc(t)}</a></div>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="post-tags"><div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">แท็ก:</div><div class="field__items">{items}</div></div></div>'
        url = f"{HOST}{a.path}"
        share = f"""<div class="post-share"><span class="share-label">แชร์:</span><div class="addtoany_list"><a class="social-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i> Facebook</a><a class="social-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener"><i class="fab fa-twitter"></i> Twitter</a><a class="social-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener"><i class="fab fa-line"></i> LINE</a><a class="print" href="javascript:window.print()"><i class="fa fa-print"></i> พิมพ์</a></div></div>"""
        newer, older = self.neighbours(a)
        nav = '<div class="node-navigation clearfix">'
        if older:
            nav += f'<div class="prev-post"><span class="label">ข่าวก่อนหน้า</span><a href="{older.path}" rel="prev">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="next-post"><span class="label">ข่าวถัดไป</span><a href="{newer.path}" rel="next">{esc(newer.title)}</a></div>'
        nav += "</div>"
        time_sr = created(a.published, a.time_printed)
        return f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node node--type-article node--promoted node--view-mode-full">
  <div class="post-block">
    {thumb}
    <div class="post-meta">
      <span class="post-categories"><a href="/taxonomy/term/12" hreflang="th">{a.extra["cat"]}</a></span>
      <span class="post-created">{time_sr}</span>
      <span class="post-view" title="จำนวนผู้เข้าชม"><i class="far fa-eye"></i> {a.views}</span>
      <span class="post-comment"><a href="{a.path}#comments">0 ความคิดเห็น</a></span>
    </div>
    <h1 class="post-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
    <div class="post-content">
      <div class="node__content clearfix">
        <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
        {files}{source}{edited}{tags}
        {share}
      </div>
    </div>
    {nav}
    <section id="node-comment"><h2 class="comments-title">ความคิดเห็น</h2><div class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</div></section>
  </div>
</article>"""

    def detail(self, a):
        rel = "".join(
            f'<div class="item"><div class="post-title"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></div><div class="post-created">{created(r.published, False)}</div></div>'
            for r in self.related(a)
        )
        content = f"""<div id="block-gavias-kiamo-content" class="block block-system block-system-main-block no-title"><div class="content block-content">
{self.node(a)}
</div></div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-views-block-related-news-block-1"><h2 class="block-title"><span>ข่าวที่เกี่ยวข้อง</span></h2><div class="content block-content"><div class="gva-view"><div class="view-content">{rel}</div></div></div></div>"""
        head = f'<link rel="canonical" href="{HOST}{a.path}" />\n<link rel="shortlink" href="{HOST}/node/{a.id}" />\n<meta property="og:site_name" content="{OFFICE}" />\n<meta property="og:type" content="article" />\n'
        crumb = f'<li><a href="/news">ข่าวประชาสัมพันธ์</a> <span class=""> - </span></li><li><span class="current">{esc(a.title)}</span></li>'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            f"path-node page-node-type-article node-{a.id}",
            head,
        )

    def denied(self):
        content = """<div id="block-gavias-kiamo-content" class="block block-system block-system-main-block no-title"><div class="content block-content">
<div class="user-login-wrapper"><h1 class="page-title">เข้าสู่ระบบ</h1><p>กรุณาเข้าสู่ระบบเพื่อดูเนื้อหานี้</p>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/news/1498" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form>
<div class="item-list"><ul><li><a href="/user/password">ลืมรหัสผ่าน</a></li></ul></div></div>
</div></div>"""
        return self.shell(
            f"เข้าสู่ระบบ | {OFFICE}",
            content,
            '<li><span class="current">เข้าสู่ระบบ</span></li>',
            "path-user",
            sidebar=False,
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == self.deleted:
            return self.html_response(self.denied())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        m = re.fullmatch(r"/node/(\d+)", path)
        if m and f"/news/{m[1]}" in self.by_path:
            return 301, {"Location": f"{base}/news/{m[1]}"}, b""
        if path == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}/"><channel><title>{OFFICE}</title><link>{HOST}/</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                created(a.published, a.time_printed),
                "จำนวนผู้เข้าชม",
                "0 ความคิดเห็น",
                "แชร์:",
                "Facebook",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "ขนาดตัวอักษร",
                "หมวดหมู่ข่าว",
                "ทั้งหมด 412,936",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนเพาะนิยม ตำบลหมากแข้ง",
                "แท็ก:",
                "ที่มา",
            ]
            if a.modified:
                must_not += ["แก้ไขล่าสุด", f"{a.modified:%d/%m/%Y - %H:%M}"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"energy-{a.id}.pdf", "248.35 KB"]
            must_not += a.tags
            if a.source:
                must_not.append(a.source)
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = GaviasSite()

if __name__ == "__main__":
    main(SITE)
