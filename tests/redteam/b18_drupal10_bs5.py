"""Blind-18 red-team site: a Drupal 10 site of a provincial agriculture office
(สำนักงานเกษตรจังหวัด) on the Bootstrap 5 contrib theme (drupal/bootstrap5), built blind.

What it imitates:
- a Views page `/news` with the full pager (`?page=1`, zero-based; `ul.pagination
  js-pager__items`, `page-item`/`page-link`, "« หน้าแรก" / "‹ ก่อนหน้า" / "ถัดไป ›" /
  "หน้าสุดท้าย »"), rows as Bootstrap cards with the teaser;
- pathauto aliases `news/[node:created:custom:Y/m]/[node:nid]` (**the month in the URL**);
- `<title>` "Title | Site", `h1.title.page-title` inside `block-page-title-block` above the
  node, the node template's `node__meta` "ส่งโดย admin เมื่อ ศ., 02/16/2024 - 10:30"
  (Drupal's default *medium* format "D, m/d/Y - H:i": **month first, CE year**, Thai weekday
  abbreviation) and a Metatag JSON-LD `datePublished`/`dateModified` (the changed stamp
  exists for every node, printed only in the JSON-LD: modified_at = that value);
- `field--name-body` with the text, the source as "ข่าว/ภาพ : ..." last paragraph for some;
  the AddToAny block (`a2a_kit`) and a "ข่าวที่เกี่ยวข้อง" views block (related content by
  tag) *inside* `node__content`, after the body;
- `field--name-field-tags` "แท็ก" as a field list of taxonomy links;
- node links `statistics-counter` "อ่าน 1,234 ครั้ง";
- a sidebar "ข่าวล่าสุด" view, a "สถิติผู้เข้าชม" counter block, an EU-cookie-compliance banner;
- the deleted (unpublished) node linked from page 2 answers 200 with the site's custom
  access-denied page "ไม่มีสิทธิ์เข้าถึง".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b13_common import UTC, B9Site, build, neighbours, record

SITE_NAME = "สำนักงานเกษตรจังหวัดสุพรรณบุรี"
SOURCES = [
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดสุพรรณบุรี",
    None,
    "กลุ่มส่งเสริมและพัฒนาการผลิต",
    None,
    None,
    "สำนักงานเกษตรอำเภอเมืองสุพรรณบุรี",
]
TAGS = ["เกษตรกร", "ข้าว", "ศพก.", "ภัยแล้ง", "Young Smart Farmer", "แปลงใหญ่", "สินค้าเกษตร"]
WEEKDAY_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_ID = 1187


def medium(d: dt.datetime) -> str:
    """Drupal's 'medium' date format 'D, m/d/Y - H:i' under the Thai interface translation."""
    return f"{WEEKDAY_ABBR[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


class DrupalBs5Site(B9Site):
    key = "b18_drupal10_bs5"
    family = "drupal"
    imitates = "Drupal 10 + Bootstrap 5 contrib theme: Views /news?page=N (zero-based full pager), aliases news/YYYY/MM/nid, h1.page-title block above the node, node__meta 'ส่งโดย admin เมื่อ ศ., 02/16/2024 - 10:30' (month-first CE), JSON-LD datePublished/dateModified (changed only there), 'ข่าว/ภาพ :' source line, AddToAny + 'ข่าวที่เกี่ยวข้อง' view inside node__content, tags field, 'อ่าน 1,234 ครั้ง'; deleted = custom access-denied page (200)"
    listing_path = "/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 3301, SOURCES, dt.datetime(2024, 9, 20, 15, 0), first_id=1160, step=2
        )
        for i, a in enumerate(self.articles):
            a.path = f"/news/{a.published.year}/{a.published.month:02d}/{a.id}"
            a.time_printed = True  # node__meta prints the time for every node
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3 + 1)]
            if not a.modified:
                a.modified = a.published  # 'changed' exists for every node
            a.views = a.views + 3
        self.deleted_path = f"/news/2024/07/{DELETED_ID}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, content, body_class, head_extra=""):
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
    <link rel="icon" href="/themes/contrib/bootstrap5/favicon.ico" type="image/vnd.microsoft.icon" />
{head_extra}
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq3bO1Y5w9.css?delta=0&amp;language=th&amp;theme=bootstrap5&amp;include=eJxLys" />
  </head>
  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden-focusable">ข้ามไปยังเนื้อหาหลัก</a>
      <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header>
  <nav class="navbar navbar-expand-lg navbar-dark text-light bg-success">
    <div class="container d-flex">
      <div class="region region-nav-branding">
        <div id="block-bootstrap5-branding" class="block block-system block-system-branding-block">
          <div class="navbar-brand d-flex align-items-center">
            <a href="/" title="หน้าแรก" rel="home" class="site-logo d-block"><img src="/sites/default/files/logo-doae.png" alt="หน้าแรก" /></a>
            <div><a href="/" title="หน้าแรก" rel="home" class="site-title">{SITE_NAME}</a></div>
          </div>
        </div>
      </div>
      <button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#navbarSupportedContent" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse justify-content-md-end flex-wrap" id="navbarSupportedContent">
        <div class="region region-nav-main">
