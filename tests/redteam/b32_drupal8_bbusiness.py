"""Blind-32 red-team site (part C): **Drupal 8 + Bootstrap Business** (the More than
Themes contrib theme `themes/contrib/bootstrap_business`) run by a provincial land office
(สำนักงานที่ดินจังหวัดพิจิตร), Thai interface translation, built blind.

What it imitates:
- Drupal 8 fingerprints: `meta name="Generator" content="Drupal 8 (https://www.drupal.org)"`,
  `/core/misc/drupal.js?v=8.9.20`, `/themes/contrib/bootstrap_business/`, `/sites/default/files/`,
  the `drupal-settings-json` script, `data-history-node-id`, `/rss.xml`;
- **pathauto aliases from the Thai title** (`/content/<Thai-words-joined-by-hyphens>`, truncated
  at 100 characters, percent-encoded in every href), `/node/N` shortlinks that 301 there;
- Bootstrap Business shell: `#toolbar` / `#header-top` (phone + social), `header#header` with
  the logo and site name, `#main-navigation` (`nav.navbar`), `#page-intro` banner, the
  Bootstrap `ol.breadcrumb`, `#page` > `.container` > `.row` with `section#main.col-md-8` and
  `aside#sidebar.col-md-4` (latest news Views block, login block, site counter), `#footer-top`
  + `#footer` + `#subfooter`;
- node (full): the page title block `h1.page-title`; Drupal 8 classy `footer.node__meta` with
  "ส่งโดย <login> เมื่อ อ., 03/05/2024 - 14:20" — **Drupal 8's default medium format
  `D, m/d/Y - H:i`: month FIRST, CE year, a Thai weekday abbreviation, no `<time>` and no ISO
  date anywhere on the page**; image field (some); body; "ที่มา" inline field (some); "คำค้น"
  tags; a ShareThis-style "แบ่งปัน" block and the "พิมพ์ / ส่งอีเมล" print links inside the node;
  node links "อ่าน 1,234 ครั้ง" (statistics, with separator) and the comment login prompt;
  Book-style "‹ previous / next ›" navigation with neighbour titles; "ข่าวอื่นๆ" block.
- listing: Views page `/news` with the Bootstrap **full pager** (`ul.pagination`, `?page=N`,
  0-based; "« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »").
Deleted: the alias of a deleted node now points to a taxonomy term page with no content
("ขณะนี้ยังไม่มีเนื้อหาที่จัดอยู่ในคำนี้"), answering 200.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานที่ดินจังหวัดพิจิตร"
SLOGAN = "บริการดี มีมาตรฐาน โปร่งใส ใส่ใจประชาชน"
HOST = "https://www.pichit-dol.go.th"
T = "/themes/contrib/bootstrap_business"
PER_PAGE = 7
SOURCES = [None, "ฝ่ายอำนวยการ", None, "กลุ่มงานวิชาการที่ดิน", "ฝ่ายทะเบียน", None, None]
LOGINS = ["pichit_admin", "editor01", "webmaster"]
DELETED_TITLE = "ประกาศสำนักงานที่ดินจังหวัดพิจิตร เรื่อง การรังวัดสอบเขตที่ดิน ตำบลในเมือง"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,551"
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def medium(d: dt.datetime) -> str:
    """Drupal 8 medium 'D, m/d/Y - H:i' with the Thai weekday abbreviation: month first."""
    return f"{DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def short(d: dt.datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d:%m/%d/%Y}"


def slug(title: str) -> str:
    s = re.sub(r"[\"“”'‘’(),.:;!?\[\]/&%#]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    return s[:100].strip("-")


def href(path: str) -> str:
    return quote(path, safe="/?=&")


class BBusinessSite(BaseSite):
    key = "b32_drupal8_bbusiness"
    family = "drupal"
    imitates = "Drupal 8 + Bootstrap Business (contrib theme), Thai translation, provincial land office: pathauto aliases from the Thai title /content/<ไทย-คำ> (percent-encoded hrefs), /node/N 301s; h1.page-title; footer.node__meta 'ส่งโดย login เมื่อ อ., 03/05/2024 - 14:20' (Drupal 8 default medium D, m/d/Y: month first, CE year, no <time>, no ISO date anywhere); image (some); 'ที่มา' field (some); 'คำค้น' tags; 'แบ่งปัน' share + 'พิมพ์ / ส่งอีเมล' inside the node; 'อ่าน 1,234 ครั้ง'; comment login prompt; previous/next with titles; 'ข่าวอื่นๆ' block; Views /news with the Bootstrap full pager ?page=N; deleted = empty taxonomy term page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 5, 30, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        nid = 1542
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 5) % 3
            a.time_printed = True
            a.modified = None  # Drupal 8 prints no changed date in this theme
            a.path = "/content/" + slug(a.title)
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 1
        assert len({a.path for a in arts}) == len(arts)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.by_id = {a.id: a for a in arts}
        self.deleted = "/content/" + slug(DELETED_TITLE)
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

    def sidebar(self):
        items = "".join(
            f'<li><a href="{href(a.path)}" hreflang="th">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<aside id="sidebar" class="col-md-4" role="complementary"><div class="sidebar"><div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-views-block-latest-news-block-1"><h2>ข่าวล่าสุด</h2><div class="content"><div class="view view-latest-news view-id-latest_news view-display-id-block_1"><div class="item-list"><ul>{items}</ul></div><div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div></div>
<div id="block-bootstrap-business-account-login" role="form" class="block block-user block-user-login-block"><h2>เข้าสู่ระบบสมาชิก</h2><div class="content"><form class="user-login-form" action="/news?destination=/news" method="post" id="user-login-form" accept-charset="UTF-8"><div class="form-item"><label for="edit-name">ชื่อผู้ใช้</label><input type="text" id="edit-name" name="name" size="15" class="form-text" /></div><div class="form-item"><label for="edit-pass">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="15" class="form-text" /></div><input type="submit" value="เข้าสู่ระบบ" class="button form-submit" /></form><div class="item-list"><ul><li><a href="/user/register">สร้างบัญชีผู้ใช้ใหม่</a></li><li><a href="/user/password">ขอรหัสผ่านใหม่</a></li></ul></div></div></div>
<div id="block-statcounter" class="block block-block-content"><h2>สถิติการเข้าชม</h2><div class="content"><p>ออนไลน์ 14 คน<br />วันนี้ 233<br />{SITE_COUNTER}</p></div></div>
</div></div></aside>"""

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        ptitle = (
            f'<div id="block-bootstrap-business-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{page_title}</span></h1></div></div>'
            if page_title
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 8 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_extra}<link rel="shortcut icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable/css/system/components/clearfix.module.css?q8x2ab" />
    <link rel="stylesheet" media="all" href="{T}/bootstrap/css/bootstrap.min.css?q8x2ab" />
    <link rel="stylesheet" media="all" href="{T}/css/base/elements.css?q8x2ab" />
    <link rel="stylesheet" media="all" href="{T}/css/components/node.css?q8x2ab" />
    <link rel="stylesheet" media="all" href="{T}/css/theme/color-gray.css?q8x2ab" />
  </head>
  <body class="{body_class} layout-one-sidebar layout-sidebar-second path-node">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="toolbar" class="clearfix"><div class="container"><div class="row"><div class="col-sm-12"><div class="toolbar-area"><div class="region region-header-top-left"><div id="block-contactinfo" class="block block-block-content"><div class="content"><p><i class="fa fa-phone"></i> 0-5661-1054 &nbsp; <i class="fa fa-envelope"></i> pichit@dol.go.th</p></div></div></div><div class="region region-header-top-right"><ul class="social-media"><li><a href="https://www.facebook.com/pichitdol" class="facebook"><i class="fa fa-facebook"></i></a></li><li><a href="/rss.xml" class="rss"><i class="fa fa-rss"></i></a></li></ul></div></div></div></div></div></div>
