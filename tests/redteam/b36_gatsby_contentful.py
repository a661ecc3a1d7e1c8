"""Blind-36 red-team site (part A): a provincial energy office (สำนักงานพลังงานจังหวัดเชียงราย)
news site built as a **Gatsby 5 static site over Contentful** (headless CMS), built blind.

What it imitates:
- Gatsby fingerprints: `generator` "Gatsby 5.12.4", `div#___gatsby > div#gatsby-focus-wrapper`,
  `/page-data/<path>/page-data.json` preloads, `window.pagePath`, `gatsby-script-loader`,
  `data-react-helmet` attributes, CSS-module class names (`news-detail-module--title--3kF2a`),
  `gatsby-image-wrapper` images, Contentful asset URLs (`images.ctfassets.net`);
- detail template: **fixed `<title>` / og:title** ("ข่าวประชาสัมพันธ์ | office": the SEO
  component was given the page name, not the entry), `h1` = the page banner "ข่าวประชาสัมพันธ์",
  the **headline in a `p` with a CSS-module class**; dayjs `th` + BuddhistEra date
  "พฤหัสบดี 5 มีนาคม 2567" (weekday without "วัน", BE) and, for entries whose Contentful date
  field holds a time, a separate "14:20 น." span; JSON-LD NewsArticle with `headline`,
  `datePublished` as **UTC** (`2024-03-05T07:20:00.000Z`) or a bare day for date-only entries,
  `dateModified` (UTC) only for edited entries; visible "อัปเดตล่าสุด 7 มี.ค. 67" (abbreviated
  month, two-digit BE year) only for edited entries; react-share buttons and a copy-link button
  and font-size buttons above the text; Contentful rich text paragraphs with an embedded asset
  (some) and a file card "ดาวน์โหลดเอกสาร" (some); a `source` field printed as "ที่มา : office"
  below the text (some); hashtag chips; prev/next with neighbour titles; "ข่าวที่เกี่ยวข้อง"
  cards with dates; cookie-consent bar; footer with a **site-wide** visitor counter;
- listing: `/news/`, then gatsby-awesome-pagination `/news/2/`, `/news/3/` ...
Deleted: `/news/pr-2567-031/`, a page built for an entry whose fields were later emptied: the
template with no headline and "ไม่พบข้อมูลข่าว", answering 200.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพลังงานจังหวัดเชียงราย"
HOST = "https://chiangrai.energy.go.th"
PER_PAGE = 9
SOURCES = [None, "กลุ่มยุทธศาสตร์พลังงาน", "ฝ่ายบริหารทั่วไป", None, "กลุ่มส่งเสริมพลังงานทดแทน"]
DELETED = "/news/pr-2567-031/"
WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
SITE_COUNT = "1,284,903"
M = "news-detail-module"


def dayjs_long(d: dt.datetime) -> str:
    return f"{WD[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {be(d)}"


def dayjs_short(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class GatsbySite(BaseSite):
    key = "b36_gatsby_contentful"
    family = "generic"
    imitates = "Gatsby 5 static site over Contentful, Thai provincial energy office: /news/<slug>/; fixed <title>/og:title, h1 = page banner, headline in a CSS-module <p>; dayjs th BE date with weekday, time in a separate 'HH:MM น.' span (some); JSON-LD datePublished in UTC Z (bare day for date-only entries), dateModified only when edited; 'อัปเดตล่าสุด 7 มี.ค. 67'; react-share + font-size tools; 'ที่มา :' source field; hashtag chips; prev/next titles; related cards; site-wide counter; gatsby-awesome-pagination /news/N/; deleted = emptied entry page (200)"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 5, 28, 17, 30, tzinfo=TZ), offset=905
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        num = 58
        for i, a in enumerate(arts):
            a.id = num
            num -= 1
            if num == 31:
                num -= 1
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/news/pr-2567-{a.id:03d}/"
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 7 == 5
            a.extra["hash"] = f"{(a.id * 2654435761) % 16**8:08x}"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [f"/news/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, path, main_html, head_extra=""):
        pd = "index" if path == "/" else path.strip("/")
        return f"""<!DOCTYPE html><html lang="th"><head><meta charSet="utf-8"/><meta http-equiv="x-ua-compatible" content="ie=edge"/><meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no"/><meta name="generator" content="Gatsby 5.12.4"/><meta data-react-helmet="true" name="description" content="ข่าวสารและกิจกรรม {OFFICE}"/><meta data-react-helmet="true" property="og:title" content="ข่าวประชาสัมพันธ์ | {OFFICE}"/><meta data-react-helmet="true" property="og:type" content="website"/><style data-href="/styles.8d1c4e0f2a7b3e91c5a2.css" data-identity="gatsby-global-css">.news-detail-module--headline--x9Ks1{{font-size:1.6rem;font-weight:700}}</style><link rel="preconnect" href="https://images.ctfassets.net"/><link rel="alternate" type="application/rss+xml" title="{OFFICE}" href="/rss.xml"/><title data-react-helmet="true">ข่าวประชาสัมพันธ์ | {OFFICE}</title>{head_extra}<link as="fetch" rel="preload" href="/page-data/{pd}/page-data.json" crossorigin="anonymous"/><link as="fetch" rel="preload" href="/page-data/app-data.json" crossorigin="anonymous"/></head><body><div id="___gatsby"><div style="outline:none" tabindex="-1" id="gatsby-focus-wrapper"><div class="layout-module--wrapper--1Qx7b">
