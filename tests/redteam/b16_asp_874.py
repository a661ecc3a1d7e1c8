"""Blind-16 red-team site: an old ASP classic (VBScript + Access/MSSQL) site of a provincial
hall (ศาลากลางจังหวัด), Dreamweaver-era table layout without frames, served in windows-874,
built blind.

What it imitates:
- IIS 6 / ASP with `<%@ CodePage=874 %>` but no `Response.Charset`, on a server whose MIME
  map adds a default charset: the header says `Content-Type: text/html; charset=ISO-8859-1`
  (**a lying header in a single-byte charset**, so decoding never fails: the Thai bytes just
  become Latin-1 letters), while the page's first `<meta http-equiv="Content-Type"
  content="text/html; charset=windows-874">` tells the truth;
- **the same `<title>` on every page** ("..:: ศาลากลางจังหวัดน่าน ::.."); the headline in a
  `td.topic` cell (`<font size="3" color="#003366"><b>`) of a nested table, no `h1`;
- `FormatDateTime(rs("PostDate"), vbGeneralDate)` under LCID 1054 passed through a
  Thai-digit function: "โพสต์เมื่อ : ๑๕/๒/๒๕๖๗ ๑๐:๓๐:๐๐" (d/M/yyyy **BE**, seconds), and
  only the date for items stored at midnight (vbGeneralDate drops a zero time);
- "ผู้ชม ๑,๒๓๔ คน" (Thai digits, "คน"); no modified date, no tags;
- the body as one `td` with `&nbsp;` indents and `<br><br>` between paragraphs, and, for
  some items, the **office alone** on the last line (`<div align="right">`);
- "พิมพ์ข่าวนี้", "ส่งข่าวให้เพื่อน", "กลับหน้าก่อน", "ข่าวอื่นๆ ในหมวดเดียวกัน" under the body; a
  left menu, a "ข่าวล่าสุด" marquee and an image counter ("ผู้เข้าชมลำดับที่") around it;
- `/show_news.asp?NewsID=123`, listing `/news_all.asp?PageNo=N` (relative links, site root) ("หน้า [1] 2 3
  ถัดไป &gt;&gt;");
- the deleted NewsID: 200 with the frame of the page and "ไม่พบข้อมูลข่าวที่ท่านเลือก" (rs.EOF).
"""

from __future__ import annotations

import datetime as dt

from ._common import be, esc, main, thai_digits
from .b16_common import B9Site, build, commas, record

OFFICE = "สำนักงานจังหวัดน่าน"
TITLE = "..:: ศาลากลางจังหวัดน่าน ::.."
SOURCES = [
    None,
    "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    "ที่ทำการปกครองจังหวัดน่าน",
]
DELETED = "/show_news.asp?NewsID=2031"

DW_SCRIPT = """<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}
function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}
function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}
function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}
function openWin(url) { window.open(url,'print','width=700,height=600,scrollbars=yes'); }
//-->
</script>
<style type="text/css">
<!--
body { margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-color: #E8F0F8; }
.style1 { font-family: "MS Sans Serif", Tahoma; font-size: 14px; color: #003366; }
.style2 { font-family: Tahoma; font-size: 13px; color: #333333; }
.topic { font-family: Tahoma; font-size: 16px; color: #003366; font-weight: bold; }
a:link { color: #003399; text-decoration: none; } a:visited { color: #003399; text-decoration: none; }
a:hover { color: #FF6600; text-decoration: underline; }
-->
</style>"""


def lcid_general(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day}/{d.month}/{be(d)}"
    if with_time:
        s += f" {d.hour:02d}:{d.minute:02d}:{d.second:02d}"
    return thai_digits(s)


