"""Blind-36 red-team site (part C): **a ministry department portal on a vendor Laravel app**
(Blade templates, Bootstrap 5, Bootstrap Icons), news under
`/th/news/detail/<thai-slug>-<id>`, the department of older persons' affairs
(กรมกิจการผู้สูงอายุ), built blind.

What it imitates:
- Laravel fingerprints: `XSRF-TOKEN` / `laravel_session` cookies, `meta name="csrf-token"`,
  `/build/assets/app-<hash>.css` (Vite), `/storage/news/...` uploads, `/th/` locale prefix;
- **`<title>` = the department name only**, `h1` = the logo text; the headline only in
  `h2.news-detail-title` (and `og:title`);
- **visible date "๕ มี.ค. ๖๗" in Thai digits with a two-digit BE year, no time**; the time and the
  edit date only in the JSON-LD `NewsArticle` (`datePublished` / `dateModified`, +07:00);
- **view counter in Thai digits with no label** (`span.news-view` with an eye icon and
  `title="จำนวนผู้เข้าชม"`);
- share buttons (Facebook / LINE / X / คัดลอกลิงก์) and an A- A A+ font-size tool above the text;
  cover image (some); body; "เอกสารแนบ" (some); "ที่มา :" line under the text (some);
  `#tag` badges; prev/next cards with titles; "ข่าวที่เกี่ยวข้อง" cards with Thai-digit dates;
  PDPA cookie bar; footer with a site counter;
- listing: `/th/news` with the Laravel Bootstrap-5 paginator (`?page=2`, absolute hrefs,
  "แสดง 1 ถึง 9 จาก 24 รายการ").
Deleted: a withdrawn item answering 200 with the empty detail template "ไม่พบข้อมูลข่าวที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote, unquote

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
from .b32b_common import drop_contact_tails

DEPT = "กรมกิจการผู้สูงอายุ"
HOST = "https://www.dop.go.th"
PER_PAGE = 9
SOURCES = ["กองส่งเสริมและพัฒนาผู้สูงอายุ", None, "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม", None]
DELETED_ID = 1187
DELETED_TITLE = "ประกาศรับสมัครอาสาสมัครดูแลผู้สูงอายุ รุ่นที่ 4 (ยกเลิก)"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ 2,904,117 คน"


def slug(title: str) -> str:
    s = re.sub(r"[^\w\u0E00-\u0E7F]+", "-", title).strip("-")
    return s[:50].rstrip("-")


def thai_date(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗' (Thai digits, two-digit BE year)."""
    return (
        thai_digits(f"{d.day} ")
        + MONTHS_ABBR[d.month - 1]
        + thai_digits(f" {(d.year + 543) % 100:02d}")
    )


