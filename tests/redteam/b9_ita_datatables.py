"""Blind-9 red-team site: the "ข่าวประชาสัมพันธ์" module of an in-house Laravel e-Service /
ITA (integrity and transparency assessment) portal of a เทศบาลตำบล, built blind.

What it imitates:
- AdminLTE-like chrome: top bar with the office name, left sidebar menu of e-Service forms
  ("ยื่นคำร้องออนไลน์", "แจ้งเรื่องร้องเรียน", "ข้อมูลสาธารณะ OIT"), `<title>` "ระบบบริการ
  ประชาชน | office" on **every** page, `content-header` `h1` "ข่าวประชาสัมพันธ์" and a
  breadcrumb;
- the listing: a DataTables table (`table.dataTable`, "แสดง 10 รายการ", "ค้นหา:") with
  "ลำดับ / หัวข้อข่าว / วันที่ประกาศ / ผู้เข้าชม / จัดการ" and a "ดูรายละเอียด" button as the
  row's only link; the headline cell is plain text; dates "15/02/2567" (dd/mm/yyyy BE); the
  table is server-side: "แสดง 11 ถึง 20 จาก 23 รายการ" and a `dataTables_paginate` pager
  ("ก่อนหน้า", numbers, "ถัดไป") whose links are `?page=N`;
- the detail `/eservice/news/show/123`: a card "รายละเอียดข่าวประชาสัมพันธ์" holding a
  two-column `table.table-bordered` of labelled rows: "หัวข้อข่าว" (the headline in a `td`),
  "ประเภท", "วันที่ประกาศ" "15/02/2567 10:30:00 น." (BE, seconds, every item), "วันที่แก้ไข"
  (Laravel's `updated_at`, printed for every item; equal to the creation time when never
  edited), "รายละเอียด" (the text as `<p>` paragraphs, sometimes a "ที่มา : …" line),
  "ไฟล์แนบ" (a PDF link or "-"), "ผู้บันทึก", "จำนวนผู้เข้าชม" "1,234 ครั้ง"; then a
  "ย้อนกลับ" button and a "ข่าวประชาสัมพันธ์ล่าสุด" table of five other items;
- no tags;
- the deleted id answers 200 with the same card and every field empty, the date field showing
  the epoch "01/01/2513 07:00:00 น." (a null date formatted by the view).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b9_common import B9Site, build, dmy_be, record

OFFICE = "เทศบาลตำบลโนนสูง อำเภอโนนสูง จังหวัดนครราชสีมา"
SOURCES = ["กองสาธารณสุขและสิ่งแวดล้อม", None, None, "สำนักปลัดเทศบาล", None]
BASE = "/eservice/news"
DELETED_ID = 151
CATS = ["ข่าวประชาสัมพันธ์", "ข่าวกิจกรรม", "ประกาศเทศบาล"]
USERS = ["admin_pr", "นายสมพงษ์ ใจดี", "staff02"]


def stamp(d):
    return f"{dmy_be(d)} {d.hour:02d}:{d.minute:02d}:{d.second:02d} น."


class ItaSite(B9Site):
    key = "b9_ita_datatables"
    family = "generic"
    imitates = "in-house Laravel e-Service/ITA portal of a เทศบาลตำบล: same <title> everywhere, DataTables server-side listing (?page=N, 'แสดง 11 ถึง 20 จาก 23 รายการ') with plain-text headlines and a 'ดูรายละเอียด' button, detail as a labelled table (หัวข้อข่าว / ประเภท / วันที่ประกาศ 15/02/2567 10:30:00 น. / วันที่แก้ไข every item / รายละเอียด / ไฟล์แนบ / ผู้บันทึก / จำนวนผู้เข้าชม), latest-news table; deleted = empty card with epoch date"
    listing_path = BASE

    def __init__(self):
        self.articles = build(
            self.key, 23, 9, SOURCES, dt.datetime(2024, 3, 8, 16, 0), first_id=140, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = f"{BASE}/show/{a.id}"
            a.time_printed = True
            a.published = a.published.replace(second=(a.id * 7) % 60)
            a.modified = a.modified.replace(second=(a.id * 11) % 60) if a.modified else a.published
            a.tags = []
            a.extra["cat"] = CATS[i % 3]
            a.extra["user"] = USERS[i % 3]
        assert f"{BASE}/show/{DELETED_ID}" not in {a.path for a in self.articles}
        self.setup_routes()

    def page_url(self, k):
        return BASE if k == 0 else f"{BASE}?page={k + 1}"

    def deleted_paths(self):
        return [f"{BASE}/show/{DELETED_ID}"]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Qm7c0yXz1pLk9aJ2wV4sT6uB8nD3eF5gH7iK9lM1">
<title>ระบบบริการประชาชน | {OFFICE}</title>
<link rel="stylesheet" href="/plugins/fontawesome-free/css/all.min.css">
<link rel="stylesheet" href="/plugins/datatables-bs4/css/dataTables.bootstrap4.min.css">
<link rel="stylesheet" href="/dist/css/adminlte.min.css">
</head>
<body class="hold-transition sidebar-mini layout-fixed">
<div class="wrapper">
<nav class="main-header navbar navbar-expand navbar-white navbar-light">
  <ul class="navbar-nav"><li class="nav-item"><a class="nav-link" data-widget="pushmenu" href="#" role="button"><i class="fas fa-bars"></i></a></li>
  <li class="nav-item d-none d-sm-inline-block"><a href="/" class="nav-link">หน้าหลัก</a></li>
  <li class="nav-item d-none d-sm-inline-block"><a href="/contact" class="nav-link">ติดต่อเรา</a></li></ul>
  <ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="/login"><i class="fas fa-sign-in-alt"></i> เข้าสู่ระบบเจ้าหน้าที่</a></li></ul>
</nav>
<aside class="main-sidebar sidebar-dark-primary elevation-4">
  <a href="/" class="brand-link"><img src="/img/logo.png" alt="ตราสัญลักษณ์" class="brand-image img-circle elevation-3"><span class="brand-text font-weight-light">e-Service</span></a>
  <div class="sidebar"><nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column" data-widget="treeview" role="menu">
    <li class="nav-header">บริการประชาชน</li>
    <li class="nav-item"><a href="/eservice/request" class="nav-link"><i class="nav-icon fas fa-file-signature"></i><p>ยื่นคำร้องออนไลน์</p></a></li>
    <li class="nav-item"><a href="/eservice/complaint" class="nav-link"><i class="nav-icon fas fa-bullhorn"></i><p>แจ้งเรื่องร้องเรียน</p></a></li>
    <li class="nav-item"><a href="{BASE}" class="nav-link active"><i class="nav-icon fas fa-newspaper"></i><p>ข่าวประชาสัมพันธ์</p></a></li>
    <li class="nav-item"><a href="/ita/oit" class="nav-link"><i class="nav-icon fas fa-balance-scale"></i><p>ข้อมูลสาธารณะ OIT</p></a></li>
    <li class="nav-item"><a href="/eservice/satisfaction" class="nav-link"><i class="nav-icon fas fa-smile"></i><p>แบบประเมินความพึงพอใจ</p></a></li>
  </ul></nav></div>
</aside>
<div class="content-wrapper">
  <section class="content-header"><div class="container-fluid"><div class="row mb-2">
    <div class="col-sm-6"><h1>ข่าวประชาสัมพันธ์</h1></div>
    <div class="col-sm-6"><ol class="breadcrumb float-sm-right"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li></ol></div>
  </div></div></section>
  <section class="content"><div class="container-fluid">
{content}
  </div></section>
</div>
<footer class="main-footer"><strong>Copyright &copy; 2565-2567 <a href="/">{OFFICE}</a>.</strong> สงวนลิขสิทธิ์ <div class="float-right d-none d-sm-inline-block"><b>Version</b> 2.3.1</div></footer>
</div>
<script src="/plugins/jquery/jquery.min.js"></script>
<script src="/plugins/datatables/jquery.dataTables.min.js"></script>
<script>$(function(){{ $('#news-table').DataTable({{"paging": false, "searching": true, "info": false, "ordering": false, "language": {{"url": "/plugins/datatables/i18n/th.json"}}}}); }});</script>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        items = list(self.pages[k])
        start = sum(len(p) for p in self.pages[:k])
        for j, a in enumerate(items):
            rows.append(self.row(start + j + 1, a.title, a.published, a.views, a.path))
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        "",
                        "ขอเชิญชวนประชาชนร่วมแสดงความคิดเห็นต่อร่างข้อบัญญัติงบประมาณ",
                        dt.datetime(2024, 1, 30, 9, 0),
                        0,
                        self.deleted_paths()[0],
                    )
                )
        total = len(self.articles)
        pg = [
            f'<li class="paginate_button page-item previous{" disabled" if k == 0 else ""}" id="news-table_previous"><a href="{self.page_url(k - 1) if k else "#"}" class="page-link">ก่อนหน้า</a></li>'
        ]
        for n in range(len(self.pages)):
            pg.append(
                f'<li class="paginate_button page-item{" active" if n == k else ""}"><a href="{self.page_url(n)}" class="page-link">{n + 1}</a></li>'
            )
        last = k == len(self.pages) - 1
        pg.append(
            f'<li class="paginate_button page-item next{" disabled" if last else ""}" id="news-table_next"><a href="{"#" if last else self.page_url(k + 1)}" class="page-link">ถัดไป</a></li>'
        )
        content = f"""<div class="card card-primary card-outline">
