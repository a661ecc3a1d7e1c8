"""Blind-24 red-team site: a **bare Zope 2.9 site (no Plone)** built from DTML Methods and
Z SQL Methods over MySQL, a provincial statistics office (สำนักงานสถิติจังหวัดลำพูน), in
windows-874, built blind.

What it imitates:
- ZPublisher's response: `Content-Type: text/html; charset=tis-620` (zope.conf
  `default-zpublisher-encoding tis-620`) while **the bytes are windows-874** — text pasted
  from Word keeps its curly quotes and dashes (0x93/0x94/0x96), which TIS-620 has no code
  for (browsers map the label to windows-874; Python's `tis-620` codec turns them into C1
  control characters, so headlines and phrases with “ ” come out wrong); `standard_html_header` also
  carries `<meta http-equiv=Content-Type content="text/html; charset=windows-874">`;
  characters outside windows-874 are stored as numeric references;
- Zope's automatic `<base href="http://host/news/">` right after `<head>`; links built from
  `URL1` (absolute) in the list and relative ones (`view_news?nid=`) in the item page;
- the DTML `<dtml-in batch size=10 start=query_start>` list `/news/news_list`, pages
  **`?query_start=11`, `?query_start=21`** (1-based start index) with "(ก่อนหน้า 10 รายการ)" /
  "(ถัดไป 10 รายการ)" links, plus numbered pages;
- the item view `/news/view_news?nid=N`: **the same `<title>` on every page**, no `h1`; the
  headline is a bold `<font size="4">` in a table cell after the label "เรื่อง :"; "วันที่ :"
  with a Thai-digit BE abbreviated date in one cell and **"เวลา ๑๔.๒๐ น." in a separate
  cell only for some items**; "ผู้อ่าน : ๑,๒๓๔ ครั้ง" in Thai digits; "แก้ไขล่าสุด" only
  for edited items; text as `&nbsp;`-indented `<br><br>` paragraphs; "ข่าว/ภาพ :" line for
  some; "พิมพ์หน้านี้", "ส่งต่อให้เพื่อน", "ข่าวอื่น ๆ ในหมวดเดียวกัน" (five titles) and
  "<< กลับหน้ารายการข่าว" in the same table; marquee of headlines in the header; site-wide
  counter and "Powered by Zope" button in the footer;
- a withdrawn item (the Z SQL Method returns no row) answers 200 with the empty item
  template and "ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, Article, be, esc, main, thai_digits
from .b20b_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานสถิติจังหวัดลำพูน"
SOURCES = [
    "สำนักงานสถิติจังหวัดลำพูน",
    None,
    "กลุ่มงานวิชาการสถิติและสารสนเทศ",
    None,
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
]
LIST = "/news/news_list"
DELETED_NID = 3408
TITLE = "::: สำนักงานสถิติจังหวัดลำพูน :::"


def art_url(nid: int) -> str:
    return f"/news/view_news?nid={nid}"


DELETED = art_url(DELETED_NID)


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}") + " น."


def curly(s: str) -> str:
    """Word's AutoFormat: straight double quotes to “ ” pairs."""
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out)


