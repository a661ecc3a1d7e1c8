"""Blind-11 red-team site: WordPress 6 + ThemeIsle "Hestia" (Material Kit), a provincial
energy office (สำนักงานพลังงานจังหวัด), built blind.

What it imitates:
- plain-slug permalinks under a front page: `/<ascii-slug>/` (`/pr-energy-67-041/`), the
  blog page `/blog/` with `/blog/page/N/` (Hestia's `the_posts_pagination`, "ก่อนหน้า" /
  numbers / "ถัดไป");
- the headline only in the parallax page header `h1.hestia-title.title-in-content`; under it
  Hestia's `.author` line "เผยแพร่โดย admin เมื่อ <time class="entry-date published"
  datetime="2024-02-16T10:30:00+07:00">3 เดือน ที่แล้ว</time><time class="updated
  hestia-hidden" datetime="…">…</time>" (**human time difference** as the only visible
  date; the updated stamp on every post);
- `div.single-post-wrap.entry-content` with the text and a "เรียบเรียง :" paragraph for
  some, a WP Post Views "จำนวนผู้เข้าชม : 123" line appended by the plugin inside it,
  an embedded PDF block "ดาวน์โหลด" (wp-block-file);
- `section.section-blog-info`: categories, "แท็ก" chips, Hestia's share icons; "บทความที่
  เกี่ยวข้อง" cards (`section.related-posts`) with titles; comment form "ส่งความเห็น";
  no sidebar;
- the trashed post's slug answers 200 with Hestia's 404 content "ไม่พบหน้าที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b11_common import B9Site, build, record

OFFICE = "สำนักงานพลังงานจังหวัดขอนแก่น"
SOURCES = [None, "ฝ่ายประชาสัมพันธ์ พลังงานจังหวัดขอนแก่น", None]
DELETED = "/pr-energy-67-013/"


def ago(d: dt.datetime) -> str:
    now = dt.datetime(2024, 12, 5, tzinfo=d.tzinfo)
    months = (now - d).days // 30
    return f"{months} เดือน ที่แล้ว" if months else f"{(now - d).days} วัน ที่แล้ว"


class HestiaSite(B9Site):
    key = "b11_wp_hestia"
    family = "wordpress"
    imitates = "WordPress 6 + Hestia: /<slug>/, /blog/page/N/, headline in the parallax header h1.hestia-title, 'เผยแพร่โดย admin เมื่อ' + time.published[datetime] whose text is a human time difference ('3 เดือน ที่แล้ว') + hidden time.updated on every post, 'เรียบเรียง :', WP Post Views 'จำนวนผู้เข้าชม : N' inside entry-content, file block, tags chips, share, 'บทความที่เกี่ยวข้อง', comment form; deleted = Hestia 404 content (200)"
    listing_path = "/blog/"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 139, SOURCES, dt.datetime(2024, 9, 12, 16, 0), first_id=10, step=2
        )
        for a in self.articles:
            a.path = f"/pr-energy-67-{a.id:03d}/"
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/blog/" if k == 0 else f"/blog/page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, header, content, body_class):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
<link rel="stylesheet" id="hestia_style-css" href="/wp-content/themes/hestia/style.min.css?ver=3.1.9" media="all">
</head>
<body class="{body_class} blog-post header-layout-default">
<div class="wrapper post-{body_class.split("-")[-1]} default">
<nav class="navbar navbar-default navbar-fixed-top hestia_left navbar-not-transparent"><div class="container"><div class="navbar-header"><div class="title-logo-wrapper"><a class="navbar-brand" href="/" title="{OFFICE}"><p>{OFFICE}</p></a></div></div><div id="main-navigation" class="collapse navbar-collapse flex-row-reverse"><ul id="menu-primary" class="nav navbar-nav"><li><a href="/">หน้าแรก</a></li><li class="current_page_parent"><a href="/blog/">ข่าวประชาสัมพันธ์</a></li><li><a href="/energy-data/">ข้อมูลพลังงาน</a></li><li><a href="/contact/">ติดต่อ</a></li></ul></div></div></nav>
<div id="primary" class="boxed-layout-header page-header header-small" data-parallax="active"><div class="container"><div class="row"><div class="col-md-10 col-md-offset-1 text-center">{header}</div></div></div><div class="header-filter" style="background-image: url(/wp-content/uploads/2023/01/header-energy.jpg);"></div></div>
<div class="main main-raised"><div class="blog-post blog-post-wrapper"><div class="container">
{content}
</div></div></div>
<footer class="footer footer-black footer-big"><div class="container"><div class="hestia-bottom-footer-content"><div class="copyright pull-right">{OFFICE} ศูนย์ราชการจังหวัดขอนแก่น | Hestia | Developed by <a href="https://themeisle.com" rel="nofollow">ThemeIsle</a></div></div></div></footer>
</div>
</body>
</html>"""

    def listing(self, k):
        posts = []
        for j, a in enumerate(self.pages[k]):
            posts.append(self.teaser(a.path, a.title, a.published, a.paras[0][:140]))
            if k == 1 and j == 6:
                posts.append(
                    self.teaser(
                        DELETED,
                        "ขอเชิญร่วมโครงการส่งเสริมการติดตั้งโซลาร์รูฟท็อปภาคครัวเรือน ปี 2567",
                        dt.datetime(2024, 6, 3, 10, 0, tzinfo=self.articles[0].published.tzinfo),
                        "ขอเชิญชวน",
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
        content = f"""<div class="hestia-blogs"><div class="row">{"".join(posts)}</div>
<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง"><div class="nav-links">{"".join(pg)}</div></nav></div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์", '<h1 class="hestia-title">ข่าวประชาสัมพันธ์</h1>', content, "blog"
        )

    def teaser(self, path, title, d, excerpt):
        return f"""<article class="card card-blog card-plain"><div class="row"><div class="col-ms-5 col-sm-5"><div class="card-image"><a href="{path}"><img src="/wp-content/uploads/thumb-energy.jpg" alt=""></a></div></div><div class="col-ms-7 col-sm-7"><h6 class="category text-info"><a href="/category/pr/">ข่าวประชาสัมพันธ์</a></h6><h2 class="card-title entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h2><div class="card-description entry-summary"><p>{esc(excerpt)}&hellip;</p></div><div class="posted-by vcard author">โดย <a href="/author/admin/"><b class="author-name fn">admin</b></a>, <time class="entry-date published" datetime="{d.isoformat()}">{ago(d)}</time></div></div></div></article>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (3, 6, 9)]

    def detail(self, a):
        header = f"""<h1 class="hestia-title title-in-content entry-title">{esc(a.title)}</h1><p class="author meta-in-content">เผยแพร่โดย <a href="/author/admin/" class="vcard author"><strong class="fn">admin</strong></a> เมื่อ <time class="entry-date published" datetime="{a.published.isoformat()}" content="{a.published.date().isoformat()}">{ago(a.published)}</time><time class="updated hestia-hidden" datetime="{a.modified.isoformat()}">{ago(a.modified)}</time></p>"""
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = f"<p><strong>เรียบเรียง :</strong> {esc(a.source)}</p>" if a.source else ""
        tags = (
            (
                '<div class="col-md-6"><div class="entry-tags"><span class="entry-tag">แท็ก</span>'
                + "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div></div>"
            )
            if a.tags
            else ""
        )
        rel = "".join(
            f'<div class="col-md-4"><div class="card card-blog"><div class="content"><h4 class="card-title"><a class="blog-item-title-link" href="{x.path}" rel="bookmark">{esc(x.title)}</a></h4></div></div></div>'
            for x in self.related(a)
        )
        content = f"""<article id="post-{a.id}" class="section section-text">
<div class="row"><div class="col-md-8 single-post-container" data-layout="full-width"><div class="single-post-wrap entry-content">
{paras}
{src}
<div class="wp-block-file"><a href="/wp-content/uploads/2024/pr-{a.id}.pdf">pr-{a.id}.pdf</a><a href="/wp-content/uploads/2024/pr-{a.id}.pdf" class="wp-block-file__button" download>ดาวน์โหลด</a></div>
<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">จำนวนผู้เข้าชม : </span><span class="post-views-count">{a.views}</span></div>
</div></div></div>
<div class="section section-blog-info"><div class="row"><div class="col-md-6"><div class="entry-categories">หมวดหมู่: <span class="label label-primary"><a href="/category/pr/">ข่าวประชาสัมพันธ์</a></span></div>{tags}</div><div class="col-md-6"><div class="entry-social"><a target="_blank" rel="tooltip" data-original-title="แชร์บน Facebook" class="btn btn-just-icon btn-round btn-facebook" href="https://www.facebook.com/sharer.php?u=https://khonkaen.energy.go.th{a.path}"><i class="fab fa-facebook-f"></i></a><a target="_blank" rel="tooltip" data-original-title="แชร์บน Twitter" class="btn btn-just-icon btn-round btn-twitter" href="https://twitter.com/share?url=https://khonkaen.energy.go.th{a.path}"><i class="fab fa-twitter"></i></a></div></div></div></div>
<div id="comments" class="section section-comments"><div class="row"><div class="col-md-12"><div id="respond" class="comment-respond"><h3 class="hestia-title text-center">ส่งความเห็น</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="form media-body"><textarea id="comment" name="comment" class="form-control" rows="6"></textarea><input name="submit" type="submit" id="submit" class="btn btn-primary pull-right" value="ส่งความเห็น"></form></div></div></div></div>
</article>
<section class="related-posts"><div class="container"><div class="row"><div class="col-md-12"><h2 class="hestia-title text-center">บทความที่เกี่ยวข้อง</h2></div></div><div class="row">{rel}</div></div></section>"""
        return self.shell(
            a.title, header, content, f"post-template-default single single-post postid-{a.id}"
        )

    def deleted(self):
        content = """<div class="row"><div class="col-md-8 col-md-offset-2 text-center"><p>ไม่พบหน้าที่ต้องการ ลองค้นหาด้วยคำอื่นดูนะครับ</p><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" name="s" placeholder="ค้นหา &hellip;"></form></div></div>"""
        return self.shell(
            "ไม่พบหน้า", '<h1 class="hestia-title">ไม่พบหน้าที่ต้องการ</h1>', content, "error404"
        )

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            must_not = [
                "เผยแพร่โดย",
                ago(a.published),
                "จำนวนผู้เข้าชม",
                "ดาวน์โหลด",
                f"pr-{a.id}.pdf",
                "หมวดหมู่:",
                "ส่งความเห็น",
                "บทความที่เกี่ยวข้อง",
                rel[0].title,
                rel[1].title,
                "ThemeIsle",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = HestiaSite()

if __name__ == "__main__":
    main(SITE)
