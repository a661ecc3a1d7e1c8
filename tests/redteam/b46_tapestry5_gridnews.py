"""Blind-46 red-team site (part A): **Apache Tapestry 5.4 (Java, Tomcat) news application**
of a regional skill-development centre, built blind.  The hard one of the pair.

What it imitates:
- Tapestry page URLs with an activation context `/news/view/N`; the listing `/news` is a
  core `Grid` (`table.t-data-grid`, `th.t-first` / `td.title` / `td.publishDate` /
  `td.hits`) whose **pager is a component event link** `/news.grid.pager/2` (the `GridPager`
  inside the grid `grid`: page name, dot, nested component ids, then the page number as the
  event context); `div.t-data-grid-pager` with `span.current`;
  generator "Apache Tapestry Framework (version 5.4.5)", `/assets/meta/z…/tapestry5/`
  require.js, `data-page-initialized`, `data-component-type` attributes;
- the listing row prints the headline link in one column and the date alone in another
  ("๕ มี.ค. ๖๗", Thai digits, two-digit BE year), hits in a third;
- the article page: `<title>` is the application name on every page; the `h1.page-title`
  holds a **shortened headline** (cut at 48 characters with "…") and the full headline is in
  `p.title` under it; the date is **split across spans** — `span.d` / `span.m` / `span.y`
  (Thai digits, full month, BE year) and, on some, `span.t` "เวลา ๑๔.๒๐ น." — no machine
  date anywhere; the counter is a `span[data-hits]` the page script re-fills, printing the
  number in Thai digits ("ผู้เข้าชม ๑,๒๓๔ ครั้ง"); "ปรับปรุงล่าสุด" (Thai digits, time)
  only on edited items, below the text;
- the text in `div.news-detail` as `<p>`s; on some an **office sign-off**: a right-aligned
  `<p>` with the office name and a phone line under it (the source), on others nothing;
  an image with caption on some, an attachment line on some;
- furniture inside `div.news-detail`'s box: font-size buttons, print, LINE / Facebook share,
  "ข่าวก่อนหน้า / ข่าวถัดไป" with titles, "ข่าวอื่น ๆ" list; side column latest news,
  site counter, footer; breadcrumb ending in the short headline.
Deleted: `/news/view/1190`, linked from page 2 — answers 200 with the page template and
"ไม่พบข้อมูลข่าว รหัส ๑๑๙๐" (Tapestry page with an empty activation result).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

APP = "ระบบข่าวประชาสัมพันธ์ ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์"
OFFICE = "ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์"
LIST = "/news"
PER = 10
ASSETS = "/assets/meta/z5e1a7c3b"
SIGNOFFS = [
    ("งานประชาสัมพันธ์ ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์", "โทร. ๐ ๕๖๒๒ ๗๑๔๕"),
    None,
    ("กลุ่มงานพัฒนาฝีมือแรงงาน ศูนย์พัฒนาฝีมือแรงงานจังหวัดนครสวรรค์", "โทร. ๐ ๕๖๒๒ ๗๑๔๖ ต่อ ๑๒"),
    None,
    None,
    ("สำนักงานแรงงานจังหวัดนครสวรรค์", "โทรศัพท์ ๐ ๕๖๘๐ ๓๑๐๐"),
]
DELETED_ID = 1190
DELETED = f"/news/view/{DELETED_ID}"
NOT_FOUND = f"ไม่พบข้อมูลข่าว รหัส {thai_digits(DELETED_ID)}"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๒๓๔,๑๙๘ คน"
FOOTER = "ถนนพหลโยธิน ตำบลนครสวรรค์ตก อำเภอเมืองนครสวรรค์ จังหวัดนครสวรรค์ ๖๐๐๐๐"
OTHER = "ข่าวอื่น ๆ"
SHORT = 48


def short(t: str) -> str:
    return t if len(t) <= SHORT else t[:SHORT].rstrip() + "…"


def list_date(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗' (Thai digits, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def thai_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


class TapestrySite(BaseSite):
    key = "b46_tapestry5_gridnews"
    family = "generic"
    imitates = "Apache Tapestry 5.4 (Java/Tomcat) news app of a provincial skill-development centre: /news/view/N (activation context); listing /news is a core Grid (table.t-data-grid, headline link in td.title, the date alone in td.publishDate as '๕ มี.ค. ๖๗', hits column) paged by GridPager component event links /news.grid.pager/N (div.t-data-grid-pager, span.current); generator 'Apache Tapestry Framework (version 5.4.5)', /assets/meta/z…/tapestry5/require.js; <title> = application name everywhere; h1.page-title = headline cut at 48 chars with '…', full headline only in p.title; date split over span.d / span.m / span.y (Thai digits, BE) plus span.t 'เวลา ๑๔.๒๐ น.' on some, no machine date; hits in span[data-hits] refilled by script, printed in Thai digits; 'ปรับปรุงล่าสุด' only on edited items; office sign-off as a right-aligned <p> with the office and a phone line on some; font-size / print / LINE share, prev/next with titles, 'ข่าวอื่น ๆ' inside the box; deleted = 200 template with 'ไม่พบข้อมูลข่าว'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 29, 16, 30, tzinfo=TZ), offset=905
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1214 - i - (i // 4)
            if a.id == DELETED_ID:
                a.id = 1188
            a.path = f"/news/view/{a.id}"
            so = SIGNOFFS[i % len(SIGNOFFS)]
            a.source = so[0] if so else None
            a.extra["phone"] = so[1] if so else ""
            a.tags = []
            a.views = 23 + (i * 389) % 5200
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}.grid.pager/{k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, crumb, page_name):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(short(a.title))}</a> <small>({list_date(a.published)})</small></li>'
            for a in self.articles[:5]
        )
        crumbs = "".join(
            f'<li><a href="{h}">{esc(t)}</a></li>' if h else f'<li class="active">{esc(t)}</li>'
            for t, h in crumb
        )
        return f"""<!DOCTYPE html>
