"""Blind-47 red-team site (part A): **a home-grown news module on Phalcon 3.4 (PHP 7.2, Volt
templates, Bootstrap 4)** of a regional disaster-prevention centre, built blind.

What it imitates:
- Phalcon's default router `/:controller/:action/:params`: items `/news/view/<id>`, listing
  `/news` with the QueryBuilder paginator's `?page=N` (Volt pager "หน้าแรก / ก่อนหน้า / ถัดไป /
  หน้าสุดท้าย" and "หน้า 2 จาก 3"); `X-Powered-By: PHP/7.2.24`, `/public/` assets, `/news/rss`;
- **served as `Content-Type: text/html` without a charset, no `<meta charset>` either, the
  body UTF-8 with a byte-order mark** (the layout file was saved "UTF-8 with BOM" in an editor);
- the listing **grouped under month headings** (`h5.month-head` "มีนาคม ๒๕๖๗") with **only the
  day** (Thai digits) in each row, the reads "(๑๒๓)" after an eye icon;
- the item page: **`<title>` = centre name on every page, `h1` = section "ข่าวประชาสัมพันธ์"; the
  headline only in `div.subject` and `og:title`**; breadcrumbs ending in the headline cut at 40
  characters + "..."; the date only in a **labelled line "ข่าววันที่ ๕ มี.ค. ๖๗" (Thai digits,
  two-digit BE year) with "เวลา ๑๐.๓๐ น." for some**, no machine date anywhere; an eye icon and
  **"(๑,๒๓๔)"** for the reads; "แก้ไขล่าสุด ๗ มี.ค. ๖๗" (day only) for edited items;
  a font-size / print tool bar and the share row **inside the content container**; the text in
  **several `div.paragraph` blocks with a photo gallery (captions) between them** on some;
  **"เครดิต: <office>" or "Cr. <office>"** as the last line on some; "คำค้น :" tags on some;
  prev/next "ข่าวก่อนหน้า : <title>" / "ข่าวถัดไป : <title>", "ข่าวอื่นๆ" with titles and dates,
  PDPA cookie bar, visitor counter in Thai digits.
Deleted: `/news/view/415`, linked from page 2 — 200 with the empty item template and
"ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

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
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

CENTRE = "ศูนย์ป้องกันและบรรเทาสาธารณภัย เขต ๖ ขอนแก่น"
LIST = "/news"
PER = 9
BOM = "\ufeff"
DELETED_ID = 415
DELETED = f"/news/view/{DELETED_ID}"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
SOURCES = [
    ("เครดิต:", "ส่วนป้องกันสาธารณภัย ศูนย์ ปภ.เขต ๖ ขอนแก่น"),
    None,
    ("Cr.", "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดกาฬสินธุ์"),
    None,
    ("เครดิต:", "ฝ่ายบริหารทั่วไป ศูนย์ ปภ.เขต ๖ ขอนแก่น"),
    None,
    None,
]
TAGS = ["สาธารณภัย", "อุทกภัย", "อปพร.", "ภัยแล้ง", "ขอนแก่น", "ฝึกซ้อมแผน"]
FONT_TOOL = "ขนาดตัวอักษร"
SHARE = "แบ่งปันข่าวนี้"
OTHER = "ข่าวอื่นๆ"
PREV = "ข่าวก่อนหน้า :"
NEXT = "ข่าวถัดไป :"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
COUNTER = "ผู้เข้าชมทั้งหมด ๑,๒๐๓,๘๘๗ ครั้ง"
FOOTER = "๑๘๑ หมู่ ๑๗ ถนนมิตรภาพ ตำบลศิลา อำเภอเมืองขอนแก่น จังหวัดขอนแก่น ๔๐๐๐๐"
GALLERY_CAPTION = "ภาพกิจกรรมเพิ่มเติม"


def th_short(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗'."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def th_hm(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


def cut(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + "..."


class PhalconSite(BaseSite):
    key = "b47_phalcon_volt_bom"
    family = "generic"
    imitates = "home-grown news module on Phalcon 3.4 (PHP 7.2, Volt, Bootstrap 4), regional disaster-prevention centre: /news/view/<id>, /news?page=N (QueryBuilder paginator); Content-Type text/html without charset, no meta charset, UTF-8 body with a BOM; listing grouped under Thai-digit month headings with only the day per row and '(๑๒๓)' reads after an eye icon; item: <title> = centre name, h1 = section, headline only in div.subject and og:title, breadcrumb cut at 40 chars; date only in 'ข่าววันที่ ๕ มี.ค. ๖๗' (+ 'เวลา ๑๐.๓๐ น.' for some), no machine date; eye icon '(๑,๒๓๔)'; 'แก้ไขล่าสุด' day-only for edited items; font-size/print bar and share row inside the content; text in several div.paragraph blocks with a captioned gallery between them on some; 'เครดิต:' / 'Cr.' source line on some; 'คำค้น :' tags; prev/next with titles, 'ข่าวอื่นๆ', PDPA cookie bar, Thai-digit visitor counter; deleted = empty item template (200, 'ไม่พบข้อมูลข่าวที่ท่านต้องการ')"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 26, 17, 0, tzinfo=TZ), offset=877
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 447 - i - (i // 5)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"/news/view/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(0 if i % 3 == 2 else 1 + i % 2)]
            a.views = 23 + (i * 389) % 4100
            a.extra["gallery"] = i % 3 == 0 and len(a.paras) >= 3
            if a.modified and a.modified.date() <= a.published.date():
                a.modified = None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?page={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = (BOM + text).encode("utf-8")
        return status, {"Content-Type": "text/html", "X-Powered-By": "PHP/7.2.24"}, body

    # ------------------------------------------------------------ chrome

    def shell(self, content, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{CENTRE}</title>
<link rel="shortcut icon" href="/public/img/favicon.ico">
<link rel="stylesheet" href="/public/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/public/vendor/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="/public/css/style.css?v=20230915">
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/news/rss">
{head_extra}
</head>
<body>
<div class="topbar bg-dark text-white small"><div class="container"><a href="/" class="text-white">หน้าหลัก</a> | <a href="/contact" class="text-white">ติดต่อเรา</a> | <a href="/sitemap" class="text-white">แผนผังเว็บไซต์</a></div></div>
<header class="site-header"><div class="container"><a href="/"><img src="/public/img/logo-ddpm.png" alt="{CENTRE}" class="logo"></a><span class="site-name">{CENTRE}</span><br><span class="site-sub">กรมป้องกันและบรรเทาสาธารณภัย กระทรวงมหาดไทย</span></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับศูนย์</a></li><li class="nav-item active"><a class="nav-link" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li></ul></div></nav>
<main class="container py-3">
{content}
</main>
<footer class="site-footer bg-dark text-white"><div class="container"><p>{CENTRE}<br>{FOOTER}<br>โทรศัพท์ ๐-๔๓๒๔-๖๗๓๐</p><p class="counter"><i class="fa fa-users"></i> {COUNTER}</p><p class="small">&copy; ๒๕๖๗ {CENTRE}</p></div></footer>
<div id="pdpa-bar" class="fixed-bottom bg-light p-2 small">{COOKIE} <button type="button" class="btn btn-sm btn-primary" id="pdpa-accept">ยอมรับ</button></div>
<script src="/public/vendor/jquery/jquery.min.js"></script>
<script src="/public/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/public/js/fontsize.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        n = len(self.pages)
        rows = []
        month = None
        items = list(self.pages[k])
        for j, a in enumerate(items):
            m = (a.published.year, a.published.month)
            if m != month:
                if month is not None:
                    rows.append("</ul>")
                rows.append(
                    f'<h5 class="month-head">{MONTHS[a.published.month - 1]} {thai_digits(be(a.published))}</h5><ul class="list-unstyled news-list">'
                )
                month = m
            rows.append(
                f'<li class="news-row"><span class="day badge badge-secondary">{thai_digits(a.published.day)}</span> <a href="/news/view/{a.id}">{esc(a.title)}</a> <span class="hits text-muted"><i class="fa fa-eye"></i> ({th_num(a.views)})</span></li>'
            )
            if k == 1 and j == 4:
                rows.append(
                    f'<li class="news-row"><span class="day badge badge-secondary">{thai_digits(a.published.day)}</span> <a href="{DELETED}">ประชุมคณะทำงานศูนย์บัญชาการเหตุการณ์ (ยกเลิก)</a> <span class="hits text-muted"><i class="fa fa-eye"></i> (๐)</span></li>'
                )
        rows.append("</ul>")
        pager = '<nav aria-label="pager"><ul class="pagination justify-content-center">'
        pager += f'<li class="page-item"><a class="page-link" href="{LIST}">หน้าแรก</a></li>'
        if k > 0:
            pager += (
                f'<li class="page-item"><a class="page-link" href="{LIST}?page={k}">ก่อนหน้า</a></li>'
            )
        if k + 1 < n:
            pager += f'<li class="page-item"><a class="page-link" href="{LIST}?page={k + 2}">ถัดไป</a></li>'
        pager += f'<li class="page-item"><a class="page-link" href="{LIST}?page={n}">หน้าสุดท้าย</a></li></ul>'
        pager += f'<p class="text-center small">หน้า {k + 1} จาก {n}</p></nav>'
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li></ol>
<h1 class="section-title">ข่าวประชาสัมพันธ์</h1>
<div class="news-archive">
{"".join(rows)}
</div>
{pager}"""
        return self.shell(content)

    # ------------------------------------------------------------ item

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [x for x in self.articles[:6] if x is not a][:5]

    def item(self, a):
        blocks = []
        paras = a.paras
        if a.extra["gallery"]:
            half = (len(paras) + 1) // 2
            groups = [paras[:1], paras[1:half], paras[half:]]
        else:
            groups = [paras]
        for g, grp in enumerate(groups):
            if not grp:
                continue
            blocks.append(
                '<div class="paragraph">' + "".join(f"<p>{esc(p)}</p>" for p in grp) + "</div>"
            )
            if a.extra["gallery"] and g < 2:
                pics = "".join(
                    f'<figure class="figure col-4"><a href="/public/upload/news/{a.id}/{a.id}_{g * 3 + s}.jpg" data-fancybox="gallery"><img src="/public/upload/news/{a.id}/thumb_{a.id}_{g * 3 + s}.jpg" class="figure-img img-fluid" alt=""></a><figcaption class="figure-caption">{GALLERY_CAPTION} {thai_digits(g * 3 + s + 1)}</figcaption></figure>'
                    for s in range(3)
                )
                blocks.append(f'<div class="gallery row">{pics}</div>')
        if a.source:
            blocks.append(
                f'<div class="paragraph"><p class="text-right">{a.extra["label"]} {esc(a.source)}</p></div>'
            )
        date_line = f"ข่าววันที่ {th_short(a.published)}"
        if a.time_printed:
            date_line += f" เวลา {th_hm(a.published)} น."
        edited = (
            f'<span class="edited ml-3">แก้ไขล่าสุด {th_short(a.modified)}</span>'
            if a.modified
            else ""
        )
        tags = (
            '<div class="news-tags">คำค้น : '
            + ", ".join(f'<a href="/news/tag/{esc(t)}">{esc(t)}</a>' for t in a.tags)
            + "</div>"
            if a.tags
            else ""
        )
        newer, older = self.neighbours(a)
        nav = '<div class="news-nav row">'
        if older:
            nav += f'<div class="col-6"><a href="/news/view/{older.id}">{PREV} {esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="col-6 text-right"><a href="/news/view/{newer.id}">{NEXT} {esc(newer.title)}</a></div>'
        nav += "</div>"
        others = "".join(
            f'<li><a href="/news/view/{x.id}">{esc(x.title)}</a> <small class="text-muted">{th_short(x.published)}</small></li>'
            for x in self.others(a)
        )
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">{esc(cut(a.title))}</li></ol>
<h1 class="section-title">ข่าวประชาสัมพันธ์</h1>
<div class="row">
<div class="col-lg-9">
<div class="news-detail card card-body">
<div class="subject">{esc(a.title)}</div>
<div class="news-meta text-muted small"><span class="news-date"><i class="fa fa-calendar"></i> {date_line}</span>{edited} <span class="hits ml-3"><i class="fa fa-eye"></i> ({th_num(a.views)})</span></div>
<div class="tools text-right"><span>{FONT_TOOL}</span> <a href="#" class="fs-dec">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-inc">ก+</a> | <a href="/news/print/{a.id}" target="_blank"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="detail">
{"".join(blocks)}
</div>
{tags}
<div class="share">{SHARE} <a href="https://www.facebook.com/sharer/sharer.php?u=/news/view/{a.id}" class="btn btn-sm btn-facebook"><i class="fa fa-facebook"></i> Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=/news/view/{a.id}" class="btn btn-sm btn-line">LINE</a> <a href="https://twitter.com/intent/tweet?url=/news/view/{a.id}" class="btn btn-sm btn-twitter"><i class="fa fa-twitter"></i> Twitter</a></div>
{nav}
</div>
</div>
<div class="col-lg-3"><div class="card"><div class="card-header">{OTHER}</div><ul class="list-unstyled p-2 other-news">{others}</ul></div></div>
</div>"""
        head = f"""<meta name="description" content="{esc(a.paras[0][:140])}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:image" content="/public/upload/news/{a.id}/cover.jpg">"""
        return self.shell(content, head)

    def not_found(self):
        content = f"""<ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active"></li></ol>
