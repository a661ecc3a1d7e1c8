"""Blind-53 red-team site (part A): a provincial agriculture office (สำนักงานเกษตรจังหวัดพิจิตร)
on **WordPress 5.9 + Twenty Thirteen** (Thai language pack) with WP-Print, Super Socializer,
YARPP, a3 Page Views Count, a Thai-year date plug-in and the core Calendar widget. Built
blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Twenty Thirteen's `content.php` and child-theme
copies of it (`article > header.entry-header > h1.entry-title`, the archive's
`h1.entry-title > a[rel=bookmark]`, `div.entry-meta`, `div.entry-content` with "Continue reading
<span class="meta-nav">&rarr;</span>", `footer.entry-meta`, `div.comments-link` "Leave a
comment"); **WP-Print**'s readme (`print_link()` placed inside the loop of `index.php` *and*
`single.php`, so the print link shows on the listing and on every post; the print page at
`<permalink>print/`) and WP Print Friendly's readme (nice `/print/` URLs). Twenty Thirteen's
header (`h1.site-title`), `paging-navigation` ("เรื่องเก่ากว่า" / "เรื่องใหม่กว่า") and
`post-navigation`, the core Calendar widget (`table#wp-calendar`, day links `/2024/03/05/`),
Super Socializer's sharing box, YARPP's "Related posts" list, a3 Page Views Count
(`p.pvc_stats` "N total views, M views today"), WordPress's password-protected post form, and
the Cookie Notice bar are from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a print-friendly twin `/news/<slug>/print/` (WP-Print) linked from every post and
  from every listing row** ("พิมพ์บทความนี้"); the print page repeats headline, date and text
  under `meta robots noindex` and "URL to article: <permalink>"; it is not a second record;
- **NEW: one article at two addresses** — a hand-written "ข่าวแนะนำ" text widget in the
  sidebar links four posts with the addresses the editor copied from Facebook / LINE
  (`?utm_source=facebook&utm_medium=social&fbclid=IwAR…`, `?utm_source=line…`); the posts
  declare `<link rel="canonical">` and the expected record is the canonical address;
- **NEW: a calendar of days** — the core Calendar widget on every page links the days with
  posts (`/2024/03/05/`) and the previous month (`/2024/02/`); those date archives list the
  same posts again (a crawler trap; they are not listing pages of the site);
- **NEW: dates "อ. 5 มี.ค. 2567 10:30 AM"** (abbreviated Thai weekday, abbreviated month, BE
  year, 12-hour clock with AM/PM) in `time.entry-date`, **whose `datetime` carries the BE year
  in ISO order ("2567-03-05T10:30:00+07:00")**: the Thai-year plug-in rewrites every
  `get_the_date` format, the machine one included;
- **NEW: the source after "ผู้ส่งข่าว :" or "ส่งข่าวโดย :"** as the text's last line (one post
  in five has none);
- **NEW: the counter "1,234 total views, 12 views today"** (a3 Page Views Count) under the text:
  the views-today figure is not the view count;
- the deleted item is a **password-protected post** (200, "ป้องกัน: …" headline, the password
  form, no text) linked from page 2;
- furniture: `h1.site-title` (office) above the post's `h1.entry-title`; Super Socializer
  "แบ่งปัน" box inside `entry-content`; YARPP "เรื่องที่เกี่ยวข้อง:" list with titles inside
  `entry-content`; categories and tags in `footer.entry-meta`; post navigation with neighbour
  titles; comment form "ใส่ความเห็น"; sidebar "เรื่องล่าสุด", the calendar, "ข่าวแนะนำ";
  footer counter; Cookie Notice bar.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
TAGLINE = "Phichit Provincial Agricultural Extension Office"
PER = 8
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SOURCES = [
    ("ผู้ส่งข่าว", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร"),
    ("ส่งข่าวโดย", "สำนักงานเกษตรอำเภอตะพานหิน"),
    ("ผู้ส่งข่าว", "กลุ่มส่งเสริมและพัฒนาการผลิต"),
    ("ส่งข่าวโดย", "สำนักงานเกษตรอำเภอบางมูลนาก"),
    None,
]
TAGS = ["ข้าว", "ศพก.", "แปลงใหญ่", "Young Smart Farmer", "โรคและแมลง", "เกษตรกร"]
CATS = [("news", "ข่าวประชาสัมพันธ์"), ("activity", "ข่าวกิจกรรม")]
DELETED_ID = 4412
DELETED_TITLE = "ประชุมคณะทำงานขับเคลื่อนงานส่งเสริมการเกษตร ครั้งที่ 2/2567"
PASSWORD_TEXT = "เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน ในการดูเนื้อหา กรุณาใส่รหัสผ่านของคุณด้านล่าง:"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์ที่ดีในการใช้งาน หากท่านใช้งานเว็บไซต์ต่อ ถือว่าท่านยอมรับการใช้คุกกี้"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 402,118 ครั้ง"
FOOTER = "ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000"
SHARE_TITLE = "แบ่งปัน"
RELATED = "เรื่องที่เกี่ยวข้อง:"
RECENT = "เรื่องล่าสุด"
PICKS = "ข่าวแนะนำ"
PRINT_LABEL = "พิมพ์บทความนี้"
TRACKERS = [
    "utm_source=facebook&utm_medium=social&utm_campaign=pr&fbclid=IwAR2xKq9Lm0Zr7PcBv1",
    "utm_source=line&utm_medium=oa&utm_campaign=news",
    "fbclid=IwAR0aT7hQm3Yd8Ws5KeNp4x",
    "utm_source=facebook&utm_medium=post&fbclid=IwAR3pX8sVb2Nm6Lq1Rt",
]


def th_date(d: dt.datetime) -> str:
    """'อ. 5 มี.ค. 2567 10:30 AM' (Thai locale D j M Y g:i A with a Thai-year plug-in)."""
    h = d.hour % 12 or 12
    ampm = "AM" if d.hour < 12 else "PM"
    return f"{WD_ABBR[d.weekday()]} {d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} {h}:{d.minute:02d} {ampm}"


def be_iso(d: dt.datetime) -> str:
    """'2567-03-05T10:30:00+07:00': the plug-in replaced the year in the 'c' format too."""
    return f"{d.year + 543}" + d.isoformat()[4:]


class WpTwentyThirteenSite(BaseSite):
    key = "b53_wp_twentythirteen_wpprint"
    family = "wordpress"
    imitates = (
        "provincial agriculture office on WordPress 5.9 + Twenty Thirteen: WP-Print /print/ "
        "twins linked from every post and listing row; sidebar text widget linking posts with "
        "utm/fbclid parameters (canonical declared); Calendar widget day archives repeating the "
        "posts; 'อ. 5 มี.ค. 2567 10:30 AM' with datetime='2567-03-05T10:30:00+07:00' (BE in ISO); "
        "'ผู้ส่งข่าว :' / 'ส่งข่าวโดย :' sources; a3 '1,234 total views, 12 views today'; "
        "Super Socializer, YARPP list in entry-content; password-protected deleted post"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 4300 + (n - i) * 5
            a.extra["slug"] = f"pck-{a.id}"
            a.path = f"/news/{a.extra['slug']}/"
            a.time_printed = True
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.modified = None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 40 + (i * 379 + 91) % 3900
            a.extra["today"] = 1 + (i * 7) % 23
            a.extra["cats"] = [CATS[0]] + ([CATS[1]] if i % 3 == 0 else [])
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.pages = [arts[k : k + PER] for k in range(0, n, PER)]
        assert len(self.pages) == 3
        self.picks = [arts[i] for i in (2, 9, 13, 20)]

    def listing_pages(self):
        return ["/category/news/", "/category/news/page/2/", "/category/news/page/3/"]

    def deleted_paths(self):
        return [f"/news/pck-{DELETED_ID}/"]

    # ------------------------------------------------------------------ pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 7, 11)]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def calendar(self, month: tuple[int, int]) -> str:
        y, m = month
        days = {
            a.published.day
            for a in self.articles
            if (a.published.year, a.published.month) == (y, m)
        }
        first = dt.date(y, m, 1)
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        ndays = (nxt - first).days
        cells = (
            [f'<td class="pad" colspan="{first.weekday()}">&nbsp;</td>'] if first.weekday() else []
        )
        rows, col = [], first.weekday()
        for d in range(1, ndays + 1):
            if d in days:
                cells.append(
                    f'<td><a href="/{y}/{m:02d}/{d:02d}/" aria-label="เรื่องที่เผยแพร่เมื่อ {d} {MONTHS[m - 1]} {y}">{d}</a></td>'
                )
            else:
                cells.append(f"<td>{d}</td>")
            col += 1
            if col == 7:
                rows.append("<tr>" + "".join(cells) + "</tr>")
                cells, col = [], 0
        if cells:
            rows.append("<tr>" + "".join(cells) + "</tr>")
        pm = (y - (m == 1), 12 if m == 1 else m - 1)
        prev = f'<a href="/{pm[0]}/{pm[1]:02d}/">&laquo; {MONTHS_ABBR[pm[1] - 1]}</a>'
        return f"""<aside id="calendar-2" class="widget widget_calendar"><div id="calendar_wrap" class="calendar_wrap"><table id="wp-calendar" class="wp-calendar-table">
	<caption>{MONTHS[m - 1]} {y + 543}</caption>
	<thead><tr><th scope="col" title="จันทร์">จ</th><th scope="col" title="อังคาร">อ</th><th scope="col" title="พุธ">พ</th><th scope="col" title="พฤหัสบดี">พฤ</th><th scope="col" title="ศุกร์">ศ</th><th scope="col" title="เสาร์">ส</th><th scope="col" title="อาทิตย์">อา</th></tr></thead>
	<tbody>{"".join(rows)}</tbody>
	</table><nav aria-label="เดือนก่อนหน้าและถัดไป" class="wp-calendar-nav"><span class="wp-calendar-nav-prev">{prev}</span><span class="pad">&nbsp;</span><span class="wp-calendar-nav-next">&nbsp;</span></nav></div></aside>"""

    def sidebar(self, month=(2024, 3)) -> str:
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        picks = "".join(
            f'<li><a href="{a.path}?{esc(TRACKERS[k])}" target="_blank">{esc(a.title)}</a></li>'
            for k, a in enumerate(self.picks)
        )
        return f"""<div id="tertiary" class="sidebar-container" role="complementary"><div class="sidebar-inner"><div class="widget-area">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">{RECENT}</h3><nav aria-label="{RECENT}"><ul>{recent}</ul></nav></aside>
