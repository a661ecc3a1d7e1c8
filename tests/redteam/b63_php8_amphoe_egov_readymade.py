"""Blind-63 red-team site (part C): a district office (ที่ว่าการอำเภอเชียงคาน จังหวัดเลย-like,
2565-2567) on **a Thai vendor's ready-made e-government web package sold to district offices
and local administrations ("e-GovWeb Standard 5.2", plain PHP 8.1 + PDO, no framework, Bootstrap
5, Apache rewrite rules to `.html` paths)**, with the furniture such portals carry: a
font-size / contrast bar, the district chief's box, a sidebar of agency banner links, a visitor
counter in Thai digits, a PDPA cookie bar, LINE / Facebook share buttons. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool: nothing vendor-specific is public (these packages are sold,
not published); the markup is from memory of such portals: Bootstrap 5 breadcrumbs and
pagination (`ul.pagination` with "หน้าแรก" / "หน้าสุดท้าย"), Bootstrap Icons, Fancybox
galleries, CKEditor 4 paragraphs (`&nbsp;`-indented, `text-align: justify`). No one's code or
text was copied.

What it imitates (an everyday archive; one quirk):
- one listing "ข่าวประชาสัมพันธ์" `/news/list-1.html`, `/news/list-1-page-N.html`, 9 a page,
  rows with a thumbnail, the title, a badge of the module ("ข่าวประชาสัมพันธ์" or
  "ข่าวกิจกรรม"), "๑๕ มี.ค. ๖๗" (Thai digits, abbreviated month, two-digit BE year) and reads;
- details `/news/detail-<id>.html`: breadcrumb (title cut at 60), `h3.news-title`, a meta row
  "วันศุกร์ที่ ๑๕ มีนาคม ๒๕๖๗" (weekday, full month, BE, Thai digits) with "เวลา ๑๔.๒๐ น." where
  the editor filled the time (not on the items imported from the old site), "เข้าชม ๑,๒๓๔ ครั้ง"
  (not on imported items: the old counter was not carried over), "โพสต์โดย : login";
  "แก้ไขล่าสุด : ๒๐/๐๓/๒๕๖๗ ๑๐:๑๕ น." on edited items; CKEditor paragraphs; the editors' source
  line ("ที่มา :", "ข่าว :", "ข่าว/ภาพ :", "เรียบเรียง :", a right-aligned office line, or none);
  "ภาพประกอบ" Fancybox thumbnails; "ไฟล์แนบ" list; "คำค้น :" chips on some; share bar; "ข่าวอื่นๆ"
  (titles, Thai-digit dates);
- **the quirk: items of the activity module ("ข่าวกิจกรรม", one in three) open in the module's
  own template `/activity/detail-<id>.html`: the photo album first (cover + thumbnails), then the
  heading "รายละเอียดกิจกรรม" and the text; the date line is "โพสต์เมื่อ ๑๕ มี.ค. ๒๕๖๗ เวลา ๑๔.๒๐ น."
  (abbreviated month, four-digit BE)**;
- deleted item (linked from page 2): `/news/detail-<id>.html`, 200 with the template and the
  alert "ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
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

OFFICE = "ที่ว่าการอำเภอเชียงคาน"
PROVINCE = "จังหวัดเลย"
PER = 9
SOURCES = [
    ("ข่าว/ภาพ", "ฝ่ายบริหารงานปกครอง อำเภอเชียงคาน"),
    ("ที่มา", "สำนักงานพัฒนาชุมชนอำเภอเชียงคาน"),
    None,
    ("ข่าว", "ศูนย์ดำรงธรรมอำเภอเชียงคาน"),
    ("signoff", "ที่ทำการปกครองอำเภอเชียงคาน จังหวัดเลย"),
    ("เรียบเรียง", "งานประชาสัมพันธ์ อำเภอเชียงคาน"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดเลย"),
]
POSTERS = ["admin", "pr_chiangkhan", "somsak.k", "pakamas"]
TAGS = ["อำเภอเชียงคาน", "นายอำเภอ", "บำบัดทุกข์บำรุงสุข", "ศูนย์ดำรงธรรม", "จังหวัดเลย"]
VIEWS = "เข้าชม"
SHARE = "แชร์ข่าวนี้"
COPY = "คัดลอกลิงก์"
PRINT = "พิมพ์หน้านี้"
GALLERY = "ภาพประกอบ"
ATTACH = "ไฟล์แนบ"
DOWNLOAD = "ดาวน์โหลด"
OTHER = "ข่าวอื่นๆ"
KEYWORDS = "คำค้น :"
POSTED_BY = "โพสต์โดย :"
EDITED = "แก้ไขล่าสุด :"
ACT_HEAD = "รายละเอียดกิจกรรม"
ACT_POSTED = "โพสต์เมื่อ"
LINKS = "ลิงก์หน่วยงาน"
STATS = "สถิติผู้เข้าชม"
CHIEF = "นายอำเภอเชียงคาน"
CHIEF_NAME = "นายวีระพงษ์ ศรีสุวรรณ"
FONT = "ขนาดตัวอักษร"
PDPA = (
    "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน "
    "ท่านสามารถอ่านรายละเอียดเพิ่มเติมได้ที่ นโยบายคุ้มครองข้อมูลส่วนบุคคล"
)
PDPA_BTN = "ยอมรับ"
FOOTER = "ที่ว่าการอำเภอเชียงคาน ถนนเชียงคาน-เลย ตำบลเชียงคาน อำเภอเชียงคาน จังหวัดเลย 42110"
PHONE = "โทรศัพท์ 0 4282 1101 โทรสาร 0 4282 1102"
VENDOR = "พัฒนาระบบโดย e-GovWeb Standard 5.2"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว"
MODULE_PR = "ข่าวประชาสัมพันธ์"
MODULE_ACT = "ข่าวกิจกรรม"
FILES = [
    ("คำสั่งอำเภอเชียงคาน เรื่อง แต่งตั้งคณะทำงาน.pdf", "245 KB"),
    ("กำหนดการ.pdf", "118 KB"),
    ("แบบฟอร์มลงทะเบียน.docx", "36 KB"),
]


def td(n) -> str:
    return thai_digits(n)


def full_date(d: dt.datetime) -> str:
    """'วันศุกร์ที่ ๑๕ มีนาคม ๒๕๖๗'"""
    return td(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def abbr2(d: dt.datetime) -> str:
    """'๑๕ มี.ค. ๖๗'"""
    return td(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def abbr4(d: dt.datetime) -> str:
    """'๑๕ มี.ค. ๒๕๖๗'"""
    return td(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def time_dot(d: dt.datetime) -> str:
    return td(f"{d.hour:02d}.{d.minute:02d}")


def numeric_edit(d: dt.datetime) -> str:
    return td(f"{d.day:02d}/{d.month:02d}/{d.year + 543} {d.hour:02d}:{d.minute:02d}")


class AmphoeSite(BaseSite):
    key = "b63_php8_amphoe_egov_readymade"
    family = "generic"
    imitates = (
        "district office (ที่ว่าการอำเภอ) portal on a Thai vendor's ready-made e-government "
        "package (plain PHP 8 + Bootstrap 5, .html rewrites): Thai-digit dates, visitor counter, "
        "agency-link sidebar; activity items open in the module's gallery-first template"
    )
    listing_path = "/news/list-1.html"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 20, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            # the oldest third was imported from the previous site (2565-2566)
            if i >= 16:
                shift = dt.timedelta(days=47 * (i - 15) + 180 + 5 * (i % 4))
                a.published -= shift
                if a.modified:
                    a.modified -= shift
            a.extra["imported"] = i >= 16
            a.id = 1874 - i * 2 - (1 if i % 5 == 2 else 0)
            a.extra["module"] = "act" if i % 3 == 1 else "pr"
            a.path = (
                f"/activity/detail-{a.id}.html"
                if a.extra["module"] == "act"
                else f"/news/detail-{a.id}.html"
            )
            if a.extra["imported"]:
                a.time_printed = False
                a.views = None
                a.modified = None
            else:
                a.time_printed = i % 4 != 3
                # edited on a later day only; same-day fixes are not printed by the package
                if a.modified and a.modified.date() == a.published.date():
                    a.modified = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)] if i % 4 == 0 else []
            a.extra["poster"] = POSTERS[0] if a.extra["imported"] else POSTERS[1 + i % 3]
            a.extra["gallery"] = a.extra["module"] == "pr" and i % 4 in (0, 2)
            a.extra["file"] = FILES[i % 3] if i % 5 == 1 else None
            a.extra["old_markup"] = a.extra["imported"]
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        self.deleted_id = self.pages[1][3].id + 1
        assert self.deleted_id not in {a.id for a in arts}

    # ------------------------------------------------------------------ paths
    @staticmethod
    def list_url(n: int) -> str:
        return "/news/list-1.html" if n == 1 else f"/news/list-1-page-{n}.html"

    def listing_pages(self):
        return [self.list_url(n) for n in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/detail-{self.deleted_id}.html"]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 4, 7, 9)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", crumb=""):
        links = "".join(
            f'<div class="banner-link mb-2"><a href="{u}" target="_blank" rel="noopener"><img src="/upload/banner/{k}.png" class="img-fluid" alt="{esc(n)}"></a></div>'
            for k, (n, u) in enumerate(
                [
                    ("กรมการปกครอง", "https://www.dopa.go.th/"),
                    ("จังหวัดเลย", "https://www.loei.go.th/"),
                    ("ศูนย์ดำรงธรรมจังหวัดเลย", "https://www.damrongdhama.moi.go.th/"),
                    ("ศูนย์ข้อมูลข่าวสารอิเล็กทรอนิกส์ของราชการ", "https://www.oic.go.th/"),
                    ("กระทรวงมหาดไทย", "https://www.moi.go.th/"),
                ],
                start=1,
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="e-GovWeb Standard 5.2">
<title>{esc(title)}</title>
<link rel="icon" href="/upload/logo/favicon.ico">
<link href="/assets/vendor/bootstrap-5.2.3/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/vendor/bootstrap-icons/font/bootstrap-icons.css" rel="stylesheet">
<link href="/assets/vendor/fancybox/fancybox.css" rel="stylesheet">
<link href="/template/egov5/css/style.css?v=5.2.8" rel="stylesheet">
<link href="/template/egov5/css/theme-green.css?v=5.2.8" rel="stylesheet">
{head}
</head>
<body>
<div class="topbar bg-dark text-white small py-1"><div class="container d-flex justify-content-between">
<div><i class="bi bi-telephone"></i> {PHONE}</div>
<div class="tools"><span>{FONT}</span> <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-up">ก+</a> | <a href="#" class="contrast">ความคมชัด</a> | <a href="/sitemap.html">แผนผังเว็บไซต์</a></div>
</div></div>
<header class="site-header"><div class="container d-flex align-items-center py-2">
<a href="/" class="logo"><img src="/upload/logo/logo-dopa.png" alt="ตรากรมการปกครอง" height="80"></a>
<div class="site-name ms-3"><div class="name-th">{OFFICE}</div><div class="name-en">Chiang Khan District Office, {PROVINCE}</div></div>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success main-menu"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainmenu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainmenu"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">ข้อมูลหน่วยงาน</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/page/history.html">ประวัติอำเภอ</a></li><li><a class="dropdown-item" href="/page/structure.html">โครงสร้างหน่วยงาน</a></li><li><a class="dropdown-item" href="/page/executive.html">ทำเนียบผู้บริหาร</a></li></ul></li>
<li class="nav-item"><a class="nav-link active" href="/news/list-1.html">{MODULE_PR}</a></li>
<li class="nav-item"><a class="nav-link" href="/activity/list-2.html">{MODULE_ACT}</a></li>
<li class="nav-item"><a class="nav-link" href="/procurement/list-3.html">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item"><a class="nav-link" href="/ita.html">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="/complaint.html">ร้องเรียน/ร้องทุกข์</a></li>
<li class="nav-item"><a class="nav-link" href="/contact.html">ติดต่อเรา</a></li>
</ul></div></div></nav>
{crumb}
<main class="container my-4"><div class="row">
<div class="col-lg-9">
{content}
</div>
<aside class="col-lg-3 sidebar">
<div class="card mb-3 chief-box text-center"><div class="card-body"><img src="/upload/executive/chief.jpg" class="img-fluid rounded mb-2" alt="{CHIEF_NAME}"><div class="fw-bold">{CHIEF_NAME}</div><div class="small">{CHIEF}</div></div></div>
<div class="card mb-3"><div class="card-header bg-success text-white"><i class="bi bi-link-45deg"></i> {LINKS}</div><div class="card-body">{links}</div></div>
<div class="card mb-3 counter-box"><div class="card-header bg-success text-white"><i class="bi bi-bar-chart"></i> {STATS}</div><ul class="list-group list-group-flush small">
<li class="list-group-item d-flex justify-content-between"><span>วันนี้</span><span>{td("๑๒๗")}</span></li>
<li class="list-group-item d-flex justify-content-between"><span>เมื่อวาน</span><span>{td("๒๑๔")}</span></li>
<li class="list-group-item d-flex justify-content-between"><span>เดือนนี้</span><span>{td("4,806")}</span></li>
<li class="list-group-item d-flex justify-content-between"><span>ทั้งหมด</span><span>{td("388,152")}</span></li>
</ul><div class="card-footer small text-muted">เริ่มนับ {td("1 ตุลาคม 2565")}</div></div>
</aside>
</div></main>
<footer class="site-footer bg-dark text-white pt-4 pb-2"><div class="container">
<div class="row"><div class="col-md-8"><div class="fw-bold">{OFFICE} {PROVINCE}</div><div>{FOOTER}</div><div>{PHONE}</div><div>อีเมล : saraban_chiangkhan@dopa.go.th</div></div>
<div class="col-md-4 text-md-end small"><a href="/privacy.html" class="text-white">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/policy.html" class="text-white">นโยบายเว็บไซต์</a></div></div>
<hr><div class="text-center small">Copyright © {td("2567")} {OFFICE} สงวนลิขสิทธิ์ | {VENDOR}</div>
</div></footer>
<div id="cookie-consent" class="cookie-consent fixed-bottom bg-white border-top shadow p-3" style="display:none"><div class="container d-flex align-items-center justify-content-between"><div class="small">{PDPA}</div><button type="button" class="btn btn-success btn-sm ms-3" id="btn-accept-cookie">{PDPA_BTN}</button></div></div>
<script src="/assets/vendor/jquery/jquery-3.6.4.min.js"></script>
<script src="/assets/vendor/bootstrap-5.2.3/js/bootstrap.bundle.min.js"></script>
<script src="/assets/vendor/fancybox/fancybox.umd.js"></script>
<script src="/template/egov5/js/main.js?v=5.2.8"></script>
</body>
</html>
"""

    def crumb(self, *items):
        lis = [
            '<li class="breadcrumb-item"><a href="/"><i class="bi bi-house-door"></i> หน้าหลัก</a></li>'
        ]
        for text, href in items:
            if href:
                lis.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(text)}</a></li>')
            else:
                lis.append(
                    f'<li class="breadcrumb-item active" aria-current="page">{esc(text)}</li>'
                )
        return (
            '<div class="bg-light border-bottom"><div class="container"><nav aria-label="breadcrumb">'
            f'<ol class="breadcrumb mb-0 py-2">{"".join(lis)}</ol></nav></div></div>'
        )

    # ------------------------------------------------------------------ listing
    def row(self, a):
        module = MODULE_ACT if a.extra["module"] == "act" else MODULE_PR
        badge = "bg-warning text-dark" if a.extra["module"] == "act" else "bg-success"
        reads = (
            f'<span class="ms-3"><i class="bi bi-eye"></i> {td(f"{a.views:,}")}</span>'
            if a.views is not None
            else ""
        )
        return f"""<div class="news-item row g-3 py-3 border-bottom">
<div class="col-md-3"><a href="{a.path}"><img src="/upload/news/{a.published:%Y%m}/thumb_{a.id}.jpg" class="img-fluid rounded" alt="{esc(a.title)}"></a></div>
<div class="col-md-9"><span class="badge {badge} mb-1">{module}</span>
<h5 class="news-item-title"><a href="{a.path}">{esc(a.title)}</a></h5>
<div class="small text-muted"><i class="bi bi-calendar3"></i> {abbr2(a.published)}{reads}</div></div>
</div>"""

    def deleted_row(self):
        d = self.pages[1][3].published + dt.timedelta(hours=2)
        href = self.deleted_paths()[0]
        return f"""<div class="news-item row g-3 py-3 border-bottom">
<div class="col-md-3"><a href="{href}"><img src="/upload/news/{d:%Y%m}/thumb_{self.deleted_id}.jpg" class="img-fluid rounded" alt="ประชาสัมพันธ์รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างเหมาบริการ"></a></div>
<div class="col-md-9"><span class="badge bg-success mb-1">{MODULE_PR}</span>
<h5 class="news-item-title"><a href="{href}">ประชาสัมพันธ์รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างเหมาบริการ</a></h5>
<div class="small text-muted"><i class="bi bi-calendar3"></i> {abbr2(d)}<span class="ms-3"><i class="bi bi-eye"></i> {td("58")}</span></div></div>
</div>"""

    def pager(self, n):
        total = len(self.pages)
        items = []

        def li(label, k, active=False, disabled=False):
            if disabled:
                return f'<li class="page-item disabled"><span class="page-link">{label}</span></li>'
            if active:
                return f'<li class="page-item active" aria-current="page"><span class="page-link">{label}</span></li>'
            return f'<li class="page-item"><a class="page-link" href="{self.list_url(k)}">{label}</a></li>'

        items.append(li("หน้าแรก", 1, disabled=n == 1))
        items.append(li("&laquo;", n - 1, disabled=n == 1))
        for k in range(1, total + 1):
            items.append(li(str(k), k, active=k == n))
        items.append(li("&raquo;", n + 1, disabled=n == total))
        items.append(li("หน้าสุดท้าย", total, disabled=n == total))
        count = len(self.articles) + 1
        return (
            f'<div class="d-flex justify-content-between align-items-center mt-3"><div class="small text-muted">ทั้งหมด {td(count)} รายการ ({td(total)} หน้า)</div>'
            f'<nav aria-label="Page navigation"><ul class="pagination pagination-sm mb-0">{"".join(items)}</ul></nav></div>'
        )

    def render_list(self, n):
        rows = [self.row(a) for a in self.pages[n - 1]]
        if n == 2:
            rows.insert(4, self.deleted_row())
        content = f"""<div class="section-title d-flex align-items-center mb-2"><h2 class="h4 mb-0"><i class="bi bi-megaphone"></i> {MODULE_PR}</h2></div>
<form class="row g-2 mb-2" method="get" action="/news/search.html"><div class="col-auto"><input type="text" name="q" class="form-control form-control-sm" placeholder="ค้นหาข่าว"></div><div class="col-auto"><button class="btn btn-success btn-sm" type="submit"><i class="bi bi-search"></i> ค้นหา</button></div></form>
<div class="news-list">
{chr(10).join(rows)}
</div>
{self.pager(n)}"""
        return self.html_response(
            self.shell(
                f"{MODULE_PR} - {OFFICE} {PROVINCE}",
                content,
                crumb=self.crumb((MODULE_PR, None)),
            )
        )

    # ------------------------------------------------------------------ detail pieces
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p style="text-align: right;">{esc(a.source)}</p>'
        if a.extra["label"] == "ข่าว/ภาพ":
            return f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>"
        return f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>"

    def text_html(self, a):
        if a.extra["old_markup"]:
            # the importer put the old site's text in one div, paragraphs split by <br>
            inner = "<br />\n<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras)
            src = self.source_html(a)
            return f'<div style="text-align: justify;">{inner}</div>\n{src}'
        out = [
            f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
            for p in a.paras
        ]
        src = self.source_html(a)
        if src:
            out.append(src)
        return "\n".join(out)

    def gallery_html(self, a, count=6, head=True):
        thumbs = "".join(
            f'<div class="col-4 col-md-2"><a href="/upload/gallery/{a.id}/{k}.jpg" data-fancybox="gallery-{a.id}"><img src="/upload/gallery/{a.id}/thumb_{k}.jpg" class="img-fluid rounded" alt="{esc(a.title[:40])}"></a></div>'
            for k in range(1, count + 1)
        )
        h = (
            f'<h5 class="detail-subhead"><i class="bi bi-images"></i> {GALLERY}</h5>'
            if head
            else ""
        )
        return f'<div class="news-gallery mt-3">{h}<div class="row g-2">{thumbs}</div></div>'

    def file_html(self, a):
        name, size = a.extra["file"]
        ext = name.rsplit(".", 1)[1].upper()
        return (
            f'<div class="news-attach mt-3"><h5 class="detail-subhead"><i class="bi bi-paperclip"></i> {ATTACH}</h5>'
            f'<ul class="list-unstyled"><li><i class="bi bi-file-earmark-text"></i> <a href="/upload/files/{a.id}/{quote(name)}" target="_blank">{esc(name)}</a> '
            f'<span class="text-muted small">({ext}, {size})</span> <a class="btn btn-outline-success btn-sm" href="/upload/files/{a.id}/{quote(name)}" download>{DOWNLOAD}</a></li></ul></div>'
        )

    def tags_html(self, a):
        if not a.tags:
            return ""
        chips = " ".join(
            f'<a href="/news/search.html?tag={quote(t)}" class="badge rounded-pill bg-light text-dark border">{esc(t)}</a>'
            for t in a.tags
        )
        return f'<div class="news-tags mt-3"><span class="fw-bold">{KEYWORDS}</span> {chips}</div>'

    def share_html(self, a, url):
        enc = quote(url, safe="")
        return (
            f'<div class="news-share mt-3 pt-2 border-top"><span class="me-2">{SHARE}</span>'
            f'<a class="btn btn-primary btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank"><i class="bi bi-facebook"></i> Facebook</a> '
            f'<a class="btn btn-success btn-sm" href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank"><i class="bi bi-line"></i> LINE</a> '
            f'<button type="button" class="btn btn-secondary btn-sm btn-copy" data-url="{url}"><i class="bi bi-link-45deg"></i> {COPY}</button> '
            f'<a class="btn btn-outline-secondary btn-sm" href="javascript:window.print()"><i class="bi bi-printer"></i> {PRINT}</a></div>'
        )

    def others_html(self, a):
        lis = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a> <span class="small text-muted">({abbr2(x.published)})</span></li>'
            for x in self.others(a)
        )
        return f'<div class="card mt-4"><div class="card-header fw-bold">{OTHER}</div><ul class="list-group list-group-flush">{lis}</ul></div>'

    # ------------------------------------------------------------------ detail
    def render_article(self, a, base):
        url = f"{base}{a.path}"
        d = a.published
        act = a.extra["module"] == "act"
        module = MODULE_ACT if act else MODULE_PR
        module_url = "/activity/list-2.html" if act else "/news/list-1.html"
        short = a.title if len(a.title) <= 60 else a.title[:60] + "..."
        views = (
            f'<span class="me-3"><i class="bi bi-eye"></i> {VIEWS} {td(f"{a.views:,}")} ครั้ง</span>'
            if a.views is not None
            else ""
        )
        poster = f'<span class="me-3"><i class="bi bi-person"></i> {POSTED_BY} {a.extra["poster"]}</span>'
        edited = (
            f'<div class="small text-muted mt-1"><i class="bi bi-pencil-square"></i> {EDITED} {numeric_edit(a.modified)} น.</div>'
            if a.modified
            else ""
        )
        if act:
            when = f"{ACT_POSTED} {abbr4(d)}" + (
                f" เวลา {time_dot(d)} น." if a.time_printed else ""
            )
            cover = f'<div class="activity-cover mb-2"><a href="/upload/activity/{a.id}/cover.jpg" data-fancybox="album-{a.id}"><img src="/upload/activity/{a.id}/cover.jpg" class="img-fluid w-100 rounded" alt="{esc(a.title[:40])}"></a></div>'
            thumbs = "".join(
                f'<div class="col-3"><a href="/upload/activity/{a.id}/{k}.jpg" data-fancybox="album-{a.id}"><img src="/upload/activity/{a.id}/thumb_{k}.jpg" class="img-fluid rounded" alt=""></a></div>'
                for k in range(1, 9)
            )
            body = f"""<div class="activity-detail">
<h3 class="activity-title">{esc(a.title)}</h3>
<div class="activity-meta small text-muted mb-3"><span class="me-3"><i class="bi bi-clock"></i> {when}</span>{views}{poster}</div>
{edited}
<div class="activity-album mb-3">{cover}<div class="row g-2">{thumbs}</div><div class="small text-muted mt-1">{td(9)} ภาพ</div></div>
<h5 class="detail-subhead"><i class="bi bi-card-text"></i> {ACT_HEAD}</h5>
<div class="activity-content">
{self.text_html(a)}
</div>
{self.file_html(a) if a.extra["file"] else ""}
{self.tags_html(a)}
{self.share_html(a, url)}
</div>"""
        else:
            when = full_date(d) + (f" เวลา {time_dot(d)} น." if a.time_printed else "")
            body = f"""<div class="news-detail">
<h3 class="news-title">{esc(a.title)}</h3>
<div class="news-meta small text-muted mb-3 pb-2 border-bottom"><span class="me-3"><i class="bi bi-calendar3"></i> {when}</span>{views}{poster}{edited}</div>
<div class="news-cover mb-3 text-center"><img src="/upload/news/{d:%Y%m}/{a.id}.jpg" class="img-fluid rounded" alt="{esc(a.title[:40])}"></div>
<div class="news-content">
{self.text_html(a)}
</div>
{self.gallery_html(a) if a.extra["gallery"] else ""}
{self.file_html(a) if a.extra["file"] else ""}
{self.tags_html(a)}
{self.share_html(a, url)}
</div>"""
        content = body + "\n" + self.others_html(a)
        head = f"""<meta name="description" content="{esc(a.paras[0][:150])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/upload/news/{d:%Y%m}/{a.id}.jpg">"""
        return self.html_response(
            self.shell(
                f"{a.title} - {OFFICE}",
                content,
                head=head,
                crumb=self.crumb((module, module_url), (short, None)),
            )
        )

    def render_deleted(self):
        content = f"""<div class="news-detail">
<div class="alert alert-warning text-center my-5" role="alert"><i class="bi bi-exclamation-triangle"></i> {NOT_FOUND}</div>
<div class="text-center"><a href="/news/list-1.html" class="btn btn-success btn-sm">กลับหน้ารวมข่าว</a></div>
</div>"""
        return self.html_response(
            self.shell(
                f"{MODULE_PR} - {OFFICE}",
                content,
                crumb=self.crumb((MODULE_PR, "/news/list-1.html"), ("รายละเอียดข่าว", None)),
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php", "/index.html"):
            return 302, {"Location": f"{base}/news/list-1.html"}, b""
        m = re.fullmatch(r"/news/list-1(?:-page-(\d+))?\.html", path)
        if m:
            n = int(m[1] or 1)
            if not 1 <= n <= len(self.pages):
                return None
            return self.with_php(self.render_list(n))
        if path == self.deleted_paths()[0]:
            return self.with_php(self.render_deleted())
        a = self.by_path.get(path)
        if a:
            return self.with_php(self.render_article(a, base))
        return None

    @staticmethod
    def with_php(res):
        status, headers, body = res
        headers = dict(headers)
        headers["X-Powered-By"] = "PHP/8.1.27"
        headers["Set-Cookie"] = "PHPSESSID=8d1f0c2b7a3e4f5a6b7c8d9e0f1a2b3c; path=/; HttpOnly"
        return status, headers, body

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                SHARE,
                COPY,
                PRINT,
                GALLERY,
                ATTACH,
                DOWNLOAD,
                OTHER,
                KEYWORDS,
                POSTED_BY,
                EDITED,
                ACT_HEAD,
                LINKS,
                STATS,
                CHIEF_NAME,
                FONT,
                PDPA,
                FOOTER,
                PHONE,
                VENDOR,
                "เริ่มนับ",
            ]
            if a.views is not None:
                must_not.append(f"{VIEWS} {td(f'{a.views:,}')} ครั้ง")
            if a.extra["file"]:
                must_not.append(a.extra["file"][0])
            must_not += [x.title for x in self.others(a)]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = AmphoeSite()

if __name__ == "__main__":
    main(SITE)
