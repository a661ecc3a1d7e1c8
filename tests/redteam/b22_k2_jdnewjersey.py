"""Blind-22 red-team site: **Joomla 3.10 + K2 2.10** under a commercial template's K2
overrides (JoomDev's JD NewJersey-style `html/com_k2/templates/default/`), a provincial
agriculture office (สำนักงานเกษตรจังหวัดนครพนม), built blind.

What it imitates:
- SEF K2 URLs under a menu item: the category listing `/index.php/khao-pr`, its pages
  `?start=8` / `?start=16` (the pager's "เริ่มต้น" and page-1 links are `?limitstart=0`), item pages
  `/index.php/khao-pr/item/<id>-<alias>` where the alias is Joomla's **Unicode slug of the Thai
  title** (unicodeslugs on: punctuation dropped, spaces to hyphens; percent-encoded in hrefs);
- the JD override of K2's item layout: `span#startOfPageId<id>`, `div#k2Container.itemView`,
  **the headline as `h3.itemTitle` above `div.itemHeader`** (the template's page-title band `h2` is
  the menu title "ข่าวประชาสัมพันธ์"), the header row `span.itemDateCreated` with an icon and
  **DATE_FORMAT_LC3 only** ("05 กุมภาพันธ์ 2024": Thai month, CE year, no time), `span.itemAuthor`
  "by <login>", "0 Comment", the category, and the override's hard-coded **English hit counter
  "1234 Views"**; the K2 main image block (caption + credits) **before** the body; the toolbar
  (rating "ให้คะแนนรายการนี้" with "(N โหวต)", font resizer, print, e-mail); `div.itemBody` with
  **`div.itemIntroText` (first paragraph) and `div.itemFullText` (the rest)** for items split by
  a read-more, `div.itemFullText` alone for the others; K2 extra fields "ข้อมูลเพิ่มเติม" with
  "พื้นที่ดำเนินการ:" and **"ที่มา:"** (the source, some items); the office's re-added
  `div.itemContentFooter` with "แก้ไขล่าสุดเมื่อ <LC2>" **only for edited items**; `ul.itemTags`
  (no label), K2 social buttons ("ทวีต", fb-like), attachments "ดาวน์โหลดไฟล์แนบ:" with
  "(N ดาวน์โหลด)"; author block (name + a bio naming the office), "ล่าสุดจาก …" (three titles),
  **related items by tag** "บทความที่เกี่ยวข้อง" (three titles), **item navigation**
  "เพิ่มเติมในหมวดหมู่นี้:" with both neighbour titles, and K2's comment prompt
  "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น";
- the K2 category view (`div#k2Container.itemListView`, leading + primary items, LC3 dates,
  intro text, "อ่านต่อ ...", `div.k2Pagination` with Joomla's pagination list and
  `k2PaginationCounter` "หน้า 1 จาก 3"), K2 RSS feed link;
- the deleted item (access level moved to Registered) answers 200 with com_users' login view
  and K2's "คุณต้องเข้าสู่ระบบก่อนจึงจะเข้าดูได้" notice.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import MONTHS, WEEKDAYS, Article, esc, main
from .b21c_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดนครพนม"
HOST = "https://nakhonphanom.doae.go.th"
MENU = "/index.php/khao-pr"
CAT = "ข่าวประชาสัมพันธ์"
AUTHOR = "admin_npm"
DELETED_ID = 1079
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการผลิต",
    None,
    "สำนักงานเกษตรอำเภอธาตุพนม",
    "กลุ่มยุทธศาสตร์และสารสนเทศ",
    None,
    "ศูนย์ส่งเสริมและพัฒนาอาชีพการเกษตรจังหวัดนครพนม",
    "สำนักงานเกษตรอำเภอเมืองนครพนม",
]
DISTRICTS = ["อำเภอเมืองนครพนม", "อำเภอธาตุพนม", "อำเภอท่าอุเทน", "อำเภอนาแก", "อำเภอศรีสงคราม"]
TAGS = ["เกษตรกร", "ข้าว", "ศพก.", "Smart Farmer", "แปลงใหญ่", "ยางพารา", "โรคพืช", "ภัยแล้ง"]


def slug(title: str) -> str:
    """Joomla's stringURLUnicodeSlug: punctuation dropped, whitespace to hyphens, lower case."""
    s = re.sub(r"[\"'“”‘’(),.:;!?&/\\#%+*<>\[\]{}|=@$^~`]", "", title)
    s = re.sub(r"[\s\-]+", "-", s).strip("-").lower()
    return s


