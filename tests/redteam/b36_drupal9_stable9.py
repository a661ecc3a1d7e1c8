"""Blind-36 red-team site (part C): **Drupal 9 + a custom sub-theme of core Stable9** (the way
many Thai department sites are built by local vendors: `themes/custom/cdd_nan`, base theme
`stable9`, Bootstrap CSS pulled in by hand), a provincial community development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน), Thai interface translation, built blind.

What it imitates:
- Drupal 9 fingerprints: `meta name="Generator" content="Drupal 9 (https://www.drupal.org)"`,
  `/core/misc/drupal.js`, `script[data-drupal-selector=drupal-settings-json]`,
  `/sites/default/files/`, `/themes/custom/cdd_nan/`, `/rss.xml`;
- unaliased node URLs `/node/<nid>`;
- node (full, Stable9 markup): `h1.page-title > span.field--name-title`; `article.node--type-news`;
  `div.node__submitted` with the core `<time datetime="...Z">` in **UTC** ("2024-03-05T07:20:00Z")
  while the visible text is the Thai short format "5 มี.ค. 2567 - 14:20" (**BE year**);
  a `field--name-changed` "ปรับปรุงล่าสุด" line on every node; statistics "อ่าน N ครั้ง";
  AddToAny share bar and a print / font-size toolbar **above** the text; image (some); body;
  file field "เอกสารแนบ" (some); "ที่มา" inline field (some); "ป้ายกำกับ" tags; a prev/next
  block with neighbour titles; "ข่าวอื่น ๆ" views block; core comment login prompt;
- listing: Views page `/news` with the **Stable9 views mini pager** (only "‹‹" / "››" and
  "หน้า N", relative hrefs `?page=N`, 0-based).
Deleted: an unpublished node (`/node/<nid>`) answering 200 with "ปฏิเสธการเข้าถึง" and the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
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

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
HOST = "https://nan.cdd.go.th"
T = "/themes/custom/cdd_nan"
PER_PAGE = 8
SOURCES = [None, "กลุ่มงานส่งเสริมการพัฒนาชุมชน", "สำนักงานพัฒนาชุมชนอำเภอปัว", None, "ฝ่ายอำนวยการ"]
DELETED_NID = 2406
SITE_COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 1,208,551 ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกกองทุนหมู่บ้าน (ยกเลิก)"


def short(d: dt.datetime) -> str:
    """Site 'medium' date format translated: '5 มี.ค. 2567 - 14:20' (BE)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} - {d:%H:%M}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class Stable9Site(BaseSite):
    key = "b36_drupal9_stable9"
    family = "drupal"
    imitates = "Drupal 9 + custom sub-theme of core Stable9 (themes/custom/cdd_nan), Thai translation, provincial community development office: /node/<nid> URLs; h1.page-title > span.field--name-title; node__submitted with core <time datetime> in UTC ('...Z') and visible '5 มี.ค. 2567 - 14:20' (BE); 'ปรับปรุงล่าสุด' changed field on every node; 'อ่าน N ครั้ง'; AddToAny share + print / font-size toolbar above the text; image / file field (some); 'ที่มา' inline field (some); 'ป้ายกำกับ' tags; prev/next block with titles; 'ข่าวอื่น ๆ' views block; comment login prompt; Views /news with the Stable9 mini pager (relative ?page=N, no page numbers); deleted = access-denied login page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 8, 20, 15, 0, tzinfo=TZ), offset=1203
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 2431
        for i, a in enumerate(arts):
            if nid == DELETED_NID:
                nid -= 1
            a.id = nid
            nid -= 1 + i % 2
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published  # 'changed' is printed on every node
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 2
        assert DELETED_NID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/node/{DELETED_NID}"
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 31 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        h1 = (
            f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{page_title}</span></h1>'
            if page_title
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_extra}<link rel="icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_q1Xh3bVn2Lw.css" />
    <link rel="stylesheet" media="all" href="{T}/css/bootstrap.min.css?rz91kq" />
    <link rel="stylesheet" media="all" href="{T}/css/style.css?rz91kq" />
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div class="layout-container">
      <div class="topbar"><div class="container"><div class="region region-topbar">
        <div class="font-resize"><span>ขนาดตัวอักษร</span> <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a></div>
        <nav role="navigation" aria-labelledby="block-cdd-nan-account-menu-menu" id="block-cdd-nan-account-menu"><h2 class="visually-hidden" id="block-cdd-nan-account-menu-menu">User account menu</h2><ul class="menu"><li class="menu-item"><a href="/user/login" data-drupal-link-system-path="user/login">เข้าสู่ระบบ</a></li></ul></nav>
      </div></div></div>
      <header role="banner" class="site-header"><div class="container"><div class="region region-header">
        <div id="block-cdd-nan-branding"><a href="/" rel="home"><img src="{T}/logo.png" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div><div class="site-slogan">ชุมชนเข้มแข็ง เศรษฐกิจฐานรากมั่นคง</div></div>
      </div></div></header>
      <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-cdd-nan-main-menu-menu" id="block-cdd-nan-main-menu"><h2 class="visually-hidden" id="block-cdd-nan-main-menu-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="menu-item"><a href="/about">เกี่ยวกับเรา</a></li><li class="menu-item menu-item--active-trail"><a href="/news" data-drupal-link-system-path="news" class="is-active">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
      <div class="region region-breadcrumb"><div id="block-cdd-nan-breadcrumbs"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">หน้าแรก</a></li>{crumb}</ol></nav></div></div>
      <main role="main" class="container"><a id="main-content" tabindex="-1"></a>
        <div class="layout-content">
          <div class="region region-content">
            <div data-drupal-messages-fallback class="hidden"></div>
            <div id="block-cdd-nan-page-title">{h1}</div>
            <div id="block-cdd-nan-content">
{content}
            </div>
          </div>
        </div>
        <aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
          <div class="views-element-container" id="block-views-block-banner-block-1"><h2>ลิงก์หน่วยงาน</h2><ul><li><a href="https://www.cdd.go.th">กรมการพัฒนาชุมชน</a></li><li><a href="https://www.nan.go.th">จังหวัดน่าน</a></li></ul></div>
          <div id="block-visitorcounter"><h2>สถิติผู้เข้าชม</h2><div class="content">{SITE_COUNTER}<br />ออนไลน์ขณะนี้ 14 คน</div></div>
        </div></aside>
      </main>
      <footer role="contentinfo" class="site-footer"><div class="container"><div class="region region-footer"><div id="block-cdd-nan-footer"><p>{OFFICE} ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน จังหวัดน่าน 55000</p><p>โทร 0-5471-6010 | ลิขสิทธิ์ © 2567 {OFFICE}</p></div></div></div></footer>
    </div>
    </div>
    <div id="sliding-popup" class="sliding-popup-bottom eu-cookie-withdraw-wrapper" role="alertdialog"><div class="eu-cookie-compliance-banner"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"news","currentLanguage":"th"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"ajaxTrustedUrl":[],"user":{{"uid":0,"permissionsHash":"e1b6"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="/core/misc/drupal.init.js?v=9.5.11"></script>
<script src="/modules/contrib/addtoany/js/addtoany.js?v=9.5.11"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/2024-08/news-{a.id}.jpg?itok=Pq2x" width="220" height="147" alt="" /></a></div></div>'
        return f"""<div class="views-row">{img}<div class="views-field views-field-title"><span class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content"><time datetime="{utc(a.published)}" class="datetime">{short(a.published)}</time></span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:160])}…</div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        items.append(f'<li class="pager__item is-active">หน้า {k + 1}</li>')
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading--Vb3k"><h4 id="pagination-heading--Vb3k" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(2, self.teaser(DELETED_TITLE, self.deleted, self.pages[1][2]))
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8d1c0e">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icons"><a href="/rss.xml" class="feed-icon">สมัครสมาชิก ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "",
            "path-news",
            "",
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [x for x in self.articles[:6] if x is not a][:5]

    def node(self, a):
        url = f"{HOST}{a.path}"
        tools = f"""<div class="node-tools"><span class="a2a-label">แชร์ข่าวนี้</span><span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}">Facebook</a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={url}">LINE</a><a class="a2a_button_twitter" href="https://www.addtoany.com/add_to/twitter?linkurl={url}">Twitter</a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url}">แชร์</a></span> <a href="/print/view/pdf/{a.id}" class="print-link">พิมพ์หน้านี้</a> <a href="mailto:?subject={esc(a.title)}" class="mail-link">ส่งอีเมล</a></div>"""
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/2024-08/news-{a.id}.jpg?itok=m2Zs" width="800" height="533" alt="ภาพกิจกรรม" typeof="foaf:Image" /></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-08/cdd-nan-{a.id}.pdf" type="application/pdf">cdd-nan-{a.id}.pdf</a></span> <span>(512.4 KB)</span></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{self.term_ids[t]}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">ป้ายกำกับ</div><div class="field__items">{items}</div></div>'
        return f"""<article role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node__meta">
    <div class="node__submitted">เผยแพร่เมื่อ <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc(a.published)}" title="{short(a.published)}" class="datetime">{short(a.published)}</time></span></div>
    <div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item"><time datetime="{utc(a.modified)}" class="datetime">{short(a.modified)}</time></div></div>
    <div class="statistics-counter">อ่าน {a.views:,} ครั้ง</div>
  </div>
  {tools}
  <div class="node__content">
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {files}{source}{tags}
  </div>
  <section class="comments"><ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</li></ul></section>
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<div id="block-entitynavigation" class="block-prev-next"><ul class="prev-next">'
        if older:
            nav += f'<li class="prev"><a href="{older.path}"><span class="label">« ข่าวก่อนหน้า</span> {esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><a href="{newer.path}"><span class="label">ข่าวถัดไป »</span> {esc(newer.title)}</a></li>'
        nav += "</ul></div>"
        other = "".join(
            f'<div class="views-row"><a href="{x.path}" hreflang="th">{esc(x.title)}</a> <span class="date">{short(x.published)[:-8]}</span></div>'
            for x in self.others(a)
        )
        content = f"""{self.node(a)}
{nav}
<div class="views-element-container" id="block-views-block-news-block-other"><h2>ข่าวอื่น ๆ</h2><div class="view view-news view-display-id-block_2"><div class="view-content">{other}</div><div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel="shortlink" href="{HOST}{a.path}" />
<meta name="description" content="{esc(a.paras[0][:150])}" />
<meta property="og:title" content="{esc(a.title)}" />
"""
        crumb = f'<li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li>{esc(a.title)}</li>'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            f"path-node page-node-type-news node-{a.id}",
            head,
            esc(a.title),
        )

    def denied(self):
        content = """<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination=/node/2406" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form>"""
        return self.shell(
            f"ปฏิเสธการเข้าถึง | {OFFICE}",
            content,
            "",
            "path-node page-node-type-news",
            "",
            "ปฏิเสธการเข้าถึง",
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.denied())
        if path == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path in ("/", "/node"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                short(a.published),
                "เผยแพร่เมื่อ",
                "ปรับปรุงล่าสุด",
                f"อ่าน {a.views:,} ครั้ง",
                "แชร์ข่าวนี้",
                "พิมพ์หน้านี้",
                "ส่งอีเมล",
                "ขนาดตัวอักษร",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่น ๆ",
                "ลิงก์หน่วยงาน",
                SITE_COUNTER,
                COOKIE,
                "ถนนน่าน-พะเยา ตำบลดู่ใต้",
                "ชุมชนเข้มแข็ง เศรษฐกิจฐานรากมั่นคง",
            ]
            if a.extra["file"]:
                must_not.append(f"cdd-nan-{a.id}.pdf")
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Stable9Site()

if __name__ == "__main__":
    main(SITE)
