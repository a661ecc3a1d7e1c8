"""Blind-16 red-team site: a hand-written PHP + MySQL news system of a provincial hospital
(โรงพยาบาลศูนย์), Bootstrap 4 (AdminLTE-like) with a jQuery DataTables listing, built blind.

What it imitates:
- `news.php?p=N` listing pages, each a `table#newsTable.table.table-striped.dataTable`
  that DataTables styles on the client (its own "ค้นหา:" box, "แสดง 1 ถึง 10 จาก 24
  รายการ" info and a client pager) while the real paging is the server's `?p=` links under
  it; a date column "15/02/67" (dd/mm/yy, **two-digit BE year**) and a "อ่าน" column;
- `news_detail.php?id=123`: **the same `<title>` on every page** ("โรงพยาบาลพระนครศรีอยุธยา");
  no `h1`: the headline sits in a `table.table-bordered` row labelled "เรื่อง" next to rows
  "วันที่ลงข่าว" ("15 ก.พ. 2567 เวลา 10.30 น." — a dotted "น." time), "ผู้อ่าน"
  ("1,234 ครั้ง"), and "แก้ไขล่าสุด" (only for edited items, date and time); the body in the
  row "รายละเอียด";
- "ข่าว/ภาพ : <office>" as the body's last line for some items; an attachment row, a
  "กลับหน้ารวมข่าว" button, a Facebook/LINE share row and "ข่าวอื่นๆ" list under the table;
- the deleted id: 200 with the same table and "ไม่พบข้อมูล" in the headline row.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main
from .b16_common import B9Site, build, commas, dmy2_be, dot_time, record

OFFICE = "โรงพยาบาลพระนครศรีอยุธยา"
SOURCES = [
    "งานประชาสัมพันธ์ โรงพยาบาลพระนครศรีอยุธยา",
    None,
    "กลุ่มงานเวชกรรมสังคม",
    None,
    "ศูนย์คุณภาพ โรงพยาบาลพระนครศรีอยุธยา",
]
DELETED = "/news_detail.php?id=777"


def long_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


class DataTablesSite(B9Site):
    key = "b16_php_datatables"
    family = "generic"
    imitates = "PHP + MySQL hospital news (Bootstrap 4, jQuery DataTables): news.php?p=N tables with 'dd/mm/yy' BE dates, same <title> everywhere, no h1 (the headline in a 'เรื่อง' table row), 'วันที่ลงข่าว 15 ก.พ. 2567 เวลา 10.30 น.', 'ผู้อ่าน 1,234 ครั้ง', 'แก้ไขล่าสุด' row only for edited items, 'ข่าว/ภาพ :' last line for some, share row and 'ข่าวอื่นๆ' under the table; deleted = 'ไม่พบข้อมูล' in the same table (200)"
    listing_path = "/news.php"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 7, SOURCES, dt.datetime(2023, 8, 25, 16, 0), first_id=790
        )
        for a in self.articles:
            a.time_printed = True
            a.path = f"/news_detail.php?id={a.id}"
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/news.php" if k == 0 else f"/news.php?p={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{OFFICE}</title>
<link rel="stylesheet" href="plugins/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="plugins/datatables-bs4/css/dataTables.bootstrap4.min.css">
<link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Prompt&display=swap">
<link rel="stylesheet" href="css/style.css?v=2.3">
</head>
<body>
<div class="topbar bg-success text-white small py-1"><div class="container">ศูนย์ประสานงาน 035-211-888 ต่อ 2100 | <a href="#" class="text-white">Call Center 1669</a><span class="float-right"><a href="#" onclick="fontSize(-1)" class="text-white">ก-</a> <a href="#" onclick="fontSize(1)" class="text-white">ก+</a></span></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container"><a class="navbar-brand" href="index.php"><img src="images/logo_ayh.png" height="56" alt=""> {OFFICE}</a><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#nav"><span class="navbar-toggler-icon"></span></button><div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="index.php">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="news.php">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="doctor.php">ตารางแพทย์</a></li><li class="nav-item"><a class="nav-link" href="job.php">รับสมัครงาน</a></li></ul></div></div></nav>
<div class="container my-4">
<div class="row"><div class="col-lg-9">
{content}
</div>
<div class="col-lg-3"><div class="card mb-3"><div class="card-header bg-success text-white">บริการผู้ป่วย</div><div class="list-group list-group-flush"><a href="queue.php" class="list-group-item">ตรวจสอบคิว</a><a href="appointment.php" class="list-group-item">นัดหมายออนไลน์</a></div></div>
<div class="card"><div class="card-header">สถิติผู้เข้าชม</div><div class="card-body small">วันนี้ 842<br>เดือนนี้ 24,611<br>ทั้งหมด 3,118,020</div></div></div>
</div></div>
<footer class="bg-dark text-white-50 py-3 small"><div class="container">{OFFICE} 46 ถนนอู่ทอง ตำบลประตูชัย อำเภอพระนครศรีอยุธยา จังหวัดพระนครศรีอยุธยา 13000<br>Copyright &copy; 2566 งานเทคโนโลยีสารสนเทศ</div></footer>
<script src="plugins/jquery/jquery.min.js"></script>
<script src="plugins/datatables/jquery.dataTables.min.js"></script>
<script src="plugins/datatables-bs4/js/dataTables.bootstrap4.min.js"></script>
<script>$(function(){{$('#newsTable').DataTable({{"paging":false,"ordering":true,"info":false,"language":{{"url":"plugins/datatables/Thai.json"}}}});}});</script>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        n0 = k * self.per_page
        items = [(a.path, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(
                2,
                (
                    DELETED,
                    "ประชาสัมพันธ์การรับบริจาคโลหิต ประจำเดือน (ยกเลิก)",
                    dt.datetime(2023, 4, 30, 9, 0),
                    5,
                ),
            )
        for j, (path, title, d, views) in enumerate(items):
            rows.append(
                f'<tr><td class="text-center">{n0 + j + 1}</td><td><a href="{path[1:]}">{esc(title)}</a></td><td class="text-center">{dmy2_be(d)}</td><td class="text-right">{views}</td></tr>'
            )
        n = len(self.pages)
        links = []
        for i in range(n):
            links.append(
                f'<li class="page-item active"><span class="page-link">{i + 1}</span></li>'
                if i == k
                else f'<li class="page-item"><a class="page-link" href="news.php?p={i + 1}">{i + 1}</a></li>'
            )
        if k < n - 1:
            links.append(
                f'<li class="page-item"><a class="page-link" href="news.php?p={k + 2}">ถัดไป &raquo;</a></li>'
            )
        content = f"""<div class="card"><div class="card-header bg-success text-white"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div><div class="card-body">
