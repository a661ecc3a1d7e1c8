"""Held-out red-team site: a province portal written in Laravel with Bootstrap 4 and a
JSON-LD NewsArticle block (built blind).

What it imitates (facts about how such portals print, not any real site's code):
- `/news?page=N` with Laravel's Bootstrap paginator (absolute URLs, `?page=1` on the first
  page link, `rel="next"`/`rel="prev"`, `&lsaquo;`/`&rsaquo;`), cards linking `/news/{id}`;
- `<meta name="csrf-token">`, `<title>` "headline | จังหวัดน่าน", og:title;
- JSON-LD `NewsArticle` where `datePublished`/`dateModified` are Eloquent timestamps serialised
  the Laravel 7+ way: UTC with microseconds (`2024-01-15T03:30:00.000000Z`), `dateModified`
  always present (updated_at; equal to created_at when never edited), `headline` cut with
  Str::limit(…, 100) so long titles end in "...";
- the visible headline is an `h3.news-title` (the `h1` is the site brand); meta line
  `15/01/2567 เวลา 10.30 น.` (BE, numeric, some without the time), "ผู้เข้าชม 1,234 ครั้ง",
  "ปรับปรุงล่าสุด" for edited items only;
- CKEditor body in `div.news-detail` (`<p style="text-align: justify;">` with leading
  `&nbsp;` runs, empty `<p>&nbsp;</p>` spacers), a fancybox gallery and an attachment list
  ("เอกสารแนบ") inside it, "ที่มา :" line, hashtag badges, ShareThis buttons ("แชร์ข่าวนี้"),
  a "ข่าวที่เกี่ยวข้อง" card row and a "ข่าวล่าสุด" sidebar;
- the deleted item answers 200 with the layout and an alert "ไม่พบข้อมูล".

Judgement call: dateModified is printed for every item, so `modified_at` equals
`published_at` for never-edited ones.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    TZ,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .ho_common import ensure_source

SITE_NAME = "จังหวัดน่าน"
PER_PAGE = 9
SOURCES = ["สำนักงานประชาสัมพันธ์จังหวัดน่าน", "ที่ทำการปกครองจังหวัดน่าน", None]
EDITORS = ["admin", "pr_nan", "it_support"]
DELETED_ID = 777
UTC = dt.UTC


def num_date(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be(d)}"


def num_time(d: dt.datetime) -> str:
    return f"เวลา {d.hour:02d}.{d.minute:02d} น."


def carbon_json(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


def str_limit(s: str, n: int = 100) -> str:
    return s if len(s) <= n else s[:n].rstrip() + "..."


def build() -> list[Article]:
    arts = make_articles(
        "ho_laravel_province", 24, start=dt.datetime(2024, 6, 10, 17, 30, tzinfo=TZ), offset=36
    )
    for i, a in enumerate(arts):
        a.id = 1532 - i * 2
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/news/{a.id}"
        a.extra["editor"] = EDITORS[i % len(EDITORS)]
    return arts


class LaravelProvinceSite(BaseSite):
    key = "ho_laravel_province"
    family = "generic"
    imitates = "Laravel + Bootstrap 4 province portal (JSON-LD NewsArticle in UTC, dd/mm/BE dates)"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news?page={n}" for n in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------ layout
    def layout(self, base: str, title: str, content: str, head: str = "", sidebar=True) -> str:
        latest = "".join(
            f'<li class="list-group-item"><a href="{base}/news/{a.id}">{esc(a.title)}</a><br><small class="text-muted"><i class="far fa-clock"></i> {num_date(a.published)}</small></li>'
            for a in self.articles[:5]
        )
        side = (
            f"""<div class="col-lg-4"><div class="card mb-4"><div class="card-header bg-primary text-white"><i class="fas fa-newspaper"></i> ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div>
