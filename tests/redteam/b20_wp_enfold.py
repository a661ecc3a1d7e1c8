"""Blind-20 red-team site: WordPress 6 + Kriesi's "Enfold" theme (Avia Layout Builder) on a
municipality's news (เทศบาลเมือง), an old install whose blog charset is still TIS-620, built blind.

What it imitates:
- Enfold's shell: `#wrap_all`, `header#header` with `nav.main_menu` / `ul#avia-menu`, the
  `title_container` (`strong.main-title` = the category "ข่าวประชาสัมพันธ์", never the post's
  headline) with `div.breadcrumb.avia-breadcrumbs` ("คุณอยู่ที่นี่:"), `main.content` +
  `aside.sidebar` with a "ข่าวล่าสุด" newsbox and a visitor counter widget, the socket footer,
  and Enfold's own cookie consent bar (`.avia-cookie-consent`);
- the page is sent in **windows-874**, declared as `TIS-620` in the header and the meta;
- permalinks `/%year%/%monthnum%/%day%/%post_id%/` (**the date in the URL**), the category
  listing `/category/news/`, `/category/news/page/N/` (path pagination, Enfold's
  `nav.pagination` with "Page 1 of 3" and "›" / "»");
- two kinds of posts:
  * **classic** posts (`template-single-blog`): `h1.post-title.entry-title` + `span.post-meta-infos`
    with `<time class="date-container minor-meta updated" datetime="…+07:00">16 กุมภาพันธ์ 2024`
    (**CE year** under the Thai locale; the time only in the attribute), category, author; tags
    in `span.blog-tags` ("Tags:") and the `av-social-sharing-box` ("Share this entry") in the
    `footer.entry-footer`;
  * **Avia Layout Builder** posts: no post header at all; the content is `av_section` /
    `flex_column` markup whose first element is an `av-special-heading` `h1` (the headline,
    inside the content) with an `av-subheading` typed by the editor in **Thai digits and BE**
    ("๑๖ กุมภาพันธ์ ๒๕๖๗"), then `av_textblock`s, then the builder's own `av_social_share`
    element and an `avia-content-slider` "ข่าวที่เกี่ยวข้อง" **inside the content**; tags are
    not printed on these;
- Yoast's JSON-LD graph in the head with `datePublished` and `dateModified` for **every** post
  (dateModified = datePublished when never edited) and Enfold's hidden `av-structured-data`
  spans ("2024-02-16 10:30:00");
- "Post Views Counter" inside the content: "ยอดเข้าชม 1,234";
- the editor's source line as the last paragraph: "ข่าว/ภาพ : …" or "เรียบเรียง : …" (some
  posts have none);
- Enfold's `related_posts` tooltip thumbnails ("คุณอาจสนใจ") after the article on classic
  posts, and the comment form ("แสดงความคิดเห็น");
- the deleted item is a post locked by a membership plugin: the theme's page with
  "ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น" and a login form (200).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS, be, esc, main, thai_digits
from .b13_common import B9Site, build, neighbours, record

SITE_NAME = "เทศบาลเมืองบ้านไผ่"
OFFICE_SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สำนักปลัดเทศบาลเมืองบ้านไผ่"),
    None,
    ("เรียบเรียง", "ฝ่ายบริหารงานทั่วไป กองสาธารณสุขและสิ่งแวดล้อม"),
    ("ข่าว/ภาพ", "กองการศึกษา เทศบาลเมืองบ้านไผ่"),
    None,
]
DELETED_ID = 8831
CATEGORY = "ข่าวประชาสัมพันธ์"


def post_path(a_id: int, d: dt.datetime) -> str:
    return f"/{d.year}/{d.month:02d}/{d.day:02d}/{a_id}/"


def ce_long(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def be_long_th(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {be(d)}")


def stamp(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S")


SHARE = [
    ("facebook", "Facebook", "https://www.facebook.com/sharer.php?u="),
    ("twitter", "X", "https://twitter.com/share?text=&url="),
    ("line", "LINE", "https://social-plugins.line.me/lineit/share?url="),
    ("mail", "Mail", "mailto:?subject=&body="),
]


class EnfoldSite(B9Site):
    key = "b20_wp_enfold"
    family = "wordpress"
    imitates = (
        "WordPress 6 + Enfold (Avia Layout Builder), windows-874 declared as TIS-620: "
        "/%year%/%monthnum%/%day%/%post_id%/ (date in URL), /category/news/page/N/; classic posts "
        "(h1.post-title, time 'CE year' + datetime attr, Tags:, share box in entry-footer) and ALB "
        "posts (av_section, av-special-heading h1 inside the content, Thai-digit BE subheading, "
        "av_social_share + 'ข่าวที่เกี่ยวข้อง' slider inside the content); Yoast JSON-LD with "
        "dateModified on every post; 'ยอดเข้าชม 1,234' in the content; 'ข่าว/ภาพ :' / 'เรียบเรียง :' "
        "last line; deleted = members-only lock page (200)"
    )
    listing_path = "/category/news/"
    per_page = 8
    charset = "cp874"

    def __init__(self):
        self.articles = build(
            self.key, 23, 7, [None], dt.datetime(2024, 9, 20, 17, 0), first_id=8800, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = post_path(a.id, a.published)
            a.time_printed = True  # the datetime attribute and the JSON-LD carry it on every post
            src = OFFICE_SOURCES[i % len(OFFICE_SOURCES)]
            a.extra["src_label"] = src[0] if src else None
            a.source = src[1] if src else None
            a.extra["alb"] = i % 3 != 0
            if a.extra["alb"]:
                a.tags = []
            a.extra["author"] = ["admin_pr", "นักประชาสัมพันธ์", "webmaster"][i % 3]
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}page/{k + 1}/"

    def deleted_paths(self):
        return [post_path(DELETED_ID, dt.datetime(2024, 8, 26))]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=TIS-620"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    # ------------------------------------------------------------ shell

    def shell(
        self,
        title_tag,
        content,
        *,
        head_extra="",
        body_class="post-template-default single single-post",
        crumb_last="",
    ):
        latest = "".join(
            f'<li class="news-content post-format-standard"><a class="news-link" title="อ่านต่อ: {esc(b.title)}" href="{b.path}">'
            f'<span class="news-thumb no-news-thumb"></span><strong class="news-headline">{esc(b.title)}'
            f'<span class="news-time">{ce_long(b.published)} - {b.published.strftime("%H:%M")}</span></strong></a></li>'
            for b in self.articles[:5]
        )
        crumb = (
            '<div class="breadcrumb breadcrumbs avia-breadcrumbs"><div class="breadcrumb-trail">'
            '<span class="trail-before"><span class="breadcrumb-title">คุณอยู่ที่นี่:</span></span> '
            '<span itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList"><span itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement">'
            '<a itemprop="url" href="/" title="หน้าแรก" rel="home" class="trail-begin"><span itemprop="name">หน้าแรก</span></a>'
            '<span itemprop="position" class="hidden">1</span></span></span> <span class="sep">/</span> '
            f'<span itemscope="itemscope" itemtype="https://schema.org/BreadcrumbList"><span itemscope="itemscope" itemtype="https://schema.org/ListItem" itemprop="itemListElement"><a itemprop="url" href="/category/news/" title="{CATEGORY}"><span itemprop="name">{CATEGORY}</span></a><span itemprop="position" class="hidden">2</span></span></span>'
            + (
                f' <span class="sep">/</span> <span class="trail-end">{esc(crumb_last)}</span>'
                if crumb_last
                else ""
            )
            + "</div></div>"
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="html_stretched responsive av-preloader-disabled html_header_top html_logo_left html_main_nav_header html_menu_right html_large html_header_sticky html_header_shrinking html_mobile_menu_phone html_content_align_center html_header_unstick_top_disabled html_header_stretch_disabled html_av-overlay-side html_av-submenu-noclone av-cookies-consent-show-message-bar av-cookies-cookie-consent-enabled av-no-preview av-default-lightbox html_text_menu_active av-mobile-menu-switch-default">
<head>
<meta charset="TIS-620" />
<meta name="robots" content="index, follow" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_tag)}</title>
{head_extra}
<link rel='stylesheet' id='avia-merged-styles-css' href='/wp-content/uploads/dynamic_avia/avia-merged-styles-4f3c0e1b.css' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body id="top" class="{body_class} stretched rtl_columns av-curtain-numeric sarabun-custom sarabun avia-responsive-images-support" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id='wrap_all'>
<header id='header' class='all_colors header_color light_bg_color av_header_top av_logo_left av_main_nav_header av_menu_right av_large av_header_sticky av_header_shrinking av_header_stretch_disabled av_mobile_menu_phone av_header_searchicon av_header_unstick_top_disabled av_bottom_nav_disabled av_header_border_disabled' role="banner" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div id='header_meta' class='container_wrap container_wrap_meta av_phone_active_right av_extra_header_active av_entry_id_0'><div class='container'><div class='phone-info'><span>โทร. 043-272-111 | สายด่วน 1132</span></div><nav class='sub_menu' role="navigation"><ul class='avia_wpml_language_switch'><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li><li><a href="/sitemap/">แผนผังเว็บไซต์</a></li></ul></nav></div></div>
<div id='header_main' class='container_wrap container_wrap_logo'>
<div class='container av-logo-container'><div class='inner-container'><span class='logo avia-standard-logo'><a href='/' class=''><img src="/wp-content/uploads/2023/01/logo-banphai.png" height="100" width="300" alt='{SITE_NAME}' title='' /></a></span><nav class='main_menu' data-selectname='เลือกหน้า' role="navigation" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement"><div class="avia-menu av-main-nav-wrap"><ul role="menu" class="menu av-main-nav" id="avia-menu">
<li role="menuitem" id="menu-item-21" class="menu-item menu-item-top-level menu-item-top-level-1"><a href="/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">หน้าแรก</span><span class="avia-menu-fx"><span class="avia-arrow-wrap"><span class="avia-arrow"></span></span></span></a></li>
<li role="menuitem" id="menu-item-22" class="menu-item menu-item-has-children menu-item-top-level menu-item-top-level-2"><a href="/about/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">ข้อมูลเทศบาล</span></a></li>
<li role="menuitem" id="menu-item-23" class="menu-item current-menu-item menu-item-top-level menu-item-top-level-3"><a href="/category/news/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">{CATEGORY}</span></a></li>
<li role="menuitem" id="menu-item-24" class="menu-item menu-item-top-level menu-item-top-level-4"><a href="/category/procurement/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">ประกาศจัดซื้อจัดจ้าง</span></a></li>
<li role="menuitem" id="menu-item-25" class="menu-item menu-item-top-level menu-item-top-level-5"><a href="/e-service/" itemprop="url" tabindex="0"><span class="avia-bullet"></span><span class="avia-menu-text">E-Service</span></a></li>
<li id="menu-item-search" class="noMobile menu-item menu-item-search-dropdown menu-item-avia-special" role="menuitem"><a aria-label="ค้นหา" href="?s=" rel="nofollow" data-avia-search-tooltip="" aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello'><span class="avia_hidden_link_text">ค้นหา</span></a></li>
<li class="av-burger-menu-main menu-item-avia-special"><a href="#" aria-label="เมนู" aria-hidden="false"><span class="av-hamburger av-hamburger--spin av-js-hamburger"><span class="av-hamburger-box"><span class="av-hamburger-inner"></span><strong>เมนู</strong></span></span><span class="avia_hidden_link_text">เมนู</span></a></li></ul></div></nav></div></div>
</div>
<div class='header_bg'></div>
</header>
<div id='main' class='all_colors' data-scroll-offset='116'>
<div class='stretch_full container_wrap alternate_color light_bg_color title_container'><div class='container'><strong class='main-title entry-title '><a href='/category/news/' rel='bookmark' title='ลิงก์ถาวร: {CATEGORY}' itemprop="headline">{CATEGORY}</a></strong>{crumb}</div></div>
<div class='container_wrap container_wrap_first main_color sidebar_right'>
<div class='container template-blog template-single-blog '>
<main class='content units av-content-small alpha av-blog-meta-comments-disabled av-main-single' role="main" itemscope="itemscope" itemtype="https://schema.org/Blog">
{content}
</main>
<aside class='sidebar sidebar_right smartphones_sidebar_active alpha units' role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar"><div class="inner_sidebar extralight-border">
<section id="search-2" class="widget clearfix widget_search"><form action="/" id="searchform" method="get" class=""><div><input type="submit" value="" id="searchsubmit" class="button avia-font-entypo-fontello" /><input type="search" id="s" name="s" value="" aria-label='ค้นหา' placeholder='ค้นหา' /></div></form><span class="seperator extralight-border"></span></section>
<section id="newsbox-2" class="widget clearfix avia-widget-container newsbox"><h3 class="widgettitle">ข่าวล่าสุด</h3><ul class="news-wrap image_size_widget">{latest}</ul><span class="seperator extralight-border"></span></section>
<section id="categories-2" class="widget clearfix widget_categories"><h3 class="widgettitle">หมวดหมู่</h3><ul><li class="cat-item cat-item-3"><a href="/category/news/">{CATEGORY}</a> (412)</li><li class="cat-item cat-item-4"><a href="/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a> (96)</li></ul><span class="seperator extralight-border"></span></section>
<section id="text-3" class="widget clearfix widget_text"><h3 class="widgettitle">สถิติผู้เข้าชมเว็บไซต์</h3><div class="textwidget"><div id="wpstatistics_useronline"><p>ออนไลน์ขณะนี้ : 7</p><p>ผู้เยี่ยมชมวันนี้ : 214</p><p>ผู้เยี่ยมชมทั้งหมด : 1,208,553</p></div></div><span class="seperator extralight-border"></span></section>
</div></aside>
</div><!--end container-->
</div><!-- close default .container_wrap element -->
<footer class='container_wrap socket_color' id='socket' role="contentinfo" itemscope="itemscope" itemtype="https://schema.org/WPFooter"><div class='container'><span class='copyright'>© สงวนลิขสิทธิ์ {SITE_NAME} 99 ถนนเจนจบทิศ ตำบลในเมือง อำเภอบ้านไผ่ จังหวัดขอนแก่น 40110 - <a rel='nofollow' href='https://kriesi.at'>Enfold Theme by Kriesi</a></span></div></footer>
</div><!-- end main -->
</div><!-- end wrap_all -->
<a href='#top' title='เลื่อนขึ้นด้านบน' id='scroll-top-link' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'><span class="avia_hidden_link_text">เลื่อนขึ้นด้านบน</span></a>
<div class="avia-cookie-consent-wrap" aria-hidden="true"><div class='avia-cookie-consent cookiebar-hidden avia-cookiemessage-bottom' aria-hidden='true' data-contents='e81c0a'><div class="container"><p class='avia_cookie_text'>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</p><a href='#' class='avia-button avia-cookie-consent-button avia-cookie-consent-button-1 avia-cookie-close-bar' data-contents='e81c0a'>ยอมรับทั้งหมด</a><a href='#' class='avia-button avia-color-theme-color-highlight avia-cookie-consent-button avia-cookie-consent-button-2 av-extra-cookie-btn avia-cookie-info-btn'>ตั้งค่าคุกกี้</a></div></div></div>
<script type='text/javascript' src='/wp-content/uploads/dynamic_avia/avia-footer-scripts-4f3c0e1b.js' id='avia-footer-scripts-js'></script>
</body>
</html>"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        posts = []
        items = list(self.pages[k])
        if k == 1:
            items.insert(3, None)
        for j, a in enumerate(items):
            if a is None:
                path, title, d, excerpt = (
                    self.deleted_paths()[0],
                    "[สมาชิก] รายงานผลการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567",
                    dt.datetime(2024, 8, 26, 9, 0),
                    "เนื้อหานี้สำหรับสมาชิก...",
                )
                pid = DELETED_ID
            else:
                path, title, d, excerpt, pid = (
                    a.path,
                    a.title,
                    a.published,
                    a.paras[0][:120] + " […]",
                    a.id,
                )
            posts.append(f"""<article class="post-entry post-entry-type-standard post-entry-{pid} post-loop-{j + 1} post-parity-{"odd" if j % 2 == 0 else "even"} single-small post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news" itemscope="itemscope" itemtype="https://schema.org/BlogPosting">
