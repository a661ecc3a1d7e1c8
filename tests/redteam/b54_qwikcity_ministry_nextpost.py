"""Blind-54 red-team site (part C): a department portal (กรมพัฒนาฝีมือแรงงาน-like) on an
**in-house CMS: a headless API behind a Qwik City 1.5 front** (SSR with resumability: `q:container`
on `<html>`, `<!--qv …-->` virtual-component comments, `q:key` attributes, `on:click` handler
references into `/build/q-*.js`, the serialized state in `<script type="qwik/json">` and the inline
qwikloader), Tailwind cards, a 2023 redesign with a PDPA bar and an accessibility toolbar. Built
blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): a Qwik dev tool's captured SSR page (the container
attributes `q:container="paused" q:version q:render="ssr…" q:base="/build/" q:locale`, the
`<!--qv q:id=N q:key=…-->` … `<!--/qv-->` comment pairs around components, `q:head` on head
elements, `q:key` on list items) and Qwik's container documentation; Qwik City `DocumentHead`
exports (title, meta, links) and `renderToStream` entry points with `containerAttributes` (so the
`lang` of `<html>` is set there). The qwikloader's body, the `qwik/json` shape, Tailwind class
names, the portal's cards, the PDPA wording and the accessibility toolbar are from memory of such
portals. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/<id>/<Thai slug>`: `<title>` "headline | department", `h1.news-title`; **NEW: no
  `rel=canonical`, no `og:url`, and each article linked at several address variants**: the listing
  cards give the slug percent-encoded without a trailing slash (the record's address), the sidebar
  "ข่าวยอดนิยม" gives the same slug as raw Thai with a trailing slash, the related cards'
  comment chips add `#comments`; every variant answers 200 with the same page;
- **NEW: the listing's next page is given only by `<link rel="next">` in the head and by a
  "โหลดเพิ่ม" `<button data-next="/news?page=2">` (no `<a>` pager at all)**; pages 2 and 3 answer
  as full pages;
- **NEW: an infinite-scroll "ข่าวถัดไป" section under the article that prints the next (older)
  article in full** (its headline as an `h2`, its date, and its whole text in a
  `div.article-body` of the same class as the main text), before the footer;
- **NEW: the date and the time on separate elements in Thai digits**: "๕ มีนาคม ๒๕๖๗" in one
  `<span>` and "เวลา ๑๐.๓๐ น." in another line (two items in three; the others the day only),
  **beside date-like numbers**: chips "ปีงบประมาณ ๒๕๖๗" and "ข่าวที่ 7/2567" (release numbers,
  some 1-12) and a PDPA bar citing "พ.ศ. 2562";
- **NEW: the article's own data table** (one item in six: "หลักสูตร | ผู้เข้ารับการฝึก (คน) |
  งบประมาณ (บาท)" rows) between the paragraphs, to be kept: phrases from its cells are in
  `body_must`;
- "เข้าชม ๑,๒๓๔ ครั้ง" (Thai digits); the source under the text "ที่มา :" or "ข่าว/ภาพ :" (one in
  six none); "#" tag chips; share row "แชร์ :" Facebook / LINE / X / คัดลอกลิงก์; "ข่าวที่เกี่ยวข้อง"
  cards (dates, comment chips); sidebar "ข่าวยอดนิยม"; accessibility toolbar; PDPA bar; footer
  counter;
- deleted item (linked from page 2): `/news/9005/<slug>`, **200**: the layout with "ไม่พบข่าวที่
  ท่านต้องการ" and "กลับหน้ารวมข่าว" (the route loader found nothing; Qwik City renders the page).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import parse_qs, quote, unquote, urlsplit

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมพัฒนาฝีมือแรงงาน"
DEPT_EN = "Department of Skill Development"
PER = 8
SOURCES = [
    ("ที่มา", "กองพัฒนาผู้ฝึกและเทคโนโลยีการฝึก"),
    ("ข่าว/ภาพ", "สถาบันพัฒนาฝีมือแรงงาน 9 นครราชสีมา"),
    ("ที่มา", "กองส่งเสริมการพัฒนาฝีมือแรงงาน"),
    ("ข่าว/ภาพ", "สำนักงานพัฒนาฝีมือแรงงานน่าน"),
    ("ที่มา", "ศูนย์ประชาสัมพันธ์ กรมพัฒนาฝีมือแรงงาน"),
    None,
]
TAGS = ["ฝึกอาชีพ", "แรงงาน", "ยกระดับฝีมือ", "มาตรฐานฝีมือแรงงาน", "Upskill", "Reskill"]
TRADES = [
    "ช่างเชื่อมโลหะด้วยไฟฟ้าขั้นสูง",
    "ช่างซ่อมรถจักรยานยนต์หัวฉีด",
    "ผู้ประกอบอาหารไทยเพื่อการส่งออก",
    "ช่างติดตั้งแผงโซลาร์เซลล์บนหลังคา",
    "นวดไทยเพื่อสุขภาพสำหรับผู้สูงอายุ",
    "ช่างแต่งผมสตรีเชิงพาณิชย์",
    "การตลาดออนไลน์สำหรับวิสาหกิจชุมชน",
    "ช่างซ่อมเครื่องปรับอากาศอินเวอร์เตอร์",
    "พนักงานต้อนรับโรงแรมภาษาจีน",
    "ช่างไม้เครื่องเรือนสมัยใหม่",
    "การเขียนโปรแกรมควบคุมหุ่นยนต์อุตสาหกรรม",
    "ช่างเดินสายไฟฟ้าภายในอาคาร",
]
DELETED_ID = 9005
DELETED_TITLE = "ขอเชิญร่วมงานวันพัฒนาฝีมือแรงงานแห่งชาติ (ยกเลิก)"
POPULAR = "ข่าวยอดนิยม"
RELATED = "ข่าวที่เกี่ยวข้อง"
NEXT_LABEL = "ข่าวถัดไป"
PDPA = (
    "กรมพัฒนาฝีมือแรงงานใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานเว็บไซต์ ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
)
COUNTER = "จำนวนผู้เข้าชม ๓,๔๑๘,๒๐๖ ครั้ง"
FOOTER = "เลขที่ 3 ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร 10400"
A11Y = "ขนาดตัวอักษร"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ"
QV = "1.5.7"


def slug(title: str) -> str:
    words = [re.sub(r"[^\wก-๙]", "", w) for w in title.split()]
    return "-".join(w for w in words if w)[:60].strip("-") or "news"


def th_full(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def fiscal(d: dt.datetime) -> int:
    return d.year + 543 + (1 if d.month >= 10 else 0)


class QwikMinistrySite(BaseSite):
    key = "b54_qwikcity_ministry_nextpost"
    family = "generic"
    imitates = (
        "department portal on a Qwik City SSR front (q:container, qv comments, qwik/json): no "
        "canonical and articles linked at slug variants (percent-encoded, raw Thai with a "
        "trailing slash, #comments), listing pages only via <link rel=next> and a 'โหลดเพิ่ม' "
        "button's data-next, the next article printed in full under each article, Thai-digit "
        "date and time on separate elements beside 'ปีงบประมาณ ๒๕๖๗' / 'ข่าวที่ 7/2567', "
        "budget tables inside the text; deleted item a soft 404 (200)"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 2, 17, 0, tzinfo=TZ), offset=41
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        t = 0
        for i, a in enumerate(arts):
            a.id = 4100 + (n - i) * 7
            a.extra["slug"] = slug(a.title)
            a.path = f"/news/{a.id}/{quote(a.extra['slug'])}"
            a.time_printed = i % 3 != 2
            a.modified = None
            a.views = 120 + (i * 733 + 59) % 5200
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)]
            src = SOURCES[i % 6]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.extra["no"] = 1 + (n - i) // 2 if i % 2 else 30 + (n - i) * 3
            if i % 6 == 0:
                rows = []
                for _k in range(3):
                    rows.append((TRADES[t % len(TRADES)], 20 + (t * 37) % 180, 180000 + t * 47500))
                    t += 1
                a.extra["table"] = rows
            else:
                a.extra["table"] = None
            a.extra["comments"] = (i * 5) % 7
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=2", "/news?page=3"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}/{quote(slug(DELETED_TITLE))}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 9, 13)]

    def next_of(self, a):
        i = self.articles.index(a)
        return self.articles[i + 1] if i + 1 < len(self.articles) else None

    def raw_path(self, a) -> str:
        return f"/news/{a.id}/{a.extra['slug']}/"

    # ------------------------------------------------------------------ shell
    def shell(self, title, main_html, *, head_extra="", state=None, crumb=None):
        popular = sorted(self.articles, key=lambda x: -x.views)[:5]
        pop = "".join(
            f'<li q:key="{x.id}" class="py-2 border-b"><a class="hover:text-blue-800" href="{esc(self.raw_path(x))}">{esc(x.title)}</a><div class="text-xs text-gray-500">เข้าชม {thai_digits(f"{x.views:,}")} ครั้ง</div></li>'
            for x in popular
        )
        bc = '<li><a href="/">หน้าหลัก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        if crumb:
            bc += f'<li aria-current="page">{esc(crumb)}</li>'
        st = json.dumps(
            state or {"refs": {}, "ctx": {}, "objs": [], "subs": []}, ensure_ascii=False
        )
        return f"""<!DOCTYPE html>
