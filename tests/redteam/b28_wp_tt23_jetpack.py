"""Blind-28 red-team site: **WordPress 6.5 + Twenty Twenty-Three (block theme)** with
**Jetpack** (Sharing, Likes, Related Posts) and **Post Views Counter**, a provincial community
development office (สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี), built blind.

What it imitates:
- core fingerprints: `meta name=generator content="WordPress 6.5.3"`, `/wp-content/themes/
  twentytwentythree/`, `/wp-includes/`, `wp-json` / RSD / feed links, `wp-block-*` classes,
  the block theme's `div.wp-site-blocks` with header / main / footer template parts;
- the numeric permalink structure `/archives/%post_id%`, so the category archive is
  `/archives/category/news/` and its pages `/archives/category/news/page/N/`;
- TT23's single template: `h1.wp-block-post-title`, the post content
  (`div.entry-content.wp-block-post-content`) to which Jetpack appends its sharing bar
  ("แชร์:", print and e-mail buttons), the Likes widget ("ถูกใจ กำลังโหลด...") and
  **Related Posts with three titles, dates and "ใน &quot;ข่าวประชาสัมพันธ์&quot;" inside the
  content div**; Post Views Counter's "ยอดผู้เข้าชม: 1,234" after the text; then the
  post-meta part **after the content**: `wp-block-post-date` (visible "5 มีนาคม 2024", Thai month
  with CE year, `time datetime` ISO +07:00), for edited posts a second post-date block showing the
  modified date ("แก้ไขล่าสุด"), categories "ใน", author "โดย" (a login name), tags with the
  prefix "แท็ก: "; the comments block with the logged-out prompt; prev / next post links with
  both titles;
- the source typed by editors: "ข่าว/ภาพ: office" (1 in 3) or **the office alone as a
  right-aligned sign-off paragraph** (1 in 3), none otherwise; a captioned image (some), a file
  block with "ดาวน์โหลด" (some);
- Jetpack's "Blog Stats" and "Recent Posts" in the footer, a cookie banner (Cookie Notice).
Listing: the category archive with the Query Loop, `nav.wp-block-query-pagination`.
Deleted: a password-protected post: 200, title "ป้องกัน: …" and WordPress's password form.
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดอุทัยธานี"
HOST = "https://uthaithani.cdd.go.th"
USER = "cdd_uthai01"
PER_PAGE = 8
LIST = "/archives/category/news/"
CATEGORY = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "กลุ่มงานส่งเสริมและพัฒนาชุมชน",
    "สำนักงานพัฒนาชุมชนอำเภอหนองฉาง",
    "ฝ่ายบริหารทั่วไป สพจ.อุทัยธานี",
]
SIGNOFFS = ["สำนักงานพัฒนาชุมชนอำเภอลานสัก", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"]
DELETED_ID = 4790
DELETED_TITLE = "ประกาศผลการคัดเลือกกลุ่มออมทรัพย์เพื่อการผลิตดีเด่น"
VER = "6.5.3"


def wp_date(d: dt.datetime) -> str:
    """TT23 with the th locale and the 'j F Y' site format: Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class TT23Site(BaseSite):
    key = "b28_wp_tt23_jetpack"
    family = "wordpress"
    imitates = "WordPress 6.5 + Twenty Twenty-Three block theme + Jetpack (sharing, likes, related posts) + Post Views Counter: numeric permalinks /archives/N, category archive /archives/category/news/page/N/ with wp-block-query-pagination; h1.wp-block-post-title; Jetpack share bar, likes and related posts (titles, dates, category context) inside entry-content; 'ยอดผู้เข้าชม: N' after the text; post-meta after the content with time datetime ISO and visible Thai month + CE year, modified date block only for edited posts, author login, tags 'แท็ก: '; source as 'ข่าว/ภาพ:' or an office alone as a right-aligned sign-off; deleted = password-protected post (200, 'ป้องกัน:' + password form)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 14, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        pid = 4788
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 5
            a.time_printed = True  # the datetime attribute always carries the time
            a.path = f"/archives/{a.id}"
            kind = i % 3
            a.extra["src_kind"] = kind
            if kind == 0:
                a.source = SOURCES[i % len(SOURCES)]
            elif kind == 1:
                a.source = SIGNOFFS[i % len(SIGNOFFS)]
            else:
                a.source = None
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 7 == 4
            if not a.tags:
                a.tags = []
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        self.deleted = f"/archives/{DELETED_ID}"
        assert self.deleted not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, main_html, body_class, head_extra=""):
        recent = "".join(
            f'<li><a class="wp-block-latest-posts__post-title" href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="{HOST}/comments/feed" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver={VER}' media='all' />
<link rel='stylesheet' id='twentytwentythree-style-css' href='{HOST}/wp-content/themes/twentytwentythree/style.css?ver=1.4' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{HOST}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.7' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{HOST}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{HOST}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.4.2' media='all' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress {VER}" />
{head_extra}<style>img#wpstats{{display:none}}</style>
</head>

<body class="{body_class} wp-embed-responsive cookies-not-set">

<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="/" target="_self" rel="home">{OFFICE}</a></p>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex wp-block-navigation-is-layout-flex" aria-label="เมนู"><button aria-haspopup="true" aria-label="เปิดเมนู" class="wp-block-navigation__responsive-container-open"></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-close"><div class="wp-block-navigation__responsive-dialog"><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/"><span class="wp-block-navigation-item__label">หน้าแรก</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/about"><span class="wp-block-navigation-item__label">ข้อมูลหน่วยงาน</span></a></li><li class="wp-block-navigation-item current-menu-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="{LIST}"><span class="wp-block-navigation-item__label">{CATEGORY}</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/ita"><span class="wp-block-navigation-item__label">ITA</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/contact"><span class="wp-block-navigation-item__label">ติดต่อเรา</span></a></li></ul></div></div></div></div></nav></div>
</div>
</header>

{main_html}

<footer class="wp-block-template-part">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">เรื่องล่าสุด</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{recent}</ul></div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">สถิติเว็บไซต์</h2><div class="widget widget_blog-stats"><ul><li>ผู้เข้าชม 218,436 ครั้ง</li></ul></div></div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading">ติดต่อ</h2><p>{OFFICE} ศาลากลางจังหวัดอุทัยธานี ชั้น 2 ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000 โทร 0-5651-1064</p></div>
</div>
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a href="/" target="_self" rel="home">{OFFICE}</a></p><p class="has-text-align-right">ออกแบบด้วย <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div>
</div>
</footer></div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่ท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a><a href="{HOST}/privacy-policy" target="_blank" id="cn-more-info" class="cn-more-info cn-button">นโยบายความเป็นส่วนตัว</a></span></div></div>
<script src='{HOST}/wp-content/plugins/jetpack/_inc/build/likes/queuehandler.min.js?ver=13.4.2' id='jetpack_likes_queuehandler-js'></script>
<script src='https://stats.wp.com/e-202424.js' id='jetpack-stats-js' defer='defer' data-wp-strategy='defer'></script>
<script id="jetpack-stats-js-after">_stq = window._stq || [];_stq.push([ "view", JSON.parse("{{\\"v\\":\\"ext\\",\\"blog\\":\\"201877431\\"}}") ]);</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def page_href(self, k):
        return LIST if k == 1 else f"{LIST}page/{k}/"

    def pager(self, k):
        n = len(self.pages)
        prev = (
            f'<a href="{self.page_href(k - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>หน้าก่อน</a>'
            if k > 1
            else ""
        )
        nums = []
        for i in range(1, n + 1):
            if i == k:
                nums.append(f'<span aria-current="page" class="page-numbers current">{i}</span>')
            else:
                nums.append(f'<a class="page-numbers" href="{self.page_href(i)}">{i}</a>')
        nxt = (
            f'<a href="{self.page_href(k + 1)}" class="wp-block-query-pagination-next">หน้าถัดไป<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
            if k < n
            else ""
        )
        return f"""<nav class="wp-block-query-pagination is-layout-flex wp-block-query-pagination-is-layout-flex" aria-label="การแบ่งหน้า">{prev}
<div class="wp-block-query-pagination-numbers">{"".join(nums)}</div>{nxt}</nav>"""

    def card(self, a, deleted=False):
        excerpt = (
            "ไม่มีข้อความตัดตอนเนื่องจากเรื่องนี้ได้รับการป้องกันด้วยรหัสผ่าน"
            if deleted
            else esc(a.paras[0][:160]) + " [&hellip;]"
        )
        title = f"ป้องกัน: {esc(a.title)}" if deleted else esc(a.title)
        return f"""<li class="wp-block-post post-{a.id} post type-post status-publish format-standard hentry category-news">
<h2 class="wp-block-post-title has-x-large-font-size"><a href="{a.path}" target="_self">{title}</a></h2>
<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{excerpt} </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{a.path}">อ่านต่อ</a></p></div>
<div class="wp-block-post-date has-small-font-size"><time datetime="{a.published.isoformat()}"><a href="{a.path}">{wp_date(a.published)}</a></time></div>
</li>"""

    def listing(self, k):
        cards = [self.card(a) for a in self.pages[k - 1]]
        if k == 2:
            ghost = self.pages[1][2]
            fake = Article(
                id=DELETED_ID,
                title=DELETED_TITLE,
                paras=[""],
                published=ghost.published - dt.timedelta(hours=5),
                time_printed=True,
                path=self.deleted,
            )
            cards.insert(3, self.card(fake, deleted=True))
        main_html = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<h1 style="margin-bottom:var(--wp--preset--spacing--50)" class="alignwide wp-block-query-title">หมวดหมู่: <span>{CATEGORY}</span></h1>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="is-flex-container columns-3 alignwide wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">
{"".join(cards)}
</ul>
<div style="height:var(--wp--preset--spacing--50)" aria-hidden="true" class="wp-block-spacer"></div>
{self.pager(k)}</div>
</main>"""
        title = (
            f"{CATEGORY} &#8211; หน้า {k} &#8211; {OFFICE}"
            if k > 1
            else f"{CATEGORY} &#8211; {OFFICE}"
        )
        return self.shell(
            title.replace("&#8211;", "–"),
            main_html,
            "archive category category-news category-5"
            + (f" paged paged-{k} category-paged-{k}" if k > 1 else ""),
            f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดหมวดหมู่ {CATEGORY}" href="{HOST}{LIST}feed" />\n',
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        picks = [j for j in (i + 3, i - 2, i + 5, i - 6, i + 1) if 0 <= j < len(self.articles)]
        return [self.articles[j] for j in picks[:3]]

    def content(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            fig = f"""<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{HOST}/wp-content/uploads/2024/05/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพกิจกรรม {esc(OFFICE)}</figcaption></figure>"""
            paras.insert(1, fig)
        if a.extra["file"]:
            paras.append(
                f"""<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="{HOST}/wp-content/uploads/2024/05/doc-{a.id}.pdf">doc-{a.id}</a><a href="{HOST}/wp-content/uploads/2024/05/doc-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>"""
            )
        kind = a.extra["src_kind"]
        if kind == 0:
            paras.append(f"<p><strong>ข่าว/ภาพ:</strong> {esc(a.source)}</p>")
        elif kind == 1:
            paras.append(f'<p class="has-text-align-right">{esc(a.source)}</p>')
        views = f"""<div class="post-views content-post post-{a.id} entry-meta load-static">
				<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">ยอดผู้เข้าชม:</span> <span class="post-views-count">{a.views:,}</span>
			</div>"""
        share = f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="{HOST}{a.path}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" data-shared="sharing-x-{a.id}" class="share-x sd-button share-icon" href="{HOST}{a.path}?share=x" target="_blank" title="คลิกเพื่อแชร์บน X"><span>X</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" data-shared="" class="share-print sd-button share-icon" href="{HOST}{a.path}#print" target="_blank" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" data-shared="" class="share-email sd-button share-icon" href="mailto:?subject=%5B%E0%B9%80%E0%B8%A3%E0%B8%B7%E0%B9%88%E0%B8%AD%E0%B8%87%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B9%81%E0%B8%8A%E0%B8%A3%E0%B9%8C%5D&amp;body={HOST}{a.path}&amp;share=email" target="_blank" title="คลิกเพื่อส่งลิงก์ทางอีเมลให้เพื่อน"><span>อีเมล</span></a></li><li class="share-end"></li></ul></div></div></div>"""
        likes = f"""<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-201877431-{a.id}-6650b1c2' data-src='https://widgets.wp.com/likes/?ver=13.4.2#blog_id=201877431&amp;post_id={a.id}&amp;origin=uthaithani.cdd.go.th&amp;obj_id=201877431-{a.id}-6650b1c2' data-name='like-post-frame-201877431-{a.id}-6650b1c2' data-title='ถูกใจหรือรีบล็อก'><h3 class="sd-title">ถูกใจสิ่งนี้:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>ถูกใจ</span></span> <span class="loading">กำลังโหลด...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"""
        rel_items = "".join(
            f"""<div class="jp-related-posts-i2__post" id="related-posts-item-{r.id}" role="listitem"><a id="related-posts-item-{r.id}-label" href="{r.path}?relatedposts_hit=1&amp;relatedposts_origin={a.id}&amp;relatedposts_position={j}" class="jp-related-posts-i2__post-link">{esc(r.title)}</a><dl class="jp-related-posts-i2__post-defs"><dt>วันที่</dt><dd class="jp-related-posts-i2__post-date">{wp_date(r.published)}</dd><dt>ใน</dt><dd class="jp-related-posts-i2__post-context">ใน &quot;{CATEGORY}&quot;</dd></dl></div>"""
            for j, r in enumerate(self.related(a))
        )
        rel = f"""<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>เกี่ยวข้อง</em></h3><nav class="jp-relatedposts-i2" data-layout="grid"><div class="jp-related-posts-i2__list" role="list" data-count="3">{rel_items}</div></nav></div>"""
        return "\n\n".join(paras) + "\n" + views + share + likes + rel

    def post_meta(self, a):
        edited = ""
        if a.modified:
            edited = f"""<p class="has-small-font-size">แก้ไขล่าสุด</p>
<div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size"><time datetime="{a.modified.isoformat()}">{wp_date(a.modified)}</time></div>"""
        tags = ""
        if a.tags:
            links = '<span class="wp-block-post-terms__separator">, </span>'.join(
                f'<a href="/archives/tag/{esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
            )
            tags = f'<div class="taxonomy-post_tag wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">แท็ก: </span>{links}</div>'
        return f"""<div class="wp-block-template-part">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" style="margin-top:var(--wp--preset--spacing--70)">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<p class="has-small-font-size">โพสต์เมื่อ</p>
<div class="wp-block-post-date has-small-font-size"><time datetime="{a.published.isoformat()}"><a href="{a.path}">{wp_date(a.published)}</a></time></div>
{edited}
<p class="has-small-font-size">ใน</p>
<div class="taxonomy-category wp-block-post-terms has-small-font-size"><a href="{LIST}" rel="tag">{CATEGORY}</a></div>
<p class="has-small-font-size">โดย</p>
<div class="wp-block-post-author-name has-small-font-size"><a href="/archives/author/{USER}" target="_self" class="wp-block-post-author-name__link">{USER}</a></div>
</div>
{tags}
</div>
</div>"""

    def single(self, a):
        newer, older = self.neighbours(a)
        prev_link = (
            f'<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{older.path}" rel="prev">{esc(older.title)}</a></div>'
            if older
            else ""
        )
        next_link = (
            f'<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{newer.path}" rel="next">{esc(newer.title)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
            if newer
            else ""
        )
        featured = ""
        if a.id % 2 == 0:
            featured = f'<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="alignwide wp-block-post-featured-image"><img width="1200" height="800" src="{HOST}/wp-content/uploads/2024/05/feature-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure>'
        main_html = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{esc(a.title)}</h1>
{featured}
</div>

