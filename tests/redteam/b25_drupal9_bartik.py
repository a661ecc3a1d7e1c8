"""Blind-25 red-team site: **Drupal 9 with the stock Bartik theme (Classy base)**, Thai
interface translation, a provincial labour office (สำนักงานแรงงานจังหวัดพะเยา), built blind.

What it imitates:
- Drupal 9 paths and fingerprints: `meta name=Generator content="Drupal 9
  (https://www.drupal.org)"`, `/core/themes/bartik/...`, `/sites/default/files/...`,
  `drupalSettings` JSON, `/rss.xml`, `data-drupal-selector`, `js-` hooks;
- Bartik's shell: `#page-wrapper` > `#page` > `header#header` (site branding with the
  site name as a link, not the headline), `.region-primary-menu`, `.region-breadcrumb`
  (core breadcrumb "หน้าแรก › ข่าวประชาสัมพันธ์"), `.region-highlighted`, `#main-wrapper`
  with `main#content` > `.region-content` and two sidebars (ข่าวล่าสุด, ผู้ใช้ออนไลน์,
  user login block, site-wide statistics block), `.region-footer-fifth`;
- the page title block `h1.title.page-title > span.field--name-title` (equal to `<title>`
  before " | office");
- Classy's `article.node--type-article.node--view-mode-full`: `footer.node__meta` with
  `div.node__submitted` "ส่งโดย pr_phayao เมื่อ 15 ก.พ. 2024 - 10:30" (Thai month abbreviation
  from interface translation, **CE year**) and RDF's hidden `span[property=schema:dateCreated]
  content=...+00:00` (**UTC**); `div.node__content` holding the AddToAny pseudo-field
  ("แชร์") **before** the body, `field--name-body`, an optional image field, a file field
  "เอกสารแนบ" with size, an inline-labelled `field--name-field-source` "ที่มา" (some items),
  tags "แท็ก"; `div.node__links` with "อ่านต่อ"-less links: statistics "เข้าชม 1,234 ครั้ง",
  "พิมพ์" (printable); `section.field--name-comment` with the login prompt;
- an entity_pager block in the content region under the node ("‹ ข่าวก่อนหน้า" / "ข่าวถัดไป ›"
  with both neighbour titles) and a "ข่าวที่เกี่ยวข้อง" Views block also in the content region;
- eu_cookie_compliance banner in a script-built div at the end.
Listing: Views page `/news`, full pager `?page=1`, `?page=2` (query-only hrefs, 0-based).
Deleted: `/news/2024-01/1391`, unpublished; the site's 403 page is configured to a node path,
so it answers 200 with "ไม่มีสิทธิ์เข้าถึง" and the user login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TAG_POOL,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)

OFFICE = "สำนักงานแรงงานจังหวัดพะเยา"
SOURCES = ["ศูนย์บริการจัดหางานจังหวัดพะเยา", None, "สำนักงานประกันสังคมจังหวัดพะเยา", None, None]
PER_PAGE = 10
DELETED_NID = 1391
DELETED_TITLE = "ประกาศรับสมัครบุคคลเพื่อจ้างเหมาบริการ ปฏิบัติงานธุรการ"
DELETED = f"/news/2024-01/{DELETED_NID}"
USER = "pr_phayao"
UTC = dt.UTC


def d_submitted(d: dt.datetime) -> str:
    """Drupal date format 'j M Y - H:i' with the month abbreviation translated to Thai."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year} - {d:%H:%M}"


