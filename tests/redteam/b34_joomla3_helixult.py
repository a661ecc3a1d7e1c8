"""Blind-34 red-team site (part B): **Joomla! 3.10 + JoomShaper Helix Ultimate 1.1**
(`/templates/shaper_helixultimate/`) run by a provincial social-development office
(สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง), Thai interface, built blind.

What it imitates:
- Joomla 3 fingerprints: `generator` "Joomla! - Open Source Content Management",
  `/media/jui/js/jquery.min.js`, `/media/system/js/caption.js`, `/templates/shaper_helixultimate/`
  CSS and JS, `?format=feed&type=rss` alternate link, `/index.php/...` SEF URLs;
- **Unicode aliases**: article URLs carry the Thai title words as the alias
  (`/index.php/ข่าวกิจกรรม/412-ผวจ-ลำปาง-...`, percent-encoded in hrefs);
- Helix Ultimate shell: `#sp-top-bar`, `header#sp-header` with `#sp-logo` and `#sp-menu`
  (`ul.sp-megamenu-parent`), `#sp-page-title` (category title in an `h2`), `#sp-main-body` with
  `#sp-component` and `#sp-right` (latest news module, visitor counter module "สถิติผู้เข้าชม",
  login module), `footer#sp-footer`, Helix "offcanvas" menu, cookie (EU e-Privacy) bar;
- article: `div.article-details` (schema.org Article), `div.article-header h1[itemprop=headline]`,
  `div.article-info` with `span.createdby` (login), `span.category-name`, `span.published` with
  `<time datetime="…+07:00" itemprop="datePublished">` and visible **"14 สิงหาคม 2024" (Thai
  month, CE year, no visible time)**, `span.modified` "ปรับปรุงล่าสุด" (every item) with its
  own `<time>`, `span.hits` "เปิดอ่าน: N" + `interactionCount` meta; Helix social share
  (facebook / twitter / linkedin) and print / e-mail icons INSIDE the article; intro image
  (some); body; typed source line (some); "แท็ก:" `ul.tags`; **pagenavigation with neighbour
  titles in `title` / `aria-label`** attributes; "บทความที่เกี่ยวข้อง" related articles;
- listing: category blog `/index.php/ข่าวกิจกรรม` with `?start=8`, `?start=16`, `?start=24`
  (`ul.pagination`, "หน้า 1 จาก 4").
Deleted: a trashed article behind an old link; this host renders the shell with the system
message "ไม่พบบทความ" and an empty component (200).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

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

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดลำปาง"
HOST = "https://lampang.m-society.go.th"
T = "/templates/shaper_helixultimate"
CAT = "ข่าวกิจกรรม"
LISTING = f"/index.php/{CAT}"
PER_PAGE = 8
LOGINS = ["pr_lampang", "admin", "Super User"]
SOURCES = [
    ("ข่าว", "กลุ่มนโยบายและวิชาการ"),
    None,
    ("ภาพ/ข่าว", "กลุ่มการพัฒนาสังคมและสวัสดิการ"),
    None,
    None,
    ("ที่มา", "ศูนย์ช่วยเหลือสังคม จังหวัดลำปาง"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป"),
]
DELETED_ID = 397
SITE_COUNTER = "ทั้งหมด 1,204,377"
SLOGAN = "สร้างสังคมคุณภาพ ทุกช่วงวัยในจังหวัดลำปาง"


def ce_date(d: dt.datetime) -> str:
    """Joomla DATE_FORMAT_LC3 'j F Y' under the Thai language pack: Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def alias(a) -> str:
    words = [w for w in re.sub(r"[^\w\s\u0e00-\u0e7f-]", "", a.title.lower()).split() if w][:5]
    return f"{a.id}-" + "-".join(words)


