"""Blind-6 red-team site: a ministry news portal in Angular 17 with server-side rendering
(Angular Universal / @angular/ssr) and Angular Material, built blind.

What it imitates:
- `<app-root ng-version="17.3.4" ng-server-context="ssr">`, `_nghost-ng-c…` /
  `_ngcontent-ng-c…` attributes on every element, `<!--container-->` comments, `ngh`
  hydration attributes, and the transfer state `<script id="ng-state">` holding the API's
  JSON (`publishDate`/`updateDate` in UTC `…Z`, `viewCount`, `detail` HTML with `<`
  escaped as `\\u003C`);
- routes `/news/view/2567-00234`, listing `/news` and `/news?page=2&size=10` (router links
  with both query parameters; `mat-paginator`-like bar with page links, "หน้า 1 จาก 3");
- the detail component: `h1.news-title`; Material icon ligatures printed as text before the
  values ("calendar_today", "schedule", "visibility", "share", "print"); the date by Angular's
  DatePipe with the `th` locale: Thai month abbreviation and the **Christian** year
  "15 ก.พ. 2024" and the time "10:30 น."; the view count a bare number; JSON-LD
  `NewsArticle` (`datePublished`/`dateModified` in UTC `Z`, for every item) in the head;
- `div.news-detail-content` from CKEditor, "แหล่งที่มา : …" chip after it, hashtag chips,
  ngx-sharebuttons row ("คัดลอกลิงก์"), "ข่าวที่เกี่ยวข้อง" cards, a footer with "จำนวนผู้เข้าชม";
- the deleted item: the SSR shell with the component's empty state "ไม่พบข้อมูลข่าว" (200).
"""

from __future__ import annotations

import datetime as dt
import json
import zlib

from ._common import MONTHS_ABBR, BaseSite, be, esc, expected_record, main, paginate, qs1
from .b6_common import build, hm

SITE_NAME = "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
SOURCES = ["กองประชาสัมพันธ์ สำนักงานปลัดกระทรวง อว.", None, "สำนักงานการวิจัยแห่งชาติ (วช.)"]
PER_PAGE = 10
DELETED = "/news/view/2567-00121"
C = "ng-c2418911701"  # the detail component's style scope
L = "ng-c3570022115"  # the list component's style scope
UTC = dt.UTC


