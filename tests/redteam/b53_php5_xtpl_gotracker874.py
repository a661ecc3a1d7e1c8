"""Blind-53 red-team site (part B): a provincial land-transport office
(สำนักงานขนส่งจังหวัดอุทัยธานี) on a **home-made PHP 5.2 site with XTemplate (phpXTemplate) blocks
inside a Dreamweaver CS3 table template (2009, local vendor), still running with items of 2013
(พ.ศ. ๒๕๕๖)**, served in windows-874 labelled TIS-620 with a UTF-8 `<meta>` left by the
Dreamweaver template. Built blind (no crawler, pipeline, bench or fixture read).

Looked up / carried from memory: XTemplate's `<!-- BEGIN: main -->` / `{VAR}` blocks leave no mark
in the output (the parsed blocks are printed as plain HTML); Dreamweaver CS3's new-document default
`<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />` and its
`<!-- InstanceBegin template="/Templates/main.dwt" ... -->` / `InstanceBeginEditable` comments;
Apache 2.2's `AddDefaultCharset TIS-620` (the office's vhost); a PHP `header("Location:
news_view.php?id=…")` hit counter (`go.php`), which sends a relative Location; the `<object
type="application/pdf">` PDF embed with a download fallback. The search tool's code corpus was
queried for Thai office page templates and the Themler / Joomla pages of part B's other site;
nothing was copied. The layout follows Thai provincial office sites of 2008-2013 (a `<marquee>`,
left menu images, table rows with bullet gifs, a digit-image counter).

Traps (NEW = not tried by rounds 1-52):
- **NEW: every listing and sidebar link goes through a redirecting tracker `go.php?id=N`, which
  answers 302 with a relative `Location: news_view.php?id=N`**; the record's address is the
  article's own `/news_view.php?id=N`;
- **NEW: the headline given only as an image on one article in three** (a banner picture
  `head_N.jpg` whose `alt` is the headline); elsewhere the headline is bold `<font>` text in a
  table cell; **`<title>` is the site's name on every page**;
- **NEW date forms: "วันที่ประกาศ : ๐๕.๐๓.๒๕๕๖ เวลา 02:15 PM" (Thai digits with dots, BE, then a
  PHP `date('h:i A')` time in Arabic digits, 12-hour clock)**, the time on about half; **the
  listing's "(อ. ๕ มี.ค.๕๖)" (abbreviated weekday, no space before a two-digit BE year)**;
- **NEW: a press release whose text is two short paragraphs under an embedded PDF viewer
  (`<object data="….pdf" type="application/pdf">` with a download fallback) and the PDF as an
  attachment "ไฟล์แนบ :"** (one item in five);
- **NEW: each clause of the text in its own `<span style="font-family:Tahoma">`, paragraphs as
  `<br><br>`, no `<p>` anywhere** (one item in three; the rest `<br><br>` text in a `<td>`);
- **NEW: the source as the last cell of a data table under the text ("ประเภทข่าว | ผู้ส่งข่าว |
  หน่วยงาน"): the office under "หน่วยงาน"; "ผู้ส่งข่าว" holds a person's name (not the source)**;
  "-" (no source) on one item in six;
- windows-874 bytes (curly quotes 0x93 / 0x94 in the marquee and the text of some items) under
  `Content-Type: text/html; charset=TIS-620`, with a Dreamweaver `<meta ... charset=utf-8>` in the
  head;
- furniture: marquee, left menu, "ข่าวล่าสุด" (five titles with dates), "ข่าวอื่นๆ ในหมวดเดียวกัน"
  (titles, dates), "เปิดอ่าน : ๑,๒๓๔ ครั้ง", "พิมพ์หน้านี้" / "ส่งข่าวให้เพื่อน" / "กลับหน้ารวมข่าว",
  a digit-image counter "ผู้เข้าชมลำดับที่", footer address.
Listing: `/news_list.php?type=pr`, `&page=2`, `&page=3` (9 a page; "หน้าที่ : [1] 2 3 ถัดไป >>"),
22 items.
Deleted: `/go.php?id=533` (a row of page 2) -> 302 -> `/news_view.php?id=533`, which answers
200 with the template, an empty headline cell and "ไม่พบข้อมูลข่าวที่ท่านต้องการ"; not expected.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานขนส่งจังหวัดอุทัยธานี"
SITE_TITLE = "สำนักงานขนส่งจังหวัดอุทัยธานี :: Uthaithani Provincial Land Transport Office"
PER = 9
LIST = "/news_list.php?type=pr"
DELETED_ID = 533
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบใบอนุญาตขับรถ ประจำเดือนกุมภาพันธ์ ๒๕๕๖ (ยกเลิก)"
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
UNITS = [
    "งานประชาสัมพันธ์ สำนักงานขนส่งจังหวัดอุทัยธานี",
    "ฝ่ายใบอนุญาตขับรถ สำนักงานขนส่งจังหวัดอุทัยธานี",
    "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี",
    "ฝ่ายวิชาการและงานทะเบียน สำนักงานขนส่งจังหวัดอุทัยธานี",
    None,
    "สำนักงานขนส่งจังหวัดอุทัยธานี สาขาอำเภอบ้านไร่",
]
SENDERS = ["นางสาวสุภาพร ใจมั่น", "นายธนพล แก้วประเสริฐ", "นางวิไลวรรณ ทองคำ"]
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานขนส่งจังหวัดอุทัยธานี \u201cขับขี่ปลอดภัย ใส่ใจกฎจราจร\u201d ติดต่อสอบถาม โทร 0 5651 1088"
LATEST = "ข่าวล่าสุด"
OTHERS = "ข่าวอื่นๆ ในหมวดเดียวกัน"
COUNTER = "ผู้เข้าชมลำดับที่"
ADDRESS = "เลขที่ 333 หมู่ 5 ตำบลน้ำซึม อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"


def dot_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}.{d.month:02d}.{be(d)}")


def list_date(d: dt.datetime) -> str:
    return thai_digits(
        f"{WD_ABBR[d.weekday()]} {d.day} {MONTHS_ABBR[d.month - 1]}{str(be(d))[-2:]}"
    )


def cut(p: str, n: int) -> str:
    words = p.split(" ")
    out = []
    for w in words:
        out.append(w)
        if sum(len(x) + 1 for x in out) >= n:
            break
    return " ".join(out)


def curly(p: str) -> str:
    """Straight double quotes as Word's curly pairs (cp874 0x93 / 0x94)."""
    parts = p.split('"')
    out = parts[0]
    for k, part in enumerate(parts[1:]):
        out += ("\u201c" if k % 2 == 0 else "\u201d") + part
    return out