<div class="card-header"><h3 class="card-title"><i class="fas fa-list"></i> รายการข่าวประชาสัมพันธ์</h3></div>
<div class="card-body">
<div id="news-table_wrapper" class="dataTables_wrapper dt-bootstrap4">
<div class="row"><div class="col-sm-12 col-md-6"><div class="dataTables_length" id="news-table_length"><label>แสดง <select name="news-table_length" class="custom-select custom-select-sm form-control form-control-sm"><option value="10">10</option></select> รายการ</label></div></div>
<div class="col-sm-12 col-md-6"><div id="news-table_filter" class="dataTables_filter"><label>ค้นหา:<input type="search" class="form-control form-control-sm" placeholder="" aria-controls="news-table"></label></div></div></div>
<table id="news-table" class="table table-bordered table-striped dataTable" role="grid">
<thead><tr role="row"><th style="width: 60px">ลำดับ</th><th>หัวข้อข่าว</th><th style="width: 110px">วันที่ประกาศ</th><th style="width: 90px">ผู้เข้าชม</th><th style="width: 120px">จัดการ</th></tr></thead>
<tbody>{"".join(rows)}</tbody>
</table>
<div class="row"><div class="col-sm-12 col-md-5"><div class="dataTables_info" id="news-table_info" role="status" aria-live="polite">แสดง {start + 1} ถึง {start + len(items)} จาก {total} รายการ</div></div>
<div class="col-sm-12 col-md-7"><div class="dataTables_paginate paging_simple_numbers" id="news-table_paginate"><ul class="pagination">{"".join(pg)}</ul></div></div></div>
</div>
</div>
</div>"""
        return self.shell(content)

    def row(self, no, title, d, views, path):
        return f"""<tr role="row" class="{"odd" if str(no)[-1:] in "13579" else "even"}"><td class="text-center">{no}</td><td>{esc(title)}</td><td class="text-center">{dmy_be(d)}</td><td class="text-center">{views:,}</td><td class="text-center"><a href="{path}" class="btn btn-info btn-sm"><i class="fas fa-eye"></i> ดูรายละเอียด</a></td></tr>"""

    def card(self, a_title, cat, pub, mod, body, attach, user, views, latest):
        return f"""<div class="card card-info">
