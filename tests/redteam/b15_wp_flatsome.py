"""Blind-15 red-team site: **WordPress + Flatsome** (child theme) of a provincial office
(สำนักงานเกษตรจังหวัดสุพรรณบุรี) whose news page is an **Elementor Pro Posts widget**, with the
**Post Views Counter** plugin, built blind.

What it imitates:
- the news page is a WordPress page with a Thai slug, `/ข่าวประชาสัมพันธ์/`, built with
  Elementor: the Posts widget (`elementor-posts--skin-classic`, cards with title, date
  "16 ก.ค. 2024" (`j M Y`, **CE**), excerpt and "อ่านต่อ »") and Elementor's page pagination
  **by path**, `/ข่าวประชาสัมพันธ์/2/`; every link printed **percent-encoded** (lower-case hex),
  as WordPress prints Thai slugs;
- posts under `/%year%/%monthnum%/%day%/%postname%/` (**the date in the URL**), Thai slugs;
- Flatsome's `entry-header`: `h6.entry-category`, `h1.entry-title`, `entry-divider`, and the
  child theme's `flatsome_posted_on()` printing a **relative time** "โพสต์เมื่อ 2 สัปดาห์ที่แล้ว"
  (`human_time_diff`, as of the day the pages were cached, 1 August 2024) around
  `<time class="entry-date published" datetime="…+07:00">`; a `<time class="updated">` only for
  the edited posts (**modified for some items, only in the attribute**); the date badge
  "16 / ก.ค." over the featured image;
- Post Views Counter's block **inside `div.entry-content`** after the text: "ยอดเข้าชม 1,234";
  Flatsome's share row ("แชร์") also inside it; the entry footer "เรื่องนี้ถูกเขียนใน … และติดแท็ก
  …", the author box, prev/next (`nav#nav-below`), the comment form "แสดงความคิดเห็น";
  sidebar "เรื่องล่าสุด"; a cookie notice;
- the source as "ที่มา : …" in the last paragraph for some posts, the **office alone** as the
  last, right-aligned line for others;
- the post made password-protected, linked from page 2, answers 200 with
  "มีรหัสผ่านป้องกัน: …" and WordPress's password form (the no-access message).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import MONTHS_ABBR, TZ, esc, main
from .b13_common import B9Site, build, commas, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดสุพรรณบุรี"
NEWS = "/ข่าวประชาสัมพันธ์/"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดสุพรรณบุรี",
    None,
    None,
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดสุพรรณบุรี",
    None,
    "กลุ่มส่งเสริมและพัฒนาการผลิต สำนักงานเกษตรจังหวัดสุพรรณบุรี",
]
NOW = dt.datetime(2024, 8, 1, 9, 0, tzinfo=TZ)


def enc(path: str) -> str:
    """WordPress prints Thai slugs percent-encoded in lower-case hex."""
    return _lower_hex(quote(path, safe="/"))


def _lower_hex(s: str) -> str:
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), s)


def slugify(title: str) -> str:
    s = re.sub(r"[^\u0E00-\u0E7Fa-zA-Z0-9 -]", "", title)
    s = re.sub(r"[\s-]+", "-", s).strip("-").lower()
    return s[:60].rstrip("-")


def ago(d: dt.datetime) -> str:
    diff = NOW - d
    days = diff.days
    if days < 1:
        return f"{max(1, diff.seconds // 3600)} ชั่วโมง"
    if days < 7:
        return f"{days} วัน"
    if days < 30:
        return f"{days // 7} สัปดาห์"
    return f"{days // 30} เดือน"


def jm(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class FlatsomeSite(B9Site):
    key = "b15_wp_flatsome"
    family = "wordpress"
    imitates = "WordPress + Flatsome child theme, news page built with Elementor Pro's Posts widget at /ข่าวประชาสัมพันธ์/ paginated by path /ข่าวประชาสัมพันธ์/2/, percent-encoded Thai slugs, /YYYY/MM/DD/slug/ posts, relative 'โพสต์เมื่อ 2 สัปดาห์ที่แล้ว' around <time datetime>, time.updated only for edited posts, Post Views Counter 'ยอดเข้าชม 1,234' and share row inside entry-content, 'ที่มา :' or the office alone as the last line; password-protected post = 'มีรหัสผ่านป้องกัน:' + password form (200)"
    listing_path = NEWS
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 8, SOURCES, dt.datetime(2024, 7, 31, 17, 0), first_id=2112, step=11
        )
        for i, a in enumerate(self.articles):
            a.path = f"/{a.published:%Y/%m/%d}/{slugify(a.title)}/"
            a.extra["signoff"] = "label" if i % 2 == 0 else "alone"
            if a.modified and a.modified > NOW:
                a.modified = None
        anchor = self.articles[12]
        self.anchor = anchor
        d = anchor.published - dt.timedelta(days=1)
        self.deleted_title = "ประชาสัมพันธ์รับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ ปี 2567"
        self.deleted_path = f"/{d:%Y/%m/%d}/{slugify(self.deleted_title)}/"
        self.deleted_date = d
        self.setup_routes()

    def page_url(self, k):
        return NEWS if k == 0 else f"{NEWS}{k + 1}/"

    def robots(self):
        return "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: /wp-sitemap.xml\n"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, body_class, content, sidebar=True):
        recent = "".join(
            f'<li>\n<a href="{enc(a.path)}">{esc(a.title)}</a>\n</li>' for a in self.articles[:5]
        )
        side = (
            f"""<div class="post-sidebar large-3 col">
