"""Blind-58 red-team site (part C): a department portal (กรมส่งเสริมการเรียนรู้-like, the office
founded in 2023) on **an in-house CMS: AdonisJS 6 + Edge templates, Tailwind and Alpine.js**,
behind a rate limiter. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): AdonisJS's own documentation of Edge views
(`resources/views/*.edge`, layouts and components, `{{ csrfField() }}` printing `<input
type="hidden" name="_csrf">`, Vite-bundled assets). Lucid's paginator URLs (`?page=N`, page 1 as
`?page=1`), @adonisjs/limiter's 429 answer with `Retry-After`, Alpine's `x-data` / `x-cloak` /
`@click`, Tailwind's `sr-only`, YouTube's and Facebook's embed markup and the layout of Thai
department portals since 2020 (accessibility bar, PDPA bar, card grids, Thai-digit dates) are from
memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/<id>`, `<title>` "ข่าวประชาสัมพันธ์ - office" on every page (no headline in it),
  `rel=canonical`;
- **NEW: the article text is not in the page: the news page holds the headline, date, counter
  and tags, and the text is in an `<iframe>`: `src="/news/<id>/content"` (a bare body document,
  `noindex`, two items in three) or `srcdoc="…"` with the body HTML escaped into the attribute
  (one in three)**;
- **NEW: a visually hidden `<h1 class="sr-only">` holding the department's name on every page,
  the headline an `<h2>`; related news each in an `<article class="related-card">` (titles,
  dates) and readers' comments each in an `<article class="comment">` (names, dates, text)**;
- **NEW: the listing runs oldest first ("เรียงจาก: เก่า → ใหม่"): `/news` (= `?page=1`) holds
  the oldest items, `?page=3` the newest**;
- **NEW: the second listing page answers `429 Too Many Requests` with `Retry-After: 2` on its
  first request (the limiter), 200 afterwards; one article answers after 2.5 s**;
- **NEW: listing rows dated only in Thai-digit short form (`๒๘/๐๓/๖๗`); the article prints both eras "๒๘ มี.ค. ๒๕๖๗ (2024)" and "เวลา ๑๔.๓๐ น."
  (two in three; one in three no time)**;
- **NEW: in the body document: a YouTube `<iframe>` with its caption "คลิปวิดีโอ : …" (one in
  three) and an embedded Facebook post repeating the text's first sentence ("ดูโพสต์นี้บน
  Facebook"; one in four)**;
- "ผู้เข้าชม ๑,๒๓๔ ครั้ง" (Thai digits); sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" at the
  end of the body document (one in six none); tags "#…" under the headline; share bar
  "แชร์ข่าวนี้"; accessibility bar ("ขนาดตัวอักษร", "ความตัดกันของสี"); PDPA bar; footer address
  and counter;
- listing `/news`, `/news?page=2`, `/news?page=3` (cards, Lucid's pager), 8 a page, 23 items;
- deleted item (linked from page 2): `/news/4411`, **200** with an empty `h2`, no iframe and
  "ไม่พบข่าวที่ท่านค้นหา หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว".
"""

from __future__ import annotations

import datetime as dt
import html
import re
import threading
import time

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมส่งเสริมการเรียนรู้"
DEPT_EN = "Department of Learning Encouragement"
PER = 8
N = 23
DELETED_ID = 4411
SLOW_INDEX = 5
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์ กรมส่งเสริมการเรียนรู้"),
    ("ข่าว/ภาพ", "สำนักงานส่งเสริมการเรียนรู้จังหวัดนครราชสีมา"),
    ("เรียบเรียง", "กลุ่มงานสื่อสารองค์กร สำนักงานเลขานุการกรม"),
    ("ที่มา", "สำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดเชียงราย"),
    ("ข่าว/ภาพ", "ศูนย์การเรียนรู้วิทยาศาสตร์เพื่อการศึกษาขอนแก่น"),
    None,
]
TAGS = [
    "สกร.",
    "การศึกษาตลอดชีวิต",
    "ห้องสมุดประชาชน",
    "ศูนย์วิทยาศาสตร์",
    "การรู้หนังสือ",
    "Thailand Zero Dropout",
]
COMMENTERS = [
    ("ครูกศน.ตำบลหนองบัว", "ขอบคุณสำหรับข้อมูลดี ๆ ครับ จะนำไปประชาสัมพันธ์ต่อในพื้นที่"),
    ("นักศึกษา สกร.อำเภอเมือง", "อยากทราบรายละเอียดการสมัครเพิ่มเติมค่ะ ติดต่อได้ที่ไหนบ้างคะ"),
    ("ผู้ปกครอง", "เป็นกิจกรรมที่มีประโยชน์มาก ขอให้จัดต่อเนื่องทุกปีนะครับ"),
]
COUNTER = "ผู้เยี่ยมชมเว็บไซต์ ๒,๔๘๑,๕๐๖ คน"
FOOTER = "เลขที่ 1 ถนนราชดำเนินนอก แขวงบางขุนพรหม เขตพระนคร กรุงเทพมหานคร 10200"
PDPA = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
RELATED = "ข่าวที่เกี่ยวข้อง"
NOT_FOUND = "ไม่พบข่าวที่ท่านค้นหา หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"
FB_LABEL = "ดูโพสต์นี้บน Facebook"
VIDEO_LABEL = "คลิปวิดีโอ"


