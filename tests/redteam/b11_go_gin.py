"""Blind-11 red-team site: a Go (Gin + html/template + Tailwind) news site of a provincial
public health office (สำนักงานสาธารณสุขจังหวัด), built blind.

What it imitates:
- routes `/news/:id` and `/news/page/:n` (the index `/news`), a Tailwind pager with numbers
  and SVG chevrons whose only text is `sr-only` "ก่อนหน้า" / "ถัดไป";
- `<title>` "ข่าวสาร สสจ.ลำปาง" on every page, the headline in `h1.text-2xl`;
- a custom `thaidate` template func: "๑๖ ก.พ. ๖๗" (**Thai digits, abbreviated month,
  two-digit BE**), with " | ๑๐:๓๐ น." for items whose time was entered (the others are
  stored at midnight and print no time);
- "ผู้เข้าชม: 1234" (no separator); "อัปเดต: ๒๐ ก.พ. ๖๗" (date only) only when `UpdatedAt`
  differs from `CreatedAt`;
- `div.prose` with the text, a "เอกสารแนบ" list (PDF with size) inside it, and, for some,
  the **office alone** as the last, right-aligned line (the sign-off, no label);
- "พิมพ์หน้านี้", "ข่าวก่อนหน้า" / "ข่าวถัดไป" cards with titles; no tags;
- the deleted id renders the detail template with zero values: an empty `h1`, the date of
  Go's zero time "๑ ม.ค. ๔๔" and "ผู้เข้าชม: 0" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b11_common import B9Site, build, hm, neighbours, record

OFFICE = "สำนักงานสาธารณสุขจังหวัดลำปาง"
SOURCES = [None, None, "กลุ่มงานสุขศึกษาและประชาสัมพันธ์ สสจ.ลำปาง", None, "กลุ่มงานควบคุมโรคติดต่อ สสจ.ลำปาง"]
DELETED = "/news/4419"


def thaidate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


class GinSite(B9Site):
    key = "b11_go_gin"
    family = "generic"
    imitates = "Go Gin + html/template + Tailwind: /news/:id, /news/page/:n (sr-only prev/next), same <title>, h1.text-2xl, '๑๖ ก.พ. ๖๗' (Thai digits, 2-digit BE) + ' | ๑๐:๓๐ น.' for some, 'ผู้เข้าชม: 1234', 'อัปเดต: ๒๐ ก.พ. ๖๗' only when edited, attachments inside div.prose, the office alone as the sign-off line, prev/next cards; deleted = zero-value template (200)"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 104, SOURCES, dt.datetime(2024, 11, 8, 16, 0), first_id=4400, step=2
        )
        for a in self.articles:
            a.path = f"/news/{a.id}"
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news/page/{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>ข่าวสาร สสจ.ลำปาง</title>
<link href="/static/css/output.css" rel="stylesheet">
<script src="/static/js/htmx.min.js" defer></script>
</head>
<body class="bg-gray-50 text-gray-800 font-sarabun">
<header class="bg-emerald-700 text-white"><div class="max-w-6xl mx-auto px-4 py-3 flex items-center gap-3"><img src="/static/img/moph.png" class="h-12" alt=""><div><div class="text-lg font-semibold">{OFFICE}</div><div class="text-xs">Lampang Provincial Public Health Office</div></div></div>
<nav class="bg-emerald-800"><div class="max-w-6xl mx-auto px-4 flex gap-6 text-sm"><a href="/" class="py-2">หน้าหลัก</a><a href="/news" class="py-2 border-b-2">ข่าวสาร</a><a href="/ita" class="py-2">ITA</a><a href="/contact" class="py-2">ติดต่อเรา</a></div></nav></header>
<main class="max-w-6xl mx-auto px-4 py-6">
{content}
</main>
<footer class="bg-gray-800 text-gray-300 text-sm"><div class="max-w-6xl mx-auto px-4 py-4">{OFFICE} 199 ถนนไฮเวย์-ลำปาง-งาว ตำบลพระบาท อำเภอเมือง จังหวัดลำปาง 52000</div></footer>
</body>
</html>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.views))
            if k == 1 and j == 1:
                cards.append(
                    self.card(
                        DELETED,
                        "ประชาสัมพันธ์รับสมัครอาสาสมัครสาธารณสุขประจำหมู่บ้าน (อสม.) ประจำปี ๒๕๖๗",
                        dt.datetime(2024, 8, 14),
                        12,
                    )
                )
        n = len(self.pages)
        prev = (
            f'<a href="{self.page_url(k - 1)}" class="px-2 py-2 rounded-l-md border"><span class="sr-only">ก่อนหน้า</span><svg class="h-5 w-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M12.79 5.23a.75.75 0 01-.02 1.06L8.832 10l3.938 3.71"/></svg></a>'
            if k
            else ""
        )
        nxt = (
            f'<a href="{self.page_url(k + 1)}" class="px-2 py-2 rounded-r-md border"><span class="sr-only">ถัดไป</span><svg class="h-5 w-5" viewBox="0 0 20 20" fill="currentColor" aria-hidden="true"><path d="M7.21 14.77a.75.75 0 01.02-1.06L11.168 10 7.23 6.29"/></svg></a>'
            if k < n - 1
            else ""
        )
        nums = "".join(
            f'<span aria-current="page" class="px-4 py-2 bg-emerald-600 text-white">{i + 1}</span>'
            if i == k
            else f'<a href="{self.page_url(i)}" class="px-4 py-2 border">{i + 1}</a>'
            for i in range(n)
        )
        content = f"""<h2 class="text-xl font-bold mb-4">ข่าวสารและกิจกรรม</h2>
