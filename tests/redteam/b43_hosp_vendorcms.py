"""Blind-43 red-team site (part C): **a Thai regional hospital's PR portal on a PHP vendor CMS**
(Bootstrap 4 + Font Awesome 4, the "hospital website package" Thai vendors sell), built blind.

What it imitates:
- query URLs: listing `/pr/index.php?cat=2` and `&pg=N` (1-based), items
  `/pr/view.php?id=<id>&cat=2`; `<meta name="author" content="…Soft">`, `/pr/uploads/`,
  `/assets/vendor/`, a PDPA cookie bar, hotline footer;
- item page: **`<title>` = the hospital name on every page, `h1` = "ข่าวประชาสัมพันธ์", the
  headline only in `p.news-topic` (no heading tag)**; **date badge split over `c-day` /
  `c-month` / `c-year` in Thai digits with a two-digit BE year ("๐๕ / มี.ค. / ๖๗")**, the time
  "๑๔.๒๐ น." in a separate clock span on some items only; **view counter as a bare Thai-digit
  number after an eye icon** (label only in `title`); no machine date anywhere; "ข่าว/ภาพ :" line
  at the end of the text (some); photo gallery (some) and attachment (some) inside the body
  container; share (Facebook / LINE), print, font size; "ข่าวอื่นๆ" cards; sidebar hotline,
  site counter in Thai digits;
- listing: cards with truncated titles and the same badge; pagination = "« ก่อนหน้า" /
  "ถัดไป »" links plus a page-jump `<select>` whose options carry the other pages' URLs.
Deleted: `/pr/view.php?id=488&cat=2` — answers 200 with the item template, an empty topic and
badge, "อ่าน ๐" and "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
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

HOSP = "โรงพยาบาลสวรรค์ประชารักษ์"
LIST = "/pr/index.php?cat=2"
PER = 9
SOURCES = [None, "งานประชาสัมพันธ์ " + HOSP, None, "กลุ่มงานสุขศึกษา", None, None]
DELETED = "/pr/view.php?id=488&cat=2"
DELETED_TITLE = "ประกาศรับสมัครพนักงานราชการ (ยกเลิก)"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว"
COUNTER = "ผู้เข้าชมเว็บไซต์ ๒,๘๑๔,๐๓๗ ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้ เพื่อเพิ่มประสิทธิภาพในการให้บริการ ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "43 ถนนอัตถกวี ตำบลปากน้ำโพ อำเภอเมือง จังหวัดนครสวรรค์ 60000"
HOTLINE = "ศูนย์รับเรื่องร้องเรียน โทร. 056-219-888 ต่อ 1234"


def badge(d: dt.datetime | None) -> str:
    if d is None:
        return '<div class="calendar"><span class="c-day"></span><span class="c-month"></span><span class="c-year"></span></div>'
    return (
        f'<div class="calendar"><span class="c-day">{thai_digits(f"{d.day:02d}")}</span>'
        f'<span class="c-month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="c-year">{thai_digits(str(d.year + 543)[-2:])}</span></div>'
    )


def clock(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}") + " น."


def short(t: str, n: int = 60) -> str:
    return t if len(t) <= n else t[:n] + "..."


class HospSite(BaseSite):
    key = "b43_hosp_vendorcms"
    family = "generic"
    imitates = "Thai regional hospital PR portal on a PHP vendor CMS (Bootstrap 4, Font Awesome 4): /pr/index.php?cat=2&pg=N, /pr/view.php?id=N&cat=2; <title> = hospital on every page, h1 = 'ข่าวประชาสัมพันธ์', headline only in p.news-topic; date badge split c-day/c-month/c-year in Thai digits with a two-digit BE year, time 'HH.MM น.' in a separate span on some items; view count a bare Thai-digit number after an eye icon; no machine date; 'ข่าว/ภาพ :' line ending the text (some); gallery and attachment inside the body container (some); share, print, font size; 'ข่าวอื่นๆ' cards; hotline, site counter, PDPA bar; listing with truncated titles, prev/next links and a page-jump select"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 5, 30, 16, 30, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 540 - i * 2 - (i % 3 == 0)
            a.path = f"/pr/view.php?id={a.id}&cat=2"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 23 + (i * 173) % 3100
            a.modified = None
            a.extra["gallery"] = i % 4 == 2
            a.extra["file"] = i % 7 == 4
        self.articles = arts
        self.by_id = {str(a.id): a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in {a.path for a in arts}

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}&pg={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell
    def shell(self, content):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="author" content="NSW HospitalWeb by NakhonSoft">
<meta name="description" content="{HOSP} นครสวรรค์">
<title>{HOSP}</title>
<link rel="icon" href="/assets/img/favicon.png">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/font-awesome/css/font-awesome.min.css">
<link rel="stylesheet" href="/assets/vendor/fancybox/jquery.fancybox.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=3.2">
</head>
<body>
<div class="topbar"><div class="container"><span class="hotline"><i class="fa fa-phone"></i> {HOTLINE}</span><span class="fontsize">ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-up">ก+</a></span></div></div>
<header class="header"><div class="container"><a class="navbar-brand" href="/"><img src="/assets/img/logo.png" alt="{HOSP}"> <span class="brand-name">{HOSP}</span><small class="brand-en">Sawanpracharak Hospital</small></a></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-main"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item dropdown"><a class="nav-link" href="/about/">เกี่ยวกับโรงพยาบาล</a></li><li class="nav-item active"><a class="nav-link" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/pr/index.php?cat=3">ข่าวจัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/doctor/">ตารางแพทย์</a></li><li class="nav-item"><a class="nav-link" href="/ita/">ITA</a></li></ul></div></nav></header>
<section class="page-section"><div class="container"><div class="row">
<div class="col-lg-9 main-col">
<h1 class="section-title"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</h1>
{content}
</div>
<div class="col-lg-3 side-col">
<div class="side-box"><div class="side-title">บริการออนไลน์</div><ul class="side-links"><li><a href="/queue/">จองคิวออนไลน์</a></li><li><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/job/">รับสมัครงาน</a></li></ul></div>
<div class="side-box"><div class="side-title">สถิติผู้เข้าชม</div><div class="counter-box">{COUNTER}</div></div>
</div>
</div></div></section>
<footer class="footer"><div class="container"><p class="f-name">{HOSP}</p><p>{FOOTER}</p><p>โทรศัพท์ 056-219-888 โทรสาร 056-219-899</p><p class="copyright">© 2567 {HOSP} | พัฒนาระบบโดย NakhonSoft</p></div></footer>
<div id="pdpa-bar" class="pdpa-bar fixed-bottom"><div class="container"><span>{COOKIE}</span> <a href="/privacy/" class="btn btn-link">นโยบายความเป็นส่วนตัว</a> <button class="btn btn-sm btn-success" id="pdpa-accept">ยอมรับทั้งหมด</button></div></div>
<script src="/assets/vendor/jquery/jquery.min.js"></script>
<script src="/assets/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/vendor/fancybox/jquery.fancybox.min.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, path, title, d, views, thumb):
        return f"""<div class="col-md-4 news-card-col"><div class="card news-card">
