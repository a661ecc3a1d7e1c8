r"""Blind-56 red-team site (part B): a provincial Buddhism office (สำนักงานพระพุทธศาสนาจังหวัด
กาฬสินธุ์) on **Joomla 4.4 com_content drawn by Balbooa's Gridbox template** (the "Website
Builder Gridbox" Joomla template: a Gridbox-built header and footer around the Joomla
component; core com_content category-blog and article layouts with a small override).
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the **Gridbox template's `index.php` and
`component.php`** as vendored in public Joomla site repositories (EleuterioZM/Joomla_Project,
mnares/SOFTDEV-QUALITY: the generator replaced by "Powered by Website Builder Gridbox",
`<div class="ba-overlay">`, `<header class="header">` holding the Gridbox header HTML,
`<div class="body">` with module rows `row-fluid ba-container … module-position`, the
`breadcrumbs` position, `div.row-fluid.main-body` with `sidebar-left ba-col-3
ba-module-position` and the component column `ba-col-9`, `/templates/gridbox/css/gridbox.css`,
`/templates/gridbox/js/gridbox.js`, the `themeData` script, `<footer class="footer">`;
Gridbox's `ba-wrapper` / `ba-section` / `ba-row` / `ba-grid-column` items from
`components/com_gridbox/views/layout/header.php`) and Joomla's bootstrap tab layouts
(joomla/joomla-cms `layouts/libraries/html/bootstrap/tab/starttabset.php`, `addtab.php`:
`ul.joomla-tabs.nav.nav-tabs`, `div.tab-content`, `div.tab-pane`). Joomla 4's com_content
blog / article markup (`com-content-category-blog`, `blog-item`, `dl.article-info`,
`<time datetime itemprop="datePublished">`, "ฮิต:", `ul.tags`, `nav.pagenavigation`),
`JModelList::getStart()` (a `start` past the end is moved back to the last page), Regular
Labs Tabs' `rl_tabs` markup, Joomla's login view and mod_articles_latest /
mod_related_items / mod_breadcrumbs are from memory of their sources. No one's code or text
was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: relative dates everywhere**: a layout override prints "เผยแพร่: 3 วันที่แล้ว",
  "เมื่อวานนี้", "2 สัปดาห์ที่แล้ว", "1 เดือนที่แล้ว" (relative to the page's build time, 10
  April 2024); the absolute date and time only in `<time datetime="2024-03-05T10:30:00+07:00">`
  and its `title="5 มีนาคม 2567 เวลา 10:30 น."` (article) or the `title=` of the listing's
  date span; edited articles likewise "ปรับปรุงล่าสุด: เมื่อวานนี้" with a `<time datetime>`;
- **NEW: the info block below the text** (Joomla's "position: below"), and **event dates in
  the text before it**: one article in three opens with the office's own line "… จัดขึ้นใน
  วันที่ 12 มีนาคม 2567 เวลา 09.00 น. ณ …" (a date that is not the publication date);
- **NEW: the text in tabs** (Regular Labs Tabs in the article): "รายละเอียดข่าว" (the text,
  with the tab's hidden `h2.rl_tabs-title`), "ภาพกิจกรรม" (a gallery with captions),
  "เอกสารประกอบ" (download links) on one article in two;
- **NEW: a table of figures in the text** (budget lines of the project, one article in four):
  the article's own, kept;
- **NEW: a listing that never ends**: the override's "ข่าวเก่ากว่า »" button is
  `?start=<start+9>` even on the last page, and Joomla answers any `start` past the end with
  the last page again (its `getStart()`), so only the absence of new items ends the walk;
- **NEW: robots.txt disallows linked paths**: `/index.php/component/` (tag pages
  `/index.php/component/tags/tag/…` and the print view
  `/index.php/component/content/article/<id>?tmpl=component&print=1`, a full twin of the
  article) and `/index.php/archive` (the old archive view); none holds an expected record;
- "ฮิต: N" hits; tags; sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" as the last line of the
  text (one in six none); furniture inside and around `articleBody`: "แชร์ข่าวนี้" bar,
  `nav.pagenavigation` with neighbour titles, "ข่าวที่เกี่ยวข้อง" (titles), sidebar "ข่าวล่าสุด"
  (titles), login module, visitor counter, breadcrumbs, Gridbox cookie bar and footer.
- deleted item (linked from page 2): **200 with Joomla's login view**, "คุณไม่ได้รับอนุญาตให้ดู
  แหล่งข้อมูลนี้ กรุณาเข้าสู่ระบบ" (a registered-only article).
"""

