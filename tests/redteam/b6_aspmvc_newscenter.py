"""Blind-6 red-team site: a national news-centre portal on ASP.NET MVC 5 (IIS) in the style of
the Public Relations Department's news sites, built blind.

What it imitates:
- headers `X-Powered-By: ASP.NET`, `X-AspNetMvc-Version: 5.2`; bundles `/bundles/…?v=`,
  `__RequestVerificationToken` forms, `<title>` "ชื่อข่าว - สำนักข่าว…";
- news codes `/th/news/detail/TCATG240215103425407` ("TCATG" + yyMMddHHmmss + a sequence),
  category list `/th/news/list/TCATG180503130005001?page=N` with PagedList.Mvc's
  `div.pagination-container` ("««", "«", numbers, "»", "»»"), page 1 linked as `?page=1`;
- the detail: category label, `h1.news-title`, an icon row "15 กุมภาพันธ์ 2567" /
  "10:34 น." / "อ่าน 1,234" (full Thai month, BE, separate time), a text-to-speech bar
  "ฟังข่าว", a photo with caption, the text as `<div>` lines with `&nbsp;` indents and
  `<div>&nbsp;</div>` gaps, a "ข่าว : …" sign-off; hashtags "#…", share icons,
  "ภาพข่าวเพิ่มเติม" gallery, "ข่าวที่เกี่ยวข้อง" and "ข่าวยอดนิยม" lists, a newsletter form;
  no modified date;
- the deleted code: 200 with the detail view and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, BaseSite, be, esc, expected_record, main, paginate, qs1
from .b6_common import build, hm

SITE_NAME = "สำนักข่าวแห่งชาติ กรมประชาสัมพันธ์"
SOURCES = [
    "สำนักงานประชาสัมพันธ์เขต 3",
    "สถานีวิทยุกระจายเสียงแห่งประเทศไทย จังหวัดชลบุรี",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดระยอง",
]
PER_PAGE = 9
CAT = "TCATG180503130005001"
LIST = f"/th/news/list/{CAT}"
DELETED = "/th/news/detail/TCATG240120091502011"
TOKEN = "kB3wq0x2Yv7c9Lr-1sZpTm4NdA8eUo5H6jGfQi"


def fulldate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def code(a) -> str:
    return "TCATG" + a.published.strftime("%y%m%d%H%M") + f"{(a.id * 7) % 60:02d}{a.id % 1000:03d}"


class NewsCenterSite(BaseSite):
    key = "b6_aspmvc_newscenter"
    family = "generic"
    imitates = "ASP.NET MVC 5 national news-centre portal: /th/news/detail/TCATG240215103425407, PagedList ?page=N, '15 กุมภาพันธ์ 2567' + '10:34 น.' + 'อ่าน 1,234', 'ฟังข่าว' bar, <div> lines with &nbsp;, 'ข่าว :' sign-off, hashtags"
    listing_path = LIST

    def __init__(self):
        self.articles = build(
            self.key, 25, 45, SOURCES, dt.datetime(2024, 2, 16, 18, 0), first_id=400, step=13
        )
        for a in self.articles:
            a.modified = None
            a.path = f"/th/news/detail/{code(a)}"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 5]] or self.articles[1:5]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {
                "Content-Type": "text/html; charset=utf-8",
                "Cache-Control": "private",
                "X-AspNetMvc-Version": "5.2",
                "X-AspNet-Version": "4.0.30319",
                "X-Powered-By": "ASP.NET",
            },
            text.encode("utf-8"),
        )

    def shell(self, title, content, side=True):
        pop = "".join(
            f'<li class="list-group-item"><span class="rank">{k + 1}</span><a href="{x.path}">{esc(x.title)}</a></li>'
            for k, x in enumerate(self.popular())
        )
        aside = (
            f"""<div class="col-lg-4"><div class="box-popular"><h3 class="box-title">ข่าวยอดนิยม</h3><ul class="list-group">{pop}</ul></div><div class="box-newsletter"><h3 class="box-title">รับข่าวสารทางอีเมล</h3><form action="/th/newsletter/subscribe" method="post"><input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" /><input type="email" name="Email" class="form-control" placeholder="อีเมลของคุณ" /><button type="submit" class="btn btn-primary">สมัครรับข่าว</button></form></div></div>"""
            if side
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>{esc(title)} - {SITE_NAME}</title>
    <link href="/Content/css?v=Xq1Zr2oN2u8j0Pz7Hh7kQ6yT1aC5m3eWb9lR4sF0dg1" rel="stylesheet"/>
    <script src="/bundles/modernizr?v=inCVuEFe6J4Q07A0AcRsbJic_UE5MwpRMNGcOtk94TE1"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="top-date">ศูนย์ข่าวภูมิภาค</span><ul class="top-links"><li><a href="/th/radio">ฟังวิทยุออนไลน์</a></li><li><a href="/th/tv">ชมทีวีออนไลน์</a></li><li><a href="/en">English</a></li></ul></div></div>