<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained">{self.content(a)}</div>

<div style="margin-top:var(--wp--preset--spacing--70);margin-bottom:var(--wp--preset--spacing--70);" class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<hr class="wp-block-separator has-text-color has-contrast-color has-alpha-channel-opacity has-contrast-background-color has-background is-style-wide" />
{self.post_meta(a)}
</div>

<div class="wp-block-comments wp-block-comments-query-loop" style="margin-top:var(--wp--preset--spacing--70);margin-bottom:var(--wp--preset--spacing--70)">
<h2 class="wp-block-heading has-x-large-font-size">ความเห็น</h2>
<div id="respond" class="comment-respond wp-block-post-comments-form">
<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">คุณต้อง<a href="{HOST}/wp-login.php?redirect_to={HOST}{a.path}">เข้าสู่ระบบ</a>เพื่อแสดงความเห็น</p>
</div>
</div>

<nav class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex" aria-label="การนำทางเรื่อง" style="padding-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--40)">{prev_link}
{next_link}</nav>
</main>"""
        head = f"""<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />
<link rel="canonical" href="{HOST}{a.path}" />
<link rel='shortlink' href='https://wp.me/pdGx7R-{a.id}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{HOST}{a.path}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:locale" content="th_TH" />
"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            main_html,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def protected(self):
        main_html = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">ป้องกัน: {esc(DELETED_TITLE)}</h1>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained wp-block-post-content-is-layout-constrained"><form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน หากต้องการดู กรุณาใส่รหัสผ่านด้านล่าง:</p>
