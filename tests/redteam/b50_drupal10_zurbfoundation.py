"""Blind-50 red-team site (part C): a provincial energy office (สำนักงานพลังงานจังหวัดขอนแก่น)
on **Drupal 10 with a sub-theme of the contrib ZURB Foundation theme** (`zurb_foundation`
8.x-6.x, Foundation 6 for Sites: `off-canvas-wrapper`, `title-bar`, `container-menus`,
`header.row.site-header`, `main#main`, `#sidebar-second.columns.sidebar`, `footer` >
`#footer-first` / `#footer-middle` / `#footer-last`, `ul.breadcrumbs`, `ul.pagination` with
`li.current` and `span.show-for-sr`, `callout` boxes, `data-tooltip`). Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): zurb_foundation's `page.html.twig` as sub-themes
compile it (the off-canvas wrapper, the title bar "Menu", `meta-header`, `site-header`, the
`main-navigation` wrapper around `main#main` and the sidebars, the three footer columns) and
the Drupal 7 / 8 theme READMEs (sub-theme from STARTER, regions). Foundation 6's pagination,
breadcrumbs, callout, button-group and tooltip markup, Drupal 10's page-title block
(`h1.page-title` > `span.field--name-title`), the Redirect module's "enforce clean and
canonical URLs" route normaliser (301 from `/node/N` to the alias), the Printable module's
route `/node/N/printable/print`, Statistics and the download_count module are written from
memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news` (a Views page, full pager, 0-based `?page=1`, `?page=2`; Foundation pagination);
  cards in a `grid-x` with a **date badge** and the headline;
- **NEW: every listing link is `/node/N` and answers 301 to the path alias**
  `/news/2024/N` (Redirect's route normaliser; the Views field was rewritten as
  `/node/{{ nid }}`); the record's URL is the alias (the page's `rel=canonical`);
- **NEW: a print twin** — the "พิมพ์" tool links `/node/N/printable/print` (Printable module):
  a bare page with the headline, the date as "5/3/2567 14:20:00" and the same text, a
  `rel=canonical` to the alias; it is not a record;
- **NEW: the date split over elements** — the node template prints
  `<div class="date-badge"><span class="day">05</span><span class="month">มี.ค.</span>
  <span class="year">2567</span></div>` and, on most items, `<span class="time">14:20 น.</span>`;
  no `<time>`, no `article:published_time`, no JSON-LD; the listing cards carry the same badge;
- **NEW: the text interrupted by an "อ่านเพิ่มเติม" callout** (an embedded related-content
  box with two other items' titles) after the second paragraph of longer bodies, the text
  continuing after it;
- **NEW: the counter only in a tooltip** — `<span data-tooltip title="จำนวนผู้เข้าชม 1,234
  ครั้ง"><i class="fi-eye"></i> 1,234</span>` (the label never printed as text), and **a
  download counter on the attached PDF** ("ดาวน์โหลดแล้ว 57 ครั้ง", some items), not the view
  count;
- **NEW: the source as a last bold line with no label** (`<p><strong>office</strong></p>`,
  some items), **"ที่มา :" linked to the office's site** (others), and **a photo credit
  "ภาพ : ..." under the picture that is not the source** (items with a credit and no source
  line have no source);
- furniture: font tools "ก- ก ก+", share button-group "แชร์" (Facebook / LINE / X), tags
  "แท็ก:", "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวที่เกี่ยวข้อง" with dates after
  the node, comment login prompt, sidebar "ข่าวล่าสุด" with dates, footer visitor counter,
  EU-cookie-compliance PDPA bar.
Deleted: `/node/1499` linked from page 2 (301 to `/news/2024/1499`, answering 200 with the
node template empty: blank headline, "ขออภัย เนื้อหานี้ถูกยกเลิกการเผยแพร่แล้ว").
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพลังงานจังหวัดขอนแก่น"
OFFICE_EN = "Khon Kaen Provincial Energy Office"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
# source styles: ("bold", office) a bold last line; ("link", office, url) "ที่มา :" linked
SOURCES = [
    ("bold", "สำนักงานพลังงานจังหวัดขอนแก่น"),
    ("link", "กรมพัฒนาพลังงานทดแทนและอนุรักษ์พลังงาน", "https://www.dede.go.th/"),
    None,
    ("link", "สำนักงานนโยบายและแผนพลังงาน", "https://www.eppo.go.th/"),
    ("bold", "กลุ่มยุทธศาสตร์และบูรณาการพลังงาน สพจ.ขอนแก่น"),
    None,
    ("link", "สำนักงานปลัดกระทรวงพลังงาน", "https://energy.go.th/"),
]
CREDITS = ["ภาพ : งานประชาสัมพันธ์ สพจ.ขอนแก่น", "ภาพ : สำนักงานประชาสัมพันธ์จังหวัดขอนแก่น"]
TAGS = ["พลังงาน", "อนุรักษ์พลังงาน", "พลังงานทดแทน", "ขอนแก่น", "โซลาร์เซลล์", "ชุมชน"]
DELETED_NID = 1499
DELETED_TITLE = "ประกาศรับสมัครชุมชนเข้าร่วมโครงการส่งเสริมการใช้พลังงานทดแทน (ยกเลิก)"
CANCELLED = "ขออภัย เนื้อหานี้ถูกยกเลิกการเผยแพร่แล้ว"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
FOOTER = "ศูนย์ราชการจังหวัดขอนแก่น ถนนศูนย์ราชการ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 204,117 คน"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
READ_MORE = "อ่านเพิ่มเติม"


def thai_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def badge(d: dt.datetime, with_time: bool) -> str:
    t = f'<span class="time">{d:%H:%M} น.</span>' if with_time else ""
    return (
        f'<div class="date-badge"><span class="day">{d.day:02d}</span>'
        f'<span class="month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="year">{d.year + 543}</span></div>{t}'
    )


class DrupalZurbFoundationSite(BaseSite):
    key = "b50_drupal10_zurbfoundation"
    family = "drupal"
    imitates = (
        "Drupal 10 + ZURB Foundation 6 sub-theme (off-canvas wrapper, title-bar, grid-x cards, "
        "ul.pagination, ul.breadcrumbs, callouts, data-tooltip): /news?page=N Views full pager; "
        "listing links /node/N answer 301 to the alias /news/2024/N; Printable twin "
        "/node/N/printable/print with canonical; date split over day/month/year spans (+ time "
        "span); 'อ่านเพิ่มเติม' callout inside the text; view counter only in a tooltip, "
        "download counter on the PDF; source as an unlabelled bold last line or a linked "
        "'ที่มา :'; photo credit 'ภาพ :' not the source; share, tags, prev/next titles, "
        "related with dates, comment login prompt, cookie bar"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 20, 17, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1500 + (n - i) * 3
            a.path = f"/news/{a.published.year}/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.modified = None
            a.views = 40 + (i * 197 + 53) % 3100
            a.extra["pic"] = i % 3 != 2
            a.extra["credit"] = CREDITS[i % 2] if a.extra["pic"] and i % 4 != 1 else None
            a.extra["pdf"] = (i * 7 + 11) % 90 + 3 if i % 3 == 1 else None
            a.extra["inline"] = len(a.paras) >= 4
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}", f"/news/2024/{DELETED_NID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def inline_items(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (11, 13)]

    def latest(self):
        return self.articles[:5]

    def pic(self, a, k=0):
        return f"/sites/default/files/styles/large/public/news/2024-{a.published.month:02d}/{a.id}_{k}.jpg?itok=Qx{a.id}"

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, body_class: str, crumb: str | None, canon=""):
        crumbs = '<li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        if crumb:
            crumbs += (
                f'<li class="current"><span class="show-for-sr">Current: </span>{esc(crumb)}</li>'
            )
        latest = "".join(
            f'<li><a href="/node/{x.id}">{esc(x.title)}</a><br><small class="text-muted">{thai_day(x.published)}</small></li>'
            for x in self.latest()
        )
        link = f'<link rel="canonical" href="{canon}" />\n' if canon else ""
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" class="no-js">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {link}<link rel="icon" href="/themes/custom/kkenergy/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{title}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Zf3kq1vT0Xo8bQ.css?delta=0&amp;language=th&amp;theme=kkenergy&amp;include=eJxdjEEK" />
    <script src="/core/assets/vendor/modernizr/modernizr.min.js?v=3.11.7"></script>
  </head>
  <body class="lang-th section-news {body_class}">
    <a href="#main-content" class="show-on-focus skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="off-canvas-wrapper">
  <div class="inner-wrap off-canvas-wrapper-inner" id="inner-wrap" data-off-canvas-wrapper>
    <aside id="left-off-canvas-menu" class="off-canvas left-off-canvas-menu position-left" role="complementary" data-off-canvas>
      <ul class="vertical menu"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul>
    </aside>
    <div class="title-bar" data-responsive-toggle="container-menus" data-hide-for="medium">
      <button class="menu-icon" type="button" data-toggle></button>
      <div class="title-bar-title">Menu</div>
    </div>
    <div class="off-canvas-content" data-off-canvas-content>
      <div class="container-menus" id="container-menus">
        <div class="meta-header">
          <div class="row"><div class="large-12 columns">
            <ul class="menu align-right font-tools"><li><span>ขนาดตัวอักษร</span></li><li><a href="#" data-font="down">ก-</a></li><li><a href="#" data-font="reset">ก</a></li><li><a href="#" data-font="up">ก+</a></li><li><a href="/user/login">เข้าสู่ระบบ</a></li></ul>
          </div></div>
        </div>
        <header class="row site-header" role="banner" id="site-header" aria-label="Site header">
          <div class="large-2 columns"><a href="/" title="หน้าแรก" rel="home"><img src="/themes/custom/kkenergy/logo.png" alt="หน้าแรก" /></a></div>
          <div class="left large-4 columns"><div id="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div><div class="site-slogan">{OFFICE_EN}</div></div>
          <div class="large-12 columns">
            <nav role="navigation" aria-labelledby="block-kkenergy-main-menu-menu" id="block-kkenergy-main-menu" class="block-main-menu">
              <h2 class="visually-hidden" id="block-kkenergy-main-menu-menu">Main navigation</h2>
              <ul class="dropdown menu" data-dropdown-menu><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li class="is-active"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul>
            </nav>
          </div>
        </header>
      </div>
      <div class="main-navigation row">
        <main id="main" class="large-8 medium-8 columns" role="main">
          <a id="main-content" tabindex="-1"></a>
          <nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ul class="breadcrumbs">{crumbs}</ul></nav>
          <section>
{content}
          </section>
        </main>
        <div id="sidebar-second" class="large-4 medium-4 columns sidebar">
          <section id="block-views-block-news-latest" class="block-views block-views-blocknews-block-latest">
            <h2 class="block-title">{LATEST}</h2>
            <ul class="no-bullet latest-news">{latest}</ul>
          </section>
          <section class="block-banner"><a href="https://www.energy.go.th/"><img src="/sites/default/files/banner/energy-ministry.png" alt="กระทรวงพลังงาน" /></a></section>
        </div>
      </div>
      <footer>
        <div class="row">
          <div id="footer-first" class="medium-6 large-4 columns"><p>{OFFICE}</p><p>{FOOTER}</p></div>
          <div id="footer-middle" class="medium-6 large-4 columns"><p>โทรศัพท์ 0 4324 6565 โทรสาร 0 4324 6566</p></div>
          <div id="footer-last" class="medium-12 large-4 columns"><p class="visitor-counter">{COUNTER}</p></div>
        </div>
      </footer>
    </div>
  </div>
</div>
    </div>
    <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-labelledby="popup-text">
      <div class="popup-content info eu-cookie-compliance-content">
        <div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div>
        <div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="decline-button">ปฏิเสธ</button></div>
      </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"th"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
    <script src="/sites/default/files/js/js_9aWc1JqPmbP.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=kkenergy"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, nid: int, title: str, d: dt.datetime, pic: str | None, teaser: str) -> str:
        img = (
            f'<a href="/node/{nid}"><img src="{pic}" alt="" loading="lazy" /></a>'
            if pic
            else f'<a href="/node/{nid}"><img src="/themes/custom/kkenergy/images/noimage.png" alt="" loading="lazy" /></a>'
        )
        return f"""<div class="cell views-row">
  <div class="card news-card">
    <div class="card-image">{img}</div>
    <div class="card-section">
      {badge(d, False)}
      <h3 class="card-title"><a href="/node/{nid}" hreflang="th">{esc(title)}</a></h3>
      <p class="teaser">{esc(teaser)}</p>
    </div>
  </div>
