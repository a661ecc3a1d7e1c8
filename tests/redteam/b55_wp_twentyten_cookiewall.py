"""Blind-55 red-team site (part A): a provincial office (สำนักงานจังหวัดยโสธร-like) whose news
runs on an old **WordPress 4.9 install with the stock Twenty Ten theme** (a small child theme
for the Thai date), custom permalinks `/%category%/%post_id%.html` (`/pr-news/2411.html`),
behind a provincial data centre's load balancer with an anti-bot cookie. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Twenty Ten's `loop-single.php` (WordPress/WordPress
`wp-content/themes/twentyten/`: `div#nav-above.navigation` / `div#nav-below` with
`div.nav-previous` / `div.nav-next` and `span.meta-nav` arrows around the neighbour titles,
`div#post-N` with `post_class()`, `h1.entry-title`, `div.entry-meta` from
`twentyten_posted_on()`, `div.entry-content`, `div.entry-utility` from `twentyten_posted_in()`)
and child-theme copies of it; the a3rev **Page Views Count** readme (an icon, the all-time count
and the "views today" count appended under posts); Jetpack's Sharing module (sharedaddy).
Twenty Ten's `header.php` / `sidebar.php` / `footer.php` chrome (`#wrapper.hfeed`, `#branding`,
`#site-title`, `#site-description`, `#access` menu with the skip link, `#primary.widget-area`
`ul.xoxo` widgets, `#colophon`, `#site-generator`), `loop.php`'s archive rows
(`entry-summary`, "Older posts" / "Newer posts"), `twentyten_posted_on()`'s markup (the time of
day in the permalink's `title`), the sharedaddy and YARPP markup, Cookie Notice and a
load balancer's cookie check are from memory of their documentation. No one's code or text
was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a cookie wall** in front of every page: a request without the balancer's cookie
  `TS01c8a3f2` answers `302 Found` to the very same address with `Set-Cookie:
  TS01c8a3f2=…; Path=/`; with the cookie the page comes (listing, posts, deleted item alike);
- **NEW: the date as day/month/BE year "5/3/2567"** (the child theme's `j/n/` + BE year) in
  `span.entry-date`, **the time with seconds only in the permalink's `title` "10:30:45 น."**
  (Twenty Ten's own `twentyten_posted_on()`), on every post;
- **NEW: the modification date only in a tooltip**: on edited posts the `span.entry-date`
  carries `title="แก้ไขล่าสุด 8/3/2567 14:05:12 น."`; nothing else prints it;
- **NEW: the article's own notes and references inside the text, which are text**: a
  "หมายเหตุ : …" line after the source line (one in three) and an "อ้างอิง" heading with an
  ordered list of two documents (one dated) after it (one in four);
- **NEW: a3 Page Views Count "เข้าชมทั้งหมด 1,234 ครั้ง, วันนี้ 7 ครั้ง"** inside
  `entry-content` (the all-time figure is the view count; "วันนี้" is not);
- sources "ที่มา : …" / "ข่าว/ภาพ : …" / "เรียบเรียง : …" / "ข่าว : …" as a line (one in six none);
- furniture: Jetpack "แชร์สิ่งนี้:" (Facebook, Twitter, พิมพ์, อีเมล) and YARPP
  "เรื่องที่เกี่ยวข้อง:" (titles, dates) inside `entry-content`; `entry-utility` prose with
  category and tags and "คั่นหน้า ลิงก์ถาวร"; nav above and below with neighbour titles;
  comments ("ความเห็น N รายการ", one visitor comment on some) and "ใส่ความเห็น" with a login
  prompt; sidebar search, "เรื่องล่าสุด", "คลังเก็บ", "สถิติผู้เข้าชม"; footer "Proudly powered
  by WordPress"; Cookie Notice bar;
- deleted item (linked from page 2): **a password-protected post: 200, "ป้องกันไว้: …" and
  WordPress's password form**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from http.server import BaseHTTPRequestHandler
from urllib.parse import unquote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดยโสธร"
DESC = "ยโสธรเมืองน่าอยู่ ประตูสู่ทุ่งกุลาร้องไห้"
CAT = "ข่าวประชาสัมพันธ์"
PER = 8
COOKIE = "TS01c8a3f2"
COOKIE_VALUE = "01a4e93b7d5c0f2e8b61d7a3c9e05f4b2a8d16c3e7"
SOURCES = [
    ("ที่มา", "กลุ่มงานบริหารยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("ข่าว/ภาพ", "สำนักงานประชาสัมพันธ์จังหวัดยโสธร"),
    ("เรียบเรียง", "กลุ่มงานอำนวยการ สำนักงานจังหวัดยโสธร"),
    ("ข่าว", "ที่ทำการปกครองจังหวัดยโสธร"),
    ("ที่มา", "สำนักงานเกษตรจังหวัดยโสธร"),
    None,
]
TAGS = ["ยโสธร", "ผู้ว่าราชการจังหวัด", "บุญบั้งไฟ", "ข้าวหอมมะลิ", "OTOP", "ประชุม"]
NOTES = [
    "หมายเหตุ : ภาพกิจกรรมเพิ่มเติมสามารถขอรับได้ที่กลุ่มงานอำนวยการในวันและเวลาราชการ",
    "หมายเหตุ : กำหนดการอาจมีการเปลี่ยนแปลงตามความเหมาะสม โปรดติดตามประกาศของจังหวัดอย่างต่อเนื่อง",
    "หมายเหตุ : ข้อมูลตัวเลขในข่าวนี้เป็นข้อมูลเบื้องต้นจากการรายงานของอำเภอทั้ง 9 อำเภอ",
]
REFS = [
    "ประกาศจังหวัดยโสธร เรื่อง แนวทางการขับเคลื่อนนโยบายสำคัญของรัฐบาลในระดับพื้นที่ ลงวันที่ 12 มกราคม 2567",
    "หนังสือกระทรวงมหาดไทย ด่วนที่สุด ที่ มท 0212/ว 1458 เรื่อง การติดตามผลการดำเนินงานตามแผนพัฒนาจังหวัด",
]
SHARE = "แชร์สิ่งนี้:"
RELATED = "เรื่องที่เกี่ยวข้อง:"
RECENT = "เรื่องล่าสุด"
ARCHIVES = "คลังเก็บ"
STATS = "สถิติผู้เข้าชม"
COMMENT_HEAD = "ใส่ความเห็น"
LOGIN_PROMPT = "คุณต้องเข้าสู่ระบบ เพื่อแสดงความเห็น"
COMMENT_TEXT = "ขอบคุณท่านผู้ว่าฯ ที่ลงพื้นที่ดูแลพี่น้องชาวยโสธรครับ"
COOKIE_BAR = "เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์การใช้งานของท่าน หากใช้งานต่อถือว่าท่านยอมรับนโยบายคุกกี้"
POWERED = "Proudly powered by WordPress"
UTILITY = "เรื่องนี้ถูกเขียนใน"
PERMALINK = "คั่นหน้า ลิงก์ถาวร"
DELETED_ID = 2398
DELETED_TITLE = "รายงานผลการประชุมคณะกรมการจังหวัดยโสธร ประจำเดือนกุมภาพันธ์ 2567"


def dmy_be(d: dt.datetime) -> str:
    """'5/3/2567'"""
    return f"{d.day}/{d.month}/{be(d)}"


def hms(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d}:{d.second:02d} น."


def _request_headers():
    """The headers of the request being answered (route() is called from the handler)."""
    f = sys._getframe(1)
    while f is not None:
        obj = f.f_locals.get("self")
        if isinstance(obj, BaseHTTPRequestHandler):
            return obj.headers
        f = f.f_back
    return {}


class TwentyTenSite(BaseSite):
    key = "b55_wp_twentyten_cookiewall"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress 4.9 + Twenty Ten, /pr-news/<id>.html: a load "
        "balancer's cookie wall (302 to the same address with Set-Cookie); '5/3/2567' with the "
        "time '10:30:45 น.' only in the permalink's title; the modified date only in the date's "
        "title tooltip; 'หมายเหตุ' lines and an 'อ้างอิง' list that are text; a3 Page Views "
        "Count 'เข้าชมทั้งหมด N ครั้ง, วันนี้ M ครั้ง'; Jetpack sharing and YARPP in the content"
    )
    listing_path = "/category/pr-news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 2400 + (n - i) * 3
            a.path = f"/pr-news/{a.id}.html"
            sec = (a.id * 7 + 13) % 60
            a.published = a.published.replace(second=sec)
            a.time_printed = True
            if a.modified is not None:
                a.modified = a.modified.replace(second=(sec * 3 + 5) % 60)
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["today"] = 1 + (a.id % 9)
            a.extra["note"] = NOTES[i % len(NOTES)] if i % 3 == 1 else None
            a.extra["refs"] = i % 4 == 2
            a.extra["comments"] = i % 5 == 3
            a.extra["core"] = len(a.paras)
            if a.extra["note"]:
                a.paras.append(a.extra["note"])
            if a.extra["refs"]:
                a.paras += REFS
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/category/pr-news/", "/category/pr-news/page/2/", "/category/pr-news/page/3/"]

    def deleted_paths(self):
        return [f"/pr-news/{DELETED_ID}.html"]

    # ------------------------------------------------------------------ pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def posted_on(self, a) -> str:
        d = a.published
        tip = ""
        if a.modified:
            tip = f' title="แก้ไขล่าสุด {dmy_be(a.modified)} {hms(a.modified)}"'
        return (
            f'<span class="meta-prep meta-prep-author">โพสต์เมื่อ</span> <a href="{a.path}" '
            f'title="{hms(d)}" rel="bookmark"><span class="entry-date"{tip}>{dmy_be(d)}</span></a> '
            '<span class="meta-sep">โดย</span> <span class="author vcard"><a class="url fn n" '
            'href="/author/pr-yasothon/" title="ดูเรื่องทั้งหมดโดย pr-yasothon">pr-yasothon</a></span>'
        )

    def posted_in(self, a) -> str:
        cat = f'<a href="/category/pr-news/" rel="category tag">{CAT}</a>'
        if a.tags:
            tags = ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
            return (
                f"{UTILITY} {cat} และติดป้ายกำกับ {tags} คั่นหน้า "
                f'<a href="{a.path}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">ลิงก์ถาวร</a>'
            )
        return (
            f"{UTILITY} {cat} คั่นหน้า "
            f'<a href="{a.path}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">ลิงก์ถาวร</a>'
        )

    def shell(self, title, body_class, content, head_extra=""):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        months = []
        for x in self.articles:
            k = (x.published.year, x.published.month)
            if k not in months:
                months.append(k)
        arch = "".join(
            f"<li><a href='/{y}/{m:02d}/'>{MONTHS[m - 1]} {y + 543}</a></li>" for y, m in months
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<title>{esc(title)}</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/twentyten-yst/style.css?ver=20171113" />
<link rel="pingback" href="/xmlrpc.php">
<link rel='dns-prefetch' href='//s0.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='yarppWidgetCss-css'  href='/wp-content/plugins/yet-another-related-posts-plugin/style/widget.css?ver=4.9.8' type='text/css' media='all' />
<link rel='stylesheet' id='a3pvc-css'  href='/wp-content/uploads/sass/pvc.min.css?ver=1535620410' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css'  href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=4.9.8' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
<meta name="generator" content="WordPress 4.9.8" />
{head_extra}
</head>

<body class="{body_class}">
<div id="wrapper" class="hfeed">
	<div id="header">
		<div id="masthead">
			<div id="branding" role="banner">
								<div id="site-title">
					<span>
						<a href="/" title="{OFFICE}" rel="home">{OFFICE}</a>
					</span>
				</div>
				<div id="site-description">{DESC}</div>

										<img src="/wp-content/uploads/2017/06/header-yasothon.jpg" width="940" height="198" alt="" />
								</div><!-- #branding -->

			<div id="access" role="navigation">
								<div class="skip-link screen-reader-text"><a href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a></div>
								<div class="menu-header"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li>
<li class="menu-item"><a href="/about/">ข้อมูลจังหวัด</a></li>
<li class="menu-item current-menu-item"><a href="/category/pr-news/">{CAT}</a></li>
<li class="menu-item"><a href="/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
</ul></div>			</div><!-- #access -->
		</div><!-- #masthead -->
	</div><!-- #header -->

	<div id="main">

		<div id="container">
			<div id="content" role="main">
{content}
			</div><!-- #content -->
		</div><!-- #container -->


		<div id="primary" class="widget-area" role="complementary">
			<ul class="xoxo">

<li id="search-2" class="widget-container widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/">
				<div>
					<label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label>
					<input type="text" value="" name="s" id="s" />
					<input type="submit" id="searchsubmit" value="ค้นหา" />
				</div>
			</form></li>		<li id="recent-posts-2" class="widget-container widget_recent_entries">		<h3 class="widget-title">{RECENT}</h3>		<ul>
{recent}
				</ul>
		</li><li id="archives-2" class="widget-container widget_archive"><h3 class="widget-title">{ARCHIVES}</h3>		<ul>
{arch}
		</ul>
		</li><li id="text-3" class="widget-container widget_text"><h3 class="widget-title">{STATS}</h3>			<div class="textwidget"><p>วันนี้ 312 คน<br />
เดือนนี้ 8,406 คน<br />
ทั้งหมด 412,077 คน</p>
</div>
		</li>			</ul>
		</div><!-- #primary .widget-area -->

	</div><!-- #main -->

	<div id="footer" role="contentinfo">
		<div id="colophon">

			<div id="site-info">
				<a href="/" title="{OFFICE}" rel="home">{OFFICE}</a>
				ศาลากลางจังหวัดยโสธร ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000
			</div><!-- #site-info -->

			<div id="site-generator">
								<a href="https://wordpress.org/" class="imprint" title="Semantic Personal Publishing Platform">{POWERED}</a>
			</div><!-- #site-generator -->

		</div><!-- #colophon -->
	</div><!-- #footer -->

</div><!-- #wrapper -->

<div id="cookie-notice" role="banner" class="cn-bottom" style="color: #fff; background-color: #000;"><div class="cookie-notice-container"><span id="cn-notice-text">{COOKIE_BAR}</span><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button button">ตกลง</a></div></div>
<script type='text/javascript' src='/wp-content/plugins/cookie-notice/js/front.min.js?ver=1.2.44'></script>
<script type='text/javascript' src='/wp-includes/js/wp-embed.min.js?ver=4.9.8'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, page: int):
        pages = paginate(self.articles, PER)
        if not 1 <= page <= len(pages):
            return None

        def pl(k):
            return "/category/pr-news/" if k == 1 else f"/category/pr-news/page/{k}/"

        def nav(which):
            older = (
                f'<div class="nav-previous"><a href="{pl(page + 1)}" ><span class="meta-nav">&larr;</span> เรื่องเก่ากว่า</a></div>'
                if page < len(pages)
                else '<div class="nav-previous"></div>'
            )
            newer = (
                f'<div class="nav-next"><a href="{pl(page - 1)}" >เรื่องใหม่กว่า <span class="meta-nav">&rarr;</span></a></div>'
                if page > 1
                else '<div class="nav-next"></div>'
            )
            return f'				<div id="nav-{which}" class="navigation">\n					{older}\n					{newer}\n				</div><!-- #nav-{which} -->'

        rows = []
        items = list(pages[page - 1])
        for a in items:
            ncom = 1 if a.extra["comments"] else 0
            com = "1 ความเห็น" if ncom else "ใส่ความเห็น"
            rows.append(
                f"""			<div id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr-news">
			<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>

			<div class="entry-meta">
				{self.posted_on(a)}
			</div><!-- .entry-meta -->

				<div class="entry-summary">
				<p>{esc(a.paras[0][:220])} [&hellip;]</p>
			</div><!-- .entry-summary -->

			<div class="entry-utility">
									<span class="cat-links">
						<span class="entry-utility-prep entry-utility-prep-cat-links">เขียนใน</span> <a href="/category/pr-news/" rel="category tag">{CAT}</a>
					</span>
					<span class="meta-sep">|</span>
								<span class="comments-link"><a href="{a.path}#{"comments" if ncom else "respond"}">{com}</a></span>
			</div><!-- .entry-utility -->
		</div><!-- #post-## -->
