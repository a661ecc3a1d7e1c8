"""Blind-29 red-team site: **a department portal on ASP.NET Core MVC** (Razor views,
Bootstrap 5, X.PagedList) of กรมกิจการผู้สูงอายุ, news at `/th/news-detail/<uuid>`, built blind.

What it imitates:
- ASP.NET Core fingerprints: `/lib/bootstrap/dist/...`, `asp-append-version` hashes
  (`/css/site.css?v=...`), `__RequestVerificationToken` hidden inputs, culture prefix `/th/`,
  GUID detail URLs, X.PagedList's `div.pagination-container > ul.pagination` with
  `PagedList-skipToNext` / `PagedList-skipToLast` items;
- **headline only in `h3.news-detail-title`** and the JSON-LD `headline`: `<title>` and
  `og:title` are the department's name on every page, the banner `h1` is the section;
- **visible date only as a Thai-digit day "๕ มี.ค. ๒๕๖๗"**; the time is only in the JSON-LD
  `NewsArticle` (`datePublished` +07:00); items entered without a time carry the editor's
  midnight placeholder `T00:00:00+07:00`; `dateModified` in the JSON-LD on every item (equal to
  datePublished for never-edited ones), nothing visible;
- **counter in Thai digits** "อ่านแล้ว ๑,๒๓๔ ครั้ง";
- inside `div.news-detail`: tool row (ขนาดตัวอักษร ก- ก ก+, พิมพ์), share "แชร์ :", the text in
  `div.news-content`, a bold "ข่าว/ภาพ : …" last paragraph (some) or a separate
  `div.news-ref` "ที่มา : …" (some), gallery "ภาพประกอบ" (some), "เอกสารดาวน์โหลด" (some),
  "คำค้น :" keyword badges, prev/next with neighbour titles; "ข่าวที่เกี่ยวข้อง" cards with
  Thai-digit dates after it; top bar, mega menu, footer visitor counter in Thai digits, PDPA
  cookie bar.
- listing `/th/news` (page 1) and `/th/news?page=N&pageSize=9` (X.PagedList hrefs carry the
  page size), cards with thumbnail, Thai-digit date, title, intro, "อ่านต่อ".
Deleted: a removed GUID linked from page 2 answers 200 with the empty detail template
("ไม่พบข้อมูลข่าว").
"""

from __future__ import annotations

import datetime as dt
import json
import uuid

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "กรมกิจการผู้สูงอายุ"
OFFICE_EN = "Department of Older Persons"
HOST = "https://www.dop.go.th"
SECTION = "ข่าวประชาสัมพันธ์"
PER_PAGE = 9
SOURCES = [
    ("ที่มา", "กองยุทธศาสตร์และแผนงาน"),
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ กรมกิจการผู้สูงอายุ"),
    None,
    ("ข่าว/ภาพ", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค"),
    ("ที่มา", "กองส่งเสริมสวัสดิภาพและพิทักษ์สิทธิผู้สูงอายุ"),
    None,
]
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ " + thai_digits("1,284,907") + " คน"
TOKEN = "CfDJ8Nq3xVb7LrT0aW2yKp9sE1fH4mZc"
DELETED_UUID = str(uuid.uuid5(uuid.NAMESPACE_URL, "dop-news-deleted-5517"))


def th_day(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


class DotnetSite(BaseSite):
    key = "b29_dotnet_newsdetail"
    family = "generic"
    imitates = "ASP.NET Core MVC department portal (กรมกิจการผู้สูงอายุ), Bootstrap 5, X.PagedList: /th/news-detail/<uuid>; headline only in h3.news-detail-title and JSON-LD (title/og:title = department, h1 = section); visible date Thai-digit day only, time only in JSON-LD datePublished (midnight placeholder on date-only items), dateModified only in JSON-LD; 'อ่านแล้ว ๑,๒๓๔ ครั้ง'; tools, share, 'ข่าว/ภาพ :' last paragraph or 'ที่มา :' div, gallery, downloads, 'คำค้น :' badges, prev/next titles, related cards; listing /th/news?page=N&pageSize=9; deleted = removed GUID, empty template at 200"
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 2, 27, 16, 30, tzinfo=TZ), offset=337
        )
        drop_corpus_signoffs(arts)
        for i, a in enumerate(arts):
            a.id = 5540 - i * 2
            if not a.time_printed:
                a.published = a.published.replace(hour=0, minute=0)
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published  # dateModified is printed for every item
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.path = "/th/news-detail/" + str(uuid.uuid5(uuid.NAMESPACE_URL, f"dop-news-{a.id}"))
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def page_url(self, k):  # k is 1-based
        return "/th/news" if k == 1 else f"/th/news?page={k}&pageSize={PER_PAGE}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/th/news-detail/{DELETED_UUID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{OFFICE} ({OFFICE_EN})</title>
    <meta name="description" content="{OFFICE} กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" />
    <meta property="og:site_name" content="{OFFICE}" />
    <meta property="og:title" content="{OFFICE} ({OFFICE_EN})" />
    <meta property="og:image" content="{HOST}/images/og-dop.jpg" />
{head_extra}    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/lib/fontawesome/css/all.min.css" />
    <link rel="stylesheet" href="/lib/fancybox/fancybox.css" />
    <link rel="stylesheet" href="/css/site.css?v=Qk2bN8xT1rYp0wVf3ZsJ7cLmE9uHdA6gR4iOyK5tXn" />
