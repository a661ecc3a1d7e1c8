"""A legacy table-layout PHP office site served in windows-874.

Imitates the 2005-2015 generation of Thai provincial office sites (Dreamweaver templates,
PHP + MySQL with a latin1/tis620 database): nested <table> layout, <font face="MS Sans Serif">
tags, a <marquee> of announcements, a left menu column, a site-wide visitor counter
(ผู้เยี่ยมชม 0xxxxxx), text lines separated by <br> with &nbsp; indents instead of <p>,
relative links (news.php?page=2, news_detail.php?id=N), the same <title> on every page.
Dates vary: "ประกาศเมื่อ : ๑๒ มกราคม ๒๕๖๖ เวลา ๑๐:๓๐ น." in Thai digits, or numeric
"12/01/2566"; the per-article counter reads "จำนวนผู้อ่าน : N ครั้ง".

Charset labels vary per page, as on real servers: HTTP header windows-874 with a matching
meta; header without charset and a meta saying tis-620; header mislabelled ISO-8859-1 (an
Apache AddDefaultCharset) with a windows-874 meta; and no label anywhere.  The bytes are
always cp874.

The deleted item (news_detail.php?id=9) is linked from page 2 and answers 200 with the
detail template, an empty headline and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_full,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)

SITE_TITLE = "::: สำนักงานเกษตรจังหวัดพิจิตร :::"
SITE_NAME = "สำนักงานเกษตรจังหวัดพิจิตร"
OFFICE = "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร"
PER_PAGE = 10
DELETED_ID = 9
FURNITURE = [
    "ผู้เยี่ยมชม",
    "จำนวนผู้อ่าน",
    "พิมพ์หน้านี้",
    "ย้อนกลับ",
    "ข่าวอื่นๆ",
    "ประกาศเมื่อ",
    "ยินดีต้อนรับ",
    "เมนูหลัก",
    "ติดต่อเรา",
    "Copyright",
]
CHARSET_VARIANTS = ["header+meta", "meta-tis620", "mislabelled", "none"]


def cp874_safe(s: str) -> str:
    out = []
    for ch in s:
        try:
            ch.encode("cp874")
            out.append(ch)
        except UnicodeEncodeError:
            out.append({"●": "-", "•": "-", "▪": "-", "\u00a0": " "}.get(ch, ""))
    return " ".join("".join(out).split())


class LegacyCp874(BaseSite):
    key = "legacy_cp874"
    family = "generic"
    imitates = "legacy table-layout PHP office site in windows-874 (font tags, marquee, visitor counter, Thai digits, mislabelled/missing charsets)"
    listing_path = "/news.php"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 26, start=dt.datetime(2016, 9, 28, 16, 0, tzinfo=TZ), offset=40
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 512 + n * 5
        for n, a in enumerate(arts):
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            a.paras = [p for p in a.paras if p]
            a.path = f"/news_detail.php?id={a.id}"
            a.modified = None  # this CMS prints no modified date
            a.tags = []
            a.source = OFFICE if n % 3 == 0 else None
            a.extra["numeric_date"] = n % 4 == 3
            if a.extra["numeric_date"]:
                a.time_printed = False
            a.extra["charset"] = CHARSET_VARIANTS[n % 4]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(14, "deleted")
        self.pages = paginate(entries, PER_PAGE)

    def page_url(self, n):
        return "/news.php" if n == 1 else f"/news.php?page={n}"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/news_detail.php?id={DELETED_ID}"]

    def respond(self, text: str, variant: str):
        meta = {
            "header+meta": '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">',
            "meta-tis620": '<meta http-equiv="Content-Type" content="text/html; charset=tis-620">',
            "mislabelled": '<meta http-equiv="Content-Type" content="text/html; charset=windows-874">',
            "none": "",
        }[variant]
        header = {
            "header+meta": "text/html; charset=windows-874",
            "meta-tis620": "text/html",
            "mislabelled": "text/html; charset=ISO-8859-1",
            "none": "text/html",
        }[variant]
        text = text.replace("<!--META-->", meta)
        return 200, {"Content-Type": header, "X-Powered-By": "PHP/5.2.17"}, text.encode("cp874")

    def frame(self, content):
        return f"""<html>
