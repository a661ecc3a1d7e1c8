"""Blind-58 red-team site (part B): a regional livestock office (สำนักงานปศุสัตว์เขต ๕-like) in
2008-2009 on **Apache Cocoon 2.1 (Java servlets + XSLT) on Tomcat 5.5**: news items kept as XML
documents and turned into XHTML by an XSLT stylesheet, served in windows-874. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool: nothing in the corpora showed a Thai Cocoon site; the facts used
are from memory: Cocoon's sitemap-matched `*.html` addresses, its `xhtml` serializer writing an
XML declaration `<?xml version="1.0" encoding="…"?>` and an XHTML 1.0 Transitional doctype with
the encoding it was configured with, Tomcat 5's `text/html;charset=ISO-8859-1` when a servlet
sets no character encoding, the `Server: Apache-Coyote/1.1` header, and Java 5's
`SimpleDateFormat` with a `th_TH` locale printing Thai month abbreviations with the Gregorian
year ("12 มิ.ย. 2008") while `th_TH_TH` prints the Buddhist year. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- table layout written by XSLT, the same `<title>` on every page ("สำนักงานปศุสัตว์เขต ๕ ::
  ข่าวประชาสัมพันธ์"), the headline in `td.newsTopic`, no canonical, Thai-digit text everywhere;
- **NEW: a splash page: on a first visit the news list `/th/news/list.html` answers 302 to
  `/intro.html?ref=…`, a "เข้าสู่เว็บไซต์ / ENTER SITE" banner page that sets the cookie
  `SKIPINTRO=1`; only with the cookie does the list answer (articles answer directly)**;
- **NEW: an XML declaration whose encoding disagrees with the HTTP header: every page starts
  `<?xml version="1.0" encoding="TIS-620"?>` (with a TIS-620 meta) over windows-874 bytes (the
  corpus's curly quotes and the "…" are 0x93 / 0x94 / 0x85, outside TIS-620); the header says
  `text/html;charset=ISO-8859-1` (Tomcat's default; listings and one article in three),
  `application/xhtml+xml` with no charset (one in three) or `application/xhtml+xml;charset=UTF-8`
  (one in three)**;
- **NEW: both eras and a Thai month with a CE year: the date line "ประกาศเมื่อ : ๑๒ มิ.ย. ๒๕๕๑
  (12 มิ.ย. 2008) เวลา ๑๔:๓๐ น." (no time on one in four), the modified line "แก้ไขล่าสุด : 15
  มิ.ย. 2008 10:12" (Thai month, CE year), listing rows and "ข่าวอื่นๆ" dated "12 มิ.ย. 2008"**;
- **NEW: a pager running backwards: the list's default page is the newest, numbered "หน้า ๓ จาก
  ๓"; `?page=2` and `?page=1` are older, page 1 the oldest ("« ข่าวใหม่กว่า" / "ข่าวเก่ากว่า »")**;
- **NEW: attachments with their own download counters and sizes ("ข่าวฉบับเต็ม (PDF ๑.๒ MB)
  ดาวน์โหลด ๔๕ ครั้ง") and a rating box ("คะแนนเฉลี่ย ๔.๒ จาก ๕ (๑๗ โหวต)") beside the view
  counter "ผู้อ่าน : ๑,๒๓๔ ครั้ง"**;
- **NEW: an event's date range in the meta table ("กำหนดการ : ๓-๕ ต.ค. ๒๕๕๑", one in three),
  after the publishing date**;
- sources "ที่มา :" / "ข่าว :" at the end of the text (one in six none); "พิมพ์ | ส่งต่อให้เพื่อน";
  "ข่าวอื่นๆ" (titles, dates); left menu; footer "Powered by Apache Cocoon 2.1.11", "แสดงผลได้ดี
  ที่สุดด้วย Internet Explorer 6.0", a visitor counter;
- deleted item (linked from page 2): `/th/news/item/5004.html`, **200: the stylesheet run over an
  empty document: an empty headline cell, "ประกาศเมื่อ :" with nothing after it and
  "ไม่พบข่าวที่ท่านต้องการ"**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
from http.server import BaseHTTPRequestHandler
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานปศุสัตว์เขต ๕"
TITLE = f"{OFFICE} :: ข่าวประชาสัมพันธ์"
PER = 8
N = 23
DELETED_ID = 5004
SOURCES = [
    ("ที่มา", "กลุ่มสารสนเทศและการสื่อสาร สำนักงานปศุสัตว์เขต ๕"),
    ("ข่าว", "สำนักงานปศุสัตว์จังหวัดเชียงใหม่"),
    ("ที่มา", "ศูนย์วิจัยและพัฒนาการสัตวแพทย์ภาคเหนือตอนบน"),
    ("ข่าว", "ฝ่ายบริหารทั่วไป สำนักงานปศุสัตว์เขต ๕"),
    ("ที่มา", "สำนักงานปศุสัตว์จังหวัดลำพูน"),
    None,
]
CT_LIST = "text/html;charset=ISO-8859-1"
CT_ARTICLE = ["application/xhtml+xml", CT_LIST, "application/xhtml+xml;charset=UTF-8"]
FOOTER = "สำนักงานปศุสัตว์เขต ๕ ถนนโชตนา ตำบลช้างเผือก อำเภอเมือง จังหวัดเชียงใหม่ ๕๐๓๐๐"
POWERED = "Powered by Apache Cocoon 2.1.11"
BEST = "แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 1024x768"
COUNTER = "ผู้เข้าชมตั้งแต่ ๑ ม.ค. ๒๕๕๐ : ๐๒๘๔๖๑๗"
OTHERS = "ข่าวอื่นๆ"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ"
INTRO = "เข้าสู่เว็บไซต์"


def request_cookie() -> str:
    """The Cookie header of the request being answered. `_common`'s handler passes no headers
    to `route()`, so the splash-page check finds the handler object up the call stack."""
    f = sys._getframe(1)
    while f is not None:
        h = f.f_locals.get("self")
        if isinstance(h, BaseHTTPRequestHandler):
            return h.headers.get("Cookie") or ""
        f = f.f_back
    return ""


def ce_abbr(d: dt.datetime) -> str:
    """Java 5 SimpleDateFormat("d MMM yyyy", th_TH): Thai month, Gregorian year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def be_abbr(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


class CocoonSite(BaseSite):
    key = "b58_cocoon21_xslt_backpager874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "regional livestock office 2008-2009 on Apache Cocoon 2.1 (servlets + XSLT) on Tomcat 5.5: "
        "a splash page the news list redirects to until a cookie is set, an XML declaration "
        "'TIS-620' over windows-874 bytes under ISO-8859-1 / xhtml+xml / UTF-8 headers, dates in "
        "both eras and Thai months with CE years, a pager running backwards (page 1 the oldest), "
        "attachment download counters and a rating box beside the view counter, event date ranges"
    )
    listing_path = "/th/news/list.html"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2009, 3, 20, 16, 0, tzinfo=TZ), offset=28
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5120 - i * 5 - (i % 2)
            a.path = f"/th/news/item/{a.id}.html"
            a.views = 23 + (i * 277 + 59) % 2400
            a.tags = []
            a.time_printed = i % 4 != 3
            if a.modified:
                a.modified = a.modified.replace(second=0)
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["ctype"] = CT_ARTICLE[i % 3]
            a.extra["event"] = i % 3 == 1
            a.extra["file"] = i % 2 == 0
            a.extra["downloads"] = 3 + (i * 53) % 180
            a.extra["votes"] = 2 + (i * 7) % 30
            a.extra["score"] = f"{3 + (i % 3)}.{(i * 3) % 10}"
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        oldest_first = list(reversed(arts))
        # page 1 = the oldest eight, page 3 = the newest (the default list)
        self.pages = [
            list(reversed(c)) for c in (oldest_first[k : k + PER] for k in range(0, N, PER))
        ]
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/th/news/list.html", "/th/news/list.html?page=2", "/th/news/list.html?page=1"]

    def deleted_paths(self):
        return [f"/th/news/item/{DELETED_ID}.html"]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (1, 2, 3, 4, 5)]

    # ------------------------------------------------------------------ shell
    def shell(self, content) -> str:
        return f"""<?xml version="1.0" encoding="TIS-620"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=TIS-620" />
<title>{TITLE}</title>
<link rel="stylesheet" type="text/css" href="/th/resources/css/main.css" />
<script type="text/javascript" src="/th/resources/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0">
<table width="900" border="0" cellpadding="0" cellspacing="0" align="center">
<tr><td colspan="2"><img src="/th/resources/images/header_dld5.jpg" width="900" height="150" alt="{OFFICE}" /></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/th/index.html">หน้าแรก</a> | <a href="/th/about.html">เกี่ยวกับเรา</a> | <a href="/th/news/list.html">ข่าวประชาสัมพันธ์</a> | <a href="/th/procure/list.html">ประกาศจัดซื้อจัดจ้าง</a> | <a href="/th/webboard/">กระดานสนทนา</a> | <a href="/th/contact.html">ติดต่อเรา</a></td></tr>
<tr>
<td width="180" valign="top" class="leftmenu">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="menuhead">เมนูหลัก</td></tr>
<tr><td><a href="/th/news/list.html">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><a href="/th/disease/list.html">สถานการณ์โรคระบาด</a></td></tr>
<tr><td><a href="/th/stat/index.html">ข้อมูลสถิติปศุสัตว์</a></td></tr>
<tr><td><a href="/th/download/list.html">ดาวน์โหลดแบบฟอร์ม</a></td></tr>
<tr><td class="menuhead">หน่วยงานในสังกัด</td></tr>
<tr><td><a href="http://www.dld.go.th/">กรมปศุสัตว์</a></td></tr>
</table>
</td>
<td width="720" valign="top" class="content">
{content}
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">{FOOTER}<br />โทรศัพท์ ๐-๕๓๒๑-๒๓๓๗ โทรสาร ๐-๕๓๒๒-๑๑๔๗<br />{COUNTER}<br />{BEST} | {POWERED}</td></tr>
</table>
</body>
</html>
"""

    def respond(self, text: str, ctype: str, *, status=200, extra=None):
        headers = {"X-Cocoon-Version": "2.1.11", "Content-Type": ctype}
        headers.update(extra or {})
        return status, headers, text.encode("cp874", errors="xmlcharrefreplace")

    # ------------------------------------------------------------------ listing
    def render_list(self, p: int):
        """p = page number as the site counts it (1 = oldest, 3 = newest)."""
        items = list(self.pages[p - 1])
        rows = []
        for a in items:
            rows.append(
                f'<tr><td class="bullet"><img src="/th/resources/images/bullet.gif" width="7" height="7" alt="" /></td><td><a href="/th/news/item/{a.id}.html" class="newslink">{esc(a.title)}</a></td><td class="date" nowrap="nowrap">{ce_abbr(a.published)}</td><td class="hit" align="right">{a.views}</td></tr>'
            )
        if p == 2:
            d = items[4].published + dt.timedelta(hours=3)
            rows.insert(
                4,
                f'<tr><td class="bullet"><img src="/th/resources/images/bullet.gif" width="7" height="7" alt="" /></td><td><a href="/th/news/item/{DELETED_ID}.html" class="newslink">ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือกลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์</a></td><td class="date" nowrap="nowrap">{ce_abbr(d)}</td><td class="hit" align="right">0</td></tr>',
            )
        last = len(self.pages)
        nums = []
        for q in range(1, last + 1):
            if q == p:
                nums.append(f"<b>[{thai_digits(q)}]</b>")
            else:
                nums.append(f'<a href="/th/news/list.html?page={q}">[{thai_digits(q)}]</a>')
        nav = []
        if p < last:
            newer = "/th/news/list.html" if p + 1 == last else f"/th/news/list.html?page={p + 1}"
            nav.append(f'<a href="{newer}">« ข่าวใหม่กว่า</a>')
        if p > 1:
            nav.append(f'<a href="/th/news/list.html?page={p - 1}">ข่าวเก่ากว่า »</a>')
        content = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="pagehead"><img src="/th/resources/images/icon_news.gif" width="24" height="24" alt="" /> ข่าวประชาสัมพันธ์</td></tr>
