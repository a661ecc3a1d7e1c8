"""Blind-42 red-team site (part C): **a Thai sub-district administrative organisation (อบต.)
portal on the common local-government hosting template built on Zend Framework 1**, built blind.

What it imitates:
- Zend-style path parameters: the list `/public/list/data/index/menu/1557` and
  `/public/list/data/index/menu/1557/page/N` (1-based, path segment, no query), details
  `/public/list/data/detail/id/<id>/menu/1557/page/<listing page>`;
- `<title>` = the organisation's name on every page, `h1` = the organisation banner, `h2` =
  the menu name "ข่าวประชาสัมพันธ์"; **the headline only in `div.content-topic`**;
- a detail info table: "วันที่" in Thai digits with the Thai month abbreviation and BE year
  ("๕ มี.ค. ๒๕๖๗") in one cell, "เวลา ๑๔:๒๐ น." in ANOTHER row (some), "ผู้โพสต์" (a login
  name), "อ่าน" "๑,๒๓๔ ครั้ง" (Thai digits, label and value in separate cells), "แก้ไขล่าสุด"
  row only on edited items (Thai digits, with time); no machine dates;
- the body in `div.content-detail` with `<br />`-separated lines; "ข่าว/ภาพ : <office>" line
  at the end (some); photo gallery and "เอกสารแนบ" inside the same container (some);
  AddThis-like share bar, print, font size; "ข่าวอื่นๆ ในหมวดเดียวกัน"; "กลับหน้ารายการ";
  left menu, site counter "สถิติผู้เข้าชม", ITA / e-Service banners, footer;
Deleted: `/public/list/data/detail/id/3071/menu/1557/page/2` — the detail template with an
empty topic and "ไม่พบข้อมูลที่ท่านต้องการ".
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

ORG = "องค์การบริหารส่วนตำบลบ้านกลาง"
MENU = 1557
LIST = f"/public/list/data/index/menu/{MENU}"
PER_PAGE = 10
SOURCES = [None, "สำนักปลัด อบต.บ้านกลาง", None, "กองสาธารณสุขและสิ่งแวดล้อม", "กองการศึกษา"]
POSTERS = ["admin_bk", "pr01", "somchai.k"]
DELETED = f"/public/list/data/detail/id/3071/menu/{MENU}/page/2"
COUNTER = "ผู้เข้าชมทั้งหมด ๓๘๒,๑๕๔ คน"
FOOTER = "องค์การบริหารส่วนตำบลบ้านกลาง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
NOT_FOUND = "ไม่พบข้อมูลที่ท่านต้องการ"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


def tcount(n: int) -> str:
    return thai_digits(f"{n:,}")


class SaoSite(BaseSite):
    key = "b42_sao_zendlist"
    family = "generic"
    imitates = "Thai sub-district administrative organisation (อบต.) portal on the common Zend Framework 1 local-government hosting template: path-parameter URLs /public/list/data/index/menu/1557/page/N and /public/list/data/detail/id/N/menu/1557/page/K; title = organisation everywhere, h1 = banner, h2 = menu name, headline only in div.content-topic; info table with Thai-digit date '๕ มี.ค. ๒๕๖๗' and the time 'เวลา ๑๔:๒๐ น.' in a separate row (some), 'ผู้โพสต์' login, 'อ่าน' / '๑,๒๓๔ ครั้ง' in separate cells, 'แก้ไขล่าสุด' only when edited; <br> body with 'ข่าว/ภาพ :' line (some), gallery and attachments inside; share, print, font size; other news in category; left menu, site counter, banners; deleted = empty detail template 'ไม่พบข้อมูลที่ท่านต้องการ'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 7, 18, 16, 0, tzinfo=TZ), offset=5123
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        self.pages = paginate(arts, PER_PAGE)
        for k, page in enumerate(self.pages):
            for a in page:
                i = arts.index(a)
                a.id = 3120 - i * 2
                a.path = f"/public/list/data/detail/id/{a.id}/menu/{MENU}/page/{k + 1}"
                a.source = SOURCES[i % len(SOURCES)]
                a.tags = []
                a.extra["poster"] = POSTERS[i % len(POSTERS)]
                a.extra["gallery"] = i % 4 == 1
                a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert DELETED not in self.by_path and len(self.pages) == 3

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}/page/{k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{ORG}</title>
<meta name="keywords" content="{ORG}, อบต.บ้านกลาง, ลำพูน" />
<meta name="description" content="เว็บไซต์{ORG}" />
<link href="/public/css/template/style.css" rel="stylesheet" type="text/css" />
<link href="/public/js/jquery/fancybox/jquery.fancybox.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/public/js/jquery/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="/public/js/jquery/fancybox/jquery.fancybox.pack.js"></script>
<script type="text/javascript" src="/public/js/fontsize.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><div class="logo"><img src="/public/images/template/logo.png" alt="" /></div><h1 class="site-name">{ORG}</h1><div class="slogan">อำเภอเมืองลำพูน จังหวัดลำพูน</div></div>
<div id="topmenu"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/public/list/data/index/menu/1544">ข้อมูลทั่วไป</a></li><li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li><a href="/public/list/data/index/menu/1560">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/public/contact/data/index/menu/1570">ติดต่อเรา</a></li></ul></div>
<table width="100%" border="0" cellspacing="0" cellpadding="0" id="main"><tr>
<td id="left" valign="top" width="220">
<div class="box-menu"><div class="box-title">เมนูหลัก</div><ul><li><a href="/public/list/data/index/menu/1544">ประวัติความเป็นมา</a></li><li><a href="/public/list/data/index/menu/1545">วิสัยทัศน์ / พันธกิจ</a></li><li><a href="/public/personnel/data/index/menu/1546">บุคลากร</a></li><li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li><a href="/public/list/data/index/menu/1558">กิจกรรม</a></li><li><a href="/public/list/data/index/menu/1561">ITA</a></li></ul></div>
<div class="box-banner"><a href="/public/list/data/index/menu/1561"><img src="/public/images/banner/ita.jpg" alt="ITA" /></a><a href="/public/eservice/data/index/menu/1590"><img src="/public/images/banner/eservice.jpg" alt="e-Service" /></a></div>
<div class="box-stat"><div class="box-title">สถิติผู้เข้าชม</div><p>{COUNTER}</p><p>ออนไลน์ ๓ คน</p></div>
</td>
<td id="content" valign="top">
<div class="content-header"><h2>ข่าวประชาสัมพันธ์</h2><div class="font-size">ขนาดตัวอักษร <a href="javascript:void(0)" class="decreaseFont">ก-</a> <a href="javascript:void(0)" class="resetFont">ก</a> <a href="javascript:void(0)" class="increaseFont">ก+</a></div></div>
<div class="navpath"><a href="/">หน้าหลัก</a> &raquo; <a href="{LIST}">ข่าวประชาสัมพันธ์</a></div>
{content}
</td></tr></table>
<div id="footer"><p>{FOOTER}</p><p>โทรศัพท์ ๐-๕๓๕๓-๗๑๒๔ โทรสาร ๐-๕๓๕๓-๗๑๒๕ อีเมล saraban@banklang.go.th</p><p>Copyright &copy; 2024 All rights reserved.</p></div>
</div>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        items = list(self.pages[k])
        if k == 1:
            items.insert(4, None)
        for n, a in enumerate(items):
            if a is None:
                rows.append(
                    f'<tr class="row{n % 2}"><td class="list-title"><img src="/public/images/template/bullet.gif" alt="" /> <a href="{DELETED}">ประชาสัมพันธ์การรับสมัครพนักงานจ้าง</a></td><td class="list-date" align="center">{tdate(self.pages[1][3].published)}</td><td class="list-view" align="center">{tcount(4)}</td></tr>'
                )
                continue
            new = (
                ' <img src="/public/images/template/new.gif" alt="ใหม่" />'
                if k == 0 and n < 3
                else ""
            )
            rows.append(
                f'<tr class="row{n % 2}"><td class="list-title"><img src="/public/images/template/bullet.gif" alt="" /> <a href="{a.path}">{esc(a.title)}</a>{new}</td><td class="list-date" align="center">{tdate(a.published)}</td><td class="list-view" align="center">{tcount(a.views)}</td></tr>'
            )
        total = len(self.pages)
        links = []
        if k > 0:
            links.append(f'<a href="{self.page_url(0)}" class="first">&laquo;</a>')
            links.append(f'<a href="{self.page_url(k - 1)}" class="prev">&lsaquo;</a>')
        for j in range(total):
            if j == k:
                links.append(f'<span class="current">{j + 1}</span>')
            else:
                links.append(f'<a href="{self.page_url(j)}">{j + 1}</a>')
        if k < total - 1:
            links.append(f'<a href="{self.page_url(k + 1)}" class="next">&rsaquo;</a>')
            links.append(f'<a href="{self.page_url(total - 1)}" class="last">&raquo;</a>')
        count = len(self.articles) + 1
        content = f"""<table class="list-table" width="100%" cellspacing="0" cellpadding="4">