<div class="card mb-4"><div class="card-header">ลิงก์หน่วยงาน</div><div class="card-body"><a href="https://www.moi.go.th/">กระทรวงมหาดไทย</a><br><a href="https://www.prd.go.th/">กรมประชาสัมพันธ์</a></div></div>
<div class="card"><div class="card-body text-center">สถิติผู้เข้าชมเว็บไซต์<br><span class="h4">1,093,552</span></div></div></div>"""
            if sidebar
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
    <meta name="csrf-token" content="Xq0c7R4Fz1mJb9hK2sLwP8yTn3VdQe6UaGi5oBvZ">
    <title>{esc(title)} | {SITE_NAME}</title>
    {head}
    <link href="{base}/css/app.css?id=7c2e9d" rel="stylesheet">
    <link rel="stylesheet" href="https://use.fontawesome.com/releases/v5.15.4/css/all.css">
</head>
<body>
<div id="app">
<div class="topbar bg-dark text-white small py-1"><div class="container d-flex justify-content-between"><span>ศาลากลางจังหวัดน่าน โทร. 054-710-123</span><span><a class="text-white" href="{base}/login"><i class="fas fa-sign-in-alt"></i> เข้าสู่ระบบ</a></span></div></div>
<nav class="navbar navbar-expand-md navbar-light bg-white shadow-sm">
  <div class="container">
    <a class="navbar-brand" href="{base}/"><img src="{base}/images/logo.png" height="60" alt=""> <h1 class="d-inline h4 mb-0">{SITE_NAME}</h1></a>
    <ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="{base}/">หน้าแรก</a></li><li class="nav-item active"><a class="nav-link" href="{base}/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="{base}/announcements">ประกาศ</a></li><li class="nav-item"><a class="nav-link" href="{base}/contact">ติดต่อ</a></li></ul>
  </div>
</nav>
<main class="py-4"><div class="container"><div class="row">
<div class="{"col-lg-8" if sidebar else "col-12"}">
{content}
</div>
{side}
</div></div></main>
<footer class="footer bg-dark text-white-50 py-4"><div class="container">&copy; 2024 {SITE_NAME} | ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร</div></footer>
</div>
<script src="{base}/js/app.js?id=4f9b21" defer></script>
<script type="text/javascript" src="https://platform-api.sharethis.com/js/sharethis.js#property=5f1a2b3c4d&product=inline-share-buttons" async="async"></script>
</body>
</html>"""

    # ------------------------------------------------------------ listing
    def listing(self, n: int, base: str):
        if not 1 <= n <= len(self.pages):
            return None
        cards = []
        for k, a in enumerate(self.pages[n - 1]):
            cards.append(f"""<div class="col-md-4 mb-4"><div class="card h-100 news-card">
<a href="{base}/news/{a.id}"><img class="card-img-top" src="{base}/storage/news/{a.id}/cover.jpg" alt="{esc(a.title)}"></a>
<div class="card-body"><h5 class="card-title"><a href="{base}/news/{a.id}">{esc(a.title)}</a></h5></div>
<div class="card-footer small text-muted"><i class="far fa-calendar-alt"></i> {num_date(a.published)} <span class="float-right"><i class="far fa-eye"></i> {a.views:,}</span></div>
</div></div>""")
            if n == 2 and k == 1:
                cards.append(f"""<div class="col-md-4 mb-4"><div class="card h-100 news-card">
<div class="card-body"><h5 class="card-title"><a href="{base}/news/{DELETED_ID}">ประชาสัมพันธ์การรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน</a></h5></div>
<div class="card-footer small text-muted"><i class="far fa-calendar-alt"></i> 03/04/2567</div></div></div>""")
        last = len(self.pages)

        def url(k):
            return f"{base}/news?page={k}"

        items = []
        if n == 1:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; ก่อนหน้า"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(n - 1)}" rel="prev" aria-label="&laquo; ก่อนหน้า">&lsaquo;</a></li>'
            )
        for k in range(1, last + 1):
            if k == n:
                items.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{k}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{url(k)}">{k}</a></li>'
                )
        if n == last:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="ถัดไป &raquo;"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(n + 1)}" rel="next" aria-label="ถัดไป &raquo;">&rsaquo;</a></li>'
            )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">หน้าแรก</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav>
