"""Blind-37 red-team site (part A): **WordPress 6.4 + Twenty Nineteen** (classic theme) run by a
provincial labour office (สำนักงานแรงงานจังหวัดลำปาง), with Simple Share Buttons Adder, Post
Views Counter (dFactory) and Related Posts by Taxonomy, built blind.

What it imitates:
- fingerprints: `generator` "WordPress 6.4.3", `/wp-content/themes/twentynineteen/`,
  `/wp-json/`, `xmlrpc.php?rsd`, `/feed/`; permalinks `/%year%/%monthnum%/%post_id%/`;
- single: posts **with a featured image** print the whole entry header (h1.entry-title and
  `entry-meta` with byline, posted-on, comment link) inside the site header's
  `div.site-featured-image` (outside `main`), as Twenty Nineteen does; posts without one print
  it in `article > header.entry-header`; `time.entry-date.published` "5 มีนาคม 2024" (`j F Y`,
  CE, no visible time; ISO with the time in `datetime`) plus `time.updated` for edited posts;
  `entry-content` holds a Simple Share Buttons Adder bar ("แบ่งปันข่าวนี้") above the text, a
  "ที่มา : ..." line (some), the Post Views Counter box ("จำนวนผู้เข้าชม 1,234") and the Related
  Posts by Taxonomy list; `entry-footer` repeats byline + date + category + tags; author bio;
  comments login prompt; post navigation with neighbour titles;
- widgets in the footer (Twenty Nineteen has no sidebar): search, recent posts, a WP Statistics
  style site-wide visitor summary; footer menu and address;
- listing: `/category/news/` then `/category/news/page/N/`.
Deleted: `/2024/02/3190/`, a post behind a members-only plugin wall (title kept, "กรุณาเข้าสู่ระบบ"
login form, no text), answering 200.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานแรงงานจังหวัดลำปาง"
HOST = "https://lampang.mol.go.th"
T = "/wp-content/themes/twentynineteen"
PER_PAGE = 8
SOURCES = [
    "กลุ่มงานยุทธศาสตร์และสารสนเทศ",
    None,
    "สำนักงานจัดหางานจังหวัดลำปาง",
    "ศูนย์พัฒนาฝีมือแรงงานจังหวัดลำปาง",
    None,
    None,
]
AUTHORS = ["labour_lp", "admin", "pr_mol52"]
DELETED_ID = 3190
DELETED_TITLE = "รายงานผลการตรวจแรงงานต่างด้าว (สำหรับเจ้าหน้าที่)"
SHARE = "แบ่งปันข่าวนี้"
PVC = "จำนวนผู้เข้าชม"
RELATED = "ข่าวที่เกี่ยวข้อง"


def wpdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class TT19Site(BaseSite):
    key = "b37_wp_tt19_ssba"
    family = "wordpress"
    imitates = "WordPress 6.4 + Twenty Nineteen, Thai provincial labour office, Simple Share Buttons Adder + Post Views Counter + Related Posts by Taxonomy: /YYYY/MM/ID/; for posts with a featured image the h1.entry-title and entry-meta sit in the site header's div.site-featured-image outside main; time.entry-date.published 'j F Y' CE with the time only in datetime, time.updated for edited posts; share bar, 'ที่มา :' line, 'จำนวนผู้เข้าชม N' box and related list inside entry-content; footer widgets with a site-wide visitor summary; /category/news/page/N/; deleted = members-only wall (200)"
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 26, 15, 0, tzinfo=TZ), offset=1203
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 3251
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 3
            if pid == DELETED_ID:
                pid -= 1
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["thumb"] = i % 3 != 2
            a.extra["comments"] = (i * 5) % 4
            a.path = f"/{a.published:%Y/%m}/{a.id}/"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/{self.pages[1][3].published:%Y/%m}/{DELETED_ID}/"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------ shell

    def widgets(self):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<aside class="widget-area" role="complementary" aria-label="ส่วนท้าย">
<div class="widget-column footer-widget-1">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด"><ul>{recent}</ul></nav></section>
<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">สถิติผู้เข้าชม</h2><ul><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li><li><label>ผู้เข้าชมเมื่อวาน:&nbsp;</label>388</li><li><label>ผู้เข้าชมทั้งหมด:&nbsp;</label>1,204,557</li></ul></section>
</div></aside>"""

    def shell(self, title, header_extra, main_html, body_class, head_extra="", featured=False):
        hcls = "site-header featured-image" if featured else "site-header"
        return f"""<!doctype html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<link rel="profile" href="https://gmpg.org/xfn/11" />
	<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='simple-share-buttons-adder-ssba-css' href='/wp-content/plugins/simple-share-buttons-adder/css/ssba.css?ver=1707204422' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.4' media='all' />
<link rel='stylesheet' id='twentynineteen-style-css' href='{T}/style.css?ver=2.6' media='all' />
<link rel='stylesheet' id='twentynineteen-print-style-css' href='{T}/print.css?ver=2.6' media='print' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
{head_extra}</head>
<body class="{body_class}">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
		<header id="masthead" class="{hcls}">
			<div class="site-branding-container">
				<div class="site-branding">
					<div class="site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="190" height="190" src="/wp-content/uploads/2021/06/logo-mol.png" class="custom-logo" alt="{OFFICE}" /></a></div>
					<p class="site-title"><a href="{HOST}/" rel="home">{OFFICE}</a></p>
					<p class="site-description">กระทรวงแรงงาน</p>
					<nav id="site-navigation" class="main-navigation" aria-label="เมนูด้านบน">
						<div class="menu-main-container"><ul id="menu-main" class="main-menu"><li class="menu-item"><a href="{HOST}/">หน้าหลัก</a></li><li class="menu-item"><a href="{HOST}/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{HOST}/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{HOST}/labour-market/">สถานการณ์แรงงาน</a></li><li class="menu-item"><a href="{HOST}/ita/">ITA</a></li></ul></div>
					</nav>
				</div>
			</div>
{header_extra}
		</header>
	<div id="content" class="site-content">
{main_html}
	</div>
	<footer id="colophon" class="site-footer">
{self.widgets()}
		<div class="site-info">
			<a class="site-name" href="{HOST}/" rel="home">{OFFICE}</a>,
			<span class="footer-address">ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง 52000 โทร. 0-5426-5050</span>
			<a href="https://wordpress.org/" class="imprint">ขับเคลื่อนโดย WordPress</a>
			<nav class="footer-navigation" aria-label="เมนูส่วนท้าย"><div class="menu-footer-container"><ul id="menu-footer" class="footer-menu"><li class="menu-item"><a href="{HOST}/privacy-policy/">นโยบายความเป็นส่วนตัว</a></li><li class="menu-item"><a href="{HOST}/contact/">ติดต่อเรา</a></li></ul></div></nav>
		</div>
	</footer>
</div>
<div id="cookie-law-info-bar"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a role="button" class="cli_action_button" id="cookie_action_close_header">ยอมรับ</a></span></div>
<script src='/wp-content/plugins/simple-share-buttons-adder/js/ssba.js?ver=1707204422' id='simple-share-buttons-adder-ssba-js'></script>
<script src='{T}/js/priority-menu.js?ver=20200129' id='twentynineteen-priority-menu-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = [self.summary(a) for a in self.pages[k - 1]]
        if k == 2:
            fake = self.pages[1][3]
            items.insert(
                3,
                f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header"><h2 class="entry-title"><a href="{self.deleted}" rel="bookmark">{DELETED_TITLE}</a></h2></header>
<div class="entry-content"><p>เนื้อหานี้สำหรับสมาชิกเท่านั้น</p></div>
<footer class="entry-footer">{self.posted_on(fake, self.deleted)}</footer></article>
""",
            )
        n = len(self.pages)

        def href(j):
            return self.listing_path if j == 1 else f"{self.listing_path}page/{j}/"

        links = []
        if k > 1:
            links.append(
                f'<a class="prev page-numbers" href="{href(k - 1)}"><svg class="svg-icon" width="22" height="22" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M20 11H7.83l5.59-5.59L12 4l-8 8 8 8 1.41-1.41L7.83 13H20v-2z"></path></svg><span class="nav-prev-text">เรื่อง<span class="nav-short">ที่ใหม่กว่า</span></span></a>'
            )
        for j in range(1, n + 1):
            if j == k:
                links.append(f'<span aria-current="page" class="page-numbers current">{j}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{href(j)}">{j}</a>')
        if k < n:
            links.append(
                f'<a class="next page-numbers" href="{href(k + 1)}"><span class="nav-next-text">เรื่อง<span class="nav-short">ที่เก่ากว่า</span></span><svg class="svg-icon" width="22" height="22" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 4l-1.41 1.41L16.17 11H4v2h12.17l-5.58 5.59L12 20l8-8z"></path></svg></a>'
            )
        return f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<header class="page-header"><h1 class="page-title">หมวดหมู่: <span class="page-description">ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(items)}
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>
</main></div>"""

    def summary(self, a):
        thumb = ""
        if a.extra["thumb"]:
            thumb = f'<figure class="post-thumbnail"><a class="post-thumbnail-inner" href="{a.path}" aria-hidden="true" tabindex="-1"><img width="1568" height="1045" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" /></a></figure>'
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2></header>
{thumb}<div class="entry-content"><p>{esc(a.paras[0][:200])} &hellip; <a class="more-link" href="{a.path}">อ่านต่อ<span class="screen-reader-text"> "{esc(a.title)}"</span></a></p></div>
<footer class="entry-footer">{self.byline(a)}{self.posted_on(a, a.path)}</footer>
</article>
"""

    # ------------------------------------------------------------ single

    def byline(self, a):
        au = a.extra["author"]
        return f'<span class="byline"><svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 12c2.21 0 4-1.79 4-4s-1.79-4-4-4-4 1.79-4 4 1.79 4 4 4z"></path></svg><span class="screen-reader-text">เขียนโดย</span><span class="author vcard"><a class="url fn n" href="{HOST}/author/{au}/">{au}</a></span></span>'

    def posted_on(self, a, path):
        if a.modified:
            t = f'<time class="entry-date published" datetime="{a.published.isoformat()}">{wpdate(a.published)}</time><time class="updated" datetime="{a.modified.isoformat()}">{wpdate(a.modified)}</time>'
        else:
            t = f'<time class="entry-date published updated" datetime="{a.published.isoformat()}">{wpdate(a.published)}</time>'
        return f'<span class="posted-on"><svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M12 2C6.5 2 2 6.5 2 12s4.5 10 10 10 10-4.5 10-10S17.5 2 12 2z"></path></svg><a href="{path}" rel="bookmark">{t}</a></span>'

    def entry_meta(self, a):
        c = a.extra["comments"]
        clabel = "ใส่ความเห็น" if c == 0 else f"{c} ความเห็น"
        return f'<div class="entry-meta">{self.byline(a)}{self.posted_on(a, a.path)}<span class="comment-count"><svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M21.99 4c0-1.1-.89-2-1.99-2H4c-1.1 0-2 .9-2 2v12c0 1.1.9 2 2 2h14l4 4-.01-18z"></path></svg><span class="comments-link"><a href="{a.path}#respond">{clabel}<span class="screen-reader-text"> บน {esc(a.title)}</span></a></span></span></div>'

    def ssba(self, a):
        url = quote(HOST + a.path, safe="")
        return f"""<!-- Simple Share Buttons Adder (8.4.12) simplesharebuttons.com --><div class="ssba-classic-2 ssba ssbp-wrap alignleft ssbp--theme-1"><div style="text-align:left"><span class="ssba-share-text">{SHARE}</span><br/><a data-site="facebook" class="ssba_facebook_share ssba_share_link" href="https://www.facebook.com/sharer.php?t={quote(a.title)}&u={url}" target="_blank" rel="noopener"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/facebook.png" style="width: 35px;" title="facebook" class="ssba ssba-img" alt="Share on facebook" /><div title="Facebook" class="ssbp-text">Facebook</div></a><a data-site="twitter" class="ssba_twitter_share ssba_share_link" href="https://twitter.com/intent/tweet?text={quote(a.title)}&url={url}" target="_blank" rel="noopener"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/twitter.png" style="width: 35px;" title="twitter" class="ssba ssba-img" alt="Tweet about this on twitter" /><div title="Twitter" class="ssbp-text">Twitter</div></a><a data-site="line" class="ssba_line_share ssba_share_link" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/line.png" style="width: 35px;" title="line" class="ssba ssba-img" alt="Share on line" /><div title="Line" class="ssbp-text">Line</div></a><a data-site="print" class="ssba_print ssba_share_link" href="#" onclick="window.print()"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/print.png" style="width: 35px;" title="Print" class="ssba ssba-img" alt="Print this page" /><div title="Print" class="ssbp-text">Print</div></a></div></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 3, i - 2, i + 5, i + 1)
            if 0 <= j < len(self.articles) and j != i
        ][:3]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def single(self, a):
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            body.append(f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>")
        pvc = f'<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">{PVC}</span> <span class="post-views-count">{a.views:,}</span></div>'
        rel = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <span class="rpbt-date">{wpdate(r.published)}</span></li>'
            for r in self.related(a)
        )
        rpbt = f'<div class="rpbt_shortcode"><h3>{RELATED}</h3><ul>{rel}</ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links"><svg class="svg-icon" width="16" height="16" aria-hidden="true" role="img" focusable="false" viewBox="0 0 24 24"><path d="M21.41 11.58l-9-9z"></path></svg><span class="screen-reader-text">ป้ายกำกับ:</span>'
                + ", ".join(
                    f'<a href="{HOST}/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</span>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav" aria-hidden="true">เรื่องก่อนหน้า</span> <span class="screen-reader-text">เรื่องก่อนหน้า:</span> <br/><span class="post-title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav" aria-hidden="true">เรื่องถัดไป</span> <span class="screen-reader-text">เรื่องถัดไป:</span> <br/><span class="post-title">{esc(newer.title)}</span></a></div>'
        au = a.extra["author"]
        header = ""
        if not a.extra["thumb"]:
            header = f'<header class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>{self.entry_meta(a)}</header>'
        return f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard {"has-post-thumbnail " if a.extra["thumb"] else ""}hentry category-news entry">
	{header}
	<div class="entry-content">
{self.ssba(a)}{"".join(body)}{pvc}{rpbt}
	</div>
	<footer class="entry-footer">{self.byline(a)}{self.posted_on(a, a.path)}<span class="cat-links"><span class="screen-reader-text">โพสต์ใน</span><a href="{HOST}/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{tags}</footer>
	<div class="author-bio"><h2 class="author-title"><span class="author-heading">เผยแพร่โดย {au}</span></h2><p class="author-description"><a class="author-link" href="{HOST}/author/{au}/" rel="author">ดูเรื่องทั้งหมดโดย {au}</a></p></div>
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area default-max-width"><div class="comments-title-wrap no-responses"><h2 class="comments-title">ใส่ความเห็น</h2></div><div id="respond" class="comment-respond"><p class="must-log-in">คุณต้อง <a href="{HOST}/wp-login.php?redirect_to={quote(HOST + a.path, safe="")}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p></div></div>
</main></div>"""

    def featured_header(self, a):
        return f"""			<div class="site-featured-image">
				<figure class="post-thumbnail"><img width="1568" height="1045" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure>
				<div class="entry-header"><h1 class="entry-title">{esc(a.title)}</h1>{self.entry_meta(a)}</div>
			</div>"""

    def detail(self, a):
        head = f'<link rel="canonical" href="{HOST}{a.path}" />\n<link rel=\'shortlink\' href=\'{HOST}/?p={a.id}\' />\n<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />\n'
        feat = a.extra["thumb"]
        return self.shell(
            f"{a.title} &#8211; {OFFICE}",
            self.featured_header(a) if feat else "",
            self.single(a),
            f"post-template-default single single-post postid-{a.id} single-format-standard wp-embed-responsive singular{' image-filters-enabled' if feat else ''}",
            head,
            featured=feat,
        )

    def wall(self):
        main_html = f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news entry">
	<header class="entry-header"><h1 class="entry-title">{DELETED_TITLE}</h1></header>
	<div class="entry-content">