<aside id="text-3" class="widget widget_text"><h3 class="widget-title">{PICKS}</h3><div class="textwidget"><ul>{picks}</ul></div></aside>
{self.calendar(month)}
</div></div></div>"""

    def shell(
        self, title: str, body_class: str, content: str, head: str = "", month=(2024, 3)
    ) -> str:
        return f"""<!DOCTYPE html>
<!--[if IE 7]><html class="ie ie7" lang="th"><![endif]-->
<!--[if !(IE 7) & !(IE 8)]><!--><html lang="th"><!--<![endif]-->
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width">
<title>{esc(title)}</title>
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="/xmlrpc.php">
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='twentythirteen-fonts-css' href='/wp-content/themes/twentythirteen/fonts/source-sans-pro-plus-bitter.css?ver=20230328' media='all' />
<link rel='stylesheet' id='twentythirteen-style-css' href='/wp-content/themes/twentythirteen/style.css?ver=20220524' media='all' />
<link rel='stylesheet' id='the_champ_frontend_css-css' href='/wp-content/plugins/super-socializer/css/front.css?ver=7.13.43' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/dist/style-frontend.css?ver=2.5.2' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.2' media='all' />
{head}
<meta name="generator" content="WordPress 5.9.3" />
</head>
<body class="{body_class} single-author sidebar">
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header" role="banner">
		<a class="home-link" href="/" title="{OFFICE}" rel="home">
			<h1 class="site-title">{OFFICE}</h1>
			<h2 class="site-description">{TAGLINE}</h2>
		</a>
		<div id="navbar" class="navbar">
			<nav id="site-navigation" class="navigation main-navigation" role="navigation">
				<button class="menu-toggle">เมนู</button>
				<a class="screen-reader-text skip-link" href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a>
				<div class="menu-main-container"><ul id="primary-menu" class="nav-menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/activity/">ข่าวกิจกรรม</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div>
				<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label></form>
			</nav>
		</div>
	</header>
	<div id="main" class="site-main">
	<div id="primary" class="content-area">
		<div id="content" class="site-content" role="main">
{content}
		</div>
	</div>
{self.sidebar(month)}
	</div>
	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-info">
			<p>{OFFICE} {FOOTER}</p>
			<p class="visitor-counter">{COUNTER}</p>
			<a href="https://wordpress.org/" class="imprint">ขับเคลื่อนโดย WordPress</a>
		</div>
	</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">นโยบายความเป็นส่วนตัว</a></span></div></div>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<script src='/wp-content/themes/twentythirteen/js/functions.js?ver=20210122' id='twentythirteen-script-js'></script>