<div class="blog-meta"><a href="{path}" class="small-preview" title="{esc(title)}"><img width="180" height="180" src="/wp-content/uploads/{d.year}/{d.month:02d}/{pid}-180x180.jpg" class="wp-image-{pid + 1} avia-img-lazy-loading-{pid + 1} attachment-square size-square wp-post-image" alt="" decoding="async" /><span class="iconfont" aria-hidden="true" data-av_icon="" data-av_iconfont="entypo-fontello"></span></a></div>
<div class="entry-content-wrapper clearfix standard-content"><header class="entry-content-header"><h2 class="post-title entry-title" itemprop="headline"><a href="{path}" rel="bookmark" title="ลิงก์ถาวร: {esc(title)}">{esc(title)}<span class="post-format-icon minor-meta"></span></a></h2><span class="post-meta-infos"><time class="date-container minor-meta updated" datetime="{d.strftime("%Y-%m-%dT%H:%M:%S")}+07:00">{ce_long(d)}</time><span class="text-sep text-sep-date">/</span><span class="blog-categories minor-meta">ใน <a href="/category/news/" rel="tag">{CATEGORY}</a></span></span></header>
<div class="entry-content" itemprop="text"><p>{esc(excerpt)}</p><div class="read-more-link"><a href="{path}" class="more-link">อ่านต่อ<span class="more-link-arrow"></span></a></div></div><footer class="entry-footer"></footer><div class="post_delimiter"></div></div></article>""")
        n = len(self.pages)
        links = []
        if k > 0:
            links.append(f"<a href='{self.page_url(0)}'>&laquo;</a>")
            links.append(f"<a href='{self.page_url(k - 1)}'>&lsaquo;</a>")
        for i in range(n):
            links.append(
                f"<span class='current'>{i + 1}</span>"
                if i == k
                else f"<a href='{self.page_url(i)}' class='inactive'>{i + 1}</a>"
            )
        if k < n - 1:
            links.append(f"<a href='{self.page_url(k + 1)}'>&rsaquo;</a>")
            links.append(f"<a href='{self.page_url(n - 1)}'>&raquo;</a>")
        pager = f"<nav class='pagination'><span class='pagination-meta'>Page {k + 1} of {n}</span>{''.join(links)}</nav>"
        content = f"<div class='category-term-description'></div>{''.join(posts)}{pager}"
        title = (
            f"{CATEGORY} Archives - {SITE_NAME}"
            if k == 0
            else f"{CATEGORY} Archives - หน้า {k + 1} จาก {n} - {SITE_NAME}"
        )
        return self.shell(title, content, body_class="archive category category-news category-3")

    # ------------------------------------------------------------ detail

    def jsonld(self, a):
        mod = a.modified or a.published
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{a.path}#article",
                    "isPartOf": {"@id": a.path},
                    "author": {"name": a.extra["author"], "@id": "/#/schema/person/1"},
                    "headline": a.title[:110],
                    "datePublished": a.published.isoformat(),
                    "dateModified": mod.isoformat(),
                    "mainEntityOfPage": {"@id": a.path},
                    "publisher": {"@id": "/#organization"},
                    "articleSection": [CATEGORY],
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": a.path,
                    "url": a.path,
                    "name": f"{a.title} - {SITE_NAME}",
                    "datePublished": a.published.isoformat(),
                    "dateModified": mod.isoformat(),
                    "inLanguage": "th",
                },
                {"@type": "Organization", "@id": "/#organization", "name": SITE_NAME, "url": "/"},
            ],
        }
        return (
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>\n<meta property="og:type" content="article" />\n<meta property="og:title" content="{esc(a.title)} - {SITE_NAME}" />\n<meta property="article:published_time" content="{a.published.isoformat()}" />'
            + (f'\n<meta property="article:modified_time" content="{mod.isoformat()}" />')
        )

    def views_box(self, a):
        return (
            f'<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            f'<span class="post-views-label">ยอดเข้าชม </span> <span class="post-views-count">{a.views:,}</span></div>'
        )

    def source_line(self, a):
        if not a.source:
            return ""
        return f'<p style="text-align: right;"><strong>{a.extra["src_label"]} :</strong> {esc(a.source)}</p>'

    def share(self, a, cls):
        items = "".join(
            f"<li class='av-share-link av-social-link-{k}'><a target=\"_blank\" aria-label=\"แชร์ผ่าน {lab}\" href='{u}{a.path}' aria-hidden='false' data-av_icon='' data-av_iconfont='entypo-fontello' title='' data-avia-related-tooltip='แชร์ผ่าน {lab}' rel=\"noopener\"><span class='avia_hidden_link_text'>แชร์ผ่าน {lab}</span></a></li>"
            for k, lab, u in SHARE
        )
        return f"<div class='av-social-sharing-box {cls}'><div class=\"av-share-box\"><h5 class='av-share-link-description av-no-toc'>แบ่งปันบทความนี้</h5><ul class=\"av-share-box-list noLightbox\">{items}</ul></div></div>"

    def hidden_data(self, a):
        mod = a.modified or a.published
        return f"""<span class='hidden'>
