"""Blind-7 red-team site: WordPress 6.4 with the Twenty Twenty-Four block theme (full-site
editing) of a provincial office, built blind.

What it imitates:
- a *page* `/news/` built in the site editor with a Query Loop block that does not inherit the
  main query, so its pagination is the block's own query variable: `/news/?query-7-page=2`
  (`nav.wp-block-query-pagination` with "หน้าก่อนหน้า", numbers and "หน้าถัดไป");
- posts at `/%year%/%monthnum%/%postname%/` with Latin slugs typed by the editor
  (`/2024/02/pr-0215-2/`);
- the single template as blocks: `h1.wp-block-post-title`, a row with `div.wp-block-post-date`
  holding `<time datetime="2024-02-15T10:30:00+07:00">15 กุมภาพันธ์ 2024</time>` (WordPress's
  Thai date format `j F Y`: Thai month, *Christian* year, no time in the text), "โดย" author
  block, a second post-date block with `displayType: modified` "ปรับปรุงล่าสุด …" that renders
  only when the post was modified on a later day, `wp-block-post-terms` categories;
- `div.entry-content.wp-block-post-content` with paragraphs, a captioned `wp-block-image`, the
  editor's "ที่มา :" paragraph and a "แชร์" social-links block pasted at the end;
- after the content: tags `wp-block-post-terms` ("แท็ก"), post navigation links with titles,
  the comments block (closed comments print nothing but the form is open here: "ใส่ความเห็น"),
  TT4's "เรื่องเพิ่มเติม" Query Loop of three other posts; no view counter, no JSON-LD;
- the deleted post: WordPress's 404 template served with 200 by a caching plugin
  ("ไม่พบหน้านี้").
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, expected_record, main, paginate, qs1
from .b7_common import build, ce_full, neighbours, on_page

SITE_NAME = "สำนักงานจังหวัดอุทัยธานี"
SOURCES = ["กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", None, "ประชาสัมพันธ์จังหวัดอุทัยธานี", None, None]
PER_PAGE = 9
LISTING = "/news/"
QV = "query-7-page"
DELETED = "/2024/01/pr-0118-cancel/"


class TT4Site(BaseSite):
    key = "b7_wp_tt4_blocks"
    family = "wordpress"
    imitates = "WordPress 6.4 + Twenty Twenty-Four block theme: /news/ page with a non-inheriting Query Loop (?query-7-page=N), /2024/02/pr-0215-2/ posts, wp-block-post-date '15 กุมภาพันธ์ 2024' (CE) in time[datetime], modified-date block only when edited on a later day, 'ที่มา :' and a social-links block inside the post content"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 24, 11, SOURCES, dt.datetime(2024, 2, 22, 17, 0), first_id=600, step=5
        )
        seen = {}
        for a in self.articles:
            d = a.published
            slug = f"pr-{d.month:02d}{d.day:02d}"
            seen[slug] = seen.get(slug, 0) + 1
            if seen[slug] > 1:
                slug += f"-{seen[slug]}"
            a.path = f"/{d.year}/{d.month:02d}/{slug}/"
            if a.modified and a.modified.date() <= a.published.date():
                a.modified = None
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?{QV}={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def more(self, a):
        return [x for x in self.articles if x is not a][:3]

    def date_block(self, base, a, modified=False):
        d = a.modified if modified else a.published
        label = "ปรับปรุงล่าสุด " if modified else ""
        cls = " wp-block-post-date__modified-date" if modified else ""
        return f'<div class="wp-block-post-date{cls} has-small-font-size">{label}<time datetime="{d.isoformat()}"><a href="{base}{a.path}">{ce_full(d)}</a></time></div>'

    def shell(self, base, title, main_html, body_class):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)} &#8211; {SITE_NAME}</title>
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" href="{base}/feed/" />
<style id='wp-block-site-title-inline-css'>.wp-block-site-title a{{color:inherit}}</style>
<link rel='stylesheet' id='twentytwentyfour-button-style-outline-css' href='{base}/wp-content/themes/twentytwentyfour/assets/css/button-outline.css?ver=1.0' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-flex wp-block-group-is-layout-flex" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="{base}/" class="custom-logo-link" rel="home"><img width="60" height="60" src="{base}/wp-content/uploads/2023/05/logo-uthai.png" class="custom-logo" alt="{SITE_NAME}" decoding="async" /></a></div><p class="wp-block-site-title"><a href="{base}" target="_self" rel="home">{SITE_NAME}</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="เมนูหลัก"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/"><span class="wp-block-navigation-item__label">หน้าแรก</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}{LISTING}"><span class="wp-block-navigation-item__label">ข่าวประชาสัมพันธ์</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/about/"><span class="wp-block-navigation-item__label">เกี่ยวกับจังหวัด</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{base}/contact/"><span class="wp-block-navigation-item__label">ติดต่อ</span></a></li></ul></nav>
</div>
</header>
{main_html}
<footer class="wp-block-template-part">
<div class="wp-block-group alignwide is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex"><div class="wp-block-column"><p class="wp-block-site-title"><a href="{base}" target="_self" rel="home">{SITE_NAME}</a></p><p class="wp-block-site-tagline">ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000</p></div>
<div class="wp-block-column"><h2 class="wp-block-heading has-medium-font-size">ลิงก์</h2><ul><li><a href="{base}/ita/">ITA</a></li><li><a href="{base}/privacy-policy/">นโยบายความเป็นส่วนตัว</a></li></ul></div></div>
<p class="has-small-font-size">ออกแบบโดย <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</footer>
</div>
<script src="{base}/wp-includes/blocks/navigation/view.min.js?ver=e3d6f3216904b5b42831" id="wp-block-navigation-view-js" defer data-wp-strategy="defer"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<li class="wp-block-post post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news"><div class="wp-block-group is-layout-flow"><figure style="aspect-ratio:3/4;" class="wp-block-post-featured-image"><a href="{base}{a.path}" target="_self"><img width="1024" height="683" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="{esc(a.title)}" style="width:100%;height:100%;object-fit:cover;" decoding="async" /></a></figure><h2 class="wp-block-post-title has-large-font-size"><a href="{base}{a.path}" target="_self">{esc(a.title)}</a></h2><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(a.paras[0][:150])} &hellip; </p></div>{self.date_block(base, a)}</div></li>"""
            )
            if n == 1 and k == 4:
                items.append(
                    f"""<li class="wp-block-post post-611 post type-post status-publish format-standard hentry category-news"><div class="wp-block-group is-layout-flow"><h2 class="wp-block-post-title has-large-font-size"><a href="{base}{DELETED}" target="_self">ยกเลิกประกาศรับสมัครงาน</a></h2><div class="wp-block-post-date has-small-font-size"><time datetime="2024-01-18T09:00:00+07:00"><a href="{base}{DELETED}">18 มกราคม 2024</a></time></div></div></li>"""
                )

        def href(k):
            return f"{base}{LISTING}" if k == 0 else f"{base}{LISTING}?{QV}={k + 1}"

        last = len(self.pages) - 1
        pag = []
        if n > 0:
            pag.append(
                f'<a href="{href(n - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>หน้าก่อนหน้า</a>'
            )
        nums = "".join(
            f'<span aria-current="page" class="page-numbers current">{k + 1}</span>'
            if k == n
            else f'<a class="page-numbers" href="{href(k)}">{k + 1}</a>'
            for k in range(last + 1)
        )
        pag.append(f'<div class="wp-block-query-pagination-numbers">{nums}</div>')
        if n < last:
            pag.append(
                f'<a href="{href(n + 1)}" class="wp-block-query-pagination-next">หน้าถัดไป<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
            )
        main_html = f"""<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="entry-content wp-block-post-content is-layout-constrained">
<h1 class="wp-block-heading alignwide">ข่าวประชาสัมพันธ์</h1>
<div class="wp-block-query alignwide is-layout-flow">
<ul class="columns-3 wp-block-post-template is-layout-grid wp-container-core-post-template-layout-1">{"".join(items)}</ul>
<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" aria-label="การแบ่งหน้า">{"".join(pag)}</nav>
</div>
</div>
</main>"""
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", main_html, "page-template-default page page-id-44")
        )

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        u = f"{base}{a.path}"
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            2,
            f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-2-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพประกอบกิจกรรม</figcaption></figure>',
        )
        if a.source:
            paras.append(f"<p>ที่มา : {esc(a.source)}</p>")
        paras.append(
            f'<ul class="wp-block-social-links is-layout-flex"><li class="wp-social-link wp-social-link-facebook wp-block-social-link"><a href="https://www.facebook.com/sharer.php?u={u}" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label">แชร์ Facebook</span></a></li><li class="wp-social-link wp-social-link-line wp-block-social-link"><a href="https://line.me/R/msg/text/?{u}" class="wp-block-social-link-anchor"><span class="wp-block-social-link-label">แชร์ LINE</span></a></li></ul>'
        )
        mod = self.date_block(base, a, modified=True) if a.modified else ""
        tags = ""
        if a.tags:
            tags = (
                '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">แท็ก: </span>'
                + '<span class="wp-block-post-terms__separator">, </span>'.join(
                    f'<a href="{base}/tag/t{k}/" rel="tag">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</div>"
            )
        nav = ""
        if older:
            nav += f'<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{base}{older.path}" rel="prev">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link"><a href="{base}{newer.path}" rel="next">{esc(newer.title)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
        more = "".join(
            f'<li class="wp-block-post post-{x.id} post type-post"><div class="wp-block-group is-layout-flex"><h2 class="wp-block-post-title has-medium-font-size"><a href="{base}{x.path}" target="_self">{esc(x.title)}</a></h2>{self.date_block(base, x)}</div></li>'
            for x in self.more(a)
        )
        main_html = f"""<main class="wp-block-group is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-constrained">
<div class="wp-block-group is-layout-flow">
<h1 style="line-height:1.1;" class="has-text-align-left wp-block-post-title">{esc(a.title)}</h1>
<div class="wp-block-group is-content-justification-left is-layout-flex">{self.date_block(base, a)}<div class="wp-block-group is-layout-flex"><p class="has-small-font-size">โดย</p><div class="wp-block-post-author-name has-small-font-size"><a href="{base}/author/prov-admin/" target="_self" class="wp-block-post-author-name__link">prov-admin</a></div></div><div class="taxonomy-category wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">ใน </span><a href="{base}/category/news/" rel="tag">ข่าวประชาสัมพันธ์</a></div>{mod}</div>
</div>
</div>
<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img width="1024" height="683" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure>
<div class="entry-content wp-block-post-content has-global-padding is-layout-constrained">
{chr(10).join(paras)}
</div>
<div class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--40);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-group is-layout-flex">{tags}</div>
<div style="height:var(--wp--preset--spacing--40)" aria-hidden="true" class="wp-block-spacer"></div>
<nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="การแบ่งหน้าเรื่อง">{nav}</nav>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading has-large-font-size">ความเห็น</h2><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="แสดงความเห็น" /></p></form></div></div>
</div>
<div class="wp-block-group alignwide is-layout-constrained"><h2 class="wp-block-heading alignwide has-small-font-size" style="letter-spacing:1.4px;text-transform:uppercase">เรื่องเพิ่มเติม</h2><div class="wp-block-query alignwide is-layout-flow"><ul class="alignfull wp-block-post-template is-flex-container columns-3">{more}</ul></div></div>
</main>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                main_html,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
            )
        )

    def deleted(self, base):
        main_html = f"""<main class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--preset--spacing--50)"><h1 class="has-text-align-center wp-block-heading has-x-large-font-size">ไม่พบหน้านี้</h1><p class="has-text-align-center">ดูเหมือนว่าหน้าที่คุณกำลังมองหาไม่มีอยู่ ลองค้นหาดูไหม?</p><form role="search" method="get" action="{base}/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">ค้นหา</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="" value="" type="search" name="s" required /><button aria-label="ค้นหา" class="wp-block-search__button wp-element-button" type="submit">ค้นหา</button></div></form></main>"""
        return self.html_response(self.shell(base, "ไม่พบหน้า", main_html, "error404"))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base,
                    "หน้าแรก",
                    f'<main><p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p></main>',
                    "home page",
                )
            )
        if path == LISTING:
            if QV in query:
                v = qs1(query, QV)
                return self.listing(base, int(v) - 1) if v.isdigit() and v != "0" else None
            return self.listing(base, 0)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ปรับปรุงล่าสุด",
                "prov-admin",
                "แชร์ Facebook",
                "แชร์ LINE",
                "ภาพประกอบกิจกรรม",
                "แท็ก:",
                "ใส่ความเห็น",
                "เรื่องเพิ่มเติม",
            ] + [x.title for x in self.more(a) + [older, newer] if x]
            out.append(
                expected_record(
                    a, published_time=True, views=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = TT4Site()

if __name__ == "__main__":
    main(SITE)
