"""Blind-45 red-team site (part B): **a classic ASP 3.0 + Microsoft Access news system on
IIS 6** (a 2000s provincial public-health office's home-made "ระบบข่าวประชาสัมพันธ์"), sent
in windows-874, built blind.

What it imitates:
- `Server: Microsoft-IIS/6.0`-era headers (`X-Powered-By: ASP.NET`, an `ASPSESSIONID…`
  cookie), `Content-Type: text/html` with no charset; the only charset hint is an upper-case
  `<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-874">`;
- `<title>` = the office name on every page; a 780-pixel `<table>` layout with a left menu
  column of image links, a marquee of the latest headlines and a right "ข่าวอื่นๆ" column;
- the article `news_show.asp?ID=N`: the date alone in the top-right cell of the news box
  ("วันที่ ๑๕ มี.ค. ๒๕๖๖", Thai digits, BE) **far from the time**, which sits in the bottom
  meta row ("เวลา ๑๔.๒๐ น." — printed for about half the items) beside the counter
  "ผู้อ่าน : ๑,๒๓๔ ครั้ง" (Thai digits); the headline in `<font size="3" color="#990000"><b>`
  **with a press-release number line under it** ("ข่าวประชาสัมพันธ์ ฉบับที่ ๑๒๓/๒๕๖๖");
- **the lead paragraph printed apart** in a shaded `<table bgcolor="#FFFFE0">` box above the
  picture, the rest of the text as `&nbsp;`-indented runs separated by `<br><br>` (no `<p>`);
- "ที่มา : office" on some items, nothing on others; "ปรับปรุงข้อมูล : 16/3/2566 9:15:22"
  (ASP `Now()` under the Thai locale: d/m/BE, no zero padding, seconds) only on edited items;
- tools: "พิมพ์หน้านี้" → **a print variant `news_print.asp?ID=N` linked from every article**
  (200, the whole text again), "ส่งต่อให้เพื่อน", font-size "ก+ / ก-"; a site-wide visitor
  counter; "Best view 800x600" footer;
- the listing `news_all.asp` pages **only through a `<form>` with a `<select name="page">`**
  (onchange submit; no page links at all), so page N is `news_all.asp?page=N`.
Deleted: ID 1517 linked from page 2 — the ASP page answers 200 with the empty template of an
empty recordset (blank headline, "ไม่พบข้อมูลข่าวที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
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

OFFICE = "สำนักงานสาธารณสุขจังหวัดอุทัยธานี"
LIST = "/news_all.asp"
SHOW = "/news_show.asp"
PRINT = "/news_print.asp"
PER = 8
SOURCES = [
    "กลุ่มงานควบคุมโรค สำนักงานสาธารณสุขจังหวัดอุทัยธานี",
    None,
    "งานประชาสัมพันธ์ สสจ.อุทัยธานี",
    None,
    None,
]
DELETED_ID = 1517
DELETED = f"{SHOW}?ID={DELETED_ID}"
DELETED_TITLE = "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์"
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๑๒๓,๔๕๖ ครั้ง"
FOOTER = "ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี ๖๑๐๐๐"
BESTVIEW = "แสดงผลได้ดีที่สุดด้วย Internet Explorer 5.5 ขึ้นไป ความละเอียด 800x600"
OTHER = "ข่าวอื่นๆ"
FORWARD = "ส่งต่อให้เพื่อน"
PRINTLBL = "พิมพ์หน้านี้"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"


def d_top(d: dt.datetime) -> str:
    """'๑๕ มี.ค. ๒๕๖๖' (Thai digits, abbreviated month, BE)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def t_bottom(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


def asp_now(d: dt.datetime) -> str:
    """ASP Now() under LCID 1054: '16/3/2566 9:15:22'."""
    return f"{d.day}/{d.month}/{be(d)} {d.hour}:{d.minute:02d}:{d.second:02d}"


class AspSelectPagerSite(BaseSite):
    key = "b45_asp3_access_selectpager874"
    family = "generic"
    charset = "cp874"
    imitates = "Classic ASP 3.0 + Access news system on IIS 6 (provincial public-health office), windows-874 declared only by an upper-case META http-equiv (header text/html without charset); <title> = office name; news_show.asp?ID=N in a 780px table layout: date alone in the box's top-right cell (Thai digits, abbreviated month, BE), time 'เวลา ๑๔.๒๐ น.' in the bottom meta row beside 'ผู้อ่าน : ๑,๒๓๔ ครั้ง'; headline in <font size=3><b> with a press-release number line under it; lead paragraph apart in a shaded box above the picture, the rest <br><br>-separated with &nbsp; indents; 'ที่มา :' on some; 'ปรับปรุงข้อมูล : d/m/BE H:MM:SS' only when edited; print variant news_print.asp?ID=N linked from every article, forward/font-size tools, marquee, ข่าวอื่นๆ column, site counter; listing news_all.asp paged only by a <form> <select name=page> (onchange submit); deleted = empty-recordset template answering 200"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2023, 3, 28, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1530 - i * 2 if 1530 - i * 2 != DELETED_ID else 1516
            a.path = f"{SHOW}?ID={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 41 + (i * 211) % 2900
            if a.views >= 1000:
                a.views += 3
            a.extra["no"] = f"{88 - i}/{be(a.published)}"
            a.extra["image"] = i % 4 == 1
            if a.modified:
                a.modified = a.modified.replace(second=(i * 7) % 60)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?page={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def respond(self, text):
        return (
            200,
            {
                "Content-Type": "text/html",
                "X-Powered-By": "ASP.NET",
                "Set-Cookie": "ASPSESSIONIDQSRBTADC=MLKJNPEBFGHCADOMPEIJKLAB; path=/",
                "Cache-control": "private",
            },
            text.encode("cp874", errors="xmlcharrefreplace"),
        )

    def shell(self, center, right=""):
        marquee = " &nbsp;&nbsp;&#9632;&nbsp; ".join(
            f'<a href="news_show.asp?ID={a.id}"><font color="#FFFFFF">{esc(a.title)}</font></a>'
            for a in self.articles[:4]
        )
        menu = "".join(
            f'<tr><td><a href="{href}"><img src="images/menu_{n}.gif" width="160" height="26" border="0" alt="{esc(label)}"></a></td></tr>'
            for n, (href, label) in enumerate(
                [
                    ("default.asp", "หน้าแรก"),
                    ("about.asp", "ประวัติหน่วยงาน"),
                    ("structure.asp", "โครงสร้างองค์กร"),
                    ("news_all.asp", "ข่าวประชาสัมพันธ์"),
                    ("download.asp", "ดาวน์โหลดเอกสาร"),
                    ("webboard/default.asp", "เว็บบอร์ด"),
                    ("contact.asp", "ติดต่อเรา"),
                ]
            )
        )
        return f"""<HTML>
<HEAD>
<TITLE>{OFFICE}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-874">
<META NAME="keywords" CONTENT="สาธารณสุข,อุทัยธานี,สสจ.">
<LINK REL="stylesheet" HREF="include/style.css" TYPE="text/css">
<SCRIPT LANGUAGE="JavaScript" SRC="include/function.js"></SCRIPT>
<SCRIPT LANGUAGE="JavaScript">
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
function fontsize(n) {{ document.getElementById('newsdetail').style.fontSize = n + 'pt'; }}
</SCRIPT>
</HEAD>
<BODY BGCOLOR="#FFFFFF" LEFTMARGIN="0" TOPMARGIN="0" MARGINWIDTH="0" MARGINHEIGHT="0" BACKGROUND="images/bg.gif">
<TABLE WIDTH="780" BORDER="0" CELLPADDING="0" CELLSPACING="0" ALIGN="center">
<TR><TD COLSPAN="3"><IMG SRC="images/banner.jpg" WIDTH="780" HEIGHT="120" ALT="{OFFICE}"></TD></TR>
<TR><TD COLSPAN="3" BGCOLOR="#006633" HEIGHT="22"><MARQUEE SCROLLAMOUNT="3" ONMOUSEOVER="this.stop()" ONMOUSEOUT="this.start()"><font size="2" face="MS Sans Serif">{marquee}</font></MARQUEE></TD></TR>
<TR>
<TD WIDTH="160" VALIGN="top" BGCOLOR="#E6F2E6"><TABLE WIDTH="160" BORDER="0" CELLPADDING="0" CELLSPACING="0">{menu}</TABLE>
<br><div align="center"><font size="1" face="MS Sans Serif" color="#006633">{SITE_COUNTER}<br>เริ่มนับ ๑ ม.ค. ๒๕๔๘</font></div></TD>
<TD WIDTH="450" VALIGN="top">{center}</TD>
<TD WIDTH="170" VALIGN="top" BGCOLOR="#F5F5F5">{right}</TD>
</TR>
<TR><TD COLSPAN="3" BGCOLOR="#006633" ALIGN="center"><font size="1" face="MS Sans Serif" color="#FFFFFF">{OFFICE} {FOOTER} โทร. ๐-๕๖๕๑-๑๑๒๔<br>{BESTVIEW}<br>Copyright &copy; 2005 All rights reserved.</font></TD></TR>
</TABLE>
</BODY>
</HTML>
"""

    def other_news(self, a=None):
        items = [x for x in self.articles[:7] if x is not a][:6]
        rows = "".join(
            f'<tr><td valign="top"><img src="images/bullet.gif" width="7" height="7"></td><td><a href="news_show.asp?ID={x.id}" class="link"><font size="2" face="MS Sans Serif">{esc(x.title)}</font></a> <font size="1" color="#999999">({d_top(x.published)})</font></td></tr>'
            for x in items
        )
        return f'<table width="100%" border="0" cellspacing="2" cellpadding="2"><tr><td colspan="2" bgcolor="#006633"><font size="2" color="#FFFFFF"><b>{OTHER}</b></font></td></tr>{rows}<tr><td colspan="2" align="right"><a href="news_all.asp"><font size="1">&gt;&gt; ดูทั้งหมด</font></a></td></tr></table>'

    def listing(self, k):
        n = len(self.pages)
        items = list(self.pages[k])
        rows = []
        for j, a in enumerate(items):
            rows.append(
                f'<tr bgcolor="{"#FFFFFF" if j % 2 else "#F0F8F0"}"><td align="center" valign="top"><font size="2">{thai_digits(k * PER + j + 1)}</font></td><td><a href="news_show.asp?ID={a.id}" class="link"><font size="2" face="MS Sans Serif">{esc(a.title)}</font></a></td><td align="center" nowrap><font size="1">{d_top(a.published)}</font></td><td align="center"><font size="1">{thai_digits(f"{a.views:,}")}</font></td></tr>'
            )
            if k == 1 and j == 2:
                rows.append(
                    f'<tr bgcolor="#F0F8F0"><td align="center" valign="top"><font size="2">-</font></td><td><a href="news_show.asp?ID={DELETED_ID}" class="link"><font size="2" face="MS Sans Serif">{esc(DELETED_TITLE)}</font></a> <img src="images/new.gif" alt="new"></td><td align="center" nowrap><font size="1">{d_top(a.published)}</font></td><td align="center"><font size="1">๐</font></td></tr>'
                )
        opts = "".join(
            f'<option value="{j + 1}"{" selected" if j == k else ""}>หน้า {thai_digits(j + 1)}</option>'
            for j in range(n)
        )
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#006633"><img src="images/icon_news.gif" align="absmiddle"> <font size="3" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์ทั้งหมด</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCCCCC">
<tr bgcolor="#CCE5CC"><td align="center" width="30"><b><font size="2">ลำดับ</font></b></td><td align="center"><b><font size="2">หัวข้อข่าว</font></b></td><td align="center" width="80"><b><font size="2">วันที่</font></b></td><td align="center" width="45"><b><font size="2">อ่าน</font></b></td></tr>
{"".join(rows)}
</table></td></tr>
<tr><td align="center"><form name="frmPage" method="get" action="news_all.asp"><font size="2">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ &nbsp; ไปที่ <select name="page" onchange="document.frmPage.submit();">{opts}</select> จาก {thai_digits(n)} หน้า</font> <noscript><input type="submit" value="ไป"></noscript></form></td></tr>
</table>"""
        return self.shell(center, self.other_news())

    def body_html(self, a):
        rest = "<br><br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(x)}" for x in a.paras[1:])
        img = (
            f'<div align="center"><img src="upload/news/{a.id}_1.jpg" width="320" border="1"><br><font size="1" color="#666666">ภาพประกอบข่าว</font></div><br>'
            if a.extra["image"]
            else ""
        )
        lead = f'<table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#FFFFE0" style="border:1px dashed #CCCC99"><tr><td><font size="2" face="MS Sans Serif"><b>{esc(a.paras[0])}</b></font></td></tr></table><br>'
        src = f"<br><br><b>ที่มา :</b> {esc(a.source)}" if a.source else ""
        return lead, img, f'<font size="2" face="MS Sans Serif">{rest}{src}</font>'

    def article(self, a):
        lead, img, rest = self.body_html(a)
        p = a.published
        time_cell = f"เวลา {t_bottom(p)} น. &nbsp;|&nbsp; " if a.time_printed else ""
        mod = (
            f'<tr><td colspan="2" align="right"><font size="1" color="#999999">ปรับปรุงข้อมูล : {asp_now(a.modified)}</font></td></tr>'
            if a.modified
            else ""
        )
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#006633"><img src="images/icon_news.gif" align="absmiddle"> <font size="2" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td><td bgcolor="#006633" align="right"><font size="2" color="#FFFF99">วันที่ {d_top(p)}</font></td></tr>
<tr><td colspan="2" align="right"><font size="1"><a href="javascript:fontsize(10)">ก-</a> <a href="javascript:fontsize(12)">ก+</a> &nbsp; <a href="#" onclick="MM_openBrWindow('news_print.asp?ID={a.id}','print','scrollbars=yes,width=640,height=600');return false;"><img src="images/print.gif" border="0" align="absmiddle"> {PRINTLBL}</a> &nbsp; <a href="news_print.asp?ID={a.id}" target="_blank">ฉบับพิมพ์</a> &nbsp; <a href="sendfriend.asp?ID={a.id}"><img src="images/mail.gif" border="0" align="absmiddle"> {FORWARD}</a></font></td></tr>
<tr><td colspan="2"><font size="3" color="#990000" face="MS Sans Serif"><b>{esc(a.title)}</b></font><br><font size="2" color="#666666">ข่าวประชาสัมพันธ์ ฉบับที่ {thai_digits(a.extra["no"])}</font><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td colspan="2" id="newsdetail">{lead}{img}{rest}</td></tr>
<tr><td colspan="2"><hr size="1" noshade color="#CCCCCC"><font size="1" color="#666666">{time_cell}ผู้อ่าน : {thai_digits(f"{a.views:,}")} ครั้ง &nbsp;|&nbsp; โพสต์โดย : prudm</font></td></tr>
{mod}
<tr><td colspan="2" align="center"><a href="javascript:history.back()"><img src="images/back.gif" border="0" alt="ย้อนกลับ"></a></td></tr>
</table>"""
        return self.shell(center, self.other_news(a))

    def print_page(self, a):
        lead, img, rest = self.body_html(a)
        return f"""<HTML><HEAD><TITLE>พิมพ์ข่าว</TITLE><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=windows-874"></HEAD>
<BODY onload="window.print()"><table width="600" align="center"><tr><td><font size="2"><b>{OFFICE}</b></font><hr>
<font size="3"><b>{esc(a.title)}</b></font><br><font size="2">วันที่ {d_top(a.published)}</font><br><br>{lead}{rest}<hr><font size="1">พิมพ์จาก http://www.uthaihealth.go.th/news_show.asp?ID={a.id}</font></td></tr></table></BODY></HTML>
"""

    def deleted_page(self):
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#006633"><img src="images/icon_news.gif" align="absmiddle"> <font size="2" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td><td bgcolor="#006633" align="right"><font size="2" color="#FFFF99">วันที่ </font></td></tr>
<tr><td colspan="2"><font size="3" color="#990000" face="MS Sans Serif"><b></b></font><br><font size="2" color="#666666">ข่าวประชาสัมพันธ์ ฉบับที่ </font><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td colspan="2" id="newsdetail"><font size="2" face="MS Sans Serif"><center>{NOT_FOUND}</center></font></td></tr>
<tr><td colspan="2"><hr size="1" noshade color="#CCCCCC"><font size="1" color="#666666">ผู้อ่าน :  ครั้ง &nbsp;|&nbsp; โพสต์โดย : </font></td></tr>
</table>"""
        return self.shell(center, self.other_news())

    def route(self, path, query, raw_query, base):
        def q(name):
            v = query.get(name)
            return v[0] if v else ""

        if path in ("/", "/default.asp"):
            return 302, {"Location": base + LIST}, b""
        if path == LIST:
            page = q("page") or "1"
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.respond(self.listing(int(page) - 1))
        if path in (SHOW, PRINT):
            raw = q("ID")
            if path == SHOW and raw == str(DELETED_ID):
                return self.respond(self.deleted_page())
            if raw.isdigit() and int(raw) in self.by_id:
                a = self.by_id[int(raw)]
                return self.respond(self.article(a) if path == SHOW else self.print_page(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้อ่าน : {thai_digits(f'{a.views:,}')} ครั้ง",
                f"ข่าวประชาสัมพันธ์ ฉบับที่ {thai_digits(a.extra['no'])}",
                "โพสต์โดย : prudm",
                PRINTLBL,
                FORWARD,
                OTHER,
                SITE_COUNTER,
                FOOTER,
                BESTVIEW,
                "ภาพประกอบข่าว",
            ]
            if a.modified:
                must_not.append(f"ปรับปรุงข้อมูล : {asp_now(a.modified)}")
            must_not += [x.title for x in self.articles[:7] if x is not a][:6]
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = AspSelectPagerSite()

if __name__ == "__main__":
    main(SITE)
