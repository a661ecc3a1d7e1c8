"""Blind-40 red-team site (part A): a **Remix (React Router SSR)** news app of a provincial
statistics office, Tailwind classes, built blind (the hard one of the pair).

What it imitates:
- `/build/` asset paths, `<link rel="modulepreload">`, a `window.__remixContext` loader-data
  script, no generator meta, no feed; routes `/news/$slug-$id`;
- **headline not in `<title>` nor in `h1`**: `<title>` is "ข่าวสาร | office" on every page,
  the `h1` is the office name; the headline is a `p.text-2xl` inside the article card;
- **date printed by `Intl.DateTimeFormat('th-TH-u-nu-thai', {dateStyle: 'full'})`**:
  "วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗" and, on some items, a `timeStyle` " เวลา ๑๔:๒๐ น." in a
  separate span; the loader data carries `publishedAt` as a UTC ISO string
  ("2024-03-05T07:20:00.000Z") for timed items and a bare day for the others;
- "ปรับปรุงเมื่อ ๗ มี.ค. ๖๗ ๐๙:๑๒ น." on edited items only (Thai digits, abbreviated month,
  two-digit BE);
- **Thai-digit counter** "อ่าน ๑,๒๐๕ ครั้ง";
- share buttons (Facebook / LINE / คัดลอกลิงก์) above the text, "ที่มา :" (some), "#tag" chips,
  "ข่าวที่เกี่ยวข้อง" cards, cookie banner, footer;
- listing `/news`: a **cumulative "load more"** link `?page=N` (query-only href): page N shows
  the first N×8 items, so pages repeat earlier items; no page numbers.
Deleted: `/news/<slug>-<id>` answering 200 with the route's empty state "ไม่พบข่าวที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสถิติจังหวัดนครพนม"
PER_PAGE = 8
SOURCES = [None, "ฝ่ายสารสนเทศสถิติ", None, "สำนักงานสถิติแห่งชาติ"]
DELETED_ID = 377
SLUGS = ["stat-news", "survey", "activity"]
COOKIE = "เราใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานเว็บไซต์ของท่าน"
FOOTER = "ศูนย์ราชการจังหวัดนครพนม ถนนอภิบาลบัญชา อำเภอเมืองนครพนม 48000"
LOADMORE = "โหลดข่าวเพิ่มเติม"


def full(d: dt.datetime) -> str:
    return thai_digits(
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    )


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}")


def short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class RemixSite(BaseSite):
    key = "b40_remix_loadmore"
    family = "generic"
    imitates = "Remix (React Router SSR) news app, provincial statistics office: /news/<slug>-<id>; <title> = 'ข่าวสาร | office' everywhere, h1 = office, headline only in p.text-2xl; Intl th-TH-u-nu-thai full date 'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗' with a separate ' เวลา ๑๔:๒๐ น.' (some); __remixContext loader data with UTC ISO publishedAt; 'ปรับปรุงเมื่อ ๗ มี.ค. ๖๗ ๐๙:๑๒ น.' on edited; Thai-digit 'อ่าน ๑,๒๐๕ ครั้ง'; share row above text, 'ที่มา :' (some), #tag chips, related cards, cookie banner; listing /news with a cumulative load-more link ?page=N (query-only href, page N = first N×8 items); deleted = empty state (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2024, 4, 10, 17, 0, tzinfo=TZ), offset=3301
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 412
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 2
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"/news/{SLUGS[i % 3]}-{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
        self.articles = arts
        self.npages = (len(arts) + PER_PAGE - 1) // PER_PAGE
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(2, self.npages + 1)]

    def deleted_paths(self):
        return [f"/news/survey-{DELETED_ID}"]

    def data(self, a):
        return {
            "id": a.id,
            "title": a.title,
            "publishedAt": utc(a.published) if a.time_printed else a.published.date().isoformat(),
            "updatedAt": utc(a.modified) if a.modified else None,
            "views": a.views,
        }

    def shell(self, route_id, loader, content):
        ctx = json.dumps(
            {
                "url": "",
                "state": {"loaderData": {"root": {"office": OFFICE}, route_id: loader}},
                "future": {"v3_fetcherPersist": True},
            },
            ensure_ascii=False,
        ).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width,initial-scale=1"/><title>ข่าวสาร | {OFFICE}</title><link rel="modulepreload" href="/build/manifest-5A1C09E2.js"/><link rel="modulepreload" href="/build/entry.client-HQ7T3J2K.js"/><link rel="modulepreload" href="/build/root-ZK4W2D6N.js"/><link rel="stylesheet" href="/build/_assets/tailwind-7QG2R5NB.css"/></head><body class="bg-slate-50 font-sans text-slate-800"><header class="bg-sky-800 text-white"><div class="mx-auto max-w-6xl px-4 py-4 flex items-center gap-3"><img src="/logo-nso.svg" alt="" class="h-12"/><h1 class="text-xl font-bold">{OFFICE}</h1></div><nav class="bg-sky-900"><ul class="mx-auto max-w-6xl px-4 flex gap-6 text-sm"><li><a href="/">หน้าแรก</a></li><li><a aria-current="page" class="active" href="/news">ข่าวสาร</a></li><li><a href="/stat">ข้อมูลสถิติ</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header><main class="mx-auto max-w-6xl px-4 py-8">{content}</main><footer class="bg-slate-800 text-slate-300 text-sm"><div class="mx-auto max-w-6xl px-4 py-6">{OFFICE}<br/>{FOOTER} โทร. ๐ ๔๒๕๑ ๑๐๓๘</div></footer><div role="dialog" class="fixed bottom-0 inset-x-0 bg-white shadow p-3 text-sm">{COOKIE} <button type="button" class="rounded bg-sky-700 px-3 py-1 text-white">ยอมรับทั้งหมด</button></div><script>window.__remixContext = {ctx};</script><script type="module" async="">import "/build/manifest-5A1C09E2.js";import * as route0 from "/build/root-ZK4W2D6N.js";window.__remixRouteModules = {{"root":route0}};import("/build/entry.client-HQ7T3J2K.js");</script></body></html>"""

    def card(self, title, path, a):
        return f'<li class="rounded-lg bg-white shadow p-4"><a class="block" href="{path}"><img class="aspect-video w-full rounded object-cover" src="/uploads/news/{a.id}/cover.webp" alt=""/><p class="mt-2 font-semibold line-clamp-2">{esc(title)}</p><p class="text-xs text-slate-500">{short(a.published)}</p></a></li>'

    def listing(self, n):
        shown = self.articles[: n * PER_PAGE]
        cards = [self.card(a.title, a.path, a) for a in shown]
        if n >= 2:
            cards.insert(
                PER_PAGE + 2,
                self.card(
                    "ผลการสำรวจภาวะการทำงานของประชากร (ฉบับแก้ไข)",
                    self.deleted_paths()[0],
                    self.articles[PER_PAGE + 2],
                ),
            )
        more = ""
        if n < self.npages:
            more = f'<div class="mt-8 text-center"><a class="rounded-full border border-sky-700 px-6 py-2 text-sky-700" preventscrollreset="true" href="?page={n + 1}">{LOADMORE}</a></div>'
        content = f'<h2 class="mb-6 text-2xl font-bold">ข่าวสาร</h2><ul class="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">{"".join(cards)}</ul>{more}'
        return self.shell(
            "routes/news._index", {"items": [self.data(a) for a in shown], "page": n}, content
        )

    def detail(self, a):
        i = self.articles.index(a)
        time = f'<span class="ml-1">เวลา {hm(a.published)} น.</span>' if a.time_printed else ""
        upd = (
            f'<p class="text-xs text-slate-400">ปรับปรุงเมื่อ {short(a.modified)} {hm(a.modified)} น.</p>'
            if a.modified
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p class="mt-6 text-right font-semibold">ที่มา : {esc(a.source)}</p>'
            if a.source
            else ""
        )
        tags = "".join(
            f'<a class="rounded-full bg-sky-50 px-3 py-1 text-xs text-sky-700" href="/news?tag={esc(t)}">#{esc(t)}</a>'
            for t in a.tags
        )
        rel = self.articles[i + 1 : i + 4] or self.articles[i - 3 : i]
        relh = "".join(self.card(x.title, x.path, x) for x in rel)
        content = f"""<nav aria-label="breadcrumb" class="text-sm text-slate-500"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a></nav><article class="mt-4 rounded-xl bg-white p-6 shadow"><p class="text-2xl font-bold leading-snug">{esc(a.title)}</p><div class="mt-2 flex flex-wrap gap-4 text-sm text-slate-500"><span><span>{full(a.published)}</span>{time}</span><span>อ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span></div>{upd}<div class="mt-4 flex gap-2 text-sm"><a class="rounded bg-blue-600 px-3 py-1 text-white" href="https://www.facebook.com/sharer/sharer.php?u=https://nakhonphanom.nso.go.th{a.path}">แชร์</a><a class="rounded bg-green-500 px-3 py-1 text-white" href="https://social-plugins.line.me/lineit/share?url=https://nakhonphanom.nso.go.th{a.path}">LINE</a><button type="button" class="rounded border px-3 py-1">คัดลอกลิงก์</button></div><img class="mt-6 w-full rounded" src="/uploads/news/{a.id}/cover.webp" alt=""/><div class="prose prose-slate mt-6 max-w-none">{body}{src}</div><div class="mt-6 flex flex-wrap gap-2">{tags}</div></article><section class="mt-10"><h3 class="mb-4 text-xl font-bold">ข่าวที่เกี่ยวข้อง</h3><ul class="grid gap-6 sm:grid-cols-3">{relh}</ul></section>"""
        return self.shell(
            "routes/news.$slug",
            {"news": {**self.data(a), "tags": a.tags, "source": a.source}},
            content,
        )

    def empty(self):
        content = '<nav aria-label="breadcrumb" class="text-sm text-slate-500"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a></nav><div class="mt-10 rounded-xl bg-white p-10 text-center shadow"><p class="text-lg">ไม่พบข่าวที่ต้องการ</p><a class="text-sky-700" href="/news">กลับหน้ารวมข่าว</a></div>'
        return self.shell("routes/news.$slug", {"news": None}, content)

    def route(self, path, query, raw_query, base):
        if path == "/news":
            p = qs1(query, "page", "1")
            if not p.isdigit() or not 1 <= int(p) <= self.npages:
                return None
            return self.html_response(self.listing(int(p)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.empty())
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                COOKIE,
                FOOTER,
                full(a.published),
                "ยอมรับทั้งหมด",
            ]
            if a.source:
                must_not.append(f"ที่มา : {a.source}")
            if a.modified:
                must_not.append("ปรับปรุงเมื่อ")
            must_not += [
                x.title for x in (self.articles[i + 1 : i + 4] or self.articles[i - 3 : i])
            ]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = RemixSite()

if __name__ == "__main__":
    main(SITE)
