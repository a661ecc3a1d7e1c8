"""Blind-29 red-team site: **Drupal 10 with the USWDS Base theme** (`uswds_base`, U.S. Web
Design System 3 markup) run by a Thai provincial health office (สำนักงานสาธารณสุขจังหวัดลำพูน),
Thai interface translation, built blind.

What it imitates:
- Drupal 10 fingerprints: `meta name=Generator content="Drupal 10 (https://www.drupal.org)"`,
  `/core/misc/drupal.js`, `/themes/contrib/uswds_base/`, `/sites/default/files/...`,
  `data-drupal-selector`, `drupalSettings` JSON, `/rss.xml`, Thai pathauto aliases
  `/ข่าวประชาสัมพันธ์/<title slug>` (percent-encoded in hrefs) and `/node/N` shortlinks;
- USWDS shell: `section.usa-banner` ("เว็บไซต์ทางการของหน่วยงานภาครัฐไทย"), extended
  `header.usa-header` with `.usa-logo` (site name in `em.usa-logo__text`), `nav.usa-nav`,
  `nav.usa-breadcrumb`, `main#main-content`, sidebar `nav` with `usa-sidenav`, `footer.usa-footer`
  and `section.usa-identifier`; EU Cookie Compliance banner markup;
- node: `h1` holding `span.field--name-title`; **published date as
  `<time datetime="...Z">` in UTC** (Drupal's datetime formatter) printing only the Thai day
  "วันอังคาร 5 มีนาคม 2567" (the time of day is only in the attribute, 7 hours earlier in UTC,
  sometimes on the previous day); "ปรับปรุงล่าสุด" with a second UTC `<time>` printing a short
  Thai date, **on every node** (equal to the created time for never-edited ones);
  "เข้าชม 1,234 ครั้ง" (statistics) on the submitted line; Printable links "พิมพ์" / "ส่งอีเมล";
  body field; image field (some); file field "เอกสารแนบ" (some); "ที่มา" field (some); tags
  as `usa-tag` links under "แท็ก"; Better Social Sharing Buttons "แบ่งปัน" after the body;
  entity_pager "‹ ข่าวก่อนหน้า: <title>" / "ทั้งหมด" / "ข่าวถัดไป: <title> ›"; comment login prompt;
  "ข่าวที่เกี่ยวข้อง" Views block as a `usa-card-group` under the node;
- listing: Views page `/news`, USWDS pager `nav.usa-pagination` with numbered `?page=N`
  (0-based, **query-only hrefs** `?page=1`), previous / next.
Deleted: a node unpublished and pointed at the site's "ไม่พบเนื้อหา" basic page by the
Redirect 404 handling: its old alias answers 200 with that empty page.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขจังหวัดลำพูน"
HOST = "https://lpnpho.go.th"
T = "/themes/contrib/uswds_base"
SOURCES = ["กลุ่มงานควบคุมโรคติดต่อ", None, "กลุ่มงานส่งเสริมสุขภาพ", "โรงพยาบาลลำพูน", None]
PER_PAGE = 8
SECTION = "ข่าวประชาสัมพันธ์"
DELETED_TITLE = "ประกาศรับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน รุ่นพิเศษ"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 412,388 ครั้ง"
UTC = dt.UTC


def slug(title: str) -> str:
    s = re.sub(r"[^\w\u0e00-\u0e7f]+", "-", title).strip("-")
    return s[:60].strip("-")


def utc(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def long_day(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def short_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


class UswdsSite(BaseSite):
    key = "b29_drupal10_uswds"
    family = "drupal"
    imitates = "Drupal 10 + USWDS Base theme, Thai translation, provincial health office: pathauto Thai aliases; h1 > span.field--name-title; published as <time datetime=UTC Z> printing only the Thai day; 'ปรับปรุงล่าสุด' <time Z> on every node; 'เข้าชม N ครั้ง'; print/email; image, file and 'ที่มา' fields (some); usa-tag tags; 'แบ่งปัน' share; entity_pager with neighbour titles; comment prompt; 'ข่าวที่เกี่ยวข้อง' card group; USWDS pager ?page=N (0-based, query-only hrefs); deleted = old alias answering 200 with the 'ไม่พบเนื้อหา' page"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 6, 20, 15, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        nid = 2740
        used = set()
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 4
            a.time_printed = True  # the <time datetime> always carries the time
            if i % 3 == 1:
                a.published = a.published.replace(hour=6, minute=10 + i)  # previous day in UTC
            if a.modified is None:
                a.modified = a.published
            a.source = SOURCES[i % len(SOURCES)]
            s = slug(a.title)
            if s in used:
                s += "-0"
            used.add(s)
            a.path = f"/{quote(SECTION)}/{quote(s)}"
            a.extra["alias"] = f"/{SECTION}/{s}"
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 6 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_alias = {a.extra["alias"]: a for a in arts}
        self.by_nid = {f"/node/{a.id}": a for a in arts}
        self.deleted_alias = f"/{SECTION}/{slug(DELETED_TITLE)}"

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [quote(self.deleted_alias)]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", sidebar=True):
        side = ""
        if sidebar:
            side = (
                """<aside class="usa-layout-docs__sidenav desktop:grid-col-3">