<span class='av-structured-data' itemprop="image" itemscope="itemscope" itemtype="https://schema.org/ImageObject"><span itemprop='url'>/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}.jpg</span><span itemprop='height'>768</span><span itemprop='width'>1024</span></span>
<span class='av-structured-data' itemprop="publisher" itemtype="https://schema.org/Organization" itemscope="itemscope"><span itemprop='name'>{a.extra["author"]}</span><span itemprop='logo' itemscope itemtype='https://schema.org/ImageObject'><span itemprop='url'>/wp-content/uploads/2023/01/logo-banphai.png</span></span></span>
<span class='av-structured-data' itemprop="author" itemscope="itemscope" itemtype="https://schema.org/Person"><span itemprop='name'>{a.extra["author"]}</span></span>
<span class='av-structured-data' itemprop="datePublished" datetime="{a.published.isoformat()}">{stamp(a.published)}</span>
<span class='av-structured-data' itemprop="dateModified" itemtype="https://schema.org/dateModified">{stamp(mod)}</span>
<span class='av-structured-data' itemprop="mainEntityOfPage" itemtype="https://schema.org/mainEntityOfPage"><span itemprop='name'>{esc(a.title)}</span></span>
</span>"""

    def related(self, a):
        i = self.articles.index(a)
        rel = [b for b in self.articles[i + 1 : i + 5]] or self.articles[:4]
        return rel

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        rel = self.related(a)
        older, newer = neighbours(self.articles, a)
        if a.extra["alb"]:
            slides = "".join(
                f"<div data-slideshow-data='' class='slide-entry flex_column post-format-standard av_one_fourth {'first' if j == 0 else ''} real-thumbnail'><a href='{b.path}' data-rel='slide-1' class='slide-image' title=''><img width=\"495\" height=\"400\" src=\"/wp-content/uploads/{b.published.year}/{b.published.month:02d}/{b.id}-495x400.jpg\" alt=\"\" /></a><div class='slide-content'><header class=\"entry-content-header\"><h3 class='slide-entry-title entry-title' itemprop=\"headline\"><a href='{b.path}' title='{esc(b.title)}'>{esc(b.title)}</a></h3><span class='av-vertical-delimiter'></span></header><div class='slide-meta'><time class='slide-meta-time updated' datetime='{b.published.isoformat()}'>{ce_long(b.published)}</time></div></div></div>"
                for j, b in enumerate(rel)
            )
            sub = be_long_th(a.published)
            body = f"""<div class='post-entry post-entry-type-standard post-entry-{a.id}'>
