"""Blind-25 red-team site: **WordPress 6.5 with Betheme 27 (Muffin Group)**, a provincial
public-health office (สำนักงานสาธารณสุขจังหวัดอุทัยธานี), with Post Views Counter, AddToAny
and YARPP, built blind.

What it imitates:
- numeric permalinks `/archives/%post_id%`; the news list is a Betheme page `/news/` holding
  a Muffin Builder "Blog" item (classic style), paginated `/news/page/N/` with Betheme's own
  pager (`div.pager_wrapper > div.pager`, `a.prev_page`, `div.pages > a.page`, `a.next_page`);
- Betheme's shell: `#Wrapper`, `#Header_wrapper` with `#Top_bar` (logo, `#menu`), the
  `#Subheader` band (`h1.title` = the **category name**, not the headline, and
  `ul.breadcrumbs` ending in the headline), `#Content > .content_wrapper > .sections_group`,
  `#Footer` with widgets and `div.copyright`, `#back_to_top`;
- the single post: `div.section.section-post-header` with `div.post-header` (`div.button-love`
  with the "love" count, `div.title_wrapper > h2.entry-title[itemprop=headline]`,
  `div.post-meta` with author, `span.date` holding the **visible `j F Y` date with the CE
  year** and Betheme's `span.post-date`; the time only in the hidden schema metas
  `itemprop=datePublished` / `dateModified`, printed for **every** post), the featured image
  (`div.single-photo-wrapper`, some), then `div.the_content_wrapper` with **Post Views
  Counter's box "จำนวนผู้เข้าชม: 1,234" before the text**, the text, a captioned image (some),
  an attachment link (some), the typed "ที่มา :" / "ข่าว/ภาพ :" line (most), then **YARPP's
  "เรื่องที่เกี่ยวข้อง:" list and AddToAny's "แบ่งปัน" kit, both inside
  `the_content_wrapper`**; `div.section-post-footer` with `div.post-tags` (`icon-tag`);
  `div.section-post-about` (author box); `div.post-nav` with the **fixed-nav neighbour titles
  and dates**; comments closed text;
- the deleted item: a post behind a **members-only plugin** ("เนื้อหานี้สำหรับสมาชิก"),
  still listed on page 2: 200, login form, no text.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, esc, main
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

OFFICE = "สำนักงานสาธารณสุขจังหวัดอุทัยธานี"
HOST = "https://www.uthaihealth.go.th"
SOURCES = [
    "กลุ่มงานควบคุมโรคติดต่อ สสจ.อุทัยธานี",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี",
    "กลุ่มงานส่งเสริมสุขภาพ",
    None,
    "โรงพยาบาลอุทัยธานี",
]
CAT = "ข่าวประชาสัมพันธ์"
AUTHORS = ["pr_uthai", "admin", "ssj_webmaster"]
DELETED_ID = 4471
DELETED_TITLE = "สรุปผลการประชุมคณะกรรมการวางแผนและประเมินผล (สำหรับเจ้าหน้าที่)"
LIST = "/news/"


def ce_j_f_y(d) -> str:
    """'15 มีนาคม 2024': WordPress's `j F Y` under the th locale (Gregorian year)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class BethemeSite(B9Site):
    key = "b25_wp_betheme"
    family = "wordpress"
    imitates = (
        "WordPress 6.5 + Betheme 27 (provincial public-health office): /archives/ID, Muffin "
        "Builder Blog item on /news/ with Betheme pager /news/page/N/; Subheader h1 = category, "
        "headline in h2.entry-title; visible j F Y CE date, time only in schema metas "
        "(datePublished/dateModified for every post); Post Views Counter box before the text, "
        "YARPP 'เรื่องที่เกี่ยวข้อง:' and AddToAny 'แบ่งปัน' inside the_content_wrapper; "
        "post-tags, author box, fixed-nav neighbours with titles; deleted = members-only wall"
    )
    listing_path = LIST
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 13, SOURCES, dt.datetime(2024, 5, 28, 16, 0), first_id=4402, step=7
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # datePublished always carries the time
            a.path = f"/archives/{a.id}"
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published  # dateModified is printed for every post
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["label"] = "ข่าว/ภาพ :" if i % 3 == 2 else "ที่มา :"
            a.extra["featured"] = i % 3 == 0
            a.extra["figure"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
            a.extra["love"] = (a.views * 7) % 23
        self.deleted_path = f"/archives/{DELETED_ID}"
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}page/{k + 1}/"

    def deleted_paths(self):
        return [self.deleted_path]

    def extra_route(self, key, query):
        if key == "/feed/":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link>"
                f"<pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
                f"<title>{OFFICE}</title><link>{HOST}</link>"
                f"<generator>https://wordpress.org/?v=6.5.3</generator>{items}</channel></rss>"
            )
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, title, subheader, content, body_class, head_extra=""):
        recent = "".join(
            f'<li><a href="{HOST}{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="no-js" itemscope itemtype="https://schema.org/WebPage">
<head>
<meta charset="UTF-8" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<meta name="format-detection" content="telephone=no">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<link rel="shortcut icon" href="{HOST}/wp-content/uploads/2021/06/logo-moph.png" type="image/x-icon" />
<link rel='dns-prefetch' href='//static.addtoany.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
{head_extra}<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' type='text/css' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{HOST}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.7' type='text/css' media='all' />
<link rel='stylesheet' id='mfn-be-css' href='{HOST}/wp-content/themes/betheme/css/be.css?ver=27.3.9' type='text/css' media='all' />
<link rel='stylesheet' id='mfn-icons-css' href='{HOST}/wp-content/themes/betheme/fonts/mfn/icons.css?ver=27.3.9' type='text/css' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='{HOST}/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.10' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{HOST}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<script type="text/javascript" id="addtoany-core-js-before">window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};a2a_localize = {{Share: "แบ่งปัน",Save: "บันทึก",Subscribe: "สมัครสมาชิก",Email: "อีเมล"}};</script>
<script type="text/javascript" defer src='https://static.addtoany.com/menu/page.js' id='addtoany-core-js'></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="{body_class} color-custom content-brightness-light input-brightness-light style-default button-animation-fade layout-full-width if-zoom no-content-padding header-classic sticky-header sticky-tb-color ab-hide menu-link-color menuo-right subheader-both-center responsive-overflow-x-mobile mobile-tb-center mobile-side-slide mobile-mini-mr-ll be-page-4384 be-reg-2739">
<div id="Wrapper">
<div id="Header_wrapper" class="">
<header id="Header">
<div id="Action_bar"><div class="container"><div class="column one"><ul class="contact_details"><li class="phone"><i class="icon-phone"></i><a href="tel:056511112">056-511-112</a></li><li class="mail"><i class="icon-mail-line"></i><a href="mailto:saraban@uthaihealth.go.th">saraban@uthaihealth.go.th</a></li></ul><ul class="social"><li class="facebook"><a target="_blank" href="https://www.facebook.com/uthaihealth" title="Facebook"><i class="icon-facebook"></i></a></li></ul></div></div></div>
<div class="header_placeholder"></div>
<div id="Top_bar"><div class="container"><div class="column one"><div class="top_bar_left clearfix">
<div class="logo"><a id="logo" href="{HOST}" title="{OFFICE}" data-height="60" data-padding="15"><img class="logo-main scale-with-grid" src="{HOST}/wp-content/uploads/2021/06/logo-ssj.png" data-retina="" data-height="60" alt="{OFFICE}" /></a></div>
<div class="menu_wrapper"><nav id="menu"><ul id="menu-main-menu" class="menu menu-main">
<li id="menu-item-21" class="menu-item menu-item-type-custom"><a href="{HOST}/"><span>หน้าแรก</span></a></li>
<li id="menu-item-22" class="menu-item menu-item-has-children"><a href="{HOST}/about/"><span>เกี่ยวกับหน่วยงาน</span></a></li>
<li id="menu-item-23" class="menu-item current-menu-item"><a href="{HOST}/news/"><span>{CAT}</span></a></li>
<li id="menu-item-24" class="menu-item"><a href="{HOST}/procurement/"><span>จัดซื้อจัดจ้าง</span></a></li>
<li id="menu-item-25" class="menu-item"><a href="{HOST}/ita/"><span>ITA</span></a></li>
<li id="menu-item-26" class="menu-item"><a href="{HOST}/contact/"><span>ติดต่อเรา</span></a></li>
</ul></nav><a class="responsive-menu-toggle " href="#" aria-label="mobile menu"><i class="icon-menu-fine" aria-hidden="true"></i></a></div>
<div class="search_wrapper"><form method="get" id="searchform" action="{HOST}/"><input type="text" class="field" name="s" autocomplete="off" placeholder="ค้นหาข้อมูล" /><input type="submit" class="display-none" value="" /></form></div>
</div></div></div></div>
</header>
{subheader}
</div>
<div id="Content">
<div class="content_wrapper clearfix">
<main class="sections_group">
{content}
</main>
</div>
</div>
<footer id="Footer" class="clearfix mfn-footer ">
<div class="widgets_wrapper "><div class="container">
<div class="column mobile-one tablet-one-third one-third"><div class="mcb-column-inner"><aside id="text-2" class="widget widget_text"><h4>{OFFICE}</h4><div class="textwidget"><p>ถนนรักการดี ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000</p></div></aside></div></div>
<div class="column mobile-one tablet-one-third one-third"><div class="mcb-column-inner"><aside id="recent-posts-2" class="widget widget_recent_entries"><h4>เรื่องล่าสุด</h4><ul>{recent}</ul></aside></div></div>
<div class="column mobile-one tablet-one-third one-third"><div class="mcb-column-inner"><aside id="custom_html-3" class="widget_text widget widget_custom_html"><h4>สถิติผู้เข้าชม</h4><div class="textwidget custom-html-widget">ผู้เข้าชมทั้งหมด 1,482,337 คน</div></aside></div></div>
</div></div>
<div class="footer_copy"><div class="container"><div class="column one"><a id="back_to_top" class="footer_button" href=""><i class="icon-up-open-big"></i></a><div class="copyright">&copy; 2024 {OFFICE} สงวนลิขสิทธิ์ | WordPress Theme by Muffin group</div><ul class="social"></ul></div></div></div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a></span></div></div>
<script type="text/javascript" src="{HOST}/wp-content/themes/betheme/js/scripts.js?ver=27.3.9" id="mfn-scripts-js"></script>
</body>
</html>
"""

    def subheader(self, title, crumbs):
        lis = "".join(
            f'<li><a href="{HOST}{u}">{esc(t)}</a> <span><i class="icon-right-open"></i></span></li>'
            for t, u in crumbs[:-1]
        )
        t, u = crumbs[-1]
        lis += f'<li><a href="{HOST}{u}">{esc(t)}</a></li>'
        return f"""<div id="Subheader" style=""><div class="container"><div class="column one"><h1 class="title">{esc(title)}</h1><ul class="breadcrumbs no-link"><li><a href="{HOST}">หน้าแรก</a> <span><i class="icon-right-open"></i></span></li>{lis}</ul></div></div></div>"""

    # ------------------------------------------------------------------ pieces

    def meta(self, a, listing=False):
        author = a.extra["author"]
        return (
            f'<div class="post-meta clearfix"><div class="author-date">'
            f'<span class="vcard author post-author"><span class="label">เผยแพร่โดย </span><i class="icon-user"></i> '
            f'<span class="fn"><a href="{HOST}/author/{author}/">{author}</a></span></span> '
            f'<span class="date"><span class="label">เมื่อ </span><i class="icon-clock"></i> '
            f'<span class="post-date updated">{ce_j_f_y(a.published)}</span></span></div>'
            f'<div class="category"><span class="cat-btn">หมวดหมู่<i class="icon-down-dir"></i></span>'
            f'<div class="cat-wrapper"><ul class="post-categories"><li><a href="{HOST}/category/pr/" rel="category tag">{CAT}</a></li></ul></div></div></div>'
        )

    def views_box(self, a):
        return (
            f'<div class="post-views content-post post-{a.id} entry-meta load-static">'
            f'<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            f'<span class="post-views-label">จำนวนผู้เข้าชม:</span> '
            f'<span class="post-views-count">{a.views:,}</span></div>'
        )

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i + 5, i - 4) if 0 <= j < len(self.articles)]

    def yarpp(self, a):
        lis = "".join(
            f'<li><a href="{HOST}{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>\n'
            for r in self.related(a)
        )
        return f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<!-- YARPP List -->\n<h3>เรื่องที่เกี่ยวข้อง:</h3><ol>\n{lis}</ol>\n</div>"

    def addtoany(self, a):
        u = quote(HOST + a.path, safe="")
        n = quote(a.title, safe="")
        buttons = "".join(
            f'<a class="a2a_button_{s}" href="https://www.addtoany.com/add_to/{s}?linkurl={u}&amp;linkname={n}" title="{label}" rel="nofollow noopener" target="_blank"></a>'
            for s, label in (
                ("facebook", "Facebook"),
                ("line", "Line"),
                ("x", "X"),
                ("email", "อีเมล"),
            )
        )
        return (
            f'<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
            f'<div class="addtoany_header">แบ่งปัน</div>'
            f'<div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{HOST}{a.path}" data-a2a-title="{esc(a.title)}">'
            f'{buttons}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'
        )

    def content(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["figure"]:
            paras.insert(
                2,
                f'<figure id="attachment_{a.id + 2}" aria-describedby="caption-attachment-{a.id + 2}" style="width: 800px" class="wp-caption aligncenter">'
                f'<img decoding="async" class="wp-image-{a.id + 2} size-large" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/S__{a.id}-1024x768.jpg" alt="" width="800" height="600" />'
                f'<figcaption id="caption-attachment-{a.id + 2}" class="wp-caption-text">ภาพประกอบกิจกรรม สสจ.อุทัยธานี</figcaption></figure>',
            )
        if a.extra["file"]:
            paras.append(
                f'<p><a href="{HOST}/wp-content/uploads/{a.published:%Y/%m}/หนังสือแจ้ง-{a.id}.pdf">ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)</a></p>'
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        return (
            self.views_box(a)
            + "\n"
            + "\n".join(paras)
            + "\n"
            + self.yarpp(a)
            + "\n"
            + self.addtoany(a)
        )

    def fixed_nav(self, a):
        older, newer = neighbours(self.articles, a)
        out = ""
        if older:
            out += (
                f'<a class="fixed-nav fixed-nav-prev format- style-default" href="{HOST}{older.path}">'
                f'<span class="arrow"><i class="icon-left-open-big"></i></span>'
                f'<div class="photo"><img width="80" height="80" src="{HOST}/wp-content/uploads/2021/06/default-80x80.jpg" alt="" /></div>'
                f'<span class="desc"><h6>{esc(older.title)}</h6><span class="date"><i class="icon-clock"></i>{ce_j_f_y(older.published)}</span></span></a>'
            )
        if newer:
            out += (
                f'<a class="fixed-nav fixed-nav-next format- style-default" href="{HOST}{newer.path}">'
                f'<span class="arrow"><i class="icon-right-open-big"></i></span>'
                f'<div class="photo"><img width="80" height="80" src="{HOST}/wp-content/uploads/2021/06/default-80x80.jpg" alt="" /></div>'
                f'<span class="desc"><h6>{esc(newer.title)}</h6><span class="date"><i class="icon-clock"></i>{ce_j_f_y(newer.published)}</span></span></a>'
            )
        pager = (
            '<div class="column one post-pager"><ul class="next-prev-nav">'
            + (
                f'<li class="prev"><a class="button default the-icon" href="{HOST}{older.path}"><span class="button_icon"><i class="icon-left-open" aria-label="previous post"></i></span></a></li>'
                if older
                else ""
            )
            + (
                f'<li class="next"><a class="button default the-icon" href="{HOST}{newer.path}"><span class="button_icon"><i class="icon-right-open" aria-label="next post"></i></span></a></li>'
                if newer
                else ""
            )
            + f'</ul><a class="list-nav" href="{HOST}{LIST}"><i class="icon-layout"></i>แสดงข่าวทั้งหมด</a></div>'
        )
        return out, pager

    # ------------------------------------------------------------------ pages

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            if k == 1 and j == 4:
                items.append(
                    f"""<div class="post-item isotope-item clearfix post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr">
