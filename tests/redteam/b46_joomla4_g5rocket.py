"""Blind-46 red-team site (part B): **Joomla 4.4 + a RocketTheme Gantry 5 template**
("Callisto"-style Rocket template on the Gantry 5 framework, not Hydrogen / Helium), a
provincial office of the Department of Fisheries, com_content category *Blog* layout, built
blind.

What it imitates:
- SEF URLs without rewriting and with **Unicode aliases** (Thai headlines kept in the path):
  `/index.php/pr-news/<id>-<thai alias>`; category blog `/index.php/pr-news`, `?start=8`,
  `?start=16` (Joomla 4's offset, `nav.pagination__wrapper > ul.pagination`, "หน้า 1 จาก 3");
  generator "Joomla! - Open Source Content Management", `/templates/rt_callisto/`,
  `/media/gantry5/`, `/media/system/js/`, the category feed `?format=feed&type=rss`;
- Gantry 5 page: `body.gantry`, `div#g-page-surround`, `section#g-top` with a **Date
  particle** printing today's date, `header#g-header`, `section#g-navigation` menu,
  `section#g-breadcrumb` (ends in the headline), `section#g-container-main` with
  `div#g-mainbar` (`div.platform-content` > `div.content-wrapper`) and `aside#g-aside`
  (module tables), `footer#g-footer`, `section#g-copyright` "Powered by Gantry Framework";
  `<title>` = "headline - office";
- the article (Joomla 4 core `div.com-content-article.item-page`): `div.page-header >
  h2[itemprop=headline]`, `dl.article-info` above the text with `dd.createdby`,
  `dd.category-name`, **`dd.create` "สร้าง: 04 มีนาคม 2024"** and **`dd.published`
  "เผยแพร่: 05 มีนาคม 2024"** (LC3 of the Thai pack: Thai month, **CE year**, the time only in
  `time[datetime]` ISO +07:00), `dd.hits` "ฮิต: 1234" (with
  `meta itemprop=interactionCount`); `div[itemprop=articleBody]`; `dl.article-info` below with
  `dd.modified` "แก้ไขล่าสุด: …" (every item); `ul.tags`; `nav.pagenavigation` with
  "ก่อนหน้า" / "ถัดไป" and the neighbours' titles; inside the article: a "ภาพ/ข่าว :" or
  "ที่มา :" sign-off on some, a figure with caption on some, a PDF attachment on some, a
  Social share bar ("แชร์ข่าวนี้"), **the article's created day differs from its publish_up
  day on some items** (written the day before, published on schedule);
- side: "ข่าวล่าสุด", "ข่าวยอดนิยม", mod_login, a visitor counter; a cookie consent bar.
Deleted: id 812 linked from page 2 — access "Registered": 200 with the not-authorised warning
and the com_users login form.
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประมงจังหวัดสมุทรสงคราม"
TPL = "/templates/rt_callisto"
LIST = "/index.php/pr-news"
PER = 8
SOURCES = [
    ("ภาพ/ข่าว", "กลุ่มบริหารทั่วไป สำนักงานประมงจังหวัดสมุทรสงคราม"),
    None,
    ("ที่มา", "ศูนย์วิจัยและพัฒนาประมงชายฝั่งสมุทรสงคราม"),
    None,
    ("ภาพ/ข่าว", "สำนักงานประมงอำเภออัมพวา"),
]
TAGS = ["ประมง", "หอยแครง", "ปล่อยพันธุ์สัตว์น้ำ", "IUU Fishing", "เกษตรกร", "ภัยพิบัติ"]
DELETED_ID = 812
DELETED_TITLE = "รายชื่อผู้ผ่านการคัดเลือกเป็นพนักงานราชการ (สำหรับเจ้าหน้าที่)"
NOT_AUTH = "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้"
SHARE = "แชร์ข่าวนี้"
COUNTER = "ผู้เข้าชมทั้งหมด 1,204,377"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษานโยบายคุกกี้ได้"
FOOTER = "ศาลากลางจังหวัดสมุทรสงคราม ถนนเอกชัย ตำบลแม่กลอง อำเภอเมืองสมุทรสงคราม 75000"
TODAY = dt.datetime(2024, 6, 12, 9, 0, tzinfo=TZ)


def lc3(d: dt.datetime) -> str:
    """'05 มีนาคม 2024' (Thai pack DATE_FORMAT_LC3 = 'd F Y', CE year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def alias(title: str) -> str:
    """Joomla's Unicode slug: punctuation and spaces become '-', lower case."""
    s = re.sub(r"[\s\"'`(),.:;!?/\\&%#+*<>\[\]{}|=^~@$]+", "-", title.lower())
    return re.sub(r"-{2,}", "-", s).strip("-")


class G5RocketSite(BaseSite):
    key = "b46_joomla4_g5rocket"
    family = "joomla"
    imitates = "Joomla 4.4 + RocketTheme Gantry 5 Rocket template (rt_callisto), provincial fisheries office; SEF without rewrite, Unicode (Thai) aliases /index.php/pr-news/<id>-<thai alias>; category Blog layout paged by ?start=N; Gantry 5 sections (#g-top Date particle with today's date, #g-navigation, #g-breadcrumb ending in the headline, #g-mainbar, #g-aside, #g-footer, #g-copyright); item-page h2[itemprop=headline]; dl.article-info above with created ('สร้าง:') and published ('เผยแพร่:') LC3 dates (Thai month, CE year, time only in time[datetime]) that differ on some items, ฮิต: N; below dd.modified for every item; tags, pagenavigation with neighbour titles, share bar, ภาพ/ข่าว / ที่มา sign-offs; latest / popular / login / counter modules, cookie bar; deleted = Registered-access item answering 200 with the not-authorised message and login form"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 10, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 836 - i if 836 - i != DELETED_ID else 801
            a.extra["alias"] = f"{a.id}-{alias(a.title)}"
            a.path = f"{LIST}/{a.extra['alias']}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 23 + (i * 211) % 3100
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 4
            # written the evening before, published on schedule, on every third item
            a.extra["created"] = (
                a.published - dt.timedelta(hours=17, minutes=12) if i % 3 == 2 else a.published
            )
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_alias = {a.extra["alias"]: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"{LIST}/{DELETED_ID}-{alias(DELETED_TITLE)}"

    def page_url(self, k):
        return LIST + (f"?start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def popular(self):
        return sorted(self.articles, key=lambda a: -a.views)[:5]

    def shell(self, content, title, crumb):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>' for a in self.popular()
        )
        crumbs = "".join(
            f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{esc(u)}" class="pathway"><span>{esc(t)}</span></a></li>'
            if u
            else f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(t)}</span></li>'
            for t, u in crumb
        )
        today = f"{WEEKDAYS[TODAY.weekday()]} {TODAY.day} {MONTHS[TODAY.month - 1]} {be(TODAY)}"
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {OFFICE}</title>
<link href="{LIST}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet">
<link href="{TPL}/custom/css-compiled/callisto_11.css" rel="stylesheet">
<link href="/media/gantry5/assets/css/font-awesome.min.css" rel="stylesheet">
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/media/vendor/bootstrap/js/dropdown.min.js?5.3.2" type="module"></script>
</head>
<body class="gantry site com_content view-article no-layout no-task dir-ltr itemid-112 outline-11 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-2580-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-top"><div class="g-container"><div class="g-grid">
<div class="g-block size-50"><div id="date-8136-particle" class="g-content g-particle"><div class="g-date"><span>{today}</span></div></div></div>
<div class="g-block size-50"><div id="social-4423-particle" class="g-content g-particle"><div class="g-social"><a href="https://www.facebook.com/fisherysamutsongkhram" target="_blank" rel="noopener noreferrer" title="Facebook"><span class="fab fa-facebook-f"></span></a><a href="https://line.me/R/ti/p/@fisheryssk" target="_blank" title="LINE"><span class="fab fa-line"></span></a></div></div></div>
</div></div></section>
<header id="g-header"><div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div id="logo-3195-particle" class="g-content g-particle"><a href="/" title="{OFFICE}" rel="home" class="g-logo"><img src="/images/logo/fisheries-logo.png" alt="{OFFICE}"></a></div></div>
<div class="g-block size-70"><div class="g-content g-particle"><div class="g-logo-title">{OFFICE}<br><small>กรมประมง กระทรวงเกษตรและสหกรณ์</small></div></div></div>
</div></div></header>
<section id="g-navigation"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div id="menu-6409-particle" class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel">
<li class="g-menu-item g-menu-item-type-component g-menu-item-101"><a class="g-menu-item-container" href="/index.php"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-105 g-parent"><a class="g-menu-item-container" href="/index.php/about"><span class="g-menu-item-title">เกี่ยวกับหน่วยงาน</span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-112 active"><a class="g-menu-item-container" href="{LIST}"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-118"><a class="g-menu-item-container" href="/index.php/procurement"><span class="g-menu-item-title">ข่าวจัดซื้อจัดจ้าง</span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-121"><a class="g-menu-item-container" href="/index.php/ita"><span class="g-menu-item-title">ITA</span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-125"><a class="g-menu-item-container" href="/index.php/contact"><span class="g-menu-item-title">ติดต่อเรา</span></a></li>
</ul></nav></div></div></div></div></section>
<section id="g-breadcrumb"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable ">
<nav class="mod-breadcrumbs__wrapper" aria-label="เส้นทาง"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="float-start">คุณอยู่ที่: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>หน้าหลัก</span></a></li>{crumbs}</ol></nav>
</div></div></div></div></div></div></section>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid">
<div class="g-block size-70"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content container"><div class="row"><div class="col">
<div id="system-message-container" aria-live="polite"></div>
{content}
</div></div></div></div></div></div></main></div>
<div class="g-block size-30"><aside id="g-aside"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content">
<div class="moduletable "><h3 class="g-title">ข่าวล่าสุด</h3><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
<div class="moduletable "><h3 class="g-title">ข่าวยอดนิยม</h3><ul class="mostread mod-list">{popular}</ul></div>
<div class="moduletable "><h3 class="g-title">เข้าสู่ระบบ</h3><form id="login-form-16" class="mod-login" action="{LIST}" method="post"><div class="mod-login__username form-group"><label for="modlgn-username-16">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div><div class="mod-login__password form-group"><label for="modlgn-passwd-16">รหัสผ่าน</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control"></div><div class="mod-login__remember form-group"><input id="form-login-remember-16" type="checkbox" name="remember" value="yes"><label for="form-login-remember-16">จดจำการเข้าระบบ</label></div><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button><ul class="mod-login__options list-unstyled"><li><a href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/remind">ลืมชื่อผู้ใช้?</a></li></ul></form></div>
<div class="moduletable "><h3 class="g-title">สถิติผู้เข้าชม</h3><div class="vcnt"><p>{COUNTER}</p><p>วันนี้ 312 | เมื่อวาน 587</p></div></div>
</div></div></div></div></aside></div>
</div></div></section>
<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content g-particle"><p>{OFFICE}<br>{FOOTER}<br>โทรศัพท์ 0 3471 1324 โทรสาร 0 3471 1325</p></div></div></div></div></footer>
<section id="g-copyright"><div class="g-container"><div class="g-grid"><div class="g-block size-60"><div class="g-content g-particle">&copy; 2024 {OFFICE}</div></div><div class="g-block size-40"><div class="g-content g-particle"><div class="g-branding"><a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Powered by <span class="hidden-tablet">Gantry Framework</span></a></div></div></div></div></div></section>
</div>
<div id="cookie-consent" class="cookie-bar"><p>{COOKIE}</p><a href="/index.php/cookie-policy">นโยบายคุกกี้</a> <button type="button" class="btn btn-success">ยอมรับ</button></div>
<script src="/media/gantry5/assets/js/main.js"></script>
</body>
</html>"""

    def info_above(self, a):
        c, p = a.extra["created"], a.published
        return f"""<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">admin_ssk</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{p.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(p)}</time></dd>
<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{c.isoformat()}" itemprop="dateCreated">สร้าง: {lc3(c)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</dd>
</dl>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            cls = "blog-item" if j else "leading-0 blog-item"
            items.append(f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{esc(a.path)}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info_above(a)}
<p>{esc(a.paras[0][:240])}…</p>
<p class="readmore"><a class="btn btn-secondary" href="{esc(a.path)}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span>อ่านเพิ่มเติม: {esc(a.title[:50])}…</a></p>
</div></div>""")
        if k == 1:
            items.insert(
                3,
                f"""<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{esc(self.deleted)}" itemprop="url">{esc(DELETED_TITLE)}</a></h2></div>
<p class="readmore"><a class="btn btn-secondary" href="{esc(self.deleted)}"><span class="icon-lock" aria-hidden="true"></span>ลงทะเบียนเพื่ออ่านบทความเต็ม…</a></p></div></div>""",
            )
        pages = []
        n = len(self.pages)
        if k:
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{LIST}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{self.page_url(k - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
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
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{self.page_url(k + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            pages.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{self.page_url(n - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="com-content-category-blog__items blog-items">{"".join(items)}</div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(pages)}</ul></nav></div></div>
</div>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "")])

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def article(self, a):
        i = self.articles.index(a)
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="image-center"><img src="/images/news/2024/{a.id}-1.jpg" alt="ภาพกิจกรรม" width="800" height="533"><figcaption>ภาพกิจกรรม {OFFICE}</figcaption></figure>',
            )
        if a.source:
            paras.append(f'<p style="text-align: right;">{a.extra["label"]} : {esc(a.source)}</p>')
        if a.extra["file"]:
            paras.append(
                f'<p><a href="/images/pdf/2024/news-{a.id}.pdf" target="_blank"><img src="/media/system/images/mime-pdf.png" alt=""> ดาวน์โหลดเอกสาร (PDF)</a></p>'
            )
        paras.append(
            f"""<div class="share-bar"><span class="share-label">{SHARE}</span> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fssk.fisheries.go.th{esc(a.path)}" target="_blank">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fssk.fisheries.go.th{esc(a.path)}" target="_blank">LINE</a> <a class="share-x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fssk.fisheries.go.th{esc(a.path)}" target="_blank">X</a></div>"""
        )
        m = a.modified
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{5 + TAGS.index(t)} tag-list0"><a href="/index.php/component/tags/tag/{esc(alias(t))}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{esc(newer.path)}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a> '
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{esc(older.path)}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{self.info_above(a)}
<div itemprop="articleBody" class="com-content-article__body">
{"".join(paras)}
</div>
<dl class="article-info text-muted"><dt class="article-info-term">ข้อมูลเพิ่มเติม</dt>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{m.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด: {lc3(m)}</time></dd></dl>
{tags}
<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">{nav}</span></nav>
</div>"""
        _ = i
        return self.shell(content, a.title, [("ข่าวประชาสัมพันธ์", LIST), (a.title, "")])

    def not_authorised(self):
        content = f"""<div class="alert alert-warning" role="alert"><div class="alert-heading">คำเตือน</div><div class="alert-message">{NOT_AUTH}</div></div>
<div class="com-users-login login"><form action="/index.php/component/users/?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" class="form-control validate-username required" autocomplete="username" required></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" class="form-control required" required></div></div><div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>"""
        return self.shell(content, "เข้าสู่ระบบ", [("เข้าสู่ระบบ", "")])

    def route(self, path, query, raw_query, base):
        from urllib.parse import unquote

        path = unquote(path)
        if path in ("/", "/index.php"):
            return 303, {"Location": base + LIST}, b""
        if path == LIST:
            if query.get("format"):
                return None
            start = (query.get("start") or query.get("limitstart") or ["0"])[0] or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path == self.deleted:
            return self.html_response(self.not_authorised())
        if path.startswith(LIST + "/"):
            a = self.by_alias.get(path[len(LIST) + 1 :])
            if a:
                return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        today = f"{WEEKDAYS[TODAY.weekday()]} {TODAY.day} {MONTHS[TODAY.month - 1]} {be(TODAY)}"
        for a in self.articles:
            must_not = [
                f"ฮิต: {a.views}",
                f"แก้ไขล่าสุด: {lc3(a.modified)}",
                f"เผยแพร่: {lc3(a.published)}",
                f"สร้าง: {lc3(a.extra['created'])}",
                "เขียนโดย:",
                "admin_ssk",
                SHARE,
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                "ลืมรหัสผ่าน?",
                "จดจำการเข้าระบบ",
                COUNTER,
                COOKIE,
                FOOTER,
                today,
                "คุณอยู่ที่:",
                "Powered by",
                "กรมประมง กระทรวงเกษตรและสหกรณ์",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสาร (PDF)")
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] + self.popular() if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = G5RocketSite()

if __name__ == "__main__":
    main(SITE)
