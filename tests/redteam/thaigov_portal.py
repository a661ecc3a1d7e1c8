"""A thaigov.go.th-style portal (custom PHP, Bootstrap 3, 2018-2020 layout).

Imitates the Royal Thai Government site's news pages as used by a ministry office: a
<base href> with relative links (news/contents/details/<id>), section listing
news/contents/index/21?page=N whose links are truncated with "..." (the full headline in
the title attribute), article body in div.border-normal.clearfix holding the weekday date
line ("วันอาทิตย์ที่ 3 พฤศจิกายน 2562", sometimes "เวลา 10.30 น."), a "พิมพ์" print link,
the headline, the paragraphs and the issuing office, either as a sign-off after a dotted
separator or as a "ข่าว : <office>" / "ข่าว/ภาพ : <office>" line.  The <title> is the office
name on every page (never the headline).  Some pages print "จำนวนผู้เข้าชม N ครั้ง"; a share
row ("แชร์ข่าวนี้") and a "ข่าวที่เกี่ยวข้อง" panel follow.

The deleted item is linked from page 2 and answers 200 with an empty headline and body.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_abbr,
    fmt_weekday,
    main,
    make_articles,
    paginate,
    qs1,
)

OFFICE_TITLE = "สำนักงานปลัดสำนักนายกรัฐมนตรี"
OFFICES = [
    "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก",
    "กองสารนิเทศ สำนักงานปลัดสำนักนายกรัฐมนตรี",
    "ศูนย์ประชาสัมพันธ์ สำนักงานปลัดสำนักนายกรัฐมนตรี",
]
PER_PAGE = 8
DELETED_ID = 23001
FURNITURE = [
    "พิมพ์",
    "แชร์ข่าวนี้",
    "ข่าวที่เกี่ยวข้อง",
    "จำนวนผู้เข้าชม",
    "ดูทั้งหมด",
    "ข่าวทำเนียบรัฐบาล",
    "หน้าหลัก",
    "ติดต่อเรา",
    "สงวนลิขสิทธิ์",
    "ขนาดตัวอักษร",
]


class ThaigovPortal(BaseSite):
    key = "thaigov_portal"
    family = "thaigov"
    imitates = "thaigov.go.th-style portal (custom PHP/Bootstrap 3, div.border-normal body, sign-off or 'ข่าว :' office lines, office name as <title>)"
    listing_path = "/news/contents/index/21"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2019, 11, 20, 18, 0, tzinfo=TZ), offset=24
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 22940 + n * 4
        for n, a in enumerate(arts):
            a.path = f"/news/contents/details/{a.id}"
            a.modified = None
            a.tags = []
            a.source = OFFICES[n % 3]
            a.extra["style"] = ["signoff", "khao", "khaophap"][n % 3]
            if n % 2 == 1:
                a.views = None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(11, "deleted")
        self.pages = paginate(entries, PER_PAGE)

    def page_url(self, n):
        return self.listing_path if n == 1 else f"{self.listing_path}?page={n}"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/news/contents/details/{DELETED_ID}"]

    def frame(self, base, content, right=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="{base}/">
<title>{OFFICE_TITLE}</title>
<link href="public/theme/default/css/bootstrap.min.css" rel="stylesheet">
<link href="public/theme/default/css/font-awesome.min.css" rel="stylesheet">
<link href="public/theme/default/css/style.css" rel="stylesheet">
</head>
<body>
<div class="top-bar bg-color1"><div class="container"><div class="pull-right font_level6"><span>ขนาดตัวอักษร</span> <a href="javascript:void(0)" class="fontsize" data-size="1">ก-</a> <a href="javascript:void(0)" class="fontsize" data-size="2">ก</a> <a href="javascript:void(0)" class="fontsize" data-size="3">ก+</a></div></div></div>
<header class="header"><div class="container"><div class="row"><div class="col-md-8"><a href="./"><img src="public/theme/default/images/logo.png" alt="{OFFICE_TITLE}" class="img-responsive"></a></div></div></div>
<nav class="navbar navbar-default Circular"><div class="container"><ul class="nav navbar-nav"><li><a href="./">หน้าหลัก</a></li><li class="active"><a href="news/contents/index/21">ข่าวทำเนียบรัฐบาล</a></li><li><a href="news/contents/index/33">ข่าวด้านเศรษฐกิจ</a></li><li><a href="contact">ติดต่อเรา</a></li></ul></div></nav></header>
<div class="container"><div class="row">
<div class="col-md-9 col-sm-12">{content}</div>
<div class="col-md-3 hidden-sm hidden-xs">{right}
<div class="panel Circular"><div class="panel-heading"><span class="Circular headtitle-2 font_level6 color2">ลิงก์หน่วยงาน</span></div><div class="panel-body"><ul class="list-unstyled"><li><a href="http://www.thaigov.go.th">รัฐบาลไทย</a></li><li><a href="http://www.prd.go.th">กรมประชาสัมพันธ์</a></li></ul></div></div>
</div>
</div></div>
<footer class="footer bg-color2"><div class="container"><p class="font_level6">{OFFICE_TITLE} ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300</p><p class="font_level6">© 2562 {OFFICE_TITLE} สงวนลิขสิทธิ์</p></div></footer>
<script src="public/theme/default/js/jquery.min.js"></script>
<script src="public/theme/default/js/bootstrap.min.js"></script>
</body>
</html>"""

    def date_line(self, a):
        t = fmt_weekday(a.published)
        if a.time_printed:
            t += f" เวลา {a.published:%H.%M} น."
        return t

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 3, 6)]

    def detail(self, a, base):
        url = base + a.path
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        style = a.extra["style"]
        if style == "signoff":
            tail = f"<p>.......................................................</p><p>{esc(a.source)}</p>"
        elif style == "khao":
            tail = f"<p><strong>ข่าว :</strong> {esc(a.source)}</p>"
        else:
            tail = f"<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        views = (
            f'<div class="col-xs-12 text-right font_level6 color5 count-view"><i class="fa fa-eye"></i> จำนวนผู้เข้าชม {a.views:,} ครั้ง</div>'
            if a.views is not None
            else ""
        )
        related = "".join(
            f'<div class="item-news"><div class="clearfix b1"><a href="{r.path.lstrip("/")}" class="color3 font_level5_2" title="{esc(r.title)}">{esc(r.title[:70] + ("..." if len(r.title) > 70 else ""))}</a></div></div><div class="hr"></div>'
            for r in self.related_for(a)
        )
        return f"""<div class="panel Circular"><div class="panel-heading clearfix"><span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">ข่าวทำเนียบรัฐบาล</span></div></div>
<div class="border-normal clearfix">
<div class="col-xs-12 col-sm-8 Circular font_level5 color1 news-date">{self.date_line(a)}</div>
<div class="col-xs-12 col-sm-4 text-right"><a href="javascript:window.print()" class="print font_level6"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="col-xs-12"><h1 class="Circular font_level2 color4 headtitle">{esc(a.title)}</h1></div>
<div class="col-xs-12 Circular font_level4 color5 text-news">
<p class="text-center"><img src="news/contents/image/{a.id}/1.jpg" class="img-responsive" alt=""></p>
{paras}
{tail}
</div>
{views}
<div class="col-xs-12 share-news"><span class="font_level6">แชร์ข่าวนี้ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" target="_blank"><i class="fa fa-facebook-square fa-2x"></i></a> <a href="https://twitter.com/share?url={quote(url)}" target="_blank"><i class="fa fa-twitter-square fa-2x"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={quote(url)}" target="_blank"><img src="public/theme/default/images/line.png" width="28" alt="LINE"></a></div>
</div>
<div class="panel Circular"><div class="panel-heading"><span class="Circular headtitle-2 font_level6 color2">ข่าวที่เกี่ยวข้อง</span></div><div class="panel-body">{related}</div></div>"""

    def deleted(self):
        return """<div class="panel Circular"><div class="panel-heading clearfix"><span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">ข่าวทำเนียบรัฐบาล</span></div></div>
<div class="border-normal clearfix">
<div class="col-xs-12 col-sm-8 Circular font_level5 color1 news-date"></div>
<div class="col-xs-12 col-sm-4 text-right"><a href="javascript:window.print()" class="print font_level6"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="col-xs-12"><h1 class="Circular font_level2 color4 headtitle"></h1></div>
<div class="col-xs-12 Circular font_level4 color5 text-news"></div>
</div>"""

    def listing(self, n):
        blocks = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                path, title, when = (
                    f"news/contents/details/{DELETED_ID}",
                    "นายกรัฐมนตรีเป็นประธานการประชุมคณะกรรมการ (ข่าวนี้ถูกยกเลิก)",
                    dt.datetime(2019, 10, 1, tzinfo=TZ),
                )
            else:
                path, title, when = e.path.lstrip("/"), e.title, e.published
            shown = title if len(title) <= 60 else title[:60] + "..."
            blocks.append(
                f"""<!--NEWS BLOCK--><div class="item-news"><div class="clearfix b1"><a href="{path}" class="color3 font_level5_2" title="{esc(title)}">{esc(shown)}</a></div><div class="font_level6 color5"><i class="fa fa-calendar"></i> {fmt_abbr(when)}</div></div><!--HR--><div class="hr"></div>"""
            )
        total = len(self.pages)
        lis = []
        if n > 1:
            lis.append(
                f'<li><a href="news/contents/index/21?page={n - 1}" aria-label="Previous">&laquo;</a></li>'
            )
        for k in range(1, total + 1):
            lis.append(
                f'<li class="active"><span>{k}</span></li>'
                if k == n
                else f'<li><a href="news/contents/index/21?page={k}">{k}</a></li>'
            )
        if n < total:
            lis.append(
                f'<li><a href="news/contents/index/21?page={n + 1}" aria-label="Next">&raquo;</a></li>'
            )
        return f"""<div class="panel Circular"><div class="panel-heading"><span class="Circular headtitle-2 font_level6 color2">ข่าวทำเนียบรัฐบาล</span></div>
<div class="panel-body">{"".join(blocks)}</div></div>
<nav class="text-center"><ul class="pagination">{"".join(lis)}</ul></nav>"""

    def route(self, path, query, raw_query, base):
        if path in ("/", self.listing_path):
            try:
                n = int(qs1(query, "page", "1"))
            except ValueError:
                n = 1
            n = min(max(n, 1), len(self.pages))
            return self.html_response(self.frame(base, self.listing(n)))
        if path.startswith("/news/contents/details/"):
            try:
                nid = int(path.rsplit("/", 1)[1])
            except ValueError:
                return None
            if nid == DELETED_ID:
                return self.html_response(self.frame(base, self.deleted()))
            a = self.by_id.get(nid)
            if a:
                return self.html_response(self.frame(base, self.detail(a, base)))
        return None

    def expected(self):
        return [
            expected_record(
                a, must_not=FURNITURE + [OFFICE_TITLE] + [r.title for r in self.related_for(a)]
            )
            for a in self.articles
        ]


SITE = ThaigovPortal()

if __name__ == "__main__":
    main(SITE)
