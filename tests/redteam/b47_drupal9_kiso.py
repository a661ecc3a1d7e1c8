"""Blind-47 red-team site (part C): **Drupal 9.5 + a Kiso-based subtheme**, run by a provincial
land office, built blind.

What it imitates:
- Drupal 9 core output: generator "Drupal 9 (https://www.drupal.org)", `/core/`,
  `/themes/custom/dol_kiso/` (a subtheme of the contrib starter `kiso`), `/sites/default/files/`,
  `/rss.xml`, `drupal-settings-json`; stable9-style `node--type-news node--view-mode-full`,
  `field--name-...` wrappers; the page-title block `h1.page-title` holds the headline;
- a content type "news" with a **date-only** field "วันที่ข่าว" (`<time datetime="...T12:00:00Z">`,
  the date-only placeholder) and, for some items, a separate plain-text field "เวลา" ("10.30 น.");
  "แก้ไขล่าสุด" (the changed field with a time) printed only for edited items by the subtheme;
- AddToAny "แชร์" bar above the body, print / font-size tools, field_source "ที่มา" (some),
  "คำสำคัญ" tags, statistics "อ่าน N ครั้ง", entity_pager prev/next with neighbour titles,
  Views "ข่าวที่เกี่ยวข้อง" block in the content region, EU Cookie Compliance bar, site counter;
- listing: Views page `/news` with cards and Drupal's full pager (`?page=N`, 0-based).
Deleted: `/pr-news/<nid>` of a removed node falls through to a Views page with a contextual
filter (`/pr-news/%`) that answers 200 with its empty text "ไม่พบข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานที่ดินจังหวัดนครพนม"
LIST = "/news"
TH = "/themes/custom/dol_kiso"
PER = 8
SOURCES = [None, "ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดนครพนม", None, "สำนักงานประชาสัมพันธ์จังหวัดนครพนม"]
TAGS = ["โฉนดที่ดิน", "รังวัด", "ที่ดินสาขา", "บริการประชาชน", "จิตอาสา", "ภาษีที่ดิน"]
DELETED_NID = 5805
SHARE = "แชร์"
PRINT = "พิมพ์หน้านี้"
FONT = "ขนาดตัวอักษร"
RELATED = "ข่าวที่เกี่ยวข้อง"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 482,915"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน"
FOOTER = "ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
BACK = "กลับหน้ารวมข่าว"


def th_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def changed(d: dt.datetime) -> str:
    """custom format 'd/m/Y - H:i' with a BE year by the subtheme's preprocess."""
    return f"{d.day:02d}/{d.month:02d}/{be(d)} - {d:%H:%M}"


