"""Blind-26 red-team site (part B): a department intranet-turned-public news system on
**JSP 1.2 + Struts 1.x + displaytag 1.1 under Tomcat 5.5**, in TIS-620 / windows-874, of a
provincial irrigation project (โครงการชลประทานพิจิตร), built blind.

What it imitates:
- Tomcat/Struts fingerprints: `*.do` actions with `method=` dispatch (`DispatchAction`),
  `Server: Apache-Coyote/1.1`, `X-Powered-By: Servlet 2.4; JBoss-4.0.5` style header,
  `;jsessionid=` URL rewriting on the menu links (`html:link` without cookies), Tiles
  layout (header / menu / body / footer tables), `html:form` search, `bean:message` labels;
- **`Content-Type: text/html;charset=TIS-620`** (the JSP page directive) while the bytes are
  **windows-874** (curly quotes 0x93/0x94 in some headlines and texts, which TIS-620 lacks);
  no `<meta>` charset at all;
- the detail page as a label/value form table (`td.label` / `td.data`): "หัวข้อข่าว :"
  (the headline, **only in a table cell: the `<title>` is the system name, there is no
  `h1`**), "วันที่ลงข่าว :" `fmt:formatDate dd/MM/yyyy` under the th_TH locale (**Buddhist
  calendar, e.g. 15/05/2567**), "เวลา :" "10:30 น." (blank on items without a time),
  "ผู้ลงข่าว :" (a login name), "ที่มา :" an office or "-" (null), "จำนวนผู้อ่าน :" **in
  Thai digits** ("๑,๒๓๔ ครั้ง"), "รายละเอียด :" the text with `<br>` lines, "ไฟล์แนบ :" (some),
  "ปรับปรุงล่าสุด :" the **raw `java.sql.Timestamp` (`2024-05-16 14:22:05.0`, CE)** only on
  edited items; tools "พิมพ์หน้านี้ | ส่งข่าวให้เพื่อน | กลับหน้ารายการ"; "ข่าวอื่นๆ ในหมวดเดียวกัน"
  (five titles); site counter "ผู้เข้าชมเว็บไซต์" (site-wide).
Listing: `/pr/newsList.do?method=list`, then **displaytag's paging parameter
`d-4018237-p=2`, `d-4018237-p=3`** (1-based, the hash of the table id), banner
"พบข้อมูล 24 รายการ, แสดง 11 ถึง 20" and pagelinks "[แรก/ก่อนหน้า] 1, 2, 3 [ถัดไป/สุดท้าย]";
sortable header links (`d-4018237-s=2&d-4018237-o=1`) are served as the same page.
Deleted: `/pr/newsDetail.do?method=view&newsId=3107` (the row was removed): 200 with the detail
template, every field empty and the ActionMessage "ไม่พบข้อมูลข่าวที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
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

OFFICE = "โครงการชลประทานพิจิตร"
SYSTEM = "ระบบข่าวประชาสัมพันธ์ โครงการชลประทานพิจิตร สำนักชลประทานที่ 3"
SOURCES = ["ฝ่ายบริหารทั่วไป โครงการชลประทานพิจิตร", "-", "-", "โครงการส่งน้ำและบำรุงรักษาดงเศรษฐี", "-"]
PER_PAGE = 10
TABLE = "4018237"
USER = "pichit_admin"
DELETED_ID = 3107
DELETED = f"/pr/newsDetail.do?method=view&newsId={DELETED_ID}"
JSESSION = "8F3A21C09B7E44D1A6C2E5F0D9B31A77"


def bedate(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def timestamp(d: dt.datetime) -> str:
    return f"{d:%Y-%m-%d %H:%M:%S}.0"


class StrutsSite(BaseSite):
    key = "b26_struts_tis620"
    family = "generic"
    imitates = "JSP 1.2 + Struts 1 + displaytag under Tomcat 5.5, header charset=TIS-620 with windows-874 bytes and no meta: /pr/newsList.do?method=list&d-4018237-p=N pagination; newsDetail.do?method=view&newsId=N label/value table, headline only in a cell under a system <title>; dd/MM/BE-yyyy date with a separate optional 'เวลา' row; Thai-digit reader counter; 'ที่มา :' office or '-'; raw java.sql.Timestamp modified stamp (CE) on edited items; jsessionid menu links; deleted = empty template with 'ไม่พบข้อมูลข่าวที่ต้องการ'"
    listing_path = "/pr/newsList.do?method=list"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key,
            24,
            start=dt.datetime(2024, 3, 20, 16, 0, tzinfo=dt.timezone(dt.timedelta(hours=7))),
            offset=77,
        )
        nid = 3168
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 4
            if nid == DELETED_ID:
                nid -= 1
            a.extra["src"] = SOURCES[i % len(SOURCES)]
            a.source = None if a.extra["src"] == "-" else a.extra["src"]
            a.tags = []
            a.path = f"/pr/newsDetail.do?method=view&newsId={a.id}"
            a.extra["file"] = i % 6 == 4
            a.modified = a.modified.replace(second=(a.id % 50) + 3) if a.modified else None
            if i % 5 == 3 and "“" not in a.title:
                a.title = f"“{a.title}”"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"/pr/newsList.do?method=list&d-{TABLE}-p={k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    def respond(self, text: str, status=200):
        return (
            status,
            {
                "Content-Type": "text/html;charset=TIS-620",
                "Server": "Apache-Coyote/1.1",
                "X-Powered-By": "Servlet 2.4; Tomcat-5.5.23/JSP 2.0",
            },
            text.encode("cp874", "xmlcharrefreplace"),
        )

    # ------------------------------------------------------------------ shell

    def shell(self, content):
        return f"""

