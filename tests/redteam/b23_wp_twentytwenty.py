"""Blind-23 red-team site: **WordPress 6.5 with the stock Twenty Twenty theme** (a small child
theme only adds a breadcrumb), a provincial social-development office
(สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน), built blind.

What it imitates:
- the **numeric permalink structure** `/archives/%post_id%`: posts at `/archives/2231`, the
  category archive at `/archives/category/news/` and `/archives/category/news/page/N/` (WordPress
  puts the structure's front `/archives` before the category base too);
- Twenty Twenty's shell: `header#site-header` (`div.site-title.faux-heading` off the front
  page, description, search and menu toggles, `ul.primary-menu`), `main#site-content`, footer
  widgets ("เรื่องล่าสุด", WP Statistics' "สถิติผู้เข้าชม"), `footer#site-footer` (copyright,
  "ขับเคลื่อนโดย WordPress", "ขึ้นไปด้านบน");
- Twenty Twenty's single post: `header.entry-header` with `div.entry-categories`, the headline
  in `h1.entry-title`, a manual excerpt as `div.intro-text` (some posts), and the post meta list
  (`li.post-author` "โดย …", `li.post-date` whose date is **a plain link with no `<time>` and no
  time of day**, `li.post-comment-link` "ไม่มีความเห็น" + screen-reader " บน <headline>");
  the site was installed in English and switched to Thai later, so `date_format` is still
  WordPress's English default **`F j, Y`: "มีนาคม 5, 2024"** (Thai month, month first, CE);
- `div.post-inner.thin > div.entry-content`: Post Views Counter's box before the text
  ("จำนวนผู้เข้าชม:" + count), the block-editor text (captioned `wp-block-image` on some posts,
  `wp-block-file` PDF with "ดาวน์โหลด" on others), the editor's last line ("ที่มา : …",
  "ข่าว : …", or the office alone, right-aligned), AddToAny's bar "แชร์ข่าวนี้:" and YARPP's
  "เรื่องที่เกี่ยวข้อง:" list — all inside `entry-content`; after it `li.post-tags` ("แท็ก"),
  the author bio, `nav.pagination-single` with both **neighbour titles**, the comment form with
  "คุณต้อง เข้าสู่ระบบ เพื่อแสดงความเห็น";
- the archive prints **each post's full content** (Twenty Twenty's default "full text" blog
  content) with the same meta, the views box and the share bar; posts with a `<!--more-->` tag
  stop at "อ่านต่อ"; `the_posts_pagination` with "ใหม่กว่า" / "เก่ากว่า";
- Cookie Notice's bar, generator meta, feeds, `wp-json` links;
- the deleted item: a post moved behind the Members plugin's content permissions: 200, the
  single template with the headline and only "ขออภัย คุณไม่มีสิทธิ์เข้าถึงเนื้อหานี้ …".
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, Article, esc, main
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน"
SHORT = "พมจ.น่าน"
SOURCES = [
    "กลุ่มการพัฒนาสังคม พมจ.น่าน",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดน่าน",
    None,
    "บ้านพักเด็กและครอบครัวจังหวัดน่าน",
    "กลุ่มนโยบายและวิชาการ พมจ.น่าน",
]
CAT = "ข่าวประชาสัมพันธ์"
CAT_URL = "/archives/category/news/"
AUTHORS = ["pr_nan", "admin", "พรทิพย์ ใจดี"]
DELETED_ID = 2190
DELETED = f"/archives/{DELETED_ID}"
EXCERPTS = [
    "พมจ.น่าน ลงพื้นที่ติดตามการดำเนินงานตามนโยบาย พร้อมรับฟังปัญหาจากประชาชนในพื้นที่",
    "สรุปผลการดำเนินงานและแนวทางการขับเคลื่อนงานในปีงบประมาณถัดไป",
]


def wp_date(d: dt.datetime) -> str:
    """WordPress's English default date_format 'F j, Y' under the th locale: 'มีนาคม 5, 2024'."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def tag_url(t: str) -> str:
    return "/archives/tag/" + quote(t.lower().replace(" ", "-"), safe="-") + "/"


