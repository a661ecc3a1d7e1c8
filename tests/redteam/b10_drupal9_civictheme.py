"""Blind-10 red-team site: Drupal 9 + a CivicTheme (the GovCMS design system) sub-theme,
adapted by a provincial digital-economy office, built blind.

What it imitates:
- CivicTheme components: `ct-header`, `ct-navigation`, `ct-banner` holding the breadcrumb
  (ending in the headline) and the headline `h1.ct-banner__title`, `ct-basic-content`,
  `ct-tag-list`, `ct-social-links`, `ct-next-step`, `ct-side-navigation`, `ct-footer`;
- nodes at `/news/<nid>` (pathauto `news/[node:nid]`);
- the date line "เผยแพร่เมื่อ" with `time[datetime=…Z]` (Drupal prints the attribute in
  **UTC**) whose text is core's *medium* format localised to Thai: "พฤ., 15/02/2024 - 10:30"
  (abbreviated Thai weekday, day/month, **CE**, time);
- the body in `ct-basic-content` with a CKEditor 5 media `figure` and its caption in the
  middle, the field "ที่มา" (for some) as a labelled field after the body, tags
  "ป้ายกำกับ", share "แชร์หน้านี้", a "ขั้นตอนถัดไป" next-step panel, and CivicTheme's
  `ct-page__last-updated` "ปรับปรุงล่าสุด: 20/02/2024 - 14:05" on **every** node (the
  changed time; equal to the publication for never-edited nodes);
- no view counter (statistics module off);
- the listing `/news`, a View with Drupal's **mini pager** only (`?page=1` query-only hrefs,
  "‹‹" / "หน้า 2" / "››", no numbers, 0-based) and `ct-promo-card`-like teasers with the
  date "15/02/2024";
- the deleted node was archived through content moderation: its banner and a "เนื้อหานี้ถูก
  เก็บถาวรแล้ว" message, no body (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b10_common import UTC, B9Site, build, neighbours, record

OFFICE = "สำนักงานดิจิทัลเพื่อเศรษฐกิจและสังคมจังหวัดเชียงราย"
SOURCES = [None, "กลุ่มงานส่งเสริมเศรษฐกิจดิจิทัล", None, "สำนักงานสถิติจังหวัดเชียงราย", None, None]
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_NID = 1309


def medium(d: dt.datetime) -> str:
    return (
        f"{WD_ABBR[d.weekday()]}, {d.day:02d}/{d.month:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"
    )


def zstamp(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class CivicSite(B9Site):
    key = "b10_drupal9_civictheme"
    family = "drupal"
    imitates = "Drupal 9 + CivicTheme (GovCMS design system) sub-theme: /news/<nid>, ct-banner with breadcrumb and h1.ct-banner__title, 'เผยแพร่เมื่อ' time[datetime=…Z] (UTC) with Thai medium format 'พฤ., 15/02/2024 - 10:30' (CE), ct-basic-content with media caption, 'ที่มา' field, tags, share, next-step panel, 'ปรับปรุงล่าสุด' on every node; Views mini pager /news?page=N (0-based, no numbers); deleted = archived node message (200)"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 15, SOURCES, dt.datetime(2024, 12, 1, 16, 0), first_id=1300, step=2
        )
        for a in self.articles:
            a.path = f"/news/{a.id}"
            a.views = None
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [f"/news/{DELETED_NID}"]

    def shell(self, title, banner, content):
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | {OFFICE}</title>
<link rel="stylesheet" media="all" href="/themes/custom/civic_cri/dist/styles.css?s2k1ab" />
</head>
<body class="ct-theme-light path-node page-node-type-civictheme-page">
<a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<header class="ct-header ct-theme-light"><div class="ct-header__top"><div class="container"><ul class="ct-link-list"><li><a href="/contact" class="ct-link">ติดต่อเรา</a></li><li><a href="/sitemap" class="ct-link">แผนผังเว็บไซต์</a></li></ul></div></div>
<div class="ct-header__middle"><div class="container"><div class="ct-logo"><a href="/"><img src="/sites/default/files/logo.svg" alt="{OFFICE}"></a></div>
<nav class="ct-primary-navigation" aria-label="เมนูหลัก"><ul class="ct-menu"><li class="ct-menu__item"><a href="/" class="ct-link">หน้าแรก</a></li><li class="ct-menu__item ct-menu__item--active-trail"><a href="/news" class="ct-link">ข่าวสาร</a></li><li class="ct-menu__item"><a href="/services" class="ct-link">บริการ</a></li><li class="ct-menu__item"><a href="/ita" class="ct-link">ITA</a></li></ul></nav></div></div></header>
{banner}
<main class="ct-layout ct-theme-light" id="main-content" role="main"><div class="container"><div class="row">
<aside class="ct-layout__sidebar col-m-3"><nav class="ct-side-navigation" aria-label="เมนูข่าวสาร"><h2 class="ct-side-navigation__title">ข่าวสาร</h2><ul class="ct-menu"><li><a href="/news" class="ct-link">ข่าวประชาสัมพันธ์</a></li><li><a href="/announcements" class="ct-link">ประกาศ</a></li><li><a href="/procurement" class="ct-link">จัดซื้อจัดจ้าง</a></li></ul></nav></aside>
<div class="ct-layout__main col-m-9">
<div data-drupal-messages-fallback class="hidden"></div>
{content}
</div></div></div></main>
<footer class="ct-footer ct-theme-dark"><div class="container"><div class="ct-footer__acknowledgement">{OFFICE} ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง อำเภอเมืองเชียงราย 57000</div><div class="ct-footer__copyright">© 2024 {OFFICE}</div></div></footer>
</div>
</body>
</html>"""

    def banner(self, title, crumbs):
        items = "".join(
            f'<li class="ct-breadcrumb__links__item"><a href="{h}" class="ct-link">{esc(t)}</a></li>'
            for h, t in crumbs
        )
        return f"""<div class="ct-banner ct-theme-dark ct-banner--decorative"><div class="ct-banner__inner"><div class="container">
<nav class="ct-breadcrumb" aria-label="เส้นทาง"><ul class="ct-breadcrumb__links">{items}<li class="ct-breadcrumb__links__item ct-breadcrumb__links__item--active">{esc(title)}</li></ul></nav>
<h1 class="ct-banner__title">{esc(title)}</h1></div></div></div>"""

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.teaser(a.path, a.title, a.published, a.paras[0][:130]))
            if k == 1 and j == 2:
                cards.append(
                    self.teaser(
                        self.deleted_paths()[0],
                        "ประกาศรับสมัครอาสาสมัครดิจิทัลชุมชน (อสด.) รุ่นที่ 3",
                        dt.datetime(2024, 9, 2, 9, 0, tzinfo=UTC),
                        "ประกาศรับสมัคร",
                    )
                )
        n = len(self.pages)
        pager = '<nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pager__items js-pager__items">'
        if k:
            pager += f'<li class="pager__item pager__item--previous"><a href="?page={k - 1}" title="ไปยังหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
        pager += f'<li class="pager__item is-active">หน้า {k + 1}</li>'
        if k < n - 1:
            pager += f'<li class="pager__item pager__item--next"><a href="?page={k + 1}" title="ไปยังหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
        pager += "</ul></nav>"
        content = f"""<div class="views-element-container"><div class="view view-civictheme-listing view-id-news view-display-id-page_1">
<div class="ct-list"><div class="ct-list__rows">{"".join(cards)}</div></div>
{pager}
</div></div>"""
        return self.shell("ข่าวสาร", self.banner("ข่าวสาร", [("/", "หน้าแรก")]), content)

    def teaser(self, path, title, d, summary):
        return f"""<div class="ct-promo-card ct-theme-light"><div class="ct-promo-card__content"><div class="ct-promo-card__date">{d.day:02d}/{d.month:02d}/{d.year}</div><div class="ct-promo-card__title"><a href="{path}" class="ct-link">{esc(title)}</a></div><div class="ct-promo-card__summary">{esc(summary)}…</div></div></div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            2,
            f'<figure role="group" class="caption caption-drupal-media align-center"><div class="ct-image"><img src="/sites/default/files/styles/civictheme_image/public/2024-0{a.id % 9 + 1}/news-{a.id}.jpg" alt="ภาพประกอบข่าว" /></div><figcaption>ภาพประกอบ: {OFFICE}</figcaption></figure>',
        )
        src = (
            f'<div class="ct-field ct-field--source"><div class="ct-field__label">ที่มา</div><div class="ct-field__value">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        tags = (
            (
                '<div class="ct-tag-list"><div class="ct-tag-list__title">ป้ายกำกับ</div><ul class="ct-tag-list__list">'
                + "".join(
                    f'<li><a href="/taxonomy/term/{20 + i}" class="ct-tag ct-tag--secondary">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul></div>"
            )
            if a.tags
            else ""
        )
        nxt = older or newer
        m = a.modified
        content = f"""<article class="node node--type-civictheme-page node--view-mode-full">
