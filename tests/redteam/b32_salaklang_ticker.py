"""Blind-32 red-team site (part C): a **provincial hall (ศาลากลางจังหวัด) portal** on the kind of
plain-PHP Bootstrap 4 template that provincial offices buy from local vendors
(จังหวัดกำแพงเพชร), built blind.

What it imitates:
- fingerprints: `meta name="generator" content="ProvincePortal 2.4"`, `/assets/vendor/bootstrap/`,
  `/uploads/news/…`, an RSS feed at `/rss/news.xml`, jQuery `marquee` plug-in;
- shell: top bar with the Thai date of today and the font-size / contrast tools, the header
  with the provincial seal and **`h1` = the province's name**, the **news ticker**
  ("ข่าวล่าสุด :" + the latest titles in a `marquee`), the navbar, a governor block
  (photo, name, "ผู้ว่าราชการจังหวัดกำแพงเพชร"), the "ศูนย์ดำรงธรรม 1567" banner, a PDPA cookie
  bar, the footer with the site-wide counter;
- **fixed `<title>`** ("จังหวัดกำแพงเพชร :: ข่าวประชาสัมพันธ์") and **the headline only in
  `div.news-detail h4.news-topic`**; no og:title, no JSON-LD;
- **the date split across elements in a calendar box**: `div.date-box` > `span.d` "๕",
  `span.m` "มี.ค.", `span.y` "๖๗" (**Thai digits, abbreviated month, two-digit BE year**), the time
  "๑๔.๒๐ น." in another `span` (some items only); no machine date;
- counter "👁 ผู้เข้าชม ๑,๒๓๔" (Thai digits with separator); poster "โดย : pr_kpt";
- inside the detail panel: font-size "ก- ก ก+", "พิมพ์", "แชร์ :" Facebook / LINE / X, image
  gallery "ภาพกิจกรรม" (some), "ไฟล์แนบ" (some), the typed source line at the end of the text
  ("ข่าว : office", "ภาพ/ข่าว : office", "เรียบเรียง : office", or none), "ข่าวก่อนหน้า /
  ข่าวถัดไป" with titles, "ข่าวที่น่าสนใจ" cards with Thai-digit dates.
- listing: `/news/cat/1`, **path-segment pagination** `/news/cat/1/2`, `/news/cat/1/3`, … with
  the page numbers printed **in Thai digits** ("หน้า ๑ ๒ ๓ ๔ ถัดไป »").
Deleted: `/news/detail/<id>` of a removed item answers 200 with the detail template, an empty
headline and "ไม่พบข้อมูลข่าวที่ท่านเรียก หรือข่าวนี้ถูกลบแล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

PROVINCE = "จังหวัดกำแพงเพชร"
FIXED_TITLE = f"{PROVINCE} :: ข่าวประชาสัมพันธ์"
GOVERNOR = "นายชาตรี ศรีวงศ์เพชร"
PR = "สำนักงานประชาสัมพันธ์จังหวัดกำแพงเพชร"
SOURCES = [
    ("ข่าว", PR),
    None,
    ("ภาพ/ข่าว", "ที่ทำการปกครองจังหวัดกำแพงเพชร"),
    ("เรียบเรียง", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    None,
    ("ข่าว", "สำนักงานเกษตรจังหวัดกำแพงเพชร"),
]
LOGINS = ["pr_kpt", "admin_kpt", "yut_kpt"]
PER_PAGE = 6
LISTING = "/news/cat/1"
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๓,๘๑๗,๒๐๔ ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านเรียก หรือข่าวนี้ถูกลบแล้ว"


def td(s) -> str:
    return thai_digits(s)


def datebox(d: dt.datetime, with_time: bool) -> str:
    t = (
        f'<span class="t"><i class="far fa-clock"></i> {td(f"{d:%H.%M}")} น.</span>'
        if with_time
        else ""
    )
    return f'<div class="date-box"><span class="d">{td(d.day)}</span><span class="m">{MONTHS_ABBR[d.month - 1]}</span><span class="y">{td(str(be(d))[-2:])}</span></div>{t}'


def short(d: dt.datetime) -> str:
    return td(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


class SalaklangSite(BaseSite):
    key = "b32_salaklang_ticker"
    family = "provincial"
    imitates = "provincial hall (ศาลากลางจังหวัด) portal on a vendor plain-PHP Bootstrap 4 template (generator 'ProvincePortal 2.4'), UTF-8: fixed <title>, h1 = province, headline only in div.news-detail h4.news-topic; date split in a calendar box span.d '๕' / span.m 'มี.ค.' / span.y '๖๗' (Thai digits, 2-digit BE) with the time '๑๔.๒๐ น.' in another span (some); 'ผู้เข้าชม ๑,๒๓๔'; poster 'โดย : login'; news ticker marquee of latest titles; font-size tools, print, share, gallery, attachments inside the panel; typed 'ข่าว : / ภาพ/ข่าว : / เรียบเรียง :' source line (some); prev/next with titles; 'ข่าวที่น่าสนใจ' cards; governor block; listing /news/cat/1 with path-segment pages /news/cat/1/N numbered in Thai digits; deleted = empty detail template (200)"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2024, 3, 29, 17, 30, tzinfo=TZ), offset=24
        )
        drop_corpus_signoffs(arts)
        nid = 4310
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 4
            a.modified = None
            a.tags = []
            a.path = f"/news/detail/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["login"] = LOGINS[i % 3]
            a.extra["gallery"] = i % 4 == 2
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/news/detail/{self.pages[1][1].id + 1}"
        assert self.deleted not in self.by_path

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}/{k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb):
        ticker = " &nbsp;•&nbsp; ".join(
            f'<a href="{a.path}">{esc(a.title)}</a>' for a in self.articles[:6]
        )
        today = dt.date(2024, 3, 30)
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="ProvincePortal 2.4">
<meta name="description" content="เว็บไซต์{PROVINCE} ศาลากลางจังหวัดกำแพงเพชร">
<title>{FIXED_TITLE}</title>
<link rel="shortcut icon" href="/assets/img/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/rss/news.xml">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=2.4.7">
</head>
<body>
<div class="topbar"><div class="container d-flex justify-content-between"><div class="today">วันเสาร์ที่ {td(today.day)} มีนาคม {td(2567)}</div><div class="tools"><a href="#" class="fs-down">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-up">ก+</a> | <a href="#" class="contrast">ความคมชัด</a> | <a href="/en">EN</a></div></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a href="/" class="seal"><img src="/assets/img/seal_kpt.png" alt="ตราจังหวัด"></a><div class="site-title"><h1>{PROVINCE}</h1><p class="slogan">กรุแตก แมกไม้ กล้วยไข่ ศิลาแลง</p></div></div></header>
<div class="news-ticker"><div class="container d-flex"><span class="ticker-label badge badge-danger">ข่าวล่าสุด :</span><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()">{ticker}</marquee></div></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">ข้อมูลจังหวัด</a></li><li class="nav-item active"><a class="nav-link" href="{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/news/cat/2">ข่าวจัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container my-3"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{LISTING}">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol></nav>
<div class="row">
<div class="col-lg-9 main-col">
{content}
</div>
<div class="col-lg-3 side-col">
<div class="card governor mb-3"><img src="/uploads/exec/governor.jpg" class="card-img-top" alt="ผู้ว่าราชการจังหวัด"><div class="card-body text-center"><h5>{GOVERNOR}</h5><p>ผู้ว่าราชการจังหวัดกำแพงเพชร</p></div></div>
<div class="banner mb-3"><a href="http://www.1567.moi.go.th"><img src="/uploads/banner/damrongdham.png" alt="ศูนย์ดำรงธรรม 1567"></a><p class="small">ศูนย์ดำรงธรรมจังหวัดกำแพงเพชร โทร. 1567</p></div>
<div class="card mb-3"><div class="card-header">ลิงก์หน่วยงาน</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="https://www.moi.go.th">กระทรวงมหาดไทย</a></li><li class="list-group-item"><a href="https://www.prd.go.th">กรมประชาสัมพันธ์</a></li></ul></div>
</div>
</div></div>
<footer class="site-footer bg-dark text-light"><div class="container py-4"><p>ศาลากลางจังหวัดกำแพงเพชร ถนนราชดำเนิน ตำบลในเมือง อำเภอเมืองกำแพงเพชร จังหวัดกำแพงเพชร 62000</p><p>โทรศัพท์ 0-5570-5022 | อีเมล saraban@kamphaengphet.go.th</p><p class="counter">{SITE_COUNTER}</p><p class="small">Copyright © 2567 {PROVINCE} | Powered by ProvincePortal</p></div></footer>
<div class="pdpa-bar fixed-bottom"><div class="container d-flex"><p>{COOKIE}</p><button class="btn btn-sm btn-success" id="pdpa-accept">ยอมรับ</button></div></div>
<script src="/assets/vendor/jquery/jquery-3.4.1.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/main.js?v=2.4.7"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, path, a):
        return f"""<div class="col-md-6 mb-4"><div class="card news-card h-100"><a href="{path}"><img src="/uploads/news/thumb_{a.id}.jpg" class="card-img-top" alt=""></a><div class="card-body"><div class="news-date"><i class="far fa-calendar-alt"></i> {short(a.published)}</div><h5 class="card-title"><a href="{path}">{esc(title)}</a></h5><p class="card-text">{esc(a.paras[0][:140])}...</p></div><div class="card-footer small"><i class="far fa-eye"></i> {td(f"{a.views:,}")}</div></div></div>"""

    def pager(self, k):
        n = len(self.pages)

        def url(j):
            return LISTING if j == 0 else f"{LISTING}/{j + 1}"

        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(k - 1)}">« ก่อนหน้า</a></li>'
            )
        for j in range(n):
            cls = "page-item active" if j == k else "page-item"
            items.append(
                f'<li class="{cls}"><a class="page-link" href="{url(j)}">{td(j + 1)}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(k + 1)}">ถัดไป »</a></li>'
            )
        return f'<nav class="mt-2"><ul class="pagination justify-content-center"><li class="page-item disabled"><span class="page-link">หน้า</span></li>{"".join(items)}</ul><p class="text-center small">ทั้งหมด {td(len(self.articles))} รายการ</p></nav>'

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                2,
                self.card(
                    "ขอเชิญร่วมงานประเพณีนบพระ เล่นเพลง และงานกาชาดจังหวัดกำแพงเพชร",
                    self.deleted,
                    self.pages[1][1],
                ),
            )
        content = f"""<div class="section-title"><h3><i class="fas fa-bullhorn"></i> ข่าวประชาสัมพันธ์</h3></div>
