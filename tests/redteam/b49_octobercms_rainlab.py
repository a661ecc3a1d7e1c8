"""Blind-49 red-team site (part A): a provincial social-development office (พมจ.พะเยา) whose
news runs on **October CMS 3 (Laravel) with RainLab.Blog and RainLab.Translate**, a
vendor-made theme (`/themes/pmj-phayao/`, Bootstrap 4, October's asset combiner
`/combine/<hash>-<stamp>`, `{% framework extras %}` script, `data-request` AJAX handlers,
`october_session` cookie). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): RainLab.Blog's component partials as themes copy
and adapt them — `blogPosts` (`{% set posts = blogPosts.posts %}`, `ul.post-list`, `p.info`
"Posted in … on {{ post.published_at|date('M d, Y') }}", `p.excerpt` with `post.summary`,
`li.no-data` with `blogPosts.noPostsMessage`, and the pager `ul.pagination` built with
`this.page.baseFileName|page({ (blogPosts.pageParam): page })`, "&larr; Prev" / "Next &rarr;",
which **links page 1 as `/news/1`**), `blogPost` (`post.content_html|raw`, `featured_images`
loop) and themes' `post.featured_images.first.getThumb(...)` thumbnails. RainLab.Translate's
behaviour (every CMS route also answers under the locale prefix `/en/…`; untranslated
attributes fall back to the default locale's text) and the October page-URL syntax
(`/news/:page?`, `/news/post/:slug`) are written from memory of their documentation.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news` (the `blogPosts` page, `url = "/news/:page?"`), `/news/2`, `/news/3`; the pager's
  "1" goes to **`/news/1`, a twin of `/news`**; posts at `/news/post/<slug>`;
- **NEW: pinned posts repeated at the top of every listing page** — a theme partial prints
  "ข่าวปักหมุด" (two older posts with a custom `is_pinned` flag) above the list on pages 1, 2
  and 3; the query of the list excludes them, so they are in no page's list;
- **NEW: the listing headline worded differently** — the theme prints an editor-typed
  `short_title` (a custom field) in the list for seven of the long headlines ("พม. ชวนร่วม
  บริจาคช่วยกลุ่มเปราะบางช่วงโควิด-19"), the article's `h1` the real headline;
- **NEW: page 1 prints the full text of the newest post** ("ข่าวล่าสุด" hero:
  `post.content_html|raw` with its picture and an "อ่านต่อ" link), the other eight below it;
- **NEW: the meta as a `<dl>` before the text, source included** — `dl.post-meta`:
  "วันที่เผยแพร่" / "5 ก.ย. 67 เวลา 07.52 น." (abbreviated month, **two-digit BE year**, time),
  "หมวดหมู่", **"ที่มา" / office** (on some posts; none after the text), **"เข้าชม:" / "1,234"**
  (label and number in separate `dt` / `dd`);
- **NEW: English twins** — the header's TH / EN switcher links every page to `/en/…`
  (RainLab.Translate): `/en/news/post/<slug>` prints the same Thai text (translation
  fallback) with English furniture ("Published Sep 05, 2024", "(1,234 views)", "Source"), an
  English headline on five posts; the English listing `/en/news` is linked only from the
  switcher; none of these are records;
- after the text: featured images (some), share bar "แชร์:" (Facebook / LINE / X / คัดลอกลิงก์),
  "แท็ก:" links (a tags plugin), "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวอื่น ๆ" with
  dates; sidebar "ข่าวยอดนิยม" with counts, site counter "ผู้เข้าชมทั้งหมด"; PDPA banner.
Deleted: `/news/post/<slug>` of a post set back to unpublished and still linked from page 2 —
the `blogPost` component finds nothing, the page answers 200 with an empty `h1`, an empty
`dl` and "ไม่พบข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพะเยา"
OFFICE_EN = "Phayao Provincial Office of Social Development and Human Security"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
PINNED_IDX = (7, 13)
SOURCES = [
    None,
    "กลุ่มนโยบายและวิชาการ พมจ.พะเยา",
    "ศูนย์ช่วยเหลือสังคมจังหวัดพะเยา",
    None,
    "กลุ่มการพัฒนาสังคมและสวัสดิการ",
    "บ้านพักเด็กและครอบครัวจังหวัดพะเยา",
]
TAGS = ["พม.", "ผู้สูงอายุ", "คนพิการ", "เด็กและเยาวชน", "โควิด-19", "ศูนย์ช่วยเหลือสังคม 1300"]
SHORT = {
    3: "สถานทูตฯ โดฮา แจกถุงยังชีพคนไทยในกาตาร์",
    4: "พม. ชวนร่วมบริจาคช่วยกลุ่มเปราะบางช่วงโควิด-19",
    12: "เกษตรฯ จัด Field Day ณ ศพก.",
    14: "รมว.พม. ต้อนรับผู้อำนวยการโครงการฮัก (HUG)",
    17: "นายกฯ ร่วมพิธีเจริญพระพุทธมนต์ ถวายพระราชกุศล ร.9",
    18: "กรมศุลกากรชี้แจงกฎหมายลูก พ.ร.บ.ศุลกากรใหม่",
    20: "ยุติธรรมตรวจ DNA ชาวมานิ จ.สตูล",
}
EN_TITLES = {
    0: "Government confirms readiness to handle the COVID-19 situation",
    2: "MOPH speeds up delivery of N95 masks and PPE to hospitals",
    6: "TCELS and Mahidol University extend research on fingerroot against COVID-19",
    10: "Results of the Teacher Civil Service Commission meeting 12/2559",
    23: "PM visits fishermen in Samut Sakhon",
}
US_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DELETED_SLUG = "pyo-news-0418"
DELETED_TITLE_LIST = "ประกาศรายชื่อผู้มีสิทธิ์รับเงินอุดหนุนเพื่อการเลี้ยงดูเด็กแรกเกิด (ฉบับแก้ไข)"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ"
PDPA = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีในการใช้งาน โปรดยอมรับเพื่อใช้งานเว็บไซต์อย่างเต็มรูปแบบ"
FOOTER = (
    "ศาลากลางจังหวัดพะเยา ชั้น 2 ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000 โทร. 0 5444 9270"
)
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 318,552 ครั้ง"
PINNED = "ข่าวปักหมุด"
LATEST = "ข่าวล่าสุด"
OTHERS = "ข่าวอื่น ๆ"
POPULAR = "ข่าวยอดนิยม"


def th_date(d: dt.datetime) -> str:
    """'5 ก.ย. 67 เวลา 07.52 น.' (the theme's Twig filter: abbreviated month, 2-digit BE)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]} เวลา {d:%H.%M} น."


def th_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


def en_date(d: dt.datetime) -> str:
    return f"{US_MONTHS[d.month - 1]} {d.day:02d}, {d.year}"


class OctoberRainlabSite(BaseSite):
    key = "b49_octobercms_rainlab"
    family = "generic"
    imitates = (
        "October CMS 3 + RainLab.Blog + RainLab.Translate, vendor theme (Bootstrap 4, /combine/ "
        "assets, framework extras): /news, /news/2 (pager links page 1 as /news/1), posts "
        "/news/post/<slug>; pinned posts repeated atop every listing page; editor short titles "
        "in the list; page 1 prints the newest post in full; dl.post-meta before the text with "
        "'วันที่เผยแพร่' (d M yy BE + เวลา HH.MM น.), 'ที่มา', 'เข้าชม:' as dt/dd; /en/ twins "
        "with the Thai text (translation fallback) linked from the TH/EN switcher; share bar, "
        "แท็ก, prev/next titles, ข่าวอื่น ๆ with dates, popular sidebar, PDPA banner"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 27, 16, 0, tzinfo=TZ), offset=40
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 430 + (n - i) * 2
            a.extra["slug"] = f"pyo-news-{a.id:04d}"
            a.path = f"/news/post/{a.extra['slug']}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.modified = None
            a.views = 35 + (i * 263 + 91) % 2800
            a.extra["short"] = SHORT.get(i)
            a.extra["en"] = EN_TITLES.get(i)
            a.extra["pic"] = i % 4 != 3
            a.extra["pinned"] = i in PINNED_IDX
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pinned = [a for a in arts if a.extra["pinned"]]
        self.stream = [a for a in arts if not a.extra["pinned"]]
        self.pages = paginate(self.stream, PER)
        self.deleted = f"/news/post/{DELETED_SLUG}"
        assert len(self.pages) == 3 and self.deleted not in self.by_path

    # ------------------------------------------------------------------ urls
    def page_url(self, k: int, en: bool = False, pager: bool = False) -> str:
        pre = "/en" if en else ""
        if k == 0 and not pager:
            return f"{pre}/news"
        return f"{pre}/news/{k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def others(self, a):
        return [x for x in self.stream if x is not a][:5]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def pic(self, a) -> str:
        h = f"{a.id * 2654435761 % 16**9:09x}"
        return f"/storage/app/uploads/public/{h[:3]}/{h[3:6]}/{h[6:]}/66{a.id}f2c1e8a{a.id}.jpg"

    # ------------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, en: bool, here: str, crumb: str | None):
        th_url = here[3:] if en else here
        en_url = here if en else "/en" + here
        lang = "en" if en else "th"
        home = "Home" if en else "หน้าแรก"
        news = "News" if en else SECTION
        crumbs = f'<li class="breadcrumb-item"><a href="{"/en" if en else "/"}">{home}</a></li><li class="breadcrumb-item"><a href="{"/en" if en else ""}/news">{news}</a></li>'
        if crumb:
            crumbs += f'<li class="breadcrumb-item active" aria-current="page">{esc(crumb)}</li>'
        pop = "".join(
            f'<li class="media"><a href="{"/en" if en else ""}{x.path}">{esc(x.title)}</a><small class="text-muted d-block">{"views" if en else "เข้าชม"} {x.views:,}</small></li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{title}</title>
    <meta name="description" content="{OFFICE}">
    <meta name="author" content="{OFFICE}">
    <link rel="icon" type="image/png" href="/themes/pmj-phayao/assets/images/favicon.png">
    <link href="/combine/8f1c2e0a7b3d94c5e6f01a2b3c4d5e6f-1709112345" rel="stylesheet">
    <link rel="alternate" hreflang="th" href="{th_url}">
    <link rel="alternate" hreflang="en" href="{en_url}">
</head>
<body class="page-{lang}">
<div class="topbar bg-dark text-white small"><div class="container d-flex justify-content-between">
    <span>{OFFICE_EN}</span>
    <ul class="list-inline mb-0 lang-switch">
        <li class="list-inline-item{" active" if not en else ""}"><a href="{th_url}" data-request="onSwitchLocale" data-request-data="locale: 'th'">TH</a></li>
        <li class="list-inline-item{" active" if en else ""}"><a href="{en_url}" data-request="onSwitchLocale" data-request-data="locale: 'en'">EN</a></li>
    </ul>
</div></div>
<header class="site-header"><div class="container d-flex align-items-center">
    <a href="{"/en" if en else "/"}" class="brand"><img src="/themes/pmj-phayao/assets/images/logo-msdhs.png" alt="{OFFICE}" height="72"></a>
    <div class="brand-text ml-3"><div class="brand-name">{OFFICE}</div><div class="brand-sub">{"Ministry of Social Development and Human Security" if en else "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"}</div></div>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container">
    <ul class="navbar-nav">
        <li class="nav-item"><a class="nav-link" href="{"/en" if en else "/"}">{home}</a></li>
        <li class="nav-item"><a class="nav-link" href="{"/en" if en else ""}/about">{"About" if en else "เกี่ยวกับหน่วยงาน"}</a></li>
        <li class="nav-item active"><a class="nav-link" href="{"/en" if en else ""}/news">{news}</a></li>
        <li class="nav-item"><a class="nav-link" href="{"/en" if en else ""}/procurement">{"Procurement" if en else "จัดซื้อจัดจ้าง"}</a></li>
        <li class="nav-item"><a class="nav-link" href="{"/en" if en else ""}/ita">ITA</a></li>
        <li class="nav-item"><a class="nav-link" href="{"/en" if en else ""}/contact">{"Contact" if en else "ติดต่อเรา"}</a></li>
    </ul>
</div></nav>
<main class="container py-4">
    <nav aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}</ol></nav>
    <div class="row">
        <div class="col-lg-8">
{content}
        </div>
        <aside class="col-lg-4 sidebar">
            <div class="card mb-3"><div class="card-header">{"Popular" if en else POPULAR}</div><div class="card-body"><ul class="list-unstyled">{pop}</ul></div></div>
            <div class="card mb-3"><div class="card-body text-center"><a href="https://www.1300thailand.com/"><img src="/themes/pmj-phayao/assets/images/banner-1300.jpg" alt="ศูนย์ช่วยเหลือสังคม สายด่วน 1300" class="img-fluid"></a></div></div>
        </aside>
    </div>
</main>
<footer class="site-footer bg-dark text-white-50 py-4"><div class="container">
    <p class="mb-1">{OFFICE}</p>
    <p class="mb-1">{FOOTER}</p>
    <p class="mb-0 counter">{SITE_COUNTER}</p>
</div></footer>
<div id="pdpa-consent" class="cookie-banner fixed-bottom bg-light p-3 shadow" style="display:none">
    <p class="mb-2">{PDPA}</p>
    <button type="button" class="btn btn-primary btn-sm" data-request="onAcceptCookie">ยอมรับ</button>
    <a href="/privacy" class="btn btn-link btn-sm">นโยบายความเป็นส่วนตัว</a>
</div>
<script src="/combine/3c2b1a09f8e7d6c5b4a3928170615243-1709112345"></script>
<script src="/modules/system/assets/js/framework.combined-min.js?v=3.5.15"></script>
<link rel="stylesheet" property="stylesheet" href="/modules/system/assets/css/framework.extras-min.css?v=3.5.15">
</body>
</html>
"""

    def respond(self, text: str):
        status, headers, body = self.html_response(text)
        headers["Set-Cookie"] = "october_session=eyJpdiI6Ik1rT2Q; path=/; httponly; samesite=lax"
        return status, headers, body

    # ------------------------------------------------------------------ listing
    def list_title(self, a, en: bool) -> str:
        if en:
            return a.extra["en"] or a.title
        return a.extra["short"] or a.title

    def item(self, a, en: bool) -> str:
        pre = "/en" if en else ""
        thumb = self.pic(a) if a.extra["pic"] else "/themes/pmj-phayao/assets/images/no-image.jpg"
        when = en_date(a.published) if en else th_day(a.published)
        summary = a.paras[0][:160].rstrip() + "..."
        return f"""        <li class="post-item media mb-4">
            <a href="{pre}{a.path}" class="mr-3"><img src="{thumb}" class="post-thumb" width="200" alt=""></a>
            <div class="media-body">
                <h3 class="h5"><a href="{pre}{a.path}">{esc(self.list_title(a, en))}</a></h3>
                <p class="info text-muted small"><i class="fa fa-calendar"></i> {when} &middot; <i class="fa fa-eye"></i> {a.views:,}</p>
                <p class="excerpt">{esc(summary)}</p>
            </div>
        </li>"""

    def deleted_item(self) -> str:
        return f"""        <li class="post-item media mb-4">
            <a href="{self.deleted}" class="mr-3"><img src="/themes/pmj-phayao/assets/images/no-image.jpg" class="post-thumb" width="200" alt=""></a>
            <div class="media-body">
                <h3 class="h5"><a href="{self.deleted}">{esc(DELETED_TITLE_LIST)}</a></h3>
                <p class="info text-muted small"><i class="fa fa-calendar"></i> 22 ส.ค. 67 &middot; <i class="fa fa-eye"></i> 0</p>
                <p class="excerpt">ตามที่ สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดพะเยา ได้ประกาศรายชื่อ...</p>
            </div>
        </li>"""

    def render_list(self, k: int, en: bool):
        pre = "/en" if en else ""
        pinned = "".join(
            f"""<div class="col-md-6"><div class="card pinned-card h-100">
                <a href="{pre}{a.path}"><img src="{self.pic(a)}" class="card-img-top" alt=""></a>
                <div class="card-body">
                    <span class="badge badge-warning"><i class="fa fa-thumb-tack"></i> {"Pinned" if en else "ปักหมุด"}</span>
                    <h3 class="h6 card-title"><a href="{pre}{a.path}">{esc(a.extra["en"] or a.title if en else a.title)}</a></h3>
                    <p class="card-text small text-muted">{en_date(a.published) if en else th_day(a.published)}</p>
                    <a href="{pre}{a.path}" class="btn btn-sm btn-outline-primary">{"Read more" if en else "อ่านต่อ"}</a>
                </div></div></div>"""
            for a in self.pinned
        )
        posts = list(self.pages[k])
        hero = ""
        if k == 0:
            h = posts.pop(0)
            body = "\n".join(f"<p>{esc(p)}</p>" for p in h.paras)
            hero = f"""<section class="latest-post mb-4">
    <h2 class="section-title">{"Latest" if en else LATEST}</h2>
    <article class="card"><img src="{self.pic(h)}" class="card-img-top" alt="">
    <div class="card-body">
        <h3 class="card-title"><a href="{pre}{h.path}">{esc(h.extra["en"] or h.title if en else h.title)}</a></h3>
        <p class="info text-muted small"><i class="fa fa-calendar"></i> {en_date(h.published) if en else th_date(h.published)} &middot; <i class="fa fa-eye"></i> {h.views:,}</p>
        <div class="content">{body}</div>
        <a href="{pre}{h.path}" class="btn btn-primary btn-sm">{"Read more" if en else "อ่านต่อ"}</a>
    </div></article>
</section>"""
        items = [self.item(a, en) for a in posts]
        if k == 1 and not en:
            items.insert(3, self.deleted_item())
        n = len(self.pages)
        pg = []
        if k > 0:
            pg.append(f'<li><a href="{self.page_url(k - 1, en, True)}">&larr; Prev</a></li>')
        for j in range(n):
            cls = "active" if j == k else ""
            pg.append(f'<li class="{cls}"><a href="{self.page_url(j, en, True)}">{j + 1}</a></li>')
        if k < n - 1:
            pg.append(f'<li><a href="{self.page_url(k + 1, en, True)}">Next &rarr;</a></li>')
        content = f"""<h1 class="page-title">{"News" if en else SECTION}</h1>
<section class="pinned-posts mb-4">
    <h2 class="section-title"><i class="fa fa-thumb-tack"></i> {"Pinned" if en else PINNED}</h2>
    <div class="row">{pinned}</div>
</section>
{hero}
<section class="post-list-wrap">
    <ul class="post-list list-unstyled">
{"".join(items)}
    </ul>
    <ul class="pagination">
        {"".join(pg)}
    </ul>
</section>"""
        here = self.page_url(k, en)
        return self.respond(
            self.shell(
                f"{'News' if en else SECTION} | {OFFICE}", content, en=en, here=here, crumb=None
            )
        )

    # ------------------------------------------------------------------ article
    def render_post(self, a, base: str, en: bool):
        pre = "/en" if en else ""
        older, newer = self.neighbours(a)
        title = (a.extra["en"] or a.title) if en else a.title
        meta = [
            (
                "Published" if en else "วันที่เผยแพร่",
                en_date(a.published) if en else th_date(a.published),
            ),
            (
                "Category" if en else "หมวดหมู่",
                f'<a href="{pre}/news">{"News" if en else SECTION}</a>',
            ),
        ]
        if a.source:
            meta.append(("Source" if en else "ที่มา", esc(a.source)))
        meta.append(("Views" if en else "เข้าชม:", f"({a.views:,} views)" if en else f"{a.views:,}"))
        dl = "".join(f"<dt>{k}</dt><dd>{v}</dd>" for k, v in meta)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        imgs = ""
        if a.extra["pic"]:
            imgs = f"""<div class="featured-images text-center">
    <p><img data-src="66{a.id}f2c1e8a{a.id}.jpg" src="{self.pic(a)}" alt="" style="max-width: 100%" /></p>
</div>"""
        full = base + pre + a.path
        share = f"""<div class="share-bar my-3"><span class="share-label">{"Share:" if en else "แชร์:"}</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" class="btn btn-sm btn-facebook"><i class="fa fa-facebook"></i> Facebook</a>
    <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" class="btn btn-sm btn-line">LINE</a>
    <a href="https://twitter.com/intent/tweet?url={full}" target="_blank" class="btn btn-sm btn-dark">X</a>
    <button type="button" class="btn btn-sm btn-light" data-copy="{full}">{"Copy link" if en else "คัดลอกลิงก์"}</button>
</div>"""
        tags = ""
        if a.tags:
            tags = (
                f'<div class="post-tags"><span>{"Tags:" if en else "แท็ก:"}</span> '
                + " ".join(
                    f'<a href="{pre}/news/tag/{t}" class="badge badge-light">#{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        pn = '<div class="post-nav row my-4">'
        pn += (
            f'<div class="col-6"><small>{"Previous" if en else "ข่าวก่อนหน้า"}</small><br><a href="{pre}{older.path}">{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        pn += (
            f'<div class="col-6 text-right"><small>{"Next" if en else "ข่าวถัดไป"}</small><br><a href="{pre}{newer.path}">{esc(newer.title)}</a></div>'
            if newer
            else '<div class="col-6"></div>'
        )
        pn += "</div>"
        oth = "".join(
            f'<li><a href="{pre}{x.path}">{esc(x.title)}</a> <small class="text-muted">{en_date(x.published) if en else th_day(x.published)}</small></li>'
            for x in self.others(a)
        )
        content = f"""<article class="post-page">
    <h1 class="post-title">{esc(title)}</h1>
    <dl class="post-meta row small">{dl}</dl>
    <div class="content">
{body}
    </div>
    {imgs}
    {share}
    {tags}
</article>
{pn}
<section class="other-posts"><h2 class="h5">{"Other news" if en else OTHERS}</h2><ul>{oth}</ul></section>"""
        return self.respond(
            self.shell(f"{esc(title)} | {OFFICE}", content, en=en, here=pre + a.path, crumb=title)
        )

    def render_deleted(self):
        content = f"""<article class="post-page">
    <h1 class="post-title"></h1>
    <dl class="post-meta row small"></dl>
    <div class="content">
        <div class="alert alert-warning">{NOT_FOUND}</div>
    </div>
</article>"""
        return self.respond(
            self.shell(f" | {OFFICE}", content, en=False, here=self.deleted, crumb=None)
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).rstrip("/") or "/"
        en = path == "/en" or path.startswith("/en/")
        rest = path[3:] if en else path
        if rest == "/news" or rest.startswith("/news/") and rest[6:].isdigit():
            k = int(rest[6:]) - 1 if rest != "/news" else 0
            if 0 <= k < len(self.pages):
                return self.render_list(k, en)
            return None
        if rest == self.deleted:
            return self.render_deleted()
        a = self.by_path.get(rest)
        if a is not None:
            return self.render_post(a, base, en)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "วันที่เผยแพร่",
                th_date(a.published),
                "เข้าชม:",
                "แชร์:",
                "คัดลอกลิงก์",
                "แท็ก:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                OTHERS,
                POPULAR,
                SITE_COUNTER,
                PDPA,
                FOOTER,
                OFFICE_EN,
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.popular() if x is not a]
            out.append(
                expected_record(
                    a, published_time=True, modified=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = OctoberRainlabSite()

if __name__ == "__main__":
    main(SITE)
