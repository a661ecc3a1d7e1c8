"""Blind-65 red-team site (part A): a provincial energy office's news (สำนักงานพลังงานจังหวัด
กาญจนบุรี-like, 2024-2025) on **WordPress 6.6 + HitMag (ThemezHut's free magazine theme)**, th
locale, with what an office webmaster installs: a3rev Page Views Count, Simple Social Buttons,
Embed Any Document, WP Statistics, GDPR Cookie Compliance (Moove). Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus, a public copy of HitMag 1.x in a site repository):
`single.php` (content-single part, then `template-parts/related-posts`, `the_post_navigation`
with the theme's "Previous Article" / "Next Article" spans and `%title`, the author box, the
comments), `template-parts/content-single.php` (`article.hitmag-single`, `hitmag_category_list`
`div.cat-links`, `h1.entry-title`, `div.entry-meta`, the single thumbnail linked to the full
picture with `a.image-link`, `div.entry-content`, `footer.entry-footer`), `inc/template-tags.php`
(`hitmag_posted_datetime`: `time.entry-date.published.updated`, or `time.entry-date.published` +
`time.updated` when the post was edited, both with `datetime` in ISO `c`; `hitmag_posted_on`:
`span.posted-on` link, `span.byline` "by <author>", `span.meta-sep` " - "; the entry footer's
`span.hm-tags-links` with `span.hm-tagged` "Tagged"), `template-parts/content.php` (archive
`article.hitmag-post`, `div.archive-thumb`, `h3.entry-title`, `div.entry-summary`, `a.th-readmore`
with the customizer's read-more text), `template-parts/related-posts.php` (`div.hm-related-posts`,
`h4.widget-title` "Related Posts", three posts of the first category with `p.hms-meta` dates),
`template-parts/authorbox.php` ("About %s", "View all posts by %s &rarr;"), `header.php`
(`div.hm-top-bar` whose `div.hm-date` prints PHP `date()` of the date format, i.e. *English*
month names, the branding, `nav#site-navigation`), `footer.php` (three footer sidebars,
`div.site-info` "Copyright © … Powered by WordPress and HitMag."), `archive.php` and
`inc/widgets/sidebar-posts.php` ("HitMag: Sidebar Posts": `div.hitmag-category-posts`,
`div.hms-post`, `h3.hms-title`, `p.hms-meta`). From memory: the WordPress th strings
(pagination "ถัดไป", search form), sticky-post behaviour of the posts page, the password
form's Thai wording, a3rev Page Views Count's `p.pvc_stats` line ("N total views, M views
today", left in English), Simple Social Buttons' button row, Embed Any Document's
`div.ead-preview` + "Download" link, WP Statistics' widget, Moove's cookie bar. No one's code
or text was copied.

What it imitates (an everyday office site; one quirk):
- posts page on the front page `/`, `/page/2/`, `/page/3/` (9 a page, HitMag's two-column
  grid with excerpts and "อ่านต่อ"); permalinks `/%year%/%monthnum%/%day%/%postname%/` with Thai
  slugs percent-encoded (lower-case hex) or typed by one editor (`kri-energy-68-031`);
- `<title>` "headline – office"; HitMag's theme strings untranslated (English: "by", "Tagged",
  "Related Posts", "Previous Article", "About …"); top bar with today's date in English;
- single: category, `h1.entry-title`, hAtom times (Thai month, CE year in the text, ISO with
  the time in `datetime`; `time.updated` only on edited posts), byline, linked featured
  picture; the text from two editors (the PR desk: captioned picture first, paragraphs, a
  captioned gallery on some; a second editor: plain paragraphs and an Embed Any Document
  viewer with its "Download" link on some); sources "ข่าว/ภาพ :" (bold), "ที่มา :", "เรียบเรียง :",
  "ข่าว :", a right-aligned office line, or none; then a3rev "1,234 total views, 5 views today"
  and Simple Social Buttons inside `entry-content`; "Tagged" on some; related posts;
  post navigation with titles; author box; sidebar search, "ข่าวล่าสุด" (HitMag Sidebar Posts),
  "ลิงก์หน่วยงาน", "สถิติผู้เข้าชม" (WP Statistics); footer address; Moove cookie bar;
- **the quirk: a sticky post.** The webmaster pinned an older news item (November 2024) to
  the front page. WordPress puts it at the top of page 1 (ten
  items there: the sticky one plus nine), and it shows again at its own place in date order on
  page 3, so an item from months earlier opens the listing and appears twice;
- deleted item (linked from page 2): a post the editors hid behind a password instead of
  deleting it ("มีรหัสผ่านป้องกัน: …"). **200: the single template with the protected title, the
  date row and the password form; no text**; its listing card has the "no excerpt" notice.

Judgement calls:
- `published_at`: the `time.entry-date.published` `datetime` (the time is there on every post,
  though the visible date has none). The top bar's English date is today's, never the post's.
- `modified_at`: HitMag prints `time.updated` only when the post was edited (then with the
  time); never-edited posts print the single `published updated` time, so null (the round-1
  call).
- `view_count`: a3rev's total ("1,234 total views"); "views today" and WP Statistics are not.
- `source`: the editor's last line (after "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", "ข่าว :", or the
  office alone right-aligned); null where none. "by <author>" names an account.
- Tags: the "Tagged" links; the category above the headline is a category.
- Body: `entry-content` without the counter line and the share row. Captions, gallery
  captions, the document viewer's "Download [… KB]" line, share labels, counters, the byline,
  related / navigation / latest titles, author box, widgets, cookie text and footer are in
  `body_must_not` (only those on that page and absent from the text).
- The sticky item is one record (its own URL), whichever listing page it is read from.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main
from .b63a_common import build, keep_furniture, spread_back, text_of, wp_slug

OFFICE = "สำนักงานพลังงานจังหวัดกาญจนบุรี"
OFFICE_EN = "Kanchanaburi Provincial Energy Office"
PER = 9
TODAY = dt.datetime(2025, 7, 8, 9, 0, tzinfo=TZ)
TODAY_EN = "8 July 2025"  # the top bar: PHP date() of "j F Y", not translated
CATS = {
    "news": ("ข่าวประชาสัมพันธ์", 2),
    "activity": ("ข่าวกิจกรรม", 3),
    "notice": ("ประกาศ", 4),
}
AUTHORS = [
    ("pr-energy", "งานประชาสัมพันธ์ พน.กจ.", "ผู้ดูแลข่าวประชาสัมพันธ์ของสำนักงาน"),
    ("supaporn", "สุภาภรณ์ ก.", "เจ้าหน้าที่กลุ่มงานยุทธศาสตร์พลังงาน"),
]
SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สำนักงานพลังงานจังหวัดกาญจนบุรี"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดกาญจนบุรี"),
    None,
    ("signoff", "กลุ่มงานยุทธศาสตร์พลังงาน สำนักงานพลังงานจังหวัดกาญจนบุรี"),
    ("เรียบเรียง", "งานประชาสัมพันธ์ สำนักงานพลังงานจังหวัดกาญจนบุรี"),
    ("ข่าว", "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงพลังงาน"),
    ("ที่มา", "กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน"),
]
TAGS = ["ประหยัดพลังงาน", "โซลาร์เซลล์", "พลังงานชุมชน", "ก๊าซหุงต้ม", "ความปลอดภัยด้านพลังงาน"]
CAPTIONS = [
    "ภาพ: บรรยากาศการประชุม",
    "ภาพ: การลงพื้นที่ตรวจติดตาม",
    "ภาพ: ผู้เข้าร่วมกิจกรรม",
]
GALLERY_CAP = "ภาพกิจกรรมเพิ่มเติม"
READ_MORE = "อ่านต่อ"
RELATED = "Related Posts"
PREV_ART = "Previous Article"
NEXT_ART = "Next Article"
TAGGED = "Tagged"
LATEST = "ข่าวล่าสุด"
LINKS = "ลิงก์หน่วยงาน"
STATS = "สถิติผู้เข้าชม"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้คุณได้รับประสบการณ์การใช้งานที่ดีที่สุด"
ADDRESS = "ศาลากลางจังหวัดกาญจนบุรี (หลังใหม่) ถนนแสงชูโต ตำบลปากแพรก อำเภอเมือง จังหวัดกาญจนบุรี 71000"
PHONE = "โทรศัพท์ 0 3456 4127 โทรสาร 0 3456 4128"
POWERED = "Powered by WordPress and HitMag."
PROTECTED_PREFIX = "มีรหัสผ่านป้องกัน: "
PW_FORM = "เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดูเนื้อหา:"
NO_EXCERPT = "ไม่มีเนื้อหาย่อ เพราะเรื่องนี้ได้ถูกป้องกันด้วยรหัสผ่าน"
GONE_TITLE = "รายงานผลการตรวจสอบสถานีบริการน้ำมันเชื้อเพลิง ไตรมาสที่ 2 (ภายใน)"
STICKY = 19  # index of the pinned post in the article list (its own place is on page 3)


def th_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class Item:
    """A post of the posts page: an article, or the password-protected one."""

    def __init__(self, art=None, *, pid=0, title="", path="", when=None, cat="news", author=0):
        self.art = art
        self.pid = art.id if art else pid
        self.title = art.title if art else title
        self.path = art.path if art else path
        self.when = art.published if art else when
        self.modified = art.modified if art else None
        self.cat = art.extra["cat"] if art else cat
        self.author = art.extra["ed"] if art else author
        self.protected = art is None

    @property
    def shown_title(self):
        return PROTECTED_PREFIX + self.title if self.protected else self.title


class HitMagEnergySite(BaseSite):
    key = "b65_a_wp_hitmag_energy_office"
    family = "wordpress"
    imitates = (
        "a provincial energy office on WordPress 6.6 + HitMag (ThemezHut magazine theme, "
        "untranslated theme strings), a3rev Page Views Count, Simple Social Buttons, Embed Any "
        "Document, WP Statistics, Moove cookie bar; posts page on the front page with an older "
        "sticky post on top of page 1 and again in date order on page 3"
    )
    listing_path = "/"

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2025, 7, 7, 16, 0, tzinfo=TZ), offset=57)
        spread_back(arts, 10, 19)
        for i, a in enumerate(arts):
            a.id = 4380 - i * 23 - (i % 4) * 2
            ed = 0 if i % 3 != 2 else 1
            a.extra["ed"] = ed
            a.extra["cat"] = "activity" if (ed == 0 and i % 2 == 0) else "news"
            a.time_printed = True
            if ed == 1 and i % 4 == 1:
                slug = f"kri-energy-{(a.published.year + 543) % 100}-{60 - i:03d}"
            else:
                slug = wp_slug(a.title)
            a.path = f"/{a.published:%Y/%m/%d}/{slug}/"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["caption"] = CAPTIONS[i % len(CAPTIONS)]
            a.extra["gallery"] = ed == 0 and i % 2 == 0
            a.extra["doc"] = ed == 1 and i % 2 == 0
            a.extra["today"] = 1 + (a.id % 7)
        self.articles = arts
        self.sticky = arts[STICKY]
        items = [Item(a) for a in arts]
        gone_when = arts[11].published - dt.timedelta(hours=3, minutes=12)
        self.gone = Item(
            pid=arts[11].id - 9,
            title=GONE_TITLE,
            path=f"/{gone_when:%Y/%m/%d}/report-q2-internal/",
            when=gone_when,
            cat="notice",
            author=1,
        )
        items.insert(12, self.gone)  # its own place in date order: page 2
        self.items = items
        self.pages = [items[k : k + PER] for k in range(0, len(items), PER)]
        assert len(self.pages) == 3 and self.sticky.path not in {x.path for x in self.pages[0]}
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.gone.path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/"] + [f"/page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.gone.path]

    def neighbours(self, item):
        i = self.items.index(item)
        older = self.items[i + 1] if i + 1 < len(self.items) else None
        newer = self.items[i - 1] if i > 0 else None
        return older, newer

    def related(self, item):
        return [x for x in self.items if x.cat == item.cat and x is not item][:3]

    # ------------------------------------------------------------------ pieces
    @staticmethod
    def times(when, modified):
        if modified:
            return (
                f'<time class="entry-date published" datetime="{when.isoformat()}">{th_date(when)}</time>'
                f'<time class="updated" datetime="{modified.isoformat()}">{th_date(modified)}</time>'
            )
        return f'<time class="entry-date published updated" datetime="{when.isoformat()}">{th_date(when)}</time>'

    def posted_on(self, item):
        slug, name, _ = AUTHORS[item.author]
        return (
            f'<span class="posted-on"><a href="{item.path}" rel="bookmark">'
            f"{self.times(item.when, item.modified)}</a></span>"
            '<span class="meta-sep"> - </span>'
            f'<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/{slug}/">{esc(name)}</a></span></span>'
        )

    @staticmethod
    def cat_links(item):
        name, _ = CATS[item.cat]
        return f'<div class="cat-links"><a href="/category/{item.cat}/" rel="category tag">{name}</a></div>'

    def sidebar(self):
        latest = "".join(
            f"""<div class="hms-post">
