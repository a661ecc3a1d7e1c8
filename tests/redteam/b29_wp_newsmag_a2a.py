"""Blind-29 red-team site: **WordPress 6.4 + Newsmag (tagDiv) 5.x** with **AddToAny Share
Buttons**, **Yoast SEO** and the theme's own views counter, a provincial agriculture office
(สำนักงานเกษตรจังหวัดนครนายก), built blind.

What it imitates:
- core fingerprints: `meta name=generator content="WordPress 6.4.3"`, `/wp-content/themes/
  Newsmag/`, `/wp-includes/`, `wp-json`, RSD, feeds; Yoast's JSON-LD graph (`datePublished`,
  `dateModified` for every post) and `article:published_time` / `article:modified_time` meta;
- the "day and name" permalinks with **Thai slugs, percent-encoded in lower-case hex**
  (`/2024/05/14/%e0%b8%9b.../`), category archive `/category/news/page/N/`;
- Newsmag's single template: `div.td-post-header` with `ul.td-category`, `h1.entry-title`,
  `div.td-module-meta-info` holding the author login ("โดย"), **`time.entry-date.updated.
  td-module-date` (the hAtom "updated" class on the publication date; visible "14 พฤษภาคม 2024",
  Thai month, CE year, no time; the `datetime` carries it)**, a comment count and **the views
  counter as a bare number (`span.td-nr-views-ID`, no label)**; a top share bar ("แบ่งปัน",
  Facebook, Twitter, Line); `div.td-post-content` with the text, some captioned images, some
  file links, the source typed as a paragraph "ข่าว: office" (some), and **AddToAny's bottom
  bar "แชร์ข่าวนี้" inside the content div**; then `div.td-post-source-tags` with the theme's
  **"ที่มา" (source) box** for other items and a **"ผ่านทาง" (via) box** naming a Facebook
  page for a few, and "แท็ก" tags; a bottom share bar; the author box; prev / next
  ("บทความก่อนหน้านี้" / "บทความถัดไป") with titles; the related-posts block "บทความที่
  เกี่ยวข้อง" / "เพิ่มเติมจากผู้เขียน" with titles and dates; the reply form with the login
  prompt; sidebar "ข่าวล่าสุด"; breadcrumbs ending with the headline.
Listing: the category archive, Newsmag `div.page-nav` with `span.current`, numbered links,
an icon-only next link and "หน้า 1 จาก 3".
Deleted: a members-only post (a content-restriction plugin): 200, the headline and a login
form, no text.
"""

from __future__ import annotations

import datetime as dt
import json
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

OFFICE = "สำนักงานเกษตรจังหวัดนครนายก"
HOST = "https://www.nakhonnayok.doae.go.th"
USER = "nyk_admin"
PER_PAGE = 9
LIST = "/category/news/"
CATEGORY = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการผลิต",
    "สำนักงานเกษตรอำเภอบ้านนา",
    "กลุ่มยุทธศาสตร์และสารสนเทศ",
    "สำนักงานเกษตรอำเภอองครักษ์",
]
VIA = "เพจ เกษตรนครนายก"
DELETED_ID = 8841
DELETED_TITLE = "ประชุมคณะกรรมการบริหารศูนย์จัดการดินปุ๋ยชุมชน ประจำเดือน (เฉพาะเจ้าหน้าที่)"
VER = "6.4.3"
THEME_VER = "5.4.2"