<div class="date_label">18 เมษายน 2024</div>
<div class="post-desc-wrapper bg-"><div class="post-desc"><div class="post-head"></div>
<div class="post-title"><h2 class="entry-title" itemprop="headline"><a href="{HOST}{self.deleted_path}">{esc(DELETED_TITLE)}</a></h2></div>
<div class="post-excerpt">เนื้อหานี้สำหรับสมาชิกเท่านั้น</div>
<div class="post-footer"><div class="post-links"><i class="icon-doc-text"></i> <a href="{HOST}{self.deleted_path}" class="post-more">อ่านต่อ</a></div></div></div></div></div>
"""
                )
            photo = (
                f'<div class="image_frame post-photo-wrapper scale-with-grid images_only"><div class="image_wrapper"><a href="{HOST}{a.path}"><div class="mask"></div><img width="960" height="720" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/cover-{a.id}-960x720.jpg" class="scale-with-grid wp-post-image" alt="" decoding="async" /></a></div></div>'
                if a.extra["featured"]
                else ""
            )
            excerpt = esc(a.paras[0][:220]) + " [&hellip;]"
            items.append(
                f"""<div class="post-item isotope-item clearfix post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if a.extra["featured"] else ""} hentry category-pr">
<div class="date_label">{ce_j_f_y(a.published)}</div>
{photo}<div class="post-desc-wrapper bg-"><div class="post-desc">
<div class="post-head">{self.meta(a, listing=True)}</div>
<div class="post-title"><h2 class="entry-title" itemprop="headline"><a href="{HOST}{a.path}">{esc(a.title)}</a></h2></div>
<div class="post-excerpt">{excerpt}</div>
<div class="post-footer"><div class="button-love"><a href="#" class="mfn-love " data-id="{a.id}"><span class="icons-wrapper"><i class="icon-heart-empty-fa"></i><i class="icon-heart-fa"></i></span><span class="label">{a.extra["love"]}</span></a></div><div class="post-links"><i class="icon-doc-text"></i> <a href="{HOST}{a.path}" class="post-more">อ่านต่อ</a></div></div>
</div></div></div>
"""
            )
        n = len(self.pages)
        pager = ""
        if k > 0:
            pager += f'<a class="prev_page" href="{HOST}{self.page_url(k - 1)}"><i class="icon-left-open"></i>ก่อนหน้า</a>'
        pager += '<div class="pages">'
        for i in range(n):
            cls = "page active" if i == k else "page"
            pager += f'<a href="{HOST}{self.page_url(i)}" class="{cls}">{i + 1}</a>'
        pager += "</div>"
        if k < n - 1:
            pager += f'<a class="next_page" href="{HOST}{self.page_url(k + 1)}">ถัดไป<i class="icon-right-open"></i></a>'
        content = f"""<div class="entry-content" itemprop="mainContentOfPage">