<html lang="th" q:container="paused" q:version="{QV}" q:render="ssr" q:base="/build/" q:locale="" q:manifest-hash="x7pq2m" class="scroll-smooth"><!--qv q:id=0 q:key=Ncbm:0t_0--><!--qv q:id=1 q:key=wWZZ:0t_3--><!--qv q:s q:sref=1 q:key=--><head q:head=""><meta charset="utf-8" q:head=""><meta name="viewport" content="width=device-width, initial-scale=1.0" q:head=""><!--qv q:id=2 q:key=0Q_0--><title q:head="">{title}</title><meta name="description" content="{DEPT} {DEPT_EN}" q:head="">{head_extra}<link rel="icon" type="image/svg+xml" href="/favicon.svg" q:head=""><!--/qv--><link rel="stylesheet" href="/assets/style-B2kqz9Xw.css"><link rel="modulepreload" href="/build/q-CkRv31nD.js"><link rel="modulepreload" href="/build/q-Dz0a9hXf.js"></head><body lang="th" class="font-sarabun bg-slate-50 text-gray-800"><!--qv q:id=3 q:key=C1aE:0t_1--><!--qv q:id=4 q:key=yMjn:--><div id="a11y-bar" class="bg-blue-950 text-white text-sm" q:key="A1_0"><div class="container mx-auto flex gap-4 px-4 py-1"><span>{A11Y}</span><button on:click="/build/q-Bx8aQ1.js#s_fontDown">ก-</button><button on:click="/build/q-Bx8aQ1.js#s_fontReset">ก</button><button on:click="/build/q-Bx8aQ1.js#s_fontUp">ก+</button><span>|</span><span>การแสดงผล</span><button on:click="/build/q-Bx8aQ1.js#s_contrast">ความคมชัดสูง</button><button on:click="/build/q-Bx8aQ1.js#s_gray">ภาพขาวดำ</button><span class="ml-auto"><a href="/th">TH</a> | <a href="/en">EN</a></span></div></div>
<header class="bg-white shadow" q:key="H0_0"><div class="container mx-auto flex items-center gap-3 px-4 py-3"><a href="/"><img src="/images/logo-dsd.png" alt="{DEPT}" width="64" height="64"></a><div><div class="text-xl font-bold text-blue-900">{DEPT}</div><div class="text-sm text-gray-500">{DEPT_EN}</div></div>
<nav class="ml-auto hidden lg:block"><ul class="flex gap-6"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับกรม</a></li><li><a href="/news" class="text-blue-800 font-semibold">ข่าวประชาสัมพันธ์</a></li><li><a href="/courses">หลักสูตรฝึกอบรม</a></li><li><a href="/e-service">บริการออนไลน์</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<!--qv q:s q:sref=4 q:key=--><!--qv q:id=5 q:key=Jq8e:--><main class="container mx-auto px-4 py-6"><nav aria-label="breadcrumb" class="text-sm text-gray-500 mb-4"><ol class="flex gap-2">{bc}</ol></nav><div class="grid grid-cols-1 lg:grid-cols-4 gap-8"><div class="lg:col-span-3">
{main_html}
</div><aside class="lg:col-span-1"><section class="bg-white rounded-xl p-4 shadow-sm"><h2 class="text-lg font-bold text-blue-900 mb-2">{POPULAR}</h2><ul>{pop}</ul></section><section class="bg-white rounded-xl p-4 shadow-sm mt-6"><h2 class="text-lg font-bold text-blue-900 mb-2">บริการออนไลน์</h2><ul><li><a href="/e-service/register">สมัครฝึกอบรมออนไลน์</a></li><li><a href="/e-service/test">ทดสอบมาตรฐานฝีมือแรงงาน</a></li></ul></section></aside></div></main><!--/qv--><!--/qv-->
<footer class="bg-blue-950 text-white mt-10" q:key="F0_0"><div class="container mx-auto px-4 py-8 text-sm"><p class="font-bold">{DEPT}</p><p>{FOOTER}</p><p>โทร. 1506 กด 4</p><p>{COUNTER}</p><p>สงวนลิขสิทธิ์ © 2567 {DEPT}</p></div></footer>
<div id="pdpa-bar" class="fixed bottom-0 inset-x-0 bg-white shadow-2xl p-4 text-sm" q:key="P0_0"><p>{PDPA} <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a></p><button on:click="/build/q-Pd4Kk2.js#s_accept">ยอมรับทั้งหมด</button> <button on:click="/build/q-Pd4Kk2.js#s_settings">ตั้งค่าคุกกี้</button></div>
<!--/qv--><script type="qwik/json">{st}</script><script q:func="qwik/json">document["qFuncs_x7pq2m"]=[];</script><script id="qwikloader">(()=>{{const t=document,e=window,n=new Set;const o=(s)=>{{n.has(s)||(n.add(s),t.addEventListener(s,()=>{{}},{{capture:!0,passive:!0}}))}};e.qwikevents={{push:(...s)=>s.forEach(o)}};}})();</script><script>(window.qwikevents||=[]).push("click","scroll")</script><!--/qv--></body></html>
"""

    # ------------------------------------------------------------------ listing
    def card(self, a_id, path, title, d, excerpt, cat="ข่าวประชาสัมพันธ์") -> str:
        return f"""<!--qv q:key={a_id}--><article q:key="{a_id}" class="news-card bg-white rounded-xl shadow-sm overflow-hidden hover:shadow-md transition"><a href="{path}" class="block"><img src="/uploads/news/{a_id}/cover-640.webp" alt="{esc(title)}" loading="lazy" width="640" height="360" class="aspect-video object-cover"></a><div class="p-4"><div class="flex justify-between text-xs text-gray-500"><span class="rounded-full bg-blue-50 px-2 text-blue-800">{cat}</span><span><svg class="inline w-3 h-3" viewBox="0 0 24 24"></svg> {th_short(d)}</span></div><h3 class="mt-2 font-semibold line-clamp-2"><a href="{path}">{esc(title)}</a></h3><p class="mt-1 text-sm text-gray-600 line-clamp-3">{esc(excerpt)}</p></div></article><!--/qv-->"""

    def render_list(self, k: int):
        cards = [
            self.card(a.id, a.path, a.title, a.published, a.paras[0][:140] + "...")
            for a in self.pages[k]
        ]
        if k == 1:
            cards.insert(
                3,
                self.card(
                    DELETED_ID,
                    self.deleted_paths()[0],
                    DELETED_TITLE,
                    dt.datetime(2024, 3, 2, 9, 0, tzinfo=TZ),
                    "ขอเชิญผู้สนใจร่วมงาน...",
                ),
            )
        head = ""
        if k > 0:
            prev = "/news" if k == 1 else f"/news?page={k}"
            head += f'<link rel="prev" href="{prev}" q:head="">'
        more = ""
        if k + 1 < len(self.pages):
            nxt = f"/news?page={k + 2}"
            head += f'<link rel="next" href="{nxt}" q:head="">'
            more = f'<div class="mt-8 text-center"><button type="button" class="btn-loadmore rounded-full border border-blue-800 px-8 py-2 text-blue-800" data-next="{nxt}" data-page="{k + 2}" on:click="/build/q-Lm7nQe.js#s_loadMore[0]" q:id="9">โหลดเพิ่ม</button></div>'
        state = {
            "refs": {"9": "0"},
            "ctx": {},
            "objs": [{"page": k + 1, "pageSize": PER, "total": len(self.articles)}]
            + [str(a.id) for a in self.pages[k]],
            "subs": [],
        }
        main_html = f"""<h1 class="text-2xl font-bold text-blue-900 mb-6">ข่าวประชาสัมพันธ์</h1>
