"""Blind-53 red-team site (part C): a provincial agriculture-and-cooperatives office
(สำนักงานเกษตรและสหกรณ์จังหวัดพิจิตร) on **Drupal 7.98 + Pixture Reloaded** (Adaptivetheme 7.x-3
sub-theme, colour module left on a preset), Views 3, the **Calendar** module's mini calendar
block, EVA (a Views table attached to the node), the **PDF** module's pdf.js viewer formatter and
core Statistics. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Pixture Reloaded's `page.tpl.php` as shipped in a
public Drupal 7 site repository (`div.texture-overlay` > `div#page.container`, `header#header` >
`div#branding` with `div#logo` and `h1#site-name` inside `hgroup`-like `div#name-and-slogan`,
`h2#site-slogan`, the `menu_bar` region, breadcrumb, `div#columns` > `div#content-column` >
`div.content-inner` > `<div id="main-content" role="main">` with `header#main-content-header` >
`h1#page-title`, `div#content`, then `sidebar_first` / `sidebar_second`, the four-4x25 Gpanel and
`footer#footer` with `p.attribute-creator`) and its README (colour presets, Superfish); the
Calendar module's `calendar-mini.tpl.php` (`div.calendar-calendar` > `div.month-view` >
`table.mini`, `thead` day names with classes, `td` cells with ids and classes) and its month
navigation; Drupal 7 generic `node.tpl.php` variants (article with `hide($content['links'])`,
`render($content)`). Adaptivetheme's exact node wrappers, core Statistics' "อ่าน N ครั้ง" link
text (translated "reads"), EVA's attachment output, Views' table style (`views-table`,
`views-field-*`), the PDF module's iframe to `pdf.js/web/viewer.html?file=…`, file field links
(`span.file` + `file-icon`) and EU Cookie Compliance are from memory of their documentation. No
one's code or text was copied; captions, labels and counters are the builder's own.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` pages, `h1#page-title` the headline, `<title>` "headline | office";
- **NEW: the Calendar module's mini calendar in the sidebar of every page**: "‹ ก่อนหน้า" /
  "ถัดไป ›" month links `/news/calendar/2024-02` that answer for ANY month (empty months say
  "ไม่พบข่าวในช่วงเวลานี้" and still link on, back and forward without end), and day cells
  linking to `/news/calendar/2024-03-05` which list that day's nodes again — a crawler trap;
  none of those addresses is a listing page or a record;
- **NEW: dates with dots**: the submitted line "โพสต์เมื่อ 05.03.2567 - 10:30 น. โดย prpichit"
  (a custom `d.m.Y - H:i` format with a Buddhist-year helper), and **"5 มี.ค.67" (no space before
  the two-digit year)** in the listing teasers and in the related table;
- **NEW: the source after labels no round used**, as an inline field under the text:
  "หน่วยงาน:", "ผู้ส่งข่าว:" or "สำนัก/กอง:" (one node in four none);
- **NEW: related news as a `<table>` of dated rows INSIDE the node content** (an EVA view with a
  `<caption>ข่าวที่เกี่ยวข้อง</caption>`, "หัวข้อข่าว | วันที่" rows) between the text and the
  source field;
- **NEW: the text without any `<p>`** on two nodes in three: either paragraphs run together with
  `<br />` pairs (CKEditor's enter mode BR) or each paragraph in its own `<div>` (pasted from a
  web mail);
- **NEW: press releases ("ข่าวแจก", one node in five) whose text is two paragraphs under a large
  picture, then an embedded pdf.js viewer (`<iframe>` to `viewer.html?file=…pdf`) and the PDF as a
  "ไฟล์แนบ:" file link** (the PDF answers, a small real PDF);
- statistics "อ่าน 1,234 ครั้ง" in the node links beside "พิมพ์" / "ส่งอีเมล" / "เข้าสู่ระบบ
  เพื่อแสดงความคิดเห็น"; tags "คำสำคัญ:"; Service-Links-like share row "แชร์:"; sidebar "ข่าวล่าสุด"
  (titles); footer visitor counter; EU-cookie bar;
- deleted item (linked from page 2): `/node/1190`, **200**, an emptied node: title "ยกเลิกข่าว",
  no text, no date line (the editor cleared it instead of unpublishing).
"""

