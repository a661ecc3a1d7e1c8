"""Blind-8 red-team site: WordPress 6 + Kadence (free theme) with a Buddhist-era date plugin,
Post Views Counter, Shared Counts and Contextual Related Posts, run by a provincial social
development office (พมจ.), built blind.

What it imitates:
- Kadence chrome: `#wrapper.site.wp-site-blocks`, `header#masthead` with `site-header-row`
  columns, `kadence-breadcrumbs` ending in the headline, `entry-taxonomies` category above the
  title, `h1.entry-title`, `entry-meta.entry-meta-divider-dot` with "โดย" author;
- permalinks `/%post_id%/` (`/2451/`); the posts page `/news/`, `/news/page/N/` with
  Kadence's archive list (`ul#archive-container` of `article.entry.loop-entry`) and
  `nav.navigation.pagination` whose next link is an SVG icon with a screen-reader label;
- the date plugin rewrites only the visible text of `time.entry-date.published`:
  "วันพฤหัสบดีที่ 15 กุมภาพันธ์ พ.ศ. 2567" plus "เวลา 10:30 น." (the `datetime` stays ISO with
  +07:00); an edited post shows "แก้ไขล่าสุด" with `time.updated` in the same BE form; a
  never-edited post prints one `time.entry-date.published.updated` (hAtom);
- `entry-content.single-content` holds Post Views Counter "ผู้ชม 1,234" *before* the text, a
  captioned `wp-block-image`, a `wp-block-file` "ดาวน์โหลด", the editor's "ที่มา : …"
  paragraph, then Shared Counts buttons ("แชร์", "ไลน์", "พิมพ์") and the CRP list
  "ข่าวที่เกี่ยวข้อง:"; after the article: tags with Kadence's `#` prefix, post navigation
  with "ก่อนหน้า" / "ถัดไป" and the neighbours' titles, "โพสต์ที่คล้ายกัน" carousel, comment
  area "คุณต้องเข้าสู่ระบบ เพื่อจะพิมพ์ความเห็น";
- the deleted item: a password-protected post (title "ป้องกัน: …", WordPress's password form,
  200).
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, main, paginate
from .b8_common import build, neighbours, record, weekday_be

SITE_NAME = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดยโสธร"
SOURCES = ["พมจ.ยโสธร", None, "กลุ่มการพัฒนาสังคมและสวัสดิการ พมจ.ยโสธร", "ศูนย์ช่วยเหลือสังคม ๑๓๐๐"]
PER_PAGE = 9
LISTING = "/news/"
DELETED_ID = 2399
DELETED = f"/{DELETED_ID}/"
DELETED_TITLE = "ผลการพิจารณาเงินอุดหนุนกองทุนส่งเสริมการจัดสวัสดิการสังคม"


def be_text(d: dt.datetime, with_time: bool) -> str:
    s = weekday_be(d)
    return s + f" เวลา {d.hour:02d}:{d.minute:02d} น." if with_time else s


class KadenceSite(BaseSite):
    key = "b8_wp_kadence_be"
    family = "wordpress"
    imitates = "WordPress 6 + Kadence + a BE date plugin: /%post_id%/, posts page /news/page/N/, time.entry-date text 'วันพฤหัสบดีที่ 15 กุมภาพันธ์ พ.ศ. 2567 เวลา 10:30 น.' (datetime ISO), 'แก้ไขล่าสุด' only when edited, Post Views Counter 'ผู้ชม 1,234' before the text, 'ที่มา :' paragraph, Shared Counts and CRP 'ข่าวที่เกี่ยวข้อง:' inside entry-content, #tags, post navigation titles, password-protected post as the deleted item"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 25, 17, SOURCES, dt.datetime(2024, 3, 14, 16, 0), first_id=2380, step=3
        )
        for a in self.articles:
            a.path = f"/{a.id}/"
            if a.modified and a.modified.date() == a.published.date():
                a.modified = None  # same-day edits are left out: the plugin prints a date line
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 4]] or self.articles[1:4]

    def similar(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (5, 6, 7)]

    def shell(self, base, title, body_class, content):
        return f"""<!doctype html>
<html lang="th" class="no-js" itemtype="https://schema.org/Blog" itemscope>
<head>
	<meta charset="UTF-8">
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
	<title>{esc(title)} &#8211; {SITE_NAME}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" href="{base}/feed/" />