<article class="post-entry post-entry-type-standard post-entry-{a.id} post-loop-1 post-parity-odd post-entry-last single-big post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" itemscope="itemscope" itemtype="https://schema.org/BlogPosting" itemprop="blogPost">
<div class='entry-content-wrapper clearfix standard-content'>
<div class="entry-content" itemprop="text">
<div id='av_section_1' class='avia-section av-l8m3k2-1c0e av-section-color-overlay-active avia-section-default avia-no-border-styling avia-builder-el-0 el_before_av_section avia-builder-el-first avia-bg-style-scroll container_wrap fullsize'><div class='container av-section-cont-open'><div class='template-page content av-content-full alpha units'><div class='post-entry post-entry-type-page post-entry-{a.id}'><div class='entry-content-wrapper clearfix'>
<div class='av-special-heading av-k3j9x1-{a.id} av-special-heading-h1 custom-color-heading blockquote modern-quote avia-builder-el-1 el_before_av_hr avia-builder-el-first av-inherit-size'><h1 class='av-special-heading-tag' itemprop="headline">{esc(a.title)}</h1><div class='av-subheading av-subheading_below'><p>{sub}</p></div><div class="special-heading-border"><div class="special-heading-inner-border"></div></div></div>
<div class='hr av-jw2ybu8j-{a.id} hr-default avia-builder-el-2 el_after_av_special_heading el_before_av_one_full'><span class='hr-inner'><span class="hr-inner-style"></span></span></div>
<div class='flex_column av-1xw3a4-{a.id} av_one_full avia-builder-el-3 el_after_av_hr el_before_av_social_share first flex_column_div'>
<section class="av_textblock_section av-kx01ddlk-{a.id}" itemscope="itemscope" itemtype="https://schema.org/BlogPosting" itemprop="blogPost"><div class='avia_textblock' itemprop="text">{paras}{self.source_line(a)}</div></section>
<section class="av_textblock_section av-kx01ddlk-v{a.id}"><div class='avia_textblock'>{self.views_box(a)}</div></section>
</div>
{self.share(a, "av-social-sharing-box-default avia-builder-el-4 el_after_av_one_full el_before_av_postslider av-social-sharing-box-fullwidth")}
<div class='av-special-heading av-special-heading-h3 avia-builder-el-5 el_after_av_social_share el_before_av_postslider'><h3 class='av-special-heading-tag'>ข่าวที่เกี่ยวข้อง</h3><div class="special-heading-border"><div class="special-heading-inner-border"></div></div></div>
<div class='avia-content-slider avia-content-slider-active avia-content-slider1 avia-content-slider-even avia-builder-el-6 el_after_av_special_heading avia-builder-el-last' data-slideshow-options="{{&quot;animation&quot;:&quot;fade&quot;,&quot;autoplay&quot;:false}}"><div class='avia-content-slider-inner'><div class='slide-entry-wrap'>{slides}</div></div></div>
</div></div></div></div></div>
</div>
<footer class="entry-footer"></footer>
<div class='post_delimiter'></div>
</div>
<div class='post_author_timeline'></div>
{self.hidden_data(a)}
</article>
<div class='single-big'></div>
</div>"""
            rel_block = ""
        else:
            tags = ""
            if a.tags:
                tags = (
                    '<span class="blog-tags minor-meta"><strong>Tags:</strong><span> '
                    + ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                    + "</span></span>"
                )
            body = f"""<div class='post-entry post-entry-type-standard post-entry-{a.id}'>