<div class="members-access-error"><p>เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่ออ่านเนื้อหา</p></div>
<form name="loginform" id="loginform" action="{HOST}/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form>
	</div>
</article>
</main></div>"""
        return self.shell(
            f"{DELETED_TITLE} &#8211; {OFFICE}",
            "",
            main_html,
            f"post-template-default single single-post postid-{DELETED_ID} singular",
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
                    f"ข่าวประชาสัมพันธ์ &#8211; {OFFICE}",
                    "",
                    self.listing(k),
                    "archive category category-news category-2 wp-embed-responsive hfeed",
                )
            )
        p = path if path.endswith("/") else path + "/"
        if p in self.by_path:
            return self.html_response(self.detail(self.by_path[p]))
        if p == self.deleted:
            return self.html_response(self.wall())
        if path == "/feed/":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}/</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                wpdate(a.published),
                SHARE,
                PVC,
                f"{a.views:,}",
                RELATED,
                "เพื่อแสดงความเห็น",
                "เผยแพร่โดย",
                "ดูเรื่องทั้งหมดโดย",
                a.extra["author"],
                "ผู้เข้าชมทั้งหมด",
                "ขับเคลื่อนโดย",
                "ถนนวชิราวุธดำเนิน",
                "ข้ามไปยังเนื้อหา",
                "เว็บไซต์นี้ใช้คุกกี้",
                "Print",
            ]
            if a.modified:
                must_not.append(wpdate(a.modified))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = TT19Site()

if __name__ == "__main__":
    main(SITE)
