"""Blind-51 red-team site (part C): a provincial agriculture office (สำนักงานเกษตรจังหวัดลำพูน)
on **Drupal 10 with the contrib W3CSS Theme** (`d8w3css`: `div.page-wrapper.w3-col`,
`header#header` > `div#header-inner.w3-container`, `div#main-navigation-h`, `div#page-title`,
`div#main-container` > `div#main-container-inner` > `div.w3-breadcrumb` and the
`main-box` columns `first-sidebar` / `w3css-content` / `second-sidebar`, `div#footer-container`
with `first-footer` / `second-footer` / `third-footer`, `div#footer-menu`; the node template's
`article.w3-row.node` > `header.node__header` > `div.node__meta` > "โดย <name> | <date>" and
`div.w3-row.node__content`). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): d8w3css's `templates/layout/page.html.twig`
(regions, wrappers and their ids/classes as above, the vertical and horizontal navigation
wrappers, the footer-menu social links) and `templates/content/node.html.twig` (the
`node__meta` / `node__author-info` line "By <author> | <date>" and `node__content`), its
README (W3.CSS, 22 regions, colour settings). CKEditor 4's `entities` /
`entities_processNumerical` options (every non-ASCII character written as a decimal numeric
reference), Word's "Paste from Word" output (`p.MsoNormal`, `<o:p>`, `mso-` styles, conditional
comments), Drupal 10's core pager / Views grid markup, the r4032login module (anonymous users
redirected to `/user/login?destination=…`) and the Statistics module are written from memory
of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news` (a Views grid, full pager, 0-based `?page=1`, `?page=2`; 8 a page, 24 nodes);
  nodes at `/node/N` (no alias); `<title>` "headline | office"; `h1.page-title` in the theme's
  `#page-title` band; "โดย ฝ่ายประชาสัมพันธ์ | 5 มี.ค. 2567 - 14:20" (custom medium format,
  BE year, time on every node; no `<time>`, no meta date);
- **NEW: numeric character references** — on one node in four the body field was saved by
  CKEditor 4 with `entities_processNumerical: 'force'`: every Thai character of the text (and
  of the source line and the related list inside it) is served as `&#3585;`-style references;
  the listing teaser of that node too; the expected text is the decoded NFC text;
- **NEW: decomposed sara am** — on one node in four the text (typed on an old keyboard
  layout) writes every ำ as nikhahit + sara aa (U+0E4D U+0E32, "ํา"); expected phrases are
  the clean text with ำ (U+0E33);
- **NEW: zero-width spaces and soft hyphens inside words** — on one node in four the text
  (pasted from a word-segmenting tool / a chat app) carries U+200B every few characters
  inside Thai runs and a few `&shy;`; expected phrases are the clean text without them;
- **NEW: Word-paste soup inside the body field** — on one node in four the text is
  `p.MsoNormal` paragraphs with `<span lang="TH" style="…mso-…">` runs split in the middle
  of a word (no space between the runs), `<o:p></o:p>`, empty `<o:p>&nbsp;</o:p>` paragraphs,
  `<font face="TH SarabunPSK">` and a `<!--[if gte mso 9]>` comment;
- **NEW: "ข่าวที่เกี่ยวข้อง" inside the body field without a heading** — a bold paragraph
  label and a `<ul>` of three other nodes' titles with dates, after the source line, inside
  the same `div.field--name-body` as the text (on two nodes in three);
- **NEW: the counter abbreviated with no exact figure anywhere** — "เข้าชม 1.2K" (a custom
  Twig short-number filter over the Statistics count; under 1,000 the figure is exact):
  the expected `view_count` is the printed number expanded (1.2K → 1200);
- the body opening with the headline repeated as a bold first line (one node in five);
- source "ที่มา : <office>" or "ข่าว/ภาพ : <office>" as the last line of the text (most);
- furniture: font tools "ก- ก ก+" and "ภาษา TH | EN" in the header, breadcrumb, share bar
  "แชร์" (Facebook / LINE / X / คัดลอกลิงก์), "พิมพ์", tags "แท็ก", comment login prompt,
  sidebar "ข่าวล่าสุด" with dates and "ปฏิทินกิจกรรม", footer counter, EU-cookie bar.
Deleted: `/node/3999` linked from page 2: the node was set to "authenticated only", and
r4032login redirects anonymous visitors (302) to `/user/login?destination=/node/3999`, a 200
login form "กรุณาเข้าสู่ระบบเพื่อเข้าถึงเนื้อหานี้".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

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

OFFICE = "สำนักงานเกษตรจังหวัดลำพูน"
OFFICE_EN = "Lamphun Provincial Agricultural Extension Office"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 8
SOURCES = [
    ("ที่มา", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดลำพูน"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอป่าซาง"),
    None,
    ("ที่มา", "กรมส่งเสริมการเกษตร"),
    ("ข่าว/ภาพ", "กลุ่มส่งเสริมและพัฒนาการผลิต สนง.เกษตรจังหวัดลำพูน"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"),
]
TAGS = ["เกษตรกร", "ลำไย", "ลำพูน", "ศพก.", "แปลงใหญ่", "Smart Farmer"]
AUTHOR = "ฝ่ายประชาสัมพันธ์"
DELETED_NID = 3999
DELETED_TITLE = "ประกาศรายชื่อเกษตรกรผู้มีสิทธิ์รับการช่วยเหลือ (เฉพาะเจ้าหน้าที่)"
LOGIN_MSG = "กรุณาเข้าสู่ระบบเพื่อเข้าถึงเนื้อหานี้"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "ศาลากลางจังหวัดลำพูน ชั้น 2 ถนนลำพูน-ป่าซาง ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 318,442 ครั้ง"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
CALENDAR = "ปฏิทินกิจกรรม"
CAL_ITEM = "ประชุมคณะกรรมการเครือข่าย ศพก. ระดับจังหวัด ครั้งที่ 2/2567"

THAI = re.compile(r"[\u0e00-\u0e7f]")
COMBINING = set(
    "\u0e31\u0e34\u0e35\u0e36\u0e37\u0e38\u0e39\u0e3a\u0e47\u0e48\u0e49\u0e4a\u0e4b\u0e4c\u0e4d\u0e4e"
)
LEADING = set("\u0e40\u0e41\u0e42\u0e43\u0e44")


def thai_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def short_count(n: int) -> str:
    if n < 1000:
        return str(n)
    s = f"{n / 1000:.1f}".removesuffix(".0")
    return f"{s}K"


# ---------------------------------------------------------------- odd encodings
def ncr(s: str) -> str:
    """CKEditor 4 entities_processNumerical='force': every non-ASCII char as &#N;."""
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else esc(c) for c in s)