<header class="site-header"><div class="container"><a class="navbar-brand" href="/th"><img src="/Content/images/logo-nnt.png" alt="{SITE_NAME}" /></a>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/th">หน้าแรก</a></li><li class="nav-item active"><a class="nav-link" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/th/news/list/TCATG180503130005002">ข่าวภูมิภาค</a></li><li class="nav-item"><a class="nav-link" href="/th/news/list/TCATG180503130005003">เศรษฐกิจ</a></li><li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li></ul>
<form class="form-inline" action="/th/search" method="get"><input class="form-control" type="search" name="keyword" placeholder="ค้นหาข่าว" /></form></nav></div></header>
<div class="container main-container"><div class="row">
<div class="{"col-lg-8" if side else "col-12"}">
{content}
</div>
{aside}
</div></div>
<footer class="site-footer"><div class="container"><p>{SITE_NAME} 9 ถนนพระรามที่ 6 แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400</p><p>ผู้เข้าชมวันนี้ 12,345 | ผู้เข้าชมทั้งหมด 98,765,432</p><p>&copy; 2024 {SITE_NAME} All Rights Reserved.</p></div></footer>
<script src="/bundles/jquery?v=FVs3ACwOLIVInrAl5sdzR2jrCDmVOWFbZMY6g6Q0ulE1"></script>
<script src="/bundles/bootstrap?v=lescQEuG5u4jd-GcVDBcbpUOSyTDIg0Kk9zHDX55GCw1"></script>
</body>
</html>
"""

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        cards = []
        for k, a in enumerate(self.pages[n]):
            cards.append(
                f"""<div class="col-md-4 news-item"><div class="card"><a href="{a.path}"><img class="card-img-top" src="https://nntimg.prd.go.th/uploads/{a.published:%Y%m}/{code(a)}_thumb.jpg" alt="{esc(a.title)}" /></a><div class="card-body"><h5 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h5><div class="news-meta"><span><i class="fa fa-calendar"></i> {fulldate(a.published)}</span> <span><i class="fa fa-eye"></i> {a.views:,}</span></div></div></div></div>"""
            )
            if n == 1 and k == 7:
                cards.append(
                    f"""<div class="col-md-4 news-item"><div class="card"><div class="card-body"><h5 class="card-title"><a href="{DELETED}">กปส. ชวนประชาชนร่วมส่งคลิปประกวด "ข่าวดีใกล้ตัว" ชิงรางวัลรวมกว่าแสนบาท</a></h5></div></div></div>"""
                )
        last = len(self.pages) - 1
        lis = []
        if n > 0:
            lis.append(
                f'<li class="PagedList-skipToFirst"><a href="{LIST}?page=1">««</a></li><li class="PagedList-skipToPrevious"><a href="{LIST}?page={n}" rel="prev">«</a></li>'
            )
        for k in range(last + 1):
            lis.append(
                f'<li class="active"><a>{k + 1}</a></li>'
                if k == n
                else f'<li><a href="{LIST}?page={k + 1}">{k + 1}</a></li>'
            )
        if n < last:
            lis.append(
                f'<li class="PagedList-skipToNext"><a href="{LIST}?page={n + 2}" rel="next">»</a></li><li class="PagedList-skipToLast"><a href="{LIST}?page={last + 1}">»»</a></li>'
            )
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li></ol>
<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="row news-list">
{chr(10).join(cards)}
</div>
<div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div>"""
        return self.html_response(self.shell("ข่าวประชาสัมพันธ์", content))

    def detail(self, a):
        lines = "\n<div>&nbsp;</div>\n".join(
            f"<div>&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</div>" for p in a.paras
        )
        if a.source:
            lines += f"\n<div>&nbsp;</div>\n<div>ข่าว : {esc(a.source)}</div>"
        tags = "".join(
            f'<a class="hashtag" href="/th/search?tag={k}">#{esc(t)}</a> '
            for k, t in enumerate(a.tags)
        )
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small class="text-muted">{fulldate(x.published)}</small></li>'
            for x in self.related(a)
        )
        gal = "".join(
            f'<a href="https://nntimg.prd.go.th/uploads/{a.published:%Y%m}/{code(a)}_{k}.jpg" data-fancybox="gallery"><img src="https://nntimg.prd.go.th/uploads/{a.published:%Y%m}/{code(a)}_{k}_s.jpg" alt="" /></a>'
            for k in range(1, 5)
        )
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li></ol>
<div class="news-detail">
<span class="badge badge-category">ข่าวประชาสัมพันธ์</span>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-info"><span class="date"><i class="fa fa-calendar"></i> {fulldate(a.published)}</span> <span class="time"><i class="fa fa-clock-o"></i> {hm(a.published)} น.</span> <span class="view"><i class="fa fa-eye"></i> อ่าน {a.views:,}</span></div>
<div class="tts-bar"><button type="button" class="btn btn-tts" data-id="{code(a)}"><i class="fa fa-volume-up"></i> ฟังข่าว</button><audio preload="none" src="/th/tts/{code(a)}.mp3"></audio></div>
<figure class="news-cover"><img src="https://nntimg.prd.go.th/uploads/{a.published:%Y%m}/{code(a)}.jpg" alt="{esc(a.title)}" class="img-fluid" /><figcaption>ภาพประกอบข่าว</figcaption></figure>
<div class="news-content">
{lines}
</div>
<div class="news-tags">{tags}</div>
<div class="news-share"><span>แชร์ข่าว</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://thainews.example/th/news/detail/{code(a)}" target="_blank"><i class="fa fa-facebook"></i></a> <a href="https://social-plugins.line.me/lineit/share?url=https://thainews.example/th/news/detail/{code(a)}" target="_blank"><i class="fa fa-line"></i></a> <a href="https://twitter.com/intent/tweet?url=https://thainews.example/th/news/detail/{code(a)}" target="_blank"><i class="fa fa-twitter"></i></a> <a href="javascript:window.print()"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="news-gallery"><h4>ภาพข่าวเพิ่มเติม</h4>{gal}</div>
</div>
<div class="box-related"><h3 class="box-title">ข่าวที่เกี่ยวข้อง</h3><ul>{rel}</ul></div>"""
        return self.html_response(self.shell(a.title, content))

    def deleted(self):
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li></ol>
<div class="news-detail"><h1 class="news-title"></h1><div class="news-content"><div class="alert alert-warning text-center">ไม่พบข้อมูล</div></div></div>"""
        return self.html_response(self.shell("ไม่พบข้อมูล", content))

    def route(self, path, query, raw_query, base):
        if path in ("/", "/th"):
            return 302, {"Location": base + LIST}, b""
        if path == LIST:
            p = qs1(query, "page", "1")
            return self.listing(int(p) - 1) if p.isdigit() else None
        if path in self.by_path:
            return self.detail(self.by_path[path])
        if path.startswith("/th/news/detail/TCATG"):
            return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views:,}",
                "ฟังข่าว",
                "ภาพประกอบข่าว",
                "แชร์ข่าว",
                "ภาพข่าวเพิ่มเติม",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวยอดนิยม",
                "รับข่าวสารทางอีเมล",
                "ผู้เข้าชมวันนี้",
            ] + [x.title for x in self.related(a)]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = NewsCenterSite()

if __name__ == "__main__":
    main(SITE)
