"""Blind-14 red-team site: **Craft CMS 4** (Twig templates, a `news` channel whose body is a
**Matrix** field), a ministry department (กรมการท่องเที่ยว), built blind.

What it imitates:
- entry URLs `/news/<slug>` with Craft's **Thai slugs** (auto-slugs not limited to ASCII:
  quotes and brackets dropped, every other run of non-letters to one hyphen, Thai vowels and
  tone marks kept, the whole headline), printed raw (UTF-8) in `href`;
- the channel index `/news`, then `/news/p2`, `/news/p3` (Craft's `{% paginate %}` with the
  default `pageTrigger` "p": **path pagination**), **next-only**: a single "ข่าวเก่ากว่า →"
  link, no numbers, no previous; cards dated `|date('medium')` under the en-US site locale
  ("Feb 16, 2024": **English, month first**);
- the **same `<title>`** on every page (the layout prints `{{ siteName }}` only:
  "กรมการท่องเที่ยว Department of Tourism");
- the headline **not in a heading**: a `<p class="hero__title">` over the hero image, after a
  `<p class="hero__kicker">ข่าวประชาสัมพันธ์</p>` (the page's only `h1` is the logo text);
- the visible date a **relative time** from the Blitz static-cache moment ("เผยแพร่ 3 สัปดาห์
  ที่แล้ว", `<time>` without a datetime attribute; Blitz's comment at the end of the page names
  the cache moment); the exact dates **only in the hand-written JSON-LD** `NewsArticle`
  (`datePublished` = `postDate|atom`, `dateModified` = `dateUpdated|atom`, **every** entry);
- the Matrix blocks in `div.entry-body`: text blocks, an image block with "ภาพ: …" caption, a
  "อ่านข่าวที่เกี่ยวข้อง" related-entries block (two titles), a downloads block "ไฟล์แนบ", and for
  some a "ข้อมูลข่าว" block with the **labelled field** "หน่วยงานเจ้าของข่าว: <office>";
- after the body the tags "หัวข้อ:", a share row "แชร์", "ข่าวแนะนำ" cards, the footer with the
  DGA/ITA links and a cookie banner; no view counts;
- a disabled entry's slug, linked from page 2, answers 200 with the template's "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ._common import TZ, esc, main
from .b14_common import B9Site, build, record, relative_th, us_short

SITE_NAME = "กรมการท่องเที่ยว Department of Tourism"
OFFICE = "กรมการท่องเที่ยว"
SOURCES = ["กองพัฒนาแหล่งท่องเที่ยว", None, "กองมาตรฐานสินค้าและบริการท่องเที่ยว", None, None]
NOW = dt.datetime(2024, 6, 3, 9, 0, tzinfo=TZ)
DELETED_TITLE = "ประชาสัมพันธ์ผลการคัดเลือกผู้ประกอบการท่องเที่ยวเข้าร่วมโครงการ ฉบับร่าง"


def slugify(title: str) -> str:
    """Craft 4's ElementHelper::generateSlug: quotes and brackets dropped, then split at
    anything that is not a letter, digit or mark (Thai vowels and tone marks are kept)."""
    title = re.sub(r"['\"‘’“”\[\](){}:]", "", title)
    words = [w for w in re.split(r"[^\w\u0e00-\u0e7f]+", title) if w]
    return "-".join(words).lower()


DELETED = "/news/" + slugify(DELETED_TITLE)


class CraftSite(B9Site):
    key = "b14_craft_matrix"
    family = "generic"
    imitates = "Craft CMS 4 (Twig, Matrix body): /news/<Thai slug>, /news/p2 path pagination next-only, same <title> everywhere, headline in p.hero__title, relative visible dates with exact dates only in JSON-LD (datePublished/dateModified on every entry), cards 'Feb 16, 2024' (en-US month first), 'หน่วยงานเจ้าของข่าว:' labelled field for some, related/downloads Matrix blocks inside the body"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 141, SOURCES, dt.datetime(2024, 5, 31, 17, 0), first_id=3300, step=7
        )
        for a in self.articles:
            a.path = "/news/" + slugify(a.title)
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news/p{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, inner, jsonld=""):
        return f"""<!DOCTYPE html>
<html lang="th-TH">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{esc(SITE_NAME)}</title>
  <link rel="stylesheet" href="/dist/css/app.8c1f2d.css">
  {jsonld}
