"""Blind-21 red-team site: a **Lotus Domino 8.5 web application** (a Notes database
`prnews.nsf` with a vendor-designed form and view) publishing the news of a ministry's
permanent-secretary office (สำนักงานปลัดกระทรวงแรงงาน), built blind.

What it imitates:
- Domino URLs: the view `/web/prnews.nsf/NewsByDate?OpenView`, its pages
  `?OpenView&Start=11&Count=10` / `&Start=21&Count=10` (Domino's 1-based view positions; the
  "ก่อนหน้า" link of page 2 is `?OpenView&Start=1&Count=10`), documents
  `/web/prnews.nsf/NewsByDate/<32-hex UNID>?OpenDocument`, attachments and images under
  `.../<UNID>/$File/<name>`, design images `?OpenImageResource`, `/icons/ecblank.gif`;
- Domino's generated page: `document._domino_target`, `_doClick`, one `<form>` named after the
  Notes form (`_News`) with `__Click`, **the same `<title>` on every page**, table layout with
  `<font>` tags, rich text rendered as one `<font>` block with `<br><br>` between paragraphs;
- served as **windows-874 bytes under `Content-Type: text/html; charset=TIS-620`** and no meta:
  the label is almost right (browsers map it to windows-874), but the corpus texts' curly quotes
  and dashes are windows-874-only bytes (0x93/0x94/0x96) that Python's `tis_620` codec decodes
  silently into C1 control characters (two headlines carry “…”);
- the document form: a blue heading bar "ข่าวประชาสัมพันธ์", "ข่าวที่ ๔๒/๒๕๖๗" (news number,
  Thai digits, BE year), "วันที่ ๑๕ ก.พ. ๖๗" (**Thai digits, abbreviated month, two-digit BE
  year**, split over two `<font>` elements) with " เวลา ๑๐.๓๐ น." only when the PR staff typed
  a time, **then the headline in `<font size="4"><b>`** (no `h1`, not in `<title>`), the rich
  text, an optional picture and "ไฟล์แนบ :" row, "ที่มา :" / "เรียบเรียง :" for some
  documents, "ผู้เข้าชม : ๑,๒๓๔ ครั้ง" (a WebQueryOpen agent's counter, Thai digits),
  "ปรับปรุงล่าสุด : 16/02/67 14:20:05" (@Modified in Domino's default rendering under a Thai
  regional setting, **only for edited documents**), print / forward / back links, and "ข่าวอื่น ๆ"
  (five other documents with their dates) inside the same content table;
- left column: menu, Domino full-text search box, a site visitor counter; footer address;
- the deleted item is a document whose status was set to "ยกเลิก": the view still lists it
  (the selection formula does not test the status) and the form's hide-when formulas hide every
  field, so it answers 200 with the empty shell.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import MONTHS_ABBR, TZ, Article, be, esc, main, thai_digits
from .b20b_common import B9Site, build, record

OFFICE = "สำนักงานปลัดกระทรวงแรงงาน"
SOURCES = [
    "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงแรงงาน",
    None,
    "สำนักงานแรงงานจังหวัดขอนแก่น",
    None,
    "กองบริหารการคลังและรายได้",
    "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี",
    None,
]
DB = "/web/prnews.nsf"
VIEW = f"{DB}/NewsByDate"
TITLE = f"ข่าวประชาสัมพันธ์ - {OFFICE}"


def unid(seed: str) -> str:
    return hashlib.md5(seed.encode()).hexdigest().upper()


DELETED = f"{VIEW}/{unid('b21-domino-cancelled')}?OpenDocument"


def yy(d: dt.datetime) -> str:
    return str(be(d))[-2:]


def view_date(d: dt.datetime) -> str:
    """'15/02/67' (Domino's date rendering under a Thai regional setting: dd/mm/yy, BE)."""
    return f"{d.day:02d}/{d.month:02d}/{yy(d)}"


def stamp(d: dt.datetime) -> str:
    """'16/02/67 14:20:05' (@Modified in the default date-time rendering)."""
    return f"{view_date(d)} {d:%H:%M:%S}"


def th_date(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๖๗' (the designer's formula: Thai digits, abbreviated month, two-digit BE)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {yy(d)}")


class DominoSite(B9Site):
    key = "b21_domino_874"
    family = "generic"
    imitates = "Lotus Domino 8.5 prnews.nsf: ?OpenView&Start=11&Count=10 view pages, NewsByDate/<UNID>?OpenDocument, same <title> everywhere, windows-874 bytes labelled charset=TIS-620 (cp874-only quotes), table/<font> form: news number, 'วันที่ ๑๕ ก.พ. ๖๗' (Thai digits, two-digit BE) + optional 'เวลา ๑๐.๓๐ น.', headline in <font size=4><b> after the date, <br><br> rich text, ที่มา/เรียบเรียง, 'ผู้เข้าชม : ๑,๒๓๔ ครั้ง', 'ปรับปรุงล่าสุด : 16/02/67 14:20:05' for edited docs, ข่าวอื่น ๆ; deleted = hidden-by-status doc (200, empty form)"
    listing_path = f"{VIEW}?OpenView"
    charset = "cp874"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 26, SOURCES, dt.datetime(2024, 2, 20, 17, 0), first_id=31, step=1
        )
        for i, a in enumerate(self.articles):
            a.path = f"{VIEW}/{unid(f'{self.key}-{a.id}')}?OpenDocument"
            a.tags = []
            a.extra["no"] = 60 - i * 2 + (i % 3)
            a.extra["label"] = "เรียบเรียง :" if i % 3 == 2 else "ที่มา :"
            a.extra["image"] = i % 4 == 1
            a.extra["attach"] = i % 6 == 3
            if not a.time_printed:
                a.published = a.published.replace(hour=0, minute=0)
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{VIEW}?OpenView&Start={k * 10 + 1}&Count=10"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=TIS-620"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def extra_route(self, key, query):
        if key == f"{VIEW}?OpenView&Start=1&Count=10":
            return self.html_response(self.listing(0))
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, action, formname, content):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{TITLE}</title><script language="JavaScript" type="text/javascript">
<!-- 
document._domino_target = "_self";
function _doClick(v, o, t, h) {{
  var form = document._{formname};
  if (form.onsubmit) {{
     var retVal = form.onsubmit();
     if (typeof retVal == "boolean" && retVal == false)
       return false;
  }}
  var target = document._domino_target;
  if (o.href != null) {{
    if (o.target != null)
       target = o.target;
  }} else {{
    if (t != null)
      target = t;
  }}
  form.target = target;
  form.__Click.value = v;
  if (h != null)
    form.action += h;
  form.submit();
  return false;
}}
// -->
</script>
<link rel="stylesheet" type="text/css" href="{DB}/style.css">
</head>
<body text="#000000" bgcolor="#E8EEF4" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">

