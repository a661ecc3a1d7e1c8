"""Blind-4 red-team site: a department on Drupal 9 with the Bootstrap Barrio theme, built
blind.

What it imitates (facts about Drupal 9 + Barrio printed markup, not their code):
- `/node/N` paths (no pathauto), `dialog-off-canvas-main-canvas`, Barrio's navbar,
  `ol.breadcrumb` ending in the headline, the page-title block (`h1.title` >
  `span.field--name-title`) outside the node;
- submitted line off; instead a date-and-time field "วันที่ข่าว" printed inline with the
  custom format `Y-m-d H:i`: `<time datetime="2018-10-03T10:08:00Z">2018-10-03 17:08</time>`
  (ISO date, local time visible, UTC in the attribute); no modified date;
- `field--name-body` (`clearfix text-formatted`), then "แหล่งข่าว" (field_source, label
  above), "แท็ก" (field_tags), node links with the statistics counter "อ่านแล้ว 87 ครั้ง",
  the comment section heading "แสดงความคิดเห็น" with "เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดง
  ความคิดเห็น";
- the Views listing `/news` with a views_infinite_scroll-style **load-more** pager only:
  `<a class="button" href="?page=1" rel="next">โหลดเพิ่มเติม</a>` (real href, query-only,
  0-based); "ข่าวยอดนิยม" popular block with hit counts in the sidebar;
- the deleted item: a node titled "ไม่พบข้อมูล" with an empty body (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, Article, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b4_common import ensure_source

SITE_NAME = "กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน"
PER_PAGE = 9
SOURCES = ["กลุ่มประชาสัมพันธ์ พพ.", None, "สำนักงานพลังงานจังหวัดขอนแก่น", "กองพัฒนาพลังงานทดแทน"]
DELETED = "/node/4001"
UTC = dt.UTC


def ymd_hi(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%d %H:%M")


def build() -> list[Article]:
    arts = make_articles(
        "b4_drupal9_barrio", 25, start=dt.datetime(2019, 3, 29, 18, 0, tzinfo=TZ), offset=29
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 4010 + (n - i) * 4
        a.time_printed = True
        a.modified = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/node/{a.id}"
    return arts


class BarrioSite(BaseSite):
    key = "b4_drupal9_barrio"
    family = "drupal"
    imitates = "Drupal 9 + Bootstrap Barrio: /node/N, date field 'วันที่ข่าว' as '2018-10-03 17:08' (UTC datetime), 'อ่านแล้ว N ครั้ง', load-more pager ?page=N"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)
        self.popular = sorted(self.articles, key=lambda x: -x.views)[:5]

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, title, body_cls, crumbs, content, head=""):
        popular = "".join(
            f'<li><a href="{base}{x.path}" hreflang="th">{esc(x.title)}</a> <span class="count">({x.views:,})</span></li>'
            for x in self.popular
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
{head}
<title>{esc(title)} | {SITE_NAME}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xb2m0.css" />
<link rel="stylesheet" media="all" href="/themes/contrib/bootstrap_barrio/css/components/node.css?s8h2k" />
</head>
<body class="{body_cls}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="page-wrapper"><div id="page">
<header id="header" class="header" role="banner" aria-label="ส่วนหัวของเว็บไซต์">
<nav class="navbar navbar-dark bg-primary navbar-expand-lg" id="navbar-main"><div class="container">
<a href="/" title="หน้าแรก" rel="home" class="navbar-brand"><img src="/sites/default/files/logo_dede.png" alt="หน้าแรก" class="img-fluid d-inline-block align-top" /> {SITE_NAME}</a>
<button class="navbar-toggler navbar-toggler-right" type="button" data-toggle="collapse" data-target="#CollapsingNavbar" aria-controls="CollapsingNavbar" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse justify-content-end" id="CollapsingNavbar"><nav role="navigation" aria-labelledby="block-barrio-main-menu-menu" id="block-barrio-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-barrio-main-menu-menu">Main navigation</h2><ul class="clearfix nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link">หน้าแรก</a></li><li class="nav-item"><a href="/news" class="nav-link is-active">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/node/12" class="nav-link">เกี่ยวกับกรม</a></li></ul></nav></div>
</div></nav>
</header>
<div id="main-wrapper" class="layout-main-wrapper clearfix"><div id="main" class="container">
<div id="block-barrio-breadcrumbs" class="block block-system block-system-breadcrumb-block"><div class="content"><nav role="navigation" aria-label="breadcrumb" style=""><ol class="breadcrumb">{crumbs}</ol></nav></div></div>
<div class="row row-offcanvas row-offcanvas-left clearfix">
<main class="main-content col" id="content" role="main"><section class="section"><a id="main-content" tabindex="-1"></a>
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-barrio-page-title" class="block block-core block-page-title-block"><div class="content"><h1 class="title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1></div></div>
<div id="block-barrio-content" class="block block-system block-system-main-block"><div class="content">
{content}
</div></div>
</section></main>
<div class="sidebar_second sidebar col-md-3 order-last" id="sidebar_second"><aside class="section" role="complementary">
<div class="views-element-container block block-views block-views-blockpopular-block-1" id="block-views-block-popular-block-1"><h2>ข่าวยอดนิยม</h2><div class="content"><div class="item-list"><ul>{popular}</ul></div></div></div>
</aside></div>
</div></div></div>
<footer class="site-footer"><div class="container"><div class="site-footer__top clearfix"><section class="row region region-footer-first"><div id="block-footeraddress" class="block-content block"><div class="content"><div class="clearfix text-formatted field field--name-body"><p>{SITE_NAME} 17 ถนนพระรามที่ 1 แขวงรองเมือง เขตปทุมวัน กรุงเทพฯ 10330</p></div></div></div></section></div></div></footer>
</div></div>
</div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentLanguage":"th"}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
<script src="/sites/default/files/js/js_Ab9x2.js"></script>
</body>
</html>
"""

    def crumbs(self, last):
        out = '<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        if last:
            out += f'<li class="breadcrumb-item active">{esc(last)}</li>'
        return out

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n]):
            rows.append(f"""<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="{a.path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/medium/public/news/{a.id}.jpg" width="220" height="147" alt="" class="image-style-medium" /></a></div></div>
<div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div>
<div class="views-field views-field-field-news-date"><div class="field-content"><time datetime="{a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}" class="datetime">{ymd_hi(a.published)}</time></div></div></div>""")
            if n == 1 and k == 6:
                rows.append(
                    f"""<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{DELETED}" hreflang="th">ประกาศผลการพิจารณาโครงการส่งเสริมการใช้พลังงานทดแทน</a></span></div></div>"""
                )
        more = ""
        if n + 1 < len(self.pages):
            more = f'<ul class="js-pager__items pager" data-drupal-views-infinite-scroll-pager="manual"><li class="pager__item"><a class="button" href="?page={n + 1}" title="โหลดเพิ่มเติม" rel="next">โหลดเพิ่มเติม</a></li></ul>'
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3f2a9c">
<div class="view-content row"><div data-drupal-views-infinite-scroll-content-wrapper class="views-infinite-scroll-content-wrapper clearfix">
{chr(10).join(rows)}
</div></div>
{more}
</div></div>"""
        return self.html_response(
            self.shell(
                base,
                "ข่าวประชาสัมพันธ์",
                "layout-one-sidebar layout-sidebar-second path-news",
                self.crumbs(None),
                content,
            )
        )

    def node(self, base, a: Article):
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = ""
        if a.source:
            src = f'<div class="field field--name-field-source field--type-string field--label-above"><div class="field__label">แหล่งข่าว</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">แท็ก</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{30 + k}" hreflang="th">{esc(t)}</a></div>'
                    for k, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        utc = a.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        content = f"""<article data-history-node-id="{a.id}" role="article" about="{a.path}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__content clearfix">
