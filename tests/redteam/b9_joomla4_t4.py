"""Blind-9 red-team site: Joomla 4.3 + JoomlArt T4 framework template of a university faculty
(คณะพยาบาลศาสตร์), built blind.

What it imitates:
- T4 chrome: `div.t4-wrapper` > `div.t4-content` > `#t4-header` / `#t4-mainnav` /
  `#t4-masthead` / `#t4-main-body` / `#t4-footer` sections (`t4-section-inner container`,
  `t4-row row`, `t4-col`), off-canvas toggle, back-to-top; `<title>` "headline - faculty";
- the menu item shows its **page heading**: `div.page-header > h1` "ข่าวประชาสัมพันธ์คณะ" on
  every article, the headline an `h2[itemprop=headline]`;
- the article `/news/<id>-pr-67-NNN` (Latin aliases typed by the editors): Joomla 4's
  info block `dl.article-info` with "เขียนโดย", "หมวด:", "สร้าง: 14 กุมภาพันธ์ 2024" (the
  draft's creation, sometimes the day before), "เผยแพร่: 15 กุมภาพันธ์ 2024" (`publish_up`;
  Thai pack `j F Y`: **CE**, no time in the text; `time[datetime]` carries it with +07:00),
  "ปรับปรุงล่าสุด: …" (`modified`, every article; Joomla sets it when the article is saved for
  publication, so unedited articles show the publication moment) and "เปิดอ่าน: 1234";
  the custom fields list before the text (`ul.fields-container`, "แหล่งข่าว:" for some
  articles, "ประเภทข่าว:" for all), `div[itemprop=articleBody]` with `<p>` and a
  `figure.caption` image, tags `ul.tags` after the text, print icon, `nav.pagenavigation`
  with "ก่อนหน้า" / "ถัดไป" (neighbour titles only in `aria-label`);
- sidebar modules "ข่าวล่าสุด" (titles) and "ปฏิทินกิจกรรม";
- the deleted article was emptied and renamed "ยกเลิก" (the info block remains, no text).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b9_common import B9Site, build, month_full, neighbours, record

FACULTY = "คณะพยาบาลศาสตร์ มหาวิทยาลัยนเรศวร"
HEADING = "ข่าวประชาสัมพันธ์คณะ"
SOURCES = [None, "งานประชาสัมพันธ์ คณะพยาบาลศาสตร์", None, "หน่วยวิจัย", None]
DELETED = "/news/1590-pr-67-000"
KINDS = ["ข่าวกิจกรรม", "ข่าววิชาการ", "ข่าวรางวัล"]


def lc3(d):
    return f"{d.day} {month_full(d)} {d.year}"


class T4Site(B9Site):
    key = "b9_joomla4_t4"
    family = "joomla"
    imitates = "Joomla 4.3 + T4 framework (nursing faculty): menu page heading h1 on every article, h2 headline, info block with 'สร้าง:' (draft creation) before 'เผยแพร่:' (j F Y, CE; time only in datetime), 'ปรับปรุงล่าสุด:' every article, 'เปิดอ่าน: N', custom fields 'แหล่งข่าว:' / 'ประเภทข่าว:' before the text, figure caption, tags, pagenavigation titles only in aria-label; category list table ?start=N; emptied article as the deleted item"
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 43, SOURCES, dt.datetime(2024, 3, 12, 17, 0), first_id=1500, step=4
        )
        for i, a in enumerate(self.articles):
            a.path = f"/news/{a.id}-pr-67-{(a.id - 1500) // 4:03d}"
            a.time_printed = True
            a.modified = a.modified or a.published
            a.extra["created"] = a.published - dt.timedelta(minutes=35 + (a.id * 37) % 900)
            a.extra["kind"] = KINDS[i % 3]
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2.0">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {FACULTY}</title>
<link href="/templates/t4_bs5_blank/css/template.css?ver=1.2.3" rel="stylesheet">
<link href="/media/t4/css/15-sub.css?4a8a5b0c" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","rootFull":"\\/","base":"","baseFull":"\\/"}},"csrf.token":"9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e"}}</script>
<script src="/plugins/system/t4/themes/base/js/base.js?4a8a5b0c"></script>
</head>
<body class="site-default site-nursing navigation-default theme-default layout-default nav-breakpoint-lg com_content view-article item-117" data-jver="4">
<div class="t4-offcanvas" data-offcanvas-options='{{"modifier":"right","offcanvasOverlay":true}}' id="off-canvas-right" role="menu" tabindex="-1"><div class="t4-off-canvas-header"><a href="/" title="{FACULTY}"><img class="logo-img" src="/images/logo.png" alt="{FACULTY}"></a><button type="button" class="close js-offcanvas-close" data-bs-dismiss="t4-offcanvas" aria-label="Close">×</button></div></div>
<div class="t4-wrapper"><div class="t4-content"><div class="t4-content-inner">
<div id="t4-header" class="t4-section t4-header"><div class="t4-section-inner container"><div class="d-flex align-items-center justify-content-between"><div class="navbar-brand logo-image"><a href="/" title="{FACULTY}"><img class="logo-img" width="320" height="64" src="/images/logo.png" alt="{FACULTY}"></a></div><div class="t4-header-r"><span id="triggerButton" class="btn js-offcanvas-trigger t4-offcanvas-toggle" data-bs-toggle="t4-offcanvas"><i class="fa fa-bars toggle-bars"></i></span></div></div></div></div>
<div id="t4-mainnav" class="t4-section t4-mainnav border-top border-bottom"><div class="t4-section-inner container"><div class="t4-navbar"><nav class="navbar navbar-expand-lg"><div id="t4-megamenu-mainmenu" class="t4-megamenu collapse navbar-collapse"><ul class="nav navbar-nav level0"><li class="nav-item"><a href="/" class="nav-link">หน้าแรก</a></li><li class="nav-item"><a href="/about" class="nav-link">เกี่ยวกับคณะ</a></li><li class="nav-item current active"><a href="/news" class="nav-link" aria-current="page">{HEADING}</a></li><li class="nav-item"><a href="/curriculum" class="nav-link">หลักสูตร</a></li><li class="nav-item"><a href="/research" class="nav-link">งานวิจัย</a></li></ul></div></nav></div></div></div>
<div id="t4-main-body" class="t4-section t4-main-body"><div class="t4-section-inner container"><div class="t4-row row">
<div class="t4-col component col-md">
<div id="system-message-container" aria-live="polite"></div>
{content}
</div>
<div class="t4-col sidebar-r col-sm col-md-4">
<div class="t4-module module " id="Mod95"><div class="module-inner"><h3 class="module-title "><span>ข่าวล่าสุด</span></h3><div class="module-ct"><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div></div>
<div class="t4-module module " id="Mod96"><div class="module-inner"><h3 class="module-title "><span>ปฏิทินกิจกรรม</span></h3><div class="module-ct"><p>ประชุมคณะกรรมการประจำคณะ ทุกวันพุธที่สองของเดือน</p></div></div></div>
</div>
</div></div></div>
<div id="t4-footer" class="t4-section t4-footer"><div class="t4-section-inner container"><div class="t4-module module " id="Mod101"><div class="module-inner"><div class="module-ct"><p>{FACULTY} 99 หมู่ 9 ตำบลท่าโพธิ์ อำเภอเมือง จังหวัดพิษณุโลก 65000 โทรศัพท์ 0 5596 6666</p></div></div></div></div></div>
</div></div></div>
<a href='javascript:' id='back-to-top'><i class='fa fa-chevron-up'></i></a>
</body>
</html>
"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.path, a.title, a.published, a.views, j))
            if k == 1 and j == 3:
                rows.append(self.row(DELETED, "ยกเลิก", dt.datetime(2024, 1, 25, 9, 0), 12, 99))
        last = len(self.pages)
        pg = []

        def li(label, n, aria, cls=""):
            if n is None:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{label}</span></li>'
            return f'<li class="page-item{cls}"><a aria-label="{aria}" href="{self.page_url(n)}" class="page-link">{label}</a></li>'

        pg.append(li("เริ่มต้น", 0 if k else None, "ไปยังหน้าแรก"))
        pg.append(li("ก่อนหน้า", k - 1 if k else None, "ไปยังหน้าก่อนหน้า"))
        for n in range(last):
            pg.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {n + 1}" href="#" class="page-link">{n + 1}</a></li>'
                if n == k
                else li(str(n + 1), n, f"ไปยังหน้า {n + 1}")
            )
        pg.append(li("ถัดไป", k + 1 if k < last - 1 else None, "ไปยังหน้าถัดไป"))
        pg.append(li("สุดท้าย", last - 1 if k < last - 1 else None, "ไปยังหน้าสุดท้าย"))
        content = f"""<div class="com-content-category category-list">
