"""Blind-30 red-team site: an in-house **Nette Framework 3 + Latte 3** news presenter (Bootstrap 5,
naja.js) built by a Czech-trained contractor for a provincial cooperative office
(สำนักงานสหกรณ์จังหวัดตราด), built blind.

What it imitates:
- Nette fingerprints: `X-Powered-By: Nette Framework 3`, `/assets/naja.min.js`, `data-naja`,
  `?do=` signal links (`?do=fontSize-up`), a search form with `_do=searchForm-submit`,
  `div.flash` messages, presenter-style URLs `/news/show/<id>`;
- **the same `<title>` and `og:title` (the office name) on every page; `h1` is the office name
  in the header; the headline only in `p.news-heading` (a lead paragraph) and a breadcrumb
  cut to 40 characters**;
- **dates in Latte's Czech default `|date:'j. n. Y, H:i'`: "5. 3. 2024, 14:20"** (day first,
  spaced dots, CE) after "ลงข่าวเมื่อ", **the time only for items entered with one**
  ("5. 3. 2024" otherwise); "แก้ไขล่าสุด 7. 3. 2024, 09:12" for edited items only;
- **the counter with Nette's `|number` and a no-break-space thousands separator:
  "เปิดอ่าน 1&nbsp;234 ครั้ง"**;
- inside `div.news-detail`: tool row (ขนาดตัวอักษร ก- ก ก+, พิมพ์), the text, a gallery
  "ภาพกิจกรรม" (some), "ไฟล์แนบ" (some), a `dl.news-meta` with "ข่าว/ภาพ" (some) and
  "คำสำคัญ" hashtags, share row "แชร์ข่าวนี้", prev / next with titles; "ข่าวอื่นๆ" list with
  dates after it; footer visitor counter; cookie bar.
- listing: `/news/`, **Nette component pagination `/news/?paginator-page=2`** (numbers,
  "« ก่อนหน้า" / "ถัดไป »"), 8 a page.
Deleted: `/news/show/<id>` of a hidden item: 200 with the flash "ข่าวนี้ถูกซ่อนหรือถูกลบออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสหกรณ์จังหวัดตราด"
SOURCES = [
    None,
    "กลุ่มส่งเสริมสหกรณ์ 1",
    None,
    "กลุ่มจัดตั้งและส่งเสริมการเงินการบัญชี",
    "สหกรณ์การเกษตรเมืองตราด จำกัด",
]
PER_PAGE = 8
DELETED_ID = 1477
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 93 118 ครั้ง"
NBSP = "\u00a0"


def cz(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day}. {d.month}. {d.year}"
    return f"{s}, {d:%H:%M}" if with_time else s


def num(n: int) -> str:
    return f"{n:,}".replace(",", NBSP)


def cut(s: str, n: int = 40) -> str:
    return s if len(s) <= n else s[:n] + "…"


class NetteSite(BaseSite):
    key = "b30_nette_latte"
    family = "generic"
    imitates = "in-house Nette 3 + Latte 3 news presenter, provincial cooperative office: same <title>/og:title everywhere, h1 = office, headline only in p.news-heading; Czech Latte dates '5. 3. 2024, 14:20' (time only for some); 'แก้ไขล่าสุด' for edited only; 'เปิดอ่าน 1 234 ครั้ง' with a no-break-space separator; dl 'ข่าว/ภาพ' (some), 'คำสำคัญ' hashtags; tools, share, gallery, files, prev/next titles, 'ข่าวอื่นๆ'; component pagination /news/?paginator-page=N; deleted = hidden item answering 200 with a flash message"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 5, 30, 16, 30, tzinfo=TZ), offset=317
        )
        drop_corpus_signoffs(arts)
        nid = 1531
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/news/show/{a.id}"
            a.extra["gallery"] = i % 4 == 2
            a.extra["file"] = i % 6 == 1
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted_path = f"/news/show/{DELETED_ID}"
        assert DELETED_ID not in {a.id for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?paginator-page={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [self.deleted_path]

    def html_response(self, text, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers["X-Powered-By"] = "Nette Framework 3"
        return status, headers, body

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb, extra_head=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{OFFICE}</title>
	<meta property="og:title" content="{OFFICE}">
	<meta property="og:site_name" content="{OFFICE}">
{extra_head}	<link rel="stylesheet" href="/assets/bootstrap.min.css?v=5.3.2">
	<link rel="stylesheet" href="/assets/bootstrap-icons.min.css">
	<link rel="stylesheet" href="/assets/app.css?v=1716950400">
	<link rel="alternate" type="application/rss+xml" href="/news/rss" title="ข่าวประชาสัมพันธ์">
</head>
<body class="presenter-news">
<div class="topbar bg-success text-white small py-1"><div class="container d-flex justify-content-between"><span>กรมส่งเสริมสหกรณ์ กระทรวงเกษตรและสหกรณ์</span><span><a class="text-white" href="/sign/in">เข้าสู่ระบบเจ้าหน้าที่</a></span></div></div>
<header class="site-header py-3 border-bottom"><div class="container d-flex align-items-center">
	<a href="/" class="brand d-flex align-items-center text-decoration-none"><img src="/assets/img/cpd-logo.png" alt="" width="64"><h1 class="h3 ms-3 mb-0">{OFFICE}</h1></a>
	<form action="/search/" method="post" id="frm-searchForm" class="ms-auto d-flex" data-naja><input type="text" name="q" id="frm-searchForm-q" class="form-control" placeholder="ค้นหา"><input type="submit" name="send" class="btn btn-success ms-1" value="ค้นหา"><input type="hidden" name="_do" value="searchForm-submit"></form>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><ul class="navbar-nav">
	<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
	<li class="nav-item"><a class="nav-link" href="/about/">เกี่ยวกับหน่วยงาน</a></li>
	<li class="nav-item"><a class="nav-link active" href="/news/">ข่าวประชาสัมพันธ์</a></li>
	<li class="nav-item"><a class="nav-link" href="/coop/">ข้อมูลสหกรณ์</a></li>
	<li class="nav-item"><a class="nav-link" href="/contact/">ติดต่อเรา</a></li>
</ul></div></nav>
<main class="container my-4">
	<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>{crumb}</ol></nav>
	<div id="snippet--flashes"></div>
{content}
</main>
<footer class="site-footer bg-dark text-light py-4 small"><div class="container">
	<p>{OFFICE} 111 ถนนราษฎร์นิยม ตำบลบางพระ อำเภอเมืองตราด จังหวัดตราด 23000 โทร. 0-3951-1063</p>
	<p class="counter">{SITE_COUNTER.replace(" 93 118", " 93" + NBSP + "118")}</p>
	<p>&copy; 2567 {OFFICE} สงวนลิขสิทธิ์</p>
</div></footer>
<div id="cookie-bar" class="cookie-bar fixed-bottom bg-light border-top p-3" hidden><div class="container d-flex"><p class="mb-0">เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นเพื่อการทำงานของเว็บไซต์ อ่าน<a href="/privacy/">นโยบายความเป็นส่วนตัว</a></p><button class="btn btn-success ms-auto" data-cookie-accept>ตกลง</button></div></div>
<script src="/assets/bootstrap.bundle.min.js"></script>
<script src="/assets/naja.min.js"></script>
<script src="/assets/app.js?v=1716950400"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def item(self, a, href, title):
        return f"""<div class="col-md-6 col-lg-3 mb-4"><div class="card h-100 news-card">
	<a href="{href}"><img src="/storage/news/{a.id}/thumb.jpg" class="card-img-top" alt=""></a>
	<div class="card-body"><p class="news-date text-muted small"><i class="bi bi-calendar3"></i> {cz(a.published, False)}</p>
	<p class="card-text"><a href="{href}" class="stretched-link text-decoration-none">{esc(cut(title, 70))}</a></p></div>