<tr class="list-head"><th>เรื่อง</th><th width="110">วันที่</th><th width="60">อ่าน</th></tr>
{"".join(rows)}
</table>
<div class="paginationControl">ทั้งหมด {thai_digits(count)} รายการ หน้า {thai_digits(k + 1)}/{thai_digits(total)} : {" ".join(links)}</div>"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]] or self.articles[1:6]

    def detail(self, a):
        d = a.published
        rows = [f'<tr><td class="label" width="90">วันที่</td><td>{tdate(d)}</td></tr>']
        if a.time_printed:
            rows.append(f'<tr><td class="label">เวลา</td><td>{ttime(d)}</td></tr>')
        rows.append(f'<tr><td class="label">ผู้โพสต์</td><td>{a.extra["poster"]}</td></tr>')
        rows.append(f'<tr><td class="label">อ่าน</td><td>{tcount(a.views)} ครั้ง</td></tr>')
        if a.modified:
            rows.append(
                f'<tr><td class="label">แก้ไขล่าสุด</td><td>{tdate(a.modified)} {ttime(a.modified)}</td></tr>'
            )
        lines = "<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}<br />" for p in a.paras)
        if a.source:
            lines += f"<br />\nข่าว/ภาพ : {esc(a.source)}"
        gallery = (
            '<div class="gallery"><div class="gallery-title">ภาพกิจกรรม</div>'
            + "".join(
                f'<a class="fancybox" rel="gallery" href="/public/upload/photo/{a.id}_{j}.jpg"><img src="/public/upload/photo/thumb/{a.id}_{j}.jpg" width="120" alt="" /></a>'
                for j in range(1, 5)
            )
            + "</div>"
            if a.extra["gallery"]
            else ""
        )
        files = (
            f'<div class="attach"><div class="attach-title">เอกสารแนบ</div><ul><li><img src="/public/images/icon/pdf.gif" alt="" /> <a href="/public/upload/file/{a.id}.pdf" target="_blank">ดาวน์โหลดเอกสาร ({thai_digits("1.2")} MB)</a></li></ul></div>'
            if a.extra["file"]
            else ""
        )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({tdate(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""<div class="content-box">
<div class="content-topic">{esc(a.title)}</div>
<table class="content-info" cellspacing="0" cellpadding="3">{"".join(rows)}</table>
<div class="tools"><a href="javascript:window.print()" class="print"><img src="/public/images/icon/print.gif" alt="" /> พิมพ์หน้านี้</a> <div class="addthis_toolbox addthis_default_style"><a class="addthis_button_facebook">แชร์ Facebook</a> <a class="addthis_button_line">แชร์ LINE</a> <a class="addthis_button_compact">แชร์</a></div></div>
<div class="content-detail">
{lines}
{gallery}
{files}
</div>
<div class="back"><a href="{self.page_url(int(a.path.rsplit("/", 1)[1]) - 1)}">&laquo; กลับหน้ารายการ</a></div>
</div>
<div class="other-news"><div class="other-title">ข่าวอื่นๆ ในหมวดเดียวกัน</div><ul>{others}</ul></div>"""
        return self.shell(content)

    def empty(self):
        content = f"""<div class="content-box">
<div class="content-topic"></div>
<table class="content-info" cellspacing="0" cellpadding="3"><tr><td class="label" width="90">วันที่</td><td></td></tr><tr><td class="label">อ่าน</td><td>{tcount(0)} ครั้ง</td></tr></table>
<div class="content-detail"><p align="center" class="notfound">{NOT_FOUND}</p></div>
<div class="back"><a href="{self.page_url(1)}">&laquo; กลับหน้ารายการ</a></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if raw_query:
            return None
        if path == LIST:
            return self.html_response(self.listing(0))
        if path.startswith(LIST + "/page/"):
            n = path.rsplit("/", 1)[1]
            if n.isdigit() and 2 <= int(n) <= len(self.pages):
                return self.html_response(self.listing(int(n) - 1))
            return None
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.empty())
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                tdate(a.published),
                "ผู้โพสต์",
                a.extra["poster"],
                f"{tcount(a.views)} ครั้ง",
                "พิมพ์หน้านี้",
                "แชร์ Facebook",
                "กลับหน้ารายการ",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ขนาดตัวอักษร",
                COUNTER,
                FOOTER,
                "สถิติผู้เข้าชม",
            ]
            if a.time_printed:
                must_not.append(ttime(a.published))
            if a.modified:
                must_not += ["แก้ไขล่าสุด", tdate(a.modified) + " " + ttime(a.modified)]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", "ดาวน์โหลดเอกสาร"]
            must_not += [x.title for x in self.others(a)]
            out.append(
                expected_record(a, modified=True, modified_time=True, tags=False, must_not=must_not)
            )
        return out


SITE = SaoSite()

if __name__ == "__main__":
    main(SITE)
