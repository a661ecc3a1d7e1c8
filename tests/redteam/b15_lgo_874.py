"""Blind-15 red-team site: the **PHP website package sold to Thai local bodies (อปท.)**, here
องค์การบริหารส่วนตำบลหนองบัวแดง, table layout, served in **windows-874**, built blind.

What it imitates:
- old PHP package URLs: news module `news/list.php?cat=1` paginated by query
  (`&page=2`, numbered links "หน้า 1 2 3"), items `news/view.php?id=NNN&cat=1`;
- the bytes are windows-874; the **HTTP header names no charset** and the only declaration is a
  `<meta http-equiv="Content-Type" content="text/html; charset=windows-874">` placed **after
  more than 1,024 bytes** of inline style and script in the head (past a browser's prescan);
- the **same `<title>`** on every page (the body's name and address); there is **no h1**: the
  headline is a bold `<td class="topic">` cell of the news table, under a "ข่าวประชาสัมพันธ์"
  module banner image;
- **Thai-digit dates** with **two-digit BE years** "ลงวันที่ ๑๒/๐๑/๖๗" and "เวลา ๑๔:๓๐ น." for
  the items whose time was entered; the listing prints "[๑๒ ม.ค. ๖๗]";
- "เปิดอ่าน ๑๒๓๔ ครั้ง" (Thai digits, no thousands separator) in the table under the text;
- for some items "ข่าว/ภาพ : งานประชาสัมพันธ์ สำนักปลัด" as the last line of the text cell;
- furniture: left menu column (ข้อมูลพื้นฐาน, ผู้บริหาร, ITA, e-Service), a visitor counter
  "สถิติผู้เข้าชม" with Thai digits, a "ข่าวล่าสุด" box, a print icon, a "แจ้งข่าวนี้ให้เพื่อน"
  link, "ย้อนกลับ" and a "แสดงความคิดเห็น" form (ชื่อ / ข้อความ / รหัสยืนยัน) inside the news
  table, a marquee of the body's announcements at the top;
- the deleted item, linked from page 2, answers 200 with the empty news table and
  "ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b13_common import B9Site, build, hm, record

BODY = "องค์การบริหารส่วนตำบลหนองบัวแดง"
TITLE = "องค์การบริหารส่วนตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ"
SOURCE = "งานประชาสัมพันธ์ สำนักปลัด"
SOURCES = [None, SOURCE, None, None, SOURCE]
DELETED_ID = 228
DELETED = f"/news/view.php?id={DELETED_ID}&cat=1"


def yy(d: dt.datetime) -> str:
    return str(be(d))[-2:]


def list_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {yy(d)}")


def view_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{yy(d)}")


HEAD_JUNK = """<style type="text/css">
<!--
body { margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-image: url(images/bg.jpg); }
.style1 { font-family: Tahoma, "MS Sans Serif"; font-size: 13px; color: #333333; }
.style2 { font-family: Tahoma; font-size: 12px; color: #006600; font-weight: bold; }
.topic { font-family: Tahoma; font-size: 15px; color: #990000; font-weight: bold; }
.menu_left a:link, .menu_left a:visited { color: #003300; text-decoration: none; font-size: 13px; }
.menu_left a:hover { color: #FF6600; text-decoration: underline; }
.news_date { font-size: 11px; color: #999999; }
.counter { font-size: 11px; color: #666666; }
-->
</style>
<script language="JavaScript" type="text/JavaScript">
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
function NewWindow(mypage,myname,w,h,scroll){ var win = window.open(mypage,myname,'height='+h+',width='+w+',scrollbars='+scroll+',resizable'); }
//-->
</script>
"""


class LgoSite(B9Site):
    key = "b15_lgo_874"
    family = "generic"
    charset = "cp874"
    imitates = "PHP website package of a Thai local body (อบต.), table layout, windows-874 with no header charset and the only meta http-equiv past the first 1,024 bytes, news/list.php?cat=1&page=N, news/view.php?id=N&cat=1, same <title>, no h1 (headline a bold td.topic), Thai-digit two-digit-BE dates 'ลงวันที่ ๑๒/๐๑/๖๗' + 'เวลา ๑๔:๓๐ น.' for some, 'เปิดอ่าน ๑๒๓๔ ครั้ง', 'ข่าว/ภาพ :' last line for some, comment form inside the news table; deleted item = empty table + 'ไม่พบข้อมูลข่าวที่ท่านต้องการ' (200)"
    listing_path = "/news/list.php?cat=1"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 3, SOURCES, dt.datetime(2024, 3, 28, 16, 0), first_id=218, step=1
        )
        for a in self.articles:
            if a.id >= DELETED_ID:
                a.id += 1
            a.path = f"/news/view.php?id={a.id}&cat=1"
            a.tags = []
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def page_url(self, k):
        return self.listing_path if k == 0 else f"/news/list.php?cat=1&page={k + 1}"

    def robots(self):
        return "User-agent: *\nDisallow: /admin/\nDisallow: /news/comment_save.php\n"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        latest = "".join(
            f'<tr><td width="12"><img src="../images/bullet.gif" width="9" height="9"></td><td class="style1"><a href="/news/view.php?id={a.id}&amp;cat=1">{esc(a.title)}</a> <span class="news_date">[{list_date(a.published)}]</span></td></tr>'
            for a in self.articles[:5]
        )
        menu = "".join(
            f'<tr><td class="menu_left" height="24">&nbsp;<img src="../images/arrow.gif"> <a href="{h}">{t}</a></td></tr>'
            for h, t in [
                ("../index.php", "หน้าแรก"),
                ("../general.php", "ข้อมูลพื้นฐาน"),
                ("../executive.php", "คณะผู้บริหาร"),
                ("../council.php", "สมาชิกสภา"),
                ("list.php?cat=1", "ข่าวประชาสัมพันธ์"),
                ("list.php?cat=2", "ข่าวจัดซื้อจัดจ้าง"),
                ("../ita.php", "ITA การประเมินคุณธรรม"),
                ("../eservice.php", "e-Service"),
                ("../webboard/index.php", "กระดานสนทนา"),
                ("../contact.php", "ติดต่อเรา"),
            ]
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
{HEAD_JUNK}<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<meta name="keywords" content="อบต.หนองบัวแดง, หนองบัวแดง, ชัยภูมิ">
</head>
<body onLoad="MM_preloadImages('../images/menu_over.gif')">
<table width="1000" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="3"><img src="../images/banner.jpg" width="1000" height="220" alt="{BODY}"></td></tr>
  <tr><td colspan="3" bgcolor="#006600" class="style2"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF">ประกาศ {BODY} เรื่อง การยื่นแบบชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๗ ภายในเดือนเมษายน</font></marquee></td></tr>
  <tr>
    <td width="200" valign="top" bgcolor="#EAF5E4">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
        <tr><td><img src="../images/head_menu.gif" width="200" height="35" alt="เมนูหลัก"></td></tr>
        {menu}
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="counter" align="center"><b>สถิติผู้เข้าชม</b><br>วันนี้ ๑๒๘ คน<br>เดือนนี้ ๓,๔๑๗ คน<br>ทั้งหมด ๒๑๘,๐๕๒ คน<br>เริ่มนับ ๑ ต.ค. ๕๘</td></tr>
      </table>
    </td>
    <td width="580" valign="top">
{content}
    </td>
    <td width="220" valign="top" bgcolor="#F6FBF3">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td colspan="2"><img src="../images/head_lastnews.gif" width="220" height="35" alt="ข่าวล่าสุด"></td></tr>
        {latest}
      </table>
      <p align="center"><a href="http://www.dla.go.th" target="_blank"><img src="../images/link_dla.gif" border="0" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a></p>
    </td>
  </tr>
  <tr><td colspan="3" bgcolor="#006600" align="center" class="style1"><font color="#FFFFFF">{BODY} ๒๑๙ หมู่ ๕ ตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ ๓๖๒๑๐ โทร ๐-๔๔๘๗-๒๑๐๓<br>Copyright &copy; 2015 All rights reserved. พัฒนาโดย ไทยโลคอลเว็บ</font></td></tr>
</table>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for a in self.pages[k]:
            rows.append(self.row(a.id, a.title, a.published))
            if a.id == DELETED_ID + 1:
                rows.append(
                    self.row(
                        DELETED_ID,
                        "อบต.หนองบัวแดง ขอเชิญร่วมกิจกรรมวันท้องถิ่นไทย ประจำปี ๒๕๖๗",
                        a.published - dt.timedelta(hours=22),
                    )
                )
        nav = " ".join(
            f"<b>[{i + 1}]</b>"
            if i == k
            else f'<a href="/news/list.php?cat=1&amp;page={i + 1}">{i + 1}</a>'
            for i in range(len(self.pages))
        )
        return self.shell(
            f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td><img src="../images/head_news.gif" width="580" height="40" alt="ข่าวประชาสัมพันธ์"></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="3" cellspacing="1">
{"".join(rows)}
</table>
<table width="96%" border="0" align="center"><tr><td class="style1" align="center">หน้า {nav} &nbsp; (ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ)</td></tr></table>"""
        )

    def row(self, id_, title, d):
        return f"""<tr><td width="70" valign="top"><a href="/news/view.php?id={id_}&amp;cat=1"><img src="../upload/news/thumb_{id_}.jpg" width="64" height="48" border="0"></a></td>
<td valign="top" class="style1"><img src="../images/new.gif"> <a href="/news/view.php?id={id_}&amp;cat=1">{esc(title)}</a> <span class="news_date">[{list_date(d)}]</span></td></tr>"""

    def news_table(self, topic, date, text, views):
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
  <tr><td><img src="../images/head_news.gif" width="580" height="40" alt="ข่าวประชาสัมพันธ์"></td></tr>
</table>
<table width="96%" border="0" align="center" cellpadding="4" cellspacing="0">
  <tr><td class="topic">{topic}</td></tr>
  <tr><td class="news_date">{date}</td></tr>
  <tr><td class="style1">{text}</td></tr>
  <tr><td class="counter" align="right">{views} &nbsp; <a href="javascript:window.print()"><img src="../images/print.gif" border="0" alt="พิมพ์หน้านี้"></a> <a href="javascript:NewWindow('tell.php','tell','400','300','no')">แจ้งข่าวนี้ให้เพื่อน</a></td></tr>
  <tr><td align="center"><a href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a></td></tr>
  <tr><td>
    <form name="frmComment" method="post" action="comment_save.php">
    <table width="100%" border="0" cellpadding="2" cellspacing="1" bgcolor="#CCCCCC">
      <tr bgcolor="#EEEEEE"><td colspan="2" class="style2">แสดงความคิดเห็น</td></tr>
      <tr bgcolor="#FFFFFF"><td width="90" class="style1">ชื่อ :</td><td><input name="c_name" type="text" size="30"></td></tr>
      <tr bgcolor="#FFFFFF"><td class="style1">ข้อความ :</td><td><textarea name="c_detail" cols="40" rows="4"></textarea></td></tr>
      <tr bgcolor="#FFFFFF"><td class="style1">รหัสยืนยัน :</td><td><img src="captcha.php"> <input name="c_code" type="text" size="6"> <input type="submit" value="ส่งความคิดเห็น"></td></tr>
    </table>
    </form>
  </td></tr>
</table>"""

    def detail(self, a):
        when = f"ลงวันที่ : {view_date(a.published)}"
        if a.time_printed:
            when += f" เวลา {thai_digits(hm(a.published))} น."
        text = "".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br><br>" for p in a.paras)
        text = f'<img src="../upload/news/{a.id}_1.jpg" width="400" border="0"><br><br>' + text
        if a.source:
            text += f"ข่าว/ภาพ : {esc(a.source)}<br>"
        return self.shell(
            self.news_table(esc(a.title), when, text, f"เปิดอ่าน {thai_digits(a.views)} ครั้ง")
        )

    def deleted(self):
        return self.shell(
            self.news_table(
                "", "ลงวันที่ : ", "<center>ไม่พบข้อมูลข่าวที่ท่านต้องการ</center>", "เปิดอ่าน ๐ ครั้ง"
            )
        )

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            other = self.articles[1] if i == 0 else self.articles[0]
            must_not = [
                "เปิดอ่าน",
                "แจ้งข่าวนี้ให้เพื่อน",
                "ย้อนกลับ",
                "แสดงความคิดเห็น",
                "รหัสยืนยัน",
                "สถิติผู้เข้าชม",
                "ข่าว/ภาพ :",
                "ลงวันที่ :",
                "การยื่นแบบชำระภาษีที่ดินและสิ่งปลูกสร้าง",
                other.title,
                "พัฒนาโดย ไทยโลคอลเว็บ",
            ]
            out.append(record(self, a, must_not, modified=False, tags=False))
        return out


SITE = LgoSite()

if __name__ == "__main__":
    main(SITE)
