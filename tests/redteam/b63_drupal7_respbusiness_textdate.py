"""Blind-63 red-team site (part B): a ministry department's news section (กรมหม่อนไหม-like,
กระทรวงเกษตรและสหกรณ์, 2023-2025) on **Drupal 7.101 with Devsaran's contributed "Responsive
Business" theme**, Thai translation, Views, Statistics, Colorbox, a Service-Links-style share
block and EU Cookie Compliance. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the theme's `templates/page.tpl.php` in a public
repository (`div#wrap > header#header > hgroup#logo` with `div#logoimg` and `div#sitename`,
`nav#navigation > div#main-menu`, `div#main` with the front-page flexslider and the preface
blocks, `section#content[role=main]` holding `div#breadcrumbs`, `div#content_top`,
`h1.page-title`, tabs and the content region, `aside#sidebar`, `div#footer-wrap > div#footer`
with `div#footer-block-wrap` (`footer-one` … `footer-four`) and `div#footer-bottom >
div#copyright` "Copyright © YYYY, <site> // Theme by Devsaran" and `div#back-to-top`). From
memory: Drupal 7's node / field / block / Views markup (`node-news`, `field-name-*`,
`field-label-inline`, `field-items` / `field-item even`, RDFa `rdf-meta` title span,
`ul.links.inline > li.statistics_counter` "อ่าน N ครั้ง", `views-row-odd`, `views-field-*`,
`span.field-content`, the full pager `ul.pager` with `pager-first` … `pager-last` and the Thai
translation's "« หน้าแรก", "‹ ก่อนหน้า", "ถัดไป ›", "หน้าสุดท้าย »"), the file field's
`span.file` with the MIME icon, Colorbox image links, EU Cookie Compliance's popup HTML carried
in `Drupal.settings`. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- pathauto `/news/<nid>`, Views page `/news` with `?page=1`, `?page=2` (0-based, query-only
  hrefs in the full pager), 9 a page, 22 nodes; `<title>` "headline | department";
- core "submitted" switched off for the news type; **the quirk: the date is a plain-text field
  "วันที่ข่าว" that each editor types in her own way** — "15 กุมภาพันธ์ 2567", "15 ก.พ. 67",
  "วันพฤหัสบดีที่ 15 กุมภาพันธ์ 2567", "๑๕ กุมภาพันธ์ ๒๕๖๗", "15 ก.พ. 2567 เวลา 13.30 น." —
  printed on the node and in the view; no machine-readable date anywhere (no RDFa date, no
  metatag);
- body (CKEditor paragraphs) with the editor's source as the last paragraph ("ที่มา :",
  "ข่าว/ภาพ :", "เรียบเรียง :", "ข่าว :", an office sign-off line right-aligned, or none);
  "ภาพกิจกรรม" Colorbox thumbnails on some, "เอกสารแนบ" file field on some, "แท็ก:" on some;
  statistics "อ่าน 1,234 ครั้ง" in the node links; a "แบ่งปัน" share block and a "ข่าวอื่น ๆ"
  view block (titles and typed dates) under the node; sidebar search, "ข่าวล่าสุด", agency links,
  visitor statistics; breadcrumb "หน้าแรก › ข่าวประชาสัมพันธ์"; footer address; cookie popup;
- deleted item (linked from page 2): `/news/4093`, **200: a node deleted while the view's
  time-based cache still held its row; the department's own not-found page ("ไม่พบข้อมูลที่
  ท่านต้องการ") is answered with status 200**.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re

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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมหม่อนไหม"
SITE_NAME = "กรมหม่อนไหม กระทรวงเกษตรและสหกรณ์"
PER = 9
SOURCES = [
    ("ที่มา", "กองส่งเสริมและพัฒนาการผลิต กรมหม่อนไหม"),
    ("ข่าว/ภาพ", "ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ แพร่"),
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    None,
    ("signoff", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม กรมหม่อนไหม"),
    ("ข่าว", "สถาบันหม่อนไหมแห่งชาติเฉลิมพระเกียรติฯ"),
]
EDITORS = ["pr_qsds", "nantana", "webmaster"]
TAGS = ["ผ้าไหมไทย", "ตรานกยูงพระราชทาน", "เกษตรกรผู้เลี้ยงไหม", "หม่อนผลสด", "OTOP"]
DATE_LABEL = "วันที่ข่าว"
READS = "อ่าน"
SHARE = "แบ่งปัน"
OTHER = "ข่าวอื่น ๆ"
LATEST = "ข่าวล่าสุด"
LINKS = "ลิงก์หน่วยงาน"
VISITORS = "สถิติผู้เข้าชม"
GALLERY = "ภาพกิจกรรม"
FILES = "เอกสารแนบ"
TAGS_LABEL = "แท็ก"
FOOTER = "เลขที่ 2175 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายคุกกี้"
NOT_FOUND = "ไม่พบข้อมูลที่ท่านต้องการ"
FILE_NAMES = [
    ("กำหนดการประกวดผ้าไหม.pdf", "412.3 KB"),
    ("แบบฟอร์มสมัครเข้าร่วมโครงการ.docx", "38.5 KB"),
    ("สรุปผลการดำเนินงาน.pdf", "1.2 MB"),
]


def typed_date(d: dt.datetime, form: int) -> tuple[str, bool]:
    """The date as an editor types it into the text field -> (text, has time)."""
    yy = d.year + 543
    if form == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {yy}", False
    if form == 1:
        return f"{d.day} {MONTHS_ABBR[d.month - 1]} {yy % 100:02d}", False
    if form == 2:
        return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {yy}", False
    if form == 3:
        return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {yy}"), False
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {yy} เวลา {d:%H.%M} น.", True


class RespBusinessSite(BaseSite):
    key = "b63_drupal7_respbusiness_textdate"
    family = "drupal"
    imitates = (
        "ministry department news on Drupal 7 + Devsaran's Responsive Business theme (Views "
        "full pager, statistics counter, Colorbox gallery, file field, tags, share and related "
        "blocks, EU Cookie Compliance); the news date is a plain-text field typed by each editor"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2025, 2, 14, 16, 30, tzinfo=TZ), offset=27
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            if i >= 10:
                shift = dt.timedelta(days=23 * (i - 9) + 2 * (i % 3))
                a.published -= shift
            a.id = 4121 - i * 3 + (i % 2)
            a.path = f"/news/{a.id}"
            ed = (i * 2) % 3 if i < 10 else i % 3
            a.extra["editor"] = EDITORS[ed]
            # each editor has her habits: the PR officer adds the time or the weekday, the
            # second writes the short form, the webmaster alternates full and Thai-digit dates
            if ed == 0:
                form = 4 if i % 2 == 0 else 2
            elif ed == 1:
                form = 1
            else:
                form = 3 if (i // 3) % 2 else 0
            text, has_time = typed_date(a.published, form)
            a.extra["date"] = text
            a.time_printed = has_time
            if not has_time:
                a.published = a.published.replace(hour=0, minute=0)
            a.modified = None
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)] if i % 3 != 2 else []
            a.extra["gallery"] = i % 3 == 0
            a.extra["file"] = FILE_NAMES[i % 3] if i % 4 == 1 else None
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        self.deleted_nid = 4093
        assert all(a.id != self.deleted_nid for a in arts)
        ids = [a.id for a in arts]
        assert len(set(ids)) == len(ids)

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/news/{self.deleted_nid}"]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3, 4)]

    # ------------------------------------------------------------------ shell
    def block(self, bid, title, inner, cls="block-block"):
        head = f'<h2 class="block-title">{title}</h2>' if title else ""
        return f'<div id="block-{bid}" class="block {cls}">\n{head}\n<div class="content">\n{inner}\n</div>\n</div>'

    def shell(self, title, content, *, page_title, body_class, head="", below=""):
        latest = "".join(
            f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}">{esc(x.title)}</a></span></div>'
            f'<div class="views-field views-field-field-news-date"><div class="field-content">{esc(x.extra["date"])}</div></div></li>'
            for x in self.articles[:5]
        )
        settings = {
            "basePath": "/",
            "pathPrefix": "",
            "ajaxPageState": {"theme": "responsive_business", "theme_token": "Qm3v0Jt2c1kz"},
            "colorbox": {
                "opacity": "0.85",
                "current": "{current} จาก {total}",
                "previous": "« ก่อนหน้า",
                "next": "ถัดไป »",
                "close": "ปิด",
            },
            "eu_cookie_compliance": {
                "popup_enabled": 1,
                "popup_agreed_enabled": 0,
                "popup_html_info": f'<div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="find-more-button eu-cookie-compliance-more-button">ข้อมูลเพิ่มเติม</button></div></div></div>',
                "popup_link": "/privacy-policy",
                "popup_position": 0,
            },
        }
        menu = (
            '<ul class="menu"><li class="first leaf"><a href="/" title="">หน้าแรก</a></li>'
            '<li class="expanded"><a href="/about">เกี่ยวกับกรม</a></li>'
            '<li class="leaf active-trail"><a href="/news" class="active-trail active">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="leaf"><a href="/knowledge">องค์ความรู้หม่อนไหม</a></li>'
            '<li class="leaf"><a href="/procurement">จัดซื้อจัดจ้าง</a></li>'
            '<li class="leaf"><a href="/ita">ITA</a></li>'
            '<li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul>'
        )
        sidebar = "\n".join(
            [
                self.block(
                    "search-form",
                    "",
                    '<form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">แบบฟอร์มค้นหา</h2><div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">ค้นหา </label><input title="ป้อนคำที่ต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" /></div></div></form>',
                    "block-search",
                ),
                self.block(
                    "views-news-block-1",
                    LATEST,
                    f'<div class="view view-news view-id-news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div>'
                    '<div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div>',
                    "block-views",
                ),
                self.block(
                    "block-3",
                    LINKS,
                    '<p><a href="https://www.moac.go.th/" target="_blank"><img src="/sites/default/files/banner/moac.png" alt="กระทรวงเกษตรและสหกรณ์" width="260" height="70" /></a></p>'
                    '<p><a href="https://www.doa.go.th/" target="_blank"><img src="/sites/default/files/banner/doa.png" alt="กรมวิชาการเกษตร" width="260" height="70" /></a></p>',
                ),
                self.block(
                    "block-5",
                    VISITORS,
                    "<p>ผู้เข้าชมวันนี้ : 412<br />ผู้เข้าชมเดือนนี้ : 12,876<br />ผู้เข้าชมทั้งหมด : 1,904,332</p>",
                ),
            ]
        )
        # drupal_json_encode escapes slashes
        settings_js = json.dumps(settings, ensure_ascii=False).replace("/", "\\/")
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/responsive_business/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}
<title>{esc(title)}</title>
<style type="text/css" media="all">
@import url("/modules/system/system.base.css?s8f2k1");
@import url("/sites/all/modules/colorbox/styles/default/colorbox_style.css?s8f2k1");
@import url("/sites/all/modules/eu_cookie_compliance/css/eu_cookie_compliance.css?s8f2k1");
@import url("/sites/all/themes/responsive_business/css/style.css?s8f2k1");
</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s8f2k1"></script>
<script type="text/javascript" src="/sites/all/modules/colorbox/js/colorbox.js?s8f2k1"></script>
<script type="text/javascript" src="/sites/all/themes/responsive_business/js/superfish.js?s8f2k1"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {settings_js});
//--><!]]>
</script>
<!--[if lt IE 9]><script src="/sites/all/themes/responsive_business/js/html5.js"></script><![endif]-->
</head>
<body class="html {body_class}" >
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
    <div id="wrap" class="clearfix">
  <header id="header" class="clearfix">
    <hgroup id="logo">
      <div id="logoimg"><a href="/" title="หน้าแรก"><img src="/sites/default/files/logo-qsds.png"/></a></div>
      <div id="sitename"><a href="/" title="หน้าแรก">{SITE_NAME}</a></div>
    </hgroup>
    <nav id="navigation" role="navigation" class="clearfix">
      <div id="main-menu">
        {menu}
      </div>
    </nav>
  </header>

  <div id="main" class="clearfix">

    <section id="content" role="main" class="clearfix">
      <div id="breadcrumbs"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a></div></div>
      <a id="main-content"></a>
      <h1 class="page-title">{esc(page_title)}</h1>
      <div class="region region-content">
{content}
{below}
      </div>
    </section> <!-- /#main -->

      <aside id="sidebar" role="complementary" class="clearfix">
       <div class="region region-sidebar-first">
{sidebar}
       </div>
      </aside>

    <div class="clear"></div>

  </div>

  <div id="footer-wrap" class="clearfix">
    <div id="footer">
        <div id="footer-block-wrap" class="clearfix">
          <div id="footer-one">
            <div class="region region-footer-first">{self.block("block-7", "ติดต่อกรมหม่อนไหม", f"<p>{SITE_NAME}<br />{FOOTER}<br />โทรศัพท์ 0 2558 7924-6 โทรสาร 0 2558 7925</p>")}</div>
          </div>
          <div id="footer-two">
            <div class="region region-footer-second">{self.block("block-8", "บริการประชาชน", '<ul><li><a href="/e-service">e-Service</a></li><li><a href="/complaint">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/faq">ถาม-ตอบ</a></li></ul>')}</div>
          </div>
          <div id="footer-three">
          </div>
          <div id="footer-four">
          </div>
          <div class="clear"></div>
      </div>

      <div id="footer-bottom" class="clearfix">
        <div id="copyright" class="clearfix">
          Copyright &copy; 2025, <a href="/">{SITE_NAME}</a>  //
          Theme by  <a href="http://www.devsaran.com" target="_blank">Devsaran</a>
        </div>
        <div id="back-to-top" class="clearfix">
          <a href="#toplink">back up ↑</a>
        </div>
      </div>
    </div>
  </div>
</div>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def view_row(self, k, total, a_path, title, date, thumb, teaser):
        cls = f"views-row views-row-{k} views-row-{'odd' if k % 2 else 'even'}"
        if k == 1:
            cls += " views-row-first"
        if k == total:
            cls += " views-row-last"
        img = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{a_path}"><img typeof="foaf:Image" src="{thumb}" width="220" height="147" alt="" /></a></div></div>'
            if thumb
            else ""
        )
        return f"""<div class="{cls}">
{img}
  <div class="views-field views-field-title"><span class="field-content"><a href="{a_path}">{esc(title)}</a></span></div>
  <div class="views-field views-field-field-news-date"><span class="views-label views-label-field-news-date">{DATE_LABEL}: </span><div class="field-content">{esc(date)}</div></div>
  <div class="views-field views-field-body"><div class="field-content">{teaser}</div></div>