</div>"""

    def render_list(self, k: int):
        rows = [
            self.card(
                a.id,
                a.title,
                a.published,
                self.pic(a) if a.extra["pic"] else None,
                a.paras[0][:140].rstrip() + "…",
            )
            for a in self.pages[k]
        ]
        if k == 1:
            rows.insert(
                4,
                self.card(
                    DELETED_NID,
                    DELETED_TITLE,
                    dt.datetime(2024, 8, 20, 10, 0, tzinfo=TZ),
                    None,
                    "สำนักงานพลังงานจังหวัดขอนแก่น ขอประกาศรับสมัครชุมชน…",
                ),
            )
        n = len(self.pages)
        pg = []
        if k > 0:
            pg.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปหน้าแรก"><span class="show-for-sr">หน้าแรก</span>«</a></li>'
            )
            pg.append(
                f'<li class="pagination-previous"><a href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev">ก่อนหน้า <span class="show-for-sr">page</span></a></li>'
            )
        for j in range(n):
            if j == k:
                pg.append(
                    f'<li class="current"><span class="show-for-sr">You\'re on page</span> {j + 1}</li>'
                )
            else:
                pg.append(
                    f'<li><a href="?page={j}" title="ไปหน้า {j + 1}" aria-label="Page {j + 1}">{j + 1}</a></li>'
                )
        if k < n - 1:
            pg.append(
                f'<li class="pagination-next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next">ถัดไป <span class="show-for-sr">page</span></a></li>'
            )
            pg.append(
                f'<li class="pager__item pager__item--last"><a href="?page={n - 1}" title="ไปหน้าสุดท้าย"><span class="show-for-sr">หน้าสุดท้าย</span>»</a></li>'
            )
        content = f"""<h1 class="page-title">{SECTION}</h1>
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7f3e">
  <div class="view-content grid-x grid-margin-x small-up-1 medium-up-2 large-up-3">
{"".join(rows)}
  </div>
  <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">Pagination</h4>
    <ul class="pagination js-pager__items text-center">{"".join(pg)}</ul>
  </nav>
