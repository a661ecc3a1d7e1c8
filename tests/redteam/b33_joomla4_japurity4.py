"""Blind-33 red-team site (part B): **Joomla! 4.4 + JoomlArt "JA Purity IV" (T4 framework)**,
com_content, run by a provincial public-health office (สำนักงานสาธารณสุขจังหวัดลำปาง), built blind.

What it imitates:
- Joomla 4 fingerprints: `meta name="generator" content="Joomla! - Open Source Content
  Management"`, `/media/system/js/core.min.js`, `joomla-script-options`, T4's `/templates/
  ja_purity_iv/` and `/plugins/system/t4/themes/base/` assets, `div.t4-wrapper` /
  `div.t4-content` / `#t4-main-body`, SEF URLs with `index.php` (`/index.php/khao-pr/...`);
- **aliases of Thai titles without unicode aliases**: Joomla falls back to the creation time
  in UTC (`/index.php/khao-pr/248-2024-03-05-07-20-33`), so the URL carries a date/time that is
  seven hours behind the published one (sometimes the day before);
- `<title>` = "ข่าวประชาสัมพันธ์ - site name" (the menu item title, "browser page title" set on
  the menu item) and the `h1` of the page is the site logo; the headline is only the `h2
  itemprop="headline"` of `div.page-header` inside `div.com-content-article.item-page`;
- `dl.article-info` above the text: "เขียนโดย login", category, `dd.published` with `<time
  datetime="…+07:00">` and the visible "เผยแพร่: 05 มีนาคม 2567" (BE year, no time in
  visible text), `dd.modified` "ปรับปรุงล่าสุด: …" printed for every item (equal to published
  for never-edited items), `dd.hits` "เปิดอ่าน: 123" with `meta itemprop="interactionCount"`;
- T4 tools inside the article: font-size "A- A A+", print icon, social share (JA Social
  Sharing "แชร์ :" Facebook / LINE / Twitter), tags `ul.tags`, the Joomla 4 pagenavigation with
  **neighbour titles** in `span.visually-hidden` ("บทความก่อนหน้า: …"), mod_related_items
  "ข่าวที่เกี่ยวข้อง" right under the article, image (some), typed source line (some);
- around: mod_breadcrumbs, mega menu, "ข่าวล่าสุด" (mod_articles_latest), ITA banner,
  site-wide counter "สถิติผู้เข้าชม", a cookie/PDPA bar, footer;
- listing: **category blog** `/index.php/khao-pr` with `?start=8`, `?start=16` (Bootstrap 5
  `ul.pagination`, "หน้า 1 จาก 3"), leading + intro items with "อ่านเพิ่มเติม: title".
Deleted: a "Registered"-access article: Joomla 4 answers 200 with the login form (com_users)
and "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITENAME = "สำนักงานสาธารณสุขจังหวัดลำปาง"
CAT = "/index.php/khao-pr"
PER_PAGE = 8
DELETED_ID = 233
UTC = dt.UTC
SIGNOFFS = [
    ("ที่มา : ", "กลุ่มงานสื่อสารองค์กร สสจ.ลำปาง"),
    None,
    ("ข่าว/ภาพ : ", "กลุ่มงานควบคุมโรคติดต่อ"),
    None,
    None,
    ("ภาพ/ข่าว : ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านต้า"),
    ("เรียบเรียง : ", "กลุ่มงานสื่อสารองค์กร สสจ.ลำปาง"),
]
TAGS = ["สาธารณสุข", "ไข้เลือดออก", "อสม.", "ผู้สูงอายุ", "วัคซีน", "ลำปาง", "ITA"]
LOGINS = ["prlampang", "admin_ssj", "nattaya"]
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
COUNTER = "ผู้เข้าชมทั้งหมด 1,204,877"
NOT_AUTH = "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


def alias(a: Article) -> str:
    return a.published.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")


class JaPurityIVSite(BaseSite):
    key = "b33_joomla4_japurity4"
    family = "joomla"
    imitates = "Joomla! 4.4 + JoomlArt JA Purity IV (T4), provincial health office: SEF /index.php/khao-pr/<id>-<UTC creation-time alias> (URL date 7 h behind); <title> = menu item title; h1 = logo, headline only in h2[itemprop=headline]; dl.article-info with <time datetime> +07:00 and visible BE date without time; dd.modified for every item; dd.hits 'เปิดอ่าน: N'; font-size / print / JA social share inside the article; tags; pagenavigation with neighbour titles in visually-hidden spans; related items; typed source line (some); category blog ?start=8"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 8, 20, 16, 0, tzinfo=TZ), offset=11
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 251
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 2
            if aid == DELETED_ID:
                aid -= 1
            # creation time with seconds; early-morning items give a UTC alias of the day before
            if i % 6 == 4:
                a.published = a.published.replace(hour=6, minute=15 + i)
            a.published = a.published.replace(second=(i * 7) % 60)
            if a.modified:
                a.modified = a.modified.replace(second=(i * 11) % 60)
            a.time_printed = True
            a.path = f"{CAT}/{a.id}-{alias(a)}"
            so = SIGNOFFS[i % len(SIGNOFFS)]
            a.source = so[1] if so else None
            a.extra["label"] = so[0] if so else None
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"{CAT}/{DELETED_ID}-{alias(self.pages[1][1])[:-2]}41"

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumbs, title, body_class):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        crumb = "".join(
            f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{h}" class="pathway"><span>{esc(n)}</span></a></li>'
            if h
            else f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(n)}</span></li>'
            for n, h in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/index.php/khao-pr?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">
<link href="/templates/ja_purity_iv/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/plugins/system/t4/themes/base/vendors/font-awesome5/css/all.min.css?a1b2c3" rel="stylesheet">
<link href="/media/templates/site/ja_purity_iv/css/template.css?a1b2c3" rel="stylesheet">
<link href="/media/t4/css/18-sub.css?a1b2c3" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ผิดพลาด"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/www.lampanghealth.go.th\\/","base":"","baseFull":"https:\\/\\/www.lampanghealth.go.th\\/"}}}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script src="/plugins/system/t4/themes/base/vendors/bootstrap/js/bootstrap.bundle.min.js?a1b2c3"></script>
<script src="/templates/ja_purity_iv/js/template.js?a1b2c3"></script>
</head>
<body class="site-default language-th-th view-{body_class} layout-default nav-breakpoint-lg com_content item-118 loaded-bs5" data-jver="4">
<div class="t4-offcanvas" data-offcanvas-options='{{"modifiers":"right,overlay"}}' id="off-canvas-right" role="complementary"><div class="t4-off-canvas-header"><a href="/"><span class="site-name">{SITENAME}</span></a><button type="button" class="close js-offcanvas-close" data-bs-dismiss="modal" aria-hidden="true">×</button></div></div>
<div class="t4-wrapper">
<div class="t4-content">
<div class="t4-content-inner">
<div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="header-block header-block-1"><div class="header-wrap d-flex align-items-center justify-content-between">
<div class="navbar-brand logo-image"><h1><a href="/" title="{SITENAME}"><img class="logo-img" width="320" height="64" src="/images/logo/ssj-lampang.png" alt="{SITENAME}"><span class="site-name">{SITENAME}</span></a></h1><small class="site-slogan">ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข ระบบสุขภาพยั่งยืน</small></div>
<div class="t4-header-r d-flex align-items-center"><div class="head-search"><form action="/index.php/khao-pr" method="post" role="search"><label for="mod-search-searchword" class="element-invisible">ค้นหา</label><input name="searchword" id="mod-search-searchword" class="form-control" type="search" placeholder="ค้นหา..."></form></div></div>
</div></div></div></div>
<div id="t4-mainnav" class="t4-section t4-mainnav border-top"><div class="t4-section-inner container"><nav class="navbar navbar-expand-lg"><div id="t4-megamenu-mainmenu" class="t4-megamenu collapse navbar-collapse slide animate" data-duration="400"><ul class="nav navbar-nav level0" itemscope="itemscope" itemtype="http://www.schema.org/SiteNavigationElement">
<li class="nav-item default" data-id="101" data-level="1"><a href="/" class="nav-link">หน้าหลัก</a></li>
<li class="nav-item deeper dropdown parent" data-id="112" data-level="1"><a href="/index.php/about" class="nav-link dropdown-toggle" role="button" aria-haspopup="true" aria-expanded="false" data-bs-toggle="">เกี่ยวกับหน่วยงาน<i class="item-caret"></i></a></li>
<li class="nav-item current active" data-id="118" data-level="1"><a href="/index.php/khao-pr" class="nav-link" aria-current="page">ข่าวประชาสัมพันธ์</a></li>
<li class="nav-item" data-id="119" data-level="1"><a href="/index.php/procurement" class="nav-link">จัดซื้อจัดจ้าง</a></li>
<li class="nav-item" data-id="121" data-level="1"><a href="/index.php/ita" class="nav-link">ITA</a></li>
<li class="nav-item" data-id="125" data-level="1"><a href="/index.php/contact" class="nav-link">ติดต่อเรา</a></li>
</ul></div></nav></div></div>
<div id="t4-breadcrumbs" class="t4-section t4-breadcrumbs"><div class="t4-section-inner container"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>หน้าหลัก</span></a></li>{crumb}</ol></nav></div></div>
<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col col-12 col-lg">
<div id="system-message-container" aria-live="polite"></div>
{content}
</div>
<div class="t4-col sidebar-r col-12 col-lg-4">
<div class="t4-module module " id="Mod97"><div class="module-inner"><h3 class="module-title "><span>ข่าวล่าสุด</span></h3><div class="module-ct"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div></div>
<div class="t4-module module " id="Mod103"><div class="module-inner"><div class="module-ct"><div class="mod-custom custom banner-overlay"><p><a href="/index.php/ita"><img src="/images/banners/ita2567.png" alt="การประเมินคุณธรรมและความโปร่งใส ITA 2567" width="360" height="120"></a></p></div></div></div></div>
<div class="t4-module module " id="Mod110"><div class="module-inner"><h3 class="module-title "><span>สถิติผู้เข้าชม</span></h3><div class="module-ct"><div class="vcounter"><p>วันนี้ 312</p><p>เมื่อวานนี้ 1,058</p><p>{COUNTER}</p></div></div></div></div>
</div>
</div></div></div>
<div id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container"><div class="custom"><p>สำนักงานสาธารณสุขจังหวัดลำปาง 309 ถนนพหลโยธิน ตำบลหัวเวียง อำเภอเมืองลำปาง จังหวัดลำปาง 52000 โทร. 054-222-433</p><p>Copyright © 2567 สำนักงานสาธารณสุขจังหวัดลำปาง. All Rights Reserved. Designed by JoomlArt.com. Joomla! is Free Software released under the GNU General Public License.</p></div></div></div>
</div></div></div>
<div id="cookie-consent" class="cookie-bar fixed-bottom"><div class="container"><span>{COOKIE} <a href="/index.php/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></span> <button type="button" class="btn btn-primary btn-sm">ยอมรับทั้งหมด</button></div></div>
<a href="javascript:" id="back-to-top"><i class="fa fa-chevron-up"></i></a>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def info(self, a, full):
        mod = a.modified or a.published
        out = f"""<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">{a.extra["login"]}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{CAT}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd>"""
        if full:
            out += f"""
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{mod.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc3(mod)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</dd>"""
        return out + "\n</dl>"

    def blog_item(self, a, cls):
        return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info(a, False)}