<div id="news-grid" class="grid grid-cols-1 md:grid-cols-2 xl:grid-cols-3 gap-6">{"".join(cards)}</div>
{more}"""
        return self.html_response(
            self.shell(f"ข่าวประชาสัมพันธ์ | {DEPT}", main_html, head_extra=head, state=state)
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["table"]:
            rows = "".join(
                f"<tr><td>{esc(name)}</td><td>{people}</td><td>{money:,}</td></tr>"
                for name, people, money in a.extra["table"]
            )
            tot = sum(r[2] for r in a.extra["table"])
            table = f'<figure class="table"><table><thead><tr><th>หลักสูตร</th><th>ผู้เข้ารับการฝึก (คน)</th><th>งบประมาณ (บาท)</th></tr></thead><tbody>{rows}<tr><td><strong>รวม</strong></td><td><strong>{sum(r[1] for r in a.extra["table"])}</strong></td><td><strong>{tot:,}</strong></td></tr></tbody></table></figure>'
            out.insert(2, table)
        return "\n".join(out)

    def meta_html(self, a, *, big: bool) -> str:
        d = a.published
        time_line = (
            f'<div class="news-time text-sm text-gray-500"><svg class="inline w-4 h-4" viewBox="0 0 24 24"></svg> <span>เวลา {thai_digits(f"{d:%H.%M}")} น.</span></div>'
            if a.time_printed
            else ""
        )
        views = (
            f'<div class="news-views text-sm text-gray-500"><svg class="inline w-4 h-4" viewBox="0 0 24 24"></svg> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</div>'
            if big
            else ""
        )
        return f"""<div class="flex flex-wrap gap-2 text-xs"><span class="rounded-full bg-blue-50 px-3 py-1 text-blue-800">ข่าวประชาสัมพันธ์</span><span class="rounded-full bg-amber-50 px-3 py-1 text-amber-800">ปีงบประมาณ {thai_digits(fiscal(d))}</span><span class="rounded-full bg-gray-100 px-3 py-1">ข่าวที่ {a.extra["no"]}/{d.year + 543}</span></div>