def sara_am_decomposed(s: str) -> str:
    return s.replace("\u0e33", "\u0e4d\u0e32")


def zwsp(s: str, seed: int) -> str:
    """A U+200B every 5-8 characters inside Thai runs (never before a combining mark or
    after a leading vowel), and a soft hyphen (served as &shy;) now and then."""
    out = []
    gap = 5 + seed % 4
    run = 0
    k = 0
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else ""
        out.append(esc(c))
        if THAI.match(c):
            run += 1
        else:
            run = 0
        if run >= gap and nxt and THAI.match(nxt) and nxt not in COMBINING and c not in LEADING:
            k += 1
            out.append("&shy;" if k % 9 == 4 else "\u200b")
            run = 0
            gap = 5 + (seed + k) % 4
    return "".join(out)


MSO_SPAN = (
    'style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif;'
    "mso-ascii-font-family:&quot;TH SarabunPSK&quot;;mso-hansi-font-family:&quot;TH SarabunPSK&quot;;"
    'mso-bidi-font-family:&quot;TH SarabunPSK&quot;;mso-bidi-language:TH"'
)
MSO_SPAN2 = (
    'style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif;'
    'mso-bidi-font-family:&quot;TH SarabunPSK&quot;;color:black;mso-themecolor:text1"'
)