def item_url(aid: int, title: str) -> str:
    return f"{MENU}/item/{aid}-{slug(title)}"


def href(path: str) -> str:
    """the href as Joomla prints it (Unicode alias percent-encoded)."""
    return quote(path, safe="/?=&-")


def lc3(d: dt.datetime) -> str:
    """DATE_FORMAT_LC3 'd F Y' (Thai month, Gregorian year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def lc2(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


class K2JDSite(B9Site):
    key = "b22_k2_jdnewjersey"
    family = "k2"
    imitates = "Joomla 3.10 + K2 2.10 with a commercial template's K2 overrides (JD NewJersey style): /index.php/<menu>/item/<id>-<unicode alias>, category ?start=N; h3.itemTitle (page band h2 = menu title), LC3 date without time, English 'N Views' in the header, intro/fulltext split, extra fields with ที่มา, modified only when edited (LC2), rating, social, attachments, author latest, related by tag, navigation with titles, login-to-comment; deleted = login view (200)"
    listing_path = MENU
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 11, dt.datetime(2024, 6, 20, 16, 0), first_id=1040, step=3
        )
        for i, a in enumerate(self.articles):
            # a short closing reporter line ("…: เรียบเรียง", "…: สรุป") is not printed here
            while len(a.paras) > 3 and len(a.paras[-1]) < 70 and re.search(r"[:：]", a.paras[-1]):
                a.paras.pop()
            a.time_printed = False
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range(i % 3)]
            a.path = item_url(a.id, a.title)
            a.extra["image"] = i % 4 == 1
            a.extra["attach"] = i % 5 == 2
            a.extra["split"] = len(a.paras) > 3
            a.extra["district"] = DISTRICTS[i % len(DISTRICTS)] if i % 3 != 2 else None
            a.extra["votes"] = (a.id * 7) % 5
        self.deleted_title = "ประกาศรายชื่อเกษตรกรผู้ผ่านการคัดเลือกเข้าร่วมโครงการ ปี 2567 (เฉพาะเจ้าหน้าที่)"
        self.deleted_path = item_url(DELETED_ID, self.deleted_title)
        self.host = HOST
        self.setup_routes()

    def route(self, path, query, raw_query, base):
        # absolute URLs (canonical, og:url, feeds, pager) carry the host the page was asked on
        self.host = base
        return super().route(path, query, raw_query, base)

    def page_url(self, k):
        return MENU if k == 0 else f"{MENU}?start={k * self.per_page}"

    def deleted_paths(self):
        return [self.deleted_path]

    def extra_route(self, key, query):
        if key == f"{MENU}?limitstart=0":
            return self.html_response(self.listing(0))
        if key == f"{MENU}?format=feed":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{self.host}{esc(href(a.path))}</link><guid isPermaLink="true">{self.host}{esc(href(a.path))}</guid><description><![CDATA[{a.paras[0][:200]}]]></description><category>{CAT}</category><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{CAT}</title><link>{self.host}{MENU}</link><generator>Joomla! - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def module(self, title, body, cls=""):
        return f'<div class="jd-module moduletable{cls}"><h3 class="jd-module-title"><span>{title}</span></h3><div class="jd-module-content">{body}</div></div>'

    def shell(self, title, content, crumb, head_extra="", band=CAT):
        latest = "".join(
            f'<li class="{"even" if j % 2 == 0 else "odd"}"><a class="moduleItemTitle" href="{href(a.path)}">{esc(a.title)}</a><span class="moduleItemDateCreated">{lc3(a.published)}</span></li>'
            for j, a in enumerate(self.articles[:5])
        )
        popular = "".join(
            f'<li><a class="moduleItemTitle" href="{href(a.path)}">{esc(a.title)}</a><span class="moduleItemHits">อ่าน {a.views} ครั้ง</span></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:4]
        )
        side = [
            self.module(
                "ข่าวล่าสุด",
                f'<div id="k2ModuleBox131" class="k2ItemsBlock"><ul>{latest}</ul></div>',
                " k2-latest",
            ),
            self.module(
                "ข่าวยอดนิยม",
                f'<div id="k2ModuleBox132" class="k2ItemsBlock"><ul>{popular}</ul></div>',
            ),
            self.module(
                "เข้าสู่ระบบ",
                f"""<form action="{MENU}" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><div class="controls"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div></div><div id="form-login-password" class="control-group"><div class="controls"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div></div><div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าสู่ระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div><div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div></div><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDQ=" /><input type="hidden" name="b1e6f0a2c3d4e5f60718293a4b5c6d7e" value="1" /></div><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul></form>""",
            ),
            self.module(
                "สถิติผู้เข้าชม",
                '<div class="vcnt"><div class="vcnt-line">วันนี้ 142</div><div class="vcnt-line">เมื่อวาน 318</div><div class="vcnt-line">เดือนนี้ 6,204</div><div class="vcnt-line">ทั้งหมด 412,877</div></div>',
            ),
        ]
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
\t<meta name="viewport" content="width=device-width, initial-scale=1.0" />
\t<base href="{self.host}{MENU}" />
\t<meta http-equiv="content-type" content="text/html; charset=utf-8" />
\t<meta name="keywords" content="เกษตร, นครพนม, ส่งเสริมการเกษตร" />
{head_extra}\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{esc(title)}</title>
\t<link href="{MENU}?format=feed" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
\t<link href="/templates/jd_newjersey/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="/media/k2/assets/css/k2.fonts.css?v=2.10.3" rel="stylesheet" type="text/css" />
\t<link href="/templates/jd_newjersey/css/k2.css?v=2.10.3" rel="stylesheet" type="text/css" />
\t<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/jd_newjersey/css/template.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/jd_newjersey/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
\t<script src="/media/jui/js/jquery.min.js?5a1b1c0f" type="text/javascript"></script>
\t<script src="/media/jui/js/jquery-noconflict.js?5a1b1c0f" type="text/javascript"></script>
\t<script src="/media/k2/assets/js/k2.frontend.js?v=2.10.3&amp;b=20200429&amp;sitepath=/" type="text/javascript"></script>
\t<script src="/media/system/js/modal.js?5a1b1c0f" type="text/javascript"></script>
\t<script src="/templates/jd_newjersey/js/template.js" type="text/javascript"></script>
</head>
<body class="site com_k2 view-item no-layout no-task itemid-104 jd-newjersey">
<div class="jd-topbar"><div class="container"><div class="row-fluid"><div class="span8"><i class="icon-phone"></i> 0-4251-1426 &nbsp; <i class="icon-envelope"></i> nakhonphanom@doae.go.th</div><div class="span4 text-right"><a href="https://www.facebook.com/npm.doae">Facebook</a></div></div></div></div>
<header id="jd-header" class="jd-header"><div class="container"><div class="row-fluid">
<div class="span4"><a class="jd-logo" href="/"><img src="/images/logo-doae.png" alt="{OFFICE}" /><span class="jd-logo-text">{OFFICE}</span></a></div>
<div class="span8"><nav class="jd-menu"><ul class="nav menu jd-mainmenu">
<li class="item-101 default"><a href="/index.php">หน้าแรก</a></li><li class="item-102 deeper parent"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="item-104 current active"><a href="{MENU}">{CAT}</a></li><li class="item-105"><a href="/index.php/procurement">จัดซื้อจัดจ้าง</a></li><li class="item-106"><a href="/index.php/knowledge">องค์ความรู้การเกษตร</a></li><li class="item-107"><a href="/index.php/ita">ITA</a></li><li class="item-108"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div>
</div></div></header>
<section class="jd-page-title"><div class="container"><h2 class="jd-page-heading">{band}</h2>
<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าแรก</span></a><span class="divider">/</span><meta itemprop="position" content="1"></li>{crumb}</ul></div></section>
<section id="jd-main-body"><div class="container"><div class="row-fluid">
<main id="jd-component" class="span8"><div id="system-message-container"></div>
{content}
</main>
<aside id="jd-right" class="span4">{"".join(side)}</aside>
</div></div></section>
<footer id="jd-footer"><div class="container"><div class="row-fluid">
<div class="span6"><h4>{OFFICE}</h4><p>ศาลากลางจังหวัดนครพนม ชั้น 2 ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000</p></div>
<div class="span6"><p>โทรศัพท์ 0-4251-1426 โทรสาร 0-4251-3087</p><p class="copyright">Copyright © 2024 {OFFICE}. All Rights Reserved. Designed by JoomDev</p></div>
</div></div></footer>
<a href="#" class="jd-go-top" title="กลับขึ้นด้านบน"><i class="icon-arrow-up"></i></a>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def cat_item(self, a, group):
        return f"""<div class="itemContainer itemContainerLast" style="width:100.0%;">
<!-- Start K2 Item Layout -->
<div class="catItemView group{group}">
\t<div class="catItemHeader">
\t\t<span class="catItemDateCreated"><i class="icon-time"></i> {lc3(a.published)}</span>
\t\t<h3 class="catItemTitle"><a href="{href(a.path)}">{esc(a.title)}</a></h3>
\t</div>
\t<div class="catItemBody">
\t\t<div class="catItemIntroText">
\t\t\t<p>{esc(a.paras[0][:220])}…</p>
\t\t</div>
\t\t<div class="clr"></div>
\t</div>
\t<div class="catItemLinks"><div class="catItemHitsBlock"><span class="catItemHits">{a.views} Views</span></div><div class="clr"></div></div>
\t<div class="catItemReadMore"><a class="k2ReadMore" href="{href(a.path)}">อ่านต่อ ...</a></div>
\t<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->
</div>"""

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title=self.deleted_title,
                paras=["รายละเอียดสำหรับเจ้าหน้าที่"],
                published=items[2].published - dt.timedelta(hours=3),
                time_printed=False,
                views=12,
            )
            fake.path = self.deleted_path
            items.insert(3, fake)
        leading = "".join(self.cat_item(a, "Leading") for a in items[:2])
        primary = "".join(self.cat_item(a, "Primary") for a in items[2:])
        lis = []
        if k == 0:
            lis.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        else:
            prev = self.page_url(k - 1) if k > 1 else f"{MENU}?limitstart=0"
            lis.append(
                f'<li><a title="เริ่มต้น" href="{MENU}?limitstart=0" class="pagenav">เริ่มต้น</a></li><li><a title="ก่อนหน้า" href="{prev}" class="pagenav">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(f'<li class="active"><a>{i + 1}</a></li>')
            else:
                url = self.page_url(i) if i else f"{MENU}?limitstart=0"
                lis.append(f'<li><a title="{i + 1}" href="{url}" class="pagenav">{i + 1}</a></li>')
        if k == n - 1:
            lis.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        else:
            lis.append(
                f'<li><a title="ถัดไป" href="{self.page_url(k + 1)}" class="pagenav">ถัดไป</a></li><li><a title="สุดท้าย" href="{self.page_url(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        content = f"""<!-- Start K2 Category Layout -->
<div id="k2Container" class="itemListView">
\t<div class="k2FeedIcon"><a href="{MENU}?format=feed" title="สมัครรับข้อมูลด้วย RSS feed"><span>สมัครรับข้อมูลด้วย RSS feed</span></a><div class="clr"></div></div>
\t<div class="itemListCategoriesBlock"><div class="itemListCategory"><h2>{CAT}</h2><div class="clr"></div></div></div>
\t<div class="itemList">
\t\t<div id="itemListLeading">{leading}<div class="clr"></div></div>
\t\t<div id="itemListPrimary">{primary}<div class="clr"></div></div>
\t</div>
\t<div class="k2Pagination">
\t\t<div class="k2PaginationLinks"><div class="pagination"><ul class="pagination-list">{"".join(lis)}</ul></div></div>
\t\t<div class="k2PaginationCounter">หน้า {k + 1} จาก {n}</div>
\t</div>
</div>
<!-- End K2 Category Layout -->"""
        return self.shell(
            f"{CAT} - {OFFICE}", content, f'<li class="active"><span>{CAT}</span></li>'
        )

    # ------------------------------------------------------------------ item

    def related(self, a):
        """K2 related items by tag (three), or nothing when the item has no tag."""
        if not a.tags:
            return []
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 3, i + 6) if 0 <= j < len(self.articles)]

    def author_latest(self, a):
        return [x for x in self.articles[:4] if x is not a][:3]

    def body(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["split"]:
            intro, full = paras[:1], paras[1:]
            return f"""\t\t\t\t\t<!-- Item introtext -->
\t\t\t\t\t<div class="itemIntroText">
\t\t\t\t\t\t{"".join(intro)}
\t\t\t\t\t</div>
\t\t\t\t\t<!-- Item fulltext -->
\t\t\t\t\t<div class="itemFullText">
{chr(10).join(full)}
\t\t\t\t\t</div>"""
        return f"""\t\t\t\t\t<!-- Item text -->
\t\t\t\t\t<div class="itemFullText">
{chr(10).join(paras)}
\t\t\t\t\t</div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        image = ""
        if a.extra["image"]:
            image = f"""\t\t<!-- Item Image -->
\t\t<div class="itemImageBlock">
\t\t\t<span class="itemImage">
\t\t\t\t<a class="modal" rel="{{handler: 'image'}}" href="/media/k2/items/cache/{a.id:x}c3e1_XL.jpg" title="คลิกเพื่อดูภาพขนาดใหญ่">
\t\t\t\t\t<img src="/media/k2/items/cache/{a.id:x}c3e1_L.jpg" alt="{esc(a.title)}" style="width:600px; height:auto;" />
\t\t\t\t</a>
\t\t\t</span>
\t\t\t<!-- Image caption -->
\t\t\t<span class="itemImageCaption">เจ้าหน้าที่ลงพื้นที่ติดตามผลการดำเนินงาน</span>
\t\t\t<!-- Image credits -->
\t\t\t<span class="itemImageCredits">ถ่ายภาพโดย ฝ่ายบริหารทั่วไป</span>
\t\t\t<div class="clr"></div>
\t\t</div>
"""
        extra = []
        if a.extra["district"]:
            extra.append(
                f'<li class="even typeTextfield group1"><span class="itemExtraFieldsLabel">พื้นที่ดำเนินการ:</span> <span class="itemExtraFieldsValue">{a.extra["district"]}</span></li>'
            )
        if a.source:
            extra.append(
                f'<li class="{"odd" if extra else "even"} typeTextfield group1"><span class="itemExtraFieldsLabel">ที่มา:</span> <span class="itemExtraFieldsValue">{esc(a.source)}</span></li>'
            )
        extras = ""
        if extra:
            extras = f"""\t\t\t\t\t<!-- Item extra fields -->
\t\t\t\t\t<div class="itemExtraFields">
\t\t\t\t\t\t<h3>ข้อมูลเพิ่มเติม</h3>
\t\t\t\t\t\t<ul>{"".join(extra)}</ul>
\t\t\t\t\t\t<div class="clr"></div>
\t\t\t\t\t</div>
"""
        footer = ""
        if a.modified:
            footer = f"""\t\t\t<div class="itemContentFooter">
\t\t\t\t<!-- Item date modified -->
\t\t\t\t<span class="itemDateModified">แก้ไขล่าสุดเมื่อ {lc2(a.modified)}</span>
\t\t\t\t<div class="clr"></div>
\t\t\t</div>
"""
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li><a href="/index.php/khao-pr/itemlist/tag/{quote(t)}">{esc(t)}</a></li>'
                for t in a.tags
            )
            tags = f'\t\t\t<!-- Item tags -->\n\t\t\t<span class="itemTagsBlock"><ul class="itemTags">{lis}</ul></span>\n'
        attach = ""
        if a.extra["attach"]:
            attach = f"""\t\t\t<!-- Item attachments -->
\t\t\t<div class="itemAttachmentsBlock">
\t\t\t\t<span>ดาวน์โหลดไฟล์แนบ:</span>
\t\t\t\t<ul class="itemAttachments"><li><a title="เอกสารประกอบข่าว" href="{MENU}/item/download/{a.id + 400}_5d1c0e8a{a.id}b2f">เอกสารประกอบข่าว.pdf</a> <span>({a.id % 37 + 3} ดาวน์โหลด)</span></li></ul>
\t\t\t</div>
"""
        latest = "".join(
            f'<div class="span4 {"odd" if j % 2 else "even"}"><div class="overlay-image-wrapper"><p><a class="overlay-img" href="{href(x.path)}"><img src="/media/k2/items/cache/{x.id:x}c3e1_M.jpg" alt="{esc(x.title)}"></a></p><div class="overlay"></div></div><p><a href="{href(x.path)}">{esc(x.title)}</a></p></div>'
            for j, x in enumerate(self.author_latest(a))
        )
        related = ""
        if self.related(a):
            rel = "".join(
                f'<div class="span4 {"odd" if j % 2 else "even"}"><p><a href="{href(x.path)}"><img src="/media/k2/items/cache/{x.id:x}c3e1_M.jpg" alt="{esc(x.title)}"></a></p><p><a href="{href(x.path)}">{esc(x.title)}</a></p></div>'
                for j, x in enumerate(self.related(a))
            )
            related = f"""\t<!-- Related items by tag -->
\t<div class="itemRelated">
\t\t<h3>บทความที่เกี่ยวข้อง</h3>
\t\t<div class="row-fluid">{rel}</div><!--/.row-fluid-->
\t</div>
"""
        nav = ""
        if older or newer:
            nav = '\t<!-- Item navigation -->\n\t<div class="itemNavigation">\n\t\t<span class="itemNavigationTitle">เพิ่มเติมในหมวดหมู่นี้:</span>\n'
            if newer:
                nav += f'\t\t<a class="itemPrevious" href="{href(newer.path)}">\n\t\t\t&laquo; {esc(newer.title)}\n\t\t</a>\n'
            if older:
                nav += f'\t\t<a class="itemNext" href="{href(older.path)}">\n\t\t\t{esc(older.title)} &raquo;\n\t\t</a>\n'
            nav += "\t</div>\n"
        content = f"""
\t<!-- Start K2 Item Layout -->
\t<span id="startOfPageId{a.id}"></span>

<div id="k2Container" class="itemView">

\t<!-- Plugins: BeforeDisplay -->

\t\t<!-- K2 Plugins: K2BeforeDisplay -->

\t\t<!-- item title -->
\t\t<h3 class="itemTitle">
\t\t\t{esc(a.title)}
\t\t</h3>
\t\t<!-- END:: Item title -->

\t\t<div class="itemHeader">
\t\t\t<!-- Date created -->
\t\t\t<span class="itemDateCreated">
\t\t\t\t<i class="icon-time"></i>  {lc3(a.published)}
\t\t\t</span>
\t\t\t<!-- Item Author -->
\t\t\t<span class="itemAuthor">
\t\t\t\tby <a rel="author" href="/index.php/khao-pr/itemlist/user/{a.id % 3 + 840}-{AUTHOR}">{AUTHOR}</a>
\t\t\t</span>
\t\t\t<!-- Anchor link to comments below - if enabled -->
\t\t\t<span class="catItemComment comments">
\t\t\t\t<a class="itemCommentsLink k2Anchor" href="{href(a.path)}#itemCommentsAnchor">
\t\t\t\t\t0 Comment
\t\t\t\t</a>
\t\t\t</span>
\t\t\t<!-- Item category -->
\t\t\t<span class="itemCategory">
\t\t\t\t<a href="{MENU}">{CAT}</a>
\t\t\t</span>
\t\t\t\t<!-- Item Hits -->
\t\t\t\t<span class="itemHits">
\t\t\t\t\t{a.views} Views
\t\t\t\t</span>
\t\t</div>

{image}
\t\t<div class="clr"></div>

\t\t<div class="itemInner">
\t\t\t<!-- Plugins: AfterDisplayTitle -->
\t\t\t<!-- K2 Plugins: K2AfterDisplayTitle -->

\t\t\t\t<div class="IndexToolbar afterTitle">
\t\t\t\t\t<!-- Item Rating -->
\t\t\t\t\t<div class="itemRatingBlock">
\t\t\t\t\t\t<span>ให้คะแนนรายการนี้</span>
\t\t\t\t\t\t<div class="itemRatingForm">
\t\t\t\t\t\t\t<ul class="itemRatingList">
\t\t\t\t\t\t\t\t<li class="itemCurrentRating" id="itemCurrentRating{a.id}" style="width:{a.extra["votes"] * 20}%;"></li>
\t\t\t\t\t\t\t\t<li><a href="#" data-id="{a.id}" title="1 ดาว จาก 5" class="one-star">1</a></li>
\t\t\t\t\t\t\t\t<li><a href="#" data-id="{a.id}" title="2 ดาว จาก 5" class="two-stars">2</a></li>
\t\t\t\t\t\t\t\t<li><a href="#" data-id="{a.id}" title="3 ดาว จาก 5" class="three-stars">3</a></li>
\t\t\t\t\t\t\t\t<li><a href="#" data-id="{a.id}" title="4 ดาว จาก 5" class="four-stars">4</a></li>
\t\t\t\t\t\t\t\t<li><a href="#" data-id="{a.id}" title="5 ดาว จาก 5" class="five-stars">5</a></li>
\t\t\t\t\t\t\t</ul>
\t\t\t\t\t\t\t<div id="itemRatingLog{a.id}" class="itemRatingLog">({a.extra["votes"]} โหวต)</div>
\t\t\t\t\t\t\t<div class="clr"></div>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<div class="clr"></div>
\t\t\t\t\t</div>
\t\t\t\t\t<!-- Font Resizer -->
\t\t\t\t\t<div>
\t\t\t\t\t\t<a href="#" id="fontDecrease"><i class="icon-minus" title="ลดขนาดตัวอักษร"></i></a>
\t\t\t\t\t\t<a href="#" id="fontIncrease"><i class="icon-plus" title="เพิ่มขนาดตัวอักษร"></i></a>
\t\t\t\t\t</div>
\t\t\t\t\t<!-- Print Button -->
\t\t\t\t\t<div>
\t\t\t\t\t\t<a class="itemPrintLink" rel="nofollow" href="{href(a.path)}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><i class="icon-print" title="พิมพ์"></i></a>
\t\t\t\t\t</div>
\t\t\t\t\t<!-- Email Button -->
\t\t\t\t\t<div>
\t\t\t\t\t\t<a class="itemEmailLink" rel="nofollow" href="/index.php/component/mailto/?tmpl=component&amp;template=jd_newjersey&amp;link=6a0c{a.id}e91b" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><i class="icon-envelope-alt" title="อีเมล"></i></a>
\t\t\t\t\t</div>
\t\t\t\t</div>

\t\t\t\t<div class="itemBody">
\t\t\t\t\t<!-- Plugins: BeforeDisplayContent -->
\t\t\t\t\t<!-- K2 Plugins: K2BeforeDisplayContent -->
{self.body(a)}

\t\t\t\t\t<div class="clr"></div>
{extras}
\t\t\t\t\t<!-- Plugins: AfterDisplayContent -->
\t\t\t\t\t<!-- K2 Plugins: K2AfterDisplayContent -->
\t\t\t\t\t<div class="clr"></div>
\t\t\t\t</div>
{footer}{tags}
\t\t\t\t\t<!-- Social sharing -->
\t\t\t\t\t<div class="itemSocialSharing">
\t\t\t\t\t\t<!-- Twitter Button -->
\t\t\t\t\t\t<div class="itemTwitterButton">
\t\t\t\t\t\t\t<a href="https://twitter.com/share" class="twitter-share-button" data-count="horizontal">ทวีต</a>
\t\t\t\t\t\t\t<script type="text/javascript" src="//platform.twitter.com/widgets.js"></script>
\t\t\t\t\t\t</div>
\t\t\t\t\t\t<!-- Facebook Button -->
\t\t\t\t\t\t<div class="itemFacebookButton">
\t\t\t\t\t\t\t<div id="fb-root"></div>
\t\t\t\t\t\t\t<div class="fb-like" data-send="false" data-width="200" data-show-faces="true"></div>
\t\t\t\t\t\t</div>
\t\t\t<div class="clr"></div>
\t\t</div>

\t\t<div class="itemLinks">
{attach}\t\t\t<div class="clr"></div>
\t\t</div>

\t\t<!-- Author Block -->
\t\t<div class="itemAuthorBlock">
\t\t\t<img class="itemAuthorAvatar" src="/media/k2/users/{AUTHOR}.jpg" alt="{AUTHOR}" />
\t\t\t<div class="itemAuthorDetails">
\t\t\t\t<h3 class="itemAuthorName"><a rel="author" href="/index.php/khao-pr/itemlist/user/841-{AUTHOR}">{AUTHOR}</a></h3>
\t\t\t\t<p>ผู้ดูแลเว็บไซต์ กลุ่มยุทธศาสตร์และสารสนเทศ {OFFICE}</p>
\t\t\t\t<div class="clr"></div>
\t\t\t</div>
\t\t\t<div class="clr"></div>
\t\t</div>
\t</div> <!-- ./itemInner -->

\t<div class="itemBottom">
\t\t<!-- Latest items from author -->
\t\t<div class="itemAuthorLatest">
\t\t\t<h3>ล่าสุดจาก {AUTHOR}</h3>
\t\t\t<div class="row-fluid">{latest}</div><!--/.row-fluid-->
\t\t</div>

{related}
\t<div class="clr"></div>

{nav}
\t<!-- Item comments -->
\t<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>

\t<div class="itemComments">
\t\t<div>ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น</div>
\t</div>

\t<div class="clr"></div>
</div> <!-- ./itemBottom -->
</div>
<!-- End K2 Item Layout -->
"""
        desc = esc(a.paras[0][:160])
        head = (
            f'\t<meta name="author" content="{AUTHOR}" />\n'
            f'\t<meta property="og:url" content="{self.host}{href(a.path)}" />\n'
            f'\t<meta property="og:type" content="article" />\n'
            f'\t<meta property="og:title" content="{esc(a.title)}" />\n'
            f'\t<meta property="og:description" content="{desc}" />\n'
            f'\t<meta name="description" content="{desc}" />\n'
        )
        crumb = f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{MENU}" class="pathway"><span itemprop="name">{CAT}</span></a><span class="divider">/</span><meta itemprop="position" content="2"></li><li class="active"><span>{esc(a.title)}</span></li>'
        return self.shell(f"{a.title} - {OFFICE}", content, crumb, head)

    def deleted(self):
        content = """<div class="login">
\t<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
\t\t<fieldset>
\t\t\t<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
\t\t\t<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
\t\t</fieldset>
\t</form>
</div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        page = self.shell(
            f"เข้าสู่ระบบ - {OFFICE}",
            content,
            '<li class="active"><span>เข้าสู่ระบบ</span></li>',
            band="เข้าสู่ระบบ",
        )
        msg = """<div id="system-message-container"><div id="system-message"><div class="alert alert-notice"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ประกาศ</h4><div><div class="alert-message">คุณต้องเข้าสู่ระบบก่อนจึงจะเข้าดูได้</div></div></div></div></div>"""
        return page.replace('<div id="system-message-container"></div>', msg, 1)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"{a.views} Views",
                "0 Comment",
                "ให้คะแนนรายการนี้",
                f"({a.extra['votes']} โหวต)",
                "ข้อมูลเพิ่มเติม",
                "พื้นที่ดำเนินการ:",
                a.extra["district"] or "",
                "แก้ไขล่าสุดเมื่อ",
                "ทวีต",
                "ดาวน์โหลดไฟล์แนบ:",
                "เอกสารประกอบข่าว.pdf",
                "ดาวน์โหลด)",
                "เจ้าหน้าที่ลงพื้นที่ติดตามผลการดำเนินงาน",
                "ถ่ายภาพโดย ฝ่ายบริหารทั่วไป",
                f"ผู้ดูแลเว็บไซต์ กลุ่มยุทธศาสตร์และสารสนเทศ {OFFICE}",
                f"ล่าสุดจาก {AUTHOR}",
                *[x.title for x in self.author_latest(a)],
                "บทความที่เกี่ยวข้อง",
                *[x.title for x in self.related(a)],
                "เพิ่มเติมในหมวดหมู่นี้:",
                *[x.title for x in (older, newer) if x],
                "ล๊อคอินเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "ข่าวยอดนิยม",
                "สถิติผู้เข้าชม",
                "จดจำการเข้าสู่ระบบ",
                "ศาลากลางจังหวัดนครพนม ชั้น 2 ถนนอภิบาลบัญชา",
                "Designed by JoomDev",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = K2JDSite()

if __name__ == "__main__":
    main(SITE)
