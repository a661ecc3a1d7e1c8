"""Blind-44 red-team site (part A): **AdonisJS 5 + Edge templates, Tailwind CSS + Alpine.js**,
run by a provincial employment office, built blind.

What it imitates:
- `/news?page=N` from Lucid's SimplePaginator (`baseUrl('/news')`, page 1 = `/news?page=1`),
  `/news/<id>`; `X-Powered-By`-less node server, `_csrf` meta, `/assets/app.<hash>.js`
  (Encore), no generator, no feed;
- **`<title>` and `h1` = the office (layout), the headline in an `h2` that starts with a
  category badge span ("[ข่าวกิจกรรม]" text inside the heading)**;
- **the date printed as Luxon relative time ("N ปีที่แล้ว") with the absolute Buddhist-calendar
  date only in the `title` attribute** ("5 มี.ค. 2567 14:20 น." when a time was stored,
  "5 มี.ค. 2567" for date-only items); "อัปเดต …" the same way only when edited; no machine date;
- **view count in Thai digits "๑,๒๓๔" after an eye icon, label only in `aria-label`**;
- **body split by an Alpine "อ่านต่อ" toggle: the first two paragraphs, then the button, then the
  rest in `div[x-show][x-cloak]`**; "เรียบเรียง :" / "ภาพ/ข่าว :" sign-off (some); image
  (some); attachments list (some);
- hashtag chips, share / print / copy-link buttons, prev/next with neighbour titles, "ข่าวอื่น ๆ"
  cards, LINE OA box, job-vacancy ticker, visitor counter, PDPA bar, footer;
- **pagination: numbered pages are `<button name="page">` in a GET form (Thai digits), the only
  anchors are "ก่อนหน้า" / "ถัดไป"**.
Deleted: `/news/3320` — the show template for a soft-deleted row: empty heading, empty date,
"ไม่พบข่าวที่คุณต้องการ อาจถูกลบหรือย้ายไปแล้ว" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
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

OFFICE = "สำนักงานจัดหางานจังหวัดลำพูน"
LIST = "/news"
PER = 8
CATS = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "ข่าวกิจกรรม", "ตำแหน่งงานว่าง"]
SOURCES = [None, "กลุ่มงานบริการจัดหางาน", None, "ศูนย์บริการจัดหางานเพื่อคนไทย", None, None]
SRC_LABELS = ["เรียบเรียง :", "ภาพ/ข่าว :"]
TAGS = ["จัดหางาน", "ตำแหน่งงานว่าง", "แรงงานต่างด้าว", "ฝึกอาชีพ", "ลำพูน", "นัดพบแรงงาน"]
DELETED = "/news/3320"
NOTFOUND = "ไม่พบข่าวที่คุณต้องการ อาจถูกลบหรือย้ายไปแล้ว"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อวัตถุประสงค์ในการเก็บข้อมูลสถิติการใช้งานตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "ศาลากลางจังหวัดลำพูน ชั้น 2 ถนนวังขวา ตำบลในเมือง อำเภอเมืองลำพูน 51000"
TICKER = "ตำแหน่งงานว่างประจำสัปดาห์ 152 อัตรา สมัครได้ที่สำนักงาน"
LINE_OA = "เพิ่มเพื่อน LINE OA @lamphunjob"
OTHER = "ข่าวอื่น ๆ"


def luxon_be(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"
    return s + f" {d:%H:%M} น." if with_time else s


def relative(d: dt.datetime) -> str:
    now = dt.datetime.now(TZ)
    days = (now - d).days
    if days >= 365:
        return f"{days // 365} ปีที่แล้ว"
    if days >= 30:
        return f"{days // 30} เดือนที่ผ่านมา"
    return f"{max(days, 1)} วันที่ผ่านมา"


class AdonisSite(BaseSite):
    key = "b44_adonis_edge_reltime"
    family = "generic"
    imitates = "AdonisJS 5 + Edge + Tailwind/Alpine, provincial employment office: /news?page=N (Lucid SimplePaginator), /news/<id>; <title> and h1 = office, headline in an h2 that begins with a category badge span; date as Luxon relative time ('N ปีที่แล้ว') with the absolute BE date (Thai month abbreviation, '14:20 น.' when a time was stored) only in the title attribute; 'อัปเดต' the same way only when edited; no machine date; Thai-digit view count after an eye icon (label in aria-label only); body split by an Alpine 'อ่านต่อ' toggle (first two paragraphs, button, rest in div[x-show][x-cloak]); 'เรียบเรียง :' / 'ภาพ/ข่าว :' sign-off (some), image (some), attachments (some); hashtag chips, share/print/copy-link, prev/next with neighbour titles, 'ข่าวอื่น ๆ' cards, LINE OA box, vacancy ticker, visitor counter, PDPA bar; pagination numbers are <button name=page> in a GET form (Thai digits), only prev/next are anchors"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2024, 2, 20, 15, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3345 - i * 2 - (i % 2)
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["src_label"] = SRC_LABELS[i % 2]
            a.extra["cat"] = CATS[i % len(CATS)]
            a.tags = [TAGS[(i + k * 2) % len(TAGS)] for k in range(i % 3)]
            a.views = 23 + (i * 211) % 2700
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 6 == 1
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, inner, og=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="csrf-token" content="wB3kR2yQ-TzWm8k1dJx0Yh5vE7uNcQpLsA4g">
<title>{OFFICE}</title>
{og}
<link rel="icon" href="/favicon.ico">
<link rel="stylesheet" href="/assets/app.3f9c2e1a.css">
<script src="/assets/app.7b1d04c9.js" defer></script>
</head>
<body class="bg-slate-50 font-sarabun text-slate-800" x-data="{{ fontSize: 16 }}">
<div class="bg-sky-900 text-white text-sm"><div class="container mx-auto flex items-center gap-3 px-4 py-1"><span class="rounded bg-amber-400 px-2 text-sky-900">ประกาศ</span><marquee scrollamount="4">{TICKER}</marquee></div></div>
<header class="bg-white shadow"><div class="container mx-auto flex items-center gap-4 px-4 py-3"><a href="/"><img src="/images/doe-logo.png" alt="กรมการจัดหางาน" class="h-14"></a><div><h1 class="text-xl font-bold text-sky-900">{OFFICE}</h1><p class="text-sm text-slate-500">กรมการจัดหางาน กระทรวงแรงงาน</p></div>
<nav class="ml-auto hidden gap-5 md:flex"><a href="/">หน้าแรก</a><a href="/about">เกี่ยวกับเรา</a><a href="/news" class="font-semibold text-sky-700">ข่าวสาร</a><a href="/jobs">ตำแหน่งงานว่าง</a><a href="/ita">ITA</a><a href="/contact">ติดต่อ</a></nav>
<div class="flex gap-1 text-sm" aria-label="ขนาดตัวอักษร"><button @click="fontSize--">ก-</button><button @click="fontSize=16">ก</button><button @click="fontSize++">ก+</button></div></div></header>
<main class="container mx-auto grid gap-6 px-4 py-6 lg:grid-cols-4">
<div class="lg:col-span-3">
{inner}
</div>
<aside class="space-y-4">
<div class="rounded bg-white p-4 shadow"><p class="font-semibold text-green-700">{LINE_OA}</p><img src="/images/line-qr.png" alt="QR LINE" class="mx-auto h-32"></div>
<div class="rounded bg-white p-4 shadow"><h3 class="mb-2 font-semibold">สถิติผู้เข้าชม</h3><ul class="text-sm"><li>วันนี้ <span class="float-right">๒๑๓</span></li><li>เดือนนี้ <span class="float-right">๕,๔๑๐</span></li><li>ทั้งหมด <span class="float-right">๒๙๘,๑๗๖</span></li></ul></div>
</aside>
</main>
<footer class="bg-sky-950 py-6 text-sm text-sky-100"><div class="container mx-auto px-4"><p>{OFFICE}</p><p>{FOOTER} โทร. 0-5351-1824</p><p>สายด่วนกรมการจัดหางาน 1694</p></div></footer>
<div x-data="{{ ok: false }}" x-show="!ok" class="fixed inset-x-0 bottom-0 z-50 bg-white p-4 shadow-lg"><p class="text-sm">{PDPA} <a href="/privacy" class="underline">นโยบายความเป็นส่วนตัว</a></p><button @click="ok = true" class="rounded bg-sky-700 px-4 py-1 text-white">ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, a, path=None, title=None):
        path = path or a.path
        title = title if title is not None else a.title
        return f"""<a href="{path}" class="group block overflow-hidden rounded bg-white shadow hover:shadow-lg">
