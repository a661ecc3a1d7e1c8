"""Blind-42 red-team site (part C): **Drupal 10.3 with a custom theme generated from core's
Starterkit (Classy-style BEM classes)**, run by a provincial public-health office, built blind.

What it imitates:
- Generator "Drupal 10 (https://www.drupal.org)", `/core/misc/drupal.js`,
  `script[data-drupal-selector=drupal-settings-json]`, `/rss.xml`, `/themes/custom/` paths;
- pathauto aliases `/news/<yyyy>/<mm>/<nid>`; the headline is the page-title block
  (`h1.page-title > span.field--name-title`) printed in a hero region OUTSIDE the node, while
  `<title>` carries only the office name plus a section label ("ข่าวประชาสัมพันธ์ | ...");
- node "submitted" line hidden; the theme prints a calendar badge (day / Thai month abbreviation
  / BE year in three spans) and a datetime field "วันที่เผยแพร่" as core's datetime formatter does:
  `<time datetime="2024-03-05T07:20:00Z">` (**UTC with Z**) around a Thai text without a time;
- "ปรับปรุงล่าสุด" (core changed field, `<time datetime=...Z>`) only on edited nodes;
- statistics "อ่าน N ครั้ง" (no thousands separator); field "แหล่งที่มา" (label above, some);
  image field with caption (some); file field (some); "แท็ก" terms; Social Media module share
  links; Prev/Next block with neighbour titles; "ข่าวที่เกี่ยวข้อง" Views block; sidebar latest,
  user login block, site visitor counter; EU cookie compliance bar;
- the news view `/news` with the core full pager (`?page=N`, 0-based, query-only hrefs,
  `pager__items js-pager__items`, first/previous/next/last with visually-hidden labels).
Deleted: `/news/2024/02/9113` — an unpublished node that answers 200 with the login wall
("ท่านไม่มีสิทธิ์เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบ" and the user login form), linked from page 2.
"""

from __future__ import annotations

import datetime as dt

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