<h1 class="section-title">ข่าวประชาสัมพันธ์</h1>
<div class="row"><div class="col-lg-9"><div class="news-detail card card-body">
<div class="subject"></div>
<div class="news-meta text-muted small"><span class="news-date"><i class="fa fa-calendar"></i> ข่าววันที่ </span> <span class="hits ml-3"><i class="fa fa-eye"></i> ()</span></div>
<div class="detail"><div class="alert alert-warning">{NOT_FOUND}</div></div>
</div></div></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        if path in (LIST, LIST + "/", LIST + "/index"):
            page = query.get("page", ["1"])[0]
            if page.isdigit() and 1 <= int(page) <= len(self.pages):
                return self.html_response(self.listing(int(page) - 1))
            return None
        if path.startswith("/news/view/"):
            rest = path[len("/news/view/") :].rstrip("/")
            if rest == str(DELETED_ID):
                return self.html_response(self.not_found())
            if rest.isdigit() and int(rest) in self.by_id:
                return self.html_response(self.item(self.by_id[int(rest)]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"({th_num(a.views)})",
                FONT_TOOL,
                SHARE,
                OTHER,
                PREV,
                NEXT,
                COOKIE,
                COUNTER,
                FOOTER,
                "คำค้น :",
                f"ข่าววันที่ {th_short(a.published)}",
            ]
            if a.extra["gallery"]:
                must_not.append(GALLERY_CAPTION)
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = PhalconSite()

if __name__ == "__main__":
    main(SITE)
