"""Blind-18 red-team site (part B): a **legacy ColdFusion** provincial site (จังหวัดพิจิตร, built
around 2005 in Dreamweaver + CFML, `.cfm?newsid=`), served in **windows-874 but labelled
ISO-8859-1** by the server, table layout, built blind.

What it imitates:
- the bytes are windows-874; the HTTP header says `text/html; charset=ISO-8859-1` (the JRun /
  `<cfcontent>` default of the old server) and **no `<meta>` names a charset** (the Dreamweaver
  template's meta was removed when the page went through `<cfinclude>`): read as Latin-1 every
  Thai letter is mojibake;
- the **same `<title>`** on every page ("จังหวัดพิจิตร :: Phichit Province"); nested layout tables
  (`width="780"`), a banner, a `<marquee>` "ข่าวเด่น" with the latest headlines, a left menu
  table, a right column "ข่าวล่าสุด" and "สถิติผู้เข้าชม" with an image-digit counter;
- the listing `/news/news_list.cfm?typeid=1`, paginated by **row offsets** `&startrow=11`,
  `&startrow=21` with only "<< ก่อนหน้า" / "ถัดไป >>" (no numbers) and "หน้า ๒/๓"; each row
  "(๑๔ ก.พ. ๖๗)" and "อ่าน 123"; relative-free absolute links `/news/news_detail.cfm?newsid=N`;
- the detail page has **no heading element**: a cell "วันที่ ๑๔ ก.พ. ๖๗" (Thai digits,
  abbreviated month, **two-digit BE year**) plus "เวลา ๑๐.๓๐ น." for items whose time was entered,
  then "อ่าน ๑,๒๓๔ ครั้ง", and **only then** the headline in `<font size="3" color="#990000"><b>`;
  "แก้ไขล่าสุด ๑๖ ก.พ. ๖๗ เวลา ๑๔.๒๒ น." printed **only for items that were edited**;
- the text as `&nbsp;`-indented lines separated by `<br><br>` inside one `<font face="MS Sans
  Serif">` cell (no `<p>`); it ends for some items in "เรียบเรียง : office", for others in the
  **office alone** on a right-aligned last line; "ภาพประกอบข่าว" thumbnails, "พิมพ์หน้านี้",
  "ส่งข่าวให้เพื่อน", "ย้อนกลับ" and "ข่าวอื่นๆ ในหมวดเดียวกัน" (five titles with dates) follow
  **inside the same content table**;
- the deleted item linked from page 2 answers 200 with the detail template and empty cells
  ("วันที่  เวลา  น.", empty headline) and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main, thai_digits
from .b18b_common import B9Site, build, commas, hm, record, th_short_2y

TITLE = "จังหวัดพิจิตร :: Phichit Province"
LIST = "/news/news_list.cfm?typeid=1"
DETAIL = "/news/news_detail.cfm?newsid="
SOURCES = [
    "ส่วนอำนวยการ สำนักงานจังหวัดพิจิตร",
    None,
    "ประชาสัมพันธ์จังหวัดพิจิตร",
    "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด",
    None,
]


class CfmSite(B9Site):
    key = "b18_cfm_874"
    family = "generic"
    charset = "cp874"
    imitates = "legacy ColdFusion provincial site (.cfm?newsid=), windows-874 bytes under an ISO-8859-1 header and no meta charset, same <title>, nested tables, listing ?typeid=1&startrow=11 prev/next only, no heading: 'วันที่ ๑๔ ก.พ. ๖๗' + 'เวลา ๑๐.๓๐ น.' (some) + 'อ่าน ๑,๒๓๔ ครั้ง' above a <font><b> headline, 'แก้ไขล่าสุด …' only for edited items, <br><br> text ending 'เรียบเรียง : office' or the office alone, photos/print/send/back/related inside the content table; deleted newsid = empty template + 'ไม่พบข้อมูล' (200)"
    listing_path = LIST
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 22, 29, SOURCES, dt.datetime(2023, 11, 30, 16, 0), first_id=3307, step=2
        )
        for i, a in enumerate(self.articles):
            a.path = f"{DETAIL}{a.id}"
            a.extra["office_alone"] = bool(a.source) and i % 2 == 1
        self.deleted_id = self.articles[14].id + 1
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=ISO-8859-1"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}&startrow={k * self.per_page + 1}"

    def deleted_paths(self):
        return [f"{DETAIL}{self.deleted_id}"]

    # ------------------------------------------------------------ shell

    def shell(self, content):
        marquee = " &nbsp;&nbsp;::&nbsp;&nbsp; ".join(esc(a.title) for a in self.articles[:4])
        latest = "".join(
            f'<tr><td width="10" valign="top"><img src="/images/bullet_red.gif" width="7" height="7"></td><td class="txt_small"><a href="{a.path}" class="link_news">{esc(a.title)}</a> <font color="#999999">({th_short_2y(a.published)})</font></td></tr>'
            for a in self.articles[:6]
        )
        digits = "".join(
            f'<img src="/counter/digits/{c}.gif" alt="{c}" width="15" height="20">'
            for c in "0418273"
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
<link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/mm_menu.js"></script>
<script language="JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="3"><img src="/images/banner_phichit.jpg" width="780" height="150" alt="จังหวัดพิจิตร เมืองชาละวัน"></td></tr>
  <tr><td colspan="3" bgcolor="#006633" height="24" class="txt_white">&nbsp;<a href="/index.cfm" class="link_white">หน้าแรก</a> | <a href="/about/history.cfm" class="link_white">ประวัติจังหวัด</a> | <a href="{LIST}" class="link_white">ข่าวประชาสัมพันธ์</a> | <a href="/news/news_list.cfm?typeid=2" class="link_white">ข่าวจัดซื้อจัดจ้าง</a> | <a href="/webboard/index.cfm" class="link_white">กระดานสนทนา</a> | <a href="/contact.cfm" class="link_white">ติดต่อเรา</a></td></tr>
  <tr><td colspan="3" bgcolor="#FFFFCC" height="22"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td width="70" bgcolor="#CC0000" class="txt_white" align="center"><b>ข่าวเด่น</b></td><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">{marquee}</marquee></td></tr></table></td></tr>
  <tr>
    <td width="170" valign="top" bgcolor="#F0F7EE">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td bgcolor="#339966" class="txt_white"><b>เมนูหลัก</b></td></tr>
        <tr><td class="txt_menu">&raquo; <a href="/about/vision.cfm">วิสัยทัศน์</a><br>&raquo; <a href="/about/governor.cfm">ผู้บริหารจังหวัด</a><br>&raquo; <a href="/amphoe/index.cfm">ข้อมูลอำเภอ</a><br>&raquo; <a href="{LIST}">ข่าวประชาสัมพันธ์</a><br>&raquo; <a href="/download/index.cfm">ดาวน์โหลดเอกสาร</a><br>&raquo; <a href="/link.cfm">เว็บไซต์หน่วยงาน</a></td></tr>
        <tr><td bgcolor="#339966" class="txt_white"><b>สมาชิก</b></td></tr>
        <tr><td><form name="frmLogin" method="post" action="/member/login.cfm">ชื่อผู้ใช้<br><input name="username" type="text" size="15"><br>รหัสผ่าน<br><input name="password" type="password" size="15"><br><input type="submit" value="เข้าสู่ระบบ"></form></td></tr>
      </table>
    </td>
    <td width="440" valign="top">
{content}
    </td>
    <td width="170" valign="top" bgcolor="#F0F7EE">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td colspan="2" bgcolor="#339966" class="txt_white"><b>ข่าวล่าสุด</b></td></tr>
        {latest}
        <tr><td colspan="2" bgcolor="#339966" class="txt_white"><b>สถิติผู้เข้าชม</b></td></tr>
        <tr><td colspan="2" align="center">{digits}<br><font size="1">เริ่มนับ 1 ตุลาคม 2548</font></td></tr>
      </table>
    </td>
  </tr>
  <tr><td colspan="3" bgcolor="#006633" align="center" class="txt_white"><br>ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>โทรศัพท์ 0-5661-1244 โทรสาร 0-5661-2055<br>Copyright &copy; 2548 Phichit Province. All rights reserved.<br>ควรชมด้วยความละเอียด 800x600 ขึ้นไป ด้วย Internet Explorer 6.0<br><br></td></tr>
</table>
</body>
</html>"""

    # ------------------------------------------------------------ listing

    def row(self, path, title, d, views):
        return f"""        <tr>
          <td width="12" valign="top"><img src="/images/icon_news.gif" width="9" height="9"></td>
          <td class="txt_normal"><a href="{path}" class="link_news">{esc(title)}</a> <font color="#999999" size="1">({th_short_2y(d)})</font> <font color="#FF6600" size="1">อ่าน {views}</font></td>
        </tr>"""

    def listing(self, k):
        rows = []
        for a in self.pages[k]:
            rows.append(self.row(a.path, a.title, a.published, a.views))
            if a is self.articles[14]:
                rows.append(
                    self.row(
                        self.deleted_paths()[0],
                        "จังหวัดพิจิตรประชุมคณะกรมการจังหวัดประจำเดือน",
                        a.published + dt.timedelta(hours=3),
                        0,
                    )
                )
        n = len(self.pages)
        nav = []
        if k:
            nav.append(f'<a href="{self.page_url(k - 1)}">&lt;&lt; ก่อนหน้า</a>')
        if k < n - 1:
            nav.append(f'<a href="{self.page_url(k + 1)}">ถัดไป &gt;&gt;</a>')
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td colspan="2"><img src="/images/head_news.gif" width="430" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
{chr(10).join(rows)}
        <tr><td colspan="2" align="center" class="txt_normal"><br>หน้า {thai_digits(k + 1)}/{thai_digits(n)} &nbsp; {" | ".join(nav)}</td></tr>
      </table>"""
        return self.shell(content)

    # ------------------------------------------------------------ detail

    def detail_table(self, *, date, views, title, body, after, modified=""):
        return f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td><img src="/images/head_news.gif" width="430" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
        <tr><td class="txt_small"><a href="/index.cfm">หน้าแรก</a> &gt; <a href="{LIST}">ข่าวประชาสัมพันธ์</a></td></tr>
        <tr><td class="txt_date"><font color="#666666" size="2">{date}</font> &nbsp; <font color="#FF6600" size="2">{views}</font></td></tr>
        <tr><td class="txt_topic"><font size="3" color="#990000"><b>{title}</b></font></td></tr>
        <tr><td class="txt_normal"><font face="MS Sans Serif, Tahoma" size="2">{body}</font></td></tr>
{modified}{after}
      </table>"""

    def detail(self, a):
        lines = "<br><br>".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras)
        if a.source and a.extra["office_alone"]:
            lines += f'<br><br><div align="right">{esc(a.source)}</div>'
        elif a.source:
            lines += f"<br><br>เรียบเรียง : {esc(a.source)}"
        date = f"วันที่ {th_short_2y(a.published)}"
        if a.time_printed:
            date += f" เวลา {thai_digits(hm(a.published, '.'))} น."
        mod = ""
        if a.modified:
            mod = f'        <tr><td align="right"><font color="#999999" size="1">แก้ไขล่าสุด {th_short_2y(a.modified)} เวลา {thai_digits(hm(a.modified, "."))} น.</font></td></tr>\n'
        others = [x for x in self.articles if x is not a][:5]
        related = "".join(
            f'<tr><td width="12"><img src="/images/bullet_red.gif" width="7" height="7"></td><td class="txt_small"><a href="{x.path}">{esc(x.title)}</a> <font color="#999999">({th_short_2y(x.published)})</font></td></tr>'
            for x in others
        )
        after = f"""        <tr><td><b>ภาพประกอบข่าว</b><br><a href="/news/photo/{a.id}_1.jpg" target="_blank"><img src="/news/photo/thumb/{a.id}_1.jpg" width="100" height="75" border="0"></a> <a href="/news/photo/{a.id}_2.jpg" target="_blank"><img src="/news/photo/thumb/{a.id}_2.jpg" width="100" height="75" border="0"></a></td></tr>
        <tr><td align="center" class="txt_small"><a href="#" onclick="MM_openBrWindow('/news/news_print.cfm?newsid={a.id}','print','scrollbars=yes,width=650,height=500');return false;"><img src="/images/icon_print.gif" border="0"> พิมพ์หน้านี้</a> | <a href="/news/news_send.cfm?newsid={a.id}"><img src="/images/icon_mail.gif" border="0"> ส่งข่าวให้เพื่อน</a> | <a href="javascript:history.back()">ย้อนกลับ</a></td></tr>
        <tr><td bgcolor="#E8F3E4"><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b></td></tr>
        <tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{related}</table></td></tr>
"""
        views = f"อ่าน {thai_digits(commas(a.views))} ครั้ง"
        return self.shell(
            self.detail_table(
                date=date, views=views, title=esc(a.title), body=lines, after=after, modified=mod
            )
        )

    def deleted(self):
        return self.shell(
            self.detail_table(
                date="วันที่  เวลา  น.",
                views="อ่าน  ครั้ง",
                title="",
                body='<div align="center"><br><br>ไม่พบข้อมูล<br><br></div>',
                after='        <tr><td align="center"><a href="javascript:history.back()">ย้อนกลับ</a></td></tr>\n',
            )
        )

    def expected(self):
        out = []
        for a in self.articles:
            others = [x for x in self.articles if x is not a][:5]
            must_not = [
                "ภาพประกอบข่าว",
                "พิมพ์หน้านี้",
                "ส่งข่าวให้เพื่อน",
                "ย้อนกลับ",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                others[-1].title,
                f"อ่าน {thai_digits(commas(a.views))} ครั้ง",
                "แก้ไขล่าสุด",
                "สถิติผู้เข้าชม",
                "ข่าวเด่น",
                "เรียบเรียง :",
                "ควรชมด้วยความละเอียด",
            ]
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = CfmSite()

if __name__ == "__main__":
    main(SITE)