<header class="header-module--header--2hZtQ"><div class="header-module--top--3Jf0a"><a class="header-module--logo--1vU2d" href="/"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper"><img data-main-image="" style="opacity:0" width="56" height="56" decoding="async" loading="lazy" src="/static/9b1f0c8e2a1d4f7b/logo-energy.png" alt="กระทรวงพลังงาน"/></div><span>{OFFICE}</span></a><div class="header-module--tools--3aE1x"><a href="/search/">ค้นหา</a> | <a href="/en/">EN</a></div></div>
<nav class="navbar-module--nav--2kQ0y"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about/">เกี่ยวกับเรา</a></li><li><a aria-current="page" class="navbar-module--active--3uN7e" href="/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></nav></header>
<main class="layout-module--main--3pXv1">{main_html}</main>
<footer class="footer-module--footer--1eZcK"><div class="footer-module--cols--2Pq8t"><div><p class="footer-module--name--3aWd9">{OFFICE}</p><p>ศาลากลางจังหวัดเชียงราย อาคาร 3 ชั้น 2 ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100</p><p>โทรศัพท์ 0-5315-0185 อีเมล chiangrai@energy.go.th</p></div><div class="footer-module--stat--1xYb0"><p>สถิติผู้เข้าชมเว็บไซต์</p><p class="footer-module--count--2bVn4">{SITE_COUNT}</p><p>ตั้งแต่ 1 ตุลาคม 2565</p></div></div><p class="footer-module--copy--3sR1m">© 2567 {OFFICE} สงวนลิขสิทธิ์</p></footer>
<div class="cookie-module--bar--1mQ3f" role="dialog" aria-live="polite"><p>{COOKIE} <a href="/privacy/">นโยบายคุกกี้</a></p><button type="button">ยอมรับทั้งหมด</button><button type="button">ตั้งค่า</button></div>
</div></div><div id="gatsby-announcer" style="position:absolute;top:0;width:1px;height:1px;padding:0;overflow:hidden;clip:rect(0, 0, 0, 0);white-space:nowrap;border:0" aria-live="assertive" aria-atomic="true"></div></div><script>window.pagePath="{path}";</script><script id="gatsby-script-loader">/*<![CDATA[*/window.pagePath="{path}";window.___webpackCompilationHash="3b7e1c2a9f0d4e5b6c71";/*]]>*/</script><script src="/webpack-runtime-5c0a1f7e9d3b2a48.js" async=""></script><script src="/framework-2e8f4c1b7a9d0e35.js" async=""></script><script src="/app-7a1d9c3e5b2f4068.js" async=""></script></body></html>"""

    # ---------------------------------------------------------------- listing

    def card(self, title, path, a, date_text):
        img = ""
        if a.extra["image"]:
            img = f'<div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained news-card-module--thumb--2Hj7a"><img data-main-image="" style="opacity:0" width="400" height="260" decoding="async" loading="lazy" src="https://images.ctfassets.net/h7k2p9x0q1w3/{a.extra["hash"]}/cover.jpg?w=400&amp;h=260&amp;q=50&amp;fm=webp" alt=""/></div>'
        return f'<article class="news-card-module--card--1Tn5s"><a class="news-card-module--link--3bX0c" href="{path}">{img}<p class="news-card-module--title--2eQk1">{esc(title)}</p></a><p class="news-card-module--date--1sZ8w">{date_text}</p></article>'

    def listing(self, k):
        items = [self.card(a.title, a.path, a, dayjs_short(a.published)) for a in self.pages[k - 1]]
        if k == 2:
            items.insert(4, self.card("", DELETED, self.pages[1][4], ""))
        n = len(self.pages)

        def href(j):
            return "/news/" if j == 1 else f"/news/{j}/"

        nums = []
        if k > 1:
            nums.append(f'<a class="pager-module--prev--2aQ1x" href="{href(k - 1)}">‹ ก่อนหน้า</a>')
        for j in range(1, n + 1):
            if j == k:
                nums.append(
                    f'<a aria-current="page" class="pager-module--active--1fR3e" href="{href(j)}">{j}</a>'
                )
            else:
                nums.append(f'<a href="{href(j)}">{j}</a>')
        if k < n:
            nums.append(f'<a class="pager-module--next--3kP0z" href="{href(k + 1)}">ถัดไป ›</a>')
        return f"""<section class="banner-module--banner--1aB3c"><h1>ข่าวประชาสัมพันธ์</h1><nav class="breadcrumb-module--crumb--2xY9d" aria-label="breadcrumb"><a href="/">หน้าหลัก</a> / <span>ข่าวประชาสัมพันธ์</span></nav></section>
