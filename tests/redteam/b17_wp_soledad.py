"""Blind-17 red-team site: a ministry's WordPress multisite (sub-directory site /prd/) with the
Soledad theme and a Thai-localised Yoast SEO, built blind.

What it imitates:
- posts at `/prd/YYYY/MM/DD/news-<id>/` (**the date in the URL**), the category archive
  `/prd/category/news/` paged by path `/prd/category/news/page/N/`;
- Soledad's "time ago" option: the visible date is **relative** ("3 สัปดาห์ที่แล้ว", computed
  against the day the cache was built), the real date only in `<time datetime>` and in Yoast's
  JSON-LD graph (`datePublished` / `dateModified`, the latter for every post);
- `span.penci-post-countview` "1,234 ครั้ง"; `.post-tags` links;
- `div.post-entry > div.inner-post-entry` holding the text (as Soledad's single template
  prints it, with `.post-tags` inside too), then **inside it** Soledad's inline related box
  ("อ่านเพิ่มเติม"), the source as "ที่มา : ..." (some posts), the share bar and a
  "บทความที่เกี่ยวข้อง" carousel; prev/next post titles; the comment form;
- Yoast breadcrumbs "หน้าแรก » ข่าวประชาสัมพันธ์ » title"; cookie banner;
- the deleted post (linked from page 2) answers 200 with a membership plugin's message.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b17_common import TZ, B9Site, build, commas, neighbours, record, relative_th

OFFICE = "กระทรวงเกษตรและสหกรณ์"
SOURCES = ["กองประชาสัมพันธ์และเผยแพร่ สป.กษ.", None, None, "สำนักงานเกษตรและสหกรณ์จังหวัดน่าน", None]
DELETED = "/prd/2024/07/30/news-8817/"
NOW = dt.datetime(2024, 11, 20, 9, 0)


class SoledadSite(B9Site):
    key = "b17_wp_soledad"
    family = "wordpress"
    imitates = "WordPress multisite /prd/ + Soledad + Yoast (th): /prd/YYYY/MM/DD/news-<id>/, /prd/category/news/page/N/, relative 'time ago' dates with the real one only in <time datetime> and JSON-LD (dateModified for every post), 'N ครั้ง' counter, inline related box + 'ที่มา :' + share bar + related carousel inside div.post-entry, tags, prev/next titles, comment form; deleted = members-only message (200)"
    listing_path = "/prd/category/news/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 311, SOURCES, dt.datetime(2024, 11, 18, 15, 0), first_id=8800, step=3
        )
        for a in self.articles:
            d = a.published
            a.path = f"/prd/{d.year}/{d.month:02d}/{d.day:02d}/news-{a.id}/"
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, ld=""):
        return f"""<!DOCTYPE html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - ข่าวประชาสัมพันธ์ {OFFICE}</title>
