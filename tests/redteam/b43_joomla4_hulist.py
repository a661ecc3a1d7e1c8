"""Blind-43 red-team site (part B): **Joomla 4.4 + JoomShaper Helix Ultimate 2 with the category
*List* layout**, run by a provincial fisheries office, built blind.

What it imitates:
- SEF URLs without index.php: `/pr-news/<id>-<date-time alias>`; generator "Joomla! - Open
  Source Content Management", `/templates/shaper_helixultimate/`, `/media/system/js/`,
  category feed `?format=feed&type=rss`; Helix `#sp-header`, `#sp-main-body`, `#sp-footer`;
- article page: `<title>` = the menu's browser page title "ข่าวประชาสัมพันธ์ - office" (not the
  headline); `h1` = the page heading in `div.page-header`; **the headline in
  `div.article-header > h2[itemprop=headline]`**; Helix `div.article-info` with
  `span.createdby` (login name), `span.category-name`, `span.published` (`time datetime` ISO
  +07:00, visible "DATE_FORMAT_LC3" with the **CE year** of the Thai pack, no time),
  `span.hits` "ฮิต: N"; Helix social share (`ul.social-share-icon`) above the text;
  `div.article-can-edit`-free print/e-mail icons; "ที่มา :" line (some); image (some);
  attachments (some); `ul.tags`; Helix "แก้ไขล่าสุด" `span.modified` only on edited items;
  `ul.pagenav` with neighbour titles; Helix related articles "บทความที่เกี่ยวข้อง" inside the
  article; sidebar latest, login, counter; cookie bar; footer;
- category **List** (`table.category.table`, 10 rows, title / created / hits columns) with
  `?start=10`, `?start=20`.
Deleted: `/pr-news/388-2024-04-01-02-11-40` — an unpublished item linked from page 2: Joomla 4
answers 200 with the template and "ไม่พบบทความ" (the 404 error message set as a 200 page by the
site's error-page override).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประมงจังหวัดสมุทรสงคราม"
LIST = "/pr-news"
TPL = "/templates/shaper_helixultimate"
PER = 10
SOURCES = [None, "กลุ่มบริหารจัดการด้านการประมง", None, "สำนักงานประมงอำเภออัมพวา", None]
TAGS = ["ประมงพื้นบ้าน", "หอยแครง", "ทะเบียนเรือ", "ธนาคารปู", "สัตว์น้ำจืด"]
DELETED = f"{LIST}/388-2024-04-01-02-11-40"
DELETED_TITLE = "ประกาศผลการคัดเลือกเกษตรกรผู้เพาะเลี้ยงดีเด่น"
COUNTER = "ผู้เข้าชมทั้งหมด 884,302"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน"
FOOTER = "ถนนเอกชัย ตำบลแม่กลอง อำเภอเมืองสมุทรสงคราม 75000"
SHARE = "แบ่งปันบทความนี้"
RELATED = "บทความที่เกี่ยวข้อง"


def lc3(d: dt.datetime) -> str:
    """DATE_FORMAT_LC3 of the Thai pack, CE year: '05 มีนาคม 2024'."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