<div class="mfn-builder-content mfn-default-content-buider"></div>
<section class="section mcb-section mcb-section-5f2a1c9d0 default-width"><div class="section_wrapper mcb-section-inner">
<div class="wrap mcb-wrap mcb-wrap-3be7 one valign-top clearfix"><div class="mcb-wrap-inner">
<div class="column mcb-column mcb-item-9aa1 one column_blog"><div class="mcb-column-inner">
<div class="column_filters"></div>
<div class="blog_wrapper isotope_wrapper"><div class="posts_group lm_wrapper classic col-1">
{"".join(items)}
</div>
<div class="column one pager_wrapper"><div class="pager">{pager}</div></div>
</div></div></div></div></div></div></section>
</div>
"""
        sub = self.subheader(CAT, [(CAT, LIST)])
        title = f"{CAT} – {OFFICE}" if k == 0 else f"{CAT} – หน้า {k + 1} – {OFFICE}"
        return self.shell(title, sub, content, "page-template-default page page-id-4384")

    def detail(self, a):
        older_links, pager = self.fixed_nav(a)
        tags = ""
        if a.tags:
            tags = (
                '<div class="column one post-tags"><span class="tags-label"><i class="icon-tag"></i> แท็ก: </span>'
                + ", ".join(
                    f'<a href="{HOST}/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        photo = (
            f'<div class="single-photo-wrapper image"><div class="image_frame scale-with-grid disabled"><div class="image_wrapper"><a href="{HOST}/wp-content/uploads/{a.published:%Y/%m}/cover-{a.id}.jpg" rel="prettyphoto"><div class="mask"></div><img width="1200" height="800" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/cover-{a.id}-1200x800.jpg" class="scale-with-grid wp-post-image" alt="" decoding="async" itemprop="image" /></a></div></div></div>'
            if a.extra["featured"]
            else ""
        )
        author = a.extra["author"]
        content = f"""<div id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr">
