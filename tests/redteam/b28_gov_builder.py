"""Blind-28 red-team site: a **department portal on a Thai vendor's web builder** (PHP,
CodeIgniter 4 underneath, Bootstrap 5 + AOS + Font Awesome, news cards), the kind that
ministries' departments buy as a package with ITA / e-Service menus: กรมการข้าว-like office
(สำนักงานเลขานุการกรม, กรมส่งเสริมสหกรณ์ตัวอย่าง), built blind.

What it imitates:
- vendor fingerprints: `meta name="generator" content="WebPortal Builder 4.2"`, `/public/themes/
  gov01/`, `/public/uploads/news/`, `csrf_test_name` hidden input, `ci_session` in the
  inline script, `site_url` JS variable, `/rss/news` feed;
- **the headline only in `h4.topic-detail`**: `<title>` and `og:title` carry the site name and the
  menu ("ข่าวประชาสัมพันธ์ | …"), the page banner `h1` is the section name, the breadcrumb
  ends in "รายละเอียดข่าว";
- **date split over three spans in Thai digits, two-digit BE year** ("๑๕" "มี.ค." "๖๗") with
  a separate "๑๐.๓๐ น." on 3 in 5 items; no machine date anywhere;
- "อัปเดตล่าสุด ๑๘/๐๓/๒๕๖๗ ๑๔:๐๕" (Thai digits, BE) on edited items only;
- **view counter a bare Thai-digit number beside an eye icon** (`title="จำนวนผู้เข้าชม"`);
- inside `div.detail-content`: a tool row (font size "ก- ก ก+", "พิมพ์", "คัดลอกลิงก์") and the
  share row "แชร์ข่าวนี้" before the text, the text, a last bold paragraph "ข่าว/ภาพ : …" or
  "ที่มา : …" (2 in 3), a gallery "ภาพกิจกรรม" (1 in 3), "เอกสารแนบ" download rows (1 in 5),
  hashtag chips "#…" (tags), prev/next buttons with neighbour titles; after it "ข่าวอื่นๆ" cards
  with Thai-digit dates; header marquee "ประกาศ", footer visitor counter in Thai digits, PDPA bar.
Listing: `/news/list`, **path-segment pages `/news/list/page/2`, `/news/list/page/3`** with
Thai-digit page numbers in `ul.pagination` ("ก่อนหน้า" / "ถัดไป"), cards with image, split date,
title, a 150-character intro and "อ่านต่อ". Deleted: a removed news id linked from page 2; the
builder answers **200** with the empty detail template ("ไม่พบข้อมูลข่าวที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt
import re

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

OFFICE = "กรมส่งเสริมสหกรณ์"
HOST = "https://www.cpd.go.th"
TH = "/public/themes/gov01"
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    (None, None),
    ("ที่มา", "สำนักงานสหกรณ์จังหวัดนครปฐม"),
    ("ข่าว/ภาพ", "กองประชาสัมพันธ์และเผยแพร่"),
    (None, None),
    ("ที่มา", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์"),
]
PER_PAGE = 8
DELETED_ID = 4126
SITE_COUNTER = "ผู้เข้าชมทั้งหมด ๒,๔๑๘,๐๗๗ คน"


def split_date(d: dt.datetime) -> str:
    return (
        f'<span class="d">{thai_digits(d.day)}</span> '
        f'<span class="m">{MONTHS_ABBR[d.month - 1]}</span> '
        f'<span class="y">{thai_digits(str(d.year + 543)[-2:])}</span>'
    )


def plain_date(d: dt.datetime) -> str:
    return f"{thai_digits(d.day)} {MONTHS_ABBR[d.month - 1]} {thai_digits(str(d.year + 543)[-2:])}"


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def th_stamp(d: dt.datetime) -> str:
    return thai_digits(f"{d:%d/%m}/{d.year + 543} {d:%H:%M}")


class GovBuilderSite(BaseSite):
    key = "b28_gov_builder"
    family = "generic"
    imitates = "Thai vendor web builder (PHP/CodeIgniter 4, Bootstrap 5) department portal: /news/detail/N; headline only in h4.topic-detail (<title>, og:title = site + section, h1 = section); date split in three spans, Thai digits, two-digit BE year, separate 'น.' time on 3 in 5, no machine date; 'อัปเดตล่าสุด' Thai-digit stamp on edited items only; bare Thai-digit view count by an eye icon; tools, share, bold 'ข่าว/ภาพ :' / 'ที่มา :' paragraph, gallery, attachments, hashtags and prev/next titles inside div.detail-content; 'ข่าวอื่นๆ' cards; listing /news/list/page/N with Thai-digit page numbers; deleted id = empty detail template at 200"
    listing_path = "/news/list"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 11, 22, 17, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        nid = 4170
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            a.time_printed = i % 5 not in (1, 3)
            label, office = SOURCES[i % len(SOURCES)]
            a.source = office
            a.extra["label"] = label
            a.path = f"/news/detail/{a.id}"
            a.extra["gallery"] = i % 3 == 0
            a.extra["file"] = i % 5 == 2
            if a.modified is not None and a.modified <= a.published:
                a.modified = None
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news/list"] + [f"/news/list/page/{k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/news/detail/{DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, title, section, crumb, content, og_url):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="WebPortal Builder 4.2">
<meta name="description" content="{OFFICE} กระทรวงเกษตรและสหกรณ์">
<meta property="og:type" content="website">
<meta property="og:title" content="{esc(title)}">
<meta property="og:url" content="{og_url}">
<meta property="og:image" content="{HOST}/public/uploads/setting/og_default.jpg">
<title>{esc(title)}</title>
<link rel="icon" href="{HOST}/public/uploads/setting/favicon.png">
<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="{HOST}/rss/news">
<link rel="stylesheet" href="{HOST}{TH}/vendor/bootstrap/css/bootstrap.min.css?v=5.3.2">
<link rel="stylesheet" href="{HOST}{TH}/vendor/fontawesome/css/all.min.css">
<link rel="stylesheet" href="{HOST}{TH}/vendor/aos/aos.css">
<link rel="stylesheet" href="{HOST}{TH}/css/style.css?v=20240611">
<script>var site_url = "{HOST}/"; var csrf_name = "csrf_test_name";</script>
</head>
<body class="theme-gov01">
<div class="topbar d-none d-lg-block"><div class="container d-flex justify-content-between">
  <div class="topbar-left"><a href="/ita">ITA</a> | <a href="/eservice">e-Service</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></div>
  <div class="topbar-right"><span class="font-tools">ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a></span> <span class="contrast">การแสดงผล <a href="#" class="ct-normal">C</a> <a href="#" class="ct-dark">C</a></span> <a href="/lang/en">EN</a></div>
</div></div>
<header class="site-header"><div class="container"><div class="row align-items-center">
  <div class="col-lg-5"><a class="navbar-brand" href="/"><img src="{HOST}/public/uploads/setting/logo.png" alt="{OFFICE}"><span class="brand-th">{OFFICE}</span><span class="brand-en">Cooperative Promotion Department</span></a></div>
  <div class="col-lg-7"><form class="search-box" action="/search" method="get"><input type="hidden" name="csrf_test_name" value="9b2e71c0d4f8a6e3"><input type="text" name="keyword" placeholder="ค้นหา..."><button type="submit"><i class="fa fa-search"></i></button></form></div>
</div></div>
<nav class="navbar navbar-expand-lg main-nav"><div class="container"><ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li>
<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/about">เกี่ยวกับกรม</a></li>
<li class="nav-item active"><a class="nav-link" href="/news/list">ข่าวประชาสัมพันธ์</a></li>
<li class="nav-item"><a class="nav-link" href="/procurement">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item"><a class="nav-link" href="/download">ดาวน์โหลด</a></li>
<li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="announce-bar"><div class="container"><span class="badge bg-warning">ประกาศ</span><marquee scrollamount="4">ขอเชิญชวนสหกรณ์ทั่วประเทศร่วมตอบแบบสำรวจความพึงพอใจต่อการให้บริการ ประจำปีงบประมาณ พ.ศ. ๒๕๖๘</marquee></div></div>
</header>
<section class="page-banner" style="background-image:url({HOST}{TH}/images/banner-news.jpg)"><div class="container"><h1 class="page-title">{esc(section)}</h1>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>{crumb}</ol></nav></div></section>
<main class="page-content py-5"><div class="container">
{content}
</div></main>
<footer class="site-footer"><div class="container"><div class="row">
  <div class="col-lg-6"><h5>{OFFICE}</h5><p>๑๒ ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ ๑๐๑๐๐<br>โทรศัพท์ ๐-๒๖๒๘-๕๐๖๐</p></div>
  <div class="col-lg-3"><h5>ลิงก์ที่เกี่ยวข้อง</h5><ul><li><a href="https://www.moac.go.th">กระทรวงเกษตรและสหกรณ์</a></li><li><a href="https://www.opdc.go.th">สำนักงาน ก.พ.ร.</a></li></ul></div>
  <div class="col-lg-3"><h5>สถิติผู้เข้าชม</h5><p class="counter">วันนี้ ๑,๓๐๒ คน<br>{SITE_COUNTER}</p></div>
</div><div class="copyright">สงวนลิขสิทธิ์ © ๒๕๖๗ {OFFICE} | <a href="/policy">นโยบายเว็บไซต์</a> | <a href="/pdpa">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div></div></footer>
<div id="cookie-consent" class="cookie-consent show"><div class="container"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a href="/pdpa">อ่านเพิ่มเติม</a></p><button class="btn btn-primary btn-accept">ยอมรับทั้งหมด</button> <button class="btn btn-outline-light btn-setting">ตั้งค่า</button></div></div>
<script src="{HOST}{TH}/vendor/jquery/jquery-3.7.1.min.js"></script>
<script src="{HOST}{TH}/vendor/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="{HOST}{TH}/vendor/aos/aos.js"></script>
<script src="{HOST}{TH}/js/main.js?v=20240611"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, path, a):
        return f"""<div class="col-lg-3 col-md-6" data-aos="fade-up"><div class="card news-card h-100">
  <a href="{path}" class="news-thumb"><img src="{HOST}/public/uploads/news/thumb_{a.id}.jpg" class="card-img-top" alt=""></a>
  <div class="card-body"><div class="news-date"><i class="fa-regular fa-calendar"></i> {split_date(a.published)}</div>
  <h5 class="card-title"><a href="{path}">{esc(title)}</a></h5>
  <p class="card-text">{esc(a.paras[0][:150])}...</p>
  <a href="{path}" class="btn btn-sm btn-outline-primary">อ่านต่อ</a></div>
