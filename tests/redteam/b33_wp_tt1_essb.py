"""Blind-33 red-team site (part A): **WordPress 6.5 + Twenty Twenty-One** (the stock theme)
run by a provincial fisheries office (สำนักงานประมงจังหวัดสตูล), Thai locale, **plain
permalinks** (`/?p=N`, `/?cat=3&paged=N`), with Easy Social Share Buttons, WP-PostViews,
WP-PostRatings and Polylang, built blind.

What it imitates:
- WordPress fingerprints: generator meta, `/wp-content/themes/twentytwentyone/`,
  `/wp-includes/`, `/wp-json/`, `/?feed=rss2`, `?p=N` (the default "Plain" permalink setting);
- Twenty Twenty-One shell: `#page.site`, `a.skip-link`, `header#masthead.site-header`,
  `.site-branding`, `nav#site-navigation.primary-navigation`, `#content.site-content` >
  `#primary.content-area` > `main#main.site-main`, `footer#colophon.site-footer` with
  `.site-info` "ขับเคลื่อนโดย WordPress", widget area `aside.widget-area` **below** the main;
- single: `header.entry-header.alignwide > h1.entry-title`, `.entry-content` holding ESSB's
  share bar before the text ("แชร์" total + network labels) and after it, WP-PostRatings
  stars and "(โหวต N ครั้ง, เฉลี่ย: X จาก 5)", a typed "ภาพ/ข่าว : office" sign-off (some),
  a `wp-block-file` attachment (some); `footer.entry-footer.default-max-width` carries
  `.posted-by` with "เผยแพร่ <time class="entry-date published updated" datetime=ISO>5 มีนาคม
  2024</time>" (**TT1 prints the day in the locale's 'j F Y' with the CE year; the time only
  in `datetime`**), "โดย login", "อ่าน N ครั้ง" from WP-PostViews, `.cat-links` and
  `.tags-links`; `nav.post-navigation` with "เรื่องก่อนหน้า" / "เรื่องถัดไป" neighbour titles;
  comment form with "ต้องเข้าสู่ระบบ เพื่อแสดงความคิดเห็น";
- Polylang language switcher (ไทย / English) in the header menu;
- listing: `/?cat=3`, `/?cat=3&paged=2`, `/?cat=3&paged=3` (TT1 `nav.pagination` with
  "หน้าก่อน" / numbers / "หน้าถัดไป").
Deleted: `/?p=5517`, a trashed post: WordPress answers with the theme's "ไม่พบ" page
(`section.no-results.not-found`, "ไม่พบสิ่งที่คุณกำลังค้นหา") but — as some cache plugins
leave it — with status 200.
"""

from __future__ import annotations

import datetime as dt
import json
from urllib.parse import quote

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประมงจังหวัดสตูล"
TAGLINE = "ส่งเสริมการประมงอย่างยั่งยืน เพื่อชาวประมงสตูล"
HOST = "https://satun.fisheries.go.th"
T = "/wp-content/themes/twentytwentyone"
PER_PAGE = 9
DELETED_ID = 5517
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการประมง สำนักงานประมงจังหวัดสตูล",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดสตูล",
    None,
    None,
    "ฝ่ายบริหารทั่วไป สำนักงานประมงจังหวัดสตูล",
]
LOGINS = ["fishery_satun", "editor01", "admin"]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่ท่าน"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 402,118 คน"


