"""Blind-24 red-team site: **WordPress 6.4 with the stock Twenty Seventeen theme** (a small child
theme adds WP-PostViews' counter to the meta line), a provincial agriculture office
(สำนักงานเกษตรจังหวัดพิจิตร), built blind.

What it imitates:
- **day-and-name permalinks** `/%year%/%monthnum%/%day%/%postname%/` with the **Thai slug
  percent-encoded and cut at 200 encoded bytes** (WordPress's `utf8_uri_encode` limit), the
  category archive `/category/news/` and `/category/news/page/N/`;
- Twenty Seventeen's shell: `header#masthead` with the custom header image, `p.site-title`
  (an `h1` only on the front page), `p.site-description`, `nav#site-navigation` with the menu
  toggle and the "เลื่อนลง" scroll-down link, `div.site-content-contain`, `aside#secondary`
  (search, "เรื่องล่าสุด", WP-PostViews' "ข่าวยอดนิยม" with "(N ครั้ง)", "คลังเก็บ"), the
  footer widget area with the office address and `div.site-info` "ภูมิใจนำเสนอโดย WordPress";
- the single post: **the meta line above the headline** (`header.entry-header > div.entry-meta`
  then `h1.entry-title`): `span.posted-on` "เผยแพร่เมื่อ" + a link wrapping
  `time.entry-date.published` and, **only for edited posts**, `time.updated` (Twenty
  Seventeen's `twentyseventeen_time_link`: one `time.entry-date.published.updated` otherwise);
  the visible date is `j F Y` in Thai with the **Buddhist year** (a Thai-date plugin filter)
  while `datetime` holds the ISO moment with the time; `span.byline` "โดย <login>";
  the child's WP-PostViews span "อ่าน 1,234 ครั้ง";
- `div.entry-content`: the text, an `alignnone` captioned figure (some), a PDF link "ดาวน์โหลด"
  (some), the editor's "ที่มา : …" / "ข่าว/ภาพ : …" last line (most), then Contextual Related
  Posts' `div.crp_related` "ข่าวที่เกี่ยวข้อง:" and Jetpack's sharedaddy "แชร์:" bar, both
  through `the_content` and so inside `entry-content`; `footer.entry-footer` with the category and
  tags links (svg icons, screen-reader "หมวดหมู่" / "ป้ายกำกับ"); the comment form's
  "คุณต้อง เข้าสู่ระบบ เพื่อจะแสดงความเห็น"; `the_post_navigation` with both **neighbour titles**
  ("ก่อนหน้า" / "ถัดไป" subtitles);
- the archive prints **the full content** (Twenty Seventeen's `content.php` calls
  `the_content`), cut at `<!--more-->` ("อ่านต่อ") on most posts; `the_posts_pagination` with
  "หน้าก่อนหน้า" / "หน้าถัดไป" and the screen-reader "หน้า " before each number;
- generator meta, feeds, `wp-json` / `xmlrpc.php` / `wlwmanifest` links, no SEO plugin;
- the deleted item: a **password-protected** post still listed on page 2: 200, the headline
  prefixed "มีการป้องกันด้วยรหัสผ่าน:" and only the password form.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import MONTHS, esc, main
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการผลิต สนง.เกษตรจังหวัดพิจิตร",
    "สำนักงานประชาสัมพันธ์จังหวัดพิจิตร",
    None,
    "สำนักงานเกษตรอำเภอตะพานหิน",
    "ฝ่ายบริหารทั่วไป สนง.เกษตรจังหวัดพิจิตร",
    None,
]
CAT = "ข่าวประชาสัมพันธ์"
CAT_URL = "/category/news/"
AUTHORS = ["doae_pichit", "admin", "kaset_pr"]
DELETED_TITLE = "รายงานผลการดำเนินงานโครงการส่งเสริมการเกษตร ไตรมาสที่ 2 (เฉพาะเจ้าหน้าที่)"
DELETED_DATE = dt.date(2024, 3, 7)
SEARCH = '<svg class="icon icon-search" aria-hidden="true" role="img"> <use href="#icon-search" xlink:href="#icon-search"></use> </svg>'


def be_j_f_y(d) -> str:
    """'5 มีนาคม 2567': `j F Y` through a Thai-date filter that swaps in the Buddhist year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def wp_slug(title: str) -> str:
    """sanitize_title for a Thai title: punctuation dropped, blanks to hyphens, the encoded
    form cut at 200 bytes (never inside a character)."""
    s = re.sub(r"[\"'“”‘’()\[\]:;,!?.%/]", "", title)
    s = re.sub(r"\s+", "-", s.strip()).strip("-").lower()
    out, n = "", 0
    for ch in s:
        enc = quote(ch)
        if n + len(enc) > 200:
            break
        out += ch
        n += len(enc)
    return out.strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/")


