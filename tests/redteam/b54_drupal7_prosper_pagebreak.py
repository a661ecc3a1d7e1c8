"""Blind-54 red-team site (part C): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน) on **Drupal 7.69 + Acquia Prosper** (the Fusion Core sub-theme by
Top Notch Themes, 16-column grid), Views 3, the **Paging** module (page breaks inside a node), the
**Lazyloader** module (pictures with a 1x1 placeholder, `data-src` and a `<noscript>` twin), core
Statistics, Print, Service Links and a file field. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code and docs corpora): 960-grid Drupal 7 `page.tpl.php`
templates (`container-16`, `grid-16`, `h1.title#page-title`, sidebar columns with `grid-N` /
`push-N` / `pull-N` classes, which is the scheme Fusion's `grid16-N` classes follow); the **Paging**
module's help text and patches (the `<!--pagebreak-->` separator, the "position of pager" option
below / above the content, "Read more" to the second page) and a Drupal 7 site's issue noting that
the separator survives as `<hr class="system-pagebreak">`; Drupal's multiple-pager support in
`pager.inc` (a second pager element on a page gives `?page=0,1`). Fusion's exact wrappers
(`div#page`, `div#header-group-wrapper`, `div#main-wrapper`, `div.inner`, `div.node … full-node`,
`div.meta`), Acquia Prosper's footer credit, Lazyloader's markup, Statistics, Print / Print mail,
Service Links, Date's custom formats and EU Cookie Compliance are from memory of their
documentation. No one's code or text was copied; labels and counters are the builder's own.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` pages, `h1.title#page-title` the headline, `<title>` "headline | office",
  `rel=canonical` `/node/<nid>`;
- **NEW: long nodes (one in four) split by the Paging module**: page 1 at `/node/<nid>` with the
  pager "หน้า: 1 2 ถัดไป › หน้าสุดท้าย »" under the text, page 2 at `/node/<nid>?page=0,1` (the
  second pager element) holding the rest of the text and the same furniture; the record is the
  node at `/node/<nid>` and its expected text is page 1's;
- **NEW: the server answers `503 Service Unavailable` with `Retry-After: 1` (a "site under heavy
  load" page) the first time four of the nodes are asked for**, and the node from then on;
- **NEW: text pasted from LINE / Word** on one node in two: zero-width spaces (U+200B) between
  Thai words, soft hyphens (`&shy;`) inside words and no-break spaces (`&nbsp;`) for some spaces;
  the expected phrases are the clean text a reader sees;
- **NEW: "วันอังคารที่ 5 มีนาคม พ.ศ. 2567" (weekday, "พ.ศ.") in the submitted line, and the time
  "เวลา 10.30 น." on its own line in a separate element below it** (on two nodes in three; the
  others print the day only);
- **NEW: numbers that look like dates beside the headline**: a field "ข่าวฉบับที่ 7/2567" (the
  release number, some of them 1-12, so "7/2567" reads like a month) and the category term
  "ปีงบประมาณ 2567" above the text;
- **NEW: lazy-loaded pictures** (`src` a 1x1 GIF data URI, the real picture in `data-src`, a
  `<noscript>` `<img>` twin) inside the text, and **attachments with Thai file names
  percent-encoded** (`.docx`, `.xlsx`, `.zip`, served) in a "เอกสารแนบ:" file field;
- **NEW: a bullet list of the points of the text** (`<ul>` of three paragraphs of the real text)
  on one node in four;
- the source an inline field "ที่มา:" under the text (one node in five none); Statistics "อ่าน
  1,234 ครั้ง" beside "พิมพ์" / "ส่งอีเมล" / the comment login prompt; tags "คำสำคัญ:"; share row
  "แชร์:"; previous / next with neighbour titles; sidebar "ข่าวล่าสุด" (titles, dates) and
  "ข่าวที่เกี่ยวข้อง" (titles); footer counter; cookie bar;
- deleted item (linked from page 2): `/node/1333`, **200**: a login wall (content access limited
  to members): `h1` "เข้าสู่ระบบ", "เนื้อหานี้สำหรับสมาชิกเท่านั้น" and the user login form.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
from urllib.parse import parse_qs, quote, urlsplit

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    fmt_abbr,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
SLOGAN = "บำรุงสุข สร้างรอยยิ้ม ให้ประชาชน"
PER = 8
SOURCES = [
    "กลุ่มงานส่งเสริมการพัฒนาชุมชน สำนักงานพัฒนาชุมชนจังหวัดน่าน",
    "สำนักงานพัฒนาชุมชนอำเภอปัว",
    "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน",
    "สำนักงานพัฒนาชุมชนอำเภอเวียงสา",
    None,
]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "โคก หนอง นา", "ชุมชนท่องเที่ยว", "ออมทรัพย์", "จปฐ."]
DELETED_NID = 1333
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดียิ่งขึ้น"
COUNTER = "จำนวนผู้เยี่ยมชม 218,406 ครั้ง"
FOOTER = "ศาลากลางจังหวัดน่าน ชั้น 2 ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน จังหวัดน่าน 55000"
LOGIN_PROMPT = "เข้าสู่ระบบ เพื่อแสดงความคิดเห็น"
BUSY = "ขณะนี้มีผู้ใช้งานจำนวนมาก กรุณารอสักครู่แล้วลองใหม่อีกครั้ง"
MEMBERS_ONLY = "เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบ"
GIF1 = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
ATTACH_NAMES = [
    (
        "รายงานผลการดำเนินงาน.docx",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    ),
    (
        "สรุปงบประมาณโครงการ.xlsx",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ),
    ("ภาพกิจกรรม.zip", "application/zip"),
]
ZW = re.compile("[\u200b\u00ad]")
THAI_CONS = re.compile("[ก-ฮ]")


def be_weekday(d: dt.datetime) -> str:
    """'วันอังคารที่ 5 มีนาคม พ.ศ. 2567'"""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"


def pasted(p: str, seed: int) -> str:
    """The paragraph as pasted from LINE / Word: U+200B before some Thai consonants, a soft
    hyphen in one word, no-break spaces for some spaces. Returns HTML."""
    out = []
    n = 0
    for j, ch in enumerate(p):
        if j > 0 and THAI_CONS.match(ch) and THAI_CONS.match(p[j - 1]) is None and p[j - 1] != " ":
            n += 1
            if (n + seed) % 7 == 0:
                out.append("\u200b")
        out.append(ch)
    s = "".join(out)
    mid = len(s) // 3
    k = mid
    while k < len(s) - 1 and not THAI_CONS.match(s[k]):
        k += 1
    s = s[:k] + "\u00ad" + s[k:]
    h = esc(s).replace("\u00ad", "&shy;")
    parts = h.split(" ")
    return "".join(
        w + ("" if j == len(parts) - 1 else ("&nbsp;" if (j + seed) % 3 == 0 else " "))
        for j, w in enumerate(parts)
    )


class ProsperPagebreakSite(BaseSite):
    key = "b54_drupal7_prosper_pagebreak"
    family = "drupal"
    imitates = (
        "provincial community-development office on Drupal 7 + Acquia Prosper (Fusion): nodes split "
        "by the Paging module (?page=0,1), 503 + Retry-After on the first request of some nodes, "
        "zero-width spaces / soft hyphens / nbsp from LINE pastes, 'วันอังคารที่ 5 มีนาคม พ.ศ. 2567' "
        "with the time on its own line, release numbers '7/2567' and 'ปีงบประมาณ 2567' beside the "
        "headline, lazy-loaded pictures, Thai percent-encoded attachments, bullet lists in the "
        "text; deleted item a login wall (200)"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 29, 16, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1200 + (n - i) * 5
            a.path = f"/node/{a.id}"
            a.time_printed = i % 3 != 1
            a.modified = None
            a.views = 44 + (i * 611 + 37) % 4100
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.source = SOURCES[i % 5]
            a.extra["no"] = 3 + (n - i) * 2 if i % 2 else 1 + (n - i) // 3
            a.extra["pasted"] = i % 2 == 0
            a.extra["list"] = i % 4 == 2 and len(a.paras) >= 5
            a.extra["split"] = i % 4 == 1 and len(a.paras) >= 5
            a.extra["busy"] = i in (2, 9, 15, 21)
            a.extra["pic"] = i % 3 == 0
            a.extra["files"] = (
                [ATTACH_NAMES[(i + k) % 3] for k in range(1 + i % 2)] if i % 3 == 2 else []
            )
            a.extra["all"] = list(a.paras)
            if a.extra["split"]:
                cut = (len(a.paras) + 1) // 2
                a.extra["p1"], a.extra["p2"] = a.paras[:cut], a.paras[cut:]
                a.paras = a.paras[:cut]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id
        assert sum(a.extra["split"] for a in arts) >= 3
        self._seen: set[str] = set()
        self._lock = threading.Lock()

    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 10)]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    # ------------------------------------------------------------------ shell
    def shell(
        self, title, page_title, content, *, head_extra="", crumb=None, body_class="not-front"
    ):
        latest = "".join(
            f'<li class="views-row"><a href="{x.path}">{esc(x.title)}</a> <span class="date">({fmt_abbr(x.published)})</span></li>'
            for x in self.articles[:5]
        )
        bc = '<a href="/">หน้าแรก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a>'
        if crumb:
            bc += f" › {esc(crumb)}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/acquia_prosper/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_pbm0lsQQJ7A7WCCIMgxLho6mI_kBNgznNUWmTWcnfoE.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/all/themes/fusion/fusion_core/css/grid16-960.css?r4k2mz" media="all" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/sites/all/modules/lazyloader/jquery.lazyloader.js?r4k2mz"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"acquia_prosper","theme_token":"Zt0s8Yw3kB1nQpL5xR7vE2aH"}},"lazyloader":{{"throttle":"0","threshold":"200","load":0,"icon":"\\/sites\\/all\\/modules\\/lazyloader\\/loader\\/loader-7.gif"}}}});
//--><!]]>
</script>
</head>
<body id="pid-news" class="html {body_class} not-logged-in one-sidebar sidebar-second page-node font-family-tahoma font-size-13 grid-type-fixed grid-width-16">
  <div id="skip-link"><a href="#main-content-area" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
  <div id="page" class="page">
    <div id="page-inner" class="page-inner">
      <!-- header-top row: width = grid_width -->
      <div id="header-top-wrapper" class="header-top-wrapper full-width"><div id="header-top" class="header-top row grid16-16"><div id="header-top-inner" class="header-top-inner inner clearfix">
        <div class="block block-block" id="block-block-3"><div class="inner clearfix"><div class="content">ขนาดตัวอักษร <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a> | <a href="/en">English</a></div></div></div>
      </div></div></div>
      <!-- header-group row: width = grid_width -->
      <div id="header-group-wrapper" class="header-group-wrapper full-width">
        <div id="header-group" class="header-group row grid16-16">
          <div id="header-group-inner" class="header-group-inner inner clearfix">
            <div id="header-site-info" class="header-site-info block">
              <div id="header-site-info-inner" class="header-site-info-inner inner">
                <div id="logo"><a href="/" title="หน้าแรก"><img src="/sites/default/files/acquia_prosper_logo.png" alt="{OFFICE}" /></a></div>
                <div id="site-name-wrapper" class="clearfix">
                  <span id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></span>
                  <span id="slogan">{SLOGAN}</span>
                </div>
              </div>
            </div>
            <div id="search-box" class="block block-search"><form action="/news" method="post" id="search-theme-form" accept-charset="UTF-8"><input type="text" maxlength="128" name="search_theme_form" title="กรอกคำที่ต้องการค้นหา" class="form-text" /><input type="submit" name="op" value="ค้นหา" class="form-submit" /></form></div>
            <div id="primary-menu" class="primary-menu block"><div id="primary-menu-inner" class="primary-menu-inner inner clearfix">
              <ul class="menu sf-menu"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="leaf active-trail"><a href="/news" class="active">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/otop">ผลิตภัณฑ์ OTOP</a></li><li class="leaf"><a href="/egp">จัดซื้อจัดจ้าง</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul>
            </div></div>
          </div>
        </div>
      </div>
      <!-- main row: width = grid_width -->
      <div id="main-wrapper" class="main-wrapper full-width">
        <div id="main" class="main row grid16-16">
          <div id="main-inner" class="main-inner inner clearfix">
            <!-- main group: width = grid_width - sidebar_first_width -->
            <div id="main-group" class="main-group row nested grid16-11">
              <div id="main-group-inner" class="main-group-inner inner">
                <div id="breadcrumbs" class="breadcrumbs block"><div id="breadcrumbs-inner" class="breadcrumbs-inner gutter"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{bc}</div></div></div>
                <div id="main-content" class="main-content row nested">
                  <div id="main-content-inner" class="main-content-inner inner">
                    <!-- content group: width = grid_width - sidebar_first_width - sidebar_second_width -->
                    <div id="content-group" class="content-group row nested grid16-11">
                      <div id="content-group-inner" class="content-group-inner inner">
                        <div id="content-region" class="content-region row nested">
                          <div id="content-region-inner" class="content-region-inner inner">
                            <a name="main-content-area" id="main-content-area"></a>
                            <div id="content-inner" class="content-inner block">
                              <div id="content-inner-inner" class="content-inner-inner inner">
                                <h1 class="title gutter" id="page-title">{page_title}</h1>
                                <div id="content-content" class="content-content">
{content}
                                </div>
                              </div>
                            </div>
                          </div>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
            </div>
            <!-- sidebar-last: width = sidebar_last_width -->
            <div id="sidebar-last" class="sidebar-last row nested grid16-5"><div id="sidebar-last-inner" class="sidebar-last-inner inner clearfix">
              <div id="block-views-latest-news-block" class="block block-views odd first"><div class="gutter inner clearfix"><h2 class="title block-title">{LATEST}</h2><div class="content"><div class="item-list"><ul>{latest}</ul></div></div></div></div>
              <div id="block-block-7" class="block block-block even last"><div class="gutter inner clearfix"><h2 class="title block-title">ลิงก์หน่วยงาน</h2><div class="content"><ul><li><a href="https://www.cdd.go.th/">กรมการพัฒนาชุมชน</a></li><li><a href="https://www.nan.go.th/">จังหวัดน่าน</a></li></ul></div></div></div>
            </div></div>
          </div>
        </div>
      </div>
      <!-- footer row: width = grid_width -->
      <div id="footer-wrapper" class="footer-wrapper full-width"><div id="footer" class="footer row grid16-16"><div id="footer-inner" class="footer-inner inner clearfix">
        <div id="footer-message"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5471 0012</p><p>{COUNTER}</p></div>
        <div id="footer-credit">Acquia Prosper theme by <a href="http://www.topnotchthemes.com">Top Notch Themes</a></div>
      </div></div></div>
    </div>
  </div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับทั้งหมด</button><button type="button" class="find-more-button">นโยบายคุกกี้</button></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def teaser(self, nid, title, d, text, k) -> str:
        return f"""<div class="views-row views-row-{k + 1}">
  <div id="node-{nid}" class="node odd teaser-node node-type-article"><div class="inner">
    <h2 class="title"><a href="/node/{nid}">{esc(title)}</a></h2>
    <div class="meta"><span class="submitted">{fmt_abbr(d)}</span></div>
    <div class="content clearfix"><p>{esc(text)}</p></div>
    <div class="links"><ul class="links inline"><li class="node-readmore first last"><a href="/node/{nid}" title="{esc(title)}">อ่านต่อ</a></li></ul></div>
  </div></div>