<article class="post-entry post-entry-type-standard post-entry-{a.id} post-loop-1 post-parity-odd post-entry-last single-big with-slider post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" itemscope="itemscope" itemtype="https://schema.org/BlogPosting" itemprop="blogPost">
<div class="big-preview single-big" itemprop="image" itemscope="itemscope" itemtype="https://schema.org/ImageObject"><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}.jpg" title="{esc(a.title)}"><img width="845" height="321" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-845x321.jpg" class="wp-image-{a.id + 1} attachment-entry_with_sidebar size-entry_with_sidebar wp-post-image" alt="" decoding="async" /></a></div>
<div class='blog-meta'></div>
<div class='entry-content-wrapper clearfix standard-content'>
<header class="entry-content-header">
<h1 class='post-title entry-title' itemprop="headline">{esc(a.title)}<span class="post-format-icon minor-meta"></span></h1>
<span class='post-meta-infos'><time class='date-container minor-meta updated' datetime='{a.published.isoformat()}'>{ce_long(a.published)}</time><span class='text-sep text-sep-date'>/</span><span class='blog-categories minor-meta'>ใน <a href="/category/news/" rel="tag">{CATEGORY}</a></span><span class="text-sep text-sep-cat">/</span><span class="blog-author minor-meta">โดย <span class="entry-author-link" itemprop="author"><span class="author"><span class="fn"><a href="/author/{a.extra["author"]}/" title="เรื่องเขียนโดย {esc(a.extra["author"])}" rel="author">{esc(a.extra["author"])}</a></span></span></span></span></span>
</header>
<div class="entry-content" itemprop="text">{paras}{self.source_line(a)}{self.views_box(a)}</div>
<span class='post-meta-infos'></span>
<footer class="entry-footer">{tags}{self.share(a, "av-social-sharing-box-default av-social-sharing-box-fullwidth")}</footer>
<div class='post_delimiter'></div>
</div>
<div class='post_author_timeline'></div>
{self.hidden_data(a)}
</article>
<div class='single-big'></div>
</div>"""
            thumbs = "".join(
                f"<div class='av_one_eighth no_margin {'alpha' if j == 0 else ''} relThumb relThumb{j + 1} relThumbOdd post-format-standard related_column'><a href='{b.path}' class='relThumWrap noLightbox' title='{esc(b.title)}'><span class='related_image_wrap' data-avia-related-tooltip=\"{esc(b.title)}\"><img width=\"180\" height=\"180\" src=\"/wp-content/uploads/{b.published.year}/{b.published.month:02d}/{b.id}-180x180.jpg\" class=\"wp-post-image\" alt=\"\" title='{esc(b.title)}' /><span class='related-format-icon'><span class='related-format-icon-inner' aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span></span></span><strong class='av-related-title'>{esc(b.title)}</strong></a></div>"
                for j, b in enumerate(rel)
            )
            rel_block = f"<div class='related_posts clearfix av-related-style-tooltip'><h5 class='related_title'>คุณอาจสนใจ</h5><div class='related_entries_container'>{thumbs}</div></div>"
        nav = ""
        if older:
            nav += f"<a class='avia-post-nav avia-post-prev with-image' href='{older.path}'><span class=\"label iconfont\" aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span><span class='entry-info-wrap'><span class='entry-info'><span class='entry-title'>{esc(older.title)}</span><span class='entry-image'><img width=\"80\" height=\"80\" src=\"/wp-content/uploads/{older.id}-80x80.jpg\" alt=\"\" /></span></span></span></a>"
        if newer:
            nav += f"<a class='avia-post-nav avia-post-next with-image' href='{newer.path}'><span class=\"label iconfont\" aria-hidden='true' data-av_icon='' data-av_iconfont='entypo-fontello'></span><span class='entry-info-wrap'><span class='entry-info'><span class='entry-image'><img width=\"80\" height=\"80\" src=\"/wp-content/uploads/{newer.id}-80x80.jpg\" alt=\"\" /></span><span class='entry-title'>{esc(newer.title)}</span></span></span></a>"
        comments = """<div class='comment-entry post-entry'><div class='comment_meta_container'><div class='side-container-comment'><div class='side-container-comment-inner'><span class='comment-count'>0</span><span class='comment-text'>ความเห็น</span><span class='center-border center-border-left'></span><span class='center-border center-border-right'></span></div></div></div><div class='comment_container'><h3 class='miniheading'>แสดงความคิดเห็น</h3><span class='minitext'>ต้องการร่วมสนทนาหรือไม่?<br />อย่าลังเลที่จะแสดงความคิดเห็น!</span><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><p class="comment-form-author"><input id="author" name="author" type="text" value="" size="30" maxlength="245" autocomplete="name" required="required" /><label for="author">ชื่อ <span class="required">*</span></label></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /></p></form></div></div></div>"""
        content = body + rel_block + comments + nav
        return self.shell(
            f"{a.title} - {SITE_NAME}", content, head_extra=self.jsonld(a), crumb_last=a.title
        )

    def deleted(self):
        content = """<div class='post-entry post-entry-type-standard post-entry-8831'>
