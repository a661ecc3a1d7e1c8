"""Blind-48 red-team site (part B): a provincial agriculture office's **home-made PHP 4 +
MySQL news system** (2008-2009, Dreamweaver 8 table layout, `<font>` tags), served in
**windows-874 bytes under `Content-Type: text/html; charset=TIS-620`** (php.ini
`default_charset`), built blind.

What it imitates:
- `/news_list.php?catid=1` with **1-based `&pg=N`**; the visible pager is
  `javascript:goPage(N)` links only — **real hrefs exist only in a `<noscript>` fallback pager**;
  each entry is a **`<tr onclick="location.href='news_detail.php?id=N'">`** whose headline cell
  holds no link; **the only `<a href>` is the "อ่านต่อ" image** (relative hrefs); the list
  prints dates "๐๕/๐๓/๒๕๕๑" and "อ่าน ๑๒๓";
- the same `<title>` on every page (office :: section); the page prints **`<h1>` = the office
  name, `<h2>` = the section ("ข่าวประชาสัมพันธ์") and the headline in an `<h3>`**;
- the article is a **two-column `<table>`: photo left (or `nopic.gif`), text right** in
  `<font face="MS Sans Serif" size="2">` with `<br><br>` paragraphs; **the date in a caption row
  split over cells**: "โพสต์เมื่อ" | `<b>๐๕/๐๓/๒๕๕๑</b>` | "เวลา ๑๔:๒๐ น." (time on some items
  only), "จำนวนการเข้าชม ๑,๒๓๔ ครั้ง" (**Thai digits**), "แก้ไขล่าสุด ๐๗/๐๓/๒๕๕๑ ๑๐:๑๕ น."
  (edited items only);
- sign-off **"ข่าว/ภาพ:" with the office on the next line** (`<br>`), or "ที่มา : office", or
  none; **"Tags:" as a plain comma list** (no links);
- inside the same content cell: print / send-to-friend / font-size tools ("ก+ ก-"),
  "« ข่าวก่อนหน้า : title" / "ข่าวถัดไป : title »", **"ข่าวอื่นๆ ในหมวดเดียวกัน"** with titles and
  Thai-digit dates, visitors' comments with their own dates ("ความคิดเห็นที่ ๑") and the comment
  form; left menu column, marquee, site counter "ผู้ชมเว็บไซต์".
Deleted: `/news_detail.php?id=97` linked from page 2 — 200 with PHP's mysql warning and the empty
template ("ไม่พบข้อมูลข่าวที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดอ่างทอง"
SECTION = "ข่าวประชาสัมพันธ์"
TITLE = f"{OFFICE} :: {SECTION}"
LIST = "/news_list.php?catid=1"
PER = 8
DELETED_ID = 97
SOURCES = [
    ("ข่าว/ภาพ:", "กลุ่มยุทธศาสตร์และสารสนเทศ"),
    None,
    ("ที่มา :", "สำนักงานเกษตรอำเภอวิเศษชัยชาญ"),
    ("ข่าว/ภาพ:", "กลุ่มส่งเสริมและพัฒนาการผลิต"),
    None,
    ("ที่มา :", "ศูนย์บริการและถ่ายทอดเทคโนโลยีการเกษตรประจำตำบล"),
]
TAGS = ["ข้าว", "เกษตรกร", "ศพก.", "แปลงใหญ่", "ภัยแล้ง", "ยุวเกษตรกร"]
COUNTER = "ผู้ชมเว็บไซต์ " + thai_digits("087,412") + " คน"
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานเกษตรจังหวัดอ่างทอง ศูนย์กลางข้อมูลข่าวสารเพื่อเกษตรกร"
FOOTER = (
    "สำนักงานเกษตรจังหวัดอ่างทอง ศาลากลางจังหวัดอ่างทอง ถ.เทศบาล 1 อ.เมือง จ.อ่างทอง 14000 โทร. 0-3561-1234"
)
OTHERS = "ข่าวอื่นๆ ในหมวดเดียวกัน"
COMMENT_TEXT = "ขอบคุณสำหรับข้อมูลดีๆ ครับ จะนำไปบอกต่อเพื่อนเกษตรกรในหมู่บ้าน"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"


def ok874(s: str) -> str:
    return s.encode("cp874", "ignore").decode("cp874")


def dmy(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}")


class Php4TdColSite(BaseSite):
    key = "b48_php4_tdcol874"
    family = "generic"
    imitates = "home-made PHP 4 + MySQL news system of a provincial agriculture office (2008-2009, Dreamweaver table layout, <font>), windows-874 bytes under 'text/html; charset=TIS-620' with no meta; news_list.php?catid=1&pg=N (1-based) with javascript:goPage pager and real hrefs only in a <noscript> pager; entries are <tr onclick> rows whose only <a href> is the 'อ่านต่อ' image; same <title> everywhere, h1 = office, h2 = section, headline in h3; article in a two-column table (photo left, text right, <br><br> paragraphs) with the date split over caption-row cells (โพสต์เมื่อ | ๐๕/๐๓/๒๕๕๑ | เวลา ๑๔:๒๐ น.), จำนวนการเข้าชม in Thai digits, แก้ไขล่าสุด on edited items; ข่าว/ภาพ: with the office on the next line, ที่มา :; plain 'Tags:' comma list; print/font-size tools, prev/next with titles, other-news list with dates, visitor comments with dates, site counter; deleted = mysql warning + empty template (200)"
    listing_path = LIST
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2009, 2, 18, 16, 0, tzinfo=TZ), offset=133
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.title = ok874(a.title)
            a.paras = [ok874(p) for p in a.paras]
            a.id = 131 - i * 2 + (i % 2)
            if a.id == DELETED_ID:
                a.id = 60
            a.path = f"/news_detail.php?id={a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i + 2 * k) % len(TAGS)] for k in range((i * 7) % 4)]
            a.tags = list(dict.fromkeys(a.tags))
            a.views = 18 + (i * 389) % 2400
            a.extra["photo"] = i % 3 != 2
            a.extra["comments"] = i % 4 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/news_detail.php?id={DELETED_ID}"

    def page_url(self, k):
        return LIST + (f"&pg={k + 1}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 3) : i + 4] if x is not a][:5]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def shell(self, content, prefix=""):
        return f"""{prefix}<html>
