"""Blind-52 red-team site (part A): a provincial livestock office (สำนักงานปศุสัตว์จังหวัดสุรินทร์)
on **WordPress 6.4 with Twenty Fourteen** (the 2014 default theme, never imitated before), the
admin language left at **English (en_US)**, so every theme string and the date are English.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Twenty Fourteen's `content.php` and child-theme
copies of it (`h1.entry-title` on single views, `h1.entry-title > a[rel=bookmark]` on archives,
`span.entry-date > a > time.entry-date[datetime=c]`, `span.byline > span.author.vcard`,
`span.comments-link` "Leave a comment" / "1 Comment" / "% Comments", `the_content( 'Continue
reading <span class="meta-nav">&rarr;</span>' )`, `footer.entry-meta > span.tag-links`). The
rest of Twenty Fourteen (`h1.site-title`, `#masthead`, `#secondary`, `twentyfourteen_paging_nav`
with `paginate_links`, `twentyfourteen_post_nav` with `h1.screen-reader-text` "Post navigation"
and `span.meta-nav` "Previous Post" / "Next Post", `#colophon` "Proudly powered by WordPress"),
Post Views Counter, WP ULike, Social Snap, WP Last Modified Info, Inline Related Posts, a3 Lazy
Load (`data-src` + `<noscript>`), the Redirection plugin (`X-Redirect-By: redirection`) and the
core gallery/table/quote blocks are written from memory of their documentation. No one's code or
text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/category/news/`, `/category/news/page/2/`, `/category/news/page/3/` (8 a page, 24 posts),
  Twenty Fourteen's `paginate_links` pager ("1 2 3 Next →"); posts at `/news/<id>/`;
  archive rows print the first paragraph and "Continue reading <title> →";
- **NEW: English dates of an English admin**: "March 5, 2024" in `time.entry-date` (the time
  only in `datetime`), and **"Last Updated on March 9, 2024 2:14 PM"** (12-hour clock, month
  first) printed by WP Last Modified Info at the top of `div.entry-content` on edited posts;
- **NEW: the counter worded "จำนวนผู้ชม 1,234"** (Post Views Counter, custom label) after the
  text, **beside three other numbers that are not views**: Social Snap's "128 Shares" total
  before the text, WP ULike's "ถูกใจ 17" button after it, and the theme's "3 Comments";
- **NEW: the source printed with two offices, "ภาพ : <office A> / ข่าว : <office B>"**
  (the source is B, the office that wrote the news; A only took the photos), and **under the
  labels "ข้อมูล/ภาพ :" and "ที่มาข้อมูล :"**;
- **NEW: the text carries structure the reader needs**: on one post in four the middle
  paragraph is a bulleted `<ul>` (the paragraph's clauses as items), on one in four it is a
  `wp-block-quote` `<blockquote>`, on one in four a statistics `wp-block-table` (vaccination
  figures by district) follows the first paragraph;
- **NEW: a lazy-loaded gallery with captions** (a3 Lazy Load: `src` a 1x1 gif, the real file
  in `data-src`, a `<noscript><img src>` twin) whose first image has **a long-sentence `alt`**
  (one post in three), placed before the source line inside `entry-content`;
- a "ใหม่" badge image (`<img alt="ใหม่">`) inside the listing's headline link on the three
  newest posts (an earlier round had a `new.gif` in a listing row);
- **NEW: the deleted post redirects (302, `X-Redirect-By: redirection`) to the home page**,
  which answers 200 with the newest posts;
- furniture: Inline Related Posts' "อ่านเพิ่มเติม" box with another post's title between the
  second and third paragraph; "ข่าวที่เกี่ยวข้อง" (three titles with dates) after the text;
  tags "Tagged"; post navigation with neighbour titles; comments heading and form; sidebar
  "Recent Posts" (with dates), PVC "Most Viewed" (with counts), "Archives"; CookieYes bar;
  footer visitor counter.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานปศุสัตว์จังหวัดสุรินทร์"
TAGLINE = "Surin Provincial Livestock Office"
PER = 8
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
PHOTO_OFFICES = [
    "สำนักงานปศุสัตว์อำเภอปราสาท",
    "สำนักงานปศุสัตว์อำเภอท่าตูม",
    "ด่านกักกันสัตว์สุรินทร์",
]
SOURCES = [
    ("two", "สำนักงานประชาสัมพันธ์จังหวัดสุรินทร์"),
    ("ข้อมูล/ภาพ", "กลุ่มส่งเสริมและพัฒนาการปศุสัตว์ สำนักงานปศุสัตว์จังหวัดสุรินทร์"),
    ("ที่มาข้อมูล", "กรมปศุสัตว์"),
    None,
    ("two", "กลุ่มพัฒนาสุขภาพสัตว์ สำนักงานปศุสัตว์จังหวัดสุรินทร์"),
    ("ข้อมูล/ภาพ", "สำนักงานปศุสัตว์เขต 3"),
]
TAGS = ["ปศุสัตว์", "โคเนื้อ", "วัคซีน", "สุรินทร์", "ธนาคารโค-กระบือ", "โรคลัมปีสกิน"]
AUTHOR = "prsurin"
DELETED_ID = 2419
DELETED_TITLE = "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ (ยกเลิก)"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายความเป็นส่วนตัว"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ทั้งหมด 412,907 คน"
FOOTER = "ศาลากลางจังหวัดสุรินทร์ ถนนหลักเมือง ตำบลในเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000"
READ_MORE = "อ่านเพิ่มเติม"
RELATED = "ข่าวที่เกี่ยวข้อง"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
LONG_ALT = (
    "ปศุสัตว์จังหวัดสุรินทร์พร้อมเจ้าหน้าที่ปศุสัตว์อำเภอลงพื้นที่ให้คำแนะนำเกษตรกรผู้เลี้ยงโค"
    "และตรวจเยี่ยมคอกสัตว์ของเกษตรกรในหมู่บ้านเป้าหมายตามโครงการ"
)
DISTRICTS = ["เมืองสุรินทร์", "ปราสาท", "ท่าตูม", "รัตนบุรี", "ศีขรภูมิ"]


def en_date(d: dt.datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def en_time12(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def clauses(p: str) -> list[str]:
    """A paragraph's clauses (split at spaces, short bits joined to the previous one)."""
    out: list[str] = []
    for c in p.split(" "):
        if out and (len(c) < 25 or len(out[-1]) < 25):
            out[-1] += " " + c
        else:
            out.append(c)
    return out


