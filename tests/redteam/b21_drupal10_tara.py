"""Blind-21 red-team site: a provincial social-development office (สำนักงานพัฒนาสังคมและความ
มั่นคงของมนุษย์จังหวัดสกลนคร) on **Drupal 10 with the contributed Tara theme** (drupar.com),
built blind.

What it imitates:
- Tara's page shell: `header#header` (site branding, `primary-menu-wrapper`, full-page search),
  the `page-header` band holding the page-title block (`h1.page-title`) and the breadcrumb,
  `div#main-wrapper` > `main#main.page-content` + `aside.sidebar` ("ข่าวล่าสุด", a Visitors
  counter block), the footer with "Theme by Drupar", an EU Cookie Compliance popup;
- the node template of Tara: `article.node.node-type-news` with `header.node-header` >
  `div.node-submitted-details` (`node-user` with the author's login, `node-date` with Drupal's
  'medium' format changed by the site builder to **'d/m/Y - H:i'**: "05/02/2024 - 10:30",
  day-first CE, easily read month-first) and `node-tags`;
- `div.node-content`: an optional image, the body, a date-only datetime field "วันที่จัดกิจกรรม"
  whose `<time datetime>` is Drupal's **noon UTC placeholder** ("2024-02-05T12:00:00Z", i.e.
  19:00 local: not the time of anything), the "ที่มา" field (label inline, some nodes), an
  attachment field "เอกสารแนบ" (some), the AddToAny buttons ("แชร์"), the links list with the
  statistics counter "อ่าน 1234 ครั้ง" and "พิมพ์", "แก้ไขล่าสุด: 07/02/2024 - 14:05" for edited
  nodes only; the comment section with "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น";
- metatag's `article:published_time` / `article:modified_time` ('Y-m-d\\TH:i:sO', **for every
  node**; the changed time equals the created time when the node was never edited);
- the content_bottom region: a Views block "ข่าวที่เกี่ยวข้อง" (titles and dates);
- the Views page `/news` with the **mini pager** (`?page=1`, query-only hrefs "‹‹" / "››",
  "หน้า 2" as the current item: no numbers, no last page);
- the deleted node: its alias went with it, so `/news/<nid>` falls through to the view's page
  route with the nid as contextual argument, which answers 200 with the view's empty text
  "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, esc, iso, main
from .b21c_common import B9Site, build, neighbours, record

SITE_NAME = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร"
SOURCES = [
    "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดสกลนคร",
    None,
    "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดสกลนคร",
    "บ้านพักเด็กและครอบครัวจังหวัดสกลนคร",
    None,
    "กลุ่มนโยบายและวิชาการ พมจ.สกลนคร",
    None,
]
AUTHORS = ["pr_sakon", "admin", "webmaster_msdhs"]
TERM_IDS = {
    "ประชาสัมพันธ์": 3,
    "ผู้ว่าราชการจังหวัด": 14,
    "เศรษฐกิจ": 8,
    "การศึกษา": 21,
    "สาธารณสุข": 9,
    "เกษตรกร": 27,
    "โควิด-19": 5,
    "ท่องเที่ยว": 33,
    "ความมั่นคง": 12,
    "สังคม": 2,
    "OTOP": 40,
    "SMEs": 41,
}
DELETED_ID = 3402
DELETED = f"/news/{DELETED_ID}"
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ฉบับแก้ไข)"


def dmy_hi(d: dt.datetime) -> str:
    """The site's 'medium' format 'd/m/Y - H:i'."""
    return f"{d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def html_datetime(d: dt.datetime) -> str:
    """metatag's [node:created:html_datetime] ('Y-m-d\\TH:i:sO')."""
    return d.strftime("%Y-%m-%dT%H:%M:%S+0700")