<html lang="th" data-debug-enabled="false" data-page-initialized="false" data-locale="th">
<head>
<meta name="generator" content="Apache Tapestry Framework (version 5.4.5)">
<meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{APP}</title>
<link type="text/css" rel="stylesheet" href="{ASSETS}/tapestry5/bootstrap/css/bootstrap.css">
<link type="text/css" rel="stylesheet" href="{ASSETS}/tapestry5/tapestry.css">
<link type="text/css" rel="stylesheet" href="{ASSETS}/tapestry5/exception-frame.css">
<link type="text/css" rel="stylesheet" href="{ASSETS}/tapestry5/tapestry-console.css">
<link type="text/css" rel="stylesheet" href="{ASSETS}/tapestry5/tree.css">
<link type="text/css" rel="stylesheet" href="/assets/ctx/7d3f10aa/css/site.css">
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/news.rss">
</head>
<body data-page-name="{page_name}">
<div class="topbar"><div class="container"><span class="gov-logo"><img src="/assets/ctx/7d3f10aa/images/dsd-logo.png" alt="กรมพัฒนาฝีมือแรงงาน"></span> <span class="site-name">{OFFICE}</span> <span class="ministry">กระทรวงแรงงาน</span></div></div>
<nav class="navbar navbar-default" role="navigation"><div class="container"><ul class="nav navbar-nav"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับศูนย์</a></li><li class="active"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li><a href="/course">หลักสูตรฝึกอบรม</a></li><li><a href="/procure">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul>
<form data-component-type="core/Form" data-validate="submit" class="navbar-form navbar-right" action="/index.searchform" method="post" id="searchForm"><input value="H4sIAAAAAAAAAJVQsU4CQRB9YCCoWEhiZ6H1Xq9WGhJNdAxJbMhcb3HAudu9ulzZI" name="t:formdata" type="hidden"><input class="form-control" name="q" id="q" type="text" placeholder="ค้นหาข่าว"><button class="btn btn-default" type="submit">ค้นหา</button></form></div></nav>
<div class="container"><ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>{crumbs}</ol>
<div class="row"><div class="col-md-9 main-col">
{content}
</div>
<div class="col-md-3 side-col"><div class="panel panel-default"><div class="panel-heading">ข่าวล่าสุด</div><div class="panel-body"><ul class="latest">{latest}</ul></div></div>
<div class="panel panel-default"><div class="panel-heading">สถิติ</div><div class="panel-body"><p class="site-counter">{COUNTER}</p></div></div></div>
</div></div>
<footer class="footer"><div class="container"><p>{OFFICE} {FOOTER}</p><p>โทรศัพท์ ๐ ๕๖๒๒ ๗๑๔๕ โทรสาร ๐ ๕๖๒๒ ๗๑๔๗</p><p class="powered">Copyright &copy; ๒๕๖๗ กรมพัฒนาฝีมือแรงงาน</p></div></footer>
<script src="{ASSETS}/tapestry5/requirejs-2.1.17.js" type="text/javascript"></script>
<script type="text/javascript">require.config({{"baseUrl":"{ASSETS}","shim":{{"t5/core/typeahead":["jquery"]}}}});</script>
<script type="text/javascript">require(["t5/core/pageinit"], function (pageinit) {{ pageinit(["{ASSETS}/tapestry5/underscore-1.8.3.js","{ASSETS}/tapestry5/t53-compatibility.js"], [["t5/core/forms"],["hits-counter"]]); }});</script>
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(
                f'<tr class="{"odd" if j % 2 == 0 else "even"}"><td class="no t-first">{thai_digits(k * PER + j + 1)}</td><td class="title"><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></td><td class="publishDate">{list_date(a.published)}</td><td class="hits t-last">{thai_digits(f"{a.views:,}")}</td></tr>'
            )
            if k == 1 and j == 6:
                rows.append(
                    f'<tr class="{"even" if j % 2 == 0 else "odd"}"><td class="no t-first">-</td><td class="title"><a href="{DELETED}">ประกาศผลการสอบวัดระดับฝีมือแรงงาน สาขาช่างไฟฟ้าภายในอาคาร</a></td><td class="publishDate">{list_date(a.published)}</td><td class="hits t-last">๐</td></tr>'
                )
        pager = []
        if k:
            pager.append(f'<a href="{self.page_url(k - 1)}" title="หน้าก่อนหน้า">«</a>')
        for j in range(n):
            pager.append(
                f'<span class="current">{j + 1}</span>'
                if j == k
                else f'<a href="{self.page_url(j)}" title="ไปหน้า {j + 1}">{j + 1}</a>'
            )
        if k < n - 1:
            pager.append(f'<a href="{self.page_url(k + 1)}" title="หน้าถัดไป">»</a>')
        content = f"""<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
<div data-container-type="zone" id="gridZone">
<div class="t-data-grid">
<div class="t-data-grid-pager">{" ".join(pager)}</div>
<table data-grid-id="grid" class="table table-bordered table-striped t-data-grid">
<thead><tr><th class="no t-first" data-grid-property="no">ลำดับ</th><th class="title" data-grid-property="title"><a rel="nofollow" data-update-zone="^" href="/news.grid.columns:sort/title">หัวข้อข่าว</a></th><th class="publishDate t-sort-column-descending" data-grid-property="publishDate"><a rel="nofollow" href="/news.grid.columns:sort/publishDate">วันที่</a></th><th class="hits t-last" data-grid-property="hits">อ่าน</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
<div class="t-data-grid-pager">{" ".join(pager)}</div>
</div>
</div>
<p class="grid-summary">ทั้งหมด {thai_digits(len(self.articles))} รายการ หน้า {thai_digits(k + 1)}/{thai_digits(n)}</p>"""
        return self.shell(content, [("ข่าวประชาสัมพันธ์", "")], "news")

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
            self.articles[i - 1] if i > 0 else None,
        )

    def others(self, a):
        return [x for x in self.articles if x is not a][:4]

    def article(self, a):
        p = a.published
        when = (
            f'<span class="lbl">วันที่</span> <span class="d">{thai_digits(p.day)}</span> '
            f'<span class="m">{MONTHS[p.month - 1]}</span> <span class="y">{thai_digits(be(p))}</span>'
        )
        if a.time_printed:
            when += f' <span class="t">เวลา {thai_time(p)}</span>'
        body = ""
        for j, x in enumerate(a.paras):
            body += f'<p class="indent">{esc(x)}</p>\n'
            if j == 0 and a.extra["image"]:
                body += f'<div class="news-img"><img src="/upload/news/{a.id}/img_01.jpg" class="img-responsive" alt=""><p class="caption">ภาพประกอบข่าว</p></div>\n'
        if a.source:
            body += f'<p style="text-align:right" class="signoff">{esc(a.source)}<br>{a.extra["phone"]}</p>\n'
        if a.extra["file"]:
            body += f'<div class="attach"><a href="/upload/news/{a.id}/doc_01.pdf" target="_blank"><img src="/assets/ctx/7d3f10aa/images/pdf.gif" alt=""> เอกสารแนบ</a></div>\n'
        mod = (
            f'<p class="updated">ปรับปรุงล่าสุด : {thai_digits(f"{a.modified.day}/{a.modified.month}/{be(a.modified)} {a.modified:%H:%M}")} น.</p>'
            if a.modified
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<div class="news-nav clearfix">'
        if older:
            nav += f'<a class="pull-left" href="{older.path}">&laquo; ข่าวก่อนหน้า : {esc(older.title)}</a>'
        if newer:
            nav += f'<a class="pull-right" href="{newer.path}">ข่าวถัดไป : {esc(newer.title)} &raquo;</a>'
        nav += "</div>"
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="text-muted">{list_date(x.published)}</span></li>'
            for x in self.others(a)
        )
        content = f"""<h1 class="page-title">{esc(short(a.title))}</h1>
<div class="news-box panel panel-default"><div class="panel-body">
<p class="title"><strong>{esc(a.title)}</strong></p>
<div class="news-meta"><span class="date">{when}</span> | <span class="view">ผู้เข้าชม <span class="hitcount" data-hits="{a.views}" data-news-id="{a.id}">{thai_digits(f"{a.views:,}")}</span> ครั้ง</span></div>
<div class="tools"><span class="fontsize">ขนาดตัวอักษร <a href="#" data-size="-1">ก-</a> <a href="#" data-size="0">ก</a> <a href="#" data-size="1">ก+</a></span> <a href="/news/print/{a.id}" target="_blank" rel="nofollow" class="print">พิมพ์ข่าวนี้</a> <a href="https://social-plugins.line.me/lineit/share?url=/news/view/{a.id}" class="line-share">ส่งต่อทาง LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u=/news/view/{a.id}" class="fb-share">แชร์ Facebook</a></div>
<div class="news-detail">
{body}</div>
{mod}
{nav}
<div class="other-news"><h4>{OTHER}</h4><ul>{others}</ul></div>
</div></div>"""
        return self.shell(content, [("ข่าวประชาสัมพันธ์", LIST), (short(a.title), "")], "news/View")

    def not_found(self):
        content = f"""<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>
<div class="news-box panel panel-default"><div class="panel-body"><div class="alert alert-warning">{NOT_FOUND}</div><p><a href="{LIST}">&laquo; กลับหน้ารายการข่าว</a></p></div></div>"""
        return self.shell(content, [("ข่าวประชาสัมพันธ์", LIST)], "news/View")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        for k in range(len(self.pages)):
            if path == self.page_url(k):
                return self.html_response(self.listing(k))
        if path == DELETED:
            return self.html_response(self.not_found())
        if path.startswith("/news/view/"):
            rest = path[len("/news/view/") :]
            if rest.isdigit() and int(rest) in self.by_id:
                return self.html_response(self.article(self.by_id[int(rest)]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ขนาดตัวอักษร",
                "พิมพ์ข่าวนี้",
                "ส่งต่อทาง LINE",
                "แชร์ Facebook",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                OTHER,
                COUNTER,
                FOOTER,
                "กรมพัฒนาฝีมือแรงงาน",
                "ค้นหาข่าว",
            ]
            if a.extra["phone"]:
                must_not.append(a.extra["phone"])
            if a.modified:
                must_not.append("ปรับปรุงล่าสุด")
            if a.extra["file"]:
                must_not.append("เอกสารแนบ")
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = TapestrySite()

if __name__ == "__main__":
    main(SITE)