OFFICE = "สำนักงานสาธารณสุขจังหวัดลำพูน"
LIST = "/news"
PER_PAGE = 8
THEME = "/themes/custom/ssj_starter"
SOURCES = [None, "กลุ่มงานควบคุมโรคติดต่อ", None, "กลุ่มงานส่งเสริมสุขภาพ", None]
TAGS = ["สาธารณสุข", "อสม.", "ไข้เลือดออก", "วัคซีน", "ผู้สูงอายุ", "PM2.5", "ลำพูน"]
DELETED = "/news/2024/02/9113"
COUNTER = "ผู้เยี่ยมชมเว็บไซต์ 1,204,877 ครั้ง"
COOKIE = "เราใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานเว็บไซต์ของท่าน"
FOOTER = "สำนักงานสาธารณสุขจังหวัดลำพูน ถนนแม่ปิง-ลำพูน ตำบลในเมือง อำเภอเมืองลำพูน 51000"
LOGIN_WALL = "ท่านไม่มีสิทธิ์เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบ"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def thai_day(d: dt.datetime) -> str:
    """Date format 'j F Y' with the Thai year (Thai localisation of the custom format)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def thai_dt(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} - {d:%H:%M} น."


class StarterkitSite(BaseSite):
    key = "b42_drupal10_starterkit"
    family = "drupal"
    imitates = "Drupal 10.3 + a custom theme generated from core Starterkit (Classy-style BEM), provincial public-health office: pathauto /news/yyyy/mm/nid; headline only in the page-title block outside the node (title = section | office); submitted hidden; calendar badge split over day / Thai month abbr / BE year spans; datetime field 'วันที่เผยแพร่' as time[datetime=UTC Z] around a Thai day-only text (time visible on some); 'ปรับปรุงล่าสุด' changed field only when edited; statistics 'อ่าน N ครั้ง'; 'แหล่งที่มา' field (some); image caption, file field (some); tags 'แท็ก'; Social Media share; prev/next with titles; related Views block; latest, login, site counter; cookie bar; /news core full pager ?page=N (0-based, query-only hrefs); deleted = unpublished node behind a 200 login wall"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 9, 25, 16, 0, tzinfo=TZ), offset=4217
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 9240 - i * 5 - (i % 3)
            a.path = f"/news/{a.published:%Y}/{a.published:%m}/{a.id}"
            a.time_printed = True  # the datetime attribute always holds the time
            a.extra["show_time"] = i % 3 != 1
            if i % 4 != 2:
                a.modified = None
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(i % 4)]
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 6 == 5
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)
        assert DELETED not in self.by_path and len(self.pages) == 3

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, head_title, hero, content, body_class, node_id=None):
        latest = "".join(
            f'<li><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></li>'
            for a in self.articles[:5]
        )
        shortlink = (
            f'<link rel="shortlink" href="/node/{node_id}" />\n<link rel="canonical" href="/node/{node_id}" />'
            if node_id
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{shortlink}
<link rel="icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="/rss.xml" />
<title>{esc(head_title)} | {OFFICE}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xh3bq1t0mWc9-Q.css?delta=0&amp;language=th&amp;theme=ssj_starter&amp;include=eJxVi0" />
</head>
<body class="{body_class} path-node">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="layout-container">
<header role="banner"><div class="region region-header">
<div id="block-ssj-starter-site-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="site-logo"><img src="{THEME}/logo.svg" alt="หน้าแรก" /></a><div class="site-name"><a href="/" rel="home">{OFFICE}</a></div><div class="site-slogan">ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข</div></div>
<div class="font-tools"><span>ขนาดตัวอักษร</span> <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a></div>
</div>
<div class="region region-primary-menu"><nav role="navigation" aria-labelledby="block-ssj-starter-main-menu-menu" id="block-ssj-starter-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-ssj-starter-main-menu-menu">Main navigation</h2><ul class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item menu-item--active-trail"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
</header>
<div class="region region-breadcrumb"><div id="block-ssj-starter-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">หน้าแรก</a></li><li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li></ol></nav></div></div>
<div class="region region-hero">{hero}</div>
<div data-drupal-messages-fallback class="hidden"></div>
<main role="main"><a id="main-content" tabindex="-1"></a>
<div class="layout-content">{content}</div>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">
<div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest"><h2>ข่าวล่าสุด</h2><div><div class="view view-news-latest view-id-news_latest view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div><div class="more-link"><a href="{LIST}">ดูทั้งหมด</a></div></div></div></div>
<div id="block-ssj-starter-userlogin" role="form" class="block block-user block-user-login-block"><h2>เข้าสู่ระบบ</h2><form class="user-login-form" data-drupal-selector="user-login-form" action="/news?destination=/news" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item js-form-type-textfield form-type-textfield js-form-item-name form-item-name"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" data-drupal-selector="edit-name" type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" required="required" /></div><div class="js-form-item form-item js-form-type-password form-type-password js-form-item-pass form-item-pass"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input data-drupal-selector="edit-pass" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" required="required" /></div><div data-drupal-selector="edit-actions" class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input data-drupal-selector="edit-submit" type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form><div class="item-list"><ul><li><a href="/user/password" title="ส่งคำแนะนำในการตั้งรหัสผ่านใหม่ทางอีเมล" class="request-password-link">ลืมรหัสผ่าน</a></li></ul></div></div>
<div id="block-ssj-starter-visitors" class="block block-block-content"><h2>สถิติผู้เข้าชม</h2><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{COUNTER}</p></div></div>
</div></aside>
</main>
<footer role="contentinfo"><div class="region region-footer"><div id="block-ssj-starter-footer" class="block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{FOOTER} โทรศัพท์ 0-5351-1091</p><p>สงวนลิขสิทธิ์ © 2567 {OFFICE}</p></div></div></div></footer>
</div></div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p><button type="button" class="find-more-button eu-cookie-compliance-more-button">นโยบายคุกกี้</button></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentPath":"node\\/{node_id or ""}","currentLanguage":"th"}},"pluralDelimiter":"\\u0003","ajaxPageState":{{"theme":"ssj_starter","libraries":"eJxVi0"}}}}</script>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
<script src="/core/misc/drupalSettingsLoader.js?v=10.3.6"></script>
<script src="/core/misc/drupal.js?v=10.3.6"></script>
<script src="/core/misc/drupal.init.js?v=10.3.6"></script>
</body>
</html>
"""

    def hero(self, title):
        return f'<div id="block-ssj-starter-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1></div>'

    def badge(self, d):
        return f'<div class="news-date-badge"><span class="badge__day">{d.day}</span><span class="badge__month">{MONTHS_ABBR[d.month - 1]}</span><span class="badge__year">{d.year + 543}</span></div>'

    def teaser(self, a, title=None, path=None):
        title = title or a.title
        path = path or a.path
        img = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/news_card/public/2024-09/{a.id}.jpg" width="360" height="240" alt="" /></a></div></div>'
            if a.extra["image"]
            else ""
        )
        return f"""<div class="views-row"><article class="news-card">{self.badge(a.published)}{img}<div class="views-field views-field-title"><h3 class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></h3></div>
<div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:150])}…</div></div>
<div class="views-field views-field-totalcount"><span class="field-content">อ่าน {a.views} ครั้ง</span></div></article></div>"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return f"?page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager__item pager__item--first"><a href="{href(0)}" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="{href(k - 1)}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="pager__item is-active"><a href="{href(j)}" title="หน้าปัจจุบัน" aria-current="page"><span class="visually-hidden">หน้าปัจจุบัน</span>{j + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="{href(j)}" title="ไปหน้า {j + 1}"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="{href(k + 1)}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="{href(n - 1)}" title="ไปหน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return f'<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">Pagination</h4><ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.teaser(a) for a in self.pages[k]]
        if k == 1:
            rows.insert(3, self.teaser(self.pages[1][3], "ประกาศรับสมัครอาสาสมัคร (ยกเลิก)", DELETED))
        content = f"""<div class="region region-content"><div id="block-ssj-starter-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3f0c2d">