def rdf_utc(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")


class BartikSite(BaseSite):
    key = "b25_drupal9_bartik"
    family = "drupal"
    imitates = "Drupal 9 + stock Bartik (Classy) theme, Thai translation: Views page /news?page=N (0-based full pager); /news/YYYY-MM/nid pathauto; h1.page-title; node__submitted 'ส่งโดย user เมื่อ 15 ก.พ. 2024 - 10:30' (Thai month abbr, CE year) with RDF schema:dateCreated content in UTC; AddToAny before the body inside node__content, file field, inline 'ที่มา' field, tags, statistics 'เข้าชม N ครั้ง', printable, comment login prompt; entity_pager with neighbour titles and related Views block in the content region; deleted = 403 page served as 200 with login form"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key,
            23,
            start=dt.datetime(2024, 4, 2, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            offset=6,
        )
        nid = 1452
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 3
            a.time_printed = True
            a.modified = None  # Bartik prints no changed date
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/news/{a.published:%Y-%m}/{a.id}"
            a.tags = [t for t in a.tags if t in TAG_POOL]
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 5 == 1
            a.extra["comments"] = i % 6 == 0
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def latest(self):
        return self.articles[:5]

    def block(self, bid, title, body, cls=""):
        h2 = f'<h2 class="block__title">{title}</h2>\n' if title else ""
        return f"""<div id="block-{bid}" class="block {cls}">
  {h2}<div class="content block__content">
{body}
  </div>
</div>
"""

    def shell(self, title, content, crumb, node_type_class="", head_extra=""):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.latest()
        )
        first = self.block(
            "views-block-news-block-latest",
            "ข่าวล่าสุด",
            f'<div class="views-element-container"><div class="view view-news view-id-news view-display-id-block_latest">{latest}<div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div>',
            "block-views block-views-blocknews-block-latest",
        ) + self.block(
            "bartik-search",
            "ค้นหา",
            '<form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">ค้นหา</label><input title="ป้อนคำที่คุณต้องการค้นหา" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input class="search-form__submit button js-form-submit form-submit" type="submit" value="ค้นหา" /></div></form>',
            "block-search",
        )
        second = (
            self.block(
                "userlogin",
                "เข้าสู่ระบบ",
                '<form class="user-login-form" data-drupal-selector="user-login-form" action="/node?destination=/node" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" type="text" id="edit-name" name="name" size="15" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item js-form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" /></div><input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form><div class="item-list"><ul><li><a href="/user/password" title="ส่งคำแนะนำในการรีเซ็ตรหัสผ่านทางอีเมล" class="request-password-link">รีเซ็ตรหัสผ่านของคุณ</a></li></ul></div>',
                "block-user-login-block",
            )
            + self.block(
                "whosonline",
                "ผู้ใช้ออนไลน์",
                '<div class="item-list"><p>ขณะนี้มีผู้ใช้ 0 คนและผู้เยี่ยมชม 14 คน ออนไลน์</p></div>',
                "block-views",
            )
            + self.block(
                "statisticspopular",
                "สถิติผู้เข้าชมเว็บไซต์",
                '<div class="visitors-counter"><ul><li>วันนี้ : 187</li><li>เมื่อวาน : 402</li><li>ทั้งหมด : 512,309</li></ul></div>',
                "block-visitors",
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_extra}<link rel="icon" href="/core/misc/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="" href="https://phayao.mol.go.th/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xk2v0Q3bJ8mZfG7hTq1.css" />
    <link rel="stylesheet" media="all" href="/core/themes/bartik/css/components/node.css?s9b2k1" />
    <link rel="stylesheet" media="all" href="/core/themes/bartik/css/colors.css?s9b2k1" />
    <link rel="stylesheet" media="print" href="/core/themes/bartik/css/print.css?s9b2k1" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="layout-two-sidebars path-{node_type_class or "news"}">
        <a href="#main-content" class="visually-hidden focusable skip-link">
      ข้ามไปเนื้อหาหลัก
    </a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <div id="page-wrapper">
  <div id="page">
    <header id="header" class="header" role="banner">
      <div class="section layout-container clearfix">
          <div class="clearfix region region-header">
    <div id="block-bartik-branding" class="clearfix site-branding block block-system block-system-branding-block">
        <a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo-mol.png" alt="หน้าแรก" /></a>
        <div class="site-branding__text">
              <div class="site-branding__name"><a href="/" rel="home">{OFFICE}</a></div>
                    <div class="site-branding__slogan">กระทรวงแรงงาน</div>
          </div>
  </div>
  </div>
          <div class="region region-primary-menu">
    <nav role="navigation" aria-labelledby="block-bartik-main-menu-menu" id="block-bartik-main-menu" class="block block-menu navigation menu--main">
      <h2 class="visually-hidden" id="block-bartik-main-menu-menu">การนำทางหลัก</h2>
      <div class="content"><ul class="clearfix menu">
<li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li>
<li class="menu-item"><a href="/about">เกี่ยวกับหน่วยงาน</a></li>
<li class="menu-item menu-item--active-trail"><a href="/news" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/jobs">ตำแหน่งงานว่าง</a></li>
<li class="menu-item"><a href="/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li class="menu-item"><a href="/contact">ติดต่อเรา</a></li>
</ul></div>
    </nav>
  </div>
      </div>
    </header>
      <div class="highlighted">
      <aside class="layout-container section clearfix" role="complementary">
          <div class="region region-highlighted">
    <div data-drupal-messages-fallback class="hidden"></div>
  </div>
      </aside>
    </div>
            <div id="main-wrapper" class="layout-main-wrapper layout-container clearfix">
      <div id="main" class="layout-main clearfix">
          <div class="region region-breadcrumb">
    <div id="block-bartik-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <div class="content">
      <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">เส้นทางการนำทาง</h2>
    <ol>
          <li><a href="/">หน้าแรก</a></li>
{crumb}
        </ol>
  </nav>
    </div>
</div>
  </div>
        <main id="content" class="column main-content" role="main">
          <section class="section">
            <a id="main-content" tabindex="-1"></a>
{content}
          </section>
        </main>
                  <div id="sidebar-first" class="column sidebar">
            <aside class="section" role="complementary">
                <div class="region region-sidebar-first">
{first}  </div>
            </aside>
          </div>
                          <div id="sidebar-second" class="column sidebar">
            <aside class="section" role="complementary">
                <div class="region region-sidebar-second">
{second}  </div>
            </aside>
          </div>
              </div>
    </div>
        <div class="site-footer">
      <footer class="site-footer__top clearfix" role="contentinfo">
        <div class="layout-container">
          <div class="region region-footer-fifth">
    <div id="block-footeraddress" class="block block-block-content">
  <div class="content">
      <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{OFFICE} ศาลากลางจังหวัดพะเยา ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000 โทร 0-5444-9170</p></div>
    </div>
</div>
<div id="block-bartik-powered" class="block block-system block-system-powered-by-block">
  <div class="content"><span>ขับเคลื่อนโดย <a href="https://www.drupal.org">Drupal</a></span></div>
</div>
  </div>
        </div>
      </footer>
    </div>
  </div>
</div>
  </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"{node_type_class or "news"}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"eu_cookie_compliance":{{"popup_enabled":true,"popup_agreed_enabled":false,"popup_html_info":"\\u003Cdiv class=\\u0022eu-cookie-compliance-banner\\u0022\\u003E\\u003Cp\\u003E\\u0e40\\u0e27\\u0e47\\u0e1a\\u0e44\\u0e0b\\u0e15\\u0e4c\\u0e19\\u0e35\\u0e49\\u0e43\\u0e0a\\u0e49\\u0e04\\u0e38\\u0e01\\u0e01\\u0e35\\u0e49\\u003C\\/p\\u003E\\u003C\\/div\\u003E","popup_position":false}},"user":{{"uid":0,"permissionsHash":"5f0d2a0c8be1b7e9a3c4d6f1e2b3a4c5"}}}}</script>
<script src="/sites/default/files/js/js_q3Jd8LkXc1Vb0Z.js"></script>
<script src="/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.min.js?v=9.5.11" defer></script>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="banner"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>เว็บไซต์นี้ใช้คุกกี้</h2><p>เราใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานเว็บไซต์ของท่าน</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for i in range(n):
            if i == k:
                items.append(
                    f'<li class="pager__item is-active"><a href="?page={i}" title="หน้าปัจจุบัน"><span class="visually-hidden">หน้าปัจจุบัน</span>{i + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="?page={i}" title="ไปหน้า {i + 1}"><span class="visually-hidden">หน้า</span>{i + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={n - 1}" title="ไปหน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def teaser(self, a: Article):
        summary = esc(a.paras[0][:180]) + "…"
        return f"""<div class="views-row"><article role="article" about="{a.path}" class="node node--type-article node--promoted node--view-mode-teaser">
  <h2 class="node__title"><a href="{a.path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h2>
  <footer class="node__meta"><div class="node__submitted">ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name" datatype="">{USER}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{d_submitted(a.published)}</span></div></footer>
  <div class="node__content clearfix"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{summary}</p></div>
  <div class="node__links"><ul class="links inline"><li class="node-readmore"><a href="{a.path}" rel="tag" title="{esc(a.title)}" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(a.title)}</span></a></li><li class="statistics-counter">เข้าชม {a.views:,} ครั้ง</li></ul></div>
  </div>
</article></div>
"""

    def listing(self, k):
        rows = [self.teaser(a) for a in self.pages[k]]
        if k == 1:
            fake = Article(
                id=DELETED_NID,
                title=DELETED_TITLE,
                paras=["ประกาศรับสมัคร รายละเอียดตามเอกสารแนบท้ายประกาศ"],
                published=self.pages[1][4].published - dt.timedelta(hours=2),
                time_printed=True,
                views=77,
                path=DELETED,
            )
            rows.insert(5, self.teaser(fake))
        content = f"""  <div class="region region-content">
    <div id="block-bartik-page-title" class="block block-core block-page-title-block">
  <div class="content">
  <h1 class="title page-title">ข่าวประชาสัมพันธ์</h1>
  </div>
</div>
<div id="block-bartik-content" class="block block-system block-system-main-block">
  <div class="content">
      <div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7c1e2f0a9b8d">
      <div class="view-content">
{"".join(rows)}    </div>
      {self.pager(k)}
      <div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">สมัครสมาชิก ข่าวประชาสัมพันธ์</a></div>
</div></div>
    </div>
</div>
  </div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ | {OFFICE}", content, "", head_extra="")

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i + 5, i - 4) if 0 <= j < len(self.articles)]

    def node_html(self, a: Article):
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        share = f"""<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://phayao.mol.go.th{a.path}" data-a2a-title="{esc(a.title)}"><span class="addtoany_label">แชร์ :</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=https%3A%2F%2Fphayao.mol.go.th{a.path}"><img src="/modules/contrib/addtoany/images/share_save_171_16.png" alt="Share" /></a></span>"""
        image = ""
        if a.extra["image"]:
            image = f"""<div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/large/public/{a.published:%Y-%m}/news-{a.id}.jpg?itok=Qx7Tb2Ma" width="480" height="320" alt="ภาพกิจกรรม {esc(a.title[:20])}" typeof="foaf:Image" class="image-style-large" />
</div>"""
        files = ""
        if a.extra["file"]:
            files = f"""<div class="field field--name-field-attachment field--type-file field--label-above">
    <div class="field__label">เอกสารแนบ</div>
          <div class="field__items">
              <div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"> <a href="/sites/default/files/{a.published:%Y-%m}/pr-{a.id}.pdf" type="application/pdf">pr-{a.id}.pdf</a></span>
  <span>(245.3 KB)</span></div>
          </div>
      </div>"""
        source = ""
        if a.source:
            source = f"""<div class="field field--name-field-source field--type-string field--label-inline clearfix">
    <div class="field__label">ที่มา</div>
              <div class="field__item">{esc(a.source)}</div>
          </div>"""
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field__item"><a href="/taxonomy/term/{TAG_POOL.index(t) + 3}" hreflang="th">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f"""<section class="field field--name-field-tags field--type-entity-reference field--label-above clearfix">
    <h2 class="field__label">แท็ก</h2>
    <ul class="links field__items">{items}</ul>
</section>"""
        comments = ""
        if a.extra["comments"]:
            comments = f"""<article data-comment-user-id="0" id="comment-{a.id * 3}" class="comment js-comment by-anonymous clearfix" role="article">
  <div class="comment__meta"><p class="comment__author"><span lang="" typeof="schema:Person" property="schema:name" datatype="">ผู้เยี่ยมชม (ไม่ได้ยืนยัน)</span></p><p class="comment__time">{d_submitted(a.published + dt.timedelta(days=1))}</p></div>
  <div class="comment__content"><h3><a href="/comment/{a.id * 3}#comment-{a.id * 3}" class="permalink" rel="bookmark" hreflang="th">ขอบคุณสำหรับข้อมูลครับ</a></h3><div class="clearfix text-formatted field field--name-comment-body field--type-text-long field--label-hidden field__item"><p>ขอบคุณสำหรับข้อมูลครับ สนใจสมัครต้องติดต่อที่ไหนครับ</p></div></div>
</article>"""
        comment_section = f"""<section class="field field--name-comment field--type-comment field--label-above comment-wrapper">
      <h2 class="title comment-section__title">ความคิดเห็น</h2>
      {comments}
  <div class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</div>
</section>"""
        return f"""<article role="article" about="{a.path}" typeof="schema:Article" class="node node--type-article node--promoted node--view-mode-full">
      <span property="schema:name" content="{esc(a.title)}" class="rdf-meta hidden"></span>
  <span property="schema:interactionCount" content="UserComments:{1 if comments else 0}" class="rdf-meta hidden"></span>
      <footer class="node__meta">
      <article typeof="schema:Person" about="/user/12" class="profile"></article>
      <div class="node__submitted">
        ส่งโดย <span rel="schema:author" class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" about="/user/12" typeof="schema:Person" property="schema:name" datatype="">{USER}</span></span>
 เมื่อ <span property="schema:dateCreated" content="{rdf_utc(a.published)}" class="field field--name-created field--type-created field--label-hidden">{d_submitted(a.published)}</span>
          <span property="schema:dateCreated" content="{rdf_utc(a.published)}" class="rdf-meta hidden"></span>
      </div>
    </footer>
    <div class="node__content clearfix">
  <div class="addtoany-wrapper">{share}</div>
  {image}
  <div property="schema:text" class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  {files}
  {source}
  {tags}
  <div class="node__links">
    <ul class="links inline"><li class="print-page"><a href="/node/{a.id}/printable/print" title="พิมพ์หน้านี้" class="print-page">พิมพ์</a></li><li class="statistics-counter">เข้าชม {a.views:,} ครั้ง</li></ul>  </div>
{comment_section}
    </div>
</article>"""

    def detail(self, a: Article):
        newer, older = self.neighbours(a)
        pager = '<div id="block-entitypagerexamplenews" class="block block-entity-pager block-entity-pager-block"><div class="content"><ul class="entity-pager-block">'
        if newer:
            pager += f'<li class="entity-pager-item entity-pager-item-prev"><a href="{newer.path}" hreflang="th">‹ ข่าวก่อนหน้า<br /><span class="entity-pager-title">{esc(newer.title)}</span></a></li>'
        pager += (
            '<li class="entity-pager-item entity-pager-item-all"><a href="/news">ข่าวทั้งหมด</a></li>'
        )
        if older:
            pager += f'<li class="entity-pager-item entity-pager-item-next"><a href="{older.path}" hreflang="th">ข่าวถัดไป ›<br /><span class="entity-pager-title">{esc(older.title)}</span></a></li>'
        pager += "</ul></div></div>"
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span> <span class="views-field views-field-created">{d_submitted(r.published)[:-8]}</span></div>'
            for r in self.related(a)
        )
        content = f"""  <div class="region region-content">
    <div id="block-bartik-page-title" class="block block-core block-page-title-block">
  <div class="content">
  <h1 class="title page-title"><span property="schema:name" class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>
</h1>
  </div>
</div>
<div id="block-bartik-content" class="block block-system block-system-main-block">
  <div class="content">
{self.node_html(a)}
  </div>
</div>
{pager}
<div class="views-element-container block block-views block-views-blocknews-block-related" id="block-views-block-news-block-related">
  <h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2>
  <div class="content"><div class="view view-news view-id-news view-display-id-block_related"><div class="view-content">{rel}</div></div></div>
</div>
  </div>"""
        head = f'<link rel="canonical" href="https://phayao.mol.go.th{a.path}" />\n<link rel="shortlink" href="https://phayao.mol.go.th/node/{a.id}" />\n'
        crumb = '          <li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        return self.shell(f"{a.title} | {OFFICE}", content, crumb, f"node-{a.id}", head)

    def denied(self):
        content = """  <div class="region region-content">
    <div id="block-bartik-page-title" class="block block-core block-page-title-block">
  <div class="content"><h1 class="title page-title">ไม่มีสิทธิ์เข้าถึง</h1></div>
</div>
<div id="block-bartik-content" class="block block-system block-system-main-block">
  <div class="content">
      คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบ
<form class="user-login-form" action="/user/login?destination=/news" method="post" id="user-login-form--2" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name--2" class="js-form-required form-required">ชื่อผู้ใช้</label><input type="text" id="edit-name--2" name="name" size="60" maxlength="60" class="form-text required" /></div><div class="js-form-item form-item"><label for="edit-pass--2" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /></div><div class="form-actions"><input type="submit" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form>
    </div>
</div>
  </div>"""
        return self.shell(f"ไม่มีสิทธิ์เข้าถึง | {OFFICE}", content, "", "node-1391")

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == DELETED:
            return self.html_response(self.denied())
        if path in self.by_path and not raw_query:
            return self.html_response(self.detail(self.by_path[path]))
        if path == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>https://phayao.mol.go.th{a.path}</link><pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator>{USER}</dc:creator><guid isPermaLink="false">{a.id} at https://phayao.mol.go.th</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="https://phayao.mol.go.th/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>https://phayao.mol.go.th/</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                d_submitted(a.published),
                f"เข้าชม {a.views:,} ครั้ง",
                "แชร์ :",
                "พิมพ์",
                "เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ผู้ใช้ออนไลน์",
                "ทั้งหมด : 512,309",
                "ศาลากลางจังหวัดพะเยา ถนนพหลโยธิน",
                "เว็บไซต์นี้ใช้คุกกี้",
                "รีเซ็ตรหัสผ่านของคุณ",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"pr-{a.id}.pdf", "(245.3 KB)"]
            if a.extra["comments"]:
                must_not += ["ขอบคุณสำหรับข้อมูลครับ สนใจสมัครต้องติดต่อที่ไหนครับ", "ผู้เยี่ยมชม (ไม่ได้ยืนยัน)"]
            must_not += a.tags
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = BartikSite()

if __name__ == "__main__":
    main(SITE)
