"""Blind-19 red-team site: a legacy Perl CGI news board of a sub-district administrative
organisation (อบต.), webboard-style table layout, served in windows-874 with no charset
declared anywhere, built blind.

What it imitates:
- one script, `/cgi-bin/news.cgi`: the list (20 lines a page) at `news.cgi`, then
  `news.cgi?start=10`, `news.cgi?start=20` (**offsets, next-only**: "หน้าถัดไป >>" and a
  `javascript:history.back()` "<< ย้อนกลับ"), items at `news.cgi?id=NNN`;
- HTML 3.2 tables, `<font>`, `bgcolor`, no `<meta>` at all, bytes in windows-874 under a
  bare `Content-Type: text/html`; the same `<title>` on every page;
- the headline in a coloured table cell as "เรื่อง : …" (the label is not the title), the text
  in the message cell as `<br><br>`-separated lines, not paragraphs;
- the poster line *below* the message, webboard style: "โดย : admin [IP: 110.77.x.x]",
  "วันที่ ๑๕/๐๒/๒๕๖๗ เวลา ๑๐:๓๐ น." (**Thai digits**, BE, time only for some items),
  "เปิดอ่าน ๑,๒๓๔ ครั้ง"; "แก้ไขล่าสุด ๑๗/๐๒/๖๗ ๐๙:๑๒" (two-digit BE) only for edited items;
- inside the message cell: the source line "ข่าว/ภาพ : …" or "เรียบเรียง : …" for some items,
  the attachment line, "[ พิมพ์ข่าวนี้ ] [ ส่งให้เพื่อน ]" and font-size tools;
- two reader comments ("ความคิดเห็นที่ 1") and a reply form below, a left menu column with
  "ข่าวล่าสุด" and a digit-image visitor counter;
- the deleted id answers 200 "ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import be, esc, main, thai_digits
from .b8_common import record
from .b13_common import B9Site, build, hm, neighbours

ORG = "องค์การบริหารส่วนตำบลหนองบัวแดง"
SHORT = "อบต.หนองบัวแดง"
TITLE = f"ข่าวประชาสัมพันธ์ - {ORG}"
SOURCES = [
    f"ข่าว/ภาพ : งานประชาสัมพันธ์ {SHORT}",
    None,
    f"เรียบเรียง : กองการศึกษา ศาสนาและวัฒนธรรม {SHORT}",
    None,
    None,
    f"ข่าว/ภาพ : สำนักปลัด {SHORT}",
]
SCRIPT = "/cgi-bin/news.cgi"
DELETED = f"{SCRIPT}?id=372"


def dmy(d: dt.datetime, short_year: bool = False) -> str:
    y = str(be(d))[-2:] if short_year else str(be(d))
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{y}")


class PerlBoardSite(B9Site):
    key = "b19_perl_newsboard"
    family = "generic"
    charset = "cp874"
    imitates = "Perl CGI news board (อบต.): news.cgi?id=N, list news.cgi?start=10/20 (offsets, next-only), HTML 3.2 tables, windows-874 bytes with no charset anywhere, same <title>, headline 'เรื่อง : …' in a table cell, <br><br> text, webboard poster line below the message ('วันที่ ๑๕/๐๒/๒๕๖๗ เวลา ๑๐:๓๐ น.' Thai digits, 'เปิดอ่าน ๑,๒๓๔ ครั้ง', 'แก้ไขล่าสุด ๑๗/๐๒/๖๗ ๐๙:๑๒' only when edited), 'ข่าว/ภาพ :' / 'เรียบเรียง :' source lines, comments + reply form; deleted = 'ไม่พบข้อมูล' (200)"
    listing_path = SCRIPT
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 31, SOURCES, dt.datetime(2024, 3, 12, 17, 0), first_id=341, step=2
        )
        for a in self.articles:
            a.path = f"{SCRIPT}?id={a.id}"
            a.tags = []
            if a.source:
                a.extra["line"] = a.source
                a.source = a.source.split(" : ", 1)[1]
        self.setup_routes()

    def page_url(self, k):
        return SCRIPT if k == 0 else f"{SCRIPT}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def robots(self):
        return "User-agent: *\nDisallow: /cgi-bin/admin.cgi\nDisallow: /cgi-bin/post.cgi\n"

    def shell(self, content):
        latest = "".join(
            f'<tr><td><font size="2">&#8226; <a href="{b.path}">{esc(b.title[:60])}</a></font></td></tr>'
            for b in self.articles[:5]
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
<style type="text/css">
body {{ font-family: MS Sans Serif, Tahoma; font-size: 10pt; }}
a:link {{ color: #003399; text-decoration: none; }}
</style>
<script language="JavaScript">
function fontsize(n) {{ document.getElementById('msg').style.fontSize = n + 'pt'; }}
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="/images/banner_top.jpg" width="780" height="150" alt="{ORG}"></td></tr>
<tr><td colspan="2" bgcolor="#336600" height="24"><font color="#FFFFFF" size="2">&nbsp;<a href="/index.html"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="{SCRIPT}"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="/cgi-bin/board.cgi"><font color="#FFFFFF">กระดานสนทนา</font></a> | <a href="/contact.html"><font color="#FFFFFF">ติดต่อเรา</font></a></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F0F7E6">
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
<tr><td><font size="2">&#8226; <a href="/history.html">ประวัติความเป็นมา</a><br>&#8226; <a href="/staff.html">บุคลากร</a><br>&#8226; <a href="/plan.html">แผนพัฒนาท้องถิ่น</a><br>&#8226; <a href="/cgi-bin/procure.cgi">ประกาศจัดซื้อจัดจ้าง</a></font></td></tr>
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>ข่าวล่าสุด</b></font></td></tr>
{latest}
<tr><td bgcolor="#669933"><font color="#FFFFFF"><b>สถิติผู้เข้าชม</b></font></td></tr>
<tr><td align="center"><img src="/cgi-bin/counter.cgi?df=news.dat" alt="0048213"><br><font size="1">เริ่มนับ 1 มกราคม 2550</font></td></tr>
</table>
</td>
<td width="600" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" bgcolor="#336600" align="center"><font color="#FFFFFF" size="1">{ORG} อำเภอพล จังหวัดขอนแก่น 40120 โทร. 0-4341-4xxx<br>Powered by NewsBoard 2.1 (Perl 5) &copy; 2550</font></td></tr>
</table>
</body>
</html>"""

    def listing(self, k):
        rows = []
        items = [(a.path, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(
                3,
                (DELETED, "ประชาสัมพันธ์รับสมัครสมาชิกกองทุนหลักประกันสุขภาพ", dt.datetime(2023, 12, 20), 9),
            )
        for j, (path, title, d, views) in enumerate(items):
            bg = "#FFFFFF" if j % 2 else "#F5F5F5"
            rows.append(
                f'<tr bgcolor="{bg}"><td align="center"><font size="2">{thai_digits(k * self.per_page + j + 1)}</font></td>'
                f'<td><font size="2"><img src="/images/icon_news.gif"> <a href="{path}">{esc(title)}</a></font></td>'
                f'<td align="center"><font size="2">{dmy(d, True)}</font></td><td align="center"><font size="2">{thai_digits(views)}</font></td></tr>'
            )
        nav = ""
        if k:
            nav += '<a href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a> &nbsp; '
        if k < len(self.pages) - 1:
            nav += f'<a href="{self.page_url(k + 1)}">หน้าถัดไป &gt;&gt;</a>'
        content = f"""<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
<tr bgcolor="#336600"><td colspan="4"><font color="#FFFFFF"><b>:: ข่าวประชาสัมพันธ์ ::</b></font></td></tr>
<tr bgcolor="#E6E6E6"><td width="40" align="center"><b>ลำดับ</b></td><td align="center"><b>หัวข้อข่าว</b></td><td width="80" align="center"><b>วันที่</b></td><td width="50" align="center"><b>อ่าน</b></td></tr>
{"".join(rows)}
</table>
<p align="right"><font size="2">{nav}</font></p>"""
        return self.shell(content)

    def detail(self, a):
        lines = "<br><br>\n".join(esc(p) for p in a.paras)
        if a.source:
            lines += f"<br><br>\n{esc(a.extra['line'])}"
        when = f"วันที่ {dmy(a.published)}" + (
            f" เวลา {thai_digits(hm(a.published))} น." if a.time_printed else ""
        )
        edited = (
            f"<br>แก้ไขล่าสุด {dmy(a.modified, True)} {thai_digits(hm(a.modified))}"
            if a.modified
            else ""
        )
        older, newer = neighbours(self.articles, a)
        nb = ""
        if newer:
            nb += f'<a href="{newer.path}">&lt;&lt; ข่าวใหม่กว่า</a> '
        if older:
            nb += f'| <a href="{older.path}">ข่าวเก่ากว่า &gt;&gt;</a>'
        content = f"""<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#999999">
<tr><td bgcolor="#FFCC66"><font color="#990000" size="3"><b>เรื่อง : {esc(a.title)}</b></font></td></tr>
<tr><td bgcolor="#FFFFFF"><div id="msg"><font size="2">
<div align="right">ขนาดตัวอักษร <a href="javascript:fontsize(9)">[ A- ]</a> <a href="javascript:fontsize(12)">[ A+ ]</a></div>
<img src="/news_pic/{a.id}_1.jpg" width="400"><br><br>
{lines}
<br><br>ไฟล์แนบ : <a href="/news_file/{a.id}.pdf">news_{a.id}.pdf</a> (245 KB)
<br><br><div align="center"><a href="javascript:window.print()">[ พิมพ์ข่าวนี้ ]</a> <a href="mailto:?subject=news{a.id}">[ ส่งให้เพื่อน ]</a></div>
</font></div></td></tr>
<tr><td bgcolor="#EEEEEE"><font size="1" color="#666666">โดย : admin [IP: 110.77.{a.id % 200}.{a.id % 97}] &nbsp; {when} &nbsp; เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง{edited}</font></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
<tr><td bgcolor="#F0F0F0"><font size="2"><b>ความคิดเห็นที่ 1</b><br>ขอบคุณสำหรับข้อมูลข่าวสารดีๆ ครับ<br><font size="1" color="#999999">โดย : ชาวบ้านหมู่ ๕ [{dmy(a.published, True)}]</font></font></td></tr>
<tr><td bgcolor="#FFFFFF"><font size="2"><b>ความคิดเห็นที่ 2</b><br>ติดตามผลงานอยู่นะคะ เป็นกำลังใจให้ทุกท่าน<br><font size="1" color="#999999">โดย : คนหนองบัว</font></font></td></tr>
</table>
<form method="post" action="/cgi-bin/news.cgi">
<input type="hidden" name="action" value="reply"><input type="hidden" name="id" value="{a.id}">
<table width="100%" border="0" cellpadding="3"><tr><td colspan="2"><b>แสดงความคิดเห็น</b></td></tr>
<tr><td width="80">ชื่อ :</td><td><input type="text" name="name" size="30"></td></tr>
<tr><td>ข้อความ :</td><td><textarea name="msg" rows="4" cols="50"></textarea></td></tr>
<tr><td></td><td><input type="submit" value="ส่งความคิดเห็น"> <font size="1">(กรุณาใช้ถ้อยคำสุภาพ)</font></td></tr></table>
</form>
<p align="center"><font size="2">{nb}</font><br><a href="{SCRIPT}">กลับหน้ารวมข่าว</a></p>"""
        return self.shell(content)

    def deleted(self):
        content = """<table width="100%" border="0" cellpadding="5" cellspacing="1" bgcolor="#999999">
<tr><td bgcolor="#FFCC66"><font color="#990000" size="3"><b>เรื่อง : </b></font></td></tr>
<tr><td bgcolor="#FFFFFF" align="center"><font size="2" color="red"><br>ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว<br><br></font></td></tr>
<tr><td bgcolor="#EEEEEE"><font size="1" color="#666666">โดย :  &nbsp; วันที่  &nbsp; เปิดอ่าน ๐ ครั้ง</font></td></tr>
</table>
<p align="center"><a href="/cgi-bin/news.cgi">กลับหน้ารวมข่าว</a></p>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เรื่อง :",
                "ขนาดตัวอักษร",
                "ไฟล์แนบ",
                "พิมพ์ข่าวนี้",
                "ส่งให้เพื่อน",
                "เปิดอ่าน",
                "โดย : admin",
                "แก้ไขล่าสุด",
                "ความคิดเห็นที่ 1",
                "ขอบคุณสำหรับข้อมูลข่าวสารดีๆ ครับ",
                "แสดงความคิดเห็น",
                "กรุณาใช้ถ้อยคำสุภาพ",
                "ข่าวใหม่กว่า",
                "ข่าวเก่ากว่า",
                "กลับหน้ารวมข่าว",
                "สถิติผู้เข้าชม",
                "ประวัติความเป็นมา",
                "Powered by NewsBoard",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = PerlBoardSite()

if __name__ == "__main__":
    main(SITE)
