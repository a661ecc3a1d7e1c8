"""Blind-50 red-team site (part A): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี) on **WordPress 6.5 + MH Magazine lite (MH Themes) with a
child theme**, **Grow Social by Mediavine** (formerly Social Pug) share buttons, **WordPress
Popular Posts** (views), the **Inline Related Posts** box and a PDPA consent plugin. WordPress was
installed in English and never switched: the theme's strings and the date format are English
("Previous", "Leave a Reply", "June 25, 2024") while every post is Thai. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): MH Magazine lite's `content-single.php`
(`article > header.entry-header > h1.entry-title` + `mh_post_header()`, the `posts-1` widget
area, `div.entry-content.mh-clearfix` with `mh_magazine_lite_featured_image()` then
`the_content()`, `the_tags()` as `div.entry-tags > i.fa-tag + ul > li`, the `posts-2` area),
`content-loop.php` (`article.mh-loop-item > figure.mh-loop-thumb`, `div.mh-loop-content >
header.mh-loop-header > h3.entry-title.mh-loop-title`, `div.mh-meta.mh-loop-meta`,
`div.mh-loop-excerpt`) and `mh_magazine_lite_post_meta()` (`p.mh-meta.entry-meta` with
`span.entry-meta-date.updated` > fa-clock-o + a month-archive link around `get_the_date()`,
`entry-meta-author`, `entry-meta-categories`, `entry-meta-comments`); Grow Social's
`single-button.php` (`li.dpsp-network-list-item-<network> > a.dpsp-network-btn` with
`title`/`aria-label`, `span.dpsp-network-icon`, `span.dpsp-network-label`,
`span.dpsp-network-count`) and its readme (buttons before and after the content, share counts).
WordPress Popular Posts' widget list (`ul.wpp-list`, `a.wpp-post-title`, `span.wpp-views`), the
Inline Related Posts box (`ctaText` / `postTitle`), core's `%category%` permalinks, shortlinks
and `redirect_canonical()` are written from memory. No one's code or text was copied.

Traps (marked NEW where no earlier round tried them):
- **NEW: the same post under two addresses.** Permalinks are `/%category%/%postname%/`; a post
  filed in both "ข่าวประชาสัมพันธ์" (`pr`, the lower term id, so the permalink) and
  "ข่าวกิจกรรม" (`activity`) answers 200 at `/news/pr/<slug>/` **and** `/news/activity/<slug>/`
  (WordPress serves a post under any of its categories without redirecting); the child
  theme's sidebar "ข่าวกิจกรรม" widget builds its links from the category slug, so it links the
  second address of every dual-category post (and the inline related box sometimes does). Both
  print `<link rel="canonical">` to the `pr` address: one record each.
- **NEW: listing links that redirect.** The child theme's "อ่านต่อ »" after each excerpt links
  the shortlink `/?p=<id>` (`wp_get_shortlink()`), which answers **301** to the permalink;
  the head's `rel=shortlink` is the same address.
- **NEW: an English date on a Thai page**: "June 25, 2024" (`F j, Y`, the untouched English
  install), in the meta row and the listing, day only.
- **NEW: the counter in a `title` attribute**: the child theme prints WPP's count prettified
  ("1.2K") with the exact figure only in the span's tooltip `title="1,234 views"` (posts under
  1,000 print the same figure in both).
- **NEW: the text interrupted in the middle** by the Inline Related Posts box ("อ่านเพิ่มเติม"
  + another post's title, a link) and, in some posts, a YouTube embed with a caption; the text
  continues after both.
- **NEW: the source as a last bold line with no label** (`<p><strong>office</strong></p>`) on
  two posts in three; **a photo credit "ภาพ: …" under the featured image that is NOT the
  source** on two posts in three (one in three has the credit and no source at all).
- furniture: Grow Social bars before and after the text ("Share on Facebook", counts, a total
  "shares"), `entry-tags`, MH's post navigation "Previous" / "Next" with neighbour titles,
  "Leave a Reply" with "You must be logged in to post a comment.", sidebar WPP "Popular Posts"
  with "1.2k views", "Recent Posts", a visitor counter, MH breadcrumbs, PDPA banner.
Listing: `/category/news/` (the parent category, children included), `/category/news/page/2/`,
`/category/news/page/3/` (`paginate_links()` in `div.mh-loop-pagination`), 10 a page, 24 posts.
Deleted: `/news/pr/cdd-uthai-1916/` (a post sent to the trash, still linked from the cached
page 2; a page-cache plugin stored the theme's 404 content with status 200).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี"
TAGLINE = "Community Development Office of Uthai Thani"
PER = 10
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
CATS = {"pr": "ข่าวประชาสัมพันธ์", "activity": "ข่าวกิจกรรม"}
SOURCES = [
    "สำนักงานพัฒนาชุมชนอำเภอเมืองอุทัยธานี",
    None,
    "กลุ่มงานส่งเสริมการพัฒนาชุมชน",
    "สำนักงานพัฒนาชุมชนอำเภอลานสัก",
    None,
    "สำนักงานพัฒนาชุมชนอำเภอบ้านไร่",
]
CREDITS = [
    "ภาพ: สำนักงานพัฒนาชุมชนอำเภอทัพทัน",
    "ภาพ: ศูนย์ข่าว พช.อุทัยธานี",
    None,
]
TAGS = ["พช.", "OTOP", "กองทุนแม่ของแผ่นดิน", "ผ้าไทย", "โคก หนอง นา", "หมู่บ้านเศรษฐกิจพอเพียง"]
DELETED_ID = 1916
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้ารับการอบรมหลักสูตรผู้นำการเปลี่ยนแปลง (ยกเลิก)"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
COUNTER = "ผู้เข้าชมวันนี้ 214 | ผู้เข้าชมทั้งหมด 187,409"
FOOTER = "ศาลากลางจังหวัดอุทัยธานี ชั้น 2 ถนนท่าช้าง ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000"
LOGIN_PROMPT = "You must be logged in to post a comment."


def en_date(d: dt.datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def pretty(n: int) -> str:
    return f"{n / 1000:.1f}K" if n >= 1000 else str(n)


class MhMagLiteSite(BaseSite):
    key = "b50_wp_mhmaglite_growwpp"
    family = "wordpress"
    imitates = (
        "WordPress 6.5 (English install) + MH Magazine lite child theme, Grow Social by "
        "Mediavine, WordPress Popular Posts, Inline Related Posts, PDPA banner: /%category%/"
        "%postname%/ permalinks with dual-category posts answering under two paths (canonical "
        "to the pr one), 'อ่านต่อ »' shortlinks /?p=N answering 301, 'June 25, 2024' dates, "
        "views prettified with the exact count in a title tooltip, an inline related box and "
        "YouTube embed mid-text, an unlabelled bold source line and 'ภาพ:' photo credits"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=60
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1890 + (n - i) * 3
            slug = f"cdd-uthai-{a.id}"
            cats = [["activity"], ["pr", "activity"], ["pr"], ["pr", "activity"]][i % 4]
            a.extra["cats"] = cats
            a.extra["slug"] = slug
            a.path = f"/news/{cats[0]}/{slug}/"
            a.extra["twin"] = f"/news/activity/{slug}/" if len(cats) == 2 else None
            a.time_printed = False
            a.modified = None
            a.views = [87, 1234, 456, 2871, 930, 1508][i % 6] + i * 17
            a.source = SOURCES[i % len(SOURCES)]
            if a.source is None:
                a.extra["credit"] = CREDITS[1]
            else:
                a.extra["credit"] = CREDITS[0] if i % 3 == 0 else None
            a.extra["video"] = i % 5 == 2
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["shares"] = (i * 7 + 3) % 41
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.twins = {a.extra["twin"]: a for a in arts if a.extra["twin"]}
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/news/pr/cdd-uthai-{DELETED_ID}/"
        assert len(self.pages) == 3 and self.deleted not in self.by_path
        assert DELETED_ID not in self.by_id

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def page_url(self, k: int) -> str:
        return "/category/news/" if k == 0 else f"/category/news/page/{k + 1}/"

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        """Inline Related Posts: a post of the same category; dual posts by the activity path."""
        i = self.articles.index(a)
        r = self.articles[(i + 5) % len(self.articles)]
        href = r.extra["twin"] if (r.extra["twin"] and i % 2 == 0) else r.path
        return r, href

    def activity(self):
        return [a for a in self.articles if "activity" in a.extra["cats"]][:6]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def recent(self):
        return self.articles[:5]

    def img(self, a, size="678x381") -> str:
        d = a.published
        return f"/wp-content/uploads/{d.year}/{d.month:02d}/cdd-uthai-{a.id}-{size}.jpg"

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, head_extra: str = "", body_class: str = ""):
        act = "".join(
            f'<li><a href="/news/activity/{x.extra["slug"]}/">{esc(x.title)}</a>'
            f'<span class="post-date">{en_date(x.published)}</span></li>'
            for x in self.activity()
        )
        pop = "".join(
            f'<li><a href="{x.path}" class="wpp-post-title" target="_self">{esc(x.title)}</a> '
            f'<span class="wpp-meta post-stats"><span class="wpp-views">{pretty(x.views).lower()} views</span></span></li>'
            for x in self.popular()
        )
        rec = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.recent())
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; Feed" href="/feed/" />
<link rel='stylesheet' id='mh-magazine-lite-css' href='/wp-content/themes/mh-magazine-lite/style.css?ver=2.10.0' type='text/css' media='all' />
<link rel='stylesheet' id='mh-cdd-child-css' href='/wp-content/themes/mh-cdd-child/style.css?ver=1.2' type='text/css' media='all' />
<link rel='stylesheet' id='dpsp-frontend-style-pro-css' href='/wp-content/plugins/social-pug/assets/dist/style-frontend-pro.css?ver=1.34.1' type='text/css' media='all' />
<link rel='stylesheet' id='wordpress-popular-posts-css-css' href='/wp-content/plugins/wordpress-popular-posts/assets/css/wpp.css?ver=7.0.1' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.4" />
{head_extra}
</head>
<body id="mh-mobile" class="{body_class} mh-right-sb" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="mh-container mh-container-outer">
<div class="mh-header-mobile-nav mh-clearfix"></div>
<header class="mh-header" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
	<div class="mh-container mh-container-inner mh-row mh-clearfix">
		<div class="mh-custom-header mh-clearfix">
			<div class="mh-site-identity">
				<div class="mh-site-logo" role="banner" itemscope="itemscope" itemtype="https://schema.org/Brand">
					<a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2021/03/logo-cdd.png" class="custom-logo" alt="{OFFICE}" /></a>
					<div class="mh-header-text">
						<a class="mh-header-text-link" href="/" title="{OFFICE}" rel="home">
							<h2 class="mh-header-title">{OFFICE}</h2>
							<h3 class="mh-header-tagline">{TAGLINE}</h3>
						</a>
					</div>
				</div>
			</div>
		</div>
	</div>
	<div class="mh-main-nav-wrap">
		<nav class="mh-navigation mh-main-nav mh-container mh-container-inner mh-clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">
			<div class="menu-main-container"><ul id="menu-main" class="menu">
				<li class="menu-item"><a href="/">หน้าหลัก</a></li>
				<li class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li>
				<li class="menu-item current-menu-ancestor"><a href="/category/news/">ข่าวสาร</a>
					<ul class="sub-menu">
						<li class="menu-item"><a href="/category/news/pr/">ข่าวประชาสัมพันธ์</a></li>
						<li class="menu-item"><a href="/category/news/activity/">ข่าวกิจกรรม</a></li>
					</ul></li>
				<li class="menu-item"><a href="/ita/">ITA</a></li>
				<li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
			</ul></div>
		</nav>
	</div>
</header>
<div class="mh-wrapper mh-clearfix">
	<div id="main-content" class="mh-content" role="main" itemprop="mainContentOfPage">
{content}
	</div>
	<aside class="mh-widget-col-1 mh-sidebar" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
		<div id="search-2" class="mh-widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form></div>
		<div id="custom_html-3" class="widget_text mh-widget widget_custom_html"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">ข่าวกิจกรรม</span></h4><div class="textwidget custom-html-widget"><ul class="cdd-activity-list">{act}</ul></div></div>
		<div id="wpp-2" class="mh-widget popular-posts"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">Popular Posts</span></h4><ul class="wpp-list">{pop}</ul></div>
		<div id="recent-posts-2" class="mh-widget widget_recent_entries"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">Recent Posts</span></h4><ul>{rec}</ul></div>
		<div id="text-4" class="mh-widget widget_text"><h4 class="mh-widget-title"><span class="mh-widget-title-inner">สถิติผู้เข้าชม</span></h4><div class="textwidget"><p>{COUNTER}</p></div></div>
	</aside>
</div>
<footer class="mh-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter">
	<div class="mh-container mh-container-inner mh-footer-widgets mh-row mh-clearfix"><div class="mh-col-1-1 mh-footer-area"><div class="mh-footer-widget widget_text"><div class="textwidget"><p>{OFFICE}<br />{FOOTER}<br />โทร. 0 5651 1053</p></div></div></div></div>
</footer>
<div class="mh-copyright-wrap"><div class="mh-container mh-container-inner mh-clearfix"><p class="mh-copyright">Copyright &copy; 2024 | WordPress Theme by <a href="https://mhthemes.com/themes/mh-magazine/?utm_source=customer&#038;utm_medium=link&#038;utm_campaign=MH+Magazine+Lite" rel="nofollow">MH Themes</a></p></div></div>
</div><!-- .mh-container-outer -->
<div id="pdpa-consent-banner" class="pdpa-consent pdpa-consent--bottom" role="dialog" aria-live="polite">
	<div class="pdpa-consent__text">{PDPA} <a href="/cookie-policy/">นโยบายคุกกี้</a></div>
	<div class="pdpa-consent__buttons"><button type="button" class="pdpa-consent__accept">ยอมรับทั้งหมด</button><button type="button" class="pdpa-consent__settings">ตั้งค่าคุกกี้</button></div>
</div>
<script type="text/javascript" src="/wp-content/themes/mh-magazine-lite/js/scripts.js?ver=2.10.0" id="mh-scripts-js"></script>
<script type="text/javascript" src="/wp-content/plugins/social-pug/assets/dist/front-end-free.js?ver=1.34.1" id="dpsp-frontend-js-pro-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def loop_item(self, a) -> str:
        excerpt = a.paras[0][:180].rstrip()
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry {" ".join("category-" + c for c in a.extra["cats"])} mh-loop-item mh-clearfix">
	<figure class="mh-loop-thumb">
		<a href="{a.path}"><img width="326" height="245" src="{self.img(a, "326x245")}" class="attachment-mh-magazine-lite-medium size-mh-magazine-lite-medium wp-post-image" alt="" decoding="async" /></a>
	</figure>
	<div class="mh-loop-content mh-clearfix">
		<header class="mh-loop-header">
			<h3 class="entry-title mh-loop-title">
				<a href="{a.path}" rel="bookmark">
					{esc(a.title)}
				</a>
			</h3>
			<div class="mh-meta mh-loop-meta">
				<span class="mh-meta-date updated"><i class="fa fa-clock-o"></i>{en_date(a.published)}</span>
<span class="mh-meta-comments"><i class="fa fa-comment-o"></i><a class="mh-comment-count-link" href="{a.path}#mh-comments">0</a></span>
			</div>
		</header>
		<div class="mh-loop-excerpt">
			<div class="mh-excerpt"><p>{esc(excerpt)} &#8230; <a class="mh-excerpt-more" href="/?p={a.id}" title="{esc(a.title)}">อ่านต่อ &raquo;</a></p></div>
		</div>
	</div>
</article>"""

    def deleted_item(self) -> str:
        return f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr mh-loop-item mh-clearfix">
	<figure class="mh-loop-thumb">
		<a href="{self.deleted}"><img class="mh-image-placeholder" src="/wp-content/themes/mh-magazine-lite/images/placeholder-medium.png" alt="No Image" /></a>
	</figure>
	<div class="mh-loop-content mh-clearfix">
		<header class="mh-loop-header">
			<h3 class="entry-title mh-loop-title">
				<a href="{self.deleted}" rel="bookmark">
					{esc(DELETED_TITLE)}
				</a>
			</h3>
			<div class="mh-meta mh-loop-meta">
				<span class="mh-meta-date updated"><i class="fa fa-clock-o"></i>May 30, 2024</span>
