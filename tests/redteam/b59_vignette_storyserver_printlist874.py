"""Blind-59 red-team site (part B): a department's press office (กรมการจัดหางาน-like, 2004-2005 /
2547-2548) on **Vignette StoryServer 4.2 (Tcl templates, "CURL" addresses
`/pr/0,<template>,<oid>,00.html`) behind Netscape Enterprise**, pages in windows-874 labelled
ISO-8859-1. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (pages corpus): StoryServer's address style (a UserLand discussion
archive message "Vignette CURLs: The Mystery Revealed", 1999: the file name is
`forceDynamic,templateID,OID,bCaps.ext`, the OID often overloaded with the page's parameters,
`00|FF` for the browser-capability flag; encyclopedia pages on StoryServer: Tcl templates, the
page cache in front of the generator, example `0,1245,,00.html`) and the StoryServer 4.2
Administration Guide's table of contents (1999). The table layout, the printer-friendly
template opened from the list, Thai number words for dates (as official notices write them) and
the photo-news gallery are from memory of Thai department sites of the time. No one's code or
text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- comma addresses: list `/pr/0,1105,,00.html` (page 1), `/pr/0,1105,2,00.html`,
  `/pr/0,1105,3,00.html`; story `/pr/0,1106,<oid>,00.html`; printer-friendly
  `/pr/0,1107,<oid>,00.html`; table layout, `<font>` tags, same `<title>` everywhere;
  windows-874 bytes, `Content-Type: text/html` without a charset, a meta saying ISO-8859-1;
  Thai digits everywhere;
- **NEW: the list links each item's printer-friendly page, not its story page: `0,1107,<oid>`
  (`<body onload="window.print()">`, no menus) with "[ กลับหน้าข่าว ]" to the story page and the
  story's address printed at the bottom ("URL : http://…/pr/0,1106,<oid>,00.html"); the story
  page is linked from nowhere else but the print page, the "ข่าวอื่นๆ" box and the related table**;
- **NEW: four story pages are the gzip cache file served raw: gzip bytes (1f 8b …) as
  `text/html` with no Content-Encoding header**;
- **NEW: related news as a table inside the text cell ("ข่าวที่เกี่ยวข้อง" header row, then date
  | title rows with Thai-digit dates), between the text and the source line**;
- **NEW: the publishing date only in words on one story in three: "ประกาศเมื่อ วันพุธที่
  ยี่สิบสาม มิถุนายน พุทธศักราชสองพันห้าร้อยสี่สิบเจ็ด" (the list row prints "๒๓/๐๖/๒๕๔๗")**;
- **NEW: two photo-news items (ภาพข่าว): a gallery table of twelve pictures, each with a caption
  "ภาพที่ ๓ : …", around two short paragraphs of text**;
- other stories "ประกาศเมื่อ ๒๓ มิ.ย. ๒๕๔๗ เวลา ๑๐.๒๕ น." (the time on one in two) or without the
  time; "ผู้อ่าน : ๑,๒๓๔ ครั้ง" (story page only); sources "ที่มา :" / "ข่าว :" (one in six none);
  "ข่าวอื่นๆ" (titles, dates) below; "พิมพ์ข่าวนี้ | ส่งข่าวนี้ให้เพื่อน"; left menu; footer hit
  counter, "Best viewed with Internet Explorer 5.5 at 800x600";
- 8 a page, 23 items; pager "หน้า : [๑] ๒ ๓ ถัดไป >>";
- deleted item (linked from page 2): `/pr/0,1107,4488,00.html`, **200**: the print template over
  an empty record, "ไม่พบข้อมูลข่าวที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt
import gzip
import html
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมการจัดหางาน"
OFFICE_EN = "Department of Employment"
PER = 8
DELETED_OID = 4488
LIST_T, STORY_T, PRINT_T = 1105, 1106, 1107
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์ กรมการจัดหางาน"),
    ("ข่าว", "สำนักงานจัดหางานจังหวัดขอนแก่น"),
    ("ที่มา", "กองทะเบียนและสารสนเทศ"),
    ("ข่าว", "ศูนย์ประชาสัมพันธ์ กรมการจัดหางาน"),
    ("ที่มา", "สำนักพัฒนาและส่งเสริมการมีงานทำ"),
    None,
]
RELATED = "ข่าวที่เกี่ยวข้อง"
OTHER = "ข่าวอื่นๆ"
PRINT_TOOL = "ส่งข่าวนี้ให้เพื่อน"
BACK = "[ กลับหน้าข่าว ]"
COUNTER = "ผู้เข้าชมลำดับที่ ๐๓๒๗๑๔๕ ตั้งแต่ ๑ ตุลาคม ๒๕๔๕"
BEST = "Best viewed with Internet Explorer 5.5 at 800x600"
FOOTER = "กรมการจัดหางาน ถนนมิตรไมตรี เขตดินแดง กรุงเทพฯ ๑๐๔๐๐"
CAPTIONS = [
    "ผู้บริหารกรมการจัดหางานร่วมพิธีเปิด",
    "บรรยากาศการลงทะเบียนผู้สมัครงาน",
    "เจ้าหน้าที่ให้คำแนะนำด้านอาชีพ",
    "ผู้ร่วมงานรับฟังการบรรยาย",
    "การสาธิตอาชีพอิสระ",
    "มอบเกียรติบัตรแก่ผู้เข้าร่วมโครงการ",
]

_UNITS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]


def thai_words(n: int) -> str:
    """Thai number words up to 9,999: 23 -> 'ยี่สิบสาม', 2547 -> 'สองพันห้าร้อยสี่สิบเจ็ด'."""
    out = ""
    th, n = divmod(n, 1000)
    if th:
        out += _UNITS[th] + "พัน"
    h, n = divmod(n, 100)
    if h:
        out += _UNITS[h] + "ร้อย"
    t, u = divmod(n, 10)
    if t == 1:
        out += "สิบ"
    elif t == 2:
        out += "ยี่สิบ"
    elif t:
        out += _UNITS[t] + "สิบ"
    if u == 1 and (t or h or th):
        out += "เอ็ด"
    elif u:
        out += _UNITS[u]
    return out


def words_date(d: dt.datetime) -> str:
    return (
        f"{WEEKDAYS[d.weekday()]}ที่{thai_words(d.day)} {MONTHS[d.month - 1]} "
        f"พุทธศักราช{thai_words(d.year + 543)}"
    )


def abbr_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def slash_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def curl(template: int, oid="") -> str:
    return f"/pr/0,{template},{oid},00.html"


class VignetteSite(BaseSite):
    key = "b59_vignette_storyserver_printlist874"
    family = "generic"
    imitates = (
        "department press office on Vignette StoryServer 4.2 (comma CURL addresses), windows-874 "
        "labelled ISO-8859-1, Thai digits; the list links printer-friendly pages, gzip cache "
        "files served raw without Content-Encoding, related news as a table in the text, dates "
        "in Thai words, photo-news galleries"
    )
    listing_path = curl(LIST_T)
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2004, 9, 28, 16, 0, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 4561 - i * 4 + (i % 3)
            a.path = curl(STORY_T, a.id)
            a.extra["words"] = i % 3 == 1
            a.time_printed = (not a.extra["words"]) and i % 2 == 0
            a.modified = None
            a.views = 40 + (i * 211 + 17) % 3100
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = []
            a.extra["gzip"] = i in (2, 7, 12, 19)
            a.extra["photo"] = i in (5, 14)
            if a.extra["photo"]:
                a.paras = a.paras[:2]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert len(self.by_id) == len(arts) and DELETED_OID not in self.by_id
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 7]

    def listing_pages(self):
        return [curl(LIST_T)] + [curl(LIST_T, k) for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [curl(PRINT_T, DELETED_OID)]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        # Netscape Enterprise + StoryServer: no charset in the header
        return (
            status,
            {"Content-Type": content_type or "text/html"},
            text.encode("cp874", errors="xmlcharrefreplace"),
        )

    # ------------------------------------------------------------------ pieces
    def head(self, extra=""):
        return f"""<html>
