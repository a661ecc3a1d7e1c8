"""Blind-50 red-team site (part C): a department portal (กรมกิจการเด็กและเยาวชน-like) rebuilt in
2023 on **Vue 3 + Quasar 2 in SSR mode** (Quasar CLI with Vite, `div#q-app`, `q-layout` /
`q-header` / `q-page-container` / `q-page`, `q-card`, `q-img`, `q-chip`, `q-btn`,
`q-breadcrumbs`, `q-pagination` made of buttons, a Pinia state in `window.__INITIAL_STATE__`)
on top of an in-house JSON API. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool: Quasar 2's component API files on unpkg (`QCardSection`,
`QPagination`: buttons, `model-value`, `max`, `direction-links`, no hrefs unless `to-fn`), the
Quasar docs' pagination page, Quasar SSR starter READMEs (`quasar build -m ssr`) and a Quasar
SSR `client-entry.js` (`store.replaceState(window.__INITIAL_STATE__)`). The rendered class
names (`q-card__section--vert`, `q-img__container`, `q-chip__content`, `q-btn__content`,
`q-breadcrumbs__el`, `q-no-ssr` placeholder), RSS 2.0, the sitemap protocol and the HTML
encoding pre-scan (1024 bytes) are written from memory of their documentation. No one's code
or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: the HTML listing is built by script** — `/news` (and `/news?page=2`, `?page=3`) is
  server-rendered as a shell: breadcrumbs, heading, category tabs, nine `q-skeleton` cards and
  a `q-pagination` of `<button>`s; the list itself is a client-only component that calls
  **`/api/v1/news?page=N&limit=9`** (JSON; announced by `<link rel="preload" as="fetch">`).
  The items are otherwise reachable only through **`/sitemap.xml`** (robots.txt and
  `<link rel="sitemap">`; a sitemap index → `/sitemap-news.xml`, all items, stale: the deleted
  one too) and **the RSS feed `/rss/news.xml` linked in `<head>`** (the newest ten);
- **NEW: tracking parameters on links** — the RSS links carry
  `?utm_source=rss&utm_medium=feed&utm_campaign=dcy_news`, the related cards
  `?utm_source=website&utm_medium=related`; the record's URL is the bare `/news/<id>`
  (`rel=canonical`);
- **NEW: a print twin** `/news/<id>/print` ("พิมพ์" button) with `rel=canonical` to the article
  and the date as "5/3/2567 14:20:00" (Arabic digits, BE year, seconds);
- **NEW: the date as "๕ มี.ค. ๒๕๖๗ | ๑๔:๒๐ น."** (Thai digits, a bar before the time; the time
  on most items); the JSON API gives `publishDate` / `publishTime` as the page prints them;
- **NEW: the counter only as "อ่าน (๑,๒๓๔)"** (Thai digits in brackets, no "ครั้ง");
- **NEW: `<meta charset="utf-8">` after the first 1024 bytes** (a long inline critical-CSS
  `<style>` first) **and an HTTP `Content-Type: text/html` with no charset**; the `<title>`
  (Thai) comes before both;
- **NEW: a very long article** (20 paragraphs of one release with four `figure`s and
  `figcaption`s between them) and **a very short one** (a poster image and a single
  paragraph);
- **NEW: "ที่มา :" linked to the office's own site** (`<a href="https://…go.th/">office</a>`,
  some items; the others print no source);
- furniture: accessibility toolbar ("ขนาดตัวอักษร" ก ก+ ก++, "การแสดงผล" ปกติ / ขาวดำ /
  ความคมชัดสูง), language "TH | EN", share "แชร์" (Facebook / LINE / X / คัดลอกลิงก์), tag
  chips "#…", "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวที่เกี่ยวข้อง" cards with relative
  ages ("๓ วันที่แล้ว"), footer counter, PDPA bar ("ตั้งค่าคุกกี้" / "ยอมรับทั้งหมด").
Deleted: `/news/<id>` of a removed item, still in API page 2 and in the sitemap — 200 with an
empty `h1`, "ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกนำออกจากระบบแล้ว" and `news:null` in the state.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from email.utils import format_datetime
from urllib.parse import unquote

from ._common import (
    CORPUS,
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

DEPT = "กรมกิจการเด็กและเยาวชน"
DEPT_EN = "Department of Children and Youth"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
LONG_IDX = 5
SHORT_IDX = 11
LONG_FILE = "thaigov-16552.txt"
SOURCES = [
    ("กองส่งเสริมและพัฒนาเด็กและเยาวชน", "https://www.dcy.go.th/"),
    None,
    ("สำนักงานปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "https://www.m-society.go.th/"),
    ("กรมประชาสัมพันธ์", "https://www.prd.go.th/"),
    None,
]
TAGS = ["เด็กและเยาวชน", "สภาเด็กและเยาวชน", "พม.", "ครอบครัว", "สิทธิเด็ก", "กิจกรรม"]
DELETED_ID = 3309
DELETED_TITLE = "ขอเชิญร่วมกิจกรรมค่ายเยาวชนอาสา ประจำปี 2567 (ยกเลิก)"
NOT_FOUND = "ไม่พบข้อมูลข่าว หรือข่าวนี้ถูกนำออกจากระบบแล้ว"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
FOOTER = "อาคารศูนย์เยาวชนกรุงเทพมหานคร (ไทย-ญี่ปุ่น) ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400"
COUNTER = "จำนวนผู้เข้าชม ๒,๓๔๕,๖๗๘ ครั้ง"
RELATED = "ข่าวที่เกี่ยวข้อง"
NOW = dt.datetime(2024, 7, 1, 9, 0, tzinfo=TZ)  # the SSR cache's render time (relative ages)
CAPTIONS = [
    "สภาพถนนช่วงบ้านกร่าง-พะเนินทุ่ง ก่อนการปรับปรุงผิวจราจร",
    "เจ้าหน้าที่อุทยานแห่งชาติแก่งกระจานชี้แจงแนวทางการดำเนินงาน",
    "แผนที่แนวเส้นทางโครงการ",
    "บรรยากาศการลงพื้นที่ตรวจสอบเส้นทาง",
]
CRITICAL_CSS = "".join(
    f".q-{n}{{display:flex;flex-wrap:wrap;margin:{k}px {k * 2}px;padding:{k}px;line-height:1.{k}}}"
    for k, n in enumerate(
        "layout header page-container page card card__section img img__container chip "
        "chip__content btn btn__content breadcrumbs breadcrumbs__el pagination skeleton "
        "toolbar toolbar__title footer drawer tabs tab separator avatar badge".split()
    )
)


def th_date(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"
    if with_time:
        s += f" | {d:%H:%M} น."
    return thai_digits(s)


def rel_age(d: dt.datetime) -> str:
    days = (NOW - d).days
    if days < 7:
        s = f"{days} วันที่แล้ว"
    elif days < 30:
        s = f"{days // 7} สัปดาห์ที่แล้ว"
    else:
        s = f"{days // 30} เดือนที่แล้ว"
    return thai_digits(s)


def load_long(name: str) -> list[str]:
    """Every paragraph of one corpus release (no seven-paragraph cut)."""
    lines = (CORPUS / name).read_text(encoding="utf-8-sig").splitlines()
    title = re.sub(r"\s+", " ", re.sub(r"^รัฐบาลไทย-[^-]+-", "", lines[0])).strip()
    out = []
    for raw in lines[1:]:
        line = re.sub(r"\s+", " ", raw.replace("\u200b", "")).strip()
        if not line or line == title or line == "พิมพ์" or line.startswith("ที่มา"):
            continue
        if re.match(r"^[\s.\-_=*•·]{5,}$", line):
            break
        if re.match(r"^วัน\S+ที่ \d+ \S+ \d{4}$", line) or len(line) < 25:
            continue
        out.append(line)
    return out


class QuasarSsrCsrListSite(BaseSite):
    key = "b50_quasar_ssr_csrlist"
    family = "generic"
    imitates = (
        "department portal on Vue 3 + Quasar 2 SSR (q-layout, q-card, q-chip, q-pagination "
        "buttons, Pinia __INITIAL_STATE__): /news is a shell whose list is client-only, filled "
        "from /api/v1/news?page=N&limit=9 (JSON, preload link); items reachable by /sitemap.xml "
        "(robots, link rel=sitemap) and the RSS feed in <head> (links with utm_ parameters); "
        "related cards with utm_ parameters; print twin /news/<id>/print with canonical and "
        "'5/3/2567 14:20:00'; date '๕ มี.ค. ๒๕๖๗ | ๑๔:๒๐ น.'; counter 'อ่าน (๑,๒๓๔)'; meta "
        "charset after 1024 bytes, header without charset; a 20-paragraph article with figures, "
        "a one-paragraph poster item; 'ที่มา :' linked to the office site; accessibility bar, "
        "share, tag chips, prev/next titles, PDPA bar"
    )
    listing_path = "/news"
    charset = "utf-8"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 16, 30, tzinfo=TZ), offset=24
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        long_paras = load_long(LONG_FILE)
        assert len(long_paras) >= 20
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 3300 + (n - i) * 4
            a.path = f"/news/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[0] if src else None
            a.tags = [TAGS[(i * 5 + k) % len(TAGS)] for k in range(1 + i % 3)]
            a.modified = None
            a.views = 25 + (i * 311 + 77) % 4200
            a.extra["pic"] = i % 4 != 2
            a.extra["figs"] = False
            a.extra["poster"] = False
        long_a = arts[LONG_IDX]
        long_a.title = (
            "กรมอุทยานฯ ชี้แจงโครงการปรับปรุงผิวการจราจร ถนนพะเนินทุ่ง (สายบ้านกร่าง-พะเนินทุ่ง) "
            "ในอุทยานแห่งชาติแก่งกระจาน"
        )
        long_a.paras = long_paras
        long_a.extra["figs"] = True
        short_a = arts[SHORT_IDX]
        short_a.paras = short_a.paras[:1]
        short_a.extra["poster"] = True
        short_a.extra["pic"] = False
        assert len({a.title for a in arts}) == n
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        stream: list = list(arts)
        stream.insert(PER + 3, None)  # the deleted item's place on API page 2
        self.stream = stream
        self.pages = paginate(stream, PER)
        before, after = arts[PER + 2].published, arts[PER + 3].published
        self.deleted_when = (after + (before - after) / 2).replace(second=0, microsecond=0)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    # ------------------------------------------------------------------ urls
    def api_url(self, k: int) -> str:
        return f"/api/v1/news?page={k + 1}&limit={PER}"

    def listing_pages(self):
        return [self.api_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    def robots(self) -> str:
        return "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n"

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 4, 7)]

    def pic(self, a, k=0):
        return f"/uploads/news/{a.published:%Y%m}/{a.id}-{k}.webp"

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, state: dict, head_extra: str = "", canon=""):
        canon_tag = f'<link rel="canonical" href="{canon}">' if canon else ""
        st = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!DOCTYPE html><html lang="th" dir="ltr"><head><title>{title}</title><style id="q-critical">{CRITICAL_CSS}</style><meta charset="utf-8"><meta name="description" content="{DEPT}"><meta name="format-detection" content="telephone=no"><meta name="msapplication-tap-highlight" content="no"><meta name="viewport" content="user-scalable=no,initial-scale=1,maximum-scale=1,minimum-scale=1,width=device-width">{canon_tag}<link rel="icon" type="image/png" sizes="32x32" href="/icons/favicon-32x32.png"><link rel="alternate" type="application/rss+xml" title="{SECTION} - RSS" href="/rss/news.xml"><link rel="sitemap" type="application/xml" title="Sitemap" href="/sitemap.xml">{head_extra}<link rel="stylesheet" href="/assets/index.8d1f6c2a.css"><script type="module" crossorigin src="/assets/index.3b7e91f0.js"></script></head><body class="desktop no-touch body--light" data-server-rendered><div id="q-app"><div class="q-layout q-layout--standard" tabindex="-1" style="min-height:100vh">
<div class="a11y-bar bg-grey-2 text-caption"><div class="container row items-center justify-end q-gutter-sm">
  <span>ขนาดตัวอักษร</span><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ก</span></button><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ก+</span></button><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ก++</span></button>
  <span>การแสดงผล</span><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ปกติ</span></button><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ขาวดำ</span></button><button class="q-btn q-btn--flat q-btn--dense" type="button"><span class="q-btn__content">ความคมชัดสูง</span></button>
  <a href="/" class="lang active">TH</a> | <a href="/en" class="lang">EN</a>
</div></div>
<header class="q-header q-layout__section--marginal fixed-top bg-white text-primary"><div class="q-toolbar row no-wrap items-center container">
  <a href="/" class="brand row items-center"><img src="/images/logo-dcy.svg" alt="{DEPT}" height="56"><div class="q-toolbar__title"><div class="text-h6">{DEPT}</div><div class="text-caption">{DEPT_EN}</div></div></a>
  <nav class="main-menu gt-sm"><a href="/" class="q-btn q-btn--flat"><span class="q-btn__content">หน้าแรก</span></a><a href="/about" class="q-btn q-btn--flat"><span class="q-btn__content">เกี่ยวกับกรม</span></a><a href="/news" class="q-btn q-btn--flat q-router-link--active"><span class="q-btn__content">{SECTION}</span></a><a href="/services" class="q-btn q-btn--flat"><span class="q-btn__content">บริการประชาชน</span></a><a href="/ita" class="q-btn q-btn--flat"><span class="q-btn__content">ITA</span></a><a href="/contact" class="q-btn q-btn--flat"><span class="q-btn__content">ติดต่อเรา</span></a></nav>
</div></header>
<div class="q-page-container" style="padding-top:120px"><main class="q-page container q-pa-md" style="min-height:600px">
{content}
</main></div>
<footer class="q-footer q-layout__section--marginal bg-primary text-white"><div class="container row q-col-gutter-md q-py-lg">
  <div class="col-md-6"><div class="text-subtitle1">{DEPT}</div><div>{FOOTER}</div><div>โทร. 0 2255 5850</div></div>
  <div class="col-md-3"><a href="/privacy" class="text-white">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a><br><a href="/website-policy" class="text-white">นโยบายเว็บไซต์</a></div>
  <div class="col-md-3 visitor">{COUNTER}</div>
</div></footer>
<div class="pdpa-bar fixed-bottom bg-grey-9 text-white q-pa-md row items-center"><div class="col">{PDPA} <a href="/cookie-policy" class="text-yellow">นโยบายคุกกี้</a></div><button class="q-btn q-btn--outline" type="button"><span class="q-btn__content">ตั้งค่าคุกกี้</span></button><button class="q-btn bg-yellow text-black" type="button"><span class="q-btn__content">ยอมรับทั้งหมด</span></button></div>
</div></div><script>window.__INITIAL_STATE__={st}</script></body></html>
"""

    def respond(self, text: str, status=200):
        return (
            status,
            {"Content-Type": "text/html", "X-Powered-By": "Express"},
            text.encode("utf-8"),
        )

    # ------------------------------------------------------------------ listing shell + api
    def render_list(self, k: int):
        skel = "".join(
            '<div class="col-12 col-sm-6 col-md-4"><div class="q-card"><div class="q-skeleton q-skeleton--type-rect" style="height:180px"></div><div class="q-card__section q-card__section--vert"><div class="q-skeleton q-skeleton--type-text"></div><div class="q-skeleton q-skeleton--type-text" style="width:50%"></div></div></div></div>'
            for _ in range(PER)
        )
        n = len(self.pages)
        btns = "".join(
            f'<button class="q-btn q-btn-item q-btn--{"standard bg-primary text-white" if j == k else "flat"} q-btn--dense" type="button" aria-label="{j + 1}"><span class="q-btn__content">{j + 1}</span></button>'
            for j in range(n)
        )
        content = f"""<nav class="q-breadcrumbs q-mb-md"><div class="flex items-center"><div class="q-breadcrumbs__el"><a href="/">หน้าแรก</a></div><div class="q-breadcrumbs__separator">/</div><div class="q-breadcrumbs__el q-breadcrumbs__el--active">{SECTION}</div></div></nav>
<h1 class="text-h4 text-primary q-mb-md">{SECTION}</h1>
<div class="q-tabs row no-wrap items-center q-mb-md"><div class="q-tab q-tab--active">ข่าวทั้งหมด</div><div class="q-tab">ข่าวกิจกรรม</div><div class="q-tab">ข่าวประกาศ</div></div>
<div class="news-list">
  <!--[--><div class="q-no-ssr-placeholder row q-col-gutter-md">{skel}</div><!--]-->
  <noscript><div class="q-banner bg-warning">กรุณาเปิดใช้งาน JavaScript เพื่อแสดงรายการข่าว</div></noscript>
</div>
<div class="q-pagination row no-wrap items-center justify-center q-mt-lg" role="navigation"><button class="q-btn q-btn-item q-btn--flat q-btn--dense" type="button"{" disabled" if k == 0 else ""}><span class="q-btn__content"><i class="q-icon material-icons" aria-hidden="true">chevron_left</i></span></button><div class="q-pagination__middle row justify-center">{btns}</div><button class="q-btn q-btn-item q-btn--flat q-btn--dense" type="button"{" disabled" if k == n - 1 else ""}><span class="q-btn__content"><i class="q-icon material-icons" aria-hidden="true">chevron_right</i></span></button></div>"""
        state = {"news": {"list": [], "page": k + 1, "limit": PER, "loading": True}}
        preload = f'<link rel="preload" as="fetch" crossorigin href="{self.api_url(k)}">'
        return self.respond(
            self.shell(f"{SECTION} | {DEPT}", content, state=state, head_extra=preload)
        )

    def api_item(self, a) -> dict:
        if a is None:
            return {
                "id": DELETED_ID,
                "title": DELETED_TITLE,
                "category": "ข่าวกิจกรรม",
                "thumbnail": None,
                "publishDate": self.deleted_when.date().isoformat(),
                "publishTime": f"{self.deleted_when:%H:%M}",
                "views": 0,
                "link": f"/news/{DELETED_ID}",
            }
        return {
            "id": a.id,
            "title": a.title,
            "category": "ข่าวกิจกรรม" if a.id % 3 else "ข่าวประกาศ",
            "thumbnail": self.pic(a) if a.extra["pic"] or a.extra["poster"] else None,
            "publishDate": a.published.date().isoformat(),
            "publishTime": f"{a.published:%H:%M}" if a.time_printed else None,
            "views": a.views,
            "link": a.path,
        }

    def render_api(self, query):
        try:
            k = int(query.get("page", ["1"])[0]) - 1
            limit = int(query.get("limit", [str(PER)])[0])
        except ValueError:
            return 400, {"Content-Type": "application/json"}, b'{"error":"bad request"}'
        if limit != PER or not 0 <= k < len(self.pages):
            data = []
        else:
            data = [self.api_item(a) for a in self.pages[k]]
        doc = {
            "data": data,
            "meta": {
                "page": k + 1,
                "limit": PER,
                "total": len(self.stream),
                "lastPage": len(self.pages),
            },
        }
        body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        return 200, {"Content-Type": "application/json; charset=utf-8"}, body

    def render_rss(self, base: str):
        items = []
        for a in self.articles[:10]:
            link = f"{base}{a.path}?utm_source=rss&amp;utm_medium=feed&amp;utm_campaign=dcy_news"
            items.append(
                f"""  <item>
    <title>{esc(a.title)}</title>
    <link>{link}</link>
    <guid isPermaLink="false">dcy-news-{a.id}</guid>
    <pubDate>{format_datetime(a.published)}</pubDate>
    <description>{esc(a.paras[0][:200])}…</description>
  </item>"""
            )
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
  <title>{SECTION} - {DEPT}</title>
  <link>{base}/news</link>
  <description>{SECTION} {DEPT}</description>
  <language>th</language>
  <atom:link href="{base}/rss/news.xml" rel="self" type="application/rss+xml" />
{chr(10).join(items)}
</channel>
</rss>
"""
        return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, xml.encode("utf-8")

    def render_sitemap_index(self, base: str):
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap><loc>{base}/sitemap-pages.xml</loc><lastmod>2024-06-30</lastmod></sitemap>
  <sitemap><loc>{base}/sitemap-news.xml</loc><lastmod>2024-06-30</lastmod></sitemap>
</sitemapindex>
"""
        return 200, {"Content-Type": "application/xml; charset=utf-8"}, xml.encode("utf-8")

    def render_sitemap(self, base: str, which: str):
        if which == "pages":
            urls = [(f"{base}{p}", "2024-01-15") for p in ("/", "/about", "/news", "/contact")]
        else:
            urls = []
            for a in self.stream:
                if a is None:
                    urls.append((f"{base}/news/{DELETED_ID}", self.deleted_when.date().isoformat()))
                else:
                    urls.append((f"{base}{a.path}", a.published.date().isoformat()))
        body = "\n".join(
            f"  <url><loc>{u}</loc><lastmod>{m}</lastmod><changefreq>monthly</changefreq></url>"
            for u, m in urls
        )
        xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{body}