<span class="mh-meta-comments"><i class="fa fa-comment-o"></i><a class="mh-comment-count-link" href="{self.deleted}#mh-comments">0</a></span>
			</div>
		</header>
		<div class="mh-loop-excerpt">
			<div class="mh-excerpt"><p>ตามที่สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี ได้ประกาศรับสมัคร &#8230; <a class="mh-excerpt-more" href="/?p={DELETED_ID}" title="{esc(DELETED_TITLE)}">อ่านต่อ &raquo;</a></p></div>
		</div>
	</div>
</article>"""

    def render_list(self, k: int):
        items = [self.loop_item(a) for a in self.pages[k]]
        if k == 1:
            items.insert(4, self.deleted_item())
        n = len(self.pages)
        pg = []
        if k > 0:
            pg.append(f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">&laquo;</a>')
        for j in range(n):
            if j == k:
                pg.append(f'<span aria-current="page" class="page-numbers current">{j + 1}</span>')
            else:
                pg.append(f'<a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a>')
        if k < n - 1:
            pg.append(f'<a class="next page-numbers" href="{self.page_url(k + 1)}">&raquo;</a>')
        content = f"""		<header class="page-header">
			<h1 class="page-title">ข่าวสาร</h1>
		</header>
		<div class="mh-loop mh-clearfix">
{"".join(items)}
		</div>
		<div class="mh-loop-pagination mh-clearfix">
	{"".join(pg)}
		</div>"""
        head = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวสาร Category Feed" href="/category/news/feed/" />'
        if k > 0:
            head += f'\n<link rel="prev" href="{self.page_url(k - 1)}" />'
        if k < n - 1:
            head += f'\n<link rel="next" href="{self.page_url(k + 1)}" />'
        body_class = "archive category category-news category-2" + (" paged" if k else "")
        return self.html_response(
            self.shell(
                f"ข่าวสาร Archives{f' - Page {k + 1} of {n}' if k else ''} - {OFFICE}",
                content,
                head_extra=head,
                body_class=body_class,
            )
        )

    # ------------------------------------------------------------------ post
    def share_bar(self, a, base: str, where: str) -> str:
        url = base + a.path
        nets = [
            (
                "facebook",
                "Facebook",
                f"https://www.facebook.com/sharer/sharer.php?u={url}&amp;t={esc(a.title)}",
            ),
            ("twitter", "Twitter", f"https://x.com/intent/tweet?text={esc(a.title)}&amp;url={url}"),
            ("line", "LINE", f"https://social-plugins.line.me/lineit/share?url={url}"),
            ("email", "Email", f"mailto:?subject={esc(a.title)}&amp;body={url}"),
        ]
        lis = []
        for j, (slug, label, href) in enumerate(nets):
            count = (a.extra["shares"] * (3 - j)) if j < 2 else 0
            cnt = f'<span class="dpsp-network-count">{count}</span>' if j < 2 else ""
            first = " dpsp-first" if j == 0 else (" dpsp-last" if j == len(nets) - 1 else "")
            lis.append(
                f'<li class="dpsp-network-list-item dpsp-network-list-item-{slug}">'
                f'<a rel="nofollow noopener" href="{href}" class="dpsp-network-btn dpsp-{slug}{first} dpsp-has-label" target="_blank" aria-label="Share on {label}" title="Share on {label}">'
                f'<span class="dpsp-network-icon"><span class="dpsp-network-icon-inner"><svg version="1.1" viewBox="0 0 32 32"></svg></span></span>'
                f'<span class="dpsp-network-label">{label}</span>{cnt}</a></li>'
            )
        total = a.extra["shares"] * 5
        return f"""<div id="dpsp-content-{where}" class="dpsp-content-wrapper dpsp-shape-rounded dpsp-size-medium dpsp-has-buttons-count dpsp-show-total-share-count dpsp-show-total-share-count-before dpsp-button-style-1" style="min-height:40px;position:relative">