class AspSite(B9Site):
    key = "b16_asp_874"
    family = "generic"
    charset = "cp874"
    imitates = "ASP classic (IIS 6) provincial hall, windows-874 bytes under a header 'charset=ISO-8859-1' (the meta says windows-874), same <title> on every page, headline in a td.topic cell, 'โพสต์เมื่อ : ๑๕/๒/๒๕๖๗ ๑๐:๓๐:๐๐' (LCID 1054 d/M/yyyy BE, Thai digits, the time only for some), 'ผู้ชม ๑,๒๓๔ คน', body in one td with <br><br>, the office alone as the last line for some, print/send-to-friend/other-news under it; news_all.asp?PageNo=N; deleted = 'ไม่พบข้อมูลข่าวที่ท่านเลือก' (200)"
    listing_path = "/news_all.asp"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 21, 12, SOURCES, dt.datetime(2023, 11, 29, 16, 0), first_id=2040
        )
        for a in self.articles:
            a.path = f"/show_news.asp?NewsID={a.id}"
            a.tags = []
            a.modified = None
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {
                "Content-Type": "text/html; charset=ISO-8859-1",  # IIS's default: the header lies
                "X-Powered-By": "ASP.NET",
            },
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def page_url(self, k):
        return "/news_all.asp" if k == 0 else f"/news_all.asp?PageNo={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        marquee = " | ".join(
            f'<a href="show_news.asp?NewsID={a.id}">{esc(a.title)}</a>' for a in self.articles[:4]
        )
        page = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>{TITLE}</title>
{DW_SCRIPT}
</head>
<body onLoad="MM_preloadImages('images/menu_01_on.gif','images/menu_02_on.gif')">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="images/banner_nan.jpg" width="980" height="160" alt=""></td></tr>
  <tr><td colspan="2" bgcolor="#003366" height="24"><marquee scrollamount="3" onMouseOver="this.stop()" onMouseOut="this.start()"><font color="#FFFFFF" size="2"><b>ข่าวล่าสุด :</b></font> <font size="2">{marquee}</font></marquee></td></tr>
  <tr>
    <td width="200" valign="top" bgcolor="#D6E4F2">
      <table width="100%" border="0" cellspacing="0" cellpadding="4" class="style1">
        <tr><td><a href="default.asp" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('m1','','images/menu_01_on.gif',1)"><img src="images/menu_01.gif" name="m1" width="190" height="30" border="0" alt="หน้าแรก"></a></td></tr>
        <tr><td>&raquo; <a href="news_all.asp">ข่าวประชาสัมพันธ์</a></td></tr>
        <tr><td>&raquo; <a href="structure.asp">โครงสร้างหน่วยงาน</a></td></tr>
        <tr><td>&raquo; <a href="download.asp">ดาวน์โหลดเอกสาร</a></td></tr>
        <tr><td>&raquo; <a href="webboard/">เว็บบอร์ด</a></td></tr>
        <tr><td align="center"><br>ผู้เข้าชมลำดับที่<br><img src="counter/0.gif"><img src="counter/4.gif"><img src="counter/7.gif"><img src="counter/1.gif"><img src="counter/9.gif"><img src="counter/3.gif"></td></tr>
      </table>
    </td>
    <td width="780" valign="top">
{content}
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#003366" align="center"><font color="#FFFFFF" size="2" face="Tahoma">{OFFICE} ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000<br>โทร. 054-710-xxx &nbsp; Best view 1024x768 IE 6.0</font></td></tr>
</table>
</body>
</html>
"""
        return page

    def listing(self, k):
        rows = []
        items = [(a.id, a.title, a.published, a.time_printed, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(
                3,
                (
                    2031,
                    "ประกาศจังหวัดน่าน เรื่อง การรับสมัครคัดเลือกพนักงานราชการ (ยกเลิก)",
                    dt.datetime(2023, 6, 1),
                    False,
                    14,
                ),
            )
        for nid, title, d, _tp, views in items:
            rows.append(
                f'<tr><td width="20" valign="top"><img src="images/bullet.gif" width="9" height="9"></td><td class="style2"><a href="show_news.asp?NewsID={nid}">{esc(title)}</a> <font color="#999999">[{lcid_general(d, False)}]</font> <font color="#FF0000" size="1">(อ่าน {thai_digits(views)})</font></td></tr>'
            )
        n = len(self.pages)
        nums = " ".join(
            f"[{thai_digits(i + 1)}]"
            if i == k
            else f'<a href="news_all.asp?PageNo={i + 1}">{thai_digits(i + 1)}</a>'
            for i in range(n)
        )
        nxt = f' <a href="news_all.asp?PageNo={k + 2}">ถัดไป &gt;&gt;</a>' if k < n - 1 else ""
        prv = f'<a href="news_all.asp?PageNo={k}">&lt;&lt; ก่อนหน้า</a> ' if k else ""
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="6">
  <tr><td bgcolor="#336699"><font color="#FFFFFF" face="Tahoma" size="2"><b>ข่าวประชาสัมพันธ์จังหวัดน่าน</b></font></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="2" cellpadding="3">{"".join(rows)}</table></td></tr>
  <tr><td align="center" class="style2">หน้า {prv}{nums}{nxt}</td></tr>
</table>"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 3) : i + 4] if x is not a][:5]

    def detail(self, a):
        body = "<br><br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras)
        sign = f'<div align="right">{esc(a.source)}</div>' if a.source else ""
        oth = "".join(
            f'<tr><td class="style2">- <a href="show_news.asp?NewsID={x.id}">{esc(x.title)}</a></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="6">
  <tr><td bgcolor="#336699"><font color="#FFFFFF" face="Tahoma" size="2"><b>ข่าวประชาสัมพันธ์จังหวัดน่าน</b></font></td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="0" cellpadding="4">
      <tr><td class="topic"><font size="3" color="#003366"><b>{esc(a.title)}</b></font></td></tr>
      <tr><td class="style2"><font color="#666666">โพสต์เมื่อ : {lcid_general(a.published, a.time_printed)} &nbsp;|&nbsp; ผู้ชม {thai_digits(commas(a.views))} คน</font></td></tr>
      <tr><td align="center"><img src="news_pic/{a.id}_1.jpg" width="400" border="0"></td></tr>
      <tr><td class="style2">{body}<br><br>{sign}</td></tr>
      <tr><td align="right" class="style2"><a href="javascript:openWin('print_news.asp?NewsID={a.id}')"><img src="images/print.gif" border="0"> พิมพ์ข่าวนี้</a> &nbsp; <a href="sendfriend.asp?NewsID={a.id}"><img src="images/mail.gif" border="0"> ส่งข่าวให้เพื่อน</a> &nbsp; <a href="javascript:history.back()">กลับหน้าก่อน</a></td></tr>
    </table>
  </td></tr>
  <tr><td bgcolor="#D6E4F2"><b class="style1">ข่าวอื่นๆ ในหมวดเดียวกัน</b></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{oth}</table></td></tr>
</table>"""
        return self.shell(content)

    def deleted(self):
        content = """<table width="100%" border="0" cellspacing="0" cellpadding="6">
  <tr><td bgcolor="#336699"><font color="#FFFFFF" face="Tahoma" size="2"><b>ข่าวประชาสัมพันธ์จังหวัดน่าน</b></font></td></tr>
  <tr><td align="center" class="style2"><br><br><font color="#FF0000">ไม่พบข้อมูลข่าวที่ท่านเลือก</font><br><br><a href="javascript:history.back()">กลับหน้าก่อน</a></td></tr>
</table>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "โพสต์เมื่อ",
                "ผู้ชม",
                "พิมพ์ข่าวนี้",
                "ส่งข่าวให้เพื่อน",
                "กลับหน้าก่อน",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ผู้เข้าชมลำดับที่",
                "ข่าวล่าสุด :",
                "Best view 1024x768",
            ] + [x.title for x in self.others(a)]
            out.append(record(self, a, must_not, modified=False))
        return out


SITE = AspSite()

if __name__ == "__main__":
    main(SITE)
