"""Blind-9 red-team site: a Dreamweaver-era PHP site of a provincial police station (สภ.),
table layout with `<font face="MS Sans Serif">`, built blind.  The bytes are TIS-620 and
**nothing declares it**: the header is `Content-Type: text/html` and there is no `<meta>`
charset (the Dreamweaver template's `<meta http-equiv>` line was deleted long ago).

What it imitates:
- a 778-pixel centred table: banner image, a row of GIF menu buttons (`onMouseOver=
  "MM_swapImage(...)"`), left column with "เมนูหลัก", "สายด่วน 191", "สถิติผู้เข้าชม" counter
  digits, "ผู้กำกับการ" photo; `<title>` "::: สถานีตำรวจภูธร... :::" on every page;
- the listing `news.php` and `news.php?page=N`: a table of rows "• <a>headline</a>
  <font color=#999999>(15/02/67)</font>" (dd/mm/yy, **two-digit BE**, no time) with
  "อ่าน 123" counts and a "new.gif" on the newest; pager "หน้า [1] 2 3 ถัดไป>>" at the foot;
- the detail `news_detail.php?news_id=N`: a header cell `<font size=4 color=#003399><b>
  headline</b></font>` in a `bgcolor` table, then "วันที่ลงข่าว : 15 ก.พ. 67 เวลา 10.30 น." in
  Thai digits for some items (๑๕ ก.พ. ๖๗ เวลา ๑๐.๓๐ น.), "ผู้ชม : 1234 ครั้ง", the body as
  `&nbsp;`-indented lines separated by `<br><br>`, a gallery of four thumbnails, "ข่าว/ภาพ :
  …" at the end for some; then "[ พิมพ์หน้านี้ ] [ ปิดหน้าต่าง ] [ กลับหน้าหลัก ]" and
  "ข่าวอื่นๆ" (five headlines with dates);
- no tags, no modified date;
- the deleted id answers 200 with the same template and "ไม่พบข้อมูลข่าวที่ท่านเลือก".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, esc, main, thai_digits
from .b9_common import B9Site, build, record

STATION = "สถานีตำรวจภูธรเมืองพิษณุโลก"
SOURCES = ["งานป้องกันปราบปราม สภ.เมืองพิษณุโลก", None, "ฝ่ายอำนวยการ", None, None, "งานสืบสวน"]
DELETED_ID = 406


def short_be(d):
    return f"{d.day:02d}/{d.month:02d}/{str(d.year + 543)[-2:]}"


def date_line(a):
    d = a.published
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"
    if a.time_printed:
        s += f" เวลา {d.hour:02d}.{d.minute:02d} น."
    return thai_digits(s) if a.id % 2 else s


class PoliceSite(B9Site):
    key = "b9_police_fontface"
    family = "generic"
    charset = "cp874"
    imitates = "Dreamweaver-era PHP site of a police station: TIS-620 bytes with no charset anywhere (header text/html, no meta), <font face='MS Sans Serif'> tables, same <title>, news.php?page=N rows with '(15/02/67)' dates and 'อ่าน N', news_detail.php?news_id=N with 'วันที่ลงข่าว : 15 ก.พ. 67 เวลา 10.30 น.' (Thai digits for some, 2-digit BE), 'ผู้ชม : N ครั้ง', &nbsp;-indented <br><br> body, 'ข่าว/ภาพ :', print/close/back links and 'ข่าวอื่นๆ'; deleted = 'ไม่พบข้อมูลข่าวที่ท่านเลือก'"
    listing_path = "/news.php"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 25, 38, SOURCES, dt.datetime(2024, 2, 27, 17, 0), first_id=380, step=1
        )
        for a in self.articles:
            a.path = f"/news_detail.php?news_id={a.id}"
            a.modified = None
            a.tags = []
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def page_url(self, k):
        return "/news.php" if k == 0 else f"/news.php?page={k + 1}"

    def deleted_paths(self):
        return [f"/news_detail.php?news_id={DELETED_ID}"]

    def shell(self, content):
        return f"""<html>
