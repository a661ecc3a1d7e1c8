"""Blind-40 red-team site (part A): **WordPress 6.4 + Hello Elementor + Elementor Pro Theme
Builder** single-post template of a provincial public-health office, built blind.

What it imitates:
- generator metas "WordPress 6.4.3" and "Elementor 3.18.3; features: ...", `/wp-content/`
  paths, `/feed/`, `wp-json` link, shortlink `/?p=ID`, body classes `elementor-page-NNN`;
- single template sections: `elementor-widget-theme-post-title` (`h1.elementor-heading-title`),
  a **Post Info** widget (`ul.elementor-post-info`) whose date item prints "5 มีนาคม 2567" and
  whose separate time item prints "14:20 น." (some posts), an author item, a terms item with
  the tags, a custom "แก้ไขล่าสุด" item on edited posts, Post Views Counter
  "เข้าชม 1,205" before the content, `theme-post-content` with the text, "ที่มา :" line (some),
  image (some), Download Monitor button (some), WP-PostRatings, Ultimate Social Media Icons
  "Please follow & like us :)", Jetpack Related Posts "ที่เกี่ยวข้อง", an Elementor
  **Post Navigation** widget with neighbour titles, comments closed notice;
- listing: an Elementor Pro **Posts widget on a static page** `/news/`, paginated the way that
  widget pages a static page: `/news/2/`, `/news/3/` (no `/page/`);
Deleted: `/archives/<id>` of a trashed post answering 200 with the theme-builder template
left empty ("ไม่พบเนื้อหา").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดชัยภูมิ"
PER_PAGE = 9
SOURCES = ["กลุ่มงานควบคุมโรคติดต่อ", None, "กลุ่มงานส่งเสริมสุขภาพ", None, "โรงพยาบาลชัยภูมิ"]
AUTHORS = ["pr_cpm", "admin_ssj", "editor01"]
DELETED_ID = 4411
FOLLOW = "Please follow & like us :)"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "สำนักงานสาธารณสุขจังหวัดชัยภูมิ ถนนบรรณาการ ตำบลในเมือง อำเภอเมืองชัยภูมิ 36000"
SITE_STATS = "ผู้เข้าชมทั้งหมด 392,114"


def dfmt(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


class HelloElementorSite(BaseSite):
    key = "b40_wp_hello_elementor"
    family = "wordpress"
    imitates = "WordPress 6.4 + Hello Elementor + Elementor Pro Theme Builder single template, provincial public-health office: /archives/<id>; Post Info widget (date '5 มีนาคม 2567' and a separate time item '14:20 น.' on some, author, tag terms, 'แก้ไขล่าสุด' on edited); Post Views Counter 'เข้าชม 1,205'; 'ที่มา :' (some), Download Monitor (some), WP-PostRatings, Ultimate Social Media Icons, Jetpack related, Post Navigation with neighbour titles; listing = Elementor Posts widget on a static page paginated /news/2/, /news/3/; deleted = empty template (200)"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 2, 20, 16, 0, tzinfo=TZ), offset=2407
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 4460
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 3
            if pid == DELETED_ID:
                pid -= 1
            a.path = f"/archives/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["img"] = i % 3 == 1
            a.extra["dl"] = i % 5 == 2
            a.extra["votes"] = i % 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news/"] + [f"/news/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    def shell(self, title, body_class, content):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='hello-elementor-css' href='/wp-content/themes/hello-elementor/style.min.css?ver=3.0.0' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.18.3' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=3.18.2' media='all' />
<link rel='stylesheet' id='SFSImainCss-css' href='/wp-content/plugins/ultimate-social-media-icons/css/sfsi-style.css?ver=2.8.6' media='all' />
<link rel='stylesheet' id='wp-postratings-css' href='/wp-content/plugins/wp-postratings/css/postratings-css.css?ver=1.91.1' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<meta name="generator" content="Elementor 3.18.3; features: e_dom_optimization, e_optimized_assets_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="{body_class} elementor-default elementor-template-full-width elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div data-elementor-type="header" data-elementor-id="21" class="elementor elementor-21 elementor-location-header">
<div class="elementor-element elementor-widget elementor-widget-theme-site-logo"><a href="/"><img src="/wp-content/uploads/2023/05/logo-ssj.png" alt="{OFFICE}"></a></div>
<div class="elementor-element elementor-widget elementor-widget-nav-menu"><nav class="elementor-nav-menu--main"><ul id="menu-1-main" class="elementor-nav-menu"><li class="menu-item"><a href="/" class="elementor-item">หน้าแรก</a></li><li class="menu-item"><a href="/about/" class="elementor-item">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="/news/" class="elementor-item">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/ita/" class="elementor-item">ITA</a></li><li class="menu-item"><a href="/contact/" class="elementor-item">ติดต่อเรา</a></li></ul></nav></div>
</div>
<main id="content">
{content}
</main>
<div data-elementor-type="footer" data-elementor-id="35" class="elementor elementor-35 elementor-location-footer">
<div class="elementor-widget-container"><p>{FOOTER} โทร. 0-4481-1517</p><p>{SITE_STATS}</p><p>Copyright © 2567 {OFFICE}</p></div>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role='button' class="cli_settings_button">ตั้งค่า</a> <a role='button' id="cookie_action_close_header" class="cli_action_button">ยอมรับ</a></span></div>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script src='/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.18.2' id='elementor-pro-frontend-js'></script>
</body>
</html>
"""

    def card(self, title, path, a):
        return f"""<article class="elementor-post elementor-grid-item post-{a.id} post type-post status-publish format-standard has-post-thumbnail category-news">
<a class="elementor-post__thumbnail__link" href="{path}" tabindex="-1"><div class="elementor-post__thumbnail"><img width="300" height="200" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-300x200.jpg" alt="" /></div></a>
<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{path}">{esc(title)}</a></h3>
<div class="elementor-post__meta-data"><span class="elementor-post-date">{dfmt(a.published)}</span></div>
<div class="elementor-post__excerpt"><p>{esc(a.paras[0][:110])}&#8230;</p></div>
<a class="elementor-post__read-more" href="{path}" aria-label="อ่านเพิ่มเติม {esc(title)}" tabindex="-1">อ่านเพิ่มเติม »</a></div>
</article>
"""

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                3,
                self.card(
                    "รับสมัครอาสาสมัครสาธารณสุข (ยกเลิก)", f"/archives/{DELETED_ID}", self.pages[1][3]
                ),
            )
        url = self.listing_pages()
        nav = []
        if k > 0:
            nav.append(f'<a class="page-numbers prev" href="{url[k - 1]}">&laquo; ก่อนหน้า</a>')
        for j in range(len(self.pages)):
            if j == k:
                nav.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">หน้า</span>{j + 1}</span>'
                )
            else:
                nav.append(
                    f'<a class="page-numbers" href="{url[j]}"><span class="elementor-screen-only">หน้า</span>{j + 1}</a>'
                )
        if k < len(self.pages) - 1:
            nav.append(f'<a class="page-numbers next" href="{url[k + 1]}">ถัดไป &raquo;</a>')
        content = f"""<div data-elementor-type="wp-page" data-elementor-id="118" class="elementor elementor-118">
<div class="elementor-element elementor-widget elementor-widget-heading"><h2 class="elementor-heading-title elementor-size-default">ข่าวประชาสัมพันธ์</h2></div>
<div class="elementor-element elementor-grid-3 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts" data-widget_type="posts.classic">
<div class="elementor-widget-container"><div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
{"".join(cards)}</div>
<nav class="elementor-pagination" aria-label="การแบ่งหน้า">{" ".join(nav)}</nav>
</div></div></div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            "page-template-default page page-id-118 elementor-page elementor-page-118",
            content,
        )

    def detail(self, a):
        i = self.articles.index(a)
        items = [
            f'<li class="elementor-icon-list-item elementor-repeater-item-6a1f0c3 elementor-inline-item" itemprop="author"><a href="/archives/author/{a.extra["author"]}"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-user-circle"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">{a.extra["author"]}</span></a></li>',
            f'<li class="elementor-icon-list-item elementor-repeater-item-b2c9e41 elementor-inline-item" itemprop="datePublished"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-calendar"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{dfmt(a.published)}</time></span></li>',
        ]
        if a.time_printed:
            items.append(
                f'<li class="elementor-icon-list-item elementor-repeater-item-0d8e7f2 elementor-inline-item"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="far fa-clock"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><time>{a.published:%H:%M} น.</time></span></li>'
            )
        if a.modified:
            items.append(
                f'<li class="elementor-icon-list-item elementor-repeater-item-91aa3c0 elementor-inline-item"><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-custom">แก้ไขล่าสุด {dfmt(a.modified)} {a.modified:%H:%M} น.</span></li>'
            )
        if a.tags:
            terms = ", ".join(
                f'<a href="/archives/tag/{esc(t)}" class="elementor-post-info__terms-list-item">{esc(t)}</a>'
                for t in a.tags
            )
            items.append(
                f'<li class="elementor-icon-list-item elementor-repeater-item-c7d1e55 elementor-inline-item" itemprop="about"><span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span><span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">แท็ก </span><span class="elementor-post-info__terms-list">{terms}</span></span></li>'
            )
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.extra["img"]:
            body = (
                f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"/></figure>\n'
                + body
            )
        if a.source:
            body += f"<p><strong>ที่มา : {esc(a.source)}</strong></p>\n"
        if a.extra["dl"]:
            body += f'<a class="download-link" title="" href="/download/{a.id + 7}/" rel="nofollow">ดาวน์โหลดเอกสาร (ดาวน์โหลด {a.id % 40 + 5} ครั้ง)</a>\n'
        v = a.extra["votes"]
        rating = (
            "(ยังไม่มีการโหวต)"
            if v == 0
            else f"คะแนน <strong>{v + 1}.00</strong>/5 (จาก <strong>{v}</strong> โหวต)"
        )
        related = [x for x in self.articles[i + 1 : i + 4]] or self.articles[i - 3 : i]
        self_related = related
        rel = "".join(
            f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{x.path}">{esc(x.title)}</a></h4><p class="jp-relatedposts-post-date">{dfmt(x.published)}</p><p class="jp-relatedposts-post-context">ใน &quot;ข่าวประชาสัมพันธ์&quot;</p></div>'
            for x in self_related
        )
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        pn = '<div class="elementor-post-navigation">'
        if prev:
            pn += f'<div class="elementor-post-navigation__prev elementor-post-navigation__link"><a href="{prev.path}" rel="prev"><span class="post-navigation__arrow-wrapper post-navigation__arrow-prev"><i class="fa fa-angle-left"></i></span><span class="elementor-post-navigation__link__prev"><span class="post-navigation__prev--label">ข่าวก่อนหน้า</span><span class="post-navigation__prev--title">{esc(prev.title)}</span></span></a></div>'
        if nxt:
            pn += f'<div class="elementor-post-navigation__next elementor-post-navigation__link"><a href="{nxt.path}" rel="next"><span class="elementor-post-navigation__link__next"><span class="post-navigation__next--label">ข่าวถัดไป</span><span class="post-navigation__next--title">{esc(nxt.title)}</span></span></a></div>'
        pn += "</div>"
        content = f"""<div data-elementor-type="single-post" data-elementor-id="402" class="elementor elementor-402 elementor-location-single post-{a.id} post type-post status-publish format-standard category-news">
