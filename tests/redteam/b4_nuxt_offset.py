"""Blind-4 red-team site: a department portal as a Nuxt 2 (Vue) single-page app with server
rendering, built blind.

What it imitates (facts about how such SPA portals print, not their code):
- every page is `div#__nuxt > div#__layout`, `data-n-head="ssr"` head tags, the same
  `<title>` on every page ("ข่าวประชาสัมพันธ์ | กรมการจัดหางาน"), a `window.__NUXT__`
  state script; the server answers 200 for any route under the app (the deleted item gets
  the article shell with an empty title and "ไม่พบข้อมูล");
- the listing `/news` shows 10 cards and a **load-more link with a real href**:
  `<a href="/news?offset=10" class="btn-more">ดูข่าวเพิ่มเติม</a>`, the server rendering the
  next batch for `?offset=N`; no page numbers;
- article URLs by query: `/news/detail?id=1234`;
- the article: `article.news-detail` with `h1.news-detail__title`, a meta row of icons:
  ISO date "2018-10-03" (no time anywhere), an eye icon with the count "1,024" (only a
  `title="จำนวนผู้เข้าชม"`), "แก้ไขล่าสุด 2018-10-05" only when edited;
  Quill editor body `div.ql-editor` (`<p><br></p>` gaps), "ที่มา : …" for some, then
  "คำค้น" pills, a share row ("แชร์ข่าวนี้", "คัดลอกลิงก์") and "ข่าวที่เกี่ยวข้อง" cards, all
  inside the same `article`; breadcrumb ending in the headline.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import TZ, Article, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b4_common import ensure_source

SITE_NAME = "กรมการจัดหางาน"
PER_PAGE = 10
SOURCES = ["กองประชาสัมพันธ์ กรมการจัดหางาน", None, "สำนักงานจัดหางานจังหวัดนครราชสีมา"]
DELETED_ID = 3301


def build() -> list[Article]:
    arts = make_articles(
        "b4_nuxt_offset", 26, start=dt.datetime(2019, 2, 27, 16, 0, tzinfo=TZ), offset=43
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 3300 + (n - i) * 5
        a.time_printed = False
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/news/detail?id={a.id}"
    return arts


class NuxtSite(BaseSite):
    key = "b4_nuxt_offset"
    family = "generic"
    imitates = "Nuxt 2 SSR portal: same <title> everywhere, /news?offset=N load-more link, /news/detail?id=N, ISO '2018-10-03' dates, icon-only view counter"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news?offset={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/news/detail?id={DELETED_ID}"]

    def shell(self, route, inner, state):
        st = json.dumps(state, ensure_ascii=False).replace("</", "<\\/")
        return f"""<!doctype html>
<html lang="th" data-n-head-ssr data-n-head="%7B%22lang%22:%7B%22ssr%22:%22th%22%7D%7D">
<head>
<title>ข่าวประชาสัมพันธ์ | {SITE_NAME}</title><meta data-n-head="ssr" charset="utf-8"><meta data-n-head="ssr" name="viewport" content="width=device-width, initial-scale=1"><meta data-n-head="ssr" data-hid="description" name="description" content="{SITE_NAME} Department of Employment"><link data-n-head="ssr" rel="icon" type="image/x-icon" href="/favicon.ico">
<link rel="preload" href="/_nuxt/runtime.3f1e0b2.js" as="script"><link rel="preload" href="/_nuxt/commons/app.8a2c1d4.js" as="script"><link rel="preload" href="/_nuxt/app.b71f3e9.js" as="script">
<link rel="stylesheet" href="/_nuxt/css/4d2e6a1.css">
</head>
<body>
<div data-server-rendered="true" id="__nuxt"><div id="__nuxt-loading" aria-live="polite" role="status"><div>Loading...</div></div><div id="__layout"><div class="app-wrapper">
<header class="site-header"><div class="container"><a href="/" class="brand nuxt-link-active"><img src="/_nuxt/img/logo-doe.7c1a2b3.png" alt="{SITE_NAME}"><span class="brand__name">{SITE_NAME}</span></a>
<nav class="main-menu"><a href="/" class="main-menu__item">หน้าหลัก</a><a href="/news" class="main-menu__item nuxt-link-active">ข่าวประชาสัมพันธ์</a><a href="/jobs" class="main-menu__item">ตำแหน่งงานว่าง</a><a href="/contact" class="main-menu__item">ติดต่อเรา</a></nav>
<div class="a11y-tools"><button class="btn-font" aria-label="ขนาดตัวอักษร">A-</button><button class="btn-font">A</button><button class="btn-font">A+</button></div></div></header>
<main class="page-main">
{inner}
</main>
<footer class="site-footer"><div class="container"><p>{SITE_NAME} กระทรวงแรงงาน ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400 สายด่วน 1694</p><p class="copyright">© 2019 {SITE_NAME}. All rights reserved.</p></div></footer>
</div></div></div>
<script>window.__NUXT__={st};</script>
<script src="/_nuxt/runtime.3f1e0b2.js" defer></script><script src="/_nuxt/commons/app.8a2c1d4.js" defer></script><script src="/_nuxt/app.b71f3e9.js" defer></script>
</body>
</html>
"""

    def card(self, a):
        return f"""<div data-v-5c1a9e2 class="news-card"><a data-v-5c1a9e2 href="/news/detail?id={a.id}" class="news-card__link"><div data-v-5c1a9e2 class="news-card__img" style="background-image:url(https://cdn.doe.example/news/{a.id}/cover.jpg);"></div><div data-v-5c1a9e2 class="news-card__body"><div data-v-5c1a9e2 class="news-card__title">{esc(a.title)}</div><div data-v-5c1a9e2 class="news-card__date">{a.published.date().isoformat()}</div></div></a></div>"""

    def listing(self, offset):
        if offset % PER_PAGE or not 0 <= offset // PER_PAGE < len(self.pages):
            return None
        n = offset // PER_PAGE
        cards = []
        for k, a in enumerate(self.pages[n]):
            cards.append(self.card(a))
            if n == 1 and k == 2:
                cards.append(
                    f"""<div data-v-5c1a9e2 class="news-card"><a data-v-5c1a9e2 href="/news/detail?id={DELETED_ID}" class="news-card__link"><div data-v-5c1a9e2 class="news-card__body"><div data-v-5c1a9e2 class="news-card__title">กรมการจัดหางานประกาศรับสมัครงานราชการ</div><div data-v-5c1a9e2 class="news-card__date">2018-12-20</div></div></a></div>"""
                )
        more = ""
        if n + 1 < len(self.pages):
            more = f'<div class="load-more"><a href="/news?offset={(n + 1) * PER_PAGE}" class="btn-more" data-offset="{(n + 1) * PER_PAGE}">ดูข่าวเพิ่มเติม</a></div>'
        inner = f"""<section data-v-5c1a9e2 class="news-list container"><h2 data-v-5c1a9e2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div data-v-5c1a9e2 class="news-grid">{"".join(cards)}</div>
{more}</section>"""
        state = {
            "layout": "default",
            "data": [{"offset": offset, "limit": PER_PAGE, "total": len(self.articles)}],
            "serverRendered": True,
            "routePath": "/news",
        }
        return self.html_response(self.shell("/news", inner, state))

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 4, 7)]

    def detail(self, a: Article | None, aid: int):
        if a is None:
            inner = """<div class="container"><nav class="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a> / <span></span></nav>
