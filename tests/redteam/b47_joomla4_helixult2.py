"""Blind-47 red-team site (part B): **Joomla 4.4 + JoomShaper Helix Ultimate 2** (the
framework's stock template `shaper_helixultimate`), a provincial livestock office,
com_content category *Blog* layout, built blind.

What it imitates:
- SEF URLs with rewriting on and numeric-id aliases: `/pr-news/<id>-news-<id>` (the editors
  leave Joomla's date-stamp alias when a Thai title transliterates to nothing); category blog
  `/pr-news`, `?start=9`, `?start=18` (`ul.pagination` with "หน้า 1 จาก 3");
  generator "Helix Ultimate - The Most Popular Joomla! Template Framework.",
  `/templates/shaper_helixultimate/`, `/media/system/js/`, the category feed;
- Helix page: `body.site.helix-ultimate`, `div.body-wrapper > div.body-innerwrapper`,
  `section#sp-top-bar` (contact line and social icons), `header#header` with `#sp-logo` and
  `#sp-menu` (`ul.sp-megamenu-parent`), `section#sp-page-title` with the **category title in
  `h2.sp-page-title-heading`** and a breadcrumb, `section#sp-main-body` > `main#sp-component`
  + `aside#sp-right`, `section#sp-bottom`, `footer#sp-footer` ("สงวนลิขสิทธิ์ ©"), offcanvas
  menu, back-to-top; `<title>` = headline only;
- the article (Helix's `div.article-details`): `div.article-header > h1[itemprop=headline]`,
  `div.article-info` with `span.createdby`, `span.category-name`, `span.published` (**LC3 of
  the Thai pack, "05 มีนาคม 2024", CE year; the time only in `time[datetime]`**), `span.hits`
  "ฮิต: 123" with `meta itemprop=interactionCount`; Helix's social share bar
  (`div.article-ratings-social-share` > `div.article-social-share` > `ul.social-icons`) above
  the text; `div[itemprop=articleBody]`; "เครดิต:" / "ข่าว:" sign-off (some), figure (some),
  PDF link (some); `div.article-footer-wrap` with `span.modified` "ปรับปรุงล่าสุด: …" (every
  item) and `ul.tags`; `ul.pager.pagenav` "ก่อนหน้า" / "ถัดไป" with neighbour titles in `title`
  attributes; **Helix related articles `div.related-article-list-container` "ข่าวที่เกี่ยวข้อง"
  (list mode: titles + `span.published` dates) inside `main#sp-component`**;
- side: "ข่าวล่าสุด" (`ul.latestnews`), mod_login, visitor counter ("ผู้เข้าชม"); a cookie bar.
Deleted: id 1207 linked from page 2 — unpublished: 200 with Joomla 4's empty article page
(the system message "ไม่พบบทความ" inside Helix's shell, no article text).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานปศุสัตว์จังหวัดพะเยา"
TPL = "/templates/shaper_helixultimate"
LIST = "/pr-news"
PER = 9
SOURCES = [
    ("เครดิต:", "กลุ่มพัฒนาสุขภาพสัตว์ สำนักงานปศุสัตว์จังหวัดพะเยา"),
    None,
    ("ข่าว:", "สำนักงานปศุสัตว์อำเภอดอกคำใต้"),
    None,
    None,
    ("เครดิต:", "ด่านกักกันสัตว์พะเยา"),
]
TAGS = ["ปศุสัตว์", "โรคลัมปีสกิน", "โคเนื้อ", "ธนาคารโค-กระบือ", "เกษตรกร", "วัคซีน"]
DELETED_ID = 1207
NOT_FOUND = "ไม่พบบทความ"
SHARE_TITLE = "แชร์บทความนี้"
COUNTER = "ผู้เข้าชมทั้งหมด 884,150 คน"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
FOOTER = "สงวนลิขสิทธิ์ © 2567 สำนักงานปศุสัตว์จังหวัดพะเยา ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา 56000"
TOPBAR = "โทร. 0 5441 0123 | pyo_dld@dld.go.th"
RELATED = "ข่าวที่เกี่ยวข้อง"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


class HelixUlt2Site(BaseSite):
    key = "b47_joomla4_helixult2"
    family = "joomla"
    imitates = "Joomla 4.4 + JoomShaper Helix Ultimate 2 (shaper_helixultimate), provincial livestock office; rewritten SEF /pr-news/<id>-news-<id>; category Blog paged by ?start=N; Helix sections (#sp-top-bar, header #sp-logo/#sp-menu megamenu, #sp-page-title with the category h2 and breadcrumb, #sp-main-body > #sp-component + #sp-right, #sp-bottom, #sp-footer), <title> = headline; article-details h1[itemprop=headline], article-info with LC3 published date (Thai month, CE year, time only in time[datetime]) and ฮิต: N; Helix social share above the text; เครดิต: / ข่าว: sign-offs; article-footer-wrap with ปรับปรุงล่าสุด (every item) and tags; pagenav with neighbour titles in title attributes; Helix related-article list with dates inside #sp-component; latest / login / counter modules; cookie bar; deleted = unpublished item answering 200 with the 'ไม่พบบทความ' message in the shell"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 8, 20, 15, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1231 - i if 1231 - i != DELETED_ID else 1188
            a.path = f"{LIST}/{a.id}-news-{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.views = 41 + (i * 137) % 2900
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 5 == 3
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"{LIST}/{DELETED_ID}-news-{DELETED_ID}"

    def page_url(self, k):
        return LIST + (f"?start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[1:4]

    def shell(self, content, title, crumb_title, view):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        crumb = (
            f'<li class="breadcrumb-item"><a href="{LIST}" class="pathway">ข่าวประชาสัมพันธ์</a></li>'
        )
        if crumb_title:
            crumb += f'<li class="breadcrumb-item active">{esc(crumb_title)}</li>'
        return f"""<!doctype html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
