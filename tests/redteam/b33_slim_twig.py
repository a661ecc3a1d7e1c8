"""Blind-33 red-team site (part A): a home-made **PHP Slim 4 + Twig 3** news module
(Bootstrap 5 layout, `/assets/vendor/`, `X-Powered-By: PHP/8.2`, a `PHPSESSID` cookie) of a
provincial labour office (สำนักงานแรงงานจังหวัดน่าน), built blind.

What it imitates (the hard one of the pair):
- **`<title>` is the site name only; `h1` is the office name in the header**; the headline
  is only in `div.news-view > p.news-topic` (no h-tag, no og:title, no JSON-LD);
- the meta block is a `<dl class="news-meta">`: "วันที่ลงข่าว" with the date **split across
  spans in Thai digits** (`span.d` "๕", `span.m` "มีนาคม", `span.y` "๒๕๖๗") and the time
  "เวลา ๑๔.๒๐ น." in a separate `dd` row (some items only); "ปรับปรุงล่าสุด" with
  "๑๙ ก.ย. ๖๗ ๐๖:๓๑" (abbreviated month, two-digit BE year, edited items only);
  "จำนวนผู้อ่าน" "๑,๗๗๙" (Thai digits, no "ครั้ง");
- inside `div.news-view`: font-size "ก- ก ก+", "พิมพ์หน้านี้", share row "แชร์ข่าวนี้" with
  LINE / Facebook / "คัดลอกลิงก์", image gallery (some), "ข่าว/ภาพ: office" (some),
  attachment list "เอกสารแนบ" with Thai-digit download count (some), `#tag` chips,
  "ข่าวที่เกี่ยวข้อง" list (with Thai-digit dates) **inside the same container**,
  prev/next with neighbour titles;
- **keyset pagination**: `/news`, then `/news?before=<id of the last item shown>` — only
  "« ข่าวใหม่กว่า" / "ข่าวเก่ากว่า »" links, no page numbers;
- article URLs `/news/view/<id>`; unknown ids and paths 404 (Slim's HttpNotFoundException page).
Deleted: `/news/view/<id>` of a withdrawn item: the detail template rendered with an empty
record (200), "ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว".
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

OFFICE = "สำนักงานแรงงานจังหวัดน่าน"
SITE_NAME = "ระบบข่าวประชาสัมพันธ์ สำนักงานแรงงานจังหวัดน่าน"
PER_PAGE = 8
DELETED_ID = 2291
SOURCES = [None, "กลุ่มงานข้อมูลแรงงาน สำนักงานแรงงานจังหวัดน่าน", None, "สำนักงานจัดหางานจังหวัดน่าน"]
COOKIE = "เว็บไซต์นี้มีการจัดเก็บคุกกี้เพื่อใช้ในการวิเคราะห์การใช้งานเว็บไซต์"
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ ๒๔๐,๕๑๑ คน"
HEADERS = {"X-Powered-By": "PHP/8.2.12", "Set-Cookie": "PHPSESSID=9f2c1a7e0b4d; path=/; HttpOnly"}


def split_date(d: dt.datetime) -> str:
    return (
        f'<span class="d">{thai_digits(d.day)}</span> <span class="m">{MONTHS[d.month - 1]}</span> '
        f'<span class="y">{thai_digits(be(d))}</span>'
    )


def short_thai(d: dt.datetime, with_time=False) -> str:
    s = f"{thai_digits(d.day)} {MONTHS_ABBR[d.month - 1]} {thai_digits(str(be(d))[-2:])}"
    if with_time:
        s += " " + thai_digits(f"{d:%H:%M}")
    return s


class SlimSite(BaseSite):
    key = "b33_slim_twig"
    family = "generic"
    imitates = "PHP Slim 4 + Twig 3 home-made news module, Bootstrap 5, provincial labour office; fixed <title>, h1 = office, headline only in p.news-topic; dl.news-meta with the date split across spans in Thai digits, time 'เวลา ๑๔.๒๐ น.' in its own row (some), 'ปรับปรุงล่าสุด ๑๙ ก.ย. ๖๗ ๐๖:๓๑' (edited only), 'จำนวนผู้อ่าน ๑,๗๗๙' (Thai digits); font-size/print/share, gallery, 'ข่าว/ภาพ:' (some), attachments with Thai-digit counts, #tags, related list and prev/next with titles inside div.news-view; keyset pagination /news?before=<id>; deleted = empty detail template answering 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 8, 20, 16, 0, tzinfo=TZ), offset=503
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 2330
        for i, a in enumerate(arts):
            nid -= 1 + (i * 3) % 4
            if nid == DELETED_ID:
                nid -= 1
            a.id = nid
            a.path = f"/news/view/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["gallery"] = i % 5 == 1
            a.extra["file"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        # keyset: page k (k>=2) is /news?before=<id of the last item of page k-1>
        self.page_keys = [None] + [p[-1].id for p in self.pages[:-1]]

    def page_url(self, k):
        key = self.page_keys[k - 1]
        return "/news" if key is None else f"/news?before={key}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/view/{DELETED_ID}"]

    def html(self, text, status=200):
        st, h, body = self.html_response(text, status=status)
        h.update(HEADERS)
        return st, h, body

    # ------------------------------------------------------------------ shell

    def shell(self, content):
        latest = "".join(
            f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a><small class="text-muted d-block">{short_thai(a.published)}</small></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="b7f0e1c5d2a94f3e">
    <title>{SITE_NAME}</title>
    <link rel="icon" href="/assets/img/favicon.ico">
    <link href="/assets/vendor/bootstrap/css/bootstrap.min.css?v=5.3.2" rel="stylesheet">
    <link href="/assets/vendor/bootstrap-icons/font/bootstrap-icons.min.css" rel="stylesheet">
    <link href="/assets/css/app.css?v=20240611" rel="stylesheet">
</head>
<body class="d-flex flex-column min-vh-100">
<div class="topbar bg-dark text-white small py-1"><div class="container d-flex justify-content-between"><span>กระทรวงแรงงาน</span><span><a class="text-white" href="/login">เข้าสู่ระบบเจ้าหน้าที่</a></span></div></div>
<header class="site-header py-3 border-bottom">
    <div class="container d-flex align-items-center">
        <a href="/"><img src="/assets/img/logo-mol.png" alt="" height="64"></a>
        <div class="ms-3"><h1 class="h4 mb-0">{OFFICE}</h1><div class="text-muted small">Nan Provincial Labour Office</div></div>
    </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li>
    <li class="nav-item"><a class="nav-link" href="/about">ข้อมูลหน่วยงาน</a></li>
    <li class="nav-item"><a class="nav-link active" href="/news">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-item"><a class="nav-link" href="/labour-stat">สถานการณ์แรงงาน</a></li>
    <li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<main class="container my-4 flex-grow-1"><div class="row">
    <div class="col-lg-8">
{content}
    </div>
    <aside class="col-lg-4">
        <div class="card mb-3"><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div>
        <div class="card mb-3"><div class="card-body small">{SITE_COUNTER}<br>ออนไลน์ขณะนี้ ๑๒ คน</div></div>
    </aside>
</div></main>
<footer class="bg-light border-top py-3 small"><div class="container">{OFFICE} ศาลากลางจังหวัดน่าน ถนนน่าน-ทุ่งช้าง ตำบลไชยสถาน อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. ๐ ๕๔๗๑ ๖๐๒๘<br>&copy; ๒๕๖๗ สงวนลิขสิทธิ์</div></footer>
<div class="cookie-consent fixed-bottom bg-dark text-white p-2 small" id="cookieConsent">{COOKIE} <button class="btn btn-sm btn-light" data-consent="accept">ยอมรับ</button></div>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js?v=5.3.2"></script>
<script src="/assets/js/app.js?v=20240611"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a):
        return f"""        <div class="news-item card mb-3"><div class="row g-0">
            <div class="col-4"><img src="/uploads/news/{a.published:%Y%m}/thumb_{a.id}.jpg" class="img-fluid" alt=""></div>
            <div class="col-8"><div class="card-body">
                <a class="news-item__title stretched-link" href="{href}">{esc(title)}</a>
                <p class="small text-muted mb-1"><i class="bi bi-calendar3"></i> {short_thai(a.published)} <i class="bi bi-eye"></i> {thai_digits(f"{a.views:,}")}</p>
                <p class="card-text small">{esc(a.paras[0][:140])}…</p>
            </div></div>
        </div></div>
