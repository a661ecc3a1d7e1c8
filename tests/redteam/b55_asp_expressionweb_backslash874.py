r"""Blind-55 red-team site (part B): a provincial land-transport office
(สำนักงานขนส่งจังหวัดสกลนคร-like) whose site is **classic ASP (VBScript) + an Access 2003
database on IIS 6, laid out with a Microsoft Expression Web 2 Dynamic Web Template** (2009-2012:
`<!-- #BeginTemplate "../Templates/main.dwt" -->`, `<!-- #BeginEditable "content" -->`
regions, `<!--#include virtual="/inc/…"-->` side bars, table layout, `<font>`), in
**windows-874 bytes under `Content-Type: text/html; Charset=TIS-620`** (`Response.Charset`)
with a `windows-874` meta; Thai digits in dates, lists and pager. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): classic ASP pages from public repositories
(`<!--#include virtual=…-->` / `<!--#include file=…-->` heads, `<%=…%>` in titles and metas,
an ASP `document.write` fallback script line) and Dreamweaver / Expression-Web template
syntax notes (editable regions marked by comments in pages made from a `.dwt`). The Expression
Web comment spelling (`#BeginTemplate`, `#BeginEditable`, `#EndEditable`), IIS's treatment of
`\` in paths as `/` and its case-insensitive file names, ASP's case-insensitive
`Request.QueryString`, `Response.Charset` writing "; Charset=…", the `ASPSESSIONID…` cookie
and the inline hit counter are from memory of their documentation. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: links written with backslashes, as a Windows author typed them**: the listing's
  headline links are `..\news\news_view.asp?ID=215` (relative, backslashes; a browser reads
  them as `/news/news_view.asp?ID=215`, and IIS answers any spelling); **the "ข่าวล่าสุด"
  include links upper-case twins `/NEWS/NEWS_VIEW.ASP?ID=215`, the "ข่าวอื่นๆ" box
  `news_view.asp?id=215` (lower-case `id`)**: all answer 200 with the same page and there is no
  canonical link; the record is at `/news/news_view.asp?ID=215`;
- **NEW: moved addresses: the oldest items (page 3) are linked at the old system's
  `/pr/shownews.asp?no=N`, which answers 200 with a stub that moves the reader on: a
  `<meta http-equiv="refresh" content="0; url=/news/news_view.asp?ID=N">` (odd ids) or a
  script `location.replace('../news/news_view.asp?ID=N')` (even ids), no `<a>`**; the record
  is at the new address;
- **NEW: the date as "วันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๖๗"** (Thai digits, "เดือน" before the month),
  "เวลา ๑๐.๓๐ น." after it on two items in three; the list prints "๕/๓/๒๕๖๗" (day/month/BE
  year in Thai digits);
- **NEW: the view counter written by a script: `อ่าน <script>document.write("1,234");</script>
  <noscript>1,234</noscript> ครั้ง`**;
- **NEW: one item in three is a plain-text release in a `<pre>` block: hard line breaks at
  about 68 characters (at spaces), paragraphs indented with spaces and separated by a blank
  line, Thai digits in the text, the sign-off right-aligned with spaces inside the block**;
- curly quotes (0x93 / 0x94, windows-874 only) in texts that quote, in the marquee and the
  footer; sources "ข่าว :" / "ข่าว/ภาพ :" / "ที่มา :" as the last line (one in six none); no tags,
  no modified date;
- furniture: banner, top menu, marquee, left menu include, "พิมพ์หน้านี้ | ส่งต่อให้เพื่อน |
  กลับหน้ารายการข่าว", "ข่าวอื่นๆ" (titles, dates), "ข่าวล่าสุด" (titles), the site counter of
  digit pictures, "ปรับปรุงข้อมูลล่าสุด" in the footer, "แสดงผลได้ดีที่สุด…";
- deleted item (linked from page 2): `news_view.asp?ID=88`, **200 with the template, empty
  headline and date cells and "ไม่พบข้อมูลข่าวที่ท่านต้องการ" (the `rs.EOF` branch)**.
"""

