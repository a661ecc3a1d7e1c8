"""Blind-45 red-team site (part A): **WordPress 6.4 + Total (WPExplorer) 5.x + WP-PostViews +
Jetpack sharing + Polylang**, a provincial irrigation project office, built blind.

What it imitates:
- pretty permalinks `/YYYY/MM/DD/<slug-id>/`; category archive `/category/news/`, pages
  `/category/news/page/N/` (Total's `div.wpex-pagination` with `ul.page-numbers`); generator,
  `/wp-content/themes/Total/`, `/wp-json/`, `/feed/`, `rel=shortlink ?p=N`;
- Total's `#wrap` / `#site-header` / `#main` / `#primary` / `#sidebar` / `#footer`; a page
  header `h1.page-header-title` "ข่าวประชาสัมพันธ์" (the category) on the single post too, the
  headline in `header.single-blog-header > h1.single-post-title.entry-title` (second h1);
- `ul.meta` with `li.meta-date` (`time.updated datetime=` ISO +07:00, visible "j F Y" Thai
  month with the **BE year**, no time), `li.meta-author` (login), `li.meta-category`,
  `li.meta-views` WP-PostViews "อ่าน N ครั้ง" in the meta row **and** the same counter
  repeated at the end of the content by the_views() in the theme hook;
- og:`article:published_time` (always with time) and `article:modified_time` (every post, =
  published when never edited), Yoast-less; "แก้ไขล่าสุด: …" printed by the theme only when
  edited (`li.meta-modified`);
- Jetpack `div.sharedaddy.sd-sharing-enabled` "แชร์ข่าวนี้:" inside `.single-blog-content`,
  "ที่มา :" sign-off on some posts, a Download Monitor-like file link on some, images on some;
  `div.post-tags`, Total `.post-pagination` with neighbour titles, `section#related-posts`
  "ข่าวที่เกี่ยวข้อง", comments "ต้องเข้าสู่ระบบ ก่อนแสดงความคิดเห็น"; Polylang language
  switcher, recent posts / archives / WP Statistics widgets, GDPR cookie bar, footer.
Deleted: `/2024/03/18/meeting-plan-5170/` linked from page 2 — a password-protected post:
WordPress answers 200 with the title "ป้องกัน: …" and only the password form.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, be, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "โครงการชลประทานอุตรดิตถ์"
THEME = "/wp-content/themes/Total"
LIST = "/category/news/"
PER = 9
SOURCES = [
    "ฝ่ายบริหารทั่วไป โครงการชลประทานอุตรดิตถ์",
    None,
    "งานประชาสัมพันธ์ สำนักงานชลประทานที่ 3",
    None,
    None,
]
TAGS = ["ชลประทาน", "น้ำเพื่อการเกษตร", "ภัยแล้ง", "อุทกภัย", "จิตอาสา", "ขุดลอกคลอง"]
DELETED = "/2024/03/18/meeting-plan-5170/"
DELETED_TITLE = "แผนการประชุมคณะกรรมการจัดการน้ำชลประทาน (เฉพาะเจ้าหน้าที่)"
SHARE = "แชร์ข่าวนี้:"
RELATED = "ข่าวที่เกี่ยวข้อง"
COMMENT = "ต้องเข้าสู่ระบบ ก่อนแสดงความคิดเห็น"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000"
STATS = "ผู้เข้าชมทั้งหมด: 842,115"


def wpdate(d: dt.datetime) -> str:
    """'j F Y' with the Thai month and the BE year (a date-i18n filter plugin)."""
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


class TotalSite(BaseSite):
    key = "b45_wp_total_postviews"
    family = "wordpress"
    imitates = "WordPress 6.4 + Total (WPExplorer) + WP-PostViews + Jetpack sharing + Polylang, provincial irrigation project office: /YYYY/MM/DD/slug-id/, /category/news/page/N/; h1.page-header-title = category, headline in second h1.single-post-title; ul.meta li.meta-date time.updated datetime ISO + visible 'j F Y' BE date, og article:published_time/modified_time on every post; WP-PostViews 'อ่าน N ครั้ง' in the meta row and again after the content; 'แก้ไขล่าสุด' only when edited; Jetpack sharedaddy, tags, post-pagination with neighbour titles, related posts, comment login prompt, Polylang switcher, WP Statistics, cookie bar; deleted = password-protected post (200, form only)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 5, 28, 16, 0, tzinfo=TZ), offset=611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5230 - i * 3
            a.path = f"/{a.published:%Y/%m/%d}/news-{a.id}/"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 41 + (i * 211) % 2900
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 7 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}page/{k + 1}/"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, body_class, head_extra=""):
        recent = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<link rel="profile" href="http://gmpg.org/xfn/11">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="/category/news/feed/" />
<link rel='stylesheet' id='wpex-style-css' href='{THEME}/style.css?ver=5.10.1' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='/wp-content/plugins/jetpack/css/jetpack.css?ver=12.8' media='all' />
<link rel='stylesheet' id='wp-postviews-css' href='/wp-content/plugins/wp-postviews/postviews-cache.css?ver=1.77' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<meta name="generator" content="Total WordPress Theme v5.10.1">
{head_extra}
</head>
<body class="{body_class} wpex-theme wpex-responsive full-width-main-layout has-composer wpex-live-site site-full-width content-right-sidebar has-sidebar sidebar-widget-icons hasnt-overlay-header page-header-enabled wpex-mobile-toggle-menu-icon_buttons has-mobile-menu">
<span data-ls_id="#site_top"></span>
<div id="outer-wrap" class="wpex-overflow-clip"><div id="wrap" class="wpex-clr">
<div id="top-bar-wrap" class="wpex-border-b wpex-border-main wpex-border-solid wpex-text-sm"><div id="top-bar" class="container wpex-relative wpex-py-15 wpex-md-flex wpex-justify-between wpex-items-center wpex-text-center wpex-md-text-initial"><div id="top-bar-content" class="has-content top-bar-left wpex-clr">โทร. 0-5541-1012 | อีเมล uttaradit@rid.go.th</div>
<div class="top-bar-right"><ul class="polylang-switcher"><li class="lang-item lang-item-th current-lang"><a lang="th" hreflang="th" href="/">ไทย</a></li><li class="lang-item lang-item-en"><a lang="en-US" hreflang="en-US" href="/en/">English</a></li></ul></div></div></div>
<header id="site-header" class="header-one fixed-scroll wpex-z-99 has-sticky-dropshadow dyn-styles wpex-print-hidden wpex-relative wpex-clr" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div id="site-header-inner" class="header-one-inner header-padding container wpex-relative wpex-h-100 wpex-py-30 wpex-clr"><div id="site-logo" class="site-branding header-one-logo logo-padding wpex-table"><div id="site-logo-inner" class="wpex-table-cell wpex-align-middle wpex-clr"><a id="site-logo-link" href="/" rel="home" class="main-logo"><img src="/wp-content/uploads/2023/01/logo-rid.png" alt="{OFFICE}" class="logo-img" width="320" height="80"></a></div></div>
<div id="site-navigation-wrap" class="navbar-style-one wpex-dropdowns-caret hide-at-mm-breakpoint wpex-clr wpex-print-hidden"><nav id="site-navigation" class="navigation main-navigation main-navigation-one wpex-clr" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" aria-label="Main menu"><ul id="menu-main" class="main-navigation-ul dropdown-menu wpex-dropdown-menu wpex-dropdown-menu--onhover"><li class="menu-item"><a href="/"><span class="link-inner">หน้าแรก</span></a></li><li class="menu-item"><a href="/about/"><span class="link-inner">เกี่ยวกับเรา</span></a></li><li class="menu-item current-menu-item"><a href="{LIST}"><span class="link-inner">ข่าวประชาสัมพันธ์</span></a></li><li class="menu-item"><a href="/water-report/"><span class="link-inner">รายงานสถานการณ์น้ำ</span></a></li><li class="menu-item"><a href="/contact/"><span class="link-inner">ติดต่อเรา</span></a></li></ul></nav></div>
</div></header>
<main id="main" class="site-main wpex-clr">
<header class="page-header default-page-header wpex-relative wpex-mb-40 wpex-surface-2 wpex-text-2 wpex-supports-mods"><div class="page-header-inner container"><div class="page-header-content"><h1 class="page-header-title wpex-block wpex-m-0 wpex-text-2xl"><span>ข่าวประชาสัมพันธ์</span></h1>
<nav class="site-breadcrumbs position-page_header_aside wpex-text-4 wpex-text-sm" aria-label="You are here:"><span class="breadcrumb-trail wpex-clr"><span class="trail-begin"><a href="/" rel="home"><span>หน้าแรก</span></a></span><span class="sep sep-1"> &raquo; </span><span class="trail-end">ข่าวประชาสัมพันธ์</span></span></nav></div></div></header>
<div id="content-wrap" class="container wpex-clr">
{content}
<aside id="sidebar" class="sidebar-primary sidebar-container wpex-print-hidden"><div id="sidebar-inner" class="sidebar-container-inner wpex-mb-40">
<div id="search-2" class="sidebar-box widget widget_search wpex-mb-30 wpex-clr"><form role="search" method="get" class="searchform" action="/"><label><span class="screen-reader-text">ค้นหา</span><input type="search" class="field" name="s" placeholder="ค้นหา"></label><button type="submit" class="searchform-submit">ค้นหา</button></form></div>
<div id="recent-posts-2" class="sidebar-box widget widget_recent_entries wpex-mb-30 wpex-clr"><div class='widget-title wpex-heading wpex-text-md wpex-mb-20'>เรื่องล่าสุด</div><ul>{recent}</ul></div>
<div id="archives-2" class="sidebar-box widget widget_archive wpex-mb-30 wpex-clr"><div class='widget-title wpex-heading wpex-text-md wpex-mb-20'>คลังเก็บ</div><ul><li><a href='/2024/05/'>พฤษภาคม 2024</a></li><li><a href='/2024/04/'>เมษายน 2024</a></li><li><a href='/2024/03/'>มีนาคม 2024</a></li></ul></div>
<div id="wp_statistics_widget-2" class="sidebar-box widget widget_wp_statistics_widget wpex-mb-30 wpex-clr"><div class='widget-title wpex-heading wpex-text-md wpex-mb-20'>สถิติเว็บไซต์</div><ul><li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>7</li><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li><li><label>{STATS.split(": ")[0]}:&nbsp;</label>{STATS.split(": ")[1]}</li></ul></div>
</div></aside>
</div>
</main>
<footer id="footer" class="site-footer wpex-surface-dark wpex-print-hidden" itemscope="itemscope" itemtype="https://schema.org/WPFooter"><div id="footer-inner" class="site-footer-inner container wpex-pt-40 wpex-clr"><div id="footer-widgets" class="wpex-row wpex-clr gap-30"><div class="footer-box span_1_of_2 col col-1"><div class="footer-widget widget wpex-pb-40 wpex-clr widget_text"><div class="textwidget"><p>{OFFICE} กรมชลประทาน<br>{FOOTER}</p></div></div></div></div></div>
<div id="footer-bottom" class="wpex-py-20 wpex-text-sm wpex-surface-dark wpex-bg-gray-900 wpex-text-center wpex-md-text-left wpex-print-hidden"><div id="footer-bottom-inner" class="container"><div class="footer-bottom-flex wpex-md-flex wpex-md-justify-between wpex-md-items-center"><div id="copyright" class="wpex-last-mb-0">Copyright © 2567 {OFFICE} สงวนลิขสิทธิ์</div></div></div></div></footer>
</div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE}<a role='button' class="cli_settings_button">ตั้งค่า</a> <a role='button' id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ยอมรับ</a></span></div>
<script src='{THEME}/assets/js/total.min.js?ver=5.10.1' id='wpex-core-js'></script>
<script src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=12.8' id='sharing-js-js'></script>
</body>
</html>
"""

    def entry(self, a, deleted=False):
        path = DELETED if deleted else a.path
        title = DELETED_TITLE if deleted else a.title
        img = (
            f'<div class="blog-entry-media entry-media wpex-mb-20"><a href="{esc(path)}" title="{esc(title)}" class="blog-entry-media-link"><img width="600" height="400" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-600x400.jpg" class="blog-entry-media-img wpex-align-middle" alt="" loading="lazy"></a></div>'
            if a.extra["image"] and not deleted
            else ""
        )
        excerpt = "" if deleted else f"<p>{esc(a.paras[0][:160])}&hellip;</p>"
        return f"""<article id="post-{5170 if deleted else a.id}" class="blog-entry col span_1_of_3 grid-entry-style-default wpex-relative wpex-clr post-{5170 if deleted else a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news entry has-media">
<div class="blog-entry-inner entry-inner wpex-px-20 wpex-pb-20 wpex-card-bg wpex-last-mb-0 wpex-clr">{img}
<header class="blog-entry-header entry-header wpex-mb-10"><h2 class="blog-entry-title entry-title wpex-text-lg"><a href="{esc(path)}">{esc(title)}</a></h2></header>
<ul class="blog-entry-meta entry-meta meta wpex-text-sm wpex-text-3 wpex-last-mr-0 wpex-mb-20"><li class="meta-date"><span class="ticon ticon-clock-o" aria-hidden="true"></span><time class="updated" datetime="{a.published.date().isoformat()}">{wpdate(a.published)}</time></li></ul>
<div class="blog-entry-excerpt entry-excerpt wpex-my-20 wpex-last-mb-0 wpex-clr">{excerpt}</div>
<div class="blog-entry-readmore entry-readmore-wrap wpex-my-20 wpex-clr"><a href="{esc(path)}" class="theme-button" aria-label="อ่านต่อ เกี่ยวกับ {esc(title)}">อ่านต่อ<span class="readmore-rarr wpex-hidden wpex-md-inline wpex-ml-5">&rarr;</span></a></div>
</div></article>"""

    def listing(self, k):
        n = len(self.pages)
        items = [self.entry(a) for a in self.pages[k]]
        if k == 1:
            items.insert(4, self.entry(self.pages[k][3], deleted=True))
        nums = []
        if k:
            nums.append(
                f'<li><a class="prev page-numbers" href="{self.page_url(k - 1)}"><span class="ticon ticon-angle-left" aria-hidden="true"></span><span class="screen-reader-text">หน้าก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            if j == k:
                nums.append(
                    f'<li><span aria-current="page" class="page-numbers current">{j + 1}</span></li>'
                )
            else:
                nums.append(
                    f'<li><a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            nums.append(
                f'<li><a class="next page-numbers" href="{self.page_url(k + 1)}"><span class="ticon ticon-angle-right" aria-hidden="true"></span><span class="screen-reader-text">หน้าถัดไป</span></a></li>'
            )
        content = f"""<div id="primary" class="content-area wpex-clr"><div id="content" class="site-content wpex-clr">
<div id="blog-entries" class="entries wpex-row blog-grid grid-style-fit-rows infinite-scroll-wrap wpex-clr">{"".join(items)}</div>
<div class="wpex-pagination wpex-clr wpex-mt-30 wpex-text-left"><ul class='page-numbers'>{"".join(nums)}</ul></div>
</div></div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" &#8211; หน้า {k + 1}" if k else "")
        return self.shell(
            title,
            content,
            "archive category category-news category-3 wpex-has-primary-bottom-spacing",
        )

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[:3]

    def article(self, a):
        p, m = a.published, a.modified
        mod = m or p
        head = f"""<link rel="canonical" href="{esc(a.path)}" />
<link rel='shortlink' href='/?p={a.id}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="article:published_time" content="{p.isoformat()}" />
<meta property="article:modified_time" content="{mod.isoformat()}" />
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/{a.id}" />"""
        img = (
            f'<div id="post-media" class="single-blog-media single-media wpex-mb-20"><img width="1024" height="683" src="/wp-content/uploads/{p:%Y/%m}/news-{a.id}.jpg" class="blog-single-media-img wpex-align-middle" alt="" decoding="async"></div>'
            if a.extra["image"]
            else ""
        )
        modli = (
            f'<li class="meta-modified"><span class="ticon ticon-pencil" aria-hidden="true"></span>แก้ไขล่าสุด: {wpdate(m)}</li>'
            if m
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>"
        if a.extra["file"]:
            body += f'<p><a class="download-link" title="" href="/download/{a.id}/" rel="nofollow">เอกสารประกอบ (PDF) (ดาวน์โหลด {a.id % 97 + 3} ครั้ง)</a></p>'
        views = f"อ่าน {a.views:,} ครั้ง"
        tags = (
            '<div class="post-tags wpex-mb-40 wpex-last-mr-0"><span class="ticon ticon-tags"></span> '
            + "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
            + "</div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<div class="post-pagination-wrap wpex-py-20 wpex-border-solid wpex-border-y wpex-border-main wpex-print-hidden"><ul class="post-pagination container wpex-flex wpex-justify-between wpex-list-none">'
        if older:
            nav += f'<li class="post-prev wpex-flex-grow wpex-mr-10"><a href="{esc(older.path)}" rel="prev"><span class="wpex-mr-10 ticon ticon-angle-double-left" aria-hidden="true"></span><span class="screen-reader-text">เรื่องก่อนหน้า: </span>{esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="post-next wpex-flex-grow wpex-ml-10 wpex-text-right"><a href="{esc(newer.path)}" rel="next"><span class="screen-reader-text">เรื่องถัดไป: </span>{esc(newer.title)}<span class="wpex-ml-10 ticon ticon-angle-double-right" aria-hidden="true"></span></a></li>'
        nav += "</ul></div>"
        rel = "".join(
            f'<article class="related-post col span_1_of_3 wpex-clr"><div class="related-post-content wpex-mt-15"><div class="related-post-title entry-title wpex-mb-5"><a href="{esc(x.path)}">{esc(x.title)}</a></div><div class="related-post-excerpt wpex-leading-normal wpex-text-sm"><p>{wpdate(x.published)}</p></div></div></article>'
            for x in self.related(a)
        )
        content = f"""<div id="primary" class="content-area wpex-clr"><div id="content" class="site-content wpex-clr">
<article id="single-blocks" class="single-blog-article wpex-first-mt-0 wpex-clr">
<header class="single-blog-header wpex-mb-10"><h1 class="single-post-title entry-title wpex-text-3xl" itemprop="headline">{esc(a.title)}</h1></header>
<ul class="meta wpex-text-sm wpex-text-3 wpex-mb-20 wpex-last-mr-0">
<li class="meta-date"><span class="ticon ticon-clock-o" aria-hidden="true"></span><span class="screen-reader-text">โพสต์เมื่อ </span><time class="updated" datetime="{p.isoformat()}">{wpdate(p)}</time></li>
<li class="meta-author"><span class="ticon ticon-user-o" aria-hidden="true"></span><span class="vcard author"><span class="fn"><a href="/author/rid_admin/" title="เขียนโดย rid_admin" rel="author">rid_admin</a></span></span></li>
<li class="meta-category"><span class="ticon ticon-folder-o" aria-hidden="true"></span><a class="term-3" href="{LIST}">ข่าวประชาสัมพันธ์</a></li>
<li class="meta-views"><span class="ticon ticon-eye" aria-hidden="true"></span>{views}</li>
{modli}
</ul>
{img}
<div class="single-blog-content single-content entry wpex-mt-20 wpex-mb-40 wpex-clr" itemprop="text">
{body}
<p class="wp-postviews">{views}</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{SHARE}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="{esc(a.path)}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{esc(a.path)}?share=x" target="_blank" title="คลิกเพื่อแชร์บน X"><span>X</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{esc(a.path)}#print" target="_blank" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-end"></li></ul></div></div></div>
</div>
{tags}
</article>
{nav}
<section id="related-posts" class="related-posts wpex-mb-40 wpex-print-hidden"><h3 class="theme-heading related-posts-title"><span class="text">{RELATED}</span></h3><div class="wpex-row wpex-clr">{rel}</div></section>
<section id="comments" class="comments-area wpex-mb-40 wpex-print-hidden"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title theme-heading">แสดงความคิดเห็น</h3><p class="must-log-in">{COMMENT} <a href="/wp-login.php?redirect_to={esc(a.path)}">เข้าสู่ระบบ</a></p></div></section>
</div></div>"""
        return self.shell(
            a.title,
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def protected(self):
        content = f"""<div id="primary" class="content-area wpex-clr"><div id="content" class="site-content wpex-clr">
<article id="single-blocks" class="single-blog-article wpex-first-mt-0 wpex-clr">
<header class="single-blog-header wpex-mb-10"><h1 class="single-post-title entry-title wpex-text-3xl">ป้องกัน: {esc(DELETED_TITLE)}</h1></header>
<div class="single-blog-content single-content entry wpex-mt-20 wpex-mb-40 wpex-clr"><form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน เพื่อดูมัน กรุณาใส่รหัสผ่านด้านล่าง:</p><p><label for="pwbox-5170">รหัสผ่าน: <input name="post_password" id="pwbox-5170" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></div>
</article></div></div>"""
        return self.shell(
            "ป้องกัน: " + DELETED_TITLE,
            content,
            "post-template-default single single-post postid-5170 post-password-required",
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": base + LIST}, b""
        if path == DELETED:
            return self.html_response(self.protected())
        for k in range(len(self.pages)):
            if path == self.page_url(k):
                return self.html_response(self.listing(k))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            if not a.modified:
                a_mod = a.published
            else:
                a_mod = a.modified
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                "rid_admin",
                SHARE,
                "คลิกเพื่อแชร์บน Facebook",
                RELATED,
                COMMENT,
                "เรื่องล่าสุด",
                "ผู้เข้าชมวันนี้",
                COOKIE,
                FOOTER,
                "เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด: {wpdate(a.modified)}")
            if a.extra["file"]:
                must_not.append(f"ดาวน์โหลด {a.id % 97 + 3} ครั้ง")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, published_time=True, modified=False, must_not=must_not)
            rec["modified_at"] = a_mod.isoformat()
            out.append(rec)
        return out


SITE = TotalSite()

if __name__ == "__main__":
    main(SITE)