<div class="card-header"><h3 class="card-title"><i class="fas fa-info-circle"></i> รายละเอียดข่าวประชาสัมพันธ์</h3></div>
<div class="card-body p-0">
<table class="table table-bordered mb-0">
<tbody>
<tr><th style="width: 180px" class="bg-light">หัวข้อข่าว</th><td><strong>{a_title}</strong></td></tr>
<tr><th class="bg-light">ประเภท</th><td>{cat}</td></tr>
<tr><th class="bg-light">วันที่ประกาศ</th><td>{pub}</td></tr>
<tr><th class="bg-light">วันที่แก้ไข</th><td>{mod}</td></tr>
<tr><th class="bg-light">รายละเอียด</th><td class="news-detail">{body}</td></tr>
<tr><th class="bg-light">ไฟล์แนบ</th><td>{attach}</td></tr>
<tr><th class="bg-light">ผู้บันทึก</th><td>{user}</td></tr>
<tr><th class="bg-light">จำนวนผู้เข้าชม</th><td>{views}</td></tr>
</tbody>
</table>
</div>
<div class="card-footer"><a href="{BASE}" class="btn btn-secondary"><i class="fas fa-arrow-left"></i> ย้อนกลับ</a> <button type="button" class="btn btn-default" onclick="window.print()"><i class="fas fa-print"></i> พิมพ์</button></div>
</div>
{latest}"""

    def latest(self, a):
        others = [x for x in self.articles if x is not a][:5]
        rows = "".join(
            f'<tr><td>{esc(x.title)}</td><td class="text-center">{dmy_be(x.published)}</td><td class="text-center"><a href="{x.path}" class="btn btn-outline-info btn-xs">ดูรายละเอียด</a></td></tr>'
            for x in others
        )
        return f'<div class="card"><div class="card-header"><h3 class="card-title">ข่าวประชาสัมพันธ์ล่าสุด</h3></div><div class="card-body p-0"><table class="table table-sm table-hover mb-0"><tbody>{rows}</tbody></table></div></div>'

    def detail(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p>ที่มา : {esc(a.source)}</p>"
        attach = (
            f'<a href="/storage/news/{a.id}/attach_{a.id}.pdf" target="_blank"><i class="fas fa-file-pdf text-danger"></i> เอกสารแนบ_{a.id}.pdf</a>'
            if a.id % 2
            else "-"
        )
        return self.shell(
            self.card(
                esc(a.title),
                a.extra["cat"],
                stamp(a.published),
                stamp(a.modified),
                body,
                attach,
                esc(a.extra["user"]),
                f"{a.views:,} ครั้ง",
                self.latest(a),
            )
        )

    def deleted(self):
        return self.shell(
            self.card(
                "",
                "",
                "01/01/2513 07:00:00 น.",
                "01/01/2513 07:00:00 น.",
                "",
                "-",
                "",
                "0 ครั้ง",
                self.latest(None),
            )
        )

    def expected(self):
        out = []
        for a in self.articles:
            others = [x for x in self.articles if x is not a][:5]
            must_not = [
                "รายละเอียดข่าวประชาสัมพันธ์",
                "หัวข้อข่าว",
                "วันที่ประกาศ",
                "วันที่แก้ไข",
                "ไฟล์แนบ",
                f"เอกสารแนบ_{a.id}.pdf",
                "ผู้บันทึก",
                "จำนวนผู้เข้าชม",
                f"{a.views:,} ครั้ง",
                "ย้อนกลับ",
                "ข่าวประชาสัมพันธ์ล่าสุด",
                "ดูรายละเอียด",
                "ยื่นคำร้องออนไลน์",
                "เข้าสู่ระบบเจ้าหน้าที่",
                "สงวนลิขสิทธิ์",
            ] + [x.title for x in others[:2]]
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = ItaSite()

if __name__ == "__main__":
    main(SITE)