</div>"""

    def pager(self, n):
        total = len(self.pages)
        cur = n - 1

        def href(k):
            return "/news" if k == 0 else f"/news?page={k}"

        lis = []
        if cur > 0:
            lis.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« หน้าแรก</a></li>'
            )
            lis.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{href(cur - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for k in range(total):
            if k == cur:
                lis.append(
                    f'<li class="pager-current{" first" if k == 0 else ""}{" last" if k == total - 1 else ""}">{k + 1}</li>'
                )
            else:
                lis.append(
                    f'<li class="pager-item"><a title="ไปที่หน้า {k + 1}" href="{href(k)}">{k + 1}</a></li>'
                )
        if cur < total - 1:
            lis.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(cur + 1)}">ถัดไป ›</a></li>'
            )
            lis.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(total - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return (
            '<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">'
            + "".join(lis)
            + "</ul></div>"
        )

    def render_list(self, n):
        page = self.pages[n - 1]
        entries = [
            (
                a.path,
                a.title,
                a.extra["date"],
                f"/sites/default/files/styles/news_thumb/public/news/{a.id}_0.jpg",
                esc(a.paras[0][:200]) + "…",
            )
            for a in page
        ]
        if n == 2:
            gone = page[5].published - dt.timedelta(hours=5)
            entries.insert(
                5,
                (
                    f"/news/{self.deleted_nid}",
                    "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการส่งเสริมการปลูกหม่อนผลสด (ยกเลิก)",
                    typed_date(gone, 0)[0],
                    None,
                    "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ…",
                ),
            )
        rows = "\n".join(self.view_row(k + 1, len(entries), *e) for k, e in enumerate(entries))
        content = self.block(
            "system-main",
            "",
            f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-7c4f1e0b2a">
<div class="view-content">
{rows}
</div>
{self.pager(n)}
</div>""",
            "block-system",
        )
        title = "ข่าวประชาสัมพันธ์"
        return self.html_response(
            self.shell(
                f"{title} | {DEPT}",
                content,
                page_title=title,
                body_class="not-front not-logged-in one-sidebar sidebar-first page-news",
                head='<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/news/feed" />',
            )
        )

    # ------------------------------------------------------------------ node
    def field(self, name, ftype, label, items, inline=False, label_hidden=False):
        pos = "hidden" if label_hidden else ("inline" if inline else "above")
        lab = "" if label_hidden else f'<div class="field-label">{label}:&nbsp;</div>'
        its = "".join(
            f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"{extra}>{x}</div>'
            for k, (x, extra) in enumerate(items)
        )
        return f'<div class="field field-name-{name} field-type-{ftype} field-label-{pos}{" clearfix" if inline else ""}">{lab}<div class="field-items">{its}</div></div>'

    def body_html(self, a):
        out = []
        img = f'<p style="text-align: center;"><img alt="" src="/sites/default/files/news/{a.id}_1.jpg" style="width: 640px; height: 427px;" /></p>'
        out.append(img)
        out += [f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paras]
        if a.source:
            if a.extra["label"] == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            else:
                out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    def node_html(self, a, base):
        parts = [
            self.field(
                "field-news-date",
                "text",
                DATE_LABEL,
                [(esc(a.extra["date"]), "")],
                inline=True,
            ),
            self.field(
                "body",
                "text-with-summary",
                "",
                [(self.body_html(a), ' property="content:encoded"')],
                label_hidden=True,
            ),
        ]
        if a.extra["gallery"]:
            parts.append(
                self.field(
                    "field-gallery",
                    "image",
                    GALLERY,
                    [
                        (
                            f'<a href="/sites/default/files/gallery/{a.id}/IMG_{k:04d}.jpg" title="" class="colorbox" data-colorbox-gallery="gallery-node-{a.id}-field_gallery"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/gallery/{a.id}/IMG_{k:04d}.jpg" width="100" height="67" alt="" /></a>',
                            "",
                        )
                        for k in range(1, 7)
                    ],
                )
            )
        if a.extra["file"]:
            name, size = a.extra["file"]
            icon = "application-pdf" if name.endswith(".pdf") else "x-office-document"
            parts.append(
                self.field(
                    "field-attach",
                    "file",
                    FILES,
                    [
                        (
                            f'<span class="file"><img class="file-icon" alt="" title="{icon.replace("-", "/", 1)}" src="/modules/file/icons/{icon}.png" /> <a href="/sites/default/files/attach/{a.id}/{name}" type="{icon.replace("-", "/", 1)}; length={size}">{esc(name)}</a></span> <span class="file-size">({size})</span>',
                            "",
                        )
                    ],
                )
            )
        if a.tags:
            parts.append(
                self.field(
                    "field-tags",
                    "taxonomy-term-reference",
                    TAGS_LABEL,
                    [
                        (
                            f'<a href="/taxonomy/term/{30 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a>',
                            ' rel="dc:subject"',
                        )
                        for t in a.tags
                    ],
                    inline=True,
                )
            )
        return f"""<div id="node-{a.id}" class="node node-news node-promoted clearfix" about="/news/{a.id}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  <div class="content">
    {"".join(parts)}
  </div>
  <ul class="links inline"><li class="statistics_counter first last"><span>{READS} {a.views} ครั้ง</span></li></ul>
</div>"""

    def render_node(self, a, base):
        url = f"{base}{a.path}"
        content = self.block("system-main", "", self.node_html(a, base), "block-system")
        share = self.block(
            "service-links-service-links",
            SHARE,
            f'<div class="service-links"><ul class="links"><li class="service-links-facebook first"><a href="https://www.facebook.com/sharer.php?u={esc(url)}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /></a></li>'
            f'<li class="service-links-line"><a href="https://social-plugins.line.me/lineit/share?url={esc(url)}" title="แบ่งปันบน LINE" class="service-links-line" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/line.png" alt="LINE logo" /></a></li>'
            f'<li class="service-links-twitter last"><a href="https://twitter.com/share?url={esc(url)}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /></a></li></ul></div>',
            "block-service-links",
        )
        rows = "".join(
            f'<div class="views-row views-row-{k + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}">{esc(x.title)}</a></span></div>'
            f'<div class="views-field views-field-field-news-date"><div class="field-content">({esc(x.extra["date"])})</div></div></div>'
            for k, x in enumerate(self.others(a))
        )
        other = self.block(
            "views-news-block-2",
            OTHER,
            f'<div class="view view-news view-id-news view-display-id-block_2"><div class="view-content">{rows}</div></div>',
            "block-views",
        )
        head = f'<link rel="canonical" href="/news/{a.id}" />\n<link rel="shortlink" href="/node/{a.id}" />'
        return self.html_response(
            self.shell(
                f"{a.title} | {DEPT}",
                content,
                page_title=a.title,
                body_class=f"not-front not-logged-in one-sidebar sidebar-first page-node page-node- page-node-{a.id} node-type-news",
                head=head,
                below=share + "\n" + other,
            )
        )

    def render_deleted(self):
        content = self.block(
            "system-main",
            "",
            f'<div class="not-found"><p>ขออภัย {NOT_FOUND} ข้อมูลอาจถูกย้ายหรือลบออกจากระบบแล้ว</p><p><a href="/news">กลับหน้าข่าวประชาสัมพันธ์</a></p></div>',
            "block-system",
        )
        return self.html_response(
            self.shell(
                f"ไม่พบหน้า | {DEPT}",
                content,
                page_title="ไม่พบหน้า",
                body_class="not-front not-logged-in one-sidebar sidebar-first page-news",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            pg = qs1(query, "page", "0")
            if not pg.isdigit() or int(pg) >= len(self.pages):
                return None
            return self.render_list(int(pg) + 1)
        m = re.fullmatch(r"/(?:news|node)/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == self.deleted_nid:
                return self.render_deleted()
            for a in self.articles:
                if a.id == nid:
                    return self.render_node(a, base)
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            text = self.text_of(self.render_node(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                f"{DATE_LABEL}:",
                a.extra["date"],
                f"{READS} {a.views} ครั้ง",
                SHARE,
                OTHER,
                LATEST,
                LINKS,
                VISITORS,
                GALLERY,
                FILES,
                f"{TAGS_LABEL}:",
                FOOTER,
                "Theme by",
                "ผู้เข้าชมทั้งหมด",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not, modified=False)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = RespBusinessSite()

if __name__ == "__main__":
    main(SITE)
