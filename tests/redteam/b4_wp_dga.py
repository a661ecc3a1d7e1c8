"""Blind-4 red-team site: a department on WordPress with a DGA-style government web
template (WCAG tools bar), built blind.

What it imitates (facts about how such agency themes print, not their code):
- a tools bar before everything: "ข้ามไปยังเนื้อหาหลัก", "ขนาดตัวอักษร" ก- ก ก+,
  "การแสดงผล" สีปกติ / ขาวดำ / ดำ-เหลือง, a sitemap link, a Thai/English switch;
- `/archives/N` permalinks (WordPress "numeric" with the `archives` base), category archive
  `/archives/category/pr`, `/archives/category/pr/page/N` with numbered `page-numbers`
  and "ถัดไป »" / "« ก่อนหน้า";
- single: a page-title bar holding `h1.entry-title` and a breadcrumb ending in the headline
  (both outside `article`), then a meta row printed by the theme in Thai digits:
  "วันพุธที่ ๓ ตุลาคม พ.ศ. ๒๕๖๑ เวลา ๑๗.๐๘ น." (time only for some items), "จำนวนผู้เข้าชม
  ๘๗ ครั้ง", and "ปรับปรุงล่าสุด วันพฤหัสบดีที่ ๔ ตุลาคม พ.ศ. ๒๕๖๑" (date only, only when edited);
  no `<time>`, no SEO metas;
- `div.entry-content`: the text, "ข่าว/ภาพ : ..." sign-off for some, a captioned gallery and
  a "ข่าวที่เกี่ยวข้อง" list appended inside the content by the theme; then "แท็ก:" links,
  "พิมพ์" / "แชร์" bar, prev/next with titles, the Facebook comments plugin
  (`div.fb-comments`, "ความคิดเห็น"), "ข่าวล่าสุด" sidebar;
- the deleted item: 200 with "ไม่พบข้อมูล" / "ขออภัย ไม่พบข้อมูลที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b4_common import ensure_source, neighbours, thai_num, weekday_long_th

SITE_NAME = "กรมส่งเสริมสหกรณ์"
PER_PAGE = 9
SOURCES = ["กลุ่มประชาสัมพันธ์ กรมส่งเสริมสหกรณ์", "สำนักงานสหกรณ์จังหวัดเชียงราย", None]
DELETED = "/archives/9000"


def build() -> list[Article]:
    arts = make_articles(
        "b4_wp_dga", 24, start=dt.datetime(2018, 12, 21, 17, 30, tzinfo=TZ), offset=11
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 9100 + (n - i) * 13
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/archives/{a.id}"
    return arts


class DgaSite(BaseSite):
    key = "b4_wp_dga"
    family = "wordpress"
    imitates = "WordPress + DGA-style WCAG agency theme: tools bar, /archives/N, 'วันพุธที่ ๓ ตุลาคม พ.ศ. ๒๕๖๑ เวลา ๑๗.๐๘ น.', 'จำนวนผู้เข้าชม ๘๗ ครั้ง', related list inside content, FB comments"
    listing_path = "/archives/category/pr"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}/page/{k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, title, body_cls, content, crumbs_title):
        latest = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a><span class="date">{weekday_long_th(x.published, False)}</span></li>'
            for x in self.articles[:4]
        )
        crumbs = f'<a href="{base}/">หน้าหลัก</a> <span class="sep">»</span> <a href="{base}/archives/category/pr">ข่าวประชาสัมพันธ์</a>'
        if crumbs_title:
            crumbs += (
                f' <span class="sep">»</span> <span class="current">{esc(crumbs_title)}</span>'
            )
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {SITE_NAME}</title>
<link rel='stylesheet' id='dga-theme-style-css' href='{base}/wp-content/themes/dga-wcag/style.css?ver=2.1.3' media='all' />
<link rel='stylesheet' id='dga-contrast-css' href='{base}/wp-content/themes/dga-wcag/assets/css/contrast.css?ver=2.1.3' media='all' />
<meta name="generator" content="WordPress 6.2.2" />
</head>
<body class="{body_cls} wcag-theme font-normal contrast-normal">
<a class="skip-link screen-reader-text" href="#main-content">ข้ามไปยังเนื้อหาหลัก</a>
<div id="fb-root"></div>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js#xfbml=1&version=v17.0" nonce="a1b2c3"></script>
<div class="wcag-toolbar" role="toolbar" aria-label="เครื่องมือช่วยการเข้าถึง">
 <div class="container">
  <div class="tool-group font-size"><span class="tool-label">ขนาดตัวอักษร</span><button type="button" class="font-dec" aria-label="ลดขนาดตัวอักษร">ก-</button><button type="button" class="font-reset" aria-label="ขนาดตัวอักษรปกติ">ก</button><button type="button" class="font-inc" aria-label="เพิ่มขนาดตัวอักษร">ก+</button></div>
  <div class="tool-group contrast"><span class="tool-label">การแสดงผล</span><button type="button" data-contrast="normal">สีปกติ</button><button type="button" data-contrast="grayscale">ขาวดำ</button><button type="button" data-contrast="yellow">ดำ-เหลือง</button></div>
  <div class="tool-group links"><a href="{base}/sitemap">แผนผังเว็บไซต์</a> | <a href="{base}/?lang=th" lang="th">TH</a> | <a href="{base}/?lang=en" lang="en">EN</a></div>
 </div>
</div>
<header id="masthead" class="site-header"><div class="container"><a class="site-logo" href="{base}/"><img src="{base}/wp-content/uploads/2017/06/logo-cpd.png" alt="ตราสัญลักษณ์{SITE_NAME}"></a><div class="site-name"><p class="name-th">{SITE_NAME}</p><p class="name-en">Cooperative Promotion Department</p></div></div>
<nav id="site-navigation" class="main-navigation" aria-label="เมนูหลัก"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="{base}/">หน้าหลัก</a></li><li class="menu-item"><a href="{base}/about">เกี่ยวกับกรม</a></li><li class="menu-item current-menu-ancestor"><a href="{base}/archives/category/pr">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{base}/ita">ITA</a></li><li class="menu-item"><a href="{base}/contact">ติดต่อเรา</a></li></ul></nav>
</header>
<div class="page-title-bar"><div class="container">
 <h1 class="entry-title page-title">{esc(title)}</h1>
 <nav class="breadcrumb" aria-label="breadcrumb">{crumbs}</nav>
</div></div>
<div id="content" class="site-content"><div class="container"><div class="row">
<main id="main-content" class="site-main col-md-9" tabindex="-1">
{content}
</main>
<aside id="secondary" class="widget-area col-md-3"><section class="widget widget-latest-news"><h2 class="widget-title">ข่าวล่าสุด</h2><ul>{latest}</ul></section>
<section class="widget widget-banner"><a href="https://www.oic.go.th"><img src="{base}/wp-content/uploads/banner-oic.png" alt="ศูนย์ข้อมูลข่าวสารของราชการ"></a></section></aside>
</div></div></div>
<footer id="colophon" class="site-footer"><div class="container"><p>{SITE_NAME} 12 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพฯ 10100 โทร. 0 2628 5120</p>
<p class="policy"><a href="{base}/website-policy">นโยบายเว็บไซต์</a> | <a href="{base}/privacy-policy">นโยบายการคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="{base}/accessibility">นโยบายการเข้าถึง</a></p>
<p class="counter">จำนวนผู้เข้าชมเว็บไซต์ทั้งหมด {thai_num(1287345)} คน</p></div></footer>
</body>
</html>
"""

    def listing(self, base, n):
        if not 1 <= n <= len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n - 1]):
            items.append(f"""<article id="post-{a.id}" class="news-item post-{a.id} post type-post status-publish hentry category-pr">
 <a class="thumb" href="{base}{a.path}"><img src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-300x200.jpg" alt="{esc(a.title)}"></a>
 <h2 class="news-title"><a href="{base}{a.path}" rel="bookmark">{esc(a.title)}</a></h2>
 <p class="news-date">{weekday_long_th(a.published, False)}</p>
</article>""")
            if n == 2 and k == 4:
                items.append(f"""<article id="post-9000" class="news-item post-9000 post type-post status-publish hentry category-pr">
 <h2 class="news-title"><a href="{base}{DELETED}" rel="bookmark">ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน</a></h2>
 <p class="news-date">{thai_digits("วันจันทร์ที่ 12 พฤศจิกายน พ.ศ. 2561")}</p>
</article>""")
        last = len(self.pages)

        def href(k):
            return f"{base}{self.listing_path}" if k == 1 else f"{base}{self.listing_path}/page/{k}"

        pg = []
        if n > 1:
            pg.append(f'<a class="prev page-numbers" href="{href(n - 1)}">« ก่อนหน้า</a>')
        for k in range(1, last + 1):
            pg.append(
                f'<span aria-current="page" class="page-numbers current">{k}</span>'
                if k == n
                else f'<a class="page-numbers" href="{href(k)}">{k}</a>'
            )
        if n < last:
            pg.append(f'<a class="next page-numbers" href="{href(n + 1)}">ถัดไป »</a>')
        content = f"""<div class="news-archive">{chr(10).join(items)}</div>
<nav class="navigation pagination" aria-label="แบ่งหน้า"><h2 class="screen-reader-text">แบ่งหน้า</h2><div class="nav-links">{"".join(pg)}</div></nav>"""
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", "archive category category-pr", content, None)
        )

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def single(self, base, a: Article):
        older, newer = neighbours(self.articles, a)
        meta = f'<span class="meta-date"><i class="fa fa-calendar" aria-hidden="true"></i> {weekday_long_th(a.published, a.time_printed)}</span>'
        meta += f' <span class="meta-views"><i class="fa fa-eye" aria-hidden="true"></i> จำนวนผู้เข้าชม {thai_num(a.views)} ครั้ง</span>'
        if a.modified:
            meta += f' <span class="meta-updated">ปรับปรุงล่าสุด {weekday_long_th(a.modified, False)}</span>'
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p>ข่าว/ภาพ : {esc(a.source)}</p>"
        gallery = "".join(
            f'<figure class="gallery-item"><div class="gallery-icon landscape"><a href="{base}/wp-content/uploads/{a.id}-{g}.jpg"><img src="{base}/wp-content/uploads/{a.id}-{g}-150x150.jpg" alt=""></a></div><figcaption class="wp-caption-text gallery-caption">ภาพกิจกรรมที่ {thai_digits(g)}</figcaption></figure>'
            for g in (1, 2, 3)
        )
        related = "".join(
            f'<li><a href="{base}{r.path}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags"><span class="tags-label">แท็ก:</span> '
                + ", ".join(
                    f'<a href="{base}/archives/tag/{esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        nav = '<nav class="navigation post-navigation" aria-label="เรื่อง"><div class="nav-links">'
        if older:
            nav += f'<div class="nav-previous"><a href="{base}{older.path}" rel="prev"><span class="nav-label">« ข่าวก่อนหน้า</span> {esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{base}{newer.path}" rel="next"><span class="nav-label">ข่าวถัดไป »</span> {esc(newer.title)}</a></div>'
        nav += "</div></nav>"
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-pr">
<div class="entry-meta">{meta}</div>
<div class="entry-content">
{text}
<div id="gallery-1" class="gallery galleryid-{a.id} gallery-columns-3 gallery-size-thumbnail">{gallery}</div>
<div class="related-news"><h3 class="related-title">ข่าวที่เกี่ยวข้อง</h3><ul>{related}</ul></div>
</div>
{tags}
<div class="share-bar"><span class="share-label">แชร์</span> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={base}{a.path}" target="_blank" rel="noopener">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" target="_blank" rel="noopener">LINE</a> <a class="print" href="javascript:window.print()">พิมพ์</a></div>
{nav}
<section class="fb-comment-box"><h3>ความคิดเห็น</h3><div class="fb-comments" data-href="{base}{a.path}" data-width="100%" data-numposts="5"></div></section>
</article>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                f"post-template-default single single-post postid-{a.id}",
                content,
                a.title,
            )
        )

    def deleted(self, base):
        content = """<article class="post-0 no-results not-found"><div class="entry-content"><p class="no-data">ขออภัย ไม่พบข้อมูลที่ท่านต้องการ</p></div></article>"""
        return self.html_response(
            self.shell(base, "ไม่พบข้อมูล", "single single-post", content, "ไม่พบข้อมูล")
        )

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + self.listing_path}, b""
        if p == self.listing_path:
            return self.listing(base, 1)
        if p.startswith(self.listing_path + "/page/"):
            try:
                return self.listing(base, int(p.rsplit("/", 1)[1]))
            except ValueError:
                return None
        if p in self.by_path:
            return self.single(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ข้ามไปยังเนื้อหาหลัก",
                "ขนาดตัวอักษร",
                "สีปกติ",
                "จำนวนผู้เข้าชม",
                weekday_long_th(a.published, a.time_printed),
                "ปรับปรุงล่าสุด",
                "ภาพกิจกรรมที่",
                "ข่าวที่เกี่ยวข้อง",
                "แท็ก:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ความคิดเห็น",
                "ข่าวล่าสุด",
                "นโยบายเว็บไซต์",
            ]
            must_not += [r.title for r in self.related(a)] + [x.title for x in (older, newer) if x]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = DgaSite()

if __name__ == "__main__":
    main(SITE)