</div></div>"""
        return self.html_response(
            self.shell(
                f"{SECTION} | {OFFICE}",
                content,
                body_class="path-news",
                crumb=None,
                canon="/news" if k == 0 else f"/news?page={k}",
            )
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        out = []
        for j, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if j == 1 and a.extra["inline"]:
                items = "".join(
                    f'<li><a href="/node/{x.id}">{esc(x.title)}</a></li>'
                    for x in self.inline_items(a)
                )
                out.append(
                    f'<aside class="callout secondary embedded-entity related-inline"><h4 class="callout-title">{READ_MORE}</h4><ul>{items}</ul></aside>'
                )
        src = a.extra["src"]
        if src and src[0] == "bold":
            out.append(f"<p><strong>{esc(src[1])}</strong></p>")
        elif src and src[0] == "link":
            out.append(
                f'<p>ที่มา : <a href="{src[2]}" target="_blank" rel="noopener">{esc(src[1])}</a></p>'
            )
        return "\n".join(out)

    def render_node(self, a, base: str):
        older, newer = self.neighbours(a)
        img = ""
        if a.extra["pic"]:
            credit = (
                f'<p class="photo-credit"><small>{esc(a.extra["credit"])}</small></p>'
                if a.extra["credit"]
                else ""
            )
            img = f"""<div class="field field--name-field-image field--type-image">
  <figure><img src="{self.pic(a)}" width="780" height="520" alt="{esc(a.title)}" loading="lazy" /></figure>
  {credit}
