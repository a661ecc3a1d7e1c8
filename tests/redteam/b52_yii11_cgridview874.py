"""Blind-52 red-team site (part B): a provincial natural-resources office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดชัยนาท, "ทสจ.ชัยนาท") on a **home-made Yii 1.1.13
application (PHP 5.3, 2012-2013, gii-generated CRUD for a `News` model)**, its data kept in
windows-874 from the office's older ASP site. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up / carried from memory: Yii 1.1's skeleton webapp (`protected/views/layouts/main.php`:
`div#page`, `div#header > div#logo`, `div#mainmenu` (CMenu), `div.breadcrumbs`
(CBreadcrumbs, " &raquo; "), `div#footer` "Copyright &copy; … All Rights Reserved. Powered by
Yii Framework."; `column2.php` with `div#sidebar` and CPortlet's `div.portlet >
div.portlet-decoration > div.portlet-title + div.portlet-content`); gii's CRUD `view.php`
(breadcrumbs ending in the record's id, CDetailView's `table.detail-view` of `tr.odd` /
`tr.even` with `th` + `td`); CGridView's output (`div.grid-view#news-grid`, `div.summary`,
`table.items` with sort links `News_sort=…` in `thead`, `tr.odd` / `tr.even`, `div.pager`
"ไปที่หน้า:" + `ul.yiiPager` with `li.first` / `li.previous` / `li.page.selected` / `li.next` /
`li.last`, the hidden `div.keys`) and the `News_page=N` page variable. The search tool's code
corpus was queried for Thai government page templates of the era; nothing was copied. Thai
dates, counters and the body markup follow real Thai office pages of 2005-2015. The stack is
of 2012-2013 (footer "Copyright © 2556") and still running: the items are of 2020 (พ.ศ. ๒๕๖๓).

Traps (NEW = not tried by rounds 1-51):
- **NEW charset surprise: windows-874 bytes, `Content-Type: text/html` with no charset, and the
  only declaration `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">`
  placed after more than 1 kB of inline scripts (Google Analytics, a menu config, jQuery
  CGridView init)**; the pages hold bytes TIS-620 does not define (curly quotes 0x93/0x94,
  the ellipsis 0x85, NBSP indents 0xA0 in the text);
- **NEW: the headline is a styled `<div class="news-topic">`; the page's only `<h1>` is the
  office's name in `div#logo`; `<title>` is "ทสจ.ชัยนาท - ดูข่าว" on every article, and the
  breadcrumb ends in the record id "#308" (gii's default), not the headline**;
- **NEW: the date "วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๕๖ เวลา ๑๐.๓๐ น." (weekday, "พ.ศ.", Thai digits, a
  dotted time; the time on most)**; **NEW: the listing is a CGridView table with the date in its
  own column as "5-3-56" (BE, day first, two-digit year)**;
- **NEW: the counter "ดู ๑,๒๓๔ ครั้ง" beside "พิมพ์ ๑๒ ครั้ง" and "ส่งต่อ ๓ ครั้ง" (print and
  forward counts)**;
- **NEW: the source as CDetailView's "แหล่งข่าว" row (`<th>แหล่งข่าว</th><td>office</td>`, no
  colon) under the text (two in three), else "ที่มาข้อมูล : office" as the text's last line (one
  in six); none on the rest**; the same table holds "ไฟล์แนบ" and "ผู้บันทึก" rows;
- **NEW: a "ใหม่" badge (`<img src="images/new.gif" alt="ใหม่">`) inside the listing link of the
  newest items**; sort links in the grid's header (`News_sort=title`, `News_sort=created`);
- **NEW: the deleted item answers 302 to the listing** (the controller's loadModel redirects);
- furniture: "พิมพ์ข่าวนี้" / "ส่งต่อให้เพื่อน" / "ย้อนกลับ", "ข่าวอื่นๆ" with titles and dates,
  sidebar portlets "ข่าวล่าสุด" (dates) and "เมนูหลัก", footer counter "ผู้เข้าชม", skeleton
  footer "Powered by Yii Framework.".
Listing: `/index.php?r=news/index`, `&News_page=2`, `&News_page=3`, 10 a page, 24 items.
Deleted: `/index.php?r=news/view&id=310` (a row of page 2): 302 to `/index.php?r=news/index`;
not expected.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

APP = "ทสจ.ชัยนาท"
OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดชัยนาท"
PER = 10
LIST = "/index.php?r=news/index"
DELETED_ID = 310
DELETED_TITLE = "ประกาศรับสมัครเครือข่ายอาสาสมัครพิทักษ์ทรัพยากรธรรมชาติและสิ่งแวดล้อมหมู่บ้าน (ทสม.) ประจำปี ๒๕๖๓"
SOURCES = [
    ("row", "สำนักงานประชาสัมพันธ์จังหวัดชัยนาท"),
    ("row", "ฝ่ายบริหารทั่วไป ทสจ.ชัยนาท"),
    ("line", "กลุ่มงานสิ่งแวดล้อมและสำนักงานจังหวัดชัยนาท"),
    ("row", "สำนักงานจังหวัดชัยนาท"),
    None,
    ("row", "กลุ่มงานทรัพยากรธรรมชาติ ทสจ.ชัยนาท"),
]
LATEST = "ข่าวล่าสุด"
OTHER = "ข่าวอื่นๆ"
COUNTER = "ผู้เข้าชม 128,406 คน"
FOOTER = "ศาลากลางจังหวัดชัยนาท ชั้น 3 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000"
POWERED = "Powered by Yii Framework."


def thai_long(d: dt.datetime, with_time: bool) -> str:
    s = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"
    if with_time:
        s += f" เวลา {d:%H.%M} น."
    return thai_digits(s)


def dash_date(d: dt.datetime) -> str:
    return f"{d.day}-{d.month}-{str(be(d))[-2:]}"


def n_th(v: int) -> str:
    return thai_digits(f"{v:,}")


class YiiGridSite(BaseSite):
    key = "b52_yii11_cgridview874"
    family = "generic"
    imitates = (
        "home-made Yii 1.1 app (PHP 5.3, gii CRUD) of a provincial natural-resources office, "
        "windows-874 with no header charset and a tis-620 meta after 1 kB of scripts; CGridView "
        "listing (?r=news/index&News_page=N, date column '5-3-56', 'ใหม่' badge in the link, sort "
        "links); headline in a styled div, h1 = office, <title> '<app> - ดูข่าว'; 'วันอังคารที่ ๕ "
        "มีนาคม พ.ศ. ๒๕๕๖ เวลา ๑๐.๓๐ น.'; 'ดู ๑,๒๓๔ ครั้ง' beside print/forward counts; source in a "
        "CDetailView 'แหล่งข่าว' row; deleted item 302 to the listing"
    )
    listing_path = LIST
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2020, 3, 29, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 300 + (n - i) + (1 if (n - i) >= 10 else 0)
            a.path = f"/index.php?r=news/view&id={a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.modified = None
            a.tags = []
            a.views = 20 + (i * 3571 + 53) % 2900
            a.extra["prints"] = 1 + (i * 7) % 30
            a.extra["fwd"] = (i * 3) % 9
            a.extra["author"] = ["นางสาวจันทร์เพ็ญ ศรีสุข", "นายวิชัย ทองดี"][i % 2]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id
        top = arts[0].published
        for a in arts:
            a.extra["new"] = (top - a.published).days < 6

    def listing_pages(self):
        return [LIST, f"{LIST}&News_page=2", f"{LIST}&News_page=3"]

    def deleted_paths(self):
        return [f"/index.php?r=news/view&id={DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:4]

    # ------------------------------------------------------------ charset
    def html_response(self, text: str, *, status=200, **kw):
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return (
            status,
            {"Content-Type": "text/html", "X-Powered-By": "PHP/5.3.10-1ubuntu3.6"},
            body,
        )

    # ------------------------------------------------------------ shell
    def shell(self, title: str, crumbs: str, content: str) -> str:
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({dash_date(x.published)})</span></li>'
            for x in self.articles[:5]
        )
        menu_js = ",".join(
            f'{{"label":"{lab}","url":"{u}"}}'
            for lab, u in [
                ("หน้าแรก", "/index.php"),
                ("ข้อมูลหน่วยงาน", "/index.php?r=site/page&view=about"),
                ("ข่าวประชาสัมพันธ์", LIST),
                ("จัดซื้อจัดจ้าง", "/index.php?r=procure/index"),
                ("กระดานถามตอบ", "/index.php?r=webboard/index"),
                ("ติดต่อเรา", "/index.php?r=site/contact"),
            ]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<script type="text/javascript">
  var _gaq = _gaq || [];
  _gaq.push(['_setAccount', 'UA-31874402-1']);
  _gaq.push(['_trackPageview']);
  (function() {{
    var ga = document.createElement('script'); ga.type = 'text/javascript'; ga.async = true;
    ga.src = ('https:' == document.location.protocol ? 'https://ssl' : 'http://www') + '.google-analytics.com/ga.js';
    var s = document.getElementsByTagName('script')[0]; s.parentNode.insertBefore(ga, s);
  }})();
</script>
<script type="text/javascript">
/* dropdown menu configuration (menu.js v1.2, 2012) */
var MENU_ITEMS = [{menu_js}];
var MENU_POS = {{"top":118,"left":0,"width":960,"height":32,"delay":300,"arrow":"images/menu/arrow.gif"}};
var MENU_STYLE = {{"bg":"#1d6b2f","hover":"#2e8b46","color":"#ffffff","font":"Tahoma, MS Sans Serif","size":"13px"}};
function menuInit() {{ for (var i = 0; i < MENU_ITEMS.length; i++) {{ /* built by menu.js */ }} }}
</script>
<script type="text/javascript" src="/assets/8f3a1c2b/jquery.min.js"></script>
<script type="text/javascript" src="/assets/8f3a1c2b/jquery.ba-bbq.min.js"></script>
<script type="text/javascript" src="/assets/5d7e9a10/gridview/jquery.yiigridview.js"></script>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<meta name="language" content="th" />
<link rel="stylesheet" type="text/css" href="/css/screen.css" media="screen, projection" />
<link rel="stylesheet" type="text/css" href="/css/print.css" media="print" />
<link rel="stylesheet" type="text/css" href="/css/main.css" />
<link rel="stylesheet" type="text/css" href="/css/form.css" />
<link rel="stylesheet" type="text/css" href="/assets/5d7e9a10/gridview/styles.css" />
<title>{title}</title>
</head>
<body onload="menuInit()">
<div class="container" id="page">
	<div id="header">
		<div id="logo"><img src="/images/logo_mnre.gif" width="90" height="90" alt="" align="left" /><h1>{OFFICE}</h1><span class="sub">กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</span></div>
	</div><!-- header -->
	<div id="mainmenu">
		<ul id="yw0">
<li><a href="/index.php">หน้าแรก</a></li>
<li><a href="/index.php?r=site/page&amp;view=about">ข้อมูลหน่วยงาน</a></li>
<li class="active"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li>
<li><a href="/index.php?r=procure/index">จัดซื้อจัดจ้าง</a></li>
<li><a href="/index.php?r=webboard/index">กระดานถามตอบ</a></li>
<li><a href="/index.php?r=site/contact">ติดต่อเรา</a></li>
</ul>	</div><!-- mainmenu -->
	<div class="breadcrumbs">
{crumbs}</div><!-- breadcrumbs -->
	<div class="span-19">
	<div id="content">
{content}
	</div><!-- content -->
	</div>
	<div class="span-5 last">
	<div id="sidebar">
	<div class="portlet" id="yw2">
<div class="portlet-decoration">
<div class="portlet-title">{LATEST}</div>
</div>
<div class="portlet-content">
<ul class="latest">{latest}</ul></div>
</div>
	<div class="portlet" id="yw3">
<div class="portlet-decoration">
<div class="portlet-title">เมนูหลัก</div>
</div>
<div class="portlet-content">
<ul class="operations"><li><a href="/index.php?r=download/index">ดาวน์โหลดเอกสาร</a></li><li><a href="/index.php?r=gallery/index">ภาพกิจกรรม</a></li><li><a href="/index.php?r=site/login">เข้าสู่ระบบ</a></li></ul></div>
</div>
	</div><!-- sidebar -->
	</div>
	<div class="clear"></div>
	<div id="footer">
		<p>{OFFICE}<br/>{FOOTER}<br/>โทรศัพท์ 0 5641 1478 โทรสาร 0 5641 1479</p>
		<p class="counter"><img src="/images/counter.gif" alt="" /> {COUNTER}</p>
		Copyright &copy; 2556 by {APP}.<br/>
		All Rights Reserved.<br/>
		{POWERED}
	</div><!-- footer -->
</div><!-- page -->
<script type="text/javascript">
/*<![CDATA[*/
jQuery(function($) {{
jQuery('#news-grid').yiiGridView({{'ajaxUpdate':['news-grid'],'ajaxVar':'ajax','pagerClass':'pager','loadingClass':'grid-view-loading','filterClass':'filters','tableClass':'items','selectableRows':1,'enableHistory':false,'updateSelector':'{{page}}, {{sort}}','filterSelector':'{{filter}}','pageVar':'News_page'}});
}});
/*]]>*/
</script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing
    def grid_row(self, k: int, a_id: int, title: str, d: dt.datetime, views: int, new: bool) -> str:
        cls = "odd" if k % 2 == 0 else "even"
        badge = ' <img src="images/new.gif" alt="ใหม่" border="0" />' if new else ""
        return (
            f'<tr class="{cls}"><td style="width:40px;text-align:center">{k + 1}</td>'
            f'<td><a href="/index.php?r=news/view&amp;id={a_id}">{esc(title)}{badge}</a></td>'
            f'<td style="width:70px;text-align:center">{dash_date(d)}</td>'
            f'<td style="width:60px;text-align:right">{views:,}</td></tr>'
        )

    def render_list(self, k: int, sort: str):
        items = [(a.id, a.title, a.published, a.views, a.extra["new"]) for a in self.pages[k]]
        if k == 1:
            items.insert(
                5,
                (DELETED_ID, DELETED_TITLE, dt.datetime(2020, 2, 18, 10, 0, tzinfo=TZ), 57, False),
            )
        start = k * PER
        rows = [self.grid_row(start + j, *it) for j, it in enumerate(items)]
        keys = [it[0] for it in items]
        n = len(self.pages)

        def url(j):
            return LIST if j == 0 else f"{LIST}&amp;News_page={j + 1}"

        first = " hidden" if k == 0 else ""
        last = " hidden" if k == n - 1 else ""
        pager = [
            f'<li class="first{first}"><a href="{url(0)}">&lt;&lt; หน้าแรก</a></li>',
            f'<li class="previous{first}"><a href="{url(max(k - 1, 0))}">&lt; ก่อนหน้า</a></li>',
        ]
        for j in range(n):
            sel = " selected" if j == k else ""
            pager.append(f'<li class="page{sel}"><a href="{url(j)}">{j + 1}</a></li>')
        pager += [
            f'<li class="next{last}"><a href="{url(min(k + 1, n - 1))}">ถัดไป &gt;</a></li>',
            f'<li class="last{last}"><a href="{url(n - 1)}">หน้าสุดท้าย &gt;&gt;</a></li>',
        ]
        total = len(self.articles) + 1
        shown_to = start + len(rows)
        content = f"""<div class="page-head"><img src="/images/icon_news.gif" alt="" /> ข่าวประชาสัมพันธ์</div>