from __future__ import annotations

import calendar as _cal
import datetime as dt
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรและสหกรณ์จังหวัดพิจิตร"
SLOGAN = "Phichit Provincial Agriculture and Cooperatives Office"
PER = 8
SOURCE_LABELS = ["หน่วยงาน", "ผู้ส่งข่าว", "สำนัก/กอง", None]
SOURCE_OFFICES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรและสหกรณ์จังหวัดพิจิตร",
    "งานประชาสัมพันธ์ สำนักงานเกษตรจังหวัดพิจิตร",
    "สำนักงานสหกรณ์จังหวัดพิจิตร",
    "สำนักงานปศุสัตว์จังหวัดพิจิตร",
    "ศูนย์เมล็ดพันธุ์ข้าวพิจิตร",
]
TAGS = ["เกษตรกร", "สหกรณ์", "ข้าว", "แปลงใหญ่", "ภัยแล้ง", "Smart Farmer", "ศพก."]
DELETED_NID = 1190
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
CAL_TITLE = "ปฏิทินข่าว"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
COUNTER = "ผู้เข้าชมเว็บไซต์ทั้งหมด 402,118 คน"
FOOTER = "ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000"
LOGIN_PROMPT = "เข้าสู่ระบบ เพื่อแสดงความคิดเห็น"
PDF_HINT = "หากไม่สามารถแสดงเอกสารได้ กรุณาดาวน์โหลดไฟล์แนบ"
DAY_NAMES = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]

# a tiny valid PDF (one empty page)
PDF_BYTES = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\n"
    b"trailer<</Root 1 0 R>>\n%%EOF\n"
)


def dotted(d: dt.datetime) -> str:
    """'05.03.2567'"""
    return f"{d.day:02d}.{d.month:02d}.{d.year + 543}"


def short67(d: dt.datetime) -> str:
    """'5 มี.ค.67' (no space before the two-digit BE year)"""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]}{str(d.year + 543)[-2:]}"


