"""Blind-3 red-team site: a provincial public relations office on WordPress 6 with the
GeneratePress theme and Jetpack (built blind).

What it imitates (facts about the printed markup of such sites, not any theme's code):
- the posts are listed on the *front page* (`/`, then `/page/N/`, GeneratePress
  `nav#nav-below.paging-navigation` with `div.nav-links` "ถัดไป →"), permalinks
  `/%category%/%post_id%/` = `/pr-news/N/`;
- `<title>` is the office name on every page (a theme option / no SEO plugin), no og tags;
- `article.post.hentry` (schema.org CreativeWork microdata), `h1.entry-title[itemprop=headline]`,
  `div.entry-meta` with `time.entry-date.published` (Thai month, CE year `3 ตุลาคม 2018`
  as WordPress' Thai locale prints it; ISO `datetime` with +07:00) and, for edited posts only,
  a `time.updated` before it (hidden by CSS) — never-edited posts print one
  `time.entry-date.published.updated` (hAtom), so `modified_at` is null for them;
  "โดย admin", WP-PostViews "เปิดอ่าน 1,234 ครั้ง";
- the editor types a dateline as the first paragraph of the text ("วันพุธที่ 3 ตุลาคม
  พ.ศ. 2561 เวลา 17.08 น.", BE, dotted time — the same moment as the post date), and a
  sign-off "ข่าว : ..." as the last one;
- inside `div.entry-content`: Jetpack sharedaddy ("แชร์:", Facebook, LINE, "พิมพ์"), Jetpack
  likes ("ถูกใจ กำลังโหลด...") and the `div#jp-relatedposts` heading "ที่เกี่ยวข้อง" with
  three server-rendered related items;
- `footer.entry-meta`: "หมวดหมู่", "ป้ายกำกับ", `nav#nav-below.post-navigation` with the
  neighbours' titles; comments "ใส่ความเห็น"; sidebar "เรื่องล่าสุด" and an archive widget;
- the deleted item: `/pr-news/5000/` answers 200 with "ไม่พบข้อมูล" in the article template
  (a trashed post replaced by a redirect plugin's placeholder).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    fmt_weekday,
    main,
    make_articles,
    paginate,
)
from .b3_common import ensure_source

SITE_NAME = "สำนักงานประชาสัมพันธ์จังหวัดสตูล"
PER_PAGE = 8
DELETED_ID = 5000
SOURCES = ["สำนักงานประชาสัมพันธ์จังหวัดสตูล", "ศูนย์ประชาสัมพันธ์ สภ.เมืองสตูล", None]


def wp_th(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def dateline(d: dt.datetime) -> str:
    return f"{fmt_weekday(d).replace('ที่ ', 'ที่ ', 1).replace(str(d.year + 543), 'พ.ศ. ' + str(d.year + 543))} เวลา {d.hour:02d}.{d.minute:02d} น."


def build() -> list[Article]:
    arts = make_articles(
        "b3_wp_generatepress", 22, start=dt.datetime(2018, 12, 20, 17, 0, tzinfo=TZ), offset=17
    )
    for i, a in enumerate(arts):
        a.id = 4900 - i * 7 - (i % 3)
        a.time_printed = True
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/pr-news/{a.id}/"
    return arts


class GeneratePressSite(BaseSite):
    key = "b3_wp_generatepress"
    family = "wordpress"
    imitates = "WordPress 6 + GeneratePress + Jetpack (front-page listing /page/N/, hAtom times, typed dateline, sign-off)"
    listing_path = "/"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/"] + [f"/page/{n}/" for n in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/pr-news/{DELETED_ID}/"]

    # ------------------------------------------------------------ shell
    def shell(self, base, body_cls, main_html):
        recent = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8">
	<title>{SITE_NAME}</title>
<meta name='robots' content='max-image-preview:large' />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" href="{base}/feed/" />
<link rel='stylesheet' id='generate-style-css' href='{base}/wp-content/themes/generatepress/assets/css/main.min.css?ver=3.5.1' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.9' media='all' />
<meta name="generator" content="WordPress 6.6.2" />
</head>
<body class="{body_cls} right-sidebar nav-float-right separate-containers header-aligned-left dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a>
	<header class="site-header has-inline-mobile-toggle" id="masthead" aria-label="Site" itemtype="https://schema.org/WPHeader" itemscope>
		<div class="inside-header grid-container">
			<div class="site-branding"><p class="main-title" itemprop="headline"><a href="{base}/" rel="home">{SITE_NAME}</a></p><p class="site-description" itemprop="description">ข่าวสารจังหวัดสตูล</p></div>
			<nav class="main-navigation sub-menu-right" id="site-navigation" aria-label="Primary" itemtype="https://schema.org/SiteNavigationElement" itemscope><div class="inside-navigation grid-container"><div id="primary-menu" class="main-nav"><ul id="menu-main" class="menu sf-menu"><li class="menu-item current-menu-item"><a href="{base}/">หน้าแรก</a></li><li class="menu-item"><a href="{base}/pr-news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{base}/contact/">ติดต่อ</a></li></ul></div></div></nav>
		</div>
	</header>
	<div class="site grid-container container hfeed" id="page">
		<div class="site-content" id="content">
	<div class="content-area" id="primary">
		<main class="site-main" id="main">
{main_html}
		</main>
	</div>
	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
		<div class="inside-right-sidebar">
			<aside id="search-2" class="widget inner-padding widget_search"><form method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" title="ค้นหาสำหรับ:"></label><button class="search-submit" aria-label="ค้นหา"></button></form></aside>
			<aside id="recent-posts-2" class="widget inner-padding widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></aside>
			<aside id="archives-2" class="widget inner-padding widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul><li><a href="{base}/2018/12/">ธันวาคม 2018</a></li><li><a href="{base}/2018/11/">พฤศจิกายน 2018</a></li><li><a href="{base}/2018/10/">ตุลาคม 2018</a></li></ul></aside>
		</div>
	</div>
	</div>
</div>
<div class="site-footer"><footer class="site-info" aria-label="Site" itemtype="https://schema.org/WPFooter" itemscope><div class="inside-site-info grid-container"><div class="copyright-bar">&copy; 2025 {SITE_NAME} &bull; สร้างด้วย <a href="https://generatepress.com" itemprop="url">GeneratePress</a></div></div></footer></div>
<script src="{base}/wp-content/themes/generatepress/assets/js/menu.min.js?ver=3.5.1" id="generate-menu-js"></script>
</body>
</html>"""

    def times(self, a):
        pub = a.published.isoformat()
        if a.modified:
            return (
                f'<time class="updated" datetime="{a.modified.isoformat()}" itemprop="dateModified">{wp_th(a.modified)}</time>'
                f'<time class="entry-date published" datetime="{pub}" itemprop="datePublished">{wp_th(a.published)}</time>'
            )
        return f'<time class="entry-date published updated" datetime="{pub}" itemprop="datePublished">{wp_th(a.published)}</time>'

    # ------------------------------------------------------------ listing
    def listing(self, base, n):
        if not 1 <= n <= len(self.pages):
            return None
        arts = []
        for k, a in enumerate(self.pages[n - 1]):
            arts.append(f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr-news" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{base}{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
		<div class="entry-meta"><span class="posted-on">{self.times(a)}</span> <span class="byline">โดย <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{base}/author/admin/" title="ดูเรื่องทั้งหมดเขียนโดย admin" rel="author" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span></span></div></header>
		<div class="entry-summary" itemprop="text"><p>{esc(a.paras[0][:200])} <a title="{esc(a.title)}" class="read-more" href="{base}{a.path}" aria-label="อ่านเพิ่มเติมเกี่ยวกับ {esc(a.title)}">อ่านเพิ่มเติม</a></p></div>
		<footer class="entry-meta" aria-label="Entry meta"><span class="cat-links"><span class="screen-reader-text">หมวดหมู่ </span><a href="{base}/pr-news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></footer>
	</div>
</article>""")
            if n == 2 and k == 4:
                arts.append(f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr-news" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article"><header class="entry-header"><h2 class="entry-title" itemprop="headline"><a href="{base}/pr-news/{DELETED_ID}/" rel="bookmark">จังหวัดสตูลประชาสัมพันธ์รับสมัครพนักงานจ้างเหมาบริการ</a></h2></header></div>
</article>""")
        last = len(self.pages)

        def ph(k):
            return f"{base}/" if k == 1 else f"{base}/page/{k}/"

        links = []
        if n > 1:
            links.append(
                f'<a class="prev page-numbers" href="{ph(n - 1)}"><span aria-hidden="true">&larr;</span> ก่อนหน้า</a>'
            )
        for k in range(1, last + 1):
            links.append(
                f'<span aria-current="page" class="page-numbers current"><span class="screen-reader-text">หน้า</span>{k}</span>'
                if k == n
                else f'<a class="page-numbers" href="{ph(k)}"><span class="screen-reader-text">หน้า</span>{k}</a>'
            )
        if n < last:
            links.append(
                f'<a class="next page-numbers" href="{ph(n + 1)}">ถัดไป <span aria-hidden="true">&rarr;</span></a>'
            )
        main_html = (
            "\n".join(arts)
            + f"""
<nav id="nav-below" class="paging-navigation" aria-label="Archive Page">
	<div class="nav-links">{"".join(links)}</div>
</nav>"""
        )
        return self.html_response(
            self.shell(base, "home blog" + (f" paged paged-{n}" if n > 1 else ""), main_html)
        )

    # ------------------------------------------------------------ single
    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 9)]

    def single(self, base, a: Article | None):
        if a is None:
            main_html = f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} page type-page status-publish" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article"><header class="entry-header"><h1 class="entry-title" itemprop="headline">ไม่พบข้อมูล</h1></header>
	<div class="entry-content" itemprop="text"><p>ขออภัย ไม่พบข้อมูลที่ท่านต้องการ</p></div></div>