def wp_date(d: dt.datetime) -> str:
    """Thai locale, site date format 'j F Y': Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def slug_of(title: str) -> str:
    """sanitize_title: punctuation dropped, spaces to hyphens, percent-encoded in lower case and
    cut to 200 characters of encoding (here: at a word boundary)."""
    out = ""
    for w in re.sub(r"[\"'“”‘’(),:;.!?/]", "", title).split():
        nxt = (out + "-" if out else "") + quote(w).lower()
        if len(nxt) > 200:
            break
        out = nxt
    return out or quote(title[:20]).lower()


class NewsmagSite(BaseSite):
    key = "b29_wp_newsmag_a2a"
    family = "wordpress"
    imitates = "WordPress 6.4 + Newsmag (tagDiv) + AddToAny + Yoast SEO: Thai percent-encoded day-and-name permalinks; h1.entry-title; time.entry-date.updated (publication date, visible Thai month + CE year without a time, datetime ISO) and a bare-number views counter span.td-nr-views-ID; AddToAny 'แชร์ข่าวนี้' inside td-post-content; theme source box 'ที่มา' / via box 'ผ่านทาง' and 'แท็ก' after the content; dateModified only in Yoast JSON-LD / article:modified_time; prev/next and related posts with titles; members-only deleted post"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 30, 15, 0, tzinfo=TZ), offset=19
        )
        drop_corpus_signoffs(arts)
        pid = 8838
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 3 + i % 4
            a.time_printed = True  # datetime attribute and JSON-LD always carry the time
            d = a.published
            a.extra["slug"] = slug_of(a.title)
            a.path = f"/{d.year}/{d.month:02d}/{d.day:02d}/{a.extra['slug']}/"
            kind = i % 4  # 0 box "ที่มา", 1 paragraph "ข่าว:", 2 none, 3 none but via box
            a.extra["src_kind"] = kind
            a.source = SOURCES[i % len(SOURCES)] if kind in (0, 1) else None
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 6 == 3
            # Yoast prints dateModified for every post: the publication time when never edited
            a.extra["mod"] = a.modified or a.published
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {unquote(a.path): a for a in arts}
        assert len(self.by_path) == len(arts)
        dd = arts[PER_PAGE + 3].published
        self.deleted = f"/{dd.year}/{dd.month:02d}/{dd.day:02d}/{slug_of(DELETED_TITLE)}/"
        assert unquote(self.deleted) not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra="", sidebar=True):
        recent = "".join(
            f"""<div class="td_module_6 td_module_wrap"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{a.path}" rel="bookmark" title="{esc(a.title)}">{esc(a.title)}</a></h3><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span></div></div></div>"""
            for a in self.articles[:5]
        )
        side = (
            f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_7 td_block_widget"><h4 class="block-title"><span class="td-pulldown-size">ข่าวล่าสุด</span></h4><div class="td_block_inner">{recent}</div></div>
<aside class="widget widget_search"><form method="get" class="td-search-form-widget" action="{HOST}/"><input class="td-widget-search-input" type="text" value="" name="s" /><input class="wpb_button wpb_btn-inverse btn" type="submit" value="ค้นหา" /></form></aside>
<aside class="widget widget_text"><div class="block-title"><span>สถิติผู้เข้าชม</span></div><div class="textwidget"><p>วันนี้ 214 คน<br />ทั้งหมด 305,118 คน</p></div></aside>
</div></div>"""
            if sidebar
            else ""
        )
        return f"""<!doctype html >
<!--[if IE 8]>    <html class="ie8" lang="en"> <![endif]-->
<!--[if IE 9]>    <html class="ie9" lang="en"> <![endif]-->
<!--[if gt IE 8]><!--> <html lang="th"> <!--<![endif]-->
<head>
    <title>{esc(title)}</title>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <link rel="pingback" href="{HOST}/xmlrpc.php" />
    <meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
<!-- This site is optimized with the Yoast SEO plugin v22.2 - https://yoast.com/wordpress/plugins/seo/ -->
{head_extra}<!-- / Yoast SEO plugin. -->
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="{HOST}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver={VER}' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='{HOST}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<link rel='stylesheet' id='td-theme-css' href='{HOST}/wp-content/themes/Newsmag/style.css?ver={THEME_VER}' type='text/css' media='all' />
<script type="text/javascript" id="addtoany-core-js-before">window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};a2a_localize = {{Share: "แชร์",Save: "บันทึก",Subscribe: "สมัครสมาชิก",Email: "อีเมล",Bookmark: "บุ๊คมาร์ค",ShowAll: "แสดงทั้งหมด"}};</script>
<script type="text/javascript" defer src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js"></script>
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {VER}" />
</head>

