"""Blind-50 red-team site (part A): a provincial commerce office (สำนักงานพาณิชย์จังหวัดตราด) on
**Statamic 4 (Laravel, flat-file) with the Peak starter kit** (Tailwind, Alpine.js, Peak's SEO
tools: `sitemap.xml`, JSON-LD, cookie banner), the **Statamic REST API** switched on for the
`news` collection, and **full static caching** (Statamic writes the HTML to
`public/static/…` and nginx serves those files itself). Built blind (no crawler, pipeline,
bench or fixture read).

Looked up with the search tool: the Statamic Peak documentation (`vannut/statamic-peak-docs`,
`docs/features/seo.md`: page title and separator, canonical, Open Graph, an auto-generated
`sitemap.xml` with per-collection inclusion, JSON-LD objects, hreflang, trackers and a cookie
consent banner) and the `studio1902/statamic-peak-seo` readme. The REST API's response
(`data` entries with `id`, `title`, `slug`, `url`, `permalink`, `api_url`, `date`; Laravel's
paginator `links` / `meta`; `?limit=`, `?page=`, `?sort=-date`), the Antlers `collection` tag,
full static caching behind nginx (`try_files /static${uri}_${args}.html …`, whose stock
`text/html` type carries no charset) and schema.org's `ItemList` are written from memory of
their documentation. No one's code or text was copied.

Traps (all NEW: no earlier round tried them):
- **the HTML listing is built by script**: `/news`, `/news?page=2`, `/news?page=3` print an
  Alpine.js component (`x-data="newsIndex(…)"`, `<template x-for>`, `:href="item.url"`,
  `x-text`) that fetches `/api/collections/news/entries?sort=-date&limit=9&page=N`; no `<a>` to
  any item is in the served HTML. The page's items are in a **JSON-LD `ItemList`** in the
  `<head>` (the vendor's addition for Google), in the **REST API** JSON, in the **RSS feed**
  linked from `<head>` (`rel=alternate`, `/news/feed`), and in **`/sitemap.xml`** (named in
  `robots.txt`);
- **tracking parameters**: the feed's item links carry
  `?utm_source=rss&utm_medium=feed&utm_campaign=trat-news` (the same page answers 200; its
  `rel=canonical` is the clean address; the records are the clean URLs);
- **`<meta charset>` after the first 1,024 bytes under a header without a charset**: nginx
  sends `Content-Type: text/html`; the Google Tag Manager consent snippet, the Thai `<title>`,
  description and Open Graph tags and Peak's inline critical CSS come before
  `<meta charset="utf-8">`;
- **the date split over elements**: `div.news-date` > `span.day` "05" / `span.month` "มี.ค." /
  `span.year` "2567" and, on three posts in five, `span.time` "14:20 น." (the related cards
  print their dates the same way);
- **the counter only as "อ่าน (๑,๒๓๔)"** (Thai digits in brackets after an eye icon) and **a
  download counter of the attached PDF** ("ดาวน์โหลด ๓๔ ครั้ง") on posts with a file — not
  the view count;
- **the source as "ที่มา:" linked to the office's site** (`<a href="https://…">office</a>`),
  on two posts in three;
- **very long and very short posts**: two posts carry a full corpus text (20+ paragraphs)
  with four pictures and captions between the paragraphs; three are a single paragraph and a
  poster image; one post has a Google Maps embed between two paragraphs (text continues).
- furniture: Peak's skip link, header and mobile menu, breadcrumbs, "แชร์ข่าวนี้" (Facebook /
  LINE / X / คัดลอกลิงก์), tag chips, "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวที่เกี่ยวข้อง"
  cards with dates, footer visitor counter, cookie banner.
Deleted: `/news/pr67-0931` (unpublished, but still in the cached API page 2 and page 2's
ItemList); the route's template answers 200 with "ไม่พบข่าวที่ต้องการ".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import unquote

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    _clean,
    corpus_files,
    esc,
    expected_record,
    load_text,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพาณิชย์จังหวัดตราด"
PER = 9
UTM = "utm_source=rss&utm_medium=feed&utm_campaign=trat-news"
SOURCES = [
    ("กรมการค้าภายใน", "https://www.dit.go.th"),
    ("สำนักงานประชาสัมพันธ์จังหวัดตราด", "https://trat.prd.go.th"),
    None,
]
TAGS = ["ราคาสินค้า", "ธงฟ้า", "OTOP", "ผลไม้ตราด", "พาณิชย์จังหวัด", "ตลาดชุมชน"]
SHORT_IDX = (3, 13, 19)
MAP_IDX = 9
DELETED_SLUG = "pr67-0931"
DELETED_TITLE = "ประชาสัมพันธ์โครงการพาณิชย์ลดราคา ช่วยค่าครองชีพ ครั้งที่ 3 (เลื่อนออกไป)"
NOT_FOUND = "ไม่พบข่าวที่ต้องการ ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและปรับปรุงการให้บริการ ท่านสามารถเลือกยอมรับหรือปฏิเสธได้"
COUNTER = "จำนวนผู้เข้าชม 96,214 ครั้ง"
FOOTER = "ศาลากลางจังหวัดตราด ชั้น 2 ถนนวิวัฒนธรรม ตำบลบางพระ อำเภอเมืองตราด จังหวัดตราด 23000"
SKIP = "ข้ามไปยังเนื้อหา"
CAPTIONS = [
    "บรรยากาศการประชุมชี้แจง",
    "คณะทำงานลงพื้นที่ตรวจติดตาม",
    "ผู้เข้าร่วมกิจกรรมรับฟังการบรรยาย",
    "มอบเอกสารประชาสัมพันธ์แก่ผู้ประกอบการ",
]


def full_text(name: str) -> tuple[str, list[str]]:
    """A corpus text without the 7-paragraph cap (for the very long posts)."""
    path = corpus_files()[0].parent / name
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    title = _clean(re.sub(r"^รัฐบาลไทย-[^-]+-", "", lines[0]))
    paras = []
    for raw in lines[1:]:
        line = _clean(raw)
        if not line or line == title or line.startswith("ที่มา") or line == "พิมพ์":
            continue
        if re.match(r"^[\s.\-_=*•·]{5,}$", line):
            break
        if re.match(r"^วัน\S+ที่ \d+ \S+ \d{4}$", line) or len(line) < 25:
            continue
        paras.append(line)
    return title, paras


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


def split_date(d: dt.datetime, with_time: bool) -> str:
    t = f'<span class="time">{d:%H:%M} น.</span>' if with_time else ""
    return (
        f'<div class="news-date flex gap-1 text-sm text-neutral-600" aria-label="วันที่เผยแพร่">'
        f'<span class="day font-bold text-2xl">{d.day:02d}</span>'
        f'<span class="month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="year">{d.year + 543}</span>{t}</div>'
    )


class StatamicPeakSite(BaseSite):
    key = "b50_statamic_peak_apilist"
    family = "generic"
    imitates = (
        "Statamic 4 + Peak starter kit behind nginx full static caching: /news built by "
        "Alpine.js from the REST API (/api/collections/news/entries?page=N), items only in a "
        "JSON-LD ItemList, the API, an RSS feed with utm-tagged links and sitemap.xml; "
        "Content-Type without charset and <meta charset> after 1 KB; dates split over "
        "span.day/month/year/time; 'อ่าน (๑,๒๓๔)' and a PDF download counter; 'ที่มา:' linked; "
        "very long (20+ paragraphs, pictures) and one-paragraph poster posts, a map embed"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 20, 17, 0, tzinfo=TZ), offset=12
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # the two longest corpus texts among the 24 are printed in full (20+ paragraphs)
        files = {load_text(f)[0]: f for f in corpus_files()}
        fulls = {i: full_text(files[a.title].name) for i, a in enumerate(arts)}
        longest = sorted((i for i in fulls if i not in SHORT_IDX), key=lambda i: -len(fulls[i][1]))[
            :2
        ]
        self.long_idx = tuple(sorted(longest))
        for i in self.long_idx:
            title, paras = fulls[i]
            assert title == arts[i].title and len(paras) >= 20, (title, len(paras))
            tmp = Article(
                id=0, title=title, paras=paras, published=arts[i].published, time_printed=True
            )
            drop_corpus_signoffs([tmp])
            drop_contact_tails([tmp])
            arts[i].paras = tmp.paras
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 900 + (n - i) * 2
            a.extra["slug"] = f"pr67-{a.id:04d}"
            a.path = f"/news/{a.extra['slug']}"
            a.extra["uuid"] = (
                f"{a.id * 2654435761 % 16**8:08x}-{a.id:04x}-4c1e-9a7b-{a.id * 97 % 16**12:012x}"
            )
            if i in SHORT_IDX:
                a.paras = a.paras[:1]
            a.extra["kind"] = "short" if i in SHORT_IDX else "long" if i in self.long_idx else "std"
            a.modified = None
            a.views = 40 + (i * 331 + 57) % 3100
            src = SOURCES[i % 3]
            a.source = src[0] if src else None
            a.extra["src_url"] = src[1] if src else None
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(1 + i % 3)]
            a.extra["pdf"] = (f"ประกาศ-{a.id}.pdf", 20 + i * 7) if i % 4 == 1 else None
            a.extra["map"] = i == MAP_IDX
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/news/{DELETED_SLUG}"
        # the stale API cache keeps the unpublished entry in page 2's slot
        stream: list = list(arts)
        stream.insert(PER + 4, None)
        self.pages = paginate(stream, PER)
        assert len(self.pages) == 3 and self.deleted not in self.by_path

    # ------------------------------------------------------------------ urls
    def page_url(self, k: int) -> str:
        return "/news" if k == 0 else f"/news?page={k + 1}"

    def api_url(self, k: int) -> str:
        return f"/api/collections/news/entries?sort=-date&limit={PER}&page={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /cp\nDisallow: /api\n\nSitemap: /sitemap.xml\n"

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def pic(self, a, k: int = 0) -> str:
        return f"/img/asset/bWFpbi9uZXdzL3ByNjct{a.id:04d}-{k}.jpg?w=960&fit=crop&s={a.id * 31 + k:x}e0c4f"

    # ------------------------------------------------------------------ shell
    def shell(
        self, title: str, desc: str, content: str, base: str, *, canonical: str, head: str = ""
    ):
        # nginx static cache: the charset meta comes after GTM, title, SEO tags and critical CSS
        return f"""<!doctype html>