"""

    def listing(self, k):
        items = [self.card(a.title, a.path, a) for a in self.pages[k - 1]]
        if k == 2:
            g = self.pages[1][3]
            items.insert(
                4,
                self.card(
                    "ประชาสัมพันธ์รับสมัครงานตำแหน่งว่าง ประจำเดือนกรกฎาคม ๒๕๖๗",
                    f"/news/view/{DELETED_ID}",
                    g,
                ),
            )
        pager = []
        if k > 1:
            pager.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_url(k - 1)}">&laquo; ข่าวใหม่กว่า</a></li>'
            )
        if k < len(self.pages):
            pager.append(
                f'<li class="page-item ms-auto"><a class="page-link" href="{self.page_url(k + 1)}">ข่าวเก่ากว่า &raquo;</a></li>'
            )
        content = f"""        <h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
{"".join(items)}        <nav aria-label="news pager"><ul class="pagination d-flex">{"".join(pager)}</ul></nav>"""
        return self.shell(content)

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + d) % len(self.articles)] for d in (3, 5, 8)]

    def single(self, a):
        newer, older = self.neighbours(a)
        meta = f'<dt>วันที่ลงข่าว</dt><dd class="pub-date">{split_date(a.published)}</dd>'
        if a.time_printed:
            meta += f'<dt class="visually-hidden">เวลา</dt><dd class="pub-time">เวลา {thai_digits(f"{a.published:%H.%M}")} น.</dd>'
        if a.modified:
            meta += f'<dt>ปรับปรุงล่าสุด</dt><dd class="upd-date">{short_thai(a.modified, True)}</dd>'
        meta += f'<dt>จำนวนผู้อ่าน</dt><dd class="hits">{thai_digits(f"{a.views:,}")}</dd>'
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4"><a href="/uploads/news/{a.published:%Y%m}/{a.id}_{n}.jpg" data-fancybox="gallery"><img class="img-fluid rounded" src="/uploads/news/{a.published:%Y%m}/thumb_{a.id}_{n}.jpg" alt=""></a></div>'
                for n in range(1, 4)
            )
            gallery = f'\n<div class="news-gallery"><h6>ภาพกิจกรรม</h6><div class="row g-2">{imgs}</div></div>'
        sign = f'\n<p class="news-credit text-end">ข่าว/ภาพ: {esc(a.source)}</p>' if a.source else ""
        files = ""
        if a.extra["file"]:
            files = f'\n<div class="news-files"><h6>เอกสารแนบ</h6><ul><li><a href="/news/download/{a.id}/1"><i class="bi bi-file-earmark-pdf"></i> หนังสือแจ้ง-{a.id}.pdf</a> <span class="text-muted">(ดาวน์โหลด {thai_digits(a.views // 11)} ครั้ง)</span></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '\n<div class="news-tags">'
                + "".join(
                    f'<a class="badge rounded-pill text-bg-light" href="/news/tag/{esc(t)}">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        rel = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <small>({short_thai(r.published)})</small></li>'
            for r in self.related(a)
        )
        pn = ""
        if newer:
            pn += f'<a class="btn btn-outline-secondary btn-sm" href="{newer.path}">&laquo; ข่าวถัดไป: {esc(newer.title)}</a> '
        if older:
            pn += f'<a class="btn btn-outline-secondary btn-sm" href="{older.path}">ข่าวก่อนหน้า: {esc(older.title)} &raquo;</a>'
        content = f"""        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
        <div class="news-view">
