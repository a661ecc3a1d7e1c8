"""Blind-34 red-team site (part A): a provincial public-health office portal on **Lucee 5
(CFML) + Fusebox 5.5**, the old `index.cfm?fuseaction=circuit.action` front controller with a
table layout, built blind.

What it imitates:
- CFML / Fusebox fingerprints: every page is `/index.cfm?fuseaction=…`, Fusebox's
  `<!-- fuseaction: news.detail -->` comments, `/assets/cfm/`, `/userfiles/` uploads, the login
  link carrying the session `CFID` / `CFTOKEN` URL tokens, `.cfc?method=` AJAX endpoints;
- a fixed `<title>` ("… :: ข่าวประชาสัมพันธ์") and **no headline in any h1 / h2**: the only `h1`
  is the office banner; the headline is a bold `td.newsTopic` in the detail table;
- **date in Thai digits with an abbreviated month and a two-digit BE year** in one cell
  ("ลงข่าว : ๕ มี.ค. ๖๗"), the time (some) in a separate cell ("เวลา ๑๔:๒๐ น."), a second cell
  "แก้ไขล่าสุด : ๗ มี.ค. ๖๗ ๐๙:๑๕ น." on edited items only, "ผู้อ่าน : ๑,๒๓๔ ครั้ง" in Thai digits;
- tools row (พิมพ์หน้านี้ / ส่งต่อเพื่อน / ก- ก ก+ / LINE / Facebook) above the text, photo (some),
  typed "ข่าว : …" / "ภาพ/ข่าว : …" line after the text (some), attachment with a Thai-digit
  download count (some), "คำค้น :" keywords (some), prev / next with neighbour titles,
  "ข่าวอื่นๆ ในหมวดเดียวกัน" with Thai-digit dates and counters, left menu, site counter,
  PDPA bar, footer;
- listing: `index.cfm?fuseaction=news.list` with a CFML **`startrow` offset** (1-based:
  page 2 `&startrow=11`, page 3 `&startrow=21`), pager "หน้า : [1] 2 3 ถัดไป »".
Deleted: `news.detail&newsID=N` of a removed item answers 200 with the detail template empty
("ไม่พบข้อมูลข่าวที่ท่านเรียก", "ผู้อ่าน : ๐ ครั้ง").
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
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดน่าน"
OFFICE_EN = "Nan Provincial Public Health Office"
PER_PAGE = 10
LISTING = "/index.cfm?fuseaction=news.list"
DETAIL = "/index.cfm?fuseaction=news.detail&newsID="
SOURCES = [
    None,
    ("ข่าว", "กลุ่มงานควบคุมโรคติดต่อ"),
    ("ภาพ/ข่าว", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข"),
    None,
    ("ข่าว", "กลุ่มงานส่งเสริมสุขภาพ"),
]
DELETED_ID = 3377
SITE_COUNTER = "๒๑๓,๔๕๖"
PDPA = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน"
CFTOKEN = "CFID=48213&CFTOKEN=7a1e2b9c4d5f6a70-0E1B2C3D"


def tdate(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗': Thai digits, abbreviated month, two-digit BE year."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


class LuceeFuseboxSite(BaseSite):
    key = "b34_lucee_fusebox"
    family = "generic"
    imitates = "Lucee 5 CFML + Fusebox 5.5 table-layout portal of a provincial public-health office: index.cfm?fuseaction=news.detail&newsID=N; fixed <title>, h1 = office banner, headline only in bold td.newsTopic; date '๕ มี.ค. ๖๗' (Thai digits, abbr month, 2-digit BE year) with a separate time cell 'เวลา ๑๔:๒๐ น.' (some), 'แก้ไขล่าสุด' cell on edited items, 'ผู้อ่าน : ๑,๒๓๔ ครั้ง'; tools and share above the text; 'ข่าว :' / 'ภาพ/ข่าว :' line (some); attachment with Thai-digit download count (some); 'คำค้น' keywords; prev/next with titles; other-news list with Thai-digit dates/counters; listing news.list with CFML startrow offsets (&startrow=11, 21); deleted = empty detail template (200)"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 5, 30, 17, 0, tzinfo=TZ), offset=733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3402
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 3) % 2
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"{DETAIL}{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["label"] = src[0] if src else None
            a.source = src[1] if src else None
            a.views = 25 + (a.views * 11) % 5200
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 8 == 5
            a.extra["cat"] = "ข่าวประชาสัมพันธ์"
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted = f"{DETAIL}{DELETED_ID}"

    def listing_pages(self):
        return [LISTING] + [
            f"{LISTING}&startrow={k * PER_PAGE + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, fa, content):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{OFFICE} :: ข่าวประชาสัมพันธ์</title>
<meta name="keywords" content="สาธารณสุขน่าน, สสจ.น่าน, {OFFICE_EN}">
<link href="/assets/css/style.css" rel="stylesheet" type="text/css">
<script type="text/javascript" src="/assets/js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/assets/js/fontsize.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<!-- fuseaction: {fa} -->
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" id="wrapper">
<tr><td colspan="2" id="banner" background="/images/banner_bg.jpg" height="150"><h1 class="sitename"><img src="/images/logo_moph.png" width="90" height="90" align="absmiddle" alt="">{OFFICE}</h1><div class="sitename-en">{OFFICE_EN}</div></td></tr>
<tr><td colspan="2" class="topmenu"><a href="/index.cfm">หน้าแรก</a> | <a href="/index.cfm?fuseaction=about.history">เกี่ยวกับเรา</a> | <a href="{LISTING}">ข่าวประชาสัมพันธ์</a> | <a href="/index.cfm?fuseaction=procure.list">จัดซื้อจัดจ้าง</a> | <a href="/index.cfm?fuseaction=ita.main">ITA</a> | <a href="/index.cfm?fuseaction=contact.main">ติดต่อเรา</a> | <a href="/index.cfm?fuseaction=member.login&amp;{CFTOKEN.replace("&", "&amp;")}">เข้าสู่ระบบ</a></td></tr>
<tr>
<td width="200" valign="top" class="leftcol">
<table width="100%" class="box"><tr><td class="box-head">เมนูหลัก</td></tr>
<tr><td><ul class="lmenu"><li><a href="/index.cfm?fuseaction=about.structure">โครงสร้างหน่วยงาน</a></li><li><a href="/index.cfm?fuseaction=about.exec">ผู้บริหาร</a></li><li><a href="{LISTING}">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.cfm?fuseaction=doc.list">เอกสารดาวน์โหลด</a></li><li><a href="/index.cfm?fuseaction=complain.form">ร้องเรียน/ร้องทุกข์</a></li></ul></td></tr></table>
<table width="100%" class="box"><tr><td class="box-head">สถิติผู้เข้าชม</td></tr><tr><td class="counter">วันนี้ ๓๑๒<br>เดือนนี้ ๘,๙๐๑<br>ทั้งหมด {SITE_COUNTER}</td></tr></table>
<table width="100%" class="box"><tr><td class="box-head">ลิงก์หน่วยงาน</td></tr><tr><td><a href="https://www.moph.go.th" target="_blank">กระทรวงสาธารณสุข</a><br><a href="https://www.nan.go.th" target="_blank">จังหวัดน่าน</a></td></tr></table>
</td>
<td width="780" valign="top" class="maincol">
{content}
</td>
</tr>
<tr><td colspan="2" class="footer" align="center">{OFFICE} ถนนมหาวงศ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน ๕๕๐๐๐ โทร. ๐-๕๔๗๑-๐๑๔๐<br>Copyright &copy; 2024 {OFFICE_EN}. Powered by ColdFusion (Lucee)</td></tr>
</table>
<div id="pdpa-bar" style="position:fixed;bottom:0;width:100%"><span>{PDPA}</span> <a href="/index.cfm?fuseaction=pdpa.policy">นโยบายคุกกี้</a> <button type="button" onclick="$.get('/assets/cfc/pdpa.cfc?method=accept');$('#pdpa-bar').hide();">ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, title, path, a, n):
        return f"""<tr class="{"row1" if n % 2 else "row2"}"><td width="30" align="center"><img src="/images/bullet_news.gif" alt=""></td><td><a href="{path.replace("&", "&amp;")}" class="newslink">{esc(title)}</a> <span class="small">({tdate(a.published)})</span></td><td width="90" align="right" class="small">อ่าน {thai_digits(f"{a.views:,}")}</td></tr>
