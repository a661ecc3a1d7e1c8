"""Blind-10 red-team site: a Python Flask + Jinja2 + Bootstrap 5 news site of a Rajabhat
university's community-service office, built blind.

What it imitates:
- routes `/news/<id>-<slug>` (the editors type transliterated slugs, e.g.
  `/news/215-sammana-wichakan-67-015`), the index `/news/` and `url_for(..., page=N)` links
  `/news/?page=N`; Flask-SQLAlchemy `iter_pages()` pagination in Bootstrap markup
  (`ul.pagination`, "«" / "»" with `aria-label` "ก่อนหน้า" / "ถัดไป");
- `<title>` "ข่าวสาร - สำนักบริการวิชาการ" on every news page; the navbar brand is the only
  `h1`-sized text, the headline an `h2.news-title`;
- dates: visible "15 ก.พ. 67" (a Jinja `thaidate` filter: abbreviated month, **two-digit BE**,
  no time), the time only in a JSON-LD `NewsArticle` whose `datePublished` / `dateModified`
  are SQLAlchemy UTC columns printed with `isoformat() + 'Z'` (every item; `dateModified`
  = the creation when never edited);
- the view count next to an eye icon with only `title="จำนวนการเข้าชม"`: "1,234";
- the body as Markdown-rendered `<p>`s in `div.news-body`, an image with a `figcaption`
  "ภาพ: …", a "เรียบเรียง : …" line for some; tag badges "#…", share buttons "แชร์:",
  a flashed cookie-consent alert inside `main`, "ข่าวที่เกี่ยวข้อง" cards with their dates;
- the deleted item answers 200 with the template's "ไม่พบข่าวที่ท่านค้นหา" card (the error
  handler returns the page without a status).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b10_common import B9Site, be_abbr2, build, record, utc_z

UNIT = "สำนักบริการวิชาการ มหาวิทยาลัยราชภัฏนครปฐม"
SOURCES = [None, "งานประชาสัมพันธ์ สำนักบริการวิชาการ", None, None, "ฝ่ายบริการวิชาการแก่ชุมชน"]
WORDS = [
    "sammana-wichakan",
    "borikan-chumchon",
    "ob-rom",
    "prachum",
    "khrongkan",
    "lomkhao",
    "kitchakam",
]
DELETED = "/news/198-prakat-rap-samak-67-004"


class FlaskSite(B9Site):
    key = "b10_flask_jinja"
    family = "generic"
    imitates = "Flask + Jinja2 + Bootstrap 5: /news/<id>-<slug>, /news/?page=N (iter_pages), h2.news-title under a navbar brand, visible '15 ก.พ. 67' (2-digit BE, no time), JSON-LD datePublished/dateModified in UTC 'Z', bare view number with title='จำนวนการเข้าชม', figcaption, 'เรียบเรียง :', #tag badges, share, cookie alert and related cards; deleted = 'ไม่พบข่าวที่ท่านค้นหา' (200)"
    listing_path = "/news/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 35, SOURCES, dt.datetime(2024, 8, 2, 16, 0), first_id=200, step=1
        )
        for a in self.articles:
            a.path = f"/news/{a.id}-{WORDS[a.id % len(WORDS)]}-67-{a.id - 190:03d}"
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/?page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, head=""):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวสาร - สำนักบริการวิชาการ</title>
<link href="/static/vendor/bootstrap-5.3.2/css/bootstrap.min.css" rel="stylesheet">
<link href="/static/vendor/bootstrap-icons/bootstrap-icons.css" rel="stylesheet">
<link href="/static/css/app.css?v=1.4.2" rel="stylesheet">
{head}
</head>
<body class="d-flex flex-column min-vh-100">
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
<a class="navbar-brand fs-4" href="/"><img src="/static/img/logo.png" height="40" alt=""> {UNIT}</a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="nav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link active" href="/news/">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/projects/">โครงการ</a></li><li class="nav-item"><a class="nav-link" href="/login?next=%2Fnews%2F">เข้าสู่ระบบ</a></li></ul></div>
</div></nav>
<main class="container my-4 flex-grow-1">
<div class="alert alert-info alert-dismissible fade show small" role="alert">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a href="/privacy">นโยบายความเป็นส่วนตัว</a><button type="button" class="btn-close" data-bs-dismiss="alert" aria-label="ปิด"></button></div>
{content}
</main>
<footer class="bg-dark text-light py-3 mt-auto"><div class="container small">{UNIT} 85 ถนนมาลัยแมน อำเภอเมือง จังหวัดนครปฐม 73000 &middot; โทร. 034-261-021</div></footer>
<script src="/static/vendor/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.paras[0][:120]))
            if k == 1 and j == 3:
                cards.append(
                    self.card(
                        DELETED,
                        "ประกาศรับสมัครผู้เข้าร่วมโครงการยกระดับผลิตภัณฑ์ชุมชน ปี 2567",
                        dt.datetime(2024, 6, 20),
                        "ประกาศรับสมัคร",
                    )
                )
        n = len(self.pages)
        pg = []
        if k:
            pg.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_url(k - 1)}" aria-label="ก่อนหน้า"><span aria-hidden="true">&laquo;</span></a></li>'
            )
        else:
            pg.append('<li class="page-item disabled"><span class="page-link">&laquo;</span></li>')
        for i in range(n):
            pg.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{i + 1}</span></li>'
                if i == k
                else f'<li class="page-item"><a class="page-link" href="{self.page_url(i)}">{i + 1}</a></li>'
            )
        if k < n - 1:
            pg.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_url(k + 1)}" aria-label="ถัดไป"><span aria-hidden="true">&raquo;</span></a></li>'
            )
        else:
            pg.append('<li class="page-item disabled"><span class="page-link">&raquo;</span></li>')
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวสาร</li></ol></nav>
<h2 class="mb-3">ข่าวสารและกิจกรรม</h2>
<div class="row row-cols-1 row-cols-md-2 g-4">{"".join(cards)}</div>
<nav class="mt-4" aria-label="เลขหน้า"><ul class="pagination justify-content-center">{"".join(pg)}</ul></nav>"""
        return self.shell(content)

    def card(self, path, title, d, excerpt):
        return f"""<div class="col"><div class="card h-100 shadow-sm"><img src="/static/uploads/news/thumb.jpg" class="card-img-top" alt=""><div class="card-body"><h5 class="card-title"><a href="{path}" class="stretched-link text-decoration-none">{esc(title)}</a></h5><p class="card-text text-muted small">{esc(excerpt)}…</p></div><div class="card-footer bg-white small text-muted"><i class="bi bi-calendar3"></i> {be_abbr2(d)}</div></div></div>"""

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (2, 5, 9)]

    def detail(self, a):
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title[:110],
            "datePublished": utc_z(a.published),
            "dateModified": utc_z(a.modified),
            "author": {"@type": "Organization", "name": UNIT},
            "image": [f"https://ars.npru.ac.th/static/uploads/news/{a.id}.jpg"],
        }
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            1,
            f'<figure class="figure w-100"><img src="/static/uploads/news/{a.id}.jpg" class="figure-img img-fluid rounded" alt=""><figcaption class="figure-caption text-center">ภาพ: บรรยากาศกิจกรรม ({be_abbr2(a.published)})</figcaption></figure>',
        )
        if a.source:
            paras.append(f"<p><em>เรียบเรียง : {esc(a.source)}</em></p>")
        tags = " ".join(
            f'<a href="/news/tag/{esc(t)}" class="badge rounded-pill text-bg-light text-decoration-none">#{esc(t)}</a>'
            for t in a.tags
        )
        rel = "".join(
            f'<div class="col"><div class="card h-100"><div class="card-body"><h6 class="card-title"><a href="{x.path}">{esc(x.title)}</a></h6><small class="text-muted">{be_abbr2(x.published)}</small></div></div></div>'
            for x in self.related(a)
        )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news/">ข่าวสาร</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li></ol></nav>
