"""Blind-65 red-team site (part C): a department's news section (กรมส่งเสริมและพัฒนาคุณภาพชีวิต
คนพิการ-like, 2024-2025) on **a Thai vendor's Laravel 10 application: Filament 3 as the back
office (its RichEditor, i.e. Trix, for the news text; a FileUpload field for attachments;
spatie/laravel-tags; a view counter), and a Blade + Tailwind CSS + Alpine.js front end built
with Vite**. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool: **Trix's serialised markup** (issues corpus: basecamp/trix
#117, #202, #680, #720 — the default block is a `div`, Enter inserts `<br>`, paragraphs only
with a custom `blockAttributes.default.tagName = "p"` config; filamentphp/filament PR #1581,
merged in 2022: Filament's RichEditor switched Trix to `<p>` on Enter), **Trix attachments**
(code corpus: tonysm/rich-text-laravel's `_remote_file.blade.php` and Trix's attachment views:
`figure.attachment.attachment--preview.attachment--<ext>` carrying `data-trix-attachment` JSON,
a `figcaption.attachment__caption` printing `span.attachment__name` and `span.attachment__size`
when no caption was typed; Trix's file-size formatting "2.31 MB"). From memory: Laravel's
Tailwind pagination view (`nav[role=navigation][aria-label="Pagination Navigation"]`, the
mobile « / » pair, "Showing 1 to 9 of 25 results", absolute `?page=N` hrefs, the current page
as `span[aria-current=page]`), a `lang/th/pagination.php` that translates only « ก่อนหน้า /
ถัดไป », Vite's hashed `/build/assets/` names, the csrf-token meta, spatie/laravel-cookie-consent's
`js-cookie-consent` bar, Laravel's default `public/robots.txt` ("Disallow:" empty), Tailwind
typography's `prose`, the usual department furniture. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- `/` home with the four latest news; list `/news`, `?page=2`, `?page=3` (9 cards a page:
  picture, category badge, headline, "12 มิ.ย. 2568", views, a 120-character excerpt);
  `/news?category=<slug>` and `/news?tag=<slug>` filter the same list;
- the news page `/news/<id>`: `<title>` "headline | department", og tags; top bar (font size,
  TH / EN), header, navigation, breadcrumb cut at 60 characters ("…"); `article` with the
  category badge, `h1`, a meta row "12 มิถุนายน 2568 เวลา 10:30 น." (no time when the editor
  left the picker at 00:00), "เข้าชม 1,234 ครั้ง", "แก้ไขล่าสุด 14 มิ.ย. 2568 09:12 น." on edited
  items only; the cover picture; the text in `div.prose`; "เอกสารแนบ" (file name and size) on
  some; tags "#…" on some; "แชร์ข่าวนี้" (Facebook, X, LINE, คัดลอกลิงก์); "ข่าวก่อนหน้า" /
  "ข่าวถัดไป" with titles; "ข่าวที่เกี่ยวข้อง" (three of the category); sidebar "ข่าวล่าสุด",
  "หมวดหมู่ข่าว" with counts, banners, hotline; footer address and "สถิติผู้เข้าชม"; cookie bar;
- three editors in the RichEditor: the PR group (`<p>` paragraphs, photos dropped into the
  text), the IT centre (plain `<p>` paragraphs, PDFs in the attachment field), the admin account
  (pasted text: one `<p>` with `<br><br>` between paragraphs, a photo at the end); sources
  "ข่าว/ภาพ :" (bold label), "ที่มา :", "เรียบเรียง :", "ข่าว :", the office alone on the last line
  (Trix cannot align right), or none;
- **the quirk: the photos the editors drop into the RichEditor stay in the text as Trix
  attachment figures, and unless the editor typed a caption Trix prints the phone's file name
  and size under each ("IMG_4521.JPG 2.31 MB")**; with the `<p>` configuration the figure is
  stored inside a `<p>`, which a parser closes before the figure (an empty `<p></p>` after it);
- deleted item (linked from page 2, where the cached list still shows it): `/news/<id>`,
  **200: the controller renders the page shell with "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิก
  การเผยแพร่แล้ว" for an unpublished or missing id** (any unknown numeric id answers the same).

Judgement calls: `published_at` from the meta row (BE year; the time where "เวลา HH:MM น." is
printed); `modified_at` from "แก้ไขล่าสุด" with its time, null where not printed; `view_count`
"เข้าชม N ครั้ง"; `source` the office after the label or the office alone on the last line;
`tags` the "#" chips (without "#"); the category badge is no tag. The Trix file name / size
captions are furniture (`body_must_not`); a caption the editor typed is neither required nor
forbidden; attachment names and sizes, meta, share, navigation, related, latest, category
counts, cookie, statistics and address strings are furniture.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    paginate,
    qs1,
)
from .b63a_common import build, keep_furniture, spread_back, text_of

DEPT = "กรมส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ"
DEPT_EN = "Department of Empowerment of Persons with Disabilities"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
CATEGORIES = [
    ("activity", "ข่าวกิจกรรม"),
    ("executive", "ข่าวผู้บริหาร"),
    ("pr", "ข่าวประชาสัมพันธ์"),
]
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ที่มา", "กองยุทธศาสตร์และแผนงาน"),
    None,
    ("signoff", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว", "สำนักงานส่งเสริมและพัฒนาคุณภาพชีวิตคนพิการ"),
    ("ข่าว/ภาพ", "ศูนย์บริการคนพิการจังหวัดนครปฐม"),
]
TAG_SLUGS = {
    "ประชาสัมพันธ์": "pr",
    "ผู้ว่าราชการจังหวัด": "governor",
    "เศรษฐกิจ": "economy",
    "การศึกษา": "education",
    "สาธารณสุข": "health",
    "เกษตรกร": "farmers",
    "โควิด-19": "covid-19",
    "ท่องเที่ยว": "tourism",
    "ความมั่นคง": "security",
    "สังคม": "society",
    "OTOP": "otop",
    "SMEs": "smes",
}
ASSET_CSS = "/build/assets/app-5c1e9a3d.css"
ASSET_JS = "/build/assets/app-8b0f41e2.js"
LATEST = "ข่าวล่าสุด"
CATS_HEAD = "หมวดหมู่ข่าว"
RELATED = "ข่าวที่เกี่ยวข้อง"
SHARE = "แชร์ข่าวนี้"
COPY = "คัดลอกลิงก์"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
FILES = "เอกสารแนบ"
VISITORS = "สถิติผู้เข้าชม"
HOTLINE = "สายด่วนคนพิการ 1479"
COOKIE = (
    "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับนโยบายคุ้มครองข้อมูลส่วนบุคคล"
)
COOKIE_OK = "ยอมรับคุกกี้"
ADDRESS = "1034 ถนนกรุงเกษม แขวงมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100"
NOTFOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"
EDITORS = ["pr.dep", "itc.dep", "admin"]


def th_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def trix_size(n: int) -> str:
    """Trix's human file size: 1024-based, two decimals, trailing zeros dropped."""
    units = ["Bytes", "KB", "MB", "GB"]
    exp = 0
    x = float(n)
    while x >= 1024 and exp < 3:
        x /= 1024
        exp += 1
    s = f"{x:.2f}".rstrip("0").rstrip(".")
    return f"{s} {units[exp]}"


