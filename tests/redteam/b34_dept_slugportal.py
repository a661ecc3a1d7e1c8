"""Blind-34 red-team site (part C): a **department portal on a headless CMS with a
server-rendered front end** (news under `/th/news/detail/<thai-slug>-<id>`), the kind of
Bootstrap 5 portal vendors build for Thai departments (กรมส่งเสริมสหกรณ์-style), built blind.

What it imitates:
- fingerprints: `meta name="generator" content="DeptPortal Frontend 2.4"`, `/_assets/` bundles,
  `/uploads/news/<yyyy>/<mm>/`, `/th/rss/news.xml`, a `lang` switch TH / EN, PDPA cookie bar,
  ITA banner, font-size and contrast tools, a footer site counter;
- **`<title>` and `og:title` are the department name** (the SEO module fills them from the site
  settings on every page); the only `h1` is the section name "ข่าวประชาสัมพันธ์"; **the headline
  is only in `h2.news-detail-title`** (and in the breadcrumb's last crumb, truncated);
- **the date is split over spans in Thai digits with a two-digit BE year**:
  `span.d` "๑๔", `span.m` "มี.ค.", `span.y` "๖๗" inside `div.news-date`, and (some)
  `span.news-time` "๑๔:๒๐ น." in a separate list item; no machine date anywhere;
- **icon-only view counter in Thai digits**: `li.news-view` `<i class="bi bi-eye">` "๑,๒๓๔"
  with a `title="จำนวนผู้เข้าชม"`;
- share bar (Facebook / LINE / X / คัดลอกลิงก์) and print above the text; cover image (some);
  gallery (some); sign-off line "ข่าว/ภาพ : …" / "ที่มา : …" right-aligned after the text (some);
  "เอกสารแนบ" downloads with a Thai-digit count (some); hashtags; prev / next with titles;
  "ข่าวอื่นๆ" cards;
- listing: `/th/news/pr`, then **path pagination** `/th/news/pr/page/2`, `/th/news/pr/page/3`
  (`‹` / numbers / `›`) plus a "โหลดเพิ่ม" button carrying `data-next`.
Deleted: `/th/news/detail/<slug>-<id>` of a withdrawn item answers 200 with the detail template,
an empty headline and "ไม่พบข้อมูลที่ท่านต้องการ หรือข้อมูลถูกยกเลิกการเผยแพร่แล้ว".
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมส่งเสริมสหกรณ์"
DEPT_EN = "Cooperative Promotion Department"
HOST = "https://www.cpd.go.th"
PER_PAGE = 9
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    None,
    ("ที่มา", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์"),
    ("ข่าว/ภาพ", "สำนักงานสหกรณ์จังหวัดนครปฐม"),
    None,
]
DELETED_ID = 8841
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ ๒,๘๔๗,๑๙๐ ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน"
DELETED_TITLE = "ประกาศรับสมัครสหกรณ์เข้าร่วมโครงการพัฒนาศักยภาพการตลาด ประจำปี ๒๕๖๗"
NOT_FOUND = "ไม่พบข้อมูลที่ท่านต้องการ หรือข้อมูลถูกยกเลิกการเผยแพร่แล้ว"


def slugify(title: str) -> str:
    words = re.sub(r"[^A-Za-z0-9\u0E00-\u0E7F ]+", " ", title).split()
    return "-".join(words[:6])


def tdate(d: dt.datetime) -> str:
    return f"{thai_digits(d.day)} {MONTHS_ABBR[d.month - 1]} {thai_digits(str(be(d))[-2:])}"


def tnum(n: int) -> str:
    return thai_digits(f"{n:,}")


class DeptSlugPortal(BaseSite):
    key = "b34_dept_slugportal"
    family = "generic"
    imitates = "Thai department portal on a headless CMS with a server-rendered Bootstrap 5 front end: /th/news/detail/<thai-slug>-<id>; <title> and og:title = department name, h1 = section name, headline only in h2.news-detail-title; date split over span.d / span.m / span.y in Thai digits with a 2-digit BE year, separate Thai-digit time (some); icon-only Thai-digit view counter; share / print above the text; sign-off 'ข่าว/ภาพ :' / 'ที่มา :' (some); attachments with download counts, gallery (some); hashtags; prev/next with titles; other-news cards; path pagination /th/news/pr/page/N + load-more data-next; deleted = empty detail template (200)"
    listing_path = "/th/news/pr"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 6, 20, 17, 0, tzinfo=TZ), offset=655
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 8870
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 3) % 4
            if nid == DELETED_ID:
                nid -= 1
            a.modified = None  # the portal prints no update date
            a.path = f"/th/news/detail/{slugify(a.title)}-{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["image"] = i % 3 != 2
            a.extra["gallery"] = i % 5 == 1
            a.extra["file"] = i % 6 == 3
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/th/news/detail/{slugify(DELETED_TITLE)}-{DELETED_ID}"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}/page/{k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb, head_extra=""):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="DeptPortal Frontend 2.4">
<title>{DEPT} {DEPT_EN}</title>
<meta name="description" content="{DEPT} ส่งเสริมและพัฒนาสหกรณ์และกลุ่มเกษตรกรให้เข้มแข็ง">
<meta property="og:site_name" content="{DEPT}">
<meta property="og:title" content="{DEPT}">
<meta property="og:image" content="{HOST}/_assets/img/og-default.jpg">
{head_extra}<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/th/rss/news.xml">
<link rel="stylesheet" href="/_assets/css/bootstrap.min.css?v=5.3.2">
<link rel="stylesheet" href="/_assets/css/bootstrap-icons.min.css">
<link rel="stylesheet" href="/_assets/css/app.3f9c1e.css">
</head>
<body class="lang-th">
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between"><div class="accessibility"><span>ขนาดตัวอักษร</span> <a href="#" data-font="-1">ก-</a> <a href="#" data-font="0">ก</a> <a href="#" data-font="1">ก+</a> <span class="ms-2">การแสดงผล</span> <a href="#" data-contrast="0">C</a> <a href="#" data-contrast="1">C</a></div><div class="lang-switch"><a href="/th" class="active">TH</a> | <a href="/en">EN</a></div></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a href="/th" class="brand"><img src="/_assets/img/logo-cpd.png" alt="{DEPT}"><span class="brand-name">{DEPT}<br><small>{DEPT_EN}</small></span></a>
<nav class="navbar navbar-expand-lg ms-auto"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li><li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/th/about">เกี่ยวกับกรม</a></li><li class="nav-item"><a class="nav-link active" href="/th/news/pr">ข่าวสาร</a></li><li class="nav-item"><a class="nav-link" href="/th/procurement">จัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<section class="page-banner"><div class="container"><h1>ข่าวประชาสัมพันธ์</h1>
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/th/news/pr">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol></nav></div></section>
<main class="container py-4" id="main">
{content}
</main>
<section class="banner-links container"><a href="/th/ita"><img src="/_assets/img/banner-ita.png" alt="การประเมินคุณธรรมและความโปร่งใส ITA"></a> <a href="https://www.1111.go.th"><img src="/_assets/img/banner-1111.png" alt="ศูนย์บริการประชาชน 1111"></a></section>
<footer class="site-footer bg-primary text-white"><div class="container py-3"><p>{DEPT} 12 ถนนกรุงเกษม แขวงบ้านพานถม เขตพระนคร กรุงเทพมหานคร 10200 โทรศัพท์ ๐ ๒๖๒๘ ๕๑๒๐</p><p class="counter">{SITE_COUNTER}</p><p>สงวนลิขสิทธิ์ © ๒๕๖๗ {DEPT}</p></div></footer>
<div class="cookie-consent fixed-bottom bg-light p-3" id="pdpaBar"><span>{COOKIE}</span> <a href="/th/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> <button class="btn btn-primary btn-sm" id="pdpaAccept">ยอมรับทั้งหมด</button></div>
<script src="/_assets/js/bootstrap.bundle.min.js"></script>
<script src="/_assets/js/app.3f9c1e.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def date_block(self, a):
        return f'<div class="news-date"><span class="d">{thai_digits(a.published.day)}</span> <span class="m">{MONTHS_ABBR[a.published.month - 1]}</span> <span class="y">{thai_digits(str(be(a.published))[-2:])}</span></div>'

    def card(self, title, path, a):
        href = quote(path)
        return f"""<div class="col-md-4"><div class="card news-card h-100"><a href="{href}"><img class="card-img-top" src="/uploads/news/{a.published:%Y/%m}/cover-{a.id}.jpg" alt=""></a><div class="card-body"><p class="card-date"><i class="bi bi-calendar3"></i> {tdate(a.published)}</p><h5 class="card-title"><a href="{href}">{esc(title)}</a></h5><p class="card-text">{esc(a.paras[0][:120])}…</p></div><div class="card-footer"><a href="{href}" class="read-more">อ่านต่อ <i class="bi bi-arrow-right"></i></a> <span class="float-end"><i class="bi bi-eye"></i> {tnum(a.views)}</span></div></div></div>
