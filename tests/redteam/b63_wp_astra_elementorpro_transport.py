"""Blind-63 red-team site (part A, first site): a provincial land transport office
(สำนักงานขนส่งจังหวัดชัยภูมิ-like, 2022-2024, under กรมการขนส่งทางบก) on **WordPress 6.5 + Astra 4.6
(free) + Elementor 3.21 + Elementor Pro Theme Builder**, with the plugins such offices install:
a3rev Page Views Count, the LINE "share" social plugin button pasted in an HTML widget beside
Elementor Pro's Share Buttons, PDPA Thailand (cookie consent popup), One Click Accessibility
(toolbar) and a visitor-statistics line in the footer. No SEO plugin. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): public pages and scrapers that print or read
Elementor Pro's Post Info widget (`ul.elementor-icon-list-items.elementor-post-info`, items
`span.elementor-post-info__item--type-date` holding a bare `<time>` without `datetime`,
`--type-time`, `--type-author`, `--type-terms`, `li[itemprop=datePublished]`), the
`theme-post-title` / `theme-post-content` widgets (`data-widget_type`); One Click
Accessibility's `includes/pojo-a11y-frontend.php` (toolbar `nav#pojo-a11y-toolbar`, items
`pojo-a11y-btn-resize-plus` ... `pojo-a11y-btn-reset`, the skip link); the PDPA Thailand
plugin's public script (`dpdpa--popup`, `dpdpa--popup-accept-all`,
`dpdpa--popup-button-settings`, `dpdpa--popup-sidebar`). From memory: Astra's header builder
shell (`#masthead`, `ast-above-header-bar`, `ast-primary-header-bar`, `site-branding`,
`ast-hf-menu-1`), its Breadcrumb Trail (`ast-breadcrumbs`, `trail-items`, `trail-end`) and
footer builder, Elementor's flexbox containers (`e-con e-parent`, `e-con-inner`, `e-child`),
the Posts / Archive Posts widgets (`elementor-post__title`, `elementor-post-date`,
`elementor-pagination`), the Post Navigation widget (`post-navigation__prev--label` /
`--title`), a3rev's `p.pvc_stats` line ("1,234 total views, 5 views today"), the LINE
`div.line-it-button`. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- permalinks `/%postname%/`: a Thai title slug (percent-encoded, lower-case hex, cut at 200
  encoded characters) where editors left WordPress's slug, `cyp-dlt-<BE yy><nn>` where one
  editor types its own; the news page is Elementor Pro's archive template on the parent
  category `/category/news/`, `/category/news/page/N/` (Archive Posts widget, numbered
  `nav.elementor-pagination` with "« ก่อนหน้า" / "ถัดไป »");
- **the quirk: two single-post templates chosen by category** (Theme Builder display
  conditions): "ข่าวกิจกรรม" posts print "วันอังคารที่ 18 มิถุนายน 2567" *and* "เวลา 10:30 น." and the
  a3rev counter; "ข่าวประชาสัมพันธ์" posts print only "ประกาศเมื่อ 18 มิ.ย. 2567" (no time, no
  counter). Dates are Buddhist-era through a child-theme `get_the_date` filter; nothing prints a
  machine-readable date or a modified date;
- editors over three years: classic-editor posts with `&nbsp;`-indented paragraphs (2022-23),
  block-editor posts with a captioned picture, a captioned gallery and a file block
  ("ดาวน์โหลด"); sources "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned
  sign-off office line, or none; tags in the Post Info terms list "แท็ก:";
- furniture: Astra top bar (hotline), header menu, breadcrumbs ending in the headline, the
  share row ("แชร์ข่าวนี้"), post navigation with titles, "ข่าวที่เกี่ยวข้อง" Posts widget,
  right column "ข่าวล่าสุด" and e-service banners, footer address and visitor statistics,
  accessibility toolbar, PDPA popup;
- deleted item (linked from page 2): a post an editor **withdrew by emptying it**: the
  single template still answers 200 with its title "(ยกเลิก) ...", the date, share row,
  navigation and related posts, and an empty Post Content widget.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import TZ, BaseSite, esc, expected_record, main, paginate
from .b63a_common import (
    build,
    eid,
    keep_furniture,
    spread_back,
    text_of,
    th_abbr_be,
    th_full_be,
    th_weekday_be,
    wp_slug,
)

OFFICE = "สำนักงานขนส่งจังหวัดชัยภูมิ"
DEPT = "กรมการขนส่งทางบก กระทรวงคมนาคม"
PER = 10
ACT, PR = "activity", "pr"
CAT_NAME = {ACT: "ข่าวกิจกรรม", PR: "ข่าวประชาสัมพันธ์"}
SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัดชัยภูมิ"),
    ("ที่มา", "กรมการขนส่งทางบก"),
    None,
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานขนส่งจังหวัดชัยภูมิ"),
    ("signoff", "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัดชัยภูมิ"),
    ("ข่าว", "สำนักงานขนส่งจังหวัดชัยภูมิ สาขาอำเภอภูเขียว"),
]
EDITORS = [("dlt_cyp_admin", "ผู้ดูแลระบบ"), ("pr_suphattra", "สุภัทรา ป."), ("wanchai.k", "วันชัย ก.")]
TAGS = ["ใบอนุญาตขับรถ", "ภาษีรถประจำปี", "ความปลอดภัยทางถนน", "ขนส่งชัยภูมิ", "7 วันอันตราย"]
HOTLINE = "สายด่วนกรมการขนส่งทางบก 1584"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
ESERVICE = "บริการออนไลน์"
PREV_LABEL = "ข่าวก่อนหน้า"
NEXT_LABEL = "ข่าวถัดไป"
TAGS_LABEL = "แท็ก:"
PR_PREFIX = "ประกาศเมื่อ"
VISITORS = "สถิติผู้เข้าชมเว็บไซต์"
FOOTER = "เลขที่ 399 หมู่ 9 ถนนชัยภูมิ-ตาดโตน ตำบลโพนทอง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ 36000"
PDPA = (
    "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน "
    "ท่านสามารถอ่านรายละเอียดเพิ่มเติมได้ที่ นโยบายความเป็นส่วนตัว"
)
PDPA_ACCEPT = "ยอมรับทั้งหมด"
PDPA_SETTINGS = "ตั้งค่าคุกกี้"
A11Y_TITLE = "เครื่องมือช่วยการเข้าถึง"
A11Y = [
    ("resize-font pojo-a11y-btn-resize-plus", "เพิ่มขนาดตัวอักษร"),
    ("resize-font pojo-a11y-btn-resize-minus", "ลดขนาดตัวอักษร"),
    ("background-group pojo-a11y-btn-grayscale", "ระดับสีเทา"),
    ("background-group pojo-a11y-btn-high-contrast", "คอนทราสต์สูง"),
    ("background-group pojo-a11y-btn-negative-contrast", "คอนทราสต์ตรงข้าม"),
    ("background-group pojo-a11y-btn-light-bg", "พื้นหลังสว่าง"),
    ("links-underline", "ขีดเส้นใต้ลิงก์"),
    ("readable-font", "แบบอักษรอ่านง่าย"),
    ("reset", "รีเซ็ต"),
]
DOWNLOAD = "ดาวน์โหลด"
GALLERY_CAPTION = "ภาพกิจกรรมเพิ่มเติม"
CAPTIONS = [
    "เจ้าหน้าที่ให้บริการตรวจสภาพรถแก่ประชาชน",
    "บรรยากาศการอบรมผู้ขับขี่ปลอดภัย",
    "ผู้บริหารสำนักงานขนส่งจังหวัดชัยภูมิร่วมกิจกรรม",
]
FILES = [
    "ประกาศสำนักงานขนส่งจังหวัดชัยภูมิ เรื่อง การทดสอบขับรถ.pdf",
    "ตารางออกหน่วยบริการรับชำระภาษีรถนอกสถานที่.pdf",
]
DELETED_TITLE = "(ยกเลิก) ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานธุรการ"
TEMPLATE_ID = {ACT: 412, PR: 418}


class AstraElementorSite(BaseSite):
    key = "b63_wp_astra_elementorpro_transport"
    family = "wordpress"
    imitates = (
        "provincial land transport office on WordPress + Astra + Elementor Pro Theme Builder "
        "(two single-post templates by category), a3rev Page Views Count, LINE share button, "
        "PDPA Thailand popup and One Click Accessibility toolbar"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2024, 6, 21, 16, 30, tzinfo=TZ), offset=0)
        spread_back(arts, 15, 37)
        seq: dict[int, int] = {}
        for i in range(len(arts) - 1, -1, -1):
            a = arts[i]
            yy = (a.published.year + 543) % 100
            seq[yy] = seq.get(yy, 3 + i % 5) + 1
            a.extra["number"] = f"cyp-dlt-{yy}{seq[yy]:02d}"
        for i, a in enumerate(arts):
            a.id = 5208 - i * 4 - (i % 3)
            a.extra["cat"] = PR if i % 3 == 1 else ACT
            a.time_printed = a.extra["cat"] == ACT
            a.modified = None
            ed = EDITORS[0] if i >= 15 else EDITORS[1 + (i % 2)]
            a.extra["editor"] = ed
            a.extra["slug"] = a.extra["number"] if ed is EDITORS[2] else wp_slug(a.title)
            a.path = f"/{a.extra['slug']}/"
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)] if i % 4 != 3 else []
            a.extra["kind"] = "classic" if i >= 15 else "blocks"
            a.extra["caption"] = CAPTIONS[i % 3] if i % 2 == 0 else None
            a.extra["gallery"] = a.extra["cat"] == ACT and i % 4 != 1
            a.extra["file"] = FILES[i % 2] if a.extra["cat"] == PR and i % 2 == 0 else None
            a.extra["today"] = a.views % 13 + 1
        self.articles = arts
        slugs = [a.extra["slug"] for a in arts]
        assert len(set(slugs)) == len(slugs)
        self.deleted_slug = wp_slug(DELETED_TITLE)
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/{self.deleted_slug}/"]

    def deleted_date(self):
        return self.pages[1][4].published - dt.timedelta(hours=5)

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        same = [x for x in self.articles if x is not a and x.extra["cat"] == a.extra["cat"]]
        i = self.articles.index(a)
        return [same[(i + k) % len(same)] for k in (1, 4, 7)]

    @staticmethod
    def list_date(d):
        return th_full_be(d)

    # ------------------------------------------------------------------ shell
    def widget(self, wid, kind, inner, *, wtype=None, extra_cls=""):
        wtype = wtype or f"{kind}.default"
        return (
            f'<div class="elementor-element elementor-element-{wid} elementor-widget elementor-widget-{kind}{extra_cls}" '
            f'data-id="{wid}" data-element_type="widget" data-widget_type="{wtype}">'
            f'<div class="elementor-widget-container">{inner}</div></div>'
        )

    def container(self, cid, inner, *, child=False, boxed=True, width=None):
        cls = "e-con-full e-flex e-con e-child" if child else "e-flex e-con-boxed e-con e-parent"
        style = f' style="--width:{width}%"' if width else ""
        body = f'<div class="e-con-inner">{inner}</div>' if (boxed and not child) else inner
        return (
            f'<div class="elementor-element elementor-element-{cid} {cls}" data-id="{cid}" '
            f'data-element_type="container"{style}>{body}</div>'
        )

    def posts_items(self, items, key, *, excerpt=False, thumb=True):
        out = []
        for x in items:
            th = (
                f'<a class="elementor-post__thumbnail__link" href="{x.path}" tabindex="-1"><div class="elementor-post__thumbnail">'
                f'<img width="300" height="200" src="/wp-content/uploads/{x.published:%Y/%m}/{x.id}-cover-300x200.jpg" class="attachment-medium size-medium wp-image-{x.id + 1}" alt="" loading="lazy" /></div></a>'
                if thumb
                else ""
            )
            ex = ""
            if excerpt:
                ex = (
                    f'<div class="elementor-post__excerpt"><p>{esc(x.paras[0][:150])}&hellip;</p></div>'
                    f'<a class="elementor-post__read-more" href="{x.path}" aria-label="อ่านเพิ่มเติม {esc(x.title)}" tabindex="-1">อ่านต่อ »</a>'
                )
            out.append(
                f'<article class="elementor-post elementor-grid-item post-{x.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news category-{x.extra["cat"]}">'
                f"{th}"
                f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="{x.path}">{esc(x.title)}</a></h3>'
                f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{self.list_date(x.published)}</span></div>'
                f"{ex}</div></article>"
            )
        return "".join(out)

    def posts_widget(
        self, wid, items, *, cols=3, excerpt=False, thumb=True, kind="posts", wtype="posts.classic"
    ):
        return self.widget(
            wid,
            kind,
            f'<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid elementor-has-item-ratio" role="list">'
            f"{self.posts_items(items, wid, excerpt=excerpt, thumb=thumb)}</div>",
            wtype=wtype,
            extra_cls=f" elementor-grid-{cols} elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
        )

    def heading(self, wid, text, tag="h3"):
        return self.widget(
            wid,
            "heading",
            f'<{tag} class="elementor-heading-title elementor-size-default">{esc(text)}</{tag}>',
        )

    def breadcrumbs(self, trail):
        items = [
            '<li class="trail-item trail-begin"><span><a href="/" rel="home"><span>หน้าแรก</span></a></span></li>'
        ]
        for href, name in trail[:-1]:
            items.append(
                f'<li class="trail-item"><span><a href="{href}"><span>{esc(name)}</span></a></span></li>'
            )
        items.append(
            f'<li class="trail-item trail-end"><span><span>{esc(trail[-1][1])}</span></span></li>'
        )
        return (
            '<div class="main-header-bar ast-header-breadcrumb"><div class="ast-container"><div class="ast-breadcrumbs-wrapper">'
            '<div class="ast-breadcrumbs-inner"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs">'
            f'<div class="ast-breadcrumbs"><ul class="trail-items">{"".join(items)}</ul></div></nav></div></div></div></div>'
        )

    def shell(self, title, content, *, head="", body_class="", crumbs=""):
        menu = "".join(
            f'<li id="menu-item-{20 + k}" class="menu-item menu-item-type-custom menu-item-{20 + k}"><a href="{h}" class="menu-link">{n}</a></li>'
            for k, (h, n) in enumerate(
                [
                    ("/", "หน้าแรก"),
                    ("/about/", "เกี่ยวกับหน่วยงาน"),
                    ("/category/news/", "ข่าวสาร"),
                    ("/e-service/", "บริการประชาชน"),
                    ("/category/procurement/", "จัดซื้อจัดจ้าง"),
                    ("/ita/", "ITA"),
                    ("/contact/", "ติดต่อเรา"),
                ]
            )
        )
        a11y = "".join(
            f'<li class="pojo-a11y-toolbar-item"><a href="#" class="pojo-a11y-toolbar-link pojo-a11y-btn-{c}" data-action="{c.split()[-1]}" tabindex="-1">'
            f'<span class="pojo-a11y-toolbar-icon"></span><span class="pojo-a11y-toolbar-text">{t}</span></a></li>'
            for c, t in A11Y
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
{head}
<link rel='stylesheet' id='astra-theme-css-css' href='/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend-lite.min.css?ver=3.21.5' media='all' />
<link rel='stylesheet' id='elementor-pro-css' href='/wp-content/plugins/elementor-pro/assets/css/frontend-lite.min.css?ver=3.21.2' media='all' />
<link rel='stylesheet' id='elementor-post-412-css' href='/wp-content/uploads/elementor/css/post-412.css?ver=1716012345' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/assets/css/style.min.css?ver=2.8.2' media='all' />
<link rel='stylesheet' id='pdpa-thailand-public-css' href='/wp-content/plugins/pdpa-thailand/public/assets/css/pdpa-thailand-public.min.css?ver=2.0' media='all' />
<link rel='stylesheet' id='pojo-a11y-css' href='/wp-content/plugins/pojo-accessibility/assets/css/style.min.css?ver=1.0.0' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.3" />
<meta name="generator" content="Elementor 3.21.5; features: e_optimized_assets_loading, e_optimized_css_loading, additional_custom_breakpoints; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body itemtype='https://schema.org/WebPage' itemscope='itemscope' class="{body_class} ast-desktop ast-plain-container ast-no-sidebar astra-4.6.14 ast-single-post ast-inherit-site-logo-transparent ast-hfb-header elementor-default elementor-kit-6">
<a class="skip-link screen-reader-text" href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item" data-section="section-above-header-builder"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-above-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-above-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1" data-section="section-hb-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>{HOTLINE} | เปิดให้บริการ วันจันทร์ - วันศุกร์ เวลา 08.30 - 16.30 น.</p></div></div></div></div>
<div class="site-header-above-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="section-hb-social-icons-1"><div class="ast-header-social-1-wrap ast-header-social-wrap"><div class="header-social-inner-wrap element-social-inner-wrap social-show-label-false ast-social-color-type-custom ast-social-stack-none ast-social-element-style-filled"><a href="https://www.facebook.com/dltchaiyaphum" aria-label="Facebook" target="_blank" rel="noopener noreferrer" class="ast-builder-social-element ast-inline-flex ast-facebook header-social-item"><span class="ahfb-svg-iconset ast-inline-flex svg-baseline"></span></a></div></div></div></div>
</div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item" data-section="section-primary-header-builder"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container" data-section="section-primary-header-builder"><div class="ast-builder-grid-row ast-builder-grid-row-has-sides ast-builder-grid-row-no-center">
<div class="site-header-primary-section-left site-header-section ast-flex site-header-section-left"><div class="ast-builder-layout-element ast-flex site-header-focus-item" data-section="title_tagline"><div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2022/03/logo-dlt.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="/" rel="home" itemprop="url">{OFFICE}</a></span><p class="site-description" itemprop="description">{DEPT}</p></div></div></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Site Navigation: เมนูหลัก" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">{menu}</ul></div></nav></div></div></div></div>
</div></div></div></div>
</div>
</header>
{crumbs}
<div id="content" class="site-content">
<div class="ast-container">
{content}
</div>
</div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal ast-builder-grid-row-tablet-3-equal ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-primary-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-primary-section-1 site-footer-section site-footer-section-1"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-1" aria-label="Footer Widget 1"><section id="text-3" class="widget widget_text"><h2 class="widget-title">{OFFICE}</h2><div class="textwidget"><p>{FOOTER}<br />โทรศัพท์ 0 4481 1405 โทรสาร 0 4481 1406<br />อีเมล chaiyaphum@dlt.go.th</p></div></section></aside></div>
<div class="site-footer-primary-section-2 site-footer-section site-footer-section-2"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-2" aria-label="Footer Widget 2"><section id="nav_menu-2" class="widget widget_nav_menu"><h2 class="widget-title">ลิงก์หน่วยงาน</h2><nav class="menu-links-container" aria-label="ลิงก์หน่วยงาน"><ul id="menu-links" class="menu"><li class="menu-item"><a href="https://www.dlt.go.th/">กรมการขนส่งทางบก</a></li><li class="menu-item"><a href="https://www.mot.go.th/">กระทรวงคมนาคม</a></li><li class="menu-item"><a href="https://www.chaiyaphum.go.th/">จังหวัดชัยภูมิ</a></li></ul></nav></section></aside></div>
<div class="site-footer-primary-section-3 site-footer-section site-footer-section-3"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner" data-section="sidebar-widgets-footer-widget-3" aria-label="Footer Widget 3"><section id="custom_html-4" class="widget_text widget widget_custom_html"><h2 class="widget-title">{VISITORS}</h2><div class="textwidget custom-html-widget"><ul class="visitor-stats"><li>วันนี้ 214 คน</li><li>เมื่อวาน 377 คน</li><li>เดือนนี้ 6,902 คน</li><li>ทั้งหมด 318,455 คน</li></ul></div></section></aside></div>
</div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full ast-builder-grid-row-tablet-full ast-builder-grid-row-mobile-full ast-footer-row-stack ast-footer-row-tablet-stack ast-footer-row-mobile-stack" data-section="section-below-footer-builder"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>ลิขสิทธิ์ &copy; 2567 {OFFICE} | Powered by Astra WordPress Theme</p></div></div></div></div></div></div>
</footer>
</div>
<a id="pojo-a11y-skip-content" class="pojo-skip-link pojo-skip-content" tabindex="1" accesskey="s" href="#content">ข้ามไปยังเนื้อหา</a>
<nav id="pojo-a11y-toolbar" class="pojo-a11y-toolbar-right pojo-a11y-" role="navigation">
<div class="pojo-a11y-toolbar-toggle"><a class="pojo-a11y-toolbar-link pojo-a11y-toolbar-toggle-link" href="javascript:void(0);" title="{A11Y_TITLE}" role="button"><span class="pojo-sr-only sr-only">เปิดแถบเครื่องมือ</span></a></div>
<div class="pojo-a11y-toolbar-overlay"><div class="pojo-a11y-toolbar-inner"><p class="pojo-a11y-toolbar-title">{A11Y_TITLE}</p><ul class="pojo-a11y-toolbar-items pojo-a11y-tools">{a11y}</ul></div></div>
</nav>
<div class="dpdpa--popup"><div class="container"><div class="dpdpa--popup-container"><div class="dpdpa--popup-text"><p>{PDPA.replace("นโยบายความเป็นส่วนตัว", '<a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a>')}</p></div>
<div class="dpdpa--popup-button-group"><a href="#" class="dpdpa--popup-button" id="dpdpa--popup-accept-all">{PDPA_ACCEPT}</a><a href="#" class="dpdpa--popup-settings" id="dpdpa--popup-button-settings">{PDPA_SETTINGS}</a></div>
<a href="#" class="dpdpa--popup-close" id="dpdpa--popup-close"></a></div></div></div>
<div class="dpdpa--popup-sidebar"><div class="dpdpa--popup-sidebar-header"><div class="dpdpa--popup-logo"></div><a href="#" class="dpdpa--popup-settings-close" id="dpdpa--popup-settings-close"></a></div><div class="dpdpa--popup-sidebar-container"><div class="dpdpa--popup-settings"><h3>ตั้งค่าความเป็นส่วนตัว</h3><p>ท่านสามารถเลือกการตั้งค่าคุกกี้โดยเปิด/ปิด คุกกี้ในแต่ละประเภทได้ตามความต้องการ ยกเว้น คุกกี้ที่จำเป็น</p><a href="#" id="pdpa_settings_allow_all" class="dpdpa--popup-button">ยอมรับทั้งหมด</a></div><div class="dpdpa--popup-section"><strong>จัดการความชอบเกี่ยวกับความยินยอม</strong><div class="dpdpa--popup-list" id="dpdpa--popup-list"><div class="dpdpa--popup-item"><div class="dpdpa--popup-header"><div class="dpdpa--popup-title">คุกกี้ที่จำเป็น</div><div class="dpdpa--popup-action text">เปิดใช้งานตลอด</div></div></div><div class="dpdpa--popup-item"><div class="dpdpa--popup-header"><div class="dpdpa--popup-title">คุกกี้เพื่อการวิเคราะห์</div><div class="dpdpa--popup-action"><label class="switch"><input type="checkbox" name="dpdpa_consent[]" value="analytics" checked><span class="slider"></span></label></div></div></div></div><a href="#" id="pdpa_settings_confirm" class="dpdpa--popup-button">บันทึกการตั้งค่า</a></div></div></div>
<div class="dpdpa--popup-bg"></div>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/plugins/elementor-pro/assets/js/frontend.min.js?ver=3.21.2" id="elementor-pro-frontend-js"></script>
<script src="/wp-content/plugins/elementor/assets/js/frontend.min.js?ver=3.21.5" id="elementor-frontend-js"></script>
<script src="/wp-content/plugins/pdpa-thailand/public/assets/js/pdpa-thailand-public.min.js?ver=2.0" id="pdpa-thailand-public-js"></script>
<script src="/wp-content/plugins/pojo-accessibility/assets/js/app.min.js?ver=1.0.0" id="pojo-a11y-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_list(self, n):
        items = list(self.pages[n - 1])
        html_items = self.posts_items(items, "arch", excerpt=True)
        if n == 2:
            # the withdrawn post, still in the archive between the 5th and 6th items
            parts = html_items.split("</article>")
            d = self.deleted_date()
            fake = (
                f'<article class="elementor-post elementor-grid-item post-5150 post type-post status-publish format-standard hentry category-news category-pr">'
                f'<div class="elementor-post__text"><h3 class="elementor-post__title"><a href="/{self.deleted_slug}/">{esc(DELETED_TITLE)}</a></h3>'
                f'<div class="elementor-post__meta-data"><span class="elementor-post-date">{self.list_date(d)}</span></div>'
                f'<div class="elementor-post__excerpt"><p></p></div>'
                f'<a class="elementor-post__read-more" href="/{self.deleted_slug}/" aria-label="อ่านเพิ่มเติม {esc(DELETED_TITLE)}" tabindex="-1">อ่านต่อ »</a></div>'
            )
            parts.insert(5, fake)
            html_items = "</article>".join(parts)
        total = len(self.pages)

        def url(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        pag = []
        if n > 1:
            pag.append(f'<a class="page-numbers prev" href="{url(n - 1)}">&laquo; ก่อนหน้า</a>')
        else:
            pag.append('<span class="page-numbers prev">&laquo; ก่อนหน้า</span>')
        for k in range(1, total + 1):
            if k == n:
                pag.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">หน้า</span>{k}</span>'
                )
            else:
                pag.append(
                    f'<a class="page-numbers" href="{url(k)}"><span class="elementor-screen-only">หน้า</span>{k}</a>'
                )
        if n < total:
            pag.append(f'<a class="page-numbers next" href="{url(n + 1)}">ถัดไป &raquo;</a>')
        else:
            pag.append('<span class="page-numbers next">ถัดไป &raquo;</span>')
        archive = self.widget(
            "5c1d0e2",
            "archive-posts",
            '<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid elementor-has-item-ratio" role="list">'
            f"{html_items}</div>"
            f'<div class="e-load-more-anchor" data-page="{n}" data-max-page="{total}" data-next-page=""></div>'
            f'<nav class="elementor-pagination" aria-label="การแบ่งหน้า">{" ".join(pag)}</nav>',
            wtype="archive-posts.archive_classic",
            extra_cls=" elementor-grid-2 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top",
        )
        title = self.widget(
            "2b7f3a1",
            "theme-archive-title",
            '<h1 class="elementor-heading-title elementor-size-default">ข่าวสาร</h1>',
            extra_cls=" elementor-page-title elementor-widget-heading",
        )
        content = (
            '<div data-elementor-type="archive" data-elementor-id="431" class="elementor elementor-431 elementor-location-archive" data-elementor-post-type="elementor_library">'
            + self.container("7d3e9f0", title + archive)
            + "</div>"
        )
        canon = url(n)
        return self.html_response(
            self.shell(
                f"ข่าวสาร{f' – หน้า {n}' if n > 1 else ''} – {OFFICE}",
                content,
                head=f'<link rel="canonical" href="{canon}" />',
                body_class="archive category category-news category-3 wp-custom-logo elementor-page-431",
                crumbs=self.breadcrumbs([("/category/news/", "ข่าวสาร")]),
            )
        )

    # ------------------------------------------------------------------ article text
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p style="text-align: right;">{esc(a.source)}</p>'
        return f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>"

    def img(self, a, k, w=1024, h=683):
        return (
            f'<img decoding="async" width="{w}" height="{h}" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}-{w}x{h}.jpg" '
            f'alt="" class="wp-image-{a.id + k}" />'
        )

    def text_blocks(self, a):
        out = []
        cap = a.extra["caption"]
        figcap = f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
        out.append(f'<figure class="wp-block-image size-large">{self.img(a, 1)}{figcap}</figure>')
        out += [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["gallery"]:
            figs = "".join(
                f'<figure class="wp-block-image size-large"><a href="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}.jpg">{self.img(a, k, 768, 512)}</a></figure>'
                for k in range(2, 8)
            )
            out.append(
                f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-{a.id} is-layout-flex wp-block-gallery-is-layout-flex">'
                f'{figs}<figcaption class="blocks-gallery-caption wp-element-caption">{GALLERY_CAPTION}</figcaption></figure>'
            )
        src = self.source_html(a)
        if src:
            out.append(src)
        if a.extra["file"]:
            name = a.extra["file"]
            href = f"/wp-content/uploads/{a.published:%Y/%m}/{quote(name)}"
            fid = f"wp-block-file--media-{eid(a.id, 'file')}"
            out.append(
                f'<div class="wp-block-file"><a id="{fid}" href="{href}">{esc(name[:-4])}</a>'
                f'<a href="{href}" class="wp-block-file__button wp-element-button" download aria-describedby="{fid}">{DOWNLOAD}</a></div>'
            )
        return "\n".join(out)

    def text_classic(self, a):
        out = [f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>" for p in a.paras]
        out.insert(
            1,
            f'<p><img loading="lazy" class="aligncenter size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-1-1024x683.jpg" alt="" width="1024" height="683" /></p>',
        )
        if a.extra["gallery"]:
            out.append(
                f'<div id="gallery-1" class="gallery galleryid-{a.id} gallery-columns-4 gallery-size-thumbnail">'
                + "".join(
                    f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}.jpg"><img width="150" height="150" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" /></a></div></figure>'
                    for k in range(2, 10)
                )
                + "</div>"
            )
        src = self.source_html(a)
        if src:
            out.append(src)
        return "\n".join(out)

    # ------------------------------------------------------------------ article
    def post_info(self, a, d, wid, *, withdrawn=False):
        ed_login, ed_name = a.extra["editor"] if not withdrawn else EDITORS[1]
        cat = a.extra["cat"] if not withdrawn else PR

        def li(rep, icon, inner, prop=""):
            p = f' itemprop="{prop}"' if prop else ""
            return (
                f'<li class="elementor-icon-list-item elementor-repeater-item-{rep} elementor-inline-item"{p}>'
                f'<span class="elementor-icon-list-icon"><i aria-hidden="true" class="{icon}"></i></span>{inner}</li>'
            )

        items = [
            li(
                "1a2b3c4",
                "far fa-user-circle",
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-author">โดย {esc(ed_name)}</span>',
                "author",
            )
        ]
        if cat == ACT:
            items.append(
                li(
                    "5d6e7f8",
                    "fas fa-calendar",
                    f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><time>{th_weekday_be(d)}</time></span>',
                    "datePublished",
                )
            )
            items.append(
                li(
                    "9a0b1c2",
                    "far fa-clock",
                    f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-time"><span class="elementor-post-info__item-prefix">เวลา </span><time>{d:%H:%M} น.</time></span>',
                )
            )
        else:
            items.append(
                li(
                    "5d6e7f8",
                    "fas fa-calendar",
                    f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-date"><span class="elementor-post-info__item-prefix">{PR_PREFIX} </span><time>{th_abbr_be(d)}</time></span>',
                    "datePublished",
                )
            )
        items.append(
            li(
                "3d4e5f6",
                "fas fa-folder-open",
                f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__terms-list"><a href="/category/news/{cat}/" class="elementor-post-info__terms-list-item">{CAT_NAME[cat]}</a></span></span>',
                "about",
            )
        )
        return self.widget(
            wid,
            "post-info",
            f'<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">{"".join(items)}</ul>',
        )

    def tags_info(self, a):
        if not a.tags:
            return ""
        links = ", ".join(
            f'<a href="/tag/{quote(t).lower()}/" class="elementor-post-info__terms-list-item">{esc(t)}</a>'
            for t in a.tags
        )
        return self.widget(
            "b4c5d6e",
            "post-info",
            '<ul class="elementor-inline-items elementor-icon-list-items elementor-post-info">'
            '<li class="elementor-icon-list-item elementor-repeater-item-7e8f9a0 elementor-inline-item" itemprop="about">'
            '<span class="elementor-icon-list-icon"><i aria-hidden="true" class="fas fa-tags"></i></span>'
            f'<span class="elementor-icon-list-text elementor-post-info__item elementor-post-info__item--type-terms"><span class="elementor-post-info__item-prefix">{TAGS_LABEL} </span>'
            f'<span class="elementor-post-info__terms-list">{links}</span></span></li></ul>',
        )

    def share(self, a, url):
        btns = "".join(
            f'<div class="elementor-grid-item"><div class="elementor-share-btn elementor-share-btn_{n}" role="button" tabindex="0" aria-label="แชร์บน {n}">'
            f'<span class="elementor-share-btn__icon"><i class="fab fa-{n}" aria-hidden="true"></i></span>'
            f'<div class="elementor-share-btn__text"><span class="elementor-share-btn__title">{t}</span></div></div></div>'
            for n, t in (("facebook", "Facebook"), ("x-twitter", "X"), ("print", "พิมพ์"))
        )
        line = (
            f'<div class="line-it-button" data-lang="th" data-type="share-a" data-env="REAL" data-url="{url}" '
            'data-color="default" data-size="small" data-count="false" data-ver="3" style="display: none;"></div>'
            '<script src="https://www.line-website.com/social-plugins/js/thirdparty/loader.min.js" async="async" defer="defer"></script>'
        )
        return (
            self.heading("c1d2e3f", SHARE, "h4")
            + self.widget(
                "d2e3f4a",
                "share-buttons",
                f'<div class="elementor-grid">{btns}</div>',
                extra_cls=" elementor-share-buttons--view-icon-text elementor-share-buttons--skin-gradient elementor-share-buttons--shape-rounded elementor-grid-0",
            )
            + self.widget("e3f4a5b", "html", line)
        )

    def nav(self, older, newer):
        def side(x, kind, label):
            if not x:
                return f'<div class="elementor-post-navigation__{kind} elementor-post-navigation__link"></div>'
            rel = "prev" if kind == "prev" else "next"
            arrow = f'<span class="post-navigation__arrow-wrapper post-navigation__arrow-{kind}"><i class="fa fa-angle-{"left" if kind == "prev" else "right"}" aria-hidden="true"></i><span class="elementor-screen-only">{label}</span></span>'
            text = f'<span class="elementor-post-navigation__link__{kind}"><span class="post-navigation__{kind}--label">{label}</span><span class="post-navigation__{kind}--title">{esc(x.title)}</span></span>'
            inner = arrow + text if kind == "prev" else text + arrow
            return f'<div class="elementor-post-navigation__{kind} elementor-post-navigation__link"><a href="{x.path}" rel="{rel}">{inner}</a></div>'

        return self.widget(
            "f4a5b6c",
            "post-navigation",
            '<div class="elementor-post-navigation">'
            + side(older, "prev", PREV_LABEL)
            + '<div class="elementor-post-navigation__separator-wrapper"><div class="elementor-post-navigation__separator"></div></div>'
            + side(newer, "next", NEXT_LABEL)
            + "</div>",
        )

    def render_single(self, a, base, *, withdrawn=False):
        if withdrawn:
            title, d, path, pid, cat = (
                DELETED_TITLE,
                self.deleted_date(),
                f"/{self.deleted_slug}/",
                5150,
                PR,
            )
            older = self.pages[1][4]
            newer = self.pages[1][3]
            related = [x for x in self.articles if x.extra["cat"] == PR][:3]
            body_html = ""
        else:
            title, d, path, pid, cat = a.title, a.published, a.path, a.id, a.extra["cat"]
            older, newer = self.neighbours(a)
            related = self.related(a)
            body_html = (
                self.text_classic(a) if a.extra["kind"] == "classic" else self.text_blocks(a)
            )
        url = f"{base}{path}"
        tid = TEMPLATE_ID[cat]
        left = [
            self.widget(
                "a1b2c3d",
                "theme-post-title",
                f'<h1 class="elementor-heading-title elementor-size-default">{esc(title)}</h1>',
                extra_cls=" elementor-page-title elementor-widget-heading",
            ),
            self.post_info(a, d, "b2c3d4e", withdrawn=withdrawn),
        ]
        if not withdrawn:
            left.append(
                self.widget(
                    "c3d4e5f",
                    "theme-post-featured-image",
                    f'<img width="1024" height="683" src="/wp-content/uploads/{d:%Y/%m}/{pid}-cover-1024x683.jpg" class="attachment-large size-large wp-image-{pid + 1}" alt="" />',
                    extra_cls=" elementor-widget-image",
                )
            )
        left.append(self.widget("d4e5f6a", "theme-post-content", body_html))
        if cat == ACT and not withdrawn:
            left.append(
                self.widget(
                    "e5f6a7b",
                    "shortcode",
                    f'<div class="elementor-shortcode"><div class="pvc_clear"></div><p id="pvc_stats_{pid}" class="pvc_stats all {pid}" data-element-id="{pid}" style="">'
                    f'<i class="pvc-stats-icon medium" aria-hidden="true"></i> {a.views:,}&nbsp;total views, {a.extra["today"]}&nbsp;views today</p><div class="pvc_clear"></div></div>',
                )
            )
        if not withdrawn:
            left.append(self.tags_info(a))
        left.append(self.share(a, url))
        left.append(self.nav(older, newer))
        left.append(self.heading("a5b6c7d", RELATED))
        left.append(self.posts_widget("b6c7d8e", related, cols=3))
        latest = self.articles[:5]
        right = [
            self.heading("c7d8e9f", LATEST),
            self.posts_widget("d8e9f0a", latest, cols=1, thumb=False),
            self.heading("e9f0a1b", ESERVICE),
            self.widget(
                "f0a1b2c",
                "image",
                '<a href="https://gecc.dlt.go.th/"><img width="400" height="120" src="/wp-content/uploads/2022/03/banner-eservice.png" class="attachment-full size-full" alt="DLT e-Service" /></a>',
            ),
            self.widget(
                "0a1b2c3",
                "image",
                '<a href="https://gecc.dlt.go.th/booking/"><img width="400" height="120" src="/wp-content/uploads/2022/03/banner-smart-queue.png" class="attachment-full size-full" alt="จองคิวล่วงหน้า" /></a>',
            ),
        ]
        inner = self.container("1b2c3d4", "".join(left), child=True, width=68) + self.container(
            "2c3d4e5", "".join(right), child=True, width=32
        )
        tags_cls = " ".join(f"tag-{quote(t).lower()}" for t in (a.tags if not withdrawn else []))
        content = (
            f'<div data-elementor-type="single-post" data-elementor-id="{tid}" class="elementor elementor-{tid} elementor-location-single post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news category-{cat} {tags_cls}" data-elementor-post-type="elementor_library">'
            + self.container(eid(tid, "main"), inner)
            + "</div>"
        )
        head = (
            f'<link rel="canonical" href="{url}" />\n'
            f"<link rel='shortlink' href='{base}/?p={pid}' />\n"
            f'<link rel="alternate" type="application/json" href="{base}/wp-json/wp/v2/posts/{pid}" />'
        )
        crumbs = self.breadcrumbs(
            [
                ("/category/news/", "ข่าวสาร"),
                (f"/category/news/{cat}/", CAT_NAME[cat]),
                (path, title),
            ]
        )
        return self.html_response(
            self.shell(
                f"{title} – {OFFICE}",
                content,
                head=head,
                body_class=f"post-template-default single single-post postid-{pid} single-format-standard wp-custom-logo elementor-page-{tid}",
                crumbs=crumbs,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/category/news/"}, b""
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/)?", path)
        if m:
            n = int(m[1] or 1)
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        m = re.fullmatch(r"/([^/]+)/", path)
        if m:
            slug = unquote(m[1])
            if slug == unquote(self.deleted_slug):
                return self.render_single(None, base, withdrawn=True)
            for a in self.articles:
                if unquote(a.extra["slug"]) == slug:
                    return self.render_single(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            page = text_of(self.render_single(a, "http://127.0.0.1")[2].decode("utf-8"))
            cands = [
                "total views",
                f"{a.views:,} total views",
                SHARE,
                RELATED,
                LATEST,
                ESERVICE,
                PREV_LABEL,
                NEXT_LABEL,
                TAGS_LABEL,
                HOTLINE,
                VISITORS,
                FOOTER,
                PDPA_ACCEPT,
                PDPA_SETTINGS,
                "คุกกี้ที่จำเป็น",
                A11Y_TITLE,
                "เพิ่มขนาดตัวอักษร",
                GALLERY_CAPTION,
                DOWNLOAD,
                "ลิขสิทธิ์",
            ]
            if a.extra["caption"]:
                cands.append(a.extra["caption"])
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.articles[:5]]
            rec = expected_record(
                a,
                views=a.extra["cat"] == ACT,
                modified=False,
                must_not=keep_furniture(cands, page, a),
            )
            for ph in rec["body_must"]:
                assert ph in page, (a.path, ph)
            out.append(rec)
        return out


SITE = AstraElementorSite()

if __name__ == "__main__":
    main(SITE)
