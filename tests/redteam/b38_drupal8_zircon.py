"""Blind-38 red-team site (part C): **Drupal 8.9 + the WeebPal "Zircon" theme**
(`/themes/zircon`), a provincial public-health office (สำนักงานสาธารณสุขจังหวัดน่าน),
Thai interface translation, built blind.

What it imitates:
- Drupal 8 fingerprints: `meta name="Generator" content="Drupal 8 (https://www.drupal.org)"`,
  `data-drupal-selector`, `/core/misc/drupal.js`, `drupalSettings` JSON, `/sites/default/files/`,
  `/themes/zircon/`, `/rss.xml`, `/node/N` shortlinks; pathauto aliases `/news/<nid>`;
- the **page-title block is switched off**: the only `h1` is the section banner
  "ข่าวประชาสัมพันธ์"; the headline is in `<title>`, `og:title` and the last breadcrumb
  item (easy_breadcrumb), and in no heading;
- a custom datetime field "วันที่ข่าว" printed by a custom format
  `พฤ. 05 มี.ค. 67 - 14:20` (weekday abbr., two-digit BE year) inside
  `<time datetime="...Z">` (Drupal 8 datetime fields print UTC);
- "ปรับปรุงล่าสุด" changed field for every node; statistics "เปิดอ่าน N ครั้ง";
  "แหล่งข่าว" field with the label above; "คำค้น" tags; AddToAny; print link;
  "ข่าวอื่นๆ" Views block with dates; comment login prompt; sidebar "ข่าวยอดนิยม";
- listing: Views page `/news` with an **exposed filter** and the Drupal 8 full pager
  (`nav.pager`, `ul.pager__items.js-pager__items`, query-only hrefs
  `?type=All&page=N`, 0-based).
Deleted: an unpublished node answering 200 with "ปฏิเสธการเข้าถึง".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดน่าน"
HOST = "https://www.nanhealth.go.th"
T = "/themes/zircon"
PER_PAGE = 8
SOURCES = ["กลุ่มงานควบคุมโรคติดต่อ", "กลุ่มงานประชาสัมพันธ์", None, "โรงพยาบาลน่าน", None]
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_ID = 2977
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ 1,204,388 ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000"


def custom(d: dt.datetime) -> str:
    """Custom Drupal date format 'D d M y - H:i' translated: 'พฤ. 05 มี.ค. 67 - 14:20'."""
    return f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]} - {d:%H:%M}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class ZirconSite(BaseSite):
    key = "b38_drupal8_zircon"
    family = "drupal"
    imitates = "Drupal 8.9 + WeebPal Zircon theme (/themes/zircon), provincial public-health office: /news/<nid> aliases; page-title block off, h1 = section banner, headline only in <title>, og:title and the last breadcrumb item; custom datetime field 'พฤ. 05 มี.ค. 67 - 14:20' (two-digit BE) in <time datetime=UTC Z>; 'ปรับปรุงล่าสุด' changed field on every node; 'เปิดอ่าน N ครั้ง'; 'แหล่งข่าว' field (label above); 'คำค้น' tags; AddToAny and print; 'ข่าวอื่นๆ' Views block; comment login prompt; popular-news sidebar; cookie bar; Views /news with exposed filter and D8 full pager (?type=All&page=N, 0-based, query-only hrefs); deleted = access denied (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2023, 11, 20, 15, 0, tzinfo=TZ), offset=1517
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3040
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 4
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published  # the changed field prints for every node
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 5 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 40 + len(self.term_ids))
        self.popular = sorted(arts, key=lambda a: -a.views)[:5]

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?type=All&page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    def shell(self, title, content, body_class, head_extra="", crumb=""):
        pop = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.popular
        )
        settings = json.dumps(
            {
                "path": {"baseUrl": "/", "pathPrefix": "", "currentLanguage": "th"},
                "ajaxPageState": {
                    "theme": "zircon",
                    "libraries": "addtoany/addtoany,zircon/global-styling",
                },
            }
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="shortcut icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
{head_extra}    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?qx2k1b" />
<link rel="stylesheet" media="all" href="/modules/contrib/addtoany/css/addtoany.css?qx2k1b" />
<link rel="stylesheet" media="all" href="{T}/css/bootstrap.css?qx2k1b" />
<link rel="stylesheet" media="all" href="{T}/css/style.css?qx2k1b" />
  </head>
  <body class="layout-one-sidebar layout-sidebar-second {body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page" >
  <header id="header" class="header" role="banner"><div class="container">
    <div class="region region-header"><div id="block-zircon-branding" class="block block-system block-system-branding-block">
  <a href="/" title="หน้าหลัก" rel="home" class="site-logo"><img src="/sites/default/files/logo-nan-health.png" alt="หน้าหลัก" /></a>
  <div class="site-name"><a href="/" title="หน้าหลัก" rel="home">{OFFICE}</a></div>
  <div class="site-slogan">ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข</div>
</div></div>
    <nav role="navigation" aria-labelledby="block-zircon-main-menu-menu" id="block-zircon-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-zircon-main-menu-menu">Main navigation</h2>
<ul class="menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าหลัก</a></li><li class="menu-item"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item menu-item--active-trail"><a href="/news" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav>
  </div></header>
  <section id="banner" class="banner"><div class="container"><h1 class="banner-title">ข่าวประชาสัมพันธ์</h1></div></section>
  <div class="breadcrumb-wrapper"><div class="container"><div id="block-zircon-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทาง</h2><ol><li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol></nav>
</div></div></div>
  <div id="main-wrapper" class="layout-main-wrapper clearfix"><div class="container"><div class="row">
    <main id="content" class="column main-content col-md-9" role="main">
      <a id="main-content" tabindex="-1"></a>
      <div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-zircon-content" class="block block-system block-system-main-block">
{content}
</div>
      </div>
    </main>
    <aside class="column sidebar col-md-3" role="complementary"><div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blockpopular-news-block-1" id="block-views-block-popular-news-block-1"><h2 class="block-title">ข่าวยอดนิยม</h2><div><div class="view view-popular-news view-id-popular_news view-display-id-block_1"><div class="view-content">{pop}</div></div></div></div>
<div id="block-visitors" class="block block-visitors"><h2 class="block-title">สถิติผู้เข้าชม</h2><ul><li>{SITE_COUNTER}</li><li>ผู้ใช้งานออนไลน์ 12 คน</li></ul></div>
    </div></aside>
  </div></div></div>
  <footer id="footer" class="site-footer" role="contentinfo"><div class="container"><div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{OFFICE} {FOOTER} โทร 0-5471-0216</p><p>Copyright © 2566 สงวนลิขสิทธิ์</p></div></div></div></div></footer>
  <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
</div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{settings}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.5.1"></script>
<script src="/core/misc/drupal.js?v=8.9.20"></script>
<script src="/modules/contrib/addtoany/js/addtoany.js?v=8.9.20"></script>
<script src="{T}/js/zircon.js?qx2k1b"></script>
  </body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return f"?type=All&page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager__item pager__item--first"><a href="{href(0)}" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="{href(k - 1)}" title="ไปหน้าก่อน" rel="prev"><span class="visually-hidden">หน้าก่อน</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            cur = " is-active" if j == k else ""
            aria = ' title="หน้าปัจจุบัน"' if j == k else f' title="ไปหน้า {j + 1}"'
            items.append(
                f'<li class="pager__item{cur}"><a href="{href(j)}"{aria}><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="{href(k + 1)}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="{href(n - 1)}" title="ไปหน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def row(self, title, path, a):
        return f"""<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img src="/sites/default/files/styles/news_thumb/public/news/{a.id}.jpg" width="270" height="180" alt="" /></a></div></div><div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-field-news-date"><div class="field-content"><time datetime="{utc(a.published)}">{custom(a.published)}</time></div></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:150])}…</div></div></div>
