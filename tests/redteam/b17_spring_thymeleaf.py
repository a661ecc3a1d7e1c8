"""Blind-17 red-team site: a provincial e-Service portal in Java (Spring MVC + Thymeleaf +
Bootstrap 4), news module of a land office (สำนักงานที่ดินจังหวัด), built blind.

What it imitates:
- `/eservice/news/view?newsId=<id>` detail pages, the list `/eservice/news/list` with
  Spring Data paging rendered server-side as **next/previous only** ("หน้าถัดไป »",
  "« หน้าก่อนหน้า"; `?page=1&size=8`, zero-based), no page numbers, no DataTables;
- `<title>` "ระบบบริการอิเล็กทรอนิกส์ (e-Service) สำนักงานที่ดินจังหวัดขอนแก่น" on every page;
- the detail view reuses the edit form in read-only mode: every field is an
  `<input readonly value="...">` under a `<label>`, so **the headline, dates, counter and
  source exist only in attributes** (the headline is also the active breadcrumb item, the
  only place it is text): "หัวข้อข่าว", "วันที่ประกาศ" in Java's `th_TH_TH` locale
  ("๑๕/๐๒/๒๕๖๗ ๑๐:๓๐": **Thai digits, BE**, time only for items whose time was entered),
  "วันที่แก้ไข" for every item but "-" when never edited, "จำนวนผู้อ่าน (คน)" "๑,๒๓๔",
  "หน่วยงานเจ้าของข่าว" (**the source as a labelled field**, "-" when empty); only
  "รายละเอียด" is a `div.form-control-plaintext` holding the text;
- a file-download row, "พิมพ์" / "ส่งอีเมล" buttons, a login box in the sidebar, the
  Thymeleaf layout's footer with a hit counter;
- the deleted news id answers 200 with the same template and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main, thai_digits
from .b17_common import B9Site, build, commas, java_th_th, record

OFFICE = "สำนักงานที่ดินจังหวัดขอนแก่น"
TITLE = f"ระบบบริการอิเล็กทรอนิกส์ (e-Service) {OFFICE}"
SOURCES = ["ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดขอนแก่น", None, "สำนักงานที่ดินจังหวัดขอนแก่น สาขาชุมแพ", "ฝ่ายทะเบียน"]
DELETED = "/eservice/news/view?newsId=2050"


class SpringSite(B9Site):
    key = "b17_spring_thymeleaf"
    family = "generic"
    imitates = "Spring MVC + Thymeleaf e-Service: /eservice/news/view?newsId=<id>, list ?page=N&size=8 (zero-based, next/previous only), same <title>, a read-only form: headline, dates, counter and source only in <input readonly value> (headline also the active breadcrumb), '๑๕/๐๒/๒๕๖๗ ๑๐:๓๐' (th_TH_TH: Thai digits, BE; time only for some), 'วันที่แก้ไข' row always but '-' unless edited, 'จำนวนผู้อ่าน ๑,๒๓๔ คน', source as 'หน่วยงานเจ้าของข่าว' field; deleted = 'ไม่พบข้อมูล' (200)"
    listing_path = "/eservice/news/list"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 905, SOURCES, dt.datetime(2024, 10, 2, 16, 30), first_id=2051, step=1
        )
        for a in self.articles:
            a.path = f"/eservice/news/view?newsId={a.id}"
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?page={k}&size=8"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th" xmlns:th="http://www.thymeleaf.org">
<head>
<meta charset="UTF-8">
<meta name="_csrf" content="5b1f8a40-1d3e-4c8e-9a52-77c1d0e3b9f1"/>
<title>{TITLE}</title>
<link rel="stylesheet" href="/eservice/webjars/bootstrap/4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/eservice/css/main.css?v=1.4.2">
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><a class="navbar-brand" href="/eservice/">e-Service {OFFICE}</a><ul class="navbar-nav mr-auto"><li class="nav-item"><a class="nav-link" href="/eservice/">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="/eservice/news/list">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/eservice/queue">จองคิวออนไลน์</a></li><li class="nav-item"><a class="nav-link" href="/eservice/check-status">ตรวจสอบสถานะคำขอ</a></li></ul></nav>
<div class="container-fluid mt-3"><div class="row">
<div class="col-md-9">
{content}
</div>
<div class="col-md-3">
<div class="card mb-3"><div class="card-header">เข้าสู่ระบบ</div><div class="card-body"><form action="/eservice/login" method="post"><input type="hidden" name="_csrf" value="5b1f8a40-1d3e-4c8e-9a52-77c1d0e3b9f1"/><div class="form-group"><label>เลขประจำตัวประชาชน</label><input type="text" name="username" class="form-control"></div><div class="form-group"><label>รหัสผ่าน</label><input type="password" name="password" class="form-control"></div><button type="submit" class="btn btn-primary btn-block">เข้าสู่ระบบ</button><a href="/eservice/register">ลงทะเบียนผู้ใช้ใหม่</a></form></div></div>
<div class="card"><div class="card-header">ลิงก์หน่วยงาน</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="https://www.dol.go.th">กรมที่ดิน</a></li><li class="list-group-item"><a href="https://landsmaps.dol.go.th">LandsMaps</a></li></ul></div>
</div>
</div></div>
<footer class="bg-dark text-white-50 p-3 mt-4 small">{OFFICE} ศูนย์ราชการจังหวัดขอนแก่น ถนนศรีจันทร์ อำเภอเมืองขอนแก่น · จำนวนผู้เข้าใช้ระบบ 1,204,511 ครั้ง · เวอร์ชัน 2.3.1-RELEASE</footer>
<script src="/eservice/webjars/jquery/3.6.0/jquery.min.js"></script>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(
                self.row(
                    k * self.per_page + len(rows) + 1, a.path, a.title, a.published, a.time_printed
                )
            )
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        k * self.per_page + len(rows) + 1,
                        DELETED,
                        "ประกาศรังวัดออกโฉนดที่ดินเฉพาะราย อำเภอน้ำพอง",
                        dt.datetime(2024, 7, 9),
                        False,
                    )
                )
        n = len(self.pages)
        nav = []
        if k:
            nav.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_url(k - 1)}">« หน้าก่อนหน้า</a></li>'
            )
        if k < n - 1:
            nav.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_url(k + 1)}">หน้าถัดไป »</a></li>'
            )
        content = f"""<h4 class="border-bottom pb-2">ข่าวประชาสัมพันธ์</h4>
