"""Blind-59 red-team site (part C): a department portal (กรมกิจการผู้สูงอายุ-like, 2024) on
**an in-house CMS: NestJS 10 (Express adapter) rendering Handlebars (`hbs`) views**, Bootstrap 5
cards, an accessibility toolbar, a PDPA consent bar, Thai digits everywhere. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool: NestJS's documented MVC set-up (`app.setViewEngine('hbs')`,
`@Render('index')` controllers, `hbs` layouts and partials, Express's `X-Powered-By: Express`
header) and the FullCalendar-free month tables of Thai office portals (a `table.calendar` of
seven columns "อา. จ. อ. พ. พฤ. ศ. ส." with each day's items inside its cell). Thai formal date
words ("ประกาศ ณ วันที่ … พุทธศักราช …"), the print template with `window.print()`, nginx +
`compression()` double gzip, PDPA bars and accessibility toolbars are from memory of Thai
government portals. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/<id>`, `h1.news-title`, `<title>` "ข่าวประชาสัมพันธ์ | กรม…" everywhere, `rel=canonical`;
  "เข้าชม ๑,๒๓๔ ครั้ง"; "#tag" pills; sources "ที่มา :" / "ข่าว :" / "ข่าว/ภาพ :" at the end of
  the text (one in six none); share bar "แชร์ :"; breadcrumbs; accessibility toolbar ("ขนาด
  ตัวอักษร ก- ก ก+", "ความคมชัด"); PDPA bar; footer counter;
- **NEW: an events calendar as the news index: `/news` is this month's table (July 2567) (Thai-digit days,
  each day's cell linking that day's items, with "๐๙.๓๐ น." before the title where a time is
  kept); "‹ มิถุนายน ๒๕๖๗" / "กรกฎาคม ๒๕๖๗ ›" month links `/news/calendar/2567-06`, `/news/calendar/2567-05`; the item
  pages print NO date of their own — the day is the calendar cell's**;
- **NEW: a publish date only in words on one page in two: "ประกาศ ณ วันที่ยี่สิบแปด มิถุนายน
  พุทธศักราช สองพันห้าร้อยหกสิบเจ็ด" (day and Buddhist-era year in words) after the text**;
- **NEW: the listing links the print template instead of the page for one item in three:
  `/news/<id>/print` (`<body onload="window.print()">`, `noindex`, `rel=canonical` to
  `/news/<id>`, the text and source, "พิมพ์เมื่อ" + the time of printing, "กลับไปหน้าข่าว")**;
- **NEW: related news as a table inside the text container (`table.table-related`: Thai-digit
  dates and titles of three other items) between the last paragraph and the source line**;
- **NEW: a header that lies: three articles are gzip-compressed twice (the app's `compression()`
  and the proxy's) under a single `Content-Encoding: gzip`: after one decompression the body
  still starts with `\\x1f\\x8b`**;
- deleted item (linked from the second month): `/news/8890`, **200**: the view with an empty
  `h1` and "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว".
"""

from __future__ import annotations

