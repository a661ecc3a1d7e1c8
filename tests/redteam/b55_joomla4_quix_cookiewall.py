"""Blind-55 red-team site (part B): a provincial treasury office (สำนักงานคลังจังหวัดพะเยา-like)
whose news runs on **Joomla 4.4 com_content with its pages drawn by the Quix 4 page builder's
Theme Builder** (a blank Joomla template; Quix's header / footer / single-article / category
templates), SEF URLs with `index.php` (`/index.php/pr-news/2318-news-2567-018`), behind an
F5 BIG-IP-style front that sets a cookie before it lets anyone in. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the Quix builder's element templates in a public
Joomla site repository that vendors com_quix (voicebootcamp/vbc2023,
`plugins/quix/content/elements/*/partials/html.twig` and
`libraries/quixnxt/visual-builder/shared/animation.twig`): every element is wrapped in
`div.qx-element-wrap > div.qx-element.qx-element-<name>`; `article-title` prints the headline
wrapped in a `<span>` inside the chosen heading tag; `article-meta` prints
`span.qx-element-jarticle-category`, `span.qx-element-jarticle-tags` (the tags as plain
"#tag" text, no links), `span.qx-element-jarticle-date` (formatted with the element's
`show_date_format`) and `span.qx-element-jarticle-writtenby`; `article-text` prints the
article text (content plug-ins run on it when `prepare_content` is on); the `component` and
`position` elements render the Joomla component output and a module position. The section /
row / column wrappers (`qx-section`, `qx-container`, `qx-row`, `qx-col-*`), Joomla 4's
category *list* layout (`com-content-category__table`, `cat-list-row0/1`, `th.list-title`,
`td.list-date`, `td.list-hits` "ฮิต:", the `adminForm` with filter and "แสดง #" limit box,
`com-content-category__counter` "หน้า 1 จาก 3", `ul.pagination` with `?start=N`),
mod_breadcrumbs, mod_articles_latest, mod_related_items, and F5 BIG-IP's `TS01…` cookie are
from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a cookie wall: the first request for any page (listing or article) without the
  front's cookie answers `302 Found` to the very same address with `Set-Cookie:
  TS016f5b3a=…; Path=/`**; the page comes only when the request carries the cookie (a client
  that drops cookies loops on the redirect);
- **NEW: the category list is in ascending order (menu item "เรียงลำดับบทความ: เก่าสุดก่อน")**:
  page 1 (`/index.php/pr-news`) holds the oldest ten items, `?start=20` the newest;
- **NEW: dates as day/month/BE year: the list's "5/3/2567" and the article's
  "5/3/2567 10:30:45 น." with seconds** (Quix's `show_date_format` "j/n/Y H:i:s" plus a
  Buddhist-year plug-in): `published_at` carries the seconds;
- **NEW: the modification date printed only in the `title=` tooltip of the date**
  (`title="ปรับปรุงล่าสุด 7/3/2567 14:02:11 น."`, on edited items only); **and every article
  answers with a `Last-Modified` HTTP header (the page cache's time) that is no printed
  modification date**: items never edited have `modified_at` null;
- **NEW: the article's own notes inside the text: a "หมายเหตุ :" line (one in three) or an
  "อ้างอิง :" list of two references (one in three) after the paragraphs and before the
  sign-off**: they are text (a phrase of each is in `body_must`);
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" as the last line of the text (one in six none);
  tags as Quix's "#tag" text; the article page prints no hit counter (the list's "ฮิต: N" is
  the list's), so `view_count` is null;
- furniture: Quix header with menu, breadcrumbs "คุณอยู่ที่นี่:" with the headline, the
  category and "เขียนโดย" in the meta line, print / e-mail buttons, "แชร์ข่าวนี้:" bar,
  "ข่าวที่เกี่ยวข้อง" (mod_related_items, titles), "ข่าวล่าสุด" (mod_articles_latest, titles
  and dates), visitor counter, footer address, cookie bar;
- deleted item (linked from page 2): an article moved to the trash: **200 with the Quix
  single-article template, an empty headline span and the message "ไม่พบบทความที่ต้องการ
  บทความนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว"**.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html as _html
import re
import sys
from urllib.parse import unquote

from ._common import TZ, BaseSite, be, esc, expected_record, main, make_articles
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานคลังจังหวัดพะเยา"
CATEGORY = "ข่าวประชาสัมพันธ์"
PER = 10
LIST = "/index.php/pr-news"
COOKIE = "TS016f5b3a"
COOKIE_VALUE = "01e3b7c6f2a9d85c4a1f0b6e2d7c93a5f1e8b4d2c6a0"
SOURCES = [
    ("ที่มา", "กลุ่มงานบริหารการคลัง สำนักงานคลังจังหวัดพะเยา"),
    ("ข่าว/ภาพ", "ฝ่ายบริหารทั่วไป สำนักงานคลังจังหวัดพะเยา"),
    ("เรียบเรียง", "กลุ่มงานเศรษฐกิจการคลัง"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดพะเยา"),
    ("ข่าว/ภาพ", "กลุ่มงานการเงินการคลังและบัญชีภาครัฐ"),
    None,
]
TAGS = ["คลังจังหวัด", "เบิกจ่ายงบประมาณ", "e-GP", "เศรษฐกิจพะเยา", "สวัสดิการแห่งรัฐ"]
NOTES = [
    "หมายเหตุ : ผู้ที่ประสงค์จะเข้าร่วมโครงการสามารถติดต่อสอบถามรายละเอียดเพิ่มเติมได้ที่สำนักงานคลังจังหวัดพะเยา ศาลากลางจังหวัดพะเยา ชั้น 2 ในวันและเวลาราชการ",
    "หมายเหตุ : ตัวเลขในข่าวนี้เป็นข้อมูลเบื้องต้นจากระบบบริหารการเงินการคลังภาครัฐแบบอิเล็กทรอนิกส์ซึ่งอาจมีการปรับปรุงภายหลัง",
]
NOTE_MUST = [
    "ผู้ที่ประสงค์จะเข้าร่วมโครงการสามารถติดต่อสอบถามรายละเอียดเพิ่มเติม",
    "ตัวเลขในข่าวนี้เป็นข้อมูลเบื้องต้นจากระบบบริหารการเงินการคลังภาครัฐ",
]
REFS = [
    (
        "ระเบียบกระทรวงการคลังว่าด้วยการเบิกเงินจากคลัง การรับเงิน การจ่ายเงิน การเก็บรักษาเงิน และการนำเงินส่งคลัง พ.ศ. 2562",
        "หนังสือกรมบัญชีกลาง ด่วนที่สุด ที่ กค 0402.2/ว 123 ลงวันที่ 28 กุมภาพันธ์ 2567",
    ),
    (
        "พระราชบัญญัติวินัยการเงินการคลังของรัฐ พ.ศ. 2561",
        "มติคณะรัฐมนตรีเมื่อวันที่ 9 มกราคม 2567 เรื่อง มาตรการเร่งรัดการเบิกจ่ายงบประมาณ",
    ),
]
REF_MUST = [
    "การเก็บรักษาเงิน และการนำเงินส่งคลัง",
    "มาตรการเร่งรัดการเบิกจ่ายงบประมาณ",
]
SHARE = "แชร์ข่าวนี้:"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
CRUMB = "คุณอยู่ที่นี่:"
COUNTER = "ผู้เข้าชมทั้งหมด 412,907 คน"
COOKIE_BAR = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่ นโยบายคุกกี้"
FOOTER = "ศาลากลางจังหวัดพะเยา ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000"
AUTHOR = "เขียนโดย งานประชาสัมพันธ์"
DELETED_ID = 2296
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินบุคคลเพื่อเลื่อนขึ้นแต่งตั้งให้ดำรงตำแหน่งสูงขึ้น"
DELETED_MSG = "ไม่พบบทความที่ต้องการ บทความนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว"


def dmy(d: dt.datetime) -> str:
    """'5/3/2567'"""
    return f"{d.day}/{d.month}/{be(d)}"


def dmyhms(d: dt.datetime) -> str:
    """'5/3/2567 10:30:45 น.'"""
    return f"{dmy(d)} {d.hour:02d}:{d.minute:02d}:{d.second:02d} น."


def _request_headers():
    """The headers of the request being answered (the loopback server's handler is up the
    stack); None when the site is rendered directly (expected.json, tests)."""
    f = sys._getframe(1)
    while f is not None:
        s = f.f_locals.get("self")
        if s is not None and hasattr(s, "wfile") and hasattr(s, "headers"):
            return s.headers
        f = f.f_back
    return None


class QuixSite(BaseSite):
    key = "b55_joomla4_quix_cookiewall"
    family = "joomla"
    imitates = (
        "provincial treasury office on Joomla 4.4 com_content drawn by the Quix 4 Theme "
        "Builder: a BIG-IP-style cookie wall (302 to the same address with Set-Cookie first); "
        "category list in ascending order (?start=N); '5/3/2567' and '5/3/2567 10:30:45 น.' "
        "dates; modified date only in the date's title tooltip plus a Last-Modified header; "
        "'หมายเหตุ' / 'อ้างอิง' notes inside the text"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 29, 15, 0, tzinfo=TZ), offset=131
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):  # newest first
            a.id = 2300 + (n - i)
            a.extra["alias"] = f"news-{be(a.published)}-{n - i:03d}"
            a.path = f"{LIST}/{a.id}-{a.extra['alias']}"
            a.published = a.published.replace(second=(i * 17 + 13) % 60)
            a.time_printed = True
            if a.modified is not None:
                a.modified = a.modified.replace(second=(i * 23 + 7) % 60)
            a.extra["hits"] = a.views
            a.views = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["note"] = i % 3 == 0
            a.extra["refs"] = i % 3 == 1
        self.articles = arts
        self.ascending = list(reversed(arts))  # the list's order: oldest first
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [LIST, f"{LIST}?start=10", f"{LIST}?start=20"]

    def deleted_paths(self):
        return [f"{LIST}/{DELETED_ID}-news-2567-del"]

    # ------------------------------------------------------------------ pieces
    @staticmethod
    def el(name: str, inner: str, extra_cls: str = "", tag: str = "div") -> str:
        cls = f"qx-element qx-element-{name}" + (f" {extra_cls}" if extra_cls else "")
        return f"""<div class="qx-element-wrap">
    <{tag} id="qx-{name}-{sum(map(ord, name)) % 9000 + 1000}" class="{cls}" >
{inner}
</{tag}>
</div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def latest_module(self):
        items = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a> <small class="mod-articles-latest-date">{dmy(x.published)}</small></li>'
            for x in self.articles[:5]
        )
        return f"""<div class="moduletable latest-news">
            <h3>{LATEST}</h3>
            <ul class="mod-articleslatest latestnews mod-list">{items}</ul>
        </div>"""

    def shell(self, title, body_html, crumb_title=None, head_extra=""):
        crumb = f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{LIST}" class="pathway"><span>{CATEGORY}</span></a></li>'
        if crumb_title is not None:
            crumb += f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(crumb_title)}</span></li>'
        footer_el = self.el(
            "text",
            f'<p>{OFFICE}<br>{FOOTER}<br>โทรศัพท์ 0 5444 9xxx</p><p class="counter">{COUNTER}</p>',
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="Joomla! - Open Source Content Management">
    <title>{esc(title)} - {OFFICE}</title>
{head_extra}
    <link href="/media/templates/site/quixblank/css/template.min.css?4d8f1a" rel="stylesheet">
    <link href="/libraries/quixnxt/assets/css/quix.css?ver=4.3.2" rel="stylesheet">
    <link href="/media/quixnxt/css/qxi.css?ver=4.3.2" rel="stylesheet">
    <link href="/media/quix/frontend/css/theme-5.css?ver=1711600000" rel="stylesheet">
    <script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"JLIB_FORM_CONTAINS_INVALID_FIELDS":"ฟอร์มไม่สามารถส่งได้ เนื่องจากไม่มีข้อมูลที่จำเป็น"}},"system.paths":{{"root":"","rootFull":"https://www.phayao.cgd.example/","base":""}}}}</script>
