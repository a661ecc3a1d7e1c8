"""Blind-21 red-team site: a ministry department portal (กรมส่งเสริมการเรียนรู้) on
**ProcessWire 3 with a UIkit 3 front end** (the "regular" site profile's `_main.php` /
`_uikit.php` approach, themed by a local vendor), built blind.

What it imitates:
- ProcessWire's URL scheme: the news parent `/news/` with **page-number URL segments**
  (`/news/page2`, `/news/page3`: MarkupPagerNav with UIkit classes, `<link rel="prev/next">` in
  the head) and children named from their Thai titles (`$config->pageNameCharset = 'UTF8'`:
  `/news/<thai-words-with-hyphens>/`, raw UTF-8 in the hrefs); `X-Powered-By: ProcessWire CMS`,
  assets under `/site/templates/` and `/site/assets/files/<page id>/`;
- the page: a `uk-section` hero whose `h1` is the section "ข่าวประชาสัมพันธ์" and a
  `uk-breadcrumb` ending in the **full headline**; SeoMaestro's `<title>` **cut at 60
  characters with "…"**; in `article.uk-article`: the meta line first (`span.news-date`
  "วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗" — **Thai digits, BE** — and, in a separate
  `span.news-time`, "เวลา ๑๐.๓๐ น." only for items whose time was entered; "เข้าชม ๑,๒๓๔ ครั้ง"
  in Thai digits), then the **headline as `h2.uk-article-title`**, a font-size / print tool,
  an optional cover figure with caption, the text, a right-aligned credit line ("ข่าว :",
  "ภาพ/ข่าว :" or "เรียบเรียง :" + office, some items), "เอกสารแนบ" (some), an activity
  gallery (some), "แท็ก" labels, "ปรับปรุงข้อมูลล่าสุด ๒๐ ก.พ. ๒๕๖๗ ๑๔.๐๕ น." (edited items
  only), the share bar ("แชร์ข่าวนี้", "คัดลอกลิงก์") and the "ข่าวที่เกี่ยวข้อง" cards and the
  previous/next links with titles — **all inside the article container**;
- a sidebar ("ข่าวล่าสุด", "หมวดหมู่ข่าว"), a footer with a visitor counter, PrivacyWire's
  cookie banner;
- the deleted item: the developer's template checks a "ยกเลิกการเผยแพร่" checkbox and prints
  the shell with the alert "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS_ABBR, be, esc, iso, main, thai_digits
from .b21c_common import (
    B9Site,
    build,
    neighbours,
    record,
    th_abbr_be,
    th_hm,
    th_num,
    th_weekday_long,
)

SITE_NAME = "กรมส่งเสริมการเรียนรู้"
CREDITS = [
    ("ข่าว", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    None,
    ("ภาพ/ข่าว", "สำนักงานส่งเสริมการเรียนรู้จังหวัดอุบลราชธานี"),
    None,
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว", "กองพัฒนาการส่งเสริมการเรียนรู้"),
    None,
]
CATEGORIES = ["ข่าวผู้บริหาร", "ข่าวกิจกรรม", "ข่าวจากภูมิภาค"]
DELETED_NAME = "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว-ตำแหน่งครูอาสาสมัคร"
DELETED = f"/news/{DELETED_NAME}/"


def pw_name(title: str) -> str:
    """ProcessWire's UTF8 page name from a title: punctuation dropped, runs of anything else
    than letters/digits become one hyphen, lower case, cut at 70 characters."""
    s = re.sub(r"[^\w\u0e00-\u0e7f]+", "-", title.lower()).strip("-_")
    return s[:70].rstrip("-")


def short_be(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๖๗' (the cards)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def seo_title(title: str) -> str:
    return title if len(title) <= 60 else title[:59].rstrip() + "…"


class ProcessWireUikitSite(B9Site):
    key = "b21_processwire_uikit"
    family = "generic"
    imitates = (
        "ProcessWire 3 + UIkit 3 ministry department portal: /news/ with page-number segments "
        "/news/page2 (MarkupPagerNav, uk-pagination), UTF8 Thai page names; hero h1 = section, "
        "breadcrumb ends in the full headline, <title> cut at 60 chars; meta line before the "
        "h2.uk-article-title: 'วันพฤหัสบดีที่ ๑๕ กุมภาพันธ์ ๒๕๖๗' + separate 'เวลา ๑๐.๓๐ น.' (some), "
        "'เข้าชม ๑,๒๓๔ ครั้ง'; credit line ข่าว/ภาพ/ข่าว/เรียบเรียง, attachments, gallery, tags, "
        "'ปรับปรุงข้อมูลล่าสุด' (edited), share bar, related cards and prev/next inside the "
        "article; deleted = 'ไม่พบข้อมูล' alert (200)"
    )
    listing_path = "/news/"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 23, 56, dt.datetime(2024, 3, 8, 17, 30), first_id=2051, step=3
        )
        for i, a in enumerate(self.articles):
            credit = CREDITS[i % len(CREDITS)]
            a.source = credit[1] if credit else None
            a.extra["label"] = credit[0] if credit else None
            a.extra["category"] = CATEGORIES[i % len(CATEGORIES)]
            a.extra["cover"] = i % 4 != 3
            a.extra["attachment"] = i % 6 == 1
            a.extra["gallery"] = i % 5 == 0
            a.path = f"/news/{pw_name(a.title)}/"
        self.setup_routes()
        assert DELETED not in self.by_path

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/page{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return "User-agent: *\nDisallow: /processwire/\nDisallow: /site/assets/cache/\nSitemap: /sitemap.xml\n"

    def html_response(self, text, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers["X-Powered-By"] = "ProcessWire CMS"
        return status, headers, body

    # ------------------------------------------------------------------ shell

    def shell(self, *, title, crumbs, main_html, head="", page_id=1021):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><div class="uk-text-meta">{short_be(a.published)}</div></li>'
            for a in self.articles[:5]
        )
        cats = "".join(
            f'<li><a href="/news/?cat={j + 1}">{esc(c)}</a></li>' for j, c in enumerate(CATEGORIES)
        )
        crumb_html = "".join(
            f'<li><a href="{href}">{esc(text)}</a></li>'
            if href
            else f"<li><span>{esc(text)}</span></li>"
            for href, text in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head id="html-head">
	<meta http-equiv="content-type" content="text/html; charset=utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<title>{esc(title)}</title>
{head}	<link rel="stylesheet" href="/site/templates/uikit/dist/css/uikit.min.css">
	<link rel="stylesheet" href="/site/templates/styles/main.css?v=2.4">
	<link rel="preconnect" href="https://fonts.googleapis.com"><link rel="stylesheet" href="https://fonts.googleapis.com/css2?family=Sarabun:wght@400;600&display=swap">
	<script src="/site/templates/uikit/dist/js/uikit.min.js"></script>
	<script src="/site/templates/uikit/dist/js/uikit-icons.min.js"></script>
</head>
<body id="html-body" class="template-{"news-item" if page_id != 1021 else "news"} page-{page_id}">
	<div class="topbar uk-background-secondary uk-light uk-visible@m"><div class="uk-container uk-flex uk-flex-between"><div>กระทรวงศึกษาธิการ</div><div class="font-tools">ขนาดตัวอักษร <a href="#" data-font="-1">ก-</a> <a href="#" data-font="0">ก</a> <a href="#" data-font="1">ก+</a> | <a href="/en/">EN</a></div></div></div>
	<header class="uk-background-default">
		<div class="uk-container">
			<nav id="masthead" class="uk-navbar-container uk-navbar-transparent" uk-navbar>
				<div class="uk-navbar-left"><a id="masthead-logo" class="uk-logo" href="/"><img src="/site/templates/images/logo-dole.png" alt="{SITE_NAME}"> <span class="logo-text">{SITE_NAME}<small>Department of Learning Encouragement</small></span></a></div>
				<div class="uk-navbar-right">
					<ul id="masthead-navbar" class="uk-navbar-nav uk-visible@m">
						<li><a href="/">หน้าแรก</a></li>
						<li><a href="/about/">เกี่ยวกับกรม</a><div class="uk-navbar-dropdown"><ul class="uk-nav uk-navbar-dropdown-nav"><li><a href="/about/history/">ประวัติความเป็นมา</a></li><li><a href="/about/executives/">ผู้บริหาร</a></li></ul></div></li>
						<li class="uk-active"><a href="/news/">ข่าวประชาสัมพันธ์</a></li>
						<li><a href="/procurement/">จัดซื้อจัดจ้าง</a></li>
						<li><a href="/ita/">ITA</a></li>
						<li><a href="/contact/">ติดต่อเรา</a></li>
					</ul>
					<a class="uk-navbar-toggle" href="#" uk-search-icon></a>
					<div class="uk-navbar-dropdown" uk-drop="mode: click; cls-drop: uk-navbar-dropdown; boundary: !nav"><form class="uk-search uk-search-navbar uk-width-1-1" action="/search/"><input class="uk-search-input" type="search" name="q" placeholder="ค้นหา..." autofocus></form></div>
				</div>
			</nav>
		</div>
	</header>
	<section class="page-hero uk-section uk-section-primary uk-light uk-padding-small">
		<div class="uk-container">
			<h1 class="uk-heading-small uk-margin-remove">ข่าวประชาสัมพันธ์</h1>
			<ul class="uk-breadcrumb uk-margin-small-top">{crumb_html}</ul>
		</div>
	</section>
	<main id="main" class="uk-section uk-section-default uk-padding">
		<div class="uk-container">
			<div class="uk-grid-large" uk-grid>
				<div id="content" class="uk-width-expand@m">
{main_html}
				</div>
				<aside id="sidebar" class="uk-width-1-3@m">
					<div class="uk-card uk-card-default uk-card-small uk-card-body uk-margin">
						<h3 class="uk-card-title">ข่าวล่าสุด</h3>
						<ul class="uk-list uk-list-divider sidebar-latest">{latest}</ul>
					</div>
					<div class="uk-card uk-card-default uk-card-small uk-card-body uk-margin">
						<h3 class="uk-card-title">หมวดหมู่ข่าว</h3>
						<ul class="uk-nav uk-nav-default">{cats}</ul>
					</div>
					<div class="uk-margin"><a href="https://www.facebook.com/dole.moe"><img src="/site/assets/files/1/banner-facebook.jpg" alt="Facebook กรมส่งเสริมการเรียนรู้"></a></div>
				</aside>
			</div>
		</div>
	</main>
	<footer class="uk-section uk-section-secondary uk-light uk-padding">
		<div class="uk-container">
			<div class="uk-child-width-1-2@m" uk-grid>
				<div><p class="uk-text-bold">{SITE_NAME}</p><p>เลขที่ 66 ถนนกรุงเกษม แขวงวัดโสมนัส เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100<br>โทรศัพท์ 0 2280 2923</p></div>
				<div class="visitor-counter"><p class="uk-text-bold">สถิติผู้เข้าชมเว็บไซต์</p><ul class="uk-list"><li>วันนี้ {th_num(1893)}</li><li>เดือนนี้ {th_num(52417)}</li><li>ทั้งหมด {th_num(4812066)}</li></ul></div>
			</div>
			<p class="uk-text-small uk-text-center uk-margin-medium-top">สงวนลิขสิทธิ์ © {thai_digits(2567)} {SITE_NAME} | <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> | <a href="/website-policy/">นโยบายเว็บไซต์</a></p>
		</div>
	</footer>
	<div class="privacywire-wrapper" id="privacywire-wrapper"><div class="privacywire privacywire-banner"><div class="privacywire-header">เว็บไซต์นี้ใช้คุกกี้</div><div class="privacywire-body"><div class="privacywire-text"><p>เราใช้คุกกี้เพื่อพัฒนาประสิทธิภาพ และประสบการณ์ที่ดีในการใช้เว็บไซต์ของคุณ</p></div><div class="privacywire-buttons"><button class="allow-all">ยอมรับทั้งหมด</button> <button class="allow-necessary">เฉพาะที่จำเป็น</button> <button class="choose">ตั้งค่า</button></div></div></div></div>
	<script src="/site/modules/PrivacyWire/js/PrivacyWire.js"></script>
	<script src="/site/templates/scripts/main.js?v=2.4"></script>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f"<li class='MarkupPagerNavPrevious'><a href='{self.page_url(k - 1)}'><span uk-pagination-previous></span></a></li>"
            )
        for i in range(n):
            cls = ["uk-active"] if i == k else []
            if i == 0:
                cls.append("MarkupPagerNavFirst")
            if i == n - 1:
                cls.append("MarkupPagerNavLast")
            cur = " aria-current='true'" if i == k else ""
            label = f"หน้า {i + 1}" + (", หน้าปัจจุบัน" if i == k else "")
            items.append(
                f"<li class='{' '.join(cls)}' aria-label='{label}'{cur}><a href='{self.page_url(i)}'><span>{i + 1}</span></a></li>"
            )
        if k < n - 1:
            items.append(
                f"<li class='MarkupPagerNavNext'><a href='{self.page_url(k + 1)}'><span uk-pagination-next></span></a></li>"
            )
        return f"<ul class='uk-pagination uk-flex-center uk-margin-medium-top' role='navigation' aria-label='ลิงก์แบ่งหน้า'>{''.join(items)}</ul>"

    def listing(self, k):
        cards = []
        rows = [(a.path, a.title, a.published, a.id, a.paras[0]) for a in self.pages[k]]
        if k == 1:
            rows.insert(5, (DELETED, DELETED_NAME.replace("-", " "), rows[4][2], 2099, ""))
        for path, title, d, pid, first in rows:
            summary = first[:140].rsplit(" ", 1)[0] + "..." if first else ""
            cards.append(f"""<div>
	<div class="uk-card uk-card-default uk-card-hover news-card">
		<div class="uk-card-media-top"><a href="{path}"><img src="/site/assets/files/{pid}/cover.400x260.jpg" alt="" loading="lazy"></a></div>
		<div class="uk-card-body uk-padding-small">
			<div class="uk-text-meta"><span uk-icon="icon: calendar; ratio: .8"></span> {short_be(d)}</div>
			<h3 class="uk-card-title uk-text-truncate-2"><a class="uk-link-reset" href="{path}">{esc(title)}</a></h3>
			<p class="uk-text-small">{esc(summary)}</p>
		</div>
		<div class="uk-card-footer uk-padding-small"><a href="{path}" class="uk-button uk-button-text">อ่านต่อ</a></div>
	</div>
