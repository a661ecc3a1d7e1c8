"""Blind-61 red-team site (part A): a provincial learning-promotion office (สำนักงานส่งเสริมการเรียนรู้
ประจำจังหวัดแพร่ / สกร.จังหวัดแพร่-like, 2024 / 2567) as **a Zola 0.18 static site (Rust, Tera
templates, pulldown-cmark Markdown) on Netlify**, with a few home-made web components for the
share bar, the callout shortcode and the "ข่าวล่าสุด" box. Family generic. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (docs corpus): Zola's issue tracker on the `paginator` object
(getzola/zola#1658: a section's pages reach the template as `paginator.pages`, `/page/N/`
addresses) and on Markdown footnotes (getzola/zola#1285, RatanShreshtha/DeepThought#57:
pulldown-cmark prints `sup.footnote-reference > a[href=#n]` and `div.footnote-definition#n`
with `sup.footnote-definition-label`, no back-links). From memory: Zola's date-from-filename
pages, its alias/redirect page (`<meta http-equiv="refresh">`, "Click here to be redirected"),
Tera's `group_by` filter, declarative shadow DOM (`<template shadowrootmode="open">` with
`<slot>`), Netlify `_redirects` `Language=` conditions. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `<title>` "headline | สกร.จังหวัดแพร่", `rel=canonical`, `h1.post-title`; no modified date, no
  counter, no time anywhere;
- **NEW: the listing grouped under date headings: `h2.date-heading` "วันศุกร์ที่ 15 มีนาคม 2567"
  once, then `ul.day-list` rows with no date of their own (one to three stories a day; a day
  cut by the page break is headed again on the next page)**;
- **NEW: the article's date only in its address and breadcrumb: `/news/2567/03/15/<slug>/` (BE
  year) and "หน้าแรก › ข่าวประชาสัมพันธ์ › 2567 › มีนาคม › 15"; the page prints no full date
  (one in two prints "15 มี.ค." without a year in the header, the rest nothing)**;
- **NEW: an interview (Q&A) article with bold "ถาม :" / "ตอบ :" labels, and an article with
  pulldown-cmark footnotes (`sup.footnote-reference`, `div.footnote-definition`) and a
  "เอกสารอ้างอิง" list at its end — both the notes and the references ARE text**;
- **NEW: the text's own link list ("หน่วยงานที่เข้าร่วมกิจกรรม", agencies with links) in exactly the
  markup of the related-news list below it (`ul.link-list > li > a`)**;
- **NEW: declarative shadow DOM: the share bar (`<th-share>`) and the "ข่าวล่าสุด" box
  (`<latest-news>`) print their server-rendered text inside `<template shadowrootmode="open">`;
  on one article in three a paragraph sits in a `<callout-box>` whose shadow template holds the
  furniture label "สาระน่ารู้" and a `<slot>`, the paragraph itself in the light DOM (text)**;
- sources "ที่มา :" / "ข่าว/ภาพ :" / "ข่าว :" (one in five none); tags "#แท็ก" links; "‹ ข่าวก่อนหน้า" /
  "ข่าวถัดไป ›" with titles; footer; a PDPA bar (script);
  `/` answers by `Accept-Language` (a Netlify `Language=en` rule: 302 to `/en/` for English
  readers, else to `/news/`; read with `request_headers()`);
- deleted item (linked from page 2): `/news/2567/03/11/pr-2567-052/`, **200: Zola's alias
  redirect page (meta refresh to `/news/`, "Click here to be redirected.") left after the story
  was withdrawn**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_weekday,
    main,
    make_articles,
    paginate,
    request_headers,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดแพร่"
SHORT = "สกร.จังหวัดแพร่"
PER = 8
DELETED = "/news/2567/03/11/pr-2567-052/"
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมการเรียนรู้ สกร.จังหวัดแพร่"),
    ("ข่าว/ภาพ", "ศูนย์ส่งเสริมการเรียนรู้อำเภอสูงเม่น"),
    ("ข่าว", "งานประชาสัมพันธ์ สำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดแพร่"),
    ("ข่าว/ภาพ", "ศูนย์ส่งเสริมการเรียนรู้อำเภอลอง"),
    None,
]
TAGS = ["สกร.แพร่", "การศึกษาตลอดชีวิต", "ห้องสมุดประชาชน", "อาชีพระยะสั้น", "ผู้สูงอายุ"]
GROUPS = [3, 1, 2, 2, 1, 3, 2, 1, 2, 1, 3, 2, 1]  # stories per day
SHARE = "แชร์ :"
COPY = "คัดลอกลิงก์"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
CALLOUT = "สาระน่ารู้"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษานโยบายคุ้มครองข้อมูลส่วนบุคคลได้"
FOOTER = "ถนนเหมืองหิต ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000 โทร. 0 5451 1240"
AGENCIES = [
    "ที่ทำการปกครองจังหวัดแพร่",
    "สำนักงานสาธารณสุขจังหวัดแพร่",
    "สำนักงานพัฒนาชุมชนจังหวัดแพร่",
    "องค์การบริหารส่วนจังหวัดแพร่",
]
QUESTIONS = [
    "ถาม : จุดเริ่มต้นของเรื่องนี้มาจากอะไร",
    "ถาม : การดำเนินงานที่ผ่านมามีความคืบหน้าอย่างไร",
    "ถาม : ประชาชนจะได้รับประโยชน์อย่างไรบ้าง",
]
REFERENCES = [
    "สำนักงานสถิติแห่งชาติ. (2566). รายงานการสำรวจการอ่านของประชากร พ.ศ. 2566. กรุงเทพฯ: สำนักงานสถิติแห่งชาติ.",
    "กรมส่งเสริมการเรียนรู้. (2567). แนวทางการดำเนินงานส่งเสริมการเรียนรู้ ปีงบประมาณ พ.ศ. 2567. กรุงเทพฯ: กรมส่งเสริมการเรียนรู้.",
]
FOOTNOTES = [
    "ข้อมูลจากรายงานผลการดำเนินงานประจำไตรมาสที่ 1 ของสำนักงานส่งเสริมการเรียนรู้ประจำจังหวัดแพร่",
    "ตัวเลขรวมผู้เข้าร่วมจากศูนย์ส่งเสริมการเรียนรู้ระดับอำเภอทั้ง 8 อำเภอ",
]
QA_I, FN_I, AG_I = 4, 10, 15


def th_day(d):
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


class ZolaSite(BaseSite):
    key = "b61_zola_tera_dategroups_qa_shadow"
    family = "generic"
    imitates = (
        "provincial learning office as a Zola static site: date-grouped listing, the date only "
        "in the BE address and breadcrumb, Q&A and footnoted articles, same-markup link lists, "
        "declarative shadow DOM components"
    )
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 29, 12, 0, tzinfo=TZ), offset=730
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        day = dt.datetime(2024, 3, 22, 0, 0, tzinfo=TZ)
        i = 0
        serial = 64
        for g in GROUPS:
            for _ in range(g):
                if i >= len(arts):
                    break
                a = arts[i]
                a.published = day
                a.time_printed = False
                a.modified = None
                a.views = None
                slug = f"pr-2567-{serial:03d}"
                serial -= 1 if serial != 53 else 2  # 052 is the withdrawn story
                a.path = f"/news/{day.year + 543}/{day.month:02d}/{day.day:02d}/{slug}/"
                i += 1
            day -= dt.timedelta(days=1 + (g % 2) + (1 if day.weekday() == 0 else 0))
        for i, a in enumerate(arts):
            a.id = i
            src = SOURCES[i % 5]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["daymonth"] = i % 2 == 0
            a.extra["callout"] = i % 3 == 2 and i not in (QA_I, FN_I, AG_I)
            a.extra["kind"] = "plain"
        qa = arts[QA_I]
        ps = qa.paras
        qa.paras = [ps[0]] + [
            x for k in range(1, min(4, len(ps))) for x in (QUESTIONS[k - 1], "ตอบ : " + ps[k])
        ]
        qa.extra["kind"] = "qa"
        qa.title = "สัมภาษณ์พิเศษ : " + qa.title
        fn = arts[FN_I]
        fn.extra["kind"] = "fn"
        fn.paras = fn.paras[:4] + FOOTNOTES + ["เอกสารอ้างอิง"] + REFERENCES
        ag = arts[AG_I]
        ag.extra["kind"] = "ag"
        ag.paras = ag.paras[:4] + ["หน่วยงานที่เข้าร่วมกิจกรรม"] + AGENCIES
        assert DELETED not in {a.path for a in arts}
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]

    def listing_pages(self):
        return ["/news/"] + [f"/news/page/{k}/" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 11)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, canonical="", extra_head=""):
        canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{canon}
{extra_head}
<link rel="stylesheet" href="/main.css?h=5d1e0c9a4b7f2e31">
<link rel="alternate" type="application/atom+xml" title="RSS" href="/atom.xml">
<script type="module" src="/js/components.js?h=91ab3c"></script>
</head>
<body>
<a class="skip" href="#main">ข้ามไปเนื้อหา</a>
<header class="site-header">
<a class="brand" href="/"><img src="/img/logo-dole.svg" alt="" width="56" height="56"><span class="brand-name">{OFFICE}</span><span class="brand-sub">กรมส่งเสริมการเรียนรู้ กระทรวงศึกษาธิการ</span></a>
<nav class="main-nav" aria-label="เมนูหลัก"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about/">เกี่ยวกับเรา</a></li><li><a href="/news/" aria-current="page">ข่าวประชาสัมพันธ์</a></li><li><a href="/courses/">หลักสูตรอาชีพ</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อ</a></li></ul></nav>
</header>
<main id="main" class="container">
{content}
</main>
<footer class="site-footer"><p>{OFFICE}<br>{FOOTER}</p><p class="small">สร้างด้วย <a href="https://www.getzola.org">Zola</a></p></footer>
<div id="pdpa" class="pdpa" hidden><p>{PDPA} <a href="/privacy/">นโยบายความเป็นส่วนตัว</a></p><button type="button" data-accept>ยอมรับ</button></div>
<script>if(!localStorage.getItem("pdpa"))document.getElementById("pdpa").hidden=false;</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_list(self, n):
        items = self.pages[n - 1]
        groups: list[tuple[dt.datetime, list]] = []
        for a in items:
            if groups and groups[-1][0] == a.published:
                groups[-1][1].append(a)
            else:
                groups.append((a.published, [a]))
        blocks = []
        for d, arts in groups:
            lis = [
                f'<li><a href="{a.path}">{esc(a.title)}</a><p class="summary">{esc(a.paras[0][:140])}…</p></li>'
                for a in arts
            ]
            if n == 2 and d == dt.datetime(2024, 3, 11, tzinfo=TZ):
                lis.append(
                    f'<li><a href="{DELETED}">ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้าร่วมโครงการ (ยกเลิก)</a><p class="summary">ประกาศรายชื่อ…</p></li>'
                )
            blocks.append(
                f'<section class="day"><h2 class="date-heading">{fmt_weekday(d)}</h2>\n<ul class="day-list">\n'
                + "\n".join(lis)
                + "\n</ul></section>"
            )
        total = len(self.pages)

        def url(k):
            return "/news/" if k == 1 else f"/news/page/{k}/"

        pager = ['<nav class="pagination" aria-label="แบ่งหน้า">']
        if n > 1:
            pager.append(f'<a class="prev" href="{url(n - 1)}">‹ ใหม่กว่า</a>')
        pager.append(f'<span class="count">หน้า {n} / {total}</span>')
        if n < total:
            pager.append(f'<a class="next" href="{url(n + 1)}">เก่ากว่า ›</a>')
        pager.append("</nav>")
        content = f"""<h1 class="section-title">ข่าวประชาสัมพันธ์</h1>
{chr(10).join(blocks)}
{chr(10).join(pager)}"""
        return self.html_response(self.shell(f"ข่าวประชาสัมพันธ์ | {SHORT}", content, canonical=url(n)))

    # ------------------------------------------------------------------ article
    def text_html(self, a):
        kind = a.extra["kind"]
        out = []
        ps = a.paras
        if kind == "qa":
            out.append(f"<p>{esc(ps[0])}</p>")
            for p in ps[1:]:
                lab, rest = p.split(" : ", 1)
                out.append(f"<p><strong>{lab} :</strong> {esc(rest)}</p>")
        elif kind == "fn":
            body = ps[:4]
            for k, p in enumerate(body):
                ref = (
                    f'<sup class="footnote-reference"><a href="#{k}">{k}</a></sup>'
                    if k in (1, 2)
                    else ""
                )
                out.append(f"<p>{esc(p)}{ref}</p>")
            for k, note in enumerate(FOOTNOTES, start=1):
                out.append(
                    f'<div class="footnote-definition" id="{k}"><sup class="footnote-definition-label">{k}</sup>\n<p>{esc(note)}</p>\n</div>'
                )
            out.append("<h2>เอกสารอ้างอิง</h2>")
            out.append("<ul>" + "".join(f"<li>{esc(r)}</li>" for r in REFERENCES) + "</ul>")
        elif kind == "ag":
            out += [f"<p>{esc(p)}</p>" for p in ps[:4]]
            out.append("<h3>หน่วยงานที่เข้าร่วมกิจกรรม</h3>")
            out.append(
                '<ul class="link-list">'
                + "".join(
                    f'<li><a href="https://www.phrae.go.th/agency/{k}">{esc(x)}</a></li>'
                    for k, x in enumerate(AGENCIES)
                )
                + "</ul>"
            )
        else:
            mid = len(ps) // 2
            for k, p in enumerate(ps):
                if a.extra["callout"] and k == mid:
                    out.append(
                        '<callout-box tone="info"><template shadowrootmode="open"><style>.box{border-left:4px solid #0a7;padding:.5rem 1rem;background:#eefaf5}</style>'
                        f'<div class="box"><b class="label">{CALLOUT}</b><slot></slot></div></template>'
                        f"<p>{esc(p)}</p></callout-box>"
                    )
                else:
                    out.append(f"<p>{esc(p)}</p>")
        if a.source:
            out.append(f"<p><em>{esc(a.extra['label'])} : {esc(a.source)}</em></p>")
        return "\n".join(out)

    def render_article(self, a, base):
        d = a.published
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        y, m = d.year + 543, d.month
        crumb = (
            f'<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">หน้าแรก</a> › '
            f'<a href="/news/">ข่าวประชาสัมพันธ์</a> › <span>{y}</span> › <span>{MONTHS[m - 1]}</span> › '
            f"<span>{d.day}</span></nav>"
        )
        dm = (
            f'<span class="day-month">{d.day} {MONTHS_ABBR[m - 1]}</span>'
            if a.extra["daymonth"]
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags">'
                + "".join(f'<li><a href="/tags/{quote(t)}/">#{esc(t)}</a></li>' for t in a.tags)
                + "</ul>"
            )
        rel = (
            f'<h2 class="related-title">{RELATED}</h2><ul class="link-list">'
            + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
            + "</ul>"
        )
        share = (
            '<th-share><template shadowrootmode="open"><style>:host{display:flex;gap:.5rem}</style>'
            f'<span>{SHARE}</span><a href="https://www.facebook.com/sharer/sharer.php?u={quote(url, safe="")}">Facebook</a>'
            f'<a href="https://social-plugins.line.me/lineit/share?url={quote(url, safe="")}">LINE</a>'
            f'<button type="button">{COPY}</button></template></th-share>'
        )
        latest = (
            '<latest-news><template shadowrootmode="open"><style>ul{list-style:none;padding:0}</style>'
            f"<h2>{LATEST}</h2><ul>"
            + "".join(
                f'<li><a href="{x.path}">{esc(x.title)}</a></li>'
                for x in self.articles[:4]
                if x is not a
            )
            + "</ul></template></latest-news>"
        )
        nav = []
        if older:
            nav.append(
                f'<a class="prev" href="{older.path}">‹ {PREV}<br><span>{esc(older.title)}</span></a>'
            )
        if newer:
            nav.append(
                f'<a class="next" href="{newer.path}">{NEXT} ›<br><span>{esc(newer.title)}</span></a>'
            )
        content = f"""{crumb}
