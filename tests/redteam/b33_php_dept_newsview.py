"""Blind-33 red-team site (part C): a **department portal on a vendor plain-PHP MVC template**
(CodeIgniter-style `/news/view/NNN` routes, Bootstrap 5, jQuery) of a government department
(กรมส่งเสริมวัฒนธรรม-like, made up here as "กรมส่งเสริมศิลปวัฒนธรรมท้องถิ่น"), UTF-8,
built blind.

What it imitates:
- vendor fingerprints: `meta name="generator" content="GovPortal CMS 3.2"`, `/assets/frontend/`
  paths, `/uploads/news/YYYY/MM/` images, `ci_session` style `/index.php` free routes;
- shell: top bar with font-size ("ก- ก ก+") and contrast tools, the department logo and name
  in the only `h1` (the site banner), a mega menu, breadcrumb, PDPA cookie bar, ITA banner,
  footer with address and a site-wide visitor counter;
- **fixed `<title>`** (the department name) and an `og:title` that is also the site name; the
  **headline only in `div.news-detail-head h3.news-topic`**;
- **date split over list items in Thai digits**: `li.n-date` "๕ มี.ค. ๒๕๖๗" (abbreviated month,
  BE) and, for some items, `li.n-time` "๑๔:๒๐ น.", a "ปรับปรุงล่าสุด" line (Thai digits, with
  time) on edited items; `li.n-view` "เปิดอ่าน ๑,๒๓๔ ครั้ง" (Thai-digit counter);
- print / share (Facebook, LINE, X, copy link) row ABOVE the text inside the detail panel;
  gallery (some); attachments with a download count (some); the typed source line
  ("ที่มา :", "ข่าว/ภาพ :", or none) in `p.news-ref` after the text; hashtag tags;
  prev/next with neighbour titles; "ข่าวอื่นๆ ที่น่าสนใจ" cards with Thai-digit dates;
- listing: `/news/list/1` with **CodeIgniter offset pagination in the path**: page 2 is
  `/news/list/1/9`, page 3 `/news/list/1/18` (the segment is the row offset, not the page).
Deleted: `/news/view/<id>` of a removed item renders the detail template with an empty
headline, "เปิดอ่าน ๐ ครั้ง" and "ไม่พบข้อมูลข่าวสารที่ท่านต้องการ", answering 200.
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
from .b32b_common import drop_contact_tails

DEPT = "กรมส่งเสริมศิลปวัฒนธรรมท้องถิ่น"
DEPT_EN = "Department of Local Arts and Culture Promotion"
SITE_TITLE = f"{DEPT} {DEPT_EN}"
HOST = "https://www.dlacp.go.th"
A = "/assets/frontend"
PER_PAGE = 9
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์"),
    None,
    ("ข่าว/ภาพ", "กลุ่มสื่อสารองค์กร"),
    ("ที่มา", "สำนักงานวัฒนธรรมจังหวัดลำปาง"),
    None,
    ("ข่าว/ภาพ", "กองประชาสัมพันธ์"),
    None,
]
DELETED_ID = 5117
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๒,๔๑๘,๓๐๖ คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
CAT = "ข่าวกิจกรรม"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


def tnum(n: int) -> str:
    return thai_digits(f"{n:,}")


class DeptNewsViewSite(BaseSite):
    key = "b33_php_dept_newsview"
    family = "generic"
    imitates = "department portal on a vendor plain-PHP MVC template (generator 'GovPortal CMS 3.2', CodeIgniter-style /news/view/NNN, Bootstrap 5): fixed <title> and og:title (department name), headline only in h3.news-topic; date split over li.n-date '๕ มี.ค. ๒๕๖๗' (Thai digits, abbreviated month, BE) and li.n-time '๑๔:๒๐ น.' (some); 'ปรับปรุงล่าสุด' line with time on edited items; 'เปิดอ่าน ๑,๒๓๔ ครั้ง' (Thai digits); print/share row above the text; gallery / attachments with download counts (some); typed 'ที่มา :' / 'ข่าว/ภาพ :' line; hashtag tags; prev/next with titles; other-news cards; font-size tools, PDPA bar, site counter; listing /news/list/1 with CodeIgniter offset segments /news/list/1/9, /news/list/1/18; deleted = empty detail template (200)"
    listing_path = "/news/list/1"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 6, 20, 17, 0, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 5139
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 3) % 2
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"/news/view/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["gallery"] = i % 4 == 3
            a.extra["file"] = i % 7 == 5
            a.extra["dl"] = 3 + (a.id * 7) % 140
            a.tags = [t.replace(" ", "") for t in a.tags]
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted = f"/news/view/{DELETED_ID}"

    def page_path(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}/{k * PER_PAGE}"

    def listing_pages(self):
        return [self.page_path(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="GovPortal CMS 3.2">
<meta name="description" content="{DEPT} {DEPT_EN}">
<meta property="og:title" content="{DEPT}">
<meta property="og:type" content="website">
<meta property="og:image" content="{HOST}{A}/images/og-default.jpg">
<title>{SITE_TITLE}</title>
<link rel="icon" href="{A}/images/favicon.ico">
<link rel="stylesheet" href="{A}/vendor/bootstrap/css/bootstrap.min.css?v=5.1.3">
<link rel="stylesheet" href="{A}/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="{A}/css/style.css?v=20240214">
<link rel="alternate" type="application/rss+xml" title="ข่าวสาร {DEPT}" href="/rss/news">
</head>
<body class="font-md">
<div id="topbar" class="bg-dark text-white small"><div class="container d-flex justify-content-between">
<div class="contact-top"><i class="fa fa-phone"></i> สายด่วน 1765 <i class="fa fa-envelope ms-3"></i> saraban@dlacp.go.th</div>
<div class="tools-top"><span class="me-2">ขนาดตัวอักษร</span><a href="javascript:void(0)" class="fs-small" data-size="sm">ก-</a> <a href="javascript:void(0)" class="fs-normal" data-size="md">ก</a> <a href="javascript:void(0)" class="fs-large" data-size="lg">ก+</a> <span class="ms-3">การแสดงผล</span> <a href="javascript:void(0)" class="contrast-normal">C</a> <a href="javascript:void(0)" class="contrast-high">C</a> <a href="/en" class="ms-3">EN</a> | <a href="/">TH</a></div>
</div></div>
<header id="header"><div class="container d-flex align-items-center">
<a href="/" class="logo"><img src="{A}/images/logo.png" alt="ตราสัญลักษณ์{DEPT}" height="90"></a>
<div class="site-title"><h1>{DEPT}</h1><p>{DEPT_EN}</p></div>
<form class="search ms-auto" action="/search" method="get"><input type="text" name="q" placeholder="ค้นหา..." class="form-control"><button type="submit" class="btn btn-light"><i class="fa fa-search"></i></button></form>
</div></header>
<nav id="mainmenu" class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">เกี่ยวกับกรม</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/page/view/1">ประวัติความเป็นมา</a></li><li><a class="dropdown-item" href="/page/view/2">อำนาจหน้าที่</a></li><li><a class="dropdown-item" href="/executive">ผู้บริหาร</a></li></ul></li>
<li class="nav-item dropdown active"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">ข่าวสาร</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/news/list/1">{CAT}</a></li><li><a class="dropdown-item" href="/news/list/2">ข่าวประกาศ</a></li><li><a class="dropdown-item" href="/news/list/3">ข่าวจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="breadcrumb-wrap bg-light"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/news/list/1">{CAT}</a></li>{crumb}</ol></nav></div></div>
<main id="content" class="py-4"><div class="container"><div class="row">
<div class="col-lg-9">
{content}
</div>
<aside class="col-lg-3">
<div class="card mb-3"><div class="card-header">หมวดข่าว</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/news/list/1">{CAT}</a></li><li class="list-group-item"><a href="/news/list/2">ข่าวประกาศ</a></li><li class="list-group-item"><a href="/news/list/3">ข่าวจัดซื้อจัดจ้าง</a></li></ul></div>
<div class="banner mb-3"><a href="/ita"><img src="{A}/images/banner-ita2567.jpg" alt="การประเมินคุณธรรมและความโปร่งใส ITA 2567" class="img-fluid"></a></div>
<div class="banner mb-3"><a href="https://www.1111.go.th"><img src="{A}/images/banner-1111.jpg" alt="ศูนย์บริการประชาชน 1111" class="img-fluid"></a></div>
</aside>
</div></div></main>
<footer id="footer" class="bg-dark text-white pt-4"><div class="container"><div class="row">
<div class="col-md-6"><h5>{DEPT}</h5><p>เลขที่ 14 ถนนเทียมร่วมมิตร แขวงห้วยขวาง เขตห้วยขวาง กรุงเทพมหานคร 10310<br>โทรศัพท์ 0 2209 3500 โทรสาร 0 2209 3501</p></div>
<div class="col-md-3"><h5>นโยบาย</h5><ul class="list-unstyled"><li><a href="/policy/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/policy/website">นโยบายเว็บไซต์</a></li></ul></div>
<div class="col-md-3"><h5>สถิติ</h5><p class="counter">{SITE_COUNTER}</p></div>
</div><div class="copyright text-center small py-2">© ๒๕๖๗ {DEPT} สงวนลิขสิทธิ์</div></div></footer>
<div id="cookie-consent" class="cookie-bar fixed-bottom bg-white shadow p-3"><div class="container d-flex"><p class="mb-0">{COOKIE} <a href="/policy/cookie">นโยบายการใช้คุกกี้</a></p><button class="btn btn-primary ms-auto" id="cookie-accept">ยอมรับทั้งหมด</button> <button class="btn btn-outline-secondary ms-2" id="cookie-setting">ตั้งค่า</button></div></div>
<script src="{A}/vendor/jquery/jquery-3.6.0.min.js"></script>
<script src="{A}/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="{A}/js/main.js?v=20240214"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, path, a):
        return f"""<div class="col-md-4 mb-4"><div class="card news-card h-100"><a href="{path}"><img src="/uploads/news/{a.published:%Y/%m}/thumb_{a.id}.jpg" class="card-img-top" alt=""></a><div class="card-body"><h5 class="card-title"><a href="{path}">{esc(title)}</a></h5><p class="card-text small text-muted"><i class="far fa-calendar"></i> {tdate(a.published)} <i class="far fa-eye ms-2"></i> {tnum(a.views)}</p></div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_path(0)}">&lsaquo; First</a></li>'
            )
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_path(k - 1)}" data-ci-pagination-page="{k}" rel="prev">&lt;</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active"><a class="page-link" href="#">{j + 1}</a></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{self.page_path(j)}" data-ci-pagination-page="{j + 1}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_path(k + 1)}" data-ci-pagination-page="{k + 2}" rel="next">&gt;</a></li>'
            )
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_path(n - 1)}" data-ci-pagination-page="{n}">Last &rsaquo;</a></li>'
            )
        return f'<nav><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4,
                self.card(
                    "กรมฯ จัดงานมหกรรมศิลปวัฒนธรรมพื้นบ้าน ภาคตะวันออกเฉียงเหนือ ประจำปี ๒๕๖๗",
                    self.deleted,
                    self.pages[1][4],
                ),
            )
        total = len(self.articles)
        content = f"""<div class="news-list"><h2 class="section-title">{CAT}</h2>
<p class="small text-muted">ทั้งหมด {thai_digits(total)} รายการ</p>
<div class="row">
{"".join(cards)}</div>
{self.pager(k)}
</div>"""
        return self.shell(content, "")

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 3, i - 2, i - 3) if 0 <= j < len(self.articles)
        ][:3]

    def detail(self, a):
        url = f"{HOST}{a.path}"
        meta = [f'<li class="n-date"><i class="far fa-calendar-alt"></i> {tdate(a.published)}</li>']
        if a.time_printed:
            meta.append(
                f'<li class="n-time"><i class="far fa-clock"></i> {ttime(a.published)}</li>'
            )
        meta.append(
            f'<li class="n-view"><i class="far fa-eye"></i> เปิดอ่าน {tnum(a.views)} ครั้ง</li>'
        )
        upd = ""
        if a.modified:
            upd = f'<p class="n-update small text-muted">ปรับปรุงล่าสุด : {tdate(a.modified)} {ttime(a.modified)}</p>'
        tools = f'<div class="news-tools d-flex"><a href="/news/print/{a.id}" target="_blank" class="btn btn-sm btn-outline-secondary"><i class="fa fa-print"></i> พิมพ์</a><div class="share ms-auto"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="share-fb" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" class="share-line" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url={url}" class="share-x" target="_blank">X</a> <a href="javascript:void(0)" class="copy-link" data-url="{url}">คัดลอกลิงก์</a></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4"><a href="/uploads/news/{a.published:%Y/%m}/{a.id}_{n}.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.published:%Y/%m}/thumb_{a.id}_{n}.jpg" class="img-fluid" alt=""></a></div>'
                for n in range(1, 4)
            )
            gallery = f'<div class="news-gallery"><h5>ภาพกิจกรรม</h5><div class="row g-2">{imgs}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files"><h5>เอกสารแนบ</h5><ul><li><i class="far fa-file-pdf"></i> <a href="/uploads/files/news_{a.id}.pdf">รายละเอียดเพิ่มเติม.pdf</a> <span class="small">(ดาวน์โหลด {tnum(a.extra["dl"])} ครั้ง)</span></li></ul></div>'
        ref = ""
        if a.source:
            ref = f'<p class="news-ref text-end">{a.extra["label"]} : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags"><i class="fa fa-tags"></i> '
                + " ".join(
                    f'<a href="/news/tag/{esc(t)}" class="badge bg-light text-dark">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        pn = '<div class="news-prevnext row mt-4">'
        pn += (
            f'<div class="col-6"><a href="{older.path}" class="prev"><small>&laquo; ข่าวก่อนหน้า</small><br>{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        if newer:
            pn += f'<div class="col-6 text-end"><a href="{newer.path}" class="next"><small>ข่าวถัดไป &raquo;</small><br>{esc(newer.title)}</a></div>'
        pn += "</div>"
        other = "".join(self.card(r.title, r.path, r) for r in self.others(a))
        content = f"""<div class="news-detail card"><div class="card-body">
<div class="news-detail-head"><span class="badge bg-primary">{CAT}</span>
<h3 class="news-topic">{esc(a.title)}</h3>
<ul class="news-meta list-inline small text-muted">{"".join(meta)}</ul>{upd}</div>
{tools}
<div class="news-cover"><img src="/uploads/news/{a.published:%Y/%m}/{a.id}.jpg" class="img-fluid" alt=""></div>
<div class="news-content">{body}</div>
{ref}
{gallery}{files}{tags}
{pn}
</div></div>
<div class="news-other mt-4"><h4 class="section-title">ข่าวอื่นๆ ที่น่าสนใจ</h4><div class="row">{other}</div></div>"""
        return self.shell(content, '<li class="breadcrumb-item active">รายละเอียดข่าว</li>')

    def empty(self):
        content = """<div class="news-detail card"><div class="card-body">
<div class="news-detail-head"><span class="badge bg-primary"></span>
<h3 class="news-topic"></h3>
<ul class="news-meta list-inline small text-muted"><li class="n-date"><i class="far fa-calendar-alt"></i> </li><li class="n-view"><i class="far fa-eye"></i> เปิดอ่าน ๐ ครั้ง</li></ul></div>
<div class="news-content"><div class="alert alert-warning">ไม่พบข้อมูลข่าวสารที่ท่านต้องการ</div></div>
</div></div>"""
        return self.shell(content, '<li class="breadcrumb-item active">รายละเอียดข่าว</li>')

    def route(self, path, query, raw_query, base):
        pre = self.listing_path
        if path == pre:
            return self.html_response(self.listing(0))
        if path.startswith(pre + "/") and path[len(pre) + 1 :].isdigit():
            off = int(path[len(pre) + 1 :])
            if off == 0 or off % PER_PAGE or off // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(off // PER_PAGE))
        if path.startswith("/news/view/") and path[11:].isdigit():
            nid = int(path[11:])
            if nid in self.by_id:
                return self.html_response(self.detail(self.by_id[nid]))
            if nid == DELETED_ID:
                return self.html_response(self.empty())
            return None
        if path == "/":
            return 302, {"Location": base + pre}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                tdate(a.published),
                f"เปิดอ่าน {tnum(a.views)} ครั้ง",
                "ปรับปรุงล่าสุด",
                "คัดลอกลิงก์",
                "แชร์ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ ที่น่าสนใจ",
                "ขนาดตัวอักษร",
                "นโยบายการใช้คุกกี้",
                COOKIE,
                SITE_COUNTER,
                DEPT_EN,
                "ถนนเทียมร่วมมิตร แขวงห้วยขวาง",
                "ศูนย์บริการประชาชน 1111",
                "ข่าวจัดซื้อจัดจ้าง",
                "ภาพกิจกรรม",
            ]
            if a.time_printed:
                must_not.append(ttime(a.published))
            if a.extra["file"]:
                must_not += ["รายละเอียดเพิ่มเติม.pdf", f"ดาวน์โหลด {tnum(a.extra['dl'])} ครั้ง"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.others(a)]
            must_not += [f"#{t}" for t in a.tags]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = DeptNewsViewSite()

if __name__ == "__main__":
    main(SITE)
