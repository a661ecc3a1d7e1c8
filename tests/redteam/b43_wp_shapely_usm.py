"""Blind-43 red-team site (part A): **WordPress 6.4 + Colorlib's Shapely theme (Underscores based)
with Ultimate Social Media Icons, WP-PostViews and Shapely's own related-posts carousel**, run by
a provincial land office, built blind.

What it imitates:
- permalinks `/archives/<id>` (the common Thai government "/archives/%post_id%" setting);
  generator "WordPress 6.4.3", `/wp-content/themes/shapely/`, `/wp-json/`, `/feed/`;
- Shapely's top callout `section.page-title-section` with the full headline in `h3.page-title`
  and a breadcrumb; **inside the article the "title above post" option prints
  `h2.post-title.entry-title` trimmed by `wp_trim_words(…, 9)` (long Thai titles end in "…")**;
- `ul.post-meta`: `time.entry-date.published` (Thai month, CE year as the Thai locale prints
  "j F Y", no time; full ISO `datetime`), `time.updated` only when edited, author login,
  category, WP-PostViews "เปิดอ่าน N ครั้ง";
- `div.shapely-content.dropcaps-content` body, image (some), "ที่มา:" line ending the text (some),
  a PDF link block (some); USM "กรุณาติดตามและกดถูกใจเรา:" icons after the content;
  `div.shapely-next-prev` with neighbour titles, author bio, `div.shapely-tags`,
  `div.shapely-related-posts` "โพสต์ที่เกี่ยวข้อง", comment form with the login prompt;
- sidebar search, recent posts, archives, WP Statistics visitor widget; cookie notice; footer;
- category archive `/category/news` with `/category/news/page/2/`, `/page/3/`.
Deleted: `/archives/3391` — a password-protected post: listed on page 2 as "ป้องกัน: …", answers
200 with the core password form only.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานที่ดินจังหวัดอุทัยธานี"
SITE_NAME = f"{OFFICE} – กรมที่ดิน"
LIST = "/category/news"
THEME = "/wp-content/themes/shapely"
PER = 9
SOURCES = [None, "ฝ่ายอำนวยการ", None, "สำนักงานที่ดินจังหวัดอุทัยธานี สาขาหนองฉาง", None, None]
AUTHORS = ["landuthai", "admin_pr", "sommai.k"]
TAGS = ["โฉนดที่ดิน", "รังวัด", "ออกหนังสือสำคัญ", "บริการประชาชน", "ที่ดินทำกิน", "กรมที่ดิน"]
DELETED = "/archives/3391"
DELETED_TITLE = "ป้องกัน: ผลการพิจารณาคำขอรังวัด (ภายใน)"
USM = "กรุณาติดตามและกดถูกใจเรา:"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ศาลากลางจังหวัดอุทัยธานี ถนนรักการดี ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี 61000"
STATS = "ผู้เข้าชมทั้งหมด: 382,114"
LOGIN_PROMPT = "คุณต้องเข้าสู่ระบบก่อนแสดงความเห็น"


def wp_date(d: dt.datetime) -> str:
    """The th locale's 'j F Y' with the CE year, as WordPress prints it."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def trim9(title: str) -> str:
    words = title.split()
    return title if len(words) <= 9 else " ".join(words[:9]) + "&hellip;"


class ShapelySite(BaseSite):
    key = "b43_wp_shapely_usm"
    family = "wordpress"
    imitates = "WordPress 6.4 + Colorlib Shapely (Underscores) theme, provincial land office: /archives/<id> permalinks; top callout section.page-title-section with the full headline in h3.page-title + breadcrumb; in the article h2.post-title.entry-title trimmed to 9 words by wp_trim_words (long Thai titles end in '…'); ul.post-meta with time.entry-date.published (Thai month, CE year, no visible time, ISO datetime), time.updated only when edited, author login, category, WP-PostViews 'เปิดอ่าน N ครั้ง'; dropcaps content, image (some), 'ที่มา:' line (some), PDF link (some); Ultimate Social Media Icons after content; shapely-next-prev with neighbour titles; author bio; shapely-tags; shapely-related-posts; comment login prompt; recent posts, archives, WP Statistics widget; cookie notice; category archive /category/news/page/N/; deleted = password-protected post"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 9, 20, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3460 - i * 3
            a.path = f"/archives/{a.id}"
            a.time_printed = True  # the ISO datetime attribute always carries it
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 57 + (i * 131) % 2900
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}/page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell
    def shell(self, title, callout, content, body_class):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<link rel="pingback" href="/xmlrpc.php">
