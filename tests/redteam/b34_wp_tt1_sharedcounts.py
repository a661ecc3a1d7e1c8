"""Blind-34 red-team site (part A): **WordPress + Twenty Twenty-One** (the default theme of
WordPress 5.6, `twentytwentyone` stylesheet, no child theme) run by a provincial labour office
(สำนักงานแรงงานจังหวัดลำพูน), Thai translation, with Shared Counts, WP-PostViews, Contextual
Related Posts, Download Monitor, Polylang, Cookie Notice and Yoast SEO; built blind.

What it imitates:
- WordPress fingerprints: `meta name="generator" content="WordPress 6.4.3"`, `/wp-content/themes/
  twentytwentyone/style.css?ver=2.1`, `/wp-json/`, `xmlrpc.php?rsd`, `/feed/`, `wp-block-library`;
  Yoast `<script type="application/ld+json" class="yoast-schema-graph">` (datePublished /
  dateModified) and `article:published_time` / `article:modified_time` metas;
- TT1 single: `header.entry-header.alignwide` with `h1.entry-title`; WP-PostViews line
  "เข้าชม 1,234 ครั้ง" under the headline; `div.entry-content` with Shared Counts buttons
  (Facebook / Twitter / LINE / Print / Email, counts) BEFORE the text, the text (a Gutenberg image
  on some, a typed "ที่มา : …" or "ข่าว/ภาพ : …" paragraph on some), a Download Monitor link
  with a download count (some), Contextual Related Posts "ข่าวที่เกี่ยวข้อง" with dates AFTER the
  text; `footer.entry-footer.default-max-width`: **the date only here, below the text**
  ("เผยแพร่เมื่อ 5 มีนาคม 2024", CE year, no visible time; `time datetime` ISO with time),
  "โดย webmaster", categories, "ป้ายกำกับ" tags; author bio; post navigation with neighbour
  titles ("ข่าวก่อนหน้า" / "ข่าวถัดไป"); comments "ใส่ความเห็น" with the login prompt; footer
  widgets (recent posts, archives), Polylang switcher, cookie bar.
- listing: category archive `/category/news/` with `/category/news/page/N/` and TT1's
  `nav.pagination` (prev / numbers with dots / next).
Deleted: a password-protected post (WordPress answers 200 with "มีการป้องกัน: …" and the
password form, no text).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานแรงงานจังหวัดลำพูน"
HOST = "https://lamphun.mol.go.th"
T = "/wp-content/themes/twentytwentyone"
PER_PAGE = 9
LISTING = "/category/news/"
SOURCES = [
    ("ที่มา", "กลุ่มงานบริหารทั่วไป"),
    None,
    ("ข่าว/ภาพ", "ศูนย์บริการจัดหางานจังหวัดลำพูน"),
    None,
    ("ที่มา", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดลำพูน"),
]
DELETED_ID = 2231
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์เข้าอบรมหลักสูตรช่างเชื่อม รุ่นที่ 3"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีแก่ท่าน"
BIO = "ผู้ดูแลเว็บไซต์ของสำนักงานแรงงานจังหวัดลำพูน"


def wp_date(d: dt.datetime) -> str:
    """WordPress 'j F Y' in the Thai translation: CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class TT1Site(BaseSite):
    key = "b34_wp_tt1_sharedcounts"
    family = "wordpress"
    imitates = "WordPress 6.4 + Twenty Twenty-One (no child theme), Thai, labour office; Shared Counts before the text, WP-PostViews 'เข้าชม N ครั้ง' under h1.entry-title, Contextual Related Posts after the text, Download Monitor link with download count (some), date only in footer.entry-footer below the text ('เผยแพร่เมื่อ 5 มีนาคม 2024', CE, time only in time[datetime] and Yoast JSON-LD), Yoast dateModified for every post, typed source paragraph (some), post navigation with titles, comments login prompt, Polylang, Cookie Notice; /category/news/page/N/; deleted = password-protected post (200)"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 4, 26, 16, 0, tzinfo=TZ), offset=517
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 2268
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + (i * 5) % 4
            if pid == DELETED_ID:
                pid -= 1
            a.time_printed = True  # time[datetime] and JSON-LD always carry it
            a.path = f"/{a.published:%Y/%m}/{a.id}/"
            src = SOURCES[i % len(SOURCES)]
            a.extra["label"] = src[0] if src else None
            a.source = src[1] if src else None
            a.views = 37 + (a.views * 7) % 3900
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 7 == 3
            a.extra["shares"] = (i * 13) % 41
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/2024/03/{DELETED_ID}/"
        self.tag_slugs = {}
        for a in arts:
            for t in a.tags:
                self.tag_slugs.setdefault(t, f"tag-{len(self.tag_slugs) + 1}")

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, body_class, head, main_html):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!doctype html>
<html lang="th" class="respond">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='shared-counts-css' href='{HOST}/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.5.0' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='{HOST}/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.4.2' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='{HOST}/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-style-css' href='{HOST}{T}/style.css?ver=2.1' media='all' />
<link rel='stylesheet' id='twenty-twenty-one-print-style-css' href='{HOST}{T}/assets/css/print.css?ver=2.1' media='print' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel="alternate" href="{HOST}/en/news-en/" hreflang="en" />
</head>
<body class="{body_class} wp-embed-responsive is-light-theme no-js singular has-main-navigation">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header has-title-and-tagline has-menu" role="banner">
<div class="site-branding"><div class="site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="{HOST}/wp-content/uploads/2021/06/logo-mol.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a></div>
<p class="site-title"><a href="/" rel="home">{OFFICE}</a></p>
<p class="site-description">กระทรวงแรงงาน ยกระดับคุณภาพชีวิตแรงงาน</p></div>
<nav id="site-navigation" class="primary-navigation" aria-label="เมนูหลัก"><div class="menu-button-container"><button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list" aria-expanded="false"><span class="dropdown-icon open">เมนู</span></button></div>
<div class="primary-menu-container"><ul id="primary-menu-list" class="menu-wrapper"><li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li><li class="lang-item lang-item-2 lang-item-th current-lang lang-item-first"><a lang="th" hreflang="th" href="/">ไทย</a></li><li class="lang-item lang-item-5 lang-item-en"><a lang="en-US" hreflang="en-US" href="/en/news-en/">English</a></li></ul></div></nav>
</header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
{main_html}
</main></div></div>
<aside class="widget-area">
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด"><ul>{recent}</ul></nav></section>
<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><nav aria-label="คลังเก็บ"><ul><li><a href="/2024/04/">เมษายน 2024</a></li><li><a href="/2024/03/">มีนาคม 2024</a></li><li><a href="/2024/02/">กุมภาพันธ์ 2024</a></li></ul></nav></section>
<section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">สายด่วนกระทรวงแรงงาน</h2><div class="textwidget custom-html-widget">โทร. 1506 กด 8 ตลอด 24 ชั่วโมง</div></section>
</aside>
<footer id="colophon" class="site-footer" role="contentinfo">
<div class="site-info"><div class="site-name">{OFFICE}</div><div class="privacy-policy"><a class="privacy-policy-link" href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></div><div class="powered-by">ขับเคลื่อนโดย <a href="https://wordpress.org/">WordPress</a></div></div>
</footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE} <a href="/privacy-policy/" id="cn-more-info" class="cn-privacy-policy-link cn-link">นโยบายคุกกี้</a></span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a></span></div></div>
<script src="{HOST}{T}/assets/js/primary-navigation.js?ver=2.1" id="twenty-twenty-one-primary-navigation-script-js"></script>
<script src="{HOST}/wp-content/plugins/shared-counts/assets/js/shared-counts.min.js?ver=1.5.0" id="shared-counts-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def excerpt(self, title, path, a, pid):
        thumb = ""
        if a.extra["image"]:
            thumb = f'<figure class="post-thumbnail"><a class="post-thumbnail-inner alignwide" href="{path}" aria-hidden="true" tabindex="-1"><img width="1568" height="882" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/lp{pid}-1568x882.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></a></figure>'
        return f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header"><h2 class="entry-title default-max-width"><a href="{path}">{esc(title)}</a></h2>{thumb}</header>
