"""Blind-9 red-team site: Nuxt 3 SSR front end over a Strapi 4 headless CMS (a provincial
office of a ministry department), built blind.

What it imitates:
- Nuxt 3 markup: `div#__nuxt`, Tailwind utility classes only, `data-v-…` scope attributes,
  `<!--[-->` / `<!--]-->` fragment comments, the payload `script#__NUXT_DATA__` in devalue's
  flat-array form (objects refer to other entries by index) holding the Strapi entry with
  `publishedAt` / `updatedAt` / `createdAt` in **UTC with milliseconds**; `<title>` "ข่าวสาร |
  office" on every news page (the page sets no head title);
- the listing `/news`: cards with **relative dates only** ("3 วันที่แล้ว", "2 เดือนที่แล้ว",
  dayjs relativeTime th, computed at render time), an infinite scroll ("กำลังโหลด...",
  IntersectionObserver on `/api/news?page=N` JSON) and a `<noscript>` fallback pager
  (`/news?page=N`, "หน้าก่อนหน้า" / "หน้าถัดไป") that the server renders with the same cards;
- the detail `/news/<Strapi documentId>`: breadcrumb "หน้าแรก / ข่าวสาร / <headline>", `h1`,
  a meta row with an icon and "15 กุมภาพันธ์ 2567" (dayjs buddhistEra `D MMMM BBBB`, no time)
  and "เข้าชม 1,234 ครั้ง", the cover with its caption, `div.prose` with the Strapi rich-text
  blocks as `<p>`, "แหล่งข่าว: …" (the entry's source field, for some), "คำค้น:" chips (spans,
  no links), "แชร์ข่าวนี้", "ข่าวอื่นๆ ที่น่าสนใจ" cards with relative dates;
- `modified_at` is the payload's `updatedAt` (every entry; equal to `publishedAt` when never
  edited), the time of `published_at` comes from the payload's `publishedAt`;
- the deleted entry answers 200 with the page shell and "ไม่พบข่าวที่ต้องการ" (useFetch gave
  null, the page does not throw).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ._common import esc, main
from .b9_common import B9Site, build, month_full, record, utc_ms

OFFICE = "สำนักงานพลังงานจังหวัดขอนแก่น"
SOURCES = ["กลุ่มยุทธศาสตร์พลังงาน", None, None, "ฝ่ายบริหารทั่วไป", None]
NOW = dt.datetime(2024, 3, 2, 9, 0)
DELETED_DOC = "q7w1e9r3t5y2u8i4o6p0a1s3"


def doc_id(n: int) -> str:
    h = hashlib.sha256(f"strapi-{n}".encode()).digest()
    alpha = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(alpha[b % 36] for b in h)[:24]


def relative(d: dt.datetime) -> str:
    delta = NOW.replace(tzinfo=d.tzinfo) - d
    days = delta.days
    if days < 1:
        return f"{max(1, delta.seconds // 3600)} ชั่วโมงที่แล้ว"
    if days < 26:
        return "1 วันที่แล้ว" if days == 1 else f"{days} วันที่แล้ว"
    months = round(days / 30)
    return "1 เดือนที่แล้ว" if months <= 1 else f"{months} เดือนที่แล้ว"


def devalue(obj) -> list:
    out: list = []

    def add(v):
        i = len(out)
        out.append(None)
        if isinstance(v, dict):
            out[i] = {k: add(x) for k, x in v.items()}
        elif isinstance(v, list):
            out[i] = [add(x) for x in v]
        else:
            out[i] = v
        return i

    add(obj)
    return out


class NuxtStrapiSite(B9Site):
    key = "b9_nuxt3_strapi"
    family = "generic"
    imitates = "Nuxt 3 SSR over Strapi 4: devalue __NUXT_DATA__ with publishedAt/updatedAt in UTC ms, same <title> on every news page, /news with relative dates only and infinite scroll plus a <noscript> ?page=N fallback pager, /news/<documentId> with 'D MMMM BBBB' date (no time), 'เข้าชม N ครั้ง', cover caption, prose, 'แหล่งข่าว:' field, 'คำค้น:' chips, share, other-news cards; deleted = 'ไม่พบข่าวที่ต้องการ' shell"
    listing_path = "/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 21, 24, SOURCES, dt.datetime(2024, 3, 1, 18, 0), first_id=500, step=1
        )
        for a in self.articles:
            a.path = f"/news/{doc_id(a.id)}"
            a.time_printed = True
            a.modified = a.modified or a.published
        assert DELETED_DOC not in {doc_id(a.id) for a in self.articles}
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k + 1}"

    def deleted_paths(self):
        return [f"/news/{DELETED_DOC}"]

    def entry(self, a):
        return {
            "id": a.id,
            "documentId": doc_id(a.id),
            "title": a.title,
            "views": a.views,
            "source": a.source,
            "createdAt": utc_ms(a.published - dt.timedelta(minutes=12)),
            "updatedAt": utc_ms(a.modified),
            "publishedAt": utc_ms(a.published),
            "locale": "th",
            "tags": [{"id": i + 1, "name": t} for i, t in enumerate(a.tags)],
            "cover": {
                "url": f"/uploads/cover_{a.id}_{doc_id(a.id)[:6]}.jpg",
                "caption": "ภาพประกอบข่าว",
            },
        }

    def shell(self, content, payload):
        data = devalue(
            {
                "data": ["ShallowReactive", payload],
                "state": {},
                "once": ["Set"],
                "_errors": {},
                "serverRendered": True,
                "path": "/news",
            }
        )
        blob = json.dumps(data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return f"""<!DOCTYPE html>
