"""Blind-5 red-team site: a legacy ASP classic news system of a provincial office (IIS),
built blind.

What it imitates:
- `news.asp?page=N` listing (a table, "หน้า 1 2 3 ถัดไป>>"), `news_detail.asp?id=N` items,
  relative links, every page's `<title>` the office name;
- bytes in windows-874 (curly quotes 0x93/0x94 in some headlines, bullets) while the
  header and the `<meta http-equiv>` both say `charset=tis-620`;
- nested layout tables, `<font>`, a headline in `<td class="newstopic"><b>…</b></td>`,
  then a row "วันที่ : 3/10/2561 &nbsp; จำนวนผู้อ่าน 87" (day first, BE, no time, no modified),
  the text as `<br>`-separated lines in one cell, a "ที่มา : …" line, a "พิมพ์" /
  "ย้อนกลับ" row, "ข่าวอื่นๆ" table, a left menu and a footer hit counter;
- the deleted id answers 200 with the empty template.
"""

from __future__ import annotations

from ._common import BaseSite, esc, expected_record, main, paginate
from .b5_common import PER_PAGE, build, dmy

SITE_NAME = "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดพิจิตร"
SOURCES = ["ฝ่ายประชาสัมพันธ์ ปภ.จ.พิจิตร", None, "งานข่าว สำนักงาน ปภ.จ.พิจิตร"]
DELETED = "/news_detail.asp?id=5"


