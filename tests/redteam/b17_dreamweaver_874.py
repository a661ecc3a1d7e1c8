"""Blind-17 red-team site: a static site exported from Adobe Dreamweaver (FrontPage-era HTML 4
Transitional, table layout, one file per news item, links "relative to site root") of a sub-district municipality
(เทศบาลตำบล), served in windows-874 under a **lying meta**, built blind.

What it imitates:
- files `/news/news_0123.html`, listing files `/news/index.html`, `/news/index2.html`,
  `/news/index3.html` (hand-made pager "หน้า 1 2 3 หน้าถัดไป >>");
- bytes in windows-874 (the news files were never re-saved), but the meta, replaced across
  the site by a search-and-replace when the home page moved to Unicode, says
  **`charset=utf-8`**, and the header names no charset ("text/html"): read as UTF-8 the
  bytes are invalid, so the page's own declaration must be overruled;
- `<title>Untitled Document</title>` on every page (Dreamweaver's default, never changed);
  the headline in `<font size="4" color="#003399"><b>` inside a table cell, no h1;
- the date line "ข่าวประจำวันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗" (**Thai digits**, no "พ.ศ."),
  " เวลา ๑๐.๓๐ น." for some; Dreamweaver's auto-updating date
  `<!-- #BeginDate format:Am1 -->February 20, 2024<!-- #EndDate -->` after
  "ปรับปรุงล่าสุด :" (**English, month-first**) only on pages saved again after publication;
- the text as `&nbsp;`-indented runs separated by `<br><br>` in one `td`; "ข่าว/ภาพ : ..."
  as a labelled last line for some; a Count.cgi image counter (no number); "กลับหน้าหลัก",
  "พิมพ์หน้านี้", MM_swapImage menu buttons, a marquee;
- the deleted item (linked from page 2) is a leftover copy of the news template with the
  placeholders "หัวข้อข่าว" / "รายละเอียดข่าว" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, be, esc, main, thai_digits
from .b17_common import TZ, B9Site, build, record

ORG = "เทศบาลตำบลบ้านแพ้ว"
SOURCES = ["งานประชาสัมพันธ์ สำนักปลัดเทศบาล", None, "กองสาธารณสุขและสิ่งแวดล้อม", None, None]
DELETED = "/news/news_0107.html"
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def dateline(d: dt.datetime, tp: bool) -> str:
    s = f"ข่าวประจำ{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}"
    if tp:
        s += f" เวลา {d.hour:02d}.{d.minute:02d} น."
    return thai_digits(s)


class DreamweaverSite(B9Site):
    key = "b17_dreamweaver_874"
    family = "generic"
    charset = "cp874"
    imitates = "Dreamweaver static HTML 4 table layout: /news/news_0123.html, /news/index.html, index2.html, index3.html; windows-874 bytes under a meta that says utf-8 and a header with no charset; <title>Untitled Document</title> everywhere; headline in <font size=4><b>; 'ข่าวประจำวันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๐.๓๐ น.' (Thai digits, time for some); '#BeginDate format:Am1' 'February 20, 2024' after 'ปรับปรุงล่าสุด :' only for some; <br><br> paragraphs; 'ข่าว/ภาพ :' last line; no counter number; deleted = leftover template with placeholders (200)"
    listing_path = "/news/index.html"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 1402, SOURCES, dt.datetime(2024, 6, 28, 16, 0), first_id=108, step=1
        )
        for a in self.articles:
            a.path = f"/news/news_{a.id:04d}.html"
            a.views = None
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/news/index.html" if k == 0 else f"/news/index{k + 1}.html"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def shell(self, content):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>Untitled Document</title>
<link href="../css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function MM_preloadImages() {{ //v3.0
  var d=document; if(d.images){{ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){{ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}}}
}}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" onLoad="MM_preloadImages('../images/bt_home_o.gif','../images/bt_news_o.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="2"><img src="../images/banner.jpg" width="780" height="150" alt="{ORG}"></td></tr>
  <tr><td colspan="2" bgcolor="#003399"><marquee scrollamount="3"><font color="#FFFFFF" size="2">ยินดีต้อนรับสู่เว็บไซต์{ORG} อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร</font></marquee></td></tr>
  <tr>
    <td width="160" valign="top" bgcolor="#E6ECFF">
      <a href="../index.html" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('home','','../images/bt_home_o.gif',1)"><img src="../images/bt_home.gif" name="home" width="160" height="30" border="0" alt="หน้าหลัก"></a><br>
      <a href="index.html" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('news','','../images/bt_news_o.gif',1)"><img src="../images/bt_news.gif" name="news" width="160" height="30" border="0" alt="ข่าวประชาสัมพันธ์"></a><br>
      <a href="../about.html"><img src="../images/bt_about.gif" width="160" height="30" border="0" alt="ข้อมูลเทศบาล"></a><br>
      <br><div align="center"><font size="2">จำนวนผู้เยี่ยมชม</font><br><img src="/cgi-bin/Count.cgi?df=banpaeo.dat&amp;dd=C" alt="counter"></div>
    </td>
    <td width="620" valign="top">
{content}
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="2">{ORG} 99 หมู่ 3 ตำบลบ้านแพ้ว อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร 74120 โทร. 0-3448-1234<br>Copyright &copy; 2007 All rights reserved. ควรชมด้วยความละเอียด 800x600</font></td></tr>
</table>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published))
            if k == 1 and j == 6:
                rows.append(
                    self.row(
                        DELETED,
                        "ประชาสัมพันธ์การชำระภาษีป้าย ประจำปี ๒๕๖๗",
                        dt.datetime(2024, 1, 5, tzinfo=TZ),
                    )
                )
        n = len(self.pages)
        nums = " ".join(
            f"<b>[{i + 1}]</b>"
            if i == k
            else f'<a href="{self.page_url(i).rsplit("/", 1)[1]}">{i + 1}</a>'
            for i in range(n)
        )
        nxt = (
            f' <a href="{self.page_url(k + 1).rsplit("/", 1)[1]}">หน้าถัดไป &gt;&gt;</a>'
            if k < n - 1
            else ""
        )
        content = f"""      <table width="100%" border="0" cellspacing="2" cellpadding="4">
        <tr><td bgcolor="#FFCC00"><font size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
{"".join(rows)}
        <tr><td align="center"><font size="2">หน้า {nums}{nxt}</font></td></tr>
      </table>"""
        return self.shell(content)

    def row(self, path, title, d):
        return f"""        <tr><td><img src="../images/bullet.gif" width="9" height="9"> <a href="{path}"><font size="2">{esc(title)}</font></a> <font size="1" color="#999999">({thai_digits(f"{d.day}/{d.month}/{be(d)}")})</font></td></tr>