<div class="elementor-element elementor-widget elementor-widget-breadcrumbs"><p id="breadcrumbs"><span><a href="/">หน้าแรก</a></span> » <span><a href="/news/">ข่าวประชาสัมพันธ์</a></span></p></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default">{esc(a.title)}</h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-post-info"><div class="elementor-widget-container"><ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(items)}</ul></div></div>
<div class="elementor-element elementor-widget elementor-widget-shortcode"><div class="elementor-shortcode"><div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">เข้าชม </span> <span class="post-views-count">{a.views:,}</span></div></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container">
{body}<div class="sfsi_widget sfsi_shortcode_container"><div class="sfsi_holders"><span class="sfsi_follow_text">{FOLLOW}</span> <a class="sfsi_facebook" href="https://www.facebook.com/sharer/sharer.php?u=https://cpm.moph.go.th{a.path}">Facebook</a> <a class="sfsi_line" href="https://social-plugins.line.me/lineit/share?url=https://cpm.moph.go.th{a.path}">LINE</a> <a class="sfsi_twitter" href="https://twitter.com/intent/tweet">Twitter</a></div></div>
<div id="post-ratings-{a.id}" class="post-ratings" data-nonce="5c1d0e7a2b"><img src="/wp-content/plugins/wp-postratings/images/stars/rating_off.gif" alt="" /> {rating}</div>
<div id='jp-relatedposts' class='jp-relatedposts'><h3 class="jp-relatedposts-headline"><em>ที่เกี่ยวข้อง</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual">{rel}</div></div>
</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-navigation"><div class="elementor-widget-container">{pn}</div></div>
<div class="elementor-element elementor-widget elementor-widget-post-comments"><div class="elementor-widget-container"><p class="no-comments">ปิดความเห็น บน {esc(a.title)}</p></div></div>
</div>"""
        return self.shell(
            a.title,
            f"post-template-default single single-post postid-{a.id} single-format-standard elementor-page-402",
            content,
        )

    def empty(self):
        content = """<div data-elementor-type="single-post" data-elementor-id="402" class="elementor elementor-402 elementor-location-single">
