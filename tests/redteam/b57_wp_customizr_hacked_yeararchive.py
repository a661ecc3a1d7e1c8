"""Blind-57 red-team site (part A): a provincial office (สำนักงานจังหวัดอุทัยธานี-like) on
**WordPress 5.4 + Customizr 3.4 (Press Customizr, the "classic" tc_ markup)** that has been
**hacked** and runs on a PHP newer than its plug-ins. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code corpus): Customizr's own templates in
presscustomizr/customizr (`templates/content/singles/post_content.php`: `article` >
`section.entry-content` with `the_content()` then `wp_link_pages()`, `footer.entry-meta`;
`templates/content/post-metas/post_metas_text.php`: `div.entry-meta` with `span.pub-date`,
`span.w-cat` "in", `span.w-tags` "tagged", `span.by-author` "by" and `span.up-date`
"(updated: …)"). The classic page skeleton (`#tc-page-wrap`, `header.tc-header`,
`#main-wrapper.container`, `div.span9.article-container`, `div.span3.tc-sidebar`, `#tc-footer`
"Designed by Press Customizr"), PHP's `html_errors` format ("<b>Deprecated</b>: … in <b>…</b> on
line <b>21</b>"), WP-PostViews, YARPP's "Related posts" block, Ultimate Social Media Icons
("Please follow & like us :)"), ResponsiveVoice's listen button, Google Translate's gadget and
the usual SEO-spam injections of hacked Thai government WordPress sites are from memory. No one's
code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- plain permalinks `/?p=N` (never switched to pretty ones), `rel=canonical` to the same;
  `h1.entry-title`;
  `<time class="entry-date" datetime="…+07:00">` in `span.pub-date`;
  "(ปรับปรุง: 14 มีนาคม 2567)" in `span.up-date` on edited posts (a day, no time);
- **NEW: a hacked site: SEO-spam links (สล็อตเว็บตรง, บาคาร่าออนไลน์, แทงบอลออนไลน์) injected into
  `the_content` — a `<div style="position:absolute;left:-9999px">` after the text, a
  `<span style="display:none">` inside a paragraph of the text (one post in two), and a
  `<p class="wp-block-sc">` that an injected stylesheet rule hides; a hidden link list in the
  footer too**;
- **NEW: PHP warnings printed into the page: "Deprecated: Function create_function() is deprecated
  in …/wp-content/plugins/…" before `<!DOCTYPE html>` on every page, and "Warning: count():
  Parameter must be an array or an object that implements Countable in … on line 112" inside
  `section.entry-content` between two paragraphs (one post in three)**;
- **NEW: an archive split by year: `/category/news/` lists this year's (2567) posts only
  ("ข่าวประชาสัมพันธ์ ปี 2567", two pages); "ข่าวย้อนหลัง : ปี 2566 | ปี 2565" and the sidebar's
  yearly Archives widget link `/2023/` (two pages) and `/2022/` (one page); every year's posts are
  expected**;
- **NEW: widgets printed inside the content: Google Translate ("Select Language", "Powered by
  Google Translate"), a ResponsiveVoice button "ฟังข่าว" above the text, and a QR code with
  "สแกนเพื่ออ่านบนมือถือ" after it**;
- **NEW: the view counter in a new wording: WP-PostViews' template set to "👁 ผู้ชม 1,234"**;
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" bold right-aligned (one in six none); tags
  "แท็ก" in the meta row; Ultimate Social Media Icons "Please follow & like us :)" and
  "แชร์ข่าวนี้"; YARPP "ข่าวที่เกี่ยวข้อง:" (titles) inside the content; prev/next titles;
  comments "แสดงความคิดเห็น" + "คุณต้องเข้าสู่ระบบก่อนแสดงความคิดเห็น"; sidebar recent posts,
  archives, counter; PDPA bar;
- deleted item (linked from page 2): `/?p=1490`, **200**: Customizr's not-found content ("Ooops,
  page not found" + search form) served with a 200 by the page cache.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_full,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดอุทัยธานี"
PER = 6
DELETED_ID = 1490
SOURCES = [
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("เรียบเรียง", "ฝ่ายบริหารงานทั่วไป สำนักงานจังหวัดอุทัยธานี"),
    ("ที่มา", "ที่ทำการปกครองจังหวัดอุทัยธานี"),
    ("ข่าว/ภาพ", "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"),
    None,
]
TAGS = ["ผู้ว่าราชการจังหวัด", "อุทัยธานี", "ประชุม", "จิตอาสา", "ศูนย์ดำรงธรรม", "OTOP"]
SPAM = [
    ("https://ufa-slot168.example.com/", "สล็อตเว็บตรง"),
    ("https://baccarat-th.example.net/", "บาคาร่าออนไลน์"),
    ("https://ufabet-ball.example.org/", "แทงบอลออนไลน์ UFABET"),
    ("https://pgslot-auto.example.com/", "pg slot ทดลองเล่นฟรี"),
]
DEPRECATED = (
    "<br />\n<b>Deprecated</b>:  Function create_function() is deprecated in "
    "<b>/home/uthaiprov/domains/uthaithani.go.th/public_html/wp-content/plugins/"
    "thai-date-widget/widget.php</b> on line <b>21</b><br />\n"
)
WARNING = (
    "<br />\n<b>Warning</b>:  count(): Parameter must be an array or an object that implements "
    "Countable in <b>/home/uthaiprov/domains/uthaithani.go.th/public_html/wp-content/plugins/"
    "gallery-lightbox-slider/inc/shortcode.php</b> on line <b>112</b><br />\n"
)
COOKIE_BAR = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน หากท่านใช้งานเว็บไซต์ต่อถือว่ายอมรับนโยบายคุกกี้"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 1,208,337 คน"
FOOTER = "ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"
RELATED = "ข่าวที่เกี่ยวข้อง:"
LISTEN = "ฟังข่าว"
QR = "สแกนเพื่ออ่านบนมือถือ"
FOLLOW = "Please follow & like us :)"
LOGIN = "คุณต้องเข้าสู่ระบบก่อนแสดงความคิดเห็น"
YEAR_LINKS = "ข่าวย้อนหลัง :"


def th_year(d: dt.datetime) -> int:
    return d.year + 543


class CustomizrHackedSite(BaseSite):
    key = "b57_wp_customizr_hacked_yeararchive"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress 5.4 + Customizr 3.4 (classic), hacked: hidden SEO-spam links "
        "in and after the text, PHP Deprecated/Warning lines before the doctype and inside the "
        "content, Google Translate / listen / QR widgets inside the content, WP-PostViews "
        "'👁 ผู้ชม 1,234', the news category limited to this year with yearly archives /2023/, /2022/"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 22, 16, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            shift = 0 if i < 10 else (365 if i < 19 else 730)
            a.published = a.published - dt.timedelta(days=shift)
            if a.modified:
                a.modified = a.modified - dt.timedelta(days=shift)
            a.time_printed = True  # <time datetime> always carries the time
            a.id = 1500 - i * 7 - (i % 3)
            a.path = f"/?p={a.id}"
            a.views = 45 + (i * 277 + 130) % 3900
            if i % 3 == 2:
                a.modified = None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["spam_inline"] = i % 2 == 0
            a.extra["warning"] = i % 3 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.years = {}
        for a in arts:
            self.years.setdefault(a.published.year, []).append(a)
        assert sorted(self.years) == [2022, 2023, 2024], sorted(self.years)
        assert [len(self.years[y]) for y in (2024, 2023, 2022)] == [10, 9, 5]
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/category/news/", "/category/news/page/2/", "/2023/", "/2023/page/2/", "/2022/"]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    # ------------------------------------------------------------------ shell
    def spam_footer(self) -> str:
        links = " ".join(f'<a href="{u}">{esc(t)}</a>' for u, t in SPAM)
        return f'<div style="display:none">{links}</div>'

    def shell(self, title, content, *, canonical=None, body_class="single single-post"):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        years = "".join(f"<li><a href='/{y}/'>{y}</a></li>" for y in (2024, 2023, 2022))
        canon = f'<link rel="canonical" href="{canonical}" />' if canonical else ""
        return f"""{DEPRECATED}<!DOCTYPE html>