<nav role="navigation" aria-labelledby="block-bootstrap5-main-menu-menu" id="block-bootstrap5-main-menu" class="block block-menu navigation menu--main">
  <h5 class="visually-hidden" id="block-bootstrap5-main-menu-menu">Main navigation</h5>
  <ul data-block="nav_main" class="navbar-nav justify-content-end flex-wrap nav-level-0">
    <li class="nav-item"><a href="/" class="nav-link" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li>
    <li class="nav-item"><a href="/about" class="nav-link">เกี่ยวกับหน่วยงาน</a></li>
    <li class="nav-item"><a href="/news" class="nav-link active is-active" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-item"><a href="/ita" class="nav-link">ITA</a></li>
    <li class="nav-item"><a href="/contact" class="nav-link">ติดต่อเรา</a></li>
  </ul>
</nav>
        </div>
        <div class="region region-nav-additional">
<div class="search-block-form block block-search" data-drupal-selector="search-block-form" id="block-bootstrap5-search-form-narrow" role="search">
  <form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-keys" class="visually-hidden">ค้นหา</label><input title="ป้อนคำที่คุณต้องการค้นหา" data-drupal-selector="edit-keys" type="search" id="edit-keys" name="keys" value="" size="15" maxlength="128" class="form-search form-control" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" value="ค้นหา" class="button js-form-submit form-submit btn btn-primary" /></div></form>
</div>
        </div>
      </div>
    </div>
  </nav>
</header>
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div class="region region-breadcrumb">
<div id="block-bootstrap5-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav aria-label="breadcrumb" class="container"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
    <ol class="breadcrumb">
      <li class="breadcrumb-item"><a href="/">หน้าแรก</a></li>
      <li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li>
    </ol>
  </nav>
</div>
  </div>
  <div class="container">
    <div class="row g-0">
      <div class="order-1 order-lg-2 col-12 col-lg-9">
        <div class="main-content">
{content}
        </div>
      </div>
      <div class="order-3 col-12 col-lg-3">
        <div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-bootstrap5-views-block-news-latest-block-1">
  <h2>ข่าวล่าสุด</h2>
  <div><div class="view view-news-latest view-id-news_latest view-display-id-block_1 js-view-dom-id-8c2f1">{latest}<div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div>
</div>
<div id="block-bootstrap5-visitorcounter" class="block block-block-content block-block-content9a1e">
  <h2>สถิติผู้เข้าชม</h2>
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>วันนี้ 214<br />เมื่อวาน 389<br />ทั้งหมด 1,284,117</p></div>
</div>
        </div>
      </div>
    </div>
  </div>
</main>
<footer class="mt-auto footer-dark text-light bg-dark">
  <div class="container">
    <div class="region region-footer">
<div id="block-bootstrap5-footer-address" class="block block-block-content">
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{SITE_NAME} ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลท่าพี่เลี้ยง อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี 72000 โทร. 0 3553 5041</p></div>
</div>
    </div>
  </div>
