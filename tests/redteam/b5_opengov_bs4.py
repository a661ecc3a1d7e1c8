"""Blind-5 red-team site: an open-government portal (custom PHP CMS, Bootstrap 4 cards),
built blind.

What it imitates:
- `/th/news/detail/123`, listing `/th/news?page=N` with a Bootstrap 4 pagination
  "ก่อนหน้า 1 2 3 ถัดไป" (`li.page-item.active > span.page-link` + `sr-only` "(current)");
- `<title>` "headline | portal"; the `h1` is the section "ข่าวประชาสัมพันธ์" in a hero band,
  the headline an `h3.card-title` in `div.card.news-detail`;
- a meta row of icon badges: "๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น." (Thai digits, abbreviated month, BE, the
  time only for some items), "ผู้เข้าชม ๘๗" (Thai digits), the office unit; no modified date;
- `div.card-body` holds the text, an optional "ที่มา : …" line, tag badges "แท็ก", a share
  bar ("แชร์", Facebook / LINE / Twitter / คัดลอกลิงก์) and a "ข่าวล่าสุด" list group, all in
  the same content container; footer with a visitor counter;
- the deleted item answers 200 with the card and "ไม่พบข้อมูลข่าว".
"""

from __future__ import annotations

from ._common import BaseSite, esc, expected_record, fmt_abbr, main, paginate, thai_digits
from .b5_common import PER_PAGE, build

SITE_NAME = "ศูนย์ข้อมูลข่าวสารเปิดภาครัฐ จังหวัดอุบลราชธานี"
SOURCES = ["กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด", "สำนักงานจังหวัดอุบลราชธานี", None]
DELETED = "/th/news/detail/5"


def thai_stamp(d, with_time):
    s = thai_digits(fmt_abbr(d))
    if with_time:
        s += " " + thai_digits(f"{d.hour:02d}:{d.minute:02d}") + " น."
    return s


class OpenGovSite(BaseSite):
    key = "b5_opengov_bs4"
    family = "generic"
    imitates = "open-government portal, Bootstrap 4 cards: '๓ ต.ค. ๒๕๖๑ ๑๗:๐๘ น.', 'ผู้เข้าชม ๘๗', tags, share bar and 'ข่าวล่าสุด' inside the card, 'ก่อนหน้า 1 2 3 ถัดไป'"
    listing_path = "/th/news"

    def __init__(self):
        self.articles = build(self.key, 20, 83, SOURCES)
        for a in self.articles:
            a.path = f"/th/news/detail/{a.id}"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/th/news"] + [f"/th/news?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def latest(self, a=None):
        return [x for x in self.articles if x is not a][:5]

    def shell(self, base, title, inner):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<link rel="stylesheet" href="{base}/assets/vendor/bootstrap-4.3.1/css/bootstrap.min.css">