<div class="dpsp-total-share-wrapper" style="position:absolute;left:0"><span class="dpsp-icon-total-share"><svg version="1.1" viewBox="0 0 26 32"></svg></span><span class="dpsp-total-share-count">{total}</span><span>shares</span></div>
<ul class="dpsp-networks-btns-wrapper dpsp-networks-btns-share dpsp-networks-btns-content dpsp-column-auto dpsp-has-button-icon-animation" style="padding:0;margin:0;list-style-type:none">{"".join(lis)}</ul></div>"""

    def body_html(self, a) -> str:
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        r, href = self.related(a)
        box = f"""<div class="irp-inline-related"><a href="{href}" class="irpg8a3f" style="text-decoration:none"><div style="padding:10px 6px;margin:10px 0;border:1px solid #e0e0e0;background:#f7f7f7"><div class="centered-text-area"><div class="centered-text"><div class="ctaText">อ่านเพิ่มเติม</div>&nbsp;<div class="postTitle">{esc(r.title)}</div></div></div></div></a></div>"""
        mid = max(1, len(paras) // 2)
        paras.insert(mid, box)
        if a.extra["video"]:
            vid = f"""<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">
<iframe title="คลิปกิจกรรม พช.อุทัยธานี" width="678" height="381" src="https://www.youtube.com/embed/q{a.id}xZt8K?feature=oembed" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" referrerpolicy="strict-origin-when-cross-origin" allowfullscreen></iframe>
</div><figcaption class="wp-element-caption">คลิป: บรรยากาศกิจกรรม</figcaption></figure>"""
            paras.insert(1, vid)
        if a.source:
            paras.append(f"<p><strong>{esc(a.source)}</strong></p>")
        return "\n".join(paras)

    def render_post(self, a, base: str, via_twin: bool):
        older, newer = self.neighbours(a)
        d = a.published
        cats = ", ".join(
            f'<a href="/category/news/{c}/" rel="category tag">{CATS[c]}</a>'
            for c in a.extra["cats"]
        )
        views = f'<span class="entry-meta-views" title="{a.views:,} views"><i class="fa fa-eye"></i>{pretty(a.views)}</span>'
        credit = a.extra["credit"]
        fig_cap = (
            f'<figcaption class="wp-caption-text">{esc(credit)}</figcaption>' if credit else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="entry-tags mh-clearfix"><i class="fa fa-tag"></i><ul>'
                + "".join(f'<li><a href="/tag/{t}/" rel="tag">{esc(t)}</a></li>' for t in a.tags)
                + "</ul></div>"
            )
        nav = '<nav class="mh-post-nav mh-row mh-clearfix" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement">'
        nav += '<div class="mh-col-1-2 mh-post-nav-item mh-post-nav-prev">'
        if older:
            nav += f'<a href="{older.path}" rel="prev"><img width="80" height="60" src="{self.img(older, "80x60")}" class="attachment-mh-magazine-lite-small size-mh-magazine-lite-small wp-post-image" alt="" /><span>Previous</span><p>{esc(older.title)}</p></a>'
        nav += '</div><div class="mh-col-1-2 mh-post-nav-item mh-post-nav-next">'
        if newer:
            nav += f'<a href="{newer.path}" rel="next"><img width="80" height="60" src="{self.img(newer, "80x60")}" class="attachment-mh-magazine-lite-small size-mh-magazine-lite-small wp-post-image" alt="" /><span>Next</span><p>{esc(newer.title)}</p></a>'
        nav += "</div></nav>"
        crumb_cat = "activity" if via_twin else a.extra["cats"][0]
        content = f"""		<nav class="mh-breadcrumb"><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/" itemprop="url"><span itemprop="title">Home</span></a></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span><span itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><a href="/category/news/{crumb_cat}/" itemprop="url"><span itemprop="title">{CATS[crumb_cat]}</span></a></span><span class="mh-breadcrumb-delimiter"><i class="fa fa-angle-right"></i></span>{esc(a.title)}</nav>
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry {" ".join("category-" + c for c in a.extra["cats"])}">
	<header class="entry-header mh-clearfix"><h1 class="entry-title">{esc(a.title)}</h1><p class="mh-meta entry-meta">