class TwentyTwentySite(B9Site):
    key = "b23_wp_twentytwenty"
    family = "wordpress"
    imitates = (
        "WordPress 6.5 + Twenty Twenty: /archives/%post_id% permalinks, category archive "
        "/archives/category/news/page/N/ printing full posts; h1.entry-title, post-meta list "
        "whose date is a plain link in 'F j, Y' (Thai month, month first, CE, no <time>, no time "
        "of day); Post Views Counter, AddToAny and YARPP inside entry-content, intro-text "
        "excerpts, tags, pagination-single with neighbour titles, comment login prompt, "
        "Cookie Notice; deleted = Members-plugin permission message (200)"
    )
    listing_path = CAT_URL
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 19, SOURCES, dt.datetime(2024, 5, 20, 16, 0), first_id=2105, step=7
        )
        for i, a in enumerate(self.articles):
            a.time_printed = False  # Twenty Twenty prints the date only, nowhere a time
            a.modified = None  # ... and no modification date anywhere
            a.path = f"/archives/{a.id}"
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["label"] = ["ที่มา : ", "ข่าว : ", ""][i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
            a.extra["excerpt"] = EXCERPTS[i % 2] if i % 6 == 2 else None
            a.extra["more"] = i % 3 == 0
        self.setup_routes()

    def page_url(self, k):
        return CAT_URL if k == 0 else f"{CAT_URL}page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key in ("/feed/", "/archives/category/news/feed/"):
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://nan.m-society.go.th{a.path}</link>"
                f"<dc:creator><![CDATA[{a.extra['author']}]]></dc:creator>"
                f"<pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
                f"<category><![CDATA[{CAT}]]></category>"
                f'<guid isPermaLink="false">https://nan.m-society.go.th/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
                f"<title>{CAT} – {SHORT}</title><link>https://nan.m-society.go.th</link>"
                "<language>th</language><generator>https://wordpress.org/?v=6.5.3</generator>"
                f"{items}</channel></rss>"
            )
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, title, body_class, content, head_extra=""):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>

<html class="no-js" lang="th">

	<head>

		<meta charset="UTF-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0" >

		<link rel="profile" href="https://gmpg.org/xfn/11">

		<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SHORT} &raquo; ฟีด" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{SHORT} &raquo; ฟีดความเห็น" href="/comments/feed/" />
{head_extra}<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel='stylesheet' id='a3a3_lazy_load-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.6' media='all' />
<link rel='stylesheet' id='twentytwenty-style-css' href='/wp-content/themes/twentytwenty/style.css?ver=2.6' media='all' />
<link rel='stylesheet' id='twentytwenty-child-style-css' href='/wp-content/themes/twentytwenty-nan/style.css?ver=1.0.2' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.10' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script src="/wp-content/themes/twentytwenty/assets/js/index.js?ver=2.6" id="twentytwenty-js-js" defer data-wp-strategy="defer"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.3" />
	<script>document.documentElement.className = document.documentElement.className.replace( 'no-js', 'js' );</script>
	<style id="custom-background-css">
