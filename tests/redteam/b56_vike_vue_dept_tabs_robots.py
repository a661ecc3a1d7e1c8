"""Blind-56 red-team site (part C): a department portal (กรมส่งเสริมอุตสาหกรรม-like) built in 2022 on
an **in-house news API behind a Vike (vite-plugin-ssr) + Vue 3 SSR front** with Bootstrap 5.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Vike's own built documentation site as published in
public repositories (`assets/entries/pages_<page>.<hash>.js`, `assets/chunks/chunk-<hash>.js`
file names) and its docs / scaffolds (`/pages/<name>/+Page.vue`, Route Strings such as
`/news/@id`, `passToClient`, the `pageContext` object serialised for the client). Vue 3's SSR
fragment markers (`<!--[-->`, `<!--]-->`), scoped-style `data-v-<hash>` attributes, Vike's
`<script id="vike_pageContext" type="application/json">`, Bootstrap 5's tab markup (`ul.nav-tabs`
of `button.nav-link[data-bs-toggle=tab]`, `div.tab-content > div.tab-pane.fade.show.active`) and
the robots.txt of Thai department portals are from memory of their documentation and sites. No
one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news-update/detail/<id>` (`rel=canonical`), `<title>` "headline | department", `h1.news-title`;
  accessibility toolbar ("ขนาดตัวอักษร", "ความตัดกันของสี"), PDPA bar, Thai-digit dates;
- **NEW: the article in Bootstrap tabs: the text in the first tab-pane "รายละเอียดข่าว"; the
  documents in a second pane "เอกสารแนบ" (file names, sizes, download counts), the photo gallery
  with captions in a third "ภาพกิจกรรม" (inactive panes are still in the HTML)**;
- **NEW: an event card before the text on one item in two: "กำหนดการ" with "วันที่จัดกิจกรรม :
  วันพฤหัสบดีที่ 14 มีนาคม 2567", "เวลา : 09.00 - 16.00 น.", "สถานที่ : …" — the event's day
  (a few days after the release for invitations, before it for reports), printed above the
  real date line, which comes only under the tabs**;
- **NEW: the date line's Thai date run together by the front's formatter: "วันที่เผยแพร่ :
  ๕มีนาคม๒๕๖๗ เวลา ๑๐.๓๐ น." (the time where entered), "แก้ไขล่าสุด : ๘มีนาคม๒๕๖๗ ๑๔.๐๕ น."
  (one in two), "เข้าชม ๑,๒๓๔ ครั้ง"**;
- **NEW: a listing that never ends: the pager is drawn from a stale count (57 items → pages
  1-7) while 25 items exist (3 pages); `?page=4`, `?page=5`, … answer page 1's cards again (the
  API's out-of-range fallback), and "ถัดไป ›" is printed on every page**;
- **NEW: a robots.txt that disallows paths the pages link: the print view
  `/news-update/print/<id>` (a bare twin, no canonical), the tag chips' `/tag/<name>`, `/search`
  and the old archive `/archive/` (linked as "คลังข่าวเก่า" in the sidebar; it lists five 2022
  items at `/archive/news/<n>`, full article pages that are no expected record)**;
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" at the end of the text pane (one in six none);
  "#" tag chips; "แชร์ :" row; "พิมพ์"; "ข่าวที่เกี่ยวข้อง" cards (titles, dates); sidebar
  "ข่าวยอดนิยม" (titles, counts); footer with a visitor counter;
- deleted item (linked from page 2): `/news-update/detail/8107`, **200**: the SSR shell with
  "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว" (the page's `is404` never set).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมส่งเสริมอุตสาหกรรม"
PER = 9
N_ARTICLES = 25
STALE_TOTAL = 57  # the count the pager is drawn from
DELETED_ID = 8107
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์ กรมส่งเสริมอุตสาหกรรม"),
    ("ข่าว/ภาพ", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 4"),
    ("เรียบเรียง", "กลุ่มสื่อสารองค์กร สำนักงานเลขานุการกรม"),
    ("ที่มา", "กองพัฒนาขีดความสามารถธุรกิจอุตสาหกรรม"),
    ("ข่าว/ภาพ", "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 9"),
    None,
]
TAGS = ["SMEs", "วิสาหกิจชุมชน", "อุตสาหกรรมชุมชน", "ดีพร้อม", "เศรษฐกิจหมุนเวียน", "Soft Power"]
VENUES = [
    "ห้องประชุม 1 ชั้น 3 อาคารกรมส่งเสริมอุตสาหกรรม ถนนพระรามที่ 6",
    "ศูนย์ส่งเสริมอุตสาหกรรมภาคที่ 1 จังหวัดเชียงใหม่",
    "โรงแรมเซ็นทารา จังหวัดขอนแก่น",
    "ออนไลน์ผ่านระบบ Zoom Meeting",
]
FILES = ["กำหนดการ.pdf", "เอกสารประกอบการบรรยาย.pdf", "ใบสมัครเข้าร่วมโครงการ.docx"]
CAPTIONS = [
    "ผู้บริหารกรมฯ กล่าวเปิดกิจกรรม",
    "บรรยากาศการอบรมเชิงปฏิบัติการ",
    "ผู้ประกอบการร่วมแลกเปลี่ยนประสบการณ์",
]
COOKIE_BAR = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๒,๔๑๘,๐๗๒ ครั้ง"
FOOTER = "เลขที่ 6 ซอยตรีมิตร ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400"
RELATED = "ข่าวที่เกี่ยวข้อง"
POPULAR = "ข่าวยอดนิยม"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว"
ARCHIVE_LABEL = "คลังข่าวเก่า (ก่อนปี 2566)"


def run_together(d: dt.datetime) -> str:
    """'๕มีนาคม๒๕๖๗': the front's formatter joins day, month and year without spaces."""
    return thai_digits(f"{d.day}{MONTHS[d.month - 1]}{d.year + 543}")


