"""Blind-4 red-team site: a subdistrict administrative organisation (อบต.) on a MaxSite-like
Thai PHP portal, bytes in TIS-620/windows-874 with **no charset declared anywhere**, built
blind.

What it imitates (facts about such legacy Thai PHP portals as they print, not their code):
- `Content-Type: text/html` without charset, no `<meta charset>`, no XML declaration: the
  bytes are windows-874 (TIS-620 plus Windows quotes and dashes);
- module URLs `index.php?name=news&file=readnews&id=45`, listing
  `index.php?name=news&file=list&page=2` with "หน้า : [1] 2 3" and "หน้าถัดไป >>" /
  "<< หน้าก่อน" text links;
- a three-column table layout, `<font face="MS Sans Serif">`, a blinking "ข่าวด่วน"
  marquee, `<title>` the same on every page ("::: อบต.… :::");
- the article: headline in `<font size="3" color="#003399"><b>`, then a line
  "โพสต์เมื่อ : ๕ ธ.ค. ๖๗ [เวลา ๑๐:๓๐ น.] (อ่าน ๘๗)" — Thai digits, abbreviated month,
  **two-digit BE year**; the text as `<br>`-separated lines in one cell, "แหล่งข่าว : …"
  for some; "ข่าวอื่นๆ ในหมวดเดียวกัน", "ส่งต่อให้เพื่อน" / "พิมพ์หน้านี้", a comment form
  "แสดงความคิดเห็น" and a site visitor counter;
- the deleted item: the readnews template with empty cells and "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b4_common import abbr_2y_th, ensure_source

SITE_NAME = "องค์การบริหารส่วนตำบลหนองบัว"
PER_PAGE = 8
SOURCES = ["งานประชาสัมพันธ์ อบต.หนองบัว", None, "สำนักปลัด อบต.หนองบัว", None]
DELETED_ID = 9
TITLE = f"::: ยินดีต้อนรับสู่เว็บไซต์ {SITE_NAME} อำเภอเมือง จังหวัดอุดรธานี :::"


def _fix(s: str) -> str:
    # characters windows-874 cannot hold were typed as its bullet by the site's editors
    return s.replace("●", "•")


def build() -> list[Article]:
    arts = make_articles(
        "b4_maxsite_tis620", 20, start=dt.datetime(2024, 12, 20, 15, 0, tzinfo=TZ), offset=37
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 20 + (n - i) * 3
        a.title = _fix(a.title)
        a.paras = [_fix(p) for p in a.paras]
        a.modified = None
        a.tags = []
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/index.php?name=news&file=readnews&id={a.id}"
    return arts


def posted(a: Article) -> str:
    s = abbr_2y_th(a.published)
    if a.time_printed:
        s += " เวลา " + thai_digits(f"{a.published.hour:02d}:{a.published.minute:02d}") + " น."
    return s


class MaxSite(BaseSite):
    key = "b4_maxsite_tis620"
    family = "generic"
    imitates = "MaxSite-like Thai PHP portal of an อบต.: windows-874 bytes with no charset declared, index.php?name=news&file=readnews&id=N, '๕ ธ.ค. ๖๗' dates, '(อ่าน ๘๗)'"
    listing_path = "/index.php?name=news&file=list"
    charset = "cp874"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&page={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/index.php?name=news&file=readnews&id={DELETED_ID}"]

    def respond(self, text):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874")

    def shell(self, center):
        latest = "".join(
            f'<tr><td><img src="images/bullet.gif" width="7" height="7"> <a href="index.php?name=news&amp;file=readnews&amp;id={x.id}"><font size="1">{esc(x.title[:60])}...</font></a></td></tr>'
            for x in self.articles[:6]
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="3"><img src="images/header.jpg" width="990" height="200" alt=""></td></tr>
<tr><td colspan="3" bgcolor="#336699"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFF00" face="MS Sans Serif" size="2"><b>ข่าวด่วน :</b> ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน</font></marquee></td></tr>
<tr>
<td width="200" valign="top" bgcolor="#EEF3FA">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#336699"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>เมนูหลัก</b></font></td></tr>
<tr><td><a href="index.php">หน้าแรก</a></td></tr>
<tr><td><a href="index.php?name=page&amp;file=history">ประวัติความเป็นมา</a></td></tr>
<tr><td><a href="index.php?name=news&amp;file=list">ข่าวประชาสัมพันธ์</a></td></tr>
<tr><td><a href="index.php?name=download">ดาวน์โหลดเอกสาร</a></td></tr>
<tr><td><a href="index.php?name=webboard">กระดานสนทนา</a></td></tr>
</table>
</td>
<td width="590" valign="top">
{center}
</td>
<td width="200" valign="top" bgcolor="#EEF3FA">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#336699"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>ข่าวล่าสุด</b></font></td></tr>
{latest}
<tr><td bgcolor="#336699"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>สถิติผู้เยี่ยมชม</b></font></td></tr>
<tr><td align="center"><font size="1">วันนี้ {thai_digits(57)}<br>เมื่อวาน {thai_digits(143)}<br>ทั้งหมด {thai_digits("48,211")}</font></td></tr>
</table>
</td>
</tr>
<tr><td colspan="3" bgcolor="#336699" align="center"><font color="#FFFFFF" face="MS Sans Serif" size="1">{SITE_NAME} ๙๙ หมู่ ๕ ตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี ๔๑๐๐๐ โทร. ๐-๔๒๒๔-๕๖๗๘<br>Powered by MaxSite 1.10</font></td></tr>
</table>
</body>
</html>
"""

    def listing(self, n):
        if not 1 <= n <= len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n - 1]):
            rows.append(f"""<tr><td width="100" valign="top"><a href="index.php?name=news&amp;file=readnews&amp;id={a.id}"><img src="icon/news_{a.id}.jpg" width="90" height="70" border="0"></a></td>
<td valign="top"><a href="index.php?name=news&amp;file=readnews&amp;id={a.id}"><font face="MS Sans Serif" size="2" color="#003399"><b>{esc(a.title)}</b></font></a><br>
<font size="1" color="#999999">{abbr_2y_th(a.published)} (อ่าน {thai_digits(a.views)})</font></td></tr>
<tr><td colspan="2"><hr size="1" color="#CCCCCC"></td></tr>""")
            if n == 2 and k == 3:
                rows.append(
                    f"""<tr><td width="100"></td><td valign="top"><a href="index.php?name=news&amp;file=readnews&amp;id={DELETED_ID}"><font face="MS Sans Serif" size="2" color="#003399"><b>ประกาศ อบต.หนองบัว เรื่อง การรับสมัครสอบคัดเลือกพนักงานจ้าง</b></font></a></td></tr>"""
                )
        base_l = "index.php?name=news&amp;file=list"
        nums = " ".join(
            f"[{k}]" if k == n else f'<a href="{base_l}&amp;page={k}">{k}</a>'
            for k in range(1, len(self.pages) + 1)
        )
        nav = f"หน้า : {nums} "
        if n > 1:
            nav += f' <a href="{base_l}&amp;page={n - 1}">&lt;&lt; หน้าก่อน</a>'
        if n < len(self.pages):
            nav += f' <a href="{base_l}&amp;page={n + 1}">หน้าถัดไป &gt;&gt;</a>'
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#FFCC00"><font face="MS Sans Serif" size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="3">{chr(10).join(rows)}</table></td></tr>
<tr><td align="center"><font face="MS Sans Serif" size="2">{nav}</font></td></tr>
</table>"""
        return self.respond(self.shell(center))

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 5]] or self.articles[:3]

    def readnews(self, a: Article | None):
        if a is None:
            center = """<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#FFCC00"><font face="MS Sans Serif" size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="3" color="#003399"><b></b></font><br><font size="1" color="#999999"></font></td></tr>