def short_th(d: dt.datetime) -> str:
    """'๒๘/๐๓/๖๗' (BE, two digits, Thai digits)."""
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{str(d.year + 543)[-2:]}")


def both_eras(d: dt.datetime) -> str:
    """'๒๘ มี.ค. ๒๕๖๗ (2024)'."""
    return f"{thai_digits(d.day)} {MONTHS_ABBR[d.month - 1]} {thai_digits(d.year + 543)} ({d.year})"


class AdonisDeptSite(BaseSite):
    key = "b58_adonis_edge_dept_iframe429"
    family = "generic"
    imitates = (
        "department portal on an in-house AdonisJS 6 + Edge + Alpine CMS: the text in an iframe "
        "(src or srcdoc) under the headline page, a sr-only h1 with the department's name and the "
        "headline in h2, related news and comments each in <article>, a listing ordered oldest "
        "first, 429 + Retry-After once on page 2 and a slow article, Thai-digit short dates, "
        "both eras printed, a YouTube clip with caption and an embedded Facebook post"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=517
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 4530 - i * 5 - (i % 4)
            a.path = f"/news/{a.id}"
            a.time_printed = i % 3 != 1
            a.modified = None
            a.views = 48 + (i * 613 + 97) % 5200
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(1 + i % 2)] if i % 4 != 2 else []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["srcdoc"] = i % 3 == 2
            a.extra["video"] = i % 3 == 0
            a.extra["fb"] = i % 4 == 1
            a.extra["comments"] = [COMMENTERS[(i + j) % 3] for j in range(i % 3)]
        self.articles = arts  # newest first
        self.oldest_first = list(reversed(arts))
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self._lock = threading.Lock()
        self._limited = False

    def listing_pages(self):
        return ["/news", "/news?page=2", "/news?page=3"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------------ layout
    def layout(self, main_html: str, *, canonical: str = "") -> str:
        canon = f'<link rel="canonical" href="{canonical}">\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th" x-data="{{ fontSize: 100, contrast: false }}" :class="{{ 'contrast': contrast }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Q2FkZXQtbm90LWEtcmVhbC10b2tlbi0yMDI0">
<title>ข่าวประชาสัมพันธ์ - {DEPT}</title>
{canon}<link rel="icon" href="/favicon.ico">
<script type="module" src="/assets/app-4f8b21c3.js"></script>
<link rel="stylesheet" href="/assets/app-9d0e77aa.css">
<style>[x-cloak]{{display:none!important}}</style>
</head>
<body class="font-sarabun bg-slate-50 text-slate-800" :style="'font-size:' + fontSize + '%'">
<h1 class="sr-only">{DEPT}</h1>
<div class="a11y-bar bg-blue-900 text-white text-sm"><div class="container mx-auto flex justify-end gap-3 px-4 py-1">
  <span>ขนาดตัวอักษร</span><button type="button" @click="fontSize -= 10" aria-label="ลดขนาดตัวอักษร">ก-</button><button type="button" @click="fontSize = 100" aria-label="ขนาดปกติ">ก</button><button type="button" @click="fontSize += 10" aria-label="เพิ่มขนาดตัวอักษร">ก+</button>
  <span>ความตัดกันของสี</span><button type="button" @click="contrast = !contrast">ปรับสี</button>
  <a href="/en" lang="en">EN</a>
</div></div>
<header class="site-header bg-white shadow" x-data="{{ open: false }}"><div class="container mx-auto flex items-center gap-4 px-4 py-3">
  <a href="/" class="flex items-center gap-3"><img src="/images/logo-dole.svg" alt="ตรากรมส่งเสริมการเรียนรู้" class="h-14"><span class="brand"><span class="block text-xl font-bold">{DEPT}</span><span class="block text-xs">{DEPT_EN}</span></span></a>
  <button class="ml-auto lg:hidden" @click="open = !open" aria-label="เมนู">☰</button>
  <nav class="main-nav hidden lg:flex gap-5" :class="{{ 'hidden': !open }}"><a href="/">หน้าแรก</a><a href="/about">เกี่ยวกับกรม</a><a href="/news" class="active">ข่าวประชาสัมพันธ์</a><a href="/announcements">ประกาศ</a><a href="/e-service">E-Service</a><a href="/ita">ITA</a><a href="/contact">ติดต่อเรา</a></nav>
</div></header>
<main id="main" class="container mx-auto px-4 py-6">
{main_html}
</main>
<footer class="site-footer bg-blue-950 text-slate-200 mt-10"><div class="container mx-auto px-4 py-8 grid md:grid-cols-3 gap-6">
  <div><p class="font-bold">{DEPT}</p><p>{FOOTER}</p><p>โทรศัพท์ 0 2282 2855</p></div>
  <div><p class="font-bold">ลิงก์ที่เกี่ยวข้อง</p><ul><li><a href="https://www.moe.go.th">กระทรวงศึกษาธิการ</a></li><li><a href="https://www.thaigov.go.th">สำนักนายกรัฐมนตรี</a></li></ul></div>
  <div><p>{COUNTER}</p><p><a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/website-policy">นโยบายเว็บไซต์</a></p></div>
</div><div class="text-center text-xs py-3">© ๒๕๖๗ {DEPT} สงวนลิขสิทธิ์</div></footer>
<div class="pdpa-bar fixed bottom-0 inset-x-0 bg-white shadow-lg" x-data="{{ show: !localStorage.getItem('pdpa') }}" x-show="show" x-cloak><div class="container mx-auto flex flex-wrap items-center gap-3 px-4 py-3 text-sm">
  <p>{PDPA} ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/cookie-policy">นโยบายการใช้คุกกี้</a></p>
  <button type="button" class="btn-primary" @click="localStorage.setItem('pdpa', 1); show = false">ยอมรับทั้งหมด</button><button type="button" class="btn-outline" @click="show = false">ตั้งค่าคุกกี้</button>
</div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def pager(self, cur: int, pages: int) -> str:
        items = []
        if cur > 1:
            items.append(
                f'<a href="/news?page={cur - 1}" class="page-link" rel="prev">« ก่อนหน้า</a>'
            )
        for p in range(1, pages + 1):
            if p == cur:
                items.append(
                    f'<span class="page-link active" aria-current="page">{thai_digits(p)}</span>'
                )
            else:
                items.append(f'<a href="/news?page={p}" class="page-link">{thai_digits(p)}</a>')
        if cur < pages:
            items.append(f'<a href="/news?page={cur + 1}" class="page-link" rel="next">ถัดไป »</a>')
        return f'<nav class="pagination flex gap-1 justify-center mt-6" aria-label="เลขหน้า">{"".join(items)}</nav>'

    def render_list(self, cur: int):
        chunks = [self.oldest_first[i : i + PER] for i in range(0, N, PER)]
        if not 1 <= cur <= len(chunks):
            cur = 1
        rows = [(a.path, a.title, a.published) for a in chunks[cur - 1]]
        if cur == 2:
            rows.insert(
                5,
                (
                    f"/news/{DELETED_ID}",
                    "สกร. ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการ (ยกเลิก)",
                    chunks[1][4].published + dt.timedelta(hours=3),
                ),
            )
        cards = "".join(
            f'<div class="news-card rounded-lg bg-white shadow hover:shadow-lg overflow-hidden">'
            f'<a href="{p}" class="block"><img src="/uploads/news/thumb-{k + 1}.webp" alt="" loading="lazy" class="aspect-video object-cover w-full">'
            f'<div class="p-4"><h3 class="news-card__title line-clamp-2 font-semibold">{esc(t)}</h3>'
            f'<div class="news-card__meta text-xs text-slate-500 mt-2"><span class="date">{short_th(w)}</span></div></div></a></div>'
            for k, (p, t, w) in enumerate(rows)
        )
        main_html = f"""<nav class="breadcrumb text-sm" aria-label="breadcrumb"><a href="/">หน้าแรก</a> / <span>ข่าวประชาสัมพันธ์</span></nav>
<h2 class="page-heading text-2xl font-bold my-4">ข่าวประชาสัมพันธ์</h2>
<div class="news-toolbar flex justify-between text-sm mb-4"><span>ทั้งหมด {thai_digits(N)} รายการ</span><span>เรียงจาก: เก่า → ใหม่</span></div>
<div class="news-grid grid sm:grid-cols-2 lg:grid-cols-4 gap-5">{cards}</div>
{self.pager(cur, len(chunks))}"""
        return self.html_response(self.layout(main_html))

    # ------------------------------------------------------------------ article
    def body_doc(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["video"]:
            out.insert(
                2,
                f'<figure class="video"><iframe width="560" height="315" src="https://www.youtube.com/embed/dQ{a.id}xYz" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>'
                f"<figcaption>{VIDEO_LABEL} : {esc(a.title[:60])}</figcaption></figure>",
            )
        if a.extra["fb"]:
            first = a.paras[0].split(" ")
            sentence = " ".join(first[: min(len(first), 8)])
            out.append(
                f'<div class="fb-post" data-href="https://www.facebook.com/dole.go.th/posts/{a.id}0771" data-width="500" data-show-text="true">'
                f'<blockquote cite="https://www.facebook.com/dole.go.th/posts/{a.id}0771" class="fb-xfbml-parse-ignore"><p>{esc(sentence)}</p>'
                f'Posted by <a href="https://www.facebook.com/dole.go.th">{DEPT}</a> on&nbsp;<a href="https://www.facebook.com/dole.go.th/posts/{a.id}0771">{both_eras(a.published)}</a></blockquote>'
                f'<a class="fb-link" href="https://www.facebook.com/dole.go.th/posts/{a.id}0771">{FB_LABEL}</a></div>'
            )
        if a.source:
            out.append(
                f'<p class="news-source"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            )
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow"><base target="_parent">
<link rel="stylesheet" href="/assets/content-2b7f1d90.css">
<style>body{{margin:0;font-family:Sarabun,sans-serif;font-size:18px;line-height:1.8}} p{{text-indent:2em}}</style></head>
<body class="news-content prose">
{"".join(out)}
<script>new ResizeObserver(function(){{parent.postMessage({{h:document.body.scrollHeight}},'*')}}).observe(document.body)</script>
</body></html>
"""

    def render_article(self, a):
        i = self.articles.index(a)
        d = a.published
        time_html = (
            f' <span class="time">เวลา {thai_digits(d.strftime("%H.%M"))} น.</span>'
            if a.time_printed
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags flex gap-2 mt-2">'
                + "".join(
                    f'<a href="/news?tag={TAGS.index(t) + 1}" class="tag">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        if a.extra["srcdoc"]:
            frame = (
                f'<iframe class="news-frame w-full" title="เนื้อหาข่าว" sandbox="allow-same-origin allow-scripts allow-popups allow-top-navigation" '
                f'srcdoc="{html.escape(self.body_doc(a), quote=True)}" style="border:0;min-height:900px"></iframe>'
            )
        else:
            frame = (
                f'<iframe class="news-frame w-full" title="เนื้อหาข่าว" src="/news/{a.id}/content" loading="lazy" '
                f'style="border:0;min-height:900px"></iframe>'
            )
        related = [self.articles[(i + k) % N] for k in (2, 3, 5)]
        rel = "".join(
            f'<article class="related-card rounded bg-white shadow"><a href="{r.path}"><img src="/uploads/news/thumb-r{r.id}.webp" alt="" loading="lazy">'
            f'<h4 class="related-card__title">{esc(r.title)}</h4></a><p class="text-xs">{short_th(r.published)}</p></article>'
            for r in related
        )
        comments = "".join(
            f'<article class="comment border-b py-3"><header class="text-sm"><strong>{esc(name)}</strong> · <time>{short_th(d + dt.timedelta(days=k + 1))}</time></header><p>{esc(text)}</p></article>'
            for k, (name, text) in enumerate(a.extra["comments"])
        )
        main_html = f"""<nav class="breadcrumb text-sm" aria-label="breadcrumb"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a> / <span>รายละเอียดข่าว</span></nav>
<div class="news-detail bg-white rounded-lg shadow p-6 mt-4">
  <h2 class="news-title text-2xl font-bold leading-snug">{esc(a.title)}</h2>
  <div class="news-meta flex flex-wrap gap-4 text-sm text-slate-500 mt-2"><span class="date">📅 {both_eras(d)}</span>{time_html}<span class="views">👁️ ผู้เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span></div>
  {tags}
  <div class="news-cover mt-4"><img src="/uploads/news/{a.id}/cover.webp" alt="{esc(a.title)}" class="rounded w-full"></div>
  {frame}
  <div class="share-bar flex items-center gap-2 mt-4 text-sm"><span>แชร์ข่าวนี้ :</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dole.go.th/news/{a.id}" target="_blank">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url=https://www.dole.go.th/news/{a.id}" target="_blank">LINE</a><a href="https://twitter.com/intent/tweet?url=https://www.dole.go.th/news/{a.id}" target="_blank">X</a><button type="button" x-data @click="navigator.clipboard.writeText(location.href)">คัดลอกลิงก์</button></div>
</div>
<section class="related mt-8"><h3 class="text-xl font-bold mb-3">{RELATED}</h3><div class="grid md:grid-cols-3 gap-4">{rel}</div></section>
<section class="comments mt-8 bg-white rounded-lg shadow p-6"><h3 class="text-lg font-bold">ความคิดเห็น ({thai_digits(len(a.extra["comments"]))})</h3>
{comments}
<form method="POST" action="/news/{a.id}/comments" class="mt-4"><input type="hidden" name="_csrf" value="Q2FkZXQtbm90LWEtcmVhbC10b2tlbi0yMDI0"><label class="block text-sm">ชื่อ<input name="name" class="input"></label><label class="block text-sm">แสดงความคิดเห็น<textarea name="body" class="input"></textarea></label><button type="submit" class="btn-primary">ส่งความคิดเห็น</button></form>
</section>"""
        return self.html_response(self.layout(main_html, canonical=f"/news/{a.id}"))

    def render_deleted(self):
        main_html = f"""<nav class="breadcrumb text-sm" aria-label="breadcrumb"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a> / <span>รายละเอียดข่าว</span></nav>
<div class="news-detail bg-white rounded-lg shadow p-6 mt-4">
  <h2 class="news-title text-2xl font-bold leading-snug"></h2>
  <div class="empty-state text-center py-16"><p>{NOT_FOUND}</p><a href="/news" class="btn-outline">กลับหน้ารวมข่าว</a></div>
</div>"""
        return self.html_response(self.layout(main_html))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = query.get("page", ["1"])[0]
        cur = int(p) if p.isdigit() else 1
        if path == "/news":
            if cur == 2:
                with self._lock:
                    first = not self._limited
                    self._limited = True
                if first:
                    return (
                        429,
                        {
                            "Content-Type": "text/plain; charset=utf-8",
                            "Retry-After": "2",
                            "X-RateLimit-Limit": "30",
                            "X-RateLimit-Remaining": "0",
                        },
                        b"Too many requests",
                    )
            return self.render_list(cur)
        m = re.fullmatch(r"/news/(\d+)(/content)?", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID and not m[2]:
                return self.render_deleted()
            a = self.by_id.get(nid)
            if a is None:
                return None
            if m[2]:
                return self.html_response(self.body_doc(a))
            if self.articles.index(a) == SLOW_INDEX:
                time.sleep(2.5)
            return self.render_article(a)
        return None

    def page_text(self, a) -> str:
        outer = self.render_article(a)[2].decode("utf-8")
        body = outer + self.body_doc(a)
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        body = re.sub(r'srcdoc="[^"]*"', "", body)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            related = [self.articles[(i + k) % N] for k in (2, 3, 5)]
            must_not = [
                COUNTER,
                FOOTER,
                PDPA,
                RELATED,
                DEPT_EN,
                "ขนาดตัวอักษร",
                "ความตัดกันของสี",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                f"ผู้เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ส่งความคิดเห็น",
                "ความคิดเห็น (",
            ]
            must_not += [r.title for r in related]
            for name, text in a.extra["comments"]:
                must_not += [name, text]
            if a.extra["fb"]:
                must_not += [FB_LABEL, "Posted by"]
            if a.extra["video"]:
                must_not += [f"{VIDEO_LABEL} :"]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = AdonisDeptSite()

if __name__ == "__main__":
    main(SITE)
