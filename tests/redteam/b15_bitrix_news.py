"""Blind-15 red-team site: a **1C-Bitrix** site (complex component `bitrix:news` with the stock
`news.list` / `news.detail` templates) of a department (กรมส่งเสริมสหกรณ์), built blind.

What it imitates:
- SEF URLs `/press-center/news/1234/` (`#ELEMENT_ID#/`), the list `/press-center/news/`
  paginated by Bitrix's navigation parameter `?PAGEN_1=2` (the `modern` pager: "หน้า:",
  numbers, "ถัดไป", "สุดท้าย");
- `SET_TITLE = N`: the **same `<title>`** and the same page `h1` ("ข่าวประชาสัมพันธ์") on every
  page; the headline is the stock template's **`<h3>` inside `div.news-detail`**, after the
  date and the detail picture;
- `DISPLAY_ACTIVE_FROM` with `ACTIVE_DATE_FORMAT = d.m.Y`: "16.07.2024" (**CE, dots**), and
  "16.07.2024 10:30" for the items whose time was entered;
- the stock template's field and property loop **inside `div.news-detail`, after the text**:
  "จำนวนครั้งที่เปิดดู:&nbsp;1234" (`SHOW_COUNTER`), "วันที่แก้ไข:&nbsp;20.07.2024 14:22:10"
  (`TIMESTAMP_X`, **every item**; for a never-edited element the first save, minutes after
  the activity start, which is the only time such a page shows),
  "แท็ก:&nbsp;a, b" (`TAGS`), and the property "แหล่งที่มา:&nbsp;…" for some items; then the
  `main.share` block ("แชร์") in the same div;
- the text is a plain-text `DETAIL_TEXT` (`nl2br`): paragraphs separated by `<br />`, no `<p>`;
- furniture: `bx-breadcrumb` with schema.org microdata, a `search.form`, a sidebar
  `news.list` "ข่าวล่าสุด", "กลับไปยังรายการข่าว", a `forum.topic.reviews` block with
  "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น", the footer's counter "ผู้เข้าชมวันนี้";
- the deactivated element, linked from page 2, answers 200 with the page shell and Bitrix's
  `ShowError` line `<font class="errortext">ไม่พบข้อมูล</font>`.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b13_common import B9Site, build, hm, record

DEPT = "กรมส่งเสริมสหกรณ์"
TITLE = "ข่าวประชาสัมพันธ์ - กรมส่งเสริมสหกรณ์"
LIST = "/press-center/news/"
SOURCES = [None, "กลุ่มประชาสัมพันธ์ กรมส่งเสริมสหกรณ์", None, "สำนักงานสหกรณ์จังหวัดขอนแก่น", None]


def dmy(d: dt.datetime, with_time: bool = False, seconds: bool = False) -> str:
    s = f"{d:%d.%m.%Y}"
    if with_time:
        s += f" {hm(d)}" + (f":{d.second:02d}" if seconds else "")
    return s


class BitrixSite(B9Site):
    key = "b15_bitrix_news"
    family = "generic"
    imitates = "1C-Bitrix bitrix:news with the stock news.list/news.detail templates, /press-center/news/1234/, ?PAGEN_1=N, same <title> and h1, headline an h3 inside div.news-detail, 'd.m.Y' CE dates '16.07.2024 10:30', field loop inside the detail div after the text (จำนวนครั้งที่เปิดดู, วันที่แก้ไข for every item, แท็ก, property แหล่งที่มา for some), main.share inside, plain-text nl2br body; deactivated element = <font class=errortext>ไม่พบข้อมูล</font> (200)"
    listing_path = LIST
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 21, 41, SOURCES, dt.datetime(2024, 9, 12, 16, 0), first_id=1503, step=7
        )
        for a in self.articles:
            a.path = f"{LIST}{a.id}/"
            # never-edited elements: TIMESTAMP_X is the first save, minutes after the set activity start
            a.extra["upd"] = a.modified or a.published + dt.timedelta(minutes=4 + a.id % 9)
        self.deleted_id = self.articles[10].id - 3
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?PAGEN_1={k + 1}"

    def robots(self):
        return "User-agent: *\nDisallow: /bitrix/\nDisallow: /search/\nDisallow: /personal/\nDisallow: /*?print=\nDisallow: /*&print=\nSitemap: /sitemap.xml\n"

    def deleted_paths(self):
        return [f"{LIST}{self.deleted_id}/"]

    def shell(self, content, crumb_leaf=""):
        latest = "".join(
            f'<p class="news-item"><span class="news-date-time">{dmy(a.published)}</span><a href="{a.path}">{esc(a.title)}</a></p>'
            for a in self.articles[:4]
        )
        crumbs = '<div class="bx-breadcrumb" itemprop="http://schema.org/breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">'
        for i, (href, name) in enumerate(
            [("/", "หน้าแรก"), ("/press-center/", "ศูนย์ข่าว"), (LIST, "ข่าวประชาสัมพันธ์")]
        ):
            arrow = '<i class="fa fa-angle-right"></i>' if i else ""
            crumbs += f'<div class="bx-breadcrumb-item" id="bx_breadcrumb_{i}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">{arrow}<a href="{href}" title="{name}" itemprop="item"><span itemprop="name">{name}</span></a><meta itemprop="position" content="{i + 1}" /></div>'
        crumbs += crumb_leaf + '<div style="clear:both"></div></div>'
        return f"""<!DOCTYPE html>
