"""Blind-31 red-team site (part C): **Drupal 9 + Solo** (the contrib front-end theme
`themes/contrib/solo`) run by a provincial public-health office (สำนักงานสาธารณสุขจังหวัด
อุทัยธานี), Thai interface translation, built blind.

What it imitates:
- Drupal 9 fingerprints: `meta name="Generator" content="Drupal 9 (https://www.drupal.org)"`,
  `/core/misc/drupal.js`, `/themes/contrib/solo/`, `/sites/default/files/...`, the
  `drupal-settings-json` script, `data-history-node-id`, `/rss.xml`, pathauto aliases
  `/news/NNNN` with `/node/N` shortlinks;
- Solo shell: `div.solo-outer` / `div.solo-inner` wrappers, `#header`, `nav.solo-primary-menu`,
  `#highlighted`, breadcrumb `nav.breadcrumb`, `main#main-content`, sidebar region with the
  latest-news Views block, the user login block and a site-wide visitor counter block, a cookie
  (EU Cookie Compliance) bar, the footer;
- node (full view, `article.node.solo-clear.node--type-article.node--view-mode-full`): the
  page title block `h1.page-title` (the headline); `div.node__meta` "เขียนโดย <login> เมื่อ
  5 มีนาคม 2024 - 14:20" — **Drupal's medium date format under the Thai translation: Thai
  month name with the CE year** (no `<time>`, no ISO attribute anywhere but the
  `article:published_time` meta); a "ปรับปรุงล่าสุด" changed field printed for every node in
  the same format; image field (some); body; "ที่มา" inline field (some); file field
  "เอกสารแนบ" (some); "คำสำคัญ" tags; AddToAny "แชร์" buttons inside the node content; node
  links with statistics "เข้าชม 1234 ครั้ง" (no thousands separator), "พิมพ์", comment login
  prompt; a "ข่าวก่อนหน้า / ข่าวถัดไป" block with neighbour titles and a "ข่าวที่เกี่ยวข้อง"
  Views block below.
- listing: a Views page `/news` with the **mini pager** (`nav.pager` > `ul.pager__items.js-pager__items`
  "‹‹" / "หน้า 2" / "››", `?page=N` 0-based, no numbers, no last link).
Deleted: a node deleted after publication; the Search 404 module (set to not send a 404 header)
answers 200 with "ไม่พบหน้าที่ต้องการ", the search form and "ไม่พบผลการค้นหา".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขจังหวัดอุทัยธานี"
SLOGAN = "ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข ระบบสุขภาพยั่งยืน"
HOST = "https://www.uthaithani-ph.go.th"
T = "/themes/contrib/solo"
PER_PAGE = 8
SOURCES = [
    "กลุ่มงานควบคุมโรคติดต่อ",
    None,
    "กลุ่มงานส่งเสริมสุขภาพ",
    None,
    None,
    "กลุ่มงานคุ้มครองผู้บริโภคและเภสัชสาธารณสุข",
]
LOGINS = ["pr_ssj", "admin", "webmaster_uti"]
DELETED = "/news/2231"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 512,877 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"


def medium(d: dt.datetime) -> str:
    """Drupal medium date 'j F Y - H:i' translated: Thai month name, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


def short(d: dt.datetime) -> str:
    return f"{d:%d/%m/%Y}"