<head>
<title>{TITLE}</title>
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}}
function goPage(p) {{ document.frmPage.pg.value = p; document.frmPage.submit(); }}
function fontSize(n) {{ document.getElementById('newsdetail').style.fontSize = n + 'px'; }}
//-->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td colspan="2"><img src="images/banner_agri.jpg" width="780" height="150" alt="{OFFICE}"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#336600"><font color="#FFFF00" size="2"><marquee scrollamount="3">{MARQUEE}</marquee></font></td>
  </tr>
  <tr>
    <td width="170" valign="top" bgcolor="#F0F7E6">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td bgcolor="#669933"><font color="#FFFFFF" size="2"><b>เมนูหลัก</b></font></td></tr>
        <tr><td><font size="2"><img src="images/arrow.gif" width="7" height="7"> <a href="index.php">หน้าแรก</a><br>
        <img src="images/arrow.gif" width="7" height="7"> <a href="about.php">ประวัติหน่วยงาน</a><br>
        <img src="images/arrow.gif" width="7" height="7"> <a href="news_list.php?catid=1">ข่าวประชาสัมพันธ์</a><br>
        <img src="images/arrow.gif" width="7" height="7"> <a href="news_list.php?catid=2">ข่าวจัดซื้อจัดจ้าง</a><br>
        <img src="images/arrow.gif" width="7" height="7"> <a href="webboard/index.php">เว็บบอร์ด</a><br>
        <img src="images/arrow.gif" width="7" height="7"> <a href="contact.php">ติดต่อเรา</a></font></td></tr>
        <tr><td bgcolor="#669933"><font color="#FFFFFF" size="2"><b>สถิติผู้เข้าชม</b></font></td></tr>
        <tr><td align="center"><font size="2">{COUNTER}<br>เริ่มนับ ๑ ม.ค. ๒๕๕๐</font></td></tr>
      </table>
    </td>
    <td width="610" valign="top">
      <h1><font face="MS Sans Serif" size="3" color="#336600">{OFFICE}</font></h1>
      <h2><font face="MS Sans Serif" size="2" color="#996600">{SECTION}</font></h2>
{content}
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#336600" align="center"><font color="#FFFFFF" size="1">{FOOTER}<br>
      Copyright &copy; 2008 All rights reserved. ดูได้ดีที่สุดด้วย IE 6.0 ความละเอียด 800x600</font></td>
  </tr>
