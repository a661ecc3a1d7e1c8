"""Blind-58 red-team site (part A): a provincial office (สำนักงานจังหวัดพิจิตร-like, 2018-2019)
on **WordPress 4.9 + Mantra 2.6 (Cryout Creations) under a small child theme**, with a
mourning splash page, a rate limiter and an SEO plug-in that lies. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Mantra's own templates as vendored in a public
WordPress site repository (Firepuma/lykaiy, `wp-content/themes/mantra/`): `single.php`
(`#nav-above` with the neighbours' titles BEFORE the post, `div#post-N` > `h1.entry-title`,
`div.entry-meta` from `mantra_posted_on()`, `div.entry-content`, `div.entry-utility` from
`mantra_posted_in()`, `#nav-below`, `comments_template()`), `content.php` (archive rows:
`article` > `header.entry-header` > `hgroup` > `h2.entry-title`, `div.entry-summary`),
`includes/theme-loop.php` (`mantra_posted_on()`: `span.author.vcard` "By", `span.onDate` with
`span.entry-date` and `span.entry-time` " - 10:30", `span.bl_sep` "|", `span.bl_categ`;
`mantra_posted_in()`: `span.bl_posted` "Tagged …." and `span.bl_bookmark` "Bookmark the
permalink."; the "Continue reading →" excerpt link; `mantra_content_nav()`). WP-PageNavi,
a3 Page Views Count ("1,234 total views, 5 views today"), Jetpack's sharedaddy, Related Posts
for WordPress, Cookie Notice, WordPress's HTML5 comment list (`article.comment-body`), Thai
word-break plug-ins that print `<wbr>` between Thai words, and the black-and-white "intro"
pages Thai offices put in front of their sites in mourning periods are from memory. No one's
code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- pretty permalinks `/archives/<id>` (WordPress's "numeric" structure), `rel=canonical`;
- **NEW: a mourning splash page in front of the whole site: any address asked for without the
  cookie `pct_intro=1` answers 302 to `/intro/?redirect_to=<the address>`, a black-and-white page
  ("น้อมรำลึกในพระมหากรุณาธิคุณ …", a banner picture) whose only way on is "เข้าสู่เว็บไซต์ /
  ENTER SITE" -> `/?intro=enter&redirect_to=…`, which sets the cookie and answers 302 to the
  address first asked for**;
- **NEW: metadata that lies (an SEO plug-in misconfigured): `og:title` and JSON-LD `headline` are
  the site's name, `og:type` website, `article:published_time` the time the page was rendered,
  JSON-LD `datePublished` / `dateModified` "1970-01-01T07:00:00+07:00"; the page prints the right
  headline and date**;
- **NEW: the child theme's accessibility fix: a visually hidden `<h1 class="screen-reader-text">`
  holding the site's name opens every page; the post's headline is an `h2.entry-title`; the
  neighbours' titles (Mantra's `#nav-above`) come before it**;
- **NEW: comments (one post in two) each in an `<article class="comment-body">` with a paragraph
  of Thai text and a `<time>`; the related posts each in an `<article class="rp4wp-post">` with a
  title, a date and an excerpt of the other post**;
- **NEW: a Thai word-break plug-in prints `<wbr>` between Thai syllables in the text (and in the
  headline of one post in two); the first paragraph, pasted from a word processor, is split into
  two `<span style="font-family:TH SarabunPSK">` in the middle of a word; `&nbsp;&nbsp;` runs
  after sentences**;
- **NEW: the news list's second page answers `429 Too Many Requests` with `Retry-After: 2` the
  first time it is asked for (again once 90 s have passed), the page when asked again**;
- `mantra_posted_on()` "By admin | 3 ตุลาคม 2561 - 10:30 | ข่าวประชาสัมพันธ์" (always the
  time); no modified date printed; a3 Page Views Count "1,234 total views, 5 views today" inside
  `entry-content`; sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" / "เครดิต :" (one in six
  none); tags "Tagged ก, ข." + "Bookmark the permalink."; PrintFriendly "พิมพ์ / PDF";
  sharedaddy "แชร์:"; "ความคิดเห็น" + reply form; sidebar "เรื่องล่าสุด", counter; Cookie Notice;
- listing `/category/news/`, `/category/news/page/N/` (WP-PageNavi "หน้า 1 จาก 3", numbers,
  "»", "สุดท้าย »"), excerpts with "อ่านต่อ →", 8 a page, 22 posts;
- deleted item (linked from page 2): `/archives/2106`, **200**: Mantra's not-found content
  ("ไม่พบหน้าที่ต้องการ" + search form) served 200 by the page cache.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import threading
import time
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
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดพิจิตร"
PER = 8
DELETED_ID = 2106
COOKIE = "pct_intro"
LIMITED_PATH = "/category/news/page/2/"
SOURCES = [
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดพิจิตร"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัดพิจิตร"),
    ("เรียบเรียง", "ฝ่ายอำนวยการ สำนักงานจังหวัดพิจิตร"),
    ("เครดิต", "ที่ทำการปกครองจังหวัดพิจิตร"),
    ("ที่มา", "สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"),
    None,
]
TAGS = ["ผู้ว่าราชการจังหวัด", "พิจิตร", "จิตอาสา", "ประชุม", "ไทยนิยม ยั่งยืน", "OTOP"]
COMMENTS = [
    (
        "สมศักดิ์ พิจิตร",
        "ขอบคุณสำหรับข้อมูลข่าวสารครับ อยากทราบว่าประชาชนทั่วไปในอำเภอตะพานหินสามารถเข้าร่วมโครงการได้หรือไม่ และต้องติดต่อหน่วยงานใดครับ",
    ),
    (
        "ครูนิตยา",
        "เป็นกิจกรรมที่ดีมากค่ะ ขอให้จัดต่อเนื่องทุกปีนะคะ ชาวบ้านในตำบลได้ประโยชน์จริง ๆ ขอเป็นกำลังใจให้เจ้าหน้าที่ทุกท่านค่ะ",
    ),
    (
        "ชาวโพทะเล",
        "รบกวนช่วยลงรายละเอียดกำหนดการรอบต่อไปด้วยครับ จะได้แจ้งผู้ใหญ่บ้านให้ประชาสัมพันธ์ในหมู่บ้านล่วงหน้า",
    ),
]
MOURNING = "น้อมรำลึกในพระมหากรุณาธิคุณเป็นล้นพ้นอันหาที่สุดมิได้"
ENTER = "เข้าสู่เว็บไซต์"
COOKIE_BAR = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 864,215 คน"
FOOTER = "ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000"
RELATED = "ข่าวที่เกี่ยวข้อง"
SHARE = "แชร์:"
PRINT = "พิมพ์ / PDF"
REPLY = "แสดงความคิดเห็น"
LOGIN = "คุณต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้"

THAI_BASE = {chr(c) for c in range(0x0E01, 0x0E2F)} | set("เแโใไ")
LEADING = set("เแโใไ")
SPAN = "<span style=\"font-family: 'TH SarabunPSK'; font-size: 16pt;\">"


def _request_handler():
    """The BaseHTTPRequestHandler serving this call (route() is given no headers)."""
    f = sys._getframe(1)
    while f is not None:
        s = f.f_locals.get("self")
        if s is not None and hasattr(s, "headers") and hasattr(s, "wfile"):
            return s
        f = f.f_back
    return None


def has_cookie(name: str) -> bool:
    h = _request_handler()
    if h is None:  # called directly (expected(), tests): no wall
        return True
    raw = h.headers.get("Cookie") or ""
    return any(p.strip().split("=", 1)[0] == name for p in raw.split(";"))


def wbr(s: str, step: int) -> str:
    """Escaped text with <wbr> before a Thai base letter every `step`+ characters."""
    out, last = [], 0
    for i, ch in enumerate(s):
        if (
            i
            and i - last >= step
            and ch in THAI_BASE
            and s[i - 1] not in LEADING
            and s[i - 1]
            in THAI_BASE | {"่", "้", "๊", "๋", "์", "ั", "ิ", "ี", "ึ", "ื", "ุ", "ู", "า", "ะ", "ำ"}
        ):
            out.append("<wbr>")
            last = i
        out.append(esc(ch))
    return "".join(out)


def nbsp_runs(h: str) -> str:
    """Every third space of escaped text -> '&nbsp;&nbsp; '."""
    parts = h.split(" ")
    out = parts[0]
    for k, p in enumerate(parts[1:], 1):
        out += ("&nbsp;&nbsp; " if k % 3 == 0 else " ") + p
    return out


def date_th(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


class MantraSplashSite(BaseSite):
    key = "b58_wp_mantra_splash_lyingmeta"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress 4.9 + Mantra 2.6 (child theme): mourning splash page with "
        "a cookie gate, lying og:/JSON-LD metadata (site name, render time, 1970), hidden h1 site "
        "name and h2 headline, comments and related posts in <article>, <wbr> word breaks and "
        "split spans, 429 + Retry-After on the list's page 2"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2018, 11, 28, 17, 0, tzinfo=TZ), offset=11
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.time_printed = True  # Mantra's entry-time is switched on
            a.modified = None  # never printed
            a.id = 2210 - i * 5 - (i % 4)
            a.path = f"/archives/{a.id}"
            a.views = 37 + (i * 313 + 91) % 4100
            a.extra["today"] = 1 + i % 7
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3 + (1 if i % 5 == 0 else 0))]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["wbr_title"] = i % 2 == 0
            a.extra["comments"] = COMMENTS[: 1 + i % 3] if i % 2 == 1 else []
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self.pages = paginate(arts, PER)
        self._limited: dict[str, float] = {}
        self._lock = threading.Lock()

    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{n}/" for n in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    # ------------------------------------------------------------------ shell
    def head_meta(self, a, base):
        if a is None:
            return ""
        now = dt.datetime.now(TZ).replace(microsecond=0).isoformat()
        ld = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": OFFICE,
            "datePublished": "1970-01-01T07:00:00+07:00",
            "dateModified": "1970-01-01T07:00:00+07:00",
            "author": {"@type": "Organization", "name": OFFICE},
            "publisher": {"@type": "Organization", "name": OFFICE},
            "mainEntityOfPage": base + "/",
        }
        return f"""<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="website" />
