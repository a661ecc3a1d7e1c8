"""Blind-57 red-team site (part B): a provincial office of the Department of Skill Development
(สำนักงานพัฒนาฝีมือแรงงานนครปฐม) on **Joomla 3.10 com_content under Shape5's "Design Control"
template (Vertex framework)**, left unpatched on PHP 7.4: a hacked site that prints PHP notices.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Shape5 Vertex templates' `index.php` as vendored in
public Joomla site repositories (`templates/design_control/index.php`, `business_pro`,
`photobox`: `require('vertex/cms_core_functions.php')`, `s5_restricted_access_call()`,
`vertex/parameters.php`, `vertex/general_functions.php`, the `#s5_nav`, `#s5_menu_wrap`,
`#s5_columns_wrap`, `.module_round_box` / `.s5_module_box_1` / `.s5_mod_h3_outer` / `.s5_mod_h3`
class names in the template's inline style, `#s5_footer_area1`) and shape5.com's own page.
Joomla 3's `com_content` blog / article layouts (`item-page`, `page-header`, `dl.article-info`,
`time[datetime]` with `itemprop="datePublished"`, `dd.hits` with the `interactionCount` meta,
`ul.pager.pagenav`, the `div.pagination` list with `?limitstart=0` on page 1), GTranslate's
server-printed `<select onchange="doGTranslate(this)">`, PHP 7's warning format and the hacked
Joomla sites' hidden link blocks are from memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- SEF `/index.php/news/<id>-pr<id>` (year 2567), `/index.php/news/news-2566/<id>-pr<id>`,
  `/index.php/news/news-2565/<id>-pr<id>`; `h2[itemprop=headline]`, `<time datetime>` with the
  time of day, hits printed as **"👁 1,234"** (a language override of JGLOBAL_HITS_COUNT);
- **NEW: an archive split by year: the news blog lists 2567 only; its category description and
  the side menu link "ข่าวปี 2566" and "ข่าวปี 2565", each a category blog paginated by
  `?start=5`; every year's items are expected**;
- **NEW: a hacked site: SEO spam links (สล็อต, บาคาร่า, แทงบอล, UFABET) injected into one
  article in three — at the end of the text in a `<div style="position:absolute;left:-9999px">`,
  or in a `<p style="display:none">` between paragraphs — and into the template's footer in a
  `div.s5_spl` the stylesheet hides**; none of it is the article's;
- **NEW: PHP warnings printed into the page: a `Deprecated:` line before `<!DOCTYPE>`, a
  `Notice: Undefined index: catid` above the headline, a `Warning: count(): Parameter must be an
  array …` from a content plug-in inside the text (one article in two), and `Warning:
  mysql_fetch_array() expects parameter 1 …` in the sidebar counter**;
- **NEW: widgets inside `articleBody` (loaded with `{loadposition}`): an accessibility bar
  ("ขนาดตัวอักษร ก- ก ก+", "ความตัดกันของสี"), a "ฟังข่าว" text-to-speech button, GTranslate's
  "Select Language" drop-down with "Powered by Google Translate", and a QR code "สแกนเพื่ออ่าน
  บนมือถือ" at the end**;
- **NEW: the article's own structure: one item in three prints its middle paragraphs as a
  numbered list (`<ol>`), one in three a speech in a `<blockquote>`**;
- source "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" bold right-aligned (one in six none); tags;
  print / e-mail icons; pagenav with titles in `title=`; "บทความที่เกี่ยวข้อง" module inside the
  component; sidebar "ข่าวล่าสุด", login, counter; breadcrumbs with the headline; cookie bar;
- deleted item (linked from 2567's page 2): `/index.php/news/431-pr431`, **200** with the
  template and Joomla 3's "ไม่พบบทความ" error message box (a trashed article behind a cache).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาฝีมือแรงงานนครปฐม"
SITE_NAME = f"{OFFICE} กรมพัฒนาฝีมือแรงงาน"
PER = 5
YEARS = [2567, 2566, 2565]
COUNTS = {2567: 8, 2566: 9, 2565: 7}
DELETED_ID = 431
SOURCES = [
    ("ที่มา", "กลุ่มงานมาตรฐานฝีมือแรงงาน สำนักงานพัฒนาฝีมือแรงงานนครปฐม"),
    ("ข่าว/ภาพ", "ฝ่ายบริหารทั่วไป สำนักงานพัฒนาฝีมือแรงงานนครปฐม"),
    ("เรียบเรียง", "งานประชาสัมพันธ์ สพร.นครปฐม"),
    ("ที่มา", "ศูนย์ฝึกอบรมฝีมือแรงงานอำเภอกำแพงแสน"),
    ("ข่าว/ภาพ", "กลุ่มงานพัฒนาฝีมือแรงงาน"),
    None,
]
TAGS = ["ฝึกอบรม", "มาตรฐานฝีมือแรงงาน", "แรงงาน", "ผู้ว่าราชการจังหวัด", "นครปฐม", "สถานประกอบกิจการ"]
SPAM = [
    ("https://slot-wallet-th.com/", "สล็อตเว็บตรง"),
    ("https://baccarat168-th.net/", "บาคาร่าออนไลน์"),
    ("https://ufabet-bet.vip/", "แทงบอลออนไลน์ UFABET"),
    ("https://pgslot-auto.club/", "สล็อต PG แตกง่าย"),
]
SPAM_FOOT = [
    ("https://ufa-777.bet/", "ufabet เว็บตรง"),
    ("https://sa-gaming.win/", "บาคาร่า SA Gaming"),
]
DEPRECATED = (
    "Deprecated: Non-static method JSite::getMenu() should not be called statically in "
    "/home/nptdsd/public_html/templates/design_control/vertex/general_functions.php on line 12"
)
NOTICE = (
    "Notice: Undefined index: catid in "
    "/home/nptdsd/public_html/templates/design_control/vertex/module_calcs.php on line 88"
)
WARN_COUNT = (
    "Warning: count(): Parameter must be an array or an object that implements Countable in "
    "/home/nptdsd/public_html/plugins/content/s5_thumbs/s5_thumbs.php on line 45"
)
WARN_MYSQL = (
    "Warning: mysql_fetch_array() expects parameter 1 to be resource, boolean given in "
    "/home/nptdsd/public_html/modules/mod_vcnt/helper.php on line 57"
)
A11Y = ["ขนาดตัวอักษร", "ความตัดกันของสี", "ฟังข่าว", "Select Language", "Powered by", "สแกนเพื่ออ่านบนมือถือ"]
RELATED = "บทความที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
COUNTER = "ผู้เข้าชมทั้งหมด 1,204,337 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ถนนเพชรเกษม ตำบลธรรมศาลา อำเภอเมืองนครปฐม จังหวัดนครปฐม 73000"
NOW = dt.datetime(2024, 4, 12, 9, 0, tzinfo=TZ)


def thai_full(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543}"


def cat_path(year: int) -> str:
    return "/index.php/news" if year == 2567 else f"/index.php/news/news-{year}"


def cat_title(year: int) -> str:
    return "ข่าวประชาสัมพันธ์" if year == 2567 else f"ข่าวปี {year}"


class DesignControlHackedSite(BaseSite):
    key = "b57_joomla3_s5designcontrol_hacked"
    family = "joomla"
    imitates = (
        "provincial skill-development office on Joomla 3.10 + Shape5 Design Control (Vertex): "
        "news archived by year in sub-category blogs (?start=5), a hacked site with hidden "
        "gambling links in texts and footer, PHP Deprecated / Notice / Warning lines around the "
        "headline and in the text, accessibility bar, 'ฟังข่าว', GTranslate and QR widgets inside "
        "articleBody, hits as '👁 1,234', numbered lists and blockquotes of the text's own"
    )
    listing_path = "/index.php/news"

    def __init__(self):
        arts = make_articles(self.key, 24, start=NOW, offset=3)
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        starts = {
            2567: dt.datetime(2024, 4, 8, 10, 0, tzinfo=TZ),
            2566: dt.datetime(2023, 12, 20, 10, 0, tzinfo=TZ),
            2565: dt.datetime(2022, 12, 15, 10, 0, tzinfo=TZ),
        }
        steps = {2567: 12, 2566: 38, 2565: 45}
        i = 0
        self.by_year: dict[int, list] = {}
        for y in YEARS:
            self.by_year[y] = []
            for j in range(COUNTS[y]):
                a = arts[i]
                d = starts[y] - dt.timedelta(days=steps[y] * j + (i % 3))
                a.published = d.replace(hour=8 + (i * 7) % 9, minute=(i * 17 + 4) % 60)
                a.id = 472 - i * 3
                a.path = f"{cat_path(y)}/{a.id}-pr{a.id}"
                a.time_printed = True
                a.modified = None
                a.views = 35 + (i * 911 + 23) % 4800
                a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
                src = SOURCES[i % 6]
                a.source = src[1] if src else None
                a.extra["label"] = src[0] if src else None
                a.extra["year"] = y
                a.extra["spam"] = (
                    i % 3
                )  # 0: off-screen div at the end, 1: display:none <p>, 2: none
                a.extra["warn"] = i % 2 == 0
                a.extra["struct"] = (
                    ("ol", "quote", None)[(i + 1) % 3] if len(a.paras) >= 4 else None
                )
                self.by_year[y].append(a)
                i += 1
        self.articles = [a for y in YEARS for a in self.by_year[y]]
        self.by_id = {a.id: a for a in self.articles}
        assert len(self.articles) == 24 and DELETED_ID not in self.by_id
        for a in self.articles:
            assert a.published.year + 543 == a.extra["year"], a.published

    def listing_pages(self):
        out = []
        for y in YEARS:
            out.append(cat_path(y))
            for k in range(1, -(-COUNTS[y] // PER)):
                out.append(f"{cat_path(y)}?start={k * PER}")
        return out

    def deleted_paths(self):
        return [f"/index.php/news/{DELETED_ID}-pr{DELETED_ID}"]

    def robots(self):
        return (
            "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\n"
            "Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\n"
            "Disallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\n"
            "Disallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n"
        )

    # ------------------------------------------------------------------ pieces
    @staticmethod
    def php_msg(msg: str) -> str:
        kind, _, rest = msg.partition(": ")
        text, _, where = rest.rpartition(" in ")
        path, _, line = where.rpartition(" on line ")
        return f"<br />\n<b>{kind}</b>:  {esc(text)} in <b>{path}</b> on line <b>{line}</b><br />\n"

    @staticmethod
    def module(title: str, content: str, sfx: str = "") -> str:
        first, _, rest = title.partition(" ")
        h3 = f'<span class="s5_h3_first">{first} </span>{rest}'
        return f"""<div class="module_round_box_outer">
