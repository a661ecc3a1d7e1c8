"""WordPress provincial office (block theme in the Twenty Twenty-One / Astra mould).

Imitates a Thai provincial office running WordPress 6 with a Thai date plugin (BE years),
Yoast SEO meta, Sassy Social Share above the content ("แชร์"), Post Views Counter inside the
content, AddToAny share buttons and Jetpack related posts appended to the content by their
`the_content` filters (so they sit INSIDE div.entry-content), tag/category links in the entry
footer, previous/next post navigation, a comments area with one approved comment and a
"log in to comment" prompt, and a "recent posts" sidebar widget.

Listing: /category/news/ then /category/news/page/N/ (WordPress paging).  Posts: /archives/<id>.
A deleted post (/archives/1500) is still linked from page 2 and answers 200 with the theme's
"nothing found" template.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    fmt_full,
    main,
    make_articles,
    paginate,
)

SITE_NAME = "สำนักงานพาณิชย์จังหวัดน่าน"
OFFICE = "กลุ่มงานประชาสัมพันธ์ สำนักงานพาณิชย์จังหวัดน่าน"
PER_PAGE = 8
DELETED_ID = 1500
COMMENT = "ขอบคุณสำหรับข้อมูลดี ๆ ครับ ติดตามข่าวสารจากสำนักงานเสมอ"
FURNITURE = [
    "แชร์",
    "จำนวนผู้เข้าชม",
    "เรื่องที่เกี่ยวข้อง",
    "เข้าสู่ระบบ",
    "ป้ายกำกับ",
    "แสดงความเห็น",
    COMMENT,
    "Spread the love",
    "เรื่องล่าสุด",
    "เรื่องก่อนหน้า",
    "เรื่องถัดไป",
    "โพสต์เมื่อ",
    "หมวดหมู่",
]


def tag_slug(t: str) -> str:
    return quote(t.lower().replace(" ", "-"), safe="-").lower()


class WordPressProvince(BaseSite):
    key = "wp_province"
    family = "wordpress"
    imitates = "WordPress 6 provincial office (Twenty Twenty-One-like theme, Yoast, Sassy Social Share, AddToAny, Post Views Counter, Jetpack related posts)"
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2023, 8, 30, 16, 0, tzinfo=TZ), offset=3
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 1480 + n * 3
        for n, a in enumerate(arts):
            a.path = f"/archives/{a.id}"
            a.time_printed = True  # the datetime attribute always carries the time
            a.extra["show_time"] = n % 3 != 0  # the visible text only sometimes does
            a.source = OFFICE if n % 5 in (1, 3) else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(10, "deleted")
        self.pages = paginate(entries, PER_PAGE)

    # ------------------------------------------------------------ urls
    def page_url(self, n: int) -> str:
        return self.listing_path if n == 1 else f"{self.listing_path}page/{n}/"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    # ------------------------------------------------------------ pieces
    def head(self, title, extra=""):
        return f"""<!doctype html>
<html lang="th" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow, max-image-preview:large">
<meta property="og:locale" content="th_TH">
<meta property="og:site_name" content="{esc(SITE_NAME)}">
{extra}
<link rel="stylesheet" id="twenty-twenty-one-style-css" href="/wp-content/themes/twentytwentyone/style.css?ver=1.8" media="all">
<link rel="stylesheet" id="heateor_sss_frontend_css-css" href="/wp-content/plugins/sassy-social-share/public/css/sassy-social-share-public.css?ver=3.3.56" media="all">
<link rel="stylesheet" id="addtoany-css" href="/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16" media="all">
<link rel="stylesheet" id="jetpack_related-posts-css" href="/wp-content/plugins/jetpack/modules/related-posts/related-posts.css?ver=20211209" media="all">
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.0" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.3.1">
</head>"""

    def masthead(self):
        return f"""<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu">
 <div class="site-branding">
  <p class="site-title"><a href="/">{esc(SITE_NAME)}</a></p>
  <p class="site-description">ส่งเสริมการค้า คุ้มครองผู้บริโภค</p>
 </div>
 <nav id="site-navigation" class="primary-navigation" aria-label="เมนูหลัก">
  <div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper">
   <li id="menu-item-10" class="menu-item"><a href="/">หน้าแรก</a></li>
   <li id="menu-item-11" class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li>
   <li id="menu-item-12" class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li>
   <li id="menu-item-13" class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
  </ul></div>
 </nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">"""

    def sidebar_footer(self):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""</main></div><!-- #primary -->