</footer>
      </div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-describedby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>เว็บไซต์นี้ใช้คุกกี้</h2><p>เราใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานเว็บไซต์ของท่าน</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
    <script src="/sites/default/files/js/js_kP8v7.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=bootstrap5"></script>
  </body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published, a.paras[0]))
            if k == 1 and j == 2:
                rows.append(
                    self.row(
                        self.deleted_path,
                        "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการส่งเสริมการปลูกพืชหลังนา ปี 2567",
                        dt.datetime(2024, 7, 3, 9, 15),
                        "สำนักงานเกษตรจังหวัดสุพรรณบุรีประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ",
                    )
                )
        n = len(self.pages)
        items = []
        if k:
            items.append(
                '<li class="page-item pager__item--first"><a href="?page=0" title="ไปยังหน้าแรก" class="page-link"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev" class="page-link"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for i in range(n):
            if i == k:
                items.append(
                    f'<li class="page-item is-active active" aria-current="page"><a href="?page={i}" title="หน้าปัจจุบัน" class="page-link"><span class="visually-hidden">หน้าปัจจุบัน</span>{i + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a href="?page={i}" title="ไปยังหน้า {i + 1}" class="page-link"><span class="visually-hidden">หน้า</span>{i + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next" class="page-link"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="page-item pager__item--last"><a href="?page={n - 1}" title="ไปยังหน้าสุดท้าย" class="page-link"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        content = f"""  <div class="region region-content">
<div id="block-bootstrap5-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">ข่าวประชาสัมพันธ์</h1>
</div>
<div id="block-bootstrap5-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3f0a9c">
  <div class="view-content row">{"".join(rows)}</div>
  <nav aria-label="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">แบ่งหน้า</h4>
    <ul class="pagination js-pager__items">{"".join(items)}</ul>
  </nav>
</div></div>
</div>
  </div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ | {SITE_NAME}", content, "path-news")

    def row(self, path, title, d, lead):
        return f"""<div class="views-row col-md-6 mb-3"><div class="card h-100">
<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/card_480/public/news/{path.rsplit("/", 1)[1]}.jpg" class="card-img-top" alt="" /></a></div></div>
<div class="card-body"><div class="views-field views-field-title"><h3 class="field-content card-title h5"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div>
<div class="views-field views-field-created"><span class="field-content"><time datetime="{d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ") if d.tzinfo else d.strftime("%Y-%m-%dT%H:%M:%SZ")}">{medium(d)}</time></span></div>
<div class="views-field views-field-body"><div class="field-content card-text">{esc(lead[:160])}…</div></div>
<div class="views-field views-field-view-node"><span class="field-content"><a href="{path}" hreflang="th" class="btn btn-sm btn-outline-success">อ่านต่อ</a></span></div></div>
</div></div>"""

    def related(self, a):
        rel = [b for b in self.articles if b is not a and set(b.tags) & set(a.tags)][:4]
        if not rel:
            rel = [b for b in self.articles if b is not a][:3]
        return rel

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f"<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        tags = "".join(
            f'<div class="field__item"><a href="/taxonomy/term/{40 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></div>'
            for t in a.tags
        )
        rel = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{b.path}" hreflang="th">{esc(b.title)}</a></span></div></div>'
            for b in self.related(a)
        )
        full = f"http://www.suphanburi.doae.go.th{a.path}"
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": a.title,
                    "datePublished": a.published.isoformat(),
                    "dateModified": a.modified.isoformat(),
                    "publisher": {"@type": "GovernmentOrganization", "name": SITE_NAME},
                }
            ],
        }
        head = f"""    <link rel="canonical" href="{full}" />
    <meta property="og:title" content="{esc(a.title)}" />
    <meta property="og:type" content="article" />
    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
        content = f"""  <div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-bootstrap5-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
</div>
<div id="block-bootstrap5-content" class="block block-system block-system-main-block">
<article data-history-node-id="{a.id}" class="node node--type-article node--promoted node--view-mode-full">
  <div class="node__meta">
    <span>ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>admin_news</span></span></span>
    เมื่อ <span class="field field--name-created field--type-created field--label-hidden">{medium(a.published)}</span>
  </div>
  <div class="node__content">
    <div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/news/{a.id}.jpg" width="1200" height="800" alt="" class="img-fluid" /></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{paras}</div>
    <div class="field field--name-field-tags field--type-entity-reference field--label-above">
      <div class="field__label">แท็ก</div>
      <div class="field__items">{tags}</div>
    </div>
    <span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{full}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_button_email"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={full}">แชร์</a></span>
    <div class="views-element-container"><div class="view view-related-content view-id-related_content view-display-id-block_1 js-view-dom-id-a7e41">
      <div class="view-header"><h3>ข่าวที่เกี่ยวข้อง</h3></div>
      <div class="view-content">{rel}</div>
    </div></div>
  </div>
  <ul class="links inline list-inline"><li class="statistics-counter list-inline-item">อ่าน {a.views:,} ครั้ง</li><li class="comment-forbidden list-inline-item"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</li></ul>
</article>
</div>
  </div>"""
        return self.shell(
            f"{a.title} | {SITE_NAME}",
            content,
            f"path-node page-node-type-article page-node-{a.id}",
            head,
        )

    def deleted(self):
        content = """  <div class="region region-content">
<div id="block-bootstrap5-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">ไม่มีสิทธิ์เข้าถึง</h1>
</div>
<div id="block-bootstrap5-content" class="block block-system block-system-main-block">
  คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้
</div>
  </div>"""
        return self.shell(f"ไม่มีสิทธิ์เข้าถึง | {SITE_NAME}", content, "path-system")

    def robots(self):
        return (
            "# robots.txt (Drupal core)\nUser-agent: *\nDisallow: /core/\nDisallow: /profiles/\n"
            "Disallow: /admin/\nDisallow: /comment/reply/\nDisallow: /search/\nDisallow: /user/login\n"
            "Disallow: /user/register\nDisallow: /node/add/\n"
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ข่าวที่เกี่ยวข้อง",
                *[b.title for b in self.related(a)],
                "แท็ก",
                "ครั้ง",
                "ส่งโดย",
                "admin_news",
                "แชร์",
                "เข้าสู่ระบบ",
                "เพื่อแสดงความคิดเห็น",
                "ข่าว/ภาพ",
                "สถิติผู้เข้าชม",
                "1,284,117",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนสุพรรณบุรี-ชัยนาท",
                "ดูทั้งหมด",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = DrupalBs5Site()

if __name__ == "__main__":
    main(SITE)
