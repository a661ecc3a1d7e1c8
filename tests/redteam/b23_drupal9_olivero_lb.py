"""Blind-23 red-team site: **Drupal 9.5 with an Olivero sub-theme and Layout Builder** for the
news content type, a regional livestock office (สำนักงานปศุสัตว์เขต 6), built blind.

What it imitates:
- Drupal 9 head (Generator "Drupal 9", `drupalSettings` JSON with EU Cookie Compliance's popup
  text, `core/misc/drupalSettingsLoader.js?v=9.5.11`, shortlink `/node/N`, canonical), the
  Olivero shell (`site-header` with `site-branding`, `primary-nav` menu, search, the
  `social-bar` region with AddToAny, `region--breadcrumb`, `region--content-above`,
  `region--content`, `site-footer` with a site-wide visitor block), aliases `/th/news/<nid>`;
- **Layout Builder** on the news type: the page-title block is hidden for news nodes (block
  visibility), so **no `h1` on an article**; the headline is the Title field block
  (`block-field-blocknodenewstitle` > `span.field--name-title`); the "Authored on" and
  "Changed" field blocks print the timestamp formatter: visible custom format 'j F Y'
  ("15 มีนาคม 2024": Thai month, **CE year**, no visible time) in
  `<time datetime="…+00:00">` (**UTC**; two Scheduler-published items at 06:00 local carry the
  *previous* UTC day); a 67/33 two-column section whose first region holds image, body,
  "ที่มา" (inline label, its colon only in CSS), "เอกสารแนบ" file, Olivero's "คำสำคัญ" tags,
  AddToAny "แชร์" and node links (statistics "เข้าชม N ครั้ง", "พิมพ์"), and whose **second
  region, still inside `node__content`, holds the "ข่าวที่เกี่ยวข้อง" and "ข่าวล่าสุด" Views
  blocks**; a last section with previous/next titles and the comment login prompt;
- the Views page `/th/news` uses **pager element 1** (the "ภาพกิจกรรม" block view on the same
  page owns element 0 and prints its own mini pager `?page=1`), so the news pages are
  `?page=0%2C1`, `?page=0%2C2` (Drupal's comma-joined pager parameter, the comma
  percent-encoded) and the first-page link is `?page=0%2C0`;
- the deleted item is a node moved behind an access-control term that the view (SQL rewriting
  off) still lists: Drupal answers access denied, and the host's nginx
  `error_page 403 = /system/403` turns it into **200** with "ปฏิเสธการเข้าถึง" and the login
  block.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS, MONTHS_ABBR, Article, esc, main
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

OFFICE = "สำนักงานปศุสัตว์เขต 6"
SOURCES = [
    "กลุ่มสารสนเทศและประชาสัมพันธ์ สำนักงานปศุสัตว์เขต 6",
    None,
    "สำนักงานปศุสัตว์จังหวัดพิษณุโลก",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดพิษณุโลก",
    "ศูนย์วิจัยและพัฒนาการสัตวแพทย์ภาคเหนือตอนล่าง",
    None,
]
LIST = "/th/news"
UTC = dt.UTC
DELETED_ID = 1200
DELETED = f"/th/news/{DELETED_ID}"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
GALLERY = [
    "ปศุสัตว์เขต 6 ลงพื้นที่ตรวจเยี่ยมฟาร์มโคนม",
    "ประชุมคณะทำงานเฝ้าระวังโรคลัมปี สกิน",
    "มอบพันธุ์สัตว์ให้เกษตรกรผู้ประสบภัย",
    "อบรมเจ้าหน้าที่สัตวแพทย์อาสา",
]


def ymd(d: dt.datetime) -> str:
    """Drupal custom format 'j F Y' under the th locale: Thai month, Gregorian year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def utc_attr(d: dt.datetime) -> str:
    """TimestampFormatter's datetime attribute: 'Y-m-d\\TH:i:sP' in UTC."""
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def short(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class OliveroLBSite(B9Site):
    key = "b23_drupal9_olivero_lb"
    family = "drupal"
    imitates = "Drupal 9.5 + Olivero sub-theme + Layout Builder: no h1 on news (title field block span), created/changed timestamp blocks 'j F Y' CE with datetime in UTC (+00:00, some on the previous UTC day), 67/33 section with related/latest Views blocks inside node__content, inline 'ที่มา' label, statistics 'เข้าชม N ครั้ง'; Views pager element 1: /th/news?page=0%2C1; deleted = access denied served 200 by nginx error_page"
    listing_path = LIST
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 11, SOURCES, dt.datetime(2024, 4, 26, 15, 0), first_id=1180, step=3
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the created timestamp's datetime attribute
            if i in (5, 14):
                # Scheduler published it at 06:00 and set created to the publish time
                a.published = a.published.replace(hour=6, minute=0)
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published  # changed == created for never-edited nodes
            a.path = f"/th/news/{a.id}"
            a.extra["image"] = i % 3 == 0
            a.extra["attach"] = i % 5 == 2
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?page=0%2C{k}"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ routing

    def route(self, path, query, raw_query, base):
        if path == LIST and raw_query:
            vals = query.get("page")
            if not vals or len(query) != 1:
                return None
            parts = vals[0].split(",")
            if len(parts) > 2 or not all(p.isdigit() for p in parts):
                return None
            block = int(parts[0])
            news = int(parts[1]) if len(parts) == 2 else 0
            if news >= len(self.pages) or block > 3:
                return None
            return self.html_response(self.listing(news, block))
        if path == LIST:
            return self.html_response(self.listing(0, 0))
        if path in self.by_path and not raw_query:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED and not raw_query:
            return self.html_response(self.deleted())
        if path == "/rss.xml":
            return self.rss()
        return None

    def rss(self):
        items = "".join(
            f'<item><title>{esc(a.title)}</title><link>https://region6.dld.go.th{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator>pr_region6</dc:creator><guid isPermaLink="false">{a.id} at https://region6.dld.go.th</guid></item>'
            for a in self.articles[:10]
        )
        xml = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://region6.dld.go.th/th" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>https://region6.dld.go.th/th</link><description></description><language>th</language>{items}</channel></rss>'
        return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, xml.encode()

    # ------------------------------------------------------------------ shell

    def settings(self, path, nid=None):
        data = {
            "path": {
                "baseUrl": "/",
                "scriptPath": None,
                "pathPrefix": "th/",
                "currentPath": f"node/{nid}" if nid else "news",
                "currentPathIsAdmin": False,
                "isFront": False,
                "currentLanguage": "th",
            },
            "pluralDelimiter": "\u0003",
            "suppressDeprecationErrors": True,
            "eu_cookie_compliance": {
                "cookie_policy_version": "1.0.0",
                "popup_enabled": True,
                "popup_agreed_enabled": False,
                "popup_hide_agreed": False,
                "popup_clicking_confirmation": False,
                "popup_scrolling_confirmation": False,
                "popup_html_info": f'<div aria-labelledby="popup-text" class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--default"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message" role="document"><p>{COOKIE} ท่านสามารถศึกษารายละเอียดได้ที่ นโยบายคุกกี้</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>',
                "popup_link": "/th/cookie-policy",
                "popup_position": False,
                "method": "default",
            },
            "statistics": {
                "data": {"nid": str(nid)},
                "url": "/core/modules/statistics/statistics.php",
            }
            if nid
            else None,
            "user": {
                "uid": 0,
                "permissionsHash": "9f2c1b7e5d3a4c6b8e0f1a2d3c4b5a6e7f8091a2b3c4d5e6f708192a3b4c5d6e",
            },
        }
        if not nid:
            del data["statistics"]
        return json.dumps(data, ensure_ascii=False).replace("/", "\\/")

    def shell(self, title, content, crumbs, *, nid=None, head_extra="", body_cls="", above=""):
        crumb_items = "".join(
            f'<li class="breadcrumb__item"><a href="{u}" class="breadcrumb__link">{esc(t)}</a></li>'
            for t, u in crumbs
        )
        canonical = (
            f"https://region6.dld.go.th/th/news/{nid}"
            if nid
            else "https://region6.dld.go.th/th/news"
        )
        shortlink = (
            f'<link rel="shortlink" href="https://region6.dld.go.th/th/node/{nid}" />\n'
            if nid
            else ""
        )
        menu = "".join(
            f'<li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1{" primary-nav__menu-item--active-trail" if u == LIST else ""}"><a href="{u}" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1{" is-active" if u == LIST else ""}" data-drupal-link-system-path="{s}"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">{t}</span></a></li>'
            for t, u, s in [
                ("หน้าแรก", "/th", "<front>"),
                ("เกี่ยวกับหน่วยงาน", "/th/about", "node/3"),
                ("ข่าวประชาสัมพันธ์", LIST, "news"),
                ("ภาพกิจกรรม", "/th/gallery", "gallery"),
                ("จัดซื้อจัดจ้าง", "/th/procurement", "procurement"),
                ("ติดต่อเรา", "/th/contact", "node/4"),
            ]
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<link rel="canonical" href="{canonical}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:title" content="{esc(title)}" />
{head_extra}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/themes/custom/dld_olivero/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" hreflang="th" href="{canonical}" />
{shortlink}<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="https://region6.dld.go.th/rss.xml" />

    <title>{esc(title)} | {OFFICE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2nO8m0hCw1f3bqLJ5p1y0Qbx8Rk1mC3pYv0gk7dW4o.css?s3k2pq" />
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_6dJ0tXy3PqvL1hY0w2r8z3kq2mT9mQ4cZp6Qe0eA1uE.css?s3k2pq" />

    <script type="application/json" data-drupal-selector="drupal-settings-json">{self.settings(title, nid)}</script>
<script src="/core/misc/drupalSettingsLoader.js?v=9.5.11"></script>
<script src="/core/themes/olivero/js/checkbox.js?v=9.5.11"></script>

  </head>
  <body class="{body_cls}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      ข้ามไปยังเนื้อหาหลัก
    </a>
    <noscript><img src="/core/themes/olivero/images/noscript.gif" alt="" /></noscript>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    
<div id="page-wrapper" class="page-wrapper">
  <div id="page">

          <header id="header" class="site-header" data-drupal-selector="site-header" role="banner">

                <div class="site-header__fixable" data-drupal-selector="site-header-fixable">
          <div class="site-header__initial">
            <button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="เมนูหลักแบบติดหน้าจอ" aria-checked="false">
              <span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span>
            </button>
          </div>

                    <div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner">
            <div class="container site-header__inner__container">

              
<div id="block-dld-olivero-site-branding" class="site-branding block block-system block-system-branding-block">
  
    
    <div class="site-branding__inner">
        <a href="/th" rel="home" class="site-branding__logo">
        <img src="/sites/default/files/logo-dld.png" alt="หน้าแรก" />
      </a>
              <div class="site-branding__text">
        <div class="site-branding__name">
          <a href="/th" title="หน้าแรก" rel="home">{OFFICE}</a>
        </div>
                  <div class="site-branding__slogan">กรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์</div>
              </div>
      </div>
</div>

<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>

              <div class="mobile-buttons" data-drupal-selector="mobile-buttons">
                <button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="เมนูหลัก" aria-controls="header-nav" aria-expanded="false">
                  <span class="mobile-nav-button__label">เมนู</span>
                  <span class="mobile-nav-button__icon"></span>
                </button>
              </div>

              <div id="header-nav" class="header-nav" data-drupal-selector="header-nav">
                
<div class="search-block-form block block-search-narrow" data-drupal-selector="search-block-form" id="block-dld-olivero-search-form-narrow" role="search">
  
    
      <div class="content">
      <form action="/th/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="search-form search-block-form">
  <div class="js-form-item form-item js-form-type-search form-item-keys js-form-item-keys form-no-label">
      <label for="edit-keys" class="form-item__label visually-hidden">ค้นหา</label>
        <input title="ป้อนคำที่คุณต้องการค้นหา" placeholder="ค้นหาโดยคำสำคัญหรือวลี" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-element form-element--type-search form-element--api-search" />
        </div>
<div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><button class="button--primary search-form__submit button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="ค้นหา">
    <span class="icon--search"></span>
    <span class="visually-hidden">ค้นหา</span>
</button>
</div>
</form>
    </div>
  </div>
<nav  id="block-dld-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-dld-olivero-main-menu-menu" role="navigation">
            
  <h2 class="visually-hidden block__title" id="block-dld-olivero-main-menu-menu">เมนูหลัก</h2>
  
        <ul  class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1">
{menu}
  </ul>
  </nav>
<div class="language-switcher-language-url block block-language block-language-blocklanguage-interface" id="block-dld-olivero-languageswitcher" role="navigation">
      <div class="content">
      <ul class="links"><li hreflang="th" class="th is-active"><a href="/th" class="language-link is-active" hreflang="th">ไทย</a></li><li hreflang="en" class="en"><a href="/en" class="language-link" hreflang="en">English</a></li></ul>
    </div>
  </div>

              </div>
            </div>
          </div>
        </div>
      </header>
    
    <div id="main-wrapper" class="layout-main-wrapper layout-container">
      <div id="main" class="layout-main">
        <div class="main-content">
          <a id="main-content" tabindex="-1"></a>
          
  <div class="region region--breadcrumb grid-full layout--pass--content-medium">
    <div id="block-dld-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  
    
      <div class="content">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">เส้นทาง</h2>
    <div class="breadcrumb__content">
      <ol class="breadcrumb__list">
  {crumb_items}
      </ol>
    </div>
  </nav>

    </div>
  </div>

  </div>

{above}
          <div class="main-content__container container">
            
  <div class="region region--highlighted grid-full layout--pass--content-medium">
    <div data-drupal-messages-fallback class="hidden messages-list"></div>

  </div>

            
  <div class="region region--content grid-full layout--pass--content-medium" id="content">
    <div id="block-dld-olivero-content" class="block block-system block-system-main-block">
  
    
      <div class="block__content">
{content}
    </div>
  </div>

  </div>

          </div>
        </div>
        <div class="social-bar">
          
<div class="social-bar__inner fixable">
  <div class="rotate">
    
<div id="block-dld-olivero-addtoanybuttons" class="block block-addtoany block-addtoany-block">
  
    
      <div class="block__content">
      <span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{canonical}" data-a2a-title="{esc(title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=https%3A%2F%2Fregion6.dld.go.th"></a></span>
    </div>
  </div>

  </div>
</div>

        </div>
      </div>
    </div>

          <footer class="site-footer">
        <div class="site-footer__inner container">
          
  <div class="region region--footer-top grid-full layout--pass--content-medium">
    <div class="region--footer_top__inner">
      <div id="block-dld-olivero-contact" class="block block-block-content block-block-content4d2a">
  
      <h2 class="block__title">ติดต่อเรา</h2>
    
      <div class="block__content">
      
            <div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{OFFICE} 1 หมู่ 5 ถนนพิษณุโลก-วังทอง ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก 65130<br />โทรศัพท์ 0 5531 1448 อีเมล pr.region6@dld.go.th</p></div>
      
    </div>
  </div>
<div id="block-dld-olivero-visitors" class="block block-block-content block-block-content9e71">
  
      <h2 class="block__title">สถิติผู้เข้าชมเว็บไซต์</h2>
    
      <div class="block__content">
      <ul class="visitors"><li>วันนี้ 213</li><li>เดือนนี้ 6,482</li><li>ทั้งหมด 418,236</li></ul>
    </div>
  </div>

    </div>
  </div>

          
  <div class="region region--footer-bottom grid-full layout--pass--content-medium">
    <div id="block-dld-olivero-copyright" class="block block-block-content">
      <div class="block__content"><p>สงวนลิขสิทธิ์ © 2567 {OFFICE} กรมปศุสัตว์</p></div>
    </div>
  </div>

        </div>
      </footer>
    
    <div class="overlay" data-drupal-selector="overlay"></div>

  </div>
</div>

  </div>

    
    <script src="/sites/default/files/js/js_kP1fV7o2p2dOa3Wb0dXH9b5o0hJ6yE3xQ1mB4sT8cR0.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=dld_olivero&amp;include=eJxdjEEO"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>

  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def gallery_block(self, k, block):
        items = GALLERY[block : block + 2] or GALLERY[:2]
        lis = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/th/gallery/{31 + block + j}" hreflang="th">{esc(t)}</a></span></div></div>'
            for j, t in enumerate(items)
        )
        nxt = (
            f'<li class="pager__item pager__item--next"><a href="?page={block + 1}%2C{k}" title="ไปยังหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            if block < 3
            else ""
        )
        prev = (
            f'<li class="pager__item pager__item--previous"><a href="?page={block - 1}%2C{k}" title="ไปยังหน้าก่อน" rel="prev"><span class="visually-hidden">หน้าก่อน</span><span aria-hidden="true">‹‹</span></a></li>'
            if block > 0
            else ""
        )
        return f"""  <div class="region region--content-above grid-full layout--pass--content-medium">
    <div class="views-element-container block block-views block-views-blockgallery-block-1" id="block-dld-olivero-views-block-gallery-block-1">
      <h2 class="block__title">ภาพกิจกรรม</h2>
      <div class="block__content"><div><div class="view view-gallery view-id-gallery view-display-id-block_1 js-view-dom-id-7c1e0a">
      <div class="view-content">{lis}</div>
      <nav class="pager" role="navigation" aria-labelledby="pagination-heading--2">
    <h4 id="pagination-heading--2" class="visually-hidden">การแบ่งหน้า</h4>
    <ul class="pager__items js-pager__items">{prev}
      <li class="pager__item is-active">หน้า {block + 1}</li>{nxt}
    </ul>
  </nav>
</div></div></div>
    </div>
  </div>
"""

    def row(self, a, thumb=True):
        img = (
            f'<div class="views-field views-field-field-news-image"><div class="field-content">  <a href="{a.path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/news_thumb/public/news/2024-{a.published.month:02d}/pr{a.id}.jpg?itok=Wq3{a.id}" width="320" height="200" alt="" /></a>\n</div></div>'
            if thumb
            else ""
        )
        return f"""    <div class="views-row">{img}<div class="views-field views-field-title"><h3 class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{utc_attr(a.published)}" class="datetime">{a.published:%d/%m/%Y}</time>
</span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:180])}…</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{a.path}" hreflang="th">อ่านต่อ</a></span></div></div>
"""

    def pager(self, k, block):
        n = len(self.pages)

        def href(j):
            return f"?page={block}%2C{j}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="pager__item pager__item--control pager__item--first"><a href="{href(0)}" title="ไปหน้าแรก" class="pager__link"><span class="visually-hidden">หน้าแรก</span>«</a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--control pager__item--previous"><a href="{href(k - 1)}" title="ไปยังหน้าก่อน" rel="prev" class="pager__link"><span class="visually-hidden">หน้าก่อน</span>‹</a></li>'
            )
        for j in range(n):
            if j == k:
                lis.append(
                    f'<li class="pager__item pager__item--active"><a href="{href(j)}" title="หน้าปัจจุบัน" aria-current="page" class="pager__link is-active"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="pager__item"><a href="{href(j)}" title="ไปยังหน้า {j + 1}" class="pager__link"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="pager__item pager__item--control pager__item--next"><a href="{href(k + 1)}" title="ไปยังหน้าถัดไป" rel="next" class="pager__link"><span class="visually-hidden">หน้าถัดไป</span>›</a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--control pager__item--last"><a href="{href(n - 1)}" title="ไปหน้าสุดท้าย" class="pager__link"><span class="visually-hidden">หน้าสุดท้าย</span>»</a></li>'
            )
        return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>
    <ul class="pager__items js-pager__items">
      {"".join(lis)}
    </ul>
  </nav>"""

    def listing(self, k, block=0):
        rows = [self.row(a, i % 2 == 0) for i, a in enumerate(self.pages[k])]
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title="ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการ (เฉพาะเจ้าหน้าที่)",
                paras=["รายละเอียดตามประกาศแนบท้าย สำหรับเจ้าหน้าที่ภายในเท่านั้น"],
                published=self.pages[1][3].published - dt.timedelta(hours=5),
                time_printed=True,
            )
            fake.path = DELETED
            rows.insert(4, self.row(fake, False))
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3f6c92e1">
  
    
      <div class="view-header">
      <p>ข่าวสารและกิจกรรมของ{OFFICE}</p>
    </div>
      
      <div class="view-content">
{"".join(rows)}
    </div>
  
      {self.pager(k, block)}
  
          <div class="feed-icons">
      <a href="https://region6.dld.go.th/rss.xml" class="feed-icon">
  สมัครรับข่าวสาร {OFFICE}
</a>

    </div>
  </div>
</div>
"""
        above = f"""  <div class="region region--content-above grid-full layout--pass--content-medium">
    <div id="block-dld-olivero-page-title" class="block block-core block-page-title-block">
      <h1 class="title page-title">ข่าวประชาสัมพันธ์</h1>
    </div>
  </div>
{self.gallery_block(k, block)}"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            content,
            [("หน้าแรก", "/th")],
            body_cls="path-news",
            above=above,
        )

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 4, i - 3) if 0 <= j < len(self.articles)]

    def latest(self, a):
        return [x for x in self.articles[:6] if x is not a][:5]

    def field_block(self, name, inner, extra_cls=""):
        return f"""<div class="block block-layout-builder block-field-blocknodenews{name}{extra_cls}">
  
    
      <div class="block__content">
      {inner}
    </div>
  </div>
"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        title_blk = self.field_block(
            "title",
            f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>',
        )
        created = self.field_block(
            "created",
            f'<div class="field field--name-created field--type-created field--label-inline clearfix">\n    <div class="field__label">เผยแพร่</div>\n              <div class="field__item"><time datetime="{utc_attr(a.published)}" title="{utc_attr(a.published)}" class="datetime">{ymd(a.published)}</time>\n</div>\n          </div>',
        )
        changed = self.field_block(
            "changed",
            f'<div class="field field--name-changed field--type-changed field--label-inline clearfix">\n    <div class="field__label">ปรับปรุงล่าสุด</div>\n              <div class="field__item"><time datetime="{utc_attr(a.modified)}" title="{utc_attr(a.modified)}" class="datetime">{ymd(a.modified)}</time>\n</div>\n          </div>',
        )
        first = []
        if a.extra["image"]:
            first.append(
                self.field_block(
                    "field-news-image",
                    f'<div class="field field--name-field-news-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/large/public/news/2024-{a.published.month:02d}/pr{a.id}.jpg?itok=Lx{a.id}" width="800" height="533" alt="ภาพประกอบข่าว" />\n</div>',
                )
            )
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        first.append(
            self.field_block(
                "body",
                f'<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras}</div>',
            )
        )
        if a.source:
            first.append(
                self.field_block(
                    "field-source",
                    f'<div class="field field--name-field-source field--type-string field--label-inline clearfix">\n    <div class="field__label">ที่มา</div>\n              <div class="field__item">{esc(a.source)}</div>\n          </div>',
                )
            )
        if a.extra["attach"]:
            first.append(
                self.field_block(
                    "field-attachment",
                    f'<div class="field field--name-field-attachment field--type-file field--label-above">\n    <div class="field__label">เอกสารแนบ</div>\n              <div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-{a.published.month:02d}/pr{a.id}.pdf" type="application/pdf">หนังสือสั่งการ_ปศ6_{a.id}.pdf</a></span>\n<span class="file-size">(284.6 KB)</span>\n</div>\n          </div>',
                )
            )
        if a.tags:
            lis = "".join(
                f'<li class="tags__item"><a href="/th/taxonomy/term/{40 + n}" hreflang="th">{esc(t)}</a></li>'
                for n, t in enumerate(a.tags)
            )
            first.append(
                self.field_block(
                    "field-tags",
                    f'<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags">\n      <h3 class="field__label field--tags__label">คำสำคัญ</h3>\n    <ul class="links field__items field--tags__items">\n{lis}\n  </ul>\n</div>',
                )
            )
        first.append(
            """<div class="block block-addtoany block-addtoany-block">
      <div class="block__content">
      <span class="a2a_label">แชร์</span><span class="a2a_kit a2a_kit_size_24 addtoany_list"><a class="a2a_button_facebook" href="/#facebook" title="Facebook"></a><a class="a2a_button_line" href="/#line" title="Line"></a><a class="a2a_button_x" href="/#x" title="X"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share"></a></span>
    </div>
  </div>
"""
        )
        first.append(
            self.field_block(
                "links",
                f'<ul class="links inline"><li class="statistics-counter">เข้าชม {a.views} ครั้ง</li><li class="print-html"><a href="/th/node/{a.id}/printable/print" class="print-page" rel="nofollow">พิมพ์</a></li></ul>',
                " block-extra-field-blocknodenewslinks",
            )
        )
        rel = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{short(r.published)}</span></div></div>'
            for r in self.related(a)
        )
        lat = "".join(
            f'<li><a href="{r.path}" hreflang="th">{esc(r.title)}</a></li>' for r in self.latest(a)
        )
        second = f"""<div class="views-element-container block block-views block-views-blocknews-related-block-1">
      <h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2>
      <div class="block__content"><div><div class="view view-news-related view-id-news_related view-display-id-block_1">
      <div class="view-content">{rel}</div>
</div></div></div>
  </div>
<div class="views-element-container block block-views block-views-blocknews-latest-block-1">
      <h2 class="block__title">ข่าวล่าสุด</h2>
      <div class="block__content"><div><div class="view view-news-latest view-id-news_latest view-display-id-block_1">
      <div class="item-list"><ul>{lat}</ul></div>
</div></div></div>
  </div>
"""
        nav = '<div class="block block-block-content block-news-prev-next"><div class="block__content"><ul class="news-pager">'
        if older:
            nav += f'<li class="news-pager__prev"><a href="{older.path}" rel="prev"><span class="news-pager__label">‹ ข่าวก่อนหน้า</span> <span class="news-pager__title">{esc(older.title)}</span></a></li>'
        if newer:
            nav += f'<li class="news-pager__next"><a href="{newer.path}" rel="next"><span class="news-pager__label">ข่าวถัดไป ›</span> <span class="news-pager__title">{esc(newer.title)}</span></a></li>'
        nav += "</ul></div></div>\n"
        comments = f"""<section data-drupal-selector="comments" class="comments">
      <h2 class="comments__title">ความคิดเห็น</h2>
    <ul class="links inline"><li class="comment-forbidden"><a href="/th/user/login?destination=/th/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/th/user/register?destination=/th/node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</li></ul>
</section>
"""
        content = f"""<article data-history-node-id="{a.id}" role="article" about="/th/news/{a.id}" class="node node--type-news node--view-mode-full">

  
    

  <div class="node__content">
      <div class="layout layout--onecol">
    <div  class="layout__region layout__region--content">
      {title_blk}{created}{changed}
    </div>
  </div>
  <div class="layout layout--twocol-section layout--twocol-section--67-33">

          <div  class="layout__region layout__region--first">
        {"".join(first)}
      </div>
    
          <div  class="layout__region layout__region--second">
        {second}
      </div>
    
  </div>
  <div class="layout layout--onecol">
    <div  class="layout__region layout__region--content">
      {nav}{comments}
    </div>
  </div>

  </div>

</article>
"""
        head = f'<meta name="description" content="{esc(a.paras[0][:160])}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="https://region6.dld.go.th/th/news/{a.id}" />\n'
        return self.shell(
            a.title,
            content,
            [("หน้าแรก", "/th"), ("ข่าวประชาสัมพันธ์", LIST)],
            nid=a.id,
            head_extra=head,
            body_cls="path-node page-node-type-news",
        )

    def deleted(self):
        content = """<div class="block block-system">
<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>
</div>
<div id="block-dld-olivero-userlogin" role="form" class="block block-user block-user-login-block">
      <h2 class="block__title">เข้าสู่ระบบ</h2>
      <div class="block__content">
      <form class="user-login-form" data-drupal-selector="user-login-form" action="/th/system/403?destination=/th/system/403" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item"><label for="edit-name" class="form-item__label js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required form-element form-element--type-text" required="required" /></div>
  <div class="js-form-item form-item"><label for="edit-pass" class="form-item__label js-form-required form-required">รหัสผ่าน</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required form-element form-element--type-password" required="required" /></div>
  <input autocomplete="off" data-drupal-selector="form-4u9o" type="hidden" name="form_build_id" value="form-4u9oVv1mQ2ZbXcT8" />
  <input data-drupal-selector="edit-user-login-form" type="hidden" name="form_id" value="user_login_form" />
  <div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper"><input class="button--primary button js-form-submit form-submit" data-drupal-selector="edit-submit" type="submit" id="edit-submit--2" value="เข้าสู่ระบบ" /></div>
</form>
<ul><li><a href="/th/user/password" title="ส่งคำแนะนำการรีเซ็ตรหัสผ่านทางอีเมล" class="request-password-link">รีเซ็ตรหัสผ่านของคุณ</a></li></ul>
    </div>
  </div>
"""
        above = """  <div class="region region--content-above grid-full layout--pass--content-medium">
    <div id="block-dld-olivero-page-title" class="block block-core block-page-title-block">
      <h1 class="title page-title">ปฏิเสธการเข้าถึง</h1>
    </div>
  </div>
"""
        return self.shell(
            "ปฏิเสธการเข้าถึง",
            content,
            [("หน้าแรก", "/th")],
            body_cls="path-system",
            above=above,
        )

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เผยแพร่",
                "ปรับปรุงล่าสุด",
                ymd(a.published),
                f"เข้าชม {a.views} ครั้ง",
                "แชร์",
                "พิมพ์",
                "คำสำคัญ",
                "เอกสารแนบ",
                f"หนังสือสั่งการ_ปศ6_{a.id}.pdf",
                "(284.6 KB)",
                "ข่าวที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "ข่าวล่าสุด",
                *[r.title for r in self.latest(a)][:2],
                "‹ ข่าวก่อนหน้า",
                "ข่าวถัดไป ›",
                *[x.title for x in (older, newer) if x],
                "ความคิดเห็น",
                "เพื่อแสดงความคิดเห็น",
                "สถิติผู้เข้าชมเว็บไซต์",
                "ทั้งหมด 418,236",
                "ข้ามไปยังเนื้อหาหลัก",
                "กรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์",
                "โทรศัพท์ 0 5531 1448",
                "สงวนลิขสิทธิ์",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = OliveroLBSite()

if __name__ == "__main__":
    main(SITE)
