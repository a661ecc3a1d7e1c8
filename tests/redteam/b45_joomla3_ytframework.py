"""Blind-45 red-team site (part B): **Joomla 3.10 + a SmartAddons template on the YT
Framework** (an "SJ"-branded theme, `section#yt_wrapper`), SEF URLs with rewriting and the
`.html` suffix, the category *List* layout, a provincial agriculture office, built blind.

What it imitates:
- SEF URLs `/news/pr-news/N-2024-03-05-07-20-11.html` (Joomla's date alias for a Thai title);
  category list `/news/pr-news.html`, `?start=10`, `?start=20` (Joomla's SEF page offset);
  generator "Joomla! - Open Source Content Management", `/templates/sj_plus/`,
  `/media/jui/js/`, `/plugins/system/ytshortcodes/`, the category feed `?format=feed&type=rss`;
- YT Framework blocks: `body#bd`, `section#yt_wrapper`, `header#yt_header`, `#yt_menuwrap`,
  `#yt_breadcrumb` (breadcrumb ending in the headline), `section#content` with
  `div#content_main > div#yt_component` and `aside#content_right`, `footer#yt_footer`,
  `#yt_copyrightposition`; `<title>` = "headline - site name";
- the article: core Joomla 3 `div.item-page` with `div.page-header > h2[itemprop=headline]`,
  print / e-mail icons dropdown, `dl.article-info` above the text (`dd.createdby` login,
  `dd.category-name`, `dd.published` with `time[datetime]` ISO +07:00 and the visible LC2
  "เผยแพร่เมื่อ: วันอังคาร, 05 มีนาคม 2567 14:20" (Thai pack with a BE-year override),
  `dd.hits` "ฮิต: N"), `div[itemprop=articleBody]`, `dl.article-info` below with
  `dd.modified` "แก้ไขล่าสุด เมื่อ …" (printed for every item: equals created when never
  edited), `ul.tags.inline`, AddThis toolbox, `ul.pager.pagenav` with neighbour titles,
  JComments "ความคิดเห็น (0)" with a login prompt, mod_related_items "บทความที่เกี่ยวข้อง";
- "ข่าว :" / "ภาพ/ข่าว :" source line ending some texts, an image with caption on some, a
  "ไฟล์แนบ" link on some;
- side modules: latest news, most read, a poll, mod_login, a visitor counter; a cookie bar.
Deleted: id 3051 linked from page 2 — a registered-only item answering 200 with
"คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้" and the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
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

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
TPL = "/templates/sj_plus"
LIST = "/news/pr-news.html"
PER = 10
SOURCES = [
    ("ข่าว", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดพิจิตร"),
    None,
    ("ภาพ/ข่าว", "สำนักงานเกษตรอำเภอตะพานหิน"),
    None,
    None,
    ("ข่าว", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดพิจิตร"),
]
TAGS = ["เกษตรกร", "ศพก.", "ข้าว", "แปลงใหญ่", "Young Smart Farmer", "ภัยแล้ง"]
DELETED_ID = 3051
DELETED = f"/news/pr-news/{DELETED_ID}-2024-05-02-02-10-44.html"
DELETED_TITLE = "ประกาศผลการคัดเลือกเกษตรกรดีเด่นระดับจังหวัด (เฉพาะเจ้าหน้าที่)"
NOT_AUTH = "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 845,210"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
FOOTER = "ศาลากลางจังหวัดพิจิตร ชั้น 2 ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร 66000"
RELATED = "บทความที่เกี่ยวข้อง"
COMMENT_PROMPT = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
SEL = ' selected="selected"'
POLL = "ท่านพึงพอใจต่อการให้บริการของสำนักงานเกษตรจังหวัดในระดับใด"


def lc2(d: dt.datetime) -> str:
    """'วันอังคาร, 05 มีนาคม 2567 14:20' (Thai pack LC2, BE-year override)."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {be(d)} {d:%H:%M}"


