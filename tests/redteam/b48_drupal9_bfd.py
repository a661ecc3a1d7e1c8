"""Blind-48 red-team site (part C): **Drupal 9.5 + "Bootstrap for Drupal" (bfd, Bootstrap 4)**,
a provincial cooperative office, built blind.

What it imitates:
- core paths `/node/N` (pathauto never set up), a Views page `/news` with core's full pager
  (`nav.pager-nav > ul.pagination.js-pager__items > li.pager__item`, `?page=N`, 0-based),
  generator "Drupal 9 (https://www.drupal.org)", `/core/`, `/sites/default/files/`,
  `/themes/contrib/bfd/`, the front feed `/rss.xml`, `data-drupal-selector` attributes;
- bfd's page: `header.bfd-header` with the site branding and main navigation, breadcrumb
  (`nav > ol.breadcrumb`), `main` with the page title block (`h1.page-title > span.field--name-title`),
  the node, then the content-region blocks, `aside` sidebar, `footer.bfd-footer`;
  `<title>` = "headline | site name";
- the node: `article.node.node--type-article.node--view-mode-full`, `div.node__meta` with
  the author's login and the created date in a custom format (**Thai month, CE year**,
  "5 มีนาคม 2024 - 14:20", ISO UTC `time[datetime]`), an AddToAny share bar and a print link
  above the text, `field--name-body`, image (some) and file (some) fields, a labelled
  `field--name-field-source` "ที่มา" (some), the `field--name-changed` "แก้ไขล่าสุด"
  (every item), tags, statistics' "เปิดอ่าน N ครั้ง" in the node links, a comment-login prompt;
- in the content region after the node: a "ข่าวก่อนหน้า / ข่าวถัดไป" block with neighbour titles
  and a related-news View "ข่าวที่เกี่ยวข้อง" with dates; sidebar "ข่าวล่าสุด", user-login
  block, site-wide visitor counter; EU Cookie Compliance bar.
Deleted: node 3120, linked from page 2 — unpublished: 200 with Drupal's access-denied text and
the user-login form in the theme's shell (no article text).
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

SITE_NAME = "สำนักงานสหกรณ์จังหวัดน่าน"
THEME = "/themes/contrib/bfd"
LIST = "/news"
PER = 10
SOURCES = [
    "กลุ่มส่งเสริมสหกรณ์ 1 สำนักงานสหกรณ์จังหวัดน่าน",
    None,
    "กลุ่มจัดตั้งและส่งเสริมสหกรณ์",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
]
TAGS = ["สหกรณ์", "กลุ่มเกษตรกร", "ข้าวโพด", "หนี้สินเกษตรกร", "ตรวจการสหกรณ์", "ธรรมาภิบาล"]
AUTHORS = ["admin_nan", "pr_coop", "webmaster"]
DELETED_NID = 3120
DENIED = "คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้"
SHARE = "แชร์หน้านี้"
PRINT = "พิมพ์หน้านี้"
COMMENT_LOGIN = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
COUNTER = "ผู้เข้าชมทั้งหมด 215,904 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน โปรดยอมรับการใช้คุกกี้ก่อนใช้งานเว็บไซต์"
FOOTER = "สำนักงานสหกรณ์จังหวัดน่าน ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา อำเภอเมืองน่าน 55000 โทร. 0 5471 0216"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"


def dfmt(d: dt.datetime) -> str:
    """bfd site's custom format 'j F Y - H:i' with Drupal's Thai month names, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Drupal9BfdSite(BaseSite):
    key = "b48_drupal9_bfd"
    family = "drupal"
    imitates = "Drupal 9.5 + Bootstrap for Drupal (bfd, Bootstrap 4) theme, provincial cooperative office; /node/N; Views page /news with core full pager ?page=N (0-based, ul.pagination.js-pager__items); generator Drupal 9, /core/, /sites/default/files/, /themes/contrib/bfd/, /rss.xml; <title> = headline | site; h1.page-title > span.field--name-title; node__meta with author login and created date 'j F Y - H:i' (Thai month, CE year, UTC time[datetime]); AddToAny share and print link above the text; body, image/file fields; labelled field_source 'ที่มา' (some); field--name-changed 'แก้ไขล่าสุด' on every item; tags; statistics 'เปิดอ่าน N ครั้ง'; comment login prompt; prev/next block with neighbour titles and related View with dates in the content region; sidebar latest/login/site counter; EU cookie bar; deleted = unpublished node answering 200 with the access-denied text and login form"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 28, 16, 0, tzinfo=TZ), offset=611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3141 - 2 * i - (i // 3)
            if a.id == DELETED_NID:
                a.id -= 1
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k * 2) % len(TAGS)] for k in range(i % 4)]
            a.views = 23 + (i * 211) % 3100
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 6 == 4
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/node/{DELETED_NID}"

    def page_url(self, k):
        return LIST + (f"?page={k}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        return (pool or self.articles[i + 2 : i + 5] or self.articles[1:4])[:4]

    def shell(self, content, title, crumb, body_class, node_id=None):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.articles[:5]
        )
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li>'
        crumbs += (
            f'<li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li>' if crumb else ""
        )
        shortlink = f'<link rel="shortlink" href="/node/{node_id}">' if node_id else ""
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ og: http://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
{shortlink}
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" href="/rss.xml" />
<title>{esc(title)}</title>
<link rel="stylesheet" media="all" href="/core/modules/system/css/components/align.module.css?s8k2q1" />
<link rel="stylesheet" media="all" href="/modules/contrib/addtoany/css/addtoany.css?s8k2q1" />
<link rel="stylesheet" media="all" href="/modules/contrib/eu_cookie_compliance/css/eu_cookie_compliance.css?s8k2q1" />
<link rel="stylesheet" media="all" href="{THEME}/assets/css/style.css?s8k2q1" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"ajaxPageState":{{"theme":"bfd"}}}}</script>
</head>
<body class="{body_class} path-{"node" if node_id else "news"}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="bfd-header" role="banner">
 <div class="container">
  <div class="region region-header">
   <div id="block-bfd-branding" class="block block-system block-system-branding-block">
    <a href="/" rel="home" class="site-logo"><img src="{THEME}/logo.svg" alt="หน้าแรก" /></a>
    <div class="site-name"><a href="/" rel="home">{SITE_NAME}</a></div>
    <div class="site-slogan">ส่งเสริมสหกรณ์ให้เข้มแข็ง เพื่อคุณภาพชีวิตที่ดีของสมาชิก</div>
   </div>
  </div>
  <nav role="navigation" aria-labelledby="block-bfd-main-menu-menu" id="block-bfd-main-menu" class="navbar navbar-expand-lg">
   <h2 class="visually-hidden" id="block-bfd-main-menu-menu">Main navigation</h2>
   <ul class="navbar-nav mr-auto">
    <li class="nav-item"><a href="/" class="nav-link">หน้าแรก</a></li>
    <li class="nav-item"><a href="/about" class="nav-link">เกี่ยวกับหน่วยงาน</a></li>
    <li class="nav-item active"><a href="{LIST}" class="nav-link">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-item"><a href="/procurement" class="nav-link">จัดซื้อจัดจ้าง</a></li>
    <li class="nav-item"><a href="/ita" class="nav-link">ITA</a></li>
    <li class="nav-item"><a href="/contact" class="nav-link">ติดต่อเรา</a></li>
   </ul>
  </nav>
 </div>
