"""A modern ministry portal on a custom CMS (Bootstrap 5 cards), in the style of the
2020s Thai ministry sites (mfa.go.th / dip.go.th / the new industry.go.th generation).

Listing /th/news/category/press-release?page=N (1-based) of cards; articles at
/th/news/detail/<id>.  Numbers are printed in Thai digits: the date ("๑๒ มกราคม ๒๕๖๖",
sometimes "เวลา ๑๐.๓๐ น."), the counter "เปิดอ่าน ๑,๒๐๕ ครั้ง" and "วันที่ปรับปรุงข้อมูล
๑๕ ม.ค. ๒๕๖๖" (date only).  Breadcrumbs end with the (truncated) headline; a share bar
("แชร์", "คัดลอกลิงก์") sits above the text; the editor's content container also holds a photo
gallery and the "ข่าวที่เกี่ยวข้อง" list; tags as "#tag" pills; the source office is printed in
the meta row ("ที่มา : ...") for some articles.

The deleted item is linked from page 2 and answers 200 with "ไม่พบข้อมูล" in the detail box.
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
    fmt_full,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)

SITE_NAME = "กระทรวงการพัฒนาชุมชน"
OFFICES = ["กองประชาสัมพันธ์ สำนักงานปลัดกระทรวง", "กลุ่มสื่อสารองค์กร กรมส่งเสริมชุมชน"]
PER_PAGE = 9
DELETED_ID = 30999
FURNITURE = [
    "เปิดอ่าน",
    "ครั้ง",
    "แชร์",
    "คัดลอกลิงก์",
    "ข่าวที่เกี่ยวข้อง",
    "วันที่ปรับปรุงข้อมูล",
    "หน้าหลัก",
    "ข่าวสาร",
    "ข่าวล่าสุด",
    "ดูทั้งหมด",
    "ภาพกิจกรรม",
    "เข้าสู่ระบบ",
    "แบบสำรวจความพึงพอใจ",
    "สงวนลิขสิทธิ์",
]


class MinistryPortal(BaseSite):
    key = "ministry_portal"
    family = "generic"
    imitates = "custom-CMS ministry portal (Bootstrap 5 cards, Thai digits, counter 'เปิดอ่าน ๑,๒๐๕ ครั้ง', related list inside the content container)"
    listing_path = "/th/news/category/press-release"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 9, 25, 18, 0, tzinfo=TZ), offset=8
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 30412 + n * 37
        for n, a in enumerate(arts):
            a.path = f"/th/news/detail/{a.id}"
            a.source = OFFICES[n % 2] if n % 4 in (0, 1) else None
            if a.modified:
                a.modified = a.modified.replace(hour=0, minute=0)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(12, "deleted")
        self.pages = paginate(entries, PER_PAGE)

    def page_url(self, n):
        return self.listing_path if n == 1 else f"{self.listing_path}?page={n}"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/th/news/detail/{DELETED_ID}"]

    def frame(self, title, main_html, crumbs, canonical=""):
        latest = "".join(
            f'<a href="{a.path}" class="list-group-item list-group-item-action"><div class="small text-muted">{thai_digits(fmt_abbr(a.published, short_year=True))}</div>{esc(a.title)}</a>'
            for a in self.articles[:4]
        )
        crumb_html = "".join(
            f'<li class="breadcrumb-item"><a href="{href}">{esc(t)}</a></li>'
            if href
            else f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>'
            for t, href in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{f'<meta property="og:url" content="{canonical}">' if canonical else ""}
<meta property="og:site_name" content="{esc(SITE_NAME)}">
<link href="/assets/vendor/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/vendor/bootstrap-icons/bootstrap-icons.css" rel="stylesheet">
<link href="/assets/css/main.css?v=2.4.1" rel="stylesheet">
</head>
<body class="page-news">
<div class="accessibility-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-end gap-3"><span>ขนาดตัวอักษร</span><a href="#" class="font-size" data-size="sm">ก</a><a href="#" class="font-size" data-size="md">ก</a><a href="#" class="font-size" data-size="lg">ก</a><span>|</span><a href="/en/">EN</a><a href="/th/login" class="text-white"><i class="bi bi-person-circle"></i> เข้าสู่ระบบ</a></div></div>
<header id="header" class="header sticky-top bg-white shadow-sm"><div class="container d-flex align-items-center py-2"><a href="/th" class="logo d-flex align-items-center me-auto"><img src="/assets/img/logo.png" alt="{esc(SITE_NAME)}" height="56"><span class="ms-2 fw-bold">{esc(SITE_NAME)}</span></a>
<nav id="navmenu" class="navmenu"><ul><li><a href="/th">หน้าหลัก</a></li><li class="dropdown"><a href="#" class="active"><span>ข่าวสาร</span> <i class="bi bi-chevron-down toggle-dropdown"></i></a><ul><li><a href="/th/news/category/press-release">ข่าวประชาสัมพันธ์</a></li><li><a href="/th/news/category/activity">ข่าวกิจกรรม</a></li><li><a href="/th/news/category/procurement">ข่าวจัดซื้อจัดจ้าง</a></li></ul></li><li><a href="/th/about">เกี่ยวกับกระทรวง</a></li><li><a href="/th/contact">ติดต่อเรา</a></li></ul><i class="mobile-nav-toggle d-xl-none bi bi-list"></i></nav></div></header>
<main class="main">
<div class="page-title bg-light"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb mb-0 py-3">{crumb_html}</ol></nav></div></div>
<section class="section py-5"><div class="container"><div class="row g-5">
<div class="col-lg-8">{main_html}</div>
<div class="col-lg-4"><aside class="sidebar">
<div class="widget-item mb-4"><h3 class="widget-title">ข่าวล่าสุด</h3><div class="list-group list-group-flush">{latest}</div><a href="/th/news/category/press-release" class="btn btn-sm btn-outline-primary mt-2">ดูทั้งหมด</a></div>
<div class="widget-item mb-4"><h3 class="widget-title">แบบสำรวจความพึงพอใจ</h3><p class="small">ร่วมประเมินความพึงพอใจการให้บริการของเว็บไซต์</p><a class="btn btn-primary btn-sm" href="/th/survey">ทำแบบสำรวจ</a></div>
</aside></div>
</div></div></section>
</main>
<footer id="footer" class="footer bg-dark text-white-50 py-4"><div class="container"><div class="row"><div class="col-md-8"><h5 class="text-white">{esc(SITE_NAME)}</h5><p>ถนนราชดำเนินนอก แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ ๑๐๒๐๐ โทร. ๐ ๒๑๔๑ ๖๐๐๐</p></div><div class="col-md-4 text-md-end"><p>ผู้เยี่ยมชมวันนี้ ๒,๓๑๘ | ทั้งหมด ๑,๘๔๐,๒๒๕</p></div></div><div class="copyright small">© ๒๕๖๗ {esc(SITE_NAME)} สงวนลิขสิทธิ์</div></div></footer>
<a href="#" id="scroll-top" class="scroll-top"><i class="bi bi-arrow-up-short"></i></a>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/main.js"></script>
</body></html>"""

    def date_text(self, a):
        t = thai_digits(fmt_full(a.published))
        if a.time_printed:
            t += f" เวลา {thai_digits(f'{a.published:%H.%M}')} น."
        return t

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 4, 10)]

    def article_main(self, a, base):
        url = base + a.path
        meta = [
            f'<span class="meta-date me-3"><i class="bi bi-calendar3"></i> {self.date_text(a)}</span>',
            f'<span class="meta-view me-3"><i class="bi bi-eye"></i> เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span>',
        ]
        if a.source:
            meta.append(
                f'<span class="meta-source"><i class="bi bi-building"></i> ที่มา : {esc(a.source)}</span>'
            )
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        gallery = "".join(
            f'<div class="col-4"><a href="/uploads/news/{a.id}/{k}.jpg" class="glightbox" data-gallery="news-{a.id}"><img src="/uploads/news/{a.id}/thumb_{k}.jpg" class="img-fluid rounded" alt=""></a></div>'
            for k in range(1, 4)
        )
        related = "".join(
            f'<li class="list-group-item"><a href="{r.path}">{esc(r.title)}</a> <small class="text-muted">({thai_digits(fmt_abbr(r.published, short_year=True))})</small></li>'
            for r in self.related_for(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="content-tags mt-3">'
                + "".join(
                    f'<a href="/th/search?tag={quote(t)}" class="badge rounded-pill text-bg-light me-1">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        updated = ""
        if a.modified:
            updated = f'<div class="content-updated small text-muted mt-3">วันที่ปรับปรุงข้อมูล {thai_digits(fmt_abbr(a.modified))}</div>'
        return f"""<article class="content-detail news-detail" data-id="{a.id}">
<h1 class="content-title h3 fw-bold">{esc(a.title)}</h1>
<div class="content-meta d-flex flex-wrap text-muted small mb-3">{"".join(meta)}</div>
<div class="share-bar d-flex align-items-center gap-2 mb-4"><span class="share-label fw-bold">แชร์ :</span><a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={quote(url)}" target="_blank" rel="noopener" title="Facebook"><i class="bi bi-facebook"></i></a><a class="btn btn-sm btn-line" href="https://social-plugins.line.me/lineit/share?url={quote(url)}" target="_blank" rel="noopener" title="LINE"><i class="bi bi-line"></i></a><a class="btn btn-sm btn-x" href="https://twitter.com/intent/tweet?url={quote(url)}" target="_blank" rel="noopener" title="X"><i class="bi bi-twitter-x"></i></a><button type="button" class="btn btn-sm btn-outline-secondary btn-copy" data-url="{url}"><i class="bi bi-link-45deg"></i> คัดลอกลิงก์</button></div>
<div class="content-cover mb-4"><img src="/uploads/news/{a.id}/cover.jpg" class="img-fluid w-100 rounded" alt="{esc(a.title)}"></div>
<div class="content-body editor-content">
{paras}
<div class="content-gallery mt-4"><h5 class="gallery-title">ภาพกิจกรรม</h5><div class="row g-2">{gallery}</div></div>
<div class="related-news mt-5"><h4 class="related-title">ข่าวที่เกี่ยวข้อง</h4><ul class="list-group list-group-flush">{related}</ul></div>
</div>
{tags}
{updated}
</article>"""

    def crumbs(self, last):
        short = last if len(last) <= 60 else last[:60] + "..."
        return [
            ("หน้าหลัก", "/th"),
            ("ข่าวสาร", "/th/news"),
            ("ข่าวประชาสัมพันธ์", self.listing_path),
            (short, None),
        ]

    def listing_main(self, n):
        cards = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                path, title, when, views = (
                    f"/th/news/detail/{DELETED_ID}",
                    "ประกาศผลการคัดเลือกชุมชนต้นแบบ (ยกเลิก)",
                    dt.datetime(2024, 6, 1, tzinfo=TZ),
                    0,
                )
            else:
                path, title, when, views = e.path, e.title, e.published, e.views
            cards.append(f"""<div class="col-md-6 col-xl-4"><div class="card news-card h-100 shadow-sm border-0"><a href="{path}" class="card-img-link"><img src="/uploads/news/{path.rsplit("/", 1)[1]}/cover_thumb.jpg" class="card-img-top" alt=""></a>
<div class="card-body"><div class="card-date small text-muted"><i class="bi bi-calendar3"></i> {thai_digits(fmt_abbr(when, short_year=True))}</div><h5 class="card-title"><a href="{path}" class="stretched-link text-dark" title="{esc(title)}">{esc(title if len(title) < 90 else title[:87] + "...")}</a></h5></div>
<div class="card-footer bg-transparent border-0 small text-muted"><i class="bi bi-eye"></i> {thai_digits(f"{views:,}")}</div></div></div>""")
        total = len(self.pages)
        lis = [
            f'<li class="page-item{" disabled" if n == 1 else ""}"><a class="page-link" href="{self.page_url(max(1, n - 1))}" aria-label="Previous">«</a></li>'
        ]
        for k in range(1, total + 1):
            lis.append(
                f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{self.page_url(k)}">{thai_digits(k)}</a></li>'
            )
        lis.append(
            f'<li class="page-item{" disabled" if n == total else ""}"><a class="page-link" href="{self.page_url(min(total, n + 1))}" aria-label="Next">»</a></li>'
        )
        return f"""<div class="section-title mb-4"><h2>ข่าวประชาสัมพันธ์</h2></div>
<div class="row g-4 news-list">{"".join(cards)}</div>
<nav aria-label="Page navigation" class="mt-4"><ul class="pagination justify-content-center">{"".join(lis)}</ul></nav>"""

    def route(self, path, query, raw_query, base):
        if path in ("/", "/th", self.listing_path):
            try:
                n = int(qs1(query, "page", "1"))
            except ValueError:
                n = 1
            n = min(max(n, 1), len(self.pages))
            return self.html_response(
                self.frame(
                    f"ข่าวประชาสัมพันธ์ | {SITE_NAME}",
                    self.listing_main(n),
                    [("หน้าหลัก", "/th"), ("ข่าวสาร", "/th/news"), ("ข่าวประชาสัมพันธ์", None)],
                )
            )
        if path.startswith("/th/news/detail/"):
            try:
                nid = int(path.rsplit("/", 1)[1])
            except ValueError:
                return None
            if nid == DELETED_ID:
                main_html = (
                    '<article class="content-detail news-detail"><h1 class="content-title h3 fw-bold"></h1>'
                    '<div class="alert alert-warning text-center my-5"><i class="bi bi-exclamation-triangle"></i> ไม่พบข้อมูล</div></article>'
                )
                return self.html_response(self.frame(f"{SITE_NAME}", main_html, self.crumbs("")))
            a = self.by_id.get(nid)
            if a:
                return self.html_response(
                    self.frame(
                        f"{a.title} | {SITE_NAME}",
                        self.article_main(a, base),
                        self.crumbs(a.title),
                        base + a.path,
                    )
                )
        return None

    def expected(self):
        return [
            expected_record(
                a, modified_time=False, must_not=FURNITURE + [r.title for r in self.related_for(a)]
            )
            for a in self.articles
        ]


SITE = MinistryPortal()

if __name__ == "__main__":
    main(SITE)