</body>
</html>
"""

    def print_url(self, a) -> str:
        return f"{a.path}print/"

    def entry_meta(self, a) -> str:
        cats = ", ".join(
            f'<a href="/category/{s}/" rel="category tag">{n}</a>' for s, n in a.extra["cats"]
        )
        tags = ", ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
        tag_html = f'<span class="tags-links">{tags}</span>' if tags else ""
        return (
            f'<span class="date"><a href="{a.path}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">'
            f'<time class="entry-date" datetime="{be_iso(a.published)}">{th_date(a.published)}</time></a></span>'
            f'<span class="categories-links">{cats}</span>{tag_html}'
            f'<span class="author vcard"><a class="url fn n" href="/author/prphichit/" title="ดูเรื่องทั้งหมดโดย prphichit" rel="author">prphichit</a></span>'
        )

    def print_link(self, a) -> str:
        return (
            f'<span class="print-link"><a href="{self.print_url(a)}" title="{PRINT_LABEL}" rel="nofollow">'
            f'<img class="WP-PrintIcon" src="/wp-content/plugins/wp-print/images/printer_famfamfam.gif" alt="{PRINT_LABEL}" title="{PRINT_LABEL}" style="border: 0px;" /></a>&nbsp;'
            f'<a href="{self.print_url(a)}" title="{PRINT_LABEL}" rel="nofollow">{PRINT_LABEL}</a></span>'
        )

    def text_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["src"]:
            out.append(f"<p>{esc(a.extra['src'][0])} : {esc(a.extra['src'][1])}</p>")
        return "\n".join(out)

    def share(self, a, base) -> str:
        u = quote(f"{base}{a.path}", safe="")
        return f"""<div class="the_champ_sharing_container the_champ_horizontal_sharing" data-super-socializer-href="{base}{a.path}"><div class="the_champ_sharing_title" style="font-weight:bold">{SHARE_TITLE}</div><ul class="the_champ_sharing_ul"><li class="theChampSharingRound"><a href="https://www.facebook.com/sharer/sharer.php?u={u}" title="Facebook" rel="nofollow noopener" target="_blank"><span class="theChampSharingSvg theChampFacebookSvg"></span></a></li><li class="theChampSharingRound"><a href="https://social-plugins.line.me/lineit/share?url={u}" title="Line" rel="nofollow noopener" target="_blank"><span class="theChampSharingSvg theChampLineSvg"></span></a></li><li class="theChampSharingRound"><a href="https://twitter.com/intent/tweet?url={u}" title="Twitter" rel="nofollow noopener" target="_blank"><span class="theChampSharingSvg theChampTwitterSvg"></span></a></li><li class="theChampSharingRound"><span class="theChampSharingCount">{a.extra["today"] + 3}</span><a title="แชร์เพิ่มเติม" rel="nofollow"><span class="theChampSharingSvg theChampSharingMoreSvg"></span></a></li></ul><div class="theChampClear"></div></div>"""

    def pvc(self, a) -> str:
        return (
            f'<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all" data-element-id="{a.id}" style="">'
            f'<i class="pvc-stats-icon medium" aria-hidden="true"></i> {a.views:,}&nbsp;total views, {a.extra["today"]}&nbsp;views today</p><div class="pvc_clear"></div>'
        )

    def yarpp(self, a) -> str:
        items = "".join(
            f'<li><a href="{x.path}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        return f"<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<h3>{RELATED}</h3><ol>{items}</ol>\n</div>"

    # ------------------------------------------------------------------ pages
    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(older.title)}</a>'
        if newer:
            nav += f'<a href="{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav">&rarr;</span></a>'
        content = f"""
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
	<header class="entry-header">
		<div class="entry-thumbnail"><img width="604" height="270" src="/wp-content/uploads/{a.published:%Y/%m}/{a.extra["slug"]}-604x270.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" loading="lazy" /></div>
		<h1 class="entry-title">{esc(a.title)}</h1>
		<div class="entry-meta">
			{self.entry_meta(a)}
			{self.print_link(a)}
		</div>
	</header>
	<div class="entry-content">
		{self.text_html(a)}
{self.pvc(a)}
{self.share(a, base)}
{self.yarpp(a)}
	</div>
	<footer class="entry-meta">
	</footer>