class PixtureCalendarSite(BaseSite):
    key = "b53_drupal7_pixture_calendar"
    family = "drupal"
    imitates = (
        "provincial agriculture office on Drupal 7 + Pixture Reloaded (Adaptivetheme): Calendar "
        "module mini calendar whose month/day links never end (crawler trap), dotted dates "
        "'05.03.2567 - 10:30 น.' and '5 มี.ค.67', source fields 'หน่วยงาน:' / 'ผู้ส่งข่าว:' / "
        "'สำนัก/กอง:', related news as a dated table inside the node, text in <br> pairs or "
        "<div>s without <p>, press releases with a pdf.js viewer iframe and a PDF attachment; "
        "deleted item an emptied node (200)"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1100 + (n - i) * 3
            a.path = f"/node/{a.id}"
            a.time_printed = True
            a.modified = None
            a.views = 31 + (i * 487 + 95) % 3900
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            lab = SOURCE_LABELS[i % 4]
            a.extra["src_label"] = lab
            a.source = SOURCE_OFFICES[i % len(SOURCE_OFFICES)] if lab else None
            a.extra["layout"] = ("br", "div", "p")[i % 3]
            a.extra["pdf"] = i % 5 == 3
            if a.extra["pdf"]:
                a.paras = a.paras[:2]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 7, 11)]

    def pdf_name(self, a):
        return f"pr-{a.published.year + 543 - 2500}-{a.id}.pdf"

    def calendar_block(self, year: int, month: int) -> str:
        days_with = {}
        for a in self.articles:
            if (a.published.year, a.published.month) == (year, month):
                days_with.setdefault(a.published.day, 0)
                days_with[a.published.day] += 1
        prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
        next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
        rows = []
        for week in _cal.Calendar(firstweekday=0).monthdayscalendar(year, month):
            cells = []
            for j, day in enumerate(week):
                if day == 0:
                    cells.append('<td class="empty"><div class="calendar-empty">&nbsp;</div></td>')
                    continue
                cid = f"news_calendar-{year}-{month:02d}-{day:02d}"
                if day in days_with:
                    inner = f'<a href="/news/calendar/{year}-{month:02d}-{day:02d}">{day}</a>'
                    cls = "has-events"
                else:
                    inner = str(day)
                    cls = "no-entry"
                wd = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"][j]
                cells.append(
                    f'<td id="{cid}" class="{wd} mini future {cls}"><div class="month mini-day-{"on" if day in days_with else "off"}">{inner}</div></td>'
                )
            rows.append("<tr>" + "".join(cells) + "</tr>")
        head = "".join(
            f'<th class="days {c}">{d}</th>'
            for d, c in zip(
                DAY_NAMES, ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], strict=True
            )
        )
        return f"""<section id="block-views-news-calendar-block-1" class="block block-views">
  <h2 class="block-title">{CAL_TITLE}</h2>
  <div class="view view-news-calendar view-id-news_calendar view-display-id-block_1">
    <div class="view-header"><div class="date-nav-wrapper clearfix"><div class="date-nav item-list">
      <div class="date-heading"><h3><a href="/news/calendar/{year}-{month:02d}">{MONTHS[month - 1]} {year + 543}</a></h3></div>
      <ul class="pager">
        <li class="date-prev"><a href="/news/calendar/{prev_y}-{prev_m:02d}" title="ไปยังเดือนก่อนหน้า" rel="nofollow">&lsaquo; ก่อนหน้า</a></li>
        <li class="date-next"><a href="/news/calendar/{next_y}-{next_m:02d}" title="ไปยังเดือนถัดไป" rel="nofollow">ถัดไป &rsaquo;</a></li>
      </ul>
    </div></div></div>
    <div class="view-content"><div class="calendar-calendar"><div class="month-view">
<table class="mini">
  <thead><tr>{head}</tr></thead>
  <tbody>{"".join(rows)}</tbody>
</table>
</div></div></div>
  </div>
</section>"""

    def shell(
        self,
        title: str,
        page_title: str,
        content: str,
        *,
        cal: tuple[int, int],
        head_extra="",
        crumb=None,
    ):
        latest = "".join(
            f'<li class="views-row"><a href="{x.path}">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
        )
        bc = '<a href="/">หน้าแรก</a> » <a href="/news">ข่าวประชาสัมพันธ์</a>'
        if crumb:
            bc += f" » {esc(crumb)}"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/pixture_reloaded/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}