<link rel='stylesheet' id='kadence-global-css' href='{base}/wp-content/themes/kadence/assets/css/global.min.css?ver=1.1.51' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{base}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.3' media='all' />
<link rel='stylesheet' id='shared-counts-css' href='{base}/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.5.0' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='{base}/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.4.2' media='all' />
<link rel="https://api.w.org/" href="{base}/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>

<body class="{body_class} wp-embed-responsive footer-on-bottom hide-focus-outline link-style-standard content-title-style-normal content-width-normal content-style-boxed content-vertical-padding-show non-transparent-header mobile-non-transparent-header">
<div id="wrapper" class="site wp-site-blocks">
			<a class="skip-link screen-reader-text scroll-ignore" href="#main">ข้ามไปยังเนื้อหา</a>
		<header id="masthead" class="site-header" role="banner" itemtype="https://schema.org/WPHeader" itemscope>
	<div id="main-header" class="site-header-wrap">
		<div class="site-header-inner-wrap">
			<div class="site-header-upper-wrap">
				<div class="site-header-upper-inner-wrap">
<div class="site-main-header-wrap site-header-row-container site-header-focus-item site-header-row-layout-standard" data-section="kadence_customizer_header_main">
	<div class="site-header-row-container-inner">
		<div class="site-container">
			<div class="site-main-header-inner-wrap site-header-row site-header-row-has-sides site-header-row-no-center">
				<div class="site-header-main-section-left site-header-section site-header-section-left">
					<div class="site-header-item site-header-focus-item" data-section="title_tagline">
	<div class="site-branding branding-layout-standard"><a class="brand has-logo-image" href="{base}/" rel="home"><img width="72" height="72" src="{base}/wp-content/uploads/2023/06/logo-pm.png" class="custom-logo" alt="{SITE_NAME}" /><div class="site-title-wrap"><p class="site-title">{SITE_NAME}</p><p class="site-description">Provincial Social Development and Human Security Office</p></div></a></div>
					</div>
				</div>
				<div class="site-header-main-section-right site-header-section site-header-section-right">
					<div class="site-header-item site-header-focus-item site-header-item-main-navigation header-navigation-layout-stretch-false header-navigation-layout-fill-stretch-false" data-section="kadence_customizer_primary_navigation">
	<nav id="site-navigation" class="main-navigation header-navigation nav--toggle-sub header-navigation-style-standard header-navigation-dropdown-animation-none" role="navigation" aria-label="เมนูหลัก">
		<div class="primary-menu-container header-menu-container">
			<ul id="primary-menu" class="menu"><li class="menu-item"><a href="{base}/">หน้าแรก</a></li><li class="menu-item"><a href="{base}/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{base}/services/">บริการประชาชน</a></li><li class="menu-item"><a href="{base}/ita/">ITA</a></li><li class="menu-item"><a href="{base}/contact/">ติดต่อเรา</a></li></ul>		</div>
	</nav>
					</div>
				</div>
			</div>
		</div>
	</div>
</div>
				</div>
			</div>
		</div>
	</div>
</header>

	<div id="inner-wrap" class="wrap hfeed kt-clear">
{content}
	</div><!-- #inner-wrap -->
	<footer id="colophon" class="site-footer" role="contentinfo">
	<div class="site-footer-wrap">
		<div class="site-bottom-footer-wrap site-footer-row-container site-footer-focus-item site-footer-row-layout-standard site-footer-row-tablet-layout-default site-footer-row-mobile-layout-default" data-section="kadence_customizer_footer_bottom">
			<div class="site-footer-row-container-inner"><div class="site-container"><div class="site-bottom-footer-inner-wrap site-footer-row site-footer-row-columns-1">
				<div class="site-footer-bottom-section-1 site-footer-section footer-section-inner-items-1"><div class="footer-widget-area site-info site-footer-focus-item content-align-default content-tablet-align-default content-mobile-align-default unique-id" data-section="kadence_customizer_footer_html"><div class="footer-widget-area-inner site-info-inner"><div class="footer-html inner-link-style-normal"><div class="footer-html-inner"><p>&copy; 2024 {SITE_NAME} ศาลากลางจังหวัดยโสธร ถนนแจ้งสนิท อำเภอเมือง จังหวัดยโสธร 35000 &#8211; WordPress Theme by Kadence WP</p></div></div></div></div></div>
			</div></div></div>
		</div>
	</div>