"""

    def pager(self, k):
        parts = ["หน้า : "]
        for j in range(len(self.pages)):
            h = LISTING if j == 0 else f"{LISTING}&startrow={j * PER_PAGE + 1}"
            h = h.replace("&", "&amp;")
            parts.append(f"<b>[{j + 1}]</b> " if j == k else f'<a href="{h}">{j + 1}</a> ')
        if k < len(self.pages) - 1:
            h = f"{LISTING}&startrow={(k + 1) * PER_PAGE + 1}".replace("&", "&amp;")
            parts.append(f'<a href="{h}">ถัดไป &raquo;</a>')
        return f'<div class="pager" align="center">{"".join(parts)}</div>'

    def listing(self, k):
        rows = [self.row(a.title, a.path, a, n) for n, a in enumerate(self.pages[k])]
        if k == 1:
            fake = self.pages[1][4]
            rows.insert(
                5,
                self.row(
                    "ประชาสัมพันธ์การรับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) เพิ่มเติม",
                    self.deleted,
                    fake,
                    5,
                ),
            )
        content = f"""<table width="100%" class="content-box"><tr><td class="content-head"><img src="/images/icon_news.gif" alt=""> ข่าวประชาสัมพันธ์</td></tr>
<tr><td><table width="100%" cellspacing="0" cellpadding="4" class="newslist">
{"".join(rows)}</table>
{self.pager(k)}
<div class="small" align="right">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ</div></td></tr></table>"""
        return self.shell("news.list", content)

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 3) : i + 4] if x is not a][:5]

    def detail_table(self, title, date_row, views, body, extra):
        return f"""<table width="100%" class="content-box"><tr><td class="content-head"><img src="/images/icon_news.gif" alt=""> ข่าวประชาสัมพันธ์</td></tr>
