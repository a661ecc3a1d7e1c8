"""Blind-16 red-team site: a Strapi 5 headless CMS behind an Astro 4 server-rendered
front-end (Tailwind, islands) of a ministry department (กรมการท่องเที่ยว), built blind.

What it imitates:
- Strapi 5 `documentId`s as the article URL (`/news/k3v9...`, no id, no date, no slug);
- the headline in the **hero section** (`section.hero h1`) before the breadcrumb, outside
  `<article>`, which only carries the rich-text blocks (`div.prose`);
- the visible date from `toLocaleDateString('th-TH', {dateStyle: 'medium'})`, i.e. the
  Buddhist calendar, abbreviated month, **no time** ("15 ก.พ. 2567"), inside
  `<time datetime="2024-02-15T03:30:00.000Z">` (Strapi's `publishedAt`, **UTC**); the JSON-LD
  `datePublished` / `dateModified` in UTC too — Strapi's `updatedAt` exists for every entry
  (equal to `publishedAt` when never edited), and nothing else prints a modified date;
- no view counter; the source as "ที่มา : <office>" in a `p.news-source` after the blocks;
  tags as `#`-prefixed chips ("#ท่องเที่ยวชุมชน");
- an `<astro-island>` share bar whose serialised props repeat the title, a "ข่าวที่น่าสนใจ"
  island with three other articles, a newsletter form, a cookie-consent island;
- pagination **next-only** with a cursor: "โหลดข่าวเพิ่มเติม" → `/news?after=<documentId>`;
- the deleted documentId: Strapi answers `data: null`, the page renders 200 with
  "ไม่พบข่าวที่คุณค้นหา".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ._common import MONTHS_ABBR, be, esc, main
from .b16_common import UTC, B9Site, build, record

OFFICE = "กรมการท่องเที่ยว"
SOURCES = [
    "กองพัฒนาบุคลากรด้านการท่องเที่ยว",
    "กลุ่มประชาสัมพันธ์ กรมการท่องเที่ยว",
    "กองพัฒนาแหล่งท่องเที่ยว",
    "กลุ่มประชาสัมพันธ์ กรมการท่องเที่ยว",
    None,
]
TAGS = ["ท่องเที่ยวชุมชน", "มาตรฐานการท่องเที่ยว", "มัคคุเทศก์", "เที่ยวไทย", "Amazing Thailand"]


def doc_id(n: int) -> str:
    h = hashlib.sha1(f"b16-astro-{n}".encode()).hexdigest()
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    v = int(h, 16)
    out = ""
    while len(out) < 24:
        v, r = divmod(v, 36)
        out += alphabet[r]
    return out


DELETED = f"/news/{doc_id(0)}"


def utc_ms(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def th_medium(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


class AstroSite(B9Site):
    key = "b16_astro_strapi"
    family = "generic"
    imitates = "Strapi 5 + Astro 4 SSR: /news/<documentId>, headline in the hero section before the breadcrumb, visible 'th-TH' medium date without time ('15 ก.พ. 2567') whose <time datetime> and JSON-LD carry the UTC time ('...T03:30:00.000Z'), dateModified for every entry, no counter, 'ที่มา :' in p.news-source, '#'-prefixed tag chips, astro-island share bar with the title in its props, 'ข่าวที่น่าสนใจ' island; next-only cursor pagination /news?after=<documentId>; deleted = 'ไม่พบข่าวที่คุณค้นหา' (200)"
    listing_path = "/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 40, SOURCES, dt.datetime(2024, 3, 2, 18, 0), first_id=1, step=1
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True
            a.path = f"/news/{doc_id(a.id)}"
            a.views = None
            a.tags = [TAGS[i % 5], TAGS[(i + 3) % 5]] if i % 2 == 0 else [TAGS[i % 5]]
            if not a.modified:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?after={doc_id(self.pages[k - 1][-1].id)}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, head=""):
        return f"""<!DOCTYPE html><html lang="th" data-astro-cid-sckkx6r4><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="Astro v4.15.4"><link rel="icon" type="image/svg+xml" href="/favicon.svg"><title>{esc(title)} | {OFFICE}</title>{head}<link rel="stylesheet" href="/_astro/_slug_.D7qZ1m3a.css"><script type="module" src="/_astro/hoisted.Bd9wQ0xk.js"></script></head><body class="min-h-screen bg-white font-['Noto_Sans_Thai']" data-astro-cid-sckkx6r4><header class="sticky top-0 z-40 bg-white/90 backdrop-blur border-b" data-astro-cid-3ef6ksr2><div class="mx-auto flex max-w-7xl items-center justify-between px-4 py-3" data-astro-cid-3ef6ksr2><a href="/" class="flex items-center gap-2" data-astro-cid-3ef6ksr2><img src="/logo-dot.svg" alt="" width="40" height="40"><span class="font-semibold">{OFFICE}</span></a><nav class="hidden gap-6 md:flex" data-astro-cid-3ef6ksr2><a href="/">หน้าแรก</a><a href="/news" aria-current="page">ข่าวสาร</a><a href="/services">บริการ</a><a href="/contact">ติดต่อ</a></nav><astro-island uid="1oHbXk" component-url="/_astro/MobileMenu.C2lbl0Fv.js" component-export="default" renderer-url="/_astro/client.svelte.CmzI3x1Q.js" props="{{}}" ssr client="media" opts="{{&quot;name&quot;:&quot;MobileMenu&quot;,&quot;value&quot;:&quot;(max-width: 768px)&quot;}}"><button class="md:hidden" aria-label="เปิดเมนู">☰</button></astro-island></div></header>