<article class="post-entry post-entry-type-standard post-entry-8831 post-loop-1 single-big post-8831 post type-post status-publish format-standard hentry category-news">
<div class='entry-content-wrapper clearfix standard-content'>
<header class="entry-content-header"><h1 class='post-title entry-title' itemprop="headline">[สมาชิก] รายงานผลการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567</h1></header>
<div class="entry-content" itemprop="text"><div class="swpm-post-not-protected-msg swpm-restricted">ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่ออ่านเนื้อหาทั้งหมด</div>
<form id="swpm-login-form" name="swpm-login-form" method="post" action=""><div class="swpm-login-form-inner"><div class="swpm-username-label"><label for="swpm_user_name" class="swpm-label">ชื่อผู้ใช้หรืออีเมล</label></div><input type="text" class="swpm-text-field swpm-username-field" id="swpm_user_name" value="" size="25" name="swpm_user_name" /><div class="swpm-password-label"><label for="swpm_password" class="swpm-label">รหัสผ่าน</label></div><input type="password" class="swpm-text-field swpm-password-field" id="swpm_password" value="" size="25" name="swpm_password" /><input type="submit" class="swpm-login-form-submit" name="swpm-login" value="เข้าสู่ระบบ" /></div></form></div>
<footer class="entry-footer"></footer>
</div></article></div>"""
        return self.shell(
            f"[สมาชิก] รายงานผลการประชุมสภาเทศบาล สมัยสามัญ สมัยที่ 3 ประจำปี 2567 - {SITE_NAME}",
            content,
            crumb_last="[สมาชิก] รายงานผลการประชุมสภาเทศบาล",
        )

    def robots(self):
        return "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /wp-sitemap.xml\n"

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แบ่งปันบทความนี้",
                "แชร์ผ่าน Facebook",
                "ยอดเข้าชม",
                f"{a.views:,}",
                "ข่าวล่าสุด",
                "ผู้เยี่ยมชมทั้งหมด",
                "ใส่ความเห็น",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "คุณอยู่ที่นี่:",
                "Enfold Theme by Kriesi",
                older.title if older else "",
                newer.title if newer else "",
            ]
            rel = self.related(a)
            must_not.append(rel[-1].title if rel[-1] is not a else "")
            if a.extra["alb"]:
                must_not += ["ข่าวที่เกี่ยวข้อง", be_long_th(a.published)]
            else:
                must_not += ["คุณอาจสนใจ", "Tags:" if a.tags else "ความเห็น"]
            rec = record(self, a, must_not, published_time=True)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = EnfoldSite()

if __name__ == "__main__":
    main(SITE)