<div id="secondary" class="widget-area " role="complementary">
<aside id="recent-posts-2" class="widget widget_recent_entries"><span class="widget-title "><span>เรื่องล่าสุด</span></span><div class="is-divider small"></div><ul>{recent}</ul></aside>
<aside id="search-2" class="widget widget_search"><form method="get" class="searchform" action="/" role="search"><input type="search" class="search-field mb-0" name="s" value="" placeholder="ค้นหา&hellip;" /></form></aside>
</div>
</div>"""
            if sidebar
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="loading-site no-js">
<head>
	<meta charset="UTF-8" />
	<link rel="profile" href="http://gmpg.org/xfn/11" />
	<meta name='robots' content='index, follow, max-image-preview:large' />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
	<title>{title} &#8211; {OFFICE}</title>
	<link rel='stylesheet' id='flatsome-main-css' href='/wp-content/themes/flatsome/assets/css/flatsome.css?ver=3.18.7' type='text/css' media='all' />
	<link rel='stylesheet' id='elementor-frontend-css' href='/wp-content/plugins/elementor/assets/css/frontend.min.css?ver=3.22.3' type='text/css' media='all' />
	<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.7' type='text/css' media='all' />
	<meta name="generator" content="WordPress 6.5.5" />
	<meta name="generator" content="Elementor 3.22.3; features: e_optimized_css_loading; settings: css_print_method-external, google_font-enabled, font_display-swap">
</head>
<body class="{body_class} lightbox nav-dropdown-has-arrow nav-dropdown-has-shadow nav-dropdown-has-border">
<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>
<div id="wrapper">
	<header id="header" class="header has-sticky sticky-jump">
		<div class="header-wrapper">
			<div id="top-bar" class="header-top hide-for-sticky nav-dark"><div class="flex-row container"><div class="flex-col hide-for-medium flex-left"><ul class="nav nav-left medium-nav-center nav-small  nav-divided"><li class="html custom html_topbar_left">โทร 035-535-XXX | E-mail: suphanburi@doae.go.th</li></ul></div></div></div>
			<div id="masthead" class="header-main "><div class="header-inner flex-row container logo-left medium-logo-center" role="navigation">
				<div id="logo" class="flex-col logo"><a href="/" title="{OFFICE}" rel="home"><img width="400" height="90" src="/wp-content/uploads/2023/05/logo.png" class="header_logo header-logo" alt="{OFFICE}"/></a></div>
				<div class="flex-col hide-for-medium flex-left flex-grow"><ul class="header-nav header-nav-main nav nav-left  nav-uppercase">
					<li id="menu-item-20" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-20 menu-item-design-default"><a href="/" class="nav-top-link">หน้าหลัก</a></li>
					<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21 menu-item-design-default"><a href="/%e0%b9%80%e0%b8%81%e0%b8%b5%e0%b9%88%e0%b8%a2%e0%b8%a7%e0%b8%81%e0%b8%b1%e0%b8%9a%e0%b9%80%e0%b8%a3%e0%b8%b2/" class="nav-top-link">เกี่ยวกับเรา</a></li>
					<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22 menu-item-design-default"><a href="{enc(NEWS)}" class="nav-top-link">ข่าวประชาสัมพันธ์</a></li>
					<li id="menu-item-23" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-23 menu-item-design-default"><a href="/ita/" class="nav-top-link">ITA</a></li>
				</ul></div>
			</div></div>
		</div>
	</header>
	<main id="main" class="">
{content}
{side}
	</main>
	<footer id="footer" class="footer-wrapper">
		<div class="absolute-footer dark medium-text-center small-text-center"><div class="container clearfix"><div class="footer-primary pull-left"><div class="copyright-footer">Copyright 2024 &copy; <strong>{OFFICE}</strong> ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท</div></div></div></div>
		<a href="#top" class="back-to-top button icon invert plain fixed bottom z-1 is-outline hide-for-medium circle" id="top-link" aria-label="ไปด้านบน"><i class="icon-angle-up"></i></a>
	</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a></span></div></div>
<script type='text/javascript' src='/wp-content/themes/flatsome/assets/js/flatsome.js?ver=3.18.7' id='flatsome-js-js'></script>
</body>
</html>"""

    def card(self, pid, path, title, d, excerpt):
        return f"""				<article class="elementor-post elementor-grid-item post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
				<a class="elementor-post__thumbnail__link" href="{enc(path)}" tabindex="-1" ><div class="elementor-post__thumbnail"><img width="300" height="200" src="/wp-content/uploads/{d:%Y/%m}/news-{pid}-300x200.jpg" class="attachment-medium size-medium wp-image-{pid + 1}" alt="" /></div></a>
				<div class="elementor-post__text">
				<h3 class="elementor-post__title">
			<a href="{enc(path)}" >
				{esc(title)}			</a>
		</h3>
				<div class="elementor-post__meta-data">
					<span class="elementor-post-date">
			{jm(d)}		</span>
				</div>
				<div class="elementor-post__excerpt">
			<p>{esc(excerpt)}</p>
		</div>
		<a class="elementor-post__read-more" href="{enc(path)}" aria-label="อ่านเพิ่มเติมเกี่ยวกับ {esc(title)}" tabindex="-1" >
			อ่านต่อ »		</a>
				</div>
				</article>
"""

    def listing(self, k):
        cards = []
        for a in self.pages[k]:
            cards.append(
                self.card(a.id, a.path, a.title, a.published, a.paras[0][:110] + " [&hellip;]")
            )
            if a is self.anchor:
                cards.append(
                    self.card(
                        a.id - 5, self.deleted_path, self.deleted_title, self.deleted_date, ""
                    )
                )
        n = len(self.pages)
        pag = []
        if k > 0:
            pag.append(
                f'<a class="page-numbers prev" href="{enc(self.page_url(k - 1))}">&laquo; ก่อนหน้า</a>'
            )
        for i in range(n):
            if i == k:
                pag.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="elementor-screen-only">หน้า</span>{i + 1}</span>'
                )
            else:
                pag.append(
                    f'<a class="page-numbers" href="{enc(self.page_url(i))}"><span class="elementor-screen-only">หน้า</span>{i + 1}</a>'
                )
        if k < n - 1:
            pag.append(
                f'<a class="page-numbers next" href="{enc(self.page_url(k + 1))}">ถัดไป &raquo;</a>'
            )
        content = f"""<div id="content" role="main" class="content-area">
		<div data-elementor-type="wp-page" data-elementor-id="88" class="elementor elementor-88">
		<div class="elementor-element elementor-element-6c1f0e2 e-flex e-con-boxed e-con e-parent" data-id="6c1f0e2" data-element_type="container">
		<div class="e-con-inner">
		<div class="elementor-element elementor-element-1b7d3a4 elementor-widget elementor-widget-heading" data-id="1b7d3a4" data-element_type="widget" data-widget_type="heading.default">
		<div class="elementor-widget-container"><h2 class="elementor-heading-title elementor-size-default">ข่าวประชาสัมพันธ์</h2></div>
		</div>
		<div class="elementor-element elementor-element-3f2a1b9 elementor-grid-3 elementor-grid-tablet-2 elementor-grid-mobile-1 elementor-posts--thumbnail-top elementor-widget elementor-widget-posts" data-id="3f2a1b9" data-element_type="widget" data-settings="{{&quot;pagination_type&quot;:&quot;numbers_and_prev_next&quot;,&quot;classic_columns&quot;:&quot;3&quot;}}" data-widget_type="posts.classic">
		<div class="elementor-widget-container">
		<div class="elementor-posts-container elementor-posts elementor-posts--skin-classic elementor-grid">
{"".join(cards)}
		</div>
		<div class="e-load-more-anchor" data-page="{k + 1}" data-max-page="{n}" data-next-page="{enc(self.page_url(min(k + 1, n - 1)))}"></div>
		<nav class="elementor-pagination" aria-label="การแบ่งหน้า">
			{" ".join(pag)}		</nav>
		</div>
		</div>
		</div>
		</div>
		</div>
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            "page-template-default page page-id-88 elementor-default elementor-kit-5 elementor-page elementor-page-88",
            content,
            sidebar=False,
        )

    def article_html(self, pid, a_title, path, d, entry_content, meta_html, footer, nav, comments):
        return f"""<div id="content" class="blog-wrapper blog-single page-wrapper">