<html lang="th" class="antialiased scroll-smooth">
<head>
<script>
    window.dataLayer = window.dataLayer || [];
    function gtag(){{dataLayer.push(arguments);}}
    gtag('consent', 'default', {{
        'ad_storage': 'denied',
        'ad_user_data': 'denied',
        'ad_personalization': 'denied',
        'analytics_storage': 'denied',
        'functionality_storage': 'granted',
        'security_storage': 'granted',
        'wait_for_update': 500
    }});
    (function(w,d,s,l,i){{w[l]=w[l]||[];w[l].push({{'gtm.start':
    new Date().getTime(),event:'gtm.js'}});var f=d.getElementsByTagName(s)[0],
    j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
    'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
    }})(window,document,'script','dataLayer','GTM-T7R4TPC');
</script>
<title>{esc(title)} | {OFFICE}</title>
<meta name="description" content="{esc(desc)}">
<meta property="og:site_name" content="{OFFICE}">
<meta property="og:type" content="website">
<meta property="og:locale" content="th_TH">
<meta property="og:title" content="{esc(title)}">
<meta property="og:description" content="{esc(desc)}">
<meta property="og:url" content="{base}{canonical}">
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{base}{canonical}">
<style>
    [x-cloak]{{display:none!important}}
    @font-face{{font-family:"Sarabun";font-style:normal;font-weight:400;font-display:swap;src:url(/build/assets/sarabun-thai-400-normal-6a4f5e2b.woff2) format("woff2");unicode-range:U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC}}
    @font-face{{font-family:"Sarabun";font-style:normal;font-weight:700;font-display:swap;src:url(/build/assets/sarabun-thai-700-normal-8c1d0f7e.woff2) format("woff2");unicode-range:U+02D7,U+0303,U+0331,U+0E01-0E5B,U+200C-200D,U+25CC}}
    html{{font-family:Sarabun,ui-sans-serif,system-ui,sans-serif}}
