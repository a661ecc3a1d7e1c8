"""Blind-38 red-team site (part A): **WordPress 6.5 + the "Zox News" theme (MVP Themes)**
with Post Views Counter and Ultimate Social Media Icons, on **plain permalinks** (`/?p=ID`),
a provincial public-relations office, built blind.

What it imitates:
- WordPress fingerprints: generator meta, `/wp-content/themes/zox-news/`, `/wp-json/`,
  `xmlrpc.php?rsd`, `/feed/`, `wp-includes` scripts;
- single: `article#mvp-article-wrap` (schema.org NewsArticle microdata),
  `h1.mvp-post-title.entry-title[itemprop=headline]`; the byline box prints the date the way
  Zox News does by default, **as a relative "N สัปดาห์ ที่แล้ว" text** (frozen by a page cache),
  with `time.post-date.updated[datetime=Y-m-d]` (day only) and
  `meta[itemprop=dateModified][content=Y-m-d]` for every post; Zox share column
  (Facebook / Twitter / LINE / e-mail) beside the text; image (some); "ที่มา :" (some);
  Post Views Counter box; Ultimate Social Media Icons bar; Zox "หัวข้อที่เกี่ยวข้อง:" tags;
  prev/next with neighbour titles; "คุณอาจสนใจ" related grid; comments button; sidebar
  "ข่าวล่าสุด"; footer with a site-wide visitor counter; cookie bar;
- listing: `/category/pr-news/` then `/category/pr-news/page/N/` with the Zox pagination
  ("หน้า 1 จาก 3", numbers) and the infinite-scroll "โหลดเพิ่ม" button.
Deleted: a password-protected post (200, title "ป้องกัน: …" and the password form, no text).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดน่าน"
HOST = "https://nan.prd.go.th"
T = "/wp-content/themes/zox-news"
PER_PAGE = 8
LIST = "/category/pr-news/"
NOW = dt.datetime(2024, 7, 2, 9, 0, tzinfo=TZ)  # when the page cache was filled
SOURCES = [None, "กลุ่มงานประชาสัมพันธ์ จังหวัดน่าน", None, "สำนักงานเกษตรจังหวัดน่าน", "ที่ทำการปกครองอำเภอปัว"]
DELETED_ID = 4107
DELETED_TITLE = "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการ"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 1,204,583 ครั้ง"
USMI = "โปรดติดตามและกดถูกใจเรา :)"


def relative(d: dt.datetime) -> str:
    """WordPress human_time_diff() in Thai: 'N วัน/สัปดาห์/เดือน ที่แล้ว'."""
    days = (NOW - d).days
    if days < 7:
        return f"{max(days, 1)} วัน ที่แล้ว"
    if days < 30:
        return f"{days // 7} สัปดาห์ ที่แล้ว"
    return f"{max(days // 30, 1)} เดือน ที่แล้ว"


class ZoxSite(BaseSite):
    key = "b38_wp_zoxnews_pvc"
    family = "wordpress"
    imitates = "WordPress 6.5 + Zox News theme (MVP Themes) with Post Views Counter and Ultimate Social Media Icons, provincial PR office, plain permalinks /?p=ID: h1.mvp-post-title; date printed only as a relative 'N สัปดาห์ ที่แล้ว' text (page-cached) with time.post-date[datetime=Y-m-d] and meta itemprop dateModified (day only); Zox share column; 'ที่มา :' (some); Post Views Counter box; USMI bar; 'หัวข้อที่เกี่ยวข้อง:' tags; prev/next with titles; 'คุณอาจสนใจ' related; /category/pr-news/page/N/ with 'หน้า 1 จาก 3' pagination and load-more; deleted = password-protected post (200)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 30, 15, 0, tzinfo=TZ), offset=1611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 4188
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 4
            a.time_printed = False  # only Y-m-d attributes and a relative text
            if a.modified is None:
                a.modified = a.published  # dateModified is printed for every post
            a.path = f"/?p={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 3 == 0
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return [LIST] + [f"{LIST}page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    def shell(self, title, content, body_class, head=""):
        latest = "".join(
            f'<li><a href="{HOST}/?p={a.id}">{esc(a.title)}</a><span class="mvp-cd-date">{relative(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" >
<meta name="viewport" id="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, minimum-scale=1.0, user-scalable=no" />
<link rel="pingback" href="{HOST}/xmlrpc.php" />
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel="stylesheet" id="mvp-custom-style-css" href="{HOST}{T}/style.css?ver=6.5.2" type="text/css" media="all" />
<link rel="stylesheet" id="sfsi-style-css" href="{HOST}/wp-content/plugins/ultimate-social-media-icons/css/sfsi-style.css?ver=2.8.9" type="text/css" media="all" />
<link rel="stylesheet" id="post-views-counter-frontend-css" href="{HOST}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.4" type="text/css" media="all" />
<script type="text/javascript" src="{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.2" />
{head}</head>
<body class="{body_class}">
<div id="mvp-fly-wrap"><div id="mvp-fly-menu-wrap"><nav class="mvp-fly-nav-menu left relative"><ul class="menu"><li><a href="{HOST}/">หน้าแรก</a></li><li><a href="{HOST}{LIST}">ข่าวประชาสัมพันธ์</a></li></ul></nav></div></div>
<div id="mvp-site" class="left relative"><div id="mvp-site-wall" class="left relative"><div id="mvp-site-main" class="left relative">
<header id="mvp-main-head-wrap" class="left relative"><nav id="mvp-main-nav-wrap" class="left relative"><div id="mvp-main-nav-top" class="left relative"><div class="mvp-main-box"><div id="mvp-nav-top-wrap" class="left relative">
<div class="mvp-nav-top-mid left relative" itemscope itemtype="http://schema.org/Organization"><a class="mvp-nav-logo-reg" itemprop="url" href="{HOST}/"><img itemprop="logo" src="{HOST}/wp-content/uploads/2022/05/logo-prnan.png" alt="{OFFICE}" /></a><h2 class="mvp-logo-title">{OFFICE}</h2></div>
</div></div></div>
<div id="mvp-main-nav-bot" class="left relative"><div class="mvp-main-box"><div class="mvp-nav-menu left"><ul id="menu-main" class="menu"><li class="menu-item"><a href="{HOST}/">หน้าแรก</a></li><li class="menu-item"><a href="{HOST}/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{HOST}{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{HOST}/ita/">ITA</a></li><li class="menu-item"><a href="{HOST}/contact/">ติดต่อเรา</a></li></ul></div><div class="mvp-nav-search-but"><span class="mvp-search-click">ค้นหา</span></div></div></div>
</nav></header>
<div id="mvp-main-body-wrap" class="left relative"><div class="mvp-main-box"><div id="mvp-main-body" class="left relative"><div class="mvp-main-blog-cont left relative">
<div class="mvp-main-blog-out left relative"><div class="mvp-main-blog-in">
{content}
</div>
<div id="mvp-side-wrap" class="left relative theiaStickySidebar"><section id="mvp_catlist_widget-3" class="mvp-side-widget mvp_catlist_widget"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">ข่าวล่าสุด</span></h4></div><ul class="mvp-widget-list">{latest}</ul></section>
<section id="sfsi-widget-2" class="mvp-side-widget sfsi"><div class="mvp-widget-home-head"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">{USMI}</span></h4></div><div class="sfsi_widget"><div class="norm_row sfsi_wDiv"><div class="sfsi_wicons"><a href="https://www.facebook.com/prnan" class="sficn"><img alt="Facebook" src="{HOST}/wp-content/plugins/ultimate-social-media-icons/images/icons_theme/default/default_facebook.png" /></a></div></div></div></section></div>
</div></div></div></div></div>
<footer id="mvp-foot-wrap" class="left relative"><div id="mvp-foot-top" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-logo" class="left relative"><img src="{HOST}/wp-content/uploads/2022/05/logo-prnan-footer.png" alt="{OFFICE}" /></div><div id="mvp-foot-menu-wrap" class="left relative"><p>{OFFICE} ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร 0 5471 0096</p><p class="visitor-counter">{SITE_COUNTER}</p></div></div></div>
<div id="mvp-foot-bot" class="left relative"><div class="mvp-main-box"><div id="mvp-foot-copy" class="left relative"><p>Copyright © 2024 {OFFICE}</p></div></div></div></footer>
</div></div></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a role="button" id="cookie_action_close_header" class="cli_action_button">ยอมรับ</a></span></div>
<script type="text/javascript" src="{HOST}{T}/js/mvpcustom.js?ver=6.5.2" id="mvp-custom-js"></script>
</body>
</html>
"""

    def card(self, title, pid, a):
        img = f'<img width="400" height="240" src="{HOST}/wp-content/uploads/2024/{a.published:%m}/pr{pid}-400x240.jpg" class="mvp-reg-img wp-post-image" alt="" />'
        return f"""<li class="mvp-blog-story-wrap left relative infinite-post"><a href="{HOST}/?p={pid}" rel="bookmark"><div class="mvp-blog-story-out relative"><div class="mvp-blog-story-img left relative">{img}</div><div class="mvp-blog-story-in"><div class="mvp-blog-story-text left relative"><div class="mvp-cat-date-wrap left relative"><span class="mvp-cd-cat left relative">ข่าวประชาสัมพันธ์</span><span class="mvp-cd-date left relative">{relative(a.published)}</span></div><h2>{esc(title)}</h2><p>{esc(a.paras[0][:120])}…</p></div></div></div></a></li>
"""

    def listing(self, k):
        rows = [self.card(a.title, a.id, a) for a in self.pages[k - 1]]
        if k == 2:
            rows.insert(4, self.card(DELETED_TITLE, DELETED_ID, self.pages[1][4]))
        n = len(self.pages)

        def href(j):
            return f"{HOST}{LIST}" if j == 1 else f"{HOST}{LIST}page/{j}/"

        pag = [f"<span>หน้า {k} จาก {n}</span>"]
        if k > 1:
            pag.append(f'<a href="{href(k - 1)}">&lsaquo; ก่อนหน้า</a>')
        for j in range(1, n + 1):
            pag.append(
                f'<span class="current">{j}</span>'
                if j == k
                else f'<a href="{href(j)}" class="inactive">{j}</a>'
            )
        if k < n:
            pag.append(f'<a href="{href(k + 1)}">ถัดไป &rsaquo;</a>')
        content = f"""<div id="mvp-blog-arch-wrap" class="left relative"><h1 class="mvp-feat1-pop-head"><span class="mvp-feat1-pop-head">ข่าวประชาสัมพันธ์</span></h1>
<ul class="mvp-blog-story-list left relative infinite-content">
{"".join(rows)}</ul>
<div class="mvp-inf-more-wrap left relative"><a href="#" class="mvp-inf-more-but">โหลดเพิ่ม</a><div class="mvp-nav-links"><div class="pagination">{"".join(pag)}</div></div></div></div>"""
        title = "ข่าวประชาสัมพันธ์ Archives" + (f" - หน้า {k} จาก {n}" if k > 1 else "") + f" - {OFFICE}"
        return self.shell(title, content, "archive category category-pr-news category-5")

    def single_wrap(self, a_id, title, inner, date_html, extra_class=""):
        return f"""<article id="mvp-article-wrap" class="post-{a_id} post type-post status-publish format-standard hentry category-pr-news{extra_class}" itemscope itemtype="http://schema.org/NewsArticle">
<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{HOST}/?p={a_id}"/>
<div id="mvp-article-cont" class="left relative"><div class="mvp-main-box"><div id="mvp-post-main" class="left relative">
<header id="mvp-post-head" class="left relative"><h3 class="mvp-post-cat left relative"><a class="mvp-post-cat-link" href="{HOST}{LIST}"><span class="mvp-post-cat left">ข่าวประชาสัมพันธ์</span></a></h3>
<h1 class="mvp-post-title left entry-title" itemprop="headline">{title}</h1>
{date_html}
</header>
{inner}
</div></div></div></article>"""

    def single(self, a):
        i = self.articles.index(a)
        url = f"{HOST}/?p={a.id}"
        date_html = f"""<div class="mvp-author-info-wrap left relative"><div class="mvp-author-info-thumb left relative"><img alt="" src="{HOST}/wp-content/uploads/avatar-pr.png" class="avatar avatar-46 photo" height="46" width="46" /></div><div class="mvp-author-info-text left relative"><div class="mvp-author-info-date left relative"><p>เผยแพร่</p> <span class="mvp-post-date">{relative(a.published)}</span> <p>เมื่อ</p> <span class="mvp-post-date updated"><time class="post-date updated" itemprop="datePublished" datetime="{a.published:%Y-%m-%d}">{a.published:%Y-%m-%d}</time></span><meta itemprop="dateModified" content="{a.modified:%Y-%m-%d}"/></div><div class="mvp-author-info-name left relative" itemprop="author" itemscope itemtype="https://schema.org/Person"><p>โดย</p> <span class="author-name vcard fn author" itemprop="name"><a href="{HOST}/author/prnan/" title="เขียนโดย prnan" rel="author">prnan</a></span></div></div></div>"""
        share = f"""<div class="mvp-post-soc-out right relative"><div id="mvp-post-soc-wrap" class="left relative"><ul class="mvp-post-soc-list left relative"><a href="https://www.facebook.com/sharer.php?u={url}" target="_blank"><li class="mvp-post-soc-fb"><span class="mvp-post-soc-text">แชร์ Facebook</span></li></a><a href="https://twitter.com/share?text={esc(a.title)}&amp;url={url}" target="_blank"><li class="mvp-post-soc-twit"><span class="mvp-post-soc-text">แชร์ Twitter</span></li></a><a href="https://social-plugins.line.me/lineit/share?url={url}"><li class="mvp-post-soc-line"></li></a><a href="mailto:?subject={esc(a.title)}&amp;BODY=ข่าวน่าสนใจ: {url}"><li class="mvp-post-soc-email"></li></a><a href="#mvp-comments-button"><li class="mvp-post-soc-com mvp-com-click"></li></a></ul></div>"""
        img = ""
        if a.extra["image"]:
            img = f'<div id="mvp-post-feat-img" class="left relative mvp-post-feat-img-wide2" itemprop="image" itemscope itemtype="https://schema.org/ImageObject"><img width="1000" height="600" src="{HOST}/wp-content/uploads/2024/{a.published:%m}/pr{a.id}.jpg" class="attachment- size- wp-post-image" alt="" /><meta itemprop="url" content="{HOST}/wp-content/uploads/2024/{a.published:%m}/pr{a.id}.jpg"></div>'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.source:
            body += f"<p>ที่มา : {esc(a.source)}</p>\n"
        pvc = f'<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม </span> <span class="post-views-count">{a.views:,}</span></div>'
        usmi = f'<div class="sfsi_widget sfsi_shortcode_container"><div class="sfsibeforpstwpr"><div class="sfsi_Sicons" style="float:left"><div style="float:left;margin:0 10px"><span>{USMI}</span></div><div class="sf_fb"><a href="https://www.facebook.com/sharer/sharer.php?u={url}">แชร์</a></div><div class="sf_twiter"><a href="https://twitter.com/intent/tweet?url={url}">ทวีต</a></div></div></div></div>'
        tags = ""
        if a.tags:
            links = "".join(
                f'<a href="{HOST}/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
            )
            tags = f'<div class="mvp-post-tags"><span class="mvp-post-tags-header">หัวข้อที่เกี่ยวข้อง:</span><span itemprop="keywords">{links}</span></div>'
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        pn = '<div class="mvp-prev-next-wrap left relative">'
        if prev:
            pn += f'<a href="{HOST}/?p={prev.id}" rel="bookmark"><div class="mvp-prev-post-wrap left relative"><div class="mvp-prev-next-cont left relative"><div class="mvp-prev-next-text left relative"><span class="mvp-prev-arr">ข่าวก่อนหน้า</span><p>{esc(prev.title)}</p></div></div></div></a>'
        if nxt:
            pn += f'<a href="{HOST}/?p={nxt.id}" rel="bookmark"><div class="mvp-next-post-wrap right relative"><div class="mvp-prev-next-cont left relative"><div class="mvp-prev-next-text left relative"><span class="mvp-next-arr">ข่าวถัดไป</span><p>{esc(nxt.title)}</p></div></div></div></a>'
        pn += "</div>"
        rel = "".join(
            f'<li><a href="{HOST}/?p={x.id}" rel="bookmark"><div class="mvp-related-text left relative"><p>{esc(x.title)}</p></div></a></li>'
            for x in self.related(a)
        )
        inner = f"""<div class="mvp-post-main-out left relative"><div class="mvp-post-main-in"><div id="mvp-post-content" class="left relative">
{img}
<div id="mvp-content-wrap" class="left relative">
{share}
<div class="mvp-post-soc-in"><div id="mvp-content-body" class="left relative"><div id="mvp-content-body-top" class="left relative"><div id="mvp-content-main" class="left relative">
{body}{pvc}
{usmi}
</div>
<div id="mvp-content-bot" class="left relative">{tags}
<div class="mvp-org-wrap" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{OFFICE}"></div>
</div></div></div>
<div class="mvp-cont-read-wrap">{pn}
<div id="mvp-related-posts" class="left relative"><h4 class="mvp-widget-home-title"><span class="mvp-widget-home-title">คุณอาจสนใจ</span></h4><ul class="mvp-related-posts-list left related">{rel}</ul></div>
<div id="mvp-comments-button" class="left relative mvp-com-click"><span class="mvp-comment-but-text">คลิกเพื่อแสดงความคิดเห็น</span></div>
<div id="comments" class="mvp-com-click-id-{a.id} mvp-com-click-main"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">คุณต้อง<a href="{HOST}/wp-login.php?redirect_to={HOST}%2F%3Fp%3D{a.id}">เข้าสู่ระบบ</a> เพื่อพิมพ์ความเห็น</p></div></div>
</div></div></div></div></div></div></div>"""
        head = f'<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="{url}" />\n<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />\n'
        return self.shell(
            f"{a.title} - {OFFICE}",
            self.single_wrap(a.id, esc(a.title), inner, date_html),
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 2 : i + 5] or self.articles[:3]
        return [x for x in pool if x is not a][:3]

    def protected(self):
        inner = f"""<div id="mvp-content-main" class="left relative"><form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน เพื่อที่จะดูเนื้อหานี้ กรุณาใส่รหัสผ่านด้านล่าง:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></div>"""
        return self.shell(
            f"ป้องกัน: {DELETED_TITLE} - {OFFICE}",
            self.single_wrap(
                DELETED_ID, f"ป้องกัน: {DELETED_TITLE}", inner, "", " post-password-required"
            ),
            f"single single-post postid-{DELETED_ID}",
        )

    def route(self, path, query, raw_query, base):
        if path == "/" and list(query) == ["p"]:
            v = query["p"][0]
            if v == str(DELETED_ID):
                return self.html_response(self.protected())
            if v.isdigit() and int(v) in self.by_id:
                return self.html_response(self.single(self.by_id[int(v)]))
            return None
        if path == LIST and not query:
            return self.html_response(self.listing(1))
        if path.startswith(LIST + "page/") and path.endswith("/"):
            k = path[len(LIST) + 5 : -1]
            if k.isdigit() and 2 <= int(k) <= len(self.pages):
                return self.html_response(self.listing(int(k)))
            return None
        if path == "/" and not query:
            return 302, {"Location": base + LIST}, b""
        if path == "/feed/":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}/?p={a.id}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid isPermaLink="false">{HOST}/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.5.2</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                relative(a.published),
                "แชร์ Facebook",
                "แชร์ Twitter",
                f"จำนวนผู้เข้าชม {a.views:,}",
                USMI,
                "หัวข้อที่เกี่ยวข้อง:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "คุณอาจสนใจ",
                "คลิกเพื่อแสดงความคิดเห็น",
                "เพื่อพิมพ์ความเห็น",
                "ข่าวล่าสุด",
                SITE_COUNTER,
                "ถนนสุริยพงษ์ ตำบลในเวียง",
                "เว็บไซต์นี้ใช้คุกกี้",
            ]
            if a.source:
                must_not.append(f"ที่มา : {a.source}")
            if i + 1 < len(self.articles):
                must_not.append(self.articles[i + 1].title)
            if i > 0:
                must_not.append(self.articles[i - 1].title)
            must_not += [x.title for x in self.related(a)]
            out.append(
                expected_record(a, published_time=False, modified_time=False, must_not=must_not)
            )
        return out


SITE = ZoxSite()

if __name__ == "__main__":
    main(SITE)