</head>
<body class="ltr">
<a href="#main" class="skip-link">ข้ามไปยังเนื้อหา</a>
<header class="site-header">
  <div class="site-header__top container"><ul class="a11y-tools"><li><button data-font="down" aria-label="ลดขนาดตัวอักษร">A-</button></li><li><button data-font="reset">A</button></li><li><button data-font="up" aria-label="เพิ่มขนาดตัวอักษร">A+</button></li><li><button data-contrast="high">โหมดความคมชัดสูง</button></li></ul><ul class="lang-switch"><li><a href="/news" aria-current="true">TH</a></li><li><a href="/en/news">EN</a></li></ul></div>
  <div class="site-header__main container"><a class="site-logo" href="/"><img src="/assets/img/logo-dot.svg" alt=""><h1 class="site-logo__text">{OFFICE}</h1></a>
  <nav class="site-nav" aria-label="เมนูหลัก"><ul><li><a href="/about">เกี่ยวกับกรม</a></li><li><a href="/news" class="is-active">ข่าวสาร</a></li><li><a href="/standards">มาตรฐานการท่องเที่ยว</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
</header>
<main id="main">
{inner}
</main>
<footer class="site-footer"><div class="container"><div class="site-footer__cols"><div><p class="site-footer__name">{OFFICE}</p><p>เลขที่ 4 ถนนราชดำเนินนอก แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร. 0 2141 3100</p></div><div><ul><li><a href="/ita">การประเมินคุณธรรมและความโปร่งใส (ITA)</a></li><li><a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/sitemap">แผนผังเว็บไซต์</a></li></ul></div></div><p class="site-footer__copy">© 2024 {OFFICE} · Powered by Craft CMS</p></div></footer>
<div class="cookie-consent" data-cookie-consent hidden><p>เว็บไซต์นี้ใช้คุกกี้เพื่อการวิเคราะห์และปรับปรุงการให้บริการ</p><button type="button" data-accept>ยอมรับคุกกี้</button><a href="/privacy">อ่านเพิ่มเติม</a></div>
<script src="/dist/js/app.3b9e0a.js" defer></script>
</body>
</html>
<!-- Cached by Blitz on {NOW.isoformat()} -->"""

    def listing(self, k):
        rows = [(a.path, a.title, a.published) for a in self.pages[k]]
        if k == 1:
            rows.insert(4, (DELETED, DELETED_TITLE, dt.datetime(2024, 3, 1, 10, 0, tzinfo=TZ)))
        cards = "".join(
            f'<article class="card card--news"><a class="card__link" href="{path}"><div class="card__media"><img src="/uploads/news/_card/{i}-{k}.jpg" alt="" loading="lazy"></div><div class="card__body"><p class="card__date">{us_short(d)}</p><h2 class="card__title">{esc(title)}</h2></div></a></article>'
            for i, (path, title, d) in enumerate(rows)
        )
        nxt = (
            f'<a class="btn btn--outline pager__next" href="{self.page_url(k + 1)}">ข่าวเก่ากว่า →</a>'
            if k < len(self.pages) - 1
            else ""
        )
        inner = f'<section class="page-intro container"><p class="page-intro__kicker">ข่าวสาร</p><h2 class="page-intro__title">ข่าวประชาสัมพันธ์</h2></section><section class="news-grid container">{cards}</section><nav class="pager container" aria-label="หน้าข่าว">{nxt}</nav>'
        return self.shell(inner)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + j) % len(self.articles)] for j in (4, 8)]

    def recommended(self, a):
        return [x for x in self.articles[:4] if x is not a][:3]

    def jsonld(self, a):
        doc = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": a.title,
            "image": [f"/uploads/news/{a.id}.jpg"],
            "datePublished": a.published.isoformat(),
            "dateModified": a.modified.isoformat(),
            "author": {"@type": "Organization", "name": OFFICE},
            "publisher": {
                "@type": "GovernmentOrganization",
                "name": OFFICE,
                "logo": {"@type": "ImageObject", "url": "/assets/img/logo-dot.png"},
            },
        }
        return (
            '<script type="application/ld+json">'
            + json.dumps(doc, ensure_ascii=False).replace("/", "\\/")
            + "</script>"
        )

    def detail(self, a):
        p = a.paras
        cut = 2 if len(p) > 3 else 1
        blocks = [
            f'<div class="matrix-block matrix-block--text"><div class="rich-text">{"".join(f"<p>{esc(x)}</p>" for x in p[:cut])}</div></div>'
        ]
        blocks.append(
            f'<div class="matrix-block matrix-block--image"><figure><img src="/uploads/news/_wide/{a.id}-2.jpg" alt="" loading="lazy"><figcaption>ภาพ: กองประชาสัมพันธ์ {OFFICE}</figcaption></figure></div>'
        )
        rel = self.related(a)
        mid = cut + (len(p) - cut) // 2
        blocks.append(
            f'<div class="matrix-block matrix-block--text"><div class="rich-text">{"".join(f"<p>{esc(x)}</p>" for x in p[cut:mid])}</div></div>'
        )
        blocks.append(
            '<div class="matrix-block matrix-block--relatedEntries"><h3 class="block-title">อ่านข่าวที่เกี่ยวข้อง</h3><ul>'
            + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel)
            + "</ul></div>"
        )
        blocks.append(
            f'<div class="matrix-block matrix-block--text"><div class="rich-text">{"".join(f"<p>{esc(x)}</p>" for x in p[mid:])}</div></div>'
        )
        blocks.append(
            f'<div class="matrix-block matrix-block--downloads"><h3 class="block-title">ไฟล์แนบ</h3><ul class="downloads"><li><a href="/uploads/files/news-{a.id}.pdf" download>เอกสารประกอบข่าว.pdf</a> <span class="file-meta">PDF · 418 KB</span></li></ul></div>'
        )
        if a.source:
            blocks.append(
                f'<div class="matrix-block matrix-block--newsInfo"><h3 class="block-title">ข้อมูลข่าว</h3><dl class="news-info"><dt>หน่วยงานเจ้าของข่าว:</dt><dd>{esc(a.source)}</dd></dl></div>'
            )
        tags = ""
        if a.tags:
            tags = (
                '<div class="entry-tags"><span class="entry-tags__label">หัวข้อ:</span> '
                + " ".join(
                    f'<a class="tag" href="/news/tag/{esc(t)}">#{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        rec = "".join(
            f'<article class="card card--news"><a class="card__link" href="{x.path}"><div class="card__body"><p class="card__date">{us_short(x.published)}</p><h3 class="card__title">{esc(x.title)}</h3></div></a></article>'
            for x in self.recommended(a)
        )
        inner = f"""<article class="entry entry--news">
