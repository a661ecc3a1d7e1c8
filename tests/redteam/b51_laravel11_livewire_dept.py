"""Blind-51 red-team site (part C): a department portal (กรมสวัสดิการและคุ้มครองแรงงาน-like,
"กองประชาสัมพันธ์" news) on **Laravel 11 + Livewire 3 + Tailwind CSS** (Vite build assets,
`wire:snapshot` / `wire:effects` / `wire:id` component roots, `wire:navigate` links,
`/livewire/livewire.min.js` with `data-update-uri="/livewire/update"`, Alpine `x-data`),
the in-house portal style of Thai departments since 2021: card grid, Thai-digit dates, an
accessibility bar and a PDPA consent. Built blind (no crawler, pipeline, bench or fixture
read).

Looked up with the search tool (code corpus): Livewire pagination views as projects copy and
customise them (`wire:click="gotoPage(N)"`, `previousPage` / `nextPage` buttons with
`wire:loading.attr="disabled"`, `rel="prev"` / `rel="next"` on buttons, no hrefs), the
Livewire docs' pagination page (WithPagination, the page kept in the query string while
navigation happens through component updates), Filament's pagination Blade component docs.
Livewire 3's snapshot attributes, its default Tailwind pagination view (`aria-label="Go to
page N"`, `wire:key="paginator-page-page2"`, "Showing … to … of … results"), Carbon's Thai
`diffForHumans()` ("๓ วันที่แล้ว"), spatie/laravel-sitemap's output and schema.org
`NewsArticle` are from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a listing paged only through Livewire component updates** — `/news` is a Livewire
  component; its pager is `<button wire:click="gotoPage(2, 'page')">` / `nextPage('page')`
  buttons (POST to `/livewire/update`; no href anywhere). `?page=2` answers over GET (the
  component's `#[Url]` page) but no link names it; the articles are reachable through the
  sidebar's **"คลังข่าว" month archive** (`/news/archive/2024-03`, plain GET pages listing a
  month's items) and **`/sitemap.xml`** (robots.txt `Sitemap:`); `listing_pages` are the
  three GET pages;
- **NEW: the article page prints only a relative age** ("เผยแพร่ ๓ วันที่แล้ว",
  "๒ สัปดาห์ที่แล้ว", "๑ เดือนที่แล้ว", frozen in the page cache); the date is only in
  `<meta property="article:published_time">` and the JSON-LD `NewsArticle.datePublished`
  (with the time); the listing cards print the day ("๑๒ มี.ค. ๒๕๖๗");
- **NEW: a headline carrying another date** — on one item in six the editor titled the
  release "ข่าวประจำวันที่ ๑๑ มีนาคม ๒๕๖๗ – <headline>" (the day of the events, one or two
  days before the post); one corpus headline also names its own day ("… ประจำวันที่ 9
  กรกฎาคม 2563");
- **NEW: the accessibility bar ("ขนาดตัวอักษร" ก- ก ก+, "การแสดงผล" ปกติ / ความคมชัดสูง /
  ขาวดำ, "ภาษา" TH | EN) and the PDPA consent dialog inside `<main>`** (Livewire
  components rendered in the page slot, the bar above the breadcrumb and the dialog between
  the text and the tags);
- **NEW: the counter abbreviated in Thai with no exact figure** — "เข้าชม ๑.๒ พัน ครั้ง",
  "๑.๒ หมื่น ครั้ง" (exact "๘๔๕ ครั้ง" under a thousand): the expected `view_count` is the
  printed number expanded (๑.๒ พัน → 1200, ๑.๒ หมื่น → 12000);
- **NEW: bilingual posts** — three items print the Thai text and then "English version" and
  an English text (two paragraphs) in the same prose `div`: both are the text;
- **NEW: visitors' comments printed like paragraphs** — on one item in three, after the text
  and inside the same prose `div`, a plain `<p>` "ความคิดเห็นจากผู้อ่าน (๒)" and each comment
  as a `<p>` "<strong>name</strong> (date): long text";
- source "ที่มา : <office>" or "เรียบเรียง : <office>" as a line after the text (most);
- furniture: tag chips "#…", share "แชร์" (Facebook / LINE / X / คัดลอกลิงก์), "พิมพ์",
  "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวที่เกี่ยวข้อง" cards with relative ages,
  footer visitor counter, breadcrumbs with the headline.
Deleted: `/news/6621` (a card on page 2 and a stale sitemap entry) answers 200 with the
component's empty state: blank `h1`, "ไม่พบข่าวที่ท่านต้องการ อาจถูกลบหรือย้ายไปแล้ว".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
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
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมสวัสดิการและคุ้มครองแรงงาน"
DEPT_EN = "Department of Labour Protection and Welfare"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 8
NOW = dt.datetime(2024, 3, 22, 9, 30, tzinfo=TZ)  # when the page cache was built
SOURCES = [
    ("ที่มา", "กองประชาสัมพันธ์ กรมสวัสดิการและคุ้มครองแรงงาน"),
    ("เรียบเรียง", "กลุ่มงานประชาสัมพันธ์"),
    None,
    ("ที่มา", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดขอนแก่น"),
    ("เรียบเรียง", "กองนิติการ"),
]
TAGS = ["แรงงาน", "คุ้มครองแรงงาน", "ความปลอดภัย", "สวัสดิการ", "นายจ้าง", "ลูกจ้าง"]
DELETED_ID = 6621
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกโครงการสถานประกอบกิจการดีเด่น (ฉบับแก้ไข)"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ อาจถูกลบหรือย้ายไปแล้ว"
PDPA = (
    "กรมสวัสดิการและคุ้มครองแรงงานใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีในการใช้งานเว็บไซต์ "
    "โดยการใช้งานเว็บไซต์นี้ถือว่าท่านยอมรับนโยบายการคุ้มครองข้อมูลส่วนบุคคล"
)
COUNTER = "ผู้เข้าชมเว็บไซต์ ๒,๔๑๘,๐๗๓ คน"
FOOTER = "ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400 สายด่วน 1546"
RELATED = "ข่าวที่เกี่ยวข้อง"
ARCHIVE = "คลังข่าว"
COMMENTS = "ความคิดเห็นจากผู้อ่าน"
EN_LABEL = "English version"
# the English versions (written for this site: short summaries of the Thai releases' facts)
ENGLISH = {
    0: [
        "The Prime Minister led cabinet members on a special train from Khon Kaen to Tha Phra and visited the elevated station of the Jira - Khon Kaen double-track railway project.",
        "He praised the elevated station for making travel easier and for reducing the risk of accidents at level crossings, and asked the agencies concerned to finish the remaining work on time.",
    ],
    6: [
        "The Department of Labour Protection and Welfare announced the results of the election of employer and employee representatives to the 19th National Advisory Council for Labour Development.",
        "The elected representatives will sit on the council, which advises the government on labour development policy, skill standards and cooperation between employers and workers.",
    ],
    13: [
        "The Ministry of Finance asked Krung Thai Bank to design financial products that support investment in the Eastern Economic Corridor, especially in the target industries of the Thailand 4.0 policy.",
        "As a large bank in which the ministry is the main shareholder, Krung Thai can help build investor confidence and take a proactive part in financing EEC projects.",
    ],
}
# readers' comments (made up for this site), printed as paragraphs after the text
COMMENT_POOL = [
    (
        "สมศักดิ์ ใจมั่น",
        "ขอบคุณข้อมูลครับ อยากให้มีการลงพื้นที่ชี้แจงในต่างจังหวัดมากกว่านี้ เพราะลูกจ้างในโรงงานขนาดเล็กหลายแห่งยังไม่ทราบสิทธิของตนเอง และไม่กล้าสอบถามนายจ้างโดยตรง",
    ),
    (
        "วิไลวรรณ ศรีสุข",
        "เป็นโครงการที่ดีมากค่ะ แต่อยากทราบว่าผู้ที่ทำงานรับจ้างอิสระหรือทำงานที่บ้านจะได้รับความคุ้มครองแบบเดียวกันหรือไม่ และต้องติดต่อหน่วยงานใดในจังหวัดเพื่อขอคำปรึกษาเพิ่มเติมคะ",
    ),
    (
        "ประยูร แก้วประเสริฐ",
        "ติดตามข่าวของกรมมาตลอด เห็นการเปลี่ยนแปลงที่ดีขึ้นในสถานประกอบการแถวบ้าน ขอให้เจ้าหน้าที่ตรวจแรงงานเข้มงวดเรื่องความปลอดภัยในการทำงานต่อไปครับ",
    ),
    (
        "นันทนา บุญมี",
        "อยากให้เผยแพร่ข่าวนี้เป็นภาษาเมียนมาและภาษากัมพูชาด้วยค่ะ แรงงานข้ามชาติในชุมชนของดิฉันจำนวนมากอ่านภาษาไทยไม่ได้ จึงไม่ได้รับข้อมูลที่สำคัญแบบนี้",
    ),
]


def th(s) -> str:
    return thai_digits(s)


def thai_day(d: dt.datetime, short_year=False) -> str:
    y = str(d.year + 543)
    return th(f"{d.day} {MONTHS_ABBR[d.month - 1]} {y[-2:] if short_year else y}")


def rel_age(d: dt.datetime) -> str:
    """Carbon th diffForHumans() with Thai digits."""
    sec = (NOW - d).total_seconds()
    if sec < 3600:
        return th(f"{max(1, int(sec // 60))} นาทีที่แล้ว")
    if sec < 86400:
        return th(f"{int(sec // 3600)} ชั่วโมงที่แล้ว")
    days = int(sec // 86400)
    if days < 7:
        return th(f"{days} วันที่แล้ว")
    if days < 30:
        return th(f"{days // 7} สัปดาห์ที่แล้ว")
    return th(f"{days // 30} เดือนที่แล้ว")


def thai_count(n: int) -> str:
    if n < 1000:
        return th(f"{n:,}")
    if n < 10000:
        return th(f"{n / 1000:.1f}".removesuffix(".0")) + " พัน"
    return th(f"{n / 10000:.1f}".removesuffix(".0")) + " หมื่น"


def month_key(d: dt.datetime) -> str:
    return f"{d.year}-{d.month:02d}"


LIVEWIRE_JS = '<script src="/livewire/livewire.min.js?id=239a5c52" data-csrf="Xk2Pq8vL0aR3mT7nW1yB5cZ9dF4gH6jK2sQ8uV0e" data-update-uri="/livewire/update" data-navigate-once="true"></script>'


def snapshot(name: str, wid: str, data: dict) -> str:
    snap = {
        "data": data,
        "memo": {
            "id": wid,
            "name": name,
            "path": "news",
            "method": "GET",
            "children": [],
            "scripts": [],
            "assets": [],
            "errors": [],
            "locale": "th",
        },
        "checksum": "5f0c9e1b7a2d4c3e8b6a1f0d9c8e7b6a5d4c3b2a1f0e9d8c7b6a5f4e3d2c1b0a",
    }
    return esc(json.dumps(snap, separators=(",", ":")))


class LaravelLivewireDeptSite(BaseSite):
    key = "b51_laravel11_livewire_dept"
    family = "generic"
    imitates = (
        "Laravel 11 + Livewire 3 + Tailwind department portal: /news a Livewire component "
        "paged only by wire:click buttons (POST /livewire/update; ?page=N answers over GET, "
        "unlinked), items reachable through a month archive /news/archive/YYYY-MM and "
        "/sitemap.xml; article pages print only a relative age (Thai digits), the date in "
        "article:published_time and JSON-LD; headline prefixed 'ข่าวประจำวันที่ …' (another "
        "day); accessibility bar and PDPA dialog inside <main>; counter '๑.๒ พัน ครั้ง' "
        "with no exact figure; bilingual Thai + English posts; readers' comments as "
        "paragraphs in the prose div; 'ที่มา :' / 'เรียบเรียง :' source; share, tags, "
        "prev/next titles, related cards, footer counter"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 21, 18, 0, tzinfo=TZ), offset=31
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 6600 + (n - i) * 2 + (i % 2)
            a.path = f"/news/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.modified = None
            a.time_printed = True  # the machine date (meta, JSON-LD) carries the time
            v = 45 + (i * 617 + 29) % 4800
            if i % 7 == 3:
                v += 9500
            if v >= 10000:
                v = round(v / 1000) * 1000
            elif v >= 1000:
                v = round(v / 100) * 100
            a.views = v
            if i % 6 == 2:
                ev = a.published - dt.timedelta(days=1 + i % 2)
                a.extra["title_day"] = ev
                a.title = f"ข่าวประจำวันที่ {th(ev.day)} {MONTHS[ev.month - 1]} {th(ev.year + 543)} – {a.title}"
            if i in ENGLISH:
                a.paras = a.paras + ENGLISH[i]
                a.extra["en"] = True
            a.extra["comments"] = (
                [COMMENT_POOL[(i + k) % len(COMMENT_POOL)] for k in range(2)] if i % 3 == 1 else []
            )
            a.extra["pic"] = i % 5 != 4
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id
        self.months = sorted({month_key(a.published) for a in arts}, reverse=True)

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/news", "/news?page=2", "/news?page=3"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (5, 9, 14)]

    def pic(self, a):
        return f"/storage/news/{a.published:%Y/%m}/{a.id}-cover.webp"

    # ------------------------------------------------------------------ shell
    def a11y_bar(self) -> str:
        return """<div wire:snapshot="{&quot;data&quot;:{&quot;fontSize&quot;:0,&quot;contrast&quot;:&quot;normal&quot;},&quot;memo&quot;:{&quot;id&quot;:&quot;a11yQ3r&quot;,&quot;name&quot;:&quot;accessibility-bar&quot;}}" wire:id="a11yQ3r" x-data="{ size: $wire.entangle('fontSize') }" class="a11y-bar flex flex-wrap items-center justify-end gap-3 bg-slate-100 px-4 py-1 text-sm" role="toolbar" aria-label="เครื่องมือช่วยการเข้าถึง">
  <span>ขนาดตัวอักษร</span>
  <button type="button" wire:click="setFont(-1)" class="px-1">ก-</button>
  <button type="button" wire:click="setFont(0)" class="px-1 text-base">ก</button>
  <button type="button" wire:click="setFont(1)" class="px-1 text-lg">ก+</button>
  <span class="ms-3">การแสดงผล</span>
  <button type="button" wire:click="setContrast('normal')">ปกติ</button>
  <button type="button" wire:click="setContrast('high')">ความคมชัดสูง</button>
  <button type="button" wire:click="setContrast('gray')">ขาวดำ</button>
  <span class="ms-3">ภาษา</span>
  <a href="/news" hreflang="th" class="font-bold">TH</a> | <a href="/en/news" hreflang="en">EN</a>
