"""Blind-57 red-team site (part C): a provincial agriculture office (สำนักงานเกษตรจังหวัดลำพูน-like)
on **Drupal 7.58 + Sky** (Jeff Burnz's Adaptivetheme 7.x-3.x sub-theme), never updated since 2018
and **hacked** (a Drupalgeddon-2-era injection), running on PHP 7.2. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Drupal 7 node templates of public themes
(`article.node` with `header` / `footer.submitted` / `p.submitted`, `print render($content)`,
`hide($content['comments'])`, `hide($content['links'])`), the core Bartik template's variables;
Google Translate's element markup (`#google_translate_element`, `googleTranslateElementInit`,
`TranslateElement.InlineLayout.SIMPLE`, the `.goog-te-gadget` / `.goog-te-combo` classes that
sites restyle). Adaptivetheme's page skeleton (`#page.container`, `#header`, `#branding`,
`#columns`, `#content-column`, `section#main-content`, `h1#page-title`, `footer.submitted >
p.author-datetime` with `<time datetime pubdate>`, `section.field-label-inline` with
`h2.field-label` and `ul.field-items`), Drupal 7's `div.messages.error` list of PHP errors
("Notice: Undefined index: … in sky_preprocess_node() (line 87 of …)"), PHP's raw `html_errors`
format (`<br />\\n<b>Warning</b>:  … in <b>/path</b> on line <b>3</b><br />`), the core full
pager (`ul.pager`, `pager-current`, `pager-next` "ถัดไป ›", `pager-last` "หน้าสุดท้าย »") and the
shapes of Thai gambling-spam injections on hacked `.go.th` sites are from memory. No one's code
or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` (relative `rel=canonical` and `shortlink`), `<title>` "headline | office",
  `h1#page-title`, `<time datetime>` with the time ("ส่งโดย admin เมื่อ 05/03/2024 - 10:30");
- **NEW: the site is hacked: hidden Thai gambling-spam links (สล็อตเว็บตรง, บาคาร่าออนไลน์,
  แทงบอลออนไลน์ …) in three hidings: a `div` positioned off-screen (`position:absolute;
  left:-9999px`) right after `<body>` on every page, a `div.wp-sl` that a `<style>` injected into
  `<head>` hides (in the footer), and inside the body field of one article in two, either a
  `<p style="display:none">` between paragraphs or a `<div style="position:absolute;
  left:-8000px">` at its end — none of it is the article's**;
- **NEW: PHP errors printed into the page: the injected loader at the top of `index.php` prints
  a raw `<b>Warning</b>: file_get_contents(http://…): failed to open stream …` before the
  `<!DOCTYPE>` on every page; on article pages Drupal's `div.messages.error` above the headline
  lists "Notice: Undefined index: field_source …", "Warning: count(): Parameter must be an array
  …" and "Deprecated: The each() function is deprecated …"**;
- **NEW: an archive split by year: `/news` lists this year (2567 / 2024) only, two pages; the
  "คลังข่าว" block links "ข่าวปี 2566" `/news/archive/2023` (two pages) and "ข่าวปี 2565"
  `/news/archive/2022` (one page); every year's items are expected**;
- **NEW: the article's own structure: `<h3>` sub-headings of its own, a paragraph printed as an
  `<ol>` (two articles), a spoken statement as a `<blockquote>` (one in three), a footnote line
  `<p><small>หมายเหตุ : …</small></p>` (one in four)**;
- **NEW: a Google Translate gadget pasted into the body field from the live page (one in four):
  "Select Language" `<select class="goog-te-combo">` and "Powered by Translate" at the top of
  the text**;
- **NEW: the view counter as "👁 1,234" in the node links** (Statistics' string translated with
  an emoji);
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" bold right-aligned at the end of the text
  (one in six none); Tags field (`section.field-label-inline`); AddToAny "แชร์"; "พิมพ์";
  comment login prompt; sidebar "ข่าวล่าสุด" (titles, dates), "คลังข่าว" (years, counts);
  breadcrumb; footer address and visitor counter;
- deleted item (linked from page 2): `/node/1193`, **200**: the template with an empty title,
  "Notice: Trying to get property 'title' of non-object" and "ไม่พบข่าวที่ต้องการ
  อาจถูกลบออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt
import html
import re
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

OFFICE = "สำนักงานเกษตรจังหวัดลำพูน"
PER = 6
YEARS = [(2024, 11), (2023, 9), (2022, 4)]  # CE year, items (this year first)
DELETED_NID = 1193
SOURCES = [
    ("ที่มา", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดลำพูน"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอป่าซาง"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดลำพูน"),
    ("ที่มา", "ศูนย์ส่งเสริมและพัฒนาอาชีพการเกษตรจังหวัดลำพูน"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอบ้านโฮ่ง"),
    None,
]
TAGS = ["เกษตรกร", "ลำไย", "แปลงใหญ่", "Smart Farmer", "ศพก.", "ทะเบียนเกษตรกร"]
SUBHEADS = [
    "ผลการดำเนินงานที่ผ่านมาของหน่วยงาน",
    "แนวทางการดำเนินงานในระยะต่อไป",
    "ข้อสั่งการและประเด็นที่มอบหมาย",
]
FOOTNOTE = "หมายเหตุ : ตัวเลขเป็นข้อมูลเบื้องต้นจากระบบทะเบียนเกษตรกร อาจมีการเปลี่ยนแปลงภายหลัง"
SPAM = [
    ("https://slot-ufa88.bet/", "สล็อตเว็บตรง"),
    ("https://baccarat168.vip/", "บาคาร่าออนไลน์"),
    ("https://ufabet-888.club/", "แทงบอลออนไลน์"),
    ("https://pgslot-99.win/", "สล็อต pg เว็บตรง แตกง่าย"),
    ("https://huay-lotto.live/", "หวยออนไลน์ จ่ายจริง"),
]
SPAM_LINE = "สล็อตเว็บตรง ฝากถอนไม่มีขั้นต่ำ สมัครสมาชิกใหม่รับโบนัส 100%"
RAW_WARNING = (
    "<br />\n<b>Warning</b>:  file_get_contents(http://cdn-static-jq.xyz/api.php?d=lamphun.doae.go.th): "
    "failed to open stream: HTTP request failed! HTTP/1.1 403 Forbidden\n in "
    "<b>/var/www/html/index.php</b> on line <b>3</b><br />\n"
)
RAW_WARNING_TEXT = "failed to open stream: HTTP request failed!"
DRUPAL_ERRORS = [
    (
        "Notice",
        "Undefined index: field_source",
        "sky_preprocess_node()",
        "87",
        "/var/www/html/sites/all/themes/sky/template.php",
    ),
    (
        "Warning",
        "count(): Parameter must be an array or an object that implements Countable",
        "_addtoany_create_buttons()",
        "421",
        "/var/www/html/sites/all/modules/addtoany/addtoany.module",
    ),
    (
        "Deprecated",
        "The each() function is deprecated",
        "menu_set_active_trail()",
        "2405",
        "/var/www/html/includes/menu.inc",
    ),
]
COUNTER = "จำนวนผู้เยี่ยมชม 1,284,770 คน"
FOOTER = "ศาลากลางจังหวัดลำพูน ชั้น 2 ถนนลำพูน-ป่าซาง ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
LATEST = "ข่าวล่าสุด"
ARCHIVE = "คลังข่าว"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"
NOT_FOUND = "ไม่พบข่าวที่ต้องการ อาจถูกลบออกจากระบบแล้ว"


def short(d: dt.datetime) -> str:
    return d.strftime("%d/%m/%Y - %H:%M")


def day(d: dt.datetime) -> str:
    return d.strftime("%d/%m/%Y")


def spam_links(k: int, n: int = 3) -> str:
    return " ".join(
        f'<a href="{u}" title="{esc(t)}">{esc(t)}</a>'
        for u, t in (SPAM[(k + j) % len(SPAM)] for j in range(n))
    )


class Drupal7SkyHackedSite(BaseSite):
    key = "b57_drupal7_sky_hacked_yeararchive"
    family = "drupal"
    imitates = (
        "provincial agriculture office on Drupal 7.58 + Sky (Adaptivetheme), hacked: hidden Thai "
        "gambling-spam links (off-screen, a class hidden by an injected style, display:none in the "
        "body), raw PHP warnings before the doctype and Drupal's error messages above the headline, "
        "news split by year archives (/news this year, /news/archive/2023, /2022), the text's own "
        "sub-headings, lists, blockquote and footnote, a pasted Google Translate gadget, '👁 1,234'"
    )
    listing_path = "/news"

    def __init__(self):
        total = sum(n for _, n in YEARS)
        arts = make_articles(
            self.key, total, start=dt.datetime(2024, 3, 22, 17, 0, tzinfo=TZ), offset=61
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # spread over three years: 2024 (weekly), 2023 (every five weeks), 2022
        k = 0
        self.by_year: dict[int, list] = {}
        for year, n in YEARS:
            first = {2024: dt.datetime(2024, 3, 20), 2023: dt.datetime(2023, 12, 14)}.get(
                year, dt.datetime(2022, 11, 24)
            )
            step = {2024: 7, 2023: 34}.get(year, 41)
            self.by_year[year] = []
            for j in range(n):
                a = arts[k]
                when = first - dt.timedelta(days=j * step)
                a.published = when.replace(hour=8 + (k * 5) % 9, minute=(k * 13) % 60, tzinfo=TZ)
                a.extra["year"] = year
                self.by_year[year].append(a)
                k += 1
        for i, a in enumerate(arts):
            a.id = 1400 - i * 9 - (i % 4)
            a.path = f"/node/{a.id}"
            a.time_printed = True
            a.modified = None
            a.views = 31 + (i * 277 + 95) % 3900
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(i % 3)] if i % 5 != 4 else []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            self.structure(a, i)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_NID not in self.by_id

    def structure(self, a, i):
        """Blocks of the body field: paragraphs, the text's own h3 / ol / blockquote / footnote."""
        blocks = [("p", p) for p in a.paras]
        if i % 3 == 1:  # a paragraph of clauses printed as the text's own numbered list
            for mid in range(len(blocks) // 2, len(blocks)):
                chunks = [c for c in blocks[mid][1].split(" ") if c]
                if 3 <= len(chunks) <= 8 and min(map(len, chunks)) >= 4:
                    blocks[mid] = ("ol", blocks[mid][1])
                    break
        if i % 3 == 0 and len(blocks) > 2:
            blocks[1] = ("quote", blocks[1][1])
        if i % 2 == 0 and len(blocks) > 3:
            blocks.insert(2, ("h3", SUBHEADS[i % len(SUBHEADS)]))
        if i % 4 == 1:
            blocks.append(("foot", FOOTNOTE))
        a.extra["blocks"] = blocks
        a.paras = [t for _, t in blocks]
        a.extra["spam"] = i % 2 == 1
        a.extra["gt"] = i % 4 == 2

    def listing_pages(self):
        return [
            "/news",
            "/news?page=1",
            "/news/archive/2023",
            "/news/archive/2023?page=1",
            "/news/archive/2022",
        ]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def latest(self):
        return self.articles[:5]

    # ------------------------------------------------------------------ page
    def page(self, title, main_html, *, node=None, messages=""):
        head_links = ""
        if node is not None:
            head_links = (
                f'<link rel="canonical" href="/node/{node}" />\n'
                f'<link rel="shortlink" href="/node/{node}" />\n'
            )
        latest = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="{x.path}">{esc(x.title)}</a></span></span>'
            f' <span class="views-field views-field-created"><span class="field-content">{day(x.published)}</span></span></li>'
            for x in self.latest()
        )
        years = "".join(
            f'<li><a href="{"/news" if y == YEARS[0][0] else f"/news/archive/{y}"}">ข่าวปี {y + 543}</a> ({n})</li>'
            for y, n in YEARS
        )
        return f"""{RAW_WARNING}<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7" lang="th" dir="ltr"><![endif]-->
<!--[if (gt IEMobile 7)|!(IEMobile)]><!--><html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#"><!--<![endif]-->
<head>
<meta charset="utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/sky/favicon.ico" type="image/vnd.microsoft.icon" />
{head_links}<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<title>{title}</title>
<style type="text/css">.wp-sl{{display:none!important}}</style>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/default/files/adaptivetheme/sky_files/sky.responsive.layout.css?p5k1qz" media="only screen" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?p5k1qz"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node site-name-hidden atr-7.x-3.x atv-7.x-3.4 lang-th site-name-sky-lamphun">
<div style="position:absolute;left:-9999px;top:-9999px;width:1px;overflow:hidden">{spam_links(0, 5)}</div>
  <div id="skip-link" class="nocontent"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปที่เนื้อหาหลัก</a></div>
  <div id="page" class="container page ssc-n ssw-n ssa-l sss-n btc-n btp-n bbs-n bbw-n bba-l bbt-n">
  <div id="header-wrapper"><div class="container clearfix">
    <header id="header" class="clearfix" role="banner">
      <div id="branding" class="branding-elements clearfix">
        <div id="logo"><a href="/" title="หน้าแรก"><img class="site-logo" src="/sites/default/files/logo-doae.png" alt="{OFFICE}" /></a></div>
        <hgroup id="name-and-slogan"><h1 id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></h1><h2 id="site-slogan">Lamphun Provincial Agricultural Extension Office</h2></hgroup>
      </div>
      <div class="region region-header"><div class="region-inner clearfix"><section id="block-search-form" class="block block-search no-title"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><input title="ป้อนคำที่ต้องการค้นหา" type="search" name="search_block_form" size="15" maxlength="128" class="form-text" /><input type="submit" value="ค้นหา" class="form-submit" /></div></form></section></div></div>
    </header>
  </div></div>
  <div id="nav-wrapper"><div class="container clearfix"><div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix" role="navigation"><ul class="menu clearfix"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="leaf active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/knowledge">องค์ความรู้</a></li><li class="leaf"><a href="/ita">ITA</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></div></div>
  <div id="content-wrapper"><div class="container">
    <div id="columns"><div class="columns-inner clearfix">
      <div id="content-column"><div class="content-inner">
        {messages}
        <section id="main-content" role="main">
{main_html}
        </section>
      </div></div>
      <div class="region region-sidebar-second sidebar"><div class="region-inner clearfix">
        <section id="block-views-news-block-1" class="block block-views odd block-count-3 block-region-sidebar-second"><div class="block-inner clearfix"><h2 class="block-title">{LATEST}</h2><div class="block-content content"><div class="view view-news view-id-news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div></section>
        <section id="block-block-7" class="block block-block even block-count-4 block-region-sidebar-second"><div class="block-inner clearfix"><h2 class="block-title">{ARCHIVE}</h2><div class="block-content content"><ul>{years}</ul></div></div></section>
      </div></div>
    </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="container clearfix"><footer id="footer" class="clearfix" role="contentinfo"><div class="region region-footer"><div class="region-inner clearfix"><div id="block-block-2" class="block block-block no-title"><div class="block-inner clearfix"><div class="block-content content"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 5351 1084 โทรสาร 0 5351 0381</p><p>{COUNTER}</p><div class="wp-sl"><p>{SPAM_LINE}</p>{spam_links(2, 4)}</div></div></div></div></div></div></footer></div></div>
  </div>
</body>
</html>
"""

    def pager(self, base: str, cur: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if cur > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{base}">« หน้าแรก</a></li>'
            )
            prev = base if cur == 1 else f"{base}?page={cur - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าที่แล้ว" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for p in range(pages):
            href = base if p == 0 else f"{base}?page={p}"
            if p == cur:
                items.append(f'<li class="pager-current">{p + 1}</li>')
            else:
                items.append(
                    f'<li class="pager-item"><a title="ไปยังหน้า {p + 1}" href="{href}">{p + 1}</a></li>'
                )
        if cur < pages - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{base}?page={cur + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{base}?page={pages - 1}">หน้าสุดท้าย »</a></li>'
            )
        return (
            '<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager clearfix">'
            + "".join(items)
            + "</ul></div>"
        )

    def render_list(self, year: int, cur: int):
        items = self.by_year[year]
        chunks = [items[i : i + PER] for i in range(0, len(items), PER)]
        if not 0 <= cur < len(chunks):
            cur = len(chunks) - 1  # the pager clamps
        rows = [(a.path, a.title, a.published, "ข่าวประชาสัมพันธ์") for a in chunks[cur]]
        if year == YEARS[0][0] and cur == 1:
            rows.insert(
                2,
                (
                    f"/node/{DELETED_NID}",
                    "ประชาสัมพันธ์รับสมัครเกษตรกรเข้าร่วมโครงการส่งเสริมการปลูกพืชหลังนา ปี 2567",
                    chunks[1][1].published + dt.timedelta(days=2, hours=3),
                    "ข่าวประชาสัมพันธ์",
                ),
            )
        out = []
        for k, (path, title, when, cat) in enumerate(rows):
            z = "odd" if k % 2 == 0 else "even"
            out.append(
                f'<div class="views-row views-row-{k + 1} views-row-{z}{" views-row-first" if k == 0 else ""}">'
                f'<div class="views-field views-field-title"><h3 class="field-content"><a href="{path}">{esc(title)}</a></h3></div>'
                f'<div class="views-field views-field-created"><span class="views-label views-label-created">วันที่ : </span><span class="field-content">{day(when)}</span></div>'
                f'<div class="views-field views-field-field-category"><div class="field-content">{cat}</div></div></div>'
            )
        base = "/news" if year == YEARS[0][0] else f"/news/archive/{year}"
        others = " | ".join(
            f'<a href="{"/news" if y == YEARS[0][0] else f"/news/archive/{y}"}">ข่าวปี {y + 543}</a>'
            for y, _ in YEARS
            if y != year
        )
        heading = f"ข่าวประชาสัมพันธ์ ปี {year + 543}"
        main_html = f"""<div id="breadcrumb" class="clearfix"><nav class="breadcrumb-wrapper clearfix" role="navigation"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><ol id="crumbs" class="clearfix"><li class="crumb crumb-first"><a href="/">หน้าแรก</a></li><li class="crumb crumb-last"><span class="crumb-separator"> » </span>ข่าวประชาสัมพันธ์</li></ol></nav></div>
<header id="main-content-header" class="clearfix"><h1 id="page-title">{heading}</h1></header>
<div id="content" class="region"><div class="view view-news view-id-news view-display-id-page{"" if year == YEARS[0][0] else "_1"} view-dom-id-7c1e0b{year}">
<div class="view-header"><p>ดูข่าวย้อนหลัง : {others}</p></div>
<div class="view-content">{"".join(out)}</div>
{self.pager(base, cur, len(chunks))}
</div></div>"""
        return self.html_response(self.page(f"{heading} | {OFFICE}", main_html))

    # ------------------------------------------------------------------ node
    def body_field(self, a) -> str:
        out = []
        if a.extra["gt"]:
            out.append(
                '<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr" style="">'
                '<div id=":0.targetLanguage" class="goog-te-gadget-simple"><select class="goog-te-combo" aria-label="Language Translate Widget">'
                '<option value="">Select Language</option><option value="en">English</option><option value="zh-CN">Chinese (Simplified)</option><option value="ja">Japanese</option><option value="lo">Lao</option></select></div>'
                'Powered by <span style="white-space:nowrap"><a class="goog-logo-link" href="https://translate.google.com" target="_blank">'
                '<img src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37px" height="14px" style="padding-right: 3px" alt="Google Translate">Translate</a></span></div></div>'
            )
        for k, (kind, text) in enumerate(a.extra["blocks"]):
            if kind == "p":
                out.append(f'<p style="text-indent:2.5em;text-align:justify">{esc(text)}</p>')
            elif kind == "quote":
                out.append(f"<blockquote><p>“{esc(text)}”</p></blockquote>")
            elif kind == "ol":
                lis = "".join(f"<li>{esc(c)}</li>" for c in text.split(" ") if c)
                out.append(f"<ol>{lis}</ol>")
            elif kind == "h3":
                out.append(f"<h3>{esc(text)}</h3>")
            elif kind == "foot":
                out.append(f"<p><small>{esc(text)}</small></p>")
            if a.extra["spam"] and k == 1:
                out.append(f'<p style="display:none">{spam_links(a.id % 5)}</p>')
        if a.source:
            out.append(
                f'<p style="text-align:right"><strong>{esc(a.extra["label"])} : {esc(a.source)}</strong></p>'
            )
        if a.extra["spam"] and a.id % 2:
            out.append(
                f'<div style="position:absolute;left:-8000px;top:0">{SPAM_LINE} {spam_links(a.id % 3, 2)}</div>'
            )
        return "".join(out)

    def messages(self, errors) -> str:
        lis = "".join(
            f'<li><em class="placeholder">{kind}</em>: {esc(msg)} ใน <em class="placeholder">{fn}</em> (บรรทัด <em class="placeholder">{line}</em> ของ <em class="placeholder">{path}</em>).</li>'
            for kind, msg, fn, line, path in errors
        )
        return f'<div id="messages"><div class="messages error"><h2 class="element-invisible">ข้อความแสดงข้อผิดพลาด</h2><ul>{lis}</ul></div></div>'

    def render_node(self, a):
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li class="field-item {"even" if k % 2 else "odd"}"><a href="/taxonomy/term/{40 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for k, t in enumerate(a.tags)
            )
            tags = f'<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">แท็ก:&nbsp;</h2><ul class="field-items">{lis}</ul></section>'
        url = quote(f"http://lamphun.doae.go.th/node/{a.id}", safe="")
        errors = DRUPAL_ERRORS if a.id % 3 else DRUPAL_ERRORS[:1]
        main_html = f"""<div id="breadcrumb" class="clearfix"><nav class="breadcrumb-wrapper clearfix" role="navigation"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><ol id="crumbs" class="clearfix"><li class="crumb crumb-first"><a href="/">หน้าแรก</a></li><li class="crumb"><span class="crumb-separator"> » </span><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="crumb crumb-last"><span class="crumb-separator"> » </span><a href="{"/news" if a.extra["year"] == YEARS[0][0] else f"/news/archive/{a.extra['year']}"}">ปี {a.extra["year"] + 543}</a></li></ol></nav></div>
<header id="main-content-header" class="clearfix"><h1 id="page-title">{esc(a.title)}</h1></header>
<div id="content" class="region">
<article id="node-{a.id}" class="node node-news node-promoted article odd node-full clearfix" about="/node/{a.id}" typeof="sioc:Item foaf:Document" role="article">
  <footer class="submitted"><p class="author-datetime">ส่งโดย <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin</span> เมื่อ <time datetime="{a.published.isoformat()}" pubdate="pubdate"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime">{short(a.published)}</span></time></p></footer>
  <div class="node-content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-full"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_field(a)}</div></div></div>
    {tags}
    <div class="print-link"><span class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow">พิมพ์</a></span></div>
    <span class="a2a_kit a2a_kit_size_24 a2a_target addtoany_list" id="da2a_1"><span class="a2a_label">แชร์ :</span><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={url}"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={url}"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={url}"></a></span>
  </div>
  <nav class="clearfix"><ul class="links inline"><li class="statistics_counter first"><span>👁 {a.views:,}</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li></ul></nav>
</article>
</div>"""
        return self.html_response(
            self.page(
                f"{esc(a.title)} | {OFFICE}", main_html, node=a.id, messages=self.messages(errors)
            )
        )

    def render_deleted(self):
        errors = [
            (
                "Notice",
                "Trying to get property 'title' of non-object",
                "sky_preprocess_page()",
                "52",
                "/var/www/html/sites/all/themes/sky/template.php",
            )
        ]
        main_html = f"""<header id="main-content-header" class="clearfix"><h1 id="page-title"></h1></header>
<div id="content" class="region"><article class="node node-news node-full clearfix"><div class="node-content"><div class="field field-name-body"><div class="field-items"><div class="field-item even"><p>{NOT_FOUND}</p></div></div></div></div></article></div>"""
        return self.html_response(
            self.page(f" | {OFFICE}", main_html, messages=self.messages(errors))
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = query.get("page", ["0"])[0]
        cur = int(p) if p.isdigit() else 0
        if path in ("/", "/news"):
            return self.render_list(YEARS[0][0], cur)
        m = re.fullmatch(r"/news/archive/(\d{4})", path)
        if m and int(m[1]) in self.by_year:
            return self.render_list(int(m[1]), cur)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            return self.render_node(a) if a else None
        return None

    def page_text(self, a) -> str:
        body = self.route(a.path, {}, "", "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        spam_words = [t for _, t in SPAM]
        for a in self.articles:
            must_not = [
                COUNTER,
                FOOTER,
                LATEST,
                ARCHIVE,
                LOGIN_PROMPT,
                RAW_WARNING_TEXT,
                "Undefined index: field_source",
                "The each() function is deprecated",
                "count(): Parameter must be an array",
                "ข้อความแสดงข้อผิดพลาด",
                SPAM_LINE,
                *spam_words,
                "Select Language",
                "Powered by",
                f"👁 {a.views:,}",
                "แชร์ :",
                "แสดงความคิดเห็น",
                "Lamphun Provincial Agricultural Extension Office",
            ]
            must_not += [x.title for x in self.latest() if x is not a]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            blocks = a.extra["blocks"]
            for kind, t in blocks:  # the text's own structure must stay
                if kind == "h3" or kind == "foot":
                    rec["body_must"].append(t)
                elif kind in ("ol", "quote"):
                    c = max(t.split(" "), key=len)[:40]
                    if len(c) >= 15 and c not in rec["body_must"]:
                        rec["body_must"].append(c)
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = Drupal7SkyHackedSite()

if __name__ == "__main__":
    main(SITE)