<link rel="stylesheet" href="{base}/assets/vendor/fontawesome-5/css/all.min.css">
<link rel="stylesheet" href="{base}/assets/css/main.css?v=20181001">
<title>{esc(title)}</title>
</head>
<body>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary sticky-top">
<div class="container"><a class="navbar-brand" href="{base}/th"><img src="{base}/assets/img/logo.png" height="40" alt=""> {SITE_NAME}</a>
<button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ml-auto"><li class="nav-item"><a class="nav-link" href="{base}/th">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="{base}/th/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="{base}/th/dataset">ชุดข้อมูลเปิด</a></li><li class="nav-item"><a class="nav-link" href="{base}/th/contact">ติดต่อ</a></li></ul></div>
</div>
</nav>
<section class="hero bg-light py-4"><div class="container"><h1 class="h2 mb-1">ข่าวประชาสัมพันธ์</h1><nav aria-label="breadcrumb"><ol class="breadcrumb bg-transparent p-0 m-0"><li class="breadcrumb-item"><a href="{base}/th">หน้าหลัก</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav></div></section>
<main class="py-4">
<div class="container">
{inner}
</div>
</main>
<footer class="bg-dark text-white-50 py-4"><div class="container"><div class="row"><div class="col-md-8"><p class="mb-1">{SITE_NAME}</p><p class="small mb-0">ศาลากลางจังหวัดอุบลราชธานี ถนนสรรพสิทธิ์ อำเภอเมือง จังหวัดอุบลราชธานี ๓๔๐๐๐</p></div><div class="col-md-4 text-md-right small">สถิติผู้เข้าชม วันนี้ ๑๒๓ | ทั้งหมด ๒๔๕,๖๗๘</div></div></div></footer>
<script src="{base}/assets/vendor/jquery/jquery-3.3.1.min.js"></script>
<script src="{base}/assets/vendor/bootstrap-4.3.1/js/bootstrap.bundle.min.js"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        cards = []
        for k, a in enumerate(self.pages[n]):
            cards.append(
                f"""<div class="col-md-6 col-lg-3 mb-4"><div class="card h-100 shadow-sm"><a href="{base}{a.path}"><img class="card-img-top" src="{base}/uploads/news/{a.id}/cover_thumb.jpg" alt=""></a><div class="card-body"><h5 class="card-title"><a href="{base}{a.path}" class="text-dark">{esc(a.title)}</a></h5></div><div class="card-footer bg-white small text-muted"><i class="far fa-calendar-alt"></i> {thai_stamp(a.published, False)} <span class="float-right"><i class="far fa-eye"></i> {thai_digits(f"{a.views:,}")}</span></div></div></div>"""
            )
            if n == 1 and k == 1:
                cards.append(
                    f"""<div class="col-md-6 col-lg-3 mb-4"><div class="card h-100 shadow-sm"><div class="card-body"><h5 class="card-title"><a href="{base}{DELETED}" class="text-dark">ประชุมคณะกรมการจังหวัด ครั้งที่ ๙/๒๕๖๑</a></h5></div><div class="card-footer bg-white small text-muted"><i class="far fa-calendar-alt"></i> ๑ ต.ค. ๒๕๖๑</div></div></div>"""
                )

        def href(k):
            return f"{base}/th/news" if k == 0 else f"{base}/th/news?page={k + 1}"

        pg = []
        pg.append(
            f'<li class="page-item"><a class="page-link" href="{href(n - 1)}">ก่อนหน้า</a></li>'
            if n > 0
            else '<li class="page-item disabled"><span class="page-link">ก่อนหน้า</span></li>'
        )
        for k in range(len(self.pages)):
            pg.append(
                f'<li class="page-item active" aria-current="page"><span class="page-link">{k + 1}<span class="sr-only">(current)</span></span></li>'
                if k == n
                else f'<li class="page-item"><a class="page-link" href="{href(k)}">{k + 1}</a></li>'
            )
        pg.append(
            f'<li class="page-item"><a class="page-link" href="{href(n + 1)}">ถัดไป</a></li>'
            if n < len(self.pages) - 1
            else '<li class="page-item disabled"><span class="page-link">ถัดไป</span></li>'
        )
        inner = f"""<div class="row">
{chr(10).join(cards)}
</div>
<nav aria-label="Page navigation"><ul class="pagination justify-content-center">{"".join(pg)}</ul></nav>"""
        return self.html_response(self.shell(base, f"ข่าวประชาสัมพันธ์ | {SITE_NAME}", inner))

    def detail(self, base, a):
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'\n<p class="news-source"><strong>ที่มา :</strong> {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags mt-3"><i class="fas fa-tags"></i> แท็ก '
                + " ".join(
                    f'<a href="{base}/th/news/tag/{k + 1}" class="badge badge-pill badge-info">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</div>"
            )
        latest = "".join(
            f'<a href="{base}{x.path}" class="list-group-item list-group-item-action"><div class="small text-muted">{thai_stamp(x.published, False)}</div>{esc(x.title)}</a>'
            for x in self.latest(a)
        )
        inner = f"""<div class="card news-detail shadow-sm">
<img class="card-img-top" src="{base}/uploads/news/{a.id}/cover.jpg" alt="">
<div class="card-body">
<h3 class="card-title text-primary">{esc(a.title)}</h3>
<div class="news-meta mb-3"><span class="badge badge-light"><i class="far fa-clock"></i> {thai_stamp(a.published, a.time_printed)}</span> <span class="badge badge-light"><i class="far fa-eye"></i> ผู้เข้าชม {thai_digits(f"{a.views:,}")}</span> <span class="badge badge-light"><i class="far fa-user"></i> กลุ่มงานประชาสัมพันธ์</span></div>
<div class="news-content">
{text}
</div>
{tags}
<div class="share-bar border-top border-bottom py-2 my-3"><span class="mr-2">แชร์ :</span><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={base}{a.path}" target="_blank"><i class="fab fa-facebook-f"></i> Facebook</a> <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" target="_blank"><i class="fab fa-line"></i> LINE</a> <a class="btn btn-sm btn-info" href="https://twitter.com/intent/tweet?url={base}{a.path}" target="_blank"><i class="fab fa-twitter"></i> Twitter</a> <button class="btn btn-sm btn-secondary" onclick="copyLink()"><i class="fas fa-link"></i> คัดลอกลิงก์</button></div>
<h5 class="mt-4"><i class="fas fa-list"></i> ข่าวล่าสุด</h5>
<div class="list-group list-group-flush">{latest}</div>
</div>
</div>"""
        return self.html_response(self.shell(base, f"{a.title} | {SITE_NAME}", inner))

    def deleted(self, base):
        inner = """<div class="card news-detail shadow-sm"><div class="card-body"><div class="alert alert-warning mb-0">ไม่พบข้อมูลข่าว</div></div></div>"""
        return self.html_response(self.shell(base, f"ไม่พบข้อมูล | {SITE_NAME}", inner))

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p in ("/", "/th"):
            return 302, {"Location": base + "/th/news"}, b""
        if p == "/th/news":
            pg = query.get("page", ["1"])[0]
            return self.listing(base, int(pg) - 1) if pg.isdigit() else None
        if p in self.by_path:
            return self.detail(base, self.by_path[p])
        if p.startswith("/th/news/detail/") and p.rsplit("/", 1)[1].isdigit():
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = (
                [
                    "ผู้เข้าชม " + thai_digits(f"{a.views:,}"),
                    thai_stamp(a.published, a.time_printed),
                    "คัดลอกลิงก์",
                    "แชร์ :",
                    "ข่าวล่าสุด",
                    "สถิติผู้เข้าชม",
                ]
                + [x.title for x in self.latest(a)]
                + [t for t in a.tags]
            )
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = OpenGovSite()

if __name__ == "__main__":
    main(SITE)
