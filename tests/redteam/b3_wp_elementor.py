"""Blind-3 red-team site: a provincial office on WordPress 6 + Hello Elementor with an
Elementor Pro Theme Builder single-post template (built blind).

What it imitates (facts about the printed markup of such sites, not any theme's code):
- `/archives/ID` permalinks, a category archive `/category/news/` rendered by the
  Archive Posts widget, numbered `nav.elementor-pagination` with `/page/N/` links
  (absolute URLs, "ถัดไป »");
- the single template is a tree of Elementor containers and widgets: Yoast breadcrumbs
  ending with the headline, `theme-post-title` (the only `h1`), `post-info` with a Thai
  date (BE year, `<time>` with no `datetime` attribute), an optional time item, the
  category and a Post Views Counter shortcode "ผู้เข้าชม: 1,205";
- `theme-post-content` holds the body, a `wp-block-image` figure with a caption, and
  the provincial sign-off "ข่าว/ภาพ : ..." typed by the editor as the last paragraph;
- the same container then holds Share Buttons (Facebook / X / LINE, "แชร์"), post-info
  terms "แท็ก:", Post Navigation ("ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles), a Posts widget
  "ข่าวล่าสุด" whose items are `article.elementor-post.post.type-post.hentry`, and the
  comment form "ใส่ความเห็น";
- Yoast SEO head: `article:published_time` (UTC, +00:00), `article:modified_time` only when
  edited, and the `yoast-schema-graph` JSON-LD with `datePublished` and `dateModified`
  (UTC +00:00) for every post, so `published_at` always has a time and `modified_at`
  equals `published_at` for never-edited posts (the page prints a modified date for all);
- the deleted item: `/archives/4999` answers 200 with the single template and nothing in it.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b3_common import ensure_source, utc_plus0

SITE_NAME = "สำนักงานจังหวัดสระแก้ว"
PER_PAGE = 9
DELETED_ID = 4999
SOURCES = [
    "กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดสระแก้ว",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดสระแก้ว",
    "กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดสระแก้ว",
]
CAPTIONS = ["ภาพประกอบกิจกรรม", "บรรยากาศการประชุม", "ภาพ: ทีมข่าวจังหวัด"]


def build() -> list[Article]:
    arts = make_articles(
        "b3_wp_elementor", 22, start=dt.datetime(2024, 11, 28, 18, 0, tzinfo=TZ), offset=3
    )
    for i, a in enumerate(arts):
        a.id = 4870 - i * 5 - (i % 4)
        a.path = f"/archives/{a.id}"
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.extra["caption"] = CAPTIONS[i % len(CAPTIONS)] + f" ({i + 1})"
    return arts


def thai_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


class ElementorSite(BaseSite):
    key = "b3_wp_elementor"
    family = "wordpress"
    imitates = "WordPress 6 + Hello Elementor / Elementor Pro single template, Yoast schema graph, Post Views Counter"
    listing_path = "/category/news/"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{n}/" for n in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    # ---------------------------------------------------------------- shell
    def head(self, base, *, title, extra=""):
        return f"""<!doctype html>
<html lang="th">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(title)}</title>
{extra}
	<link rel='stylesheet' id='hello-elementor-css' href='{base}/wp-content/themes/hello-elementor/style.min.css?ver=3.1.1' media='all' />
	<link rel='stylesheet' id='elementor-frontend-css' href='{base}/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.24.7' media='all' />
	<link rel='stylesheet' id='elementor-post-88-css' href='{base}/wp-content/uploads/elementor/css/post-88.css?ver=1731000000' media='all' />
	<meta name="generator" content="Elementor 3.24.7; features: e_font_icon_svg, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
	<meta name="generator" content="WordPress 6.6.2" />
