"""Blind-17 red-team site: Laravel 10 + Inertia.js (Vue 3) with server-side rendering, of a
provincial administrative organisation (องค์การบริหารส่วนจังหวัด), built blind.

What it imitates:
- routes `/news/{id}` and `/news?page=N` (Laravel's paginator; the index `/news`);
- Inertia's SSR output: `<div id="app" data-page="{...}">` whose HTML-escaped JSON holds the
  page props (the news record with `published_at` / `updated_at` as Laravel serialises them:
  **UTC, "2024-02-15T03:30:00.000000Z"**, `views_count`, the body HTML), followed by the
  rendered Vue markup;
- `<title inertia>` "ข่าวสาร | อบจ.นครราชสีมา" on every page; `h1` is the site name in the
  header, the **headline an h2**;
- the visible date is "15 ก.พ. 67" (dayjs 'D MMM BB', abbreviated month, **two-digit BE**,
  no time: the time of day is only in the JSON, in UTC); "แก้ไขเมื่อ 20 ก.พ. 67" only for
  edited items (the JSON's `updated_at` exists for every item);
- "เข้าชม 1234" beside an eye icon; tags as rounded chips; the office alone as the last line
  of the body for some items; a share row, "ข่าวอื่น ๆ" cards;
- the deleted id answers 200 with the same component and "ไม่พบข่าวที่ต้องการ" (props news null).
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b17_common import UTC, B9Site, abbr_be2, build, record

ORG = "องค์การบริหารส่วนจังหวัดนครราชสีมา"
SOURCES = [
    None,
    "กองยุทธศาสตร์และงบประมาณ อบจ.นครราชสีมา",
    None,
    "กองสาธารณสุข อบจ.นครราชสีมา",
    None,
    None,
]
DELETED = "/news/1466"


def lara(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")


class InertiaSite(B9Site):
    key = "b17_laravel_inertia"
    family = "generic"
    imitates = "Laravel 10 + Inertia (Vue 3) SSR: /news/{id}, /news?page=N, data-page JSON with UTC '...000000Z' published_at/updated_at (the only time of day), same <title>, h1 = site name and headline h2, '15 ก.พ. 67' (2-digit BE) visible, 'แก้ไขเมื่อ' only when edited, 'เข้าชม 1234', chips, office alone as last line; deleted = 'ไม่พบข่าวที่ต้องการ' (200)"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 1188, SOURCES, dt.datetime(2024, 12, 12, 11, 0), first_id=1470, step=1
        )
        for a in self.articles:
            a.path = f"/news/{a.id}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, page: dict, inner: str):
        data = esc(json.dumps(page, ensure_ascii=False, separators=(",", ":")))
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title inertia>ข่าวสาร | อบจ.นครราชสีมา</title>
<link rel="preload" as="style" href="/build/assets/app-4f1c2a9e.css" /><link rel="stylesheet" href="/build/assets/app-4f1c2a9e.css" />
<script type="module" src="/build/assets/app-9b7e21d3.js"></script>
</head>
<body class="font-sans antialiased">
<div id="app" data-page="{data}"><div class="min-h-screen bg-gray-100">
<header class="bg-white shadow"><div class="max-w-7xl mx-auto py-4 px-4 flex items-center gap-4"><img src="/images/logo-pao.png" class="h-14" alt=""><h1 class="text-xl font-bold text-indigo-900">{ORG}</h1></div>
<nav class="bg-indigo-900 text-white"><div class="max-w-7xl mx-auto px-4 flex gap-6"><a href="/" class="py-2">หน้าแรก</a><a href="/news" class="py-2 font-semibold">ข่าวสาร</a><a href="/procurement" class="py-2">จัดซื้อจัดจ้าง</a><a href="/complaint" class="py-2">ร้องเรียน/ร้องทุกข์</a></div></nav></header>
<main class="max-w-7xl mx-auto py-6 px-4">{inner}</main>
<footer class="bg-indigo-950 text-indigo-200 text-sm"><div class="max-w-7xl mx-auto p-4">{ORG} 999 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000</div></footer>
<div class="fixed bottom-0 inset-x-0 bg-white border-t p-3 text-sm">เว็บไซต์นี้มีการใช้คุกกี้ <button class="ml-2 px-3 py-1 bg-indigo-600 text-white rounded">ยอมรับ</button></div>
</div></div>
</body>
</html>"""

    def listing(self, k):
        cards = []
        data = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.views))
            data.append(
                {
                    "id": a.id,
                    "title": a.title,
                    "published_at": lara(a.published),
                    "views_count": a.views,
                }
            )
            if k == 1 and j == 0:
                d = dt.datetime(2024, 9, 2, 10, 0, tzinfo=UTC)
                cards.append(
                    self.card(DELETED, "อบจ.นครราชสีมา ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้าง", d, 87)
                )
                data.append(
                    {
                        "id": 1466,
                        "title": "อบจ.นครราชสีมา ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานจ้าง",
                        "published_at": lara(d),
                        "views_count": 87,
                    }
                )
        n = len(self.pages)
        links = [
            {
                "url": self.page_url(k - 1) if k else None,
                "label": "&laquo; Previous",
                "active": False,
            }
        ]
        links += [
            {"url": self.page_url(i), "label": str(i + 1), "active": i == k} for i in range(n)
        ]
        links.append(
            {
                "url": self.page_url(k + 1) if k < n - 1 else None,
                "label": "Next &raquo;",
                "active": False,
            }
        )
        page = {
            "component": "News/Index",
            "props": {
                "errors": {},
                "auth": {"user": None},
                "news": {
                    "current_page": k + 1,
                    "data": data,
                    "last_page": n,
                    "links": links,
                    "per_page": self.per_page,
                    "total": len(self.articles) + 1,
                },
            },
            "url": self.page_url(k),
            "version": "b0c7a1f2e3d4",
        }
        pag = "".join(
            f'<span class="px-3 py-1 rounded bg-indigo-600 text-white">{lk["label"]}</span>'
            if lk["active"]
            else (
                f'<a href="{lk["url"]}" class="px-3 py-1 rounded border">{lk["label"]}</a>'
                if lk["url"]
                else f'<span class="px-3 py-1 text-gray-400">{lk["label"]}</span>'
            )
            for lk in links
        )
        inner = f"""<h2 class="text-2xl font-bold mb-4">ข่าวประชาสัมพันธ์</h2><div class="grid md:grid-cols-3 gap-6">{"".join(cards)}</div><div class="mt-6 flex flex-wrap gap-1">{pag}</div>"""
        return self.shell(page, inner)

    def card(self, path, title, d, views):
        return f"""<a href="{path}" class="bg-white rounded-lg shadow block overflow-hidden"><img src="/storage/news/{path.rsplit("/", 1)[1]}/cover.jpg" class="h-44 w-full object-cover" alt=""><div class="p-4"><h3 class="font-semibold">{esc(title)}</h3><div class="text-xs text-gray-500 mt-2">{abbr_be2(d)} · เข้าชม {views}</div></div></a>"""

    def detail(self, a):
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras) + (
            f'<p style="text-align:right">{esc(a.source)}</p>' if a.source else ""
        )
        others = [x for x in self.articles if x is not a][:3]
        news = {
            "id": a.id,
            "title": a.title,
            "body": body,
            "published_at": lara(a.published),
            "updated_at": lara(a.modified or a.published),
            "views_count": a.views,
            "tags": [{"id": i + 1, "name": t} for i, t in enumerate(a.tags)],
            "cover": f"/storage/news/{a.id}/cover.jpg",
        }
        page = {
            "component": "News/Show",
            "props": {
                "errors": {},
                "auth": {"user": None},
                "news": news,
                "others": [{"id": x.id, "title": x.title} for x in others],
            },
            "url": a.path,
            "version": "b0c7a1f2e3d4",
        }
        upd = f"<span>แก้ไขเมื่อ {abbr_be2(a.modified)}</span>" if a.modified else ""
        chips = "".join(
            f'<a href="/news?tag={esc(t)}" class="px-2 py-0.5 rounded-full bg-indigo-50 text-indigo-700 text-xs">#{esc(t)}</a>'
            for t in a.tags
        )
        inner = f"""<nav class="text-sm text-gray-500 mb-3"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a></nav>
<article class="bg-white rounded-lg shadow p-6">
<h2 class="text-3xl font-bold text-gray-900">{esc(a.title)}</h2>
<div class="flex gap-4 text-sm text-gray-500 my-3"><span>{abbr_be2(a.published)}</span>{upd}<span><svg class="inline h-4 w-4" viewBox="0 0 24 24"><path d="M12 5c-7 0-10 7-10 7s3 7 10 7 10-7 10-7-3-7-10-7z"/></svg> เข้าชม {a.views}</span></div>
<img src="/storage/news/{a.id}/cover.jpg" class="rounded mb-4 w-full" alt="">
<div class="prose max-w-none">{body}</div>
<div class="flex gap-2 mt-4">{chips}</div>
<div class="flex gap-3 mt-4 text-sm"><span>แชร์:</span><a href="https://www.facebook.com/sharer/sharer.php">Facebook</a><a href="https://social-plugins.line.me/lineit/share">LINE</a><button>คัดลอกลิงก์</button></div>
</article>
<section class="mt-8"><h3 class="text-xl font-bold mb-3">ข่าวอื่น ๆ</h3><div class="grid md:grid-cols-3 gap-6">{"".join(self.card(x.path, x.title, x.published, x.views) for x in others)}</div></section>"""
        return self.shell(page, inner)

    def deleted(self):
        page = {
            "component": "News/Show",
            "props": {"errors": {}, "auth": {"user": None}, "news": None, "others": []},
            "url": DELETED,
            "version": "b0c7a1f2e3d4",
        }
        inner = """<div class="bg-white rounded-lg shadow p-10 text-center text-gray-500">ไม่พบข่าวที่ต้องการ หรือข่าวนี้ถูกลบแล้ว <a href="/news" class="text-indigo-600">กลับหน้าข่าวสาร</a></div>"""
        return self.shell(page, inner)

    def expected(self):
        out = []
        for a in self.articles:
            others = [x for x in self.articles if x is not a][:3]
            must_not = [
                "ข่าวอื่น ๆ",
                "แชร์:",
                "คัดลอกลิงก์",
                "เข้าชม",
                "แก้ไขเมื่อ",
                "ยอมรับ",
                "ถนนมิตรภาพ ตำบลในเมือง",
            ] + [x.title for x in others]
            rec = record(self, a, must_not, published_time=True)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = InertiaSite()

if __name__ == "__main__":
    main(SITE)