from __future__ import annotations

import datetime as dt
import html as _html
import posixpath
import textwrap
from urllib.parse import unquote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานขนส่งจังหวัดสกลนคร"
SITE_TITLE = f"{OFFICE} :: Sakon Nakhon Provincial Land Transport Office"
PER = 9
SOURCES = [
    ("ข่าว", "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัดสกลนคร"),
    ("ข่าว/ภาพ", "ฝ่ายความปลอดภัยในการขนส่ง"),
    ("ที่มา", "สำนักงานขนส่งจังหวัดสกลนคร สาขาอำเภอสว่างแดนดิน"),
    ("ข่าว", "ฝ่ายทะเบียนรถ"),
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัดสกลนคร"),
    None,
]
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานขนส่งจังหวัดสกลนคร “ขับขี่ปลอดภัย ใส่ใจกฎจราจร”"
OTHER = "ข่าวอื่นๆ"
LATEST = "ข่าวล่าสุด"
TOOLS = ("พิมพ์หน้านี้", "ส่งต่อให้เพื่อน", "กลับหน้ารายการข่าว")
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์"
UPDATED = "ปรับปรุงข้อมูลล่าสุด : ๒ เมษายน ๒๕๖๗"
BEST_VIEW = "แสดงผลได้ดีที่สุดด้วย Internet Explorer 7.0 ความละเอียด 1024 x 768"
FOOTER = "“ศาลากลางจังหวัดสกลนคร” ถนนศูนย์ราชการ ตำบลธาตุเชิงชุม อำเภอเมืองสกลนคร จังหวัดสกลนคร 47000"
DELETED_ID = 88
DELETED_TITLE = "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งเจ้าพนักงานธุรการ"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"


def th_date_long(d: dt.datetime) -> str:
    """'วันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๖๗'"""
    return thai_digits(f"วันที่ {d.day} เดือน{MONTHS[d.month - 1]} พ.ศ. {be(d)}")


def th_dmy(d: dt.datetime) -> str:
    """'๕/๓/๒๕๖๗'"""
    return thai_digits(f"{d.day}/{d.month}/{be(d)}")


def curly(s: str) -> str:
    """Straight double quotes as Word's curly pairs."""
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


