"""Blind-38 red-team site (part C): a **Thai community-hospital PR portal on a vendor CMS
built on CodeIgniter 3 + Bootstrap 4** (the kind of "ระบบบริหารจัดการเว็บไซต์โรงพยาบาล" small
Thai web firms sell to hospitals), โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน, built blind.

What it imitates:
- CodeIgniter fingerprints: `ci_session` cookie name in the cookie bar script,
  `/assets/` and `/uploads/news/` paths, `index.php`-free routes `/pr/news/detail/<id>`;
- the listing uses **CodeIgniter's Pagination class with the offset in a URI segment**:
  `/pr/news`, `/pr/news/index/10`, `/pr/news/index/20` (offset, not page number), links
  "« แรก" / "‹" / "1 2 3" / "›" / "สุดท้าย »";
- **charset trap**: the server sends UTF-8 (header) while the template keeps its old
  `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">`;
- `<title>` = hospital name on every page, the only `h1` is the logo text, the headline is
  in `div.news-topic` (no heading tag) and `og:title`;
- **date split** across elements: `span.news-date` "๑๔ มี.ค. ๖๗" (Thai digits, two-digit
  BE) and, on some items, a separate `span.news-time` "๑๔:๒๐ น."; no machine date anywhere;
- "ปรับปรุงข้อมูลเมื่อ …" only on edited items; Thai-digit counter "อ่าน : ๑,๒๐๕";
- inside `div.news-detail`: font-size tools, share buttons, print; the text; a gallery with
  captions (some); "เอกสารแนบ" download (some); the "ภาพ/ข่าว : …" credit line (some);
  tags "#…"; prev/next with neighbour titles; Facebook comments; "ข่าวอื่นๆ ที่น่าสนใจ" cards;
- sidebar "ข่าวล่าสุด", visitor stats, PDPA cookie bar, footer.
Deleted: `/pr/news/detail/<id>` of a removed item answers 200 with the detail template
empty and "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

HOSP = "โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน"
HOST = "https://www.sdd-hospital.go.th"
PER_PAGE = 10
CREDITS = [
    "งานประชาสัมพันธ์ โรงพยาบาลสมเด็จพระยุพราชสว่างแดนดิน",
    None,
    "กลุ่มงานเวชกรรมสังคม",
    None,
    "งานสุขศึกษา",
]
DELETED_ID = 1418
DELETED_TITLE = "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานช่วยเหลือคนไข้ (ยกเลิก)"
SITE_STATS = "ผู้เข้าชมทั้งหมด ๒,๓๑๘,๔๐๗ ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "เลขที่ 33 หมู่ 1 ถนนนิตโย ตำบลสว่างแดนดิน อำเภอสว่างแดนดิน จังหวัดสกลนคร 47110"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


class HospitalSite(BaseSite):
    key = "b38_hosp_ci3pr"
    family = "generic"
    imitates = "Thai community-hospital PR portal on a vendor CMS (CodeIgniter 3 + Bootstrap 4): /pr/news/detail/<id>; CI Pagination with the offset in a URI segment (/pr/news/index/10, /20); UTF-8 header with a leftover meta charset=tis-620; <title> = hospital name, h1 = logo text, headline only in div.news-topic and og:title; date split: Thai-digit two-digit BE 'span.news-date ๑๔ มี.ค. ๖๗' and a separate 'span.news-time ๑๔:๒๐ น.' on some, no machine date; 'ปรับปรุงข้อมูลเมื่อ' only when edited; 'อ่าน : ๑,๒๐๕'; font-size / share / print, gallery captions, 'เอกสารแนบ', 'ภาพ/ข่าว :' credit, #tags, prev/next titles, Facebook comments, 'ข่าวอื่นๆ ที่น่าสนใจ' cards inside the detail container; latest-news sidebar, visitor stats, PDPA bar; deleted = empty template with 'ไม่พบข่าวที่ท่านต้องการ' (200)"
    listing_path = "/pr/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 30, 16, 30, tzinfo=TZ), offset=1733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1462
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i % 3 == 1) + 2 * (i == 12)
            a.path = f"/pr/news/detail/{a.id}"
            a.source = CREDITS[i % len(CREDITS)]
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}/index/{k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/pr/news/detail/{DELETED_ID}"]

    def shell(self, content, head_extra=""):
        latest = "".join(
            f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a><small class="text-muted d-block">{tdate(a.published)}</small></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="{HOSP} จังหวัดสกลนคร">
<meta name="author" content="Siam WebHospital CMS">
{head_extra}<title>{HOSP}</title>
<link rel="icon" href="{HOST}/assets/images/favicon.png">
<link rel="stylesheet" href="{HOST}/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="{HOST}/assets/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="{HOST}/assets/css/style.css?v=2.4.1">
</head>
<body>
<div class="topbar bg-success text-white small"><div class="container d-flex justify-content-between"><span><i class="fas fa-phone"></i> 042-721-225 ต่อ 1100</span><span class="font-tools">ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a></span></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a href="/" class="logo"><img src="{HOST}/assets/images/logo.png" alt="logo"></a><div class="brand"><h1 class="brand-name">{HOSP}</h1><p class="brand-sub">Somdejphrayuparaj Sawangdaendin Hospital</p></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับโรงพยาบาล</a></li><li class="nav-item"><a class="nav-link" href="/service">บริการผู้ป่วย</a></li><li class="nav-item active"><a class="nav-link" href="/pr/news">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container py-3"><div class="row">
<div class="col-lg-8">
{content}
</div>
<div class="col-lg-4 sidebar">
<div class="card mb-3"><div class="card-header bg-success text-white">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div>
<div class="card mb-3"><div class="card-header">สถิติผู้เข้าชม</div><div class="card-body small"><p>วันนี้ ๓๑๒ ครั้ง</p><p>เดือนนี้ ๘,๐๔๑ ครั้ง</p><p>{SITE_STATS}</p></div></div>
</div>
</div></div>
<footer class="site-footer bg-dark text-white-50 py-4"><div class="container small"><p>{HOSP} {FOOTER}</p><p>โทรศัพท์ 042-721-225 โทรสาร 042-721-226</p><p>Powered by Siam WebHospital CMS</p></div></footer>
<div id="pdpa-bar" class="fixed-bottom bg-light border-top p-2 small"><span>{COOKIE}</span> <a href="/privacy">นโยบายคุกกี้</a> <button type="button" class="btn btn-sm btn-success" onclick="document.cookie='pdpa_ok=1;path=/';">ยอมรับ</button></div>
<script src="{HOST}/assets/vendor/jquery/jquery.min.js"></script>
<script src="{HOST}/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script>var base_url = "{HOST}/"; var csrf_name = "ci_csrf_token";</script>
<script src="{HOST}/assets/js/main.js?v=2.4.1"></script>
</body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return "/pr/news" if j == 0 else f"/pr/news/index/{j * PER_PAGE}"

        out = []
        if k > 0:
            out.append(
                f'<li class="page-item"><a href="{HOST}{href(0)}" class="page-link" data-ci-pagination-page="1" rel="start">« แรก</a></li>'
            )
            out.append(
                f'<li class="page-item"><a href="{HOST}{href(k - 1)}" class="page-link" data-ci-pagination-page="{k}" rel="prev">‹</a></li>'
            )
        for j in range(n):
            if j == k:
                out.append(
                    f'<li class="page-item active"><a class="page-link" href="#">{j + 1}</a></li>'
                )
            else:
                out.append(
                    f'<li class="page-item"><a href="{HOST}{href(j)}" class="page-link" data-ci-pagination-page="{j + 1}">{j + 1}</a></li>'
                )
        if k < n - 1:
            out.append(
                f'<li class="page-item"><a href="{HOST}{href(k + 1)}" class="page-link" data-ci-pagination-page="{k + 2}" rel="next">›</a></li>'
            )
            out.append(
                f'<li class="page-item"><a href="{HOST}{href(n - 1)}" class="page-link" data-ci-pagination-page="{n}">สุดท้าย »</a></li>'
            )
        return f'<nav aria-label="pagination"><ul class="pagination justify-content-center">{"".join(out)}</ul></nav>'

    def card(self, title, path, a):
        return f"""<div class="col-md-6 mb-4"><div class="card news-card h-100"><a href="{path}"><img class="card-img-top" src="{HOST}/uploads/news/thumb_{a.id}.jpg" alt=""></a><div class="card-body"><a href="{path}" class="news-card-title">{esc(title)}</a><p class="small text-muted"><i class="far fa-calendar-alt"></i> {tdate(a.published)} <i class="far fa-eye"></i> {thai_digits(f"{a.views:,}")}</p></div></div></div>