<div class="news-meta mt-3"><div class="news-date text-sm text-gray-500"><svg class="inline w-4 h-4" viewBox="0 0 24 24"></svg> <span>{th_full(d)}</span></div>
{time_line}{views}</div>"""

    def source_html(self, a) -> str:
        if not a.extra["src"]:
            return ""
        lab, office = a.extra["src"]
        return f'<p class="news-source mt-6 text-sm text-gray-600">{lab} : {esc(office)}</p>'

    def render_article(self, a, base: str):
        full = quote(f"{base}{a.path}", safe="")
        tags = "".join(
            f'<a href="/news?tag={quote(t)}" class="rounded-full bg-gray-100 px-3 py-1 text-sm">#{esc(t)}</a>'
            for t in a.tags
        )
        share = (
            '<div class="share flex items-center gap-3 mt-6"><span class="font-semibold">แชร์ :</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener" aria-label="Facebook">Facebook</a>'
            f'<a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener" aria-label="LINE">LINE</a>'
            f'<a href="https://x.com/intent/post?url={full}" target="_blank" rel="noopener" aria-label="X">X</a>'
            '<button on:click="/build/q-Sh9Pq0.js#s_copy">คัดลอกลิงก์</button></div>'
        )
        rel = "".join(
            f'<!--qv q:key={x.id}--><article q:key="{x.id}" class="bg-white rounded-xl shadow-sm p-4"><a href="{x.path}"><img src="/uploads/news/{x.id}/cover-320.webp" alt="" loading="lazy"></a><div class="text-xs text-gray-500 mt-2">{th_short(x.published)}</div><h3 class="font-semibold line-clamp-2"><a href="{x.path}">{esc(x.title)}</a></h3><a href="{x.path}#comments" class="text-xs text-gray-500">{x.extra["comments"]} ความคิดเห็น</a></article><!--/qv-->'
            for x in self.related(a)
        )
        nxt = self.next_of(a)
        next_html = ""
        if nxt:
            next_html = f"""<!--qv q:id=12 q:key=nX_0--><section class="next-article mt-12 border-t-4 border-blue-900 pt-6" data-url="{nxt.path}" q:key="next-{nxt.id}"><div class="text-sm uppercase tracking-wide text-blue-800 mb-2">{NEXT_LABEL}</div><article class="news-detail">