body.custom-background {{ background-color: #f5efe0; }}
</style>
	</head>

	<body class="{body_class}">

		<a class="skip-link screen-reader-text" href="#site-content">ข้ามไปยังเนื้อหา</a>
		<header id="site-header" class="header-footer-group">

			<div class="header-inner section-inner">

				<div class="header-titles-wrapper">

						<button class="toggle search-toggle mobile-search-toggle" data-toggle-target=".search-modal" data-toggle-body-class="showing-search-modal" data-set-focus=".search-modal .search-field" aria-expanded="false">
							<span class="toggle-inner">
								<span class="toggle-icon">
									<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="23" height="23" viewBox="0 0 23 23"><path d="M38.710696,48.0601792 L43,52.3494831"/></svg>
								</span>
								<span class="toggle-text">ค้นหา</span>
							</span>
						</button><!-- .search-toggle -->

					<div class="header-titles">

						<div class="site-title faux-heading"><a href="/">{SHORT}</a></div><div class="site-description">{OFFICE}</div><!-- .site-description -->

					</div><!-- .header-titles -->

					<button class="toggle nav-toggle mobile-nav-toggle" data-toggle-target=".menu-modal"  data-toggle-body-class="showing-menu-modal" aria-expanded="false" data-set-focus=".close-nav-toggle">
						<span class="toggle-inner">
							<span class="toggle-icon">
								<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="26" height="7" viewBox="0 0 26 7"><path fill-rule="evenodd" d="M332.5,45 C330.567003,45 329,43.4329966 329,41.5"/></svg>
							</span>
							<span class="toggle-text">เมนู</span>
						</span>
					</button><!-- .nav-toggle -->

				</div><!-- .header-titles-wrapper -->

				<div class="header-navigation-wrapper">

							<nav class="primary-menu-wrapper" aria-label="แนวนอน">

								<ul class="primary-menu reset-list-style">

								<li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-home menu-item-12"><a href="/">หน้าหลัก</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-13"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category current-menu-item menu-item-14"><a href="{CAT_URL}">{CAT}</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-15"><a href="/archives/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-16"><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li id="menu-item-17" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-17"><a href="/contact/">ติดต่อเรา</a></li>

								</ul>

							</nav><!-- .primary-menu-wrapper -->

				</div><!-- .header-navigation-wrapper -->

			</div><!-- .header-inner -->

		</header><!-- #site-header -->

<main id="site-content">

{content}

</main><!-- #site-content -->

	<div class="footer-nav-widgets-wrapper header-footer-group">

		<div class="footer-inner section-inner">

				<aside class="footer-widgets-outer-wrapper">

					<div class="footer-widgets-wrapper">

							<div class="footer-widgets column-one grid-item">
								<div class="widget widget_recent_entries"><div class="widget-content">
		<h2 class="widget-title subheading heading-size-3">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด">
		<ul>
{latest}
		</ul>

		</nav></div></div>							</div>

							<div class="footer-widgets column-two grid-item">
								<div class="widget widget_wp_statistics_widget"><div class="widget-content"><h2 class="widget-title subheading heading-size-3">สถิติผู้เข้าชม</h2><ul><li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>4</li><li><label>ผู้เยี่ยมชมวันนี้:&nbsp;</label>187</li><li><label>ผู้เยี่ยมชมเมื่อวาน:&nbsp;</label>342</li><li><label>ผู้เยี่ยมชมทั้งหมด:&nbsp;</label>214,906</li></ul></div></div>
							</div>

					</div><!-- .footer-widgets-wrapper -->

				</aside><!-- .footer-widgets-outer-wrapper -->

		</div><!-- .footer-inner -->

	</div><!-- .footer-nav-widgets-wrapper -->

			<footer id="site-footer" class="header-footer-group">

				<div class="section-inner">

					<div class="footer-credits">

						<p class="footer-copyright">&copy;
							2024							<a href="/">{SHORT}</a>
						</p><!-- .footer-copyright -->

						<p class="powered-by-wordpress">
							<a href="https://th.wordpress.org/">
								ขับเคลื่อนโดย WordPress							</a>
						</p><!-- .powered-by-wordpress -->

					</div><!-- .footer-credits -->

					<a class="to-the-top" href="#site-header">
						<span class="to-the-top-long">
							ขึ้นไปด้านบน <span class="arrow" aria-hidden="true">&uarr;</span>						</span><!-- .to-the-top-long -->
						<span class="to-the-top-short">
							ขึ้น <span class="arrow" aria-hidden="true">&uarr;</span>						</span><!-- .to-the-top-short -->
					</a><!-- .to-the-top -->

				</div><!-- .section-inner -->

			</footer><!-- #site-footer -->

		<script id="cookie-notice-front-js-before">
var cnArgs = {{"ajaxUrl":"\\/wp-admin\\/admin-ajax.php","nonce":"8a1f3c2d9e","hideEffect":"fade","position":"bottom","onScroll":false,"cookieName":"cookie_notice_accepted","cookieValue":"true","cookieTime":2592000,"cache":false}};
</script>
<script src="/wp-content/plugins/cookie-notice/js/front.min.js?ver=2.4.16" id="cookie-notice-front-js"></script>
<script src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js" defer></script>

		<!-- Cookie Notice plugin v2.4.16 by Hu-manity.co https://hu-manity.co/ -->
		<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ" style="background-color: #00a99d">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="นโยบายความเป็นส่วนตัว" style="background-color: #00a99d">นโยบายความเป็นส่วนตัว</a></span><span id="cn-close-notice" data-cookie-set="accept" class="cn-close-icon" title="ไม่"></span></div>

		</div>
		<!-- / Cookie Notice plugin -->
	</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def post_meta(self, a, where="single-top"):
        return f"""		<div class="post-meta-wrapper post-meta-{where}">

			<ul class="post-meta">

					<li class="post-author meta-wrapper">
						<span class="meta-icon">
							<span class="screen-reader-text">ผู้เขียนเรื่อง</span>
							<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="18" height="20" viewBox="0 0 18 20"><path fill="" d="M18,19 C18,19.5522847 17.5522847,20 17,20"/></svg>
						</span>
						<span class="meta-text">
							โดย <a href="/archives/author/{quote(a.extra["author"])}">{esc(a.extra["author"])}</a>
						</span>
					</li>

					<li class="post-date meta-wrapper">
						<span class="meta-icon">
							<span class="screen-reader-text">วันที่เขียน</span>
							<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="18" height="19" viewBox="0 0 18 19"><path fill="" d="M4.60069444,4.09375 L3.25,4.09375"/></svg>
						</span>
						<span class="meta-text">
							<a href="{a.path}">{wp_date(a.published)}</a>
						</span>
					</li>

					<li class="post-comment-link meta-wrapper">
						<span class="meta-icon">
							<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="19" height="19" viewBox="0 0 19 19"><path d="M9.43016863,13.2235931 C9.58624731,13.094699"/></svg>
						</span>
						<span class="meta-text">
							<a href="{a.path}#respond">ไม่มีความเห็น<span class="screen-reader-text"> บน {esc(a.title)}</span></a>
						</span>
					</li>

			</ul><!-- .post-meta -->

		</div><!-- .post-meta-wrapper -->
"""

    def entry_header(self, a, single):
        title = (
            f'<h1 class="entry-title">{esc(a.title)}</h1>'
            if single
            else f'<h2 class="entry-title heading-size-1"><a href="{a.path}">{esc(a.title)}</a></h2>'
        )
        intro = ""
        if single and a.extra["excerpt"]:
            intro = f"""
				<div class="intro-text section-inner max-percentage small">
					<p>{esc(a.extra["excerpt"])}</p>
				</div>
"""
        return f"""<header class="entry-header has-text-align-center{" header-footer-group" if single else ""}">

	<div class="entry-header-inner section-inner medium">

			<div class="entry-categories">
				<span class="screen-reader-text">หมวดหมู่</span>
				<div class="entry-categories-inner">
					<a href="{CAT_URL}" rel="category tag">{CAT}</a>				</div><!-- .entry-categories-inner -->
			</div><!-- .entry-categories -->

			{title}
{intro}
{self.post_meta(a)}
	</div><!-- .entry-header-inner -->

</header><!-- .entry-header -->
"""

    def views(self, a):
        return f"""<div class="post-views content-post post-{a.id} entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม:</span> <span class="post-views-count">{a.views:,}</span>
			</div>"""

    def share(self, a):
        u = quote(f"https://nan.m-society.go.th{a.path}", safe="")
        n = quote(a.title, safe="")
        btn = "".join(
            f'<a class="a2a_button_{s}" href="https://www.addtoany.com/add_to/{s}?linkurl={u}&amp;linkname={n}" title="{t}" rel="nofollow noopener" target="_blank"></a>'
            for s, t in (("facebook", "Facebook"), ("line", "Line"), ("x", "X"), ("email", "Email"))
        )
        return f"""<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">แชร์ข่าวนี้:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://nan.m-society.go.th{a.path}" data-a2a-title="{esc(a.title)}">{btn}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 3, i + 4) if 0 <= j < len(self.articles)]

    def yarpp(self, a):
        lis = "".join(
            f'<li><a href="{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>\n'
            for r in self.related(a)
        )
        return f"""<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<!-- YARPP List -->
<h3>เรื่องที่เกี่ยวข้อง:</h3><ol>
{lis}</ol>
</div>"""

    def text(self, a, full=True):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"/><figcaption class="wp-element-caption">ภาพกิจกรรม {SHORT}</figcaption></figure>',
            )
        if a.extra["file"]:
            paras.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf">หนังสือแจ้งรายละเอียดโครงการ</a><a href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
            )
        if a.source:
            paras.append(
                f'<p class="has-text-align-right">{a.extra["label"]}{esc(a.source)}</p>'
                if a.extra["label"]
                else f'<p class="has-text-align-right"><strong>{esc(a.source)}</strong></p>'
            )
        if not full and a.extra["more"]:
            paras = paras[:1] + [
                f'<p><a href="{a.path}#more-{a.id}" class="more-link">อ่านต่อ<span class="screen-reader-text"> &#8220;{esc(a.title)}&#8221;</span></a></p>'
            ]
        elif a.extra["more"]:
            paras.insert(2, f'<p><span id="more-{a.id}"></span></p>')
        return "\n\n".join(paras)

    def article_el(self, a, single):
        classes = f"post-{a.id} post type-post status-publish format-standard hentry category-news"
        classes += "".join(f" tag-{quote(t.lower(), safe='')}" for t in a.tags)
        content = self.views(a) + "\n" + self.text(a, full=single) + "\n" + self.share(a)
        if single:
            content += "\n" + self.yarpp(a)
        tags = ""
        if a.tags:
            links = ", ".join(f'<a href="{tag_url(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
            tags = f"""		<div class="post-meta-wrapper post-meta-single post-meta-single-bottom">

			<ul class="post-meta">

					<li class="post-tags meta-wrapper">
						<span class="meta-icon">
							<span class="screen-reader-text">แท็ก</span>
							<svg class="svg-icon" aria-hidden="true" role="img" focusable="false" xmlns="http://www.w3.org/2000/svg" width="18" height="18" viewBox="0 0 18 18"><path fill="" d="M15.4496399,8.42490555 L8.66109799,1.63636364"/></svg>
						</span>
						<span class="meta-text">
							{links}
						</span>
					</li>

			</ul><!-- .post-meta -->

		</div><!-- .post-meta-wrapper -->
"""
        after = ""
        if single:
            older, newer = neighbours(self.articles, a)
            nav = ""
            if older:
                nav += f'<a class="previous-post" href="{older.path}"><span class="arrow" aria-hidden="true">&larr;</span><span class="title"><span class="title-inner">{esc(older.title)}</span></span></a>\n'
            if newer:
                nav += f'<a class="next-post" href="{newer.path}"><span class="arrow" aria-hidden="true">&rarr;</span><span class="title"><span class="title-inner">{esc(newer.title)}</span></span></a>\n'
            bio = ""
            if a.extra["author"] == "pr_nan":
                bio = """<div class="author-bio">
	<div class="author-title-wrapper">
		<div class="author-avatar vcard">
			<img alt='' src='https://secure.gravatar.com/avatar/7c1f?s=160&#038;d=mm&#038;r=g' class='avatar avatar-160 photo' height='160' width='160' decoding='async'/>		</div>
		<h2 class="author-title heading-size-4">
			โดย pr_nan		</h2>
	</div><!-- .author-name -->
	<div class="author-description">
		<p>งานประชาสัมพันธ์ กลุ่มนโยบายและวิชาการ</p>
		<a class="author-link" href="/archives/author/pr_nan" rel="author">
			ดูเรื่องทั้งหมดของผู้เขียน <span aria-hidden="true">&rarr;</span>		</a>
	</div><!-- .author-description -->
</div><!-- .author-bio -->
"""
            after = f"""
	<nav class="pagination-single section-inner" aria-label="เรื่อง">

		<hr class="styled-separator is-style-wide" aria-hidden="true" />

		<div class="pagination-single-inner">

{nav}
		</div><!-- .pagination-single-inner -->

		<hr class="styled-separator is-style-wide" aria-hidden="true" />

	</nav><!-- .pagination-single -->

		<div class="comments-wrapper section-inner">

				<div id="respond" class="comment-respond">
		<h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h2><p class="must-log-in">คุณต้อง <a href="/wp-login.php?redirect_to=https%3A%2F%2Fnan.m-society.go.th%2Farchives%2F{a.id}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p>	</div><!-- #respond -->

		</div><!-- .comments-wrapper -->
"""
            tags = tags + bio
        return f"""<article class="{classes}" id="post-{a.id}">

	{self.entry_header(a, single)}

	<div class="post-inner thin ">

		<div class="entry-content">

			{content}

		</div><!-- .entry-content -->

	</div><!-- .post-inner -->

	<div class="section-inner">
{tags}
	</div><!-- .section-inner -->
{after}
</article><!-- .post -->"""

    # ------------------------------------------------------------------ pages

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        posts = [self.article_el(a, False) for a in items]
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title="ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานจ้างเหมาบริการ (เฉพาะเจ้าหน้าที่)",
                paras=["เฉพาะเจ้าหน้าที่ที่ได้รับสิทธิ์"],
                published=items[3].published - dt.timedelta(hours=5),
                time_printed=False,
                views=63,
            )
            fake.path = DELETED
            fake.extra.update(
                author="admin", label="", image=False, file=False, excerpt=None, more=False
            )
            posts.insert(
                4,
                f"""<article class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news" id="post-{DELETED_ID}">

	{self.entry_header(fake, False)}

	<div class="post-inner thin ">

		<div class="entry-content">

			<p>ขออภัย คุณไม่มีสิทธิ์เข้าถึงเนื้อหานี้ กรุณาเข้าสู่ระบบ</p>

		</div><!-- .entry-content -->

	</div><!-- .post-inner -->

</article><!-- .post -->""",
            )
        sep = '\n<hr class="post-separator styled-separator is-style-wide section-inner" aria-hidden="true" />\n'
        links = []
        if k > 0:
            prev = self.page_url(k - 1)
            links.append(
                f'<a class="prev page-numbers" href="{prev}"><span aria-hidden="true">&larr;</span> <span class="nav-prev-text">ใหม่กว่า <span class="nav-short">เรื่อง</span></span></a>'
            )
        for i in range(n):
            if i == k:
                links.append(
                    f'<span aria-current="page" class="page-numbers current">{i + 1}</span>'
                )
            else:
                links.append(f'<a class="page-numbers" href="{self.page_url(i)}">{i + 1}</a>')
        if k < n - 1:
            links.append(
                f'<a class="next page-numbers" href="{self.page_url(k + 1)}"><span class="nav-next-text">เก่ากว่า <span class="nav-short">เรื่อง</span></span> <span aria-hidden="true">&rarr;</span></a>'
            )
        content = f"""
	<header class="archive-header has-text-align-center header-footer-group">

		<div class="archive-header-inner section-inner medium">

				<h1 class="archive-title"><span class="color-accent">หมวดหมู่:</span> <span>{CAT}</span></h1>

		</div><!-- .archive-header-inner -->

	</header><!-- .archive-header -->

	{sep.join(posts)}

	<div class="pagination-wrapper section-inner">

	<hr class="styled-separator pagination-separator is-style-wide" aria-hidden="true" />

	<nav class="navigation pagination" aria-label="เรื่อง">
		<h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2>
		<div class="nav-links">{"".join(links)}</div>
	</nav>
	</div><!-- .pagination-wrapper -->
"""
        head = f'<link rel="alternate" type="application/rss+xml" title="{SHORT} &raquo; {CAT} ฟีดหมวดหมู่" href="/archives/category/news/feed/" />\n'
        if k < n - 1:
            head += f'<link rel="next" href="{self.page_url(k + 1)}" />\n'
        title = f"{CAT} – {SHORT}" if k == 0 else f"{CAT} – หน้า {k + 1} – {SHORT}"
        return self.shell(
            title,
            "archive category category-news category-3 custom-background wp-embed-responsive "
            "enable-search-modal has-no-pagination showing-comments show-avatars footer-top-visible cookies-not-set",
            content,
            head,
        )

    def detail(self, a):
        head = (
            f'<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/{a.id}" />\n'
            f'<link rel="canonical" href="https://nan.m-society.go.th{a.path}" />\n'
            f"<link rel='shortlink' href='https://nan.m-society.go.th/?p={a.id}' />\n"
        )
        crumbs = f"""<div class="breadcrumbs section-inner" typeof="BreadcrumbList" vocab="https://schema.org/"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="ไปที่ {SHORT}." href="/" class="home"><span property="name">หน้าหลัก</span></a><meta property="position" content="1"></span> &gt; <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="ไปที่หมวดหมู่ {CAT}" href="{CAT_URL}" class="taxonomy category"><span property="name">{CAT}</span></a><meta property="position" content="2"></span> &gt; <span property="itemListElement" typeof="ListItem"><span property="name" class="post post-post current-item">{esc(a.title)}</span><meta property="url" content="https://nan.m-society.go.th{a.path}"><meta property="position" content="3"></span></div>"""
        content = crumbs + "\n\n" + self.article_el(a, True)
        return self.shell(
            f"{a.title} – {SHORT}",
            f"post-template-default single single-post postid-{a.id} single-format-standard "
            "custom-background wp-embed-responsive singular enable-search-modal missing-post-thumbnail "
            "has-single-pagination showing-comments show-avatars footer-top-visible cookies-not-set",
            content,
            head,
        )

    def deleted(self):
        content = f"""<article class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news" id="post-{DELETED_ID}">

<header class="entry-header has-text-align-center header-footer-group">

	<div class="entry-header-inner section-inner medium">

			<h1 class="entry-title">ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานจ้างเหมาบริการ (เฉพาะเจ้าหน้าที่)</h1>

	</div><!-- .entry-header-inner -->

</header><!-- .entry-header -->

	<div class="post-inner thin ">

		<div class="entry-content">

			<p class="members-access-error">ขออภัย คุณไม่มีสิทธิ์เข้าถึงเนื้อหานี้ กรุณาเข้าสู่ระบบ</p>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form>

		</div><!-- .entry-content -->

	</div><!-- .post-inner -->

</article><!-- .post -->"""
        return self.shell(
            f"ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานจ้างเหมาบริการ (เฉพาะเจ้าหน้าที่) – {SHORT}",
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard",
            content,
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "จำนวนผู้เข้าชม:",
                f"{a.views:,}",
                "แชร์ข่าวนี้:",
                "เรื่องที่เกี่ยวข้อง:",
                *[r.title for r in self.related(a)],
                *[x.title for x in (older, newer) if x],
                wp_date(a.published),
                a.extra["author"],
                "ไม่มีความเห็น",
                "ใส่ความเห็น",
                "เพื่อแสดงความเห็น",
                "ยกเลิกการตอบ",
                "ภาพกิจกรรม",
                "หนังสือแจ้งรายละเอียดโครงการ",
                "ดาวน์โหลด",
                "ดูเรื่องทั้งหมดของผู้เขียน",
                "งานประชาสัมพันธ์ กลุ่มนโยบายและวิชาการ",
                "เรื่องล่าสุด",
                "สถิติผู้เข้าชม",
                "ผู้เยี่ยมชมทั้งหมด:",
                "ขับเคลื่อนโดย WordPress",
                "ขึ้นไปด้านบน",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน",
                "ข้ามไปยังเนื้อหา",
                "ประกาศจัดซื้อจัดจ้าง",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = TwentyTwentySite()

if __name__ == "__main__":
    main(SITE)
