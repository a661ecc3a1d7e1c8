"""Blind-10 red-team site: a frameset-era site of a district office (ที่ว่าการอำเภอ), built
blind.  Windows-874 bytes, declared **only** by an HTML5-style `<meta charset=windows-874>`
(unquoted) that a later editor pasted into the old pages; the header is `text/html` with no
charset.

What it imitates:
- `/` (and `/index.htm`) is a `<frameset>`: `top.htm` (banner), `menu.htm` (left menu,
  links `target="main"`) and the main frame `news/news_list.php`; every frame document has
  the same `<title>` "ที่ว่าการอำเภอ…" and the detail pages carry the frame-era script that
  reloads the frameset when opened alone (`if (top == self) top.location.href = '../';`);
- the listing `news/news_list.php` and `news_list.php?page=N`: a bordered table
  "วันที่ / หัวข้อข่าว / เปิดอ่าน" with dates "15/2/2567" (d/m/BE, no zero padding),
  relative links `../news/show.php?id=N` (Dreamweaver's document-relative form, `target="main"`), pager "หน้า : [1] 2 3 ถัดไป";
- the detail `news/show.php?id=N`: no site chrome at all (it is a frame): a `<p
  class="topic">` headline, "ประกาศเมื่อ : 15/2/2567" and, for some, "เวลา 10:30 น." in a
  separate cell, "เปิดอ่าน 123 ครั้ง", the text as `<p>`s, "ข่าว : …" for some, a gallery
  table with "คลิกที่ภาพเพื่อขยาย", "[ พิมพ์ ] [ กลับหน้ารวมข่าว ]";
- no tags, no modified date;
- the deleted id prints the same table with every field empty (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b10_common import B9Site, be, build, record

DISTRICT = "ที่ว่าการอำเภอบางปลาม้า จังหวัดสุพรรณบุรี"
SOURCES = [None, "ฝ่ายปกครอง อำเภอบางปลาม้า", None, None, "งานประชาสัมพันธ์อำเภอ"]
DELETED_ID = 298
META = "<meta charset=windows-874>"


def dmy(d):
    return f"{d.day}/{d.month}/{be(d)}"


class FramesetSite(B9Site):
    key = "b10_frameset_874"
    family = "generic"
    charset = "cp874"
    imitates = "frameset-era district office site: windows-874 bytes declared only by an unquoted HTML5 <meta charset=windows-874> (header text/html), / is a <frameset> (top/menu/main), news/news_list.php?page=N table with '15/2/2567' dates and target=main links, chrome-less frame document news/show.php?id=N ('ประกาศเมื่อ :', separate 'เวลา 10:30 น.', 'เปิดอ่าน N ครั้ง', 'ข่าว :', gallery, print/back), same <title>; deleted = empty fields (200)"
    listing_path = "/news/news_list.php"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 22, 7, SOURCES, dt.datetime(2024, 10, 30, 16, 0), first_id=300, step=1
        )
        for a in self.articles:
            a.path = f"/news/show.php?id={a.id}"
            a.modified = None
            a.tags = []
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def page_url(self, k):
        return "/news/news_list.php" if k == 0 else f"/news/news_list.php?page={k + 1}"

    def deleted_paths(self):
        return [f"/news/show.php?id={DELETED_ID}"]

    def extra_route(self, key, query):
        if key in ("/", "/index.htm"):
            return self.html_response(self.frameset())
        if key == "/top.htm":
            return self.html_response(
                self.doc(
                    f'<body bgcolor="#006633" leftmargin="0" topmargin="0"><img src="images/banner.jpg" width="100%" height="110" alt="{DISTRICT}"></body>'
                )
            )
        if key == "/menu.htm":
            return self.html_response(self.doc(self.menu()))
        return None

    def doc(self, body, script=""):
        return f"""<html>
<head>
{META}
<title>{DISTRICT}</title>
<link rel="stylesheet" href="/style.css" type="text/css">
{script}
</head>
{body}
</html>"""

    def frameset(self):
        return f"""<html>
<head>
{META}
<title>{DISTRICT}</title>
</head>
<frameset rows="120,*" frameborder="NO" border="0" framespacing="0">
  <frame src="top.htm" name="topFrame" scrolling="NO" noresize>
  <frameset cols="190,*" frameborder="NO" border="0" framespacing="0">
    <frame src="menu.htm" name="leftFrame" scrolling="auto" noresize>
    <frame src="news/news_list.php" name="main">
  </frameset>
</frameset>
<noframes><body>เบราว์เซอร์ของท่านไม่สนับสนุนเฟรม กรุณา<a href="news/news_list.php">คลิกที่นี่</a></body></noframes>
</html>"""

    def menu(self):
        return """<body bgcolor="#E8F3EC" leftmargin="5" topmargin="5">
