"""Blind-9 red-team site: WordPress 5.9 + Qode Bridge-like theme + WPBakery Page Builder
(Visual Composer) of a provincial hospital, built blind.

What it imitates:
- Bridge chrome: `header.page_header`, `div.title_outer.title_without_animation` whose
  `h1 > span` is the **category name "ข่าวประชาสัมพันธ์" on every post**, a breadcrumb
  `div.breadcrumb` ending in the headline; `<title>` "headline – site";
- Yoast head: `article:published_time` / `article:modified_time` with the time (+07:00,
  every post; unedited posts have modified = published) and a JSON-LD graph;
- the post `/news/2567/<id>/` (`/%category%/%year_be%/%post_id%/` style): `article.post`
  with `div.post_text_inner`, `h2.entry_title` (the headline linked to itself), `div.post_info`
  "โพสต์เมื่อ 15/02/2567 ใน ข่าวประชาสัมพันธ์ โดย admin" (WordPress date format `d/m/Y` with a
  BE plugin: **date only** in the text), then the post content built with WPBakery:
  `div.vc_row.wpb_row.vc_row-fluid` > `div.wpb_column.vc_column_container.vc_col-sm-12` >
  `div.vc_column-inner` > `div.wpb_wrapper` > several `div.wpb_text_column.wpb_content_element`
  (one or two paragraphs each), a `vc_single_image` with its caption
  ("ภาพ : งานประชาสัมพันธ์"), a `vc_separator`, a `vc_btn3` "ดาวน์โหลดเอกสาร", a closing
  "ข้อมูลจาก : …" text block for some posts, and a last row with a `vc_custom_heading`
  "ข่าวที่เกี่ยวข้อง" and a `vc_basic_grid` of three other posts (title + date) — all of that
  inside the post content;
- WP-PostViews inside `post_info`: "อ่าน 1,234 ครั้ง";
- tags "แท็ก:" after the content, Bridge's share icons "แชร์", prev/next post links with the
  neighbours' titles, "ปิดการแสดงความคิดเห็น" (comments closed), sidebar "ข่าวล่าสุด";
- the deleted post was moved to the trash; a "404 to 200" setting shows the theme's 404 page
  with HTTP 200: "ขออภัย ไม่พบหน้าที่คุณต้องการ".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b9_common import B9Site, build, dmy_be, neighbours, record

SITE_NAME = "โรงพยาบาลมหาสารคาม"
CAT = "ข่าวประชาสัมพันธ์"
SOURCES = [None, "กลุ่มงานสุขศึกษาและประชาสัมพันธ์", None, "ศูนย์คุณภาพ โรงพยาบาลมหาสารคาม", None]
DELETED = "/news/2567/2871/"


class BakerySite(B9Site):
    key = "b9_wp_wpbakery"
    family = "wordpress"
    imitates = "WordPress 5.9 + Qode Bridge-like theme + WPBakery of a hospital: title bar h1 = category on every post, h2.entry_title, post_info 'โพสต์เมื่อ 15/02/2567 ใน … โดย admin | อ่าน 1,234 ครั้ง' (d/m/Y BE, no time), Yoast published/modified times in the head (every post), vc_row / wpb_text_column blocks with image caption, vc_btn3 download, 'ข้อมูลจาก :' block and a 'ข่าวที่เกี่ยวข้อง' vc_basic_grid inside the content; tags, share, prev/next titles; /news/page/N/; deleted = 404 page served with 200"
    listing_path = "/news/"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 14, SOURCES, dt.datetime(2024, 3, 1, 17, 0), first_id=2800, step=5
        )
        for a in self.articles:
            a.path = f"/news/{a.published.year + 543}/{a.id}/"
            a.time_printed = True
            a.modified = a.modified or a.published
        self.setup_routes()

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, bar, content, head=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="post-date">{dmy_be(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width,initial-scale=1,user-scalable=no">
<title>{esc(title)}</title>
{head}
<meta name="generator" content="WordPress 5.9.3" />
<meta name="generator" content="Powered by WPBakery Page Builder - drag and drop page builder for WordPress."/>
<link rel='stylesheet' id='js_composer_front-css' href='/wp-content/plugins/js_composer/assets/css/js_composer.min.css?ver=6.8.0' type='text/css' media='all' />
<link rel='stylesheet' id='bridge-default-style-css' href='/wp-content/themes/bridge/style.css?ver=5.9.3' type='text/css' media='all' />
</head>
<body class="post-template-default single single-post ajax_fade page_not_loaded qode-theme-ver-28.7 qode-theme-bridge wpb-js-composer js-comp-ver-6.8.0 vc_responsive">
<div class="wrapper"><div class="wrapper_inner">
<header class="scroll_header_top_area page_header"><div class="header_inner clearfix"><div class="header_top_bottom_holder"><div class="header_bottom clearfix"><div class="container"><div class="container_inner clearfix">
<div class="header_inner_left"><div class="logo_wrapper"><div class="q_logo"><a href="/"><img class="normal" src="/wp-content/uploads/2021/05/logo-mkh.png" alt="{SITE_NAME}"/></a></div></div></div>
<nav class="main_menu drop_down right"><ul id="menu-main" class=""><li class="menu-item"><a href="/"><span>หน้าแรก</span></a></li><li class="menu-item"><a href="/about/"><span>เกี่ยวกับเรา</span></a></li><li class="menu-item active"><a href="/news/"><span>{CAT}</span></a></li><li class="menu-item"><a href="/procurement/"><span>จัดซื้อจัดจ้าง</span></a></li><li class="menu-item"><a href="/contact/"><span>ติดต่อเรา</span></a></li></ul></nav>
</div></div></div></div></div></header>
<div class="content "><div class="content_inner">
<div class="title_outer title_without_animation" data-height="200"><div class="title title_size_small position_left has_background" style="height:200px;"><div class="image not_responsive"></div><div class="title_holder"><div class="container"><div class="container_inner clearfix"><div class="title_subtitle_holder"><h1><span>{CAT}</span></h1>
<div class="breadcrumb"><div class="breadcrumbs"><div itemprop="breadcrumb" class="breadcrumbs_inner"><a href="/">หน้าแรก</a><span class="delimiter">&nbsp;&gt;&nbsp;</span><a href="/news/">{CAT}</a>{bar}</div></div></div>
</div></div></div></div></div></div>
<div class="container"><div class="container_inner default_template_holder">
<div class="two_columns_66_33 background_color_sidebar grid2 clearfix">
<div class="column1"><div class="column_inner"><div class="blog_holder blog_single">
{content}
</div></div></div>
<div class="column2"><div class="column_inner"><aside class="sidebar"><div id="recent-posts-3" class="widget widget_recent_entries posts_holder"><h5>ข่าวล่าสุด</h5><ul>{latest}</ul></div></aside></div></div>
</div>
</div></div>
</div></div>
<footer><div class="footer_inner clearfix"><div class="footer_bottom_holder"><div class="footer_bottom"><div class="textwidget"><p>{SITE_NAME} 168 ถนนริมคลองสมถวิล ตำบลตลาด อำเภอเมือง จังหวัดมหาสารคาม 44000 โทร. 043-740993</p></div></div></div></div></footer>
</div></div>
<script type='text/javascript' src='/wp-content/plugins/js_composer/assets/js/dist/js_composer_front.min.js?ver=6.8.0' id='wpb_composer_front_js-js'></script>
</body>
</html>
"""

    def listing(self, k):
        arts = []
        items = list(self.pages[k])
        for j, a in enumerate(items):
            arts.append(self.teaser(a.path, a.title, a.published, a.paras[0]))
            if k == 1 and j == 2:
                arts.append(
                    self.teaser(
                        DELETED,
                        "รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป",
                        dt.datetime(2024, 1, 22, 10, 0),
                        "รายละเอียดตามประกาศแนบท้าย",
                    )
                )
        last = len(self.pages)
        pg = []
        if k > 0:
            pg.append(
                f'<li class="prev"><a href="{self.page_url(k - 1)}"><i class="fa fa-angle-left"></i></a></li>'
            )
        for n in range(last):
            pg.append(
                f'<li class="active"><span>{n + 1}</span></li>'
                if n == k
                else f'<li><a href="{self.page_url(n)}" class="inactive">{n + 1}</a></li>'
            )
        if k < last - 1:
            pg.append(
                f'<li class="next"><a href="{self.page_url(k + 1)}"><i class="fa fa-angle-right"></i></a></li>'
            )
        content = f'<div class="blog_holder blog_large_image">{"".join(arts)}</div><div class="pagination"><ul>{"".join(pg)}</ul></div>'
        return self.shell(f"{CAT} – {SITE_NAME}", "", content)

    def teaser(self, path, title, d, excerpt):
        return f"""<article class="post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="post_content_holder"><div class="post_image"><a itemprop="url" href="{path}" target="_self" title="{esc(title)}"><img width="1024" height="683" src="/wp-content/uploads/2024/02/IMG_{d.day:02d}{d.month:02d}.jpg" class="attachment-full size-full wp-post-image" alt="" loading="lazy" /></a></div>
<div class="post_text"><div class="post_text_inner"><h2 itemprop="name" class="entry_title"><span itemprop="dateCreated" class="date entry_date updated">{d.day}<span class="month">{MONTHS_SHORT[d.month - 1]}</span></span> <a itemprop="url" href="{path}" target="_self" title="{esc(title)}">{esc(title)}</a></h2>
<p itemprop="description" class="post_excerpt">{esc(excerpt[:180])}...</p><div class="post_more"><a itemprop="url" href="{path}" class="qbutton small">อ่านต่อ</a></div></div></div></div>
</article>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        blocks = []
        paras = a.paras
        for i in range(0, len(paras), 2):
            inner = "".join(f"<p>{esc(p)}</p>" for p in paras[i : i + 2])
            blocks.append(
                f'<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">{inner}</div></div>'
            )
            if i == 0:
                blocks.append(
                    f'<div class="wpb_single_image wpb_content_element vc_align_center"><figure class="wpb_wrapper vc_figure"><div class="vc_single_image-wrapper vc_box_border_grey"><img width="1024" height="683" src="/wp-content/uploads/2024/02/IMG_{a.id}.jpg" class="vc_single_image-img attachment-full" alt="" loading="lazy" /></div><figcaption class="vc_figure-caption">ภาพ : งานประชาสัมพันธ์ {SITE_NAME}</figcaption></figure></div>'
                )
        blocks.append(
            '<div class="vc_separator wpb_content_element vc_separator_align_center vc_sep_width_100 vc_sep_pos_align_center vc_separator_no_text vc_sep_color_grey"><span class="vc_sep_holder vc_sep_holder_l"><span class="vc_sep_line"></span></span><span class="vc_sep_holder vc_sep_holder_r"><span class="vc_sep_line"></span></span></div>'
        )
        if a.source:
            blocks.append(
                f'<div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper"><p style="text-align: right;"><strong>ข้อมูลจาก : </strong>{esc(a.source)}</p></div></div>'
            )
        if a.id % 2 == 0:
            blocks.append(
                f'<div class="vc_btn3-container vc_btn3-left"><a class="vc_general vc_btn3 vc_btn3-size-md vc_btn3-shape-rounded vc_btn3-style-modern vc_btn3-color-primary" href="/wp-content/uploads/2024/02/doc-{a.id}.pdf" title="">ดาวน์โหลดเอกสาร</a></div>'
            )
        related = [x for x in self.articles if x is not a and x is not older and x is not newer][
            a.id % 7 : a.id % 7 + 3
        ]
        grid = "".join(
            f'<div class="vc_grid-item vc_clearfix vc_col-sm-4"><div class="vc_grid-item-mini vc_clearfix"><div class="vc_gitem-zone vc_gitem-zone-c"><div class="vc_gitem-zone-mini"><div class="vc_custom_heading vc_gitem-post-data vc_gitem-post-data-source-post_title"><h4 style="text-align: left"><a href="{x.path}">{esc(x.title)}</a></h4></div><div class="vc_gitem-post-data vc_gitem-post-data-source-post_date"><div>{dmy_be(x.published)}</div></div></div></div></div></div>'
            for x in related
        )
        content = f"""<div class="vc_row wpb_row section vc_row-fluid " style=" text-align:left;"><div class=" full_section_inner clearfix"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
{"".join(blocks)}
</div></div></div></div></div>
<div class="vc_row wpb_row section vc_row-fluid vc_custom_1650000000000"><div class=" full_section_inner clearfix"><div class="wpb_column vc_column_container vc_col-sm-12"><div class="vc_column-inner"><div class="wpb_wrapper">
<h3 style="text-align: left" class="vc_custom_heading">ข่าวที่เกี่ยวข้อง</h3>
<div class="vc_grid-container-wrapper vc_clearfix"><div class="vc_grid-container vc_clearfix wpb_content_element vc_basic_grid" data-initial-loading-animation="fadeIn"><div class="vc_grid vc_row vc_grid-gutter-30px vc_pageable-wrapper vc_hook_hover" data-vc-pageable-content="true"><div class="vc_pageable-slide-wrapper vc_clearfix" data-vc-grid-content="true">{grid}</div></div></div></div>
</div></div></div></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<div class="single_tags clearfix"><div class="tags_text"><h5>แท็ก:</h5>'
                + ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div></div>"
            )
        nav = '<div class="blog_navigation">'
        if older:
            nav += f'<span class="blog_prev"><a href="{older.path}" rel="prev"><i class="fa fa-angle-left"></i> {esc(older.title)}</a></span>'
        if newer:
            nav += f'<span class="blog_next"><a href="{newer.path}" rel="next">{esc(newer.title)} <i class="fa fa-angle-right"></i></a></span>'
        nav += "</div>"
        article = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="post_content_holder">
