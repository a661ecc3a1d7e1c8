"""Blind-42 red-team site (part B): **a home-made PHP 4 + MySQL district-office site of ~2005
whose pages say `charset=x-user-defined`**, built blind.

What it imitates:
- pages written on a Thai Windows PC in an editor that stamped
  `<meta http-equiv="Content-Type" content="text/html; charset=x-user-defined">`: in IE on a
  Thai system that meant "the system code page" (windows-874); browsers elsewhere read it as
  windows-1252. The bytes are windows-874; the header says only `text/html`;
- home page `/index.php` with the news list in an `<iframe src="news/list_news.php">`;
- list `/news/list_news.php?Page=N` (1-based, "หน้า [1] 2 3 ถัดไป >>"), a table of rows with
  Thai-digit dates "(๕ ก.ย. ๔๘)" (two-digit BE year) and "อ่าน ๑๒๓";
- detail `/news/show_news.php?news_id=N`: `<title>` is the site name only; a section label
  `<font size="4">ข่าวประชาสัมพันธ์</font>` above the headline in `<font size="3"><b>`; the date in
  its own table row "ประกาศเมื่อ : ๕ กันยายน ๒๕๔๘" with "เวลา ๑๔:๒๐ น." in the next cell (some),
  "ผู้อ่าน : ๑๒๓ ครั้ง" (Thai digits), "ผู้ประกาศ : admin", "ปรับปรุงข้อมูล ..." (edited items), a
  "ข่าว : <office>" line in its own row (some), a picture (some), "พิมพ์หน้านี้" / "ส่งให้เพื่อน",
  "ข่าวอื่นๆ" list, guest-book link, Truehits / site counter, marquee, footer.
Deleted: `show_news.php?news_id=77` — the row was deleted from MySQL; the script still prints
its template with empty fields and "ไม่พบข้อมูลข่าวนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "ที่ว่าการอำเภอบ้านหมี่ จังหวัดลพบุรี"
TITLE = "..::ที่ว่าการอำเภอบ้านหมี่::.."
LIST = "/news/list_news.php"
SHOW = "/news/show_news.php"
PER = 9
SOURCES = ["งานประชาสัมพันธ์อำเภอบ้านหมี่", None, "ฝ่ายปกครอง อำเภอบ้านหมี่", None, None]
DELETED = f"{SHOW}?news_id=77"
COUNTER = "ผู้เข้าชมเว็บไซต์ ๓๔๕,๑๒๑ คน"
MARQUEE = "ขอเชิญชวนประชาชนร่วมกันเป็นพลังของแผ่นดิน"
FOOTER = "ที่ว่าการอำเภอบ้านหมี่ ถนนบ้านหมี่-โคกสำโรง ตำบลบ้านหมี่ อำเภอบ้านหมี่ จังหวัดลพบุรี 15110"
META = '<meta http-equiv="Content-Type" content="text/html; charset=x-user-defined">'


def th_full(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


class XudSite(BaseSite):
    key = "b42_php4_xuserdef874"
    family = "generic"
    charset = "cp874"
    imitates = "home-made PHP 4 + MySQL district-office site (~2005): windows-874 bytes, header 'text/html' without charset, meta charset=x-user-defined (Thai-IE 'system code page'; windows-1252 elsewhere); index.php with the news list in an iframe; /news/list_news.php?Page=N table with Thai-digit dates '(๕ ก.ย. ๔๘)' and 'อ่าน ๑๒๓'; /news/show_news.php?news_id=N: <title> = site name only, section label font size=4 above the headline in font size=3 bold; date row 'ประกาศเมื่อ : ๕ กันยายน ๒๕๔๘' with 'เวลา ๑๔:๒๐ น.' in the next cell (some); 'ผู้อ่าน : ๑๒๓ ครั้ง'; poster login; 'ปรับปรุงข้อมูล' (edited); 'ข่าว : office' row (some); picture (some); print / send-to-friend; other news; counter, marquee, footer; deleted = template with empty fields 'ไม่พบข้อมูลข่าวนี้'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2005, 11, 25, 16, 0, tzinfo=TZ), offset=88
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 160 - i * 3
            a.path = f"{SHOW}?news_id={a.id}"
            a.time_printed = i % 3 != 2
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 14 + (i * 53) % 900
            a.extra["image"] = i % 4 == 1
        self.articles = arts
        self.by_id = {str(a.id): a for a in arts}
        self.pages = paginate(arts, PER)
        assert "77" not in self.by_id

    def listing_pages(self):
        return [LIST] + [f"{LIST}?Page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, **kw):
        body = text.encode("cp874", "xmlcharrefreplace")
        return 200, {"Content-Type": "text/html"}, body

    def page(self, inner, *, frame=False):
        head = f"""<html>