"""
            )
        if page == 2:
            rows.insert(
                3,
                f"""			<div id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-pr-news">
			<h2 class="entry-title"><a href="{self.deleted_paths()[0]}" rel="bookmark">ป้องกันไว้: {esc(DELETED_TITLE)}</a></h2>

			<div class="entry-meta">
				<span class="meta-prep meta-prep-author">โพสต์เมื่อ</span> <a href="{self.deleted_paths()[0]}" title="09:12:40 น." rel="bookmark"><span class="entry-date">6/3/2567</span></a> <span class="meta-sep">โดย</span> <span class="author vcard"><a class="url fn n" href="/author/pr-yasothon/">pr-yasothon</a></span>
			</div><!-- .entry-meta -->

				<div class="entry-summary">
				<p>ไม่มีเรื่องย่อเนื่องจากเป็นเรื่องที่ถูกป้องกันไว้</p>
			</div><!-- .entry-summary -->
		</div><!-- #post-## -->
""",
            )
        content = f"""
				<h1 class="page-title">คลังเก็บหมวดหมู่: <span>{CAT}</span></h1>
{nav("above")}
{"".join(rows)}
{nav("below")}
"""
        title = f"{CAT} | {OFFICE}" + (f" | หน้า {page}" if page > 1 else "")
        return self.html_response(
            self.shell(title, "archive category category-pr-news category-3", content)
        )

    # ------------------------------------------------------------------ article
    def content_html(self, a) -> str:
        out = []
        paras = a.paras[: a.extra["core"]]
        for k, p in enumerate(paras):
            out.append(f"<p>{esc(p)}</p>")
            if k == 0:
                out.append(
                    f'<p><img class="aligncenter size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/IMG_{a.id}.jpg" alt="" width="640" height="427" /></p>'
                )
        if a.source:
            out.append(f"<p><strong>{a.extra['src_label']} :</strong> {esc(a.source)}</p>")
        if a.extra["note"]:
            out.append(f"<p>{esc(a.extra['note'])}</p>")
        if a.extra["refs"]:
            out.append("<p><strong>อ้างอิง</strong></p>")
            out.append("<ol>" + "".join(f"<li>{esc(r)}</li>" for r in REFS) + "</ol>")
        rel = "".join(
            f"<li><a href='{x.path}' rel='bookmark' title='{esc(x.title)}'>{esc(x.title)}</a> <small>({dmy_be(x.published)})</small></li>"
            for x in self.related(a)
        )
        out.append(
            f"""<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all " element-id="{a.id}"><i class="pvc-stats-icon medium" aria-hidden="true"><svg aria-hidden="true" viewBox="0 0 502 315" width="22" height="14"></svg></i> เข้าชมทั้งหมด {a.views:,} ครั้ง, วันนี้ {a.extra["today"]} ครั้ง</p><div class="pvc_clear"></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{SHARE}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="{a.path}?share=facebook&amp;nb=1" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" data-shared="sharing-twitter-{a.id}" class="share-twitter sd-button share-icon" href="{a.path}?share=twitter&amp;nb=1" target="_blank" title="คลิกเพื่อแชร์บน Twitter"><span>Twitter</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{a.path}#print" target="_blank" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="{a.path}?share=email&amp;nb=1" target="_blank" title="คลิกเพื่อส่งอีเมลไปยังเพื่อน"><span>อีเมล</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='yarpp-related'>
