"""Blind-5 red-team site: WordPress 6 + an OceanWP-like theme (Flatsome-ish product grid
look), built blind.

What it imitates:
- permalinks `/2018/10/03/pr-123/`, listing `/category/news/`, `/category/news/page/N/`
  (`nav.navigation.pagination` with `a.page-numbers`, "ถัดไป »");
- single post: `header.page-header` with the *category* as `h1.page-header-title` on every
  post, `article.single-post-article`, `h2.single-post-title.entry-title` headline;
- an icon list `ul.meta.ospm-default`: author, `li.meta-date` with
  `<span class="posted-on">3 ต.ค. 2561</span>` (Thai month abbreviation, BE, no time, no
  `<time>`, no datetime anywhere), category, and a post-views item "อ่าน 1,024 ครั้ง";
- `div.entry-content`: paragraphs, a "ที่มา: …" line, then a related-posts grid
  "เรื่องที่เกี่ยวข้อง" (cards with titles and dates) *inside* the content, a share bar;
- `div.post-tags` "แท็ก:", prev/next with titles, comment form, "เรื่องล่าสุด" sidebar;
- the deleted item answers 200 with the single template and "ไม่พบข้อมูล" (no text).
"""

from __future__ import annotations

from ._common import BaseSite, esc, expected_record, fmt_abbr, main, paginate
from .b5_common import PER_PAGE, build

SITE_NAME = "สำนักงานประชาสัมพันธ์จังหวัดน่าน"
SOURCES = ["สำนักงานประชาสัมพันธ์จังหวัดน่าน", "กลุ่มงานข่าวและประชาสัมพันธ์", None]
DELETED = "/2018/10/02/pr-5/"