<article data-v-2e8f1c4 class="news-detail"><h1 data-v-2e8f1c4 class="news-detail__title"></h1><div data-v-2e8f1c4 class="news-detail__empty">ไม่พบข้อมูล</div></article></div>"""
            state = {
                "layout": "default",
                "data": [{"news": None}],
                "error": None,
                "serverRendered": True,
                "routePath": "/news/detail",
            }
            return self.html_response(self.shell("/news/detail", inner, state))
        meta = f'<span data-v-2e8f1c4 class="meta-item"><i class="mdi mdi-calendar"></i> {a.published.date().isoformat()}</span>'
        meta += f'<span data-v-2e8f1c4 class="meta-item" title="จำนวนผู้เข้าชม"><i class="mdi mdi-eye"></i> {a.views:,}</span>'
        if a.modified:
            meta += f'<span data-v-2e8f1c4 class="meta-item meta-item--updated">แก้ไขล่าสุด {a.modified.date().isoformat()}</span>'
        text = "<p><br></p>".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"<p><br></p><p><strong>ที่มา : </strong>{esc(a.source)}</p>"
        tags = ""
        if a.tags:
            tags = (
                '<div data-v-2e8f1c4 class="news-detail__tags"><span class="label">คำค้น</span>'
                + "".join(
                    f'<a data-v-2e8f1c4 href="/news?tag={esc(t)}" class="tag-pill">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        rel = "".join(self.card(r) for r in self.related(a))
        inner = f"""<div class="container"><nav class="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวประชาสัมพันธ์</a> / <span>{esc(a.title)}</span></nav>
<article data-v-2e8f1c4 class="news-detail">
<h1 data-v-2e8f1c4 class="news-detail__title">{esc(a.title)}</h1>
<div data-v-2e8f1c4 class="news-detail__meta">{meta}</div>
<div data-v-2e8f1c4 class="news-detail__cover"><img data-v-2e8f1c4 src="https://cdn.doe.example/news/{a.id}/cover.jpg" alt=""></div>
<div data-v-2e8f1c4 class="news-detail__content ql-editor">{text}</div>
{tags}
<div data-v-2e8f1c4 class="news-detail__share"><span>แชร์ข่าวนี้</span><a href="https://www.facebook.com/sharer/sharer.php?u=https://www.doe.example/news/detail?id={a.id}" target="_blank" rel="noopener" class="share share--fb">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url=https://www.doe.example/news/detail?id={a.id}" target="_blank" rel="noopener" class="share share--line">LINE</a><button class="share share--copy">คัดลอกลิงก์</button></div>
<section data-v-2e8f1c4 class="news-detail__related"><h3 data-v-2e8f1c4>ข่าวที่เกี่ยวข้อง</h3><div class="news-grid">{rel}</div></section>
</article></div>"""
        state = {
            "layout": "default",
            "data": [
                {
                    "news": {
                        "id": a.id,
                        "title": a.title,
                        "publish_date": a.published.date().isoformat(),
                        "view_count": a.views,
                        "tags": a.tags,
                    }
                }
            ],
            "serverRendered": True,
            "routePath": "/news/detail",
        }
        return self.html_response(self.shell("/news/detail", inner, state))

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                return self.listing(int(qs1(query, "offset", "0") or 0))
            except ValueError:
                return None
        if p == "/news/detail":
            try:
                aid = int(qs1(query, "id"))
            except ValueError:
                return None
            if aid in self.by_id:
                return self.detail(self.by_id[aid], aid)
            if aid == DELETED_ID:
                return self.detail(None, aid)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                a.published.date().isoformat(),
                f"{a.views:,}",
                "แก้ไขล่าสุด",
                "คำค้น",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "ดูข่าวเพิ่มเติม",
                "สายด่วน 1694",
            ]
            must_not += [r.title for r in self.related(a)]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = NuxtSite()

if __name__ == "__main__":
    main(SITE)