<div class="post_text"><div class="post_text_inner">
<h2 itemprop="name" class="entry_title"><a itemprop="url" href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h2>
<div class="post_info">โพสต์เมื่อ <span itemprop="dateCreated" class="time">{dmy_be(a.published)}</span> ใน <a href="/news/" rel="category tag">{CAT}</a> <span class="post_author">โดย <a itemprop="author" class="post_author_link" href="/author/admin/">admin</a></span> <span class="dots"><i class="fa fa-square"></i></span> <span class="post_views">อ่าน {a.views:,} ครั้ง</span></div>
{content}
</div></div>
</div>
{tags}
<div class="icon_social_holder"><div class="qode_print"><a href="#" onClick="window.print();return false;" class="qode_print_page"><span class="icon-basic-printer qode_icon_printer"></span><span class="eltd-printer-title">พิมพ์</span></a></div><div class="qode_share"><div class="social_share_holder"><a href="javascript:void(0)" target="_self"><i class="icon-basic-share social_share_icon"></i><span class="social_share_title">แชร์</span></a><div class="social_share_dropdown"><div class="inner_arrow"></div><ul><li class="facebook_share"><a href="#" onclick="window.open('https://www.facebook.com/sharer.php?u=http%3A%2F%2Flocalhost{a.path}')"><i class="fa fa-facebook"></i></a></li><li class="twitter_share"><a href="#"><i class="fa fa-twitter"></i></a></li></ul></div></div></div></div>
</article>
{nav}
<div class="comment_holder clearfix" id="comments"><div class="comment_number"><div class="comment_number_inner"><h5>ปิดการแสดงความคิดเห็น</h5></div></div></div>"""
        crumb = f'<span class="delimiter">&nbsp;&gt;&nbsp;</span><span class="current">{esc(a.title)}</span>'
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{a.path}#article",
                    "headline": a.title[:110],
                    "datePublished": a.published.isoformat(),
                    "dateModified": a.modified.isoformat(),
                    "articleSection": [CAT],
                    "inLanguage": "th",
                    "publisher": {"@type": "Organization", "name": SITE_NAME},
                }
            ],
        }
        head = f"""<meta name="robots" content="index, follow, max-image-preview:large" />
