"""Blind-17 red-team site: Drupal 9 with the Thunder distribution (thunder_base / a Bootstrap
sub-theme, paragraphs), of a department's public-relations section, built blind.

What it imitates:
- Pathauto aliases `/channel/news/article-<id>`, the channel view `/channel/news` paged by
  zero-based `?page=1`, `?page=2` (Drupal's pager, "‹‹ หน้าแรก", "หน้าถัดไป ›");
- `<title>` from `field_seo_title`, a **shorter, different title** than the headline; the
  headline is the page-title block `h1.page-title > span.field--name-title`;
- Thunder's German-style date format "15.02.2567 - 10:30" (dotted, **BE year**) after
  "เผยแพร่", "แก้ไขล่าสุด 20.02.2567 - 13:05" only for edited nodes;
- statistics counter "อ่าน ๑,๒๓๔ ครั้ง" (**Thai digits**, comma);
- the body as `field_paragraphs`: text paragraphs, an image paragraph with a caption, a
  "quote" paragraph carrying "เรียบเรียง : <office>" for some nodes, and a "ข่าวที่เกี่ยวข้อง"
  link-list paragraph **among the paragraphs**;
- `field_tags` as "แท็ก" list, a shariff share bar, channel breadcrumb;
- the unpublished node (linked from page 2) answers 200 with the access-denied page.
"""

from __future__ import annotations

import datetime as dt

from ._common import be, esc, main, thai_digits
from .b17_common import TZ, B9Site, build, commas, hm, record

OFFICE = "กรมส่งเสริมการปกครองท้องถิ่น"
SOURCES = [None, "กลุ่มงานประชาสัมพันธ์ สถ.", None, None, "ส่วนส่งเสริมการจัดการศึกษาท้องถิ่น สถ."]
DELETED = "/channel/news/article-7733"


def tdate(d: dt.datetime) -> str:
    return f"{d.day:02d}.{d.month:02d}.{be(d)} - {hm(d)}"