<head>
<title>{OFFICE} : {OFFICE_EN}</title>
<META http-equiv="Content-Type" content="text/html; charset=iso-8859-1">
<META name="GENERATOR" content="Vignette StoryServer 4.2">
<link rel="stylesheet" href="/pr/css/doe.css" type="text/css">
<script language="JavaScript" src="/pr/js/menu.js"></script>
{extra}</head>
"""

    def shell(self, content):
        menu = "".join(
            f'<tr><td bgcolor="#E6EEF7" height="22">&nbsp;<img src="/pr/images/bullet.gif" width="7" height="7"> <a href="{href}" class="menu">{label}</a></td></tr>'
            for href, label in [
                ("/pr/0,1101,,00.html", "หน้าแรก"),
                ("/pr/0,1102,,00.html", "เกี่ยวกับกรม"),
                (curl(LIST_T), "ข่าวประชาสัมพันธ์"),
                ("/pr/0,1108,,00.html", "ตำแหน่งงานว่าง"),
                ("/pr/0,1109,,00.html", "ไปทำงานต่างประเทศ"),
                ("/pr/0,1110,,00.html", "ติดต่อเรา"),
            ]
        )
        return (
            self.head()
            + f"""<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="3"><img src="/pr/images/header_doe.jpg" width="778" height="110" alt="{OFFICE} {OFFICE_EN}" border="0" usemap="#topmap"></td></tr>