<nav aria-label="เมนูข่าว"><ul class="usa-sidenav">
<li class="usa-sidenav__item"><a href="/news" class="usa-current">ข่าวประชาสัมพันธ์</a></li>
<li class="usa-sidenav__item"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li>
<li class="usa-sidenav__item"><a href="/jobs">ข่าวรับสมัครงาน</a></li>
<li class="usa-sidenav__item"><a href="/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
</ul></nav>
<div class="block block-statistics"><h2 class="block-title">สถิติผู้เข้าชม</h2><p>วันนี้ 387 ครั้ง<br>"""
                + SITE_COUNTER
                + "</p></div></aside>"
            )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="{HOST}/rss.xml" />
{head_extra}    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/core/themes/stable9/css/system/components/align.module.css?s8k2tq" />
<link rel="stylesheet" media="all" href="/modules/contrib/better_social_sharing_buttons/css/better_social_sharing_buttons.css?s8k2tq" />
<link rel="stylesheet" media="all" href="/modules/contrib/eu_cookie_compliance/css/eu_cookie_compliance.css?s8k2tq" />
<link rel="stylesheet" media="all" href="{T}/assets/css/uswds.min.css?s8k2tq" />
<link rel="stylesheet" media="all" href="/themes/custom/lpn_uswds/css/styles.css?s8k2tq" />
    <script src="{T}/assets/js/uswds-init.min.js?v=3.8.0"></script>
  </head>
  <body class="{body_class}">
    <a href="#main-content" class="usa-skipnav">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<section class="usa-banner" aria-label="เว็บไซต์ทางการ">
  <div class="usa-accordion"><header class="usa-banner__header"><div class="usa-banner__inner">
    <div class="grid-col-auto"><img aria-hidden="true" class="usa-banner__header-flag" src="{T}/assets/img/th-flag-small.png" alt="" /></div>
    <div class="grid-col-fill tablet:grid-col-auto" aria-hidden="true"><p class="usa-banner__header-text">เว็บไซต์ทางการของหน่วยงานภาครัฐไทย</p><p class="usa-banner__header-action">ตรวจสอบได้อย่างไร</p></div>
  </div></header></div>
</section>
<div class="usa-overlay"></div>
<header class="usa-header usa-header--extended" id="header" role="banner">
  <div class="usa-navbar">
    <div class="usa-logo" id="extended-logo"><a href="/" title="หน้าแรก" rel="home"><img src="/sites/default/files/logo-lpnpho.png" alt="หน้าแรก" /><em class="usa-logo__text">{OFFICE}</em></a></div>
    <button type="button" class="usa-menu-btn">เมนู</button>
  </div>
  <nav aria-label="เมนูหลัก" class="usa-nav">
    <div class="usa-nav__inner">
      <button type="button" class="usa-nav__close"><img src="{T}/assets/img/usa-icons/close.svg" role="img" alt="ปิด" /></button>
      <ul class="usa-nav__primary usa-accordion">
        <li class="usa-nav__primary-item"><a href="/" class="usa-nav-link"><span>หน้าแรก</span></a></li>
        <li class="usa-nav__primary-item"><a href="/about" class="usa-nav-link"><span>เกี่ยวกับหน่วยงาน</span></a></li>
        <li class="usa-nav__primary-item"><a href="/news" class="usa-nav-link usa-current"><span>ข่าวประชาสัมพันธ์</span></a></li>
        <li class="usa-nav__primary-item"><a href="/services" class="usa-nav-link"><span>บริการประชาชน</span></a></li>
        <li class="usa-nav__primary-item"><a href="/contact" class="usa-nav-link"><span>ติดต่อเรา</span></a></li>
      </ul>
      <div class="usa-nav__secondary"><section aria-label="ค้นหา"><form class="usa-search usa-search--small" action="/search/node" method="get" role="search"><label class="usa-sr-only" for="edit-keys">ค้นหา</label><input class="usa-input" id="edit-keys" type="search" name="keys" data-drupal-selector="edit-keys" /><button class="usa-button" type="submit"><span class="usa-sr-only">ค้นหา</span></button></form></section></div>
    </div>
  </nav>
</header>
<main class="main-content usa-layout-docs usa-section" id="main-content" role="main">
  <div class="grid-container">
    <nav class="usa-breadcrumb" aria-label="Breadcrumbs"><ol class="usa-breadcrumb__list">
      <li class="usa-breadcrumb__list-item"><a href="/" class="usa-breadcrumb__link"><span>หน้าแรก</span></a></li>
      {crumb}
    </ol></nav>
    <div class="grid-row grid-gap">
      {side}
      <div class="usa-layout-docs__main desktop:grid-col-9 usa-prose">
        <div data-drupal-messages-fallback class="hidden"></div>
{content}
      </div>
    </div>
  </div>
</main>
<footer class="usa-footer usa-footer--medium" role="contentinfo">
  <div class="grid-container usa-footer__return-to-top"><a href="#">กลับขึ้นด้านบน</a></div>
  <div class="usa-footer__primary-section"><nav class="usa-footer__nav" aria-label="เมนูส่วนท้าย"><ul class="grid-row grid-gap">
    <li class="mobile-lg:grid-col-4 usa-footer__primary-content"><a class="usa-footer__primary-link" href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li>
    <li class="mobile-lg:grid-col-4 usa-footer__primary-content"><a class="usa-footer__primary-link" href="/sitemap">แผนผังเว็บไซต์</a></li>
    <li class="mobile-lg:grid-col-4 usa-footer__primary-content"><a class="usa-footer__primary-link" href="/rss.xml">RSS</a></li>
  </ul></nav></div>
  <div class="usa-footer__secondary-section"><div class="grid-container"><div class="usa-footer__contact-links"><address class="usa-footer__address">{OFFICE} 54 ถนนอินทยงยศ ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร 0-5351-1321</address></div></div></div>
</footer>
<section class="usa-identifier" aria-label="ข้อมูลหน่วยงาน"><section class="usa-identifier__section usa-identifier__section--masthead"><div class="usa-identifier__container"><p class="usa-identifier__identity-domain">lpnpho.go.th</p><p class="usa-identifier__identity-disclaimer">เว็บไซต์ทางการของ {OFFICE} กระทรวงสาธารณสุข</p></div></section></section>
    </div>
<div id="sliding-popup" class="sliding-popup-bottom" role="banner"><div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><h2>เว็บไซต์นี้ใช้คุกกี้</h2><p>เพื่อพัฒนาประสบการณ์การใช้งานของท่าน โปรดยอมรับการใช้คุกกี้</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"pluralDelimiter":"\\u0003","eu_cookie_compliance":{{"popup_enabled":true}},"user":{{"uid":0,"permissionsHash":"9a3c1e"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupal.js?v=10.2.6"></script>
<script src="/core/misc/drupal.init.js?v=10.2.6"></script>
<script src="{T}/assets/js/uswds.min.js?v=3.8.0"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a):
        img = ""
        if a.extra.get("image"):
            img = f'<div class="usa-collection__img"><img src="/sites/default/files/styles/thumbnail/public/news/{a.id}-1.jpg?itok=Q1w2E3r4" alt="" loading="lazy" /></div>'
        return f"""<li class="usa-collection__item views-row">{img}
  <div class="usa-collection__body">
    <h2 class="usa-collection__heading"><a class="usa-link" href="{href}">{esc(title)}</a></h2>
    <p class="usa-collection__description">{esc(a.paras[0][:160])}…</p>
    <ul class="usa-collection__meta" aria-label="ข้อมูลเพิ่มเติม"><li class="usa-collection__meta-item"><time datetime="{utc(a.published)}">{short_day(a.published)}</time></li></ul>
  </div>