<!--[if IE 7]><html class="ie ie7 no-js" lang="th"><![endif]-->
<!--[if !(IE 7) | !(IE 8)  ]><!--><html class="no-js" lang="th"><!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=EDGE" />
<title>{title}</title>
{canon}
<link rel='stylesheet' id='customizr-common-css' href='/wp-content/themes/customizr/inc/assets/css/tc_common.min.css?ver=3.4.38' type='text/css' media='all' />
<link rel='stylesheet' id='customizr-skin-css' href='/wp-content/themes/customizr/inc/assets/css/green.min.css?ver=3.4.38' type='text/css' media='all' />
<link rel='stylesheet' id='sfsi-css' href='/wp-content/plugins/ultimate-social-media-icons/css/sfsi-style.css?ver=2.5.2' type='text/css' media='all' />
<style type="text/css">.wp-block-sc{{display:none!important}}</style>
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.js?ver=1.12.4-wp'></script>
<script src='https://code.responsivevoice.org/responsivevoice.js?key=Uth41'></script>
</head>
<body class="{body_class} tc-fade-hover-links tc-l-sidebar tc-center-images skin-green customizr-3-4-38 tc-sticky-header">
<div id="tc-page-wrap" class="">
<header class="tc-header clearfix row-fluid tc-tagline-off tc-title-logo-on  tc-sticky-logo-on tc-shrink-on tc-menu-on logo-left" role="banner">
<div class="brand span3 pull-left"><a class="site-logo" href="/" title="{OFFICE} | ศูนย์ข้อมูลข่าวสารจังหวัด"><img src="/wp-content/uploads/2019/05/logo-uthai.png" alt="กลับหน้าหลัก" width="250" height="100" /></a></div>
<div class="container outside"><h2 class="site-description">ศูนย์ข้อมูลข่าวสารจังหวัด</h2></div>
<div class="navbar-wrapper clearfix span9 tc-submenu-fade tc-submenu-move tc-open-on-hover pull-menu-right"><div class="navbar resp"><div class="navbar-inner" role="navigation"><div class="nav-collapse collapse tc-hover-menu-wrapper"><div class="menu-main-container"><ul id="menu-main" class="nav tc-hover-menu"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับจังหวัด</a></li><li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div></div></div></div></div>
</header>
<div id="main-wrapper" class="container">
<div class="tc-hot-crumble container" role="navigation"><div class="row"><div class="span12"><div class="breadcrumb-trail breadcrumbs"><span class="trail-begin"><a href="/" title="{OFFICE}" rel="home" class="trail-begin">หน้าแรก</a></span> <span class="sep">&raquo;</span> <a href="/category/news/">ข่าวประชาสัมพันธ์</a></div></div></div></div>
<div class="container" role="main">
<div class="row column-content-wrapper">
<div id="left" class="span3 left tc-sidebar"><div id="left-widget-area" class="widget-area" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><div><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="ค้นหา" /></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">เรื่องล่าสุด</h3><ul>{recent}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">คลังข่าว</h3><ul>{years}</ul></aside>
<aside id="text-3" class="widget widget_text"><h3 class="widget-title">สถิติผู้เข้าชม</h3><div class="textwidget"><p>{COUNTER}</p></div></aside>
</div></div>
<div id="content" class="span9 article-container tc-gallery-style">
{content}
</div>
</div>
</div>
</div>
<footer id="footer" class="">
<div id="footer_one" class="widget-area" role="complementary"><aside class="widget widget_text"><div class="textwidget"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 5651 1063</p></div></aside></div>
<div class="colophon"><div class="container"><div class="row-fluid"><div class="span3 social-block pull-left"></div><div class="span6 credits"><p>&middot; <span class="tc-copyright-text">&copy; 2024</span> <a href="/" title="{OFFICE}" rel="bookmark">{OFFICE}</a> &middot; <span class="tc-credits-text">Designed by</span> <a href="https://presscustomizr.com/">Press Customizr</a> &middot; <span class="tc-wp-powered-text">Powered by</span> <a class="icon-wordpress" target="_blank" href="https://wordpress.org" title="Powered by WordPress"></a> &middot;</p></div></div></div></div>
{self.spam_footer()}
</footer>
</div>
<div id="pdpa-notice" class="pdpa-bar" style="position:fixed;bottom:0;width:100%"><p>{COOKIE_BAR} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p><button type="button">ยอมรับ</button></div>
<script type='text/javascript' src='/wp-content/themes/customizr/inc/assets/js/tc-scripts.min.js?ver=3.4.38'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def excerpt_row(self, aid, title, d, excerpt) -> str:
        return f"""<article id="post-{aid}" class="row-fluid post-{aid} post type-post status-publish format-standard category-news">
<section class="tc-content span12"><header class="entry-header"><h2 class="entry-title "><a href="/?p={aid}" title="Permalink to {esc(title)}" rel="bookmark">{esc(title)}</a></h2><div class="entry-meta"><span class="pub-date"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{fmt_full(d)}</time></a></span> <span class="w-cat">ใน <a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div></header>
<section class="entry-summary"><p>{esc(excerpt)} [&hellip;]</p></section></section>
<hr class="featurette-divider __loop"></article>"""

    def render_list(self, items, heading, page, pages, base):
        rows = [self.excerpt_row(a.id, a.title, a.published, a.paras[0][:160]) for a in items]
        if base == "/category/news/" and page == 2:
            d = items[2].published + dt.timedelta(hours=3)
            rows.insert(
                3,
                self.excerpt_row(
                    DELETED_ID,
                    "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือกเป็นพนักงานราชการทั่วไป (ยกเลิก)",
                    d,
                    "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือก",
                ),
            )
        nav = []
        if page < pages:
            nav.append(
                f'<li class="previous"><span class="nav-previous"><a href="{base}page/{page + 1}/"><span class="meta-nav">&larr;</span> เรื่องเก่ากว่า</a></span></li>'
            )
        if page > 1:
            newer = base if page == 2 else f"{base}page/{page - 1}/"
            nav.append(
                f'<li class="next"><span class="nav-next"><a href="{newer}">เรื่องใหม่กว่า <span class="meta-nav">&rarr;</span></a></span></li>'
            )
        years = ""
        if base == "/category/news/":
            years = f'<div class="archive-years"><p><strong>{YEAR_LINKS}</strong> <a href="/2023/">ปี 2566</a> | <a href="/2022/">ปี 2565</a></p></div>'
        content = f"""<header class="archive-header"><h1 class="format-icon">{esc(heading)}</h1>{years}<hr class="featurette-divider __before_loop"></header>
{"".join(rows)}
<nav id="nav-below" class="navigation"><h3 class="assistive-text">เลื่อนดูเรื่อง</h3><ul class="pager">{"".join(nav)}</ul></nav>"""
        return self.html_response(
            self.shell(f"{esc(heading)} | {OFFICE}", content, body_class="archive category")
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        paras = []
        for k, p in enumerate(a.paras):
            if a.extra["spam_inline"] and k == 1:
                u, t = SPAM[(a.id // 7) % len(SPAM)]
                paras.append(
                    f'<p>{esc(p)}<span style="display:none"><a href="{u}">{esc(t)}</a></span></p>'
                )
            else:
                paras.append(f"<p>{esc(p)}</p>")
            if a.extra["warning"] and k == 1:
                paras.append(WARNING)
        if a.source:
            paras.append(
                f'<p style="text-align: right;"><strong>{esc(a.extra["label"])} : {esc(a.source)}</strong></p>'
            )
        return "\n".join(paras)

    def render_article(self, a, base):
        d = a.published
        url = f"{base}{a.path}"
        enc = quote(url, safe="")
        prev, nxt = self.neighbours(a)
        tags = ""
        if a.tags:
            tags = (
                ' <span class="w-tags">แท็ก '
                + " / ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        up = ""
        if a.modified:
            up = f' <span class="up-date">(ปรับปรุง: {fmt_full(a.modified)})</span>'
        related = "".join(
            f'<li><a href="{x.path}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        spam_block = "".join(f'<a href="{u}" title="{esc(t)}">{esc(t)}</a> ' for u, t in SPAM)
        nav = []
        if prev:
            nav.append(
                f'<li class="previous"><span class="nav-previous"><a href="{prev.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(prev.title)}</a></span></li>'
            )
        if nxt:
            nav.append(
                f'<li class="next"><span class="nav-next"><a href="{nxt.path}" rel="next">{esc(nxt.title)} <span class="meta-nav">&rarr;</span></a></span></li>'
            )
        content = f"""<article id="post-{a.id}" class="row-fluid post-{a.id} post type-post status-publish format-standard has-post-thumbnail category-news">
<header class="entry-header"><h1 class="entry-title ">{esc(a.title)}</h1>
<div class="entry-meta"><span class="pub-date"><a href="/{d.year}/{d.month:02d}/{d.day:02d}/" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{fmt_full(d)}</time></a></span> <span class="w-cat">ใน <a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{tags} <span class="by-author">โดย <span class="author vcard"><a class="url fn n" href="/author/prd-uthai/" rel="author">admin_pr</a></span></span>{up}</div>
<hr class="featurette-divider __before_content"></header>
<section class="entry-content ">
<div id="google_translate_element" class="gtranslate-inline"><div class="skiptranslate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option><option value="en">English</option><option value="zh-CN">Chinese (Simplified)</option><option value="lo">Lao</option><option value="my">Myanmar (Burmese)</option></select></div>Powered by <span style="white-space:nowrap"><a class="goog-logo-link" href="https://translate.google.com" target="_blank">Google</a></span> Translate</div></div>
<div class="responsivevoice-button-wrap"><button id="listenButton1" class="responsivevoice-button" type="button" value="Play" title="ResponsiveVoice Tap to Start/Stop Speech"><span>&#128266; {LISTEN}</span></button></div>
<p class="post-views post-{a.id} entry-meta"><span class="post-views-icon">&#128065;</span> <span class="post-views-label">ผู้ชม</span> <span class="post-views-count">{a.views:,}</span></p>
{self.body_html(a)}
<p class="wp-block-sc"><a href="{SPAM[0][0]}">{esc(SPAM[0][1])}</a> <a href="{SPAM[1][0]}">{esc(SPAM[1][1])}</a></p>
<div class="qr-code-post" style="text-align:center"><img src="https://api.qrserver.com/v1/create-qr-code/?size=120x120&amp;data={enc}" alt="QR Code" width="120" height="120" /><br /><small>{QR}</small></div>
<div class="sfsi_widget sfsi_plus_afterpostcontent"><div class="sfsi_plus_Sicons"><div style="float:left;margin:0 8px 0 0"><span>{FOLLOW}</span></div><span class="sfsi-share-label">แชร์ข่าวนี้</span> <a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url={enc}" target="_blank">Twitter</a></div></div>
<div class="yarpp-related"><h3>{RELATED}</h3><ol>{related}</ol></div>
<div style="position:absolute;left:-9999px;top:-9999px">{spam_block}</div>
</section>
<footer class="entry-meta"></footer>
</article>
<hr class="featurette-divider __after_article">
<nav id="nav-below" class="navigation"><h3 class="assistive-text">เลื่อนดูเรื่อง</h3><ul class="pager">{"".join(nav)}</ul></nav>
<hr class="featurette-divider __after_loop">
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น</h3><p class="must-log-in">{LOGIN} <a href="/wp-login.php?redirect_to={enc}">เข้าสู่ระบบ</a></p></div></div>"""
        return self.html_response(self.shell(f"{esc(a.title)} | {OFFICE}", content, canonical=url))

    def render_deleted(self):
        content = """<article id="post-0" class="post error404 no-results not-found row-fluid"><div class="tc-content span12 format-icon"><header class="entry-header"><h1 class="entry-title ">Ooops, page not found</h1><hr class="featurette-divider __before_content"></header><section class="entry-content"><p>ขออภัย ไม่พบหน้าที่ท่านต้องการ ลองค้นหาอีกครั้ง</p><form role="search" method="get" class="searchform" action="/"><input type="text" name="s" /><input type="submit" value="ค้นหา" /></form></section></div></article>"""
        return self.html_response(self.shell(f"ไม่พบหน้า | {OFFICE}", content, body_class="error404"))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/" and "p" in query:
            p = query["p"][0]
            if p.isdigit():
                if int(p) == DELETED_ID:
                    return self.render_deleted()
                a = self.by_id.get(int(p))
                return self.render_article(a, base) if a else None
            return None
        if path == "/":
            return 302, {"Location": f"{base}/category/news/"}, b""
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/?)?", path)
        if m:
            return self._year_list(2024, int(m[1] or 1), "/category/news/", "ข่าวประชาสัมพันธ์ ปี 2567")
        m = re.fullmatch(r"/(20\d\d)/(?:page/(\d+)/?)?", path)
        if m and int(m[1]) in self.years:
            y = int(m[1])
            return self._year_list(y, int(m[2] or 1), f"/{y}/", f"คลังข่าวรายปี: {y}")
        return None

    def _year_list(self, year, page, base, heading):
        items = self.years[year]
        pages = [items[i : i + PER] for i in range(0, len(items), PER)]
        if not 1 <= page <= len(pages):
            return None
        return self.render_list(pages[page - 1], heading, page, len(pages), base)

    def page_text(self, a) -> str:
        res = self.route("/", {"p": [str(a.id)]}, f"p={a.id}", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
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
                LISTEN,
                QR,
                FOLLOW,
                LOGIN,
                "แชร์ข่าวนี้",
                "Select Language",
                "Powered by",
                "Deprecated",
                "create_function",
                "Warning",
                "Countable",
                "on line",
                "wp-content/plugins",
                f"ผู้ชม {a.views:,}",
                "Designed by",
                "เรื่องล่าสุด",
                *[t for _, t in SPAM],
                "สล็อต",
                "บาคาร่า",
                "แทงบอล",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.articles[:5]]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified_time=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = CustomizrHackedSite()

if __name__ == "__main__":
    main(SITE)