<div class="field field--name-field-news-date field--type-datetime field--label-inline"><div class="field__label">วันที่ข่าว</div><div class="field__item"><time datetime="{utc}" class="datetime">{ymd_hi(a.published)}</time></div></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/news/{a.id}.jpg" width="960" height="640" alt="" /></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{text}</div>
{src}
{tags}
<div class="node__links"><ul class="links inline"><li class="statistics-counter">อ่านแล้ว {a.views:,} ครั้ง</li></ul></div>
<section class="comment-section">
<h2 class="title">แสดงความคิดเห็น</h2>
<p class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</p>
</section>
</div>
</article>"""
        head = f'<link rel="canonical" href="{a.path}" />\n<link rel="shortlink" href="{a.path}" />'
        return self.html_response(
            self.shell(
                base,
                a.title,
                f"layout-one-sidebar layout-sidebar-second page-node-{a.id} path-node node--type-article",
                self.crumbs(a.title),
                content,
                head,
            )
        )

    def deleted(self, base):
        content = '<article role="article" about="/node/4001" class="node node--type-article node--view-mode-full"><div class="node__content clearfix"></div></article>'
        return self.html_response(
            self.shell(
                base, "ไม่พบข้อมูล", "path-node page-node-4001", self.crumbs("ไม่พบข้อมูล"), content
            )
        )

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                return self.listing(base, int(qs1(query, "page", "0") or 0))
            except ValueError:
                return None
        if p in self.by_path:
            return self.node(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "วันที่ข่าว",
                ymd_hi(a.published),
                "แหล่งข่าว",
                "แท็ก",
                "อ่านแล้ว",
                "แสดงความคิดเห็น",
                "สมัครสมาชิก",
                "ข่าวยอดนิยม",
                "ข้ามไปยังเนื้อหาหลัก",
            ]
            must_not += [x.title for x in self.popular if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = BarrioSite()

if __name__ == "__main__":
    main(SITE)