def word_para(p: str, j: int) -> str:
    """One Word-pasted paragraph: runs split mid-word, no space between the spans."""
    cut1 = max(1, len(p) // 3 + (j % 5))
    cut2 = max(cut1 + 1, (2 * len(p)) // 3 - (j % 3))
    a, b, c = p[:cut1], p[cut1:cut2], p[cut2:]
    indent = 'style="text-indent:36.0pt;margin-bottom:0cm;line-height:normal"'
    return (
        f'<p class="MsoNormal" {indent}><span lang="TH" {MSO_SPAN}>{esc(a)}</span>'
        f'<span lang="TH" {MSO_SPAN2}><font face="TH SarabunPSK">{esc(b)}</font></span>'
        f'<span lang="TH" {MSO_SPAN}>{esc(c)}<o:p></o:p></span></p>'
    )


WORD_HEAD = (
    "<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View><w:Zoom>0</w:Zoom>"
    "<w:LidThemeComplexScript>TH</w:LidThemeComplexScript></w:WordDocument></xml><![endif]-->"
)
WORD_EMPTY = f'<p class="MsoNormal"><span lang="TH" {MSO_SPAN}><o:p>&nbsp;</o:p></span></p>'


class DrupalW3cssSite(BaseSite):
    key = "b51_drupal10_w3css_ckentities"
    family = "drupal"
    imitates = (
        "Drupal 10 + W3CSS Theme (d8w3css: page-wrapper, #main-container, w3css-content "
        "main-box, node__meta 'โดย <name> | <date>'): /news?page=N Views grid + full pager; "
        "bodies with CKEditor numeric character references (&#3585;), decomposed sara am, "
        "zero-width spaces and soft hyphens inside words, Word-paste MsoNormal soup with runs "
        "split mid-word; 'ข่าวที่เกี่ยวข้อง' list inside the body field with no heading; "
        "counter abbreviated '1.2K' with no exact figure; headline repeated as the first body "
        "line; 'ที่มา :' / 'ข่าว/ภาพ :' source; share, print, tags, login prompt, cookie bar; "
        "deleted node behind an r4032login login wall"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 22, 17, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 4100 + (n - i) * 7
            a.path = f"/node/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.modified = None
            a.time_printed = True
            v = 30 + (i * 389 + 71) % 4200
            if i % 6 == 2:
                v += 11000  # a few very popular posts ("11.9K")
            if v >= 1000:
                v = round(v / 100) * 100
            a.views = v
            a.extra["enc"] = ("ncr", "sara_am", "zwsp", "word")[i % 4]
            a.extra["repeat_title"] = i % 5 == 0
            a.extra["related_inline"] = i % 3 != 1
            a.extra["pic"] = i % 4 != 3
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id
        # the sara-am trap must really change the text
        for a in arts:
            if a.extra["enc"] == "sara_am":
                assert any("\u0e33" in p for p in a.paras), a.title

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}", f"/user/login?destination=/node/{DELETED_NID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 7, 10)]

    def latest(self):
        return self.articles[:5]

    def pic(self, a):
        return f"/sites/default/files/styles/w3css_large/public/2024-{a.published.month:02d}/lpn{a.id}.jpg?itok=Lp{a.id}"

    def enc_text(self, a, s: str, j: int = 0) -> str:
        kind = a.extra["enc"]
        if kind == "ncr":
            return ncr(s)
        if kind == "sara_am":
            return esc(sara_am_decomposed(s))
        if kind == "zwsp":
            return zwsp(s, a.id + j)
        return esc(s)

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, page_title: str, content: str, *, crumb: str | None, canon=""):
        crumbs = '<li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        if crumb:
            crumbs += f"<li>{esc(crumb)}</li>"
        latest = "".join(
            f'<li class="w3-padding-small"><a href="/node/{x.id}">{esc(x.title)}</a><br><span class="w3-small w3-text-grey">{thai_day(x.published)}</span></li>'
            for x in self.latest()
        )
        link = f'<link rel="canonical" href="{canon}" />\n' if canon else ""
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    {link}<link rel="icon" href="/themes/contrib/d8w3css/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{title}</title>
    <link rel="stylesheet" media="all" href="/themes/contrib/d8w3css/css/w3-css/w3.css?s8k2lm" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_pQ2mX8lZ3rT.css?delta=1&amp;language=th&amp;theme=lamphun_w3&amp;include=eJxLMa" />
  </head>
  <body class="path-node w3-light-grey">
    <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<!-- Start: Page Wrapper -->
