"""Blind-39 red-team site (part A): **WordPress 6.4 + Colorlib "Sparkling" 2.4 theme**
(Bootstrap 3, `/wp-content/themes/sparkling`) with WP-PageNavi (Sparkling rewrites it into a
Bootstrap `ul.pagination`), Contextual Related Posts, WP-PostRatings, WP-PostViews,
Ultimate Social Media Icons and WP Statistics, a provincial natural-resources office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำปาง), Thai locale, built blind.

What it imitates:
- WordPress fingerprints: `generator` "WordPress 6.4.3", `/wp-json/`, `/wp-content/`,
  `/wp-includes/`, `?p=N` shortlink, `/feed/`, `xmlrpc.php?rsd`, `body.single-post postid-N`;
- Sparkling's `sparkling_posted_on()`: `span.posted-on` > `a[rel=bookmark]` >
  `time.entry-date.published[datetime=c]` and, only when edited, a second
  `time.updated[datetime=c]`; the visible date is the Thai locale's `j F Y`, i.e. a Thai
  month name with a **CE** year ("5 มีนาคม 2024"); `span.byline` with the author login;
- WP-PostViews "อ่าน 1,234 ครั้ง" in the entry meta; USM share row "แชร์ข่าวนี้" at the
  top of `.entry-content`; WP-PostRatings block and Contextual Related Posts
  (`div.crp_related`, "ข่าวที่เกี่ยวข้อง") **inside** `.entry-content` after the text;
  "ข่าว/ภาพ : office" credit paragraph on some posts; `div.tagcloud` tags in the entry
  footer; author box; `nav.post-navigation` with neighbour titles; comment form with
  the login prompt; sidebar popular posts with dates, WP Statistics counter; cookie bar;
- listing: `/category/news/`, `/category/news/page/N/`, WP-PageNavi markup wrapped by
  Sparkling ("หน้า 1 จาก 3", `page larger`, `nextpostslink`, `last`).
Deleted: a **password-protected** post answering 200 with "ป้องกัน: …" and the password form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำปาง"
HOST = "https://lampang.mnre.go.th"
T = "/wp-content/themes/sparkling"
P = "/wp-content/plugins"
PER_PAGE = 9
LISTING = "/category/news/"
SOURCES = [
    "กลุ่มงานประชาสัมพันธ์ ทสจ.ลำปาง",
    None,
    "ฝ่ายบริหารงานทั่วไป",
    None,
    "กลุ่มสิ่งแวดล้อมและพื้นที่สีเขียว",
    "สำนักงานประชาสัมพันธ์จังหวัดลำปาง",
]
AUTHORS = ["admin_tsj", "webmaster", "pr_lampang"]
DELETED_ID = 3121
DELETED_SLUG = "internal-meeting-2567"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด : 408,117"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "ศูนย์ราชการจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง 52000"
SHARE = "แชร์ข่าวนี้"
LOGIN = "คุณต้องเข้าสู่ระบบ เพื่อแสดงความเห็น"


def wpdate(d: dt.datetime) -> str:
    """Thai locale 'j F Y': Thai month name, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def c(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


class SparklingSite(BaseSite):
    key = "b39_wp_sparkling_crp"
    family = "wordpress"
    imitates = "WordPress 6.4 + Colorlib Sparkling 2.4 (Bootstrap 3), provincial natural-resources office: /YYYY/MM/DD/<slug>/ permalinks; sparkling_posted_on time.entry-date.published[datetime=c] + time.updated only when edited, visible Thai locale 'j F Y' (Thai month, CE year); WP-PostViews 'อ่าน N ครั้ง'; USM share row, WP-PostRatings and Contextual Related Posts inside .entry-content; 'ข่าว/ภาพ :' credit line (some); tagcloud; author box; post-navigation with neighbour titles; comment login prompt; popular-posts sidebar, WP Statistics; cookie bar; /category/news/page/N/ with WP-PageNavi in Sparkling's ul.pagination; deleted = password-protected post (200)"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 14, 16, 0, tzinfo=TZ), offset=1703
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 3190
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 3 + i % 3
            a.time_printed = True  # the datetime attribute always carries the time
            a.path = f"/{a.published:%Y/%m/%d}/news-{a.id}/"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["votes"] = (i * 7) % 13
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.popular = sorted(arts, key=lambda a: -a.views)[:5]

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/2024/04/02/{DELETED_SLUG}/"]

    # ------------------------------------------------------------ page shell
    def shell(self, title, content, body_class, head_extra=""):
        pop = "".join(
            f'<li><div class="post-image"><a href="{a.path}"><img width="60" height="60" src="/wp-content/uploads/2024/05/news-{a.id}-60x60.jpg" class="attachment-tab-small" alt="" /></a></div><div class="post-content"><a href="{a.path}">{esc(a.title)}</a><span class="date">{wpdate(a.published)}</span></div></li>'
            for a in self.popular
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel='stylesheet' id='sparkling-bootstrap-css' href='{T}/assets/css/bootstrap.min.css?ver=6.4.3' type='text/css' media='all' />
<link rel='stylesheet' id='sparkling-icons-css' href='{T}/assets/css/fontawesome-all.min.css?ver=5.1.1.' type='text/css' media='all' />
<link rel='stylesheet' id='crp-style-text-only-css' href='{P}/contextual-related-posts/css/text-only.min.css?ver=3.4.2' type='text/css' media='all' />
<link rel='stylesheet' id='wp-postratings-css' href='{P}/wp-postratings/css/postratings-css.css?ver=1.91.1' type='text/css' media='all' />
<link rel='stylesheet' id='SFSImainCss-css' href='{P}/ultimate-social-media-icons/css/sfsi-style.css?ver=2.8.6' type='text/css' media='all' />
<link rel='stylesheet' id='sparkling-style-css' href='{T}/style.css?ver=2.4.2' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
{head_extra}</head>
<body class="{body_class} group-blog">
<a class="sr-only sr-only-focusable" href="#content">Skip to main content</a>
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header" role="banner">
		<nav class="navbar navbar-default" role="navigation">
			<div class="container"><div class="row"><div class="site-navigation-inner col-sm-12">
				<div class="navbar-header">
					<div id="logo"><p class="site-name"><a class="navbar-brand" href="{HOST}/" title="{OFFICE}" rel="home">{OFFICE}</a></p></div>
				</div>
				<div class="collapse navbar-collapse navbar-ex1-collapse"><ul id="menu-main" class="nav navbar-nav"><li id="menu-item-11" class="menu-item menu-item-type-custom menu-item-home menu-item-11"><a title="หน้าแรก" href="{HOST}/">หน้าแรก</a></li><li id="menu-item-12" class="menu-item menu-item-12"><a title="เกี่ยวกับเรา" href="{HOST}/about/">เกี่ยวกับเรา</a></li><li id="menu-item-13" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-13"><a title="ข่าวประชาสัมพันธ์" href="{LISTING}">ข่าวประชาสัมพันธ์</a></li><li id="menu-item-14" class="menu-item menu-item-14"><a title="ITA" href="{HOST}/ita/">ITA</a></li><li id="menu-item-15" class="menu-item menu-item-15"><a title="ติดต่อเรา" href="{HOST}/contact/">ติดต่อเรา</a></li></ul></div>
			</div></div></div>
		</nav><!-- .site-navigation -->
	</header><!-- #masthead -->
	<div id="content" class="site-content">
		<div class="top-section"></div>
		<div class="container main-content-area">
			<div class="row side-pull-left">
				<div class="main-content-inner col-sm-12 col-md-8">
{content}
				</div><!-- close .main-content-inner -->
<div id="secondary" class="widget-area col-sm-12 col-md-4" role="complementary">
	<div class="well">
		<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="form-search" action="{HOST}/"><div class="input-group"><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label><input type="text" class="form-control search-query" placeholder="ค้นหา&hellip;" value="" name="s" title="ค้นหาสำหรับ:" /><span class="input-group-btn"><button type="submit" class="btn btn-default" name="submit" id="searchsubmit" value="ค้นหา"><span class="glyphicon glyphicon-search"></span></button></span></div></form></aside>
		<aside id="sparkling-popular-posts-2" class="widget sparkling-popular-posts widget_sparkling_popular_posts"><h3 class="widget-title">ข่าวยอดนิยม</h3><div class="popular-posts-wrapper"><ul>{pop}</ul></div></aside>
		<aside id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h3 class="widget-title">สถิติผู้เข้าชม</h3><ul><li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>7</li><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li><li>{SITE_COUNTER}</li></ul></aside>
	</div>
</div><!-- #secondary -->
			</div><!-- close .row -->
		</div><!-- close .container -->
	</div><!-- close .site-content -->
	<div id="footer-area">
		<div class="container footer-inner"><div class="row"><div class="footer-widget-area"><div class="col-sm-12 footer-widget" role="complementary"><aside id="text-3" class="widget widget_text"><div class="textwidget"><p>{OFFICE}<br />{FOOTER} โทรศัพท์ 0-5426-5084</p></div></aside></div></div></div></div>
		<footer id="colophon" class="site-footer" role="contentinfo">
			<div class="site-info container"><div class="row"><nav role="navigation" class="col-md-6"></nav><div class="copyright col-md-6">ลิขสิทธิ์ &copy; 2567 {OFFICE} Theme by <a href="http://colorlib.com/" target="_blank">Colorlib</a> Powered by <a href="http://wordpress.org/" target="_blank">WordPress</a></div></div></div>
			<div class="scroll-to-top"><i class="fa fa-angle-up"></i></div>
		</footer>
	</div>
</div><!-- #page -->
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a></span></div></div>
<script type="text/javascript" src="{T}/assets/js/vendor/bootstrap.min.js?ver=6.4.3" id="sparkling-bootstrapjs-js"></script>
<script type="text/javascript" src="{T}/assets/js/functions.js?ver=20180503" id="sparkling-functions-js"></script>
<script type="text/javascript" src="{P}/wp-postratings/js/postratings-js.js?ver=1.91.1" id="wp-postratings-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing
    def pagenavi(self, k):
        n = len(self.pages)

        def href(j):
            return LISTING if j == 0 else f"{LISTING}page/{j + 1}/"

        items = [f"<li><span class='pages'>หน้า {k + 1} จาก {n}</span></li>"]
        if k > 0:
            items.append(
                f'<li><a class="previouspostslink" rel="prev" aria-label="หน้าก่อนหน้า" href="{href(k - 1)}">&laquo;</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f"<li><span aria-current='page' class='current'>{j + 1}</span></li>")
            else:
                cls = "page larger" if j > k else "page smaller"
                items.append(
                    f'<li><a class="{cls}" title="หน้า {j + 1}" href="{href(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li><a class="nextpostslink" rel="next" aria-label="หน้าถัดไป" href="{href(k + 1)}">&raquo;</a></li>'
            )
            items.append(
                f'<li><a class="last" aria-label="หน้าสุดท้าย" href="{href(n - 1)}">สุดท้าย &raquo;</a></li>'
            )
        return f'<ul class="pagination pagination-centered wp-pagenavi-pagination">{"".join(items)}</ul>'

    def card(self, a, title, path, pid):
        return f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
	<div class="blog-item-wrap">
		<a href="{path}" title="{esc(title)}"><img width="750" height="410" src="/wp-content/uploads/2024/05/news-{pid}-750x410.jpg" class="single-featured wp-post-image" alt="" decoding="async" /></a>
		<div class="post-inner-content">
			<header class="entry-header page-header">
				<h2 class="entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h2>
				<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar-alt"></i> <a href="{path}" rel="bookmark"><time class="entry-date published" datetime="{c(a.published)}">{wpdate(a.published)}</time></a></span><span class="byline"> <i class="fa fa-user"></i> <span class="author vcard"><a class="url fn n" href="{HOST}/author/{a.extra["author"]}/">{a.extra["author"]}</a></span></span></div>
			</header>
			<div class="entry-content"><p>{esc(a.paras[0][:160])}&hellip;</p><p><a class="btn btn-default read-more" href="{path}">อ่านต่อ</a></p></div>
		</div>
	</div>
</article>
"""

    def listing(self, k):
        cards = [self.card(a, a.title, a.path, a.id) for a in self.pages[k]]
        if k == 1:
            ref = self.pages[1][3]
            cards.insert(
                3,
                self.card(
                    ref,
                    "ป้องกัน: ประชุมคณะทำงานภายใน ครั้งที่ 2/2567",
                    self.deleted_paths()[0],
                    DELETED_ID,
                ),
            )
        content = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<header class="page-header"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(cards)}
<nav class="navigation paging-navigation">{self.pagenavi(k)}</nav>
</main></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ &#8211; {OFFICE}".replace("&#8211;", "–"),
            content,
            "archive category category-news category-3 wp-custom-logo",
            f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="{HOST}{LISTING}feed/" />\n',
        )

    # ------------------------------------------------------------ single
    def related(self, a):
        i = self.articles.index(a)
        pool = (
            self.articles[i + 1 : i + 5]
            if i + 5 <= len(self.articles)
            else self.articles[i - 4 : i]
        )
        return pool

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def credit(self, a):
        return f"ข่าว/ภาพ : {a.source}" if a.source else None

    def single(self, a):
        url = f"{HOST}{a.path}"
        times = f'<time class="entry-date published" datetime="{c(a.published)}">{wpdate(a.published)}</time>'
        if a.modified:
            times += f'<time class="updated" datetime="{c(a.modified)}">{wpdate(a.modified)}</time>'
        image = ""
        if a.extra["image"]:
            image = f'<img width="750" height="410" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-750x410.jpg" class="single-featured wp-post-image" alt="" decoding="async" />'
        share = f"""<div class="sfsiaftrpstwpr" style="display:flex;"><div class='sfsi_responsive_icons' style='display:block;margin-top:0px; margin-bottom: 0px; width:100%' data-icon-width-type='Fully responsive' data-icon-width-size='240' data-edge-type='Round' data-edge-radius='5'><div class='sfsi_icons_container sfsi_responsive_without_counter_icons sfsi_medium_button_container sfsi_icons_container_box_fully_container' style='width:100%;display:flex; text-align:center;'><span class="sfsi_share_label">{SHARE}</span><a target='_blank' href='https://www.facebook.com/sharer/sharer.php?u={url}' style='display:block;text-align:center;margin-left:10px;' class=sfsi_responsive_fluid><div class='sfsi_responsive_icon_item_container sfsi_responsive_icon_facebook_container sfsi_medium_button sfsi_responsive_icon_gradient sfsi_centered_icon'><img style='max-height: 25px;display:unset;margin:0' class='sfsi_wicon' alt='facebook' src='{P}/ultimate-social-media-icons/images/responsive-icon/facebook.svg'><span style='color:#fff'>แชร์บน Facebook</span></div></a><a target='_blank' href='https://social-plugins.line.me/lineit/share?url={url}' style='display:block;text-align:center;margin-left:10px;' class=sfsi_responsive_fluid><div class='sfsi_responsive_icon_item_container sfsi_responsive_icon_custom_0_container sfsi_medium_button'><span style='color:#fff'>แชร์บน LINE</span></div></a></div></div></div><!--end responsive_icons-->"""
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        credit = (
            f'<p style="text-align: right;"><strong>{esc(self.credit(a))}</strong></p>\n'
            if a.source
            else ""
        )
        attach = ""
        if a.id % 5 == 0:
            attach = f'<p><a href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf">ดาวน์โหลดเอกสารประกอบ (PDF)</a></p>\n'
        votes = a.extra["votes"]
        avg = f"{3 + (a.id % 20) / 10:.2f}" if votes else "0"
        rating = f"""<div id="post-ratings-{a.id}" class="post-ratings" itemscope itemtype="https://schema.org/Article" data-nonce="4b1f0c2d9e"><img id="rating_{a.id}_1" src="{P}/wp-postratings/images/stars_crystal/rating_on.gif" alt="1 ดาว" title="1 ดาว" onmouseover="current_rating({a.id}, 1, '1 ดาว');" onmouseout="ratings_off(0, 0, 0);" onclick="rate_post();" onkeypress="rate_post();" style="cursor: pointer; border: 0px;" /> (<strong>{votes}</strong> โหวต, คะแนนเฉลี่ย: <strong>{avg}</strong> จาก 5)<br /><span class="post-ratings-text" id="ratings_{a.id}_text"></span><meta itemprop="name" content="{esc(a.title)}" /></div><div id="post-ratings-{a.id}-loading" class="post-ratings-loading"><img src="{P}/wp-postratings/images/loading.gif" width="16" height="16" class="post-ratings-image" />กำลังโหลด...</div>"""
        rel = "".join(
            f'<li><a href="{x.path}" class="crp_link post-{x.id}"><span class="crp_title">{esc(x.title)}</span></a></li>'
            for x in self.related(a)
        )
        crp = f'<div class="crp_related crp-text-only"><h3>ข่าวที่เกี่ยวข้อง:</h3><ul>{rel}</ul><div class="crp_clear"></div></div>'
        tags = ""
        if a.tags:
            links = " ".join(
                f'<a href="{HOST}/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
            )
            tags = f'<!-- tags --><div class="tagcloud">{links}</div><!-- end tags -->'
        older, newer = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><i class="fa fa-chevron-left"></i> {esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next">{esc(newer.title)} <i class="fa fa-chevron-right"></i></a></div>'
        author = a.extra["author"]
        content = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if a.extra["image"] else ""} hentry category-news">
	{image}
	<div class="post-inner-content">
		<header class="entry-header page-header">
			<h1 class="entry-title ">{esc(a.title)}</h1>
			<div class="entry-meta">
				<span class="posted-on"><i class="fa fa-calendar-alt"></i> <a href="{url}" rel="bookmark">{times}</a></span><span class="byline"> <i class="fa fa-user"></i> <span class="author vcard"><a class="url fn n" href="{HOST}/author/{author}/">{author}</a></span></span>
				<span class="cat-links"><i class="fa fa-folder-open"></i>
				<a href="{LISTING}" rel="category tag">ข่าวประชาสัมพันธ์</a></span>
				<span class="post-views"><i class="fa fa-eye"></i> อ่าน {a.views:,} ครั้ง</span>
			</div><!-- .entry-meta -->
		</header><!-- .entry-header -->
		<div class="entry-content">
			{share}
{body}{credit}{attach}{rating}
{crp}
		</div><!-- .entry-content -->
		<footer class="entry-meta">
			{tags}
		</footer><!-- .entry-meta -->
	</div>
	<div class="post-inner-content secondary-content-box">
		<div class="author-bio content-box-inner">
			<div class="col-sm-2"><div class="avatar"><img alt='' src='https://secure.gravatar.com/avatar/0f1a?s=60&#038;d=mm&#038;r=g' class='avatar avatar-60 photo' height='60' width='60' /></div></div>
			<div class="col-sm-10"><h3 class="author-name">{author}</h3><p class="author-description">ผู้ดูแลเว็บไซต์ {OFFICE}</p></div>
		</div>
	</div>
</article><!-- #post-## -->
<div id="comments" class="comments-area">
	<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">{LOGIN.replace("เข้าสู่ระบบ", f'<a href="{HOST}/wp-login.php?redirect_to={url}">เข้าสู่ระบบ</a>')}</p></div><!-- #respond -->
</div><!-- #comments -->
<nav class="navigation post-navigation" role="navigation"><h1 class="screen-reader-text">เมนูนำทาง เรื่อง</h1><div class="nav-links">{nav}</div></nav>
</main></div>"""
        head = f"""<link rel="canonical" href="{url}" />
<link rel='shortlink' href='{HOST}/?p={a.id}' />
<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="article:published_time" content="{c(a.published)}" />
"""
        if a.modified:
            head += f'<meta property="article:modified_time" content="{c(a.modified)}" />\n'
        return self.shell(
            f"{a.title} – {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def protected(self):
        path = self.deleted_paths()[0]
        content = f"""<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
	<div class="post-inner-content">
		<header class="entry-header page-header"><h1 class="entry-title ">ป้องกัน: ประชุมคณะทำงานภายใน ครั้งที่ 2/2567</h1></header>
		<div class="entry-content"><form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดูเนื้อหา:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ตกลง" /></p></form></div>
	</div>
</article>
</main></div>"""
        return self.shell(
            f"ป้องกัน: ประชุมคณะทำงานภายใน ครั้งที่ 2/2567 – {OFFICE}",
            content,
            f"post-template-default single single-post postid-{DELETED_ID}",
            f'<link rel="canonical" href="{HOST}{path}" />\n',
        )

    def route(self, path, query, raw_query, base):
        if path == LISTING:
            return self.html_response(self.listing(0))
        if path.startswith(f"{LISTING}page/"):
            k = path[len(LISTING) + 5 :].rstrip("/")
            if not k.isdigit() or not 2 <= int(k) <= len(self.pages) or not path.endswith("/"):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if path in self.by_path:
            return self.html_response(self.single(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.protected())
        if path in ("/feed/", f"{LISTING}feed/"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid isPermaLink="false">{HOST}/?p={a.id}</guid><description><![CDATA[{a.paras[0][:200]}]]></description></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                wpdate(a.published),
                f"อ่าน {a.views:,} ครั้ง",
                SHARE,
                "แชร์บน Facebook",
                "แชร์บน LINE",
                "โหวต, คะแนนเฉลี่ย",
                "กำลังโหลด...",
                "ข่าวที่เกี่ยวข้อง:",
                "ใส่ความเห็น",
                LOGIN,
                "ข่าวยอดนิยม",
                "ผู้ดูแลเว็บไซต์",
                SITE_COUNTER,
                COOKIE,
                FOOTER,
                "ดาวน์โหลดเอกสารประกอบ (PDF)",
                a.extra["author"],
            ]
            if a.source:
                must_not.append(self.credit(a))
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.popular if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SparklingSite()

if __name__ == "__main__":
    main(SITE)