<p>{esc(a.paras[0][:240])}…</p>
<p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a.title[:40])}...</a></p>
</div></div>"""

    def listing(self, k):
        items = list(self.pages[k])
        html_items = [self.blog_item(a, "blog-item") for a in items]
        if k == 1:
            ghost = Article(
                id=DELETED_ID,
                title="ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานกระทรวงสาธารณสุข (เฉพาะเจ้าหน้าที่)",
                paras=["รายละเอียดสำหรับเจ้าหน้าที่ที่ลงทะเบียนแล้วเท่านั้น"],
                published=items[1].published,
                time_printed=True,
                path=self.deleted,
                extra={"login": "admin_ssj"},
            )
            html_items.insert(2, self.blog_item(ghost, "blog-item"))
        lead = html_items[0].replace('class="blog-item"', 'class="leading-0 blog-item"', 1)
        rest = "".join(html_items[1:])
        n = len(self.pages)

        def href(j):
            return CAT if j == 0 else f"{CAT}?start={j * PER_PAGE}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{href(k - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        for j in range(n):
            if j == k:
                lis.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {j + 1}" href="#" class="page-link">{j + 1}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {j + 1}" href="{href(j)}" class="page-link">{j + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{href(k + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{href(n - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="com-content-category-blog__items blog-items items-leading">{lead}</div>
<div class="com-content-category-blog__items blog-items items-intro">{rest}</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div>
</div></div>"""
        return self.shell(
            content, [("ข่าวประชาสัมพันธ์", None)], f"ข่าวประชาสัมพันธ์ - {SITENAME}", "category"
        )

    # ------------------------------------------------------------------ item

    def related(self, a):
        i = self.articles.index(a)
        rel = [self.articles[(i + d) % len(self.articles)] for d in (3, 5, 8)]
        return rel

    def item(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.extra["image"]:
            body = (
                f'<p><img src="/images/news/2567/{a.id}/01.jpg" alt="" width="800" height="533" loading="lazy"></p>\n'
                + body
            )
        if a.source:
            body += f'<p style="text-align: right;"><strong>{a.extra["label"]}</strong>{esc(a.source)}</p>\n'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{10 + TAGS.index(t)} tag-list{n}" itemprop="keywords"><a href="/index.php/component/tags/tag/{10 + TAGS.index(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for n, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if prev:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if nxt:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(nxt.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in self.related(a))
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="article-aside"><div class="article-tools d-flex">
<div class="font-size-tools"><span class="label">ขนาดตัวอักษร</span> <a href="#" class="btn-fontsize" data-size="-1">A-</a> <a href="#" class="btn-fontsize" data-size="0">A</a> <a href="#" class="btn-fontsize" data-size="1">A+</a></div>
<div class="icons"><div class="float-end"><div class="btn-group"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title[:20])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print icon-fw" aria-hidden="true"></span> พิมพ์</a></div></div></div>
</div></div>
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{self.info(a, True)}
<div itemprop="articleBody" class="com-content-article__body">
{body}</div>
<div class="jasocial-share"><span class="share-label">แชร์ :</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.lampanghealth.go.th{a.path}" target="_blank">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fwww.lampanghealth.go.th{a.path}" target="_blank">LINE</a> <a class="share-twitter" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.lampanghealth.go.th{a.path}" target="_blank">Twitter</a></div>
{tags}
{nav}
<div class="moduletable related-items"><h3>ข่าวที่เกี่ยวข้อง</h3><ul class="mod-relateditems relateditems mod-list">{rel}</ul></div>
</div>"""
        return self.shell(
            content,
            [("ข่าวประชาสัมพันธ์", CAT), (a.title, None)],
            f"ข่าวประชาสัมพันธ์ - {SITENAME}",
            "article",
        )

    def login_wall(self):
        content = f"""<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">{NOT_AUTH}</div></div></joomla-alert></div>
<div class="com-users-login login">
<form action="/index.php/component/users/?task=user.login&amp;Itemid=118" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="form-control required" autocomplete="username" required></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" class="form-control required" autocomplete="current-password" required></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/index.php/component/users/reset?Itemid=118">ลืมรหัสผ่าน?</a><a class="com-users-login__remind list-group-item" href="/index.php/component/users/remind?Itemid=118">ลืมชื่อผู้ใช้?</a></div>"""
        return self.shell(content, [("เข้าสู่ระบบ", None)], f"เข้าสู่ระบบ - {SITENAME}", "login")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": base + CAT}, b""
        if path == CAT:
            if not raw_query:
                return self.html_response(self.listing(0))
            start = qs1(query, "start")
            if start.isdigit() and int(start) % PER_PAGE == 0:
                k = int(start) // PER_PAGE
                if k == 0:
                    return self.html_response(self.listing(0))
                if k < len(self.pages):
                    return self.html_response(self.listing(k))
            return None
        if path in self.by_path:
            return self.html_response(self.item(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.login_wall())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            mod = a.modified or a.published
            must_not = [
                f"เผยแพร่: {lc3(a.published)}",
                f"ปรับปรุงล่าสุด: {lc3(mod)}",
                f"เปิดอ่าน: {a.views}",
                f"เขียนโดย: {a.extra['login']}",
                "ขนาดตัวอักษร",
                "แชร์ :",
                "บทความก่อนหน้า",
                "บทความถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "คุณอยู่ที่:",
                "ข่าวล่าสุด",
                COUNTER,
                COOKIE,
                "ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข ระบบสุขภาพยั่งยืน",
                "309 ถนนพหลโยธิน ตำบลหัวเวียง",
                "Designed by JoomlArt.com",
            ]
            if i > 0:
                must_not.append(self.articles[i - 1].title)
            if i + 1 < len(self.articles):
                must_not.append(self.articles[i + 1].title)
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = mod.isoformat()
            out.append(rec)
        return out


SITE = JaPurityIVSite()

if __name__ == "__main__":
    main(SITE)