</header>
<div class="container bfd-breadcrumb"><div id="block-bfd-breadcrumbs" class="block block-system block-system-breadcrumb-block">
 <nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
 <ol class="breadcrumb">{crumbs}</ol></nav></div></div>
<div class="container bfd-main"><div class="row">
<main role="main" class="col-lg-8">
<a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div>
</main>
<aside class="col-lg-4 bfd-sidebar" role="complementary">
<div class="region region-sidebar">
 <div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news-block-1">
  <h2 class="block-title">{LATEST}</h2>
  <div class="view view-latest-news view-id-latest_news view-display-id-block_1">{latest}</div>
 </div>
 <div id="block-bfd-userlogin" role="form" class="block block-user block-user-login-block">
  <h2 class="block-title">เข้าสู่ระบบ</h2>
  <form class="user-login-form" data-drupal-selector="user-login-form" action="/node?destination=/node" method="post" id="user-login-form" accept-charset="UTF-8">
   <div class="form-group"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" size="15" maxlength="60" class="form-control" /></div>
   <div class="form-group"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-control" /></div>
   <input type="hidden" name="form_id" value="user_login_form" />
   <button data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="เข้าสู่ระบบ" class="button js-form-submit btn btn-primary">เข้าสู่ระบบ</button>
  </form>
  <ul class="links"><li><a href="/user/password" title="ส่งขั้นตอนการตั้งรหัสผ่านใหม่ไปยังอีเมล">ลืมรหัสผ่าน</a></li></ul>
 </div>
 <div id="block-visitorcounter" class="block block-block-content">
  <h2 class="block-title">สถิติผู้เข้าชม</h2>
  <div class="field field--name-body field--type-text-with-summary"><p>{COUNTER}</p><p>ออนไลน์ขณะนี้ 7 คน</p></div>
 </div>
