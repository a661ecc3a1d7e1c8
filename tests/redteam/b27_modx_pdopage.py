"""Blind-27 red-team site: **MODX Revolution 2.8 with pdoTools** (pdoPage, pdoCrumbs,
pdoNeighbors, pdoResources, tagLister, MIGX gallery), a custom Bootstrap 4 template, a district
public-health office (สำนักงานสาธารณสุขอำเภอบ้านโป่ง), built blind.

What it imitates:
- MODX fingerprints: `<base href="[[++site_url]]">` with **every link relative** to it,
  friendly URLs from resource ids (`news/2314.html`: the alias generator drops Thai, so the id
  is the alias), `/assets/templates/ssobp/...`, `/assets/components/pdotools/js/pdopage.min.js`
  and its `pdoPage.initialize` call, `/assets/images/...`, `/assets/gallery/...`;
- **the headline is only in the content**: the template prints `[[*pagetitle]]` (a short
  working title the editors type) in `<title>`, `og:title` and the breadcrumb, the `h1` is the
  section "ข่าวประชาสัมพันธ์", and the full `[[*longtitle]]` is an `h2.news-detail__title`;
- **the date is split across elements and printed in Thai digits**: a badge with
  `span.day` "๑๕", `span.month` "มี.ค." and `span.year` "๒๕๖๗" (BE), and "เวลา ๑๐.๓๐ น." in a
  separate span on items whose time is shown (3 in 5); "ปรับปรุงข้อมูลเมื่อ ๑๘ มี.ค. ๒๕๖๗" for
  every item (`[[*editedon:default=`[[*publishedon]]`]]`, day only); "เปิดอ่าน ๑,๒๓๔ ครั้ง";
- inside `div.news-detail`: a tool bar (font size "ก- ก ก+", "พิมพ์หน้านี้", "ส่งอีเมล") before
  the content, the content, a MIGX gallery "ภาพกิจกรรม" (some), an attachment "ดาวน์โหลดเอกสาร"
  (some), **a sign-off paragraph "ข่าว/ภาพ : …" or "ข่าว : …" typed by the editor** (2 in 3),
  tagLister "คำค้น :" links, a share bar "แบ่งปันข่าวนี้", pdoNeighbors with both neighbour titles
  and "กลับหน้ารวมข่าว"; after it "ข่าวอื่น ๆ" (pdoResources); sidebar menu, hot-line box,
  site counter, PDPA banner.
Listing: `news/` with **pdoPage's `?page=N` (1-based; page 1 has no parameter)**, Bootstrap 4
`ul.pagination` ("«", numbers, "»", "หน้า 2 จาก 3"); rows with a date badge, headline and
introtext; 9 a page.
Deleted: a resource deleted after the listing cache was built: MODX forwards to the site's
`error_page` resource, and this site's `error_page_header` is empty, so it answers **200** with
"ขออภัย ไม่พบหน้าที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขอำเภอบ้านโป่ง"
TPL = "assets/templates/ssobp"
SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สสอ.บ้านโป่ง"),
    None,
    ("ข่าว", "กลุ่มงานส่งเสริมสุขภาพ สำนักงานสาธารณสุขอำเภอบ้านโป่ง"),
]
PER_PAGE = 9
DELETED_ID = 2290


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def pagetitle(title: str) -> str:
    """The editors' short working title: the headline cut at the last space before 36 chars."""
    if len(title) <= 36:
        return title
    cut = title[:36].rsplit(" ", 1)[0]
    return cut if len(cut) >= 12 else title[:30]


