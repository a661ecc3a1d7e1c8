"""Blind-55 red-team site (part C): a department portal (กรมส่งเสริมสหกรณ์-like) rebuilt in 2023 as
an **in-house CMS behind a SolidStart (SolidJS SSR) front**: `data-hk` hydration keys on every
element, `<!--$-->` / `<!--/-->` text markers, the `_$HY` hydration bootstrap script, Tailwind,
card grids, an accessibility toolbar and a PDPA bar. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code corpus): Solid's SSR entry files and docs
(`generateHydrationScript()` / `<HydrationScript />` placed once in the head, `renderToString` /
`renderToStringAsync` output inserted into `#app`, the `hydratable` compile option, a SolidStart
`entry-server`); the hydration-key attribute `data-hk` and the `<!--$-->` markers are from memory of
Solid's output. The portal's old PHP addresses, its meta-refresh forwarder and the script-written
counter are from memory of Thai department sites. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- new article addresses `/th/news/<id>` (`rel=canonical` to themselves), `h1` the headline,
  `<title>` "headline | กรม…";
- **NEW: listing cards that navigate by script**: each card is `<div role="link" tabindex="0"
  data-href="…" onclick="location.href=this.dataset.href">` with the picture, the date and the
  headline in an `h3` — no `<a>` anywhere in the card; the related cards under each article the
  same;
- **NEW: moved addresses**: the cards' `data-href` is the old PHP address
  `/news_detail.php?id=<id>`, which answers `200` with a small page holding
  `<meta http-equiv="refresh" content="0; url=/th/news/<id>">`, a `location.replace(...)` script
  and a "คลิกที่นี่" link; **the record is at the new address `/th/news/<id>`**;
- **NEW: the date as a database datetime in the Buddhist year inside `<time datetime="2567-03-05
  10:30:00">`** whose text is **"วันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๖๗"** (Thai digits, "เดือน", "พ.ศ.");
  the time of day is only in the attribute (taken, as a `<time datetime>` counts);
- **NEW: apostrophe years on the cards: "5 มี.ค. '67"**;
- **NEW: the modification date only in the `title=` tooltip of the date** ("ปรับปรุงล่าสุด
  2567-03-07 14:05:00") on one article in two; the page prints no other modified date;
- **NEW: a view counter written by a script**: `<script>document.write("1,234")</script>` beside a
  `<noscript>1,234</noscript>` twin, then "ครั้ง";
- source "ที่มา : …" / "ข่าว/ภาพ : …" as the last line of the text (one in six none); "#" tag
  chips; share row "แชร์ :"; "ข่าวนี้เป็นประโยชน์หรือไม่?" feedback box; "ข่าวที่เกี่ยวข้อง" cards
  (titles, dates); sidebar "ข่าวยอดนิยม" (links to the new addresses, counts); breadcrumbs with the
  headline; accessibility toolbar; PDPA bar citing "พ.ศ. 2562"; footer counter;
- listing `/th/news`, `?page=2`, `?page=3` with an ordinary `<a>` pager (Thai-digit numbers);
- deleted item (linked from page 2): `/news_detail.php?id=9013` forwards (200, meta refresh) to
  `/th/news/9013`, which answers **200** with the layout and "ไม่พบข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
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

DEPT = "กรมส่งเสริมสหกรณ์"
DEPT_EN = "Cooperative Promotion Department"
PER = 9
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์ กรมส่งเสริมสหกรณ์"),
    ("ข่าว/ภาพ", "สำนักงานสหกรณ์จังหวัดชัยภูมิ"),
    ("ที่มา", "กองพัฒนาสหกรณ์ภาคการเกษตรและกลุ่มเกษตรกร"),
    ("ข่าว/ภาพ", "สำนักงานส่งเสริมสหกรณ์กรุงเทพมหานคร พื้นที่ 2"),
    ("ที่มา", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    None,
]
TAGS = ["สหกรณ์", "กลุ่มเกษตรกร", "หนี้สินสมาชิก", "ตลาดสินค้าเกษตร", "BCG", "ธรรมาภิบาล"]
DELETED_ID = 9013
POPULAR = "ข่าวยอดนิยม"
RELATED = "ข่าวที่เกี่ยวข้อง"
PDPA = "กรมส่งเสริมสหกรณ์ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งานเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
COUNTER = "ผู้เข้าชมเว็บไซต์ 3,482,116 ครั้ง"
FOOTER = "เลขที่ 12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100"
FEEDBACK = "ข่าวนี้เป็นประโยชน์หรือไม่?"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ"
HY = (
    '<script>window._$HY||(e=>{let t=e=>e&&e.hasAttribute&&(e.hasAttribute("data-hk")?e:t(e.host&&'
    'e.host.nodeType?e.host:e.parentNode));["click","input"].forEach(o=>document.addEventListener(o,'
    "o=>{if(!e.events)return;let s=t(o.composedPath&&o.composedPath()[0]||o.target);s&&!e.completed.has(s)"
    "&&e.events.push([s,o])}))})(_$HY={events:[],completed:new WeakSet,r:{},fe(){}});</script>"
)


def db_be(d: dt.datetime) -> str:
    """'2567-03-05 10:30:00' (the CMS's DATETIME column, kept in the Buddhist year)."""
    return f"{d.year + 543}-{d:%m-%d %H:%M:%S}"


def th_long(d: dt.datetime) -> str:
    """'วันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๖๗'"""
    return f"วันที่ {thai_digits(d.day)} เดือน{MONTHS[d.month - 1]} พ.ศ. {thai_digits(d.year + 543)}"


def apos(d: dt.datetime) -> str:
    """ "5 มี.ค. '67\""""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} '{str(d.year + 543)[-2:]}"


