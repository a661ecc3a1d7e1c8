"""Joomla 4 com_content site with a Helix Ultimate (JoomShaper) template.

Imitates a Thai department/provincial office on Joomla 4 + Helix Ultimate 2: SEF URLs with
date-time aliases (`/index.php/news/<id>-YYYY-MM-DD-HH-MM-SS`, the fallback Joomla makes for
Thai titles), a category blog listing paged with `?start=N` (item offset), article view with
div.article-details, div.article-info (published, modified "ปรับปรุงล่าสุด", hits "ฮิต:"),
print/email icons in a dropdown, Helix social share icons, div[itemprop=articleBody], tags,
prev/next page navigation, Helix "related articles" block, and sidebar modules
(mod_related_items "ข่าวที่เกี่ยวข้อง", latest news, mod_login, a visitor counter).

The deleted article is linked from listing page 2 and answers 200 with a Joomla warning
("ไม่พบข้อมูล") and an empty component area.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    fmt_full,
    main,
    make_articles,
    paginate,
    qs1,
)

SITE_NAME = "สำนักงานอุตสาหกรรมจังหวัดลำปาง"
OFFICE = "ศูนย์ปฏิบัติการข่าว สำนักงานอุตสาหกรรมจังหวัดลำปาง"
PER_PAGE = 8
DELETED_ID = 77
FURNITURE = [
    "ฮิต",
    "ปรับปรุงล่าสุด",
    "พิมพ์",
    "อีเมล",
    "บทความที่เกี่ยวข้อง",
    "ข่าวที่เกี่ยวข้อง",
    "เข้าสู่ระบบ",
    "ลืมรหัสผ่าน",
    "ก่อนหน้า",
    "ถัดไป",
    "สถิติผู้เข้าชม",
    "เขียนโดย",
    "ผู้ดูแลระบบ",
    "ข่าวล่าสุด",
    "แท็ก",
]


def alias(d: dt.datetime) -> str:
    u = d.astimezone(dt.UTC)
    return u.strftime("%Y-%m-%d-%H-%M-%S")


class JoomlaHelix(BaseSite):
    key = "joomla_helix"
    family = "joomla"
    imitates = "Joomla 4 com_content + Helix Ultimate 2 template (category blog ?start=N, hits, print/email icons, related articles, mod_related_items)"
    listing_path = "/index.php/news"

    def __init__(self):
        arts = make_articles(
            self.key, 20, start=dt.datetime(2023, 5, 20, 15, 0, tzinfo=TZ), offset=17
        )
        for n, a in enumerate(reversed(arts)):
            a.id = 40 + n * 2
        for n, a in enumerate(arts):
            a.path = f"/index.php/news/{a.id}-{alias(a.published)}"
            a.time_printed = True  # <time datetime> carries the time
            if a.modified is None:
                a.modified = a.published  # Joomla's modified date defaults to created
            a.source = OFFICE if n % 2 == 0 else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries = list(arts)
        entries.insert(9, "deleted")
        self.pages = paginate(entries, PER_PAGE)
        self.deleted_path = f"/index.php/news/{DELETED_ID}-2023-04-02-02-15-40"

    def page_url(self, n):
        return self.listing_path if n == 1 else f"{self.listing_path}?start={(n - 1) * PER_PAGE}"

    def listing_pages(self):
        return [self.page_url(i + 1) for i in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted_path]

    # ------------------------------------------------------------ frame
    def frame(self, title, body_class, component, base, canonical=None, extra_modules=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!doctype html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{f'<link href="{canonical}" rel="canonical">' if canonical else ""}
<link href="/templates/shaper_helixultimate/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/template.css" rel="stylesheet">
<link href="/templates/shaper_helixultimate/css/presets/default.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"8c2b0d8e4a1f","system.paths":{{"root":"","base":""}}}}</script>
<script src="/media/system/js/core.min.js?576eb51da909dcf692c98643faa6fc89629ead18"></script>
<script src="/templates/shaper_helixultimate/js/main.js"></script>
</head>
<body class="site helix-ultimate hu {body_class} th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:054222222">0 5422 2222</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:lampang@industry.go.th">lampang@industry.go.th</a></li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo.png" alt="{esc(SITE_NAME)}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">หน้าหลัก</a></li><li class="sp-menu-item current-item active"><a aria-current="page" href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="sp-menu-item"><a href="/index.php/about">เกี่ยวกับเรา</a></li><li class="sp-menu-item"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div></div></div></div></div></header>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9" role="main"><div class="sp-column ">
{component}
</div></main>
<aside id="sp-right" class="col-lg-3"><div class="sp-column ">
{extra_modules}
<div class="sp-module "><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form id="login-form-16" class="mod-login" action="/index.php/news" method="post"><div class="mod-login__username form-group"><label for="modlgn-username-16" class="visually-hidden">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"></div><div class="mod-login__password form-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="รหัสผ่าน"></div><div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><label class="form-check-label"><input type="checkbox" name="remember" class="form-check-input" value="yes"> จดจำการเข้าสู่ระบบ</label></div></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div><ul class="mod-login__options list-unstyled"><li><a href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/remind">ลืมชื่อผู้ใช้?</a></li></ul><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form></div></div>
<div class="sp-module "><h3 class="sp-module-title">สถิติผู้เข้าชม</h3><div class="sp-module-content"><div class="vcnt"><div class="vcnt-pic"><span>0</span><span>1</span><span>8</span><span>4</span><span>2</span><span>7</span><span>6</span></div><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vcnt-table"><tbody><tr><td>วันนี้</td><td>112</td></tr><tr><td>เมื่อวาน</td><td>348</td></tr><tr><td>เดือนนี้</td><td>5,920</td></tr><tr><td>ทั้งหมด</td><td>184,276</td></tr></tbody></table></div></div></div>
</div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© 2566 {esc(SITE_NAME)} กระทรวงอุตสาหกรรม</span></div></div></div></div></div></footer>
</div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body></html>"""

    def info_block(self, a, full=True):
        pub = (
            f'<span class="published" title="เผยแพร่: {fmt_full(a.published, zero=True)}">'
            f'<time datetime="{a.published.isoformat()}" itemprop="datePublished">{fmt_full(a.published, zero=True)}</time></span>'
        )
        if not full:
            return f'<div class="article-info">{pub}</div>'
        return f"""<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: ผู้ดูแลระบบ"><a href="/index.php/component/contact/contact/1" itemprop="url"><span itemprop="name">ผู้ดูแลระบบ</span></a></span>
<span class="category-name" title="หมวดหมู่: ข่าวประชาสัมพันธ์"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></span>
{pub}
<span class="modified"><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {fmt_full(a.modified, zero=True)}</time></span>
<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</span>
</div>"""

    def related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 3, 4)]

    def module_related_for(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (6, 8)]

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i - 1] if i > 0 else None,
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
        )

    def article_component(self, a, base):
        url = base + a.path
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f'\n<p style="text-align: right;"><strong>ที่มา :</strong> {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags mb-4">'
                + "".join(
                    f'<li class="tag-{k + 2} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/{quote(t)}" class="label label-info">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        prev, nxt = self.neighbours(a)
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if prev:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if nxt:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(nxt.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        rel = "".join(
            f'<li class="related-article-list-item"><h3 class="article-title"><a href="{r.path}">{esc(r.title)}</a></h3>'
            f'<span class="published" title="เผยแพร่: {fmt_full(r.published, zero=True)}"><time datetime="{r.published.isoformat()}">{fmt_full(r.published, zero=True)}</time></span></li>'
            for r in self.related_for(a)
        )
        share = f"""<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul><li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={quote(url)}','Facebook','width=600,height=300');return false;" href="https://www.facebook.com/sharer.php?u={quote(url)}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li><a class="twitter" title="Twitter" href="https://twitter.com/share?url={quote(url)}&amp;text={quote(a.title)}"><span class="fab fa-twitter" aria-hidden="true"></span></a></li><li><a class="linkedin" title="LinkedIn" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={quote(url)}"><span class="fab fa-linkedin" aria-hidden="true"></span></a></li></ul></div></div></div></div>"""
        icons = f"""<div class="icons"><div class="btn-group float-end"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้" data-bs-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog icon-fw" aria-hidden="true"></span><span class="caret"></span></button><ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt;{esc(a.title[:40])}&gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=shaper_helixultimate&amp;link={a.id * 977:x}" title="ส่งลิงก์ให้เพื่อนทางอีเมล" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul></div></div>"""
        return f"""<div id="system-message-container" aria-live="polite"></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="article-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between">{icons}</div>
{self.info_block(a)}
{share}
<div class="article-full-image float-start"><img src="/images/news/{a.published:%Y}/{a.id}.jpg" alt="" itemprop="image"></div>
<div itemprop="articleBody">
{paras}
</div>
{tags}
<div class="article-footer-wrap"><div class="article-footer-top">{nav}</div></div>
</div>
<div class="related-article-list-container"><h3 class="related-article-title">บทความที่เกี่ยวข้อง</h3><ul class="article-list related-article-list">{rel}</ul></div>"""

    def article_page(self, a, base):
        mod = (
            '<div class="sp-module "><h3 class="sp-module-title">ข่าวที่เกี่ยวข้อง</h3><div class="sp-module-content"><ul class="mod-relateditems relateditems mod-list">'
            + "".join(
                f'<li><a href="{r.path}">{esc(r.title)}</a></li>'
                for r in self.module_related_for(a)
            )
            + "</ul></div></div>"
        )
        return self.frame(
            f"{a.title} - {SITE_NAME}",
            "com_content com-content view-article layout-default task-none itemid-121",
            self.article_component(a, base),
            base,
            base + a.path,
            mod,
        )

    def deleted_page(self, base):
        comp = """<div id="system-message-container" aria-live="polite"><noscript><div class="alert alert-info">JavaScript is required.</div></noscript><joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert" style="animation-name: joomla-alert-fade-in;"><button type="button" class="joomla-alert--close" aria-label="ปิด"><span aria-hidden="true">×</span></button><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">ไม่พบข้อมูล: บทความนี้ถูกลบหรือยกเลิกการเผยแพร่แล้ว</div></div></joomla-alert></div>
<div class="article-details " itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="th-TH"><div itemprop="articleBody"></div></div>"""
        return self.frame(
            SITE_NAME,
            "com_content com-content view-article layout-default task-none itemid-121",
            comp,
            base,
        )

    def listing_page(self, n, base):
        items = []
        for e in self.pages[n - 1]:
            if e == "deleted":
                items.append(
                    f"""<div class="col-lg-12"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="article-body"><div class="article-header"><h2><a href="{self.deleted_path}">ประกาศรายชื่อผู้ผ่านการคัดเลือก (ยกเลิก)</a></h2></div><div class="article-info"><span class="published"><time datetime="2023-04-02T09:15:40+07:00">02 เมษายน 2566</time></span></div><div class="article-introtext"><p>ประกาศรายชื่อ...</p></div><div class="readmore"><a href="{self.deleted_path}" itemprop="url">อ่านเพิ่มเติม: ประกาศรายชื่อผู้ผ่านการคัดเลือก (ยกเลิก)</a></div></div></div></div>"""
                )
                continue
            a = e
            items.append(
                f"""<div class="col-lg-12"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><a href="{a.path}"><div class="article-intro-image"><img src="/images/news/{a.published:%Y}/{a.id}-intro.jpg" alt="{esc(a.title)}" itemprop="thumbnailUrl"></div></a><div class="article-body"><div class="article-header"><h2><a href="{a.path}">{esc(a.title)}</a></h2></div>{self.info_block(a, full=False)}<div class="article-introtext"><p>{esc(a.paras[0][:200])}</p></div><div class="readmore"><a href="{a.path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(a.title)}">อ่านเพิ่มเติม: {esc(a.title[:50])}</a></div></div></div></div>"""
            )
        total = len(self.pages)
        pag = [
            '<nav class="pagination-wrapper d-lg-flex justify-content-between w-100"><ul class="pagination ms-0 mb-4">'
        ]

        def li(label, target, aria, cls=""):
            if target is None:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{label}</span></li>'
            return f'<li class="page-item{cls}"><a aria-label="{aria}" href="{target}" class="page-link">{label}</a></li>'

        pag.append(
            li(
                '<span class="icon-angle-double-left" aria-hidden="true"></span>',
                self.page_url(1) if n > 1 else None,
                "ไปยังหน้าแรก",
            )
        )
        pag.append(
            li(
                '<span class="icon-angle-left" aria-hidden="true"></span>',
                self.page_url(n - 1) if n > 1 else None,
                "ไปยังหน้าก่อนหน้า",
            )
        )
        for k in range(1, total + 1):
            if k == n:
                pag.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k}" href="#" class="page-link">{k}</a></li>'
                )
            else:
                pag.append(li(str(k), self.page_url(k), f"ไปยังหน้า {k}"))
        pag.append(
            li(
                '<span class="icon-angle-right" aria-hidden="true"></span>',
                self.page_url(n + 1) if n < total else None,
                "ไปยังหน้าถัดไป",
            )
        )
        pag.append(
            li(
                '<span class="icon-angle-double-right" aria-hidden="true"></span>',
                self.page_url(total) if n < total else None,
                "ไปยังหน้าสุดท้าย",
            )
        )
        pag.append(
            f'</ul><div class="pagination-counter text-muted mb-4">หน้า {n} จาก {total}</div></nav>'
        )
        comp = f"""<div id="system-message-container" aria-live="polite"></div>
<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="article-list"><div class="row row-1 ">{"".join(items)}</div></div>
{"".join(pag)}
</div>"""
        return self.frame(
            f"ข่าวประชาสัมพันธ์ - {SITE_NAME}",
            "com_content com-content view-category layout-blog task-none itemid-121",
            comp,
            base,
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php/news", "/index.php/news/"):
            start = qs1(query, "start", qs1(query, "limitstart", "0"))
            try:
                n = int(start) // PER_PAGE + 1
            except ValueError:
                n = 1
            if not 1 <= n <= len(self.pages):
                n = len(self.pages)
            return self.html_response(self.listing_page(n, base))
        if path == self.deleted_path:
            return self.html_response(self.deleted_page(base))
        if path.startswith("/index.php/news/"):
            tail = path.rsplit("/", 1)[1]
            try:
                aid = int(tail.split("-", 1)[0])
            except ValueError:
                return None
            a = self.by_id.get(aid)
            if a:
                return self.html_response(self.article_page(a, base))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = FURNITURE + [
                r.title for r in self.related_for(a) + self.module_related_for(a)
            ]
            must_not += [x.title for x in (prev, nxt) if x]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = JoomlaHelix()

if __name__ == "__main__":
    main(SITE)
