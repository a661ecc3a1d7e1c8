"""Blind-41 red-team site (part A): **WordPress 6.4 + BetterStudio "Publisher" theme** (post
template 13, "Better Post Views" counter, Publisher's own share bar, `bs-irp` inline related
posts, "You might also like" pop-up) run by a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน), built blind.

What it imitates:
- WordPress with percent-encodable numeric permalinks `/archives/<id>` and a category archive
  `/category/pr-news/` with `/page/N/` pagination (`nav.bs-pagination` with numbered links
  and "ถัดไป »");
- Publisher's single template: `div.single-container > article.single-post-content`,
  `div.post-header.post-tp-13-header` with `div.term-badges.floated` (category badge),
  `h1.single-post-title > span.post-title`, `div.post-meta-wrap` holding the author login,
  `time.post-published` with a W3C `datetime` and the visible WordPress date in the **"M j, Y"
  format of the Thai locale ("มี.ค. 5, 2024" — abbreviated Thai month, day after it, CE year)**,
  a "แก้ไขล่าสุด" stamp on edited posts only, `span.views.post-meta-views` "1,205 views",
  and the share bar ("แชร์" Facebook / Twitter / LINE / print / e-mail) above the text;
- `div.entry-content.single-post-content` with an inline related box (`bs-irp`,
  "อ่านเพิ่มเติม") **injected between the 2nd and 3rd paragraphs**, an image (some), a
  "ข่าว/ภาพ : …" line (some), Download Monitor links (some);
- after the text: `div.post-tags` ("แท็ก"), bottom share bar, post navigation with the
  neighbour titles, "บทความที่เกี่ยวข้อง" carousel, comment form "ใส่ความเห็น" with the
  "คุณต้องเข้าสู่ระบบ" prompt, sidebar "ข่าวล่าสุด", WP Statistics widget, cookie bar.
Deleted: `/archives/5120` answers 200 with WordPress's password-protected post form
("เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
CAT = "/category/pr-news/"
CAT_NAME = "ข่าวประชาสัมพันธ์"
PER_PAGE = 9
SOURCES = ["กลุ่มงานส่งเสริมการพัฒนาชุมชน", None, "สำนักงานพัฒนาชุมชนอำเภอปัว", None, None]
AUTHORS = ["nan_cdd", "admin", "pr_cdd"]
DELETED_ID = 5120
COUNTER = "ผู้เยี่ยมชมวันนี้ : 312 ผู้เยี่ยมชมทั้งหมด : 845,210"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "สำนักงานพัฒนาชุมชนจังหวัดน่าน ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน 55000"
LOGIN = "คุณต้องเข้าสู่ระบบ เพื่อจะแสดงความเห็น"


def wpdate(d: dt.datetime) -> str:
    """WordPress 'M j, Y' in the th locale: 'มี.ค. 5, 2024'."""
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def wptime(d: dt.datetime) -> str:
    return d.strftime("%H:%M")


class PublisherSite(BaseSite):
    key = "b41_wp_publisher_bpv"
    family = "wordpress"
    imitates = (
        "WordPress 6.4 + BetterStudio Publisher (tp-13) + Better Post Views, provincial CDD office"
    )
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key,
            23,
            start=dt.datetime(2024, 6, 20, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            offset=5,
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for n, a in enumerate(arts):
            a.id = 5230 - n * 7
            a.path = f"/archives/{a.id}"
            a.source = SOURCES[n % len(SOURCES)]
            a.extra["author"] = AUTHORS[n % 3]
            a.extra["image"] = n % 4 == 1
            a.extra["files"] = n % 6 == 2
            a.time_printed = True
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    # ------------------------------------------------------------ shell

    def shell(self, title, content, body_class, canonical, extra_head=""):
        latest = "".join(
            f'<li class="listing-item"><a href="{x.path}" class="title">{esc(x.title)}</a> <span class="time">{wpdate(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="generator" content="WordPress 6.4.3" />
<meta name="generator" content="Powered by Publisher v7.11.0 - https://betterstudio.com" />
<link rel="canonical" href="{canonical}" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="stylesheet" id="publisher-css" href="/wp-content/themes/publisher/style-7.11.0.min.css" type="text/css" media="all" />
<link rel="stylesheet" id="download-monitor-css" href="/wp-content/plugins/download-monitor/assets/css/frontend.min.css" type="text/css" media="all" />
{extra_head}
</head>
<body class="{body_class} wp-theme-publisher active-light-box ltr page-layout-2-col page-layout-2-col-right full-width active-sticky-sidebar main-menu-sticky-smart">
<div class="main-wrap content-main-wrap">
<header id="header" class="site-header header-style-2 full-width" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
  <section class="topbar topbar-style-1 hidden-xs hidden-xs"><div class="content-wrap"><div class="container"><div class="topbar-inner clearfix"><div class="section-links"><a href="/contact/">ติดต่อเรา</a> | <a href="/sitemap/">แผนผังเว็บไซต์</a></div><div class="topbar-date"><span class="topbar-date">วันพฤหัสบดี 20 มิถุนายน 2024</span></div></div></div></div></section>
  <div class="header-inner"><div class="content-wrap"><div class="container"><div id="site-branding" class="site-branding"><p id="site-title" class="logo h1 img-logo"><a href="/" itemprop="url" rel="home"><img id="site-logo" src="/wp-content/uploads/2023/01/logo-cdd-nan.png" alt="{OFFICE}" /><span class="site-title">{OFFICE}</span></a></p></div></div></div></div>
  <div id="menu-main" class="menu main-menu-wrapper show-search-item menu-actions-btn-width-1"><div class="main-menu-inner"><div class="content-wrap"><div class="container"><nav class="main-menu-container"><ul id="main-navigation" class="main-menu menu bsm-pure clearfix"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับเรา</a></li><li class="menu-item current-menu-item"><a href="{CAT}">{CAT_NAME}</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></nav></div></div></div></div>
</header>
<div class="content-wrap"><main id="content" class="content-container">
<div class="container layout-2-col layout-2-col-1 layout-right-sidebar post-template-13">
<div class="row main-section">
<div class="col-sm-8 content-column">
<nav role="navigation" aria-label="Breadcrumbs" class="bf-breadcrumb clearfix bc-top-style"><div class="container bf-breadcrumb-container"><ul class="bf-breadcrumb-items" itemscope itemtype="http://schema.org/BreadcrumbList"><li class="bf-breadcrumb-item bf-breadcrumb-begin"><a href="/" rel="home"><span>หน้าแรก</span></a></li><li class="bf-breadcrumb-item"><a href="{CAT}"><span>{CAT_NAME}</span></a></li></ul></div></nav>
{content}
</div>
<div class="col-sm-4 sidebar-column sidebar-column-primary"><aside id="sidebar-primary-sidebar" class="sidebar" role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
  <div id="bs-thumbnail-listing-1-2" class="h-ni w-t primary-sidebar-widget widget widget_bs-thumbnail-listing-1"><div class="section-heading sh-t1 sh-s1"><span class="h-text">ข่าวล่าสุด</span></div><div class="listing listing-thumbnail listing-tb-1 clearfix columns-1"><ul>{latest}</ul></div></div>
  <div id="wp_statistics_widget-2" class="h-ni w-t primary-sidebar-widget widget widget_wp_statistics_widget"><div class="section-heading sh-t1 sh-s1"><span class="h-text">สถิติผู้เข้าชม</span></div><ul><li><label>{COUNTER}</label></li></ul></div>
</aside></div>
</div></div>
</main></div>
<footer id="site-footer" class="site-footer full-width"><div class="copy-footer"><div class="content-wrap"><div class="container"><div class="row"><div class="col-lg-12"><div id="menu-footer"><p>{FOOTER}<br />โทร 0-5471-0138</p></div><div class="copy-1 columns-2">© 2024 {OFFICE} สงวนลิขสิทธิ์</div><div class="copy-2">ขับเคลื่อนโดย WordPress</div></div></div></div></div></div></footer>
</div>
<div class="bs-cookie-notice"><p>{COOKIE} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p><button class="bs-cookie-accept">ยอมรับ</button></div>
<script type="text/javascript" src="/wp-content/themes/publisher/includes/libs/better-framework/assets/js/element-query.min.js"></script>
<script type="text/javascript" id="publisher-theme-pagination-js-extra">var bs_pagination_loc = {{"loading":"<div class=\\"bs-loading\\"><\\/div>"}};</script>
</body>
</html>
"""

    def share(self, a, where):
        return f"""<div class="post-share single-post-share {where}-share clearfix style-1"><div class="post-share-btn-group"></div><div class="share-handler-wrap "><span class="share-handler post-share-btn rank-default"><i class="bf-icon fa fa-share-alt"></i><b class="text">แชร์</b></span><span class="social-item facebook"><a href="https://www.facebook.com/sharer.php?u={a.path}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="icon"><i class="bf-icon fa fa-facebook"></i></span><span class="item-title">Facebook</span></a></span><span class="social-item twitter"><a href="https://twitter.com/share?url={a.path}" target="_blank" rel="nofollow noreferrer" class="bs-button-el"><span class="item-title">Twitter</span></a></span><span class="social-item line"><a href="https://line.me/R/msg/text/?{a.path}" target="_blank" class="bs-button-el"><span class="item-title">Line</span></a></span><span class="social-item print"><a href="#" class="bs-button-el"><span class="item-title">พิมพ์</span></a></span><span class="social-item email"><a href="mailto:?subject={esc(a.title)}" class="bs-button-el"><span class="item-title">อีเมล</span></a></span></div></div>"""

    # ------------------------------------------------------------ listing

    def item(self, a, title=None, path=None):
        title = title or a.title
        path = path or a.path
        return f"""<article class="post-{a.id} type-post format-standard has-post-thumbnail listing-item listing-item-blog listing-item-blog-5 main-term-3 bsw-8">
<div class="item-inner clearfix"><div class="featured clearfix"><div class="term-badges floated"><span class="term-badge term-3"><a href="{CAT}">{CAT_NAME}</a></span></div><a class="img-holder" href="{path}" title="{esc(title)}"></a></div>
<h2 class="title"><a href="{path}" class="post-url post-title">{esc(title)}</a></h2>
<div class="post-meta"><a href="/author/{a.extra["author"]}/" class="post-author-a"><i class="post-author author">{a.extra["author"]}</i></a><span class="time"><time class="post-published updated" datetime="{a.published.isoformat()}">{wpdate(a.published)}</time></span></div>
<div class="post-summary">{esc(a.paras[0][:180])}&hellip;</div></div></article>
"""

    def pagination(self, k):
        n = len(self.pages)
        href = self.listing_pages()
        parts = []
        if k > 0:
            parts.append(f'<a class="prev page-numbers" href="{href[k - 1]}">&laquo; ก่อนหน้า</a>')
        for j in range(n):
            if j == k:
                parts.append(
                    f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                )
            else:
                parts.append(f'<a class="page-numbers" href="{href[j]}">{j + 1}</a>')
        if k < n - 1:
            parts.append(f'<a class="next page-numbers" href="{href[k + 1]}">ถัดไป &raquo;</a>')
        return f'<div class="pagination bs-numbered-pagination" itemscope="itemscope" itemtype="https://schema.org/SiteNavigationElement/Pagination">{"".join(parts)}</div>'

    def listing(self, k):
        items = [self.item(a) for a in self.pages[k]]
        if k == 1:
            g = self.pages[1][2]
            items.insert(
                2,
                self.item(
                    g, "ประชุมคณะทำงานขับเคลื่อนโครงการ (เฉพาะเจ้าหน้าที่)", f"/archives/{DELETED_ID}"
                ),
            )
        content = f"""<section class="archive-title category-title with-actions with-terms"><div class="pre-title"><span>เรียกดูหมวดหมู่</span></div><h1 class="page-heading"><span class="h-title">{CAT_NAME}</span></h1></section>
<div class="listing listing-blog listing-blog-5 clearfix">{"".join(items)}</div>
{self.pagination(k)}"""
        path = self.listing_pages()[k]
        return self.shell(
            f"{CAT_NAME} Archives - หน้า {k + 1} - {OFFICE}"
            if k
            else f"{CAT_NAME} Archives - {OFFICE}",
            content,
            "archive category category-pr-news category-3",
            path,
        )

    # ------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3]
        return pool or [x for x in self.articles[i + 1 : i + 4]] or self.articles[:3]

    def article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        rel = self.related(a)
        irp = "".join(
            f'<div class="listing-item"><a href="{x.path}" class="title">{esc(x.title)}</a></div>'
            for x in rel[:2]
        )
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            2,
            f'<div class="bs-irp left bs-irp-thumbnail-1-full"><div class="bs-irp-heading"><span class="h-text heading-typo">อ่านเพิ่มเติม</span></div><div class="bs-pagination-wrapper main-term-none none">{irp}</div></div>',
        )
        if a.extra["image"]:
            paras.insert(
                0,
                f'<figure class="wp-block-image size-large"><img src="/wp-content/uploads/2024/05/cdd-{a.id}.jpg" alt="" class="wp-image-{a.id + 1}" /></figure>',
            )
        if a.source:
            paras.append(f"<p>ข่าว/ภาพ : {esc(a.source)}</p>")
        if a.extra["files"]:
            paras.append(
                f'<p><a class="download-link" title="เวอร์ชัน 1" href="/download/{a.id + 3}/" rel="nofollow">ดาวน์โหลด เอกสารประกอบ.pdf (ดาวน์โหลด 57 ครั้ง)</a></p>'
            )
        modified = ""
        if a.modified:
            modified = f'<span class="time post-modified"><i class="fa fa-refresh"></i> แก้ไขล่าสุด <time class="updated" datetime="{a.modified.isoformat()}">{wpdate(a.modified)}</time></span>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="entry-terms post-tags clearfix "><span class="terms-label"><i class="fa fa-tags"></i> แท็ก</span>'
                + "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        nav = ""
        if newer:
            nav += f'<div class="nav-previous"><a href="{newer.path}" rel="prev"><span class="pre-title">ข่าวก่อนหน้า</span><span class="title">{esc(newer.title)}</span></a></div>'
        if older:
            nav += f'<div class="nav-next"><a href="{older.path}" rel="next"><span class="pre-title">ข่าวถัดไป</span><span class="title">{esc(older.title)}</span></a></div>'
        related = "".join(
            f'<article class="listing-item listing-mg-item"><h4 class="title"><a href="{x.path}">{esc(x.title)}</a></h4></article>'
            for x in rel
        )
        content = f"""<div class="single-container">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard single-post-content has-thumbnail" itemscope="itemscope" itemtype="https://schema.org/Article">
<div class="post-header post-tp-13-header">
<div class="term-badges floated"><span class="term-badge term-3"><a href="{CAT}">{CAT_NAME}</a></span></div>
<h1 class="single-post-title"><span class="post-title" itemprop="headline">{esc(a.title)}</span></h1>
<div class="post-meta-wrap clearfix"><div class="post-meta single-post-meta"><a href="/author/{a.extra["author"]}/" title="เรียกดูโพสต์ผู้เขียน" class="post-author-a post-author-avatar"><span class="post-author-name">โดย <b>{a.extra["author"]}</b></span></a><span class="time"><time class="post-published updated" datetime="{a.published.isoformat()}">{wpdate(a.published)} เวลา {wptime(a.published)} น.</time></span>{modified}<span class="views post-meta-views rank-default" data-bpv-post="{a.id}"><i class="bf-icon fa fa-eye"></i>{a.views:,} views</span></div></div>
</div>
{self.share(a, "top")}
<div class="entry-content clearfix single-post-content" itemprop="articleBody">
{chr(10).join(paras)}
</div>
{tags}
{self.share(a, "bottom")}
</article>
<section class="next-prev-post clearfix">{nav}</section>
</div>
<div class="post-related"><div class="section-heading sh-t1 sh-s1 multi-tab"><span class="h-text related-posts-heading">บทความที่เกี่ยวข้อง</span></div><div class="listing listing-thumbnail listing-tb-2 clearfix">{related}</div></div>
<section id="comments-template-{a.id}" class="comments-template"><div id="respond" class="comment-respond"><p id="reply-title" class="comment-reply-title"><span class="h-text">ใส่ความเห็น</span></p><p class="must-log-in">{LOGIN}</p></div></section>"""
        head = f'<meta property="og:title" content="{esc(a.title)}" /><meta property="article:published_time" content="{a.published.isoformat()}" />'
        if a.modified:
            head += f'<meta property="article:modified_time" content="{a.modified.isoformat()}" />'
        return self.shell(
            f"{a.title} - {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            a.path,
            head,
        )

    def protected(self, path):
        content = f"""<div class="single-container"><article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish post-password-required single-post-content">
<div class="post-header post-tp-13-header"><h1 class="single-post-title"><span class="post-title">มีการป้องกัน: ประชุมคณะทำงานขับเคลื่อนโครงการ (เฉพาะเจ้าหน้าที่)</span></h1></div>
<div class="entry-content clearfix single-post-content"><form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน ในการดูเนื้อหา โปรดใส่รหัสผ่านของคุณด้านล่าง:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></div>
</article></div>"""
        return self.shell(
            f"มีการป้องกัน: ประชุมคณะทำงานขับเคลื่อนโครงการ - {OFFICE}",
            content,
            "single single-post post-password-required",
            path,
        )

    def route(self, path, query, raw_query, base):
        pages = self.listing_pages()
        if path in pages:
            return self.html_response(self.listing(pages.index(path)))
        if path.startswith("/archives/"):
            tail = path[len("/archives/") :].rstrip("/")
            if tail.isdigit():
                aid = int(tail)
                if aid in self.by_id:
                    return self.html_response(self.article(self.by_id[aid]))
                if aid == DELETED_ID:
                    return self.html_response(self.protected(path))
            return None
        if path == "/":
            return 301, {"Location": base + CAT}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                "แชร์",
                "Facebook",
                f"{a.views:,} views",
                f"โดย {a.extra['author']}",
                "อ่านเพิ่มเติม",
                "บทความที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ใส่ความเห็น",
                LOGIN,
                COUNTER,
                COOKIE,
                FOOTER,
                CAT_NAME,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {wpdate(a.modified)}")
            if a.tags:
                must_not.append("แท็ก")
            if a.extra["files"]:
                must_not.append("ดาวน์โหลด เอกสารประกอบ.pdf")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = PublisherSite()

if __name__ == "__main__":
    main(SITE)