<tr><td class="tools" align="right"><a href="javascript:window.print();"><img src="/images/print.gif" alt=""> พิมพ์หน้านี้</a> | <a href="javascript:void(0);" onclick="sendFriend();"><img src="/images/mail.gif" alt=""> ส่งต่อเพื่อน</a> | ขนาดตัวอักษร <a href="javascript:fsize(-1)">ก-</a> <a href="javascript:fsize(0)">ก</a> <a href="javascript:fsize(1)">ก+</a> | แบ่งปัน <a href="https://social-plugins.line.me/lineit/share?url=" target="_blank"><img src="/images/line.png" alt="LINE"></a> <a href="https://www.facebook.com/sharer/sharer.php?u=" target="_blank"><img src="/images/fb.png" alt="Facebook"></a></td></tr>
<tr><td><table width="100%" cellpadding="5" class="news-detail">
<tr><td class="newsTopic" colspan="3"><b>{title}</b></td></tr>
<tr class="newsInfo">{date_row}<td class="small" align="right">ผู้อ่าน : {views} ครั้ง</td></tr>
<tr><td colspan="3" class="newsBody" id="fontzone">{body}</td></tr>
</table>{extra}</td></tr></table>"""

    def detail(self, a):
        cells = f'<td class="small">ลงข่าว : {tdate(a.published)}</td>'
        if a.time_printed:
            cells += f'<td class="small">เวลา {ttime(a.published)}</td>'
        else:
            cells += '<td class="small">&nbsp;</td>'
        mod = ""
        if a.modified:
            mod = f'<div class="small modified" align="right">แก้ไขล่าสุด : {tdate(a.modified)} {ttime(a.modified)}</div>'
        body = ""
        if a.extra["image"]:
            body += f'<div align="center"><img src="/userfiles/news/{be(a.published)}/img{a.id}_1.jpg" width="500" border="0" alt=""></div><br>'
        body += "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p align="right"><b>{a.extra["label"]} : </b>{esc(a.source)}</p>'
        extra = mod
        if a.extra["file"]:
            extra += f'<div class="attach"><b>ไฟล์แนบ :</b> <a href="/userfiles/files/news{a.id}.pdf" target="_blank"><img src="/images/pdf.gif" alt=""> news{a.id}.pdf</a> <span class="small">(ดาวน์โหลด {thai_digits(9 + a.id % 50)} ครั้ง)</span></div>'
        if a.tags:
            extra += (
                '<div class="keywords"><b>คำค้น :</b> '
                + ", ".join(
                    f'<a href="/index.cfm?fuseaction=news.search&amp;kw={esc(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<table width="100%" class="prevnext"><tr>'
        nav += (
            f'<td width="50%">&laquo; ข่าวก่อนหน้า : <a href="{older.path.replace("&", "&amp;")}">{esc(older.title)}</a></td>'
            if older
            else '<td width="50%">&nbsp;</td>'
        )
        nav += (
            f'<td width="50%" align="right">ข่าวถัดไป : <a href="{newer.path.replace("&", "&amp;")}">{esc(newer.title)}</a> &raquo;</td>'
            if newer
            else '<td width="50%">&nbsp;</td>'
        )
        nav += "</tr></table>"
        others = "".join(
            f'<tr><td><img src="/images/bullet_news.gif" alt=""> <a href="{o.path.replace("&", "&amp;")}">{esc(o.title)}</a></td><td class="small" width="80">{tdate(o.published)}</td><td class="small" width="70" align="right">อ่าน {thai_digits(f"{o.views:,}")}</td></tr>'
            for o in self.others(a)
        )
        extra += f"""{nav}
