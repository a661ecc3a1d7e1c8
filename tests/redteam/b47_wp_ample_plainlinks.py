"""Blind-47 red-team site (part A): **WordPress 6.2 + Ample 1.x (ThemeGrill) with plain
permalinks + WP-PostViews + Simple Share Buttons Adder + Related Posts by Taxonomy + Restrict
Content**, a provincial agriculture office, built blind.

What it imitates:
- **plain permalinks** (never switched to pretty ones): posts `/?p=N`, category archive
  `/?cat=4`, `/?cat=4&paged=2`, `&paged=3`; generator "WordPress 6.2.2", `/wp-content/themes/ample/`,
  `/wp-json/`, the category feed `/?feed=rss2&cat=4`;
- Ample chrome: `div#page.hfeed.site`, `header#masthead` with `div.header-post-title-container`
  holding the **only `h1`, `h1.header-post-title-class` = headline** (above the article, outside
  `article`, as Ample prints it) and Breadcrumb NavXT; `div.single-page > div.inner-wrap >
  div#primary > div#content > article.post`; `div.entry-meta` with the author login, the
  `time.entry-date.published` ("5 มีนาคม 2024", WordPress 'j F Y' under th: **CE year**; the
  `datetime` attribute carries the time) and, for edited posts only, `time.updated`;
  `div.entry-content` with the text, a "ที่มา :" line on some, an image on some, the
  **WP-PostViews line "เข้าชม : 1,234 ครั้ง" and the SSBA share bar ("แชร์ข่าวนี้") inside
  `.entry-content`** (both filter the_content); `div.tags` "Tagged on: "; Related Posts by
  Taxonomy `div.rpbt_shortcode` "ข่าวที่เกี่ยวข้อง" inside the content too;
  `ul.default-wp-page` prev/next with neighbour titles, comment login prompt; sidebar recent
  posts, WP-PostViews "ข่าวยอดนิยม" with counts, site counter, footer, cookie bar.
Deleted: `/?p=1880`, a Restrict Content (members only) post linked from page 2 — 200 with the
headline and "เนื้อหานี้สำหรับสมาชิกเท่านั้น" and a login form, no text.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
THEME = "/wp-content/themes/ample"
CAT = 4
PER = 8
DELETED_ID = 1880
DELETED = f"/?p={DELETED_ID}"
DELETED_TITLE = "ประกาศผลการคัดเลือกเกษตรกรดีเด่น (เฉพาะสมาชิก)"
MEMBERS = "เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่ออ่านต่อ"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร",
    None,
    "สำนักงานเกษตรอำเภอตะพานหิน",
    None,
    None,
    "ศูนย์ส่งเสริมและพัฒนาอาชีพการเกษตรจังหวัดพิจิตร",
]
TAGS = ["เกษตรกร", "ข้าว", "พิจิตร", "ศพก.", "Smart Farmer", "ยุวเกษตรกร"]
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
POPULAR = "ข่าวยอดนิยม"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
COMMENT = "คุณต้องเข้าสู่ระบบก่อนจึงจะแสดงความเห็นได้"
SITE_COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 2,418,903 คน"
FOOTER = "ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร 66000"


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class AmpleSite(BaseSite):
    key = "b47_wp_ample_plainlinks"
    family = "wordpress"
    imitates = "WordPress 6.2 + Ample (ThemeGrill) with plain permalinks (/?p=N, /?cat=4&paged=N) + WP-PostViews + Simple Share Buttons Adder + Related Posts by Taxonomy + Restrict Content, provincial agriculture office: headline only in the header banner h1.header-post-title-class (outside the article, no title inside it); entry-meta author login + time.entry-date.published 'j F Y' Thai locale CE year (datetime with time) + time.updated only for edited posts; entry-content holding text, 'ที่มา :' line on some, image on some, WP-PostViews 'เข้าชม : N ครั้ง', SSBA share bar and RPBT related list inside it; tags 'Tagged on:', prev/next with neighbour titles, comment login prompt; sidebar recent + popular-with-counts + site counter; deleted = Restrict Content members-only post (200, headline + login form)"
    listing_path = f"/?cat={CAT}"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 5, 28, 15, 0, tzinfo=TZ), offset=733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1921 - i * 3 - (i % 2)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"/?p={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 57 + (i * 173) % 2900
            a.extra["image"] = i % 4 == 1
            if a.modified and a.modified <= a.published:
                a.modified = None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}&paged={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    # ------------------------------------------------------------ chrome

    def shell(self, content, title, body_class, banner, head_extra=""):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        pop = "".join(
            f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} views</li>'
            for a in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{esc(title)} &#8211; {OFFICE}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/?feed=rss2" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="/?feed=rss2&#038;cat={CAT}" />
<link rel='stylesheet' id='ample-style-css' href='{THEME}/style.css?ver=6.2.2' type='text/css' media='all' />
<link rel='stylesheet' id='ample-fontawesome-css' href='{THEME}/font-awesome/css/font-awesome.min.css?ver=4.7.0' type='text/css' media='all' />
<link rel='stylesheet' id='simple-share-buttons-adder-ssba-css' href='/wp-content/plugins/simple-share-buttons-adder/css/ssba.css?ver=1686712' type='text/css' media='all' />
<link rel='stylesheet' id='wp-postviews-css' href='/wp-content/plugins/wp-postviews/postviews-css.css?ver=1.77' type='text/css' media='all' />
<link rel='stylesheet' id='related-posts-by-taxonomy-css' href='/wp-content/plugins/related-posts-by-taxonomy/includes/assets/css/styles.css?ver=6.2.2' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.4' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.2.2" />
{head_extra}
</head>
<body class="{body_class} wide">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">Skip to content</a>
<header id="masthead" class="site-header " role="banner">
<div class="header">
<div class="main-head-wrap inner-wrap clearfix">
<div id="header-left-section">
<div id="header-logo-image"><a href="/" title="{OFFICE}" rel="home"><img src="/wp-content/uploads/2021/03/logo-doae.png" alt="{OFFICE}"></a></div>
<div id="header-text" class=""><h3 id="site-title"><a href="/" title="{OFFICE}" rel="home">{OFFICE}</a></h3><p id="site-description">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p></div>
</div>
<div id="header-right-section">
<nav id="site-navigation" class="main-navigation" role="navigation"><span class="menu-toggle"></span>
<div class="menu-main-container"><ul id="menu-main" class="menu menu-primary-container"><li id="menu-item-21" class="menu-item menu-item-home"><a href="/">หน้าหลัก</a></li><li id="menu-item-22" class="menu-item"><a href="/?page_id=2">เกี่ยวกับเรา</a></li><li id="menu-item-23" class="menu-item current-menu-item"><a href="/?cat={CAT}">ข่าวประชาสัมพันธ์</a></li><li id="menu-item-24" class="menu-item"><a href="/?cat=7">จัดซื้อจัดจ้าง</a></li><li id="menu-item-25" class="menu-item"><a href="/?page_id=88">ติดต่อเรา</a></li></ul></div>
</nav>
<div class="header-search-icon"><i class="fa fa-search"></i></div>
</div>
</div>
</div>
{banner}
</header>
<div class="main-wrapper">
{content}
<div id="secondary" class="sidebar">
<aside id="search-2" class="widget widget_search"><form action="/" class="search-form searchform clearfix" method="get"><input type="text" placeholder="ค้นหา" class="s field" name="s"><button class="search-icon" type="submit"></button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">เรื่องล่าสุด</h3><ul>{recent}</ul></aside>
<aside id="views-2" class="widget widget_views"><h3 class="widget-title">{POPULAR}</h3><ul>{pop}</ul></aside>
<aside id="text-3" class="widget widget_text"><div class="textwidget"><p>{SITE_COUNTER}</p></div></aside>
</div>
</div>
<footer id="colophon">
<div class="inner-wrap"><div class="footer-widgets-wrapper"><div class="tg-one-third"><aside class="widget widget_text"><h3 class="widget-title">{OFFICE}</h3><div class="textwidget"><p>{FOOTER}<br>โทร. 0-5661-1105</p></div></aside></div></div></div>
<div class="footer-bottom clearfix"><div class="inner-wrap"><div class="copyright-info">Copyright &copy; 2567 <a href="/" title="{OFFICE}"><span>{OFFICE}</span></a>. Powered by <a href="https://wordpress.org" target="_blank" rel="nofollow"><span>WordPress</span></a>. Theme: Ample by <a href="https://themegrill.com/themes/ample" target="_blank" rel="nofollow"><span>ThemeGrill</span></a>.</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"><i class="fa fa-angle-up"></i></a>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">ยอมรับ</a></span></div>
<script type='text/javascript' src='{THEME}/js/theme-custom.min.js?ver=6.2.2' id='ample-custom-js'></script>
<script type='text/javascript' id='wp-postviews-cache-js-extra'>var viewsCacheL10n = {{"admin_ajax_url":"\\/wp-admin\\/admin-ajax.php","post_id":"0"}};</script>
<script type='text/javascript' src='/wp-content/plugins/wp-postviews/postviews-cache.js?ver=1.77' id='wp-postviews-cache-js'></script>
</body>
</html>
"""

    def banner(self, heading, crumb):
        return f"""<div class="header-post-title-container clearfix"><div class="inner-wrap">
<div class="post-title-wrapper"><h1 class="header-post-title-class entry-title">{heading}</h1></div>
<div class="breadcrumb" typeof="BreadcrumbList" vocab="https://schema.org/"><span class="breadcrumb-title">คุณอยู่ที่:</span><span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/" class="home"><span property="name">หน้าหลัก</span></a><meta property="position" content="1"></span> &gt; {crumb}</div>
</div></div>"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            img = (
                f'<figure class="post-featured-image"><a href="{a.path}" title="{esc(a.title)}"><img width="710" height="300" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-710x300.jpg" class="attachment-ample-featured-blog-large size-ample-featured-blog-large wp-post-image" alt="{esc(a.title)}" decoding="async" /></a></figure>'
                if a.extra["image"]
                else ""
            )
            items.append(
                f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
<h2 class="entry-title"><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h2>
<div class="entry-meta clearfix"><span class="author vcard"><i class="fa fa-aw fa-user"></i><span class="fn"><a href="/?author=2">pr_doae</a></span></span><span class="entry-date"><i class="fa fa-aw fa-calendar-o"></i> <a href="{a.path}" title="{a.published:%H:%M}" rel="bookmark"><time class="entry-date published" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></a></span><span class="category"><i class="fa fa-aw fa-folder-open"></i><a href="/?cat={CAT}" rel="category">ข่าวประชาสัมพันธ์</a></span></div>
{img}
<div class="entry-summary"><p>{esc(a.paras[0][:160])} [&hellip;]</p></div>
<div class="read-btn"><a class="btn-default-th" href="{a.path}" title="{esc(a.title)}">อ่านต่อ</a></div>
</article>"""
            )
        if k == 1:
            items.insert(
                3,
                f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news">
<h2 class="entry-title"><a href="{DELETED}" title="{esc(DELETED_TITLE)}">{esc(DELETED_TITLE)}</a></h2>
<div class="entry-summary"><p>{MEMBERS}</p></div>
<div class="read-btn"><a class="btn-default-th" href="{DELETED}">อ่านต่อ</a></div>
</article>""",
            )
        n = len(self.pages)
        nav = '<ul class="default-wp-page clearfix">'
        if k + 1 < n:
            nav += f'<li class="previous"><a href="{esc(self.page_url(k + 1))}" >&laquo; เรื่องเก่ากว่า</a></li>'
        if k > 0:
            nav += f'<li class="next"><a href="{esc(self.page_url(k - 1))}">เรื่องใหม่กว่า &raquo;</a></li>'
        nav += "</ul>"
        content = f"""<div class="single-page clearfix"><div class="inner-wrap">
<div id="primary"><div id="content">
{"".join(items)}
{nav}
</div></div>"""
        banner = self.banner(
            "หมวดหมู่: ข่าวประชาสัมพันธ์",
            '<span class="archive taxonomy category current-item">ข่าวประชาสัมพันธ์</span>',
        )
        return self.shell(
            content + "</div></div>",
            "ข่าวประชาสัมพันธ์" + (f" &#8211; หน้า {k + 1}" if k else ""),
            f"archive category category-news category-{CAT}",
            banner,
        )

    # ------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        if len(pool) < 3:
            pool += [x for x in self.articles[i + 2 :] if x not in pool]
        return pool[:3]

    def article(self, a):
        text = ""
        for j, p in enumerate(a.paras):
            text += f"<p>{esc(p)}</p>\n"
            if j == 0 and a.extra["image"]:
                text += f'<p><img decoding="async" loading="lazy" class="aligncenter size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x768.jpg" alt="" width="1024" height="768" /></p>\n'
        if a.source:
            text += f"<p>ที่มา : {esc(a.source)}</p>\n"
        text += f'<p class="post-views post-{a.id} entry-meta"><span class="post-views-label">เข้าชม : </span><span class="post-views-count">{a.views:,}</span> ครั้ง</p>\n'
        text += f'<!-- Simple Share Buttons Adder (8.4.6) simplesharebuttons.com --><div class="ssba-classic-2 ssba ssbp-wrap alignleft ssbp--theme-1"><div style="text-align:left"><span class="ssba-share-text">{SHARE}</span><br/><a data-site="facebook" class="ssba_facebook_share ssba_share_link" href="https://www.facebook.com/sharer.php?t={esc(a.title)}&u=" target="_blank"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/facebook.png" style="width: 35px;" title="Facebook" class="ssba ssba-img" alt="Share on Facebook" /><div title="Facebook" class="ssbp-text">Facebook</div></a><a data-site="twitter" class="ssba_twitter_share" href="https://twitter.com/intent/tweet?text={esc(a.title)}" target="_blank"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/twitter.png" style="width: 35px;" title="Twitter" class="ssba ssba-img" alt="Tweet about this on Twitter" /><div title="Twitter" class="ssbp-text">Twitter</div></a><a data-site="line" class="ssba_line_share" href="https://social-plugins.line.me/lineit/share?url=" target="_blank"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/line.png" style="width: 35px;" title="Line" class="ssba ssba-img" alt="Share on Line" /><div title="Line" class="ssbp-text">Line</div></a><a data-site="print" class="ssba_print ssba_share_link " href="#" onclick="window.print()"><img src="/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/print.png" style="width: 35px;" title="Print" class="ssba ssba-img" alt="Print this page" /><div title="Print" class="ssbp-text">Print</div></a></div></div>\n'
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <time datetime="{x.published.isoformat()}">{wp_date(x.published)}</time></li>'
            for x in self.related(a)
        )
        text += f'<div class="rpbt_shortcode"><h3>{RELATED}</h3><ul>{rel}</ul></div>\n'
        upd = (
            f'<time class="updated" datetime="{a.modified.isoformat()}">{wp_date(a.modified)}</time>'
            if a.modified
            else ""
        )
        tags = (
            '<div class="tags">Tagged on: '
            + "&nbsp;&nbsp;&nbsp;&nbsp;".join(
                f'<a href="/?tag={esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        newer, older = self.neighbours(a)
        nav = '<ul class="default-wp-page clearfix">'
        if older:
            nav += f'<li class="previous"><a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><a href="{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav">&rarr;</span></a></li>'
        nav += "</ul>"
        content = f"""<div class="single-page clearfix"><div class="inner-wrap">
<div id="primary"><div id="content">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if a.extra["image"] else ""} hentry category-news{"".join(f" tag-{esc(t)}" for t in a.tags)}">
<div class="entry-meta clearfix"><span class="author vcard"><i class="fa fa-aw fa-user"></i><span class="fn"><a href="/?author=2">pr_doae</a></span></span><span class="entry-date"><i class="fa fa-aw fa-calendar-o"></i> <a href="{a.path}" title="{a.published:%H:%M}" rel="bookmark"><time class="entry-date published" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time>{upd}</a></span><span class="category"><i class="fa fa-aw fa-folder-open"></i><a href="/?cat={CAT}" rel="category">ข่าวประชาสัมพันธ์</a></span></div>
<div class="entry-content">
{text}</div>
{tags}
</article>
{nav}
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">{COMMENT.replace("เข้าสู่ระบบ", f'<a href="/wp-login.php?redirect_to=%2F%3Fp%3D{a.id}">เข้าสู่ระบบ</a>')}</p></div></div>
</div></div>"""
        banner = self.banner(
            esc(a.title),
            f'<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/?cat={CAT}" class="taxonomy category"><span property="name">ข่าวประชาสัมพันธ์</span></a><meta property="position" content="2"></span>',
        )
        head = f"""<link rel="canonical" href="{a.path}" />
