"""Blind-42 red-team site (part A): **Node.js Koa 2 + Nunjucks templates (`koa-views`) +
MongoDB**, run by a provincial natural-resources office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน), built blind. The hard one of part A.

What it imitates:
- Mongo ObjectId URLs `/news/<24 hex>`; the listing `/news` uses **keyset pagination**: no
  page numbers, only "ข่าวเก่ากว่า ›" to `/news?before=<ObjectId of the last item>` (and
  "‹ ข่าวใหม่กว่า" back to `/news?after=<id>` on later pages);
- `<title>` is the headline cut by Nunjucks' `truncate(45)` ("…") plus the office acronym;
  the only `h1` is the office name in the header; **the headline is `h2.news-title`**;
- **an activity-date box before the publication date** on many items ("วันที่จัดกิจกรรม
  ๒-๓ มี.ค. ๖๗ สถานที่ …", the event days, earlier than publication);
- **publication date in Thai digits with a two-digit BE year** ("เผยแพร่ ๕ มี.ค. ๖๗"
  printed by dayjs with the `buddhistEra` plugin, format `D MMM BB`), the time in a separate
  span "๑๔:๒๐ น." on some items only; no machine date anywhere (no `datetime`, no JSON-LD,
  no meta); "แก้ไขล่าสุด ๗ มี.ค. ๖๗ ๐๙:๑๒ น." on edited items;
- **counter in Thai digits** "อ่าน ๑,๒๐๕ ครั้ง" in the meta list;
- body = Quill editor HTML in `div.ql-editor` (`p.ql-align-justify`); "ที่มา: …" line
  below it (some); photo grid (some); attachment list (some); hashtag chips; share
  buttons (Facebook / LINE / X / คัดลอกลิงก์); prev/next with neighbour titles;
  "ข่าวที่เกี่ยวข้อง" cards; ThaID login prompt for comments; footer visitor counter;
  PDPA cookie bar. Fingerprint: `/public/dist/app.bundle.js`, `/public/vendor/dayjs/`,
  `<meta name="csrf-token">`, an `X-Response-Time` header as Koa's middleware sets.
Deleted: `/news/65f0000000000000000000aa` answers 200 with "ไม่พบข่าวที่ต้องการ หรือข่าวนี้
ถูกลบแล้ว".
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import (
    MONTHS_ABBR,
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

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน"
ACR = "ทสจ.น่าน"
LIST = "/news"
PER_PAGE = 8
DELETED = "65f0000000000000000000aa"
SOURCES = ["ฝ่ายอำนวยการ ทสจ.น่าน", None, "กลุ่มงานสิ่งแวดล้อม", None, "ศูนย์ป่าไม้น่าน"]
PLACES = ["ห้องประชุมศาลากลางจังหวัดน่าน", "อำเภอปัว", "อุทยานแห่งชาติขุนน่าน", "อำเภอเวียงสา"]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อปรับปรุงประสบการณ์การใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
LOGIN = "เข้าสู่ระบบด้วย ThaID เพื่อแสดงความคิดเห็น"
COUNTER = "ผู้เยี่ยมชมเว็บไซต์ ๕๒,๗๑๙ คน"
FOOTER = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000"


def short(d: dt.datetime) -> str:
    """dayjs 'D MMM BB' in Thai digits: '๕ มี.ค. ๖๗'."""
    return (
        thai_digits(f"{d.day} ")
        + MONTHS_ABBR[d.month - 1]
        + " "
        + thai_digits(str(d.year + 543)[-2:])
    )


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


def oid(key: str, n: int) -> str:
    return "65" + hashlib.md5(f"{key}:{n}".encode()).hexdigest()[:22]


def truncate(s: str, n: int = 45) -> str:
    return s if len(s) <= n else s[:n].rstrip() + "…"


class KoaSite(BaseSite):
    key = "b42_koa_nunjucks_keyset"
    family = "generic"
    imitates = "Koa 2 + Nunjucks + MongoDB news app, keyset pagination, Thai-digit 2-digit BE dates after an event-date box"
    listing_path = LIST

    def __init__(self):
        tz = dt.timezone(dt.timedelta(hours=7))
        arts = make_articles(
            self.key, 21, start=dt.datetime(2024, 4, 2, 17, 0, tzinfo=tz), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for n, a in enumerate(arts):
            a.id = n
            a.extra["oid"] = oid(self.key, n)
            a.path = f"/news/{a.extra['oid']}"
            a.source = SOURCES[n % len(SOURCES)]
            a.extra["event"] = n % 3 != 2
            a.extra["ev_from"] = a.published - dt.timedelta(days=1 + n % 3)
            a.extra["ev_days"] = n % 2
            a.extra["place"] = PLACES[n % len(PLACES)]
            a.extra["photos"] = n % 4 == 0
            a.extra["files"] = n % 6 == 5
        self.articles = arts
        self.by_oid = {a.extra["oid"]: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?before={p[-1].extra['oid']}" for p in self.pages[:-1]]

    def deleted_paths(self):
        return [f"/news/{DELETED}"]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[:3]

    def shell(self, content, title):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(truncate(x.title, 60))}</a></li>'
            for x in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Yx8kQ2-vHc1pT0aLr9sWmB4n">
<title>{esc(title)}</title>
<link rel="icon" href="/public/img/favicon.png">
<link rel="stylesheet" href="/public/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/public/dist/app.css?v=2.3.0">
</head>
<body>
<div class="pdpa-bar" id="pdpa">{COOKIE} <button class="btn btn-success btn-sm" data-accept>ยอมรับทั้งหมด</button> <a href="/privacy">ตั้งค่า</a></div>
<header class="site-header"><div class="container d-flex"><a href="/" class="brand"><img src="/public/img/logo-mnre.png" alt="MNRE"><h1 class="brand-name">{OFFICE}</h1></a>
<div class="a11y ms-auto"><span>ขนาดตัวอักษร</span> <button data-fs="-1">ก-</button><button data-fs="0">ก</button><button data-fs="1">ก+</button> <button data-contrast>สีตัดกัน</button></div></div>
<nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link active" href="{LIST}">ข่าวกิจกรรม</a></li><li class="nav-item"><a class="nav-link" href="/announcements">ประกาศ</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อ</a></li></ul></div></nav></header>
<main class="container py-4"><div class="row"><div class="col-lg-8">
{content}
</div>
<aside class="col-lg-4"><div class="card"><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush latest">{latest}</ul></div></aside>
</div></main>
<footer class="site-footer"><div class="container"><p>{FOOTER}</p><p class="counter">{COUNTER}</p><p class="small">© 2567 {ACR} · v2.3.0</p></div></footer>
<script src="/public/vendor/dayjs/dayjs.min.js"></script><script src="/public/vendor/dayjs/plugin/buddhistEra.js"></script><script src="/public/vendor/dayjs/locale/th.js"></script>
<script src="/public/dist/app.bundle.js"></script>
</body>
</html>
"""

    def listing(self, k):
        hrefs = self.listing_pages()
        entries = [(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            entries.insert(
                4, ("ประชาสัมพันธ์รับสมัครอาสาสมัครพิทักษ์ป่า (ยกเลิก)", f"/news/{DELETED}", entries[4][2])
            )
        cards = "".join(
            f"""<div class="card news-card mb-3"><div class="row g-0"><div class="col-4"><img class="img-fluid" src="/uploads/news/{a.extra["oid"]}/cover.webp" alt=""></div><div class="col-8 card-body">
<a class="stretched-link news-link" href="{path}">{esc(title)}</a><div class="text-muted small"><i class="bi bi-calendar"></i> {short(a.published)}</div></div></div></div>"""
            for title, path, a in entries
        )
        nav = []
        if k > 0:
            nav.append(
                f'<a class="btn btn-outline-secondary" href="{LIST}?after={self.pages[k][0].extra["oid"]}">‹ ข่าวใหม่กว่า</a>'
            )
        if k < len(self.pages) - 1:
            nav.append(
                f'<a class="btn btn-primary" rel="next" href="{hrefs[k + 1]}">ข่าวเก่ากว่า ›</a>'
            )
        content = f"""<div class="section-head"><span class="h4">ข่าวกิจกรรม</span></div>
<div class="news-feed">{cards}</div>
<div class="keyset-nav d-flex justify-content-between">{" ".join(nav)}</div>"""
        return self.shell(content, f"ข่าวกิจกรรม | {ACR}")

    def article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        event = ""
        if a.extra["event"]:
            f = a.extra["ev_from"]
            if a.extra["ev_days"]:
                t = f + dt.timedelta(days=1)
                when = thai_digits(f"{f.day}-") + short(t)
            else:
                when = short(f)
            event = f'<div class="event-box alert alert-light"><div><i class="bi bi-calendar-event"></i> วันที่จัดกิจกรรม <strong>{when}</strong></div><div><i class="bi bi-geo-alt"></i> สถานที่ {esc(a.extra["place"])}</div></div>'
        meta = f'<li class="posted"><i class="bi bi-clock"></i> เผยแพร่ <span class="d">{short(a.published)}</span>'
        if a.time_printed:
            meta += f' <span class="t">{hm(a.published)}</span>'
        meta += "</li>"
        if a.modified:
            meta += f'<li class="edited">แก้ไขล่าสุด {short(a.modified)} {hm(a.modified)}</li>'
        meta += f'<li class="views"><i class="bi bi-eye"></i> อ่าน {thai_digits(f"{a.views:,}")} ครั้ง</li>'
        body = "".join(f'<p class="ql-align-justify">{esc(p)}</p>' for p in a.paras)
        extra = ""
        if a.source:
            extra += f'<p class="news-source">ที่มา: {esc(a.source)}</p>'
        if a.extra["photos"]:
            extra += (
                '<div class="gallery row g-2">'
                + "".join(
                    f'<div class="col-4"><a href="/uploads/news/{a.extra["oid"]}/{j}.jpg" data-fancybox="g"><img class="img-fluid" src="/uploads/news/{a.extra["oid"]}/{j}_thumb.jpg" alt=""></a></div>'
                    for j in range(1, 4)
                )
                + "</div>"
            )
        if a.extra["files"]:
            extra += f'<div class="attachments"><h6>ไฟล์แนบ</h6><a href="/uploads/news/{a.extra["oid"]}/doc.pdf"><i class="bi bi-file-pdf"></i> เอกสารประกอบ.pdf</a></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="hashtags">'
                + "".join(
                    f'<a class="badge rounded-pill bg-light text-dark" href="/news?tag={esc(t)}">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        nav = ""
        if newer:
            nav += f'<a class="nav-newer" href="{newer.path}"><small>ข่าวถัดไป</small><br>{esc(newer.title)}</a>'
        if older:
            nav += f'<a class="nav-older" href="{older.path}"><small>ข่าวก่อนหน้า</small><br>{esc(older.title)}</a>'
        rel = "".join(
            f'<div class="col-md-4"><div class="card h-100"><a href="{x.path}" class="card-body">{esc(x.title)}</a></div></div>'
            for x in self.related(a)
        )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวกิจกรรม</a></li><li class="breadcrumb-item active">{esc(truncate(a.title, 30))}</li></ol></nav>
<div class="news-detail" data-id="{a.extra["oid"]}">
<span class="badge bg-success">ข่าวกิจกรรม</span>
<h2 class="news-title">{esc(a.title)}</h2>
{event}
<ul class="news-meta list-inline">{meta}</ul>
<div class="share-bar"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}">LINE</a> <a href="https://x.com/intent/post?url={a.path}">X</a> <button data-copy>คัดลอกลิงก์</button></div>
<div class="ql-editor">{body}</div>
{extra}
{tags}
<div class="post-nav d-flex justify-content-between">{nav}</div>
<section class="related"><h5>ข่าวที่เกี่ยวข้อง</h5><div class="row">{rel}</div></section>
<section class="comments"><p>{LOGIN}</p><a class="btn btn-outline-primary" href="/auth/thaid">เข้าสู่ระบบ</a></section>
</div>"""
        return self.shell(content, f"{truncate(a.title)} | {ACR}")

    def missing(self):
        content = f'<div class="news-detail empty text-center py-5"><i class="bi bi-exclamation-circle"></i><p>ไม่พบข่าวที่ต้องการ หรือข่าวนี้ถูกลบแล้ว</p><a href="{LIST}" class="btn btn-secondary">กลับหน้าข่าว</a></div>'
        return self.shell(content, f"ไม่พบข้อมูล | {ACR}")

    def respond(self, text):
        status, headers, body = self.html_response(text)
        headers["X-Response-Time"] = "12ms"
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": LIST}, b""
        if path == LIST:
            before, after = qs1(query, "before"), qs1(query, "after")
            if not before and not after:
                return self.respond(self.listing(0))
            for k in range(len(self.pages)):
                if before and k > 0 and self.pages[k - 1][-1].extra["oid"] == before:
                    return self.respond(self.listing(k))
                if after and k + 1 < len(self.pages) and self.pages[k + 1][0].extra["oid"] == after:
                    return self.respond(self.listing(k))
            return None
        if path.startswith("/news/"):
            tail = path[len("/news/") :]
            if tail in self.by_oid:
                return self.respond(self.article(self.by_oid[tail]))
            if tail == DELETED:
                return self.respond(self.missing())
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                "ข่าวที่เกี่ยวข้อง",
                LOGIN,
                COOKIE,
                COUNTER,
                FOOTER,
                "ข่าวล่าสุด",
                f"เผยแพร่ {short(a.published)}",
            ]
            if a.extra["event"]:
                must_not += ["วันที่จัดกิจกรรม", f"สถานที่ {a.extra['place']}"]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {short(a.modified)}")
            if a.extra["files"]:
                must_not += ["ไฟล์แนบ", "เอกสารประกอบ.pdf"]
            must_not += ["#" + t for t in a.tags]
            must_not += [x.title for x in self.related(a)]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = KoaSite()

if __name__ == "__main__":
    main(SITE)
