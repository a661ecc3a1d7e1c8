"""Blind-53 red-team site (part C): a ministry portal (กระทรวงการท่องเที่ยวและกีฬา-like) on an
**in-house CMS: a NestJS JSON API behind an Express + Vite + React 18 front that streams its
pages with `renderToPipeableStream`** (2023 redesign: Tailwind classes, dayjs with the `th` locale
and the `buddhistEra` plugin, a click-tracking redirect for the news list). Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the HTML React 18 writes for a Suspense boundary
that resolves after the shell (a public playground's readme of `renderToPipeableStream()`:
`<!--$?--><template id="B:0"></template>` + the fallback + `<!--/$-->` in place, then
`<div hidden id="S:0">` with the resolved content after the shell and the inline `$RC("B:0","S:0")`
script that moves it), Vite's React streaming SSR template notes, and dayjs's `th` locale as
bundled in public sites (`weekdaysMin` "อา._จ._อ._พ._พฤ._ศ._ส.", `monthsShort` "ม.ค._ก.พ._…",
`LLL` "D MMMM YYYY เวลา H:mm", **no `meridiem`, so `A` prints "AM" / "PM"**) with projects that
`extend(buddhistEra)` and format `BBBB`. The Tailwind markup, the accessibility bar, PDPA bar,
the tracker and the hydration-state script are from memory of how Thai ministry portals print them
(2021-2024). No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: the article streams in out of order**: where the article belongs, the page holds only
  React's Suspense fallback (a grey skeleton and "กำลังโหลดข้อมูล...") between `<!--$?-->` and
  `<!--/$-->`; the whole article (headline, dates, counter, text, info table, tags, related
  cards) arrives after the footer inside **`<div hidden id="S:0">`** and an inline `$RC` script
  moves it into place in a browser; nothing else prints the text;
- **NEW: the listing links through a click tracker**: every card's headline, picture and
  "อ่านต่อ" go to `/go?nid=<id>&src=news-list`, which answers **302** to `/th/news/<id>`;
  the article's `rel=canonical` is `/th/news/<id>` (the expected address);
- **NEW: filter chips and sort links on the listing** (`?category=1..4`, `?sort=popular`,
  with their own `&page=N`) that list the same articles again (crawler trap; not listing pages);
- **NEW: dates as dayjs prints them with `dd D MMM BBBB h:mm A`**: "อ. 5 มี.ค. 2567 10:30 AM"
  (abbreviated weekday, BE, 12-hour clock with English AM/PM), "แก้ไขล่าสุด พ. 6 มี.ค. 2567
  2:05 PM" on edited items (one in three); cards "5 มี.ค. 67";
- **NEW: the source as the last cell of an info table under the text** ("ข้อมูลข่าว": หมวดหมู่ /
  ประเภท / **ส่งข่าวโดย** | office; one item in six has no such row);
- **NEW: infographic posts (one in six) whose headline is only the `alt` of a banner picture**
  (no heading element; `<title>` is the ministry's name on every page) above two short
  paragraphs;
- furniture: accessibility bar (ขนาดตัวอักษร, ความคมชัด), breadcrumb (no headline), share row
  (Facebook / LINE / X / คัดลอกลิงก์), "เข้าชม N ครั้ง", "#" tag chips, "ข่าวที่เกี่ยวข้อง" cards
  (titles, dates), sidebar "ข่าวล่าสุด" in the shell, footer address and visitor count, PDPA bar;
  a hydration script `window.__INITIAL_DATA__` with the id, headline, UTC `publishedAt`, views;
- deleted item (linked from page 2 through the tracker): `/go?nid=9001&src=news-list` → 302 →
  `/th/news/9001`, **200 with the shell and a streamed "ไม่พบข่าวที่ท่านค้นหา"** (a soft 404).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

MINISTRY = "กระทรวงการท่องเที่ยวและกีฬา"
MINISTRY_EN = "Ministry of Tourism and Sports"
PER = 8
CATEGORIES = {1: "ข่าวผู้บริหาร", 2: "ข่าวกิจกรรม", 3: "ข่าวประชาสัมพันธ์", 4: "อินโฟกราฟิก"}
SENDERS = [
    "กองกลาง สำนักงานปลัดกระทรวงการท่องเที่ยวและกีฬา",
    "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี",
    "สำนักงานการท่องเที่ยวและกีฬาจังหวัดเชียงใหม่",
    "กรมการท่องเที่ยว",
    "กรมพลศึกษา",
    None,
]
TAGS = ["ท่องเที่ยว", "กีฬา", "Amazing Thailand", "เศรษฐกิจ", "ซอฟต์พาวเวอร์", "นักท่องเที่ยว"]
DELETED_ID = 9001
WEEKDAYS_MIN = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]  # Monday first (Python's weekday())
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดียิ่งขึ้น ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
FOOTER = "เลขที่ 4 ถนนราชดำเนินนอก แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100"
COUNTER = "จำนวนผู้เข้าชม 2,481,057 ครั้ง"
LOADING = "กำลังโหลดข้อมูล..."
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
INFO = "ข้อมูลข่าว"


def dayjs_full(d: dt.datetime) -> str:
    """dayjs(d).format('dd D MMM BBBB h:mm A') under the th locale: 'อ. 5 มี.ค. 2567 10:30 AM'"""
    h = d.hour % 12 or 12
    return f"{WEEKDAYS_MIN[d.weekday()]} {d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def dayjs_card(d: dt.datetime) -> str:
    """'D MMM BB': '5 มี.ค. 67'"""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


RC_SCRIPT = (
    "function $RC(a,b){a=document.getElementById(a);b=document.getElementById(b);"
    "b.parentNode.removeChild(b);if(a){a=a.previousSibling;var f=a.parentNode,c=a.nextSibling,e=0;"
    'do{if(c&&8===c.nodeType){var d=c.data;if("/$"===d)if(0===e)break;else e--;else"$"!==d&&"$?"!==d&&"$!"!==d||e++}'
    "d=c.nextSibling;f.removeChild(c);c=d}while(c);for(;b.firstChild;)f.insertBefore(b.firstChild,c);"
    'a.data="$";a._reactRetry&&a._reactRetry()}};$RC("B:0","S:0")'
)


class StreamMinistrySite(BaseSite):
    key = "b53_react18_stream_ministry"
    family = "generic"
    imitates = (
        "ministry portal on an in-house CMS with an Express + Vite + React 18 streaming SSR front: "
        "the article arrives after the footer in <div hidden id=S:0> (Suspense fallback skeleton in "
        "place), listing cards link through a 302 click tracker /go?nid=, category/sort chips "
        "re-list the same items, dayjs dates 'อ. 5 มี.ค. 2567 10:30 AM', source as the last cell "
        "'ส่งข่าวโดย' of an info table, infographic posts whose headline is only a banner alt; "
        "<title> = ministry; deleted item a streamed soft 404 (200)"
    )
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 20, 18, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 5200 + (n - i) * 7
            a.path = f"/th/news/{a.id}"
            a.time_printed = True
            a.views = 40 + (i * 733 + 151) % 6100
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)]
            a.source = SENDERS[i % len(SENDERS)]
            a.extra["info"] = i % 6 == 4
            a.extra["cat"] = 4 if a.extra["info"] else (1, 2, 3)[i % 3]
            if a.extra["info"]:
                a.paras = a.paras[:2]
            if i % 3 == 2:
                a.modified = a.published + dt.timedelta(days=1, hours=3 + i % 5, minutes=7 + i)
            else:
                a.modified = None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/th/news", "/th/news?page=2", "/th/news?page=3"]

    def deleted_paths(self):
        return [f"/th/news/{DELETED_ID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 4, 9)]

    # ------------------------------------------------------------------ shell
    def shell(
        self, main_html: str, *, head_extra: str = "", tail: str = "", crumb: str = "ข่าวสาร"
    ) -> str:
        latest = "".join(
            f'<li class="py-2 border-b"><a href="{x.path}" class="hover:text-sky-700">{esc(x.title)}</a><div class="text-xs text-gray-500">{dayjs_card(x.published)}</div></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{MINISTRY}</title><link rel="icon" href="/favicon.ico"/><link rel="stylesheet" href="/assets/index-5f2c81ab.css"/><link rel="modulepreload" href="/assets/index-9b0e44d2.js"/><link rel="modulepreload" href="/assets/vendor-react-1a7f3c90.js"/>{head_extra}</head><body class="bg-gray-50 text-gray-800"><div id="root"><div class="min-h-screen flex flex-col"><div class="bg-sky-900 text-white text-sm"><div class="container mx-auto flex justify-end gap-4 px-4 py-1"><span>ขนาดตัวอักษร <button class="px-1">ก-</button><button class="px-1">ก</button><button class="px-1">ก+</button></span><span>ความคมชัด <button class="px-1">ปกติ</button><button class="px-1">ขาวดำ</button></span><a href="/en" class="underline">EN</a></div></div><header class="bg-white shadow"><div class="container mx-auto flex items-center gap-3 px-4 py-3"><a href="/th" class="flex items-center gap-3"><img src="/assets/logo-mots-7d1e.svg" alt="{MINISTRY}" width="56" height="56"/><div><div class="text-lg font-bold text-sky-900">{MINISTRY}</div><div class="text-xs text-gray-500">{MINISTRY_EN}</div></div></a><nav class="ml-auto hidden lg:flex gap-6 text-sm font-medium"><a href="/th">หน้าแรก</a><a href="/th/about">เกี่ยวกับกระทรวง</a><a href="/th/news" class="text-sky-700">ข่าวสาร</a><a href="/th/procurement">จัดซื้อจัดจ้าง</a><a href="/th/e-service">บริการประชาชน</a><a href="/th/contact">ติดต่อเรา</a></nav></div></header><main class="container mx-auto flex-1 px-4 py-6"><nav aria-label="breadcrumb" class="text-sm text-gray-500 mb-4"><a href="/th">หน้าแรก</a> / <a href="/th/news">ข่าวสาร</a>{"" if crumb == "ข่าวสาร" else " / " + esc(crumb)}</nav><div class="grid grid-cols-1 lg:grid-cols-12 gap-6"><section class="lg:col-span-8">{main_html}</section><aside class="lg:col-span-4"><div class="bg-white rounded-xl shadow p-4"><div class="font-bold text-sky-900 mb-2">{LATEST}</div><ul class="text-sm">{latest}</ul></div></aside></div></main><footer class="bg-sky-950 text-sky-100 text-sm"><div class="container mx-auto px-4 py-6"><p class="font-bold">{MINISTRY}</p><p>{FOOTER}</p><p>โทรศัพท์ 0 2283 1500</p><p class="mt-2 text-xs">{COUNTER}</p></div></footer><div class="fixed bottom-0 inset-x-0 bg-white border-t shadow-lg p-4 z-50" role="dialog" aria-label="cookie consent"><div class="container mx-auto flex flex-wrap items-center gap-3"><p class="text-sm flex-1">{PDPA} <a href="/th/privacy-policy" class="underline">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p><button class="px-3 py-1 border rounded">ตั้งค่าคุกกี้</button><button class="px-3 py-1 bg-sky-700 text-white rounded">ยอมรับทั้งหมด</button></div></div></div></div>{tail}<script type="module" src="/assets/index-9b0e44d2.js"></script></body></html>"""

    def response(self, text: str, status: int = 200):
        return (
            status,
            {
                "Content-Type": "text/html; charset=utf-8",
                "X-Powered-By": "Express",
                "Vary": "Accept-Encoding",
            },
            text.encode("utf-8"),
        )

    # ------------------------------------------------------------------ listing
    def card(self, a_id: int, title: str, d: dt.datetime, teaser: str, cat: int) -> str:
        go = f"/go?nid={a_id}&amp;src=news-list"
        return f"""<div class="bg-white rounded-xl shadow overflow-hidden flex flex-col"><a href="{go}"><img src="/uploads/news/thumb/{a_id}.webp" alt="" class="w-full aspect-video object-cover" loading="lazy"/></a><div class="p-4 flex-1 flex flex-col"><div class="flex items-center gap-2 text-xs text-gray-500 mb-1"><span class="px-2 py-0.5 rounded-full bg-sky-100 text-sky-800">{CATEGORIES[cat]}</span><span>{dayjs_card(d)}</span></div><h3 class="font-semibold leading-snug line-clamp-2"><a href="{go}" class="hover:text-sky-700">{esc(title)}</a></h3><p class="text-sm text-gray-600 line-clamp-3 mt-1">{esc(teaser)}</p><a href="{go}" class="mt-auto pt-2 text-sm text-sky-700">อ่านต่อ →</a></div></div>"""

    def render_list(self, page: int, category: int | None, sort: str | None):
        items = list(self.articles)
        if category:
            items = [a for a in items if a.extra["cat"] == category]
        if sort == "popular":
            items.sort(key=lambda a: -a.views)
        pages = [items[i : i + PER] for i in range(0, len(items), PER)] or [[]]
        if not 1 <= page <= len(pages):
            return None
        rows = [
            self.card(a.id, a.title, a.published, a.paras[0][:120] + "…", a.extra["cat"])
            for a in pages[page - 1]
        ]
        plain = category is None and sort is None
        if plain and page == 2:
            rows.insert(
                3,
                self.card(
                    DELETED_ID,
                    "ขอเชิญร่วมงานวิ่งการกุศล MOTS Run 2024 (เลื่อนการจัดงาน)",
                    dt.datetime(2024, 2, 20, 9, 0, tzinfo=TZ),
                    "กระทรวงการท่องเที่ยวและกีฬา ขอเชิญชวนประชาชนร่วมกิจกรรม…",
                    3,
                ),
            )

        def href(p, c=category, s=sort):
            q = []
            if c:
                q.append(f"category={c}")
            if s:
                q.append(f"sort={s}")
            if p > 1:
                q.append(f"page={p}")
            return "/th/news" + ("?" + "&amp;".join(q) if q else "")

        chips = [
            f'<a href="{href(1, None, sort)}" class="px-3 py-1 rounded-full {"bg-sky-700 text-white" if not category else "bg-white border"}">ทั้งหมด</a>'
        ]
        chips += [
            f'<a href="{href(1, c, sort)}" class="px-3 py-1 rounded-full {"bg-sky-700 text-white" if category == c else "bg-white border"}">{name}</a>'
            for c, name in CATEGORIES.items()
        ]
        sorts = f'<span class="ml-auto text-sm">เรียงตาม: <a href="{href(1, category, None)}" class="{"font-bold" if not sort else ""}">ล่าสุด</a> | <a href="{href(1, category, "popular")}" class="{"font-bold" if sort == "popular" else ""}">ยอดนิยม</a></span>'
        pager = []
        if page > 1:
            pager.append(f'<a href="{href(page - 1)}" class="px-3 py-1 border rounded">ก่อนหน้า</a>')
        for p in range(1, len(pages) + 1):
            cls = "bg-sky-700 text-white" if p == page else "border"
            cur = ' aria-current="page"' if p == page else ""
            pager.append(f'<a href="{href(p)}" class="px-3 py-1 rounded {cls}"{cur}>{p}</a>')
        if page < len(pages):
            pager.append(f'<a href="{href(page + 1)}" class="px-3 py-1 border rounded">ถัดไป</a>')
        main_html = f"""<h1 class="text-2xl font-bold text-sky-900 mb-4">ข่าวสาร</h1><div class="flex flex-wrap items-center gap-2 mb-4 text-sm">{"".join(chips)}{sorts}</div><div class="grid grid-cols-1 md:grid-cols-2 gap-4">{"".join(rows)}</div><nav class="flex justify-center gap-2 mt-6 text-sm" aria-label="pagination">{"".join(pager)}</nav>"""
        return self.response(self.shell(main_html))

    # ------------------------------------------------------------------ article
    def skeleton(self) -> str:
        return (
            '<!--$?--><template id="B:0"></template><div class="animate-pulse bg-white rounded-xl shadow p-6" aria-busy="true">'
            '<div class="h-7 bg-gray-200 rounded w-3/4 mb-4"></div><div class="h-4 bg-gray-200 rounded w-1/3 mb-6"></div>'
            '<div class="h-64 bg-gray-200 rounded mb-4"></div><div class="h-4 bg-gray-200 rounded mb-2"></div>'
            f'<div class="h-4 bg-gray-200 rounded w-5/6"></div><p class="sr-only">{LOADING}</p></div><!--/$-->'
        )

    def article_html(self, a, base: str) -> str:
        full = f"{base}{a.path}"
        if a.extra["info"]:
            head = f'<figure class="mb-4"><img src="/uploads/news/banner/{a.id}.jpg" alt="{esc(a.title)}" class="w-full rounded-lg" width="1200" height="1500"/></figure>'
        else:
            head = (
                f'<h1 class="text-2xl font-bold leading-snug text-sky-950 mb-3">{esc(a.title)}</h1>'
            )
        mod = ""
        if a.modified:
            mod = f'<span class="flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M4 20h4l10-10-4-4L4 16z"></path></svg>แก้ไขล่าสุด {dayjs_full(a.modified)}</span>'
        meta = f'<div class="flex flex-wrap gap-4 text-sm text-gray-500 mb-4"><span class="flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M7 2v2H5a2 2 0 0 0-2 2v14h18V6a2 2 0 0 0-2-2h-2V2"></path></svg>{dayjs_full(a.published)}</span>{mod}<span class="flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24" aria-hidden="true"><path d="M12 5c-7 0-10 7-10 7s3 7 10 7 10-7 10-7-3-7-10-7z"></path></svg>เข้าชม {a.views:,} ครั้ง</span></div>'
        share = f'<div class="flex flex-wrap items-center gap-2 mb-4 text-sm"><span class="font-medium">แชร์ :</span><a href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}" class="px-2 py-1 rounded bg-blue-600 text-white">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" class="px-2 py-1 rounded bg-green-500 text-white">LINE</a><a href="https://x.com/intent/post?url={quote(full, safe="")}" class="px-2 py-1 rounded bg-black text-white">X</a><button class="px-2 py-1 rounded border">คัดลอกลิงก์</button></div>'
        cover = (
            ""
            if a.extra["info"]
            else f'<img src="/uploads/news/cover/{a.id}.webp" alt="" class="w-full rounded-lg mb-4"/>'
        )
        body = "".join(f'<p class="mb-3 indent-8">{esc(p)}</p>' for p in a.paras)
        rows = [
            f'<tr><th class="text-left p-2 bg-gray-100 w-40">หมวดหมู่</th><td class="p-2">{CATEGORIES[a.extra["cat"]]}</td></tr>',
            '<tr><th class="text-left p-2 bg-gray-100">ประเภท</th><td class="p-2">ข่าวสารกระทรวง</td></tr>',
        ]
        if a.source:
            rows.append(
                f'<tr><th class="text-left p-2 bg-gray-100">ส่งข่าวโดย</th><td class="p-2">{esc(a.source)}</td></tr>'
            )
        info = f'<table class="w-full text-sm border mt-6"><caption class="text-left font-bold py-2">{INFO}</caption><tbody>{"".join(rows)}</tbody></table>'
        tags = "".join(
            f'<a href="/th/news/tag/{quote(t)}" class="px-2 py-0.5 rounded-full bg-gray-100 text-sm">#{esc(t)}</a>'
            for t in a.tags
        )
        rel = "".join(
            f'<a href="{x.path}" class="block bg-white rounded-lg shadow p-3"><div class="text-xs text-gray-500">{dayjs_card(x.published)}</div><div class="font-medium line-clamp-2">{esc(x.title)}</div></a>'
            for x in self.related(a)
        )
        return f"""<article class="bg-white rounded-xl shadow p-6">{head}{meta}{share}{cover}<div class="news-content text-[17px] leading-8">{body}</div>{info}<div class="flex flex-wrap gap-2 mt-4">{tags}</div></article><section class="mt-6"><h2 class="text-lg font-bold text-sky-900 mb-3">{RELATED}</h2><div class="grid grid-cols-1 md:grid-cols-3 gap-3">{rel}</div></section>"""

    def render_article(self, a, base: str):
        state = {
            "news": {
                "id": a.id,
                "title": a.title,
                "categoryId": a.extra["cat"],
                "publishedAt": a.published.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
                "views": a.views,
            }
        }
        head = f'<link rel="canonical" href="{base}{a.path}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="og:image" content="{base}/uploads/news/cover/{a.id}.webp"/>'
        tail = (
            f"<script>window.__INITIAL_DATA__={json.dumps(state, ensure_ascii=False)}</script>"
            f'<div hidden id="S:0">{self.article_html(a, base)}</div><script>{RC_SCRIPT}</script>'
        )
        return self.response(self.shell(self.skeleton(), head_extra=head, tail=tail))

    def render_missing(self):
        tail = (
            '<script>window.__INITIAL_DATA__={"news":null}</script>'
            '<div hidden id="S:0"><div class="bg-white rounded-xl shadow p-10 text-center"><div class="text-5xl mb-3">😕</div>'
            '<p class="text-xl font-bold">ไม่พบข่าวที่ท่านค้นหา</p><p class="text-gray-500 mt-2">ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</p>'
            f'<a href="/th/news" class="inline-block mt-4 px-4 py-2 bg-sky-700 text-white rounded">กลับไปหน้าข่าวสาร</a></div></div><script>{RC_SCRIPT}</script>'
        )
        return self.response(self.shell(self.skeleton(), tail=tail))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/th"):
            return 302, {"Location": f"{base}/th/news"}, b""
        if path == "/th/news":
            page = query.get("page", ["1"])[0]
            cat = query.get("category", [""])[0]
            sort = query.get("sort", [""])[0] or None
            if not page.isdigit() or (cat and not (cat.isdigit() and int(cat) in CATEGORIES)):
                return None
            if sort not in (None, "popular"):
                return None
            return self.render_list(int(page), int(cat) if cat else None, sort)
        if path == "/go":
            nid = query.get("nid", [""])[0]
            if nid.isdigit():
                return (
                    302,
                    {
                        "Location": f"{base}/th/news/{nid}",
                        "X-Powered-By": "Express",
                        "Cache-Control": "no-store",
                    },
                    b"",
                )
            return None
        m = re.fullmatch(r"/th/news/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid in self.by_id:
                return self.render_article(self.by_id[nid], base)
            if nid == DELETED_ID:
                return self.render_missing()
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                MINISTRY_EN,
                "ขนาดตัวอักษร",
                "ความคมชัด",
                LOADING,
                "แชร์ :",
                "Facebook",
                "คัดลอกลิงก์",
                f"เข้าชม {a.views:,} ครั้ง",
                dayjs_full(a.published),
                "แก้ไขล่าสุด",
                INFO,
                "หมวดหมู่",
                "ส่งข่าวโดย",
                "ข่าวสารกระทรวง",
                RELATED,
                LATEST,
                PDPA,
                "ยอมรับทั้งหมด",
                FOOTER,
                COUNTER,
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = StreamMinistrySite()

if __name__ == "__main__":
    main(SITE)
