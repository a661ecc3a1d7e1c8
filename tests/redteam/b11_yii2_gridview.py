"""Blind-11 red-team site: a Yii2 (basic app template, Bootstrap 3) news module of a
provincial Buddhism office (สำนักงานพระพุทธศาสนาจังหวัด), built blind.

What it imitates:
- pretty URLs `/news/view?id=N`; the listing `/news/index` is a **GridView** table
  (`div.grid-view`, `div.summary` "แสดง 1-10 จาก 24 รายการ", a filter row of inputs, sortable
  headers `?sort=title`, an ActionColumn eye icon repeating the row's link) with Yii's
  `LinkPager` (`ul.pagination`, "«" / "»", `?page=N&per-page=10`, page 1 also as `?page=1`);
- `<title>` = the headline (Yii's `$this->title`), `Breadcrumbs` ending in the headline, `h1`;
- the date line in **official-letter style**: "วันศุกร์ที่ ๑๖ เดือนกุมภาพันธ์ พุทธศักราช ๒๕๖๗"
  (Thai digits, "เดือน" before the month, "พุทธศักราช" spelled out) and, for some, "เวลา ๑๐.๓๐ น.";
- "จำนวนผู้อ่าน ๑,๒๓๔ ครั้ง" in Thai digits;
- `div.news-content` with the text, a "ที่มา : …" line for some, a `DetailView` table of
  "ไฟล์แนบ" (file name and size), the `TimestampBehavior` stamps "สร้างเมื่อ" / "แก้ไขล่าสุด"
  printed by `asDatetime('medium')` under th-TH: "16 ก.พ. 2024 10:30:00" (**Gregorian** year,
  every record: updated_at = created_at when never edited), "พิมพ์" and share links;
- "ข่าวอื่น ๆ" list with titles below, a "กลับหน้ารายการ" button;
- the deleted id answers 200 with the app's error view "ไม่พบข้อมูลข่าวที่ต้องการ (#404)"
  (a custom errorAction that forgets the status).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main, thai_digits
from .b11_common import B9Site, be_formal_th, build, hm, icu_medium_ce, record, thai_num

OFFICE = "สำนักงานพระพุทธศาสนาจังหวัดลำพูน"
SOURCES = [None, "กลุ่มงานส่งเสริมพระพุทธศาสนา", None, "สำนักงานพระพุทธศาสนาจังหวัดลำพูน"]
DELETED = "/news/view?id=131"


class Yii2Site(B9Site):
    key = "b11_yii2_gridview"
    family = "generic"
    imitates = "Yii2 basic + Bootstrap 3: /news/view?id=N, GridView listing (summary, filter row, sort links, ActionColumn, LinkPager ?page=N&per-page=10), title = headline, 'วันศุกร์ที่ ๑๖ เดือนกุมภาพันธ์ พุทธศักราช ๒๕๖๗' + 'เวลา ๑๐.๓๐ น.' for some, 'จำนวนผู้อ่าน ๑,๒๓๔ ครั้ง', 'ที่มา :', attachments DetailView, TimestampBehavior stamps '16 ก.พ. 2024 10:30:00' (CE, every record), 'ข่าวอื่น ๆ'; deleted = error view '(#404)' served 200"
    listing_path = "/news/index"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 52, SOURCES, dt.datetime(2024, 7, 19, 16, 0), first_id=120, step=2
        )
        for a in self.articles:
            a.path = f"/news/view?id={a.id}"
            if a.modified is None:
                a.modified = a.published
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/news/index" if k == 0 else f"/news/index?page={k + 1}&per-page=10"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key in (
            "/news/index?page=1&per-page=10",
            "/news/index?sort=title",
            "/news/index?sort=-created_at",
            "/news/index?sort=views",
        ):
            return self.html_response(self.listing(0))
        return None

    def shell(self, title, content, crumbs):
        bc = (
            "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs[:-1])
            + f'<li class="active">{esc(crumbs[-1][1])}</li>'
        )
        return f"""<!DOCTYPE html>