<div class="row row-large row-divided ">
	<div class="large-9 col">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
	<div class="article-inner ">
		<header class="entry-header">
	<div class="entry-header-text entry-header-text-top text-left">
		<h6 class="entry-category is-xsmall"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></h6>
<h1 class="entry-title">{a_title}</h1>
<div class="entry-divider is-divider small"></div>
{meta_html}
	</div>
	<div class="entry-image relative">
		<a href="{enc(path)}"><img width="1020" height="680" src="/wp-content/uploads/{d:%Y/%m}/news-{pid}.jpg" class="attachment-large size-large wp-post-image" alt="" /></a>
		<div class="badge absolute top post-date badge-outline">
			<div class="badge-inner">
				<span class="post-date-day">{d.day}</span><br>
				<span class="post-date-month is-small">{MONTHS_ABBR[d.month - 1]}</span>
			</div>
		</div>
	</div>
	</header>
		<div class="entry-content single-page">
{entry_content}
	</div>
{footer}
{nav}
	</div>
</article>
{comments}
	</div>
"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        times = f'<time class="entry-date published" datetime="{a.published.isoformat()}">{ago(a.published)}ที่แล้ว</time>'
        if a.modified:
            times += f'<time class="updated" datetime="{a.modified.isoformat()}">{ago(a.modified)}ที่แล้ว</time>'
        meta = f"""<div class="entry-meta uppercase is-xsmall">
	<span class="posted-on">โพสต์เมื่อ <a href="{enc(a.path)}" rel="bookmark">{times}</a></span> <span class="byline">โดย <span class="meta-author vcard"><a class="url fn n" href="/author/admin-sp/">admin-sp</a></span></span>
</div>"""
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            if a.extra["signoff"] == "label":
                paras.append(f"<p>ที่มา : {esc(a.source)}</p>")
            else:
                paras.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
        entry = "\n".join(paras)
        entry += f"""
<div class="post-views content-post post-{a.id} entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">ยอดเข้าชม</span> <span class="post-views-count">{commas(a.views)}</span>
			</div>
<div class="blog-share text-center"><div class="is-divider medium"></div><div class="social-icons share-icons share-row relative" ><span class="share-label">แชร์</span><a href="https://www.facebook.com/sharer.php?u=https://suphanburi.doae.go.th{enc(a.path)}" data-label="Facebook" rel="noopener nofollow" target="_blank" class="icon button circle is-outline tooltip facebook" title="Share on Facebook" aria-label="Share on Facebook"><i class="icon-facebook"></i></a><a href="https://social-plugins.line.me/lineit/share?url=https://suphanburi.doae.go.th{enc(a.path)}" class="icon button circle is-outline tooltip line" title="Share on LINE" aria-label="Share on LINE" rel="noopener nofollow" target="_blank"><i class="icon-line"></i></a><a href="mailto:?subject={esc(a.title)}" rel="nofollow" class="icon button circle is-outline tooltip email" title="Email to a Friend" aria-label="Email to a Friend"><i class="icon-envelop"></i></a></div></div>"""
        tag_links = ", ".join(
            f'<a href="/tag/{_lower_hex(quote(t.lower()))}/" rel="tag">{esc(t)}</a>' for t in a.tags
        )
        footer = '<footer class="entry-meta text-left">\nเรื่องนี้ถูกเขียนใน <a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a>'
        if a.tags:
            footer += f" และติดแท็ก {tag_links}"
        footer += f'. บุ๊กมาร์ก <a href="{enc(a.path)}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">ลิงก์ถาวร</a>.\n</footer>'
        footer += """
<div class="entry-author author-box">
	<div class="flex-row align-top">
		<div class="flex-col mr circle"><div class="blog-author-image"><img alt='' src='/wp-content/uploads/avatar-admin.png' class='avatar avatar-90 photo' height='90' width='90' /></div></div>
		<div class="flex-col flex-grow"><h5 class="author-name uppercase pt-half">admin-sp</h5><p class="author-desc small">ผู้ดูแลเว็บไซต์ สำนักงานเกษตรจังหวัดสุพรรณบุรี</p></div>
	</div>
</div>"""
        nav = '<nav role="navigation" id="nav-below" class="navigation-post">\n\t<div class="flex-row next-prev-nav bt bb">'
        nav += '<div class="flex-col flex-grow nav-prev text-left">'
        if older:
            nav += f'<div class="nav-previous"><a href="{enc(older.path)}" rel="prev"><span class="hide-for-small"><i class="icon-angle-left"></i></span> {esc(older.title)}</a></div>'
        nav += '</div><div class="flex-col flex-grow nav-next text-right">'
        if newer:
            nav += f'<div class="nav-next"><a href="{enc(newer.path)}" rel="next">{esc(newer.title)} <span class="hide-for-small"><i class="icon-angle-right"></i></span></a></div>'
        nav += "</div>\n\t</div>\n</nav>"
        comments = f"""<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /> <input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form>
	</div>
</div>"""
        content = self.article_html(
            a.id, esc(a.title), a.path, a.published, entry, meta, footer, nav, comments
        )
        content += "</div>\n</div>"
        return self.shell(
            esc(a.title),
            f"post-template-default single single-post postid-{a.id} single-format-standard elementor-default elementor-kit-5",
            content,
        )

    def deleted(self):
        pid = self.anchor.id - 5
        form = f"""<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>เนื้อหานี้มีการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อเข้าดู:</p>
<p><label for="pwbox-{pid}">รหัสผ่าน: <input name="post_password" id="pwbox-{pid}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p>
</form>"""
        meta = f"""<div class="entry-meta uppercase is-xsmall">
	<span class="posted-on">โพสต์เมื่อ <a href="{enc(self.deleted_path)}" rel="bookmark"><time class="entry-date published" datetime="{self.deleted_date.isoformat()}">{ago(self.deleted_date)}ที่แล้ว</time></a></span>
</div>"""
        content = self.article_html(
            pid,
            f"มีรหัสผ่านป้องกัน: {esc(self.deleted_title)}",
            self.deleted_path,
            self.deleted_date,
            form,
            meta,
            "",
            "",
            "",
        )
        content += "</div>\n</div>"
        return self.shell(
            f"มีรหัสผ่านป้องกัน: {esc(self.deleted_title)}",
            f"post-template-default single single-post postid-{pid} post-password-required",
            content,
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ยอดเข้าชม",
                "แชร์",
                "เรื่องนี้ถูกเขียนใน",
                "ลิงก์ถาวร",
                "ผู้ดูแลเว็บไซต์",
                "แสดงความคิดเห็น",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "เรื่องล่าสุด",
                "ที่มา :",
                (older or newer).title,
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "โพสต์เมื่อ",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = FlatsomeSite()

if __name__ == "__main__":
    main(SITE)