</footer>
</div><!-- #wrapper -->
<script id="kadence-navigation-js" src="{base}/wp-content/themes/kadence/assets/js/navigation.min.js?ver=1.1.51" async></script>
</body>
</html>
"""

    def time_html(self, a):
        if a.modified:
            return f'<span class="posted-on"><time class="entry-date published" datetime="{a.published.isoformat()}">{be_text(a.published, a.time_printed)}</time></span><span class="updated-on"><span class="meta-label">แก้ไขล่าสุด</span> <time class="updated" datetime="{a.modified.isoformat()}">{be_text(a.modified, False)}</time></span>'
        return f'<span class="posted-on"><time class="entry-date published updated" datetime="{a.published.isoformat()}">{be_text(a.published, a.time_printed)}</time></span>'

    def loop_entry(self, base, id_, path, title, time_html, excerpt, extra_cls=""):
        return f"""<li class="entry-list-item"><article class="entry content-bg loop-entry post-{id_} post type-post status-publish format-standard has-post-thumbnail hentry category-news{extra_cls}">
			<a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{base}{path}" aria-hidden="true" tabindex="-1"><div class="post-thumbnail-inner"><img width="768" height="512" src="{base}/wp-content/uploads/2024/02/pm{id_}-768x512.jpg" class="attachment-medium_large size-medium_large wp-post-image" alt="" /></div></a>
		<div class="entry-content-wrap">
		<header class="entry-header">
			<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{base}{LISTING}" rel="tag">ข่าวประชาสัมพันธ์</a></span></div>
			<h2 class="entry-title"><a href="{base}{path}" rel="bookmark">{esc(title)}</a></h2>
			<div class="entry-meta entry-meta-divider-dot">{time_html}</div>
		</header>
		<div class="entry-summary"><p>{esc(excerpt)} [&hellip;]</p></div>
		<footer class="entry-footer"><div class="entry-actions"><p class="more-link-wrap"><a href="{base}{path}" class="post-more-link">อ่านต่อ<span class="screen-reader-text"> {esc(title)}</span><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-right-alt-svg" fill="currentColor" version="1.1" xmlns="http://www.w3.org/2000/svg" width="27" height="28" viewBox="0 0 27 28"><title>ดำเนินการต่อ</title><path d="M27 13.953c0 0.141-0.063 0.281-0.156 0.375l-6 5.531c-0.156 0.141-0.359 0.172-0.547 0.094-0.172-0.078-0.297-0.25-0.297-0.453v-3.5h-19.5c-0.281 0-0.5-0.219-0.5-0.5v-3c0-0.281 0.219-0.5 0.5-0.5h19.5v-3.5c0-0.203 0.109-0.375 0.297-0.453s0.391-0.047 0.547 0.078l6 5.469c0.094 0.094 0.156 0.219 0.156 0.359v0z"></path></svg></span></a></p></div></footer>
	</div>