<html>
<head>
<title>{SYSTEM}</title>
<link href="/pr/css/style.css;jsessionid={JSESSION}" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/pr/js/common.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td colspan="2"><img src="/pr/images/header_rid.jpg" width="900" height="120" alt="กรมชลประทาน"></td></tr>
  <tr><td colspan="2" class="topmenu" bgcolor="#0B5394">
    <a href="/pr/index.do;jsessionid={JSESSION}" class="menu">หน้าหลัก</a> |
    <a href="/pr/newsList.do;jsessionid={JSESSION}?method=list" class="menu">ข่าวประชาสัมพันธ์</a> |
    <a href="/pr/waterReport.do;jsessionid={JSESSION}?method=today" class="menu">รายงานสภาพน้ำ</a> |
    <a href="/pr/login.do;jsessionid={JSESSION}" class="menu">เข้าสู่ระบบเจ้าหน้าที่</a>
  </td></tr>
  <tr>
    <td width="180" valign="top" bgcolor="#E8F0F8" class="leftmenu">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td class="menuhead">เมนูหลัก</td></tr>
        <tr><td>&raquo; <a href="/pr/about.do?method=view">ประวัติหน่วยงาน</a></td></tr>
        <tr><td>&raquo; <a href="/pr/newsList.do?method=list">ข่าวประชาสัมพันธ์</a></td></tr>
        <tr><td>&raquo; <a href="/pr/procure.do?method=list">ประกาศจัดซื้อจัดจ้าง</a></td></tr>
        <tr><td>&raquo; <a href="/pr/complain.do?method=form">ร้องเรียน/ร้องทุกข์</a></td></tr>
        <tr><td class="menuhead">ค้นหาข่าว</td></tr>
        <tr><td><form name="searchForm" method="post" action="/pr/newsSearch.do"><input type="text" name="keyword" size="15" value=""><input type="submit" value="ค้นหา"></form></td></tr>
        <tr><td class="menuhead">ผู้เข้าชมเว็บไซต์</td></tr>
        <tr><td align="center"><font face="Tahoma" size="2">ผู้เข้าชมเว็บไซต์ : 0482177<br>ตั้งแต่ 1 ตุลาคม 2549</font></td></tr>
      </table>
    </td>
    <td width="720" valign="top" class="content">
{content}
    </td>
  </tr>
  <tr><td colspan="2" class="footer" align="center" bgcolor="#0B5394"><font color="#FFFFFF" size="2">{OFFICE} 99 หมู่ 3 ตำบลท่าฬ่อ อำเภอเมือง จังหวัดพิจิตร 66000 โทร. 0-5661-2203<br>
  พัฒนาระบบโดย ฝ่ายสารสนเทศ สำนักชลประทานที่ 3 | แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0 ความละเอียด 1024x768</font></td></tr>