<article class="post">
<header class="post-header">{dm}<h1 class="post-title">{esc(a.title)}</h1></header>
{share}
<figure class="cover"><img src="/news/{y}/{m:02d}/{d.day:02d}/{a.path.rstrip("/").rsplit("/", 1)[1]}/cover.jpg" alt="" loading="lazy" width="960" height="540"></figure>
<div class="post-content">
{self.text_html(a)}
</div>
{tags}
{rel}
<nav class="post-nav">{"".join(nav)}</nav>
</article>
<aside class="sidebar">{latest}</aside>"""
        return self.html_response(
            self.shell(
                f"{a.title} | {SHORT}",
                content,
                canonical=url,
                extra_head=f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">',
            )
        )

    def render_redirect(self):
        return self.html_response(
            '<!doctype html>\n<meta charset=utf-8>\n<link rel=canonical href="/news/">\n'
            '<meta http-equiv="refresh" content="0; url=/news/">\n<title>Redirect</title>\n'
            '<p><a href="/news/">Click here</a> to be redirected.</p>\n'
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            lang = (request_headers().get("Accept-Language", "") or "").lower()
            first = lang.split(",")[0].strip()
            target = "/en/" if first.startswith("en") else "/news/"
            return 302, {"Location": target, "Content-Type": "text/plain"}, b"Redirecting"
        if path == "/en/":
            return self.html_response(
                self.shell(
                    f"Phrae Provincial Learning Promotion Office | {SHORT}",
                    '<h1>Phrae Provincial Learning Promotion Office</h1><p>News is published in Thai. <a href="/news/">ข่าวประชาสัมพันธ์</a></p>',
                ).replace('lang="th"', 'lang="en"')
            )
        if path in ("/news", "/news/", "/news/page/1/"):
            if path == "/news/page/1/":
                return self.render_redirect()
            return self.render_list(1)
        m = re.fullmatch(r"/news/page/(\d+)/", path)
        if m:
            n = int(m[1])
            return self.render_list(n) if 2 <= n <= len(self.pages) else None
        if path == DELETED:
            return self.render_redirect()
        if not path.endswith("/"):
            if path + "/" in self.by_path or path + "/" == DELETED:
                return 301, {"Location": path + "/", "Content-Type": "text/plain"}, b""
            return None
        a = self.by_path.get(path)
        return self.render_article(a, base) if a else None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            raw = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
            text = self.text_of(raw)
            must_not = [SHARE, COPY, RELATED, LATEST, CALLOUT, PREV, NEXT, PDPA, FOOTER]
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in (older, newer) if x and x.title != a.title]
            must_not += [x.title for x in self.articles[:4] if x.title != a.title]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            if a.extra["kind"] == "fn":
                rec["body_must"] = rec["body_must"][:2] + [
                    "รายงานการสำรวจการอ่านของประชากร",
                    "ตัวเลขรวมผู้เข้าร่วมจากศูนย์ส่งเสริมการเรียนรู้",
                ]
            if a.extra["kind"] == "ag":
                rec["body_must"] = rec["body_must"][:2] + ["สำนักงานสาธารณสุขจังหวัดแพร่"]
            if a.extra["kind"] == "qa":
                rec["body_must"] = rec["body_must"] + ["ประชาชนจะได้รับประโยชน์อย่างไรบ้าง"]
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = ZolaSite()

if __name__ == "__main__":
    main(SITE)