</urlset>
"""
        return 200, {"Content-Type": "application/xml; charset=utf-8"}, xml.encode("utf-8")

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        out = []
        if a.extra["poster"]:
            out.append(
                f'<p><img src="/uploads/news/{a.published:%Y%m}/{a.id}-poster.jpg" alt="โปสเตอร์ประชาสัมพันธ์" style="width:100%"></p>'
            )
        for j, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if a.extra["figs"] and j in (3, 8, 13, 18):
                c = (3, 8, 13, 18).index(j)
                out.append(
                    f'<figure class="image"><img src="{self.pic(a, c + 1)}" alt=""><figcaption>{esc(CAPTIONS[c])}</figcaption></figure>'
                )
        src = a.extra["src"]
        if src:
            out.append(
                f'<p>ที่มา : <a href="{src[1]}" target="_blank" rel="noopener">{esc(src[0])}</a></p>'
            )
        return "\n".join(out)

    def render_article(self, a, base: str):
        older, newer = self.neighbours(a)
        full = base + a.path
        img = (
            f'<div class="q-img q-img--menu news-cover q-mb-md" role="img"><div style="padding-bottom:56.25%"></div><div class="q-img__container absolute-full"><img class="q-img__image q-img__image--with-transition q-img__image--loaded" loading="lazy" src="{self.pic(a)}" alt="{esc(a.title)}" style="object-fit:cover"></div></div>'
            if a.extra["pic"]
            else ""
        )
        chips = "".join(
            f'<a href="/news?tag={esc(t)}" class="q-chip row inline no-wrap items-center q-chip--clickable cursor-pointer"><div class="q-chip__content col row no-wrap items-center">#{esc(t)}</div></a>'
            for t in a.tags
        )
        pn = '<div class="row q-col-gutter-md q-my-lg news-nav">'
        if older:
            pn += f'<div class="col-6"><div class="text-caption">ข่าวก่อนหน้า</div><a href="{older.path}">{esc(older.title)}</a></div>'
        if newer:
            pn += f'<div class="col-6 text-right"><div class="text-caption">ข่าวถัดไป</div><a href="{newer.path}">{esc(newer.title)}</a></div>'
        pn += "</div>"
        rel = "".join(
            f"""<div class="col-12 col-md-4"><a class="q-card q-card--bordered news-card" href="{x.path}?utm_source=website&amp;utm_medium=related"><div class="q-img" role="img"><div class="q-img__container"><img class="q-img__image" src="{self.pic(x)}" alt=""></div></div><div class="q-card__section q-card__section--vert"><div class="text-subtitle2 ellipsis-2-lines">{esc(x.title)}</div><div class="text-caption text-grey">{rel_age(x.published)}</div></div></a></div>"""
            for x in self.related(a)
        )
        content = f"""<nav class="q-breadcrumbs q-mb-md"><div class="flex items-center"><div class="q-breadcrumbs__el"><a href="/">หน้าแรก</a></div><div class="q-breadcrumbs__separator">/</div><div class="q-breadcrumbs__el"><a href="/news">{SECTION}</a></div><div class="q-breadcrumbs__separator">/</div><div class="q-breadcrumbs__el q-breadcrumbs__el--active">รายละเอียดข่าว</div></div></nav>