</head>
<body>
<div class="topbar bg-primary text-white small"><div class="container d-flex justify-content-between">
  <div class="topbar-left">{OFFICE} กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์</div>
  <div class="topbar-right"><span class="font-tools">ขนาดตัวอักษร <a href="#" data-size="sm">ก</a> <a href="#" data-size="md">ก</a> <a href="#" data-size="lg">ก</a></span> | <a href="#" class="contrast">ความตัดกันของสี</a> | <a href="/th" class="active">TH</a> <a href="/en">EN</a></div>
</div></div>
<header class="site-header"><nav class="navbar navbar-expand-lg navbar-light bg-white border-bottom shadow-sm">
  <div class="container">
    <a class="navbar-brand" href="/th"><img src="/images/logo-dop.png" alt="{OFFICE}" height="64" /></a>
    <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target=".navbar-collapse" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
    <div class="navbar-collapse collapse d-lg-inline-flex justify-content-end">
      <ul class="navbar-nav">
        <li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">เกี่ยวกับกรม</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/th/about/history">ประวัติความเป็นมา</a></li><li><a class="dropdown-item" href="/th/about/executive">ผู้บริหาร</a></li></ul></li>
        <li class="nav-item"><a class="nav-link active" href="/th/news">ข่าวสาร</a></li>
        <li class="nav-item"><a class="nav-link" href="/th/e-service">บริการออนไลน์</a></li>
        <li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
        <li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
      </ul>
      <form class="d-flex ms-3" action="/th/search" method="get"><input class="form-control form-control-sm" type="search" name="keyword" placeholder="ค้นหา" /><input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" /></form>
    </div>
  </div>
</nav></header>
<section class="page-banner"><div class="container"><h1 class="page-banner-title">{SECTION}</h1>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li>{crumb}</ol></nav></div></section>
<main role="main" class="pb-5"><div class="container">
{content}
</div></main>
<footer class="footer bg-dark text-light pt-4">
  <div class="container"><div class="row">
    <div class="col-md-6"><h5>{OFFICE}</h5><p>ชั้น 6 อาคารพัฒนาสังคมและความมั่นคงของมนุษย์ 1034 ถนนกรุงเกษม แขวงมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100<br />โทรศัพท์ 0 2642 4336</p></div>
    <div class="col-md-3"><h5>ลิงก์ที่น่าสนใจ</h5><ul class="list-unstyled"><li><a href="https://www.m-society.go.th">กระทรวง พม.</a></li><li><a href="/th/policy/privacy">นโยบายความเป็นส่วนตัว</a></li><li><a href="/th/sitemap">แผนผังเว็บไซต์</a></li></ul></div>
    <div class="col-md-3"><div class="visitor-counter"><i class="fa-solid fa-users"></i> {SITE_COUNTER}</div></div>
  </div></div>
  <div class="copyright text-center small py-2">&copy; ๒๕๖๗ {OFFICE} สงวนลิขสิทธิ์</div>
