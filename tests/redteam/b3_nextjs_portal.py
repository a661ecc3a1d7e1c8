"""Blind-3 red-team site: a ministry news portal rebuilt as a Next.js (pages router) front
end over a headless CMS, server-rendered (built blind).

What it imitates (facts about the printed output of such sites, not any site's code):
- `div#__next` with utility-class markup only (Tailwind: `container mx-auto`, `grid`,
  `text-2xl font-bold`, no semantic class names), `<title>` = the office name on every page
  (set once in `_app`), hashed `/_next/static/...` scripts;
- `<script id="__NEXT_DATA__" type="application/json">` with `props.pageProps.news`:
  `title`, `content` (the rich-text HTML), `publishedAt` in UTC (`...T03:30:00.000Z`),
  `updatedAt` (null unless edited), `viewCount`, `source`, `tags`, and `related` items;
- visible: breadcrumbs ending with the headline, `h1`, a meta row of icon + text spans
  "15 ม.ค. 2567", "10:30 น.", "อัปเดตล่าสุด ..." (edited items only) and the counter
  "เข้าชม 1,234 ครั้ง"; the rich text in `div.prose`, then "แหล่งที่มา: ..." and hashtag
  chips, a share row ("แชร์:", "คัดลอกลิงก์"), and "ข่าวที่น่าสนใจ" cards, all inside the same
  `article` column; a "ข่าวล่าสุด" aside;
- 24-hex document ids as slugs `/news/65a4f0c2...`, listing `/news?page=N` with numbered
  `<a>` buttons plus "ถัดไป" / "ก่อนหน้า";
- the deleted item: `getServerSideProps` returns `news: null` and the page renders 200
  with "ไม่พบข้อมูลข่าว".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    fmt_abbr,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b3_common import ensure_source, utc_z

SITE_NAME = "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
PER_PAGE = 9
BUILD_ID = "k3Xv9qPzL1m2N8sR0tYwA"
SOURCES = ["กองสื่อสารองค์กร สำนักงานปลัดกระทรวง", None, "กรมกิจการผู้สูงอายุ"]


def oid(n: int) -> str:
    return hashlib.md5(f"news-{n}".encode()).hexdigest()[:24]


DELETED_OID = oid(99999)


def build() -> list[Article]:
    arts = make_articles(
        "b3_nextjs_portal", 25, start=dt.datetime(2024, 12, 1, 17, 0, tzinfo=TZ), offset=40
    )
    for i, a in enumerate(arts):
        a.id = 700 - i
        a.time_printed = True
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.extra["oid"] = oid(a.id)
        a.path = f"/news/{a.extra['oid']}"
    return arts


def html_content(a: Article) -> str:
    return "".join(f"<p>{esc(p)}</p>" for p in a.paras)


SVG_CAL = '<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M8 7V3m8 4V3"/></svg>'
SVG_CLOCK = '<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M12 8v4l3 3"/></svg>'
SVG_EYE = '<svg xmlns="http://www.w3.org/2000/svg" class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M15 12a3 3 0 11-6 0"/></svg>'


class NextSite(BaseSite):
    key = "b3_nextjs_portal"
    family = "generic"
    imitates = (
        "Next.js SSR portal over a headless CMS (__NEXT_DATA__ + Tailwind markup, /news?page=N)"
    )
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_oid = {a.extra["oid"]: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news?page={n}" for n in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/{DELETED_OID}"]

    def card(self, a: Article) -> dict:
        return {
            "id": a.extra["oid"],
            "title": a.title,
            "publishedAt": utc_z(a.published),
            "cover": f"/uploads/{a.extra['oid']}_thumb.jpg",
        }

    def doc(self, body: str, next_data: dict) -> str:
        nd = json.dumps(next_data, ensure_ascii=False, separators=(",", ":")).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width"/><title>{SITE_NAME}</title><meta name="next-head-count" content="3"/><link rel="preload" href="/_next/static/css/8f1c2e3d4b5a6978.css" as="style"/><link rel="stylesheet" href="/_next/static/css/8f1c2e3d4b5a6978.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-c67a75d1b6f99dc8.js"></script><script src="/_next/static/chunks/webpack-ee7e63bc15b31913.js" defer=""></script><script src="/_next/static/chunks/framework-2c79e2a64abdb08b.js" defer=""></script><script src="/_next/static/chunks/main-0ecb9ccfcb6c9b24.js" defer=""></script><script src="/_next/static/chunks/pages/_app-5a1d2e3f4a5b6c7d.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="flex min-h-screen flex-col bg-gray-50 font-sans"><header class="sticky top-0 z-40 bg-white shadow-sm"><div class="container mx-auto flex items-center justify-between px-4 py-3"><a class="flex items-center gap-3" href="/"><img alt="โลโก้" loading="lazy" width="48" height="48" decoding="async" src="/_next/image?url=%2Flogo.png&amp;w=96&amp;q=75"/><span class="text-lg font-semibold text-blue-900">{SITE_NAME}</span></a><nav class="hidden gap-6 md:flex"><a class="text-gray-700 hover:text-blue-700" href="/">หน้าแรก</a><a class="font-semibold text-blue-700" href="/news">ข่าวสาร</a><a class="text-gray-700 hover:text-blue-700" href="/announcements">ประกาศ</a><a class="text-gray-700 hover:text-blue-700" href="/contact">ติดต่อเรา</a></nav></div></header><main class="flex-1">{body}</main><footer class="mt-12 bg-blue-950 text-blue-100"><div class="container mx-auto grid gap-6 px-4 py-10 md:grid-cols-3"><div><p class="font-semibold">{SITE_NAME}</p><p class="text-sm">1034 ถนนกรุงเกษม แขวงมหานาคเขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100</p></div><div class="text-sm">ศูนย์ช่วยเหลือสังคม สายด่วน 1300</div><div class="text-sm">© 2567 สงวนลิขสิทธิ์</div></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{nd}</script></body></html>"""

    def next_data(self, page: str, props: dict, query: dict) -> dict:
        return {
            "props": {"pageProps": props, "__N_SSP": True},
            "page": page,
            "query": query,
            "buildId": BUILD_ID,
            "isFallback": False,
            "gssp": True,
            "locale": "th",
            "locales": ["th", "en"],
            "defaultLocale": "th",
            "scriptLoader": [],
        }

    # ------------------------------------------------------------ listing
    def listing(self, n: int):
        if not 1 <= n <= len(self.pages):
            return None
        cards = []
        page_items = list(self.pages[n - 1])
        for k, a in enumerate(page_items):
            cards.append(
                f'<a class="group block overflow-hidden rounded-xl bg-white shadow transition hover:shadow-lg" href="/news/{a.extra["oid"]}"><div class="relative aspect-video"><img alt="{esc(a.title)}" loading="lazy" decoding="async" class="object-cover" src="/_next/image?url=%2Fuploads%2F{a.extra["oid"]}_thumb.jpg&amp;w=640&amp;q=75"/></div><div class="p-4"><p class="mb-2 flex items-center gap-1 text-xs text-gray-500">{SVG_CAL}<span>{fmt_abbr(a.published)}</span></p><h3 class="line-clamp-2 text-base font-semibold text-gray-900 group-hover:text-blue-700">{esc(a.title)}</h3><p class="mt-2 line-clamp-3 text-sm text-gray-600">{esc(a.paras[0][:200])}</p></div></a>'
            )
            if n == 2 and k == 5:
                cards.append(
                    f'<a class="group block overflow-hidden rounded-xl bg-white shadow transition hover:shadow-lg" href="/news/{DELETED_OID}"><div class="p-4"><p class="mb-2 flex items-center gap-1 text-xs text-gray-500">{SVG_CAL}<span>3 ต.ค. 2567</span></p><h3 class="line-clamp-2 text-base font-semibold text-gray-900">ประกาศรับสมัครอาสาสมัครพัฒนาสังคม</h3></div></a>'
                )
        last = len(self.pages)

        def ph(k):
            return "/news" if k == 1 else f"/news?page={k}"

        btn = []
        if n > 1:
            btn.append(
                f'<a class="rounded-md border px-3 py-1 text-sm" href="{ph(n - 1)}">ก่อนหน้า</a>'
            )
        for k in range(1, last + 1):
            cls = (
                "rounded-md bg-blue-700 px-3 py-1 text-sm text-white"
                if k == n
                else "rounded-md border px-3 py-1 text-sm"
            )
            if k == n:
                btn.append(f'<a class="{cls}" aria-current="page" href="{ph(k)}">{k}</a>')
            else:
                btn.append(f'<a class="{cls}" href="{ph(k)}">{k}</a>')
        if n < last:
            btn.append(
                f'<a class="rounded-md border px-3 py-1 text-sm" href="{ph(n + 1)}">ถัดไป</a>'
            )
        body = f'<section class="container mx-auto px-4 py-8"><h1 class="mb-6 text-2xl font-bold text-blue-900">ข่าวสาร</h1><div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">{"".join(cards)}</div><div class="mt-8 flex items-center justify-center gap-2">{"".join(btn)}</div></section>'
        props = {
            "items": [self.card(a) for a in page_items],
            "page": n,
            "totalPages": last,
            "total": len(self.articles),
        }
        return self.html_response(
            self.doc(body, self.next_data("/news", props, {"page": str(n)} if n > 1 else {}))
        )

    # ------------------------------------------------------------ detail
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 4, 8)]

    def detail(self, a: Article):
        d = a.published
        meta = [
            f'<span class="flex items-center gap-1">{SVG_CAL}<span>{fmt_abbr(d)}</span></span>',
            f'<span class="flex items-center gap-1">{SVG_CLOCK}<span>{d.hour:02d}:{d.minute:02d} น.</span></span>',
            f'<span class="flex items-center gap-1">{SVG_EYE}<span>เข้าชม {a.views:,} ครั้ง</span></span>',
        ]
        if a.modified:
            m = a.modified
            meta.append(
                f'<span class="text-gray-400">อัปเดตล่าสุด {fmt_abbr(m)} {m.hour:02d}:{m.minute:02d} น.</span>'
            )
        chips = "".join(
            f'<a class="rounded-full bg-blue-50 px-3 py-1 text-xs text-blue-700" href="/news?tag={esc(t)}">#{esc(t)}</a>'
            for t in a.tags
        )
        related = "".join(
            f'<a class="block rounded-lg bg-white p-3 shadow-sm hover:bg-blue-50" href="/news/{r.extra["oid"]}"><p class="text-xs text-gray-500">{fmt_abbr(r.published)}</p><p class="line-clamp-2 text-sm font-medium">{esc(r.title)}</p></a>'
            for r in self.related(a)
        )
        latest = "".join(
            f'<li class="border-b py-2"><a class="text-sm hover:text-blue-700" href="/news/{x.extra["oid"]}">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
            if x is not a
        )
        src = (
            f'<p class="mt-6 text-sm text-gray-600"><span class="font-semibold">แหล่งที่มา:</span> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        body = f"""<div class="container mx-auto px-4 py-6"><nav aria-label="breadcrumb" class="mb-4 text-sm text-gray-500"><ol class="flex flex-wrap gap-1"><li><a class="hover:underline" href="/">หน้าแรก</a></li><li>/</li><li><a class="hover:underline" href="/news">ข่าวสาร</a></li><li>/</li><li class="truncate text-gray-700">{esc(a.title)}</li></ol></nav><div class="grid grid-cols-12 gap-8"><article class="col-span-12 lg:col-span-8"><h1 class="text-2xl font-bold leading-snug text-gray-900 md:text-3xl">{esc(a.title)}</h1><div class="mt-3 flex flex-wrap items-center gap-4 text-sm text-gray-500">{"".join(meta)}</div><div class="relative mt-5 aspect-video overflow-hidden rounded-xl"><img alt="{esc(a.title)}" fetchpriority="high" decoding="async" class="object-cover" src="/_next/image?url=%2Fuploads%2F{a.extra["oid"]}.jpg&amp;w=1200&amp;q=75"/></div><div class="prose prose-lg mt-6 max-w-none">{html_content(a)}</div>{src}<div class="mt-6 flex flex-wrap gap-2">{chips}</div><div class="mt-6 flex items-center gap-3 border-t pt-4"><span class="text-sm font-semibold">แชร์:</span><a class="rounded-full bg-[#1877F2] px-3 py-1 text-xs text-white" href="https://www.facebook.com/sharer/sharer.php?u=/news/{a.extra["oid"]}" target="_blank" rel="noreferrer">Facebook</a><a class="rounded-full bg-[#06C755] px-3 py-1 text-xs text-white" href="https://social-plugins.line.me/lineit/share?url=/news/{a.extra["oid"]}" target="_blank" rel="noreferrer">LINE</a><button type="button" class="rounded-full border px-3 py-1 text-xs">คัดลอกลิงก์</button></div><section class="mt-10"><h2 class="mb-4 text-xl font-bold">ข่าวที่น่าสนใจ</h2><div class="grid gap-4 sm:grid-cols-3">{related}</div></section></article><aside class="col-span-12 lg:col-span-4"><div class="rounded-xl bg-white p-4 shadow"><h2 class="mb-2 text-lg font-bold">ข่าวล่าสุด</h2><ul>{latest}</ul></div></aside></div></div>"""
        news = {
            "id": a.extra["oid"],
            "title": a.title,
            "content": html_content(a),
            "cover": {"url": f"/uploads/{a.extra['oid']}.jpg", "width": 1200, "height": 675},
            "publishedAt": utc_z(a.published),
            "updatedAt": utc_z(a.modified) if a.modified else None,
            "viewCount": a.views,
            "source": a.source,
            "tags": list(a.tags),
            "category": {"slug": "pr", "name": "ข่าวประชาสัมพันธ์"},
        }
        props = {"news": news, "related": [self.card(r) for r in self.related(a)]}
        return self.html_response(
            self.doc(body, self.next_data("/news/[id]", props, {"id": a.extra["oid"]}))
        )

    def deleted(self):
        body = '<div class="container mx-auto px-4 py-16 text-center"><p class="text-xl text-gray-500">ไม่พบข้อมูลข่าว</p><a class="mt-4 inline-block text-blue-700 underline" href="/news">กลับไปหน้าข่าวสาร</a></div>'
        return self.html_response(
            self.doc(
                body,
                self.next_data("/news/[id]", {"news": None, "related": []}, {"id": DELETED_OID}),
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 307, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                n = int(qs1(query, "page", "1") or 1)
            except ValueError:
                return None
            return self.listing(n)
        if p.startswith("/news/"):
            k = p[6:]
            if k in self.by_oid:
                return self.detail(self.by_oid[k])
            if k == DELETED_OID:
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = (
                [
                    f"เข้าชม {a.views:,} ครั้ง",
                    fmt_abbr(a.published),
                    "แหล่งที่มา:",
                    "แชร์:",
                    "คัดลอกลิงก์",
                    "Facebook",
                    "ข่าวที่น่าสนใจ",
                    "ข่าวล่าสุด",
                    "สายด่วน 1300",
                ]
                + [f"#{t}" for t in a.tags]
                + [r.title for r in self.related(a)]
                + [x.title for x in self.articles[:5] if x is not a]
            )
            if a.modified:
                must_not.append("อัปเดตล่าสุด")
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = NextSite()

if __name__ == "__main__":
    main(SITE)
