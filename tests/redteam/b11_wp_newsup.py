"""Blind-11 red-team site: WordPress 6 + the Themeansar "Newsup" theme, a district
agricultural extension office (สำนักงานเกษตรอำเภอ), built blind.

What it imitates:
- date permalinks `/2024/02/16/kaset-67-0123/` (editor-typed ASCII slugs), category archive
  `/category/pr/` with `/category/pr/page/N/` (`the_posts_pagination`: "ก่อนหน้า", numbers,
  "ถัดไป", `aria-current`);
- `<title>` "headline – office"; `mg-header` with category badges, `h1.title`, the author
  "โดย" and Newsup's date `get_the_date('M j, Y')` under the Thai locale: "ก.พ. 16, 2024"
  (**abbreviated month first, CE**, no time, no `<time>` element); Yoast
  `article:published_time` / `article:modified_time` metas (+07:00, modified on every post);
- `article.small.single` holding a top "แชร์" bar (Newsup's `post-share`), the text, a
  "ที่มา :" paragraph for some, a Jetpack-like "ถูกใจ กำลังโหลด…" block, the post tags
  "แท็ก:";
- `mg-featured-slider`-less single: "โพสต์ที่เกี่ยวข้อง" (`mg-related-post`, three titles
  with dates), "ใส่ความเห็น" comment form, sidebar "เรื่องล่าสุด"; no counter;
- the trashed post's URL answers 200 with Newsup's `content-none` "ไม่พบข้อมูล" block.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, esc, main
from .b11_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานเกษตรอำเภอแม่ริม"
SOURCES = [None, "กลุ่มส่งเสริมและพัฒนาการผลิต", None, None, "สำนักงานเกษตรอำเภอแม่ริม"]
DELETED = "/2024/05/20/kaset-67-0077/"


def newsup_date(d: dt.datetime) -> str:
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def w3c(d: dt.datetime) -> str:
    return d.isoformat()


class NewsupSite(B9Site):
    key = "b11_wp_newsup"
    family = "wordpress"
    imitates = "WordPress 6 + Newsup: /YYYY/MM/DD/slug/, /category/pr/page/N/, mg-header h1.title, 'ก.พ. 16, 2024' (M j, Y: month first, CE, no time), Yoast article:published_time/modified_time metas, top share bar, 'ที่มา :', Jetpack likes, 'แท็ก:', 'โพสต์ที่เกี่ยวข้อง', comment form; deleted = content-none 'ไม่พบข้อมูล' (200)"
    listing_path = "/category/pr/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 88, SOURCES, dt.datetime(2024, 9, 27, 16, 0), first_id=70, step=2
        )
        for a in self.articles:
            p = a.published
            a.path = f"/{p.year}/{p.month:02d}/{p.day:02d}/kaset-67-{a.id:04d}/"
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/category/pr/" if k == 0 else f"/category/pr/page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, head="", body_class="archive category"):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
{head}
<link rel="stylesheet" id="newsup-style-css" href="/wp-content/themes/newsup/style.css?ver=6.4.3" media="all">
<link rel="stylesheet" id="newsup-default-css" href="/wp-content/themes/newsup/css/colors/default.css?ver=6.4.3" media="all">
</head>
<body class="{body_class} wp-embed-responsive">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="wrapper" id="custom-background-css">
<header class="mg-headwidget"><div class="mg-head-detail hidden-xs"><div class="container-fluid"><div class="row"><div class="col-md-6"><ul class="info-left"><li>ศ. ก.พ. 16th, 2024</li></ul></div></div></div></div>
<div class="site-branding-text"><p class="site-title"><a href="/" rel="home">{OFFICE}</a></p><p class="site-description">ส่งเสริมการเกษตร เพื่อเกษตรกรไทย</p></div></header>
<div class="mg-menu-full"><nav class="navbar navbar-expand-md navbar-wp"><ul id="menu-primary" class="nav navbar-nav"><li><a href="/">หน้าแรก</a></li><li class="current-menu-item"><a href="/category/pr/">ข่าวประชาสัมพันธ์</a></li><li><a href="/category/knowledge/">คลังความรู้</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></nav></div>
<div id="content" class="container-fluid"><div class="row">
<div class="col-md-8">
{content}
</div>
<aside class="col-md-4"><div id="sidebar-right" class="mg-sidebar"><div id="recent-posts-2" class="mg-widget widget_recent_entries"><div class="mg-wid-title"><h6 class="wtitle">เรื่องล่าสุด</h6></div><ul>{latest}</ul></div><div id="archives-2" class="mg-widget widget_archive"><div class="mg-wid-title"><h6 class="wtitle">คลังเก็บ</h6></div><ul><li><a href="/2024/09/">กันยายน 2024</a></li><li><a href="/2024/08/">สิงหาคม 2024</a></li></ul></div></div></aside>
</div></div>
<footer class="footer"><div class="mg-footer-copyright"><p>Copyright &copy; All rights reserved | <a href="https://themeansar.com/free-themes/newsup/">Newsup</a> by Themeansar.</p></div></footer>
</div></div>
<script src="/wp-content/themes/newsup/js/custom.js?ver=6.4.3"></script>
</body>
</html>"""

    def listing(self, k):
        posts = []
        for j, a in enumerate(self.pages[k]):
            posts.append(self.teaser(a.path, a.title, a.published, a.paras[0][:150]))
            if k == 1 and j == 5:
                posts.append(
                    self.teaser(
                        DELETED,
                        "ขอเชิญเกษตรกรร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่",
                        dt.datetime(2024, 5, 20, 9, 0),
                        "ขอเชิญเกษตรกร",
                    )
                )
        n = len(self.pages)
        pg = []
        if k:
            pg.append(f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">ก่อนหน้า</a>')
        for i in range(n):
            pg.append(
                f'<span aria-current="page" class="page-numbers current">{i + 1}</span>'
                if i == k
                else f'<a class="page-numbers" href="{self.page_url(i)}">{i + 1}</a>'
            )
        if k < n - 1:
            pg.append(f'<a class="next page-numbers" href="{self.page_url(k + 1)}">ถัดไป</a>')
        content = f"""<div class="mg-breadcrumb-section"><div class="mg-breadcrumb-title"><h1 class="title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></div></div>
<div id="grid" class="row grid-content">{"".join(posts)}</div>
<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง"><h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(pg)}</div></nav>"""
        return self.shell("ข่าวประชาสัมพันธ์", content)

    def teaser(self, path, title, d, excerpt):
        return f"""<div class="col-md-6"><div class="mg-blog-post-box"><div class="mg-blog-thumb back-img md" style="background-image: url('/wp-content/uploads/2024/thumb.jpg');"><a href="{path}" class="link-div"></a></div><article class="small"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="/category/pr/">ข่าวประชาสัมพันธ์</a></div><h4 class="entry-title title"><a href="{path}">{esc(title)}</a></h4><div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i><a href="{path[:9]}">{newsup_date(d)}</a></span><a class="auth" href="/author/admin/"><i class="fas fa-user-circle"></i> admin</a></div><p>{esc(excerpt)}&hellip;</p></article></div></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (4, 7, 11)]

    def detail(self, a):
        head = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="article:published_time" content="{w3c(a.published)}">
<meta property="article:modified_time" content="{w3c(a.modified)}">
<meta name="author" content="admin">"""
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>" if a.source else ""
        tags = (
            (
                '<div class="post-tags">แท็ก: '
                + ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
            if a.tags
            else ""
        )
        older, newer = neighbours(self.articles, a)
        nav = '<nav class="navigation post-navigation" aria-label="เรื่อง"><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev">{esc(older.title)} <div class="fa fa-angle-double-right"></div><span></span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><div class="fa fa-angle-double-left"></div><span></span> {esc(newer.title)}</a></div>'
        nav += "</div></nav>"
        rel = "".join(
            f'<div class="col-md-4"><div class="mg-blog-post-3 minh back-img"><div class="mg-blog-inner"><h4 class="title"><a href="{x.path}">{esc(x.title)}</a></h4><div class="mg-blog-meta"><span class="mg-blog-date"><i class="fas fa-clock"></i> {newsup_date(x.published)}</span></div></div></div></div>'
            for x in self.related(a)
        )
        share = f'<div class="post-share"><div class="post-share-icons cf">แชร์ <a href="https://www.facebook.com/sharer.php?u=https://maerim.doae.go.th{a.path}" class="link facebook" target="_blank"><i class="fab fa-facebook"></i></a><a href="http://twitter.com/share?url=https://maerim.doae.go.th{a.path}" class="link x-twitter" target="_blank"><i class="fa-brands fa-x-twitter"></i></a><a href="javascript:pf.print()" class="print-r"><i class="fas fa-print"></i></a></div></div>'
        content = f"""<div class="mg-blog-post-box">
<div class="mg-header"><div class="mg-blog-category"><a class="newsup-categories category-color-1" href="/category/pr/">ข่าวประชาสัมพันธ์</a></div>
<h1 class="title single">{esc(a.title)}</h1>
<div class="media mg-info-author-block"><a class="mg-author-pic" href="/author/admin/"><img alt="" src="/wp-content/uploads/avatar.png" class="avatar" height="150" width="150"></a><div class="media-body"><h4 class="media-heading"><span>โดย</span><a href="/author/admin/">admin</a></h4><span class="mg-blog-date"><i class="fas fa-clock"></i> {newsup_date(a.published)}</span></div></div></div>
<img width="960" height="540" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr-{a.id}.jpg" class="img-fluid wp-post-image" alt="">
<article class="small single">
{share}
{paras}
{src}
<div class="sharedaddy sd-block sd-like jetpack-likes-widget-wrapper"><h3 class="sd-title">ถูกใจ กำลังโหลด…</h3></div>
{tags}
{nav}
</article>
</div>
<div class="mg-featured-slider p-3 mb-4"><div class="mg-sec-title"><h4>โพสต์ที่เกี่ยวข้อง</h4></div><div class="row">{rel}</div></div>
<div id="comments" class="comments-area mg-card-box padding-20 mb-md-0 mb-4"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *</p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น"></p></form></div></div>"""
        return self.shell(
            a.title,
            content,
            head,
            body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
        )

    def deleted(self):
        content = """<div class="mg-blog-post-box"><section class="no-results not-found"><h1 class="page-title">ไม่พบข้อมูล</h1><div class="page-content"><p>ดูเหมือนว่าเราจะไม่พบสิ่งที่คุณกำลังค้นหา บางทีการค้นหาอาจช่วยได้</p><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s"></form></div></section></div>"""
        return self.shell("ไม่พบหน้า", content, body_class="error404")

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์",
                "ถูกใจ กำลังโหลด",
                "แท็ก:",
                "โพสต์ที่เกี่ยวข้อง",
                "ใส่ความเห็น",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "เรื่องล่าสุด",
                rel[0].title,
                rel[1].title,
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, published_time=True, views=False))
        return out


SITE = NewsupSite()

if __name__ == "__main__":
    main(SITE)