</div>"""

    def pdpa(self) -> str:
        return f"""<div wire:snapshot="{{&quot;data&quot;:{{&quot;accepted&quot;:false}},&quot;memo&quot;:{{&quot;id&quot;:&quot;pdpa9Lk&quot;,&quot;name&quot;:&quot;pdpa-consent&quot;}}}}" wire:id="pdpa9Lk" x-data="{{ open: true }}" x-show="open" role="dialog" aria-modal="true" aria-labelledby="pdpa-title" class="pdpa-consent my-6 rounded-xl border border-blue-200 bg-blue-50 p-4 text-sm">
  <p id="pdpa-title" class="font-semibold">การคุ้มครองข้อมูลส่วนบุคคล (PDPA)</p>
  <p>{PDPA}</p>
  <div class="mt-2 flex gap-2"><button type="button" wire:click="acceptAll" x-on:click="open = false" class="rounded bg-blue-700 px-3 py-1 text-white">ยอมรับทั้งหมด</button><button type="button" wire:click="settings" class="rounded border px-3 py-1">ตั้งค่าคุกกี้</button></div>
</div>"""

    def archive_box(self) -> str:
        items = "".join(
            f'<li><a href="/news/archive/{m}" class="hover:underline">{MONTHS[int(m[5:]) - 1]} {th(int(m[:4]) + 543)}</a></li>'
            for m in self.months
        )
        return f"""<aside class="rounded-xl bg-white p-4 shadow">
  <h2 class="mb-2 text-lg font-semibold text-blue-900">{ARCHIVE}</h2>
  <ul class="space-y-1 text-sm">{items}</ul>