<div class="module_round_box{sfx}">
<div class="s5_module_box_1">
<div class="s5_module_box_2">
<div class="s5_mod_h3_outer"><h3 class="s5_mod_h3">{h3}</h3></div>
{content}
<div style="clear:both; height:0px"></div>
</div>
</div>
</div>
</div>"""

    def shell(self, title: str, content: str, *, crumbs: list, year_active: int | None, head=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        menu_years = "".join(
            f'<li class="item-{110 + k}{" current active" if y == year_active else ""}">'
            f'<a href="{cat_path(y)}">{cat_title(y) if y != 2567 else "ข่าวประชาสัมพันธ์ ปี 2567"}</a></li>'
            for k, y in enumerate(YEARS)
        )
        bc = ' <span class="divider">/</span> '.join(
            f'<a href="{h}" class="pathway">{esc(t)}</a>' if h else f"<span>{esc(t)}</span>"
            for t, h in crumbs
        )
        spam_foot = "".join(f'<a href="{u}" title="{t}">{t}</a> ' for u, t in SPAM_FOOT)
        sidebar = "\n".join(
            [
                self.module(
                    "เมนูหลัก",
                    f'<ul class="nav menu"><li class="item-101"><a href="/">หน้าแรก</a></li>{menu_years}'
                    '<li class="item-120"><a href="/index.php/training">หลักสูตรฝึกอบรม</a></li>'
                    '<li class="item-121"><a href="/index.php/contact">ติดต่อเรา</a></li></ul>',
                    "-menu",
                ),
                self.module(LATEST, f'<ul class="latestnews">{latest}</ul>'),
                self.module(
                    "เข้าสู่ระบบ",
                    '<form action="/index.php/news" method="post" id="login-form" class="form-inline">'
                    '<div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div>'
                    '<div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div>'
                    '<button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div></form>',
                ),
                self.module(
                    "สถิติผู้เข้าชม",
                    self.php_msg(WARN_MYSQL)
                    + f'<div class="vcnt"><div class="vcnt_digits">1204337</div><p>{COUNTER}</p></div>',
                ),
            ]
        )
        return f"""{self.php_msg(DEPRECATED)}<!DOCTYPE HTML>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" >
