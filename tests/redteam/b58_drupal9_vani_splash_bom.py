"""Blind-58 red-team site (part C): a provincial social-development office
(สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน-like) on **Drupal 9.5 + Vani** (Drupar's free
theme), with a splash-page module, Metatag / Schema.org Metatag set up wrong, Download Count and
Fivestar. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Vani's own templates as compiled into the Twig
caches of public Drupal sites (`themes/contrib/vani/templates/content/node.html.twig`: `article.node`,
`header.node-header` > `div.node-submitted-details` with `<div><i class="icon-user user-icon"></i>
author</div><div><i class="icon-calendar"></i> {{ created|date("j F Y") }}</div>` — Twig's `date`
filter, so the day prints in **English with the CE year** and no time — the tags row `<div><i
class="icon-hashtag"></i> <a>tag</a>, …</div>`, `div.node-content`; `layout/page.html.twig`:
`#main-wrapper.main-wrapper` > `.container.clear` > `.main-container` > `main#main.page-content`,
`a#main-content`, `div.node-content`, template parts header / highlighted / content_top /
content_bottom / sidebar / footer); Download Count's `FieldDownloadCount` formatter (open_social's
copy: the generic file link with `type="<mime>; length=<bytes>"`, the file's size and its
download count beside it). Drupal 9's Views full pager, Statistics' counter in the node links,
Fivestar's "Average: 4.2 (15 votes)" summary, Metatag's `og:` / `article:` tags, Schema.org
Metatag's JSON-LD, EU Cookie Compliance's bar, Splashify-style intro pages and CKEditor 4's Word
paste (`<span lang="TH" style="font-family:…">` runs, `&nbsp;` indents) are from memory. No one's
code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` with `rel=canonical`, `<title>` "headline | office", `h1.page-title` in the
  content_top region, Vani's submitted line "admin" + "12 March 2024" (English month, CE, no
  time; `published_at` is the day);
- **NEW: an intro (splash) page: a first visit to any address (no `splash_seen` cookie) answers
  302 to `/splash?destination=<address>`, a royal-birthday banner page with "เข้าสู่เว็บไซต์ /
  ENTER SITE" linking `/splash/enter?destination=…`, which sets the cookie and answers 302 back;
  with the cookie every page answers as usual**;
- **NEW: every page starts with a UTF-8 byte-order mark before `<!DOCTYPE html>` (a custom
  module's file saved with a BOM), under a `text/html; charset=UTF-8` header**;
- **NEW: metadata that lies: `og:title` and the JSON-LD `headline` are the office's name,
  `article:published_time` / `og:updated_time` are the render time (now), and the JSON-LD
  `datePublished` / `dateModified` are `1970-01-01T07:00:00+07:00`; the page prints the true
  headline and day**;
- **NEW: attachments with their own counters beside the article's: Download Count's
  "(1.2 MB) · ดาวน์โหลด 123 ครั้ง" after each file (one item in two), Fivestar "คะแนนเฉลี่ย: 4.2
  (15 โหวต)" + "ให้คะแนนข่าวนี้" (one in two), and Statistics' "เปิดอ่าน 1,234 ครั้ง"**;
- **NEW: Thai words split by inline markup from a Word paste: every paragraph in `<span
  lang="TH" style="…TH SarabunPSK…">` runs that break mid-word, `<wbr>` and a soft hyphen
  (`&shy;`) inside words (inside the very phrases `body_must` names), `&nbsp;` runs as the
  first-line indent and between sentences**;
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" at the end of the body (one in six none);
  tags in Vani's header row; AddToAny "แชร์"; "พิมพ์"; prev/next with neighbour titles; comment
  login prompt; sidebar "ข่าวล่าสุด" (titles, dates); footer address and visitor counter; EU Cookie
  Compliance bar;
- listing `/news` (Views, 8 a page, full pager `?page=1`, `?page=2`), 24 nodes;
- deleted item (linked from page 2): `/node/2301`, **200**: a login wall (Require Login-like:
  "กรุณาเข้าสู่ระบบเพื่อเข้าถึงเนื้อหานี้" and the user login form).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
from urllib.parse import quote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน"
OFFICE_EN = "Nan Provincial Office of Social Development and Human Security"
PER = 8
N = 24
DELETED_NID = 2301
SOURCES = [
    ("ที่มา", "กลุ่มนโยบายและวิชาการ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน"),
    ("ข่าว/ภาพ", "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดน่าน"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป พมจ.น่าน"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    ("ข่าว/ภาพ", "บ้านพักเด็กและครอบครัวจังหวัดน่าน"),
    None,
]
TAGS = ["ผู้สูงอายุ", "คนพิการ", "เด็กและเยาวชน", "OSCC", "ศรส.", "ความมั่นคงของมนุษย์"]
FILES = [
    ("หนังสือแจ้งเวียน.pdf", "application/pdf", 1258291, "1.2 MB"),
    ("ภาพกิจกรรม.zip", "application/zip", 4823449, "4.6 MB"),
    (
        "แบบฟอร์มคำร้อง.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        48128,
        "47 KB",
    ),
]
SPAN_STYLE = "font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 486,215 คน"
FOOTER = "ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000"
LATEST = "ข่าวล่าสุด"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
WALL = "กรุณาเข้าสู่ระบบเพื่อเข้าถึงเนื้อหานี้"
SPLASH_TEXT = "ทรงพระเจริญ"
MONTHS_EN = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
RENDER_BASE = dt.datetime(2025, 6, 2, 9, 41, 7, tzinfo=TZ)


def twig_date(d: dt.datetime) -> str:
    """Twig's date filter "j F Y": English month, CE year."""
    return f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def request_cookies() -> str:
    """The Cookie header of the request being answered (the shared server passes the route no
    headers, so the handler is found on the stack)."""
    f = sys._getframe(1)
    while f is not None:
        h = f.f_locals.get("self")
        if h is not None and hasattr(h, "headers") and hasattr(h, "wfile"):
            return h.headers.get("Cookie") or ""
        f = f.f_back
    return ""