<body class="{body_class} global-block-template-1 td-newsmag-default td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div id="td-outer-wrap">
<div class="td-header-wrap td-header-style-1">
<div class="td-header-top-menu"><div class="td-container td-header-row td-header-top-menu"><div class="top-bar-style-1"><div class="td-header-sp-top-menu"><div class="td_data_time"><div>วันพฤหัสบดี, พฤษภาคม 30, 2024</div></div><ul id="menu-top" class="top-header-menu"><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div></div></div></div>
<div class="td-banner-wrap-full"><div class="td-container-header td-header-row td-header-header"><div class="td-header-sp-logo"><a class="td-main-logo" href="{HOST}/"><img class="td-retina-data" src="{HOST}/wp-content/uploads/2023/01/logo-doae.png" alt="{OFFICE}" title="{OFFICE}"/><span class="td-visual-hidden">{OFFICE}</span></a></div></div></div>
<div class="td-header-menu-wrap"><div class="td-header-row td-header-border td-header-main-menu"><div id="td-header-menu" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="sf-menu"><li class="menu-item current-menu-item"><a href="{HOST}/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item"><a href="{LIST}">{CATEGORY}</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/knowledge/">คลังความรู้</a></li></ul></div></div></div></div>
</div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-pb-row">
<div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
{content}
</div></div>
{side}
</div>
</div></div>
<div class="td-footer-container td-container-wrap"><div class="td-footer-wrapper"><div class="td-pb-row"><div class="td-pb-span12"><aside class="widget widget_text"><div class="textwidget"><p>{OFFICE} ศาลากลางจังหวัดนครนายก ถนนสุวรรณศร ตำบลท่าช้าง อำเภอเมืองนครนายก จังหวัดนครนายก 26000 โทรศัพท์ 0-3731-1247</p></div></aside></div></div></div></div>
<div class="td-sub-footer-container td-container-wrap"><div class="td-container"><div class="td-pb-row"><div class="td-pb-span4 td-sub-footer-copy">&copy; 2567 {OFFICE} กรมส่งเสริมการเกษตร</div></div></div></div>
</div>
<div class="td-cookie-bar" id="pdpa-cookie"><p>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</p><a href="#" class="td-cookie-accept">ยอมรับทั้งหมด</a> <a href="/privacy-policy/">นโยบายคุกกี้</a></div>
<script type="text/javascript" src="{HOST}/wp-content/themes/Newsmag/js/tagdiv_theme.min.js?ver={THEME_VER}" id="td-site-min-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def page_href(self, k):
        return LIST if k == 1 else f"{LIST}page/{k}/"

    def pager(self, k):
        n = len(self.pages)
        parts = []
        if k > 1:
            parts.append(f'<a href="{self.page_href(k - 1)}"><i class="td-icon-menu-left"></i></a>')
        for i in range(1, n + 1):
            if i == k:
                parts.append(f'<span class="current">{i}</span>')
            else:
                parts.append(f'<a href="{self.page_href(i)}" class="page" title="{i}">{i}</a>')
        if k < n:
            parts.append(
                f'<a href="{self.page_href(k + 1)}"><i class="td-icon-menu-right"></i></a>'
            )
        parts.append(f'<span class="pages">หน้า {k} จาก {n}</span>')
        return f'<div class="page-nav td-pb-padding-side">{"".join(parts)}<div class="clearfix"></div></div>'

    def card(self, path, title, a, excerpt):
        return f"""<div class="td_module_1 td_module_wrap td-animation-stack">
<div class="td-module-image"><div class="td-module-thumb"><a href="{path}" rel="bookmark" class="td-image-wrap" title="{esc(title)}"><img width="300" height="194" class="entry-thumb" src="{HOST}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/thumb-{a.id}-300x194.jpg" alt="" title="{esc(title)}" /></a></div><a href="{LIST}" class="td-post-category">{CATEGORY}</a></div>
<h3 class="entry-title td-module-title"><a href="{path}" rel="bookmark" title="{esc(title)}">{esc(title)}</a></h3>
<div class="meta-info"><span class="td-post-author-name"><a href="/author/{USER}/">{USER}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><div class="td-module-comments"><a href="{path}#respond">0</a></div></div>
<div class="td-excerpt">{excerpt}</div>
</div>"""

    def listing(self, k):
        cards = [
            self.card(a.path, a.title, a, esc(a.paras[0][:150]) + "...") for a in self.pages[k - 1]
        ]
        if k == 2:
            ghost = self.articles[PER_PAGE + 3]
            cards.insert(
                3,
                self.card(
                    self.deleted,
                    DELETED_TITLE,
                    type(ghost)(
                        id=DELETED_ID,
                        title=DELETED_TITLE,
                        paras=[""],
                        published=ghost.published,
                        time_printed=True,
                    ),
                    "เนื้อหานี้สงวนไว้สำหรับสมาชิก...",
                ),
            )
        content = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{CATEGORY}</span></div></div>
