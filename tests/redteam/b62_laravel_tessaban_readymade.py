"""Blind-62 red-team site (part A): a subdistrict municipality (เทศบาลตำบลหนองแวง-like, 2022-2024)
on **a vendor's ready-made local-government web package ("ระบบเว็บไซต์สำเร็จรูปสำหรับ อปท.") built
on Laravel 10 + Blade + Bootstrap 5** — one template sold to many municipalities, with its own
news module. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Laravel's `pagination::bootstrap-5` view as
rendered in public apps (`nav > div.d-flex … > p.small.text-muted` "Showing 1 to 15 of 20
results" with `span.fw-semibold`, `ul.pagination > li.page-item[.active|.disabled] >
a|span.page-link`, `rel="prev"` / `rel="next"`, `aria-label="« Previous"`, absolute
`?page=N` hrefs). From memory: Thai translations of the paginator line ("แสดง 1 ถึง 9 จาก 25
รายการ"), Bootstrap 5 / Bootstrap Icons markup, Fancybox galleries, Laravel's `csrf-token`
meta, `XSRF-TOKEN` / `laravel_session` cookies, `Str::limit`, and the furniture of Thai
municipality sites (marquee, ITA / e-Service menus, the mayor's banner, accessibility tools,
visitor statistics, PDPA box). No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- `/news/category/1` with Laravel's paginator (`?page=1`, `?page=2`, `?page=3`, absolute hrefs,
  "แสดง 1 ถึง 9 จาก 25 รายการ"), 9 cards a page, 24 items and the unpublished one (counted and
  listed: the vendor's listing query forgets the publish flag); articles `/news/show/<id>`;
- cards: picture, title cut by `Str::limit(…, 70)` ("…" ; the full title in `title=`), "14 ก.พ. 67"
  (abbreviated month, two-digit BE year), reads;
- the article: breadcrumb (title cut at 50), `h3.news-title`, a meta row "วันพุธที่ 14 กุมภาพันธ์
  2567" (weekday, full month, BE) and, **the quirk, "เวลา 10.30 น." only where the editor filled
  the optional time field** (never on the items imported from the old web site in 2566), "เข้าชม
  1,234 ครั้ง", "ผู้โพสต์"; "ปรับปรุงล่าสุด : 15/02/2567 09:12 น." only on edited items;
- CKEditor text (`&nbsp;`-indented justified paragraphs); sources "ข่าว/ภาพ :", "ที่มา :",
  "เรียบเรียง :", "ข่าว :", a centred sign-off office line, or none; "ภาพกิจกรรม" gallery
  (Fancybox), "เอกสารแนบ" list, "แชร์ :" bar, "ข่าวอื่น ๆ" (titles, Thai-digit dates
  "๑๔ ก.พ. ๖๗"); marquee, menus, mayor banner, accessibility bar, visitor statistics, PDPA box;
- deleted item (linked from page 2): `/news/show/515`, **200: the template with the alert
  "ไม่พบข้อมูลที่ท่านต้องการ" (an unpublished item the vendor's listing query still shows)**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_weekday,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "เทศบาลตำบลหนองแวง"
PLACE = "อำเภอโพนทอง จังหวัดร้อยเอ็ด"
PER = 9
DELETED_ID = 515
LIST = "/news/category/1"
SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สำนักปลัดเทศบาล"),
    ("ที่มา", "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลหนองแวง"),
    None,
    ("เรียบเรียง", "งานประชาสัมพันธ์ เทศบาลตำบลหนองแวง"),
    ("signoff", "กองการศึกษา เทศบาลตำบลหนองแวง"),
    ("ข่าว", "สำนักปลัดเทศบาลตำบลหนองแวง"),
]
POSTERS = ["pr_nongwaeng", "sasuk01", "edu_nw"]
VIEWS_LABEL = "เข้าชม"
MODIFIED_LABEL = "ปรับปรุงล่าสุด"
POSTER_LABEL = "ผู้โพสต์"
GALLERY = "ภาพกิจกรรม"
FILES_LABEL = "เอกสารแนบ"
SHARE = "แชร์ :"
COPY = "คัดลอกลิงก์"
OTHER = "ข่าวอื่น ๆ"
MARQUEE = "ยินดีต้อนรับเข้าสู่เว็บไซต์เทศบาลตำบลหนองแวง อำเภอโพนทอง จังหวัดร้อยเอ็ด ร่วมกันต่อต้านการทุจริต ไม่ทนต่อการทุจริตทุกรูปแบบ"
STATS = "สถิติผู้เข้าชม"
PDPA = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาการให้บริการ ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุ้มครองข้อมูลส่วนบุคคล"
PDPA_BTN = "ยอมรับทั้งหมด"
ADDRESS = "สำนักงานเทศบาลตำบลหนองแวง 99 หมู่ 5 ตำบลหนองแวง อำเภอโพนทอง จังหวัดร้อยเอ็ด 45110"
VENDOR = "ระบบเว็บไซต์สำเร็จรูปสำหรับองค์กรปกครองส่วนท้องถิ่น"
FONT_TOOLS = "ขนาดตัวอักษร"
FILES = [
    ("กำหนดการโครงการ.pdf", "PDF", "312 KB"),
    ("ประกาศเทศบาลตำบลหนองแวง.pdf", "PDF", "184 KB"),
    ("แบบฟอร์มลงทะเบียน.docx", "DOCX", "56 KB"),
]


def abbr_2(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


def numeric_be(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543} {d:%H:%M} น."


def str_limit(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rstrip() + "..."


class ReadyMadeSite(BaseSite):
    key = "b62_laravel_tessaban_readymade"
    family = "generic"
    imitates = (
        "subdistrict municipality on a vendor's ready-made local-government web package "
        "(Laravel 10 + Bootstrap 5 news module): card listing with Laravel's paginator, BE "
        "dates with a weekday, the time only where the editor filled it, counters, gallery, "
        "attachments"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 2, 26, 15, 0, tzinfo=TZ), offset=370
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            # the older third came from the old web site (imported in 2566, no time)
            if i >= 16:
                shift = dt.timedelta(days=55 * (i - 15) + 3 * (i % 4))
                a.published -= shift
                if a.modified:
                    a.modified -= shift
                a.time_printed = False
                a.modified = None
            a.id = 531 - i - (i // 4) - (2 if i >= 13 else 0)
            a.path = f"/news/show/{a.id}"
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = []
            a.extra["poster"] = POSTERS[i % 3]
            a.extra["gallery"] = i % 3 != 1
            a.extra["file"] = FILES[i % 3] if i % 4 == 2 else None
        ids = [a.id for a in arts]
        assert len(set(ids)) == len(ids) and DELETED_ID not in ids
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        # the vendor's listing query forgets the publish flag: the unpublished item is counted
        # and listed (None marks it), between items 12 and 13, the fifth card of page 2
        self.listing = [*arts[:13], None, *arts[13:]]
        self.pages = paginate(self.listing, PER)
        assert [len(p) for p in self.pages] == [9, 9, 7]
        assert arts[12].id > DELETED_ID > arts[13].id and self.pages[1][4] is None

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/show/{DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles if x is not a][i % 5 : i % 5 + 5]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", crumbs=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Yq3vXf0T8kL2nB7cR1sD9wE4uH6jM5aP0oZ3iN8x">
<title>{esc(title)}</title>
<meta name="description" content="{OFFICE} {PLACE}">
{head}
<link rel="icon" href="/images/logo.png">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&amp;display=swap" rel="stylesheet">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css?v=5.3.2">
<link rel="stylesheet" href="/assets/vendor/bootstrap-icons/bootstrap-icons.css">
<link rel="stylesheet" href="/assets/vendor/fancybox/fancybox.css">
<link rel="stylesheet" href="/themes/tessaban02/css/style.css?v=3.4.1">
</head>
<body class="theme-green">
<div class="accessibility-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-end gap-2">
<span>{FONT_TOOLS}</span><button type="button" class="btn btn-sm btn-outline-light" data-font="dec">ก-</button><button type="button" class="btn btn-sm btn-outline-light" data-font="reset">ก</button><button type="button" class="btn btn-sm btn-outline-light" data-font="inc">ก+</button>
<span class="ms-2">การแสดงผล</span><button type="button" class="btn btn-sm btn-outline-light" data-contrast="normal">ปกติ</button><button type="button" class="btn btn-sm btn-outline-light" data-contrast="high">ขาว-ดำ</button>
<a class="text-white ms-3" href="/sitemap">แผนผังเว็บไซต์</a><a class="text-white ms-2" href="/en">EN</a>
</div></div>
<header class="site-header">
<div class="container d-flex align-items-center py-2">
<a href="/" class="d-flex align-items-center text-decoration-none"><img src="/images/logo.png" alt="ตราสัญลักษณ์{OFFICE}" width="90" height="90">
<div class="ms-3"><div class="site-name">{OFFICE}</div><div class="site-subname">{PLACE}</div></div></a>
<div class="ms-auto d-none d-lg-block text-end"><img src="/storage/banner/mayor-2566.png" alt="นายกเทศมนตรีตำบลหนองแวง" height="110"></div>
</div>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container">
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav me-auto">
<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">ข้อมูลพื้นฐาน</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/page/history">ประวัติความเป็นมา</a></li><li><a class="dropdown-item" href="/page/vision">วิสัยทัศน์/พันธกิจ</a></li></ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-bs-toggle="dropdown">บุคลากร</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/personnel/1">คณะผู้บริหาร</a></li><li><a class="dropdown-item" href="/personnel/2">สมาชิกสภาเทศบาล</a></li></ul></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle active" href="#" data-bs-toggle="dropdown">ข่าวสาร</a><ul class="dropdown-menu"><li><a class="dropdown-item active" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li><a class="dropdown-item" href="/news/category/2">ข่าวกิจกรรม</a></li><li><a class="dropdown-item" href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/eservice">e-Service</a></li>
<li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="/complaint">ร้องเรียน/ร้องทุกข์</a></li>
<li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
</ul></div></div></nav>
<div class="marquee-bar bg-light border-bottom"><div class="container"><marquee scrollamount="4">{MARQUEE}</marquee></div></div>
</header>
<main class="py-4">
<div class="container">
{crumbs}
{content}
</div>
</main>
<footer class="site-footer bg-success text-white pt-4">
<div class="container"><div class="row">
<div class="col-lg-6"><h5>{OFFICE}</h5><p>{ADDRESS}<br>โทรศัพท์ 0 4356 9123 โทรสาร 0 4356 9124<br>อีเมล saraban@nongwaeng.go.th</p></div>
<div class="col-lg-6"><h5>{STATS}</h5><ul class="list-unstyled visitor-stats">
<li>วันนี้ <span>87</span></li><li>เมื่อวาน <span>143</span></li><li>เดือนนี้ <span>2,841</span></li><li>ทั้งหมด <span>184,302</span></li></ul></div>
</div></div>
<div class="footer-bottom text-center small py-2">Copyright &copy; 2567 {OFFICE} | {VENDOR} v3.4</div>
</footer>
<div class="pdpa-box position-fixed bottom-0 start-0 end-0 bg-white shadow p-3 d-none" id="pdpaBox">
<div class="container d-flex align-items-center gap-3"><p class="mb-0 small">{PDPA} <a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p>
<button type="button" class="btn btn-outline-secondary btn-sm" id="pdpaSetting">ตั้งค่าคุกกี้</button><button type="button" class="btn btn-success btn-sm" id="pdpaAccept">{PDPA_BTN}</button></div>
</div>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/vendor/fancybox/fancybox.umd.js"></script>
<script src="/themes/tessaban02/js/main.js?v=3.4.1"></script>
</body>
</html>
"""

    def html_response(self, text, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers = dict(headers)
        headers["Cache-Control"] = "no-cache, private"
        headers["Set-Cookie"] = (
            "laravel_session=eyJpdiI6IkRrM2hWZz09IiwidmFsdWUiOiJ4In0%3D; path=/; httponly; samesite=lax"
        )
        return status, headers, body

    @staticmethod
    def crumbs(*parts):
        items = ['<li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>']
        for label, href in parts:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                items.append(
                    f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>'
                )
        return (
            '<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(items) + "</ol></nav>"
        )

    # ------------------------------------------------------------------ listing
    def card(self, a, href=None, title=None, date=None, views=None, thumb=None):
        href = href or a.path
        title = title or a.title
        date = date or a.published
        views = a.views if views is None else views
        thumb = thumb or f"/storage/news/{date:%Y%m}/{a.id}_thumb.jpg"
        return f"""<div class="col">
<div class="card h-100 news-card shadow-sm">
<a href="{href}"><img src="{thumb}" class="card-img-top" alt="{esc(title)}" loading="lazy"></a>
<div class="card-body">
<h5 class="card-title"><a href="{href}" title="{esc(title)}">{esc(str_limit(title, 70))}</a></h5>
</div>
<div class="card-footer bg-white small text-muted d-flex justify-content-between"><span><i class="bi bi-calendar3"></i> {abbr_2(date)}</span><span><i class="bi bi-eye"></i> {views:,}</span></div>
</div>
</div>"""

    def pager(self, n, base):
        total_pages = len(self.pages)
        total = len(self.listing)
        first = (n - 1) * PER + 1
        last = min(n * PER, total)

        def url(k):
            return f"{base}{LIST}?page={k}"

        items = []
        if n == 1:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; ก่อนหน้า"><span class="page-link" aria-hidden="true">&lsaquo;</span></li>'
            )
        else:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(n - 1)}" rel="prev" aria-label="&laquo; ก่อนหน้า">&lsaquo;</a></li>'
            )
        for k in range(1, total_pages + 1):
            if k == n:
                items.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{k}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{url(k)}">{k}</a></li>'
                )
        if n < total_pages:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{url(n + 1)}" rel="next" aria-label="ถัดไป &raquo;">&rsaquo;</a></li>'
            )
        else:
            items.append(
                '<li class="page-item disabled" aria-disabled="true" aria-label="ถัดไป &raquo;"><span class="page-link" aria-hidden="true">&rsaquo;</span></li>'
            )
        prev_m = (
            '<li class="page-item disabled" aria-disabled="true"><span class="page-link">&laquo; ก่อนหน้า</span></li>'
            if n == 1
            else f'<li class="page-item"><a class="page-link" href="{url(n - 1)}" rel="prev">&laquo; ก่อนหน้า</a></li>'
        )
        next_m = (
            f'<li class="page-item"><a class="page-link" href="{url(n + 1)}" rel="next">ถัดไป &raquo;</a></li>'
            if n < total_pages
            else '<li class="page-item disabled" aria-disabled="true"><span class="page-link">ถัดไป &raquo;</span></li>'
        )
        return f"""<nav class="d-flex justify-items-center justify-content-between mt-4">
<div class="d-flex justify-content-between flex-fill d-sm-none"><ul class="pagination">{prev_m}{next_m}</ul></div>
<div class="d-none flex-sm-fill d-sm-flex align-items-sm-center justify-content-sm-between">
<div><p class="small text-muted">แสดง <span class="fw-semibold">{first}</span> ถึง <span class="fw-semibold">{last}</span> จาก <span class="fw-semibold">{total}</span> รายการ</p></div>
<div><ul class="pagination">
{chr(10).join(items)}
</ul></div>
</div>
</nav>"""

    def deleted_card(self):
        ref = self.articles[12]
        return self.card(
            ref,
            href=f"/news/show/{DELETED_ID}",
            title="ประชาสัมพันธ์รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป (ยกเลิก)",
            date=ref.published - dt.timedelta(hours=20),
            views=58,
            thumb="/images/no-image.jpg",
        )

    def render_list(self, n, base):
        cards = [self.card(a) if a else self.deleted_card() for a in self.pages[n - 1]]
        content = f"""<div class="d-flex align-items-center mb-3"><h2 class="section-title mb-0"><i class="bi bi-megaphone"></i> ข่าวประชาสัมพันธ์</h2>
<form class="ms-auto d-flex gap-2" method="get" action="{LIST}"><input type="text" name="keyword" class="form-control form-control-sm" placeholder="ค้นหาข่าว"><button class="btn btn-success btn-sm" type="submit"><i class="bi bi-search"></i> ค้นหา</button></form></div>
<div class="row row-cols-1 row-cols-md-3 g-4">
{chr(10).join(cards)}
</div>
{self.pager(n, base)}"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                content,
                crumbs=self.crumbs(("ข่าวประชาสัมพันธ์", None)),
            )
        )

    # ------------------------------------------------------------------ article
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p style="text-align:center"><strong>{esc(a.source)}</strong></p>'
        return f'<p style="text-align:justify"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'

    def meta_html(self, a):
        d = a.published
        parts = [f'<span class="me-3"><i class="bi bi-calendar3"></i> {fmt_weekday(d)}</span>']
        if a.time_printed:
            parts.append(f'<span class="me-3"><i class="bi bi-clock"></i> เวลา {d:%H.%M} น.</span>')
        parts.append(
            f'<span class="me-3"><i class="bi bi-eye"></i> {VIEWS_LABEL} {a.views:,} ครั้ง</span>'
        )
        parts.append(
            f'<span class="me-3"><i class="bi bi-person"></i> {POSTER_LABEL} : {a.extra["poster"]}</span>'
        )
        out = '<div class="news-meta text-muted small mb-3">' + "".join(parts) + "</div>"
        if a.modified:
            out += f'<div class="news-updated text-muted small mb-3"><i class="bi bi-pencil-square"></i> {MODIFIED_LABEL} : {numeric_be(a.modified)}</div>'
        return out

    def render_article(self, a, base):
        url = f"{base}{a.path}"
        d = a.published
        body = "\n".join(
            f'<p style="text-align:justify">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>' for p in a.paras
        )
        src = self.source_html(a)
        gallery = ""
        if a.extra["gallery"]:
            gallery = (
                f'<div class="news-gallery mt-4"><h5 class="gallery-title"><i class="bi bi-images"></i> {GALLERY}</h5><div class="row g-2">'
                + "".join(
                    f'<div class="col-6 col-md-3"><a href="/storage/news/{d:%Y%m}/{a.id}_{k}.jpg" data-fancybox="gallery"><img src="/storage/news/{d:%Y%m}/{a.id}_{k}_thumb.jpg" class="img-fluid rounded" alt="{GALLERY}"></a></div>'
                    for k in range(1, 9)
                )
                + "</div></div>"
            )
        files = ""
        if a.extra["file"]:
            name, kind, size = a.extra["file"]
            files = (
                f'<div class="news-files mt-4"><h5><i class="bi bi-paperclip"></i> {FILES_LABEL}</h5><ul class="list-group">'
                f'<li class="list-group-item d-flex justify-content-between align-items-center"><a href="/storage/news/files/{a.id}_{quote(name)}" target="_blank"><i class="bi bi-file-earmark-text"></i> {esc(name)}</a>'
                f'<span class="badge bg-secondary">{kind} {size}</span></li></ul></div>'
            )
        enc = quote(url, safe="")
        share = (
            f'<div class="news-share mt-4 d-flex align-items-center gap-2"><span>{SHARE}</span>'
            f'<a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank"><i class="bi bi-facebook"></i></a>'
            f'<a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank"><i class="bi bi-line"></i></a>'
            f'<a class="btn btn-sm btn-dark" href="https://twitter.com/intent/tweet?url={enc}" target="_blank"><i class="bi bi-twitter-x"></i></a>'
            f'<button type="button" class="btn btn-sm btn-outline-secondary" data-copy="{url}"><i class="bi bi-link-45deg"></i> {COPY}</button></div>'
        )
        others = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a><br><small class="text-muted">{thai_digits(abbr_2(x.published))}</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="row">
<div class="col-lg-8">
<div class="card news-detail"><div class="card-body">
<h3 class="news-title">{esc(a.title)}</h3>
{self.meta_html(a)}
<div class="news-cover text-center mb-3"><img src="/storage/news/{d:%Y%m}/{a.id}_cover.jpg" class="img-fluid rounded" alt="{esc(a.title)}"></div>
<div class="news-content">
{body}
{src}
</div>
{gallery}
{files}
{share}
</div></div>
</div>
<div class="col-lg-4">
<div class="card"><div class="card-header bg-success text-white">{OTHER}</div><ul class="list-group list-group-flush">{others}</ul>
<div class="card-footer text-end"><a href="{LIST}">ดูทั้งหมด <i class="bi bi-chevron-right"></i></a></div></div>
</div>
</div>"""
        head = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{base}/storage/news/{d:%Y%m}/{a.id}_cover.jpg">