</div>""")
        main_html = f"""<div class="uk-child-width-1-2@s uk-child-width-1-3@l uk-grid-match uk-grid-small" uk-grid>
{chr(10).join(cards)}
</div>
{self.pager(k)}"""
        head = ""
        if k > 0:
            head += f'\t<link rel="prev" href="{self.page_url(k - 1)}">\n'
        if k < len(self.pages) - 1:
            head += f'\t<link rel="next" href="{self.page_url(k + 1)}">\n'
        title = "ข่าวประชาสัมพันธ์ - " + SITE_NAME
        if k:
            title = f"ข่าวประชาสัมพันธ์ (หน้า {k + 1}) - {SITE_NAME}"
        return self.shell(
            title=title,
            crumbs=[("/", "หน้าแรก"), (None, "ข่าวประชาสัมพันธ์")],
            main_html=main_html,
            head=head,
        )

    # ------------------------------------------------------------------ item

    def related_for(self, a):
        same = [
            x for x in self.articles if x is not a and x.extra["category"] == a.extra["category"]
        ]
        return same[:3]

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        d = a.published
        time_html = f' <span class="news-time">เวลา {th_hm(d)} น.</span>' if a.time_printed else ""
        cover = (
            f'<figure class="news-cover uk-margin"><img src="/site/assets/files/{a.id}/cover.1200x0.jpg" alt="{esc(a.title[:40])}"><figcaption class="uk-text-meta">ภาพ: {esc(a.extra["category"])} {SITE_NAME}</figcaption></figure>'
            if a.extra["cover"]
            else ""
        )
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'\n<p style="text-align: right;"><strong>{a.extra["label"]} :</strong> {esc(a.source)}</p>'
        attach = (
            f"""<div class="news-attachments uk-margin"><h4 class="uk-heading-bullet">เอกสารแนบ</h4><ul class="uk-list"><li><span uk-icon="file-pdf"></span> <a href="/site/assets/files/{a.id}/หนังสือแจ้ง-{a.id}.pdf" target="_blank">หนังสือแจ้ง-{a.id}.pdf</a> <span class="uk-text-meta">({thai_digits("1.2")} MB)</span></li></ul></div>"""
            if a.extra["attachment"]
            else ""
        )
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div><a class="uk-inline" href="/site/assets/files/{a.id}/img_{j}.jpg" data-caption="ภาพกิจกรรม {j}"><img src="/site/assets/files/{a.id}/img_{j}.260x180.jpg" alt=""></a></div>'
                for j in range(1, 5)
            )
            gallery = f'<div class="news-gallery uk-margin"><h4 class="uk-heading-bullet">ภาพกิจกรรม</h4><div class="uk-child-width-1-4@m uk-child-width-1-2 uk-grid-small" uk-grid uk-lightbox="animation: slide">{imgs}</div></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags uk-margin"><span class="uk-text-bold">แท็ก :</span> '
                + " ".join(
                    f'<a class="uk-label uk-label-tag" href="/news/?tag={esc(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        updated = (
            f'<p class="news-updated uk-text-meta uk-text-right">ปรับปรุงข้อมูลล่าสุด {th_abbr_be(a.modified)} {th_hm(a.modified)} น.</p>'
            if a.modified
            else ""
        )
        share = f"""<div class="news-share uk-flex uk-flex-middle uk-margin"><span class="uk-margin-small-right">แชร์ข่าวนี้ :</span>
	<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.dole.go.th{a.path}" class="uk-icon-button share-fb" uk-icon="facebook" target="_blank" title="แชร์ไปยัง Facebook"></a>
	<a href="https://twitter.com/intent/tweet?url=https://www.dole.go.th{a.path}" class="uk-icon-button share-x" uk-icon="x" target="_blank" title="แชร์ไปยัง X"></a>
	<a href="https://social-plugins.line.me/lineit/share?url=https://www.dole.go.th{a.path}" class="uk-icon-button share-line" target="_blank" title="แชร์ไปยัง LINE">LINE</a>
	<button class="uk-button uk-button-default uk-button-small copy-link" data-url="https://www.dole.go.th{a.path}">คัดลอกลิงก์</button>