<tr><td><font face="MS Sans Serif" size="2">ไม่พบข้อมูล</font></td></tr>
</table>"""
            return self.respond(self.shell(center))
        text = "<br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br>" for p in a.paras)
        if a.source:
            text += f"<br>\n<b>แหล่งข่าว : </b>{esc(a.source)}<br>"
        others = "".join(
            f'<img src="images/bullet.gif"> <a href="index.php?name=news&amp;file=readnews&amp;id={x.id}">{esc(x.title)}</a> <font size="1" color="#999999">[{abbr_2y_th(x.published)}]</font><br>'
            for x in self.others(a)
        )
        center = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td bgcolor="#FFCC00"><font face="MS Sans Serif" size="2"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="3" color="#003399"><b>{esc(a.title)}</b></font><br>
<font size="1" color="#999999">โพสต์เมื่อ : {posted(a)} (อ่าน {thai_digits(a.views)})</font></td></tr>
<tr><td align="center"><img src="icon/news_{a.id}.jpg" border="0"></td></tr>
<tr><td><font face="MS Sans Serif" size="2">
{text}
</font></td></tr>
<tr><td align="right"><a href="index.php?name=news&amp;file=print&amp;id={a.id}" target="_blank"><img src="images/print.gif" border="0"> พิมพ์หน้านี้</a> | <a href="index.php?name=news&amp;file=tell&amp;id={a.id}"><img src="images/mail.gif" border="0"> ส่งต่อให้เพื่อน</a></td></tr>
<tr><td bgcolor="#EEEEEE"><font face="MS Sans Serif" size="2"><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="2">{others}</font></td></tr>
<tr><td bgcolor="#EEEEEE"><font face="MS Sans Serif" size="2"><b>แสดงความคิดเห็น</b></font></td></tr>
<tr><td><form method="post" action="index.php?name=news&amp;file=comment&amp;id={a.id}">ชื่อ : <input type="text" name="name" size="20"><br>ข้อความ : <textarea name="detail" cols="40" rows="4"></textarea><br><input type="submit" value="ส่งความคิดเห็น"></form></td></tr>
</table>"""
        return self.respond(self.shell(center))

    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        name = qs1(query, "name")
        if path == "/" and not raw_query:
            return 302, {"Location": base + self.listing_path}, b""
        if name != "news":
            return None
        f = qs1(query, "file", "list")
        if f == "list":
            try:
                return self.listing(int(qs1(query, "page", "1") or 1))
            except ValueError:
                return None
        if f == "readnews":
            try:
                i = int(qs1(query, "id"))
            except ValueError:
                return None
            if i in self.by_id:
                return self.readnews(self.by_id[i])
            if i == DELETED_ID:
                return self.readnews(None)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "โพสต์เมื่อ",
                posted(a),
                f"(อ่าน {thai_digits(a.views)})",
                "พิมพ์หน้านี้",
                "ส่งต่อให้เพื่อน",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "แสดงความคิดเห็น",
                "ข่าวด่วน",
                "สถิติผู้เยี่ยมชม",
                "Powered by MaxSite",
            ]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = MaxSite()

if __name__ == "__main__":
    main(SITE)