<img src="/uploads/news/{a.id}/cover_thumb.jpg" alt="" class="h-40 w-full object-cover" loading="lazy">
<div class="p-3"><span class="text-xs text-sky-700">{a.extra["cat"]}</span><p class="line-clamp-2 font-semibold group-hover:text-sky-700">{esc(title)}</p>
<span class="text-xs text-slate-400" title="{luxon_be(a.published, False)}">{relative(a.published)}</span></div></a>"""

    def listing(self, k):
        n = len(self.pages)
        items = self.pages[k]
        cards = []
        for j, a in enumerate(items):
            cards.append(self.card(a))
            if k == 1 and j == 4:
                cards.append(self.card(items[5], path=DELETED, title="กิจกรรมนัดพบแรงงาน (ร่าง)"))
        nav = (
            '<form method="get" action="/news" class="mt-6 flex items-center justify-center gap-1">'
        )
        if k > 0:
            nav += f'<a href="/news?page={k}" class="rounded border px-3 py-1" rel="prev">&laquo; ก่อนหน้า</a>'
        for j in range(n):
            cur = (
                ' aria-current="page" disabled class="rounded bg-sky-700 px-3 py-1 text-white"'
                if j == k
                else ' class="rounded border px-3 py-1"'
            )
            nav += f'<button type="submit" name="page" value="{j + 1}"{cur}>{thai_digits(j + 1)}</button>'
        if k < n - 1:
            nav += f'<a href="/news?page={k + 2}" class="rounded border px-3 py-1" rel="next">ถัดไป &raquo;</a>'
        nav += "</form>"
        inner = f"""<h2 class="mb-4 border-l-4 border-sky-700 pl-3 text-2xl font-bold">ข่าวสาร</h2>
