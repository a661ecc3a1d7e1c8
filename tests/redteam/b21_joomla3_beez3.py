"""Blind-21 red-team site: Joomla 3.10 with the stock **Beez3** template and **SEF URLs switched
off**, a provincial public-health office (สำนักงานสาธารณสุขจังหวัดยโสธร), built blind.

What it imitates:
- non-SEF com_content URLs: the category blog
  `/index.php?option=com_content&view=category&layout=blog&id=9&Itemid=112`, its pages
  `&limitstart=8` / `&limitstart=16` (the non-SEF name of the offset; the pager's "เริ่มต้น" link
  is `&limitstart=0`), articles `/index.php?option=com_content&view=article&id=<id>:<alias>&catid=9&Itemid=112`
  where the alias is Joomla's fallback for a Thai title (the creation moment in UTC);
- Beez3's page shell: `div#all > div#back > header#header` with the **site name in
  `h1#logo`** (plus `span.header1` description), skip links, `div#line` with the empty
  `div#fontsize` (the font-size labels live in jsstrings' JavaScript variables), `mod_search`,
  `div#breadcrumbs` ("คุณอยู่ที่:"), `nav.left1#nav` (beezDivision / beezHide menus),
  `div#wrapper > div#main`, `div#close` ("ปิดข้อมูล"), `aside#right` (beezDivision modules:
  login, "ข่าวล่าสุด", "ข่าวที่เกี่ยวข้อง" = mod_related_items, Vinaora-style visitor counter),
  `div#footer-outer` with three bottom boxes and `footer#footer`;
- Beez3's article override: `article.item-page` > `hgroup` (`h1` = the menu item's page heading
  "ข่าวประชาสัมพันธ์", **`h2` = the headline**), `ul.actions` with legacy image icons (พิมพ์ /
  อีเมล), a share plugin's bar (beforeDisplayContent) "แชร์ข่าวนี้", `dl.article-info` with
  **plain-text LC2 dates and no `<time>`**: "หมวด:", "สร้างเมื่อ วันพฤหัสบดี, 15 กุมภาพันธ์ 2024
  10:30", "ปรับปรุงล่าสุด …" (every item), "**เผยแพร่** …" (publish_up: **later than the
  creation for scheduled items**), "เขียนโดย ผู้ดูแลระบบ", "ฮิต: 1234"; the **text straight
  inside the article element** (no body wrapper), with an image or a download line for some
  items and "ที่มา :" / "ข่าว/ภาพ :" lines for others; `ul.tags.inline`; the pagenavigation
  plugin **with neighbour titles shown**; JComments' block ("ความคิดเห็น", login prompt);
- the deleted id (moved to the Registered access level) answers 200 with the com_users login
  view and "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, Article, esc, main
from .b20b_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานสาธารณสุขจังหวัดยโสธร"
SOURCES = [
    "กลุ่มงานควบคุมโรคติดต่อ สสจ.ยโสธร",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดยโสธร",
    "กลุ่มงานส่งเสริมสุขภาพ สสจ.ยโสธร",
    None,
    "โรงพยาบาลยโสธร",
]
CAT = "ข่าวประชาสัมพันธ์"
BLOG = "/index.php?option=com_content&view=category&layout=blog&id=9&Itemid=112"
UTC = dt.UTC
DELETED_ID = 387


def art_url(aid: int, alias: str) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}:{alias}&catid=9&Itemid=112"


DELETED = art_url(DELETED_ID, "2024-03-04-02-51-09")


def lc2(d: dt.datetime) -> str:
    """th-TH DATE_FORMAT_LC2 'l, d F Y H:i': Thai weekday and month, Gregorian year."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def lc1(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def h(s: str) -> str:
    """an href as printed in HTML (ampersands escaped)."""
    return s.replace("&", "&amp;")


