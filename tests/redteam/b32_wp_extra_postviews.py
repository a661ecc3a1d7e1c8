"""Blind-32 red-team site (part A): **WordPress 6 + Extra** (Elegant Themes' magazine theme,
Divi's sibling) run by a provincial land office (สำนักงานที่ดินจังหวัดพิจิตร), Thai locale,
with Yoast SEO, WP-PostViews, Shared Counts, Contextual Related Posts and Download Monitor,
built blind.

What it imitates:
- WordPress fingerprints: `meta name="generator" content="WordPress 6.4.3"`, Extra's own
  generator meta, `/wp-content/themes/Extra/`, `/wp-includes/`, `/wp-json/` link, `/feed/`,
  `?p=N` shortlinks, the numeric permalink structure `/archives/N`;
- Extra shell: `#page-container`, `header.header` with `#top-header` and `#main-header`,
  `nav#et-navigation`, `#main-content` > `.container` > `#content-area.with_sidebar` >
  `.et_pb_extra_column_main`, sidebar `.et_pb_extra_column_sidebar` (WP-PostViews "most viewed"
  widget, recent posts, a site-wide counter), `footer#footer`, a GDPR cookie bar;
- single post (`article.module.single-post-module`): `.post-header` with `h1.entry-title` and
  `.post-meta.vcard` "โดย <login> | มี.ค. 5, 2024 | <category> | 0 comments | อ่าน 1,234 ครั้ง"
  — **Extra's default date format 'M j, Y' under the Thai locale: Thai month abbreviation,
  day, CE year, no time** (the time is only in Yoast's `article:published_time` /
  `article:modified_time` metas and the JSON-LD graph); featured image (some);
  `.post-wrap > .post-content.entry-content` holding Shared Counts buttons before and after the
  text (with a share total "NN Shares"), an "ข่าว : office" sign-off (some), a Download Monitor
  link with its download count (some) and the Contextual Related Posts list "เรื่องที่
  เกี่ยวข้อง:" **inside the content container**; `.post-footer` with tags and share icons;
  `nav.post-nav` with neighbour titles; Extra's "Related Posts" carousel; author box; comments
  "ต้องเข้าสู่ระบบ เพื่อแสดงความคิดเห็น";
- listing: the category archive `/category/news/` with WordPress paged permalinks
  `/category/news/page/N/` (Extra's `ul.pagination` with numbers, prev/next).
Deleted: a post later made password-protected: 200, "ป้องกัน: …" headline and WordPress's
password form, no text.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS_ABBR, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานที่ดินจังหวัดพิจิตร"
SLOGAN = "บริการดี มีมาตรฐาน โปร่งใส ตรวจสอบได้"
HOST = "https://pichit.dol.go.th"
T = "/wp-content/themes/Extra"
PER_PAGE = 8
CAT = "/category/news/"
SOURCES = [
    "ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดพิจิตร",
    None,
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดพิจิตร",
    None,
]
LOGINS = ["admin_dol", "pr.pichit", "webmaster"]
DELETED = "/archives/3117"
SITE_COUNTER = "สถิติผู้เข้าชมทั้งหมด 1,204,518 ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"


def extra_date(d: dt.datetime) -> str:
    """Extra's default 'M j, Y' through date_i18n in th: 'มี.ค. 5, 2024'."""
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def tag_slug(t: str) -> str:
    from urllib.parse import quote

    return quote(t.lower().replace(" ", "-"))