<div class="view-header"><p>ข่าวสารและกิจกรรมของ{OFFICE}</p></div>
<div class="view-content">{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icons"><a href="/news/rss.xml" class="feed-icon">ติดตาม ข่าวประชาสัมพันธ์</a></div>
</div></div></div></div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            self.hero("ข่าวประชาสัมพันธ์"),
            content,
            "path-news page-view-news",
        )

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [x for j, x in enumerate(self.articles) if j != i and (j - i) % 5 == 2][:4]

    def node(self, a):
        d = a.published
        shown = thai_dt(d) if a.extra["show_time"] else thai_day(d)
        img = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><figure><img loading="lazy" src="/sites/default/files/styles/large/public/2024-09/{a.id}.jpg" width="800" height="533" alt="" /><figcaption>ภาพกิจกรรม {esc(OFFICE)}</figcaption></figure></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        changed = (
            f'<div class="field field--name-changed field--type-changed field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item"><time datetime="{utc(a.modified)}" title="{thai_dt(a.modified)}">{thai_dt(a.modified)}</time></div></div>'
            if a.modified
            else ""
        )
        source = (
            f'<div class="field field--name-field-source field--type-string field--label-above"><div class="field__label">แหล่งที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        files = (
            f'<div class="field field--name-field-attachments field--type-file field--label-above"><div class="field__label">ไฟล์แนบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-09/hpc-{a.id}.pdf" type="application/pdf">หนังสือแจ้งเวียน-{a.id}.pdf</a></span><span>(245.1 KB)</span></div></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{40 + TAGS.index(t)}" hreflang="th">{esc(t)}</a></div>'
                for t in a.tags
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        newer, older = self.neighbours(a)
        nav = '<nav class="node-prev-next" aria-label="ข่าวก่อนหน้า / ถัดไป"><ul>'
        if older:
            nav += f'<li class="prev"><span class="label">ข่าวก่อนหน้า</span> <a href="{older.path}" rel="prev">{esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><span class="label">ข่าวถัดไป</span> <a href="{newer.path}" rel="next">{esc(newer.title)}</a></li>'
        nav += "</ul></nav>"
        related = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span> <span class="views-field views-field-created"><time datetime="{utc(x.published)}">{thai_day(x.published)}</time></span></div>'
            for x in self.related(a)
        )
        content = f"""<div class="region region-content">
<div id="block-ssj-starter-content" class="block block-system block-system-main-block">
<article data-history-node-id="{a.id}" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node__meta">{self.badge(d)}
    <div class="field field--name-field-publish-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่เผยแพร่</div><div class="field__item"><time datetime="{utc(d)}" class="datetime">{shown}</time></div></div>
    {changed}
  </div>
  <div class="node__content">
    <div class="social-media-links"><span class="label">แชร์ข่าวนี้</span> <a href="https://www.facebook.com/share.php?u={a.path}" class="facebook-share share" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="line share">LINE</a> <a href="https://twitter.com/intent/tweet?url={a.path}" class="twitter share">X</a> <a href="/print/node/{a.id}" class="print share">พิมพ์</a></div>
    {img}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
    {source}
    {files}
    {tags}
  </div>
  <ul class="links inline"><li class="statistics-counter">อ่าน {a.views} ครั้ง</li></ul>
  {nav}
</article>
</div>
<div class="views-element-container block block-views block-views-blocknews-related-block-1" id="block-views-block-news-related"><h2>ข่าวที่เกี่ยวข้อง</h2><div><div class="view view-news-related view-id-news_related view-display-id-block_1"><div class="view-content">{related}</div></div></div></div>
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            self.hero(a.title),
            content,
            f"page-node-{a.id} page-node-type-news",
            a.id,
        )

    def login_wall(self):
        content = f"""<div class="region region-content"><div data-drupal-messages><div role="contentinfo" aria-label="ข้อความเตือน" class="messages messages--warning">{LOGIN_WALL}</div></div>