from __future__ import annotations

import datetime as dt
import html

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพระพุทธศาสนาจังหวัดกาฬสินธุ์"
CAT = "ข่าวประชาสัมพันธ์"
BASE = "/index.php/news-pr"
PER = 9
NOW = dt.datetime(2024, 4, 10, 8, 0, tzinfo=TZ)
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมพระพุทธศาสนา สำนักงานพระพุทธศาสนาจังหวัดกาฬสินธุ์"),
    ("ข่าว/ภาพ", "สำนักงานประชาสัมพันธ์จังหวัดกาฬสินธุ์"),
    ("เรียบเรียง", "งานประชาสัมพันธ์ สำนักงานพระพุทธศาสนาจังหวัดกาฬสินธุ์"),
    ("ที่มา", "สำนักงานพระพุทธศาสนาอำเภอยางตลาด"),
    ("ข่าว/ภาพ", "กลุ่มงานศาสนสถาน"),
    None,
]
TAGS = ["พระพุทธศาสนา", "วัด", "ศีลธรรม", "หมู่บ้านรักษาศีล 5", "กาฬสินธุ์"]
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
LOGIN = "เข้าสู่ระบบ"
COUNTER = "สถิติผู้เข้าชม"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งานของท่าน"
TAB_TEXT = "รายละเอียดข่าว"
TAB_GALLERY = "ภาพกิจกรรม"
TAB_DOCS = "เอกสารประกอบ"
DOWNLOAD = "ดาวน์โหลดเอกสาร"
DETAILS = "รายละเอียด"
DELETED_ID = 388
DELETED_TITLE = "ประชุมคณะกรรมการขับเคลื่อนหมู่บ้านรักษาศีล 5 (เฉพาะเจ้าหน้าที่)"
NO_ACCESS = "คุณไม่ได้รับอนุญาตให้ดูแหล่งข้อมูลนี้ กรุณาเข้าสู่ระบบ"
BUDGET = [
    ("ค่าอาหารกลางวันผู้เข้าร่วมโครงการ", "45,000"),
    ("ค่าอาหารว่างและเครื่องดื่ม", "22,500"),
    ("ค่าตอบแทนวิทยากรบรรยายธรรม", "18,000"),
    ("ค่าวัสดุอุปกรณ์และเอกสารประกอบการอบรม", "12,350"),
]
BUDGET_PHRASE = "ค่าตอบแทนวิทยากรบรรยายธรรม"
EVENT_PLACES = [
    "ห้องประชุมศาลากลางจังหวัดกาฬสินธุ์",
    "วัดกลาง พระอารามหลวง",
    "หอประชุมอำเภอยางตลาด",
]


def rel(d: dt.datetime) -> str:
    days = (NOW.date() - d.date()).days
    if days <= 0:
        return "วันนี้"
    if days == 1:
        return "เมื่อวานนี้"
    if days < 7:
        return f"{days} วันที่แล้ว"
    if days < 30:
        return f"{days // 7} สัปดาห์ที่แล้ว"
    return f"{days // 30} เดือนที่แล้ว"


def full_time(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)} เวลา {d:%H:%M} น."


def alias(a) -> str:
    return f"{a.id}-pr-{be(a.published)}-{a.id:03d}"


