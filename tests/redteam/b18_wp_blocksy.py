"""Blind-18 red-team site (part A): a ministry department's WordPress 6 site on the **Blocksy**
theme with Jetpack sharing/likes, the Post Views Counter plugin and YARPP, built blind.

What it imitates (กรมพัฒนาฝีมือแรงงาน, a Thai WordPress locale that keeps the Gregorian year):
- permalinks `/YYYY/MM/DD/pr-<id>/` (**the date in the URL**), category archive
  `/category/news/` with path paging `page/2/`, Blocksy's `nav.ct-pagination`;
- Blocksy's **hero section type-2** (`div.hero-section[data-type=type-2]`): the headline
  `h1.page-title` sits **above the content container, outside `<article>`**, under a
  breadcrumb (`nav.ct-breadcrumbs`) and over `ul.entry-meta[data-type="simple:slash"]`;
- the visible date "15 ก.พ. 2024" (**abbreviated Thai month, CE year**, the site's "j M Y"),
  the time **only in `time[datetime]`**; "อัปเดต 20 ก.พ. 2024" (`li.meta-updated-date`) only
  for edited posts, its time also only in the attribute;
- inside `div.entry-content`: the text, "ข่าว/ภาพ : <office>" as the last paragraph (some),
  Post Views Counter "จำนวนผู้เข้าชม 1,234" (`div.post-views`), Jetpack's sharedaddy
  ("แชร์สิ่งนี้:" Facebook / X / LINE / พิมพ์ / อีเมล) and likes ("ถูกใจ กำลังโหลด…"), then
  YARPP's "ข่าวที่เกี่ยวข้อง" list of titles — all in the content container, as the filters
  append them;
- Blocksy's `div.entry-tags` with "#"-prefixed tags, author box, post navigation with
  neighbour titles, comment form; sidebar "ข่าวล่าสุด" + visitor counter widget; cookie notice;
- the deleted item is a **password-protected** post (200): "ป้องกันไว้: …" and the password form.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, esc, main
from .b8_common import record
from .b13_common import B9Site, build, neighbours

DEPT = "กรมพัฒนาฝีมือแรงงาน"
SOURCES = [
    "กองประชาสัมพันธ์ กรมพัฒนาฝีมือแรงงาน",
    None,
    "สถาบันพัฒนาฝีมือแรงงาน 9 สงขลา",
    None,
    None,
    "สำนักงานพัฒนาฝีมือแรงงานนนทบุรี",
]
DELETED = "/2024/09/03/pr-8801/"
DELETED_TITLE = "ประกาศรับสมัครฝึกอบรมหลักสูตรช่างเชื่อมอาร์กโลหะ รุ่นที่ 5"
MUST_NOT = [
    "แชร์สิ่งนี้:",
    "กำลังโหลด…",
    "ข่าวที่เกี่ยวข้อง",
    "จำนวนผู้เข้าชม",
    "ข่าวก่อนหน้า",
    "ข่าวถัดไป",
    "แสดงความคิดเห็น",
    "ความเป็นส่วนตัวและคุกกี้",
    "สถิติผู้เข้าชม",
    "ถูกใจ",
]


def date_th(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class BlocksySite(B9Site):
    key = "b18_wp_blocksy"
    family = "wordpress"
    imitates = "WordPress 6 + Blocksy (hero type-2: h1 above the container, outside <article>), /YYYY/MM/DD/pr-<id>/, '15 ก.พ. 2024' (CE, time only in time[datetime]), 'อัปเดต' only when edited, Post Views Counter / Jetpack sharedaddy + likes / YARPP inside .entry-content, 'ข่าว/ภาพ :' last line (some), #tags; deleted = password-protected post (200)"
    listing_path = "/category/news/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 131, SOURCES, dt.datetime(2024, 11, 20, 15, 0), first_id=8640, step=7
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # time[datetime] on every post
            p = a.published
            a.path = f"/{p.year}/{p.month:02d}/{p.day:02d}/pr-{a.id}/"
            if i % 5 == 3:
                a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /wp-sitemap.xml\n"

    def shell(self, content, title, body_class, sidebar=True):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        side = (
            f"""<aside class="ct-sidebar" data-type="type-2" id="sidebar"><div class="ct-widget widget_block"><h3 class="widget-title">ข่าวล่าสุด</h3><ul class="wp-block-latest-posts__list">{latest}</ul></div>