<meta property="og:title" content="{OFFICE}" />
<meta property="og:description" content="ศูนย์ข้อมูลข่าวสารจังหวัดพิจิตร" />
<meta property="og:url" content="{base}/" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="article:published_time" content="{now}" />
<meta property="article:modified_time" content="{now}" />
<meta name="twitter:card" content="summary" />
<meta name="twitter:title" content="{OFFICE}" />
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
"""

    def shell(
        self, title, content, *, a=None, base="", canonical=None, body_class="single single-post"
    ):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        canon = f'<link rel="canonical" href="{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, user-scalable=no, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0" />
<title>{title}</title>
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="/xmlrpc.php" />
{canon}
{self.head_meta(a, base)}<link rel='stylesheet' id='mantra-style-css' href='/wp-content/themes/mantra/style.css?ver=2.6.1' type='text/css' media='all' />
<link rel='stylesheet' id='mantra-child-css' href='/wp-content/themes/mantra-pct/style.css?ver=1.2' type='text/css' media='all' />
<link rel='stylesheet' id='a3pvc-css' href='/wp-content/plugins/page-views-count/assets/css/style.min.css?ver=2.0.6' type='text/css' media='all' />
<style type="text/css">.screen-reader-text{{position:absolute!important;clip:rect(1px,1px,1px,1px);height:1px;width:1px;overflow:hidden}}</style>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4'></script>
</head>
<body class="{body_class} mantra-image-four mantra-caption-light mantra-hratio-0 mantra-sidebar-right mantra-menu-left">
<h1 class="screen-reader-text">{OFFICE}</h1>
<div id="toTop"><i class="crycon-back2top"></i></div>
<div id="wrapper" class="hfeed">
<header id="header">
<div id="masthead"><div id="branding" role="banner">
<img id="bg_image" alt="" title="" src="/wp-content/uploads/2018/01/header-pichit.jpg" />
<div id="header-container"><div><div id="site-title"><span> <a href="/" title="{OFFICE}" rel="home">{OFFICE}</a> </span></div><div id="site-description">ศูนย์ข้อมูลข่าวสารจังหวัดพิจิตร</div></div>
<div class="socials" id="sheader"><a target="_blank" href="https://www.facebook.com/pichitprovince/" class="socialicons social-Facebook" title="Facebook"><img alt="Facebook" src="/wp-content/themes/mantra/resources/images/socials/Facebook.png" /></a></div></div>
<div style="clear:both;"></div></div>
<a id="nav-toggle"><span>&nbsp;</span></a>
<nav id="access" role="navigation"><div class="skip-link screen-reader-text"><a href="#content" title="Skip to content">Skip to content</a></div>
<div class="menu"><ul id="prime_nav" class="menu"><li class="menu-item"><a href="/"><span>หน้าหลัก</span></a></li><li class="menu-item"><a href="/about/"><span>ข้อมูลจังหวัด</span></a></li><li class="menu-item current-menu-item"><a href="/category/news/"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="menu-item"><a href="/category/procurement/"><span>ข่าวจัดซื้อจัดจ้าง</span></a></li><li class="menu-item"><a href="/ita/"><span>ITA</span></a></li><li class="menu-item"><a href="/contact/"><span>ติดต่อเรา</span></a></li></ul></div>
</nav></div></header>
<div id="main"><div id="forbottom">
<div style="clear:both;"> </div>
<div class="breadcrumbs"><a href="/">หน้าหลัก</a> &raquo; <a href="/category/news/">ข่าวประชาสัมพันธ์</a></div>
<section id="container"><div id="content" role="main">
{content}
</div></section>
<div id="primary" class="widget-area" role="complementary"><ul class="xoxo">
<li id="search-2" class="widget-container widget_search"><form role="search" method="get" class="searchform" action="/"><input type="text" value="" name="s" class="s" placeholder="ค้นหา" /><input type="submit" class="searchsubmit" value="OK" /></form></li>
<li id="recent-posts-2" class="widget-container widget_recent_entries"><h3 class="widget-title">เรื่องล่าสุด</h3><ul>{recent}</ul></li>
<li id="text-4" class="widget-container widget_text"><h3 class="widget-title">สถิติผู้เยี่ยมชม</h3><div class="textwidget"><p>{COUNTER}</p></div></li>
</ul></div>
<div style="clear:both;"></div>
</div></div>
<footer id="footer" role="contentinfo"><div id="colophon"><div id="footer-widget-area" role="complementary"><div id="first" class="widget-area"><ul class="xoxo"><li class="widget-container widget_text"><div class="textwidget"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 5661 1456</p></div></li></ul></div></div></div>
<div id="footer2"><div id="site-copyright">&copy; 2561 {OFFICE}</div><div style="text-align:center;clear:both;padding-top:4px;"><a href="/" title="{OFFICE}" rel="home">{OFFICE}</a> | Powered by <a target="_blank" href="http://www.cryoutcreations.eu" title="Mantra Theme by Cryout Creations">Mantra</a> &amp; <a target="_blank" href="http://wordpress.org/" title="Semantic Personal Publishing Platform"> WordPress. </a></div></div>
</footer>
</div>
<div id="cookie-notice" role="banner" class="cn-bottom" style="color:#fff;background-color:#000"><div class="cookie-notice-container"><span id="cn-notice-text">{COOKIE_BAR}</span><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">นโยบายความเป็นส่วนตัว</a></div></div>
<script type='text/javascript' src='/wp-content/themes/mantra/resources/js/frontend.js?ver=2.6.1'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def posted_on(self, a_id, d, path) -> str:
        return (
            f'&nbsp; <span class="author vcard" >By  <a class="url fn n" href="/author/admin/" title="View all posts by admin">admin</a> <span class="bl_sep">|</span></span>  '
            f'<span class="onDate"> <a href="{path}" title="{d:%H:%M}" rel="bookmark"><span class="entry-date">{date_th(d)}</span> <span class="entry-time"> - {d:%H:%M}</span></a> <span class="bl_sep">|</span> </span> '
            f'<span class="bl_categ"> <a href="/category/news/" rel="tag">ข่าวประชาสัมพันธ์</a> </span>  '
        )

    def render_intro(self, redirect_to):
        back = quote(redirect_to or "/", safe="")
        page = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<title>{OFFICE}</title>
<style type="text/css">html{{filter:grayscale(100%);-webkit-filter:grayscale(100%)}} body{{background:#000;color:#fff;text-align:center;font-family:Tahoma}}</style>
</head>
<body class="intro-page">
<div id="intro">
<p><img src="/wp-content/uploads/2018/10/banner-mourning-2561.jpg" alt="{MOURNING}" width="960" height="540" /></p>
<p class="intro-text">{MOURNING}<br />ข้าพระพุทธเจ้า คณะผู้บริหาร ข้าราชการ และเจ้าหน้าที่ {OFFICE}</p>
<p class="intro-enter"><a class="btn-enter" href="/?intro=enter&amp;redirect_to={back}">{ENTER}</a> | <a class="btn-enter" href="/?intro=enter&amp;redirect_to={back}">ENTER SITE</a></p>
</div>
</body>
</html>
"""
        return self.html_response(page)

    def excerpt_row(self, aid, title, d, excerpt) -> str:
        path = f"/archives/{aid}"
        return f"""<article id="post-{aid}" class="post-{aid} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><hgroup><h2 class="entry-title"><a href="{path}" title="Permalink to {esc(title)}" rel="bookmark">{esc(title)}</a></h2></hgroup>
<div class="entry-meta">{self.posted_on(aid, d, path)}<div class="comments-link"><a href="{path}#respond">Leave a comment</a></div></div></header>
<div class="entry-summary"><p>{esc(excerpt)} &hellip; <a href="{path}">อ่านต่อ <span class="meta-nav">&rarr; </span></a></p></div>
<footer class="entry-meta2"></footer>
</article>"""

    def render_list(self, n):
        items = self.pages[n - 1]
        rows = [self.excerpt_row(a.id, a.title, a.published, a.paras[0][:150]) for a in items]
        if n == 2:
            d = items[3].published + dt.timedelta(hours=2)
            rows.insert(
                4,
                self.excerpt_row(
                    DELETED_ID,
                    "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป (ยกเลิกประกาศ)",
                    d,
                    "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป",
                ),
            )
        total = len(self.pages)

        def href(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        nav = [f"<span class='pages'>หน้า {n} จาก {total}</span>"]
        if n > 1:
            nav.append(f'<a class="previouspostslink" rel="prev" href="{href(n - 1)}">&laquo;</a>')
        for k in range(1, total + 1):
            nav.append(
                f"<span aria-current='page' class='current'>{k}</span>"
                if k == n
                else f'<a class="page larger" title="หน้า {k}" href="{href(k)}">{k}</a>'
            )
        if n < total:
            nav.append(f'<a class="nextpostslink" rel="next" href="{href(n + 1)}">&raquo;</a>')
            nav.append(f'<a class="last" href="{href(total)}">สุดท้าย &raquo;</a>')
        content = f"""<header class="page-header"><h1 class="page-title">Category Archives: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(rows)}
<div class='wp-pagenavi' role='navigation'>{"".join(nav)}</div>"""
        title = "ข่าวประชาสัมพันธ์ | " + OFFICE + (f" | หน้า {n}" if n > 1 else "")
        return self.html_response(
            self.shell(title, content, body_class="archive category category-news")
        )

    def body_html(self, a) -> str:
        out = []
        for k, p in enumerate(a.paras):
            if k == 0:
                chunks = [c for c in p.split(" ") if len(c) >= 15]
                cut = len(p) // 2
                if chunks:
                    c = chunks[len(chunks) // 2]
                    cut = p.index(c) + len(c) // 2
                while cut < len(p) and p[cut] not in THAI_BASE:
                    cut += 1
                out.append(
                    f"<p>{SPAN}{nbsp_runs(esc(p[:cut]))}</span>{SPAN}{nbsp_runs(esc(p[cut:]))}</span></p>"
                )
            else:
                out.append(f"<p>{nbsp_runs(wbr(p, 8 + (k % 3)))}</p>")
        if a.source:
            out.append(
                f'<p style="text-align: right;"><strong>{esc(a.extra["label"])} : {esc(a.source)}</strong></p>'
            )
        return "\n".join(out)

    def render_article(self, a, base):
        d = a.published
        url = f"{base}{a.path}"
        enc = quote(url, safe="")
        prev, nxt = self.neighbours(a)

        def navblock(ident):
            left = (
                f'<a href="{prev.path}" rel="prev"><span class="meta-nav">&laquo;</span> {esc(prev.title)}</a>'
                if prev
                else ""
            )
            right = (
                f'<a href="{nxt.path}" rel="next">{esc(nxt.title)} <span class="meta-nav">&raquo;</span></a>'
                if nxt
                else ""
            )
            return f'<div id="{ident}" class="navigation"><div class="nav-previous">{left}</div><div class="nav-next">{right}</div></div>'

        title_html = wbr(a.title, 7) if a.extra["wbr_title"] else esc(a.title)
        related = "".join(
            f"""<article class="rp4wp-post post-{x.id}"><div class="rp4wp-related-post-content"><h4><a href="{x.path}">{esc(x.title)}</a></h4><time class="rp4wp-date" datetime="{x.published.isoformat()}">{date_th(x.published)}</time><p>{esc(x.paras[-1][:110])}&hellip;</p></div></article>"""
            for x in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<span class="bl_posted">Tagged '
                + ", ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + ".</span>"
            )
        comments = ""
        if a.extra["comments"]:
            items = []
            for j, (who, text) in enumerate(a.extra["comments"]):
                cd = d + dt.timedelta(days=j + 1, hours=3 + j, minutes=17 * j)
                cid = a.id * 10 + j
                items.append(
                    f"""<li id="comment-{cid}" class="comment {"even" if j % 2 == 0 else "odd"} thread-{"even" if j % 2 == 0 else "odd"} depth-1">
<article id="div-comment-{cid}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><img alt="" src="/wp-content/uploads/avatar-default.png" class="avatar avatar-40 photo" height="40" width="40" /><b class="fn">{esc(who)}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="{a.path}#comment-{cid}"><time datetime="{cd.isoformat()}">{date_th(cd)} เวลา {cd:%H:%M} น.</time></a></div></footer>
<div class="comment-content"><p>{esc(text)}</p></div>
<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{a.path}?replytocom={cid}#respond">ตอบกลับ</a></div></article></li>"""
                )
            comments = f"""<h3 id="comments-title">{len(items)} ความคิดเห็นต่อ <em>{esc(a.title)}</em></h3>
<ol class="commentlist">{"".join(items)}</ol>"""
        content = f"""{navblock("nav-above")}
<div id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
<h2 class="entry-title">{title_html}</h2>
<div class="entry-meta">{self.posted_on(a.id, d, a.path)}</div>
<div class="entry-content">
<div class="printfriendly pf-button pf-button-content pf-alignleft"><a href="#" rel="nofollow" onclick="window.print(); return false;" title="Printer Friendly, PDF &amp; Email"><img src="/wp-content/plugins/printfriendly/images/pf-icon-small.gif" alt="Print Friendly, PDF &amp; Email" />{PRINT}</a></div>
{self.body_html(a)}
<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all" data-element-id="{a.id}"><img src="/wp-content/plugins/page-views-count/ajax-loader-2x.gif" border="0" alt="" /> {a.views:,} total views, {a.extra["today"]} views today</p><div class="pvc_clear"></div>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">{SHARE}</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{a.path}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-twitter"><a rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon" href="{a.path}?share=twitter" target="_blank" title="คลิกเพื่อแบ่งปันบน Twitter"><span>Twitter</span></a></li><li class="share-custom share-line"><a rel="nofollow" class="share-line sd-button share-icon" href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank"><span>LINE</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class="rp4wp-related-posts rp4wp-related-post"><h3>{RELATED}</h3>{related}</div>
</div>
<div class="entry-utility">{tags}<span class="bl_bookmark"> Bookmark the  <a href="{a.path}" title="Permalink to {esc(a.title)}" rel="bookmark"> permalink</a>.</span></div>
</div>
{navblock("nav-below")}
<div id="comments">{comments}
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{REPLY}</h3><p class="must-log-in">{LOGIN} <a href="/wp-login.php?redirect_to={enc}">เข้าสู่ระบบ</a></p></div></div>"""
        return self.html_response(
            self.shell(f"{esc(a.title)} | {OFFICE}", content, a=a, base=base, canonical=url)
        )

    def render_deleted(self):
        content = """<div id="post-0" class="post error404 not-found"><h2 class="entry-title">ไม่พบหน้าที่ต้องการ</h2><div class="entry-content"><p>ขออภัย ไม่พบหน้าที่ท่านต้องการ เนื้อหานี้อาจถูกลบหรือย้ายไปแล้ว ลองค้นหาอีกครั้ง</p><form role="search" method="get" class="searchform" action="/"><input type="text" name="s" class="s" /><input type="submit" class="searchsubmit" value="OK" /></form></div></div>"""
        return self.html_response(self.shell(f"ไม่พบหน้า | {OFFICE}", content, body_class="error404"))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/intro/":
            return self.render_intro(qs1(query, "redirect_to", "/category/news/"))
        if path == "/" and qs1(query, "intro") == "enter":
            to = unquote(qs1(query, "redirect_to", "/category/news/"))
            if not to.startswith("/") or to.startswith("//"):
                to = "/"
            return (
                302,
                {
                    "Location": base + to,
                    "Set-Cookie": f"{COOKIE}=1; path=/; max-age=86400",
                },
                b"",
            )
        if not has_cookie(COOKIE):
            want = path + (f"?{raw_query}" if raw_query else "")
            return 302, {"Location": f"{base}/intro/?redirect_to={quote(want, safe='')}"}, b""
        if path == LIMITED_PATH and _request_handler() is not None:
            with self._lock:
                now = time.monotonic()
                t = self._limited.get(path)
                if t is None or now - t > 90:
                    self._limited[path] = now
                    return (
                        429,
                        {"Retry-After": "2", "Content-Type": "text/html; charset=utf-8"},
                        (
                            b"<html><head><title>429 Too Many Requests</title></head><body>"
                            b"<h1>Too Many Requests</h1><p>You have sent too many requests in a given amount of time.</p>"
                            b"</body></html>"
                        ),
                    )
        return self.serve_page(path, query, base)

    def serve_page(self, path, query, base):
        m = re.fullmatch(r"/archives/(\d+)/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a, base) if a else None
        if path == "/":
            return 302, {"Location": f"{base}/category/news/"}, b""
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/?)?", path)
        if m:
            n = int(m[1] or 1)
            if 1 <= n <= len(self.pages):
                return self.render_list(n)
        return None

    def page_text(self, a) -> str:
        res = self.serve_page(a.path, {}, "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        body = re.sub(r"<wbr>|</?span[^>]*>", "", body)
        return html.unescape(re.sub(r"<[^>]+>", " ", body))

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                COOKIE_BAR,
                COUNTER,
                FOOTER,
                RELATED,
                SHARE,
                PRINT,
                REPLY,
                LOGIN,
                MOURNING,
                ENTER,
                "total views",
                "views today",
                f"{a.views:,} total views",
                "Bookmark the",
                "permalink",
                "Tagged",
                "Skip to content",
                "เรื่องล่าสุด",
                "Powered by",
                "ตอบกลับ",
                "says:",
                "ความคิดเห็นต่อ",
                *[text for _, text in a.extra["comments"]],
                *[who for who, _ in a.extra["comments"]],
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.paras[-1][:60] for x in self.related(a)]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.articles[:5]]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [
                s for s in must_not if (s in text or s in (MOURNING, ENTER)) and s not in whole
            ]
            rec = expected_record(a, modified=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            assert a.title in text, a.id
            out.append(rec)
        return out


SITE = MantraSplashSite()

if __name__ == "__main__":
    main(SITE)
