"""Blind-60 red-team site (part B): a department's press page (กรมทรัพยากรธรณี-like, 2007 /
2550) written **in-house as Python 2.4 CGI scripts** (`/cgi-bin/pr/newslist.py`,
`/cgi-bin/pr/news.py`) on Apache 2.0 (CentOS 4), MySQLdb behind it, `cgitb` switched on, a
table layout saved in windows-874. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool: nothing of this stack's markup is vendored in the corpora; the
pieces are from memory and from the Python 2 standard library's documented behaviour: the `cgi`
module's `FieldStorage`, `PATH_INFO` after the script name, `cgitb.enable()` printing its
"A problem occurred in a Python script" page (status 200, the traceback as HTML), the classic
"raw deflate" trick `zlib.compress(data)[2:-4]` that old hand-written compressors used for
`Content-Encoding: deflate` (the zlib header and checksum cut off), and `print "Link: <...>;
rel=\\"canonical\\""` as a header line (RFC 5988 / Google's 2011 note that canonical may be sent
as an HTTP header). Thai department layouts of the time (left menu with "•" bullets, "ข่าวอื่นๆ",
"[ พิมพ์ข่าวนี้ ]", a footer counter) are from memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: the canonical address only in an HTTP `Link: <http://host/cgi-bin/pr/news.py?id=N>;
  rel="canonical"` header (no `<link rel=canonical>` in the page); every article is reachable
  under several addresses that the site itself links: `news.py?id=N&from=list` (listing page
  1), `news.py/N` via PATH_INFO (listing page 2), `news.py?id=0N` with a leading zero (listing
  page 3), `news.py?id=N&ref=other` (the "ข่าวอื่นๆ" box)**;
- **NEW: raw deflate: when the request's Accept-Encoding names `deflate`, pages are sent
  `Content-Encoding: deflate` with a RAW deflate stream (no zlib header or Adler-32), as the
  script's `zlib.compress(html)[2:-4]` makes it**;
- **NEW: the article's reader counter is incremented on every request ("จำนวนผู้อ่าน : ๑,๒๓๕
  ครั้ง"), under any of its addresses; it starts from a fixed seed per article, so the first
  fetch in a server's life prints seed + 1: that is the expected `view_count`**;
- **NEW: every article ends with the same office sign-off paragraph (right-aligned, after a rule):
  "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม กรมทรัพยากรธรณี โทร. ๐-๒๖๒๑-๙๗๐๑-๒ โทรสาร ๐-๒๖๒๑-๙๗๐๓";
  it names the source office and is no part of the text**;
- **NEW: `Content-Type: text/html; charset=tis-620` on bytes that are windows-874 (bytes
  0x80-0x9F, undefined in TIS-620: “ ” in titles and text, "•" in menus and lists, "…" in the
  listing's excerpts); the meta says `windows-874`**;
- Thai digits in every date and counter ("วันที่ ๑๕ มิถุนายน ๒๕๕๐ เวลา ๑๔:๒๐ น.", the time on
  about half; the listing's "๑๕/๐๖/๒๕๕๐"); same `<title>` on every page; no modified date, no
  tags; "[ พิมพ์ข่าวนี้ ] [ ส่งต่อให้เพื่อน ] [ ย้อนกลับ ]"; "ข่าวอื่นๆ" (titles, dates); left
  menu; footer counter "ผู้เข้าชมเว็บไซต์" and "ปรับปรุงข้อมูลล่าสุด";
- listing `/cgi-bin/pr/newslist.py`, `?page=2`, `?page=3` ("หน้า : [๑] ๒ ๓ ถัดไป »"), 8 a page,
  23 articles;
- deleted item (linked from page 2): `/cgi-bin/pr/news.py/1199`, **200**: the `cgitb`
  traceback page ("TypeError: unsubscriptable object", the row fetched was None).
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
import zlib

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    request_headers,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมทรัพยากรธรณี"
SIGNOFF_OFFICE = "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม กรมทรัพยากรธรณี"
SIGNOFF_TEL = "โทร. ๐-๒๖๒๑-๙๗๐๑-๒ โทรสาร ๐-๒๖๒๑-๙๗๐๓"
PER = 8
N = 23
DELETED_ID = 1199
SCRIPT = "/cgi-bin/pr/news.py"
LIST = "/cgi-bin/pr/newslist.py"
TITLE = "กรมทรัพยากรธรณี :: Department of Mineral Resources"
READERS = "จำนวนผู้อ่าน"
TOOLS = "[ พิมพ์ข่าวนี้ ]"
FORWARD = "[ ส่งต่อให้เพื่อน ]"
OTHER = "ข่าวอื่นๆ"
VISITORS = "ผู้เข้าชมเว็บไซต์"
UPDATED = "ปรับปรุงข้อมูลล่าสุด"
ADDRESS = "๗๕/๑๐ ถนนพระรามที่ ๖ แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ ๑๐๔๐๐"


def th_full(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_abbr(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_slash(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


class PyCgiSite(BaseSite):
    key = "b60_python_cgi_deflate_linkcanon874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "department press page as in-house Python 2.4 CGI scripts (2007): canonical only in an "
        "HTTP Link header with the site linking several addresses per article, raw deflate, a "
        "reader counter incremented per request, the same office sign-off under every article, "
        "windows-874 bytes labelled tis-620, Thai digits"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2007, 7, 20, 16, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1210 - i - (1 if i >= 11 else 0) - (1 if i >= 12 else 0)
            assert a.id != DELETED_ID
            a.path = f"{SCRIPT}?id={a.id}"
            a.time_printed = i % 2 == 0
            a.modified = None
            a.tags = []
            a.source = SIGNOFF_OFFICE
            a.extra["seed"] = a.views
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 7]
        self.hits: dict[int, int] = {}
        self.lock = threading.Lock()

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"{SCRIPT}/{DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3, 5, 8)]

    # ------------------------------------------------------------------ response
    def respond(self, text: str, status=200, extra=None):
        raw = text.encode("cp874", errors="xmlcharrefreplace")
        headers = {"Content-Type": "text/html; charset=tis-620"}
        h = request_headers()
        ae = (h.get("Accept-Encoding", "") if h else "") or ""
        if "deflate" in ae.lower():
            raw = zlib.compress(raw, 6)[2:-4]
            headers["Content-Encoding"] = "deflate"
        if extra:
            headers.update(extra)
        return status, headers, raw

    def shell(self, content: str) -> str:
        menu = "".join(
            f'<tr><td class="menu">\u2022 <a href="{h}">{t}</a></td></tr>'
            for h, t in [
                ("/index.shtml", "หน้าแรก"),
                ("/about/history.shtml", "ประวัติกรม"),
                ("/about/structure.shtml", "โครงสร้างองค์กร"),
                (LIST, "ข่าวประชาสัมพันธ์"),
                ("/cgi-bin/procure/list.py", "ประกาศจัดซื้อจัดจ้าง"),
                ("/cgi-bin/job/list.py", "รับสมัครงาน"),
                ("/fossil/index.shtml", "พิพิธภัณฑ์ธรณีวิทยา"),
                ("/cgi-bin/webboard/board.py", "กระดานสนทนา"),
                ("/contact.shtml", "ติดต่อเรา"),
            ]
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<meta name="keywords" content="กรมทรัพยากรธรณี, ธรณีวิทยา, แร่, ซากดึกดำบรรพ์, ดินถล่ม">
<link href="/css/dmr.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="770" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/images/banner_dmr.jpg" width="770" height="120" alt="{OFFICE} Department of Mineral Resources"></td></tr>
<tr><td colspan="2" bgcolor="#7A5C2E" height="22"><font color="#FFFFFF" size="2">&nbsp;<a href="/index.shtml"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="/en/index.shtml"><font color="#FFFFFF">English</font></a> | <a href="/sitemap.shtml"><font color="#FFFFFF">แผนผังเว็บไซต์</font></a></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F3EBD9">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#C9A86A"><b><font size="2">เมนูหลัก</font></b></td></tr>
{menu}
</table>
<br><center><a href="http://www.egov.go.th"><img src="/images/egov.gif" width="150" height="50" border="0" alt="e-Government"></a></center>
</td>
<td width="590" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" bgcolor="#7A5C2E" align="center"><font color="#FFFFFF" size="1">สงวนลิขสิทธิ์ &copy; ๒๕๕๐ {OFFICE} {ADDRESS}<br>{VISITORS} : <img src="/cgi-bin/counter.py?df=dmr.dat" alt="๑๒๘๔๓๙๑" align="absmiddle"> คน ตั้งแต่ ๑ ตุลาคม ๒๕๔๙ | {UPDATED} : ๒๐ ก.ค. ๒๕๕๐<br>แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 800x600</font></td></tr>
</table>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def row_href(self, a, n):
        if n == 1:
            return f"{SCRIPT}?id={a.id}&amp;from=list"
        if n == 2:
            return f"{SCRIPT}/{a.id}"
        return f"{SCRIPT}?id=0{a.id}"

    def render_listing(self, n):
        rows = []
        items = list(self.pages[n - 1])
        for k, a in enumerate(items):
            bg = "#FFFFFF" if k % 2 == 0 else "#F7F2E6"
            ex = a.paras[0][:110] + "\u2026"
            new = ' <img src="/images/new.gif" alt="new" border="0">' if n == 1 and k < 3 else ""
            rows.append(
                f'<tr bgcolor="{bg}"><td width="80" valign="top" align="center"><font size="2">{th_slash(a.published)}</font></td><td valign="top"><font size="2"><a href="{self.row_href(a, n)}"><b>{html.escape(a.title)}</b></a>{new}<br><font color="#666666">{html.escape(ex)}</font></font></td></tr>'
            )
            if n == 2 and k == 3:
                d = a.published - dt.timedelta(hours=5)
                rows.append(
                    f'<tr bgcolor="#F7F2E6"><td width="80" valign="top" align="center"><font size="2">{th_slash(d)}</font></td><td valign="top"><font size="2"><a href="{SCRIPT}/{DELETED_ID}"><b>กรมทรัพยากรธรณีเตือนภัยดินถล่มช่วงฤดูฝน (ฉบับแก้ไข)</b></a></font></td></tr>'
                )
        total = len(self.pages)
        pager = []
        if n > 1:
            pager.append(f'<a href="{LIST}?page={n - 1}">\u00ab ก่อนหน้า</a>')
        for k in range(1, total + 1):
            pager.append(
                f"<b>[{thai_digits(k)}]</b>"
                if k == n
                else f'<a href="{LIST}?page={k}">{thai_digits(k)}</a>'
            )
        if n < total:
            pager.append(f'<a href="{LIST}?page={n + 1}">ถัดไป \u00bb</a>')
        content = f"""<table width="100%" border="0" cellpadding="6" cellspacing="0">
