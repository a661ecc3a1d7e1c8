"""Blind-14 red-team site: WordPress 6.5 with the block (FSE) theme **Twenty Twenty-Four**,
a provincial public relations office (สำนักงานประชาสัมพันธ์จังหวัดลำปาง), built blind.

What it imitates:
- day-and-name permalinks `/2024/02/16/pr-1234/` (**the date in the URL**);
- the news page `/news/` is a page holding a **Query Loop** block (`wp-block-query`,
  `wp-block-post-template` list items with `wp-block-post-title`, `wp-block-post-date`,
  `wp-block-post-excerpt`) and the Query Pagination block, whose links are
  `?query-1-page=N` ("หน้าก่อนหน้า", numbers, "หน้าถัดไป");
- the single template: a block pattern banner (cover + "ข่าวประชาสัมพันธ์ จังหวัดลำปาง"),
  `h1.wp-block-post-title`, `wp-block-post-date` printing `j M y` under the Thai locale
  ("16 ก.พ. 24": **a two-digit CE year**) inside `<time datetime="2024-02-16T10:30:00+07:00">`
  (the time only in the attribute), a second post-date block with `displayType: modified`
  (`wp-block-post-date__modified-date`, "แก้ไขล่าสุด 20 ก.พ. 24") that core renders only
  when the modified day is later than the publication day, the categories and tags
  `wp-block-post-terms` ("แท็ก: …");
- inside `wp-block-post-content` (the_content filters): the text, an image block with caption
  "ภาพ : …", for some "เรียบเรียง : <office>", then Jetpack's sharedaddy "แชร์สิ่งนี้:" and
  Jetpack Related Posts "ที่เกี่ยวข้อง" (three titles with dates);
- after it the Post Navigation Link blocks ("ก่อนหน้า" / "ถัดไป" with titles), the Comments
  block "ใส่ความเห็น" form, a footer pattern with "เรื่องล่าสุด" (Latest Posts block) and a
  visitor counter, Complianz cookie banner;
- the trashed post's URL, linked from page 2, answers 200 with the theme's 404 template
  content ("ไม่พบหน้านี้", a 404-to-200 SEO plugin setting).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b14_common import B9Site, abbr_ce2, build, drop_same_day_edits, neighbours, record

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดลำปาง"
SOURCES = [None, "กลุ่มงานข่าว สปข.3 ลำปาง", None, None, "ส่วนประชาสัมพันธ์ สำนักงานจังหวัดลำปาง"]
DELETED = "/2024/01/19/pr-1187/"


class TT4Site(B9Site):
    key = "b14_wp_fse_tt4"
    family = "wordpress"
    imitates = "WordPress 6.5 + Twenty Twenty-Four (block theme): /YYYY/MM/DD/pr-N/ permalinks, Query Loop on /news/ with ?query-1-page=N, wp-block-post-date 'j M y' (16 ก.พ. 24, two-digit CE) with the time only in <time datetime>, modified post-date block only for later-day edits, Jetpack share + related posts inside wp-block-post-content, 'เรียบเรียง :' for some"
    listing_path = "/news/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 31, SOURCES, dt.datetime(2024, 3, 30, 15, 0), first_id=1150, step=3
        )
        drop_same_day_edits(self.articles)
        for a in self.articles:
            if a.modified and a.modified.date() <= a.published.date():
                a.modified = None
            d = a.published
            a.path = f"/{d.year}/{d.month:02d}/{d.day:02d}/pr-{a.id}/"
        self.setup_routes()

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/?query-1-page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, inner, body_class):
        latest = "".join(
            f'<li><a class="wp-block-latest-posts__post-title" href="{x.path}">{esc(x.title)}</a></li>'
            for x in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<style id='wp-block-template-skip-link-inline-css'>.skip-link.screen-reader-text{{border:0}}</style>
<meta name="generator" content="WordPress 6.5.3" />
</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignwide has-base-background-color has-background is-layout-flow wp-block-group-is-layout-flow" style="padding-top:20px;padding-bottom:20px">
<div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="60" height="60" src="/wp-content/uploads/2023/05/logo-prd.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a></div><p class="wp-block-site-title"><a href="/" target="_self" rel="home">{OFFICE}</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex wp-container-core-navigation-is-layout-1 wp-block-navigation-is-layout-flex" aria-label="เมนูหลัก"><button aria-haspopup="true" aria-label="เปิดเมนู" class="wp-block-navigation__responsive-container-open" data-wp-on--click="actions.openMenuOnClick"><svg width="24" height="24" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4" y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation"><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/"><span class="wp-block-navigation-item__label">หน้าแรก</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/about/"><span class="wp-block-navigation-item__label">เกี่ยวกับหน่วยงาน</span></a></li><li class="wp-block-navigation-item current-menu-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/news/" aria-current="page"><span class="wp-block-navigation-item__label">ข่าวประชาสัมพันธ์</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/ita/"><span class="wp-block-navigation-item__label">ITA</span></a></li><li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" href="/contact/"><span class="wp-block-navigation-item__label">ติดต่อเรา</span></a></li></ul></div></div></nav>
</div></div>
</header>
{inner}
<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50);padding-bottom:var(--wp--preset--spacing--50)">
<div class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1 wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">{OFFICE}</h2><p>ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000</p></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">เรื่องล่าสุด</h2><ul class="wp-block-latest-posts__list wp-block-latest-posts">{latest}</ul></div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">สถิติผู้เยี่ยมชม</h2><p class="wpsc-counter">ออนไลน์ 4 คน<br>วันนี้ 129 คน<br>ทั้งหมด 512,780 คน</p></div>
</div>
<p class="has-small-font-size">ออกแบบโดย <a href="https://wordpress.org" rel="nofollow">WordPress</a></p>
</div>
</footer></div>
<div id="cmplz-cookiebanner-container"><div class="cmplz-cookiebanner cmplz-hidden banner-1 bottom-right-view-preferences optin cmplz-bottom-right cmplz-categories-type-view-preferences" aria-modal="true" data-nosnippet="true" role="dialog"><div class="cmplz-header"><div class="cmplz-title">จัดการความยินยอมคุกกี้</div></div><div class="cmplz-body"><div class="cmplz-message"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่ท่าน</p></div></div><div class="cmplz-buttons"><button class="cmplz-btn cmplz-accept">ยอมรับ</button><button class="cmplz-btn cmplz-deny">ปฏิเสธ</button></div></div></div>
<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.5.3" id="wp-interactivity-js"></script>
</body>
</html>"""

    def time_el(self, d, modified=False):
        cls = (
            "wp-block-post-date__modified-date wp-block-post-date"
            if modified
            else "wp-block-post-date"
        )
        pre = "แก้ไขล่าสุด " if modified else ""
        return f'<div class="{cls} has-small-font-size">{pre}<time datetime="{d.isoformat()}">{abbr_ce2(d)}</time></div>'

    def listing(self, k):
        items = []
        rows = [(a.path, a.title, a.published, a.paras[0]) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                3,
                (
                    DELETED,
                    "ประชาสัมพันธ์รับสมัครอาสาสมัครประชาสัมพันธ์ประจำหมู่บ้าน (ยกเลิก)",
                    dt.datetime(2024, 1, 19, 9, 0, tzinfo=self.articles[0].published.tzinfo),
                    "ประกาศรับสมัครอาสาสมัครประชาสัมพันธ์ประจำหมู่บ้าน ประจำปีงบประมาณ พ.ศ. 2567",
                ),
            )
        for i, (path, title, d, first) in enumerate(rows):
            items.append(
                f'<li class="wp-block-post post-{1000 + i} post type-post status-publish format-standard has-post-thumbnail hentry category-news">'
                f'<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><figure class="wp-block-post-featured-image"><a href="{path}" target="_self"><img width="1024" height="683" src="/wp-content/uploads/2024/02/pr-{i}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></a></figure>'
                f'<h2 class="wp-block-post-title has-x-large-font-size"><a href="{path}" target="_self">{esc(title)}</a></h2>'
                f'{self.time_el(d)}<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(first[:120])} &hellip; </p></div></div></li>'
            )
        nums = "".join(
            (
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a>'
            )
            for j in range(len(self.pages))
        )
        prev = (
            f'<a href="{self.page_url(k - 1)}" class="wp-block-query-pagination-previous"><span class="wp-block-query-pagination-previous-arrow is-arrow-arrow" aria-hidden="true">←</span>หน้าก่อนหน้า</a>'
            if k
            else ""
        )
        nxt = (
            f'<a href="{self.page_url(k + 1)}" class="wp-block-query-pagination-next">หน้าถัดไป<span class="wp-block-query-pagination-next-arrow is-arrow-arrow" aria-hidden="true">→</span></a>'
            if k < len(self.pages) - 1
            else ""
        )
        inner = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:0">