<div class="ct-widget widget_wpstatistics_widget"><h3 class="widget-title">สถิติผู้เข้าชม</h3><ul><li>ผู้ใช้งานออนไลน์: <span>12</span></li><li>วันนี้: <span>1,208</span></li><li>เมื่อวาน: <span>2,431</span></li><li>ทั้งหมด: <span>1,902,337</span></li></ul></div></aside>"""
            if sidebar
            else ""
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel='stylesheet' id='ct-main-styles-css' href='/wp-content/themes/blocksy/static/bundle/main.min.css?ver=2.0.42' media='all' />
<link rel='stylesheet' id='sharedaddy-css' href='/wp-content/plugins/jetpack/modules/sharedaddy/sharing.css?ver=13.4' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.10' media='all' />
</head>
<body class="{body_class}" data-link="type-2" data-prefix="single_blog_post" data-header="type-1" data-footer="type-1">
<a class="skip-link show-on-focus" href="#main">ข้ามไปยังเนื้อหา</a>
<div class="ct-drawer-canvas" data-location="start"><div id="offcanvas" class="ct-panel ct-header" data-behaviour="right-side"></div></div>
<div id="main-container">
<header id="header" class="ct-header" data-id="type-1"><div data-device="desktop"><div data-row="middle" data-column-set="2"><div class="ct-container"><div data-column="start" data-placements="1"><div data-items="primary"><div class="site-branding" data-id="logo"><a href="/" class="site-logo-container" rel="home"><img src="/wp-content/uploads/2023/01/dsd-logo.png" class="default-logo" alt="{DEPT}"></a><div class="site-title-container"><span class="site-title"><a href="/" rel="home">{DEPT}</a></span><p class="site-description">Department of Skill Development</p></div></div></div></div>
<div data-column="end" data-placements="1"><div data-items="primary"><nav id="header-menu-1" class="header-menu-1" data-id="menu" data-interaction="hover" data-menu="type-1"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/" class="ct-menu-link">หน้าหลัก</a></li><li class="menu-item"><a href="/about/" class="ct-menu-link">เกี่ยวกับกรม</a></li><li class="menu-item current-menu-item"><a href="/category/news/" class="ct-menu-link">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/training/" class="ct-menu-link">หลักสูตรฝึกอบรม</a></li><li class="menu-item"><a href="/ita/" class="ct-menu-link">ITA</a></li><li class="menu-item"><a href="/contact/" class="ct-menu-link">ติดต่อเรา</a></li></ul></nav>
<button class="ct-header-search ct-toggle" data-toggle-panel="#search-modal" aria-label="ค้นหา" data-label="left" data-id="search"><span class="ct-label ct-hidden-sm ct-hidden-md ct-hidden-lg">ค้นหา</span></button></div></div></div></div></div></header>
<main id="main" class="site-main hfeed">
{content}
{side}
</main>
<footer id="footer" class="ct-footer" data-id="type-1"><div data-row="middle"><div class="ct-container"><div data-column="widget-area-1"><div class="ct-widget widget_text"><h3 class="widget-title">{DEPT}</h3><div class="textwidget"><p>ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400 โทร. 0 2245 4035 สายด่วน 1506 กด 4</p></div></div></div></div></div>
<div data-row="bottom"><div class="ct-container"><div data-column="copyright"><div class="ct-footer-copyright" data-id="copyright"><p>Copyright © 2024 - {DEPT} | WordPress Theme by Creative Themes</p></div></div></div></div></footer></div>
<div class="cookie-notification ct-fade-in-start" data-period="forever" data-type="type-1"><div class="container"><div class="ct-cookies-content"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งาน อ่าน<a href="/privacy-policy/">ความเป็นส่วนตัวและคุกกี้</a></p></div><div class="ct-button-group"><button type="button" class="ct-button ct-cookies-accept-button">ยอมรับ</button><button type="button" class="ct-button ct-cookies-decline-button">ปฏิเสธ</button></div></div></div>
<script src='/wp-content/themes/blocksy/static/bundle/main.js?ver=2.0.42' id='ct-scripts-js'></script>
<script src='/wp-content/plugins/jetpack/_inc/build/sharedaddy/sharing.min.js?ver=13.4' id='sharing-js-js'></script>
</body>
</html>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.id, a.title, a.published, a.paras[0]))
            if k == 1 and j == 2:
                cards.append(
                    self.card(
                        DELETED,
                        8801,
                        "ป้องกันไว้: " + DELETED_TITLE,
                        dt.datetime(2024, 9, 3, 9, 0, tzinfo=a.published.tzinfo),
                        "ไม่มีเนื้อหาย่อเนื่องจากเป็นเรื่องที่ได้รับการป้องกันไว้",
                    )
                )
        n = len(self.pages)
        nums = "".join(
            f'<span aria-current="page" class="page-numbers current">{i + 1}</span>'
            if i == k
            else f'<a class="page-numbers" href="{self.page_url(i)}">{i + 1}</a>'
            for i in range(n)
        )
        prev = (
            f'<a class="prev page-numbers" rel="prev" href="{self.page_url(k - 1)}"><svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M10.9,15c-0.2,0-0.4-0.1-0.6-0.2L3.6,8c-0.3-0.3-0.3-0.8,0-1.1l6.6-6.6"/></svg>ก่อนหน้า</a>'
            if k
            else ""
        )
        nxt = (
            f'<a class="next page-numbers" rel="next" href="{self.page_url(k + 1)}">ถัดไป <svg width="9px" height="9px" viewBox="0 0 15 15" fill="currentColor"><path d="M4.1,15c0.2,0,0.4-0.1,0.6-0.2L11.4,8c0.3-0.3,0.3-0.8,0-1.1L4.8,0.2"/></svg></a>'
            if k < n - 1
            else ""
        )
        content = f"""<div class="hero-section is-width-constrained" data-type="type-1"><header class="entry-header"><h1 class="page-title" title="ข่าวประชาสัมพันธ์">ข่าวประชาสัมพันธ์</h1></header></div>
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom"><section>
<div class="entries" data-archive="default" data-layout="grid" data-cards="boxed">{"".join(cards)}</div>
<nav class="ct-pagination" data-pagination="simple">{prev}<div class="ct-hidden-sm">{nums}</div>{nxt}</nav>
</section></div>"""
        title = f"ข่าวประชาสัมพันธ์ – หน้า {k + 1} – {DEPT}" if k else f"ข่าวประชาสัมพันธ์ – {DEPT}"
        return self.shell(
            content,
            title,
            "archive category category-news paged" if k else "archive category category-news",
        )

    def card(self, path, pid, title, d, excerpt):
        return f"""<article id="post-{pid}" class="entry-card post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news" data-reveal="bottom:no"><a class="ct-media-container boundless-image" href="{path}" aria-label="{esc(title)}"><img width="768" height="432" src="/wp-content/uploads/{d.year}/{d.month:02d}/pr-{pid}-768x432.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" loading="lazy" style="aspect-ratio: 4/3;"></a>