<title>{esc(title)}</title>
<link href="{LIST}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet">
<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet">
<link href="{TPL}/css/template.css" rel="stylesheet">
<link href="{TPL}/css/presets/preset2.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/media/system/js/core.min.js?2cb912"></script>
<script src="{TPL}/js/main.js"></script>
<script>template="shaper_helixultimate";</script>
</head>
<body class="site helix-ultimate hu com_content com-content view-{view} layout-blog task-none itemid-131 th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="sp-pre-loader"><div class="sp-loader-circle"></div></div>
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> {TOPBAR}</li></ul></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/pyo.dld" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="social-icon-youtube"><a target="_blank" href="https://www.youtube.com/@pyodld" aria-label="Youtube"><span class="fab fa-youtube"></span></a></li></ul></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo-dld-phayao.png" alt="{OFFICE}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block">
<li class="sp-menu-item"><a href="/">หน้าแรก</a></li>
<li class="sp-menu-item sp-has-child"><a href="/about">เกี่ยวกับหน่วยงาน</a><div class="sp-dropdown sp-dropdown-main sp-menu-right"><div class="sp-dropdown-inner"><ul class="sp-dropdown-items"><li class="sp-menu-item"><a href="/about/structure">โครงสร้างองค์กร</a></li><li class="sp-menu-item"><a href="/about/executive">ผู้บริหาร</a></li></ul></div></div></li>
<li class="sp-menu-item current-item active"><a aria-current="page" href="{LIST}">ข่าวประชาสัมพันธ์</a></li>
<li class="sp-menu-item"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li>
<li class="sp-menu-item"><a href="/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>
<li class="sp-menu-item"><a href="/contact">ติดต่อเรา</a></li>
</ul><a id="offcanvas-toggler" aria-label="Menu" class="offcanvas-toggler-right" href="#"><div class="burger-icon" aria-hidden="true"><span></span><span></span><span></span></div></a></nav></div></div>
</div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">ข่าวประชาสัมพันธ์</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item"><a href="/" class="pathway">หน้าแรก</a></li>{crumb}</ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
{content}
</div></main>
<aside id="sp-right" class="col-lg-3"><div class="sp-column">
<div class="sp-module"><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form id="login-form-87" class="mod-login" action="{LIST}" method="post"><div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><input id="modlgn-username-87" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"></div><div class="mod-login__password form-group"><input id="modlgn-passwd-87" type="password" name="password" class="form-control" placeholder="รหัสผ่าน"></div><div class="mod-login__remember form-group"><div id="form-login-remember-87" class="form-check"><label class="form-check-label"><input type="checkbox" name="remember" class="form-check-input" value="yes">จดจำฉัน</label></div></div><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div><ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset?Itemid=101">ลืมรหัสผ่าน?</a></li></ul></form></div></div>
<div class="sp-module"><h3 class="sp-module-title">สถิติผู้เข้าชม</h3><div class="sp-module-content"><div class="vcounter"><p>{COUNTER}</p><p>ออนไลน์ขณะนี้ 7 คน</p></div></div></div>
</div></aside>
</div></div></div></section>
<section id="sp-bottom"><div class="container"><div class="container-inner"><div class="row"><div id="sp-bottom1" class="col-sm-col-sm-6 col-lg-6"><div class="sp-column"><div class="sp-module"><h3 class="sp-module-title">ลิงก์หน่วยงาน</h3><div class="sp-module-content"><ul class="menu"><li><a href="https://dld.go.th">กรมปศุสัตว์</a></li><li><a href="https://www.phayao.go.th">จังหวัดพะเยา</a></li></ul></div></div></div></div></div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column text-center"><span class="sp-copyright">{FOOTER}</span></div></div></div></div></div></footer>
</div></div>
<div class="offcanvas-overlay"></div>
<div class="offcanvas-menu"><div class="d-flex align-items-center p-3 pt-4"><a href="#" class="close-offcanvas" aria-label="Close Off-canvas"><div class="burger-icon"><span></span><span></span><span></span></div></a></div><div class="offcanvas-inner"><ul class="menu"><li><a href="/">หน้าแรก</a></li><li class="active"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li></ul></div></div>
<div id="cookie-bar" class="cookie-consent"><p>{COOKIE}</p><a class="btn btn-primary" href="#">ยอมรับทั้งหมด</a></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""

    def published_span(self, a):
        p = a.published
        return f'<span class="published" title="เผยแพร่: {lc3(p)}"><span class="far fa-calendar" aria-hidden="true"></span><time datetime="{p.isoformat()}" itemprop="datePublished">{lc3(p)}</time></span>'

    def info(self, a):
        return f"""<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: pr_pyo"><span class="far fa-user" aria-hidden="true"></span> <span itemprop="name">pr_pyo</span></span>
<span class="category-name" title="หมวด: ข่าวประชาสัมพันธ์"><span class="far fa-folder-open" aria-hidden="true"></span> <a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a></span>
{self.published_span(a)}
<span class="hits"><span class="fas fa-eye" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}"> ฮิต: {a.views}</span>
</div>"""

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(f"""<div class="article-list"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="article-body"><div class="article-header"><h2><a href="{esc(a.path)}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info(a)}
<div class="article-introtext"><p>{esc(a.paras[0][:220])}…</p></div>
<div class="readmore"><a class="btn btn-outline-secondary" href="{esc(a.path)}" itemprop="url" aria-label="อ่านเพิ่มเติม {esc(a.title)}">อ่านเพิ่มเติม</a></div>
</div></div></div>""")
        if k == 1:
            items.insert(
                4,
                f"""<div class="article-list"><div class="article" itemprop="blogPost"><div class="article-body"><div class="article-header"><h2><a href="{esc(self.deleted)}" itemprop="url">ประกาศรับสมัครอาสาปศุสัตว์ ประจำปี 2567</a></h2></div><div class="readmore"><a class="btn btn-outline-secondary" href="{esc(self.deleted)}">อ่านเพิ่มเติม</a></div></div></div></div>""",
            )
        n = len(self.pages)
        pages = []
        if k:
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{LIST}" class="page-link">เริ่มต้น</a></li>'
            )
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{self.page_url(k - 1)}" class="page-link">ก่อนหน้า</a></li>'
            )
        for m in range(n):
            if m == k:
                pages.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {m + 1}" href="#" class="page-link">{m + 1}</a></li>'
                )
            else:
                pages.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {m + 1}" href="{self.page_url(m)}" class="page-link">{m + 1}</a></li>'
                )
        if k < n - 1:
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{self.page_url(k + 1)}" class="page-link">ถัดไป</a></li>'
            )
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{self.page_url(n - 1)}" class="page-link">สุดท้าย</a></li>'
            )
        content = f"""<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">
<div class="article-list articles-leading">{"".join(items)}</div>
<div class="com-content-category-blog__navigation"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<nav class="pagination-wrapper d-flex flex-wrap justify-content-center" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(pages)}</ul></nav></div>
</div>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์", "", "category")

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def article(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                2,
                f'<p style="text-align: center;"><img src="/images/2567/news/{a.id}/01.jpg" alt="ภาพประกอบข่าว" width="720" height="480" loading="lazy"></p>',
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        if a.extra["file"]:
            paras.append(
                f'<p><a href="/images/files/2567/{a.id}.pdf" target="_blank" rel="noopener">ดาวน์โหลดเอกสารประกอบ (PDF)</a></p>'
            )
        url = f"https://pyo.dld.go.th{a.path}"
        share = f"""<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>
