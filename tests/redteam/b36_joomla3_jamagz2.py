"""Blind-36 red-team site (part B): **Joomla! 3.9 + JoomlArt "JA Magz II"** (T3 framework,
`/templates/ja_magz_ii/`), com_content, run by a provincial public-relations office
(สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี), SEF URLs with rewriting, built blind.

What it imitates:
- Joomla 3 / T3 fingerprints: `generator` "Joomla! - Open Source Content Management",
  `/media/jui/js/jquery.min.js`, `/plugins/system/t3/base-bs3/`, `t3-*` wrappers, `?format=feed`;
- article (T3 layout): `article.article` > `header.article-header` > `h1.article-title` (link);
  `aside.article-aside` > `dl.article-info`: category, `dd.published` with a visible
  "เผยแพร่: 15 พ.ค. 2562" (**BE year, abbreviated month, no time**) while the `time[datetime]`
  holds the full time (+07:00); `dd.modified` on every item; `dd.hits` "ฮิต: N";
  "ขนาดตัวอักษร A- A A+" tools and print / e-mail; `section.article-content[itemprop=articleBody]`
  holding the text, an optional figure with caption, the "ข่าว/ภาพ :" line (some), then a
  **loadposition module "ข่าวที่เกี่ยวข้อง" and the JA social share bar INSIDE the body section**;
  tags "แท็ก:"; Magz-style pagenav **with neighbour titles**; Facebook comments prompt;
- listing: category **blog** layout (one leading + intro items) with `?start=8`, `?start=16`.
Deleted: a trashed article whose URL falls back to the category's empty blog
("ไม่มีบทความในหมวดหมู่นี้"), 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
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

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี"
T = "/templates/ja_magz_ii"
CAT = "/news/pr-news"
PER_PAGE = 8
SOURCES = [
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี",
    "ส่วนข่าว กลุ่มงานประชาสัมพันธ์",
    None,
    "ศูนย์ดำรงธรรมจังหวัดอุทัยธานี",
]
DELETED = f"{CAT}/1988-2019-03-20-04-11-52"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,877"
COMMENT_PROMPT = "แสดงความคิดเห็นผ่าน Facebook"
SHARE = "แชร์ข่าวนี้"
FONT = "ขนาดตัวอักษร"


def vis(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


class Magz2Site(BaseSite):
    key = "b36_joomla3_jamagz2"
    family = "joomla"
    imitates = "Joomla! 3.9 + JoomlArt JA Magz II (T3, /templates/ja_magz_ii/), provincial PR office, SEF rewritten URLs /news/pr-news/NNNN-<date-time alias>; h1.article-title; dl.article-info with visible 'เผยแพร่: 15 พ.ค. 2562' (BE, abbreviated, no time) and time[datetime] with the full time; dd.modified on every item; 'ฮิต: N'; font-size / print / e-mail tools; section.article-content holding the text, a captioned figure (some), 'ข่าว/ภาพ :' (some), a loadposition 'ข่าวที่เกี่ยวข้อง' module and the share bar inside; tags; pagenav with neighbour titles; Facebook comments prompt; blog layout ?start=8/16; deleted = trashed item falling back to the empty category blog (200)"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2019, 6, 14, 16, 0, tzinfo=TZ), offset=311
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 2031
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + (i * 5) % 3
            if aid == 1988:
                aid -= 1
            a.time_printed = True  # the datetime attribute holds the time
            if a.modified is None:
                a.modified = a.published
            alias = (a.published - dt.timedelta(hours=7)).strftime(
                "%Y-%m-%d-%H-%M-"
            ) + f"{(a.id * 11) % 60:02d}"
            a.path = f"{CAT}/{a.id}-{alias}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 5 == 1
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, crumb, head_extra=""):
        popular = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr" class="com_content view-article layout-blog itemid-135 j39 mm-hover">
<head>
<base href="http://www.uthaithani.prd.go.th{CAT}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
{head_extra}<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {OFFICE}</title>
<link href="{CAT}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="{T}/css/bootstrap.css" rel="stylesheet" type="text/css" />
<link href="/plugins/system/t3/base-bs3/fonts/font-awesome/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="{T}/css/template.css" rel="stylesheet" type="text/css" />
<link href="{T}/css/megamenu.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?8b1c7" type="text/javascript"></script>
<script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js" type="text/javascript"></script>
<script src="/plugins/system/t3/base-bs3/js/script.js" type="text/javascript"></script>
<script src="{T}/js/script.js" type="text/javascript"></script>
</head>
<body>
<div class="t3-wrapper">
<header id="t3-header" class="t3-header"><div class="container"><div class="row">
<div class="col-xs-12 col-md-4 logo"><div class="logo-image"><a href="/" title="{OFFICE}"><img class="logo-img" src="/images/logo-prd.png" alt="{OFFICE}" /><span>{OFFICE}</span></a><small class="site-slogan">กรมประชาสัมพันธ์ สำนักนายกรัฐมนตรี</small></div></div>
<div class="col-md-8 head-search"><form action="/news" method="post" class="form-inline"><label for="mod-search-searchword">ค้นหา</label><input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="ค้นหา..." /></form></div>
</div></div></header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse"><div class="t3-megamenu" data-responsive="true"><ul class="nav navbar-nav level0"><li><a href="/">หน้าแรก</a></li><li class="dropdown mega"><a href="/about">เกี่ยวกับเรา</a></li><li class="current active"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li><a href="/news/activity">ข่าวกิจกรรม</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></div></div></div></nav>
<div class="wrap t3-sl t3-sl-1"><div class="container"><ol class="breadcrumb "><li class="active"><span class="hasTooltip"><i class="fa fa-map-marker"></i></span></li><li><a href="/" class="pathway">หน้าแรก</a><span class="divider"><img src="{T}/images/system/arrow.png" alt="" /></span></li>{crumb}</ol></div></div>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-8">
<div id="system-message-container"></div>
{content}
</div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-4">
<div class="t3-module module_popular " id="Mod97"><div class="module-inner"><h3 class="module-title "><span>ข่าวยอดนิยม</span></h3><div class="module-ct"><ul class="mostread">{popular}</ul></div></div></div>
<div class="t3-module module " id="Mod110"><div class="module-inner"><h3 class="module-title "><span>สถิติเว็บไซต์</span></h3><div class="module-ct"><p>{SITE_COUNTER}</p><p>ออนไลน์ขณะนี้ 12</p></div></div></div>
</div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><div class="container"><div class="t3-copyright"><small>Copyright © 2019 {OFFICE} ศาลากลางจังหวัดอุทัยธานี ถนนศรีอุทัย อำเภอเมืองอุทัยธานี โทร. 0-5651-1063</small><div class="designed-by">Designed by <a href="http://www.joomlart.com" rel="nofollow">JoomlArt.com</a></div></div></div></footer>
<div id="back-to-top" data-spy="affix" data-offset-top="300" class="back-to-top hidden-xs hidden-sm affix-top"><button class="btn btn-primary" title="Back to Top"><i class="fa fa-caret-up"></i></button></div>
</div>
</body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return esc(f"{CAT}?start={j * PER_PAGE}" if j else CAT)

        items = []
        if k > 0:
            items.append(
                f'<li><a title="เริ่มต้น" href="{href(0)}" class="pagenav">เริ่มต้น</a></li><li><a title="ก่อนหน้า" href="{href(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            )
        else:
            items.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        for j in range(n):
            items.append(
                f'<li class="active"><a>{j + 1}</a></li>'
                if j == k
                else f'<li><a title="{j + 1}" href="{href(j)}" class="pagenav">{j + 1}</a></li>'
            )
        if k < n - 1:
            items.append(
                f'<li><a title="ถัดไป" href="{href(k + 1)}" class="pagenav">ถัดไป</a></li><li><a title="สุดท้าย" href="{href(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        else:
            items.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        return f'<nav class="pagination-wrap clearfix"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul class="pagination">{"".join(items)}</ul></nav>'

    def blog_item(self, path, title, a, lead):
        intro = a.paras[0][:180] + "..."
        img = (
            f'<div class="pull-left item-image"><a href="{esc(path)}"><img src="/images/news/2562/{a.id}-s.jpg" alt="" /></a></div>'
            if lead
            else ""
        )
        return f"""<article class="article" itemscope itemtype="http://schema.org/Article">
{img}<header class="article-header clearfix"><h2 class="article-title" itemprop="headline"><a href="{esc(path)}" itemprop="url" title="{esc(title)}">{esc(title)}</a></h2></header>
<aside class="article-aside clearfix"><dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt><dd class="published hasTooltip" title="เผยแพร่: "><i class="icon-calendar"></i><time datetime="{a.published.isoformat()}" itemprop="datePublished">{vis(a.published)}</time></dd><dd class="hits"><i class="icon-eye-open"></i><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd></dl></aside>
<section class="article-intro clearfix" itemprop="articleBody"><p>{esc(intro)}</p></section>
<section class="readmore"><a class="btn btn-default" href="{esc(path)}" itemprop="url"><span>อ่านเพิ่มเติม...</span></a></section>
</article>
"""

    def listing(self, k):
        page = self.pages[k]
        items = [(a.path, a.title, a) for a in page]
        if k == 1:
            items.insert(4, (DELETED, "อุทัยธานีจัดงานวันสงกรานต์ประจำปี 2562", page[4]))
        lead = self.blog_item(*items[0], True)
        rows = "".join(
            f'<div class="items-row cols-1 row-{i} row"><div class="col-sm-12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">{self.blog_item(*it, False)}</div></div></div>'
            for i, it in enumerate(items[1:])
        )
        content = f"""<div class="blog" itemscope itemtype="http://schema.org/Blog">