class ThunderSite(B9Site):
    key = "b17_drupal9_thunder"
    family = "drupal"
    imitates = "Drupal 9 Thunder: /channel/news/article-<id>, ?page=N (zero-based), <title> from a shorter field_seo_title, h1.page-title headline, '15.02.2567 - 10:30' dotted BE dates, 'แก้ไขล่าสุด' only when edited, 'อ่าน ๑,๒๓๔ ครั้ง' Thai digits, paragraphs with image caption, 'เรียบเรียง :' quote paragraph and a related link-list paragraph among them, tags, shariff; deleted = access denied (200)"
    listing_path = "/channel/news"
    per_page = 7

    def __init__(self):
        self.articles = build(
            self.key, 21, 733, SOURCES, dt.datetime(2024, 8, 30, 17, 0), first_id=7740, step=2
        )
        for a in self.articles:
            a.path = f"/channel/news/article-{a.id}"
            a.time_printed = True
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content):
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (Thunder | https://www.thunder.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk3.css" />
</head>
<body class="path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header"><div class="container"><div class="region region-header"><div id="block-thunder-base-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/dla/logo.svg" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div></div></div>
<nav role="navigation" id="block-thunder-base-main-menu"><ul class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item menu-item--active-trail"><a href="/channel/news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/channel/law">กฎหมาย ระเบียบ</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<main role="main" class="container"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div>
<aside class="region region-sidebar"><div class="block block-views block-views-blockfrontpage-block-1"><h2 class="block-title">ข่าวล่าสุด</h2><div class="view-content"><ul>{"".join(f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a></li>' for x in self.articles[:5])}</ul></div></div>
<div class="block block-statistics-counter"><h2 class="block-title">สถิติการเข้าชม</h2><div>ออนไลน์ขณะนี้ 57 คน<br>ทั้งหมด 12,448,190 ครั้ง</div></div></aside>
</main>
<footer class="footer"><div class="container"><div class="region region-footer">{OFFICE} ถนนนครราชสีมา เขตดุสิต กรุงเทพมหานคร 10300 โทร 0 2241 9000</div></div></footer>
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="eu-cookie-compliance-banner"><div class="popup-content info"><div id="popup-text"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-secondary-button">ยอมรับทั้งหมด</button></div></div></div></div>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published))
            if k == 1 and j == 1:
                rows.append(
                    self.row(
                        DELETED,
                        "สถ. แจ้งแนวทางการจัดสรรเงินอุดหนุนทั่วไป ประจำปีงบประมาณ พ.ศ. 2568",
                        dt.datetime(2024, 6, 11, 9, 30, tzinfo=TZ),
                    )
                )
        n = len(self.pages)
        items = []
        if k:
            items.append(
                '<li class="pager__item pager__item--first"><a href="/channel/news" title="ไปยังหน้าแรก"><span aria-hidden="true">‹‹</span> หน้าแรก</a></li>'
            )
        for i in range(n):
            items.append(
                f'<li class="pager__item{" is-active" if i == k else ""}"><a href="{self.page_url(i)}" title="ไปยังหน้า {i + 1}">{i + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="{self.page_url(k + 1)}" title="ไปยังหน้าถัดไป" rel="next">หน้าถัดไป <span aria-hidden="true">›</span></a></li>'
            )
        content = f"""<div id="block-thunder-base-page-title" class="block block-core block-page-title-block"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div class="views-element-container"><div class="view view-taxonomy-term view-id-taxonomy_term view-display-id-page_1"><div class="view-content">{"".join(rows)}</div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav></div></div>"""
        return self.shell("ข่าวประชาสัมพันธ์ | " + OFFICE, content)

    def row(self, path, title, d):
        return f"""<div class="views-row"><article role="article" class="node node--type-article node--view-mode-teaser"><a href="{path}"><img src="/sites/default/files/styles/teaser/public/{path.rsplit("-", 1)[1]}.jpg" alt="" /></a><div class="channel">ข่าวประชาสัมพันธ์</div><h2><a href="{path}" rel="bookmark"><span class="field field--name-title">{esc(title)}</span></a></h2><div class="node__meta">{tdate(d)}</div></article></div>"""

    def detail(self, a):
        paras = [
            f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item"><p>{esc(p)}</p></div></div>'
            for p in a.paras
        ]
        rel = [x for x in self.articles if x is not a][-3:]
        img = f'<div class="paragraph paragraph--type--image"><figure><img src="/sites/default/files/2024-08/{a.id}-1.jpg" alt="" /><figcaption class="field--name-field-description">ภาพประกอบข่าว ({a.id})</figcaption></figure></div>'
        rel_p = f"""<div class="paragraph paragraph--type--link-list"><h3 class="field--name-field-title">ข่าวที่เกี่ยวข้อง</h3><ul>{"".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel)}</ul></div>"""
        paras.insert(1, img)
        paras.insert(len(paras) - 1, rel_p)
        if a.source:
            paras.append(
                f'<div class="paragraph paragraph--type--quote"><blockquote class="field--name-field-text"><p>เรียบเรียง : {esc(a.source)}</p></blockquote></div>'
            )
        upd = (
            f'<span class="node__changed">แก้ไขล่าสุด {tdate(a.modified)}</span>' if a.modified else ""
        )
        tags = "".join(
            f'<div class="field__item"><a href="/tags/{esc(t)}" hreflang="th">{esc(t)}</a></div>'
            for t in a.tags
        )
        tagb = (
            f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">{tags}</div></div>'
            if tags
            else ""
        )
        seo = a.title[:38].rstrip() + "…" if len(a.title) > 40 else "ข่าว " + str(a.id)
        content = f"""<div id="block-thunder-base-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation"><ol><li><a href="/">หน้าแรก</a></li><li><a href="/channel/news">ข่าวประชาสัมพันธ์</a></li></ol></nav></div>
<div id="block-thunder-base-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
<div id="block-thunder-base-content" class="block block-system block-system-main-block">
<article role="article" about="/node/{a.id}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><span class="node__channel">ข่าวประชาสัมพันธ์</span> <span class="node__created">เผยแพร่ {tdate(a.published)}</span> {upd} <span class="statistics-counter">อ่าน {thai_digits(commas(a.views))} ครั้ง</span></div>
<div class="node__content clearfix">
<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
{"".join(f'<div class="field__item">{p}</div>' for p in paras)}
</div>
{tagb}
<div class="shariff" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;line&quot;]"><ul class="theme-color orientation-horizontal"><li class="shariff-button facebook"><a href="#" title="แชร์บน Facebook"><span class="share_text">แชร์</span></a></li><li class="shariff-button twitter"><a href="#" title="แชร์บน X"><span class="share_text">ทวีต</span></a></li></ul></div>
</div>
</article>
</div>"""
        return self.shell(f"{seo} | {OFFICE}", content)

    def deleted(self):
        content = """<div id="block-thunder-base-page-title" class="block block-core block-page-title-block"><h1 class="page-title">ปฏิเสธการเข้าถึง</h1></div>
<div id="block-thunder-base-content" class="block block-system block-system-main-block">คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</div>"""
        return self.shell("ปฏิเสธการเข้าถึง | " + OFFICE, content)

    def expected(self):
        out = []
        for a in self.articles:
            rel = [x for x in self.articles if x is not a][-3:]
            must_not = [
                "ข่าวที่เกี่ยวข้อง",
                "ภาพประกอบข่าว",
                "เรียบเรียง :",
                "แก้ไขล่าสุด",
                "อ่าน ",
                "แชร์",
                "ทวีต",
                "แท็ก",
                "ออนไลน์ขณะนี้",
                "ยอมรับทั้งหมด",
            ] + [x.title for x in rel]
            out.append(record(self, a, must_not))
        return out


SITE = ThunderSite()

if __name__ == "__main__":
    main(SITE)