</head>"""

    def header(self, base):
        return f"""<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div data-elementor-type="header" data-elementor-id="12" class="elementor elementor-12 elementor-location-header" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-4f1a2b3 e-flex e-con-boxed e-con e-parent" data-element_type="container">
 <div class="e-con-inner">
  <div class="elementor-element elementor-widget elementor-widget-theme-site-logo elementor-widget-image" data-widget_type="theme-site-logo.default"><div class="elementor-widget-container"><a href="{base}/"><img width="320" height="80" src="{base}/wp-content/uploads/2023/05/logo-sakaeo.png" class="attachment-full size-full" alt="{SITE_NAME}" /></a></div></div>
  <div class="elementor-element elementor-widget elementor-widget-nav-menu" data-widget_type="nav-menu.default"><div class="elementor-widget-container">
   <nav aria-label="เมนู" class="elementor-nav-menu--main elementor-nav-menu__container elementor-nav-menu--layout-horizontal e--pointer-underline"><ul id="menu-1-main" class="elementor-nav-menu">
    <li class="menu-item menu-item-type-custom menu-item-home"><a href="{base}/" class="elementor-item">หน้าแรก</a></li>
    <li class="menu-item menu-item-type-post_type"><a href="{base}/about/" class="elementor-item">เกี่ยวกับจังหวัด</a></li>
    <li class="menu-item menu-item-type-taxonomy current-post-ancestor"><a href="{base}/category/news/" class="elementor-item">ข่าวประชาสัมพันธ์</a></li>
    <li class="menu-item"><a href="{base}/category/procurement/" class="elementor-item">ประกาศจัดซื้อจัดจ้าง</a></li>
    <li class="menu-item"><a href="{base}/contact/" class="elementor-item">ติดต่อเรา</a></li>
   </ul></nav>
  </div></div>
 </div>
</div>
</div>"""

    def footer(self, base):
        return f"""<div data-elementor-type="footer" data-elementor-id="15" class="elementor elementor-15 elementor-location-footer" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
 <div class="elementor-element elementor-widget elementor-widget-text-editor" data-widget_type="text-editor.default"><div class="elementor-widget-container">
  <p>{SITE_NAME} ศาลากลางจังหวัดสระแก้ว ถนนสุวรรณศร ตำบลสระแก้ว อำเภอเมืองสระแก้ว จังหวัดสระแก้ว 27000 โทร. 0-3742-5030</p>
 </div></div>
 <div class="elementor-element elementor-widget elementor-widget-shortcode"><div class="elementor-widget-container"><div class="elementor-shortcode">สถิติผู้เข้าชมเว็บไซต์ วันนี้ 318 | ทั้งหมด 1,204,558</div></div></div>
 <div class="elementor-element elementor-widget elementor-widget-heading"><div class="elementor-widget-container"><p class="elementor-heading-title elementor-size-default">© 2024 {SITE_NAME} สงวนลิขสิทธิ์</p></div></div>
</div></div>
</div>
<script src="{base}/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.24.2" id="elementor-pro-frontend-js"></script>
</body>
</html>"""

    # ---------------------------------------------------------------- listing
    def listing(self, n: int, base: str):
        if not 1 <= n <= len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n - 1]):
            items.append(f"""<article class="elementor-post elementor-grid-item post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" role="listitem">
 <a class="elementor-post__thumbnail__link" href="{base}/archives/{a.id}" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-300x200.jpg" alt="" /></div></a>
 <div class="elementor-post__text">
  <h3 class="elementor-post__title"><a href="{base}/archives/{a.id}">{esc(a.title)}</a></h3>
  <div class="elementor-post__meta-data"><span class="elementor-post-date">{thai_date(a.published)}</span></div>
  <div class="elementor-post__excerpt"><p>{esc(a.paras[0][:160])}&hellip;</p></div>
  <a class="elementor-post__read-more" href="{base}/archives/{a.id}" aria-label="อ่านเพิ่มเติมเกี่ยวกับ {esc(a.title)}" tabindex="-1">อ่านต่อ »</a>
 </div>
</article>""")
            if n == 2 and k == 3:
                items.append(f"""<article class="elementor-post elementor-grid-item post-{DELETED_ID} post type-post status-publish format-standard hentry category-news" role="listitem">
 <div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}/archives/{DELETED_ID}">ประชาสัมพันธ์รับสมัครงาน ตำแหน่งพนักงานราชการ</a></h3>
 <div class="elementor-post__meta-data"><span class="elementor-post-date">2 ตุลาคม 2567</span></div></div>