<div class="hero"><img class="hero__img" src="/uploads/news/{a.id}.jpg" alt=""><div class="hero__caption container"><p class="hero__kicker">ข่าวประชาสัมพันธ์</p><p class="hero__title">{esc(a.title)}</p><p class="hero__meta">เผยแพร่ <time>{relative_th(a.published, NOW)}</time> · โดย {OFFICE}</p></div></div>
<nav class="breadcrumbs container" aria-label="breadcrumb"><ol><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวสาร</a></li><li aria-current="page">รายละเอียดข่าว</li></ol></nav>
<div class="entry-body container">
{"".join(blocks)}
</div>
<div class="entry-footer container">{tags}<div class="share"><span>แชร์</span><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" rel="noopener">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank" rel="noopener">LINE</a><button type="button" data-copy>คัดลอกลิงก์</button></div></div>
</article>
<section class="recommended container"><h2 class="section-title">ข่าวแนะนำ</h2><div class="news-grid">{rec}</div></section>"""
        return self.shell(inner, self.jsonld(a))

    def deleted(self):
        inner = '<section class="empty-state container"><h2>ไม่พบข้อมูล</h2><p>ข่าวที่ท่านต้องการอาจถูกลบหรือยังไม่เผยแพร่</p><p><a class="btn" href="/news">กลับไปหน้าข่าวสาร</a></p></section>'
        return self.shell(inner)

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            rec = self.recommended(a)
            must_not = [
                f"ภาพ: กองประชาสัมพันธ์ {OFFICE}",
                "อ่านข่าวที่เกี่ยวข้อง",
                rel[0].title,
                rel[1].title,
                "ไฟล์แนบ",
                "เอกสารประกอบข่าว.pdf",
                "PDF · 418 KB",
                "ข้อมูลข่าว",
                "หน่วยงานเจ้าของข่าว:",
                "หัวข้อ:",
                "คัดลอกลิงก์",
                "ข่าวแนะนำ",
                rec[-1].title,
                relative_th(a.published, NOW),
                "โหมดความคมชัดสูง",
                "เว็บไซต์นี้ใช้คุกกี้",
                "Department of Tourism",
            ]
            out.append(record(self, a, must_not, published_time=True, views=False))
        return out


SITE = CraftSite()

if __name__ == "__main__":
    main(SITE)