<div class="elementor-element elementor-widget elementor-widget-theme-post-title elementor-page-title elementor-widget-heading"><div class="elementor-widget-container"><h1 class="elementor-heading-title elementor-size-default"></h1></div></div>
<div class="elementor-element elementor-widget elementor-widget-theme-post-content"><div class="elementor-widget-container"><p>ไม่พบเนื้อหา</p></div></div>
</div>"""
        return self.shell("ไม่พบหน้า", "error404 elementor-page-402", content)

    def route(self, path, query, raw_query, base):
        pages = self.listing_pages()
        if path in pages:
            return self.html_response(self.listing(pages.index(path)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.empty())
        if path == "/":
            return 301, {"Location": base + "/news/"}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"เข้าชม {a.views:,}",
                FOLLOW,
                "ที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ปิดความเห็น",
                "ยังไม่มีการโหวต",
                a.extra["author"],
                COOKIE,
                FOOTER,
                SITE_STATS,
                "ข้ามไปยังเนื้อหา",
            ]
            if a.source:
                must_not.append(f"ที่มา : {a.source}")
            if a.extra["dl"]:
                must_not.append("ดาวน์โหลดเอกสาร")
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            must_not += [
                x.title for x in (self.articles[i + 1 : i + 4] or self.articles[i - 3 : i])
            ]
            must_not += [x.title for x in self.articles[max(i - 1, 0) : i + 2] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = HelloElementorSite()

if __name__ == "__main__":
    main(SITE)