<head>
<title>::: {STATION} จังหวัดพิษณุโลก :::</title>
<link href="style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_swapImage() {{ var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }}
//-->
</script>
</head>
<body bgcolor="#E6EEF7" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="images/banner.jpg" width="778" height="150" alt=""></td></tr>
  <tr><td colspan="2" bgcolor="#003366"><a href="index.php" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('m1','','images/m1_on.gif',1)"><img src="images/m1.gif" name="m1" width="97" height="28" border="0" alt="หน้าแรก"></a><a href="about.php"><img src="images/m2.gif" name="m2" width="97" height="28" border="0" alt="ประวัติสถานี"></a><a href="news.php"><img src="images/m3.gif" name="m3" width="97" height="28" border="0" alt="ข่าวประชาสัมพันธ์"></a><a href="complain.php"><img src="images/m4.gif" name="m4" width="97" height="28" border="0" alt="ร้องเรียน/แจ้งเบาะแส"></a><a href="contact.php"><img src="images/m5.gif" name="m5" width="97" height="28" border="0" alt="ติดต่อเรา"></a></td></tr>
  <tr>
    <td width="180" valign="top" bgcolor="#F0F4FA">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td bgcolor="#336699"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
        <tr><td><font face="MS Sans Serif" size="2">
          <img src="images/arrow.gif"> <a href="index.php">หน้าแรก</a><br>
          <img src="images/arrow.gif"> <a href="news.php">ข่าวประชาสัมพันธ์</a><br>
          <img src="images/arrow.gif"> <a href="structure.php">โครงสร้างหน่วยงาน</a><br>
          <img src="images/arrow.gif"> <a href="download.php">ดาวน์โหลดแบบฟอร์ม</a><br>
          <img src="images/arrow.gif"> <a href="webboard/">เว็บบอร์ด</a></font></td></tr>
        <tr><td align="center"><img src="images/chief.jpg" width="120" height="150"><br><font face="MS Sans Serif" size="1">พ.ต.อ.ประสิทธิ์ รักษาความดี<br>ผู้กำกับการ{STATION}</font></td></tr>
        <tr><td align="center" bgcolor="#CC0000"><font face="MS Sans Serif" size="3" color="#FFFFFF"><b>สายด่วน 191</b></font><br><font face="MS Sans Serif" size="1" color="#FFFFFF">โทร. 055-258-777</font></td></tr>
        <tr><td align="center"><font face="MS Sans Serif" size="1">สถิติผู้เข้าชม<br><img src="counter/0.gif"><img src="counter/1.gif"><img src="counter/8.gif"><img src="counter/4.gif"><img src="counter/2.gif"><img src="counter/7.gif"><br>ตั้งแต่ 1 มกราคม 2553</font></td></tr>
      </table>
    </td>
    <td width="598" valign="top">
{content}
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#003366" align="center"><font face="MS Sans Serif" size="1" color="#FFFFFF">{STATION} 99 ถ.พุทธบูชา ต.ในเมือง อ.เมือง จ.พิษณุโลก 65000<br>Copyright &copy; 2010 All rights reserved. Best view 800x600 IE 6.0</font></td></tr>
</table>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            new = ' <img src="images/new.gif" width="28" height="11">' if (k == 0 and j < 2) else ""
            rows.append(self.row(a.path, a.title, a.published, a.views, new))
            if k == 1 and j == 6:
                rows.append(
                    self.row(
                        self.deleted_paths()[0],
                        "ประกาศรับสมัครอาสาสมัครตำรวจบ้าน ประจำปี 2567",
                        dt.datetime(2024, 1, 18),
                        57,
                        "",
                    )
                )
        last = len(self.pages)
        nav = ["<b>หน้า</b>"]
        for n in range(last):
            nav.append(
                f"<b>[{n + 1}]</b>" if n == k else f'<a href="{self.page_url(n)}">{n + 1}</a>'
            )
        if k < last - 1:
            nav.append(f'<a href="{self.page_url(k + 1)}">ถัดไป&gt;&gt;</a>')
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td background="images/bar_bg.gif" height="30"><font face="MS Sans Serif" size="3" color="#003366"><b>&nbsp;ข่าวประชาสัมพันธ์</b></font></td></tr>
  <tr><td><table width="100%" border="0" cellspacing="1" cellpadding="3">{"".join(rows)}</table></td></tr>
  <tr><td align="center"><font face="MS Sans Serif" size="2">{" ".join(nav)}</font></td></tr>