<ul class="entry-meta" data-type="pill" data-id="meta_1"><li class="meta-categories" data-type="pill"><a href="/category/news/" rel="tag" class="ct-term-1">ข่าวประชาสัมพันธ์</a></li></ul>
<h2 class="entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h2>
<div class="entry-excerpt"><p>{esc(excerpt[:160])}…</p></div>
<ul class="entry-meta" data-type="simple:slash" data-id="meta_2"><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{d.isoformat()}">{date_th(d)}</time></li></ul></article>"""

    def meta(self, a):
        upd = ""
        if a.modified:
            upd = f'<li class="meta-updated-date" itemprop="dateModified"><span>อัปเดต </span><time class="ct-meta-element-date" datetime="{a.modified.isoformat()}">{date_th(a.modified)}</time></li>'
        return f"""<ul class="entry-meta" data-type="simple:slash" data-id="single-meta"><li class="meta-author" itemprop="author" itemscope="" itemtype="https://schema.org/Person"><a class="ct-meta-element-author" href="/author/prdsd/" title="เขียนโดย ผู้ดูแลข่าว" rel="author" itemprop="url"><span itemprop="name">ผู้ดูแลข่าว</span></a></li><li class="meta-date" itemprop="datePublished"><time class="ct-meta-element-date" datetime="{a.published.isoformat()}">{date_th(a.published)}</time></li>{upd}<li class="meta-categories" data-type="simple"><a href="/category/news/" rel="tag" class="ct-term-1">ข่าวประชาสัมพันธ์</a></li></ul>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        sign = (
            f'\n<p class="has-text-align-right"><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        share = "".join(
            f'<li class="share-{k}"><a rel="nofollow noopener noreferrer" data-shared="sharing-{k}-{a.id}" class="share-{k} sd-button share-icon" href="{a.path}?share={k}&amp;nb=1" target="_blank" title="คลิกเพื่อแชร์บน {label}"><span>{label}</span></a></li>'
            for k, label in (
                ("facebook", "Facebook"),
                ("x", "X"),
                ("jetpack-whatsapp", "WhatsApp"),
                ("print", "พิมพ์"),
                ("email", "อีเมล"),
            )
        )
        related = [b for b in self.articles if b is not a][(a.id % 5) : (a.id % 5) + 4]
        yarpp = "".join(
            f'<li><a href="{b.path}" rel="bookmark" title="{esc(b.title)}">{esc(b.title)}</a> <small>({date_th(b.published)})</small></li>'
            for b in related
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="entry-tags is-width-constrained "><span class="ct-module-title">แท็ก</span><div class="entry-tags-items">'
                + "".join(
                    f'<a href="/tag/{esc(t)}/" rel="tag"><span>#</span>{esc(t)}</a>' for t in a.tags
                )
                + "</div></div>"
            )
        nav = '<nav class="post-navigation is-width-constrained ">'
        nav += (
            f'<a href="{older.path}" class="nav-item-prev"><figure class="ct-media-container"><img src="/wp-content/uploads/pr-{older.id}-150x150.jpg" alt=""></figure><div class="item-content"><span class="item-label">ข่าวก่อนหน้า</span><span class="item-title ct-hidden-sm">{esc(older.title)}</span></div></a>'
            if older
            else '<div class="nav-item-prev"></div>'
        )
        nav += (
            f'<a href="{newer.path}" class="nav-item-next"><div class="item-content"><span class="item-label">ข่าวถัดไป</span><span class="item-title ct-hidden-sm">{esc(newer.title)}</span></div><figure class="ct-media-container"><img src="/wp-content/uploads/pr-{newer.id}-150x150.jpg" alt=""></figure></a>'
            if newer
            else '<div class="nav-item-next"></div>'
        )
        nav += "</nav>"
        content = f"""<div class="hero-section" data-type="type-2"><figure><div class="ct-media-container"><img src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr-{a.id}.jpg" alt="" loading="lazy"></div></figure>