<div class="entry-content"><p>{esc(a.paras[0][:180])} &hellip; <a class="more-link" href="{path}">อ่านต่อ <span class="screen-reader-text">{esc(title)}</span></a></p></div>
<footer class="entry-footer default-max-width"><span class="posted-on">เผยแพร่เมื่อ <time class="entry-date published updated" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><div class="post-taxonomies"><span class="cat-links">หมวดหมู่ <a href="{LISTING}" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div></footer>
</article>
"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return LISTING if j == 0 else f"{LISTING}page/{j + 1}/"

        parts = []
        if k > 0:
            parts.append(
                f'<a class="prev page-numbers" href="{href(k - 1)}"><span class="nav-prev-text">ข่าว<span class="nav-short">ใหม่กว่า</span></span></a>'
            )
        for j in range(n):
            if j == k:
                parts.append(
                    f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                )
            elif abs(j - k) <= 1 or j in (0, n - 1):
                parts.append(f'<a class="page-numbers" href="{href(j)}">{j + 1}</a>')
            elif parts and "dots" not in parts[-1]:
                parts.append('<span class="page-numbers dots">&hellip;</span>')
        if k < n - 1:
            parts.append(
                f'<a class="next page-numbers" href="{href(k + 1)}"><span class="nav-next-text">ข่าว<span class="nav-short">เก่ากว่า</span></span></a>'
            )
        return f'<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{"".join(parts)}</div></nav>'

    def listing(self, k):
        rows = [self.excerpt(a.title, a.path, a, a.id) for a in self.pages[k]]
        if k == 1:
            fake = self.pages[1][2]
            rows.insert(
                3, self.excerpt("มีการป้องกัน: " + DELETED_TITLE, self.deleted, fake, DELETED_ID)
            )
        page_t = "" if k == 0 else f" &#8211; หน้า {k + 1}"
        main_html = f"""<header class="page-header alignwide"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{"".join(rows)}
{self.pagination(k)}"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์{page_t} &#8211; {OFFICE}",
            "archive category category-news category-3 hfeed",
            f'<link rel="canonical" href="{HOST}{LISTING}" />',
            main_html,
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 4, i - 2, i + 6) if 0 <= j < len(self.articles)
        ][:4]

    def shares(self, a):
        s = a.extra["shares"]
        url = f"{HOST}{a.path}"
        btn = []
        for svc, label, cnt in (
            ("facebook", "Facebook", s),
            ("twitter", "Twitter", s // 3),
            ("line", "LINE", s // 2),
            ("print", "Print", None),
            ("email", "Email", None),
        ):
            count = f'<span class="shared-counts-count">{cnt}</span>' if cnt is not None else ""
            btn.append(
                f'<a href="https://www.{svc}.com/sharer?u={url}" title="แชร์ไปยัง {label}" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button {svc} shared-counts-no-count" data-postid="{a.id}" data-social-network="{label}" data-social-action="Share" data-social-target="{url}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">{label}</span></span>{count}</a>'
            )
        return f'<div class="shared-counts-wrap before_content style-classic">{"".join(btn)}</div>'

    def single(self, a):
        newer, older = self.neighbours(a)
        img = ""
        if a.extra["image"]:
            img = f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/lp{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพกิจกรรม</figcaption></figure>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if img:
            paras.insert(1, img)
        if a.source:
            paras.append(
                f'<p class="has-text-align-right">{a.extra["label"]} : {esc(a.source)}</p>'
            )
        dl = ""
        if a.extra["file"]:
            dl = f'<p><a class="download-link" title="" href="{HOST}/download/{a.id + 7}/" rel="nofollow">เอกสารประกอบ (PDF) (ดาวน์โหลด {11 + a.id % 90} ครั้ง)</a></p>'
        crp = "".join(
            f'<li><a href="{r.path}" class="crp_link post-{r.id}"><span class="crp_title">{esc(r.title)}</span></a><span class="crp_date"> {wp_date(r.published)}</span></li>'
            for r in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links">ป้ายกำกับ '
                + ", ".join(
                    f'<a href="/tag/{self.tag_slugs[t]}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</span>"
            )
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><p class="meta-nav"><svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false"></svg>ข่าวก่อนหน้า</p><p class="post-title">{esc(older.title)}</p></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><p class="meta-nav">ข่าวถัดไป<svg class="svg-icon" width="24" height="24" aria-hidden="true" role="img" focusable="false"></svg></p><p class="post-title">{esc(newer.title)}</p></a></div>'
        main_html = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">{esc(a.title)}</h1>
<div class="post-views-line"><span class="post-views post-{a.id} entry-meta">เข้าชม {a.views:,} ครั้ง</span></div></header>
<div class="entry-content">
{self.shares(a)}
{"".join(paras)}
{dl}
<div class="crp_related crp-rounded-thumbs"><h3>ข่าวที่เกี่ยวข้อง:</h3><ul>{crp}</ul><div class="crp_clear"></div></div>
</div>
<footer class="entry-footer default-max-width"><div class="posted-by"><span class="posted-on">เผยแพร่เมื่อ <time class="entry-date published updated" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><span class="byline">โดย <a href="/author/webmaster/" rel="author">webmaster</a></span></div><div class="post-taxonomies"><span class="cat-links">หมวดหมู่ <a href="{LISTING}" rel="category tag">ข่าวประชาสัมพันธ์</a> </span>{tags}</div></footer>
<div class="author-bio show-avatars"><img alt="" src="https://secure.gravatar.com/avatar/9f1c?s=85&amp;d=mm&amp;r=g" class="avatar avatar-85 photo" height="85" width="85" /><div class="author-bio-content"><h2 class="author-title">โดย webmaster</h2><p class="author-description">{BIO}</p><a class="author-link" href="/author/webmaster/" rel="author">ดูเรื่องทั้งหมดโดย webmaster</a></div></div>
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area default-max-width show-avatars"><div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h2><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to={HOST}{a.path}">เข้าสู่ระบบ</a> เพื่อจะแสดงความเห็น</p></div></div>"""
        modified = a.modified or a.published
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{HOST}{a.path}#article",
                    "isPartOf": {"@id": f"{HOST}{a.path}"},
                    "author": {"name": "webmaster", "@id": f"{HOST}/#/schema/person/1"},
                    "headline": a.title[:110],
                    "datePublished": a.published.isoformat(),
                    "dateModified": modified.isoformat(),
                    "mainEntityOfPage": {"@id": f"{HOST}{a.path}"},
                    "articleSection": ["ข่าวประชาสัมพันธ์"],
                    "inLanguage": "th",
                },
                {
                    "@type": "BreadcrumbList",
                    "@id": f"{HOST}{a.path}#breadcrumb",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "หน้าแรก", "item": HOST},
                        {"@type": "ListItem", "position": 2, "name": a.title},
                    ],
                },
            ],
        }
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
<meta property="og:url" content="{HOST}{a.path}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
<meta property="article:modified_time" content="{modified.isoformat()}" />
<meta name="author" content="webmaster" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>
<link rel='shortlink' href='{HOST}/?p={a.id}' />"""
        return self.shell(
            f"{a.title} &#8211; {OFFICE}",
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
            main_html,
        )

    def protected(self):
        main_html = f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news entry">
<header class="entry-header alignwide"><h1 class="entry-title">มีการป้องกัน: {esc(DELETED_TITLE)}</h1></header>
<div class="entry-content"><form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้มีการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านเพื่อดูเนื้อหา</p><p><label class="post-password-form__label" for="pwbox-{DELETED_ID}">รหัสผ่าน</label><input class="post-password-form__input" name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /><input type="submit" class="post-password-form__submit" name="ส่ง" value="ป้อน" /></p></form></div>
</article>"""
        return self.shell(
            f"มีการป้องกัน: {DELETED_TITLE} &#8211; {OFFICE}",
            f"post-template-default single single-post postid-{DELETED_ID}",
            '<meta name="robots" content="noindex, follow" />',
            main_html,
        )

    def route(self, path, query, raw_query, base):
        if path == LISTING:
            return self.html_response(self.listing(0))
        if path.startswith(LISTING + "page/"):
            k = path[len(LISTING) + 5 :].rstrip("/")
            if k.isdigit() and 2 <= int(k) <= len(self.pages) and path.endswith("/"):
                return self.html_response(self.listing(int(k) - 1))
            return None
        if path in self.by_path:
            return self.html_response(self.single(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.protected())
        if path == "/feed/":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path == "/" and not raw_query:
            return 302, {"Location": base + LISTING}, b""
        if path == "/" and qs1(query, "p").isdigit():
            for a in self.articles:
                if a.id == int(qs1(query, "p")):
                    return 301, {"Location": base + a.path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                wp_date(a.published),
                "เผยแพร่เมื่อ",
                f"เข้าชม {a.views:,} ครั้ง",
                "Twitter",
                "Facebook",
                "Email",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ใส่ความเห็น",
                "เพื่อจะแสดงความเห็น",
                "ดูเรื่องทั้งหมดโดย webmaster",
                BIO,
                "ป้ายกำกับ",
                COOKIE,
                "สายด่วนกระทรวงแรงงาน",
                "ขับเคลื่อนโดย",
                "ยกระดับคุณภาพชีวิตแรงงาน",
            ]
            if a.extra["file"]:
                must_not += ["ดาวน์โหลด", "เอกสารประกอบ (PDF)"]
            if a.source:
                must_not += []  # the source line is neither required nor forbidden
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = TT1Site()

if __name__ == "__main__":
    main(SITE)
