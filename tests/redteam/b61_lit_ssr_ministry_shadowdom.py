"""Blind-61 red-team site (part C): a department portal (กรมพัฒนาฝีมือแรงงาน-like, 2024) on **an
in-house Node 20 portal: Express + Lit 3 web components rendered on the server with
`@lit-labs/ssr`** (the 2023 redesign: every block is a custom element; their content is printed
as **declarative shadow DOM**, `<template shadowrootmode="open">`, with Lit's `<!--lit-part …-->`
/ `<!--lit-node N-->` markers). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Astro's Lit renderer README (Lit SSR prints a
component's template as Declarative Shadow DOM, zero JavaScript) and lit.dev's render-root
samples (LitElement renders into an open shadow root by default; `createRenderRoot()` returning
`this` renders to light DOM). From memory: `@lit-labs/ssr`'s markers (`<!--lit-part HASH-->`,
`<!--/lit-part-->`, `<!--lit-node N-->`), the `shadowrootmode` attribute (the older
`shadowroot`), and the Thai department portal furniture (Thai-digit dates, accessibility toolbar,
PDPA bar, card grid, "หน่วยงานเจ้าของข้อมูล" tables). No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/<id>` (`<title>` "headline | กรม…", `rel=canonical`, og:title); the headline in a light-DOM
  `h1` of `<dsd-page-header>`; the text, share bar, tags and related cards inside components;
  accessibility toolbar, PDPA bar (not printed once the `pdpa_consent` cookie is sent: read with
  `request_headers()`), footer counter;
- **NEW: the article text lives in a declarative shadow root: `<dsd-article-body><template
  shadowrootmode="open"><style>…</style><!--lit-part…--><div class="lead">…</div><figure>…
  </figure><div class="content">…</div><!--/lit-part--></template></dsd-article-body>`; the
  listing's cards (`<dsd-news-card>`) have their link, title and date only inside their shadow
  roots; a plain `<template id="tpl-share-toast">` holds the copy-link toast text**;
- **NEW: a lead block: the first paragraph in `div.lead` ABOVE the picture, the rest in
  `div.content` below it (both are the text)**;
- **NEW: `<dl>` metadata: "วันที่โพสต์" ๑๕ มี.ค. ๒๕๖๗ ๑๔:๓๐ น. (Thai digits, the time always),
  "ปรับปรุงข้อมูล" (only where edited), "ผู้เข้าชม" ๑,๒๓๔ ครั้ง; and a metadata table at the foot
  ("ข้อมูลเอกสาร": "ที่มา" = the source office, "หมวดหมู่", "ผู้บันทึกข้อมูล") — the only source
  line**;
- **NEW: meta rows printing an event period beside the publication date on one article in three:
  "วันที่จัดกิจกรรม ระหว่างวันที่ ๑๑-๑๓ มีนาคม ๒๕๖๗" and "เวลา ๐๙.๐๐-๑๖.๓๐ น." in the same `<dl>`,
  BEFORE "วันที่โพสต์"**;
- listing `/news`, `/news?page=2`, `/news?page=3` (`<dsd-pagination>` with light-DOM `<a>` links
  "ก่อนหน้า 1 2 3 ถัดไป"), 9 cards a page, 24 items; tags "#tag" chips; "ข่าวที่เกี่ยวข้อง" cards
  (titles, Thai-digit dates) and "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles;
- deleted item (linked from page 2): `/news/5090`, **200: the shell with `<dsd-empty-state>`
  "ไม่พบข้อมูลข่าวที่ท่านต้องการ" in its shadow root**.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import re

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
    request_headers,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมพัฒนาฝีมือแรงงาน"
PER = 9
N = 24
DELETED_ID = 5090
SOURCES = [
    "กองประชาสัมพันธ์ กรมพัฒนาฝีมือแรงงาน",
    "สถาบันพัฒนาฝีมือแรงงาน 10 ลำปาง",
    "กองส่งเสริมการพัฒนาฝีมือแรงงาน",
    "สำนักงานพัฒนาฝีมือแรงงานนนทบุรี",
    "กองมาตรฐานฝีมือแรงงาน",
    None,
]
TAGS = ["ฝึกอาชีพ", "มาตรฐานฝีมือแรงงาน", "แรงงานนอกระบบ", "ทักษะดิจิทัล", "Upskill", "Reskill"]
CATS = ["ข่าวกิจกรรม", "ข่าวผู้บริหาร", "ข่าวประชาสัมพันธ์"]
COUNTER = "จำนวนผู้เยี่ยมชม ๓,๔๑๗,๒๐๙ คน"
PDPA = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "เลขที่ 3 ถนนพระรามที่ 4 แขวงสามเสนใน เขตพญาไท กรุงเทพมหานคร 10400"
TOAST = "คัดลอกลิงก์เรียบร้อยแล้ว"
EMPTY = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
EDITOR = "นางสาวพิมพ์ชนก ใจดี"


def th_date(d: dt.datetime, time=False) -> str:
    s = thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")
    return s + (" " + thai_digits(f"{d:%H:%M}") + " น." if time else "")


def part(name: str) -> str:
    h = hashlib.sha1(name.encode()).digest()[:8]
    import base64

    return base64.b64encode(h).decode()


def shadow(tag: str, inner: str, attrs: str = "", css: str = ":host{display:block}") -> str:
    """A Lit SSR component: declarative shadow DOM with Lit's part markers."""
    return (
        f'<{tag}{attrs}><template shadowrootmode="open"><style>{css}</style>'
        f"<!--lit-part {part(tag)}-->{inner}<!--/lit-part--></template></{tag}>"
    )


