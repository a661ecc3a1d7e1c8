"""Blind-39 red-team site (part C): a **Thai Rajabhat university PR office on a vendor PHP
CMS** (Bootstrap 4 + Font Awesome, rewrite URLs `news-detail-N.html`), built blind.

What it imitates:
- `<title>` is the PR office name on every page; the `h1` is the logo text and the `h2` the
  section name "ข่าวประชาสัมพันธ์"; **the headline is only in `div.news-detail-title`** (and
  `og:title`);
- **the date is split over a calendar badge**: `span.day` "15", `span.month` "ม.ค.",
  `span.year` "67" (two-digit BE) with no machine date anywhere; a separate `span.time`
  "10:30 น." on some items only;
- "แก้ไขล่าสุด 18/01/2567 14:20" (BE, slashes) only on edited items;
- **a Thai-digit counter** "เข้าชม ๑,๒๐๕ ครั้ง" and an author login line "โดย : pr_nsru";
- inside the same content box: font-size tools (ก- ก ก+), share / print row above the text,
  a captioned gallery (some), "ไฟล์ดาวน์โหลด" (some), `#tag` chips, prev/next with neighbour
  titles, Facebook comments, "ข่าวอื่นๆ" cards with their badges; the editor-typed
  "ข่าว : …" / "ภาพ/ข่าว : …" line at the end of the text (some);
- **listing pager**: rewrite URLs `news-list.html`, `news-list-2.html`, ... with a
  `<select onchange>` page jumper ("หน้า 1/3") whose options hold the URLs and only
  "« ก่อนหน้า" / "ถัดไป »" as links (no numbered links);
- footer visitor statistics, PDPA cookie bar.
Deleted: `news-detail-N.html` answering 200 with the empty detail template ("ไม่พบข้อมูลข่าว").
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

OFFICE = "งานประชาสัมพันธ์ มหาวิทยาลัยราชภัฏกำแพงเพชร"
SHORT = "มหาวิทยาลัยราชภัฏกำแพงเพชร"
HOST = "https://pr.kpru.ac.th"
PER_PAGE = 9
SOURCES = ["ข่าว", None, "ภาพ/ข่าว", None, "ข่าว"]
OFFICES = ["งานประชาสัมพันธ์ คณะครุศาสตร์", "กองพัฒนานักศึกษา", "สำนักส่งเสริมวิชาการและงานทะเบียน"]
AUTHORS = ["pr_kpru", "admin01", "somsri.p"]
DELETED_ID = 3317
STATS = "สถิติผู้เข้าชม วันนี้ 312 คน ทั้งหมด 1,204,555 คน"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อวัตถุประสงค์ในการเก็บข้อมูลสถิติการเข้าชม ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "69 หมู่ 1 ตำบลนครชุม อำเภอเมือง จังหวัดกำแพงเพชร 62000"


def badge(d: dt.datetime | None) -> str:
    if d is None:
        return '<div class="date-badge"><span class="day"></span><span class="month"></span><span class="year"></span></div>'
    return f'<div class="date-badge"><span class="day">{d.day}</span><span class="month">{MONTHS_ABBR[d.month - 1]}</span><span class="year">{str(d.year + 543)[-2:]}</span></div>'


def slash(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543} {d:%H:%M}"


class UniPRSite(BaseSite):
    key = "b39_uni_prnews"
    family = "generic"
    imitates = "Thai Rajabhat university PR office on a vendor PHP CMS (Bootstrap 4, news-detail-N.html): <title> = office name everywhere, h1 = logo text, h2 = section, headline only in div.news-detail-title and og:title; date split over a calendar badge (day / Thai month abbr. / two-digit BE year in separate spans, no machine date), separate 'HH:MM น.' span on some items; 'แก้ไขล่าสุด dd/mm/25xx HH:MM' only when edited; Thai-digit counter 'เข้าชม ๑,๒๐๕ ครั้ง'; author login line; font-size tools, share/print row, captioned gallery, downloads, #tag chips, prev/next with titles, FB comments, 'ข่าวอื่นๆ' cards inside the content box; 'ข่าว : …' sign-off line; listing news-list.html / news-list-N.html paged by a <select onchange> jumper and only prev/next links; deleted = empty detail template (200)"
    listing_path = "/news-list.html"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=1111
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3360
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 3
            a.path = f"/news-detail-{a.id}.html"
            label = SOURCES[i % len(SOURCES)]
            a.source = OFFICES[i % len(OFFICES)] if label else None
            a.extra["label"] = label
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["gallery"] = i % 4 == 2
            a.extra["file"] = i % 7 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def page_url(self, k):
        return "/news-list.html" if k == 0 else f"/news-list-{k + 1}.html"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/news-detail-{DELETED_ID}.html"]

    def shell(self, content, head_extra=""):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="keywords" content="ข่าวประชาสัมพันธ์, {SHORT}, KPRU">
{head_extra}<title>{OFFICE}</title>
<link rel="stylesheet" href="/assets/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/fontawesome/css/all.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=2.3.1">
<script src="/assets/js/jquery-3.4.1.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><a href="https://www.kpru.ac.th">เว็บไซต์มหาวิทยาลัย</a> | <a href="/contact.html">ติดต่อเรา</a> | <a href="/en/">English</a></div></div>
<header class="header"><div class="container"><div class="logo"><a href="/"><img src="/images/logo.png" alt="logo"></a><h1 class="logo-text">{OFFICE}<small>Public Relations, Kamphaeng Phet Rajabhat University</small></h1></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-main"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="/news-list.html">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/activity-list.html">ภาพกิจกรรม</a></li><li class="nav-item"><a class="nav-link" href="/radio.html">สถานีวิทยุ</a></li><li class="nav-item"><a class="nav-link" href="/journal.html">จดหมายข่าว</a></li></ul></div></nav>
<section class="page-content"><div class="container"><div class="row">
<div class="col-lg-9">
<h2 class="section-title"><i class="fas fa-newspaper"></i> ข่าวประชาสัมพันธ์</h2>
{content}
</div>
<div class="col-lg-3 sidebar"><div class="box-side"><h4>ลิงก์ที่น่าสนใจ</h4><ul><li><a href="https://reg.kpru.ac.th">ระบบทะเบียน</a></li><li><a href="https://e-doc.kpru.ac.th">ระบบสารบรรณ</a></li></ul></div><div class="fb-page" data-href="https://www.facebook.com/prkpru"></div></div>
</div></div></section>
<footer class="footer"><div class="container"><p>{OFFICE}</p><p>{FOOTER} โทร 0-5570-6555 ต่อ 1304</p><p class="stats">{STATS}</p><p>Copyright © 2024 KPRU. Powered by WebPR v2.3</p></div></footer>
<div class="pdpa-bar" id="pdpa"><p>{PDPA}</p><button class="btn btn-sm btn-warning" onclick="acceptCookie()">ยอมรับ</button> <a href="/privacy.html">นโยบายความเป็นส่วนตัว</a></div>
<script src="/assets/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/main.js?v=2.3.1"></script>
</body>
</html>
"""

    def card(self, title, path, a):
        return f"""<div class="col-md-4"><div class="news-card"><a href="{path}"><img class="img-fluid" src="/upload/news/thumb_{a.id}.jpg" alt=""></a>{badge(a.published)}<div class="news-card-body"><a href="{path}" class="news-card-title">{esc(title)}</a><p class="news-card-text">{esc(a.paras[0][:120])}...</p><span class="view"><i class="far fa-eye"></i> {thai_digits(f"{a.views:,}")}</span></div></div></div>
"""

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4,
                self.card(
                    "ประกาศรับสมัครนักศึกษาช่วยงาน (ยกเลิก)", self.deleted_paths()[0], self.pages[1][4]
                ),
            )
        n = len(self.pages)
        opts = "".join(
            f'<option value="{self.page_url(j)}"{" selected" if j == k else ""}>{j + 1}</option>'
            for j in range(n)
        )
        prev = (
            f'<a class="btn btn-outline-secondary btn-sm" href="{self.page_url(k - 1)}">« ก่อนหน้า</a>'
            if k > 0
            else '<span class="btn btn-outline-secondary btn-sm disabled">« ก่อนหน้า</span>'
        )
        nxt = (
            f'<a class="btn btn-outline-secondary btn-sm" href="{self.page_url(k + 1)}">ถัดไป »</a>'
            if k < n - 1
            else '<span class="btn btn-outline-secondary btn-sm disabled">ถัดไป »</span>'
        )
        pager = f'<div class="page-jump text-center">{prev} หน้า <select class="custom-select custom-select-sm w-auto" onchange="window.location.href=this.value">{opts}</select> / {n} {nxt}<div class="small text-muted">ทั้งหมด {len(self.articles) + 1} รายการ</div></div>'
        content = f'<div class="row news-list">{"".join(cards)}</div>\n{pager}'
        return self.shell(content)

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles[i + 2 : i + 5]]
        return pool or self.articles[:3]

    def detail(self, a):
        time = (
            f'<span class="time"><i class="far fa-clock"></i> {a.published:%H:%M} น.</span>'
            if a.time_printed
            else ""
        )
        edited = (
            f'<span class="edited"><i class="fas fa-pen"></i> แก้ไขล่าสุด {slash(a.modified)}</span>'
            if a.modified
            else ""
        )
        paras = [f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras]
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']} :</strong> {esc(a.source)}</p>")
        gallery = ""
        if a.extra["gallery"]:
            gallery = (
                '<div class="gallery row">'
                + "".join(
                    f'<div class="col-4"><a href="/upload/gallery/{a.id}_{j}.jpg" data-fancybox="gallery"><img class="img-fluid" src="/upload/gallery/thumb_{a.id}_{j}.jpg" alt=""></a><p class="caption">ภาพกิจกรรม {j}</p></div>'
                    for j in (1, 2, 3)
                )
                + "</div>"
            )
        files = ""
        if a.extra["file"]:
            files = f'<div class="download"><h5><i class="fas fa-download"></i> ไฟล์ดาวน์โหลด</h5><a href="/upload/file/news_{a.id}.pdf" target="_blank">เอกสารประกอบข่าว.pdf</a> (312 KB)</div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags">'
                + "".join(
                    f'<a class="badge badge-light" href="/news-tag.html?tag={esc(t)}">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<div class="row news-nav">'
        left = (
            f'<a href="{older.path}">« ข่าวก่อนหน้า<br><span>{esc(older.title)}</span></a>'
            if older
            else ""
        )
        right = (
            f'<a href="{newer.path}">ข่าวถัดไป »<br><span>{esc(newer.title)}</span></a>'
            if newer
            else ""
        )
        nav += f'<div class="col-6">{left}</div><div class="col-6 text-right">{right}</div></div>'
        others = "".join(self.card(x.title, x.path, x) for x in self.others(a))
        content = f"""<div class="box-content news-detail">
<div class="news-detail-head">{badge(a.published)}<div class="news-detail-title">{esc(a.title)}</div>
<div class="news-meta">{time}<span class="view"><i class="far fa-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span><span class="author"><i class="fas fa-user"></i> โดย : {a.extra["author"]}</span>{edited}</div></div>
<div class="tools"><span class="font-size">ขนาดตัวอักษร <a href="javascript:fontsize(-1)">ก-</a> <a href="javascript:fontsize(0)">ก</a> <a href="javascript:fontsize(1)">ก+</a></span><span class="share"><a class="btn btn-fb btn-sm" href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" target="_blank"><i class="fab fa-facebook-f"></i> แชร์</a> <a class="btn btn-line btn-sm" href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" target="_blank">LINE</a> <a class="btn btn-secondary btn-sm" href="javascript:window.print()"><i class="fas fa-print"></i> พิมพ์</a></span></div>
<div class="news-cover"><img class="img-fluid" src="/upload/news/{a.id}.jpg" alt=""></div>
<div class="news-detail-body">{"".join(paras)}</div>
{gallery}{files}{tags}
{nav}
<div class="comment"><h5>แสดงความคิดเห็น</h5><div class="fb-comments" data-href="{HOST}{a.path}" data-width="100%" data-numposts="5"></div></div>
<div class="other-news"><h4>ข่าวอื่นๆ</h4><div class="row">{others}</div></div>
</div>"""
        head = f"""<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{HOST}{a.path}">
<meta property="og:image" content="{HOST}/upload/news/{a.id}.jpg">
"""
        return self.shell(content, head)

    def empty(self):
        content = f"""<div class="box-content news-detail">
<div class="news-detail-head">{badge(None)}<div class="news-detail-title"></div>
<div class="news-meta"><span class="view"><i class="far fa-eye"></i> เข้าชม ๐ ครั้ง</span><span class="author"><i class="fas fa-user"></i> โดย : </span></div></div>
<div class="news-detail-body"><p class="text-center text-muted">ไม่พบข้อมูลข่าว</p></div>
<div class="comment"><h5>แสดงความคิดเห็น</h5><div class="fb-comments" data-href="{HOST}/news-detail-{DELETED_ID}.html"></div></div>
</div>"""
        return self.shell(content, '<meta property="og:title" content="">\n')

    def route(self, path, query, raw_query, base):
        for k in range(len(self.pages)):
            if path == self.page_url(k):
                return self.html_response(self.listing(k))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.empty())
        if path in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                f"โดย : {a.extra['author']}",
                "แก้ไขล่าสุด",
                "ขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "แสดงความคิดเห็น",
                "ข่าวอื่นๆ",
                "ภาพกิจกรรม 1",
                "ไฟล์ดาวน์โหลด",
                "เอกสารประกอบข่าว.pdf",
                STATS,
                PDPA,
                FOOTER,
                "Public Relations, Kamphaeng Phet Rajabhat University",
            ]
            must_not += [x.title for x in (newer, older) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = UniPRSite()

if __name__ == "__main__":
    main(SITE)