import calendar
import datetime as dt
import gzip
import html
import re

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมกิจการผู้สูงอายุ"
DEPT_EN = "Department of Older Persons"
N = 24
DELETED_ID = 8890
SOURCES = [
    ("ที่มา", "กองส่งเสริมศักยภาพผู้สูงอายุ กรมกิจการผู้สูงอายุ"),
    ("ข่าว", "กลุ่มงานประชาสัมพันธ์ กรมกิจการผู้สูงอายุ"),
    ("ข่าว/ภาพ", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุบ้านบางแค"),
    ("ที่มา", "กองคุ้มครองสิทธิและการจัดสวัสดิการผู้สูงอายุ"),
    ("ข่าว/ภาพ", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดเชียงใหม่"),
    None,
]
TAGS = ["ผู้สูงอายุ", "สังคมสูงวัย", "ธนาคารเวลา", "โรงเรียนผู้สูงอายุ", "เบี้ยยังชีพ", "Active Aging"]
COUNTER = "ผู้เข้าชมเว็บไซต์ ๒,๔๘๑,๐๗๗ คน"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดียิ่งขึ้น"
FOOTER = "๑๐๓๔ ถนนกรุงเกษม แขวงมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ ๑๐๑๐๐"
RELATED = "ข่าวที่เกี่ยวข้อง"
WORDS_LABEL = "ประกาศ ณ วันที่"
EMPTY = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"
DIGIT_WORDS = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]


def thai_words(n: int) -> str:
    """Thai number words for 1..9999 ("ยี่สิบเอ็ด", "สองพันห้าร้อยหกสิบเจ็ด")."""
    out = ""
    for value, name in ((1000, "พัน"), (100, "ร้อย")):
        q, n = divmod(n, value)
        if q:
            out += DIGIT_WORDS[q] + name
    tens, ones = divmod(n, 10)
    if tens == 1:
        out += "สิบ"
    elif tens == 2:
        out += "ยี่สิบ"
    elif tens:
        out += DIGIT_WORDS[tens] + "สิบ"
    if ones == 1 and tens:
        out += "เอ็ด"
    elif ones:
        out += DIGIT_WORDS[ones]
    return out


def ym_key(d: dt.datetime | dt.date) -> str:
    return f"{be(d)}-{d.month:02d}"


def double_gzip(b: bytes) -> bytes:
    return gzip.compress(gzip.compress(b, mtime=0), mtime=0)


class NestHbsCalendarSite(BaseSite):
    key = "b59_nestjs_hbs_dept_calendarindex"
    family = "generic"
    imitates = (
        "department portal on an in-house NestJS + Handlebars CMS: the news index is a month "
        "calendar whose day cells link the items (item pages print no date; one in two names "
        "the day and BE year in words), one in three links the print template instead of the "
        "page, related news as a dated table inside the text, three pages gzip-compressed "
        "twice under one Content-Encoding"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 7, 26, 17, 30, tzinfo=TZ), offset=1511
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.published -= dt.timedelta(days=i)  # three months of news
            a.id = 9120 - i * 9 - (i % 5)
            a.path = f"/news/{a.id}"
            a.modified = None
            a.views = 88 + (i * 611 + 53) % 5200
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range((i + 1) % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["words"] = i % 2 == 0
            a.extra["print"] = i % 3 == 1
            a.extra["gzip2"] = i % 8 == 5
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self.months = sorted({ym_key(a.published) for a in arts}, reverse=True)
        assert len(self.months) >= 3, self.months

    def month_path(self, ym: str) -> str:
        return "/news" if ym == self.months[0] else f"/news/calendar/{ym}"

    def listing_pages(self):
        return [self.month_path(m) for m in self.months]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    def related(self, a) -> list:
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (3, 7, 11)]

    # ------------------------------------------------------------------ layout
    def layout(self, body: str, *, canonical: str = "", crumb: str = "", h_extra: str = "") -> str:
        can = f'<link rel="canonical" href="{canonical}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวประชาสัมพันธ์ | {DEPT}</title>
{can}{h_extra}<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/main.css?v=2.4.1">
<link rel="stylesheet" href="/assets/vendor/bootstrap-icons/bootstrap-icons.css">
</head>
<body class="font-md">
<a class="visually-hidden-focusable" href="#content">ข้ามไปยังเนื้อหา</a>
<div class="a11y-bar bg-dark text-white small py-1"><div class="container d-flex justify-content-end gap-3">
  <span>ขนาดตัวอักษร</span><button type="button" class="btn btn-sm btn-link text-white" data-font="sm">ก-</button><button type="button" class="btn btn-sm btn-link text-white" data-font="md">ก</button><button type="button" class="btn btn-sm btn-link text-white" data-font="lg">ก+</button>
  <span>ความคมชัด</span><button type="button" class="btn btn-sm btn-light" data-contrast="normal">ปกติ</button><button type="button" class="btn btn-sm btn-dark border" data-contrast="bw">ขาวดำ</button><button type="button" class="btn btn-sm btn-warning" data-contrast="yb">ดำเหลือง</button>
  <a class="text-white" href="/en">EN</a>
</div></div>
<header class="site-header border-bottom"><nav class="navbar navbar-expand-lg"><div class="container">
  <a class="navbar-brand d-flex align-items-center gap-2" href="/"><img src="/assets/img/logo-dop.png" alt="{DEPT}" height="56"><span><strong>{DEPT}</strong><br><small>{DEPT_EN}</small></span></a>
  <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="เมนู"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
    <li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับกรม</a></li><li class="nav-item"><a class="nav-link active" href="/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/services">บริการ</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
  </ul></div>
</div></nav></header>
<nav aria-label="breadcrumb" class="bg-light"><div class="container"><ol class="breadcrumb py-2 mb-0"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol></div></nav>
<main id="content" class="container py-4">
{body}
</main>
<footer class="site-footer bg-primary text-white py-4"><div class="container row">
  <div class="col-md-8"><strong>{DEPT}</strong><br>{FOOTER}<br>โทร. ๐ ๒๖๔๒ ๔๓๓๖</div>
  <div class="col-md-4 text-end"><span class="counter">{COUNTER}</span></div>
</div></footer>
<div class="pdpa-bar fixed-bottom bg-white border-top shadow p-3" id="pdpa" role="dialog" aria-live="polite"><div class="container d-flex align-items-center gap-3">
  <p class="mb-0 flex-grow-1">{PDPA} <a href="/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p>
  <button type="button" class="btn btn-outline-secondary btn-sm" data-pdpa="settings">ตั้งค่า</button><button type="button" class="btn btn-primary btn-sm" data-pdpa="accept">ยอมรับทั้งหมด</button>
</div></div>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/a11y.js?v=2.4.1"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ calendar
    def item_href(self, a) -> str:
        return f"/news/{a.id}/print" if a.extra["print"] else a.path

    def render_month(self, ym: str):
        y_be, m = (int(x) for x in ym.split("-"))
        year = y_be - 543
        by_day: dict[int, list] = {}
        for a in self.articles:
            if ym_key(a.published) == ym:
                by_day.setdefault(a.published.day, []).append(a)
        deleted = None
        if ym == self.months[1]:
            day = sorted(by_day)[len(by_day) // 2]
            deleted = day
        rows = []
        cal = calendar.Calendar(firstweekday=6)
        for week in cal.monthdayscalendar(year, m):
            cells = []
            for d in week:
                if d == 0:
                    cells.append('<td class="day other-month"></td>')
                    continue
                items = []
                for a in sorted(by_day.get(d, []), key=lambda x: x.published):
                    t = (
                        f'<span class="ev-time">{thai_digits(f"{a.published:%H.%M}")} น.</span> '
                        if a.time_printed
                        else ""
                    )
                    items.append(
                        f'<li class="cal-event">{t}<a href="{self.item_href(a)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
                    )
                if deleted == d:
                    items.append(
                        f'<li class="cal-event"><a href="/news/{DELETED_ID}" title="ประชุมคณะกรรมการผู้สูงอายุแห่งชาติ (ร่าง)">ประชุมคณะกรรมการผู้สูงอายุแห่งชาติ (ร่าง)</a></li>'
                    )
                cls = "day has-events" if items else "day"
                ul = f'<ul class="list-unstyled small mb-0">{"".join(items)}</ul>' if items else ""
                cells.append(
                    f'<td class="{cls}" data-date="{year}-{m:02d}-{d:02d}"><span class="day-num">{thai_digits(d)}</span>{ul}</td>'
                )
            rows.append(f"<tr>{''.join(cells)}</tr>")
        idx = self.months.index(ym)
        older = self.months[idx + 1] if idx + 1 < len(self.months) else None
        newer = self.months[idx - 1] if idx > 0 else None

        def label(k: str) -> str:
            yb, mm = (int(x) for x in k.split("-"))
            return f"{MONTHS[mm - 1]} {thai_digits(yb)}"

        nav_prev = (
            f'<a class="btn btn-outline-primary btn-sm" href="{self.month_path(older)}" rel="prev">‹ {label(older)}</a>'
            if older
            else '<span class="btn btn-outline-secondary btn-sm disabled">‹ เดือนก่อนหน้า</span>'
        )
        nav_next = (
            f'<a class="btn btn-outline-primary btn-sm" href="{self.month_path(newer)}" rel="next">{label(newer)} ›</a>'
            if newer
            else '<span class="btn btn-outline-secondary btn-sm disabled">เดือนถัดไป ›</span>'
        )
        head = "".join(f"<th>{w}</th>" for w in ["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."])
        body = f"""<h1 class="page-title h3">ปฏิทินข่าวประชาสัมพันธ์</h1>
<div class="calendar-nav d-flex justify-content-between align-items-center my-3">{nav_prev}<h2 class="h4 mb-0">{label(ym)}</h2>{nav_next}</div>
<div class="table-responsive"><table class="table table-bordered calendar" data-month="{ym}"><thead><tr>{head}</tr></thead><tbody>
{"".join(rows)}
</tbody></table></div>
<p class="small text-muted">คลิกที่หัวข้อข่าวในวันที่ต้องการเพื่ออ่านรายละเอียด</p>"""
        crumb = f'<li class="breadcrumb-item active" aria-current="page">{label(ym)}</li>'
        return self.layout(body, crumb=crumb)

    # ------------------------------------------------------------------ article
    def words_line(self, a) -> str:
        d = a.published
        return (
            f"{WORDS_LABEL}{thai_words(d.day)} {MONTHS[d.month - 1]} พุทธศักราช {thai_words(be(d))}"
        )

    def related_table(self, a) -> str:
        rows = "".join(
            f'<tr><td class="text-nowrap">{thai_digits(x.published.day)} {MONTHS_ABBR[x.published.month - 1]} {thai_digits(str(be(x.published))[-2:])}</td>'
            f'<td><a href="{x.path}">{esc(x.title)}</a></td></tr>'
            for x in self.related(a)
        )
        return (
            f'<table class="table table-sm table-striped table-related"><caption class="caption-top fw-bold">{RELATED}</caption>'
            f"<thead><tr><th>วันที่</th><th>เรื่อง</th></tr></thead><tbody>{rows}</tbody></table>"
        )

    def text_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["words"]:
            out.append(f'<p class="text-end announce-date">{self.words_line(a)}</p>')
        out.append(self.related_table(a))
        if a.source:
            out.append(
                f'<p class="news-source"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            )
        return "\n".join(out)

    def render_article(self, a) -> str:
        tags = "".join(
            f'<a class="badge rounded-pill text-bg-light border me-1" href="/news/tag/{TAGS.index(t) + 1}">#{esc(t)}</a>'
            for t in a.tags
        )
        body = f"""<div class="row">
<article class="col-lg-8 news-detail" data-id="{a.id}">
  <h1 class="news-title h3">{esc(a.title)}</h1>
  <div class="news-meta d-flex gap-3 small text-muted mb-3"><span><i class="bi bi-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span><span><i class="bi bi-folder"></i> ข่าวประชาสัมพันธ์</span><a class="ms-auto" href="/news/{a.id}/print" target="_blank"><i class="bi bi-printer"></i> พิมพ์</a></div>
  <figure class="news-cover"><img class="img-fluid rounded" src="/uploads/news/{a.id}/cover.jpg" alt="{esc(a.title)}" loading="lazy"></figure>
  <div class="news-content">
{self.text_html(a)}
  </div>
  <div class="news-tags my-3">{tags}</div>
  <div class="share-bar d-flex align-items-center gap-2 border-top pt-3"><span>แชร์ :</span><a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u=https://www.dop.go.th/news/{a.id}">Facebook</a><a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url=https://www.dop.go.th/news/{a.id}">LINE</a><button class="btn btn-sm btn-outline-secondary" data-copy="https://www.dop.go.th/news/{a.id}">คัดลอกลิงก์</button></div>
</article>
<aside class="col-lg-4">
  <div class="card mb-3"><div class="card-header">ปฏิทินข่าว</div><div class="card-body"><a href="/news">ดูปฏิทินข่าวเดือนนี้</a></div></div>
  <div class="card"><div class="card-header">บริการออนไลน์</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/services/elderly-fund">กองทุนผู้สูงอายุ</a></li><li class="list-group-item"><a href="/services/complaint">ร้องเรียน / ร้องทุกข์</a></li></ul></div>
</aside>
</div>"""
        crumb = f'<li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li>'
        return self.layout(body, canonical=a.path, crumb=crumb)

    def render_print(self, a) -> str:
        now = dt.datetime.now(TZ)
        stamp = f"{thai_digits(now.day)} {MONTHS[now.month - 1]} {thai_digits(be(now))} เวลา {thai_digits(f'{now:%H:%M}')} น."
        src = (
            f'<p class="news-source"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        words = (
            f'<p class="text-end announce-date">{self.words_line(a)}</p>'
            if a.extra["words"]
            else ""
        )
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="robots" content="noindex, nofollow">
<title>พิมพ์ : {esc(a.title)}</title>
<link rel="canonical" href="{a.path}">
<link rel="stylesheet" href="/assets/css/print.css?v=2.4.1" media="all">
</head>
<body class="print-view" onload="window.print()">
<div class="print-header"><img src="/assets/img/logo-dop.png" alt="" height="48"> <strong>{DEPT}</strong></div>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-content">
{paras}
{words}
{src}
</div>
<hr>
<p class="print-footer small">พิมพ์เมื่อ {stamp} จาก https://www.dop.go.th{a.path} | <a href="{a.path}">กลับไปหน้าข่าว</a></p>
<script>window.onafterprint=function(){{window.close();}};</script>
</body>
</html>
"""

    def render_empty(self) -> str:
        body = f"""<div class="row"><article class="col-lg-8 news-detail">
  <h1 class="news-title h3"></h1>
  <div class="alert alert-warning">{EMPTY}</div>
  <a href="/news" class="btn btn-outline-primary">กลับไปปฏิทินข่าว</a>
</article></div>"""
        return self.layout(body, crumb='<li class="breadcrumb-item active">ไม่พบข่าว</li>')

    # ------------------------------------------------------------------ routing
    def respond(self, text: str, *, gz2: bool = False):
        status, headers, body = self.html_response(text)
        headers["X-Powered-By"] = "Express"
        headers["ETag"] = f'W/"{len(body):x}-nest"'
        if gz2:
            body = double_gzip(body)
            headers["Content-Encoding"] = "gzip"
            headers["Vary"] = "Accept-Encoding"
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path in ("/", "/news"):
            return self.respond(self.render_month(self.months[0]))
        m = re.fullmatch(r"/news/calendar/(\d{4}-\d{2})", path)
        if m:
            if m[1] not in self.months:
                return None
            return self.respond(self.render_month(m[1]))
        m = re.fullmatch(r"/news/(\d+)(/print)?", path)
        if not m:
            return None
        nid = int(m[1])
        if nid == DELETED_ID and not m[2]:
            return self.respond(self.render_empty())
        a = self.by_id.get(nid)
        if a is None:
            return None
        if m[2]:
            return self.respond(self.render_print(a))
        return self.respond(self.render_article(a), gz2=a.extra["gzip2"])

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(page: str) -> str:
        page = re.sub(r"<(script|style)\b.*?</\1>", " ", page, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", page)).split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                PDPA,
                FOOTER,
                RELATED,
                WORDS_LABEL,
                "พุทธศักราช",
                "แชร์ :",
                "คัดลอกลิงก์",
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ขนาดตัวอักษร",
                "ความคมชัด",
                "พิมพ์เมื่อ",
                "กลับไปหน้าข่าว",
                DEPT_EN,
            ]
            must_not += [x.title for x in self.related(a)]
            text = self.text_of(self.render_article(a))
            if a.extra["print"]:
                text += " " + self.text_of(self.render_print(a))
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            # (amended by the lead: a page printing its day in words prints no time; the README's
            # convention gives published_at a time only where the article page prints one)
            rec = expected_record(
                a, must_not=must_not, published_time=False if a.extra["words"] else None
            )
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = NestHbsCalendarSite()

if __name__ == "__main__":
    main(SITE)