</article>
<nav class="navigation post-navigation" role="navigation">
	<h1 class="screen-reader-text">เมนูนำทางเรื่อง</h1>
	<div class="nav-links">{nav}</div>
</nav>
<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3>
		<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">ความเห็น</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /><input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form>
	</div>
</div>"""
        head = (
            f'<link rel="canonical" href="{base}{a.path}" />\n'
            f"<link rel='shortlink' href='{base}/?p={a.id}' />\n"
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:url" content="{base}{a.path}" />'
        )
        m = (a.published.year, a.published.month)
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                content,
                head,
                m,
            )
        )

    def render_print(self, a, base):
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["src"]:
            text += f"\n<p>{esc(a.extra['src'][0])} : {esc(a.extra['src'][1])}</p>"
        page = f"""<!DOCTYPE html>
<html lang="th">
<head>
	<title>{OFFICE} &raquo; {esc(a.title)} &raquo; Print</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
	<meta name="Robots" content="noindex, nofollow" />
	<link rel="stylesheet" href="/wp-content/plugins/wp-print/print-css.css" type="text/css" media="screen, print" />
</head>
<body>
<p style="text-align: center;"><strong>- {OFFICE} - <span dir="ltr">{base}/</span> -</strong></p>
<div class="Center">
	<div id="Outline">
		<p id="BlogTitle">{esc(a.title)}</p>
		<p id="BlogDate">Posted By <u>prphichit</u> On {th_date(a.published)} In <a href="/category/news/">ข่าวประชาสัมพันธ์</a> | {PRINT_LABEL}</p>
		<div id="BlogContent">{text}</div>
	</div>