<article class="news-detail">
  <h1 class="text-h5 text-weight-bold news-title">{esc(a.title)}</h1>
  <div class="row items-center q-gutter-md text-grey-8 news-meta">
    <div><i class="q-icon material-icons" aria-hidden="true">event</i> <span class="news-date">{th_date(a.published, a.time_printed)}</span></div>
    <div><i class="q-icon material-icons" aria-hidden="true">visibility</i> <span class="news-views">อ่าน ({thai_digits(f"{a.views:,}")})</span></div>
    <div class="q-space"></div>
    <a class="q-btn q-btn--flat q-btn--dense" href="{a.path}/print" target="_blank"><span class="q-btn__content"><i class="q-icon material-icons">print</i> พิมพ์</span></a>
  </div>
  <div class="q-separator q-my-md"></div>
  {img}
  <div class="news-content ck-content">
{self.body_html(a)}
  </div>
  <div class="news-tags q-mt-md"><span class="text-weight-medium">แท็ก</span> {chips}</div>
  <div class="news-share q-mt-md row items-center q-gutter-sm"><span>แชร์</span>
    <a class="q-btn q-btn--round bg-blue-9 text-white" href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" aria-label="Facebook"><span class="q-btn__content">f</span></a>
    <a class="q-btn q-btn--round bg-green text-white" href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" aria-label="LINE"><span class="q-btn__content">LINE</span></a>
    <a class="q-btn q-btn--round bg-black text-white" href="https://twitter.com/intent/tweet?url={full}" target="_blank" aria-label="X"><span class="q-btn__content">X</span></a>
    <button class="q-btn q-btn--outline" type="button"><span class="q-btn__content">คัดลอกลิงก์</span></button>
  </div>