<html xml:lang="th" lang="th">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="user-scalable=no, initial-scale=1.0, maximum-scale=1.0, width=device-width">
<link rel="shortcut icon" type="image/x-icon" href="/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index, follow" />
<link href="/bitrix/cache/css/s1/cpd/template_4f1a2b3c/template_4f1a2b3c_v1.css?1718345520128443" type="text/css" rel="stylesheet" data-template-style="true" />
<script type="text/javascript">if(!window.BX)window.BX={{}};if(!window.BX.message)window.BX.message=function(mess){{if(typeof mess==='object'){{for(let i in mess) {{BX.message[i]=mess[i];}} return true;}}}};</script>
<script type="text/javascript">(window.BX||top.BX).message({{'LANGUAGE_ID':'th','FORMAT_DATE':'DD.MM.YYYY','FORMAT_DATETIME':'DD.MM.YYYY HH:MI:SS','COOKIE_PREFIX':'BITRIX_SM','SERVER_TZ_OFFSET':'25200','SITE_ID':'s1','SITE_DIR':'/'}});</script>
<script type="text/javascript" src="/bitrix/js/main/core/core.min.js?1718345520262092"></script>
<title>{TITLE}</title>
</head>
<body class="bx-background-image bx-theme-green">
<div id="panel"></div>
<div class="bx-wrapper" id="bx_eshop_wrap">
<header class="bx-header">
  <div class="bx-header-section container">
    <div class="row">
      <div class="col-lg-3 col-md-3 col-sm-4 col-xs-12"><div class="bx-logo"><a class="bx-logo-block hidden-xs" href="/"><img src="/include/logo_cpd.png" alt="{DEPT}" /></a></div></div>
      <div class="col-lg-6 col-md-6"><div class="bx-inc-orginfo"><div><span class="bx-inc-orginfo-phone"><i class="fa fa-phone"></i> 0 2281 2254</span></div></div></div>
      <div class="col-lg-3 col-md-3"><div id="search" class="bx-searchtitle"><form action="/search/index.php"><div class="bx-input-group"><input id="title-search-input" type="text" name="q" value="" autocomplete="off" class="bx-form-control" placeholder="ค้นหา"/><span class="bx-input-group-btn"><button class="btn btn-default" type="submit" name="s"><i class="fa fa-search"></i></button></span></div></form></div></div>
    </div>
    <div class="row"><div class="col-md-12 hidden-xs"><div class="bx-top-nav bx-green" id="catalog_menu_XEVOpk"><nav class="bx-top-nav-container" id="cont_catalog_menu_XEVOpk"><ul class="bx-nav-list-1-lvl" id="ul_catalog_menu_XEVOpk">
      <li class="bx-nav-1-lvl"><a href="/"><span>หน้าแรก</span></a></li>
      <li class="bx-nav-1-lvl"><a href="/about/"><span>เกี่ยวกับกรม</span></a></li>
      <li class="bx-nav-1-lvl bx-active"><a href="/press-center/"><span>ศูนย์ข่าว</span></a></li>
      <li class="bx-nav-1-lvl"><a href="/services/"><span>บริการ</span></a></li>
      <li class="bx-nav-1-lvl"><a href="/contacts/"><span>ติดต่อเรา</span></a></li>
    </ul></nav></div></div></div>
    <div class="row"><div class="col-lg-12" id="navigation">{crumbs}</div></div>
    <h1 class="bx-title dbg_title" id="pagetitle">ข่าวประชาสัมพันธ์</h1>
  </div>
</header>
<div class="workarea">
  <div class="container bx-content-seection">
    <div class="row">
      <div class="bx-content col-md-9 col-sm-8">
{content}
      </div>
      <div class="bx-sidebar col-md-3 col-sm-4">
        <div class="bx-sidebar-block"><h3>ข่าวล่าสุด</h3><div class="news-list">{latest}</div></div>
        <div class="bx-sidebar-block"><div class="bx-subscribe"><h3>รับข่าวสารทางอีเมล</h3><form action="/personal/subscribe/"><input type="text" name="sf_EMAIL" placeholder="อีเมลของท่าน" /><input type="submit" value="สมัคร" /></form></div></div>
      </div>
    </div>
  </div>
</div>
<footer class="bx-footer">
  <div class="bx-footer-section container"><div class="row"><div class="col-sm-8">{DEPT} 12 ถนนกรุงเกษม เขตพระนคร กรุงเทพฯ 10200</div><div class="col-sm-4 bx-footer-counter">ผู้เข้าชมวันนี้ 1,284 &middot; ทั้งหมด 2,905,331</div></div>
  <div class="bx-footer-bottomline"><div class="container"><div class="row"><div class="col-sm-12">&copy; {DEPT}</div></div></div></div></div>