</table>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def href(self, k, extra=""):
        return f"newsList.do?method=list&amp;d-{TABLE}-p={k + 1}{extra}"

    def pagelinks(self, k):
        n = len(self.pages)
        first = (
            "[แรก/ก่อนหน้า]"
            if k == 0
            else f'[<a href="{self.href(0)}">แรก</a>/<a href="{self.href(k - 1)}">ก่อนหน้า</a>]'
        )
        nums = ", ".join(
            f"<strong>{j + 1}</strong>"
            if j == k
            else f'<a href="{self.href(j)}" title="ไปหน้า {j + 1}">{j + 1}</a>'
            for j in range(n)
        )
        last = (
            "[ถัดไป/สุดท้าย]"
            if k == n - 1
            else f'[<a href="{self.href(k + 1)}">ถัดไป</a>/<a href="{self.href(n - 1)}">สุดท้าย</a>]'
        )
        return f'<span class="pagelinks">{first} {nums} {last}</span>'

    def listing(self, k):
        total = len(self.articles)
        lo = k * PER_PAGE + 1
        hi = min(total, lo + PER_PAGE - 1)
        rows = []
        items = [(a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(
                3,
                (
                    DELETED_ID,
                    "ประกาศงดจ่ายน้ำชั่วคราว คลองส่งน้ำสายใหญ่ฝั่งซ้าย",
                    dt.datetime(2024, 2, 26, 10, 0),
                    41,
                ),
            )
        for j, (nid, title, when, views) in enumerate(items):
            cls = "odd" if j % 2 == 0 else "even"
            rows.append(
                f'<tr class="{cls}"><td align="center">{lo + j}</td>'
                f'<td><a href="/pr/newsDetail.do?method=view&amp;newsId={nid}">{esc(title)}</a></td>'
                f'<td align="center">{bedate(when)}</td><td align="right">{views}</td></tr>'
            )
        sort = f"&amp;d-{TABLE}-s=2&amp;d-{TABLE}-o=2"
        content = f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="pagetitle"><img src="/pr/images/icon_news.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
<tr><td>
<span class="pagebanner">พบข้อมูล {total} รายการ, แสดง {lo} ถึง {hi}</span>
{self.pagelinks(k)}
<table class="displaytag" id="news" width="100%" cellpadding="3" cellspacing="1">
<thead><tr>
<th class="sortable">ลำดับ</th>
<th class="sortable"><a href="{self.href(k, sort)}">หัวข้อข่าว</a></th>
<th class="sortable sorted order1"><a href="{self.href(k, sort)}">วันที่</a></th>
<th class="sortable"><a href="{self.href(k, sort)}">ผู้อ่าน</a></th>
</tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody></table>
<span class="pagebanner">พบข้อมูล {total} รายการ, แสดง {lo} ถึง {hi}</span>
{self.pagelinks(k)}
<div class="exportlinks">ส่งออก: <a href="{self.href(k, f"&amp;d-{TABLE}-e=1&amp;6578706f7274=1")}"><span class="export csv">CSV </span></a>|<a href="{self.href(k, f"&amp;d-{TABLE}-e=2&amp;6578706f7274=1")}"><span class="export excel">Excel </span></a></div>
</td></tr></table>"""
        return self.shell(content)

    # ------------------------------------------------------------------ detail

    def others(self, a):
        return [b for b in self.articles if b is not a][:5]

    def form(self, title, date, time, src, views, body, file_row, mod_row, message=""):
        return f"""<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td class="pagetitle"><img src="/pr/images/icon_news.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
</table>
{message}
<table width="100%" border="0" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC" class="detail">
<tr bgcolor="#FFFFFF"><td width="22%" class="label" valign="top">หัวข้อข่าว :</td><td class="data"><b><font color="#003366">{title}</font></b></td></tr>
<tr bgcolor="#FFFFFF"><td class="label">วันที่ลงข่าว :</td><td class="data">{date}</td></tr>
<tr bgcolor="#FFFFFF"><td class="label">เวลา :</td><td class="data">{time}</td></tr>
<tr bgcolor="#FFFFFF"><td class="label">ผู้ลงข่าว :</td><td class="data">{USER if title else ""}</td></tr>
<tr bgcolor="#FFFFFF"><td class="label">ที่มา :</td><td class="data">{src}</td></tr>
<tr bgcolor="#FFFFFF"><td class="label">จำนวนผู้อ่าน :</td><td class="data">{views}</td></tr>
<tr bgcolor="#FFFFFF"><td class="label" valign="top">รายละเอียด :</td><td class="data"><font face="Tahoma" size="2">{body}</font></td></tr>
{file_row}{mod_row}</table>"""

    def detail(self, a: Article):
        body = "<br>\n<br>\n".join(esc(p) for p in a.paras)
        file_row = (
            f'<tr bgcolor="#FFFFFF"><td class="label">ไฟล์แนบ :</td><td class="data"><a href="/pr/download.do?method=file&amp;fileId={a.id * 7}"><img src="/pr/images/pdf.gif" border="0"> news_{a.id}.pdf</a> (182 KB)</td></tr>\n'
            if a.extra["file"]
            else ""
        )
        mod_row = (
            f'<tr bgcolor="#FFFFFF"><td class="label">ปรับปรุงล่าสุด :</td><td class="data">{timestamp(a.modified)}</td></tr>\n'
            if a.modified
            else ""
        )
        form = self.form(
            esc(a.title),
            bedate(a.published),
            f"{a.published:%H:%M} น." if a.time_printed else "&nbsp;",
            esc(a.extra["src"]),
            f"{thai_digits(f'{a.views:,}')} ครั้ง",
            body,
            file_row,
            mod_row,
        )
        others = "".join(
            f'<tr><td>&raquo; <a href="/pr/newsDetail.do?method=view&amp;newsId={b.id}">{esc(b.title)}</a> <font color="#999999">({bedate(b.published)})</font></td></tr>'
            for b in self.others(a)
        )
        content = f"""{form}
<table width="100%" border="0" cellpadding="3" cellspacing="0">
<tr><td align="right"><a href="javascript:window.print()"><img src="/pr/images/print.gif" border="0"> พิมพ์หน้านี้</a> | <a href="/pr/sendMail.do?method=form&amp;newsId={a.id}">ส่งข่าวให้เพื่อน</a> | <a href="newsList.do?method=list">กลับหน้ารายการ</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="3" cellspacing="0" class="others">
<tr><td class="subhead">ข่าวอื่นๆ ในหมวดเดียวกัน</td></tr>
{others}
</table>"""
        return self.shell(content)

    def missing(self):
        form = self.form(
            "",
            "",
            "&nbsp;",
            "",
            " ครั้ง",
            "",
            "",
            "",
            '<table width="100%"><tr><td><font color="red"><ul><li>ไม่พบข้อมูลข่าวที่ต้องการ</li></ul></font></td></tr></table>',
        )
        return self.shell(
            form + '\n<p align="right"><a href="newsList.do?method=list">กลับหน้ารายการ</a></p>'
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        path = path.split(";jsessionid=")[0]
        if path == "/pr/newsList.do" and qs1(query, "method", "list") == "list":
            p = qs1(query, f"d-{TABLE}-p", "1")
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.respond(self.listing(int(p) - 1))
        if path == "/pr/newsDetail.do" and qs1(query, "method") == "view":
            nid = qs1(query, "newsId")
            if nid == str(DELETED_ID):
                return self.respond(self.missing())
            if nid.isdigit() and int(nid) in self.by_id:
                return self.respond(self.detail(self.by_id[int(nid)]))
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                USER,
                "หัวข้อข่าว :",
                "วันที่ลงข่าว :",
                bedate(a.published),
                "ผู้ลงข่าว :",
                "จำนวนผู้อ่าน :",
                f"{thai_digits(f'{a.views:,}')} ครั้ง",
                "รายละเอียด :",
                "พิมพ์หน้านี้",
                "ส่งข่าวให้เพื่อน",
                "กลับหน้ารายการ",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ผู้เข้าชมเว็บไซต์ : 0482177",
                "เข้าสู่ระบบเจ้าหน้าที่",
                "รายงานสภาพน้ำ",
                "ตำบลท่าฬ่อ อำเภอเมือง จังหวัดพิจิตร 66000",
                "แสดงผลได้ดีที่สุดด้วย Internet Explorer 6.0",
            ]
            must_not += [b.title for b in self.others(a)[:3]]
            if a.modified:
                must_not += ["ปรับปรุงล่าสุด :", timestamp(a.modified)]
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ :", f"news_{a.id}.pdf", "(182 KB)"]
            out.append(expected_record(a, tags=False, must_not=must_not))
        return out


SITE = StrutsSite()

if __name__ == "__main__":
    main(SITE)