class OceanSite(BaseSite):
    key = "b5_wp_oceanwp"
    family = "wordpress"
    imitates = "WordPress 6 + OceanWP-like theme: span.posted-on '3 ต.ค. 2561', 'อ่าน 1,024 ครั้ง' in an icon meta list, 'ที่มา:' line, related-posts grid inside entry-content"
    listing_path = "/category/news/"

    def __init__(self):
        self.articles = build(self.key, 20, 11, SOURCES)
        for a in self.articles:
            d = a.published
            a.path = f"/{d.year}/{d.month:02d}/{d.day:02d}/pr-{a.id}/"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{k + 1}/" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    def latest(self):
        return self.articles[:5]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in (self.articles[i - 3 : i] + self.articles[i + 1 : i + 4]) if x is not a][
            :3
        ]

    def shell(self, base, title, main_html, body_class):
        latest = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.latest()
        )
        return f"""<!DOCTYPE html>
<html lang="th" itemscope itemtype="https://schema.org/WebPage">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {SITE_NAME}</title>
<link rel='stylesheet' id='oceanwp-style-css' href='{base}/wp-content/themes/oceanwp/assets/css/style.min.css?ver=3.4.1' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{base}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.3.13' media='all' />
<meta name="generator" content="WordPress 6.2.2" />
</head>
<body class="{body_class} wp-embed-responsive oceanwp-theme dropdown-mobile default-breakpoint has-sidebar content-right-sidebar">
<div id="outer-wrap" class="site clr">
<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>
<div id="wrap" class="clr">
<header id="site-header" class="minimal-header clr" itemscope="itemscope" itemtype="https://schema.org/WPHeader" role="banner">
<div id="site-header-inner" class="clr container">
<div id="site-logo" class="clr"><div id="site-logo-inner" class="clr"><a href="{base}/" class="custom-logo-link" rel="home"><img src="{base}/wp-content/uploads/2018/01/logo.png" class="custom-logo" alt="{SITE_NAME}" /></a></div></div>
<div id="site-navigation-wrap" class="clr"><nav id="site-navigation" class="navigation main-navigation clr" role="navigation"><ul id="menu-main" class="main-menu dropdown-menu sf-menu"><li class="menu-item"><a href="{base}/" class="menu-link"><span class="text-wrap">หน้าแรก</span></a></li><li class="menu-item current-menu-item"><a href="{base}/category/news/" class="menu-link"><span class="text-wrap">ข่าวประชาสัมพันธ์</span></a></li><li class="menu-item"><a href="{base}/contact/" class="menu-link"><span class="text-wrap">ติดต่อเรา</span></a></li></ul></nav></div>
</div>
</header>
<main id="main" class="site-main clr" role="main">
<header class="page-header">
<div class="container clr page-header-inner">
<h1 class="page-header-title clr" itemprop="headline">ข่าวประชาสัมพันธ์</h1>
<nav aria-label="Breadcrumbs" class="site-breadcrumbs clr position-"><ol class="trail-items"><li class="trail-item trail-begin"><a href="{base}/" rel="home"><span>หน้าแรก</span></a></li><li class="trail-item trail-end"><a href="{base}/category/news/"><span>ข่าวประชาสัมพันธ์</span></a></li></ol></nav>
</div>
</header>
<div id="content-wrap" class="container clr">
<div id="primary" class="content-area clr">
<div id="content" class="site-content clr">
{main_html}
</div>
</div>
<aside id="right-sidebar" class="sidebar-container widget-area sidebar-primary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar" role="complementary" aria-label="Primary Sidebar">
<div id="right-sidebar-inner" class="clr">
<div id="search-2" class="sidebar-box widget_search clr"><form role="search" method="get" class="searchform" action="{base}/"><input type="search" class="field" name="s" placeholder="ค้นหา"></form></div>
<div id="recent-posts-2" class="sidebar-box widget_recent_entries clr"><h4 class="widget-title">เรื่องล่าสุด</h4><ul>{latest}</ul></div>
<div id="archives-2" class="sidebar-box widget_archive clr"><h4 class="widget-title">คลังเก็บ</h4><ul><li><a href="{base}/2018/10/">ตุลาคม 2018</a></li><li><a href="{base}/2018/09/">กันยายน 2018</a></li></ul></div>
</div>
</aside>
</div>
</main>
<footer id="footer" class="site-footer" itemscope="itemscope" itemtype="https://schema.org/WPFooter" role="contentinfo"><div id="footer-bottom" class="clr"><div id="copyright" class="clr" role="contentinfo">Copyright © 2018 {SITE_NAME} | ออกแบบโดย OceanWP</div></div></footer>
</div>
</div>
<script src='{base}/wp-content/themes/oceanwp/assets/js/theme.min.js?ver=3.4.1' id='oceanwp-main-js'></script>
</body>
</html>
"""

    def card(self, base, x):
        return f"""<article class="col span_1_of_3 col-1 oceanwp-related-post post-{x.id} post type-post status-publish format-standard has-post-thumbnail"><div class="related-post-media"><a href="{base}{x.path}" class="related-thumb"><img width="300" height="200" src="{base}/wp-content/uploads/2018/10/p{x.id}-300x200.jpg" class="attachment-medium size-medium wp-post-image" alt="" /></a></div><h3 class="related-post-title"><a href="{base}{x.path}" rel="bookmark">{esc(x.title)}</a></h3><time class="published" datetime="{x.published.isoformat()}"><i class="icon-clock" aria-hidden="true"></i>{fmt_abbr(x.published)}</time></article>"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<article id="post-{a.id}" class="blog-entry clr thumbnail-entry post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news entry has-media"><div class="blog-entry-inner clr left-position center"><div class="thumbnail"><a href="{base}{a.path}" class="thumbnail-link"><img src="{base}/wp-content/uploads/2018/10/p{a.id}-300x200.jpg" alt="{esc(a.title)}" /></a></div><div class="blog-entry-content"><div class="blog-entry-category clr"><a href="{base}/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></div><header class="blog-entry-header clr"><h2 class="blog-entry-title entry-title"><a href="{base}{a.path}" rel="bookmark">{esc(a.title)}</a></h2></header><div class="blog-entry-summary clr"><p>{esc(a.paras[0][:160])}&hellip;</p></div><div class="blog-entry-bottom clr"><div class="blog-entry-date clr">{fmt_abbr(a.published)}</div></div></div></div></article>"""
            )
            if n == 1 and k == 3:
                items.append(
                    f"""<article id="post-5" class="blog-entry clr thumbnail-entry post-5 post type-post status-publish hentry"><div class="blog-entry-inner clr"><div class="blog-entry-content"><header class="blog-entry-header clr"><h2 class="blog-entry-title entry-title"><a href="{base}{DELETED}" rel="bookmark">ประชาสัมพันธ์รับสมัครอาสาสมัคร</a></h2></header><div class="blog-entry-bottom clr"><div class="blog-entry-date clr">2 ต.ค. 2561</div></div></div></div></article>"""
                )

        def href(k):
            return f"{base}/category/news/" if k == 0 else f"{base}/category/news/page/{k + 1}/"

        pg = []
        if n > 0:
            pg.append(f'<a class="prev page-numbers" href="{href(n - 1)}">&laquo; ก่อนหน้า</a>')
        for k in range(len(self.pages)):
            pg.append(
                f'<span aria-current="page" class="page-numbers current">{k + 1}</span>'
                if k == n
                else f'<a class="page-numbers" href="{href(k)}">{k + 1}</a>'
            )
        if n < len(self.pages) - 1:
            pg.append(f'<a class="next page-numbers" href="{href(n + 1)}">ถัดไป &raquo;</a>')
        main_html = f"""<div id="blog-entries" class="entries clr oceanwp-row blog-grid">
{chr(10).join(items)}
</div>
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(pg)}</div></nav>"""
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", main_html, "archive category category-news")
        )

    def detail(self, base, a):
        i = self.articles.index(a)
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p>ที่มา: {esc(a.source)}</p>"
        related = "".join(self.card(base, x) for x in self.related(a))
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags clr"><span class="owp-tag-text">แท็ก: </span>'
                + ", ".join(
                    f'<a href="{base}/tag/t{k}/" rel="tag">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</div>"
            )
        nav = []
        if i + 1 < len(self.articles):
            p = self.articles[i + 1]
            nav.append(
                f'<div class="nav-previous"><a href="{base}{p.path}" rel="prev"><span class="title"><i class="fas fa-long-arrow-alt-left"></i> เรื่องก่อนหน้า</span><span class="post-title">{esc(p.title)}</span></a></div>'
            )
        if i > 0:
            q = self.articles[i - 1]
            nav.append(
                f'<div class="nav-next"><a href="{base}{q.path}" rel="next"><span class="title"><i class="fas fa-long-arrow-alt-right"></i> เรื่องถัดไป</span><span class="post-title">{esc(q.title)}</span></a></div>'
            )
        main_html = f"""<article id="post-{a.id}" class="single-post-article clr post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<header class="entry-header clr"><h2 class="single-post-title entry-title" itemprop="headline">{esc(a.title)}</h2></header>
<ul class="meta ospm-default clr">
<li class="meta-author" itemprop="name"><span class="screen-reader-text">ผู้เขียน:</span><i class="icon-user" aria-hidden="true"></i><a href="{base}/author/pr_admin/" title="เขียนโดย pr_admin" rel="author">pr_admin</a></li>
<li class="meta-date" itemprop="datePublished"><span class="screen-reader-text">เผยแพร่:</span><i class="icon-clock" aria-hidden="true"></i><span class="posted-on">{fmt_abbr(a.published)}</span></li>
<li class="meta-cat"><span class="screen-reader-text">หมวดหมู่:</span><i class="icon-folder" aria-hidden="true"></i><a href="{base}/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></li>
<li class="meta-views"><span class="screen-reader-text">การเข้าชม:</span><i class="icon-eye" aria-hidden="true"></i><span class="post-views-count">อ่าน {a.views:,} ครั้ง</span></li>
</ul>
<div class="thumbnail"><img src="{base}/wp-content/uploads/2018/10/p{a.id}.jpg" class="attachment-full size-full wp-post-image" alt="" itemprop="image" /></div>
<div class="entry-content clr" itemprop="text">
{text}
<section id="related-posts" class="clr"><h3 class="theme-heading related-posts-title"><span class="text">เรื่องที่เกี่ยวข้อง</span></h3><div class="oceanwp-row clr">{related}</div></section>
<div class="entry-share clr minimal side"><h3 class="theme-heading social-share-title"><span class="text" aria-hidden="true">แชร์บทความนี้</span></h3><ul class="oew-social-share clr"><li class="facebook"><a href="https://www.facebook.com/sharer.php?u={base}{a.path}" title="แชร์บน Facebook" target="_blank">Facebook</a></li><li class="twitter"><a href="https://twitter.com/share?url={base}{a.path}" target="_blank">Twitter</a></li><li class="line"><a href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" target="_blank">LINE</a></li></ul></div>
</div>
{tags}
<nav class="navigation post-navigation" aria-label="อ่านเรื่องอื่น"><h2 class="screen-reader-text">อ่านเรื่องอื่น</h2><div class="nav-links">{"".join(nav)}</div></nav>
<section id="comments" class="comments-area clr has-comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</p><textarea name="comment" id="comment" rows="8" placeholder="ความเห็นของคุณ"></textarea><input name="submit" type="submit" id="comment-submit" class="submit" value="แสดงความเห็น" /></form></div></section>
</article>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                main_html,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
            )
        )

    def deleted(self, base):
        main_html = """<article class="single-post-article clr"><div class="entry-content clr"><p>ไม่พบข้อมูล</p></div></article>"""
        return self.html_response(self.shell(base, "ไม่พบข้อมูล", main_html, "single single-post"))

    def route(self, path, query, raw_query, base):
        if path in ("/category/news/", "/category/news"):
            return self.listing(base, 0)
        if path.startswith("/category/news/page/"):
            seg = path[len("/category/news/page/") :].strip("/")
            return self.listing(base, int(seg) - 1) if seg.isdigit() and seg != "1" else None
        if path == "/":
            return 301, {"Location": base + "/category/news/"}, b""
        if not path.endswith("/"):
            path += "/"
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                "pr_admin",
                "เรื่องที่เกี่ยวข้อง",
                "แชร์บทความนี้",
                "เรื่องก่อนหน้า",
                "เรื่องถัดไป",
                "ใส่ความเห็น",
                "เรื่องล่าสุด",
            ] + [x.title for x in self.related(a)]
            out.append(expected_record(a, published_time=False, modified=False, must_not=must_not))
        return out


SITE = OceanSite()

if __name__ == "__main__":
    main(SITE)