</footer>
<div id="cookieConsent" class="cookie-consent alert alert-light fixed-bottom shadow" role="alert">
  เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน <a href="/th/policy/cookie">นโยบายคุกกี้</a>
  <button type="button" class="btn btn-primary btn-sm accept-policy" data-cookie-string=".AspNet.Consent=yes; expires=Wed, 31 Dec 2025 00:00:00 GMT; path=/; secure; samesite=none">ยอมรับทั้งหมด</button>
</div>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/lib/fancybox/fancybox.umd.js"></script>
<script src="/js/site.js?v=dL3kR8vN2pQ7sT0wXa5yZb1cF6gH9jM4nE2uIoP8qWr"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a, thumb=True):
        img = f"/uploads/news/thumb/{a.id}.jpg" if thumb else "/images/no-image.jpg"
        return f"""<div class="col-lg-4 col-md-6 mb-4"><div class="card news-card h-100">
  <a href="{href}"><img class="card-img-top" src="{img}" alt="" loading="lazy" /></a>
  <div class="card-body">
    <div class="news-date text-muted small"><i class="fa-regular fa-calendar"></i> {th_day(a.published)}</div>
    <h5 class="card-title"><a href="{href}">{esc(title)}</a></h5>
    <p class="card-text">{esc(a.paras[0][:140])}…</p>
  </div>
  <div class="card-footer bg-white border-0"><a href="{href}" class="btn btn-outline-primary btn-sm">อ่านต่อ</a></div>
</div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        lis = []
        if k > 1:
            lis.append(
                f'<li class="page-item PagedList-skipToFirst"><a class="page-link" href="/th/news?page=1&amp;pageSize={PER_PAGE}">&laquo;</a></li>'
            )
            lis.append(
                f'<li class="page-item PagedList-skipToPrevious"><a class="page-link" href="/th/news?page={k - 1}&amp;pageSize={PER_PAGE}" rel="prev">&lsaquo;</a></li>'
            )
        for j in range(1, n + 1):
            if j == k:
                lis.append(f'<li class="page-item active"><span class="page-link">{j}</span></li>')
            else:
                lis.append(
                    f'<li class="page-item"><a class="page-link" href="/th/news?page={j}&amp;pageSize={PER_PAGE}">{j}</a></li>'
                )
        if k < n:
            lis.append(
                f'<li class="page-item PagedList-skipToNext"><a class="page-link" href="/th/news?page={k + 1}&amp;pageSize={PER_PAGE}" rel="next">&rsaquo;</a></li>'
            )
            lis.append(
                f'<li class="page-item PagedList-skipToLast"><a class="page-link" href="/th/news?page={n}&amp;pageSize={PER_PAGE}">&raquo;</a></li>'
            )
        total = sum(map(len, self.pages))
        return f'<div class="d-flex justify-content-between align-items-center mt-3"><div class="text-muted small">แสดง {thai_digits((k - 1) * PER_PAGE + 1)} - {thai_digits(min(k * PER_PAGE, total))} จากทั้งหมด {thai_digits(total)} รายการ</div><div class="pagination-container"><ul class="pagination">{"".join(lis)}</ul></div></div>'

    def listing(self, k):
        rows = [self.card(a.title, a.path, a, thumb=a.id % 3 != 0) for a in self.pages[k - 1]]
        if k == 2:
            rows.insert(
                4,
                self.card(
                    "กรมกิจการผู้สูงอายุเปิดรับสมัครผู้สูงอายุเข้าร่วมโครงการโรงเรียนผู้สูงอายุ (ยกเลิก)",
                    f"/th/news-detail/{DELETED_UUID}",
                    self.pages[1][3],
                ),
            )
        content = f"""<div class="news-list py-4">
