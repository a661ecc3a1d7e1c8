"""Blind-62 red-team site (part B): a provincial local-administration office
(สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท-like, 2553-2555 / 2010-2012) on a **home-made PHP 5.2
+ MySQL 5.0 news script written from the ThaiCreate.com paging tutorial, served by AppServ
(Apache 2.2 on Windows)**: Dreamweaver table layout, `<font>`, marquee, windows-874 bytes
under a bare `text/html` header with a `charset=tis-620` meta. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Thai PHP pages built from the ThaiCreate paging
example (`$Per_Page`, `$Prev_Page`, `$Next_Page`, "Total N Record : M Page :", `<< Back`,
`[ <a href='$_SERVER[SCRIPT_NAME]?Page=$i'>$i</a> ]`, the current page as `<b> $i </b>`,
`Next>>`, and **`LIMIT $Page_Start , $Page_End`** where the second number is the end row, not a
row count). From memory: AppServ's stock Apache/PHP headers, Dreamweaver CS3 XHTML 1.0
Transitional pages, the Thai `thainumDigit()` / `DateThai()` helper functions of that era, the
animated `new.gif`, the `nl2br()` text of a textarea. No one's code or text was copied.

What it imitates (an everyday old site, one quirk: the ThaiCreate LIMIT):
- `/news/news.php`, `?Page=2`, `?Page=3` (hrefs from `$_SERVER[SCRIPT_NAME]`); a table
  "ลำดับ / หัวข้อข่าว / วันที่ / อ่าน" with Thai-digit running numbers, dates "๑๒ มี.ค. ๕๕" and
  reads; "ทั้งหมด ๒๔ ข่าว : ๓ หน้า :" with "<< ย้อนกลับ" "[ 1 ]" "<b> 2 </b>" "ถัดไป>>";
  **the ThaiCreate bug: `LIMIT start, start+8*page` makes page 2 list 16 rows (9-24) and page 3
  rows 17-24, so pages overlap**; `new.gif` after the three newest titles;
- detail `/news/news_detail.php?NewsID=N` (relative `news_detail.php?NewsID=N` links): the
  same `<title>` on every page; headline in `<font size="3"><b>`; "วันที่ลงข่าว :" from a
  DateThai() helper in Thai digits: rows from 2553 kept a DATE column ("๑๓ ธันวาคม ๒๕๕๓", no
  time), later ones a DATETIME ("วันพุธที่ ๗ มีนาคม ๒๕๕๕ เวลา ๑๐.๑๗ น."); "ผู้ลงข่าว :"
  (four posters over three years); "อ่าน : ๒,๐๑๔ ครั้ง";
- the text is the textarea through `nl2br()`: paragraphs as `<br />` runs with typed
  `&nbsp;` indents; sources typed as the last line ("ข่าว :", "ที่มา :", "ข่าว/ภาพ :",
  "เรียบเรียง :", the office alone, or none);
- a thumbnail table "ภาพประกอบ" on some posts, "เอกสารแนบ :" links, "[ พิมพ์หน้านี้ ] [ ย้อนกลับ ]",
  "ข่าวอื่นๆ" (five other titles with dates), left menu, marquee, footer counter
  "ผู้เข้าชมเว็บไซต์ ๐๐๒๑๔๕๗๓ คน";
- deleted item (linked from page 2): `/news/news_detail.php?NewsID=370`, **200: a row the
  poster hid (status 'N') that the listing query still lists; the detail query filters on
  status and prints "ไม่พบข้อมูลข่าวที่ท่านต้องการ" inside the template**.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"
TITLE = f":: {OFFICE} ::"
N = 23
PER = 8
DELETED_ID = 370
DELETED_AT = 11  # row index in the listing query (page 2 only, despite the overlap)
POSTERS = ["นางสาวสุภาพร ใจดี", "นายวีระ ศรีสุข", "admin", "นางกนกวรรณ พรหมมา"]
SOURCES = [
    ("ข่าว", "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น สถ.จ.ชัยนาท"),
    ("ที่มา", "ฝ่ายบริหารทั่วไป สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"),
    ("sign", "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท"),
    ("ข่าว/ภาพ", "ท้องถิ่นอำเภอสรรคบุรี"),
    None,
    ("เรียบเรียง", "กลุ่มงานกฎหมาย ระเบียบและเรื่องร้องทุกข์ สถ.จ.ชัยนาท"),
]
DATE_LABEL = "วันที่ลงข่าว"
POSTER_LABEL = "ผู้ลงข่าว"
READS = "อ่าน"
PRINT = "พิมพ์หน้านี้"
BACK = "ย้อนกลับ"
OTHER = "ข่าวอื่นๆ"
PHOTOS = "ภาพประกอบ"
ATTACH = "เอกสารแนบ"
ATTACH_LINK = "ดาวน์โหลดไฟล์แนบ"
MARQUEE = (
    "ยินดีต้อนรับเข้าสู่เว็บไซต์สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดชัยนาท &quot;ท้องถิ่นก้าวหน้า ประชาชนเป็นสุข&quot;"
)
FOOTER = "ศาลากลางจังหวัดชัยนาท ชั้น 2 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000"
COUNTER = "ผู้เข้าชมเว็บไซต์ ๐๐๒๑๔๕๗๓ คน"
BEST = "แสดงผลได้ดีที่ความละเอียด 1024 x 768 ด้วย Internet Explorer 7 หรือ Firefox 3 ขึ้นไป"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
CP874_FIX = {"●": "•"}


def date_thai(d: dt.datetime, with_time: bool) -> str:
    """The site's DateThai(): full month, BE year, Thai digits; weekday and time for DATETIME rows."""
    if not with_time:
        return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {be(d)}")
    return thai_digits(
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)} "
        f"เวลา {d.hour:02d}.{d.minute:02d} น."
    )