<head>
<base href="{{base}}" />
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="พัฒนาฝีมือแรงงาน, นครปฐม, ฝึกอบรม" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{title}</title>
	{head}
	<link href="/templates/design_control/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?3d1f0c4e" rel="stylesheet" type="text/css" />
	<script src="/media/jui/js/jquery.min.js?3d1f0c4e" type="text/javascript"></script>
	<script src="/media/jui/js/bootstrap.min.js?3d1f0c4e" type="text/javascript"></script>
<link href="/templates/design_control/css/template_default.css" rel="stylesheet" type="text/css" />
<link href="/templates/design_control/css/template.css" rel="stylesheet" type="text/css" />
<link href="/templates/design_control/css/editor.css" rel="stylesheet" type="text/css" />
<style type="text/css">
body, .inputbox {{font-family: 'Sarabun',Helvetica,Arial,Sans-Serif ;}}
.s5_mod_h3, #s5_nav li a, h1, h2, h3 {{font-family: Kanit; font-weight: 600 !important;}}
.s5_spl {{display:none;}}
#s5_menu_wrap, p.readmore a, .module_round_box-menu {{background:#0B4F8A !important;}}
</style>
</head>
<body id="s5_body">
<div id="s5_scrolltotop"></div>
<div id="s5_header_area1"><div id="s5_header_area2"><div id="s5_header_area_inner" class="s5_wrap">
  <div id="s5_logo_wrap"><img alt="logo" src="/images/logo-dsd.png" onclick="window.document.location.href='/'" /><span id="s5_logo_text">{SITE_NAME}</span></div>
  <div id="s5_menu_wrap"><ul id="s5_nav" class="menu"><li><span class="s5_level1_span1"><a href="/">หน้าแรก</a></span></li><li class="active"><span class="s5_level1_span1"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></span></li><li><span class="s5_level1_span1"><a href="/index.php/training">หลักสูตร</a></span></li><li><span class="s5_level1_span1"><a href="/index.php/contact">ติดต่อเรา</a></span></li></ul></div>