<div class="ct-page__meta"><span class="ct-page__meta__label">เผยแพร่เมื่อ</span> <time datetime="{zstamp(a.published)}">{medium(a.published)}</time></div>
<div class="ct-basic-content ct-theme-light">
{"".join(paras)}
</div>
{src}
{tags}
<div class="ct-social-links ct-theme-light"><span class="ct-social-links__title">แชร์หน้านี้</span><ul><li><a href="https://www.facebook.com/sharer/sharer.php?u=https://chiangrai.mdes.go.th{a.path}" class="ct-button" title="Facebook">Facebook</a></li><li><a href="https://social-plugins.line.me/lineit/share?url=https://chiangrai.mdes.go.th{a.path}" class="ct-button" title="LINE">LINE</a></li></ul></div>
<div class="ct-next-step ct-theme-light"><div class="ct-next-step__content"><div class="ct-next-step__title"><a href="{nxt.path}">ขั้นตอนถัดไป: อ่านข่าว {esc(nxt.title)}</a></div></div></div>
<div class="ct-page__last-updated">ปรับปรุงล่าสุด: {m.day:02d}/{m.month:02d}/{m.year} - {m.hour:02d}:{m.minute:02d}</div>
</article>"""
        return self.shell(
            a.title, self.banner(a.title, [("/", "หน้าแรก"), ("/news", "ข่าวสาร")]), content
        )

    def deleted(self):
        title = "ประกาศรับสมัครอาสาสมัครดิจิทัลชุมชน (อสด.) รุ่นที่ 3"
        content = """<div class="ct-message ct-message--information" role="status"><div class="ct-message__title">ข้อมูล</div><div class="ct-message__content">เนื้อหานี้ถูกเก็บถาวรแล้ว</div></div><article class="node node--type-civictheme-page node--unpublished"><div class="ct-basic-content ct-theme-light"></div></article>"""
        return self.shell(
            title, self.banner(title, [("/", "หน้าแรก"), ("/news", "ข่าวสาร")]), content
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            nxt = older or newer
            must_not = [
                "เผยแพร่เมื่อ",
                medium(a.published),
                "ภาพประกอบ:",
                "ป้ายกำกับ",
                "แชร์หน้านี้",
                "ขั้นตอนถัดไป",
                nxt.title,
                "ปรับปรุงล่าสุด",
                "ข้ามไปยังเนื้อหาหลัก",
                "แผนผังเว็บไซต์",
                "ศาลากลางจังหวัดเชียงราย",
            ]
            out.append(record(self, a, must_not, published_time=True, views=False))
        return out


SITE = CivicSite()

if __name__ == "__main__":
    main(SITE)