</article>""")

        def href(k):
            return f"{base}/category/news/" if k == 1 else f"{base}/category/news/page/{k}/"

        last = len(self.pages)
        pag = []
        if n > 1:
            pag.append(f'<a class="page-numbers prev" href="{href(n - 1)}">« ก่อนหน้า</a>')
        for k in range(1, last + 1):
            if k == n:
                pag.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">หน้า</span>{k}</span>'
                )
            else:
                pag.append(
                    f'<a class="page-numbers" href="{href(k)}"><span class="elementor-screen-only">หน้า</span>{k}</a>'
                )
        if n < last:
            pag.append(f'<a class="page-numbers next" href="{href(n + 1)}">ถัดไป »</a>')
        page_title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {n} จาก {last}" if n > 1 else "")
        html = (
            self.head(
                base,
                title=f"{page_title} - {SITE_NAME}",
                extra=f'\t<link rel="canonical" href="{href(n)}" />',
            )
            + f"""
<body class="archive category category-news category-3 wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5 elementor-page-91">
{self.header(base)}
<div data-elementor-type="archive" data-elementor-id="91" class="elementor elementor-91 elementor-location-archive" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
 <div class="elementor-element elementor-widget elementor-widget-theme-archive-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">หมวดหมู่: ข่าวประชาสัมพันธ์</h1></div></div>
 <div class="elementor-element elementor-grid-3 elementor-widget elementor-widget-archive-posts" data-widget_type="archive-posts.archive_classic"><div class="elementor-widget-container">
  <div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid" role="list">
{chr(10).join(items)}
  </div>
  <div class="e-load-more-anchor" data-page="{n}" data-max-page="{last}" data-next-page="{href(min(n + 1, last))}"></div>
  <nav class="elementor-pagination" aria-label="การแบ่งหน้า">
{chr(10).join(pag)}
  </nav>
 </div></div>
</div></div>
</div>
{self.footer(base)}"""
        )
        return self.html_response(html)

    # ---------------------------------------------------------------- single
    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def latest(self, a):
        return [x for x in self.articles[:5] if x is not a][:4]

    def yoast(self, a, base):
        url = f"{base}/archives/{a.id}"
        mod = a.modified or a.published
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "isPartOf": {"@id": url},
                    "author": {"name": "pr_sakaeo", "@id": f"{base}/#/schema/person/3f2a"},
                    "headline": a.title,
                    "datePublished": utc_plus0(a.published),
                    "dateModified": utc_plus0(mod),
                    "mainEntityOfPage": {"@id": url},
                    "wordCount": 12,
                    "publisher": {"@id": f"{base}/#organization"},
                    "image": {"@id": f"{url}#primaryimage"},
                    "thumbnailUrl": f"{base}/wp-content/uploads/pr{a.id}.jpg",
                    "keywords": list(a.tags),
                    "articleSection": ["ข่าวประชาสัมพันธ์"],
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{a.title} - {SITE_NAME}",
                    "isPartOf": {"@id": f"{base}/#website"},
                    "datePublished": utc_plus0(a.published),
                    "dateModified": utc_plus0(mod),
                    "breadcrumb": {"@id": f"{url}#breadcrumb"},
                    "inLanguage": "th",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{url}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "หน้าแรก", "item": f"{base}/"},
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "ข่าวประชาสัมพันธ์",
                            "item": f"{base}/category/news/",
                        },
                        {"@type": "ListItem", "position": 3, "name": a.title},
                    ],
                },
                {
                    "@type": "WebSite",
                    "@id": f"{base}/#website",
                    "url": f"{base}/",
                    "name": SITE_NAME,
                    "inLanguage": "th",
                },
                {
                    "@type": "Organization",
                    "@id": f"{base}/#organization",
                    "name": SITE_NAME,
                    "url": f"{base}/",
                },
            ],
        }
        metas = [
            f'\t<link rel="canonical" href="{url}" />',
            '\t<meta property="og:locale" content="th_TH" />',
            '\t<meta property="og:type" content="article" />',
            f'\t<meta property="og:title" content="{esc(a.title)} - {SITE_NAME}" />',
            f'\t<meta property="og:description" content="{esc(a.paras[0][:150])}" />',
            f'\t<meta property="og:url" content="{url}" />',
            f'\t<meta property="og:site_name" content="{SITE_NAME}" />',
            f'\t<meta property="article:published_time" content="{utc_plus0(a.published)}" />',
        ]
        if a.modified:
            metas.append(
                f'\t<meta property="article:modified_time" content="{utc_plus0(a.modified)}" />'
            )
        metas.append('\t<meta name="author" content="pr_sakaeo" />')
        metas.append(
            '\t<script type="application/ld+json" class="yoast-schema-graph">'
            + json.dumps(graph, ensure_ascii=False, separators=(",", ":"))
            + "</script>"
        )
        return "\n".join(metas)

    def widget(self, kind, inner, extra_cls=""):
        return f'<div class="elementor-element elementor-widget elementor-widget-{kind} {extra_cls}" data-widget_type="{kind}.default"><div class="elementor-widget-container">{inner}</div></div>'

    def single(self, a: Article | None, base: str):
        if a is None:
            body_cls = f"post-template-default single single-post postid-{DELETED_ID} single-format-standard"
            inner = f"""<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-{DELETED_ID} post type-post status-publish format-standard hentry" data-elementor-post-type="elementor_library">