"""

    def listing(self, k):
        rows = [self.row(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                2,
                self.row(
                    "ประกาศรับสมัครอาสาสมัครสาธารณสุข (ยกเลิก)", f"/news/{DELETED_ID}", self.pages[1][2]
                ),
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8a1c">
<div class="view-filters"><form class="views-exposed-form" data-drupal-selector="views-exposed-form-news-page-1" action="/news" method="get" id="views-exposed-form-news-page-1" accept-charset="UTF-8"><div class="form--inline clearfix"><div class="js-form-item form-item js-form-type-select form-type-select js-form-item-type form-item-type"><label for="edit-type">ประเภทข่าว</label><select data-drupal-selector="edit-type" id="edit-type" name="type" class="form-select"><option value="All" selected="selected">- ทั้งหมด -</option><option value="12">ข่าวประชาสัมพันธ์</option><option value="13">ข่าวกิจกรรม</option></select></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit-news" type="submit" id="edit-submit-news" value="ค้นหา" class="button js-form-submit form-submit" /></div></div></form></div>
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icons"><a href="/rss.xml" class="feed-icon">สมัครสมาชิก ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ | {OFFICE}", content, "path-news")

    def others(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles[i + 1 : i + 5] if x is not a]
        return pool or self.articles[:4]

    def node(self, a):
        url = f"{HOST}{a.path}"
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__items"><div class="field__item"><img src="/sites/default/files/styles/large/public/2566-11/news-{a.id}.jpg?itok=Pq3x" width="800" height="533" alt="ภาพกิจกรรม" typeof="foaf:Image" class="image-style-large" /></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = ""
        if a.source:
            src = f'<div class="field field--name-field-news-source field--type-string field--label-above"><div class="field__label">แหล่งข่าว</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{self.term_ids[t]}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">คำค้น</div><div class="field__items">{items}</div></div>'
        share = f'<span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url}">แชร์</a></span>'
        return f"""<article role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node__meta">
    <div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่ข่าว</div><div class="field__item"><time datetime="{utc(a.published)}" class="datetime">{custom(a.published)}</time></div></div>
    <div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item"><time datetime="{utc(a.modified)}" class="datetime">{custom(a.modified)}</time></div></div>
    <div class="statistics-counter">เปิดอ่าน {a.views:,} ครั้ง</div>
  </div>
  <div class="node-tools"><div class="addtoany">{share}</div><div class="print-link"><a href="/node/{a.id}/printable/print" class="print-page" rel="nofollow">พิมพ์หน้านี้</a></div></div>
  <div class="node__content clearfix">
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {src}{tags}
  </div>
  <ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</li></ul>