<table class="table table-striped table-sm"><thead class="thead-light"><tr><th style="width:60px">ลำดับ</th><th>หัวข้อข่าว</th><th style="width:150px">วันที่ประกาศ</th></tr></thead><tbody>{"".join(rows)}</tbody></table>
<ul class="pagination justify-content-end">{"".join(nav)}</ul>"""
        return self.shell(content)

    def row(self, no, path, title, d, tp):
        return f'<tr><td class="text-center">{thai_digits(no)}</td><td><a href="{esc(path)}">{esc(title)}</a></td><td>{java_th_th(d, False)}</td></tr>'

    def detail(self, a):
        mod = java_th_th(a.modified) if a.modified else "-"
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)

        def field(label, name, value, col=6):
            return f'''<div class="form-group col-md-{col}"><label for="{name}">{label}</label><input type="text" id="{name}" name="{name}" class="form-control" readonly="readonly" value="{esc(value)}"/></div>'''

        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/eservice/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/eservice/news/list">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li></ol></nav>
<div class="card"><div class="card-header bg-primary text-white">รายละเอียดข่าวประชาสัมพันธ์</div><div class="card-body">
<form id="newsForm" action="/eservice/news/save" method="post"><input type="hidden" name="newsId" value="{a.id}"/><input type="hidden" name="_csrf" value="5b1f8a40-1d3e-4c8e-9a52-77c1d0e3b9f1"/>
<div class="form-row">{field("หัวข้อข่าว", "newsTitle", a.title, 12)}</div>
<div class="form-row">{field("วันที่ประกาศ", "publishDate", java_th_th(a.published, a.time_printed), 4)}{field("วันที่แก้ไข", "updateDate", mod, 4)}{field("จำนวนผู้อ่าน (คน)", "readCount", thai_digits(commas(a.views)), 4)}</div>
<div class="form-row">{field("หน่วยงานเจ้าของข่าว", "ownerDept", a.source or "-", 12)}</div>
<div class="form-group"><label>รายละเอียด</label><div class="form-control-plaintext border rounded p-3 news-detail">{paras}</div></div>
<div class="form-group"><label>เอกสารแนบ</label><div><a href="/eservice/news/download?fileId={a.id}01"><i class="fa fa-file-pdf-o"></i> ดาวน์โหลดเอกสาร</a></div></div>
</form>
</div></div>
<div class="text-center mt-3"><a href="/eservice/news/print?newsId={a.id}" class="btn btn-outline-secondary btn-sm">พิมพ์</a> <a href="/eservice/news/mail?newsId={a.id}" class="btn btn-outline-secondary btn-sm">ส่งอีเมล</a> <a href="/eservice/news/list" class="btn btn-secondary btn-sm">ย้อนกลับ</a></div>"""
        return self.shell(content)

    def deleted(self):
        content = """<div class="alert alert-warning text-center">ไม่พบข้อมูล</div>
<div class="card"><div class="card-header bg-primary text-white">รายละเอียดข่าวประชาสัมพันธ์</div><div class="card-body"><form id="newsForm"><div class="form-row"><div class="form-group col-md-12"><label for="newsTitle">หัวข้อข่าว</label><input type="text" id="newsTitle" name="newsTitle" class="form-control" readonly="readonly" value=""/></div></div>
<div class="form-group"><label>รายละเอียด</label><div class="form-control-plaintext border rounded p-3 news-detail"></div></div></form></div></div>
<div class="text-center"><a href="/eservice/news/list" class="btn btn-secondary btn-sm">ย้อนกลับ</a></div>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "หัวข้อข่าว",
                "วันที่ประกาศ",
                "วันที่แก้ไข",
                "หน่วยงานเจ้าของข่าว",
                "จำนวนผู้อ่าน",
                "เอกสารแนบ",
                "ดาวน์โหลดเอกสาร",
                "ส่งอีเมล",
                "ย้อนกลับ",
                "เลขประจำตัวประชาชน",
                "ลงทะเบียนผู้ใช้ใหม่",
                "จำนวนผู้เข้าใช้ระบบ",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = SpringSite()

if __name__ == "__main__":
    main(SITE)
