"""Blind-8 red-team site: Wagtail 5 (Django) news section of a Rajabhat university's
president office, built blind.

What it imitates:
- Django/Wagtail chrome: `csrfmiddlewaretoken` in the search form, `{% wagtailuserbar %}`
  comment, Bootstrap 5 navbar, `<title>` "headline | site";
- a NewsIndexPage `/th/news/` with Django's Paginator `?page=N` (query-only hrefs:
  "« หน้าแรก", "‹ ก่อนหน้า", "หน้า 1 จาก 3", "ถัดไป ›", "หน้าสุดท้าย »") and a sidebar of tag
  filters `?tag=…` (filtered lists of the same items);
- NewsPage slugs made by Django's `slugify(allow_unicode=True)`, which drops Thai vowel and
  tone marks (they are not `\\w`): "ผู้ว่าราชการ" becomes `ผวาราชการ`, percent-encoded in hrefs;
- the page: breadcrumb ending in the headline, `h1.news-title`, a meta row "วันที่ข่าว:
  <time datetime=2024-02-15>15 กุมภาพันธ์ 2024</time>" (a DateField rendered with Django's th
  `DATE_FORMAT` `j F Y`: Thai month, **CE**, no time) and "หมวดหมู่"; the StreamField body
  (`block-paragraph` rich text, `block-image` with figcaption, `block-embed` YouTube,
  `block-document` "ดาวน์โหลดเอกสาร: … (PDF, 312 KB)"); a "ที่มา:" field; tags "แท็ก:";
  a footer line "ปรับปรุงล่าสุด: 20 กุมภาพันธ์ 2024, 14:05" from `last_published_at` with
  Django's `DATETIME_FORMAT` `j F Y, G:i` for every page (never-edited pages print their
  first publication moment); "ข่าวอื่นๆ" cards with dates; no view counter;
- the deleted item: a page made private with a password: Wagtail's bare "ต้องใช้รหัสผ่าน"
  form (200).
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from urllib.parse import quote, unquote

from ._common import MONTHS, BaseSite, esc, main, paginate, qs1
from .b8_common import build, record

SITE_NAME = "มหาวิทยาลัยราชภัฏนครปฐม"
SOURCES = ["กองประชาสัมพันธ์ มหาวิทยาลัยราชภัฏนครปฐม", None, "งานสื่อสารองค์กร สำนักงานอธิการบดี", None]
PER_PAGE = 9
LISTING = "/th/news/"
DELETED_TITLE = "ผลการคัดเลือกผู้ได้รับทุนการศึกษาประจำปีการศึกษา 2567"
TAGS_OF_SITE = ["การศึกษา", "สังคม", "เศรษฐกิจ", "สาธารณสุข", "ท่องเที่ยว"]


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFKC", title)
    s = re.sub(r"[^\w\s-]", "", s.lower()).strip()
    return re.sub(r"[-\s]+", "-", s).strip("-_")


def django_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def django_datetime(d: dt.datetime) -> str:
    return f"{django_date(d)}, {d.hour}:{d.minute:02d}"


DELETED = f"{LISTING}{slugify(DELETED_TITLE)}/"


class WagtailSite(BaseSite):
    key = "b8_wagtail_news"
    family = "generic"
    imitates = "Wagtail 5 (Django) NewsIndexPage ?page=N (query-only hrefs) with ?tag= filters, Django unicode slugs with the Thai vowel and tone marks dropped, DateField 'วันที่ข่าว: 15 กุมภาพันธ์ 2024' (CE, no time), StreamField blocks (image caption, YouTube embed, document), 'ที่มา:' field, 'ปรับปรุงล่าสุด: 20 กุมภาพันธ์ 2024, 14:05' for every page, 'ข่าวอื่นๆ' cards, Wagtail password-required page as the deleted item"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 23, 41, SOURCES, dt.datetime(2024, 2, 29, 16, 0), first_id=400, step=3
        )
        for a in self.articles:
            a.path = f"{LISTING}{slugify(a.title)}/"
            if a.modified is None:
                a.modified = a.published  # last_published_at printed for every page
            a.tags = [t for t in a.tags if t in TAGS_OF_SITE]
        self.by_path = {a.path: a for a in self.articles}
        assert len(self.by_path) == len(self.articles)
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def href(self, path):
        return quote(path)

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3)]

    def shell(self, base, title, content, sidebar=""):
        return f"""<!DOCTYPE html>
