"""Blind-26 red-team site: a static **Eleventy 2 (eleventy-base-blog v8 layout, Nunjucks)**
news site of a district office (ที่ว่าการอำเภอท่าวังผา จังหวัดน่าน) on GitHub Pages, built blind.

What it imitates:
- Eleventy output: `<meta name="generator" content="Eleventy v2.0.1">`, `/feed/feed.xml`
  (Atom), `/css/index.css`, Pagefind search (`/pagefind/pagefind-ui.js`,
  `data-pagefind-body` on the post), `<link rel="alternate">` feeds, pretty permalinks
  set in front matter (`/news/2567/pr-045/`, since `slugify` drops Thai letters);
- the base layout: **the office name in `h1.home` in the header of every page**, the
  `<title>` "ข่าวประชาสัมพันธ์ | office" on every page (the layout prints `metadata.title`
  only), a skip link, nav, "ขนาดตัวอักษร" tools, footer with a busuanzi-style site counter;
- the post layout: `h1` headline (the second `h1` on the page), `ul.post-metadata` with
  **`<time datetime="2024-03-05">` (date-only front-matter date) showing a Thai-digit BE date
  `๕ มี.ค. ๒๕๖๗`** (Intl th-TH-u-nu-thai) and, **in a separate item, "เวลา ๑๔.๒๐ น."** for
  posts whose front matter has a `time`; **a reading-time item "อ่าน ๓ นาที"** (not a counter),
  a **per-post GoatCounter figure fetched at build time "ผู้เข้าชม ๑,๒๓๔ ครั้ง"** (Thai
  digits), "ปรับปรุงล่าสุด ๗ มี.ค. ๒๕๖๗" for edited posts only; tag links `#tag`;
- the markdown body (`markdown-it` `<p>`s), an eleventy-img `<picture>` with an `<em>`
  caption paragraph (some), an attachment list (some), the source from front matter printed
  as "ที่มา : …" inside the post `article` after the text (most), share links, "ข่าวล่าสุด"
  (five titles) inside the same `article`, `ul.links-nextprev` with both neighbour titles,
  giscus comments script.
Listing: Eleventy pagination **`/news/`, `/news/1/`, `/news/2/` (the permalink uses the
0-based `pagination.pageNumber`, so the link labelled "2" goes to `/news/1/`)**, 9 a page,
24 articles.
Deleted: `/news/2567/pr-046/`, a post whose front matter was changed to a stub ("ข่าวนี้ถูกนำออก
แล้ว"): 200 with the post layout, an empty body and no date.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TAG_POOL,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "ที่ว่าการอำเภอท่าวังผา จังหวัดน่าน"
SITE_TITLE = f"ข่าวประชาสัมพันธ์ | {OFFICE}"
HOST = "https://thawangpha-district.github.io"
SOURCES = [
    "ฝ่ายบริหารงานปกครอง อำเภอท่าวังผา",
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    None,
    "ศูนย์ดำรงธรรมอำเภอท่าวังผา",
]
PER_PAGE = 9
DELETED = "/news/2567/pr-046/"
TZ7 = dt.timezone(dt.timedelta(hours=7))


def th_date(d: dt.datetime) -> str:
    """Intl.DateTimeFormat('th-TH-u-nu-thai', {dateStyle: 'medium'}): '๕ มี.ค. ๒๕๖๗'."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d:%H.%M} น.")


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


