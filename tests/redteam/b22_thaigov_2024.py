"""Blind-22 red-team site: the **Royal Thai Government portal (thaigov.go.th) in its current,
Bootstrap-3 based layout**, the section "ข่าวจากหน่วยงานราชการ" (news sent in by ministries and
departments), built blind.

What it imitates (from the public scrapers of the PyThaiNLP thaigov corpus, which name the
page's own classes, and the corpus texts' own sign-offs):
- details at `/news/contents/details/<id>` (plain numeric ids), listing
  `/news/contents/index/5`, `?page=2`, `?page=3` with a Bootstrap `ul.pagination`;
- `<title>` = "รัฐบาลไทย-<section>-<headline>" (the portal's prefix; a missing or withdrawn id
  answers **200 with `<title>รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-</title>`** and an empty
  `div.border-normal` — the very check the corpus scrapers use);
- the section label `span.Circular.headtitle-2.font_level6.color2` (not the headline), a
  breadcrumb ending in the headline cut at 60 characters, the font-size / contrast tools;
- in `div.border-normal.clearfix`: the date line "วันพฤหัสบดีที่ 15 กุมภาพันธ์ 2567" (weekday,
  BE, Arabic digits), a separate `span` "14:30 น." only for items whose time was entered, an
  eye-icon counter whose only label is the `title` attribute ("จำนวนผู้เข้าชม"), the print /
  Facebook / X / LINE / copy-link bar, **the headline as a `div.font_level4` (no `h1`; the only
  `h1` is the portal logo)**, the text in `<p>` paragraphs, a sign-off after a dotted rule
  (an office alone, "ที่มา :" / "ข่าว/ภาพ :" + office, or nothing) with a photographer credit
  "ภาพ : …" above it for some, an image gallery "ภาพข่าว" with "ดาวน์โหลดภาพทั้งหมด" (some),
  "ไฟล์แนบ" PDF (some), "ปรับปรุงข้อมูลล่าสุด : …" (edited items only);
- below it "ข่าวที่เกี่ยวข้อง" (four cards, titles + dates); sidebar "ข่าวล่าสุด",
  "ข่าวยอดนิยม" and the section list; footer with address and a site-wide visitor counter;
  cookie bar.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, TZ, WEEKDAYS, Article, be, esc, main
from .b8_common import record
from .b20b_common import B9Site, build

SECTION = "ข่าวจากหน่วยงานราชการ"
CAT = 5
LIST = f"/news/contents/index/{CAT}"
DELETED_ID = 81302
SOURCES = [
    ("alone", "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก"),
    ("ที่มา :", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"),
    (None, None),
    ("ข่าว/ภาพ :", "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงยุติธรรม"),
    ("alone", "กลุ่มประชาสัมพันธ์ กระทรวงศึกษาธิการ"),
    (None, None),
    ("ที่มา :", "สำนักงานประชาสัมพันธ์จังหวัดแพร่"),
]
PHOTOGRAPHERS = ["สมภพ ศีลบุตร", "วรรณา ทองดี", "ชาตรี แก้วมณี"]


def date_line(d: dt.datetime) -> str:
    """'วันพฤหัสบดีที่ 15 กุมภาพันธ์ 2567'."""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}"


def short_date(d: dt.datetime) -> str:
    """'15 ก.พ. 2567'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


