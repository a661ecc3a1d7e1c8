"""Blind-41 red-team site (part A): **Python Pyramid 2 + Chameleon page templates
(`pyramid_chameleon`, a `layout.pt` master via `metal:use-macro`) + webhelpers2-style
paginator**, run by a provincial labour office (สำนักงานแรงงานจังหวัดลำปาง), built blind.

What it imitates (the hard one of part A):
- Pyramid route URLs `/news/view/<id>` and a listing `/news` with `?page=N` links printed by a
  paginator whose **labels are Thai digits** ("หน้า ๑ ๒ ๓ ถัดไป ›");
- **`<title>` is the office name on every page and the only `h1` is the office logo**; the
  headline is a `div.news-topic > span` (no heading element);
- **the date is split across elements in Thai digits**: `span.dd` "๕", `span.mm` "มี.ค.",
  `span.yy` "๒๕๖๗", and on some items a separate `span.tm` "๑๔.๒๐ น." in another row of the
  info table; no machine date anywhere; edited items show "ปรับปรุงข้อมูล ๗/๓/๒๕๖๗ ๐๙:๑๒";
- **counter in Thai digits** "เปิดอ่าน ๑,๒๐๕ ครั้ง" inside the info table;
- body paragraphs in `div.news-detail` with the "ข่าว : <office>" sign-off on some, a photo
  strip (some) and a PDF list "เอกสารแนบ" (some); font-size / print / LINE tools, "คำค้น"
  chips, "ข่าวอื่น ๆ" list with titles, prev/next with neighbour titles, a login prompt and a
  visitor counter, cookie bar, footer. Fingerprint: `/static/deform/` assets, `/static/app.css?v=`, "Powered by Pyramid"
  in the footer and a comment `<!-- layout.pt -->`.
Deleted: `/news/view/377` answers 200 with the empty template "ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานแรงงานจังหวัดลำปาง"
LIST = "/news"
PER_PAGE = 8
SOURCES = [
    None,
    "สำนักงานจัดหางานจังหวัดลำปาง",
    None,
    "ศูนย์พัฒนาฝีมือแรงงานจังหวัดลำปาง",
    "สำนักงานประกันสังคมจังหวัดลำปาง",
]
DELETED_ID = 377
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๒๑๓,๔๐๘ คน"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "สำนักงานแรงงานจังหวัดลำปาง ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง 52000"
LOGIN = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"


def td(d: dt.datetime):
    return thai_digits(d.day), MONTHS_ABBR[d.month - 1], thai_digits(be(d))


def stamp(d: dt.datetime) -> str:
    return thai_digits(f"{d.day}/{d.month}/{be(d)} {d:%H:%M}")


class PyramidSite(BaseSite):
    key = "b41_pyramid_chameleon"
    family = "generic"
    imitates = "Python Pyramid + Chameleon (.pt) news app, provincial labour office, Thai-digit split dates"
    listing_path = LIST

    def __init__(self):
        tz = dt.timezone(dt.timedelta(hours=7))
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 3, 28, 15, 0, tzinfo=tz), offset=17
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for n, a in enumerate(arts):
            a.id = 460 - n * 3
            a.path = f"/news/view/{a.id}"
            a.source = SOURCES[n % len(SOURCES)]
            a.extra["photos"] = n % 5 == 2
            a.extra["files"] = n % 4 == 3
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/news/view/{DELETED_ID}"]

    def shell(self, content, canonical):
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<!-- layout.pt -->
<html lang="th" xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{OFFICE}</title>
<link rel="stylesheet" href="/static/bootstrap/css/bootstrap.min.css" />
<link rel="stylesheet" href="/static/deform/css/form.css" />
<link rel="stylesheet" href="/static/app.css?v=1.4.2" />
<link rel="canonical" href="{canonical}" />
</head>
<body>
<div class="cookie-consent" id="cookieConsent">{COOKIE} <button type="button" class="btn btn-sm btn-light">ยอมรับ</button></div>
<div class="top-tools"><span>ขนาดตัวอักษร</span> <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a> | <a href="/login">เข้าสู่ระบบ</a></div>
<header class="site-head"><div class="container"><a href="/" class="brand"><img src="/static/img/logo-mol.png" alt="" /><h1>{OFFICE}</h1><small>Lampang Provincial Labour Office</small></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">ข้อมูลหน่วยงาน</a></li><li class="nav-item active"><a class="nav-link" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/jobs">ตำแหน่งงานว่าง</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container main-body"><div class="row">
<div class="col-md-9" id="content">
{content}
</div>
<div class="col-md-3 side">
<div class="box"><div class="box-head">ข่าวอื่น ๆ</div><ul class="list-unstyled other-news">{others}</ul></div>
<div class="box"><div class="box-head">สถิติ</div><p class="visitor">{COUNTER}</p></div>
</div>
</div></div>
<footer class="site-foot"><div class="container"><p>{FOOTER}</p><p>โทรศัพท์ ๐ ๕๔๒๖ ๕๐๕๐ | Powered by Pyramid</p></div></footer>
<script src="/static/jquery-3.6.0.min.js"></script><script src="/static/deform/scripts/deform.js"></script>
</body>
</html>
"""

    def date_cells(self, d, with_time):
        dd, mm, yy = td(d)
        s = f'<span class="dd">{dd}</span> <span class="mm">{mm}</span> <span class="yy">{yy}</span>'
        return s

    def listing(self, k):
        rows = []
        items = list(self.pages[k])
        entries = [(a.title, a.path, a) for a in items]
        if k == 1:
            entries.insert(
                3, ("ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการอบรม (ยกเลิก)", f"/news/view/{DELETED_ID}", items[3])
            )
        for title, path, a in entries:
            rows.append(
                f'<div class="news-row media"><div class="news-date text-center">{self.date_cells(a.published, False)}</div><div class="media-body"><a class="news-link" href="{path}">{esc(title)}</a><div class="news-intro">{esc(a.paras[0][:150])}...</div></div></div>'
            )
        n = len(self.pages)
        href = self.listing_pages()
        pager = ['<span class="pager-label">หน้า</span>']
        for j in range(n):
            lab = thai_digits(j + 1)
            pager.append(
                f'<span class="pager_curpage">{lab}</span>'
                if j == k
                else f'<a class="pager_link" href="{href[j]}">{lab}</a>'
            )
        if k < n - 1:
            pager.append(f'<a class="pager_link" href="{href[k + 1]}">ถัดไป ›</a>')
        content = f"""<div class="page-head"><span>ข่าวประชาสัมพันธ์</span></div>
<div class="news-list">{"".join(rows)}</div>
<div class="pager">{" ".join(pager)}</div>"""
        return self.shell(content, href[k])

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 5]] or self.articles[:4]

    def article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f'\n<p class="text-right">ข่าว : {esc(a.source)}</p>'
        photos = ""
        if a.extra["photos"]:
            photos = (
                '<div class="photo-strip">'
                + "".join(
                    f'<a href="/static/uploads/news/{a.id}/{j}.jpg" data-lightbox="g"><img src="/static/uploads/news/{a.id}/t{j}.jpg" alt="" /></a>'
                    for j in range(1, 4)
                )
                + "</div>"
            )
        files = ""
        if a.extra["files"]:
            files = f'<div class="attach"><div class="attach-head">เอกสารแนบ</div><ul><li><a href="/files/news/{a.id}/doc1.pdf">หนังสือประชาสัมพันธ์.pdf</a> (๓๑๒ KB)</li></ul></div>'
        time_row = ""
        if a.time_printed:
            hm = thai_digits(f"{a.published:%H.%M}")
            time_row = f'<tr><th>เวลา</th><td><span class="tm">{hm} น.</span></td></tr>'
        mod_row = ""
        if a.modified:
            mod_row = f"<tr><th>ปรับปรุงข้อมูล</th><td>{stamp(a.modified)}</td></tr>"
        tags = ""
        if a.tags:
            tags = (
                '<div class="keywords"><span>คำค้น :</span> '
                + " ".join(
                    f'<a class="badge badge-secondary" href="/news/search?kw={esc(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        nav = ""
        if newer:
            nav += f'<a class="prev" href="{newer.path}">‹ ข่าวก่อนหน้า : {esc(newer.title)}</a>'
        if older:
            nav += f'<a class="next" href="{older.path}">ข่าวถัดไป : {esc(older.title)} ›</a>'
        others = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.others(a))
        content = f"""<div class="page-head"><span>ข่าวประชาสัมพันธ์</span></div>
<div class="news-view">
<div class="tools"><a href="javascript:window.print()" class="print">พิมพ์หน้านี้</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="line">แชร์ไลน์</a> <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="fb">แชร์เฟซบุ๊ก</a></div>
<div class="news-topic"><span>{esc(a.title)}</span></div>
<table class="table table-sm news-info"><tbody>
<tr><th>วันที่</th><td>{self.date_cells(a.published, a.time_printed)}</td></tr>
{time_row}
{mod_row}
<tr><th>เปิดอ่าน</th><td><span class="hit">{thai_digits(f"{a.views:,}")}</span> ครั้ง</td></tr>
</tbody></table>
<div class="news-detail">
{paras}
</div>
{photos}
{files}
{tags}
<div class="news-nav">{nav}</div>
<div class="comment-box"><p>{LOGIN}</p></div>
<div class="more-news"><div class="box-head">ข่าวอื่น ๆ ในหมวดเดียวกัน</div><ul>{others}</ul></div>
</div>"""
        return self.shell(content, a.path)

    def empty(self, path):
        content = '<div class="page-head"><span>ข่าวประชาสัมพันธ์</span></div>\n<div class="news-view"><div class="alert alert-warning">ไม่พบข้อมูลข่าวที่ท่านต้องการ</div><a href="/news">« กลับหน้ารายการข่าว</a></div>'
        return self.shell(content, path)

    def route(self, path, query, raw_query, base):
        if path == LIST:
            p = qs1(query, "page", "1")
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(p) - 1))
        if path.startswith("/news/view/"):
            tail = path[len("/news/view/") :]
            if tail.isdigit():
                aid = int(tail)
                if aid in self.by_id:
                    return self.html_response(self.article(self.by_id[aid]))
                if aid == DELETED_ID:
                    return self.html_response(self.empty(path))
            return None
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"เปิดอ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "พิมพ์หน้านี้",
                "แชร์ไลน์",
                "ขนาดตัวอักษร",
                "ข่าวอื่น ๆ",
                LOGIN,
                COUNTER,
                COOKIE,
                FOOTER,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
            ]
            if a.modified:
                must_not.append(f"ปรับปรุงข้อมูล {stamp(a.modified)}")
            if a.tags:
                must_not.append("คำค้น")
            if a.extra["files"]:
                must_not += ["เอกสารแนบ", "หนังสือประชาสัมพันธ์.pdf"]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = PyramidSite()

if __name__ == "__main__":
    main(SITE)