<div class="d-flex justify-content-between mb-3"><h2 class="section-title">{SECTION}</h2>
<form method="get" action="/th/news" class="d-flex"><select name="pageSize" class="form-select form-select-sm"><option value="9" selected>9</option><option value="18">18</option></select></form></div>
<div class="row">
{"".join(rows)}</div>
{self.pager(k)}
</div>"""
        crumb = f'<li class="breadcrumb-item active" aria-current="page">{SECTION}</li>'
        return self.shell(content, crumb)

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 2, i + 5) if 0 <= j < len(self.articles)][:3]

    def jsonld(self, a):
        mod = a.modified
        doc = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "image": [f"{HOST}/uploads/news/{a.id}/cover.jpg"],
            "datePublished": a.published.isoformat(),
            "dateModified": mod.isoformat(),
            "author": {"@type": "Organization", "name": OFFICE},
            "publisher": {
                "@type": "Organization",
                "name": OFFICE,
                "logo": {"@type": "ImageObject", "url": f"{HOST}/images/logo-dop.png"},
            },
            "mainEntityOfPage": f"{HOST}{a.path}",
        }
        return f'    <script type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>\n'

    def detail(self, a):
        url = f"{HOST}{a.path}"
        paras = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        src = a.extra["src"]
        ref = ""
        if src and src[0] == "ข่าว/ภาพ":
            paras += f"<p><strong>{src[0]} : {esc(src[1])}</strong></p>\n"
        elif src:
            ref = f'<div class="news-ref mt-3"><strong>{src[0]} :</strong> {esc(src[1])}</div>'
        gallery = ""
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="col-4 col-md-3 mb-2"><a href="/uploads/news/{a.id}/{j}.jpg" data-fancybox="gallery"><img class="img-fluid rounded" src="/uploads/news/{a.id}/thumb_{j}.jpg" alt="ภาพประกอบ {j}" /></a></div>'
                for j in range(1, 5)
            )
            gallery = f'<div class="news-gallery mt-4"><h5 class="gallery-title">ภาพประกอบ</h5><div class="row">{pics}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files mt-4"><h5>เอกสารดาวน์โหลด</h5><ul class="list-group"><li class="list-group-item"><i class="fa-regular fa-file-pdf text-danger"></i> <a href="/uploads/news/{a.id}/files/doc-{a.id}.pdf" target="_blank">doc-{a.id}.pdf</a> <span class="badge bg-secondary">ดาวน์โหลด {thai_digits(a.views // 7 + 3)} ครั้ง</span></li></ul></div>'
        tags = ""
        if a.tags:
            chips = "".join(
                f'<a class="badge rounded-pill bg-light text-dark border me-1" href="/th/search?keyword={esc(t)}">{esc(t)}</a>'
                for t in a.tags
            )
            tags = (
                f'<div class="news-keywords mt-4"><span class="fw-bold">คำค้น :</span> {chips}</div>'
            )
        newer, older = self.neighbours(a)
        nav = '<div class="row news-nav mt-4 border-top pt-3">'
        nav += (
            f'<div class="col-6"><a href="{older.path}" class="text-decoration-none"><small class="text-muted">&laquo; ข่าวก่อนหน้า</small><br />{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        nav += (
            f'<div class="col-6 text-end"><a href="{newer.path}" class="text-decoration-none"><small class="text-muted">ข่าวถัดไป &raquo;</small><br />{esc(newer.title)}</a></div>'
            if newer
            else '<div class="col-6"></div>'
        )
        nav += "</div>"
        rel = "".join(
            self.card(r.title, r.path, r).replace("col-lg-4 col-md-6", "col-md-4")
            for r in self.related(a)
        )
        content = f"""<div class="row py-4"><div class="col-lg-12">
