"""Blind-44 red-team site (part C): **Thai ministry department portal on a vendor PHP framework
(Bootstrap 5 + Swiper, "ศูนย์ข่าว" module) with `/th/news/detail/<thai-slug>-<id>` URLs**,
run by a department of the agriculture ministry, built blind.

What it imitates:
- language prefix `/th/`, news detail URLs `/th/news/detail/<slug from the Thai title>-<id>`,
  linked percent-encoded (as the framework's URL helper prints them);
- **`<title>` = the department name on every page; `h1` = "ข่าวประชาสัมพันธ์"; the headline only in
  `div.news-detail-topic`** (and `og:title`);
- **date split over elements**: a badge `span.dd` (day, Thai digits) / `span.mm` (abbreviated
  month) / `span.yy` (**two-digit BE year, Thai digits**), the time "เวลา ๑๔.๒๐ น." in a separate
  `span.news-time` on some items; no machine date; edited items carry "ปรับปรุงข้อมูล: dd/mm/BBBB"
  (Arabic digits, no time) at the bottom;
- **view counter in Thai digits** "การเข้าชม ๑,๒๓๔ ครั้ง"; share (Facebook / LINE / X / copy),
  print and font-size tools in a toolbar above the text; "ข่าว/ภาพ :" sign-off (some); gallery
  (some); "เอกสารแนบ" list (some); hashtag chips; "ข่าวอื่นๆ ที่น่าสนใจ" cards; survey / ITA
  banners; PDPA bar; footer with the department's address;
- listing `/th/news/list/1` with an **offset parameter**: `?offset=0`, `?offset=8`, `?offset=16`.
Deleted: an item withdrawn by the editor, linked from page 2: the detail template answers 200 with
an empty topic and "ไม่พบข้อมูลข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS_ABBR,
    TZ,
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

DEPT = "กรมส่งเสริมสหกรณ์"
LIST = "/th/news/list/1"
PER = 8
SOURCES = ["กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม", None, "สำนักงานสหกรณ์จังหวัดลำปาง", None]
TAGS = ["สหกรณ์การเกษตร", "กองทุนพัฒนาสหกรณ์", "ยุวสหกรณ์", "หนี้สินเกษตรกร", "BCG"]
DELETED_ID = 5120
DELETED_SLUG = "ประกาศรายชื่อผู้มีสิทธิ์สอบ"
COUNTER_SITE = "จำนวนผู้เข้าชมเว็บไซต์ 3,218,440"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อวัตถุประสงค์ในการเก็บข้อมูลการใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "เลขที่ 12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100"
OTHER = "ข่าวอื่นๆ ที่น่าสนใจ"
SHARE = "แชร์หน้านี้"


def slug(title: str) -> str:
    s = re.sub(r"[\"'“”‘’.,:;!?()\[\]/\\&%#+*<>|]", "", title)
    return re.sub(r"\s+", "-", s.strip())[:50].strip("-")


def href(path: str) -> str:
    return quote(path, safe="/?=&-")


def badge(d: dt.datetime) -> str:
    return (
        f'<span class="dd">{thai_digits(f"{d.day:02d}")}</span>'
        f'<span class="mm">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="yy">{thai_digits(str(be(d))[-2:])}</span>'
    )


class DeptSite(BaseSite):
    key = "b44_dept_newsdetail_offset"
    family = "generic"
    imitates = "Thai ministry department portal, vendor PHP framework, /th/news/detail/<slug>-<id>, offset pager"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2023, 11, 28, 17, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5161 - i * 2
            a.path = f"/th/news/detail/{slug(a.title)}-{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 9 + (i * 389) % 5200
            a.modified = a.modified if i % 4 == 2 else None
            a.extra["gallery"] = i % 5 == 1
            a.extra["file"] = i % 6 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/th/news/detail/{DELETED_SLUG}-{DELETED_ID}"

    def listing_pages(self):
        return [LIST] + [f"{LIST}?offset={k * PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def shell(self, content, og_title, path):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{DEPT}</title>
<meta property="og:type" content="website">
<meta property="og:site_name" content="{DEPT}">
<meta property="og:title" content="{esc(og_title)}">
<meta property="og:url" content="{href(path)}">
<link rel="stylesheet" href="/assets/vendor/bootstrap-5.3.2/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/vendor/swiper/swiper-bundle.min.css">
<link rel="stylesheet" href="/assets/css/style.css?v=2.4.1">
<script src="/assets/vendor/jquery/jquery-3.6.0.min.js"></script>
</head>
<body class="lang-th">
<div class="topbar"><div class="container d-flex justify-content-between"><div class="font-tools"><span>ขนาดตัวอักษร</span> <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a></div><div class="lang"><a href="/th" class="active">TH</a> | <a href="/en">EN</a></div></div></div>
<header class="site-header"><div class="container"><a class="brand" href="/th"><img src="/assets/images/logo-cpd.png" alt="{DEPT}"><span class="brand-name">{DEPT}<small>Cooperative Promotion Department</small></span></a>
<nav class="navbar navbar-expand-lg"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li><li class="nav-item dropdown"><a class="nav-link" href="/th/about">เกี่ยวกับกรม</a></li><li class="nav-item"><a class="nav-link active" href="{LIST}">ศูนย์ข่าว</a></li><li class="nav-item"><a class="nav-link" href="/th/procurement">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li></ul></nav></div></header>
<section class="page-banner"><div class="container"><h1>ข่าวประชาสัมพันธ์</h1><nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="{LIST}">ศูนย์ข่าว</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav></div></section>
<main class="main-content"><div class="container">
{content}
</div></main>
<section class="banner-links"><div class="container"><a href="/th/ita"><img src="/uploads/banner/ita-2567.jpg" alt="ITA 2567"></a> <a href="/th/survey"><img src="/uploads/banner/survey.jpg" alt="แบบสำรวจความพึงพอใจ"></a></div></section>
<footer class="site-footer"><div class="container"><div class="row"><div class="col-md-8"><p class="footer-name">{DEPT}</p><p>{FOOTER}</p><p>โทรศัพท์ 0-2628-5240 | สายด่วน 1341</p></div><div class="col-md-4"><div class="visitor">{COUNTER_SITE}</div></div></div><div class="copyright">© สงวนลิขสิทธิ์ {DEPT} | <a href="/th/policy">นโยบายเว็บไซต์</a> | <a href="/th/pdpa">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></div></div></footer>
<div id="pdpa-bar" class="cookie-consent"><p>{PDPA}</p><button class="btn btn-success btn-sm">ยอมรับทั้งหมด</button> <button class="btn btn-outline-light btn-sm">ตั้งค่า</button></div>
<script src="/assets/vendor/bootstrap-5.3.2/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/main.js?v=2.4.1"></script>
</body>
</html>
"""

    def card(self, path, title, d, views):
        short = title if len(title) <= 70 else title[:67] + "..."
        return f'<div class="col-md-6 col-lg-3"><div class="news-card"><a href="{href(path)}"><div class="thumb"><img src="/uploads/news/thumb/{sum(map(ord, path)) % 9000}.jpg" alt=""><div class="date-badge">{badge(d)}</div></div><div class="news-card-body"><p class="news-card-title">{esc(short)}</p><span class="views"><i class="bi bi-eye"></i> {thai_digits(f"{views:,}")}</span></div></a></div></div>'

    def listing(self, k):
        n = len(self.pages)
        items = list(self.pages[k])
        cards = [self.card(a.path, a.title, a.published, a.views) for a in items]
        if k == 1:
            cards.insert(
                2,
                self.card(
                    self.deleted, "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการทั่วไป", items[2].published, 3
                ),
            )

        def off(j):
            return f"{LIST}?offset={j * PER}"

        lis = []
        lis.append(
            '<li class="page-item disabled"><span class="page-link">«</span></li>'
            if k == 0
            else f'<li class="page-item"><a class="page-link" href="{off(k - 1)}">«</a></li>'
        )
        for j in range(n):
            lis.append(
                f'<li class="page-item active"><span class="page-link">{j + 1}</span></li>'
                if j == k
                else f'<li class="page-item"><a class="page-link" href="{off(j)}">{j + 1}</a></li>'
            )
        lis.append(
            '<li class="page-item disabled"><span class="page-link">»</span></li>'
            if k == n - 1
            else f'<li class="page-item"><a class="page-link" href="{off(k + 1)}">»</a></li>'
        )
        content = f"""<div class="news-list"><div class="news-tabs"><a class="active" href="{LIST}">ข่าวประชาสัมพันธ์</a> <a href="/th/news/list/2">ข่าวภูมิภาค</a> <a href="/th/news/list/3">ประกาศ</a></div>
<div class="row g-4">{"".join(cards)}</div>
<nav class="mt-4"><ul class="pagination justify-content-center">{"".join(lis)}</ul><p class="text-center small">แสดง {k * PER + 1} - {min((k + 1) * PER, len(self.articles))} จาก {len(self.articles)} รายการ</p></nav></div>"""
        return self.html_response(self.shell(content, f"ศูนย์ข่าว - {DEPT}", LIST))

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles if x is not a][max(0, i - 2) : max(0, i - 2) + 4]

    def detail(self, a):
        p = a.published
        time = (
            f'<span class="news-time"><i class="bi bi-clock"></i> เวลา {thai_digits(f"{p:%H.%M}")} น.</span>'
            if a.time_printed
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        gallery = (
            '<div class="news-gallery"><h5>ภาพกิจกรรม</h5><div class="row g-2">'
            + "".join(
                f'<div class="col-3"><a data-fancybox="gallery" href="/uploads/news/{a.id}/{j}.jpg"><img src="/uploads/news/{a.id}/thumb_{j}.jpg" alt=""></a></div>'
                for j in range(1, 5)
            )
            + "</div></div>"
            if a.extra["gallery"]
            else ""
        )
        files = (
            f'<div class="news-attach"><h5>เอกสารแนบ</h5><ul><li><a href="/uploads/news/{a.id}/file_{a.id}.pdf" target="_blank"><i class="bi bi-file-earmark-pdf"></i> file_{a.id}.pdf</a> <small>(ดาวน์โหลด {thai_digits(a.id % 97)} ครั้ง)</small></li></ul></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="news-tags">'
            + "".join(
                f'<a class="badge rounded-pill" href="/th/search?tag={quote(t)}">#{esc(t)}</a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        upd = (
            f'<p class="news-update text-muted small">ปรับปรุงข้อมูล: {a.modified.day:02d}/{a.modified.month:02d}/{be(a.modified)}</p>'
            if a.modified
            else ""
        )
        others = "".join(self.card(x.path, x.title, x.published, x.views) for x in self.others(a))
        content = f"""<div class="news-detail">
<div class="news-detail-head d-flex"><div class="date-badge big">{badge(p)}</div><div class="news-detail-topic">{esc(a.title)}</div></div>
<div class="news-toolbar d-flex justify-content-between"><div class="news-info">{time} <span class="news-view"><i class="bi bi-eye"></i> การเข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span></div>
<div class="news-share"><span>{SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={href(a.path)}" class="fb"><i class="bi bi-facebook"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={href(a.path)}" class="line"><i class="bi bi-line"></i></a> <a href="https://twitter.com/intent/tweet?url={href(a.path)}" class="x"><i class="bi bi-twitter-x"></i></a> <a href="#" class="copy-link">คัดลอกลิงก์</a> <a href="javascript:window.print()" class="print"><i class="bi bi-printer"></i> พิมพ์</a></div></div>
<div class="news-detail-content">{body}</div>
{gallery}
{files}
{tags}
{upd}
<div class="text-end"><a href="{LIST}" class="btn btn-outline-secondary btn-sm">ย้อนกลับ</a></div>
</div>
<section class="news-others"><h3>{OTHER}</h3><div class="row g-4">{others}</div></section>"""
        return self.html_response(self.shell(content, a.title, a.path))

    def missing(self):
        content = f"""<div class="news-detail">
<div class="news-detail-head d-flex"><div class="date-badge big"></div><div class="news-detail-topic"></div></div>
<div class="alert alert-warning">ไม่พบข้อมูลข่าวที่ท่านต้องการ อาจถูกยกเลิกการเผยแพร่หรือลบออกจากระบบแล้ว</div>
<div class="text-end"><a href="{LIST}" class="btn btn-outline-secondary btn-sm">ย้อนกลับ</a></div></div>"""
        return self.html_response(self.shell(content, DEPT, self.deleted))

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LIST:
            off = qs1(query, "offset", "0")
            if not off.isdigit() or int(off) % PER or int(off) // PER >= len(self.pages):
                return None
            return self.listing(int(off) // PER)
        if path in self.by_path:
            return self.detail(self.by_path[path])
        if path == self.deleted:
            return self.missing()
        if path in ("/", "/th"):
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"การเข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                SHARE,
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                "ย้อนกลับ",
                OTHER,
                COUNTER_SITE,
                PDPA,
                FOOTER,
                "สายด่วน 1341",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {thai_digits(f'{a.published:%H.%M}')} น.")
            if a.modified:
                must_not.append("ปรับปรุงข้อมูล:")
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"file_{a.id}.pdf"]
            must_not += [f"#{t}" for t in a.tags]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = DeptSite()

if __name__ == "__main__":
    main(SITE)