<aside class="widget-area">
 <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label for="search-form-1">ค้นหา…</label><input type="search" id="search-form-1" class="search-field" value="" name="s"><input type="submit" class="search-submit" value="ค้นหา"></form></section>
 <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด"><ul>{recent}</ul></nav></section>
 <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul><li><a href="/2023/08/">สิงหาคม 2566</a></li><li><a href="/2023/07/">กรกฎาคม 2566</a></li></ul></section>
</aside>
</div><!-- #content -->
<footer id="colophon" class="site-footer">
 <div class="site-info"><div class="site-name">{esc(SITE_NAME)}</div>
 <div class="powered-by">ภูมิใจนำเสนอโดย <a href="https://wordpress.org/">WordPress</a></div></div>
</footer></div><!-- #page -->
<script src="/wp-content/plugins/sassy-social-share/public/js/sassy-social-share-public.js?ver=3.3.56" id="heateor_sss_sharing_js-js"></script>
<script id="wp-embed-js">/* embeds */</script>
</body></html>"""

    def visible_date(self, a: Article):
        txt = fmt_full(a.published)
        if a.extra["show_time"]:
            txt += f" เวลา {a.published:%H:%M} น."
        return txt

    def sassy(self, a, url):
        return f"""<div class="heateor_sss_sharing_container heateor_sss_horizontal_sharing" data-heateor-sss-href="{url}"><div class="heateor_sss_sharing_title" style="font-weight:bold">แชร์</div><div class="heateor_sss_sharing_ul"><a aria-label="Facebook" class="heateor_sss_facebook" href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" title="Facebook" rel="nofollow noopener" target="_blank" style="font-size:32px!important;box-shadow:none;display:inline-block;vertical-align:middle"><span class="heateor_sss_svg" style="background-color:#0765FE;width:35px;height:35px;border-radius:999px;display:inline-block;opacity:1;float:left;font-size:32px;box-shadow:none;display:inline-block;font-size:16px;padding:0 4px;vertical-align:middle;background-repeat:repeat;overflow:hidden;padding:0;cursor:pointer;box-sizing:content-box"><svg style="display:block;border-radius:999px;" focusable="false" aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="100%" height="100%" viewBox="0 0 32 32"><path fill="#fff" d="M28 16c0-6.627-5.373-12-12-12S4 9.373 4 16c0 5.628 3.875 10.350 9.101 11.647v-7.980h-2.474V16H13.1v-1.58c0-4.085 1.849-5.978 5.859-5.978.76 0 2.072.15 2.608.298v3.325c-.283-.030-.775-.045-1.386-.045-1.967 0-2.728.745-2.728 2.683V16h3.92l-.673 3.667h-3.247v8.245C23.395 27.195 28 22.135 28 16Z"></path></svg></span></a><a aria-label="Twitter" class="heateor_sss_button_twitter" href="https://twitter.com/intent/tweet?text={quote(a.title)}&amp;url={quote(url)}" title="Twitter" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_twitter"></span></a><a aria-label="Line" class="heateor_sss_button_line" href="https://social-plugins.line.me/lineit/share?url={quote(url)}" title="Line" rel="nofollow noopener" target="_blank"><span class="heateor_sss_svg heateor_sss_s__default heateor_sss_s_line"></span></a><a class="heateor_sss_more" title="More" rel="nofollow noopener" style="font-size: 32px!important;border:0;box-shadow:none;display:inline-block!important;font-size:16px;padding:0 4px;vertical-align: middle;display:inline;" href="{url}" onclick="event.preventDefault()"><span class="heateor_sss_svg" style="background-color:#ee8e2d;"></span></a></div><div class="heateorSssClear"></div></div>"""

    def post_views(self, a):
        return (
            f'<div class="post-views content-post post-{a.id} entry-meta load-static">'
            f'<span class="post-views-icon dashicons dashicons-chart-bar"></span> '
            f'<span class="post-views-label">จำนวนผู้เข้าชม:</span> '
            f'<span class="post-views-count">{a.views:,}</span></div>'
        )

    def addtoany(self, a, url):
        return f"""<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">แชร์ไปยัง:</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={quote(url)}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={quote(url)}" title="Line" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_email" href="https://www.addtoany.com/add_to/email?linkurl={quote(url)}" title="Email" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share">แชร์</a></div></div>"""

    def related(self, a):
        rel = self.related_for(a)
        items = "".join(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{i} jp-relatedposts-post-thumbs" data-post-id="{r.id}" data-post-format="false">'
            f'<a class="jp-relatedposts-post-a" href="{r.path}?relatedposts_hit=1&amp;relatedposts_origin={a.id}&amp;relatedposts_position={i}" title="{esc(r.title)}" rel="nofollow" data-origin="{a.id}" data-position="{i}">'
            f'<img class="jp-relatedposts-post-img" loading="lazy" src="/wp-content/uploads/2023/08/r{r.id}-350x200.jpg" width="350" alt="{esc(r.title)}"></a>'
            f'<h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{r.path}" title="{esc(r.title)}" rel="nofollow">{esc(r.title)}</a></h4>'
            f'<p class="jp-relatedposts-post-excerpt">{esc(r.paras[0][:90])}…</p>'
            f'<p class="jp-relatedposts-post-date" style="display: block;">{fmt_full(r.published)}</p>'
            f'<p class="jp-relatedposts-post-context">ใน &quot;ข่าวประชาสัมพันธ์&quot;</p></div>'
            for i, r in enumerate(rel)
        )
        return (
            f'<div id="jp-relatedposts" class="jp-relatedposts" style="display: block;">'
            f'<h3 class="jp-relatedposts-headline"><em>เรื่องที่เกี่ยวข้อง</em></h3>'
            f'<div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{items}</div></div>'
        )

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 7)]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    # ------------------------------------------------------------ pages
    def article_page(self, a: Article, base: str):
        url = base + a.path
        cls_tags = " ".join(f"tag-{tag_slug(t)}" for t in a.tags)
        meta = [
            f'<link rel="canonical" href="{url}">',
            '<meta property="og:type" content="article">',
            f'<meta property="og:title" content="{esc(a.title)} - {esc(SITE_NAME)}">',
            f'<meta property="og:url" content="{url}">',
            f'<meta property="article:published_time" content="{a.published.isoformat()}">',
        ]
        if a.modified:
            meta.append(
                f'<meta property="article:modified_time" content="{a.modified.isoformat()}">'
            )
        time_html = (
            f'<time class="entry-date published{"" if a.modified else " updated"}" '
            f'datetime="{a.published.isoformat()}">{self.visible_date(a)}</time>'
        )
        if a.modified:
            time_html += f'<time class="updated" datetime="{a.modified.isoformat()}">{fmt_full(a.modified)}</time>'
        paras = []
        for n, p in enumerate(a.paras):
            paras.append(f"<p>{esc(p)}</p>")
            if n == 0:
                paras.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2023/08/news-{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"></figure>'
                )
        if a.source:
            paras.append(f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>")
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links">ป้ายกำกับ: '
                + ", ".join(f'<a href="/tag/{tag_slug(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        older, newer = self.neighbours(a)
        nav = '<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><p class="meta-nav">เรื่องก่อนหน้า</p><p class="post-title">{esc(older.title)}</p></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><p class="meta-nav">เรื่องถัดไป</p><p class="post-title">{esc(newer.title)}</p></a></div>'
        nav += "</div></nav>"
        comments = f"""<div id="comments" class="comments-area default-max-width show-avatars">
<h2 class="comments-title">1 ความเห็นบน &ldquo;{esc(a.title)}&rdquo;</h2>
<ol class="comment-list"><li id="comment-{a.id * 7}" class="comment even thread-even depth-1"><article id="div-comment-{a.id * 7}" class="comment-body"><footer class="comment-meta"><div class="comment-author vcard"><b class="fn">ชาวน่าน</b> <span class="says">พูดว่า:</span></div><div class="comment-metadata"><a href="{a.path}#comment-{a.id * 7}"><time datetime="{(a.published + dt.timedelta(days=1)).isoformat()}">{fmt_full(a.published + dt.timedelta(days=1))}</time></a></div></footer><div class="comment-content"><p>{COMMENT}</p></div></article></li></ol>
<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h2><p class="must-log-in">คุณต้อง <a href="/wp-login.php?redirect_to={quote(url)}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p></div>
</div>"""
        body = f"""<body class="post-template-default single single-post postid-{a.id} single-format-standard wp-embed-responsive is-light-theme has-main-navigation">
{self.masthead()}
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news {cls_tags} entry">
 <header class="entry-header alignwide">
  <h1 class="entry-title">{esc(a.title)}</h1>
  <figure class="post-thumbnail"><img width="1568" height="882" src="/wp-content/uploads/2023/08/news-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async"></figure>
  <div class="entry-meta"><span class="posted-on">โพสต์เมื่อ <a href="{a.path}" rel="bookmark">{time_html}</a></span><span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="/author/admin_nan/">admin_nan</a></span></span></div>
 </header>
 <div class="entry-content">
{self.sassy(a, url)}
{self.post_views(a)}
{"".join(paras)}
{self.addtoany(a, url)}
{self.related(a)}
 </div><!-- .entry-content -->
 <footer class="entry-footer default-max-width"><div class="posted-by"><span class="byline">โดย <a href="/author/admin_nan/">admin_nan</a></span></div><div class="post-taxonomies"><span class="cat-links">หมวดหมู่: <a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{tags}</div></footer>
</article>
{nav}
{comments}
{self.sidebar_footer()}"""
        return (
            self.head(f"{a.title} &#8211; {SITE_NAME}".replace("&#8211;", "–"), "\n".join(meta))
            + body
        )

    def deleted_page(self):
        return (
            self.head(f"ไม่พบหน้า – {SITE_NAME}")
            + f"""<body class="error404 wp-embed-responsive is-light-theme">
{self.masthead()}
<section class="no-results not-found"><header class="page-header alignwide"><h1 class="page-title">ไม่พบข้อมูล</h1></header>
<div class="page-content default-max-width"><p>ดูเหมือนว่าจะไม่พบสิ่งที่คุณต้องการ ลองใช้การค้นหาดูไหม?</p>
<form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s"><input type="submit" class="search-submit" value="ค้นหา"></form></div></section>
{self.sidebar_footer()}"""
        )

    def listing_page(self, n: int):
        entries = self.pages[n - 1]
        out = []
        for e in entries:
            if e == "deleted":
                out.append(f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header default-max-width"><h2 class="entry-title default-max-width"><a href="/archives/{DELETED_ID}">ประกาศรับสมัครผู้ประกอบการร่วมงานแสดงสินค้า (ยกเลิก)</a></h2></header>
<div class="entry-content"><p>ประกาศรับสมัครผู้ประกอบการ […]</p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">โพสต์เมื่อ <time class="entry-date published updated" datetime="2023-07-01T09:00:00+07:00">1 กรกฎาคม 2566</time></span></footer></article>""")
                continue
            a = e
            out.append(f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news entry">
<header class="entry-header default-max-width"><h2 class="entry-title default-max-width"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
<figure class="post-thumbnail"><a class="post-thumbnail-inner alignwide" href="{a.path}" aria-hidden="true" tabindex="-1"><img width="1568" height="882" src="/wp-content/uploads/2023/08/news-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt=""></a></figure></header>
<div class="entry-content"><p>{esc(a.paras[0][:180])} […]</p><a class="more-link" href="{a.path}">อ่านต่อ<span class="screen-reader-text">{esc(a.title)}</span></a></div>
<footer class="entry-footer default-max-width"><span class="posted-on">โพสต์เมื่อ <time class="entry-date published updated" datetime="{a.published.isoformat()}">{fmt_full(a.published)}</time></span><div class="post-taxonomies"><span class="cat-links">หมวดหมู่: <a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div></footer></article>""")
        total = len(self.pages)
        pag = [
            '<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">'
        ]
        if n > 1:
            pag.append(f'<a class="prev page-numbers" href="{self.page_url(n - 1)}">ก่อนหน้า</a>')
        for k in range(1, total + 1):
            if k == n:
                pag.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                pag.append(f'<a class="page-numbers" href="{self.page_url(k)}">{k}</a>')
        if n < total:
            pag.append(f'<a class="next page-numbers" href="{self.page_url(n + 1)}">ถัดไป</a>')
        pag.append("</div></nav>")
        title = f"ข่าวประชาสัมพันธ์ – {SITE_NAME}" + (f" – หน้า {n}" if n > 1 else "")
        return (
            self.head(title)
            + f"""<body class="archive category category-news category-2 wp-embed-responsive is-light-theme hfeed">
{self.masthead()}
<header class="page-header alignwide"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(out)}
{"".join(pag)}
{self.sidebar_footer()}"""
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/category/news", "/category/news/"):
            return self.html_response(self.listing_page(1))
        if path.startswith("/category/news/page/"):
            try:
                n = int(path.rstrip("/").rsplit("/", 1)[1])
            except ValueError:
                return None
            if 1 <= n <= len(self.pages):
                return self.html_response(self.listing_page(n))
            return None
        if path.startswith("/archives/"):
            try:
                pid = int(path.rstrip("/").rsplit("/", 1)[1])
            except ValueError:
                return None
            if pid == DELETED_ID:
                return self.html_response(self.deleted_page())
            a = self.by_id.get(pid)
            if a:
                return self.html_response(self.article_page(a, base))
        return None

    def expected(self):
        recs = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = FURNITURE + [r.title for r in self.related_for(a)]
            must_not += [x.title for x in (older, newer) if x]
            recs.append(expected_record(a, must_not=must_not))
        return recs


SITE = WordPressProvince()

if __name__ == "__main__":
    main(SITE)
