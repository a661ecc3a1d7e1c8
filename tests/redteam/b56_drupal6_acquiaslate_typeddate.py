"""Blind-56 red-team site (part C): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดพิจิตร) still on **Drupal 6.38 + Acquia Slate** (the TopNotchThemes /
Acquia theme), CCK, Views 2, core Statistics, the Print module, FCKeditor and a pasted
Dreamweaver block. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Acquia Slate's own `block.tpl.php` (`div.block-wrapper
odd|even`, the `rounded-block` corners on the front page, `h2.title.block-title` with the first word
in `span.first-word` from `acquia_slate_wordlimit()`, the `<!-- start block.tpl.php -->` comments),
its `theme-settings.php` defaults (per-type "display post information" toggles, breadcrumb display)
and a public DokuWiki template that copies the theme's page skeleton (`div#page`,
`div#primary-menu.links`, `div#header-wrapper` with `#header-first` (logo, `h1`), `#header-middle`
(slogan), `#search-box`, `div#preface-wrapper > #preface-sidebar`, `div#main-wrapper` with
`div#sidebar-first` printed *before* `div#content-wrapper > #content > #content-inner`, the
footer `div#footer > #footer-wrapper` with `#footer-message` and `#closure` "Theme provided under
GPL license from TopNotchThemes"); TopNotchThemes' Drupal 6 `node.tpl.php` (Fusion family:
`<!-- start node.tpl.php -->`, `div#node-N.node`, `div.meta > span.submitted`, `div.content`,
`div.terms > ul.links`, `div.links`). CCK's field markup (`field-label` "…:&nbsp;"), Views 2's table
style and mini pager, Drupal 6's pager clamping an out-of-range `?page=`, the Print module's
`/print/N` link and robots advice, Statistics' "อ่าน N ครั้ง" and the Truehits counter snippet
are from memory of their documentation and of Thai office sites. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/node/<nid>` pages, `<title>` "headline | office", `h1.title` in `#content-inner`; the
  theme's "submitted" line is switched off for the news type;
- **NEW: the date is a CCK *text* field typed by staff ("วันที่ข่าว:") with the misspellings
  people type: `กุมภาพันธุ์`, `มิถุนาย`, `กรกฏาคม`, `พฤษจิกายน` (every item of those months);
  one item in four typed run together (`5มีนาคม2567`), one in three with the weekday before it
  (`วันอังคารที่ 5 มีนาคม 2567`), the time where typed as `เวลา 10.30 น.`** (three items in five);
- **NEW: the listing (Views 2 table) prints the node's created day in a custom format whose
  Thai month abbreviations lack their dots: "5 มีค 67", "12 กพ 67", "3 พย 66"**;
- **NEW: a premature `</body></html>`: a "ยินดีต้อนรับ" block in the preface region holds a whole
  pasted Dreamweaver page (`<html><head><title>Untitled Document</title>…</head><body><marquee>…
  </marquee></body></html>`), printed before the sidebar and the article; and the Truehits
  counter include printed after the page's real `</html>`**;
- **NEW: badly nested FCKeditor markup inside the text: `<font face="Tahoma">` wrapped around
  several `<p>`s (one item in three), `<center>` around the picture, `<div align="justify">` with
  `<br><br>` paragraphs (one in three), a two-picture table with unclosed `<td>`s (one in four)**;
- **NEW: a listing that never ends: the theme's mini pager prints "ถัดไป ››" on every page, and
  Drupal 6's pager clamps an out-of-range `?page=3`, `?page=4`, … to the last page, which answers
  again (with its "ถัดไป ››" to the next number)**; only new items tell the walk to stop;
- source line "ที่มา : …" / "ข่าว/ภาพ : …" / "เรียบเรียง : …" in blue bold at the end of the text
  (one in six none); Statistics "อ่าน 1234 ครั้ง"; taxonomy terms; AddThis "แชร์"; Print module
  "พิมพ์หน้านี้" (`/print/N`, disallowed in robots.txt as the module advises; it answers a bare
  print page); comment login prompt; Custom Pagers "‹ ข่าวก่อนหน้า" / "ข่าวถัดไป ›" (titles in
  `title=`); "ข่าวอื่นๆ" block (titles, "5 มีค 67"); sidebar "ข่าวล่าสุด", "สถิติผู้เข้าชม";
- deleted item (linked from page 2): `/node/1893`, an unpublished node: **200** with the layout,
  `h1` "ไม่อนุญาตให้เข้าถึง", "คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้" and the user login form.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"
SLOGAN = "ชุมชนเข้มแข็ง เศรษฐกิจฐานรากมั่นคง"
PER = 8
N_ARTICLES = 24
DELETED_NID = 1893
# as staff type them (the right spelling for the other months)
MISSPELT = {2: "กุมภาพันธุ์", 6: "มิถุนาย", 7: "กรกฏาคม", 11: "พฤษจิกายน"}
# the site's custom date format: Thai abbreviations without their dots
ABBR_NODOT = ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"]
SOURCES = [
    ("ที่มา", "กลุ่มงานส่งเสริมการพัฒนาชุมชน สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"),
    ("ข่าว/ภาพ", "สำนักงานพัฒนาชุมชนอำเภอตะพานหิน"),
    ("เรียบเรียง", "ฝ่ายอำนวยการ สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"),
    ("ที่มา", "สำนักงานพัฒนาชุมชนอำเภอบางมูลนาก"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"),
    None,
]
TERMS = ["OTOP", "กองทุนหมู่บ้าน", "สัมมาชีพชุมชน", "โคก หนอง นา", "กข.คจ.", "ผ้าไทย"]
WELCOME = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานพัฒนาชุมชนจังหวัดพิจิตร"
LATEST = "ข่าวล่าสุด"
OTHER = "ข่าวอื่นๆ"
COUNTER = "ผู้เข้าชมทั้งหมด 318,204 คน"
TRUEHITS = "สถิติเว็บไซต์โดย truehits.net"
FOOTER = "ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000"
LOGIN_PROMPT = "เข้าสู่ระบบ เพื่อแสดงความคิดเห็น"
DENIED = "คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้"
CAPTIONS = ["บรรยากาศการประชุม", "ภาพกิจกรรม", "ผู้เข้าร่วมโครงการ"]


def typed_date(d: dt.datetime, i: int, with_time: bool) -> str:
    """The text staff typed into the CCK field 'วันที่ข่าว'."""
    month = MISSPELT.get(d.month, MONTHS[d.month - 1])
    year = d.year + 543
    if i % 4 == 1:
        s = f"{d.day}{month}{year}"
    elif i % 3 == 0:
        s = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {month} {year}"
    else:
        s = f"{d.day} {month} {year}"
    if with_time:
        s += f" เวลา {d.hour}.{d.minute:02d} น."
    return s


def nodot(d: dt.datetime) -> str:
    """'5 มีค 67' (the site's custom created-date format)."""
    return f"{d.day} {ABBR_NODOT[d.month - 1]} {str(d.year + 543)[-2:]}"


class AcquiaSlateTypedDateSite(BaseSite):
    key = "b56_drupal6_acquiaslate_typeddate"
    family = "drupal"
    imitates = (
        "provincial community-development office on Drupal 6 + Acquia Slate: dates typed by hand "
        "in a CCK text field (misspelt months, run together, weekday first, 'เวลา 10.30 น.'), "
        "listing dates '5 มีค 67' without dots, a pasted Dreamweaver page ending </body></html> "
        "before the article and a counter after </html>, <font> around <p>, <center>, unclosed "
        "<td>, a mini pager whose next link never ends (out-of-range pages clamp to the last)"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N_ARTICLES, start=dt.datetime(2024, 3, 22, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        when = dt.datetime(2024, 3, 19, 10, 30, tzinfo=TZ)
        for i, a in enumerate(arts):
            # about two weeks apart: the items span April 2023 - March 2024
            a.published = when.replace(hour=8 + (i * 5) % 9, minute=(i * 13) % 60)
            when -= dt.timedelta(days=13 + i % 4)
            a.id = 1700 + (n - i) * 9
            a.path = f"/node/{a.id}"
            a.time_printed = i % 5 in (0, 2, 3)
            a.modified = None
            a.views = 40 + (i * 733 + 17) % 5200
            a.tags = [TERMS[(i + k) % len(TERMS)] for k in range(i % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["style"] = i % 3  # 0: <font> around <p>s, 1: <p><font>, 2: div + <br><br>
            a.extra["table"] = i % 4 == 0
        self.articles = arts  # newest first
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        months = {a.published.month for a in arts}
        assert {2, 6, 7, 11} <= months, months
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    def robots(self):
        return (
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\nCrawl-delay: 10\n# Directories\nDisallow: /includes/\nDisallow: /misc/\n"
            "Disallow: /modules/\nDisallow: /profiles/\nDisallow: /scripts/\nDisallow: /sites/\n"
            "Disallow: /themes/\n# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
            "Disallow: /node/add/\nDisallow: /search/\nDisallow: /user/register/\n"
            "Disallow: /user/password/\nDisallow: /user/login/\nDisallow: /print/\n"
        )

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 10, 15)]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    # ------------------------------------------------------------------ shell
    @staticmethod
    def block(bid, subject, content, zebra="odd") -> str:
        first, _, rest = subject.partition(" ")
        title = f'<span class="first-word">{first}</span>' + (f" {rest}" if rest else "")
        return f"""<!-- start block.tpl.php -->
<div class="block-wrapper {zebra}">
        <div id="block-{bid}" class="block block-{bid.split("-")[0]}">
          <h2 class="title block-title">{title}</h2>
          <div class="content">
            {content}
          </div>
        </div>
</div>
<!-- /end block.tpl.php -->"""

    def shell(self, title, page_title, content, *, head_extra="", crumb=None, body_class=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        bc = '<div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a>'
        if crumb:
            bc += f" › {esc(crumb)}"
        bc += "</div>"
        # a whole Dreamweaver page pasted into a block body (Full HTML input format)
        pasted = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Untitled Document</title>
<style type="text/css">
<!--
.style1 {{color: #FFCC00; font-weight: bold; font-size: 16px;}}
-->
</style>
</head>

<body>
<marquee behavior="scroll" direction="left" scrollamount="3"><span class="style1">{WELCOME} ... ร่วมสร้างชุมชนเข้มแข็ง ด้วยหลักปรัชญาของเศรษฐกิจพอเพียง</span></marquee>
</body>
</html>"""
        sidebar = "\n".join(
            [
                self.block(
                    "menu-primary-links",
                    "เมนูหลัก",
                    '<ul class="menu"><li class="leaf first"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="leaf"><a href="/news" class="active">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="leaf"><a href="/download">ดาวน์โหลดเอกสาร</a></li><li class="leaf last"><a href="/contact">ติดต่อเรา</a></li></ul>',
                    "odd",
                ),
                self.block(
                    "views-latest_news-block_1",
                    LATEST,
                    f'<div class="view view-latest-news"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div><div class="more-link"><a href="/news">อ่านทั้งหมด</a></div></div>',
                    "even",
                ),
                self.block(
                    "block-7",
                    "สถิติผู้เข้าชม",
                    f'<p align="center"><img src="/sites/default/files/counter/digits.gif" alt="counter" /><br />{COUNTER}</p>',
                    "odd",
                ),
            ]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{title}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{head_extra}
<link rel="shortcut icon" href="/sites/all/themes/acquia_slate/favicon.ico" type="image/x-icon" />
<link type="text/css" rel="stylesheet" media="all" href="/sites/default/files/css/css_5f1b0e0c3b6a9d2f7e4c1a8b9d0e2f31.css" />
<!--[if IE 7]>
  <link rel="stylesheet" href="/sites/all/themes/acquia_slate/ie7-fixes.css" type="text/css">
<![endif]-->
<script type="text/javascript" src="/sites/default/files/js/js_0c7b1f2e9a4d6c8b3e5f7a1d2c4b6e8f.js"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{ "basePath": "/", "fckeditor": {{ "editor_plugin_path": "/sites/all/modules/fckeditor/plugins" }} }});
//--><!]]>
</script>
</head>

<body class="{body_class} layout-first-main">
  <div id="page">

    <div id="primary-menu" class="links">
      <ul class="links primary-links"><li class="menu-113 first"><a href="/">หน้าแรก</a></li><li class="menu-245"><a href="/about">เกี่ยวกับเรา</a></li><li class="menu-246 active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="menu-247"><a href="/webboard">เว็บบอร์ด</a></li><li class="menu-248 last"><a href="/contact">ติดต่อเรา</a></li></ul>
    </div><!-- /primary_menu -->

    <div id="header-wrapper" class="clearfix">
      <div id="header-first">
        <div id="logo"><a href="/" title="หน้าแรก"><img src="/sites/default/files/acquia_slate_logo.png" alt="หน้าแรก" /></a></div>
        <h1><a href="/" title="หน้าแรก">{OFFICE}</a></h1>
      </div><!-- /header-first -->
      <div id="header-middle">
        <div id="slogan">{SLOGAN}</div>
      </div><!-- /header-middle -->
      <div id="search-box">
        <form action="/news" accept-charset="UTF-8" method="post" id="search-theme-form"><div><div id="search" class="container-inline"><div class="form-item" id="edit-search-theme-form-1-wrapper"><label for="edit-search-theme-form-1">ค้นหาในเว็บไซต์นี้: </label><input type="text" maxlength="128" name="search_theme_form" id="edit-search-theme-form-1" size="15" value="" title="ป้อนคำที่คุณต้องการค้นหา" class="form-text" /></div><input type="submit" name="op" id="edit-submit-1" value="ค้นหา" class="form-submit" /></div></div></form>
      </div><!-- /search-box -->
    </div><!-- /header-wrapper -->

    <div id="preface-wrapper" class="clearfix">
      <div id="preface-sidebar">
{self.block("block-3", "ยินดีต้อนรับ", pasted, "odd")}
      </div>
    </div><!-- /preface-wrapper -->

    <div id="main-wrapper" class="clearfix">
      <div id="sidebar-first">
{sidebar}
      </div><!-- /sidebar-first -->

      <div id="content-wrapper">
        {bc}
        <div id="content">
          <div id="content-inner" class="clear">
            <h1 class="title">{page_title}</h1>
            <div id="content-content">
{content}
            </div>
          </div>
        </div><!-- /content -->
      </div><!-- /content-wrapper -->
    </div><!-- /main-wrapper -->
  </div><!-- /page -->

  <div id="footer" class="clearfix">
    <div id="footer-wrapper">
      <div id="footer-message"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5661 1274 โทรสาร 0 5661 1275</p></div>
      <div id="closure">
        <div id="legal-notice">Theme provided under GPL license from <a href="http://www.topnotchthemes.com">TopNotchThemes</a> Drupal themes</div>
      </div><!-- /closure -->
    </div><!-- /footer-wrapper -->
  </div><!-- /footer -->
</body>
</html>
<!-- Start of truehits.net counter (included by footer.inc.php) -->
<div id="truehits_div" align="center"></div>
<script type="text/javascript">
  page_name = document.title;
  (function(){{var ga1 = document.createElement('script');ga1.type='text/javascript';ga1.setAttribute('charset','utf-8');ga1.src='//lvs2.truehits.in.th/dataa/f0054321.js';var s = document.getElementsByTagName('script')[0];s.parentNode.insertBefore(ga1, s);}})();
</script>
<noscript><a href="http://truehits.net/stat.php?login=pichitcdd" target="_blank"><img src="http://hits.truehits.in.th/noscript.php?id=f0054321" alt="Truehits" border="0" /></a></noscript>
<p align="center"><font size="1" color="#999999">{TRUEHITS}</font></p>
"""

    # ------------------------------------------------------------------ listing
    def pager(self, k: int) -> str:
        """The theme's override of the Views mini pager: the next link always printed."""
        items = []
        if k > 0:
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous first"><a href="{prev}" title="ไปหน้าก่อนหน้า" class="active">‹‹ ก่อนหน้า</a></li>'
            )
        items.append(f'<li class="pager-current{" first" if k == 0 else ""}">หน้า {k + 1}</li>')
        items.append(
            f'<li class="pager-next last"><a href="/news?page={k + 1}" title="ไปหน้าถัดไป" class="active">ถัดไป ››</a></li>'
        )
        return '<div class="item-list"><ul class="pager">' + "".join(items) + "</ul></div>"

    def row(self, j, nid, title, d, views) -> str:
        zebra = "odd" if j % 2 == 0 else "even"
        first = " views-row-first" if j == 0 else ""
        return f"""        <tr class="{zebra}{first}">
                  <td class="views-field views-field-title">
            <a href="/node/{nid}">{esc(title)}</a>          </td>
                  <td class="views-field views-field-created">
            {nodot(d)}          </td>
                  <td class="views-field views-field-totalcount">
            {views}          </td>
              </tr>"""

    def render_list(self, k: int, shown: int):
        items = self.pages[k]
        rows = [self.row(j, a.id, a.title, a.published, a.views) for j, a in enumerate(items)]
        if k == 1:
            rows.insert(
                4,
                self.row(
                    4,
                    DELETED_NID,
                    "ประชาสัมพันธ์การคัดสรรหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ ประจำปี 2567",
                    dt.datetime(2023, 10, 5, 9, 0, tzinfo=TZ),
                    0,
                ),
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page_1 view-dom-id-1">
    <div class="view-header">
      <p>ข่าวประชาสัมพันธ์ทั้งหมดของ{OFFICE}</p>
    </div>
      <div class="view-content">
      <table class="views-table cols-3">
    <thead>
    <tr>
              <th class="views-field views-field-title">หัวข้อข่าว</th>
              <th class="views-field views-field-created">วันที่</th>
              <th class="views-field views-field-totalcount">อ่าน</th>
          </tr>
  </thead>
  <tbody>
{chr(10).join(rows)}
      </tbody>
</table>
    </div>
  {self.pager(shown)}
  </div>"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                "ข่าวประชาสัมพันธ์",
                content,
                body_class="not-front not-logged-in page-news no-sidebars",
            )
        )

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        i = self.articles.index(a)
        pic = (
            f'<center><img src="/sites/default/files/news/{a.id}_1.jpg" width="450" height="300" alt="" />'
            f'<br /><font size="2" color="#666666">{CAPTIONS[i % 3]}</font></center>'
        )
        paras = a.paras
        style = a.extra["style"]
        out = [pic]
        if style == 0:  # <font> wrapped around several <p>s (invalid nesting, FCKeditor paste)
            out.append(
                '<font face="Tahoma" size="2">'
                + "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in paras)
                + "</font>"
            )
        elif style == 1:
            out += [
                f'<p><font face="Tahoma"><span style="font-size: 14px;">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</span></font></p>'
                for p in paras
            ]
        else:
            out.append(
                '<div align="justify">'
                + "<br /><br />".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in paras)
                + "</div>"
            )
        if a.extra["table"]:  # two pictures, the cells never closed
            out.append(
                '<table border="0" cellpadding="3" cellspacing="0" align="center"><tr>'
                f'<td><img src="/sites/default/files/news/{a.id}_2.jpg" width="220" alt="" />'
                f'<td><img src="/sites/default/files/news/{a.id}_3.jpg" width="220" alt="" />'
                "</table>"
            )
        if a.source:
            out.append(
                f'<p align="right"><font color="#0000FF"><b>{esc(a.extra["label"])} : {esc(a.source)}</b></font></p>'
            )
        return "\n".join(out)

    def render_article(self, a, base: str):
        i = self.articles.index(a)
        terms = ""
        if a.tags:
            terms = (
                '<div class="terms"><ul class="links inline">'
                + "".join(
                    f'<li class="taxonomy_term_{20 + TERMS.index(t)}{" first" if j == 0 else ""}">'
                    f'<a href="/taxonomy/term/{20 + TERMS.index(t)}" rel="tag" title="">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul></div>"
            )
        url = quote(f"{base}{a.path}", safe="")
        share = (
            '<div class="addthis-wrapper"><a class="addthis_button" href="http://www.addthis.com/bookmark.php?v=250&amp;pub=pichitcdd">'
            '<img src="http://s7.addthis.com/static/btn/v2/lg-share-en.gif" width="125" height="16" alt="แชร์" /></a> '
            f'<a href="http://www.facebook.com/sharer.php?u={url}" target="_blank">แชร์ไปยัง Facebook</a></div>'
        )
        newer, older = self.neighbours(a)
        nav = ['<ul class="custom-pager custom-pager-bottom">']
        if older:
            nav.append(
                f'<li class="previous first"><a href="{older.path}" title="{esc(older.title)}">‹ ข่าวก่อนหน้า</a></li>'
            )
        nav.append(f'<li class="key">{i + 1} จาก {len(self.articles)}</li>')
        if newer:
            nav.append(
                f'<li class="next last"><a href="{newer.path}" title="{esc(newer.title)}">ข่าวถัดไป ›</a></li>'
            )
        nav.append("</ul>")
        other = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({nodot(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""<!-- start node.tpl.php -->
<div id="node-{a.id}" class="node odd full-node node-type-news">
  <div class="inner">
    <div class="meta">
    </div>

    <div class="content clearfix">
      <div class="field field-type-text field-field-newsdate">
        <div class="field-label">วันที่ข่าว:&nbsp;</div>
        <div class="field-items">
            <div class="field-item odd">
                    {esc(typed_date(a.published, i, a.time_printed))}        </div>
        </div>
      </div>
      {self.text_html(a)}
      {share}
      <span class="print-link"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์ของหน้านี้" class="print-page" rel="nofollow"><img src="/sites/all/modules/print/icons/print_icon.gif" alt="พิมพ์หน้านี้" title="พิมพ์หน้านี้" width="16" height="16" class="print-icon" /> พิมพ์หน้านี้</a></span>
    </div>

    {terms}

    <div class="links">
      <ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="comment_forbidden last"><span><a href="/user/login?destination=comment%2Freply%2F{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li>
</ul>
    </div>
  </div><!-- /inner -->
</div>
<!-- /#node-{a.id} -->
{"".join(nav)}
<div id="content-bottom">
{self.block("views-other_news-block_1", OTHER, f'<div class="item-list"><ul>{other}</ul></div>', "even")}
</div>"""
        head = f'<link rel="canonical" href="{base}/node/{a.id}" />'
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {OFFICE}",
                esc(a.title),
                content,
                head_extra=head,
                crumb=None,
                body_class="not-front not-logged-in node-type-news page-node",
            )
        )

    def render_print(self, a):
        i = self.articles.index(a)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>" if a.source else ""
        return self.html_response(
            f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th"><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)}</title><meta name="robots" content="noindex, nofollow" />
</head><body>
<div class="print-logo"><img src="/sites/default/files/acquia_slate_logo.png" alt="" /></div>
<div class="print-site_name">เผยแพร่เมื่อ {OFFICE} (http://www.pichit-cdd.go.th)</div>
<hr class="print-hr" />
<h1 class="print-title">{esc(a.title)}</h1>
<div class="print-content"><p>วันที่ข่าว: {esc(typed_date(a.published, i, a.time_printed))}</p>{body}{src}</div>
<div class="print-footer">{OFFICE}</div><hr class="print-hr" />
<div class="print-source_url"><strong>ที่มา URL:</strong> <a href="/node/{a.id}">/node/{a.id}</a></div>
</body></html>"""
        )

    def render_deleted(self):
        content = f"""<div class="messages error">{DENIED}</div>
<form action="/user/login?destination=node%2F{DELETED_NID}" accept-charset="UTF-8" method="post" id="user-login">
<div><div class="form-item" id="edit-name-wrapper"><label for="edit-name">ชื่อผู้ใช้: <span class="form-required" title="ต้องการข้อมูลนี้">*</span></label>
<input type="text" maxlength="60" name="name" id="edit-name" size="60" value="" class="form-text required" /></div>
<div class="form-item" id="edit-pass-wrapper"><label for="edit-pass">รหัสผ่าน: <span class="form-required" title="ต้องการข้อมูลนี้">*</span></label>
<input type="password" name="pass" id="edit-pass" maxlength="128" size="60" class="form-text required" /></div>
<input type="submit" name="op" id="edit-submit" value="เข้าสู่ระบบ" class="form-submit" />
</div></form>"""
        return self.html_response(
            self.shell(
                f"ไม่อนุญาตให้เข้าถึง | {OFFICE}",
                "ไม่อนุญาตให้เข้าถึง",
                content,
                body_class="not-front not-logged-in page-node",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            k = query.get("page", ["0"])[0]
            if not k.isdigit():
                k = "0"
            shown = int(k)
            # Drupal 6's pager: an out-of-range page is clamped to the last one
            real = min(shown, len(self.pages) - 1)
            return self.render_list(real, real if shown == real else shown)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_NID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            return self.render_article(a, base) if a else None
        m = re.fullmatch(r"/print/(\d+)", path)
        if m and int(m[1]) in self.by_id:
            return self.render_print(self.by_id[int(m[1])])
        return None

    def page_text(self, a) -> str:
        res = self.route(a.path, {}, "", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", body))

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            newer, older = self.neighbours(a)
            must_not = [
                WELCOME,
                SLOGAN,
                LATEST,
                OTHER,
                COUNTER,
                TRUEHITS,
                FOOTER,
                "Untitled Document",
                "แชร์ไปยัง Facebook",
                "พิมพ์หน้านี้",
                f"อ่าน {a.views} ครั้ง",
                LOGIN_PROMPT,
                "วันที่ข่าว:",
                typed_date(a.published, i, a.time_printed),
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                f"{i + 1} จาก {len(self.articles)}",
                "TopNotchThemes",
                "ค้นหาในเว็บไซต์นี้",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [f"({nodot(x.published)})" for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = AcquiaSlateTypedDateSite()

if __name__ == "__main__":
    main(SITE)