</div>
</aside>
</div></div>
<footer class="bfd-footer" role="contentinfo"><div class="container">
 <div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><p>{FOOTER}</p><p>Copyright © 2567 {SITE_NAME} สงวนลิขสิทธิ์</p></div></div>
</div></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="alertdialog">
 <div class="eu-cookie-compliance-content"><div class="eu-cookie-compliance-message" id="popup-text"><p>{COOKIE}</p></div>
 <div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
<script src="{THEME}/assets/js/bfd.js?s8k2q1"></script>
</body>
</html>
"""

    def render_list(self, k):
        rows = []
        for a in self.pages[k]:
            img = (
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{a.path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/2024-05/news-{a.id}.jpg?itok=Xq2{a.id}" width="220" height="147" alt="" class="image-style-medium" /></a></div></div>'
                if a.extra["image"]
                else ""
            )
            rows.append(
                f"""<div class="views-row">{img}
 <div class="views-field views-field-title"><h3 class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></h3></div>
 <div class="views-field views-field-created"><span class="field-content"><time datetime="{utc(a.published)}" class="datetime">{dfmt(a.published)}</time></span></div>
 <div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:180])}…</div></div>
</div>"""
            )
        if k == 1:
            rows.insert(
                3,
                f"""<div class="views-row">
 <div class="views-field views-field-title"><h3 class="field-content"><a href="{self.deleted}" hreflang="th">ประชุมใหญ่สามัญประจำปีสหกรณ์การเกษตรเมืองน่าน จำกัด</a></h3></div>
 <div class="views-field views-field-created"><span class="field-content"><time datetime="2024-04-02T03:00:00Z" class="datetime">2 เมษายน 2024 - 10:00</time></span></div>
</div>""",
            )
        items = []
        n = len(self.pages)
        if k > 0:
            items.append(
                f'<li class="page-item pager__item pager__item--first"><a href="{self.page_url(0)}" title="ไปหน้าแรก" class="page-link"><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item pager__item--previous"><a href="{self.page_url(k - 1)}" title="ไปหน้าก่อนหน้า" rel="prev" class="page-link"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            cur = " is-active active" if j == k else ""
            aria = ' aria-current="page"' if j == k else ""
            items.append(
                f'<li class="page-item pager__item{cur}"><a href="{self.page_url(j)}" title="ไปหน้า {j + 1}" class="page-link"{aria}>{j + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="page-item pager__item pager__item--next"><a href="{self.page_url(k + 1)}" title="ไปหน้าถัดไป" rel="next" class="page-link"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item pager__item--last"><a href="{self.page_url(n - 1)}" title="ไปหน้าสุดท้าย" class="page-link"><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        content = f"""<div id="block-bfd-page-title" class="block block-core block-page-title-block"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div id="block-bfd-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3f1c">