class KisoSite(BaseSite):
    key = "b47_drupal9_kiso"
    family = "drupal"
    imitates = (
        "Drupal 9.5 + Kiso-based subtheme, provincial land office: date-only news-date field "
        "with a separate time field, changed only when edited, Views full pager"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2023, 11, 28, 16, 0, tzinfo=TZ), offset=13
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5840 - i * 3 + (i % 2)
            a.path = f"/pr-news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k * 5) % len(TAGS)] for k in range(i % 3)]
            a.views = 19 + (i * 211) % 2900
            if i % 3 == 1:
                a.modified = a.published + dt.timedelta(days=i % 4, hours=2, minutes=7 * i % 50)
            else:
                a.modified = None
            a.extra["image"] = i % 5 == 2
            a.extra["pdf"] = i % 7 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        assert f"/pr-news/{DELETED_NID}" not in self.by_path
        self.deleted = f"/pr-news/{DELETED_NID}"
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def shell(self, main_html, head_title, crumbs, body_cls, canonical):
        crumb = "".join(
            f'<li class="breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  og: http://ogp.me/ns#  schema: http://schema.org/">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{TH}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="canonical" href="{canonical}" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="/rss.xml" />
<title>{esc(head_title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm1x7Hk2pL.css" />
<link rel="stylesheet" media="all" href="/modules/contrib/addtoany/css/addtoany.css?s4k2bq" />
<link rel="stylesheet" media="all" href="{TH}/dist/css/style.css?s4k2bq" />
</head>
<body class="path-{body_cls}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header class="site-header" role="banner"><div class="site-header__inner">
<div class="region region--header"><div id="block-dol-kiso-branding" class="block block--system-branding-block"><a href="/" rel="home" class="site-logo"><img src="{TH}/logo.svg" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div><div class="site-slogan">กรมที่ดิน กระทรวงมหาดไทย</div></div>
<div class="search-block-form block block--search-form-block" role="search"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><input title="ป้อนคำที่ต้องการค้นหา" type="search" name="keys" value="" size="15" maxlength="128" class="form-search" /><input type="submit" value="ค้นหา" class="button js-form-submit form-submit" /></form></div></div>
<nav role="navigation" aria-labelledby="block-dol-kiso-main-menu-menu" id="block-dol-kiso-main-menu" class="block block--menu navigation menu--main"><h2 class="visually-hidden" id="block-dol-kiso-main-menu-menu">เมนูหลัก</h2><ul class="menu menu--level-1"><li class="menu__item"><a href="/" class="menu__link">หน้าแรก</a></li><li class="menu__item menu__item--active-trail"><a href="{LIST}" class="menu__link is-active">ข่าวประชาสัมพันธ์</a></li><li class="menu__item"><a href="/node/12" class="menu__link">บริการประชาชน</a></li><li class="menu__item"><a href="/node/14" class="menu__link">ติดต่อเรา</a></li></ul></nav>
</div></header>
<div class="region region--breadcrumb"><div id="block-dol-kiso-breadcrumbs" class="block block--system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทาง</h2><ol class="breadcrumb__list">{crumb}</ol></nav></div></div>
<main role="main" class="layout-main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">
{main_html}
</div>
<aside class="layout-sidebar" role="complementary"><div class="region region--sidebar">
<div class="views-element-container block block--views-block--news-latest-block-1" id="block-views-block-news-latest-block-1"><h2 class="block__title">ข่าวล่าสุด</h2><div><div class="view view--news-latest"><div class="view__content"><ul>{"".join(f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a></li>' for x in self.articles[:4])}</ul></div></div></div></div>
<div id="block-dol-kiso-counter" class="block block--block-content"><h2 class="block__title">สถิติผู้เข้าชม</h2><div class="clearfix text-formatted field field--name-body"><p>วันนี้ 214<br />{COUNTER}</p></div></div>
</div></aside>
</main>
<footer class="site-footer" role="contentinfo"><div class="region region--footer"><div id="block-dol-kiso-footer" class="block block--block-content"><p>{OFFICE} {FOOTER} จังหวัดนครพนม 48000 โทร. 0-4251-1034</p><p>สงวนลิขสิทธิ์ © 2566 กรมที่ดิน | Powered by <a href="https://www.drupal.org">Drupal</a></p></div></div></footer>
</div></div>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner"><div class="eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ปฏิเสธ</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","scriptPath":null,"pathPrefix":"","currentLanguage":"th"}},"eu_cookie_compliance":{{"popup_enabled":true}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/core/misc/drupal.js?v=9.5.11"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
</body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return f"?page={j}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="pager__item pager__item--first"><a href="{href(0)}" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--previous"><a href="{href(k - 1)}" title="ไปหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            cur = " is-active" if j == k else ""
            lis.append(
                f'<li class="pager__item{cur}"><a href="{href(j)}" title="ไปหน้า {j + 1}"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
            )
        if k < n - 1:
            lis.append(
                f'<li class="pager__item pager__item--next"><a href="{href(k + 1)}" title="ไปหน้าถัดไป" rel="next"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--last"><a href="{href(n - 1)}" title="ไปหน้าสุดท้าย"><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(lis)}</ul></nav>'

    def card(self, path, title, d, lead):
        return f"""<div class="views-row"><article class="news-card"><div class="news-card__image"><img src="/sites/default/files/styles/card/public/news/thumb-{len(title) * 7 % 97}.jpg" alt="" loading="lazy" /></div><div class="news-card__body"><h3 class="news-card__title"><a href="{path}" hreflang="th">{esc(title)}</a></h3><div class="news-card__date"><time datetime="{d:%Y-%m-%d}T12:00:00Z">{th_day(d)}</time></div><p class="news-card__summary">{esc(lead[:160])}…</p></div></article></div>"""

    def listing(self, k):
        rows = [(a.path, a.title, a.published, a.paras[0]) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                2,
                (
                    self.deleted,
                    "ประกาศสำนักงานที่ดินจังหวัดนครพนม เรื่อง การแจกโฉนดที่ดิน (ยกเลิก)",
                    self.pages[k][2].published,
                    "ประกาศแจกโฉนดที่ดินให้แก่ผู้ขอ ณ ที่ว่าการอำเภอ",
                ),
            )
        cards = "".join(self.card(*r) for r in rows)
        main_html = f"""<div class="region region--highlighted"><div data-drupal-messages-fallback class="hidden"></div></div>
<div class="region region--content"><div id="block-dol-kiso-page-title" class="block block--page-title-block"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div id="block-dol-kiso-content" class="block block--system-main-block"><div class="views-element-container"><div class="view view--news view--display-page-1 js-view-dom-id-4b1e0f"><div class="view__content news-grid">{cards}</div>{self.pager(k)}<div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">สมัครรับข่าวสาร</a></div></div></div></div></div>"""
        return self.shell(main_html, f"ข่าวประชาสัมพันธ์ | {OFFICE}", [("/", "หน้าแรก")], "news", LIST)

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 9, 13)]

    def article(self, a):
        d = a.published
        img = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__items"><div class="field__item"><img loading="lazy" src="/sites/default/files/styles/wide/public/{d:%Y-%m}/news{a.id}.jpg" width="800" height="533" alt="ภาพกิจกรรม" /></div></div>'
            if a.extra["image"]
            else ""
        )
        timef = (
            f'<div class="field field--name-field-news-time field--type-string field--label-inline clearfix"><div class="field__label">เวลา</div><div class="field__item">{d.hour:02d}.{d.minute:02d} น.</div></div>'
            if a.time_printed
            else ""
        )
        chg = (
            f'<div class="node__changed">แก้ไขล่าสุด {changed(a.modified)}</div>' if a.modified else ""
        )
        body = "\n".join(f"<p>{esc(x)}</p>" for x in a.paras)
        src = (
            f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        pdf = (
            f'<div class="field field--name-field-attachment field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/{d:%Y-%m}/doc{a.id}.pdf" type="application/pdf">doc{a.id}.pdf</a></span> <span>(312.4 KB)</span></div></div></div>'
            if a.extra["pdf"]
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">คำสำคัญ</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{30 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        pager = '<div class="entity-pager entity-pager--type-full"><ul class="entity-pager__items">'
        if newer:
            pager += f'<li class="entity-pager__item entity-pager__item--prev"><span class="entity-pager__label">{PREV}</span> <a href="{newer.path}">‹ {esc(newer.title)}</a></li>'
        pager += f'<li class="entity-pager__item entity-pager__item--all"><a href="{LIST}">{BACK}</a></li>'
        if older:
            pager += f'<li class="entity-pager__item entity-pager__item--next"><span class="entity-pager__label">{NEXT}</span> <a href="{older.path}">{esc(older.title)} ›</a></li>'
        pager += "</ul></div>"
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span> <span class="views-field views-field-field-news-date"><time datetime="{r.published:%Y-%m-%d}T12:00:00Z">{th_day(r.published)}</time></span></div>'
            for r in self.related(a)
        )
        share = f'<div class="tools-bar"><span class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{a.path}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">{SHARE}</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={a.path}"></a></span><span class="print-tools"><a href="/node/{a.id}/printable/print" class="print-page" rel="nofollow">{PRINT}</a> <span class="font-tools">{FONT} <button class="font-dec">ก-</button><button class="font-reset">ก</button><button class="font-inc">ก+</button></span></span></div>'
        main_html = f"""<div class="region region--content"><div id="block-dol-kiso-page-title" class="block block--page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
<div id="block-dol-kiso-content" class="block block--system-main-block">
<article role="article" about="{a.path}" class="node node--type-news node--promoted node--view-mode-full">
<div class="node__meta">
<div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่ข่าว</div><div class="field__item"><time datetime="{d:%Y-%m-%d}T12:00:00Z" class="datetime">{th_day(d)}</time></div></div>
{timef}
{chg}
<div class="node__statistics">อ่าน {a.views:,} ครั้ง</div>
</div>
{share}
<div class="node__content">
{img}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{src}
{pdf}
{tags}
</div>
</article>
{pager}
</div>
<div class="views-element-container block block--views-block--news-related-block-1" id="block-views-block-news-related-block-1"><h2 class="block__title">{RELATED}</h2><div><div class="view view--news-related"><div class="view__content">{rel}</div></div></div></div>
</div>"""
        return self.shell(
            main_html,
            f"{a.title} | {OFFICE}",
            [("/", "หน้าแรก"), (LIST, "ข่าวประชาสัมพันธ์")],
            f"node page-node-type-news node-{a.id}",
            a.path,
        )

    def empty_view(self):
        main_html = f"""<div class="region region--content"><div id="block-dol-kiso-page-title" class="block block--page-title-block"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div id="block-dol-kiso-content" class="block block--system-main-block"><div class="views-element-container"><div class="view view--news-by-id view--display-page-2 js-view-dom-id-9c0a"><div class="view-empty"><p>ไม่พบข่าวที่ท่านต้องการ อาจถูกย้ายหรือยกเลิกการเผยแพร่แล้ว</p><p><a href="{LIST}">{BACK}</a></p></div></div></div></div></div>"""
        return self.shell(
            main_html, f"ข่าวประชาสัมพันธ์ | {OFFICE}", [("/", "หน้าแรก")], "pr-news", self.deleted
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LIST:
            page = (query.get("page") or ["0"])[0]
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path == "/":
            return self.html_response(self.listing(0))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.empty_view())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                SHARE,
                PRINT,
                FONT,
                RELATED,
                COUNTER,
                COOKIE,
                FOOTER,
                BACK,
                "วันที่ข่าว",
                th_day(a.published),
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {changed(a.modified)}")
            if a.source:
                must_not.append("ที่มา")
            if a.tags:
                must_not.append("คำสำคัญ")
            must_not += [x.title for x in (older, newer) if x]
            must_not += [r.title for r in self.related(a) if r is not a]
            must_not += [x.title for x in self.articles[:4] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = KisoSite()

if __name__ == "__main__":
    main(SITE)
