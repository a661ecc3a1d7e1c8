"""Blind-42 red-team site (part A): **WordPress 6.5 + Spicethemes Newscrunch** with **a3rev
Page Views Count**, **WP-PostRatings**, **Ultimate Social Media Icons** and **Related Posts by
Taxonomy**, run by a provincial agriculture office (สำนักงานเกษตรจังหวัดสุโขทัย), built blind.

What it imitates:
- `/%category%/%post_id%/` permalinks (`/pr-news/<id>/`), category archive
  `/category/pr-news/` with `the_posts_pagination()` (`/category/pr-news/page/N/`);
- Newscrunch's single template: `article.spnc-post` with `div.spnc-entry-meta` (category,
  tag links, author login, date) ABOVE `h1.spnc-entry-title`, then `div.spnc-entry-content`;
- **Newscrunch's date markup has no machine date**: `<time itemprop="5 มีนาคม 2024"
  class="entry-date">` — the theme puts the printed date string into `itemprop` (no
  `datetime`), wrapped in a link to the month archive; WordPress `j F Y` in the Thai locale
  (Thai month, **CE year**); no time anywhere, no SEO plugin (no JSON-LD, no
  `article:published_time`), no modified date;
- inside `spnc-entry-content` after the text, what `the_content` filters append: a3rev
  **"1,205 total views, 3 views today"** (`p.pvc_stats`), WP-PostRatings stars with
  "(คะแนน 4.25 จาก 5 | 8 โหวต)", USM "Please follow and like us:" icons, and the Related
  Posts by Taxonomy list "เรื่องที่เกี่ยวข้อง";
- "ข่าว/ภาพ : …" line (some), a `wp-block-image` photo (some), a `wp-block-file` PDF with
  "ดาวน์โหลด" (some); footer "Tag" row; post navigation with neighbour titles; comment login
  prompt; sidebar latest posts / archives / site visitor stats; cookie notice.
Deleted: `/pr-news/4410/` answers 200 with a members-only wall ("เนื้อหานี้สำหรับสมาชิก").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดสุโขทัย"
CAT = "/category/pr-news/"
PER_PAGE = 8
DELETED_ID = 4410
SOURCES = [None, "กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอสวรรคโลก", None, "ฝ่ายบริหารทั่วไป"]
AUTHORS = ["admin_doae", "sukhothai_pr", "nattaya.k"]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีให้แก่ท่าน"
FOLLOW = "Please follow and like us:"
LOGIN = "คุณต้องเข้าสู่ระบบ เพื่อจะแสดงความเห็น"
STATS = "ผู้เข้าชมทั้งหมด 318,552 คน"
FOOTER = "สำนักงานเกษตรจังหวัดสุโขทัย ศาลากลางจังหวัดสุโขทัย ถนนจรดวิถีถ่อง อำเภอเมืองสุโขทัย 64000"


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class NewscrunchSite(BaseSite):
    key = "b42_wp_newscrunch_pvc"
    family = "wordpress"
    imitates = "WordPress + Newscrunch theme, a3rev Page Views Count, WP-PostRatings, USM icons, provincial agriculture office"
    listing_path = CAT

    def __init__(self):
        tz = dt.timezone(dt.timedelta(hours=7))
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 20, 16, 0, tzinfo=tz), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for n, a in enumerate(arts):
            a.id = 4460 - n * 4
            a.path = f"/pr-news/{a.id}/"
            a.source = SOURCES[n % len(SOURCES)]
            a.time_printed = False
            a.extra["author"] = AUTHORS[n % 3]
            a.extra["today"] = (a.views * 7) % 9
            a.extra["votes"] = (n * 5) % 11
            a.extra["score"] = 3 + ((n * 37) % 200) / 100
            a.extra["photo"] = n % 4 == 1
            a.extra["file"] = n % 5 == 3
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/pr-news/{DELETED_ID}/"]

    def related(self, a):
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        if len(pool) < 3:
            i = self.articles.index(a)
            pool += [x for x in self.articles[i + 1 :] + self.articles[:i] if x not in pool]
        return pool[:4]

    def shell(self, content, title, canonical, body_class):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="/comments/feed/" />
<link rel='stylesheet' id='wp-postratings-css' href='/wp-content/plugins/wp-postratings/css/postratings-css.css?ver=1.91.1' media='all' />
<link rel='stylesheet' id='SFSImainCss-css' href='/wp-content/plugins/ultimate-social-media-icons/css/sfsi-style.css?ver=2.9.1' media='all' />
<link rel='stylesheet' id='a3-pvc-style-css' href='/wp-content/plugins/page-views-count/assets/css/style.min.css?ver=2.8.4' media='all' />
<link rel='stylesheet' id='newscrunch-style-css' href='/wp-content/themes/newscrunch/style.css?ver=1.8.4' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.3" />
<link rel="canonical" href="{canonical}" />
</head>
<body class="{body_class} wp-theme-newscrunch">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="spnc-topbar"><div class="spnc-container"><span class="spnc-date-today">วันพฤหัสบดี 20 มิถุนายน 2024</span> <a href="/wp-login.php">เข้าสู่ระบบ</a></div></div>
<header class="spnc-header"><div class="spnc-container"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2023/01/logo-doae.png" class="custom-logo" alt="{OFFICE}" /></a><p class="site-title"><a href="/" rel="home">{OFFICE}</a></p><p class="site-description">Sukhothai Provincial Agricultural Extension Office</p></div>
<nav id="site-navigation" class="spnc-main-navigation"><ul id="primary-menu" class="nav navbar-nav"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></nav></div></header>
<div id="content" class="spnc-content"><div class="spnc-container"><div class="spnc-row">
<div class="spnc-col-8" id="primary"><main id="main" class="site-main">
{content}
</main></div>
<aside id="secondary" class="spnc-col-4 widget-area">
<section class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s" /><button type="submit">ค้นหา</button></form></section>
<section class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></section>
<section class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul><li><a href="/2024/06/">มิถุนายน 2024</a></li><li><a href="/2024/05/">พฤษภาคม 2024</a></li><li><a href="/2024/04/">เมษายน 2024</a></li></ul></section>
<section class="widget widget_text"><h2 class="widget-title">สถิติผู้เข้าชม</h2><div class="textwidget"><p>{STATS}</p></div></section>
</aside>
</div></div></div>
<footer class="site-footer spnc-footer"><div class="spnc-container"><p>{FOOTER}</p><div class="site-info">Copyright &copy; 2024 {OFFICE} | ธีม Newscrunch โดย <a href="https://spicethemes.com/" rel="nofollow">Spicethemes</a></div></div></footer>
<div id="cookie-notice" class="cn-bottom" role="dialog"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span> <a href="#" id="cn-accept-cookie" class="cn-button">ยอมรับ</a></div>
</div>
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script src='/wp-content/plugins/wp-postratings/js/postratings-js.js?ver=1.91.1' id='wp-postratings-js'></script>
<script src='/wp-content/themes/newscrunch/assets/js/custom.js?ver=1.8.4' id='newscrunch-custom-js'></script>
</body>
</html>
"""

    def date_html(self, d):
        s = wp_date(d)
        return (
            f'<span class="single spnc-date"><i class="fas fa-solid fa-clock"></i>'
            f'<a itemprop="url" href="/{d.year}/{d.month:02d}" title="date-time">'
            f'<time itemprop="{s}" class="entry-date">{s}</time></a></span>'
        )

    def tag_links(self, a, sep):
        return sep.join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)

    def listing(self, k):
        items = []
        entries = [(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            entries.insert(
                2, ("ประกาศภายใน เฉพาะเจ้าหน้าที่สำนักงาน", f"/pr-news/{DELETED_ID}/", entries[2][2])
            )
        for title, path, a in entries:
            items.append(
                f"""<article class="spnc-post post type-post status-publish format-standard category-pr-news">
<div class="spnc-post-content"><div class="spnc-entry-meta"><span class="spnc-cat-links"><a href="{CAT}" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{self.date_html(a.published)}</div>
<header class="spnc-entry-header"><h3 class="spnc-entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h3></header>
<div class="spnc-entry-content"><p>{esc(a.paras[0][:180])} [&hellip;]</p><a class="spnc-more-link" href="{path}">อ่านต่อ</a></div></div>
</article>"""
            )
        hrefs = self.listing_pages()
        n = len(self.pages)
        links = []
        if k > 0:
            links.append(f'<a class="prev page-numbers" href="{hrefs[k - 1]}">&laquo; ก่อนหน้า</a>')
        for j in range(n):
            if j == k:
                links.append(
                    f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                )
            else:
                links.append(f'<a class="page-numbers" href="{hrefs[j]}">{j + 1}</a>')
        if k < n - 1:
            links.append(f'<a class="next page-numbers" href="{hrefs[k + 1]}">ถัดไป &raquo;</a>')
        content = f"""<div class="spnc-page-title-section"><h1 class="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></div>
<div class="spnc-blog-listing">{"".join(items)}</div>
<nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>"""
        title = f"ข่าวประชาสัมพันธ์ – {OFFICE}" if k == 0 else f"ข่าวประชาสัมพันธ์ – หน้า {k + 1} – {OFFICE}"
        return self.shell(content, title, hrefs[k], "archive category category-pr-news")

    def ratings(self, a):
        v = a.extra["votes"]
        stars = "".join(
            f'<img src="/wp-content/plugins/wp-postratings/images/stars_crystal/rating_{"on" if (v and j < round(a.extra["score"])) else "off"}.gif" alt="" />'
            for j in range(5)
        )
        label = f"(คะแนน {a.extra['score']:.2f} จาก 5 | {v} โหวต)" if v else "(ยังไม่มีการให้คะแนน)"
        return f'<div id="post-ratings-{a.id}" class="post-ratings" data-nonce="3f1a9c">{stars} {label}</div><div id="post-ratings-{a.id}-loading" class="post-ratings-loading">กำลังโหลด...</div>'

    def article(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        body = []
        for j, p in enumerate(a.paras):
            body.append(f"<p>{esc(p)}</p>")
            if j == 0 and a.extra["photo"]:
                body.append(
                    f'<figure class="wp-block-image size-large"><img decoding="async" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /></figure>'
                )
        if a.source:
            body.append(f"<p><strong>ข่าว/ภาพ : </strong>{esc(a.source)}</p>")
        if a.extra["file"]:
            body.append(
                f'<div class="wp-block-file"><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/news-{a.id}.pdf">news-{a.id}</a><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/news-{a.id}.pdf" class="wp-block-file__button wp-element-button" download>ดาวน์โหลด</a></div>'
            )
        rel = "".join(
            f'<li><a href="{x.path}" title="{esc(x.title)}">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        pvc = f'<div class="pvc_clear"></div><p id="pvc_stats_{a.id}" class="pvc_stats all " data-element-id="{a.id}"><i class="pvc-stats-icon medium"></i> {a.views:,}&nbsp;total views, {a.extra["today"]}&nbsp;views today</p><div class="pvc_clear"></div>'
        usm = f"""<div class="sfsiaftrpstwpr"><div class="sfsi_responsive_icons" data-icon-width-type="Fully responsive"><div class="sfsi_icons_container"><div style="display:inline-block"><span>{FOLLOW}</span></div><a target="_blank" href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="sfsi_responsive_action"><span>Share on Facebook</span></a><a target="_blank" href="https://twitter.com/intent/tweet?url={a.path}" class="sfsi_responsive_action"><span>Tweet</span></a><a target="_blank" href="https://social-plugins.line.me/lineit/share?url={a.path}" class="sfsi_responsive_action"><span>Share on Line</span></a></div></div></div>"""
        tags_top = (
            f'<span class="spnc-tag-links"><i class="fas fa fa-tags"></i>{self.tag_links(a, ", ")}</span>'
            if a.tags
            else ""
        )
        tags_foot = (
            f'<div class="spnc-post-footer-content"><div class="spnc-footer-meta spnc-entry-meta"><span class="spnc-text-black">Tag</span><span class="spnc-tag-links">{self.tag_links(a, " ")}</span></div></div>'
            if a.tags
            else ""
        )
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav">เรื่องก่อนหน้า</span> <span class="post-title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav">เรื่องถัดไป</span> <span class="post-title">{esc(newer.title)}</span></a></div>'
        bc = f'<div class="spnc-page-title-section"><ul class="spnc-page-breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="active">{esc(a.title)}</li></ul></div>'
        content = f"""{bc}
<article itemscope itemtype="https://schema.org/Article" id="post-{a.id}" class="spnc-post wow-callback zoomIn post-{a.id} post type-post status-publish format-standard category-pr-news">
<div class="spnc-post-content">
<div class="spnc-entry-meta"><span itemprop="about" class="spnc-cat-links"><a href="{CAT}" rel="category tag">ข่าวประชาสัมพันธ์</a></span>{tags_top}<span itemprop="author" class="spnc-author"><i class="fas fa-solid fa-user"></i><a itemprop="url" href="/author/{a.extra["author"]}/" title="Posts by {a.extra["author"]}">{a.extra["author"]}</a></span>{self.date_html(a.published)}</div>
<header class="spnc-entry-header"><h1 class="spnc-entry-title" itemprop="headline">{esc(a.title)}</h1></header>
<div itemprop="articleBody" class="spnc-entry-content">
{"".join(body)}
{pvc}
{self.ratings(a)}
{usm}
<div class="rpbt_shortcode"><h3>เรื่องที่เกี่ยวข้อง</h3><ul>{rel}</ul></div>
</div>
</div>
{tags_foot}
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">แนะแนวเรื่อง</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">{LOGIN}</p></div></div>"""
        return self.shell(
            content,
            f"{a.title} – {OFFICE}",
            a.path,
            f"post-template-default single single-post postid-{a.id}",
        )

    def members_only(self):
        content = """<article class="spnc-post post type-post status-publish"><div class="spnc-post-content"><header class="spnc-entry-header"><h1 class="spnc-entry-title">ประกาศภายใน เฉพาะเจ้าหน้าที่สำนักงาน</h1></header>
<div class="spnc-entry-content"><div class="swpm-post-not-logged-in-msg">เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณา <a href="/membership-login/">เข้าสู่ระบบ</a> เพื่ออ่านเนื้อหา</div></div></div></article>"""
        return self.shell(
            content,
            f"ประกาศภายใน เฉพาะเจ้าหน้าที่สำนักงาน – {OFFICE}",
            f"/pr-news/{DELETED_ID}/",
            "single single-post",
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": base + CAT}, b""
        if path == CAT:
            return self.html_response(self.listing(0))
        if path.startswith(CAT + "page/"):
            tail = path[len(CAT + "page/") :].rstrip("/")
            if tail.isdigit() and 2 <= int(tail) <= len(self.pages) and path.endswith("/"):
                return self.html_response(self.listing(int(tail) - 1))
            return None
        if path.startswith("/pr-news/") and path.endswith("/"):
            tail = path[len("/pr-news/") : -1]
            if tail.isdigit():
                if int(tail) in self.by_id:
                    return self.html_response(self.article(self.by_id[int(tail)]))
                if int(tail) == DELETED_ID:
                    return self.html_response(self.members_only())
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"{a.views:,}\u00a0total views",
                "views today",
                FOLLOW,
                "Share on Facebook",
                "เรื่องที่เกี่ยวข้อง",
                "ยังไม่มีการให้คะแนน"
                if not a.extra["votes"]
                else f"คะแนน {a.extra['score']:.2f} จาก 5",
                "กำลังโหลด...",
                LOGIN,
                COOKIE,
                STATS,
                FOOTER,
                "เรื่องก่อนหน้า" if i + 1 < len(self.articles) else "เรื่องถัดไป",
                "เรื่องล่าสุด",
                a.extra["author"],
            ]
            if a.tags:
                must_not.append("Tag")
            if a.extra["file"]:
                must_not += ["ดาวน์โหลด", f"news-{a.id}"]
            must_not += [x.title for x in self.related(a)]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, published_time=False, modified=False, must_not=must_not))
        return out


SITE = NewscrunchSite()

if __name__ == "__main__":
    main(SITE)