<html class="no-js" lang="th">
    <head>
        <meta charset="utf-8" />
        <title>{esc(title)} | {SITE_NAME}</title>
        <meta name="description" content="" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <link rel="stylesheet" href="{base}/static/css/bootstrap.min.3a1f7c2e9d41.css">
        <link rel="stylesheet" href="{base}/static/css/npru.5c0b9e1d2f7a.css">
    </head>
    <body class="template-newspage">
        <!-- wagtailuserbar -->
        <header class="site-header">
            <nav class="navbar navbar-expand-lg navbar-dark bg-npru">
                <div class="container">
                    <a class="navbar-brand" href="{base}/th/"><img src="{base}/media/images/npru-logo.original.png" alt="" height="48"> {SITE_NAME}</a>
                    <ul class="navbar-nav ms-auto">
                        <li class="nav-item"><a class="nav-link" href="{base}/th/">หน้าหลัก</a></li>
                        <li class="nav-item"><a class="nav-link" href="{base}/th/about/">เกี่ยวกับมหาวิทยาลัย</a></li>
                        <li class="nav-item"><a class="nav-link active" aria-current="page" href="{base}{LISTING}">ข่าวสาร</a></li>
                        <li class="nav-item"><a class="nav-link" href="{base}/th/admission/">รับสมัครนักศึกษา</a></li>
                        <li class="nav-item"><a class="nav-link" href="{base}/en/">EN</a></li>
                    </ul>
                    <form class="d-flex" action="{base}/th/search/" method="get"><input type="hidden" name="csrfmiddlewaretoken" value="Xq3v8ZrT0mPqL7wYbN2cKd9FhJ4sAeUo"><input class="form-control" type="search" name="query" placeholder="ค้นหา"></form>
                </div>
            </nav>
        </header>
        <main class="container my-4">
            <div class="row">
                <div class="col-lg-8">
{content}
                </div>
                <div class="col-lg-4">
{sidebar}
                </div>
            </div>
        </main>
        <footer class="site-footer bg-dark text-light py-4">
            <div class="container"><p>{SITE_NAME} 85 ถนนมาลัยแมน อำเภอเมือง จังหวัดนครปฐม 73000</p><p>&copy; 2024 {SITE_NAME}</p></div>
        </footer>
        <script src="{base}/static/js/bootstrap.bundle.min.8d2c4f1a0b3e.js"></script>
    </body>
</html>
"""

    def tag_sidebar(self, base):
        items = "".join(
            f'<a class="list-group-item list-group-item-action" href="?tag={quote(t)}">{esc(t)}</a>'
            for t in TAGS_OF_SITE
        )
        return f'<aside class="card"><div class="card-header">แท็ก</div><div class="list-group list-group-flush">{items}</div></aside>'

    def card(self, base, a):
        return f"""<div class="col-md-6 mb-4"><div class="card h-100 news-card">
<img class="card-img-top" src="{base}/media/images/news_{a.id}.width-600.jpg" alt="">
<div class="card-body"><h5 class="card-title"><a href="{base}{self.href(a.path)}" class="stretched-link">{esc(a.title)}</a></h5>
<p class="card-text text-muted"><small><time datetime="{a.published:%Y-%m-%d}">{django_date(a.published)}</time></small></p></div>
</div></div>"""

    def pager(self, n):
        last = len(self.pages)
        lis = []
        if n > 0:
            lis.append(
                '<li class="page-item"><a class="page-link" href="?page=1">&laquo; หน้าแรก</a></li>'
            )
            lis.append(
                f'<li class="page-item"><a class="page-link" href="?page={n}">&lsaquo; ก่อนหน้า</a></li>'
            )
        lis.append(
            f'<li class="page-item disabled"><span class="page-link">หน้า {n + 1} จาก {last}</span></li>'
        )
        if n < last - 1:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="?page={n + 2}">ถัดไป &rsaquo;</a></li>'
            )
            lis.append(
                f'<li class="page-item"><a class="page-link" href="?page={last}">หน้าสุดท้าย &raquo;</a></li>'
            )
        return f'<nav aria-label="การแบ่งหน้า"><ul class="pagination justify-content-center">{"".join(lis)}</ul></nav>'

    def listing(self, base, n, tag=None):
        if tag is not None:
            items = [a for a in self.articles if tag in a.tags]
            heading = f"ข่าวสาร: {tag}"
            pager = ""
        else:
            if not 0 <= n < len(self.pages):
                return None
            items = list(self.pages[n])
            heading = "ข่าวสาร"
            pager = self.pager(n)
        cards = [self.card(base, a) for a in items]
        if tag is None and n == 1:
            cards.insert(
                4,
                f"""<div class="col-md-6 mb-4"><div class="card h-100 news-card">
<div class="card-body"><h5 class="card-title"><a href="{base}{self.href(DELETED)}" class="stretched-link">{DELETED_TITLE}</a></h5>
<p class="card-text text-muted"><small><time datetime="2024-02-02">2 กุมภาพันธ์ 2024</time></small></p></div>
</div></div>""",
            )
        content = f"""<h1 class="mb-4">{esc(heading)}</h1>
