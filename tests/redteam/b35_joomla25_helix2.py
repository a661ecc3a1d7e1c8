"""Blind-35 red-team site (part B): **Joomla! 2.5 + JoomShaper "Shaper Helix II"** (the
Bootstrap-2 framework template `/templates/shaper_helix_ii/`), com_content, run by a provincial
agricultural-extension office (สำนักงานเกษตรจังหวัดพิจิตร) with **non-SEF URLs**, Thai language
pack, built blind.

What it imitates:
- Joomla 2.5 fingerprints: `generator` "Joomla! - Open Source Content Management", `<base href>`,
  `/media/system/js/mootools-core.js`, `/media/system/js/caption.js`, `?format=feed&type=rss`;
- **non-SEF URLs** `index.php?option=com_content&view=article&id=NNN:alias&catid=9&Itemid=118`
  where the alias is the **date-time string Joomla 2.5 makes when the title is Thai**
  (`2013-05-21-03-14-22`, UTC of creation);
- Helix II shell: `#sp-header-wrapper`, `#sp-breadcrumb-wrapper`, `#sp-main-body-wrapper`,
  `#sp-component-area`, `aside#sp-right` modules (`div.module > div.mod-wrapper > h3.header`),
  `#sp-footer-wrapper`, "Go to top";
- article (core 2.5 layout): page heading `h1` = the **menu title** ("ข่าวประชาสัมพันธ์"),
  headline in `h2 > a`; `ul.actions` print / e-mail icons; `dl.article-info` "รายละเอียด" with
  หมวด / "สร้างเมื่อ วันพุธ, 15 พฤษภาคม 2013 10:15" (**th-TH LC2 with weekday, CE year**) /
  "ปรับปรุงล่าสุด …" (every item) / "เขียนโดย <login>" / "ฮิต: N"; image (some); typed
  source "ที่มา :" as the last bold paragraph (some); AddThis toolbox "แชร์ข่าวนี้" after the
  text; core pagenav (no titles); "บทความที่เกี่ยวข้อง" (mod_related_items) and JComments login
  prompt; no tags (2.5 has none; the words sit only in `meta keywords`);
- listing: category **list** layout (`table.category`, title / date / hits columns, "แสดง #"
  limit box) with `&limitstart=10`, `&limitstart=20` pagination ("หน้า 1 จาก 3").
Deleted: an unpublished article's URL answering 200 with the Helix shell, Joomla's
"คุณไม่ได้รับอนุญาตให้ดูข้อมูลนี้" notice and the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
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

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
HOST = "http://www.phichit.doae.go.th"
T = "/templates/shaper_helix_ii"
CAT = "option=com_content&view=category&id=9&Itemid=118"
PER_PAGE = 10
SOURCES = [None, "กลุ่มส่งเสริมและพัฒนาการผลิต", None, "ฝ่ายบริหารทั่วไป", None, "สำนักงานเกษตรอำเภอตะพานหิน"]
LOGINS = ["admin", "webmaster", "pr_phichit"]
DELETED_ID = 288
SITE_COUNTER = "ทั้งหมด 384,201"
COMMENT_PROMPT = "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น"


def lc2(d: dt.datetime) -> str:
    """th-TH DATE_FORMAT_LC2 'l, d F Y H:i' (CE year)."""
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc3(d: dt.datetime) -> str:
    return f"{d:%d} {MONTHS[d.month - 1]} {d.year}"


class Helix2Site(BaseSite):
    key = "b35_joomla25_helix2"
    family = "joomla"
    imitates = "Joomla! 2.5 + JoomShaper Shaper Helix II (/templates/shaper_helix_ii/), provincial agricultural-extension office, non-SEF URLs index.php?option=com_content&view=article&id=NNN:<date-time alias>&catid=9&Itemid=118; h1 = menu page heading, headline in h2 > a; dl.article-info 'สร้างเมื่อ วันพุธ, 15 พฤษภาคม 2013 10:15' (th-TH LC2, weekday, CE year) / 'ปรับปรุงล่าสุด' on every item / 'เขียนโดย login' / 'ฮิต: N'; print / e-mail icons; 'ที่มา :' bold last paragraph (some); AddThis after the text; core pagenav without titles; related items + JComments login prompt; no tags (meta keywords only); category list layout (table.category) with &limitstart=10/20; deleted = not-authorised notice + login form (200)"
    listing_path = f"/index.php?{CAT}"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2013, 6, 27, 16, 0, tzinfo=TZ), offset=157
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 311
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + (i * 7) % 3
            if aid == DELETED_ID:
                aid -= 1
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published
            alias = (a.published - dt.timedelta(hours=7)).strftime(
                "%Y-%m-%d-%H-%M-"
            ) + f"{(a.id * 7) % 60:02d}"
            a.extra["alias"] = alias
            a.path = (
                f"/index.php?option=com_content&view=article&id={a.id}:{alias}&catid=9&Itemid=118"
            )
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["keywords"] = a.tags
            a.tags = []
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 2
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted = f"/index.php?option=com_content&view=article&id={DELETED_ID}:2013-05-30-02-41-09&catid=9&Itemid=118"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&limitstart={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", message=""):
        latest = "".join(
            f'<li class="latestnews"><a href="{esc(a.path)}" class="latestnews">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
  <base href="{HOST}/index.php" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
{head_extra}  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/index.php?{CAT}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="{T}/css/bootstrap.min.css" type="text/css" />
  <link rel="stylesheet" href="{T}/css/template.css" type="text/css" />
  <link rel="stylesheet" href="{T}/css/presets/preset1.css" type="text/css" />
  <script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
  <script src="/media/system/js/core.js" type="text/javascript"></script>
  <script src="/media/system/js/caption.js" type="text/javascript"></script>
  <script src="/plugins/system/helix/js/jquery.min.js" type="text/javascript"></script>
  <script src="{T}/js/main.js" type="text/javascript"></script>
</head>
<body class="{body_class} subpage ltr preset1 menu-news responsive bg hfeed clearfix">
<div class="body-innerwrapper">
<header id="sp-header-wrapper" class=" "><div class="container"><div class="row-fluid" id="header">
  <div id="sp-logo" class="span5"><div class="logo-wrapper"><a href="/"><div style="width:360px; height:80px;" class="logo"></div></a></div></div>
  <div id="sp-menu" class="span7"><div id="sp-main-menu" class="visible-desktop"><ul class="sp-menu level-0"><li class="menu-item first"><a href="/index.php?option=com_content&amp;view=featured&amp;Itemid=101" class="menu-item first"><span class="menu"><span class="menu-title">หน้าหลัก</span></span></a></li><li class="menu-item parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102" class="menu-item parent"><span class="menu"><span class="menu-title">เกี่ยวกับหน่วยงาน</span></span></a></li><li class="menu-item active"><a href="/index.php?{CAT}" class="menu-item active"><span class="menu"><span class="menu-title">ข่าวประชาสัมพันธ์</span></span></a></li><li class="menu-item"><a href="/index.php?option=com_content&amp;view=category&amp;id=11&amp;Itemid=121" class="menu-item"><span class="menu"><span class="menu-title">ราคาสินค้าเกษตร</span></span></a></li><li class="menu-item last"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=109" class="menu-item last"><span class="menu"><span class="menu-title">ติดต่อเรา</span></span></a></li></ul></div></div>
</div></div></header>
<section id="sp-breadcrumb-wrapper" class=" "><div class="container"><div class="row-fluid" id="breadcrumb"><div id="sp-breadcrumb" class="span12"><ul class="breadcrumb"><li class="active"><span class="hasTooltip"><i class="icon-map-marker"></i></span></li><li><a href="/" class="pathway">หน้าหลัก</a><span class="divider">/</span></li>{crumb}</ul></div></div></div></section>
<section id="sp-main-body-wrapper" class=" "><div class="container"><div class="row-fluid" id="main-body">
<div id="sp-message-area" class="span9"><section id="sp-component-area-wrapper" class=" "><div class="row-fluid" id="component-area"><div id="sp-component-area" class="span12"><section id="sp-component-wrapper"><div id="sp-component">
<div id="system-message-container">
{message}</div>
{content}
</div></section></div></div></section></div>
<aside id="sp-right" class="span3">
<div class="module "><div class="mod-wrapper clearfix"><h3 class="header"><span>ข่าวล่าสุด</span></h3><div class="mod-content clearfix"><div class="mod-inner clearfix"><ul class="latestnews">{latest}</ul></div></div></div></div>
<div class="module "><div class="mod-wrapper clearfix"><h3 class="header"><span>สถิติผู้เยี่ยมชม</span></h3><div class="mod-content clearfix"><div class="mod-inner clearfix"><div id="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align:center; width:90%;" class="vvisit_counter"><tbody><tr align="left"><td>วันนี้</td><td align="right">45</td></tr><tr align="left"><td>เมื่อวาน</td><td align="right">102</td></tr><tr align="left"><td>{SITE_COUNTER.split()[0]}</td><td align="right">{SITE_COUNTER.split()[1]}</td></tr></tbody></table></div></div></div></div></div>
<div class="module "><div class="mod-wrapper clearfix"><h3 class="header"><span>เข้าสู่ระบบ</span></h3><div class="mod-content clearfix"><div class="mod-inner clearfix"><form action="/index.php?{CAT}" method="post" id="login-form"><fieldset class="userdata"><p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="18" /></p><p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18" /></p><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></fieldset><ul><li><a href="/index.php?option=com_users&amp;view=reset">ลืมรหัสผ่าน?</a></li></ul></form></div></div></div></div>
</aside>
</div></div></section>
<footer id="sp-footer-wrapper" class=" "><div class="container"><div class="row-fluid" id="footer"><div id="sp-footer1" class="span8"><span class="copyright">Copyright © 2013 {OFFICE} ศาลากลางจังหวัดพิจิตร ถนนบุษบา อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000 โทร. 0-5661-1050</span></div><div id="sp-footer2" class="span4"><a class="sp-totop" href="javascript:;" title="Goto Top" rel="nofollow"><small>Goto Top </small><i class="icon-caret-up"></i></a></div></div></div></footer>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, n, title, path, a):
        return f"""<tr class="cat-list-row{n % 2}">