<div class="wp-block-group alignfull has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1 class="wp-block-post-title">ข่าวประชาสัมพันธ์</h1></div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained"><p>ข่าวสารและกิจกรรมของส่วนราชการในจังหวัดลำปาง</p>
<div class="wp-block-query alignwide is-layout-flow wp-block-query-is-layout-flow"><ul class="columns-2 wp-block-post-template is-layout-grid wp-container-core-post-template-is-layout-1 wp-block-post-template-is-layout-grid">{"".join(items)}</ul>
<nav class="is-content-justification-space-between is-layout-flex wp-block-query-pagination-is-layout-flex wp-block-query-pagination" aria-label="การแบ่งหน้า">{prev}<div class="wp-block-query-pagination-numbers">{nums}</div>{nxt}</nav></div></div>
</main>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ – {OFFICE}",
            inner,
            "page-template-default page page-id-42 wp-custom-logo",
        )

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + j) % len(self.articles)] for j in (2, 5, 7)]

    def detail(self, a):
        p = a.paras
        half = max(1, len(p) // 2)
        body = "".join(f"<p>{esc(x)}</p>\n" for x in p[:half])
        body += f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="576" src="/wp-content/uploads/2024/02/pr-{a.id}-1024x576.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพ : ส่วนประชาสัมพันธ์จังหวัดลำปาง</figcaption></figure>\n'
        body += "".join(f"<p>{esc(x)}</p>\n" for x in p[half:])
        if a.source:
            body += f"<p>เรียบเรียง : {esc(a.source)}</p>\n"
        rel = self.related(a)
        body += f"""<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์สิ่งนี้:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{a.path}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{a.path}?share=x" target="_blank" title="คลิกเพื่อแชร์บน X"><span>X</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{a.path}#print" target="_blank" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-end"></li></ul></div></div></div>
<div id='jp-relatedposts' class='jp-relatedposts' style="display:block"><h3 class="jp-relatedposts-headline"><em>ที่เกี่ยวข้อง</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">"""
        for x in rel:
            body += f'<div class="jp-relatedposts-post jp-relatedposts-post-thumbs" data-post-id="{x.id}" data-post-format="false"><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{x.path}" title="{esc(x.title)}" rel="nofollow">{esc(x.title)}</a></h4><p class="jp-relatedposts-post-date">{abbr_ce2(x.published)}</p><p class="jp-relatedposts-post-context">ใน &quot;ข่าวประชาสัมพันธ์&quot;</p></div>'
        body += "</div></div>"
        older, newer = neighbours(self.articles, a)
        nav = ""
        if older:
            nav += f'<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span>ก่อนหน้า: <a href="{older.path}" rel="prev">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="post-navigation-link-next has-text-align-right wp-block-post-navigation-link">ถัดไป: <a href="{newer.path}" rel="next">{esc(newer.title)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
        modified = self.time_el(a.modified, modified=True) if a.modified else ""
        tags = ""
        if a.tags:
            tags = (
                '<div class="taxonomy-post_tag wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">แท็ก: </span>'
                + '<span class="wp-block-post-terms__separator">, </span>'.join(
                    f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        inner = f"""<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-cover alignfull is-light" style="min-height:160px"><span aria-hidden="true" class="wp-block-cover__background has-contrast-background-color has-background-dim-40 has-background-dim"></span><div class="wp-block-cover__inner-container is-layout-flow wp-block-cover-is-layout-flow"><p class="has-text-align-center has-large-font-size">ข่าวประชาสัมพันธ์ จังหวัดลำปาง</p></div></div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"><h1 style="line-height:1.2" class="wp-block-post-title">{esc(a.title)}</h1>
<figure style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-featured-image"><img width="1200" height="675" src="/wp-content/uploads/2024/02/pr-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></figure></div>
<div class="wp-block-group is-content-justification-left is-nowrap is-layout-flex wp-block-group-is-layout-flex">{self.time_el(a.published)}{modified}<div class="taxonomy-category wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">ใน </span><a href="/category/news/" rel="tag">ข่าวประชาสัมพันธ์</a></div></div>
</div>
<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained wp-block-post-content-is-layout-constrained">{body}</div>
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">{tags}
<div class="wp-block-spacer" style="height:var(--wp--preset--spacing--40)" aria-hidden="true"></div>
<nav class="wp-block-group alignwide is-content-justification-space-between is-nowrap is-layout-flex wp-block-group-is-layout-flex" aria-label="การนำทางเรื่อง">{nav}</nav></div>
<div class="wp-block-comments wp-block-comments-query-loop"><h2 class="wp-block-heading has-x-large-font-size">ความเห็น</h2><div id="respond" class="comment-respond wp-block-post-comments-form"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label><textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit wp-block-button"><input name="submit" type="submit" id="submit" class="wp-block-button__link wp-element-button" value="แสดงความเห็น" /><input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form></div></div>
</main>"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            inner,
            f"post-template-default single single-post postid-{a.id} single-format-standard wp-custom-logo",
        )

    def deleted(self):
        inner = """<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow" style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained"><h1 class="wp-block-heading has-text-align-left" style="font-size:clamp(4rem, 15vw, 12.5rem)">404</h1>
<p>ไม่พบหน้านี้ หน้าที่ท่านค้นหาอาจถูกย้ายหรือลบไปแล้ว ลองค้นหาอีกครั้ง</p>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search__text-button wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">ค้นหา</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="ค้นหา..." value="" type="search" name="s" required /><button aria-label="ค้นหา" class="wp-block-search__button wp-element-button" type="submit">ค้นหา</button></div></form></div>
</main>"""
        return self.shell(f"ไม่พบหน้า – {OFFICE}", inner, "error404 wp-custom-logo")

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = self.related(a)
            must_not = [
                "ภาพ : ส่วนประชาสัมพันธ์จังหวัดลำปาง",
                "แชร์สิ่งนี้:",
                "คลิกเพื่อแชร์บน Facebook",
                "ที่เกี่ยวข้อง",
                rel[0].title,
                rel[2].title,
                "ใส่ความเห็น",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "เรื่องล่าสุด",
                "ทั้งหมด 512,780 คน",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ข่าวประชาสัมพันธ์ จังหวัดลำปาง",
                older.title if older else "",
                newer.title if newer else "",
                "แก้ไขล่าสุด",
            ]
            out.append(record(self, a, must_not, published_time=True, views=False))
        return out


SITE = TT4Site()

if __name__ == "__main__":
    main(SITE)