<div class="page-header clearfix"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div class="items-leading clearfix"><div class="leading leading-0" itemprop="blogPost" itemscope itemtype="http://schema.org/BlogPosting">{lead}</div></div>
{rows}
{self.pager(k)}
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์", content, '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        )

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 4, i + 6) if 0 <= j < len(self.articles)][:3]

    def article(self, a):
        figure = ""
        if a.extra["image"]:
            figure = f'<figure class="pull-center item-image"><img src="/images/news/2562/{a.id}.jpg" alt="" /><figcaption class="caption">ภาพ: กิจกรรมในพื้นที่จังหวัดอุทัยธานี</figcaption></figure>\n'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        src = f"<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>\n" if a.source else ""
        rel = "".join(
            f'<li><a href="{esc(r.path)}">{esc(r.title)}</a><span class="mod-articles-category-date">{vis(r.published)}</span></li>'
            for r in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags"><span class="tag-label">แท็ก:</span> '
                + "".join(
                    f'<span class="tag-{n}"><a href="/component/tags/tag/{n + 3}" class="label label-info">{esc(t)}</a></span> '
                    for n, t in enumerate(a.tags)
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="ข่าวก่อนหน้า: {esc(newer.title)}" href="{esc(newer.path)}" rel="prev"><span class="icon-chevron-left"></span> <span class="pagenav-label">ข่าวก่อนหน้า</span><span class="pagenav-title">{esc(newer.title)}</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="ข่าวถัดไป: {esc(older.title)}" href="{esc(older.path)}" rel="next"><span class="pagenav-label">ข่าวถัดไป</span><span class="pagenav-title">{esc(older.title)}</span> <span class="icon-chevron-right"></span></a></li>'
        nav += "</ul>"
        return f"""<div class="item-page clearfix">
<article class="article" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<meta itemprop="url" content="{esc(a.path)}" />
<header class="article-header clearfix"><h1 class="article-title" itemprop="headline"><a href="{esc(a.path)}" itemprop="url" title="{esc(a.title)}">{esc(a.title)}</a></h1></header>
<aside class="article-aside article-aside-full">
<dl class="article-info muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name hasTooltip" title="หมวด: "><i class="icon-folder-open"></i><a href="{CAT}"><span itemprop="genre">ข่าวประชาสัมพันธ์</span></a></dd>
<dd class="published hasTooltip" title="เผยแพร่: "><i class="icon-calendar"></i><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {vis(a.published)}</time></dd>
<dd class="modified hasTooltip" title="ปรับปรุงล่าสุด: "><i class="icon-calendar"></i><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {vis(a.modified)}</time></dd>
<dd class="hits"><i class="icon-eye-open"></i><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
</dl>
<div class="article-tools"><span class="font-tools">{FONT} <a href="#" class="decrease">A-</a> <a href="#" class="reset">A</a> <a href="#" class="increase">A+</a></span>
<ul class="dropdown-menu actions"><li class="print-icon"><a href="{esc(a.path)}?tmpl=component&amp;print=1" title="พิมพ์บทความ" rel="nofollow"><span class="icon-print"></span>พิมพ์</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=ja_magz_ii&amp;link=8f1e{a.id}" title="ส่งอีเมลลิงก์ไปยังเพื่อน" rel="nofollow"><span class="icon-envelope"></span>อีเมล</a></li></ul></div>
</aside>
<section class="article-content clearfix" itemprop="articleBody">
{figure}{body}{src}<div class="moduletable related-news"><h3>ข่าวที่เกี่ยวข้อง</h3><ul class="category-module">{rel}</ul></div>
<div class="ja-social-share"><span class="share-label">{SHARE}</span><a class="btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={esc(a.path)}">Facebook</a><a class="btn-twitter" href="https://twitter.com/intent/tweet?url={esc(a.path)}">Twitter</a><a class="btn-line" href="https://social-plugins.line.me/lineit/share?url={esc(a.path)}">LINE</a></div>
</section>
{tags}
{nav}
<footer class="article-footer clearfix"><div class="fb-comments-box"><h4>{COMMENT_PROMPT}</h4><div class="fb-comments" data-href="{esc(a.path)}" data-numposts="5"></div></div></footer>
</article>
</div>"""

    def detail(self, a):
        head = f'<meta name="keywords" content="{esc(", ".join(a.tags) or "ข่าวอุทัยธานี")}" />\n<meta name="description" content="{esc(a.paras[0][:150])}" />\n'
        return self.shell(
            a.title,
            self.article(a),
            f'<li><a href="{CAT}" class="pathway">ข่าวประชาสัมพันธ์</a><span class="divider"><img src="{T}/images/system/arrow.png" alt="" /></span></li><li class="active"><span>{esc(a.title)}</span></li>',
            head,
        )

    def empty(self):
        content = '<div class="blog"><div class="page-header clearfix"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div><p>ไม่มีบทความในหมวดหมู่นี้</p></div>'
        return self.shell(
            "ข่าวประชาสัมพันธ์", content, '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + CAT}, b""
        if path == CAT:
            if qs1(query, "format") == "feed":
                items = "".join(
                    f"<item><title>{esc(a.title)}</title><link>{esc(a.path)}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><generator>Joomla! - Open Source Content Management</generator>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            k = qs1(query, "start", "0")
            if not k.isdigit() or int(k) % PER_PAGE or int(k) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) // PER_PAGE))
        if path == DELETED:
            return self.html_response(self.empty())
        a = self.by_path.get(path)
        return self.html_response(self.detail(a)) if a else None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                vis(a.published),
                vis(a.modified),
                "เผยแพร่:",
                "ปรับปรุงล่าสุด:",
                f"ฮิต: {a.views}",
                FONT,
                "A+",
                "พิมพ์",
                "อีเมล",
                SHARE,
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "แท็ก:",
                COMMENT_PROMPT,
                "ข่าวยอดนิยม",
                SITE_COUNTER,
                "ภาพ: กิจกรรมในพื้นที่จังหวัดอุทัยธานี",
                "ถนนศรีอุทัย",
                "Designed by",
            ]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in (newer, older) if x]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Magz2Site()

if __name__ == "__main__":
    main(SITE)