<section class="news-list-module--grid--3cV8b">{"".join(items)}</section>
<nav class="pager-module--pager--1qW2e" aria-label="pagination">{"".join(nums)}</nav>"""

    # ---------------------------------------------------------------- detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i - 2, i + 5) if 0 <= j < len(self.articles)][:3]

    def jsonld(self, a):
        doc = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "image": [f"https://images.ctfassets.net/h7k2p9x0q1w3/{a.extra['hash']}/cover.jpg"]
            if a.extra["image"]
            else [],
            "datePublished": utc(a.published) if a.time_printed else a.published.date().isoformat(),
            "author": {"@type": "Organization", "name": OFFICE},
            "publisher": {
                "@type": "Organization",
                "name": OFFICE,
                "logo": {"@type": "ImageObject", "url": f"{HOST}/icons/icon-512x512.png"},
            },
            "mainEntityOfPage": f"{HOST}{a.path}",
        }
        if a.modified:
            doc["dateModified"] = utc(a.modified)
        return f'<script data-react-helmet="true" type="application/ld+json">{json.dumps(doc, ensure_ascii=False)}</script>'

    def tools(self, a):
        url = HOST + a.path
        return f"""<div class="{M}--tools--2Lm4p"><div class="{M}--share--1cQ8r"><span>แชร์:</span><button aria-label="facebook" class="react-share__ShareButton" style="background-color:transparent;border:none;padding:0;font:inherit;color:inherit;cursor:pointer" data-url="{url}"><svg viewBox="0 0 64 64" width="32" height="32"><circle cx="32" cy="32" r="31" fill="#3b5998"></circle></svg></button><button aria-label="twitter" class="react-share__ShareButton" data-url="{url}"><svg viewBox="0 0 64 64" width="32" height="32"><circle cx="32" cy="32" r="31" fill="#00aced"></circle></svg></button><button aria-label="line" class="react-share__ShareButton" data-url="{url}"><svg viewBox="0 0 64 64" width="32" height="32"><circle cx="32" cy="32" r="31" fill="#00b800"></circle></svg></button><button type="button" class="{M}--copy--3tZ1s">คัดลอกลิงก์</button></div><div class="{M}--font--2wE6u" aria-label="ขนาดตัวอักษร"><button type="button">ก-</button><button type="button">ก</button><button type="button">ก+</button><button type="button" onclick="window.print()">พิมพ์</button></div></div>"""

    def detail_main(self, a):
        date = f'<span class="{M}--date--1oP3v"><svg width="14" height="14" aria-hidden="true"></svg> {dayjs_long(a.published)}</span>'
        if a.time_printed:
            date += f' <span class="{M}--time--2rT6w"><svg width="14" height="14" aria-hidden="true"></svg> {a.published:%H:%M} น.</span>'
        upd = ""
        if a.modified:
            upd = f'<span class="{M}--updated--3vB2n">อัปเดตล่าสุด {dayjs_short(a.modified)}</span>'
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            body.insert(
                2,
                f'<figure class="{M}--asset--1zK7m"><div data-gatsby-image-wrapper="" class="gatsby-image-wrapper gatsby-image-wrapper-constrained"><img data-main-image="" style="opacity:0" width="960" height="640" decoding="async" loading="lazy" src="https://images.ctfassets.net/h7k2p9x0q1w3/{a.extra["hash"]}/cover.jpg?w=960&amp;q=75&amp;fm=webp" alt="ภาพประกอบข่าว"/></div><figcaption>ภาพประกอบข่าว</figcaption></figure>',
            )
        if a.extra["file"]:
            body.append(
                f'<div class="{M}--file--2dS4k"><a href="https://assets.ctfassets.net/h7k2p9x0q1w3/{a.extra["hash"]}/energy-{a.id}.pdf" target="_blank" rel="noreferrer"><span class="{M}--fileName--1nM0p">energy-pr-{a.id}.pdf</span> <span class="{M}--fileBtn--3hJ5q">ดาวน์โหลดเอกสาร</span></a></div>'
            )
        src = ""
        if a.source:
            src = f'<p class="{M}--source--1gH8k"><strong>ที่มา :</strong> {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                f'<div class="{M}--tags--2pL6v">'
                + "".join(
                    f'<a class="{M}--tag--1rC9x" href="/tags/{t}/">#{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        pn = ""
        if older:
            pn += f'<a class="{M}--prev--1kS3t" href="{older.path}"><small>ข่าวก่อนหน้า</small><span>{esc(older.title)}</span></a>'
        if newer:
            pn += f'<a class="{M}--next--2mD0w" href="{newer.path}"><small>ข่าวถัดไป</small><span>{esc(newer.title)}</span></a>'
        rel = "".join(
            self.card(r.title, r.path, r, dayjs_short(r.published)) for r in self.related(a)
        )
        return f"""<section class="banner-module--banner--1aB3c"><h1>ข่าวประชาสัมพันธ์</h1><nav class="breadcrumb-module--crumb--2xY9d" aria-label="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news/">ข่าวประชาสัมพันธ์</a> / <span>รายละเอียดข่าว</span></nav></section>
