"""Blind-44 red-team site (part C): **Drupal 10 + More than (just) Themes "Corporate Lite"**,
run by a provincial public-health office, built blind.

What it imitates:
- pathauto aliases made from the Thai title (`/ข่าวประชาสัมพันธ์/<words-of-the-title>`), generator
  "Drupal 10 (https://www.drupal.org)", `/themes/contrib/corporate_lite/`, `/sites/default/files/`,
  `/rss.xml`; Corporate Lite regions (`header-container`, `highlighted`, `banner` with the page
  title block, `main-content`, `sidebar`, `footer`, `subfooter`), `region--*` classes;
- node page: `h1.page-title` in the banner region (the headline), breadcrumb; `node__meta` with
  the author login and the **Drupal "long" date format left untranslated in shape**:
  `l, F j, Y - H:i` -> "วันพฤหัสบดี, พฤษภาคม 30, 2024 - 16:00" (month name before the day, CE
  year, no machine date); "ปรับปรุงล่าสุด" field on edited nodes only (same format);
  statistics "เข้าชม N ครั้ง" in the node links; AddToAny bar and print link at the top of the
  node; field "แหล่งข่าว" (some); image (some); file field "เอกสารแนบ" (some); "แท็ก" terms;
  a "ข่าวที่เกี่ยวข้อง" Views block and a comment section with the login prompt inside the node;
  sidebar "ข่าวล่าสุด" and a visitor counter; EU cookie compliance bar;
- listing: Views page `/ข่าวประชาสัมพันธ์` with an exposed category filter, so the full pager's
  links carry `?category=All&page=N` (0-based).
Deleted: an unpublished node linked from page 2; the site's 403 page is a node served with 200
("ไม่มีสิทธิ์เข้าถึงหน้านี้" + the login form).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดนครนายก"
LIST = "/ข่าวประชาสัมพันธ์"
TH = "/themes/contrib/corporate_lite"
PER = 9
SOURCES = [None, "กลุ่มงานควบคุมโรคติดต่อ", None, "โรงพยาบาลนครนายก", "กลุ่มงานส่งเสริมสุขภาพ"]
TAGS = ["ไข้เลือดออก", "อสม.", "วัคซีน", "ผู้สูงอายุ", "สุขภาพจิต", "โรงพยาบาลส่งเสริมสุขภาพตำบล"]
WEEKDAYS_L = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
DELETED = f"{LIST}/ประกาศรับสมัครลูกจ้างชั่วคราว-ตำแหน่งนักวิชาการสาธารณสุข"
DELETED_TITLE = "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งนักวิชาการสาธารณสุข"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,377 คน"
COOKIE = "เราใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานเว็บไซต์ของท่าน"
FOOTER = "ถนนสุวรรณศร ตำบลบ้านใหญ่ อำเภอเมืองนครนายก 26000"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"


def long_fmt(d: dt.datetime) -> str:
    """Drupal 'long' (l, F j, Y - H:i) in the Thai interface: month name before the day, CE."""
    return f"{WEEKDAYS_L[d.weekday()]}, {MONTHS[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"


def slug(title: str) -> str:
    """pathauto-like: punctuation dropped, spaces to '-', cut at 60 characters."""
    s = re.sub(r"[\"'“”‘’.,:;!?()\[\]/\\&%#+*<>|]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    return s[:60].strip("-")


class CorpLiteSite(BaseSite):
    key = "b44_drupal10_corplite"
    family = "drupal"
    imitates = "Drupal 10 + Corporate Lite (More than Themes), provincial health office, Views exposed-filter pager"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 20, 15, 0, tzinfo=TZ), offset=5
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        used = set()
        for i, a in enumerate(arts):
            a.id = 2310 - i * 4
            s = slug(a.title)
            if s in used:
                s = f"{s}-{i}"
            used.add(s)
            a.path = f"{LIST}/{s}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.views = 41 + (i * 173) % 3100
            a.modified = a.modified if i % 3 == 1 else None
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 6 == 4
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_href(self, k):
        return f"{LIST}?category=All&amp;page={k}"

    def listing_pages(self):
        return [LIST] + [f"{LIST}?category=All&page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, title_block, crumbs, head_title, body_cls):
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}" hreflang="th">{esc(a.title)}</a></span></div></div>'
            for a in self.articles[:5]
        )
        crumb = "".join(
            f'<li class="breadcrumb__item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="icon" href="{TH}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="/rss.xml" />
<title>{esc(head_title)}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq8k1l0d.css?delta=0&amp;language=th&amp;theme=corporate_lite&amp;include=eJxLzs8" />
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.7.1"></script>
</head>
<body class="{body_cls} layout-one-sidebar layout-sidebar-second path-node page-node-type-article">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="header-container">
<div class="clearfix header region--dark-typography region--white-background"><div class="container"><div class="clearfix header__container"><div class="row">
<div class="col-lg-3"><div class="clearfix header__section header-first"><div id="block-corporate-lite-branding" class="clearfix site-branding block block-system block-system-branding-block"><a href="/" rel="home" class="site-branding__logo"><img src="/sites/default/files/logo_0.png" alt="หน้าแรก" /></a><div class="site-branding__text"><div class="site-branding__name"><a href="/" rel="home">{OFFICE}</a></div></div></div></div></div>
<div class="col-lg-9"><div class="clearfix header__section header-second"><nav role="navigation" aria-labelledby="block-corporate-lite-main-menu-menu" id="block-corporate-lite-main-menu" class="clearfix block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-corporate-lite-main-menu-menu">Main navigation</h2><ul class="clearfix menu menu--main sf-menu"><li class="menu-item"><a href="/" data-drupal-link-system-path="&lt;front&gt;">หน้าแรก</a></li><li class="menu-item menu-item--active-trail"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/ติดต่อเรา">ติดต่อเรา</a></li></ul></nav></div></div>
</div></div></div></div>
</div>
<div class="clearfix banner region--dark-typography region--gray-background"><div class="container"><div class="clearfix banner__container"><div class="row"><div class="col-md-12">
<div id="block-corporate-lite-breadcrumbs" class="clearfix block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">เส้นทาง</h2><ol class="breadcrumb__list">{crumb}</ol></nav></div>
<div id="block-corporate-lite-page-title" class="clearfix block block-core block-page-title-block">{title_block}</div>
</div></div></div></div></div>
<div id="main-content" class="clearfix main-content region--dark-typography region--white-background region--no-separator"><div class="container"><div class="clearfix main-content__container"><div class="row">
<section class="col-lg-8 layout-main-area"><div class="clearfix main-content__section region--no-block-paddings">
<div data-drupal-messages-fallback class="hidden"></div>
<div id="block-corporate-lite-content" class="clearfix block block-system block-system-main-block">{content}</div>
</div></section>
<aside class="col-lg-4 layout-sidebar-second" role="complementary"><div class="clearfix sidebar">
<div class="views-element-container clearfix block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest"><h2 class="title block__title">ข่าวล่าสุด</h2><div class="block__content"><div class="view view-news-latest view-id-news_latest view-display-id-block_1"><div class="view-content">{latest}</div></div></div></div>
<div id="block-visitors" class="clearfix block block-visitors"><h2 class="title block__title">สถิติผู้เข้าชม</h2><div class="block__content"><ul><li>ออนไลน์ขณะนี้ 17 คน</li><li>{COUNTER}</li></ul></div></div>
</div></aside>
</div></div></div></div>
<div class="clearfix footer region--light-typography region--dark-background"><div class="container"><div class="clearfix footer__container"><div id="block-footer-contact" class="clearfix block block-block-content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{OFFICE}<br />{FOOTER} โทรศัพท์ 0-3731-1047</p></div></div></div></div></div>
<div class="clearfix subfooter region--light-typography region--black-background"><div class="container"><div class="clearfix subfooter__container"><p>Copyright © 2024 {OFFICE}. สงวนลิขสิทธิ์</p></div></div></div>
</div>
<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
<script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"","currentLanguage":"th"}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/core\\/modules\\/statistics\\/statistics.php"}}}}</script>
<script src="{TH}/js/custom/general.js?v=10.2.5"></script>
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        items = list(self.pages[k])
        rows = [(a.path, a.title, a.published) for a in items]
        if k == 1:
            rows.insert(3, (DELETED, DELETED_TITLE, items[3].published))
        cards = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><a href="{p}"><img loading="lazy" src="/sites/default/files/styles/medium/public/news/thumb-{j}.jpg" alt="" /></a></div></div><div class="views-field views-field-title"><h3 class="field-content"><a href="{p}" hreflang="th">{esc(t)}</a></h3></div><div class="views-field views-field-created"><span class="field-content">{d.day} {MONTHS[d.month - 1][:3]} {d.year}</span></div></div>'
            for j, (p, t, d) in enumerate(rows)
        )
        lis = []
        if k > 0:
            lis.append(
                f'<li class="pager__item pager__item--first"><a href="{self.page_href(0)}" title="ไปยังหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--previous"><a href="{self.page_href(k - 1)}" title="ไปยังหน้าก่อนหน้า" rel="prev"><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            if j == k:
                lis.append(
                    f'<li class="pager__item is-active"><a href="{self.page_href(j)}" title="หน้าปัจจุบัน" aria-current="page"><span class="visually-hidden">หน้าปัจจุบัน</span>{j + 1}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="pager__item"><a href="{self.page_href(j)}" title="ไปยังหน้า {j + 1}"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="pager__item pager__item--next"><a href="{self.page_href(k + 1)}" title="ไปยังหน้าถัดไป" rel="next"><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            lis.append(
                f'<li class="pager__item pager__item--last"><a href="{self.page_href(n - 1)}" title="ไปยังหน้าสุดท้าย"><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-4f1c">
<div class="view-filters"><form class="views-exposed-form" action="{LIST}" method="get" id="views-exposed-form-news-page-1" accept-charset="UTF-8"><div class="form--inline clearfix"><div class="js-form-item form-item js-form-type-select form-item-category"><label for="edit-category">หมวดหมู่</label><select data-drupal-selector="edit-category" id="edit-category" name="category" class="form-select"><option value="All" selected="selected">- ทั้งหมด -</option><option value="3">ข่าวกิจกรรม</option><option value="4">ข่าวประกาศ</option></select></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit-news" value="ค้นหา" class="button js-form-submit form-submit" /></div></div></form></div>
<div class="view-content"><div class="views-view-grid horizontal cols-3 clearfix">{cards}</div></div>
<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">{"".join(lis)}</ul></nav>
<div class="feed-icons"><a href="/rss.xml" class="feed-icon">สมัครสมาชิก ข่าวประชาสัมพันธ์</a></div>
</div></div>"""
        return self.shell(
            content,
            '<h1 class="title page-title">ข่าวประชาสัมพันธ์</h1>',
            [("/", "หน้าแรก")],
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "path-frontpage-free",
        )

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i - 1] if i > 0 else None,
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
        )

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 3 : i + 6] or self.articles[1:4]

    def article(self, a):
        img = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/2024-05/news-{a.id}.jpg" width="900" height="600" alt="" /></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        src = (
            f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">แหล่งข่าว</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        files = (
            f'<div class="field field--name-field-file field--type-file field--label-above"><div class="field__label">เอกสารแนบ</div><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/2024-05/doc-{a.id}.pdf" type="application/pdf">doc-{a.id}.pdf</a></span> <span class="file-size">(412.5 KB)</span></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/taxonomy/term/{40 + j}" hreflang="th">{esc(t)}</a></div>'
                for j, t in enumerate(a.tags)
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        changed = (
            f'<div class="field field--name-field-updated field--type-created field--label-inline clearfix"><div class="field__label">ปรับปรุงล่าสุด</div><div class="field__item">{long_fmt(a.modified)}</div></div>'
            if a.modified
            else ""
        )
        rel = "".join(
            f'<div class="views-row"><span class="views-field views-field-title"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span> <span class="views-field views-field-created">{long_fmt(x.published)}</span></div>'
            for x in self.related(a)
        )
        prev, nxt = self.neighbours(a)
        pn = '<div class="node-prev-next clearfix">'
        if nxt:
            pn += f'<div class="prev-link"><a href="{nxt.path}" rel="prev">‹ ข่าวก่อนหน้า: {esc(nxt.title)}</a></div>'
        if prev:
            pn += f'<div class="next-link"><a href="{prev.path}" rel="next">ข่าวถัดไป: {esc(prev.title)} ›</a></div>'
        pn += "</div>"
        content = f"""<article data-history-node-id="{a.id}" role="article" about="/node/{a.id}" class="node node--type-article node--promoted node--view-mode-full clearfix">
<div class="node__container">
<div class="node__meta"><span class="node__submitted-user"><span class="user-picture"><img src="{TH}/images/user.png" alt="" /></span> โดย <span><a title="ดูโปรไฟล์ผู้ใช้" href="/user/7" class="username">prnyk</a></span></span> <span class="node__submitted-date">{long_fmt(a.published)}</span></div>
<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{a.path}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">{SHARE}</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={a.path}"></a></div>
<div class="print__wrapper print__wrapper--pdf"><a href="/print/pdf/node/{a.id}" class="print__link print__link--pdf">พิมพ์ / บันทึก PDF</a></div>
<div class="clearfix node__main-content">
{img}
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>
{src}
{files}
{tags}
{changed}
<div class="node__links"><ul class="links inline"><li class="statistics-counter">เข้าชม {a.views:,} ครั้ง</li></ul></div>
</div>
{pn}
<div class="views-element-container"><div class="view view-related-news view-id-related_news view-display-id-block_1"><h3 class="view-header">{RELATED}</h3><div class="view-content">{rel}</div></div></div>
<section class="comments"><h2 class="comments__title title">ความคิดเห็น</h2><ul class="links inline"><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> {LOGIN_PROMPT}</li></ul></section>
</div>
</article>"""
        return self.shell(
            content,
            f'<h1 class="title page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>',
            [("/", "หน้าแรก"), (LIST, "ข่าวประชาสัมพันธ์")],
            f"{a.title} | {OFFICE}",
            "path-node",
        )

    def denied(self):
        content = """<article class="node node--type-page node--view-mode-full clearfix"><div class="node__container"><div class="clearfix text-formatted field field--name-body field--label-hidden field__item"><p>ขออภัย ท่านไม่มีสิทธิ์เข้าถึงหน้านี้ หรือเนื้อหานี้ยังไม่ได้เผยแพร่ กรุณาเข้าสู่ระบบ</p></div></div></article>
<form class="user-login-form" action="/user/login" method="post" id="user-login-form" accept-charset="UTF-8"><div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autocomplete="username" type="text" id="edit-name" name="name" size="15" maxlength="60" class="form-text required" /></div><div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="form-actions js-form-wrapper form-wrapper"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div></form>"""
        return self.shell(
            content,
            '<h1 class="title page-title">ไม่มีสิทธิ์เข้าถึงหน้านี้</h1>',
            [("/", "หน้าแรก")],
            f"ไม่มีสิทธิ์เข้าถึงหน้านี้ | {OFFICE}",
            "path-node",
        )

    def route(self, path, query, raw_query, base):
        from urllib.parse import unquote

        path = unquote(path)
        if path == LIST:
            page = (query.get("page") or ["0"])[0]
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.denied())
        if path == "/":
            return (
                302,
                {
                    "Location": base
                    + "/%E0%B8%82%E0%B9%88%E0%B8%B2%E0%B8%A7%E0%B8%9B%E0%B8%A3%E0%B8%B0%E0%B8%8A%E0%B8%B2%E0%B8%AA%E0%B8%B1%E0%B8%A1%E0%B8%9E%E0%B8%B1%E0%B8%99%E0%B8%98%E0%B9%8C"
                },
                b"",
            )
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"เข้าชม {a.views:,} ครั้ง",
                "prnyk",
                SHARE,
                "พิมพ์ / บันทึก PDF",
                RELATED,
                "ข่าวล่าสุด",
                LOGIN_PROMPT,
                COUNTER,
                COOKIE,
                FOOTER,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                long_fmt(a.published),
            ]
            if a.source:
                must_not.append("แหล่งข่าว")
            if a.modified:
                must_not += ["ปรับปรุงล่าสุด", long_fmt(a.modified)]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"doc-{a.id}.pdf"]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = CorpLiteSite()

if __name__ == "__main__":
    main(SITE)