</div></div>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return "/news/list" if j == 0 else f"/news/list/page/{j + 1}"

        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k - 1)}">ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active"><span class="page-link">{thai_digits(j + 1)}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{href(j)}">{thai_digits(j + 1)}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{href(k + 1)}">ถัดไป</a></li>'
            )
        return f'<nav class="mt-4"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                5,
                self.card(
                    "ประกาศผลการคัดเลือกสหกรณ์ดีเด่นระดับชาติ (ฉบับแก้ไข)",
                    f"/news/detail/{DELETED_ID}",
                    self.pages[1][4],
                ),
            )
        content = f'<div class="row g-4 news-list">{"".join(cards)}</div>\n{self.pager(k)}'
        url = HOST + (self.listing_pages()[k])
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "ข่าวประชาสัมพันธ์",
            '<li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>',
            content,
            url,
        )

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 1, i + 2, i + 3, i - 1) if 0 <= j < len(self.articles)
        ][:4]

    def detail(self, a):
        url = f"{HOST}{a.path}"
        meta = f'<span class="news-date"><i class="fa-regular fa-calendar"></i> {split_date(a.published)}</span>'
        if a.time_printed:
            meta += f' <span class="news-time"><i class="fa-regular fa-clock"></i> {th_time(a.published)}</span>'
        meta += f' <span class="news-view" title="จำนวนผู้เข้าชม"><i class="fa-regular fa-eye"></i> {thai_digits(f"{a.views:,}")}</span>'
        if a.modified:
            meta += f' <span class="news-update">อัปเดตล่าสุด {th_stamp(a.modified)}</span>'
        tools = f'<div class="detail-tools d-flex justify-content-between"><div class="font-size">ก- ก ก+</div><div><a href="javascript:window.print()" class="btn-print"><i class="fa fa-print"></i> พิมพ์</a> <a href="#" class="btn-copy" data-url="{url}"><i class="fa fa-link"></i> คัดลอกลิงก์</a></div></div>'
        share = f'<div class="share-box"><span>แชร์ข่าวนี้ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="fab fa-facebook-f"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank"><i class="fab fa-line"></i></a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank"><i class="fab fa-x-twitter"></i></a></div>'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.source:
            body += f"<p><strong>{a.extra['label']} : {esc(a.source)}</strong></p>\n"
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4"><a href="{HOST}/public/uploads/news/{a.id}_{j}.jpg" data-fancybox="gallery"><img src="{HOST}/public/uploads/news/thumb_{a.id}_{j}.jpg" alt="" class="img-fluid"></a></div>'
                for j in range(1, 4)
            )
            gallery = f'<div class="news-gallery"><h5>ภาพกิจกรรม</h5><div class="row g-2">{imgs}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-attach"><h5>เอกสารแนบ</h5><ul class="list-unstyled"><li><i class="fa-regular fa-file-pdf"></i> <a href="{HOST}/public/uploads/news/files/{a.id}_1.pdf" target="_blank">ดาวน์โหลดเอกสาร (PDF)</a> <small>ดาวน์โหลด {thai_digits(a.views // 9 + 3)} ครั้ง</small></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">'
                + "".join(
                    f'<a href="/news/tag/{esc(t)}" class="badge rounded-pill bg-light text-dark">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<div class="news-nav row">'
        nav += (
            f'<div class="col-6"><a href="{older.path}" class="nav-prev"><small>ข่าวก่อนหน้า</small><br>{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        if newer:
            nav += f'<div class="col-6 text-end"><a href="{newer.path}" class="nav-next"><small>ข่าวถัดไป</small><br>{esc(newer.title)}</a></div>'
        nav += "</div>"
        cards = "".join(
            f'<div class="col-lg-3 col-md-6"><div class="card news-card"><div class="card-body"><div class="news-date">{plain_date(o.published)}</div><h6><a href="{o.path}">{esc(o.title)}</a></h6></div></div></div>'
            for o in self.others(a)
        )
        content = f"""<div class="news-detail">
  <div class="news-detail-head"><h4 class="topic-detail">{esc(a.title)}</h4><div class="news-meta">{meta}</div></div>
  <div class="detail-content">
    {tools}
    {share}
    <div class="content-text">
{body}    </div>
    {gallery}{files}{tags}
    {nav}
  </div>
</div>
<section class="other-news mt-5"><h3 class="section-title">ข่าวอื่นๆ</h3><div class="row g-3">{cards}</div><div class="text-center mt-3"><a href="/news/list" class="btn btn-primary">ดูข่าวทั้งหมด</a></div></section>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "ข่าวประชาสัมพันธ์",
            '<li class="breadcrumb-item"><a href="/news/list">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">รายละเอียดข่าว</li>',
            content,
            url,
        )

    def empty_detail(self):
        content = """<div class="news-detail">
  <div class="news-detail-head"><h4 class="topic-detail"></h4><div class="news-meta"></div></div>
  <div class="detail-content"><div class="content-text"><div class="alert alert-warning text-center">ไม่พบข้อมูลข่าวที่ท่านต้องการ</div></div></div>
</div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "ข่าวประชาสัมพันธ์",
            '<li class="breadcrumb-item"><a href="/news/list">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">รายละเอียดข่าว</li>',
            content,
            f"{HOST}/news/detail/{DELETED_ID}",
        )

    def route(self, path, query, raw_query, base):
        path = path.rstrip("/") or "/"
        if path == "/news/list":
            return self.html_response(self.listing(0))
        m = re.fullmatch(r"/news/list/page/(\d+)", path)
        if m:
            k = int(m[1]) - 1
            if 1 <= k < len(self.pages):
                return self.html_response(self.listing(k))
            return None
        if path == f"/news/detail/{DELETED_ID}":
            return self.html_response(self.empty_detail())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == "/rss/news":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y} 00:00:00 +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + "/news/list"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                thai_digits(f"{a.views:,}"),
                "จำนวนผู้เข้าชม",
                "อัปเดตล่าสุด",
                "คัดลอกลิงก์",
                "แชร์ข่าวนี้",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ",
                "ดูข่าวทั้งหมด",
                "ขนาดตัวอักษร",
                SITE_COUNTER,
                "เว็บไซต์นี้ใช้คุกกี้",
                "ขอเชิญชวนสหกรณ์ทั่วประเทศร่วมตอบแบบสำรวจ",
                "แขวงวัดโสมนัส",
            ]
            if a.modified:
                must_not.append(th_stamp(a.modified))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", "ดาวน์โหลดเอกสาร (PDF)"]
            must_not += [f"#{t}" for t in a.tags]
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = GovBuilderSite()

if __name__ == "__main__":
    main(SITE)