<table width="175" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#006633"><font color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
<tr><td><img src="images/dot.gif"> <a href="news/news_list.php" target="main">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><img src="images/dot.gif"> <a href="about.htm" target="main">ประวัติอำเภอ</a></td></tr>
<tr><td><img src="images/dot.gif"> <a href="staff.htm" target="main">ทำเนียบนายอำเภอ</a></td></tr>
<tr><td><img src="images/dot.gif"> <a href="tambon.htm" target="main">ข้อมูลตำบล</a></td></tr>
<tr><td><img src="images/dot.gif"> <a href="http://www.dopa.go.th" target="_blank">กรมการปกครอง</a></td></tr>
<tr><td align="center"><br>ผู้เยี่ยมชม<br><img src="/cgi-bin/Count.cgi?df=bangplama.dat"></td></tr>
</table>
</body>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published, a.views))
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        self.deleted_paths()[0],
                        "ประกาศอำเภอบางปลาม้า เรื่อง การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง",
                        dt.datetime(2024, 8, 1),
                        88,
                    )
                )
        n = len(self.pages)
        pg = ["หน้า :"]
        for i in range(n):
            pg.append(
                f"[{i + 1}]"
                if i == k
                else f'<a href="news_list.php{"" if i == 0 else f"?page={i + 1}"}">{i + 1}</a>'
            )
        if k < n - 1:
            pg.append(f'<a href="news_list.php?page={k + 2}">ถัดไป</a>')
        body = f"""<body bgcolor="#FFFFFF" leftmargin="8" topmargin="8">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#006633"><font color="#FFFFFF" size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr></table>
<table width="100%" border="1" cellspacing="0" cellpadding="4" bordercolor="#CCCCCC">
<tr bgcolor="#E8F3EC"><td width="90" align="center"><b>วันที่</b></td><td align="center"><b>หัวข้อข่าว</b></td><td width="70" align="center"><b>เปิดอ่าน</b></td></tr>
{"".join(rows)}
</table>
<p align="center">{" ".join(pg)}</p>
</body>"""
        return self.doc(body)

    def row(self, path, title, d, views):
        return f'<tr><td align="center">{dmy(d)}</td><td><a href="..{path}" target="main">{esc(title)}</a></td><td align="center">{views}</td></tr>'

    def detail(self, a):
        return self.doc(self.detail_body(a), self.bust())

    def bust(self):
        return """<script language="JavaScript">
<!--
if (top == self) top.location.href = '../';
//-->
</script>"""

    def detail_body(self, a):
        if a is None:
            title = date = time = views = body = src = gal = ""
        else:
            title = esc(a.title)
            date = dmy(a.published)
            time = (
                f"เวลา {a.published.hour:02d}:{a.published.minute:02d} น." if a.time_printed else ""
            )
            views = f"เปิดอ่าน {a.views} ครั้ง"
            body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
            src = f"<p><b>ข่าว :</b> {esc(a.source)}</p>" if a.source else ""
            gal = (
                '<table border="0" cellspacing="5" align="center"><tr>'
                + "".join(
                    f'<td><a href="pic/{a.id}_{i}.jpg" target="_blank"><img src="pic/s_{a.id}_{i}.jpg" width="120" border="0"></a></td>'
                    for i in range(1, 4)
                )
                + '</tr><tr><td colspan="3" align="center"><font size="1">คลิกที่ภาพเพื่อขยาย</font></td></tr></table>'
            )
        return f"""<body bgcolor="#FFFFFF" leftmargin="8" topmargin="8">
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#006633"><font color="#FFFFFF" size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr></table>
<p class="topic"><font size="4" color="#006633"><b>{title}</b></font></p>
<table border="0" cellspacing="0" cellpadding="2"><tr><td><font size="2" color="#666666">ประกาศเมื่อ : {date}</font></td><td><font size="2" color="#666666">{time}</font></td><td><font size="2" color="#666666">&nbsp;&nbsp;{views}</font></td></tr></table>
<hr size="1" noshade>
{body}
{src}
{gal}
<p align="center">[ <a href="javascript:window.print()">พิมพ์</a> ] [ <a href="news_list.php">กลับหน้ารวมข่าว</a> ]</p>
</body>"""

    def deleted(self):
        return self.doc(self.detail_body(None), self.bust())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ประกาศเมื่อ",
                "เปิดอ่าน",
                f"เปิดอ่าน {a.views} ครั้ง",
                "คลิกที่ภาพเพื่อขยาย",
                "กลับหน้ารวมข่าว",
                "พิมพ์",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {a.published.hour:02d}:{a.published.minute:02d} น.")
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = FramesetSite()

if __name__ == "__main__":
    main(SITE)
