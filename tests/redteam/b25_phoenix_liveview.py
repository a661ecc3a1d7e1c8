"""Blind-25 red-team site (part A): a provincial land transport office (สำนักงานขนส่งจังหวัด
ลำพูน) on **Elixir / Phoenix 1.7 LiveView** (core components, Tailwind, esbuild assets),
with **cursor pagination** from the `paginator` library, built blind.

What it imitates:
- Phoenix 1.7's root layout: `csrf-token` meta, `phx-track-static` assets under `/assets/`,
  `live_title` **`<title data-suffix=…>` that is the section name on every page**
  ("ข่าวประชาสัมพันธ์ · office"), the LiveView container `div[data-phx-main]` with
  `data-phx-session` / `data-phx-static`, the flash group, `.link navigate` anchors
  (`data-phx-link="redirect"`);
- the brand is the only `h1`; **the headline is a Tailwind `<p id="news-title">`**, no
  heading tag; the breadcrumb ends in the headline cut at 40 characters with "…";
- **dates in Thai digits with the BE year** ("๕ เมษายน พ.ศ. ๒๕๖๗ เวลา ๑๔:๒๐ น.") in a
  `time[phx-hook=LocalTime]` whose **`datetime` is UTC with `Z`**; items entered without a
  time print the date alone and a date-only `datetime`; "แก้ไขล่าสุด …" (Thai digits, UTC
  `datetime`) only for edited items; "อ่าน ๑,๒๓๔ ครั้ง" in Thai digits;
- inside the same `article`: font-size buttons ("ขนาดอักษร"), the `div#news-body.prose`
  text, a captioned figure (some), "ไฟล์แนบ" list (some), the structured "แหล่งข่าว" row
  (most), `#` tag chips, share bar "แชร์:" / "คัดลอกลิงก์", "ข่าวที่เกี่ยวข้อง" (three
  cards with dates), "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles;
- listing `/news` with cards and **opaque cursors** `?after=g3QAAAAB…` ("ข่าวเก่ากว่า")
  and `?before=…` ("ข่าวใหม่กว่า"), no page numbers;
- deleted `/news/<id>` (unpublished): 200, empty main with the flash "ไม่พบข่าวที่ท่าน
  ต้องการ …" and a back link.
"""

from __future__ import annotations

import base64
import datetime as dt
import struct

from ._common import MONTHS, MONTHS_ABBR, be, esc, main, thai_digits
from .b20b_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานขนส่งจังหวัดลำพูน"
SECTION = "ข่าวประชาสัมพันธ์"
SOURCES = [
    "กลุ่มวิศวกรรมและความปลอดภัย",
    None,
    "ฝ่ายทะเบียนรถ สำนักงานขนส่งจังหวัดลำพูน",
    "สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
    "งานบริหารทั่วไป",
]
DELETED_ID = 2179
DELETED = f"/news/{DELETED_ID}"
HOST = "https://lamphun.dlt.example.go.th"


def cursor(aid: int) -> str:
    """paginator's cursor: Base.url_encode64(:erlang.term_to_binary(%{id: aid}))."""
    term = b"\x83t\x00\x00\x00\x01w\x02idb" + struct.pack(">i", aid)
    return base64.urlsafe_b64encode(term).decode()