<div class="td-category-header"><h1 class="entry-title td-page-title">{CATEGORY}</h1></div>
<div class="td-block-row td-category-grid">{"".join(cards)}</div>
{self.pager(k)}"""
        title = (
            f"{CATEGORY} Archives - หน้า {k} จาก {len(self.pages)} - {OFFICE}"
            if k > 1
            else f"{CATEGORY} Archives - {OFFICE}"
        )
        return self.shell(
            title,
            content,
            "archive category category-news category-3"
            + (f" paged paged-{k} category-paged-{k}" if k > 1 else ""),
            f'<link rel="canonical" href="{HOST}{self.page_href(k)}" />\n',
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        picks = [j for j in (i + 2, i - 3, i + 4, i - 1, i + 6) if 0 <= j < len(self.articles)]
        return [self.articles[j] for j in picks[:3]]

    def share_top(self, a, where):
        url = quote(HOST + a.path, safe="")
        return f"""<div class="td-post-sharing td-post-sharing-{where}"><span class="td-post-share-title">แบ่งปัน</span><div class="td-default-sharing"><a class="td-social-sharing-buttons td-social-facebook" href="https://www.facebook.com/sharer.php?u={url}" onclick="window.open(this.href,'mywin','left=50,top=50,width=600,height=350,toolbar=0'); return false;"><i class="td-icon-facebook"></i><div class="td-social-but-text">Facebook</div></a><a class="td-social-sharing-buttons td-social-twitter" href="https://twitter.com/intent/tweet?text={quote(a.title)}&amp;url={url}"><i class="td-icon-twitter"></i><div class="td-social-but-text">Twitter</div></a><a class="td-social-sharing-buttons td-social-line" href="https://line.me/R/msg/text/?{url}"><i class="td-icon-line"></i></a></div></div>"""

    def content(self, a):
        parts = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            parts.insert(
                1,
                f"""<figure id="attachment_{a.id + 1}" aria-describedby="caption-attachment-{a.id + 1}" style="width: 696px" class="wp-caption aligncenter"><img decoding="async" class="size-large wp-image-{a.id + 1}" src="{HOST}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/IMG_{a.id}-696x464.jpg" alt="" width="696" height="464" /><figcaption id="caption-attachment-{a.id + 1}" class="wp-caption-text">ภาพ: กิจกรรมของ{OFFICE}</figcaption></figure>""",
            )
        if a.extra["file"]:
            parts.append(
                f'<p>เอกสารประกอบ: <a href="{HOST}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/report-{a.id}.pdf">report-{a.id}.pdf</a></p>'
            )
        if a.extra["src_kind"] == 1:
            parts.append(f"<p><strong>ข่าว:</strong> {esc(a.source)}</p>")
        url = quote(HOST + a.path, safe="")
        a2a = f"""<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">แชร์ข่าวนี้</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{HOST}{a.path}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}&amp;linkname={quote(a.title)}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={url}&amp;linkname={quote(a.title)}" title="Line" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_copy_link" href="https://www.addtoany.com/add_to/copy_link?linkurl={url}" title="Copy Link" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>"""
        return "\n".join(parts) + "\n" + a2a

    def source_tags(self, a):
        boxes = ""
        kind = a.extra["src_kind"]
        if kind == 0:
            boxes += f'<div class="td-post-source-via"><div class="td-post-small-box"><span>ที่มา</span><a rel="nofollow" href="{HOST}/">{esc(a.source)}</a></div></div>'
        elif kind == 3:
            boxes += f'<div class="td-post-source-via"><div class="td-post-small-box"><span>ผ่านทาง</span><a rel="nofollow" href="https://www.facebook.com/nykdoae">{VIA}</a></div></div>'
        if a.tags:
            boxes += (
                '<ul class="td-tags td-post-small-box clearfix"><li><span>แท็ก</span></li>'
                + "".join(
                    f'<li><a href="/tag/{quote(t).lower()}/">{esc(t)}</a></li>' for t in a.tags
                )
                + "</ul>"
            )
        return f'<div class="td-post-source-tags td-pb-padding-side">{boxes}</div>'

    def single(self, a):
        newer, older = self.neighbours(a)
        nav = '<div class="td-block-row td-post-next-prev">'
        if older:
            nav += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>บทความก่อนหน้านี้</span><a href="{older.path}">{esc(older.title)}</a></div></div>'
        else:
            nav += '<div class="td-next-prev-separator"></div>'
        if newer:
            nav += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>บทความถัดไป</span><a href="{newer.path}">{esc(newer.title)}</a></div></div>'
        nav += "</div>"
        rel = "".join(
            f"""<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="td-module-image"><div class="td-module-thumb"><a href="{r.path}" rel="bookmark" class="td-image-wrap" title="{esc(r.title)}"><img class="entry-thumb" src="{HOST}/wp-content/uploads/{r.published.year}/{r.published.month:02d}/thumb-{r.id}-218x150.jpg" alt="" /></a></div></div><div class="item-details"><h3 class="entry-title td-module-title"><a href="{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></h3><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{r.published.isoformat()}">{wp_date(r.published)}</time></span></div></div></div>"""
            for r in self.related(a)
        )
        crumb_title = esc(a.title if len(a.title) <= 60 else a.title[:60] + "...")
        views = a.views
        content = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="ดูโพสต์ทั้งหมดใน {CATEGORY}" class="entry-crumb" href="{LIST}">{CATEGORY}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{crumb_title}</span></div></div>
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header td-pb-padding-side">
<ul class="td-category"><li class="entry-category"><a href="{LIST}">{CATEGORY}</a></li></ul>
<header><h1 class="entry-title">{esc(a.title)}</h1>
<div class="meta-info">
<div class="td-post-author-name"><div class="td-author-by">โดย</div> <a href="/author/{USER}/">{USER}</a><div class="td-author-line"> - </div> </div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span>
<div class="td-post-comments"><a href="{a.path}#respond"><i class="td-icon-comments"></i>0</a></div>
<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a.id}">{views}</span></div>
</div></header>
</div>
{self.share_top(a, "top")}
{'<div class="td-post-featured-image"><a href="' + HOST + "/wp-content/uploads/feature-" + str(a.id) + '.jpg" data-caption=""><img class="entry-thumb td-modal-image" src="' + HOST + "/wp-content/uploads/feature-" + str(a.id) + '-640x427.jpg" alt="" /></a></div>' if a.id % 2 == 0 else ""}
<div class="td-post-content td-pb-padding-side">
{self.content(a)}
</div>
<footer>
{self.source_tags(a)}
{self.share_top(a, "bottom")}
<div class="author-box-wrap"><a href="/author/{USER}/"><img alt="" src="https://secure.gravatar.com/avatar/0a1b?s=96&amp;d=mm&amp;r=g" class="avatar avatar-96 photo" height="96" width="96" /></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="/author/{USER}/">{USER}</a></span></div><div class="td-author-description"></div></div></div>
{nav}
<meta itemprop="author" content="{USER}"><meta itemprop="datePublished" content="{a.published.isoformat()}"><meta itemprop="dateModified" content="{a.extra["mod"].isoformat()}">
</footer>
</article>
<div class="td_block_wrap td_block_related_posts td-pb-border-top td_block_template_1"><h4 class="td-related-title"><a id="td_uid_{a.id}" class="td-related-left td-cur-simple-item" data-td_filter_value="" href="#">บทความที่เกี่ยวข้อง</a><a id="td_uid_{a.id + 1}" class="td-related-right" data-td_filter_value="td_related_more_from_author" href="#">เพิ่มเติมจากผู้เขียน</a></h4><div class="td_block_inner"><div class="td-related-row">{rel}</div></div></div>
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>ทิ้งคำตอบไว้</span></h3><p class="must-log-in">คุณต้อง <a href="{HOST}/wp-login.php?redirect_to={quote(HOST + a.path, safe="")}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div></div>"""
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "WebPage",
                    "@id": f"{HOST}{a.path}",
                    "url": f"{HOST}{a.path}",
                    "name": f"{a.title} - {OFFICE}",
                    "isPartOf": {"@id": f"{HOST}/#website"},
                    "datePublished": a.published.isoformat(),
                    "dateModified": a.extra["mod"].isoformat(),
                    "author": {"@id": f"{HOST}/#/schema/person/5a0c"},
                    "inLanguage": "th",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{HOST}{a.path}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "หน้าแรก", "item": f"{HOST}/"},
                        {"@type": "ListItem", "position": 2, "name": a.title},
                    ],
                },
                {
                    "@type": "WebSite",
                    "@id": f"{HOST}/#website",
                    "url": f"{HOST}/",
                    "name": OFFICE,
                    "inLanguage": "th",
                },
                {"@type": "Person", "@id": f"{HOST}/#/schema/person/5a0c", "name": USER},
            ],
        }
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
<meta property="og:url" content="{HOST}{a.path}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
<meta property="article:modified_time" content="{a.extra["mod"].isoformat()}" />
<meta name="author" content="{USER}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />
<link rel='shortlink' href='{HOST}/?p={a.id}' />
"""
        return self.shell(
            f"{a.title} - {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard td-single-template-1",
            head,
        )

    def restricted(self):
        content = f"""<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{HOST}/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a class="entry-crumb" href="{LIST}">{CATEGORY}</a></span></div></div>
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news">
<div class="td-post-header td-pb-padding-side"><header><h1 class="entry-title">{esc(DELETED_TITLE)}</h1></header></div>
<div class="td-post-content td-pb-padding-side">
<div class="rcp_restricted_message"><p>ขออภัย เนื้อหานี้สงวนไว้สำหรับเจ้าหน้าที่ที่เป็นสมาชิกเท่านั้น กรุณาเข้าสู่ระบบ</p></div>
<form name="loginform" id="loginform" action="{HOST}/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรือที่อยู่อีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form>
</div>
</article>"""
        return self.shell(
            f"{DELETED_TITLE} - {OFFICE}",
            content,
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard",
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        p = unquote(path)
        if p == LIST.rstrip("/"):
            return 301, {"Location": base + LIST}, b""
        if p == LIST:
            return self.html_response(self.listing(1))
        m = re.fullmatch(r"/category/news/page/(\d+)/?", p)
        if m:
            k = int(m[1])
            if k == 1:
                return 301, {"Location": base + LIST}, b""
            if 2 <= k <= len(self.pages):
                return self.html_response(self.listing(k))
            return None
        if not p.endswith("/") and (p + "/") in self.by_path:
            return 301, {"Location": base + quote(p + "/").lower()}, b""
        if p == unquote(self.deleted):
            return self.html_response(self.restricted())
        if p in self.by_path:
            return self.html_response(self.single(self.by_path[p]))
        if p in ("/feed", "/feed/"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid isPermaLink="false">{HOST}/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v={VER}</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                wp_date(a.published),
                "แบ่งปัน",
                "แชร์ข่าวนี้",
                "บทความก่อนหน้านี้",
                "บทความถัดไป",
                "บทความที่เกี่ยวข้อง",
                "เพิ่มเติมจากผู้เขียน",
                "ทิ้งคำตอบไว้",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "ทั้งหมด 305,118 คน",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "ถนนสุวรรณศร ตำบลท่าช้าง",
                "วันพฤหัสบดี, พฤษภาคม 30, 2024",
                VIA,
                "ผ่านทาง",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["image"]:
                must_not.append(f"ภาพ: กิจกรรมของ{OFFICE}")
            if a.extra["file"]:
                must_not += [f"report-{a.id}.pdf", "เอกสารประกอบ:"]
            must_not += a.tags
            rec = expected_record(a, modified=False, must_not=must_not)
            rec["modified_at"] = a.extra["mod"].isoformat()
            out.append(rec)
        return out


SITE = NewsmagSite()

if __name__ == "__main__":
    main(SITE)