</head>
<body class="site com_content view-article no-layout no-task itemid-118">
<div class="qx quix"><div class="qx-inner frontend qx-theme-header">
<div id="qx-section-1a2b" class="qx-section qx-section-header">
  <div class="qx-container">
    <div class="qx-row">
      <div id="qx-column-5e10" class="qx-column qx-col-lg-4 qx-col-md-12">
        <div class="qx-col-wrap"><div class="qx-elements-wrap">
{self.el("site-logo", f'<a href="/"><img src="/images/logo-cgd.png" alt="{OFFICE}"><span class="qx-site-name">{OFFICE}</span></a>')}
        </div></div>
      </div>
      <div id="qx-column-5e11" class="qx-column qx-col-lg-8 qx-col-md-12">
        <div class="qx-col-wrap"><div class="qx-elements-wrap">
{self.el("joomla-menu", '<ul class="qx-nav"><li><a href="/">หน้าแรก</a></li><li class="active"><a href="' + LIST + '">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/index.php/eservice">บริการอิเล็กทรอนิกส์</a></li><li><a href="/index.php/contact">ติดต่อเรา</a></li></ul>')}
        </div></div>
      </div>
    </div>
  </div>
</div>
<div id="qx-section-1a2c" class="qx-section qx-section-breadcrumb">
  <div class="qx-container"><div class="qx-row"><div class="qx-column qx-col-lg-12"><div class="qx-col-wrap"><div class="qx-elements-wrap">
{self.el("position", f'<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">{CRUMB}&#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>หน้าแรก</span></a></li>{crumb}</ol></nav>')}
  </div></div></div></div></div>