<h3>{RELATED}</h3><ol>
{rel}
</ol>
</div>"""
        )
        return "\n".join(out)

    def render_article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None

        def nav(which):
            prev = (
                f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(older.title)}</a></div>'
                if older
                else '<div class="nav-previous"></div>'
            )
            nxt = (
                f'<div class="nav-next"><a href="{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav">&rarr;</span></a></div>'
                if newer
                else '<div class="nav-next"></div>'
            )
            return f'				<div id="nav-{which}" class="navigation">\n					{prev}\n					{nxt}\n				</div><!-- #nav-{which} -->'

        ncom = 1 if a.extra["comments"] else 0
        cd = a.published + dt.timedelta(hours=5)
        comments = (
            f"""			<h3 id="comments-title">ความเห็น 1 รายการ ถึง <em>{esc(a.title)}</em></h3>
			<ol class="commentlist">
				<li class="comment even thread-even depth-1" id="li-comment-{a.id * 10}">
		<div id="comment-{a.id * 10}">
			<div class="comment-author vcard">
				<img alt='' src='/wp-content/uploads/avatar.png' class='avatar avatar-40 photo' height='40' width='40' />				<cite class="fn">คนยโสธร</cite> <span class="says">พูดว่า:</span>			</div><!-- .comment-author .vcard -->
			<div class="comment-meta commentmetadata"><a href="{a.path}#comment-{a.id * 10}">
				{dmy_be(cd)} เวลา {hms(cd)}</a>			</div><!-- .comment-meta .commentmetadata -->
			<div class="comment-body"><p>{COMMENT_TEXT}</p>