<a class="fixed-nav fixed-nav-prev-and-next"></a>{older_links}
<header class="section mcb-section section-post-header">
<div class="section_wrapper clearfix">
<div class="column one post-nav minimal">{pager}</div>
<div class="column one post-header">
<div class="button-love"><a href="#" class="mfn-love " data-id="{a.id}"><span class="icons-wrapper"><i class="icon-heart-empty-fa"></i><i class="icon-heart-fa"></i></span><span class="label">{a.extra["love"]}</span></a></div>
<div class="title_wrapper">
<h2 class="entry-title" itemprop="headline">{esc(a.title)}</h2>
{self.meta(a)}
</div></div>
<div class="column one single-photo-wrapper-wrap">{photo}</div>
</div></header>
<div class="post-wrapper-content">
<meta itemprop="mainEntityOfPage" content="{HOST}{a.path}"/>
<meta itemprop="datePublished" content="{a.published.isoformat()}"/>
<meta itemprop="dateModified" content="{a.modified.isoformat()}"/>
<div itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{author}"/></div>
<div class="entry-content" itemprop="mainContentOfPage">
<div class="section the_content has_content"><div class="section_wrapper"><div class="the_content_wrapper ">
{self.content(a)}
</div></div></div>
<div class="section section-page-footer"><div class="section_wrapper clearfix"><div class="column one page-pager"></div></div></div>
</div>
<div class="section mcb-section section-post-footer"><div class="section_wrapper clearfix">{tags}<div class="column one post-pager"></div></div></div>
<div class="section mcb-section section-post-about"><div class="section_wrapper clearfix"><div class="column one author-box"><div class="author-box-wrapper"><div class="avatar-wrapper"><img alt="{author}" src="https://secure.gravatar.com/avatar/0?s=64&amp;d=mm" class="avatar avatar-64 photo" height="64" width="64" /></div><div class="desc-wrapper"><h5><a href="{HOST}/author/{author}/">{author}</a></h5><div class="desc">ผู้ดูแลเว็บไซต์ กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข</div></div></div></div></div></div>
<div class="section section-post-comments"><div class="section_wrapper clearfix"><div class="column one comments"><div id="comments"><p class="nocomments">ปิดความเห็น</p></div></div></div></div>
</div>
</div>
"""
        sub = self.subheader(CAT, [(CAT, LIST), (a.title, a.path)])
        head = (
            f'<link rel="canonical" href="{HOST}{a.path}" />\n'
            f"<link rel='shortlink' href='{HOST}/?p={a.id}' />\n"
            f'<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />\n'
        )
        return self.shell(
            f"{a.title} – {OFFICE}",
            sub,
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard template-slider",
            head,
        )

    def deleted(self):
        content = f"""<div id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr">