</article></li>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                self.loop_entry(base, a.id, a.path, a.title, self.time_html(a), a.paras[0][:160])
            )
            if n == 1 and k == 5:
                d = dt.datetime(2024, 2, 6, 13, 40)
                items.append(
                    self.loop_entry(
                        base,
                        DELETED_ID,
                        DELETED,
                        "ป้องกัน: " + DELETED_TITLE,
                        f'<span class="posted-on"><time class="entry-date published updated" datetime="2024-02-06T13:40:00+07:00">{be_text(d, True)}</time></span>',
                        "ไม่มีคำอธิบายเนื่องจากเป็นเรื่องที่ถูกป้องกัน",
                        " post-password-required",
                    )
                )
        last = len(self.pages)

        def href(k):  # 1-based
            return f"{base}{LISTING}" if k == 1 else f"{base}{LISTING}page/{k}/"

        links = []
        if n > 0:
            links.append(
                f'<a class="prev page-numbers" href="{href(n)}" aria-label="หน้าก่อนหน้า"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-arrow-left-svg" fill="currentColor" viewBox="0 0 24 24"><title>ก่อนหน้า</title><path d="M20 11h-13.586l5.293-5.293c0.391-0.391 0.391-1.024 0-1.414s-1.024-0.391-1.414 0l-7 7c-0.391 0.391-0.391 1.024 0 1.414l7 7c0.391 0.391 1.024 0.391 1.414 0s0.391-1.024 0-1.414l-5.293-5.293h13.586c0.552 0 1-0.448 1-1s-0.448-1-1-1z"></path></svg></span></a>'
            )
        for k in range(1, last + 1):
            links.append(
                f'<span aria-current="page" class="page-numbers current">{k}</span>'
                if k == n + 1
                else f'<a class="page-numbers" href="{href(k)}">{k}</a>'
            )
        if n < last - 1:
            links.append(
                f'<a class="next page-numbers" href="{href(n + 2)}" aria-label="หน้าถัดไป"><span class="kadence-svg-iconset"><svg class="kadence-svg-icon kadence-arrow-right-svg" fill="currentColor" viewBox="0 0 24 24"><title>ถัดไป</title><path d="M5 13h11.586l-5.293 5.293c-0.391 0.391-0.391 1.024 0 1.414s1.024 0.391 1.414 0l7-7c0.391-0.391 0.391-1.024 0-1.414l-7-7c-0.391-0.391-1.024-0.391-1.414 0s-0.391 1.024 0 1.414l5.293 5.293h-11.586c-0.552 0-1 0.448-1 1s0.448 1 1 1z"></path></svg></span></a>'
            )
        content = f"""<section role="banner" class="entry-hero post-archive-hero-section entry-hero-layout-standard">
	<div class="entry-hero-container-inner"><div class="hero-section-overlay"></div><div class="hero-container site-container"><header class="entry-header post-archive-title title-align-inherit"><h1 class="page-title archive-title">ข่าวประชาสัมพันธ์</h1></header></div></div>
</section>
<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
			<ul id="archive-container" class="content-wrap kadence-posts-list grid-cols post-archive grid-sm-col-2 grid-md-col-3 grid-lg-col-3 item-image-style-above">
{"".join(items)}
			</ul>
	<nav class="navigation pagination" aria-label="เรื่อง">
		<h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2>
		<div class="nav-links">{"".join(links)}</div>
	</nav>
		</main>
	</div>
</div>"""
        cls = "blog hfeed" + (f" paged paged-{n + 1}" if n else "")
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", cls, content))

    def single(self, base, id_, title, time_html, entry_content, after_article, tags_cls=""):
        return f"""<div id="primary" class="content-area">
	<div class="content-container site-container">
		<main id="main" class="site-main" role="main">
			<div class="content-wrap">
<article id="post-{id_}" class="entry content-bg single-entry post-{id_} post type-post status-publish format-standard has-post-thumbnail hentry category-news{tags_cls}">
	<div class="entry-content-wrap">
		<header class="entry-header post-title title-align-inherit title-tablet-align-inherit title-mobile-align-inherit">
	<nav id="kadence-breadcrumbs" aria-label="Breadcrumbs" class="kadence-breadcrumbs"><div class="kadence-breadcrumb-container"><span><a href="{base}/" itemprop="url" class="kadence-bc-home"><span>หน้าแรก</span></a></span> <span class="bc-delimiter">/</span> <span><a href="{base}{LISTING}" itemprop="url"><span>ข่าวประชาสัมพันธ์</span></a></span> <span class="bc-delimiter">/</span> <span class="kadence-bread-current">{esc(title)}</span></div></nav>
	<div class="entry-taxonomies"><span class="category-links term-links category-style-normal"><a href="{base}{LISTING}" rel="tag">ข่าวประชาสัมพันธ์</a></span></div>
<h1 class="entry-title">{esc(title)}</h1>
<div class="entry-meta entry-meta-divider-dot">
	<span class="posted-by"><span class="meta-label">โดย</span><span class="author vcard"><a class="url fn n" href="{base}/author/prteam/">ฝ่ายประชาสัมพันธ์</a></span></span>
	{time_html}
</div>
</header>
		<div class="post-thumbnail article-post-thumbnail kadence-thumbnail-position-behind alignwide kadence-thumbnail-ratio-2-3"><div class="post-thumbnail-inner"><img width="1200" height="800" src="{base}/wp-content/uploads/2024/02/pm{id_}.jpg" class="post-top-featured wp-post-image" alt="" /></div></div>
<div class="entry-content single-content">
{entry_content}
</div>
{after_article}
"""

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        body.insert(
            min(2, len(body)),
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/2024/02/pm{a.id}-2-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"/><figcaption class="wp-element-caption">เจ้าหน้าที่ พมจ.ยโสธร ร่วมกิจกรรม</figcaption></figure>',
        )
        if a.id % 2:
            body.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="{base}/wp-content/uploads/2024/02/หนังสือแจ้ง-{a.id}.pdf">หนังสือแจ้งหน่วยงาน</a><a href="{base}/wp-content/uploads/2024/02/หนังสือแจ้ง-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
            )
        if a.source:
            body.append(f"<p>ที่มา : {esc(a.source)}</p>")
        crp = "".join(
            f'<li><a href="{base}{x.path}" class="crp_link post-{x.id}"><span class="crp_title">{esc(x.title)}</span></a></li>'
            for x in self.related(a)
        )
        entry = f"""<div class="post-views content-post post-{a.id} entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">ผู้ชม</span> <span class="post-views-count">{a.views:,}</span>
			</div>{"".join(body)}<div class="shared-counts-wrap after_content style-rounded"><a href="https://www.facebook.com/sharer/sharer.php?u={base}{a.path}" title="แชร์บน Facebook" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button facebook shared-counts-no-count" data-postid="{a.id}" data-social-network="Facebook" data-social-action="Share" data-social-target="{base}{a.path}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">แชร์</span></span></a><a href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button line shared-counts-no-count"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">ไลน์</span></span></a><a href="javascript:window.print()" class="shared-counts-button print shared-counts-no-count"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">พิมพ์</span></span></a></div><div class="crp_related crp-rounded-thumbs"><h3>ข่าวที่เกี่ยวข้อง:</h3><ul>{crp}</ul><div class="crp_clear"></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<footer class="entry-footer"><div class="entry-tags"><span class="tags-links"><span class="tags-label screen-reader-text">ป้ายกำกับเรื่อง:</span>'
                + "".join(
                    f'<a href="{base}/tag/t{k}/" title="{esc(t)}" class="tag-link tag-item-t{k}" rel="tag"><span class="tag-hash">#</span>{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</span></div></footer>"
            )
        navs = []
        if older:
            navs.append(
                f'<div class="nav-previous"><a href="{base}{older.path}" rel="prev"><div class="post-navigation-sub"><small><span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-left-alt-svg" viewBox="0 0 29 28"><title>ก่อนหน้า</title><path d="M28 12.5v3c0 0.281-0.219 0.5-0.5 0.5h-19.5v3.5c0 0.203-0.109 0.375-0.297 0.453s-0.391 0.047-0.547-0.078l-6-5.469c-0.094-0.094-0.156-0.219-0.156-0.359v0c0-0.141 0.063-0.281 0.156-0.375l6-5.531c0.156-0.141 0.359-0.172 0.547-0.094 0.172 0.078 0.297 0.25 0.297 0.453v3.5h19.5c0.281 0 0.5 0.219 0.5 0.5z"></path></svg></span>ก่อนหน้า</small></div>{esc(older.title)}</a></div>'
            )
        if newer:
            navs.append(
                f'<div class="nav-next"><a href="{base}{newer.path}" rel="next"><div class="post-navigation-sub"><small>ถัดไป<span class="kadence-svg-iconset svg-baseline"><svg aria-hidden="true" class="kadence-svg-icon kadence-arrow-right-alt-svg" viewBox="0 0 27 28"><title>ดำเนินการต่อ</title><path d="M27 13.953c0 0.141-0.063 0.281-0.156 0.375l-6 5.531"></path></svg></span></small></div>{esc(newer.title)}</a></div>'
            )
        similar = "".join(
            f'<div class="carousel-item splide__slide"><article class="entry content-bg loop-entry post-{x.id} post type-post"><a class="post-thumbnail kadence-thumbnail-ratio-2-3" href="{base}{x.path}"><div class="post-thumbnail-inner"><img width="600" height="400" src="{base}/wp-content/uploads/2024/02/pm{x.id}-600x400.jpg" alt="" /></div></a><div class="entry-content-wrap"><header class="entry-header"><h3 class="entry-title"><a href="{base}{x.path}" rel="bookmark">{esc(x.title)}</a></h3><div class="entry-meta entry-meta-divider-dot"><span class="posted-on"><time class="entry-date published updated" datetime="{x.published.isoformat()}">{be_text(x.published, False)}</time></span></div></header></div></article></div>'
            for x in self.similar(a)
        )
        after = f"""{tags}
	</div>