</footer>
</div>
</body>
</html>"""

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(self.item(a.id, a.title, a.published, a.paras[0][:140] + "..."))
            if a is self.articles[10]:
                items.append(
                    self.item(
                        self.deleted_id,
                        "กรมส่งเสริมสหกรณ์จัดอบรมการจัดทำบัญชีสหกรณ์ภาคการเกษตร",
                        a.published - dt.timedelta(hours=19),
                        "กรมส่งเสริมสหกรณ์จัดอบรมการจัดทำบัญชีสหกรณ์ภาคการเกษตร...",
                    )
                )
        n = len(self.pages)
        nav = '<div class="modern-page-navigation"><span class="modern-page-title">หน้า:</span> '
        if k > 0:
            nav += f'<a class="modern-page-first" href="{LIST}">1</a> ' if k > 1 else ""
            nav += f'<a class="modern-page-previous" href="{self.page_url(k - 1)}">ก่อนหน้า</a> '
        for i in range(n):
            if i == k:
                nav += f'<span class="modern-page-current">{i + 1}</span> '
            else:
                nav += f'<a href="{self.page_url(i)}">{i + 1}</a> '
        if k < n - 1:
            nav += f'<a class="modern-page-next" href="{self.page_url(k + 1)}">ถัดไป</a> <a class="modern-page-last" href="{self.page_url(n - 1)}">สุดท้าย</a>'
        nav += "</div>"
        return self.shell(f'<div class="news-list">\n{"".join(items)}\n<br />{nav}\n</div>')

    def item(self, id_, title, d, preview):
        return f"""	<p class="news-item" id="bx_3218110189_{id_}">
		<a href="{LIST}{id_}/"><img class="preview_picture" border="0" src="/upload/iblock/{id_ % 1000:03d}/preview.jpg" width="160" height="107" alt="{esc(title)}" title="{esc(title)}" style="float:left" /></a>
		<span class="news-date-time">{dmy(d)}</span>
		<a href="{LIST}{id_}/"><b>{esc(title)}</b></a><br />
		{esc(preview)}
		<div style="clear:both"></div>
	</p>
"""

    def detail(self, a):
        text = "<br />\r\n<br />\r\n".join(esc(p) for p in a.paras)
        fields = f"จำนวนครั้งที่เปิดดู:&nbsp;{a.views}<br />\n"
        fields += f"วันที่แก้ไข:&nbsp;{dmy(a.extra['upd'], True, True)}<br />\n"
        if a.tags:
            fields += f"แท็ก:&nbsp;{esc(', '.join(a.tags))}<br />\n"
        if a.source:
            fields += f"แหล่งที่มา:&nbsp;{esc(a.source)}<br />\n"
        content = f"""<div class="news-detail">
			<img class="detail_picture" border="0" src="/upload/iblock/{a.id % 1000:03d}/detail.jpg" width="640" height="427" alt="{esc(a.title)}" title="{esc(a.title)}" />
				<span class="news-date-time">{dmy(a.published, a.time_printed)}</span>
				<h3>{esc(a.title)}</h3>
		{text}
		<div style="clear:both"></div>
	<br />
	{fields}
		<div class="news-detail-share">
		<noindex>
		<div class="bookmarks"><span class="share-title">แชร์</span> <a href="http://www.facebook.com/share.php?u=https://www.cpd.go.th{a.path}" class="bx-share-fb" target="_blank" rel="nofollow">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https://www.cpd.go.th{a.path}" target="_blank" rel="nofollow">LINE</a></div>
		</noindex>
	</div>
	</div>
<p><a href="{LIST}">กลับไปยังรายการข่าว</a></p>
<div class="reviews-block-container reviews-reviews-block-container">
<div class="reviews-header-box"><div class="reviews-header-title"><span>ความคิดเห็น</span></div></div>
<div class="reviews-note-box reviews-note-note">กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div>
</div>"""
        return self.shell(
            content,
            f'<div class="bx-breadcrumb-item"><i class="fa fa-angle-right"></i><span>{esc(a.title)}</span></div>',
        )

    def deleted(self):
        return self.shell('<font class="errortext">ไม่พบข้อมูล</font>')

    def expected(self):
        out = []
        for a in self.articles:
            other = self.articles[0] if a is not self.articles[0] else self.articles[1]
            save = a.modified
            a.modified = a.extra["upd"]
            must_not = [
                "จำนวนครั้งที่เปิดดู",
                "วันที่แก้ไข",
                "แท็ก:",
                "แหล่งที่มา:",
                "แชร์",
                "กลับไปยังรายการข่าว",
                "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "รับข่าวสารทางอีเมล",
                other.title,
                "ผู้เข้าชมวันนี้",
            ]
            out.append(record(self, a, must_not))
            a.modified = save
        return out


SITE = BitrixSite()

if __name__ == "__main__":
    main(SITE)
