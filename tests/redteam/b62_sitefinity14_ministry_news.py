"""Blind-62 red-team site (part C): a ministry news section (กระทรวงอุตสาหกรรม-like, 2022-2024) on
**Progress Sitefinity 14 (MVC / Feather widgets, a custom Bootstrap 5 resource package)**:
`/th/news` with Sitefinity's URL-segment pager `/th/news/page/N`, news details at
Sitefinity's default `/th/news/<yyyy>/<MM>/<dd>/<UrlName>`, tag filters at
`/th/news/-in-tags/tags/<tag>`, library media under `/images/default-source/...?sfvrsn=...`
and `/docs/default-source/...?sfvrsn=...`. An everyday site, built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Sitefinity news list widget templates in public
repositories (`sf:Pager`, `RadListView`, `li.item[data-sf-id]`, `sf:DetailsViewHyperLink`,
`data-sf-field="Title" data-sf-ftype="ShortText"`, a `time` inside `div.meta-item.date`).
From memory: the Feather MVC layout markup (`div.row[data-sf-element=Row]` >
`div.sf_colsIn[data-sf-element="Column 1"][data-placeholder-label]`, ids like
`Contentplaceholder1_T…_Col00`), the `Generator` meta, `ScriptResource.axd`, the news URL
format `/[yyyy]/[MM]/[dd]/[UrlName]`, `/page/N` pager segments, `-in-tags/tags/` taxonomy
filters, `?sfvrsn=` library links, the Bootstrap breadcrumb widget ("Full path to the current
page"), .NET's th-TH culture (Thai Buddhist calendar by default: "d MMMM yyyy" gives the BE
year, `dddd` the weekday name). No one's code or text was copied.

Everyday variety: the custom detail template prints "วันพฤหัสบดีที่ 12 มีนาคม 2567" and adds
" เวลา 10:30 น." only when the publication time is not midnight (items migrated from the old
portal in 2022-23 carry midnight, so they print the day only); the listing prints "12 มี.ค. 67"
(two-digit BE); a custom `ViewCount` field "จำนวนผู้เข้าชม 1,234 ครั้ง" shown only where it is
set (items since late 2023); "ปรับปรุงล่าสุด 14/3/2567 15:42" only for items edited on a later
day; sources typed by several editors ("ที่มา :", "ข่าว :", "ข่าว/ภาพ :", "เรียบเรียง :", a bold
office sign-off line, or none); captions on some pictures; a thumbnail gallery on some; a
document download on some; "ข่าวที่เกี่ยวข้อง" cards on some; tags on some; share bar; prev/next
with titles; breadcrumb ending in the headline; font-size / contrast bar; mega menu; footer
visitor statistics; PDPA cookie bar; `<title>` is the item title padded with Sitefinity's
whitespace.

Deleted item (linked from page 2): `/th/news/2023/08/21/ind-news-2566-087` answers **200**: the
page shell with an empty news detail widget and "ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

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
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กระทรวงอุตสาหกรรม"
PER = 9
DELETED = "/th/news/2023/08/21/ind-news-2566-087"
MIGRATED_BEFORE = dt.datetime(2023, 7, 1, tzinfo=TZ)
COUNTER_SINCE = dt.datetime(2023, 3, 1, tzinfo=TZ)
SOURCES = [
    ("ข่าว :", "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงอุตสาหกรรม"),
    ("ที่มา :", "สำนักงานอุตสาหกรรมจังหวัดชลบุรี"),
    None,
    ("ข่าว/ภาพ :", "กลุ่มสื่อสารองค์กร สำนักงานปลัดกระทรวงอุตสาหกรรม"),
    (None, "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงอุตสาหกรรม"),  # bold sign-off line
    ("เรียบเรียง :", "กลุ่มงานประชาสัมพันธ์ กองประชาสัมพันธ์"),
]
TAGS = ["อุตสาหกรรม", "SMEs", "BCG", "ภาคตะวันออก", "ความปลอดภัยในโรงงาน", "มอก."]
CAPTIONS = [
    "ภาพ : กองประชาสัมพันธ์ สป.อก.",
    "ผู้บริหารกระทรวงอุตสาหกรรมร่วมถ่ายภาพกับผู้เข้าร่วมงาน",
]
SHARE = "แชร์ข่าวนี้"
VIEWS = "จำนวนผู้เข้าชม"
RELATED = "ข่าวที่เกี่ยวข้อง"
MODIFIED = "ปรับปรุงล่าสุด"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
GALLERY = "ภาพกิจกรรมเพิ่มเติม"
DOWNLOAD = "ดาวน์โหลดเอกสาร"
TAGS_LABEL = "แท็ก :"
COOKIE = (
    "กระทรวงอุตสาหกรรมใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ "
    "ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
)
COOKIE_BTN = "ยอมรับทั้งหมด"
VISITORS = "สถิติผู้เข้าชมเว็บไซต์"
FOOTER = "เลขที่ 75/6 ถนนพระรามที่ 6 แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพมหานคร 10400"
FONT_BAR = "ขนาดตัวอักษร"
BACK = "กลับไปหน้ารวมข่าว"


def th_long(d: dt.datetime) -> str:
    """th-TH 'วันddddที่ d MMMM yyyy' (Thai Buddhist calendar)."""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_list(d: dt.datetime) -> str:
    """th-TH 'd MMM yy': '12 มี.ค. 67'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