class SolidStartMinistrySite(BaseSite):
    key = "b55_solidstart_ministry_datahref"
    family = "generic"
    imitates = (
        "department portal on an in-house CMS behind a SolidStart SSR front: listing cards with "
        "data-href / onclick and no <a>, old PHP addresses forwarding by meta refresh and "
        "location.replace to /th/news/<id>, <time datetime='2567-03-05 10:30:00'> (BE database "
        "datetime) with 'วันที่ ๕ เดือนมีนาคม พ.ศ. ๒๕๖๗', apostrophe years '5 มี.ค. '67', the modified "
        "date only in a title tooltip, a document.write view counter with a noscript twin; "
        "deleted item a 200 'not found' page behind a forwarder"
    )
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 4, 4, 17, 0, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 8700 + (n - i) * 7
            a.path = f"/th/news/{a.id}"
            a.time_printed = True  # the <time datetime> holds the time of day
            if a.modified is not None:
                a.modified = a.modified.replace(second=0)
            a.views = 120 + (i * 733 + 91) % 5200
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i + 2) % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/th/news", "/th/news?page=2", "/th/news?page=3"]

    def deleted_paths(self):
        return [f"/news_detail.php?id={DELETED_ID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    # ------------------------------------------------------------------ shell
    def shell(self, title, main_html, *, head_extra="", crumbs=()):
        pop = "".join(
            f'<li data-hk="0-0-3-{j}"><a href="{x.path}" class="hover:text-blue-800">{esc(x.title)}</a><span class="text-xs text-gray-500"> (<!--$-->{x.views:,}<!--/--> ครั้ง)</span></li>'
            for j, x in enumerate(self.popular())
        )
        bc = '<a href="/th">หน้าหลัก</a><span>/</span><a href="/th/news">ข่าวประชาสัมพันธ์</a>'
        for c in crumbs:
            bc += f"<span>/</span><span>{esc(c)}</span>"
        return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{title}</title>{head_extra}<link rel="stylesheet" href="/_build/assets/index-6f1c2a9e.css"><link rel="modulepreload" href="/_build/assets/client-3b7d8e1f.js">{HY}</head><body class="font-sarabun bg-gray-50"><div id="app"><div data-hk="0" class="min-h-screen flex flex-col">
<div data-hk="0-0-0" id="a11y-toolbar" class="bg-green-900 text-white text-sm"><div class="container mx-auto flex gap-3 px-4 py-1"><span>ขนาดตัวอักษร</span><button type="button" aria-label="ลดขนาดตัวอักษร">ก-</button><button type="button" aria-label="ขนาดปกติ">ก</button><button type="button" aria-label="เพิ่มขนาดตัวอักษร">ก+</button><span>|</span><span>ความตัดกันของสี</span><button type="button">ปกติ</button><button type="button">ขาวดำ</button><button type="button">ดำเหลือง</button><span class="ml-auto"><a href="/th">TH</a> | <a href="/en">EN</a></span></div></div>
<header data-hk="0-0-1" class="bg-white shadow"><div class="container mx-auto flex items-center gap-4 px-4 py-3"><a href="/th" class="flex items-center gap-3"><img src="/images/logo-cpd.png" alt="{DEPT}" width="64" height="64"><span><span class="block text-xl font-bold text-green-900">{DEPT}</span><span class="block text-sm text-gray-500">{DEPT_EN}</span></span></a>
<nav class="ml-auto"><ul class="flex gap-5"><li><a href="/th">หน้าหลัก</a></li><li><a href="/th/about">เกี่ยวกับกรม</a></li><li><a href="/th/news" aria-current="page">ข่าวประชาสัมพันธ์</a></li><li><a href="/th/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/th/ita">ITA</a></li><li><a href="/th/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<nav data-hk="0-0-2" aria-label="breadcrumb" class="container mx-auto px-4 py-2 text-sm text-gray-600 flex gap-2">{bc}</nav>
<div class="container mx-auto grid grid-cols-12 gap-6 px-4 pb-10">
<main class="col-span-12 lg:col-span-9">{main_html}</main>
<aside data-hk="0-0-3" class="col-span-12 lg:col-span-3"><section class="bg-white rounded-xl p-4 shadow-sm"><h2 class="font-bold text-green-900 mb-2">{POPULAR}</h2><ol class="space-y-2 text-sm">{pop}</ol></section>
<section class="bg-white rounded-xl p-4 shadow-sm mt-4"><h2 class="font-bold text-green-900 mb-2">ลิงก์ที่น่าสนใจ</h2><ul class="text-sm"><li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li><li><a href="https://www.thaigov.go.th/">ทำเนียบรัฐบาล</a></li></ul></section></aside>
</div>
<footer data-hk="0-0-4" class="bg-green-950 text-green-50 text-sm mt-auto"><div class="container mx-auto px-4 py-6"><p class="font-bold">{DEPT}</p><p>{FOOTER}</p><p>โทรศัพท์ 0 2628 5240</p><p>{COUNTER}</p><p>© 2567 {DEPT} สงวนลิขสิทธิ์ | <a href="/th/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/th/sitemap">แผนผังเว็บไซต์</a></p></div></footer>
<div data-hk="0-0-5" id="pdpa-consent" class="fixed bottom-0 inset-x-0 bg-white border-t shadow-lg"><div class="container mx-auto flex items-center gap-4 px-4 py-3 text-sm"><p>{PDPA}</p><button type="button" class="btn-outline">ตั้งค่าคุกกี้</button><button type="button" class="btn-primary">ยอมรับทั้งหมด</button></div></div>
</div></div><script type="module" src="/_build/assets/client-3b7d8e1f.js" async></script></body></html>
"""

    def card(self, hk, href, title, d, pic, views=None) -> str:
        v = (
            f'<span class="text-xs text-gray-500"><i class="icon-eye"></i> <!--$-->{views:,}<!--/--></span>'
            if views is not None
            else ""
        )
        return f"""<div data-hk="{hk}" class="news-card group cursor-pointer rounded-xl bg-white shadow-sm hover:shadow-md overflow-hidden" role="link" tabindex="0" data-href="{href}" onclick="location.href=this.dataset.href" onkeydown="if(event.key==='Enter')location.href=this.dataset.href">
<div class="aspect-video overflow-hidden"><img src="{pic}" alt="" loading="lazy" class="w-full h-full object-cover group-hover:scale-105 transition"></div>
<div class="p-4"><div class="flex justify-between"><span class="text-xs text-green-800"><i class="icon-calendar"></i> <!--$-->{apos(d)}<!--/--></span>{v}</div>
<h3 class="mt-2 font-semibold line-clamp-2 group-hover:text-green-800"><!--$-->{esc(title)}<!--/--></h3></div></div>"""

    # ------------------------------------------------------------------ listing
    def render_list(self, k: int):
        cards = [
            self.card(
                f"0-0-6-{j}",
                f"/news_detail.php?id={a.id}",
                a.title,
                a.published,
                f"/uploads/news/{a.published:%Y/%m}/{a.id}_cover.jpg",
                a.views,
            )
            for j, a in enumerate(self.pages[k])
        ]
        if k == 1:
            cards.insert(
                5,
                self.card(
                    "0-0-6-99",
                    f"/news_detail.php?id={DELETED_ID}",
                    "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการอบรมหลักสูตรผู้ตรวจสอบกิจการสหกรณ์ รุ่นที่ 3",
                    dt.datetime(2024, 3, 12, 10, 0, tzinfo=TZ),
                    "/uploads/news/2024/03/9013_cover.jpg",
                    88,
                ),
            )
        pager = []
        if k > 0:
            prev = "/th/news" if k == 1 else f"/th/news?page={k}"
            pager.append(
                f'<a href="{prev}" rel="prev" class="px-3 py-1 rounded border">‹ ก่อนหน้า</a>'
            )
        for j in range(len(self.pages)):
            href = "/th/news" if j == 0 else f"/th/news?page={j + 1}"
            if j == k:
                pager.append(
                    f'<span aria-current="page" class="px-3 py-1 rounded bg-green-800 text-white">{thai_digits(j + 1)}</span>'
                )
            else:
                pager.append(
                    f'<a href="{href}" class="px-3 py-1 rounded border">{thai_digits(j + 1)}</a>'
                )
        if k < len(self.pages) - 1:
            pager.append(
                f'<a href="/th/news?page={k + 2}" rel="next" class="px-3 py-1 rounded border">ถัดไป ›</a>'
            )
        main_html = f"""<div data-hk="0-0-6"><h1 class="text-2xl font-bold text-green-900 my-4">ข่าวประชาสัมพันธ์</h1>
<div class="flex gap-2 mb-4 text-sm"><span class="chip chip-active">ทั้งหมด</span><span class="chip">ข่าวกิจกรรม</span><span class="chip">ข่าวผู้บริหาร</span></div>
<div class="grid grid-cols-1 md:grid-cols-3 gap-5">{"".join(cards)}</div>
<nav aria-label="เลขหน้า" class="flex justify-center gap-2 mt-8">{"".join(pager)}</nav>
<p class="text-center text-xs text-gray-500 mt-2">หน้า {thai_digits(k + 1)} จาก {thai_digits(len(self.pages))}</p></div>"""
        return self.html_response(self.shell(f"ข่าวประชาสัมพันธ์ | {DEPT}", main_html))

    # ------------------------------------------------------------------ forwarder
    def render_forward(self, new: str):
        body = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="refresh" content="0; url={new}"><title>{DEPT}</title>
<script>window.location.replace("{new}");</script></head>
<body><p>ระบบได้ย้ายหน้าข่าวไปยังที่อยู่ใหม่ กำลังนำท่านไปยังหน้าข่าว… หากไม่ไปโดยอัตโนมัติ <a href="{new}">คลิกที่นี่</a></p></body></html>
"""
        return self.html_response(body)

    # ------------------------------------------------------------------ article
    def render_article(self, a, base: str):
        d = a.published
        tip = f' title="ปรับปรุงล่าสุด {db_be(a.modified)}"' if a.modified else ""
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f'<p class="text-right"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
        tags = "".join(
            f'<a href="/th/news?tag={quote(t)}" class="chip">#{esc(t)}</a>' for t in a.tags
        )
        full = quote(f"{base}{a.path}", safe="")
        rel = "".join(
            self.card(
                f"0-0-7-{j}",
                f"/news_detail.php?id={x.id}",
                x.title,
                x.published,
                f"/uploads/news/{x.published:%Y/%m}/{x.id}_cover.jpg",
            )
            for j, x in enumerate(self.related(a))
        )
        main_html = f"""<article data-hk="0-0-6" class="bg-white rounded-xl shadow-sm p-6 mt-2">
<h1 class="text-2xl font-bold text-green-900 leading-snug"><!--$-->{esc(a.title)}<!--/--></h1>
<div class="flex flex-wrap gap-4 text-sm text-gray-500 mt-3 border-b pb-3">
<span><i class="icon-calendar"></i> <time datetime="{db_be(d)}"{tip}>{th_long(d)}</time></span>
<span><i class="icon-eye"></i> เข้าชม <script>document.write("{a.views:,}")</script><noscript>{a.views:,}</noscript> ครั้ง</span>
<span class="ml-auto flex gap-2"><button type="button" onclick="window.print()">พิมพ์</button></span>
</div>
<figure class="my-5"><img src="/uploads/news/{d:%Y/%m}/{a.id}_cover.jpg" alt="{esc(a.title)}" class="w-full rounded-lg"></figure>
<div class="news-content prose max-w-none leading-relaxed">{paras}</div>
<div class="flex flex-wrap gap-2 mt-6">{tags}</div>
<div class="flex items-center gap-3 mt-6 border-t pt-4 text-sm"><span>แชร์ :</span><a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener">LINE</a><a href="https://twitter.com/intent/tweet?url={full}" target="_blank" rel="noopener">X</a><button type="button">คัดลอกลิงก์</button></div>
<div class="mt-6 rounded-lg bg-green-50 p-4 text-sm"><p class="font-semibold">{FEEDBACK}</p><button type="button">มีประโยชน์</button> <button type="button">ไม่มีประโยชน์</button></div>
</article>
<section data-hk="0-0-7" class="mt-8"><h2 class="text-xl font-bold text-green-900 mb-4">{RELATED}</h2><div class="grid grid-cols-1 md:grid-cols-3 gap-5">{rel}</div></section>"""
        head = (
            f'<link rel="canonical" href="{base}{a.path}">'
            f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
        )
        return self.html_response(
            self.shell(f"{esc(a.title)} | {DEPT}", main_html, head_extra=head, crumbs=[a.title])
        )

    def render_missing(self):
        main_html = f'<div data-hk="0-0-6" class="bg-white rounded-xl p-10 text-center mt-2"><h1 class="text-xl font-bold">{NOT_FOUND}</h1><p class="mt-2 text-gray-500">ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="/th/news" class="btn-primary mt-4 inline-block">กลับหน้ารวมข่าว</a></div>'
        return self.html_response(self.shell(f"{NOT_FOUND} | {DEPT}", main_html))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/th"):
            return 302, {"Location": f"{base}/th/news"}, b""
        if path == "/th/news":
            k = query.get("page", ["1"])[0]
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.render_list(int(k) - 1)
        if path == "/news_detail.php":
            i = query.get("id", [""])[0]
            if i.isdigit() and (int(i) in self.by_id or int(i) == DELETED_ID):
                return self.render_forward(f"/th/news/{int(i)}")
            return None
        m = re.fullmatch(r"/th/news/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID:
                return self.render_missing()
            a = self.by_id.get(nid)
            return self.render_article(a, base) if a else None
        return None

    def page_text(self, a) -> str:
        res = self.route(a.path, {}, "", "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                POPULAR,
                RELATED,
                PDPA,
                COUNTER,
                FOOTER,
                FEEDBACK,
                "แชร์ :",
                "Facebook",
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                "ความตัดกันของสี",
                "ยอมรับทั้งหมด",
                f"เข้าชม {a.views:,} ครั้ง",
                th_long(a.published),
                DEPT_EN,
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.popular() if x is not a]
            must_not += ["#" + t for t in a.tags]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s.lstrip("#") in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = SolidStartMinistrySite()

if __name__ == "__main__":
    main(SITE)
