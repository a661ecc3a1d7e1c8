"""Blind-31 red-team site: **Deno Fresh 1.6 (Preact islands + Tailwind/twind)** news section of a
provincial fisheries office (สำนักงานประมงจังหวัดสงขลา), built blind.

What it imitates:
- Fresh fingerprints: `/_frsh/js/<build-id>/main.js` module preloads, `<!--frsh-shareisland:0-->`
  island markers, a `<script id="__FRSH_STATE" type="application/json">` blob of island props,
  `/_frsh/refresh.js`-less production build, `?__frsh_c=<build-id>` asset cache busting, Tailwind
  utility classes everywhere, "Made with Fresh" badge in the footer;
- **the headline is not in `<title>`** (every article page is titled "ข่าวประชาสัมพันธ์ |
  สำนักงานประมงจังหวัดสงขลา") and **not in an h1**: the only h1 is the office name in the header;
  the headline is an `h2.text-2xl` (and in `og:title`, and repeated as the last crumb of the
  breadcrumb);
- **dates split across spans in Thai digits with a short BE year**: `<span>๕</span> <span>มี.ค.
  </span> <span>๖๗</span>` plus, for some items, `<span>๑๔:๒๐ น.</span>`; no `datetime` anywhere;
  edited items add "แก้ไขล่าสุด" with the same split form and a time;
- **per-article counter in Thai digits** ("เข้าชม ๑,๒๓๔ ครั้ง") next to the date;
- the share island (Facebook, LINE, X, "คัดลอกลิงก์") and font-size / print tools above the
  text, "ข่าว/ภาพ:" or "ที่มา:" line after the text (some), images and PDF attachments (some),
  hashtag chips "#ท่องเที่ยว", previous/next cards with neighbour titles, "ข่าวอื่นๆ ที่น่าสนใจ"
  cards with titles and Thai-digit dates, a PDPA cookie banner island, footer site counter.
- listing `/news`, **cursor pagination**: "ข่าวเก่ากว่า" links to `/news?cursor=<opaque token>`
  (no page numbers; the token is a base64url of the last item shown).
Deleted: `/news/<id>` of a withdrawn item answers 200 with the route's own "ไม่พบข่าวที่คุณต้องการ"
component (the handler renders it instead of `ctx.renderNotFound()`).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานประมงจังหวัดสงขลา"
HOST = "https://songkhla.fisheries.go.th"
BUILD = "8f3c2a91d0b7e6f45a1c3d2e9b8a7f6c5d4e3b2a"
SOURCES = [
    ("ข่าว/ภาพ:", "กลุ่มส่งเสริมการประมง สำนักงานประมงจังหวัดสงขลา"),
    ("ที่มา:", "ศูนย์วิจัยและพัฒนาการเพาะเลี้ยงสัตว์น้ำชายฝั่งสงขลา"),
    None,
    ("ข่าว/ภาพ:", "สำนักงานประมงอำเภอระโนด"),
    None,
    None,
]
PER_PAGE = 9
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์รับเงินช่วยเหลือเกษตรกรผู้เลี้ยงกุ้ง (ยกเลิก)"
SITE_COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๑๔๘,๒๐๖ ครั้ง"
TITLE = f"ข่าวประชาสัมพันธ์ | {OFFICE}"


def slug(n: int) -> str:
    return hashlib.sha1(f"fresh-{n}".encode()).hexdigest()[:10]


def cursor(n: int) -> str:
    return base64.urlsafe_b64encode(f"cur:{n}".encode()).decode().rstrip("=")


def split_date(d: dt.datetime, with_time: bool) -> str:
    s = (
        f'<span class="tabular-nums">{thai_digits(d.day)}</span> '
        f"<span>{MONTHS_ABBR[d.month - 1]}</span> "
        f'<span class="tabular-nums">{thai_digits(str(d.year + 543)[-2:])}</span>'
    )
    if with_time:
        s += f' <span class="ml-1 tabular-nums">{thai_digits(f"{d.hour:02d}:{d.minute:02d}")} น.</span>'
    return s


def short(d: dt.datetime) -> str:
    return f"{thai_digits(d.day)} {MONTHS_ABBR[d.month - 1]} {thai_digits(str(d.year + 543)[-2:])}"


class FreshSite(BaseSite):
    key = "b31_deno_fresh"
    family = "generic"
    imitates = "Deno Fresh 1.6 (Preact islands, Tailwind), provincial fisheries office: generic <title> and the headline in an h2 (h1 = office name; headline also in og:title and the last breadcrumb); dates split over spans in Thai digits with a 2-digit BE year and 'น.' time (some), no datetime; 'แก้ไขล่าสุด' (edited only); per-article counter in Thai digits; share island + font/print tools above the text; 'ข่าว/ภาพ:' / 'ที่มา:' line (some); hashtag chips; prev/next and 'ข่าวอื่นๆ' cards; cursor pagination /news?cursor=<base64url>; deleted = 200 'ไม่พบข่าว' component"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 9, 27, 17, 0, tzinfo=TZ), offset=577
        )
        drop_corpus_signoffs(arts)
        for i, a in enumerate(arts):
            a.id = 5310 - i * 3 - i % 2
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.path = f"/news/{slug(a.id)}"
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 7 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.cursors = {cursor(p[-1].id): k + 1 for k, p in enumerate(self.pages[:-1])}
        self.deleted_path = f"/news/{slug(4999)}"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?cursor={cursor(p[-1].id)}" for p in self.pages[:-1]
        ]

    def deleted_paths(self):
        return [self.deleted_path]

    # ------------------------------------------------------------------ shell

    def shell(self, content, head_extra="", state=None):
        st = json.dumps(state or {"v": [[{"consent": False}], []]}, ensure_ascii=False)
        return f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1.0"/><title>{TITLE}</title><link rel="icon" href="/favicon.ico?__frsh_c={BUILD}"/><link rel="stylesheet" href="/styles.css?__frsh_c={BUILD}"/><meta name="description" content="ข่าวสารและกิจกรรม {OFFICE} กรมประมง"/>{head_extra}<link rel="modulepreload" href="/_frsh/js/{BUILD}/main.js"/><link rel="modulepreload" href="/_frsh/js/{BUILD}/chunk-5QZ3KHPD.js"/><link rel="modulepreload" href="/_frsh/js/{BUILD}/island-shareisland.js"/><link rel="modulepreload" href="/_frsh/js/{BUILD}/island-cookieconsent.js"/></head><body class="bg-slate-50 text-slate-800 font-[Sarabun]">
<header class="bg-sky-900 text-white"><div class="max-w-6xl mx-auto px-4 py-3 flex items-center gap-3"><a href="/"><img src="/logo-dof.svg?__frsh_c={BUILD}" alt="กรมประมง" class="h-12 w-12"/></a><div><h1 class="text-lg md:text-xl font-bold leading-tight">{OFFICE}</h1><p class="text-xs text-sky-200">Songkhla Provincial Fisheries Office</p></div>
<nav class="ml-auto hidden md:flex gap-5 text-sm"><a href="/" class="hover:underline">หน้าหลัก</a><a href="/about" class="hover:underline">เกี่ยวกับหน่วยงาน</a><a href="/news" class="font-semibold underline underline-offset-4" aria-current="page">ข่าวประชาสัมพันธ์</a><a href="/procurement" class="hover:underline">จัดซื้อจัดจ้าง</a><a href="/ita" class="hover:underline">ITA</a><a href="/contact" class="hover:underline">ติดต่อ</a></nav></div></header>
<main class="max-w-6xl mx-auto px-4 py-6">{content}</main>
<footer class="bg-slate-900 text-slate-300 text-sm mt-10"><div class="max-w-6xl mx-auto px-4 py-8 grid md:grid-cols-3 gap-6"><div><p class="font-semibold text-white">{OFFICE}</p><p>ถนนราษฎร์อุทิศ ตำบลบ่อยาง อำเภอเมืองสงขลา จังหวัดสงขลา ๙๐๐๐๐</p><p>โทรศัพท์ ๐ ๗๔๓๑ ๑๓๐๐</p></div><div><p>{SITE_COUNTER}</p><p>ผู้ใช้งานขณะนี้ ๗ คน</p></div><div><a href="https://fresh.deno.dev"><img width="197" height="37" src="https://fresh.deno.dev/fresh-badge-dark.svg" alt="Made with Fresh"/></a></div></div></footer>
<!--frsh-cookieconsent:0--><div class="fixed bottom-0 inset-x-0 bg-white border-t shadow p-4 text-sm flex gap-3 items-center"><p>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน อ่านเพิ่มเติมที่ <a href="/privacy" class="underline">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p><button class="ml-auto bg-sky-700 text-white rounded px-4 py-1">ยอมรับทั้งหมด</button></div><!--/frsh-cookieconsent:0-->
<script id="__FRSH_STATE" type="application/json">{st}</script><script type="module" nonce="{BUILD[:16]}">import {{ deserialize }} from "/_frsh/js/{BUILD}/deserializer.js";import {{ revive }} from "/_frsh/js/{BUILD}/main.js";import cookieconsent from "/_frsh/js/{BUILD}/island-cookieconsent.js";import shareisland from "/_frsh/js/{BUILD}/island-shareisland.js";const ST = document.getElementById("__FRSH_STATE").textContent;const STATE = deserialize(ST);revive({{cookieconsent:cookieconsent,shareisland:shareisland}}, STATE[0]);</script></body></html>"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a, img=True):
        pic = (
            f'<img src="/uploads/news/{slug(a.id)}/cover.webp" alt="" loading="lazy" class="w-full aspect-video object-cover rounded-t-lg"/>'
            if img and a.extra["image"]
            else '<div class="w-full aspect-video bg-sky-100 rounded-t-lg"></div>'
        )
        return f'<a href="{href}" class="group block bg-white rounded-lg shadow hover:shadow-md transition">{pic}<div class="p-4"><p class="font-semibold line-clamp-2 group-hover:text-sky-700">{esc(title)}</p><p class="mt-2 text-xs text-slate-500">{short(a.published)}</p></div></a>'

    def listing(self, k):
        cards = [self.card(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4, self.card(DELETED_TITLE, self.deleted_path, self.pages[1][3], img=False)
            )
        more = ""
        if k + 1 < len(self.pages):
            more = f'<div class="mt-8 flex justify-center"><a href="/news?cursor={cursor(self.pages[k][-1].id)}" class="px-6 py-2 rounded-full border border-sky-700 text-sky-700 hover:bg-sky-50">ข่าวเก่ากว่า &rarr;</a></div>'
        back = (
            '<div class="mb-4 text-sm"><a href="/news" class="text-sky-700 hover:underline">&larr; กลับไปข่าวล่าสุด</a></div>'
            if k
            else ""
        )
        content = f'<nav class="text-sm text-slate-500 mb-4"><a href="/">หน้าหลัก</a> / <span>ข่าวประชาสัมพันธ์</span></nav><h2 class="text-2xl font-bold mb-6">ข่าวประชาสัมพันธ์</h2>{back}<div class="grid sm:grid-cols-2 lg:grid-cols-3 gap-6">{"".join(cards)}</div>{more}'
        return self.shell(content)

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 4, i - 3) if 0 <= j < len(self.articles)]

    def single(self, a):
        url = f"{HOST}{a.path}"
        edited = (
            f'<span class="flex items-center gap-1"><span aria-hidden="true">✎</span>แก้ไขล่าสุด {split_date(a.modified, True)}</span>'
            if a.modified
            else ""
        )
        meta = f'<div class="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-500 mt-2"><span class="flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24"><path d="M8 2v4M16 2v4M3 10h18"/></svg>{split_date(a.published, a.time_printed)}</span>{edited}<span class="flex items-center gap-1"><svg class="w-4 h-4" viewBox="0 0 24 24"><path d="M1 12s4-8 11-8 11 8 11 8-4 8-11 8-11-8-11-8z"/></svg>เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span></div>'
        tools = f'<!--frsh-shareisland:0--><div class="flex flex-wrap items-center gap-2 my-4 border-y py-2"><span class="text-sm text-slate-500">แชร์ข่าวนี้</span><a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-blue-600 text-white text-sm">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-green-500 text-white text-sm">LINE</a><a href="https://x.com/intent/post?url={url}" target="_blank" rel="noopener" class="px-3 py-1 rounded bg-black text-white text-sm">X</a><button class="px-3 py-1 rounded border text-sm">คัดลอกลิงก์</button><span class="ml-auto flex gap-1 text-sm"><button aria-label="ลดขนาดตัวอักษร" class="px-2 border rounded">ก-</button><button aria-label="ขนาดปกติ" class="px-2 border rounded">ก</button><button aria-label="เพิ่มขนาดตัวอักษร" class="px-2 border rounded">ก+</button><button class="px-2 border rounded" onclick="window.print()">พิมพ์</button></span></div><!--/frsh-shareisland:0-->'
        paras = [f'<p class="mb-4 indent-8">{esc(p)}</p>' for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="my-6"><img src="/uploads/news/{slug(a.id)}/01.webp" alt="" class="rounded-lg w-full"/><figcaption class="text-center text-sm text-slate-500 mt-2">ภาพประกอบข่าว</figcaption></figure>',
            )
        src = (
            f'<p class="mt-6 text-sm font-medium text-slate-600">{a.extra["label"]} {esc(a.source)}</p>'
            if a.source
            else ""
        )
        att = ""
        if a.extra["file"]:
            att = f'<div class="mt-6 p-4 bg-slate-100 rounded"><p class="font-semibold text-sm mb-2">เอกสารแนบ</p><ul class="text-sm list-disc pl-5"><li><a href="/uploads/news/{slug(a.id)}/attachment-1.pdf" class="text-sky-700 underline">รายละเอียดเพิ่มเติม.pdf</a> <span class="text-slate-500">(๓๑๒ KB)</span></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="mt-6 flex flex-wrap gap-2">'
                + "".join(
                    f'<a href="/news?tag={esc(t)}" class="px-3 py-1 rounded-full bg-sky-50 text-sky-700 text-sm">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        pn = '<div class="mt-10 grid md:grid-cols-2 gap-4">'
        pn += (
            f'<a href="{older.path}" class="block p-4 bg-white rounded shadow"><span class="text-xs text-slate-500">&larr; ข่าวก่อนหน้า</span><p class="font-medium line-clamp-2">{esc(older.title)}</p></a>'
            if older
            else "<div></div>"
        )
        pn += (
            f'<a href="{newer.path}" class="block p-4 bg-white rounded shadow text-right"><span class="text-xs text-slate-500">ข่าวถัดไป &rarr;</span><p class="font-medium line-clamp-2">{esc(newer.title)}</p></a>'
            if newer
            else "<div></div>"
        )
        pn += "</div>"
        oth = "".join(self.card(r.title, r.path, r) for r in self.others(a))
        content = f"""<nav class="text-sm text-slate-500 mb-4" aria-label="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a> / <span class="text-slate-700 line-clamp-1">{esc(a.title)}</span></nav>