</div>"""
        pdf = ""
        if a.extra["pdf"]:
            pdf = f"""<div class="field field--name-field-attachment field--type-file">
  <div class="field__label">เอกสารแนบ</div>
  <span class="file file--mime-application-pdf file--application-pdf"><a href="/system/files/news/{a.id}-doc.pdf" type="application/pdf">{a.id}-doc.pdf</a></span> <span class="file-size">(245.3 KB)</span>
  <span class="download-count">ดาวน์โหลดแล้ว {a.extra["pdf"]} ครั้ง</span>
</div>"""
        full = f"{base}{a.path}"
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline"><div class="field__label">แท็ก:</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{40 + TAGS.index(t)}" hreflang="th" class="label">{esc(t)}</a></div>'
                    for t in a.tags
                )
                + "</div></div>"
            )
        pn = '<ul class="pager-node menu">'
        if older:
            pn += f'<li class="prev"><span>ข่าวก่อนหน้า</span> <a href="/node/{older.id}">{esc(older.title)}</a></li>'
        if newer:
            pn += f'<li class="next"><span>ข่าวถัดไป</span> <a href="/node/{newer.id}">{esc(newer.title)}</a></li>'
        pn += "</ul>"
        rel = "".join(
            f'<li><a href="/node/{x.id}">{esc(x.title)}</a> <span class="date">{thai_day(x.published)}</span></li>'
            for x in self.related(a)
        )
        content = f"""<div data-drupal-messages-fallback class="hidden"></div>
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1>
<article role="article" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node-meta clearfix">
    {badge(a.published, a.time_printed)}
    <span class="node-views" data-tooltip tabindex="1" title="จำนวนผู้เข้าชม {a.views:,} ครั้ง"><i class="fi-eye"></i> {a.views:,}</span>
    <div class="node-tools button-group tiny">
      <a class="button hollow" href="/node/{a.id}/printable/print" target="_blank"><i class="fi-print"></i> พิมพ์</a>
      <span class="share-label">แชร์</span>
      <a class="button facebook" href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank">Facebook</a>
      <a class="button line" href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank">LINE</a>
      <a class="button twitter" href="https://twitter.com/intent/tweet?url={full}" target="_blank">X</a>
    </div>
  </div>
  <div class="node__content">
    {img}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{self.body_html(a)}
    </div>
    {pdf}
    {tags}
  </div>
  {pn}
  <section class="comments">
    <p class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</p>
  </section>