</div></div>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return "/news/" if j == 0 else f"/news/?paginator-page={j + 1}"

        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k - 1)}">« ก่อนหน้า</a></li>'
            )
        else:
            items.append(
                '<li class="page-item disabled"><span class="page-link">« ก่อนหน้า</span></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active"><span class="page-link">{j + 1}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{href(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k + 1)}">ถัดไป »</a></li>'
            )
        else:
            items.append(
                '<li class="page-item disabled"><span class="page-link">ถัดไป »</span></li>'
            )
        return f'<nav class="visual-paginator"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.item(a, a.path, a.title) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                self.item(
                    self.pages[1][3],
                    self.deleted_path,
                    "ประกาศรายชื่อสหกรณ์ที่ผ่านเกณฑ์มาตรฐานสหกรณ์ ประจำปี 2567",
                ),
            )
        content = f"""<h2 class="section-title mb-3">ข่าวประชาสัมพันธ์</h2>
<div class="row" id="snippet--newsList">
{"".join(rows)}</div>
{self.pager(k)}"""
        return self.shell(
            content, '<li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li>'
        )

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [o for o in self.articles if o is not a][:5]

    def detail(self, a):
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        meta = f'<span class="me-3"><i class="bi bi-calendar3"></i> ลงข่าวเมื่อ {cz(a.published, a.time_printed)}</span>'
        if a.modified:
            meta += f'<span class="me-3"><i class="bi bi-pencil"></i> แก้ไขล่าสุด {cz(a.modified, True)}</span>'
        meta += f'<span class="views"><i class="bi bi-eye"></i> เปิดอ่าน {num(a.views)} ครั้ง</span>'
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<a href="/storage/news/{a.id}/{j}.jpg" class="col-4 col-md-2" data-fancybox="gallery"><img src="/storage/news/{a.id}/{j}_thumb.jpg" class="img-fluid rounded" alt=""></a>'
                for j in range(1, 7)
            )
            gallery = f'<div class="news-gallery mt-4"><h5>ภาพกิจกรรม</h5><div class="row g-2">{imgs}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files mt-4"><h5>ไฟล์แนบ</h5><ul><li><a href="/storage/news/{a.id}/files/doc-{a.id}.pdf" target="_blank"><i class="bi bi-file-earmark-pdf"></i> doc-{a.id}.pdf</a> <small class="text-muted">(312 kB)</small></li></ul></div>'
        dl = ""
        if a.source:
            dl += f'<dt class="col-sm-2">ข่าว/ภาพ</dt><dd class="col-sm-10">{esc(a.source)}</dd>'
        if a.tags:
            tags = " ".join(
                f'<a href="/news/tag/{esc(t)}" class="badge bg-light text-success">#{esc(t)}</a>'
                for t in a.tags
            )
            dl += f'<dt class="col-sm-2">คำสำคัญ</dt><dd class="col-sm-10">{tags}</dd>'
        dl = f'<dl class="news-meta row mt-4">{dl}</dl>' if dl else ""
        newer, older = self.neighbours(a)
        nav = '<div class="news-prevnext d-flex justify-content-between mt-4 border-top pt-3">'
        nav += (
            f'<a href="{older.path}" class="prev">« ข่าวก่อนหน้า<br><small>{esc(older.title)}</small></a>'
            if older
            else "<span></span>"
        )
        nav += (
            f'<a href="{newer.path}" class="next text-end">ข่าวถัดไป »<br><small>{esc(newer.title)}</small></a>'
            if newer
            else "<span></span>"
        )
        nav += "</div>"
        others = "".join(
            f'<li class="list-group-item"><a href="{o.path}">{esc(o.title)}</a> <small class="text-muted">{cz(o.published, False)}</small></li>'
            for o in self.others(a)
        )
        content = f"""<div class="row">
<div class="col-lg-9">
<div class="news-detail card card-body">
	<p class="news-heading lead fw-bold text-success">{esc(a.title)}</p>
	<div class="news-info text-muted small mb-3">{meta}</div>
	<div class="news-tools mb-3 small"><span class="me-2">ขนาดตัวอักษร</span><a href="?do=fontSize-down" class="ajax btn btn-sm btn-outline-secondary" data-naja-history="off">ก-</a> <a href="?do=fontSize-reset" class="ajax btn btn-sm btn-outline-secondary">ก</a> <a href="?do=fontSize-up" class="ajax btn btn-sm btn-outline-secondary">ก+</a> <a href="javascript:window.print()" class="btn btn-sm btn-outline-secondary ms-2"><i class="bi bi-printer"></i> พิมพ์</a></div>
	<div class="news-content">
{body}
	</div>
	{gallery}{files}{dl}
	<div class="news-share mt-3"><span class="me-2">แชร์ข่าวนี้</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://trat.cpd.go.th{a.path}" target="_blank" class="btn btn-sm btn-primary"><i class="bi bi-facebook"></i> Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https://trat.cpd.go.th{a.path}" target="_blank" class="btn btn-sm btn-success">LINE</a> <button class="btn btn-sm btn-secondary" data-copy="https://trat.cpd.go.th{a.path}">คัดลอกลิงก์</button></div>
	{nav}
</div>
</div>
<aside class="col-lg-3"><div class="card"><div class="card-header">ข่าวอื่นๆ</div><ul class="list-group list-group-flush">{others}</ul></div></aside>
</div>"""
        crumb = f'<li class="breadcrumb-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">{esc(cut(a.title))}</li>'
        head = f'\t<link rel="canonical" href="https://trat.cpd.go.th{a.path}">\n\t<meta property="og:type" content="article">\n\t<meta property="og:image" content="https://trat.cpd.go.th/storage/news/{a.id}/thumb.jpg">\n'
        return self.shell(content, crumb, head)

    def hidden(self):
        content = """<div class="flash alert alert-warning">ข่าวนี้ถูกซ่อนหรือถูกลบออกจากระบบแล้ว</div>
<div class="news-detail card card-body"><p class="news-heading lead fw-bold text-success"></p><div class="news-content"></div><p><a href="/news/" class="btn btn-success">กลับไปหน้าข่าวประชาสัมพันธ์</a></p></div>"""
        return self.shell(
            content, '<li class="breadcrumb-item"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>'
        )

    def route(self, path, query, raw_query, base):
        if path == "/news/":
            p = qs1(query, "paginator-page", "1")
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(p) - 1))
        if path == "/news":
            return 301, {"Location": base + "/news/"}, b""
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_path:
            return self.html_response(self.hidden())
        if path == "/":
            return 302, {"Location": base + "/news/"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                OFFICE,
                cz(a.published, a.time_printed),
                "ลงข่าวเมื่อ",
                f"เปิดอ่าน {num(a.views)} ครั้ง",
                "ขนาดตัวอักษร",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ",
                "คำสำคัญ",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนราษฎร์นิยม",
                "เข้าสู่ระบบเจ้าหน้าที่",
                "จำนวนผู้เข้าชมเว็บไซต์",
            ]
            if a.modified:
                must_not += ["แก้ไขล่าสุด", cz(a.modified, True)]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", f"doc-{a.id}.pdf"]
            must_not += [f"#{t}" for t in a.tags]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = NetteSite()

if __name__ == "__main__":
    main(SITE)