<form method="post" action="{action}" name="_{formname}">
<input type="hidden" name="__Click" value="0">
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center" bgcolor="#FFFFFF">
<tr valign="top"><td colspan="2"><img src="{DB}/banner_mol.jpg?OpenImageResource" width="780" height="120" alt="{OFFICE}"></td></tr>
<tr valign="top"><td colspan="2" bgcolor="#003366" height="24"><font size="2" color="#FFFFFF" face="MS Sans Serif">&nbsp;<a href="/web/home.nsf"><font color="#FFFFFF">หน้าหลัก</font></a> | <a href="/web/about.nsf/Main?OpenPage"><font color="#FFFFFF">เกี่ยวกับสำนักงาน</font></a> | <a href="{VIEW}?OpenView"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="/web/procure.nsf/ByDate?OpenView"><font color="#FFFFFF">จัดซื้อจัดจ้าง</font></a> | <a href="/web/contact.nsf/Main?OpenPage"><font color="#FFFFFF">ติดต่อเรา</font></a></font></td></tr>
<tr valign="top"><td width="180" bgcolor="#F2F2F2">
<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#6699CC"><font size="2" color="#FFFFFF"><b>เมนูหลัก</b></font></td></tr>
<tr><td><font size="2"><img src="/icons/ecblank.gif" border="0" height="1" width="8" alt=""><a href="/web/law.nsf/ByCat?OpenView">กฎหมายแรงงาน</a><br>
<img src="/icons/ecblank.gif" border="0" height="1" width="8" alt=""><a href="/web/stat.nsf/Main?OpenPage">สถิติแรงงาน</a><br>
<img src="/icons/ecblank.gif" border="0" height="1" width="8" alt=""><a href="/web/job.nsf/ByDate?OpenView">ประกาศรับสมัครงาน</a><br>
<img src="/icons/ecblank.gif" border="0" height="1" width="8" alt=""><a href="/web/complain.nsf/Form?OpenForm">ร้องเรียนร้องทุกข์</a></font></td></tr>
<tr><td bgcolor="#6699CC"><font size="2" color="#FFFFFF"><b>ค้นหาข่าว</b></font></td></tr>
<tr><td><input name="Query" value="" size="14"> <a href="#" onclick="location.href='{VIEW}?SearchView&amp;Query='+document._{formname}.Query.value;return false;"><font size="2">ค้นหา</font></a></td></tr>
<tr><td bgcolor="#6699CC"><font size="2" color="#FFFFFF"><b>สถิติผู้เข้าชมเว็บไซต์</b></font></td></tr>
<tr><td align="center"><font size="2">ผู้เข้าชมทั้งหมด<br><b>1,846,072</b><br>ตั้งแต่ 1 ตุลาคม 2549</font></td></tr>
</table>
</td><td width="600">
{content}
</td></tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font size="1" color="#FFFFFF" face="MS Sans Serif">{OFFICE} ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400 โทร. 0-2232-1462<br>แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 800 x 600</font></td></tr>
</table>
</form>
</body>
</html>
"""

    # ------------------------------------------------------------------ view

    def listing(self, k):
        items = list(self.pages[k])
        if k == 1:
            fake = Article(
                id=99,
                title="ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้ารับการฝึกอบรมหลักสูตรผู้ประกอบการแรงงานนอกระบบ",
                paras=["-"],
                published=items[3].published + dt.timedelta(hours=3),
                time_printed=False,
                views=57,
            )
            fake.path = DELETED
            items.insert(4, fake)
        rows = "".join(
            f'<tr valign="top"><td><img src="/icons/ecblank.gif" border="0" height="16" width="1" alt=""></td><td nowrap><font size="2">{view_date(a.published)}</font></td><td><font size="2"><a href="{a.path}">{esc(a.title)}</a></font></td><td align="right"><font size="2">{a.views:,}</font></td></tr>\n'
            for a in items
        )
        n = len(self.pages)
        nav = []
        if k > 0:
            prev = f"{VIEW}?OpenView&Start={(k - 1) * 10 + 1}&Count=10"
            nav.append(
                f'<a href="{prev}"><img src="/icons/prevpg.gif" border="0" alt=""><font size="2">ก่อนหน้า</font></a>'
            )
        if k < n - 1:
            nav.append(
                f'<a href="{VIEW}?OpenView&Start={(k + 1) * 10 + 1}&Count=10"><font size="2">ถัดไป</font><img src="/icons/nextpg.gif" border="0" alt=""></a>'
            )
        nav_html = " &nbsp; ".join(nav)
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#336699"><font size="3" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td align="right">{nav_html}</td></tr>
<tr><td>
<table border="0" cellpadding="2" cellspacing="0">
<tr><th></th><th nowrap><font size="2">วันที่</font></th><th><font size="2">เรื่อง</font></th><th nowrap><font size="2">ผู้เข้าชม</font></th></tr>
{rows}</table>
</td></tr>
<tr><td align="right">{nav_html}</td></tr>
</table>"""
        action = self.page_url(k).replace("?OpenView", "?OpenView&Seq=1", 1)
        return self.shell(action, "DominoForm", content)

    # ------------------------------------------------------------------ document

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def detail(self, a):
        u = a.path.split("/")[-1].split("?")[0]
        paras = "<br>\n<br>\n".join(
            ("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if j == 0 else "") + esc(p)
            for j, p in enumerate(a.paras)
        )
        rows = []
        if a.extra["image"]:
            rows.append(
                f'<tr><td align="center"><img src="{VIEW}/{u}/$File/pic{a.id}.jpg?OpenElement" width="400" border="0" alt=""><br><font size="1" color="#666666">ภาพกิจกรรม</font></td></tr>'
            )
        if a.extra["attach"]:
            rows.append(
                f'<tr><td><font size="2"><b>ไฟล์แนบ :</b> <a href="{VIEW}/{u}/$File/news{a.id}.pdf?OpenElement"><img src="/icons/vwicn005.gif" border="0" alt="">news{a.id}.pdf</a></font></td></tr>'
            )
        if a.source:
            rows.append(
                f'<tr><td><font size="2"><b>{a.extra["label"]}</b> {esc(a.source)}</font></td></tr>'
            )
        rows.append(
            f'<tr><td><font size="2" color="#666666">ผู้เข้าชม : {thai_digits(f"{a.views:,}")} ครั้ง</font></td></tr>'
        )
        if a.modified:
            rows.append(
                f'<tr><td><font size="1" color="#999999">ปรับปรุงล่าสุด : {stamp(a.modified)}</font></td></tr>'
            )
        when = f'<font size="2" color="#993300">{th_date(a.published)}</font>'
        if a.time_printed:
            when += f'<font size="2"> เวลา {thai_digits(f"{a.published:%H.%M}")} น.</font>'
        others = "".join(
            f'<tr><td><font size="2"><img src="/icons/ecblank.gif" border="0" height="1" width="8" alt="">- <a href="{o.path}">{esc(o.title)}</a> <font color="#999999">({view_date(o.published)})</font></font></td></tr>'
            for o in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#336699"><font size="3" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td><font size="2">ข่าวที่ {thai_digits(f"{a.extra['no']}/{be(a.published)}")}</font></td></tr>
<tr><td><font size="2">วันที่ </font>{when}</td></tr>
<tr><td><font size="4" color="#003366"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font size="2" face="Tahoma">{paras}</font></td></tr>
{"".join(rows)}
<tr><td align="right"><font size="2"><a href="javascript:window.print()"><img src="{DB}/print.gif?OpenImageResource" border="0" alt="">พิมพ์หน้านี้</a> | <a href="mailto:?subject=ข่าวประชาสัมพันธ์&amp;body={a.path}">ส่งต่อให้เพื่อน</a> | <a href="javascript:history.back()">ย้อนกลับ</a></font></td></tr>
<tr><td bgcolor="#DDE6F0"><font size="2"><b>ข่าวอื่น ๆ</b></font></td></tr>
{others}
</table>"""
        return self.shell(a.path.replace("?OpenDocument", "?OpenDocument&Seq=1"), "News", content)

    def deleted(self):
        content = """<table width="100%" border="0" cellspacing="0" cellpadding="4">
<tr><td bgcolor="#336699"><font size="3" color="#FFFFFF" face="MS Sans Serif"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td></td></tr>
<tr><td align="right"><font size="2"><a href="javascript:history.back()">ย้อนกลับ</a></font></td></tr>
</table>"""
        return self.shell(DELETED.replace("?OpenDocument", "?OpenDocument&Seq=1"), "News", content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ข่าวประชาสัมพันธ์",
                "ข่าวที่ " + thai_digits(f"{a.extra['no']}/{be(a.published)}"),
                "ผู้เข้าชม :",
                "ปรับปรุงล่าสุด :",
                "พิมพ์หน้านี้",
                "ส่งต่อให้เพื่อน",
                "ย้อนกลับ",
                "ข่าวอื่น ๆ",
                *[o.title for o in self.others(a)],
                "ไฟล์แนบ :" if a.extra["attach"] else "",
                "ภาพกิจกรรม" if a.extra["image"] else "",
                "สถิติผู้เข้าชมเว็บไซต์",
                "ผู้เข้าชมทั้งหมด",
                "ค้นหาข่าว",
                "เมนูหลัก",
                "แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0",
                "ถนนมิตรไมตรี แขวงดินแดง",
            ]
            rec = record(self, a, must_not, tags=False)
            out.append(rec)
        return out


assert TZ.utcoffset(None) == dt.timedelta(hours=7)
SITE = DominoSite()

if __name__ == "__main__":
    main(SITE)