<link rel="canonical" href="{a.path}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} – {SITE_NAME}" />
<meta property="og:site_name" content="{SITE_NAME}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
<meta property="article:modified_time" content="{a.modified.isoformat()}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>"""
        return self.shell(f"{a.title} – {SITE_NAME}", crumb, article, head)

    def deleted(self):
        content = '<div class="page_not_found"><h2>ขออภัย ไม่พบหน้าที่คุณต้องการ</h2><p>หน้าที่คุณกำลังค้นหาอาจถูกลบ ย้าย หรือไม่มีอยู่ในระบบ</p><a itemprop="url" class="qbutton with-shadow" href="/" target="_self">กลับหน้าแรก</a></div>'
        return self.shell(f"ไม่พบหน้า – {SITE_NAME}", "", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [
                x for x in self.articles if x is not a and x is not older and x is not newer
            ][a.id % 7 : a.id % 7 + 3]
            must_not = (
                [
                    "โพสต์เมื่อ",
                    f"อ่าน {a.views:,} ครั้ง",
                    "ภาพ : งานประชาสัมพันธ์",
                    "ดาวน์โหลดเอกสาร",
                    "ข่าวที่เกี่ยวข้อง",
                    "แท็ก:",
                    "แชร์",
                    "ปิดการแสดงความคิดเห็น",
                    "ข่าวล่าสุด",
                    "ถนนริมคลองสมถวิล",
                ]
                + [x.title for x in (older, newer) if x]
                + [x.title for x in related]
            )
            out.append(record(self, a, must_not))
        return out


MONTHS_SHORT = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]

SITE = BakerySite()

if __name__ == "__main__":
    main(SITE)