<html lang="th" data-capo="">
<head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>ข่าวสาร | {OFFICE}</title>
<link rel="stylesheet" href="/_nuxt/entry.B7f3kQ2a.css" crossorigin>
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/CzT1p9Yd.js">
<link rel="modulepreload" as="script" crossorigin href="/_nuxt/BqLw3n0X.js">
<link rel="prefetch" as="image" type="image/png" href="/_nuxt/logo.Dk2sP1aQ.png">
<script type="module" src="/_nuxt/CzT1p9Yd.js" crossorigin></script>
<meta name="description" content="{OFFICE} กระทรวงพลังงาน">
</head>
<body><div id="__nuxt"><!--[--><div class="min-h-screen flex flex-col bg-slate-50" data-v-4a1c2e7b>
<header class="bg-emerald-800 text-white" data-v-4a1c2e7b><div class="mx-auto max-w-6xl px-4 py-3 flex items-center justify-between"><a href="/" class="flex items-center gap-3"><img src="/_nuxt/logo.Dk2sP1aQ.png" alt="" class="h-10 w-10"><span class="font-semibold leading-tight">{OFFICE}<br><span class="text-xs font-normal text-emerald-100">Khon Kaen Provincial Energy Office</span></span></a>
<nav class="hidden md:flex gap-6 text-sm"><a href="/" class="hover:underline">หน้าแรก</a><a href="/about" class="hover:underline">เกี่ยวกับเรา</a><a href="/news" class="router-link-active hover:underline">ข่าวสาร</a><a href="/documents" class="hover:underline">เอกสารเผยแพร่</a><a href="/contact" class="hover:underline">ติดต่อเรา</a></nav></div></header>
<main class="flex-1" data-v-4a1c2e7b>{content}</main>
<footer class="bg-slate-800 text-slate-300 text-sm" data-v-4a1c2e7b><div class="mx-auto max-w-6xl px-4 py-6">{OFFICE} ศูนย์ราชการจังหวัดขอนแก่น ถนนศูนย์ราชการ ตำบลในเมือง อำเภอเมืองขอนแก่น 40000 · โทร 0 4327 1290</div></footer>
</div><!--]--></div>
<div id="teleports"></div>
<script type="application/json" data-nuxt-data="nuxt-app" data-ssr="true" id="__NUXT_DATA__">{blob}</script>
<script>window.__NUXT__={{}};window.__NUXT__.config={{public:{{strapiUrl:"https://cms.khonkaen-energy.example"}},app:{{baseURL:"/",buildId:"8f1d0c2e-6a7b-4c3d-9e8f-1a2b3c4d5e6f",buildAssetsDir:"/_nuxt/",cdnURL:""}}}}</script>
</body>
</html>
"""

    def cards(self, items):
        out = []
        for path, title, d, cover in items:
            out.append(
                f"""<!--[--><a href="{path}" class="group block rounded-xl bg-white shadow-sm hover:shadow-md overflow-hidden" data-v-9b2d1f0a><img src="{cover}" alt="" class="aspect-video w-full object-cover" loading="lazy" data-v-9b2d1f0a><div class="p-4" data-v-9b2d1f0a><h3 class="line-clamp-2 font-medium text-slate-800 group-hover:text-emerald-700" data-v-9b2d1f0a>{esc(title)}</h3><p class="mt-2 text-xs text-slate-500" data-v-9b2d1f0a><span class="i-heroicons-clock"></span> {relative(d)}</p></div></a><!--]-->"""
            )
        return "".join(out)

    def listing(self, k):
        items = [
            (a.path, a.title, a.published, self.entry(a)["cover"]["url"]) for a in self.pages[k]
        ]
        if k == 1:
            items.insert(
                4,
                (
                    self.deleted_paths()[0],
                    "ประกาศรับสมัครผู้ประกอบการเข้าร่วมโครงการส่งเสริมการใช้พลังงานทดแทน",
                    dt.datetime(2024, 1, 20, 9, 0, tzinfo=self.articles[0].published.tzinfo),
                    "/uploads/cover_x.jpg",
                ),
            )
        last = len(self.pages)
        nos = '<noscript><nav class="mt-8 flex justify-center gap-4 text-sm">'
        if k > 0:
            nos += (
                f'<a href="{self.page_url(k - 1)}" class="rounded border px-4 py-2">หน้าก่อนหน้า</a>'
            )
        nos += f'<span class="px-4 py-2">หน้า {k + 1}/{last}</span>'
        if k < last - 1:
            nos += f'<a href="{self.page_url(k + 1)}" class="rounded border px-4 py-2">หน้าถัดไป</a>'
        nos += "</nav></noscript>"
        more = (
            f'<div class="mt-8 flex justify-center" data-next-page="{k + 2}"><span class="animate-pulse text-slate-500 text-sm">กำลังโหลด...</span></div>'
            if k < last - 1
            else '<p class="mt-8 text-center text-slate-400 text-sm">แสดงข่าวครบทั้งหมดแล้ว</p>'
        )
        content = f"""<section class="mx-auto max-w-6xl px-4 py-8" data-v-2c7e9d41><h1 class="text-2xl font-bold text-slate-800 mb-6" data-v-2c7e9d41>ข่าวสารและกิจกรรม</h1>