def wp_date(d: dt.datetime) -> str:
    """date_i18n('j F Y') in th: '5 มีนาคม 2024' (CE year)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class TT1Site(BaseSite):
    key = "b33_wp_tt1_essb"
    family = "wordpress"
    imitates = "WordPress 6.5 + Twenty Twenty-One with Easy Social Share Buttons, WP-PostViews, WP-PostRatings, Polylang; provincial fisheries office; plain permalinks /?p=N and /?cat=3&paged=N; h1.entry-title; date only in footer.entry-footer 'เผยแพร่ 5 มีนาคม 2024' (j F Y, CE year, time only in time@datetime), 'อ่าน N ครั้ง'; ESSB bars, PostRatings line, 'ภาพ/ข่าว :' sign-off (some), wp-block-file (some) inside .entry-content; post-navigation with titles; deleted = trashed post answering 200 with the theme's no-results section"
    listing_path = "/?cat=3"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 30, 15, 10, tzinfo=TZ), offset=337
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 5600
        for i, a in enumerate(arts):
            pid -= 3 + (i * 7) % 5
            if pid == DELETED_ID:
                pid -= 1
            a.id = pid
            a.time_printed = True  # time@datetime and JSON-LD
            a.modified = None  # TT1 prints only the published date
            a.path = f"/?p={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["file"] = i % 5 == 2
            a.extra["image"] = i % 4 == 1
            a.extra["shares"] = (a.views * 3) % 70 + 2
            a.extra["votes"] = (a.views % 17) + 1
            a.extra["avg"] = f"{3 + (a.views % 20) / 10:.2f}"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return ["/?cat=3"] + [f"/?cat=3&paged={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra=""):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} ครั้ง</li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!doctype html>
<html lang="th" class="no-js respond-to-dark-mode">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<meta name='robots' content='max-image-preview:large' />
	<title>{esc(title)}</title>
	<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/?feed=rss2" />
	<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="{HOST}/?feed=comments-rss2" />
	<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
	<link rel='stylesheet' id='easy-social-share-buttons-css' href='/wp-content/plugins/easy-social-share-buttons3/assets/css/easy-social-share-buttons.min.css?ver=9.4' media='all' />
	<link rel='stylesheet' id='wp-postratings-css' href='/wp-content/plugins/wp-postratings/css/postratings-css.css?ver=1.91.1' media='all' />
	<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{T}/style.css?ver=2.2' media='all' />
	<link rel='stylesheet' id='twenty-twenty-one-print-style-css' href='{T}/assets/css/print.css?ver=2.2' media='print' />
	<link rel="https://api.w.org/" href="{HOST}/index.php?rest_route=/" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
	<meta name="generator" content="WordPress 6.5.3" />
{head_extra}</head>
<body class="{body_class} wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
	<header id="masthead" class="site-header has-title-and-tagline has-menu">
		<div class="site-branding">
			<div class="site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="96" height="96" src="/wp-content/uploads/2021/08/logo-fisheries.png" class="custom-logo" alt="{OFFICE}" /></a></div>
			<p class="site-title"><a href="/" rel="home">{OFFICE}</a></p>
			<p class="site-description">{TAGLINE}</p>
		</div><!-- .site-branding -->
		<nav id="site-navigation" class="primary-navigation" aria-label="เมนูหลัก">
			<div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">เมนู</span><span class="dropdown-icon close">ปิด</span></button></div>
			<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/?page_id=12">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="/?cat=3">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/?cat=5">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/?page_id=44">ITA</a></li><li class="lang-item lang-item-2 lang-item-th current-lang lang-item-first menu-item"><a href="/?lang=th" hreflang="th-TH" lang="th-TH"><img src="/wp-content/plugins/polylang/flags/th.png" alt="" width="16" height="11" /><span style="margin-left:0.3em;">ไทย</span></a></li><li class="lang-item lang-item-5 lang-item-en menu-item"><a href="/?lang=en" hreflang="en-GB" lang="en-GB"><img src="/wp-content/plugins/polylang/flags/gb.png" alt="" width="16" height="11" /><span style="margin-left:0.3em;">English</span></a></li></ul></div>
		</nav><!-- #site-navigation -->
	</header><!-- #masthead -->
	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">
{content}
			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->
	<aside class="widget-area">
		<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1">ค้นหา…</label><input type="search" id="search-form-1" class="search-field" value="" name="s" /><input type="submit" class="search-submit" value="ค้นหา" /></form></section>
		<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด"><ul>{recent}</ul></nav></section>
		<section id="views-2" class="widget widget_views"><h2 class="widget-title">ข่าวที่มีผู้อ่านมากที่สุด</h2><ul>{popular}</ul></section>
		<section id="text-4" class="widget widget_text"><h2 class="widget-title">สถิติ</h2><div class="textwidget"><p>{SITE_COUNTER}</p></div></section>
	</aside><!-- .widget-area -->
	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="site-name"><a href="/">{OFFICE}</a></div>
			<div class="privacy-policy"><a class="privacy-policy-link" href="/?page_id=3">นโยบายความเป็นส่วนตัว</a></div>
			<div class="powered-by">ขับเคลื่อนโดย <a href="https://wordpress.org/">WordPress</a></div>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a></span></div></div>
<script src='{T}/assets/js/primary-navigation.js?ver=2.2' id='twenty-twenty-one-primary-navigation-script-js'></script>
<script src='/wp-content/plugins/wp-postratings/js/postratings-js.js?ver=1.91.1' id='wp-postratings-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def listing(self, k):
        n = len(self.pages)
        rows = list(self.pages[k - 1])
        items = []
        for a in rows:
            items.append(self.teaser(a.title, a.path, a, a.id))
        if k == 2:
            g = self.pages[1][4]
            items.insert(
                2,
                self.teaser(
                    "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือกพนักงานราชการ ตำแหน่งเจ้าพนักงานประมง",
                    f"/?p={DELETED_ID}",
                    g,
                    DELETED_ID,
                ),
            )

        def href(j):
            return "/?cat=3" if j == 1 else f"/?cat=3&amp;paged={j}"

        nav = []
        if k > 1:
            nav.append(f'<a class="prev page-numbers" href="{href(k - 1)}">หน้าก่อน</a>')
        for j in range(1, n + 1):
            if j == k:
                nav.append(f'<span aria-current="page" class="page-numbers current">{j}</span>')
            else:
                nav.append(f'<a class="page-numbers" href="{href(j)}">{j}</a>')
        if k < n:
            nav.append(f'<a class="next page-numbers" href="{href(k + 1)}">หน้าถัดไป</a>')
        content = f"""<header class="page-header alignwide"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header><!-- .page-header -->
{"".join(items)}
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(nav)}</div></nav>"""
        title = f"ข่าวประชาสัมพันธ์ – {OFFICE}" if k == 1 else f"ข่าวประชาสัมพันธ์ – หน้า {k} – {OFFICE}"
        return self.shell(title, content, "archive category category-news category-3 hfeed")

    def teaser(self, title, path, a, pid):
        thumb = ""
        if a.extra["image"]:
            thumb = f'<figure class="post-thumbnail"><a class="post-thumbnail-inner alignwide" href="{path}" aria-hidden="true" tabindex="-1"><img width="1568" height="1045" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{pid}-1568x1045.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" /></a></figure>'
        return f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-news entry">
	<header class="entry-header">
		<h2 class="entry-title default-max-width"><a href="{path}">{esc(title)}</a></h2>{thumb}
	</header><!-- .entry-header -->
	<div class="entry-content"><p>{esc(a.paras[0][:180])} [&hellip;]</p>
<div class="more-link-container"><a class="more-link" href="{path}">อ่านต่อ<span class="screen-reader-text">{esc(title)}</span></a></div></div><!-- .entry-content -->
	<footer class="entry-footer default-max-width"><span class="posted-on">เผยแพร่ <time class="entry-date published updated" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><div class="post-taxonomies"><span class="cat-links">หมวดหมู่ <a href="/?cat=3" rel="category">ข่าวประชาสัมพันธ์</a></span></div></footer><!-- .entry-footer -->
</article><!-- #post-{pid} -->
"""

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def essb(self, a, where):
        url = quote(f"{HOST}{a.path}", safe="")
        nets = [
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
            ("twitter", "X", f"https://x.com/intent/tweet?text={quote(a.title)}&url={url}"),
            ("line", "LINE", f"https://social-plugins.line.me/lineit/share?url={url}"),
            ("mail", "อีเมล", "#"),
            ("print", "พิมพ์", "#"),
        ]
        lis = "".join(
            f'<li class="essb_item essb_link_{c} nolightbox" data-network="{c}"><a href="{h}" title="แชร์บน {lab}" class="nolightbox" rel="noreferrer noopener nofollow" target="_blank"><span class="essb_icon essb_icon_{c}"></span><span class="essb_network_name">{lab}</span></a></li>'
            for c, lab, h in nets
        )
        total = f'<li class="essb_item essb_totalcount_item" data-counter-pos="left"><span class="essb_totalcount essb_t_l_big" title=""><span class="essb_t_nb">{a.extra["shares"]}<span class="essb_t_nb_after">แชร์</span></span></span></li>'
        return f'<div class="essb_links essb_counters essb_displayed_{where} essb_share essb_template_metro-retina essb_{a.id}_{where} print-no" id="essb_displayed_{where}_{a.id}" data-essb-postid="{a.id}" data-essb-position="{where}" data-essb-template="metro-retina"><ul class="essb_links_list">{total}{lis}</ul></div>'

    def ratings(self, a):
        stars = "".join(
            f'<img id="rating_{a.id}_{s}" src="/wp-content/plugins/wp-postratings/images/stars/rating_{"on" if s <= 4 else "off"}.gif" alt="{s} ดาว" title="{s} ดาว" class="post-ratings-image" />'
            for s in range(1, 6)
        )
        return f'<div id="post-ratings-{a.id}" class="post-ratings" data-nonce="a1b2c3d4e5">{stars} (<strong>{a.extra["votes"]}</strong> โหวต, เฉลี่ย: <strong>{a.extra["avg"]}</strong> จาก 5)<br /><span class="post-ratings-text" id="ratings_{a.id}_text"></span></div><div id="post-ratings-{a.id}-loading" class="post-ratings-loading"><img src="/wp-content/plugins/wp-postratings/images/loading.gif" width="16" height="16" class="post-ratings-image" />กำลังโหลด...</div>'

    def single(self, a):
        newer, older = self.neighbours(a)
        login = a.extra["login"]
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /></figure>',
            )
        body = "\n\n".join(paras)
        sign = (
            f'\n\n<p class="has-text-align-right"><strong>ภาพ/ข่าว : {esc(a.source)}</strong></p>'
            if a.source
            else ""
        )
        fileblock = ""
        if a.extra["file"]:
            fileblock = f'\n\n<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf">เอกสารประกอบ-{a.id}.pdf</a><a href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links">ติดแท็ก '
                + ", ".join(f'<a href="/?tag={quote(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><p class="meta-nav"><svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg>เรื่องก่อนหน้า</p><p class="post-title">{esc(older.title)}</p></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><p class="meta-nav">เรื่องถัดไป<svg class="svg-icon" width="24" height="24" aria-hidden="true"></svg></p><p class="post-title">{esc(newer.title)}</p></a></div>'
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news entry">
	<header class="entry-header alignwide">
		<h1 class="entry-title">{esc(a.title)}</h1>
	</header><!-- .entry-header -->
	<div class="entry-content">
{self.essb(a, "top")}
{body}{sign}{fileblock}
{self.ratings(a)}
{self.essb(a, "bottom")}
	</div><!-- .entry-content -->
	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on">เผยแพร่ <time class="entry-date published updated" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><span class="byline">โดย <a href="/?author={LOGINS.index(login) + 1}" rel="author">{login}</a></span><span class="post-views">อ่าน {a.views:,} ครั้ง</span></div>
		<div class="post-taxonomies"><span class="cat-links">หมวดหมู่ <a href="/?cat=3" rel="category tag">ข่าวประชาสัมพันธ์</a> </span>{tags}</div>
	</footer><!-- .entry-footer -->
</article><!-- #post-{a.id} -->
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">เมนูนำทาง เรื่อง</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area default-max-width show-avatars">
	<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">แสดงความเห็น</h2><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to={quote(HOST + a.path, safe="")}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div><!-- #respond -->
</div><!-- #comments -->"""
        canon = f"{HOST}{a.path}"
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title[:110],
            "datePublished": a.published.isoformat(),
            "author": {"@type": "Person", "name": login},
            "publisher": {"@type": "Organization", "name": OFFICE},
            "mainEntityOfPage": canon,
        }
        head = f"""	<link rel="canonical" href="{canon}" />
	<link rel='shortlink' href='{HOST}/?p={a.id}' />
	<link rel="alternate" href="{canon}" hreflang="th" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(a.title)}" />
	<meta property="og:url" content="{canon}" />
	<meta property="og:site_name" content="{OFFICE}" />
	<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def trashed(self):
        content = """<header class="page-header alignwide"><h1 class="page-title">ไม่พบ</h1></header><!-- .page-header -->