</article>

	<nav class="navigation post-navigation" aria-label="เรื่อง">
		<h2 class="screen-reader-text">นำทางเรื่อง</h2>
		<div class="nav-links">{"".join(navs)}</div>
	</nav>
		<div class="entry-related alignfull entry-related-style-wide"><div class="entry-related-inner content-container site-container"><div class="entry-related-inner-content alignwide"><h2 class="entry-related-title">โพสต์ที่คล้ายกัน</h2><div class="entry-related-carousel kadence-slide-init splide" data-columns-xxl="3" data-columns-xl="3" data-columns-md="3" data-columns-sm="2" data-columns-xs="2" data-columns-ss="1" data-slider-anim-speed="400" data-slider-scroll="1" data-slider-dots="true" data-slider-arrows="false" data-slider-hover-pause="false" data-slider-auto="false" data-slider-speed="7000" data-slider-gutter="40" data-slider-loop="true" data-slider-next-label="ถัดไป" data-slider-slide-label="โพสต์" data-slider-prev-label="ก่อนหน้า"><div class="splide__track"><div class="splide__list kadence-posts-list grid-cols grid-sm-col-2 grid-lg-col-3">{similar}</div></div></div></div></div></div>
<div id="comments" class="comments-area">
		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง<a href="{base}/wp-login.php?redirect_to={base}{a.path}">เข้าสู่ระบบ</a> เพื่อจะพิมพ์ความเห็น</p>	</div><!-- #respond -->
	</div><!-- #comments -->
			</div>
		</main><!-- #main -->
	</div>
