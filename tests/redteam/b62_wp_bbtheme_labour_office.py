"""Blind-62 red-team site (part A): a provincial labour-protection office
(สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์-like, 2023-2024) on **WordPress 6.4 + the
Beaver Builder Theme (bb-theme 1.7, "fl-automator") with the Beaver Builder page-builder
plugin**, plus the plugins such offices install: Post Views Counter, Sassy Social Share, YARPP,
WP Statistics (widget), a PDPA cookie-consent plugin and WP Super Cache. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): bb-theme's `classes/class-fl-theme.php`
(`post_top_meta()`, `post_bottom_meta()`, `post_navigation()`, `post_schema_meta()`),
`includes/post-top-meta.php` and child themes' `content-single.php` / `content.php` in public
sites: `article.fl-post#fl-post-N[itemscope itemtype=…BlogPosting]`, `header.fl-post-header >
h1.fl-post-title[itemprop=headline]`, `div.fl-post-meta.fl-post-meta-top` ("By %s" in
`span.fl-post-author`, `span.fl-sep` " | ", `span.fl-post-date` = `get_the_date()`), the schema
metas `meta[itemprop=datePublished]` / `meta[itemprop=dateModified]` printed as `Y-m-d` (no
time), `div.fl-post-content.clearfix[itemprop=text]`, `div.fl-post-meta-bottom` with
`div.fl-post-cats-tags` ("Posted in %s and tagged %s"), `div.fl-post-nav` with
`span.fl-post-nav-prev` "← %title" / `span.fl-post-nav-next` "%title →". Also Laravel's
Bootstrap 5 paginator (for the other site). From memory: the bb-theme page shell (`fl-page`,
`fl-page-bar`, `fl-page-header-primary`, `fl-page-content`, `fl-sidebar`, `fl-page-footer-wrap`),
Beaver Builder's layout markup (`fl-builder-content`, `fl-row` / `fl-col-group` / `fl-col` /
`fl-module-rich-text` / `fl-module-photo` / `fl-module-gallery`), core blocks (image with
`figcaption.wp-element-caption`, gallery, file block), the plugins' markup and the Thai locale
(`j F Y`, CE year). No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- permalinks `/%category%/%postname%/`: `/news/pr67-041/` typed by most editors, a Thai title
  slug (percent-encoded, lower-case hex, cut at 200 encoded characters) where an editor left the
  slug alone; category archive `/category/news/`, `/category/news/page/N/` (bb-theme's
  `paginate_links` list), 10 a page, 23 posts;
- the date as the Thai locale prints it, "5 มีนาคม 2024" (Thai month, CE year, no time), and
  the schema metas `datePublished` / `dateModified` (`Y-m-d`, every post);
- editors over two years: classic-editor paragraphs, block-editor posts with a captioned image,
  a gallery with a caption and a file block ("ดาวน์โหลด"); sources "ข่าว/ภาพ :", "ที่มา :",
  "เรียบเรียง :", "ข่าว :", a bold right-aligned sign-off office line, or none;
- **the quirk: one post in four (one editor, 2024) is laid out with Beaver Builder**: the text
  split over `fl-module-rich-text` modules in rows and columns, the first paragraph beside a
  `fl-module-photo` (with `fl-photo-caption`), a `fl-module-gallery` between paragraphs; the
  theme header (title, date) stays;
- Post Views Counter "จำนวนผู้เข้าชม : 1,234", Sassy Social Share "แชร์ข่าวนี้", YARPP
  "ข่าวที่เกี่ยวข้อง" (titles) inside the content; "โพสต์ใน … และติดแท็ก …"; prev/next titles;
  sidebar search, "ข่าวล่าสุด", "สถิติผู้เยี่ยมชม", agency links; PDPA consent bar; footer;
- deleted item (linked from page 2): `/news/pr67-009/`, **200: bb-theme's "not found" page
  ("ขออภัย! ไม่พบหน้าที่คุณต้องการ" and the search form) served with status 200 from WP Super
  Cache's copy**.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
from urllib.parse import quote, unquote

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

OFFICE = "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์"
PER = 10
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานคุ้มครองแรงงาน"),
    ("ที่มา", "กลุ่มงานความปลอดภัยและอาชีวอนามัย สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์"),
    ("เรียบเรียง", "ฝ่ายบริหารงานทั่วไป"),
    ("signoff", "กลุ่มงานสวัสดิการแรงงานและแรงงานสัมพันธ์ สวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์"),
    ("ข่าว", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดอุตรดิตถ์"),
    None,
]
EDITORS = ["admin_uttlabour", "pr_kanokwan", "nattapong.s"]
TAGS = ["คุ้มครองแรงงาน", "ความปลอดภัยในการทำงาน", "แรงงานนอกระบบ", "ค่าจ้างขั้นต่ำ", "สสค.อุตรดิตถ์"]
VIEWS = "จำนวนผู้เข้าชม"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
VISITORS = "สถิติผู้เยี่ยมชม"
LINKS = "ลิงก์หน่วยงาน"
CATS_LABEL = "โพสต์ใน"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีแก่ท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
PDPA_BTN = "ยอมรับทั้งหมด"
FOOTER = "ศาลากลางจังหวัดอุตรดิตถ์ ชั้น 3 ถนนประชานิมิต ตำบลท่าอิฐ อำเภอเมืองอุตรดิตถ์ จังหวัดอุตรดิตถ์ 53000"
HOTLINE = "สายด่วนกระทรวงแรงงาน 1546"
DOWNLOAD = "ดาวน์โหลด"
GALLERY_CAPTION = "ภาพบรรยากาศกิจกรรม"
CAPTIONS = [
    "ภาพ: เจ้าหน้าที่ลงพื้นที่ตรวจเยี่ยมสถานประกอบการ",
    "ภาพ: บรรยากาศการประชุมคณะทำงาน",
    "ภาพ: ผู้เข้าร่วมกิจกรรมถ่ายภาพร่วมกัน",
]
FILES = [
    "แบบคำร้อง คร.7 ยื่นคำร้องต่อพนักงานตรวจแรงงาน.pdf",
    "ประกาศอัตราค่าจ้างขั้นต่ำ ฉบับที่ 2.pdf",
    "กำหนดการอบรมเจ้าหน้าที่ความปลอดภัย.pdf",
]
NOT_FOUND = "ขออภัย! ไม่พบหน้าที่คุณต้องการ"


def th_date(d: dt.datetime) -> str:
    """WordPress th locale `j F Y`: Thai month name, Christian-era year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def wp_slug(title: str) -> str:
    """sanitize_title-like: punctuation dropped, spaces to dashes, percent-encoded UTF-8 in
    lower-case hex, cut at 200 encoded characters (WordPress's utf8_uri_encode limit)."""
    t = re.sub(r"[\"'“”‘’()\[\]:;,.!?/|]", "", title)
    t = re.sub(r"\s+", "-", t.strip())
    out = ""
    for ch in t:
        enc = quote(ch, safe="-").lower() if ord(ch) > 127 else ch.lower()
        if len(out) + len(enc) > 200:
            break
        out += enc
    return out.strip("-")