class ZopeDtmlSite(B9Site):
    key = "b24_zope2_dtml874"
    family = "generic"
    charset = "cp874"
    imitates = "bare Zope 2.9 (no Plone) DTML + Z SQL Methods, windows-874 bytes under a 'charset=tis-620' header (curly quotes 0x93/0x94 outside TIS-620), meta windows-874, automatic <base href>; list /news/news_list?query_start=11 (dtml-in batch, 1-based); item /news/view_news?nid=N: same <title> everywhere, no h1, headline in <font size=4><b> after เรื่อง :, Thai-digit BE date with a separate optional เวลา … น. cell, ผู้อ่าน in Thai digits, แก้ไขล่าสุด only when edited, <br><br> paragraphs, other-news list and tools in the same table; withdrawn item = empty template (200)"
    listing_path = LIST
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 29, SOURCES, dt.datetime(2024, 8, 9, 17, 0), first_id=3391, step=2
        )
        # one id is the withdrawn item
        for i, a in enumerate(self.articles):
            a.paras = [curly(p) for p in a.paras]
            a.path = art_url(a.id)
            a.extra["label"] = "ข่าว/ภาพ :" if i % 2 == 0 else "ข่าว :"
            a.extra["image"] = i % 5 == 2
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return status, {"Content-Type": "text/html; charset=tis-620"}, body

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?query_start={k * self.per_page + 1}"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def shell(self, base, content):
        marquee = " &nbsp;|&nbsp; ".join(
            f'<a href="{base}/news/view_news?nid={a.id}"><font color="#FFFF00">{esc(a.title)}</font></a>'
            for a in self.articles[:4]
        )
        return f"""<html>
<head>
<base href="{base}/news/" />
<!-- standard_html_header -->
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<link rel="stylesheet" href="{base}/style_css" type="text/css">
<script language="JavaScript" src="{base}/scripts/menu_js"></script>
</head>
<body bgcolor="#E8E8E8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="{base}/images/banner_top.jpg" width="780" height="150" alt="{OFFICE}"></td></tr>
  <tr><td colspan="2" bgcolor="#003366" height="22"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font size="2" color="#FFFFFF"><b>ข่าวล่าสุด :</b> {marquee}</font></marquee></td></tr>
  <tr>
    <td width="170" valign="top" bgcolor="#DDEEFF">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="menuhead">เมนูหลัก</td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/index_html">หน้าแรก</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/about/history">ประวัติหน่วยงาน</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}{LIST}">ข่าวประชาสัมพันธ์</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/stat/stat_list">ข้อมูลสถิติจังหวัด</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/procure/proc_list">ประกาศจัดซื้อจัดจ้าง</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/webboard/board_list">กระดานถามตอบ</a></td></tr>
        <tr><td class="menu">&raquo; <a href="{base}/contact_html">ติดต่อเรา</a></td></tr>
        <tr><td class="menuhead">เข้าสู่ระบบ</td></tr>
        <tr><td class="menu"><form action="{base}/manage_login" method="post"><font size="1">ชื่อผู้ใช้</font><br><input type="text" name="__ac_name" size="12"><br><font size="1">รหัสผ่าน</font><br><input type="password" name="__ac_password" size="12"><br><input type="submit" value="ตกลง"></form></td></tr>
      </table>
    </td>
    <td width="610" valign="top">
<!-- /standard_html_header -->
{content}
<!-- standard_html_footer -->
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#003366" align="center"><font size="2" color="#FFFFFF">{OFFICE} ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง อำเภอเมืองลำพูน จังหวัดลำพูน 51000<br>โทรศัพท์ 0-5351-1073 โทรสาร 0-5351-1073<br>จำนวนผู้เข้าชม {thai_digits("0417836")} คน ตั้งแต่ ๑ ตุลาคม ๒๕๕๐</font><br><a href="http://www.zope.org/Credits"><img src="{base}/p_/ZopeButton" width="115" height="50" border="0" alt="Powered by Zope"></a></td></tr>
</table>
</body>
</html>
"""

    # ------------------------------------------------------------------ list

    def listing_html(self, k, base):
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            fake = Article(
                id=DELETED_NID,
                title="ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานสัมภาษณ์ โครงการสำรวจภาวะการทำงานของประชากร",
                paras=["x"],
                published=items[3].published - dt.timedelta(hours=5),
                time_printed=False,
                views=33,
            )
            items.insert(4, fake)
        rows = "".join(
            f"""<tr bgcolor="{"#FFFFFF" if j % 2 else "#F0F6FF"}">
  <td width="20" valign="top"><img src="{base}/images/bullet.gif" width="9" height="9"></td>
  <td><a href="{base}/news/view_news?nid={a.id}" class="newslink">{esc(a.title)}</a> <font size="1" color="#999999">({th_date(a.published)})</font>{' <img src="' + base + '/images/new.gif">' if k == 0 and j < 3 else ""}</td>
</tr>
"""
            for j, a in enumerate(items)
        )
        start = k * self.per_page + 1
        nav = []
        if k > 0:
            prev = (
                f"{base}{LIST}"
                if k == 1
                else f"{base}{LIST}?query_start={(k - 1) * self.per_page + 1}"
            )
            nav.append(f'<a href="{prev}">(ก่อนหน้า {self.per_page} รายการ)</a>')
        for i in range(n):
            if i == k:
                nav.append(f"<b>[{i + 1}]</b>")
            else:
                u = (
                    f"{base}{LIST}"
                    if i == 0
                    else f"{base}{LIST}?query_start={i * self.per_page + 1}"
                )
                nav.append(f'<a href="{u}">{i + 1}</a>')
        if k < n - 1:
            nxt = len(self.pages[k + 1])
            nav.append(
                f'<a href="{base}{LIST}?query_start={(k + 1) * self.per_page + 1}">(ถัดไป {nxt} รายการ)</a>'
            )
        end = start + len(self.pages[k]) - 1
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="pagehead"><img src="{base}/images/icon_news.gif" align="absmiddle"> <b>ข่าวประชาสัมพันธ์</b></td></tr>
<tr><td><font size="2">รายการที่ {start} - {end} จากทั้งหมด {len(self.articles)} รายการ</font></td></tr>
<tr><td>
<table width="100%" border="0" cellspacing="1" cellpadding="4">
{rows}</table>
</td></tr>
<tr><td align="center"><font size="2">{" &nbsp; ".join(nav)}</font></td></tr>
</table>"""
        return self.shell(base, content)

    # ------------------------------------------------------------------ item

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def item_html(self, a, base):
        older, newer = neighbours(self.articles, a)
        paras = [f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<center><img src="{base}/news/photo/{a.id}_1.jpg" width="400" border="1"></center>',
            )
        text = "<br>\n<br>\n".join(paras)
        src = ""
        if a.source:
            src = f"""<tr><td colspan="3"><font size="2"><b>{a.extra["label"]}</b> {esc(a.source)}</font></td></tr>"""
        time_cell = (
            f'<td width="25%"><font size="2">เวลา {th_time(a.published)}</font></td>'
            if a.time_printed
            else '<td width="25%">&nbsp;</td>'
        )
        edit = ""
        if a.modified:
            edit = f'<tr><td colspan="3" align="right"><font size="1" color="#888888">แก้ไขล่าสุด : {th_date(a.modified)} {thai_digits(f"{a.modified:%H:%M}")}</font></td></tr>'
        others = "".join(
            f'<tr><td><font size="2">- <a href="view_news?nid={o.id}">{esc(o.title)}</a> <font color="#999999">({th_date(o.published)})</font></font></td></tr>'
            for o in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="pagehead"><img src="{base}/images/icon_news.gif" align="absmiddle"> <b>ข่าวประชาสัมพันธ์</b></td></tr>
</table>
<table width="96%" border="0" align="center" cellspacing="0" cellpadding="4" class="newsbox">
<tr><td colspan="3"><font size="2" color="#666666">เรื่อง :</font><br><font size="4" color="#003366"><b>{esc(a.title)}</b></font></td></tr>
<tr bgcolor="#F0F6FF">
  <td width="40%"><font size="2">วันที่ : {th_date(a.published)}</font></td>
  {time_cell}
  <td width="35%" align="right"><font size="2">ผู้อ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</font></td>
</tr>
<tr><td colspan="3" class="newsdetail"><font size="2">
{text}
</font></td></tr>
{src}
{edit}
<tr><td colspan="3" align="right"><font size="2"><a href="javascript:window.print()"><img src="{base}/images/print.gif" border="0"> พิมพ์หน้านี้</a> &nbsp; <a href="send_friend?nid={a.id}"><img src="{base}/images/mail.gif" border="0"> ส่งต่อให้เพื่อน</a></font></td></tr>
<tr><td colspan="3"><hr size="1" color="#CCCCCC"><font size="2" color="#003366"><b>ข่าวอื่น ๆ ในหมวดเดียวกัน</b></font>
<table width="100%" border="0" cellspacing="0" cellpadding="2">{others}</table></td></tr>
<tr><td colspan="3" align="center"><font size="2"><a href="news_list">&lt;&lt; กลับหน้ารายการข่าว</a></font></td></tr>
</table>"""
        return self.shell(base, content)

    def deleted_html(self, base):
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
<tr><td class="pagehead"><img src="{base}/images/icon_news.gif" align="absmiddle"> <b>ข่าวประชาสัมพันธ์</b></td></tr>
</table>
<table width="96%" border="0" align="center" cellspacing="0" cellpadding="4" class="newsbox">
<tr><td align="center"><font size="2" color="#CC0000">ไม่พบข้อมูลข่าวที่ท่านต้องการ</font></td></tr>
<tr><td align="center"><font size="2"><a href="news_list">&lt;&lt; กลับหน้ารายการข่าว</a></font></td></tr>
</table>"""
        return self.shell(base, content)

    def route(self, path, query, raw_query, base):
        self._base = base
        return super().route(path, query, raw_query, base)

    def listing(self, k):
        return self.listing_html(k, self._base)

    def detail(self, a):
        return self.item_html(a, self._base)

    def deleted(self):
        return self.deleted_html(self._base)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เรื่อง :",
                "วันที่ :",
                th_date(a.published),
                "ผู้อ่าน :",
                thai_digits(f"{a.views:,}"),
                "พิมพ์หน้านี้",
                "ส่งต่อให้เพื่อน",
                "ข่าวอื่น ๆ ในหมวดเดียวกัน",
                *[o.title for o in self.others(a)[:3]],
                "กลับหน้ารายการข่าว",
                "ข่าวล่าสุด :",
                "จำนวนผู้เข้าชม",
                "เมนูหลัก",
                "Powered by Zope",
                "ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง",
            ]
            if a.time_printed:
                must_not.append("เวลา " + th_time(a.published))
            if a.modified:
                must_not.append("แก้ไขล่าสุด :")
            out.append(record(self, a, must_not))
        return out


SITE = ZopeDtmlSite()

if __name__ == "__main__":
    main(SITE)