</div>"""
        related = "".join(
            f'<div><div class="uk-card uk-card-default uk-card-small"><div class="uk-card-media-top"><img src="/site/assets/files/{x.id}/cover.400x260.jpg" alt=""></div><div class="uk-card-body"><div class="uk-text-meta">{short_be(x.published)}</div><a class="uk-link-heading" href="{x.path}">{esc(x.title)}</a></div></div></div>'
            for x in self.related_for(a)
        )
        nav = []
        if older:
            nav.append(
                f'<li class="uk-width-1-2"><a href="{older.path}"><span uk-pagination-previous></span> ข่าวก่อนหน้า<br><span class="uk-text-small">{esc(older.title)}</span></a></li>'
            )
        if newer:
            nav.append(
                f'<li class="uk-width-1-2 uk-text-right"><a href="{newer.path}">ข่าวถัดไป <span uk-pagination-next></span><br><span class="uk-text-small">{esc(newer.title)}</span></a></li>'
            )
        main_html = f"""<article class="uk-article news-detail" id="news-{a.id}">
	<div class="uk-article-meta news-meta uk-flex uk-flex-wrap">
		<span class="news-date"><span uk-icon="icon: calendar; ratio: .9"></span> {th_weekday_long(d)}</span>{time_html}
		<span class="news-views uk-margin-left"><span uk-icon="icon: eye; ratio: .9"></span> เข้าชม {th_num(a.views)} ครั้ง</span>
		<span class="news-category uk-margin-left"><a href="/news/?cat={CATEGORIES.index(a.extra["category"]) + 1}">{esc(a.extra["category"])}</a></span>
	</div>
	<h2 class="uk-article-title news-title">{esc(a.title)}</h2>
	<div class="news-tools uk-text-right uk-text-small"><a href="#" class="font-dec">ก-</a> <a href="#" class="font-reset">ก</a> <a href="#" class="font-inc">ก+</a> | <a href="#" onclick="window.print();return false;"><span uk-icon="print"></span> พิมพ์</a></div>
	{cover}
	<div class="news-body uk-margin">
{body}
	</div>
	{attach}
	{gallery}
	{tags}
	{updated}
	{share}
	<hr class="uk-divider-icon">
	<div class="news-related uk-margin"><h3 class="uk-heading-line"><span>ข่าวที่เกี่ยวข้อง</span></h3><div class="uk-child-width-1-3@m uk-grid-small uk-grid-match" uk-grid>{related}</div></div>
	<ul class="uk-pagination news-prevnext uk-margin-medium-top" uk-margin>{"".join(nav)}</ul>