<div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{"".join(cards)}</div>
<p class="mt-4 text-center text-sm text-slate-500">หน้า {thai_digits(k + 1)} จาก {thai_digits(n)}</p>
{nav}"""
        return self.shell(inner)

    # ------------------------------------------------------------------ article
    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def others(self, a):
        return [x for x in self.articles if x is not a][:4]

    def show(self, a):
        p = a.published
        dates = f'<span class="inline-flex items-center gap-1"><svg class="h-4 w-4" aria-hidden="true"></svg><span title="{luxon_be(p, a.time_printed)}">{relative(p)}</span></span>'
        if a.modified:
            dates += f' <span class="inline-flex items-center gap-1 text-xs">อัปเดต <span title="{luxon_be(a.modified, True)}">{relative(a.modified)}</span></span>'
        views = f'<span class="inline-flex items-center gap-1" aria-label="จำนวนผู้เข้าชม"><svg class="h-4 w-4" aria-hidden="true"><use href="#icon-eye"></use></svg>{thai_digits(f"{a.views:,}")}</span>'
        paras = [f'<p class="mb-3 indent-8 leading-relaxed">{esc(x)}</p>' for x in a.paras]
        img = (
            f'<figure class="my-4"><img src="/uploads/news/{a.id}/1.jpg" alt="" class="w-full rounded"></figure>'
            if a.extra["image"]
            else ""
        )
        rest = "".join(paras[2:])
        if a.source:
            rest += f'<p class="mt-4 text-right text-sm">{a.extra["src_label"]} {esc(a.source)}</p>'
        files = (
            f'<div class="mt-4 rounded border p-3"><p class="font-semibold">ไฟล์แนบ</p><ul><li><a href="/uploads/news/{a.id}/doc1.pdf" class="text-sky-700">ประกาศรับสมัคร.pdf</a> <span class="text-xs">(245 KB)</span></li></ul></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="mt-4 flex flex-wrap gap-2">'
            + "".join(
                f'<a href="/news/tag/{esc(t)}" class="rounded-full bg-sky-100 px-3 text-sm">#{esc(t)}</a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        pn = '<div class="mt-6 grid gap-3 sm:grid-cols-2">'
        pn += (
            f'<a href="{older.path}" class="rounded border p-3"><span class="text-xs">&lsaquo; ข่าวก่อนหน้า</span><p class="line-clamp-1">{esc(older.title)}</p></a>'
            if older
            else "<div></div>"
        )
        if newer:
            pn += f'<a href="{newer.path}" class="rounded border p-3 text-right"><span class="text-xs">ข่าวถัดไป &rsaquo;</span><p class="line-clamp-1">{esc(newer.title)}</p></a>'
        pn += "</div>"
        other = "".join(self.card(x) for x in self.others(a))
        inner = f"""<nav class="mb-3 text-sm text-slate-500"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a> / <span>{a.extra["cat"]}</span></nav>