</div></div></div>
<div id="s5_breadcrumb_wrap" class="s5_wrap"><div class="module_round_box-breadcrumbs"><ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li>{bc}</li></ul></div></div>
<div id="s5_center_area1"><div id="s5_center_area2"><div id="s5_center_area_inner" class="s5_wrap">
<div id="s5_columns_wrap">
  <div id="s5_columns_wrap_inner">
    <div id="s5_center_column_wrap" style="width:72%">
      <div id="s5_center_column_wrap_inner" style="margin-left:0%; margin-right:0%;">
        <div id="s5_component_wrap">
          <div id="s5_component_wrap_inner">
            <div id="system-message-container"></div>
{content}
          </div>
        </div>
      </div>
    </div>
    <div id="s5_right_column_wrap" class="s5_float_left" style="width:28%">
      <div id="s5_right_column_wrap_inner">
{sidebar}
      </div>
    </div>
  </div>
</div>
</div></div></div>
<div id="s5_footer_area1"><div id="s5_footer_area2"><div id="s5_footer_area_inner" class="s5_wrap">
  <div id="s5_footer"><span class="footerc">Copyright &copy; 2567. {SITE_NAME}</span><br />{FOOTER} โทร. 0 3425 8641</div>
  <div id="s5_footer_menu"><ul class="menu"><li><a href="/index.php/sitemap">แผนผังเว็บไซต์</a></li><li><a href="/index.php/privacy">นโยบายความเป็นส่วนตัว</a></li></ul></div>
  <div class="s5_spl">{spam_foot}</div>
  <div id="s5_design_by">Design by Shape5.com <a href="http://www.shape5.com" target="_blank">Joomla Templates</a></div>