</table>"""
        return self.shell(content)

    def row(self, path, title, d, views, new):
        return f"""<tr><td width="15" valign="top"><font face="MS Sans Serif" size="2">&bull;</font></td><td><font face="MS Sans Serif" size="2"><a href="{path}" target="_blank">{esc(title)}</a> <font color="#999999">({short_be(d)})</font>{new}</font></td><td width="60" align="right"><font face="MS Sans Serif" size="1" color="#666666">อ่าน {views}</font></td></tr>"""

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def detail(self, a):
        body = "<br><br>".join(
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras
        )
        if a.source:
            body += f"<br><br><b>ข่าว/ภาพ :</b> {esc(a.source)}"
        gal = "".join(
            f'<td align="center"><a href="news_pic/{a.id}_{i}.jpg" target="_blank"><img src="news_pic/thumb_{a.id}_{i}.jpg" width="130" height="98" border="0"></a></td>'
            for i in range(1, 5)
        )
        oth = "".join(
            f'<font face="MS Sans Serif" size="2">&bull; <a href="{x.path}">{esc(x.title)}</a> <font color="#999999">({short_be(x.published)})</font></font><br>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td background="images/bar_bg.gif" height="30"><font face="MS Sans Serif" size="3" color="#003366"><b>&nbsp;ข่าวประชาสัมพันธ์</b></font></td></tr>
  <tr><td><table width="100%" border="0" cellpadding="6" cellspacing="0" bgcolor="#F5F8FC" style="border: 1px solid #99B4D1">
    <tr><td><font face="MS Sans Serif" size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
    <tr><td><font face="MS Sans Serif" size="1" color="#666666">วันที่ลงข่าว : {date_line(a)} &nbsp;|&nbsp; ผู้ชม : {a.views} ครั้ง</font></td></tr>
  </table></td></tr>
  <tr><td><font face="MS Sans Serif" size="2">{body}</font></td></tr>
  <tr><td><table border="0" cellspacing="4" cellpadding="0" align="center"><tr>{gal}</tr></table></td></tr>
  <tr><td align="center"><font face="MS Sans Serif" size="2">[ <a href="javascript:window.print()">พิมพ์หน้านี้</a> ] [ <a href="javascript:window.close()">ปิดหน้าต่าง</a> ] [ <a href="index.php">กลับหน้าหลัก</a> ]</font></td></tr>
  <tr><td bgcolor="#E6EEF7"><font face="MS Sans Serif" size="2" color="#003366"><b>ข่าวอื่นๆ</b></font></td></tr>
  <tr><td>{oth}</td></tr>
</table>"""
        return self.shell(content)

    def deleted(self):
        content = '<table width="100%" border="0" cellspacing="0" cellpadding="5"><tr><td background="images/bar_bg.gif" height="30"><font face="MS Sans Serif" size="3" color="#003366"><b>&nbsp;ข่าวประชาสัมพันธ์</b></font></td></tr><tr><td align="center" height="200"><font face="MS Sans Serif" size="2" color="#CC0000">ไม่พบข้อมูลข่าวที่ท่านเลือก</font><br><br><font face="MS Sans Serif" size="2">[ <a href="news.php">กลับหน้ารวมข่าว</a> ]</font></td></tr></table>'
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "วันที่ลงข่าว",
                f"ผู้ชม : {a.views} ครั้ง",
                "พิมพ์หน้านี้",
                "ปิดหน้าต่าง",
                "กลับหน้าหลัก",
                "ข่าวอื่นๆ",
                "สายด่วน 191",
                "สถิติผู้เข้าชม",
                "ผู้กำกับการ",
                "Best view 800x600",
            ] + [x.title for x in self.others(a)[:2]]
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = PoliceSite()

if __name__ == "__main__":
    main(SITE)