class GridboxSite(BaseSite):
    key = "b56_joomla4_gridbox_reltabs"
    family = "joomla"
    imitates = (
        "provincial Buddhism office on Joomla 4.4 com_content under Balbooa's Gridbox template: "
        "relative dates ('3 วันที่แล้ว') with the absolute date only in <time datetime>/title; "
        "info block below the text with event dates in the text; text in Regular Labs tabs "
        "(gallery, documents); budget tables; endless ?start= listing (past-the-end answers "
        "the last page, 'older' button always linked); robots.txt disallowing tag / print / "
        "archive paths"
    )
    listing_path = BASE

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 10, 7, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 350 + (n - i) * 3
            a.path = f"{BASE}/{alias(a)}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.time_printed = True  # <time datetime> always carries the time
            a.extra["tabs"] = i % 2 == 0
            a.extra["budget"] = i % 4 == 1
            if i % 3 == 0:
                ev = (a.published + dt.timedelta(days=3 + i % 5)).replace(hour=9, minute=0)
                line = (
                    f"{OFFICE} ขอเชิญพุทธศาสนิกชนร่วมกิจกรรมดังกล่าว ซึ่งจัดขึ้นในวันที่ "
                    f"{ev.day} {MONTHS[ev.month - 1]} {be(ev)} เวลา 09.00 น. ณ "
                    f"{EVENT_PLACES[i % len(EVENT_PLACES)]} โดยไม่เสียค่าใช้จ่ายใดๆ"
                )
                a.paras.insert(0, line)
                a.extra["event"] = line
            if a.modified and a.modified > NOW - dt.timedelta(hours=2):
                a.modified = a.published + dt.timedelta(hours=3 + a.id % 9, minutes=a.id % 47)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [BASE, f"{BASE}?start={PER}", f"{BASE}?start={2 * PER}"]

    def deleted_paths(self):
        return [f"{BASE}/{DELETED_ID}-pr-2567-{DELETED_ID}"]

    def robots(self):
        return (
            "User-agent: *\n"
            "Disallow: /administrator/\n"
            "Disallow: /cache/\n"
            "Disallow: /components/\n"
            "Disallow: /includes/\n"
            "Disallow: /language/\n"
            "Disallow: /libraries/\n"
            "Disallow: /modules/\n"
            "Disallow: /plugins/\n"
            "Disallow: /tmp/\n"
            "Disallow: /index.php/component/\n"
            "Disallow: /index.php/archive\n"
        )

    # ------------------------------------------------------------------ chrome
    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 7, 11)]

    def latest(self):
        return self.articles[:5]

    def shell(self, title, crumbs, main_html, body_class):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.latest()
        )
        crumb_html = '<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li>' + "".join(
            (
                f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{href}" class="pathway"><span>{esc(t)}</span></a></li>'
                if href
                else f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(t)}</span></li>'
            )
            for t, href in crumbs
        )
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xmlns="http://www.w3.org/1999/xhtml" lang="th-th"
    dir="ltr">
<head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta charset="utf-8">
	<meta name="generator" content="Powered by Website Builder Gridbox">
	<title>{esc(title)} - {OFFICE}</title>
	<link href="/index.php/news-pr?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{CAT}">
	<link href="/templates/gridbox/css/gridbox.css?2.19.0" rel="stylesheet">
	<link href="/templates/gridbox/css/storage/responsive.css?1709712000" rel="stylesheet">
	<link href="/templates/gridbox/css/storage/style-11.css?1709712000" rel="stylesheet">
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script src="/components/com_gridbox/libraries/bootstrap/bootstrap.js?2.19.0"></script>
	<script src="/templates/gridbox/js/gridbox.js?2.19.0"></script>
    <style type="text/css">[gridbox-plugins-css]</style>
    <script>
        var JUri = '/',
            breakpoints = {{"laptop":1200,"tablet":768,"tablet-portrait":768,"phone":420,"phone-portrait":320}},
            menuBreakpoint = '1024' * 1,
            disableResponsive = false,
            gridboxVersion = '2.19.0',
            themeData = {{"id":0,"theme":11,"page":{{"option":"com_content","view":"article","id":"0"}}}};
    </script>
