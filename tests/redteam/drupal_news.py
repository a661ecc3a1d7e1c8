"""Drupal 10 news site with the Olivero theme and a Views listing.

Imitates a Thai agency on Drupal 10: nodes at /node/<nid>, a Views page /news paged with
?page=N (0-based; the pager prints query-only hrefs like "?page=1"), Olivero markup
(article.node--type-article, span.field--name-title inside h1.page-title, node__meta with a
<time datetime="...Z"> in UTC and a Thai Buddhist-era visible date, body in
div.field--name-body), extra fields "ที่มา" (field_source, label inline) and
"แก้ไขล่าสุด" (changed), tags field, statistics counter "เข้าชม N ครั้ง" and the
"log in to comment" prompt in ul.links.inline, a comments section, a "ข่าวที่เกี่ยวข้อง"
Views block right after the node, breadcrumbs.

The deleted node is linked from page 2 and answers 200 with an empty node template.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    fmt_abbr,
    main,
    make_articles,
    paginate,
    qs1,
)

SITE_NAME = "สำนักงานสาธารณสุขจังหวัดเชียงราย"
OFFICE = "กลุ่มงานสื่อสารองค์กร สำนักงานสาธารณสุขจังหวัดเชียงราย"
PER_PAGE = 10
DELETED_NID = 250
FURNITURE = [
    "เข้าชม",
    "ครั้ง",
    "เข้าสู่ระบบ",
    "เพื่อแสดงความคิดเห็น",
    "ข่าวที่เกี่ยวข้อง",
    "แท็ก",
    "แก้ไขล่าสุด",
    "ความคิดเห็น",
    "หน้าแรก",
    "ขับเคลื่อนโดย",
    "ฝ่ายประชาสัมพันธ์",
]


def utc_z(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def visible(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} {fmt_abbr(d)} - {d:%H:%M}"


class DrupalNews(BaseSite):
    key = "drupal_news"
    family = "drupal"
    imitates = "Drupal 10 + Olivero theme, Views listing with ?page=N, statistics counter, field_source, related-news Views block"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 2, 10, 17, 0, tzinfo=TZ), offset=29
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 201 + n * 2
        for n, a in enumerate(arts):
            a.path = f"/node/{a.id}"
            a.time_printed = True
            a.source = OFFICE if n % 3 != 2 else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(13, "deleted")
        self.pages = paginate(entries, PER_PAGE)

    def page_url(self, n):  # n is 1-based here; Drupal's page= is 0-based
        return self.listing_path if n == 1 else f"{self.listing_path}?page={n - 1}"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def frame(self, title, body_class, above, content, after=""):
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" style="--color--primary-hue:202;--color--primary-saturation:79%;--color--primary-lightness:50">
<head>
<meta charset="utf-8">
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)">
<meta name="MobileOptimized" content="width">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="icon" href="/core/themes/olivero/favicon.ico" type="image/vnd.microsoft.icon">
<title>{esc(title)} | {esc(SITE_NAME)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_x3f9aZ.css?delta=0&amp;language=th&amp;theme=olivero">
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"th"}}}}</script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper"><div id="page">
<header id="header" class="site-header" data-drupal-selector="site-header" role="banner"><div class="site-header__fixable" data-drupal-selector="site-header-fixable"><div class="site-header__initial"><button class="sticky-header-toggle" data-drupal-selector="sticky-header-toggle" role="switch" aria-controls="site-header__inner" aria-label="Sticky header" aria-checked="false"><span class="sticky-header-toggle__icon"><span></span><span></span><span></span></span></button></div>
<div id="site-header__inner" class="site-header__inner" data-drupal-selector="site-header-inner"><div class="container site-header__inner__container">
<div id="block-olivero-site-branding" class="site-branding block block-system block-system-branding-block"><div class="site-branding__inner"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo.png" alt="หน้าแรก"></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" title="หน้าแรก" rel="home">{esc(SITE_NAME)}</a></div></div></div></div>
<div class="header-nav-overlay" data-drupal-selector="header-nav-overlay"></div>
<div class="mobile-buttons" data-drupal-selector="mobile-buttons"><button class="mobile-nav-button" data-drupal-selector="mobile-nav-button" aria-label="เมนูหลัก" aria-controls="header-nav" aria-expanded="false"><span class="mobile-nav-button__label">เมนู</span><span class="mobile-nav-button__icon"></span></button></div>
<div id="header-nav" class="header-nav" data-drupal-selector="header-nav"><nav role="navigation" aria-labelledby="block-olivero-main-menu-menu" id="block-olivero-main-menu" class="primary-nav block block-menu navigation menu--main"><h2 class="visually-hidden block__title" id="block-olivero-main-menu-menu">เมนูหลัก</h2><ul class="menu primary-nav__menu primary-nav__menu--level-1" data-drupal-selector="primary-nav-menu--level-1"><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1" data-drupal-link-system-path="&lt;front&gt;"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">หน้าแรก</span></a></li><li class="primary-nav__menu-item primary-nav__menu-item--link primary-nav__menu-item--level-1"><a href="/news" class="primary-nav__menu-link primary-nav__menu-link--link primary-nav__menu-link--level-1 is-active" data-drupal-link-system-path="news"><span class="primary-nav__menu-link-inner primary-nav__menu-link-inner--level-1">ข่าวประชาสัมพันธ์</span></a></li></ul></nav>
<nav role="navigation" aria-labelledby="block-olivero-account-menu-menu" id="block-olivero-account-menu" class="block block-menu navigation menu--account secondary-nav"><span class="visually-hidden" id="block-olivero-account-menu-menu">เมนูบัญชีผู้ใช้</span><ul data-block="secondary_menu" class="menu secondary-nav__menu secondary-nav__menu--level-1"><li class="secondary-nav__menu-item secondary-nav__menu-item--link secondary-nav__menu-item--level-1"><a href="/user/login" class="secondary-nav__menu-link secondary-nav__menu-link--link secondary-nav__menu-link--level-1" data-drupal-link-system-path="user/login">เข้าสู่ระบบ</a></li></ul></nav>
</div></div></div></div></header>
<div id="main-wrapper" class="layout-main-wrapper layout-container"><div id="main" class="layout-main"><div class="main-content">
<a id="main-content" tabindex="-1"></a>
<div class="main-content__container container">
<div class="region region--highlighted grid-full layout--pass--content-medium"><div data-drupal-messages-fallback class="hidden messages-list"></div></div>
<div class="region region--breadcrumb grid-full layout--pass--content-medium"><div id="block-olivero-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทาง</h2><div class="breadcrumb__content"><ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">หน้าแรก</a></li><li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">ข่าวประชาสัมพันธ์</a></li></ol></div></nav></div></div>
<div class="region region--content-above grid-full layout--pass--content-medium">{above}</div>
<main role="main">
<div class="region region--content grid-full layout--pass--content-medium" id="content">
<div id="block-olivero-content" class="block block-system block-system-main-block">{content}</div>
{after}
</div>
</main>
</div></div></div>
<footer class="site-footer"><div class="site-footer__inner container"><div class="region region--footer-bottom grid-full layout--pass--content-medium"><div id="block-olivero-powered" class="block block-system block-system-powered-by-block"><span>ขับเคลื่อนโดย <a href="https://www.drupal.org">Drupal</a></span></div></div></div></footer>
<div class="overlay" data-drupal-selector="overlay"></div>
</div></div></div></div>
<script src="/sites/default/files/js/js_p0tc2Ha.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=olivero"></script>
</body></html>"""

    def title_block(self, title):
        return (
            f'<div id="block-olivero-page-title" class="block block-core block-page-title-block">'
            f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1></div>'
        )

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 5, 9)]

    def related_block(self, a):
        rows = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content"><time datetime="{utc_z(r.published)}" class="datetime">{fmt_abbr(r.published)}</time></span></div></div>'
            for r in self.related_for(a)
        )
        return (
            f'<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-views-block-related-news-block-1">'
            f'<h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2><div><div class="view view-related-news view-id-related_news view-display-id-block_1 js-view-dom-id-{a.id:x}e1">'
            f'<div class="view-content">{rows}</div></div></div></div>'
        )

    def node(self, a):
        changed = ""
        if a.modified:
            changed = (
                f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">แก้ไขล่าสุด</div>'
                f'<div class="field__item"><time datetime="{utc_z(a.modified)}" title="{visible(a.modified)}" class="datetime">{visible(a.modified)}</time></div></div>'
            )
        source = ""
        if a.source:
            source = (
                f'<div class="field field--name-field-source field--type-string field--label-inline clearfix">'
                f'<div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above field--tags clearfix">'
                '<h3 class="field__label field--tags__label">แท็ก</h3><ul class="links field__items field--tags__items">'
                + "".join(
                    f'<li class="field--tags__item"><a href="/taxonomy/term/{k + 3}" hreflang="th">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul></div>"
            )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        return f"""<article data-history-node-id="{a.id}" class="node node--type-article node--promoted node--view-mode-full">
<header class="">
<div class="node__meta">
<article class="profile"><div class="field field--name-user-picture field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/pictures/pr.png" width="80" height="80" alt="รูปภาพประจำตัวของ ฝ่ายประชาสัมพันธ์"></div></article>
<span>โดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><a title="ดูโปรไฟล์ผู้ใช้" href="/user/3">ฝ่ายประชาสัมพันธ์</a></span></span>
<span><span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_z(a.published)}" title="{visible(a.published)}" class="datetime">{visible(a.published)}</time></span></span>
</div>
</header>
<div class="node__content">
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/{a.published:%Y-%m}/n{a.id}.jpg" width="1100" height="620" alt="ภาพประกอบข่าว"></div>
<div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{source}
{changed}
{tags}
<div class="node__links"><ul class="links inline"><li class="statistics-counter">เข้าชม {a.views:,} ครั้ง</li><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</li></ul></div>
<section data-drupal-selector="comments" class="comments"><h2 class="comments__title">ความคิดเห็น</h2></section>
</div>
</article>"""

    def article_page(self, a):
        return self.frame(
            a.title,
            "path-node page-node-type-article",
            self.title_block(a.title),
            self.node(a),
            self.related_block(a),
        )

    def deleted_page(self):
        empty = f"""<article data-history-node-id="{DELETED_NID}" class="node node--type-article node--unpublished node--view-mode-full"><header class=""><div class="node__meta"></div></header><div class="node__content"></div></article>"""
        return self.frame(
            "",
            "path-node page-node-type-article",
            self.title_block(""),
            empty,
            self.related_block(self.articles[0]),
        )

    def listing_page(self, n):
        rows = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                path, title, when, teaser = (
                    f"/node/{DELETED_NID}",
                    "ประกาศรับสมัครอาสาสมัครสาธารณสุข (ยกเลิก)",
                    dt.datetime(2023, 12, 1, 9, 0, tzinfo=TZ),
                    "ประกาศรับสมัคร...",
                )
            else:
                path, title, when, teaser = e.path, e.title, e.published, e.paras[0][:200]
            rows.append(f"""<div class="views-row"><article data-history-node-id="{path.rsplit("/", 1)[1]}" class="node node--type-article node--promoted node--view-mode-teaser">
<header class=""><h2 class="node__title"><a href="{path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></a></h2>
<div class="node__meta"><span><span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_z(when)}" class="datetime">{visible(when)}</time></span></span></div></header>
<div class="node__content"><div class="text-content clearfix field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{esc(teaser)}</p></div>
<div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{path}" rel="tag" title="{esc(title)}" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(title)}</span></a></li></ul></div></div></article></div>""")
        total = len(self.pages)
        items = []
        if n > 1:
            items.append(
                '<li class="pager__item pager__item--control pager__item--first"><a href="?page=0" title="ไปยังหน้าแรก" class="pager__link"><span class="visually-hidden">หน้าแรก</span>«</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--control pager__item--previous"><a href="?page={n - 2}" title="ไปยังหน้าก่อนหน้า" rel="prev" class="pager__link"><span class="visually-hidden">หน้าก่อนหน้า</span>‹</a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                items.append(
                    f'<li class="pager__item pager__item--active"><span class="visually-hidden">หน้าปัจจุบัน</span>{k}</li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="?page={k - 1}" title="ไปยังหน้า {k}" class="pager__link"><span class="visually-hidden">หน้า</span>{k}</a></li>'
                )
        if n < total:
            items.append(
                f'<li class="pager__item pager__item--control pager__item--next"><a href="?page={n}" title="ไปยังหน้าถัดไป" rel="next" class="pager__link"><span class="visually-hidden">หน้าถัดไป</span>›</a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--control pager__item--last"><a href="?page={total - 1}" title="ไปยังหน้าสุดท้าย" class="pager__link"><span class="visually-hidden">หน้าสุดท้าย</span>»</a></li>'
            )
        pager = f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-4f1c0a{n}"><div class="view-content">{"".join(rows)}</div>{pager}</div></div>"""
        return self.frame("ข่าวประชาสัมพันธ์", "path-news", self.title_block("ข่าวประชาสัมพันธ์"), content)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/news"):
            try:
                n = int(qs1(query, "page", "0")) + 1
            except ValueError:
                n = 1
            if not 1 <= n <= len(self.pages):
                return self.html_response(
                    self.frame(
                        "ข่าวประชาสัมพันธ์",
                        "path-news",
                        self.title_block("ข่าวประชาสัมพันธ์"),
                        '<div class="views-element-container"><div class="view view-news"><div class="view-empty">ไม่พบข้อมูล</div></div></div>',
                    )
                )
            return self.html_response(self.listing_page(n))
        if path.startswith("/node/"):
            try:
                nid = int(path.split("/")[2])
            except (ValueError, IndexError):
                return None
            if nid == DELETED_NID:
                return self.html_response(self.deleted_page())
            a = self.by_id.get(nid)
            if a:
                return self.html_response(self.article_page(a))
        return None

    def expected(self):
        return [
            expected_record(a, must_not=FURNITURE + [r.title for r in self.related_for(a)])
            for a in self.articles
        ]


SITE = DrupalNews()

if __name__ == "__main__":
    main(SITE)