def zulu(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def ngdate(d: dt.datetime) -> str:
    """Angular DatePipe 'd MMM y' with the th locale: Gregorian year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def code(a) -> str:
    return f"{be(a.published)}-{a.id:05d}"


class AngularSite(BaseSite):
    key = "b6_angular_ssr"
    family = "generic"
    imitates = "Angular 17 SSR + Material ministry portal: /news/view/2567-00234, _ngcontent attributes, ng-state JSON, icon ligatures as text, DatePipe th '15 ก.พ. 2024' (CE) + '10:30 น.', bare view count, JSON-LD in UTC, 'แหล่งที่มา :' chip"
    listing_path = "/news"

    def __init__(self):
        self.articles = build(
            self.key, 26, 33, SOURCES, dt.datetime(2024, 7, 2, 17, 0), first_id=120, step=4
        )
        for a in self.articles:
            a.extra["edited"] = a.modified is not None
            a.modified = a.modified or a.published
            a.path = f"/news/view/{code(a)}"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [
            f"/news?page={k + 1}&size={PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 4]] or self.articles[1:4]

    def api(self, a):
        return {
            "newsId": a.id,
            "newsCode": code(a),
            "title": a.title,
            "detail": "".join(f"<p>{esc(p)}</p>" for p in a.paras),
            "publishDate": zulu(a.published),
            "updateDate": zulu(a.modified),
            "viewCount": a.views,
            "sourceName": a.source,
            "hashtags": a.tags,
            "categoryName": "ข่าวประชาสัมพันธ์",
            "coverImage": f"/api/files/news/{a.id}/cover.jpg",
        }

    def state(self, url, payload):
        # Angular's HTTP transfer cache: a numeric hash of the request as the key
        key = str(zlib.crc32(("GET." + url).encode()))
        doc = {
            key: {
                "b": payload,
                "h": {},
                "s": 200 if payload is not None else 404,
                "st": "OK" if payload is not None else "Not Found",
                "u": url,
                "rt": "json",
            }
        }
        return (
            '<script id="ng-state" type="application/json">'
            + json.dumps(doc, ensure_ascii=False).replace("<", "\\u003C").replace(">", "\\u003E")
            + "</script>"
        )

    def shell(self, title, body, head_extra="", state=""):
        return f"""<!DOCTYPE html><html lang="th"><head>
  <meta charset="utf-8">
  <title>{esc(title)}</title>
  <base href="/">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <link rel="icon" type="image/x-icon" href="favicon.ico">
  <link rel="preconnect" href="https://fonts.gstatic.com">
  <link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;500&amp;display=swap" rel="stylesheet">
  <link href="https://fonts.googleapis.com/icon?family=Material+Icons" rel="stylesheet">
<link rel="stylesheet" href="styles-5INURTSO.css">{head_extra}<style ng-app-id="ng">.news-title[_ngcontent-{C}]{{font-size:1.75rem;font-weight:500}}.meta[_ngcontent-{C}]{{color:#666}}</style></head>
<body class="mat-typography"><!--nghm-->
  <app-root _nghost-ng-c1103945711="" ng-version="17.3.4" ngh="3" ng-server-context="ssr"><app-header _ngcontent-ng-c1103945711="" _nghost-ng-c4174562130="" ngh="0"><mat-toolbar _ngcontent-ng-c4174562130="" color="primary" class="mat-toolbar mat-primary mat-toolbar-single-row"><a _ngcontent-ng-c4174562130="" routerlink="/" class="brand" href="/"><img _ngcontent-ng-c4174562130="" src="assets/images/logo-mhesi.png" alt="logo"><span _ngcontent-ng-c4174562130="" class="brand-name">{SITE_NAME}</span></a><span _ngcontent-ng-c4174562130="" class="spacer"></span><nav _ngcontent-ng-c4174562130="" class="main-menu"><a _ngcontent-ng-c4174562130="" mat-button="" routerlink="/" class="mdc-button mat-mdc-button" href="/"><span class="mdc-button__label">หน้าหลัก</span></a><a _ngcontent-ng-c4174562130="" mat-button="" routerlink="/news" class="mdc-button mat-mdc-button active" href="/news"><span class="mdc-button__label">ข่าวประชาสัมพันธ์</span></a><a _ngcontent-ng-c4174562130="" mat-button="" routerlink="/announcement" class="mdc-button mat-mdc-button" href="/announcement"><span class="mdc-button__label">ประกาศ</span></a><a _ngcontent-ng-c4174562130="" mat-button="" routerlink="/contact" class="mdc-button mat-mdc-button" href="/contact"><span class="mdc-button__label">ติดต่อเรา</span></a></nav><button _ngcontent-ng-c4174562130="" mat-icon-button="" aria-label="ค้นหา" class="mdc-icon-button mat-mdc-icon-button"><mat-icon _ngcontent-ng-c4174562130="" role="img" aria-hidden="true" class="mat-icon notranslate material-icons mat-ligature-font" data-mat-icon-type="font">search</mat-icon></button></mat-toolbar></app-header><main _ngcontent-ng-c1103945711="" class="container"><router-outlet _ngcontent-ng-c1103945711=""></router-outlet>{body}<!--container--></main><app-footer _ngcontent-ng-c1103945711="" _nghost-ng-c2950110412="" ngh="0"><footer _ngcontent-ng-c2950110412="" class="site-footer"><div _ngcontent-ng-c2950110412="" class="footer-address">{SITE_NAME} 328 ถนนศรีอยุธยา แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400 โทร. 0 2610 5200</div><div _ngcontent-ng-c2950110412="" class="footer-stat"><mat-icon _ngcontent-ng-c2950110412="" role="img" aria-hidden="true" class="mat-icon notranslate material-icons mat-ligature-font" data-mat-icon-type="font">people</mat-icon> จำนวนผู้เข้าชม 3,418,220 ครั้ง</div><div _ngcontent-ng-c2950110412="" class="copyright">© 2024 {SITE_NAME} สงวนลิขสิทธิ์</div></footer></app-footer></app-root>
<script src="polyfills-RT5I6R6G.js" type="module"></script><script src="main-HQ3FQ7RL.js" type="module"></script>
{state}
</body></html>"""

    def icon(self, name, scope):
        return f'<mat-icon _ngcontent-{scope}="" role="img" aria-hidden="true" class="mat-icon notranslate material-icons mat-ligature-font" data-mat-icon-type="font">{name}</mat-icon>'

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        cards = []
        for k, a in enumerate(self.pages[n]):
            cards.append(
                f"""<mat-card _ngcontent-{L}="" class="mat-mdc-card mdc-card news-card"><a _ngcontent-{L}="" class="card-link" href="{a.path}"><img _ngcontent-{L}="" mat-card-image="" class="mat-mdc-card-image mdc-card__media" src="/api/files/news/{a.id}/cover.jpg" alt="{esc(a.title)}"><mat-card-content _ngcontent-{L}="" class="mat-mdc-card-content"><div _ngcontent-{L}="" class="card-date">{self.icon("calendar_today", L)} {ngdate(a.published)}</div><h3 _ngcontent-{L}="" class="card-title">{esc(a.title)}</h3></mat-card-content></a><mat-card-footer _ngcontent-{L}="" class="mat-mdc-card-footer">{self.icon("visibility", L)} {a.views:,}</mat-card-footer></mat-card><!--container-->"""
            )
            if n == 1 and k == 1:
                cards.append(
                    f"""<mat-card _ngcontent-{L}="" class="mat-mdc-card mdc-card news-card"><a _ngcontent-{L}="" class="card-link" href="{DELETED}"><mat-card-content _ngcontent-{L}="" class="mat-mdc-card-content"><div _ngcontent-{L}="" class="card-date">{self.icon("calendar_today", L)} {ngdate(a.published)}</div><h3 _ngcontent-{L}="" class="card-title">อว. ขอเชิญร่วมงานมหกรรมวิทยาศาสตร์และเทคโนโลยีแห่งชาติ</h3></mat-card-content></a></mat-card><!--container-->"""
                )
        last = len(self.pages) - 1

        def href(k):
            return "/news" if k == 0 else f"/news?page={k + 1}&amp;size={PER_PAGE}"

        pag = []
        pag.append(
            f'<a _ngcontent-{L}="" mat-icon-button="" aria-label="หน้าก่อนหน้า" class="mdc-icon-button mat-mdc-icon-button{" mat-mdc-button-disabled" if n == 0 else ""}" href="{href(max(n - 1, 0))}">{self.icon("chevron_left", L)}</a>'
        )
        for k in range(last + 1):
            pag.append(
                f'<a _ngcontent-{L}="" class="page-number{" active" if k == n else ""}" href="{href(k)}">{k + 1}</a><!--container-->'
            )
        pag.append(
            f'<a _ngcontent-{L}="" mat-icon-button="" aria-label="หน้าถัดไป" class="mdc-icon-button mat-mdc-icon-button{" mat-mdc-button-disabled" if n == last else ""}" href="{href(min(n + 1, last))}">{self.icon("chevron_right", L)}</a>'
        )
        body = f"""<app-news-list _nghost-{L}="" ngh="2"><section _ngcontent-{L}="" class="page-header"><h1 _ngcontent-{L}="">ข่าวประชาสัมพันธ์</h1><div _ngcontent-{L}="" class="breadcrumb"><a _ngcontent-{L}="" href="/">หน้าหลัก</a> / <span _ngcontent-{L}="">ข่าวประชาสัมพันธ์</span></div></section><div _ngcontent-{L}="" class="news-grid">{"".join(cards)}</div><div _ngcontent-{L}="" class="paginator"><span _ngcontent-{L}="" class="range">หน้า {n + 1} จาก {last + 1}</span>{"".join(pag)}</div></app-news-list><!--container-->"""
        st = self.state(
            f"https://api.mhesi.go.th/v2/news?page={n + 1}&size={PER_PAGE}",
            {
                "total": len(self.articles),
                "page": n + 1,
                "items": [
                    {
                        "newsCode": code(a),
                        "title": a.title,
                        "publishDate": zulu(a.published),
                        "viewCount": a.views,
                    }
                    for a in self.pages[n]
                ],
            },
        )
        return self.html_response(self.shell(f"ข่าวประชาสัมพันธ์ | {SITE_NAME}", body, state=st))

    def detail(self, base, a):
        text = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f'<div _ngcontent-{C}="" class="news-source"><span _ngcontent-{C}="" class="label">แหล่งที่มา :</span> {esc(a.source)}</div><!--container-->'
            if a.source
            else "<!--container-->"
        )
        tags = "".join(
            f'<mat-chip _ngcontent-{C}="" class="mat-mdc-chip mdc-evolution-chip mat-mdc-standard-chip"><span class="mdc-evolution-chip__text-label">#{esc(t)}</span></mat-chip><!--container-->'
            for t in a.tags
        )
        rel = "".join(
            f'<mat-card _ngcontent-{C}="" class="mat-mdc-card mdc-card related-card"><a _ngcontent-{C}="" href="{x.path}"><img _ngcontent-{C}="" src="/api/files/news/{x.id}/cover.jpg" alt=""><div _ngcontent-{C}="" class="related-title">{esc(x.title)}</div><div _ngcontent-{C}="" class="related-date">{ngdate(x.published)}</div></a></mat-card><!--container-->'
            for x in self.related(a)
        )
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "image": [f"{base}/api/files/news/{a.id}/cover.jpg"],
            "datePublished": zulu(a.published),
            "dateModified": zulu(a.modified),
            "author": {"@type": "Organization", "name": SITE_NAME},
            "publisher": {
                "@type": "Organization",
                "name": SITE_NAME,
                "logo": {"@type": "ImageObject", "url": f"{base}/assets/images/logo-mhesi.png"},
            },
        }
        head = f"""<meta name="description" content="{esc(a.paras[0][:150])}"><meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article"><meta property="og:url" content="{base}{a.path}"><meta property="og:image" content="{base}/api/files/news/{a.id}/cover.jpg"><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
        body = f"""<app-news-detail _nghost-{C}="" ngh="1"><section _ngcontent-{C}="" class="page-header"><div _ngcontent-{C}="" class="breadcrumb"><a _ngcontent-{C}="" href="/">หน้าหลัก</a> / <a _ngcontent-{C}="" href="/news">ข่าวประชาสัมพันธ์</a></div></section><article _ngcontent-{C}="" class="news-detail"><h1 _ngcontent-{C}="" class="news-title">{esc(a.title)}</h1><div _ngcontent-{C}="" class="meta"><span _ngcontent-{C}="" class="meta-item">{self.icon("calendar_today", C)} {ngdate(a.published)}</span><span _ngcontent-{C}="" class="meta-item">{self.icon("schedule", C)} {hm(a.published)} น.</span><span _ngcontent-{C}="" class="meta-item" matTooltip="จำนวนผู้เข้าชม">{self.icon("visibility", C)} {a.views:,}</span></div><img _ngcontent-{C}="" class="cover" src="/api/files/news/{a.id}/cover.jpg" alt="{esc(a.title)}"><div _ngcontent-{C}="" class="news-detail-content">{text}</div>{source}<div _ngcontent-{C}="" class="hashtags">{tags}</div><div _ngcontent-{C}="" class="share-row"><span _ngcontent-{C}="" class="share-label">{self.icon("share", C)} แชร์</span><share-buttons _ngcontent-{C}="" ngh="0"><div class="sb-group sb-style"><button class="sb-button sb-facebook" aria-label="facebook">Facebook</button><button class="sb-button sb-line" aria-label="line">LINE</button><button class="sb-button sb-x" aria-label="x">X</button><button class="sb-button sb-copy" aria-label="copy">คัดลอกลิงก์</button></div></share-buttons><button _ngcontent-{C}="" mat-stroked-button="" class="mdc-button mat-mdc-outlined-button" onclick="window.print()">{self.icon("print", C)}<span class="mdc-button__label">พิมพ์</span></button></div></article><section _ngcontent-{C}="" class="related"><h2 _ngcontent-{C}="">ข่าวที่เกี่ยวข้อง</h2><div _ngcontent-{C}="" class="related-grid">{rel}</div></section></app-news-detail><!--container-->"""
        st = self.state(f"https://api.mhesi.go.th/v2/news/{code(a)}", self.api(a))
        return self.html_response(self.shell(f"{a.title} | {SITE_NAME}", body, head, st))

    def deleted(self):
        body = f"""<app-news-detail _nghost-{C}="" ngh="1"><section _ngcontent-{C}="" class="page-header"><div _ngcontent-{C}="" class="breadcrumb"><a _ngcontent-{C}="" href="/">หน้าหลัก</a> / <a _ngcontent-{C}="" href="/news">ข่าวประชาสัมพันธ์</a></div></section><div _ngcontent-{C}="" class="empty-state">{self.icon("info", C)}<p _ngcontent-{C}="">ไม่พบข้อมูลข่าว</p><a _ngcontent-{C}="" href="/news">กลับหน้ารายการข่าว</a></div><!--container--></app-news-detail><!--container-->"""
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {SITE_NAME}",
                body,
                state=self.state("https://api.mhesi.go.th/v2/news/2567-00121", None),
            )
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        if path == "/news":
            p = qs1(query, "page", "1")
            if not p.isdigit() or qs1(query, "size", str(PER_PAGE)) != str(PER_PAGE):
                return None
            return self.listing(int(p) - 1)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "calendar_today",
                "visibility",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "จำนวนผู้เข้าชม",
                "แหล่งที่มา",
                "หน้าหลัก",
            ] + [x.title for x in self.related(a)]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = AngularSite()

if __name__ == "__main__":
    main(SITE)
