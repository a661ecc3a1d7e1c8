"""Blind-4 red-team site: a provincial health office's own news system on CodeIgniter 3
with Bootstrap 3, built blind.

What it imitates (facts about such in-house PHP systems as Thai offices print them):
- routes `/news/detail/123`, listing `/news` then CodeIgniter's offset segments
  `/news/index/10`, `/news/index/20`; pagination `ul.pagination` with "« แรกสุด",
  "‹ ก่อนหน้า", numbers, "ถัดไป ›", "สุดท้าย »";
- every page's `<title>` and the only `h1` are the office name; the article sits in a
  Bootstrap `panel` whose heading is the *section* name "ข่าวประชาสัมพันธ์", and the headline
  is a bold paragraph `<p class="lead"><b>…</b></p>`;
- a meta line "<i fa-calendar> 3/10/2561 17:08 | <i fa-eye> เข้าชม : 87 | <i fa-user> โดย
  admin_pr" — day first, Buddhist era, the time only for some items — then "แก้ไขล่าสุด :
  5/10/2561 09:12" only when edited;
- the body: `&nbsp;`-indented `<p>` lines, a "ข่าว : …" sign-off for some, photo
  thumbnails with "ภาพประกอบข่าว", a "ข่าวอื่นๆ" list and "« กลับหน้ารวมข่าว" / "พิมพ์" buttons
  all inside the same `panel-body`; a "ลิงก์หน่วยงาน" sidebar and a footer counter;
- the deleted item: the same template with "ไม่พบข้อมูล" and no text (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, Article, BaseSite, esc, expected_record, main, make_articles, paginate
from .b4_common import dmy_be, ensure_source

SITE_NAME = "สำนักงานสาธารณสุขจังหวัดสกลนคร"
PER_PAGE = 10
SOURCES = ["กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข", None, "งานประชาสัมพันธ์ สสจ.สกลนคร"]
DELETED = "/news/detail/5"


def build() -> list[Article]:
    arts = make_articles(
        "b4_ci_health", 23, start=dt.datetime(2018, 10, 30, 16, 0, tzinfo=TZ), offset=5
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 40 + (n - i) * 2
        a.tags = []
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/news/detail/{a.id}"
    return arts


class CiSite(BaseSite):
    key = "b4_ci_health"
    family = "generic"
    imitates = "CodeIgniter 3 + Bootstrap 3 in-house news: /news/detail/N, /news/index/OFFSET, office name as title and h1, bold-paragraph headline, '3/10/2561 17:08', 'เข้าชม : 87'"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news/index/{k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, panel):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SITE_NAME}</title>
<link href="{base}/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="{base}/assets/font-awesome/css/font-awesome.min.css" rel="stylesheet">
<link href="{base}/assets/css/style.css?v=3" rel="stylesheet">
</head>
<body>
<div class="top-bar"><div class="container"><span><i class="fa fa-phone"></i> 0-4271-1117</span> <span><i class="fa fa-envelope"></i> skko@moph.go.th</span></div></div>
<div class="header"><div class="container"><img src="{base}/assets/img/moph.png" class="pull-left logo" alt="logo"><h1>{SITE_NAME}</h1><p class="slogan">Sakon Nakhon Provincial Public Health Office</p></div></div>
<nav class="navbar navbar-default navbar-static-top"><div class="container"><ul class="nav navbar-nav"><li><a href="{base}/">หน้าหลัก</a></li><li class="active"><a href="{base}/news">ข่าวประชาสัมพันธ์</a></li><li><a href="{base}/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="{base}/download">ดาวน์โหลด</a></li><li><a href="{base}/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container">
<div class="row">
<div class="col-md-9">
{panel}
</div>
<div class="col-md-3">
<div class="panel panel-info"><div class="panel-heading"><h3 class="panel-title">ลิงก์หน่วยงาน</h3></div><div class="list-group"><a class="list-group-item" href="https://www.moph.go.th">กระทรวงสาธารณสุข</a><a class="list-group-item" href="https://hdcservice.moph.go.th">HDC กระทรวงสาธารณสุข</a><a class="list-group-item" href="{base}/ita">การประเมิน ITA</a></div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>{SITE_NAME} ถนนศูนย์ราชการ ตำบลธาตุเชิงชุม อำเภอเมือง จังหวัดสกลนคร 47000</p><p>สถิติผู้เข้าชมเว็บไซต์ : 1,204,337 ครั้ง | Page rendered in <strong>0.0214</strong> seconds.</p></div></footer>
<script src="{base}/assets/js/jquery.min.js"></script>
<script src="{base}/assets/bootstrap/js/bootstrap.min.js"></script>
</body>
</html>
"""

    def listing(self, base, offset):
        if offset % PER_PAGE or not 0 <= offset // PER_PAGE < len(self.pages):
            return None
        n = offset // PER_PAGE
        rows = []
        for k, a in enumerate(self.pages[n]):
            rows.append(
                f"""<tr><td class="text-center">{offset + k + 1}</td><td><a href="{base}/news/detail/{a.id}">{esc(a.title)}</a> <small class="text-muted">({dmy_be(a.published, False)})</small></td><td class="text-center">{a.views:,}</td></tr>"""
            )
            if n == 1 and k == 4:
                rows.append(
                    f"""<tr><td class="text-center">-</td><td><a href="{base}{DELETED}">ขอเชิญร่วมกิจกรรมวันเอดส์โลก</a> <small class="text-muted">(1/12/2560)</small></td><td class="text-center">0</td></tr>"""
                )
        last = len(self.pages) - 1

        def href(k):
            return f"{base}/news/index" if k == 0 else f"{base}/news/index/{k * PER_PAGE}"

        pg = []
        if n > 0:
            pg.append(
                f'<li><a href="{href(0)}" data-ci-pagination-page="1" rel="start">&laquo; แรกสุด</a></li>'
            )
            pg.append(
                f'<li><a href="{href(n - 1)}" data-ci-pagination-page="{n}" rel="prev">&lsaquo; ก่อนหน้า</a></li>'
            )
        for k in range(last + 1):
            pg.append(
                f'<li class="active"><a href="#">{k + 1}</a></li>'
                if k == n
                else f'<li><a href="{href(k)}" data-ci-pagination-page="{k + 1}">{k + 1}</a></li>'
            )
        if n < last:
            pg.append(
                f'<li><a href="{href(n + 1)}" data-ci-pagination-page="{n + 2}" rel="next">ถัดไป &rsaquo;</a></li>'
            )
            pg.append(
                f'<li><a href="{href(last)}" data-ci-pagination-page="{last + 1}">สุดท้าย &raquo;</a></li>'
            )
        panel = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-newspaper-o"></i> ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body">