<tr><td class="navpath">หน้าแรก &#187; ข่าวประชาสัมพันธ์</td></tr>
</table>
<table width="100%" border="0" cellpadding="3" cellspacing="1" class="newslist">
<tr class="listhead"><td width="12"></td><td>หัวข้อข่าว</td><td width="90">วันที่</td><td width="40">อ่าน</td></tr>
{"".join(rows)}
</table>
<table width="100%" border="0" cellpadding="4" cellspacing="0"><tr>
<td class="pager">หน้า {thai_digits(p)} จาก {thai_digits(last)} : {" ".join(nums)}</td>
<td class="pager" align="right">{" | ".join(nav)}</td></tr></table>"""
        return self.respond(self.shell(content), CT_LIST)

    # ------------------------------------------------------------------ article
    def date_line(self, a) -> str:
        d = a.published
        s = f"ประกาศเมื่อ : {be_abbr(d)} ({ce_abbr(d)})"
        if a.time_printed:
            s += f" เวลา {thai_digits(f'{d.hour:02d}:{d.minute:02d}')} น."
        return s

    def render_article(self, a):
        rows = [f'<tr><td class="label" width="120">วันที่</td><td>{self.date_line(a)}</td></tr>']
        if a.modified:
            m = a.modified
            rows.append(
                f'<tr><td class="label">แก้ไขล่าสุด</td><td>แก้ไขล่าสุด : {ce_abbr(m)} {m:%H:%M}</td></tr>'
            )
        if a.extra["event"]:
            s = a.published + dt.timedelta(days=6)
            e = s + dt.timedelta(days=2)
            if s.month == e.month:
                rng = f"{s.day}-{e.day} {MONTHS_ABBR[s.month - 1]} {s.year + 543}"
            else:
                rng = f"{s.day} {MONTHS_ABBR[s.month - 1]} - {e.day} {MONTHS_ABBR[e.month - 1]} {e.year + 543}"
            rows.append(
                f'<tr><td class="label">กำหนดการ</td><td>กำหนดการ : {thai_digits(rng)}</td></tr>'
            )
        rows.append(
            f'<tr><td class="label">ผู้อ่าน</td><td>ผู้อ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</td></tr>'
        )
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'\n<p align="right"><b>{esc(a.extra["label"])} :</b> {esc(a.source)}</p>'
        files = ""
        if a.extra["file"]:
            size = thai_digits(f"{1 + a.id % 3}.{a.id % 10}")
            files = f"""<table width="100%" border="0" cellpadding="3" cellspacing="0" class="attach">