<div class="grid md:grid-cols-3 gap-4">{"".join(cards)}</div>
<nav class="isolate inline-flex -space-x-px mt-6" aria-label="Pagination">{prev}{nums}{nxt}</nav>"""
        return self.shell(content)

    def card(self, path, title, d, views):
        return f"""<a href="{path}" class="block bg-white rounded shadow hover:shadow-lg"><img src="/uploads/cover/{path.rsplit("/", 1)[1]}.webp" class="w-full h-40 object-cover" alt=""><div class="p-3"><h3 class="font-semibold line-clamp-2">{esc(title)}</h3><p class="text-xs text-gray-500 mt-2">{thaidate(d)} · ผู้เข้าชม: {views}</p></div></a>"""

    def detail(self, a):
        when = thaidate(a.published) + (
            f" | {thai_digits(hm(a.published, ':'))} น." if a.time_printed else ""
        )
        upd = f"<span>อัปเดต: {thaidate(a.modified)}</span>" if a.modified else ""
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        sign = f'<p class="text-right">{esc(a.source)}</p>' if a.source else ""
        older, newer = neighbours(self.articles, a)
        cards = ""
        if older:
            cards += f'<a href="{older.path}" class="block p-3 bg-white rounded shadow"><div class="text-xs text-gray-500">ข่าวก่อนหน้า</div><div class="font-medium">{esc(older.title)}</div></a>'
        if newer:
            cards += f'<a href="{newer.path}" class="block p-3 bg-white rounded shadow text-right"><div class="text-xs text-gray-500">ข่าวถัดไป</div><div class="font-medium">{esc(newer.title)}</div></a>'
        content = f"""<article class="bg-white rounded shadow p-6">
<h1 class="text-2xl font-bold leading-snug">{esc(a.title)}</h1>
<div class="flex flex-wrap gap-4 text-sm text-gray-500 mt-2 mb-4"><span>{when}</span><span>ผู้เข้าชม: {a.views}</span>{upd}<button onclick="window.print()" class="ml-auto underline">พิมพ์หน้านี้</button></div>
<img src="/uploads/cover/{a.id}.webp" class="w-full rounded mb-4" alt="">
<div class="prose max-w-none">
{paras}
<div class="not-prose mt-4 border-t pt-3"><div class="font-semibold">เอกสารแนบ</div><ul><li><a href="/uploads/files/{a.id}-1.pdf">หนังสือแจ้งรายละเอียด.pdf</a> (1.2 MB)</li></ul></div>
{sign}
</div>
</article>
<div class="grid md:grid-cols-2 gap-4 mt-6">{cards}</div>"""
        return self.shell(content)

    def deleted(self):
        content = """<article class="bg-white rounded shadow p-6">
<h1 class="text-2xl font-bold leading-snug"></h1>
<div class="flex flex-wrap gap-4 text-sm text-gray-500 mt-2 mb-4"><span>๑ ม.ค. ๔๔</span><span>ผู้เข้าชม: 0</span><button onclick="window.print()" class="ml-auto underline">พิมพ์หน้านี้</button></div>
<div class="prose max-w-none">
</div>
</article>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เอกสารแนบ",
                "หนังสือแจ้งรายละเอียด.pdf",
                "พิมพ์หน้านี้",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ผู้เข้าชม:",
                "อัปเดต:",
                older.title if older else "",
                newer.title if newer else "",
                "ถนนไฮเวย์-ลำปาง-งาว",
            ]
            out.append(record(self, a, must_not, modified_time=False))
        return out


SITE = GinSite()

if __name__ == "__main__":
    main(SITE)