</article>
{pn}
<section class="related-news q-mt-xl"><h2 class="text-h6">{RELATED}</h2><div class="row q-col-gutter-md">{rel}</div></section>"""
        state = {
            "news": {
                "detail": {
                    "id": a.id,
                    "title": a.title,
                    "publishDate": a.published.date().isoformat(),
                    "publishTime": f"{a.published:%H:%M}" if a.time_printed else None,
                    "views": a.views,
                    "tags": a.tags,
                    "content": self.body_html(a),
                }
            }
        }
        return self.respond(
            self.shell(f"{esc(a.title)} | {DEPT}", content, state=state, canon=a.path)
        )

    def render_print(self, a):
        d = a.published
        when = f"{d.day}/{d.month}/{d.year + 543}" + (f" {d:%H:%M:%S}" if a.time_printed else "")
        text = f"""<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><title>{esc(a.title)} | {DEPT}</title><link rel="canonical" href="{a.path}"><meta name="robots" content="noindex"></head>
<body onload="window.print()" class="print-view">
<div class="print-header"><img src="/images/logo-dcy.svg" height="48" alt=""> {DEPT}</div>
<h1>{esc(a.title)}</h1>
<p class="print-date">วันที่ {when}</p>
<div class="print-content">
{self.body_html(a)}
</div>
</body></html>
"""
        return self.respond(text)

    def render_deleted(self):
        content = f"""<nav class="q-breadcrumbs q-mb-md"><div class="flex items-center"><div class="q-breadcrumbs__el"><a href="/">หน้าแรก</a></div><div class="q-breadcrumbs__separator">/</div><div class="q-breadcrumbs__el"><a href="/news">{SECTION}</a></div></div></nav>