<h2 class="news-title text-2xl font-bold text-blue-950"><a href="{nxt.path}">{esc(nxt.title)}</a></h2>
{self.meta_html(nxt, big=False)}
<div class="article-body prose max-w-none mt-6">
{self.body_html(nxt)}
</div>
{self.source_html(nxt)}
</article></section><!--/qv-->"""
        main_html = f"""<!--qv q:id=10 q:key=aD_0--><article class="news-detail bg-white rounded-2xl shadow-sm p-6" q:key="{a.id}">
<h1 class="news-title text-3xl font-bold text-blue-950">{esc(a.title)}</h1>
{self.meta_html(a, big=True)}
<figure class="mt-6"><img src="/uploads/news/{a.id}/cover-1280.webp" alt="{esc(a.title)}" width="1280" height="720" class="rounded-xl"></figure>
<div class="article-body prose max-w-none mt-6">
{self.body_html(a)}
</div>
{self.source_html(a)}
<div class="tags flex flex-wrap gap-2 mt-6">{tags}</div>
{share}
</article><!--/qv-->
<section id="comments" class="mt-8 bg-white rounded-2xl p-6"><h2 class="text-lg font-bold">ความคิดเห็น ({a.extra["comments"]})</h2><p class="text-sm text-gray-500">กรุณาเข้าสู่ระบบด้วย ThaID เพื่อแสดงความคิดเห็น</p></section>
<section class="mt-10"><h2 class="text-xl font-bold text-blue-900 mb-4">{RELATED}</h2><div class="grid grid-cols-1 md:grid-cols-3 gap-4">{rel}</div></section>
{next_html}"""
        state = {
            "refs": {},
            "ctx": {},
            "objs": [{"id": a.id, "views": a.views, "slug": a.extra["slug"]}],
            "subs": [],
        }
        head = f'<meta property="og:title" content="{esc(a.title)}" q:head=""><meta property="og:type" content="article" q:head=""><meta property="og:image" content="{base}/uploads/news/{a.id}/cover-1280.webp" q:head="">'
        return self.html_response(
            self.shell(
                f"{esc(a.title)} | {DEPT}", main_html, head_extra=head, state=state, crumb=a.title
            )
        )

    def render_missing(self):
        main_html = f"""<!--qv q:id=10 q:key=aD_0--><div class="bg-white rounded-2xl shadow-sm p-10 text-center"><div class="text-5xl">🔍</div><h1 class="text-2xl font-bold text-blue-950 mt-4">{NOT_FOUND}</h1><p class="text-gray-500 mt-2">ข่าวนี้อาจถูกนำออกจากระบบแล้ว</p><a href="/news" class="inline-block mt-6 rounded-full bg-blue-800 px-6 py-2 text-white">กลับหน้ารวมข่าว</a></div><!--/qv-->"""
        return self.html_response(
            self.shell(
                f"{NOT_FOUND} | {DEPT}",
                main_html,
                state={"refs": {}, "ctx": {}, "objs": [None], "subs": []},
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path == "/news":
            if "tag" in query:
                return None
            k = query.get("page", ["1"])[0]
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.render_list(int(k) - 1)
        m = re.fullmatch(r"/news/(\d+)(?:/([^/]*))?/?", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID:
                return self.render_missing()
            a = self.by_id.get(nid)
            if not a:
                return None
            got = unquote(m[2] or "")
            try:  # raw UTF-8 bytes in the request line arrive as latin-1
                got = got.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                pass
            if m[2] and got != a.extra["slug"]:
                return 301, {"Location": f"{base}{a.path}"}, b""
            return self.render_article(a, base)
        return None

    def page_text(self, a) -> str:
        p = urlsplit(a.path)
        res = self.route(p.path, parse_qs(p.query), p.query, "http://127.0.0.1")
        return html.unescape(res[2].decode("utf-8"))

    def expected(self):
        out = []
        for a in self.articles:
            nxt = self.next_of(a)
            must_not = [
                A11Y,
                "ความคมชัดสูง",
                POPULAR,
                RELATED,
                NEXT_LABEL,
                PDPA,
                COUNTER,
                FOOTER,
                "แชร์ :",
                "คัดลอกลิงก์",
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ปีงบประมาณ",
                f"ข่าวที่ {a.extra['no']}/",
                "ความคิดเห็น (",
                "กรุณาเข้าสู่ระบบด้วย ThaID",
                "ยอมรับทั้งหมด",
                DEPT_EN,
            ]
            must_not += [f"#{t}" for t in a.tags]
            must_not += [x.title for x in self.related(a)]
            must_not += [
                x.title for x in sorted(self.articles, key=lambda x: -x.views)[:5] if x is not a
            ]
            if nxt:
                must_not.append(nxt.title)
                must_not += nxt.body_must()
                if nxt.extra["table"]:
                    must_not += [r[0] for r in nxt.extra["table"]]
            text = self.page_text(a)
            body = "\n".join(a.paras)
            own_cells = [r[0] for r in a.extra["table"]] if a.extra["table"] else []
            must_not = [
                s
                for s in must_not
                if s in text and s not in body and not any(s in c for c in own_cells)
            ]
            rec = expected_record(a, must_not=must_not)
            if a.extra["table"]:
                rows = a.extra["table"]
                rec["body_must"] += [rows[1][0], f"{rows[2][2]:,}"]
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = QwikMinistrySite()

if __name__ == "__main__":
    main(SITE)