<div class="hms-thumb"><a href="{x.path}" rel="bookmark" title="{esc(x.shown_title)}"><img width="135" height="93" src="/wp-content/uploads/{x.when:%Y/%m}/energy-{x.pid}-135x93.jpg" class="attachment-hitmag-thumbnail size-hitmag-thumbnail wp-post-image" alt="" decoding="async" loading="lazy" /></a></div>
<div class="hms-details"><h3 class="hms-title"><a href="{x.path}" rel="bookmark">{esc(x.shown_title)}</a></h3><p class="hms-meta">{self.times(x.when, x.modified)}</p></div>
</div>"""
            for x in self.items[:5]
        )
        links = "".join(
            f'<li><a href="{h}" target="_blank" rel="noopener">{t}</a></li>'
            for t, h in [
                ("กระทรวงพลังงาน", "https://energy.go.th/"),
                ("กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน", "https://www.dede.go.th/"),
                ("กรมธุรกิจพลังงาน", "https://www.doeb.go.th/"),
                ("จังหวัดกาญจนบุรี", "https://www.kanchanaburi.go.th/"),
            ]
        )
        return f"""<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
<label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
<input type="submit" class="search-submit" value="ค้นหา" /></form></section>
<section id="sidebar_posts-2" class="widget widget_sidebar_posts"><div class="hitmag-category-posts">
<h4 class="widget-title">{LATEST}</h4>
{latest}
</div></section>
<section id="nav_menu-3" class="widget widget_nav_menu"><h4 class="widget-title">{LINKS}</h4><div class="menu-links-container"><ul id="menu-links" class="menu">{links}</ul></div></section>
<section id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h4 class="widget-title">{STATS}</h4><ul>
<li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>6</li>
<li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li>
<li><label>ผู้เข้าชมเมื่อวาน:&nbsp;</label>388</li>
<li><label>ผู้เข้าชมทั้งหมด:&nbsp;</label>286,412</li>
</ul></section>
</aside><!-- #secondary -->"""

    def shell(self, title, main_html, *, body_class, is_home=False):
        menu = "".join(
            f'<li id="menu-item-{40 + k}" class="menu-item menu-item-type-custom menu-item-{40 + k}"><a href="{h}">{t}</a></li>'
            for k, (t, h) in enumerate(
                [
                    ("หน้าแรก", "/"),
                    ("เกี่ยวกับเรา", "/about/"),
                    ("ข่าวประชาสัมพันธ์", "/category/news/"),
                    ("ข่าวกิจกรรม", "/category/activity/"),
                    ("ประกาศ", "/category/notice/"),
                    ("ITA", "/ita/"),
                    ("ติดต่อเรา", "/contact/"),
                ]
            )
        )
        site_title = (
            f'<h1 class="site-title"><a href="/" rel="home">{OFFICE}</a></h1>'
            if is_home
            else f'<p class="site-title"><a href="/" rel="home">{OFFICE}</a></p>'
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/assets/css/style.min.css?ver=2.8.4' type='text/css' media='all' />
<link rel='stylesheet' id='ssb-front-css-css' href='/wp-content/plugins/simple-social-buttons/assets/css/front.css?ver=5.1.1' type='text/css' media='all' />
<link rel='stylesheet' id='awsm-ead-public-css' href='/wp-content/plugins/embed-any-document/css/embed-public.min.css?ver=2.7.4' type='text/css' media='all' />
<link rel='stylesheet' id='moove_gdpr_frontend-css' href='/wp-content/plugins/gdpr-cookie-compliance/dist/styles/gdpr-main.css?ver=4.15.2' type='text/css' media='all' />
<link rel='stylesheet' id='hitmag-style-css' href='/wp-content/themes/hitmag/style.css?ver=1.3.9' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.6.2" />
</head>

<body class="{body_class} th-right-sidebar">

<div id="page" class="site hitmag-wrapper">
	<a class="skip-link screen-reader-text" href="#content">Skip to content</a>

	<header id="masthead" class="site-header" role="banner">
			<div class="hm-top-bar">
				<div class="hm-container">
						<div class="hm-date">{TODAY_EN}</div>
					<div class="hm-social-menu"><ul id="social-menu" class="menu"><li><a href="https://www.facebook.com/energykan"><span class="screen-reader-text">Facebook</span></a></li><li><a href="https://line.me/R/ti/p/@energykan"><span class="screen-reader-text">LINE</span></a></li></ul></div>
				</div><!-- .hm-container -->
			</div><!-- .hm-top-bar -->

		<div class="header-main-area">
			<div class="hm-container">
			<div class="site-branding">
				<div class="site-branding-content">
					<div class="hm-logo">
						<a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2023/02/logo-energy.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a>
					</div><!-- .hm-logo -->
					<div class="hm-site-title">
						{site_title}
						<p class="site-description">{OFFICE_EN}</p>
					</div><!-- .hm-site-title -->
				</div><!-- .site-branding-content -->
			</div><!-- .site-branding -->
			</div><!-- .hm-container -->
		</div><!-- .header-main-area -->

		<div class="hm-nav-container">
			<nav id="site-navigation" class="main-navigation" role="navigation">
				<div class="hm-container">
				<div class="menu-main-container"><ul id="primary-menu" class="menu">{menu}</ul></div>
					<div class="hm-search-button-icon"></div>
				</div><!-- .hm-container -->
			</nav><!-- #site-navigation -->
			<a href="#" class="navbutton" id="main-nav-button">Main Menu</a>
			<div class="responsive-mainnav"></div>
		</div><!-- .hm-nav-container -->

	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div class="hm-container">

{main_html}

{self.sidebar()}

	</div><!-- .hm-container -->
	</div><!-- #content -->

	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="hm-container">
			<div class="footer-widget-area">
				<div class="footer-sidebar" role="complementary">
					<aside id="text-2" class="widget widget_text"><h4 class="widget-title">ติดต่อเรา</h4><div class="textwidget"><p>{OFFICE}<br />{ADDRESS}<br />{PHONE}</p></div></aside>
				</div><!-- .footer-sidebar -->
				<div class="footer-sidebar" role="complementary">
					<aside id="text-3" class="widget widget_text"><h4 class="widget-title">เวลาทำการ</h4><div class="textwidget"><p>วันจันทร์ – วันศุกร์ เวลา 08.30 – 16.30 น.<br />(เว้นวันหยุดราชการ)</p></div></aside>
				</div><!-- .footer-sidebar -->
				<div class="footer-sidebar" role="complementary">
					<aside id="media_image-2" class="widget widget_media_image"><a href="https://www.energy.go.th/"><img width="300" height="90" src="/wp-content/uploads/2023/02/banner-moen.png" class="image wp-image-88 attachment-medium size-medium" alt="กระทรวงพลังงาน" decoding="async" loading="lazy" /></a></aside>
				</div><!-- .footer-sidebar -->
			</div><!-- .footer-widget-area -->
		</div><!-- .hm-container -->

		<div class="site-info">
			<div class="hm-container">
				<div class="site-info-owner">
					Copyright &#169; 2025 <a href="/" title="{OFFICE}" >{OFFICE}</a>.
				</div>
				<div class="site-info-designer">
					Powered by <a href="https://wordpress.org" target="_blank" title="WordPress">WordPress</a> and <a href="https://themezhut.com/themes/hitmag/" target="_blank" title="HitMag WordPress Theme">HitMag</a>.
				</div>
			</div><!-- .hm-container -->
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<aside id="moove_gdpr_cookie_info_bar" class="moove-gdpr-info-bar-hidden moove-gdpr-align-center moove-gdpr-dark-scheme gdpr_infobar_postion_bottom" aria-label="แบนเนอร์คุกกี้ GDPR" style="display: none;">
<div class="moove-gdpr-info-bar-container"><div class="moove-gdpr-info-bar-content">
<div class="moove-gdpr-cookie-notice"><p>{COOKIE} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p></div>
<div class="moove-gdpr-button-holder"><button class="mgbutton moove-gdpr-infobar-allow-all gdpr-fbo-0" aria-label="ยอมรับ">ยอมรับ</button><button class="mgbutton moove-gdpr-infobar-settings-btn change-settings-button gdpr-fbo-2" aria-label="ตั้งค่าคุกกี้">ตั้งค่าคุกกี้</button></div>
</div></div></aside>
<script type="text/javascript" src="/wp-content/themes/hitmag/js/scripts.js?ver=6.6.2" id="hitmag-scripts-js"></script>
<script type="text/javascript" src="/wp-content/plugins/gdpr-cookie-compliance/dist/scripts/main.js?ver=4.15.2" id="moove_gdpr_frontend-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ single
    def img(self, a, k, w=800, h=533):
        return f"/wp-content/uploads/{a.published:%Y/%m}/energy-{a.id}-{k}-{w}x{h}.jpg"

    def content_html(self, a):
        ed = a.extra["ed"]
        out = []
        if ed == 0:
            out.append(
                f'<figure class="wp-block-image size-large"><img decoding="async" width="800" height="533" src="{self.img(a, 1)}" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">{esc(a.extra["caption"])}</figcaption></figure>'
            )
            out += [f"<p>{esc(p)}</p>" for p in a.paras]
            if a.extra["gallery"]:
                figs = "".join(
                    f'<figure class="wp-block-image size-large"><a href="{self.img(a, k, 1600, 1066)}"><img loading="lazy" decoding="async" width="800" height="533" src="{self.img(a, k)}" alt="" class="wp-image-{a.id + k}" /></a></figure>'
                    for k in range(2, 8)
                )
                out.append(
                    '<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">'
                    + figs
                    + f'<figcaption class="blocks-gallery-caption wp-element-caption">{GALLERY_CAP}</figcaption></figure>'
                )
        else:
            out += [f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paras]
            if a.extra["doc"]:
                pdf = f"/wp-content/uploads/{a.published:%Y/%m}/energy-doc-{a.id}.pdf"
                out.append(
                    '<div class="ead-preview"><div class="ead-document" style="position: relative;padding-top: 90%;">'
                    f'<iframe src="//docs.google.com/viewer?url=https%3A%2F%2Fkanchanaburi.energy.go.th{quote(pdf, safe="")}&amp;embedded=true&amp;hl=th" title="เอกสารแนบ" class="ead-iframe" style="width: 100%;height: 100%;border: none;position: absolute;left: 0;top: 0;visibility: hidden;"></iframe>'
                    f'</div><p class="embed_download"><a href="{pdf}" download >Download [{180 + a.id % 300}.{a.id % 97:02d} KB]</a></p></div>'
                )
        if a.source:
            label = a.extra["label"]
            if label == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            elif ed == 0:
                out.append(f"<p><strong>{label} :</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{label} : {esc(a.source)}</p>")
        return "\n".join(out)

    @staticmethod
    def plugins_after(pid, views, today, url, title):
        return f"""<div class="pvc_clear"></div>
<p id="pvc_stats_{pid}" class="pvc_stats all  " data-element-id="{pid}" style=""><i class="pvc-stats-icon medium" aria-hidden="true"><svg aria-hidden="true" focusable="false" data-prefix="far" data-icon="chart-bar" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512" class="svg-inline--fa fa-chart-bar fa-w-16 fa-2x"><path fill="currentColor" d="M396.8 352h22.4c6.4 0 12.8-6.4 12.8-12.8V108.8c0-6.4-6.4-12.8-12.8-12.8h-22.4c-6.4 0-12.8 6.4-12.8 12.8v230.4c0 6.4 6.4 12.8 12.8 12.8z"></path></svg></i> {views:,}&nbsp;total views, {today}&nbsp;views today</p>
<div class="pvc_clear"></div>
<div class="simplesocialbuttons simplesocial-round-icon simplesocialbuttons_inline simplesocialbuttons-align-left post-{pid} post  simplesocialbuttons-inline-no-animation">
<button class="simplesocial-fb-share" rel="nofollow" target="_blank" aria-label="Facebook Share" data-href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" onClick="javascript:window.open(this.dataset.href, '', 'menubar=no,toolbar=no,resizable=yes,scrollbars=yes,height=600,width=600');return false;"><span class="simplesocialtxt">Facebook </span> </button>
<button class="simplesocial-twt-share" rel="nofollow" target="_blank" aria-label="Twitter Share" data-href="https://twitter.com/intent/tweet?text={quote(title)}&url={quote(url, safe="")}" onClick="javascript:window.open(this.dataset.href, '', 'menubar=no,toolbar=no,resizable=yes,scrollbars=yes,height=600,width=600');return false;"><span class="simplesocialtxt">Twitter</span> </button>
<button onClick="javascript:window.location.href = this.dataset.href;return false;" class="simplesocial-email-share" aria-label="Share through Email" rel="nofollow" target="_blank" data-href="mailto:?subject={quote(title)}&body={quote(url, safe="")}"><span class="simplesocialtxt">Email</span></button>
</div>"""

    def related_html(self, item):
        posts = "".join(
            f"""<div class="hm-rel-post">
<a href="{x.path}" rel="bookmark" title="{esc(x.shown_title)}"><img width="348" height="215" src="/wp-content/uploads/{x.when:%Y/%m}/energy-{x.pid}-348x215.jpg" class="attachment-hitmag-grid size-hitmag-grid wp-post-image" alt="" decoding="async" loading="lazy" /></a>
<h3 class="post-title"><a href="{x.path}" rel="bookmark" title="{esc(x.shown_title)}">{esc(x.shown_title)}</a></h3>
<p class="hms-meta">{self.times(x.when, x.modified)}</p>
</div>"""
            for x in self.related(item)
        )
        return f"""<div class="hm-related-posts">
<div class="wt-container"><h4 class="widget-title">{RELATED}</h4></div>
<div class="hmrp-container">
{posts}
</div>
</div>"""

    def post_nav(self, item):
        older, newer = self.neighbours(item)
        parts = []
        if older:
            parts.append(
                f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav" aria-hidden="true">{PREV_ART}</span> <span class="post-title">{esc(older.shown_title)}</span></a></div>'
            )
        if newer:
            parts.append(
                f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav" aria-hidden="true">{NEXT_ART}</span> <span class="post-title">{esc(newer.shown_title)}</span></a></div>'
            )
        return (
            '<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links">'
            + "".join(parts)
            + "</div></nav>"
        )

    @staticmethod
    def authorbox(author):
        slug, name, desc = AUTHORS[author]
        return f"""<div class="hm-authorbox">
<div class="hm-author-img"><img alt='' src='/wp-content/uploads/avatars/{slug}-100x100.png' class='avatar avatar-100 photo' height='100' width='100' loading='lazy' decoding='async'/></div>
<div class="hm-author-content">
<h4 class="author-name">About {esc(name)}</h4>
<p class="author-description">{esc(desc)}</p>
<a class="author-posts-link" href="/author/{slug}/" title="{esc(name)}">View all posts by {esc(name)} &rarr;</a>
</div>
</div>"""

    def single(self, item, content, footer, base, body_extra=""):
        thumb = (
            ""
            if item.protected
            else f'<a class="image-link" href="/wp-content/uploads/{item.when:%Y/%m}/energy-{item.pid}.jpg"><img width="735" height="400" src="/wp-content/uploads/{item.when:%Y/%m}/energy-{item.pid}-735x400.jpg" class="attachment-hitmag-featured size-hitmag-featured wp-post-image" alt="" decoding="async" /></a>'
        )
        klass = f"post-{item.pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{item.cat}"
        if item.protected:
            klass += " post-password-required"
        main_html = f"""<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">

<article id="post-{item.pid}" class="hitmag-single {klass}">
	<header class="entry-header">
		{self.cat_links(item)}<h1 class="entry-title">{esc(item.shown_title)}</h1>		<div class="entry-meta">
			{self.posted_on(item)}
		</div><!-- .entry-meta -->
	</header><!-- .entry-header -->

	{thumb}

	<div class="entry-content">
		{content}
	</div><!-- .entry-content -->

	<footer class="entry-footer">
		{footer}
	</footer><!-- .entry-footer -->
</article><!-- #post-## -->

{self.related_html(item)}
{self.post_nav(item)}
{self.authorbox(item.author)}

		</main><!-- #main -->
	</div><!-- #primary -->"""
        return self.html_response(
            self.shell(
                f"{item.shown_title} – {OFFICE}",
                main_html,
                body_class=f"post-template-default single single-post postid-{item.pid} single-format-standard{body_extra}",
            )
        )

    def render_article(self, a, base):
        item = next(x for x in self.items if x.art is a)
        content = (
            self.content_html(a)
            + "\n"
            + self.plugins_after(a.id, a.views, a.extra["today"], base + a.path, a.title)
        )
        footer = ""
        if a.tags:
            footer = (
                f'<span class="hm-tags-links"><span class="hm-tagged">{TAGGED}</span>'
                + "".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        return self.single(item, content, footer, base)

    def render_gone(self, base):
        item = self.gone
        content = f"""<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>{PW_FORM}</p>
<p><label for="pwbox-{item.pid}">รหัสผ่าน: <input name="post_password" id="pwbox-{item.pid}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p>
</form>"""
        return self.single(item, content, "", base, " post-password-required")

    # ------------------------------------------------------------------ listing
    @staticmethod
    def excerpt(paras):
        words = " ".join(paras).split(" ")
        return esc(" ".join(words[:40])) + (" [&hellip;]" if len(words) > 40 else "")

    def card(self, item, sticky=False):
        klass = f"hitmag-post post-{item.pid} post type-post status-publish format-standard has-post-thumbnail hentry category-{item.cat}"
        if sticky:
            klass += " sticky"
        if item.protected:
            klass += " post-password-required"
            summary = f"<p>{NO_EXCERPT}</p>"
        else:
            summary = f"<p>{self.excerpt(item.art.paras)}</p>"
        thumb = (
            ""
            if item.protected
            else f"""<a href="{item.path}" title="{esc(item.title)}">
			<div class="archive-thumb">
			<img width="348" height="215" src="/wp-content/uploads/{item.when:%Y/%m}/energy-{item.pid}-348x215.jpg" class="attachment-hitmag-grid size-hitmag-grid wp-post-image" alt="" decoding="async" />			</div><!-- .archive-thumb -->
		</a>"""
        )
        return f"""<article id="post-{item.pid}" class="{klass}">
	{thumb}
	<div class="archive-content">
		<header class="entry-header">
			{self.cat_links(item)}<h3 class="entry-title"><a href="{item.path}" rel="bookmark">{esc(item.shown_title)}</a></h3>			<div class="entry-meta">
				{self.posted_on(item)}
			</div><!-- .entry-meta -->
		</header><!-- .entry-header -->
		<div class="entry-summary">
			{summary}
			<a href="{item.path}" class="th-readmore">{READ_MORE}</a>
		</div><!-- .entry-summary -->
	</div><!-- .archive-content -->
</article><!-- #post-## -->"""

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return "/" if k == 1 else f"/page/{k}/"

        parts = []
        if n > 1:
            parts.append(f'<a class="prev page-numbers" href="{href(n - 1)}">ก่อนหน้า</a>')
        for k in range(1, total + 1):
            if k == n:
                parts.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                parts.append(f'<a class="page-numbers" href="{href(k)}">{k}</a>')
        if n < total:
            parts.append(f'<a class="next page-numbers" href="{href(n + 1)}">ถัดไป</a>')
        return (
            '<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง"><h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2><div class="nav-links">'
            + "\n".join(parts)
            + "</div></nav>"
        )

    def render_list(self, n):
        cards = [self.card(x) for x in self.pages[n - 1]]
        if n == 1:
            sticky = next(x for x in self.items if x.art is self.sticky)
            cards.insert(0, self.card(sticky, sticky=True))
        main_html = f"""<div id="primary" class="content-area">
		<main id="main" class="site-main" role="main">
<div class="posts-wrap th-grid-2">
{chr(10).join(cards)}
</div><!-- .posts-wrap -->
{self.pagination(n)}
		</main><!-- #main -->
	</div><!-- #primary -->"""
        title = OFFICE + (f" – หน้า {n}" if n > 1 else f" – {OFFICE_EN}")
        body = "home blog" + (f" paged paged-{n}" if n > 1 else "")
        return self.html_response(self.shell(title, main_html, body_class=body, is_home=n == 1))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/" and not raw_query:
            return self.render_list(1)
        for k in range(2, len(self.pages) + 1):
            if path == f"/page/{k}/":
                return self.render_list(k)
        low = path.lower()
        if low == self.gone.path:
            return self.render_gone(base)
        for a in self.articles:
            if low == a.path.lower():
                return self.render_article(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            item = next(x for x in self.items if x.art is a)
            text = text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            older, newer = self.neighbours(item)
            name = AUTHORS[a.extra["ed"]][1]
            cands = [
                th_date(a.published),
                f"by {name}",
                f"About {name}",
                f"{a.views:,} total views",
                f"{a.extra['today']} views today",
                "Facebook",
                "Share through Email",
                RELATED,
                PREV_ART,
                NEXT_ART,
                TAGGED if a.tags else "",
                a.extra["caption"] if a.extra["ed"] == 0 else "",
                GALLERY_CAP if a.extra["gallery"] else "",
                "Download [" if a.extra["doc"] else "",
                LATEST,
                LINKS,
                STATS,
                "ผู้เข้าชมทั้งหมด:",
                COOKIE,
                ADDRESS,
                POWERED,
                "Skip to content",
                f"{TODAY_EN}",
            ]
            cands += [x.shown_title for x in (older, newer) if x]
            cands += [x.shown_title for x in self.related(item)]
            cands += [x.shown_title for x in self.items[:5] if x is not item]
            rec = expected_record(a, must_not=keep_furniture(cands, text, a))
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = HitMagEnergySite()

if __name__ == "__main__":
    main(SITE)
