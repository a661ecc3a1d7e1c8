"""Blind-61 red-team site (part C): a provincial agriculture office (สำนักงานเกษตรจังหวัดพะเยา-like,
2024) on **Drupal 10.2 whose default (front-end) theme is Gin 3**, the admin theme: the web
contractor set Gin as the default theme, so visitors see the admin chrome (Gin's secondary
toolbar with the "กลับไปหน้าผู้ดูแลระบบ" link, the sticky header holding the page title, Claro's
`main.page-content`). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): **Gin's `templates/page/page.html.twig`** as
compiled Twig caches in public Drupal sites (varodbr/newthinkers2024, satellites-of-love/
brentjong.space: `div.gin-secondary-toolbar.layout-container` > `div.gin-breadcrumb-wrapper`,
on node pages `div.region-breadcrumb.gin-region-breadcrumb` > `nav.breadcrumb` > `ol.breadcrumb__list`
with the `a.breadcrumb__link.gin-back-to-admin` "Back to Administration" link; then
`div.region-sticky-watcher`, `header.region.region-sticky` > `div.layout-container.region-sticky__items`
holding the page-title block, `div.sticky-shadow`, `div.content-header`, `div.layout-container` >
`main.page-content[role=main]` with `a#main-content` in a `visually-hidden` div); Gin's info file
(base theme Claro); Fusion core's `page.tpl.php` (only to stay clear of the round-49/54 Fusion
sites). From memory: Drupal 10's node / field / Views markup (`field--name-body`,
`field--label-inline`, `views-row`, Views grouping headings `<h3>`, the full pager with
query-only `?page=N` hrefs), pathauto's date tokens, statistics' counter, EU Cookie Compliance.
No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/<Y>/<m>/<d>/<nid>` (pathauto pattern `news/[node:created:custom:Y]/…/[node:nid]`, CE),
  `h1.page-title` in Gin's sticky header, `<title>` "headline | office", `rel=canonical`;
  node links "อ่าน 1,234 ครั้ง" (statistics), AddToAny "แชร์"; `field_source` "ที่มา" inline
  (one in six none); `field_tags` "แท็ก"; "ข่าวที่เกี่ยวข้อง" Views block (titles) inside the
  content region; "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"; sidebar-less; footer
  counter; EU Cookie Compliance bar (not printed once the `cookie-agreed=2` cookie is sent: read
  with `request_headers()`);
- **NEW: the listing is grouped under date headings** (Views "grouping field" = created date):
  `<h3>วันพฤหัสบดีที่ 14 มีนาคม 2567</h3>` once, then two or three rows that print only their
  headline and a teaser; a day cut by the pager is headed again on the next page;
- **NEW: the article page prints no date at all** (the content type's "Display author and date
  information" is off; only "โดย pr_phayao"); **the date is only in the address
  (`/news/2024/03/14/1187`, CE) and in the breadcrumb (pathauto path breadcrumb "หน้าแรก › ข่าว ›
  2024 › 03 › 14", with the Gin back-to-admin link first)** (no time anywhere: `published_at` is
  the day);
- **NEW: a badge in the headline that is no part of the title: five nodes carry a "ประเภทข่าว"
  term printed inside `h1.page-title` and the listing link as `<span class="news-badge">[ภาพข่าว]
  </span>` / `(ด่วน)` before the headline; `<title>` and og:title have the bare headline. Beside
  them, two real headlines START with a date ("14 มีนาคม 2567 เกษตรจังหวัดพะเยา…")**;
- **NEW: an interview article (bold "ถาม :" / "ตอบ :" paragraphs) and an article whose text ends
  with "เชิงอรรถ" (an `ol` of numbered notes, `sup` markers in the text) and "เอกสารอ้างอิง" (a
  reference list) that ARE text**;
- listing `/news`, `?page=1`, `?page=2` (Views full pager "« หน้าแรก ‹ ก่อนหน้า 1 2 3 ถัดไป ›
  หน้าสุดท้าย »", query-only hrefs), 8 rows a page, 24 nodes;
- deleted item (linked from page 2): `/news/2024/02/19/1131`, **200: Gin's login page "ปฏิเสธการ
  เข้าถึง / คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้" with the log-in form (an unpublished node)**.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    fmt_weekday,
    main,
    make_articles,
    request_headers,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดพะเยา"
PER = 8
N = 24
DELETED = (dt.date(2024, 2, 19), 1131)
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพะเยา",
    "สำนักงานเกษตรอำเภอเชียงคำ",
    "กลุ่มส่งเสริมและพัฒนาการผลิต",
    "สำนักงานเกษตรอำเภอดอกคำใต้",
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดพะเยา",
    None,
]
TAGS = ["เกษตรกร", "ข้าว", "ลำไย", "ศพก.", "Smart Farmer", "แปลงใหญ่", "ภัยแล้ง"]
BADGES = {1: "[ภาพข่าว]", 4: "(ด่วน)", 9: "[ภาพข่าว]", 13: "[ประกาศ]", 20: "(ภาพข่าว)"}
DATE_TITLES = (6, 17)
QA_AT = 11
NOTES_AT = 15
# days per article: two or three rows share a day (the listing groups by day)
DAY_SIZES = [3, 2, 2, 3, 1, 2, 3, 2, 2, 2, 2]
QUESTIONS = [
    "ถาม : โครงการนี้มีที่มาอย่างไร และเกษตรกรกลุ่มใดจะได้รับประโยชน์เป็นกลุ่มแรก",
    "ถาม : หน่วยงานในพื้นที่จะติดตามและประเมินผลการดำเนินงานด้วยวิธีใด",
    "ถาม : ฝากอะไรถึงเกษตรกรที่ยังไม่ได้เข้าร่วมโครงการบ้าง",
]
NOTES = [
    "ข้อมูลจากระบบทะเบียนเกษตรกร กรมส่งเสริมการเกษตร ณ เดือนกุมภาพันธ์ 2567",
    "ตัวเลขประมาณการของคณะทำงานระดับจังหวัด อาจเปลี่ยนแปลงตามสภาพอากาศ",
]
REFS = [
    "กรมส่งเสริมการเกษตร. (2566). คู่มือการดำเนินงานศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร. กรุงเทพฯ.",
    "สำนักงานเศรษฐกิจการเกษตร. (2567). สถานการณ์สินค้าเกษตรที่สำคัญและแนวโน้ม ปี 2567.",
]
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 284,117 ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ศาลากลางจังหวัดพะเยา ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
BACK = "กลับไปหน้าผู้ดูแลระบบ"
DENIED = "คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้"


class GinFrontSite(BaseSite):
    key = "b61_drupal10_gin_front_dategroup"
    family = "drupal"
    imitates = (
        "provincial agriculture office on Drupal 10 with Gin (the admin theme) as the front "
        "theme: listing grouped under date headings, article pages printing no date (the day "
        "only in the /news/Y/m/d/nid address and the path breadcrumb), badge spans in headlines "
        "beside headlines that start with a date, an interview (ถาม/ตอบ) and an article ending "
        "with footnotes and references"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 3, 22, 11, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        day = dt.datetime(2024, 3, 21, tzinfo=TZ)
        days = []
        for k, size in enumerate(DAY_SIZES):
            days += [day] * size
            day -= dt.timedelta(days=1 + k % 3)
        for i, a in enumerate(arts):
            a.id = 1189 - i * 2 - (i % 4 == 3)
            a.published = days[i].replace(hour=0, minute=0)
            a.time_printed = False
            a.modified = None
            a.views = 41 + (i * 389 + 77) % 3100
            a.tags = [TAGS[(i * 3 + j) % len(TAGS)] for j in range(i % 3)]
            a.source = SOURCES[i % 6]
            a.path = f"/news/{a.published:%Y/%m/%d}/{a.id}"
            a.extra["badge"] = BADGES.get(i)
            a.extra["kind"] = "qa" if i == QA_AT else "notes" if i == NOTES_AT else "plain"
            if i in DATE_TITLES:
                d = a.published
                a.title = f"{d.day} {MONTHS[d.month - 1]} {be(d)} {a.title}"
            if i == QA_AT:
                paras = a.paras[:3]
                a.paras = []
                for q, p in zip(QUESTIONS, paras, strict=True):
                    a.paras += [q, "ตอบ : " + p]
            if i == NOTES_AT:
                a.paras = a.paras[:4]
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert DELETED[1] not in {a.id for a in arts}

    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/news/{DELETED[0]:%Y/%m/%d}/{DELETED[1]}"]

    # ------------------------------------------------------------------ chrome
    def page(self, title: str, h1: str, content: str, *, head="", crumbs="", node=False) -> str:
        cookie = request_headers().get("Cookie") or ""
        bar = ""
        if "cookie-agreed=2" not in cookie:
            bar = (
                '<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">'
                f'<div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p>'
                '<button type="button" class="find-more-button eu-cookie-compliance-more-button">นโยบายคุกกี้</button></div>'
                '<div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div></div>'
            )
        if node:
            bc = (
                '<div class="region region-breadcrumb gin-region-breadcrumb"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb">'
                '<h2 id="system-breadcrumb" class="visually-hidden">เส้นทางนำทาง</h2><ol class="breadcrumb__list">'
                f'<li class="breadcrumb__item"><a class="breadcrumb__link gin-back-to-admin" href="/admin/content">{BACK}</a></li>'
                f"{crumbs}</ol></nav></div>"
            )
        else:
            bc = (
                '<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทางนำทาง</h2>'
                f'<ol class="breadcrumb__list"><li class="breadcrumb__item"><a href="/" class="breadcrumb__link">หน้าแรก</a></li>{crumbs}</ol></nav>'
            )
        return (
            '<!DOCTYPE html>\n<html lang="th" dir="ltr" class="light-mode">\n<head>\n<meta charset="utf-8" />\n'
            '<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />\n<meta name="MobileOptimized" content="width" />\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0" />\n'
            f'<link rel="icon" href="/themes/contrib/gin/favicon.ico" type="image/vnd.microsoft.icon" />\n{head}'
            f"<title>{title}</title>\n"
            '<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2u8Gd1.css?delta=0&amp;language=th&amp;theme=gin" />\n'
            '<script src="/sites/default/files/js/js_9fTkP0.js?scope=header&amp;delta=0&amp;language=th&amp;theme=gin"></script>\n'
            '</head>\n<body class="gin--vertical-toolbar gin--dark-mode-auto path-node page-node-type-article">\n'
            '<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>\n'
            '<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>\n'
            '<div class="gin-secondary-toolbar layout-container"><div class="gin-breadcrumb-wrapper">'
            f"{bc}</div>"
            '<nav class="gin-secondary-toolbar__menu" aria-label="เมนูหลัก"><ul class="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับหน่วยงาน</a></li>'
            '<li><a href="/news" class="is-active">ข่าวประชาสัมพันธ์</a></li><li><a href="/knowledge">องค์ความรู้</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>\n'
            '<div class="region-sticky-watcher"></div>\n'
            '<header class="region region-sticky"><div class="layout-container region-sticky__items"><div class="region-sticky__items__inner">'
            f'<div id="block-gin-page-title" class="block block-core block-page-title-block"><h1 class="page-title">{h1}</h1></div>'
            "</div></div></header>\n"
            '<div class="sticky-shadow"></div>\n'
            f'<div class="content-header clearfix"><div class="layout-container"><div id="block-gin-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="/sites/default/files/logo-doae.png" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div></div></div></div>\n'
            '<div class="layout-container">\n<main class="page-content clearfix" role="main">\n'
            '<div class="visually-hidden"><a id="main-content" tabindex="-1"></a></div>\n'
            f"{content}\n</main>\n</div>\n"
            '<footer class="gin-footer layout-container"><div class="region region-footer">'
            f'<div id="block-footeraddress" class="block block-block-content"><p><strong>{OFFICE}</strong></p><p>{FOOTER}</p><p>โทรศัพท์ 0 5444 9711</p></div>'
            f'<div id="block-sitecounter" class="block block-block-content"><p>{COUNTER}</p></div>'
            '<p class="copyright">© 2567 สงวนลิขสิทธิ์ | <a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p></div></footer>\n'
            f"</div>\n{bar}\n"
            '<script src="/sites/default/files/js/js_Yq3m1e.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=gin"></script>\n'
            "</body>\n</html>\n"
        )

    @staticmethod
    def badge_html(a) -> str:
        b = a.extra["badge"]
        return f'<span class="news-badge">{esc(b)}</span> ' if b else ""

    # ------------------------------------------------------------------ listing
    def render_list(self, cur: int) -> str:
        chunks = [self.articles[i : i + PER] for i in range(0, N, PER)]
        rows = []
        last_day = None
        items = list(chunks[cur])
        if cur == 1:
            items.insert(5, None)
        for a in items:
            if a is None:
                rows.append(
                    f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{self.deleted_paths()[0]}" hreflang="th">ประกาศรับสมัครเกษตรกรเข้าร่วมอบรม (ยกเลิก)</a></span></div></div>'
                )
                continue
            if a.published.date() != last_day:
                if last_day is not None:
                    rows.append("</div>")
                last_day = a.published.date()
                rows.append(
                    f'<div class="view-grouping"><h3 class="view-grouping-header">{fmt_weekday(a.published)}</h3>'
                )
            teaser = a.paras[0][:150].rsplit(" ", 1)[0]
            rows.append(
                '<div class="views-row"><div class="views-field views-field-title"><span class="field-content">'
                f'<a href="{a.path}" hreflang="th">{self.badge_html(a)}{esc(a.title)}</a></span></div>'
                f'<div class="views-field views-field-body"><div class="field-content">{esc(teaser)}…</div></div>'
                f'<div class="views-field views-field-view-node"><span class="field-content"><a href="{a.path}" hreflang="th">อ่านต่อ</a></span></div></div>'
            )
        rows.append("</div>")
        pages = len(chunks)

        def q(p):
            return f"?page={p}"

        pager = [
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">'
        ]
        if cur > 0:
            pager.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            pager.append(
                f'<li class="pager__item pager__item--previous"><a href="{q(cur - 1)}" title="ไปหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for p in range(pages):
            if p == cur:
                pager.append(
                    f'<li class="pager__item is-active"><a href="{q(p)}" title="หน้าปัจจุบัน" aria-current="page"><span class="visually-hidden">หน้าปัจจุบัน</span>{p + 1}</a></li>'
                )
            else:
                pager.append(
                    f'<li class="pager__item"><a href="{q(p)}" title="ไปหน้า {p + 1}"><span class="visually-hidden">หน้า</span>{p + 1}</a></li>'
                )
        if cur < pages - 1:
            pager.append(
                f'<li class="pager__item pager__item--next"><a href="{q(cur + 1)}" title="ไปหน้าถัดไป" rel="next"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            pager.append(
                f'<li class="pager__item pager__item--last"><a href="{q(pages - 1)}" title="ไปหน้าสุดท้าย"><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        pager.append("</ul></nav>")
        content = (
            '<div id="block-gin-content" class="block block-system block-system-main-block">'
            '<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5c1f0e">'
            f'<div class="view-content">{"".join(rows)}</div>{"".join(pager)}</div></div></div>'
        )
        return self.page(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "ข่าวประชาสัมพันธ์",
            content,
            crumbs='<li class="breadcrumb__item">ข่าวประชาสัมพันธ์</li>',
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        kind = a.extra["kind"]
        if kind == "qa":
            out = []
            for p in a.paras:
                label, rest = p.split(" : ", 1)
                out.append(f"<p><strong>{label} :</strong> {esc(rest)}</p>")
            return "".join(out)
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if kind == "notes":
            out[1] = out[1][:-4] + ' <sup><a href="#fn1" id="fnref1">1</a></sup></p>'
            out[2] = out[2][:-4] + ' <sup><a href="#fn2" id="fnref2">2</a></sup></p>'
            out.append(
                '<h3>เชิงอรรถ</h3><ol class="footnotes">'
                + "".join(
                    f'<li id="fn{k + 1}">{esc(n)} <a href="#fnref{k + 1}">↩</a></li>'
                    for k, n in enumerate(NOTES)
                )
                + '</ol><h3>เอกสารอ้างอิง</h3><ul class="references">'
                + "".join(f"<li>{esc(r)}</li>" for r in REFS)
                + "</ul>"
            )
        return "".join(out)

    def related(self, a) -> list:
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (3, 7, 12)]

    def render_article(self, a) -> str:
        d = a.published
        crumbs = (
            '<li class="breadcrumb__item"><a href="/" class="breadcrumb__link">หน้าแรก</a></li>'
            '<li class="breadcrumb__item"><a href="/news" class="breadcrumb__link">ข่าว</a></li>'
            f'<li class="breadcrumb__item"><a href="/news/{d:%Y}" class="breadcrumb__link">{d:%Y}</a></li>'
            f'<li class="breadcrumb__item"><a href="/news/{d:%Y/%m}" class="breadcrumb__link">{d:%m}</a></li>'
            f'<li class="breadcrumb__item"><a href="/news/{d:%Y/%m/%d}" class="breadcrumb__link">{d:%d}</a></li>'
        )
        source = ""
        if a.source:
            source = (
                '<div class="field field--name-field-source field--type-string field--label-inline clearfix">'
                f'<div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">แท็ก</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{TAGS.index(t) + 3}" hreflang="th">{esc(t)}</a></div>'
                    for t in a.tags
                )
                + "</div></div>"
            )
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{x.path}" hreflang="th">{self.badge_html(x)}{esc(x.title)}</a></span></div>'
            for x in self.related(a)
        )
        content = (
            '<div data-drupal-messages-fallback class="hidden"></div>'
            '<div id="block-gin-content" class="block block-system block-system-main-block">'
            f'<article data-history-node-id="{a.id}" class="node node--type-article node--promoted node--view-mode-full">'
            '<footer class="node__meta"><div class="node__submitted">โดย <span><span>pr_phayao</span></span></div></footer>'
            '<div class="node__content">'
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/news/{a.id}.jpg" width="1090" height="613" alt="" /></div>'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body_html(a)}</div>'
            f"{source}{tags}"
            '<ul class="links inline"><li class="statistics-counter">อ่าน '
            + f"{a.views:,}"
            + " ครั้ง</li>"
            '<li class="addtoany"><span class="a2a_kit a2a_kit_size_24 addtoany_list"><span class="a2a-label">แชร์</span>'
            f'<a class="a2a_button_facebook" href="/#facebook" title="Facebook"></a><a class="a2a_button_line" href="/#line" title="Line"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url=https%3A%2F%2Fphayao.doae.go.th{a.path}">แชร์ต่อ</a></span></li></ul>'
            '<section class="comment-section"><h2 class="comment-section__title">ความคิดเห็น</h2>'
            f'<p class="comment-forbidden"><a href="/user/login?destination={a.path}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination={a.path}%23comment-form">ลงทะเบียน</a> {LOGIN_PROMPT}</p></section>'
            "</div></article></div>"
            '<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-gin-views-block-related-news">'
            f'<h2>ข่าวที่เกี่ยวข้อง</h2><div class="view view-related-news"><div class="view-content">{rel}</div></div></div>'
        )
        head = (
            f'<link rel="canonical" href="https://phayao.doae.go.th{a.path}" />\n'
            f'<link rel="shortlink" href="https://phayao.doae.go.th/node/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n'
        )
        h1 = f'{self.badge_html(a)}<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>'
        return self.page(
            f"{esc(a.title)} | {OFFICE}", h1, content, head=head, crumbs=crumbs, node=True
        )

    def render_deleted(self) -> str:
        content = (
            '<div data-drupal-messages class="messages-list"><div class="messages messages--error" role="alert">'
            f'<div class="messages__content">{DENIED}</div></div></div>'
            '<div id="block-gin-content" class="block block-system block-system-main-block"><form class="user-login-form" action="/user/login" method="post" id="user-login-form">'
            '<div class="form-item form-type--textfield"><label for="edit-name" class="form-item__label js-form-required form-required">ชื่อผู้ใช้</label><input autocomplete="username" type="text" id="edit-name" name="name" class="form-text form-element" /></div>'
            '<div class="form-item form-type--password"><label for="edit-pass" class="form-item__label js-form-required form-required">รหัสผ่าน</label><input autocomplete="current-password" type="password" id="edit-pass" name="pass" class="form-text form-element" /></div>'
            '<div class="form-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit button--primary" /></div></form></div>'
        )
        return self.page(
            f"ปฏิเสธการเข้าถึง | {OFFICE}",
            "ปฏิเสธการเข้าถึง",
            content,
            crumbs='<li class="breadcrumb__item">ปฏิเสธการเข้าถึง</li>',
        )

    # ------------------------------------------------------------------ routing
    def respond(self, text: str):
        status, headers, body = self.html_response(text)
        headers["X-Generator"] = "Drupal 10 (https://www.drupal.org)"
        headers["X-Drupal-Cache"] = "HIT"
        headers["Cache-Control"] = "max-age=300, public"
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path in ("/news", "/news/"):
            p = query.get("page", ["0"])[0]
            cur = int(p) if p.isdigit() and int(p) < 3 else 0
            return self.respond(self.render_list(cur))
        if path == self.deleted_paths()[0]:
            return self.respond(self.render_deleted())
        a = self.by_path.get(path.rstrip("/"))
        if a is None:
            m = re.fullmatch(r"/node/(\d+)", path)
            if m:
                a = next((x for x in self.articles if x.id == int(m[1])), None)
        if a is None:
            return None
        return self.respond(self.render_article(a))

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_article(a)
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                FOOTER,
                COOKIE,
                BACK,
                LOGIN_PROMPT,
                f"อ่าน {a.views:,} ครั้ง",
                "แชร์ต่อ",
                "ข่าวที่เกี่ยวข้อง",
                "pr_phayao",
            ]
            if a.extra["badge"]:
                must_not.append(a.extra["badge"])
            must_not += [x.title for x in self.related(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            if a.extra["kind"] == "notes":
                whole += "\n" + "\n".join(NOTES + REFS)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            rec = expected_record(a, must_not=must_not)
            if a.extra["kind"] == "notes":
                rec["body_must"] = rec["body_must"][:2] + [
                    "ข้อมูลจากระบบทะเบียนเกษตรกร",
                    "สถานการณ์สินค้าเกษตรที่สำคัญและแนวโน้ม",
                ]
            if a.extra["kind"] == "qa":
                rec["body_must"] = rec["body_must"][:2] + [
                    "ฝากอะไรถึงเกษตรกรที่ยังไม่ได้เข้าร่วมโครงการบ้าง"
                ]
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = GinFrontSite()

if __name__ == "__main__":
    main(SITE)