<li><a class="facebook" onclick="window.open(this.href,'Facebook','width=600,height=300,left=170,top=150'); return false;" href="https://www.facebook.com/sharer.php?u={esc(url)}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li>
<li><a class="twitter" title="Twitter" onclick="window.open(this.href,'Twitter','width=600,height=300'); return false;" href="https://twitter.com/share?url={esc(url)}&amp;text={esc(a.title[:60])}"><span class="fab fa-twitter" aria-hidden="true"></span></a></li>
<li><a class="linkedin" title="LinkedIn" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={esc(url)}"><span class="fab fa-linkedin" aria-hidden="true"></span></a></li>
</ul></div></div><span class="share-title">{SHARE_TITLE}</span></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags mb-4">'
                + "".join(
                    f'<li class="tag-{20 + TAGS.index(t)} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{20 + TAGS.index(t)}" class="label label-info">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{esc(newer.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{esc(older.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        related = "".join(
            f'<li class="related-article-list-item"><h2 class="article-title"><a href="{esc(r.path)}" itemprop="url">{esc(r.title)}</a></h2>{self.published_span(r)}</li>'
            for r in self.related(a)
        )
        m = a.modified
        content = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="article-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
{self.info(a)}
{share}
<div itemprop="articleBody">
{"".join(paras)}
</div>
<div class="article-footer-wrap"><div class="article-footer-top">
<div class="article-info"><span class="modified"><span class="far fa-calendar-alt" aria-hidden="true"></span><time datetime="{m.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc3(m)}</time></span></div>
{tags}
</div></div>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><ul class="pagination ms-0 pager pagenav">{nav}</ul></nav>
<div class="related-article-list-container"><h3 class="related-article-title"> {RELATED} </h3><ul class="article-list related-article-list">{related}</ul></div>
</div>"""
        return self.shell(content, a.title, a.title, "article")

    def not_found(self):
        content = f"""<joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert" style="animation-name: joomla-alert-fade-in;"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">{NOT_FOUND}</div></div></joomla-alert>
<div class="article-details "><div class="article-header"><h1 itemprop="headline"></h1></div><div itemprop="articleBody"></div></div>"""
        return self.shell(content, OFFICE, "", "article")

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 303, {"Location": base + LIST}, b""
        if path == LIST:
            if query.get("format"):
                return None
            start = (query.get("start") or ["0"])[0] or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path == self.deleted:
            return self.html_response(self.not_found())
        a = self.by_path.get(path)
        if a:
            return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ฮิต: {a.views}",
                f"ปรับปรุงล่าสุด: {lc3(a.modified)}",
                "pr_pyo",
                SHARE_TITLE,
                RELATED,
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน?",
                "จดจำฉัน",
                "ออนไลน์ขณะนี้",
                COUNTER,
                COOKIE,
                FOOTER,
                TOPBAR,
                "ลิงก์หน่วยงาน",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสารประกอบ (PDF)")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = HelixUlt2Site()

if __name__ == "__main__":
    main(SITE)
