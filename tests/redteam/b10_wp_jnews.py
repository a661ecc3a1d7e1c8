"""Blind-10 red-team site: WordPress 6 + JNews (Jegtheme) of a provincial community
development office, built blind.

What it imitates:
- numeric permalinks `/archives/%post_id%` (the Thai hosts' favourite), so posts are
  `/archives/2431` and the category archive `/archives/category/pr-news`, paged
  `/archives/category/pr-news/page/N` (no trailing slash);
- the archive: `jeg_postblock_5` rows (`h3.jeg_post_title`, `jeg_meta_date` with a clock icon
  "15 กุมภาพันธ์ 2024", `jeg_post_excerpt` with "อ่านต่อ"), and `jeg_navigation
  jeg_pagination` ("หน้า 1 จาก 3", `page_number` links, `page_nav next` "ถัดไป");
- the single post: `jeg_breadcrumbs` ending in the headline, `h1.jeg_post_title`,
  `jeg_meta_container` ("โดย", `jeg_meta_date` "15 กุมภาพันธ์ 2024": WP `j F Y`, Thai month,
  **CE**, no time; category; comment count), a top share bar whose `jeg_share_stats` print
  "0 SHARES" and the views ("735 VIEWS", every post below 1,000 so never "1.2k"), JNews's
  JSON-LD (`datePublished` / `dateModified` +07:00, every post);
- `entry-content > content-inner`: the text with a `jnews_inline_related_post` block
  ("อ่านข่าวที่เกี่ยวข้อง", two titles) injected **after the second paragraph**, a "ที่มา :"
  paragraph for some; then `jeg_post_tags` "Tags:", `jeg_prevnext_post` ("ข่าวก่อนหน้า" /
  "ข่าวถัดไป" with titles), `jnews_related_post_container` "ข่าวที่เกี่ยวข้อง", the comment
  form "แสดงความคิดเห็น"; sidebar "ข่าวล่าสุด";
- the deleted post gets JNews's 404 content with status 200 ("ไม่พบหน้าที่คุณต้องการ").
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b10_common import B9Site, build, ce_full, neighbours, record

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี"
SOURCES = [None, "กลุ่มงานส่งเสริมและพัฒนาชุมชน", None, "สำนักงานพัฒนาชุมชนอำเภอเมืองอุทัยธานี", None]
CAT = "/archives/category/pr-news"
DELETED = "/archives/2399"


class JNewsSite(B9Site):
    key = "b10_wp_jnews"
    family = "wordpress"
    imitates = "WordPress 6 + JNews: /archives/%post_id% permalinks, jeg_postblock archive with jeg_pagination, h1.jeg_post_title, jeg_meta_date 'j F Y' (CE, no time), share stats 'N VIEWS', JSON-LD dates (+07:00), inline related-post block after the second paragraph inside content-inner, 'ที่มา :', Tags, prev/next with titles, related posts, comments; deleted = 404 content with 200"
    listing_path = CAT
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 3, SOURCES, dt.datetime(2024, 3, 20, 16, 0), first_id=2400, step=3
        )
        for a in self.articles:
            a.path = f"/archives/{a.id}"
            a.views = a.views % 880 + 40
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return CAT if k == 0 else f"{CAT}/page/{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, extra_head=""):
        latest = "".join(
            f'<div class="jeg_post jeg_pl_sm"><h3 class="jeg_post_title"><a href="{x.path}">{esc(x.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{x.path}"><i class="fa fa-clock-o"></i> {ce_full(x.published)}</a></div></div></div>'
            for x in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
<link rel="stylesheet" id="jnews-frontend-css" href="/wp-content/themes/jnews/assets/dist/frontend.min.css?ver=11.0.7" media="all">
<meta name="generator" content="WordPress 6.4.3">
{extra_head}
</head>
<body class="wp-custom-logo jeg_toggle_light jnews jsc_normal">
<div class="jeg_ad jeg_ad_top jnews_header_top_ads"></div>
<div class="jeg_viewport">
<div class="jeg_header_wrapper"><div class="jeg_header normal"><div class="jeg_midbar jeg_container normal"><div class="container"><div class="jeg_nav_row">
<div class="jeg_logo"><a href="/"><img src="/wp-content/uploads/2022/05/logo-cdd.png" alt="{OFFICE}"></a></div>
<div class="jeg_nav_item jeg_main_menu_wrapper"><ul class="jeg_menu jeg_main_menu"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li class="current-menu-item"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></div>
<div class="jeg_nav_item jeg_search_wrapper"><form action="/" method="get" class="jeg_search_form"><input name="s" class="jeg_search_input" placeholder="ค้นหา..." type="text"></form></div>
</div></div></div></div></div>
<div class="jeg_main"><div class="jeg_container">
<div class="jeg_content"><div class="container"><div class="row">
<div class="jeg_main_content col-md-8">
{content}
</div>
<div class="jeg_sidebar jeg_sticky_sidebar col-md-4"><div class="widget widget_jnews_module_block_21"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>ข่าวล่าสุด</span></h3></div><div class="jeg_posts">{latest}</div></div>
<div class="widget widget_text"><div class="jeg_block_heading"><h3 class="jeg_block_title"><span>ติดต่อหน่วยงาน</span></h3></div><div class="textwidget"><p>ศาลากลางจังหวัดอุทัยธานี ชั้น 2 โทร. 0-5651-1111</p></div></div></div>
</div></div></div>
</div></div>
<div class="footer-holder" id="footer"><div class="jeg_footer"><div class="container"><p class="copyright">&copy; 2024 {OFFICE}. All Rights Reserved.</p></div></div></div>
</div>
<script src="/wp-content/themes/jnews/assets/dist/frontend.min.js?ver=11.0.7"></script>
</body>
</html>"""

    def listing(self, k):
        items = list(self.pages[k])
        posts = []
        for j, a in enumerate(items):
            posts.append(self.card(a.path, a.title, a.published, a.paras[0][:140]))
            if k == 1 and j == 4:
                posts.append(
                    self.card(
                        DELETED,
                        "ประกาศรับสมัครคัดเลือกผู้นำ อช. ดีเด่น ระดับจังหวัด ประจำปี 2567",
                        dt.datetime(2024, 2, 1),
                        "ประกาศรับสมัครคัดเลือกผู้นำอาสาพัฒนาชุมชนดีเด่น",
                    )
                )
        n = len(self.pages)
        nav = [f'<span class="page_info">หน้า {k + 1} จาก {n}</span>']
        if k > 0:
            nav.append(
                f'<a href="{self.page_url(k - 1)}" class="page_nav prev" data-id="{k}"><span class="navtext">ก่อนหน้า</span></a>'
            )
        for i in range(n):
            nav.append(
                f'<span class="page_number active">{i + 1}</span>'
                if i == k
                else f'<a href="{self.page_url(i)}" class="page_number" data-id="{i + 1}">{i + 1}</a>'
            )
        if k < n - 1:
            nav.append(
                f'<a href="{self.page_url(k + 1)}" class="page_nav next" data-id="{k + 2}"><span class="navtext">ถัดไป</span></a>'
            )
        content = f"""<div class="jeg_breadcrumbs jeg_breadcrumb_category"><div id="breadcrumbs"><span><a href="/">หน้าแรก</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link">ข่าวประชาสัมพันธ์</span></div></div>
<div class="jeg_archive_header"><h1 class="jeg_archive_title">ข่าวประชาสัมพันธ์</h1></div>
<div class="jnews_archive_content_wrapper"><div class="jeg_postblock_5 jeg_postblock jeg_col_2o3"><div class="jeg_block_container"><div class="jeg_posts jeg_load_more_flag">
{"".join(posts)}
</div></div></div>
<div class="jeg_navigation jeg_pagination jeg_pagenav_1 jeg_aligncenter no_navtext no_pageinfo">{"".join(nav)}</div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content)

    def card(self, path, title, d, excerpt):
        return f"""<article class="jeg_post jeg_pl_lg_2 format-standard"><div class="jeg_thumb"><a href="{path}"><div class="thumbnail-container animate-lazy size-715"><img width="350" height="250" src="/wp-content/uploads/thumb.jpg" class="attachment-jnews-350x250" alt=""></div></a><div class="jeg_post_category"><span><a href="{CAT}" class="category-pr-news">ข่าวประชาสัมพันธ์</a></span></div></div>