</table>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        entries = list(self.pages[k])
        if k == 1:
            entries.insert(5, None)
        for j, a in enumerate(entries):
            bg = "#FFFFFF" if j % 2 else "#F7FBF0"
            if a is None:
                aid, title, date, views = (
                    DELETED_ID,
                    "ขอเชิญร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่",
                    "๒๒/๑๒/๒๕๕๑",
                    "๔๑",
                )
            else:
                aid, title, date, views = a.id, esc(a.title), dmy(a.published), thai_digits(a.views)
            rows.append(f"""        <tr bgcolor="{bg}" onMouseOver="this.style.backgroundColor='#FFFFCC'" onMouseOut="this.style.backgroundColor='{bg}'" onclick="location.href='news_detail.php?id={aid}'" style="cursor:hand">
          <td width="20" valign="top"><img src="images/bullet_news.gif" width="9" height="9"></td>
          <td valign="top"><font size="2" color="#003300">{title}</font><br><font size="1" color="#999999">{date} | อ่าน {views}</font></td>
          <td width="60" align="right" valign="bottom"><a href="news_detail.php?id={aid}"><img src="images/readmore.gif" alt="อ่านต่อ" width="52" height="15" border="0"></a></td>
        </tr>""")
        n = len(self.pages)
        js = " ".join(
            f"[<b>{m + 1}</b>]" if m == k else f'<a href="javascript:goPage({m + 1})">[{m + 1}]</a>'
            for m in range(n)
        )
        nos = " ".join(
            f"{m + 1}" if m == k else f'<a href="news_list.php?catid=1&amp;pg={m + 1}">{m + 1}</a>'
            for m in range(n)
        )
        content = f"""      <table width="100%" border="0" cellspacing="1" cellpadding="4">
{chr(10).join(rows)}
      </table>
      <form name="frmPage" method="get" action="news_list.php"><input type="hidden" name="catid" value="1"><input type="hidden" name="pg" value="{k + 1}"></form>
      <div align="center"><font size="2">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ หน้า {js}</font></div>
      <noscript><div align="center"><font size="2">หน้า: {nos}</font></div></noscript>"""
        return self.shell(content)

    def article(self, a):
        p = a.published
        paras = "<br><br>\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(x)}" for x in a.paras)
        if a.source:
            if a.extra["label"] == "ข่าว/ภาพ:":
                paras += f"<br><br>\n<b>{a.extra['label']}</b><br>\n{esc(a.source)}"
            else:
                paras += f"<br><br>\n{a.extra['label']} {esc(a.source)}"
        tags = (
            f'<br><br>\n<font color="#666666">Tags: {", ".join(esc(t) for t in a.tags)}</font>'
            if a.tags
            else ""
        )
        if a.extra["photo"]:
            photo = f'<a href="newsimg/{a.id}_1.jpg" target="_blank"><img src="newsimg/{a.id}_1_s.jpg" width="180" border="1"></a><br><font size="1">คลิกที่ภาพเพื่อขยาย</font>'
        else:
            photo = '<img src="images/nopic.gif" width="180" height="135" border="0">'
        time_cell = (
            f'<td><font size="2">เวลา {hm(p)} น.</font></td>'
            if a.time_printed
            else "<td>&nbsp;</td>"
        )
        edited = ""
        if a.modified:
            edited = f'<tr><td colspan="4" align="right"><font size="1" color="#999999">แก้ไขล่าสุด {dmy(a.modified)} {hm(a.modified)} น.</font></td></tr>'
        newer, older = self.neighbours(a)
        nav = []
        if newer:
            nav.append(
                f'<a href="news_detail.php?id={newer.id}">&laquo; ข่าวก่อนหน้า : {esc(newer.title)}</a>'
            )
        if older:
            nav.append(
                f'<a href="news_detail.php?id={older.id}">ข่าวถัดไป : {esc(older.title)} &raquo;</a>'
            )
        others = "".join(
            f'<tr><td><font size="2"><img src="images/bullet_news.gif" width="9" height="9"> <a href="news_detail.php?id={o.id}">{esc(o.title)}</a> <font color="#999999" size="1">({dmy(o.published)})</font></font></td></tr>'
            for o in self.others(a)
        )
        comments = ""
        if a.extra["comments"]:
            c = a.published + dt.timedelta(days=1, hours=3)
            comments = f'<tr><td bgcolor="#F7FBF0"><font size="2"><b>ความคิดเห็นที่ ๑</b> : {COMMENT_TEXT}<br><font size="1" color="#999999">โดย: ชาวนาอ่างทอง [{dmy(c)} {hm(c)}] IP: 118.172.xxx.xxx</font></font></td></tr>'
        content = f"""      <h3><font face="MS Sans Serif" size="3" color="#003300">{esc(a.title)}</font></h3>
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr bgcolor="#E6F2D9">
          <td width="70"><font size="2" color="#666666">โพสต์เมื่อ</font></td>
          <td width="90"><font size="2"><b>{dmy(p)}</b></font></td>
          {time_cell}
          <td align="right"><font size="2">จำนวนการเข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</font></td>
        </tr>
        {edited}
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="5">
        <tr>
          <td width="190" valign="top" align="center">{photo}</td>
          <td valign="top" id="newsdetail"><font face="MS Sans Serif" size="2">{paras}{tags}</font></td>
        </tr>
      </table>
      <div align="right"><font size="2"><a href="javascript:window.print()"><img src="images/print.gif" border="0"> พิมพ์หน้านี้</a> | <a href="sendfriend.php?id={a.id}">ส่งต่อให้เพื่อน</a> | ขนาดตัวอักษร <a href="javascript:fontSize(16)">ก+</a> <a href="javascript:fontSize(12)">ก-</a></font></div>
      <hr size="1" color="#CCCCCC">
      <table width="100%" border="0"><tr><td><font size="2">{" &nbsp;|&nbsp; ".join(nav)}</font></td></tr></table>
      <table width="100%" border="0" cellspacing="0" cellpadding="2">
        <tr><td bgcolor="#669933"><font color="#FFFFFF" size="2"><b>{OTHERS}</b></font></td></tr>
        {others}
      </table>
      <br>
      <table width="100%" border="0" cellspacing="1" cellpadding="4">
        <tr><td bgcolor="#669933"><font color="#FFFFFF" size="2"><b>แสดงความคิดเห็น</b></font></td></tr>
        {comments}
        <tr><td><form name="frmComment" method="post" action="comment_save.php"><font size="2">ชื่อผู้แสดงความคิดเห็น <input type="text" name="c_name" size="20"><br>
        ข้อความ<br><textarea name="c_detail" cols="50" rows="4"></textarea><br>
        <input type="hidden" name="news_id" value="{a.id}"><input type="submit" name="Submit" value="ส่งความคิดเห็น"></font></form></td></tr>
      </table>"""
        return self.shell(content)

    def not_found(self):
        warn = "<br />\n<b>Warning</b>:  mysql_fetch_array(): supplied argument is not a valid MySQL result resource in <b>/home/agriangthong/public_html/news_detail.php</b> on line <b>38</b><br />\n"
        content = f"""      <h3><font face="MS Sans Serif" size="3" color="#003300"></font></h3>
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr bgcolor="#E6F2D9"><td width="70"><font size="2" color="#666666">โพสต์เมื่อ</font></td><td><font size="2"><b></b></font></td><td align="right"><font size="2">จำนวนการเข้าชม  ครั้ง</font></td></tr>
      </table>
      <p align="center"><font size="2" color="#FF0000">{NOT_FOUND}</font></p>"""
        return self.shell(content, prefix=warn)

    def html_response(self, text, **kw):
        return 200, {"Content-Type": "text/html; charset=TIS-620"}, text.encode("cp874")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        q = {k: v[0] for k, v in query.items()}
        if path == "/news_list.php":
            if q.get("catid") != "1":
                return None
            pg = q.get("pg", "1") or "1"
            if not pg.isdigit() or not 1 <= int(pg) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(pg) - 1))
        if path == "/news_detail.php":
            aid = q.get("id", "")
            if not aid.isdigit():
                return None
            if int(aid) == DELETED_ID:
                return self.html_response(self.not_found())
            a = self.by_id.get(int(aid))
            if a:
                return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"จำนวนการเข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "โพสต์เมื่อ",
                "พิมพ์หน้านี้",
                "ส่งต่อให้เพื่อน",
                "ขนาดตัวอักษร",
                OTHERS,
                "แสดงความคิดเห็น",
                "ชื่อผู้แสดงความคิดเห็น",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                COUNTER,
                MARQUEE,
                FOOTER,
                "คลิกที่ภาพเพื่อขยาย",
                "Tags:",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {dmy(a.modified)}")
            if a.extra["comments"]:
                must_not += [COMMENT_TEXT, "ความคิดเห็นที่ ๑"]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Php4TdColSite()

if __name__ == "__main__":
    main(SITE)
