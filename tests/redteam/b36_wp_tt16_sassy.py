"""Blind-36 red-team site (part A): **WordPress 6.2 + Twenty Sixteen** (classic theme) run by a
provincial community-development office (สำนักงานพัฒนาชุมชนจังหวัดน่าน), with Polylang,
Sassy Social Share, Page Views Count (a3rev), Contextual Related Posts and Download Monitor,
built blind.

What it imitates:
- fingerprints: `generator` "WordPress 6.2.2", `/wp-content/themes/twentysixteen/`, `/wp-json/`,
  `xmlrpc.php?rsd`, `/th/feed/`, Polylang `hreflang` alternates and a language-switcher widget;
  permalinks `/th/archives/<ID>` (Polylang language directory);
- single: `article.hentry`, `header.entry-header h1.entry-title`, `div.entry-content` holding a
  Sassy Social Share bar above and below the text, a typed "ข่าว : ..." / "ภาพ/ข่าว : ..."
  sign-off paragraph (some), a Download Monitor link with its own download counter (some), the
  Page Views Count line (English strings left untranslated: "1,234 total views, 5 views
  today") and the Contextual Related Posts list; **the date only in `footer.entry-footer`
  below the text**: Twenty Sixteen's `posted-on` link with `time.entry-date.published` ("5 มี.ค.
  2024", `j M Y`, CE, no visible time; ISO with the time in `datetime`) followed, for edited
  posts only, by `time.updated` (hidden by CSS); byline with the author login name, category
  and tag links; comments login prompt; post navigation with neighbour titles;
- sidebar: search, Polylang switcher, "เรื่องล่าสุด", archives; footer with address;
- listing: `/th/category/news/` then `/th/category/news/page/N/` (`nav.pagination`).
Deleted: `/th/archives/2291`, a password-protected post ("ป้องกัน: ..." and the
`post-password-form`, no text) answering 200.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
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

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
HOST = "https://nan.cdd.go.th"
T = "/wp-content/themes/twentysixteen"
PER_PAGE = 7
SOURCES = [
    ("ข่าว", "กลุ่มงานส่งเสริมการพัฒนาชุมชน"),
    None,
    ("ภาพ/ข่าว", "สำนักงานพัฒนาชุมชนอำเภอปัว"),
    None,
    ("ข่าว", "ฝ่ายอำนวยการ"),
]
AUTHORS = ["pr_nan", "admin_cdd", "webmaster"]
DELETED_ID = 2291
DELETED = f"/th/archives/{DELETED_ID}"
DELETED_TITLE = "ประกาศผลการคัดเลือกหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ"
SHARE_TITLE = "แชร์ข่าวนี้"


def wpdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class TT16Site(BaseSite):
    key = "b36_wp_tt16_sassy"
    family = "wordpress"
    imitates = "WordPress 6.2 + Twenty Sixteen, Thai provincial community-development office, Polylang + Sassy Social Share + Page Views Count + Contextual Related Posts + Download Monitor: /th/archives/ID; h1.entry-title; share bars, 'N total views, M views today', related list and download counter inside entry-content; date only in entry-footer below the text (time.entry-date.published 'j M Y' CE, time only in datetime; time.updated only for edited posts); byline login name; /th/category/news/page/N/; deleted = password-protected post (200)"
    listing_path = "/th/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 20, 16, 0, tzinfo=TZ), offset=811
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 2340
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 3 + i % 4
            if pid == DELETED_ID:
                pid -= 1
            a.time_printed = True  # datetime attribute always carries the time
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["file"] = i % 5 == 3
            a.extra["thumb"] = i % 3 == 1
            a.extra["today"] = (a.views * 3) % 17 + 1
            a.extra["en"] = i % 6 == 0
            a.path = f"/th/archives/{a.id}"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------ shell

    def sidebar(self):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        months = sorted(
            {(a.published.year, a.published.month) for a in self.articles}, reverse=True
        )
        arch = "".join(
            f"<li><a href='/th/{y}/{m:02d}/'>{['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'][m - 1]} {y}</a></li>"
            for y, m in months
        )
        return f"""<aside id="secondary" class="sidebar widget-area">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/th/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><span class="screen-reader-text">ค้นหา</span></button></form></section>