"""

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4, self.card(DELETED_TITLE, f"/pr/news/detail/{DELETED_ID}", self.pages[1][4])
            )
        content = f"""<div class="section-title"><span>ข่าวประชาสัมพันธ์</span></div>
<p class="small text-muted">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ</p>
<div class="row news-list">
{"".join(cards)}</div>
{self.pager(k)}"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles[i + 2 : i + 5]]
        return pool or self.articles[:3]

    def detail(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        url = f"{HOST}{a.path}"
        meta = f'<span class="news-date"><i class="far fa-calendar-alt"></i> {tdate(a.published)}</span>'
        if a.time_printed:
            meta += (
                f' <span class="news-time"><i class="far fa-clock"></i> {ttime(a.published)}</span>'
            )
        meta += f' <span class="news-view"><i class="far fa-eye"></i> อ่าน : {thai_digits(f"{a.views:,}")}</span>'
        if a.modified:
            meta += f' <span class="news-update">ปรับปรุงข้อมูลเมื่อ {tdate(a.modified)} {ttime(a.modified)}</span>'
        body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        gallery = ""
        if a.extra["gallery"]:
            gallery = (
                '<div class="news-gallery row">'
                + "".join(
                    f'<div class="col-4"><a href="{HOST}/uploads/news/{a.id}_{g}.jpg" data-fancybox="gallery"><img src="{HOST}/uploads/news/thumb_{a.id}_{g}.jpg" class="img-fluid" alt=""></a><p class="caption small">ภาพกิจกรรม {thai_digits(g)}</p></div>'
                    for g in (1, 2, 3)
                )
                + "</div>"
            )
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files"><h6>เอกสารแนบ</h6><ul><li><a href="{HOST}/uploads/files/news_{a.id}.pdf" target="_blank"><i class="far fa-file-pdf"></i> ดาวน์โหลดเอกสาร (PDF)</a></li></ul></div>'
        credit = f'<p class="news-credit">ภาพ/ข่าว : {esc(a.source)}</p>' if a.source else ""
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">'
                + "".join(
                    f'<a href="/pr/news/tag/{esc(t)}" class="badge badge-light">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        nav = '<div class="news-nav d-flex justify-content-between">'
        nav += (
            f'<a href="{newer.path}" class="prev">« ข่าวก่อนหน้า<br><small>{esc(newer.title)}</small></a>'
            if newer
            else "<span></span>"
        )
        nav += (
            f'<a href="{older.path}" class="next">ข่าวถัดไป »<br><small>{esc(older.title)}</small></a>'
            if older
            else "<span></span>"
        )
        nav += "</div>"
        oth = "".join(
            f'<div class="col-md-4"><div class="card"><a href="{x.path}"><img class="card-img-top" src="{HOST}/uploads/news/thumb_{x.id}.jpg" alt=""></a><div class="card-body p-2"><a href="{x.path}" class="small">{esc(x.title)}</a><p class="small text-muted">{tdate(x.published)}</p></div></div></div>'
            for x in self.others(a)
        )
        content = f"""<div class="news-detail">
<ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/pr/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">รายละเอียดข่าว</li></ol>
<div class="news-topic">{esc(a.title)}</div>
<div class="news-meta small text-muted">{meta}</div>
<div class="news-tools"><a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="btn btn-sm btn-primary" target="_blank">แชร์ Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" class="btn btn-sm btn-success" target="_blank">ส่งต่อ LINE</a> <a href="javascript:window.print()" class="btn btn-sm btn-secondary">พิมพ์</a></div>
<div class="news-content">
<img src="{HOST}/uploads/news/{a.id}.jpg" class="img-fluid mb-3" alt="">
{body}
{credit}
</div>
{gallery}{files}{tags}
{nav}
<div class="news-comment"><h6>แสดงความคิดเห็น</h6><div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div></div>
<div class="news-other"><div class="section-title"><span>ข่าวอื่นๆ ที่น่าสนใจ</span></div><div class="row">{oth}</div></div>
</div>"""
        head = f"""<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{url}">
<meta property="og:image" content="{HOST}/uploads/news/{a.id}.jpg">
"""
        return self.shell(content, head)

    def empty(self):
        content = """<div class="news-detail">
<ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/pr/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">รายละเอียดข่าว</li></ol>
<div class="news-topic"></div>
<div class="news-meta small text-muted"><span class="news-date"><i class="far fa-calendar-alt"></i> </span> <span class="news-view"><i class="far fa-eye"></i> อ่าน : ๐</span></div>
<div class="news-content"><div class="alert alert-warning">ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว</div></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            return self.html_response(self.listing(0))
        if path.startswith("/pr/news/index/"):
            off = path.rsplit("/", 1)[1]
            if (
                not off.isdigit()
                or int(off) % PER_PAGE
                or not 0 < int(off) // PER_PAGE < len(self.pages)
            ):
                return None
            return self.html_response(self.listing(int(off) // PER_PAGE))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/pr/news/detail/{DELETED_ID}":
            return self.html_response(self.empty())
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                tdate(a.published),
                f"อ่าน : {thai_digits(f'{a.views:,}')}",
                "ปรับปรุงข้อมูลเมื่อ",
                "แชร์ Facebook",
                "ส่งต่อ LINE",
                "ขนาดตัวอักษร",
                "แสดงความคิดเห็น",
                "ข่าวอื่นๆ ที่น่าสนใจ",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ดาวน์โหลดเอกสาร (PDF)",
                "ภาพกิจกรรม ๑",
                SITE_STATS,
                COOKIE,
                FOOTER,
            ]
            if a.source:
                must_not.append(f"ภาพ/ข่าว : {a.source}")
            if i > 0:
                must_not.append(self.articles[i - 1].title)
            if i + 1 < len(self.articles):
                must_not.append(self.articles[i + 1].title)
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = HospitalSite()

if __name__ == "__main__":
    main(SITE)