</div>"""

    def pager(self, k: int) -> str:
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(len(self.pages)):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                href = "/news" if j == 0 else f"/news?page={j}"
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{href}">{j + 1}</a></li>'
                )
        if k < len(self.pages) - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="/news?page={len(self.pages) - 1}">หน้าสุดท้าย »</a></li>'
            )
        return (
            '<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">'
            + "".join(items)
            + "</ul></div>"
        )

    def render_list(self, k: int):
        rows = [
            self.teaser(a.id, a.title, a.published, a.paras[0][:150] + "…", j)
            for j, a in enumerate(self.pages[k])
        ]
        if k == 1:
            rows.insert(
                4,
                self.teaser(
                    DELETED_NID,
                    "ประกาศรายชื่อผู้ได้รับคัดเลือกเข้าร่วมโครงการ (สำหรับสมาชิก)",
                    dt.datetime(2024, 2, 20, 9, 0, tzinfo=TZ),
                    "เฉพาะสมาชิก…",
                    4,
                ),
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page_1">
  <div class="view-content">
{"".join(rows)}
  </div>
  {self.pager(k)}
</div>"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                "ข่าวประชาสัมพันธ์",
                content,
                body_class="not-front page-news",
            )
        )

    # ------------------------------------------------------------------ article
    def para_html(self, a, p, j) -> str:
        return pasted(p, j + a.id) if a.extra["pasted"] else esc(p)

    def text_html(self, a, paras, first: bool) -> str:
        out = []
        items = list(enumerate(paras))
        if a.extra["list"] and first:
            head, pts, tail = items[:1], items[1:4], items[4:]
            out.append(f"<p>{self.para_html(a, head[0][1], 0)}</p>")
            out.append(
                "<ul>" + "".join(f"<li>{self.para_html(a, p, j)}</li>" for j, p in pts) + "</ul>"
            )
            out.extend(f"<p>{self.para_html(a, p, j)}</p>" for j, p in tail)
        else:
            for j, p in items:
                out.append(f'<p style="text-align: justify;">{self.para_html(a, p, j)}</p>')
        if a.extra["pic"] and first:
            src = f"/sites/default/files/styles/large/public/news/{a.id}-1.jpg"
            pic = (
                f'<p style="text-align: center;"><img class="lazyloader-icon" src="{GIF1}" data-src="{src}" width="800" height="533" alt="" />'
                f'<noscript><img src="{src}" width="800" height="533" alt="" /></noscript></p>'
            )
            out.insert(1, pic)
        return "\n".join(out)

    def page_pager(self, a, sub: int) -> str:
        base = f"/node/{a.id}"
        if sub == 0:
            items = f'<li class="pager-current first">1</li><li class="pager-item"><a title="ไปหน้า 2" href="{base}?page=0,1">2</a></li><li class="pager-next"><a title="ไปหน้าถัดไป" href="{base}?page=0,1">ถัดไป ›</a></li><li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{base}?page=0,1">หน้าสุดท้าย »</a></li>'
        else:
            items = f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{base}">« หน้าแรก</a></li><li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{base}">‹ ก่อนหน้า</a></li><li class="pager-item"><a title="ไปหน้า 1" href="{base}">1</a></li><li class="pager-current last">2</li>'
        return f'<div class="paging-pager"><h2 class="element-invisible">หน้า</h2><span class="paging-label">หน้า:</span><div class="item-list"><ul class="pager">{items}</ul></div></div>'

    def render_article(self, a, base: str, sub: int = 0):
        if a.extra["split"]:
            paras = a.extra["p1"] if sub == 0 else a.extra["p2"]
        else:
            paras = a.extra["all"]
        d = a.published
        time_line = f'<div class="submitted-time">เวลา {d:%H.%M} น.</div>' if a.time_printed else ""
        fields = [
            f'<div class="field field-name-field-news-no field-type-text field-label-inline clearfix"><div class="field-label">ข่าวฉบับที่:&nbsp;</div><div class="field-items"><div class="field-item even">{a.extra["no"]}/{d.year + 543}</div></div></div>',
            f'<div class="field field-name-field-fiscal-year field-type-taxonomy-term-reference field-label-hidden"><div class="field-items"><div class="field-item even"><a href="/fiscal/{d.year + 543 + (1 if d.month >= 10 else 0)}">ปีงบประมาณ {d.year + 543 + (1 if d.month >= 10 else 0)}</a></div></div></div>',
            f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.text_html(a, paras, sub == 0)}</div></div></div>',
        ]
        if a.extra["split"]:
            fields.append(self.page_pager(a, sub))
        if a.extra["files"]:
            files = "".join(
                f'<div class="field-item {"even" if j % 2 else "odd"}"><span class="file"><img class="file-icon" alt="" title="{mime}" src="/modules/file/icons/x-office-document.png" /> <a href="/sites/default/files/news/{quote(name)}" type="{mime}; length={18000 + j * 9311}">{esc(name)}</a></span></div>'
                for j, (name, mime) in enumerate(a.extra["files"])
            )
            fields.append(
                f'<div class="field field-name-field-attach field-type-file field-label-above"><div class="field-label">เอกสารแนบ:&nbsp;</div><div class="field-items">{files}</div></div>'
            )
        if a.source:
            fields.append(
                f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            )
        if a.tags:
            tags = "".join(
                f'<li class="taxonomy-term-reference-{j}"><a href="/tags/{quote(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            fields.append(
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">คำสำคัญ:&nbsp;</div><ul class="links inline">{tags}</ul></div>'
            )
        full = quote(f"{base}{a.path}", safe="")
        share = (
            '<div class="service-links"><div class="item-list"><h3>แชร์:</h3><ul>'
            f'<li class="first"><a href="https://www.facebook.com/sharer.php?u={full}" class="service-links-facebook" rel="nofollow">Facebook</a></li>'
            f'<li><a href="https://social-plugins.line.me/lineit/share?url={full}" class="service-links-line" rel="nofollow">LINE</a></li>'
            f'<li class="last"><a href="https://twitter.com/share?url={full}" class="service-links-twitter" rel="nofollow">Twitter</a></li></ul></div></div>'
        )
        newer, older = self.neighbours(a)
        nav = []
        if older:
            nav.append(
                f'<li class="prev"><a href="{older.path}" title="{esc(older.title)}">‹ {esc(older.title)}</a></li>'
            )
        if newer:
            nav.append(
                f'<li class="next"><a href="{newer.path}" title="{esc(newer.title)}">{esc(newer.title)} ›</a></li>'
            )
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        content = f"""<div id="node-{a.id}" class="node odd full-node node-type-article" about="/node/{a.id}" typeof="sioc:Item foaf:Document"><div class="inner">
  <div class="meta">
    <span class="submitted">{be_weekday(d)}</span>
    {time_line}
  </div>
  <div class="content clearfix">
{chr(10).join(fields)}
  </div>
  {share}
  <div class="links"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์" rel="nofollow">พิมพ์</a></li><li class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ทางอีเมล" rel="nofollow">ส่งอีเมล</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul></div>
  <div class="prev-next"><ul class="pager-prevnext">{"".join(nav)}</ul></div>
  <div id="block-views-related-news-block" class="block block-views"><h2 class="title block-title">{RELATED}</h2><div class="content"><ul>{rel}</ul></div></div>