def utc_z(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def th_long(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"
    if with_time:
        s += f" เวลา {d.hour:02d}:{d.minute:02d} น."
    return thai_digits(s)


def th_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


class PhoenixSite(B9Site):
    key = "b25_phoenix_liveview"
    family = "generic"
    imitates = "Elixir Phoenix 1.7 LiveView + Tailwind, paginator cursors (/news?after=<opaque base64url>): <title> = section name everywhere, h1 = brand, headline in a <p id=news-title>; Thai-digit BE dates in time[phx-hook=LocalTime] with UTC Z datetime (date-only items: date-only datetime), Thai-digit counter, edited-only stamp, share/related/prev-next/tags inside the article; deleted = 200 empty main + flash"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 67, SOURCES, dt.datetime(2024, 4, 26, 17, 0), first_id=2150, step=2
        )
        for i, a in enumerate(self.articles):
            a.path = f"/news/{a.id}"
            a.extra["image"] = i % 3 == 0
            a.extra["attach"] = i % 5 == 2
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?after={cursor(self.pages[k - 1][-1].id)}"

    def before_url(self, k):
        return f"/news?before={cursor(self.pages[k][0].id)}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        for k in range(1, len(self.pages)):
            if key == self.before_url(k):
                return self.html_response(self.listing(k - 1))
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, main_html, *, flash=""):
        sess = base64.b64encode(f"{OFFICE}{len(main_html)}".encode()).decode()[:60]
        return f"""<!DOCTYPE html>
<html lang="th" class="[scrollbar-gutter:stable]">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="QhQ5GwMlBjsfLzkXPg0nNCg7JDsPEmAxq2cXb0YnAh4Wc3yTVQ1bSWt-">
    <title data-suffix=" · {OFFICE}">
{SECTION}
     · {OFFICE}</title>
    <link phx-track-static rel="stylesheet" href="/assets/app-4a1d9e8f0c2b.css">
    <script defer phx-track-static type="text/javascript" src="/assets/app-9b3c6e1f7a20.js">
    </script>
  </head>
  <body class="bg-white antialiased">
    <header class="px-4 sm:px-6 lg:px-8 bg-emerald-800 text-white">
      <div class="flex items-center justify-between py-3 text-sm">
        <div class="flex items-center gap-4">
          <a href="/"><img src="/images/dlt-logo.svg" width="48" alt="กรมการขนส่งทางบก"></a>
          <div>
            <h1 class="text-lg font-bold leading-6">{OFFICE}</h1>
            <p class="text-xs text-emerald-100">กรมการขนส่งทางบก กระทรวงคมนาคม</p>
          </div>
        </div>
        <nav class="flex items-center gap-4 font-semibold leading-6">
          <a href="/" data-phx-link="redirect" data-phx-link-state="push" class="hover:text-emerald-200">หน้าแรก</a>
          <a href="/news" data-phx-link="redirect" data-phx-link-state="push" class="hover:text-emerald-200">{SECTION}</a>
          <a href="/services" data-phx-link="redirect" data-phx-link-state="push" class="hover:text-emerald-200">บริการประชาชน</a>
          <a href="/booking" class="rounded-lg bg-white/10 px-2 py-1 hover:bg-white/20">จองคิวออนไลน์ <span aria-hidden="true">&rarr;</span></a>
        </nav>
      </div>
    </header>
    <div id="phx-F9mQ2xk4Ab1vYDsh" data-phx-main data-phx-session="SFMyNTY.{sess}" data-phx-static="SFMyNTY.g2gDaAJhBXQAAAADdwJpZA" data-phx-root-id="phx-F9mQ2xk4Ab1vYDsh">
<main class="px-4 py-10 sm:px-6 lg:px-8">
  <div class="mx-auto max-w-3xl">
    <div id="flash-group">
{flash}<div id="client-error" phx-click="lv:clear-flash" role="alert" class="fixed top-2 right-2 mr-2 w-80 sm:w-96 z-50 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md ring-rose-500 fill-rose-900" phx-connected="[[&quot;hide&quot;,{{&quot;to&quot;:&quot;#client-error&quot;}}]]" hidden>
  <p class="flex items-center gap-1.5 text-sm font-semibold leading-6">
    <span class="hero-exclamation-circle-mini h-4 w-4"></span>
    ไม่สามารถเชื่อมต่อได้
  </p>
  <p class="mt-2 text-sm leading-5">กำลังเชื่อมต่อใหม่ <span class="hero-arrow-path ml-1 h-3 w-3 animate-spin"></span></p>
</div>
    </div>
{main_html}
  </div>
</main>
    </div>
    <footer class="mt-16 border-t border-zinc-200 bg-zinc-50 px-4 py-8 text-sm text-zinc-600 sm:px-6 lg:px-8">
      <div class="mx-auto max-w-3xl space-y-2">
        <p>{OFFICE} ๑๙๙ หมู่ ๓ ถนนลำพูน-ป่าซาง ตำบลเหมืองง่า อำเภอเมืองลำพูน จังหวัดลำพูน ๕๑๐๐๐ โทร. ๐ ๕๓๕๓ ๗๒๔๕</p>
        <p id="site-counter">ผู้เข้าชมทั้งหมด ๑๘๔,๒๒๑ คน · วันนี้ ๓๑๒ คน</p>
        <p><a href="/privacy" class="underline">นโยบายการคุ้มครองข้อมูลส่วนบุคคล</a> · <a href="/sitemap" class="underline">แผนผังเว็บไซต์</a></p>
      </div>
    </footer>
    <div id="cookie-consent" phx-hook="CookieConsent" class="fixed inset-x-0 bottom-0 z-40 bg-zinc-900/95 p-4 text-sm text-white">
      เว็บไซต์นี้มีการใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีในการใช้งาน
      <button class="ml-2 rounded bg-emerald-600 px-3 py-1" phx-click="accept-cookies">ยอมรับทั้งหมด</button>
      <button class="ml-1 rounded border border-white/40 px-3 py-1">ตั้งค่า</button>
    </div>
  </body>
</html>
"""

    def time_tag(self, a, d, with_time, idp):
        if with_time:
            return f'<time id="{idp}-{a.id}" phx-hook="LocalTime" datetime="{utc_z(d)}">{th_long(d, True)}</time>'
        return (
            f'<time id="{idp}-{a.id}" datetime="{d.date().isoformat()}">{th_long(d, False)}</time>'
        )

    # ------------------------------------------------------------------ list

    def card(self, aid, title, d, excerpt):
        return f"""      <li id="news-{aid}" class="py-5">
        <a href={"/news/" + str(aid)!r} data-phx-link="redirect" data-phx-link-state="push" class="group block">
          <p class="text-xs text-zinc-500">{th_short(d)}</p>
          <p class="mt-1 text-base font-semibold text-zinc-900 group-hover:text-emerald-700">{esc(title)}</p>
          <p class="mt-1 line-clamp-2 text-sm text-zinc-600">{esc(excerpt)}</p>
        </a>
      </li>
""".replace("'", '"')

    def listing(self, k):
        n = len(self.pages)
        cards = [
            self.card(a.id, a.title, a.published, a.paras[0][:120] + "…") for a in self.pages[k]
        ]
        if k == 1:
            near = self.pages[1][3].published - dt.timedelta(hours=2)
            cards.insert(
                4,
                self.card(
                    DELETED_ID,
                    "ประกาศสำนักงานขนส่งจังหวัดลำพูน เรื่อง การสอบใบอนุญาตขับรถ (ยกเลิก)",
                    near,
                    "ขอยกเลิกประกาศเดิม",
                ),
            )
        nav = []
        if k > 0:
            nav.append(
                f'<a href="{self.before_url(k)}" data-phx-link="patch" data-phx-link-state="push" class="rounded-lg bg-zinc-100 px-3 py-2 font-semibold hover:bg-zinc-200">&larr; ข่าวใหม่กว่า</a>'
            )
        if k < n - 1:
            nav.append(
                f'<a href="{self.page_url(k + 1)}" data-phx-link="patch" data-phx-link-state="push" class="ml-auto rounded-lg bg-zinc-100 px-3 py-2 font-semibold hover:bg-zinc-200">ข่าวเก่ากว่า &rarr;</a>'
            )
        main_html = f"""<header class="pb-4">
  <div>
    <p class="text-lg font-semibold leading-8 text-zinc-800">{SECTION}</p>
    <p class="mt-2 text-sm leading-6 text-zinc-600">ข่าวสารและกิจกรรมของ{OFFICE}</p>
  </div>
</header>
<form id="news-filter" phx-change="filter" class="mb-4"><input type="text" name="q" placeholder="ค้นหาข่าว" class="w-full rounded-lg border-zinc-300 text-sm" phx-debounce="300"></form>
<ul id="news" phx-update="stream" class="divide-y divide-zinc-100">
{"".join(cards)}</ul>
<nav class="mt-6 flex text-sm" aria-label="การแบ่งหน้า">
  {" ".join(nav)}
</nav>"""
        return self.shell(main_html)

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        n = len(self.articles)
        return [self.articles[(i + k) % n] for k in (2, 5, 9)]

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        crumb_title = a.title if len(a.title) <= 40 else a.title[:40] + "…"
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            body.insert(
                1,
                f'<figure><img src="/uploads/news/{a.id}/cover.webp" alt="" class="rounded-lg"><figcaption>ภาพ: กิจกรรม{OFFICE}</figcaption></figure>',
            )
        rows = ""
        if a.extra["attach"]:
            rows += f"""    <div class="mt-6 rounded-lg border border-zinc-200 p-4">
      <p class="text-sm font-semibold">ไฟล์แนบ</p>
      <ul class="mt-2 text-sm"><li><a href="/uploads/news/{a.id}/announce.pdf" class="text-emerald-700 underline" download>ประกาศ-{a.id}.pdf</a> <span class="text-zinc-500">(๒๔๘ KB)</span></li></ul>
    </div>
"""
        if a.source:
            rows += f"""    <dl class="mt-6 grid grid-cols-[8rem_1fr] gap-x-4 text-sm">
      <dt class="font-medium text-zinc-500">แหล่งข่าว</dt>
      <dd class="text-zinc-800">{esc(a.source)}</dd>
    </dl>
"""
        if a.tags:
            chips = "".join(
                f'<a href="/news?tag={n + 1}" data-phx-link="patch" data-phx-link-state="push" class="rounded-full bg-emerald-50 px-2.5 py-0.5 text-xs text-emerald-700">#{esc(t)}</a> '
                for n, t in enumerate(a.tags)
            )
            rows += f'    <div class="mt-4 flex flex-wrap gap-2">{chips}</div>\n'
        edited = ""
        if a.modified:
            edited = f'\n      <span class="text-zinc-400">·</span><span>แก้ไขล่าสุด {self.time_tag(a, a.modified, True, "modified")}</span>'
        rel = "".join(
            f"""        <li><a href="{r.path}" data-phx-link="redirect" data-phx-link-state="push" class="block rounded-lg p-3 hover:bg-zinc-50"><span class="block text-sm font-semibold">{esc(r.title)}</span><span class="text-xs text-zinc-500">{th_short(r.published)}</span></a></li>
"""
            for r in self.related(a)
        )
        pn = ""
        if newer:
            pn += f'<a href="{newer.path}" data-phx-link="redirect" data-phx-link-state="push" class="flex-1 rounded-lg border p-3"><span class="block text-xs text-zinc-500">&larr; ข่าวก่อนหน้า</span><span class="text-sm">{esc(newer.title)}</span></a>'
        if older:
            pn += f'<a href="{older.path}" data-phx-link="redirect" data-phx-link-state="push" class="flex-1 rounded-lg border p-3 text-right"><span class="block text-xs text-zinc-500">ข่าวถัดไป &rarr;</span><span class="text-sm">{esc(older.title)}</span></a>'
        url = f"{HOST}{a.path}"
        main_html = f"""<nav class="mb-4 text-sm text-zinc-500" aria-label="breadcrumb">
  <a href="/" data-phx-link="redirect" data-phx-link-state="push">หน้าแรก</a> / <a href="/news" data-phx-link="redirect" data-phx-link-state="push">{SECTION}</a> / <span>{esc(crumb_title)}</span>
</nav>
<article id={'"news-' + str(a.id) + '"'} class="rounded-2xl bg-white p-6 shadow-sm ring-1 ring-zinc-100">
  <p id="news-title" class="text-2xl font-semibold leading-9 text-zinc-900">{esc(a.title)}</p>
  <div class="mt-3 flex flex-wrap items-center gap-2 text-sm text-zinc-500">
    <span class="hero-calendar-days h-4 w-4"></span><span>{self.time_tag(a, a.published, a.time_printed, "published")}</span>{edited}
    <span class="text-zinc-400">·</span><span class="hero-eye h-4 w-4"></span><span id="view-count" phx-update="ignore">อ่าน {th_num(a.views)} ครั้ง</span>
  </div>
  <div class="mt-3 flex items-center gap-1 text-xs" id="font-size">
    <span class="text-zinc-500">ขนาดอักษร</span>
    <button phx-click={'"font-size"'} phx-value-step="-1" class="rounded border px-2">ก-</button>
    <button phx-click={'"font-size"'} phx-value-step="0" class="rounded border px-2">ก</button>
    <button phx-click={'"font-size"'} phx-value-step="1" class="rounded border px-2">ก+</button>
  </div>
  <div id="news-body" class="prose prose-zinc mt-6 max-w-none">
    {chr(10).join(body)}
  </div>
{rows}  <div class="mt-6 flex items-center gap-3 border-t pt-4 text-sm" id="share">
    <span class="font-semibold text-zinc-600">แชร์:</span>
    <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINE</a>
    <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
    <a href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener">X</a>
    <button id="copy-link" phx-hook="CopyLink" data-url="{url}" class="rounded border px-2 py-0.5">คัดลอกลิงก์</button>
  </div>
  <section class="mt-8" id="related">
    <p class="text-base font-semibold">ข่าวที่เกี่ยวข้อง</p>
    <ul class="mt-2 grid gap-2 sm:grid-cols-3">
{rel}    </ul>
  </section>
  <nav class="mt-6 flex gap-3" aria-label="ข่าวก่อนหน้าและถัดไป">{pn}</nav>
</article>"""
        return self.shell(main_html)

    def deleted(self):
        flash = """<div id="flash-error" phx-click="lv:clear-flash" phx-value-key="error" role="alert" class="fixed top-2 right-2 mr-2 w-80 sm:w-96 z-50 rounded-lg p-3 ring-1 bg-rose-50 text-rose-900 shadow-md ring-rose-500 fill-rose-900">
  <p class="flex items-center gap-1.5 text-sm font-semibold leading-6"><span class="hero-exclamation-circle-mini h-4 w-4"></span>ผิดพลาด</p>
  <p class="mt-2 text-sm leading-5">ไม่พบข่าวที่ท่านต้องการ ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</p>
  <button type="button" class="group absolute top-1 right-1 p-2" aria-label="ปิด"><span class="hero-x-mark-solid h-5 w-5 opacity-40 group-hover:opacity-70"></span></button>
</div>
"""
        main_html = '<div class="py-16 text-center text-sm"><a href="/news" data-phx-link="redirect" data-phx-link-state="push" class="font-semibold text-emerald-700">&larr; กลับหน้ารวมข่าว</a></div>'
        return self.shell(main_html, flash=flash)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                th_long(a.published, a.time_printed),
                f"อ่าน {th_num(a.views)} ครั้ง",
                "แก้ไขล่าสุด",
                "ขนาดอักษร",
                "แชร์:",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                *[x.title for x in (older, newer) if x],
                *[f"#{t}" for t in a.tags],
                "ผู้เข้าชมทั้งหมด",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "ไม่สามารถเชื่อมต่อได้",
                "จองคิวออนไลน์",
                "ถนนลำพูน-ป่าซาง",
            ]
            if a.source:
                must_not.append("แหล่งข่าว")
            if a.extra["image"]:
                must_not.append(f"ภาพ: กิจกรรม{OFFICE}")
            if a.extra["attach"]:
                must_not += ["ไฟล์แนบ", f"ประกาศ-{a.id}.pdf"]
            out.append(record(self, a, must_not))
        return out


SITE = PhoenixSite()

if __name__ == "__main__":
    main(SITE)