<tr><td><img src="/images/head_news.gif" alt="ข่าวประชาสัมพันธ์" width="300" height="36"></td></tr>
<tr><td><table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#C9A86A">
<tr bgcolor="#E9DCC0"><td align="center"><b><font size="2">วันที่</font></b></td><td align="center"><b><font size="2">หัวข้อข่าว</font></b></td></tr>
{chr(10).join(rows)}
</table></td></tr>
<tr><td align="center"><font size="2">หน้า : {" ".join(pager)}</font></td></tr>
</table>"""
        return self.respond(self.shell(content))

    # ------------------------------------------------------------------ article
    def article_html(self, a, count: int) -> str:
        d = a.published
        when = f"วันที่ {th_full(d)}"
        if a.time_printed:
            when += f" เวลา {thai_digits(f'{d:%H:%M}')} น."
        paras = "\n".join(
            f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{html.escape(p, quote=False)}</p>"
            for p in a.paras
        )
        others = "".join(
            f'<tr><td><font size="2">\u2022 <a href="{SCRIPT}?id={x.id}&amp;ref=other">{html.escape(x.title)}</a> <font color="#999999">({th_abbr(x.published)})</font></font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellpadding="8" cellspacing="0">
<tr><td><img src="/images/head_news.gif" alt="ข่าวประชาสัมพันธ์" width="300" height="36"></td></tr>
<tr><td>
<font size="3" color="#5A3E12"><b>{html.escape(a.title)}</b></font><br>
<font size="2" color="#888888">{when}</font>
<hr size="1" color="#C9A86A">
<div align="center"><img src="/upload/news/{a.id}_1.jpg" width="400" border="0" alt=""></div>
<font size="2">
{paras}
<p align="right">---------------------------------------<br>{SIGNOFF_OFFICE}<br>{SIGNOFF_TEL}</p>
</font>
<hr size="1" color="#C9A86A">
<table width="100%" border="0"><tr><td><font size="2">{READERS} : {th_num(count)} ครั้ง</font></td><td align="right"><font size="2"><a href="/cgi-bin/pr/print.py?id={a.id}" target="_blank">{TOOLS}</a> <a href="/cgi-bin/pr/sendfriend.py?id={a.id}">{FORWARD}</a> <a href="javascript:history.back()">[ ย้อนกลับ ]</a></font></td></tr></table>
</td></tr>
<tr><td bgcolor="#E9DCC0"><b><font size="2">{OTHER}</font></b></td></tr>
<tr><td><table width="100%" border="0" cellpadding="2">{others}</table></td></tr>
</table>"""
        return self.shell(content)

    def render_article(self, a, base):
        with self.lock:
            self.hits[a.id] = self.hits.get(a.id, 0) + 1
            count = a.extra["seed"] + self.hits[a.id]
        return self.respond(
            self.article_html(a, count),
            extra={"Link": f'<{base}{SCRIPT}?id={a.id}>; rel="canonical"'},
        )

    def render_cgitb(self):
        text = """<!--: spam
Content-Type: text/html

<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> -->
<body bgcolor="#f0f0f8"><font color="#f0f0f8" size="-5"> --> -->
</font> </font> </font> </script> </object> </blockquote> </pre>
</table> </table> </table> </table> </table> </font> </font> </font><body bgcolor="#f0f0f8">
<table width="100%" cellspacing=0 cellpadding=2 border=0 summary="heading">
<tr bgcolor="#6622aa">
<td valign=bottom>&nbsp;<br>
<font color="#ffffff" face="helvetica, arial">&nbsp;<br><big><big><strong>exceptions.TypeError</strong></big></big></font></td
><td align=right valign=bottom
><font color="#ffffff" face="helvetica, arial">Python 2.4.3: /usr/bin/python<br>Fri Jul 20 16:12:09 2007</font></td></tr></table>

<p>A problem occurred in a Python script.  Here is the sequence of
function calls leading up to the error, in the order they occurred.</p>
<table width="100%" cellspacing=0 cellpadding=0 border=0>
<tr><td bgcolor="#d8bbff"><big>&nbsp;</big><a href="file:///var/www/cgi-bin/pr/news.py">/var/www/cgi-bin/pr/news.py</a> in <strong>show_news</strong>(nid=1199)</td></tr>
<tr><td><font color="#909090"><tt>&nbsp;&nbsp;<small>&nbsp;&nbsp;&nbsp;88</small>&nbsp;&nbsp;&nbsp;&nbsp;cur.execute("SELECT title, body, newsdate, hits FROM news WHERE id=%s AND status=1", (nid,))<br></tt></font></td></tr>
<tr><td bgcolor="#ffccee"><tt>=&gt;<small>&nbsp;&nbsp;&nbsp;89</small>&nbsp;&nbsp;&nbsp;&nbsp;row = cur.fetchone(); title = row[0]<br></tt></td></tr>
<tr><td><small><font color="#909090">row&nbsp;= None, title <em>undefined</em></font></small></td></tr></table>
<p><strong>exceptions.TypeError</strong>: unsubscriptable object
</body>
"""
        return self.respond(text)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.shtml"):
            return 302, {"Location": f"{base}{LIST}"}, b""
        if path == LIST:
            n = qs1(query, "page", "1") or "1"
            if not n.isdigit() or not 1 <= int(n) <= len(self.pages):
                return self.render_listing(1)
            return self.render_listing(int(n))
        nid = None
        if path == SCRIPT:
            v = qs1(query, "id")
            nid = int(v) if v.isdigit() else None
        else:
            m = re.fullmatch(re.escape(SCRIPT) + r"/(\d+)/?", path)
            if m:
                nid = int(m[1])
        if nid is None:
            return None
        if nid == DELETED_ID:
            return self.render_cgitb()
        a = self.by_id.get(nid)
        if a is None:
            return self.render_cgitb()
        return self.render_article(a, base)

    def page_text(self, a) -> str:
        body = self.article_html(a, a.extra["seed"] + 1)
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            a.views = a.extra["seed"] + 1  # the crawl's single fetch: seed + 1
            # (amended by the lead: the telephone line of the sign-off stays text, as the
            # project's documented call keeps contact lines issued with every release;
            # README "Site template learning". The office still becomes the source.)
            must_not = [
                "---------------------------------------",
                f"{READERS} : {th_num(a.views)} ครั้ง",
                TOOLS,
                FORWARD,
                OTHER,
                VISITORS,
                UPDATED,
                ADDRESS,
                "เมนูหลัก",
                "แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, modified=False, tags=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = PyCgiSite()

if __name__ == "__main__":
    main(SITE)