</article>"""

    def detail(self, a):
        oth = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span> <span class="views-field views-field-field-news-date"><time datetime="{utc(x.published)}">{custom(x.published)}</time></span></div>'
            for x in self.others(a)
        )
        content = f"""{self.node(a)}
<div class="views-element-container block block-views" id="block-views-block-news-block-other"><h2 class="block-title">ข่าวอื่นๆ</h2><div class="view view-news view-display-id-block_other"><div class="view-content">{oth}</div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{HOST}{a.path}" />
"""
        crumb = f"<li>{esc(a.title)}</li>"
        return self.shell(
            f"{a.title} | {OFFICE}", content, "path-node page-node-type-news", head, crumb
        )

    def denied(self):
        content = "<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>"
        return self.shell(
            f"ปฏิเสธการเข้าถึง | {OFFICE}", content, "path-node", "", "<li>ปฏิเสธการเข้าถึง</li>"
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/news/{DELETED_ID}":
            return self.html_response(self.denied())
        if path == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                custom(a.published),
                f"เปิดอ่าน {a.views:,} ครั้ง",
                "ปรับปรุงล่าสุด",
                "วันที่ข่าว",
                "พิมพ์หน้านี้",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวอื่นๆ",
                "ข่าวยอดนิยม",
                SITE_COUNTER,
                COOKIE,
                FOOTER,
                "ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข",
            ]
            if a.source:
                must_not.append(f"แหล่งข่าว {a.source}")
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.popular if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = ZirconSite()

if __name__ == "__main__":
    main(SITE)