class EleventySite(BaseSite):
    key = "b26_eleventy_njk"
    family = "generic"
    imitates = "Eleventy 2 static site (eleventy-base-blog layout, Nunjucks, Pagefind) on GitHub Pages: office name in h1.home on every page and the same <title> everywhere, headline in the post's h1 (second h1); time[datetime=YYYY-MM-DD] with Thai-digit BE date '๕ มี.ค. ๒๕๖๗' and the time in a separate item 'เวลา ๑๔.๒๐ น.' (some); reading time 'อ่าน ๓ นาที' beside a build-time GoatCounter 'ผู้เข้าชม ๑,๒๓๔ ครั้ง' (Thai digits); 'ปรับปรุงล่าสุด' only when edited; #tags; caption, attachments, 'ที่มา :', share and 'ข่าวล่าสุด' inside the article; prev/next titles; pagination /news/, /news/1/, /news/2/ (0-based URL, 1-based labels); deleted = stub post"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key,
            24,
            start=dt.datetime(2024, 6, 28, 16, 30, tzinfo=TZ7),
            offset=29,
        )
        drop_corpus_signoffs(arts)
        n = 61
        for i, a in enumerate(arts):
            a.id = n
            n -= 1 + (i % 3 == 2)
            src = SOURCES[i % len(SOURCES)]
            a.source = src
            a.path = f"/news/{be(a.published)}/pr-{a.id:03d}/"
            a.tags = [t for t in a.tags if t in TAG_POOL]
            a.extra["image"] = i % 5 == 2
            a.extra["files"] = i % 7 == 4
            a.extra["minutes"] = max(1, sum(map(len, a.paras)) // 900 + 1)
            if a.modified:
                a.modified = a.modified.replace(hour=0, minute=0)
        self.articles = arts
        assert all(a.path != DELETED for a in arts)
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news/"] + [f"/news/{k}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ layout

    def base(self, inner: str, head_extra: str = "", pagefind: bool = False) -> str:
        return f"""<!doctype html>
<html lang="th">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>{SITE_TITLE}</title>
		<meta name="description" content="ข่าวสารและกิจกรรมของ{OFFICE}">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{OFFICE}">
		<link rel="alternate" href="/feed/feed.json" type="application/json" title="{OFFICE}">
		<meta name="generator" content="Eleventy v2.0.1">
		<link rel="stylesheet" href="/css/index.css">
		<link rel="stylesheet" href="/pagefind/pagefind-ui.css">
		<link rel="icon" href="/img/favicon.png">
{head_extra}	</head>
	<body>
		<a href="#skip" class="visually-hidden">ข้ามไปยังเนื้อหาหลัก</a>
		<header>
			<a href="/" class="home-link"><img src="/img/logo-dopa.png" alt="" width="56" height="56"></a>
			<h1 class="home"><a href="/">{OFFICE}</a></h1>
			<nav>
				<h2 class="visually-hidden">เมนูหลัก</h2>
				<ul class="nav">
					<li class="nav-item"><a href="/">หน้าแรก</a></li>
					<li class="nav-item"><a href="/news/" aria-current="page">ข่าวประชาสัมพันธ์</a></li>
					<li class="nav-item"><a href="/announcements/">ประกาศ</a></li>
					<li class="nav-item"><a href="/about/">เกี่ยวกับอำเภอ</a></li>
					<li class="nav-item"><a href="/tags/">แท็กทั้งหมด</a></li>
				</ul>
			</nav>
			<div class="a11y-tools" aria-label="ขนาดตัวอักษร">ขนาดตัวอักษร <button data-fs="-1">ก-</button><button data-fs="0">ก</button><button data-fs="1">ก+</button></div>
			<div id="search" class="search-box"></div>
		</header>
		<main id="skip">
{inner}
		</main>
		<footer>
			<p>{OFFICE} ถนนน่าน-ทุ่งช้าง ตำบลท่าวังผา อำเภอท่าวังผา จังหวัดน่าน 55140 โทร. ๐ ๕๔๗๙ ๙๐๑๒</p>
			<p class="site-counter">จำนวนผู้เยี่ยมชมเว็บไซต์ ๔๑,๒๐๗ ครั้ง</p>
			<p><em>สร้างด้วย <a href="https://www.11ty.dev/">Eleventy</a> · โฮสต์บน GitHub Pages</em></p>
		</footer>
		<script src="/pagefind/pagefind-ui.js"></script>
		<script>window.addEventListener('DOMContentLoaded',()=>{{new PagefindUI({{element:"#search",showSubResults:true,translations:{{placeholder:"ค้นหา"}}}})}});</script>
		<script data-goatcounter="https://thawangpha.goatcounter.com/count" async src="//gc.zgo.at/count.js"></script>
	</body>
</html>
"""

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def latest(self, a):
        return [r for r in self.articles[:6] if r is not a][:5]

    def metadata(self, a: Article) -> str:
        items = [
            f'<li><span class="visually-hidden">วันที่ </span><time datetime="{a.published.date().isoformat()}">{th_date(a.published)}</time></li>'
        ]
        if a.time_printed:
            items.append(f'<li class="post-time">{th_time(a.published)}</li>')
        items.append(f'<li class="reading-time">อ่าน {thai_digits(a.extra["minutes"])} นาที</li>')
        items.append(
            f'<li class="pageviews" title="ข้อมูลจาก GoatCounter ณ วันที่สร้างเว็บไซต์">ผู้เข้าชม {th_num(a.views)} ครั้ง</li>'
        )
        if a.modified:
            items.append(
                f'<li class="post-updated">ปรับปรุงล่าสุด <time datetime="{a.modified.date().isoformat()}">{th_date(a.modified)}</time></li>'
            )
        for t in a.tags:
            items.append(f'<li><a href="/tags/{t}/" class="post-tag">#{esc(t)}</a></li>')
        return '<ul class="post-metadata">\n\t\t\t\t' + "\n\t\t\t\t".join(items) + "\n\t\t\t</ul>"

    def detail(self, a: Article) -> str:
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<p><picture><source type="image/webp" srcset="/img/news/pr-{a.id:03d}-800w.webp 800w"><img alt="ภาพกิจกรรม" loading="lazy" decoding="async" src="/img/news/pr-{a.id:03d}-800w.jpeg" width="800" height="533"></picture></p>\n<p><em>ภาพ: กิจกรรมของอำเภอท่าวังผา</em></p>',
            )
        body = "\n".join(paras)
        extra = ""
        if a.extra["files"]:
            extra += f'<div class="attachments"><h3>เอกสารแนบ</h3><ul><li><a href="/files/pr-{a.id:03d}.pdf">คำสั่งอำเภอท่าวังผา ที่ {a.id}/{be(a.published)} (PDF ๒๑๔ KB)</a></li></ul></div>\n'
        if a.source:
            extra += f'<p class="post-source">ที่มา : {esc(a.source)}</p>\n'
        latest = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <time datetime="{r.published.date().isoformat()}">{th_date(r.published)}</time></li>'
            for r in self.latest(a)
        )
        newer, older = self.neighbours(a)
        nav = ""
        if older or newer:
            nav = '<ul class="links-nextprev">'
            if older:
                nav += f'<li>ก่อนหน้า: <a href="{older.path}">{esc(older.title)}</a></li>'
            if newer:
                nav += f'<li>ถัดไป: <a href="{newer.path}">{esc(newer.title)}</a></li>'
            nav += "</ul>"
        url = f"{HOST}{a.path}"
        inner = f"""<article class="post" data-pagefind-body>
			<h1>{esc(a.title)}</h1>
			{self.metadata(a)}
			{body}
			{extra}<div class="share-links" data-pagefind-ignore>แบ่งปัน: <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> · <a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a> · <a href="https://twitter.com/intent/tweet?url={url}">X</a> · <button class="copy-link" data-url="{url}">คัดลอกลิงก์</button></div>
			<section class="latest-news" data-pagefind-ignore><h2>ข่าวล่าสุด</h2><ul>{latest}</ul></section>
		</article>
		{nav}
		<section class="comments"><script src="https://giscus.app/client.js" data-repo="thawangpha-district/site" data-mapping="pathname" data-lang="th" crossorigin="anonymous" async></script><noscript>กรุณาเปิดใช้ JavaScript เพื่อดูความคิดเห็น</noscript></section>"""
        head = f'\t\t<link rel="canonical" href="{url}">\n\t\t<meta property="og:title" content="{esc(a.title)}">\n\t\t<meta property="og:type" content="article">\n'
        return self.base(inner, head)

    def stub(self) -> str:
        inner = """<article class="post" data-pagefind-body>
			<h1>ข่าวนี้ถูกนำออกแล้ว</h1>
			<ul class="post-metadata">
				<li class="reading-time">อ่าน ๑ นาที</li>
			</ul>
			<p>ขออภัย ข่าวนี้ถูกนำออกจากเว็บไซต์ตามคำสั่งของหน่วยงาน</p>
		</article>
		<p><a href="/news/">← กลับไปหน้าข่าวประชาสัมพันธ์</a></p>"""
        return self.base(inner)

    def listing(self, k: int) -> str:
        items = []
        for a in self.pages[k]:
            items.append(
                f'<li class="postlist-item"><a href="{a.path}" class="postlist-link">{esc(a.title)}</a> <time class="postlist-date" datetime="{a.published.date().isoformat()}">{th_date(a.published)}</time></li>'
            )
            if k == 1 and len(items) == 3:
                items.append(
                    f'<li class="postlist-item"><a href="{DELETED}" class="postlist-link">ข่าวนี้ถูกนำออกแล้ว</a></li>'
                )
        n = len(self.pages)

        def href(j):
            return "/news/" if j == 0 else f"/news/{j}/"

        pager = [
            '<nav aria-labelledby="pager-label" class="pager"><h2 id="pager-label" class="visually-hidden">หน้า</h2><ol>'
        ]
        if k > 0:
            pager.append(f'<li><a href="{href(k - 1)}" rel="prev">« ก่อนหน้า</a></li>')
        for j in range(n):
            cur = ' aria-current="page"' if j == k else ""
            pager.append(f'<li><a href="{href(j)}"{cur}>{thai_digits(j + 1)}</a></li>')
        if k + 1 < n:
            pager.append(f'<li><a href="{href(k + 1)}" rel="next">ถัดไป »</a></li>')
        pager.append("</ol></nav>")
        inner = f"""<h2 class="page-heading">ข่าวประชาสัมพันธ์</h2>
		<ol reversed class="postlist" style="counter-reset: start-from {24 - k * PER_PAGE + 1}">
{chr(10).join(items)}
		</ol>
		{"".join(pager)}"""
        return self.base(inner)

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/news/":
            return self.html_response(self.listing(0))
        if path.startswith("/news/") and path.count("/") == 3:
            k = path.strip("/").split("/")[1]
            if k.isdigit() and 1 <= int(k) < len(self.pages) and not k.startswith("0"):
                return self.html_response(self.listing(int(k)))
        if path == DELETED:
            return self.html_response(self.stub())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == "/feed/feed.xml":
            entries = "".join(
                f'<entry><title>{esc(a.title)}</title><link href="{HOST}{a.path}"/><updated>{(a.modified or a.published).date().isoformat()}T00:00:00Z</updated><id>{HOST}{a.path}</id></entry>'
                for a in self.articles[:10]
            )
            atom = f'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom" xml:base="{HOST}/"><title>{OFFICE}</title><link href="{HOST}/feed/feed.xml" rel="self"/><id>{HOST}/</id>{entries}</feed>'
            return 200, {"Content-Type": "application/xml; charset=utf-8"}, atom.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                OFFICE,
                th_date(a.published),
                f"อ่าน {thai_digits(a.extra['minutes'])} นาที",
                f"ผู้เข้าชม {th_num(a.views)} ครั้ง",
                "แบ่งปัน:",
                "คัดลอกลิงก์",
                "ข่าวล่าสุด",
                "ก่อนหน้า:",
                "ถัดไป:",
                "กรุณาเปิดใช้ JavaScript เพื่อดูความคิดเห็น",
                "ขนาดตัวอักษร",
                "จำนวนผู้เยี่ยมชมเว็บไซต์",
                "สร้างด้วย",
                "ข้ามไปยังเนื้อหาหลัก",
            ]
            if a.time_printed:
                must_not.append(th_time(a.published))
            if a.modified:
                must_not.append("ปรับปรุงล่าสุด")
            must_not += [f"#{t}" for t in a.tags]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.latest(a)]
            if a.extra["image"]:
                must_not.append("ภาพ: กิจกรรมของอำเภอท่าวังผา")
            if a.extra["files"]:
                must_not += ["เอกสารแนบ", f"คำสั่งอำเภอท่าวังผา ที่ {a.id}/{be(a.published)}"]
            out.append(
                expected_record(
                    a,
                    # the page prints the modified day only ("ปรับปรุงล่าสุด", date-only datetime)
                    modified_time=False,
                    must_not=must_not,
                )
            )
        return out


SITE = EleventySite()

if __name__ == "__main__":
    main(SITE)
