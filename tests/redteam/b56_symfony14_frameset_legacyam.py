r"""Blind-56 red-team site (part A): a provincial natural-resources office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน-like) whose news system was written around 2011
on **symfony 1.4 + Doctrine** (front controller `index.php`, the default `/:module/:action/*`
routing: `/index.php/news/show/id/N`, `/index.php/news/index/page/N`; an `sfDoctrinePager`
partial) and is still shown inside the office's **old frameset home page**. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): symfony 1.x pager partials in public
repositories (`apps/frontend/modules/*/templates/_pagination.php`, `_pager.php`:
`$pager->haveToPaginate()`, `getLinks()`, `getPreviousPage()` / `getNextPage()`,
`url_for($route)?page=N`, the current page in `<strong>` or `li.active`), the `sfDoctrinePager`
/ `sfPager` classes and the symfony "How to paginate a list" chapter. The frameset shell, the
layout's `include_partial` counter printed after `</html>`, FCKeditor-era `<font>` / `<center>`
markup and old Thai fonts storing sara am as nikhahit + sara aa are from memory of Thai office
sites. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a frameset home page**: the listing address `/` is a `<frameset>` (top banner frame,
  left menu frame, `<frame name="main" src="/index.php/news">`) with a `<noframes>` notice and no
  link; the list lives only in the framed page, whose rows open articles with `target="main"`;
- **NEW: dates as office staff type them**: the article's date line is one of "วันพุธที่ 7
  กุมภาพันธุ์ 2567 เวลา 10.30 น." (a weekday before the date, **misspelled months**
  `กุมภาพันธุ์`, `มกรา`, a time with a dot), "7กุมภาพันธ์2567" (**run
  together**, no time), "7 กพ 67 เวลา 14.05 น." (**abbreviation without dots**, two-digit BE
  year); the list prints "7 กพ 67";
- **NEW: legacy sara am**: every second item's text (typed with an old font) writes `ำ` as
  nikhahit + sara aa (U+0E4D U+0E32); the expected phrases are in the standard form;
- **NEW: a robots.txt that disallows paths the pages link**: `/index.php/news/print/` (the
  "พิมพ์" twin of every article, full text), `/index.php/search/` and `/old/` (the previous
  system's archive, linked from the menu frame and the list, with five items of 2552 that are
  no records);
- **NEW: a listing that never ends**: the hand-written pager always links "ถัดไป »" to page+1;
  `/index.php/news/index/page/4` (and any page past the last) answers the last page again;
- **NEW: text after a premature `</body></html>`**: the layout's counter partial ("สถิติผู้เข้าชม",
  a Truehits-like badge) and a "ข่าวแนะนำ" ticker are printed after the closing tags; the article
  body is FCKeditor markup with `<font>` around `<p>`, `<center>` pictures and a table cell left
  open;
- view counter "เปิดอ่าน 1,234 ครั้ง"; sources "ข่าว/ภาพ :" / "ที่มา :" / "ข่าว :" as the last line
  (one in six none); no tags;
- furniture: "ข่าวประชาสัมพันธ์อื่น ๆ" (titles, dates), "พิมพ์" / "ส่งต่อ" / "กลับหน้ารวมข่าว",
  share "แชร์ : Facebook | Line", the same `<title>` everywhere;
- deleted item (linked from page 2): **200 with the template, empty headline and
  "ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกระงับการเผยแพร่แล้ว"** (a Doctrine record with `is_published = 0`).
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import unquote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    Article,
    BaseSite,
    be,
    corpus_files,
    esc,
    expected_record,
    load_text,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน"
TITLE = "ทสจ.น่าน :: ข่าวประชาสัมพันธ์"
PER = 8
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานประชาสัมพันธ์ สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    ("ข่าว", "ฝ่ายบริหารทั่วไป ทสจ.น่าน"),
    ("ข่าว/ภาพ", "ส่วนทรัพยากรธรรมชาติ ทสจ.น่าน"),
    ("ที่มา", "สำนักงานสิ่งแวดล้อมภาคที่ 2"),
    None,
]
# misspellings / short forms as typed by staff
MISSPELT = {
    1: "มกรา",
    2: "กุมภาพันธุ์",
    6: "มิถุนาย",
    11: "พฤษจิกายน",
    12: "ธันวาคน",
}
NODOT = ["มค", "กพ", "มีค", "เมย", "พค", "มิย", "กค", "สค", "กย", "ตค", "พย", "ธค"]
OTHER = "ข่าวประชาสัมพันธ์อื่น ๆ"
PRINT = "พิมพ์"
FORWARD = "ส่งต่อ"
BACK = "กลับหน้ารวมข่าว"
SHARE = "แชร์ : Facebook | Line"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 356,218 คน"
TICKER = "ข่าวแนะนำ : ขอเชิญร่วมกิจกรรมปลูกต้นไม้เฉลิมพระเกียรติ ณ อุทยานแห่งชาติขุนสถาน"
DELETED_ID = 1187
DELETED_TITLE = "ประกาศรับสมัครพนักงานราชการทั่วไป ตำแหน่งนักวิชาการสิ่งแวดล้อม"
NOT_FOUND = "ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกระงับการเผยแพร่แล้ว"


def legacy_am(s: str) -> str:
    return s.replace("\u0e33", "\u0e4d\u0e32")


def month_name(d: dt.datetime, misspell: bool) -> str:
    if misspell and d.month in MISSPELT:
        return MISSPELT[d.month]
    if misspell and d.month == 12:
        return "ธันวา"
    return MONTHS[d.month - 1]


def nodot(d: dt.datetime) -> str:
    """'7 กพ 67'"""
    return f"{d.day} {NODOT[d.month - 1]} {str(be(d))[-2:]}"


def dot_time(d: dt.datetime) -> str:
    return f"{d.hour}.{d.minute:02d} น."


class Sf14Site(BaseSite):
    key = "b56_symfony14_frameset_legacyam"
    family = "generic"
    imitates = (
        "provincial office news on symfony 1.4 + Doctrine (index.php/news/show/id/N) inside an "
        "old frameset home page: list only in the framed page; dates with weekdays, misspelled "
        "months (กุมภาพันธุ์, ธันวาคน), run-together '7กุมภาพันธ์2567', dotless '7 กพ 67', "
        "'10.30 น.'; legacy sara am (nikhahit + sara aa) in half the texts; robots.txt "
        "disallowing print twins, search and the old archive; a pager that never ends; counter "
        "and ticker after </html>"
    )
    listing_path = "/"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 2, 25, 16, 0, tzinfo=TZ), offset=140
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for a in arts:  # the source data in the standard form; legacy items are printed old-style
            a.paras = [p.replace("\u0e4d\u0e32", "\u0e33") for p in a.paras]
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1150 + (n - i) * 3
            a.path = f"/index.php/news/show/id/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = []
            a.modified = None
            form = ("weekday", "run", "nodot", "weekday_ok")[i % 4]
            a.extra["form"] = form
            if form == "run":
                a.time_printed = False
            elif form in ("weekday", "nodot"):
                a.time_printed = True
            # every second item typed with an old font (only texts with a long run holding ำ)
            a.extra["legacy"] = i % 2 == 0 and any(
                "\u0e33" in c and len(c) >= 12 for c in " ".join(a.paras).split()
            )
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        # the previous system's archive (2552): no records, disallowed by robots.txt
        files = corpus_files()
        self.old: list[Article] = []
        for k, f in enumerate(files[5:10]):
            t, p = load_text(f)
            self.old.append(
                Article(
                    id=300 + k,
                    title=t,
                    paras=p,
                    published=dt.datetime(2009, 6, 20 - k * 3, 10, 0, tzinfo=TZ),
                    time_printed=False,
                )
            )

    def listing_pages(self):
        return [
            "/",
            "/index.php/news",
            "/index.php/news/index/page/2",
            "/index.php/news/index/page/3",
        ]

    def deleted_paths(self):
        return [f"/index.php/news/show/id/{DELETED_ID}"]

    def robots(self):
        return (
            "User-agent: *\n"
            "Disallow: /index.php/news/print/\n"
            "Disallow: /index.php/search/\n"
            "Disallow: /old/\n"
            "Disallow: /backend.php/\n"
        )

    # ------------------------------------------------------------------ pieces
    def date_line(self, a) -> str:
        d = a.published
        form = a.extra["form"]
        if form == "weekday":
            return (
                f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {month_name(d, True)} {be(d)} เวลา {dot_time(d)}"
            )
        if form == "run":
            return f"{d.day}{MONTHS[d.month - 1]}{be(d)}"
        if form == "nodot":
            return f"{nodot(d)} เวลา {dot_time(d)}"
        # weekday_ok: a weekday, the month spelt right, time only where entered
        s = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {month_name(d, False)} {be(d)}"
        return s + (f" เวลา {dot_time(d)}" if a.time_printed else "")

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 4)]

    def page(self, inner: str) -> str:
        """The symfony layout of the framed pages; the counter partial after </html>."""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{TITLE}</title>
<link rel="stylesheet" type="text/css" media="screen" href="/css/main.css" />
<script type="text/javascript" src="/js/jquery-1.4.2.min.js"></script>
</head>
<body bgcolor="#F3FAF0">
<div id="sf-content">
{inner}
</div>
</body>
</html>
<!-- include_partial('global/counter') -->
<div class="counter" align="center"><font size="1" color="#666666">{COUNTER}</font><br />
<a href="http://truehits.net/stat.php?id=t0012345" target="_blank"><img src="http://hits.truehits.in.th/data/t0012345.gif" width="14" height="17" border="0" alt="Thailand Web Stat" /></a></div>
<marquee scrollamount="3" class="ticker"><font color="#006600">{TICKER}</font></marquee>
"""

    # ------------------------------------------------------------------ frames
    def frameset(self):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Frameset//EN" "http://www.w3.org/TR/html4/frameset.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{OFFICE}</title>