</div>
		</div><!-- #comment-##  -->
</li><!-- #comment-## -->
			</ol>"""
            if ncom
            else ""
        )
        content = f"""
{nav("above")}

				<div id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr-news">
					<h1 class="entry-title">{esc(a.title)}</h1>

					<div class="entry-meta">
						{self.posted_on(a)}
					</div><!-- .entry-meta -->

					<div class="entry-content">
						{self.content_html(a)}
											</div><!-- .entry-content -->

					<div class="entry-utility">
						{self.posted_in(a)}
											</div><!-- .entry-utility -->
				</div><!-- #post-## -->

{nav("below")}

			<div id="comments">
{comments}
								<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{COMMENT_HEAD} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to=https%3A%2F%2Fwww.yasothon.go.th{a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p>	</div><!-- #respond -->

</div><!-- #comments -->
"""
        head = f"<link rel=\"canonical\" href=\"{a.path}\" />\n<link rel='shortlink' href='/?p={a.id}' />"
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                content,
                head,
            )
        )

    def render_deleted(self):
        path = self.deleted_paths()[0]
        content = f"""
				<div id="nav-above" class="navigation">
					<div class="nav-previous"></div>
					<div class="nav-next"></div>
				</div><!-- #nav-above -->

				<div id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-pr-news">
					<h1 class="entry-title">ป้องกันไว้: {esc(DELETED_TITLE)}</h1>

					<div class="entry-meta">
						<span class="meta-prep meta-prep-author">โพสต์เมื่อ</span> <a href="{path}" title="09:12:40 น." rel="bookmark"><span class="entry-date">6/3/2567</span></a>
					</div><!-- .entry-meta -->

					<div class="entry-content">
						<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">
	<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน โปรดใส่รหัสผ่านของคุณด้านล่างเพื่อดู:</p>
	<p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
											</div><!-- .entry-content -->
				</div><!-- #post-## -->

			<div id="comments">
			<p class="nopassword">เรื่องนี้มีการป้องกันด้วยรหัสผ่าน ใส่รหัสผ่านเพื่อดูความเห็น</p>
			</div><!-- #comments -->
"""
        return self.html_response(
            self.shell(
                f"ป้องกันไว้: {DELETED_TITLE} | {OFFICE}",
                f"post-template-default single single-post postid-{DELETED_ID}",
                content,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        cookies = _request_headers().get("Cookie") or ""
        if f"{COOKIE}={COOKIE_VALUE}" not in cookies:
            loc = base + path + (f"?{raw_query}" if raw_query else "")
            return (
                302,
                {
                    "Location": loc,
                    "Set-Cookie": f"{COOKIE}={COOKIE_VALUE}; Path=/",
                    "Content-Type": "text/html; charset=utf-8",
                    "Cache-Control": "no-cache",
                },
                b"<html><head><title>302 Found</title></head><body></body></html>",
            )
        path = unquote(path)
        if path == "/":
            return self.render_listing(1)
        m = re.fullmatch(r"/category/pr-news/(?:page/(\d+)/?)?", path)
        if m:
            return self.render_listing(int(m[1] or 1))
        m = re.fullmatch(r"/pr-news/(\d+)\.html", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a) if a else None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            nb = [self.articles[j].title for j in (i - 1, i + 1) if 0 <= j < len(self.articles)]
            must_not = [
                DESC,
                f"เข้าชมทั้งหมด {a.views:,} ครั้ง",
                f"วันนี้ {a.extra['today']} ครั้ง",
                SHARE,
                "คลิกเพื่อแชร์บน Facebook",
                RELATED,
                UTILITY,
                PERMALINK,
                RECENT,
                ARCHIVES,
                STATS,
                COMMENT_HEAD,
                LOGIN_PROMPT,
                COMMENT_TEXT if a.extra["comments"] else "",
                COOKIE_BAR,
                POWERED,
                "โพสต์เมื่อ",
                "แก้ไขล่าสุด",
                *[x.title for x in self.related(a)],
                *[x.title for x in self.articles[:5] if x is not a],
                *nb,
            ]
            page = html.unescape(self.render_article(a)[2].decode("utf-8"))
            must_not = [s for s in must_not if s and s in page]
            rec = expected_record(a, must_not=must_not)
            must = rec["body_must"]
            if a.extra["note"] and a.extra["note"][:40] not in must:
                must.append(a.extra["note"][:40])
            if a.extra["refs"]:
                must.append(REFS[0][:40])
            rec["body_must"] = list(dict.fromkeys(must))
            out.append(rec)
        return out


SITE = TwentyTenSite()

if __name__ == "__main__":
    main(SITE)