class ExtraSite(BaseSite):
    key = "b32_wp_extra_postviews"
    family = "wordpress"
    imitates = "WordPress 6 + Extra (Elegant Themes) with Yoast, WP-PostViews, Shared Counts, Contextual Related Posts, Download Monitor; provincial land office; /archives/N; h1.entry-title in .post-header; .post-meta 'โดย login | มี.ค. 5, 2024 | category | comments | อ่าน 1,234 ครั้ง' (Thai month abbreviation, day, CE year, no time; time only in Yoast metas / JSON-LD, dateModified for every post); Shared Counts bars and total, 'ข่าว :' sign-off (some), Download Monitor link with count (some) and CRP 'เรื่องที่เกี่ยวข้อง:' inside .entry-content; tags, share icons, post-nav with titles, Related Posts, author box, comment login prompt; category archive /category/news/page/N/; deleted = password-protected post answering 200"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 4, 26, 16, 30, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        pid = 3160
        for i, a in enumerate(arts):
            pid -= 2 + (i * 5) % 4
            if f"/archives/{pid}" == DELETED:
                pid -= 1
            a.id = pid
            a.time_printed = True  # article:published_time / JSON-LD datePublished
            if a.modified is None:
                a.modified = a.published  # Yoast prints dateModified for every post
            a.path = f"/archives/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 0
            a.extra["download"] = i % 6 == 3
            a.extra["shares"] = (a.views * 7) % 90 + 3
            a.extra["comments"] = i % 7 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [CAT] + [f"{CAT}page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def most_viewed(self):
        top = sorted(self.articles, key=lambda a: -a.views)[:5]
        return "".join(
            f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} views</li>'
            for a in top
        )

    def sidebar(self):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span class="post-date">{extra_date(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        return f"""<div class="et_pb_extra_column_sidebar">
<div id="views-2" class="et_pb_widget widget_views"><h4 class="widgettitle">ข่าวยอดนิยม</h4><ul>{self.most_viewed()}</ul></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">ข่าวล่าสุด</h4><ul>{recent}</ul></div>
<div id="text-3" class="et_pb_widget widget_text"><h4 class="widgettitle">สถิติผู้เข้าชม</h4><div class="textwidget"><p>วันนี้ 312 ครั้ง<br />{SITE_COUNTER}</p></div></div>
</div>"""

    def shell(self, title, content, body_class, head_extra="", with_sidebar=True):
        side = self.sidebar() if with_sidebar else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta http-equiv="X-UA-Compatible" content="IE=edge">
	<link rel="pingback" href="{HOST}/xmlrpc.php" />
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />
	<title>{esc(title)}</title>
{head_extra}	<link rel='dns-prefetch' href='//fonts.googleapis.com' />
	<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
	<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' type='text/css' media='all' />
	<link rel='stylesheet' id='shared-counts-css' href='/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.4.1' type='text/css' media='all' />
	<link rel='stylesheet' id='wp-postviews-css' href='/wp-content/plugins/wp-postviews/postviews-custom.css?ver=1.77' type='text/css' media='all' />
	<link rel='stylesheet' id='crp-style-text-only-css' href='/wp-content/plugins/contextual-related-posts/css/text-only.min.css?ver=3.4.2' type='text/css' media='all' />
	<link rel='stylesheet' id='extra-style-css' href='{T}/style.min.css?ver=4.24.2' type='text/css' media='all' />
	<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
	<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
	<meta name="generator" content="WordPress 6.4.3" />
	<meta name="generator" content="Extra v.4.24.2" />
	<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=1" />
</head>
<body class="{body_class} et_extra et_fixed_nav et_pb_gutters3 et_primary_nav_dropdown_animation_Default et_secondary_nav_dropdown_animation_Default with_sidebar with_sidebar_right et_includes_sidebar et-db">
	<div id="page-container" class="page-container">
		<header class="header left-right">
			<div id="top-header" style="">
				<div class="container">
					<div id="et-info"><ul class="et-top-search"><li class="et-top-search-primary-menu-item"><span id="et-info-phone">056-611-052</span></li><li><a href="mailto:pichit@dol.go.th"><span id="et-info-email">pichit@dol.go.th</span></a></li></ul></div>
					<div id="et-secondary-menu"><ul id="et-secondary-nav" class="nav"><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/sitemap/">แผนผังเว็บไซต์</a></li><li class="menu-item"><a href="/wp-login.php">เข้าสู่ระบบ</a></li></ul></div>
				</div>
			</div>
			<div id="main-header-wrapper">
				<div id="main-header" data-fixed-height="80">
					<div class="container">
						<a class="logo" href="/" data-fixed-height="51"><img src="/wp-content/uploads/2023/05/logo-dol.png" width="320" height="64" alt="{OFFICE}" id="logo" /></a>
						<p class="site-description">{SLOGAN}</p>
						<div id="et-navigation" class=""><ul id="et-menu" class="nav"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item menu-item-has-children"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/fees/">ค่าธรรมเนียม</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div>
					</div>
				</div>
			</div>
		</header>
<div id="main-content">
	<div class="container">
		<div id="content-area" class="with_sidebar with_sidebar_right clearfix">
			<div class="et_pb_extra_column_main">
{content}
			</div><!-- /.et_pb_extra_column.et_pb_extra_column_main -->
			{side}
		</div> <!-- #content-area -->
	</div> <!-- .container -->
</div> <!-- #main-content -->
	<footer id="footer" class="footer_columns_3">
		<div class="container"><div class="et_pb_extra_row container-width-change-notify"><div class="footer_column"><div class="et_pb_widget widget_text"><h4 class="widgettitle">{OFFICE}</h4><div class="textwidget"><p>ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000</p></div></div></div></div></div>
		<div id="footer-bottom"><div class="container"><p id="footer-info">ออกแบบโดย <a href="http://www.elegantthemes.com" title="Premium WordPress Themes">Elegant Themes</a> | ขับเคลื่อนโดย <a href="http://www.wordpress.org">WordPress</a></p></div></div>
	</footer>
	</div> <!-- #page-container -->
	<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role='button' class="cli_action_button cli-accept-button" data-cli_action="accept">ยอมรับ</a> <a href="/privacy-policy/" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
	<script type="text/javascript" src="/wp-content/plugins/wp-postviews/postviews-cache.js?ver=1.77" id="wp-postviews-cache-js"></script>
	<script type="text/javascript" src="{T}/scripts/scripts.min.js?ver=4.24.2" id="extra-scripts-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a, pid):
        thumb = ""
        if a.extra["image"]:
            thumb = f'<div class="header"><a href="{path}" title="{esc(title)}" class="featured-image"><img src="/wp-content/uploads/{a.published:%Y/%m}/news-{pid}-440x264.jpg" alt="" /><span class="et_pb_extra_overlay"></span></a></div>'
        return f"""<article id="post-{pid}" class="post et-format- post-{pid} type-post status-publish format-standard hentry category-news et-doesnt-have-format-content et_post_format-et-post-format-standard">
	{thumb}
	<div class="post-content">
		<h2 class="post-title entry-title"><a class="et-accent-color" style="color:#1e73be;" href="{path}">{esc(title)}</a></h2>
		<div class="post-meta vcard"><p>โดย <a href="/author/{a.extra["login"]}/" class="url fn" title="เขียนโดย {a.extra["login"]}" rel="author">{a.extra["login"]}</a> | <span class="updated">{extra_date(a.published)}</span> | <a href="{CAT}" rel="tag">ข่าวประชาสัมพันธ์</a></p></div>
		<div class="excerpt entry-summary"><p>{esc(a.paras[0][:160])}&#8230;</p><a class="read-more-button" href="{path}">อ่านต่อ</a></div>
	</div>
</article>
"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return CAT if j == 1 else f"{CAT}page/{j}/"

        items = []
        if k > 1:
            items.append(
                f'<li class="prev arrow"><a class="prev arrow" href="{href(k - 1)}"></a></li>'
            )
        for j in range(1, n + 1):
            if j == k:
                items.append(f'<li class="active"><a class="active" href="{href(j)}">{j}</a></li>')
            else:
                items.append(f'<li><a href="{href(j)}">{j}</a></li>')
        if k < n:
            items.append(
                f'<li class="next arrow"><a class="next arrow" href="{href(k + 1)}"></a></li>'
            )
        return f'<div class="archive-pagination"><ul class="pagination">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a, a.id) for a in self.pages[k - 1]]
        if k == 2:
            ghost = self.pages[1][2]
            rows.insert(
                3,
                self.teaser(
                    "ประกาศสำนักงานที่ดินจังหวัดพิจิตร เรื่อง การรังวัดออกโฉนดที่ดินเฉพาะราย ประจำเดือนเมษายน 2567",
                    DELETED,
                    ghost,
                    3117,
                ),
            )
        content = f"""<div class="et_pb_extra_module posts-blog-feed-module post-module et_pb_extra_module_0 masonry paginated et_pb_extra_module" data-current_page="{k}" data-et_column_type="" data-show_featured_image="1" data-show_author="1" data-show_categories="1" data-show_date="1" data-show_rating="" data-show_comments="" data-date_format="M j, Y">
	<div class="module-head"><h1>ข่าวประชาสัมพันธ์</h1></div>
	<div class="paginated_content"><div class="paginated_page paginated_page_{k} active" data-columns>
{"".join(rows)}	</div></div>
	{self.pagination(k)}
</div>"""
        head = f'\t<link rel="canonical" href="{HOST}{CAT if k == 1 else f"{CAT}page/{k}/"}" />\n'
        title = (
            f"ข่าวประชาสัมพันธ์ Archives - {OFFICE}"
            if k == 1
            else f"ข่าวประชาสัมพันธ์ Archives - หน้า {k} จาก {len(self.pages)} - {OFFICE}"
        )
        return self.shell(title, content, "archive category category-news category-3", head)

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def crp(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i - 2, i + 5, i - 5) if 0 <= j < len(self.articles)
        ][:4]

    def extra_related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 4, i + 7, i - 4) if 0 <= j < len(self.articles)][:3]

    def shared_counts(self, a, where):
        url = f"{HOST}{a.path}"
        btns = [
            (
                "facebook",
                "Facebook",
                f"https://www.facebook.com/sharer/sharer.php?u={url}&display=popup&ref=plugin&src=share_button",
            ),
            ("twitter", "Tweet", f"https://twitter.com/share?url={url}&text={esc(a.title)}"),
            ("line", "LINE", f"https://social-plugins.line.me/lineit/share?url={url}"),
            ("email", "อีเมล", "#shared-counts-email"),
            ("print", "พิมพ์", "javascript:window.print()"),
        ]
        out = f'<span class="shared-counts-button included_total shared-counts-no-count" data-social-network="Total"><span class="shared-counts-icon-label"><span class="shared-counts-count">{a.extra["shares"]}</span><span class="shared-counts-label">Shares</span></span></span>'
        for cls, label, href in btns:
            out += f'<a href="{href}" title="แชร์ไปยัง {label}" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button {cls} shared-counts-no-count" data-postid="{a.id}" data-social-network="{label}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"><svg width="18" height="18" aria-hidden="true"></svg></span><span class="shared-counts-label">{label}</span></span></a>'
        return f'<div class="shared-counts-wrap {where} style-classic">{out}</div>'

    def single(self, a):
        newer, older = self.neighbours(a)
        login = a.extra["login"]
        ncom = 2 if a.extra["comments"] else 0
        thumb = ""
        if a.extra["image"]:
            thumb = f'<div class="post-thumbnail header"><img src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}.jpg" alt="" /></div>'
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["image"]:
            body = body.replace(
                "</p>\n",
                f'</p>\n<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-2-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /></figure>\n',
                1,
            )
        sign = f'\n<p style="text-align: right;">ข่าว : {esc(a.source)}</p>' if a.source else ""
        dl = ""
        if a.extra["download"]:
            dl = f'\n<p><a class="download-link" title="เวอร์ชั่น 1" href="/download/{a.id + 9}/?tmstv=1713" rel="nofollow">ประกาศ-{a.id}.pdf (ดาวน์โหลด {a.views // 9} ครั้ง)</a></p>'
        crp = "".join(
            f'<li><a href="{r.path}" class="crp_link post-{r.id}"><span class="crp_title">{esc(r.title)}</span></a></li>'
            for r in self.crp(a)
        )
        crp = f'<div class="crp_related crp-text-only"><h3>เรื่องที่เกี่ยวข้อง:</h3><ul>{crp}</ul><div class="crp_clear"></div></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags"><h5>แท็ก: </h5><ul class="post-tags-list">'
                + "".join(
                    f'<li><a href="/tag/{tag_slug(t)}/" rel="tag">{esc(t)}</a></li>' for t in a.tags
                )
                + "</ul></div>"
            )
        nav = '<nav class="post-nav"><div class="nav-links clearfix">'
        if older:
            nav += f'<div class="nav-link nav-link-prev"><a href="{older.path}" rel="prev"><span class="button">ก่อนหน้า</span><span class="title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-link nav-link-next"><a href="{newer.path}" rel="next"><span class="button">ถัดไป</span><span class="title">{esc(newer.title)}</span></a></div>'
        nav += "</div></nav>"
        rel = "".join(
            f'<div class="related-post"><div class="featured-image"><a href="{r.path}" title="{esc(r.title)}" class="post-thumbnail"><img src="/wp-content/uploads/{r.published:%Y/%m}/news-{r.id}-440x264.jpg" alt="" /></a></div><h4 class="title"><a href="{r.path}">{esc(r.title)}</a></h4><p class="date"><span class="updated">{extra_date(r.published)}</span></p></div>'
            for r in self.extra_related(a)
        )
        comments = ""
        if ncom:
            comments = f"""<ol class="commentlist clearfix"><li class="comment even thread-even depth-1" id="li-comment-{a.id * 3}"><article id="comment-{a.id * 3}" class="comment-body clearfix"><div class="comment_avatar"><img alt="" src="/wp-content/uploads/avatar.png" class="avatar avatar-60" height="60" width="60" /></div><div class="comment_postinfo"><span class="fn">ประชาชนผู้ใช้บริการ</span> <span class="comment_date">เมื่อ {extra_date(a.modified)}</span></div><div class="comment_area"><div class="comment-content clearfix"><p>ขอบคุณสำหรับข้อมูลครับ</p></div></div></article></li><li class="comment odd alt thread-odd depth-1"><article class="comment-body clearfix"><div class="comment_postinfo"><span class="fn">{login}</span></div><div class="comment_area"><div class="comment-content clearfix"><p>ยินดีครับ สอบถามเพิ่มเติมได้ที่ฝ่ายทะเบียน</p></div></div></article></li></ol>"""
        content = f"""<div class="et_pb_extra_column_main_inner">
				<article id="post-{a.id}" class="module single-post-module post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news et-has-post-format-content et_post_format-et-post-format-standard">
					<div class="post-header">
						<h1 class="entry-title">{esc(a.title)}</h1>
						<div class="post-meta vcard">
							<p>โดย <a href="/author/{login}/" class="url fn" title="เขียนโดย {login}" rel="author">{login}</a> | <span class="updated">{extra_date(a.published)}</span> | <a href="{CAT}" rel="tag">ข่าวประชาสัมพันธ์</a> | <a class="comments-link" href="{a.path}#comments">{ncom} <span title="จำนวนความคิดเห็น" class="comment-bubble post-meta-icon"></span></a> | <span class="post-views">อ่าน {a.views:,} ครั้ง</span></p>
						</div>
					</div>
					{thumb}
					<div class="post-wrap">
						<div class="post-content entry-content">
							{self.shared_counts(a, "before_content")}
{body}{sign}{dl}
							{self.shared_counts(a, "after_content")}
							{crp}
						</div>
					</div>
					<div class="post-footer">
						<div class="social-icons ed-social-share-icons"><p class="share-title">แชร์:</p><a href="http://www.facebook.com/sharer.php?u={HOST}{a.path}" class="social-share-link" title="แชร์ &quot;{esc(a.title)}&quot; ผ่าน Facebook" data-network-name="facebook" data-share-title="{esc(a.title)}" data-share-url="{HOST}{a.path}"><span class="et-extra-icon et-extra-icon-facebook et-extra-icon-background-hover"></span></a><a href="#" class="social-share-link" data-network-name="basic_email"><span class="et-extra-icon et-extra-icon-basic_email et-extra-icon-background-hover"></span></a><a href="#" class="social-share-link" data-network-name="basic_print"><span class="et-extra-icon et-extra-icon-basic_print et-extra-icon-background-hover"></span></a></div>
						{tags}
					</div>
				</article>
				{nav}
				<div class="et_extra_other_module author-box vcard"><div class="author-box-header"><h3>เกี่ยวกับผู้เขียน</h3></div><div class="author-box-content clearfix"><div class="author-box-avatar"><img alt="" src="/wp-content/uploads/avatar-{login}.png" class="avatar avatar-170" height="170" width="170" /></div><div class="author-box-description"><h4><a class="author-link url fn" href="/author/{login}/" rel="author" title="ดูโพสต์ทั้งหมดของ {login}">{login}</a></h4><p class="note">เจ้าหน้าที่ประชาสัมพันธ์ {OFFICE}</p></div></div></div>
				<div class="et_extra_other_module related-posts"><div class="related-posts-header"><h3>Related Posts</h3></div><div class="related-posts-content clearfix">{rel}</div></div>
				<section id="comment-wrap">
					<h3 id="comments" class="page_title">{ncom} ความคิดเห็น</h3>
					{comments}
					<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>แสดงความคิดเห็น</span></h3><p class="must-log-in">คุณต้อง <a href="/wp-login.php?redirect_to={HOST}{a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div>
				</section>
			</div>"""
        canon = f"{HOST}{a.path}"
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{canon}#article",
                    "isPartOf": {"@id": canon},
                    "author": {"name": login, "@id": f"{HOST}/#/schema/person/{a.id % 97}"},
                    "headline": a.title[:110],
                    "datePublished": a.published.isoformat(),
                    "dateModified": a.modified.isoformat(),
                    "mainEntityOfPage": {"@id": canon},
                    "publisher": {"@id": f"{HOST}/#organization"},
                    "articleSection": ["ข่าวประชาสัมพันธ์"],
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": canon,
                    "url": canon,
                    "name": f"{a.title} - {OFFICE}",
                    "datePublished": a.published.isoformat(),
                    "dateModified": a.modified.isoformat(),
                    "inLanguage": "th",
                },
                {
                    "@type": "Organization",
                    "@id": f"{HOST}/#organization",
                    "name": OFFICE,
                    "url": f"{HOST}/",
                },
            ],
        }
        head = f"""	<link rel="canonical" href="{canon}" />
	<meta property="og:locale" content="th_TH" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
	<meta property="og:url" content="{canon}" />
	<meta property="og:site_name" content="{OFFICE}" />
	<meta property="article:published_time" content="{a.published.isoformat()}" />
	<meta property="article:modified_time" content="{a.modified.isoformat()}" />
	<meta name="author" content="{login}" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
	<link rel='shortlink' href='{HOST}/?p={a.id}' />
"""
        return self.shell(
            f"{a.title} - {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def protected(self):
        title = "ประกาศสำนักงานที่ดินจังหวัดพิจิตร เรื่อง การรังวัดออกโฉนดที่ดินเฉพาะราย ประจำเดือนเมษายน 2567"
        content = f"""<div class="et_pb_extra_column_main_inner">
				<article id="post-3117" class="module single-post-module post-3117 post type-post status-publish format-standard post-password-required hentry category-news">
					<div class="post-header"><h1 class="entry-title">ป้องกัน: {title}</h1><div class="post-meta vcard"><p>โดย <a href="/author/admin_dol/" class="url fn" rel="author">admin_dol</a> | <span class="updated">เม.ย. 2, 2024</span></p></div></div>
					<div class="post-wrap"><div class="post-content entry-content">
<form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน หากต้องการดูเนื้อหา กรุณาใส่รหัสผ่านด้านล่าง:</p><p><label for="pwbox-3117">รหัสผ่าน: <input name="post_password" id="pwbox-3117" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
					</div></div>
				</article>
			</div>"""
        return self.shell(
            f"ป้องกัน: {title} - {OFFICE}",
            content,
            "post-template-default single single-post postid-3117 post-password-required",
            f'\t<link rel="canonical" href="{HOST}{DELETED}" />\n',
        )

    def route(self, path, query, raw_query, base):
        if path == CAT:
            return self.html_response(self.listing(1))
        if path.startswith(f"{CAT}page/") and path.endswith("/"):
            k = path[len(CAT) + 5 : -1]
            if k.isdigit() and 2 <= int(k) <= len(self.pages):
                return self.html_response(self.listing(int(k)))
            return None
        if path in self.by_path:
            return self.html_response(self.single(self.by_path[path]))
        if path.endswith("/") and path[:-1] in self.by_path:
            return 301, {"Location": base + path[:-1]}, b""
        if path == DELETED:
            return self.html_response(self.protected())
        if path == "/" and "p" in query:
            p = f"/archives/{query['p'][0]}"
            if p in self.by_path:
                return 301, {"Location": base + p}, b""
            return None
        if path == "/feed/":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator><![CDATA[{a.extra["login"]}]]></dc:creator><guid isPermaLink="false">{HOST}/?p={a.id}</guid><description><![CDATA[{a.paras[0][:200]}]]></description></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + CAT}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                extra_date(a.published),
                f"โดย {a.extra['login']}",
                f"อ่าน {a.views:,} ครั้ง",
                "Shares",
                "แชร์ไปยัง",
                "แชร์:",
                "เรื่องที่เกี่ยวข้อง:",
                "Related Posts",
                "เกี่ยวกับผู้เขียน",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวยอดนิยม",
                SITE_COUNTER,
                SLOGAN,
                COOKIE,
                "ศาลากลางจังหวัดพิจิตร ถนนบุษบา",
                "Elegant Themes",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.crp(a)]
            must_not += [r.title for r in self.extra_related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["download"]:
                must_not += [f"ประกาศ-{a.id}.pdf", f"ดาวน์โหลด {a.views // 9} ครั้ง"]
            if a.tags:
                must_not.append("แท็ก:")
            if a.extra["comments"]:
                must_not += ["ขอบคุณสำหรับข้อมูลครับ", "สอบถามเพิ่มเติมได้ที่ฝ่ายทะเบียน"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = ExtraSite()

if __name__ == "__main__":
    main(SITE)
