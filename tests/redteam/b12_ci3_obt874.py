"""Blind-12 red-team site: a custom CodeIgniter 3 + Bootstrap 3 site of a subdistrict
administrative organisation (องค์การบริหารส่วนตำบลโนนสูง), served in **windows-874**, built blind.

What it imitates:
- CI3 routes with `index.php`: `/index.php/news/detail/N`; the list `/index.php/news`, paginated
  by the Pagination library by **offset in the path** (`/index.php/news/index/10`,
  `/index.php/news/index/20`; its "1" link is `/index.php/news/index`), "หน้าแรก" / "«" /
  numbers / "»" / "หน้าสุดท้าย", rows of a striped table with a `new.gif`, a Thai-digit date and
  "อ่าน ๑๒๓";
- the bytes are windows-874; the HTTP header says so (`Content-Type: text/html;
  charset=windows-874`, set by the controller) while the view's `<meta charset="utf-8">`,
  copied from the Bootstrap starter template, **says UTF-8** (the header is right);
- the **same `<title>`** on every page; the panel heading is "ข่าวประชาสัมพันธ์"; the headline
  only in `div.news-topic` after a bold "เรื่อง :" label;
- "วันที่ ๑๖ ก.พ. ๖๗" (**Thai digits, abbreviated month, two-digit BE**) plus
  "เวลา ๑๐.๓๐ น." only for items whose time was entered; "อ่าน ๑,๒๓๔ ครั้ง"; "(แก้ไขล่าสุด
  ๒๐ ก.พ. ๖๗)" only for edited items;
- the text stored from a textarea and printed with `nl2br()`: paragraphs separated by
  `<br />` pairs, no `<p>`; for some, the **office alone** as the last line (the sign-off);
  then "รูปภาพประกอบ" thumbnails, "ไฟล์แนบ", "พิมพ์หน้านี้", "ย้อนกลับ", a Facebook share
  button;
- a marquee welcome line, a left "เมนูหลัก" with the mayor's box and a visitor counter, a
  right "ข่าวล่าสุด" with frozen relative times ("๒ สัปดาห์ที่แล้ว");
- a deleted id renders the detail view without a row: PHP notices ("A PHP Error was
  encountered … Trying to get property 'title' of non-object") and "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, esc, main, thai_digits
from .b12_common import B9Site, abbr_2y_th, build, hm, record, th_num

OFFICE = "องค์การบริหารส่วนตำบลโนนสูง"
SHORT = "อบต.โนนสูง"
SOURCES = [None, "งานประชาสัมพันธ์ อบต.โนนสูง", None, None, "กองส่งเสริมการเกษตร องค์การบริหารส่วนตำบลโนนสูง"]
DELETED = "/index.php/news/detail/140"
NOW = dt.datetime(2024, 10, 2, 9, 0, tzinfo=TZ)


def relative(d: dt.datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return "วันนี้"
    if days < 7:
        return thai_digits(f"{days} วันที่แล้ว")
    if days < 30:
        return thai_digits(f"{days // 7} สัปดาห์ที่แล้ว")
    return thai_digits(f"{days // 30} เดือนที่แล้ว")


class CI3Site(B9Site):
    key = "b12_ci3_obt874"
    family = "generic"
    charset = "cp874"
    imitates = "CodeIgniter 3 custom site of an อบต., windows-874 bytes declared by the HTTP header while <meta charset=utf-8> lies: /index.php/news/detail/N, list /index.php/news with path offsets /index.php/news/index/10, same <title>, headline after 'เรื่อง :' in div.news-topic, 'วันที่ ๑๖ ก.พ. ๖๗' (Thai digits, 2-digit BE) + 'เวลา ๑๐.๓๐ น.' for some, 'อ่าน ๑,๒๓๔ ครั้ง', '(แก้ไขล่าสุด …)' only when edited, nl2br text without <p>, the office alone as the last line for some; deleted id = PHP notices + 'ไม่พบข้อมูล' (200)"
    listing_path = "/index.php/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 22, 8, SOURCES, dt.datetime(2024, 9, 30, 16, 0), first_id=141, step=1
        )
        for a in self.articles:
            a.path = f"/index.php/news/detail/{a.id}"
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/index.php/news" if k == 0 else f"/index.php/news/index/{k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=windows-874"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def extra_route(self, key, query):
        if key in ("/index.php/news/index", "/index.php/news/index/0", "/index.php/news/index/"):
            return self.html_response(self.listing(0))
        return None

    def shell(self, content):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a> <small class="text-muted">({relative(a.published)})</small></li>'
            for a in self.articles[:6]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{OFFICE}</title>
<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/style.css" rel="stylesheet">
<link href="/assets/fancybox/jquery.fancybox.css" rel="stylesheet">
<!--[if lt IE 9]><script src="https://oss.maxcdn.com/html5shiv/3.7.3/html5shiv.min.js"></script><![endif]-->
</head>
<body>
<div class="container" id="wrap">
<div class="row"><div class="col-md-12" id="banner"><img src="/assets/images/banner.jpg" class="img-responsive" alt="{OFFICE}"></div></div>
<div class="row"><div class="col-md-12"><marquee scrollamount="3" class="welcome">ยินดีต้อนรับเข้าสู่เว็บไซต์ {OFFICE} อำเภอเมืองอุดรธานี จังหวัดอุดรธานี</marquee></div></div>
<nav class="navbar navbar-default"><div class="container-fluid"><ul class="nav navbar-nav">
<li><a href="/index.php">หน้าหลัก</a></li><li><a href="/index.php/about">ข้อมูลทั่วไป</a></li><li class="active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/index.php/ita">ITA</a></li><li><a href="/index.php/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="row">
<div class="col-md-3" id="left">
<div class="panel panel-success"><div class="panel-heading">เมนูหลัก</div><div class="list-group"><a class="list-group-item" href="/index.php/structure">โครงสร้างองค์กร</a><a class="list-group-item" href="/index.php/personnel">บุคลากร</a><a class="list-group-item" href="/index.php/plan">แผนพัฒนาท้องถิ่น</a><a class="list-group-item" href="/index.php/complaint">ร้องเรียน/ร้องทุกข์</a></div></div>
<div class="panel panel-success"><div class="panel-heading">ผู้บริหาร</div><div class="panel-body text-center"><img src="/assets/images/mayor.jpg" class="img-thumbnail" alt=""><br>นายสมชาย ศรีสุข<br>นายกองค์การบริหารส่วนตำบลโนนสูง<br>โทร. 08 1234 5678</div></div>
<div class="panel panel-success"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body counter">ออนไลน์ ๓ คน<br>วันนี้ ๑๒๐ คน<br>เดือนนี้ ๒,๔๑๘ คน<br>ทั้งหมด ๘๘,๐๒๑ คน</div></div>
</div>
<div class="col-md-6" id="content">
{content}
</div>
<div class="col-md-3" id="right">
<div class="panel panel-info"><div class="panel-heading">ข่าวล่าสุด</div><div class="panel-body"><ul class="list-unstyled latest">{latest}</ul></div></div>
<div class="panel panel-info"><div class="panel-heading">ลิงก์หน่วยงาน</div><div class="panel-body"><a href="http://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a><br><a href="http://www.udonthani.go.th">จังหวัดอุดรธานี</a></div></div>
</div>
</div>
<footer class="row"><div class="col-md-12 text-center" id="footer">{OFFICE} 99 หมู่ 5 ตำบลโนนสูง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41330<br>โทรศัพท์ 0 4220 1234 โทรสาร 0 4220 1235 | Page rendered in <strong>0.0312</strong> seconds.</div></footer>
</div>
<script src="/assets/js/jquery-1.12.4.min.js"></script>
<script src="/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="/assets/fancybox/jquery.fancybox.pack.js"></script>
<script>$(function(){{ $(".fancybox").fancybox(); }});</script>
</body>
</html>"""

    def listing(self, k):
        rows = []

        def row(path, title, d, views, new):
            gif = '<img src="/assets/images/new.gif" alt=""> ' if new else ""
            return f'<tr><td><span class="glyphicon glyphicon-menu-right"></span> <a href="{path}">{esc(title)}</a> {gif}</td><td class="text-nowrap">{abbr_2y_th(d)}</td><td class="text-nowrap">อ่าน {th_num(views)}</td></tr>'

        for j, a in enumerate(self.pages[k]):
            rows.append(row(a.path, a.title, a.published, a.views, (NOW - a.published).days < 10))
            if k == 1 and j == 6:
                rows.append(
                    row(
                        DELETED,
                        "ประกาศ อบต.โนนสูง เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง (ยกเลิก)",
                        dt.datetime(2024, 8, 19, 10, tzinfo=TZ),
                        57,
                        False,
                    )
                )
        n = len(self.pages)
        base = "/index.php/news/index"
        links = []
        if k > 0:
            links.append(f'<li><a href="{base}">หน้าแรก</a></li>')
            links.append(
                f'<li><a href="{base + ("/" + str((k - 1) * self.per_page) if k > 1 else "")}" rel="prev">&laquo;</a></li>'
            )
        for i in range(n):
            if i == k:
                links.append(f'<li class="active"><a href="#">{i + 1}</a></li>')
            else:
                offset = f"/{i * self.per_page}" if i else ""
                links.append(
                    f'<li><a href="{base}{offset}" data-ci-pagination-page="{i + 1}">{i + 1}</a></li>'
                )
        if k < n - 1:
            links.append(
                f'<li><a href="{base}/{(k + 1) * self.per_page}" rel="next">&raquo;</a></li>'
            )
            links.append(f'<li><a href="{base}/{(n - 1) * self.per_page}">หน้าสุดท้าย</a></li>')
        content = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div><div class="panel-body">