<table width="100%" class="others"><tr><td colspan="3" class="content-head">ข่าวอื่นๆ ในหมวดเดียวกัน</td></tr>{others}</table>
<div align="center"><a href="{LISTING}">&laquo; กลับหน้ารวมข่าว</a></div>"""
        content = self.detail_table(esc(a.title), cells, thai_digits(f"{a.views:,}"), body, extra)
        return self.shell("news.detail", content)

    def missing(self):
        content = self.detail_table(
            "",
            '<td class="small">ลงข่าว : </td><td class="small">&nbsp;</td>',
            "๐",
            '<p align="center"><font color="red">ไม่พบข้อมูลข่าวที่ท่านเรียก อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</font></p>',
            f'<div align="center"><a href="{LISTING}">&laquo; กลับหน้ารวมข่าว</a></div>',
        )
        return self.shell("news.detail", content)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/index.cfm"}, b""
        if path != "/index.cfm":
            return None
        fa = qs1(query, "fuseaction", "home.main")
        if fa == "news.list":
            sr = qs1(query, "startrow", "1")
            if not sr.isdigit() or (int(sr) - 1) % PER_PAGE:
                return None
            k = (int(sr) - 1) // PER_PAGE
            if k >= len(self.pages):
                return None
            return self.html_response(self.listing(k))
        if fa == "news.detail":
            nid = qs1(query, "newsID")
            if nid.isdigit() and int(nid) in self.by_id:
                return self.html_response(self.detail(self.by_id[int(nid)]))
            if nid.isdigit():
                return self.html_response(self.missing())
            return None
        if fa == "home.main":
            return self.html_response(self.listing(0))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                tdate(a.published),
                f"ผู้อ่าน : {thai_digits(f'{a.views:,}')} ครั้ง",
                "ลงข่าว :",
                "พิมพ์หน้านี้",
                "ส่งต่อเพื่อน",
                "ขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "กลับหน้ารวมข่าว",
                "คำค้น",
                "สถิติผู้เข้าชม",
                SITE_COUNTER,
                PDPA,
                "ถนนมหาวงศ์ ตำบลในเวียง",
                OFFICE_EN,
                "ร้องเรียน/ร้องทุกข์",
            ]
            if a.time_printed:
                must_not.append(ttime(a.published))
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            if a.extra["file"]:
                must_not += [f"news{a.id}.pdf", "ดาวน์โหลด"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = LuceeFuseboxSite()

if __name__ == "__main__":
    main(SITE)