class DeptLaravelSite(BaseSite):
    key = "b36_dept_laravel_detail"
    family = "generic"
    imitates = "ministry department portal on a vendor Laravel app (Blade, Bootstrap 5, Vite /build/assets, /storage uploads), Department of Older Persons: /th/news/detail/<thai-slug>-<id> (percent-encoded hrefs); <title> = department name only, h1 = logo text, headline only in h2.news-detail-title; visible date '๕ มี.ค. ๖๗' (Thai digits, two-digit BE, no time); time and edit date only in JSON-LD NewsArticle datePublished/dateModified; unlabelled Thai-digit view counter (eye icon, title attribute); share + copy-link + A-/A/A+ above the text; cover image / attachments (some); 'ที่มา :' line (some); #tag badges; prev/next cards with titles; related cards with Thai-digit dates; PDPA bar; listing /th/news with the Laravel Bootstrap-5 paginator ?page=N; deleted = empty detail template 'ไม่พบข้อมูลข่าว' (200)"
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 30, 17, 0, tzinfo=TZ), offset=1777
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1214
        for i, a in enumerate(arts):
            if nid == DELETED_ID:
                nid -= 1
            a.id = nid
            nid -= 1 + (i % 3 == 0)
            a.time_printed = True  # JSON-LD always carries the time
            if a.modified is None:
                a.modified = a.published  # dateModified on every item
            a.path = f"/th/news/detail/{slug(a.title)}-{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [t.replace(" ", "") for t in a.tags]
            a.extra["image"] = i % 4 != 3
            a.extra["file"] = i % 7 == 3
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/th/news/detail/{slug(DELETED_TITLE)}-{DELETED_ID}"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    @staticmethod
    def href(path):
        return quote(path)

    def shell(self, content, head_extra="", crumb=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="q8vT2mKx0bLwY1nRzE4pHs7aJcUdFgVi3oNeM6yA">
    <title>{DEPT}</title>
{head_extra}    <link rel="icon" href="/images/favicon.png">
    <link rel="preconnect" href="https://fonts.googleapis.com">
    <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&display=swap" rel="stylesheet">
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap-icons@1.11.3/font/bootstrap-icons.min.css">
    <link rel="preload" as="style" href="/build/assets/app-4f1c9a2e.css" /><link rel="stylesheet" href="/build/assets/app-4f1c9a2e.css" />
</head>
<body class="font-size-normal">
<div class="top-bar bg-dark text-white small"><div class="container d-flex justify-content-between">
  <span>ศูนย์ช่วยเหลือสังคม สายด่วน 1300</span>
  <span><a href="/th" class="text-white">TH</a> | <a href="/en" class="text-white">EN</a> | <a href="/login" class="text-white">เข้าสู่ระบบ</a></span>
</div></div>
<header class="site-header"><div class="container d-flex align-items-center">
  <a href="/th" class="navbar-brand"><img src="/images/logo-dop.png" alt="{DEPT}"></a>
  <h1 class="site-title mb-0">{DEPT}<small class="d-block">Department of Older Persons</small></h1>
</div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">
  <li class="nav-item"><a class="nav-link" href="/th">หน้าแรก</a></li>
  <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">เกี่ยวกับกรม</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/th/about/history">ประวัติความเป็นมา</a></li><li><a class="dropdown-item" href="/th/about/structure">โครงสร้างองค์กร</a></li></ul></li>
  <li class="nav-item"><a class="nav-link active" aria-current="page" href="/th/news">ข่าวประชาสัมพันธ์</a></li>
  <li class="nav-item"><a class="nav-link" href="/th/procurement">จัดซื้อจัดจ้าง</a></li>
  <li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
  <li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
</ul></div></nav></header>
<div class="page-banner"><div class="container"><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/th/news">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol></nav></div></div>
<main class="py-4"><div class="container">
{content}
</div></main>
<footer class="site-footer bg-primary text-white"><div class="container py-4"><div class="row">
  <div class="col-md-8"><p class="fw-semibold">{DEPT}</p><p>1034 ถนนกรุงเกษม แขวงคลองมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100</p><p>โทรศัพท์ 0 2642 4336</p></div>
  <div class="col-md-4"><p class="visitor">{SITE_COUNTER}</p><p><a class="text-white" href="/th/policy/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p></div>
</div><p class="small text-center mb-0">© 2567 {DEPT} สงวนลิขสิทธิ์</p></div></footer>
<div id="cookie-consent" class="cookie-consent fixed-bottom bg-white shadow p-3"><div class="container d-flex justify-content-between"><span>{COOKIE}</span><span><a href="/th/policy/cookie">รายละเอียด</a> <button class="btn btn-primary btn-sm js-cookie-consent-agree">ยอมรับทั้งหมด</button></span></div></div>
<script type="module" src="/build/assets/app-9b2d7e11.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, path, a):
        img = (
            f"/storage/news/{a.published:%Y/%m}/cover-{a.id}.jpg"
            if a.extra["image"]
            else "/images/news-default.jpg"
        )
        return f"""<div class="col-md-4 mb-4"><div class="card news-card h-100">
  <a href="{HOST}{self.href(path)}"><img src="{img}" class="card-img-top" alt="{esc(title)}" loading="lazy"></a>
  <div class="card-body"><h5 class="card-title"><a href="{HOST}{self.href(path)}" class="stretched-link">{esc(title)}</a></h5></div>
  <div class="card-footer small text-muted"><span><i class="bi bi-calendar3"></i> {thai_date(a.published)}</span> <span class="float-end"><i class="bi bi-eye"></i> {thai_digits(f"{a.views:,}")}</span></div>
</div></div>
"""

    def paginator(self, k):
        n = len(self.pages)
        total = len(self.articles)

        def u(j):
            return f"{HOST}{self.listing_path}?page={j + 1}"

        items = []
        if k == 0:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; ก่อนหน้า"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{u(k - 1)}" rel="prev" aria-label="&laquo; ก่อนหน้า">&lsaquo;</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{j + 1}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{u(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{u(k + 1)}" rel="next" aria-label="ถัดไป &raquo;">&rsaquo;</a></li>'
            )
        else:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="ถัดไป &raquo;"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>'
            )
        first = k * PER_PAGE + 1
        last = min(total, first + len(self.pages[k]) - 1)
        return f"""<nav class="d-flex justify-items-center justify-content-between">
  <div class="d-none flex-sm-fill d-sm-flex align-items-sm-center justify-content-sm-between">
    <div><p class="small text-muted">แสดง <span class="fw-semibold">{first}</span> ถึง <span class="fw-semibold">{last}</span> จาก <span class="fw-semibold">{total}</span> รายการ</p></div>
    <div><ul class="pagination">{"".join(items)}</ul></div>
  </div>
</nav>"""

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(4, self.card(DELETED_TITLE, self.deleted, self.pages[1][4]))
        content = f"""<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<form class="row g-2 mb-3" method="GET" action="{HOST}/th/news"><div class="col-auto"><input type="text" name="q" class="form-control" placeholder="ค้นหาข่าว"></div><div class="col-auto"><button class="btn btn-primary">ค้นหา</button></div></form>
<div class="row">
{"".join(cards)}</div>
{self.paginator(k)}"""
        return self.shell(content, crumb="")

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i - 2, i + 4, i - 4) if 0 <= j < len(self.articles)
        ][:3]

    def detail(self, a):
        url = f"{HOST}{self.href(a.path)}"
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "image": [f"{HOST}/storage/news/{a.published:%Y/%m}/cover-{a.id}.jpg"]
            if a.extra["image"]
            else [],
            "datePublished": a.published.isoformat(),
            "dateModified": a.modified.isoformat(),
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": DEPT,
                "logo": {"@type": "ImageObject", "url": f"{HOST}/images/logo-dop.png"},
            },
            "mainEntityOfPage": url,
        }
        head = f"""    <link rel="canonical" href="{url}">
    <meta name="description" content="{esc(a.paras[0][:150])}">
    <meta property="og:type" content="article">
    <meta property="og:title" content="{esc(a.title)}">
    <meta property="og:url" content="{url}">
    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
"""
        cover = ""
        if a.extra["image"]:
            cover = f'<figure class="news-cover"><img src="/storage/news/{a.published:%Y/%m}/cover-{a.id}.jpg" class="img-fluid rounded" alt="{esc(a.title)}"></figure>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = f'<p class="news-source text-muted">ที่มา : {esc(a.source)}</p>' if a.source else ""
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-attach"><h6><i class="bi bi-paperclip"></i> เอกสารแนบ</h6><ul><li><a href="/storage/news/files/dop-{a.id}.pdf" target="_blank">dop-{a.id}.pdf</a> <span class="text-muted">(ดาวน์โหลด {thai_digits(a.views // 9 + 3)} ครั้ง)</span></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">'
                + "".join(
                    f'<a href="{HOST}/th/news?tag={quote(t)}" class="badge rounded-pill text-bg-light">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        pn = '<div class="row news-prev-next mt-4">'
        pn += (
            f'<div class="col-6"><a href="{HOST}{self.href(older.path)}" class="d-block border rounded p-2"><small class="text-muted">&laquo; ข่าวก่อนหน้า</small><br>{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        if newer:
            pn += f'<div class="col-6 text-end"><a href="{HOST}{self.href(newer.path)}" class="d-block border rounded p-2"><small class="text-muted">ข่าวถัดไป &raquo;</small><br>{esc(newer.title)}</a></div>'
        pn += "</div>"
        rel = "".join(
            f'<div class="col-md-4"><div class="card h-100"><div class="card-body"><a href="{HOST}{self.href(r.path)}">{esc(r.title)}</a><p class="small text-muted mb-0"><i class="bi bi-calendar3"></i> {thai_date(r.published)}</p></div></div></div>'
            for r in self.related(a)
        )
        content = f"""<div class="row"><div class="col-lg-9">
<div class="news-detail">
  <h2 class="news-detail-title">{esc(a.title)}</h2>
  <div class="news-meta d-flex justify-content-between border-bottom pb-2 mb-3">
    <div><span class="news-date"><i class="bi bi-calendar3"></i> {thai_date(a.published)}</span>
    <span class="news-view ms-3" title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> {thai_digits(f"{a.views:,}")}</span></div>
    <div class="news-tools"><span class="me-1">ขนาดตัวอักษร</span><button class="btn btn-sm btn-light js-font" data-size="sm">A-</button><button class="btn btn-sm btn-light js-font" data-size="md">A</button><button class="btn btn-sm btn-light js-font" data-size="lg">A+</button>
    <span class="share ms-2">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="bi bi-facebook"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank"><i class="bi bi-line"></i></a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank"><i class="bi bi-twitter-x"></i></a> <button class="btn btn-sm btn-outline-secondary js-copy" data-url="{url}">คัดลอกลิงก์</button></span></div>
  </div>
  {cover}
  <div class="news-content">{body}</div>
  {source}{files}{tags}
</div>
{pn}
<div class="related-news mt-5"><h4 class="section-title">ข่าวที่เกี่ยวข้อง</h4><div class="row">{rel}</div></div>
</div>
<div class="col-lg-3"><div class="sidebar"><div class="card mb-3"><div class="card-header">บริการออนไลน์</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/th/service/elderly-fund">กองทุนผู้สูงอายุ</a></li><li class="list-group-item"><a href="/th/service/complaint">ร้องเรียน/ร้องทุกข์</a></li></ul></div></div></div>
</div>"""
        return self.shell(
            content,
            head,
            '<li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>',
        )

    def missing(self):
        content = """<div class="row"><div class="col-lg-9"><div class="news-detail">
  <h2 class="news-detail-title"></h2>
  <div class="news-meta d-flex justify-content-between border-bottom pb-2 mb-3"><div><span class="news-date"><i class="bi bi-calendar3"></i> </span><span class="news-view ms-3" title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> ๐</span></div></div>
  <div class="news-content"><div class="alert alert-warning">ไม่พบข้อมูลข่าวที่ต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว</div></div>
</div></div></div>"""
        return self.shell(
            content,
            crumb='<li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>',
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            k = qs1(query, "page", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.missing())
        if path in ("/", "/th"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                thai_date(a.published),
                thai_digits(f"{a.views:,}"),
                "ขนาดตัวอักษร",
                "คัดลอกลิงก์",
                "แชร์ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "บริการออนไลน์",
                "กองทุนผู้สูงอายุ",
                "ศูนย์ช่วยเหลือสังคม สายด่วน 1300",
                "Department of Older Persons",
                SITE_COUNTER,
                COOKIE,
                "ถนนกรุงเกษม แขวงคลองมหานาค",
            ]
            if a.source:
                must_not.append(f"ที่มา : {a.source}")
            if a.extra["file"]:
                must_not += [f"dop-{a.id}.pdf", "เอกสารแนบ"]
            must_not += [f"#{t}" for t in a.tags]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = DeptLaravelSite()

if __name__ == "__main__":
    main(SITE)