class HUSite(BaseSite):
    key = "b43_joomla4_hulist"
    family = "joomla"
    imitates = "Joomla 4.4 + JoomShaper Helix Ultimate 2, provincial fisheries office: SEF /pr-news/<id>-<date-time alias>; <title> = menu browser title, h1 = page heading, headline in div.article-header h2; Helix div.article-info span.createdby (login) / category / published (time datetime ISO, visible LC3 date with CE year, no time) / hits 'ฮิต: N'; span.modified 'แก้ไขล่าสุด' only on edited items; Helix social share above the text; print/email icons; 'ที่มา :' (some); image (some); attachments (some); tags; pagenav with neighbour titles; Helix related articles inside the article; latest, login, counter; cookie bar; category List table ?start=10/20; deleted = unpublished item answering 200 with 'ไม่พบบทความ'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 30, 16, 0, tzinfo=TZ), offset=311
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 452 - i * 3
            created = a.published - dt.timedelta(hours=7)
            a.path = f"{LIST}/{a.id}-{created:%Y-%m-%d-%H-%M-%S}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 17 + (i * 131) % 2100
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 7 == 3
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?start={k * PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, cls):
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
<title>ข่าวประชาสัมพันธ์ - {OFFICE}</title>
<link href="{LIST}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">
<link href="{TPL}/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet">
<link href="/plugins/system/helixultimate/assets/css/system-j4.min.css" rel="stylesheet">
<link href="{TPL}/css/template.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="{TPL}/js/main.js"></script>
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site helix-ultimate hu com_content {cls} layout-default task-none itemid-121 th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone" aria-hidden="true"></span> <a href="tel:034711345">0-3471-1345</a></li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row">
<div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo.png" alt="{OFFICE}"></a></div></div></div>
<div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">หน้าหลัก</a></li><li class="sp-menu-item current-item active"><a aria-current="page" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="sp-menu-item"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="sp-menu-item"><a href="/ita">ITA</a></li><li class="sp-menu-item"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div></div>
</div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h2 class="sp-page-title-heading">ข่าวประชาสัมพันธ์</h2>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าหลัก</span></a><meta itemprop="position" content="1"></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="breadcrumb-item active"><span itemprop="name">ข่าวประชาสัมพันธ์</span><meta itemprop="position" content="2"></li></ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-9" role="main"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
{content}
</div></main>
<aside id="sp-right" class="col-lg-3"><div class="sp-column">
<div class="sp-module"><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="sp-module"><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form id="login-form-16" class="mod-login" action="{LIST}" method="post"><div class="mod-login__username form-group"><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"></div><div class="mod-login__password form-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="รหัสผ่าน"></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div><ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset?Itemid=101">ลืมรหัสผ่านของคุณ?</a></li><li><a href="/component/users/remind?Itemid=101">ลืมชื่อผู้ใช้ของคุณ?</a></li></ul><input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"></form></div></div>
<div class="sp-module"><h3 class="sp-module-title">สถิติผู้เข้าชม</h3><div class="sp-module-content"><div class="custom"><p>วันนี้ 211</p><p>{COUNTER}</p></div></div></div>
</div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© 2024 {OFFICE} {FOOTER} โทร. 0-3471-1345</span></div></div></div></div></div></footer>
</div></div>
<div class="sp-cookie-consent position-fixed"><div class="sp-cookie-consent-content">{COOKIE}</div><div class="sp-cookie-consent-action"><a class="sp-cookie-close btn btn-primary" href="#">ยอมรับ</a></div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k])
        for j, a in enumerate(items):
            rows.append((a.path, a.title, a.published, a.views))
            if k == 1 and j == 4:
                rows.append((DELETED, DELETED_TITLE, items[4].published, 9))
        trs = "".join(
            f'<tr class="cat-list-row{j % 2}"><th class="list-title" scope="row"><a href="{p}">{esc(t)}</a></th><td class="list-date small">{d:%d-%m-%Y}</td><td class="list-hits"><span class="badge bg-info">ฮิต: {v}</span></td></tr>'
            for j, (p, t, d, v) in enumerate(rows)
        )

        def href(j):
            return LIST if j == 0 else f"{LIST}?start={j * PER}"

        lis = []
        lis.append(
            '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
            if k == 0
            else f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li><li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{href(k - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
        )
        for j in range(n):
            lis.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {j + 1}" href="#" class="page-link">{j + 1}</a></li>'
                if j == k
                else f'<li class="page-item"><a aria-label="ไปที่หน้า {j + 1}" href="{href(j)}" class="page-link">{j + 1}</a></li>'
            )
        if k < n - 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{href(k + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li><li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{href(n - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        content = f"""<div class="com-content-category category-list">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="content-category">
<form action="{LIST}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content-category__pagination btn-group float-end"><label for="limit" class="visually-hidden">แสดง #</label><select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="20">20</option></select></div>
<table class="com-content-category__table category table table-striped table-bordered table-hover"><caption class="visually-hidden">บทความ</caption>
<thead><tr><th scope="col" id="categorylist_header_title">ชื่อเรื่อง</th><th scope="col" id="categorylist_header_date">วันที่สร้าง</th><th scope="col" id="categorylist_header_hits">ฮิต</th></tr></thead>
<tbody>{trs}</tbody></table>
<div class="com-content-category__navigation w-100"><p class="com-content-category__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p><div class="com-content-category__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>
<input type="hidden" name="limitstart" value="{k * PER}"></form></div></div>"""
        return self.shell(content, "view-category layout-default")

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[:3]

    def article(self, a):
        p = a.published
        img = (
            f'<div class="article-full-image float-start"><img src="/images/news/{a.id}.jpg" itemprop="image" alt="" width="800" height="533" loading="lazy"></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p>ที่มา : {esc(a.source)}</p>"
        files = (
            f'<div class="attachmentsContainer"><table class="attachmentsList"><caption>ไฟล์แนบ:</caption><tbody><tr><td class="at_filename"><a class="at_url" href="/images/attachments/article/{a.id}/file{a.id}.pdf">file{a.id}.pdf</a></td><td class="at_file_size">340 Kb</td></tr></tbody></table></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<ul class="tags list-inline">'
            + "".join(
                f'<li class="list-inline-item tag-{7 + j} tag-list{j}"><a href="/component/tags/tag/{7 + j}" class="btn-sm btn-info">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            + "</ul>"
            if a.tags
            else ""
        )
        modified = (
            f'<span class="modified" title="แก้ไขล่าสุด: {lc3(a.modified)}"><span class="far fa-calendar-check" aria-hidden="true"></span><time datetime="{a.modified.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด: {lc3(a.modified)}</time></span>'
            if a.modified
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if prev:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if nxt:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(nxt.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        rel = "".join(
            f'<div class="col-lg-4"><div class="article"><div class="article-header"><h3><a href="{x.path}">{esc(x.title)}</a></h3></div><div class="article-info"><span class="published"><time datetime="{x.published.isoformat()}">{lc3(x.published)}</time></span></div></div></div>'
            for x in self.related(a)
        )
        content = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
{img}
<div class="article-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="article-can-edit d-flex flex-wrap justify-content-between"><div class="article-print-email"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="fas fa-print" aria-hidden="true"></span> พิมพ์</a> <a href="/component/mailto/?tmpl=component&amp;link=3c9e1" rel="nofollow"><span class="fas fa-envelope" aria-hidden="true"></span> อีเมล</a></div></div>
<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: pr_admin"><span itemprop="name">pr_admin</span></span>
<span class="category-name" title="หมวด: ข่าวประชาสัมพันธ์"><a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a></span>
<span class="published" title="เผยแพร่: {lc3(p)}"><time datetime="{p.isoformat()}" itemprop="datePublished">{lc3(p)}</time></span>
{modified}
<span class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta content="UserPageVisits:{a.views}">ฮิต: {a.views}</span>
</div>
<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><span class="share-label">{SHARE}</span><ul><li><a class="facebook" href="https://www.facebook.com/sharer.php?u={a.path}" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li><a class="twitter" href="https://twitter.com/share?url={a.path}" title="Twitter"><span class="fab fa-twitter" aria-hidden="true"></span></a></li><li><a class="linkedin" href="https://www.linkedin.com/shareArticle?mini=true&amp;url={a.path}" title="LinkedIn"><span class="fab fa-linkedin" aria-hidden="true"></span></a></li></ul></div></div></div></div>
<div itemprop="articleBody">{body}</div>
{files}
{tags}
{nav}
<div class="related-article-list-container"><h3 class="related-article-title">{RELATED}</h3><div class="article-list related-article-list"><div class="row">{rel}</div></div></div>
</div>"""
        return self.shell(content, "view-article")

    def not_found(self):
        content = """<div class="com-content-article item-page"><div class="alert alert-warning"><h4 class="alert-heading">ไม่พบบทความ</h4><p>บทความที่ท่านต้องการอาจถูกลบ ย้าย หรือยังไม่ได้เผยแพร่</p><p><a href="/" class="btn btn-secondary">กลับหน้าหลัก</a></p></div></div>"""
        return self.shell(content, "view-article")

    def route(self, path, query, raw_query, base):
        if path == LIST:
            start = qs1(query, "start", qs1(query, "limitstart", "0"))
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.not_found())
        if path in ("/", "/index.php"):
            return 303, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ฮิต: {a.views}",
                "pr_admin",
                SHARE,
                RELATED,
                "ข่าวล่าสุด",
                "ลืมรหัสผ่านของคุณ?",
                COUNTER,
                COOKIE,
                FOOTER,
                "บทความก่อนหน้า",
                "บทความถัดไป",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด: {lc3(a.modified)}")
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ:", f"file{a.id}.pdf"]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = HUSite()

if __name__ == "__main__":
    main(SITE)