def hhmm(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


def card_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def event_day(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


class VikeDeptTabsSite(BaseSite):
    key = "b56_vike_vue_dept_tabs_robots"
    family = "generic"
    imitates = (
        "department portal on an in-house API behind Vike + Vue 3 SSR (Bootstrap 5): the text in "
        "the first of three tab-panes (documents, gallery in the others), an event card with its "
        "own day and time before the text, run-together Thai-digit dates '๕มีนาคม๒๕๖๗', a pager "
        "from a stale count whose pages past the end answer page 1 again, robots.txt disallowing "
        "the linked print views, tag pages and old archive"
    )
    listing_path = "/news-update"

    def __init__(self):
        arts = make_articles(
            self.key, N_ARTICLES, start=dt.datetime(2024, 4, 2, 17, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 8000 + (n - i) * 5 + i % 3
            a.path = f"/news-update/detail/{a.id}"
            a.time_printed = i % 4 != 3
            a.views = 57 + (i * 389 + 211) % 6100
            a.modified = (
                a.published + dt.timedelta(days=1 + i % 4, hours=2 + i % 5, minutes=(i * 7) % 60)
                if i % 2 == 1
                else None
            )
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)] if i % 5 else []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            if i % 4 == 0:  # an invitation: the event a few days after the release
                a.extra["event"] = (a.published + dt.timedelta(days=3 + i % 6)).replace(
                    hour=9, minute=0
                )
            elif i % 4 == 2:  # a report: the event a day or two before
                a.extra["event"] = (a.published - dt.timedelta(days=1 + i % 2)).replace(
                    hour=13, minute=30
                )
            a.extra["venue"] = VENUES[i % len(VENUES)]
            a.extra["files"] = FILES[: 1 + i % 3] if i % 3 != 2 else []
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id
        # the old archive (before the 2022 site): robots-disallowed, no expected record
        old = make_articles(
            self.key + "-archive", 5, start=dt.datetime(2022, 9, 1, 12, 0, tzinfo=TZ), offset=14
        )
        drop_corpus_signoffs(old)
        drop_contact_tails(old)
        for j, a in enumerate(old):
            a.id = 310 + j
            a.path = f"/archive/news/{a.id}"
        self.archive = old

    def listing_pages(self):
        return ["/news-update", "/news-update?page=2", "/news-update?page=3"]

    def deleted_paths(self):
        return [f"/news-update/detail/{DELETED_ID}"]

    def robots(self):
        return (
            "User-agent: *\n"
            "Disallow: /api/\n"
            "Disallow: /news-update/print/\n"
            "Disallow: /search\n"
            "Disallow: /tag/\n"
            "Disallow: /archive/\n"
            "Disallow: /backoffice/\n"
            "\n"
            "Sitemap: /sitemap.xml\n"
        )

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    # ------------------------------------------------------------------ shell
    def shell(self, title, main_html, *, canonical=None, page_id="/pages/news-update", params=None):
        pop = "".join(
            f'<li data-v-3c1a9e42><a href="{x.path}" data-v-3c1a9e42>{esc(x.title)}</a>'
            f'<small class="text-muted" data-v-3c1a9e42> เข้าชม {thai_digits(f"{x.views:,}")}</small></li>'
            for x in self.popular()
        )
        ctx = json.dumps(
            {"_pageId": page_id, "routeParams": params or {}, "abortReason": None},
            ensure_ascii=False,
        )
        canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{title}</title>
    {canon}
    <link rel="icon" href="/favicon.ico" />
    <link rel="stylesheet" type="text/css" href="/assets/static/main.Dk3b9aQe.css">
    <link rel="modulepreload" href="/assets/entries/entry-client-routing.C7xq2LmP.js" as="script" type="text/javascript">
    <link rel="modulepreload" href="/assets/entries/pages_news-update.BfT1c0Qa.js" as="script" type="text/javascript">
    <link rel="modulepreload" href="/assets/chunks/chunk-Cw3hK9Zr.js" as="script" type="text/javascript">
  </head>
  <body>
    <div id="app"><!--[--><div class="a11y-bar bg-dark text-white small py-1" data-v-7f0c2d11><div class="container d-flex gap-3" data-v-7f0c2d11><span data-v-7f0c2d11>ขนาดตัวอักษร</span><button class="btn btn-sm btn-link text-white" data-v-7f0c2d11>ก-</button><button class="btn btn-sm btn-link text-white" data-v-7f0c2d11>ก</button><button class="btn btn-sm btn-link text-white" data-v-7f0c2d11>ก+</button><span data-v-7f0c2d11>ความตัดกันของสี</span><button class="btn btn-sm btn-link text-white" data-v-7f0c2d11>ปกติ</button><button class="btn btn-sm btn-link text-white" data-v-7f0c2d11>ขาวดำ</button><a href="/en" class="ms-auto text-white" data-v-7f0c2d11>EN</a></div></div><header class="site-header shadow-sm" data-v-7f0c2d11><nav class="navbar navbar-expand-lg" data-v-7f0c2d11><div class="container" data-v-7f0c2d11><a class="navbar-brand d-flex align-items-center" href="/" data-v-7f0c2d11><img src="/assets/static/logo-dept.Bq9c1.svg" alt="{DEPT}" height="56" data-v-7f0c2d11><span class="ms-2 fw-bold" data-v-7f0c2d11>{DEPT}<br><small data-v-7f0c2d11>Department of Industrial Promotion</small></span></a><ul class="navbar-nav ms-auto" data-v-7f0c2d11><!--[--><li class="nav-item" data-v-7f0c2d11><a class="nav-link" href="/" data-v-7f0c2d11>หน้าหลัก</a></li><li class="nav-item" data-v-7f0c2d11><a class="nav-link" href="/about" data-v-7f0c2d11>เกี่ยวกับกรม</a></li><li class="nav-item" data-v-7f0c2d11><a class="nav-link active" href="/news-update" data-v-7f0c2d11>ข่าวสาร</a></li><li class="nav-item" data-v-7f0c2d11><a class="nav-link" href="/services" data-v-7f0c2d11>บริการ</a></li><li class="nav-item" data-v-7f0c2d11><a class="nav-link" href="/ita" data-v-7f0c2d11>ITA</a></li><li class="nav-item" data-v-7f0c2d11><a class="nav-link" href="/contact" data-v-7f0c2d11>ติดต่อเรา</a></li><!--]--></ul><form class="d-flex ms-3" action="/search" method="get" data-v-7f0c2d11><input class="form-control form-control-sm" name="q" placeholder="ค้นหา" data-v-7f0c2d11></form></div></nav></header><main class="py-4" data-v-7f0c2d11><div class="container" data-v-7f0c2d11><div class="row" data-v-7f0c2d11><div class="col-lg-9" data-v-7f0c2d11>{main_html}</div><aside class="col-lg-3" data-v-3c1a9e42><div class="card mb-3" data-v-3c1a9e42><div class="card-header fw-bold" data-v-3c1a9e42>{POPULAR}</div><ul class="list-unstyled p-3 mb-0" data-v-3c1a9e42><!--[-->{pop}<!--]--></ul></div><div class="card mb-3" data-v-3c1a9e42><div class="card-header fw-bold" data-v-3c1a9e42>ลิงก์ที่เกี่ยวข้อง</div><ul class="list-unstyled p-3 mb-0" data-v-3c1a9e42><li data-v-3c1a9e42><a href="/archive/" data-v-3c1a9e42>{ARCHIVE_LABEL}</a></li><li data-v-3c1a9e42><a href="https://www.industry.go.th/" data-v-3c1a9e42>กระทรวงอุตสาหกรรม</a></li></ul></div></aside></div></div></main><footer class="site-footer bg-primary text-white py-4" data-v-7f0c2d11><div class="container" data-v-7f0c2d11><p class="mb-1 fw-bold" data-v-7f0c2d11>{DEPT}</p><p class="mb-1" data-v-7f0c2d11>{FOOTER}</p><p class="mb-1" data-v-7f0c2d11>โทรศัพท์ 0 2430 6860</p><p class="mb-0 small" data-v-7f0c2d11>{COUNTER}</p></div></footer><div class="pdpa-consent fixed-bottom bg-white border-top p-3" data-v-5e6f7a88><div class="container d-flex align-items-center gap-3" data-v-5e6f7a88><p class="mb-0 small" data-v-5e6f7a88>{COOKIE_BAR} <a href="/privacy-policy" data-v-5e6f7a88>นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p><button class="btn btn-primary btn-sm" data-v-5e6f7a88>ยอมรับทั้งหมด</button><button class="btn btn-outline-secondary btn-sm" data-v-5e6f7a88>ตั้งค่าคุกกี้</button></div></div><!--]--></div>
    <script id="vike_pageContext" type="application/json">{ctx}</script>
    <script src="/assets/entries/entry-client-routing.C7xq2LmP.js" type="module" async></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, aid, title, d, views) -> str:
        return f"""<div class="col-md-4" data-v-1b2d3e4f><div class="card news-card h-100" data-v-1b2d3e4f><a href="/news-update/detail/{aid}" data-v-1b2d3e4f><img class="card-img-top" src="/api/files/cover/{aid}.webp" alt="" loading="lazy" data-v-1b2d3e4f></a><div class="card-body" data-v-1b2d3e4f><p class="small text-muted mb-1" data-v-1b2d3e4f><i class="bi bi-calendar3" data-v-1b2d3e4f></i> {card_date(d)} <i class="bi bi-eye ms-2" data-v-1b2d3e4f></i> {thai_digits(f"{views:,}")}</p><h3 class="h6 card-title" data-v-1b2d3e4f><a href="/news-update/detail/{aid}" class="stretched-link" data-v-1b2d3e4f>{esc(title)}</a></h3></div></div></div>"""

    def pager(self, shown: int, base: str = "/news-update") -> str:
        last = -(-STALE_TOTAL // PER)  # pages from the stale count
        items = []
        prev = f"{base}?page={shown - 1}" if shown > 1 else base
        if shown > 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{prev}" aria-label="ก่อนหน้า">‹ ก่อนหน้า</a></li>'
            )
        for p in range(1, last + 1):
            href = base if p == 1 else f"{base}?page={p}"
            active = " active" if p == shown else ""
            items.append(
                f'<li class="page-item{active}"><a class="page-link" href="{href}">{thai_digits(p)}</a></li>'
            )
        items.append(
            f'<li class="page-item"><a class="page-link" href="{base}?page={shown + 1}" aria-label="ถัดไป">ถัดไป ›</a></li>'
        )
        return (
            '<nav aria-label="เลขหน้า" data-v-1b2d3e4f><ul class="pagination justify-content-center mt-4" data-v-1b2d3e4f><!--[-->'
            + "".join(items)
            + "<!--]--></ul></nav>"
        )

    def render_list(self, shown: int):
        # the API answers an out-of-range page with its first page
        k = shown - 1 if 1 <= shown <= len(self.pages) else 0
        cards = [self.card(a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                5,
                self.card(
                    DELETED_ID,
                    "ดีพร้อม เปิดรับสมัครผู้ประกอบการเข้าร่วมโครงการยกระดับอุตสาหกรรมชุมชน (ยกเลิก)",
                    self.pages[1][4].published + dt.timedelta(hours=5),
                    0,
                ),
            )
        main_html = f"""<nav aria-label="breadcrumb" data-v-1b2d3e4f><ol class="breadcrumb" data-v-1b2d3e4f><li class="breadcrumb-item" data-v-1b2d3e4f><a href="/" data-v-1b2d3e4f>หน้าหลัก</a></li><li class="breadcrumb-item active" data-v-1b2d3e4f>ข่าวประชาสัมพันธ์</li></ol></nav><h1 class="h3 section-title mb-3" data-v-1b2d3e4f>ข่าวประชาสัมพันธ์</h1><p class="text-muted small" data-v-1b2d3e4f>ทั้งหมด {thai_digits(STALE_TOTAL)} รายการ</p><div class="row g-3" data-v-1b2d3e4f><!--[-->{"".join(cards)}<!--]--></div>{self.pager(shown)}"""
        return self.html_response(
            self.shell(f"ข่าวประชาสัมพันธ์ | {DEPT}", main_html, params={"page": str(shown)})
        )

    # ------------------------------------------------------------------ article
    def text_pane(self, a) -> str:
        out = []
        ev = a.extra.get("event")
        if ev:
            until = "12.00" if ev.hour == 9 else "16.30"
            out.append(
                f'<div class="event-info alert alert-info" data-v-9a8b7c6d><h2 class="h6 fw-bold" data-v-9a8b7c6d>กำหนดการ</h2><dl class="row mb-0" data-v-9a8b7c6d>'
                f'<dt class="col-sm-3" data-v-9a8b7c6d>วันที่จัดกิจกรรม :</dt><dd class="col-sm-9" data-v-9a8b7c6d>{event_day(ev)}</dd>'
                f'<dt class="col-sm-3" data-v-9a8b7c6d>เวลา :</dt><dd class="col-sm-9" data-v-9a8b7c6d>{ev.hour:02d}.{ev.minute:02d} - {until} น.</dd>'
                f'<dt class="col-sm-3" data-v-9a8b7c6d>สถานที่ :</dt><dd class="col-sm-9" data-v-9a8b7c6d>{esc(a.extra["venue"])}</dd></dl></div>'
            )
        out.append('<div class="news-body" data-v-9a8b7c6d>')
        out += [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            out.append(
                f'<p style="text-align:right"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            )
        out.append("</div>")
        return "".join(out)

    def files_pane(self, a) -> str:
        if not a.extra["files"]:
            return '<p class="text-muted" data-v-9a8b7c6d>ไม่มีเอกสารแนบ</p>'
        rows = "".join(
            f'<li class="list-group-item d-flex justify-content-between" data-v-9a8b7c6d><a href="/api/files/doc/{a.id}/{quote(f)}" target="_blank" data-v-9a8b7c6d><i class="bi bi-file-earmark-text" data-v-9a8b7c6d></i> {esc(f)}</a><span class="small text-muted" data-v-9a8b7c6d>{thai_digits(120 + k * 85)} KB · ดาวน์โหลด {thai_digits(3 + (a.id + k) % 40)} ครั้ง</span></li>'
            for k, f in enumerate(a.extra["files"])
        )
        return f'<ul class="list-group" data-v-9a8b7c6d><!--[-->{rows}<!--]--></ul>'

    def gallery_pane(self, a) -> str:
        figs = "".join(
            f'<div class="col-6 col-md-4" data-v-9a8b7c6d><figure class="figure" data-v-9a8b7c6d><a href="/api/files/gallery/{a.id}/{k + 1}.jpg" data-fancybox="gallery" data-v-9a8b7c6d><img class="figure-img img-fluid rounded" src="/api/files/gallery/{a.id}/{k + 1}_thumb.jpg" alt="ภาพกิจกรรม {k + 1}" loading="lazy" data-v-9a8b7c6d></a><figcaption class="figure-caption" data-v-9a8b7c6d>{esc(c)}</figcaption></figure></div>'
            for k, c in enumerate(CAPTIONS)
        )
        return f'<div class="row g-2" data-v-9a8b7c6d><!--[-->{figs}<!--]--></div>'

    def render_article(self, a, base: str):
        tabs = [
            ("detail", "รายละเอียดข่าว", self.text_pane(a)),
            ("files", f"เอกสารแนบ ({thai_digits(len(a.extra['files']))})", self.files_pane(a)),
            ("gallery", "ภาพกิจกรรม", self.gallery_pane(a)),
        ]
        nav = "".join(
            f'<li class="nav-item" role="presentation" data-v-9a8b7c6d><button class="nav-link{" active" if k == 0 else ""}" id="{t}-tab" data-bs-toggle="tab" data-bs-target="#tab-{t}" type="button" role="tab" aria-controls="tab-{t}" aria-selected="{"true" if k == 0 else "false"}" data-v-9a8b7c6d>{label}</button></li>'
            for k, (t, label, _) in enumerate(tabs)
        )
        panes = "".join(
            f'<div class="tab-pane fade{" show active" if k == 0 else ""}" id="tab-{t}" role="tabpanel" aria-labelledby="{t}-tab" tabindex="0" data-v-9a8b7c6d>{body}</div>'
            for k, (t, _, body) in enumerate(tabs)
        )
        meta = [f"วันที่เผยแพร่ : {run_together(a.published)}"]
        if a.time_printed:
            meta[0] += f" เวลา {hhmm(a.published)} น."
        if a.modified:
            meta.append(f"แก้ไขล่าสุด : {run_together(a.modified)} {hhmm(a.modified)} น.")
        meta.append(f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง")
        meta_html = "".join(f'<span class="me-3" data-v-9a8b7c6d>{esc(m)}</span>' for m in meta)
        chips = "".join(
            f'<a class="badge rounded-pill text-bg-light me-1" href="/tag/{quote(t)}" data-v-9a8b7c6d>#{esc(t)}</a>'
            for t in a.tags
        )
        full = quote(f"{base}{a.path}", safe="")
        rel = "".join(
            f'<div class="col-md-4" data-v-9a8b7c6d><div class="card h-100" data-v-9a8b7c6d><div class="card-body" data-v-9a8b7c6d><p class="small text-muted mb-1" data-v-9a8b7c6d>{card_date(x.published)}</p><a href="{x.path}" class="stretched-link" data-v-9a8b7c6d>{esc(x.title)}</a></div></div></div>'
            for x in self.related(a)
        )
        main_html = f"""<nav aria-label="breadcrumb" data-v-9a8b7c6d><ol class="breadcrumb" data-v-9a8b7c6d><li class="breadcrumb-item" data-v-9a8b7c6d><a href="/" data-v-9a8b7c6d>หน้าหลัก</a></li><li class="breadcrumb-item" data-v-9a8b7c6d><a href="/news-update" data-v-9a8b7c6d>ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page" data-v-9a8b7c6d>รายละเอียดข่าว</li></ol></nav><article class="news-detail" data-v-9a8b7c6d><span class="badge text-bg-primary mb-2" data-v-9a8b7c6d>ข่าวประชาสัมพันธ์</span><h1 class="news-title h3" data-v-9a8b7c6d>{esc(a.title)}</h1><div class="d-flex justify-content-end gap-2 mb-3" data-v-9a8b7c6d><a class="btn btn-sm btn-outline-secondary" href="/news-update/print/{a.id}" target="_blank" data-v-9a8b7c6d><i class="bi bi-printer" data-v-9a8b7c6d></i> พิมพ์</a></div><ul class="nav nav-tabs" role="tablist" data-v-9a8b7c6d><!--[-->{nav}<!--]--></ul><div class="tab-content border border-top-0 p-3" data-v-9a8b7c6d><!--[-->{panes}<!--]--></div><div class="news-meta small text-muted mt-3" data-v-9a8b7c6d>{meta_html}</div><div class="news-tags mt-2" data-v-9a8b7c6d><!--[-->{chips}<!--]--></div><div class="share-row mt-3" data-v-9a8b7c6d><span class="me-2" data-v-9a8b7c6d>แชร์ :</span><a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener" data-v-9a8b7c6d>Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener" data-v-9a8b7c6d>LINE</a> <a href="https://twitter.com/intent/tweet?url={full}" target="_blank" rel="noopener" data-v-9a8b7c6d>X</a></div></article><section class="related mt-5" data-v-9a8b7c6d><h2 class="h5" data-v-9a8b7c6d>{RELATED}</h2><div class="row g-3" data-v-9a8b7c6d><!--[-->{rel}<!--]--></div></section>"""
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {DEPT}",
                main_html,
                canonical=f"{base}{a.path}",
                page_id="/pages/news-update/detail",
                params={"id": str(a.id)},
            )
        )

    def render_print(self, a):
        meta = f"วันที่เผยแพร่ : {run_together(a.published)}"
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>" if a.source else ""
        return self.html_response(
            f"""<!DOCTYPE html><html lang="th"><head><meta charset="UTF-8"><title>{esc(a.title)}</title>
<style>body{{font-family:'TH Sarabun New',sans-serif;font-size:16pt}}</style></head>
<body onload="window.print()"><h1>{esc(a.title)}</h1><p>{meta}</p>{body}{src}<hr><p>{DEPT}</p></body></html>"""
        )

    def render_tag(self, tag: str):
        items = [a for a in self.articles if tag in a.tags]
        cards = "".join(self.card(a.id, a.title, a.published, a.views) for a in items)
        main_html = f'<h1 class="h3" data-v-1b2d3e4f>แท็ก : {esc(tag)}</h1><div class="row g-3" data-v-1b2d3e4f><!--[-->{cards}<!--]--></div>'
        return self.html_response(self.shell(f"แท็ก {esc(tag)} | {DEPT}", main_html))

    def render_archive(self):
        rows = "".join(
            f'<tr><td>{card_date(a.published)}</td><td><a href="{a.path}">{esc(a.title)}</a></td></tr>'
            for a in self.archive
        )
        main_html = f'<h1 class="h3">{ARCHIVE_LABEL}</h1><table class="table"><thead><tr><th>วันที่</th><th>หัวข้อ</th></tr></thead><tbody>{rows}</tbody></table>'
        return self.html_response(self.shell(f"คลังข่าวเก่า | {DEPT}", main_html))

    def render_archive_item(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        main_html = f'<article class="news-detail"><h1 class="news-title h3">{esc(a.title)}</h1><div class="news-body">{body}</div><div class="news-meta small text-muted">วันที่เผยแพร่ : {run_together(a.published)}</div></article>'
        return self.html_response(self.shell(f"{esc(a.title)} | {DEPT}", main_html))

    def render_deleted(self):
        main_html = f'<div class="text-center py-5" data-v-9a8b7c6d><i class="bi bi-exclamation-circle display-4" data-v-9a8b7c6d></i><h1 class="h4 mt-3" data-v-9a8b7c6d>{NOT_FOUND}</h1><a href="/news-update" class="btn btn-primary mt-3" data-v-9a8b7c6d>กลับหน้าข่าวประชาสัมพันธ์</a></div>'
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {DEPT}",
                main_html,
                page_id="/pages/news-update/detail",
                params={"id": str(DELETED_ID)},
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news-update"}, b""
        if path in ("/news-update", "/news-update/"):
            p = query.get("page", ["1"])[0]
            shown = int(p) if p.isdigit() and int(p) >= 1 else 1
            return self.render_list(shown)
        m = re.fullmatch(r"/news-update/detail/(\d+)", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a, base) if a else None
        m = re.fullmatch(r"/news-update/print/(\d+)", path)
        if m and int(m[1]) in self.by_id:
            return self.render_print(self.by_id[int(m[1])])
        m = re.fullmatch(r"/tag/(.+)", path)
        if m:
            return self.render_tag(unquote(m[1]))
        if path in ("/archive", "/archive/"):
            return self.render_archive()
        m = re.fullmatch(r"/archive/news/(\d+)", path)
        if m:
            a = next((x for x in self.archive if x.id == int(m[1])), None)
            return self.render_archive_item(a) if a else None
        return None

    def page_text(self, a) -> str:
        res = self.route(a.path, {}, "", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", body))

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COOKIE_BAR,
                COUNTER,
                FOOTER,
                RELATED,
                POPULAR,
                ARCHIVE_LABEL,
                "ขนาดตัวอักษร",
                "ความตัดกันของสี",
                "Department of Industrial Promotion",
                "รายละเอียดข่าว",
                "เอกสารแนบ",
                "ภาพกิจกรรม",
                "ไม่มีเอกสารแนบ",
                "แชร์ :",
                "วันที่เผยแพร่",
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ยอมรับทั้งหมด",
                *a.extra["files"],
            ]
            must_not += [
                f"ดาวน์โหลด {thai_digits(3 + (a.id + k) % 40)} ครั้ง"
                for k in range(len(a.extra["files"]))
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.popular() if x is not a]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = VikeDeptTabsSite()

if __name__ == "__main__":
    main(SITE)