class AspSite(BaseSite):
    key = "b5_asp_classic"
    family = "generic"
    imitates = "legacy ASP classic: news_detail.asp?id=N, tables, windows-874 labelled tis-620, '3/10/2561', 'จำนวนผู้อ่าน 87', same <title>, headline in a bold td cell"
    listing_path = "/news.asp"
    charset = "cp874"

    def __init__(self):
        self.articles = build(self.key, 20, 61, SOURCES)
        for k, a in enumerate(self.articles):
            a.path = f"/news_detail.asp?id={a.id}"
            a.tags = []
            if k % 4 == 1:
                a.title = f"\u201c{a.title}\u201d"
        self.by_id = {str(a.id): a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; Charset=TIS-620"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def listing_pages(self):
        return ["/news.asp"] + [f"/news.asp?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]][:5] or self.articles[:5]

    def shell(self, content):
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>{SITE_NAME}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="780" height="150" alt="{SITE_NAME}"></td></tr>
<tr><td colspan="2" bgcolor="#003366" height="24"><font color="#FFFFFF" size="2">&nbsp;<a href="default.asp"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="news.asp"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="contact.asp"><font color="#FFFFFF">ติดต่อเรา</font></a></font></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#EEF3F8">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td class="menuhead"><b>เมนูหลัก</b></td></tr>
<tr><td><font size="2">&#8226; <a href="about.asp">ข้อมูลหน่วยงาน</a></font></td></tr>
<tr><td><font size="2">&#8226; <a href="news.asp">ข่าวประชาสัมพันธ์</a></font></td></tr>
<tr><td><font size="2">&#8226; <a href="warning.asp">ข่าวเตือนภัย</a></font></td></tr>
<tr><td><font size="2">&#8226; <a href="webboard.asp">กระดานข่าว</a></font></td></tr>
</table>
</td>
<td width="600" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" align="center" bgcolor="#003366"><font color="#FFFFFF" size="1">{SITE_NAME} ศาลากลางจังหวัดพิจิตร โทร. 0-5661-2345<br>จำนวนผู้เข้าชมเว็บไซต์ <img src="counter.asp?digits=6" alt="counter"> 0321457 คน ตั้งแต่ 1 มกราคม 2550</font></td></tr>
</table>
</body>
</html>
"""

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n]):
            rows.append(
                f"""<tr bgcolor="{"#FFFFFF" if k % 2 else "#F5F5F5"}"><td width="30" align="center"><img src="images/bullet.gif" width="9" height="9"></td><td><font size="2"><a href="news_detail.asp?id={a.id}">{esc(a.title)}</a></font></td><td width="80" align="center"><font size="1" color="#666666">{dmy(a.published)}</font></td><td width="50" align="center"><font size="1" color="#666666">{a.views}</font></td></tr>"""
            )
            if n == 1 and k == 5:
                rows.append(
                    """<tr bgcolor="#FFFFFF"><td width="30" align="center"><img src="images/bullet.gif" width="9" height="9"></td><td><font size="2"><a href="news_detail.asp?id=5">แจ้งเตือนพายุฤดูร้อน</a></font></td><td width="80" align="center"><font size="1" color="#666666">1/10/2561</font></td><td width="50" align="center"><font size="1" color="#666666">0</font></td></tr>"""
                )
        pg = []
        for k in range(len(self.pages)):
            pg.append(
                f"<b>[{k + 1}]</b>" if k == n else f'<a href="news.asp?page={k + 1}">{k + 1}</a>'
            )
        if n < len(self.pages) - 1:
            pg.append(f'<a href="news.asp?page={n + 2}">ถัดไป&gt;&gt;</a>')
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="newshead" bgcolor="#336699"><font color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="1" cellpadding="3">
<tr bgcolor="#CCCCCC"><td></td><td><b><font size="2">หัวข้อข่าว</font></b></td><td align="center"><b><font size="2">วันที่</font></b></td><td align="center"><b><font size="2">อ่าน</font></b></td></tr>
{chr(10).join(rows)}
</table>
<p align="center"><font size="2">หน้า {" ".join(pg)}</font></p>"""
        return self.html_response(self.shell(content))

    def detail(self, a):
        lines = "<br>\n<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in a.paras)
        if a.source:
            lines += f"<br>\n<br>\nที่มา : {esc(a.source)}"
        others = "".join(
            f'<tr><td><font size="2">&#8226; <a href="news_detail.asp?id={x.id}">{esc(x.title)}</a> <font size="1" color="#999999">({dmy(x.published)})</font></font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="newshead" bgcolor="#336699"><font color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="newstopic"><font size="3" color="#003366"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font size="1" color="#666666">วันที่ : {dmy(a.published)} &nbsp;&nbsp; จำนวนผู้อ่าน {a.views}</font></td></tr>
<tr><td align="center"><img src="upload/news/{a.id}_1.jpg" width="400" border="0"></td></tr>
<tr><td class="newsdetail"><font size="2">{lines}</font></td></tr>
<tr><td align="right"><font size="2"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> พิมพ์</a> | <a href="javascript:history.back()">ย้อนกลับ</a></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#DDDDDD"><font size="2"><b>ข่าวอื่นๆ</b></font></td></tr>
{others}
</table>"""
        return self.html_response(self.shell(content))

    def deleted(self):
        content = """<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td class="newshead" bgcolor="#336699"><font color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="newstopic"><font size="3" color="#003366"><b></b></font></td></tr>
<tr><td><font size="1" color="#666666">วันที่ :  &nbsp;&nbsp; จำนวนผู้อ่าน </font></td></tr>
<tr><td class="newsdetail"><font size="2"></font></td></tr>
</table>"""
        return self.html_response(self.shell(content))

    def route(self, path, query, raw_query, base):
        p = path.lower()
        if p in ("/", "/default.asp"):
            return 302, {"Location": base + "/news.asp"}, b""
        if p == "/news.asp":
            pg = query.get("page", ["1"])[0]
            return self.listing(int(pg) - 1) if pg.isdigit() else None
        if p == "/news_detail.asp":
            i = query.get("id", [""])[0]
            if i in self.by_id:
                return self.detail(self.by_id[i])
            if i.isdigit():
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"จำนวนผู้อ่าน {a.views}",
                "ย้อนกลับ",
                "ข่าวอื่นๆ",
                "เมนูหลัก",
                "จำนวนผู้เข้าชมเว็บไซต์",
                "กระดานข่าว",
            ] + [x.title for x in self.others(a)]
            out.append(
                expected_record(
                    a, published_time=False, modified=False, tags=False, must_not=must_not
                )
            )
        return out


SITE = AspSite()

if __name__ == "__main__":
    main(SITE)