class Beez3Site(B9Site):
    key = "b21_joomla3_beez3"
    family = "joomla"
    imitates = "Joomla 3.10 Beez3 with SEF off: category blog &limitstart=N, article index.php?option=com_content&view=article&id=N:<UTC alias>; site name in h1#logo, page heading h1 + headline h2 in hgroup; dl.article-info with plain LC2 dates (no <time>): สร้างเมื่อ / ปรับปรุงล่าสุด / เผยแพร่ (publish_up later than created for scheduled items) / ฮิต:; text straight in article.item-page; share bar, pagenavigation with titles, JComments, related/latest/login/counter modules; deleted = login view (200)"
    listing_path = BLOG
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 7, SOURCES, dt.datetime(2024, 3, 28, 16, 0), first_id=301, step=4
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True
            created = a.published
            if i % 6 == 4:
                # scheduled: drafted the afternoon before, publish_up set to the next morning
                created = a.published - dt.timedelta(hours=17, minutes=12 + i)
                if a.modified is None:
                    a.modified = a.published + dt.timedelta(hours=2, minutes=i)
            a.extra["created"] = created
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published
            made = (created - dt.timedelta(seconds=17 + a.id % 40)).astimezone(UTC)
            a.path = art_url(a.id, made.strftime("%Y-%m-%d-%H-%M-%S"))
            a.extra["label"] = "ข่าว/ภาพ :" if i % 4 == 1 else "ที่มา :"
            a.extra["image"] = i % 5 == 0
            a.extra["attach"] = i % 7 == 3
        self.setup_routes()

    def page_url(self, k):
        return BLOG if k == 0 else f"{BLOG}&limitstart={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == f"{BLOG}&limitstart=0":
            return self.html_response(self.listing(0))
        if (
            key
            == "/index.php?option=com_content&view=category&id=9&Itemid=112&format=feed&type=rss"
        ):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>http://www.yasothon.moph.go.th{esc(a.path)}</link><guid isPermaLink="true">http://www.yasothon.moph.go.th{esc(a.path)}</guid><category>{CAT}</category><pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{CAT}</title><description><![CDATA[]]></description><link>http://www.yasothon.moph.go.th{esc(BLOG)}</link><generator>Joomla! - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def module(self, title, body, sfx=""):
        return f'<div class="moduletable{sfx}">\n<h3><span class="backh"><span class="backh2"><span class="backh3">{title}</span></span></span></h3>\n{body}\n</div>'

    def shell(self, title, content, crumb, related=None, head_extra=""):
        latest = "".join(
            f'\t<li itemscope itemtype="https://schema.org/Article">\n\t\t<a href="{h(a.path)}" itemprop="url">\n\t\t\t<span itemprop="name">\n\t\t\t\t{esc(a.title)}\t\t\t</span>\n\t\t</a>\n\t</li>\n'
            for a in self.articles[:5]
        )
        right = [
            self.module(
                "เข้าสู่ระบบ",
                f"""<form action="{h(BLOG)}" method="post" id="login-form" >
\t<fieldset class="userdata">
\t<p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox"  size="18" /></p>
\t<p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18" /></p>
\t<p id="form-login-remember"><label for="modlgn-remember">จดจำการเข้าสู่ระบบ</label><input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></p>
\t<input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" />
\t<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMTI=" /><input type="hidden" name="5f0e6c1a2b9d4e7f8a3c1b2d4e6f8a0c" value="1" />\t</fieldset>
\t<ul>
\t\t<li><a href="/index.php?option=com_users&amp;view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li>
\t\t<li><a href="/index.php?option=com_users&amp;view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li>
\t</ul>
</form>""",
                "_login",
            ),
            self.module("ข่าวล่าสุด", f'<ul class="latestnews">\n{latest}</ul>'),
        ]
        if related:
            lis = "".join(
                f'<li>\n\t<a href="{h(r.path)}">\n\t\t\t\t{esc(r.title)}</a>\n</li>\n'
                for r in related
            )
            right.append(self.module("ข่าวที่เกี่ยวข้อง", f'<ul class="relateditems">\n{lis}</ul>'))
        right.append(
            self.module(
                "สถิติผู้เยี่ยมชม",
                """<div id="vvisit_counter115" class="vvisit_counter"><div class="vdigit_counter"><span class="vdigit-2">2</span><span class="vdigit-9">9</span><span class="vdigit-1">1</span><span class="vdigit-4">4</span><span class="vdigit-0">0</span><span class="vdigit-6">6</span></div><div class="vstats_counter"><div class="vstats_icon vstats_icon_today">วันนี้ 84</div><div class="vstats_icon vstats_icon_yesterday">เมื่อวานนี้ 213</div><div class="vstats_icon vstats_icon_week">สัปดาห์นี้ 1071</div><div class="vstats_icon vstats_icon_all">ทั้งหมด 291406</div></div></div>""",
            )
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr" >
\t<head>
\t\t<script type="text/javascript">
\tvar big        = '72%';
\tvar small      = '53%';
\tvar bildauf    = '/templates/beez3/images/plus.png';
\tvar bildzu     = '/templates/beez3/images/minus.png';
\tvar rightopen  = 'เปิดข้อมูล';
\tvar rightclose = 'ปิดข้อมูล';
\tvar altopen    = 'เปิดอยู่';
\tvar altclose   = 'ปิดอยู่';
</script>

\t\t<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=3.0, user-scalable=yes"/>
\t\t<meta name="HandheldFriendly" content="true" />
\t\t<meta name="apple-mobile-web-app-capable" content="YES" />

\t\t<meta http-equiv="content-type" content="text/html; charset=utf-8" />
\t<meta name="keywords" content="สาธารณสุข, ยโสธร, สสจ.ยโสธร" />
{head_extra}\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{esc(title)}</title>
\t<link href="/templates/beez3/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
\t<link rel="stylesheet" href="/templates/beez3/css/position.css" type="text/css" media="screen,projection"  />
\t<link rel="stylesheet" href="/templates/beez3/css/layout.css" type="text/css" media="screen,projection"  />
\t<link rel="stylesheet" href="/templates/beez3/css/print.css" type="text/css" media="print"  />
\t<link rel="stylesheet" href="/templates/beez3/css/general.css" type="text/css" media="screen,projection"  />
\t<link rel="stylesheet" href="/templates/beez3/css/personal.css" type="text/css" media="screen,projection"  />
\t<link rel="stylesheet" href="/media/mod_vvisit_counter/digit_counter/default.css" type="text/css" />
\t<script src="/media/system/js/mootools-core.js" type="text/javascript"></script>
\t<script src="/media/jui/js/jquery.min.js" type="text/javascript"></script>
\t<script src="/media/jui/js/jquery-noconflict.js" type="text/javascript"></script>
\t<script src="/media/system/js/caption.js" type="text/javascript"></script>
\t<script src="/templates/beez3/javascript/md_stylechanger.js" type="text/javascript"></script>
\t<script src="/templates/beez3/javascript/hide.js" type="text/javascript"></script>
\t<script src="/templates/beez3/javascript/respond.src.js" type="text/javascript"></script>
\t<script src="/templates/beez3/javascript/template.js" type="text/javascript"></script>
\t<script type="text/javascript">
jQuery(window).on('load',  function() {{
\t\t\t\tnew JCaption('img.caption');
\t\t\t}});
\t\t\t\tvar fontSizeTitle = 'ขนาดตัวอักษร';
\t\t\t\tvar bigger = 'ใหญ่ขึ้น';
\t\t\t\tvar reset = 'คืนค่า';
\t\t\t\tvar smaller = 'เล็กลง';
\t\t\t\tvar biggerTitle = 'เพิ่มขนาดตัวอักษร';
\t\t\t\tvar resetTitle = 'คืนค่าขนาดตัวอักษรเดิม';
\t\t\t\tvar smallerTitle = 'ลดขนาดตัวอักษร';
\t</script>

\t\t<!--[if IE 7]>
\t\t<link href="/templates/beez3/css/ie7only.css" rel="stylesheet" type="text/css" />
\t\t<![endif]-->
\t</head>
\t<body id="shadow">
\t\t<div id="all">
\t\t\t<div id="back">
\t\t\t\t<header id="header">
\t\t\t\t\t<div class="logoheader">
\t\t\t\t\t\t<h1 id="logo">
\t\t\t\t\t\t\t\t\t\t\t\t\t\t{OFFICE}\t\t\t\t\t\t\t\t\t\t\t\t<span class="header1">
\t\t\t\t\t\tกระทรวงสาธารณสุข ถนนแจ้งสนิท อำเภอเมืองยโสธร\t\t\t\t\t\t</span></h1>
\t\t\t\t\t</div><!-- end logoheader -->
\t\t\t\t\t<ul class="skiplinks">
\t\t\t\t\t\t<li><a href="#main" class="u2">ข้ามไปยังเนื้อหา</a></li>
\t\t\t\t\t\t<li><a href="#nav" class="u2">ข้ามไปยังเมนูหลักและการเข้าสู่ระบบ</a></li>
\t\t\t\t\t\t\t\t\t\t\t\t\t<li><a href="#right" class="u2">ข้ามไปยังข้อมูลเพิ่มเติม</a></li>
\t\t\t\t\t\t\t\t\t\t\t</ul>
\t\t\t\t\t<h2 class="unseen">มุมมองการนำทางและการค้นหา</h2>
\t\t\t\t\t<h3 class="unseen">การนำทาง</h3>
\t\t\t\t\t<ul class="nav menu nav-pills">
<li class="item-101 default"><a href="/index.php" >หน้าแรก</a></li><li class="item-111"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=111" >เกี่ยวกับหน่วยงาน</a></li><li class="item-112 current active"><a href="{h(BLOG)}" >{CAT}</a></li><li class="item-113"><a href="/index.php?option=com_content&amp;view=category&amp;id=10&amp;Itemid=113" >จัดซื้อจัดจ้าง</a></li><li class="item-114"><a href="/index.php?option=com_content&amp;view=category&amp;id=12&amp;Itemid=114" >ITA</a></li><li class="item-115"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=115" >ติดต่อเรา</a></li></ul>

\t\t\t\t\t<div id="line">
\t\t\t\t\t\t<div id="fontsize"></div>
\t\t\t\t\t\t<h3 class="unseen">ค้นหา</h3>
\t\t\t\t\t\t<div class="search">
\t<form action="{h(BLOG)}" method="post" class="form-inline">
\t\t<label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200"  class="inputbox search-query" type="search" size="20" placeholder="ค้นหา..." />\t\t<input type="hidden" name="task" value="search" />
\t\t<input type="hidden" name="option" value="com_search" />
\t\t<input type="hidden" name="Itemid" value="112" />
\t</form>
</div>

\t\t\t\t\t</div> <!-- end line -->
\t\t\t\t</header><!-- end header -->
\t\t\t\t<div id="contentarea2">
\t\t\t\t\t<div id="breadcrumbs">
\t\t\t\t\t\t
<div class = "breadcrumbs">
<span class="showHere">คุณอยู่ที่: </span><a href="/index.php" class="pathway">หน้าแรก</a> <img src="/media/system/images/arrow.png" alt="" /> {crumb}</div>

\t\t\t\t\t</div>

\t\t\t\t\t\t\t\t\t\t\t\t\t<nav class="left1 " id="nav">
\t\t\t\t\t\t\t<div class="moduletable_menu">
<h3><span class="backh"><span class="backh2"><span class="backh3">เมนูหลัก</span></span></span></h3>
<ul class="nav menu">
<li class="item-116"><a href="/index.php?option=com_content&amp;view=category&amp;id=13&amp;Itemid=116" >ข่าวกิจกรรม</a></li><li class="item-117"><a href="/index.php?option=com_content&amp;view=category&amp;id=14&amp;Itemid=117" >ประกาศรับสมัครงาน</a></li><li class="item-118"><a href="/index.php?option=com_content&amp;view=category&amp;id=15&amp;Itemid=118" >ดาวน์โหลดเอกสาร</a></li><li class="item-119"><a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=119" >ร้องเรียนร้องทุกข์</a></li></ul>
</div>
<div class="moduletable_js ">
<h3 class="js_heading">ลิงก์หน่วยงาน <a href="#" title="คลิกเพื่อแสดงหรือซ่อน" onclick="auf('module_98'); return false" class="opencloselink" id="link_98"> <span class="no"><img src="/templates/beez3/images/plus.png" alt="เปิดอยู่" /></span></a></h3><div class="module_content " id="module_98" tabindex="-1"><ul><li><a href="https://www.moph.go.th">กระทรวงสาธารณสุข</a></li><li><a href="https://ddc.moph.go.th">กรมควบคุมโรค</a></li></ul></div></div>

\t\t\t\t\t\t</nav><!-- end navi -->
\t\t\t\t\t
\t\t\t\t\t<div id="wrapper" >
\t\t\t\t\t\t<div id="main">

\t\t\t\t\t\t\t
\t\t\t\t\t\t\t<div id="system-message-container">
\t</div>

\t\t\t\t\t\t\t{content}

\t\t\t\t\t\t</div><!-- end main -->
\t\t\t\t\t</div><!-- end wrapper -->

\t\t\t\t\t\t\t\t\t\t<div id="close">
\t\t\t\t\t\t\t<a href="#" onclick="auf('right')">
\t\t\t\t\t\t\t<span id="bild">
\t\t\t\t\t\t\t\tปิดข้อมูล\t\t\t\t\t\t\t</span>
\t\t\t\t\t\t\t</a>
\t\t\t\t\t\t</div>

\t\t\t\t\t\t<aside id="right">
\t\t\t\t\t\t\t<h2 class="unseen">ข้อมูลเพิ่มเติม</h2>
\t\t\t\t\t\t\t{"".join(right)}
\t\t\t\t\t\t</aside><!-- end right -->
\t\t\t\t\t
\t\t\t\t\t
\t\t\t\t\t<div class="wrap"></div>
\t\t\t\t</div> <!-- end contentarea -->
\t\t\t</div><!-- back -->
\t\t</div><!-- all -->

\t\t<div id="footer-outer">
\t\t\t\t\t\t\t<div id="footer-inner" >

\t\t\t\t\t<div id="bottom">
\t\t\t\t\t\t<div class="box box1"> <div class="moduletable"><h3>ติดต่อเรา</h3><div class="custom"><p>{OFFICE} 300 ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000</p></div></div></div>
\t\t\t\t\t\t<div class="box box2"> <div class="moduletable"><h3>โทรศัพท์</h3><div class="custom"><p>โทร 0-4571-2233 โทรสาร 0-4571-1402</p></div></div></div>
\t\t\t\t\t\t<div class="box box3"> <div class="moduletable"><h3>นโยบาย</h3><div class="custom"><p><a href="/index.php?option=com_content&amp;view=article&amp;id=7&amp;Itemid=120">นโยบายเว็บไซต์และความเป็นส่วนตัว</a></p></div></div></div>
\t\t\t\t\t</div>

\t\t\t\t</div>
\t\t\t
\t\t\t<div id="footer-sub">
\t\t\t\t<footer id="footer">
\t\t\t\t\t<div class="custom"><p>ลิขสิทธิ์ © 2567 {OFFICE} สงวนลิขสิทธิ์</p></div>
\t\t\t\t</footer><!-- end footer -->
\t\t\t</div>
\t\t</div>
\t\t
\t</body>
</html>
"""

    # ------------------------------------------------------------------ blog

    def info(self, a):
        return f"""\t<dl class="article-info">
\t<dt class="article-info-term">รายละเอียด</dt>
\t\t<dd class="published">
\t\tเผยแพร่ {lc2(a.published)}\t\t</dd>
\t\t<dd class="hits">
\t\tฮิต: {a.views}\t\t</dd>
\t</dl>"""

    def blog_item(self, a, cls):
        return f"""<article class="{cls}">
\t\t<h2>
\t\t\t<a href="{h(a.path)}">
\t\t\t{esc(a.title)}</a>
\t\t</h2>
{self.info(a)}
<p>{esc(a.paras[0][:260])}{"…" if len(a.paras[0]) > 260 else ""}</p>
\t\t<p class="readmore">
\t\t\t\t<a href="{h(a.path)}">
\t\t\t\t\tอ่านเพิ่มเติม: {esc(a.title[:40])}...</a>
\t\t</p>
<div class="item-separator"></div>
</article>"""

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title="ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินบุคคล ตำแหน่งนักวิชาการสาธารณสุข",
                paras=["ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมินบุคคล รายละเอียดตามเอกสารแนบ"],
                published=dt.datetime(2024, 3, 4, 9, 52, tzinfo=items[0].published.tzinfo),
                time_printed=True,
                views=41,
            )
            fake.path = DELETED
            items.insert(4, fake)
        lead, rest = items[:2], items[2:]
        leading = "".join(self.blog_item(a, f"leading-{j}") for j, a in enumerate(lead))
        rows = []
        for r in range(0, len(rest), 2):
            cols = "".join(
                self.blog_item(a, f"item column-{c + 1}") for c, a in enumerate(rest[r : r + 2])
            )
            rows.append(
                f'<div class="items-row cols-2 row-{r // 2}">{cols}<span class="row-separator"></span></div>'
            )
        lis = []
        if k == 0:
            lis.append(
                '<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li><li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{h(BLOG)}&amp;limitstart=0" class="hasTooltip pagenav">เริ่มต้น</a></li><li class="pagination-prev"><a title="ก่อนหน้า" href="{h(self.page_url(k - 1) if k > 1 else BLOG + "&limitstart=0")}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(f'<li><span class="pagenav">{i + 1}</span></li>')
            else:
                url = self.page_url(i) if i else BLOG + "&limitstart=0"
                lis.append(f'<li><a href="{h(url)}" class="pagenav">{i + 1}</a></li>')
        if k == n - 1:
            lis.append(
                '<li class="pagination-next"><span class="pagenav">ถัดไป</span></li><li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>'
            )
        else:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{h(self.page_url(k + 1))}" class="hasTooltip pagenav">ถัดไป</a></li><li class="pagination-end"><a title="สุดท้าย" href="{h(self.page_url(n - 1))}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        content = f"""<section class="blog">
<h1>
\t{CAT}</h1>

<div class="items-leading">
{leading}
</div>
{"".join(rows)}

<div class="pagination">
\t\t\t\t\t\t<p class="counter">
\t\t\t\t\t\t\t\tหน้า {k + 1} จาก {n}\t\t\t\t\t\t</p>

\t\t\t\t<ul>{"".join(lis)}</ul>
\t\t</div>

</section>"""
        feed = f'\t<link href="{h("/index.php?option=com_content&view=category&id=9&Itemid=112&format=feed&type=rss")}" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        return self.shell(f"{OFFICE} - {CAT}", content, f"<span>{CAT}</span>", head_extra=feed)

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i - 2, i + 5) if 0 <= j < len(self.articles)]

    def text(self, a, i):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<p style="text-align: center;"><img src="/images/news/2567/pr{a.id}-1.jpg" alt="" width="640" height="427" class="caption" title="ภาพประกอบข่าว {a.id}" /></p>',
            )
        if a.extra["attach"]:
            paras.append(
                f'<p>ดาวน์โหลดเอกสาร : <a href="/images/doc/2567/pr{a.id}.pdf" target="_blank">หนังสือแจ้งรายละเอียด (PDF)</a></p>'
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        return "\n".join(paras)

    def detail(self, a):
        i = self.articles.index(a)
        older, newer = neighbours(self.articles, a)
        tags = ""
        if a.tags:
            lis = "".join(
                f'\t\t\t\t\t\t<li class="tag-{n + 3} tag-list{n}" itemprop="keywords">\n\t\t\t\t\t<a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={n + 3}:tag{n + 3}&amp;Itemid=101" class="label label-info">\n\t\t\t\t\t\t{esc(t)}\t\t\t\t\t</a>\n\t\t\t\t</li>\n'
                for n, t in enumerate(a.tags)
            )
            tags = f'\n\t<ul class="tags inline">\n{lis}\t\t\t</ul>\n'
        pager = '<ul class="pager pagenav">\n'
        if newer:
            pager += f'\t<li class="previous">\n\t\t<a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{h(newer.path)}" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{esc(newer.title)}</span>\t\t</a>\n\t</li>\n'
        if older:
            pager += f'\t<li class="next">\n\t\t<a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{h(older.path)}" rel="next">\n\t\t\t<span aria-hidden="true">{esc(older.title)}</span> <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>\n'
        pager += "</ul>\n"
        share = f"""<div class="jsharebar"><span class="jsharebar-label">แชร์ข่าวนี้</span>
<a class="jshare-facebook" href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fwww.yasothon.moph.go.th%2Findex.php%3Foption%3Dcom_content%26view%3Darticle%26id%3D{a.id}" target="_blank" rel="nofollow">Facebook</a>
<a class="jshare-line" href="https://social-plugins.line.me/lineit/share?url=http%3A%2F%2Fwww.yasothon.moph.go.th%2Findex.php%3Foption%3Dcom_content%26view%3Darticle%26id%3D{a.id}" target="_blank" rel="nofollow">LINE</a>
<a class="jshare-twitter" href="https://twitter.com/intent/tweet?url=http%3A%2F%2Fwww.yasothon.moph.go.th%2Findex.php%3Foption%3Dcom_content%26view%3Darticle%26id%3D{a.id}" target="_blank" rel="nofollow">Twitter</a>
</div>"""
        jc = """<script type="text/javascript" src="/components/com_jcomments/js/jcomments-v2.3.js?v=12"></script>
<script type="text/javascript" src="/components/com_jcomments/libraries/joomlatune/ajax.js?v=4"></script>
<div id="jc">
<div id="comments"></div>
<h4>ความคิดเห็น (0)</h4>
<a id="addcomments" href="#addcomments"></a>
<p class="message">คุณต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้</p>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div>
<script type="text/javascript">
<!--
jcomments.setList('comments-list');
//-->
</script>
</div>"""
        created = a.extra["created"]
        content = f"""<article class="item-page">

<hgroup>
<h1>
\t{CAT}</h1>
\t\t<h2>
\t\t\t{esc(a.title)}\t\t</h2>
</hgroup>

<div class="pull-left"></div>

\t\t<ul class="actions">
\t\t\t\t\t\t\t\t<li class="print-icon">
\t\t\t\t\t\t<a href="{h(a.path)}&amp;tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/media/system/images/printButton.png" alt="พิมพ์" /></a>\t\t\t\t</li>
\t\t\t\t
\t\t\t\t\t\t\t\t<li class="email-icon">
\t\t\t\t\t\t<a href="/index.php?option=com_mailto&amp;tmpl=component&amp;template=beez3&amp;link=5b6e2d{a.id}f0" title="ส่งลิงก์นี้ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><img src="/media/system/images/emailButton.png" alt="อีเมล" /></a>\t\t\t\t</li>
\t\t\t\t\t\t\t\t</ul>

\t{share}

 <dl class="article-info">
 <dt class="article-info-term">รายละเอียด</dt>
\t\t<dd class="category-name">
\t\t\t\t\t\t\t\t\t\tหมวด: <a href="{h(BLOG)}">{CAT}</a>\t\t\t\t\t</dd>
\t\t<dd class="create">
\t\tสร้างเมื่อ {lc2(created)}\t\t</dd>
\t\t<dd class="modified">
\t\tปรับปรุงล่าสุด {lc2(a.modified)}\t\t</dd>
\t\t<dd class="published">
\t\tเผยแพร่ {lc2(a.published)}\t\t</dd>
\t<dd class="createdby">
\t\t\t\t\t\tเขียนโดย ผู้ดูแลระบบ\t\t\t</dd>
\t\t<dd class="hits">
\t\tฮิต: {a.views}\t\t</dd>
 </dl>

\t
{self.text(a, i)}
\t{tags}{pager}\t{jc}
</article>"""
        crumb = f'<a href="{h(BLOG)}" class="pathway">{CAT}</a> <img src="/media/system/images/arrow.png" alt="" /> <span>{esc(a.title)}</span>'
        desc = esc(a.paras[0][:150])
        head = f'\t<meta name="author" content="ผู้ดูแลระบบ" />\n\t<meta name="description" content="{desc}" />\n'
        return self.shell(f"{OFFICE} - {a.title}", content, crumb, self.related(a), head)

    def deleted(self):
        content = """<div class="login">
\t\t<h1>
\t\tเข้าสู่ระบบ\t</h1>
\t\t<form action="/index.php?option=com_users&amp;task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
\t\t<fieldset>
\t\t\t<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
\t\t\t<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
\t\t</fieldset>
\t</form>
</div>
<div>
\t<ul class="nav nav-tabs nav-stacked">
\t\t<li><a href="/index.php?option=com_users&amp;view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li>
\t\t<li><a href="/index.php?option=com_users&amp;view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li>
\t</ul>
</div>"""
        page = self.shell(f"{OFFICE} - เข้าสู่ระบบ", content, "<span>เข้าสู่ระบบ</span>")
        msg = """<div id="system-message-container">
\t<div id="system-message">
\t\t\t<div class="alert alert-error">
\t\t\t\t<a class="close" data-dismiss="alert">×</a>
\t\t\t\t\t\t<h4 class="alert-heading">ข้อผิดพลาด</h4>
\t\t\t\t<div>
\t\t\t\t\t\t\t\t\t<p>คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</p>
\t\t\t\t\t\t\t</div>
\t\t\t</div>
\t\t</div>
\t</div>"""
        return page.replace('<div id="system-message-container">\n\t</div>', msg, 1)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์ข่าวนี้",
                "สร้างเมื่อ",
                "ปรับปรุงล่าสุด",
                "ฮิต:",
                "เขียนโดย ผู้ดูแลระบบ",
                "หมวด:",
                "ข่าวที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                *[x.title for x in (older, newer) if x],
                "ความคิดเห็น (0)",
                "คุณต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้",
                "ข่าวล่าสุด",
                "สถิติผู้เยี่ยมชม",
                "เมื่อวานนี้",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "ปิดข้อมูล",
                "ข้ามไปยังเนื้อหา",
                "ดาวน์โหลดเอกสาร :",
                "หนังสือแจ้งรายละเอียด (PDF)",
                "นโยบายเว็บไซต์และความเป็นส่วนตัว",
                "ลิงก์หน่วยงาน",
            ]
            if not a.extra["attach"]:
                must_not = [m for m in must_not if "PDF" not in m and "ดาวน์โหลดเอกสาร :" != m]
            out.append(record(self, a, must_not))
        return out


SITE = Beez3Site()

if __name__ == "__main__":
    main(SITE)