def long_ce(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class Drupal10TaraSite(B9Site):
    key = "b21_drupal10_tara"
    family = "drupal"
    imitates = (
        "Drupal 10 + Tara theme (drupar.com): page-header band with h1.page-title + breadcrumb, "
        "node-header/node-submitted-details (node-user login, node-date 'd/m/Y - H:i' day-first "
        "CE, node-tags), node-content with body, date-only field whose time[datetime] is the noon "
        "UTC placeholder, 'ที่มา' field, 'เอกสารแนบ', AddToAny, statistics 'อ่าน N ครั้ง', "
        "'แก้ไขล่าสุด' for edited nodes, metatag article:published/modified_time for every node, "
        "related Views block, comment login prompt; Views mini pager /news?page=N; deleted = "
        "view's empty text 'ไม่พบข้อมูล' (200)"
    )
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 29, dt.datetime(2024, 7, 12, 16, 40), first_id=3330, step=7
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # node:created is always printed with its time
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/news/{a.id}"
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["image"] = i % 3 == 0
            a.extra["attachment"] = i % 5 == 2
        assert DELETED_ID not in {a.id for a in self.articles}
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return (
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.js$\n"
            "Allow: /profiles/*.png\nAllow: /themes/*.css$\n# Directories\nDisallow: /core/\n"
            "Disallow: /profiles/\n# Files\nDisallow: /README.md\nDisallow: /web.config\n"
            "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
            "Disallow: /filter/tips\nDisallow: /node/add/\nDisallow: /search/\n"
            "Disallow: /user/register\nDisallow: /user/password\nDisallow: /user/login\n"
            "Disallow: /user/logout\n"
        )

    # ------------------------------------------------------------------ shell

    def shell(self, *, title, page_title, crumbs, content, bottom="", head="", body_class=""):
        latest = "".join(
            f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></li>'
            for a in self.articles[:5]
        )
        crumb_items = "".join(
            f'<li class="breadcrumb-item"><a href="{href}">{esc(text)}</a></li>'
            if href
            else f'<li class="breadcrumb-item">{esc(text)}</li>'
            for href, text in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}<link rel="icon" href="/sites/default/files/favicon.png" type="image/png" />
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/rss.xml" />
    <title>{esc(title)} | {SITE_NAME}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1xT4oRk2.css?delta=0&amp;language=th&amp;theme=tara&amp;include=eJxLzs8pSs3JTCxKTS1KBQA" />
    <link rel="stylesheet" media="all" href="/themes/contrib/tara/css/style.css?sbd1kx" />
    <link rel="stylesheet" media="all" href="/themes/contrib/tara/fonts/fontawesome/css/font-awesome.min.css?sbd1kx" />
  </head>
  <body class="{body_class} user-guest">
        <a href="#main-content" class="visually-hidden focusable">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
    <!-- Start: Header -->
<header id="header">
  <div class="header-top"><div class="container"><div class="header-top-container"><div class="header-top-left">โทร. 0 4271 1234 &nbsp; อีเมล sakonnakhon@m-society.go.th</div><div class="header-top-right social-icons"><a href="https://www.facebook.com/msdhs.sakon" target="_blank"><i class="fa fa-facebook" aria-hidden="true"></i></a> <a href="/rss.xml"><i class="fa fa-rss" aria-hidden="true"></i></a></div></div></div></div>
  <div class="header">
    <div class="container">
      <div class="header-container">
          <div class="site-branding-region">
              <div id="block-tara-branding" class="site-branding block block-system block-system-branding-block">
    <div class="site-logo"><a href="/" rel="home"><img src="/sites/default/files/logo-msdhs.png" alt="หน้าแรก" /></a></div>
    <div class="site-name-slogan"><p class="site-name"><a href="/" rel="home">{SITE_NAME}</a></p><div class="site-slogan">Sakon Nakhon Provincial Office of Social Development and Human Security</div></div>
</div>
          </div> <!--/.site-branding -->
          <div class="header-right">
            <div class="mobile-menu"><i class="fa fa-bars" aria-hidden="true"></i></div><!-- /mobile-menu -->
            <div class="primary-menu-wrapper">
              <div class="menu-wrap">
                <div class="close-mobile-menu"><i class="fa fa-times" aria-hidden="true"></i></div>
                <nav role="navigation" aria-labelledby="block-tara-main-menu-menu" id="block-tara-main-menu" class="block block-menu navigation menu-main">
  <h2 class="visually-hidden block-title" id="block-tara-main-menu-menu">Main navigation</h2>
  <ul class="main-menu menu"><li class="menu-item main-menu-item menu-item-level-1"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="menu-item main-menu-item menu-item-level-1 expanded menu-item-has-children"><span class="main-menu-item">เกี่ยวกับหน่วยงาน</span><ul class="submenu"><li class="menu-item"><a href="/about">ประวัติหน่วยงาน</a></li><li class="menu-item"><a href="/structure">โครงสร้างองค์กร</a></li></ul></li><li class="menu-item main-menu-item menu-item-level-1 menu-item--active-trail"><a href="/news" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item main-menu-item menu-item-level-1"><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li class="menu-item main-menu-item menu-item-level-1"><a href="/ita">ITA</a></li><li class="menu-item main-menu-item menu-item-level-1"><a href="/contact">ติดต่อเรา</a></li></ul>
</nav>
              </div>
            </div><!-- /primary-menu-wrapper -->
            <div class="full-page-search">
              <div class="search-icon"><a href="#"><i class="fa fa-search" aria-hidden="true"></i></a></div> <!--/.search icon -->
              <div class="search-box"><div class="search-box-close"></div><div class="search-box-content"><div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-tara-search" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">ค้นหา</label><input title="ป้อนคำที่คุณต้องการค้นหา" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="ค้นหา" class="button js-form-submit form-submit" /></div></form></div></div><div class="search-box-close"></div></div><!--/.search-box -->
            </div> <!--/.full-page-search -->
          </div> <!--/.header-right -->
      </div> <!--/.header-container -->
    </div> <!--/.container -->
  </div><!-- /.header -->
</header>
<!-- End: Header -->
<div id="page-header" class="page-header">
  <div class="container">
    <div class="page-header-container">
      <div id="block-tara-page-title" class="block block-core block-page-title-block">
  <h1 class="page-title">{page_title}</h1>
</div>
<div id="block-tara-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">
    <h2 id="system-breadcrumb" class="visually-hidden">เส้นทางนำทาง</h2>
    <ol>{crumb_items}</ol>
  </nav>
</div>
    </div>
  </div>
</div>
<div id="main-wrapper" class="main-wrapper">
  <div class="container">
  <div class="main-container">
    <main id="main" class="page-content">
      <a id="main-content" tabindex="-1"></a>
      <div data-drupal-messages-fallback class="hidden"></div>
      <div id="block-tara-content" class="block block-system block-system-main-block">
{content}
</div>
{bottom}
    </main>
    <aside id="sidebar-right" class="sidebar" role="complementary">
      <div class="views-element-container block block-views block-views-blocklatest-news-block-1" id="block-tara-views-block-latest-news">
  <h2 class="block-title">ข่าวล่าสุด</h2>
  <div class="block-content"><div class="view view-latest-news view-id-latest_news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div>
</div>
<div id="block-tara-visitors" class="block block-visitors block-visitors-block">
  <h2 class="block-title">สถิติผู้เข้าชม</h2>
  <div class="block-content"><ul><li>ผู้เข้าชมทั้งหมด: 284,913</li><li>ผู้เข้าชมวันนี้: 317</li><li>ผู้เข้าชมเมื่อวาน: 402</li></ul></div>
</div>
<div id="block-tara-links" class="block block-block-content">
  <h2 class="block-title">ลิงก์หน่วยงาน</h2>
  <div class="block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><a href="https://www.m-society.go.th">กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</a></p><p><a href="https://www.sakonnakhon.go.th">จังหวัดสกลนคร</a></p></div></div>
</div>
    </aside>
  </div>
  </div>
</div>
<!-- Start: Footer -->
<div id="footer">
  <div class="footer">
    <div class="container">
      <div class="footer-container"><div class="footer-block"><div class="block block-block-content"><div class="block-content"><p>{SITE_NAME}</p><p>ศาลากลางจังหวัดสกลนคร ชั้น 2 ถนนศูนย์ราชการ ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000</p></div></div></div></div>
    </div>
  </div>
  <div class="footer-bottom-last">
    <div class="container">
      <div class="footer-bottom-last-container">
        <div class="copyright">&copy; 2024 {SITE_NAME} สงวนลิขสิทธิ์</div>
        <div class="designer"><a href="https://drupar.com" target="_blank">Theme by Drupar</a></div>
      </div>
    </div>
  </div>
</div>
<!-- End: Footer -->
<div class="scrolltop"><i class="fa fa-angle-up" aria-hidden="true"></i></div>
  </div>
<div id="sliding-popup" class="sliding-popup-bottom" role="alertdialog" aria-describedby="popup-text"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--opt-in"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">นโยบายคุกกี้</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">ยอมรับทั้งหมด</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPathIsAdmin":false,"currentLanguage":"th"}},"eu_cookie_compliance":{{"cookie_name":"","popup_position":false}},"user":{{"uid":0,"permissionsHash":"4c1d7e"}}}}</script>
<script src="/sites/default/files/js/js_lb9yQ3zLx0.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=tara"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
  </body>