<td class="list-title"><a href="{esc(path)}">{esc(title)}</a></td>
<td class="list-date">{lc3(a.published)}</td>
<td class="list-hits">{a.views}</td>
</tr>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return esc(
                f"/index.php?{CAT}&limitstart={j * PER_PAGE}"
                if j
                else f"/index.php?{CAT}&limitstart=0"
            )

        items = []
        if k == 0:
            items += [
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>',
                '<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>',
            ]
        else:
            items += [
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{href(0)}" class="pagenav">เริ่มต้น</a></li>',
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="pagenav">ก่อนหน้า</a></li>',
            ]
        for j in range(n):
            items.append(
                f'<li><span class="pagenav">{j + 1}</span></li>'
                if j == k
                else f'<li><a title="{j + 1}" href="{href(j)}" class="pagenav">{j + 1}</a></li>'
            )
        if k == n - 1:
            items += [
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>',
                '<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>',
            ]
        else:
            items += [
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="pagenav">ถัดไป</a></li>',
                f'<li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="pagenav">สุดท้าย</a></li>',
            ]
        return f'<div class="pagination"><p class="counter">หน้า {k + 1} จาก {n}</p><ul>{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.row(i, a.title, a.path, a) for i, a in enumerate(self.pages[k])]
        if k == 1:
            rows.insert(
                3,
                self.row(
                    3,
                    "ประชาสัมพันธ์รับสมัครเกษตรกรเข้าร่วมโครงการระบบส่งเสริมการเกษตรแบบแปลงใหญ่",
                    self.deleted,
                    self.pages[1][3],
                ),
            )
        content = f"""<div class="category-list">
<h1>ข่าวประชาสัมพันธ์</h1>
<div class="cat-items">
<form action="/index.php?{CAT}" method="post" name="adminForm" id="adminForm">
<fieldset class="filters">
<div class="display-limit">แสดง #&#160;<select id="limit" name="limit" class="inputbox" size="1" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">ทั้งหมด</option></select></div>
</fieldset>
<table class="category">
<thead><tr><th class="list-title" id="tableOrdering"><a href="#" onclick="tableOrdering('a.title','asc','');return false;" title="คลิกเพื่อเรียงลำดับตามคอลัมน์นี้">หัวเรื่อง</a></th><th class="list-date" id="tableOrdering2"><a href="#" onclick="tableOrdering('a.created','asc','');return false;">วันที่</a></th><th class="list-hits" id="tableOrdering4"><a href="#" onclick="tableOrdering('a.hits','asc','');return false;">ฮิต</a></th></tr></thead>
<tbody>
{"".join(rows)}</tbody>
</table>
{self.pager(k)}
<div><input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /></div>
</form>
</div>
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            content,
            '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>',
            "category",
        )

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i - 3, i + 5) if 0 <= j < len(self.articles)][:3]

    def article(self, a):
        url = f"{HOST}{a.path}"
        image = ""
        if a.extra["image"]:
            image = f'<p style="text-align: center;"><img src="/images/stories/news/2556/{a.id}.jpg" width="450" height="300" alt="{a.id}" /></p>\n'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        source = (
            f'<p style="text-align: right;"><strong>ที่มา : {esc(a.source)}</strong></p>\n'
            if a.source
            else ""
        )
        newer, older = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += (
                f'<li class="previous"><a href="{esc(newer.path)}" rel="prev">&lt; ก่อนหน้า</a></li>'
            )
        if older:
            nav += f'<li class="next"><a href="{esc(older.path)}" rel="next">ถัดไป &gt;</a></li>'
        nav += "</ul>"
        rel = "".join(
            f'<li><a href="{esc(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        print_href = esc(a.path + "&tmpl=component&print=1&layout=default&page=")
        return f"""<div class="item-page">
