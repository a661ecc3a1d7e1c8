"""Blind-63 red-team site (part C): a ministry news section (กระทรวงพลังงาน-like, 2566-2567) on
**Kentico Xperience 13 (ASP.NET Core 6 MVC live site, content-tree routing, page builder for
newer items)** with a Bootstrap 5 front end, X.PagedList's pager, media-library `/getmedia/`
and page-attachment `/getattachment/` links, the activity-logger script and a cookie-level
consent bar. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool: Kentico's documentation on displaying media-library files
(`IMediaFileUrlRetriever`; `/getmedia/<guid>/<file>?width=…&height=…&ext=.jpg` URLs are from
memory), and X.PagedList's render options as used in public ASP.NET Core apps (`ul.pagination`,
`li.page-item`, `a.page-link`, `PagedList-skipToNext`, the default "<<", "<", ">", ">>" link
formats, `div.pagination-container`). From memory: the K13 live-site markup (no page-builder
wrappers outside edit mode, sections and widgets written by the developer),
`/Kentico.Resource/Activities/KenticoActivityLogger/Logger.js`, the `CMSPreferredCulture` and
`CMSCookieLevel` cookies, .NET's th-TH culture (Buddhist-era years). No one's code or text was
copied.

What it imitates (an everyday archive; one quirk):
- listing `/th/news/ministry-news` with `?page=2`, `?page=3` (X.PagedList, page 1 linked as
  `?page=1`), 9 cards a page ("15 มี.ค. 67": abbreviated month, two-digit BE year), 25 items;
- details `/th/news/ministry-news/<alias>`: editor-typed `energy-news-67-045` aliases, or the
  alias Kentico made from the Thai page name (percent-encoded, upper-case hex) where the editor
  left it; `<title>` "headline | กระทรวงพลังงาน"; breadcrumb ending in the headline;
  `h1.news-detail__title`; "15 มีนาคม 2567" (full month, BE) with "14:20 น." where the editor
  filled the time field; "อ่าน 1,234 ครั้ง" on items since the counter was added (October
  2566); "อัปเดตล่าสุด 16 มี.ค. 2567 09:12 น." on items edited on a later day; sources "ที่มา :",
  "ข่าว :", "ข่าว/ภาพ :", "เรียบเรียง :", a bold right-aligned office sign-off, or none;
  captioned figure; "ภาพกิจกรรม" gallery; "เอกสารประกอบ" attachment; "แท็ก" links; share bar;
  prev/next with titles; "ข่าวที่เกี่ยวข้อง" cards; mega menu, footer, visitor statistics,
  cookie bar;
- **the quirk: items written since January 2567 by the minister's-office team are composed with
  the page builder: a two-column section (image widget with caption | rich-text widget with the
  first paragraph), a one-column rich-text widget, a gallery widget, and a last rich-text
  widget**; older items use the structured "NewsText" field;
- deleted item (linked from page 2): `/th/news/ministry-news/energy-news-67-0NN`, **200: the
  developer's "not found" view returned without a 404 status** ("ไม่พบข้อมูลข่าวที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re
import uuid
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

MINISTRY = "กระทรวงพลังงาน"
SECTION = "ข่าวกระทรวง"
LIST = "/th/news/ministry-news"
PER = 9
SOURCES = [
    ("ที่มา", "กลุ่มประชาสัมพันธ์ สำนักงานปลัดกระทรวงพลังงาน"),
    ("ข่าว", "สำนักงานรัฐมนตรี กระทรวงพลังงาน"),
    ("signoff", "ศูนย์ประชาสัมพันธ์ กระทรวงพลังงาน"),
    ("ข่าว/ภาพ", "กองกลาง สำนักงานปลัดกระทรวงพลังงาน"),
    None,
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ สำนักงานปลัดกระทรวงพลังงาน"),
]
TAGS = ["พลังงาน", "ประหยัดพลังงาน", "พลังงานทดแทน", "ปลัดกระทรวงพลังงาน", "รัฐมนตรีว่าการกระทรวงพลังงาน"]
CAPTIONS = [
    "ภาพ : บรรยากาศการประชุม",
    "ผู้บริหารกระทรวงพลังงานร่วมถ่ายภาพกับผู้เข้าร่วมงาน",
    "ภาพ : ศูนย์ประชาสัมพันธ์ กระทรวงพลังงาน",
]
FILES = ["เอกสารประกอบการแถลงข่าว.pdf", "กำหนดการ.pdf", "สรุปผลการดำเนินงาน.pdf"]
VIEWS = "อ่าน"
UPDATED = "อัปเดตล่าสุด"
SHARE = "แชร์"
COPY = "คัดลอกลิงก์"
GALLERY = "ภาพกิจกรรม"
ATTACH = "เอกสารประกอบ"
TAGS_LABEL = "แท็ก"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
RELATED = "ข่าวที่เกี่ยวข้อง"
BACK = "กลับหน้ารวมข่าว"
HOTLINE = "ศูนย์บริการข้อมูลพลังงาน โทร. 0 2140 6000"
FOOTER = "เลขที่ 555/2 ศูนย์เอนเนอร์ยี่คอมเพล็กซ์ อาคารบี ถนนวิภาวดีรังสิต แขวงจตุจักร เขตจตุจักร กรุงเทพมหานคร 10900"
STATS = "สถิติผู้เยี่ยมชม"
COOKIE = (
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ท่านสามารถเลือกตั้งค่าคุกกี้ได้ "
    "ตามนโยบายคุ้มครองข้อมูลส่วนบุคคลของกระทรวงพลังงาน"
)
COOKIE_BTN = "ยอมรับทั้งหมด"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
FONT = "ขนาดตัวอักษร"
EDITORS = ["pr.ops", "moen.minister.office", "kanchana.s"]


def full_be(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def abbr_be(d: dt.datetime, short=False) -> str:
    y = str(d.year + 543)
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {y[-2:] if short else y}"


def num_be(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def guid(*parts) -> str:
    return str(uuid.UUID(hashlib.md5("|".join(map(str, parts)).encode()).hexdigest()))


def kentico_alias(title: str) -> str:
    """Page name -> URL slug: punctuation and spaces to single dashes, Unicode kept and
    percent-encoded by the URL builder (upper-case hex), cut at 100 characters before encoding."""
    t = re.sub(r"[^\w\u0E00-\u0E7F]+", "-", title).strip("-")[:100].strip("-")
    return quote(t, safe="-")


class KenticoMinistrySite(BaseSite):
    key = "b63_kentico13_ministry_news"
    family = "generic"
    imitates = (
        "ministry news section on Kentico Xperience 13 (ASP.NET Core MVC live site, Bootstrap 5, "
        "X.PagedList pager, /getmedia/ images); newer items composed with page-builder sections"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 6, 14, 17, 0, tzinfo=TZ), offset=307
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            if i >= 15:
                shift = dt.timedelta(days=23 * (i - 14) + 60)
                a.published -= shift
                if a.modified:
                    a.modified -= shift
        counter_from = dt.datetime(2023, 10, 1, tzinfo=TZ)
        builder_from = dt.datetime(2024, 1, 1, tzinfo=TZ)
        seq: dict[int, int] = {}
        for i in range(len(arts) - 1, -1, -1):
            a = arts[i]
            yy = (a.published.year + 543) % 100
            seq[yy] = seq.get(yy, 12 + i % 5) + 1
            if i == 12:
                self.deleted_alias = f"energy-news-{yy}-{seq[yy]:03d}"
                seq[yy] += 1
            a.extra["number"] = f"energy-news-{yy}-{seq[yy]:03d}"
        for i, a in enumerate(arts):
            a.id = 5210 - i * 3 - (i % 2)
            alias = kentico_alias(a.title) if i % 4 == 3 else a.extra["number"]
            a.extra["alias"] = alias
            a.path = f"{LIST}/{alias}"
            a.time_printed = i % 3 != 2
            if a.published < counter_from:
                a.views = None
            if a.modified and a.modified.date() == a.published.date():
                a.modified = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)] if i % 3 == 0 else []
            a.extra["editor"] = EDITORS[i % 3]
            a.extra["builder"] = a.published >= builder_from and i % 3 == 1
            a.extra["caption"] = CAPTIONS[i % 3] if i % 2 == 0 else None
            a.extra["gallery"] = i % 4 in (0, 1)
            a.extra["file"] = FILES[i % 3] if i % 5 == 2 else None
        aliases = [a.extra["alias"] for a in arts]
        assert len(set(aliases)) == len(aliases) and self.deleted_alias not in aliases
        self.articles = arts
        self.by_alias = {unquote(a.extra["alias"]): a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"{LIST}/{self.deleted_alias}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def media(self, a, k, w=1200, h=675):
        return f"/getmedia/{guid(a.id, 'img', k)}/news-{a.id}-{k}.jpg?width={w}&amp;height={h}&amp;ext=.jpg"

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", page_id=0):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)}</title>
<link rel="icon" href="/favicon.ico" />
<link href="/lib/bootstrap/dist/css/bootstrap.min.css?v=5.3.2" rel="stylesheet" />
<link href="/lib/fontawesome/css/all.min.css" rel="stylesheet" />
<link href="/css/site.min.css?v=gX7oJm2cYQ4dF0" rel="stylesheet" />
<link href="/_content/Kentico.Content.Web.Rcl/Content/Bundles/Public/systemPageComponents.min.css" rel="stylesheet" />
{head}
</head>
<body class="th-TH">
<a class="visually-hidden-focusable" href="#main">ข้ามไปยังเนื้อหาหลัก</a>
<div class="topbar"><div class="container d-flex justify-content-between small">
<div>{HOTLINE}</div>
<div class="topbar__tools"><span>{FONT}</span> <button type="button" class="btn-font" data-size="sm">ก</button><button type="button" class="btn-font" data-size="md">ก</button><button type="button" class="btn-font" data-size="lg">ก</button> <button type="button" class="btn-contrast">สีตัวอักษร</button> <a href="/th" class="lang active">TH</a> | <a href="/en" class="lang">EN</a></div>
</div></div>
<header class="site-header"><nav class="navbar navbar-expand-xl"><div class="container">
<a class="navbar-brand" href="/th"><img src="/getmedia/{guid("logo")}/logo-moen.png" alt="{MINISTRY}" height="64" /></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="เมนู"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainNav"><ul class="navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li>
<li class="nav-item dropdown mega"><a class="nav-link dropdown-toggle" href="/th/about" data-bs-toggle="dropdown">เกี่ยวกับกระทรวง</a><div class="dropdown-menu mega-menu"><div class="row"><div class="col"><a class="dropdown-item" href="/th/about/history">ประวัติความเป็นมา</a><a class="dropdown-item" href="/th/about/vision">วิสัยทัศน์ พันธกิจ</a><a class="dropdown-item" href="/th/about/executives">ผู้บริหาร</a></div><div class="col"><a class="dropdown-item" href="/th/about/structure">โครงสร้างองค์กร</a><a class="dropdown-item" href="/th/about/agencies">หน่วยงานในสังกัด</a></div></div></div></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle active" href="/th/news" data-bs-toggle="dropdown">ข่าวสาร</a><div class="dropdown-menu"><a class="dropdown-item" href="{LIST}">{SECTION}</a><a class="dropdown-item" href="/th/news/press-release">ข่าวแถลง</a><a class="dropdown-item" href="/th/news/agency-news">ข่าวหน่วยงานในสังกัด</a></div></li>
<li class="nav-item"><a class="nav-link" href="/th/procurement">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
<li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
</ul>
<form class="d-flex ms-3" action="/th/search" method="get"><input class="form-control form-control-sm" type="search" name="searchtext" placeholder="ค้นหา" aria-label="ค้นหา" /></form>
</div></div></nav></header>
<main id="main" role="main">
{content}
</main>
<footer class="site-footer"><div class="container py-4"><div class="row">
<div class="col-lg-6"><div class="fw-bold">{MINISTRY}</div><address class="mb-1">{FOOTER}</address><div>{HOTLINE}</div></div>
<div class="col-lg-3"><div class="fw-bold">ลิงก์ที่เกี่ยวข้อง</div><ul class="list-unstyled"><li><a href="/th/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/th/website-policy">นโยบายเว็บไซต์</a></li><li><a href="/th/sitemap">แผนผังเว็บไซต์</a></li></ul></div>
<div class="col-lg-3 visitor-stats"><div class="fw-bold">{STATS}</div><div>วันนี้ 1,906</div><div>เดือนนี้ 48,317</div><div>ทั้งหมด 3,114,552</div></div>
</div><div class="text-center small border-top pt-2">&copy; 2567 {MINISTRY} สงวนลิขสิทธิ์</div></div></footer>
<div class="cookie-consent" id="cookieConsent" role="dialog" aria-live="polite" hidden><div class="container d-flex align-items-center gap-3"><p class="mb-0 small">{COOKIE} <a href="/th/privacy-policy">อ่านเพิ่มเติม</a></p><button type="button" class="btn btn-outline-light btn-sm" data-cookie-level="0">ตั้งค่าคุกกี้</button><button type="button" class="btn btn-light btn-sm" data-cookie-level="1000">{COOKIE_BTN}</button></div></div>
<script src="/lib/jquery/dist/jquery.min.js"></script>
<script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
<script src="/js/site.min.js?v=Ue9xF1b2qRk0"></script>
<script src="/Kentico.Resource/Activities/KenticoActivityLogger/Logger.js?pageIdentifier={page_id}" async></script>
</body>
</html>
"""

    def crumb(self, last=None):
        items = [
            '<li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li>',
            '<li class="breadcrumb-item"><a href="/th/news">ข่าวสาร</a></li>',
        ]
        if last:
            items.append(f'<li class="breadcrumb-item"><a href="{LIST}">{SECTION}</a></li>')
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(last)}</li>')
        else:
            items.append(f'<li class="breadcrumb-item active" aria-current="page">{SECTION}</li>')
        return f'<nav aria-label="breadcrumb" class="page-breadcrumb"><div class="container"><ol class="breadcrumb">{"".join(items)}</ol></div></nav>'

    # ------------------------------------------------------------------ listing
    def card(self, a, href=None, title=None, d=None, excerpt=None, img=None):
        href = href or a.path
        title = title or a.title
        d = d or a.published
        excerpt = excerpt if excerpt is not None else a.paras[0][:140] + "..."
        img = img or self.media(a, 0, 600, 338)
        return f"""<div class="col-md-6 col-lg-4"><div class="card news-card h-100">
<a href="{href}" class="news-card__img"><img src="{img}" class="card-img-top" alt="{esc(title)}" loading="lazy" /></a>
<div class="card-body"><div class="news-card__meta small"><span class="badge bg-primary">{SECTION}</span> <span class="ms-1"><i class="fa-regular fa-calendar"></i> {abbr_be(d, short=True)}</span></div>
<h3 class="card-title news-card__title h6"><a href="{href}">{esc(title)}</a></h3>
<p class="card-text small text-muted">{esc(excerpt)}</p></div>
</div></div>"""

    def deleted_card(self):
        d = self.pages[1][4].published + dt.timedelta(hours=5)
        return self.card(
            self.pages[1][4],
            href=self.deleted_paths()[0],
            title="ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินบุคคล (ฉบับแก้ไข)",
            d=d,
            excerpt="ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินบุคคลเพื่อแต่งตั้งให้ดำรงตำแหน่ง...",
            img=f"/getmedia/{guid('deleted')}/announcement.jpg?width=600&amp;height=338&amp;ext=.jpg",
        )

    def pager(self, n):
        total = len(self.pages)

        def href(k):
            return f"{LIST}?page={k}"

        lis = []
        if n > 1:
            lis.append(
                f'<li class="page-item PagedList-skipToFirst"><a class="page-link" href="{href(1)}">&lt;&lt;</a></li>'
            )
            lis.append(
                f'<li class="page-item PagedList-skipToPrevious"><a class="page-link" href="{href(n - 1)}" rel="prev">&lt;</a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                lis.append(f'<li class="page-item active"><span class="page-link">{k}</span></li>')
            else:
                lis.append(
                    f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>'
                )
        if n < total:
            lis.append(
                f'<li class="page-item PagedList-skipToNext"><a class="page-link" href="{href(n + 1)}" rel="next">&gt;</a></li>'
            )
            lis.append(
                f'<li class="page-item PagedList-skipToLast"><a class="page-link" href="{href(total)}">&gt;&gt;</a></li>'
            )
        return f'<div class="pagination-container"><ul class="pagination justify-content-center">{"".join(lis)}</ul></div>'

    def render_list(self, n):
        cards = [self.card(a) for a in self.pages[n - 1]]
        if n == 2:
            cards.insert(5, self.deleted_card())
        years = "".join(f'<option value="{y}">{y}</option>' for y in (2567, 2566, 2565))
        content = f"""{self.crumb()}
<section class="page-header"><div class="container"><h1 class="page-title">{SECTION}</h1></div></section>
<section class="news-list py-4"><div class="container">
<form class="row g-2 mb-3 news-filter" method="get" action="{LIST}"><div class="col-auto"><select class="form-select form-select-sm" name="year" aria-label="ปี"><option value="">ทุกปี</option>{years}</select></div><div class="col-auto"><input class="form-control form-control-sm" type="text" name="q" placeholder="ค้นหาข่าว" /></div><div class="col-auto"><button class="btn btn-primary btn-sm" type="submit">ค้นหา</button></div></form>
<div class="row g-4">
{chr(10).join(cards)}
</div>
{self.pager(n)}
</div></section>"""
        canon = LIST if n == 1 else f"{LIST}?page={n}"
        return self.html_response(
            self.shell(
                f"{SECTION} | {MINISTRY}",
                content,
                head=f'<link rel="canonical" href="{canon}" />',
                page_id=1187,
            )
        )

    # ------------------------------------------------------------------ article body
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p style="text-align: right;"><strong>{esc(a.source)}</strong></p>'
        if a.extra["label"] == "ข่าว":
            return f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>"
        return f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>"

    def figure(self, a, k=1):
        cap = a.extra["caption"]
        fc = f'<figcaption class="figure-caption">{esc(cap)}</figcaption>' if cap else ""
        return f'<figure class="figure news-figure"><img src="{self.media(a, k)}" class="figure-img img-fluid" alt="" />{fc}</figure>'

    def gallery(self, a, widget=False):
        items = "".join(
            f'<div class="col-4 col-md-3"><a href="{self.media(a, k, 1600, 900)}" data-lightbox="news-{a.id}"><img src="{self.media(a, k, 300, 200)}" class="img-fluid rounded" alt="" loading="lazy" /></a></div>'
            for k in range(2, 10)
        )
        cls = "widget widget--gallery" if widget else "news-detail__gallery"
        return f'<div class="{cls}"><h2 class="h5 section-heading">{GALLERY}</h2><div class="row g-2">{items}</div></div>'

    def text_field(self, a):
        out = [self.figure(a)]
        out += [f"<p>{esc(p)}</p>" for p in a.paras]
        src = self.source_html(a)
        if src:
            out.append(src)
        body = '<div class="news-detail__content rich-text">\n' + "\n".join(out) + "\n</div>"
        if a.extra["gallery"]:
            body += "\n" + self.gallery(a)
        return body

    def text_builder(self, a):
        first, rest = a.paras[0], a.paras[1:]
        mid = max(1, len(rest) // 2)
        src = self.source_html(a)
        s1 = (
            '<section class="section section--two-columns"><div class="container-fluid px-0"><div class="row g-4">'
            f'<div class="col-md-6"><div class="widget widget--image">{self.figure(a)}</div></div>'
            f'<div class="col-md-6"><div class="widget widget--rich-text"><p>{esc(first)}</p></div></div>'
            "</div></div></section>"
        )
        s2 = (
            '<section class="section section--one-column"><div class="widget widget--rich-text">'
            + "".join(f"<p>{esc(p)}</p>" for p in rest[:mid])
            + "</div></section>"
        )
        s3 = (
            f'<section class="section section--one-column">{self.gallery(a, widget=True)}</section>'
        )
        s4 = (
            '<section class="section section--one-column"><div class="widget widget--rich-text">'
            + "".join(f"<p>{esc(p)}</p>" for p in rest[mid:])
            + src
            + "</div></section>"
        )
        return '<div class="news-detail__builder">\n' + "\n".join([s1, s2, s3, s4]) + "\n</div>"

    # ------------------------------------------------------------------ article
    def render_article(self, a, base):
        url = f"{base}{a.path}"
        d = a.published
        older, newer = self.neighbours(a)
        meta = [
            f'<span class="news-detail__date"><i class="fa-regular fa-calendar"></i> {full_be(d)}</span>'
        ]
        if a.time_printed:
            meta.append(
                f'<span class="news-detail__time"><i class="fa-regular fa-clock"></i> {d:%H:%M} น.</span>'
            )
        if a.views is not None:
            meta.append(
                f'<span class="news-detail__views"><i class="fa-regular fa-eye"></i> {VIEWS} {a.views:,} ครั้ง</span>'
            )
        updated = (
            f'<div class="news-detail__updated small text-muted">{UPDATED} {abbr_be(a.modified)} {a.modified:%H:%M} น.</div>'
            if a.modified
            else ""
        )
        body = self.text_builder(a) if a.extra["builder"] else self.text_field(a)
        attach = ""
        if a.extra["file"]:
            name = a.extra["file"]
            attach = (
                f'<div class="news-detail__attachments"><h2 class="h6">{ATTACH}</h2><ul class="list-unstyled">'
                f'<li><i class="fa-regular fa-file-pdf"></i> <a href="/getattachment/{guid(a.id, "file")}/{quote(name)}" target="_blank">{esc(name)}</a></li></ul></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                f'<div class="news-detail__tags"><span class="fw-bold">{TAGS_LABEL}</span> '
                + " ".join(
                    f'<a class="tag" href="{LIST}?tag={quote(t)}">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        enc = quote(url, safe="")
        share = (
            f'<div class="news-detail__share"><span>{SHARE}</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={enc}" target="_blank" rel="noopener" aria-label="Facebook"><i class="fa-brands fa-facebook-f"></i></a> '
            f'<a href="https://twitter.com/intent/tweet?url={enc}" target="_blank" rel="noopener" aria-label="X"><i class="fa-brands fa-x-twitter"></i></a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={enc}" target="_blank" rel="noopener" aria-label="LINE"><i class="fa-brands fa-line"></i></a> '
            f'<button type="button" class="btn btn-link btn-copy-link" data-url="{url}">{COPY}</button></div>'
        )
        nav = '<nav class="news-detail__pager row g-3" aria-label="ข่าวอื่น">'
        if older:
            nav += f'<div class="col-md-6"><a class="pager-link pager-link--prev" href="{older.path}"><small>{PREV}</small><span>{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="col-md-6 text-md-end"><a class="pager-link pager-link--next" href="{newer.path}"><small>{NEXT}</small><span>{esc(newer.title)}</span></a></div>'
        nav += "</nav>"
        rel = "".join(
            f'<div class="col-md-4"><a class="related-card" href="{x.path}"><img src="{self.media(x, 0, 400, 225)}" alt="" loading="lazy" /><span class="related-card__date">{num_be(x.published)}</span><span class="related-card__title">{esc(x.title)}</span></a></div>'
            for x in self.related(a)
        )
        content = f"""{self.crumb(a.title)}
<section class="news-detail-section py-4"><div class="container"><div class="row justify-content-center"><div class="col-lg-10">
<article class="news-detail">
<div class="news-detail__category"><a href="{LIST}" class="badge bg-primary">{SECTION}</a></div>
<h1 class="news-detail__title">{esc(a.title)}</h1>
<div class="news-detail__meta">{" ".join(meta)}</div>
{updated}
{body}
{attach}
{tags}
{share}
</article>
{nav}
<div class="text-center my-3"><a class="btn btn-outline-primary" href="{LIST}">{BACK}</a></div>
<section class="news-related"><h2 class="h5 section-heading">{RELATED}</h2><div class="row g-3">{rel}</div></section>
</div></div></div></section>"""
        head = f"""<meta name="description" content="{esc(a.paras[0][:160])}" />
<link rel="canonical" href="{url}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}{self.media(a, 0)}" />"""
        return self.html_response(
            self.shell(f"{a.title} | {MINISTRY}", content, head=head, page_id=a.id)
        )

    def render_deleted(self):
        content = f"""{self.crumb()}
<section class="news-detail-section py-5"><div class="container text-center">
<div class="not-found"><i class="fa-regular fa-face-frown fa-3x mb-3"></i><h1 class="h4">{NOT_FOUND}</h1><p class="text-muted">ข่าวนี้อาจถูกย้ายหรือยกเลิกการเผยแพร่แล้ว</p><a class="btn btn-primary" href="{LIST}">{BACK}</a></div>
</div></section>"""
        return self.html_response(self.shell(f"{SECTION} | {MINISTRY}", content, page_id=1187))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        res = None
        if path in ("/", "/th", "/th/news"):
            return 302, {"Location": f"{base}{LIST}"}, b""
        if path == LIST:
            n = query.get("page", ["1"])[0]
            if not n.isdigit() or not 1 <= int(n) <= len(self.pages):
                n = "1"
            res = self.render_list(int(n))
        elif path.startswith(LIST + "/"):
            alias = unquote(path[len(LIST) + 1 :])
            if alias == self.deleted_alias:
                res = self.render_deleted()
            elif alias in self.by_alias:
                res = self.render_article(self.by_alias[alias], base)
        if res is None:
            return None
        status, headers, body = res
        headers = dict(headers)
        headers["X-Powered-By"] = "ASP.NET"
        headers["Set-Cookie"] = "CMSPreferredCulture=th-TH; path=/; secure; samesite=lax; httponly"
        return status, headers, body

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                SHARE,
                COPY,
                GALLERY,
                ATTACH,
                PREV,
                NEXT,
                RELATED,
                BACK,
                HOTLINE,
                FOOTER,
                STATS,
                COOKIE,
                COOKIE_BTN,
                FONT,
                UPDATED,
                "ข้ามไปยังเนื้อหาหลัก",
            ]
            if a.views is not None:
                must_not.append(f"{VIEWS} {a.views:,} ครั้ง")
            if a.extra["caption"]:
                must_not.append(a.extra["caption"])
            if a.extra["file"]:
                must_not.append(a.extra["file"])
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (older, newer) if x]
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


SITE = KenticoMinistrySite()

if __name__ == "__main__":
    main(SITE)