"""

    def page_href(self, j):
        return self.listing_path if j == 0 else f"{self.listing_path}/page/{j + 1}"

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(5, self.card(DELETED_TITLE, self.deleted, self.pages[1][5]))
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_href(k - 1)}" aria-label="Previous">‹</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(
                    f'<li class="page-item active" aria-current="page"><span class="page-link">{j + 1}</span></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a class="page-link" href="{self.page_href(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="page-item"><a class="page-link" href="{self.page_href(k + 1)}" aria-label="Next">›</a></li>'
            )
        more = (
            f'<div class="text-center"><button class="btn btn-outline-primary btn-load-more" data-next="{self.page_href(k + 1)}">โหลดเพิ่ม</button></div>'
            if k < n - 1
            else ""
        )
        content = f"""<div class="news-filter mb-3"><a href="/th/news/pr" class="btn btn-primary btn-sm">ข่าวประชาสัมพันธ์</a> <a href="/th/news/activity" class="btn btn-outline-primary btn-sm">ข่าวกิจกรรม</a> <a href="/th/news/announce" class="btn btn-outline-primary btn-sm">ประกาศ</a></div>
<div class="row g-4 news-list">
{"".join(cards)}</div>
<nav class="mt-4" aria-label="Page navigation"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>
{more}"""
        return self.shell(content, "")

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 3, i + 6, i - 3, i - 6, i + 9)
            if 0 <= j < len(self.articles)
        ][:3]

    def detail(self, a):
        url = HOST + quote(a.path)
        time_li = (
            f'<li class="list-inline-item news-time"><i class="bi bi-clock"></i> <span class="t">{thai_digits(a.published.strftime("%H:%M"))} น.</span></li>'
            if a.time_printed
            else ""
        )
        meta = f'<ul class="news-meta list-inline text-muted"><li class="list-inline-item"><i class="bi bi-calendar3"></i> {self.date_block(a)}</li>{time_li}<li class="list-inline-item news-view" title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> {tnum(a.views)}</li></ul>'
        tools = f'<div class="news-tools d-flex gap-2 mb-3"><a class="btn btn-sm btn-fb" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank"><i class="bi bi-facebook"></i> Facebook</a><a class="btn btn-sm btn-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank"><i class="bi bi-line"></i> LINE</a><a class="btn btn-sm btn-x" href="https://twitter.com/intent/tweet?url={url}" target="_blank"><i class="bi bi-twitter-x"></i> X</a><button class="btn btn-sm btn-copy" data-url="{url}"><i class="bi bi-link-45deg"></i> คัดลอกลิงก์</button><a class="btn btn-sm btn-print" href="javascript:window.print()"><i class="bi bi-printer"></i> พิมพ์</a></div>'
        cover = (
            f'<figure class="news-cover"><img class="img-fluid" src="/uploads/news/{a.published:%Y/%m}/cover-{a.id}.jpg" alt="{esc(a.title)}"></figure>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        sign = (
            f'<p class="text-end news-credit">{a.extra["label"]} : {esc(a.source)}</p>'
            if a.source
            else ""
        )
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-3"><a href="/uploads/news/{a.published:%Y/%m}/g{a.id}-{g}.jpg" data-fancybox="gallery"><img class="img-fluid" src="/uploads/news/{a.published:%Y/%m}/thumb/g{a.id}-{g}.jpg" alt=""></a></div>'
                for g in range(1, 5)
            )
            gallery = f'<div class="news-gallery mt-3"><h4>ภาพกิจกรรม</h4><div class="row g-2">{imgs}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="news-files mt-3"><h4>เอกสารแนบ</h4><ul class="list-unstyled"><li><i class="bi bi-file-earmark-pdf"></i> <a href="/uploads/files/{a.published:%Y}/cpd-{a.id}.pdf">เอกสารประกอบข่าว.pdf</a> <small class="text-muted">(ดาวน์โหลด {tnum(a.id % 97 + 3)} ครั้ง)</small></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags mt-3">'
                + "".join(
                    f'<a class="badge bg-light text-dark" href="/th/search?tag={quote(t.replace(" ", ""))}">#{esc(t.replace(" ", ""))}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<div class="news-nav row mt-4">'
        if older:
            nav += f'<div class="col-6"><a href="{quote(older.path)}"><small>‹ ข่าวก่อนหน้า</small><br>{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="col-6 text-end"><a href="{quote(newer.path)}"><small>ข่าวถัดไป ›</small><br>{esc(newer.title)}</a></div>'
        nav += "</div>"
        others = "".join(self.card(o.title, o.path, o) for o in self.others(a))
        inner = f"""<h2 class="news-detail-title">{esc(a.title)}</h2>
{meta}
{tools}
{cover}
<div class="news-content">{body}{sign}</div>
{gallery}{files}{tags}
{nav}
<section class="other-news mt-5"><h3>ข่าวอื่นๆ</h3><div class="row g-4">{others}</div></section>"""
        return self.shell(
            f'<article class="news-detail">{inner}</article>',
            f'<li class="breadcrumb-item active" aria-current="page">{esc(a.title[:40])}{"..." if len(a.title) > 40 else ""}</li>',
            f'<link rel="canonical" href="{url}">\n<meta property="og:url" content="{url}">\n',
        )

    def gone(self):
        inner = f"""<h2 class="news-detail-title"></h2>
