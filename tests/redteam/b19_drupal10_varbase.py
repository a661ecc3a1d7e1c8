"""Blind-19 red-team site (part C): a Drupal 10 site built on the Varbase distribution with
the Vartheme BS5 theme, run by a provincial agriculture office (สำนักงานเกษตรจังหวัด), built blind.

What it imitates:
- the Varbase "blog" content type (node--blog-post--full) under pathauto `/th/news/<nid>`,
  the views listing `/th/news` with the **views_infinite_scroll** pager: only a "โหลดเพิ่ม"
  button `<a class="button" href="?page=1" rel="next">` (next-only, 0-based `?page=N`);
- Varbase's page-title block in the **hero region above the breadcrumb** (the only `h1`,
  outside `<main>`); `<title>` "<title> | สำนักงานเกษตรจังหวัดน่าน";
- "Submitted" line in Drupal's 'medium' format under the Thai locale, **month-first with a
  Gregorian year**: "พฤ., 02/15/2024 - 10:30", with a `<time datetime>` in UTC ('Z');
- "แก้ไขล่าสุด พฤ., 02/20/2024 - 14:05" only for nodes that were edited;
- core statistics "การเข้าชม 1,234 ครั้ง" inside the node links list;
- the body's last paragraph "ข่าว/ภาพ : <office>" for some nodes; field_tags "แท็ก";
- AddToAny share kit and an entity_print "พิมพ์" / "PDF" link **inside** the node content,
  a "ข่าวที่เกี่ยวข้อง" view block after the tags, a sidebar "ข่าวล่าสุด" and a visitor
  counter block, an EU Cookie Compliance banner;
- the unpublished node linked from listing page 2 answers 200 with Drupal's "ไม่มีสิทธิ์
  เข้าถึง" page (a site-wide 403 page rendered as a normal node by a custom module).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b19c_common import B9Site, build, daytime_edits, drupal_medium_th, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดน่าน"
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการผลิต สนง.เกษตรจังหวัดน่าน",
    None,
    None,
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดน่าน",
    None,
]
DELETED = "/th/news/2291"
UTC = dt.UTC


def utc_z(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class VarbaseSite(B9Site):
    key = "b19_drupal10_varbase"
    family = "drupal"
    imitates = "Drupal 10 Varbase + Vartheme BS5: /th/news/<nid>, views_infinite_scroll 'โหลดเพิ่ม' (next-only ?page=N, 0-based), h1 in the hero page-title block above the breadcrumb, 'พฤ., 02/15/2024 - 10:30' (month-first, CE) + time[datetime] UTC Z, 'แก้ไขล่าสุด' only when edited, 'การเข้าชม 1,234 ครั้ง', 'ข่าว/ภาพ :' last paragraph for some, AddToAny + entity_print inside the content, related view, cookie banner; unpublished = 200 access-denied page"
    listing_path = "/th/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 1931, SOURCES, dt.datetime(2024, 9, 20, 17, 0), first_id=2210, step=3
        )
        daytime_edits(self.articles)
        for a in self.articles:
            a.path = f"/th/news/{a.id}"
            a.time_printed = True
        self.setup_routes()

    def page_url(self, k):
        return "/th/news" if k == 0 else f"/th/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, hero, content, body_class):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/nan_agri/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title)} | {OFFICE}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Vh3l0.css?delta=0&amp;language=th&amp;theme=nan_agri" />
  </head>
  <body class="{body_class} path-node">
    <a href="#main-content" class="visually-hidden-focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header" role="banner">
  <nav class="navbar navbar-expand-lg navbar-light bg-white">
    <div class="container">
      <div class="region region-branding"><div id="block-nan-agri-branding" class="block block-system block-system-branding-block">
  <a href="/th" rel="home" class="navbar-brand"><img src="/sites/default/files/logo-doae.png" alt="หน้าแรก" /> {OFFICE}</a>
</div></div>
      <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" id="navbarSupportedContent">
        <div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-nan-agri-main-menu-menu" id="block-nan-agri-main-menu">
  <h2 class="visually-hidden" id="block-nan-agri-main-menu-menu">Main navigation</h2>
  <ul class="nav navbar-nav"><li class="nav-item"><a href="/th" class="nav-link">หน้าแรก</a></li><li class="nav-item"><a href="/th/about" class="nav-link">เกี่ยวกับหน่วยงาน</a></li><li class="nav-item"><a href="/th/news" class="nav-link is-active">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/th/ita" class="nav-link">ITA</a></li><li class="nav-item"><a href="/th/contact" class="nav-link">ติดต่อเรา</a></li></ul>
</nav></div>
        <div class="region region-secondary-menu"><div class="language-switcher-language-url block block-language" id="block-languageswitcher" role="navigation"><ul class="links"><li hreflang="th" class="is-active"><a href="/th" class="language-link is-active">ไทย</a></li><li hreflang="en"><a href="/en" class="language-link">English</a></li></ul></div></div>
      </div>
    </div>
  </nav>
</header>
{hero}
<div class="container">
  <div class="region region-breadcrumb"><div id="block-nan-agri-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/th/news">ข่าวประชาสัมพันธ์</a></li></ol></nav>
</div></div>
  <div data-drupal-messages-fallback class="hidden"></div>
  <div class="row">
    <main role="main" class="main-content col-md-8" id="main-content" tabindex="-1">
      <div class="region region-content">
{content}
      </div>
    </main>
    <aside class="col-md-4" role="complementary">
      <div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blockrecent-news-block-1" id="block-views-block-recent-news-block-1">
  <h2 class="block-title">ข่าวล่าสุด</h2>
  <div><div class="view view-recent-news view-id-recent_news view-display-id-block_1">{latest}</div></div>
</div>
<div id="block-visitorcounter" class="block block-block-content">
  <h2 class="block-title">สถิติผู้เข้าชม</h2>
  <div class="clearfix text-formatted field field--name-body"><ul class="list-unstyled"><li>วันนี้ 318</li><li>เดือนนี้ 9,204</li><li>ทั้งหมด 1,482,077</li></ul></div>
</div>
      </div>
    </aside>
  </div>
</div>
<footer class="site-footer bg-dark text-light">
  <div class="container"><div class="region region-footer"><div id="block-footeraddress" class="block block-block-content"><p>{OFFICE} ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0 5471 0214</p><p>© 2567 {OFFICE} กรมส่งเสริมการเกษตร สงวนลิขสิทธิ์</p></div></div></div>
</footer>
    </div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="dialog" aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>เว็บไซต์นี้ใช้คุกกี้</h2><p>เราใช้คุกกี้เพื่อเพิ่มประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"th\\/","currentLanguage":"th"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
<script src="/sites/default/files/js/js_2nW8.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=nan_agri"></script>
  </body>
</html>"""

    def hero(self, title):
        return f"""<div class="region region-hero"><div id="block-nan-agri-page-title" class="block block-core block-page-title-block">
  <div class="page-title-wrapper bg-success text-white py-5"><div class="container">
  <h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>
  </div></div>
</div></div>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.teaser(a.path, a.title, a.published, a.paras[0][:160]))
            if k == 1 and j == 3:
                rows.append(
                    self.teaser(
                        DELETED,
                        "ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้าร่วมโครงการยุวเกษตรกร ปี 2567",
                        dt.datetime(2024, 6, 3, 9, 15, tzinfo=self.articles[0].published.tzinfo),
                        "รายละเอียดตามเอกสารแนบ",
                    )
                )
        pager = ""
        if k < len(self.pages) - 1:
            pager = f'<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager="" role="navigation" aria-label="Pagination"><li class="pager__item"><a class="button" href="?page={k + 1}" title="โหลดรายการเพิ่มเติม" rel="next">โหลดเพิ่ม</a></li></ul>'
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5f1c3e">
  <div class="view-content row" data-drupal-views-infinite-scroll-content-wrapper>{"".join(rows)}</div>
  {pager}
</div></div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            self.hero("ข่าวประชาสัมพันธ์"),
            content,
            "layout-one-sidebar layout-sidebar-second page-view-news",
        )

    def teaser(self, path, title, d, summary):
        return f"""<div class="views-row col-12"><article role="article" class="node node--type-blog-post node--view-mode-teaser card mb-3">
  <div class="card-body"><h2 class="card-title"><a href="{path}" rel="bookmark"><span class="field field--name-title">{esc(title)}</span></a></h2>
  <div class="node__meta small text-muted"><time datetime="{utc_z(d)}">{drupal_medium_th(d)}</time></div>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary"><p>{esc(summary)}…</p></div>
  <a href="{path}" class="btn btn-sm btn-outline-success">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(title)}</span></a></div>
