"""Blind-30 red-team site: **WordPress 6.4 + Hueman 3** with Polylang (Thai/English), WP-PostViews,
Shared Counts and Contextual Related Posts, run by a provincial labour office
(สำนักงานแรงงานจังหวัดพิจิตร), built blind.

What it imitates:
- WordPress fingerprints: generator "WordPress 6.4.3", `/wp-content/themes/hueman/`,
  `/wp-json/`, `/xmlrpc.php?rsd`, `?p=ID` shortlinks, category feed;
- **Polylang language prefix `/th/`** on every URL (`/th/2024/03/1234/`, `/th/category/news/`),
  `hreflang` alternates and a language switcher (ไทย / English) in the top bar;
- Hueman single: `div.page-title` with the category, `h1.post-title.entry-title`, `p.post-byline`
  "โดย <login> · เผยแพร่ <time class="published" datetime="Y-m-d H:i:s">5 มีนาคม 2024</time>"
  (**the machine time without any zone offset, space-separated**; the visible date CE with a
  Thai month, no time) and "· ปรับปรุง <time class="updated" ...>" only for edited posts;
- inside `div.entry-inner`: the text, a typed "ที่มา :" paragraph (some), a captioned image
  (some), a Download Monitor box (some), then the_content filters: **WP-PostViews "จำนวนผู้อ่าน:
  1,234 ครั้ง" and Shared Counts "แชร์" buttons with counts, and Contextual Related Posts
  "บทความที่เกี่ยวข้อง:"**; after the entry `p.post-tags` "แท็ก:", `ul.post-nav` "เรื่องถัดไป" /
  "เรื่องก่อนหน้า" with neighbour titles, author bio, Hueman related posts "คุณอาจสนใจ...",
  comment form with the login prompt; sidebars with "เรื่องล่าสุด" and a site-wide counter;
  cookie notice.
- listing: category archive `/th/category/news/`, `/th/category/news/page/N/`, Hueman's default
  **older/newer links only** ("« เรื่องเก่ากว่า" / "เรื่องใหม่กว่า »"), no page numbers.
Deleted: a password-protected post ("ป้องกัน: …" with the password form), 200.
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

OFFICE = "สำนักงานแรงงานจังหวัดพิจิตร"
HOST = "https://phichit.mol.go.th"
T = "/wp-content/themes/hueman"
SOURCES = ["ศูนย์บริการจัดหางานจังหวัดพิจิตร", None, "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดพิจิตร", None]
LOGINS = ["pcl_admin", "labour_pr", "nattaya.k"]
PER_PAGE = 10
DELETED_ID = 1187
DELETED_TITLE = "ประกาศผลการคัดเลือกผู้รับทุนฝึกอบรมฝีมือแรงงาน"
SITE_COUNTER = "สถิติผู้เข้าชมทั้งหมด 268,104 คน"


def vis(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def mach(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M:%S")


class HuemanSite(BaseSite):
    key = "b30_wp_hueman_polylang"
    family = "wordpress"
    imitates = "WordPress 6.4 + Hueman 3 + Polylang (/th/ prefix) + WP-PostViews + Shared Counts + Contextual Related Posts + Download Monitor, provincial labour office: h1.post-title; byline time.published datetime='Y-m-d H:i:s' (no zone), visible CE date with Thai month; time.updated only for edited posts; views, share and CRP inside entry-inner; 'ที่มา :' paragraph (some); post-tags; post-nav with titles; Hueman related; older/newer-only archive pagination /th/category/news/page/N/; deleted = password-protected post"
    listing_path = "/th/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 16, 0, tzinfo=TZ), offset=223
        )
        drop_corpus_signoffs(arts)
        pid = 1268
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 5
            a.time_printed = True  # the datetime attribute always carries the time
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/th/{a.published.year}/{a.published.month:02d}/{a.id}/"
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 3
            a.extra["shares"] = (a.views * 7) % 97
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        d = arts[PER_PAGE + 2].published + dt.timedelta(hours=3)
        self.deleted_path = f"/th/{d.year}/{d.month:02d}/{DELETED_ID}/"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [self.deleted_path]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra="", page_title=""):
        latest = "".join(
            f'<li><div class="post-item-inner group"><p class="post-item-category"><a href="/th/category/news/">ข่าวประชาสัมพันธ์</a></p><p class="post-item-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></p><p class="post-item-date">{vis(a.published)}</p></div></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html class="no-js" lang="th">
<head>
  <meta charset="UTF-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <link rel="profile" href="https://gmpg.org/xfn/11" />
  <title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" href="{HOST}/th/" hreflang="th" />
<link rel="alternate" href="{HOST}/en/" hreflang="en" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/th/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="{HOST}/th/category/news/feed/" />
<link rel='stylesheet' id='hueman-main-style-css' href='{T}/assets/front/css/main.min.css?ver=3.7.24' media='all' />
<link rel='stylesheet' id='shared-counts-css' href='/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.4.1' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.4.2' media='all' />
<link rel='stylesheet' id='dlm-frontend-css' href='/wp-content/plugins/download-monitor/assets/css/frontend-tailwind.min.css?ver=4.9.4' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<script id='wp-postviews-cache-js-extra'>var viewsCacheL10n = {{"admin_ajax_url":"{HOST}\\/wp-admin\\/admin-ajax.php","post_id":"0"}};</script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
{head_extra}</head>
<body class="{body_class} col-3cm full-width topbar-enabled header-desktop-sticky hueman-3-7-24 chrome">
<div id="wrapper">
  <a class="screen-reader-text skip-link" href="#content">ข้ามไปยังเนื้อหา</a>
  <header id="header" class="top-menu-mobile-on one-mobile-menu">
    <nav class="nav-container group desktop-menu" id="nav-topbar" data-menu-id="header-1">
      <div class="nav-wrap container"><ul id="menu-topbar" class="nav container-inner group">
        <li class="menu-item"><a href="/th/">หน้าแรก</a></li>
        <li class="menu-item"><a href="/th/about/">เกี่ยวกับเรา</a></li>
        <li class="menu-item"><a href="/th/ita/">ITA</a></li>
        <li class="lang-item lang-item-3 lang-item-th current-lang lang-item-first menu-item"><a lang="th" hreflang="th" href="/th/">ไทย</a></li>
        <li class="lang-item lang-item-6 lang-item-en menu-item"><a lang="en-GB" hreflang="en-GB" href="/en/">English</a></li>
      </ul></div>
    </nav>
    <div class="container group"><div class="container-inner">
      <div class="group hu-pad central-header-zone"><div class="logo-tagline-group">
        <p class="site-title"><a class="custom-logo-link" href="/th/" rel="home" title="{OFFICE} | หน้าแรก">{OFFICE}</a></p>
        <p class="site-description">กระทรวงแรงงาน &mdash; รวมพลังแรงงานไทย ก้าวไกลสู่สากล</p>
      </div></div>
      <nav class="nav-container group desktop-menu" id="nav-header"><div class="nav-wrap container"><ul id="menu-main" class="nav container-inner group">
        <li class="menu-item"><a href="/th/category/news/">ข่าวประชาสัมพันธ์</a></li>
        <li class="menu-item"><a href="/th/category/jobs/">ตำแหน่งงานว่าง</a></li>
        <li class="menu-item"><a href="/th/category/procurement/">จัดซื้อจัดจ้าง</a></li>
        <li class="menu-item"><a href="/th/contact/">ติดต่อเรา</a></li>
      </ul></div></nav>
    </div></div>
  </header>
  <div class="container" id="page"><div class="container-inner"><div class="main"><div class="main-inner group">
    <main class="content" id="content">
      <div class="page-title hu-pad group">{page_title}</div>
      <div class="hu-pad group">
{content}
      </div>
    </main>
    <div class="sidebar s1 collapsed" data-position="left" data-layout="col-3cm" data-sb-id="s1">
      <div class="sidebar-content">
        <div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/th/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form></div>
        <div id="alxposts-2" class="widget widget_hu_posts"><h3 class="widget-title">เรื่องล่าสุด</h3><ul class="alx-posts group thumbs-enabled">{latest}</ul></div>
      </div>
    </div>
    <div class="sidebar s2 collapsed" data-position="right" data-layout="col-3cm" data-sb-id="s2">
      <div class="sidebar-content"><div id="text-3" class="widget widget_text"><h3 class="widget-title">สถิติผู้เข้าชม</h3><div class="textwidget"><p>วันนี้ 214 คน<br>{SITE_COUNTER}</p></div></div></div>
    </div>
  </div></div></div></div>
  <footer id="footer">
    <section class="container" id="footer-bottom"><div class="container-inner"><div class="hu-pad group">
      <div id="copyright"><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนบุษบา อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000 โทร 0-5661-1044</p></div>
      <div id="credit"><p>Powered by <a href="https://wordpress.org" rel="nofollow">WordPress</a>. Theme by <a href="https://presscustomizr.com">Press Customizr</a>.</p></div>
    </div></div></section>
  </footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งาน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">ยอมรับ</a></span></div></div>
<script src='{T}/assets/front/js/scripts.min.js?ver=3.7.24' id='hu-front-scripts-js'></script>
<script src='/wp-content/plugins/shared-counts/assets/js/shared-counts.min.js?ver=1.4.1' id='shared-counts-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a, pid):
        thumb = (
            f'<img width="520" height="245" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/news-{pid}-520x245.jpg" class="attachment-thumb-medium wp-post-image" alt="" loading="lazy" />'
            if a.extra["image"]
            else f'<img src="{T}/assets/front/img/thumb-medium-empty.png" alt="" />'
        )
        return f"""<article id="post-{pid}" class="group grid-item post-{pid} post type-post status-publish format-standard hentry category-news">
  <div class="post-inner post-hover">
    <div class="post-thumbnail"><a href="{href}">{thumb}</a></div>
    <div class="post-meta group"><p class="post-category"><a href="/th/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></p><p class="post-date"><time class="published updated" datetime="{mach(a.published)}">{vis(a.published)}</time></p></div>
    <h2 class="post-title entry-title"><a href="{href}" rel="bookmark">{esc(title)}</a></h2>
    <div class="entry excerpt entry-summary"><p>{esc(a.paras[0][:150])}&#46;&#46;&#46;</p></div>
  </div>