<tr><td class="attachhead">เอกสารแนบ</td></tr>
<tr><td><img src="/th/resources/images/pdf.gif" width="16" height="16" alt="PDF" /> <a href="/th/news/file/{a.id}/pr{a.id}.pdf">ข่าวฉบับเต็ม</a> (PDF {size} MB) ดาวน์โหลด {thai_digits(a.extra["downloads"])} ครั้ง</td></tr>
</table>"""
        score = thai_digits(a.extra["score"])
        rating = f"""<form action="/th/news/vote.html" method="post" class="rating"><input type="hidden" name="id" value="{a.id}" />
<table border="0" cellpadding="3" cellspacing="0"><tr><td>คะแนนเฉลี่ย {score} จาก ๕ ({thai_digits(a.extra["votes"])} โหวต)</td>
<td>ให้คะแนนข่าวนี้ : <input type="radio" name="score" value="1" />๑ <input type="radio" name="score" value="2" />๒ <input type="radio" name="score" value="3" />๓ <input type="radio" name="score" value="4" />๔ <input type="radio" name="score" value="5" />๕ <input type="submit" value="โหวต" /></td></tr></table></form>"""
        others = "".join(
            f'<tr><td><img src="/th/resources/images/bullet.gif" width="7" height="7" alt="" /> <a href="{x.path}">{esc(x.title)}</a> <span class="date">({ce_abbr(x.published)})</span></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellpadding="4" cellspacing="0">
<tr><td class="pagehead"><img src="/th/resources/images/icon_news.gif" width="24" height="24" alt="" /> ข่าวประชาสัมพันธ์</td></tr>
<tr><td class="navpath"><a href="/th/index.html">หน้าแรก</a> &#187; <a href="/th/news/list.html">ข่าวประชาสัมพันธ์</a></td></tr>
</table>
<table width="100%" border="0" cellpadding="5" cellspacing="0" class="newsdetail">
<tr><td class="newsTopic">{esc(a.title)}</td></tr>
<tr><td><table border="0" cellpadding="2" cellspacing="0" class="newsmeta">{"".join(rows)}</table></td></tr>
<tr><td class="tools" align="right"><a href="/th/news/print/{a.id}.html" target="_blank"><img src="/th/resources/images/print.gif" width="16" height="16" alt="" /> พิมพ์</a> | <a href="/th/news/send/{a.id}.html">ส่งต่อให้เพื่อน</a></td></tr>
<tr><td class="newsbody">
<div align="center"><img src="/th/news/pic/{a.id}/1.jpg" width="400" alt="" /></div>
{body}
</td></tr>
<tr><td>{files}</td></tr>
<tr><td>{rating}</td></tr>
</table>
<table width="100%" border="0" cellpadding="3" cellspacing="0" class="othernews">
<tr><td class="otherhead">{OTHERS}</td></tr>
{others}
</table>"""
        return self.respond(self.shell(content), a.extra["ctype"])

    def render_deleted(self):
        content = f"""<table width="100%" border="0" cellpadding="5" cellspacing="0" class="newsdetail">
<tr><td class="newsTopic"></td></tr>
<tr><td><table border="0" cellpadding="2" cellspacing="0" class="newsmeta"><tr><td class="label" width="120">วันที่</td><td>ประกาศเมื่อ : </td></tr></table></td></tr>
<tr><td class="newsbody"><p align="center">{NOT_FOUND}</p></td></tr>
</table>"""
        return self.respond(self.shell(content), CT_LIST)

    def render_intro(self, ref: str):
        ref = ref if ref.startswith("/") else "/th/news/list.html"
        text = f"""<?xml version="1.0" encoding="TIS-620"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head><meta http-equiv="Content-Type" content="text/html; charset=TIS-620" /><title>{OFFICE}</title></head>
<body bgcolor="#FFFFFF">
<div align="center" style="margin-top:40px">
<img src="/th/resources/images/intro_2552.jpg" width="800" height="450" alt="ทรงพระเจริญ" /><br />
<p><font size="4">ข้าพระพุทธเจ้า คณะผู้บริหารและเจ้าหน้าที่{OFFICE}</font></p>
<p><a href="{esc(ref)}"><img src="/th/resources/images/btn_enter.gif" width="160" height="40" alt="{INTRO}" /></a><br /><a href="{esc(ref)}">{INTRO} / ENTER SITE</a></p>
</div>
</body>
</html>
"""
        return self.respond(
            text, CT_LIST, extra={"Set-Cookie": "SKIPINTRO=1; Path=/", "Cache-Control": "no-cache"}
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        return self.route_with_cookie(path, query, raw_query, base, request_cookie())

    def route_with_cookie(self, path, query, raw_query, base, cookie: str):
        if path in ("/", "/th", "/th/", "/th/index.html"):
            return 302, {"Location": f"{base}/th/news/list.html"}, b""
        if path == "/intro.html":
            return self.render_intro(qs1(query, "ref", "/th/news/list.html"))
        if path == "/th/news/list.html":
            if "SKIPINTRO=1" not in cookie:
                ref = "/th/news/list.html" + (f"?{raw_query}" if raw_query else "")
                return 302, {"Location": f"{base}/intro.html?ref={quote(ref, safe='')}"}, b""
            page = qs1(query, "page", str(len(self.pages)))
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                page = str(len(self.pages))
            return self.render_list(int(page))
        m = re.fullmatch(r"/th/news/item/(\d+)\.html", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a) if a else None
        return None

    def page_text(self, a) -> str:
        body = self.render_article(a)[2].decode("cp874")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                FOOTER,
                POWERED,
                BEST,
                COUNTER,
                OTHERS,
                "ประกาศเมื่อ",
                "ผู้อ่าน :",
                "ส่งต่อให้เพื่อน",
                "เอกสารแนบ",
                "ดาวน์โหลด",
                "คะแนนเฉลี่ย",
                "ให้คะแนนข่าวนี้",
                "แก้ไขล่าสุด",
                "กำหนดการ :",
            ]
            must_not += [x.title for x in self.others(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = CocoonSite()

if __name__ == "__main__":
    main(SITE)