"""

    def detail(self, a):
        body = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in a.paras)
        src = f"<br><br>\n<b>ข่าว/ภาพ :</b> {esc(a.source)}" if a.source else ""
        upd = ""
        if a.modified:
            m = a.modified
            upd = f'<tr><td align="right"><font size="1" color="#666666">ปรับปรุงล่าสุด : <!-- #BeginDate format:Am1 -->{EN_MONTHS[m.month - 1]} {m.day}, {m.year}<!-- #EndDate --></font></td></tr>'
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td bgcolor="#FFCC00"><font size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
        <tr><td><font size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
        <tr><td><font size="2" color="#CC0000">{dateline(a.published, a.time_printed)}</font></td></tr>
        <tr><td align="center"><img src="../images/news/{a.id:04d}_1.jpg" width="400" height="300"></td></tr>
        <tr><td class="text"><font face="MS Sans Serif, Tahoma" size="2">
{body}{src}
        </font></td></tr>
{upd}
        <tr><td align="center"><font size="2"><a href="javascript:window.print()">[พิมพ์หน้านี้]</a> | <a href="index.html">[กลับหน้าข่าว]</a> | <a href="../index.html">[กลับหน้าหลัก]</a></font></td></tr>
      </table>"""
        return self.shell(content)

    def deleted(self):
        content = """      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td bgcolor="#FFCC00"><font size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
        <tr><td><font size="4" color="#003399"><b>หัวข้อข่าว</b></font></td></tr>
        <tr><td><font size="2" color="#CC0000">ข่าวประจำวันที่ </font></td></tr>
        <tr><td class="text"><font face="MS Sans Serif, Tahoma" size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;รายละเอียดข่าว</font></td></tr>
        <tr><td align="center"><font size="2"><a href="index.html">[กลับหน้าข่าว]</a></font></td></tr>
      </table>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ข่าว/ภาพ :",
                "ปรับปรุงล่าสุด",
                "พิมพ์หน้านี้",
                "กลับหน้าข่าว",
                "กลับหน้าหลัก",
                "จำนวนผู้เยี่ยมชม",
                "ยินดีต้อนรับสู่เว็บไซต์",
                "ควรชมด้วยความละเอียด",
                "Copyright",
            ]
            out.append(record(self, a, must_not, views=False, modified_time=False))
        return out


SITE = DreamweaverSite()

if __name__ == "__main__":
    main(SITE)