class Drupal9VaniSplashSite(BaseSite):
    key = "b58_drupal9_vani_splash_bom"
    family = "drupal"
    imitates = (
        "provincial social-development office on Drupal 9.5 + Vani: a splash page (302 to "
        "/splash until a cookie is set), a UTF-8 BOM before the doctype, og:title / JSON-LD / "
        "article:published_time that lie (site name, render time, 1970), Twig 'j F Y' English "
        "dates, Download Count and Fivestar counters beside Statistics', Word-paste spans, <wbr> "
        "and soft hyphens inside Thai words"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 5, 24, 17, 0, tzinfo=TZ), offset=431
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2410 - i * 7 - (i % 3)
            a.path = f"/node/{a.id}"
            a.time_printed = False
            a.modified = None
            a.views = 57 + (i * 389 + 211) % 4100
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(1 + i % 3)] if i % 5 != 3 else []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["files"] = (
                [(f, 3 + (i * 37 + k * 11) % 480) for k, f in enumerate(FILES[: 1 + i % 3])]
                if i % 2 == 0
                else []
            )
            a.extra["rating"] = (
                (round(3.0 + ((i * 7) % 20) / 10, 1), 4 + (i * 5) % 31) if i % 2 == 1 else None
            )
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_NID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    # ------------------------------------------------------------------ text
    def para_html(self, a, k: int, text: str) -> str:
        """A CKEditor 4 Word paste: span runs breaking mid-word, <wbr> and &shy; inside the
        phrases body_must names, &nbsp; runs as indent and after sentences."""
        marks: dict[int, str] = {}
        close_open = f'</span><span lang="TH" style="{SPAN_STYLE}">'
        for ph in a.body_must():
            at = text.find(ph)
            if at < 0:
                continue
            marks[at + 6] = close_open
            marks[at + 11] = "<wbr>"
            if (a.id + k) % 3 == 0:
                marks[at + 14] = "&shy;"
        # a split in the middle of the paragraph too
        mid = len(text) // 2
        while mid < len(text) and text[mid] == " ":
            mid += 1
        marks.setdefault(mid, close_open)
        sp = text.find(" ")
        if k % 2 == 0 and sp > 0:  # a run of &nbsp; before the first space
            marks.setdefault(sp, "&nbsp;&nbsp;")
        out = []
        last = 0
        for pos in sorted(marks):
            if pos <= last or pos >= len(text):
                continue
            out.append(esc(text[last:pos]))
            out.append(marks[pos])
            last = pos
        out.append(esc(text[last:]))
        body = "".join(out)
        indent = "&nbsp;" * 8
        return (
            f'<p class="MsoNormal" style="text-align:justify"><span lang="TH" style="{SPAN_STYLE}">'
            f"{indent}{body}</span></p>"
        )

    def body_field(self, a) -> str:
        out = [self.para_html(a, k, p) for k, p in enumerate(a.paras)]
        if a.source:
            out.append(
                f'<p style="text-align:right"><span lang="TH" style="{SPAN_STYLE}"><strong>'
                f"{esc(a.extra['label'])} : {esc(a.source)}</strong></span></p>"
            )
        return "\n".join(out)

    # ------------------------------------------------------------------ page
    def page(self, title, main_html, *, node=None, meta="", page_title="", content_top=True):
        head_links = ""
        if node is not None:
            head_links = (
                f'<link rel="canonical" href="/node/{node}" />\n'
                f'<link rel="shortlink" href="/node/{node}" />\n'
            )
        latest = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div>'
            f'<div class="views-field views-field-created"><span class="field-content">{x.published:%d/%m/%Y}</span></div></div>'
            for x in self.articles[:5]
        )
        top = (
            f'<div class="content-top"><div class="region region-content-top"><div id="block-vani-page-title" class="block block-core block-page-title-block">'
            f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{page_title}</span></h1></div></div></div>'
            if content_top
            else ""
        )
        return f"""\ufeff<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/  dc: http://purl.org/dc/terms/  foaf: http://xmlns.com/foaf/0.1/  og: http://ogp.me/ns#  rdfs: http://www.w3.org/2000/01/rdf-schema#  schema: http://schema.org/  sioc: http://rdfs.org/sioc/ns#  sioct: http://rdfs.org/sioc/types#  skos: http://www.w3.org/2004/02/skos/core#  xsd: http://www.w3.org/2001/XMLSchema# ">
<head>
<meta charset="utf-8" />
{meta}<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head_links}<link rel="icon" href="/themes/contrib/vani/favicon.ico" type="image/vnd.microsoft.icon" />
<title>{title}</title>
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Q2vWd1J0eD8oQ3xT4vW5Ljv4ZUpVQDRSYw9dT7gC4h8.css" />
<link rel="stylesheet" media="all" href="/themes/contrib/vani/assets/css/style.css?s9l4qa" />
</head>
<body class="user-guest{" path-node page-node-type-article" if node else " path-news"}">
<a href="#main-content" class="visually-hidden focusable">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="header">
  <div class="header-top"><div class="container"><div class="header-top-container">
    <div class="header-top-left">โทร. 0 5471 0247 | nan@m-society.go.th</div>
    <div class="header-top-right"><ul class="social-icons"><li><a href="https://www.facebook.com/nan.msociety" target="_blank"><i class="icon-facebook"></i></a></li><li><a href="https://line.me/ti/p/@pmjnan" target="_blank"><i class="icon-line"></i></a></li></ul></div>
  </div></div></div>
  <div class="header-main"><div class="container"><div class="header-container">
    <div class="site-branding"><div class="site-logo"><a href="/" title="หน้าแรก" rel="home"><img src="/sites/default/files/logo-msociety.png" alt="หน้าแรก" /></a></div>
      <div class="site-name-slogan"><div class="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div><div class="site-slogan">{OFFICE_EN}</div></div></div>
    <div class="header-right"><div class="mobile-menu"><span></span><span></span><span></span></div>
      <div class="primary-menu-wrapper"><div class="menu-wrap"><div class="close-mobile-menu"><i class="icon-close"></i></div>
        <nav role="navigation" aria-labelledby="block-vani-main-menu-menu" id="block-vani-main-menu"><h2 class="visually-hidden" id="block-vani-main-menu-menu">Main navigation</h2>
        <ul class="main-menu menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item menu-item-has-children"><span>เกี่ยวกับเรา</span><ul class="submenu"><li class="menu-item"><a href="/about">ประวัติความเป็นมา</a></li><li class="menu-item"><a href="/structure">โครงสร้างองค์กร</a></li></ul></li><li class="menu-item menu-item--active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/services">บริการประชาชน</a></li><li class="menu-item"><a href="/ita">ITA</a></li><li class="menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav>
      </div></div>
      <div class="full-page-search"><div class="search-icon"><i class="icon-search"></i></div></div>
    </div>
  </div></div></div>
</header>
<div id="main-wrapper" class="main-wrapper">
  <div class="container clear">
  <div class="main-container">
    <main id="main" class="page-content">
      <a id="main-content" tabindex="-1"></a>
      {top}
      <div class="node-content">
        <div class="region region-content"><div data-drupal-messages-fallback class="hidden"></div>
        <div id="block-vani-breadcrumbs" class="block block-system block-system-breadcrumb-block"><nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li></ol></nav></div>
        <div id="block-vani-content" class="block block-system block-system-main-block">
{main_html}
        </div></div>
      </div>
    </main>
    <aside id="sidebar-right" class="sidebar" role="complementary"><div class="region region-sidebar-second">
      <div class="views-element-container block block-views block-views-blocknews-latest-block-1" id="block-views-block-news-latest-block-1"><h2 class="block-title">{LATEST}</h2><div class="block-content"><div><div class="view view-news-latest view-id-news_latest view-display-id-block_1">{latest}</div></div></div></div>
      <div id="block-vani-banner" class="block block-block-content"><div class="block-content"><a href="https://www.1300thailand.com/"><img src="/sites/default/files/banner/1300.jpg" alt="สายด่วน 1300 ศูนย์ช่วยเหลือสังคม" /></a></div></div>
    </div></aside>
  </div>
  </div>
</div>
<footer class="site-footer"><div class="container"><div class="footer-blocks"><div class="footer-block"><div class="region region-footer-first"><div id="block-vani-footer-address" class="block block-block-content"><div class="block-content"><p><strong>{OFFICE}</strong><br />{FOOTER}</p><p>{COUNTER}</p></div></div></div></div></div>
<div class="footer-bottom"><div class="copyright">&copy; 2567 {OFFICE} | Theme by <a href="https://drupar.com">Drupar</a></div></div></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner" role="banner"><div class="eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE} หากท่านใช้งานเว็บไซต์ต่อ ถือว่าท่านยอมรับ<a href="/privacy-policy">นโยบายคุกกี้</a></p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>
</div>
<script src="/core/assets/vendor/jquery/jquery.min.js?v=3.6.3"></script>
<script src="/themes/contrib/vani/assets/js/vani.js?v=9.5.11"></script>
</body>
</html>
"""

    def pager(self, cur: int, pages: int) -> str:
        items = []
        if cur > 0:
            items.append(
                '<li class="pager__item pager__item--first"><a href="?page=0" title="ไปที่หน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={cur - 1}" title="ไปยังหน้าก่อน" rel="prev"><span class="visually-hidden">หน้าก่อน</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for p in range(pages):
            if p == cur:
                items.append(
                    f'<li class="pager__item is-active"><a href="?page={p}" title="หน้าปัจจุบัน"><span class="visually-hidden">หน้าปัจจุบัน</span>{p + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="pager__item"><a href="?page={p}" title="ไปยังหน้า {p + 1}"><span class="visually-hidden">หน้า</span>{p + 1}</a></li>'
                )
        if cur < pages - 1:
            items.append(
                f'<li class="pager__item pager__item--next"><a href="?page={cur + 1}" title="ไปยังหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            items.append(
                f'<li class="pager__item pager__item--last"><a href="?page={pages - 1}" title="ไปที่หน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        return (
            '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>'
            f'<ul class="pager__items js-pager__items">{"".join(items)}</ul></nav>'
        )

    def render_list(self, cur: int):
        chunks = [self.articles[i : i + PER] for i in range(0, N, PER)]
        if not 0 <= cur < len(chunks):
            cur = 0
        rows = [(a.path, a.title, a.published) for a in chunks[cur]]
        if cur == 1:
            rows.insert(
                3,
                (
                    f"/node/{DELETED_NID}",
                    "ประกาศรายชื่อผู้มีสิทธิ์รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (เฉพาะเจ้าหน้าที่)",
                    chunks[1][2].published + dt.timedelta(hours=5),
                ),
            )
        out = "".join(
            f'<div class="views-row"><div class="views-field views-field-field-image"><div class="field-content"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/news/{k}.jpg" alt="" /></div></div>'
            f'<div class="views-field views-field-title"><h3 class="field-content"><a href="{p}" hreflang="th">{esc(t)}</a></h3></div>'
            f'<div class="views-field views-field-created"><span class="field-content"><i class="icon-calendar"></i> {twig_date(w)}</span></div></div>'
            for k, (p, t, w) in enumerate(rows)
        )
        main_html = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-4b8c1f0e{cur}">
<div class="view-content">{out}</div>
{self.pager(cur, len(chunks))}
</div></div>"""
        return self.html_response(
            self.page(f"ข่าวประชาสัมพันธ์ | {OFFICE}", main_html, page_title="ข่าวประชาสัมพันธ์")
        )

    def meta(self, a) -> str:
        now = dt.datetime.now(TZ).replace(microsecond=0).isoformat()
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "NewsArticle",
                    "headline": OFFICE,
                    "name": OFFICE,
                    "datePublished": "1970-01-01T07:00:00+0700",
                    "dateModified": "1970-01-01T07:00:00+0700",
                    "publisher": {"@type": "GovernmentOrganization", "name": OFFICE},
                }
            ],
        }
        return (
            f'<meta name="description" content="{esc(OFFICE)}" />\n'
            f'<meta property="og:site_name" content="{esc(OFFICE)}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(OFFICE)}" />\n'
            f'<meta property="og:updated_time" content="{now}" />\n'
            f'<meta property="article:published_time" content="{now}" />\n'
            f'<meta property="article:modified_time" content="{now}" />\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )

    def files_html(self, a) -> str:
        if not a.extra["files"]:
            return ""
        items = []
        for k, ((name, mime, size, human), count) in enumerate(a.extra["files"]):
            cls = mime.split("/")[-1].replace(".", "-")
            items.append(
                f'<div class="field__item"><span class="file file--mime-{mime.replace("/", "-")} file--{cls}">'
                f'<a href="/system/files/2024-0{k + 3}/{quote(name)}" type="{mime}; length={size}">{esc(name)}</a></span>'
                f' <span class="file-size">({human})</span> <span class="download-count">ดาวน์โหลด {count} ครั้ง</span></div>'
            )
        return (
            '<div class="field field--name-field-attachments field--type-file field--label-above">'
            f'<div class="field__label">เอกสารแนบ</div><div class="field__items">{"".join(items)}</div></div>'
        )

    def rating_html(self, a) -> str:
        if not a.extra["rating"]:
            return ""
        avg, votes = a.extra["rating"]
        stars = "".join(
            f'<div class="star star-{s} {"odd" if s % 2 else "even"}{" on" if s <= round(avg) else " off"}"><span>{s}</span></div>'
            for s in range(1, 6)
        )
        return (
            '<div class="field field--name-field-rating field--type-fivestar field--label-above"><div class="field__label">ให้คะแนนข่าวนี้</div>'
            f'<div class="field__item"><form class="fivestar-form-item" action="/node/{a.id}" method="post"><div class="fivestar-widget"><div class="fivestar-default"><div class="fivestar-widget-static fivestar-widget-static-5 clearfix">{stars}</div></div></div>'
            f'<div class="description"><div class="fivestar-summary fivestar-summary-average-count"><span class="average-rating">คะแนนเฉลี่ย: <span>{avg}</span></span> <span class="total-votes">(<span>{votes}</span> โหวต)</span></div></div></form></div></div>'
        )

    def render_node(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        tags = ""
        if a.tags:
            tags = (
                '<div><i class="icon-hashtag"></i>\n'
                + "".join(
                    f'            <a href="/taxonomy/term/{31 + TAGS.index(t)}">{esc(t)}</a>,\n'
                    for t in a.tags
                )
                + "      </div>"
            )
        url = quote(f"https://nan.m-society.go.th/node/{a.id}", safe="")
        nav = ""
        if older:
            nav += f'<li class="previous"><a href="{older.path}" rel="prev">‹ ข่าวก่อนหน้า : {esc(older.title)}</a></li>'
        if newer:
            nav += f'<li class="next"><a href="{newer.path}" rel="next">ข่าวถัดไป : {esc(newer.title)} ›</a></li>'
        main_html = f"""<article data-history-node-id="{a.id}" role="article" about="/node/{a.id}" class="node node--type-article node--promoted node-view-mode-full">

  <header class="node-header">
    <div class="node-submitted-details">
      <div><i class="icon-user user-icon"></i> <span><span>admin_pmj</span></span></div><div><i class="icon-calendar"></i> {twig_date(a.published)}</div>      {tags}
    </div>
  </header>
  <div class="node-content">
    <div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/news/{a.id}.jpg" width="800" height="533" alt="" /></div>
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{self.body_field(a)}</div>
    {self.files_html(a)}
    {self.rating_html(a)}
    <div class="addtoany-wrapper"><span class="a2a_kit a2a_kit_size_28 addtoany_list" data-a2a-url="https://nan.m-society.go.th/node/{a.id}"><span class="a2a-label">แชร์ :</span><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={url}"></a><a class="a2a_button_print" href="/print/{a.id}">พิมพ์</a></span></div>
    <ul class="links inline"><li class="statistics-counter">เปิดอ่าน {a.views:,} ครั้ง</li><li class="comment-forbidden"><a href="/user/login?destination=/node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/node/{a.id}%23comment-form">ลงทะเบียน</a> {LOGIN_PROMPT}</li></ul>
    <nav class="node-prev-next"><ul class="pager">{nav}</ul></nav>
  </div>
</article>"""
        return self.html_response(
            self.page(
                f"{esc(a.title)} | {OFFICE}",
                main_html,
                node=a.id,
                meta=self.meta(a),
                page_title=esc(a.title),
            )
        )

    def render_wall(self):
        main_html = f"""<div class="messages messages--warning" role="contentinfo" aria-label="ข้อความเตือน"><h2 class="visually-hidden">ข้อความเตือน</h2>{WALL}</div>
<form class="user-login-form" data-drupal-selector="user-login-form" action="/node/{DELETED_NID}?destination=/node/{DELETED_NID}" method="post" id="user-login-form" accept-charset="UTF-8">
<div class="js-form-item form-item form-type-textfield form-item-name"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" required="required" /></div>
<div class="js-form-item form-item form-type-password form-item-pass"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" required="required" /></div>
<input type="hidden" name="form_id" value="user_login_form" /><div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="button js-form-submit form-submit" /></div>
</form>"""
        return self.html_response(
            self.page(f"เข้าสู่ระบบ | {OFFICE}", main_html, page_title="เข้าสู่ระบบ")
        )

    def render_splash(self, dest: str):
        enter = f"/splash/enter?destination={quote(dest, safe='/')}"
        text = f"""\ufeff<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{OFFICE}</title>
<style>body{{background:#f7f1dc;text-align:center;font-family:"TH SarabunPSK",sans-serif}} .splash-enter a{{display:inline-block;padding:.6em 2.4em;background:#c9a227;color:#fff;border-radius:4px}}</style>
</head>
<body class="splash-page">
<div class="splash-wrapper">
  <div class="splash-banner"><img src="/sites/default/files/splash/birthday-2567.jpg" alt="{SPLASH_TEXT} ขอพระองค์ทรงพระเจริญ ด้วยเกล้าด้วยกระหม่อม ข้าพระพุทธเจ้า คณะผู้บริหารและเจ้าหน้าที่{OFFICE}" width="1200" height="675" /></div>
  <p class="splash-caption">{SPLASH_TEXT}</p>
  <div class="splash-enter"><a href="{enter}">เข้าสู่เว็บไซต์ / ENTER SITE</a></div>
</div>
<script>setTimeout(function(){{location.href={json.dumps(enter)};}},15000);</script>
</body>
</html>
"""
        return self.html_response(text)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        full = path + (f"?{raw_query}" if raw_query else "")
        dest = query.get("destination", ["/news"])[0]
        if not dest.startswith("/") or dest.startswith("//"):
            dest = "/news"
        if path == "/splash":
            return self.render_splash(dest)
        if path == "/splash/enter":
            return (
                302,
                {
                    "Location": dest,
                    "Set-Cookie": "splash_seen=1; Path=/; Max-Age=86400; HttpOnly",
                    "Content-Type": "text/html; charset=UTF-8",
                },
                b"",
            )
        known = path in ("/", "/news") or re.fullmatch(r"/node/\d+", path)
        if known and "splash_seen=1" not in request_cookies():
            return (
                302,
                {
                    "Location": "/splash?destination=" + quote(full, safe="/"),
                    "Cache-Control": "no-cache, private",
                    "Content-Type": "text/html; charset=UTF-8",
                },
                b"",
            )
        return self.serve_page(path, query)

    def serve_page(self, path, query):
        p = query.get("page", ["0"])[0]
        cur = int(p) if p.isdigit() else 0
        if path in ("/", "/news"):
            return self.render_list(cur)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_wall()
            a = self.by_id.get(nid)
            return self.render_node(a) if a else None
        return None

    def page_text(self, a) -> str:
        body = self.serve_page(a.path, {})[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        body = re.sub(r"<wbr>|&shy;|</?span\b[^>]*>", "", body)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            newer = self.articles[i - 1] if i > 0 else None
            older = self.articles[i + 1] if i + 1 < len(self.articles) else None
            must_not = [
                COUNTER,
                FOOTER,
                LATEST,
                LOGIN_PROMPT,
                COOKIE,
                OFFICE_EN,
                f"เปิดอ่าน {a.views:,} ครั้ง",
                "แชร์ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "admin_pmj",
            ]
            for (name, _m, _s, human), count in a.extra["files"]:
                must_not += [f"ดาวน์โหลด {count} ครั้ง", f"({human})", name]
            if a.extra["rating"]:
                avg, votes = a.extra["rating"]
                must_not += ["คะแนนเฉลี่ย", f"{votes} โหวต", "ให้คะแนนข่าวนี้"]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            must_not += [x.title for x in (newer, older) if x]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = Drupal9VaniSplashSite()

if __name__ == "__main__":
    main(SITE)
