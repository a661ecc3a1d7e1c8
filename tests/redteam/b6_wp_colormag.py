"""Blind-6 red-team site: WordPress 6 + ColorMag (ThemeGrill) of a provincial public health
office, with a Buddhist-era date plugin and Jetpack, built blind.

What it imitates:
- permalinks `/%category%/%post_id%.html` with the category base stripped (Yoast):
  `/pr-news/1234.html`, archive `/pr-news/`, `/pr-news/page/N/` (`ul.default-wp-page`
  "« รายการเก่ากว่า" / "รายการใหม่กว่า »" and numbered `nav.navigation.pagination`);
- ColorMag chrome: `cm-top-bar` with today's date (fixed) and a "ข่าวล่าสุด:" ticker,
  `cm-masthead`, primary menu, `cm-primary` / `cm-secondary`;
- the post: `cm-post-categories`, `h1.cm-entry-title`, `cm-below-entry-meta`: `span.cm-post-date`
  with `time.entry-date.published.updated` (one element when never edited; `published` +
  hidden `updated` when edited) whose *text* a Buddhist-era plugin turned into
  "3 มกราคม 2567" while `datetime` stays CE with the time; the link's `title` is the time
  "10:30"; author, comments link, tag links ("แท็ก") in the meta row;
- `div.cm-entry-summary`: Post Views Counter "เข้าชม: 1,234" *before* the text, paragraphs,
  a "เรียบเรียง : …" sign-off, then Jetpack sharedaddy "แชร์ต่อ:" (Facebook, X, LINE, พิมพ์,
  อีเมล), likes "ถูกใจ กำลังโหลด…" and an empty `#jp-relatedposts`; prev/next with titles,
  author box, ColorMag "คุณอาจจะชอบ" related posts, comment form;
- sidebar "ข่าวล่าสุด", "คลังเก็บ" and a counter "สถิติผู้เข้าชม";
- the deleted post: 200 with "ไม่พบบทความ" (a 404-to-page plugin).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, BaseSite, be, esc, expected_record, main, paginate
from .b6_common import build, hm, neighbours

SITE_NAME = "สำนักงานสาธารณสุขจังหวัดมหาสารคาม"
SOURCES = ["กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข สสจ.มหาสารคาม", None, "งานประชาสัมพันธ์ สสจ.มหาสารคาม", None]
PER_PAGE = 8
CAT = "/pr-news/"
DELETED = "/pr-news/3317.html"
TODAY = dt.datetime(2024, 2, 16)


def bedate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


class ColorMagSite(BaseSite):
    key = "b6_wp_colormag"
    family = "wordpress"
    imitates = "WordPress 6 + ColorMag + BE date plugin + Jetpack: /pr-news/1234.html, time.entry-date text '3 มกราคม 2567' (BE) with CE datetime, 'เข้าชม: 1,234' before the text, 'เรียบเรียง :' sign-off, sharedaddy and likes inside cm-entry-summary"
    listing_path = CAT

    def __init__(self):
        self.articles = build(
            self.key, 21, 27, SOURCES, dt.datetime(2024, 2, 14, 17, 0), first_id=3300, step=6
        )
        for a in self.articles:
            a.path = f"{CAT}{a.id}.html"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[:3]

    def times(self, a):
        if a.modified:
            return f'<time class="entry-date published" datetime="{a.published.isoformat()}">{bedate(a.published)}</time><time class="updated" datetime="{a.modified.isoformat()}">{bedate(a.modified)}</time>'
        return f'<time class="entry-date published updated" datetime="{a.published.isoformat()}">{bedate(a.published)}</time>'

    def shell(self, base, title, main_html, body_class):
        ticker = "".join(
            f'<li><a href="{base}{x.path}" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
        )
        latest = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a><span class="post-date">{bedate(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {SITE_NAME}</title>
<link rel='stylesheet' id='colormag_style-css' href='{base}/wp-content/themes/colormag/style.css?ver=3.1.6' type='text/css' media='all' />
<link rel='stylesheet' id='jetpack_css-css' href='{base}/wp-content/plugins/jetpack/css/jetpack.css?ver=13.1' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} wp-custom-logo cm-header-layout-1 adv-style-1 cm-normal-container cm-right-sidebar right-sidebar wide header_display_type_one">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>
<header id="cm-masthead" class="cm-header cm-layout-1 cm-layout-1-style-1 cm-full-width">
<div class="cm-top-bar"><div class="cm-container"><div class="cm-row"><div class="cm-top-bar__1"><div class="date-in-header">{bedate(TODAY)}</div><div class="breaking-news"><strong class="breaking-news-latest">ข่าวล่าสุด:</strong><ul class="newsticker">{ticker}</ul></div></div><div class="cm-top-bar__2"><div class="social-links"><ul><li><a href="https://www.facebook.com/mkhealth" target="_blank"><i class="fa fa-facebook"></i></a></li></ul></div></div></div></div></div>
<div class="cm-main-header"><div id="cm-header-1" class="cm-header-1"><div class="cm-container"><div class="cm-row"><div class="cm-header-col-1"><div id="cm-site-branding" class="cm-site-branding"><a href="{base}/" class="custom-logo-link" rel="home"><img width="120" height="120" src="{base}/wp-content/uploads/2020/06/logo-moph.png" class="custom-logo" alt="{SITE_NAME}" /></a></div><div id="cm-site-info"><h3 class="cm-site-title"><a href="{base}/" title="{SITE_NAME}" rel="home">{SITE_NAME}</a></h3><p class="cm-site-description">Mahasarakham Provincial Public Health Office</p></div></div></div></div></div>
<div id="cm-header-2" class="cm-header-2"><nav id="cm-primary-nav" class="cm-primary-nav"><div class="cm-container"><div class="cm-row"><div class="cm-home-icon"><a href="{base}/" title="{SITE_NAME}"><svg class="cm-icon cm-icon--home" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 22"><path d="M13.6465 6.01133L5.11148 13.0409V20.6278Z"></path></svg></a></div><div class="cm-menu-primary-container"><ul id="menu-primary" class="menu"><li class="menu-item"><a href="{base}/">หน้าแรก</a></li><li class="menu-item current-menu-item"><a href="{base}{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{base}/covid19/">สถานการณ์โรค</a></li><li class="menu-item"><a href="{base}/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="{base}/ita/">ITA</a></li></ul></div></div></div></nav></div></div>
</header>
<div id="cm-content" class="cm-content"><div class="cm-container"><div class="cm-row">
<div id="cm-primary" class="cm-primary">
{main_html}
</div>
<div id="cm-secondary" class="cm-secondary">
<aside id="search-2" class="widget widget_search"><form action="{base}/" class="search-form searchform clearfix" method="get" role="search"><div class="search-wrap"><input type="search" class="s field" name="s" value="" placeholder="ค้นหา"><button class="search-icon" type="submit"></button></div></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="cm-widget-title"><span>ข่าวล่าสุด</span></h3><ul>{latest}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="cm-widget-title"><span>คลังเก็บ</span></h3><ul><li><a href="{base}/2024/02/">กุมภาพันธ์ 2567</a></li><li><a href="{base}/2024/01/">มกราคม 2567</a></li><li><a href="{base}/2023/12/">ธันวาคม 2566</a></li></ul></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3 class="cm-widget-title"><span>สถิติผู้เข้าชม</span></h3><div class="textwidget custom-html-widget"><div id="histats_counter">วันนี้ 187 | ทั้งหมด 402,913</div></div></aside>
</div>
</div></div></div>
<footer id="cm-footer" class="cm-footer"><div class="cm-footer-bar cm-footer-bar-style-1"><div class="cm-container"><div class="cm-row"><div class="cm-footer-bar-area"><div class="cm-footer-bar__1"><div class="copyright">ลิขสิทธิ์ &copy; 2567 <a href="{base}/" title="{SITE_NAME}"><span>{SITE_NAME}</span></a> ถนนนครสวรรค์ ตำบลตลาด อำเภอเมือง จังหวัดมหาสารคาม</div><div class="theme-info">ธีม ColorMag โดย ThemeGrill ขับเคลื่อนโดย WordPress</div></div></div></div></div></div></footer>
<a href="#cm-masthead" id="scroll-up"><i class="fa fa-chevron-up"></i></a>
</div>
<script type='text/javascript' src='{base}/wp-content/themes/colormag/assets/js/colormag-custom.min.js?ver=3.1.6' id='colormag-custom-js'></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr-news"><div class="cm-featured-image"><a href="{base}{a.path}" title="{esc(a.title)}"><img width="800" height="445" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /></a></div><div class="cm-post-content"><div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{base}{CAT}" style="background:#1e73be" rel="category tag">ข่าวประชาสัมพันธ์</a></div></div><div class="cm-below-entry-meta "><span class="cm-post-date"><a href="{base}{a.path}" title="{hm(a.published)}" rel="bookmark">{self.times(a)}</a></span></div><header class="cm-entry-header"><h2 class="cm-entry-title"><a href="{base}{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h2></header><div class="cm-entry-summary"><p>{esc(a.paras[0][:200])} [&hellip;]</p><a class="cm-entry-button" title="{esc(a.title)}" href="{base}{a.path}"><span>อ่านต่อ</span></a></div></div></article>"""
            )
            if n == 1 and k == 5:
                items.append(
                    f"""<article id="post-3317" class="post-3317 post type-post status-publish format-standard hentry category-pr-news"><div class="cm-post-content"><header class="cm-entry-header"><h2 class="cm-entry-title"><a href="{base}{DELETED}" title="ประกาศรับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน">ประกาศรับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน</a></h2></header></div></article>"""
                )

        def href(k):
            return f"{base}{CAT}" if k == 0 else f"{base}{CAT}page/{k + 1}/"

        last = len(self.pages) - 1
        nums = []
        if n > 0:
            nums.append(f'<a class="prev page-numbers" href="{href(n - 1)}">&laquo; ก่อนหน้า</a>')
        for k in range(last + 1):
            nums.append(
                f'<span aria-current="page" class="page-numbers current">{k + 1}</span>'
                if k == n
                else f'<a class="page-numbers" href="{href(k)}">{k + 1}</a>'
            )
        if n < last:
            nums.append(f'<a class="next page-numbers" href="{href(n + 1)}">ถัดไป &raquo;</a>')
        older = (
            f'<li class="previous"><a href="{href(n + 1)}">&laquo; รายการเก่ากว่า</a></li>'
            if n < last
            else ""
        )
        newer = (
            f'<li class="next"><a href="{href(n - 1)}">รายการใหม่กว่า &raquo;</a></li>'
            if n > 0
            else ""
        )
        main_html = f"""<header class="cm-page-header"><h1 class="cm-page-title"><span>ข่าวประชาสัมพันธ์</span></h1></header>
<div class="cm-posts cm-layout-2 cm-layout-2-style-1 col-2">
{chr(10).join(items)}
</div>
<ul class="default-wp-page">{older}{newer}</ul>
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(nums)}</div></nav>"""
        return self.html_response(
            self.shell(
                base, "ข่าวประชาสัมพันธ์", main_html, "archive category category-pr-news category-4"
            )
        )

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        u = f"{base}{a.path}"
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p><strong>เรียบเรียง : {esc(a.source)}</strong></p>"
        tags = ""
        if a.tags:
            tags = (
                '<span class="cm-tag-links"><svg class="cm-icon cm-icon--tag" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="m21.2 10.4-9-9A2 2 0 0 0 10.8 1H3a2 2 0 0 0-2 2v7.8Z"></path></svg>&nbsp;แท็ก: '
                + ", ".join(
                    f'<a href="{base}/tag/t{k}-{a.id % 7}/" rel="tag">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</span>"
            )
        nav = []
        if older:
            nav.append(
                f'<li class="previous"><a href="{base}{older.path}" rel="prev"><span class="meta-nav"><svg class="cm-icon cm-icon--arrow-left-long"><path d="M2 12.38a1 1 0 0 1 0-.76Z"></path></svg></span> {esc(older.title)}</a></li>'
            )
        if newer:
            nav.append(
                f'<li class="next"><a href="{base}{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav"><svg class="cm-icon cm-icon--arrow-right-long"><path d="M21.92 12.38a1 1 0 0 0 0-.76Z"></path></svg></span></a></li>'
            )
        rel = "".join(
            f'<div class="single-related-posts"><div class="related-posts-thumbnail"><a href="{base}{x.path}" title="{esc(x.title)}"><img width="390" height="205" src="{base}/wp-content/uploads/pr{x.id}-390x205.jpg" alt=""></a></div><div class="cm-post-content"><h3 class="cm-entry-title"><a href="{base}{x.path}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></h3><div class="cm-below-entry-meta "><span class="cm-post-date"><a href="{base}{x.path}" title="{hm(x.published)}" rel="bookmark">{self.times(x)}</a></span></div></div></div>'
            for x in self.related(a)
        )
        main_html = f"""<div class="cm-posts clearfix">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr-news">
<div class="cm-featured-image"><img width="800" height="445" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-800x445.jpg" class="attachment-colormag-featured-image size-colormag-featured-image wp-post-image" alt="" /></div>
<div class="cm-post-content">
<div class="cm-entry-header-meta"><div class="cm-post-categories"><a href="{base}{CAT}" style="background:#1e73be" rel="category tag">ข่าวประชาสัมพันธ์</a></div></div>
<header class="cm-entry-header"><h1 class="cm-entry-title">{esc(a.title)}</h1></header>
<div class="cm-below-entry-meta "><span class="cm-post-date"><a href="{u}" title="{hm(a.published)}" rel="bookmark"><svg class="cm-icon cm-icon--calendar-fill" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24"><path d="M21.1 6.6v1.6c0 .6-.4 1-1 1H3.9Z"></path></svg> {self.times(a)}</a></span>
<span class="cm-author cm-vcard"><svg class="cm-icon cm-icon--user"><path d="M7 7c0-2.8 2.2-5 5-5Z"></path></svg><a class="url fn n" href="{base}/author/mkhealth/" title="mkhealth">mkhealth</a></span>
<span class="cm-comments-link"><a href="{u}#respond"><svg class="cm-icon cm-icon--comment"><path d="M22 5.2v10.3Z"></path></svg> ไม่มีความเห็น</a></span>
{tags}</div>
<div class="cm-entry-summary">
<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">เข้าชม:</span> <span class="post-views-count">{a.views:,}</span></div>
{text}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์ต่อ:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" data-shared="sharing-facebook-{a.id}" class="share-facebook sd-button share-icon" href="{u}?share=facebook" target="_blank" title="คลิกเพื่อแชร์บน Facebook"><span>Facebook</span></a></li><li class="share-x"><a rel="nofollow noopener noreferrer" class="share-x sd-button share-icon" href="{u}?share=x" target="_blank" title="คลิกเพื่อแชร์บน X"><span>X</span></a></li><li class="share-jetpack-whatsapp"><a rel="nofollow noopener noreferrer" class="share-jetpack-whatsapp sd-button share-icon" href="{u}?share=jetpack-whatsapp" target="_blank" title="คลิกเพื่อแชร์บน WhatsApp"><span>WhatsApp</span></a></li><li class="share-print"><a rel="nofollow noopener noreferrer" class="share-print sd-button share-icon" href="{u}#print" target="_blank" title="คลิกเพื่อพิมพ์"><span>พิมพ์</span></a></li><li class="share-email"><a rel="nofollow noopener noreferrer" class="share-email sd-button share-icon" href="mailto:?subject=%5B%E0%B9%82%E0%B8%9E%E0%B8%AA%E0%B8%95%E0%B9%8C%E0%B8%97%E0%B8%B5%E0%B9%88%E0%B9%81%E0%B8%8A%E0%B8%A3%E0%B9%8C%5D&amp;body={u}" target="_blank" title="คลิกเพื่อส่งอีเมลลิงก์ไปยังเพื่อน"><span>อีเมล</span></a></li><li class="share-end"></li></ul></div></div></div>
<div class='sharedaddy sd-block sd-like jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded' id='like-post-wrapper-190562013-{a.id}-65cf1b' data-src='https://widgets.wp.com/likes/?ver=13.1#blog_id=190562013&amp;post_id={a.id}' data-name='like-post-frame-190562013-{a.id}-65cf1b' data-title='ถูกใจหรือรีบล็อก'><h3 class="sd-title">ถูกใจสิ่งนี้:</h3><div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span class='button'><span>ถูกใจ</span></span> <span class="loading">กำลังโหลด…</span></div><span class='sd-text-color'></span><a class='sd-link-color'></a></div>
<div id='jp-relatedposts' class='jp-relatedposts' ><h3 class="jp-relatedposts-headline"><em>ที่เกี่ยวข้อง</em></h3></div>
</div>
</div>
</article>
</div>
<ul class="default-wp-page">{"".join(nav)}</ul>
<div class="author-box"><div class="author-img"><img alt="" src="https://secure.gravatar.com/avatar/1b2c?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100" /></div><div class="author-description-wrapper"><h4 class="author-name">mkhealth</h4><p class="author-description">ผู้ดูแลเว็บไซต์ {SITE_NAME}</p></div></div>
<div class="related-posts-wrapper style-one"><h3 class="related-posts-main-title"><i class="fa fa-thumbs-up"></i><span>คุณอาจจะชอบ</span></h3><div class="related-posts">{rel}</div></div>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{u}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> <span class="required-field-message">ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></span></p><p class="comment-form-comment"><label for="comment">ความเห็น <span class="required">*</span></label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /></p></form></div></div>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                main_html,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
            )
        )

    def deleted(self, base):
        main_html = """<div class="cm-posts clearfix"><article class="page type-page status-publish hentry"><div class="cm-post-content"><header class="cm-entry-header"><h1 class="cm-entry-title">ไม่พบบทความ</h1></header><div class="cm-entry-summary"><p>ขออภัย ไม่พบบทความที่ท่านต้องการ อาจถูกลบหรือเปลี่ยนที่อยู่แล้ว</p></div></div></article></div>"""
        return self.html_response(
            self.shell(base, "ไม่พบบทความ", main_html, "page-template-default page")
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": base + CAT}, b""
        if path in (CAT, CAT.rstrip("/")):
            return self.listing(base, 0)
        if path.startswith(CAT + "page/"):
            seg = path[len(CAT + "page/") :].strip("/")
            return self.listing(base, int(seg) - 1) if seg.isdigit() and seg != "1" else None
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
                "เข้าชม:",
                "แชร์ต่อ:",
                "ถูกใจสิ่งนี้:",
                "กำลังโหลด…",
                "ที่เกี่ยวข้อง",
                "คุณอาจจะชอบ",
                "ใส่ความเห็น",
                "ไม่มีความเห็น",
                "mkhealth",
                "ข่าวล่าสุด:",
            ] + [x.title for x in self.related(a) + [older, newer] if x]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = ColorMagSite()

if __name__ == "__main__":
    main(SITE)