<div class="view-content">{"".join(rows)}</div>
<nav class="pager-nav text-center" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
<ul class="pagination js-pager__items">{"".join(items)}</ul></nav>
<div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">ติดตามผ่าน RSS</a></div>
</div></div></div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" (หน้า {k + 1})" if k else "") + f" | {SITE_NAME}"
        return self.shell(content, title, False, "layout-one-sidebar layout-sidebar-second")

    def render_node(self, a):
        i = self.articles.index(a)
        older, newer = self.neighbours(a)
        img = (
            f"""<div class="field field--name-field-image field--type-image field--label-hidden field__items">
<div class="field__item"><img loading="lazy" src="/sites/default/files/2024-05/news-{a.id}.jpg" width="800" height="533" alt="{esc(a.title[:40])}" /></div></div>"""
            if a.extra["image"]
            else ""
        )
        source = (
            f"""<div class="field field--name-field-source field--type-string field--label-inline clearfix">
<div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>"""
            if a.source
            else ""
        )
        filef = (
            f"""<div class="field field--name-field-attachment field--type-file field--label-above">
<div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-05/doc-{a.id}.pdf" type="application/pdf">doc-{a.id}.pdf</a></span> <span class="file-size">(245.3 KB)</span></div></div></div>"""
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{TAGS.index(t) + 11}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        pn = (
            '<div id="block-prevnextblock" class="block block-prev-next"><ul class="node-prevnext">'
        )
        if older:
            pn += f'<li class="prev"><span class="label">ข่าวก่อนหน้า</span> <a href="{older.path}" rel="prev">{esc(older.title)}</a></li>'
        if newer:
            pn += f'<li class="next"><span class="label">ข่าวถัดไป</span> <a href="{newer.path}" rel="next">{esc(newer.title)}</a></li>'
        pn += "</ul></div>"
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span> <span class="views-field views-field-created"><time datetime="{utc(x.published)}">{dfmt(x.published)}</time></span></div>'
            for x in self.related(a)
        )
        content = f"""<div id="block-bfd-page-title" class="block block-core block-page-title-block">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
<div id="block-bfd-content" class="block block-system block-system-main-block">
<article role="article" about="/node/{a.id}" class="node node--type-article node--promoted node--view-mode-full">
 <div class="node__meta">
  <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name">{a.extra["author"]}</span></span>
  <span class="node__submitted">เมื่อ <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc(a.published)}" title="{dfmt(a.published)}" class="datetime">{dfmt(a.published)}</time></span></span>
 </div>
 <div class="node__share clearfix">
  <span class="share-label">{SHARE}</span>
  <span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{a.path}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={a.path}">แชร์</a></span>
  <a href="/node/{a.id}/printable/print" class="print-page" rel="nofollow">{PRINT}</a>
 </div>
 <div class="node__content clearfix">
  {img}
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  {filef}
  {source}
  <div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">แก้ไขล่าสุด</div><div class="field__item"><time datetime="{utc(a.modified)}" class="datetime">{dfmt(a.modified)}</time></div></div>
  {tags}
  <ul class="links inline list-inline"><li class="statistics-counter list-inline-item">เปิดอ่าน {a.views} ครั้ง</li><li class="comment-forbidden list-inline-item"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</li></ul>
 </div>
</article>
</div>
{pn}
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-views-block-related-news-block-1">
<h2 class="block-title">{RELATED}</h2><div class="view view-related-news">{rel}</div></div>"""
        cls = "layout-one-sidebar layout-sidebar-second page-node-type-article" + (
            " even" if i % 2 else ""
        )
        return self.shell(content, f"{a.title} | {SITE_NAME}", True, cls, node_id=a.id)

    def render_denied(self):
        content = f"""<div id="block-bfd-page-title" class="block block-core block-page-title-block"><h1 class="page-title">ไม่อนุญาตให้เข้าถึง</h1></div>
<div id="block-bfd-content" class="block block-system block-system-main-block">{DENIED}</div>"""
        return self.shell(content, f"ไม่อนุญาตให้เข้าถึง | {SITE_NAME}", False, "layout-one-sidebar")

    def route(self, path, query, raw_query, base):
        if path in ("/", LIST):
            try:
                k = int(query.get("page", ["0"])[0])
            except ValueError:
                return None
            if not 0 <= k < len(self.pages):
                return None
            return self.html_response(self.render_list(k))
        if path == self.deleted:
            return self.html_response(self.render_denied())
        a = self.by_path.get(path)
        if a:
            return self.html_response(self.render_node(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                SHARE,
                PRINT,
                f"เปิดอ่าน {a.views} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "แก้ไขล่าสุด",
                a.extra["author"],
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                RELATED,
                LATEST,
                "ลืมรหัสผ่าน",
                COUNTER,
                COOKIE,
                FOOTER,
                "ส่งเสริมสหกรณ์ให้เข้มแข็ง เพื่อคุณภาพชีวิตที่ดีของสมาชิก",
            ]
            if a.extra["file"]:
                must_not.append(f"doc-{a.id}.pdf")
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = Drupal9BfdSite()

if __name__ == "__main__":
    main(SITE)
