"""Blind-6 red-team site: WordPress 6 + the Jannah theme (TieLabs) of a provincial public
relations office, built blind.

What it imitates (Jannah as Thai news and government sites run it):
- permalinks `/2023/12/4521/` (`/%year%/%monthnum%/%post_id%/`), category archive
  `/category/pr-news/`, `/category/pr-news/page/N/` with Jannah's `div.pages-nav`
  (`ul.pages-numbers`, "»", "หน้าสุดท้าย");
- a top bar with *today's* date ("วันพฤหัสบดี, 4 มกราคม 2024") on every page, breaking-news
  ticker "ข่าวด่วน" with other headlines;
- single post: `nav#breadcrumb` ending in the headline, `h1.post-title.entry-title`,
  `#single-post-meta`: author, `span.date.meta-item` "25 ธันวาคม 2023" (Thai month, *CE*
  year, no time, no `<time>`), "อัปเดตล่าสุด 27 ธันวาคม 2023" only when edited, the comment
  count, Jannah's own views counter (a fire icon and a bare number "1,024") and
  "อ่าน 2 นาที";
- Jannah's schema: JSON-LD `NewsArticle` with `datePublished` and `dateModified` (+07:00, for
  every post; equal when never edited) and an `articleBody`;
- `div.entry-content`: paragraphs, an in-post ad block ("stream-item"), "ข่าว/ภาพ :" sign-off,
  then `post-bottom-tags` "แท็ก" *inside* the content; share buttons top and bottom
  (Facebook, X, LINE, "พิมพ์", "แชร์ผ่านอีเมล"); prev/next with titles, `#related-posts`
  "บทความที่เกี่ยวข้อง", "Read Next" slide-in, must-log-in comment prompt, sidebar "ข่าวล่าสุด",
  "ยอดนิยม" with view counts, social counter "ผู้ติดตาม";
- the deleted post is served by a 404-page plugin as a page: 200 with "ไม่พบบทความ".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS, WEEKDAYS, BaseSite, esc, expected_record, main, paginate
from .b6_common import build, neighbours

SITE_NAME = "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"
SOURCES = ["สำนักงานประชาสัมพันธ์จังหวัดลำพูน", "ประชาสัมพันธ์จังหวัดลำพูน", None]
PER_PAGE = 9
DELETED = "/2023/11/4388/"
TODAY = dt.datetime(2024, 1, 4)


def wpdate(d: dt.datetime) -> str:
    """WordPress Thai locale `j F Y`: Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class JannahSite(BaseSite):
    key = "b6_wp_jannah"
    family = "wordpress"
    imitates = "WordPress 6 + Jannah: /2023/12/4521/, span.date '25 ธันวาคม 2023' (CE, no time), fire-icon bare view count, JSON-LD NewsArticle with dates and articleBody, 'ข่าว/ภาพ :' sign-off, tags and ad block inside entry-content"
    listing_path = "/category/pr-news/"

    def __init__(self):
        self.articles = build(
            self.key, 24, 13, SOURCES, dt.datetime(2023, 12, 29, 17, 0), first_id=4300, step=9
        )
        for a in self.articles:
            a.extra["edited"] = a.modified is not None
            a.modified = a.modified or a.published
            a.path = f"/{a.published.year}/{a.published.month:02d}/{a.id}/"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}page/{k + 1}/" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 2 : i + 5] + self.articles[max(0, i - 3) : i]
        return pool[:3]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    def shell(self, base, title, main_html, body_class, head_extra=""):
        ticker = "".join(
            f'<li><a href="{base}{x.path}" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
        )
        latest = "".join(
            f'<li class="widget-single-post-item widget-post-list tie-standard"><div class="post-widget-thumbnail"><a aria-label="{esc(x.title)}" href="{base}{x.path}" class="post-thumb"><img width="220" height="150" src="{base}/wp-content/uploads/{x.published.year}/{x.published.month:02d}/p{x.id}-220x150.jpg" class="attachment-jannah-image-small size-jannah-image-small tie-small-image wp-post-image" alt=""></a></div><div class="post-widget-body "><a class="post-title the-subtitle" href="{base}{x.path}">{esc(x.title)}</a><div class="post-meta"><span class="date meta-item tie-icon">{wpdate(x.published)}</span></div></div></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li class="widget-single-post-item widget-post-list"><div class="post-widget-body no-small-thumbs"><a class="post-title the-subtitle" href="{base}{x.path}">{esc(x.title)}</a><div class="post-meta"><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {x.views:,} </span></div></div></li>'
            for x in self.popular()
        )
        today = (
            f"{WEEKDAYS[TODAY.weekday()][3:]}, {TODAY.day} {MONTHS[TODAY.month - 1]} {TODAY.year}"
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="" data-skin="light">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} &#8211; {SITE_NAME}</title>
<link rel='stylesheet' id='tie-css-base-css' href='{base}/wp-content/themes/jannah/assets/css/base.min.css?ver=7.1.0' type='text/css' media='all' />
<link rel='stylesheet' id='tie-css-single-css' href='{base}/wp-content/themes/jannah/assets/css/single.min.css?ver=7.1.0' type='text/css' media='all' />
<meta name="generator" content="Jannah 7.1.0" />
<meta name="generator" content="WordPress 6.4.2" />
{head_extra}
</head>
<body id="tie-body" class="{body_class} tie-no-js wrapper-has-shadow block-head-4 magazine1 is-thumb-overlay-disabled is-desktop is-header-layout-3 sidebar-right has-sidebar post-layout-1 narrow-title-narrow-media has-mobile-share">
<div class="background-overlay">
<div id="tie-container" class="site tie-container">
<div id="tie-wrapper">
<header id="theme-header" class="theme-header header-layout-3 main-nav-dark main-nav-default-dark main-nav-below no-stream-item top-nav-active top-nav-light top-nav-default-light top-nav-above has-shadow has-normal-width-logo mobile-header-default">
<nav id="top-nav" class="has-date-breaking-components top-nav header-nav has-breaking-news" aria-label="การนำทางรอง">
<div class="container"><div class="topbar-wrapper">
<div class="topbar-today-date tie-icon">{today}</div>
<div class="tie-alignleft"><div class="breaking controls-is-active"><span class="breaking-title"><span class="tie-icon-bolt breaking-icon" aria-hidden="true"></span><span class="breaking-title-text">ข่าวด่วน</span></span><ul id="breaking-news-in-header" class="breaking-news" data-type="reveal">{ticker}</ul></div></div>
<div class="tie-alignright"><ul class="components"><li class="social-icons-item"><a class="social-link facebook-social-icon" rel="external noopener nofollow" target="_blank" href="https://www.facebook.com/prlamphun"><span class="tie-social-icon tie-icon-facebook"></span><span class="screen-reader-text">Facebook</span></a></li><li class="random-post-icon menu-item custom-menu-link"><a href="{base}/?random-post=1" class="random-post" title="บทความแบบสุ่ม" rel="nofollow"><span class="tie-icon-random" aria-hidden="true"></span><span class="screen-reader-text">บทความแบบสุ่ม</span></a></li></ul></div>
</div></div>
</nav>
<div class="container header-container"><div class="tie-row logo-row"><div class="logo-wrapper"><div class="tie-col-md-4 logo-container clearfix"><div id="logo" class="image-logo"><a title="{SITE_NAME}" href="{base}/"><picture class="tie-logo-default tie-logo-picture"><img class="tie-logo-img-default tie-logo-img" src="{base}/wp-content/uploads/2021/03/logo-prd.png" alt="{SITE_NAME}" width="300" height="90" /></picture></a></div></div></div></div></div>
<div class="main-nav-wrapper"><nav id="main-nav" class="main-nav header-nav" aria-label="การนำทางหลัก"><div class="container"><div class="main-menu-wrapper"><div id="menu-components-wrap"><div class="main-menu main-menu-wrap tie-alignleft"><div id="main-nav-menu" class="main-menu header-menu"><ul id="menu-main" class="menu"><li class="menu-item"><a href="{base}/">หน้าแรก</a></li><li class="menu-item current-menu-item"><a href="{base}/category/pr-news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{base}/category/activity/">ข่าวกิจกรรม</a></li><li class="menu-item"><a href="{base}/contact/">ติดต่อเรา</a></li></ul></div></div><ul class="components"><li class="search-compact-icon menu-item custom-menu-link"><a href="#" class="tie-search-trigger"><span class="tie-icon-search tie-search-icon" aria-hidden="true"></span><span class="screen-reader-text">ค้นหาสำหรับ</span></a></li></ul></div></div></div></nav></div>
</header>
<div id="content" class="site-content container"><div id="main-content-row" class="tie-row main-content-row">
<div class="main-content tie-col-md-8 tie-col-xs-12" role="main">
{main_html}
</div>
<aside class="sidebar tie-col-md-4 tie-col-xs-12 normal-side is-sticky" aria-label="แถบข้างหลัก"><div class="theiaStickySidebar">
<div id="social-statistics-2" class="container-wrapper widget social-statistics-widget"><div class="widget-title the-global-title"><div class="the-subtitle">ติดตามเรา</div></div><ul class="solid-social-icons two-cols circle-icons"><li class="social-icons-item"><a class="facebook-social-icon" href="https://www.facebook.com/prlamphun" rel="nofollow noopener" target="_blank"><span class="counter-icon tie-icon-facebook"></span><span class="followers"><span class="followers-num">12,456</span><span class="followers-name">ผู้ติดตาม</span></span></a></li><li class="social-icons-item"><a class="youtube-social-icon" href="https://www.youtube.com/@prlamphun" rel="nofollow noopener" target="_blank"><span class="counter-icon tie-icon-youtube"></span><span class="followers"><span class="followers-num">2,310</span><span class="followers-name">สมาชิก</span></span></a></li></ul><div class="clearfix"></div></div>
<div id="posts-list-widget-2" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">ข่าวล่าสุด</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container"><ul class="posts-list-items widget-posts-wrapper">{latest}</ul></div></div><div class="clearfix"></div></div>
<div id="posts-list-widget-3" class="container-wrapper widget posts-list"><div class="widget-title the-global-title"><div class="the-subtitle">ยอดนิยม</div></div><div class="widget-posts-list-wrapper"><div class="widget-posts-list-container posts-list-counter"><ul class="posts-list-items widget-posts-wrapper">{popular}</ul></div></div><div class="clearfix"></div></div>
</div></aside>
</div></div>
<footer id="footer" class="site-footer dark-skin dark-widgetized-area"><div id="site-info" class="site-info site-info-layout-2"><div class="container"><div class="tie-row"><div class="tie-col-md-12"><div class="copyright-text copyright-text-first">&copy; สงวนลิขสิทธิ์ 2024 {SITE_NAME} ศาลากลางจังหวัดลำพูน ถนนอินทยงยศ โทร. 0-5351-1234</div></div></div></div></div></footer>
<a id="go-to-top" class="go-to-top-button" href="#go-to-tie-body"><span class="tie-icon-angle-up"></span><span class="screen-reader-text">ปุ่มกลับไปด้านบน</span></a>
</div>
</div>
</div>
<script type='text/javascript' src='{base}/wp-content/themes/jannah/assets/js/scripts.min.js?ver=7.1.0' id='tie-scripts-js'></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<li class="post-item post-{a.id} post type-post status-publish format-standard has-post-thumbnail category-pr-news tie-standard"><a aria-label="{esc(a.title)}" href="{base}{a.path}" class="post-thumb"><span class="post-cat-wrap"><span class="post-cat tie-cat-5">ข่าวประชาสัมพันธ์</span></span><img width="390" height="220" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/p{a.id}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><div class="post-details"><div class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-2"><span class="meta-author"><a href="{base}/author/prlamphun/" class="author-name tie-icon" title="prlamphun">prlamphun</a></span></span></span><span class="date meta-item tie-icon">{wpdate(a.published)}</span><div class="tie-alignright"><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {a.views:,} </span></div></div><h2 class="post-title"><a href="{base}{a.path}">{esc(a.title)}</a></h2><p class="post-excerpt">{esc(a.paras[0][:150])}&hellip;</p><a class="more-link button" href="{base}{a.path}">อ่านเพิ่มเติม &raquo;</a></div></li>"""
            )
            if n == 1 and k == 2:
                items.append(
                    f"""<li class="post-item post-4388 post type-post status-publish format-standard category-pr-news tie-standard"><div class="post-details"><div class="post-meta clearfix"><span class="date meta-item tie-icon">12 พฤศจิกายน 2023</span></div><h2 class="post-title"><a href="{base}{DELETED}">ประกาศรับสมัครผู้สื่อข่าวพลเมือง ประจำปี 2567</a></h2><a class="more-link button" href="{base}{DELETED}">อ่านเพิ่มเติม &raquo;</a></div></li>"""
                )

        def href(k):
            return (
                f"{base}{self.listing_path}"
                if k == 0
                else f"{base}{self.listing_path}page/{k + 1}/"
            )

        last = len(self.pages) - 1
        pg = []
        if n > 0:
            pg.append(f'<li class="the-prev-page"><a href="{href(n - 1)}">&laquo;</a></li>')
        for k in range(len(self.pages)):
            pg.append(
                f'<li class="current"><span class="pages-nav-item">{k + 1}</span></li>'
                if k == n
                else f'<li><a href="{href(k)}" class="pages-nav-item" title="{k + 1}">{k + 1}</a></li>'
            )
        if n < last:
            pg.append(f'<li class="the-next-page"><a href="{href(n + 1)}">&raquo;</a></li>')
            pg.append(
                f'<li class="last-page first-last-pages"><a href="{href(last)}"><span class="pagination-icon" aria-hidden="true"></span>หน้าสุดท้าย</a></li>'
            )
        main_html = f"""<header id="category-title-section" class="entry-header-outer container-wrapper archive-title-wrapper"><nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> หน้าแรก</a><em class="delimiter">/</em><span class="current">ข่าวประชาสัมพันธ์</span></nav><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></header>
<div class="mag-box wide-post-box"><div class="container-wrapper"><div class="mag-box-container clearfix"><ul id="posts-container" data-layout="default" data-settings="{{'uncropped_image':'jannah-image-post','category_meta':true,'post_meta':true,'excerpt':'true','excerpt_length':'20','read_more':'true','read_more_text':false,'media_overlay':true,'title_length':0,'is_full':false,'is_category':true}}" class="posts-items">
{chr(10).join(items)}
</ul><div class="clearfix"></div></div></div></div>
<div class="pages-nav"><ul class="pages-numbers">{"".join(pg)}</ul></div>"""
        return self.html_response(
            self.shell(
                base, "ข่าวประชาสัมพันธ์", main_html, "archive category category-pr-news category-5"
            )
        )

    def schema(self, base, a):
        doc = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "dateCreated": a.published.isoformat(),
            "datePublished": a.published.isoformat(),
            "dateModified": a.modified.isoformat(),
            "headline": a.title,
            "name": a.title,
            "keywords": ",".join(a.tags),
            "url": f"{base}{a.path}",
            "description": a.paras[0][:155],
            "copyrightYear": str(a.published.year),
            "articleSection": "ข่าวประชาสัมพันธ์",
            "articleBody": "\n".join(a.paras),
            "publisher": {
                "@id": "#Publisher",
                "@type": "Organization",
                "name": SITE_NAME,
                "logo": {
                    "@type": "ImageObject",
                    "url": f"{base}/wp-content/uploads/2021/03/logo-prd.png",
                },
            },
            "author": {"@type": "Person", "name": "prlamphun", "url": f"{base}/author/prlamphun/"},
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{a.path}"},
            "image": {
                "@type": "ImageObject",
                "url": f"{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/p{a.id}.jpg",
                "width": 1200,
                "height": 800,
            },
        }
        return (
            '<script type="application/ld+json">'
            + json.dumps(doc, ensure_ascii=False).replace("/", "\\/")
            + "</script>"
        )

    def share(self, base, a, where):
        u = f"{base}{a.path}"
        return f"""<div id="share-buttons-{where}" class="share-buttons share-buttons-{where}"><div class="share-links icons-text"><a href="https://www.facebook.com/sharer.php?u={u}" rel="external noopener nofollow" title="Facebook" target="_blank" class="facebook-share-btn large-share-button" data-raw="https://www.facebook.com/sharer.php?u={{post_link}}"><span class="share-btn-icon tie-icon-facebook"></span> <span class="social-text">Facebook</span></a><a href="https://twitter.com/intent/tweet?text={esc(a.title)}&amp;url={u}" rel="external noopener nofollow" title="X" target="_blank" class="twitter-share-btn large-share-button"><span class="share-btn-icon tie-icon-twitter"></span> <span class="social-text">X</span></a><a href="https://line.me/R/msg/text/?{esc(a.title)}%20{u}" rel="external noopener nofollow" title="LINE" target="_blank" class="line-share-btn"><span class="share-btn-icon tie-icon-line"></span> <span class="screen-reader-text">LINE</span></a><a href="mailto:?subject={esc(a.title)}&amp;body={u}" rel="external noopener nofollow" title="แชร์ผ่านอีเมล" target="_blank" class="email-share-btn"><span class="share-btn-icon tie-icon-envelope"></span> <span class="screen-reader-text">แชร์ผ่านอีเมล</span></a><a href="#" rel="external noopener nofollow" title="พิมพ์" target="_blank" class="print-share-btn"><span class="share-btn-icon tie-icon-print"></span> <span class="screen-reader-text">พิมพ์</span></a></div></div>"""

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            2,
            f'<div class="stream-item stream-item-in-post stream-item-inline-post aligncenter"><a href="https://line.me/R/ti/p/@prlamphun" title="ติดตามข่าวสารผ่าน LINE OA" target="_blank" rel="nofollow noopener"><img src="{base}/wp-content/uploads/2022/05/banner-line-oa.jpg" alt="ติดตามข่าวสารผ่าน LINE OA" width="728" height="91"></a></div>',
        )
        if a.source:
            paras.append(f"<p>ข่าว/ภาพ : {esc(a.source)}</p>")
        if a.tags:
            paras.append(
                '<div class="post-bottom-meta post-bottom-tags post-tags-modern"><div class="post-bottom-meta-title"><span class="tie-icon-tags" aria-hidden="true"></span> แท็ก</div><span class="tagcloud">'
                + "".join(
                    f'<a href="{base}/tag/t{self.articles.index(a)}-{k}/" rel="tag">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</span></div>"
            )
        updated = (
            f'<span class="meta-item last-updated">อัปเดตล่าสุด {wpdate(a.modified)}</span>'
            if a.extra["edited"]
            else ""
        )
        reading = max(1, sum(map(len, a.paras)) // 900)
        nav = []
        for x, cls, label in ((older, "prev-post", "ก่อนหน้า"), (newer, "next-post", "ถัดไป")):
            if x:
                nav.append(
                    f'<div class="tie-col-xs-6 {cls}"><a href="{base}{x.path}" style="background-image: url({base}/wp-content/uploads/p{x.id}-390x220.jpg)" class="post-thumb" rel="{cls[:4]}"><div class="post-thumb-overlay-wrap"><div class="post-thumb-overlay"><span class="tie-icon tie-media-icon"></span><span class="screen-reader-text">{label}</span></div></div></a><a href="{base}{x.path}" rel="{cls[:4]}"><h3 class="post-title">{esc(x.title)}</h3></a></div>'
                )
        related = "".join(
            f'<div class="related-item tie-standard"><a aria-label="{esc(x.title)}" href="{base}{x.path}" class="post-thumb"><img width="390" height="220" src="{base}/wp-content/uploads/p{x.id}-390x220.jpg" class="attachment-jannah-image-large size-jannah-image-large wp-post-image" alt=""></a><h3 class="post-title"><a href="{base}{x.path}">{esc(x.title)}</a></h3><div class="post-meta clearfix"><span class="date meta-item tie-icon">{wpdate(x.published)}</span></div></div>'
            for x in self.related(a)
        )
        read_next = self.related(a)[0]
        main_html = f"""<article id="the-post" class="container-wrapper post-content tie-standard">
<header class="entry-header-outer">
<nav id="breadcrumb"><a href="{base}/"><span class="tie-icon-home" aria-hidden="true"></span> หน้าแรก</a><em class="delimiter">/</em><a href="{base}/category/pr-news/">ข่าวประชาสัมพันธ์</a><em class="delimiter">/</em><span class="current">{esc(a.title)}</span></nav>
<div class="entry-header">
<span class="post-cat-wrap"><a class="post-cat tie-cat-5" href="{base}/category/pr-news/">ข่าวประชาสัมพันธ์</a></span>
<h1 class="post-title entry-title">{esc(a.title)}</h1>
<div id="single-post-meta" class="post-meta clearfix"><span class="author-meta single-author no-avatars"><span class="meta-item meta-author-wrapper meta-author-2"><span class="meta-author"><a href="{base}/author/prlamphun/" class="author-name tie-icon" title="prlamphun">prlamphun</a></span></span></span><span class="date meta-item tie-icon">{wpdate(a.published)}</span>{updated}<div class="tie-alignright"><span class="meta-comment tie-icon meta-item fa-before">0</span><span class="meta-views meta-item warm"><span class="tie-icon-fire" aria-hidden="true"></span> {a.views:,} </span><span class="meta-reading-time meta-item"><span class="tie-icon-bookmark" aria-hidden="true"></span> อ่าน {reading} นาที</span> </div></div>
</div>
</header>
<div class="featured-area"><div class="featured-area-inner"><figure class="single-featured-image"><img width="780" height="470" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/p{a.id}-780x470.jpg" class="attachment-jannah-image-post size-jannah-image-post wp-post-image" alt="" decoding="async" /></figure></div></div>
{self.share(base, a, "top")}
<div class="entry-content entry clearfix">
{chr(10).join(paras)}
</div>
<div id="post-extra-info"><div class="theiaStickySidebar"><div id="single-post-meta" class="post-meta clearfix"><span class="date meta-item tie-icon">{wpdate(a.published)}</span></div></div></div>
<div class="clearfix"></div>
{self.schema(base, a)}
{self.share(base, a, "bottom")}
</article>
<div class="post-components">
<div class="prev-next-post-nav container-wrapper media-overlay">{"".join(nav)}</div>
<div id="related-posts" class="container-wrapper has-extra-post"><div class="mag-box-title the-global-title"><h3>บทความที่เกี่ยวข้อง</h3></div><div class="related-posts-list">{related}</div></div>
<div id="read-next-block" class="container-wrapper read-next-slider-50"><h2 class="read-next-block-title">Read Next</h2><div class="read-next-block-inner"><a href="{base}{read_next.path}" class="post-title">{esc(read_next.title)}</a></div></div>
<div id="comments" class="comments-area"><div id="add-comment-block" class="container-wrapper"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title the-global-title">ใส่ความเห็น</h3><p class="must-log-in">คุณต้อง <a href="{base}/wp-login.php?redirect_to={base}{a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p></div></div></div>
</div>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                main_html,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
            )
        )

    def deleted(self, base):
        main_html = """<div class="container-wrapper page-content not-found"><header class="entry-header-outer"><h1 class="page-title">ไม่พบบทความ</h1></header><div class="entry-content entry clearfix"><p>ขออภัย ไม่พบบทความที่คุณต้องการ บทความนี้อาจถูกลบหรือย้ายไปแล้ว</p><div class="search-bar"><form method="get" class="search-form" action="/"><input type="search" name="s" placeholder="ค้นหาสำหรับ"></form></div></div></div>"""
        return self.html_response(
            self.shell(base, "ไม่พบบทความ", main_html, "page-template-default page error404-page")
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", ""):
            return 301, {"Location": base + self.listing_path}, b""
        if path.rstrip("/") + "/" == self.listing_path:
            return self.listing(base, 0)
        if path.startswith(self.listing_path + "page/"):
            seg = path[len(self.listing_path + "page/") :].strip("/")
            return self.listing(base, int(seg) - 1) if seg.isdigit() and seg != "1" else None
        if not path.endswith("/"):
            path += "/"
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"อ่าน {max(1, sum(map(len, a.paras)) // 900)} นาที",
                "ติดตามข่าวสารผ่าน LINE OA",
                "บทความที่เกี่ยวข้อง",
                "แชร์ผ่านอีเมล",
                "เข้าสู่ระบบ",
                "ใส่ความเห็น",
                "ข่าวด่วน",
                "ผู้ติดตาม",
                "Read Next",
                "prlamphun",
            ] + [x.title for x in self.related(a) + [older, newer] if x]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = JannahSite()

if __name__ == "__main__":
    main(SITE)
