"""Held-out red-team site: a provincial office on Joomla 3.10 with a T3 Framework template
(built blind).

What it imitates (facts about Joomla 3 / T3 printed markup, not their code):
- SEF URLs with Unicode aliases and the id prefix: `/index.php/ข่าวประชาสัมพันธ์/1234-<alias>`
  (percent-encoded in hrefs); the category *list* layout (`table.category` with
  `td.list-title`, `td.list-date`, `td.list-hits` "ฮิต: N") and `?start=N` pagination
  (`div.pagination ul li.pagination-next`, "ถัดไป", "สุดท้าย");
- T3 article override: `article.article` > `header.article-header` `h1.article-title` with
  a link, `aside.article-aside` with `dl.article-info` ("รายละเอียด", "เขียนโดย", "หมวด",
  `dd.published time[datetime]` "เผยแพร่: วันจันทร์, 15 มกราคม 2567 10:30" from the Thai
  language pack's LC2 format, `dd.hits` "ฮิต: 123" with `meta itemprop=interactionCount`),
  print / email icons, `section.article-content[itemprop=articleBody]`, footer
  `dd.modified` "แก้ไขล่าสุด" with `time[itemprop=dateModified]`;
- inside the article body: a Simple Image Gallery block (`div.sigFreeContainer`), the editor's
  right-aligned "ข่าว/ภาพ :" line, then a share plugin bar ("แชร์บทความนี้");
- after it: tags (`ul.tags.inline`), `ul.pager.pagenav` ("ก่อนหน้า" / "ถัดไป"),
  `mod_related_items` "บทความที่เกี่ยวข้อง", `mod_login` ("จดจำการเข้าระบบ",
  "ลืมรหัสผ่าน?"), a visitor counter module, breadcrumbs "คุณอยู่ที่:";
- the deleted article answers 200 with Joomla's system message "ไม่พบข้อมูล" and no article.

Judgement call (as for Joomla 4 in the first round): "แก้ไขล่าสุด" is printed for every
article, equal to the creation time when never edited, so `modified_at` equals
`published_at` there.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
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
from .ho_common import ensure_source

SITE_NAME = "สำนักงานพัฒนาชุมชนจังหวัดสกลนคร"
CAT = "ข่าวประชาสัมพันธ์"
CAT_PATH = f"/index.php/{CAT}"
PER_PAGE = 10
SOURCES = ["กลุ่มงานส่งเสริมการพัฒนาชุมชน", "สำนักงานพัฒนาชุมชนอำเภอวานรนิวาส", None, "ฝ่ายอำนวยการ"]
DELETED_ID = 1999


def enc(p: str) -> str:
    return quote(p, safe="/")


def lc2(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {be(d)} {d.hour:02d}:{d.minute:02d}"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


def alias(title: str) -> str:
    keep = []
    for w in title.split()[:4]:
        w = "".join(ch for ch in w if ch.isalnum() or ch in "ก-๙" or "\u0e00" <= ch <= "\u0e7f")
        if w:
            keep.append(w.lower())
    return "-".join(keep)


def build() -> list[Article]:
    arts = make_articles(
        "ho_joomla3_t3", 24, start=dt.datetime(2024, 8, 30, 16, 30, tzinfo=TZ), offset=18
    )
    for i, a in enumerate(arts):
        a.id = 2385 - i * 5
        a.time_printed = True
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"{CAT_PATH}/{a.id}-{alias(a.title)}"
    return arts


class Joomla3T3Site(BaseSite):
    key = "ho_joomla3_t3"
    family = "joomla"
    imitates = "Joomla 3.10 + T3 Framework template (category list table, Unicode SEF aliases)"
    listing_path = enc(CAT_PATH)

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)
        self.deleted_path = f"{CAT_PATH}/{DELETED_ID}-ประกาศยกเลิกการประชุม"

    def page_url(self, n: int) -> str:
        return enc(CAT_PATH) + (f"?start={(n - 1) * PER_PAGE}" if n > 1 else "")

    def listing_pages(self):
        return [self.page_url(n) for n in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [enc(self.deleted_path)]

    # ------------------------------------------------------------ template
    def frame(
        self, title: str, crumbs: str, component: str, head: str = "", below: str = ""
    ) -> str:
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr" class='com_content view-article itemid-120 j31 mm-hover'>
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	{head}
	<link href="/templates/t3_bs3_blank/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/t3-assets/css/css-8f3a1.css?t=512" rel="stylesheet" type="text/css" />
	<script src="/media/jui/js/jquery.min.js?a1b2c3" type="text/javascript"></script>
	<script src="/plugins/system/t3/base-bs3/bootstrap/js/bootstrap.js?a1b2c3" type="text/javascript"></script>
</head>
<body>
<div class="t3-wrapper">
<header id="t3-header" class="container t3-header"><div class="row">
 <div class="col-xs-12 col-sm-8 logo"><div class="logo-image"><a href="/" title="{SITE_NAME}"><img class="logo-img" src="/images/logo.png" alt="{SITE_NAME}" /><span>{SITE_NAME}</span></a><small class="site-slogan">กรมการพัฒนาชุมชน กระทรวงมหาดไทย</small></div></div>
 <div class="col-xs-12 col-sm-4"><div class="head-search"><form action="/index.php/{enc(CAT)}" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="form-control search-query" type="search" placeholder="ค้นหา..." /></form></div></div>
</div></header>
<nav id="t3-mainnav" class="wrap navbar navbar-default t3-mainnav"><div class="container"><div class="t3-navbar navbar-collapse collapse"><ul class="nav navbar-nav">
 <li class="item-101"><a href="/">หน้าหลัก</a></li><li class="item-120 current active"><a href="{enc(CAT_PATH)}">{CAT}</a></li><li class="item-121"><a href="/index.php/about">เกี่ยวกับเรา</a></li><li class="item-122"><a href="/index.php/contact">ติดต่อเรา</a></li>
</ul></div></div></nav>
<nav class="wrap t3-navhelper"><div class="container">
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>คุณอยู่ที่: &#160;</li>{crumbs}</ul>
</div></nav>
<div id="t3-mainbody" class="container t3-mainbody"><div class="row">
<div id="t3-content" class="t3-content col-xs-12 col-sm-8 col-md-9">
<div id="system-message-container"></div>
{component}
{below}
</div>
<div class="t3-sidebar t3-sidebar-right col-xs-12 col-sm-4 col-md-3">
<div class="t3-module module " id="Mod91"><div class="module-inner"><h3 class="module-title "><span>เข้าสู่ระบบ</span></h3><div class="module-ct">
<form action="/" method="post" id="login-form"><fieldset class="userdata">
<div id="form-login-username" class="form-group"><div class="input-group"><input id="modlgn-username" type="text" name="username" class="input form-control" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div></div>
<div id="form-login-password" class="form-group"><div class="input-group"><input id="modlgn-passwd" type="password" name="password" class="input form-control" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div></div>
<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="input" value="yes"/></div>
<div class="control-group"><input type="submit" name="Submit" class="btn btn-primary" value="เข้าสู่ระบบ" /></div>
<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul>
<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhw" /><input type="hidden" name="9f8e7d6c5b4a39281706f5e4d3c2b1a0" value="1" />
</fieldset></form></div></div></div>
<div class="t3-module module " id="Mod95"><div class="module-inner"><h3 class="module-title "><span>สถิติผู้เยี่ยมชม</span></h3><div class="module-ct"><div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisit_counter_table"><tbody><tr><td>วันนี้</td><td>142</td></tr><tr><td>เมื่อวาน</td><td>388</td></tr><tr><td>สัปดาห์นี้</td><td>1203</td></tr><tr><td>ทั้งหมด</td><td>486211</td></tr></tbody></table></div></div></div></div>
</div>
</div></div>
<footer id="t3-footer" class="wrap t3-footer"><section class="t3-copyright"><div class="container"><div class="row"><div class="col-md-12 copyright "><div class="module"><small>Copyright &#169; 2567 {SITE_NAME} ศาลากลางจังหวัดสกลนคร ถนนสุขเกษม ตำบลธาตุเชิงชุม อำเภอเมือง จังหวัดสกลนคร 47000</small></div></div></div></div></section></footer>
</div>
</body>
</html>"""

    def crumb_items(self, *parts: tuple[str, str | None]) -> str:
        out = [
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"><img src="/templates/t3_bs3_blank/images/system/arrow.png" alt="" /></span><meta itemprop="position" content="1"></li>'
        ]
        for k, (name, href) in enumerate(parts):
            if href:
                out.append(
                    f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(name)}</span></a><span class="divider"><img src="/templates/t3_bs3_blank/images/system/arrow.png" alt="" /></span><meta itemprop="position" content="{k + 2}"></li>'
                )
            else:
                out.append(
                    f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(name)}</span><meta itemprop="position" content="{k + 2}"></li>'
                )
        return "".join(out)

    # ------------------------------------------------------------ listing
    def listing(self, start: int):
        if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
            return None
        n = start // PER_PAGE + 1
        rows = []
        for k, a in enumerate(self.pages[n - 1]):
            rows.append(f"""<tr class="cat-list-row{k % 2}" >
<td headers="categorylist_header_title" class="list-title"><a href="{enc(a.path)}">{esc(a.title)}</a></td>
<td headers="categorylist_header_date" class="list-date small">{lc3(a.published)}</td>
<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: {a.views}</span></td>
</tr>""")
            if n == 2 and k == 5:
                rows.append(f"""<tr class="cat-list-row1" >
<td headers="categorylist_header_title" class="list-title"><a href="{enc(self.deleted_path)}">ประกาศยกเลิกการประชุมคณะกรรมการ</a></td>
<td headers="categorylist_header_date" class="list-date small">02 สิงหาคม 2567</td>
<td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: 3</span></td></tr>""")
        last = len(self.pages)
        pg = []
        if n > 1:
            pg.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{self.page_url(1)}" class="hasTooltip pagenav">เริ่มต้น</a></li>'
            )
            pg.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{self.page_url(n - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        else:
            pg.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for k in range(1, last + 1):
            if k == n:
                pg.append(f'<li class="active"><a>{k}</a></li>')
            else:
                pg.append(f'<li><a href="{self.page_url(k)}" class="pagenav">{k}</a></li>')
        if n < last:
            pg.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{self.page_url(n + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>'
            )
            pg.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{self.page_url(last)}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        else:
            pg.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        component = f"""<div class="category-list">
<div>
	<div class="content-category">
		<h2>{CAT}</h2>
<form action="{self.page_url(n)}" method="post" name="adminForm" id="adminForm" class="form-inline">
	<fieldset class="filters btn-toolbar clearfix"><div class="btn-group pull-right"><label for="limit" class="element-invisible">แสดง #</label><select id="limit" name="limit" class="inputbox input-mini" size="1"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option></select></div></fieldset>
	<table class="category table table-striped table-bordered table-hover">
		<thead><tr>
			<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="หัวข้อ">หัวข้อ</a></th>
			<th scope="col" id="categorylist_header_date"><a href="#" class="hasPopover" title="วันที่เผยแพร่">วันที่เผยแพร่</a></th>
			<th scope="col" id="categorylist_header_hits"><a href="#" class="hasPopover" title="ฮิต">ฮิต</a></th>
		</tr></thead>
		<tbody>
{chr(10).join(rows)}
		</tbody>
	</table>
	<div class="pagination"><p class="counter pull-right">หน้า {n} จาก {last}</p><ul>{"".join(pg)}</ul></div>
	<div><input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></div>
</form>
</div></div></div>"""
        return self.html_response(self.frame(CAT, self.crumb_items((CAT, None)), component))

    # ------------------------------------------------------------ article
    def related(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 7, 13)]

    def article(self, a: Article):
        i = self.articles.index(a)
        mod = a.modified or a.published
        url = enc(a.path)
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        gallery = "".join(
            f'<li class="sigFreeThumb"><a href="/images/news/{a.id}/{k}.jpg" class="sigFreeLink" rel="lightbox[gallery{a.id}]" title="ภาพกิจกรรม {k + 1}" target="_blank"><img class="sigFreeImg" src="/cache/jw_sig/{a.id}_{k}.jpg" alt="ภาพกิจกรรม {k + 1}" /></a></li>'
            for k in range(3)
        )
        source = (
            f'<p style="text-align: right;"><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>'
            if a.source
            else ""
        )
        tags = (
            '<ul class="tags inline">'
            + "".join(
                f'<li class="tag-{5 + k} tag-list{k}" itemprop="keywords"><a href="/index.php/component/tags/tag/{quote(t)}" class="label label-info">{esc(t)}</a></li>'
                for k, t in enumerate(a.tags)
            )
            + "</ul>"
            if a.tags
            else ""
        )
        prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
        next_a = self.articles[i - 1] if i > 0 else None
        pager = '<ul class="pager pagenav">'
        if prev_a:
            pager += f'<li class="previous"><a class="hasTooltip" title="{esc(prev_a.title)}" aria-label="ก่อนหน้า: {esc(prev_a.title)}" href="{enc(prev_a.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if next_a:
            pager += f'<li class="next"><a class="hasTooltip" title="{esc(next_a.title)}" aria-label="ถัดไป: {esc(next_a.title)}" href="{enc(next_a.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        pager += "</ul>"
        component = f"""<div class="item-page clearfix">
<article class="article" itemscope itemtype="http://schema.org/Article">
	<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}" />
	<meta itemprop="inLanguage" content="th-TH" />
<header class="article-header clearfix">
	<h1 class="article-title" itemprop="headline"><a href="{url}" itemprop="url" title="{esc(a.title)}">{esc(a.title)}</a></h1>
</header>
<aside class="article-aside clearfix">
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="createdby hasTooltip" itemprop="author" title="เขียนโดย "><i class="fa fa-user"></i> <span itemprop="name">ประชาสัมพันธ์ พช.</span></dd>
		<dd class="category-name hasTooltip" title="หมวด: "><i class="fa fa-folder-open"></i> <a href="{enc(CAT_PATH)}"><span itemprop="genre">{CAT}</span></a></dd>
		<dd class="published hasTooltip" title="เผยแพร่: "><i class="fa fa-calendar"></i> <time datetime="{a.published.isoformat()}" itemprop="datePublished">{lc2(a.published)}</time></dd>
		<dd class="hits"><i class="fa fa-eye"></i> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" /> ฮิต: {a.views}</dd>
	</dl>
	<div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="fa fa-cog"></span> <span class="caret"></span></a>
	<ul class="dropdown-menu"><li class="print-icon"><a href="{url}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="fa fa-print"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=t3_bs3_blank&amp;link=a1b2" title="ส่งลิงก์นี้ให้เพื่อน" rel="nofollow"><span class="fa fa-envelope"></span> อีเมล</a></li></ul></div>
</aside>
<section class="article-content clearfix" itemprop="articleBody">
{paras}
<div class="sigFreeContainer sigFreeClassic" id="sigFreeId{a.id}"><ul class="sigFreeClassic">{gallery}</ul><div class="sigFreeClear">&nbsp;</div></div>
{source}
<div class="social-share"><span class="share-label">แชร์บทความนี้</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank">LINE</a> <a class="share-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank">Twitter</a></div>
</section>
<footer class="article-footer clearfix">
	<dl class="article-info muted"><dd class="modified hasTooltip" title="แก้ไขล่าสุด "><i class="fa fa-calendar"></i> <time datetime="{mod.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด: {lc2(mod)}</time></dd></dl>
</footer>
{tags}
{pager}
</article>
</div>"""
        rel = "".join(
            f'<li><a href="{enc(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        below = f"""<div class="t3-module module " id="Mod97"><div class="module-inner"><h3 class="module-title "><span>บทความที่เกี่ยวข้อง</span></h3><div class="module-ct"><ul class="relateditems">{rel}</ul></div></div></div>"""
        head = f'<meta name="author" content="ประชาสัมพันธ์ พช." />\n\t<meta name="description" content="{esc(a.paras[0][:150])}" />'
        crumbs = self.crumb_items((CAT, enc(CAT_PATH)), (a.title, None))
        return self.html_response(self.frame(a.title, crumbs, component, head, below))

    def deleted(self):
        component = """<div id="system-message-container"><dl id="system-message"><dt class="error">ข้อผิดพลาด</dt><dd class="error message"><ul><li>ไม่พบข้อมูล</li></ul></dd></dl></div>
<div class="item-page clearfix"></div>"""
        return self.html_response(
            self.frame(SITE_NAME, self.crumb_items((CAT, enc(CAT_PATH))), component)
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = unquote(path).rstrip("/")
        if p in ("", "/index.php"):
            return 303, {"Location": base + enc(CAT_PATH)}, b""
        if p == CAT_PATH:
            try:
                start = int(qs1(query, "start", "0"))
            except ValueError:
                return None
            return self.listing(start)
        if p.startswith(CAT_PATH + "/"):
            rest = p[len(CAT_PATH) + 1 :]
            head = rest.split("-", 1)[0]
            if not head.isdigit():
                return None
            aid = int(head)
            if aid in self.by_id and p == self.by_id[aid].path:
                return self.article(self.by_id[aid])
            if p == self.deleted_path:
                return self.deleted()
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
            next_a = self.articles[i - 1] if i > 0 else None
            must_not = [
                "รายละเอียด",
                "เขียนโดย",
                "ฮิต:",
                "เผยแพร่:",
                lc2(a.published),
                "แก้ไขล่าสุด",
                "แชร์บทความนี้",
                "ภาพกิจกรรม",
                "บทความที่เกี่ยวข้อง",
                "จดจำการเข้าระบบ",
                "ลืมรหัสผ่าน",
                "สถิติผู้เยี่ยมชม",
                "คุณอยู่ที่:",
            ]
            must_not += [r.title for r in self.related(a)] + [
                x.title for x in (prev_a, next_a) if x
            ]
            rec = expected_record(a, published_time=True, must_not=must_not)
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = Joomla3T3Site()

if __name__ == "__main__":
    main(SITE)