</article>
<div class="views-element-container block-views-blocknews-block-related">
  <h2 class="block-title">{RELATED}</h2>
  <ul class="related-news">{rel}</ul>
</div>"""
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                content,
                body_class="page-node-type-news",
                crumb=a.title,
                canon=a.path,
            )
        )

    def render_print(self, a):
        d = a.published
        when = (
            f"{d.day}/{d.month}/{d.year + 543} {d:%H:%M:%S}"
            if a.time_printed
            else f"{d.day}/{d.month}/{d.year + 543}"
        )
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"\n<p>{esc(a.source)}</p>"
        text = f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8" />
<title>{esc(a.title)} | {OFFICE}</title>
<link rel="canonical" href="{a.path}" />
<meta name="robots" content="noindex" />
<link rel="stylesheet" href="/modules/contrib/printable/css/print.css" />
</head>
<body class="printable">
<div class="print-logo"><img src="/themes/custom/kkenergy/logo.png" alt="" /> {OFFICE}</div>
<h1 class="print-title">{esc(a.title)}</h1>
<div class="print-submitted">{when}</div>
<div class="print-content">
{body}
</div>
<div class="print-footer">URL ของหน้านี้: {a.path}</div>
<script>window.print();</script>
</body>
</html>
"""
        return self.html_response(text)

    def render_deleted(self):
        content = f"""<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden"></span></h1>
<article role="article" class="node node--type-news node--unpublished node--view-mode-full">
  <div class="node__content"><div class="callout warning"><p>{CANCELLED}</p></div></div>
</article>"""
        return self.html_response(
            self.shell(f" | {OFFICE}", content, body_class="page-node-type-news", crumb=None)
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path.rstrip("/") == "/news" or path == "/news/":
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.render_list(int(k))
        parts = path.strip("/").split("/")
        if len(parts) >= 2 and parts[0] == "node" and parts[1].isdigit():
            nid = int(parts[1])
            if nid == DELETED_NID and len(parts) == 2:
                return 301, {"Location": f"{base}/news/2024/{DELETED_NID}"}, b""
            a = self.by_id.get(nid)
            if a is None:
                return None
            if len(parts) == 2:
                return 301, {"Location": f"{base}{a.path}", "X-Redirect-ID": str(nid)}, b""
            if parts[2:] == ["printable", "print"]:
                return self.render_print(a)
            return None
        if path == f"/news/2024/{DELETED_NID}":
            return self.render_deleted()
        a = self.by_path.get(path.rstrip("/"))
        if a is not None:
            return self.render_node(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ขนาดตัวอักษร",
                "แชร์",
                "Facebook",
                "พิมพ์",
                "แท็ก:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                RELATED,
                LATEST,
                READ_MORE,
                LOGIN_PROMPT,
                COOKIE,
                COUNTER,
                FOOTER,
                OFFICE_EN,
                f"{a.views:,}",
                f"ดาวน์โหลดแล้ว {a.extra['pdf']} ครั้ง" if a.extra["pdf"] else "",
                a.extra["credit"] or "",
                f"{a.published:%H:%M} น." if a.time_printed else "",
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            if a.extra["inline"]:
                must_not += [x.title for x in self.inline_items(a)]
            must_not += [x.title for x in self.latest() if x is not a]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = DrupalZurbFoundationSite()

if __name__ == "__main__":
    main(SITE)