<header class="entry-header ct-container-narrow"><nav class="ct-breadcrumbs" data-source="default" itemscope="" itemtype="https://schema.org/BreadcrumbList"><span class="first-item" itemprop="itemListElement" itemscope="" itemtype="https://schema.org/ListItem"><a href="/" itemprop="item"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></span><span class="item-0" itemprop="itemListElement" itemscope="" itemtype="https://schema.org/ListItem"><a href="/category/news/" itemprop="item"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="2"></span></nav>
<h1 class="page-title" title="{esc(a.title)}" itemprop="headline">{esc(a.title)}</h1>{self.meta(a)}</header></div>
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="entry-content is-layout-flow">
{paras}{sign}
<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม </span> <span class="post-views-count">{a.views:,}</span></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์สิ่งนี้:</h3><div class="sd-content"><ul>{share}<li class="share-end"></li></ul></div></div></div>
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded" id="like-post-wrapper-201884302-{a.id}" data-src="https://widgets.wp.com/likes/#blog_id=201884302&amp;post_id={a.id}" data-name="like-post-frame-201884302-{a.id}" data-title="ถูกใจ หรือ รีบล็อก"><h3 class="sd-title">ถูกใจ สิ่งนี้:</h3><span class="button"><span>ถูกใจ</span></span> <span class="loading">กำลังโหลด…</span><span class="sd-text-color"></span><a class="sd-link-color"></a></div>
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<!-- YARPP List -->
<h3>ข่าวที่เกี่ยวข้อง:</h3><ol>{yarpp}</ol>
</div>
</div>
{tags}
<div class="author-box is-width-constrained " data-type="type-2"><div class="ct-media-container"><img src="/wp-content/uploads/avatar-pr.png" alt="" width="60" height="60"></div><section><h5 class="author-box-name">ผู้ดูแลข่าว</h5><div class="author-box-bio"><p>กองประชาสัมพันธ์ {DEPT}</p></div><a href="/author/prdsd/" class="ct-author-box-more">บทความทั้งหมด</a></section></div>
{nav}
</article>
<div class="ct-comments-container"><div class="ct-container-narrow"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">ยกเลิกการตอบ</a></small></h2><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form has-website-field has-labels-inside" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><p class="comment-form-field-input-author"><label for="author">ชื่อ<b class="required">&nbsp;*</b></label><input id="author" name="author" type="text" value="" size="30" required></p><p class="comment-form-field-textarea"><label for="comment">เพิ่มความคิดเห็น<b class="required">&nbsp;*</b></label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit"><button name="submit" type="submit" id="submit" class="submit" value="ส่งความเห็น">ส่งความเห็น</button> <input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID'></p></form></div></div></div>
</div>"""
        return self.shell(
            content,
            f"{a.title} – {DEPT}",
            f"post-template-default single single-post postid-{a.id} single-format-standard",
        )

    def deleted(self):
        content = f"""<div class="hero-section" data-type="type-2"><header class="entry-header ct-container-narrow"><nav class="ct-breadcrumbs" data-source="default"><span class="first-item"><a href="/"><span>หน้าแรก</span></a></span><span class="item-0"><a href="/category/news/"><span>ข่าวประชาสัมพันธ์</span></a></span></nav>