<link rel='shortlink' href='{a.path}' />
<link rel="alternate" type="application/json" href="/index.php?rest_route=/wp/v2/posts/{a.id}" />"""
        return self.shell(
            content + "</div></div>",
            a.title,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            banner,
            head,
        )

    def members_only(self):
        content = f"""<div class="single-page clearfix"><div class="inner-wrap">
<div id="primary"><div id="content">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news">
<div class="entry-content"><div class="rcp_restricted rcp_restricted_members"><p>{MEMBERS}</p></div>
<form id="rcp_login_form" class="rcp_form" method="POST" action="/?p={DELETED_ID}"><fieldset class="rcp_login_data"><p><label for="rcp_user_login">ชื่อผู้ใช้</label><input name="rcp_user_login" id="rcp_user_login" class="required" type="text"/></p><p><label for="rcp_user_pass">รหัสผ่าน</label><input name="rcp_user_pass" id="rcp_user_pass" class="required" type="password"/></p><p><input id="rcp_login_submit" type="submit" value="เข้าสู่ระบบ"/></p></fieldset></form></div>
</article>
</div></div></div></div>"""
        return self.shell(
            content,
            DELETED_TITLE,
            f"post-template-default single single-post postid-{DELETED_ID}",
            self.banner(esc(DELETED_TITLE), ""),
        )

    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        p = query.get("p", [""])[0]
        if p:
            if p == str(DELETED_ID):
                return self.html_response(self.members_only())
            if p.isdigit() and int(p) in self.by_id:
                return self.html_response(self.article(self.by_id[int(p)]))
            return None
        if query.get("cat", [""])[0] == str(CAT):
            paged = query.get("paged", ["1"])[0]
            if paged.isdigit() and 1 <= int(paged) <= len(self.pages):
                return self.html_response(self.listing(int(paged) - 1))
            return None
        if not query:
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"เข้าชม : {a.views:,} ครั้ง",
                SHARE,
                "Tweet about this on Twitter",
                RELATED,
                "Tagged on:",
                COMMENT,
                "ใส่ความเห็น",
                "pr_doae",
                "คุณอยู่ที่:",
                POPULAR,
                SITE_COUNTER,
                COOKIE,
                FOOTER,
                "เรื่องล่าสุด",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = AmpleSite()

if __name__ == "__main__":
    main(SITE)