</div>
<hr class="Divider" style="text-align: center;" />
<p>Article printed from {OFFICE}: <strong dir="ltr">{base}</strong></p>
<p>URL to article: <strong dir="ltr">{base}{a.path}</strong></p>
<p style="text-align: center;">Copyright &copy; 2024 {OFFICE}. All rights reserved.</p>
<p style="text-align: center;"><a href="#Print" onclick="window.print(); return false;" title="คลิกที่นี่เพื่อพิมพ์">คลิกที่นี่เพื่อพิมพ์</a></p>
</body>
</html>
"""
        return self.html_response(page)

    def row(self, a) -> str:
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
	<header class="entry-header">
		<h1 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h1>
		<div class="entry-meta">{self.entry_meta(a)} {self.print_link(a)}</div>
	</header>
	<div class="entry-content">
		<p>{esc(a.paras[0])}</p>
		<p> <a href="{a.path}#more-{a.id}" class="more-link">อ่านต่อ <span class="screen-reader-text">{esc(a.title)}</span> <span class="meta-nav">&rarr;</span></a></p>
	</div>
	<footer class="entry-meta"><div class="comments-link"><a href="{a.path}#respond"><span class="leave-reply">ใส่ความเห็น</span></a></div></footer>
</article>"""

    def deleted_row(self) -> str:
        d = dt.datetime(2024, 3, 4, 13, 20, tzinfo=TZ)
        fake = type("X", (), {})()
        fake.id, fake.title, fake.path, fake.published = (
            DELETED_ID,
            DELETED_TITLE,
            f"/news/pck-{DELETED_ID}/",
            d,
        )
        fake.extra, fake.tags = {"cats": [CATS[0]]}, []
        return (
            f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
	<header class="entry-header">
		<h1 class="entry-title"><a href="{fake.path}" rel="bookmark">ป้องกัน: {esc(DELETED_TITLE)}</a></h1>
		<div class="entry-meta">{self.entry_meta(fake)}</div>
	</header>
	<div class="entry-content">
		<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>{PASSWORD_TEXT}</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
	</div>
</article>""",
            fake,
        )

    def paging(self, k: int, prefix: str) -> str:
        older = (
            f'<div class="nav-previous"><a href="{prefix}page/{k + 2}/"><span class="meta-nav">&larr;</span> เรื่องเก่ากว่า</a></div>'
            if k + 1 < len(self.pages)
            else ""
        )
        if k == 0:
            newer = ""
        elif k == 1:
            newer = f'<div class="nav-next"><a href="{prefix}">เรื่องใหม่กว่า <span class="meta-nav">&rarr;</span></a></div>'
        else:
            newer = f'<div class="nav-next"><a href="{prefix}page/{k}/">เรื่องใหม่กว่า <span class="meta-nav">&rarr;</span></a></div>'
        return f"""<nav class="navigation paging-navigation" role="navigation">
	<h1 class="screen-reader-text">เมนูนำทางเรื่อง</h1>
	<div class="nav-links">{older}{newer}</div>
</nav>"""

    def render_listing(self, k: int):
        rows = [self.row(a) for a in self.pages[k]]
        if k == 1:
            rows.insert(3, self.deleted_row()[0])
        content = f"""<header class="archive-header"><h1 class="archive-title">หมวดหมู่: ข่าวประชาสัมพันธ์</h1></header>
{"".join(rows)}
{self.paging(k, "/category/news/")}"""
        title = f"ข่าวประชาสัมพันธ์ | {OFFICE}" + (f" | หน้า {k + 1}" if k else "")
        return self.html_response(self.shell(title, "archive category category-news", content))

    def render_date_archive(self, y: int, m: int, d: int | None):
        items = [
            a
            for a in self.articles
            if (a.published.year, a.published.month) == (y, m)
            and (d is None or a.published.day == d)
        ]
        if not items:
            return None
        label = f"{d} {MONTHS[m - 1]} {y + 543}" if d else f"{MONTHS[m - 1]} {y + 543}"
        kind = "คลังเก็บรายวัน" if d else "คลังเก็บรายเดือน"
        content = f"""<header class="archive-header"><h1 class="archive-title">{kind}: {label}</h1></header>
{"".join(self.row(a) for a in items)}"""
        return self.html_response(
            self.shell(f"{label} | {OFFICE}", "archive date", content, month=(y, m))
        )

    def render_protected(self, base):
        row, fake = self.deleted_row()
        content = row.replace(
            f'<a href="{fake.path}" rel="bookmark">ป้องกัน: {esc(DELETED_TITLE)}</a>',
            f"ป้องกัน: {esc(DELETED_TITLE)}",
        )
        head = f'<link rel="canonical" href="{base}{fake.path}" />'
        return self.html_response(
            self.shell(
                f"ป้องกัน: {DELETED_TITLE} | {OFFICE}",
                f"single single-post postid-{DELETED_ID}",
                content,
                head,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", ""):
            return 302, {"Location": f"{base}/category/news/", "X-Redirect-By": "WordPress"}, b""
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/)?", path)
        if m:
            k = int(m[1] or 1) - 1
            if k == 0 and m[1]:
                return (
                    301,
                    {"Location": f"{base}/category/news/", "X-Redirect-By": "WordPress"},
                    b"",
                )
            if not 0 <= k < len(self.pages):
                return None
            return self.render_listing(k)
        m = re.fullmatch(r"/(\d{4})/(\d{2})/(?:(\d{2})/)?", path)
        if m:
            return self.render_date_archive(int(m[1]), int(m[2]), int(m[3]) if m[3] else None)
        m = re.fullmatch(r"/news/(pck-\d+)/(print/)?", path)
        if m:
            if m[1] == f"pck-{DELETED_ID}" and not m[2]:
                return self.render_protected(base)
            a = self.by_slug.get(m[1])
            if a is None:
                return None
            return self.render_print(a, base) if m[2] else self.render_article(a, base)
        m = re.fullmatch(r"/news/(pck-\d+)", path)
        if m and m[1] in self.by_slug:
            return 301, {"Location": f"{base}/news/{m[1]}/", "X-Redirect-By": "WordPress"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                OFFICE if OFFICE not in (a.source or "") else "",
                TAGLINE,
                SHARE_TITLE,
                RELATED,
                RECENT,
                PICKS,
                PRINT_LABEL,
                COOKIE,
                COUNTER,
                FOOTER,
                "ใส่ความเห็น",
                "total views",
                "views today",
                th_date(a.published),
                *[x.title for x in self.related(a)],
                *[x.title for x in self.articles[:5] if x is not a],
                *[x.title for x in self.picks if x is not a],
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = WpTwentyThirteenSite()

if __name__ == "__main__":
    main(SITE)