</article></div>"""

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f"<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        upd = ""
        if a.modified:
            upd = f'<div class="node__changed">แก้ไขล่าสุด <time datetime="{utc_z(a.modified)}">{drupal_medium_th(a.modified)}</time></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field__item"><a href="/th/taxonomy/term/{30 + i}" hreflang="th">{esc(t)}</a></div>'
                for i, t in enumerate(a.tags)
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">{items}</div></div>'
        older, newer = neighbours(self.articles, a)
        related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3] or [
            x for x in (older, newer) if x
        ]
        rel = "".join(
            f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a></li>' for x in related
        )
        content = f"""<div id="block-nan-agri-content" class="block block-system block-system-main-block">
<article role="article" about="{a.path}" class="node node--type-blog-post node--promoted node--view-mode-full">
  <div class="node__meta">
    <div class="author-picture"><img src="/sites/default/files/styles/thumbnail/public/pictures/editor.png" alt="รูปภาพของ บรรณาธิการ" /></div>
    <div class="submitted">โดย <span><span lang="" typeof="schema:Person" property="schema:name">บรรณาธิการ</span></span> เมื่อ <span><time datetime="{utc_z(a.published)}" title="{drupal_medium_th(a.published)}">{drupal_medium_th(a.published)}</time></span></div>
    {upd}
  </div>
  <div class="node__content clearfix">
    <div class="field field--name-field-media-single field--type-entity-reference"><img src="/sites/default/files/styles/de2e/public/2024-{a.id}.jpg" alt="" class="img-fluid" /></div>
    <div class="addtoany-wrapper"><span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{a.path}"><a class="a2a_button_facebook" href="#">Facebook</a><a class="a2a_button_line" href="#">Line</a><a class="a2a_button_x" href="#">X</a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={a.path}">แชร์</a></span></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras}</div>
    <div class="entity-print-link"><a href="/th/print/view/pdf/node/{a.id}" class="print__wrapper print__link">ดาวน์โหลด PDF</a> <a href="/th/node/{a.id}/printable/print" class="print-page">พิมพ์หน้านี้</a></div>
    {tags}
  </div>
  <div class="node__links"><ul class="links inline"><li class="statistics-counter">การเข้าชม {a.views:,} ครั้ง</li></ul></div>