<div class="news-tools d-flex justify-content-end small"><span class="me-2">ขนาดตัวอักษร</span><button class="btn btn-sm" data-font="dec">ก-</button><button class="btn btn-sm" data-font="reset">ก</button><button class="btn btn-sm" data-font="inc">ก+</button><a class="btn btn-sm" href="javascript:window.print()"><i class="bi bi-printer"></i> พิมพ์หน้านี้</a></div>
<p class="news-topic">{esc(a.title)}</p>
<dl class="news-meta row small text-muted">{meta}</dl>
<img class="img-fluid mb-3" src="/uploads/news/{a.published:%Y%m}/cover_{a.id}.jpg" alt="">
<div class="news-content">
{body}{sign}
</div>{gallery}{files}{tags}
<div class="news-share my-3"><span>แชร์ข่าวนี้</span> <a href="https://social-plugins.line.me/lineit/share?url=https://nan.mol.go.th{a.path}" target="_blank">LINE</a> <a href="https://www.facebook.com/sharer/sharer.php?u=https://nan.mol.go.th{a.path}" target="_blank">Facebook</a> <button class="btn btn-sm btn-link" data-copy="https://nan.mol.go.th{a.path}">คัดลอกลิงก์</button></div>
<div class="news-related"><h5>ข่าวที่เกี่ยวข้อง</h5><ul>{rel}</ul></div>
<div class="news-prevnext d-flex justify-content-between">{pn}</div>
        </div>"""
        return self.shell(content)

    def withdrawn(self):
        content = """        <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
        <div class="news-view">