def lc4(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS_ABBR[d.month - 1]} {be(d)}"


class YtFrameworkSite(BaseSite):
    key = "b45_joomla3_ytframework"
    family = "joomla"
    imitates = "Joomla 3.10 + SmartAddons template on the YT Framework (sj_plus), provincial agriculture office, SEF + rewrite + .html suffix: /news/pr-news/N-<date alias>.html; category List layout table (list-title / list-date / list-hits) paged by ?start=N (ul.pagination-list, 'หน้า 1 จาก 3', limit select); section#yt_wrapper, #yt_breadcrumb ending in the headline, #content_main > #yt_component, aside#content_right; <title> 'headline - site'; item-page h2[itemprop=headline]; dl.article-info above (createdby login, category, dd.published time datetime ISO + visible LC2 'เผยแพร่เมื่อ: วันอังคาร, 05 มีนาคม 2567 14:20', ฮิต: N) and below (dd.modified 'แก้ไขล่าสุด เมื่อ', printed for every item); 'ข่าว :' / 'ภาพ/ข่าว :' source line on some; tags, AddThis, pagenav with neighbour titles, JComments login prompt, related items; latest/most read/poll/login/counter modules, cookie bar; deleted = registered-only item answering 200 with the not-authorised message and login form"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 28, 17, 0, tzinfo=TZ), offset=317
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3062 - i if 3062 - i != DELETED_ID else 3037
            utc = a.published - dt.timedelta(hours=7)
            a.extra["alias"] = f"{a.id}-{utc:%Y-%m-%d-%H-%M-%S}"
            a.path = f"/news/pr-news/{a.extra['alias']}.html"
            a.source = SOURCES[i % len(SOURCES)][1] if SOURCES[i % len(SOURCES)] else None
            a.extra["label"] = SOURCES[i % len(SOURCES)][0] if a.source else ""
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 17 + (i * 157) % 2400
            a.extra["image"] = i % 5 == 3
            a.extra["file"] = i % 7 == 2
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_alias = {a.extra["alias"]: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST + (f"?start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, view, title, crumb, below="", here=LIST):
        latest = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a><span class="date">{lc4(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" lang="th-th" dir="ltr">
<head>
<base href="{esc(here)}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="เกษตร, พิจิตร" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)} - {OFFICE}</title>
<link href="/news/pr-news.html?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/plugins/system/ytshortcodes/assets/css/shortcodes.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/asset/bootstrap/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/template-green.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/your_css.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?7d2e1" type="text/javascript"></script>
<script src="/media/jui/js/jquery-noconflict.js?7d2e1" type="text/javascript"></script>
<script src="/media/system/js/caption.js?7d2e1" type="text/javascript"></script>
<script src="/plugins/system/ytshortcodes/assets/js/prettify.js" type="text/javascript"></script>
<script src="{TPL}/js/yt-script.js" type="text/javascript"></script>
<script src="{TPL}/menusys/class/common/js/jquery.easing.1.3.js" type="text/javascript"></script>
<script type="text/javascript">var TMPL_NAME = "sj_plus"; var TMPL_COOKIE = ["bgimage","themecolor","templateLayout","menustyle","activeNotice","typelayout"];</script>
</head>
<body id="bd" class="com_content view-{view} no-layout no-task itemid-164 ltr layout_main-right  yt-jv3">
<section id="yt_wrapper" class="layout-wide">
<a id="top" name="scroll-to-top"></a>
<header id="yt_header" class="block"><div class="container"><div class="row">
<div id="yt_logoposition" class="col-md-4"><a class="logo" href="/" title="{OFFICE}"><img data-placeholder="no" src="{TPL}/images/green/logo.png" alt="{OFFICE}" /></a></div>
<div id="top1" class="col-md-8"><div class="module"><div class="modcontent clearfix"><div class="search"><form action="/news/pr-news.html" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div></div></div></div>
</div></div></header>
<section id="yt_menuwrap" class="block"><div class="container"><div class="row"><div id="yt_mainmenu" class="col-md-12"><ul id="meganavigator" class="clearfix navi"><li class="level1 first"><a class="level1 first item-link" href="/"><span class="menu-title">หน้าหลัก</span></a></li><li class="level1 havechild"><a class="level1 item-link" href="/about.html"><span class="menu-title">เกี่ยวกับเรา</span></a></li><li class="active level1"><a class="active level1 item-link" href="{LIST}"><span class="menu-title">ข่าวประชาสัมพันธ์</span></a></li><li class="level1"><a class="level1 item-link" href="/procurement.html"><span class="menu-title">จัดซื้อจัดจ้าง</span></a></li><li class="level1 last"><a class="level1 last item-link" href="/contact.html"><span class="menu-title">ติดต่อเรา</span></a></li></ul></div></div></div></section>
<section id="yt_breadcrumb" class="block"><div class="container"><div class="row"><div id="breadcrumb" class="col-md-12"><div class="module"><div class="modcontent clearfix"><ul class="breadcrumb"><li class="active"><span>คุณอยู่ที่: &#160;</span></li><li><a href="/" class="pathway">หน้าหลัก</a><span class="divider"><img src="{TPL}/images/system/arrow.png" alt="" /></span></li>{"".join(f'<li><a href="{esc(h)}" class="pathway">{esc(t)}</a><span class="divider"><img src="{TPL}/images/system/arrow.png" alt="" /></span></li>' if h else f'<li class="active"><span>{esc(t)}</span></li>' for t, h in crumb)}</ul></div></div></div></div></div></section>
<section id="content" class="content layout-main-right block"><div class="container"><div class="row">
<div id="content_main" class="col-md-9"><div class="content-main-inner ">
<div id="system-message-container"></div>
<div id="yt_component">
{content}
</div>
{below}
</div></div>
<aside id="content_right" class="col-md-3"><div class="content-right-in">
<div id="right" class="col-sm-12"><div class="module  _menu"><h3 class="modtitle">ข่าวล่าสุด</h3><div class="modcontent clearfix"><ul class="latestnews">{latest}</ul></div></div>
<div class="module "><h3 class="modtitle">ข่าวยอดนิยม</h3><div class="modcontent clearfix"><ul class="mostread">{popular}</ul></div></div>
<div class="module "><h3 class="modtitle">แบบสำรวจ</h3><div class="modcontent clearfix"><div class="acypoll"><p>{POLL}</p><form><label><input type="radio" name="vote" value="1"> มากที่สุด</label><br><label><input type="radio" name="vote" value="2"> มาก</label><br><label><input type="radio" name="vote" value="3"> ปานกลาง</label><br><button class="btn btn-primary">โหวต</button></form></div></div></div>
<div class="module "><h3 class="modtitle">เข้าสู่ระบบ</h3><div class="modcontent clearfix"><form action="/news/pr-news.html" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div><div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div><div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำฉัน</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div><div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div><ul class="unstyled"><li><a href="/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul></div></form></div></div>
<div class="module "><h3 class="modtitle">สถิติผู้เข้าชม</h3><div class="modcontent clearfix"><div class="vcnt"><table><tr><td>วันนี้</td><td align="right">214</td></tr><tr><td>เดือนนี้</td><td align="right">6,871</td></tr></table><p>{COUNTER}</p></div></div></div></div>
</div></aside>
</div></div></section>
<footer id="yt_footer" class="block"><div class="container"><div class="row"><div id="yt_copyrightposition" class="col-md-12"><div class="footer1">สงวนลิขสิทธิ์ &copy; 2567 {OFFICE} {FOOTER} โทรศัพท์ 0-5661-1445</div><div class="footer2"><a title="Joomla Templates" target="_blank" href="https://www.smartaddons.com/">Designed by SmartAddons.Com</a></div></div></div></div></footer>
<div id="cookie-bar" class="cookie-bar"><p>{COOKIE}</p><button class="btn btn-success" onclick="acceptCookies()">ยอมรับ</button></div>
</section>
<a id="yt-totop" class="backtotop" href="#"><i class="fa fa-angle-up"></i></a>
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(
                f'<tr class="cat-list-row{j % 2}" ><td headers="categorylist_header_title" class="list-title"><a href="{esc(a.path)}">{esc(a.title)}</a></td><td headers="categorylist_header_date" class="list-date small">{lc4(a.published)}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: {a.views}</span></td></tr>'
            )
            if k == 1 and j == 4:
                rows.append(
                    f'<tr class="cat-list-row{(j + 1) % 2}" ><td headers="categorylist_header_title" class="list-title"><a href="{esc(DELETED)}" class="register">{esc(DELETED_TITLE)}</a> <span class="label label-warning">ต้องลงทะเบียน</span></td><td headers="categorylist_header_date" class="list-date small">{lc4(a.published)}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: 0</span></td></tr>'
                )
        lis = []
        if k:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{esc(self.page_url(0))}" class="pagenav">เริ่มต้น</a></li><li><a title="ก่อนหน้า" href="{esc(self.page_url(k - 1))}" class="pagenav">ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><span class="pagenav">เริ่มต้น</span></li><li class="disabled"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for j in range(n):
            lis.append(
                f'<li class="active"><span class="pagenav">{j + 1}</span></li>'
                if j == k
                else f'<li><a title="{j + 1}" href="{esc(self.page_url(j))}" class="pagenav">{j + 1}</a></li>'
            )
        if k < n - 1:
            lis.append(
                f'<li><a title="ถัดไป" href="{esc(self.page_url(k + 1))}" class="pagenav">ถัดไป</a></li><li><a title="สุดท้าย" href="{esc(self.page_url(n - 1))}" class="pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><span class="pagenav">ถัดไป</span></li><li class="disabled"><span class="pagenav">สุดท้าย</span></li>'
            )
        limits = "".join(
            f'<option value="{v}"{SEL if v == PER else ""}>{v}</option>'
            for v in (5, 10, 15, 20, 25, 30, 50, 100)
        )
        content = f"""<div class="category-list">
<div>
<div class="content-category">
<h2>ข่าวประชาสัมพันธ์</h2>
<form action="{LIST}" method="post" name="adminForm" id="adminForm" class="form-inline">
<fieldset class="filters btn-toolbar clearfix"><div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">ตัวกรองหัวข้อ&#160;</label><input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="ค้นหาในเนื้อหา" placeholder="ตัวกรองหัวข้อ" /></div><div class="btn-group pull-right"><label for="limit" class="element-invisible">แสดง #</label><select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">{limits}</select></div><input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" /></fieldset>
<table class="category table table-striped table-bordered table-hover">
<thead><tr><th id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="" data-content="เลือกเพื่อเรียงลำดับตามคอลัมน์นี้" data-placement="top">หัวข้อ</a></th><th id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover">วันที่เผยแพร่</a></th><th id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover">ฮิต</a></th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
<div class="pagination"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul class="pagination-list">{"".join(lis)}</ul></div>
</form>
</div>
</div>
</div>"""
        return self.shell(content, "category", "ข่าวประชาสัมพันธ์", [("ข่าวประชาสัมพันธ์", "")])

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i - 1] if i > 0 else None,
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
        )

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 6] if x.tags][:3] or self.articles[-3:]

    def article(self, a):
        p = a.published
        body = ""
        for j, x in enumerate(a.paras):
            body += f"<p>{esc(x)}</p>\n"
            if j == 0 and a.extra["image"]:
                body += f'<p style="text-align: center;"><img class="caption" src="/images/news/2567/{a.id}-1.jpg" alt="ภาพกิจกรรม" title="ภาพกิจกรรม {OFFICE}" width="600" height="400" /></p>\n'
        if a.source:
            body += f'<p style="text-align: right;"><strong>{a.extra["label"]} :</strong> {esc(a.source)}</p>\n'
        if a.extra["file"]:
            body += f'<p><img src="/images/icons/pdf.png" alt="" /> <a href="/images/files/2567/news-{a.id}.pdf" target="_blank">ไฟล์แนบ (PDF)</a></p>\n'
        tags = (
            '<ul class="tags inline">'
            + "".join(
                f'<li class="tag-{4 + j} tag-list0" itemprop="keywords"><a href="/component/tags/tag/{4 + j}.html" class="label label-info">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            + "</ul>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{esc(prev.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ย้อนกลับ</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{esc(nxt.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"> <span class="icon-cog"></span><span class="caret"></span> </a><ul class="dropdown-menu"><li class="print-icon"><a href="{esc(a.path)}?tmpl=component&amp;print=1&amp;page=" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print"></span> พิมพ์</a></li><li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=sj_plus&amp;link=9b0c1e" title="ส่งอีเมลลิงก์ไปให้เพื่อน" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a></li></ul></div></div>
<dl class="article-info muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">pr_phichit</span></dd>
<dd class="category-name">หมวด: <a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{p.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {lc2(p)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
</dl>
<div itemprop="articleBody">
{body}</div>
<dl class="article-info muted">
<dt class="article-info-term"></dt>
<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{a.modified.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด เมื่อ {lc2(a.modified)}</time></dd>
</dl>
{tags}
<div class="addthis_toolbox addthis_default_style"><span class="addthis-label">แบ่งปันบทความนี้</span> <a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_line"></a><a class="addthis_button_compact"></a><a class="addthis_counter addthis_bubble_style"></a></div>
{nav}
<div id="jc"><div id="comments"><h4>ความคิดเห็น (0)</h4></div><p class="jcomments-links">{COMMENT_PROMPT}</p><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
</div>"""
        rel = "".join(
            f'<li><a href="{esc(x.path)}">{esc(x.title)}</a></li>' for x in self.related(a)
        )
        below = f'<div id="content_main_bottom"><div class="module "><h3 class="modtitle">{RELATED}</h3><div class="modcontent clearfix"><ul class="relateditems">{rel}</ul></div></div></div>'
        return self.shell(
            content,
            "article",
            a.title,
            [("ข่าวประชาสัมพันธ์", LIST), (a.title, "")],
            below,
            a.path,
        )

    def not_authorised(self):
        content = f"""<div id="system-message-container"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4><div><p>{NOT_AUTH}</p></div></div></div>
<div class="login"><form action="/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>"""
        return self.shell(content, "login", "เข้าสู่ระบบ", [("เข้าสู่ระบบ", "")], "", DELETED)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 303, {"Location": base + LIST}, b""
        if path == LIST:
            start = (query.get("start") or query.get("limitstart") or ["0"])[0] or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path == DELETED:
            return self.html_response(self.not_authorised())
        if path.startswith("/news/pr-news/") and path.endswith(".html"):
            alias = path[len("/news/pr-news/") : -len(".html")]
            if alias in self.by_alias:
                return self.html_response(self.article(self.by_alias[alias]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ฮิต: {a.views}",
                f"แก้ไขล่าสุด เมื่อ {lc2(a.modified)}",
                f"เผยแพร่เมื่อ: {lc2(a.published)}",
                "pr_phichit",
                "แบ่งปันบทความนี้",
                "ความคิดเห็น (0)",
                COMMENT_PROMPT,
                RELATED,
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                POLL,
                "ลืมรหัสผ่าน?",
                COUNTER,
                COOKIE,
                FOOTER,
                "คุณอยู่ที่:",
                "บทความก่อนหน้า",
                "บทความถัดไป",
                "Designed by SmartAddons.Com",
            ]
            if a.extra["file"]:
                must_not.append("ไฟล์แนบ (PDF)")
            must_not += [x.title for x in self.related(a) if x is not a]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = YtFrameworkSite()

if __name__ == "__main__":
    main(SITE)