</article>
</div>
<div class="views-element-container block block-views" id="block-views-block-related-news-block-1">
  <h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2>
  <div class="view view-related-news"><ul>{rel}</ul></div>
</div>"""
        return self.shell(
            a.title,
            self.hero(a.title),
            content,
            "layout-one-sidebar layout-sidebar-second page-node-type-blog-post",
        )

    def deleted(self):
        content = """<div id="block-nan-agri-content" class="block block-system block-system-main-block">
  <div class="alert alert-warning" role="alert">คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</div>
  <p>เนื้อหานี้ยังไม่ได้เผยแพร่หรือถูกระงับการเผยแพร่ กรุณาติดต่อผู้ดูแลระบบ</p>
</div>"""
        return self.shell(
            "ไม่มีสิทธิ์เข้าถึง", self.hero("ไม่มีสิทธิ์เข้าถึง"), content, "layout-one-sidebar page-system-403"
        )

    def robots(self):
        return "# robots.txt (Drupal core)\nUser-agent: *\nDisallow: /core/\nDisallow: /profiles/\nDisallow: /th/print/\nDisallow: /th/node/*/printable/\nDisallow: /th/user/login\nDisallow: /th/search/\nAllow: /th/news\n"

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][
                :3
            ] or [x for x in (older, newer) if x]
            must_not = [
                "การเข้าชม",
                "แก้ไขล่าสุด",
                "ดาวน์โหลด PDF",
                "พิมพ์หน้านี้",
                "ข่าวที่เกี่ยวข้อง",
                "แท็ก",
                "Facebook",
                "แชร์",
                "เว็บไซต์นี้ใช้คุกกี้",
                "สถิติผู้เข้าชม",
                "ข่าวล่าสุด",
                "ถนนสุริยพงษ์",
                "บรรณาธิการ",
                "ข้ามไปยังเนื้อหาหลัก",
                *[x.title for x in related],
            ]
            out.append(record(self, a, must_not))
        return out


SITE = VarbaseSite()

if __name__ == "__main__":
    main(SITE)