<section class="no-results not-found"><div class="page-content default-max-width"><p>ไม่พบสิ่งที่คุณกำลังค้นหา อาจลองใช้การค้นหาดูได้</p><form role="search" method="get" class="search-form" action="/"><label for="search-form-2">ค้นหา…</label><input type="search" id="search-form-2" class="search-field" value="" name="s" /><input type="submit" class="search-submit" value="ค้นหา" /></form></div></section>"""
        return self.shell(f"ไม่พบหน้า – {OFFICE}", content, "error404 hfeed")

    def route(self, path, query, raw_query, base):
        if path != "/":
            return None
        if "p" in query:
            p = query["p"][0]
            if p.isdigit() and int(p) in self.by_id:
                return self.html_response(self.single(self.by_id[int(p)]))
            if p == str(DELETED_ID):
                return self.html_response(self.trashed())
            return None
        if query.get("cat") == ["3"]:
            k = query.get("paged", ["1"])[0]
            if k.isdigit() and 1 <= int(k) <= len(self.pages):
                return self.html_response(self.listing(int(k)))
            return None
        if query.get("feed") == ["rss2"]:
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{esc(a.path)}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><generator>https://wordpress.org/?v=6.5.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if not raw_query:
            return 302, {"Location": base + "/?cat=3"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                wp_date(a.published),
                f"อ่าน {a.views:,} ครั้ง",
                f"โดย {a.extra['login']}",
                "แชร์บน",
                "โหวต, เฉลี่ย",
                "กำลังโหลด...",
                "เรื่องก่อนหน้า",
                "เรื่องถัดไป",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่มีผู้อ่านมากที่สุด",
                SITE_COUNTER,
                TAGLINE,
                COOKIE,
                "ขับเคลื่อนโดย",
                "ข้ามไปยังเนื้อหา",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["file"]:
                must_not.append(f"เอกสารประกอบ-{a.id}.pdf")
            if a.tags:
                must_not.append("ติดแท็ก")
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = TT1Site()

if __name__ == "__main__":
    main(SITE)