class XtplGoSite(BaseSite):
    key = "b53_php5_xtpl_gotracker874"
    family = "generic"
    imitates = (
        "home-made PHP 5.2 + XTemplate site in a Dreamweaver CS3 table template of a provincial "
        "land-transport office (2009 stack, items of 2556), windows-874 labelled TIS-620 with a "
        "utf-8 meta; listing rows and sidebar links through go.php?id=N (302, relative Location); "
        "headline only as a banner image's alt on one in three, <title> = site name; dates "
        "'๐๕.๐๓.๒๕๕๖ เวลา 02:15 PM' and '(อ. ๕ มี.ค.๕๖)'; short PDF press releases in <object>; "
        "clause <span>s and <br><br>, no <p>; source = 'หน่วยงาน' cell of a data table"
    )
    listing_path = LIST
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2013, 3, 27, 16, 0, tzinfo=TZ), offset=41
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 500 + (n - i) * 3 - (i % 2)
            a.path = f"/news_view.php?id={a.id}"
            a.modified = None
            a.tags = []
            a.views = 35 + (i * 1733 + 97) % 2600
            a.source = UNITS[i % len(UNITS)]
            a.extra["sender"] = SENDERS[i % len(SENDERS)]
            a.extra["img_head"] = i % 3 == 2
            a.extra["spans"] = i % 3 == 0
            a.extra["pdf"] = i % 5 == 3
            if a.extra["pdf"]:
                a.paras = [cut(a.paras[0], 240), cut(a.paras[1], 180)]
            a.extra["curly"] = i % 4 == 1
            if a.extra["curly"]:
                a.paras = [curly(p) for p in a.paras]
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3

    def listing_pages(self):
        return [LIST, f"{LIST}&page=2", f"{LIST}&page=3"]

    def deleted_paths(self):
        return [f"/go.php?id={DELETED_ID}", f"/news_view.php?id={DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    # ------------------------------------------------------------ charset
    def html_response(self, text: str, *, status=200, **kw):
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return (
            status,
            {"Content-Type": "text/html; charset=TIS-620", "X-Powered-By": "PHP/5.2.17"},
            body,
        )

    # ------------------------------------------------------------ shell
    def shell(self, content: str) -> str:
        latest = "".join(
            f'<tr><td width="12" valign="top"><img src="images/bullet_red.gif" width="7" height="7" /></td>'
            f'<td class="text_s"><a href="go.php?id={x.id}" class="link_s">{esc(x.title)}</a> '
            f'<font color="#999999">({list_date(x.published)})</font></td></tr>'
            for x in self.articles[:5]
        )
        menu = "".join(
            f'<tr><td><a href="{u}"><img src="images/menu_{k}.gif" alt="{lab}" width="180" height="28" border="0" /></a></td></tr>'
            for k, (lab, u) in enumerate(
                [
                    ("หน้าหลัก", "index.php"),
                    ("ประวัติหน่วยงาน", "about.php"),
                    ("ข่าวประชาสัมพันธ์", "news_list.php?type=pr"),
                    ("ข่าวจัดซื้อจัดจ้าง", "news_list.php?type=bid"),
                    ("ตรวจสอบค่าภาษีรถ", "tax.php"),
                    ("กระดานถาม-ตอบ", "webboard.php"),
                    ("ติดต่อเรา", "contact.php"),
                ]
            )
        )
        digits = "".join(
            f'<img src="images/counter/{c}.gif" alt="{c}" width="15" height="20" />'
            for c in "00214587"
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{SITE_TITLE}</title>
<!-- InstanceEndEditable -->
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/swfobject.js"></script>
<script type="text/javascript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" bgcolor="#E9EEF4">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr>
    <td colspan="2"><img src="images/header_dlt.jpg" alt="{OFFICE}" width="980" height="160" border="0" /></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#0B3C7A" height="26"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF" size="2">{MARQUEE}</font></marquee></td>
  </tr>
  <tr>
    <td width="200" valign="top" bgcolor="#F3F6FA">
      <table width="190" border="0" cellspacing="0" cellpadding="0" align="center">{menu}</table>
      <br />
      <table width="190" border="0" cellspacing="0" cellpadding="2" align="center">
        <tr><td colspan="2" background="images/box_head.gif" height="26"><b><font color="#FFFFFF">&nbsp;{LATEST}</font></b></td></tr>
        {latest}
      </table>
      <br />
      <div align="center"><a href="http://www.dlt.go.th" target="_blank"><img src="images/banner_dlt.gif" width="180" height="60" border="0" alt="กรมการขนส่งทางบก" /></a></div>
    </td>
    <td width="780" valign="top">
<!-- InstanceBeginEditable name="content" -->
{content}
<!-- InstanceEndEditable -->
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#0B3C7A" align="center" height="70"><font color="#FFFFFF" size="2">{OFFICE}<br />{ADDRESS}<br />โทรศัพท์ 0 5651 1088 โทรสาร 0 5651 1089<br />
    {COUNTER} {digits}</font></td>
  </tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

    # ------------------------------------------------------------ listing
    def render_list(self, k: int):
        rows = [(a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4, (DELETED_ID, DELETED_TITLE, dt.datetime(2013, 2, 26, 9, 30, tzinfo=TZ), 41)
            )
        trs = "".join(
            f'<tr bgcolor="{"#FFFFFF" if j % 2 == 0 else "#F5F8FC"}">'
            f'<td width="20" align="center" valign="top"><img src="images/bullet.gif" width="9" height="9" /></td>'
            f'<td><a href="go.php?id={rid}" class="newslink">{esc(title)}</a> '
            f'<font color="#999999" size="1">({list_date(d)})</font></td>'
            f'<td width="80" align="center"><font size="1" color="#666666">อ่าน {thai_digits(v)}</font></td></tr>\n'
            for j, (rid, title, d, v) in enumerate(rows)
        )
        n = len(self.pages)
        pager = []
        for j in range(n):
            if j == k:
                pager.append(f"<b>[{j + 1}]</b>")
            else:
                pager.append(f'<a href="news_list.php?type=pr&amp;page={j + 1}">{j + 1}</a>')
        if k < n - 1:
            pager.append(f'<a href="news_list.php?type=pr&amp;page={k + 2}">ถัดไป &gt;&gt;</a>')
        if k > 0:
            pager.insert(0, f'<a href="news_list.php?type=pr&amp;page={k}">&lt;&lt; ก่อนหน้า</a>')
        total = thai_digits(len(self.articles) + 1)
        content = f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" background="images/title_bg.gif"><img src="images/title_news.gif" alt="ข่าวประชาสัมพันธ์" width="300" height="36" /></td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="1" cellpadding="4" class="newslist">
{trs}    </table>
  </td></tr>
  <tr><td align="center" height="40"><font size="2">ทั้งหมด {total} รายการ &nbsp; หน้าที่ : {" ".join(pager)}</font></td></tr>
</table>"""
        return self.html_response(self.shell(content))

    # ------------------------------------------------------------ article
    def body_html(self, a) -> str:
        def para(p):
            if a.extra["spans"]:
                return " ".join(
                    f'<span style="font-family:Tahoma; font-size:10pt">{esc(c)}</span>'
                    for c in p.split(" ")
                )
            return "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p)

        return "\n<br />\n<br />\n".join(para(p) for p in a.paras)

    def render_view(self, a):
        d = a.published
        when = f"วันที่ประกาศ : {dot_date(d)}"
        if a.time_printed:
            when += f" เวลา {d:%I:%M %p}"
        if a.extra["img_head"]:
            head = (
                f'<img src="upload/news/{be(d)}/{d.month:02d}/head_{a.id}.jpg" alt="{esc(a.title)}" '
                'width="600" height="90" border="0" />'
            )
        else:
            head = f'<font size="3" color="#003366" face="Tahoma"><b>{esc(a.title)}</b></font>'
        pdf = ""
        attach = ""
        if a.extra["pdf"]:
            f = f"upload/pr/{be(d)}/pr_{a.id}.pdf"
            pdf = (
                f'<object data="{f}" type="application/pdf" width="600" height="780">'
                f'<p>เบราว์เซอร์ของท่านไม่รองรับการแสดงไฟล์ PDF <a href="{f}">คลิกที่นี่เพื่อดาวน์โหลด</a></p>'
                "</object><br /><br />\n"
            )
            attach = (
                f'<tr><td colspan="2"><img src="images/icon_pdf.gif" width="16" height="16" /> ไฟล์แนบ : '
                f'<a href="{f}" target="_blank">pr_{a.id}.pdf</a> ({thai_digits(120 + a.id % 300)} KB)</td></tr>'
            )
        else:
            pdf = f'<div align="center"><img src="upload/news/{be(d)}/{d.month:02d}/{a.id}_1.jpg" width="480" border="0" /></div><br />\n'
        unit = esc(a.source) if a.source else "-"
        others = "".join(
            f'<tr><td width="12"><img src="images/bullet.gif" width="9" height="9" /></td>'
            f'<td><a href="go.php?id={x.id}" class="newslink">{esc(x.title)}</a> '
            f'<font color="#999999" size="1">({list_date(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" background="images/title_bg.gif"><img src="images/title_news.gif" alt="ข่าวประชาสัมพันธ์" width="300" height="36" /></td></tr>
  <tr><td class="topic" style="padding:8px">{head}</td></tr>
  <tr><td style="padding:0 8px"><font size="1" color="#666666">{when} &nbsp;|&nbsp; เปิดอ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</font></td></tr>
  <tr><td class="detail" style="padding:8px"><font size="2" face="Tahoma">
{pdf}{self.body_html(a)}
  </font></td></tr>
  <tr><td style="padding:8px">
    <table width="100%" border="0" cellpadding="3" cellspacing="1" bgcolor="#CCCCCC" class="newsinfo">
      <tr bgcolor="#E8EEF5"><td width="30%"><b>ประเภทข่าว</b></td><td width="30%"><b>ผู้ส่งข่าว</b></td><td><b>หน่วยงาน</b></td></tr>
      <tr bgcolor="#FFFFFF"><td>ข่าวประชาสัมพันธ์</td><td>{esc(a.extra["sender"])}</td><td>{unit}</td></tr>
    </table>
    <table width="100%" border="0" cellpadding="3" cellspacing="0">{attach}</table>
  </td></tr>
  <tr><td align="right" style="padding:8px"><font size="2"><a href="javascript:window.print()"><img src="images/icon_print.gif" border="0" /> พิมพ์หน้านี้</a> &nbsp;
  <a href="#" onclick="MM_openBrWindow('sendfriend.php?id={a.id}','send','width=420,height=360')"><img src="images/icon_mail.gif" border="0" /> ส่งข่าวให้เพื่อน</a> &nbsp;
  <a href="news_list.php?type=pr">กลับหน้ารวมข่าว</a></font></td></tr>
  <tr><td style="padding:8px"><b><font color="#0B3C7A">{OTHERS}</font></b>
    <table width="100%" border="0" cellspacing="0" cellpadding="2">{others}</table></td></tr>
</table>"""
        return self.html_response(self.shell(content))

    def render_missing(self):
        content = f"""<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td height="36" background="images/title_bg.gif"><img src="images/title_news.gif" alt="ข่าวประชาสัมพันธ์" width="300" height="36" /></td></tr>
  <tr><td class="topic" style="padding:8px"><font size="3" color="#003366" face="Tahoma"><b></b></font></td></tr>
  <tr><td style="padding:0 8px"><font size="1" color="#666666">วันที่ประกาศ :  &nbsp;|&nbsp; เปิดอ่าน : ๐ ครั้ง</font></td></tr>
  <tr><td class="detail" style="padding:8px" align="center"><font size="2" color="#CC0000">{NOT_FOUND}</font><br /><br /><a href="news_list.php?type=pr">กลับหน้ารวมข่าว</a></td></tr>
</table>"""
        return self.html_response(self.shell(content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return self.render_list(0)
        if path == "/news_list.php":
            if qs1(query, "type", "pr") != "pr":
                return None
            page = qs1(query, "page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.render_list(int(page) - 1)
        if path == "/go.php":
            sid = qs1(query, "id")
            if not sid.isdigit():
                return 302, {"Location": "news_list.php?type=pr", "Content-Type": "text/html"}, b""
            return (
                302,
                {
                    "Location": f"news_view.php?id={int(sid)}",
                    "Content-Type": "text/html; charset=TIS-620",
                    "X-Powered-By": "PHP/5.2.17",
                },
                b"",
            )
        if path == "/news_view.php":
            sid = qs1(query, "id")
            if sid.isdigit() and int(sid) in self.by_id:
                return self.render_view(self.by_id[int(sid)])
            return self.render_missing()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                f"เปิดอ่าน : {thai_digits(f'{a.views:,}')} ครั้ง",
                f"วันที่ประกาศ : {dot_date(d)}",
                "ประเภทข่าว",
                "ผู้ส่งข่าว",
                a.extra["sender"],
                "พิมพ์หน้านี้",
                "ส่งข่าวให้เพื่อน",
                "กลับหน้ารวมข่าว",
                "คลิกที่นี่เพื่อดาวน์โหลด",
                "เบราว์เซอร์ของท่านไม่รองรับการแสดงไฟล์ PDF",
                "ไฟล์แนบ",
                OTHERS,
                LATEST,
                MARQUEE,
                COUNTER,
                ADDRESS,
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            must_not += [f"({list_date(x.published)})" for x in self.others(a)]
            rec = expected_record(
                a, modified=False, tags=False, must_not=on_page(self, a, must_not)
            )
            out.append(rec)
        return out


SITE = XtplGoSite()

if __name__ == "__main__":
    main(SITE)