<header class="section mcb-section section-post-header"><div class="section_wrapper clearfix"><div class="column one post-header"><div class="title_wrapper"><h2 class="entry-title" itemprop="headline">{esc(DELETED_TITLE)}</h2></div></div></div></header>
<div class="post-wrapper-content"><div class="entry-content" itemprop="mainContentOfPage">
<div class="section the_content has_content"><div class="section_wrapper"><div class="the_content_wrapper ">
<div class="swpm-post-not-logged-in-msg">เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่อดูเนื้อหา</div>
<form id="swpm-login-form" name="swpm-login-form" method="post" action=""><div class="swpm-username-label"><label for="swpm_user_name" class="swpm-label">ชื่อผู้ใช้หรืออีเมล</label></div><input type="text" class="swpm-text-field" id="swpm_user_name" value="" size="25" name="swpm_user_name" /><div class="swpm-password-label"><label for="swpm_password" class="swpm-label">รหัสผ่าน</label></div><input type="password" class="swpm-text-field" id="swpm_password" value="" size="25" name="swpm_password" /><input type="submit" class="swpm-login-form-submit" name="swpm-login" value="เข้าสู่ระบบ"/></form>
</div></div></div></div></div>
</div>
"""
        sub = self.subheader(CAT, [(CAT, LIST), (DELETED_TITLE, self.deleted_path)])
        return self.shell(
            f"{DELETED_TITLE} – {OFFICE}",
            sub,
            content,
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "จำนวนผู้เข้าชม:",
                f"{a.views:,}",
                "เผยแพร่โดย",
                a.extra["author"],
                ce_j_f_y(a.published),
                "เรื่องที่เกี่ยวข้อง:",
                *[r.title for r in self.related(a)],
                "แบ่งปัน",
                "ภาพประกอบกิจกรรม สสจ.อุทัยธานี",
                "ดาวน์โหลดหนังสือแจ้ง (PDF 412 KB)",
                "แท็ก:",
                "หมวดหมู่",
                "แสดงข่าวทั้งหมด",
                *[x.title for x in (older, newer) if x],
                "ผู้ดูแลเว็บไซต์ กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข",
                "ปิดความเห็น",
                "เรื่องล่าสุด",
                "ผู้เข้าชมทั้งหมด 1,482,337 คน",
                "ถนนรักการดี ตำบลอุทัยใหม่",
                "เว็บไซต์นี้ใช้คุกกี้",
                "WordPress Theme by Muffin group",
                "เกี่ยวกับหน่วยงาน",
            ]
            out.append(record(self, a, must_not, modified=True, modified_time=True))
        return out


SITE = BethemeSite()

if __name__ == "__main__":
    main(SITE)