<div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{path}">{esc(title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_author"><span class="by">โดย</span> <a href="/archives/author/admin">admin</a></div><div class="jeg_meta_date"><a href="{path}"><i class="fa fa-clock-o"></i> {ce_full(d)}</a></div></div>
<div class="jeg_post_excerpt"><p>{esc(excerpt)}</p><a href="{path}" class="jeg_readmore">อ่านต่อ</a></div></div></article>"""

    def related(self, a):
        others = [x for x in self.articles if x is not a]
        i = self.articles.index(a)
        return [
            others[(i + 3) % len(others)],
            others[(i + 7) % len(others)],
            others[(i + 11) % len(others)],
        ]

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        rel = self.related(a)
        inline = f"""<div class="jnews_inline_related_post_wrapper"><div class="jnews_inline_related_post"><div class="jeg_postblock_29 jeg_postblock"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>อ่านข่าวที่เกี่ยวข้อง</span></h3></div><div class="jeg_posts"><div class="jeg_postsmall">{"".join(f'<article class="jeg_post"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{x.path}">{esc(x.title)}</a></h3></div></article>' for x in rel[:2])}</div></div></div></div></div>"""
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(2, inline)
        if a.source:
            paras.append(f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>")
        tags = ""
        if a.tags:
            tags = (
                '<div class="jeg_post_tags"><span>Tags:</span> '
                + "".join(
                    f'<a href="/archives/tag/{esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        pn = '<div class="jnews_prev_next_container"><div class="jeg_prevnext_post">'
        if older:
            pn += f'<a href="{older.path}" class="post prev-post"><span class="caption">ข่าวก่อนหน้า</span><h3 class="post-title">{esc(older.title)}</h3></a>'
        if newer:
            pn += f'<a href="{newer.path}" class="post next-post"><span class="caption">ข่าวถัดไป</span><h3 class="post-title">{esc(newer.title)}</h3></a>'
        pn += "</div></div>"
        relb = "".join(
            f'<article class="jeg_post jeg_pl_md_5"><div class="jeg_postblock_content"><h3 class="jeg_post_title"><a href="{x.path}">{esc(x.title)}</a></h3><div class="jeg_post_meta"><div class="jeg_meta_date"><a href="{x.path}"><i class="fa fa-clock-o"></i> {ce_full(x.published)}</a></div></div></div></article>'
            for x in rel
        )
        ld = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": f"https://uthaithani.cdd.go.th{a.path}",
            },
            "dateCreated": a.published.isoformat(),
            "datePublished": a.published.isoformat(),
            "dateModified": a.modified.isoformat(),
            "url": f"https://uthaithani.cdd.go.th{a.path}",
            "headline": a.title,
            "name": a.title,
            "articleSection": ["ข่าวประชาสัมพันธ์"],
            "author": {"@type": "Person", "name": "admin"},
            "publisher": {"@type": "Organization", "name": OFFICE},
        }
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        content = f"""<div class="jeg_inner_content">
<div class="jeg_breadcrumbs jeg_breadcrumb_container"><div id="breadcrumbs"><span><a href="/">หน้าแรก</a></span><i class="fa fa-angle-right"></i><span><a href="{CAT}">ข่าวประชาสัมพันธ์</a></span><i class="fa fa-angle-right"></i><span class="breadcrumb_last_link"><a href="{a.path}">{esc(a.title)}</a></span></div></div>
<div class="entry-header">
<h1 class="jeg_post_title">{esc(a.title)}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta jeg_post_meta_1"><div class="meta_left">
<div class="jeg_meta_author"><img src="/wp-content/uploads/avatar.png" class="avatar" width="80" height="80" alt="admin"><span class="meta_text">โดย</span> <a href="/archives/author/admin">admin</a></div>
<div class="jeg_meta_date"><a href="{a.path}">{ce_full(a.published)}</a></div>
<div class="jeg_meta_category"><span><span class="meta_text">ใน</span> <a href="{CAT}" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div>
</div><div class="meta_right"><div class="jeg_meta_comment"><a href="{a.path}#comments"><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
</div>
<div class="jeg_featured featured_image"><a href="/wp-content/uploads/2024/news-{a.id}.jpg"><div class="thumbnail-container"><img width="750" height="536" src="/wp-content/uploads/2024/news-{a.id}-750x536.jpg" alt="{esc(a.title)}"></div></a></div>
<div class="jeg_share_top_wrapper"><div class="jeg_share_button clearfix"><div class="jeg_share_stats"><div class="jeg_share_count"><div class="counts">0</div><span class="sharetext">SHARES</span></div><div class="jeg_views_count"><div class="counts">{a.views}</div><span class="sharetext">VIEWS</span></div></div><div class="jeg_sharelist"><a href="https://www.facebook.com/sharer.php?u=https%3A%2F%2Futhaithani.cdd.go.th{a.path}" rel="nofollow" class="jeg_btn-facebook expanded"><i class="fa fa-facebook-official"></i><span>แชร์บน Facebook</span></a><a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Futhaithani.cdd.go.th{a.path}" class="jeg_btn-line expanded"><i class="fa fa-line"></i><span>แชร์ผ่าน LINE</span></a></div></div></div>
<div class="entry-content no-share">
<div class="jeg_share_button share-float jeg_sticky_share clearfix share-monocrhome"></div>
<div class="content-inner ">
{"".join(paras)}
</div>
{tags}
</div>
{pn}
<div class="jnews_related_post_container"><div class="jeg_postblock_22 jeg_postblock jeg_module_hook"><div class="jeg_block_heading jeg_block_heading_6"><h3 class="jeg_block_title"><span>ข่าวที่เกี่ยวข้อง</span></h3></div><div class="jeg_block_container"><div class="jeg_posts_wrap"><div class="jeg_posts">{relb}</div></div></div></div></div>
<div class="jnews_comment_container"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น</h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php">เข้าสู่ระบบ</a>เพื่อแสดงความคิดเห็น</p></div></div>
</div>"""
        return self.shell(a.title, content, head)

    def deleted(self):
        content = """<div class="jeg_404_content"><div class="jeg_archive_header"><h1 class="jeg_archive_title">Error 404</h1></div><div class="content-inner"><h3>ไม่พบหน้าที่คุณต้องการ</h3><p>หน้าที่คุณค้นหาอาจถูกลบ ย้าย หรือไม่มีอยู่ ลองค้นหาอีกครั้ง</p><form action="/" method="get" class="jeg_search_form"><input name="s" class="jeg_search_input" placeholder="ค้นหา..." type="text"></form></div></div>"""
        return self.shell("ไม่พบหน้า", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = self.related(a)
            must_not = [
                "อ่านข่าวที่เกี่ยวข้อง",
                "ข่าวที่เกี่ยวข้อง",
                "SHARES",
                "VIEWS",
                "แชร์บน Facebook",
                "แชร์ผ่าน LINE",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "แสดงความคิดเห็น",
                "Tags:",
                "ข่าวล่าสุด",
                rel[0].title,
                rel[1].title,
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = JNewsSite()

if __name__ == "__main__":
    main(SITE)