</head>
<frameset rows="140,*" frameborder="0" border="0" framespacing="0">
  <frame src="/top.html" name="topFrame" scrolling="no" noresize="noresize">
  <frameset cols="200,*" frameborder="0" border="0" framespacing="0">
    <frame src="/menu.html" name="leftFrame" scrolling="auto">
    <frame src="/index.php/news" name="main" scrolling="auto">
  </frameset>
</frameset>
<noframes>
<body>
<p>เว็บไซต์นี้แสดงผลด้วยเฟรม กรุณาใช้เบราว์เซอร์ที่รองรับเฟรม</p>
</body>
</noframes>
</html>
"""

    def top(self):
        return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{OFFICE}</title></head>
<body bgcolor="#2E7D32" topmargin="0" leftmargin="0"><table width="100%" height="130"><tr><td><img src="/images/banner_nan.jpg" width="980" height="130" alt="{OFFICE}"></td></tr></table></body></html>
"""

    def menu(self):
        return """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>เมนู</title></head>
<body bgcolor="#E8F5E9"><table width="190" cellpadding="3">
<tr><td bgcolor="#2E7D32"><font color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
<tr><td><a href="/index.php/about" target="main">ข้อมูลหน่วยงาน</a></td></tr>
<tr><td><a href="/index.php/news" target="main">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><a href="/index.php/procurement" target="main">จัดซื้อจัดจ้าง</a></td></tr>
<tr><td><a href="/old/news.php" target="main">ข่าวเก่า (ระบบเดิม)</a></td></tr>
<tr><td><a href="/index.php/search/index" target="main">ค้นหาข่าว</a></td></tr>
<tr><td><a href="/index.php/contact" target="main">ติดต่อเรา</a></td></tr>
</table></body></html>
"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, page: int):
        pages = paginate(self.articles, PER)
        last = len(pages)
        shown = min(max(page, 1), last)  # the action clamps: no page past the last
        rows = []
        for k, a in enumerate(pages[shown - 1]):
            no = (shown - 1) * PER + k + 1
            rows.append(
                f"""<tr bgcolor="{"#FFFFFF" if k % 2 else "#F1F8E9"}">