</div></div></div>
<div id="cookie-bar" class="cookie-consent"><p>{COOKIE} <a href="/index.php/privacy">นโยบายคุกกี้</a></p><button type="button" class="btn btn-small" onclick="this.parentNode.style.display='none'">ยอมรับ</button></div>
</body>
</html>
"""

    def finish(self, doc: str, base: str):
        return self.html_response(doc.replace("{base}", esc(base + "/")))

    def pagination(self, year: int, k: int) -> str:
        n = -(-COUNTS[year] // PER)
        p = cat_path(year)

        def href(j):
            return f"{p}?limitstart=0" if j == 0 else f"{p}?start={j * PER}"

        items = []
        if k == 0:
            items += [
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>',
                '<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>',
            ]
        else:
            items += [
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{href(0)}" class="hasTooltip pagenav">เริ่มต้น</a></li>',
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>',
            ]
        for j in range(n):
            items.append(
                f'<li><span class="pagenav">{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{href(j)}" class="pagenav">{j + 1}</a></li>'
            )
        if k == n - 1:
            items += [
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>',
                '<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>',
            ]
        else:
            items += [
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>',
                f'<li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="hasTooltip pagenav">สุดท้าย</a></li>',
            ]
        return (
            f'<div class="pagination"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p>'
            f"<ul>{''.join(items)}</ul></div>"
        )

    @staticmethod
    def spam_block(kind: int) -> str:
        links = " ".join(f'<a href="{u}">{t}</a>' for u, t in SPAM)
        if kind == 0:
            return f'<div style="position:absolute;left:-9999px;top:-9999px;">{links}</div>'
        return f'<p style="display:none">{links}</p>'

    def blog_item(
        self, a, *, title=None, intro=None, path=None, when=None, hits=None, spam=True
    ) -> str:
        title = title or a.title
        path = path or a.path
        when = when or a.published
        hits = a.views if hits is None else hits
        intro = intro if intro is not None else esc(a.paras[0])
        spam = self.spam_block(a.extra["spam"]) if spam and a.extra["spam"] != 2 else ""
        return f"""<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header">
		<h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
			<time datetime="{when.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {thai_full(when)}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>
			<meta itemprop="interactionCount" content="UserPageVisits:{hits}" />👁 {hits:,}</dd>
	</dl>
<p>{intro}</p>{spam}
	<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม:  {esc(title)}">
		<span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(title)}</a></p>
