"""Blind-4 red-team site: a regional office on Joomla 3.10 with a Gantry 5 template
(RocketTheme Hydrogen-like), built blind.

What it imitates (facts about Joomla 3 + Gantry 5 printed markup, not their code):
- Gantry's outline: `section#g-navigation`, `section#g-mainbar` > `div.g-content` >
  `div.platform-content`, `aside#g-aside` with "บทความล่าสุด" and "ผู้ชมขณะนี้", `footer#g-footer`
  "Powered by Gantry Framework";
- SEF with aliases Joomla made from the creation time because the Thai title had no Latin
  letters: menu `/index.php/2015-03-24-04-21-58` and items
  `/index.php/2015-03-24-04-21-58/123-2018-10-03-10-08-00` (the alias is the UTC time);
- category blog paginated Joomla 3 style: `?start=8`, and "หน้าแรก" / page 1 links as
  `?limitstart=0`; leading items with intro text and "อ่านเพิ่มเติม: …" readmore;
- `div.item-page[itemscope]`, `div.page-header h2[itemprop=headline]`, `dl.article-info`
  ("รายละเอียด", "เขียนโดย", "หมวด:", `dd.published` with
  `time[datetime=…+07:00][itemprop=datePublished]` "เผยแพร่เมื่อ: 03 ตุลาคม 2561"
  — the Thai pack's BE year, no visible time, "เปิดอ่าน: 87"); show_modify_date off: no
  modified date;
- `div[itemprop=articleBody]` ending in "ที่มา : …" for some, an AddThis toolbox after it, tags
  `ul.tags`, `ul.pager.pagenav` (neighbour titles only in `title` / `aria-label`);
- the deleted item: an item-page with "ไม่พบข้อมูล" and an empty articleBody (200).
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
from .b4_common import ensure_source, neighbours

SITE_NAME = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"
PER_PAGE = 8
MENU = "/index.php/2015-03-24-04-21-58"
SOURCES = [None, "ทสจ.ลำพูน", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"]
DELETED = f"{MENU}/777-2018-09-10-02-11-40"
UTC = dt.UTC


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


def build() -> list[Article]:
    arts = make_articles(
        "b4_joomla3_gantry", 21, start=dt.datetime(2018, 12, 14, 15, 0, tzinfo=TZ), offset=21
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 780 + (n - i) * 3
        a.time_printed = True  # in the datetime attribute
        a.modified = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[1])
        alias = a.published.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")
        a.path = f"{MENU}/{a.id}-{alias}"
    return arts


class GantrySite(BaseSite):
    key = "b4_joomla3_gantry"
    family = "joomla"
    imitates = "Joomla 3.10 + Gantry 5: date-made SEF aliases, blog ?start=N / ?limitstart=0, time[datetime] with BE visible date, 'เปิดอ่าน: N'"
    listing_path = MENU

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, title, body_cls, component):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{base}{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<base href="{base}{MENU}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/g5_hydrogen/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" />
<link href="/templates/g5_hydrogen/custom/css-compiled/hydrogen_9.css" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?6e3b8e3d"></script>
</head>
<body class="gantry site com_content view-{body_cls} no-layout no-task dir-ltr itemid-120 outline-9 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-navigation"><div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div id="logo-9608-particle" class="g-content g-particle"><a href="/" target="_self" title="{SITE_NAME}" rel="home" class="gantry-logo"><img src="/images/logo-tsj.png" alt="{SITE_NAME}" /></a></div></div>
<div class="g-block size-70"><div id="menu-6409-particle" class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel"><li class="g-menu-item g-menu-item-101 g-standard"><a class="g-menu-item-container" href="/"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li><li class="g-menu-item g-menu-item-120 active g-standard"><a class="g-menu-item-container" href="{MENU}"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></span></a></li><li class="g-menu-item g-menu-item-121 g-standard"><a class="g-menu-item-container" href="/index.php/2015-03-24-04-25-10"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวจัดซื้อจัดจ้าง</span></span></a></li></ul></nav></div></div>
</div></div></section>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid">
<div class="g-block size-75"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content row-fluid"><div class="span12"><div id="system-message-container"></div>
{component}
</div></div>
</div></div></div></main></div>
<div class="g-block size-25"><aside id="g-aside"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content">
<div class="moduletable "><h3 class="g-title">บทความล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="moduletable "><h3 class="g-title">ผู้ชมขณะนี้</h3><p>ขณะนี้มี 18&#160;ผู้เยี่ยมชม และไม่มีสมาชิกออนไลน์</p></div>
</div></div></div></div></aside></div>
</div></div></section>
<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-60"><div class="g-content g-particle"><div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div>
<div class="g-block size-40"><div class="g-content g-particle">&copy; 2561 {SITE_NAME}</div></div></div></div></footer>
</div>
<script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
</body>
</html>
"""

    def info(self, base, a, term=True):
        return (
            '<dl class="article-info muted">'
            + ('<dt class="article-info-term">รายละเอียด</dt>' if term else "")
            + '<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">ทสจ.ลำพูน</span></dd>'
            + f'<dd class="category-name">หมวด: <a href="{base}{MENU}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>'
            + f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {lc3(a.published)}</time></dd>'
            + f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />เปิดอ่าน: {a.views}</dd>'
            + "</dl>"
        )

    def listing(self, base, start):
        if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
            return None
        n = start // PER_PAGE
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(f"""<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{base}{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info(base, a)}
<p>{esc(a.paras[0])}</p>
<p class="readmore"><a class="btn" href="{base}{a.path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a.title[:40])}…</a></p>
</div><span class="row-separator"></span></div></div>""")
            if n == 1 and k == 2:
                items.append(f"""<div class="items-row cols-1 row-x row-fluid clearfix"><div class="span12"><div class="item column-1">
<div class="page-header"><h2 itemprop="name"><a href="{base}{DELETED}" itemprop="url">ประกาศสำนักงานฯ เรื่อง รายชื่อผู้ผ่านการคัดเลือก</a></h2></div>
<p class="readmore"><a class="btn" href="{base}{DELETED}">อ่านเพิ่มเติม…</a></p></div></div></div>""")
        last = len(self.pages) - 1

        def href(k):
            return f"{base}{MENU}?limitstart=0" if k == 0 else f"{base}{MENU}?start={k * PER_PAGE}"

        pg = []
        if n > 0:
            pg.append(
                f'<li class="pagination-start"><a title="หน้าแรก" href="{href(0)}" class="pagenav">หน้าแรก</a></li>'
            )
            pg.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(n - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            )
        else:
            pg.append(
                '<li class="pagination-start"><span class="pagenav">หน้าแรก</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for k in range(last + 1):
            pg.append(
                f'<li><span class="pagenav">{k + 1}</span></li>'
                if k == n
                else f'<li><a href="{href(k)}" class="pagenav">{k + 1}</a></li>'
            )
        if n < last:
            pg.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(n + 1)}" class="pagenav">ถัดไป</a></li>'
            )
            pg.append(
                f'<li class="pagination-end"><a title="หน้าสุดท้าย" href="{href(last)}" class="pagenav">หน้าสุดท้าย</a></li>'
            )
        else:
            pg.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">หน้าสุดท้าย</span></li>'
            )
        component = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="items-leading clearfix"></div>
{chr(10).join(items)}
<div class="pagination"><p class="counter pull-right">หน้า {n + 1} จาก {last + 1}</p><ul>{"".join(pg)}</ul></div>
</div>"""
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", "category", component))

    def article(self, base, a: Article):
        older, newer = neighbours(self.articles, a)
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'\n<p style="text-align: right;">ที่มา : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{k + 2} tag-list{k}" itemprop="keywords"><a href="{base}/index.php/component/tags/tag/{esc(t)}" class="label label-info">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        pager = '<ul class="pager pagenav">'
        if newer:
            pager += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{base}{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            pager += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{base}{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        pager += "</ul>"
        component = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{self.info(base, a)}
<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-label="เครื่องมือผู้ใช้"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button><ul class="dropdown-menu"><li class="print-icon"><a href="{base}{a.path}?tmpl=component&amp;print=1" rel="nofollow">พิมพ์</a></li><li class="email-icon"><a href="{base}/index.php/component/mailto/?tmpl=component&amp;link=abc" rel="nofollow">อีเมล</a></li></ul></div></div>
<div itemprop="articleBody">
{text}
</div>
<div class="addthis_inline_share_toolbox_k3mn"><span class="at-label">แบ่งปันบทความนี้</span></div>
{tags}
{pager}
</div>"""
        return self.html_response(self.shell(base, a.title, "article", component))

    def deleted(self, base):
        component = """<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header"><h2 itemprop="headline">ไม่พบข้อมูล</h2></div><div itemprop="articleBody"></div></div>"""
        return self.html_response(self.shell(base, "ไม่พบข้อมูล", "article", component))

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php", "/index.php/"):
            return 303, {"Location": base + MENU}, b""
        p = path.rstrip("/")
        if p == MENU:
            try:
                start = int(qs1(query, "start", qs1(query, "limitstart", "0")) or 0)
            except ValueError:
                return None
            return self.listing(base, start)
        if p in self.by_path:
            return self.article(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "รายละเอียด",
                "เขียนโดย",
                "หมวด:",
                "เผยแพร่เมื่อ",
                lc3(a.published),
                f"เปิดอ่าน: {a.views}",
                "แบ่งปันบทความนี้",
                "บทความล่าสุด",
                "ผู้ชมขณะนี้",
                "Powered by",
                "อีเมล",
            ]
            must_not += [x.title for x in (older, newer) if x]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = GantrySite()

if __name__ == "__main__":
    main(SITE)
