"""Blind-39 red-team site (part B): **Joomla 4.4 + JoomShaper "Newsberg"** (a news template on
the Helix Ultimate 2 framework, `/templates/newsberg`), a provincial agriculture office
(สำนักงานเกษตรจังหวัดลำปาง), Thai language pack, built blind.

What it imitates:
- Joomla 4 fingerprints: `meta name="generator" content="Joomla! - Open Source Content
  Management"`, `/media/system/js/core.min.js`, `joomla-script-options` JSON,
  `/templates/newsberg/`, `?format=feed&type=rss` alternates;
- SEF URLs with `index.php` and **Unicode (Thai) aliases**:
  `/index.php/news/pr-news/<id>-<thai-alias>`;
- Helix Ultimate's page-title bar `#sp-page-title` (an `h2` "ข่าวประชาสัมพันธ์" + breadcrumbs),
  the article in `div.article-details` with `div.article-header h1[itemprop=headline]`;
  `div.article-info` with "เขียนโดย" (a login-like author), category, **"เผยแพร่: 05 มีนาคม 2024"
  (Thai month names with a CE year, as the th-TH pack prints them) with the time only in
  `time[datetime]`**, "ปรับปรุงล่าสุด" on every article, "ฮิต: N";
- `div.article-ratings-social-share` (share icons) between the info block and the text;
  intro image (some); right-aligned bold "ข่าว/ภาพ : office" line at the end of the text (some);
  `ul.tags`; Joomla 4 `nav.pagenavigation` with the neighbour titles in visually-hidden spans;
  Helix "บทความที่เกี่ยวข้อง" block; sidebar latest news, visitor counter, login module;
  cookie bar, footer;
- listing: category blog `/index.php/news/pr-news` with Joomla 4 pagination
  `?start=8`, `?start=16` (`ul.pagination`, `page-item`, `page-link`, "หน้า 1 จาก 3").
Deleted: an unpublished article answering 200 with the com_users login view and the message
"คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import unquote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดลำปาง"
HOST = "https://www.lampang.doae.go.th"
T = "/templates/newsberg"
CAT = "/index.php/news/pr-news"
PER_PAGE = 8
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอเกาะคา", None, "ฝ่ายบริหารทั่วไป"]
DELETED_ID = 412
DELETED_ALIAS = "ประกาศรับสมัครงาน-ยกเลิก"
COUNTER = "ผู้เข้าชมทั้งหมด 486,203"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
FOOTER = "ศูนย์ราชการจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง 52000"
AUTHOR = "pr_lampang"


def jdate(d: dt.datetime) -> str:
    """th-TH DATE_FORMAT_LC3 'd F Y' with a CE year: '05 มีนาคม 2024'."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def alias(title: str) -> str:
    words = re.sub(r"[^\w\s\u0e00-\u0e7f-]", " ", title).split()
    out = "-".join(words)
    return out[:48].rstrip("-").lower()