class LitSsrSite(BaseSite):
    key = "b61_lit_ssr_ministry_shadowdom"
    family = "generic"
    imitates = (
        "department portal on Express + Lit 3 SSR web components: the article text and the "
        "listing cards inside declarative shadow DOM (<template shadowrootmode>), a lead block "
        "above the picture and the rest below it, <dl> metadata with Thai-digit dates, an event "
        "period printed before the publication date, the source only in a metadata table"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 3, 22, 16, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5131 - i * 2 - (i % 5 == 2)
            a.path = f"/news/{a.id}"
            a.time_printed = True
            a.views = 35 + (i * 457 + 211) % 4200
            a.tags = [TAGS[(i + j * 2) % len(TAGS)] for j in range(1 + i % 2)]
            a.source = SOURCES[i % 6]
            a.extra["cat"] = CATS[i % 3]
            if i % 3 == 1:
                start = a.published.date() - dt.timedelta(days=2 + i % 4)
                a.extra["event"] = (start, start + dt.timedelta(days=2))
            else:
                a.extra["event"] = None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=2", "/news?page=3"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------------ chrome
    def page(self, title: str, body: str, *, head: str = "", crumb: str = "") -> str:
        cookie = request_headers().get("Cookie") or ""
        pdpa = ""
        if "pdpa_consent=" not in cookie:
            pdpa = shadow(
                "dsd-pdpa-banner",
                f'<div class="banner" role="dialog" aria-label="การใช้คุกกี้"><p>{PDPA} <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a></p>'
                '<button part="btn" data-action="settings">ตั้งค่า</button><button part="btn primary" data-action="accept">ยอมรับทั้งหมด</button></div>',
            )
        crumbs = '<li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวสาร</a></li>'
        if crumb:
            crumbs += f'<li aria-current="page">{crumb}</li>'
        return (
            '<!DOCTYPE html><html lang="th"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{title}</title>{head}"
            '<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&amp;display=swap">'
            '<link rel="stylesheet" href="/assets/global-4c1a9e.css">'
            '<script type="module" src="/assets/hydrate-4c1a9e.js"></script>'
            '<script>if(!HTMLTemplateElement.prototype.hasOwnProperty("shadowRootMode")){document.write(\'<script src="/assets/dsd-polyfill.js"><\\/script>\')}</script>'
            "</head><body>"
            + shadow(
                "dsd-a11y-toolbar",
                '<div class="bar"><span>ขนาดตัวอักษร</span><button aria-label="ลดขนาดตัวอักษร">ก-</button><button aria-label="ขนาดปกติ">ก</button><button aria-label="เพิ่มขนาดตัวอักษร">ก+</button>'
                '<span>การแสดงผล</span><button data-mode="default">สีปกติ</button><button data-mode="contrast">ขาวดำ</button><a href="/en">EN</a></div>',
            )
            + '<dsd-site-header><template shadowrootmode="open"><style>:host{display:block}</style><!--lit-part Hd9x2w==--><header><slot name="brand"></slot><nav><slot name="menu"></slot></nav></header><!--/lit-part--></template>'
            f'<a slot="brand" href="/" class="brand"><img src="/assets/logo-dsd.svg" alt="{DEPT}" width="64" height="64"><span>{DEPT}<small>Department of Skill Development</small></span></a>'
            '<ul slot="menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับกรม</a></li><li><a href="/news" aria-current="page">ข่าวสาร</a></li><li><a href="/courses">หลักสูตรฝึกอบรม</a></li><li><a href="/e-service">บริการออนไลน์</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></dsd-site-header>'
            f'<nav class="breadcrumb" aria-label="breadcrumb"><ol>{crumbs}</ol></nav>'
            f'<main id="main">{body}</main>'
            '<template id="tpl-share-toast"><div class="toast" role="status">'
            + TOAST
            + "</div></template>"
            + '<footer class="site-footer">'
            + f"<p><strong>{DEPT}</strong> กระทรวงแรงงาน</p><p>{FOOTER}</p><p>สายด่วน 1506 กด 4</p>"
            + shadow("dsd-visitor-counter", f'<p class="counter">{COUNTER}</p>')
            + '<p><a href="/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/website-policy">นโยบายเว็บไซต์</a> | © 2567 สงวนลิขสิทธิ์</p></footer>'
            + pdpa
            + "</body></html>"
        )

    # ------------------------------------------------------------------ listing
    def card(self, a, deleted=False) -> str:
        if deleted:
            href, title, d, views = (
                f"/news/{DELETED_ID}",
                "ประกาศผลการคัดเลือกผู้เข้ารับการฝึก (ยกเลิก)",
                self.articles[12].published,
                0,
            )
        else:
            href, title, d, views = a.path, a.title, a.published, a.views
        inner = (
            f'<a href="{href}" part="link" class="card"><!--lit-node 0--><img src="/uploads/news/{href.rsplit("/", 1)[1]}/thumb.webp" alt="" loading="lazy">'
            f'<div class="meta"><span class="date">{th_date(d)}</span>'
            + (f'<span class="views">{thai_digits(f"{views:,}")}</span>' if views else "")
            + f'</div><h3 class="title"><!--lit-part-->{esc(title)}<!--/lit-part--></h3></a>'
        )
        return shadow(
            "dsd-news-card",
            inner,
            attrs=f' data-id="{href.rsplit("/", 1)[1]}"',
            css=":host{display:block}.card{display:flex;flex-direction:column}",
        )

    def render_list(self, cur: int) -> str:
        chunks = [self.articles[i : i + PER] for i in range(0, N, PER)]
        if not 1 <= cur <= len(chunks):
            cur = 1
        cards = [self.card(a) for a in chunks[cur - 1]]
        if cur == 2:
            cards.insert(3, self.card(None, deleted=True))
        pages = len(chunks)
        links = []
        if cur > 1:
            links.append(f'<a href="/news?page={cur - 1}" rel="prev">ก่อนหน้า</a>')
        for p in range(1, pages + 1):
            links.append(
                f'<span aria-current="page">{p}</span>'
                if p == cur
                else f'<a href="/news?page={p}">{p}</a>'
            )
        if cur < pages:
            links.append(f'<a href="/news?page={cur + 1}" rel="next">ถัดไป</a>')
        body = (
            '<section class="news-list"><h1>ข่าวสาร</h1>'
            '<div class="filters"><a href="/news" aria-current="true">ทั้งหมด</a><a href="/news?cat=activity">ข่าวกิจกรรม</a><a href="/news?cat=executive">ข่าวผู้บริหาร</a></div>'
            f'<div class="grid">{"".join(cards)}</div>'
            '<dsd-pagination><template shadowrootmode="open"><style>:host{display:flex}</style><!--lit-part Pg7w1Q==--><nav aria-label="pagination"><slot></slot></nav><!--/lit-part--></template>'
            f'{"".join(links)}</dsd-pagination><p class="page-of">หน้า {thai_digits(cur)} / {thai_digits(pages)}</p></section>'
        )
        return self.page(f"ข่าวสาร | {DEPT}", body)

    # ------------------------------------------------------------------ article
    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < N else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a) -> list:
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (4, 9, 14)]

    def render_article(self, a) -> str:
        rows = []
        ev = a.extra["event"]
        if ev:
            s, e = ev
            period = (
                thai_digits(f"{s.day}-{e.day} {MONTHS[s.month - 1]} {be(s)}")
                if s.month == e.month
                else thai_digits(
                    f"{s.day} {MONTHS[s.month - 1]} - {e.day} {MONTHS[e.month - 1]} {be(e)}"
                )
            )
            rows.append(f"<dt>วันที่จัดกิจกรรม</dt><dd>ระหว่างวันที่ {period}</dd>")
            rows.append(f"<dt>เวลา</dt><dd>{thai_digits('09.00-16.30')} น.</dd>")
        rows.append(
            f'<dt>วันที่โพสต์</dt><dd><time datetime="{a.published.isoformat()}">{th_date(a.published, True)}</time></dd>'
        )
        if a.modified:
            rows.append(
                f'<dt>ปรับปรุงข้อมูล</dt><dd><time datetime="{a.modified.isoformat()}">{th_date(a.modified, True)}</time></dd>'
            )
        rows.append(f"<dt>ผู้เข้าชม</dt><dd>{thai_digits(f'{a.views:,}')} ครั้ง</dd>")
        meta = f'<dl class="news-meta">{"".join(rows)}</dl>'
        lead = f'<div class="lead"><p>{esc(a.paras[0])}</p></div>'
        fig = f'<figure><img src="/uploads/news/{a.id}/cover.webp" alt="{esc(a.title)}"><figcaption>ภาพประกอบข่าว</figcaption></figure>'
        rest = '<div class="content">' + "".join(f"<p>{esc(p)}</p>" for p in a.paras[1:]) + "</div>"
        trows = [f'<tr><th scope="row">หมวดหมู่</th><td>{a.extra["cat"]}</td></tr>']
        if a.source:
            trows.insert(0, f'<tr><th scope="row">ที่มา</th><td>{esc(a.source)}</td></tr>')
        trows.append(f'<tr><th scope="row">ผู้บันทึกข้อมูล</th><td>{EDITOR}</td></tr>')
        table = f'<table class="doc-info"><caption>ข้อมูลเอกสาร</caption><tbody>{"".join(trows)}</tbody></table>'
        article_body = shadow(
            "dsd-article-body",
            f"{meta}<!--lit-node 1-->{lead}{fig}{rest}{table}",
            css=":host{display:block}.lead{font-size:1.2rem;font-weight:600}",
        )
        tags = "".join(
            f'<a href="/news?tag={TAGS.index(t) + 1}" class="chip">#{esc(t)}</a>' for t in a.tags
        )
        share = shadow(
            "dsd-share-bar",
            '<div class="share"><span>แชร์ข่าวนี้</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dsd.go.th{a.path}" aria-label="Facebook">Facebook</a>'
            f'<a href="https://social-plugins.line.me/lineit/share?url=https://www.dsd.go.th{a.path}" aria-label="LINE">LINE</a>'
            '<button data-copy>คัดลอกลิงก์</button><button onclick="window.print()">พิมพ์</button></div>',
        )
        prev, nxt = self.neighbours(a)
        nav = ""
        if prev:
            nav += f'<a href="{prev.path}" rel="prev"><small>ข่าวก่อนหน้า</small><span>{esc(prev.title)}</span></a>'
        if nxt:
            nav += f'<a href="{nxt.path}" rel="next"><small>ข่าวถัดไป</small><span>{esc(nxt.title)}</span></a>'
        related = "".join(self.card(x) for x in self.related(a))
        body = (
            '<article class="news-detail">'
            '<dsd-page-header><template shadowrootmode="open"><style>:host{display:block}</style><!--lit-part Qm4t8A==--><slot></slot><slot name="sub"></slot><!--/lit-part--></template>'
            f'<h1>{esc(a.title)}</h1><p slot="sub" class="cat">{a.extra["cat"]}</p></dsd-page-header>'
            f'{article_body}<div class="tags">{tags}</div>{share}'
            f'<nav class="prev-next">{nav}</nav></article>'
            f'<section class="related"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="grid">{related}</div></section>'
        )
        head = (
            f'<link rel="canonical" href="https://www.dsd.go.th{a.path}">'
            f'<meta property="og:title" content="{esc(a.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:image" content="https://www.dsd.go.th/uploads/news/{a.id}/cover.webp">'
        )
        return self.page(f"{esc(a.title)} | {DEPT}", body, head=head, crumb=esc(a.title))

    def render_deleted(self) -> str:
        body = shadow(
            "dsd-empty-state",
            f'<div class="empty"><img src="/assets/empty.svg" alt=""><p>{EMPTY}</p><a href="/news">กลับไปหน้าข่าวสาร</a></div>',
        )
        return self.page(f"ข่าวสาร | {DEPT}", body)

    # ------------------------------------------------------------------ routing
    def respond(self, text: str):
        status, headers, body = self.html_response(text)
        headers["X-Powered-By"] = "Express"
        headers["Vary"] = "Cookie"
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path in ("/news", "/news/"):
            p = query.get("page", ["1"])[0]
            return self.respond(self.render_list(int(p) if p.isdigit() else 1))
        m = re.fullmatch(r"/news/(\d+)/?", path)
        if not m:
            return None
        nid = int(m[1])
        if nid == DELETED_ID:
            return self.respond(self.render_deleted())
        a = self.by_id.get(nid)
        return self.respond(self.render_article(a)) if a else None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_article(a)
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        body = re.sub(r"<!--.*?-->", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                FOOTER,
                PDPA,
                TOAST,
                "ขนาดตัวอักษร",
                "วันที่โพสต์",
                "ผู้เข้าชม",
                f"{thai_digits(f'{a.views:,}')} ครั้ง",
                "ข้อมูลเอกสาร",
                "ผู้บันทึกข้อมูล",
                EDITOR,
                "ภาพประกอบข่าว",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
            ]
            if a.extra["event"]:
                must_not += ["วันที่จัดกิจกรรม", "16.30", thai_digits("09.00-16.30")]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            rec = expected_record(a, must_not=must_not)
            # the lead (first paragraph, above the picture) must be in the text
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            assert rec["body_must"][0] in a.paras[0]
            out.append(rec)
        return out


SITE = LitSsrSite()

if __name__ == "__main__":
    main(SITE)