</div>
</div></div>
<div class="qx quix"><div class="qx-inner frontend qx-theme-body">
<div id="qx-section-7c31" class="qx-section">
  <div class="qx-container">
    <div class="qx-row">
      <div id="qx-column-7c32" class="qx-column qx-col-lg-8 qx-col-md-12">
        <div class="qx-col-wrap"><div class="qx-elements-wrap">
{body_html}
        </div></div>
      </div>
      <div id="qx-column-7c33" class="qx-column qx-col-lg-4 qx-col-md-12">
        <div class="qx-col-wrap"><div class="qx-elements-wrap">
{self.el("position", self.latest_module())}
{self.el("position", '<div class="moduletable"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.cgd.go.th/">กรมบัญชีกลาง</a></li><li><a href="https://www.phayao.go.th/">จังหวัดพะเยา</a></li></ul></div>')}
        </div></div>
      </div>
    </div>
  </div>
</div>
</div></div>
<div class="qx quix"><div class="qx-inner frontend qx-theme-footer">
<div id="qx-section-9f01" class="qx-section qx-section-footer">
  <div class="qx-container"><div class="qx-row"><div class="qx-column qx-col-lg-12"><div class="qx-col-wrap"><div class="qx-elements-wrap">
{footer_el}
  </div></div></div></div></div>