<title>{title} &#8211; {esc(SITE_NAME)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{esc(SITE_NAME)} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='sfsi-style-css' href='/wp-content/plugins/ultimate-social-media-icons/css/sfsi-style.css?ver=2.8.9' media='all' />
<link rel='stylesheet' id='wp-postviews-css' href='/wp-content/plugins/wp-postviews/postviews-css.css?ver=1.68' media='all' />
<link rel='stylesheet' id='bootstrap-css' href='{THEME}/assets/css/src/bootstrap.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='shapely-style-css' href='{THEME}/style.css?ver=6.4.3' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} has-sidebar-right">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header" role="banner">
<div class="nav-container"><nav id="site-navigation" class="main-navigation" role="navigation"><div class="container nav-bar"><div class="flex-row"><div class="module left site-title-container"><a href="/" class="custom-logo-link"><img src="/wp-content/uploads/2021/05/logo-dol.png" class="custom-logo" alt="{OFFICE}" /></a></div>
<div class="module-group right"><div class="module left"><div class="collapse navbar-collapse navbar-ex1-collapse"><ul id="menu" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></div></div></div></div></div></nav></div>
</header>
<div id="content" class="main-container">
{callout}
<section class="content-area pt0"><div id="main" class="container" role="main"><div class="row">
<div id="primary" class="col-md-8 mb-xs-24 sidebar-right">
{content}
</div>
<aside id="secondary" class="widget-area col-md-4" role="complementary">
<div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="text" class="form-control" placeholder="ค้นหา..." value="" name="s" /></form></div>
<div id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></div>
<div id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul><li><a href="/archives/date/2024/09">กันยายน 2024</a></li><li><a href="/archives/date/2024/08">สิงหาคม 2024</a></li><li><a href="/archives/date/2024/07">กรกฎาคม 2024</a></li></ul></div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h2 class="widget-title">สถิติผู้เข้าชม</h2><ul><li><label>ผู้เข้าชมวันนี้:&nbsp;</label>214</li><li><label>{STATS.split(":")[0]}:&nbsp;</label>{STATS.split(": ")[1]}</li></ul></div>
</aside>
</div></div></section>
<footer id="colophon" class="site-footer footer bg-dark" role="contentinfo"><div class="container footer-inner"><div class="row"><div class="footer-widget-area"><div class="col-md-6"><p>{OFFICE}</p><p>{FOOTER} โทร. 0-5651-1046</p></div></div></div>
<div class="row"><div class="site-info col-sm-6"><div class="copyright-text">© 2024 {OFFICE}</div><div class="footer-credits">Theme by <a href="https://colorlib.com/" target="_blank" rel="nofollow noopener">Colorlib</a> Powered by <a href="http://wordpress.org/" target="_blank">WordPress</a></div></div></div></div>
<a class="btn btn-sm fade-half back-to-top inner-link" href="#top"><i class="fa fa-angle-up"></i></a></footer>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a></span></div></div>
<script src="/wp-content/plugins/ultimate-social-media-icons/js/custom.js?ver=2.8.9" id="SFSICustomJs-js"></script>
<script src="{THEME}/assets/js/shapely-scripts.js?ver=20180423" id="shapely-scripts-js"></script>
</body>
</html>
"""

    def callout(self, heading, crumb):
        return f"""<section class="page-title-section bg-secondary"><div class="container"><div class="row"><div class="col-xs-12 col-md-6"><h3 class="page-title">{heading}</h3></div>