</aside>"""

    def shell(self, title: str, main_html: str, *, head_extra: str = "", aside: bool = True):
        side = f'<div class="lg:col-span-1 space-y-6">{self.archive_box()}</div>' if aside else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="Xk2Pq8vL0aR3mT7nW1yB5cZ9dF4gH6jK2sQ8uV0e">
    <title>{title}</title>
{head_extra}    <link rel="sitemap" type="application/xml" href="/sitemap.xml">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=sarabun:400,600,700&display=swap" rel="stylesheet" />
    <link rel="preload" as="style" href="/build/assets/app-D4kR9xQe.css" /><link rel="modulepreload" href="/build/assets/app-Bq7mN2sL.js" /><link rel="stylesheet" href="/build/assets/app-D4kR9xQe.css" /><script type="module" src="/build/assets/app-Bq7mN2sL.js"></script>
    <style>[wire\\:loading], [wire\\:loading\\.delay] {{display: none;}} [wire\\:offline] {{display: none;}} [wire\\:dirty]:not(textarea):not(input):not(select) {{display: none;}} :root {{--livewire-progress-bar-color: #2299dd;}} [x-cloak] {{display: none !important;}}</style>
</head>
<body class="font-sans antialiased bg-slate-50 text-slate-800">
<header class="bg-blue-900 text-white">
  <div class="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3">
    <a href="/" wire:navigate><img src="/images/logo-dlpw.png" alt="{DEPT}" class="h-14"></a>
    <div><p class="text-xl font-bold">{DEPT}</p><p class="text-sm text-blue-100">{DEPT_EN}</p></div>
  </div>
  <nav class="bg-blue-800"><ul class="mx-auto flex max-w-7xl gap-6 px-4 py-2 text-sm"><li><a href="/" wire:navigate>หน้าหลัก</a></li><li><a href="/about" wire:navigate>เกี่ยวกับกรม</a></li><li><a href="/news" wire:navigate class="font-bold">ข่าวประชาสัมพันธ์</a></li><li><a href="/services" wire:navigate>บริการประชาชน</a></li><li><a href="/ita" wire:navigate>ITA</a></li><li><a href="/contact" wire:navigate>ติดต่อเรา</a></li></ul></nav>
</header>
<div class="mx-auto grid max-w-7xl gap-6 px-4 py-6 lg:grid-cols-4">
  <main id="main-content" class="lg:col-span-3">
{main_html}
  </main>
  {side}
</div>
<footer class="mt-10 bg-slate-800 py-8 text-sm text-slate-200">
  <div class="mx-auto grid max-w-7xl gap-4 px-4 md:grid-cols-3">
    <div><p class="font-semibold">{DEPT}</p><p>{FOOTER}</p></div>
    <div><p>นโยบายเว็บไซต์ | นโยบายคุ้มครองข้อมูลส่วนบุคคล | แผนผังเว็บไซต์</p></div>
    <div><p class="visitor-counter">{COUNTER}</p></div>
  </div>
</footer>
{LIVEWIRE_JS}
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, nid: int, title: str, d: dt.datetime, pic: str | None) -> str:
        img = pic or "/images/news-placeholder.webp"
        return f"""<a href="/news/{nid}" wire:navigate wire:key="news-{nid}" class="group block overflow-hidden rounded-xl bg-white shadow transition hover:shadow-lg">
  <img src="{img}" alt="" class="aspect-video w-full object-cover" loading="lazy">
  <div class="p-4">
    <p class="text-xs text-slate-500"><svg class="inline h-4 w-4" aria-hidden="true"></svg> {thai_day(d)}</p>
    <h3 class="mt-1 line-clamp-3 font-semibold text-blue-900 group-hover:underline">{esc(title)}</h3>
  </div>