<table class="table table-striped table-hover"><thead><tr><th class="text-center" width="60">ลำดับ</th><th>หัวข้อข่าว</th><th class="text-center" width="80">เข้าชม</th></tr></thead><tbody>
{chr(10).join(rows)}
</tbody></table>
<div class="text-center"><ul class="pagination">{"".join(pg)}</ul></div>
</div></div>"""
        return self.html_response(self.shell(base, panel))

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:4]

    def detail(self, base, a: Article):
        meta = f'<p class="text-muted news-meta"><i class="fa fa-calendar"></i> {dmy_be(a.published, a.time_printed)} | <i class="fa fa-eye"></i> เข้าชม : {a.views:,} | <i class="fa fa-user"></i> โดย admin_pr</p>'
        if a.modified:
            meta += f'<p class="text-muted news-meta"><small>แก้ไขล่าสุด : {dmy_be(a.modified)}</small></p>'
        text = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p>&nbsp;</p>\n<p>ข่าว : {esc(a.source)}</p>"
        photos = "".join(
            f'<div class="col-xs-6 col-sm-4"><a href="{base}/uploads/news/{a.id}/{g}.jpg" class="thumbnail" data-lightbox="news"><img src="{base}/uploads/news/{a.id}/thumb_{g}.jpg" alt="ภาพประกอบข่าว {g}"></a></div>'
            for g in range(1, 4)
        )
        others = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a> <small class="text-muted">({dmy_be(x.published, False)})</small></li>'
            for x in self.others(a)
        )
        panel = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-newspaper-o"></i> ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body news-detail">
<p class="lead"><b>{esc(a.title)}</b></p>
{meta}
<hr>
{text}
<hr>
<h4><i class="fa fa-picture-o"></i> ภาพประกอบข่าว</h4>
<div class="row">{photos}</div>
<hr>
<h4><i class="fa fa-list"></i> ข่าวอื่นๆ</h4>
<ul class="news-others">{others}</ul>
<p><a href="{base}/news" class="btn btn-default btn-sm">&laquo; กลับหน้ารวมข่าว</a> <a href="javascript:window.print();" class="btn btn-default btn-sm"><i class="fa fa-print"></i> พิมพ์</a></p>
</div></div>"""
        return self.html_response(self.shell(base, panel))

    def deleted(self, base):
        panel = f"""<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-newspaper-o"></i> ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body news-detail"><div class="alert alert-warning">ไม่พบข้อมูล</div><p><a href="{base}/news" class="btn btn-default btn-sm">&laquo; กลับหน้ารวมข่าว</a></p></div></div>"""
        return self.html_response(self.shell(base, panel))

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p in ("/news", "/news/index"):
            return self.listing(base, 0)
        if p.startswith("/news/index/"):
            try:
                return self.listing(base, int(p.rsplit("/", 1)[1]))
            except ValueError:
                return None
        if p in self.by_path:
            return self.detail(base, self.by_path[p])
        if p.startswith("/news/detail/") and p[13:].isdigit():
            # the in-house system answers 200 for any id, with "ไม่พบข้อมูล" when there is no row
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "เข้าชม :",
                dmy_be(a.published, a.time_printed),
                "โดย admin_pr",
                "แก้ไขล่าสุด",
                "ภาพประกอบข่าว",
                "ข่าวอื่นๆ",
                "กลับหน้ารวมข่าว",
                "ลิงก์หน่วยงาน",
                "สถิติผู้เข้าชมเว็บไซต์",
                SITE_NAME,
            ]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = CiSite()

if __name__ == "__main__":
    main(SITE)