<h1 class="page-title" title="ป้องกันไว้: {esc(DELETED_TITLE)}">ป้องกันไว้: {esc(DELETED_TITLE)}</h1><ul class="entry-meta" data-type="simple:slash"><li class="meta-date"><time class="ct-meta-element-date" datetime="2024-09-03T09:00:00+07:00">3 ก.ย. 2024</time></li></ul></header></div>
<div class="ct-container" data-sidebar="right" data-vertical-spacing="top:bottom">
<article id="post-8801" class="post-8801 post type-post status-publish format-standard post-password-required hentry category-news">
<div class="entry-content is-layout-flow">
<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันไว้ด้วยรหัสผ่าน กรุณาใส่รหัสผ่านของคุณด้านล่างเพื่อดู:</p><p><label for="pwbox-8801">รหัสผ่าน: <input name="post_password" id="pwbox-8801" type="password" spellcheck="false" size="20"></label> <input type="submit" name="Submit" value="ส่ง"></p></form>
</div>
</article>
</div>"""
        return self.shell(
            content,
            f"ป้องกันไว้: {DELETED_TITLE} – {DEPT}",
            "post-template-default single single-post postid-8801 post-password-required",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [b for b in self.articles if b is not a][(a.id % 5) : (a.id % 5) + 4]
            must_not = [
                *MUST_NOT,
                older.title if older else "",
                newer.title if newer else "",
                *(b.title for b in related),
                "ถนนมิตรไมตรี",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = BlocksySite()

if __name__ == "__main__":
    main(SITE)