<div class="page-header"><h1>{HEADING}</h1></div>
<div class="content-category">
<form action="/news" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
<div class="com-content-category__pagination btn-group float-end"><label for="limit" class="visually-hidden">แสดงจำนวน</label><select id="limit" name="limit" class="form-select" onchange="this.form.submit()"><option value="10" selected="selected">10</option><option value="20">20</option></select></div>
<table class="com-content-category__table category table table-striped table-bordered table-hover">
<caption class="visually-hidden">บทความ</caption>
<thead><tr><th scope="col" id="categorylist_header_title">หัวข้อ</th><th scope="col" id="categorylist_header_date">วันที่เผยแพร่</th><th scope="col" id="categorylist_header_hits">เปิดอ่าน</th></tr></thead>
<tbody>{"".join(rows)}</tbody>
</table>
<div class="com-content-category__navigation w-100"><p class="com-content-category__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {last}</p><div class="com-content-category__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(pg)}</ul></nav></div></div>
</form>
</div>
</div>"""
        return self.shell(HEADING, content)

    def row(self, path, title, d, hits, j):
        return f"""<tr class="cat-list-row{j % 2}"><th class="list-title" scope="row"><a href="{path}">{esc(title)}</a></th><td class="list-date small">{d.year}-{d.month:02d}-{d.day:02d}</td><td class="list-hits"><span class="badge bg-info">เปิดอ่าน: {hits}</span></td></tr>"""

    def info(self, a_id, created, published, modified, hits, kind_link=True):
        return f"""<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย <span itemprop="name">งานประชาสัมพันธ์</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="/news" itemprop="genre">{HEADING}</a></dd>