<a href="{path.replace("&", "&amp;")}"><img class="card-img-top" src="/pr/uploads/thumb/{thumb}.jpg" alt=""></a>
{badge(d)}
<div class="card-body"><a class="card-title-link" href="{path.replace("&", "&amp;")}">{esc(short(title))}</a>
<div class="card-meta"><i class="fa fa-eye"></i> {thai_digits(f"{views:,}")}</div></div>
</div></div>"""

    def listing(self, k):
        n = len(self.pages)
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.views, a.id))
            if k == 1 and j == 3:
                cards.append(self.card(DELETED, DELETED_TITLE, a.published, 0, 488))
        nav = []
        if k > 0:
            nav.append(
                f'<a class="btn btn-outline-primary" href="{self.page_url(k - 1).replace("&", "&amp;")}">« ก่อนหน้า</a>'
            )
        opts = "".join(
            f'<option value="{self.page_url(j).replace("&", "&amp;")}"{" selected" if j == k else ""}>{j + 1}</option>'
            for j in range(n)
        )
        nav.append(
            f'<span class="page-jump">หน้า <select onchange="location.href=this.value">{opts}</select> จาก {n}</span>'
        )
        if k < n - 1:
            nav.append(
                f'<a class="btn btn-outline-primary" href="{self.page_url(k + 1).replace("&", "&amp;")}">ถัดไป »</a>'
            )
        content = f"""<div class="row news-list">{"".join(cards)}</div>