<article class="news-detail">
  <h1 class="text-h5 text-weight-bold news-title"></h1>
  <div class="q-banner row items-center bg-grey-3 q-pa-lg"><div class="q-banner__content">{NOT_FOUND}</div></div>
  <a href="/news" class="q-btn q-btn--outline q-mt-md"><span class="q-btn__content">กลับหน้ารายการข่าว</span></a>
</article>"""
        return self.respond(self.shell(f" | {DEPT}", content, state={"news": {"detail": None}}))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        p = path.rstrip("/") or "/"
        if p == "/news":
            try:
                k = int(query.get("page", ["1"])[0]) - 1
            except ValueError:
                k = 0
            if not 0 <= k < len(self.pages):
                k = 0
            return self.render_list(k)
        if p == "/api/v1/news":
            return self.render_api(query)
        if p == "/rss/news.xml":
            return self.render_rss(base)
        if p == "/sitemap.xml":
            return self.render_sitemap_index(base)
        if p in ("/sitemap-news.xml", "/sitemap-pages.xml"):
            return self.render_sitemap(base, p[9:-4])
        m = re.fullmatch(r"/news/(\d+)(/print)?", p)
        if m:
            nid = int(m.group(1))
            if nid == DELETED_ID and not m.group(2):
                return self.render_deleted()
            a = self.by_id.get(nid)
            if a is None:
                return None
            return self.render_print(a) if m.group(2) else self.render_article(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ขนาดตัวอักษร",
                "ความคมชัดสูง",
                "พิมพ์",
                "แชร์",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                RELATED,
                f"อ่าน ({thai_digits(f'{a.views:,}')})",
                th_date(a.published, a.time_printed),
                PDPA,
                "ยอมรับทั้งหมด",
                "ตั้งค่าคุกกี้",
                COUNTER,
                FOOTER,
                DEPT_EN,
            ]
            must_not += [f"#{t}" for t in a.tags]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [rel_age(x.published) for x in self.related(a)]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = QuasarSsrCsrListSite()

if __name__ == "__main__":
    main(SITE)