</style>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="Zx8Qe1mR0c4nB7pV2kLs9aYt3fHw6uJd5gNi1oPq">
<link rel="alternate" type="application/rss+xml" title="{OFFICE} - ข่าวประชาสัมพันธ์" href="/news/feed">
<link rel="sitemap" type="application/xml" href="/sitemap.xml">
<link rel="icon" href="/favicons/favicon.ico">
<link rel="preload" as="style" href="/build/assets/site-4d2b8e1f.css"><link rel="stylesheet" href="/build/assets/site-4d2b8e1f.css">
<script type="module" src="/build/assets/site-9a3c7e05.js" defer></script>
{head}
</head>
<body class="flex flex-col min-h-screen bg-white selection:bg-primary selection:text-white">
<a class="fixed z-50 px-4 py-2 -translate-y-full bg-white focus:translate-y-0 top-4 left-8" href="#content">{SKIP}</a>
<header class="w-full py-4 bg-primary-900 text-white" x-data="{{ mobileNavOpen: false }}">
    <div class="fluid-container flex items-center justify-between">
        <a href="/" class="flex items-center gap-3" aria-label="{OFFICE}"><img src="/visuals/logo-moc.svg" class="h-14" alt=""><span class="font-bold text-lg">{OFFICE}<br><span class="text-sm font-normal">กระทรวงพาณิชย์</span></span></a>
        <nav class="hidden md:block" aria-label="เมนูหลัก"><ul class="flex gap-6">
            <li><a href="/">หน้าแรก</a></li>
            <li><a href="/about">เกี่ยวกับเรา</a></li>
            <li><a href="/news" aria-current="page" class="underline">ข่าวประชาสัมพันธ์</a></li>
            <li><a href="/prices">ราคาสินค้าเกษตร</a></li>
            <li><a href="/complaints">ร้องเรียน</a></li>
            <li><a href="/contact">ติดต่อ</a></li>
        </ul></nav>
        <button class="md:hidden" @click="mobileNavOpen = !mobileNavOpen" aria-label="เปิดเมนู">เมนู</button>
    </div>