</article>"""
            return self.html_response(self.shell(base, "page-template-default page", main_html))
        paras = [f"<p>{esc(dateline(a.published))}</p>"] + [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            paras.append(f"<p>ข่าว : {esc(a.source)}</p>")
        share = f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="{base}{a.path}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-jetpack-whatsapp"><a class="share-jetpack-whatsapp sd-button share-icon" href="{base}{a.path}?share=jetpack-whatsapp" title="คลิกเพื่อแชร์บน WhatsApp"><span>WhatsApp</span></a></li><li class="share-custom share-custom-line"><a class="share-custom share-custom-line sd-button share-icon" href="{base}{a.path}?share=custom-1700000000" title="คลิกเพื่อแชร์บน LINE"><span>LINE</span></a></li><li class="share-print"><a class="share-print sd-button share-icon" href="{base}{a.path}#print" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-end"></li></ul></div></div></div>"""
        likes = f"""<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-1234-{a.id}-6757' data-src='https://widgets.wp.com/likes/#blog_id=1234&amp;post_id={a.id}' data-name='like-post-frame-1234-{a.id}'><h3 class="sd-title">ถูกใจสิ่งนี้:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>ถูกใจ</span></span> <span class="loading">กำลังโหลด...</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>"""
        rel_items = "".join(
            f'<div class="jp-relatedposts-post jp-relatedposts-post{k}" data-post-id="{r.id}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{base}{r.path}" title="{esc(r.title)}" rel="nofollow" data-origin="{a.id}" data-position="{k}">{esc(r.title)}</a></h4><p class="jp-relatedposts-post-date">{wp_th(r.published)}</p><p class="jp-relatedposts-post-context">ใน &quot;ข่าวประชาสัมพันธ์&quot;</p></div>'
            for k, r in enumerate(self.related(a))
        )
        related = f'<div id=\'jp-relatedposts\' class=\'jp-relatedposts\' style="display: block;"><h3 class="jp-relatedposts-headline"><em>ที่เกี่ยวข้อง</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-minimal">{rel_items}</div></div>'
        tags = (
            '<span class="tags-links"><span class="screen-reader-text">ป้ายกำกับ </span>'
            + ", ".join(
                f'<a href="{base}/tag/t{k}/" rel="tag">{esc(t)}</a>' for k, t in enumerate(a.tags)
            )
            + "</span>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<nav id="nav-below" class="post-navigation" aria-label="Posts">'
        if older:
            nav += f'<div class="nav-previous"><span class="gp-icon icon-arrow-left"></span><span class="prev"><a href="{base}{older.path}" rel="prev">{esc(older.title)}</a></span></div>'
        if newer:
            nav += f'<div class="nav-next"><span class="gp-icon icon-arrow-right"></span><span class="next"><a href="{base}{newer.path}" rel="next">{esc(newer.title)}</a></span></div>'
        nav += "</nav>"
        main_html = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr-news" itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
		<header class="entry-header">
			<h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>
			<div class="entry-meta"><span class="posted-on">{self.times(a)}</span> <span class="byline">โดย <span class="author vcard" itemprop="author" itemtype="https://schema.org/Person" itemscope><a class="url fn n" href="{base}/author/admin/" title="ดูเรื่องทั้งหมดเขียนโดย admin" rel="author" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span></span> <span class="post-views">เปิดอ่าน {a.views:,} ครั้ง</span></div>
		</header>
		<div class="entry-content" itemprop="text">
{chr(10).join(paras)}
{share}{likes}
{related}
		</div>
		<footer class="entry-meta" aria-label="Entry meta">
			<span class="cat-links"><span class="screen-reader-text">หมวดหมู่ </span><a href="{base}/pr-news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span> {tags}
			{nav}
		</footer>
	</div>
</article>
<div class="comments-area"><div id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><label for="comment" class="screen-reader-text">ความเห็น</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><label for="author" class="screen-reader-text">ชื่อ</label><input placeholder="ชื่อ *" id="author" name="author" type="text" value="" size="30" required /><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /><input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form></div></div></div>"""
        return self.html_response(
            self.shell(
                base,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                main_html,
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if "p" in query or "share" in query:
            return None
        p = path.rstrip("/") or "/"
        if p == "/":
            return self.listing(base, 1)
        if p.startswith("/page/"):
            try:
                n = int(p[6:])
            except ValueError:
                return None
            if n == 1:
                return 301, {"Location": base + "/"}, b""
            return self.listing(base, n)
        if p.startswith("/pr-news/"):
            try:
                pid = int(p[9:])
            except ValueError:
                return None
            if not path.endswith("/"):
                return 301, {"Location": f"{base}{path}/"}, b""
            if pid in self.by_id:
                return self.single(base, self.by_id[pid])
            if pid == DELETED_ID:
                return self.single(base, None)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"เปิดอ่าน {a.views:,} ครั้ง",
                "โดย admin",
                "แชร์:",
                "คลิกเพื่อแชร์",
                "WhatsApp",
                "ถูกใจสิ่งนี้",
                "กำลังโหลด...",
                "ที่เกี่ยวข้อง",
                'ใน "ข่าวประชาสัมพันธ์"',
                "ใส่ความเห็น",
                "เรื่องล่าสุด",
                "คลังเก็บ",
                "สร้างด้วย",
                wp_th(a.published),
            ]
            must_not += [x.title for x in (older, newer) if x] + [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = GeneratePressSite()

if __name__ == "__main__":
    main(SITE)