<div class="page-wrapper w3-col w3-clear w3-animate-opacity w3-text-theme">
  <!-- Start: Header -->
  <header id="header" class="w3-col w3-clear w3-theme-l4" role="banner" aria-label="Site header">
    <div id="header-inner" class="w3-container header-inner w3-width-1360">
      <div id="block-lamphun-w3-branding" class="w3-block w3-left site-branding">
        <a href="/" title="หน้าแรก" rel="home" class="w3-left"><img src="/sites/default/files/logo-doae.png" alt="หน้าแรก" /></a>
        <div class="site-name w3-xlarge"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div>
        <div class="site-slogan w3-small">{OFFICE_EN}</div>
      </div>
      <div id="block-a11ytools" class="w3-right w3-bar a11y-tools">
        <span class="w3-bar-item w3-small">ขนาดตัวอักษร</span><a class="w3-bar-item w3-button w3-small" href="#" data-fs="-1">ก-</a><a class="w3-bar-item w3-button" href="#" data-fs="0">ก</a><a class="w3-bar-item w3-button w3-large" href="#" data-fs="1">ก+</a>
        <span class="w3-bar-item w3-small">ภาษา</span><a class="w3-bar-item w3-button" href="/news" hreflang="th">TH</a><a class="w3-bar-item w3-button" href="/en" hreflang="en">EN</a>
      </div>
    </div>
  </header>
  <!-- End: Header -->
  <!-- Start: Main Navigation - Horizontal -->
  <div id="main-navigation-h" class="w3-col w3-clear main-navigation-wrapper w3-theme w3-green" role="navigation" aria-label="Main Navigation">
    <div id="main-navigation-inner-h" class="w3-row main-navigation-inner-h w3-width-1360">
      <div class="mobile-nav w3-hide-large w3-button w3-block w3-right-align w3-large w3-theme">เมนู</div>
      <nav role="navigation" aria-labelledby="block-lamphun-w3-main-menu-menu" id="block-lamphun-w3-main-menu">
        <h2 class="visually-hidden" id="block-lamphun-w3-main-menu-menu">Main navigation</h2>
        <ul class="ul-parent ul-parent-main" role="menu"><li class="li-item"><a href="/" class="w3-button">หน้าแรก</a></li><li class="li-item"><a href="/about" class="w3-button">เกี่ยวกับหน่วยงาน</a></li><li class="li-item"><a href="/news" class="w3-button is-active">ข่าวประชาสัมพันธ์</a></li><li class="li-item"><a href="/knowledge" class="w3-button">องค์ความรู้</a></li><li class="li-item"><a href="/ita" class="w3-button">ITA</a></li><li class="li-item"><a href="/contact" class="w3-button">ติดต่อเรา</a></li></ul>
      </nav>
    </div>
  </div>
  <!-- End: Main Navigation - Horizontal -->
  <!-- Start: Page Title -->
  <div id="page-title" class="w3-col w3-clear w3-theme-d5 w3-green">
    <div id="page-title-inner" class="d8-fade w3-row page-title-inner w3-width-1360">
      <div id="block-lamphun-w3-page-title" class="w3-block block-page-title-block">
        <h1 class="page-title w3-padding">{page_title}</h1>
      </div>
    </div>
  </div>
  <!-- End: Page Title -->
  <!-- Start: Main -->
  <div id="main-container" class="w3-col w3-clear w3-theme-l5">
    <div id="main-container-inner" class="w3-row main-container-inner w3-width-1360">
      <!-- Breadcrumb -->
      <div class="w3-row w3-breadcrumb">
        <nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="w3-bar">{crumbs}</ol></nav>
      </div>
      <!-- End: Breadcrumb -->
      <!-- Start Main Container  -->
      <div class="w3-col w3-clear w3-row-padding">
        <!-- Start: Main Content -->
        <div class="w3-col m8 l8 main-box w3css-content" role="main">
          <div class="d8-fade w3-mobile">
            <a id="main-content" tabindex="-1"></a>
            <div data-drupal-messages-fallback class="hidden"></div>
            <div id="block-lamphun-w3-content" class="w3-block block-system-main-block">
{content}
            </div>
          </div>
        </div>
        <!-- End: Main Content -->
        <!-- Start: Right SideBar -->
        <div class="w3-col m4 l4 main-box second-sidebar" role="complementary">
          <div class="d8-fade w3-sidebar-second w3-mobile">
            <div id="block-views-block-news-latest" class="w3-block w3-card w3-white views-element-container">
              <h2 class="w3-container w3-green w3-large">{LATEST}</h2>
              <ul class="w3-ul">{latest}</ul>
            </div>
            <div id="block-calendar" class="w3-block w3-card w3-white">
              <h2 class="w3-container w3-green w3-large">{CALENDAR}</h2>
              <p class="w3-container">28 มี.ค. 2567 — {CAL_ITEM}</p>
            </div>
          </div>
        </div>
        <!-- End: Right SideBar -->
      </div>
      <!-- Endn: Main Container  -->
    </div>
  </div>
  <!-- End: Main -->
  <!-- start: Footer -->
  <div id="footer-container" class="w3-col w3-clear w3-theme-d3">
    <div id="footer-container-inner" class="w3-row-padding footer-container-inner w3-width-1360">
      <div class="w3-third footer-box first-footer"><div class="d8-fade w3-mobile w3-theme-l4"><p>{OFFICE}</p><p>{FOOTER}</p></div></div>
      <div class="w3-third footer-box second-footer"><div class="d8-fade w3-mobile w3-theme-l5"><p>โทรศัพท์ 0 5351 1234 โทรสาร 0 5351 1235</p></div></div>
      <div class="w3-third footer-box third-footer"><div class="d8-fade w3-mobile w3-theme-l4"><p class="visitor-counter">{COUNTER}</p></div></div>
    </div>
  </div>
  <!-- End: Footer -->
  <!-- Start: Footer Menu -->
  <div id="footer-menu" class="w3-col w3-clear w3-theme-d4">
    <div id="footer-menu-inner" class="w3-row footer-menu-inner w3-width-1360">
      <div class="d8-fade w3-center w3-container w3-mobile social-media">
        <a href="https://www.facebook.com/lamphunagri" title="Facebook" class="w3-opacity w3-hover-opacity-off w3-show-inline-block w3-xlarge w3-padding" target="_blank"><i class="w3-social-icon fa-facebook"></i></a>
        <a href="https://www.youtube.com/@lamphunagri" title="Youtube" class="w3-opacity w3-hover-opacity-off w3-show-inline-block w3-xlarge w3-padding" target="_blank"><i class="w3-social-icon fa-youtube"></i></a>
      </div>
    </div>
  </div>
  <!-- End: Footer Menu -->
