"""Blind-58 red-team site (part B): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน-like) on **Joomla 5.1 com_content under MokoCassiopeia**, Moko
Consulting's Cassiopeia child template, with its **"toc-left" article layout**. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): mokoconsulting-tech/MokoCassiopeia —
`src/index.php` (`header.header.container-header`, `div.header-top`, `a.brand-logo`,
`div.site-grid` with `div.grid-child.container-component` > `main#maincontent`,
`container-sidebar-right` card modules, `footer.container-footer`, `a#back-top`, `body
data-bs-spy="scroll" data-bs-target="#toc"`) and `src/html/com_content/article/toc-left.php`
(`div.com-content-article.item-page` > `div.row` with a left `nav#toc[data-toggle=toc]` whose
`h5.toc-title` prints the article title truncated to 50 characters, and the content column
`div[data-toc-scope]` with the icons, tags, `div.article-content[itemprop=articleBody]`, info
block below). Joomla 5's blog item / pagination / info-block / tags layouts (`dl.article-info`,
`dd.published > time[datetime]`, `dd.hits` with `meta itemprop=interactionCount`,
`nav.pagination__wrapper` > `ul.pagination` `?start=N`, "หน้า 1 จาก 4"), Facebook's embedded-post
markup (`div.fb-post` > `blockquote.fb-xfbml-parse-ignore` "Posted by … on …") and the YouTube
embed iframe are from memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- SEF with rewrite `/news/<id>-pr<id>`, `<title>` "headline - office", the blog `/news` with
  `?start=6`, `?start=12`, `?start=18` (6 a page, 22 articles);
- **NEW: a visually hidden `<h1 class="visually-hidden">` holding the office's name at the top of
  `main`, while the headline is `div.page-header h2[itemprop=headline]`; the toc-left column's
  `h5.toc-title` prints the headline cut to 50 characters with "..." before the real one**;
- **NEW: metadata that lies: `og:title` is the site's name, `article:published_time` is the
  time the page was rendered (now), the JSON-LD `NewsArticle` has `datePublished`
  "1970-01-01T07:00:00+07:00" (an unset field) and `headline` the site's name; the page prints
  the right `<time datetime>` and headline**;
- **NEW: an editor's "สารบัญ" (table of contents) box inside the text, of in-page anchors
  (`#p2`, `#p3` …) whose labels are the paragraphs' first words + "…" (one in two)**;
- **NEW: Thai words split by inline tags: a `<span style="font-size: 12pt;">` closing and
  opening inside a word, a `<wbr>` and a soft hyphen `&shy;` inside words of the text, and
  `&nbsp;&nbsp; ` runs between sentences (every article)**;
- **NEW: an embedded Facebook post (`div.fb-post`) repeating the text's first sentence with
  "Posted by สำนักงานพัฒนาชุมชนจังหวัดน่าน on Tuesday, March 12, 2024" (a later day), and a YouTube
  iframe with its caption "คลิปวิดีโอ : …" (one in three each)**;
- **NEW: comments and related articles each in their own `<article>` element (comment author,
  `time`, text; related: title link, date, intro words) after the text**;
- **NEW: one article slow to answer (2.5 s)**;
- hits "ฮิต: 1,234" in `dd.hits`; sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" at the end of
  the text (one in six none); tags (`ul.tags`); print / e-mail icons; share bar "แชร์ :";
  pagenavigation "ก่อนหน้า" / "ถัดไป" (neighbour titles in `aria-label`); breadcrumbs; sidebar
  "ข่าวล่าสุด" (titles); visitor counter; cookie bar;
- deleted item (linked from page 2): `/news/2874-pr2874`, **200: a Registered article's blog row
  ("ลงทะเบียนเพื่ออ่านเพิ่มเติม...") whose page is com_users' login form with "กรุณาเข้าสู่ระบบ
  ก่อนอ่านบทความนี้"**.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import time
from urllib.parse import quote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
PER = 6
N = 22
DELETED_ID = 2874
SLOW_INDEX = 9
SOURCES = [
    ("ที่มา", "กลุ่มงานส่งเสริมการพัฒนาชุมชน"),
    ("ข่าว/ภาพ", "สำนักงานพัฒนาชุมชนอำเภอเมืองน่าน"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานพัฒนาชุมชนจังหวัดน่าน"),
    ("ที่มา", "สำนักงานพัฒนาชุมชนอำเภอปัว"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"),
    None,
]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "เศรษฐกิจฐานราก", "โคก หนอง นา", "สัมมาชีพชุมชน", "ผ้าทอ"]
TOC = "สารบัญ"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
COUNTER = "สถิติผู้เข้าชม วันนี้ 214 เดือนนี้ 6,870 ทั้งหมด 412,559"
FOOTER = "สำนักงานพัฒนาชุมชนจังหวัดน่าน ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลไชยสถาน อำเภอเมืองน่าน 55000"
FB_POSTED = "Posted by"
YT_CAPTION = "คลิปวิดีโอ :"
COMMENTS = "ความคิดเห็น"
COMMENT_TEXTS = [
    ("ป้าศรี บ้านดอนมูล", "ขอบคุณเจ้าหน้าที่ที่ลงพื้นที่มาให้ความรู้ค่ะ"),
    ("นายสมพงษ์", "อยากให้จัดอบรมแบบนี้ที่อำเภอเชียงกลางบ้างครับ"),
]
RELATED = "บทความที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
LOGIN_MSG = "กรุณาเข้าสู่ระบบก่อนอ่านบทความนี้"


def th_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def split_word(text: str, phrase: str, how: str) -> str:
    """Escape text and break `phrase` inside a word with inline markup."""
    t = esc(text)
    p = esc(phrase)
    if p not in t or len(phrase) < 12:
        return t
    k = len(p) // 2
    if how == "span":
        broken = f'{p[:k]}</span><span style="font-size: 12pt;">{p[k:]}'
        broken = f'<span style="font-size: 12pt;">{broken}</span>'
    elif how == "wbr":
        broken = f"{p[:k]}<wbr>{p[k:]}"
    else:
        broken = f"{p[:k]}&shy;{p[k:]}"
    return t.replace(p, broken, 1)


class MokoCassiopeiaSite(BaseSite):
    key = "b58_joomla5_mokocassiopeia_toc"
    family = "joomla"
    imitates = (
        "provincial community-development office on Joomla 5.1 com_content under MokoCassiopeia "
        "(Cassiopeia child) with its toc-left article layout: visually hidden h1 with the office "
        "name, headline in h2, truncated title in the TOC column, lying og/JSON-LD metadata, an "
        "in-text 'สารบัญ' of anchors, words split by span/wbr/&shy;, embedded Facebook post and "
        "YouTube clip, comments and related items in <article> elements, one slow article"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 6, 28, 18, 0, tzinfo=TZ), offset=5
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2950 - i * 7 - (i % 3)
            a.path = f"/news/{a.id}-pr{a.id}"
            a.views = 48 + (i * 389 + 131) % 3900
            a.modified = None
            a.time_printed = True
            a.tags = [TAGS[i % len(TAGS)]] + ([TAGS[(i + 2) % len(TAGS)]] if i % 2 else [])
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["toc"] = i % 2 == 0 and len(a.paras) >= 3
            a.extra["fb"] = i % 3 == 1
            a.extra["yt"] = i % 3 == 2
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[k : k + PER] for k in range(0, len(arts), PER)]
        assert len(self.pages) == 4 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?start=6", "/news?start=12", "/news?start=18"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}-pr{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 7)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", view="category", itemid=112) -> str:
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{head}<link href="/media/templates/site/mokocassiopeia/css/template.min.css?5b1c2" rel="stylesheet">
<link href="/media/templates/site/mokocassiopeia/css/theme/light.standard.css?5b1c2" rel="stylesheet">
<link href="/media/templates/site/mokocassiopeia/vendor/fa7free/css/all.min.css?5b1c2" rel="stylesheet">
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.3" nomodule defer></script>
<script src="/media/templates/site/mokocassiopeia/js/template.min.js?5b1c2" defer></script>
</head>
<body data-bs-spy="scroll" data-bs-target="#toc" data-theme-fab-enabled="1" data-theme-fab-pos="br" class="site com_content wrapper-static view-{view} no-layout no-task itemid-{itemid} has-sidebar-right">
<header class="header container-header full-width" role="banner">
<div class="header-top">
<div class="grid-child header-brand-wrap"><div class="navbar-brand"><a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo-cdd-nan.png" alt="{OFFICE}" width="320" height="64"></a><div class="site-description">พัฒนาชุมชนน่าน ร่วมสร้างเศรษฐกิจฐานรากให้มั่นคง</div></div></div>
</div>
<div class="grid-child container-nav"><nav role="navigation" aria-label="Primary"><ul class="mod-menu mod-list nav "><li class="nav-item item-101 default"><a href="/">หน้าหลัก</a></li><li class="nav-item item-108"><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="nav-item item-112 current active"><a href="/news" aria-current="location">ข่าวประชาสัมพันธ์</a></li><li class="nav-item item-115"><a href="/otop">ผลิตภัณฑ์ OTOP</a></li><li class="nav-item item-119"><a href="/egp">ประกาศจัดซื้อจัดจ้าง</a></li><li class="nav-item item-121"><a href="/contact">ติดต่อเรา</a></li></ul></nav>
<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/search" method="get" role="search"><label for="mod-finder-searchword" class="visually-hidden finder">ค้นหา</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="ค้นหา..."></form></div></div>
</header>
<div class="site-grid">
<div class="grid-child container-component">
<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>หน้าหลัก</span></a></li><li class="mod-breadcrumbs__item breadcrumb-item active"><a href="/news" class="pathway"><span>ข่าวประชาสัมพันธ์</span></a></li></ol></nav>
<div id="system-message-container" aria-live="polite"></div>
<main id="maincontent" role="main">
<h1 class="visually-hidden">{OFFICE}</h1>
{content}
</main>
</div>
<div class="grid-child container-sidebar-right">
<div class="sidebar-right card "><h3 class="card-header ">{LATEST}</h3><div class="card-body"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sidebar-right card "><h3 class="card-header ">สถิติผู้เข้าชม</h3><div class="card-body"><p>{COUNTER}</p></div></div>
</div>
</div>
<footer class="container-footer footer full-width"><div class="grid-child"><div class="mod-custom custom"><p>{FOOTER}</p><p>โทรศัพท์ 0 5471 0168 | อีเมล nan@cdd.go.th</p></div></div></footer>
<a href="#top" id="back-top" class="back-to-top-link" aria-label="กลับด้านบน"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span></a>
<div id="cookie-consent" class="cookie-consent fixed-bottom bg-dark text-white p-3" role="dialog"><p>{COOKIE}</p><button type="button" class="btn btn-success btn-sm">ยอมรับทั้งหมด</button> <button type="button" class="btn btn-outline-light btn-sm">ตั้งค่าคุกกี้</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_list(self, k: int):
        items = []
        for j, a in enumerate(self.pages[k]):
            intro = esc(a.paras[0][:160]) + "..."
            row = f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {th_day(a.published)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views:,}</dd></dl>
<p>{intro}</p>
<p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม…</a></p>
</div></div>"""
            items.append(row)
            if k == 1 and j == 2:
                items.append(
                    f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="/news/{DELETED_ID}-pr{DELETED_ID}" itemprop="url">รายงานผลการตรวจติดตามกองทุนพัฒนาบทบาทสตรี (เฉพาะเจ้าหน้าที่)</a></h2></div>
<p class="readmore"><a class="btn btn-secondary" href="/news/{DELETED_ID}-pr{DELETED_ID}">ลงทะเบียนเพื่ออ่านเพิ่มเติม...</a></p></div></div>"""
                )
        pager = []
        if k > 0:
            pager.append(
                '<li class="page-item"><a aria-label="ไปหน้าแรก" href="/news" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            prev = "/news" if k == 1 else f"/news?start={(k - 1) * PER}"
            pager.append(
                f'<li class="page-item"><a aria-label="ไปหน้าก่อนหน้า" href="{prev}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        for p in range(len(self.pages)):
            href = "/news" if p == 0 else f"/news?start={p * PER}"
            if p == k:
                pager.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {p + 1}" href="#" class="page-link">{p + 1}</a></li>'
                )
            else:
                pager.append(
                    f'<li class="page-item"><a aria-label="ไปหน้า {p + 1}" href="{href}" class="page-link">{p + 1}</a></li>'
                )
        if k + 1 < len(self.pages):
            pager.append(
                f'<li class="page-item"><a aria-label="ไปหน้าถัดไป" href="/news?start={(k + 1) * PER}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            pager.append(
                f'<li class="page-item"><a aria-label="ไปหน้าสุดท้าย" href="/news?start={(len(self.pages) - 1) * PER}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
<div class="com-content-category-blog__items blog-items ">
{"".join(items)}
</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {len(self.pages)}</p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(pager)}</ul></nav>
</div></div></div>"""
        title = "ข่าวประชาสัมพันธ์" + ("" if k == 0 else f" - หน้า {k + 1}") + f" - {OFFICE}"
        return self.html_response(self.shell(title, content, view="category"))

    # ------------------------------------------------------------------ article
    def body_html(self, a, i) -> str:
        must = a.body_must()
        paras = a.paras
        out = []
        if a.extra["toc"]:
            entries = "".join(
                f'<li><a href="#p{n + 1}">{esc(" ".join(p.split(" ")[:2])[:28])}…</a></li>'
                for n, p in enumerate(paras)
                if n > 0
            )
            out.append(
                f'<div class="toc-box" style="border:1px solid #ccc;padding:8px;"><p><strong>{TOC}</strong></p><ul>{entries}</ul></div>'
            )
        last = len(paras) - 1
        mid = len(paras) // 2
        for n, p in enumerate(paras):
            if n == 0:
                text = split_word(p, must[0], "span")
            elif n == mid and len(must) > 1:
                text = split_word(p, must[1], "wbr" if i % 2 else "shy")
            else:
                text = esc(p)
            if n == last and n != mid:
                text = text.replace(" ", "&nbsp;&nbsp; ", 2)
            out.append(f'<p id="p{n + 1}">{text}</p>')
            if n == 0 and a.extra["fb"]:
                first = " ".join(p.split(" ")[:4])
                day = a.published + dt.timedelta(days=1)
                out.append(
                    f'<div class="fb-post" data-href="https://www.facebook.com/cddnan/posts/{a.id}0417" data-width="500" data-show-text="true"><blockquote cite="https://www.facebook.com/cddnan/posts/{a.id}0417" class="fb-xfbml-parse-ignore"><p>{esc(first)}</p>{FB_POSTED} <a href="https://www.facebook.com/cddnan">{OFFICE}</a> on&nbsp;<a href="https://www.facebook.com/cddnan/posts/{a.id}0417">{day.strftime("%A, %B")} {day.day}, {day.year}</a></blockquote></div>'
                )
            if n == 1 and a.extra["yt"]:
                out.append(
                    f'<p style="text-align: center;"><iframe width="560" height="315" src="https://www.youtube.com/embed/Xq{a.id}kP3" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe></p><p style="text-align: center;"><em>{YT_CAPTION} กิจกรรมของสำนักงานพัฒนาชุมชนจังหวัดน่าน</em></p>'
                )
        if a.source:
            out.append(
                f'<p style="text-align: right;"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            )
        return "\n".join(out)

    def render_article(self, a, base):
        i = self.articles.index(a)
        url = f"{base}{a.path}"
        enc = quote(url, safe="")
        older, newer = self.neighbours(a)
        toc_title = a.title if len(a.title) <= 50 else a.title[:47].rstrip() + "..."
        now = dt.datetime.now(TZ).replace(microsecond=0).isoformat()
        ld = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": OFFICE,
            "datePublished": "1970-01-01T07:00:00+07:00",
            "dateModified": now,
            "publisher": {"@type": "Organization", "name": OFFICE},
            "mainEntityOfPage": url,
        }
        head = f"""<meta name="description" content="{OFFICE}">
<meta property="og:site_name" content="{OFFICE}">
<meta property="og:type" content="article">
<meta property="og:title" content="{OFFICE}">
<meta property="og:url" content="{url}">
<meta property="article:published_time" content="{now}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<link href="{url}" rel="canonical">
"""
        tags = "".join(
            f'<li class="list-inline-item tag-{10 + TAGS.index(t)} tag-list{n}" itemprop="keywords"><a href="/news/tags/{quote(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
            for n, t in enumerate(a.tags)
        )
        nav = []
        if newer:
            nav.append(
                f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
            )
        if older:
            nav.append(
                f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            )
        related = "".join(
            f'<article class="related-item"><h4><a href="{x.path}">{esc(x.title)}</a></h4><time datetime="{x.published.isoformat()}">{th_day(x.published)}</time><p>{esc(x.paras[0][:90])}…</p></article>'
            for x in self.related(a)
        )
        comments = ""
        if i % 2 == 0:
            cs = []
            for n, (who, what) in enumerate(COMMENT_TEXTS[: 1 + i % 4 // 2]):
                d = a.published + dt.timedelta(days=1 + n, hours=3)
                cs.append(
                    f'<article class="comment" id="comment-{a.id}{n}"><header><strong class="comment-author">{esc(who)}</strong> <time datetime="{d.isoformat()}">{th_day(d)} {d:%H:%M}</time></header><p>{esc(what)}</p></article>'
                )
            comments = "".join(cs)
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="row">
<div class="col-lg-3 col-md-4 order-md-1 mb-4"><div class="sticky-top toc-wrapper" style="top: 20px;"><nav id="toc" data-toggle="toc" class="toc-container"><h5 class="toc-title">{esc(toc_title)}</h5></nav></div></div>
<div class="col-lg-9 col-md-8 order-md-2" data-toc-scope>
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="icons"><div class="btn-group float-end"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้" data-bs-toggle="dropdown" aria-expanded="false"><span class="icon-cog icon-fw" aria-hidden="true"></span></button><div class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ" class="dropdown-item" rel="nofollow">พิมพ์</a> <a href="/component/mailto/?tmpl=component&amp;link={a.id}" class="dropdown-item" rel="nofollow">อีเมล</a></div></div></div>
<ul class="tags list-inline">{tags}</ul>
<figure class="left item-image"><img src="/images/news/{a.id}/cover.jpg" alt="" itemprop="image" width="800" height="533" loading="lazy"></figure>
<div class="article-content" itemprop="articleBody">
{self.body_html(a, i)}
</div>
<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวดหมู่: <a href="/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {th_day(a.published)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views:,}</dd></dl>
<div class="share-bar">แชร์ : <a href="https://www.facebook.com/sharer/sharer.php?u={enc}">Facebook</a> <a href="https://twitter.com/intent/tweet?url={enc}">X</a> <a href="https://social-plugins.line.me/lineit/share?url={enc}">LINE</a></div>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">{"".join(nav)}</span></nav>
<section class="related-items"><h3>{RELATED}</h3>{related}</section>
<section class="comments"><h3>{COMMENTS} ({len(comments) and comments.count("<article")})</h3>{comments}<p class="comment-login">กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></section>
</div></div></div>"""
        return self.html_response(
            self.shell(f"{a.title} - {OFFICE}", content, head=head, view="article", itemid=112)
        )

    def render_deleted(self):
        content = f"""<div class="com-users-login login">
<div class="alert alert-warning">{LOGIN_MSG}</div>
<form action="/component/users/?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset><div class="control-group"><div class="control-label"><label for="username">ชื่อผู้ใช้</label></div><div class="controls"><input type="text" name="username" id="username" class="form-control" required></div></div>
<div class="control-group"><div class="control-label"><label for="password">รหัสผ่าน</label></div><div class="controls"><input type="password" name="password" id="password" class="form-control" required></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>"""
        return self.html_response(self.shell(f"เข้าสู่ระบบ - {OFFICE}", content, view="login"))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 301, {"Location": f"{base}/news"}, b""
        if path == "/news":
            start = qs1(query, "start", "0") or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.render_list(int(start) // PER)
        m = re.fullmatch(r"/news/(\d+)-pr(\d+)", path)
        if m and m[1] == m[2]:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if not a:
                return None
            if self.articles.index(a) == SLOW_INDEX:
                time.sleep(2.5)
            return self.render_article(a, base)
        return None

    def page_text(self, a) -> str:
        body = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", "", body)).replace("\u00ad", "")

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            older, newer = self.neighbours(a)
            must_not = [
                COOKIE,
                COUNTER,
                FOOTER,
                RELATED,
                LATEST,
                "ฮิต:",
                "เผยแพร่:",
                "แชร์ :",
                "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "หมวดหมู่:",
                "บทความก่อนหน้า",
                "บทความถัดไป",
            ]
            if a.extra["toc"]:
                must_not.append(TOC)
            if a.extra["fb"]:
                must_not.append(FB_POSTED)
            if a.extra["yt"]:
                must_not.append(YT_CAPTION)
            if i % 2 == 0:
                must_not += [w for _, w in COMMENT_TEXTS[: 1 + i % 4 // 2]]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in (older, newer) if x]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, modified=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = MokoCassiopeiaSite()

if __name__ == "__main__":
    main(SITE)