def icon(name: str) -> str:
    return f'<svg class="icon icon-{name}" aria-hidden="true" role="img"> <use href="#icon-{name}" xlink:href="#icon-{name}"></use> </svg>'


class TwentySeventeenSite(B9Site):
    key = "b24_wp_twentyseventeen"
    family = "wordpress"
    imitates = (
        "WordPress 6.4 Twenty Seventeen (provincial agriculture office): /%year%/%monthnum%/%day%/"
        "%postname%/ with percent-encoded Thai slugs cut at 200 bytes; meta line (posted-on, "
        "byline, WP-PostViews 'อ่าน N ครั้ง') above h1.entry-title; time.entry-date.published "
        "(+ time.updated only when edited), visible j F Y with BE year, ISO datetime with time; "
        "CRP 'ข่าวที่เกี่ยวข้อง:' and sharedaddy 'แชร์:' inside entry-content; archive prints full "
        "content cut at more; post-navigation with titles; deleted = password-protected post"
    )
    listing_path = CAT_URL
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 27, SOURCES, dt.datetime(2024, 4, 18, 15, 0), first_id=1408, step=6
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the datetime attribute always carries the time
            d = a.published
            a.path = f"/{d:%Y/%m/%d}/{wp_slug(a.title)}/"
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["label"] = "ข่าว/ภาพ :" if i % 4 == 3 else "ที่มา :"
            a.extra["image"] = i % 4 == 1
            a.extra["pdf"] = i % 5 == 2
            a.extra["more"] = i % 3 != 0
            a.extra["edited"] = a.modified is not None
        self.deleted_path = f"/{DELETED_DATE:%Y/%m/%d}/{wp_slug(DELETED_TITLE)}/"
        self.setup_routes()

    def page_url(self, k):
        return CAT_URL if k == 0 else f"{CAT_URL}page/{k + 1}/"

    def deleted_paths(self):
        return [self.deleted_path]

    def extra_route(self, key, query):
        if key in ("/feed/", f"{CAT_URL}feed/"):
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://pichit.doae.go.th{enc(a.path)}</link>"
                f"<dc:creator><![CDATA[{a.extra['author']}]]></dc:creator>"
                f"<pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
                f"<category><![CDATA[{CAT}]]></category></item>"
                for a in self.articles[:10]
            )
            rss = (
                '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>'
                f"<title>{OFFICE}</title><link>https://pichit.doae.go.th</link>"
                "<generator>https://wordpress.org/?v=6.4.3</generator>"
                f"{items}</channel></rss>"
            )
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra=""):
        recent = "".join(
            f'<li>\n<a href="{enc(a.path)}">{esc(a.title)}</a>\n</li>\n' for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{enc(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} ครั้ง</li>\n'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="no-js no-svg">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">

<script>
(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);
</script>
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="https://pichit.doae.go.th/feed/" />
{head_extra}<link rel='stylesheet' id='wp-block-library-css' href='https://pichit.doae.go.th/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='twentyseventeen-fonts-css' href='https://pichit.doae.go.th/wp-content/themes/twentyseventeen/assets/fonts/font-libre-franklin.css?ver=20230328' media='all' />
<link rel='stylesheet' id='twentyseventeen-style-css' href='https://pichit.doae.go.th/wp-content/themes/twentyseventeen-child/style.css?ver=20231107' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='https://pichit.doae.go.th/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.4.2' media='all' />
<link rel='stylesheet' id='wp-postviews-css' href='https://pichit.doae.go.th/wp-content/plugins/wp-postviews/postviews-css.css?ver=1.68' media='all' />
<link rel='stylesheet' id='social-logos-css' href='https://pichit.doae.go.th/wp-content/plugins/jetpack/_inc/social-logos/social-logos.min.css?ver=12.9.3' media='all' />
<script src="https://pichit.doae.go.th/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="https://pichit.doae.go.th/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="https://pichit.doae.go.th/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
<style type="text/css" id="custom-theme-colors" >.colors-custom a:hover{{color:#1b6e2f}}</style>
</head>

<body class="{body_class} wp-embed-responsive group-blog has-header-image has-sidebar colors-light">
<div id="page" class="site">
\t<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

\t<header id="masthead" class="site-header">

\t\t<div class="custom-header">

\t\t<div class="custom-header-media">
\t\t\t<div id="wp-custom-header" class="wp-custom-header"><img src="https://pichit.doae.go.th/wp-content/uploads/2023/01/header-pichit.jpg" width="2000" height="1200" alt="" /></div>\t\t</div>

\t<div class="site-branding">
\t<div class="wrap">

\t\t<a href="https://pichit.doae.go.th/" class="custom-logo-link" rel="home"><img width="250" height="250" src="https://pichit.doae.go.th/wp-content/uploads/2023/01/logo-doae.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a>
\t\t<div class="site-branding-text">
\t\t\t\t\t\t\t<p class="site-title"><a href="https://pichit.doae.go.th/" rel="home">{OFFICE}</a></p>

\t\t\t\t\t\t\t\t<p class="site-description">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p>
\t\t\t\t\t</div><!-- .site-branding-text -->

\t\t\t\t<a href="#content" class="menu-scroll-down">{icon("arrow-right")}<span class="screen-reader-text">เลื่อนลงไปที่เนื้อหา</span></a>

\t</div><!-- .wrap -->
</div><!-- .site-branding -->

</div><!-- .custom-header -->

\t\t\t<div class="navigation-top">
\t\t\t\t<div class="wrap">
\t\t\t\t\t<nav id="site-navigation" class="main-navigation" aria-label="เมนูด้านบน">
\t<button class="menu-toggle" aria-controls="top-menu" aria-expanded="false">
\t\t{icon("bars")}{icon("close")}เมนู\t</button>

\t<div class="menu-main-container"><ul id="top-menu" class="menu"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-home menu-item-12"><a href="https://pichit.doae.go.th/">หน้าหลัก</a></li>
<li id="menu-item-13" class="menu-item menu-item-type-post_type menu-item-13"><a href="https://pichit.doae.go.th/about/">เกี่ยวกับหน่วยงาน</a></li>
<li id="menu-item-14" class="menu-item menu-item-type-taxonomy menu-item-object-category current-menu-item menu-item-14"><a href="{CAT_URL}">{CAT}</a></li>
<li id="menu-item-15" class="menu-item menu-item-type-taxonomy menu-item-object-category menu-item-15"><a href="https://pichit.doae.go.th/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li id="menu-item-16" class="menu-item menu-item-type-post_type menu-item-16"><a href="https://pichit.doae.go.th/ita/">การเปิดเผยข้อมูลสาธารณะ (ITA)</a></li>
<li id="menu-item-17" class="menu-item menu-item-type-post_type menu-item-17"><a href="https://pichit.doae.go.th/contact/">ติดต่อเรา</a></li>
</ul></div>
</nav><!-- #site-navigation -->
\t\t\t\t</div><!-- .wrap -->
\t\t\t</div><!-- .navigation-top -->

\t</header><!-- #masthead -->

\t<div class="site-content-contain">
\t\t<div id="content" class="site-content">
<div class="wrap">
{content}
<aside id="secondary" class="widget-area" aria-label="แถบข้าง">
\t<section id="search-2" class="widget widget_search">

<form role="search" method="get" class="search-form" action="https://pichit.doae.go.th/">
\t<label for="search-form-1">
\t\t<span class="screen-reader-text">ค้นหาสำหรับ:</span>
\t</label>
\t<input type="search" id="search-form-1" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" />
\t<button type="submit" class="search-submit">{SEARCH}<span class="screen-reader-text">ค้นหา</span></button>
</form>
</section>
\t\t<section id="recent-posts-2" class="widget widget_recent_entries">
\t\t<h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด">
\t\t<ul>
{recent}</ul>
\t\t</nav></section><section id="views-2" class="widget widget_views"><h2 class="widget-title">ข่าวยอดนิยม</h2><ul>
{popular}</ul>
</section><section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><nav aria-label="คลังเก็บ">
\t\t\t<ul>
\t\t\t\t\t<li><a href='https://pichit.doae.go.th/2024/04/'>เมษายน 2024</a></li>
\t<li><a href='https://pichit.doae.go.th/2024/03/'>มีนาคม 2024</a></li>
\t<li><a href='https://pichit.doae.go.th/2024/02/'>กุมภาพันธ์ 2024</a></li>
\t<li><a href='https://pichit.doae.go.th/2024/01/'>มกราคม 2024</a></li>
\t\t\t</ul>

\t\t\t</nav></section></aside><!-- #secondary -->
</div><!-- .wrap -->


\t\t</div><!-- #content -->

\t\t<footer id="colophon" class="site-footer">
\t\t\t<div class="wrap">


\t<aside class="widget-area" aria-label="ส่วนท้าย">
\t\t\t\t\t<div class="widget-column footer-widget-1">
\t\t\t\t<section id="text-3" class="widget widget_text"><h2 class="widget-title">ติดต่อหน่วยงาน</h2>\t\t\t<div class="textwidget"><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนคลองคะเชนทร์ อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br />
โทรศัพท์ 0 5661 1016 โทรสาร 0 5661 2455</p>
</div>
\t\t</section>\t\t\t</div>
\t\t\t\t\t<div class="widget-column footer-widget-2">
\t\t\t\t<section id="text-4" class="widget widget_text"><h2 class="widget-title">สถิติผู้เข้าชมเว็บไซต์</h2>\t\t\t<div class="textwidget"><p>ผู้เข้าชมวันนี้ : 137<br />ผู้เข้าชมทั้งหมด : 412,608</p>
</div>
\t\t</section>\t\t\t</div>
\t\t\t</aside><!-- .widget-area -->

<div class="site-info">
\t\t<a href="https://th.wordpress.org/" class="imprint">
\t\tภูมิใจนำเสนอโดย WordPress\t</a>
</div><!-- .site-info -->
\t\t\t</div><!-- .wrap -->
\t\t</footer><!-- #colophon -->
\t</div><!-- .site-content-contain -->
</div><!-- #page -->
<script id="twentyseventeen-skip-link-focus-fix-js-extra">
var twentyseventeenScreenReaderText = {{"quote":"<svg class=\\"icon icon-quote-right\\" aria-hidden=\\"true\\" role=\\"img\\"> <use href=\\"#icon-quote-right\\" xlink:href=\\"#icon-quote-right\\"><\\/use> <\\/svg>","expand":"ขยายเมนูย่อย","collapse":"ยุบเมนูย่อย","icon":"<svg class=\\"icon icon-angle-down\\" aria-hidden=\\"true\\" role=\\"img\\"> <use href=\\"#icon-angle-down\\" xlink:href=\\"#icon-angle-down\\"><\\/use> <span class=\\"svg-fallback icon-angle-down\\"><\\/span><\\/svg>"}};
</script>
<script src="https://pichit.doae.go.th/wp-content/themes/twentyseventeen/assets/js/skip-link-focus-fix.js?ver=20161114" id="twentyseventeen-skip-link-focus-fix-js"></script>
<script src="https://pichit.doae.go.th/wp-content/themes/twentyseventeen/assets/js/global.js?ver=20211130" id="twentyseventeen-global-js"></script>
<script src="https://pichit.doae.go.th/wp-content/plugins/wp-postviews/postviews-cache.js?ver=1.68" id="wp-postviews-cache-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def time_link(self, a):
        pub = a.published
        if a.extra["edited"]:
            times = (
                f'<time class="entry-date published" datetime="{pub.isoformat()}">{be_j_f_y(pub)}</time>'
                f'<time class="updated" datetime="{a.modified.isoformat()}">{be_j_f_y(a.modified)}</time>'
            )
        else:
            times = f'<time class="entry-date published updated" datetime="{pub.isoformat()}">{be_j_f_y(pub)}</time>'
        return f'<span class="screen-reader-text">เผยแพร่เมื่อ</span> <a href="{enc(a.path)}" rel="bookmark">{times}</a>'

    def meta(self, a):
        author = a.extra["author"]
        return (
            f'<div class="entry-meta"><span class="posted-on">{self.time_link(a)}</span>'
            f'<span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="https://pichit.doae.go.th/author/{author}/">{author}</a></span></span>'
            f'<span class="post-views"> | อ่าน {a.views:,} ครั้ง</span></div><!-- .entry-meta -->'
        )

    def text(self, a, archive=False):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if archive and a.extra["more"]:
            return (
                paras[0]
                + f'\n<p> <a href="{enc(a.path)}#more-{a.id}" class="more-link">อ่านต่อ<span class="screen-reader-text"> "{esc(a.title)}"</span></a></p>'
            )
        if a.extra["more"]:
            paras.insert(1, f'<p><span id="more-{a.id}"></span></p>')
        if a.extra["image"]:
            d = a.published
            paras.insert(
                2,
                f'<figure id="attachment_{a.id + 1}" aria-describedby="caption-attachment-{a.id + 1}" style="width: 640px" class="wp-caption alignnone">'
                f'<img decoding="async" class="size-large wp-image-{a.id + 1}" src="https://pichit.doae.go.th/wp-content/uploads/{d:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" width="640" height="427" />'
                f'<figcaption id="caption-attachment-{a.id + 1}" class="wp-caption-text">ภาพกิจกรรม ({be_j_f_y(d)})</figcaption></figure>',
            )
        if a.extra["pdf"]:
            paras.append(
                f'<p><a href="https://pichit.doae.go.th/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf">ดาวน์โหลดเอกสารประกอบ (PDF)</a></p>'
            )
        if a.source:
            paras.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        return "\n".join(paras)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 3, i + 4) if 0 <= j < len(self.articles)]

    def crp(self, a):
        lis = "".join(
            f'<li><a href="https://pichit.doae.go.th{enc(r.path)}" class="crp_link post-{r.id}"><figure><img loading="lazy" width="150" height="150" src="https://pichit.doae.go.th/wp-content/plugins/contextual-related-posts/default.png" class="crp_thumb crp_default_thumb" alt="{esc(r.title)}" title="{esc(r.title)}" /></figure><span class="crp_title">{esc(r.title)}</span></a></li>'
            for r in self.related(a)
        )
        return f'<div class="crp_related crp-rounded-thumbs"><h3>ข่าวที่เกี่ยวข้อง:</h3><ul>{lis}</ul><div class="crp_clear"></div></div>'

    def share(self, a):
        u = quote("https://pichit.doae.go.th" + enc(a.path), safe="")
        return f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="https://pichit.doae.go.th{enc(a.path)}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook" ><span>Facebook</span></a></li><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" class="share-jetpack-whatsapp sd-button share-icon" href="https://api.whatsapp.com/send?text={u}" target="_blank" title="คลิกเพื่อแชร์บน WhatsApp" ><span>WhatsApp</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="https://pichit.doae.go.th{enc(a.path)}#print" target="_blank" title="คลิกเพื่อพิมพ์" ><span>พิมพ์</span></a></li><li class="share-end"></li></ul></div></div></div>"""

    def tags_footer(self, a):
        tags = ""
        if a.tags:
            links = ", ".join(
                f'<a href="https://pichit.doae.go.th/tag/{quote(t)}/" rel="tag">{esc(t)}</a>'
                for t in a.tags
            )
            tags = f'<span class="tags-links">{icon("hashtag")}<span class="screen-reader-text">ป้ายกำกับ</span>{links}</span>'
        return (
            f'<footer class="entry-footer"><span class="cat-tags-links"><span class="cat-links">{icon("folder-open")}'
            f'<span class="screen-reader-text">หมวดหมู่</span><a href="{CAT_URL}" rel="category tag">{CAT}</a></span>{tags}</span></footer> <!-- .entry-footer -->'
        )

    def post_classes(self, a):
        tags = " ".join(f"tag-{quote(t).lower()}" for t in a.tags)
        return f"post-{a.id} post type-post status-publish format-standard hentry category-news {tags}".strip()

    # ------------------------------------------------------------------ pages

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            if k == 1 and j == 3:
                items.append(
                    f"""<article id="post-1391" class="post-1391 post type-post status-publish format-standard post-password-required hentry category-news">
\t\t<header class="entry-header">
\t\t<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">เผยแพร่เมื่อ</span> <a href="{enc(self.deleted_path)}" rel="bookmark"><time class="entry-date published updated" datetime="{DELETED_DATE.isoformat()}T10:12:00+07:00">{be_j_f_y(DELETED_DATE)}</time></a></span></div><!-- .entry-meta --><h2 class="entry-title"><a href="{enc(self.deleted_path)}" rel="bookmark">มีการป้องกันด้วยรหัสผ่าน: {esc(DELETED_TITLE)}</a></h2>\t</header><!-- .entry-header -->
\t<div class="entry-content">
\t\t<form action="https://pichit.doae.go.th/wp-login.php?action=postpass" class="post-password-form" method="post">
\t<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดู:</p>
\t<p><label for="pwbox-1391">รหัสผ่าน: <input name="post_password" id="pwbox-1391" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
\t</div><!-- .entry-content -->
</article><!-- #post-1391 -->
"""
                )
            body = self.text(a, archive=True)
            if not a.extra["more"]:
                body += "\n" + self.crp(a) + self.share(a)
            items.append(
                f"""<article id="post-{a.id}" class="{self.post_classes(a)}">
\t\t<header class="entry-header">
\t\t{self.meta(a)}<h2 class="entry-title"><a href="{enc(a.path)}" rel="bookmark">{esc(a.title)}</a></h2>\t</header><!-- .entry-header -->

\t<div class="entry-content">
\t\t{body}
\t</div><!-- .entry-content -->

</article><!-- #post-{a.id} -->
"""
            )
        n = len(self.pages)
        links = []
        if k > 0:
            links.append(
                f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">{icon("arrow-left")}<span class="screen-reader-text">หน้าก่อนหน้า</span></a>'
            )
        for i in range(n):
            if i == k:
                links.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">หน้า </span>{i + 1}</span>'
                )
            else:
                links.append(
                    f'<a class="page-numbers" href="{self.page_url(i)}"><span class="meta-nav screen-reader-text">หน้า </span>{i + 1}</a>'
                )
        if k < n - 1:
            links.append(
                f'<a class="next page-numbers" href="{self.page_url(k + 1)}"><span class="screen-reader-text">หน้าถัดไป</span>{icon("arrow-right")}</a>'
            )
        content = f"""\t\t\t<header class="page-header">
\t\t\t<h1 class="page-title">หมวดหมู่: <span>{CAT}</span></h1>\t\t</header><!-- .page-header -->

<div id="primary" class="content-area">
\t\t<main id="main" class="site-main">

{"".join(items)}
\t<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง">
\t\t<h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2>
\t\t<div class="nav-links">{"".join(links)}</div>
\t</nav>
\t\t</main><!-- #main -->
\t</div><!-- #primary -->
"""
        title = f"{CAT} – {OFFICE}" if k == 0 else f"{CAT} – หน้า {k + 1} – {OFFICE}"
        feed = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; {CAT} ฟีดหมวดหมู่" href="https://pichit.doae.go.th/category/news/feed/" />\n'
        return self.shell(
            title,
            content,
            "archive category category-news category-3 hfeed",
            feed,
        )

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{enc(older.path)}" rel="prev"><span class="screen-reader-text">เรื่องก่อนหน้า</span><span aria-hidden="true" class="nav-subtitle">ก่อนหน้า</span> <span class="nav-title"><span class="nav-title-icon-wrapper">{icon("arrow-left")}</span>{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{enc(newer.path)}" rel="next"><span class="screen-reader-text">เรื่องถัดไป</span><span aria-hidden="true" class="nav-subtitle">ถัดไป</span> <span class="nav-title">{esc(newer.title)}<span class="nav-title-icon-wrapper">{icon("arrow-right")}</span></span></a></div>'
        content = f"""<div id="primary" class="content-area">
\t\t<main id="main" class="site-main">

<article id="post-{a.id}" class="{self.post_classes(a)}">
\t\t<header class="entry-header">
\t\t{self.meta(a)}<h1 class="entry-title">{esc(a.title)}</h1>\t\t</header><!-- .entry-header -->

\t
\t<div class="entry-content">
\t\t{self.text(a)}
{self.crp(a)}{self.share(a)}\t</div><!-- .entry-content -->

\t{self.tags_footer(a)}
</article><!-- #post-{a.id} -->

<div id="comments" class="comments-area">

\t\t<div id="respond" class="comment-respond">
\t\t<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{enc(a.path)}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง <a href="https://pichit.doae.go.th/wp-login.php?redirect_to={quote("https://pichit.doae.go.th" + enc(a.path), safe="")}">เข้าสู่ระบบ</a> เพื่อจะแสดงความเห็น</p>\t</div><!-- #respond -->
\t
</div><!-- #comments -->

\t<nav class="navigation post-navigation" aria-label="เรื่อง">
\t\t<h2 class="screen-reader-text">นำทางเรื่อง</h2>
\t\t<div class="nav-links">{nav}</div>
\t</nav>
\t\t</main><!-- #main -->
\t</div><!-- #primary -->
"""
        head = (
            f'<link rel="canonical" href="https://pichit.doae.go.th{enc(a.path)}" />\n'
            f"<link rel='shortlink' href='https://pichit.doae.go.th/?p={a.id}' />\n"
            f'<link rel="alternate" type="application/json" href="https://pichit.doae.go.th/wp-json/wp/v2/posts/{a.id}" />\n'
        )
        return self.shell(
            f"{a.title} – {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def deleted(self):
        content = f"""<div id="primary" class="content-area">
\t\t<main id="main" class="site-main">

<article id="post-1391" class="post-1391 post type-post status-publish format-standard post-password-required hentry category-news">
\t\t<header class="entry-header">
\t\t<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">เผยแพร่เมื่อ</span> <a href="{enc(self.deleted_path)}" rel="bookmark"><time class="entry-date published updated" datetime="{DELETED_DATE.isoformat()}T10:12:00+07:00">{be_j_f_y(DELETED_DATE)}</time></a></span></div><!-- .entry-meta --><h1 class="entry-title">มีการป้องกันด้วยรหัสผ่าน: {esc(DELETED_TITLE)}</h1>\t\t</header><!-- .entry-header -->
\t<div class="entry-content">
\t\t<form action="https://pichit.doae.go.th/wp-login.php?action=postpass" class="post-password-form" method="post">
\t<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดู:</p>
\t<p><label for="pwbox-1391">รหัสผ่าน: <input name="post_password" id="pwbox-1391" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
\t</div><!-- .entry-content -->
</article><!-- #post-1391 -->
\t\t</main><!-- #main -->
\t</div><!-- #primary -->
"""
        return self.shell(
            f"มีการป้องกันด้วยรหัสผ่าน: {DELETED_TITLE} – {OFFICE}",
            content,
            "post-template-default single single-post postid-1391 single-format-standard",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                "เผยแพร่เมื่อ",
                be_j_f_y(a.published),
                a.extra["author"],
                "ข่าวที่เกี่ยวข้อง:",
                *[r.title for r in self.related(a)],
                "แชร์:",
                "คลิกเพื่อแชร์บน Facebook",
                "ภาพกิจกรรม (",
                "ดาวน์โหลดเอกสารประกอบ (PDF)",
                "ป้ายกำกับ",
                "หมวดหมู่",
                "ใส่ความเห็น",
                "เพื่อจะแสดงความเห็น",
                "เรื่องก่อนหน้า",
                "เรื่องถัดไป",
                *[x.title for x in (older, newer) if x],
                "เรื่องล่าสุด",
                "ข่าวยอดนิยม",
                "คลังเก็บ",
                "ผู้เข้าชมทั้งหมด",
                "ภูมิใจนำเสนอโดย WordPress",
                "ถนนคลองคะเชนทร์",
                "ข้ามไปยังเนื้อหา",
            ]
            out.append(record(self, a, must_not, modified=a.extra["edited"]))
        return out


SITE = TwentySeventeenSite()

if __name__ == "__main__":
    main(SITE)