<dd class="create"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{created.isoformat()}" itemprop="dateCreated">สร้าง: {lc3(created)}</time></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(published)}</time></dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc3(modified)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{hits}">เปิดอ่าน: {hits}</dd>
</dl>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        fields = f'<li class="field-entry kind "><span class="field-label ">ประเภทข่าว: </span><span class="field-value ">{a.extra["kind"]}</span></li>'
        if a.source:
            fields = (
                f'<li class="field-entry source "><span class="field-label ">แหล่งข่าว: </span><span class="field-value ">{esc(a.source)}</span></li>'
                + fields
            )
        body = []
        for i, p in enumerate(a.paras):
            body.append(f"<p>{esc(p)}</p>")
            if i == 1:
                body.append(
                    f'<figure class="image"><img src="/images/news/2567/{a.id}-1.jpg" alt="" width="800" height="533"><figcaption>ภาพบรรยากาศกิจกรรม</figcaption></figure>'
                )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{i + 2} tag-list{i}"><a href="/component/tags/tag/{esc(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1>{HEADING}</h1></div>
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="article-aside"><div class="icons"><div class="float-end"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt;{esc(a.title[:20])}&gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes'); return false;" rel="noopener noreferrer"><span class="icon-print icon-fw" aria-hidden="true"></span>พิมพ์</a></div></div>
{self.info(a.id, a.extra["created"], a.published, a.modified, a.views)}</div>
<ul class="fields-container">{fields}</ul>
<div itemprop="articleBody" class="com-content-article__body">
{"".join(body)}
</div>
{tags}
{nav}
</div>"""
        return self.shell(a.title, content)

    def deleted(self):
        d = dt.datetime(2024, 1, 25, 9, 0)
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h1>{HEADING}</h1></div>
<div class="page-header"><h2 itemprop="headline">ยกเลิก</h2></div>
<div class="article-aside">{self.info(1590, d, d, d, 12)}</div>
<div itemprop="articleBody" class="com-content-article__body">
</div>
</div>"""
        return self.shell("ยกเลิก", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = (
                [
                    HEADING,
                    "เขียนโดย",
                    "หมวด:",
                    "สร้าง:",
                    "เผยแพร่:",
                    "ปรับปรุงล่าสุด:",
                    f"เปิดอ่าน: {a.views}",
                    "ประเภทข่าว:",
                    a.extra["kind"],
                    "ภาพบรรยากาศกิจกรรม",
                    "ก่อนหน้า",
                    "ถัดไป",
                    "ข่าวล่าสุด",
                    "ปฏิทินกิจกรรม",
                    "ตำบลท่าโพธิ์",
                ]
                + [x.title for x in (older, newer) if x]
                + [x.title for x in self.articles[:5] if x is not a][:2]
            )
            out.append(record(self, a, must_not))
        return out


SITE = T4Site()

if __name__ == "__main__":
    main(SITE)
