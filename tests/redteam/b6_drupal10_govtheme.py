"""Blind-6 red-team site: a department on Drupal 10 with a custom government theme (a
Bootstrap 5 / Radix subtheme made by a local vendor), built blind.

What it imitates:
- pathauto aliases `/pr/2024/1234` (`/pr/[node:created:custom:Y]/[node:nid]`), a language
  prefix-free site with a "TH | EN" switcher, accessibility bar ("ขนาดตัวอักษร", "ความคมชัด"),
  a mega menu, `dialog-off-canvas-main-canvas`;
- the Views page `/pr` ("ข่าวประชาสัมพันธ์") as a card grid with the **full pager**:
  query-only hrefs `?page=1` (0-based), "« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›",
  "หน้าสุดท้าย »";
- the node: page-title block (`h1.page-title > span.field--name-title`) outside the node,
  breadcrumb "หน้าแรก › ข่าวสาร › ข่าวประชาสัมพันธ์"; a field "วันที่ข่าว" printed by the
  theme as "15 ก.พ. 2567 เวลา 10:30 น." inside `<time datetime="2024-02-15T03:30:00Z">`
  (UTC in the attribute); `field--name-body`; a "ที่มา" field (inline label);
  an image gallery field (colorbox, captions) and "เอกสารแนบ" file list with sizes; tags
  "คำสำคัญ"; node links with "จำนวนผู้เข้าชม 87 ครั้ง"; AddToAny "แบ่งปัน";
- the theme's footer line "ปรับปรุงข้อมูลล่าสุด: 16/02/2567 09:12" on every node (the node's
  `changed`; equal to the creation time for never-edited nodes);
- "ข่าวที่เกี่ยวข้อง" and "ข่าวยอดนิยม" Views blocks, a footer with the address and a
  visitor counter;
- the deleted node: 200, the node template with "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, BaseSite, be, esc, expected_record, main, paginate, qs1
from .b6_common import build, hm

SITE_NAME = "กรมส่งเสริมการเกษตร"
SOURCES = ["กองส่งเสริมและพัฒนาเกษตรกร", "สำนักงานเกษตรจังหวัดสุพรรณบุรี", None, "กลุ่มประชาสัมพันธ์และเผยแพร่"]
PER_PAGE = 10
DELETED = "/pr/2024/2101"
UTC = dt.UTC


def zulu(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def newsdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)} เวลา {hm(d)} น."


def numeric(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be(d)} {hm(d)}"


class GovThemeSite(BaseSite):
    key = "b6_drupal10_govtheme"
    family = "drupal"
    imitates = "Drupal 10 + custom Bootstrap 5 gov theme: /pr/2024/1234 aliases, full pager ?page=N, 'วันที่ข่าว' '15 ก.พ. 2567 เวลา 10:30 น.' with UTC datetime, 'ที่มา' field, gallery and files fields, 'จำนวนผู้เข้าชม 87 ครั้ง', 'ปรับปรุงข้อมูลล่าสุด' for every node"
    listing_path = "/pr"

    def __init__(self):
        self.articles = build(
            self.key, 22, 3, SOURCES, dt.datetime(2024, 5, 20, 17, 0), first_id=2100, step=5
        )
        for a in self.articles:
            a.modified = a.modified or a.published
            a.path = f"/pr/{a.published.year}/{a.id}"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/pr"] + [f"/pr?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 5]] or self.articles[1:5]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def shell(self, base, title, content, crumbs, node_path=None, changed=None, sidebar=True):
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs
        )
        pop = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div><div class="views-field views-field-totalcount"><span class="field-content">{x.views:,} ครั้ง</span></div></div>'
            for x in self.popular()
        )
        side = (
            f"""<aside class="col-lg-4 region region-sidebar-second" role="complementary"><div id="block-views-block-popular-news-block-1" class="block block-views block-views-blockpopular-news-block-1"><h2 class="block__title">ข่าวยอดนิยม</h2><div class="block__content"><div class="views-element-container"><div class="view view-popular-news view-id-popular_news view-display-id-block_1">{pop}</div></div></div></div><div id="block-ebook" class="block block-block-content"><h2 class="block__title">วารสารออนไลน์</h2><div class="block__content"><a href="/ebook"><img src="/sites/default/files/banner/ebook.jpg" alt="วารสารส่งเสริมการเกษตร"></a></div></div></aside>"""
            if sidebar
            else ""
        )
        current = ("node\\/" + node_path.rsplit("/", 1)[1]) if node_path else "pr"
        updated = (
            f'<div class="last-updated">ปรับปรุงข้อมูลล่าสุด: {numeric(changed)}</div>' if changed else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{f'<link rel="canonical" href="{base}{node_path}" /><link rel="shortlink" href="{base}/node/{node_path.rsplit("/", 1)[1]}" />' if node_path else ""}
<title>{esc(title)} | {SITE_NAME}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yh3pQm0cX2.css?delta=0&amp;language=th&amp;theme=doae_gov&amp;include=eJxtjFEKwzAMQy" />
</head>
<body class="path-{"node page-node-type-news" if node_path else "pr"}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<div class="topbar"><div class="container d-flex"><div class="accessibility">ขนาดตัวอักษร <button class="fs-sm">ก</button><button class="fs-md">ก</button><button class="fs-lg">ก</button> ความคมชัด <button class="contrast-normal">ปกติ</button><button class="contrast-high">สูง</button></div><div class="language-switcher-language-url ms-auto"><ul class="links"><li hreflang="th" class="th is-active"><a href="{node_path or "/pr"}" class="language-link is-active" hreflang="th">TH</a></li><li hreflang="en" class="en"><a href="/en{node_path or "/pr"}" class="language-link" hreflang="en">EN</a></li></ul></div></div></div>
<header role="banner" class="site-header"><div class="container"><div class="region region-header"><div id="block-doae-gov-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/doae_gov/logo.svg" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{SITE_NAME}</a></div><div class="site-slogan">Department of Agricultural Extension</div></div></div>
<nav role="navigation" aria-labelledby="block-doae-gov-main-menu-menu" id="block-doae-gov-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-doae-gov-main-menu-menu">Main navigation</h2><ul class="nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link">หน้าแรก</a></li><li class="nav-item dropdown"><a href="/about" class="nav-link dropdown-toggle">เกี่ยวกับกรม</a></li><li class="nav-item active"><a href="/pr" class="nav-link is-active">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/procurement" class="nav-link">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a href="/contact" class="nav-link">ติดต่อเรา</a></li></ul></nav></div></header>
<div class="page-head"><div class="container"><div class="region region-breadcrumb"><div id="block-doae-gov-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">{crumb}</ol></nav></div></div>
<div class="region region-page-title"><div id="block-doae-gov-page-title" class="block block-core block-page-title-block"><h1 class="page-title">{content[0]}</h1></div></div></div></div>
<main role="main" class="main-content"><a id="main-content" tabindex="-1"></a><div class="container"><div class="row">
<div class="{"col-lg-8" if sidebar else "col-12"} region region-content"><div data-drupal-messages-fallback class="hidden"></div><div id="block-doae-gov-content" class="block block-system block-system-main-block">
{content[1]}
</div>{content[2]}</div>
{side}
</div>{updated}</div></main>
<footer role="contentinfo" class="site-footer"><div class="container"><div class="region region-footer"><div id="block-footer-address" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{SITE_NAME} 2143/1 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900</p><p>โทรศัพท์ 0-2579-0121 | สายด่วน 1170</p></div></div><div id="block-visitors" class="block block-visitors"><h2>สถิติผู้เข้าชม</h2><ul><li>ผู้เข้าชมทั้งหมด: 2,845,117</li><li>ผู้เข้าชมวันนี้: 1,032</li></ul></div></div><div class="copyright">สงวนลิขสิทธิ์ © 2567 {SITE_NAME}</div></div></footer>
</div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"{current}","currentPathIsAdmin":false,"isFront":false,"currentLanguage":"th"}},"pluralDelimiter":"\\u0003","suppressDeprecationErrors":true,"user":{{"uid":0,"permissionsHash":"5a2f1c"}}}}</script>
<script src="/sites/default/files/js/js_kQx1.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=doae_gov"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n]):
            rows.append(
                f"""<div class="col-md-6 views-row"><div class="card news-card"><div class="views-field views-field-field-image"><div class="field-content"><a href="{a.path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/card_400x250/public/news/{a.published.year}/{a.id}.jpg" width="400" height="250" alt="" class="image-style-card-400x250 img-fluid" /></a></div></div><div class="card-body"><div class="views-field views-field-field-news-date"><div class="field-content"><time datetime="{zulu(a.published)}" class="datetime">{newsdate(a.published)}</time></div></div><div class="views-field views-field-title"><h3 class="field-content card-title"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></h3></div><div class="views-field views-field-totalcount"><span class="field-content"><i class="fa fa-eye"></i> {a.views:,}</span></div></div></div></div>"""
            )
            if n == 1 and k == 6:
                rows.append(
                    f"""<div class="col-md-6 views-row"><div class="card news-card"><div class="card-body"><div class="views-field views-field-title"><h3 class="field-content card-title"><a href="{DELETED}" hreflang="th">ขอเชิญเกษตรกรเข้าร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่</a></h3></div></div></div></div>"""
                )
        last = len(self.pages) - 1
        items = []
        if n > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={n - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for k in range(len(self.pages)):
            items.append(
                f'<li class="pager__item is-active"><a href="?page={k}" title="หน้าปัจจุบัน" aria-current="page"><span class="visually-hidden">หน้าปัจจุบัน</span>{k + 1}</a></li>'
                if k == n
                else f'<li class="pager__item"><a href="?page={k}" title="ไปหน้า {k + 1}"><span class="visually-hidden">หน้า</span>{k + 1}</a></li>'
            )
        if n < last:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={n + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={last}" title="ไปหน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        view = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8f2c41d0a6">
<div class="view-content row">
{chr(10).join(rows)}
</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>
</div></div>"""
        crumbs = [("หน้าแรก", "/"), ("ข่าวสาร", "/news-center")]
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", ("ข่าวประชาสัมพันธ์", view, ""), crumbs)
        )

    def detail(self, base, a):
        nid = a.id
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        gallery = "".join(
            f'<div class="field__item"><a href="/sites/default/files/news/{a.published.year}/{nid}_{k}.jpg" title="ภาพประกอบข่าว {k}" data-colorbox-gallery="gallery-node-{nid}-field_gallery" class="colorbox" aria-controls="colorbox"><img src="/sites/default/files/styles/thumbnail/public/news/{a.published.year}/{nid}_{k}.jpg" width="100" height="67" alt="ภาพประกอบข่าว {k}" loading="lazy" /></a></div>'
            for k in range(1, 4)
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><h3 class="field__label inline">คำสำคัญ</h3><ul class="links field__items">'
                + "".join(
                    f'<li><a href="/taxonomy/term/{40 + k}" hreflang="th">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul></div>"
            )
        node = f"""<article data-history-node-id="{nid}" role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__content">
<div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่ข่าว</div><div class="field__item"><time datetime="{zulu(a.published)}" class="datetime">{newsdate(a.published)}</time></div></div>
<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/large/public/news/{a.published.year}/{nid}.jpg" width="800" height="533" alt="" class="image-style-large img-fluid" /></div>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{source}
<div class="field field--name-field-gallery field--type-image field--label-above"><div class="field__label">ภาพกิจกรรม</div><div class="field__items">{gallery}</div></div>
<div class="field field--name-field-attach field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/news/{a.published.year}/pr{nid}.pdf" type="application/pdf">pr{nid}.pdf</a></span><span class="file-size">({120 + nid % 300}.4 KB)</span></div></div></div>
{tags}
</div>
<div class="node__links"><ul class="links inline"><li class="statistics-counter">จำนวนผู้เข้าชม {a.views:,} ครั้ง</li></ul></div>
<div class="addtoany-wrapper"><span class="a2a-label">แบ่งปัน</span><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{base}{a.path}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_button_print"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={base}{a.path}"></a></span></div>
</article>"""
        rel = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div><div class="views-field views-field-field-news-date"><div class="field-content"><time datetime="{zulu(x.published)}" class="datetime">{newsdate(x.published)}</time></div></div></div>'
            for x in self.related(a)
        )
        after = f"""<div class="views-element-container block block-views block-views-blocknews-block-related" id="block-views-block-news-block-related"><h2 class="block__title">ข่าวที่เกี่ยวข้อง</h2><div class="block__content"><div class="view view-news view-id-news view-display-id-block_related">{rel}</div></div></div>"""
        title = f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>'
        crumbs = [("หน้าแรก", "/"), ("ข่าวสาร", "/news-center"), ("ข่าวประชาสัมพันธ์", "/pr")]
        return self.html_response(
            self.shell(
                base, a.title, (title, node, after), crumbs, node_path=a.path, changed=a.modified
            )
        )

    def deleted(self, base):
        node = """<article role="article" class="node node--type-news node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>ไม่พบข้อมูล</p></div></div></article>"""
        crumbs = [("หน้าแรก", "/"), ("ข่าวสาร", "/news-center"), ("ข่าวประชาสัมพันธ์", "/pr")]
        return self.html_response(
            self.shell(
                base,
                "ไม่พบข้อมูล",
                (
                    '<span class="field field--name-title field--type-string field--label-hidden"></span>',
                    node,
                    "",
                ),
                crumbs,
                node_path=DELETED,
            )
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/pr"}, b""
        if path == "/pr":
            p = qs1(query, "page", "0")
            return self.listing(base, int(p)) if p.isdigit() else None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"จำนวนผู้เข้าชม {a.views:,} ครั้ง",
                "ปรับปรุงข้อมูลล่าสุด",
                "วันที่ข่าว",
                "ภาพประกอบข่าว",
                "เอกสารแนบ",
                "แบ่งปัน",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวยอดนิยม",
                "ขนาดตัวอักษร",
                "สถิติผู้เข้าชม",
                f"pr{a.id}.pdf",
            ] + [x.title for x in self.related(a)]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = GovThemeSite()

if __name__ == "__main__":
    main(SITE)