<h1>ข่าวประชาสัมพันธ์</h1>
<h2><a href="{esc(a.path)}">{esc(a.title)}</a></h2>
<ul class="actions">
<li class="print-icon"><a href="{print_href}" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" alt="พิมพ์" /></a></li>
<li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;template=shaper_helix_ii&amp;link=a{a.id}f0e9" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/media/system/images/emailButton.png" alt="อีเมล" /></a></li>
</ul>
<dl class="article-info">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวด: <a href="/index.php?{esc(CAT)}">ข่าวประชาสัมพันธ์</a></dd>
<dd class="create">สร้างเมื่อ {lc2(a.published)}</dd>
<dd class="modified">ปรับปรุงล่าสุด {lc2(a.modified)}</dd>
<dd class="createdby">เขียนโดย {a.extra["login"]}</dd>
<dd class="hits">ฮิต: {a.views}</dd>
</dl>
{image}{body}{source}<!-- AddThis Button BEGIN -->
<div class="addthis_toolbox addthis_default_style"><span class="addthis_label">แชร์ข่าวนี้ :</span><a class="addthis_button_facebook_like" fb:like:layout="button_count"></a><a class="addthis_button_tweet"></a><a class="addthis_counter addthis_pill_style"></a></div>
<script type="text/javascript" src="http://s7.addthis.com/js/250/addthis_widget.js#pubid=ra-4f1a2b3c4d5e6f70"></script>
<!-- AddThis Button END -->
{nav}
</div>
<div class="moduletable"><h3>บทความที่เกี่ยวข้อง</h3><ul class="relateditems">{rel}</ul></div>
<div id="jc"><div id="comments"></div><div id="comments-form-link"><p class="jcomments-links">{COMMENT_PROMPT}</p></div><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
<!-- {url} -->"""

    def detail(self, a):
        kw = ", ".join(a.extra["keywords"])
        head = f'  <meta name="keywords" content="{esc(kw or "เกษตร, พิจิตร")}" />\n  <meta name="author" content="{a.extra["login"]}" />\n  <meta name="description" content="{esc(a.paras[0][:150])}" />\n'
        return self.shell(
            a.title,
            self.article(a),
            f'<li><a href="/index.php?{esc(CAT)}" class="pathway">ข่าวประชาสัมพันธ์</a><span class="divider">/</span></li><li class="active"><span>{esc(a.title)}</span></li>',
            "article",
            head,
        )

    def denied(self):
        message = '<dl id="system-message"><dt class="warning">คำเตือน</dt><dd class="warning message"><ul><li>คุณไม่ได้รับอนุญาตให้ดูข้อมูลนี้</li></ul></dd></dl>\n'
        content = """<div class="login">