def th_short_dt(d: dt.datetime) -> str:
    """th-TH 'd/M/yyyy HH:mm'."""
    return f"{d.day}/{d.month}/{d.year + 543} {d:%H:%M}"


def sfvrsn(n: int) -> str:
    return f"{(n * 2654435761) % 0xFFFFFF:06x}_{n % 3}"


class SitefinitySite(BaseSite):
    key = "b62_sitefinity14_ministry_news"
    family = "generic"
    imitates = (
        "ministry news on Progress Sitefinity 14 (MVC/Feather, Bootstrap 5 package): /page/N "
        "pager segments, /yyyy/MM/dd/UrlName details, th-TH Buddhist-calendar dates with the "
        "time only off midnight, counters only where set, editor-typed sources"
    )
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=21
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # spread the archive over two and a half years (several editors, a migration)
        when = dt.datetime(2024, 6, 27, 8, 0, tzinfo=TZ)
        for i, a in enumerate(arts):
            if i:
                when = when - dt.timedelta(days=18 + (i * 13) % 23)
            when = when.replace(hour=8 + (i * 5) % 9, minute=(i * 23) % 60)
            if when < MIGRATED_BEFORE:
                when = when.replace(hour=0, minute=0)
            a.published = when
            a.time_printed = when.hour != 0 or when.minute != 0
            a.views = a.views if when >= COUNTER_SINCE else None
            if a.modified:
                a.modified = when + dt.timedelta(
                    days=1 + i % 6, hours=3 + i % 7, minutes=(i * 7) % 60
                )
                if i % 3 == 1 or when < MIGRATED_BEFORE:
                    a.modified = None
            be2 = str(when.year + 543)
            a.extra["urlname"] = f"ind-news-{be2}-{120 - i * 3 + (i % 2):03d}"
            a.path = f"/th/news/{when:%Y/%m/%d}/{a.extra['urlname']}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i * 5 + k * 2) % len(TAGS)] for k in range((i + 1) % 3)]
            a.extra["caption"] = CAPTIONS[i % 2] if i % 3 == 0 else None
            a.extra["gallery"] = i % 4 == 2
            a.extra["doc"] = i % 5 == 1
            a.extra["related"] = i % 2 == 0
            a.extra["sfid"] = (
                f"{(i * 7919 + 1234567) % 0xFFFFFFFF:08x}-5c1e-4b7a-9d2f-{(i * 104729) % 0xFFFFFFFFFFFF:012x}"
            )
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert DELETED not in self.by_path and len(self.by_path) == len(arts)
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [9, 9, 5]
        self.tag_slugs = {t: re.sub(r"[^a-z0-9ก-๙]+", "-", t.lower()).strip("-") for t in TAGS}

    def listing_pages(self):
        return ["/th/news"] + [f"/th/news/page/{k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        if not a.extra["related"]:
            return []
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def tag_href(self, t):
        return "/th/news/-in-tags/tags/" + quote(self.tag_slugs[t])

    def img(self, a, k=0, size=""):
        y = a.published.year + 543
        tail = f"-{k}" if k else ""
        return f"/images/default-source/news/{y}/img_{a.extra['urlname']}{tail}.jpg?sfvrsn={sfvrsn(len(a.title) + k)}{size}"

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, side="", head="", crumbs=()):
        crumb_items = "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs[:-1]
        )
        if crumbs:
            crumb_items += (
                f'<li class="breadcrumb-item active" aria-current="page">{esc(crumbs[-1][1])}</li>'
            )
        popular = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="text-muted small d-block">{th_list(x.published)}</span></li>'
            for x in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<title>