</div>"""

    def render_list(self, year: int, k: int, base: str):
        items = self.by_year[year][k * PER : (k + 1) * PER]
        blocks = [self.blog_item(a) for a in items]
        if year == 2567 and k == 1:
            fake = self.by_year[2567][-1]
            deleted = self.blog_item(
                fake,
                title="ประชาสัมพันธ์รับสมัครผู้เข้าทดสอบมาตรฐานฝีมือแรงงานแห่งชาติ สาขาช่างเชื่อม",
                intro="สำนักงานพัฒนาฝีมือแรงงานนครปฐม เปิดรับสมัครผู้เข้าทดสอบมาตรฐานฝีมือแรงงานแห่งชาติ ไม่เสียค่าใช้จ่าย",
                path=self.deleted_paths()[0],
                when=dt.datetime(2024, 3, 1, 9, 12, tzinfo=TZ),
                hits=0,
                spam=False,
            )
            blocks.insert(1, deleted)
        rows = "\n".join(
            f'<div class="items-row cols-1 row-{j} row-fluid clearfix"><div class="span12">{b}</div></div>'
            for j, b in enumerate(blocks)
        )
        others = " | ".join(f'<a href="{cat_path(y)}">ข่าวปี {y}</a>' for y in YEARS if y != year)
        desc = (
            f"<p>ข่าวประชาสัมพันธ์ประจำปี {year} ของ{OFFICE}</p>"
            f"<p><strong>ข่าวย้อนหลัง :</strong> {others}</p>"
        )
        crumbs = [("หน้าแรก", "/"), ("ข่าวประชาสัมพันธ์", "/index.php/news" if year != 2567 else None)]
        if year != 2567:
            crumbs.append((cat_title(year), None))
        content = (
            self.php_msg(NOTICE)
            + f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> {cat_title(year)} </h1></div>
	<div class="category-desc clearfix">{desc}</div>
	<div class="items-leading clearfix"></div>
{rows}
{self.pagination(year, k)}
</div>"""
        )
        doc = self.shell(
            f"{cat_title(year)} - {SITE_NAME}", content, crumbs=crumbs, year_active=year
        )
        return self.finish(doc, base)

    # ------------------------------------------------------------------ article
    def widgets_top(self, a, base) -> str:
        return """<div class="moduletable s5-a11y">
<div id="a11y-bar" class="a11y-toolbar"><span class="a11y-label">ขนาดตัวอักษร</span>
<a href="#" class="a11y-fs-down" title="ลดขนาดตัวอักษร">ก-</a> <a href="#" class="a11y-fs-reset" title="ขนาดปกติ">ก</a> <a href="#" class="a11y-fs-up" title="เพิ่มขนาดตัวอักษร">ก+</a>
<span class="a11y-label">ความตัดกันของสี</span> <a href="#" class="a11y-contrast-normal">สีปกติ</a> <a href="#" class="a11y-contrast-bw">ขาวดำ</a> <a href="#" class="a11y-contrast-yb">เหลืองดำ</a></div>
<button type="button" class="btn btn-mini rv-listen" onclick="responsiveVoice.speak(document.querySelector('[itemprop=articleBody]').innerText,'Thai Female');"><span class="icon-volume-up"></span> ฟังข่าว</button>
<div class="gtranslate_wrapper"><select onchange="doGTranslate(this);" class="notranslate" id="gtranslate_selector" aria-label="Website Language Selector"><option value="">Select Language</option><option value="th|en">English</option><option value="th|zh-CN">简体中文</option><option value="th|ja">日本語</option><option value="th|lo">ລາວ</option><option value="th|my">မြန်မာ</option></select>
<div id="google_translate_element2"></div><div class="gt-powered">Powered by <a href="https://translate.google.com" target="_blank">Google Translate</a></div></div>
</div>"""

    def widgets_bottom(self, a, base) -> str:
        url = quote(f"{base}{a.path}", safe="")
        return (
            '<div class="moduletable s5-qr"><div class="qrcode" style="text-align:center">'
            f'<img src="https://chart.googleapis.com/chart?cht=qr&amp;chs=120x120&amp;chl={url}" width="120" height="120" alt="QR Code" />'
            "<p><small>สแกนเพื่ออ่านบนมือถือ</small></p></div></div>"
        )

    def text_html(self, a) -> str:
        paras = a.paras
        struct = a.extra["struct"]
        out = [
            f'<p style="text-align:center"><img src="/images/news/{a.extra["year"]}/{a.id}/01.jpg" alt="" width="600" height="400" /></p>'
        ]
        if struct == "ol":
            out.append(f'<p style="text-align:justify">{esc(paras[0])}</p>')
            out.append("<ol>" + "".join(f"<li>{esc(p)}</li>" for p in paras[1:-1]) + "</ol>")
            out.append(f'<p style="text-align:justify">{esc(paras[-1])}</p>')
        else:
            mid = len(paras) // 2
            for j, p in enumerate(paras):
                if struct == "quote" and j == mid:
                    out.append(f"<blockquote><p>{esc(p)}</p></blockquote>")
                else:
                    out.append(f'<p style="text-align:justify">{esc(p)}</p>')
                if j == 0 and a.extra["warn"]:
                    out.append(self.php_msg(WARN_COUNT).strip())
                if j == 1 and a.extra["spam"] == 1:
                    out.append(self.spam_block(1))
        if a.source:
            out.append(
                f'<p style="text-align:right"><strong>{esc(a.extra["label"])} : {esc(a.source)}</strong></p>'
            )
        if a.extra["spam"] == 0 or (a.extra["spam"] == 1 and struct == "ol"):
            out.append(self.spam_block(a.extra["spam"]))
        return "\n".join(out)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 9, 13)]

    def neighbours(self, a):
        lst = self.by_year[a.extra["year"]]
        j = lst.index(a)
        prev = lst[j - 1] if j > 0 else None
        nxt = lst[j + 1] if j + 1 < len(lst) else None
        return prev, nxt

    def render_article(self, a, base):
        y = a.extra["year"]
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{30 + TAGS.index(t)} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{30 + TAGS.index(t)}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        prev, nxt = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        content = (
            self.php_msg(NOTICE)
            + f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
	<div class="page-header">
		<h2 itemprop="headline">{esc(a.title)}</h2>
	</div>
	<div class="btn-group pull-right">
		<button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button>
		<ul class="dropdown-menu">
			<li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,width=640,height=480'); return false;" rel="nofollow"><span class="icon-print"></span> พิมพ์</a></li>
			<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=design_control&amp;link=abc{a.id}" title="ส่งลิงก์นี้ให้เพื่อนทางอีเมล" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a></li>
		</ul>
	</div>
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="category-name"><span class="icon-folder-open"></span> หมวด: <a href="{cat_path(y)}" itemprop="genre">{cat_title(y)}</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span>
			<time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {thai_full(a.published)}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>
			<meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />👁 {a.views:,}</dd>
	</dl>
	{tags}
	<div itemprop="articleBody">
{self.widgets_top(a, base)}
{self.text_html(a)}
{self.widgets_bottom(a, base)}
	</div>
	{nav}
</div>
<div class="moduletable related-items"><h3>{RELATED}</h3><ul class="relateditems">{rel}</ul></div>"""
        )
        crumbs = [("หน้าแรก", "/"), ("ข่าวประชาสัมพันธ์", "/index.php/news")]
        if y != 2567:
            crumbs.append((cat_title(y), cat_path(y)))
        crumbs.append((a.title, None))
        doc = self.shell(
            f"{esc(a.title)} - {SITE_NAME}",
            content,
            crumbs=crumbs,
            year_active=y,
            head=f'<meta name="description" content="{esc(a.paras[0][:150])}" />',
        )
        return self.finish(doc, base)

    def render_deleted(self, base):
        content = (
            self.php_msg(NOTICE)
            + """<div id="system-message">
<div class="alert alert-error"><a class="close" data-dismiss="alert">×</a>
<h4 class="alert-heading">ข้อผิดพลาด</h4>
<div><p>ไม่พบบทความ</p></div>
</div>
</div>"""
        )
        doc = self.shell(
            f"ไม่พบบทความ - {SITE_NAME}",
            content,
            crumbs=[("หน้าแรก", "/"), ("ข่าวประชาสัมพันธ์", "/index.php/news")],
            year_active=2567,
        )
        return self.finish(doc, base)

    def render_print(self, a, base):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f"<p><strong>{esc(a.extra['label'])} : {esc(a.source)}</strong></p>" if a.source else ""
        )
        doc = f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(a.title)} - {SITE_NAME}</title>
<link href="/templates/design_control/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page"><div class="page-header"><h2>{esc(a.title)}</h2></div>
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print"></span> พิมพ์</a></div>
<dl class="article-info muted"><dd class="published"><time datetime="{a.published.isoformat()}">เผยแพร่เมื่อ: {thai_full(a.published)}</time></dd></dl>
<div itemprop="articleBody">{body}{src}</div></div>
</body>
</html>
"""
        return self.html_response(doc)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 303, {"Location": f"{base}/index.php/news"}, b""
        for y in YEARS:
            if path == cat_path(y):
                raw = (query.get("start") or query.get("limitstart") or ["0"])[0]
                start = int(raw) if raw.isdigit() else 0
                n = -(-COUNTS[y] // PER)
                k = min(start // PER, n - 1)
                return self.render_list(y, k, base)
        m = re.fullmatch(r"/index\.php/news(?:/news-(\d{4}))?/(\d+)-pr(\d+)", path)
        if m and m[2] == m[3]:
            aid = int(m[2])
            if aid == DELETED_ID and m[1] is None:
                return self.render_deleted(base)
            a = self.by_id.get(aid)
            if a and a.path == path:
                if qs1(query, "tmpl") == "component":
                    return self.render_print(a, base)
                return self.render_article(a, base)
        return None

    def page_text(self, a) -> str:
        res = self.route(a.path, {}, "", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\xa0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                *A11Y,
                "ก+",
                "Google Translate",
                "Non-static method JSite::getMenu()",
                "Undefined index: catid",
                "Parameter must be an array",
                "mysql_fetch_array()",
                "/home/nptdsd/public_html",
                *[t for _, t in SPAM],
                *[t for _, t in SPAM_FOOT],
                f"👁 {a.views:,}",
                "เผยแพร่เมื่อ:",
                "หมวด:",
                "พิมพ์",
                "อีเมล",
                RELATED,
                LATEST,
                COUNTER,
                COOKIE,
                FOOTER,
                "Design by Shape5.com",
                "ก่อนหน้า",
                "ถัดไป",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = DesignControlHackedSite()

if __name__ == "__main__":
    main(SITE)
