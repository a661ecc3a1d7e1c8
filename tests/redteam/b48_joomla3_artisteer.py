"""Blind-48 red-team site (part B): **Joomla 3.9 + an Artisteer 4.3-generated template**
(`/templates/tsj_chainat/`, "Created by Artisteer v4.3"), a provincial natural-resources and
environment office, com_content category *List* layout, non-SEF URLs, built blind.

What it imitates:
- non-SEF URLs (`index.php?option=com_content&view=article&id=N:<date-alias>&catid=9&Itemid=110`,
  Joomla's date-stamp alias when a Thai title transliterates to nothing); the category *List*
  `...&view=category&id=9&Itemid=110` paged by **`&limitstart=N`** (Joomla 3 `div.pagination`,
  "หน้า 1 จาก 3"), a table of `list-title` / `list-date` / `list-hits` rows, the filter box and
  the "แสดง #" select; generator "Joomla! - Open Source Content Management", `/media/jui/`,
  the category feed;
- Artisteer shell: `div#art-main`, `header.art-header` with **`h1.art-headline` = the office
  name** and `h2.art-slogan`, `nav.art-nav` > `ul.art-hmenu`, `div.art-sheet` >
  `div.art-layout-wrapper` > `div.art-content-layout` > `div.art-layout-cell.art-content` +
  `div.art-layout-cell.art-sidebar1` (`art-vmenublock`, `art-block` with `h3.t`), footer
  `footer.art-footer` with "Designed by Artisteer";
- the article is an `article.art-post`: **the headline in `h2.art-postheader`** (not an h1);
  `div.art-postheadericons.art-metadata-icons` (icons joined by " | "): `art-postdateicon`
  "สร้างเมื่อ: วันพุธ, 06 มีนาคม 2019 10:22" (DATE_FORMAT_LC2: weekday, Thai month, **CE year**,
  time), `art-postauthoricon` "เขียนโดย pr_cnt", `art-postprinticon` / `art-postemailicon`, "ฮิต: N";
  `div.art-postcontent` holds the text, then (inside it, as Joomla 3 plugins print) an AddThis bar
  "แชร์ข่าวนี้", Joomla's tag list, `ul.pager.pagenav` "< ก่อนหน้า" / "ถัดไป >" with the
  neighbour titles in `title`, and `div.art-postfootericons` "แก้ไขล่าสุด: …" (every item);
  source sign-offs "ข่าว/ภาพ :" / "ที่มา :" (some), picture (some), attachment (some);
- after the post: JComments' "แสดงความคิดเห็น" box with a login prompt and a
  `mod_related_items` block "ข่าวที่เกี่ยวข้อง"; sidebar: "ข่าวล่าสุด" (`latestnews`), login,
  Vinaora-style visitor counter.
Deleted: id 812 linked from page 2 — access "Registered": 200 with Joomla 3's com_users login
form and the notice "กรุณาเข้าสู่ระบบก่อน" in the same shell (no article text).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดชัยนาท"
SLOGAN = "ทสจ.ชัยนาท ร่วมใจรักษ์ป่า รักษ์น้ำ รักษ์แผ่นดิน"
TPL = "/templates/tsj_chainat"
CAT = "/index.php?option=com_content&view=category&id=9&Itemid=110"
PER = 10
WEEK_EN = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
SOURCES = [
    ("ข่าว/ภาพ :", "กลุ่มงานประชาสัมพันธ์ ทสจ.ชัยนาท"),
    None,
    ("ที่มา :", "สำนักงานป่าไม้จังหวัดชัยนาท"),
    None,
    ("ข่าว/ภาพ :", "ส่วนทรัพยากรธรรมชาติ ทสจ.ชัยนาท"),
]
TAGS = ["ป่าไม้", "ทรัพยากรน้ำ", "สิ่งแวดล้อม", "ขยะมูลฝอย", "ปลูกต้นไม้"]
DELETED_ID = 812
SHARE = "แชร์ข่าวนี้"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 254,318"
FOOTER = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดชัยนาท ศาลากลางจังหวัดชัยนาท ชั้น 3 โทร. 0 5641 1247"
COMMENTS = "คุณต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LOGIN_NOTE = "กรุณาเข้าสู่ระบบก่อน"


def lc2(d: dt.datetime) -> str:
    return f"{WEEK_EN[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def art_url(aid: int, alias: str) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}:{alias}&catid=9&Itemid=110"


class ArtisteerSite(BaseSite):
    key = "b48_joomla3_artisteer"
    family = "joomla"
    imitates = "Joomla 3.9 + an Artisteer 4.3-generated template, provincial natural-resources office; non-SEF index.php?option=com_content&view=article&id=N:<date-alias>&catid=9&Itemid=110; category List layout paged by &limitstart=N; Artisteer shell with h1.art-headline = office name and h2.art-slogan; article.art-post with the headline in h2.art-postheader; art-postheadericons 'สร้างเมื่อ:' LC2 date (Thai weekday and month, CE year, time), author, print/e-mail, ฮิต: N; AddThis bar, tags, pagenav with neighbour titles and art-postfootericons 'แก้ไขล่าสุด:' (every item) inside art-postcontent; ข่าว/ภาพ : / ที่มา : sign-offs; JComments login prompt, mod_related_items, latest news, login, visitor counter; deleted = Registered-access item answering 200 with the com_users login form"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2019, 9, 27, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 836 - i if 836 - i != DELETED_ID else 790
            alias = (a.published - dt.timedelta(hours=7)).strftime(
                "%Y-%m-%d-%H-%M-"
            ) + f"{(i * 17) % 60:02d}"
            a.path = art_url(a.id, alias)
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 23 + (i * 211) % 1900
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 4
            a.time_printed = True
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = art_url(DELETED_ID, "2019-08-02-03-41-09")

    def page_url(self, k):
        return CAT + (f"&limitstart={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 2 : i + 5] or self.articles[1:4]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def shell(self, content, title, view, extra_after=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-th">
<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="ทสจ.ชัยนาท, ทรัพยากรธรรมชาติ, สิ่งแวดล้อม" />
  <meta name="description" content="{OFFICE}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="{CAT}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="/templates/tsj_chainat/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <script src="/media/jui/js/jquery.min.js?3f1b7c"></script>
  <script src="/media/jui/js/jquery-noconflict.js?3f1b7c"></script>
  <script src="/media/system/js/caption.js?3f1b7c"></script>
  <script src="/media/jui/js/bootstrap.min.js?3f1b7c"></script>
    <link rel="stylesheet" href="/templates/system/css/system.css" />
    <link rel="stylesheet" href="/templates/system/css/general.css" />

    <!-- Created by Artisteer v4.3.0.60745 -->
    <meta name="viewport" content="initial-scale = 1.0, maximum-scale = 1.0, user-scalable = no, width = device-width" />
    <!--[if lt IE 9]><script src="https://html5shiv.googlecode.com/svn/trunk/html5.js"></script><![endif]-->
    <link rel="stylesheet" href="{TPL}/css/template.css" media="screen" type="text/css" />
    <link rel="stylesheet" href="{TPL}/css/template.responsive.css" media="all" type="text/css" />
    <script>if ('undefined' != typeof jQuery) document._artxJQueryBackup = jQuery;</script>
    <script src="{TPL}/jquery.js"></script>
    <script>jQuery.noConflict();</script>
    <script src="{TPL}/script.js"></script>
    <script>if (document._artxJQueryBackup) jQuery = document._artxJQueryBackup;</script>
    <script src="{TPL}/script.responsive.js"></script>
</head>
<body class="{view}">

<div id="art-main">
<header class="art-header">
    <div class="art-shapes"></div>
<h1 class="art-headline">
    <a href="/">{OFFICE}</a>
</h1>
<h2 class="art-slogan">{SLOGAN}</h2>
</header>
<nav class="art-nav">
<ul class="art-hmenu"><li class="item-101"><a href="/index.php">หน้าหลัก</a></li><li class="item-102 deeper parent"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102">เกี่ยวกับหน่วยงาน</a><ul><li class="item-103"><a href="/index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=103">โครงสร้างองค์กร</a></li><li class="item-104"><a href="/index.php?option=com_content&amp;view=article&amp;id=4&amp;Itemid=104">อำนาจหน้าที่</a></li></ul></li><li class="item-110 current active"><a class=" active" href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="item-111"><a href="/index.php?option=com_content&amp;view=category&amp;id=10&amp;Itemid=111">ประกาศจัดซื้อจัดจ้าง</a></li><li class="item-115"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=115">ติดต่อเรา</a></li></ul>
</nav>
<div class="art-sheet clearfix">
            <div class="art-layout-wrapper">
                <div class="art-content-layout">
                    <div class="art-content-layout-row">
                        <div class="art-layout-cell art-content">
<article class="art-post"><div class="art-postcontent clearfix"><div class="breadcrumbs">
<span class="showHere">คุณอยู่ที่: </span><a href="/index.php" class="pathway">หน้าหลัก</a> <img src="/media/system/images/arrow.png" alt="" /> <span>ข่าวประชาสัมพันธ์</span></div></div></article>
<div id="system-message-container">
	</div>
{content}
{extra_after}
                        </div>
                        <div class="art-layout-cell art-sidebar1">
<div class="art-vmenublock clearfix"><div class="art-vmenublockheader"><h3 class="t">เมนูหลัก</h3></div><div class="art-vmenublockcontent"><ul class="art-vmenu"><li><a href="/index.php">หน้าหลัก</a></li><li><a class=" active" href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li><a href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=118">ศูนย์ข้อมูลข่าวสาร</a></li></ul></div></div>
<div class="art-block clearfix"><div class="art-blockheader"><h3 class="t">ข่าวล่าสุด</h3></div><div class="art-blockcontent"><ul class="latestnews">{latest}</ul></div></div>
<div class="art-block clearfix"><div class="art-blockheader"><h3 class="t">เข้าสู่ระบบ</h3></div><div class="art-blockcontent"><form action="/index.php" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" /></div><div id="form-login-password" class="control-group"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" /></div><div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าสู่ระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div><div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="art-button">เข้าสู่ระบบ</button></div><ul class="unstyled"><li><a href="/index.php?option=com_users&amp;view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php?option=com_users&amp;view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul></div></form></div></div>
<div class="art-block clearfix"><div class="art-blockheader"><h3 class="t">สถิติผู้เยี่ยมชม</h3></div><div class="art-blockcontent"><div class="vinaora_visitors_counter"><table cellpadding="0" cellspacing="0" style="width:90%;"><tbody><tr align="left"><td>วันนี้</td><td align="right">86</td></tr><tr align="left"><td>เมื่อวาน</td><td align="right">214</td></tr><tr align="left"><td>เดือนนี้</td><td align="right">4,901</td></tr></tbody></table><div>{COUNTER}</div></div></div></div>
                        </div>
                    </div>
                </div>
            </div>
    </div>
<footer class="art-footer">
  <div class="art-footer-inner">
<p>{FOOTER}</p>
<p class="art-page-footer">
        <span id="art-footnote-links">Designed by <a href="http://www.artisteer.com" target="_blank">Artisteer</a>.</span>
    </p>
  </div>
</footer>

</div>

</body>
</html>"""

    def listing(self, k):
        rows = []
        entries = list(self.pages[k])
        if k == 1:
            entries.insert(3, None)
        for j, a in enumerate(entries):
            if a is None:
                rows.append(
                    f'<tr class="cat-list-row{j % 2}"><td headers="categorylist_header_title" class="list-title"><a href="{esc(self.deleted)}">ประกาศรายชื่อผู้ผ่านการคัดเลือกอาสาสมัครพิทักษ์ทรัพยากร</a> <span class="list-published label label-warning">ผู้ใช้ที่ลงทะเบียน</span></td><td headers="categorylist_header_date" class="list-date small">02 สิงหาคม 2019</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: 5</span></td></tr>'
                )
                continue
            rows.append(
                f'<tr class="cat-list-row{j % 2}"><td headers="categorylist_header_title" class="list-title"><a href="{esc(a.path)}">{esc(a.title)}</a></td><td headers="categorylist_header_date" class="list-date small">{lc3(a.published)}</td><td headers="categorylist_header_hits" class="list-hits"><span class="badge badge-info">ฮิต: {a.views}</span></td></tr>'
            )
        n = len(self.pages)
        lis = []
        if k:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{esc(CAT)}" class="hasTooltip pagenav">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{esc(self.page_url(k - 1))}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        for m in range(n):
            if m == k:
                lis.append(f'<li><span class="pagenav">{m + 1}</span></li>')
            else:
                lis.append(
                    f'<li><a href="{esc(self.page_url(m))}" class="pagenav">{m + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{esc(self.page_url(k + 1))}" class="hasTooltip pagenav">ถัดไป</a></li>'
            )
            lis.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{esc(self.page_url(n - 1))}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        content = f"""<article class="art-post"><div class="art-postcontent clearfix"><div class="category-list">
<div>
	<div class="content-category">
		<h2>ข่าวประชาสัมพันธ์</h2>
<form action="{esc(CAT)}" method="post" name="adminForm" id="adminForm" class="form-inline">
	<fieldset class="filters btn-toolbar clearfix">
		<div class="btn-group"><label class="filter-search-lbl element-invisible" for="filter-search">ตัวกรองคำค้น&#160;</label><input type="text" name="filter-search" id="filter-search" value="" class="inputbox" title="ค้นหาเนื้อหาที่ต้องการ" placeholder="ตัวกรองคำค้น" /></div>
		<div class="btn-group pull-right"><label for="limit" class="element-invisible">แสดง #</label><select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()"><option value="5">5</option><option value="10" selected="selected">10</option><option value="15">15</option><option value="20">20</option><option value="0">ทั้งหมด</option></select></div>
		<input type="hidden" name="filter_order" value="" /><input type="hidden" name="filter_order_Dir" value="" /><input type="hidden" name="limitstart" value="" /><input type="hidden" name="task" value="" />
	</fieldset>
	<table class="category table table-striped table-bordered table-hover">
		<thead><tr><th id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="หัวเรื่อง">หัวเรื่อง</a></th><th id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover">วันที่เผยแพร่</a></th><th id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover">ฮิต</a></th></tr></thead>
		<tbody>
{chr(10).join(rows)}
		</tbody>
	</table>
	<div class="pagination">
		<p class="counter pull-right">หน้า {k + 1} จาก {n}</p>
		<ul class="pagination-list">{"".join(lis)}</ul>
	</div>
</form>
	</div>
</div>
</div></div></article>"""
        return self.shell(content, f"ข่าวประชาสัมพันธ์ - {OFFICE}", "category")

    def article(self, a):
        body = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            body.insert(
                1,
                f'<p style="text-align: center;"><img src="/images/news2562/{a.id}/img01.jpg" alt="" width="600" height="400" /></p>',
            )
        if a.source:
            body.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        if a.extra["file"]:
            body.append(
                f'<p><a href="/images/file/2562/{a.id}.pdf" target="_blank">ดาวน์โหลดเอกสารประกอบ (PDF)</a></p>'
            )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{3 + TAGS.index(t)} tag-list0" itemprop="keywords"><a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={3 + TAGS.index(t)}:tag{3 + TAGS.index(t)}&amp;Itemid=101" class="label label-info">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{esc(newer.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{esc(older.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        p, m = a.published, a.modified
        print_href = esc(a.path + "&tmpl=component&print=1&layout=default")
        content = f"""<article class="art-post art-article"><div class="art-postmetadataheader"><h2 class="art-postheader">{esc(a.title)}</h2></div><div class="art-postheadericons art-metadata-icons"><span class="art-postdateicon">สร้างเมื่อ: {lc2(p)}</span> | <span class="art-postauthoricon">เขียนโดย pr_cnt</span> | <a href="{print_href}" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="art-postprinticon">พิมพ์</span></a> | <a href="/index.php?option=com_mailto&amp;tmpl=component&amp;template=tsj_chainat&amp;link=a1b2c3{a.id}" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="art-postemailicon">อีเมล</span></a> | ฮิต: {a.views}</div><div class="art-postcontent clearfix"><div class="art-article">{"".join(body)}</div>
<!-- AddThis Button BEGIN -->
<div class="addthis_toolbox addthis_default_style"><span class="addthis_label">{SHARE}</span> <a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a><a class="addthis_button_line"></a><a class="addthis_button_compact"></a><a class="addthis_counter addthis_bubble_style"></a></div>
<script src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e5f6a7b"></script>
<!-- AddThis Button END -->
{tags}
<ul class="pager pagenav">{nav}</ul></div><div class="art-postfootericons art-metadata-icons"><span class="art-postediticon">แก้ไขล่าสุด: {lc2(m)}</span></div></article>"""
        related = "".join(
            f'<li><a href="{esc(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        after = f"""<article class="art-post"><div class="art-postcontent clearfix"><div id="jc"><div id="comments"></div><h4>แสดงความคิดเห็น</h4><p class="jcomments-policy">{COMMENTS}</p><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div></div></article>
<div class="art-block clearfix"><div class="art-blockheader"><h3 class="t">{RELATED}</h3></div><div class="art-blockcontent"><ul class="relateditems">{related}</ul></div></div>"""
        return self.shell(content, f"{a.title} - {OFFICE}", "article", after)

    def login_wall(self):
        content = f"""<div id="system-message"><div class="alert alert-message"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อความ</h4><div><p>{LOGIN_NOTE}</p></div></div></div>
<article class="art-post"><div class="art-postcontent clearfix"><div class="login">
<form action="/index.php?option=com_users&amp;task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div><input type="hidden" name="return" value="aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudA==" /></fieldset></form></div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php?option=com_users&amp;view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li><li><a href="/index.php?option=com_users&amp;view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li></ul></div></div></article>"""
        return self.shell(content, f"เข้าสู่ระบบ - {OFFICE}", "login")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(self.listing(0))
        if path != "/index.php":
            return None
        q = {k: v[0] for k, v in query.items()}
        if q.get("option") != "com_content" or q.get("format"):
            return None
        if q.get("view") == "category" and q.get("id") == "9":
            start = q.get("limitstart", q.get("start", "0")) or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if q.get("view") == "article":
            head = q.get("id", "").split(":")[0]
            if not head.isdigit():
                return None
            if int(head) == DELETED_ID:
                return self.html_response(self.login_wall())
            a = self.by_id.get(int(head))
            if a:
                return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ฮิต: {a.views}",
                f"แก้ไขล่าสุด: {lc2(a.modified)}",
                f"สร้างเมื่อ: {lc2(a.published)}",
                "เขียนโดย pr_cnt",
                SHARE,
                COMMENTS,
                "แสดงความคิดเห็น",
                RELATED,
                "ข่าวล่าสุด",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่าน?",
                COUNTER,
                FOOTER,
                SLOGAN,
                "Designed by",
                "คุณอยู่ที่:",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสารประกอบ (PDF)")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = ArtisteerSite()

if __name__ == "__main__":
    main(SITE)