class SoloSite(BaseSite):
    key = "b31_drupal9_solo"
    family = "drupal"
    imitates = "Drupal 9 + Solo (contrib theme), Thai translation, provincial public-health office: pathauto /news/NNNN; h1.page-title; div.node__meta 'เขียนโดย login เมื่อ 5 มีนาคม 2024 - 14:20' (Thai month, CE year, no <time>); 'ปรับปรุงล่าสุด' changed field on every node; image (some); 'ที่มา' field (some); file 'เอกสารแนบ' (some); 'คำสำคัญ' tags; AddToAny 'แชร์' inside the node; statistics 'เข้าชม N ครั้ง' / 'พิมพ์' / comment login prompt; prev/next block with titles; 'ข่าวที่เกี่ยวข้อง' block; Views page /news with the mini pager ?page=N (0-based, ‹‹ หน้า N ››); deleted = Search 404 page answering 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        nid = 2268
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            if f"/news/{nid}" == DELETED:
                nid -= 1
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published  # the changed field is printed for every node
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 40 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def sidebar(self):
        items = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{short(a.published)}</span></div></div>'
            for a in self.articles[:5]
        )
        return f"""<aside class="solo-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div id="block-views-block-latest-news-block-1" class="block block-views block-views-blocklatest-news-block-1"><h2 class="block__title">ข่าวล่าสุด</h2><div class="block__content"><div class="views-element-container"><div class="view view-latest-news view-id-latest_news view-display-id-block_1">{items}</div></div></div></div>
<div id="block-solo-account-login" role="form" class="block block-user block-user-login-block"><h2 class="block__title">เข้าสู่ระบบ</h2><div class="block__content"><form class="user-login-form" data-drupal-selector="user-login-form" action="/news?destination=/news" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form><div class="item-list"><ul><li><a href="/user/password" title="ส่งคำแนะนำการตั้งรหัสผ่านใหม่ทางอีเมล" class="request-password-link">ลืมรหัสผ่าน</a></li></ul></div></div></div>
<div id="block-visitors" class="block block-visitors block-visitors-block"><h2 class="block__title">สถิติผู้เข้าชม</h2><div class="block__content"><ul><li>วันนี้ 187 คน</li><li>เมื่อวาน 403 คน</li><li>{SITE_COUNTER}</li></ul></div></div>
</div></aside>"""

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        ptitle = (
            f'<div id="block-solo-page-title" class="block block-core block-page-title-block"><div class="block__content"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{page_title}</span></h1></div></div>'
            if page_title
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
  <head>
    <meta charset="utf-8" />
{head_extra}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Wq2Jd0pFQe7sKx1LrA3m9ZbVnCyGtHuIoP8.css" />
    <link rel="stylesheet" media="all" href="/modules/contrib/addtoany/css/addtoany.css?s9k1xq" />
    <link rel="stylesheet" media="all" href="{T}/css/base/solo-base.css?s9k1xq" />
    <link rel="stylesheet" media="all" href="{T}/css/components/solo-menu.css?s9k1xq" />
  </head>
  <body class="{body_class} solo-body path-node">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper" class="page-wrapper">
  <div id="page">
    <div class="solo-outer top-container"><div class="solo-inner"><div class="region region-top-container"><div id="block-topgov" class="block block-block-content"><div class="block__content"><p>กระทรวงสาธารณสุข | <a href="/sitemap">แผนผังเว็บไซต์</a> | <a href="/contact">ติดต่อเรา</a></p></div></div></div></div></div>
    <header id="header" class="solo-outer header" role="banner"><div class="solo-inner">
      <div class="region region-site-branding"><div id="block-solo-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo-moph.png" alt="หน้าแรก" /></a><div class="site-name-slogan"><div class="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div><div class="site-slogan">{SLOGAN}</div></div></div></div>
    </div></header>
    <div class="solo-outer primary-menu"><div class="solo-inner"><nav role="navigation" aria-labelledby="block-solo-main-menu-menu" id="block-solo-main-menu" class="block block-menu navigation menu--main solo-primary-menu"><h2 class="visually-hidden" id="block-solo-main-menu-menu">เมนูหลัก</h2><ul class="menu menu-level-0"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="menu-item menu-item--expanded"><a href="/about">เกี่ยวกับ สสจ.</a></li><li class="menu-item menu-item--active-trail"><a href="/news" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></div>
    <div class="solo-outer breadcrumb"><div class="solo-inner"><div class="region region-breadcrumb"><div id="block-solo-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">หน้าแรก</a></li>{crumb}</ol></nav></div></div></div></div>
    <div class="solo-outer main-container"><div class="solo-inner solo-sidebar-right">
      <main id="main-content" class="solo-main" role="main"><a id="main-content" tabindex="-1"></a>
        <div class="region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
          {ptitle}
          <div id="block-solo-content" class="block block-system block-system-main-block"><div class="block__content">
{content}
          </div></div>
        </div>
      </main>
      {self.sidebar()}
    </div></div>
    <footer class="solo-outer footer" role="contentinfo"><div class="solo-inner"><div class="region region-footer-first"><div id="block-footeraddress" class="block block-block-content"><div class="block__content"><p>{OFFICE} 1/1 ถนนท่าช้าง ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000<br />โทร 0-5651-1138 โทรสาร 0-5651-2455</p><p>Copyright © 2024 All rights reserved.</p></div></div></div></div></footer>
  </div>
</div>
    </div>
    <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentPath":"node","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"b1f0"}}}}</script>
    <script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
    <script src="/core/misc/drupal.js?v=9.5.11"></script>
    <script src="/core/misc/drupal.init.js?v=9.5.11"></script>
    <script src="{T}/js/solo-menu.js?s9k1xq"></script>
    <script src="https://static.addtoany.com/menu/page.js" async></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/2024-06/news{a.id}.jpg?itok=Qz0m" width="220" height="147" alt="" /></a></div></div>'
        return f"""<div class="views-row">{img}<div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{medium(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:180])}…</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{path}" hreflang="th">อ่านเพิ่มเติม</a></span></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            prev = "?page=0" if k == 1 else f"?page={k - 1}"
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="{prev}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        items.append(f'<li class="pager__item is-active">หน้า {k + 1}</li>')
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][3]
            rows.insert(
                2,
                self.teaser(
                    "ขอเชิญร่วมกิจกรรมเดิน-วิ่งเพื่อสุขภาพ ต้านภัยโรคไม่ติดต่อเรื้อรัง ประจำปี 2567", DELETED, ghost
                ),
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7c1f2a">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icons"><a href="{HOST}/news/rss.xml" class="feed-icon">สมัครสมาชิก ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        head = f'<link rel="canonical" href="{HOST}/news" />\n'
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "",
            "page-view-news",
            head,
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
        return [self.articles[j] for j in (i + 3, i - 3, i + 6) if 0 <= j < len(self.articles)][:3]

    def node(self, a):
        url = f"{HOST}{a.path}"
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><a href="/sites/default/files/2024-06/news{a.id}.jpg" class="colorbox"><img loading="lazy" src="/sites/default/files/styles/large/public/2024-06/news{a.id}.jpg?itok=k3Pd" width="480" height="320" alt="ภาพประกอบข่าว สสจ.อุทัยธานี" typeof="foaf:Image" /></a></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-06/ssj{a.id}.pdf" type="application/pdf">ssj{a.id}.pdf</a></span> <span class="file-size">(318.6 KB)</span></div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{self.term_ids[t]}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">คำสำคัญ</div><div class="field__items">{items}</div></div>'
        share = f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><span class="addtoany-label">แชร์</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={url}"><img src="/modules/contrib/addtoany/images/share.png" alt="แชร์" /></a></span>'
        links = f'<div class="node__links"><ul class="links inline"><li class="statistics-counter">เข้าชม {a.views} ครั้ง</li><li class="print-html"><a href="/node/{a.id}/printable/print" rel="nofollow">พิมพ์</a></li><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</li></ul></div>'
        return f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node solo-clear node--type-article node--view-mode-full">
  <div class="node__meta">
    <span class="node__submitted">เขียนโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span lang="" typeof="schema:Person" property="schema:name" datatype="">{a.extra["login"]}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{medium(a.published)}</span></span>
  </div>
  <div class="node__content">
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {source}{files}{tags}
    <div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item">{medium(a.modified)}</div></div>
    {share}
  </div>
  {links}
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        pn = '<div id="block-prevnext" class="block block-prev-next-block"><div class="block__content"><ul class="prev-next">'
        if older:
            pn += f'<li class="prev"><span class="label">ข่าวก่อนหน้า</span> <a href="{older.path}">{esc(older.title)}</a></li>'
        if newer:
            pn += f'<li class="next"><span class="label">ข่าวถัดไป</span> <a href="{newer.path}">{esc(newer.title)}</a></li>'
        pn += "</ul></div></div>"
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span> <span class="views-field views-field-created">{short(r.published)}</span></div>'
            for r in self.related(a)
        )
        content = f"""{self.node(a)}
{pn}
<div id="block-views-block-related-news" class="block block-views"><h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2><div class="block__content"><div class="view view-related-news">{rel}</div></div></div>"""
        crumb = '<li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            "page-node-type-article",
            head,
            esc(a.title),
        )

    def search404(self, path):
        content = f"""<div role="contentinfo" aria-label="ข้อความแจ้งเตือน" class="messages messages--warning">ไม่พบหน้าที่คุณต้องการ ระบบได้ค้นหาเนื้อหาที่ใกล้เคียงให้แล้ว</div>