\t{esc(title)}
</title>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/ResourcePackages/MoiBootstrap5/assets/dist/css/main.min.css?package=MoiBootstrap5&amp;v=MTQuNC44MTQ2LjA%3d" rel="stylesheet" type="text/css" />
{head}
<meta name="Generator" content="Sitefinity 14.4.8146.0 DX" />
<script src="/ScriptResource.axd?d=ZLr3kq9v2YpNw8_cH1sM4e0bJxA&amp;t=ffffffffd2a4c3e1" type="text/javascript"></script>
</head>
<body>
<div class="sf-skip"><a href="#main" class="visually-hidden-focusable">ข้ามไปยังเนื้อหา</a></div>
<div class="access-bar bg-light border-bottom"><div class="container d-flex justify-content-end small">
<span class="me-2">{FONT_BAR}</span><button class="btn btn-sm" data-font="-1">ก-</button><button class="btn btn-sm" data-font="0">ก</button><button class="btn btn-sm" data-font="1">ก+</button>
<span class="ms-3 me-2">การแสดงผล</span><button class="btn btn-sm" data-contrast="normal">สีปกติ</button><button class="btn btn-sm" data-contrast="high">ขาวดำ</button>
<a class="ms-3" href="/en">EN</a></div></div>
<header class="site-header">
<div class="row" data-sf-element="Row">
<div id="Header_T3F5B1A2B001_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Header">
<nav class="navbar navbar-expand-lg">
<a class="navbar-brand" href="/th"><img src="/images/default-source/default-album/logo-moi.png?sfvrsn=4c2a1e_3" alt="{OFFICE}" height="64" /><span class="ms-2 brand-text">{OFFICE}<small class="d-block">Ministry of Industry</small></span></a>
<button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#nav-main" aria-label="เมนู">เมนู</button>
<div class="collapse navbar-collapse" id="nav-main"><ul class="nav navbar-nav ms-auto">
<li class="nav-item"><a class="nav-link" href="/th">หน้าแรก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/th/about">เกี่ยวกับกระทรวง</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/th/about/history">ประวัติความเป็นมา</a></li><li><a class="dropdown-item" href="/th/about/executives">ผู้บริหาร</a></li><li><a class="dropdown-item" href="/th/about/structure">โครงสร้างองค์กร</a></li></ul></li>
<li class="nav-item dropdown active"><a class="nav-link dropdown-toggle" href="/th/news">ข่าวสาร</a><ul class="dropdown-menu"><li><a class="dropdown-item" href="/th/news">ข่าวประชาสัมพันธ์</a></li><li><a class="dropdown-item" href="/th/executive-news">ข่าวผู้บริหาร</a></li><li><a class="dropdown-item" href="/th/procurement">ประกาศจัดซื้อจัดจ้าง</a></li></ul></li>
<li class="nav-item"><a class="nav-link" href="/th/e-service">บริการอิเล็กทรอนิกส์</a></li>
<li class="nav-item"><a class="nav-link" href="/th/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
</ul></div></nav>
</div></div>
</header>
<main id="main">
<div class="row" data-sf-element="Row">
<div id="Contentplaceholder1_T3F5B1A2B002_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Container">
<nav aria-label="Full path to the current page"><ol class="breadcrumb">{crumb_items}</ol></nav>
<div class="row" data-sf-element="Row">
<div id="Contentplaceholder1_T3F5B1A2B003_Col00" class="sf_colsIn col-lg-8" data-sf-element="Column 1" data-placeholder-label="Column 1">
{content}
</div>
<div id="Contentplaceholder1_T3F5B1A2B003_Col01" class="sf_colsIn col-lg-4" data-sf-element="Column 2" data-placeholder-label="Column 2">
{side}
<div class="card side-popular mb-4"><div class="card-header"><h2 class="h5 mb-0">ข่าวยอดนิยม</h2></div><div class="card-body"><ul class="list-unstyled">{popular}</ul></div></div>
<div class="side-banner"><a href="https://www.oic.go.th/"><img src="/images/default-source/banner/banner-oic.png?sfvrsn=1b2c3d_0" alt="ศูนย์ข้อมูลข่าวสารของราชการ" /></a></div>
</div>
</div>
</div>
</div>
</main>
<footer class="site-footer bg-dark text-white">
<div class="row" data-sf-element="Row"><div id="Footer_T3F5B1A2B004_Col00" class="sf_colsIn container" data-sf-element="Container" data-placeholder-label="Footer">
<div class="row"><div class="col-md-6"><p class="fw-bold">{OFFICE}</p><address>{FOOTER}<br />โทรศัพท์ 0 2430 6000 สายด่วน 1564</address></div>
<div class="col-md-3"><h3 class="h6">{VISITORS}</h3><ul class="list-unstyled small"><li>วันนี้ 3,218</li><li>เดือนนี้ 91,405</li><li>ทั้งหมด 12,804,776</li></ul></div>
<div class="col-md-3"><ul class="list-unstyled small"><li><a href="/th/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/th/website-policy">นโยบายเว็บไซต์</a></li><li><a href="/th/sitemap">แผนผังเว็บไซต์</a></li></ul></div></div>
<p class="small mb-0">Copyright &copy; 2024 {OFFICE} All rights reserved.</p>
</div></div>
</footer>
<div id="pdpa-consent" class="cookie-consent fixed-bottom bg-white shadow p-3" role="dialog" aria-live="polite"><div class="container d-flex align-items-center"><p class="mb-0 me-3">{COOKIE} <a href="/th/cookie-policy">อ่านนโยบายคุกกี้</a></p><button type="button" class="btn btn-primary btn-sm" data-consent="all">{COOKIE_BTN}</button><button type="button" class="btn btn-outline-secondary btn-sm ms-2" data-consent="settings">ตั้งค่าคุกกี้</button></div></div>
<script src="/Frontend-Assembly/Telerik.Sitefinity.Frontend/Mvc/Scripts/Bootstrap5/bootstrap.bundle.min.js?package=MoiBootstrap5&amp;v=MTQuNC44MTQ2LjA%3d" type="text/javascript"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def list_item(self, a, href=None):
        href = href or a.path
        summary = esc(a.paras[0][:150]) + "..."
        return f"""<li class="sf-news-list-item col" data-sf-id="{a.extra["sfid"]}">
<div class="card h-100">
<a href="{href}"><img class="card-img-top" src="{self.img(a)}&amp;size=400" alt="{esc(a.title)}" loading="lazy" /></a>
<div class="card-body">
<div class="text-muted small mb-1"><i class="bi bi-calendar3"></i> {th_list(a.published)}</div>
<h3 class="card-title h6"><a href="{href}" data-sf-field="Title" data-sf-ftype="ShortText">{esc(a.title)}</a></h3>
<p class="card-text small">{summary}</p>
</div>
<div class="card-footer bg-transparent border-0"><a class="btn btn-link btn-sm p-0" href="{href}">อ่านต่อ</a></div>
</div>
</li>"""

    def deleted_item(self):
        return f"""<li class="sf-news-list-item col" data-sf-id="7f3e2a10-5c1e-4b7a-9d2f-00000000a087">
<div class="card h-100">
<a href="{DELETED}"><img class="card-img-top" src="/images/default-source/news/2566/img_ind-news-2566-087.jpg?sfvrsn=3a1f20_1&amp;size=400" alt="" loading="lazy" /></a>
<div class="card-body">
<div class="text-muted small mb-1"><i class="bi bi-calendar3"></i> 21 ส.ค. 66</div>
<h3 class="card-title h6"><a href="{DELETED}" data-sf-field="Title" data-sf-ftype="ShortText">ประกาศผลการคัดเลือกผู้ประกอบการเข้าร่วมโครงการยกระดับอุตสาหกรรม ประจำปีงบประมาณ 2566</a></h3>
<p class="card-text small">ตามที่สำนักงานปลัดกระทรวงอุตสาหกรรมได้เปิดรับสมัครผู้ประกอบการ...</p>
</div>
</div>
</li>"""

    def pager(self, n):
        total = len(self.pages)

        def url(k):
            return "/th/news" if k == 1 else f"/th/news/page/{k}"

        parts = []
        if n > 1:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{url(n - 1)}" aria-label="ก่อนหน้า">&laquo;</a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                parts.append(
                    f'<li class="page-item active" aria-current="page"><a class="page-link" href="{url(k)}">{k}</a></li>'
                )
            else:
                parts.append(
                    f'<li class="page-item"><a class="page-link" href="{url(k)}">{k}</a></li>'
                )
        if n < total:
            parts.append(
                f'<li class="page-item"><a class="page-link" href="{url(n + 1)}" aria-label="ถัดไป">&raquo;</a></li>'
            )
        return (
            '<nav aria-label="Page navigation"><ul class="pagination justify-content-center">'
            + "".join(parts)
            + "</ul></nav>"
        )

    def tag_cloud(self):
        return (
            '<div class="card mb-4"><div class="card-header"><h2 class="h5 mb-0">แท็กยอดนิยม</h2></div><div class="card-body"><ul class="sf-Tags list-inline mb-0">'
            + "".join(
                f'<li class="list-inline-item"><a href="{self.tag_href(t)}" class="badge bg-light text-dark">{esc(t)}</a></li>'
                for t in TAGS
            )
            + "</ul></div></div>"
        )

    def render_list(self, n, items=None, heading="ข่าวประชาสัมพันธ์", crumbs=None):
        rows = [self.list_item(a) for a in (items if items is not None else self.pages[n - 1])]
        if items is None and n == 2:
            rows.insert(2, self.deleted_item())
        pager = self.pager(n) if items is None else ""
        content = f"""<h1 class="page-title">{esc(heading)}</h1>
<div class="sf-news-list">
<ul class="list-unstyled row row-cols-1 row-cols-md-3 g-3">
{chr(10).join(rows)}
</ul>
{pager}
</div>"""
        canon = "/th/news" if n == 1 else f"/th/news/page/{n}"
        return self.html_response(
            self.shell(
                f"{heading} - {OFFICE}",
                content,
                side=self.tag_cloud(),
                head=f'<link rel="canonical" href="{canon}" />',
                crumbs=crumbs or [("/th", "หน้าแรก"), ("/th/news", heading)],
            )
        )

    # ------------------------------------------------------------------ article
    def date_line(self, a):
        d = a.published
        s = th_long(d)
        if a.time_printed:
            s += f" เวลา {d:%H:%M} น."
        return s

    def content_html(self, a):
        out = []
        cap = a.extra["caption"]
        fig = f'<figure class="figure"><img class="figure-img img-fluid" src="{self.img(a)}" alt="" title="{esc(a.extra["urlname"])}" />'
        if cap:
            fig += f'<figcaption class="figure-caption">{esc(cap)}</figcaption>'
        out.append(fig + "</figure>")
        out += [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            lab = a.extra["label"]
            if lab is None:
                out.append(f"<p><strong>{esc(a.source)}</strong></p>")
            elif lab == "ข่าว/ภาพ :":
                out.append(f"<p>{esc(lab)} {esc(a.source)}</p>")
            else:
                out.append(f'<p style="text-align: right;">{esc(lab)} {esc(a.source)}</p>')
        return "\n".join(out)

    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        meta = [
            f'<li class="list-inline-item"><i class="bi bi-calendar3"></i> {self.date_line(a)}</li>'
        ]
        if a.views is not None:
            meta.append(
                f'<li class="list-inline-item news-views"><i class="bi bi-eye"></i> {VIEWS} {a.views:,} ครั้ง</li>'
            )
        mod = ""
        if a.modified:
            mod = f'<p class="text-muted small news-modified">{MODIFIED} {th_short_dt(a.modified)}</p>'
        extras = []
        if a.extra["gallery"]:
            thumbs = "".join(
                f'<li class="col-4 col-md-3"><a href="{self.img(a, k)}" class="sf-Gallery-thumb" data-fancybox="gallery"><img src="{self.img(a, k)}&amp;size=thumbnail" alt="" class="img-fluid" /></a></li>'
                for k in range(1, 9)
            )
            extras.append(
                f'<div class="sf-Gallery-thumbs-container mt-4"><h2 class="h5">{GALLERY}</h2><ul class="sf-Gallery-thumbs list-unstyled row g-2">{thumbs}</ul></div>'
            )
        if a.extra["doc"]:
            y = a.published.year + 543
            extras.append(
                f'<div class="sf-document-link mt-3"><i class="bi bi-file-earmark-pdf"></i> <a href="/docs/default-source/news/{y}/{a.extra["urlname"]}.pdf?sfvrsn={sfvrsn(a.views or 7)}" target="_blank" class="sf-download-link">{DOWNLOAD}</a> <span class="text-muted small">(PDF, 1.2 MB)</span></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                f'<div class="news-tags mt-3"><span class="me-1">{TAGS_LABEL}</span><ul class="sf-Tags list-inline d-inline">'
                + "".join(
                    f'<li class="list-inline-item"><a href="{self.tag_href(t)}" class="badge bg-secondary">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul></div>"
            )
        share = f"""<div class="sf-social-share mt-4"><span class="me-2">{SHARE}</span><ul class="list-inline d-inline"><li class="list-inline-item"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}" target="_blank" rel="noopener" title="Facebook">Facebook</a></li><li class="list-inline-item"><a href="https://social-plugins.line.me/lineit/share?url={quote(url, safe="")}" target="_blank" rel="noopener" title="LINE">LINE</a></li><li class="list-inline-item"><a href="https://twitter.com/intent/tweet?url={quote(url, safe="")}" target="_blank" rel="noopener" title="X">X</a></li><li class="list-inline-item"><a href="javascript:window.print();" title="พิมพ์">พิมพ์</a></li></ul></div>"""
        nav = '<div class="news-prev-next d-flex justify-content-between border-top pt-3 mt-4">'
        nav += (
            f'<a class="news-prev" href="{older.path}"><small class="d-block text-muted">&laquo; {PREV}</small>{esc(older.title)}</a>'
            if older
            else "<span></span>"
        )
        nav += (
            f'<a class="news-next text-end" href="{newer.path}"><small class="d-block text-muted">{NEXT} &raquo;</small>{esc(newer.title)}</a>'
            if newer
            else "<span></span>"
        )
        nav += "</div>"
        rel = self.related(a)
        related = ""
        if rel:
            related = (
                f'<section class="news-related mt-5"><h2 class="h5">{RELATED}</h2><div class="row row-cols-1 row-cols-md-3 g-3">'
                + "".join(
                    f'<div class="col"><div class="card h-100"><img class="card-img-top" src="{self.img(x)}&amp;size=400" alt="" /><div class="card-body"><span class="text-muted small">{th_list(x.published)}</span><h3 class="h6"><a href="{x.path}">{esc(x.title)}</a></h3></div></div></div>'
                    for x in rel
                )
                + "</div></section>"
            )
        content = f"""<div class="sf-news-details news-detail" data-sf-id="{a.extra["sfid"]}" data-sf-type="Telerik.Sitefinity.News.Model.NewsItem">
<h1 class="news-detail-title" data-sf-field="Title" data-sf-ftype="ShortText">{esc(a.title)}</h1>
<ul class="list-inline text-muted news-detail-meta">{"".join(meta)}</ul>
<div class="sf-Long-text news-detail-content" data-sf-field="Content" data-sf-ftype="LongText">
{self.content_html(a)}
</div>
{chr(10).join(extras)}
{mod}
{tags}
{share}
{nav}
<p class="mt-3"><a href="/th/news" class="btn btn-outline-primary btn-sm">{BACK}</a></p>
</div>
{related}"""
        head = f"""<link rel="canonical" href="{url}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />
<meta property="og:image" content="{base}{self.img(a)}" />
<meta property="og:site_name" content="{OFFICE}" />"""
        return self.html_response(
            self.shell(
                a.title,
                content,
                head=head,
                crumbs=[("/th", "หน้าแรก"), ("/th/news", "ข่าวประชาสัมพันธ์"), ("", a.title)],
            )
        )

    def render_deleted(self):
        content = """<div class="sf-news-details news-detail">
<div class="alert alert-light text-center my-5" role="status"><p class="mb-2">ไม่พบข้อมูลข่าวที่ท่านต้องการ</p><p class="small text-muted mb-0">ข่าวนี้อาจถูกยกเลิกการเผยแพร่หรือถูกย้ายไปแล้ว</p></div>
<p class="text-center"><a href="/th/news" class="btn btn-outline-primary btn-sm">กลับไปหน้ารวมข่าว</a></p>
</div>"""
        return self.html_response(
            self.shell(
                "ข่าวประชาสัมพันธ์",
                content,
                crumbs=[("/th", "หน้าแรก"), ("", "ข่าวประชาสัมพันธ์")],
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = path.rstrip("/") or "/"
        if path in ("/", "/th"):
            return 302, {"Location": "/th/news"}, b""
        if path == "/th/news":
            return self.render_list(1)
        m = re.fullmatch(r"/th/news/page/(\d+)", path)
        if m:
            n = int(m[1])
            return self.render_list(n) if 1 <= n <= len(self.pages) else None
        if path == DELETED:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a:
            return self.render_article(a, base)
        m = re.fullmatch(r"/th/news/-in-tags/tags/(.+)", path)
        if m:
            from urllib.parse import unquote

            slug = unquote(m[1])
            tag = next((t for t, s in self.tag_slugs.items() if s == slug), None)
            if tag is None:
                return None
            items = [a for a in self.articles if tag in a.tags]
            return self.render_list(
                1,
                items=items,
                heading="ข่าวประชาสัมพันธ์",
                crumbs=[("/th", "หน้าแรก"), ("/th/news", "ข่าวประชาสัมพันธ์"), ("", tag)],
            )
        return None

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
                COOKIE,
                COOKIE_BTN,
                VISITORS,
                FOOTER,
                FONT_BAR,
                BACK,
                "ข่าวยอดนิยม",
                PREV,
                NEXT,
            ]
            if a.views is not None:
                must_not.append(f"{VIEWS} {a.views:,} ครั้ง")
            if a.extra["caption"]:
                must_not.append(a.extra["caption"])
            if a.extra["gallery"]:
                must_not.append(GALLERY)
            if a.extra["doc"]:
                must_not.append(DOWNLOAD)
            if a.modified:
                must_not.append(f"{MODIFIED} {th_short_dt(a.modified)}")
            if self.related(a):
                must_not.append(RELATED)
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in self.articles[:4] if x.title != a.title]
            must_not += [x.title for x in (older, newer) if x and x.title != a.title]
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


SITE = SitefinitySite()

if __name__ == "__main__":
    main(SITE)