</article>
"""

    def listing(self, k):
        rows = [self.card(a.title, a.path, a, a.id) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                3,
                self.card(
                    "ป้องกัน: " + DELETED_TITLE, self.deleted_path, self.pages[1][2], DELETED_ID
                ),
            )
        nav = '<nav class="pagination group"><ul class="group">'
        if k + 1 < len(self.pages):
            nav += f'<li class="prev left"><a href="{self.listing_path}page/{k + 2}/">&laquo; เรื่องเก่ากว่า</a></li>'
        if k > 0:
            newer = self.listing_path if k == 1 else f"{self.listing_path}page/{k}/"
            nav += f'<li class="next right"><a href="{newer}">เรื่องใหม่กว่า &raquo;</a></li>'
        nav += "</ul></nav>"
        content = f"""<div id="grid-wrapper" class="post-list group">
{"".join(rows)}</div>
{nav}"""
        pt = '<h1><i class="fas fa-folder-open"></i>หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1>'
        suffix = "" if k == 0 else f" &#8211; หน้า {k + 1}"
        return self.shell(
            f"ข่าวประชาสัมพันธ์ Archives{suffix} &#8211; {OFFICE}",
            content,
            "archive category category-news",
            page_title=pt,
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def crp(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 2, i + 5) if 0 <= j < len(self.articles)]

    def hu_related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 7, i - 6, i + 9) if 0 <= j < len(self.articles)]

    def single(self, a):
        url = f"{HOST}{a.path}"
        edited = a.modified is not None
        updated = (
            f' &middot; ปรับปรุง <time class="updated" datetime="{mach(a.modified)}">{vis(a.modified)}</time>'
            if edited
            else ""
        )
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            y, m = a.published.year, a.published.month
            paras.insert(
                1,
                f'<figure id="attachment_{a.id + 1}" class="wp-caption aligncenter" style="width: 800px"><img decoding="async" class="size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{y}/{m:02d}/news-{a.id}-800x533.jpg" alt="" width="800" height="533" /><figcaption class="wp-caption-text">บรรยากาศการจัดกิจกรรม</figcaption></figure>',
            )
        if a.source:
            paras.append(f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>")
        if a.extra["file"]:
            paras.append(
                f'<div class="dlm-tc-rich"><a class="download-link" title="เวอร์ชัน 1" href="/th/download/{a.id + 3}/?tmstv=1711612800" rel="nofollow">ดาวน์โหลด &ldquo;รายละเอียดโครงการ {a.id}&rdquo; <span class="dlm-filetype">pdf</span> <span class="dlm-filesize">(ขนาด 245 KB)</span> &ndash; ดาวน์โหลดแล้ว 57 ครั้ง</a></div>'
            )
        views = f'<p class="post-views">จำนวนผู้อ่าน: {a.views:,} ครั้ง</p>'
        sh = a.extra["shares"]
        share = f"""<div class="shared-counts-wrap after_content style-classic"><a href="https://www.facebook.com/sharer/sharer.php?u={url}&amp;display=popup&amp;ref=plugin&amp;src=share_button" title="แชร์บน Facebook" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button facebook shared-counts-no-count" data-postid="{a.id}" data-social-network="Facebook" data-social-action="Share" data-social-target="{url}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">แชร์</span></span><span class="shared-counts-count">{sh}</span></a><a href="https://twitter.com/share?url={url}" title="ทวีตบน X" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button twitter"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">ทวีต</span></span></a><a href="#shared-counts-email" title="ส่งอีเมล" class="shared-counts-button email no-scroll"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">อีเมล</span></span></a><a href="javascript:window.print()" title="พิมพ์หน้านี้" class="shared-counts-button print"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">พิมพ์</span></span></a></div>"""
        crp_items = "".join(
            f'<li><a href="{r.path}" class="crp_link post-{r.id}"><figure><img width="150" height="150" src="/wp-content/plugins/contextual-related-posts/default.png" class="crp_thumb crp_default_thumb" alt="{esc(r.title)}" /></figure><span class="crp_title">{esc(r.title)}</span></a></li>'
            for r in self.crp(a)
        )
        crp = f'<div class="crp_related crp-rounded-thumbs"><h3>บทความที่เกี่ยวข้อง:</h3><ul>{crp_items}</ul><div class="crp_clear"></div></div>'
        tags = ""
        if a.tags:
            tags = (
                '<p class="post-tags"><span>แท็ก:</span> '
                + "".join(f'<a href="/th/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</p>"
            )
        newer, older = self.neighbours(a)
        nav = '<ul class="post-nav group">'
        nav += (
            f'<li class="next"><strong>เรื่องถัดไป&nbsp;</strong><a href="{newer.path}" rel="next"><i class="fas fa-chevron-right"></i><span>{esc(newer.title)}</span></a></li>'
            if newer
            else '<li class="next"><strong>เรื่องถัดไป&nbsp;</strong></li>'
        )
        nav += (
            f'<li class="previous"><strong>เรื่องก่อนหน้า&nbsp;</strong><a href="{older.path}" rel="prev"><i class="fas fa-chevron-left"></i><span>{esc(older.title)}</span></a></li>'
            if older
            else '<li class="previous"><strong>เรื่องก่อนหน้า&nbsp;</strong></li>'
        )
        nav += "</ul>"
        rel = "".join(
            f'<li class="related post-hover"><article class="post-{r.id} post type-post"><div class="post-thumbnail"><a href="{r.path}"><img src="{T}/assets/front/img/thumb-medium-empty.png" alt="" /></a></div><div class="related-inner"><h4 class="post-title entry-title"><a href="{r.path}" rel="bookmark">{esc(r.title)}</a></h4><div class="post-meta group"><p class="post-date"><time class="published updated" datetime="{mach(r.published)}">{vis(r.published)}</time></p></div></div></article></li>'
            for r in self.hu_related(a)
        )
        login = a.extra["login"]
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
  <div class="post-inner group">
    <h1 class="post-title entry-title">{esc(a.title)}</h1>
    <p class="post-byline">โดย <span class="vcard author"><span class="fn"><a href="/th/author/{login}/" title="เขียนโดย {login}" rel="author">{login}</a></span></span> &middot; เผยแพร่ <time class="published" datetime="{mach(a.published)}">{vis(a.published)}</time>{updated}</p>
    <div class="clear"></div>
    <div class="entry themeform share">
      <div class="entry-inner">
        {"".join(paras)}
        {views}
        {share}
        {crp}
        <nav class="pagination group"></nav>
      </div>
      <div class="clear"></div>
    </div>
  </div>
</article>
<div class="clear"></div>
{tags}
<div class="author-bio"><div class="bio-avatar"><img alt="" src="/wp-content/uploads/avatar-{login}.png" height="128" width="128" /></div><p class="bio-name">{login}</p><p class="bio-desc">เจ้าหน้าที่ประชาสัมพันธ์ {OFFICE}</p><div class="clear"></div></div>
{nav}
<h4 class="heading"><i class="far fa-hand-point-right"></i>คุณอาจสนใจ...</h4>
<ul class="related-posts group">{rel}</ul>
<section id="comments" class="themeform"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to={url}">เข้าสู่ระบบ</a> เพื่อจะแสดงความเห็น</p></div></section>"""
        head = (
            f"<link rel=\"canonical\" href=\"{url}\" />\n<link rel='shortlink' href='{HOST}/?p={a.id}' />\n"
            f'<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />\n'
        )
        pt = '<ul class="meta-single group"><li class="category"><a href="/th/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></li><li class="comments"><a href="#comments"><i class="far fa-comments"></i>0</a></li></ul>'
        return self.shell(
            f"{a.title} &#8211; {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
            pt,
        )

    def protected(self):
        content = f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
  <div class="post-inner group">
    <h1 class="post-title entry-title">ป้องกัน: {esc(DELETED_TITLE)}</h1>
    <div class="clear"></div>
    <div class="entry themeform"><div class="entry-inner">
      <form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดูเนื้อหา:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ยืนยัน" /></p></form>
    </div></div>
  </div>
</article>"""
        return self.shell(
            f"ป้องกัน: {DELETED_TITLE} &#8211; {OFFICE}",
            content,
            f"post-template-default single single-post postid-{DELETED_ID}",
        )

    def route(self, path, query, raw_query, base):
        lp = self.listing_path
        if path == lp:
            return self.html_response(self.listing(0))
        if path.startswith(lp + "page/"):
            k = path[len(lp) + 5 :].strip("/")
            if k.isdigit() and 2 <= int(k) <= len(self.pages) and path.endswith("/"):
                return self.html_response(self.listing(int(k) - 1))
            return None
        if path in self.by_path:
            return self.html_response(self.single(self.by_path[path]))
        if path == self.deleted_path:
            return self.html_response(self.protected())
        if path in ("/", "/th", "/th/"):
            return 302, {"Location": base + lp}, b""
        if path == "/th/category/news/feed/":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}/th/</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                vis(a.published),
                a.extra["login"],
                f"จำนวนผู้อ่าน: {a.views:,} ครั้ง",
                "เผยแพร่",
                "แชร์",
                "ทวีต",
                "บทความที่เกี่ยวข้อง:",
                "เรื่องถัดไป",
                "เรื่องก่อนหน้า",
                "คุณอาจสนใจ",
                "เพื่อจะแสดงความเห็น",
                "แท็ก:",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                SITE_COUNTER,
                "ถนนบุษบา",
                "เรื่องล่าสุด",
            ]
            if a.modified:
                must_not += ["ปรับปรุง", vis(a.modified)]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.crp(a) + self.hu_related(a)]
            if a.extra["image"]:
                must_not.append("บรรยากาศการจัดกิจกรรม")
            if a.extra["file"]:
                must_not += [f"รายละเอียดโครงการ {a.id}", "ดาวน์โหลดแล้ว 57 ครั้ง"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = HuemanSite()

if __name__ == "__main__":
    main(SITE)
