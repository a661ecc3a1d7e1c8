"""Blind-13 red-team site: WordPress 6 + ThemeFusion **Avada** 7 (Fusion Builder) news of a
provincial agricultural extension office (สำนักงานเกษตรจังหวัด), built blind.

What it imitates:
- Thai slug permalinks `/<ชื่อเรื่อง-ภาษาไทย>/`, printed percent-encoded in lower-case hex as
  WordPress does; category archive `/category/ข่าวประชาสัมพันธ์/` with `/page/N/`;
- `<title>` "headline – office"; the headline only in Avada's **page title bar**
  (`.fusion-page-title-bar h1.entry-title`), with the Avada breadcrumbs beside it; the post
  itself shows no heading (the "post title" option is off);
- the body laid out in Fusion Builder containers: a full-width `fusion-text`, then a row of two
  `1_2` columns (an image frame with its caption "ภาพ : …" left, the next paragraphs right), then
  a third container with the rest, a `fusion-separator`, a `fusion-button` "ดาวน์โหลดเอกสาร",
  and for some a `fusion-text` "ที่มา : <office>";
- plugins appending to the content (inside `.post-content`): Post Views Counter
  "จำนวนผู้เข้าชม 1,234" and an AddToAny "แชร์ไปยัง:" bar;
- after the content: `fusion-sharing-box` ("แชร์เรื่องนี้ เลือกแพลตฟอร์มของคุณ!"), Avada's post
  meta `fusion-meta-info` "โดย admin | 16 กุมภาพันธ์ 2024 | หมวดหมู่: … | แท็ก: … | ปิดความเห็น"
  (`j F Y`, **CE, no time**), with the hidden `span.updated.rich-snippet-hidden` carrying the
  modified time `c` (+07:00, every post); Yoast's JSON-LD and `article:published_time` give
  the publication moment in **UTC "+00:00"**;
- `single-navigation` "ก่อนหน้า" / "ถัดไป" (no titles), the "บทความที่เกี่ยวข้อง" carousel
  (titles + dates), a comment form, the "เรื่องล่าสุด" sidebar, a Cookie Notice banner;
- the trashed post's slug, linked from page 2, gets Avada's 404 content ("ขออภัย! ไม่พบหน้านี้",
  "หน้าที่มีประโยชน์") served with 200.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote

from ._common import esc, main
from .b13_common import UTC, B9Site, build, ce_full, commas, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดนครปฐม"
CAT = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดนครปฐม",
    None,
    "สำนักงานเกษตรอำเภอกำแพงแสน",
    None,
    None,
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดนครปฐม",
]
DELETED_TITLE = "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ ปี 2567 (ยกเลิก)"


def slugify(title: str) -> str:
    s = re.sub(r"[()\"“”‘’:,;!?'\[\]/]+", "", title.lower()).replace(".", "-")
    s = re.sub(r"-+", "-", s)
    words = s.split()
    out = ""
    for w in words:
        if len(out) + len(w) > 70:
            break
        out = f"{out}-{w}" if out else w
    return (out or words[0][:70]).strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/-?=&").lower().replace("%2f", "/")


class AvadaSite(B9Site):
    key = "b13_wp_avada"
    family = "wordpress"
    imitates = "WordPress 6 + ThemeFusion Avada 7 (Fusion Builder): Thai slugs, headline only in the page title bar, Fusion columns splitting the text, Post Views Counter + AddToAny inside .post-content, fusion-sharing-box, fusion-meta-info 'j F Y' (CE, no time) + hidden span.updated (+07:00), Yoast JSON-LD in UTC, related-posts carousel; trashed slug = Avada 404 content (200)"
    listing_path = f"/category/{CAT}/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 5, SOURCES, dt.datetime(2024, 6, 20, 15, 0), first_id=8810, step=3
        )
        seen = set()
        for a in self.articles:
            slug = slugify(a.title)
            while slug in seen:
                slug += "-2"
            seen.add(slug)
            a.path = f"/{slug}/"
            a.extra["mod"] = a.modified or a.published
        self.deleted_path = f"/{slugify(DELETED_TITLE)}/"
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}page/{k + 1}/"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, head_extra, titlebar, content, body_class):
        recent = "".join(
            f'<li><a href="{enc(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html class="avada-html-layout-wide avada-html-header-position-top" lang="th" prefix="og: http://ogp.me/ns# fb: http://ogp.me/ns/fb#">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{head_extra}
<link rel='stylesheet' id='fusion-dynamic-css-css' href='/wp-content/uploads/fusion-styles/3f1c0a.min.css?ver=3.11.2' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
</head>
<body class="{body_class} fusion-image-hovers fusion-pagination-sizing fusion-button_type-flat fusion-body ltr fusion-sticky-header no-tablet-sticky-header no-mobile-sticky-header no-mobile-slidingbar fusion-disable-outline fusion-sub-menu-fade mobile-logo-pos-left layout-wide-mode avada-has-boxed-modal-shadow-none layout-scroll-offset-full avada-has-zero-margin-offset-top has-sidebar fusion-top-header menu-text-align-center mobile-menu-design-modern fusion-show-pagination-text fusion-header-layout-v3 avada-responsive avada-footer-fx-none avada-menu-highlight-style-bar fusion-search-form-classic fusion-main-menu-search-dropdown fusion-avatar-square avada-dropdown-styles avada-blog-layout-large avada-blog-archive-layout-large avada-header-shadow-no avada-menu-icon-position-left avada-has-megamenu-shadow avada-has-mainmenu-dropdown-divider avada-has-breadcrumb-mobile-hidden avada-has-titlebar-bar_and_content avada-has-pagination-padding avada-flyout-menu-direction-fade avada-ec-views-v1" data-awb-post-id="0">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div id="boxed-wrapper">
<div id="wrapper" class="fusion-wrapper">
<div id="home" style="position:relative;top:-1px;"></div>
<header class="fusion-header-wrapper">
<div class="fusion-header-v3 fusion-logo-alignment fusion-logo-left fusion-sticky-menu- fusion-sticky-logo- fusion-mobile-logo-  fusion-mobile-menu-design-modern">
<div class="fusion-secondary-header"><div class="fusion-row"><div class="fusion-alignleft"><div class="fusion-contact-info"><span class="fusion-contact-info-phone-number">โทร. 0-3434-0563</span><span class="fusion-header-separator">|</span><span class="fusion-contact-info-email-address"><a href="mailto:nakhonpathom@doae.go.th">nakhonpathom@doae.go.th</a></span></div></div><div class="fusion-alignright"><nav class="fusion-secondary-menu" role="navigation" aria-label="เมนูรอง"><ul id="menu-top" class="menu"><li><a href="/ita/"><span class="menu-text">ITA</span></a></li><li><a href="/contact/"><span class="menu-text">ติดต่อเรา</span></a></li></ul></nav></div></div></div>
<div class="fusion-header-sticky-height"></div>
<div class="fusion-header"><div class="fusion-row">
<div class="fusion-logo" data-margin-top="31px" data-margin-bottom="31px" data-margin-left="0px" data-margin-right="0px"><a class="fusion-logo-link" href="/"><img src="/wp-content/uploads/2023/05/logo-doae.png" width="320" height="70" alt="{OFFICE} Logo" data-retina_logo_url="" class="fusion-standard-logo" /></a></div>
<nav class="fusion-main-menu" aria-label="เมนูหลัก"><ul id="menu-main" class="fusion-menu"><li class="menu-item"><a href="/" class="fusion-bar-highlight"><span class="menu-text">หน้าแรก</span></a></li><li class="menu-item"><a href="/about/" class="fusion-bar-highlight"><span class="menu-text">เกี่ยวกับหน่วยงาน</span></a></li><li class="menu-item current-menu-item"><a href="{enc(self.listing_path)}" class="fusion-bar-highlight"><span class="menu-text">{CAT}</span></a></li><li class="menu-item"><a href="/e-service/" class="fusion-bar-highlight"><span class="menu-text">E-Service</span></a></li><li class="fusion-custom-menu-item fusion-main-menu-search"><a class="fusion-main-menu-icon" href="#" aria-label="ค้นหา" data-title="ค้นหา" title="ค้นหา" role="button" aria-expanded="false"></a></li></ul></nav>
</div></div></div>
<div class="fusion-clearfix"></div>
</header>
<div id="sliders-container" class="fusion-slider-visibility"></div>
{titlebar}
<main id="main" class="clearfix ">
<div class="fusion-row" style="">
{content}
<aside id="sidebar" class="sidebar fusion-widget-area fusion-content-widget-area fusion-sidebar-right fusion-blogsidebar" style="float: right;" data="">
<section id="search-2" class="widget widget_search"><form role="search" class="searchform fusion-search-form  fusion-search-form-classic" method="get" action="/"><div class="fusion-search-form-content"><div class="fusion-search-field search-field"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" value="" name="s" class="s" placeholder="ค้นหา..." required aria-required="true" aria-label="ค้นหา..."/></label></div></div></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><div class="heading"><h4 class="widget-title">เรื่องล่าสุด</h4></div><ul>{recent}</ul></section>
<section id="text-3" class="widget widget_text"><div class="heading"><h4 class="widget-title">สถิติผู้เข้าชม</h4></div><div class="textwidget"><p>วันนี้ 312<br>เมื่อวาน 498<br>ทั้งหมด 1,204,377</p></div></section>
</aside>
</div>
</main>
<div class="fusion-footer">
<footer class="fusion-footer-widget-area fusion-widget-area"><div class="fusion-row"><div class="fusion-columns fusion-columns-3 fusion-widget-area"><div class="fusion-column col-lg-4 col-md-4 col-sm-4"><section class="fusion-footer-widget-column widget widget_text"><h4 class="widget-title">{OFFICE}</h4><div class="textwidget"><p>ศาลากลางจังหวัดนครปฐม ชั้น 3 ถนนราชวิถี ตำบลพระปฐมเจดีย์ อำเภอเมืองนครปฐม จังหวัดนครปฐม 73000</p></div></section></div></div></div></footer>
<footer id="footer" class="fusion-footer-copyright-area"><div class="fusion-row"><div class="fusion-copyright-content"><div class="fusion-copyright-notice"><div>© สงวนลิขสิทธิ์ 2567 {OFFICE} | ขับเคลื่อนโดย <a href="https://wordpress.org">WordPress</a> | ธีม <a href="https://avada.com">Avada</a></div></div></div></div></footer>
</div>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่ท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="นโยบายความเป็นส่วนตัว">นโยบายความเป็นส่วนตัว</a></span></div></div>
<a class="fusion-one-page-text-link fusion-page-load-link" tabindex="-1" href="#" aria-hidden="true">Page load link</a>
<div class="avada-footer-scripts"><script type="text/javascript" src="/wp-content/themes/Avada/includes/lib/assets/min/js/general/fusion.js?ver=3.11.2" id="fusion-js"></script></div>
<section class="to-top-container to-top-right" aria-labelledby="awb-to-top-label"><a href="#" id="toTop" class="fusion-top-top-link"><span id="awb-to-top-label" class="screen-reader-text">ไปด้านบน</span></a></section>
</body>
</html>"""

    def titlebar(self, heading, crumbs):
        return f"""<section class="avada-page-titlebar-wrapper" aria-label="แถบชื่อหน้า">
<div class="fusion-page-title-bar fusion-page-title-bar-breadcrumbs fusion-page-title-bar-left">
<div class="fusion-page-title-row"><div class="fusion-page-title-wrapper">
<div class="fusion-page-title-captions"><h1 class="entry-title">{esc(heading)}</h1></div>
<div class="fusion-page-title-secondary"><nav class="fusion-breadcrumbs awb-yoast-breadcrumbs" aria-label="Breadcrumb"><ol class="awb-breadcrumb-list"><li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="/" class="fusion-breadcrumb-link"><span>หน้าแรก</span></a></li>{crumbs}</ol></nav></div>
</div></div></div></section>"""

    def meta_line(self, a, single):
        tags = ""
        if single and a.tags:
            tags = (
                '<span class="fusion-inline-sep">|</span><span class="meta-tags">แท็ก: '
                + ", ".join(f'<a href="/tag/{enc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        mod = a.extra["mod"].isoformat()
        return f"""<div class="fusion-meta-info"><div class="fusion-meta-info-wrapper">โดย <span class="vcard"><span class="fn"><a href="/author/admin/" title="เขียนโดย admin" rel="author">admin</a></span></span><span class="fusion-inline-sep">|</span><span class="updated rich-snippet-hidden">{mod}</span><span>{ce_full(a.published)}</span><span class="fusion-inline-sep">|</span>หมวดหมู่: <a href="{enc(self.listing_path)}" rel="category tag">{CAT}</a>{tags}<span class="fusion-inline-sep">|</span><span class="fusion-comments"><a href="{enc(a.path)}#respond">ปิดความเห็น<span class="screen-reader-text"> บน {esc(a.title)}</span></a></span></div></div>"""

    def listing(self, k):
        posts = []
        for j, a in enumerate(self.pages[k]):
            posts.append(self.teaser(a.path, a.title, a.paras[0], a))
            if k == 1 and j == 2:
                fake = type(a)(
                    id=8801,
                    title=DELETED_TITLE,
                    paras=["ขอยกเลิกประกาศฉบับนี้"],
                    published=dt.datetime(2024, 4, 2, 9, 0, tzinfo=a.published.tzinfo),
                    time_printed=False,
                )
                fake.path = self.deleted_path
                fake.extra["mod"] = fake.published
                posts.append(
                    self.teaser(fake.path, fake.title, "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ", fake)
                )
        n = len(self.pages)
        nav = ""
        if k:
            nav += f'<a class="pagination-prev" rel="prev" href="{enc(self.page_url(k - 1))}"><span class="page-prev"></span><span class="page-text">ก่อนหน้า</span></a>'
        for i in range(n):
            nav += (
                f'<span class="current">{i + 1}</span>'
                if i == k
                else f'<a href="{enc(self.page_url(i))}" class="inactive">{i + 1}</a>'
            )
        if k < n - 1:
            nav += f'<a class="pagination-next" rel="next" href="{enc(self.page_url(k + 1))}"><span class="page-text">ถัดไป</span><span class="page-next"></span></a>'
        content = f"""<section id="content" class="" style="float: left;">
<div id="posts-container" class="fusion-blog-archive fusion-blog-layout-large-wrapper fusion-clearfix">
<div class="fusion-posts-container fusion-blog-layout-large fusion-blog-pagination fusion-blog-rollover " data-pages="{n}">
{"".join(posts)}
</div>
<div class="pagination clearfix" role="navigation" aria-label="Pagination">{nav}</div>
</div>
</section>"""
        crumbs = (
            f'<li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{CAT}</span></li>'
        )
        title = f"{CAT} – {OFFICE}" + (f" – หน้า {k + 1}" if k else "")
        return self.shell(
            title, "", self.titlebar(CAT, crumbs), content, "archive category category-pr"
        )

    def teaser(self, path, title, first, a):
        excerpt = first[:140].rstrip() + " [&hellip;]"
        return f"""<article id="post-{a.id}" class="fusion-post-large post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr">
<div class="fusion-flexslider flexslider fusion-flexslider-loading fusion-post-slideshow"><ul class="slides"><li><div class="fusion-image-wrapper" aria-haspopup="true"><img width="1024" height="683" src="/wp-content/uploads/2024/05/pr-{a.id}-1024x683.jpg" class="attachment-full size-full wp-post-image" alt="" decoding="async" /><div class="fusion-rollover"><div class="fusion-rollover-content"><a class="fusion-rollover-link" href="{enc(path)}">{esc(title)}</a></div></div></div></li></ul></div>
<div class="fusion-post-content post-content">
<h2 class="blog-shortcode-post-title entry-title"><a href="{enc(path)}">{esc(title)}</a></h2>
{self.meta_line(a, False)}
<div class="fusion-post-content-container"><p>{esc(excerpt)}</p></div>
</div>
<div class="fusion-clearfix"></div>
<div class="fusion-meta-info"><div class="fusion-alignright"><a href="{enc(path)}" class="fusion-read-more" aria-label="อ่านเพิ่มเติมเกี่ยวกับ {esc(title)}">อ่านเพิ่มเติม</a></div></div>
</article>"""

    def detail(self, a):
        p = a.paras
        n1 = max(1, len(p) // 3)
        n2 = max(n1 + 1, (2 * len(p)) // 3)
        first, mid, rest = p[:n1], p[n1:n2], p[n2:]

        def ptxt(ps):
            return "".join(f"<p>{esc(x)}</p>" for x in ps)

        def col(i, cls, inner):
            return f'<div class="fusion-layout-column fusion_builder_column fusion-builder-column-{i} fusion_builder_column_{cls} {cls} fusion-flex-column"><div class="fusion-column-wrapper fusion-column-has-shadow fusion-flex-justify-content-flex-start fusion-content-layout-column">{inner}</div></div>'

        src = (
            f'<div class="fusion-text fusion-text-4"><p style="text-align: right;"><strong>ที่มา : {esc(a.source)}</strong></p></div>'
            if a.source
            else ""
        )
        older, newer = neighbours(self.articles, a)
        related = [x for x in self.articles if x is not a][:4]
        carousel = "".join(
            f"""<li class="fusion-carousel-item"><div class="fusion-carousel-item-wrapper"><div class="fusion-image-wrapper fusion-image-size-fixed" aria-haspopup="true"><img src="/wp-content/uploads/2024/05/pr-{x.id}-500x383.jpg" width="500" height="383" alt="{esc(x.title)}" /></div><h4 class="fusion-carousel-title"><a class="fusion-related-posts-title-link" href="{enc(x.path)}" target="_self" title="{esc(x.title)}">{esc(x.title)}</a></h4><div class="fusion-carousel-meta"><span class="fusion-date">{ce_full(x.published)}</span><span class="fusion-inline-sep">|</span><span><a href="{enc(x.path)}#respond">0 ความเห็น</a></span></div></div></li>"""
            for x in related
        )
        nav = ""
        if older:
            nav += f'<a href="{enc(older.path)}" rel="prev">ก่อนหน้า</a>'
        if newer:
            nav += f'<a href="{enc(newer.path)}" rel="next">ถัดไป</a>'
        content = f"""<section id="content" style="float: left;">
<div class="single-navigation clearfix">{nav}</div>
<article id="post-{a.id}" class="post post-{a.id} type-post status-publish format-standard has-post-thumbnail hentry category-pr">
<span class="entry-title rich-snippet-hidden">{esc(a.title)}</span>
<div class="post-content">
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-1 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling"><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start">
{col(0, "1_1", f'<div class="fusion-text fusion-text-1">{ptxt(first)}</div>')}
</div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-2 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling"><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start">
{col(1, "1_2", f'<div class="fusion-image-element "><span class="fusion-imageframe imageframe-none imageframe-1 hover-type-none"><img decoding="async" width="800" height="533" title="img-{a.id}" src="/wp-content/uploads/2024/05/img-{a.id}.jpg" alt class="img-responsive wp-image-{a.id + 1}"/></span></div><div class="fusion-text fusion-text-2"><p style="text-align: center;"><em>ภาพ : กลุ่มยุทธศาสตร์และสารสนเทศ</em></p></div>')}
{col(2, "1_2", f'<div class="fusion-text fusion-text-3">{ptxt(mid)}</div>')}
</div></div>
<div class="fusion-fullwidth fullwidth-box fusion-builder-row-3 fusion-flex-container nonhundred-percent-fullwidth non-hundred-percent-height-scrolling"><div class="fusion-builder-row fusion-row fusion-flex-align-items-flex-start">
{col(3, "1_1", f'<div class="fusion-text fusion-text-5">{ptxt(rest)}</div><div class="fusion-separator fusion-full-width-sep" style="align-self: center;margin-left: auto;margin-right: auto;width:100%;"><div class="fusion-separator-border sep-single sep-solid" style="--awb-height:20px;--awb-amount:20px;border-color:#e2e2e2;border-top-width:1px;border-bottom-width:1px;"></div></div><div ><a class="fusion-button button-flat fusion-button-default-size button-default fusion-button-default button-1 fusion-button-default-span fusion-button-default-type" target="_blank" rel="noopener noreferrer" href="/wp-content/uploads/2024/05/doc-{a.id}.pdf"><span class="fusion-button-text">ดาวน์โหลดเอกสาร</span></a></div>{src}')}
</div></div>
<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม </span> <span class="post-views-count">{commas(a.views)}</span></div>
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">แชร์ไปยัง:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{enc(a.path)}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line" title="Line" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_x" href="https://www.addtoany.com/add_to/x" title="X" rel="nofollow noopener" target="_blank"></a></div></div>
</div>
<div class="fusion-sharing-box fusion-theme-sharing-box fusion-single-sharing-box share-box"><h4>แชร์เรื่องนี้ เลือกแพลตฟอร์มของคุณ!</h4><div class="fusion-social-networks boxed-icons"><div class="fusion-social-networks-wrapper"><a class="fusion-social-network-icon fusion-tooltip fusion-facebook awb-icon-facebook" title="Facebook" href="https://www.facebook.com/sharer.php?u=x" target="_blank" rel="noreferrer"><span class="screen-reader-text">Facebook</span></a><a class="fusion-social-network-icon fusion-tooltip fusion-mail awb-icon-mail" title="อีเมล" href="mailto:?body=x" target="_self" rel="noopener noreferrer"><span class="screen-reader-text">อีเมล</span></a></div></div></div>
{self.meta_line(a, True)}
<section class="related-posts single-related-posts"><div class="fusion-title fusion-title-size-three sep-double sep-solid" style="margin-top:0px;margin-bottom:31px;"><h3 class="title-heading-left" style="margin:0;">บทความที่เกี่ยวข้อง</h3><span class="awb-title-spacer"></span><div class="title-sep-container"><div class="title-sep sep-double sep-solid"></div></div></div>
<div class="awb-carousel awb-swiper awb-swiper-carousel fusion-carousel-title-below-image" data-imagesize="fixed" data-metacontent="yes" data-autoplay="no" data-touchscroll="no" data-columns="4" data-itemmargin="48px" data-itemwidth="180" data-scrollitems="1"><div class="swiper-wrapper">
<ul class="fusion-carousel-holder">{carousel}</ul>
</div><div class="awb-swiper-button awb-swiper-button-prev"><i class="awb-icon-angle-left"></i></div><div class="awb-swiper-button awb-swiper-button-next"><i class="awb-icon-angle-right"></i></div></div></section>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><div id="comment-textarea"><label class="screen-reader-text" for="comment">ความเห็น</label><textarea name="comment" id="comment" cols="45" rows="8" aria-required="true" required="required" tabindex="0" class="textarea-comment" placeholder="ความเห็น..."></textarea></div><p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="fusion-button fusion-button-default fusion-button-default-size" value="แสดงความเห็น" /></p></form></div>
</article>
</section>"""
        crumbs = f'<li class="fusion-breadcrumb-item awb-breadcrumb-sep"><a href="{enc(self.listing_path)}" class="fusion-breadcrumb-link"><span>{CAT}</span></a></li><li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">{esc(a.title)}</span></li>'
        pub_utc = a.published.astimezone(UTC).isoformat()
        mod_utc = a.extra["mod"].astimezone(UTC).isoformat()
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{enc(a.path)}#article",
                    "headline": a.title[:110],
                    "datePublished": pub_utc,
                    "dateModified": mod_utc,
                    "articleSection": [CAT],
                    "inLanguage": "th",
                    "author": {"name": "admin"},
                },
                {"@type": "Organization", "name": OFFICE, "url": "/"},
            ],
        }
        head = f"""<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{enc(a.path)}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} – {OFFICE}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="article:published_time" content="{pub_utc}" />
<meta property="article:modified_time" content="{mod_utc}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            head,
            self.titlebar(a.title, crumbs),
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
        )

    def deleted(self):
        crumbs = (
            '<li class="fusion-breadcrumb-item"><span class="breadcrumb-leaf">ไม่พบหน้า</span></li>'
        )
        content = """<section id="content" class="full-width">
<div id="post-404page"><div class="post-content">
<div class="fusion-title fusion-title-size-two sep-double sep-solid"><h2 class="title-heading-left">ขออภัย! ไม่พบหน้านี้</h2></div>
<div class="fusion-clearfix"></div>
<div class="error-page"><div class="fusion-columns fusion-columns-3">
<div class="fusion-column col-lg-4 fusion-error-page-404"><div class="error-message">404</div></div>
<div class="fusion-column col-lg-4 useful-links fusion-error-page-useful-links"><h3>หน้าที่มีประโยชน์</h3><ul class="fusion-checklist fusion-404-checklist error-menu"><li><a href="/">หน้าแรก</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></div>
<div class="fusion-column col-lg-4 fusion-error-page-search"><h3>ค้นหาเว็บไซต์ของเรา</h3><p>ไม่พบสิ่งที่กำลังมองหา? ลองค้นหาด้านล่างนี้</p><form role="search" class="searchform" method="get" action="/"><input type="search" name="s" placeholder="ค้นหา..."/></form></div>
</div></div>
</div></div>
</section>"""
        return self.shell(
            f"ไม่พบหน้า – {OFFICE}", "", self.titlebar("ไม่พบหน้า", crumbs), content, "error404"
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [x for x in self.articles if x is not a][:4]
            save = a.modified
            a.modified = a.extra["mod"]
            must_not = [
                "จำนวนผู้เข้าชม",
                "แชร์ไปยัง:",
                "แชร์เรื่องนี้ เลือกแพลตฟอร์มของคุณ!",
                "ดาวน์โหลดเอกสาร",
                "บทความที่เกี่ยวข้อง",
                "ใส่ความเห็น",
                "ภาพ : กลุ่มยุทธศาสตร์และสารสนเทศ",
                "เรื่องล่าสุด",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ปิดความเห็น",
                related[0].title,
                related[-1].title,
                "ทั้งหมด 1,204,377",
            ]
            out.append(record(self, a, must_not, published_time=True))
            a.modified = save
        return out


SITE = AvadaSite()

if __name__ == "__main__":
    main(SITE)
