"""Blind-21 red-team site: a provincial natural-resources office (สำนักงานทรัพยากรธรรมชาติและ
สิ่งแวดล้อมจังหวัดเลย) on WordPress 6 with ThemeIsle's **Neve** theme, built blind.

What it imitates:
- `/%postname%/` permalinks with **Thai slugs as WordPress writes them**: lower-case
  percent-encoding cut at 200 encoded characters (so the slug stops mid-title), a `-2` suffix
  on a clash; the category archive `/category/<encoded Thai>/`, `/page/N/` (`paginate_links`);
- Neve's **cover layout** for single posts: the `h1.title.entry-title`, the Yoast breadcrumb
  and the `ul.nv-meta-list` sit in `div.nv-post-cover` above the content container, outside
  the `article`;
- Neve's date meta with "show last updated date" on: never-edited posts print
  `time.entry-date.published[datetime][content]` ("5 ตุลาคม 2024", WordPress' Thai `j F Y`
  with the **CE year**), edited posts print **only** `time.updated` (the modification date, no
  label, no publication date visible at all); the publication moment is then only in Yoast's
  `article:published_time` and its JSON-LD graph (both in **UTC, +00:00**);
- inside `div.nv-content-wrap.entry-content` (all hooked on `the_content`): Shared Counts
  buttons before and after the text (labels and **share counts as numbers**), a captioned
  `wp-block-image` or a `wp-block-file` attachment on some posts, the editor's last line
  "ข่าว/ภาพ : …" / "ที่มา : …" on most, a3rev Page Views Count
  (`p.pvc_stats` "1,234 total views, 5 views today": **two numbers**, the first is the
  counter), and Contextual Related Posts (`div.crp_related` "เรื่องที่เกี่ยวข้อง:", titles
  and dates);
- after the content: `div.nv-tags-list` ("Tags:"), `div.nv-post-navigation` with neighbour
  titles, the comment area with the log-in prompt; sidebar (search, "เรื่องล่าสุด", categories,
  WP Statistics site visitors), Neve footer, Cookie Notice bar; generator, feeds, wp-json;
- the deleted item: a **password-protected** post, 200 with "มีการป้องกัน: …" and the
  password form (no text).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote

from ._common import MONTHS, esc, main
from .b13_common import UTC, B9Site, build, neighbours, record

SITE_NAME = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดเลย"
HOST = "https://loei.mnre.go.th"
CATEGORY = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "ข่าว/ภาพ : กลุ่มยุทธศาสตร์และสารสนเทศ ทสจ.เลย",
    "ที่มา : สำนักงานประชาสัมพันธ์จังหวัดเลย",
    None,
    "ข่าว/ภาพ : ฝ่ายบริหารทั่วไป ทสจ.เลย",
    "ที่มา : ศูนย์ป่าไม้เลย",
    "ข่าว/ภาพ : กลุ่มยุทธศาสตร์และสารสนเทศ ทสจ.เลย",
    None,
]
AUTHORS = ["admin_loei", "pr.tsj", "กลุ่มยุทธศาสตร์"]
DELETED_TITLE = "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการ ตำแหน่งเจ้าหน้าที่ป่าไม้"
DELETED_ID = 4417
SVG_FB = '<svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24"><path d="M18.77 7.46H14.5v-1.9c0-.9.6-1.1 1-1.1h3V.5h-4.33C10.24.5 9.5 3.44 9.5 5.32v2.15h-3v4h3v12h5v-12h3.85l.42-4z"/></svg>'


def wp_date(d: dt.datetime) -> str:
    """WordPress th locale, date_format 'j F Y': Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def wp_slug(title: str) -> str:
    """sanitize_title: punctuation dropped, blanks to '-', utf8_uri_encode to 200 chars."""
    s = re.sub(r"[\"'“”‘’(),.:;!?/\\|<>#%&+=\[\]{}*~^`]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    out = ""
    for ch in s:
        enc = quote(ch, safe="-_.").lower()
        if len(out) + len(enc) > 200:
            break
        out += enc
    return out.strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/-_.~%").lower() if not path.isascii() else path


class NeveSite(B9Site):
    key = "b21_wp_neve"
    family = "wordpress"
    imitates = (
        "WordPress 6 + Neve (cover single layout), Thai percent-encoded slugs cut at 200 chars, "
        "Neve date meta showing only time.updated on edited posts (published only in Yoast UTC "
        "meta/JSON-LD), CE 'j F Y'; Shared Counts, a3rev Page Views Count ('N total views, M "
        "views today'), Contextual Related Posts inside entry-content; tags, post navigation, "
        "login-to-comment; deleted = password-protected post (200)"
    )
    listing_path = f"/category/{CATEGORY}/"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 7, SOURCES, dt.datetime(2024, 11, 8, 17, 0), first_id=4391, step=3
        )
        seen: set[str] = set()
        for i, a in enumerate(self.articles):
            slug = wp_slug(a.title)
            if slug in seen:
                slug += "-2"
            seen.add(slug)
            a.extra["slug"] = slug
            a.path = "/" + _unq(slug) + "/"
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 2
            a.extra["today"] = (a.views * 7) % 13 + 1
            a.extra["shares"] = (a.views // 37) % 60
        self.deleted_slug = wp_slug(DELETED_TITLE)
        self.setup_routes()

    # ------------------------------------------------------------ urls

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}page/{k + 1}/"

    def deleted_paths(self):
        return ["/" + _unq(self.deleted_slug) + "/"]

    def href(self, a) -> str:
        return "/" + a.extra["slug"] + "/"

    # ------------------------------------------------------------ shell

    def head(self, title, extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">

<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<link rel="profile" href="http://gmpg.org/xfn/11">
	<meta name='robots' content='index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1' />

	<!-- This site is optimized with the Yoast SEO plugin v23.7 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{esc(title)}</title>
{extra}	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีดความเห็น" href="{HOST}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.6.2' media='all' />
<link rel='stylesheet' id='shared-counts-css' href='/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.5.0' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/dist/style.css?ver=2.8.4' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.18' media='all' />
<link rel='stylesheet' id='crp-style-text-only-css' href='/wp-content/plugins/contextual-related-posts/css/text-only.min.css?ver=3.5.4' media='all' />
<link rel='stylesheet' id='neve-style-css' href='/wp-content/themes/neve/style-main-new.min.css?ver=3.8.13' media='all' />
<link rel='stylesheet' id='neve-google-font-sarabun-css' href='//fonts.googleapis.com/css?family=Sarabun%3A400%2C700&#038;display=swap&#038;ver=3.8.13' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" /><link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.6.2" />
<link rel="icon" href="/wp-content/uploads/2023/05/cropped-logo-mnre-32x32.png" sizes="32x32" />
</head>
"""

    def header(self):
        return f"""<body  class="{{body}} wp-custom-logo nv-blog-grid nv-sidebar-right menu_sidebar_slide_left cookies-not-set" id="neve_body"  >
<div class="wrapper">
	<header class="header"  >
		<a class="neve-skip-link show-on-focus" href="#content" >
			ข้ามไปยังเนื้อหา		</a>
		<div id="header-grid"  class="hfg_header site-header">
<nav class="header--row header-top hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row" data-row-id="top" data-show-on="desktop"><div class="header--row-inner header-top-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_top" ><div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--custom_html" data-section="custom_html" data-item-id="custom_html"><div class="nv-html-content"><p>โทร. 0-4281-1749 | อีเมล saraban.loei@mnre.go.th</p></div></div></div></div><div class="hfg-slot right"><div class="builder-item desktop-right"><div class="item--inner builder-item--header_search" data-section="header_search" data-item-id="header_search"><div class="component-wrap search-field"><div class="widget widget-search"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">ค้นหาสำหรับ...</span></label><input type="search" class="search-field" aria-label="ค้นหา" placeholder="ค้นหาสำหรับ..." value="" name="s"/><button type="submit" class="search-submit nv-submit" aria-label="ค้นหา"><span class="nv-search-icon-wrap"><span class="nv-icon nv-search" ><svg width="15" height="15" viewBox="0 0 1792 1792" xmlns="http://www.w3.org/2000/svg"><path d="M1216 832q0-185-131.5-316.5t-316.5-131.5-316.5 131.5-131.5 316.5 131.5 316.5 316.5 131.5 316.5-131.5 131.5-316.5z"/></svg></span></span></button></form></div></div></div></div></div></div></div></div></nav>
<nav class="header--row header-main hide-on-mobile hide-on-tablet layout-full-contained nv-navbar header--row" data-row-id="main" data-show-on="desktop"><div class="header--row-inner header-main-inner"><div class="container"><div class="row row--wrapper" data-section="hfg_header_layout_main" ><div class="hfg-slot left"><div class="builder-item desktop-left"><div class="item--inner builder-item--logo" data-section="title_tagline" data-item-id="logo"><div class="site-logo"><a class="brand" href="{HOST}/" title="&larr; {SITE_NAME}" aria-label="{SITE_NAME} Provincial Office of Natural Resources and Environment Loei" rel="home"><div class="title-with-logo"><img width="64" height="64" src="/wp-content/uploads/2023/05/logo-mnre.png" class="neve-site-logo skip-lazy" alt="" /><div class="nv-title-tagline-wrap"><p class="site-title">{SITE_NAME}</p><small>Provincial Office of Natural Resources and Environment Loei</small></div></div></a></div></div></div></div><div class="hfg-slot right"><div class="builder-item has-nav"><div class="item--inner builder-item--primary-menu has_menu" data-section="header_menu_primary" data-item-id="primary-menu"><div class="nv-nav-wrap"><div role="navigation" class="nav-menu-primary" aria-label="เมนูหลัก"><ul id="nv-primary-navigation-main" class="primary-menu-ul nav-ul menu-desktop"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-12"><div class="wrap"><a href="{HOST}/">หน้าแรก</a></div></li><li id="menu-item-15" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-15"><div class="wrap"><a href="/about/">เกี่ยวกับหน่วยงาน</a></div></li><li id="menu-item-18" class="menu-item menu-item-type-taxonomy menu-item-object-category current-post-ancestor menu-item-18"><div class="wrap"><a href="{enc(self.listing_path)}">{CATEGORY}</a></div></li><li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-21"><div class="wrap"><a href="/ita/">ITA</a></div></li><li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><div class="wrap"><a href="/contact/">ติดต่อเรา</a></div></li></ul></div></div></div></div></div></div></div></div></nav>
</div>
	</header>
"""

    def sidebar(self):
        recent = "".join(
            f'<li><a href="{self.href(b)}">{esc(b.title)}</a></li>\n' for b in self.articles[:5]
        )
        return f"""<div class="nv-sidebar-wrap col-sm-12 nv-right blog-sidebar " >
	<aside id="secondary" role="complementary">
<div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">ค้นหาสำหรับ...</span></label><input type="search" class="search-field" aria-label="ค้นหา" placeholder="ค้นหาสำหรับ..." value="" name="s"/><button type="submit" class="search-submit nv-submit" aria-label="ค้นหา"><span class="nv-search-icon-wrap"></span></button></form></div>
<div id="recent-posts-2" class="widget widget_recent_entries"><p class="widget-title">เรื่องล่าสุด</p><nav aria-label="เรื่องล่าสุด"><ul>
{recent}</ul></nav></div>
<div id="categories-2" class="widget widget_categories"><p class="widget-title">หมวดหมู่</p><nav aria-label="หมวดหมู่"><ul>
<li class="cat-item cat-item-3"><a href="{enc(self.listing_path)}">{CATEGORY}</a></li>
<li class="cat-item cat-item-5"><a href="{enc("/category/ประกาศจัดซื้อจัดจ้าง/")}">ประกาศจัดซื้อจัดจ้าง</a></li>
<li class="cat-item cat-item-6"><a href="{enc("/category/ข่าวกิจกรรม/")}">ข่าวกิจกรรม</a></li>
</ul></nav></div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><p class="widget-title">สถิติผู้เข้าชม</p><ul><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li><li><label>ผู้เข้าชมเมื่อวาน:&nbsp;</label>388</li><li><label>ผู้เข้าชมทั้งหมด:&nbsp;</label>295,031</li></ul></div>
	</aside>
</div>
"""

    def footer(self):
        return f"""
</main><!--/.neve-main-->

<footer class="site-footer" id="site-footer"  >
	<div class="hfg_footer">
		<div class="footer--row footer-bottom layout-full-contained" id="cb-row--footer-desktop-bottom" data-row-id="bottom" data-show-on="desktop">
	<div class="footer--row-inner footer-bottom-inner footer-content-wrap"><div class="container"><div class="hfg-grid nv-footer-content hfg-grid-bottom row--wrapper row "><div class="hfg-slot left"><div class="builder-item cr"><div class="item--inner"><div class="component-wrap"><div><p>{SITE_NAME} ศาลากลางจังหวัดเลย ถนนเจริญรัฐ ตำบลกุดป่อง อำเภอเมืองเลย จังหวัดเลย 42000</p><p>Neve | Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></div></div></div></div></div></div>
</div>
	</div>
</footer>

</div><!--/.wrapper-->
<script id="neve-script-js-extra">
var NVConfig = {{"isRTL":"","isCustomize":"","showCartOnAdd":""}};
</script>
<script src="/wp-content/themes/neve/assets/js/build/modern/frontend.js?ver=3.8.13" id="neve-script-js" async></script>
<script id="a3-pvc-backbone-js-extra">var pvc_vars = {{"rest_api_url":"{HOST}\\/wp-json\\/pvc\\/v1"}};</script>
<script src="/wp-content/plugins/shared-counts/assets/js/shared-counts.min.js?ver=1.5.0" id="shared-counts-js"></script>

		<!-- Cookie Notice plugin v2.4.18 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ" style="background-color: #00a99d">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="นโยบายความเป็นส่วนตัว" style="background-color: #00a99d">นโยบายความเป็นส่วนตัว</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="ไม่"></span></div>
		</div>
		<!-- / Cookie Notice plugin --></body>

</html>
"""

    def meta_list(self, a):
        if a.modified:
            when = f'<time class="updated" datetime="{a.modified.isoformat()}">{wp_date(a.modified)}</time>'
            cls = "meta date posted-on nv-show-updated"
        else:
            when = f'<time class="entry-date published" datetime="{a.published.isoformat()}" content="{a.published.date().isoformat()}">{wp_date(a.published)}</time>'
            cls = "meta date posted-on"
        author = a.extra["author"]
        return (
            f'<ul class="nv-meta-list"><li  class="meta author vcard "><span class="author-name fn">โดย <a href="/author/{quote(author).lower()}/" title="เรื่อง โดย {esc(author)}" rel="author">{esc(author)}</a></span></li>'
            f'<li class="{cls} ">{when}</li>'
            f'<li class="meta category last"><a href="{enc(self.listing_path)}" rel="category tag">{CATEGORY}</a></li></ul>'
        )

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = list(self.pages[k])
        arts = []
        for i, a in enumerate(items):
            excerpt = esc(a.paras[0][:150]) + " &hellip;"
            arts.append(
                f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news layout-grid ">
	<div class="article-content-col">
		<div class="content">
			<div class="nv-post-thumbnail-wrap img-wrap"><a href="{self.href(a)}" rel="bookmark" title="{esc(a.title)}"><img width="930" height="620" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr-{a.id}-930x620.jpg" class="skip-lazy wp-post-image" alt="" decoding="async" /></a></div><h2 class="blog-entry-title entry-title"><a href="{self.href(a)}" rel="bookmark">{esc(a.title)}</a></h2>{self.meta_list(a)}<div class="excerpt-wrap entry-summary"><p>{excerpt}</p>
<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all  " data-element-id="{a.id}" style=""><i class="pvc-stats-icon medium" aria-hidden="true"></i> {a.views:,}&nbsp;total views</p><div class="pvc_clear"></div>
</div>		</div>
	</div>
</article>"""
            )
            if k == 1 and i == 3:
                arts.append(
                    f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news layout-grid ">
	<div class="article-content-col">
		<div class="content">
			<h2 class="blog-entry-title entry-title"><a href="/{self.deleted_slug}/" rel="bookmark">มีการป้องกัน: {esc(DELETED_TITLE)}</a></h2><ul class="nv-meta-list"><li  class="meta author vcard "><span class="author-name fn">โดย <a href="/author/admin_loei/" rel="author">admin_loei</a></span></li><li class="meta date posted-on "><time class="entry-date published" datetime="2024-09-19T14:05:00+07:00" content="2024-09-19">19 กันยายน 2024</time></li></ul><div class="excerpt-wrap entry-summary"><p>ไม่มีเนื้อหาย่อเพราะเป็นเรื่องที่ป้องกันไว้</p>
</div>		</div>
	</div>
</article>"""
                )
        n = len(self.pages)
        nums = []
        if k > 0:
            nums.append(
                f'<li><a class="prev page-numbers" href="{enc(self.page_url(k - 1))}">&laquo;</a></li>'
            )
        for j in range(n):
            if j == k:
                nums.append(
                    f'<li><span aria-current="page" class="page-numbers current">{j + 1}</span></li>'
                )
            else:
                nums.append(
                    f'<li><a class="page-numbers" href="{enc(self.page_url(j))}">{j + 1}</a></li>'
                )
        if k < n - 1:
            nums.append(
                f'<li><a class="next page-numbers" href="{enc(self.page_url(k + 1))}">&raquo;</a></li>'
            )
        title = (
            f"{CATEGORY} - {SITE_NAME}"
            if k == 0
            else f"{CATEGORY} - หน้า {k + 1} จาก {n} - {SITE_NAME}"
        )
        extra = f'	<link rel="canonical" href="{HOST}{enc(self.page_url(k))}" />\n'
        if k > 0:
            extra += f'	<link rel="prev" href="{HOST}{enc(self.page_url(k - 1))}" />\n'
        if k < n - 1:
            extra += f'	<link rel="next" href="{HOST}{enc(self.page_url(k + 1))}" />\n'
        body = self.header().replace(
            "{body}", "archive category category-news category-3 wp-embed-responsive"
        )
        return (
            self.head(title, extra)
            + body
            + f"""
	<main id="content" class="neve-main">

	<div class="container archive-container">
		<div class="row">
						<div class="nv-index-posts blog col">
				<div class="nv-page-title-wrap nv-big-title" >
	<div class="nv-page-title ">
		<small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><span><span><a href="{HOST}/">หน้าแรก</a></span> » <span class="breadcrumb_last" aria-current="page">{CATEGORY}</span></span></small>		<h1>{CATEGORY}</h1>
	</div><!--.nv-page-title-->
</div> <!--.nv-page-title-wrap-->
	<div class="posts-wrapper">{"".join(arts)}</div>
<div class="nv-index-pagination"><ul class='page-numbers'>
	{"".join(nums)}
</ul>
</div>
			</div>
{self.sidebar()}		</div>
	</div>
"""
            + self.footer()
        )

    # ------------------------------------------------------------ single

    def related(self, a):
        others = [b for b in self.articles if b is not a]
        i = self.articles.index(a)
        return [others[(i + 2 * j + 1) % len(others)] for j in range(4)]

    def share_bar(self, a, where):
        url = quote(HOST + self.href(a), safe="")
        s = a.extra["shares"]
        return f"""<div class="shared-counts-wrap {where} style-fancy"><a href="https://www.facebook.com/sharer/sharer.php?u={url}&#038;display=popup&#038;ref=plugin&#038;src=share_button" title="แชร์บน Facebook"  target="_blank"  rel="nofollow noopener noreferrer"  class="shared-counts-button facebook" data-postid="{a.id}" data-social-network="Facebook" data-social-action="Share" data-social-target="{HOST}{self.href(a)}"><span class="shared-counts-icon-label"><span class="shared-counts-icon">{SVG_FB}</span><span class="shared-counts-label">Facebook</span></span><span class="shared-counts-count">{s}</span></a><a href="https://twitter.com/share?url={url}" title="แชร์บน X"  target="_blank"  rel="nofollow noopener noreferrer"  class="shared-counts-button twitter shared-counts-no-count" data-postid="{a.id}" data-social-network="Twitter" data-social-action="Tweet" data-social-target="{HOST}{self.href(a)}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Tweet</span></span></a><a href="#shared-counts-email" title="ส่งทางอีเมล"  class="shared-counts-button email no-scroll shared-counts-no-count" data-postid="{a.id}" data-social-network="Email" data-social-action="Emailed" data-social-target="{HOST}{self.href(a)}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">อีเมล</span></span></a><a href="javascript:window.print()" title="พิมพ์หน้านี้"  class="shared-counts-button print shared-counts-no-count" data-postid="{a.id}" data-social-network="Print" data-social-action="Printed" data-social-target="{HOST}{self.href(a)}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">พิมพ์</span></span></a><span class="shared-counts-button included_total shared-counts-no-count"><span class="shared-counts-icon-label"><span class="shared-counts-label">แชร์ทั้งหมด</span></span><span class="shared-counts-count">{s + 3}</span></span></div>"""

    def content(self, a):
        parts = [self.share_bar(a, "before_content")]
        for i, p in enumerate(a.paras):
            parts.append(f"<p>{esc(p)}</p>")
            if i == 0 and a.extra["image"]:
                parts.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพบรรยากาศการดำเนินกิจกรรม</figcaption></figure>'
                )
        if a.extra["file"]:
            parts.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/หนังสือแจ้งเวียน-{a.id}.pdf">หนังสือแจ้งเวียน-{a.id}</a><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/หนังสือแจ้งเวียน-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
            )
        if a.source:
            label, office = a.source.split(" : ", 1)
            parts.append(
                f'<p class="has-text-align-right"><strong>{label} :</strong> {esc(office)}</p>'
            )
        parts.append(
            f'<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all  " data-element-id="{a.id}" style=""><i class="pvc-stats-icon medium" aria-hidden="true"><svg aria-hidden="true" focusable="false" role="img" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 512 512"><path fill="currentColor" d="M400 32H48C21.5 32 0 53.5 0 80v352c0 26.5 21.5 48 48 48h352"></path></svg></i> {a.views:,}&nbsp;total views, {a.extra["today"]}&nbsp;views today</p><div class="pvc_clear"></div>'
        )
        parts.append(self.share_bar(a, "after_content"))
        rel = "".join(
            f'<li><a href="{self.href(b)}"     class="crp_link post-{b.id}"><span class="crp_title">{esc(b.title)}</span></a><span class="crp_date"> {wp_date(b.published)}</span></li>'
            for b in self.related(a)
        )
        parts.append(
            f'<div class="crp_related     crp-text-only"><h3>เรื่องที่เกี่ยวข้อง:</h3><ul>{rel}</ul><div class="crp_clear"></div></div>'
        )
        return "\n".join(parts)

    def schema(self, a):
        url = HOST + self.href(a)
        pub = a.published.astimezone(UTC).isoformat()
        mod = (a.modified or a.published).astimezone(UTC).isoformat()
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": url + "#article",
                    "isPartOf": {"@id": url},
                    "author": {
                        "name": a.extra["author"],
                        "@id": f"{HOST}/#/schema/person/{a.id % 7}",
                    },
                    "headline": a.title,
                    "datePublished": pub,
                    "dateModified": mod,
                    "mainEntityOfPage": {"@id": url},
                    "publisher": {"@id": f"{HOST}/#organization"},
                    "articleSection": [CATEGORY],
                    "keywords": list(a.tags),
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{a.title} - {SITE_NAME}",
                    "isPartOf": {"@id": f"{HOST}/#website"},
                    "datePublished": pub,
                    "dateModified": mod,
                    "breadcrumb": {"@id": url + "#breadcrumb"},
                    "inLanguage": "th",
                },
                {
                    "@type": "Organization",
                    "@id": f"{HOST}/#organization",
                    "name": SITE_NAME,
                    "url": HOST + "/",
                },
            ],
        }
        meta = f"""	<link rel="canonical" href="{url}" />
	<meta property="og:locale" content="th_TH" />
	<meta property="og:type" content="article" />
	<meta property="og:title" content="{esc(a.title)}" />
	<meta property="og:description" content="{esc(a.paras[0][:140])}" />
	<meta property="og:url" content="{url}" />
	<meta property="og:site_name" content="{SITE_NAME}" />
	<meta property="article:publisher" content="https://www.facebook.com/loei.mnre" />
	<meta property="article:published_time" content="{pub}" />
"""
        if a.modified:
            meta += f'	<meta property="article:modified_time" content="{mod}" />\n'
        meta += f"""	<meta name="author" content="{esc(a.extra["author"])}" />
	<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False, separators=(",", ":"))}</script>
"""
        return meta

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        nav = '<div class="nv-post-navigation">'
        if older:
            nav += f'<div class="previous"><a href="{self.href(older)}" rel="prev"><span class="nav-direction">ก่อนหน้า</span><span>{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="next"><a href="{self.href(newer)}" rel="next"><span class="nav-direction">ถัดไป</span><span>{esc(newer.title)}</span></a></div>'
        nav += "</div>"
        tags = ""
        if a.tags:
            tags = (
                '<div class="nv-tags-list"><span>Tags:</span>'
                + "".join(
                    f'<a href={enc("/tag/" + t + "/")} title="{esc(t)}" class={quote(t).lower()} rel="tag">{esc(t)}</a>'
                    for t in a.tags
                )
                + " </div> "
            )
        title = f"{a.title} - {SITE_NAME}"
        body = self.header().replace(
            "{body}",
            f"post-template-default single single-post postid-{a.id} single-format-standard wp-embed-responsive",
        )
        return (
            self.head(title, self.schema(a))
            + body
            + f"""
	<main id="content" class="neve-main">

<div class="nv-post-cover" style="background-image:url(/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr-{a.id}.jpg);"><div class="nv-overlay"></div><div class="container"><div class="nv-title-meta-wrap  nv-is-boxed"><small class="nv--yoast-breadcrumb neve-breadcrumbs-wrapper"><span><span><a href="{HOST}/">หน้าแรก</a></span> » <span><a href="{enc(self.listing_path)}">{CATEGORY}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(a.title)}</span></span></small><h1 class="title entry-title">{esc(a.title)}</h1>{self.meta_list(a)}</div></div></div>
	<div class="container single-post-container">
		<div class="row">
						<article id="post-{a.id}"
					class="nv-single-post-wrap col post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
				<div class="nv-content-wrap entry-content">{self.content(a)}
</div>{tags}{nav}
<div id="comments" class="comments-area">
		<div id="respond" class="comment-respond nv-is-boxed">
		<h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{self.href(a)}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h2><p class="must-log-in">คุณต้อง <a href="{HOST}/wp-login.php?redirect_to={quote(HOST + self.href(a), safe="")}">เข้าสู่ระบบ</a> เพื่อจะพิมพ์ความเห็นได้</p>	</div><!-- #respond -->
	</div>
			</article>
			{self.sidebar()}		</div>
	</div>
"""
            + self.footer()
        )

    def deleted(self):
        title = f"มีการป้องกัน: {DELETED_TITLE} - {SITE_NAME}"
        body = self.header().replace(
            "{body}",
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard post-password-required wp-embed-responsive",
        )
        return (
            self.head(title, '	<meta name="robots" content="noindex" />\n')
            + body
            + f"""
	<main id="content" class="neve-main">

<div class="nv-post-cover"><div class="nv-overlay"></div><div class="container"><div class="nv-title-meta-wrap  nv-is-boxed"><h1 class="title entry-title">มีการป้องกัน: {esc(DELETED_TITLE)}</h1><ul class="nv-meta-list"><li  class="meta author vcard "><span class="author-name fn">โดย <a href="/author/admin_loei/" rel="author">admin_loei</a></span></li><li class="meta date posted-on "><time class="entry-date published" datetime="2024-09-19T14:05:00+07:00" content="2024-09-19">19 กันยายน 2024</time></li></ul></div></div></div>
	<div class="container single-post-container">
		<div class="row">
			<article id="post-{DELETED_ID}" class="nv-single-post-wrap col post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
				<div class="nv-content-wrap entry-content"><form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดู:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
</div>
			</article>
			{self.sidebar()}		</div>
	</div>
"""
            + self.footer()
        )

    def robots(self):
        return (
            "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\n"
            f"Sitemap: {HOST}/sitemap_index.xml\n"
        )

    # ------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์ทั้งหมด",
                "Tweet",
                "total views",
                "views today",
                "เรื่องที่เกี่ยวข้อง:",
                self.related(a)[0].title,
                self.related(a)[-1].title,
                "ใส่ความเห็น",
                "เพื่อจะพิมพ์ความเห็นได้",
                "เรื่องล่าสุด",
                "ผู้เข้าชมทั้งหมด",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "Powered by",
            ]
            if a.extra["image"]:
                must_not.append("ภาพบรรยากาศการดำเนินกิจกรรม")
            if a.extra["file"]:
                must_not += [f"หนังสือแจ้งเวียน-{a.id}", "ดาวน์โหลด"]
            if a.tags:
                must_not.append("Tags:")
            if older:
                must_not.append(older.title)
            if newer:
                must_not.append(newer.title)
            rec = record(self, a, must_not, published_time=True)
            rec["source"] = a.source.split(" : ", 1)[1] if a.source else None
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


def _unq(s: str) -> str:
    from urllib.parse import unquote

    return unquote(s)


SITE = NeveSite()

if __name__ == "__main__":
    main(SITE)