</header>
<main id="content" class="flex-grow">
{content}
</main>
<footer class="py-10 bg-neutral-900 text-neutral-300">
    <div class="fluid-container grid md:grid-cols-3 gap-6 text-sm">
        <div><p class="font-bold">{OFFICE}</p><p>{FOOTER}</p><p>โทรศัพท์ 0 3951 1263</p></div>
        <div><ul><li><a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a></li><li><a href="/cookie-policy">นโยบายคุกกี้</a></li><li><a href="/sitemap.xml">แผนผังเว็บไซต์</a></li></ul></div>
        <div><p class="visitor-counter">{COUNTER}</p></div>
    </div>
</footer>
<div x-data="cookieBanner" x-cloak x-show="!consented" class="fixed bottom-0 inset-x-0 z-40 p-4 bg-white shadow-lg" role="dialog" aria-label="คุกกี้">
    <p class="text-sm">{COOKIE}</p>
    <div class="flex gap-2 mt-2"><button class="button" @click="accept()">ยอมรับ</button><button class="button-outline" @click="decline()">ปฏิเสธ</button></div>
</div>
</body>
</html>
"""

    def respond(self, text: str):
        # nginx's stock mime type for the cached .html files: no charset parameter
        return 200, {"Content-Type": "text/html", "Server": "nginx/1.24.0"}, text.encode("utf-8")

    # ------------------------------------------------------------------ listing
    def entry_json(self, a, base: str) -> dict:
        if a is None:
            return {
                "id": "0d9e6c21-5b3a-4f7e-8c1d-2a9f0e31b7c4",
                "title": DELETED_TITLE,
                "slug": DELETED_SLUG,
                "url": self.deleted,
                "permalink": base + self.deleted,
                "api_url": f"{base}/api/collections/news/entries/0d9e6c21-5b3a-4f7e-8c1d-2a9f0e31b7c4",
                "date": "2024-08-16T10:00:00+07:00",
                "excerpt": "สำนักงานพาณิชย์จังหวัดตราด ขอเลื่อนการจัดโครงการ...",
                "published": True,
                "collection": {"title": "ข่าวประชาสัมพันธ์", "handle": "news"},
            }
        return {
            "id": a.extra["uuid"],
            "title": a.title,
            "slug": a.extra["slug"],
            "url": a.path,
            "permalink": base + a.path,
            "api_url": f"{base}/api/collections/news/entries/{a.extra['uuid']}",
            "date": a.published.isoformat(),
            "excerpt": a.paras[0][:150].rstrip() + "...",
            "featured_image": {"url": self.pic(a).split("?")[0], "alt": ""},
            "published": True,
            "collection": {"title": "ข่าวประชาสัมพันธ์", "handle": "news"},
        }

    def render_api(self, k: int, base: str):
        n = len(self.pages)
        total = sum(len(p) for p in self.pages)
        lk = lambda j: f"{base}{self.api_url(j)}" if 0 <= j < n else None  # noqa: E731
        doc = {
            "data": [self.entry_json(a, base) for a in self.pages[k]],
            "links": {"first": lk(0), "last": lk(n - 1), "prev": lk(k - 1), "next": lk(k + 1)},
            "meta": {
                "current_page": k + 1,
                "from": k * PER + 1,
                "last_page": n,
                "path": f"{base}/api/collections/news/entries",
                "per_page": PER,
                "to": k * PER + len(self.pages[k]),
                "total": total,
            },
        }
        body = json.dumps(doc, ensure_ascii=False).encode()
        return (
            200,
            {
                "Content-Type": "application/json",
                "X-Powered-By": "Statamic",
                "Cache-Control": "no-cache, private",
            },
            body,
        )

    def render_list(self, k: int, base: str):
        n = len(self.pages)
        items = []
        for pos, a in enumerate(self.pages[k]):
            url = self.deleted if a is None else a.path
            name = DELETED_TITLE if a is None else a.title
            items.append(
                {
                    "@type": "ListItem",
                    "position": k * PER + pos + 1,
                    "url": base + url,
                    "name": name,
                }
            )
        ld = {
            "@context": "https://schema.org",
            "@type": "ItemList",
            "name": "ข่าวประชาสัมพันธ์",
            "numberOfItems": len(items),
            "itemListElement": items,
        }
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        if k > 0:
            head += f'\n<link rel="prev" href="{self.page_url(k - 1)}">'
        if k < n - 1:
            head += f'\n<link rel="next" href="{self.page_url(k + 1)}">'
        content = f"""<section class="fluid-container py-10">
    <nav aria-label="breadcrumbs" class="text-sm mb-4"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li aria-hidden="true">/</li><li aria-current="page">ข่าวประชาสัมพันธ์</li></ol></nav>
    <h1 class="text-3xl font-bold mb-6">ข่าวประชาสัมพันธ์</h1>
    <div x-data="newsIndex({{ endpoint: '/api/collections/news/entries', perPage: {PER}, page: {k + 1} }})" x-init="load()">
        <div class="grid md:grid-cols-3 gap-6" aria-live="polite">
            <template x-if="loading"><p class="col-span-3 text-neutral-500">กำลังโหลดข้อมูล...</p></template>
            <template x-for="item in items" :key="item.id">
                <article class="news-card rounded shadow overflow-hidden">
                    <a :href="item.url" class="block">
                        <img :src="item.featured_image ? item.featured_image.url + '?w=640' : '/visuals/news-placeholder.jpg'" alt="" class="aspect-video object-cover w-full" loading="lazy">
                        <div class="p-4">
                            <p class="text-sm text-neutral-500" x-text="formatThaiDate(item.date)"></p>
                            <h2 class="font-bold text-lg" x-text="item.title"></h2>
                            <p class="text-sm" x-text="item.excerpt"></p>
                        </div>
                    </a>
                </article>
            </template>
        </div>
        <nav class="flex justify-center gap-2 mt-8" aria-label="เลขหน้า">
            <button type="button" class="button-outline" :disabled="meta.current_page === 1" @click="go(meta.current_page - 1)">&laquo; ก่อนหน้า</button>
            <template x-for="p in meta.last_page" :key="p"><button type="button" :class="p === meta.current_page ? 'button' : 'button-outline'" @click="go(p)" x-text="p"></button></template>
            <button type="button" class="button-outline" :disabled="meta.current_page === meta.last_page" @click="go(meta.current_page + 1)">ถัดไป &raquo;</button>
        </nav>
    </div>
