"""Blind-39 red-team site (part A): an in-house **Python Bottle + SimpleTemplate (.tpl)** news
app of a provincial community-development office (สำนักงานพัฒนาชุมชนจังหวัดยโสธร), served by
Bottle behind a reverse proxy, Bootstrap 4, built blind.

What it imitates (the hard one of the pair):
- `/static/` assets, Bottle-style routes `/news/read/<id:int>`, no generator meta, no feed;
- **headline in no heading and not in `<title>`**: `<title>` is "ข่าวกิจกรรม :: office" on
  every page, the `h1` is the office name in the header, the `h2` the section name; the
  headline sits in `div.news-topic` only;
- **date split across elements**: a calendar badge `span.cal-d` "๕", `span.cal-m` "มี.ค.",
  `span.cal-y` "๖๗" (Thai digits, abbreviated month, **two-digit BE**); on some items a
  separate `span.news-time` "เวลา ๑๔.๒๐ น." (dot separator); no machine date;
- the edit stamp printed by the app straight from the database on edited items only:
  "แก้ไขล่าสุด 2024-03-07 09:12:44 โดย pr_yst" (CE, Arabic digits, with an editor login);
- **Thai-digit counter** "ผู้ชม ๑,๒๐๕";
- inside `div.news-box`: font-size tools "ก- ก ก+", share (Facebook / LINE) and print above
  the text, a credit line "เรียบเรียง : office" or "ข่าว/ภาพ : office" on some items,
  "ไฟล์แนบ" download on some, photo grid on some, "#tag" chips, and "ข่าวกิจกรรมอื่นๆ" with
  Thai-digit dates below; Facebook comments; sidebar latest news; counter; PDPA bar;
- listing `/news`: **keyset pagination** — "ข่าวก่อนหน้า »" links to `/news?before=<id>`
  (the id of the last item shown), "« ข่าวใหม่กว่า" back to `/news?after=<id>`; no page
  numbers anywhere.
Deleted: `/news/read/<id>` answering 200 with the empty template and
"ไม่พบข้อมูลข่าว หรือข่าวถูกระงับการเผยแพร่".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
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
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดยโสธร"
SECTION = "ข่าวกิจกรรม"
PER_PAGE = 8
CREDITS = [
    ("เรียบเรียง", "กลุ่มงานส่งเสริมการพัฒนาชุมชน"),
    None,
    ("ข่าว/ภาพ", "สำนักงานพัฒนาชุมชนอำเภอกุดชุม"),
    None,
    None,
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"),
]
EDITORS = ["pr_yst", "admin", "cdd_yst01"]
DELETED_ID = 1487
SITE_COUNTER = "จำนวนผู้เยี่ยมชม ๒๑๓,๕๐๘ ครั้ง"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดียิ่งขึ้น"
FOOTER = "ศาลากลางจังหวัดยโสธร ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000"
NOTFOUND = "ไม่พบข้อมูลข่าว หรือข่าวถูกระงับการเผยแพร่"


def badge(d: dt.datetime) -> str:
    return (
        f'<div class="cal-badge"><span class="cal-d">{thai_digits(d.day)}</span>'
        f'<span class="cal-m">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="cal-y">{thai_digits(str(d.year + 543)[-2:])}</span></div>'
    )


def short(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗' as printed under the related links and in the sidebar."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


class BottleSite(BaseSite):
    key = "b39_bottle_keyset"
    family = "generic"
    imitates = "in-house Python Bottle + SimpleTemplate news app, provincial community-development office: /news/read/<id>; <title> = section :: office on every page, h1 = office, h2 = section, headline only in div.news-topic; date split into a calendar badge (Thai digits, abbr. month, two-digit BE) and a separate 'เวลา ๑๔.๒๐ น.' (some), no machine date; DB edit stamp 'แก้ไขล่าสุด 2024-03-07 09:12:44 โดย login' (CE) on edited items; Thai-digit 'ผู้ชม ๑,๒๐๕'; font-size/share/print above the text, credit line (some), attachment (some), photo grid (some), #tag chips, 'ข่าวกิจกรรมอื่นๆ' with Thai-digit dates; Facebook comments; latest-news sidebar; PDPA bar; keyset pagination /news?before=<id> ('ข่าวก่อนหน้า »'), no page numbers; deleted = empty template (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=1911
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1530
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"/news/read/{a.id}"
            cr = CREDITS[i % len(CREDITS)]
            a.source = cr[1] if cr else None
            a.extra["credit"] = f"{cr[0]} : {cr[1]}" if cr else None
            a.extra["editor"] = EDITORS[i % 3]
            a.extra["photos"] = i % 4 == 3
            a.extra["file"] = i % 6 == 4
            if a.modified:
                a.modified = a.modified.replace(second=(a.id * 7) % 60)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.by_id = {a.id: a for a in arts}
        self.latest = arts[:5]

    def cursor(self, k):
        """Query of listing page k (0-based): the id of the last item on page k-1."""
        return "" if k == 0 else f"?before={self.pages[k - 1][-1].id}"

    def listing_pages(self):
        return [self.listing_path + self.cursor(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/news/read/{DELETED_ID}"]

    def shell(self, content):
        latest = "".join(
            f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a><small class="text-muted d-block">{short(a.published)}</small></li>'
            for a in self.latest
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{SECTION} :: {OFFICE}</title>
<link rel="stylesheet" href="/static/vendor/bootstrap-4.6.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/static/css/app.css?v=20231102">
<link rel="icon" href="/static/img/favicon.png">
</head>
<body>
<div class="topbar bg-dark text-white small"><div class="container"><a href="/" class="text-white">หน้าหลัก</a> | <a href="/contact" class="text-white">ติดต่อเรา</a> | <a href="/login" class="text-white">เข้าสู่ระบบเจ้าหน้าที่</a></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><img src="/static/img/logo-cdd.png" alt="" height="72"><div class="ml-3"><h1 class="site-title">{OFFICE}</h1><div class="site-sub">Community Development Department, Yasothon</div></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">ข้อมูลหน่วยงาน</a></li><li class="nav-item active"><a class="nav-link" href="/news">{SECTION}</a></li><li class="nav-item"><a class="nav-link" href="/otop">OTOP</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li></ul></div></nav>
<div class="container my-4"><div class="row">
<div class="col-lg-8">
<h2 class="section-title"><i class="fas fa-bullhorn"></i> {SECTION}</h2>
{content}
</div>
<div class="col-lg-4">
<div class="card mb-3"><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div>
<div class="card mb-3"><div class="card-header">สถิติการเข้าชม</div><div class="card-body small">ออนไลน์ ๓ คน<br>{SITE_COUNTER}</div></div>
</div>
</div></div>
<footer class="site-footer bg-dark text-white py-3"><div class="container small">{OFFICE}<br>{FOOTER} โทร. ๐-๔๕๗๑-๔๐๖๕</div></footer>
<div id="pdpa" class="pdpa-bar fixed-bottom bg-light p-2 small">{PDPA} <a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> <button class="btn btn-sm btn-primary" onclick="acceptPdpa()">ยอมรับ</button></div>
<script src="/static/vendor/jquery-3.6.0.min.js"></script>
<script src="/static/vendor/bootstrap-4.6.2/js/bootstrap.bundle.min.js"></script>
<script src="/static/js/app.js?v=20231102"></script>
</body>
</html>
"""

    def item(self, title, path, a):
        return f"""<div class="media news-item border-bottom py-3">{badge(a.published)}<div class="media-body ml-3"><a class="news-link" href="{path}">{esc(title)}</a><p class="small text-muted mb-0">{esc(a.paras[0][:120])}…</p></div></div>
"""

    def listing(self, k):
        rows = [self.item(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                self.item(
                    "ประชุมประจำเดือนข้าราชการ (ร่าง)", f"/news/read/{DELETED_ID}", self.pages[1][4]
                ),
            )
        nav = []
        if k > 0:
            nav.append(
                f'<a class="btn btn-outline-primary btn-sm" href="/news?after={self.pages[k][0].id}">&laquo; ข่าวใหม่กว่า</a>'
            )
        if k < len(self.pages) - 1:
            nav.append(
                f'<a class="btn btn-outline-primary btn-sm float-right" href="/news?before={self.pages[k][-1].id}">ข่าวก่อนหน้า &raquo;</a>'
            )
        content = f"""<form class="form-inline mb-3" action="/news" method="get"><input class="form-control form-control-sm mr-2" name="q" placeholder="ค้นหาข่าว"><button class="btn btn-sm btn-secondary">ค้นหา</button></form>
<div class="news-list">
{"".join(rows)}</div>
<div class="keyset-nav clearfix mt-3">{" ".join(nav)}</div>"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 1 : i + 5]
        return pool if len(pool) == 4 else self.articles[i - 4 : i]

    def detail(self, a):
        time = ""
        if a.time_printed:
            time = f'<span class="news-time"><i class="far fa-clock"></i> เวลา {hm(a.published)} น.</span>'
        edit = ""
        if a.modified:
            edit = f'<div class="news-edit small text-muted">แก้ไขล่าสุด {a.modified:%Y-%m-%d %H:%M:%S} โดย {a.extra["editor"]}</div>'
        body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>\n" for p in a.paras)
        credit = ""
        if a.extra["credit"]:
            credit = f'<p class="news-credit text-right"><b>{esc(a.extra["credit"])}</b></p>'
        photos = ""
        if a.extra["photos"]:
            photos = (
                '<div class="news-photos row">'
                + "".join(
                    f'<div class="col-4 mb-2"><a href="/static/upload/news/{a.id}/{j}.jpg" data-fancybox="gallery"><img class="img-fluid" src="/static/upload/news/{a.id}/thumb_{j}.jpg" alt=""></a></div>'
                    for j in range(1, 7)
                )
                + "</div>"
            )
        attach = ""
        if a.extra["file"]:
            attach = f'<div class="news-file"><i class="far fa-file-pdf"></i> ไฟล์แนบ : <a href="/static/upload/news/{a.id}/doc.pdf">ดาวน์โหลด</a> (ดาวน์โหลด {thai_digits(a.id % 90 + 3)} ครั้ง)</div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">'
                + "".join(
                    f'<a class="badge badge-pill badge-light" href="/news?tag={esc(t)}">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        oth = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small class="text-muted">({short(x.published)})</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="news-box card"><div class="card-body">
<div class="d-flex news-head">{badge(a.published)}<div class="ml-3 flex-grow-1">
<div class="news-topic">{esc(a.title)}</div>
<div class="news-meta small text-muted">{time} <span class="news-view"><i class="far fa-eye"></i> ผู้ชม {thai_digits(f"{a.views:,}")}</span></div>
</div></div>
<div class="news-tools text-right small my-2"><span class="fontsize">ขนาดตัวอักษร <a href="#" onclick="fs(-1)">ก-</a> <a href="#" onclick="fs(0)">ก</a> <a href="#" onclick="fs(1)">ก+</a></span> | <a href="https://www.facebook.com/sharer/sharer.php?u=https://yasothon.cdd.go.th{a.path}" target="_blank">แชร์ Facebook</a> | <a href="https://social-plugins.line.me/lineit/share?url=https://yasothon.cdd.go.th{a.path}" target="_blank">แชร์ LINE</a> | <a href="/news/print/{a.id}" target="_blank">พิมพ์</a></div>
<div class="news-detail">
<p class="text-center"><img class="img-fluid" src="/static/upload/news/{a.id}/cover.jpg" alt=""></p>
{body}{credit}
</div>
{photos}{attach}{tags}{edit}
<hr>
<div class="news-other"><h5>{SECTION}อื่นๆ</h5><ul>{oth}</ul></div>
<div class="news-comment"><h5>แสดงความคิดเห็น</h5><div class="fb-comments" data-href="https://yasothon.cdd.go.th{a.path}" data-width="100%" data-numposts="5"></div></div>
<a href="/news" class="btn btn-secondary btn-sm">&laquo; ย้อนกลับ</a>
</div></div>"""
        return self.shell(content)

    def empty(self):
        content = f"""<div class="news-box card"><div class="card-body">
<div class="d-flex news-head"><div class="ml-3 flex-grow-1"><div class="news-topic"></div><div class="news-meta small text-muted"><span class="news-view"><i class="far fa-eye"></i> ผู้ชม ๐</span></div></div></div>
<div class="news-detail"><div class="alert alert-warning">{NOTFOUND}</div></div>
<a href="/news" class="btn btn-secondary btn-sm">&laquo; ย้อนกลับ</a>
</div></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            before, after = qs1(query, "before"), qs1(query, "after")
            if not before and not after:
                return self.html_response(self.listing(0))
            for k in range(len(self.pages)):
                if before and k > 0 and before == str(self.pages[k - 1][-1].id):
                    return self.html_response(self.listing(k))
                if after and k < len(self.pages) - 1 and after == str(self.pages[k + 1][0].id):
                    return self.html_response(self.listing(k))
            return None
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.empty())
        if path == "/":
            return 303, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้ชม {thai_digits(f'{a.views:,}')}",
                "ขนาดตัวอักษร",
                "แชร์ Facebook",
                "แชร์ LINE",
                "แสดงความคิดเห็น",
                f"{SECTION}อื่นๆ",
                "ข่าวล่าสุด",
                "ย้อนกลับ",
                "เข้าสู่ระบบเจ้าหน้าที่",
                SITE_COUNTER,
                PDPA,
                FOOTER,
            ]
            if a.time_printed:
                must_not.append(f"เวลา {hm(a.published)} น.")
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {a.modified:%Y-%m-%d %H:%M:%S}")
            if a.extra["credit"]:
                must_not.append(a.extra["credit"])
            if a.extra["file"]:
                must_not.append("ไฟล์แนบ")
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.latest if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = BottleSite()

if __name__ == "__main__":
    main(SITE)