<span class="entry-meta-date updated"><i class="fa fa-clock-o"></i><a href="/{d.year}/{d.month:02d}/">{en_date(d)}</a></span>
<span class="entry-meta-author author vcard"><i class="fa fa-user"></i><a class="fn" href="/author/prcdd/">prcdd</a></span>
<span class="entry-meta-categories"><i class="fa fa-folder-open-o"></i>{cats}</span>
<span class="entry-meta-comments"><i class="fa fa-comment-o"></i><a class="mh-comment-scroll" href="{a.path}#mh-comments">0</a></span>
{views}
</p>
	</header>
	<div id="dpsp_content_top-2" class="mh-widget mh-posts-1 widget_dpsp_share">{self.share_bar(a, base, "top")}</div>
	<div class="entry-content mh-clearfix">
<figure class="entry-thumbnail">
<img src="{self.img(a)}" alt="" title="cdd-uthai-{a.id}" />
{fig_cap}
</figure>
{self.body_html(a)}
	</div>{tags}
	<div id="dpsp_content_bottom-2" class="mh-widget mh-posts-2 widget_dpsp_share">{self.share_bar(a, base, "bottom")}</div>
</article>
{nav}
<div id="mh-comments"></div>
<div id="respond" class="comment-respond">
	<h3 id="reply-title" class="comment-reply-title">Leave a Reply <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">Cancel reply</a></small></h3>
	<p class="must-log-in">{LOGIN_PROMPT.replace("logged in", '<a href="/wp-login.php?redirect_to=' + base + a.path + '">logged in</a>')}</p>