class AspSite(BaseSite):
    key = "b55_asp_expressionweb_backslash874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "provincial land-transport office on classic ASP + Access (IIS 6) in an Expression Web "
        "DWT table layout, windows-874 bytes under 'Charset=TIS-620': backslash and upper-case "
        "twin links; old addresses moving on by meta refresh / location.replace; 'วันที่ ๕ "
        "เดือนมีนาคม พ.ศ. ๒๕๖๗' dates; a document.write view counter with a noscript twin; "
        "plain-text releases in <pre>"
    )
    listing_path = "/news/news_list.asp"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 30, 15, 0, tzinfo=TZ), offset=203
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):  # newest first
            a.id = 200 + (n - i)
            a.path = f"/news/news_view.asp?ID={a.id}"
            a.modified = None
            a.tags = []
            a.time_printed = i % 3 != 1
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.extra["pre"] = i % 3 == 2
            a.paras = [curly(p) for p in a.paras]
            if a.extra["pre"]:
                a.paras = [thai_digits(p) for p in a.paras]
            a.title = curly(a.title)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[k : k + PER] for k in range(0, n, PER)]
        # the oldest items (page 3) came over from the old system and are linked there
        self.moved = {a.id for a in self.pages[-1]}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/news/news_view.asp?ID={DELETED_ID}"]

    # ------------------------------------------------------------------ pieces
    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3, 4, 5)]

    def shell(self, content: str) -> str:
        latest = "\n".join(
            f'<tr><td width="12" valign="top"><img src="/images/bullet.gif" width="9" height="9"></td><td><a href="/NEWS/NEWS_VIEW.ASP?ID={x.id}"><font size="2">{esc(x.title)}</font></a></td></tr>'
            for x in self.articles[:6]
        )
        digits = "".join(
            f'<img src="/images/counter/{c}.gif" width="15" height="20" border="0">'
            for c in "0841573"
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><!-- #BeginTemplate "../Templates/main.dwt" -->

<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<meta http-equiv="Content-Language" content="th">
<!-- #BeginEditable "doctitle" -->
<title>{SITE_TITLE}</title>
<!-- #EndEditable -->
<meta name="keywords" content="ขนส่ง, สกลนคร, ใบอนุญาตขับรถ, ภาษีรถ">
<link href="../css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="../js/menu.js"></script>
</head>

<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E8EEF7">
<table width="990" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="3"><img src="../images/banner.jpg" width="990" height="180" alt="{OFFICE}"></td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#003399" height="28" class="topmenu">
      &nbsp;<a href="../default.asp">หน้าแรก</a> | <a href="../about.asp">ประวัติหน่วยงาน</a> | <a href="news_list.asp">ข่าวประชาสัมพันธ์</a> | <a href="../tax.asp">ชำระภาษีรถประจำปี</a> | <a href="../license.asp">ใบอนุญาตขับรถ</a> | <a href="../contact.asp">ติดต่อเรา</a>
    </td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#FFFFCC"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000" size="2">{MARQUEE}</font></marquee></td>
  </tr>
  <tr>
    <td width="200" valign="top" bgcolor="#F2F5FA">
<!--#include virtual="/inc/leftmenu.asp"-->
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="lefthead" bgcolor="#336699"><font color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
        <tr><td><a href="../about.asp">วิสัยทัศน์ / พันธกิจ</a></td></tr>
        <tr><td><a href="../structure.asp">โครงสร้างหน่วยงาน</a></td></tr>
        <tr><td><a href="../download.asp">ดาวน์โหลดแบบฟอร์ม</a></td></tr>
        <tr><td><a href="../webboard/default.asp">กระดานสนทนา</a></td></tr>
      </table>
    </td>
    <td width="590" valign="top">
<!-- #BeginEditable "content" -->
{content}
<!-- #EndEditable -->
    </td>
    <td width="200" valign="top" bgcolor="#F2F5FA">
<!--#include virtual="/inc/right.asp"-->
      <table width="100%" border="0" cellspacing="0" cellpadding="2">
        <tr><td colspan="2" class="lefthead" bgcolor="#336699"><font color="#FFFFFF"><b>{LATEST}</b></font></td></tr>
{latest}
      </table>
      <p align="center"><font size="2">{SITE_COUNTER}</font><br>{digits}<br><font size="1">คน</font></p>
    </td>
  </tr>
  <tr>
    <td colspan="3" bgcolor="#003399" align="center"><font color="#FFFFFF" size="2">{OFFICE}<br>{FOOTER}<br>โทรศัพท์ 0-4271-1xxx<br>{UPDATED}<br>{BEST_VIEW}</font></td>
  </tr>
</table>
</body>

<!-- #EndTemplate --></html>
"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, page: int):
        if not 1 <= page <= len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[page - 1]):
            no = (page - 1) * PER + k + 1
            href = (
                f"../pr/shownews.asp?no={a.id}"
                if a.id in self.moved
                else f"..\\news\\news_view.asp?ID={a.id}"
            )
            rows.append(
                f"""        <tr bgcolor="{"#FFFFFF" if k % 2 else "#F5F8FC"}">
          <td align="center"><font size="2">{thai_digits(no)}</font></td>
          <td><img src="../images/new_icon.gif" width="9" height="9"> <a href="{href}"><font size="2">{esc(a.title)}</font></a></td>
          <td align="center"><font size="2">{th_dmy(a.published)}</font></td>
          <td align="center"><font size="2">{thai_digits(a.views)}</font></td>
        </tr>"""
            )
        if page == 2:
            d = self.pages[1][3].published
            rows.insert(
                4,
                f"""        <tr bgcolor="#FFFFFF">
          <td align="center"><font size="2">-</font></td>
          <td><img src="../images/new_icon.gif" width="9" height="9"> <a href="..\\news\\news_view.asp?ID={DELETED_ID}"><font size="2">{esc(DELETED_TITLE)}</font></a></td>
          <td align="center"><font size="2">{th_dmy(d)}</font></td>
          <td align="center"><font size="2">{thai_digits(56)}</font></td>
        </tr>""",
            )
        pager = []
        for p in range(1, len(self.pages) + 1):
            if p == page:
                pager.append(f'<font color="#CC0000"><b>[{thai_digits(p)}]</b></font>')
            else:
                pager.append(
                    f'<a href="{"news_list.asp" if p == 1 else f"news_list.asp?page={p}"}">{thai_digits(p)}</a>'
                )
        if page < len(self.pages):
            pager.append(f'<a href="news_list.asp?page={page + 1}">ถัดไป &gt;&gt;</a>')
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td bgcolor="#336699"><font color="#FFFFFF" size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCCCCC">
        <tr bgcolor="#DDE6F2">
          <td width="40" align="center"><b><font size="2">ลำดับ</font></b></td>
          <td align="center"><b><font size="2">หัวข้อข่าว</font></b></td>
          <td width="80" align="center"><b><font size="2">วันที่</font></b></td>
          <td width="45" align="center"><b><font size="2">อ่าน</font></b></td>
        </tr>
{chr(10).join(rows)}
      </table>
      <p align="center"><font size="2">หน้า : {" ".join(pager)}</font><br><font size="1">ทั้งหมด {thai_digits(len(self.articles))} รายการ</font></p>"""
        return self.page(self.shell(content))

    # ------------------------------------------------------------------ article
    def pre_text(self, a) -> str:
        blocks = []
        for p in a.paras:
            lines = textwrap.wrap(
                p,
                width=68,
                initial_indent=" " * 8,
                break_long_words=False,
                break_on_hyphens=False,
            )
            blocks.append("\n".join(lines))
        if a.source:
            blocks.append(" " * 30 + f"{a.extra['src_label']} : {a.source}")
        return "\n\n".join(esc(b) for b in blocks)

    def render_article(self, a):
        d = a.published
        date_line = th_date_long(d)
        if a.time_printed:
            date_line += thai_digits(f" เวลา {d.hour}.{d.minute:02d} น.")
        if a.extra["pre"]:
            text = f'<pre class="release" style="font-family: Tahoma; font-size: 10pt;">\n{self.pre_text(a)}\n</pre>'
        else:
            ps = [
                f'<p class="MsoNormal">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>' for p in a.paras
            ]
            ps.insert(
                1,
                f'<p align="center"><img src="../upload/news/{a.id}_1.jpg" width="400" height="300" border="0"></p>',
            )
            if a.source:
                ps.append(f'<p align="right"><b>{a.extra["src_label"]} : {esc(a.source)}</b></p>')
            text = "\n".join(ps)
        views = f"{a.views:,}"
        other_rows = "\n".join(
            f'          <tr><td><font size="2">&#8226; <a href="news_view.asp?id={x.id}">{esc(x.title)}</a> <font color="#999999">({th_dmy(x.published)})</font></font></td></tr>'
            for x in self.others(a)
        )
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td bgcolor="#336699"><font color="#FFFFFF" size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td class="topic_news"><font size="4" color="#003399"><b>{esc(a.title)}</b></font></td></tr>
        <tr><td><font size="2" color="#666666">{date_line} &nbsp; | &nbsp; อ่าน <script type="text/javascript">document.write("{views}");</script><noscript>{views}</noscript> ครั้ง</font></td></tr>
        <tr><td><hr size="1" noshade color="#CCCCCC"></td></tr>
        <tr><td class="detail_news"><font size="2">
{text}
        </font></td></tr>
        <tr><td align="right"><font size="2"><a href="javascript:window.print();">{TOOLS[0]}</a> | <a href="../sendfriend.asp?ID={a.id}">{TOOLS[1]}</a> | <a href="news_list.asp">{TOOLS[2]}</a></font></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td bgcolor="#DDE6F2"><b><font size="2">{OTHER}</font></b></td></tr>
{other_rows}
      </table>"""
        return self.page(self.shell(content))

    def render_deleted(self):
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td bgcolor="#336699"><font color="#FFFFFF" size="3"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="6">
        <tr><td class="topic_news"><font size="4" color="#003399"><b></b></font></td></tr>
        <tr><td><font size="2" color="#666666"></font></td></tr>
        <tr><td align="center"><br><font color="#CC0000" size="2"><b>{NOT_FOUND}</b></font><br><br><a href="news_list.asp"><font size="2">{TOOLS[2]}</font></a></td></tr>
      </table>"""
        return self.page(self.shell(content))

    def render_moved(self, aid: int):
        new = f"/news/news_view.asp?ID={aid}"
        if aid % 2:
            head = f'<meta http-equiv="refresh" content="0; url={new}">'
            body = '<p><font size="2">กำลังนำท่านไปยังหน้าข่าว กรุณารอสักครู่...</font></p>'
        else:
            head = ""
            body = f"""<p><font size="2">ระบบข่าวเดิมได้ย้ายไปยังระบบใหม่แล้ว</font></p>