def date_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def num(n: int) -> str:
    return thai_digits(f"{n:,}")


class ThaiCreateSite(BaseSite):
    key = "b62_php5_appserv_thaicreate874"
    family = "generic"
    imitates = (
        "provincial local-administration office on a home-made PHP 5.2 news script from the "
        "ThaiCreate paging tutorial on AppServ: overlapping pages (LIMIT start,end), Thai-digit "
        "dates and reads, nl2br text, windows-874 under a tis-620 meta"
    )
    listing_path = "/news/news.php"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2012, 3, 15, 16, 30, tzinfo=TZ), offset=5
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.paras = ["".join(CP874_FIX.get(c, c) for c in p) for p in a.paras]
            a.title = "".join(CP874_FIX.get(c, c) for c in a.title)
            # three years of posts: stretch the older ones back to 2553
            if i >= 5:
                a.published = a.published - dt.timedelta(days=35 * (i - 4))
            a.published = a.published.replace(second=0)
            a.id = 381 - i - (2 if i >= DELETED_AT else 0) - (1 if i >= 17 else 0)
            a.path = f"/news/news_detail.php?NewsID={a.id}"
            a.modified = None
            a.tags = []
            # rows before the 2554 upgrade kept a DATE column: no time printed
            a.time_printed = a.published.year >= 2011
            if not a.time_printed:
                a.published = a.published.replace(hour=0, minute=0)
            a.views = 23 + (i * 419 + 87) % 2400
            a.extra["poster"] = POSTERS[0 if i < 6 else 1 if i < 12 else (2 + i % 2)]
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["photos"] = i % 3 == 0
            a.extra["attach"] = i % 5 == 3
            for s in [a.title, *a.paras]:
                s.encode("cp874")
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        older, newer = arts[DELETED_AT], arts[DELETED_AT - 1]
        assert older.id < DELETED_ID < newer.id
        self.deleted_when = older.published + (newer.published - older.published) / 2
        # the listing query: every row, hidden or not, newest id first
        self.rows: list = list(arts)
        self.rows.insert(DELETED_AT, None)
        self.pages = self.thaicreate_pages()
        assert len(self.pages) == 3 and len(self.pages[1]) == 16
        assert all(sum(r is None for r in p) == (k == 1) for k, p in enumerate(self.pages))

    def thaicreate_pages(self) -> list[list]:
        total = len(self.rows)
        num_pages = total // PER if total % PER == 0 else total // PER + 1
        pages = []
        for page in range(1, num_pages + 1):
            start = PER * page - PER
            end = min(PER * page, total)
            pages.append(self.rows[start : start + end])  # LIMIT start, end (a count!)
        return pages

    def listing_pages(self):
        return ["/news/news.php", "/news/news.php?Page=2", "/news/news.php?Page=3"]

    def deleted_paths(self):
        return [f"/news/news_detail.php?NewsID={DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    # ------------------------------------------------------------------ chrome
    def page(self, content: str) -> str:
        menu = "".join(
            f'<tr><td height="26" background="../images/menu_bg.gif">&nbsp;<img src="../images/arrow.gif" width="7" height="7" /> '
            f'<a href="{h}" class="menu">{t}</a></td></tr>'
            for h, t in [
                ("../index.php", "หน้าแรก"),
                ("../about/history.php", "ประวัติหน่วยงาน"),
                ("../about/structure.php", "โครงสร้างองค์กร"),
                ("news.php", "ข่าวประชาสัมพันธ์"),
                ("../law/index.php", "ระเบียบ/หนังสือสั่งการ"),
                ("../download/index.php", "ดาวน์โหลดเอกสาร"),
                ("../webboard/index.php", "กระดานสนทนา"),
                ("../contact.php", "ติดต่อเรา"),
            ]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<title>{TITLE}</title>
<link href="../css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>

<body>
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="../images/banner.jpg" width="990" height="180" alt="{OFFICE}" /></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#8B0000"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFF00" size="2">{MARQUEE}</font></marquee></td>
  </tr>
  <tr>
    <td width="200" valign="top" bgcolor="#FFF8E7">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
      <tr><td height="30" bgcolor="#CC6600"><font color="#FFFFFF"><b>&nbsp;เมนูหลัก</b></font></td></tr>
{menu}
      </table>
      <br />
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
      <tr><td align="center"><a href="http://www.dla.go.th" target="_blank"><img src="../images/banner_dla.gif" width="180" height="60" border="0" alt="กรมส่งเสริมการปกครองท้องถิ่น" /></a></td></tr>
      <tr><td align="center"><a href="http://www.chainat.go.th" target="_blank"><img src="../images/banner_chainat.gif" width="180" height="60" border="0" alt="จังหวัดชัยนาท" /></a></td></tr>
      </table>
    </td>
    <td width="790" valign="top">
{content}
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#8B0000" align="center"><font color="#FFFFFF" size="2">{OFFICE}<br />
{FOOTER} โทร. ๐-๕๖๔๑-๑๓๑๔ โทรสาร ๐-๕๖๔๑-๒๐๐๘<br />
{COUNTER} &nbsp; ขณะนี้ออนไลน์ ๓ คน<br />
{BEST}</font></td>
  </tr>
</table>
</body>
</html>
"""

    def respond(self, text: str):
        status, headers, body = self.html_response(text, content_type="text/html")
        headers["X-Powered-By"] = "PHP/5.2.6"
        return status, headers, body

    # ------------------------------------------------------------------ listing
    def render_list(self, page: int) -> str:
        rows = self.pages[page - 1]
        start = PER * page - PER
        trs = []
        for k, a in enumerate(rows):
            no = num(start + k + 1)
            bg = "#FFFFFF" if k % 2 == 0 else "#FFF5E6"
            if a is None:
                title, href, d, reads = (
                    "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้าง (แก้ไข)",
                    f"news_detail.php?NewsID={DELETED_ID}",
                    self.deleted_when,
                    41,
                )
            else:
                title, href, d, reads = (
                    a.title,
                    f"news_detail.php?NewsID={a.id}",
                    a.published,
                    a.views,
                )
            new = (
                ' <img src="../images/new.gif" width="28" height="11" />'
                if a is not None and self.articles.index(a) < 3
                else ""
            )
            trs.append(
                f'  <tr bgcolor="{bg}">\n'
                f'    <td><div align="center">{no}</div></td>\n'
                f'    <td><a href="{href}">{esc(title)}</a>{new}</td>\n'
                f'    <td><div align="center">{date_short(d)}</div></td>\n'
                f'    <td><div align="center">{num(reads)}</div></td>\n'
                "  </tr>"
            )
        total = len(self.rows)
        num_pages = len(self.pages)
        nav = [f"ทั้งหมด {num(total)} ข่าว : {num(num_pages)} หน้า :"]
        if page > 1:
            nav.append(f" <a href='/news/news.php?Page={page - 1}'><< {BACK}</a> ")
        for k in range(1, num_pages + 1):
            nav.append(
                f"<b> {k} </b>" if k == page else f"[ <a href='/news/news.php?Page={k}'>{k}</a> ]"
            )
        if page != num_pages:
            nav.append(f" <a href ='/news/news.php?Page={page + 1}'>ถัดไป>></a> ")
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr>
    <td><img src="../images/head_news.gif" width="300" height="40" alt="ข่าวประชาสัมพันธ์" /></td>
  </tr>
</table>
<table width="760" border="1" align="center" cellpadding="3" cellspacing="0" bordercolor="#E8C9A0">
  <tr bgcolor="#FFCC66">
    <th width="50"> <div align="center">ลำดับ </div></th>
    <th width="520"> <div align="center">หัวข้อข่าว </div></th>
    <th width="100"> <div align="center">วันที่ </div></th>
    <th width="60"> <div align="center">อ่าน </div></th>
  </tr>
{chr(10).join(trs)}
</table>
<br />
<div align="center"><font size="2">
{chr(10).join(nav)}
</font></div>
<br />"""
        return self.respond(self.page(content))

    # ------------------------------------------------------------------ detail
    def text_html(self, a) -> str:
        lines = list(a.paras)
        if a.source:
            lab = a.extra["label"]
            lines.append(a.source if lab == "sign" else f"{lab} : {a.source}")
        # nl2br() of the textarea: a blank line between paragraphs, typed indents
        out = []
        for k, p in enumerate(lines):
            ind = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if k < len(a.paras) else ""
            if k == len(lines) - 1 and a.extra["label"] == "sign":
                ind = "&nbsp;" * 40
            out.append(ind + esc(p))
        return "<br />\r\n<br />\r\n".join(out)

    def render_detail(self, a) -> str:
        photos = ""
        if a.extra["photos"]:
            cells = "".join(
                f'<td align="center"><a href="news_img/{a.id}_{k}.jpg" target="_blank"><img src="news_img/thumb_{a.id}_{k}.jpg" width="150" height="112" border="1" /></a></td>'
                for k in range(1, 4)
            )
            photos = (
                f'  <tr>\n    <td><b><font color="#993300">{PHOTOS}</font></b><br />'
                f'<table border="0" cellspacing="5" cellpadding="0"><tr>{cells}</tr></table></td>\n  </tr>\n'
            )
        attach = ""
        if a.extra["attach"]:
            attach = (
                f'  <tr>\n    <td><font size="2"><b>{ATTACH} :</b> <img src="../images/pdf.gif" width="16" height="16" /> '
                f'<a href="news_file/{a.id}.pdf" target="_blank">{ATTACH_LINK}</a></font></td>\n  </tr>\n'
            )
        others = "".join(
            f'<tr><td><img src="../images/bullet.gif" width="9" height="9" /> <a href="news_detail.php?NewsID={x.id}">{esc(x.title)}</a> '
            f'<font color="#999999" size="1">({date_short(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr>
    <td><img src="../images/head_news.gif" width="300" height="40" alt="ข่าวประชาสัมพันธ์" /></td>
  </tr>
</table>
<table width="760" border="0" align="center" cellpadding="5" cellspacing="0" style="border:1px solid #E8C9A0">
  <tr>
    <td bgcolor="#FFF2CC"><font size="3" color="#993300"><b>{esc(a.title)}</b></font></td>
  </tr>
  <tr>
    <td><font size="2" color="#666666">{DATE_LABEL} : {date_thai(a.published, a.time_printed)} &nbsp;|&nbsp; {POSTER_LABEL} : {esc(a.extra["poster"])} &nbsp;|&nbsp; {READS} : {num(a.views)} ครั้ง</font></td>
  </tr>
  <tr>
    <td><div align="center"><img src="news_img/{a.id}_1.jpg" width="400" border="0" /></div></td>
  </tr>
  <tr>
    <td class="text"><font size="2">{self.text_html(a)}</font></td>
  </tr>
{photos}{attach}  <tr>
    <td align="center"><font size="2">[ <a href="javascript:window.print()">{PRINT}</a> ] [ <a href="javascript:history.back()">{BACK}</a> ]</font></td>
  </tr>
</table>
<br />
<table width="760" border="0" align="center" cellpadding="3" cellspacing="0">
  <tr><td bgcolor="#FFCC66"><b>&nbsp;{OTHER}</b></td></tr>
{others}
</table>
<br />"""
        return self.respond(self.page(content))

    def render_deleted(self) -> str:
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr>
    <td><img src="../images/head_news.gif" width="300" height="40" alt="ข่าวประชาสัมพันธ์" /></td>
  </tr>
</table>
<table width="760" border="0" align="center" cellpadding="5" cellspacing="0" style="border:1px solid #E8C9A0">
  <tr>
    <td align="center"><br /><font color="#FF0000" size="2">{NOT_FOUND}</font><br /><br />[ <a href="javascript:history.back()">{BACK}</a> ]<br /><br /></td>
  </tr>
</table>
<br />"""
        return self.respond(self.page(content))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/news/news.php":
            p = qs1(query, "Page", "1")
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.render_list(int(p))
        if path == "/news/news_detail.php":
            nid = qs1(query, "NewsID")
            if not nid.isdigit():
                return None
            if int(nid) == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(int(nid))
            return self.render_detail(a) if a else self.render_deleted()
        if path in ("/", "/index.php"):
            return self.respond(self.page('<p><a href="news/news.php">ข่าวประชาสัมพันธ์</a></p>'))
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            text = self.text_of(self.render_detail(a)[2].decode("cp874"))
            must_not = [
                f"{DATE_LABEL} :",
                f"{POSTER_LABEL} : {a.extra['poster']}",
                f"{READS} : {num(a.views)} ครั้ง",
                PRINT,
                OTHER,
                COUNTER,
                FOOTER,
                "ท้องถิ่นก้าวหน้า ประชาชนเป็นสุข",
                "เมนูหลัก",
                BEST,
            ]
            if a.extra["photos"]:
                must_not.append(PHOTOS)
            if a.extra["attach"]:
                must_not.append(ATTACH_LINK)
            must_not += [x.title for x in self.others(a) if x.title != a.title]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s and s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = ThaiCreateSite()

if __name__ == "__main__":
    main(SITE)