<form action="/index.php?option=com_users&amp;task=user.login" method="post"><fieldset><div class="login-fields"><label id="username-lbl" for="username">ชื่อผู้ใช้</label><input type="text" name="username" id="username" value="" class="validate-username" size="25" /></div><div class="login-fields"><label id="password-lbl" for="password">รหัสผ่าน</label><input type="password" name="password" id="password" value="" class="validate-password" size="25" /></div><button type="submit" class="button">เข้าสู่ระบบ</button></fieldset></form>
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์",
            content,
            '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>',
            "article",
            message=message,
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        if path != "/index.php" or qs1(query, "option") != "com_content":
            return None
        view = qs1(query, "view")
        if view == "category" and qs1(query, "id") == "9":
            if qs1(query, "format") == "feed":
                items = "".join(
                    f"<item><title>{esc(a.title)}</title><link>{esc(HOST + a.path)}</link><description>{esc(a.paras[0][:200])}</description><category>ข่าวประชาสัมพันธ์</category><pubDate>{(a.published - dt.timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>{HOST}/index.php?{esc(CAT)}</link><generator>Joomla! - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            k = qs1(query, "limitstart", "0")
            if not k.isdigit() or int(k) % PER_PAGE or int(k) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) // PER_PAGE))
        if view == "article":
            raw = qs1(query, "id").split(":")[0]
            if not raw.isdigit():
                return None
            if int(raw) == DELETED_ID:
                return self.html_response(self.denied())
            a = self.by_id.get(int(raw))
            if a is None:
                return None
            return self.html_response(self.detail(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                lc2(a.published),
                lc2(a.modified),
                "สร้างเมื่อ",
                "ปรับปรุงล่าสุด",
                f"เขียนโดย {a.extra['login']}",
                f"ฮิต: {a.views}",
                "รายละเอียด",
                "แชร์ข่าวนี้",
                "< ก่อนหน้า",
                "ถัดไป >",
                "บทความที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "สถิติผู้เยี่ยมชม",
                SITE_COUNTER,
                COMMENT_PROMPT,
                "JComments",
                "ลืมรหัสผ่าน?",
                "Goto Top",
                "ถนนบุษบา อำเภอเมืองพิจิตร",
            ]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Helix2Site()

if __name__ == "__main__":
    main(SITE)
