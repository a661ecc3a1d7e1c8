"""Blind-43 red-team site (part B): **a 2000s Thai vendor "web portal" with the news module in an
iframe** (PHP 4 + MySQL, windows-874 bytes), a district agricultural office, built blind.

What it imitates:
- `/index.php` is a table-layout portal page (banner, left menu, marquee, counter) holding
  `<iframe src="news_list.php">`; the news module pages are bare PHP pages meant to live in
  the iframe: `news_list.php?Page=N` (capital P, 10 rows, "หน้า [1] 2 3 ถัดไป >>") and
  `news_show.php?NewsID=N`;
- bytes in windows-874, **HTTP header `text/html` without a charset, meta `charset=tis-620`**;
- article page: `<title>` = "::: ระบบข่าวประชาสัมพันธ์ :::" on every page, no `h1`; **the
  headline in `<font size="3" color="#990000"><b>`**; a grey info line "ประกาศเมื่อ : ๕ มี.ค. ๔๗"
  (**Thai digits, two-digit BE year**) and the time "เวลา ๑๔:๒๐ น." in another cell (some);
  "โดย : admin" (login); "อ่าน ๑,๒๓๔ ครั้ง" (Thai digits); `<br>` paragraphs in `<font
  face="MS Sans Serif">`; "ข่าว/ภาพ :" line (some); image (some); "แก้ไขล่าสุด" line only on
  edited items (Arabic digits, dd/mm/yyyy BE hh:mm); print / "ส่งให้เพื่อน" links; "ข่าวอื่นๆ"
  list; "<< กลับหน้ารวมข่าว".
Deleted: `news_show.php?NewsID=77` — linked from page 2; answers 200 with the empty template
("ไม่พบข่าวที่ท่านต้องการ", empty headline, "อ่าน ๐ ครั้ง").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรอำเภอบางปลาม้า"
PER = 10
LIST = "/news_list.php"
SHOW = "/news_show.php"
DELETED = f"{SHOW}?NewsID=77"
DELETED_TITLE = "แจ้งกำหนดการอบรมเกษตรกร (ยกเลิก)"
SOURCES = [None, "ฝ่ายส่งเสริมการเกษตร", None, "กลุ่มยุวเกษตรกร"]
COUNTER = "ผู้เข้าชมเว็บไซต์ ๒๑๔,๓๕๖ คน"
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานเกษตรอำเภอบางปลาม้า"
FOOTER = "ที่ว่าการอำเภอบางปลาม้า จังหวัดสุพรรณบุรี 72150"
TITLE = "::: ระบบข่าวประชาสัมพันธ์ :::"


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def views_th(n: int) -> str:
    return thai_digits(f"{n:,}")


class IframeSite(BaseSite):
    key = "b43_iframe_php874"
    family = "generic"
    charset = "cp874"
    imitates = "2000s Thai vendor web portal, PHP 4 + MySQL news module in an iframe, district agricultural office: windows-874 bytes, header text/html without charset, meta charset=tis-620; news_list.php?Page=N (10 rows, 'หน้า [1] 2 3'); news_show.php?NewsID=N; same <title> everywhere, no h1, headline in <font size=3 color=#990000><b>; 'ประกาศเมื่อ : ๕ มี.ค. ๔๗' Thai digits two-digit BE year, time 'เวลา ๑๔:๒๐ น.' in another cell (some); 'โดย : admin'; 'อ่าน ๑,๒๓๔ ครั้ง'; <br> paragraphs in <font>; 'ข่าว/ภาพ :' (some); image (some); 'แก้ไขล่าสุด dd/mm/yyyy BE hh:mm' only when edited; print / send-to-friend; 'ข่าวอื่นๆ'; deleted = empty template 'ไม่พบข่าวที่ท่านต้องการ'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2004, 9, 20, 16, 0, tzinfo=TZ), offset=402
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 140 - i * 3 - (i % 2)
            a.path = f"{SHOW}?NewsID={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 5 + (i * 173) % 2600
            a.extra["image"] = i % 5 == 2
        self.articles = arts
        self.by_id = {str(a.id): a for a in arts}
        assert len(self.by_id) == len(arts) and "77" not in self.by_id
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?Page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, **kw):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def page(self, body):
        return f"""<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/popup.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
{body}
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k])
        entries = [(a.path, a.title, a.published, a.views) for a in items]
        if k == 1:
            entries.insert(3, (DELETED, DELETED_TITLE, items[2].published, 0))
        for j, (p, t, d, v) in enumerate(entries):
            bg = "#F7F7F7" if j % 2 else "#FFFFFF"
            rows.append(
                f'<tr bgcolor="{bg}"><td width="20" align="center"><img src="images/bullet.gif" width="9" height="9"></td><td><a href="{p.lstrip("/")}" class="news"><font face="MS Sans Serif" size="2">{esc(t)}</font></a> <font size="1" color="#999999">({short_date(d)})</font></td><td width="70" align="center"><font size="1" color="#666666">{thai_digits(v)}</font></td></tr>'
            )
        nav = []
        for j in range(n):
            nav.append(
                f"[{j + 1}]" if j == k else f'<a href="news_list.php?Page={j + 1}">{j + 1}</a>'
            )
        if k < n - 1:
            nav.append(f'<a href="news_list.php?Page={k + 2}">ถัดไป &gt;&gt;</a>')
        body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td colspan="3" bgcolor="#336600"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr bgcolor="#E6F2D9"><td></td><td><font size="2"><b>หัวข้อข่าว</b></font></td><td align="center"><font size="2"><b>อ่าน</b></font></td></tr>
{"".join(rows)}
<tr><td colspan="3" align="center"><font face="MS Sans Serif" size="2">หน้า {" ".join(nav)}</font></td></tr>
</table>"""
        return self.page(body)

    def others(self, a):
        i = self.articles.index(a)
        return self.articles[i + 1 : i + 6] or self.articles[:5]

    def article(self, a):
        p = a.published
        timecell = (
            f'<td align="right"><font size="1" color="#808080">เวลา {thai_digits(p.strftime("%H:%M"))} น.</font></td>'
            if a.time_printed
            else '<td align="right">&nbsp;</td>'
        )
        img = (
            f'<p align="center"><img src="news_pic/{a.id}_1.jpg" width="400" border="0"></p>'
            if a.extra["image"]
            else ""
        )
        text = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(x) for x in a.paras)
        if a.source:
            text += f"<br><br>\nข่าว/ภาพ : {esc(a.source)}"
        mod = (
            f'<tr><td colspan="2"><font size="1" color="#808080">แก้ไขล่าสุด {a.modified.day:02d}/{a.modified.month:02d}/{a.modified.year + 543} {a.modified:%H:%M}</font></td></tr>'
            if a.modified
            else ""
        )
        others = "".join(
            f'<tr><td><img src="images/bullet.gif" width="9" height="9"> <a href="{x.path.lstrip("/")}"><font size="2">{esc(x.title)}</font></a> <font size="1" color="#999999">({short_date(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        body = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td colspan="2" bgcolor="#336600"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td colspan="2"><font size="3" color="#990000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font size="1" color="#808080">ประกาศเมื่อ : {short_date(p)} &nbsp;|&nbsp; โดย : admin &nbsp;|&nbsp; อ่าน {views_th(a.views)} ครั้ง</font></td>{timecell}</tr>
{mod}
<tr><td colspan="2"><hr size="1" noshade color="#CCCCCC"></td></tr>
<tr><td colspan="2">{img}<font face="MS Sans Serif" size="2">{text}</font></td></tr>
<tr><td colspan="2" align="right"><a href="news_print.php?NewsID={a.id}" target="_blank"><img src="images/print.gif" border="0"> พิมพ์หน้านี้</a> &nbsp; <a href="javascript:popup('news_send.php?NewsID={a.id}')"><img src="images/mail.gif" border="0"> ส่งให้เพื่อน</a></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3"><tr><td bgcolor="#E6F2D9"><font size="2"><b>ข่าวอื่นๆ</b></font></td></tr>{others}
<tr><td align="center"><a href="news_list.php"><font size="2">&lt;&lt; กลับหน้ารวมข่าว</font></a></td></tr></table>"""
        return self.page(body)

    def empty(self):
        body = """<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td colspan="2" bgcolor="#336600"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td colspan="2"><font size="3" color="#990000"><b></b></font></td></tr>
<tr><td><font size="1" color="#808080">ประกาศเมื่อ :  &nbsp;|&nbsp; โดย :  &nbsp;|&nbsp; อ่าน ๐ ครั้ง</font></td><td>&nbsp;</td></tr>
<tr><td colspan="2"><font face="MS Sans Serif" size="2" color="#FF0000">ไม่พบข่าวที่ท่านต้องการ</font></td></tr>
<tr><td align="center" colspan="2"><a href="news_list.php"><font size="2">&lt;&lt; กลับหน้ารวมข่าว</font></a></td></tr></table>"""
        return self.page(body)

    def portal(self):
        body = f"""<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="images/banner.jpg" width="778" height="150" alt="{OFFICE}"></td></tr>
<tr><td colspan="2" bgcolor="#336600"><marquee scrollamount="3"><font color="#FFFFFF" size="2">{MARQUEE}</font></marquee></td></tr>
<tr><td width="180" valign="top" bgcolor="#E6F2D9"><table width="100%"><tr><td><a href="index.php">หน้าแรก</a></td></tr><tr><td><a href="news_list.php" target="main">ข่าวประชาสัมพันธ์</a></td></tr><tr><td><a href="about.php">ประวัติหน่วยงาน</a></td></tr><tr><td><a href="webboard/">เว็บบอร์ด</a></td></tr></table>
<p align="center"><font size="1">{COUNTER}</font></p></td>
<td valign="top"><iframe name="main" src="news_list.php" width="598" height="900" frameborder="0" scrolling="auto"></iframe></td></tr>
<tr><td colspan="2" align="center" bgcolor="#336600"><font size="1" color="#FFFFFF">{OFFICE} {FOOTER}<br>Powered by ThaiPortal 2.0</font></td></tr>
</table>"""
        return self.page(body)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return self.html_response(self.portal())
        if path == LIST:
            pg = qs1(query, "Page", "1")
            if not pg.isdigit() or not 1 <= int(pg) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(pg) - 1))
        if path == SHOW:
            nid = qs1(query, "NewsID")
            if nid in self.by_id:
                return self.html_response(self.article(self.by_id[nid]))
            if nid == "77":
                return self.html_response(self.empty())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                TITLE,
                f"อ่าน {views_th(a.views)} ครั้ง",
                "โดย : admin",
                "ประกาศเมื่อ",
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "ข่าวอื่นๆ",
                "กลับหน้ารวมข่าว",
            ]
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, tags=False, must_not=must_not))
        return out


SITE = IframeSite()

if __name__ == "__main__":
    main(SITE)