<table class="table table-striped table-hover news-list"><thead><tr><th>หัวข้อข่าว</th><th>วันที่</th><th>อ่าน</th></tr></thead><tbody>
{"".join(rows)}
</tbody></table>
<div class="text-center"><ul class="pagination">{"".join(links)}</ul></div>
</div></div>"""
        return self.shell(content)

    def detail(self, a):
        when = f"วันที่ {abbr_2y_th(a.published)}"
        if a.time_printed:
            when += f" เวลา {thai_digits(hm(a.published, '.'))} น."
        upd = f" &nbsp;(แก้ไขล่าสุด {abbr_2y_th(a.modified)})" if a.modified else ""
        lines = [esc(p) for p in a.paras]
        if a.source:
            lines.append(esc(a.source))
        body = "<br />\r\n<br />\r\n".join(lines)
        thumbs = "".join(
            f'<a class="fancybox" rel="gallery{a.id}" href="/uploads/news/{a.id}_{g}.jpg" title="รูปภาพประกอบ {g}"><img src="/uploads/news/thumb/{a.id}_{g}.jpg" class="img-thumbnail" width="120" alt=""></a> '
            for g in (1, 2, 3)
        )
        content = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div><div class="panel-body">
<ol class="breadcrumb"><li><a href="/index.php">หน้าหลัก</a></li><li><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="news-topic"><b>เรื่อง :</b> {esc(a.title)}</div>
<div class="news-info text-muted"><span class="glyphicon glyphicon-calendar"></span> {when} &nbsp; <span class="glyphicon glyphicon-eye-open"></span> อ่าน {th_num(a.views)} ครั้ง{upd}</div>
<hr>
<div class="news-detail">{body}</div>
<hr>
<div class="news-images"><b>รูปภาพประกอบ</b><br>{thumbs}</div>
<div class="news-file"><b>ไฟล์แนบ :</b> <a href="/uploads/files/news_{a.id}.pdf" target="_blank"><span class="glyphicon glyphicon-download-alt"></span> ดาวน์โหลดไฟล์แนบ (PDF)</a></div>
<div class="news-tools text-right"><a href="javascript:window.print()" class="btn btn-default btn-sm"><span class="glyphicon glyphicon-print"></span> พิมพ์หน้านี้</a> <a href="javascript:history.back()" class="btn btn-default btn-sm">ย้อนกลับ</a> <iframe src="https://www.facebook.com/plugins/share_button.php?href=http%3A%2F%2Fwww.nonsung.go.th%2Findex.php%2Fnews%2Fdetail%2F{a.id}&amp;layout=button&amp;size=small" width="67" height="20" style="border:none;overflow:hidden" scrolling="no" frameborder="0" title="แชร์"></iframe></div>
</div></div>"""
        return self.shell(content)

    def deleted(self):
        err = """<div style="border:1px solid #990000;padding-left:20px;margin:0 0 10px 0;">
<h4>A PHP Error was encountered</h4>
<p>Severity: Notice</p>
<p>Message:  Trying to get property 'title' of non-object</p>
<p>Filename: views/news_detail.php</p>
<p>Line Number: 9</p>
</div>"""
        content = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div><div class="panel-body">
{err}
<div class="news-topic"><b>เรื่อง :</b> </div>
{err.replace("'title'", "'detail'").replace("9", "13")}
<div class="alert alert-warning">ไม่พบข้อมูล</div>
</div></div>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            recent = [x.title for x in self.articles[:6] if x is not a]
            must_not = [
                "เรื่อง :",
                "อ่าน ",
                "แก้ไขล่าสุด",
                "รูปภาพประกอบ",
                "ไฟล์แนบ",
                "ดาวน์โหลดไฟล์แนบ",
                "พิมพ์หน้านี้",
                "ย้อนกลับ",
                "ยินดีต้อนรับเข้าสู่เว็บไซต์",
                "นายสมชาย ศรีสุข",
                "สถิติผู้เข้าชม",
                "ข่าวล่าสุด",
                "Page rendered in",
                recent[a.id % len(recent)],
            ]
            out.append(record(self, a, must_not, modified_time=False))
        return out


SITE = CI3Site()

if __name__ == "__main__":
    main(SITE)