def hname(*parts, n=26) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:n].upper()


def limit(s: str, n: int) -> str:
    return s if len(s) <= n else s[:n].rstrip() + "..."


class LaravelDeptSite(BaseSite):
    key = "b65_c_laravel_filament_trix_dept"
    family = "generic"
    imitates = (
        "department news on a vendor's Laravel 10 app (Filament 3 back office, Blade + Tailwind "
        "front end): /news?page=N cards, /news/<id> with a Thai meta row (optional time, views, "
        "edited date), Trix RichEditor text whose dropped photos keep their file-name / size "
        "captions, attachments, tags, share, prev/next, related, cookie-consent bar"
    )
    listing_path = "/news"

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 6, 27, 16, 0, tzinfo=TZ), offset=7)
        spread_back(arts, 14, 11)
        for i, a in enumerate(arts):
            a.id = 1186 - i * 4 - (i % 3)
            a.path = f"/news/{a.id}"
            style = (i + i // 6) % 3
            a.extra["style"] = style
            a.extra["editor"] = EDITORS[style]
            a.extra["cat"] = CATEGORIES[(i * 2 + 1) % 3] if i % 5 else CATEGORIES[1]
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            # photos dropped into the text: the PR group's (1-2) and the admin's (1)
            nphotos = (1 + i % 2) if style == 0 else (1 if style == 2 else 0)
            photos = []
            for k in range(nphotos):
                num = 4100 + (a.id * 7 + k * 13) % 5800
                size = 1_480_000 + (a.id * 9173 + k * 331_711) % 2_900_000
                typed = style == 0 and i % 4 == 0 and k == 0
                photos.append(
                    {
                        "file": f"IMG_{num}.JPG",
                        "size": size,
                        "stored": f"news/content/{hname(a.id, k)}.jpg",
                        "caption": "ภาพบรรยากาศการประชุม" if typed else None,
                    }
                )
            a.extra["photos"] = photos
            a.extra["pdfs"] = (
                [
                    (f"หนังสือแจ้งเวียน_{a.id}.pdf", 180_000 + a.id * 37),
                    ("แบบฟอร์มการสมัคร.docx", 42_000 + a.id * 3),
                ][: 1 + i % 2]
                if style == 1 and i % 3 != 2
                else []
            )
            a.extra["cover"] = (
                f"/storage/{a.id * 3 + 11}/conversions/cover-{hname(a.id, n=10).lower()}-large.jpg"
            )
            if a.modified and a.modified <= a.published:
                a.modified = None
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        after = self.pages[1][4]
        self.del_id = after.id + 2
        self.del_title = "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป (ร่าง)"
        self.del_when = after.published + dt.timedelta(hours=3)
        ids = [a.id for a in arts]
        assert len(set(ids)) == len(ids) and self.del_id not in ids

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/{self.del_id}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        return [x for x in self.articles if x is not a and x.extra["cat"] == a.extra["cat"]][:3]

    def latest(self):
        return self.articles[:5]

    # ------------------------------------------------------------------ shell
    def sidebar(self):
        lis = "".join(
            f'<li class="py-3"><a href="/news/{x.id}" class="text-sm font-medium text-slate-800 hover:text-blue-700 line-clamp-2">{esc(x.title)}</a>'
            f'<p class="mt-1 text-xs text-slate-500">{th_abbr(x.published)}</p></li>'
            for x in self.latest()
        )
        counts = {slug: 0 for slug, _ in CATEGORIES}
        for x in self.articles:
            counts[x.extra["cat"][0]] += 1
        cats = "".join(
            f'<li><a href="/news?category={slug}" class="flex justify-between py-2 text-sm hover:text-blue-700"><span>{name}</span>'
            f'<span class="rounded-full bg-slate-100 px-2 text-xs">{counts[slug]}</span></a></li>'
            for slug, name in CATEGORIES
        )
        return f"""<aside class="lg:col-span-4 space-y-6">
        <section class="rounded-xl bg-white p-5 shadow-sm">
          <h2 class="border-l-4 border-blue-700 pl-3 text-lg font-bold">{LATEST}</h2>
          <ul class="mt-3 divide-y divide-slate-100">{lis}</ul>
        </section>
        <section class="rounded-xl bg-white p-5 shadow-sm">
          <h2 class="border-l-4 border-blue-700 pl-3 text-lg font-bold">{CATS_HEAD}</h2>
          <ul class="mt-3">{cats}</ul>
        </section>
        <section class="space-y-3">
          <a href="https://dep.go.th/ita" class="block"><img src="/images/banners/ita-2568.webp" alt="การประเมินคุณธรรมและความโปร่งใส ITA 2568" class="w-full rounded-lg"></a>
          <a href="https://dep.go.th/th/complaint" class="block"><img src="/images/banners/complaint.webp" alt="ร้องเรียนการทุจริตและประพฤติมิชอบ" class="w-full rounded-lg"></a>
        </section>
        <section class="rounded-xl bg-blue-800 p-5 text-white">
          <p class="text-sm">ศูนย์ช่วยเหลือคนพิการ</p>
          <p class="text-2xl font-bold">{HOTLINE}</p>
        </section>
      </aside>"""

    def shell(self, content, *, title, base, og="", crumbs=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="csrf-token" content="{hname("csrf", n=40)}">
    <title>{esc(title)}</title>
{og}    <link rel="icon" href="/favicon.ico">
    <link rel="preconnect" href="https://fonts.bunny.net">
    <link href="https://fonts.bunny.net/css?family=sarabun:400,500,700&display=swap" rel="stylesheet" />
    <link rel="preload" as="style" href="{ASSET_CSS}" /><link rel="modulepreload" href="{ASSET_JS}" /><link rel="stylesheet" href="{ASSET_CSS}" /><script type="module" src="{ASSET_JS}"></script>
</head>
<body class="font-sans antialiased bg-slate-50 text-slate-800" x-data="{{ fontSize: 100 }}" :style="'font-size:' + fontSize + '%'">
<div class="bg-blue-900 text-blue-100 text-xs">
  <div class="mx-auto max-w-7xl px-4 py-1.5 flex justify-between">
    <div class="flex items-center gap-2"><span>ขนาดตัวอักษร</span> <button type="button" @click="fontSize -= 10">ก-</button> <button type="button" @click="fontSize = 100">ก</button> <button type="button" @click="fontSize += 10">ก+</button></div>
    <div class="flex gap-3"><a href="{base}/lang/th">ภาษาไทย</a><a href="{base}/lang/en">English</a><a href="{base}/sitemap">ผังเว็บไซต์</a></div>
  </div>
</div>
<header class="bg-white shadow-sm">
  <div class="mx-auto max-w-7xl px-4 py-4 flex items-center gap-4">
    <a href="{base}"><img src="/images/logo-dep.png" alt="{DEPT}" class="h-16 w-auto"></a>
    <div><p class="text-xl font-bold text-blue-900">{DEPT}</p><p class="text-sm text-slate-500">{DEPT_EN}</p></div>
  </div>
  <nav class="bg-blue-800 text-white" x-data="{{ open: false }}">
    <div class="mx-auto max-w-7xl px-4">
      <button type="button" class="lg:hidden py-3" @click="open = !open">เมนู</button>
      <ul class="hidden lg:flex gap-6 py-3 text-sm font-medium" :class="{{ 'hidden': !open }}">
        <li><a href="{base}">หน้าหลัก</a></li>
        <li><a href="{base}/about">เกี่ยวกับกรม</a></li>
        <li><a href="{base}/news" class="border-b-2 border-amber-400">{SECTION}</a></li>
        <li><a href="{base}/announcements">ประกาศ</a></li>
        <li><a href="{base}/procurement">จัดซื้อจัดจ้าง</a></li>
        <li><a href="{base}/services">บริการคนพิการ</a></li>
        <li><a href="{base}/ita">ITA</a></li>
        <li><a href="{base}/contact">ติดต่อเรา</a></li>
      </ul>
    </div>
  </nav>
</header>
{crumbs}
<main class="mx-auto max-w-7xl px-4 py-8">
{content}
</main>
<footer class="bg-slate-900 text-slate-300 text-sm">
  <div class="mx-auto max-w-7xl px-4 py-10 grid gap-8 md:grid-cols-3">
    <div><p class="font-bold text-white">{DEPT}</p><p class="mt-2">{ADDRESS}</p><p>โทรศัพท์ 0 2354 3388 โทรสาร 0 2354 5220</p><p>อีเมล saraban@dep.go.th</p></div>
    <div><p class="font-bold text-white">ลิงก์ที่น่าสนใจ</p><ul class="mt-2 space-y-1"><li><a href="{base}/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="{base}/website-policy">นโยบายเว็บไซต์</a></li><li><a href="{base}/security-policy">นโยบายการรักษาความมั่นคงปลอดภัย</a></li></ul></div>
    <div><p class="font-bold text-white">{VISITORS}</p><dl class="mt-2 grid grid-cols-2 gap-1"><dt>วันนี้</dt><dd class="text-right">1,482</dd><dt>เดือนนี้</dt><dd class="text-right">38,905</dd><dt>ทั้งหมด</dt><dd class="text-right">2,614,377</dd></dl></div>
  </div>
  <p class="border-t border-slate-800 py-4 text-center text-xs">© 2568 {DEPT} สงวนลิขสิทธิ์</p>
</footer>
<div class="js-cookie-consent cookie-consent fixed bottom-0 inset-x-0 pb-2 z-50">
  <div class="max-w-7xl mx-auto px-6"><div class="p-4 rounded-lg bg-blue-50 shadow-lg">
    <div class="flex items-center justify-between flex-wrap">
      <div class="w-0 flex-1 items-center hidden md:inline"><p class="ml-3 text-black cookie-consent__message">{COOKIE} <a href="{base}/privacy-policy" class="underline">อ่านเพิ่มเติม</a></p></div>
      <div class="mt-2 flex-shrink-0 w-full sm:mt-0 sm:w-auto"><button class="js-cookie-consent-agree cookie-consent__agree cursor-pointer flex items-center justify-center px-4 py-2 rounded-md text-sm font-medium text-blue-800 bg-blue-200 hover:bg-blue-300">{COOKIE_OK}</button></div>
    </div>
  </div></div>
</div>
<script>window.laravelCookieConsent=(function(){{const COOKIE_VALUE=1;const COOKIE_DOMAIN='';function consentWithCookies(){{setCookie('laravel_cookie_consent',COOKIE_VALUE,7300);hideCookieDialog()}}function cookieExists(name){{return(document.cookie.split('; ').indexOf(name+'='+COOKIE_VALUE)!==-1)}}function hideCookieDialog(){{const dialogs=document.getElementsByClassName('js-cookie-consent');for(let i=0;i<dialogs.length;++i){{dialogs[i].style.display='none'}}}}function setCookie(name,value,expirationInDays){{const date=new Date();date.setTime(date.getTime()+(expirationInDays*24*60*60*1000));document.cookie=name+'='+value+';expires='+date.toUTCString()+';domain='+COOKIE_DOMAIN+';path=/;samesite=lax'}}if(cookieExists('laravel_cookie_consent')){{hideCookieDialog()}}const buttons=document.getElementsByClassName('js-cookie-consent-agree');for(let i=0;i<buttons.length;++i){{buttons[i].addEventListener('click',consentWithCookies)}}return{{consentWithCookies:consentWithCookies,hideCookieDialog:hideCookieDialog}}}})();</script>
</body>
</html>
"""

    def crumbs(self, base, items):
        lis = [f'<li><a href="{base}" class="hover:text-blue-700">หน้าหลัก</a></li>']
        for label, href in items:
            lis.append('<li aria-hidden="true">›</li>')
            if href:
                lis.append(
                    f'<li><a href="{href}" class="hover:text-blue-700">{esc(label)}</a></li>'
                )
            else:
                lis.append(f'<li class="text-slate-700" aria-current="page">{esc(label)}</li>')
        return (
            '<nav aria-label="Breadcrumb" class="bg-slate-100"><ol class="mx-auto max-w-7xl px-4 py-3 flex flex-wrap gap-2 text-sm text-slate-500">'
            + "".join(lis)
            + "</ol></nav>"
        )

    # ------------------------------------------------------------------ detail
    def meta_row(self, a):
        d = a.published
        when = th_full(d) + (f" เวลา {d:%H:%M} น." if a.time_printed else "")
        parts = [
            f'<span class="inline-flex items-center gap-1"><svg class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M8 7V3m8 4V3M3 11h18M5 21h14a2 2 0 002-2V7a2 2 0 00-2-2H5a2 2 0 00-2 2v12a2 2 0 002 2z"/></svg> {when}</span>',
            f'<span class="inline-flex items-center gap-1"><svg class="h-4 w-4" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M15 12a3 3 0 11-6 0 3 3 0 016 0z"/></svg> เข้าชม {a.views:,} ครั้ง</span>',
        ]
        if a.modified:
            m = a.modified
            parts.append(
                f'<span class="inline-flex items-center gap-1 text-slate-400">แก้ไขล่าสุด {th_abbr(m)} {m:%H:%M} น.</span>'
            )
        return (
            '<div class="mt-3 flex flex-wrap gap-x-5 gap-y-1 text-sm text-slate-500">'
            + "".join(parts)
            + "</div>"
        )

    def figure(self, ph):
        url = f"/storage/{ph['stored']}"
        att = {
            "contentType": "image/jpeg",
            "filename": ph["file"],
            "filesize": ph["size"],
            "height": 1067,
            "href": url,
            "url": url,
            "width": 1600,
        }
        attrs = ""
        if ph["caption"]:
            attrs = f' data-trix-attributes="{esc(json.dumps({"caption": ph["caption"]}, ensure_ascii=False, separators=(",", ":")))}"'
            cap = f'<figcaption class="attachment__caption attachment__caption--edited">{esc(ph["caption"])}</figcaption>'
        else:
            cap = (
                f'<figcaption class="attachment__caption"><span class="attachment__name">{esc(ph["file"])}</span> '
                f'<span class="attachment__size">{trix_size(ph["size"])}</span></figcaption>'
            )
        return (
            f'<figure data-trix-attachment="{esc(json.dumps(att, separators=(",", ":")))}" data-trix-content-type="image/jpeg"{attrs} '
            f'class="attachment attachment--preview attachment--jpg"><img src="{url}" width="1600" height="1067">{cap}</figure>'
        )

    def source_html(self, a):
        label = a.extra["label"]
        if not a.source:
            return ""
        if label == "signoff":
            return f"<p>{esc(a.source)}</p>"
        if label == "ข่าว/ภาพ":
            return f"<p><strong>{label} :</strong> {esc(a.source)}</p>"
        return f"<p>{label} : {esc(a.source)}</p>"

    def body_html(self, a):
        s = a.extra["style"]
        photos = a.extra["photos"]
        out = []
        if s == 2:
            inner = "<br><br>".join(esc(p) for p in a.paras)
            out.append(f"<p>{inner}</p>")
            for ph in photos:
                out.append(f"<p>{self.figure(ph)}</p>")
            src = self.source_html(a)
            if src:
                out.append(src)
            return "".join(out)
        for k, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if s == 0 and k == 0:
                for ph in photos:
                    out.append(f"<p>{self.figure(ph)}</p>")
        src = self.source_html(a)
        if src:
            out.append(src)
        return "".join(out)

    def files_html(self, a):
        if not a.extra["pdfs"]:
            return ""
        lis = "".join(
            f'<li class="flex items-center justify-between py-2"><a href="/storage/news/attachments/{hname(a.id, name, n=20).lower()}.{name.rsplit(".", 1)[1]}" target="_blank" class="text-blue-700 hover:underline">{esc(name)}</a>'
            f'<span class="text-xs text-slate-500">{size // 1024} KB</span></li>'
            for name, size in a.extra["pdfs"]
        )
        return f'<section class="mt-8 rounded-lg border border-slate-200 p-4"><h2 class="font-bold">{FILES}</h2><ul class="divide-y divide-slate-100">{lis}</ul></section>'

    def tags_html(self, a):
        if not a.tags:
            return ""
        chips = "".join(
            f'<a href="/news?tag={TAG_SLUGS[t]}" class="rounded-full bg-blue-50 px-3 py-1 text-xs text-blue-800">#{esc(t)}</a>'
            for t in a.tags
        )
        return f'<div class="mt-6 flex flex-wrap items-center gap-2">{chips}</div>'

    def share_html(self, a, base):
        u = quote(f"{base}/news/{a.id}", safe="")
        return f"""<div class="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-100 pt-4 text-sm" x-data="{{ copied: false }}">
          <span class="font-medium">{SHARE}</span>
          <a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" rel="noopener" class="rounded bg-[#1877f2] px-3 py-1 text-white">Facebook</a>
          <a href="https://twitter.com/intent/tweet?url={u}" target="_blank" rel="noopener" class="rounded bg-black px-3 py-1 text-white">X</a>
          <a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" rel="noopener" class="rounded bg-[#06c755] px-3 py-1 text-white">LINE</a>
          <button type="button" class="rounded border px-3 py-1" @click="navigator.clipboard.writeText(window.location.href); copied = true">{COPY}</button>
          <span x-show="copied" x-cloak class="text-green-700">คัดลอกแล้ว</span>
        </div>"""

    def nav_html(self, a):
        older, newer = self.neighbours(a)
        cells = []
        if older:
            cells.append(
                f'<a href="/news/{older.id}" class="rounded-lg border p-4 hover:bg-slate-50"><span class="text-xs text-slate-500">← {PREV}</span><p class="mt-1 text-sm font-medium line-clamp-2">{esc(older.title)}</p></a>'
            )
        else:
            cells.append("<div></div>")
        if newer:
            cells.append(
                f'<a href="/news/{newer.id}" class="rounded-lg border p-4 text-right hover:bg-slate-50"><span class="text-xs text-slate-500">{NEXT} →</span><p class="mt-1 text-sm font-medium line-clamp-2">{esc(newer.title)}</p></a>'
            )
        return '<div class="mt-8 grid gap-4 sm:grid-cols-2">' + "".join(cells) + "</div>"

    def card(self, x_id, title, when, views, cat, excerpt, img=True):
        pic = (
            f'<img src="/storage/{x_id * 3 + 11}/conversions/cover-{hname(x_id, n=10).lower()}-thumb.jpg" alt="{esc(title)}" class="h-48 w-full object-cover" loading="lazy">'
            if img
            else '<div class="h-48 w-full bg-slate-200"></div>'
        )
        return f"""<article class="overflow-hidden rounded-xl bg-white shadow-sm">
            <a href="/news/{x_id}">{pic}</a>
            <div class="p-4">
              <a href="/news?category={cat[0]}" class="inline-block rounded bg-blue-100 px-2 py-0.5 text-xs text-blue-800">{cat[1]}</a>
              <h3 class="mt-2 font-bold leading-snug line-clamp-2"><a href="/news/{x_id}" class="hover:text-blue-700">{esc(title)}</a></h3>
              <p class="mt-2 text-sm text-slate-600 line-clamp-3">{esc(excerpt)}</p>
              <div class="mt-3 flex justify-between text-xs text-slate-500"><span>{th_abbr(when)}</span><span>อ่าน {views:,} ครั้ง</span></div>
            </div>
          </article>"""

    def related_html(self, a):
        rel = self.related(a)
        if not rel:
            return ""
        cards = "".join(
            f'<a href="/news/{x.id}" class="block rounded-lg bg-white p-3 shadow-sm hover:shadow"><img src="/storage/{x.id * 3 + 11}/conversions/cover-{hname(x.id, n=10).lower()}-thumb.jpg" alt="" class="h-32 w-full rounded object-cover"><p class="mt-2 text-sm font-medium line-clamp-2">{esc(x.title)}</p><p class="text-xs text-slate-500">{th_abbr(x.published)}</p></a>'
            for x in rel
        )
        return f'<section class="mt-10"><h2 class="text-xl font-bold">{RELATED}</h2><div class="mt-4 grid gap-4 sm:grid-cols-3">{cards}</div></section>'

    def og(self, a, base):
        desc = limit(a.paras[0], 150)
        return (
            f'    <meta name="description" content="{esc(desc)}">\n'
            f'    <meta property="og:type" content="article">\n'
            f'    <meta property="og:title" content="{esc(a.title)}">\n'
            f'    <meta property="og:description" content="{esc(desc)}">\n'
            f'    <meta property="og:url" content="{base}/news/{a.id}">\n'
            f'    <meta property="og:image" content="{base}{a.extra["cover"]}">\n'
            f'    <meta property="og:site_name" content="{DEPT}">\n'
        )

    def render_detail(self, a, base):
        cat = a.extra["cat"]
        content = f"""<div class="grid gap-8 lg:grid-cols-12">
      <div class="lg:col-span-8">
        <article class="rounded-xl bg-white p-6 shadow-sm">
          <a href="{base}/news?category={cat[0]}" class="inline-block rounded bg-blue-100 px-2 py-0.5 text-xs text-blue-800">{cat[1]}</a>
          <h1 class="mt-3 text-2xl font-bold leading-snug text-slate-900">{esc(a.title)}</h1>
          {self.meta_row(a)}
          <img src="{a.extra["cover"]}" alt="{esc(a.title)}" class="mt-6 w-full rounded-lg">
          <div class="prose prose-lg max-w-none mt-6 prose-img:rounded-lg">
            {self.body_html(a)}
          </div>
          {self.files_html(a)}
          {self.tags_html(a)}
          {self.share_html(a, base)}
          {self.nav_html(a)}
        </article>
        {self.related_html(a)}
      </div>
      {self.sidebar()}
    </div>"""
        crumbs = self.crumbs(base, [(SECTION, f"{base}/news"), (limit(a.title, 60), None)])
        return self.html_response(
            self.shell(
                content, title=f"{a.title} | {DEPT}", base=base, og=self.og(a, base), crumbs=crumbs
            )
        )

    def render_missing(self, base):
        content = f"""<div class="grid gap-8 lg:grid-cols-12">
      <div class="lg:col-span-8">
        <div class="rounded-xl bg-white p-10 text-center shadow-sm">
          <svg class="mx-auto h-12 w-12 text-slate-300" fill="none" viewBox="0 0 24 24" stroke="currentColor"><path d="M9.172 16.172a4 4 0 015.656 0M9 10h.01M15 10h.01"/></svg>
          <p class="mt-4 text-lg">{NOTFOUND}</p>
          <a href="{base}/news" class="mt-6 inline-block rounded bg-blue-700 px-4 py-2 text-white">กลับหน้ารวมข่าว</a>
        </div>
      </div>
      {self.sidebar()}
    </div>"""
        crumbs = self.crumbs(base, [(SECTION, f"{base}/news"), ("ไม่พบข้อมูล", None)])
        return self.html_response(
            self.shell(content, title=f"ไม่พบข้อมูล | {DEPT}", base=base, crumbs=crumbs)
        )

    # ------------------------------------------------------------------ list
    def pager(self, n, total_pages, total, base, extra=""):
        def href(k):
            return f"{base}/news?{extra}page={k}"

        first = (n - 1) * PER + 1
        last = min(n * PER, total)
        prev_m = (
            f'<a href="{href(n - 1)}" class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md">&laquo; ก่อนหน้า</a>'
            if n > 1
            else '<span class="relative inline-flex items-center px-4 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md">&laquo; ก่อนหน้า</span>'
        )
        next_m = (
            f'<a href="{href(n + 1)}" class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5 rounded-md">ถัดไป &raquo;</a>'
            if n < total_pages
            else '<span class="relative inline-flex items-center px-4 py-2 ml-3 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5 rounded-md">ถัดไป &raquo;</span>'
        )
        chev_l = '<svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M12.707 5.293a1 1 0 010 1.414L9.414 10l3.293 3.293a1 1 0 01-1.414 1.414l-4-4a1 1 0 010-1.414l4-4a1 1 0 011.414 0z" clip-rule="evenodd" /></svg>'
        chev_r = '<svg class="w-5 h-5" fill="currentColor" viewBox="0 0 20 20"><path fill-rule="evenodd" d="M7.293 14.707a1 1 0 010-1.414L10.586 10 7.293 6.707a1 1 0 011.414-1.414l4 4a1 1 0 010 1.414l-4 4a1 1 0 01-1.414 0z" clip-rule="evenodd" /></svg>'
        items = []
        if n > 1:
            items.append(
                f'<a href="{href(n - 1)}" rel="prev" class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-l-md leading-5" aria-label="&laquo; ก่อนหน้า">{chev_l}</a>'
            )
        else:
            items.append(
                f'<span aria-disabled="true" aria-label="&laquo; ก่อนหน้า"><span class="relative inline-flex items-center px-2 py-2 text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-l-md leading-5" aria-hidden="true">{chev_l}</span></span>'
            )
        for k in range(1, total_pages + 1):
            if k == n:
                items.append(
                    f'<span aria-current="page"><span class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default leading-5">{k}</span></span>'
                )
            else:
                items.append(
                    f'<a href="{href(k)}" class="relative inline-flex items-center px-4 py-2 -ml-px text-sm font-medium text-gray-700 bg-white border border-gray-300 leading-5" aria-label="Go to page {k}">{k}</a>'
                )
        if n < total_pages:
            items.append(
                f'<a href="{href(n + 1)}" rel="next" class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 rounded-r-md leading-5" aria-label="ถัดไป &raquo;">{chev_r}</a>'
            )
        else:
            items.append(
                f'<span aria-disabled="true" aria-label="ถัดไป &raquo;"><span class="relative inline-flex items-center px-2 py-2 -ml-px text-sm font-medium text-gray-500 bg-white border border-gray-300 cursor-default rounded-r-md leading-5" aria-hidden="true">{chev_r}</span></span>'
            )
        return f"""<nav role="navigation" aria-label="Pagination Navigation" class="mt-8 flex items-center justify-between">
        <div class="flex justify-between flex-1 sm:hidden">{prev_m}{next_m}</div>
        <div class="hidden sm:flex-1 sm:flex sm:items-center sm:justify-between">
            <div><p class="text-sm text-gray-700 leading-5">Showing <span class="font-medium">{first}</span> to <span class="font-medium">{last}</span> of <span class="font-medium">{total}</span> results</p></div>
            <div><span class="relative z-0 inline-flex shadow-sm rounded-md">{"".join(items)}</span></div>
        </div>
    </nav>"""

    def render_list(self, n, base, *, subset=None, label=None, extra=""):
        if subset is None:
            rows = [
                (x.id, x.title, x.published, x.views, x.extra["cat"], limit(x.paras[0], 120), True)
                for x in self.articles
            ]
            pos = next(i for i, x in enumerate(self.articles) if x is self.pages[1][4]) + 1
            rows.insert(
                pos,
                (self.del_id, self.del_title, self.del_when, 12, CATEGORIES[2], "", False),
            )
        else:
            rows = [
                (x.id, x.title, x.published, x.views, x.extra["cat"], limit(x.paras[0], 120), True)
                for x in subset
            ]
        chunks = paginate(rows, PER) or [[]]
        total_pages = len(chunks)
        chunk = chunks[n - 1] if n <= total_pages else []
        if chunk:
            cards = "".join(self.card(*r) for r in chunk)
            grid = f'<div class="grid gap-6 sm:grid-cols-2 lg:grid-cols-3">{cards}</div>'
        else:
            grid = (
                '<p class="rounded-xl bg-white p-10 text-center text-slate-500">ยังไม่มีข่าวในหมวดนี้</p>'
            )
        heading = SECTION if label is None else f"{SECTION} : {label}"
        pills = "".join(
            f'<a href="{base}/news?category={slug}" class="rounded-full border px-3 py-1 text-sm hover:bg-blue-50">{name}</a>'
            for slug, name in CATEGORIES
        )
        content = f"""<div class="flex flex-wrap items-end justify-between gap-4">
      <h1 class="text-2xl font-bold text-blue-900">{esc(heading)}</h1>
      <div class="flex flex-wrap gap-2"><a href="{base}/news" class="rounded-full border px-3 py-1 text-sm">ทั้งหมด</a>{pills}</div>
    </div>
    <div class="mt-6">{grid}</div>
    {self.pager(n, total_pages, len(rows), base, extra) if chunk else ""}"""
        crumbs = self.crumbs(base, [(SECTION, None)])
        title = f"{SECTION} | {DEPT}" if n == 1 else f"{SECTION} - หน้า {n} | {DEPT}"
        return self.html_response(self.shell(content, title=title, base=base, crumbs=crumbs))

    def render_home(self, base):
        cards = "".join(
            self.card(x.id, x.title, x.published, x.views, x.extra["cat"], limit(x.paras[0], 120))
            for x in self.articles[:4]
        )
        content = f"""<section class="rounded-2xl bg-gradient-to-r from-blue-800 to-blue-600 p-10 text-white">
      <p class="text-3xl font-bold">{DEPT}</p><p class="mt-2">ส่งเสริม พัฒนา และคุ้มครองสิทธิคนพิการ เพื่อคุณภาพชีวิตที่ดี</p>
    </section>
    <section class="mt-10"><div class="flex justify-between"><h2 class="text-xl font-bold">{SECTION}</h2><a href="{base}/news" class="text-sm text-blue-700">ดูทั้งหมด →</a></div>
      <div class="mt-4 grid gap-6 sm:grid-cols-2 lg:grid-cols-4">{cards}</div></section>"""
        return self.html_response(self.shell(content, title=DEPT, base=base))

    # ------------------------------------------------------------------ routing
    def robots(self):
        return "User-agent: *\nDisallow:\n"

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.render_home(base)
        if path in ("/news", "/news/"):
            page = qs1(query, "page", "1")
            if not page.isdigit() or int(page) < 1:
                page = "1"
            n = int(page)
            cat = qs1(query, "category")
            tag = qs1(query, "tag")
            if cat:
                names = dict(CATEGORIES)
                if cat not in names:
                    return None
                sub = [x for x in self.articles if x.extra["cat"][0] == cat]
                return self.render_list(
                    n, base, subset=sub, label=names[cat], extra=f"category={cat}&amp;"
                )
            if tag:
                names = {v: k for k, v in TAG_SLUGS.items()}
                if tag not in names:
                    return None
                sub = [x for x in self.articles if names[tag] in x.tags]
                return self.render_list(
                    n, base, subset=sub, label=f"#{names[tag]}", extra=f"tag={tag}&amp;"
                )
            return self.render_list(n, base)
        if path.startswith("/news/"):
            rest = path[len("/news/") :].rstrip("/")
            if not rest.isdigit():
                return None
            for a in self.articles:
                if a.id == int(rest):
                    return self.render_detail(a, base)
            return self.render_missing(base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            text = text_of(self.render_detail(a, "http://127.0.0.1")[2].decode("utf-8"))
            d = a.published
            older, newer = self.neighbours(a)
            cands = [
                th_full(d) + (f" เวลา {d:%H:%M} น." if a.time_printed else ""),
                f"เข้าชม {a.views:,} ครั้ง",
                f"แก้ไขล่าสุด {th_abbr(a.modified)} {a.modified:%H:%M} น." if a.modified else "",
                SHARE,
                COPY,
                PREV,
                NEXT,
                RELATED,
                LATEST,
                CATS_HEAD,
                FILES,
                VISITORS,
                HOTLINE,
                COOKIE,
                COOKIE_OK,
                ADDRESS,
                DEPT_EN,
                "ขนาดตัวอักษร",
                "ผังเว็บไซต์",
                "ศูนย์ช่วยเหลือคนพิการ",
            ]
            for ph in a.extra["photos"]:
                if not ph["caption"]:
                    cands += [ph["file"], trix_size(ph["size"])]
            cands += [name for name, _ in a.extra["pdfs"]]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in self.latest() if x is not a]
            cands += [f"#{t}" for t in a.tags]
            must_not = keep_furniture(cands, text, a)
            rec = expected_record(a, must_not=must_not)
            rec["tags"] = list(a.tags)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = LaravelDeptSite()

if __name__ == "__main__":
    main(SITE)