<div class="grid-view" id="news-grid">
<div class="summary">แสดงผล {start + 1}-{shown_to} จาก {total} ผลลัพธ์</div>
<table class="items">
<thead>
<tr>
<th id="news-grid_c0">ลำดับ</th><th id="news-grid_c1"><a class="sort-link" href="{LIST}&amp;News_sort=title">หัวข้อข่าว</a></th><th id="news-grid_c2"><a class="sort-link" href="{LIST}&amp;News_sort=created">วันที่</a></th><th id="news-grid_c3"><a class="sort-link" href="{LIST}&amp;News_sort=hits">อ่าน</a></th></tr>
</thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
<div class="pager">ไปที่หน้า: <ul id="yw1" class="yiiPager">
{"".join(pager)}
</ul></div>
<div class="keys" style="display:none" title="{LIST}">{"".join(f"<span>{x}</span>" for x in keys)}</div>
</div>"""
        crumbs = '<a href="/index.php">หน้าแรก</a> &raquo; <span>ข่าวประชาสัมพันธ์</span>'
        return self.html_response(self.shell(f"{APP} - ข่าวประชาสัมพันธ์", crumbs, content))

    # ------------------------------------------------------------ article
    def render_view(self, a):
        d = a.published
        paras = "\n".join(
            f"<p>\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0{esc(p)}</p>" for p in a.paras
        )
        src = a.extra["src"]
        if src and src[0] == "line":
            paras += f"\n<p><strong>ที่มาข้อมูล :</strong> {esc(src[1])}</p>"
        rows = []
        if src and src[0] == "row":
            rows.append(("แหล่งข่าว", esc(src[1])))
        rows.append(
            (
                "ไฟล์แนบ",
                f'<a href="/upload/news/{a.id}/news{a.id}.pdf">news{a.id}.pdf</a>'
                if a.id % 3 == 0
                else '<span class="null">ไม่มี</span>',
            )
        )
        rows.append(("ผู้บันทึก", esc(a.extra["author"])))
        detail = "".join(
            f'<tr class="{"odd" if j % 2 == 0 else "even"}"><th>{th}</th><td>{td}</td></tr>'
            for j, (th, td) in enumerate(rows)
        )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">[{thai_digits(dash_date(x.published))}]</span></li>'
            for x in self.others(a)
        )
        content = f"""<div class="view-news">
