"""Blind-26 red-team site: **Payload CMS 3 + Next.js 15 (App Router)**, built from Payload's
website template, for a provincial social development office
(สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง), built blind.

What it imitates:
- Next.js output: `<!DOCTYPE html>`, `/_next/static/chunks/...` scripts with `async`,
  `<meta name="next-size-adjust">`, `self.__next_f.push([1,"..."])` RSC payload scripts that
  **repeat the article text, the headline and the related titles as escaped JSON**,
  `x-powered-by: Next.js` header, `generator` meta "Payload" (the template's metadata);
- the template's routes: posts at `/posts/<slug>` where the slug hook stripped every Thai
  character, so editors left **the document id (a Mongo ObjectId)**; the archive
  `/posts`, then **`/posts/page/2`, `/posts/page/3`** (the template's `page/[pageNumber]`);
- the layout's static metadata: **`<title>` is "ข่าวประชาสัมพันธ์ | office" on every page**
  and the hero `h1` is the section "ข่าวและกิจกรรม"; **the headline is an `h2`** (plus the
  JSON-LD `headline` and the breadcrumb's last item);
- dates as `Intl.DateTimeFormat('th-TH-u-nu-thai')` prints them: **"๑๕ มี.ค. ๖๗" (Thai digits,
  abbreviated month, two-digit BE year)**, and in a separate element "เวลา ๑๔:๓๐ น." (items
  with a time only); JSON-LD `datePublished` / `dateModified` **in UTC with milliseconds**
  (`2024-03-15T07:30:00.000Z`), printed for every post (never-edited: equal);
  a visible "แก้ไขล่าสุด ๒๐ มี.ค. ๖๗" on edited posts only;
- **"เข้าชม ๑,๒๓๔ ครั้ง" in Thai digits** (a per-post views field);
- inside the `article`: toolbar (font size "ก- ก ก+", "พิมพ์"), share "แชร์:" (Facebook, LINE, X,
  คัดลอกลิงก์), the Lexical rich text (`div.payload-richtext`), a figure with caption (some),
  a download card (some), the source field "ที่มา :" (2 in 5) or **a typed last paragraph
  "ข่าว/ภาพ : …"** (1 in 5), tag chips "#…", prev/next cards with neighbour titles and the
  template's **related posts block "ข่าวที่เกี่ยวข้อง"**;
- PDPA cookie banner, footer with a site-wide visitor counter.
Deleted: a post unpublished after the archive was cached (ISR): the archive still links it;
`notFound()` fires after the shell has streamed, so Next answers **200** with the not-found
UI ("ไม่พบหน้าที่คุณต้องการ") and `<meta name="robots" content="noindex">`.
"""

from __future__ import annotations

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

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดตรัง"
HOST = "https://trang.m-society.go.th"
SOURCES = ["ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดตรัง", None, "บ้านพักเด็กและครอบครัวจังหวัดตรัง", None, None]
PER_PAGE = 9
UTC = dt.UTC
DELETED_ID = "6611c0e2b7a94d3f1c2e8a55"
CATS = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "ผู้สูงอายุ", "คนพิการ"]


def oid(n: int) -> str:
    return "66" + hashlib.md5(f"payload-{n}".encode()).hexdigest()[:22]


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def th_time(d: dt.datetime) -> str:
    return "เวลา " + thai_digits(f"{d:%H:%M}") + " น."