<div class="row news-index">
{"".join(cards)}
</div>
{pager}"""
        return self.html_response(self.shell(base, heading, content, self.tag_sidebar(base)))

    def detail(self, base, a):
        blocks = [f'<div class="block-paragraph"><p>{esc(p)}</p></div>' for p in a.paras[:2]]
        blocks.append(
            f'<div class="block-image"><figure class="figure"><img alt="news_{a.id}_2.jpg" class="figure-img img-fluid" height="533" src="{base}/media/images/news_{a.id}_2.width-800.jpg" width="800"><figcaption class="figure-caption">ภาพกิจกรรมโดย งานโสตทัศนูปกรณ์</figcaption></figure></div>'
        )
        blocks += [f'<div class="block-paragraph"><p>{esc(p)}</p></div>' for p in a.paras[2:]]
        if a.id % 2 == 0:
            blocks.append(
                '<div class="block-embed"><div class="responsive-object" style="padding-bottom: 56.25%;"><iframe width="200" height="113" src="https://www.youtube.com/embed/Hk2T0vQ8xYc?feature=oembed" frameborder="0" allowfullscreen title="สรุปกิจกรรมประจำสัปดาห์ NPRU Channel"></iframe></div></div>'
            )
        if a.id % 3 == 0:
            blocks.append(
                f'<div class="block-document"><a href="{base}/documents/{a.id}/คำสั่งแต่งตั้ง.pdf" class="btn btn-outline-primary btn-sm">ดาวน์โหลดเอกสาร: คำสั่งแต่งตั้งคณะกรรมการ (PDF, 312 KB)</a></div>'
            )
        source = (
            f'<p class="news-source"><strong>ที่มา:</strong> {esc(a.source)}</p>' if a.source else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">แท็ก: '
                + " ".join(
                    f'<a href="{base}{LISTING}?tag={quote(t)}" class="badge bg-secondary">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        others = "".join(self.card(base, x) for x in self.others(a))
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="{base}/th/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{base}{LISTING}">ข่าวสาร</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li></ol></nav>
<article class="news-page">
    <h1 class="news-title">{esc(a.title)}</h1>
    <div class="news-meta text-muted mb-3">
        <span class="news-date"><i class="bi bi-calendar3"></i> วันที่ข่าว: <time datetime="{a.published:%Y-%m-%d}">{django_date(a.published)}</time></span>
        <span class="news-category ms-3"><i class="bi bi-folder"></i> หมวดหมู่: <a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></span>
    </div>
    <div class="news-body">
        {"".join(blocks)}
    </div>
    {source}
    {tags}
    <footer class="news-footer mt-3"><small class="text-muted">ปรับปรุงล่าสุด: {django_datetime(a.modified)}</small></footer>
</article>
<section class="news-others mt-5"><h2 class="h4">ข่าวอื่นๆ</h2><div class="row">{others}</div></section>"""
        return self.html_response(self.shell(base, a.title, content, self.tag_sidebar(base)))

    def deleted(self, base):
        return self.html_response(
            f"""<!DOCTYPE HTML>
<html lang="th">
    <head>
        <title>ต้องใช้รหัสผ่าน</title>
        <meta name="viewport" content="width=device-width, initial-scale=1" />
    </head>
    <body>
        <h1>ต้องใช้รหัสผ่าน</h1>
        <p>คุณต้องใช้รหัสผ่านเพื่อเข้าถึงหน้านี้</p>
        <form action="/_util/authenticate_with_password/17/63/" method="POST">
            <input type="hidden" name="csrfmiddlewaretoken" value="pL2mV9xQ4rT8yB1nC6zK0wE3hJ7sAdFg">
            <p><label for="id_password">รหัสผ่าน:</label> <input type="password" name="password" required id="id_password"></p>
            <input type="hidden" name="return_url" value="{self.href(DELETED)}" id="id_return_url">
            <input type="submit" value="ดำเนินการต่อ" />
        </form>
    </body>
</html>
"""
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", "/th/"):
            return self.html_response(
                self.shell(base, "หน้าหลัก", f'<p><a href="{base}{LISTING}">ข่าวสาร</a></p>')
            )
        if path == LISTING:
            tag = qs1(query, "tag")
            if tag:
                return self.listing(base, 0, tag=tag) if tag in TAGS_OF_SITE else None
            v = qs1(query, "page", "1")
            if not v.isdigit():
                return None
            return self.listing(base, int(v) - 1)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ภาพกิจกรรมโดย งานโสตทัศนูปกรณ์",
                "สรุปกิจกรรมประจำสัปดาห์ NPRU Channel",
                "ดาวน์โหลดเอกสาร",
                "คำสั่งแต่งตั้งคณะกรรมการ",
                "แท็ก:",
                "ปรับปรุงล่าสุด",
                "ข่าวอื่นๆ",
                "วันที่ข่าว",
                "หมวดหมู่:",
            ] + [x.title for x in self.others(a)]
            out.append(record(self, a, must_not, published_time=False, views=False))
        return out


SITE = WagtailSite()

if __name__ == "__main__":
    main(SITE)