</div>
</div></div>
<div id="cookie-consent" class="cookie-bar" role="dialog"><p>{COOKIE_BAR} <button type="button" class="btn btn-primary">ยอมรับ</button></p></div>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
<script src="/libraries/quixnxt/assets/js/quix.js?ver=4.3.2" defer></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, start: int):
        pages = [self.ascending[k : k + PER] for k in range(0, len(self.ascending), PER)]
        if start % PER or not 0 <= start // PER < len(pages):
            return None
        page = start // PER + 1
        items = list(pages[page - 1])
        rows = []
        for k, a in enumerate(items):
            rows.append(
                f"""            <tr class="cat-list-row{k % 2}" >
                <th class="list-title" scope="row">
                    <a href="{a.path}">
                        {esc(a.title)}</a>
                </th>
                <td class="list-date small">
                    {dmy(a.published)}
                </td>
                <td class="list-hits">
                    <span class="badge bg-info">
                        ฮิต: {a.extra["hits"]}
                    </span>
                </td>
            </tr>"""
            )
        if page == 2:
            rows.insert(
                5,
                f"""            <tr class="cat-list-row1" >
                <th class="list-title" scope="row">
                    <a href="{self.deleted_paths()[0]}">
                        {esc(DELETED_TITLE)}</a>
                </th>
                <td class="list-date small">
                    {dmy(items[4].published)}
                </td>
                <td class="list-hits">
                    <span class="badge bg-info">
                        ฮิต: 37
                    </span>
                </td>
            </tr>""",
            )

        def href(p):
            return LIST if p == 1 else f"{LIST}?start={(p - 1) * PER}"

        lis = []
        if page > 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{LIST}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{href(page - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
            )
        for p in range(1, len(pages) + 1):
            if p == page:
                lis.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {p}" href="#" class="page-link">{p}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {p}" href="{href(p)}" class="page-link">{p}</a></li>'
                )
        if page < len(pages):
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{href(page + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{href(len(pages))}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        component = f"""<div class="com-content-category category-list">
<div class="content-category">
    <h1>{CATEGORY}</h1>
    <div class="category-desc"><p>ข่าวสารและกิจกรรมของ{OFFICE} (เรียงจากข่าวเก่าไปข่าวใหม่)</p></div>
<form action="{LIST}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
    <div class="com-content__filter btn-group">
        <label class="filter-search-lbl visually-hidden" for="filter-search">ตัวกรอง</label>
        <input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="ตัวกรอง">
        <button type="submit" name="filter_submit" class="btn btn-primary">ตัวกรอง</button>
    </div>
    <div class="com-content-category__pagination btn-group float-end">
        <label for="limit" class="visually-hidden">แสดง #</label>
        <select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">ทั้งหมด</option></select>
    </div>
    <table class="com-content-category__table category table table-striped table-bordered table-hover">
        <caption class="visually-hidden">บทความ, เรียงตาม: วันที่สร้าง (เก่าสุดก่อน)</caption>
        <thead>
            <tr>
                <th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="js-stools-column-order hasTooltip" data-order="a.title" data-direction="ASC" data-name="หัวเรื่อง">หัวเรื่อง</a></th>
                <th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.created','desc','', document.getElementById('adminForm'));return false;" class="js-stools-column-order hasTooltip" data-order="a.created" data-direction="DESC" data-name="วันที่สร้าง">วันที่สร้าง</a></th>
                <th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','', document.getElementById('adminForm'));return false;" class="js-stools-column-order hasTooltip" data-order="a.hits" data-direction="ASC" data-name="ฮิต">ฮิต</a></th>
            </tr>
        </thead>
        <tbody>
{chr(10).join(rows)}
        </tbody>
    </table>
    <div class="com-content-category__navigation w-100">
        <p class="com-content-category__counter counter float-end pt-3 pe-2">หน้า {page} จาก {len(pages)}</p>
        <div class="com-content-category__pagination">
            <nav class="pagination__wrapper" aria-label="การแบ่งหน้า">
                <ul class="pagination ms-0 mb-4">
                    {"".join(lis)}
                </ul>
            </nav>
        </div>
    </div>
    <div>
        <input type="hidden" name="filter_order" value="">
        <input type="hidden" name="filter_order_Dir" value="">
        <input type="hidden" name="limitstart" value="">
        <input type="hidden" name="task" value="">
    </div>
</form>
</div>
</div>"""
        body = self.el("component", component)
        return self.html_response(self.shell(CATEGORY, body))

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        out.insert(
            1,
            f'<p style="text-align: center;"><img src="/images/news/{be(a.published)}/{a.id}/01.jpg" alt="" width="720" height="480" loading="lazy"></p>',
        )
        i = self.articles.index(a)
        if a.extra["note"]:
            out.append(f'<p><span style="font-size: 10pt;"><em>{esc(NOTES[i % 2])}</em></span></p>')
        if a.extra["refs"]:
            r1, r2 = REFS[i % 2]
            out.append("<p><strong>อ้างอิง :</strong></p>")
            out.append(f"<ol>\n<li>{esc(r1)}</li>\n<li>{esc(r2)}</li>\n</ol>")
        if a.source:
            out.append(
                f'<p style="text-align: right;"><strong>{a.extra["src_label"]} : {esc(a.source)}</strong></p>'
            )
        return "\n".join(out)

    def render_article(self, a):
        d = a.published
        tooltip = f' title="ปรับปรุงล่าสุด {dmyhms(a.modified)}"' if a.modified is not None else ""
        tags = "".join(f"\n                #{esc(t)}" for t in a.tags)
        tag_span = (
            f'<span class="qx-element-jarticle-tags">{tags}\n        </span>' if a.tags else ""
        )
        meta_inner = f"""        <span class="qx-element-jarticle-category">
            <i class="qxif-folder-open"></i>
            <a href="{LIST}">{CATEGORY}</a>
        </span>
        {tag_span}
        <span class="qx-element-jarticle-date"{tooltip}>
                <i class="qxif-calendar-alt"></i>
            {dmyhms(d)}
        </span>
        <span class="qx-element-jarticle-writtenby">
                <i class="qxif-user"></i>
            {AUTHOR}
        </span>"""
        u = f"https://www.phayao.cgd.example{a.path}"
        tools = f"""<div class="article-tools"><a class="btn btn-sm" href="{a.path}?tmpl=component&amp;print=1" rel="nofollow" onclick="window.open(this.href,'win2','width=640,height=480');return false;"><i class="qxif-print"></i> พิมพ์</a> <a class="btn btn-sm" href="/index.php/component/mailto/?tmpl=component&amp;link={a.id}" rel="nofollow"><i class="qxif-envelope"></i> อีเมล</a></div>"""
        share = f"""<div class="qx-social-share"><span class="qx-share-label">{SHARE}</span> <a class="qx-share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> <a class="qx-share-line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener">LINE</a> <a class="qx-share-twitter" href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a></div>"""
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        related = f"""<div class="moduletable related-news"><h3>{RELATED}</h3><ul class="mod-relateditems relateditems mod-list">{rel}</ul></div>"""
        body = "\n".join(
            [
                self.el("article-title", f"<h1><span>{esc(a.title)}</span></h1>"),
                self.el("article-meta", meta_inner),
                self.el("raw-html", tools),
                self.el("article-text", self.text_html(a)),
                self.el("social-share", share),
                self.el("position", related),
            ]
        )
        head = f'    <meta name="description" content="{esc(a.paras[0][:150])}">\n    <meta name="author" content="งานประชาสัมพันธ์">'
        return self.html_response(self.shell(a.title, body, a.title, head))

    def render_deleted(self):
        body = "\n".join(
            [
                f'<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">{DELETED_MSG}</div></div></joomla-alert></div>',
                self.el("article-title", "<h1><span></span></h1>"),
                self.el("article-meta", ""),
                self.el("article-text", ""),
            ]
        )
        return self.html_response(self.shell(CATEGORY, body))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        headers = _request_headers()
        if headers is not None:
            cookies = headers.get("Cookie") or ""
            if f"{COOKIE}={COOKIE_VALUE}" not in cookies:
                here = base + path + (f"?{raw_query}" if raw_query else "")
                return (
                    302,
                    {
                        "Location": here,
                        "Set-Cookie": f"{COOKIE}={COOKIE_VALUE}; Path=/",
                        "Content-Type": "text/html",
                        "Cache-Control": "no-cache",
                    },
                    b"",
                )
        if path in ("/", "/index.php"):
            return 301, {"Location": f"{base}{LIST}"}, b""
        if path == LIST:
            start = query.get("start", query.get("limitstart", ["0"]))[0] or "0"
            if not start.isdigit():
                return None
            return self.render_listing(int(start))
        m = re.fullmatch(re.escape(LIST) + r"/(\d+)-[\w-]+", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return None
            res = self.render_article(a)
            cached = dt.datetime(2024, 4, 2, 3, 15, 0, tzinfo=dt.UTC)
            res[1]["Last-Modified"] = email.utils.format_datetime(cached, usegmt=True)
            return res
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = _html.unescape(self.render_article(a)[2].decode("utf-8"))
            i = self.articles.index(a)
            must_not = [
                CRUMB,
                SHARE,
                RELATED,
                LATEST,
                COUNTER,
                COOKIE_BAR,
                FOOTER,
                AUTHOR,
                "ลิงก์หน่วยงาน",
                *[x.title for x in self.related(a)],
                *[x.title for x in self.articles[:5] if x is not a],
            ]
            must_not = [s for s in must_not if s in page]
            rec = expected_record(a, must_not=must_not)
            if a.extra["note"]:
                rec["body_must"].append(NOTE_MUST[i % 2])
            if a.extra["refs"]:
                rec["body_must"].append(REF_MUST[i % 2])
            for m in rec["body_must"]:
                assert m in page, (a.id, m)
            out.append(rec)
        return out


SITE = QuixSite()

if __name__ == "__main__":
    main(SITE)
