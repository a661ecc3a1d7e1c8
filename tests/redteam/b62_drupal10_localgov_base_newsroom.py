"""Blind-62 red-team site (part C): a department (กรมทรัพยากรน้ำบาดาล-like, 2023-2024) on
**Drupal 10 with LocalGov Drupal's contributed `localgov_base` theme (a `dgr_base` sub-theme)**
and the `localgov_news` feature: a Newsroom node with three featured articles over the
`localgov_news_list` view (`?page=N`), news articles with `localgov_news_date`, statistics,
AddToAny and LocalGov EU Cookie Compliance. An everyday site, built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): localgov_base's own templates
(`node--localgov-news-article--full.html.twig`: `article.news-article` > `div.lgd-row` >
`div.lgd-row__two-thirds` > `div.news-article__metadata` with `time.news-article__metadata-item
--date[datetime]` and the categories list, `h1.news-article__title`, `div.news-article__content
.node__content`, "Related news" heading; `node--teaser.html.twig`: `article.lgd-teaser` >
`div.lgd-teaser__content` > `h3 > a[rel=bookmark]`, content, `div.lgd-teaser__metadata > time`;
`localgov-page-header-block.html.twig`: `div.lgd-page-title-block` > `h1.lgd-page-title-block__title`
+ `div.lgd-page-title-block__subheader`; `page.html.twig`: `div.lgd-container > main#main-content
> div.lgd-row > div.lgd-row__two-thirds | div.lgd-row__one-third`; `pager.html.twig`:
`nav.pager > ul.pager__items.js-pager__items > li.pager__item(--first|--previous|--next|--last)`
with visually-hidden labels); the localgov_news README (Newsroom, up to three featured articles
at the top, search block). From memory: Drupal 10 field markup (`field--name-body`,
`field--label-inline`, `field__label` / `field__items`), the statistics counter in the node
links, AddToAny's block, the EU Cookie Compliance banner. No one's code or text was copied.

Everyday variety: percent-encoded Thai pathauto aliases (`/news/<title words>`, punctuation
dropped, cut to 100 characters); the date field as Drupal prints it with the Thai interface
translation (Thai month, **CE year**, no time: "12 มีนาคม 2024"; teasers "12 มี.ค. 2024"); a
theme preprocess prints "ปรับปรุงล่าสุด 14/03/2024 - 15:42" only for nodes edited on a later
day; statistics "เปิดอ่าน 1,234 ครั้ง"; a caption under the picture on some; a photo gallery
on some; a document attachment ("เอกสารแนบ") on some; "ข่าวที่เกี่ยวข้อง" (localgov_news_related)
on some; tags on some; sources typed by several editors as the last paragraph ("ที่มา :",
"ข่าว/ภาพ :", "เรียบเรียง :", "ข่าว :", a right-aligned office sign-off, or none); prev/next
with titles; breadcrumb; sidebar with the news search and "ข่าวล่าสุด"; footer with visitor
statistics; cookie banner.

The one quirk: the Newsroom's three **featured** articles (teasers with their picture) print
above the view on every listing page, so they appear twice on the page that lists them.

Deleted item (linked from page 2 by a stale render-cache row): `/node/4093` answers **200**
with the theme's status page "ไม่พบข้อมูล" (a soft 404).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมทรัพยากรน้ำบาดาล"
PER = 8
DELETED_NID = 4093
SOURCES = [
    ("ที่มา :", "กลุ่มประชาสัมพันธ์ กรมทรัพยากรน้ำบาดาล"),
    ("ข่าว/ภาพ :", "สำนักงานทรัพยากรน้ำบาดาล เขต 4 (ขอนแก่น)"),
    ("เรียบเรียง :", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    (None, "สำนักงานเลขานุการกรม กรมทรัพยากรน้ำบาดาล"),  # right-aligned sign-off
    ("ข่าว :", "กองอนุรักษ์และฟื้นฟูทรัพยากรน้ำบาดาล"),
    None,
    ("ที่มา :", "สำนักงานทรัพยากรน้ำบาดาล เขต 2 (ลำปาง)"),
]
CATEGORIES = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "ข่าวผู้บริหาร"]
TAGS = ["น้ำบาดาล", "ภัยแล้ง", "น้ำดื่มสะอาด", "บ่อบาดาลเพื่อการเกษตร", "ธนาคารน้ำใต้ดิน"]
CAPTIONS = [
    "ภาพ : บรรยากาศการประชุม",
    "ภาพประกอบ : กลุ่มประชาสัมพันธ์",
    "ผู้บริหารร่วมถ่ายภาพหมู่กับผู้เข้าร่วมกิจกรรม",
]
SHARE = "แชร์หน้านี้"
VIEWS = "เปิดอ่าน"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
SEARCH = "ค้นหาข่าว"
FEATURED = "ข่าวเด่น"
COOKIE = (
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ "
    "ท่านสามารถอ่านรายละเอียดเพิ่มเติมได้ที่นโยบายคุกกี้"
)
COOKIE_BTN = "ยอมรับทั้งหมด"
VISITORS = "สถิติผู้เข้าชมเว็บไซต์"
FOOTER = "เลขที่ 26/83 ถนนงามวงศ์วาน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
ATTACH = "เอกสารแนบ"
GALLERY = "ภาพกิจกรรม"
MODIFIED = "ปรับปรุงล่าสุด"
TAGS_LABEL = "แท็ก"

_PUNCT = re.compile(r"[\"'“”‘’(),.:;!?\[\]{}/\\|@#$%^&*+=<>~`]")


def pathauto(title: str) -> str:
    """Pathauto-like alias words: punctuation removed, spaces to hyphens, cut to 100 chars."""
    s = _PUNCT.sub("", title).lower()
    s = re.sub(r"\s+", "-", s.strip())
    s = re.sub(r"-{2,}", "-", s)[:100].strip("-")
    return s


def d_full(d: dt.datetime) -> str:
    """Drupal 'j F Y' with the Thai interface translation: Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def d_teaser(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def d_short(d: dt.datetime) -> str:
    return f"{d:%d/%m/%Y - %H:%M}"


class LocalGovSite(BaseSite):
    key = "b62_drupal10_localgov_base_newsroom"
    family = "drupal"
    imitates = (
        "department news on Drupal 10 + LocalGov Drupal's localgov_base theme: Newsroom with "
        "featured articles over the news view (?page=N), percent-encoded Thai aliases, "
        "date-only CE field, statistics, captions, galleries, attachments, editor-typed sources"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 20, 16, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        seen = set()
        when = dt.datetime(2024, 5, 17, 9, 0, tzinfo=TZ)
        for i, a in enumerate(arts):
            if i:  # an archive of about a year and a half
                when = when - dt.timedelta(days=9 + (i * 11) % 31, hours=(i * 5) % 7)
            a.published = when.replace(minute=(i * 17) % 60)
            if a.modified:
                a.modified = a.published + dt.timedelta(
                    days=(i * 3) % 8, hours=2 + i % 9, minutes=(i * 13) % 60
                )
            a.id = 4131 - i * 2 - (i // 5)
            slug = pathauto(a.title)
            while slug in seen:
                slug += "-0"
            seen.add(slug)
            a.extra["slug"] = slug
            a.path = "/news/" + quote(slug)
            a.time_printed = False
            if a.modified and (a.modified.date() <= a.published.date() or i % 3 == 0):
                a.modified = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["signoff"] = bool(src) and src[0] is None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)] if i % 4 != 3 else []
            a.extra["category"] = CATEGORIES[i % 3]
            a.extra["caption"] = CAPTIONS[i % 3] if i % 2 == 0 else None
            a.extra["gallery"] = i % 4 == 1
            a.extra["attach"] = i % 5 == 2
            a.extra["related"] = i % 3 != 2
        assert DELETED_NID not in {a.id for a in arts}
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.by_nid = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]
        self.featured = [arts[1], arts[4], arts[10]]

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        if not a.extra["related"]:
            return []
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", body_class="", crumbs=(), sidebar=True):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        crumb = ""
        if crumbs:
            items = "".join(
                f'<li class="lgd-breadcrumbs__item"><a href="{h}" class="lgd-breadcrumbs__link">{esc(t)}</a></li>'
                for h, t in crumbs
            )
            crumb = f"""<div class="lgd-region lgd-region--breadcrumb region region-breadcrumb"><div class="lgd-container padding-horizontal">
<nav class="lgd-breadcrumbs" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2>
<ol class="lgd-breadcrumbs__items">{items}</ol></nav></div></div>"""
        if sidebar:
            main_html = f"""<div class="lgd-row__two-thirds">
<div class="lgd-region lgd-region--content region region-content">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div>
</div>
<div class="lgd-row__one-third">
<div class="lgd-region lgd-region--sidebar-second region region-sidebar-second">
<div id="block-dgr-base-localgov-news-search" class="block block-localgov-news block-localgov-news-search-block">
<h2 class="block__title">{SEARCH}</h2>
<form action="/news" method="get" id="views-exposed-form-localgov-news-search-page-search-news" accept-charset="UTF-8"><div class="js-form-item form-item form-item-search-api-fulltext"><label for="edit-search-api-fulltext" class="visually-hidden">ค้นหา</label><input type="text" id="edit-search-api-fulltext" name="search_api_fulltext" value="" size="30" maxlength="128" class="form-text" /></div><div class="form-actions"><input type="submit" value="ค้นหา" class="button js-form-submit form-submit" /></div></form>
</div>
<div class="views-element-container block block-views block-views-blocklocalgov-news-list-block-latest" id="block-dgr-base-views-block-news-latest">
<h2 class="block__title">{LATEST}</h2>
<div><div class="view view-localgov-news-list view-id-localgov_news_list view-display-id-block_latest"><div class="item-list"><ul>{latest}</ul></div></div></div>
</div>
</div>
</div>"""
        else:
            main_html = f"""<div class="lgd-row__full">
<div class="lgd-region lgd-region--content region region-content">
{content}
</div>
</div>"""
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}
<link rel="icon" href="/themes/custom/dgr_base/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{esc(title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Qm3kT0bX7l2vVb1r.css?delta=0&amp;language=th&amp;theme=dgr_base&amp;include=eJxtjEEK" />
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"eu_cookie_compliance":{{"cookie_name":"","popup_enabled":true}}}}</script>
</head>
<body class="{body_class}">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="lgd-header">
<div class="lgd-container padding-horizontal"><div class="lgd-header__inner">
<div class="lgd-header__site-branding"><a href="/" rel="home" class="site-logo"><img src="/themes/custom/dgr_base/logo.svg" alt="หน้าแรก" /></a><span class="site-name">{OFFICE}</span></div>
<div class="lgd-header__toggles"><button class="lgd-header__toggle lgd-header__toggle--search" aria-expanded="false">ค้นหา</button><button class="lgd-header__toggle lgd-header__toggle--primary-menu" aria-expanded="false">เมนู</button></div>
</div></div>
<div class="lgd-header__nav lgd-header__nav--primary"><div class="lgd-region lgd-region--primary-menu region region-primary-menu"><nav role="navigation" aria-labelledby="block-dgr-base-main-menu-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-dgr-base-main-menu-menu">เมนูหลัก</h2>
<ul class="lgd-header__nav lgd-header__nav--primary menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about">เกี่ยวกับกรม</a></li><li class="menu-item menu-item--active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/services">บริการประชาชน</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></div>
</header>
{crumb}
<div class="lgd-container">
<main id="main-content">
<div class="lgd-row">
{main_html}
</div>
</main>
</div>
<footer class="lgd-footer">
<div class="lgd-region lgd-region--footer-first region region-footer-first"><div class="lgd-container padding-horizontal">
<div class="block block-block-content"><div class="field field--name-body field--type-text-with-summary field--label-hidden field__item"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 2666 7000 สายด่วน 1310 กด 5</p></div></div>
<div class="block block-visitors"><h2 class="block__title">{VISITORS}</h2><ul><li>วันนี้ : 1,046</li><li>เดือนนี้ : 38,512</li><li>ทั้งหมด : 2,904,377</li></ul></div>
</div></div>
<div class="lgd-region lgd-region--lower-footer-first region region-lower-footer-first"><div class="lgd-container padding-horizontal"><p>&copy; 2567 {OFFICE} สงวนลิขสิทธิ์ | <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a> | <a href="/website-policy">นโยบายเว็บไซต์</a></p></div></div>
</footer>
</div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info eu-cookie-compliance-banner--categories" role="dialog" aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">{COOKIE_BTN}</button><button type="button" class="eu-cookie-withdraw-button visually-hidden">ถอนความยินยอม</button><a href="/cookie-policy" class="eu-cookie-compliance-more-button">ตั้งค่าคุกกี้</a></div></div></div>
<script src="/sites/default/files/js/js_bM2vYkVx8oq1.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=dgr_base"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def teaser(self, a, *, image=False, href=None):
        href = href or a.path
        img = ""
        if image:
            img = (
                f'<div class="lgd-teaser__image"><img loading="lazy" src="/sites/default/files/styles/'
                f'newsroom_featured/public/{a.published:%Y-%m}/news-{a.id}.jpg" width="600" height="400" alt="" /></div>'
            )
        summary = esc(a.paras[0][:160]) + "…"
        return f"""<article role="article" class="lgd-teaser lgd-teaser--localgov-news-article node node--type-localgov-news-article node--view-mode-teaser">
{img}<div class="lgd-teaser__content node__content">
<h3><a href="{href}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h3>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{summary}</p></div>
<div class="lgd-teaser__metadata"><time datetime="{a.published:%Y-%m-%d}" class="lgd-teaser__metadata-item lgd-teaser__metadata-item--date">{d_teaser(a.published)}</time></div>
</div>
</article>"""

    def deleted_teaser(self):
        d = self.pages[1][3].published - dt.timedelta(hours=3)
        return f"""<article role="article" class="lgd-teaser lgd-teaser--localgov-news-article node node--type-localgov-news-article node--view-mode-teaser">
<div class="lgd-teaser__content node__content">
<h3><a href="/node/{DELETED_NID}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการสอบคัดเลือกพนักงานราชการทั่วไป (แก้ไข)</span></a></h3>
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>ตามที่กรมทรัพยากรน้ำบาดาลได้ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป…</p></div>
<div class="lgd-teaser__metadata"><time datetime="{d:%Y-%m-%d}" class="lgd-teaser__metadata-item lgd-teaser__metadata-item--date">{d_teaser(d)}</time></div>
</div>
</article>"""

    def pager(self, n):
        """n is 0-based; query-only hrefs, as Drupal's pager prints them."""
        last = len(self.pages) - 1
        items = []

        def li(cls, href, title, hidden, text, rel=""):
            rel_attr = f' rel="{rel}"' if rel else ""
            return (
                f'<li class="pager__item{cls}"><a href="{href}" title="{title}"{rel_attr}>'
                f'<span class="visually-hidden">{hidden}</span><span aria-hidden="true">{text}</span></a></li>'
            )

        if n > 0:
            items.append(li(" pager__item--first", "?page=0", "ไปหน้าแรก", "หน้าแรก", "« หน้าแรก"))
            items.append(
                li(
                    " pager__item--previous",
                    f"?page={n - 1}",
                    "ไปหน้าก่อนหน้า",
                    "หน้าก่อนหน้า",
                    "‹ ก่อนหน้า",
                    "prev",
                )
            )
        for k in range(last + 1):
            active = " is-active" if k == n else ""
            title = "หน้าปัจจุบัน" if k == n else f"ไปหน้า {k + 1}"
            hidden = "หน้าปัจจุบัน" if k == n else "หน้า"
            items.append(
                f'<li class="pager__item{active}"><a href="?page={k}" title="{title}">'
                f'<span class="visually-hidden">{hidden}</span>{k + 1}</a></li>'
            )
        if n < last:
            items.append(
                li(
                    " pager__item--next",
                    f"?page={n + 1}",
                    "ไปหน้าถัดไป",
                    "หน้าถัดไป",
                    "ถัดไป ›",
                    "next",
                )
            )
            items.append(
                li(" pager__item--last", f"?page={last}", "ไปหน้าสุดท้าย", "หน้าสุดท้าย", "หน้าสุดท้าย »")
            )
        return (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading">'
            '<h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>'
            '<ul class="pager__items js-pager__items">' + "".join(items) + "</ul></nav>"
        )

    def render_list(self, n):
        rows = [f'<div class="views-row">{self.teaser(a)}</div>' for a in self.pages[n]]
        if n == 1:
            rows.insert(4, f'<div class="views-row">{self.deleted_teaser()}</div>')
        featured = "".join(
            f'<div class="field__item">{self.teaser(a, image=True)}</div>' for a in self.featured
        )
        content = f"""<div id="block-dgr-base-localgov-page-header-block" class="block block-localgov-core block-localgov-page-header-block">
<div class="lgd-page-title-block">
<h1 class="lgd-page-title-block__title">ข่าวประชาสัมพันธ์</h1>
<div class="lgd-page-title-block__subheader h3">ข่าวสาร กิจกรรม และการดำเนินงานของ{OFFICE}</div>
</div>
</div>
<div id="block-dgr-base-content" class="block block-system block-system-main-block">
<article role="article" class="newsroom node node--type-localgov-newsroom node--view-mode-full">
<div class="node__content">
<div class="newsroom__featured">
<h2 class="newsroom__featured-title">{FEATURED}</h2>
<div class="field field--name-localgov-newsroom-featured field--type-entity-reference field--label-hidden field__items">{featured}</div>
</div>
<h2 class="newsroom__latest-title">ข่าวทั้งหมด</h2>
<div class="views-element-container"><div class="view view-localgov-news-list view-id-localgov_news_list view-display-id-embed_1 js-view-dom-id-5c1f0e8a9d">
<div class="view-content">
{chr(10).join(rows)}
</div>
{self.pager(n)}
</div></div>
</div>
</article>
</div>"""
        canon = "/news" if n == 0 else f"/news?page={n}"
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                content,
                head=f'<link rel="canonical" href="{canon}" />',
                body_class="path-node page-node-type-localgov-newsroom",
                crumbs=[("/", "หน้าแรก")],
            )
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a):
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            if a.extra["signoff"]:
                out.append(f'<p class="text-align-right">{esc(a.source)}</p>')
            elif a.extra["label"] == "ข่าว/ภาพ :":
                out.append(f"<p><strong>{esc(a.extra['label'])}</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{esc(a.extra['label'])} {esc(a.source)}</p>")
        return "\n".join(out)

    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        d = a.published
        img = f'<img loading="lazy" src="/sites/default/files/styles/large/public/{d:%Y-%m}/news-{a.id}.jpg" width="800" height="533" alt="" />'
        cap = a.extra["caption"]
        figure = (
            f'<div class="field field--name-localgov-news-image field--type-entity-reference field--label-hidden field__item">'
            f'<figure class="media media--type-image">{img}'
            + (f'<figcaption class="media__caption">{esc(cap)}</figcaption>' if cap else "")
            + "</figure></div>"
        )
        extras = []
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="field__item"><a href="/sites/default/files/{d:%Y-%m}/news-{a.id}-{k}.jpg" class="colorbox" data-colorbox-gallery="gallery-node-{a.id}"><img src="/sites/default/files/styles/thumbnail/public/{d:%Y-%m}/news-{a.id}-{k}.jpg" width="220" height="147" alt="" /></a></div>'
                for k in range(1, 7)
            )
            extras.append(
                f'<div class="field field--name-field-gallery field--type-image field--label-above"><div class="field__label">{GALLERY}</div><div class="field__items">{pics}</div></div>'
            )
        if a.extra["attach"]:
            extras.append(
                f'<div class="paragraph paragraph--type-localgov-documents"><div class="field field--name-localgov-documents field--label-above"><div class="field__label">{ATTACH}</div>'
                f'<div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/{d:%Y-%m}/pr-{a.id}.pdf" type="application/pdf">ดาวน์โหลดเอกสาร (PDF, 412 KB)</a></span></div></div></div></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                f'<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">{TAGS_LABEL}</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{30 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></div>'
                    for t in a.tags
                )
                + "</div></div>"
            )
        related = ""
        rel = self.related(a)
        if rel:
            related = (
                f'<h2 class="news-article__related-title">{RELATED}</h2>'
                '<div class="field field--name-localgov-news-related field--type-entity-reference field--label-hidden field__items">'
                + "".join(
                    f'<div class="field__item"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></div>'
                    for x in rel
                )
                + "</div>"
            )
        modified = ""
        if a.modified:
            modified = f'<span class="news-article__metadata-item news-article__metadata-item--changed">{MODIFIED} {d_short(a.modified)}</span>'
        share = f"""<div class="block block-addtoany block-addtoany-block"><h2 class="block__title">{SHARE}</h2><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_dd addtoany" href="https://www.addtoany.com/share#url={quote(url, safe="")}"></a></span></div>"""
        prevnext = '<nav class="lgd-prev-next" aria-label="ข่าวก่อนหน้าและถัดไป"><ul class="lgd-prev-next__list">'
        if older:
            prevnext += f'<li class="lgd-prev-next__list-item lgd-prev-next__list-item--prev"><a href="{older.path}" class="lgd-prev-next__link lgd-prev-next__link--prev"><span class="lgd-prev-next__label">{PREV}</span><span class="lgd-prev-next__title">{esc(older.title)}</span></a></li>'
        if newer:
            prevnext += f'<li class="lgd-prev-next__list-item lgd-prev-next__list-item--next"><a href="{newer.path}" class="lgd-prev-next__link lgd-prev-next__link--next"><span class="lgd-prev-next__label">{NEXT}</span><span class="lgd-prev-next__title">{esc(newer.title)}</span></a></li>'
        prevnext += "</ul></nav>"
        content = f"""<div id="block-dgr-base-content" class="block block-system block-system-main-block">
<article role="article" class="news-article node node--type-localgov-news-article node--view-mode-full">
<div class="lgd-row">
<div class="lgd-row__full">
<div class="news-article__metadata">
<time datetime="{d:%Y-%m-%d}" class="news-article__metadata-item news-article__metadata-item--date">{d_full(d)}</time>
<ul class="news-article__metadata-item news-article__metadata-item--categories" aria-label="หมวดหมู่ข่าว"><li class="news-article__category"><a href="/news?f%5B0%5D=localgov_news_category%3A{12 + CATEGORIES.index(a.extra["category"])}" hreflang="th">{esc(a.extra["category"])}</a></li></ul>
{modified}
</div>
<h1 class="news-article__title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
<div class="news-article__content node__content">
{figure}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body_html(a)}</div>
{chr(10).join(extras)}
{tags}
<ul class="links inline"><li class="statistics-counter">{VIEWS} {a.views:,} ครั้ง</li></ul>
{related}
</div>
</div>
</div>
</article>
</div>
{share}
{prevnext}"""
        head = f"""<link rel="canonical" href="{url}" />
<link rel="shortlink" href="{base}/node/{a.id}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:title" content="{esc(a.title)}" />"""
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                content,
                head=head,
                body_class="path-node page-node-type-localgov-news-article",
                crumbs=[("/", "หน้าแรก"), ("/news", "ข่าวประชาสัมพันธ์")],
            )
        )

    def render_deleted(self):
        content = """<div class="lgd-status-page">
<div class="lgd-page-title-block"><h1 class="lgd-page-title-block__title">ไม่พบข้อมูล</h1></div>
<div class="lgd-status-page__content"><p>ขออภัย ไม่พบหน้าที่ท่านต้องการ หน้านี้อาจถูกลบหรือย้ายไปแล้ว</p>
<p><a href="/news">กลับไปหน้าข่าวประชาสัมพันธ์</a> หรือ <a href="/">กลับหน้าแรก</a></p></div>
</div>"""
        return self.html_response(
            self.shell(
                f"ไม่พบข้อมูล | {OFFICE}",
                content,
                body_class="path-node page-status",
                sidebar=False,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/news", "/news/"):
            n = qs1(query, "page", "0")
            if not n.isdigit() or int(n) >= len(self.pages):
                return None
            return self.render_list(int(n))
        if path.startswith("/news/"):
            a = self.by_slug.get(unquote(path[len("/news/") :]).rstrip("/"))
            return self.render_article(a, base) if a else None
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_nid.get(nid)
            return self.render_article(a, base) if a else None
        if path == "/":
            return 302, {"Location": "/news"}, b""
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                SHARE,
                f"{VIEWS} {a.views:,} ครั้ง",
                COOKIE,
                COOKIE_BTN,
                LATEST,
                SEARCH,
                VISITORS,
                FOOTER,
                PREV,
                NEXT,
                a.extra["category"],
            ]
            if a.extra["caption"]:
                must_not.append(a.extra["caption"])
            if a.extra["gallery"]:
                must_not.append(GALLERY)
            if a.extra["attach"]:
                must_not += [ATTACH, "ดาวน์โหลดเอกสาร (PDF, 412 KB)"]
            if a.modified:
                must_not.append(f"{MODIFIED} {d_short(a.modified)}")
            if self.related(a):
                must_not.append(RELATED)
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in self.articles[:5] if x.title != a.title]
            must_not += [x.title for x in (older, newer) if x and x.title != a.title]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = LocalGovSite()

if __name__ == "__main__":
    main(SITE)