class NewsbergSite(BaseSite):
    key = "b39_joomla4_newsberg"
    family = "joomla"
    imitates = "Joomla 4.4 + JoomShaper Newsberg (Helix Ultimate 2, /templates/newsberg), provincial agriculture office: SEF /index.php/news/pr-news/<id>-<Thai Unicode alias>; #sp-page-title h2 = menu heading + breadcrumbs; div.article-details, h1[itemprop=headline]; article-info 'เขียนโดย' login name, category, 'เผยแพร่: 05 มีนาคม 2024' (Thai month, CE year) with the time only in time[datetime], 'ปรับปรุงล่าสุด' on every article, 'ฮิต: N'; social share between info and text; intro image (some); bold right-aligned 'ข่าว/ภาพ : office' closing line (some); ul.tags; J4 pagenavigation with neighbour titles in visually-hidden spans; 'บทความที่เกี่ยวข้อง'; sidebar latest, visitor counter, login; cookie bar; category blog with ?start=8/16 pagination; deleted = login view (200)"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 486
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 3
            a.time_printed = True  # time[datetime] carries it on every article
            if a.modified is None:
                a.modified = a.published
            a.path = f"{CAT}/{a.id}-{alias(a.title)}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 4 == 1
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.tag_ids = {}
        for a in arts:
            for t in a.tags:
                self.tag_ids.setdefault(t, 11 + len(self.tag_ids))

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"{CAT}/{DELETED_ID}-{DELETED_ALIAS}"]

    # ------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra="", crumb=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        opts = json.dumps(
            {
                "csrf.token": "4f1c9e0b7d2a",
                "system.paths": {"root": "", "rootFull": f"{HOST}/", "base": ""},
                "joomla.jtext": {"ERROR": "ผิดพลาด", "MESSAGE": "ข้อความ"},
            },
            ensure_ascii=False,
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{OFFICE} กรมส่งเสริมการเกษตร">
<meta name="generator" content="Joomla! - Open Source Content Management">
{head_extra}<title>{esc(title)}</title>
<link href="{CAT}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">
<link href="{CAT}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="ข่าวประชาสัมพันธ์">
<link href="{T}/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="{T}/css/bootstrap.min.css" rel="stylesheet">
<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet">
<link href="{T}/css/template.css" rel="stylesheet">
<link href="{T}/css/presets/preset4.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{opts}</script>
<script src="/media/system/js/core.min.js?83f2c9"></script>
<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.2" nomodule defer></script>
<script src="{T}/js/main.js"></script>
</head>
<body class="site helix-ultimate hu {body_class} com_content layout-blog-list itemid-138 th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:054222137">0-5422-2137</a></li><li class="sp-contact-email"><span class="far fa-envelope" aria-hidden="true"></span> <a href="mailto:lampang@doae.go.th">lampang@doae.go.th</a></li></ul></div></div>
<div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" rel="noopener noreferrer" href="https://www.facebook.com/lampangagri" aria-label="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li></ul><div class="sp-module font-resizer"><a href="#" class="btn-font-dec">ก-</a> <a href="#" class="btn-font-reset">ก</a> <a href="#" class="btn-font-inc">ก+</a></div></div></div>
</div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/doae-logo.png" alt="{OFFICE}"></a></div><span class="logo-slogan">{OFFICE}</span></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">หน้าแรก</a></li><li class="sp-menu-item sp-has-child"><a href="/index.php/about">เกี่ยวกับเรา</a></li><li class="sp-menu-item sp-has-child active"><a href="/index.php/news">ข่าวสาร</a></li><li class="sp-menu-item"><a href="/index.php/knowledge">องค์ความรู้</a></li><li class="sp-menu-item"><a href="/index.php/ita">ITA</a></li><li class="sp-menu-item"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div></div>
</div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">ข่าวประชาสัมพันธ์</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/index.php/news" class="pathway"><span itemprop="name">ข่าวสาร</span></a><meta itemprop="position" content="2"></li>{crumb}</ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-8"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
{content}
</div></main>
<aside id="sp-right" class="col-lg-4"><div class="sp-column">
<div class="sp-module"><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">สถิติผู้เข้าชม</h3><div class="sp-module-content"><div class="vcnt"><table class="vcnt-table"><tr class="vcnt-row"><td class="vcnt-text">วันนี้</td><td class="vcnt-number">212</td></tr><tr class="vcnt-row"><td class="vcnt-text">เมื่อวาน</td><td class="vcnt-number">355</td></tr></table><p>{COUNTER}</p></div></div></div>
<div class="sp-module"><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form id="login-form-16" class="mod-login" action="/index.php/news" method="post"><div class="mod-login__username form-group"><label for="modlgn-username-16">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div><div class="mod-login__password form-group"><label for="modlgn-passwd-16">รหัสผ่าน</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control"></div><div class="mod-login__remember form-group"><input id="form-login-remember-16" type="checkbox" name="remember" value="yes"> <label for="form-login-remember-16">จดจำการเข้าสู่ระบบ</label></div><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button><ul class="mod-login__options list-unstyled"><li><a href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a></li></ul><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form></div></div>
</div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><div class="sp-module"><div class="sp-module-content"><div class="mod-custom custom"><p>{OFFICE} {FOOTER}</p></div></div></div><span class="sp-copyright">© 2567 {OFFICE} กรมส่งเสริมการเกษตร สงวนลิขสิทธิ์</span></div></div></div></div></div></footer>
</div></div>
<div id="sp-cookie-consent" class="position-fixed d-flex"><div><div class="sp-cookie-consent-content">{COOKIE}</div><div class="sp-cookie-consent-action"><a class="sp-cookie-close sp-cookie-allow btn btn-primary" href="#">ยอมรับ</a></div></div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return CAT if j == 0 else f"{CAT}?start={j * PER_PAGE}"

        def item(label, j, aria, disabled=False, active=False, icon=""):
            if disabled:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{icon or label}</span></li>'
            if active:
                return f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {j + 1}" href="#" class="page-link">{label}</a></li>'
            return f'<li class="page-item"><a aria-label="{aria}" href="{href(j)}" class="page-link">{icon or label}</a></li>'

        lis = [
            item(
                "เริ่มต้น",
                0,
                "ไปยังหน้าแรก",
                disabled=k == 0,
                icon='<span class="icon-angle-double-left" aria-hidden="true"></span>',
            ),
            item(
                "ก่อนหน้า",
                k - 1,
                "ไปยังหน้าก่อนหน้า",
                disabled=k == 0,
                icon='<span class="icon-angle-left" aria-hidden="true"></span>',
            ),
        ]
        for j in range(n):
            lis.append(item(str(j + 1), j, f"ไปที่หน้า {j + 1}", active=j == k))
        lis += [
            item(
                "ถัดไป",
                k + 1,
                "ไปยังหน้าถัดไป",
                disabled=k == n - 1,
                icon='<span class="icon-angle-right" aria-hidden="true"></span>',
            ),
            item(
                "สุดท้าย",
                n - 1,
                "ไปยังหน้าสุดท้าย",
                disabled=k == n - 1,
                icon='<span class="icon-angle-double-right" aria-hidden="true"></span>',
            ),
        ]
        return f"""<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>"""

    def blog_item(self, title, path, a):
        img = ""
        if a.extra.get("image"):
            img = f'<div class="article-intro-image float-start"><a href="{path}"><img src="/images/news/2567/{a.id}/intro.jpg" alt="{esc(title)}" itemprop="thumbnailUrl" width="400" height="260" loading="lazy"></a></div>'
        return f"""<div class="blog-item col-12"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{img}
<div class="article-body"><div class="article-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
<div class="article-info"><span class="published" title="เผยแพร่: {jdate(a.published)}"><time datetime="{a.published.isoformat()}" itemprop="datePublished">{jdate(a.published)}</time></span><span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</span></div>
<div class="article-introtext"><p>{esc(a.paras[0][:180])}…</p></div>
<div class="readmore"><a href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(title)}">อ่านเพิ่มเติม...</a></div></div></div></div>
"""

    def listing(self, k):
        items = [self.blog_item(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            items.insert(
                3,
                self.blog_item(
                    "ประกาศรับสมัครพนักงานจ้างเหมาบริการ (ยกเลิก)",
                    self.deleted_paths()[0],
                    self.pages[1][3],
                ),
            )
        content = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="category-desc clearfix"><p>ข่าวสารและกิจกรรมของ{OFFICE}</p></div>
<div class="com-content-category-blog__items blog-items article-list articles-leading"><div class="row">
{"".join(items)}</div></div>
{self.pagination(k)}
</div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content, "view-category")

    # ------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a):
        same = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        return (same or [x for x in self.articles if x is not a])[:3]

    def article(self, a):
        url = f"{HOST}{a.path}"
        img = ""
        if a.extra["image"]:
            img = f'<div class="article-full-image float-start"><img src="/images/news/2567/{a.id}/full.jpg" itemprop="image" alt="{esc(a.title)}" width="1200" height="780" loading="lazy"></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p style="text-align: right;"><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>'
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li class="list-inline-item tag-{self.tag_ids[t]} tag-list0" itemprop="keywords"><a href="/index.php/component/tags/tag/{self.tag_ids[t]}" class="tag-link label label-info">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'<ul class="tags list-inline mb-4">{lis}</ul>'
        prev, nxt = self.neighbours(a)
        nav = []
        if prev:
            nav.append(
                f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
            )
        if nxt:
            nav.append(
                f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(nxt.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            )
        rel = "".join(
            f'<div class="col-md-4"><div class="related-article-list-item"><h4 class="related-article-title"><a href="{x.path}">{esc(x.title)}</a></h4><div class="article-info"><span class="published"><time datetime="{x.published.isoformat()}">{jdate(x.published)}</time></span></div></div></div>'
            for x in self.related(a)
        )
        modified = f'<span class="modified"><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {jdate(a.modified)}</time></span>'
        return f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
{img}
<div class="article-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"></div>
<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: {AUTHOR}"><span itemprop="name">{AUTHOR}</span></span>
<span class="category-name" title="หมวด: ข่าวประชาสัมพันธ์"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></span>
<span class="published" title="เผยแพร่: {jdate(a.published)}"><time datetime="{a.published.isoformat()}" itemprop="datePublished">{jdate(a.published)}</time></span>
{modified}
<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</span>
</div>
<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><span class="share-label">แชร์ข่าวนี้</span><ul><li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={url}','Facebook','width=600,height=300'); return false;" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li><a class="twitter" href="https://twitter.com/share?url={url}" title="Twitter"><span class="fab fa-twitter" aria-hidden="true"></span></a></li><li><a class="line" href="https://social-plugins.line.me/lineit/share?url={url}" title="LINE"><span class="fab fa-line" aria-hidden="true"></span></a></li><li><a class="print" href="{a.path}?tmpl=component&amp;print=1" rel="nofollow" title="พิมพ์บทความ"><span class="fas fa-print" aria-hidden="true"></span> พิมพ์</a></li></ul></div></div></div></div>
<div itemprop="articleBody">
{body}
</div>
{tags}
<div class="article-footer-wrap"><div class="article-footer-top"><nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">{"".join(nav)}</span></nav></div></div>
<div class="related-article-list-container"><h3 class="related-article-title">บทความที่เกี่ยวข้อง</h3><div class="row">{rel}</div></div>
</div>"""

    def detail(self, a):
        head = f"""<meta name="author" content="{AUTHOR}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a.title)}">
<meta property="og:url" content="{HOST}{a.path}">
<meta property="og:site_name" content="{OFFICE}">
"""
        crumb = f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="{CAT}" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="3"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">{esc(a.title)}</span><meta itemprop="position" content="4"></li>'
        return self.shell(f"{a.title} - {OFFICE}", self.article(a), "view-article", head, crumb)

    def denied(self):
        content = """<joomla-alert type="warning" role="alert" class="joomla-alert--show"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</div></div></joomla-alert>
<div class="com-users-login login"><form action="/index.php/component/users/login?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required form-control" size="25" required autocomplete="username" autofocus></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required form-control" size="25" maxlength="99" required></div></div><div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div><input type="hidden" name="return" value="aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudA=="></fieldset></form></div>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a></div>"""
        return self.shell(f"เข้าสู่ระบบ - {OFFICE}", content, "view-login", "", "")

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == CAT:
            if "format" in query:
                return self.feed()
            start = qs1(query, "start", "0")
            if (
                not start.isdigit()
                or int(start) % PER_PAGE
                or int(start) // PER_PAGE >= len(self.pages)
            ):
                return None
            return self.html_response(self.listing(int(start) // PER_PAGE))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == unquote(self.deleted_paths()[0]):
            return self.html_response(self.denied())
        if path in ("/", "/index.php"):
            return 303, {"Location": base + CAT}, b""
        return None

    def feed(self):
        items = "".join(
            f'<item><title>{esc(a.title)}</title><link>{HOST}{esc(a.path)}</link><guid isPermaLink="true">{HOST}{esc(a.path)}</guid><description>{esc(a.paras[0][:200])}</description><author>{AUTHOR}@lampang.doae.go.th ({AUTHOR})</author><category>ข่าวประชาสัมพันธ์</category><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>'
            for a in self.articles[:10]
        )
        rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>ข่าวประชาสัมพันธ์</title><link>{HOST}{CAT}</link><language>th-th</language>{items}</channel></rss>'
        return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                f"ฮิต: {a.views}",
                f"เผยแพร่: {jdate(a.published)}",
                f"ปรับปรุงล่าสุด: {jdate(a.modified)}",
                AUTHOR,
                "แชร์ข่าวนี้",
                "บทความที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่าน?",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.source:
                must_not.append(f"ข่าว/ภาพ : {a.source}")
            for x in (prev, nxt):
                if x:
                    must_not.append(x.title)
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = NewsbergSite()

if __name__ == "__main__":
    main(SITE)