<tr><td colspan="3" bgcolor="#003366" height="22" align="right"><font face="MS Sans Serif" size="1" color="#FFFFFF"><a href="/pr/0,1101,,00.html"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="/en/0,2101,,00.html"><font color="#FFFFFF">English</font></a> | <a href="/pr/0,1111,,00.html"><font color="#FFFFFF">แผนผังเว็บไซต์</font></a>&nbsp;</font></td></tr>
<tr valign="top">
<td width="170" bgcolor="#E6EEF7"><table width="170" border="0" cellpadding="0" cellspacing="1">{menu}</table>
<br><center><a href="http://www.mol.go.th/"><img src="/pr/images/banner_mol.gif" width="150" height="50" border="0" alt="กระทรวงแรงงาน"></a></center></td>
<td width="10">&nbsp;</td>
<td width="598">
{content}
</td>
</tr>
<tr><td colspan="3" bgcolor="#003366" align="center"><font face="MS Sans Serif" size="1" color="#FFFFFF">Copyright &copy; ๒๕๔๗ {OFFICE} {FOOTER} โทร. ๐-๒๒๔๕-๒๓๒๑<br>{COUNTER}<br>{BEST}</font></td></tr>
</table>
<!-- Vignette StoryServer 4.2 (Tcl) -- cached page, template {LIST_T} -->
</body>
</html>
"""
        )

    # ------------------------------------------------------------------ listing
    def pager(self, n):
        total = len(self.pages)
        out = ["หน้า :"]
        if n > 1:
            out.append(
                f'<a href="{curl(LIST_T) if n == 2 else curl(LIST_T, n - 1)}">&lt;&lt; ก่อนหน้า</a>'
            )
        for k in range(1, total + 1):
            href = curl(LIST_T) if k == 1 else curl(LIST_T, k)
            out.append(
                f"<b>[{thai_digits(k)}]</b>" if k == n else f'<a href="{href}">{thai_digits(k)}</a>'
            )
        if n < total:
            out.append(f'<a href="{curl(LIST_T, n + 1)}">ถัดไป &gt;&gt;</a>')
        return " ".join(out)

    def render_list(self, n):
        rows = []
        items = [(a.published, a.id, a.title, a.extra["photo"]) for a in self.pages[n - 1]]
        if n == 2:
            d = self.pages[1][3].published - dt.timedelta(hours=4)
            items.insert(
                4, (d, DELETED_OID, "ประกาศรับสมัครคัดเลือกคนหางานไปทำงานประเทศไต้หวัน (ยกเลิก)", False)
            )
        for k, (d, oid, title, photo) in enumerate(items):
            icon = (
                ' <img src="/pr/images/camera.gif" width="16" height="12" alt="ภาพข่าว" border="0">'
                if photo
                else ""
            )
            rows.append(
                f"""<tr bgcolor="{"#FFFFFF" if k % 2 else "#F3F7FB"}">