<div class="elementor-element e-flex e-con-boxed e-con e-parent" data-element_type="container"><div class="e-con-inner">
 {self.widget("theme-post-title", '<h1 class="elementor-heading-title elementor-size-default"></h1>', "elementor-page-title elementor-widget-heading")}
 {self.widget("theme-post-content", "")}
</div></div></div>"""
            html = (
                self.head(base, title=SITE_NAME)
                + f'\n<body class="{body_cls}">\n{self.header(base)}\n{inner}\n{self.footer(base)}'
            )
            return self.html_response(html)
        url = f"{base}/archives/{a.id}"
        crumbs = f'<p id="breadcrumbs"><span><span><a href="{base}/">หน้าแรก</a></span> » <span><a href="{base}/category/news/">ข่าวประชาสัมพันธ์</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(a.title)}</span></span></p>'
        info = [
            f"""<li class="elementor-icon-list-item elementor-repeater-item-7c1d2e0 elementor-inline-item" itemprop="datePublished"><a href="{base}/{a.published.year}/{a.published.month:02d}/{a.published.day:02d}/"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-calendar" viewBox="0 0 448 512"><path d="M12 192h424"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{thai_date(a.published)}</time></span></a></li>"""
        ]
        if a.time_printed:
            info.append(
                f"""<li class="elementor-icon-list-item elementor-repeater-item-9a0b1c2 elementor-inline-item"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-far-clock" viewBox="0 0 512 512"><path d="M256 8z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{a.published.hour:02d}:{a.published.minute:02d} น.</time></span></li>"""
            )
        info.append(
            f"""<li class="elementor-icon-list-item elementor-repeater-item-2b3c4d5 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><svg aria-hidden="true" class="e-font-icon-svg e-fas-tags"><path d="M0 0z"></path></svg></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="{base}/category/news/" class="elementor-post-info__terms-list-item">ข่าวประชาสัมพันธ์</a></span></span></li>"""
        )
        info.append(
            f"""<li class="elementor-icon-list-item elementor-repeater-item-5e6f708 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom"><div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">ผู้เข้าชม: </span> <span class="post-views-count">{a.views:,}</span></div></span></li>"""
        )
        post_info = f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(info)}</ul>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        figure = f"""<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">{esc(a.extra["caption"])}</figcaption></figure>"""
        paras.insert(2, figure)
        if a.source:
            paras.append(f"<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>")
        content = "\n".join(paras)
        share = "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{net}" role="button" tabindex="0" aria-label="แชร์บน {net}"><span class="elementor-share-btn__icon"><svg class="e-font-icon-svg e-fab-{net}" viewBox="0 0 512 512"><path d="M0 0z"></path></svg></span><div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{label}</span></div></div></div>'
            for net, label in (("facebook", "Facebook"), ("x-twitter", "X"), ("line", "LINE"))
        )
        share_widget = self.widget(
            "share-buttons",
            f'<div class="elementor-heading-title">แชร์ข่าวนี้</div><div class="elementor-grid" role="list">{share}</div>',
            "elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient",
        )
        tags = ""
        if a.tags:
            terms = ", ".join(
                f'<a href="{base}/tag/{k + 10}/" class="elementor-post-info__terms-list-item">{esc(t)}</a>'
                for k, t in enumerate(a.tags)
            )
            tags = self.widget(
                "post-info",
                f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info"><li class="elementor-icon-list-item elementor-inline-item" itemprop="about"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">แท็ก:</span> <span class="elementor-post-info__terms-list">{terms}</span></span></li></ul>',
            )
        older, newer = self.neighbours(a)
        nav = '<div class="elementor-post-navigation">'
        nav += '<div class="elementor-post-navigation__prev elementor-post-navigation__link">'
        if older:
            nav += f'<a href="{base}/archives/{older.id}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><svg class="e-font-icon-svg e-fas-angle-left"><path d="M0 0z"></path></svg><span class="elementor-screen-only">ก่อนหน้า</span></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">ข่าวก่อนหน้า</span><span class="post-navigation__prev--title">{esc(older.title)}</span></span></a>'
        nav += '</div><div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
        nav += '<div class="elementor-post-navigation__next elementor-post-navigation__link">'
        if newer:
            nav += f'<a href="{base}/archives/{newer.id}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">ข่าวถัดไป</span><span class="post-navigation__next--title">{esc(newer.title)}</span></span><span class="post-navigation__arrow-wrapper post-navigation__arrow-next"><span class="elementor-screen-only">ถัดไป</span></span></a>'
        nav += "</div></div>"
        latest = "".join(
            f'<article class="elementor-post elementor-grid-item post-{x.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" role="listitem"><div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{base}/archives/{x.id}">{esc(x.title)}</a></h3><div class="elementor-post__meta-data"><span class="elementor-post-date">{thai_date(x.published)}</span></div></div></article>'
            for x in self.latest(a)
        )
        latest_widget = self.widget(
            "heading", '<h2 class="elementor-heading-title elementor-size-default">ข่าวล่าสุด</h2>'
        ) + self.widget(
            "posts",
            f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid" role="list">{latest}</div>',
            "elementor-grid-2 elementor-posts--thumbnail-top",
        )
        comments = self.widget(
            "post-comments",
            f"""<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /> <input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form></div>""",
        )
        inner = f"""<div data-elementor-type="single-post" data-elementor-id="88" class="elementor elementor-88 elementor-location-single post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" data-elementor-post-type="elementor_library">
<div class="elementor-element elementor-element-1a2b3c4 e-con-full e-flex e-con e-parent" data-element_type="container">
 {self.widget("breadcrumbs", crumbs)}
 {self.widget("theme-post-title", f'<h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1>', "elementor-page-title elementor-widget-heading")}
 {self.widget("post-info", post_info)}
 {self.widget("theme-post-featured-image", f'<img width="1200" height="800" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}.jpg" class="attachment-full size-full wp-post-image" alt="" />', "elementor-widget-image")}
 {self.widget("theme-post-content", content)}
 {share_widget}
 {tags}
 {self.widget("post-navigation", nav)}
 {latest_widget}
 {comments}
</div>
</div>"""
        html = (
            self.head(base, title=f"{a.title} - {SITE_NAME}", extra=self.yoast(a, base))
            + f"""
<body class="post-template-default single single-post postid-{a.id} single-format-standard wp-custom-logo elementor-default elementor-template-full-width elementor-kit-5 elementor-page-88">
{self.header(base)}
{inner}
{self.footer(base)}"""
        )
        return self.html_response(html)

    # ---------------------------------------------------------------- routing
    def route(self, path, query, raw_query, base):
        if path in ("/", ""):
            return 301, {"Location": base + "/category/news/"}, b""
        p = path.rstrip("/")
        if p == "/category/news":
            return self.listing(1, base)
        if p.startswith("/category/news/page/"):
            try:
                n = int(p.rsplit("/", 1)[1])
            except ValueError:
                return None
            if n == 1:
                return 301, {"Location": base + "/category/news/"}, b""
            return self.listing(n, base)
        if p.startswith("/archives/"):
            try:
                pid = int(p.rsplit("/", 1)[1])
            except ValueError:
                return None
            if pid in self.by_id:
                return self.single(self.by_id[pid], base)
            if pid == DELETED_ID:
                return self.single(None, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ผู้เข้าชม:",
                f"{a.views:,}" if a.views >= 1000 else f"ผู้เข้าชม: {a.views}",
                "แชร์ข่าวนี้",
                "Facebook",
                "LINE",
                "แท็ก:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวล่าสุด",
                "ใส่ความเห็น",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "สถิติผู้เข้าชมเว็บไซต์",
                a.extra["caption"],
                thai_date(a.published),
            ]
            must_not += [x.title for x in (older, newer) if x] + [x.title for x in self.latest(a)]
            # Yoast's graph prints dateModified for every post: never-edited -> = published
            rec = expected_record(a, published_time=True, must_not=must_not)
            if a.modified is None:
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = ElementorSite()

if __name__ == "__main__":
    main(SITE)