<table id="newsTable" class="table table-striped table-bordered table-hover dataTable" style="width:100%"><thead><tr><th width="6%">ลำดับ</th><th>หัวข้อข่าว</th><th width="14%">วันที่</th><th width="10%">อ่าน</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<nav><ul class="pagination justify-content-center">{"".join(links)}</ul></nav>
</div></div>"""
        return self.shell(content)

    def detail(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p><b>ข่าว/ภาพ :</b> {esc(a.source)}</p>"
        mod = (
            f'<tr><th class="bg-light">แก้ไขล่าสุด</th><td>{long_be(a.modified)} เวลา {dot_time(a.modified)}</td></tr>'
            if a.modified
            else ""
        )
        others = [x for x in self.articles if x is not a][:6]
        oth = "".join(
            f'<li><a href="{x.path[1:]}">{esc(x.title)}</a> <small class="text-muted">({dmy2_be(x.published)})</small></li>'
            for x in others
        )
        content = f"""<div class="card"><div class="card-header bg-success text-white"><i class="fa fa-newspaper-o"></i> รายละเอียดข่าว</div><div class="card-body">
<table class="table table-bordered">
<tr><th width="20%" class="bg-light">เรื่อง</th><td><b>{esc(a.title)}</b></td></tr>
<tr><th class="bg-light">วันที่ลงข่าว</th><td>{long_be(a.published)} เวลา {dot_time(a.published)}</td></tr>
<tr><th class="bg-light">ผู้อ่าน</th><td>{commas(a.views)} ครั้ง</td></tr>
{mod}
<tr><th class="bg-light">รายละเอียด</th><td><img src="upload/news/{a.id}_1.jpg" class="img-fluid mb-2" alt=""><br>{body}</td></tr>
<tr><th class="bg-light">ไฟล์แนบ</th><td><a href="upload/file/{a.id}.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> ดาวน์โหลดเอกสาร</a></td></tr>
</table>
<div class="my-2">แชร์ข่าว: <a href="https://www.facebook.com/sharer/sharer.php?u=news_detail.php%3Fid%3D{a.id}" class="btn btn-sm btn-primary">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=news_detail.php%3Fid%3D{a.id}" class="btn btn-sm btn-success">LINE</a> <a href="javascript:window.print()" class="btn btn-sm btn-secondary">พิมพ์</a></div>
<a href="news.php" class="btn btn-outline-success">&laquo; กลับหน้ารวมข่าว</a>
</div></div>
<div class="card mt-3"><div class="card-header">ข่าวอื่นๆ</div><div class="card-body"><ul>{oth}</ul></div></div>"""
        return self.shell(content)

    def deleted(self):
        content = """<div class="card"><div class="card-header bg-success text-white"><i class="fa fa-newspaper-o"></i> รายละเอียดข่าว</div><div class="card-body">
<table class="table table-bordered">
<tr><th width="20%" class="bg-light">เรื่อง</th><td><b>ไม่พบข้อมูล</b></td></tr>
<tr><th class="bg-light">วันที่ลงข่าว</th><td></td></tr>
<tr><th class="bg-light">ผู้อ่าน</th><td>0 ครั้ง</td></tr>
<tr><th class="bg-light">รายละเอียด</th><td></td></tr>
</table>
<a href="news.php" class="btn btn-outline-success">&laquo; กลับหน้ารวมข่าว</a>
</div></div>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            others = [x for x in self.articles if x is not a][:6]
            must_not = [
                "วันที่ลงข่าว",
                "ผู้อ่าน",
                "แก้ไขล่าสุด",
                "ไฟล์แนบ",
                "ดาวน์โหลดเอกสาร",
                "แชร์ข่าว:",
                "กลับหน้ารวมข่าว",
                "ข่าวอื่นๆ",
                "ข่าว/ภาพ :",
                "ตรวจสอบคิว",
                "สถิติผู้เข้าชม",
                "งานเทคโนโลยีสารสนเทศ",
            ] + [x.title for x in others]
            out.append(record(self, a, must_not))
        return out


SITE = DataTablesSite()

if __name__ == "__main__":
    main(SITE)