class HelixUltimateSite(BaseSite):
    key = "b34_joomla3_helixult"
    family = "joomla"
    imitates = (
        "Joomla! 3.10 + JoomShaper Helix Ultimate 1.1, provincial social-development office, "
        "UTF-8: Unicode (Thai) SEF aliases /index.php/ข่าวกิจกรรม/412-<thai words>; "
        "h1[itemprop=headline] in div.article-details; div.article-info createdby / category / "
        "published <time datetime ISO> with visible '14 สิงหาคม 2024' (Thai month, CE year, no "
        "visible time) / modified on every item / hits 'เปิดอ่าน: N'; Helix share + print/e-mail "
        "inside the article; image (some); typed source line (some); ul.tags; pagenav with "
        "neighbour titles in attributes; related articles; sidebar latest news, visitor counter, "
        "login; cookie bar; category blog ?start=8/16/24 (ul.pagination, 'หน้า 1 จาก 4'); "
        "deleted = trashed article, system message 'ไม่พบบทความ' in the shell (200)"
    )
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 9, 20, 16, 0, tzinfo=TZ), offset=17
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 436
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + (i * 5) % 3
            if aid == DELETED_ID:
                aid -= 1
            a.time_printed = True  # datetime attribute on every item
            if a.modified is None:
                a.modified = a.published  # Joomla prints modified = created when never edited
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.path = f"{LISTING}/{alias(a)}"
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"{LISTING}/{DELETED_ID}-แจ้งยกเลิกการรับสมัครผู้ดูแลผู้สูงอายุ"

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def right(self):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{quote(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<aside id="sp-right" class="col-lg-3 "><div class="sp-column ">
<div class="sp-module "><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">สถิติผู้เข้าชม</h3><div class="sp-module-content"><div class="vcnt"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vinfo"><tbody><tr><td>วันนี้</td><td>318</td></tr><tr><td>เมื่อวาน</td><td>402</td></tr><tr><td>สัปดาห์นี้</td><td>1,977</td></tr><tr><td>{SITE_COUNTER}</td></tr></tbody></table></div></div></div>
<div class="sp-module "><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form action="{quote(LISTING)}" method="post" id="login-form"><div class="mod-login__username form-group"><input id="modlgn-username" type="text" name="username" class="form-control" placeholder="ชื่อผู้ใช้"></div><div class="mod-login__password form-group"><input id="modlgn-passwd" type="password" name="password" class="form-control" placeholder="รหัสผ่าน"></div><div id="form-login-remember" class="form-group form-check"><input id="modlgn-remember" type="checkbox" name="remember" class="form-check-input" value="yes"><label for="modlgn-remember" class="control-label">จดจำการเข้าระบบ</label></div><div id="form-login-submit" class="form-group"><button type="submit" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form></div></div>
</div></aside>"""

    def shell(self, title, component, *, head="", message=""):
        return f"""<!doctype html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{head}<link href="{quote(LISTING)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0">
<link href="{T}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon">
<link href="{T}/css/bootstrap.min.css" rel="stylesheet">
<link href="{T}/css/font-awesome.min.css" rel="stylesheet">
<link href="{T}/css/template.css" rel="stylesheet">
<link href="{T}/css/presets/preset2.css" rel="stylesheet">
<script src="/media/jui/js/jquery.min.js?7f1c3b"></script>
<script src="/media/jui/js/jquery-noconflict.js?7f1c3b"></script>
<script src="/media/system/js/caption.js?7f1c3b"></script>
<script src="{T}/js/popper.min.js"></script>
<script src="{T}/js/bootstrap.min.js"></script>
<script src="{T}/js/main.js"></script>
<script>template="shaper_helixultimate";</script>
</head>
<body class="site helix-ultimate com-content view-{"article" if head else "category"} layout-blog task-none itemid-112 th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-left"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" href="https://www.facebook.com/lampangmsociety" aria-label="facebook"><span class="fa fa-facebook"></span></a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-right"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fa fa-phone"></span> <a href="tel:054265092">054-265092</a></li><li class="sp-contact-email"><span class="fa fa-envelope"></span> <a href="mailto:lampang@m-society.go.th">lampang@m-society.go.th</a></li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-8 col-lg-3"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo/logo-msociety.png" alt="{OFFICE}"></a></div></div></div>
<div id="sp-menu" class="col-4 col-lg-9"><div class="sp-column"><nav class="sp-megamenu-wrapper" role="navigation"><a id="offcanvas-toggler" aria-label="Navigation" class="offcanvas-toggler-right d-block d-lg-none" href="#"><i class="fa fa-bars" aria-hidden="true" title="Navigation"></i></a><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">หน้าหลัก</a></li><li class="sp-menu-item sp-has-child"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="sp-menu-item current-item active"><a href="{quote(LISTING)}">ข่าวกิจกรรม</a></li><li class="sp-menu-item"><a href="/index.php/procurement">จัดซื้อจัดจ้าง</a></li><li class="sp-menu-item"><a href="/index.php/ita">ITA</a></li><li class="sp-menu-item"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div></div></div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12 "><div class="sp-column "><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">ข่าวกิจกรรม</h2><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-left"><span class="divider fa fa-map-marker" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าแรก</span></a></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">ข่าวกิจกรรม</span></li></ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9 " role="main"><div class="sp-column "><div id="system-message-container">{message}</div>
{component}
</div></main>
{self.right()}
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12 "><div class="sp-column "><span class="sp-copyright">© 2024 {OFFICE} 328 ถนนประสานไมตรี ตำบลสบตุ๋ย อำเภอเมืองลำปาง จังหวัดลำปาง 52100 — {SLOGAN}</span></div></div></div></div></div></footer>
</div></div>
<div class="offcanvas-overlay"></div><div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><span class="fa fa-remove"></span></a><div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content"><ul class="menu"><li class="item-101"><a href="/">หน้าหลัก</a></li><li class="item-112 current active"><a href="{quote(LISTING)}">ข่าวกิจกรรม</a></li></ul></div></div></div></div>
<div class="sp-cookie-allow"><div class="cookie-text">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a href="/index.php/privacy">นโยบายความเป็นส่วนตัว</a></div><a class="btn btn-primary sp-cookie-allow-btn" href="#">ยอมรับ</a></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fa fa-chevron-up" aria-hidden="true"></span></a>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def info(self, a, detail):
        pub = f'<span class="published" title="เผยแพร่: {ce_date(a.published)}"><span class="fa fa-calendar-o" aria-hidden="true"></span> <time datetime="{a.published.isoformat()}" itemprop="datePublished">{ce_date(a.published)}</time></span>'
        mod = f'<span class="modified" title="ปรับปรุงล่าสุด: {ce_date(a.modified)}"><span class="fa fa-refresh" aria-hidden="true"></span> ปรับปรุงล่าสุด: <time datetime="{a.modified.isoformat()}" itemprop="dateModified">{ce_date(a.modified)}</time></span>'
        hits = f'<span class="hits"><span class="fa fa-eye" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</span>'
        return f"""<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: {esc(a.extra["login"])}"><span class="fa fa-user" aria-hidden="true"></span> <span itemprop="name">{esc(a.extra["login"])}</span></span>
<span class="category-name" title="หมวด: {CAT}"><span class="fa fa-folder-open-o" aria-hidden="true"></span> <a href="{quote(LISTING)}" itemprop="genre">{CAT}</a></span>
{pub}
{mod if detail else ""}
{hits}
</div>"""

    def blog_item(self, a, title=None, path=None):
        path = path or a.path
        img = ""
        if a.extra["image"]:
            img = f'<div class="article-intro-image"><a href="{quote(path)}"><img src="/images/news/2024/act{a.id}.jpg" alt="{esc(title or a.title)}"></a></div>'
        return f"""<div class="article-list articles-leading"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{img}<div class="article-body"><div class="article-header"><h2><a href="{quote(path)}" itemprop="url">{esc(title or a.title)}</a></h2></div>
{self.info(a, False)}
<div class="article-introtext"><p>{esc(a.paras[0][:180])}…</p></div>
<div class="readmore"><a class="btn btn-primary" href="{quote(path)}" itemprop="url" aria-label="อ่านเพิ่มเติม {esc(title or a.title)}">อ่านเพิ่มเติม …</a></div>
</div></div></div>
"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return quote(LISTING) + (f"?start={j * PER_PAGE}" if j else "")

        items = []
        items.append(
            f'<li class="page-item"><a title="เริ่มต้น" href="{href(0)}" class="page-link">เริ่มต้น</a></li>'
            if k
            else '<li class="page-item disabled"><a class="page-link">เริ่มต้น</a></li>'
        )
        items.append(
            f'<li class="page-item"><a title="ก่อนหน้า" href="{href(k - 1)}" class="page-link">ก่อนหน้า</a></li>'
            if k
            else '<li class="page-item disabled"><a class="page-link">ก่อนหน้า</a></li>'
        )
        for j in range(n):
            if j == k:
                items.append(f'<li class="page-item active"><a class="page-link">{j + 1}</a></li>')
            else:
                items.append(
                    f'<li class="page-item"><a title="{j + 1}" href="{href(j)}" class="page-link">{j + 1}</a></li>'
                )
        last = k == n - 1
        items.append(
            '<li class="page-item disabled"><a class="page-link">ถัดไป</a></li>'
            if last
            else f'<li class="page-item"><a title="ถัดไป" href="{href(k + 1)}" class="page-link">ถัดไป</a></li>'
        )
        items.append(
            '<li class="page-item disabled"><a class="page-link">สุดท้าย</a></li>'
            if last
            else f'<li class="page-item"><a title="สุดท้าย" href="{href(n - 1)}" class="page-link">สุดท้าย</a></li>'
        )
        return f"""<div class="articles-more"></div>
<div class="pagination-wrapper"><ul class="pagination">{"".join(items)}</ul><p class="counter">หน้า {k + 1} จาก {n}</p></div>"""

    def listing(self, k):
        rows = [self.blog_item(a) for a in self.pages[k]]
        if k == 1:
            fake = self.pages[1][2]
            rows.insert(3, self.blog_item(fake, "แจ้งยกเลิกการรับสมัครผู้ดูแลผู้สูงอายุ", self.deleted))
        comp = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="category-desc clearfix"><p>ข่าวกิจกรรมของ{OFFICE}</p></div>
{"".join(rows)}
{self.pagination(k)}
</div>"""
        title = "ข่าวกิจกรรม" if k == 0 else f"ข่าวกิจกรรม - หน้า {k + 1}"
        return self.shell(title, comp)

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 4, i - 2) if 0 <= j < len(self.articles)]

    def article(self, a):
        url = HOST + quote(a.path)
        image = ""
        if a.extra["image"]:
            image = f'<div class="article-full-image float-left"><img src="/images/news/2024/act{a.id}.jpg" alt="{esc(a.title)}" itemprop="image"></div>'
        share = f"""<div class="article-ratings-social-share d-flex justify-content-end"><div class="mr-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><ul>
<li><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u={url}','Facebook','width=600,height=300'); return false;" href="https://www.facebook.com/sharer.php?u={url}" title="Facebook"><span class="fa fa-facebook"></span></a></li>
<li><a class="twitter" title="Twitter" href="https://twitter.com/share?url={url}"><span class="fa fa-twitter"></span></a></li>
<li><a class="linkedin" title="LinkedIn" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={url}"><span class="fa fa-linkedin-square"></span></a></li>
</ul></div></div></div></div>"""
        icons = f'<div class="article-can-edit d-flex flex-wrap justify-content-between"><div class="icons"><div class="btn-group pull-right"><ul class="dropdown-menu"><li class="print-icon"><a href="{quote(a.path)}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=shaper_helixultimate&amp;link=7c1a" title="ส่งลิงก์นี้ให้เพื่อน" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul></div></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p style="text-align: right;"><strong>{a.extra["label"]} :</strong> {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="article-tags"><span class="tags-label">แท็ก: </span><ul class="tags">'
                + "".join(
                    f'<li class="tag-{n + 3} tag-list{n}" itemprop="keywords"><a href="/index.php/component/tags/tag/{quote(t)}" class="label label-info">{esc(t)}</a></li>'
                    for n, t in enumerate(a.tags)
                )
                + "</ul></div>"
            )
        newer, older = self.neighbours(a)
        nav = '<nav class="pagenavigation"><ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{quote(newer.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{quote(older.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul></nav>"
        rel = "".join(
            f'<div class="related-article"><div class="article-header"><h3><a href="{quote(r.path)}">{esc(r.title)}</a></h3></div><div class="article-info"><span class="published"><time datetime="{r.published.isoformat()}">{ce_date(r.published)}</time></span></div></div>'
            for r in self.related(a)
        )
        comp = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="article-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
{icons}
{self.info(a, True)}
{share}
{image}
<div itemprop="articleBody">{body}</div>
{tags}
{nav}
<div class="related-article-list-container"><h3 class="related-article-title">บทความที่เกี่ยวข้อง</h3><div class="article-list related-article-list">{rel}</div></div>
</div>"""
        head = f'<link href="{url}" rel="canonical">\n<meta name="author" content="{esc(a.extra["login"])}">\n<meta name="description" content="{esc(a.paras[0][:150])}">\n'
        return self.shell(a.title, comp, head=head)

    def gone(self):
        msg = '<div class="alert alert-warning"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">คำเตือน</h4><div><div class="alert-message">ไม่พบบทความ</div></div></div>'
        return self.shell(OFFICE, "", head="", message=msg)

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LISTING:
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.gone())
        if path == "/":
            return 303, {"Location": base + quote(LISTING)}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                ce_date(a.published),
                f"เปิดอ่าน: {a.views}",
                "ปรับปรุงล่าสุด",
                a.extra["login"] if a.extra["login"] != "admin" else "เขียนโดย",
                "พิมพ์บทความ",
                "ส่งลิงก์นี้ให้เพื่อน",
                "บทความที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                SITE_COUNTER,
                "จดจำการเข้าระบบ",
                "ลืมรหัสผ่าน",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนประสานไมตรี",
                SLOGAN,
                "lampang@m-society.go.th",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = HelixUltimateSite()

if __name__ == "__main__":
    main(SITE)