<meta name="robots" content="index, follow, max-snippet:-1">
{ld}
<link rel='stylesheet' id='penci-soledad-parent-style-css' href='/prd/wp-content/themes/soledad/style.css?ver=8.4.5' media='all' />
</head>
<body class="post-template-default single single-post penci-body-single-style-1 penci-show-pthumb">
<div class="wrapper-boxed header-style-header-6">
<div class="penci-header-wrap"><div id="top-bar" class="penci-top-bar"><div class="container"><div class="penci-headline"><div class="penci-topbar-trending"><span class="headline-title">ข่าวเด่น</span><a href="/prd/">เกษตรกรไทย ก้าวไกล ด้วยนวัตกรรม</a></div><div class="penci-topbar-social"><a href="https://www.facebook.com/moacthailand">Facebook</a></div></div></div></div>
<header id="header" class="header-header-6 has-bottom-line"><nav id="navigation" class="header-layout-bottom header-6 menu-style-1"><div class="container"><div id="logo"><a href="/prd/"><img class="penci-mainlogo" src="/prd/wp-content/uploads/sites/4/logo.png" alt="{OFFICE}"></a></div><ul id="menu-main" class="menu"><li class="menu-item"><a href="/prd/">หน้าแรก</a></li><li class="menu-item current-menu-item"><a href="/prd/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/prd/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/prd/contact/">ติดต่อเรา</a></li></ul><div id="top-search" class="penci-top-search"><a class="search-click"><i class="penciicon-magnifiying-glass"></i></a></div></div></nav></header></div>
<div class="container container-single penci_sidebar right-sidebar">
<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
{content}
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1"><div class="theiaStickySidebar">
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">ข่าวล่าสุด</span></h3><ul class="side-newsfeed">{"".join(f'<li><div class="side-item"><h4 class="side-title-post"><a href="{x.path}">{esc(x.title)}</a></h4></div></li>' for x in self.articles[:4])}</ul></aside>
<aside id="penci-counter-2" class="widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">สถิติผู้เข้าชม</span></h3><p>วันนี้ 1,482 · ทั้งหมด 2,918,334</p></aside>
</div></div>
</div>
<footer id="footer-section" class="penci-footer-social-media"><div class="container"><div class="footer-copyright">© 2567 {OFFICE} 3 ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200</div></div></footer>
</div>
<div id="penci-gdpr" class="penci-gdpr-message"><div class="penci-gdpr-inner">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a class="penci-gdpr-accept" href="#">ยอมรับ</a> <a href="/prd/privacy-policy/">นโยบายความเป็นส่วนตัว</a></div></div>
</body>
</html>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.item(a.path, a.title, a.published, a.paras[0]))
            if k == 1 and j == 2:
                items.append(
                    self.item(
                        DELETED,
                        "กษ. เปิดรับสมัครสมาชิกเครือข่ายเกษตรกรรุ่นใหม่ ประจำปี 2567",
                        dt.datetime(2024, 7, 30, 10, 0, tzinfo=TZ),
                        "รายละเอียดสำหรับสมาชิก",
                    )
                )
        n = len(self.pages)
        pag = "".join(
            f'<li><span aria-current="page" class="page-numbers current">{i + 1}</span></li>'
            if i == k
            else f'<li><a class="page-numbers" href="{self.page_url(i)}">{i + 1}</a></li>'
            for i in range(n)
        )
        if k < n - 1:
            pag += f'<li><a class="next page-numbers" href="{self.page_url(k + 1)}"><i class="penci-faicon fa fa-angle-right"></i></a></li>'
        content = f"""<div class="archive-box"><div class="title-bar"><span>หมวดหมู่: </span><h1>ข่าวประชาสัมพันธ์</h1></div></div>
<ul class="penci-wrapper-data penci-grid">{"".join(items)}</ul>
<div class="penci-pagination align-left"><ul class='page-numbers'>{pag}</ul></div>"""
        return self.shell("ข่าวประชาสัมพันธ์" + (f" - หน้า {k + 1}" if k else ""), content)

    def item(self, path, title, d, lead):
        return f"""<li class="list-post penci-item-listp"><article class="item hentry"><div class="thumbnail"><a class="penci-image-holder penci-lazy" href="{path}" title="{esc(title)}"></a></div><div class="content-list-right content-list-center"><div class="header-list-style"><span class="cat"><a class="penci-cat-name" href="/prd/category/news/">ข่าวประชาสัมพันธ์</a></span><h2 class="penci-entry-title entry-title grid-title"><a href="{path}">{esc(title)}</a></h2><div class="grid-post-box-meta"><span class="otherl-date"><time class="entry-date published" datetime="{d.isoformat()}">{relative_th(d, NOW)}</time></span></div></div><div class="item-content entry-content"><p>{esc(lead[:120])}…</p></div></div></article></li>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        mod = a.modified or a.published
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "@id": f"{a.path}#article",
                    "headline": a.title[:110],
                    "datePublished": a.published.isoformat(),
                    "dateModified": mod.isoformat(),
                    "author": {"name": "admin_prd"},
                    "articleSection": ["ข่าวประชาสัมพันธ์"],
                    "inLanguage": "th",
                },
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "หน้าแรก"},
                        {"@type": "ListItem", "position": 2, "name": "ข่าวประชาสัมพันธ์"},
                    ],
                },
            ],
        }
        ld_s = f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>\n<meta property="article:published_time" content="{a.published.isoformat()}" />\n<meta property="article:modified_time" content="{mod.isoformat()}" />'
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        rel = [x for x in self.articles if x is not a][:3]
        inline = f'<div class="penci-ilrelated-posts"><span class="penci-ilrltpost-title">อ่านเพิ่มเติม</span><ul><li><a href="{rel[0].path}">{esc(rel[0].title)}</a></li><li><a href="{rel[1].path}">{esc(rel[1].title)}</a></li></ul></div>'
        half = len(a.paras) // 2
        paras = (
            "\n".join(f"<p>{esc(p)}</p>" for p in a.paras[:half])
            + "\n"
            + inline
            + "\n"
            + "\n".join(f"<p>{esc(p)}</p>" for p in a.paras[half:])
        )
        src = f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>" if a.source else ""
        tags = "".join(f'<a href="/prd/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
        tagbox = f'<div class="post-tags">{tags}</div>' if tags else ""
        pn = ""
        if older:
            pn += f'<div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>โพสต์ก่อนหน้า</span></div><a href="{older.path}"><div class="pagi-text"><h5 class="prev-title">{esc(older.title)}</h5></div></a></div></div>'
        if newer:
            pn += f'<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>โพสต์ถัดไป</span></div><a href="{newer.path}"><div class="pagi-text"><h5 class="next-title">{esc(newer.title)}</h5></div></a></div></div>'
        content = f"""<div class="penci-breadcrumb single-breadcrumb"><span><span><a href="/prd/">หน้าแรก</a></span> » <span><a href="/prd/category/news/">ข่าวประชาสัมพันธ์</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(a.title)}</span></span></div>
