"""Blind-40 red-team site (part C): **Drupal CMS 1.x (Drupal 11.1) with its default front
theme Olivero and the "News" recipe** (`drupal_cms_news`: news content type with featured
image, content, tags; `/news` listing view), a Thai municipality office, built blind.

What it imitates:
- Drupal 11 fingerprints: `meta name="Generator" content="Drupal 11 (https://www.drupal.org)"`,
  `/core/themes/olivero/`, `data-drupal-selector`, `drupal-settings-json`, `/sites/default/files/`,
  shortlink `/node/N`, `/rss.xml`; no pathauto alias for Thai titles: nodes stay `/node/N`;
- Olivero page title `h1.title.page-title > span.field--name-title`, `div.node__meta` with
  the author picture, "โดย <author>" and the date in Olivero's medium format "j F, Y" as the
  Thai interface translation prints it: **Thai month name with a Christian-era year and a
  comma** ("15 มกราคม, 2024"), no time of day anywhere, no machine date;
- featured image (some), `text-content` body, "ที่มา" field (some), tags `field--name-field-tags`
  "แท็ก", Statistics "อ่าน N ครั้ง" in `ul.links.inline`, a share block, a login prompt for
  comments, "ข่าวที่เกี่ยวข้อง" view block inside `main` under the node;
- listing: the recipe's `/news` view (`views-view-unformatted`, teasers with `h2.node__title`)
  with Olivero's full pager (`nav.pager`, `pager__item--active`, `?page=N`, 0-based);
- deleted: a node whose editor emptied it and set the title "ยกเลิก" (200, empty content).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "เทศบาลนครขอนแก่น"
HOST = "https://www.kkmuni.go.th"
T = "/core/themes/olivero"
PER_PAGE = 10
SOURCES = [None, "ฝ่ายประชาสัมพันธ์ สำนักปลัดเทศบาล", None, None, "กองสาธารณสุขและสิ่งแวดล้อม"]
USERS = ["editor_pr", "admin", "pr_kk"]
DELETED_NID = 918
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ศาลาว่าการเทศบาลนครขอนแก่น ถนนประชาสโมสร ตำบลในเมือง อำเภอเมืองขอนแก่น"
LOGIN = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
SHARE = "แชร์หน้านี้"


def olivero_date(d: dt.datetime) -> str:
    """Olivero medium 'j F, Y' through the Thai translation: month in Thai, year stays CE."""
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year}"


class OliveroSite(BaseSite):
    key = "b40_drupal11_cmsolivero"
    family = "drupal"
    imitates = "Drupal CMS 1.x (Drupal 11.1) + Olivero + News recipe, Thai municipality: /node/N paths; h1.page-title span.field--name-title; node__meta 'โดย user' + Olivero medium date '15 มกราคม, 2024' (Thai month, CE year, comma, no time, no machine date); featured image (some); 'ที่มา' field (some); 'แท็ก' tags; Statistics 'อ่าน N ครั้ง'; share block; comment login prompt; 'ข่าวที่เกี่ยวข้อง' block in main; listing = /news view with Olivero full pager ?page=N; deleted = emptied node titled 'ยกเลิก'"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2025, 2, 20, 15, 0, tzinfo=TZ), offset=1711
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1042
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 4
            a.path = f"/node/{a.id}"
            a.time_printed = False
            a.modified = None
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["user"] = USERS[i % 3]
            a.extra["image"] = i % 3 == 0
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.tid = {}
        for a in arts:
            for t in a.tags:
                self.tid.setdefault(t, 3 + len(self.tid))

    def listing_pages(self):
        return [self.listing_path] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def shell(self, title, main_html, body_class, head=""):
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 11 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
{head}<title>{esc(title)} | {OFFICE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq1bW3.css?delta=0&amp;language=th&amp;theme=olivero&amp;include=eJxdj" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"th"}},"statistics":{{"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
</head>
<body class="{body_class} path-node">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner">
<div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="ส่วนหัวแบบติดหน้าจอ" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding--bg-white site-branding"><div class="site-branding__inner"><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons"><button class="button-toggle mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="เมนูหลัก" aria-expanded="false"><span class="mobile-nav-button__label">เมนู</span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main" aria-labelledby="block-olivero-main-menu-menu" role="navigation"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">เมนูหลัก</h2>
<ul class="menu primary-nav__menu primary-nav__menu--level-1"><li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1">หน้าแรก</a></li><li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/news" class="primary-nav__menu-link primary-nav__menu-link--level-1">ข่าวประชาสัมพันธ์</a></li><li class="primary-nav__menu-item primary-nav__menu-item--level-1"><a href="/node/12" class="primary-nav__menu-link primary-nav__menu-link--level-1">ติดต่อเรา</a></li></ul></nav></div>
</div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content"><a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">หน้าแรก</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">ข่าวประชาสัมพันธ์</a></li></ol></div></nav></div></div>
{main_html}
</div></div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-top grid-full layout--pass--content-medium"><div class="region--footer_top__inner"><div id="block-footer-contact" class="block block-block-content"><div class="block__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{FOOTER} 40000 โทรศัพท์ 0-4322-1186</p></div></div></div></div></div>
<div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>ขับเคลื่อนโดย <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
</div></div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
<script src="{T}/js/navigation-utils.js?v=11.1.3"></script>
<script src="/core/misc/drupal.js?v=11.1.3"></script>
</body>
</html>
"""

    def teaser(self, nid, title, a):
        return f"""<div class="views-row"><article data-history-node-id="{nid}" class="node node--type-news node--promoted node--view-mode-teaser">
<header class="node__header"><h2 class="node__title"><a href="/node/{nid}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></a></h2>
<div class="node__meta"><span><span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{a.extra["user"]}</span></span></span> <span class="node__meta-date">{olivero_date(a.published)}</span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-field-content field--type-text-long field--label-hidden field__item"><p>{esc(a.paras[0][:180])}…</p></div><ul class="links inline"><li class="node-readmore"><a href="/node/{nid}" rel="tag" title="{esc(title)}" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(title)}</span></a></li></ul></div>
</article></div>"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return f"?page={j}"

        items = []
        if k > 0:
            items.append(
                '<li class="pager__item pager__item--first pager__item--control"><a href="?page=0" title="ไปหน้าแรก" class="pager__link"><span class="visually-hidden">หน้าแรก</span>«</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous pager__item--control"><a href="{href(k - 1)}" class="pager__link" title="ไปหน้าก่อน" rel="prev"><span class="visually-hidden">หน้าก่อน</span>‹</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="pager__item pager__item--active pager__item--number"><span class="visually-hidden">หน้าปัจจุบัน</span><span class="pager__link pager__link--is-active">{j + 1}</span></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item pager__item--number"><a href="{href(j)}" title="ไปหน้า {j + 1}" class="pager__link"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next pager__item--control"><a href="{href(k + 1)}" class="pager__link" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span>›</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last pager__item--control"><a href="{href(n - 1)}" title="ไปหน้าสุดท้าย" class="pager__link"><span class="visually-hidden">หน้าสุดท้าย</span>»</a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a.id, a.title, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(4, self.teaser(DELETED_NID, "ยกเลิก", self.pages[1][4]))
        main_html = f"""<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title">ข่าวประชาสัมพันธ์</h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7c1f0e"><div class="view-content"><div class="views-view-unformatted">{"".join(rows)}</div></div>{self.pager(k)}<div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">สมัครรับ ข่าวประชาสัมพันธ์</a></div></div></div></div></div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", main_html, "path-news page-view-news")

    def related(self, a):
        i = self.articles.index(a)
        return (self.articles[i + 1 : i + 4]) or self.articles[-4:-1]

    def detail(self, a):
        url = f"{HOST}/node/{a.id}"
        img = ""
        if a.extra["image"]:
            img = f'<div class="field field--name-field-featured-image field--type-entity-reference field--label-hidden field__item"><article class="media media--type-image media--view-mode-default"><div class="field field--name-field-media-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/{a.published:%Y-%m}/news-{a.id}.jpg?itok=Zk2" width="1280" height="720" alt="ภาพกิจกรรม" /></div></article></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = ""
        if a.source:
            src = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field__item"><a href="/taxonomy/term/{self.tid[t]}" hreflang="th">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags"><h3 class="field__label field--tags__label">แท็ก</h3><ul class="links field__items field--tags__items">{items}</ul></div>'
        share = f'<div id="block-sharebuttons" class="block block-better-social-sharing-buttons"><h2 class="block__title">{SHARE}</h2><div class="social-sharing-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="social-sharing-buttons-button share-facebook">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener" class="share-line">LINE</a><a href="https://twitter.com/intent/tweet?url={url}" class="share-x">X</a><a href="javascript:window.print()" class="share-print">พิมพ์</a><a href="#" class="btnCopy">คัดลอกลิงก์</a></div></div>'
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="/node/{x.id}" hreflang="th">{esc(x.title)}</a></span></span> <span class="views-field views-field-created"><span class="field-content">{olivero_date(x.published)}</span></span></div>'
            for x in self.related(a)
        )
        main_html = f"""<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content">
<article data-history-node-id="{a.id}" class="node node--type-news node--view-mode-full">
<header class="node__header"><div class="node__meta"><article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><img loading="lazy" src="/core/themes/olivero/images/user-default.png" width="100" height="100" alt="รูปประจำตัวของ {a.extra["user"]}" /></div></article><span>โดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{a.extra["user"]}</span></span></span>, <span class="node__meta-date">{olivero_date(a.published)}</span></div></header>
<div class="node__content">{img}
<div class="text-content clearfix field field--name-field-content field--type-text-long field--label-hidden field__item">{body}</div>
{src}{tags}
<ul class="links inline"><li class="statistics-counter">อ่าน {a.views} ครั้ง</li><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</li></ul>
</div></article></div></div>
{share}
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-related-news"><h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2><div class="block__content"><div class="view view-related-news view-display-id-block_1"><div class="view-content">{rel}</div></div></div></div>
</div>"""
        head = f"""<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{url}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(a.title)}" />
"""
        return self.shell(a.title, main_html, "path-node page-node-type-news", head)

    def deleted(self):
        main_html = f"""<div class="region region--content-above grid-full layout--pass--content-medium"><div id="block-olivero-page-title" class="block block-core block-page-title-block"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">ยกเลิก</span></h1></div></div>
<div class="region region--content grid-full layout--pass--content-medium" id="content"><div id="block-olivero-content" class="block block-system block-system-main-block"><div class="block__content"><article data-history-node-id="{DELETED_NID}" class="node node--type-news node--view-mode-full"><header class="node__header"><div class="node__meta"><span>โดย <span>admin</span></span>, <span class="node__meta-date">{olivero_date(self.pages[1][4].published)}</span></div></header><div class="node__content"></div></article></div></div></div>"""
        return self.shell("ยกเลิก", main_html, "path-node page-node-type-news")

    def route(self, path, query, raw_query, base):
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/node/{DELETED_NID}":
            return self.html_response(self.deleted())
        if path in ("/rss.xml", "/news/rss.xml"):
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}/node/{a.id}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views} ครั้ง",
                f"โดย {a.extra['user']}",
                LOGIN,
                SHARE,
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                COOKIE,
                FOOTER,
                "ข้ามไปยังเนื้อหาหลัก",
                "ขับเคลื่อนโดย",
                "แท็ก",
                "รูปประจำตัวของ",
            ]
            must_not += [x.title for x in self.related(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = OliveroSite()

if __name__ == "__main__":
    main(SITE)