<div class="row news-list">{"".join(cards)}</div>
{self.pager(k)}"""
        return self.shell(content, "")

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def interesting(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i + 5, i - 3) if 0 <= j < len(self.articles)][:3]

    def detail(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += (
                f'<p class="news-source"><strong>{a.extra["label"]} :</strong> {esc(a.source)}</p>'
            )
        gallery = ""
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="col-4 mb-2"><a href="/uploads/news/{a.id}/{n}.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.id}/thumb_{n}.jpg" class="img-fluid" alt=""></a></div>'
                for n in range(1, 7)
            )
            gallery = f'<div class="news-gallery"><h6><i class="far fa-images"></i> ภาพกิจกรรม</h6><div class="row">{pics}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files"><h6><i class="fas fa-paperclip"></i> ไฟล์แนบ</h6><ul><li><a href="/uploads/files/news_{a.id}.pdf" target="_blank">news_{a.id}.pdf</a> (ดาวน์โหลด {td(37 + a.id % 50)} ครั้ง)</li></ul></div>'
        newer, older = self.neighbours(a)
        nav = '<div class="row news-nav mt-4">'
        nav += (
            f'<div class="col-6"><small>ข่าวก่อนหน้า</small><br><a href="{older.path}">{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        if newer:
            nav += f'<div class="col-6 text-right"><small>ข่าวถัดไป</small><br><a href="{newer.path}">{esc(newer.title)}</a></div>'
        nav += "</div>"
        rel = "".join(
            f'<div class="col-md-4"><div class="card"><div class="card-body"><small>{short(r.published)}</small><h6><a href="{r.path}">{esc(r.title)}</a></h6></div></div></div>'
            for r in self.interesting(a)
        )
        content = f"""<div class="news-detail card"><div class="card-body">