</html>"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        last = len(self.pages) - 1
        items = []
        if k > 0:
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปยังหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        items.append(f'<li class="pager__item is-active">หน้า {k + 1}</li>')
        if k < last:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปยังหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        return f"""<nav class="pager" role="navigation" aria-labelledby="pagination-heading--Xk2">
    <h4 id="pagination-heading--Xk2" class="visually-hidden">การแบ่งหน้า</h4>
    <ul class="pager__items js-pager__items">{"".join(items)}</ul>
  </nav>"""

    def listing(self, k):
        rows = [(a.path, a.title, a.published, a.views, a.extra["image"]) for a in self.pages[k]]
        if k == 1:
            when = (
                self.pages[1][4].published
                + (self.pages[1][3].published - self.pages[1][4].published) / 2
            )
            rows.insert(4, (DELETED, DELETED_TITLE, when, 0, False))
        out = []
        for path, title, d, views, img in rows:
            thumb = (
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/2024-0{d.month}/news-{path.rsplit("/", 1)[1]}.jpg" width="220" height="147" alt="" /></a></div></div>'
                if img
                else ""
            )
            out.append(
                f"""<div class="views-row">{thumb}<div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div><div class="views-field views-field-created"><span class="field-content"><i class="fa fa-calendar" aria-hidden="true"></i> {dmy_hi(d)[:10]}</span></div><div class="views-field views-field-totalcount"><span class="field-content"><i class="fa fa-eye" aria-hidden="true"></i> {views}</span></div></div>"""
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7a1f30c2">
      <div class="view-header"><p>ข่าวสารและกิจกรรมของ{SITE_NAME}</p></div>
      <div class="view-content">
{chr(10).join(out)}
    </div>
      {self.pager(k)}
      <div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">สมัครรับข้อมูล ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        return self.shell(
            title="ข่าวประชาสัมพันธ์",
            page_title="ข่าวประชาสัมพันธ์",
            crumbs=[("/", "หน้าแรก"), (None, "ข่าวประชาสัมพันธ์")],
            content=content,
            body_class="path-news",
        )

    # ------------------------------------------------------------------ node

    def related_for(self, a):
        others = [x for x in self.articles if x is not a]
        shared = [x for x in others if set(x.tags) & set(a.tags)]
        picked = (shared + [x for x in others if x not in shared])[:4]
        return picked

    def detail(self, a):
        changed = a.modified or a.published
        head = (
            f'<meta name="description" content="{esc(a.paras[0][:150])}" />\n'
            f'<link rel="canonical" href="{a.path}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
            f'<meta property="og:site_name" content="{SITE_NAME}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n'
            f'<meta property="article:published_time" content="{html_datetime(a.published)}" />\n'
            f'<meta property="article:modified_time" content="{html_datetime(changed)}" />\n'
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="node-tags">'
                + "".join(f'<a href="/taxonomy/term/{TERM_IDS[t]}">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        edited = (
            f'<div class="node-changed"><i class="fa fa-pencil" aria-hidden="true"></i> แก้ไขล่าสุด: {dmy_hi(a.modified)}</div>'
            if a.modified
            else ""
        )
        image = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item">  <img loading="lazy" src="/sites/default/files/styles/wide/public/2024-{a.published.month:02d}/IMG_{a.id}.jpg" width="1090" height="613" alt="ภาพกิจกรรม" />\n</div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        attach = (
            f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-{a.published.month:02d}/doc-{a.id}.pdf" type="application/pdf">doc-{a.id}.pdf</a></span>\n  <span>(412.8 KB)</span></div></div></div>'
            if a.extra["attachment"]
            else ""
        )
        d = a.published
        activity = f'<div class="field field--name-field-activity-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่จัดกิจกรรม</div><div class="field__item"><time datetime="{d.date().isoformat()}T12:00:00Z" class="datetime">{long_ce(d)}</time>\n</div></div>'
        share = f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="https://sakonnakhon.m-society.go.th{a.path}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">แชร์</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_button_copy_link"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=https%3A%2F%2Fsakonnakhon.m-society.go.th{a.path}"></a></span>'
        links = f'<ul class="links inline"><li class="statistics-counter">อ่าน {a.views} ครั้ง</li><li class="print-link"><a href="/print/view/pdf/news/{a.id}" rel="nofollow">พิมพ์</a></li></ul>'
        comments = f"""<section class="comments-section">
    <h2 class="comments-title">ความคิดเห็น</h2>
    <ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</li></ul>
</section>"""
        content = f"""<article data-history-node-id="{a.id}" class="node node-type-news node-view-mode-full">
  <header class="node-header">
    <div class="node-submitted-details">
      <div class="node-user">
        <i class="fa fa-user" aria-hidden="true"></i> <span><a title="ดูโปรไฟล์ผู้ใช้" href="/user/{3 + AUTHORS.index(a.extra["author"])}" class="username">{a.extra["author"]}</a></span>
      </div>
      <div class="node-date">
        <i class="fa fa-calendar" aria-hidden="true"></i> {dmy_hi(a.published)}
      </div>
      {edited}
      {tags}
    </div>
  </header>
  <div class="node-content">
    {image}
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
  {activity}
  {source}
  {attach}
  {share}
  {links}
{comments}
  </div>
</article>"""
        related = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{dmy_hi(x.published)[:10]}</span></div></div>'
            for x in self.related_for(a)
        )
        bottom = f"""<div class="content-bottom"><div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-tara-related-news">
  <h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2>
  <div class="block-content"><div class="view view-related-news view-id-related_news view-display-id-block_1"><div class="view-content">{related}</div></div></div>
</div></div>"""
        return self.shell(
            title=a.title,
            page_title=f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>',
            crumbs=[("/", "หน้าแรก"), ("/news", "ข่าวประชาสัมพันธ์"), (None, a.title)],
            content=content,
            bottom=bottom,
            head=head,
            body_class=f"path-node page-node-type-news node-{a.id}",
        )

    def deleted(self):
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-0c9e7d51">
      <div class="view-header"><p>ข่าวสารและกิจกรรมของ{SITE_NAME}</p></div>
      <div class="view-empty"><p>ไม่พบข้อมูล</p></div>
</div></div>"""
        return self.shell(
            title="ข่าวประชาสัมพันธ์",
            page_title="ข่าวประชาสัมพันธ์",
            crumbs=[("/", "หน้าแรก"), (None, "ข่าวประชาสัมพันธ์")],
            content=content,
            body_class="path-news",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์",
                f"อ่าน {a.views} ครั้ง",
                "พิมพ์",
                "วันที่จัดกิจกรรม",
                long_ce(a.published),
                "แก้ไขล่าสุด",
                dmy_hi(a.published),
                a.extra["author"],
                "เอกสารแนบ",
                f"doc-{a.id}.pdf",
                "ความคิดเห็น",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                *(x.title for x in self.related_for(a)),
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "ผู้เข้าชมทั้งหมด",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "Theme by Drupar",
                "ศาลากลางจังหวัดสกลนคร ชั้น 2",
                "เส้นทางนำทาง",
            ]
            rec = record(self, a, must_not)
            # metatag prints article:modified_time for every node (= created when never edited)
            rec["modified_at"] = iso(a.modified or a.published, True)
            out.append(rec)
        return out


SITE = Drupal10TaraSite()

if __name__ == "__main__":
    main(SITE)
