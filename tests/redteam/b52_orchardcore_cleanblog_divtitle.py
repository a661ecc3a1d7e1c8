"""Blind-52 red-team site (part A): a provincial public health office (สำนักงานสาธารณสุขจังหวัดน่าน)
on **Orchard Core 1.8 (ASP.NET Core, Liquid templates) with a customised TheBlogTheme** (the
Start Bootstrap "Clean Blog" layout Orchard Core ships: `nav#mainNav.navbar`, `header.masthead`
with a background image and `div.post-heading`, `div.post-preview` rows with
`h2.post-title` / `h3.post-subtitle` / `p.post-meta`, an "Older Posts →" button). No earlier
round imitated Orchard (classic or Core). Built blind (no crawler, pipeline, bench or fixture
read).

Looked up with the search tool (code corpus): Orchard 1.x's `Blogs.BlogPost.Summary` display
template (title link `h3`, a `div.meta` with the published state, `div.postsummary`) and the
README of an Orchard blog theme (feature images and sharing as content parts, summary display
types). Orchard Core's TheBlogTheme (`Layout.liquid`, `Content-BlogPost.liquid`,
`Content-BlogPost.Summary.liquid`, PagerSlim) and Clean Blog's markup, Orchard Core's 404
(`/Error/404` rendered in the site layout), Google Tag Manager snippets, YouTube's embed iframe
and Font Awesome's private-use glyphs are written from memory. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/blog` (8 a page, 24 posts), pages 2 and 3 reached only through a "โหลดข่าวเพิ่มเติม"
  link `/blog?pagenum=2&ajax=1` styled as a button, which answers a bare HTML fragment (the
  rows and the next button) (Clean Blog's "Older Posts →" renamed; no page numbers); posts at `/blog/<slug>` (Latin slugs `nan-pho-2567-0412`);
- **NEW: the headline is a styled `<div class="post-title display-6" role="heading"
  aria-level="1">` in the masthead; the page's only `<h1>` is the office's name in the navbar
  brand; `h2.subheading` is the category ("ข่าวสาธารณสุข"); on one post in three `<title>` and
  `og:title` carry the post's first, shorter headline** (the editor lengthened the title later,
  the SEO part kept the old one);
- **NEW: "เผยแพร่เมื่อ 5 March 2567 เวลา 10:30:15 น."** — a full English month name beside a
  BE year, a time with seconds (the culture is en-US, a Liquid filter adds 543); **and "แก้ไข
  ล่าสุด 9-3-67 14:22 น."** (day-month-two-digit BE with dashes, no zero padding) on edited posts;
  no `<time>`, no machine date anywhere;
- **NEW: the counter as a badge "&#xf06e; 1,234 Views"** (Font Awesome's eye glyph, U+F06E,
  as a literal private-use character in a `span.fa`), **beside "&#xf004; 45" likes, "&#xf075; 3"
  comments and "แชร์ 12"** in the same meta bar;
- **NEW: sources under "ที่มาข้อมูล :", "ข้อมูล/ภาพ :" and "ข่าว : <office A> / ภาพ : <office
  B>"** (the source is the news office, A);
- **NEW: text the reader needs in structures**: the middle paragraph as a numbered `<ol>` of
  measures (one post in three), a statistics `<table class="table">` of cases by district after
  the first paragraph (one in four), **an embedded YouTube `<iframe>` inside a `<figure>` with a
  `<figcaption>` "คลิป: …"** (one in four);
- **NEW: the page is UTF-8, the header says `charset=utf-8`, and `<meta http-equiv
  Content-Type content="text/html; charset=tis-620">` comes after more than 1 kB of inline
  scripts** (GTM, consent defaults) copied from the office's old PHP site;
- **NEW: a "NEW" badge (`<span class="badge">NEW</span>`) inside the listing's headline link**
  on the four newest posts, and an "อ่านต่อ" link per row beside the headline link;
- **NEW: the deleted post answers 404 with the full site template**: the masthead, "ไม่พบหน้าที่
  คุณต้องการ" and the sidebar "ข่าวล่าสุด" (titles and dates of five other posts);
- furniture: "ขนาดตัวอักษร" ก- ก ก+ tools, share bar (Facebook / LINE / คัดลอกลิงก์ / พิมพ์),
  tags "แท็ก", "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวที่เกี่ยวข้อง" cards with dates,
  comment prompt, sidebar "ข่าวล่าสุด", cookie bar, footer visitor count.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

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

OFFICE = "สำนักงานสาธารณสุขจังหวัดน่าน"
OFFICE_EN = "Nan Provincial Public Health Office"
CATEGORY = "ข่าวสาธารณสุข"
PER = 8
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
SOURCES = [
    ("ที่มาข้อมูล", "กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดน่าน"),
    ("ข้อมูล/ภาพ", "โรงพยาบาลน่าน"),
    ("two", "กลุ่มงานสุขศึกษาและประชาสัมพันธ์ สสจ.น่าน"),
    None,
    ("ที่มาข้อมูล", "กรมควบคุมโรค"),
    ("ข้อมูล/ภาพ", "สำนักงานสาธารณสุขอำเภอปัว"),
]
PHOTO = ["โรงพยาบาลส่งเสริมสุขภาพตำบลศิลาแลง", "สำนักงานสาธารณสุขอำเภอเวียงสา"]
TAGS = ["น่าน", "อสม.", "ควบคุมโรค", "วัคซีน", "สุขภาพดี", "ไข้เลือดออก"]
AUTHOR = "กลุ่มงานสุขศึกษาและประชาสัมพันธ์"
DELETED_SLUG = "nan-pho-2567-0219"
DELETED_TITLE = "ประกาศผลการคัดเลือกพนักงานกระทรวงสาธารณสุข (ฉบับแก้ไข)"
NOT_FOUND = "ไม่พบหน้าที่คุณต้องการ อาจถูกลบหรือย้ายไปยังที่อยู่อื่นแล้ว"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อวิเคราะห์การใช้งานและปรับปรุงบริการ โปรดยอมรับเพื่อใช้งานต่อ"
COUNTER = "ผู้เยี่ยมชมวันนี้ 214 คน | ทั้งหมด 1,208,771 คน"
FOOTER = "ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร 0 5471 0233"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
LOAD_MORE = "โหลดข่าวเพิ่มเติม"
EYE, HEART, BUBBLE = "\uf06e", "\uf004", "\uf075"
DISTRICTS = ["เมืองน่าน", "ปัว", "เวียงสา", "ท่าวังผา", "ทุ่งช้าง"]


def be_en(d: dt.datetime) -> str:
    return f"{d.day} {EN_MONTHS[d.month - 1]} {d.year + 543}"


def short_dash(d: dt.datetime) -> str:
    return f"{d.day}-{d.month}-{str(d.year + 543)[-2:]}"


def thai_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def clauses(p: str) -> list[str]:
    out: list[str] = []
    for c in p.split(" "):
        if out and (len(c) < 30 or len(out[-1]) < 30):
            out[-1] += " " + c
        else:
            out.append(c)
    return out


HEAD_SCRIPTS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {
    'ad_storage': 'denied', 'ad_user_data': 'denied', 'ad_personalization': 'denied',
    'analytics_storage': 'denied', 'functionality_storage': 'granted',
    'security_storage': 'granted', 'wait_for_update': 500
  });
  gtag('set', 'ads_data_redaction', true);
  gtag('set', 'url_passthrough', false);
</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-N4NPH0');</script>
<script>
  /* font-size tools and high-contrast switch (kept from the old site) */
  (function () {
    var KEY = 'nanpho-fs', root = document.documentElement;
    var size = parseInt(localStorage.getItem(KEY) || '100', 10);
    function apply() { root.style.fontSize = size + '%'; }
    window.nanFont = function (step) {
      if (step === 0) { size = 100; } else { size = Math.min(130, Math.max(85, size + step * 10)); }
      localStorage.setItem(KEY, String(size)); apply();
    };
    window.nanContrast = function () {
      document.body.classList.toggle('high-contrast');
      localStorage.setItem('nanpho-hc', document.body.classList.contains('high-contrast') ? '1' : '0');
    };
    apply();
  })();
</script>"""