<html lang="th-TH">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-param" content="_csrf">
<meta name="csrf-token" content="Xk3Zb1V0c2RmRkE5PSo8YV8pHhQmPBQ6XAU6CQpvJDcHGD4rFgIGZQ==">
<title>{esc(title)}</title>
<link href="/assets/8a4c2f1e/css/bootstrap.css" rel="stylesheet">
<link href="/css/site.css" rel="stylesheet">
</head>
<body>
<div class="wrap">
<nav id="w0" class="navbar-inverse navbar-fixed-top navbar"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#w0-collapse"><span class="sr-only">Toggle navigation</span><span class="icon-bar"></span></button><a class="navbar-brand" href="/">{OFFICE}</a></div><div id="w0-collapse" class="collapse navbar-collapse"><ul id="w1" class="navbar-nav navbar-right nav"><li><a href="/">หน้าหลัก</a></li><li class="active"><a href="/news/index">ข่าวประชาสัมพันธ์</a></li><li><a href="/site/about">เกี่ยวกับเรา</a></li><li><a href="/site/contact">ติดต่อเรา</a></li><li><a href="/site/login">เข้าสู่ระบบ</a></li></ul></div></div></nav>
<div class="container">
<ul class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>{bc}</ul>
{content}
</div>
</div>
<footer class="footer"><div class="container"><p class="pull-left">&copy; {OFFICE} 2567</p><p class="pull-right">Powered by <a href="https://www.yiiframework.com/" rel="external">Yii Framework</a></p></div></footer>
<script src="/assets/c5b2d3f0/jquery.js"></script>
<script src="/assets/1d9a5e7c/yii.js"></script>
<script src="/assets/1d9a5e7c/yii.gridView.js"></script>
</body>
</html>"""

    def row(self, n, path, title, d, views, key):
        return f"""<tr data-key="{key}"><td>{n}</td><td><a href="{path}">{esc(title)}</a></td><td>{thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")}</td><td>{thai_num(views)}</td><td><a href="{path}" title="ดู" aria-label="ดู" data-pjax="0"><span class="glyphicon glyphicon-eye-open"></span></a></td></tr>"""

    def listing(self, k):
        rows = []
        start = k * self.per_page
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(start + j + 1, a.path, a.title, a.published, a.views, a.id))
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        "",
                        DELETED,
                        "ประชาสัมพันธ์โครงการบรรพชาอุปสมบทเฉลิมพระเกียรติ ประจำปี ๒๕๖๗",
                        dt.datetime(2024, 5, 2),
                        87,
                        131,
                    )
                )
        n = len(self.pages)
        pg = [
            '<li class="prev disabled"><span>&laquo;</span></li>'
            if k == 0
            else f'<li class="prev"><a href="/news/index?page={k}&amp;per-page=10" data-page="{k - 1}">&laquo;</a></li>'
        ]
        for i in range(n):
            cls = ' class="active"' if i == k else ""
            pg.append(
                f'<li{cls}><a href="/news/index?page={i + 1}&amp;per-page=10" data-page="{i}">{i + 1}</a></li>'
            )
        pg.append(
            '<li class="next disabled"><span>&raquo;</span></li>'
            if k == n - 1
            else f'<li class="next"><a href="/news/index?page={k + 2}&amp;per-page=10" data-page="{k + 1}">&raquo;</a></li>'
        )
        total = len(self.articles)
        last = min(start + self.per_page, total)
        content = f"""<div class="news-index">
<h1>ข่าวประชาสัมพันธ์</h1>
<div id="w2" class="grid-view"><div class="summary">แสดง <b>{start + 1}-{last}</b> จาก <b>{total}</b> รายการ</div>
<table class="table table-striped table-bordered"><thead>
<tr><th>#</th><th><a href="/news/index?sort=title" data-sort="title">หัวข้อข่าว</a></th><th><a class="desc" href="/news/index?sort=-created_at" data-sort="-created_at">วันที่ลงข่าว</a></th><th><a href="/news/index?sort=views" data-sort="views">ผู้อ่าน</a></th><th class="action-column">&nbsp;</th></tr>
<tr id="w2-filters" class="filters"><td>&nbsp;</td><td><input type="text" class="form-control" name="NewsSearch[title]"></td><td><input type="text" class="form-control" name="NewsSearch[created_at]"></td><td>&nbsp;</td><td>&nbsp;</td></tr>
</thead>
<tbody>
{"".join(rows)}
</tbody></table>
<ul class="pagination">{"".join(pg)}</ul></div>
</div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content, [("/news/index", "ข่าวประชาสัมพันธ์")])

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (1, 3, 6, 10)]

    def detail(self, a):
        time = (
            f' <span class="news-time">เวลา {thai_digits(hm(a.published, "."))} น.</span>'
            if a.time_printed
            else ""
        )
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p class="news-source"><strong>ที่มา :</strong> {esc(a.source)}</p>' if a.source else ""
        )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small class="text-muted">({thai_digits(f"{x.published.day:02d}/{x.published.month:02d}/{x.published.year + 543}")})</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="news-view">
<h1>{esc(a.title)}</h1>
<p class="news-meta text-muted"><span class="glyphicon glyphicon-calendar"></span> {be_formal_th(a.published)}{time} &nbsp; <span class="glyphicon glyphicon-user"></span> จำนวนผู้อ่าน {thai_num(a.views)} ครั้ง</p>
<div class="news-content">
{paras}
{src}
<table id="w3" class="table table-striped table-bordered detail-view"><tr><th>ไฟล์แนบ</th><td><a href="/uploads/news/{a.id}/news-{a.id}.pdf"><span class="glyphicon glyphicon-paperclip"></span> news-{a.id}.pdf</a> (245 KB)</td></tr><tr><th>สร้างเมื่อ</th><td>{icu_medium_ce(a.published)}</td></tr><tr><th>แก้ไขล่าสุด</th><td>{icu_medium_ce(a.modified)}</td></tr></table>
<p class="news-tools"><a class="btn btn-default btn-sm" href="javascript:window.print()"><span class="glyphicon glyphicon-print"></span> พิมพ์</a> <a class="btn btn-primary btn-sm" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Flamphun.onab.go.th%2Fnews%2Fview%3Fid%3D{a.id}">แชร์ Facebook</a> <a class="btn btn-success btn-sm" href="https://social-plugins.line.me/lineit/share?url=http%3A%2F%2Flamphun.onab.go.th%2Fnews%2Fview%3Fid%3D{a.id}">แชร์ LINE</a></p>
</div>
<div class="panel panel-default"><div class="panel-heading">ข่าวอื่น ๆ</div><div class="panel-body"><ul>{others}</ul></div></div>
<p><a class="btn btn-default" href="/news/index">&laquo; กลับหน้ารายการ</a></p>
</div>"""
        return self.shell(a.title, content, [("/news/index", "ข่าวประชาสัมพันธ์"), (a.path, a.title)])

    def deleted(self):
        content = """<div class="site-error">
<h1>Not Found (#404)</h1>
<div class="alert alert-danger">ไม่พบข้อมูลข่าวที่ต้องการ (#404)</div>
<p>เกิดข้อผิดพลาดขณะเซิร์ฟเวอร์ประมวลผลคำขอของท่าน</p>
<p>กรุณาติดต่อผู้ดูแลระบบหากท่านคิดว่าเป็นข้อผิดพลาดของเซิร์ฟเวอร์ ขอบคุณค่ะ</p>
</div>"""
        return self.shell(
            "Not Found (#404)",
            content,
            [("/news/index", "ข่าวประชาสัมพันธ์"), (DELETED, "Not Found (#404)")],
        )

    def expected(self):
        out = []
        for a in self.articles:
            oth = self.others(a)
            must_not = [
                "ไฟล์แนบ",
                f"news-{a.id}.pdf",
                "สร้างเมื่อ",
                "แก้ไขล่าสุด",
                "แชร์ Facebook",
                "แชร์ LINE",
                "ข่าวอื่น ๆ",
                "กลับหน้ารายการ",
                "จำนวนผู้อ่าน",
                oth[0].title,
                oth[1].title,
                "Yii Framework",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = Yii2Site()

if __name__ == "__main__":
    main(SITE)