<td align="center">{no}</td>
<td><img src="/images/bullet.gif" /> <a href="/index.php/news/show/id/{a.id}" target="main">{esc(a.title)}</a></td>
<td align="center" nowrap="nowrap">{nodot(a.published)}</td>
<td align="center">{a.views:,}</td>
</tr>"""
            )
        if shown == 2:
            rows.insert(
                4,
                f"""<tr bgcolor="#FFFFFF">
<td align="center">-</td>
<td><img src="/images/bullet.gif" /> <a href="/index.php/news/show/id/{DELETED_ID}" target="main">{esc(DELETED_TITLE)}</a></td>
<td align="center" nowrap="nowrap">30 มค 67</td>
<td align="center">0</td>
</tr>""",
            )
        pager = ['<div class="pagination">']
        if shown > 1:
            pager.append('<a href="/index.php/news/index/page/1">« หน้าแรก</a>')
            pager.append(f'<a href="/index.php/news/index/page/{shown - 1}">‹ ก่อนหน้า</a>')
        for k in range(1, last + 1):
            if k == shown:
                pager.append(f"<strong>{k}</strong>")
            else:
                pager.append(f'<a href="/index.php/news/index/page/{k}">{k}</a>')
        # hand-written: always page+1
        pager.append(f'<a href="/index.php/news/index/page/{page + 1}">ถัดไป »</a>')
        pager.append("</div>")
        inner = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="head-bar"><img src="/images/icon_news.gif" /> <b>ข่าวประชาสัมพันธ์</b></td>
<td align="right"><form action="/index.php/search/index" method="get" target="main">ค้นหา <input type="text" name="q" size="15" /> <input type="submit" value="ค้นหา" /></form></td></tr>
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#C8E6C9" class="news-list">
<tr bgcolor="#81C784"><th width="6%">ที่</th><th>หัวข้อข่าว</th><th width="14%">วันที่</th><th width="10%">อ่าน</th></tr>
{chr(10).join(rows)}
</table>
{" ".join(pager)}
<p class="old-link"><a href="/old/news.php" target="main">» ข่าวประชาสัมพันธ์ย้อนหลัง (ก่อนปี 2554)</a></p>"""
        return self.html_response(self.page(inner))

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        paras = [legacy_am(p) if a.extra["legacy"] else p for p in a.paras]
        out = [f'<p style="text-indent: 40px;">{esc(paras[0])}</p>']
        out.append(
            f'<center><img src="/uploads/news/{a.id}/001.jpg" width="450" border="0" /></center>'
        )
        for k, p in enumerate(paras[1:]):
            if k % 2 == 0:
                out.append(
                    f'<font face="Tahoma" size="2"><p style="text-indent: 40px;">{esc(p)}</p></font>'
                )
            else:
                out.append(f'<p style="text-indent: 40px;"><font face="Tahoma">{esc(p)}</p>')
        if a.source:
            out.append(f'<p align="right"><b>{a.extra["src_label"]} : {esc(a.source)}</b></p>')
        return "\n".join(out)

    def render_article(self, a):
        others = "\n".join(
            f'<tr><td><img src="/images/bullet.gif" /> <a href="/index.php/news/show/id/{x.id}" target="main">{esc(x.title)}</a> <font color="#999999">({nodot(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        inner = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="head-bar"><img src="/images/icon_news.gif" /> <b>ข่าวประชาสัมพันธ์</b></td></tr>
</table>
<table width="100%" border="0" cellpadding="6" cellspacing="0" class="news-detail">
<tr><td><h2 class="news-title"><font color="#1B5E20">{esc(a.title)}</font></h2></td></tr>
<tr><td class="news-date"><font color="#666666" size="2">{self.date_line(a)} | เปิดอ่าน {a.views:,} ครั้ง</font></td></tr>
<tr><td class="news-body">
{self.body_html(a)}
<tr><td class="news-tools"><a href="/index.php/news/print/id/{a.id}" target="_blank"><img src="/images/print.gif" /> {PRINT}</a> | <a href="/index.php/news/forward/id/{a.id}" target="main">{FORWARD}</a> | {SHARE.replace("Facebook", f'<a href="http://www.facebook.com/sharer.php?u=http://www.nan.mnre.go.th/index.php/news/show/id/{a.id}" target="_blank">Facebook</a>')} | <a href="/index.php/news" target="main">{BACK}</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="3" cellspacing="0" class="other-news">
<tr><td bgcolor="#81C784"><b>{OTHER}</b></td></tr>
{others}
</table>"""
        return self.html_response(self.page(inner))

    def render_print(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        return self.html_response(
            f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{esc(a.title)}</title></head>
<body onload="window.print()"><h3>{esc(a.title)}</h3><p>{self.date_line(a)}</p>{body}
<p align="right">{a.extra["src_label"] or ""} : {esc(a.source or "")}</p></body></html>
"""
        )

    def render_deleted(self):
        inner = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td class="head-bar"><img src="/images/icon_news.gif" /> <b>ข่าวประชาสัมพันธ์</b></td></tr>