class WpTwentyFourteenSite(BaseSite):
    key = "b52_wp_twentyfourteen_engmeta"
    family = "wordpress"
    imitates = (
        "WordPress 6.4 + Twenty Fourteen with an English admin: 'March 5, 2024' entry-date, "
        "'Last Updated on March 9, 2024 2:14 PM', Post Views Counter 'จำนวนผู้ชม' beside "
        "Social Snap shares, WP ULike likes and 'N Comments'; two-office source line "
        "'ภาพ : A / ข่าว : B', 'ข้อมูล/ภาพ :', 'ที่มาข้อมูล :'; bullet list / blockquote / "
        "table in the text; a3 Lazy Load gallery with data-src, noscript and a sentence alt; "
        "'ใหม่' badge image in listing links; deleted post 302 to the home page"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 27, 17, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 2300 + (n - i) * 9
            a.path = f"/news/{a.id}/"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.extra["photo"] = PHOTO_OFFICES[i % len(PHOTO_OFFICES)]
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.time_printed = True  # time.entry-date[datetime] on every post
            if i % 3 == 1:
                a.modified = a.published + dt.timedelta(days=i % 4, hours=3 + i % 7, minutes=11 + i)
            else:
                a.modified = None
            a.views = 40 + (i * 613 + 97) % 5200
            a.extra["likes"] = 3 + (i * 7) % 40
            a.extra["shares"] = 10 + (i * 37) % 300
            a.extra["comments"] = (0, 1, 3, 0, 2)[i % 5]
            a.extra["shape"] = ("plain", "bullets", "quote", "table")[i % 4]
            a.extra["gallery"] = i % 3 == 0
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id
        for a in arts:
            assert a.extra["photo"] not in "\n".join(a.paras)

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/category/news/", "/category/news/page/2/", "/category/news/page/3/"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}/"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def inline_related(self, a):
        i = self.articles.index(a)
        return self.articles[(i + 11) % len(self.articles)]

    def most_viewed(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    def img(self, a, k=0):
        return (
            f"/wp-content/uploads/{a.published.year}/{a.published.month:02d}/surin-{a.id}-{k}.jpg"
        )

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, body_class: str, content: str) -> str:
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="post-date">{en_date(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li><a class="post-title" href="{x.path}">{esc(x.title)}</a> <span class="count">({x.views:,})</span></li>'
            for x in self.most_viewed()
        )
        return f"""<!DOCTYPE html>
<!--[if IE 7]>
<html class="ie ie7" lang="en-US">
<![endif]-->
<!--[if !(IE 7) & !(IE 8)]><!-->
<html lang="en-US">
<!--<![endif]-->
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width">
	<title>{title}</title>
	<link rel="profile" href="https://gmpg.org/xfn/11">
	<link rel="pingback" href="/xmlrpc.php">
	<!--[if lt IE 9]>
	<script src="/wp-content/themes/twentyfourteen/js/html5.js?ver=3.7.0"></script>
	<![endif]-->
	<link rel='stylesheet' id='twentyfourteen-lato-css' href='/wp-content/themes/twentyfourteen/fonts/font-lato.css?ver=20230328' media='all' />
	<link rel='stylesheet' id='twentyfourteen-style-css' href='/wp-content/themes/twentyfourteen/style.css?ver=20231107' media='all' />
	<link rel='stylesheet' id='wp_ulike-css' href='/wp-content/plugins/wp-ulike/assets/css/wp-ulike.min.css?ver=4.6.9' media='all' />
	<link rel='stylesheet' id='socialsnap-styles-css' href='/wp-content/plugins/socialsnap/assets/css/socialsnap.css?ver=1.3.5' media='all' />
	<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; Feed" href="/feed/" />
	<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} masthead-fixed list-view full-width grid">
<div id="page" class="hfeed site">
	<div id="site-header">
		<a href="/" rel="home"><img src="/wp-content/uploads/2019/05/cropped-header-surin.jpg" width="1260" height="240" alt="{OFFICE}" /></a>
	</div>
	<header id="masthead" class="site-header">
		<div class="header-main">
			<h1 class="site-title"><a href="/" rel="home">{OFFICE}</a></h1>
			<div class="search-toggle"><a href="#search-container" class="screen-reader-text" aria-expanded="false" aria-controls="search-container">Search</a></div>
			<nav id="primary-navigation" class="site-navigation primary-navigation">
				<button class="menu-toggle">Primary Menu</button>
				<a class="screen-reader-text skip-link" href="#content">Skip to content</a>
				<div class="menu-main-container"><ul id="primary-menu" class="nav-menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div>
			</nav>
		</div>
		<div id="search-container" class="search-box-wrapper hide"><div class="search-box"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></div></div>
	</header><!-- #masthead -->

	<div id="main" class="site-main">
{content}
<div id="secondary">
		<h2 class="site-description">{TAGLINE}</h2>
	<div id="primary-sidebar" class="primary-sidebar widget-area" role="complementary">
		<aside id="recent-posts-2" class="widget widget_recent_entries"><h1 class="widget-title">Recent Posts</h1><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>
		<aside id="views-2" class="widget widget_views"><h1 class="widget-title">Most Viewed</h1><ul>{popular}</ul></aside>
		<aside id="archives-2" class="widget widget_archive"><h1 class="widget-title">Archives</h1><nav aria-label="Archives"><ul><li><a href="/2024/03/">March 2024</a></li><li><a href="/2024/02/">February 2024</a></li><li><a href="/2024/01/">January 2024</a></li></ul></nav></aside>
	</div><!-- #primary-sidebar -->
</div><!-- #secondary -->
	</div><!-- #main -->
	<footer id="colophon" class="site-footer">
		<div id="supplementary"><div id="footer-sidebar" class="footer-sidebar widget-area" role="complementary">
			<aside id="text-3" class="widget widget_text"><div class="textwidget"><p>{OFFICE}<br />{FOOTER}<br />โทร. 0 4451 1234</p></div></aside>
			<aside id="custom_html-2" class="widget_text widget widget_custom_html"><div class="textwidget custom-html-widget"><p class="visitor-counter">{COUNTER}</p></div></aside>
		</div></div>
		<div class="site-info">
			<a href="https://wordpress.org/" class="imprint">Proudly powered by WordPress</a>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<div id="cookie-law-info-bar" data-nosnippet="true" style="position:fixed;bottom:0"><span>{COOKIE} <a role="button" id="cookie_action_close_header" class="cli_action_button wt-cli-accept-btn">ยอมรับ</a></span></div>
<script src="/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.7.1" id="jquery-lazyloadxt-js"></script>
<script src="/wp-content/themes/twentyfourteen/js/functions.js?ver=20230526" id="twentyfourteen-script-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def entry_meta(self, a) -> str:
        c = a.extra["comments"]
        clabel = "Leave a comment" if c == 0 else ("1 Comment" if c == 1 else f"{c} Comments")
        return (
            f'<div class="entry-meta"><span class="entry-date"><a href="{a.path}" rel="bookmark">'
            f'<time class="entry-date" datetime="{a.published.isoformat()}">{en_date(a.published)}</time></a></span> '
            f'<span class="byline"><span class="author vcard"><a class="url fn n" href="/author/{AUTHOR}/" rel="author">{AUTHOR}</a></span></span> '
            f'<span class="comments-link"><a href="{a.path}#{"respond" if c == 0 else "comments"}">{clabel}</a></span></div>'
        )

    def render_list(self, k: int, home=False):
        rows = []
        for j, a in enumerate(self.pages[k]):
            badge = (
                ' <img src="/wp-content/uploads/2019/05/new.gif" alt="ใหม่" width="28" height="11" class="new-badge" />'
                if k == 0 and j < 3
                else ""
            )
            thumb = ""
            if a.extra["gallery"] or a.extra["shape"] == "table":
                thumb = f'<a class="post-thumbnail" href="{a.path}" aria-hidden="true"><img width="672" height="372" src="{GIF}" data-src="{self.img(a)}" class="lazy lazy-hidden attachment-post-thumbnail wp-post-image" alt="" /><noscript><img width="672" height="372" src="{self.img(a)}" class="attachment-post-thumbnail wp-post-image" alt="" /></noscript></a>'
            rows.append(f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
	{thumb}
	<header class="entry-header">
		<div class="entry-meta"><span class="cat-links"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div>
		<h1 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}{badge}</a></h1>
		{self.entry_meta(a)}
	</header><!-- .entry-header -->
	<div class="entry-content">
		<p>{esc(a.paras[0])}</p>
<p> <a href="{a.path}#more-{a.id}" class="more-link">Continue reading <span class="screen-reader-text">{esc(a.title)}</span> <span class="meta-nav">&rarr;</span></a></p>
	</div><!-- .entry-content -->
</article><!-- #post-{a.id} -->""")
            if k == 1 and j == 2:
                rows.append(f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news">
	<header class="entry-header">
		<div class="entry-meta"><span class="cat-links"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div>
		<h1 class="entry-title"><a href="/news/{DELETED_ID}/" rel="bookmark">{esc(DELETED_TITLE)}</a></h1>
		<div class="entry-meta"><span class="entry-date"><a href="/news/{DELETED_ID}/" rel="bookmark"><time class="entry-date" datetime="2024-03-01T09:15:00+07:00">March 1, 2024</time></a></span></div>
	</header>
	<div class="entry-content"><p>รายละเอียดตามประกาศแนบท้าย</p></div>
</article>""")
        n = len(self.pages)
        base = "/category/news/"

        def href(p):
            return base if p == 1 else f"{base}page/{p}/"

        links = []
        if k > 0:
            links.append(f'<a class="prev page-numbers" href="{href(k)}">&larr; Previous</a>')
        for p in range(1, n + 1):
            if p == k + 1:
                links.append(f'<span aria-current="page" class="page-numbers current">{p}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{href(p)}">{p}</a>')
        if k < n - 1:
            links.append(f'<a class="next page-numbers" href="{href(k + 2)}">Next &rarr;</a>')
        header = (
            ""
            if home
            else '<header class="archive-header"><h1 class="archive-title">Category Archives: ข่าวประชาสัมพันธ์</h1></header><!-- .archive-header -->'
        )
        content = f"""	<section id="primary" class="content-area">
		<div id="content" class="site-content" role="main">
			{header}
{chr(10).join(rows)}
	<nav class="navigation paging-navigation">
		<h1 class="screen-reader-text">Posts navigation</h1>
		<div class="pagination loop-pagination">
			{"".join(links)}
		</div><!-- .pagination -->
	</nav><!-- .navigation -->
		</div><!-- #content -->
	</section><!-- #primary -->"""
        title = (
            f"{OFFICE} | {TAGLINE}"
            if home
            else f"ข่าวประชาสัมพันธ์ Archives{' - Page ' + str(k + 1) + ' of 3' if k else ''} | {OFFICE}"
        )
        cls = "home blog" if home else "archive category category-news"
        return self.html_response(self.shell(title, cls, content))

    # ------------------------------------------------------------------ article
    def gallery(self, a) -> str:
        figs = []
        for k in range(1, 4):
            alt = LONG_ALT if k == 1 else f"ภาพกิจกรรม {k}"
            src = self.img(a, k)
            figs.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{GIF}" data-src="{src}" class="lazy lazy-hidden wp-image-{a.id * 10 + k}" alt="{esc(alt)}" /><noscript><img decoding="async" width="1024" height="683" src="{src}" class="wp-image-{a.id * 10 + k}" alt="{esc(alt)}" /></noscript><figcaption class="wp-element-caption">ภาพกิจกรรม {k}</figcaption></figure>'
            )
        return f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-{a.id}">{"".join(figs)}<figcaption class="blocks-gallery-caption wp-element-caption">ประมวลภาพกิจกรรม</figcaption></figure>'

    def table(self, a) -> str:
        rows = "".join(
            f"<tr><td>{d}</td><td>{120 + (a.id + 37 * j) % 900:,}</td><td>{80 + (a.id * 3 + 29 * j) % 700:,}</td></tr>"
            for j, d in enumerate(DISTRICTS)
        )
        return (
            '<figure class="wp-block-table"><table><thead><tr><th>อำเภอ</th><th>โค (ตัว)</th><th>กระบือ (ตัว)</th></tr></thead>'
            f'<tbody>{rows}</tbody></table><figcaption class="wp-element-caption">จำนวนสัตว์ที่ได้รับวัคซีน จำแนกรายอำเภอ</figcaption></figure>'
        )

    def source_line(self, a) -> str:
        src = a.extra["src"]
        if not src:
            return ""
        if src[0] == "two":
            return f"<p>ภาพ : {esc(a.extra['photo'])} / ข่าว : {esc(src[1])}</p>"
        return f"<p>{src[0]} : {esc(src[1])}</p>"

    def body_html(self, a) -> str:
        out = []
        if a.modified:
            out.append(
                f'<p class="post-modified-info">Last Updated on {en_date(a.modified)} {en_time12(a.modified)} by <a href="/author/{AUTHOR}/" target="_blank" class="last-modified-author">{AUTHOR}</a></p>'
            )
        out.append(
            f'<div class="socialsnap-share-bar ss-inline-share-wrapper ss-left-inline-content"><span class="ss-share-all-count"><span class="ss-share-total-count">{a.extra["shares"]}</span> <span class="ss-share-total-label">Shares</span></span><ul class="ss-inline-share-content"><li><a href="https://www.facebook.com/sharer.php?u={quote("https://surin.dld.go.th" + a.path, safe="")}" class="ss-facebook-color" rel="nofollow noopener" target="_blank"><span class="ss-share-network-content"><span class="s-network-label">Facebook</span></span></a></li><li><a href="https://social-plugins.line.me/lineit/share?url={quote("https://surin.dld.go.th" + a.path, safe="")}" class="ss-line-color" rel="nofollow noopener" target="_blank"><span class="s-network-label">LINE</span></a></li><li><a href="#" class="ss-copy-color" data-ss-ss-link="{a.path}"><span class="s-network-label">Copy Link</span></a></li></ul></div>'
        )
        mid = len(a.paras) // 2
        shape = a.extra["shape"]
        for j, p in enumerate(a.paras):
            if j == mid and shape == "bullets":
                items = "".join(f"<li>{esc(c)}</li>" for c in clauses(p))
                out.append(f'<ul class="wp-block-list">{items}</ul>')
            elif j == mid and shape == "quote":
                out.append(f'<blockquote class="wp-block-quote"><p>{esc(p)}</p></blockquote>')
            else:
                out.append(f"<p>{esc(p)}</p>")
            if j == 0 and shape == "table":
                out.append(self.table(a))
            if j == 1:
                r = self.inline_related(a)
                out.append(
                    f'<div class="irp-box"><a href="{r.path}" class="irp-link" target="_self" rel="dofollow"><span class="irp-cta">{READ_MORE}</span> <span class="irp-title">{esc(r.title)}</span></a></div>'
                )
        if a.extra["gallery"]:
            out.append(self.gallery(a))
        out.append(self.source_line(a))
        out.append(
            f'<div class="wpulike wpulike-default"><div class="wp_ulike_general_class wp_ulike_is_not_liked"><button type="button" aria-label="Like Button" data-ulike-id="{a.id}" data-ulike-type="post" class="wp_ulike_btn wp_ulike_put_image"></button><span class="count-box wp_ulike_counter_up" data-ulike-counter-value="{a.extra["likes"]}">ถูกใจ {a.extra["likes"]}</span></div></div>'
        )
        out.append(
            f'<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้ชม </span> <span class="post-views-count">{a.views:,}</span></div>'
        )
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small>({en_date(x.published)})</small></li>'
            for x in self.related(a)
        )
        out.append(f'<div class="related-posts-by-taxonomy"><h3>{RELATED}</h3><ul>{rel}</ul></div>')
        return "\n".join(x for x in out if x)

    def render_post(self, a):
        older, newer = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<a href="{older.path}" rel="prev"><span class="meta-nav">Previous Post</span>{esc(older.title)}</a>'
        if newer:
            nav += f'<a href="{newer.path}" rel="next"><span class="meta-nav">Next Post</span>{esc(newer.title)}</a>'
        tags = ""
        if a.tags:
            tags = (
                '<footer class="entry-meta"><span class="tag-links">'
                + "".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span></footer>"
            )
        c = a.extra["comments"]
        comments = ""
        if c:
            items = "".join(
                f'<li class="comment even thread-even depth-1" id="comment-{a.id * 10 + k}"><article class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">ผู้เลี้ยงโค{k + 1}</b> <span class="says">says:</span></div><div class="comment-metadata"><a href="{a.path}#comment-{a.id * 10 + k}"><time datetime="{(a.published + dt.timedelta(days=1, hours=k)).isoformat()}">{en_date(a.published + dt.timedelta(days=1))} at {en_time12(a.published + dt.timedelta(hours=k + 20))}</time></a></div></footer><div class="comment-content"><p>ขอบคุณเจ้าหน้าที่ปศุสัตว์ที่ลงพื้นที่ครับ อยากให้มาที่หมู่บ้านของผมบ้าง</p></div></article></li>'
                for k in range(c)
            )
            comments = f'<h2 class="comments-title">{c} thought{"s" if c > 1 else ""} on &ldquo;{esc(a.title)}&rdquo;</h2><ol class="comment-list">{items}</ol>'
        pic = ""
        if a.extra["gallery"] or a.extra["shape"] == "table":
            pic = f'<div class="post-thumbnail"><img width="672" height="372" src="{GIF}" data-src="{self.img(a)}" class="lazy lazy-hidden attachment-post-thumbnail wp-post-image" alt="" decoding="async" /><noscript><img width="672" height="372" src="{self.img(a)}" class="attachment-post-thumbnail wp-post-image" alt="" decoding="async" /></noscript></div>'
        content = f"""	<div id="main-content" class="main-content">
	<div id="primary" class="content-area">
		<div id="content" class="site-content" role="main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
	{pic}
	<header class="entry-header">
		<div class="entry-meta"><span class="cat-links"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div>
		<h1 class="entry-title">{esc(a.title)}</h1>
		{self.entry_meta(a)}
	</header><!-- .entry-header -->
	<div class="entry-content">
{self.body_html(a)}
	</div><!-- .entry-content -->
	{tags}
</article><!-- #post-{a.id} -->
	<nav class="navigation post-navigation">
		<h1 class="screen-reader-text">Post navigation</h1>
		<div class="nav-links">{nav}</div><!-- .nav-links -->
	</nav><!-- .navigation -->
<div id="comments" class="comments-area">
	{comments}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
		<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment" /><input type="hidden" name="comment_post_ID" value="{a.id}" id="comment_post_ID" /></p></form>
	</div><!-- #respond -->
</div><!-- #comments -->
		</div><!-- #content -->
	</div><!-- #primary -->
	</div><!-- #main-content -->"""
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                content,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/":
            return self.render_list(0, home=True)
        m = re.fullmatch(r"/category/news/(?:page/(\d+)/?)?", path)
        if m:
            k = int(m[1] or 1) - 1
            if not 0 <= k < len(self.pages) or m[1] == "1":
                return None
            return self.render_list(k)
        m = re.fullmatch(r"/news/(\d+)/?", path)
        if m:
            pid = int(m[1])
            if pid == DELETED_ID:
                return (
                    302,
                    {
                        "Location": f"{base}/",
                        "X-Redirect-By": "redirection",
                        "Content-Type": "text/html; charset=UTF-8",
                    },
                    b"",
                )
            a = self.by_id.get(pid)
            if a is not None:
                if not path.endswith("/"):
                    return 301, {"Location": f"{base}{a.path}", "X-Redirect-By": "WordPress"}, b""
                return self.render_post(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            c = a.extra["comments"]
            must_not = [
                "Shares",
                "Copy Link",
                "Facebook",
                f"ถูกใจ {a.extra['likes']}",
                "จำนวนผู้ชม",
                "Last Updated on",
                READ_MORE,
                self.inline_related(a).title,
                RELATED,
                "Previous Post",
                "Next Post",
                "Recent Posts",
                "Most Viewed",
                "Leave a Reply",
                "Your email address will not be published.",
                "Proudly powered by WordPress",
                COOKIE,
                COUNTER,
                FOOTER,
                LONG_ALT,
                "Leave a comment" if c == 0 else ("1 Comment" if c == 1 else f"{c} Comments"),
            ]
            if c:
                must_not.append("ขอบคุณเจ้าหน้าที่ปศุสัตว์ที่ลงพื้นที่ครับ")
            if a.extra["src"] and a.extra["src"][0] == "two":
                must_not.append(a.extra["photo"])
            must_not += [x.title for x in self.related(a)]
            older, newer = self.neighbours(a)
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = WpTwentyFourteenSite()

if __name__ == "__main__":
    main(SITE)
