"""Blind-34 red-team site (part C): **Drupal 9 + Bootstrap5 Lite** (the contrib theme
`themes/contrib/bootstrap5_lite`, a Bootstrap 5 port of the classy templates) run by a provincial
public-health office (สำนักงานสาธารณสุขจังหวัดสุพรรณบุรี), Thai interface translation, built blind.

What it imitates:
- Drupal 9 fingerprints: `meta name="Generator" content="Drupal 9 (https://www.drupal.org)"`,
  `MobileOptimized` / `HandheldFriendly`, `/core/misc/drupal.js`, `drupalSettings` JSON in
  `script[data-drupal-selector="drupal-settings-json"]`, `/sites/default/files/`,
  `/themes/contrib/bootstrap5_lite/`, `/rss.xml`, pathauto URLs `/news/<yyyy>/<mm>/<nid>`;
- Metatag Open Graph: `article:published_time` / `article:modified_time` (ISO, +07:00) for
  every node;
- node (full): `h1.page-title > span.field--name-title`; `div.node__submitted` in core's
  default **medium date format** translated: "ส่งโดย <login> เมื่อ พฤ., 03/14/2024 - 14:20"
  (US month/day order, CE year); image field (some); body; "ไฟล์แนบ" file table (some); "ที่มา"
  field (some); "แท็ก" terms; "แก้ไขล่าสุด" changed field (Views-free display, every node);
  AddToAny + print links INSIDE the node; statistics "อ่าน N ครั้ง"; comment login prompt;
  prev/next with titles; "ข่าวที่เกี่ยวข้อง" block;
- listing: Views page `/news` with Bootstrap pagination (`ul.pagination.js-pager__items`,
  `?page=N`, 0-based, hrefs given as bare query strings `?page=1`).
Deleted: an unpublished node's path answering 200 with core's "ปฏิเสธการเข้าถึง" page and the
login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดสุพรรณบุรี"
HOST = "https://www.spo.moph.go.th"
T = "/themes/contrib/bootstrap5_lite"
PER_PAGE = 9
SOURCES = ["กลุ่มงานควบคุมโรคติดต่อ", None, "กลุ่มงานส่งเสริมสุขภาพ", None, None, "งานประชาสัมพันธ์"]
LOGINS = ["webmaster", "pr_spo", "somchai.k"]
DELETED_NID = 2207
SITE_COUNTER = "จำนวนผู้เยี่ยมชม 1,204,337"
THAI_ABBR_DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานของท่าน"


def medium(d: dt.datetime) -> str:
    """Core 'medium' format 'D, m/d/Y - H:i' with Thai abbreviated weekday (US order)."""
    return f"{THAI_ABBR_DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def changed_fmt(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)} {d:%H:%M} น."


class Bs5LiteSite(BaseSite):
    key = "b34_drupal9_bs5lite"
    family = "drupal"
    imitates = "Drupal 9 + Bootstrap5 Lite (contrib), Thai translation, provincial public-health office: pathauto /news/yyyy/mm/nid; h1.page-title > span.field--name-title; node__submitted 'ส่งโดย login เมื่อ พฤ., 03/14/2024 - 14:20' (core medium format, US month/day order, CE); metatag article:published_time / modified_time; 'แก้ไขล่าสุด' changed field on every node; image / file table (some); 'ที่มา' field (some); 'แท็ก' terms; AddToAny + print inside the node; 'อ่าน N ครั้ง'; comment login prompt; prev/next with titles; related block; Views /news with Bootstrap pagination ?page=N (0-based, bare-query hrefs); deleted = access-denied login page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 29, 16, 0, tzinfo=TZ), offset=412
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 2231
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 5) % 3
            if nid == DELETED_NID:
                nid -= 1
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published  # changed == created for never-edited nodes
            a.path = f"/news/{a.published:%Y/%m}/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 7 == 3
        assert DELETED_NID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/news/2024/02/{DELETED_NID}"
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 12 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        h1 = (
            f'<div id="block-bootstrap5-lite-page-title" class="block block-core block-page-title-block"><h1 class="page-title">{page_title}</h1></div>'
            if page_title
            else ""
        )
        latest = "".join(
            f'<li><a href="{a.path}" hreflang="th">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
  <head>
    <meta charset="utf-8" />
{head_extra}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="/sites/default/files/favicon_0.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/ajax-progress.module.css?s8k2p1" />
    <link rel="stylesheet" media="all" href="{T}/dist/bootstrap/5.1.3/dist/css/bootstrap.min.css?s8k2p1" />
    <link rel="stylesheet" media="all" href="{T}/css/style.css?s8k2p1" />
    <link rel="stylesheet" media="all" href="/modules/contrib/addtoany/css/addtoany.css?s8k2p1" />
  </head>
  <body class="{body_class} path-node">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="navbar navbar-expand-lg navbar-dark bg-primary" role="banner">
  <div class="container">
    <div class="region region-navigation"><div id="block-bootstrap5-lite-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="navbar-brand"><img src="/sites/default/files/logo-spo.png" alt="หน้าแรก" /> {OFFICE}</a></div></div>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="navbarSupportedContent">
      <nav role="navigation" aria-labelledby="block-bootstrap5-lite-main-menu-menu" id="block-bootstrap5-lite-main-menu"><h2 class="visually-hidden" id="block-bootstrap5-lite-main-menu-menu">Main navigation</h2>
      <ul class="navbar-nav me-auto mb-2 mb-lg-0"><li class="nav-item"><a href="/" class="nav-link" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="nav-item dropdown"><a href="/about" class="nav-link dropdown-toggle" data-bs-toggle="dropdown">เกี่ยวกับหน่วยงาน</a><ul class="dropdown-menu"><li><a href="/about/vision" class="dropdown-item">วิสัยทัศน์ พันธกิจ</a></li><li><a href="/about/structure" class="dropdown-item">โครงสร้างองค์กร</a></li></ul></li><li class="nav-item"><a href="/news" class="nav-link is-active">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/procurement" class="nav-link">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a href="/ita" class="nav-link">ITA</a></li><li class="nav-item"><a href="/contact" class="nav-link">ติดต่อเรา</a></li></ul></nav>
      <div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-bootstrap5-lite-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8" class="d-flex"><input title="ป้อนคำที่คุณต้องการค้นหา" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control me-2" /><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="ค้นหา" class="button js-form-submit form-submit btn btn-outline-light" /></form></div>
    </div>
  </div>
</header>
<div class="container">
  <div class="region region-breadcrumb"><div id="block-bootstrap5-lite-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav aria-label="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li>{crumb}</ol></nav></div></div>
  <div class="row">
    <main role="main" class="main-content col-md-9 order-md-2"><a id="main-content" tabindex="-1"></a>
      <div class="region region-highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
      <div class="region region-content">
{h1}
<div id="block-bootstrap5-lite-content" class="block block-system block-system-main-block">
{content}
</div>
      </div>
    </main>
    <aside class="col-md-3 order-md-1" role="complementary"><div class="region region-sidebar-first">
      <div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news-block-1"><h2>ข่าวล่าสุด</h2><div><div class="view view-latest-news view-id-latest_news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div>
      <div id="block-visitorcounter" class="block block-block-content"><h2>สถิติผู้เข้าชม</h2><div class="clearfix text-formatted field field--name-body"><p>ออนไลน์ขณะนี้ 14 คน<br />{SITE_COUNTER}</p></div></div>
      <div id="block-userlogin" role="form" class="block block-user block-user-login-block"><h2>เข้าสู่ระบบ</h2><form action="/news?destination=/news" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item mb-3"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required form-control" required="required" aria-required="true" /></div><div class="js-form-item form-item mb-3"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required form-control" required="required" aria-required="true" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" value="เข้าสู่ระบบ" class="button js-form-submit form-submit btn btn-primary" /></div></form><div class="item-list"><ul><li><a href="/user/password" title="ส่งคำแนะนำสำหรับการตั้งรหัสผ่านใหม่ทางอีเมล" class="request-password-link">ลืมรหัสผ่าน</a></li></ul></div></div>
    </div></aside>
  </div>
</div>
<footer class="site-footer bg-dark text-light mt-4"><div class="container py-3"><div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><div class="field field--name-body"><p>{OFFICE} 11 ถนนมาลัยแมน ตำบลท่าพี่เลี้ยง อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี 72000 โทรศัพท์ 0-3553-5014</p><p>Copyright © 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></div></div></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner"><div class="eu-cookie-compliance-message"><p>{COOKIE} <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a></p></div><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node","isFront":false,"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","ajaxPageState":{{"libraries":"addtoany\\/addtoany,bootstrap5_lite\\/global-styling,core\\/drupal.ajax","theme":"bootstrap5_lite","theme_token":null}},"eu_cookie_compliance":{{"popup_enabled":true}},"user":{{"uid":0,"permissionsHash":"4b1c0e"}}}}</script>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.0"></script>
    <script src="/core/misc/drupal.js?v=9.5.11"></script>
    <script src="{T}/dist/bootstrap/5.1.3/dist/js/bootstrap.bundle.min.js?v=5.1.3"></script>
    <script src="https://static.addtoany.com/menu/page.js" async></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/{a.published:%Y-%m}/news{a.id}.jpg?itok=Jx8q" width="220" height="147" alt="" class="img-fluid" /></a></div></div>'
        return f"""<div class="views-row card mb-3"><div class="card-body">{img}<div class="views-field views-field-title"><h3 class="field-content card-title"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{medium(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:160])}…</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{path}" hreflang="th" class="btn btn-sm btn-outline-primary">อ่านเพิ่มเติม</a></span></div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []

        def link(j, label, cls="", extra=""):
            return f'<li class="page-item{cls}"><a href="?page={j}" title="{extra}" class="page-link">{label}</a></li>'

        if k > 0:
            items.append(link(0, "« หน้าแรก", " pager__item--first", "ไปหน้าแรก"))
            items.append(link(k - 1, "‹ ก่อนหน้า", " pager__item--previous", "ไปหน้าก่อนหน้า"))
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active"><span class="page-link">{j + 1}</span></li>'
                )
            else:
                items.append(link(j, str(j + 1), "", f"ไปหน้าที่ {j + 1}"))
        if k < n - 1:
            items.append(link(k + 1, "ถัดไป ›", " pager__item--next", "ไปหน้าถัดไป"))
            items.append(link(n - 1, "หน้าสุดท้าย »", " pager__item--last", "ไปหน้าสุดท้าย"))
        return f'<nav aria-label="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pagination js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                self.teaser(
                    "ประชาสัมพันธ์รับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) รุ่นที่ 2",
                    self.deleted,
                    self.pages[1][4],
                ),
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8c21f0">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<a href="/news/rss.xml" class="feed-icon">สมัครรับ ข่าวประชาสัมพันธ์</a>
</div></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            '<li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>',
            "page-view-news",
            "",
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 4, i - 2, i - 4) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        url = f"{HOST}{a.path}"
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/{a.published:%Y-%m}/news{a.id}.jpg?itok=Qm3s" width="480" height="320" alt="ภาพประกอบข่าว" typeof="foaf:Image" class="img-fluid image-style-large" /></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">ไฟล์แนบ</div><div class="field__items"><div class="field__item"><table data-striping="1" class="table"><thead><tr><th>แนบ</th><th>ขนาด</th></tr></thead><tbody><tr><td><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/{a.published:%Y-%m}/spo{a.id}.pdf" type="application/pdf">spo{a.id}.pdf</a></span></td><td>412.6 KB</td></tr></tbody></table></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{self.term_ids[t]}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">{items}</div></div>'
        changed = f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">แก้ไขล่าสุด</div><div class="field__item">{changed_fmt(a.modified)}</div></div>'
        share = f'<div class="addtoany-wrapper"><span class="a2a-label">แบ่งปัน</span><span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url}"></a></span></div>'
        tools = f'<div class="print__wrapper print__wrapper--pdf"><a href="/node/{a.id}/printable/pdf" class="print__link print__link--pdf" rel="nofollow">ดาวน์โหลด PDF</a> <a href="/node/{a.id}/printable/print" class="print__link" rel="nofollow">พิมพ์หน้านี้</a></div>'
        links = f'<ul class="links inline list-inline"><li class="statistics-counter list-inline-item">อ่าน {a.views} ครั้ง</li><li class="comment-forbidden list-inline-item"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</li></ul>'
        uid = LOGINS.index(a.extra["login"]) + 3
        return f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
  <footer class="node__meta">
    <div class="node__submitted">ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{uid}" typeof="schema:Person" property="schema:name" datatype="">{a.extra["login"]}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{medium(a.published)}</span>
      <span property="schema:dateCreated" content="{a.published.isoformat()}" class="rdf-meta hidden"></span>
    </div>
  </footer>
  <div class="node__content clearfix">
    {share}{tools}
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {files}{source}{tags}{changed}
    {links}
  </div>
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<div id="block-prevnextblock" class="block block-prev-next-block"><nav class="prev-next d-flex justify-content-between">'
        if older:
            nav += f'<a class="prev-link" href="{older.path}" rel="prev"><small>ข่าวก่อนหน้า</small><br />{esc(older.title)}</a>'
        if newer:
            nav += f'<a class="next-link" href="{newer.path}" rel="next"><small>ข่าวถัดไป</small><br />{esc(newer.title)}</a>'
        nav += "</nav></div>"
        rel = "".join(
            f'<div class="views-row"><a href="{r.path}" hreflang="th">{esc(r.title)}</a> <small class="text-muted">{medium(r.published)}</small></div>'
            for r in self.related(a)
        )
        content = f"""{self.node(a)}
{nav}
<div class="views-element-container block block-views" id="block-views-block-related-news-block-1"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="view view-related-news"><div class="view-content">{rel}</div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{HOST}{a.path}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
<meta property="article:modified_time" content="{a.modified.isoformat()}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            f'<li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">{esc(a.title)}</li>',
            f"page-node-{a.id} page-node-type-news",
            head,
            f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>',
        )

    def denied(self):
        content = f"""<div role="contentinfo" aria-label="ข้อความแสดงข้อผิดพลาด" class="alert alert-danger">คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</div>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination={self.deleted}" method="post" id="user-login-form--2" accept-charset="UTF-8"><div class="js-form-item form-item mb-3"><label for="edit-name--2" class="js-form-required form-required">ชื่อผู้ใช้</label><input type="text" id="edit-name--2" name="name" size="60" maxlength="60" class="form-text required form-control" /><div class="description">ป้อนชื่อผู้ใช้ของคุณบน {OFFICE}</div></div><div class="js-form-item form-item mb-3"><label for="edit-pass--2" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required form-control" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions"><input type="submit" value="เข้าสู่ระบบ" class="btn btn-primary" /></div></form>"""
        return self.shell(
            f"ปฏิเสธการเข้าถึง | {OFFICE}",
            content,
            "",
            "page-node-unpublished",
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
        if path in ("/rss.xml", "/news/rss.xml"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["login"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}/</link><description></description><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                medium(a.published),
                f"ส่งโดย {a.extra['login']}",
                changed_fmt(a.modified),
                "แก้ไขล่าสุด",
                f"อ่าน {a.views} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "แบ่งปัน",
                "ดาวน์โหลด PDF",
                "พิมพ์หน้านี้",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน",
                SITE_COUNTER,
                COOKIE,
                "ถนนมาลัยแมน ตำบลท่าพี่เลี้ยง",
                "นโยบายความเป็นส่วนตัว",
            ]
            if a.extra["file"]:
                must_not += [f"spo{a.id}.pdf", "412.6 KB"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Bs5LiteSite()

if __name__ == "__main__":
    main(SITE)