<article class="rounded bg-white p-6 shadow" x-data="{{ open: false }}">
<h2 class="text-2xl font-bold leading-snug"><span class="mr-2 rounded bg-sky-700 px-2 text-sm text-white">[{a.extra["cat"]}]</span>{esc(a.title)}</h2>
<div class="mt-2 flex flex-wrap items-center gap-4 text-sm text-slate-500">{dates}{views}</div>
<div class="my-4 flex gap-2 text-sm"><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="rounded bg-blue-600 px-3 text-white">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="rounded bg-green-600 px-3 text-white">LINE</a><button @click="navigator.clipboard.writeText(location.href)" class="rounded border px-3">คัดลอกลิงก์</button><button onclick="window.print()" class="rounded border px-3">พิมพ์</button></div>
{img}
<div class="prose max-w-none" :style="`font-size:${{fontSize}}px`">
{"".join(paras[:2])}
<button x-show="!open" @click="open = true" class="my-2 text-sky-700 underline">อ่านต่อ...</button>
<div x-show="open" x-cloak>{rest}</div>
</div>
{files}
{tags}
{pn}
</article>
<section class="mt-8"><h3 class="mb-3 text-lg font-semibold">{OTHER}</h3><div class="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">{other}</div></section>"""
        og = f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n<meta property="og:image" content="/uploads/news/{a.id}/cover.jpg">'
        return self.shell(inner, og)

    def deleted(self):
        inner = f"""<nav class="mb-3 text-sm text-slate-500"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a> / <span></span></nav>
<article class="rounded bg-white p-6 shadow"><h2 class="text-2xl font-bold leading-snug"></h2>
<div class="mt-2 flex flex-wrap items-center gap-4 text-sm text-slate-500"><span title=""></span></div>
<div class="prose max-w-none"><p class="py-10 text-center text-slate-500">{NOTFOUND}</p><p class="text-center"><a href="/news" class="text-sky-700">กลับหน้าข่าวสาร</a></p></div></article>"""
        return self.shell(inner)

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = qs1(query, "page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(page) - 1))
        if path in self.by_path:
            return self.html_response(self.show(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.deleted())
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"[{a.extra['cat']}]",
                "อ่านต่อ...",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                OTHER,
                TICKER,
                LINE_OA,
                "สถิติผู้เข้าชม",
                "๒๙๘,๑๗๖",
                thai_digits(f"{a.views:,}"),
                PDPA,
                FOOTER,
                "สายด่วนกรมการจัดหางาน 1694",
                "ปีที่แล้ว",
            ]
            if a.extra["file"]:
                must_not.append("ประกาศรับสมัคร.pdf")
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = AdonisSite()

if __name__ == "__main__":
    main(SITE)