<td width="18" valign="top"><img src="/pr/images/arrow_blue.gif" width="9" height="9" vspace="4"></td>
<td><font face="MS Sans Serif" size="2"><a href="{curl(PRINT_T, oid)}" target="_blank" onclick="window.open(this.href,'print','width=640,height=560,scrollbars=yes');return false;">{esc(title)}</a>{icon}</font></td>
<td width="90" align="center" valign="top"><font face="MS Sans Serif" size="1" color="#666666">{slash_date(d)}</font></td>
</tr>"""
            )
        content = f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td><font face="MS Sans Serif" size="1"><a href="/pr/0,1101,,00.html">หน้าแรก</a> &gt; ข่าวประชาสัมพันธ์</font></td></tr>
<tr><td><img src="/pr/images/title_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="0">
{chr(10).join(rows)}
</table>
<p align="center"><font face="MS Sans Serif" size="2">{self.pager(n)}</font></p>"""
        return self.html_response(self.shell(content))

    # ------------------------------------------------------------------ article pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 10)]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 8, 13, 17)]

    def date_line(self, a):
        d = a.published
        if a.extra["words"]:
            return f"ประกาศเมื่อ {words_date(d)}"
        s = f"ประกาศเมื่อ {abbr_date(d)}"
        if a.time_printed:
            s += " เวลา " + thai_digits(f"{d:%H.%M}") + " น."
        return s

    def gallery(self, a):
        cells = []
        for k in range(12):
            cap = f"ภาพที่ {thai_digits(k + 1)} : {CAPTIONS[(k + a.id) % len(CAPTIONS)]}"
            cells.append(
                f'<td align="center" valign="top" width="33%"><a href="/pr/photo/{a.id}/{k + 1:02d}.jpg" target="_blank"><img src="/pr/photo/{a.id}/t{k + 1:02d}.jpg" width="160" height="120" border="1" alt="{esc(cap)}"></a><br><font face="MS Sans Serif" size="1">{esc(cap)}</font></td>'
            )
        rows = "".join("<tr>" + "".join(cells[r : r + 3]) + "</tr>" for r in range(0, 12, 3))
        return f'<table width="100%" border="0" cellpadding="4" cellspacing="0" class="gallery">{rows}</table>'

    def related_table(self, a):
        rows = "".join(
            f'<tr><td width="90" align="center"><font size="1">{slash_date(x.published)}</font></td><td><font size="2"><a href="{x.path}">{esc(x.title)}</a></font></td></tr>'
            for x in self.related(a)
        )
        return f'<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC"><tr bgcolor="#003366"><td colspan="2"><font color="#FFFFFF" size="2"><b>{RELATED}</b></font></td></tr>{rows}</table>'

    def text_cell(self, a):
        out = []
        if a.extra["photo"]:
            out.append(f"<p>{esc(a.paras[0])}</p>")
            out.append(self.gallery(a))
            out.extend(f"<p>{esc(p)}</p>" for p in a.paras[1:])
        else:
            out.extend(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        out.append("<br>" + self.related_table(a) + "<br>")
        if a.source:
            out.append(f'<p align="right"><b>{esc(a.extra["label"])} : {esc(a.source)}</b></p>')
        return "\n".join(out)

    def render_story(self, a):
        others = "".join(
            f'<tr><td><font size="2">&#149; <a href="{x.path}">{esc(x.title)}</a> <font color="#999999" size="1">({slash_date(x.published)})</font></font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td><font face="MS Sans Serif" size="1"><a href="/pr/0,1101,,00.html">หน้าแรก</a> &gt; <a href="{curl(LIST_T)}">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว</font></td></tr>
<tr><td align="right"><font size="1"><a href="{curl(PRINT_T, a.id)}" target="_blank"><img src="/pr/images/print.gif" border="0" width="16" height="16" align="absmiddle"> พิมพ์ข่าวนี้</a> | <a href="/pr/0,1112,{a.id},00.html"><img src="/pr/images/mail.gif" border="0" width="16" height="16" align="absmiddle"> {PRINT_TOOL}</a></font></td></tr>
<tr><td class="newstopic"><font face="MS Sans Serif" size="3" color="#003366"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="1" color="#666666">{self.date_line(a)} &nbsp;|&nbsp; ผู้อ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</font></td></tr>
<tr><td><hr size="1" color="#CCCCCC"></td></tr>
<tr><td class="newsdetail"><font face="MS Sans Serif" size="2">
{self.text_cell(a)}
</font></td></tr>
</table>
<table width="100%" border="0" cellpadding="2" cellspacing="0">
<tr><td bgcolor="#E6EEF7"><font size="2"><b>{OTHER}</b></font></td></tr>
{others}
</table>"""
        body = self.html_response(self.shell(content))
        if a.extra["gzip"]:
            # the cache's pre-compressed copy, served raw (no Content-Encoding)
            return body[0], {"Content-Type": "text/html"}, gzip.compress(body[2], mtime=1096344000)
        return body

    def render_print(self, a):
        story_url = f"http://www.doe.go.th{a.path}"
        content = f"""<body bgcolor="#FFFFFF" onload="window.print()">
<table width="600" border="0" cellpadding="4" cellspacing="0" align="center">
<tr><td><img src="/pr/images/logo_print.gif" width="60" height="60" align="left"><font face="MS Sans Serif" size="2"><b>{OFFICE}</b><br>{OFFICE_EN}</font></td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td><font face="MS Sans Serif" size="3"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="1">{self.date_line(a)}</font></td></tr>
<tr><td><font face="MS Sans Serif" size="2">
{self.text_cell(a)}
</font></td></tr>
<tr><td><hr size="1"><font face="MS Sans Serif" size="1">URL : {story_url}<br>พิมพ์จากเว็บไซต์{OFFICE} <a href="{a.path}">{BACK}</a> <a href="javascript:window.close()">[ ปิดหน้าต่าง ]</a></font></td></tr>
</table>
</body>
</html>
"""
        return self.html_response(self.head() + content)

    def render_deleted_print(self):
        content = f"""<body bgcolor="#FFFFFF" onload="window.print()">
<table width="600" border="0" cellpadding="4" cellspacing="0" align="center">
<tr><td><img src="/pr/images/logo_print.gif" width="60" height="60" align="left"><font face="MS Sans Serif" size="2"><b>{OFFICE}</b><br>{OFFICE_EN}</font></td></tr>
<tr><td><hr size="1"></td></tr>
<tr><td><font face="MS Sans Serif" size="3"><b></b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="1">ประกาศเมื่อ </font></td></tr>
<tr><td><font face="MS Sans Serif" size="2"><p align="center">ไม่พบข้อมูลข่าวที่ต้องการ</p></font></td></tr>
<tr><td><hr size="1"><font face="MS Sans Serif" size="1"><a href="javascript:window.close()">[ ปิดหน้าต่าง ]</a></font></td></tr>
</table>
</body>
</html>
"""
        return self.html_response(self.head() + content)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/pr/", "/pr/index.html"):
            return 302, {"Location": f"{base}{curl(LIST_T)}"}, b""
        m = re.fullmatch(r"/pr/([01]),(\d+),([^,/]*),(00|FF)\.html", path)
        if not m:
            return None
        template, oid = int(m[2]), m[3]
        if template == LIST_T:
            if oid == "":
                return self.render_list(1)
            if oid.isdigit() and 2 <= int(oid) <= len(self.pages):
                return self.render_list(int(oid))
            return None
        if template in (STORY_T, PRINT_T) and oid.isdigit():
            if int(oid) == DELETED_OID:
                return self.render_deleted_print()
            a = self.by_id.get(int(oid))
            if a is None:
                return None
            return self.render_story(a) if template == STORY_T else self.render_print(a)
        return None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        raw = self.render_story(a)[2]
        if raw[:2] == b"\x1f\x8b":
            raw = gzip.decompress(raw)
        body = raw.decode("cp874")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        body = re.sub(r"<[^>]+>", " ", body)
        return " ".join(html.unescape(body).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                RELATED,
                OTHER,
                PRINT_TOOL,
                "พิมพ์ข่าวนี้",
                COUNTER,
                BEST,
                FOOTER,
                "ผู้อ่าน :",
                "ประกาศเมื่อ",
                "ภาพที่",
            ]
            must_not += [f"ภาพที่ {thai_digits(k + 1)} : {c}" for k, c in enumerate(CAPTIONS[:2])]
            must_not += CAPTIONS
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.others(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified=False, tags=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = VignetteSite()

if __name__ == "__main__":
    main(SITE)