<meta property="og:description" content="{esc(a.paras[0][:150])}">"""
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                content,
                head=head,
                crumbs=self.crumbs(("ข่าวประชาสัมพันธ์", LIST), (str_limit(a.title, 50), None)),
            )
        )

    def render_deleted(self):
        content = """<div class="alert alert-warning text-center my-5" role="alert"><i class="bi bi-exclamation-triangle"></i> ไม่พบข้อมูลที่ท่านต้องการ</div>
<div class="text-center"><a href="/news/category/1" class="btn btn-success"><i class="bi bi-arrow-left"></i> กลับหน้ารวมข่าว</a></div>"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                content,
                crumbs=self.crumbs(("ข่าวประชาสัมพันธ์", LIST), ("", None)),
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}{LIST}"}, b""
        if path == LIST:
            n = qs1(query, "page", "1")
            if not n.isdigit() or not 1 <= int(n) <= len(self.pages):
                return None
            return self.render_list(int(n), base)
        m = re.fullmatch(r"/news/show/(\d+)", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a, base) if a else None
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                f"{VIEWS_LABEL} {a.views:,} ครั้ง",
                f"{POSTER_LABEL} : {a.extra['poster']}",
                SHARE,
                COPY,
                OTHER,
                MARQUEE,
                STATS,
                PDPA,
                PDPA_BTN,
                ADDRESS,
                VENDOR,
                FONT_TOOLS,
            ]
            if a.modified:
                must_not.append(f"{MODIFIED_LABEL} : {numeric_be(a.modified)}")
            if a.extra["gallery"]:
                must_not.append(GALLERY)
            if a.extra["file"]:
                must_not += [FILES_LABEL, a.extra["file"][0]]
            must_not += [x.title for x in self.others(a)]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = ReadyMadeSite()

if __name__ == "__main__":
    main(SITE)