<div class="d-flex news-head">{datebox(a.published, a.time_printed)}<div class="head-text"><h4 class="news-topic">{esc(a.title)}</h4><div class="news-meta small text-muted"><span><i class="fas fa-user"></i> โดย : {a.extra["login"]}</span> <span><i class="far fa-eye"></i> ผู้เข้าชม {td(f"{a.views:,}")}</span></div></div></div>
<div class="news-tools text-right"><a href="#" class="fs-down">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-up">ก+</a> <a href="javascript:window.print()"><i class="fas fa-print"></i> พิมพ์</a></div>
<img src="/uploads/news/{a.id}.jpg" class="img-fluid mb-3" alt="">
<div class="news-content">{body}</div>
{gallery}{files}
<div class="news-share mt-3">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.kamphaengphet.go.th{a.path}" class="btn btn-sm btn-primary">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https://www.kamphaengphet.go.th{a.path}" class="btn btn-sm btn-success">LINE</a> <a href="https://twitter.com/intent/tweet?url=https://www.kamphaengphet.go.th{a.path}" class="btn btn-sm btn-dark">X</a></div>
{nav}
</div></div>
<div class="related mt-4"><h5>ข่าวที่น่าสนใจ</h5><div class="row">{rel}</div></div>"""
        return self.shell(content, '<li class="breadcrumb-item active">รายละเอียดข่าว</li>')

    def missing(self):
        content = f"""<div class="news-detail card"><div class="card-body">