<h2 class="section-title mb-4">ข่าวประชาสัมพันธ์</h2>
<div class="row">{"".join(cards)}</div>
<nav><ul class="pagination">{"".join(items)}</ul></nav>"""
        return self.html_response(self.layout(base, "ข่าวประชาสัมพันธ์", content, sidebar=False))

    # ------------------------------------------------------------ detail
    def related(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 8, 11)]

    def detail(self, a: Article, base: str):
        url = f"{base}/news/{a.id}"
        mod = a.modified or a.published
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "mainEntityOfPage": {"@type": "WebPage", "@id": url},
            "headline": str_limit(a.title),
            "image": [f"{base}/storage/news/{a.id}/cover.jpg"],
            "datePublished": carbon_json(a.published),
            "dateModified": carbon_json(mod),
            "author": {"@type": "Person", "name": a.extra["editor"]},
            "publisher": {
                "@type": "Organization",
                "name": SITE_NAME,
                "logo": {"@type": "ImageObject", "url": f"{base}/images/logo.png"},
            },
        }
        head = (
            f'<meta property="og:title" content="{esc(a.title)}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n'
            f'<meta property="og:image" content="{base}/storage/news/{a.id}/cover.jpg">\n'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        when = num_date(a.published) + (" " + num_time(a.published) if a.time_printed else "")
        updated = (
            f' <span class="ml-3"><i class="fas fa-edit"></i> ปรับปรุงล่าสุด {num_date(a.modified)} {num_time(a.modified)}</span>'
            if a.modified
            else ""
        )
        body = "\n".join(
            f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
            + ("\n<p>&nbsp;</p>" if k == 0 else "")
            for k, p in enumerate(a.paras)
        )
        gallery = "".join(
            f'<div class="col-6 col-md-3 mb-3"><a data-fancybox="gallery" href="{base}/storage/news/{a.id}/{k}.jpg"><img class="img-fluid rounded" src="{base}/storage/news/{a.id}/thumb_{k}.jpg" alt=""></a></div>'
            for k in range(4)
        )
        attach = (
            f'<div class="attachments mt-3"><h6><i class="fas fa-paperclip"></i> เอกสารแนบ</h6><ul><li><a href="{base}/storage/news/{a.id}/doc.pdf" target="_blank">ดาวน์โหลดเอกสาร (PDF, 245 KB)</a></li></ul></div>'
            if a.id % 3 == 0
            else ""
        )
        source = (
            f'<p class="news-source mt-3"><strong>ที่มา :</strong> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        tags = (
            '<div class="news-tags mt-3"><i class="fas fa-tags"></i> '
            + " ".join(
                f'<a class="badge badge-pill badge-secondary" href="{base}/news?tag={esc(t)}">#{esc(t)}</a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        rel = "".join(
            f'<div class="col-md-4"><div class="card h-100"><a href="{base}/news/{r.id}"><img class="card-img-top" src="{base}/storage/news/{r.id}/cover.jpg" alt=""></a><div class="card-body"><a href="{base}/news/{r.id}" class="small">{esc(r.title)}</a></div><div class="card-footer small text-muted">{num_date(r.published)}</div></div></div>'
            for r in self.related(a)
        )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{base}/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
<article class="news-show card"><div class="card-body">
<h3 class="news-title text-primary">{esc(a.title)}</h3>
<div class="news-meta text-muted small mb-3"><span><i class="far fa-calendar-alt"></i> {when}</span> <span class="ml-3"><i class="far fa-eye"></i> ผู้เข้าชม {a.views:,} ครั้ง</span>{updated}</div>
<img class="img-fluid mb-3" src="{base}/storage/news/{a.id}/cover.jpg" alt="{esc(a.title)}">
<div class="news-detail">
{body}
<div class="row gallery mt-3">{gallery}</div>
{attach}
</div>
{source}
{tags}
<div class="share mt-4"><span class="mr-2">แชร์ข่าวนี้ :</span><div class="sharethis-inline-share-buttons"></div></div>
</div></article>
<div class="related-news mt-4"><h4 class="border-bottom pb-2">ข่าวที่เกี่ยวข้อง</h4><div class="row">{rel}</div></div>
<div class="text-center mt-4"><a class="btn btn-outline-primary" href="{base}/news"><i class="fas fa-arrow-left"></i> กลับหน้ารวมข่าว</a></div>"""
        return self.html_response(self.layout(base, a.title, content, head))

    def deleted(self, base: str):
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{base}/news">ข่าวประชาสัมพันธ์</a></li></ol></nav>
<div class="alert alert-warning text-center my-5" role="alert"><i class="fas fa-exclamation-triangle"></i> ไม่พบข้อมูล</div>
<div class="text-center"><a class="btn btn-outline-primary" href="{base}/news">กลับหน้ารวมข่าว</a></div>"""
        return self.html_response(self.layout(base, "ข่าวประชาสัมพันธ์", content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                n = int(qs1(query, "page", "1"))
            except ValueError:
                return None
            return self.listing(n, base)
        if p.startswith("/news/"):
            try:
                nid = int(p[6:])
            except ValueError:
                return None
            if nid in self.by_id:
                return self.detail(self.by_id[nid], base)
            if nid == DELETED_ID:
                return self.deleted(base)
        return None

    def expected(self):
        out = []
        latest = [x.title for x in self.articles[:5]]
        for a in self.articles:
            must_not = [
                "ผู้เข้าชม",
                "ปรับปรุงล่าสุด",
                "เอกสารแนบ",
                "ดาวน์โหลดเอกสาร",
                "ที่มา :",
                "แชร์ข่าวนี้",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "กลับหน้ารวมข่าว",
                "สถิติผู้เข้าชมเว็บไซต์",
                "เข้าสู่ระบบ",
                "รายละเอียดข่าว",
                num_date(a.published),
            ]
            must_not += [r.title for r in self.related(a)] + [t for t in latest if t != a.title]
            must_not += ["#" + t for t in a.tags]
            rec = expected_record(a, must_not=must_not)
            rec["published_at"] = a.published.isoformat()  # JSON-LD always carries the time
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = LaravelProvinceSite()

if __name__ == "__main__":
    main(SITE)