def utc_ms(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def th_count(n: int) -> str:
    return thai_digits(f"{n:,}")


class PayloadNextSite(BaseSite):
    key = "b26_payload_nextjs"
    family = "generic"
    imitates = "Payload CMS 3 website template on Next.js 15 App Router: /posts, /posts/page/N; /posts/<ObjectId>; static <title> and hero h1 = section, headline in h2 (+JSON-LD headline, breadcrumb); Thai-digit dates '๑๕ มี.ค. ๖๗' with a separate 'เวลา ๑๔:๓๐ น.'; JSON-LD datePublished/dateModified in UTC with ms for every post; 'เข้าชม ๑,๒๓๔ ครั้ง'; RSC payload scripts repeating text and related titles; share/toolbar/tags/prev-next/related inside the article; 'ที่มา :' field or typed 'ข่าว/ภาพ :' paragraph; deleted = streamed notFound() at 200"
    listing_path = "/posts"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 18, 0, tzinfo=TZ), offset=57
        )
        for i, a in enumerate(arts):
            a.id = 900 - i
            a.path = f"/posts/{oid(a.id)}"
            a.extra["typed_source"] = i % 5 == 3
            a.source = "กลุ่มการพัฒนาสังคม" if a.extra["typed_source"] else SOURCES[i % 5]
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 7 == 4
            a.extra["cat"] = CATS[i % len(CATS)]
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/posts"] + [f"/posts/page/{k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/posts/{DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def rsc(self, obj) -> str:
        blob = json.dumps("2:" + json.dumps(obj, ensure_ascii=False), ensure_ascii=False)
        blob = blob.replace("</", "<\\/")
        return (
            "<script>(self.__next_f=self.__next_f||[]).push([0])</script>"
            f"<script>self.__next_f.push([1,{blob}])</script>"
        )

    def shell(self, main_html, rsc_obj, head_extra=""):
        return f"""<!DOCTYPE html><html lang="th" class="__variable_3a0388 __variable_c1e5c9"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><link rel="stylesheet" href="/_next/static/css/5f3b1c0a9e2d7f41.css" data-precedence="next"/><link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-8c1f2e4b7a9d3e60.js"/><script src="/_next/static/chunks/4bd1b696-2f8e1c7d9a0b3e45.js" async=""></script><script src="/_next/static/chunks/main-app-a7e3c1f09d2b4e68.js" async=""></script><script src="/_next/static/chunks/app/(frontend)/posts/%5Bslug%5D/page-1c9e7a3f5b2d4e80.js" async=""></script><meta name="next-size-adjust" content=""/><title>ข่าวประชาสัมพันธ์ | {OFFICE}</title><meta name="description" content="{OFFICE} กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"/><meta name="generator" content="Payload"/>{head_extra}<link rel="icon" href="/favicon.ico" type="image/x-icon" sizes="48x48"/><script src="/_next/static/chunks/polyfills-42372ed130431b0a.js" noModule=""></script></head><body><div hidden=""><!--$--><!--/$--></div><header class="container relative z-20"><div class="py-8 flex justify-between"><a href="/"><img alt="{OFFICE}" loading="lazy" width="193" height="34" decoding="async" class="max-w-[9.375rem] w-full h-[34px]" src="/api/media/file/logo-msociety.svg"/></a><nav class="flex gap-3 items-center"><a class="" href="/">หน้าแรก</a><a class="" href="/about">เกี่ยวกับหน่วยงาน</a><a class="" href="/posts">ข่าวประชาสัมพันธ์</a><a class="" href="/services">บริการประชาชน</a><a class="" href="/oit">ITA</a><a href="/search"><span class="sr-only">ค้นหา</span><svg class="w-5 text-primary" viewBox="0 0 24 24"></svg></a></nav></div></header><div class="pt-8 pb-4"><div class="container mb-8"><div class="prose dark:prose-invert max-w-none"><h1>ข่าวและกิจกรรม</h1></div></div>{main_html}</div><footer class="mt-auto border-t border-border bg-black dark:bg-card text-white"><div class="container py-8 gap-8 flex flex-col md:flex-row md:justify-between"><div><p>{OFFICE}</p><p>ศาลากลางจังหวัดตรัง ถนนพระรามหก ตำบลทับเที่ยง อำเภอเมืองตรัง จังหวัดตรัง 92000 โทร 0-7521-8065</p><p>สายด่วน ๑๓๐๐ ศูนย์ช่วยเหลือสังคม</p></div><div class="visitor-stats"><p>สถิติผู้เข้าชมเว็บไซต์</p><ul><li>วันนี้ ๒๑๓</li><li>ทั้งหมด ๑๘๔,๐๒๗</li></ul></div><nav class="flex flex-col md:flex-row gap-4"><a class="text-white" href="/privacy">นโยบายความเป็นส่วนตัว</a><a class="text-white" href="/sitemap.xml">แผนผังเว็บไซต์</a></nav></div></footer><div role="dialog" aria-live="polite" class="fixed bottom-0 inset-x-0 z-50 cookie-consent"><div class="container py-4 flex items-center gap-4"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ตาม พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล</p><button type="button">ยอมรับทั้งหมด</button><button type="button">ตั้งค่าคุกกี้</button></div></div><script src="/_next/static/chunks/webpack-8c1f2e4b7a9d3e60.js" async=""></script>{self.rsc(rsc_obj)}</body></html>"""

    # ------------------------------------------------------------------ listing

    def card(self, path, title, cat, when, excerpt):
        return f"""<article class="border border-border rounded-lg overflow-hidden bg-card hover:cursor-pointer"><div class="relative w-full"><img alt="" loading="lazy" width="640" height="360" decoding="async" src="/api/media/file/cover-{path[-6:]}-640x360.jpg"/></div><div class="p-4"><div class="uppercase text-sm mb-4">{cat}</div><div class="prose"><h3><a class="not-prose" href="{path}">{esc(title)}</a></h3></div><div class="mt-2"><p>{esc(excerpt)}</p></div><time class="text-xs" dateTime="{utc_ms(when)}">{th_date(when)}</time></div></article>"""

    def pagination(self, k):
        n = len(self.pages)

        def link(i):
            return "/posts" if i == 0 else f"/posts/page/{i + 1}"

        items = []
        if k > 0:
            items.append(
                f'<li><a aria-label="Go to previous page" class="gap-1 pl-2.5" href="{link(k - 1)}"><span>ก่อนหน้า</span></a></li>'
            )
        for i in range(n):
            cur = ' aria-current="page"' if i == k else ""
            items.append(f'<li><a{cur} class="h-10 w-10" href="{link(i)}">{i + 1}</a></li>')
        if k < n - 1:
            items.append(
                f'<li><a aria-label="Go to next page" class="gap-1 pr-2.5" href="{link(k + 1)}"><span>ถัดไป</span></a></li>'
            )
        return f'<div class="container"><nav role="navigation" aria-label="pagination" class="mx-auto my-12 flex w-full justify-center"><ul class="flex flex-row items-center gap-1">{"".join(items)}</ul></nav></div>'

    def listing(self, k):
        cards = [
            self.card(a.path, a.title, a.extra["cat"], a.published, a.paras[0][:140] + "…")
            for a in self.pages[k]
        ]
        if k == 1:
            when = self.pages[1][2].published - dt.timedelta(hours=5)
            cards.insert(
                3,
                self.card(
                    f"/posts/{DELETED_ID}",
                    "ประกาศรับสมัครอาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.) เพิ่มเติม",
                    "ข่าวประชาสัมพันธ์",
                    when,
                    "รายละเอียดตามประกาศ",
                ),
            )
        total = len(self.articles)
        lo = k * PER_PAGE + 1
        hi = min(total, (k + 1) * PER_PAGE)
        main_html = f"""<div class="container mb-8"><div class="font-semibold">แสดง {lo} - {hi} จาก {total} รายการ</div></div><div class="container"><div class="grid grid-cols-4 sm:grid-cols-8 lg:grid-cols-12 gap-y-4 gap-x-4 lg:gap-y-8 lg:gap-x-8 xl:gap-x-8">{"".join(f'<div class="col-span-4">{c}</div>' for c in cards)}</div></div>{self.pagination(k)}"""
        obj = {"docs": [{"id": oid(a.id), "title": a.title} for a in self.pages[k]], "page": k + 1}
        return self.shell(main_html, obj)

    # ------------------------------------------------------------------ post

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 3, i - 2, i + 6, i + 1) if 0 <= j < len(self.articles)
        ][:3]

    def post(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["typed_source"]:
            paras += f"<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>"
        figure = ""
        if a.extra["image"]:
            figure = f'<div class="col-start-2 my-8"><figure><img alt="" loading="lazy" width="1200" height="800" decoding="async" src="/api/media/file/activity-{a.id}-1200x800.jpg"/><figcaption class="mt-6"><div class="payload-richtext"><p>บรรยากาศการดำเนินกิจกรรม ภาพโดยกลุ่มงานสื่อสารองค์กร</p></div></figcaption></figure></div>'
        source = ""
        if a.source and not a.extra["typed_source"]:
            source = f'<div class="post-source text-sm"><span class="font-semibold">ที่มา :</span> <span>{esc(a.source)}</span></div>'
        download = ""
        if a.extra["file"]:
            download = f'<div class="download-card border rounded p-4"><p>เอกสารประกอบ</p><a href="/api/media/file/doc-{a.id}.pdf" download="">ดาวน์โหลดเอกสาร (PDF, ๕๒๐ KB)</a></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="flex flex-wrap gap-2 post-tags">'
                + "".join(
                    f'<a class="rounded-full border px-3 py-1 text-xs" href="/posts?tag={esc(t)}"><span aria-hidden="true">#</span>{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        pn = '<nav class="grid grid-cols-2 gap-4 post-nav">'
        pn += (
            f'<a class="border rounded p-4" href="{newer.path}"><span class="text-xs">← ข่าวก่อนหน้า</span><p>{esc(newer.title)}</p></a>'
            if newer
            else "<div></div>"
        )
        if older:
            pn += f'<a class="border rounded p-4 text-right" href="{older.path}"><span class="text-xs">ข่าวถัดไป →</span><p>{esc(older.title)}</p></a>'
        pn += "</nav>"
        rel = "".join(
            f'<div class="col-span-4">{self.card(r.path, r.title, r.extra["cat"], r.published, r.paras[0][:90] + "…")}</div>'
            for r in self.related(a)
        )
        edited = ""
        if a.modified:
            edited = f'<div class="flex flex-col gap-1"><p class="text-sm">แก้ไขล่าสุด</p><time dateTime="{utc_ms(a.modified)}">{th_date(a.modified)}</time></div>'
        time_el = (
            f' <span class="post-time">{th_time(a.published)}</span>' if a.time_printed else ""
        )
        main_html = f"""<article class="pt-16 pb-16"><nav aria-label="breadcrumb" class="container text-sm mb-4"><ol class="flex gap-2"><li><a href="/">หน้าแรก</a></li><li>/</li><li><a href="/posts">ข่าวประชาสัมพันธ์</a></li><li>/</li><li aria-current="page">{esc(a.title)}</li></ol></nav><div class="relative -mt-[10.4rem] flex items-end"><div class="container z-10 relative lg:grid lg:grid-cols-[1fr_48rem_1fr] text-white pb-8"><div class="col-start-1 col-span-1 md:col-start-2 md:col-span-2"><div class="uppercase text-sm mb-6"><span>{a.extra["cat"]}</span></div><div class=""><h2 class="mb-6 text-3xl md:text-5xl lg:text-6xl">{esc(a.title)}</h2></div><div class="flex flex-col md:flex-row gap-4 md:gap-16"><div class="flex flex-col gap-1"><p class="text-sm">เผยแพร่เมื่อ</p><p><time dateTime="{utc_ms(a.published)}">{th_date(a.published)}</time>{time_el}</p></div>{edited}<div class="flex flex-col gap-1"><p class="text-sm">เข้าชม {th_count(a.views)} ครั้ง</p></div></div></div></div></div><div class="flex flex-col items-center gap-4 pt-8"><div class="container"><div class="post-toolbar flex gap-2 justify-end"><span>ขนาดตัวอักษร</span><button type="button">ก-</button><button type="button">ก</button><button type="button">ก+</button><button type="button" class="print-btn">พิมพ์</button></div><div class="share-bar flex gap-2"><span>แชร์:</span><a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" target="_blank" rel="noopener">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" target="_blank" rel="noopener">LINE</a><a href="https://x.com/intent/post?url={HOST}{a.path}" target="_blank" rel="noopener">X</a><button type="button">คัดลอกลิงก์</button></div><div class="max-w-[48rem] mx-auto payload-richtext mx-auto prose md:prose-md dark:prose-invert">{paras}</div>{figure}{download}{source}{tags}{pn}<div class="mt-12 max-w-[52rem] lg:grid lg:grid-cols-subgrid col-start-1 col-span-3 grid-rows-[2fr]"><h2 class="text-2xl mb-4">ข่าวที่เกี่ยวข้อง</h2><div class="grid grid-cols-4 gap-4">{rel}</div></div></div></div></article>"""
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": utc_ms(a.published),
            "dateModified": utc_ms(a.modified or a.published),
            "publisher": {"@type": "GovernmentOrganization", "name": OFFICE},
            "mainEntityOfPage": HOST + a.path,
        }
        head = (
            f'<link rel="canonical" href="{HOST}{a.path}"/><meta property="og:type" content="article"/>'
            f'<meta property="og:url" content="{HOST}{a.path}"/><meta property="og:site_name" content="{OFFICE}"/>'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        )
        obj = {
            "doc": {
                "id": oid(a.id),
                "title": a.title,
                "content": {
                    "root": {"children": [{"type": "paragraph", "text": p} for p in a.paras]}
                },
                "publishedAt": utc_ms(a.published),
                "views": a.views,
                "relatedPosts": [{"id": oid(r.id), "title": r.title} for r in self.related(a)],
            }
        }
        return self.shell(main_html, obj, head)

    def not_found(self):
        main_html = '<div class="container py-28"><div class="prose max-w-none"><h1 style="margin-bottom:0">404</h1><p class="mb-4">ไม่พบหน้าที่คุณต้องการ</p></div><a class="inline-flex items-center rounded" href="/">กลับหน้าแรก</a></div>'
        return self.shell(main_html, {"notFound": True}, '<meta name="robots" content="noindex"/>')

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        path = path.rstrip("/") or "/"
        if path == "/posts":
            return self.page(self.listing(0))
        if path.startswith("/posts/page/"):
            n = path.rsplit("/", 1)[1]
            if n.isdigit() and 2 <= int(n) <= len(self.pages):
                return self.page(self.listing(int(n) - 1))
            if n == "1":
                return 307, {"Location": base + "/posts"}, b""
            return None
        if path == f"/posts/{DELETED_ID}":
            return self.page(self.not_found())
        if path in self.by_path:
            return self.page(self.post(self.by_path[path]))
        return None

    def page(self, text):
        status, headers, body = self.html_response(text)
        headers.update(
            {
                "X-Powered-By": "Next.js",
                "Vary": "RSC, Next-Router-State-Tree, Next-Router-Prefetch",
                "x-nextjs-cache": "HIT",
            }
        )
        return status, headers, body

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                "ข่าวและกิจกรรม",
                "เผยแพร่เมื่อ",
                th_date(a.published),
                f"เข้าชม {th_count(a.views)} ครั้ง",
                "ขนาดตัวอักษร",
                "คัดลอกลิงก์",
                "แชร์:",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ทั้งหมด ๑๘๔,๐๒๗",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ศาลากลางจังหวัดตรัง ถนนพระรามหก",
                "นโยบายความเป็นส่วนตัว",
                "หน้าแรก",
            ]
            if a.time_printed:
                must_not.append(th_time(a.published))
            if a.modified:
                must_not += ["แก้ไขล่าสุด", th_date(a.modified)]
            if a.extra["image"]:
                must_not.append("บรรยากาศการดำเนินกิจกรรม ภาพโดยกลุ่มงานสื่อสารองค์กร")
            if a.extra["file"]:
                must_not += ["เอกสารประกอบ", "ดาวน์โหลดเอกสาร (PDF, ๕๒๐ KB)"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += ["#" + t for t in a.tags]
            rec = expected_record(a, published_time=True, must_not=must_not)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = PayloadNextSite()

if __name__ == "__main__":
    main(SITE)