<article id="post-{a.id}" class="post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat penci-single-cat"><span class="cat"><a class="penci-cat-name" href="/prd/category/news/">ข่าวประชาสัมพันธ์</a></span></div>
<h1 class="post-title single-post-title entry-title">{esc(a.title)}</h1>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">โดย <a class="author-url url fn n" href="/prd/author/admin_prd/">admin_prd</a></span></span><span><time class="entry-date published" datetime="{a.published.isoformat()}">{relative_th(a.published, NOW)}</time></span><span class="penci-post-countview"><i class="penci-faicon fa fa-eye"></i> <span class="penci-post-countview-number">{commas(a.views)}</span> ครั้ง</span></div>
</div>
<div class="post-image"><img src="/prd/wp-content/uploads/sites/4/2024/news-{a.id}.jpg" alt=""></div>
<div class="post-entry blockquote-style-1">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{paras}
{src}
<div class="penci-single-link-pages"></div>
{tagbox}
<div class="tags-share-box single-post-share tags-share-box-s1"><span class="single-comment-o"><i class="fa fa-comment-o"></i>0 ความคิดเห็น</span><div class="post-share"><span class="post-share-item post-share-plike"><i class="fa fa-heart-o"></i><span class="dt-share">ถูกใจ</span></span><div class="list-posts-share"><a class="post-share-item post-share-facebook" href="#"><span class="dt-share">Facebook</span></a><a class="post-share-item post-share-twitter" href="#"><span class="dt-share">Twitter</span></a><a class="post-share-item post-share-line" href="#"><span class="dt-share">Line</span></a><a class="post-share-item post-share-email" href="#"><span class="dt-share">อีเมล</span></a></div></div></div>
<div class="penci-post-related"><div class="post-title-box"><h4 class="post-box-title">บทความที่เกี่ยวข้อง</h4></div><ul>{"".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel[1:])}</ul></div>
</div>
</div>
<div class="post-pagination">{pn}</div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>แสดงความคิดเห็น</span></h3><form action="/prd/wp-comments-post.php" method="post" id="commentform"><p class="comment-form-comment"><textarea id="comment" name="comment" placeholder="เขียนความคิดเห็นของคุณ"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" value="ส่งความคิดเห็น"></p></form></div>
</article>"""
        return self.shell(a.title, content, ld_s)

    def deleted(self):
        content = """<article class="post type-post status-private hentry"><div class="header-standard header-classic single-header"><h1 class="post-title single-post-title entry-title"></h1></div>
<div class="post-entry"><div class="inner-post-entry entry-content"><div class="swpm-post-not-logged-in-msg">ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณา <a href="/prd/membership-login/">เข้าสู่ระบบ</a> เพื่ออ่านต่อ</div></div></div></article>"""
        return self.shell("เนื้อหาสำหรับสมาชิก", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = [x for x in self.articles if x is not a][:3]
            a.extra["mod_all"] = a.modified or a.published
            must_not = [
                "อ่านเพิ่มเติม",
                "บทความที่เกี่ยวข้อง",
                "ความคิดเห็น",
                "ถูกใจ",
                "Facebook",
                "โพสต์ก่อนหน้า",
                "โพสต์ถัดไป",
                "ที่มา :",
                "ครั้ง",
                "สถิติผู้เข้าชม",
                "ยอมรับ",
                rel[0].title,
                rel[1].title,
                rel[2].title,
                older.title if older else "",
                newer.title if newer else "",
            ]
            rec = record(self, a, must_not, published_time=True)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = SoledadSite()

if __name__ == "__main__":
    main(SITE)