<div class="d-flex news-head"><div class="head-text"><h4 class="news-topic"></h4><div class="news-meta small text-muted"><span><i class="fas fa-user"></i> โดย : </span> <span><i class="far fa-eye"></i> ผู้เข้าชม ๐</span></div></div></div>
<div class="news-content"><div class="alert alert-warning">{NOT_FOUND}</div></div>
</div></div>"""
        return self.shell(content, '<li class="breadcrumb-item active">รายละเอียดข่าว</li>')

    def route(self, path, query, raw_query, base):
        if path == LISTING:
            return self.html_response(self.listing(0))
        if path.startswith(LISTING + "/"):
            k = path[len(LISTING) + 1 :]
            if k.isdigit() and 2 <= int(k) <= len(self.pages):
                return self.html_response(self.listing(int(k) - 1))
            return None
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.missing())
        if path == "/rss/news.xml":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://www.kamphaengphet.go.th{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{FIXED_TITLE}</title><link>https://www.kamphaengphet.go.th/</link>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"โดย : {a.extra['login']}",
                f"ผู้เข้าชม {td(f'{a.views:,}')}",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่น่าสนใจ",
                "ข่าวล่าสุด :",
                "แชร์ :",
                GOVERNOR,
                "ศูนย์ดำรงธรรมจังหวัดกำแพงเพชร",
                SITE_COUNTER,
                COOKIE,
                "ถนนราชดำเนิน ตำบลในเมือง",
                "กรุแตก แมกไม้ กล้วยไข่ ศิลาแลง",
                "ความคมชัด",
            ]
            if a.time_printed:
                must_not.append(f"{td(f'{a.published:%H.%M}')} น.")
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.interesting(a)]
            must_not += [x.title for x in self.articles[:6] if x is not a]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += [f"news_{a.id}.pdf", "ไฟล์แนบ"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SalaklangSite()

if __name__ == "__main__":
    main(SITE)