<div class="news-paging text-center">{" ".join(nav)}</div>"""
        return self.shell(content)

    # ------------------------------------------------------------------ item
    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles if x is not a][max(0, i - 2) : max(0, i - 2) + 4]

    def item(self, a):
        p = a.published
        tm = (
            f'<span class="news-time"><i class="fa fa-clock-o"></i> {clock(p)}</span>'
            if a.time_printed
            else ""
        )
        body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>"
        if a.extra["gallery"]:
            body += (
                '<div class="news-gallery row"><div class="col-12 gallery-title">ภาพกิจกรรม</div>'
                + "".join(
                    f'<div class="col-3"><a data-fancybox="gallery" href="/pr/uploads/{a.id}/{j}.jpg"><img src="/pr/uploads/{a.id}/thumb_{j}.jpg" class="img-fluid" alt=""></a></div>'
                    for j in range(1, 5)
                )
                + "</div>"
            )
        if a.extra["file"]:
            body += f'<div class="news-file"><i class="fa fa-file-pdf-o"></i> เอกสารประกอบ : <a href="/pr/uploads/file/pr{a.id}.pdf" target="_blank">pr{a.id}.pdf</a> (ดาวน์โหลด {thai_digits(a.views // 7)} ครั้ง)</div>'
        others = "".join(
            f'<div class="col-md-3"><div class="card other-card"><a href="{x.path.replace("&", "&amp;")}"><img class="card-img-top" src="/pr/uploads/thumb/{x.id}.jpg" alt=""></a><div class="card-body"><a href="{x.path.replace("&", "&amp;")}">{esc(short(x.title, 70))}</a></div></div></div>'
            for x in self.others(a)
        )
        content = f"""<div class="news-detail">
<div class="news-head clearfix">
{badge(p)}
<div class="news-head-text"><p class="news-topic">{esc(a.title)}</p>
<div class="news-info">{tm}<span class="news-view" title="จำนวนผู้อ่าน"><i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</span></div></div>
</div>
<div class="news-tools"><a href="https://www.facebook.com/sharer/sharer.php?u=view.php%3Fid%3D{a.id}" class="btn btn-fb" target="_blank"><i class="fa fa-facebook"></i> แชร์</a><a href="https://social-plugins.line.me/lineit/share?url=view.php%3Fid%3D{a.id}" class="btn btn-line" target="_blank">LINE</a><a href="/pr/print.php?id={a.id}" class="btn btn-print" target="_blank"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="news-content">
<img src="/pr/uploads/{a.id}/cover.jpg" class="img-fluid news-cover" alt="">
{body}
</div>
<div class="news-back"><a href="{LIST}" class="btn btn-secondary"><i class="fa fa-chevron-left"></i> ย้อนกลับ</a></div>
</div>
<div class="other-news"><h4 class="other-title">ข่าวอื่นๆ</h4><div class="row">{others}</div></div>"""
        return self.shell(content)

    def deleted(self):
        content = f"""<div class="news-detail">
<div class="news-head clearfix">
{badge(None)}
<div class="news-head-text"><p class="news-topic"></p>
<div class="news-info"><span class="news-view" title="จำนวนผู้อ่าน"><i class="fa fa-eye"></i> ๐</span></div></div>
</div>
<div class="news-content"><div class="alert alert-warning">{NOT_FOUND}</div></div>
<div class="news-back"><a href="{LIST}" class="btn btn-secondary"><i class="fa fa-chevron-left"></i> ย้อนกลับ</a></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == "/pr/index.php":
            if qs1(query, "cat") != "2":
                return None
            pg = qs1(query, "pg", "1")
            if not pg.isdigit() or not 1 <= int(pg) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(pg) - 1))
        if path == "/pr/view.php":
            if qs1(query, "cat", "2") != "2":
                return None
            nid = qs1(query, "id")
            if nid in self.by_id:
                return self.html_response(self.item(self.by_id[nid]))
            if nid == "488":
                return self.html_response(self.deleted())
            return None
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            p = a.published
            must_not = [
                f"{thai_digits(f'{p.day:02d}')} {MONTHS_ABBR[p.month - 1]}",
                clock(p) if a.time_printed else "",
                thai_digits(f"{a.views:,}") if a.views >= 1000 else "",
                "แชร์",
                "พิมพ์",
                "ย้อนกลับ",
                "ข่าวอื่นๆ",
                "ขนาดตัวอักษร",
                "บริการออนไลน์",
                "จองคิวออนไลน์",
                HOTLINE,
                COUNTER,
                COOKIE,
                FOOTER,
                "พัฒนาระบบโดย NakhonSoft",
            ]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารประกอบ :", f"pr{a.id}.pdf"]
            must_not += [short(x.title, 70) for x in self.others(a)]
            out.append(expected_record(a, modified=False, tags=False, must_not=must_not))
        return out


SITE = HospSite()

if __name__ == "__main__":
    main(SITE)