<header id="header" role="banner" class="clearfix"><div class="container"><div id="header-inside" class="clearfix"><div class="row"><div class="col-md-8"><div id="logo"><a href="/" title="หน้าแรก" rel="home"><img src="/sites/default/files/logo_dol.png" alt="หน้าแรก" /></a></div><div id="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div><div id="site-slogan">{SLOGAN}</div></div><div class="col-md-4"><div class="region region-header"><div class="search-block-form block block-search" role="search"><form action="/search/node" method="get" accept-charset="UTF-8"><input title="ใส่คำที่ต้องการค้นหา" type="search" name="keys" size="15" class="form-search" /><input type="submit" value="ค้นหา" class="button" /></form></div></div></div></div></div></div></header>
<div id="main-navigation" class="clearfix"><div class="container"><div class="row"><div class="col-md-12"><nav role="navigation" class="navbar navbar-default"><div class="region region-navigation"><ul class="sf-menu menu"><li><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="active-trail"><a href="/news" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li><li><a href="/services">งานบริการ</a></li><li><a href="/price">ราคาประเมินที่ดิน</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></div></nav></div></div></div></div>
<div id="page-intro" class="clearfix"><div id="page-intro-inside" class="clearfix internal-banner"><div class="container"><div class="row"><div class="col-md-12"><div id="breadcrumb" class="clearfix"><div id="breadcrumb-inside" class="clearfix"><div class="region region-breadcrumb"><div id="block-bootstrap-business-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="content"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทางนำทาง</h2><ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li>{crumb}</ol></nav></div></div></div></div></div></div></div></div></div></div>
<div id="page" class="clearfix"><div class="container"><div class="row">
  <section id="main" class="col-md-8"><div id="main-content"><a id="main-content" tabindex="-1"></a>
    <div class="region region-content">
      <div data-drupal-messages-fallback class="hidden"></div>
      {ptitle}
      <div id="block-bootstrap-business-content" class="block block-system block-system-main-block"><div class="content">
{content}
      </div></div>
    </div>
  </div></section>
  {self.sidebar()}