</li>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="usa-pagination__item usa-pagination__arrow"><a href="?page={k - 1}" class="usa-pagination__link usa-pagination__previous-page" aria-label="หน้าก่อนหน้า" rel="prev"><span class="usa-pagination__link-text">ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            cur = ' usa-current" aria-current="page' if j == k else ""
            items.append(
                f'<li class="usa-pagination__item usa-pagination__page-no"><a href="?page={j}" class="usa-pagination__button{cur}" aria-label="หน้า {j + 1}">{j + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="usa-pagination__item usa-pagination__arrow"><a href="?page={k + 1}" class="usa-pagination__link usa-pagination__next-page" aria-label="หน้าถัดไป" rel="next"><span class="usa-pagination__link-text">ถัดไป</span></a></li>'
            )
        return f'<nav aria-label="Pagination" class="usa-pagination" role="navigation"><ul class="usa-pagination__list js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(2, self.card(DELETED_TITLE, quote(self.deleted_alias), self.pages[1][1]))
        content = f"""<div class="region region-content">
<div id="block-lpn-uswds-page-title" class="block block-core block-page-title-block"><h1 class="page-title">{SECTION}</h1></div>
<div id="block-lpn-uswds-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-8f0e3a">
  <div class="view-content"><ul class="usa-collection">
{"".join(rows)}  </ul></div>
  {self.pager(k)}
  <div class="feed-icons"><a href="/rss.xml" class="feed-icon">สมัครสมาชิก {OFFICE}</a></div>
</div></div></div></div>"""
        crumb = f'<li class="usa-breadcrumb__list-item usa-current" aria-current="page"><span>{SECTION}</span></li>'
        return self.shell(f"{SECTION} | {OFFICE}", content, crumb, "path-news")

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i - 3, i + 4) if 0 <= j < len(self.articles)][:3]

    def node(self, a):
        url = f"{HOST}{a.path}"
        edited = a.modified != a.published
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field--name-field-image field--type-image field--label-hidden field__items"><div class="field__item"><figure><img loading="lazy" src="/sites/default/files/styles/wide/public/news/{a.id}-1.jpg?itok=Z9y8X7w6" width="1090" height="613" alt="ภาพกิจกรรม" /><figcaption>ภาพประกอบข่าว</figcaption></figure></div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/attachments/news-{a.id}.pdf" type="application/pdf">news-{a.id}.pdf</a></span> <span class="file-size">(182.4 KB)</span></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field__item"><a href="/taxonomy/term/{41 + j}" class="usa-tag" hreflang="th">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">แท็ก</div><ul class="field__items">{items}</ul></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        share = f'<div class="social-sharing-buttons"><span class="social-sharing-buttons__label">แบ่งปัน</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="social-sharing-buttons__button share-facebook" rel="noopener" title="Facebook"><svg aria-hidden="true"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#facebook"></use></svg></a><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" class="social-sharing-buttons__button share-line" rel="noopener" title="Line"></a><a href="https://twitter.com/intent/tweet?url={url}" target="_blank" class="social-sharing-buttons__button share-x" rel="noopener" title="X"></a><a href="#" onclick="navigator.clipboard.writeText(\'{url}\')" class="social-sharing-buttons__button btn-copy" title="คัดลอกลิงก์">คัดลอกลิงก์</a></div>'
        newer, older = self.neighbours(a)
        pager = '<div class="entity-pager"><ul class="entity-pager__items">'
        if older:
            pager += f'<li class="entity-pager__item entity-pager__item--prev"><a href="{older.path}" class="usa-link">‹ ข่าวก่อนหน้า: {esc(older.title)}</a></li>'
        pager += (
            '<li class="entity-pager__item entity-pager__item--all"><a href="/news">ทั้งหมด</a></li>'
        )
        if newer:
            pager += f'<li class="entity-pager__item entity-pager__item--next"><a href="{newer.path}" class="usa-link">ข่าวถัดไป: {esc(newer.title)} ›</a></li>'
        pager += "</ul></div>"
        changed = f'<span class="node__changed">ปรับปรุงล่าสุด <time datetime="{utc(a.modified)}">{short_day(a.modified)}</time></span>'
        return f"""<article data-history-node-id="{a.id}" class="node node--type-news{" node--edited" if edited else ""} node--promoted node--view-mode-full usa-prose">
  <div class="node__meta">
    <span class="node__submitted">เผยแพร่เมื่อ <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc(a.published)}" class="datetime">{long_day(a.published)}</time></span></span>
    {changed}
    <span class="statistics-counter">เข้าชม {a.views:,} ครั้ง</span>
    <span class="printable"><a href="/node/{a.id}/printable/print" class="print-page" rel="nofollow">พิมพ์</a> <a href="/printable/email/node/{a.id}" class="email-page" rel="nofollow">ส่งอีเมล</a></span>
  </div>
  <div class="node__content">
    {image}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {source}{files}{tags}
    {share}
    {pager}
    <section class="comment-section"><h2 class="title">ความคิดเห็น</h2><p class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</p></section>
  </div>
</article>"""

    def detail(self, a):
        cards = "".join(
            f'<li class="usa-card tablet:grid-col-4"><div class="usa-card__container"><div class="usa-card__header"><h3 class="usa-card__heading"><a href="{r.path}">{esc(r.title)}</a></h3></div><div class="usa-card__body"><p><time datetime="{utc(r.published)}">{short_day(r.published)}</time></p></div></div></li>'
            for r in self.related(a)
        )
        content = f"""<div class="region region-content">
<div id="block-lpn-uswds-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
<div id="block-lpn-uswds-content" class="block block-system block-system-main-block">
{self.node(a)}
</div>
<div class="views-element-container block block-views block-views-blocknews-related-block-1"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="view view-news-related"><ul class="usa-card-group">{cards}</ul></div></div>
</div>"""
        head = (
            f'<link rel="canonical" href="{HOST}{a.path}" />\n<link rel="shortlink" href="{HOST}/node/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="article:published_time" content="{a.published.isoformat()}" />\n'
        )
        crumb = f'<li class="usa-breadcrumb__list-item"><a href="/news" class="usa-breadcrumb__link"><span>{SECTION}</span></a></li>'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            f"path-node page-node-type-news node-{a.id}",
            head,
        )

    def gone(self):
        content = """<div class="region region-content">
<div class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">ไม่พบเนื้อหา</span></h1></div>
<div class="block block-system block-system-main-block"><article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="field field--name-body"><p>ขออภัย เนื้อหาที่ท่านค้นหาอาจถูกย้ายหรือยกเลิกการเผยแพร่แล้ว</p><p><a class="usa-button" href="/news">กลับไปหน้าข่าวประชาสัมพันธ์</a></p></div></div></article></div>
</div>"""
        return self.shell(
            f"ไม่พบเนื้อหา | {OFFICE}", content, "", "path-node page-node-type-page", sidebar=False
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == self.deleted_alias:
            return self.html_response(self.gone())
        if path in self.by_alias:
            return self.html_response(self.detail(self.by_alias[path]))
        if path in self.by_nid:
            return 301, {"Location": base + self.by_nid[path].path}, b""
        if path == "/rss.xml":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}/</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                long_day(a.published),
                f"เข้าชม {a.views:,} ครั้ง",
                "ปรับปรุงล่าสุด",
                "เผยแพร่เมื่อ",
                "แบ่งปัน",
                "คัดลอกลิงก์",
                "ส่งอีเมล",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "เว็บไซต์นี้ใช้คุกกี้",
                "เว็บไซต์ทางการของหน่วยงานภาครัฐไทย",
                SITE_COUNTER,
                "ถนนอินทยงยศ",
                "แท็ก",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"news-{a.id}.pdf"]
            if a.extra["image"]:
                must_not += ["ภาพประกอบข่าว"]
            must_not += a.tags
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = UswdsSite()

if __name__ == "__main__":
    main(SITE)
