"""Blind-51 red-team site (part A): a provincial office on the Thai-Lao border
(สำนักงานจังหวัดมุกดาหาร) on **ExpressionEngine 7** with an agency-built Bootstrap 5 template:
channel `news`, entries at `/news/article/<url_title>`, **EE's native offset pagination
segments `/news/P9`, `/news/P18`**, the Comment module printed inside the entry's body
`div`, EE's entry view tracking (`{view_count_one}`) passed through a number-shortening
plug-in. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (docs corpus): ExpressionEngine's pagination (`{paginate}` /
`{pagination_links}` with `{first_page}`, `{previous_page}`, `{page}` +
`{pagination_page_number}` / `{if current_page}`, `{next_page}`, `{last_page}`; the `/P15`-style
offset segment, the `paginate="bottom"` parameter, `{paginate:top}` / `{paginate:bottom}`) in the
User Guide and in public EE template gists. The channel entries tag, `{if no_results}`,
`require_entry`, the Comment module's `{exp:comment:entries}` / `{exp:comment:form}` (hidden
`ACT`, `RET`, `URI`, `entry_id`, `csrf_token` fields) and the `exp_*` cookies are from memory of
EE's documentation. No one's code or text was copied; the English versions are this builder's
own short translations of the posts' first paragraphs.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news`, **`/news/P9`, `/news/P18` (NEW: EE's offset segment: the page's first entry's
  offset, not a page number)**, 9 entries a page; `ul.pagination` « ‹ 1 2 3 › »; cards with
  title, "12 มิ.ย. 2567" and the shortened counter;
- **NEW: bilingual posts** (one in three): the Thai text, the Thai source line ("ข่าว :" /
  "ที่มา :"), a rule, then **the English version of the post (two paragraphs) in the same body
  `div`**; both languages are the text (the English paragraphs are in `body_must`);
- **NEW: a counter shown only abbreviated** — "เข้าชม 1.2K" (one decimal, ≥ 1,000) with no exact
  figure anywhere (no tooltip, no meta, no JSON); under 1,000 the exact figure ("เข้าชม 845");
- **NEW: an accessibility toolbar and a PDPA consent dialog inside the article container**
  (`article.news-entry` opens with `div.a11y-toolbar` "ขนาดตัวอักษร ก- ก ก+ | ความคมชัดสูง |
  ภาษา TH | EN" and `div.pdpa-consent[role=dialog]` with its text and buttons, before the `h1`);
- **NEW: visitors' comments printed like paragraphs of the text**: on one entry in two the
  Comment module's output sits **inside `div.entry-body`** after the text: a bold "ความคิดเห็น
  (N)" paragraph, then per comment a `<p>` "name — date time" and one or two long `<p>`s (on
  bilingual posts one comment is in English);
- the date "วันที่ 12 มิถุนายน 2567" (+ " เวลา 14:20 น." on most), no modified date; the
  source "ข่าว :" / "ที่มา :" + office (most); furniture: breadcrumbs, "คำค้น :" tags, "แชร์ :"
  (Facebook / LINE / X), "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, the comment form, sidebar
  "ข่าวล่าสุด" (dates) and "ข่าวยอดนิยม" (shortened counts), footer visitor counter.
Deleted: `/news/article/mdh-pr67-0412` linked from page 2: **an entry set to "closed"**, answering
200 with the template's `{if no_results}` text "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกปิดการแสดงผลแล้ว";
not expected.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

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
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดมุกดาหาร"
OFFICE_EN = "Mukdahan Provincial Office"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
SOURCES = [
    ("ข่าว :", "สำนักงานประชาสัมพันธ์จังหวัดมุกดาหาร"),
    ("ที่มา :", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("ข่าว :", "ศูนย์ประสานงานความร่วมมือไทย-ลาว จังหวัดมุกดาหาร"),
    None,
    ("ที่มา :", "สำนักงานประชาสัมพันธ์จังหวัดมุกดาหาร"),
]
TAGS = ["มุกดาหาร", "ไทย-ลาว", "สะพานมิตรภาพ", "การค้าชายแดน", "ท่องเที่ยว", "จังหวัดเคลื่อนที่"]
DELETED_SLUG = "mdh-pr67-0412"
DELETED_TITLE = "ประกาศปิดการจราจรบนสะพานมิตรภาพไทย-ลาว แห่งที่ 2 ชั่วคราว"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกปิดการแสดงผลแล้ว"
A11Y = "ขนาดตัวอักษร"
CONTRAST = "ความคมชัดสูง"
PDPA_TITLE = "การคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
PDPA = "เว็บไซต์นี้ใช้คุกกี้ที่จำเป็นและคุกกี้เพื่อการวิเคราะห์ เพื่อให้ท่านได้รับประสบการณ์ที่ดีในการใช้งาน ท่านสามารถเลือกตั้งค่าความยินยอมได้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
COMMENTS_LABEL = "ความคิดเห็น"
FORM_HEAD = "แสดงความคิดเห็น"
LATEST = "ข่าวล่าสุด"
POPULAR = "ข่าวยอดนิยม"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 1,204,877 คน"
FOOTER = "ศาลากลางจังหวัดมุกดาหาร ถนนวิวิธสุรการ ตำบลศรีบุญเรือง อำเภอเมืองมุกดาหาร จังหวัดมุกดาหาร 49000"
ENGLISH = {
    0: [
        "The Ministry of Natural Resources and Environment held the first northern regional fair on valuable trees, community forests and people living with the forest, from 15 to 17 February 2019 at the Pracharat Forest Protection Institute in Phrae Province.",
        "The fair also promoted care for the marine environment, water for farmland and tap water for every household, and it drew large crowds from Phrae and neighbouring provinces.",
    ],
    3: [
        "The Prime Minister led cabinet ministers on a special train from Khon Kaen to Tha Phra, stopping at the elevated station built under the Chira-Khon Kaen double-track railway project.",
        "He praised the elevated station for making travel more convenient and for reducing the risk of accidents at level crossings.",
    ],
    6: [
        "The Customs Department held a forum on paying duties and taxes electronically through banks and payment agents, to encourage business operators to use the e-Payment system.",
        "The forum took place at the Royal Thai Army Club and aimed to make customs payments convenient without limits of time or place.",
    ],
    9: [
        "The Department of Labour Protection and Welfare announced the results of the election of employer and employee representatives to the 19th National Labour Development Advisory Council.",
        "The elected members will advise the government on labour development policy during their term.",
    ],
    12: [
        "The Ministry of Labour invited the public to face the COVID-19 crisis by learning a trade online, with more than ten occupations offered.",
        "Trainees can join the courses from anywhere, and those who complete them may use the new skills to earn extra income.",
    ],
    15: [
        "The Ministry of Social Development and Human Security invited the public to donate money and necessary items to its donation centre.",
        "The donations will be passed on to vulnerable groups affected by the spread of COVID-19, from newborn children and young people to older persons and people with disabilities.",
    ],
    18: [
        "This is a summary of the answer to a question raised in the Senate on Monday 13 January 2020 on solving floods and droughts outside irrigated areas in a sustainable way.",
        "The government explained its plans for water sources, reservoirs and groundwater for farmers outside the irrigation zones.",
    ],
    21: [
        "Mr Chaiyapruek Sereerak, Permanent Secretary for Education, disclosed the results after chairing the 12th meeting of 2016 of the Teachers and Educational Personnel Commission.",
        "The meeting considered personnel matters for teachers and educational staff across the country.",
    ],
}
COMMENTS = [
    (
        "คุณสมหญิง (ดอนตาล)",
        [
            "ขอบคุณสำหรับข่าวสารดี ๆ ค่ะ ติดตามเว็บไซต์ของจังหวัดมาตลอด เพราะที่บ้านไม่ค่อยได้ดูโทรทัศน์ อยากให้ลงข่าวเรื่องตลาดนัดชายแดนและวันเปิดด่านให้บ่อยขึ้นอีกนิด จะได้วางแผนเดินทางไปขายของได้ถูก",
        ],
    ),
    (
        "ผู้ใหญ่บ้านทองใบ หว้านใหญ่",
        [
            "ในนามของชาวบ้านหมู่ 4 ขอขอบคุณทางจังหวัดที่ส่งข่าวมาถึงพวกเราอย่างรวดเร็วครับ ในหมู่บ้านมีผู้สูงอายุหลายท่านที่อ่านหนังสือไม่คล่อง ผมได้นำข่าวนี้ไปประกาศเสียงตามสายให้ทุกคนรับทราบแล้ว",
            "ฝากถามเพิ่มเติมว่าถ้าชาวบ้านต้องการเข้าร่วมโครงการ จะต้องไปลงชื่อที่อำเภอหรือที่ศาลากลางจังหวัดครับ และมีกำหนดปิดรับสมัครวันไหน",
        ],
    ),
    (
        "นักศึกษาฝึกงาน มข.",
        [
            "ได้อ่านข่าวนี้แล้วนำไปใช้ประกอบรายงานวิชาการพัฒนาท้องถิ่นครับ ข้อมูลครบถ้วนและเข้าใจง่าย แต่อยากให้แนบเอกสารฉบับเต็มเป็นไฟล์ PDF ไว้ท้ายข่าวด้วย จะได้อ้างอิงในรายงานได้ถูกต้อง",
        ],
    ),
    (
        "ป้าบัวผัน คำชะอี",
        [
            "ดีใจที่เห็นจังหวัดเราได้ลงข่าวแบบนี้ ลูกหลานที่ไปทำงานต่างจังหวัดจะได้รู้ว่าบ้านเรามีความเคลื่อนไหวอะไรบ้าง อยากให้มีรูปภาพประกอบมากกว่านี้ และอยากให้ทำคลิปสั้น ๆ ลงเฟซบุ๊กด้วยนะจ๊ะ",
        ],
    ),
]
COMMENT_EN = (
    "Daniel R. (Savannakhet)",
    [
        "Thank you for publishing the English version. Many of us living on the Lao side of the bridge follow the news of Mukdahan, and it is very helpful to read it in English as well as in Thai.",
    ],
)


def thai_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def thai_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


def short_count(v: int) -> str:
    """The number-shortening plug-in: 1,234 -> '1.2K' (one decimal, '.0' dropped)."""
    if v < 1000:
        return str(v)
    s = f"{v / 1000:.1f}".removesuffix(".0")
    return f"{s}K"


class EeBilingualSite(BaseSite):
    key = "b51_ee7_bilingual_comments"
    family = "generic"
    imitates = (
        "ExpressionEngine 7 + agency Bootstrap 5 template: /news, /news/P9, /news/P18 (EE offset "
        "segments); /news/article/<url_title>; bilingual posts (Thai text, Thai source line, "
        "English version in the same body div); counter only abbreviated 'เข้าชม 1.2K'; "
        "accessibility toolbar and PDPA consent dialog inside the article container; Comment "
        "module output as paragraphs inside the body div; share, tags, prev/next titles, "
        "latest/popular sidebars; closed entry answering 200 with the no_results text"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 27, 17, 0, tzinfo=TZ), offset=28
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 380 + (n - i)
            a.extra["slug"] = f"mdh-pr67-{a.id * 2 + 1:04d}"
            a.path = f"/news/article/{a.extra['slug']}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)]
            a.modified = None
            a.extra["thai_paras"] = list(a.paras)
            a.extra["en"] = ENGLISH.get(i)
            if a.extra["en"]:
                a.paras = a.paras + a.extra["en"]
            raw = 40 + (i * 7919 + 311 * (i % 7)) % 4690
            shown = short_count(raw)
            a.extra["shown"] = shown
            # expected: the abbreviation expanded (1.2K -> 1200); exact figures below 1,000
            a.views = int(round(float(shown[:-1]) * 1000)) if shown.endswith("K") else raw
            if i % 5 == 4:
                a.time_printed = False
            else:
                a.time_printed = True
            a.extra["comments"] = i % 2 == 0
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_SLUG not in self.by_slug

    def listing_pages(self):
        return ["/news", "/news/P9", "/news/P18"]

    def deleted_paths(self):
        return [f"/news/article/{DELETED_SLUG}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def comments(self, a):
        i = self.articles.index(a)
        out = [COMMENTS[(i // 2 + k) % len(COMMENTS)] for k in range(1 + (i // 2) % 2)]
        if a.extra["en"]:
            out.append(COMMENT_EN)
        return out

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    # ------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, crumb: str | None = None) -> str:
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li>'
        if crumb:
            crumbs += f'<li class="breadcrumb-item active" aria-current="page">{esc(crumb)}</li>'
        latest = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a><small class="d-block text-muted">{thai_abbr(x.published)}</small></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a> <span class="badge bg-light text-dark"><i class="bi bi-eye"></i> {x.extra["shown"]}</span></li>'
            for x in self.popular()
        )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<link href="/themes/user/mdh/css/bootstrap.min.css" rel="stylesheet">
<link href="/themes/user/mdh/css/site.css?v=7.4.11" rel="stylesheet">
<link rel="alternate" type="application/rss+xml" title="{SECTION}" href="/news/rss">
</head>
<body class="page-news">
<header class="site-header border-bottom">
  <div class="container d-flex align-items-center py-2">
    <a class="navbar-brand d-flex align-items-center" href="/"><img src="/images/uploads/logo-mdh.png" alt="" width="64" height="64"><span class="ms-2"><strong>{OFFICE}</strong><br><small>{OFFICE_EN}</small></span></a>
  </div>
  <nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
    <ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าแรก</a></li><li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับจังหวัด</a></li><li class="nav-item"><a class="nav-link active" href="/news">{SECTION}</a></li><li class="nav-item"><a class="nav-link" href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li></ul>
  </div></nav>
</header>
<main id="main-content" class="container py-4">
  <div class="row">
    <div class="col-lg-8">
      <nav aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}</ol></nav>
{content}
    </div>
    <aside class="col-lg-4">
      <div class="card mb-3"><div class="card-header">{LATEST}</div><ul class="list-group list-group-flush">{latest}</ul></div>
      <div class="card mb-3"><div class="card-header">{POPULAR}</div><ul class="list-group list-group-flush">{popular}</ul></div>
    </aside>
  </div>
</main>
<footer class="site-footer bg-dark text-light py-4">
  <div class="container"><p>{OFFICE} {FOOTER}</p><p>โทรศัพท์ 0 4261 1311</p><p class="counter">{COUNTER}</p></div>
</footer>
<script src="/themes/user/mdh/js/bootstrap.bundle.min.js"></script>
<script src="/themes/user/mdh/js/a11y.js"></script>
</body>
</html>
"""

    def html_response(self, text: str, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers["Set-Cookie"] = "exp_last_visit=1727430000; path=/; HttpOnly"
        headers["X-Powered-By"] = "PHP/8.2.20"
        return status, headers, body

    # ------------------------------------------------------------ listing
    def card(self, slug: str, title: str, d: dt.datetime, shown: str, teaser: str) -> str:
        return f"""<div class="col-md-6 col-xl-4 mb-4"><div class="card h-100 news-card">
  <a href="/news/article/{slug}"><img src="/images/news/{slug}/cover.jpg" class="card-img-top" alt=""></a>
  <div class="card-body">
    <h5 class="card-title"><a href="/news/article/{slug}">{esc(title)}</a></h5>
    <p class="card-text small text-muted"><i class="bi bi-calendar3"></i> {thai_abbr(d)} <span class="ms-2"><i class="bi bi-eye"></i> {shown}</span></p>
    <p class="card-text">{esc(teaser)}</p>
  </div></div></div>"""

    def render_list(self, k: int):
        rows = [
            self.card(
                a.extra["slug"],
                a.title,
                a.published,
                a.extra["shown"],
                a.paras[0][:120].rstrip() + "...",
            )
            for a in self.pages[k]
        ]
        if k == 1:
            rows.insert(
                5,
                self.card(
                    DELETED_SLUG,
                    DELETED_TITLE,
                    dt.datetime(2024, 8, 19, 9, 0, tzinfo=TZ),
                    "214",
                    "จังหวัดมุกดาหารขอประกาศปิดการจราจรบนสะพานมิตรภาพไทย-ลาว แห่งที่ 2 ชั่วคราว...",
                ),
            )
        n = len(self.pages)

        def url(j):
            return "/news" if j == 0 else f"/news/P{j * PER}"

        pg = []
        if k > 0:
            pg.append(
                f'<li class="page-item"><a class="page-link page-first" href="{url(0)}">&laquo;</a></li>'
            )
            pg.append(
                f'<li class="page-item"><a class="page-link page-previous" href="{url(k - 1)}">&lsaquo;</a></li>'
            )
        for j in range(n):
            act = " active" if j == k else ""
            pg.append(
                f'<li class="page-item{act}"><a class="page-link page-{j + 1}" href="{url(j)}">{j + 1}</a></li>'
            )
        if k < n - 1:
            pg.append(
                f'<li class="page-item"><a class="page-link page-next" href="{url(k + 1)}">&rsaquo;</a></li>'
            )
            pg.append(
                f'<li class="page-item"><a class="page-link page-last" href="{url(n - 1)}">&raquo;</a></li>'
            )
        content = f"""      <h1 class="page-title h3">{SECTION}</h1>
      <p class="text-muted small">หน้า {k + 1} จาก {n}</p>
      <div class="row news-list">
{"".join(rows)}
      </div>
      <nav aria-label="เลขหน้า"><ul class="pagination justify-content-center">{"".join(pg)}</ul></nav>"""
        return self.html_response(self.shell(f"{SECTION} | {OFFICE}", content))

    # ------------------------------------------------------------ entry
    def body_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.extra["thai_paras"]]
        src = a.extra["src"]
        if src:
            out.append(f"<p>{src[0]} {esc(src[1])}</p>")
        if a.extra["en"]:
            out.append('<hr class="lang-divider">')
            out += [f'<p lang="en">{esc(p)}</p>' for p in a.extra["en"]]
        if a.extra["comments"]:
            cs = self.comments(a)
            out.append(f'<p><a id="comments"></a><strong>{COMMENTS_LABEL} ({len(cs)})</strong></p>')
            for j, (name, texts) in enumerate(cs):
                cd = a.published + dt.timedelta(days=1 + j, hours=2 + 3 * j, minutes=11 * j + 4)
                out.append(
                    f"<p><strong>{esc(name)}</strong> &mdash; {thai_abbr(cd)} {cd:%H:%M} น.</p>"
                )
                out += [f"<p>{esc(t)}</p>" for t in texts]
        return "\n".join(out)

    def render_entry(self, a):
        older, newer = self.neighbours(a)
        d = a.published
        when = f"วันที่ {thai_full(d)}" + (f" เวลา {d:%H:%M} น." if a.time_printed else "")
        tags = ", ".join(f'<a href="/news/tag/{TAGS.index(t) + 1}">{esc(t)}</a>' for t in a.tags)
        full = f"https://www.mukdahan.go.th{a.path}"
        pn = '<nav class="entry-nav d-flex justify-content-between my-4">'
        pn += (
            f'<a class="prev" href="{older.path}">&laquo; ข่าวก่อนหน้า: {esc(older.title)}</a>'
            if older
            else "<span></span>"
        )
        pn += (
            f'<a class="next" href="{newer.path}">ข่าวถัดไป: {esc(newer.title)} &raquo;</a>'
            if newer
            else "<span></span>"
        )
        pn += "</nav>"
        content = f"""      <article class="news-entry">
        <div class="a11y-toolbar d-flex flex-wrap gap-2 small mb-3" role="toolbar" aria-label="เครื่องมือช่วยการเข้าถึง">
          <span>{A11Y}</span> <button type="button" class="btn btn-sm btn-outline-secondary" data-font="-1">ก-</button><button type="button" class="btn btn-sm btn-outline-secondary" data-font="0">ก</button><button type="button" class="btn btn-sm btn-outline-secondary" data-font="1">ก+</button>
          <span class="sep">|</span> <button type="button" class="btn btn-sm btn-outline-secondary" data-contrast="high">{CONTRAST}</button>
          <span class="sep">|</span> <span>ภาษา</span> <button type="button" class="btn btn-sm btn-link" data-lang="th" aria-pressed="true">TH</button> | <button type="button" class="btn btn-sm btn-link" data-lang="en">EN</button>
        </div>
        <div class="pdpa-consent alert alert-light border" role="dialog" aria-modal="false" aria-labelledby="pdpa-title">
          <p id="pdpa-title"><strong>{PDPA_TITLE}</strong></p>
          <p>{PDPA}</p>
          <p><button type="button" class="btn btn-primary btn-sm" data-consent="all">ยอมรับทั้งหมด</button> <button type="button" class="btn btn-outline-secondary btn-sm" data-consent="settings">ตั้งค่าคุกกี้</button></p>
        </div>
        <h1 class="entry-title h3">{esc(a.title)}</h1>
        <p class="entry-meta text-muted small"><span class="entry-date"><i class="bi bi-calendar3"></i> {when}</span> <span class="mx-2">|</span> <span class="entry-views"><i class="bi bi-eye"></i> เข้าชม {a.extra["shown"]}</span> <span class="mx-2">|</span> <span class="entry-cat">หมวด: <a href="/news">{SECTION}</a></span></p>
        <figure class="entry-cover"><img src="/images/news/{a.extra["slug"]}/cover.jpg" class="img-fluid" alt=""></figure>
        <div class="entry-body">
{self.body_html(a)}
        </div>
        <p class="entry-tags small">คำค้น : {tags}</p>
        <div class="entry-share small">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener">LINE</a> <a href="https://twitter.com/intent/tweet?url={full}" target="_blank" rel="noopener">X</a></div>
        {pn}
        <form id="comment_form" method="post" action="/">
          <input type="hidden" name="ACT" value="14"><input type="hidden" name="RET" value="{a.path}"><input type="hidden" name="URI" value="news/article/{a.extra["slug"]}"><input type="hidden" name="entry_id" value="{a.id}"><input type="hidden" name="csrf_token" value="9f1c2b7e4d0a8c3f5e6b1a2d3c4e5f6a7b8c9d0e">
          <h2 class="h5">{FORM_HEAD}</h2>
          <div class="mb-2"><label for="name">ชื่อ</label><input type="text" class="form-control" name="name" id="name"></div>
          <div class="mb-2"><label for="email">อีเมล</label><input type="email" class="form-control" name="email" id="email"></div>
          <div class="mb-2"><label for="comment">ข้อความ</label><textarea class="form-control" name="comment" id="comment" rows="4"></textarea></div>
          <p class="small text-muted">ความคิดเห็นจะแสดงหลังผ่านการตรวจสอบจากผู้ดูแลระบบ</p>
          <button type="submit" class="btn btn-primary">ส่งความคิดเห็น</button>
        </form>
      </article>"""
        return self.html_response(self.shell(f"{esc(a.title)} | {OFFICE}", content, crumb=a.title))

    def render_closed(self):
        content = f"""      <article class="news-entry">
        <div class="alert alert-warning">{NOT_FOUND}</div>
        <p><a href="/news">&laquo; กลับหน้ารวมข่าว</a></p>
      </article>"""
        return self.html_response(self.shell(f"{SECTION} | {OFFICE}", content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).rstrip("/") or "/"
        if path == "/news":
            return self.render_list(0)
        if path.startswith("/news/P") and path[7:].isdigit():
            off = int(path[7:])
            if off % PER == 0 and 0 < off // PER < len(self.pages):
                return self.render_list(off // PER)
            return None
        if path.startswith("/news/article/"):
            slug = path[len("/news/article/") :]
            if slug == DELETED_SLUG:
                return self.render_closed()
            a = self.by_slug.get(slug)
            if a is not None:
                return self.render_entry(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                A11Y,
                CONTRAST,
                PDPA_TITLE,
                PDPA,
                "ยอมรับทั้งหมด",
                "ตั้งค่าคุกกี้",
                f"เข้าชม {a.extra['shown']}",
                "คำค้น :",
                "แชร์ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                FORM_HEAD,
                "ส่งความคิดเห็น",
                LATEST,
                POPULAR,
                COUNTER,
                FOOTER,
                OFFICE_EN,
            ]
            if a.extra["comments"]:
                must_not.append(f"{COMMENTS_LABEL} (")
                for name, texts in self.comments(a):
                    must_not.append(name)
                    must_not += [t[:60] for t in texts]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            must_not += [x.title for x in self.popular() if x is not a]
            rec = expected_record(a, modified=False, must_not=on_page(self, a, must_not))
            if a.extra["en"]:
                en = a.extra["en"][0]
                phrase = en[: en.index(" ", 40)]
                if phrase not in rec["body_must"]:
                    rec["body_must"].append(phrase)
            out.append(rec)
        return out


SITE = EeBilingualSite()

if __name__ == "__main__":
    main(SITE)