<div class="grid lg:grid-cols-3 gap-8"><div class="lg:col-span-2"><div class="bg-white rounded-lg shadow p-6">
<span class="inline-block text-xs px-2 py-0.5 rounded bg-amber-100 text-amber-800">ข่าวกิจกรรม</span>
<h2 class="text-2xl md:text-3xl font-bold leading-snug mt-2">{esc(a.title)}</h2>
{meta}
{tools}
<div class="prose prose-slate max-w-none leading-relaxed">{"".join(paras)}</div>
{src}{att}{tags}
</div>{pn}</div>
<aside><h3 class="text-lg font-semibold mb-4 border-l-4 border-sky-700 pl-2">ข่าวอื่นๆ ที่น่าสนใจ</h3><div class="space-y-4">{oth}</div></aside></div>"""
        head = f'<meta property="og:type" content="article"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:url" content="{url}"/><meta property="og:image" content="{HOST}/uploads/news/{slug(a.id)}/cover.webp"/><link rel="canonical" href="{url}"/>'
        state = {"v": [[{"url": url, "title": a.title}, {"consent": False}], []]}
        return self.shell(content, head, state)

    def not_found(self):
        content = '<nav class="text-sm text-slate-500 mb-4"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a></nav><div class="bg-white rounded-lg shadow p-10 text-center"><p class="text-5xl mb-4">🐟</p><h2 class="text-2xl font-bold">ไม่พบข่าวที่คุณต้องการ</h2><p class="mt-2 text-slate-500">ข่าวนี้อาจถูกลบหรือย้ายไปแล้ว</p><a href="/news" class="inline-block mt-6 px-6 py-2 rounded-full bg-sky-700 text-white">กลับหน้าข่าว</a></div>'
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == "/news":
            if not raw_query:
                return self.html_response(self.listing(0))
            if set(query) == {"cursor"} and query["cursor"][0] in self.cursors:
                return self.html_response(self.listing(self.cursors[query["cursor"][0]]))
            return None
        if raw_query:
            return None
        if path in self.by_path:
            return self.html_response(self.single(self.by_path[path]))
        if path == self.deleted_path:
            return self.html_response(self.not_found())
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                "Songkhla Provincial Fisheries Office",
                short(a.published),
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ลดขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ ที่น่าสนใจ",
                "ข่าวกิจกรรม",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                SITE_COUNTER,
                "ถนนราษฎร์อุทิศ",
                "Made with Fresh",
            ]
            if a.modified:
                must_not += ["แก้ไขล่าสุด", short(a.modified)]
            if a.tags:
                must_not += [f"#{t}" for t in a.tags]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.others(a)]
            if a.extra["image"]:
                must_not.append("ภาพประกอบข่าว")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", "รายละเอียดเพิ่มเติม.pdf"]
            if a.extra["label"]:
                must_not.append(a.extra["label"])
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = FreshSite()

if __name__ == "__main__":
    main(SITE)