<div id="block-ssj-starter-content" class="block block-system block-system-main-block"><form class="user-login-form" data-drupal-selector="user-login-form" action="/user/login?destination={DELETED}" method="post" id="user-login-form--2" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name--2" class="js-form-required form-required">ชื่อผู้ใช้</label><input type="text" id="edit-name--2" name="name" size="60" maxlength="60" class="form-text required" /><div class="description">กรอกชื่อผู้ใช้ของคุณสำหรับ {OFFICE}</div></div><div class="js-form-item form-item"><label for="edit-pass--2" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /></div><div class="form-actions"><input type="submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form></div></div>"""
        return self.shell("เข้าสู่ระบบ", self.hero("เข้าสู่ระบบ"), content, "path-user")

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = qs1(query, "page", "0")
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path in self.by_path:
            return self.html_response(self.node(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.login_wall())
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                "วันที่เผยแพร่",
                thai_day(d),
                f"อ่าน {a.views} ครั้ง",
                "แชร์ข่าวนี้",
                "Facebook",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน",
                "ขนาดตัวอักษร",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.modified:
                must_not += ["ปรับปรุงล่าสุด", thai_dt(a.modified)]
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", f"หนังสือแจ้งเวียน-{a.id}.pdf"]
            if a.tags:
                must_not.append("แท็ก")
            newer, older = self.neighbours(a)
            must_not += [x.title for x in (newer, older) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(
                    a, published_time=True, modified=True, modified_time=True, must_not=must_not
                )
            )
        return out


SITE = StarterkitSite()

if __name__ == "__main__":
    main(SITE)