</div>
<!-- End: Page Wrapper -->
    </div>
    <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info w3-bottom w3-dark-grey" role="alertdialog" aria-labelledby="popup-text">
      <div class="popup-content info eu-cookie-compliance-content w3-container">
        <div id="popup-text" class="eu-cookie-compliance-message"><p>{COOKIE}</p></div>
        <div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button w3-button w3-green">ยอมรับ</button><button type="button" class="decline-button w3-button">ปฏิเสธ</button></div>
      </div>
    </div>
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","currentLanguage":"th"}},"eu_cookie_compliance":{{"popup_enabled":true}}}}</script>
    <script src="/sites/default/files/js/js_Vb3mQ9rX.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=lamphun_w3"></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def row(self, nid: int, title: str, d: dt.datetime, pic: str | None, teaser_html: str) -> str:
        img = pic or "/themes/custom/lamphun_w3/images/no-image.png"
        return f"""<div class="views-col w3-third w3-margin-bottom">
  <div class="w3-card w3-white news-card">
    <a href="/node/{nid}"><img src="{img}" alt="" class="w3-image" loading="lazy" /></a>
    <div class="w3-container">
      <span class="w3-tag w3-green w3-small">{thai_day(d)}</span>
      <h3 class="node__title w3-medium"><a href="/node/{nid}" rel="bookmark" hreflang="th">{esc(title)}</a></h3>
      <p class="w3-small">{teaser_html}</p>
    </div>
  </div>
</div>"""

    def render_list(self, k: int):
        rows = []
        for a in self.pages[k]:
            teaser = a.paras[0][:130].rstrip()
            rows.append(
                self.row(
                    a.id,
                    a.title,
                    a.published,
                    self.pic(a) if a.extra["pic"] else None,
                    self.enc_text(a, teaser) + "…",
                )
            )
        if k == 1:
            rows.insert(
                3,
                self.row(
                    DELETED_NID,
                    DELETED_TITLE,
                    dt.datetime(2024, 2, 27, 9, 30, tzinfo=TZ),
                    None,
                    "รายชื่อเกษตรกรผู้มีสิทธิ์ (สำหรับเจ้าหน้าที่)…",
                ),
            )
        grid = "".join(
            f'<div class="views-view-grid horizontal cols-3 clearfix"><div class="views-row w3-row-padding">{"".join(chunk)}</div></div>'
            for chunk in paginate(rows, 3)
        )
        n = len(self.pages)
        pg = []
        if k > 0:
            pg.append(
                '<li class="pager__item pager__item--first"><a class="w3-button" href="?page=0" title="ไปหน้าแรก"><span class="visually-hidden">หน้าแรก</span><span aria-hidden="true">« หน้าแรก</span></a></li>'
            )
            pg.append(
                f'<li class="pager__item pager__item--previous"><a class="w3-button" href="?page={k - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹ ก่อนหน้า</span></a></li>'
            )
        for j in range(n):
            if j == k:
                pg.append(
                    f'<li class="pager__item is-active"><a class="w3-button w3-green" href="?page={j}" title="หน้าปัจจุบัน" aria-current="page"><span class="visually-hidden">หน้าปัจจุบัน</span>{j + 1}</a></li>'
                )
            else:
                pg.append(
                    f'<li class="pager__item"><a class="w3-button" href="?page={j}" title="ไปหน้า {j + 1}"><span class="visually-hidden">หน้า</span>{j + 1}</a></li>'
                )
        if k < n - 1:
            pg.append(
                f'<li class="pager__item pager__item--next"><a class="w3-button" href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">ถัดไป ›</span></a></li>'
            )
            pg.append(
                f'<li class="pager__item pager__item--last"><a class="w3-button" href="?page={n - 1}" title="ไปหน้าสุดท้าย"><span class="visually-hidden">หน้าสุดท้าย</span><span aria-hidden="true">หน้าสุดท้าย »</span></a></li>'
            )
        content = f"""<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-3a91c">
  <div class="view-content">
{grid}
  </div>
  <nav class="pager w3-center" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>
    <ul class="pager__items js-pager__items w3-bar">{"".join(pg)}</ul>
  </nav>
</div></div>"""
        return self.html_response(
            self.shell(
                f"{SECTION} | {OFFICE}",
                SECTION,
                content,
                crumb=None,
                canon="/news" if k == 0 else f"/news?page={k}",
            )
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        kind = a.extra["enc"]
        out = []
        if kind == "word":
            out.append(WORD_HEAD)
        if a.extra["repeat_title"]:
            t = a.title
            out.append(
                f'<p class="MsoNormal"><b><span lang="TH" {MSO_SPAN}>{esc(t)}<o:p></o:p></span></b></p>'
                if kind == "word"
                else f"<p><strong>{self.enc_text(a, t, 99)}</strong></p>"
            )
        for j, p in enumerate(a.paras):
            if kind == "word":
                out.append(word_para(p, j))
                if j == 0:
                    out.append(WORD_EMPTY)
            else:
                out.append(f"<p>{self.enc_text(a, p, j)}</p>")
        src = a.extra["src"]
        if src:
            line = f"{src[0]} : {src[1]}"
            if kind == "word":
                out.append(
                    f'<p class="MsoNormal" align="right" style="text-align:right"><span lang="TH" {MSO_SPAN}>{esc(line)}<o:p></o:p></span></p>'
                )
            else:
                out.append(f"<p>{self.enc_text(a, line, 77)}</p>")
        if a.extra["related_inline"]:
            # the whole field went through CKEditor's serializer: on the "ncr" nodes the
            # pasted list is encoded too; the other nodes' lists were pasted clean
            enc = ncr if kind == "ncr" else esc
            items = "".join(
                f'<li><a href="/node/{x.id}">{enc(x.title)}</a> ({enc(thai_day(x.published))})</li>'
                for x in self.related(a)
            )
            out.append(f"<p><strong>{enc(RELATED)}</strong></p>\n<ul>{items}</ul>")
        return "\n".join(out)

    def render_node(self, a, base: str):
        full = f"{base}{a.path}"
        img = ""
        if a.extra["pic"]:
            img = f"""<div class="field field--name-field-image field--type-image field--label-hidden field__item">
  <img src="{self.pic(a)}" width="800" height="533" alt="{esc(a.title)}" loading="lazy" class="w3-image" />
</div>"""
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline w3-margin-top"><div class="field__label">แท็ก</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{70 + TAGS.index(t)}" hreflang="th" class="w3-tag w3-round w3-light-green">{esc(t)}</a></div>'
                    for t in a.tags
                )
                + "</div></div>"
            )
        content = f"""<article data-history-node-id="{a.id}" class="w3-row node node--type-news node--promoted node--view-mode-full">
  <header class="w3-row node__header">
    <div class="node__meta">
      <div class="node__author-info">
        <span>โดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{AUTHOR}</span></span> | {thai_day(a.published)} - {a.published:%H:%M}</span>
      </div>
      <div class="node-statistics w3-small w3-text-grey"><i class="fa fa-eye" aria-hidden="true"></i> เข้าชม {short_count(a.views)}</div>
    </div>
  </header>
  <div class="w3-row node__content">
    <div class="w3-bar share-tools w3-margin-bottom">
      <span class="w3-bar-item w3-small">แชร์</span>
      <a class="w3-bar-item w3-button w3-blue w3-small" href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}" target="_blank">Facebook</a>
      <a class="w3-bar-item w3-button w3-green w3-small" href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" target="_blank">LINE</a>
      <a class="w3-bar-item w3-button w3-black w3-small" href="https://twitter.com/intent/tweet?url={quote(full, safe="")}" target="_blank">X</a>
      <button class="w3-bar-item w3-button w3-small" data-copy="{full}">คัดลอกลิงก์</button>
      <a class="w3-bar-item w3-button w3-small w3-right" href="javascript:window.print()">พิมพ์</a>
    </div>
    {img}
    <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{self.body_html(a)}
    </div>
    {tags}
    <section class="w3-row comment-wrapper">
      <h2 class="w3-large">ความคิดเห็น</h2>
      <p class="comment-forbidden"><a href="/user/login?destination=/comment/reply/node/{a.id}/comment_node_news%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=/comment/reply/node/{a.id}/comment_node_news%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</p>
    </section>
  </div>
</article>"""
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>',
                content,
                crumb=a.title,
                canon=a.path,
            )
        )

    def render_login(self, dest: str):
        content = f"""<div class="w3-panel w3-pale-red w3-border" role="alert"><p>{LOGIN_MSG}</p></div>
<form class="user-login-form w3-container" data-drupal-selector="user-login-form" action="/user/login?destination={esc(dest)}" method="post" id="user-login-form" accept-charset="UTF-8">
  <div class="js-form-item form-item"><label for="edit-name" class="js-form-required form-required">ชื่อผู้ใช้</label><input autocorrect="none" autocapitalize="none" spellcheck="false" autofocus="autofocus" autocomplete="username" type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required w3-input" required="required" /></div>
  <div class="js-form-item form-item"><label for="edit-pass" class="js-form-required form-required">รหัสผ่าน</label><input autocomplete="current-password" type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required w3-input" required="required" /></div>
  <input type="hidden" name="form_id" value="user_login_form" />
  <div class="form-actions js-form-wrapper form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" value="เข้าสู่ระบบ" class="button js-form-submit form-submit w3-button w3-green" /></div>
</form>"""
        return self.html_response(
            self.shell(f"เข้าสู่ระบบ | {OFFICE}", "เข้าสู่ระบบ", content, crumb=None)
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/news", "/news/"):
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.render_list(int(k))
        m = re.fullmatch(r"/node/(\d+)/?", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return (
                    302,
                    {
                        "Location": f"{base}/user/login?destination=/node/{DELETED_NID}",
                        "Cache-Control": "no-cache",
                    },
                    b"",
                )
            a = self.by_id.get(nid)
            if a is not None:
                return self.render_node(a, base)
            return None
        if path == "/user/login":
            return self.render_login(query.get("destination", ["/user"])[0])
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ขนาดตัวอักษร",
                "ภาษา",
                "แชร์",
                "Facebook",
                "คัดลอกลิงก์",
                "พิมพ์",
                "แท็ก",
                RELATED,
                LATEST,
                CALENDAR,
                CAL_ITEM,
                LOGIN_PROMPT,
                COOKIE,
                COUNTER,
                FOOTER,
                OFFICE_EN,
                f"เข้าชม {short_count(a.views)}",
                f"โดย {AUTHOR}",
            ]
            if a.extra["related_inline"]:
                must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.latest() if x is not a]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = DrupalW3cssSite()

if __name__ == "__main__":
    main(SITE)