<div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-4" data-v-2c7e9d41><!--[-->{self.cards(items)}<!--]--></div>
{more}{nos}</section>"""
        payload = {
            f"news-list-{k + 1}": {
                "data": [self.entry(a) for a in self.pages[k]],
                "meta": {
                    "pagination": {
                        "page": k + 1,
                        "pageSize": self.per_page,
                        "pageCount": last,
                        "total": len(self.articles),
                    }
                },
            }
        }
        return self.shell(content, payload)

    def detail(self, a):
        i = self.articles.index(a)
        others = [x for x in self.articles if x is not a][max(0, i - 2) : max(0, i - 2) + 4]
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p class="mt-6 text-sm text-slate-600" data-v-7e1f3a22><span class="font-semibold">แหล่งข่าว:</span> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="mt-4 flex flex-wrap items-center gap-2 text-sm" data-v-7e1f3a22><span class="text-slate-500">คำค้น:</span>'
                + "".join(
                    f'<span class="rounded-full bg-emerald-50 px-3 py-1 text-emerald-700">{esc(t)}</span>'
                    for t in a.tags
                )
                + "</div>"
            )
        d = a.published
        content = f"""<article class="mx-auto max-w-3xl px-4 py-8" data-v-7e1f3a22>
<nav class="text-sm text-slate-500 mb-4" aria-label="breadcrumb" data-v-7e1f3a22><a href="/" class="hover:underline">หน้าแรก</a> / <a href="/news" class="hover:underline">ข่าวสาร</a> / <span class="text-slate-700">{esc(a.title)}</span></nav>
<h1 class="text-2xl md:text-3xl font-bold text-slate-900 leading-snug" data-v-7e1f3a22>{esc(a.title)}</h1>
<div class="mt-3 flex flex-wrap gap-4 text-sm text-slate-500" data-v-7e1f3a22><span class="flex items-center gap-1"><span class="i-heroicons-calendar-days"></span>{d.day} {month_full(d)} {d.year + 543}</span><span class="flex items-center gap-1"><span class="i-heroicons-eye"></span>เข้าชม {a.views:,} ครั้ง</span></div>
<figure class="mt-6" data-v-7e1f3a22><img src="{self.entry(a)["cover"]["url"]}" alt="" class="w-full rounded-xl"><figcaption class="mt-2 text-center text-xs text-slate-500">ภาพประกอบข่าว</figcaption></figure>
<div class="prose prose-slate max-w-none mt-6" data-v-7e1f3a22><!--[-->{paras}<!--]--></div>
{src}{tags}
<div class="mt-8 flex items-center gap-3 border-t pt-4 text-sm" data-v-7e1f3a22><span class="text-slate-600">แชร์ข่าวนี้</span><a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fkhonkaen-energy.example{a.path}" target="_blank" rel="noopener" class="rounded bg-blue-600 px-3 py-1 text-white">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fkhonkaen-energy.example{a.path}" target="_blank" rel="noopener" class="rounded bg-green-500 px-3 py-1 text-white">LINE</a></div>
</article>
<section class="mx-auto max-w-6xl px-4 pb-12" data-v-7e1f3a22><h2 class="text-xl font-semibold text-slate-800 mb-4">ข่าวอื่นๆ ที่น่าสนใจ</h2><div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-4"><!--[-->{self.cards([(x.path, x.title, x.published, self.entry(x)["cover"]["url"]) for x in others])}<!--]--></div></section>"""
        payload = {f"news-{doc_id(a.id)}": {"data": self.entry(a), "meta": {}}}
        return self.shell(content, payload)

    def deleted(self):
        content = '<section class="mx-auto max-w-3xl px-4 py-24 text-center" data-v-7e1f3a22><p class="text-5xl">📰</p><h1 class="mt-4 text-xl font-semibold text-slate-700">ไม่พบข่าวที่ต้องการ</h1><p class="mt-2 text-slate-500">ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="/news" class="mt-6 inline-block rounded bg-emerald-700 px-4 py-2 text-white">กลับไปหน้าข่าวสาร</a></section>'
        return self.shell(content, {f"news-{DELETED_DOC}": {"data": None, "meta": {}}})

    def extra_route(self, key, query):
        if key.startswith("/api/news?page="):
            n = key.split("=", 1)[1]
            if n.isdigit() and 1 <= int(n) <= len(self.pages):
                data = {"data": [self.entry(a) | {"url": a.path} for a in self.pages[int(n) - 1]]}
                return (
                    200,
                    {"Content-Type": "application/json"},
                    json.dumps(data, ensure_ascii=False).encode(),
                )
        return None

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            others = [x for x in self.articles if x is not a][max(0, i - 2) : max(0, i - 2) + 4]
            must_not = [
                f"เข้าชม {a.views:,} ครั้ง",
                "ภาพประกอบข่าว",
                "คำค้น:",
                "แชร์ข่าวนี้",
                "ข่าวอื่นๆ ที่น่าสนใจ",
                "วันที่แล้ว",
                "เดือนที่แล้ว",
                "Khon Kaen Provincial Energy Office",
                "ศูนย์ราชการจังหวัดขอนแก่น",
                "เอกสารเผยแพร่",
            ] + [x.title for x in others]
            out.append(record(self, a, must_not))
        return out


SITE = NuxtStrapiSite()

if __name__ == "__main__":
    main(SITE)