<div class="col-md-6 col-xs-12 text-right"><div class="breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/"><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/" class="home"><span property="name">หน้าแรก</span></a></span> &gt; <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="{LIST}" class="taxonomy category"><span property="name">ข่าวประชาสัมพันธ์</span></a></span>{crumb}</div></div></div></div></section>"""

    # ------------------------------------------------------------------ listing
    def card(self, a, title=None, path=None, locked=False):
        title = title or a.title
        path = path or a.path
        img = (
            f'<img width="750" height="500" src="/wp-content/uploads/2024/0{a.published.month % 9 + 1}/news-{a.id}-750x500.jpg" class="attachment-shapely-featured size-shapely-featured wp-post-image" alt="" />'
            if a.extra["image"] and not locked
            else f'<img class="wp-post-image" alt="" src="{THEME}/assets/images/placeholder.jpg" />'
        )
        excerpt = (
            "ไม่มีเนื้อหาย่อเพราะนี่เป็นเรื่องที่มีการป้องกัน"
            if locked
            else esc(" ".join(a.paras[0].split()[:20])) + " [&hellip;]"
        )
        return f"""<article id="post-{path.rsplit("/", 1)[1]}" class="post-{path.rsplit("/", 1)[1]} post type-post status-publish format-standard hentry category-news post-content post-grid-wide">
<header class="entry-header nolist"><a href="{path}">{img}</a><span class="shapely-category"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></span></header>
<div class="entry-content"><h2 class="post-title entry-title"><a href="{path}">{trim9(esc(title))}</a></h2>
<div class="entry-meta"><ul class="post-meta"><li><span class="posted-on"><time class="entry-date published" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span></li><li><span>โดย <a href="/archives/author/{a.extra["author"]}" title="{a.extra["author"]}">{a.extra["author"]}</a></span></li></ul></div>
<div class="shapely-content dropcaps-content"><p>{excerpt}</p></div>
<a class="btn btn-lg btn-filled" href="{path}">อ่านต่อ</a></div>
</article>"""

    def listing(self, k):
        n = len(self.pages)
        items = self.pages[k]
        cards = []
        for j, a in enumerate(items):
            cards.append(self.card(a))
            if k == 1 and j == 3:
                cards.append(self.card(items[4], title=DELETED_TITLE, path=DELETED, locked=True))

        def href(j):
            return LIST if j == 0 else f"{LIST}/page/{j + 1}/"

        links = []
        if k > 0:
            links.append(f'<a class="prev page-numbers" href="{href(k - 1)}">&laquo; ก่อนหน้า</a>')
        for j in range(n):
            links.append(
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{href(j)}">{j + 1}</a>'
            )
        if k < n - 1:
            links.append(f'<a class="next page-numbers" href="{href(k + 1)}">ถัดไป &raquo;</a>')
        content = f"""<div class="post-wrapper">{"".join(cards)}</div>
<div class="text-center"><nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav></div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            self.callout("หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span>", ""),
            content,
            "archive category category-news wp-embed-responsive",
        )

    # ------------------------------------------------------------------ article
    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a]
        return [pool[(i * 7 + k * 5) % len(pool)] for k in range(4)]

    def article(self, a):
        p = a.published
        updated = (
            f'<time class="updated" datetime="{a.modified.isoformat()}">{wp_date(a.modified)}</time>'
            if a.modified
            else ""
        )
        img = (
            f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/0{p.month % 9 + 1}/news-{a.id}.jpg" alt="" class="wp-image-{a.id + 1}" /></figure>'
            if a.extra["image"]
            else ""
        )
        body = img + "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p>ที่มา: {esc(a.source)}</p>"
        if a.extra["file"]:
            body += f'<p><a href="/wp-content/uploads/2024/0{p.month % 9 + 1}/doc-{a.id}.pdf">ดาวน์โหลดเอกสาร (PDF)</a></p>'
        usm = f"""<div class="sfsi_Sicons " style="width: 100%; display: inline-block; vertical-align: middle; text-align:left"><div style="margin:0px 8px 0px 0px; line-height: 24px"><span>{USM}</span></div><div class="sfsi_socialwpr"><div class="sf_fb sf_icon" style="text-align:left;vertical-align: middle;"><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" class="sfsi_plus_fb_share_button">แชร์</a></div><div class="sf_twiter sf_icon" style="display: inline-block;vertical-align: middle;width: auto;margin-left: 7px;"><a href="https://x.com/intent/post?text={a.id}" target="_blank">Tweet</a></div></div></div>"""
        older, newer = self.neighbours(a)
        prev = (
            f'<a href="{older.path}" rel="prev"><div class="wrapper"><span class="fa fa-angle-left"></span> {esc(older.title)}</a></div>'
            if older
            else ""
        )
        nxt = (
            f'<div class="wrapper"><a href="{newer.path}" rel="next">{esc(newer.title)} <span class="fa fa-angle-right"></span></div></a>'
            if newer
            else ""
        )
        tags = (
            '<div class="shapely-tags"><span class="fa fa-tags"></span>'
            + " ".join(f'<a href="/archives/tag/{esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
            + "</div>"
            if a.tags
            else ""
        )
        rel = "".join(
            f'<li><div class="shapely-related-post-thumb"><a href="{x.path}"><img src="{THEME}/assets/images/placeholder.jpg" alt="" /></a></div><div class="shapely-related-post-title"><a href="{x.path}">{esc(x.title)}</a></div></li>'
            for x in self.related(a)
        )
        author = a.extra["author"]
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news post-content">
<header class="entry-header nolist"><span class="shapely-category"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></span></header>
<div class="entry-content">
<h2 class="post-title entry-title">{trim9(esc(a.title))}</h2>
<div class="entry-meta"><ul class="post-meta"><li><span class="posted-on"><time class="entry-date published" datetime="{p.isoformat()}">{wp_date(p)}</time>{updated}</span></li><li><span>โดย <a href="/archives/author/{author}" title="เรื่อง โดย {author}">{author}</a></span></li><li><span class="post-views">เปิดอ่าน {a.views:,} ครั้ง</span></li></ul></div>
<div class="shapely-content dropcaps-content">
{body}
{usm}
</div>
</div>
<div class="shapely-next-prev row"><div class="col-md-6 text-left">{prev}</div><div class="col-md-6 text-right">{nxt}</div></div>
<div class="author-bio"><div class="row"><div class="col-sm-2"><div class="avatar"><img alt="" src="/wp-content/uploads/avatar-{author}.png" class="avatar avatar-100 photo" height="100" width="100" /></div></div><div class="col-sm-10"><b class="fn">{author}</b><p>เจ้าหน้าที่ประชาสัมพันธ์ {OFFICE}</p></div></div></div>
{tags}
<div class="shapely-related-posts"><div class="shapely-related-posts-title"><h3><span>โพสต์ที่เกี่ยวข้อง</span></h3></div><ul class="shapely-carousel">{rel}</ul></div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">{LOGIN_PROMPT} <a href="/wp-login.php?redirect_to={a.path}">เข้าสู่ระบบ</a></p></div></div>"""
        return self.shell(
            esc(a.title),
            self.callout(esc(a.title), f" &gt; <span>{esc(a.title)}</span>"),
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
        )

    def password_page(self):
        content = f"""<article id="post-3391" class="post-3391 post type-post status-publish format-standard post-password-required hentry category-news post-content">
<div class="entry-content"><h2 class="post-title entry-title">{esc(DELETED_TITLE)}</h2>
<div class="shapely-content dropcaps-content"><form action="/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>เนื้อหานี้มีการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านเพื่อดูเนื้อหา:</p>
<p><label for="pwbox-3391">รหัสผ่าน: <input name="post_password" id="pwbox-3391" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></div></div></article>"""
        return self.shell(
            esc(DELETED_TITLE),
            self.callout(esc(DELETED_TITLE), ""),
            content,
            "post-template-default single single-post postid-3391 post-password-required",
        )

    def route(self, path, query, raw_query, base):
        if path in (LIST, LIST + "/"):
            return self.html_response(self.listing(0))
        if path.startswith(LIST + "/page/"):
            num = path[len(LIST) + 6 :].rstrip("/")
            if not num.isdigit() or not 2 <= int(num) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(num) - 1))
        key = path.rstrip("/")
        if key in self.by_path:
            return self.html_response(self.article(self.by_path[key]))
        if key == DELETED:
            return self.html_response(self.password_page())
        if path == "/":
            return 301, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"เปิดอ่าน {a.views:,} ครั้ง",
                wp_date(a.published),
                USM,
                "Tweet",
                "โพสต์ที่เกี่ยวข้อง",
                LOGIN_PROMPT,
                "ใส่ความเห็น",
                "เจ้าหน้าที่ประชาสัมพันธ์",
                "เรื่องล่าสุด",
                "สถิติผู้เข้าชม",
                "382,114",
                COOKIE,
                FOOTER,
                "Theme by",
                "ค้นหา...",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสาร (PDF)")
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = ShapelySite()

if __name__ == "__main__":
    main(SITE)