class OrchardCleanBlogSite(BaseSite):
    key = "b52_orchardcore_cleanblog_divtitle"
    family = "generic"
    imitates = (
        "Orchard Core 1.8 + TheBlogTheme (Clean Blog): headline in a styled div, the only h1 "
        "the office name, older headline in <title>/og:title; '5 March 2567 เวลา 10:30:15 น.' "
        "and 'แก้ไขล่าสุด 9-3-67'; '\\uf06e 1,234 Views' badge beside likes/comments/shares; "
        "'ที่มาข้อมูล' / 'ข้อมูล/ภาพ' / 'ข่าว : A / ภาพ : B' sources; ol, table and YouTube figure "
        "in the text; tis-620 meta after 1 kB of scripts on a UTF-8 page; NEW badge and "
        "อ่านต่อ in rows; load-more link pager; deleted post 404 with the full template"
    )
    listing_path = "/blog"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 29, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            num = 400 + (n - i) * 6
            a.id = num
            a.published = a.published.replace(second=(i * 17 + 5) % 60)
            a.path = f"/blog/nan-pho-{a.published.year + 543}-{num:04d}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.extra["photo"] = PHOTO[i % 2]
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.time_printed = True
            a.modified = (
                a.published.replace(second=0)
                + dt.timedelta(days=1 + i % 3, hours=2, minutes=7 * (i % 5))
                if i % 3 == 2
                else None
            )
            a.views = 25 + (i * 457 + 61) % 6100
            a.extra["likes"] = 2 + (i * 11) % 60
            a.extra["comments"] = (i * 5) % 7
            a.extra["shares"] = 1 + (i * 13) % 90
            a.extra["old_title"] = i % 3 == 0
            a.extra["ol"] = i % 3 == 1
            a.extra["table"] = i % 4 == 2
            a.extra["video"] = i % 4 == 0
        self.articles = arts
        self.by_slug = {a.path.rsplit("/", 1)[1]: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_SLUG not in self.by_slug
        for a in arts:
            if a.extra["old_title"]:
                assert a.title != self.old_title(a)

    def old_title(self, a) -> str:
        words = a.title.split(" ")
        return " ".join(words[: max(1, len(words) // 2)]) if len(words) > 1 else a.title[:30]

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/blog", "/blog?pagenum=2&ajax=1", "/blog?pagenum=3&ajax=1"]

    def deleted_paths(self):
        return [f"/blog/{DELETED_SLUG}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 6, 9)]

    def latest(self, skip=None):
        return [x for x in self.articles if x is not skip][:5]

    def img(self, a):
        return f"/media/blog/{a.published.year}/{a.id}/cover.jpg"

    # ------------------------------------------------------------------ shell
    def shell(self, *, title, og_title, heading_html, sub, meta_html, bg, content, side_skip=None):
        latest = "".join(
            f'<li class="list-group-item"><a href="{x.path}">{esc(x.title)}</a><div class="small text-muted">{thai_abbr(x.published)}</div></li>'
            for x in self.latest(side_skip)
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
{HEAD_SCRIPTS}
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no" />
<title>{title}</title>
<meta property="og:title" content="{og_title}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta name="generator" content="Orchard" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/vendor/bootstrap/dist/css/bootstrap.min.css?v=Kx8l3" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/css/clean-blog.min.css?v=Qy1ZpP" />
<link type="text/css" rel="stylesheet" href="/TheBlogTheme/vendor/fontawesome-free/css/all.min.css" />
</head>
<body dir="ltr" class="blog">
<nav class="navbar navbar-expand-lg navbar-light fixed-top" id="mainNav">
  <div class="container px-4 px-lg-5">
    <a class="navbar-brand" href="/"><img src="/media/logo-moph.png" alt="" height="36" /> <h1 class="h6 d-inline m-0">{OFFICE}</h1></a>
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbarResponsive" aria-controls="navbarResponsive" aria-expanded="false" aria-label="Toggle navigation">Menu <i class="fas fa-bars"></i></button>
    <div class="collapse navbar-collapse" id="navbarResponsive">
      <ul class="navbar-nav ms-auto py-4 py-lg-0">
        <li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="/">หน้าแรก</a></li>
        <li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="/about">เกี่ยวกับเรา</a></li>
        <li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="/blog">{CATEGORY}</a></li>
        <li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="/ita">ITA</a></li>
        <li class="nav-item"><a class="nav-link px-lg-3 py-3 py-lg-4" href="/contact">ติดต่อเรา</a></li>
      </ul>
      <div class="font-tools ms-3 small text-white">ขนาดตัวอักษร <a href="javascript:nanFont(-1)">ก-</a> <a href="javascript:nanFont(0)">ก</a> <a href="javascript:nanFont(1)">ก+</a></div>
    </div>
  </div>
</nav>
<header class="masthead" style="background-image: url('{bg}')">
  <div class="container position-relative px-4 px-lg-5">
    <div class="row gx-4 gx-lg-5 justify-content-center">
      <div class="col-md-10 col-lg-8 col-xl-7">
        <div class="post-heading">
          {heading_html}
          <h2 class="subheading">{sub}</h2>
          {meta_html}
        </div>
      </div>
    </div>
  </div>
</header>
<div class="container px-4 px-lg-5">
  <div class="row gx-4 gx-lg-5">
    <div class="col-md-10 col-lg-8 col-xl-8">
{content}
    </div>
    <aside class="col-lg-4 d-none d-lg-block">
      <div class="card mb-4"><div class="card-header">{LATEST}</div><ul class="list-group list-group-flush">{latest}</ul></div>
    </aside>
  </div>
</div>
<footer class="border-top">
  <div class="container px-4 px-lg-5"><div class="row gx-4 gx-lg-5 justify-content-center"><div class="col-md-10 col-lg-8 col-xl-7">
    <p class="text-center">{OFFICE} ({OFFICE_EN})<br />{FOOTER}</p>
    <div class="small text-center text-muted fst-italic visitor-count">{COUNTER}</div>
    <div class="small text-center text-muted fst-italic">Copyright &copy; {OFFICE} 2024 · Powered by Orchard Core</div>
  </div></div></div>
</footer>
<div id="cookie-consent" class="fixed-bottom bg-dark text-white p-3 small">{COOKIE} <button type="button" class="btn btn-sm btn-light" onclick="gtag('consent','update',{{'analytics_storage':'granted'}})">ยอมรับ</button></div>
<script src="/TheBlogTheme/vendor/bootstrap/dist/js/bootstrap.bundle.min.js?v=Ab2x"></script>
<script src="/TheBlogTheme/js/scripts.js?v=mN7p"></script>
</body>
</html>
"""

    def respond(self, text: str, status=200):
        return status, {"Content-Type": "text/html; charset=utf-8"}, text.encode("utf-8")

    # ------------------------------------------------------------------ listing
    def preview(self, a, badge: bool) -> str:
        b = ' <span class="badge bg-danger align-middle">NEW</span>' if badge else ""
        return f"""<div class="post-preview">
  <a href="{a.path}"><h2 class="post-title">{esc(a.title)}{b}</h2></a>
  <p class="post-subtitle">{esc(a.paras[0][:140].rstrip())}… <a class="read-more" href="{a.path}">อ่านต่อ</a></p>
  <p class="post-meta">โพสต์โดย {AUTHOR} เมื่อ {be_en(a.published)}</p>
</div>
<hr class="my-4" />"""

    def list_items(self, k: int) -> str:
        rows = [self.preview(a, k == 0 and j < 4) for j, a in enumerate(self.pages[k])]
        if k == 1:
            rows.insert(
                5,
                f"""<div class="post-preview">
  <a href="/blog/{DELETED_SLUG}"><h2 class="post-title">{esc(DELETED_TITLE)}</h2></a>
  <p class="post-subtitle">รายละเอียดตามเอกสารแนบ… <a class="read-more" href="/blog/{DELETED_SLUG}">อ่านต่อ</a></p>
  <p class="post-meta">โพสต์โดย {AUTHOR} เมื่อ 19 February 2567</p>
</div>
<hr class="my-4" />""",
            )
        more = ""
        if k < len(self.pages) - 1:
            more = f'<div class="d-flex justify-content-center mb-4 load-more-wrap"><a class="btn btn-primary text-uppercase load-more" href="/blog?pagenum={k + 2}&amp;ajax=1" data-ajax-target="#blog-items">{LOAD_MORE} &darr;</a></div>'
        return "\n".join(rows) + "\n" + more

    def render_list(self, k: int):
        content = f'<div id="blog-items">\n{self.list_items(k)}\n</div>'
        title = f"{CATEGORY} - {OFFICE}" + (f" (หน้า {k + 1})" if k else "")
        return self.respond(
            self.shell(
                title=title,
                og_title=title,
                heading_html=f'<div class="post-title display-6 fw-bold" role="heading" aria-level="1">{CATEGORY}</div>',
                sub="ข่าวสารและกิจกรรมของสำนักงานสาธารณสุขจังหวัดน่าน",
                meta_html="",
                bg="/media/blog/header-bg.jpg",
                content=content,
            )
        )

    # ------------------------------------------------------------------ post
    def table(self, a) -> str:
        rows = "".join(
            f"<tr><td>{d}</td><td>{3 + (a.id + 7 * j) % 60}</td><td>{(a.id + j) % 4}</td></tr>"
            for j, d in enumerate(DISTRICTS)
        )
        return (
            '<div class="table-responsive"><table class="table table-bordered table-sm">'
            "<caption>จำนวนผู้ป่วยสะสมรายอำเภอ (ราย)</caption>"
            "<thead><tr><th>อำเภอ</th><th>ผู้ป่วย</th><th>เสียชีวิต</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></div>"
        )

    def body_html(self, a) -> str:
        out = []
        mid = len(a.paras) // 2
        for j, p in enumerate(a.paras):
            if j == mid and a.extra["ol"]:
                out.append("<ol>" + "".join(f"<li>{esc(c)}</li>" for c in clauses(p)) + "</ol>")
            else:
                out.append(f"<p>{esc(p)}</p>")
            if j == 0 and a.extra["table"]:
                out.append(self.table(a))
            if j == 1 and a.extra["video"]:
                out.append(
                    f'<figure class="video-embed"><div class="ratio ratio-16x9"><iframe src="https://www.youtube.com/embed/nAnPh0{a.id}" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></div><figcaption class="text-muted small">คลิป: สรุปกิจกรรมประจำสัปดาห์ สสจ.น่าน</figcaption></figure>'
                )
        src = a.extra["src"]
        if src:
            if src[0] == "two":
                out.append(f"<p>ข่าว : {esc(src[1])} / ภาพ : {esc(a.extra['photo'])}</p>")
            else:
                out.append(f"<p>{src[0]} : {esc(src[1])}</p>")
        return "\n".join(out)

    def render_post(self, a, base):
        older, newer = self.neighbours(a)
        mod = ""
        if a.modified:
            mod = f' <span class="updated">| แก้ไขล่าสุด {short_dash(a.modified)} {a.modified:%H:%M} น.</span>'
        meta = (
            f'<span class="meta">โพสต์โดย <a href="/blog">{AUTHOR}</a> เผยแพร่เมื่อ '
            f"{be_en(a.published)} เวลา {a.published:%H:%M:%S} น.{mod}</span>"
            f'<div class="post-stats mt-2"><span class="badge bg-light text-dark"><span class="fa">{EYE}</span> {a.views:,} Views</span> '
            f'<span class="badge bg-light text-dark"><span class="fa">{HEART}</span> {a.extra["likes"]}</span> '
            f'<span class="badge bg-light text-dark"><span class="fa">{BUBBLE}</span> {a.extra["comments"]}</span> '
            f'<span class="badge bg-light text-dark">แชร์ {a.extra["shares"]}</span></div>'
        )
        full = quote(base + a.path, safe="")
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags mb-3">แท็ก: '
                + " ".join(
                    f'<a class="badge rounded-pill bg-secondary" href="/tags/{quote(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        nav = '<nav class="d-flex justify-content-between border-top pt-3 mb-4 post-nav">'
        nav += (
            f'<a href="{older.path}" class="prev">&larr; ข่าวก่อนหน้า<br /><small>{esc(older.title)}</small></a>'
            if older
            else "<span></span>"
        )
        nav += (
            f'<a href="{newer.path}" class="next text-end">ข่าวถัดไป &rarr;<br /><small>{esc(newer.title)}</small></a>'
            if newer
            else ""
        )
        nav += "</nav>"
        rel = "".join(
            f'<div class="col"><div class="card h-100"><div class="card-body"><a href="{x.path}" class="card-title">{esc(x.title)}</a><div class="small text-muted">{thai_abbr(x.published)}</div></div></div></div>'
            for x in self.related(a)
        )
        content = f"""<article class="mb-4 blog-post">
  <div class="share-bar d-flex gap-2 mb-3 small">
    <span>แชร์:</span>
    <a href="https://www.facebook.com/sharer/sharer.php?u={full}" target="_blank" rel="noopener">Facebook</a>
    <a href="https://social-plugins.line.me/lineit/share?url={full}" target="_blank" rel="noopener">LINE</a>
    <a href="#" data-copy="{esc(base + a.path)}">คัดลอกลิงก์</a>
    <a href="javascript:window.print()">พิมพ์</a>
  </div>
  <div class="post-body">
{self.body_html(a)}
  </div>
  {tags}
  {nav}
  <section class="related mb-4"><h4>{RELATED}</h4><div class="row row-cols-1 row-cols-md-3 g-3">{rel}</div></section>
  <section class="comments"><h4>ความคิดเห็น ({a.extra["comments"]})</h4><p class="text-muted">กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></section>
</article>"""
        t = self.old_title(a) if a.extra["old_title"] else a.title
        return self.respond(
            self.shell(
                title=f"{esc(t)} - {OFFICE}",
                og_title=esc(t),
                heading_html=f'<div class="post-title display-6 fw-bold" role="heading" aria-level="1">{esc(a.title)}</div>',
                sub=CATEGORY,
                meta_html=meta,
                bg=self.img(a),
                content=content,
                side_skip=a,
            )
        )

    def render_404(self):
        content = f"""<div class="py-5 text-center not-found">
  <p class="display-1 text-muted">404</p>
  <p class="lead">{NOT_FOUND}</p>
  <p><a class="btn btn-outline-primary" href="/blog">กลับไปหน้า{CATEGORY}</a></p>
</div>"""
        return self.respond(
            self.shell(
                title=f"ไม่พบหน้า - {OFFICE}",
                og_title=f"ไม่พบหน้า - {OFFICE}",
                heading_html='<div class="post-title display-6 fw-bold" role="heading" aria-level="1">ไม่พบหน้าที่ต้องการ</div>',
                sub=CATEGORY,
                meta_html="",
                bg="/media/blog/header-bg.jpg",
                content=content,
            ),
            status=404,
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/blog", "/blog/"):
            k = query.get("pagenum", ["1"])[0]
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return self.render_404()
            k = int(k) - 1
            if query.get("ajax", [""])[0] == "1":
                return self.respond(self.list_items(k))
            return self.render_list(k)
        m = re.fullmatch(r"/blog/([a-z0-9-]+)", path)
        if m:
            a = self.by_slug.get(m[1])
            if a is not None:
                return self.render_post(a, base)
            return self.render_404()
        if path == "/":
            return 302, {"Location": f"{base}/blog"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ขนาดตัวอักษร",
                "แชร์:",
                "Facebook",
                "คัดลอกลิงก์",
                "พิมพ์",
                f"{a.views:,} Views",
                "Views",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                RELATED,
                LATEST,
                COOKIE,
                COUNTER,
                FOOTER,
                "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "Powered by Orchard Core",
                "โพสต์โดย",
                "แก้ไขล่าสุด",
            ]
            if a.extra["src"] and a.extra["src"][0] == "two":
                must_not.append(a.extra["photo"])
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.latest(a)]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = OrchardCleanBlogSite()

if __name__ == "__main__":
    main(SITE)