<article class="news">
<h2 class="news-title fw-bold">{esc(a.title)}</h2>
<div class="d-flex gap-3 text-muted small mb-3"><span><i class="bi bi-calendar3"></i> {be_abbr2(a.published)}</span><span title="จำนวนการเข้าชม"><i class="bi bi-eye"></i> {a.views:,}</span><span><i class="bi bi-person"></i> admin_ars</span></div>
<div class="news-body">
{"".join(paras)}
</div>
<div class="my-3">{tags}</div>
<div class="share d-flex align-items-center gap-2"><span>แชร์:</span><a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u=https://ars.npru.ac.th{a.path}"><i class="bi bi-facebook"></i> Facebook</a><a class="btn btn-sm btn-outline-success" href="https://social-plugins.line.me/lineit/share?url=https://ars.npru.ac.th{a.path}"><i class="bi bi-line"></i> LINE</a></div>
</article>
<section class="mt-5"><h4>ข่าวที่เกี่ยวข้อง</h4><div class="row row-cols-1 row-cols-md-3 g-3">{rel}</div></section>"""
        return self.shell(content, head)

    def deleted(self):
        content = """<div class="card text-center my-5"><div class="card-body"><i class="bi bi-exclamation-circle display-4 text-warning"></i><h4 class="mt-3">ไม่พบข่าวที่ท่านค้นหา</h4><p class="text-muted">ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="/news/" class="btn btn-primary">กลับหน้าข่าวสาร</a></div></div>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            must_not = [
                "แชร์:",
                "ข่าวที่เกี่ยวข้อง",
                "เว็บไซต์นี้ใช้คุกกี้",
                "นโยบายความเป็นส่วนตัว",
                "admin_ars",
                "ภาพ: บรรยากาศกิจกรรม",
                f"{a.views:,}" if a.views >= 1000 else "",
                rel[0].title,
                rel[1].title,
            ] + [f"#{t}" for t in a.tags[:1]]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = FlaskSite()

if __name__ == "__main__":
    main(SITE)