</div></div>"""
        head = (
            f'<link rel="canonical" href="/node/{a.id}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />'
        )
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}", esc(a.title), content, head_extra=head, crumb=a.title
            )
        )

    def render_deleted(self):
        content = f"""<div class="messages warning"><h2 class="element-invisible">ข้อความแจ้งเตือน</h2>{MEMBERS_ONLY}</div>
<form action="/user/login?destination=node/{DELETED_NID}" method="post" id="user-login" accept-charset="UTF-8"><div>
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="60" maxlength="60" class="form-text required" /></div>
<div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="60" maxlength="128" class="form-text required" /></div>
<input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div>
</div></form>"""
        return self.html_response(
            self.shell(f"เข้าสู่ระบบ | {OFFICE}", "เข้าสู่ระบบ", content, crumb="เข้าสู่ระบบ")
        )

    def busy(self):
        body = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8" /><title>503 Service Unavailable</title></head>
<body><h1>Service Unavailable</h1><p>{BUSY}</p></body></html>"""
        return 503, {"Content-Type": "text/html; charset=utf-8", "Retry-After": "1"}, body.encode()

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        m = re.fullmatch(r"/node/(\d+)", path)
        if m and int(m[1]) in self.by_id and self.by_id[int(m[1])].extra["busy"]:
            with self._lock:
                first = path not in self._seen
                self._seen.add(path)
            if first:
                return self.busy()
        return self._route(path, query, raw_query, base)

    def _route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.render_list(int(k))
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            if not a:
                return None
            pg = query.get("page", [""])[0]
            if a.extra["split"] and pg == "0,1":
                return self.render_article(a, base, 1)
            return self.render_article(a, base, 0)
        m = re.fullmatch(r"/sites/default/files/news/(.+)", path)
        if m:
            from urllib.parse import unquote

            name = unquote(m[1])
            for n, mime in ATTACH_NAMES:
                if n == name:
                    return 200, {"Content-Type": mime}, b"PK\x03\x04" + b"\x00" * 60
        return None

    def page_text(self, a) -> str:
        p = urlsplit(a.path)
        res = self._route(p.path, parse_qs(p.query), p.query, "http://127.0.0.1")
        return html.unescape(res[2].decode("utf-8"))

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                SLOGAN,
                RELATED,
                LATEST,
                COOKIE,
                COUNTER,
                FOOTER,
                "แชร์:",
                "Facebook",
                f"อ่าน {a.views:,} ครั้ง",
                "ส่งอีเมล",
                LOGIN_PROMPT,
                "คำสำคัญ:",
                "ข่าวฉบับที่",
                "ปีงบประมาณ 25",
                "เอกสารแนบ:",
                "ขนาดตัวอักษร",
                "Top Notch Themes",
                "ยอมรับทั้งหมด",
                "หน้าสุดท้าย",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (newer, older) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = ZW.sub("", self.page_text(a)).replace("\u00a0", " ")
            whole = "\n".join(a.extra["all"])
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = ProsperPagebreakSite()

if __name__ == "__main__":
    main(SITE)