def node(*parts) -> str:
    return hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()[:13]


class BBThemeSite(BaseSite):
    key = "b62_wp_bbtheme_labour_office"
    family = "wordpress"
    imitates = (
        "provincial labour-protection office on WordPress + Beaver Builder Theme (bb-theme) with "
        "Post Views Counter, Sassy Social Share, YARPP, WP Statistics and a PDPA bar; one post "
        "in four laid out with the Beaver Builder plugin"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 22, 16, 0, tzinfo=TZ), offset=130
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # the classic-editor posts are the older archive (2022-2023)
        for i, a in enumerate(arts):
            if i >= 16:
                a.published -= dt.timedelta(days=41 * (i - 15) + 7 * (i % 3))
                if a.modified:
                    a.modified -= dt.timedelta(days=41 * (i - 15) + 7 * (i % 3))
        # the editors' numbering "pr<BE yy>-<nnn>" counts up within each BE year; one number
        # (the deleted post, between posts 14 and 15 on listing page 2) is missing
        seq: dict[int, int] = {}
        for i in range(len(arts) - 1, -1, -1):
            a = arts[i]
            yy = (a.published.year + 543) % 100
            seq[yy] = seq.get(yy, 4 + i % 7) + 1
            if i == 14:
                self.deleted_slug = f"pr{yy}-{seq[yy]:03d}"
                seq[yy] += 1
            a.extra["number"] = f"pr{yy}-{seq[yy]:03d}"
        for i, a in enumerate(arts):
            a.id = 3120 - i * 3 - (i % 2)
            slug = wp_slug(a.title) if i % 4 == 2 else a.extra["number"]
            a.extra["slug"] = slug
            a.path = f"/news/{slug}/"
            a.time_printed = False
            # bb-theme prints dateModified for every post: the publication day if never edited
            a.extra["modified_day"] = (a.modified or a.published).date()
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i * 7) % 4 if i % 3 else 0)]
            a.extra["editor"] = EDITORS[0 if i > 15 else (1 if i % 2 else 2)]
            # how the post was written
            if i % 4 == 1 and i < 16:
                a.extra["kind"] = "builder"
            elif i > 15:
                a.extra["kind"] = "classic"
            else:
                a.extra["kind"] = "blocks"
            a.extra["caption"] = CAPTIONS[i % 3] if i % 3 != 2 else None
            a.extra["gallery"] = i % 3 == 0
            a.extra["file"] = FILES[(i // 5) % 3] if i % 5 == 3 else None
        slugs = [a.extra["slug"] for a in arts]
        assert len(set(slugs)) == len(slugs) and self.deleted_slug not in slugs
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/news/{self.deleted_slug}/"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 10, 13)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", body_class="", builder_css=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<link rel="profile" href="https://gmpg.org/xfn/11" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
{head}
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.58' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.9' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.4' media='all' />
{builder_css}<link rel='stylesheet' id='base-css' href='/wp-content/themes/bb-theme/css/base.min.css?ver=1.7.15' media='all' />
<link rel='stylesheet' id='fl-automator-skin-css' href='/wp-content/uploads/bb-theme/skin-65b0f1a2c3d4e.css?ver=1.7.15' media='all' />
<link rel='stylesheet' id='fl-child-theme-css' href='/wp-content/themes/bb-theme-child/style.css?ver=6.4.3' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} fl-framework-base fl-preset-default fl-full-width fl-scroll-to-top fl-search-active" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<a aria-label="ข้ามไปยังเนื้อหา" class="fl-screen-reader-text" href="#fl-main-content">ข้ามไปยังเนื้อหา</a>
<div class="fl-page">
<div class="fl-page-bar"><div class="fl-page-bar-container container"><div class="fl-page-bar-row row">
<div class="col-sm-6 col-md-6 text-left clearfix"><div class="fl-page-bar-text fl-page-bar-text-1">{HOTLINE}</div></div>
<div class="col-sm-6 col-md-6 text-right clearfix"><div class="fl-social-icons"><a href="https://www.facebook.com/uttaradit.labour" class="fl-icon fl-icon-color-branded fl-icon-facebook" target="_self" aria-label="facebook"></a></div></div>
</div></div></div>
<header class="fl-page-header fl-page-header-primary fl-page-nav-right fl-page-nav-toggle-button fl-page-nav-toggle-visible-mobile" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div class="fl-page-header-wrap"><div class="fl-page-header-container container"><div class="fl-page-header-row row">
<div class="col-md-4 col-sm-12 fl-page-header-logo-col"><div class="fl-page-header-logo" itemscope="itemscope" itemtype="https://schema.org/Organization"><a href="/" itemprop="url"><img class="fl-logo-img" loading="false" data-no-lazy="1" itemscope itemtype="https://schema.org/ImageObject" src="/wp-content/uploads/2023/01/logo-labour-uttaradit.png" data-retina="" title="" width="420" height="90" alt="{OFFICE}" /><meta itemprop="name" content="{OFFICE}" /></a></div></div>
<div class="col-md-8 col-sm-12 fl-page-nav-col"><div class="fl-page-nav-wrap"><nav class="fl-page-nav fl-nav navbar navbar-default navbar-expand-md" aria-label="เมนูหลัก" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement" role="navigation">
<button type="button" class="navbar-toggle navbar-toggler" data-toggle="collapse" data-target=".fl-page-nav-collapse"><span>เมนู</span></button>
<div class="fl-page-nav-collapse collapse navbar-collapse"><ul id="menu-main" class="nav navbar-nav navbar-right menu fl-theme-menu"><li id="menu-item-10" class="menu-item"><a href="/" class="nav-link">หน้าแรก</a></li><li id="menu-item-11" class="menu-item menu-item-has-children"><a href="/about/" class="nav-link">เกี่ยวกับหน่วยงาน</a></li><li id="menu-item-12" class="menu-item current-menu-item"><a href="/category/news/" class="nav-link">ข่าวประชาสัมพันธ์</a></li><li id="menu-item-13" class="menu-item"><a href="/category/procurement/" class="nav-link">จัดซื้อจัดจ้าง</a></li><li id="menu-item-14" class="menu-item"><a href="/ita/" class="nav-link">ITA</a></li><li id="menu-item-15" class="menu-item"><a href="/contact/" class="nav-link">ติดต่อเรา</a></li></ul></div>
</nav></div></div>
</div></div></div>
</header>
<div id="fl-main-content" class="fl-page-content" itemprop="mainContentOfPage" role="main">
<div class="container">
<div class="row">
<div class="fl-content fl-content-left col-md-8">
{content}
</div>
<div class="fl-sidebar fl-sidebar-right fl-sidebar-display-desktop col-md-4" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
<aside id="search-2" class="fl-widget widget_search"><form aria-label="ค้นหา" method="get" role="search" action="/" title="พิมพ์แล้วกด Enter เพื่อค้นหา"><input aria-label="ค้นหา" type="search" class="fl-search-input form-control" name="s" placeholder="ค้นหา" value="" /></form></aside>
<aside id="recent-posts-2" class="fl-widget widget_recent_entries"><h4 class="fl-widget-title">{LATEST}</h4><ul>{latest}</ul></aside>
<aside id="wp_statistics_widget-2" class="fl-widget widget_wp_statistics_widget"><h4 class="fl-widget-title">{VISITORS}</h4><ul><li><label>ผู้ใช้ออนไลน์:&nbsp;</label>3</li><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>148</li><li><label>ผู้เข้าชมเมื่อวาน:&nbsp;</label>233</li><li><label>ผู้เข้าชมทั้งหมด:&nbsp;</label>96,412</li></ul></aside>
<aside id="media_image-3" class="fl-widget widget_media_image"><h4 class="fl-widget-title">{LINKS}</h4><a href="https://www.labour.go.th/"><img width="300" height="90" src="/wp-content/uploads/2023/01/banner-mol.png" class="image wp-image-38" alt="กระทรวงแรงงาน" /></a><a href="https://www.labour.go.th/"><img width="300" height="90" src="/wp-content/uploads/2023/01/banner-dlpw.png" class="image wp-image-39" alt="กรมสวัสดิการและคุ้มครองแรงงาน" /></a></aside>
</div>
</div>
</div>
</div>
<footer class="fl-page-footer-wrap" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo">
<div class="fl-page-footer-widgets"><div class="fl-page-footer-widgets-container container"><div class="fl-page-footer-widgets-row row">
<div class="col-sm-12 col-md-12 fl-page-footer-widget-col fl-page-footer-widget-col-1"><aside id="text-2" class="fl-widget widget_text"><h4 class="fl-widget-title">ติดต่อหน่วยงาน</h4><div class="textwidget"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5541 1437 โทรสาร 0 5541 1438</p></div></aside></div>
</div></div></div>
<div class="fl-page-footer"><div class="fl-page-footer-container container"><div class="fl-page-footer-row row"><div class="col-md-12 text-center clearfix"><div class="fl-page-footer-text fl-page-footer-text-1">© 2567 {OFFICE} สงวนลิขสิทธิ์</div></div></div></div></div>
</footer>
</div>
<a href="#" id="fl-to-top"><span class="sr-only">เลื่อนขึ้นด้านบน</span><i class="fas fa-chevron-up" aria-hidden="true"></i></a>
<div class="pdpa-consent-bar" id="pdpa-consent" role="dialog" aria-live="polite" style="display:none"><div class="pdpa-consent-inner"><p class="pdpa-consent-text">{PDPA} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p><div class="pdpa-consent-buttons"><button type="button" class="pdpa-btn pdpa-btn-setting">ตั้งค่า</button><button type="button" class="pdpa-btn pdpa-btn-accept">{PDPA_BTN}</button></div></div></div>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script src='/wp-content/themes/bb-theme/js/theme.min.js?ver=1.7.15' id='fl-automator-js'></script>
<script id="heateor_sss_sharing_js-js-before">function heateorSssLoadEvent(e) {{var t=window.onload;if (typeof window.onload!="function") {{window.onload=e}}else{{window.onload=function() {{t();e()}}}}}};</script>
</body>
</html>
<!-- Dynamic page generated in 0.412 seconds. -->
<!-- Cached page generated by WP-Super-Cache on 2024-03-28 09:41:08 -->
"""

    # ------------------------------------------------------------------ listing
    def row(self, a):
        d = a.published
        excerpt = esc(a.paras[0][:160]) + "&hellip;"
        return f"""<article class="fl-post post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" id="fl-post-{a.id}" itemscope="itemscope" itemtype="https://schema.org/BlogPosting">
<div class="fl-post-thumb"><a href="{a.path}" rel="bookmark" title="{esc(a.title)}"><img width="1024" height="683" src="/wp-content/uploads/{d:%Y/%m}/{a.id}-cover-1024x683.jpg" class="attachment-large size-large wp-post-image" alt="" decoding="async" itemprop="image" /></a></div>
<header class="fl-post-header">
<h2 class="fl-post-title" itemprop="headline"><a href="{a.path}" rel="bookmark" title="{esc(a.title)}">{esc(a.title)}</a></h2>
<div class="fl-post-meta fl-post-meta-top"><span class="fl-post-author">โดย <a href="/author/{a.extra["editor"]}/"><span>{a.extra["editor"]}</span></a></span><span class="fl-sep"> | </span><span class="fl-post-date">{th_date(d)}</span></div>
</header>
<div class="fl-post-content clearfix" itemprop="text">
<p>{excerpt}</p>
<a class="fl-post-more-link" href="{a.path}">อ่านต่อ</a>
</div>
</article>"""

    def deleted_row(self):
        d = self.pages[1][4].published - dt.timedelta(hours=3)
        href = f"/news/{self.deleted_slug}/"
        return f"""<article class="fl-post post-3066 post type-post status-publish format-standard hentry category-news" id="fl-post-3066" itemscope="itemscope" itemtype="https://schema.org/BlogPosting">
<header class="fl-post-header">
<h2 class="fl-post-title" itemprop="headline"><a href="{href}" rel="bookmark" title="ประกาศรับสมัครเจ้าหน้าที่โครงการ (ยกเลิก)">ประกาศรับสมัครเจ้าหน้าที่โครงการ (ยกเลิก)</a></h2>
<div class="fl-post-meta fl-post-meta-top"><span class="fl-post-author">โดย <a href="/author/{EDITORS[1]}/"><span>{EDITORS[1]}</span></a></span><span class="fl-sep"> | </span><span class="fl-post-date">{th_date(d)}</span></div>
</header>
<div class="fl-post-content clearfix" itemprop="text">
<p>ประกาศรับสมัครบุคคลเพื่อจ้างเป็นเจ้าหน้าที่โครงการ&hellip;</p>
<a class="fl-post-more-link" href="{href}">อ่านต่อ</a>
</div>
</article>"""

    def pager(self, n):
        total = len(self.pages)

        def url(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        items = []
        if n > 1:
            items.append(f'<li><a class="prev page-numbers" href="{url(n - 1)}">&laquo;</a></li>')
        for k in range(1, total + 1):
            if k == n:
                items.append(
                    f'<li><span aria-current="page" class="page-numbers current">{k}</span></li>'
                )
            else:
                items.append(f'<li><a class="page-numbers" href="{url(k)}">{k}</a></li>')
        if n < total:
            items.append(f'<li><a class="next page-numbers" href="{url(n + 1)}">&raquo;</a></li>')
        return (
            '<nav class="fl-archive-nav clearfix" role="navigation" aria-label="ข่าวทั้งหมด">'
            "<ul class='page-numbers'>\n" + "\n".join(items) + "\n</ul></nav>"
        )

    def render_list(self, n):
        rows = [self.row(a) for a in self.pages[n - 1]]
        if n == 2:
            rows.insert(5, self.deleted_row())
        content = f"""<header class="fl-archive-header" role="banner">
<h1 class="fl-archive-title">หมวดหมู่: ข่าวประชาสัมพันธ์</h1>
</header>
<div class="fl-archive-posts">
{chr(10).join(rows)}
</div>
{self.pager(n)}"""
        canon = "/category/news/" if n == 1 else f"/category/news/page/{n}/"
        title = "ข่าวประชาสัมพันธ์" + (f" &#8211; หน้า {n}" if n > 1 else "")
        return self.html_response(
            self.shell(
                f"{html.unescape(title)} – {OFFICE}",
                content,
                head=f'<link rel="canonical" href="{canon}" />',
                body_class="archive category category-news category-3 wp-theme-bb-theme wp-child-theme-bb-theme-child fl-theme-1-7-15",
            )
        )

    # ------------------------------------------------------------------ article text
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p style="text-align: right;"><strong>{esc(a.source)}</strong></p>'
        return f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>"

    def img(self, a, k, w=1024, h=683):
        return (
            f'<img decoding="async" width="{w}" height="{h}" '
            f'src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}-{w}x{h}.jpg" alt="" '
            f'class="wp-image-{a.id + k}" />'
        )

    def gallery_blocks(self, a):
        figs = "".join(
            f'<figure class="wp-block-image size-large">{self.img(a, k, 768, 512)}</figure>'
            for k in range(2, 8)
        )
        return (
            '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped '
            f'wp-block-gallery-{a.id} is-layout-flex wp-block-gallery-is-layout-flex">{figs}'
            f'<figcaption class="blocks-gallery-caption wp-element-caption">{GALLERY_CAPTION}</figcaption></figure>'
        )

    def file_block(self, a):
        name = a.extra["file"]
        href = f"/wp-content/uploads/{a.published:%Y/%m}/{quote(name)}"
        fid = f"wp-block-file--media-{node(a.id, 'file')}"
        return (
            f'<div class="wp-block-file"><a id="{fid}" href="{href}">{esc(name[:-4])}</a>'
            f'<a href="{href}" class="wp-block-file__button wp-element-button" download '
            f'aria-describedby="{fid}">{DOWNLOAD}</a></div>'
        )

    def text_classic(self, a):
        out = [f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp;{esc(p)}</p>' for p in a.paras]
        out.insert(
            1,
            f'<p><img class="aligncenter size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-1-1024x683.jpg" alt="" width="1024" height="683" /></p>',
        )
        if a.extra["gallery"]:
            out.append(
                f'<div id="gallery-1" class="gallery galleryid-{a.id} gallery-columns-3 gallery-size-thumbnail">'
                + "".join(
                    f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}.jpg"><img width="150" height="150" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" /></a></div></figure>'
                    for k in range(2, 8)
                )
                + "</div>"
            )
        src = self.source_html(a)
        if src:
            out.append(src)
        return "\n".join(out)

    def text_blocks(self, a):
        out = []
        cap = a.extra["caption"]
        figcap = f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
        out.append(
            f'<figure class="wp-block-image aligncenter size-large">{self.img(a, 1)}{figcap}</figure>'
        )
        out += [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["gallery"]:
            out.append(self.gallery_blocks(a))
        src = self.source_html(a)
        if src:
            out.append(src)
        if a.extra["file"]:
            out.append(self.file_block(a))
        return "\n".join(out)

    def fl_row(self, a, r, cols: list[str], widths=None):
        widths = widths or [100 // len(cols)] * len(cols)
        cols_html = "".join(
            f'<div class="fl-col fl-node-{node(a.id, r, c)}{" fl-col-small" if w < 50 else ""}" data-node="{node(a.id, r, c)}">'
            f'<div class="fl-col-content fl-node-content">{body}</div></div>'
            for c, (body, w) in enumerate(zip(cols, widths, strict=True))
        )
        return (
            f'<div class="fl-row fl-row-fixed-width fl-row-bg-none fl-node-{node(a.id, r)} fl-row-default-height fl-row-align-center" data-node="{node(a.id, r)}">'
            '<div class="fl-row-content-wrap"><div class="fl-row-content fl-row-fixed-width fl-node-content">'
            f'<div class="fl-col-group fl-node-{node(a.id, r, "g")}" data-node="{node(a.id, r, "g")}">{cols_html}</div>'
            "</div></div></div>"
        )

    def fl_module(self, a, kind, inner, key):
        nid = node(a.id, kind, key)
        return (
            f'<div class="fl-module fl-module-{kind} fl-node-{nid}" data-node="{nid}">'
            f'<div class="fl-module-content fl-node-content">{inner}</div></div>'
        )

    def rich(self, a, paras, key):
        inner = '<div class="fl-rich-text">' + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div>"
        return self.fl_module(a, "rich-text", inner, key)

    def text_builder(self, a):
        cap = a.extra["caption"] or CAPTIONS[0]
        photo = self.fl_module(
            a,
            "photo",
            '<div class="fl-photo fl-photo-align-center" itemscope itemtype="https://schema.org/ImageObject">'
            f'<div class="fl-photo-content fl-photo-img-jpg">{self.img(a, 1, 800, 533)}</div>'
            f'<div class="fl-photo-caption fl-photo-caption-below" itemprop="caption">{esc(cap)}</div></div>',
            "p1",
        )
        first, rest = a.paras[:1], a.paras[1:]
        mid = max(1, len(rest) // 2)
        gallery = self.fl_module(
            a,
            "gallery",
            '<div class="fl-mosaicflow"><div class="fl-mosaicflow-content">'
            + "".join(
                f'<div class="fl-mosaicflow-item"><div class="fl-photo fl-photo-align-center"><div class="fl-photo-content fl-photo-img-jpg"><a href="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}.jpg">{self.img(a, k, 400, 267)}</a></div></div></div>'
                for k in range(2, 6)
            )
            + '</div><div class="fl-mosaicflow-clear"></div></div>',
            "g1",
        )
        rows = [
            self.fl_row(a, 1, [photo, self.rich(a, first, "r1")], [50, 50]),
            self.fl_row(a, 2, [self.rich(a, rest[:mid], "r2")]),
            self.fl_row(a, 3, [gallery]),
        ]
        tail = rest[mid:]
        src = self.source_html(a)
        tail_html = "".join(f"<p>{esc(p)}</p>" for p in tail) + src
        rows.append(
            self.fl_row(
                a,
                4,
                [
                    self.fl_module(
                        a, "rich-text", f'<div class="fl-rich-text">{tail_html}</div>', "r3"
                    )
                ],
            )
        )
        return (
            f'<div class="fl-builder-content fl-builder-content-{a.id} fl-builder-content-primary fl-builder-global-templates-locked" data-post-id="{a.id}">'
            + "\n".join(rows)
            + "</div>"
        )

    def text_html(self, a):
        kind = a.extra["kind"]
        if kind == "builder":
            return self.text_builder(a)
        if kind == "classic":
            return self.text_classic(a)
        return self.text_blocks(a)

    # ------------------------------------------------------------------ article
    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        d = a.published
        rel = "".join(
            f'<li><a href="{x.path}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        cats = '<a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a>'
        tags = ""
        if a.tags:
            tags = " และติดแท็ก " + ", ".join(
                f'<a href="/tag/{quote(t).lower()}/" rel="tag">{esc(t)}</a>' for t in a.tags
            )
        nav = '<div class="fl-post-nav clearfix">'
        if older:
            nav += f'<span class="fl-post-nav-prev"><a href="{older.path}" rel="prev">&larr; {esc(older.title)}</a></span>'
        if newer:
            nav += f'<span class="fl-post-nav-next"><a href="{newer.path}" rel="next">{esc(newer.title)} &rarr;</a></span>'
        nav += "</div>"
        enc = quote(url, safe="")
        share = (
            '<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" '
            f'data-heateor-sss-href="{url}"><div class="heateor_sss_sharing_title" style="font-weight:bold">{SHARE}</div>'
            '<div class="heateor_sss_sharing_ul">'
            f'<a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={enc}" title="Facebook" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
            f'<a aria-label="Line" class="heateor_sss_button_line" href="https://social-plugins.line.me/lineit/share?url={enc}" title="Line" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
            f'<a aria-label="X" class="heateor_sss_button_x" href="https://twitter.com/intent/tweet?text={quote(a.title)}&amp;url={enc}" title="X" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg"></span></a>'
            "</div></div>"
        )
        views = (
            f'<div class="post-views content-post post-{a.id} entry-meta load-static">'
            f'<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            f'<span class="post-views-label">{VIEWS} : </span> <span class="post-views-count">{a.views:,}</span></div>'
        )
        builder = a.extra["kind"] == "builder"
        builder_css = (
            f"<link rel='stylesheet' id='fl-builder-layout-{a.id}-css' href='/wp-content/uploads/bb-plugin/cache/{a.id}-layout.css?ver={node(a.id, 'css')[:8]}' media='all' />\n"
            if builder
            else ""
        )
        head = f"""<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{base}/?p={a.id}' />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}/wp-content/uploads/{d:%Y/%m}/{a.id}-cover-1024x683.jpg" />"""
        content = f"""<article class="fl-post post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" id="fl-post-{a.id}" itemscope itemtype="https://schema.org/BlogPosting">
<header class="fl-post-header">
<h1 class="fl-post-title" itemprop="headline">{esc(a.title)}</h1>
<div class="fl-post-meta fl-post-meta-top"><span class="fl-post-author">โดย <a href="/author/{a.extra["editor"]}/"><span>{a.extra["editor"]}</span></a></span><span class="fl-sep"> | </span><span class="fl-post-date">{th_date(d)}</span></div>
<meta itemscope itemprop="mainEntityOfPage" itemtype="https://schema.org/WebPage" itemid="{url}" content="{esc(a.title)}" /><meta itemprop="datePublished" content="{d:%Y-%m-%d}" /><meta itemprop="dateModified" content="{a.extra["modified_day"]:%Y-%m-%d}" /><div itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{OFFICE}"></div><div itemscope itemprop="author" itemtype="https://schema.org/Person"><meta itemprop="url" content="{base}/author/{a.extra["editor"]}/" /><meta itemprop="name" content="{a.extra["editor"]}" /></div>
</header><!-- .fl-post-header -->
<div class="fl-post-content clearfix" itemprop="text">
{self.text_html(a)}
{views}
{share}
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<h3>{RELATED}:</h3><ol>{rel}</ol>
</div>
</div><!-- .fl-post-content -->
<div class="fl-post-meta fl-post-meta-bottom"><div class="fl-post-cats-tags">{CATS_LABEL} {cats}{tags}</div></div>
{nav}
</article>"""
        body_class = (
            f"post-template-default single single-post postid-{a.id} single-format-standard "
            "wp-theme-bb-theme wp-child-theme-bb-theme-child fl-theme-1-7-15"
        )
        if builder:
            body_class += " fl-builder fl-builder-2-8-1"
        return self.html_response(
            self.shell(
                f"{a.title} – {OFFICE}",
                content,
                head=head,
                body_class=body_class,
                builder_css=builder_css,
            )
        )

    def render_deleted(self):
        content = f"""<article class="fl-post fl-404">
<header class="fl-post-header" role="banner">
<h2 class="fl-post-title">{NOT_FOUND}</h2>
</header><!-- .fl-post-header -->
<div class="fl-post-content clearfix" itemprop="text">
<form aria-label="ค้นหา" method="get" role="search" action="/" title="พิมพ์แล้วกด Enter เพื่อค้นหา"><input aria-label="ค้นหา" type="search" class="fl-search-input form-control" name="s" placeholder="ค้นหา" value="" /></form>
</div><!-- .fl-post-content -->
</article>"""
        return self.html_response(
            self.shell(
                f"ไม่พบหน้า – {OFFICE}",
                content,
                body_class="error404 wp-theme-bb-theme wp-child-theme-bb-theme-child fl-theme-1-7-15",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": f"{base}/category/news/"}, b""
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/)?", path)
        if m:
            n = int(m[1] or 1)
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        m = re.fullmatch(r"/news/([^/]+)/", path)
        if m:
            slug = unquote(m[1])
            if slug == self.deleted_slug:
                return self.render_deleted()
            for a in self.articles:
                if unquote(a.extra["slug"]) == slug:
                    return self.render_article(a, base)
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                f"{VIEWS} : {a.views:,}",
                SHARE,
                f"{RELATED}:",
                LATEST,
                VISITORS,
                LINKS,
                PDPA,
                PDPA_BTN,
                FOOTER,
                HOTLINE,
                CATS_LABEL,
                "ผู้เข้าชมทั้งหมด",
                GALLERY_CAPTION,
                DOWNLOAD,
            ]
            if a.extra["kind"] == "builder":
                must_not.append(a.extra["caption"] or CAPTIONS[0])
            elif a.extra["kind"] == "blocks" and a.extra["caption"]:
                must_not.append(a.extra["caption"])
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (older, newer) if x]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = a.extra["modified_day"].isoformat()
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = BBThemeSite()

if __name__ == "__main__":
    main(SITE)