<script language="JavaScript" type="text/javascript">
<!--
window.location.replace('../news/news_view.asp?ID={aid}');
//-->
</script>"""
        return self.page(
            f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
{head}
<title>{OFFICE}</title>
</head>
<body>
{body}
</body>
</html>
"""
        )

    def page(self, text: str, status: int = 200):
        return (
            status,
            {
                "Content-Type": "text/html; Charset=TIS-620",
                "X-Powered-By": "ASP.NET",
                "Cache-Control": "private",
                "Set-Cookie": "ASPSESSIONIDSQTBRCTA=KLMGNOPBDAHEFCJIKLMNOPQR; path=/",
            },
            text.encode("cp874", errors="xmlcharrefreplace"),
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = unquote(path).replace("\\", "/")
        p = posixpath.normpath("/" + p.lstrip("/")).lower()
        q = {k.lower(): v for k, v in query.items()}
        if p in ("/", "/default.asp", "/news"):
            return 302, {"Location": f"{base}/news/news_list.asp"}, b""
        if p == "/news/news_list.asp":
            pg = (q.get("page") or ["1"])[0] or "1"
            if not pg.isdigit():
                return None
            return self.render_listing(int(pg))
        if p == "/news/news_view.asp":
            raw = (q.get("id") or [""])[0]
            if not raw.isdigit():
                return None
            aid = int(raw)
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return self.render_deleted()
            return self.render_article(a)
        if p == "/pr/shownews.asp":
            raw = (q.get("no") or [""])[0]
            if raw.isdigit() and int(raw) in self.moved:
                return self.render_moved(int(raw))
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = _html.unescape(self.render_article(a)[2].decode("cp874"))
            must_not = [
                MARQUEE,
                OTHER,
                LATEST,
                *TOOLS,
                SITE_COUNTER,
                UPDATED,
                BEST_VIEW,
                FOOTER,
                "เมนูหลัก",
                "ดาวน์โหลดแบบฟอร์ม",
                *[x.title for x in self.others(a)],
                *[x.title for x in self.articles[:6] if x is not a],
            ]
            must_not = [s for s in must_not if s in page]
            rec = expected_record(a, must_not=must_not)
            for m in rec["body_must"]:
                assert m in page, (a.id, m)
            out.append(rec)
        return out


SITE = AspSite()

if __name__ == "__main__":
    main(SITE)