<ul class="news-meta list-inline text-muted"><li class="list-inline-item news-view" title="จำนวนผู้เข้าชม"><i class="bi bi-eye"></i> ๐</li></ul>
<div class="news-content"><div class="alert alert-warning">{NOT_FOUND}</div></div>
<div class="text-center"><a href="/th/news/pr" class="btn btn-primary">กลับหน้ารวมข่าว</a></div>"""
        return self.shell(
            f'<article class="news-detail">{inner}</article>',
            '<li class="breadcrumb-item active" aria-current="page"></li>',
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            return self.html_response(self.listing(0))
        m = re.fullmatch(re.escape(self.listing_path) + r"/page/(\d+)", path)
        if m:
            k = int(m[1]) - 1
            if 1 <= k < len(self.pages):
                return self.html_response(self.listing(k))
            return None
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.gone())
        if path == "/th/rss/news.xml":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{quote(a.path)}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{DEPT}</title><link>{HOST}/th</link>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path in ("/", "/th"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                tdate(a.published),
                thai_digits(a.published.strftime("%H:%M")) + " น.",
                tnum(a.views) if a.views >= 1000 else "",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ",
                "ขนาดตัวอักษร",
                "การแสดงผล",
                SITE_COUNTER,
                COOKIE,
                "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
                "ถนนกรุงเกษม แขวงบ้านพานถม",
                "ศูนย์บริการประชาชน 1111",
                "ส่งเสริมและพัฒนาสหกรณ์และกลุ่มเกษตรกรให้เข้มแข็ง",
            ]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += ["เอกสารประกอบข่าว.pdf", f"ดาวน์โหลด {tnum(a.id % 97 + 3)} ครั้ง"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = DeptSlugPortal()

if __name__ == "__main__":
    main(SITE)