</div><!-- #primary -->"""
        tag_cls = "".join(f" tag-t{k}" for k in range(len(a.tags)))
        content = self.single(base, a.id, a.title, self.time_html(a), entry, after, tag_cls)
        return self.html_response(
            self.shell(
                base,
                a.title,
                f"wp-singular post-template-default single single-post postid-{a.id} single-format-standard",
                content,
            )
        )

    def deleted(self, base):
        d = dt.datetime(2024, 2, 6, 13, 40)
        title = "ป้องกัน: " + DELETED_TITLE
        entry = f"""<form action="{base}/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน เพื่อที่จะดูเนื้อหา กรุณาใส่รหัสผ่านด้านล่าง:</p>
<p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>"""
        after = """	</div>
</article>
			</div>
		</main>
	</div>
</div>"""
        content = self.single(
            base,
            DELETED_ID,
            title,
            f'<span class="posted-on"><time class="entry-date published updated" datetime="2024-02-06T13:40:00+07:00">{be_text(d, True)}</time></span>',
            entry,
            after,
            " post-password-required",
        )
        return self.html_response(
            self.shell(
                base,
                title,
                f"wp-singular post-template-default single single-post postid-{DELETED_ID} post-password-required",
                content,
            )
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base,
                    "หน้าแรก",
                    "home page-template-default page",
                    f'<p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p>',
                )
            )
        if path == LISTING:
            return self.listing(base, 0)
        if path.startswith(f"{LISTING}page/") and path.endswith("/"):
            num = path[len(LISTING) + 5 : -1]
            if num.isdigit() and int(num) >= 2:
                return self.listing(base, int(num) - 1)
            return None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ผู้ชม",
                f"{a.views:,}" if a.views >= 1000 else "",
                "เจ้าหน้าที่ พมจ.ยโสธร ร่วมกิจกรรม",
                "หนังสือแจ้งหน่วยงาน",
                "ดาวน์โหลด",
                "แชร์",
                "ไลน์",
                "ข่าวที่เกี่ยวข้อง:",
                "โพสต์ที่คล้ายกัน",
                "ใส่ความเห็น",
                "เพื่อจะพิมพ์ความเห็น",
                "แก้ไขล่าสุด",
                "ฝ่ายประชาสัมพันธ์",
            ] + [x.title for x in self.related(a) + [older, newer] + self.similar(a) if x]
            out.append(record(self, a, must_not, published_time=True, modified_time=True))
        return out


SITE = KadenceSite()

if __name__ == "__main__":
    main(SITE)