<title>{title}</title>
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/default/files/color/pixture_reloaded-1c9a7f2e/colors.css?s8x1qe" media="all" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s8x1qe"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"pixture_reloaded","theme_token":"qH0bXo2x3s1dQ9uVZ7kLwYt"}},"eu_cookie_compliance":{{"popup_enabled":1,"popup_agreed_enabled":0,"popup_clicking_confirmation":1,"popup_html_info":"\\u003Cdiv\\u003E\\u003Cp\\u003E{COOKIE}\\u003C\\/p\\u003E\\u003C\\/div\\u003E","popup_position":0,"cookie_name":""}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/modules\\/statistics\\/statistics.php"}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node site-name-hidden atr-7.x-3.x atv-7.x-3.1 color-scheme-custom pixture-reloaded bs-n bb-n mb-dd rc-6 rct-6">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div class="texture-overlay">
  <div id="page" class="container page snc-n snw-n sna-l sns-n ssc-n ssw-n ssa-l sss-n btc-n btw-b bta-l bts-n ntc-n ntw-b nta-l nts-n ctc-n ctw-b cta-l cts-n ptc-n ptw-b pta-l pts-n">
    <header id="header" class="clearfix" role="banner">
      <div class="header-inner clearfix">
          <!-- start: Branding -->
          <div id="branding" class="branding-elements clearfix">
              <div id="logo"><a href="/" title="หน้าแรก"><img class="site-logo" src="/sites/default/files/logo_moac.png" alt="{OFFICE}" /></a></div>
              <!-- start: Site name and Slogan hgroup -->
              <div id="name-and-slogan">
                  <h1 id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></h1>
                  <h2 id="site-slogan">{SLOGAN}</h2>
              </div><!-- /end #name-and-slogan -->
          </div><!-- /end #branding -->
        <div class="region region-header"><div class="region-inner clearfix">
          <div id="block-search-form" class="block block-search no-title"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><input title="ระบุคำที่ต้องการค้นหา" type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" value="ค้นหา" class="form-submit" /></div></form></div>
        </div></div>
      </div>
    </header> <!-- /header -->
    <div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix"><h2 class="element-invisible block-title">เมนูหลัก</h2>
      <ul class="menu clearfix"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="leaf active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="leaf"><a href="/ita">ITA</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul>
    </nav></div>
    <!-- Breadcrumbs -->
    <section class="breadcrumb clearfix"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><ol id="crumbs"><li class="crumb">{bc}</li></ol></section>
    <div id="columns">
      <div class="columns-inner clearfix">
        <div id="content-column">
          <div class="content-inner">
            <div id="main-content" role="main">
                <header id="main-content-header" class="clearfix">
                    <h1 id="page-title">{page_title}</h1>
                </header>
                <div id="content">
                  <div class="region region-content"><div class="region-inner clearfix">
                  <div id="block-system-main" class="block block-system no-title"><div class="block-inner clearfix"><div class="block-content content">
{content}
                  </div></div></div>
                  </div></div>
                </div>
            </div> <!-- /main-content -->
          </div>
        </div> <!-- /content-column -->
        <div class="region region-sidebar-second sidebar"><div class="region-inner clearfix">
{self.calendar_block(*cal)}
          <section id="block-views-latest-news-block" class="block block-views"><h2 class="block-title">{LATEST}</h2>
            <div class="view view-latest-news"><div class="item-list"><ul>{latest}</ul></div></div></section>
        </div></div>
      </div>
    </div> <!-- /columns -->
      <footer id="footer" role="contentinfo">
        <div id="footer-inner" class="clearfix">
          <div class="region region-footer"><div class="region-inner clearfix"><div class="block block-block"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5661 1234</p><p>{COUNTER}</p></div></div></div>
          <p class="attribute-creator">Premium Drupal Themes by <a href="http://adaptivethemes.com">Adaptivethemes.com</a></p>
        </div>
      </footer>
  </div> <!-- /page -->
</div> <!-- /texture overlay -->
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">อ่านนโยบายคุกกี้</button></div></div></div>
<script type="text/javascript" src="/sites/all/modules/eu_cookie_compliance/js/eu_cookie_compliance.js?s8x1qe"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def teaser(self, a_id, title, d, text) -> str:
        return f"""<div class="views-row">
  <article id="node-{a_id}" class="node node-article node-teaser article clearfix" role="article">
    <header class="node-header"><h2 class="node-title"><a href="/node/{a_id}" rel="bookmark">{esc(title)}</a></h2></header>
    <footer class="submitted"><span class="date-teaser">{short67(d)}</span></footer>
    <div class="node-content"><div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-teaser"><div class="field-items"><div class="field-item even">{esc(text)}</div></div></div></div>
    <nav class="clearfix"><ul class="links inline"><li class="node-readmore first last"><a href="/node/{a_id}" rel="tag" title="{esc(title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul></nav>
  </article>
</div>"""

    def pager(self, k: int) -> str:
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปยังหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(len(self.pages)):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                href = "/news" if j == 0 else f"/news?page={j}"
                items.append(
                    f'<li class="pager-item"><a title="ไปที่หน้า {j + 1}" href="{href}">{j + 1}</a></li>'
                )
        if k < len(self.pages) - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปยังหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
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
            self.teaser(a.id, a.title, a.published, a.paras[0][:160] + "…") for a in self.pages[k]
        ]
        if k == 1:
            rows.insert(
                5,
                self.teaser(
                    DELETED_NID, "ยกเลิกข่าว", dt.datetime(2024, 2, 14, 9, 0, tzinfo=TZ), "…"
                ),
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page">
  <div class="view-content">
{"".join(rows)}
  </div>
  {self.pager(k)}
</div>"""
        top = self.pages[k][0].published
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}", "ข่าวประชาสัมพันธ์", content, cal=(top.year, top.month)
            )
        )

    def render_calendar(self, year: int, month: int, day: int | None):
        hits = [
            a
            for a in self.articles
            if (a.published.year, a.published.month) == (year, month)
            and (day is None or a.published.day == day)
        ]
        if day is None:
            heading = f"ข่าวประจำเดือน {MONTHS[month - 1]} {year + 543}"
        else:
            heading = f"ข่าวประจำวันที่ {day} {MONTHS[month - 1]} {year + 543}"
        if hits:
            rows = "".join(
                f'<div class="views-row"><span class="views-field-created">{short67(a.published)}</span> <a href="{a.path}">{esc(a.title)}</a></div>'
                for a in hits
            )
        else:
            rows = '<div class="view-empty"><p>ไม่พบข่าวในช่วงเวลานี้</p></div>'
        content = f'<div class="view view-news-calendar view-display-id-page_1"><div class="view-content">{rows}</div></div>'
        return self.html_response(
            self.shell(
                f"{heading} | {OFFICE}",
                heading,
                content,
                cal=(year, month),
                head_extra='<meta name="robots" content="noindex" />',
            )
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        lay = a.extra["layout"]
        if lay == "br":
            return "<br />\n<br />\n".join(esc(p) for p in a.paras)
        if lay == "div":
            return "\n".join(f'<div style="text-align: justify;">{esc(p)}</div>' for p in a.paras)
        return "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)

    def related_table(self, a) -> str:
        rows = []
        for j, x in enumerate(self.related(a)):
            cls = ("odd" if j % 2 == 0 else "even") + (" views-row-first" if j == 0 else "")
            rows.append(
                f'<tr class="{cls}"><td class="views-field views-field-title"><a href="{x.path}">{esc(x.title)}</a></td><td class="views-field views-field-created">{short67(x.published)}</td></tr>'
            )
        return f"""<div class="view view-related-news view-id-related_news view-display-id-entity_view_1">
  <div class="view-content">
<table class="views-table cols-2">
  <caption>{RELATED}</caption>
  <thead><tr><th class="views-field views-field-title">หัวข้อข่าว</th><th class="views-field views-field-created">วันที่</th></tr></thead>
  <tbody>{"".join(rows)}</tbody>
</table>
  </div>
</div>"""

    def render_article(self, a, base: str):
        parts = []
        if a.extra["pdf"]:
            parts.append(
                f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img src="/sites/default/files/styles/large/public/news/pr-{a.id}.jpg" width="960" height="1280" alt="" /></div></div></div>'
            )
        parts.append(
            f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">{self.body_html(a)}</div></div></div>'
        )
        if a.extra["pdf"]:
            pdf = f"/sites/default/files/news/{self.pdf_name(a)}"
            parts.append(
                f"""<div class="field field-name-field-pdf field-type-file field-label-hidden"><div class="field-items"><div class="field-item even"><iframe class="pdf" webkitallowfullscreen="" mozallowfullscreen="" allowfullscreen="" frameborder="no" width="100%" height="780" src="/sites/all/libraries/pdf.js/web/viewer.html?file={quote(base + pdf, safe="")}" data-src="{base}{pdf}">{PDF_HINT}</iframe></div></div></div>
<div class="field field-name-field-attach field-type-file field-label-inline clearfix"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="{pdf}" type="application/pdf; length=48213">{self.pdf_name(a)}</a></span></div></div></div>"""
            )
        parts.append(self.related_table(a))
        if a.extra["src_label"]:
            parts.append(
                f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">{a.extra["src_label"]}:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            )
        if a.tags:
            tags = "".join(
                f'<li class="field-item {"even" if j % 2 else "odd"}"><a href="/tags/{quote(t)}">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            parts.append(
                f'<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">คำสำคัญ:&nbsp;</h2><ul class="field-items">{tags}</ul></section>'
            )
        full = f"{base}{a.path}"
        share = (
            '<div class="service-links"><span class="sl-label">แชร์:</span> '
            f'<a href="https://www.facebook.com/sharer.php?u={quote(full, safe="")}" class="service-links-facebook" rel="nofollow">Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" class="service-links-line" rel="nofollow">LINE</a> '
            f'<a href="https://twitter.com/share?url={quote(full, safe="")}" class="service-links-twitter" rel="nofollow">Twitter</a></div>'
        )
        content = f"""<article id="node-{a.id}" class="node node-article article odd node-full clearfix" role="article">
  <footer class="submitted"><p class="author-datetime">โพสต์เมื่อ <span class="date-display">{dotted(a.published)} - {a.published:%H:%M} น.</span> โดย <span class="username">prpichit</span></p></footer>
  <div class="node-content">
{chr(10).join(parts)}
  </div>
  {share}
  <nav class="clearfix"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงเวอร์ชันสำหรับพิมพ์ของหน้านี้" rel="nofollow">พิมพ์</a></li><li class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ให้เพื่อน" rel="nofollow">ส่งอีเมล</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul></nav>
</article>"""
        head = (
            f'<link rel="canonical" href="/node/{a.id}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />'
        )
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                esc(a.title),
                content,
                cal=(a.published.year, a.published.month),
                head_extra=head,
                crumb=a.title,
            )
        )

    def render_deleted(self):
        content = f"""<article id="node-{DELETED_NID}" class="node node-article article odd node-full clearfix" role="article">
  <div class="node-content"></div>
  <nav class="clearfix"><ul class="links inline"><li class="comment_forbidden first last"><span><a href="/user/login?destination=node/{DELETED_NID}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul></nav>
</article>"""
        return self.html_response(
            self.shell(f"ยกเลิกข่าว | {OFFICE}", "ยกเลิกข่าว", content, cal=(2024, 2), crumb="ยกเลิกข่าว")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.render_list(int(k))
        m = re.fullmatch(r"/news/calendar/(\d{4})-(\d{2})(?:-(\d{2}))?", path)
        if m:
            y, mo = int(m[1]), int(m[2])
            if not (1 <= mo <= 12 and 1900 < y < 2200):
                return None
            d = int(m[3]) if m[3] else None
            if d is not None and not 1 <= d <= _cal.monthrange(y, mo)[1]:
                return None
            return self.render_calendar(y, mo, d)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            return self.render_article(a, base) if a else None
        m = re.fullmatch(r"/sites/default/files/news/pr-\d+-(\d+)\.pdf", path)
        if m and int(m[1]) in self.by_id and self.by_id[int(m[1])].extra["pdf"]:
            return 200, {"Content-Type": "application/pdf"}, PDF_BYTES
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                SLOGAN,
                RELATED,
                "หัวข้อข่าว",
                LATEST,
                CAL_TITLE,
                "ก่อนหน้า",
                "ถัดไป",
                COOKIE,
                COUNTER,
                FOOTER,
                "แชร์:",
                "Facebook",
                f"อ่าน {a.views:,} ครั้ง",
                "ส่งอีเมล",
                LOGIN_PROMPT,
                "โพสต์เมื่อ",
                "prpichit",
                "คำสำคัญ:",
                PDF_HINT,
                "Premium Drupal Themes",
                "ยอมรับ",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [short67(x.published) for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = PixtureCalendarSite()

if __name__ == "__main__":
    main(SITE)