</section>"""
        title = "ข่าวประชาสัมพันธ์" + (f" หน้า {k + 1}" if k else "")
        return self.respond(
            self.shell(
                title,
                f"ข่าวประชาสัมพันธ์ {OFFICE}",
                content,
                base,
                canonical=self.page_url(k),
                head=head,
            )
        )

    def render_feed(self, base: str):
        items = "".join(
            f"""
    <item>
      <title>{esc(a.title)}</title>
      <link>{base}{a.path}?{UTM.replace("&", "&amp;")}</link>
      <guid isPermaLink="false">{a.extra["uuid"]}</guid>
      <pubDate>{a.published.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
      <description>{esc(a.paras[0][:200])}</description>
    </item>"""
            for a in self.articles
        )
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>{OFFICE} - ข่าวประชาสัมพันธ์</title>
    <link>{base}/news</link>
    <atom:link href="{base}/news/feed" rel="self" type="application/rss+xml" />
    <description>ข่าวประชาสัมพันธ์ {OFFICE}</description>
    <language>th</language>{items}
  </channel>
</rss>
"""
        return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, xml.encode()

    def render_sitemap(self, base: str):
        urls = [("/", "2024-09-20"), ("/news", "2024-09-20"), ("/about", "2023-11-02")]
        urls += [(a.path, a.published.date().isoformat()) for a in self.articles]
        body = "".join(
            f"<url><loc>{base}{u}</loc><lastmod>{d}</lastmod><changefreq>weekly</changefreq><priority>0.5</priority></url>"
            for u, d in urls
        )
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>\n'
        return 200, {"Content-Type": "text/xml; charset=UTF-8"}, xml.encode()

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["kind"] == "long":
            step = max(2, len(out) // 5)
            for k in range(4, 0, -1):
                at = min(len(out) - 1, k * step)
                out.insert(
                    at,
                    f'<figure class="my-6"><img src="{self.pic(a, k)}" alt="" class="w-full rounded" loading="lazy">'
                    f'<figcaption class="text-sm text-neutral-500 mt-1">{CAPTIONS[k - 1]}</figcaption></figure>',
                )
        if a.extra["map"]:
            out.insert(
                2,
                '<div class="map-embed my-6"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3890.2!2d102.5147!3d12.2436!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="320" style="border:0" allowfullscreen loading="lazy" referrerpolicy="no-referrer-when-downgrade" title="แผนที่ตลาดนัดชุมชน"></iframe></div>',
            )
        if a.extra["kind"] == "short":
            out.append(
                f'<figure class="poster my-6"><img src="{self.pic(a, 9)}" alt="โปสเตอร์ประชาสัมพันธ์" class="mx-auto"></figure>'
            )
        if a.source:
            out.append(
                f'<p class="news-source">ที่มา: <a href="{a.extra["src_url"]}" target="_blank" rel="noopener">{esc(a.source)}</a></p>'
            )
        return "\n".join(out)

    def render_post(self, a, base: str):
        older, newer = self.neighbours(a)
        url = base + a.path
        pdf = ""
        if a.extra["pdf"]:
            name, dl = a.extra["pdf"]
            pdf = f"""<div class="attachments mt-6 p-4 bg-neutral-50 rounded"><h2 class="font-bold">เอกสารแนบ</h2>
    <a href="/assets/documents/{name}" class="underline" download>{esc(name)}</a> <span class="text-sm text-neutral-500">(PDF, 245 KB · ดาวน์โหลด {th_num(dl)} ครั้ง)</span></div>"""
        tags = "".join(f'<a href="/news/tags/{esc(t)}" class="chip">#{esc(t)}</a>' for t in a.tags)
        rel = "".join(
            f"""<article class="news-card"><a href="{x.path}" class="block"><img src="{self.pic(x)}" alt="" loading="lazy">{split_date(x.published, x.time_printed)}<h3 class="font-bold">{esc(x.title)}</h3></a></article>"""
            for x in self.related(a)
        )
        pn = '<nav class="news-pager grid grid-cols-2 gap-4 my-8" aria-label="ข่าวอื่น">'
        pn += (
            f'<a href="{older.path}" class="block"><span class="text-sm">&larr; ข่าวก่อนหน้า</span><span class="block font-bold">{esc(older.title)}</span></a>'
            if older
            else "<span></span>"
        )
        pn += (
            f'<a href="{newer.path}" class="block text-right"><span class="text-sm">ข่าวถัดไป &rarr;</span><span class="block font-bold">{esc(newer.title)}</span></a>'
            if newer
            else "<span></span>"
        )
        pn += "</nav>"
        content = f"""<article class="fluid-container py-10 max-w-4xl">
    <nav aria-label="breadcrumbs" class="text-sm mb-4"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li aria-hidden="true">/</li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li aria-hidden="true">/</li><li aria-current="page">{esc(a.title)}</li></ol></nav>
    <header class="mb-6">
        <h1 class="text-3xl font-bold">{esc(a.title)}</h1>
        <div class="flex items-center gap-4 mt-2">
            {split_date(a.published, a.time_printed)}
            <span class="news-views text-sm text-neutral-600"><svg class="w-4 h-4 inline" aria-hidden="true" viewBox="0 0 24 24"><path d="M12 5c-7 0-10 7-10 7s3 7 10 7 10-7 10-7-3-7-10-7z"/></svg> อ่าน ({th_num(a.views)})</span>
        </div>
    </header>
    <figure class="mb-6"><img src="{self.pic(a)}" alt="" class="w-full rounded"></figure>
    <div class="prose max-w-none news-body">
{self.body_html(a)}
    </div>
    {pdf}
    <div class="tags flex flex-wrap gap-2 mt-6">{tags}</div>
    <div class="share flex items-center gap-3 mt-6" x-data="{{ copied: false }}"><span class="font-bold">แชร์ข่าวนี้</span>
        <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener" aria-label="Facebook">Facebook</a>
        <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener" aria-label="LINE">LINE</a>
        <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener" aria-label="X">X</a>
        <button type="button" @click="navigator.clipboard.writeText('{url}'); copied = true" x-text="copied ? 'คัดลอกแล้ว' : 'คัดลอกลิงก์'">คัดลอกลิงก์</button>
    </div>
    {pn}
</article>
<section class="bg-neutral-100 py-10"><div class="fluid-container"><h2 class="text-2xl font-bold mb-4">ข่าวที่เกี่ยวข้อง</h2><div class="grid md:grid-cols-3 gap-6">{rel}</div></div></section>"""
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Organization", "name": OFFICE, "url": base + "/"},
                {
                    "@type": "BreadcrumbList",
                    "itemListElement": [
                        {"@type": "ListItem", "position": 1, "name": "หน้าแรก", "item": base + "/"},
                        {
                            "@type": "ListItem",
                            "position": 2,
                            "name": "ข่าวประชาสัมพันธ์",
                            "item": base + "/news",
                        },
                        {"@type": "ListItem", "position": 3, "name": a.title, "item": url},
                    ],
                },
            ],
        }
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        return self.respond(
            self.shell(a.title, a.paras[0][:160], content, base, canonical=a.path, head=head)
        )

    def render_deleted(self, base: str):
        content = f"""<article class="fluid-container py-10 max-w-4xl">
    <header class="mb-6"><h1 class="text-3xl font-bold"></h1></header>
    <div class="prose max-w-none news-body"><div class="p-6 bg-yellow-50 rounded">{NOT_FOUND}</div>
    <p><a href="/news">&larr; กลับไปหน้าข่าวประชาสัมพันธ์</a></p></div>
</article>"""
        return self.respond(self.shell("ไม่พบข่าว", OFFICE, content, base, canonical=self.deleted))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/news":
            page = query.get("page", ["1"])[0]
            if page.isdigit() and 1 <= int(page) <= len(self.pages):
                return self.render_list(int(page) - 1, base)
            return None
        if path == "/api/collections/news/entries":
            page = query.get("page", ["1"])[0]
            if page.isdigit() and 1 <= int(page) <= len(self.pages):
                return self.render_api(int(page) - 1, base)
            return None
        if path == "/news/feed":
            return self.render_feed(base)
        if path == "/sitemap.xml":
            return self.render_sitemap(base)
        if path == self.deleted:
            return self.render_deleted(base)
        a = self.by_path.get(path.rstrip("/"))
        if a is not None:
            return self.render_post(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "เอกสารแนบ",
                "ดาวน์โหลด",
                f"อ่าน ({th_num(a.views)})",
                COOKIE,
                COUNTER,
                FOOTER,
                SKIP,
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a) if x is not a]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = StatamicPeakSite()

if __name__ == "__main__":
    main(SITE)