</table>
<table width="100%" border="0" cellpadding="6" cellspacing="0" class="news-detail">
<tr><td><h2 class="news-title"><font color="#1B5E20"></font></h2></td></tr>
<tr><td class="news-date"><font color="#666666" size="2"> | เปิดอ่าน 0 ครั้ง</font></td></tr>
<tr><td class="news-body"><center><font color="red">{NOT_FOUND}</font></center></td></tr>
<tr><td class="news-tools"><a href="/index.php/news" target="main">{BACK}</a></td></tr>
</table>"""
        return self.html_response(self.page(inner))

    def render_old_list(self):
        rows = "\n".join(
            f'<tr><td><a href="/old/news_detail.php?id={o.id}">{esc(o.title)}</a></td><td>{o.published.day}/{o.published.month}/{be(o.published)}</td></tr>'
            for o in self.old
        )
        return self.html_response(
            f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>ข่าวย้อนหลัง</title></head>
<body><h3>ข่าวประชาสัมพันธ์ย้อนหลัง (ระบบเดิม)</h3><table border="1" cellpadding="3">{rows}</table></body></html>
"""
        )

    def render_old_detail(self, o):
        body = "<br><br>".join(esc(p) for p in o.paras)
        d = o.published
        return self.html_response(
            f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>ข่าวย้อนหลัง</title></head>
<body><h3>{esc(o.title)}</h3><p>วันที่ {d.day} {MONTHS[d.month - 1]} {be(d)}</p><p>{body}</p></body></html>
"""
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", "/index.html", "/index.htm"):
            return self.html_response(self.frameset())
        if path == "/top.html":
            return self.html_response(self.top())
        if path == "/menu.html":
            return self.html_response(self.menu())
        if path in ("/index.php/news", "/index.php/news/", "/index.php/news/index"):
            page = query.get("page", ["1"])[0]
            return self.render_listing(int(page) if page.isdigit() else 1)
        m = re.fullmatch(r"/index\.php/news/index/page/(\d+)/?", path)
        if m:
            return self.render_listing(int(m[1]))
        m = re.fullmatch(r"/index\.php/news/(show|print)/id/(\d+)/?", path)
        if m:
            a = self.by_id.get(int(m[2]))
            if a is None:
                return self.render_deleted()
            return self.render_print(a) if m[1] == "print" else self.render_article(a)
        if path == "/old/news.php":
            return self.render_old_list()
        if path == "/old/news_detail.php":
            v = query.get("id", [""])[0]
            for o in self.old:
                if v == str(o.id):
                    return self.render_old_detail(o)
            return None
        if path.startswith("/index.php/search"):
            return self.html_response(self.page("<p>กรุณาระบุคำค้น</p>"))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = html.unescape(self.render_article(a)[2].decode("utf-8"))
            must_not = [
                f"เปิดอ่าน {a.views:,} ครั้ง",
                PRINT,
                FORWARD,
                BACK,
                SHARE,
                OTHER,
                COUNTER,
                TICKER,
                "Thailand Web Stat",
                "ข่าวประชาสัมพันธ์อื่น",
                *[x.title for x in self.others(a)],
            ]
            must_not = [s for s in must_not if s in page]
            rec = expected_record(a, modified=False, tags=False, must_not=must_not)
            if a.extra["legacy"]:
                body = "\n".join(a.paras)
                if not any("\u0e33" in m for m in rec["body_must"]):
                    runs = [c for c in body.split() if "\u0e33" in c and 12 <= len(c)]
                    if runs:
                        r = runs[len(runs) // 2]
                        at = max(0, r.index("\u0e33") - 15)
                        rec["body_must"].append(r[at : at + 30])
                assert any("\u0e33" in m for m in rec["body_must"]), a.title
            out.append(rec)
        return out


SITE = Sf14Site()

if __name__ == "__main__":
    main(SITE)