<div class="news-topic" style="font-size:18px;font-weight:bold;color:#1d6b2f;padding:6px 0;border-bottom:1px dotted #999;">{esc(a.title)}</div>
<div class="news-info" style="color:#666;font-size:12px;">
<img src="/images/icon_clock.gif" alt="" /> {thai_long(d, a.time_printed)} &nbsp;|&nbsp;
<img src="/images/icon_eye.gif" alt="" /> ดู {n_th(a.views)} ครั้ง &nbsp;|&nbsp;
<img src="/images/icon_print.gif" alt="" /> พิมพ์ {n_th(a.extra["prints"])} ครั้ง &nbsp;|&nbsp;
<img src="/images/icon_mail.gif" alt="" /> ส่งต่อ {n_th(a.extra["fwd"])} ครั้ง
</div>
<div class="news-pic"><img src="/upload/news/{a.id}/cover.jpg" width="480" alt="" /></div>
<div class="news-detail">
{paras}
</div>
<table class="detail-view" id="yw4">{detail}</table>
<div class="news-tools"><a href="/index.php?r=news/print&amp;id={a.id}" target="_blank"><img src="/images/print.gif" alt="" /> พิมพ์ข่าวนี้</a> &nbsp; <a href="/index.php?r=news/forward&amp;id={a.id}"><img src="/images/mail.gif" alt="" /> ส่งต่อให้เพื่อน</a> &nbsp; <a href="javascript:history.back()">ย้อนกลับ</a></div>
<div class="news-other"><div class="head">{OTHER}</div><ul>{others}</ul></div>
</div>"""
        crumbs = (
            f'<a href="/index.php">หน้าแรก</a> &raquo; <a href="{LIST}">ข่าวประชาสัมพันธ์</a>'
            f" &raquo; <span>#{a.id}</span>"
        )
        return self.html_response(self.shell(f"{APP} - ดูข่าว", crumbs, content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        r = qs1(query, "r", "site/index")
        if r == "news/index":
            page = qs1(query, "News_page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.render_list(int(page) - 1, qs1(query, "News_sort"))
        if r == "news/view":
            sid = qs1(query, "id")
            if sid.isdigit() and int(sid) == DELETED_ID:
                return 302, {"Location": LIST, "Content-Type": "text/html"}, b""
            if sid.isdigit() and int(sid) in self.by_id:
                return self.render_view(self.by_id[int(sid)])
            return 302, {"Location": LIST, "Content-Type": "text/html"}, b""
        if r == "site/index":
            return self.render_list(0, "")
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ดู {n_th(a.views)} ครั้ง",
                f"พิมพ์ {n_th(a.extra['prints'])} ครั้ง",
                f"ส่งต่อ {n_th(a.extra['fwd'])} ครั้ง",
                "ไฟล์แนบ",
                "ผู้บันทึก",
                a.extra["author"],
                "พิมพ์ข่าวนี้",
                "ส่งต่อให้เพื่อน",
                "ย้อนกลับ",
                OTHER,
                LATEST,
                "เมนูหลัก",
                COUNTER,
                FOOTER,
                POWERED,
                "All Rights Reserved.",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(a, modified=False, tags=False, must_not=on_page(self, a, must_not))
            )
        return out


SITE = YiiGridSite()

if __name__ == "__main__":
    main(SITE)