<head>
<!--META-->
<title>{SITE_TITLE}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="900" height="150" alt=""></td></tr>
<tr><td colspan="2" bgcolor="#006600"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF" size="2" face="MS Sans Serif">ยินดีต้อนรับสู่เว็บไซต์{SITE_NAME} ... ขอเชิญเกษตรกรขึ้นทะเบียนเกษตรกรประจำปี ได้ที่สำนักงานเกษตรอำเภอทุกแห่ง ...</font></marquee></td></tr>
<tr>
<td width="180" valign="top" bgcolor="#EEF7E8">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td bgcolor="#339933"><font color="#FFFFFF" size="2" face="MS Sans Serif"><b>เมนูหลัก</b></font></td></tr>
<tr><td><img src="images/arrow.gif" width="9" height="9"> <a href="index.php"><font size="2" face="MS Sans Serif">หน้าแรก</font></a></td></tr>
<tr><td><img src="images/arrow.gif" width="9" height="9"> <a href="about.php"><font size="2" face="MS Sans Serif">ประวัติหน่วยงาน</font></a></td></tr>
<tr><td><img src="images/arrow.gif" width="9" height="9"> <a href="news.php"><font size="2" face="MS Sans Serif">ข่าวประชาสัมพันธ์</font></a></td></tr>
<tr><td><img src="images/arrow.gif" width="9" height="9"> <a href="contact.php"><font size="2" face="MS Sans Serif">ติดต่อเรา</font></a></td></tr>
<tr><td>&nbsp;</td></tr>
<tr><td align="center"><font size="1" face="MS Sans Serif">ผู้เยี่ยมชม</font><br><img src="counter/0.gif"><img src="counter/1.gif"><img src="counter/8.gif"><img src="counter/4.gif"><img src="counter/2.gif"><img src="counter/7.gif"><br><font size="1" face="MS Sans Serif">ผู้เยี่ยมชม 018427 คน<br>ตั้งแต่ 1 ม.ค. 2550</font></td></tr>
</table>
</td>
<td width="720" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" bgcolor="#006600" align="center"><font color="#FFFFFF" size="1" face="MS Sans Serif">{SITE_NAME} ศาลากลางจังหวัดพิจิตร ถ.บุษบา อ.เมือง จ.พิจิตร 66000 โทร 0-5661-1111<br>Copyright &copy; 2550 All rights reserved. แสดงผลได้ดีที่สุดที่ความละเอียด 1024x768</font></td></tr>
</table>
</body>
</html>"""

    def date_line(self, a):
        if a.extra["numeric_date"]:
            return f"วันที่ {a.published:%d/%m}/{a.published.year + 543}"
        t = thai_digits(fmt_full(a.published))
        if a.time_printed:
            t += f" เวลา {thai_digits(f'{a.published:%H:%M}')} น."
        return "ประกาศเมื่อ : " + t

    def others_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3, 4, 5)]

    def detail(self, a):
        lines = "<br>\n<br>\n".join(
            f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras
        )
        source = (
            f'<br>\n<br>\n<div align="right"><font size="2" face="MS Sans Serif">ที่มา : {esc(a.source)}</font></div>'
            if a.source
            else ""
        )
        others = "".join(
            f'<tr><td><img src="images/bullet.gif"> <a href="news_detail.php?id={o.id}"><font size="2" face="MS Sans Serif">{esc(o.title)}</font></a></td></tr>'
            for o in self.others_for(a)
        )
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td bgcolor="#CCE6CC"><font size="2" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="3" color="#003399" face="MS Sans Serif"><b>{esc(a.title)}</b></font><br>
<font size="1" color="#666666" face="MS Sans Serif">{self.date_line(a)} &nbsp;|&nbsp; จำนวนผู้อ่าน : {a.views} ครั้ง</font></td></tr>
<tr><td><div align="center"><img src="news_pic/{a.id}_1.jpg" width="400" border="0"></div><br>
<font size="2" face="MS Sans Serif">
{lines}
</font>{source}
</td></tr>
<tr><td align="right"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> <font size="1" face="MS Sans Serif">พิมพ์หน้านี้</font></a> | <a href="javascript:history.back()"><font size="1" face="MS Sans Serif">ย้อนกลับ</font></a></td></tr>
<tr><td bgcolor="#CCE6CC"><font size="2" face="MS Sans Serif"><b>ข่าวอื่นๆ</b></font></td></tr>
<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{others}</table></td></tr>
</table>"""

    def deleted(self):
        return """<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td bgcolor="#CCE6CC"><font size="2" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="3" color="#003399" face="MS Sans Serif"><b></b></font><br>
<font size="1" color="#666666" face="MS Sans Serif">ประกาศเมื่อ :  &nbsp;|&nbsp; จำนวนผู้อ่าน : 0 ครั้ง</font></td></tr>
<tr><td><font size="2" face="MS Sans Serif"><center><font color="#FF0000">ไม่พบข้อมูล</font></center></font></td></tr>
<tr><td align="right"><a href="javascript:history.back()"><font size="1" face="MS Sans Serif">ย้อนกลับ</font></a></td></tr>
</table>"""

    def listing(self, n):
        rows = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                rows.append(
                    f'<tr><td><img src="images/bullet.gif"> <a href="news_detail.php?id={DELETED_ID}"><font size="2" face="MS Sans Serif">ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ (ยกเลิก)</font></a> <font color="#999999" size="1" face="MS Sans Serif">({thai_digits("02/06/2559")})</font></td></tr>'
                )
                continue
            a = e
            d = thai_digits(f"{a.published:%d/%m}/{a.published.year + 543}")
            new = (
                ' <img src="images/new.gif" width="28" height="11">'
                if self.articles.index(a) < 3
                else ""
            )
            rows.append(
                f'<tr><td><img src="images/bullet.gif"> <a href="news_detail.php?id={a.id}"><font size="2" face="MS Sans Serif">{esc(a.title)}</font></a> <font color="#999999" size="1" face="MS Sans Serif">({d})</font>{new}</td></tr>'
            )
        total = len(self.pages)
        links = []
        for k in range(1, total + 1):
            links.append(f"<b>[{k}]</b>" if k == n else f'<a href="news.php?page={k}">{k}</a>')
        if n < total:
            links.append(f'<a href="news.php?page={n + 1}">ถัดไป &gt;&gt;</a>')
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td bgcolor="#CCE6CC"><font size="2" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
{"".join(rows)}
<tr><td align="center"><font size="2" face="MS Sans Serif">หน้า {" ".join(links)}</font></td></tr>
</table>"""

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php", "/news.php"):
            try:
                n = int(qs1(query, "page", "1"))
            except ValueError:
                n = 1
            n = min(max(n, 1), len(self.pages))
            return self.respond(
                self.frame(self.listing(n)),
                "header+meta" if n == 1 else "none" if n == 2 else "meta-tis620",
            )
        if path == "/news_detail.php":
            try:
                nid = int(qs1(query, "id", "0"))
            except ValueError:
                nid = 0
            if nid == DELETED_ID:
                return self.respond(self.frame(self.deleted()), "mislabelled")
            a = self.by_id.get(nid)
            if a:
                return self.respond(self.frame(self.detail(a)), a.extra["charset"])
            return self.respond(self.frame(self.deleted()), "header+meta")
        return None

    def expected(self):
        return [
            expected_record(a, must_not=FURNITURE + [o.title for o in self.others_for(a)])
            for a in self.articles
        ]


SITE = LegacyCp874()

if __name__ == "__main__":
    main(SITE)