</head>
<body class="com_content {body_class}">
    <div class="ba-overlay"></div>
    <header class="header ">
        <div class="ba-wrapper"><div class="ba-section row-fluid" id="item-1709620001"><div class="ba-overlay"></div><div class="ba-section-items">
        <div class="ba-row-wrapper ba-container"><div class="ba-row row-fluid" id="item-1709620002"><div class="ba-overlay"></div>
        <div class="column-wrapper"><div class="ba-grid-column-wrapper ba-col-4" data-span="4"><div class="ba-grid-column" id="item-1709620003">
        <div class="ba-item-logo ba-item" id="item-1709620004"><a href="/"><img src="/images/logo-onab-ks.png" alt="{OFFICE}"></a></div>
        </div></div>
        <div class="ba-grid-column-wrapper ba-col-8" data-span="8"><div class="ba-grid-column" id="item-1709620005">
        <div class="ba-item-main-menu ba-item" id="item-1709620006"><div class="ba-menu-wrapper ba-hamburger-menu"><div class="main-menu"><div class="integration-wrapper">
        <ul class="nav menu mod-list"><li class="item-101 default"><a href="/">หน้าหลัก</a></li><li class="item-112"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="item-113 current active"><a href="{BASE}">{CAT}</a></li><li class="item-114"><a href="/index.php/archive">คลังข่าวเก่า</a></li><li class="item-115"><a href="/index.php/contact">ติดต่อเรา</a></li></ul>
        </div></div></div></div>
        </div></div></div></div></div>
        </div></div></div>
    </header>
    <div class="body">
            <div class="row-fluid ba-container module-position">
                <div class="ba-col-12 ba-module-position">
                    <div class="breadcrumbs">
                        <div class="ba-module-wrapper"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2">{crumb_html}</ol></nav></div>
                    </div>
                </div>
            </div>

        <div class="row-fluid main-body module-position">
                <div class="sidebar-left ba-col-3 ba-module-position">
                    <div class="ba-module-wrapper moduletable"><h3 class="ba-module-title">{LATEST}</h3><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
                    <div class="ba-module-wrapper moduletable"><h3 class="ba-module-title">{LOGIN}</h3><form id="login-form-16" class="mod-login" action="/index.php/news-pr" method="post"><div class="mod-login__userdata userdata"><label for="modlgn-username-16">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control"><label for="modlgn-passwd-16">รหัสผ่าน</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control"><button type="submit" name="Submit" class="btn btn-primary w-100">{LOGIN}</button></div><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form></div>
                    <div class="ba-module-wrapper moduletable"><h3 class="ba-module-title">{COUNTER}</h3><div class="mod-counter"><p>วันนี้ 128 คน</p><p>เดือนนี้ 4,511 คน</p><p>ทั้งหมด 219,846 คน</p></div></div>
                </div>

            <div class="ba-col-9">
                <div id="system-message-container" aria-live="polite"></div>
{main_html}
            </div>
        </div>
    </div>
    <footer class="footer">
        <div class="ba-wrapper"><div class="ba-section row-fluid" id="item-1709620101"><div class="ba-section-items"><div class="ba-row-wrapper ba-container"><div class="ba-row row-fluid"><div class="column-wrapper"><div class="ba-grid-column-wrapper ba-col-12"><div class="ba-grid-column">
        <div class="ba-item-text ba-item"><div class="content-text"><p>{OFFICE} ถนนกาฬสินธุ์ อำเภอเมืองกาฬสินธุ์ จังหวัดกาฬสินธุ์ 46000 โทร. 0 4381 1234</p><p>Powered by Website Builder Gridbox</p></div></div>
        </div></div></div></div></div></div></div>
    </footer>
    <div class="ba-cookies notification-bar-bottom"><div class="ba-notification-message"><p>{COOKIE} <a href="/index.php/privacy">นโยบายคุกกี้</a></p><a class="ba-btn-transition accept-cookies">ยอมรับ</a></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def info_line(self, a):
        d = a.published
        return (
            f'<dl class="article-info text-muted"><dt class="article-info-term">{DETAILS}</dt>'
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<span class="ba-rel-date" title="{full_time(d)}">เผยแพร่: {rel(d)}</span></dd>'
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span>ฮิต: {a.views}</dd></dl>'
        )

    def render_listing(self, start: int):
        pages = paginate(self.articles, PER)
        last = len(pages)
        page = start // PER + 1
        if page > last:  # JModelList::getStart(): past the end -> the last page
            page = last
        if page < 1:
            page = 1
        items = []
        for k, a in enumerate(pages[page - 1]):
            intro = esc(a.paras[0][:220]) + "…"
            items.append(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<figure class="left item-image"><a href="{a.path}" itemprop="url"><img src="/images/news/{a.id}/thumb.jpg" itemprop="thumbnailUrl" alt="" width="300" height="200" loading="lazy"></a></figure>
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info_line(a)}
<p>{intro}</p>
<p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านต่อ: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านต่อ …</a></p>
</div>
</div>""")
            if page == 2 and k == 3:
                items.append(f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{self.deleted_paths()[0]}" itemprop="url">{esc(DELETED_TITLE)}</a></h2></div>
<p class="readmore"><a class="btn btn-secondary" href="{self.deleted_paths()[0]}"><span class="icon-lock" aria-hidden="true"></span> ลงทะเบียนเพื่ออ่านต่อ …</a></p>
</div>
</div>""")

        def href(p):
            return BASE if p == 1 else f"{BASE}?start={(p - 1) * PER}"

        lis = []
        if page > 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{href(1)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{href(page - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
            )
        for p in range(1, last + 1):
            if p == page:
                lis.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {p}" href="#" class="page-link">{p}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {p}" href="{href(p)}" class="page-link">{p}</a></li>'
                )
        if page < last:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{href(page + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{href(last)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        older = f"{BASE}?start={max(start, (page - 1) * PER) + PER}"
        main_html = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>{CAT}</h1></div>
<div class="com-content-category-blog__items blog-items ">
{chr(10).join(items)}
</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {page} จาก {last}</p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">
{chr(10).join(lis)}
</ul></nav>
</div>
<div class="ba-older-news"><a class="ba-btn-transition" href="{older}">ข่าวเก่ากว่า »</a></div>
</div>
</div>"""
        crumbs = [("หน้าหลัก", "/"), (CAT, None)]
        return self.html_response(
            self.shell(CAT, crumbs, main_html, "category com-content-category-blog")
        )

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        out = []
        for k, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if k == 1 and a.extra["budget"]:
                rows = "".join(
                    f'<tr><td>{i + 1}. {esc(t)}</td><td style="text-align: right;">{v}</td></tr>'
                    for i, (t, v) in enumerate(BUDGET)
                )
                out.append(
                    "<p>โดยโครงการดังกล่าวได้รับการจัดสรรงบประมาณ ดังนี้</p>"
                    '<table class="table table-bordered" style="width: 90%;"><thead><tr><th>รายการ</th><th>จำนวนเงิน (บาท)</th></tr></thead>'
                    f'<tbody>{rows}<tr><td><strong>รวมทั้งสิ้น</strong></td><td style="text-align: right;"><strong>97,850</strong></td></tr></tbody></table>'
                )
            if k == 0:
                out.append(
                    f'<p style="text-align: center;"><img src="/images/news/{a.id}/01.jpg" alt="" width="800" height="533" loading="lazy"></p>'
                )
        if a.source:
            out.append(
                f'<p style="text-align: right;"><strong>{a.extra["src_label"]} : {esc(a.source)}</strong></p>'
            )
        return "\n".join(out)

    def tabs_html(self, a, text) -> str:
        t1, t2, t3 = (f"{a.id}-{k}" for k in (1, 2, 3))
        gallery = "".join(
            f'<figure class="gallery-item"><a href="/images/news/{a.id}/{k:02d}.jpg"><img src="/images/news/{a.id}/thumbs/{k:02d}.jpg" alt="" loading="lazy"></a><figcaption>ภาพที่ {k} บรรยากาศการจัดกิจกรรม</figcaption></figure>'
            for k in range(1, 5)
        )
        docs = (
            f'<ul class="docs"><li><a href="/images/docs/{a.id}-1.pdf" target="_blank">{DOWNLOAD} (PDF)</a></li>'
            f'<li><a href="/images/docs/{a.id}-2.pdf" target="_blank">{DOWNLOAD} (PDF)</a></li></ul>'
        )

        def tab(tid, name, active):
            cls = " active" if active else ""
            return (
                f'<li class="nav-item rl_tabs-tab nn_tabs-tab{cls}"><a href="#{tid}" class="nav-link rl_tabs-toggle nn_tabs-toggle{cls}" id="tab-{tid}" data-toggle="tab" data-id="{tid}" role="tab" aria-controls="{tid}" aria-selected="{"true" if active else "false"}">'
                f'<span class="rl_tabs-toggle-inner nn_tabs-toggle-inner">{name}</span></a></li>'
            )

        def pane(tid, name, body, active):
            cls = " active" if active else ""
            return (
                f'<div class="tab-pane rl_tabs-pane nn_tabs-pane{cls}" id="{tid}" role="tabpanel" aria-labelledby="tab-{tid}" aria-hidden="{"false" if active else "true"}">'
                f'<h2 class="rl_tabs-title nn_tabs-title"><a id="anchor-{tid}" class="anchor"></a>{name}</h2>\n{body}\n</div>'
            )

        return f"""<div class="rl_tabs nn_tabs outline_handles outline_content top align_left" role="presentation">
<!--googleoff: index-->
<a id="rl_tabs-scrollto_{a.id}" class="anchor rl_tabs-scroll nn_tabs-scroll"></a>
<ul class="nav nav-tabs" id="set-rl_tabs-{a.id}" role="tablist">{tab(t1, TAB_TEXT, True)}{tab(t2, TAB_GALLERY, False)}{tab(t3, TAB_DOCS, False)}</ul>
<!--googleon: index-->
<div class="tab-content">
{pane(t1, TAB_TEXT, text, True)}
{pane(t2, TAB_GALLERY, '<div class="rl-gallery">' + gallery + "</div>", False)}
{pane(t3, TAB_DOCS, docs, False)}
</div></div>"""

    def render_article(self, a):
        d = a.published
        newer, older = self.neighbours(a)
        text = self.text_html(a)
        if a.extra["tabs"]:
            text = self.tabs_html(a, text)
        u = f"https://www.kalasin.onab.go.th{a.path}"
        share = (
            f'<div class="share-bar"><span>{SHARE} :</span> <a href="https://www.facebook.com/sharer.php?u={u}" target="_blank" rel="noopener">Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener">LINE</a> '
            f'<a href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener">X</a> '
            f'<a href="/index.php/component/content/article/{a.id}?tmpl=component&amp;print=1" rel="nofollow" onclick="window.open(this.href,\'win2\',\'width=720,height=600\'); return false;">พิมพ์</a></div>'
        )
        mod = ""
        if a.modified:
            m = a.modified
            mod = (
                f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
                f'<time datetime="{m.isoformat()}" itemprop="dateModified" title="{full_time(m)}">ปรับปรุงล่าสุด: {rel(m)}</time></dd>'
            )
        info = (
            f'<dl class="article-info text-muted"><dt class="article-info-term">{DETAILS}</dt>'
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">งานประชาสัมพันธ์</span></dd>'
            f'<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{BASE}" itemprop="genre">{CAT}</a></dd>'
            f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span>'
            f'<time datetime="{d.isoformat()}" itemprop="datePublished" title="{full_time(d)}">เผยแพร่: {rel(d)}</time></dd>'
            f"{mod}"
            f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</dd></dl>'
        )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{k + 2} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/{k + 2}-tag{k + 2}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = '<nav class="pagenavigation" aria-label="นำทางหน้า"><span class="pagination ms-0">'
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        rel_items = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a)
        )
        main_html = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">
{text}
{share}
</div>
{info}
{tags}
{nav}
</div>
<div class="ba-module-wrapper moduletable"><h3 class="ba-module-title">{RELATED}</h3><ul class="mod-relateditems relateditems mod-list">{rel_items}</ul></div>"""
        crumbs = [("หน้าหลัก", "/"), (CAT, BASE), (a.title, None)]
        return self.html_response(self.shell(a.title, crumbs, main_html, "article"))

    def render_print(self, a):
        return self.html_response(f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><title>{esc(a.title)} - {OFFICE}</title></head>
<body class="contentpane modal com_content">
<div class="com-content-article item-page"><div class="page-header"><h1>{esc(a.title)}</h1></div>
<div class="com-content-article__body">{self.text_html(a)}</div>
<p>เผยแพร่: {full_time(a.published)}</p></div>
<script>window.print();</script>
</body></html>""")

    def render_tag(self, tid):
        items = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles
            if any(k + 2 == tid for k, _ in enumerate(a.tags))
        )
        main_html = f'<div class="com-tags-tag tag-category"><h1>แท็ก</h1><ul class="category list-group">{items}</ul></div>'
        return self.html_response(
            self.shell("แท็ก", [("หน้าหลัก", "/"), ("แท็ก", None)], main_html, "tag")
        )

    def render_no_access(self):
        main_html = f"""<div id="system-message"><joomla-alert type="warning" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">{NO_ACCESS}</div></div></joomla-alert></div>
<div class="com-users-login login">
<div class="page-header"><h1>{LOGIN}</h1></div>
<form action="/index.php?option=com_users&amp;task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" class="form-control" required></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" class="form-control" required></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">{LOGIN}</button></div></div></fieldset>
</form>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a><a class="com-users-login__remind list-group-item" href="/index.php/component/users/remind">ลืมชื่อผู้ใช้?</a></div>
</div>"""
        return self.html_response(
            self.shell(LOGIN, [("หน้าหลัก", "/"), (LOGIN, None)], main_html, "login")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = path.rstrip("/") or "/"
        if path in ("/", "/index.php"):
            return 303, {"Location": f"{base}{BASE}"}, b""
        if path == BASE:
            s = query.get("start", query.get("limitstart", ["0"]))[0]
            start = int(s) if s.isdigit() else 0
            return self.render_listing(start)
        if path.startswith(f"{BASE}/"):
            slug = path[len(BASE) + 1 :]
            head = slug.split("-", 1)[0]
            if head.isdigit():
                aid = int(head)
                if aid == DELETED_ID:
                    return self.render_no_access()
                a = self.by_id.get(aid)
                if a is not None:
                    return self.render_article(a)
            return None
        if path.startswith("/index.php/component/content/article/"):
            head = path.rsplit("/", 1)[1]
            a = self.by_id.get(int(head)) if head.isdigit() else None
            return self.render_print(a) if a else None
        if path.startswith("/index.php/component/tags/tag/"):
            head = path.rsplit("/", 1)[1].split("-", 1)[0]
            return self.render_tag(int(head)) if head.isdigit() else None
        if path == "/index.php/archive":
            items = "".join(
                f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles
            )
            return self.html_response(
                self.shell(
                    "คลังข่าวเก่า",
                    [("หน้าหลัก", "/"), ("คลังข่าวเก่า", None)],
                    f'<div class="com-content-archive archive"><h1>คลังข่าวเก่า</h1><ul>{items}</ul></div>',
                    "archive",
                )
            )
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = html.unescape(self.render_article(a)[2].decode("utf-8"))
            newer, older = self.neighbours(a)
            must_not = [
                f"ฮิต: {a.views}",
                "เผยแพร่:",
                rel(a.published),
                "ปรับปรุงล่าสุด:",
                "เขียนโดย:",
                DETAILS,
                SHARE,
                RELATED,
                LATEST,
                COUNTER,
                "ทั้งหมด 219,846 คน",
                COOKIE,
                TAB_TEXT,
                TAB_GALLERY,
                TAB_DOCS,
                DOWNLOAD,
                "Powered by Website Builder Gridbox",
                *(x.title for x in self.related(a)),
                *(x.title for x in self.latest() if x is not a),
                *(x.title for x in (newer, older) if x),
            ]
            must_not = [s for s in must_not if s in page]
            if a.extra["budget"]:  # (lead's review: the table is the article's own text, and
                # its "เอกสารประกอบการอบรม" holds the documents tab's label)
                table = " ".join(f"{t} {v}" for t, v in BUDGET)
                must_not = [s for s in must_not if s not in table]
            rec = expected_record(a, must_not=must_not)
            if a.extra["budget"]:
                rec["body_must"].append(BUDGET_PHRASE)
            ev = "ขอเชิญพุทธศาสนิกชนร่วมกิจกรรมดังกล่าว"
            if "event" in a.extra and ev not in rec["body_must"]:
                rec["body_must"].append(ev)
            out.append(rec)
        return out


SITE = GridboxSite()

if __name__ == "__main__":
    main(SITE)