class ModxSite(BaseSite):
    key = "b27_modx_pdopage"
    family = "generic"
    imitates = "MODX Revolution 2.8 + pdoTools, custom Bootstrap 4 template: <base href> with relative links; news/<id>.html; short pagetitle in <title>/og/breadcrumb, h1 = section, full longtitle only in h2.news-detail__title; date badge split into day/month/year spans in Thai digits (BE) + separate 'เวลา ๑๐.๓๐ น.' on some; 'ปรับปรุงข้อมูลเมื่อ' for every item (day); 'เปิดอ่าน ๑,๒๓๔ ครั้ง'; tool bar, MIGX gallery, attachment, typed 'ข่าว/ภาพ :' sign-off, tagLister, share, pdoNeighbors titles, 'ข่าวอื่น ๆ'; pdoPage news/?page=N (1-based); deleted = error_page served 200"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 8, 30, 17, 0, tzinfo=TZ), offset=97
        )
        drop_corpus_signoffs(arts)
        rid = 2331
        for i, a in enumerate(arts):
            a.id = rid
            rid -= 1 + (i * 7) % 3
            a.time_printed = i % 5 not in (2, 4)
            src = SOURCES[i % 3]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            if a.modified is None:
                a.modified = a.published
            a.path = f"/news/{a.id}.html"
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        assert all(a.id != DELETED_ID for a in arts)
        assert len({pagetitle(a.title) for a in arts}) == len(arts)
        self.deleted = f"/news/{DELETED_ID}.html"

    def listing_pages(self):
        return ["/news/"] + [f"/news/?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, base, title, content, crumb, head_extra=""):
        return f"""<!doctype html>
<html lang="th">
<head>
<base href="{base}/" />
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{esc(title)} - {OFFICE}</title>
<meta name="description" content="{OFFICE} อำเภอบ้านโป่ง จังหวัดราชบุรี" />
{head_extra}<link rel="stylesheet" href="{TPL}/css/bootstrap.min.css" />
<link rel="stylesheet" href="{TPL}/css/fontawesome.min.css" />
<link rel="stylesheet" href="{TPL}/css/style.css?v=1.4" />
<link rel="icon" href="{TPL}/img/favicon.png" />
</head>
<body>
<div class="top-bar bg-success text-white"><div class="container d-flex justify-content-between"><span><i class="fas fa-phone"></i> 032-211-045</span><span class="access"><a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a> | <a href="#" class="contrast">ความคมชัด</a></span></div></div>
<header class="site-header"><div class="container"><div class="row align-items-center">
  <div class="col-md-5"><a href="./" class="logo"><img src="{TPL}/img/logo.png" alt="{OFFICE}" /><span class="site-name">{OFFICE}<small>อำเภอบ้านโป่ง จังหวัดราชบุรี</small></span></a></div>
  <div class="col-md-7"><nav class="navbar navbar-expand-lg"><ul class="navbar-nav ml-auto">
    <li class="nav-item first"><a class="nav-link" href="./">หน้าแรก</a></li>
    <li class="nav-item"><a class="nav-link" href="about.html">เกี่ยวกับเรา</a></li>
    <li class="nav-item active"><a class="nav-link" href="news/">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-item"><a class="nav-link" href="health-knowledge/">ความรู้สุขภาพ</a></li>
    <li class="nav-item"><a class="nav-link" href="procurement/">จัดซื้อจัดจ้าง</a></li>
    <li class="nav-item last"><a class="nav-link" href="contact.html">ติดต่อเรา</a></li>
  </ul></nav></div>
</div></div></header>
<div class="page-head"><div class="container"><h1 class="page-head__title">ข่าวประชาสัมพันธ์</h1>
<ol class="breadcrumb"><li class="breadcrumb-item"><a href="./">หน้าหลัก</a></li>{crumb}</ol></div></div>
<main class="container py-4"><div class="row">
<div class="col-lg-8">
{content}
</div>
<aside class="col-lg-4">
  <div class="card side-menu mb-3"><div class="card-header">เมนูหลัก</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="news/">ข่าวประชาสัมพันธ์</a></li><li class="list-group-item"><a href="procurement/">ประกาศจัดซื้อจัดจ้าง</a></li><li class="list-group-item"><a href="ita/">การประเมิน ITA</a></li><li class="list-group-item"><a href="complaint.html">ร้องเรียน/ร้องทุกข์</a></li></ul></div>
  <div class="card hotline mb-3"><div class="card-body text-center"><p class="mb-1">สายด่วนสุขภาพ</p><p class="h3">๑๖๖๙</p><p class="small">บริการการแพทย์ฉุกเฉิน ตลอด ๒๔ ชั่วโมง</p></div></div>
  <div class="card counter mb-3"><div class="card-header">สถิติผู้เข้าชม</div><div class="card-body"><p>ผู้เข้าชมวันนี้ ๘๗ คน</p><p>ผู้เข้าชมทั้งหมด ๒๑๓,๕๔๐ คน</p></div></div>
</aside>
</div></main>
<footer class="site-footer bg-dark text-light"><div class="container py-4"><div class="row">
  <div class="col-md-8"><p class="mb-1">{OFFICE}</p><p class="small">ถนนแสงชูโต ตำบลบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี ๗๐๑๑๐</p></div>
  <div class="col-md-4 text-md-right small"><a href="privacy-policy.html">นโยบายความเป็นส่วนตัว</a> · <a href="sitemap.xml">แผนผังเว็บไซต์</a></div>
</div><p class="small text-center mt-3 mb-0">Copyright © ๒๕๖๗ {OFFICE}. All rights reserved.</p></div></footer>
<div id="pdpa-consent" class="pdpa-banner fixed-bottom"><div class="container d-flex align-items-center"><p class="mb-0">เว็บไซต์นี้มีการจัดเก็บคุกกี้ เพื่อพัฒนาประสบการณ์การใช้งานของท่าน อ่าน<a href="privacy-policy.html">นโยบายคุกกี้</a></p><button type="button" class="btn btn-sm btn-success ml-3" id="pdpa-accept">ยอมรับ</button></div></div>
<script src="{TPL}/js/jquery.min.js"></script>
<script src="{TPL}/js/bootstrap.bundle.min.js"></script>
<script src="assets/components/pdotools/js/pdopage.min.js"></script>
<script>pdoPage.initialize({{"wrapper":"#pdopage","rows":"#pdopage .rows","pagination":"#pdopage .pagination","link":"#pdopage .pagination a","more":"#pdopage .btn-more","moreTpl":"<button class=\\"btn btn-default btn-more\\">Load more<\\/button>","mode":"default","history":1,"pageVarKey":"page","pageLimit":{PER_PAGE},"assetsUrl":"\\/assets\\/components\\/pdotools\\/","connectorUrl":"\\/assets\\/components\\/pdotools\\/connector.php","pageId":14,"hash":"5f0e2a7c1b3d9e8f"}});</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def badge(self, d: dt.datetime) -> str:
        return f'<div class="news-date"><span class="day">{thai_digits(d.day)}</span><span class="month">{MONTHS_ABBR[d.month - 1]}</span><span class="year">{thai_digits(d.year + 543)}</span></div>'

    def pager(self, k):
        n = len(self.pages)

        def href(p):
            return "news/" if p == 1 else f"news/?page={p}"

        items = []
        if k > 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k - 1)}">«</a></li>'
            )
        else:
            items.append('<li class="page-item disabled"><span class="page-link">«</span></li>')
        for p in range(1, n + 1):
            if p == k:
                items.append(
                    f'<li class="page-item active"><a class="page-link" href="{href(p)}">{p}</a></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{href(p)}">{p}</a></li>'
                )
        if k < n:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k + 1)}">»</a></li>'
            )
        else:
            items.append('<li class="page-item disabled"><span class="page-link">»</span></li>')
        return f'<nav aria-label="pagination"><ul class="pagination justify-content-center">{"".join(items)}</ul><p class="text-center small text-muted">หน้า {k} จาก {n}</p></nav>'

    def row(self, a):
        intro = esc(a.paras[0][:160]) + "..."
        return f"""<div class="news-item media mb-3">{self.badge(a.published)}<div class="media-body"><h3 class="news-item__title"><a href="{a.path.lstrip("/")}">{esc(a.title)}</a></h3><p class="news-item__intro">{intro}</p></div></div>
"""

    def listing(self, k, base):
        rows = [self.row(a) for a in self.pages[k - 1]]
        if k == 2:
            fake = Article(
                id=DELETED_ID,
                title="ประกาศรับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน (ยกเลิก)",
                paras=["รายละเอียดตามประกาศ"],
                published=self.pages[1][2].published - dt.timedelta(hours=5),
                time_printed=False,
                path=self.deleted,
            )
            rows.insert(3, self.row(fake))
        content = f"""<div id="pdopage"><div class="rows">
{"".join(rows)}</div>
{self.pager(k)}
</div>"""
        crumb = '<li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>'
        return self.shell(base, "ข่าวประชาสัมพันธ์", content, crumb)

    # ------------------------------------------------------------------ resource

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [b for b in self.articles if b is not a][:5]

    def detail(self, a, base):
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        when = self.badge(a.published)
        if a.time_printed:
            when += f'<span class="news-time">เวลา {th_time(a.published)}</span>'
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4 mb-2"><a href="assets/gallery/{a.id}/{j}.jpg" data-fancybox="gallery"><img src="assets/gallery/{a.id}/thumb/{j}.jpg" class="img-fluid" alt="" /></a></div>'
                for j in range(1, 7)
            )
            gallery = f'<div class="news-gallery"><h4 class="news-gallery__title">ภาพกิจกรรม</h4><div class="row">{imgs}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files"><a class="btn btn-outline-success btn-sm" href="assets/files/news/{a.id}.pdf" target="_blank"><i class="fas fa-file-pdf"></i> ดาวน์โหลดเอกสาร</a></div>'
        signoff = ""
        if a.source:
            signoff = f"<p><strong>{a.extra['label']} : {esc(a.source)}</strong></p>"
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">คำค้น : '
                + ", ".join(
                    f'<a href="news/?tag={esc(t)}" class="tl-tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nb = '<div class="neighbors d-flex justify-content-between">'
        nb += (
            f'<span class="link-prev"><a href="{newer.path.lstrip("/")}">&larr; {esc(newer.title)}</a></span>'
            if newer
            else "<span></span>"
        )
        nb += '<span class="link-up"><a href="news/">กลับหน้ารวมข่าว</a></span>'
        nb += (
            f'<span class="link-next"><a href="{older.path.lstrip("/")}">{esc(older.title)} &rarr;</a></span>'
            if older
            else "<span></span>"
        )
        nb += "</div>"
        others = "".join(
            f'<li><a href="{o.path.lstrip("/")}">{esc(o.title)}</a> <small class="text-muted">{th_date(o.published)}</small></li>'
            for o in self.others(a)
        )
        url = f"{base}{a.path}"
        content = f"""<div class="news-detail">
  <h2 class="news-detail__title">{esc(a.title)}</h2>
  <div class="news-detail__meta d-flex flex-wrap align-items-center">
    {when}
    <span class="news-views"><i class="far fa-eye"></i> เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span>
    <span class="news-edited">ปรับปรุงข้อมูลเมื่อ {th_date(a.modified)}</span>
  </div>
  <div class="news-tools"><a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a> <a href="javascript:window.print();" class="print"><i class="fas fa-print"></i> พิมพ์หน้านี้</a> <a href="mailto:?subject={esc(pagetitle(a.title))}&amp;body={url}" class="mail"><i class="far fa-envelope"></i> ส่งอีเมล</a></div>
  <div class="news-detail__content">
{body}{signoff}
  </div>
  {gallery}{files}{tags}
  <div class="news-share"><span>แบ่งปันข่าวนี้</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" class="share-fb">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" class="share-line">LINE</a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" class="share-tw">X</a></div>
  {nb}
</div>
<div class="news-others mt-4"><h4>ข่าวอื่น ๆ</h4><ul>{others}</ul></div>"""
        pt = pagetitle(a.title)
        head = f'<meta property="og:title" content="{esc(pt)}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n<link rel="canonical" href="{url}" />\n'
        crumb = f'<li class="breadcrumb-item"><a href="news/">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">{esc(pt)}</li>'
        return self.shell(base, pt, content, crumb, head)

    def error_page(self, base):
        content = """<div class="error-page text-center py-5"><h2 class="display-4">ขออภัย</h2><p class="lead">ไม่พบหน้าที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือลบออกแล้ว</p><a href="./" class="btn btn-success">กลับหน้าหลัก</a></div>"""
        crumb = '<li class="breadcrumb-item active">ไม่พบหน้าที่ต้องการ</li>'
        return self.shell(base, "ไม่พบหน้าที่ต้องการ", content, crumb)

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/news/":
            k = qs1(query, "page", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k), base))
        if path == self.deleted:
            return self.html_response(self.error_page(base))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path], base))
        m = re.fullmatch(r"/index\.php", path)
        if m and qs1(query, "id").isdigit():
            p = f"/news/{qs1(query, 'id')}.html"
            if p in self.by_path:
                return 301, {"Location": base + p}, b""
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                th_date(a.published),
                f"เปิดอ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "ปรับปรุงข้อมูลเมื่อ",
                "พิมพ์หน้านี้",
                "ส่งอีเมล",
                "แบ่งปันข่าวนี้",
                "กลับหน้ารวมข่าว",
                "ข่าวอื่น ๆ",
                "สายด่วนสุขภาพ",
                "ผู้เข้าชมทั้งหมด ๒๑๓,๕๔๐ คน",
                "เว็บไซต์นี้มีการจัดเก็บคุกกี้",
                "ถนนแสงชูโต ตำบลบ้านโป่ง",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {th_time(a.published)}")
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสาร")
            if a.tags:
                must_not.append("คำค้น :")
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = ModxSite()

if __name__ == "__main__":
    main(SITE)