<head>
<title>{TITLE}</title>
{META}
<link href="/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/mm_menu.js"></script>
</head>"""
        if frame:  # the iframe document: no banner, white background
            return f"""{head}
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{inner}
</body>
</html>
"""
        return f"""{head}
<body bgcolor="#E6F0FF" leftmargin="0" topmargin="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="/images/banner.jpg" width="780" height="150" alt="{SITE_NAME}"></td></tr>
<tr><td colspan="2" bgcolor="#003399"><marquee scrollamount="3"><font color="#FFFF00" size="2">{MARQUEE}</font></marquee></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#DDE8FF">
<table width="100%" border="0" cellspacing="1" cellpadding="3">
<tr><td bgcolor="#003399"><font color="#FFFFFF" size="2"><b>เมนูหลัก</b></font></td></tr>
<tr><td><a href="/index.php"><font size="2">หน้าแรก</font></a></td></tr>
<tr><td><a href="/about.php"><font size="2">ประวัติอำเภอ</font></a></td></tr>
<tr><td><a href="{LIST}"><font size="2">ข่าวประชาสัมพันธ์</font></a></td></tr>
<tr><td><a href="/webboard/index.php"><font size="2">กระดานข่าว</font></a></td></tr>
<tr><td><a href="/guestbook.php"><font size="2">สมุดเยี่ยม</font></a></td></tr>
<tr><td><a href="/admin/login.php"><font size="2">สำหรับเจ้าหน้าที่</font></a></td></tr>
<tr><td align="center"><font size="1">{COUNTER}</font><br><a href="http://truehits.net/" target="_blank"><img src="http://hits.truehits.in.th/noscript.php?id=t0012345" alt="Truehits" border="0" width="14" height="17"></a></td></tr>
</table>
</td>
<td width="610" valign="top">
{inner}
</td>
</tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">{FOOTER}<br>โทร. 0-3647-1100 โทรสาร 0-3647-1101<br>พัฒนาโดย ร้านคอมพิวเตอร์บ้านหมี่ดอทคอม</font></td></tr>
</table>
</body>
</html>
"""

    def list_page(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k])
        entries = [(a.title, a.path, a) for a in items]
        if k == 1:
            entries.insert(4, ("ประชุมประจำเดือนกำนันผู้ใหญ่บ้าน (ยกเลิก)", DELETED, items[4]))
        for j, (title, path, a) in enumerate(entries):
            bg = "#FFFFFF" if j % 2 else "#F2F6FF"
            new = (
                ' <img src="/images/new.gif" width="28" height="11" border="0">'
                if k == 0 and j < 3
                else ""
            )
            rows.append(
                f'<tr bgcolor="{bg}"><td width="20" align="center"><img src="/images/bullet.gif" width="7" height="7"></td><td><a href="{path}" target="_parent"><font size="2">{esc(title)}</font></a>{new} <font size="1" color="#999999">({th_short(a.published)})</font></td><td width="70" align="right"><font size="1" color="#666666">อ่าน {thai_digits(a.views)}</font></td></tr>'
            )
        nav = '<font size="2">หน้า '
        for j in range(n):
            nav += (
                f"[<b>{j + 1}</b>] "
                if j == k
                else f'<a href="list_news.php?Page={j + 1}">{j + 1}</a> '
            )
        if k < n - 1:
            nav += f'<a href="list_news.php?Page={k + 2}">ถัดไป &gt;&gt;</a>'
        nav += "</font>"
        inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="2">
<tr><td colspan="3" bgcolor="#003399"><font color="#FFFFFF" size="3"><b>:: ข่าวประชาสัมพันธ์ ::</b></font></td></tr>
{"".join(rows)}
<tr><td colspan="3" align="center">{nav}</td></tr>
</table>"""
        return self.page(inner, frame=True)

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]] or self.articles[1:6]

    def detail(self, a):
        p = a.published
        time_cell = (
            f'<font size="2" color="#666666">เวลา {thai_digits(p.strftime("%H:%M"))} น.</font>'
            if a.time_printed
            else "&nbsp;"
        )
        img = (
            f'<tr><td colspan="2" align="center"><img src="/news/picture/{a.id}_1.jpg" width="400" border="1"></td></tr>'
            if a.extra["image"]
            else ""
        )
        body = "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(x) for x in a.paras)
        src = (
            f'<tr><td colspan="2" align="right"><font size="2"><b>ข่าว :</b> {esc(a.source)}</font></td></tr>'
            if a.source
            else ""
        )
        edited = (
            f'<tr><td colspan="2" align="right"><font size="1" color="#999999">ปรับปรุงข้อมูล {thai_digits(a.modified.strftime("%d/%m/") + str(a.modified.year + 543) + " " + a.modified.strftime("%H:%M"))} น.</font></td></tr>'
            if a.modified
            else ""
        )
        others = "".join(
            f'<tr><td><img src="/images/bullet.gif" width="7" height="7"> <a href="show_news.php?news_id={x.id}"><font size="2">{esc(x.title)}</font></a> <font size="1" color="#999999">({th_short(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#003399"><font size="4" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td colspan="2"><font size="3" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
<tr><td width="60%"><font size="2" color="#666666">ประกาศเมื่อ : {th_full(p)}</font></td><td align="right">{time_cell}</td></tr>
<tr><td><font size="2" color="#666666">ผู้ประกาศ : admin</font></td><td align="right"><font size="2" color="#666666">ผู้อ่าน : {thai_digits(a.views)} ครั้ง</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#CCCCCC"></td></tr>
{img}
<tr><td colspan="2"><font size="2">{body}</font></td></tr>
{src}
{edited}
<tr><td colspan="2" align="right"><a href="print_news.php?news_id={a.id}" target="_blank"><img src="/images/print.gif" border="0"> <font size="2">พิมพ์หน้านี้</font></a> &nbsp; <a href="sendfriend.php?news_id={a.id}"><img src="/images/mail.gif" border="0"> <font size="2">ส่งให้เพื่อน</font></a> &nbsp; <a href="javascript:history.back()"><font size="2">&lt;&lt; ย้อนกลับ</font></a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#DDE8FF"><font size="2"><b>ข่าวอื่นๆ</b></font></td></tr>
{others}
<tr><td align="right"><a href="list_news.php"><font size="2">ดูข่าวทั้งหมด</font></a></td></tr>
</table>"""
        return self.page(inner)

    def empty_detail(self):
        inner = """<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td colspan="2" bgcolor="#003399"><font size="4" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td colspan="2"><font size="3" color="#003399"><b></b></font></td></tr>
<tr><td width="60%"><font size="2" color="#666666">ประกาศเมื่อ : </font></td><td align="right">&nbsp;</td></tr>
<tr><td><font size="2" color="#666666">ผู้ประกาศ : </font></td><td align="right"><font size="2" color="#666666">ผู้อ่าน :  ครั้ง</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#CCCCCC"></td></tr>
<tr><td colspan="2" align="center"><font size="2" color="#FF0000">ไม่พบข้อมูลข่าวนี้</font></td></tr>
</table>"""
        return self.page(inner)

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = qs1(query, "Page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.html_response(self.list_page(int(page) - 1))
        if path == SHOW:
            nid = qs1(query, "news_id")
            if nid in self.by_id:
                return self.html_response(self.detail(self.by_id[nid]))
            if nid == "77":
                return self.html_response(self.empty_detail())
            return None
        if path in ("/", "/index.php"):
            latest = "".join(
                f'<li><a href="news/show_news.php?news_id={a.id}"><font size="2">{esc(a.title)}</font></a></li>'
                for a in self.articles[:3]
            )
            inner = f"""<table width="100%" border="0" cellpadding="4"><tr><td><font size="3" color="#003399"><b>ยินดีต้อนรับสู่เว็บไซต์{SITE_NAME}</b></font></td></tr>
<tr><td><iframe src="news/list_news.php" width="600" height="420" frameborder="0" scrolling="auto" name="newsframe"></iframe></td></tr>
<tr><td><font size="2"><b>ข่าวเด่น</b></font><ul>{latest}</ul></td></tr></table>"""
            return self.html_response(self.page(inner))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ประกาศเมื่อ : {th_full(a.published)}",
                f"ผู้อ่าน : {thai_digits(a.views)} ครั้ง",
                "ผู้ประกาศ : admin",
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "ย้อนกลับ",
                "ข่าวอื่นๆ",
                "ดูข่าวทั้งหมด",
                "สำหรับเจ้าหน้าที่",
                COUNTER,
                MARQUEE,
                FOOTER,
                "พัฒนาโดย ร้านคอมพิวเตอร์บ้านหมี่ดอทคอม",
            ]
            if a.modified:
                must_not.append("ปรับปรุงข้อมูล")
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = XudSite()

if __name__ == "__main__":
    main(SITE)