</div>"""
        head = f"""<link rel="canonical" href="{base}{a.path}" />
<link rel='shortlink' href='{base}/?p={a.id}' />
<link rel="alternate" type="application/json+oembed" href="/wp-json/oembed/1.0/embed?url={base}{a.path}" />
<meta property="og:locale" content="en_US" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{base}{a.path}" />
<meta property="og:image" content="{base}{self.img(a)}" />"""
        body_class = (
            f"post-template-default single single-post postid-{a.id} single-format-standard"
        )
        return self.html_response(
            self.shell(
                f"{esc(a.title)} - {OFFICE}", content, head_extra=head, body_class=body_class
            )
        )

    def render_deleted(self):
        content = """		<header class="page-header"><h1 class="page-title">Page not found (404)</h1></header>
		<div class="entry-content mh-widget">
			<div class="mh-box"><p>It looks like nothing was found at this location. Maybe try one of the links below or a search?</p></div>
			<form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="Search" /></form>
		</div>"""
        return self.html_response(
            self.shell(f"Page not found - {OFFICE}", content, body_class="error404")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php") and query.get("p"):
            pid = query["p"][0]
            a = self.by_id.get(int(pid)) if pid.isdigit() else None
            if a is None:
                return None
            return (
                301,
                {
                    "Location": base + a.path,
                    "Content-Type": "text/html; charset=UTF-8",
                    "X-Redirect-By": "WordPress",
                },
                b"",
            )
        if not path.endswith("/"):
            cand = path + "/"
            if cand in self.by_path or cand == self.listing_path or cand.startswith("/category/"):
                return 301, {"Location": base + cand, "X-Redirect-By": "WordPress"}, b""
        if path == "/category/news/":
            return self.render_list(0)
        if path.startswith("/category/news/page/"):
            num = path[len("/category/news/page/") :].strip("/")
            if num.isdigit() and 2 <= int(num) <= len(self.pages):
                return self.render_list(int(num) - 1)
            return None
        if path == self.deleted:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a is not None:
            return self.render_post(a, base, False)
        a = self.twins.get(path)
        if a is not None:
            return self.render_post(a, base, True)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            r, _ = self.related(a)
            must_not = [
                "Share on Facebook",
                "shares",
                "Leave a Reply",
                "to post a comment.",
                "Previous",
                "อ่านเพิ่มเติม",
                r.title,
                "Popular Posts",
                "Recent Posts",
                COUNTER,
                PDPA,
                FOOTER,
                TAGLINE,
                "คลิป: บรรยากาศกิจกรรม",
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.popular() if x is not a]
            must_not += [x.title for x in self.activity() if x is not a]
            out.append(
                expected_record(
                    a, published_time=False, modified=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = MhMagLiteSite()

if __name__ == "__main__":
    main(SITE)