</a>"""

    def pager(self, k: int, total: int) -> str:
        """Livewire 3's Tailwind pagination view (Thai strings): buttons only."""
        n = len(self.pages)
        cur = k + 1
        first = k * PER + 1
        last = min(total, first + PER - 1)
        btn = "relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 hover:text-gray-500"
        scroll = "x-on:click=\"$el.closest('body').scrollIntoView()\""
        parts = []
        if cur == 1:
            parts.append(
                '<span aria-disabled="true" aria-label="&laquo; ก่อนหน้า"><span class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-l-md leading-5" aria-hidden="true">&lsaquo;</span></span>'
            )
        else:
            parts.append(
                f'<button type="button" wire:click="previousPage(\'page\')" {scroll} dusk="previousPage.after" rel="prev" class="{btn} rounded-l-md" aria-label="&laquo; ก่อนหน้า">&lsaquo;</button>'
            )
        for j in range(1, n + 1):
            if j == cur:
                parts.append(
                    f'<span wire:key="paginator-page-page{j}"><span aria-current="page"><span class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-white bg-blue-700 border border-gray-300 cursor-default leading-5">{j}</span></span></span>'
                )
            else:
                parts.append(
                    f'<span wire:key="paginator-page-page{j}"><button type="button" wire:click="gotoPage({j}, \'page\')" {scroll} class="{btn}" aria-label="ไปหน้า {j}">{j}</button></span>'
                )
        if cur < n:
            parts.append(
                f'<button type="button" wire:click="nextPage(\'page\')" {scroll} dusk="nextPage.after" rel="next" class="{btn} rounded-r-md" aria-label="ถัดไป &raquo;">&rsaquo;</button>'
            )
        else:
            parts.append(
                '<span aria-disabled="true" aria-label="ถัดไป &raquo;"><span class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-r-md leading-5" aria-hidden="true">&rsaquo;</span></span>'
            )
        mobile_prev = (
            '<span class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md select-none">&laquo; ก่อนหน้า</span>'
            if cur == 1
            else f'<button type="button" wire:click="previousPage(\'page\')" {scroll} wire:loading.attr="disabled" dusk="previousPage.before" class="{btn} rounded-md">&laquo; ก่อนหน้า</button>'
        )
        mobile_next = (
            f'<button type="button" wire:click="nextPage(\'page\')" {scroll} wire:loading.attr="disabled" dusk="nextPage.before" class="{btn} rounded-md">ถัดไป &raquo;</button>'
            if cur < n
            else '<span class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md select-none">ถัดไป &raquo;</span>'
        )
        return f"""<div class="mt-8">
  <nav role="navigation" aria-label="Pagination Navigation" class="flex items-center justify-between">
    <div class="flex justify-between flex-1 sm:hidden">{mobile_prev}{mobile_next}</div>
    <div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
      <div><p class="text-sm text-gray-700 leading-5"><span>แสดง</span> <span class="font-medium">{first}</span> <span>ถึง</span> <span class="font-medium">{last}</span> <span>จาก</span> <span class="font-medium">{total}</span> <span>รายการ</span></p></div>
      <div><span class="relative z-0 inline-flex rtl:flex-row-reverse rounded-md shadow-sm">{"".join(parts)}</span></div>
    </div>
  </nav>
</div>"""

    def render_list(self, k: int):
        cards = [
            self.card(a.id, a.title, a.published, self.pic(a) if a.extra["pic"] else None)
            for a in self.pages[k]
        ]
        if k == 1:
            cards.insert(
                2,
                self.card(
                    DELETED_ID, DELETED_TITLE, dt.datetime(2024, 2, 28, 10, 5, tzinfo=TZ), None
                ),
            )
        total = len(self.articles) + 1
        snap = snapshot(
            "news-list",
            "nWq81PzR",
            {"search": "", "category": None, "paginators": [{"page": k + 1}, {"s": "arr"}]},
        )
        effects = esc(
            json.dumps(
                {
                    "url": {
                        "paginators.page": {
                            "as": "page",
                            "use": "push",
                            "alwaysShow": False,
                            "except": None,
                        }
                    }
                },
                separators=(",", ":"),
            )
        )
        main_html = f"""{self.a11y_bar()}
<nav aria-label="breadcrumb" class="my-3 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/" wire:navigate>หน้าหลัก</a></li><li>/</li><li>{SECTION}</li></ol></nav>
<h1 class="mb-4 text-2xl font-bold text-blue-900">{SECTION}</h1>
<div wire:snapshot="{snap}" wire:effects="{effects}" wire:id="nWq81PzR">
  <div class="mb-4 flex gap-2"><input type="search" wire:model.live.debounce.500ms="search" placeholder="ค้นหาข่าว..." class="w-full rounded-lg border px-3 py-2"></div>
  <div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">
{"".join(cards)}
  </div>
{self.pager(k, total)}
</div>
{self.pdpa()}"""
        canon = "/news" if k == 0 else f"/news?page={k + 1}"
        return self.html_response(
            self.shell(
                f"{SECTION} | {DEPT}",
                main_html,
                head_extra=f'    <link rel="canonical" href="{canon}">\n',
            )
        )

    def render_archive(self, m: str):
        items = [a for a in self.articles if month_key(a.published) == m]
        if not items:
            return None
        y, mo = int(m[:4]), int(m[5:])
        rows = "".join(
            f'<li class="flex gap-3 border-b py-2"><span class="w-28 shrink-0 text-sm text-slate-500">{thai_day(a.published)}</span><a href="/news/{a.id}" wire:navigate class="text-blue-900 hover:underline">{esc(a.title)}</a></li>'
            for a in items
        )
        label = f"{MONTHS[mo - 1]} {th(y + 543)}"
        main_html = f"""{self.a11y_bar()}
<nav aria-label="breadcrumb" class="my-3 text-sm text-slate-500"><ol class="flex gap-2"><li><a href="/" wire:navigate>หน้าหลัก</a></li><li>/</li><li><a href="/news" wire:navigate>{SECTION}</a></li><li>/</li><li>{ARCHIVE} {label}</li></ol></nav>
<h1 class="mb-4 text-2xl font-bold text-blue-900">{ARCHIVE} : {label}</h1>
<ul class="rounded-xl bg-white p-4 shadow">{rows}</ul>"""
        return self.html_response(self.shell(f"{ARCHIVE} {label} | {DEPT}", main_html))

    # ------------------------------------------------------------------ article
    def prose(self, a) -> str:
        out = []
        th_paras = a.paras[: len(a.paras) - (2 if a.extra.get("en") else 0)]
        for p in th_paras:
            out.append(f"<p>{esc(p)}</p>")
        src = a.extra["src"]
        if src:
            out.append(f"<p>{src[0]} : {esc(src[1])}</p>")
        if a.extra.get("en"):
            out.append(f"<p><em>{EN_LABEL}</em></p>")
            for p in a.paras[-2:]:
                out.append(f"<p>{esc(p)}</p>")
        if a.extra["comments"]:
            out.append(f"<p>{COMMENTS} ({th(len(a.extra['comments']))})</p>")
            for k, (name, text) in enumerate(a.extra["comments"]):
                when = a.published + dt.timedelta(days=k + 1, hours=3 + k, minutes=17 * (k + 1))
                out.append(
                    f"<p><strong>{esc(name)}</strong> ({thai_day(when, short_year=True)} {th(when.strftime('%H:%M'))} น.): {esc(text)}</p>"
                )
        return "\n".join(out)

    def render_article(self, a, base: str):
        full = f"{base}{a.path}"
        older, newer = self.neighbours(a)
        img = (
            f'<figure class="my-4"><img src="{self.pic(a)}" alt="{esc(a.title)}" class="w-full rounded-xl"></figure>'
            if a.extra["pic"]
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="mt-6 flex flex-wrap gap-2">'
                + "".join(
                    f'<a href="/news?tag={quote(t)}" wire:navigate class="rounded-full bg-blue-50 px-3 py-1 text-xs text-blue-800">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        pn = '<div class="mt-8 grid gap-4 md:grid-cols-2">'
        if older:
            pn += f'<a href="/news/{older.id}" wire:navigate class="rounded-lg border p-3"><span class="text-xs text-slate-500">ข่าวก่อนหน้า</span><p class="text-sm">{esc(older.title)}</p></a>'
        if newer:
            pn += f'<a href="/news/{newer.id}" wire:navigate class="rounded-lg border p-3 text-right"><span class="text-xs text-slate-500">ข่าวถัดไป</span><p class="text-sm">{esc(newer.title)}</p></a>'
        pn += "</div>"
        rel = "".join(
            f'<a href="/news/{x.id}" wire:navigate class="block rounded-xl bg-white p-3 shadow"><p class="text-sm font-semibold">{esc(x.title)}</p><p class="text-xs text-slate-500">{rel_age(x.published)}</p></a>'
            for x in self.related(a)
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.published.isoformat(),
            "image": [f"{base}{self.pic(a)}"] if a.extra["pic"] else [],
            "publisher": {"@type": "GovernmentOrganization", "name": DEPT, "url": base},
            "mainEntityOfPage": full,
        }
        head = (
            f'    <link rel="canonical" href="{full}">\n'
            f'    <meta property="og:type" content="article">\n'
            f'    <meta property="og:title" content="{esc(a.title)}">\n'
            f'    <meta property="og:url" content="{full}">\n'
            f'    <meta property="article:published_time" content="{a.published.isoformat()}">\n'
            f'    <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n'
        )
        snap = snapshot("news-show", f"s{a.id}Hx", {"newsId": a.id, "liked": False})
        main_html = f"""{self.a11y_bar()}
<nav aria-label="breadcrumb" class="my-3 text-sm text-slate-500"><ol class="flex flex-wrap gap-2"><li><a href="/" wire:navigate>หน้าหลัก</a></li><li>/</li><li><a href="/news" wire:navigate>{SECTION}</a></li><li>/</li><li class="line-clamp-1">{esc(a.title)}</li></ol></nav>
<article wire:snapshot="{snap}" wire:effects="[]" wire:id="s{a.id}Hx" class="rounded-xl bg-white p-6 shadow">
  <h1 class="text-2xl font-bold leading-snug text-blue-900">{esc(a.title)}</h1>
  <div class="mt-2 flex flex-wrap items-center gap-4 text-sm text-slate-500">
    <span title="วันที่เผยแพร่">เผยแพร่ {rel_age(a.published)}</span>
    <span>เข้าชม {thai_count(a.views)} ครั้ง</span>
    <span class="ms-auto flex gap-2"><span>แชร์</span>
      <a href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}" target="_blank" aria-label="Facebook">Facebook</a>
      <a href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" target="_blank" aria-label="LINE">LINE</a>
      <a href="https://x.com/intent/post?url={quote(full, safe="")}" target="_blank" aria-label="X">X</a>
      <button type="button" x-data x-on:click="navigator.clipboard.writeText('{full}')">คัดลอกลิงก์</button>
      <button type="button" onclick="window.print()">พิมพ์</button></span>
  </div>
  {img}
  <div class="prose prose-slate max-w-none leading-relaxed">
{self.prose(a)}
  </div>
</article>
{self.pdpa()}
{tags}
{pn}
<section class="mt-10"><h2 class="mb-3 text-lg font-semibold text-blue-900">{RELATED}</h2><div class="grid gap-4 md:grid-cols-3">{rel}</div></section>"""
        return self.html_response(
            self.shell(f"{esc(a.title)} | {DEPT}", main_html, head_extra=head)
        )

    def render_deleted(self):
        main_html = f"""{self.a11y_bar()}
<article class="rounded-xl bg-white p-6 shadow">
  <h1 class="text-2xl font-bold text-blue-900"></h1>
  <div class="py-16 text-center text-slate-500"><p>{NOT_FOUND}</p><a href="/news" wire:navigate class="mt-4 inline-block rounded bg-blue-700 px-4 py-2 text-white">กลับหน้ารวมข่าว</a></div>
</article>
{self.pdpa()}"""
        return self.html_response(self.shell(f"{SECTION} | {DEPT}", main_html))

    def sitemap(self, base: str):
        urls = [(f"/news/{a.id}", a.published) for a in self.articles]
        urls.append((f"/news/{DELETED_ID}", dt.datetime(2024, 2, 28, 10, 5, tzinfo=TZ)))
        urls += [(f"/news/archive/{m}", NOW) for m in self.months]
        body = "".join(
            f"<url><loc>{base}{u}</loc><lastmod>{d.isoformat()}</lastmod><changefreq>daily</changefreq><priority>0.8</priority></url>\n"
            for u, d in [("/news", NOW)] + urls
        )
        xml = f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n{body}</urlset>\n'
        return 200, {"Content-Type": "text/xml; charset=utf-8"}, xml.encode()

    def robots(self) -> str:
        return "User-agent: *\nDisallow: /livewire/\nAllow: /\nSitemap: /sitemap.xml\n"

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/news", "/news/"):
            k = query.get("page", ["1"])[0]
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.render_list(int(k) - 1)
        m = re.fullmatch(r"/news/archive/(\d{4}-\d{2})/?", path)
        if m:
            return self.render_archive(m[1])
        m = re.fullmatch(r"/news/(\d+)/?", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            return self.render_article(a, base) if a else None
        if path == "/sitemap.xml":
            return self.sitemap(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ขนาดตัวอักษร",
                "ความคมชัดสูง",
                "การแสดงผล",
                "แชร์",
                "คัดลอกลิงก์",
                "พิมพ์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                RELATED,
                ARCHIVE,
                PDPA,
                "ยอมรับทั้งหมด",
                "ตั้งค่าคุกกี้",
                COUNTER,
                FOOTER,
                DEPT_EN,
                COMMENTS,
                f"เข้าชม {thai_count(a.views)} ครั้ง",
                f"เผยแพร่ {rel_age(a.published)}",
            ]
            must_not += [text[:60] for _, text in a.extra["comments"]]
            must_not += [name for name, _ in a.extra["comments"]]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = LaravelLivewireDeptSite()

if __name__ == "__main__":
    main(SITE)