<section id="polylang-2" class="widget widget_polylang"><h2 class="widget-title">ภาษา</h2><ul><li class="lang-item lang-item-2 lang-item-th current-lang lang-item-first"><a lang="th" hreflang="th" href="{HOST}/th/">ไทย</a></li><li class="lang-item lang-item-5 lang-item-en"><a lang="en-US" hreflang="en-US" href="{HOST}/en/">English</a></li></ul></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด"><ul>{recent}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><nav aria-label="คลังเก็บ"><ul>{arch}</ul></nav></section>
</aside>"""

    def shell(self, title, main_html, body_class, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th" class="no-js">
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/th/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.2.2' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/assets/css/style.min.css?ver=2.6.0' media='all' />
<link rel='stylesheet' id='crp-style-text-only-css' href='/wp-content/plugins/contextual-related-posts/css/text-only.min.css?ver=3.3.4' media='all' />
<link rel='stylesheet' id='heateor_sss_frontend_css-css' href='/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.52' media='all' />
<link rel='stylesheet' id='twentysixteen-fonts-css' href='{T}/fonts/merriweather-plus-montserrat-plus-inconsolata.css?ver=20230328' media='all' />
<link rel='stylesheet' id='twentysixteen-style-css' href='{T}/style.css?ver=20230328' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.2.2" />
{head_extra}</head>
<body class="{body_class}">
<div id="page" class="site">
	<div class="site-inner">
		<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
		<header id="masthead" class="site-header">
			<div class="site-header-main">
				<div class="site-branding">
					<p class="site-title"><a href="{HOST}/th/" rel="home">{OFFICE}</a></p>
					<p class="site-description">พัฒนาชุมชนน่าน ยิ้มง่าย ใส่ใจบริการ</p>
				</div>
				<button id="menu-toggle" class="menu-toggle">เมนู</button>
				<div id="site-header-menu" class="site-header-menu">
					<nav id="site-navigation" class="main-navigation" aria-label="เมนูหลัก">
						<div class="menu-main-th-container"><ul id="menu-main-th" class="primary-menu"><li class="menu-item"><a href="{HOST}/th/">หน้าแรก</a></li><li class="menu-item"><a href="{HOST}/th/about/">ข้อมูลหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{HOST}/th/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{HOST}/th/otop/">ผลิตภัณฑ์ OTOP</a></li><li class="menu-item"><a href="{HOST}/th/ita/">ITA</a></li><li class="menu-item"><a href="{HOST}/th/contact/">ติดต่อเรา</a></li></ul></div>
					</nav>
				</div>
			</div>
			<div class="header-image"><a href="{HOST}/th/" rel="home"><img src="/wp-content/uploads/2022/11/cropped-banner-nan.jpg" width="1200" height="280" alt="{OFFICE}" /></a></div>
		</header>
		<div id="content" class="site-content">
{main_html}
{self.sidebar()}
		</div>
		<footer id="colophon" class="site-footer">
			<nav class="social-navigation" aria-label="เมนูลิงก์โซเชียล"><ul class="social-links-menu"><li><a href="https://www.facebook.com/cddnan"><span class="screen-reader-text">Facebook</span></a></li></ul></nav>
			<div class="site-info">
				<span class="site-title"><a href="{HOST}/th/" rel="home">{OFFICE}</a></span>
				<p class="footer-address">ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0-5471-6095</p>
				<a href="https://wordpress.org/" class="imprint">ขับเคลื่อนโดย WordPress</a>
			</div>
		</footer>
	</div>
</div>
<script src='{T}/js/skip-link-focus-fix.js?ver=20170530' id='twentysixteen-skip-link-focus-fix-js'></script>
<script src='/wp-content/plugins/sassy-social-share/public/js/sassy-social-share-public.js?ver=3.3.52' id='heateor_sss_sharing_js-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = [self.summary(a.title, a.path, a) for a in self.pages[k - 1]]
        if k == 2:
            items.insert(
                2,
                self.summary(f"ป้องกัน: {DELETED_TITLE}", DELETED, self.pages[1][2], protected=True),
            )
        n = len(self.pages)

        def href(j):
            return self.listing_path if j == 1 else f"{self.listing_path}page/{j}/"

        links = []
        if k > 1:
            links.append(f'<a class="prev page-numbers" href="{href(k - 1)}">หน้าก่อนหน้า</a>')
        for j in range(1, n + 1):
            lab = f'<span class="meta-nav screen-reader-text">หน้า </span>{j}'
            if j == k:
                links.append(f'<span aria-current="page" class="page-numbers current">{lab}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{href(j)}">{lab}</a>')
        if k < n:
            links.append(f'<a class="next page-numbers" href="{href(k + 1)}">หน้าถัดไป</a>')
        return f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(items)}
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>
</main></div>"""

    def summary(self, title, path, a, protected=False):
        thumb = ""
        if a.extra["thumb"] and not protected:
            thumb = f'<a class="post-thumbnail" href="{path}" aria-hidden="true"><img width="1200" height="800" src="/wp-content/uploads/{a.published:%Y/%m}/cdd-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{esc(title)}" /></a>'
        text = (
            '<form class="post-password-form"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน</p></form>'
            if protected
            else f'<p>{esc(a.paras[0][:180])} &hellip; <a href="{path}" class="more-link">อ่านต่อ<span class="screen-reader-text"> &#8220;{esc(title)}&#8221;</span></a></p>'
        )
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<header class="entry-header"><h2 class="entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h2></header>
{thumb}<div class="entry-summary">{text}</div>
<footer class="entry-footer">{self.posted_on(a, path)}</footer>
</article>
"""

    # ------------------------------------------------------------ single

    def posted_on(self, a, path):
        if a.modified:
            t = f'<time class="entry-date published" datetime="{a.published.isoformat()}">{wpdate(a.published)}</time><time class="updated" datetime="{a.modified.isoformat()}">{wpdate(a.modified)}</time>'
        else:
            t = f'<time class="entry-date published updated" datetime="{a.published.isoformat()}">{wpdate(a.published)}</time>'
        return f'<span class="posted-on"><span class="screen-reader-text">เขียนเมื่อ </span><a href="{path}" rel="bookmark">{t}</a></span>'

    def sss(self, a):
        url = quote(HOST + a.path, safe="")
        return f"""<div class='heateorSssClear'></div><div class='heateor_sss_sharing_container heateor_sss_horizontal_sharing' data-heateor-sss-href='{HOST}{a.path}'><div class='heateor_sss_sharing_title' style="font-weight:bold">{SHARE_TITLE}</div><div class="heateor_sss_sharing_ul"><a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" title="Facebook" rel="nofollow noopener" target="_blank" style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle"><span class="heateor_sss_svg" style="background-color:#0765FE;width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left;font-size:32px;box-shadow:none;display:inline-block;font-size:16px;padding:0 4px;vertical-align:middle;background-repeat:repeat;overflow:hidden;padding:0;cursor:pointer;box-sizing:content-box"></span></a><a aria-label="Twitter" class="heateor_sss_button_twitter" href="https://twitter.com/intent/tweet?text={quote(a.title)}&url={url}" title="Twitter" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_twitter"></span></a><a aria-label="Line" class="heateor_sss_button_line" href="https://social-plugins.line.me/lineit/share?url={url}" title="Line" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_line"></span></a><a class="heateor_sss_more" aria-label="More" title="More" rel="nofollow noopener" href="{HOST}{a.path}" onclick="event.preventDefault()"><span class="heateor_sss_svg" style="background-color:#ee8e2d"></span></a></div><div class="heateorSssClear"></div></div><div class='heateorSssClear'></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 2, i - 1, i + 4, i - 3, i + 1)
            if 0 <= j < len(self.articles) and j != i
        ][:4]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def download(self, a):
        n = (a.id * 7) % 90 + 3
        return f'<p><a class="download-link" title="" href="{HOST}/download/{a.id + 5000}/" rel="nofollow">สรุปผลการดำเนินงาน-{a.id}.pdf (ดาวน์โหลด {n} ครั้ง)</a></p>'

    def pvc(self, a):
        return f'<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all  " data-element-id="{a.id}" style=""><i class="pvc-stats-icon medium" aria-hidden="true"></i> {a.views:,}&nbsp;total views, {a.extra["today"]}&nbsp;views today</p><div class="pvc_clear"></div>'

    def single(self, a):
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["label"]:
            body.append(f"<p>{a.extra['label']} : {esc(a.source)}</p>")
        if a.extra["file"]:
            body.append(self.download(a))
        rel = "".join(
            f'<li><a href="{r.path}" class="crp_link post-{r.id}"><span class="crp_title">{esc(r.title)}</span></a></li>'
            for r in self.related(a)
        )
        crp = f'<div class="crp_related     crp-text-only"><h3>เรื่องที่เกี่ยวข้อง:</h3><ul>{rel}</ul><div class="crp_clear"></div></div>'
        thumb = ""
        if a.extra["thumb"]:
            thumb = f'<div class="post-thumbnail"><img width="1200" height="800" src="/wp-content/uploads/{a.published:%Y/%m}/cdd-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>'
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links"><span class="screen-reader-text">ป้ายกำกับ </span>'
                + ", ".join(
                    f'<a href="{HOST}/th/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</span>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav" aria-hidden="true">ก่อนหน้า</span> <span class="screen-reader-text">เรื่องก่อนหน้า:</span> <span class="post-title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav" aria-hidden="true">ถัดไป</span> <span class="screen-reader-text">เรื่องถัดไป:</span> <span class="post-title">{esc(newer.title)}</span></a></div>'
        au = a.extra["author"]
        return f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
	<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1></header>
	{thumb}
	<div class="entry-content">
{self.sss(a)}{"".join(body)}{self.pvc(a)}{self.sss(a)}{crp}
	</div>
	<footer class="entry-footer"><span class="byline"><span class="author vcard"><img alt='' src='https://secure.gravatar.com/avatar/0?s=49&#038;d=mm&#038;r=g' class='avatar avatar-49 photo' height='49' width='49' /><span class="screen-reader-text">ผู้เขียน </span> <a class="url fn n" href="{HOST}/th/author/{au}/">{au}</a></span></span>{self.posted_on(a, a.path)}<span class="cat-links"><span class="screen-reader-text">หมวดหมู่ </span><a href="{HOST}/th/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{tags}</footer>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h2><p class="must-log-in">คุณต้อง <a href="{HOST}/wp-login.php?redirect_to={quote(HOST + a.path, safe="")}">เข้าสู่ระบบ</a> เพื่อจะพิมพ์ความเห็น</p></div></div>
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links">{nav}</div></nav>
</main></div>"""

    def detail(self, a):
        head = f'<link rel="canonical" href="{HOST}{a.path}" />\n<link rel=\'shortlink\' href=\'{HOST}/?p={a.id}\' />\n<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />\n'
        if a.extra["en"]:
            head += f'<link rel="alternate" href="{HOST}{a.path}" hreflang="th" />\n<link rel="alternate" href="{HOST}/en/archives/{a.id + 1}" hreflang="en" />\n'
        return self.shell(
            f"{a.title} – {OFFICE}",
            self.single(a),
            f"post-template-default single single-post postid-{a.id} single-format-standard group-blog",
            head,
        )

    def protected(self):
        main_html = f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
	<header class="entry-header"><h1 class="entry-title">ป้องกัน: {DELETED_TITLE}</h1></header>
	<div class="entry-content">
<form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน หากต้องการดู กรุณาใส่รหัสผ่านด้านล่างนี้:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
	</div>
</article>
</main></div>"""
        return self.shell(
            f"ป้องกัน: {DELETED_TITLE} – {OFFICE}",
            main_html,
            f"post-template-default single single-post postid-{DELETED_ID}",
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = 1
        elif path.startswith(self.listing_path + "page/"):
            rest = path[len(self.listing_path + "page/") :].strip("/")
            if not rest.isdigit() or not 2 <= int(rest) <= len(self.pages):
                return None
            k = int(rest)
        else:
            k = 0
        if k:
            return self.html_response(
                self.shell(
                    f"ข่าวประชาสัมพันธ์ – {OFFICE}",
                    self.listing(k),
                    "archive category category-news category-3 group-blog hfeed",
                )
            )
        p = path.rstrip("/")
        if p in self.by_path:
            return self.html_response(self.detail(self.by_path[p]))
        if p == DELETED:
            return self.html_response(self.protected())
        if path == "/th/feed/":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}/th/</link><generator>https://wordpress.org/?v=6.2.2</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path in ("/", "/th/", "/th"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                wpdate(a.published),
                SHARE_TITLE,
                "total views",
                "views today",
                f"{a.views:,}",
                "เรื่องที่เกี่ยวข้อง:",
                "ใส่ความเห็น",
                "เพื่อจะพิมพ์ความเห็น",
                "เขียนเมื่อ",
                a.extra["author"],
                "ขับเคลื่อนโดย",
                "ถนนน่าน-พะเยา",
                "ข้ามไปยังเนื้อหา",
                "เรื่องล่าสุด",
            ]
            if a.modified:
                must_not.append(wpdate(a.modified))
            if a.extra["file"]:
                must_not += [f"สรุปผลการดำเนินงาน-{a.id}.pdf", "ดาวน์โหลด"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = TT16Site()

if __name__ == "__main__":
    main(SITE)