<form class="search-form" action="/search/node" method="get" id="search-form" accept-charset="UTF-8"><div class="container-inline js-form-wrapper form-wrapper"><div class="js-form-item form-item"><label for="edit-keys">ป้อนคำที่ต้องการค้นหา</label><input type="search" id="edit-keys" name="keys" value="news {esc(path.rsplit("/", 1)[-1])}" size="40" maxlength="255" class="form-search" /></div><input type="submit" id="edit-submit--2" value="ค้นหา" class="button js-form-submit form-submit" /></div></form>
<h2>ผลการค้นหา</h2><p>ไม่พบผลการค้นหา</p>"""
        return self.shell(
            f"ไม่พบหน้าที่ต้องการ | {OFFICE}",
            content,
            "",
            "page-search404",
            "",
            "ไม่พบหน้าที่ต้องการ",
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path.startswith("/node/") and path[6:].isdigit():
            p = f"/news/{path[6:]}"
            if p in self.by_path:
                return 301, {"Location": base + p}, b""
        if path == DELETED:
            return self.html_response(self.search404(path))
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
                f"เขียนโดย {a.extra['login']}",
                "ปรับปรุงล่าสุด",
                f"เข้าชม {a.views} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน",
                SITE_COUNTER,
                SLOGAN,
                COOKIE,
                "ถนนท่าช้าง ตำบลอุทัยใหม่",
                "แผนผังเว็บไซต์",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["file"]:
                must_not += [f"ssj{a.id}.pdf", "318.6 KB", "เอกสารแนบ"]
            if a.tags:
                must_not.append("คำสำคัญ")
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SoloSite()

if __name__ == "__main__":
    main(SITE)