<div class="news-detail card border-0 shadow-sm p-4">
  <h3 class="news-detail-title">{esc(a.title)}</h3>
  <div class="news-meta d-flex flex-wrap gap-3 text-muted small mb-3">
    <span class="news-date"><i class="fa-regular fa-calendar"></i> {th_day(a.published)}</span>
    <span class="news-view" title="จำนวนผู้อ่าน"><i class="fa-regular fa-eye"></i> อ่านแล้ว {thai_digits(f"{a.views:,}")} ครั้ง</span>
    <span class="news-category"><i class="fa-solid fa-tag"></i> {SECTION}</span>
  </div>
  <div class="news-tools d-flex justify-content-between border-top border-bottom py-2 mb-3">
    <div class="font-size-tools">ขนาดตัวอักษร <button type="button" class="btn btn-sm btn-light" data-font="-1">ก-</button><button type="button" class="btn btn-sm btn-light" data-font="0">ก</button><button type="button" class="btn btn-sm btn-light" data-font="1">ก+</button> <a href="javascript:window.print()" class="btn btn-sm btn-light"><i class="fa-solid fa-print"></i> พิมพ์</a></div>
    <div class="share-tools">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="fa-brands fa-facebook"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank"><i class="fa-brands fa-line"></i></a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank"><i class="fa-brands fa-x-twitter"></i></a></div>
  </div>
  <div class="news-cover mb-3"><img class="img-fluid w-100 rounded" src="/uploads/news/{a.id}/cover.jpg" alt="" /></div>
  <div class="news-content">
{paras}  </div>
  {ref}{gallery}{files}{tags}
  {nav}
</div>
<div class="news-related mt-5"><h4 class="section-title">ข่าวที่เกี่ยวข้อง</h4><div class="row">{rel}</div></div>
</div></div>"""
        crumb = f'<li class="breadcrumb-item"><a href="/th/news">{SECTION}</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>'
        head = f'    <link rel="canonical" href="{url}" />\n' + self.jsonld(a)
        return self.shell(content, crumb, head)

    def empty(self):
        content = """<div class="row py-4"><div class="col-lg-12">
<div class="news-detail card border-0 shadow-sm p-4">
  <h3 class="news-detail-title"></h3>
  <div class="news-meta d-flex flex-wrap gap-3 text-muted small mb-3">
    <span class="news-date"><i class="fa-regular fa-calendar"></i> </span>
    <span class="news-view" title="จำนวนผู้อ่าน"><i class="fa-regular fa-eye"></i> อ่านแล้ว ๐ ครั้ง</span>
  </div>
  <div class="news-content"><div class="text-center text-muted py-5">ไม่พบข้อมูลข่าว</div></div>
</div></div></div>"""
        crumb = f'<li class="breadcrumb-item"><a href="/th/news">{SECTION}</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>'
        return self.shell(content, crumb)

    def route(self, path, query, raw_query, base):
        if path == "/th/news":
            k = qs1(query, "page", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == f"/th/news-detail/{DELETED_UUID}":
            return self.html_response(self.empty())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path in ("/", "/th"):
            return 302, {"Location": base + "/th/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                th_day(a.published),
                f"อ่านแล้ว {thai_digits(f'{a.views:,}')} ครั้ง",
                "ขนาดตัวอักษร",
                "แชร์ :",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "อ่านต่อ",
                "ยอมรับทั้งหมด",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                SITE_COUNTER,
                "ถนนกรุงเกษม",
                "ความตัดกันของสี",
                "คำค้น :",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["gallery"]:
                must_not += ["ภาพประกอบ 1"]
            if a.extra["file"]:
                must_not += ["เอกสารดาวน์โหลด", f"doc-{a.id}.pdf"]
            must_not += a.tags
            out.append(
                expected_record(
                    a, modified_time=a.time_printed or a.extra["edited"], must_not=must_not
                )
            )
        return out


SITE = DotnetSite()

if __name__ == "__main__":
    main(SITE)