class ThaigovSite(B9Site):
    key = "b22_thaigov_2024"
    family = "thaigov"
    imitates = "thaigov.go.th current Bootstrap-3 layout, section ข่าวจากหน่วยงานราชการ: /news/contents/details/<id>, /news/contents/index/5?page=N, <title> 'รัฐบาลไทย-<section>-<headline>', div.border-normal with weekday BE date line + separate 'HH:MM น.' (some), eye-icon counter labelled only by title=, print/share bar, headline in div.font_level4 (the only h1 is the logo), <p> text, dotted-rule sign-off (office alone / ที่มา / ข่าว/ภาพ) with photo credit, gallery, ไฟล์แนบ, ปรับปรุงข้อมูลล่าสุด (edited only), ข่าวที่เกี่ยวข้อง; withdrawn id = empty template with the bare title (200)"
    listing_path = LIST
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 5, [None], dt.datetime(2024, 3, 20, 17, 0), first_id=81271, step=1
        )
        for i, a in enumerate(self.articles):
            a.path = f"/news/contents/details/{a.id}"
            a.tags = []
            label, office = SOURCES[i % len(SOURCES)]
            a.extra["label"] = label
            a.source = office
            a.extra["photo"] = PHOTOGRAPHERS[i % 3] if (label and i % 3 != 1) else None
            a.extra["gallery"] = i % 4 == 0
            a.extra["attach"] = i % 5 == 2
            if not a.time_printed:
                a.published = a.published.replace(hour=0, minute=0)
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?page={k + 1}"

    def deleted_paths(self):
        return [f"/news/contents/details/{DELETED_ID}"]

    def extra_route(self, key, query):
        if key == f"{LIST}?page=1":
            return self.html_response(self.listing(0))
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, *, og="", crumbs=()):
        crumb = "".join(f"<li>{c}</li>" for c in crumbs)
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{short_date(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="เว็บไซต์รัฐบาลไทย ทำเนียบรัฐบาล">
{og}<link rel="shortcut icon" href="/assets/img/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS {SECTION}" href="/rss/news/{CAT}">
<link rel="stylesheet" href="/assets/plugins/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=20240215">
</head>
<body class="font_size_normal">
<div id="cookie-bar" class="cookie-consent">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a href="/cookie-policy">นโยบายคุกกี้</a> <button type="button" class="btn btn-primary btn-xs">ยอมรับ</button></div>
<header id="header">
<div class="container">
<div class="row">
<div class="col-xs-8"><a href="/"><h1 class="logo"><img src="/assets/img/logo.png" alt="รัฐบาลไทย"> รัฐบาลไทย</h1></a></div>
<div class="col-xs-4 text-right tools">
<a href="javascript:void(0)" class="font_small" title="ลดขนาดตัวอักษร">ก-</a> <a href="javascript:void(0)" class="font_normal" title="ขนาดตัวอักษรปกติ">ก</a> <a href="javascript:void(0)" class="font_large" title="เพิ่มขนาดตัวอักษร">ก+</a>
<a href="javascript:void(0)" class="contrast" title="ความคมชัด">ความคมชัด</a> | <a href="/">TH</a> | <a href="/en">EN</a>
<form action="/search" method="get" class="search"><input type="text" name="keyword" placeholder="ค้นหา"><button type="submit"><i class="fa fa-search"></i></button></form>
</div>
</div>
<nav class="navbar navbar-default main-menu"><ul class="nav navbar-nav">
<li><a href="/">หน้าหลัก</a></li><li><a href="/aboutus/history">รู้จักรัฐบาล</a></li><li><a href="/news/contents/index/1">ข่าวทำเนียบรัฐบาล</a></li><li class="active"><a href="{LIST}">{SECTION}</a></li><li><a href="/news/contents/index/3">มติคณะรัฐมนตรี</a></li><li><a href="/multimedia">มัลติมีเดีย</a></li><li><a href="/contactus">ติดต่อเรา</a></li>
</ul></nav>
</div>
</header>
<div id="banner-group" class="container">
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li>{crumb}</ol>
<div class="row">
<div class="col-xs-12"><span class="Circular headtitle-2 font_level6 color2 col-xs-9 remove-xs">{SECTION}</span></div>
</div>
<div class="row">
<div class="col-xs-12 col-md-9">
{content}
</div>
<aside class="col-xs-12 col-md-3 sidebar">
<div class="panel panel-default"><div class="panel-heading Circular">ข่าวล่าสุด</div><ul class="list-unstyled news-latest">{latest}</ul></div>
<div class="panel panel-default"><div class="panel-heading Circular">ข่าวยอดนิยม</div><ol class="news-popular">{popular}</ol></div>
<div class="panel panel-default"><div class="panel-heading Circular">หมวดข่าว</div><ul class="list-unstyled"><li><a href="/news/contents/index/1">ข่าวทำเนียบรัฐบาล</a></li><li><a href="{LIST}">{SECTION}</a></li><li><a href="/news/contents/index/3">มติคณะรัฐมนตรี</a></li><li><a href="/news/contents/index/7">ข่าวต่างประเทศ</a></li></ul></div>
</aside>
</div>
</div>
<footer id="footer">
<div class="container"><div class="row">
<div class="col-sm-8">สำนักงานปลัดสำนักนายกรัฐมนตรี ทำเนียบรัฐบาล ถนนพิษณุโลก เขตดุสิต กรุงเทพฯ 10300<br>ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน สายด่วน 1111</div>
<div class="col-sm-4 text-right">จำนวนผู้เข้าชมเว็บไซต์ <span class="counter">48,915,302</span><br><a href="/policy">นโยบายเว็บไซต์</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></div>
</div></div>
</footer>
<script src="/assets/plugins/jquery/jquery.min.js"></script>
<script src="/assets/plugins/bootstrap/js/bootstrap.min.js"></script>
<script src="/assets/js/main.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def listing(self, k):
        items = list(self.pages[k])
        if k == 1:
            gone = Article(
                id=DELETED_ID,
                title="กรมการจัดหางานเปิดรับสมัครคนหางานไปทำงานต่างประเทศ รอบพิเศษ",
                paras=["-"],
                published=items[2].published + dt.timedelta(hours=2),
                time_printed=False,
            )
            gone.path = self.deleted_paths()[0]
            items.insert(3, gone)
        cards = "".join(
            f"""<div class="col-xs-12 col-sm-6 col-md-4 padding-sm1 news-2">
<figure><a href="{a.path}"><img src="/data/news/{a.id}/thumb.jpg" class="img-responsive" alt=""></a></figure>
<h3 class="news-1 Circular color2"><a href="{a.path}">{esc(a.title)}</a></h3>
<p class="date"><i class="fa fa-calendar"></i> {short_date(a.published)}</p>
</div>
"""
            for a in items
        )
        n = len(self.pages)
        pager = []
        pager.append(
            '<li class="disabled"><span>&laquo;</span></li>'
            if k == 0
            else f'<li><a href="{self.page_url(k - 1)}" rel="prev">&laquo;</a></li>'
        )
        for j in range(n):
            pager.append(
                f'<li class="active"><span>{j + 1}</span></li>'
                if j == k
                else f'<li><a href="{LIST}?page={j + 1}">{j + 1}</a></li>'
            )
        pager.append(
            '<li class="disabled"><span>&raquo;</span></li>'
            if k == n - 1
            else f'<li><a href="{self.page_url(k + 1)}" rel="next">&raquo;</a></li>'
        )
        content = f"""<div class="row news-list">
{cards}</div>
<nav class="text-center"><ul class="pagination">{"".join(pager)}</ul></nav>"""
        return self.shell(f"รัฐบาลไทย-{SECTION}", content, crumbs=[SECTION])

    # ------------------------------------------------------------------ details

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 1 :] + self.articles[:i]
        return pool[:4]

    def detail(self, a):
        when = f'<span class="news-date"><i class="fa fa-calendar"></i> {date_line(a.published)}</span>'
        if a.time_printed:
            when += f' <span class="news-time"><i class="fa fa-clock-o"></i> {a.published:%H:%M} น.</span>'
        paras = "\n".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        tail = []
        if a.extra["label"]:
            tail.append('<p class="text-center">…………………………………………</p>')
            if a.extra["photo"]:
                tail.append(f"<p>ภาพ : {a.extra['photo']}</p>")
            if a.extra["label"] == "alone":
                tail.append(f"<p>{esc(a.source)}</p>")
            else:
                tail.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        extras = []
        if a.extra["gallery"]:
            thumbs = "".join(
                f'<div class="col-xs-6 col-sm-3"><a href="/data/news/{a.id}/img{j}.jpg" data-fancybox="gallery"><img src="/data/news/{a.id}/thumb{j}.jpg" class="img-responsive" alt=""></a></div>'
                for j in range(1, 5)
            )
            extras.append(
                f'<div class="news-gallery"><div class="Circular font_level6 color2">ภาพข่าว</div><div class="row">{thumbs}</div><a href="/news/contents/download_image/{a.id}" class="btn btn-default btn-sm"><i class="fa fa-download"></i> ดาวน์โหลดภาพทั้งหมด</a></div>'
            )
        if a.extra["attach"]:
            extras.append(
                f'<div class="news-attach"><div class="Circular font_level6 color2">ไฟล์แนบ</div><a href="/data/news/{a.id}/doc_{a.id}.pdf" target="_blank"><i class="fa fa-file-pdf-o"></i> เอกสารประกอบข่าว.pdf</a> <small>(ขนาด 245.3 KB)</small></div>'
            )
        if a.modified:
            m = a.modified
            extras.append(
                f'<p class="news-update text-right"><small>ปรับปรุงข้อมูลล่าสุด : {short_date(m)} {m:%H:%M:%S}</small></p>'
            )
        share = f"""<div class="news-tools text-right">
<a href="/news/contents/print/{a.id}" target="_blank" title="พิมพ์"><i class="fa fa-print"></i> พิมพ์</a>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.thaigov.go.th{a.path}" target="_blank" title="แชร์ Facebook"><i class="fa fa-facebook"></i></a>
<a href="https://twitter.com/intent/tweet?url=https://www.thaigov.go.th{a.path}" target="_blank" title="แชร์ X"><i class="fa fa-twitter"></i></a>
<a href="https://social-plugins.line.me/lineit/share?url=https://www.thaigov.go.th{a.path}" target="_blank" title="แชร์ LINE"><i class="fa fa-comment"></i></a>
<a href="javascript:void(0)" class="copy-link" title="คัดลอกลิงก์"><i class="fa fa-link"></i> คัดลอกลิงก์</a>
</div>"""
        related = "".join(
            f'<div class="col-xs-12 col-sm-6 news-2"><h3 class="news-1 Circular color2"><a href="{o.path}">{esc(o.title)}</a></h3><p class="date">{short_date(o.published)}</p></div>'
            for o in self.related(a)
        )
        content = f"""<div class="border-normal clearfix">
<div class="col-xs-12 padding-sm1 news-detail">
<div class="row news-meta">
<div class="col-xs-8 Circular font_level6 color4">{when}</div>
<div class="col-xs-4 text-right"><span class="view-count" title="จำนวนผู้เข้าชม"><i class="fa fa-eye"></i> {a.views:,}</span></div>
</div>
{share}
<div class="Circular font_level4 color1 headtitle-news">{esc(a.title)}</div>
<div class="news-content font_level5">
{paras}
{"".join(tail)}
</div>
{"".join(extras)}
</div>
</div>
<div class="related-news">
<div class="Circular headtitle-2 font_level6 color2">ข่าวที่เกี่ยวข้อง</div>
<div class="row">{related}</div>
</div>"""
        og = (
            f'<meta property="og:type" content="article">\n'
            f'<meta property="og:title" content="{esc(a.title)}">\n'
            f'<meta property="og:url" content="https://www.thaigov.go.th{a.path}">\n'
            f'<meta property="og:image" content="https://www.thaigov.go.th/data/news/{a.id}/thumb.jpg">\n'
        )
        cut = a.title if len(a.title) <= 60 else a.title[:60] + "..."
        return self.shell(
            f"รัฐบาลไทย-{SECTION}-{a.title}",
            content,
            og=og,
            crumbs=[f'<a href="{LIST}">{SECTION}</a>', esc(cut)],
        )

    def deleted(self):
        content = """<div class="border-normal clearfix">
<div class="col-xs-12 padding-sm1 news-detail">
<div class="row news-meta"><div class="col-xs-8 Circular font_level6 color4"></div><div class="col-xs-4 text-right"></div></div>
<div class="Circular font_level4 color1 headtitle-news"></div>
<div class="news-content font_level5">
</div>
</div>
</div>"""
        return self.shell("รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-", content, crumbs=[SECTION])

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                date_line(a.published),
                f"{a.views:,}",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                *[o.title for o in self.related(a)],
                "ภาพข่าว",
                "ดาวน์โหลดภาพทั้งหมด",
                "ไฟล์แนบ",
                "เอกสารประกอบข่าว.pdf",
                "ปรับปรุงข้อมูลล่าสุด",
                f"ภาพ : {a.extra['photo']}" if a.extra["photo"] else "",
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                "เว็บไซต์นี้ใช้คุกกี้",
                "จำนวนผู้เข้าชมเว็บไซต์",
                "ถนนพิษณุโลก เขตดุสิต",
                "ความคมชัด",
            ]
            out.append(
                record(
                    self,
                    a,
                    must_not,
                    tags=False,
                    modified_time=True,
                )
            )
        return out


assert TZ.utcoffset(None) == dt.timedelta(hours=7)
SITE = ThaigovSite()

if __name__ == "__main__":
    main(SITE)
