"""Blind-45 red-team site (part A): **plain Django 4.2 templates + Bootstrap 5** (no CMS), a
provincial cooperative promotion office, built blind.  The hard one of the pair.

What it imitates:
- a hand-written Django app: `/news/` (ListView, `Paginator(8)`), `/news/<id>/` (DetailView),
  `/news/<id>/print/` (a print template, linked from every article), `/static/` assets,
  `csrfmiddlewaretoken` in the search form, no generator meta, Django's plain 404 page;
- **pagination only as a `<select name="page">` inside a GET form** (`onchange` submit, a
  `<noscript>` button "ไป"); the options print Thai-digit page numbers; no page anchors and no
  `rel=next`;
- `<title>` "ข่าวประชาสัมพันธ์ | office", `h1` = the section; **the headline in
  `h2.news-title`**, every third one followed inside the `h2` by a `<br><small>` subtitle line;
- **the first paragraph printed apart as `<p class="lead">` in the header block** (above the
  image and the share tools); **the rest as `<br><br>`-separated text in `div.news-detail`,
  with no `<p>`**;
- **the only date in a meta row below the text**: "โพสต์เมื่อ ๕ มี.ค. ๒๕๖๗ เวลา ๑๔:๒๐ น."
  (Thai digits, BE, the time on some), "แก้ไขล่าสุด …" the same way only when edited; no
  `<time>`, no JSON-LD, no og dates;
- **the per-article counter only as an image's `alt` / `title`** ("ผู้อ่าน ๑,๒๓๔ ครั้ง",
  a counter-digits PNG) after a bare eye icon;
- "ข่าว :" sign-off line ending some texts, images on some, a PDF attachment on some;
  font-size A- A A+, print / LINE / Facebook / copy-link tools, hashtag chips, prev/next with
  neighbour titles, "ข่าวอื่นๆ" list, site visitor counter, cookie consent, footer.
Deleted: `/news/731/` linked from page 2 — the detail view catches DoesNotExist and renders the
template with an empty article and "ไม่พบข่าวที่ท่านต้องการ" (200).
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

OFFICE = "สำนักงานสหกรณ์จังหวัดน่าน"
PER = 8
DELETED_ID = 731
DELETED = f"/news/{DELETED_ID}/"
DELETED_TITLE = "ประกาศผลการคัดเลือกสหกรณ์ดีเด่นระดับจังหวัด ประจำปี 2567"
SOURCES = ["กลุ่มส่งเสริมสหกรณ์ 1", None, None, "กลุ่มจัดตั้งและส่งเสริมการเงินและการบัญชี", None]
TAGS = ["สหกรณ์", "กลุ่มเกษตรกร", "ตลาดนัดสหกรณ์", "ชำระบัญชี", "ธรรมาภิบาล", "สินเชื่อ"]
SUBTITLES = [
    "สำนักงานสหกรณ์จังหวัดน่านร่วมติดตามผลการดำเนินงาน",
    "เผยแพร่เพื่อประชาสัมพันธ์แก่สมาชิกสหกรณ์",
    "ข่าวสารจากส่วนราชการ",
]
OTHER = "ข่าวอื่นๆ"
SHARE = "แบ่งปันข่าวนี้"
PRINT = "พิมพ์ข่าวนี้"
COUNTER = "จำนวนผู้เยี่ยมชมเว็บไซต์ ๓๒๘,๔๐๑ ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อจัดเก็บข้อมูลการใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
FOOTER = "ศาลากลางจังหวัดน่าน ชั้น 2 ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"


def thdate(d: dt.datetime, with_time: bool) -> str:
    """'๕ มี.ค. ๒๕๖๗ เวลา ๑๔:๒๐ น.' (Thai digits; the time only when printed)."""
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"
    if with_time:
        s += f" เวลา {d:%H:%M} น."
    return thai_digits(s)


class DjangoLeadSite(BaseSite):
    key = "b45_django_leadprint"
    family = "generic"
    imitates = "plain Django 4.2 templates + Bootstrap 5, provincial cooperative promotion office: /news/ paginated ONLY by a <select name=page> GET form (Thai-digit options, no anchors), /news/<id>/, /news/<id>/print/ linked from every article; title/h1 = section, headline in h2.news-title with a <br><small> subtitle on some; lead paragraph apart in p.lead above the image; the rest <br><br>-separated without <p>; the only date a Thai-digit BE meta row below the text ('โพสต์เมื่อ ... เวลา HH:MM น.', time on some), 'แก้ไขล่าสุด' when edited; counter only in an img alt/title; font-size/print/share tools, hashtags, prev/next with titles, other news, site counter, cookie bar; deleted = detail template with empty article and not-found line"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 8, 30, 17, 0, tzinfo=TZ), offset=733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 760 - i * 2 if 760 - i * 2 != DELETED_ID else 759
            a.path = f"/news/{a.id}/"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.views = 17 + (i * 389) % 4200
            a.extra["sub"] = SUBTITLES[i % 3] if i % 3 == 0 else None
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 5 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/?page={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, title="ข่าวประชาสัมพันธ์"):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {OFFICE}</title>
<link rel="icon" href="/static/img/favicon.ico">
<link rel="stylesheet" href="/static/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/vendor/bootstrap-icons/bootstrap-icons.css">
<link rel="stylesheet" href="/static/css/main.css?v=20240115">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&display=swap" rel="stylesheet">
</head>
<body class="bg-light">
<div class="topbar bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>กรมส่งเสริมสหกรณ์ กระทรวงเกษตรและสหกรณ์</span><span class="font-tools">ขนาดตัวอักษร <a href="#" data-size="sm">ก-</a> <a href="#" data-size="md">ก</a> <a href="#" data-size="lg">ก+</a></span></div></div>
<nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm"><div class="container"><a class="navbar-brand" href="/"><img src="/static/img/logo-cpd.png" height="56" alt="{OFFICE}"></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link" href="/about/">เกี่ยวกับเรา</a></li><li class="nav-item"><a class="nav-link active" href="/news/">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/coop/">ข้อมูลสหกรณ์</a></li><li class="nav-item"><a class="nav-link" href="/procurement/">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/contact/">ติดต่อเรา</a></li></ul>
<form class="d-flex ms-lg-3" method="get" action="/search/"><input type="hidden" name="csrfmiddlewaretoken" value="q8Xk2vR0mB7yLw1ZfT4hN9cJ3sPaE6uD"><input class="form-control form-control-sm" type="search" name="q" placeholder="ค้นหา"></form></div></div></nav>
<main class="container my-4">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav>
<h1 class="h3 section-title border-start border-4 border-primary ps-2 mb-4">ข่าวประชาสัมพันธ์</h1>
{content}
</main>
<footer class="bg-dark text-white-50 py-4 mt-5"><div class="container"><div class="row"><div class="col-md-8"><h5 class="text-white">{OFFICE}</h5><p>{FOOTER}<br>โทรศัพท์ 0-5471-0123 โทรสาร 0-5471-0124</p></div><div class="col-md-4 text-md-end"><p class="visitor">{COUNTER}</p><p>&copy; 2567 {OFFICE}</p></div></div></div></footer>
<div id="cookieConsent" class="position-fixed bottom-0 start-0 end-0 bg-white border-top p-3 small"><div class="container d-flex justify-content-between align-items-center"><span>{COOKIE}</span><button class="btn btn-primary btn-sm" id="acceptCookie">ยอมรับ</button></div></div>
<script src="/static/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/main.js?v=20240115"></script>
</body>
</html>
"""

    def card(self, a, deleted=False):
        path = DELETED if deleted else a.path
        title = DELETED_TITLE if deleted else a.title
        img = (
            f"/media/news/2567/{a.id}_thumb.jpg"
            if a.extra["image"]
            else "/static/img/news-default.jpg"
        )
        return f"""<div class="col-md-6 col-lg-3 mb-4"><div class="card h-100 news-card"><a href="{path}"><img src="{img}" class="card-img-top" alt=""></a>
<div class="card-body"><h5 class="card-title fs-6"><a href="{path}" class="stretched-link text-decoration-none">{esc(title)}</a></h5></div>
<div class="card-footer small text-muted"><i class="bi bi-calendar3"></i> {thdate(a.published, False)}</div></div></div>"""

    def listing(self, k):
        n = len(self.pages)
        cards = [self.card(a) for a in self.pages[k]]
        if k == 1:
            cards.insert(5, self.card(self.pages[k][4], deleted=True))
        opts = "".join(
            f'<option value="{j + 1}"{" selected" if j == k else ""}>หน้า {thai_digits(j + 1)}</option>'
            for j in range(n)
        )
        content = f"""<div class="row">{"".join(cards)}</div>
<form method="get" action="/news/" class="d-flex justify-content-center align-items-center gap-2 mt-3 paginate-form">
<label for="id_page" class="small">ไปที่หน้า</label>
<select name="page" id="id_page" class="form-select form-select-sm w-auto" onchange="this.form.submit()">{opts}</select>
<span class="small text-muted">จากทั้งหมด {thai_digits(n)} หน้า ({thai_digits(len(self.articles))} รายการ)</span>
<noscript><button type="submit" class="btn btn-sm btn-outline-primary">ไป</button></noscript>
</form>"""
        return self.shell(content)

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def text_html(self, a):
        rest = "<br>\n<br>\n".join(esc(x) for x in a.paras[1:])
        if a.source:
            rest += f"<br>\n<br>\nข่าว : {esc(a.source)}"
        return rest

    def article(self, a):
        sub = (
            f'<br><small class="text-muted fs-6 fw-normal">{esc(a.extra["sub"])}</small>'
            if a.extra["sub"]
            else ""
        )
        img = (
            f'<figure class="figure my-3"><img src="/media/news/2567/{a.id}.jpg" class="figure-img img-fluid rounded" alt="{esc(a.title[:60])}"></figure>'
            if a.extra["image"]
            else ""
        )
        att = (
            f'<div class="attachments mt-3"><h6>เอกสารแนบ</h6><ul class="list-unstyled"><li><i class="bi bi-file-earmark-pdf text-danger"></i> <a href="/media/files/news_{a.id}.pdf" target="_blank">เอกสารประกอบข่าว.pdf</a> <span class="text-muted small">(245 KB)</span></li></ul></div>'
            if a.extra["file"]
            else ""
        )
        mod = (
            f' <span class="mx-2">|</span> <i class="bi bi-pencil-square"></i> แก้ไขล่าสุด {thdate(a.modified, True)}'
            if a.modified
            else ""
        )
        views = thai_digits(f"{a.views:,}")
        tags = (
            '<div class="tags mt-3">'
            + "".join(
                f'<a href="/news/tag/{esc(t)}/" class="badge rounded-pill text-bg-light border me-1">#{esc(t)}</a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<div class="row news-nav border-top pt-3 mt-4">'
        nav += (
            f'<div class="col-6"><a href="{older.path}" class="text-decoration-none"><small class="d-block text-muted">&laquo; ข่าวก่อนหน้า</small>{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        nav += (
            f'<div class="col-6 text-end"><a href="{newer.path}" class="text-decoration-none"><small class="d-block text-muted">ข่าวถัดไป &raquo;</small>{esc(newer.title)}</a></div>'
            if newer
            else '<div class="col-6"></div>'
        )
        nav += "</div>"
        others = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a><br><small class="text-muted">{thdate(x.published, False)}</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="row">
<div class="col-lg-8">
<article class="news-article bg-white rounded shadow-sm p-4">
<header class="news-header">
<h2 class="news-title h4 fw-bold">{esc(a.title)}{sub}</h2>
<p class="lead">{esc(a.paras[0])}</p>
{img}
<div class="news-tools d-flex justify-content-between border-top border-bottom py-2 my-3 small">
<span>{SHARE} <a href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank" class="btn btn-success btn-sm"><i class="bi bi-line"></i> LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" class="btn btn-primary btn-sm"><i class="bi bi-facebook"></i> Facebook</a> <button type="button" class="btn btn-outline-secondary btn-sm" data-copy="{a.path}"><i class="bi bi-link-45deg"></i> คัดลอกลิงก์</button></span>
<span><a href="{a.path}print/" target="_blank" rel="nofollow" class="btn btn-outline-dark btn-sm"><i class="bi bi-printer"></i> {PRINT}</a></span>
</div>
</header>
<div class="news-detail">
{self.text_html(a)}
</div>
{att}
{tags}
<div class="news-meta text-muted small mt-4"><i class="bi bi-clock"></i> โพสต์เมื่อ {thdate(a.published, a.time_printed)}{mod} <span class="mx-2">|</span> <i class="bi bi-eye"></i> <img src="/counter/digits/{a.id}.png" alt="{views}" title="ผู้อ่าน {views} ครั้ง" height="14" class="align-baseline"></div>
{nav}
</article>
</div>
<aside class="col-lg-4 mt-4 mt-lg-0">
<div class="card"><div class="card-header fw-bold">{OTHER}</div><ul class="list-group list-group-flush">{others}</ul></div>
<div class="card mt-3"><div class="card-body text-center"><a href="https://lin.ee/cpdnan"><img src="/static/img/line-oa.png" alt="เพิ่มเพื่อน LINE สำนักงานสหกรณ์จังหวัดน่าน" class="img-fluid"></a></div></div>
</aside>
</div>"""
        return self.shell(content)

    def print_page(self, a):
        return f"""<!doctype html>
<html lang="th"><head><meta charset="utf-8"><title>{esc(a.title)}</title><link rel="stylesheet" href="/static/css/print.css"></head>
<body onload="window.print()"><div class="print-header"><img src="/static/img/logo-cpd.png" height="48" alt=""> {OFFICE}</div>
<h2>{esc(a.title)}</h2><p>{esc(a.paras[0])}</p><p>{self.text_html(a)}</p>
<p class="print-meta">โพสต์เมื่อ {thdate(a.published, a.time_printed)}</p><p class="print-url">พิมพ์จาก {a.path}</p></body></html>
"""

    def not_found(self):
        content = f"""<div class="row"><div class="col-lg-8"><article class="news-article bg-white rounded shadow-sm p-4">
<header class="news-header"><h2 class="news-title h4 fw-bold"></h2></header>
<div class="news-detail"><div class="alert alert-warning">{NOT_FOUND}</div></div>
<div class="news-meta text-muted small mt-4"><i class="bi bi-clock"></i> โพสต์เมื่อ </div>
<a href="/news/" class="btn btn-outline-primary btn-sm mt-3">&laquo; กลับหน้ารวมข่าว</a>
</article></div></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/news/"}, b""
        if path == "/news/":
            page = (query.get("page") or ["1"])[0]
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(page) - 1))
        if path == DELETED:
            return self.html_response(self.not_found())
        parts = path.strip("/").split("/")
        if len(parts) in (2, 3) and parts[0] == "news" and parts[1].isdigit():
            a = self.by_id.get(int(parts[1]))
            if a and len(parts) == 2 and path.endswith("/"):
                return self.html_response(self.article(a))
            if a and len(parts) == 3 and parts[2] == "print":
                return self.html_response(self.print_page(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            views = thai_digits(f"{a.views:,}")
            must_not = [
                f"ผู้อ่าน {views} ครั้ง",
                SHARE,
                PRINT,
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                OTHER,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "เพิ่มเพื่อน LINE",
                COUNTER,
                COOKIE,
                FOOTER,
                f"โพสต์เมื่อ {thdate(a.published, a.time_printed)}",
            ]
            if a.extra["sub"]:
                must_not.append(a.extra["sub"])
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {thdate(a.modified, True)}")
            if a.extra["file"]:
                must_not.append("เอกสารประกอบข่าว.pdf")
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = DjangoLeadSite()

if __name__ == "__main__":
    main(SITE)