<p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p>
</form></div>
</main>"""
        return self.shell(
            f"ป้องกัน: {DELETED_TITLE} – {OFFICE}",
            main_html,
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard post-password-required",
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/archives/category/news":
            return 301, {"Location": base + LIST}, b""
        if path == LIST:
            return self.html_response(self.listing(1))
        m = re.fullmatch(r"/archives/category/news/page/(\d+)/?", path)
        if m:
            k = int(m[1])
            if k == 1:
                return 301, {"Location": base + LIST}, b""
            if 2 <= k <= len(self.pages):
                return self.html_response(self.listing(k))
            return None
        p = path.rstrip("/") if path != "/" else path
        if p == self.deleted:
            return self.html_response(self.protected())
        if p in self.by_path:
            return self.html_response(self.single(self.by_path[p]))
        if path in ("/feed", "/feed/"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><dc:creator><![CDATA[{USER}]]></dc:creator><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><category><![CDATA[{CATEGORY}]]></category><guid isPermaLink="false">{HOST}/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language><generator>https://wordpress.org/?v={VER}</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                wp_date(a.published),
                "โพสต์เมื่อ",
                "ยอดผู้เข้าชม:",
                "แชร์:",
                "คลิกเพื่อแชร์บน Facebook",
                "ถูกใจสิ่งนี้:",
                "กำลังโหลด...",
                "เกี่ยวข้อง",
                f'ใน "{CATEGORY}"',
                "คุณต้องเข้าสู่ระบบเพื่อแสดงความเห็น",
                "ใส่ความเห็น",
                "เรื่องล่าสุด",
                "ผู้เข้าชม 218,436 ครั้ง",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่ท่าน",
                "ถนนศรีอุทัย ตำบลอุทัยใหม่",
                "ออกแบบด้วย",
                "แท็ก:",
            ]
            if a.modified:
                must_not += ["แก้ไขล่าสุด", wp_date(a.modified)]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            if a.extra["file"]:
                must_not += ["ดาวน์โหลด", f"doc-{a.id}"]
            must_not += a.tags
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = TT23Site()

if __name__ == "__main__":
    main(SITE)