</div></div></div>
<footer id="footer-top" class="clearfix"><div class="container"><div class="row"><div class="col-sm-4"><div class="region region-footer-first"><h2>ลิงก์หน่วยงาน</h2><ul><li><a href="https://www.dol.go.th">กรมที่ดิน</a></li><li><a href="https://www.moi.go.th">กระทรวงมหาดไทย</a></li></ul></div></div><div class="col-sm-4"><div class="region region-footer-second"><h2>ติดต่อเรา</h2><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร 66000</p></div></div></div></div></footer>
<div id="subfooter" class="clearfix"><div class="container"><div class="row"><div class="col-md-12"><div class="subfooter-area"><div class="region region-footer"><p>สงวนลิขสิทธิ์ © 2567 {OFFICE}</p></div></div></div></div></div></div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","user":{{"uid":0,"permissionsHash":"8d3e"}}}}</script>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.5.1"></script>
    <script src="/core/misc/drupal.js?v=8.9.20"></script>
    <script src="{T}/bootstrap/js/bootstrap.min.js?v=8.9.20"></script>
    <script src="{T}/js/custom/back-to-top.js?v=8.9.20"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{href(path)}"><img src="/sites/default/files/styles/medium/public/2024-05/dol{a.id}.jpg?itok=a1Bc" width="220" height="147" alt="" class="img-responsive" /></a></div></div>'
        return f"""<div class="views-row">{img}<div class="views-field views-field-title"><span class="field-content"><a href="{href(path)}" hreflang="th">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{medium(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:160])}…</div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="pager__item is-active active"><a href="?page={j}" title="หน้าปัจจุบัน"><span class="visually-hidden">หน้าปัจจุบัน</span>{j + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="?page={j}" title="ไปหน้า {j + 1}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={n - 1}" title="ไปหน้าสุดท้าย"><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pagination js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(3, self.teaser(DELETED_TITLE, self.deleted, self.pages[1][2]))
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5a0c">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icons"><a href="{HOST}/news/feed" class="feed-icon">สมัครรับข่าวสาร</a></div>
</div></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "",
            "page-view-news",
            f'<link rel="canonical" href="{HOST}/news" />\n',
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 4, i - 2, i - 4) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        url = f"{HOST}{href(a.path)}"
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img src="/sites/default/files/styles/large/public/2024-05/dol{a.id}.jpg?itok=Zx9q" width="480" height="320" alt="ภาพกิจกรรม" typeof="foaf:Image" class="img-responsive" /></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{self.term_ids[t]}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">คำค้น</div><div class="field__items">{items}</div></div>'
        tools = f'<div class="print-links"><span class="print_html"><a href="/print/{a.id}" rel="nofollow"><i class="fa fa-print"></i> พิมพ์</a></span> <span class="print_mail"><a href="/printmail/{a.id}" rel="nofollow"><i class="fa fa-envelope"></i> ส่งอีเมล</a></span></div>'
        share = f'<div class="sharethis-wrapper"><span class="share-label">แบ่งปัน :</span><span st_url="{url}" st_title="{esc(a.title)}" class="st_facebook_large" displayText="facebook"></span><span st_url="{url}" class="st_line_large" displayText="line"></span><span st_url="{url}" class="st_twitter_large" displayText="tweet"></span></div>'
        links = f'<div class="node__links"><ul class="links inline"><li class="statistics-counter">อ่าน {a.views:,} ครั้ง</li><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</li></ul></div>'
        return f"""<article data-history-node-id="{a.id}" role="article" about="{href(a.path)}" class="node node--type-article node--promoted node--view-mode-full clearfix">
  <footer class="node__meta">
    <div class="node__submitted">ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/{LOGINS.index(a.extra["login"]) + 1}" typeof="schema:Person" property="schema:name" datatype="">{a.extra["login"]}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{medium(a.published)}</span></div>
  </footer>
  <div class="node__content clearfix">
    {tools}
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {source}{tags}
    {share}
  </div>
  {links}
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<nav class="node-navigation" role="navigation"><ul class="pager">'
        if older:
            nav += f'<li class="previous"><a href="{href(older.path)}" rel="prev" title="ข่าวก่อนหน้า">‹ {esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><a href="{href(newer.path)}" rel="next" title="ข่าวถัดไป">{esc(newer.title)} ›</a></li>'
        nav += "</ul></nav>"
        other = "".join(
            f'<li><a href="{href(r.path)}" hreflang="th">{esc(r.title)}</a> <span class="date">{short(r.published)}</span></li>'
            for r in self.others(a)
        )
        content = f"""{self.node(a)}
{nav}
<div id="block-views-block-other-news" class="block block-views"><h2>ข่าวอื่นๆ</h2><div class="content"><div class="item-list"><ul>{other}</ul></div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{href(a.path)}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:title" content="{esc(a.title)}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            '<li><a href="/news">ข่าวประชาสัมพันธ์</a></li>',
            "page-node-type-article",
            head,
            esc(a.title),
        )

    def empty_term(self):
        content = """<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-header"><div about="/taxonomy/term/9" typeof="schema:Thing" class="taxonomy-term vocabulary-tags"></div></div><div class="view-empty">ขณะนี้ยังไม่มีเนื้อหาที่จัดอยู่ในคำนี้</div></div></div>"""
        return self.shell(f"ประกาศ | {OFFICE}", content, "", "path-taxonomy", "", "ประกาศ")

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.empty_term())
        if path.startswith("/node/") and path[6:].isdigit() and int(path[6:]) in self.by_id:
            return 301, {"Location": base + href(self.by_id[int(path[6:])].path)}, b""
        if path in ("/rss.xml", "/news/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{href(a.path)}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["login"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
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
                short(a.published),
                f"ส่งโดย {a.extra['login']}",
                f"อ่าน {a.views:,} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "แบ่งปัน :",
                "ส่งอีเมล",
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                "สร้างบัญชีผู้ใช้ใหม่",
                SITE_COUNTER,
                SLOGAN,
                "ถนนบุษบา ตำบลในเมือง",
                "pichit@dol.go.th",
                "ราคาประเมินที่ดิน",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.tags:
                must_not.append("คำค้น")
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = BBusinessSite()

if __name__ == "__main__":
    main(SITE)