<p class="news-topic"></p>
<dl class="news-meta row small text-muted"><dt>วันที่ลงข่าว</dt><dd class="pub-date"></dd><dt>จำนวนผู้อ่าน</dt><dd class="hits">๐</dd></dl>
<div class="news-content"><div class="alert alert-warning">ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว</div></div>
<a class="btn btn-primary btn-sm" href="/news">กลับหน้ารวมข่าว</a>
        </div>"""
        return self.shell(content)

    def not_found(self):
        return (
            404,
            {"Content-Type": "text/html; charset=utf-8", **HEADERS},
            (
                b"<!doctype html><html><head><meta charset=utf-8><title>404 Not Found</title></head>"
                b"<body><h1>404 Not Found</h1><p>The requested resource could not be found. "
                b"Please verify the URI and try again.</p></body></html>"
            ),
        )

    def route(self, path, query, raw_query, base):
        if path == "/news":
            if not raw_query:
                return self.html(self.listing(1))
            key = query.get("before", [""])[0]
            if key.isdigit() and int(key) in self.page_keys[1:]:
                return self.html(self.listing(self.page_keys.index(int(key)) + 1))
            return self.not_found()
        if path.startswith("/news/view/"):
            nid = path[len("/news/view/") :]
            if nid.isdigit() and int(nid) in self.by_id:
                return self.html(self.single(self.by_id[int(nid)]))
            if nid == str(DELETED_ID):
                return self.html(self.withdrawn())
            return self.not_found()
        if path == "/":
            return 302, {"Location": base + "/news", **HEADERS}, b""
        return self.not_found()

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                "วันที่ลงข่าว",
                "จำนวนผู้อ่าน",
                "ปรับปรุงล่าสุด",
                "ขนาดตัวอักษร",
                "พิมพ์หน้านี้",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "รายละเอียดข่าว",
                SITE_COUNTER,
                COOKIE,
                "ศาลากลางจังหวัดน่าน ถนนน่าน-ทุ่งช้าง",
                "เข้าสู่ระบบเจ้าหน้าที่",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"หนังสือแจ้ง-{a.id}.pdf"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SlimSite()

if __name__ == "__main__":
    main(SITE)