</article>"""
        head = (
            f'\t<meta name="description" content="{esc(a.paras[0][:155])}">\n'
            f'\t<link rel="canonical" href="https://www.dole.go.th{a.path}">\n'
            f'\t<meta property="og:title" content="{esc(a.title)}">\n'
            f'\t<meta property="og:type" content="website">\n'
            f'\t<meta property="og:image" content="https://www.dole.go.th/site/assets/files/{a.id}/cover.1200x630.jpg">\n'
            f'\t<meta property="og:site_name" content="{SITE_NAME}">\n'
        )
        return self.shell(
            title=f"{seo_title(a.title)} - {SITE_NAME}",
            crumbs=[("/", "หน้าแรก"), ("/news/", "ข่าวประชาสัมพันธ์"), (None, a.title)],
            main_html=main_html,
            head=head,
            page_id=a.id,
        )

    def deleted(self):
        main_html = """<div class="uk-alert-warning" uk-alert>
	<p class="uk-text-large uk-margin-remove">ไม่พบข้อมูล</p>
	<p class="uk-margin-small-top">ข่าวนี้อาจถูกยกเลิกการเผยแพร่ หรือถูกย้ายไปยังหน้าอื่นแล้ว</p>
</div>
<p><a class="uk-button uk-button-primary" href="/news/">กลับไปหน้าข่าวประชาสัมพันธ์</a></p>"""
        return self.shell(
            title=f"ไม่พบข้อมูล - {SITE_NAME}",
            crumbs=[("/", "หน้าแรก"), ("/news/", "ข่าวประชาสัมพันธ์"), (None, "ไม่พบข้อมูล")],
            main_html=main_html,
            page_id=2099,
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เข้าชม " + th_num(a.views) + " ครั้ง",
                th_weekday_long(a.published),
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ขนาดตัวอักษร",
                "พิมพ์",
                "ภาพ: " + a.extra["category"],
                "เอกสารแนบ",
                f"หนังสือแจ้ง-{a.id}.pdf",
                "ภาพกิจกรรม",
                "แท็ก :",
                "ปรับปรุงข้อมูลล่าสุด",
                "ข่าวที่เกี่ยวข้อง",
                *(x.title for x in self.related_for(a)),
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                older.title if older else "",
                newer.title if newer else "",
                "ข่าวล่าสุด",
                "หมวดหมู่ข่าว",
                "สถิติผู้เข้าชมเว็บไซต์",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนกรุงเกษม แขวงวัดโสมนัส",
            ]
            rec = record(self, a, must_not)
            rec["published_at"] = (
                iso(a.published, True)
                if a.time_printed
                else a.published.date().isoformat()  # no time printed: the day alone
            )
            out.append(rec)
        return out


SITE = ProcessWireUikitSite()

if __name__ == "__main__":
    main(SITE)