<article class="{M}--wrap--2Jd8q"><p class="{M}--headline--x9Ks1">{esc(a.title)}</p>
<div class="{M}--meta--3sQ1r">{date}{upd}</div>
{self.tools(a)}
<div class="{M}--body--1Wc5n">{"".join(body)}</div>
{src}{tags}
<nav class="{M}--pn--2Tg4e">{pn}</nav></article>
<section class="{M}--related--1Ap7y"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="news-list-module--grid--3cV8b">{rel}</div></section>"""

    def deleted_main(self):
        return f"""<section class="banner-module--banner--1aB3c"><h1>ข่าวประชาสัมพันธ์</h1><nav class="breadcrumb-module--crumb--2xY9d" aria-label="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news/">ข่าวประชาสัมพันธ์</a> / <span>รายละเอียดข่าว</span></nav></section>
<article class="{M}--wrap--2Jd8q"><p class="{M}--headline--x9Ks1"></p><div class="{M}--meta--3sQ1r"></div><div class="{M}--body--1Wc5n"><p class="{M}--empty--3aQ0f">ไม่พบข้อมูลข่าว</p></div><nav class="{M}--pn--2Tg4e"></nav></article>"""

    def route(self, path, query, raw_query, base):
        if not path.endswith("/") and path.startswith("/news"):
            return 301, {"Location": base + path + "/"}, b""
        if path == "/news/":
            return self.html_response(self.shell(path, self.listing(1)))
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "news" and parts[1].isdigit():
            k = int(parts[1])
            if 2 <= k <= len(self.pages):
                return self.html_response(self.shell(path, self.listing(k)))
            return None
        if path in self.by_path:
            a = self.by_path[path]
            head = f'<link data-react-helmet="true" rel="canonical" href="{HOST}{a.path}"/>{self.jsonld(a)}'
            return self.html_response(self.shell(path, self.detail_main(a), head))
        if path == DELETED:
            return self.html_response(self.shell(path, self.deleted_main()))
        if path == "/":
            return 302, {"Location": base + "/news/"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                dayjs_long(a.published),
                "แชร์:",
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "สถิติผู้เข้าชมเว็บไซต์",
                SITE_COUNT,
                COOKIE,
                "ถนนแม่ฟ้าหลวง",
                "สงวนลิขสิทธิ์",
            ]
            if a.time_printed:
                must_not.append(f"{a.published:%H:%M} น.")
            if a.modified:
                must_not += ["อัปเดตล่าสุด", dayjs_short(a.modified)]
            if a.extra["image"]:
                must_not.append("ภาพประกอบข่าว")
            if a.extra["file"]:
                must_not += [f"energy-pr-{a.id}.pdf", "ดาวน์โหลดเอกสาร"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, views=False, must_not=must_not))
        return out


SITE = GatsbySite()

if __name__ == "__main__":
    main(SITE)