<main data-astro-cid-sckkx6r4>{content}</main>
<footer class="mt-16 bg-slate-900 text-slate-300" data-astro-cid-sz7xmlte><div class="mx-auto max-w-7xl px-4 py-10 grid md:grid-cols-3 gap-8"><div><p class="font-semibold text-white">{OFFICE}</p><p>4 ถนนราชดำเนินนอก แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100</p></div><form class="space-y-2" action="/api/newsletter" method="post"><label for="nl" class="text-white">รับข่าวสารทางอีเมล</label><input id="nl" name="email" type="email" placeholder="you@example.com" class="w-full rounded px-3 py-2"><button class="rounded bg-sky-600 px-4 py-2 text-white">สมัครรับข่าวสาร</button></form><p class="text-sm">© 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></footer>
<astro-island uid="Z2nU2w" component-url="/_astro/CookieConsent.BP4bWqQ6.js" component-export="default" renderer-url="/_astro/client.svelte.CmzI3x1Q.js" props="{{}}" ssr client="idle" opts="{{&quot;name&quot;:&quot;CookieConsent&quot;,&quot;value&quot;:true}}"><div class="fixed bottom-0 inset-x-0 bg-slate-800 p-4 text-white text-sm">เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุด <button>ยอมรับคุกกี้</button></div></astro-island></body></html>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.paras[0][:140]))
            if k == 1 and j == 1:
                cards.append(
                    self.card(
                        DELETED,
                        "ประกาศผลการคัดเลือกหมู่บ้านท่องเที่ยวดีเด่น (ฉบับแก้ไข)",
                        dt.datetime(2023, 12, 1, 10, 0),
                        "ประกาศผล",
                    )
                )
        more = (
            f'<a href="{self.page_url(k + 1)}" class="inline-block rounded-full border px-6 py-2 hover:bg-slate-50" data-astro-prefetch>โหลดข่าวเพิ่มเติม</a>'
            if k < len(self.pages) - 1
            else '<p class="text-slate-500">แสดงข่าวครบแล้ว</p>'
        )
        content = f"""<section class="hero bg-sky-50 py-10" data-astro-cid-j7pv25f6><div class="mx-auto max-w-7xl px-4"><h1 class="text-3xl font-bold">ข่าวสารและกิจกรรม</h1><nav aria-label="breadcrumb" class="text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li>/</li><li aria-current="page">ข่าวสาร</li></ol></nav></div></section>
<div class="mx-auto max-w-7xl px-4 py-8"><div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">{"".join(cards)}</div><div class="mt-10 text-center">{more}</div></div>"""
        return self.shell("ข่าวสาร", content)

    def card(self, path, title, d, teaser):
        return f"""<a href="{path}" class="group block overflow-hidden rounded-xl border" data-astro-cid-vbzmyw2f><img src="https://cms.dot.go.th/uploads/thumbnail_{path.rsplit("/", 1)[1][:10]}.webp" alt="" loading="lazy" decoding="async" class="aspect-video w-full object-cover"><div class="p-4"><time datetime="{utc_ms(d)}" class="text-xs text-slate-500">{th_medium(d)}</time><h2 class="mt-1 line-clamp-2 font-semibold group-hover:text-sky-700">{esc(title)}</h2><p class="mt-2 line-clamp-3 text-sm text-slate-600">{esc(teaser)}</p></div></a>"""

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (3, 7, 11)]

    def detail(self, a):
        ld = json.dumps(
            {
                "@context": "https://schema.org",
                "@type": "NewsArticle",
                "headline": a.title,
                "datePublished": utc_ms(a.published),
                "dateModified": utc_ms(a.modified),
                "publisher": {"@type": "GovernmentOrganization", "name": OFFICE},
            },
            ensure_ascii=False,
        )
        head = f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><script type="application/ld+json">{ld}</script>'
        props = esc(
            json.dumps(
                {
                    "title": [0, a.title],
                    "url": [0, a.path],
                    "labels": [0, {"share": "แชร์ข่าวนี้", "copy": "คัดลอกลิงก์"}],
                },
                ensure_ascii=False,
            )
        )
        blocks = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p class="news-source mt-6 text-sm text-slate-600">ที่มา : {esc(a.source)}</p>'
            if a.source
            else ""
        )
        chips = "".join(
            f'<a href="/news?tag={esc(t)}" class="rounded-full bg-slate-100 px-3 py-1 text-sm">#{esc(t)}</a>'
            for t in a.tags
        )
        rel = "".join(
            f'<li><a href="{x.path}" class="hover:underline">{esc(x.title)}</a><time datetime="{utc_ms(x.published)}" class="block text-xs text-slate-500">{th_medium(x.published)}</time></li>'
            for x in self.others(a)
        )
        rel_props = esc(
            json.dumps(
                {
                    "items": [
                        1,
                        [[0, {"title": [0, x.title], "href": [0, x.path]}] for x in self.others(a)],
                    ]
                },
                ensure_ascii=False,
            )
        )
        content = f"""<section class="hero relative bg-slate-900 text-white" data-astro-cid-j7pv25f6><img src="https://cms.dot.go.th/uploads/large_{a.path.rsplit("/", 1)[1][:10]}.webp" alt="" class="absolute inset-0 h-full w-full object-cover opacity-40"><div class="relative mx-auto max-w-4xl px-4 py-16"><h1 class="text-3xl font-bold leading-tight md:text-4xl">{esc(a.title)}</h1><p class="mt-4 text-sm"><time datetime="{utc_ms(a.published)}">{th_medium(a.published)}</time></p></div></section>
<nav aria-label="breadcrumb" class="mx-auto max-w-4xl px-4 pt-6 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li>/</li><li><a href="/news">ข่าวสาร</a></li></ol></nav>
<div class="mx-auto grid max-w-6xl gap-10 px-4 py-8 lg:grid-cols-[1fr_18rem]">
<article class="min-w-0" data-astro-cid-vj4ltpa4>
<astro-island uid="Z1e7Qa" prefix="s1" component-url="/_astro/ShareBar.DfT4u9mZ.js" component-export="default" renderer-url="/_astro/client.svelte.CmzI3x1Q.js" props="{props}" ssr client="visible" opts="{{&quot;name&quot;:&quot;ShareBar&quot;,&quot;value&quot;:true}}"><div class="mb-6 flex items-center gap-3 text-sm"><span>แชร์ข่าวนี้</span><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="rounded bg-blue-600 px-2 py-1 text-white">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="rounded bg-green-600 px-2 py-1 text-white">LINE</a><button class="rounded border px-2 py-1">คัดลอกลิงก์</button></div></astro-island>
<div class="prose prose-slate max-w-none">{blocks}</div>
{src}
<div class="mt-6 flex flex-wrap gap-2">{chips}</div>
</article>
<aside><astro-island uid="1xR5aU" component-url="/_astro/RelatedNews.Cw0lTx2b.js" component-export="default" renderer-url="/_astro/client.svelte.CmzI3x1Q.js" props="{rel_props}" ssr client="idle"><div class="rounded-xl border p-4"><h2 class="mb-3 font-semibold">ข่าวที่น่าสนใจ</h2><ul class="space-y-3 text-sm">{rel}</ul></div></astro-island></aside>
</div>"""
        return self.shell(a.title, content, head)

    def deleted(self):
        content = """<section class="hero bg-sky-50 py-10" data-astro-cid-j7pv25f6><div class="mx-auto max-w-4xl px-4"><h1 class="text-3xl font-bold">ไม่พบข่าวที่คุณค้นหา</h1><p class="mt-2">ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="/news" class="mt-4 inline-block underline">กลับไปหน้าข่าวสาร</a></div></section>"""
        return self.shell("ไม่พบข่าว", content)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = (
                [
                    "แชร์ข่าวนี้",
                    "คัดลอกลิงก์",
                    "ที่มา :",
                    "ข่าวที่น่าสนใจ",
                    "สมัครรับข่าวสาร",
                    "ยอมรับคุกกี้",
                    "รับข่าวสารทางอีเมล",
                ]
                + [f"#{t}" for t in a.tags]
                + [x.title for x in self.others(a)]
            )
            out.append(record(self, a, must_not, views=False))
        return out


SITE = AstroSite()

if __name__ == "__main__":
    main(SITE)
