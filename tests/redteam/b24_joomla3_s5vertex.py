"""Blind-24 red-team site: Joomla 3.10 under **Shape5's Vertex framework template** (the
"s5_" page shell), SEF URLs on with **Unicode aliases** (Thai article aliases in the path),
a provincial community-development office (สำนักงานพัฒนาชุมชนจังหวัดน่าน), built blind.

What it imitates:
- SEF com_content URLs under the menu item `/index.php/pr-news`: the category **list
  layout** (a table of headline / "วันที่เผยแพร่" / "ฮิต", the "แสดง #" limit box and the title
  filter), pages `?start=10` / `?start=20`; articles `/index.php/pr-news/<id>-<Thai alias>`;
- Vertex's shell: `#s5_body_padding`, `#s5_header_area1` with logo, `#s5_font_resizer`
  (ก- ก ก+), `#s5_menu_wrap` S5 flex menu, `#s5_breadcrumb_wrap` ("คุณอยู่ที่:"),
  `#s5_columns_wrap` > `#s5_center_column_wrap` > `#s5_component_wrap`, the `s5_above_body`
  position ("ข่าวเด่น" titles) and `s5_below_body` position ("บทความที่เกี่ยวข้อง") inside
  the component column, `#s5_right_column_wrap` (login, latest news, visitor counter) with
  `h3.s5_mod_h3`, bottom rows, `#s5_footer_area1`, scroll-to-top, cookie notice;
- J3's article layout with **info_block_position = split**: the headline in
  `div.page-header > h2[itemprop=headline]` (the `h1` is the site name in the logo), above
  the text "หมวด:" and `<time itemprop=datePublished datetime=…+07:00>` "เผยแพร่: 05 มีนาคม
  2024" (Thai month, CE year, no visible time); **below the text** "ปรับปรุงล่าสุด: …"
  (every item) and "ฮิต: N"; print / e-mail in the `icons` dropdown; an AddThis toolbar
  ("แบ่งปัน") before the text; **a `{loadposition}` "ข่าวอื่น ๆ" list (five titles) inside
  `articleBody`**; "ที่มา :" / "ข่าว/ภาพ :" lines; image or attachment for some; tags;
  pagenavigation with the neighbours' titles;
- the deleted id (moved to the Registered access level) answers 200 with the com_users login
  view and "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้".
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import Article, esc, main
from .b20b_common import B9Site, build, ce_full_month, joomla_c, neighbours, record

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
SOURCES = [
    "กลุ่มงานส่งเสริมและพัฒนาชุมชน",
    None,
    "สำนักงานพัฒนาชุมชนอำเภอปัว",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
]
CAT = "ข่าวประชาสัมพันธ์"
MENU = "/index.php/pr-news"
DELETED_ID = 1188
DELETED_TITLE = "ประกาศผลการคัดเลือกพนักงานจ้างเหมาบริการ ตำแหน่งเจ้าหน้าที่บันทึกข้อมูล"


def alias(title: str) -> str:
    """J3 unicode slug: punctuation dropped, blanks to hyphens, lower case."""
    s = re.sub(r"[\"'“”‘’()\[\]{}:;,.!?/\\|<>@#$%^&*+=~`]", "", title.lower())
    return re.sub(r"[\s\-]+", "-", s).strip("-")


def art_url(aid: int, title: str) -> str:
    return f"{MENU}/{aid}-{alias(title)}"


DELETED = art_url(DELETED_ID, DELETED_TITLE)


def h(s: str) -> str:
    return s.replace("&", "&amp;")


class S5VertexSite(B9Site):
    key = "b24_joomla3_s5vertex"
    family = "joomla"
    imitates = "Joomla 3.10 + Shape5 Vertex template, SEF with Unicode (Thai) aliases: category list layout /index.php/pr-news?start=N, articles /index.php/pr-news/<id>-<Thai alias>; headline h2[itemprop=headline] (h1 = site name); split info block: <time datetime> published above (no visible time), ปรับปรุงล่าสุด + ฮิต below the text; AddThis, {loadposition} other-news list inside articleBody, s5_above_body/s5_below_body title lists, pagenav with titles, login/latest/counter modules; deleted = login view (200)"
    listing_path = MENU
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 13, SOURCES, dt.datetime(2024, 5, 20, 15, 0), first_id=1201, step=3
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the datetime attribute carries the time
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published
            a.path = art_url(a.id, a.title)
            a.extra["label"] = "ข่าว/ภาพ :" if i % 3 == 2 else "ที่มา :"
            a.extra["image"] = i % 4 == 1
            a.extra["attach"] = i % 6 == 3
        self.setup_routes()

    def page_url(self, k):
        return MENU if k == 0 else f"{MENU}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == f"{MENU}?format=feed&type=rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://nan.cdd.go.th{esc(a.path)}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><category>{CAT}</category></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n<rss version="2.0"><channel><title>{CAT}</title><link>https://nan.cdd.go.th{MENU}</link><generator>Joomla! - Open Source Content Management</generator><language>th-th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def mod(self, title, body, sfx=""):
        return f"""<div class="module_round_box_outer">
<div class="module_round_box{sfx}">
<div class="s5_module_box_1">
<div class="s5_module_box_2">
<div class="s5_mod_h3_outer">
<h3 class="s5_mod_h3"><span class="s5_h3_first">{title.split(" ")[0]} </span>{" ".join(title.split(" ")[1:])}</h3>
</div>
{body}
<div style="clear:both; height:0px"></div>
</div>
</div>
</div>
</div>"""

    def shell(self, title, content, crumb, above="", below="", head_extra=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{h(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>\n'
            for a in self.articles[:5]
        )
        right = "".join(
            [
                self.mod(
                    "เข้าสู่ ระบบ",
                    f"""<form action="{MENU}" method="post" id="login-form" class="form-inline">
<div class="userdata"><div id="form-login-username" class="control-group"><div class="controls"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div></div>
<div id="form-login-password" class="control-group"><div class="controls"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div></div>
<div id="form-login-remember" class="control-group checkbox"><label for="modlgn-remember" class="control-label">จดจำการเข้าสู่ระบบ</label> <input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/></div>
<div id="form-login-submit" class="control-group"><div class="controls"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div></div>
<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul>
<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwL3ByLW5ld3M=" /><input type="hidden" name="3b1f0a9c7d2e4f6a8b0c1d2e3f4a5b6c" value="1" /></div>
</form>""",
                    "_login",
                ),
                self.mod("ข่าว ล่าสุด", f'<ul class="latestnews mod-list">\n{latest}</ul>'),
                self.mod(
                    "สถิติ ผู้เข้าชม",
                    '<div class="mod_counter"><p>ผู้เข้าชมวันนี้ : 97</p><p>ผู้เข้าชมเมื่อวาน : 264</p><p>ผู้เข้าชมทั้งหมด : 418,552</p></div>',
                ),
            ]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="https://nan.cdd.go.th{MENU}" />
\t<meta http-equiv="content-type" content="text/html; charset=utf-8" />
\t<meta name="keywords" content="พัฒนาชุมชน, น่าน, OTOP" />
{head_extra}\t<meta name="generator" content="Joomla! - Open Source Content Management" />
\t<title>{esc(title)}</title>
\t<link href="/templates/vertex/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
\t<link href="/templates/vertex/css/bootstrap/bootstrap-default-min.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/vertex/css/template_default.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/vertex/css/template.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/vertex/css/s5_flex_menu.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/vertex/css/s5_responsive_bars.css" rel="stylesheet" type="text/css" />
\t<link href="/templates/vertex/css/custom.css" rel="stylesheet" type="text/css" />
\t<script src="/media/jui/js/jquery.min.js?5a1c9e" type="text/javascript"></script>
\t<script src="/media/jui/js/jquery-noconflict.js?5a1c9e" type="text/javascript"></script>
\t<script src="/media/system/js/caption.js?5a1c9e" type="text/javascript"></script>
\t<script src="/media/jui/js/bootstrap.min.js?5a1c9e" type="text/javascript"></script>
\t<script src="/templates/vertex/js/core/s5_flex_menu-min.js" type="text/javascript"></script>
\t<script src="/templates/vertex/js/core/s5_font_adjuster-min.js" type="text/javascript"></script>
\t<script type="text/javascript">jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
<script type="text/javascript">var s5_font_adjuster_min = 11; var s5_font_adjuster_max = 20;</script>
</head>
<body id="s5_body">
<div id="s5_scrolltotop"></div>
<div id="s5_body_padding">
\t<div id="s5_header_area1"><div id="s5_header_area2"><div id="s5_header_area_inner" class="s5_wrap">
\t\t<div id="s5_logo_wrap" class="s5_logo s5_logo_css"><h1 class="s5_logo_css_h1" onclick="window.document.location.href='/'">{OFFICE}</h1><div class="s5_logo_css_h2">กรมการพัฒนาชุมชน กระทรวงมหาดไทย</div></div>
\t\t<div id="s5_font_resizer"><a href="javascript:s5_font_adjuster('decrease');" class="s5_font_decrease">ก-</a> <a href="javascript:s5_font_adjuster('reset');" class="s5_font_reset">ก</a> <a href="javascript:s5_font_adjuster('increase');" class="s5_font_increase">ก+</a></div>
\t\t<div id="s5_search_wrap"><form action="/index.php" method="post"><input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
\t</div></div></div>
\t<div id="s5_menu_wrap"><div class="s5_wrap"><ul id="s5_nav" class="menu">
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php">หน้าหลัก</a></span></span></li>
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php/about">เกี่ยวกับเรา</a></span></span></li>
<li class="active"><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="{MENU}">{CAT}</a></span></span></li>
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php/otop">ผลิตภัณฑ์ OTOP</a></span></span></li>
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php/procurement">จัดซื้อจัดจ้าง</a></span></span></li>
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php/ita">ITA</a></span></span></li>
<li class=""><span class="s5_level1_span1"><span class="s5_level1_span2"><a href="/index.php/contact">ติดต่อเรา</a></span></span></li>
</ul></div></div>
\t<div id="s5_breadcrumb_wrap" class="s5_wrap"><ul class="breadcrumb"><li class="active">คุณอยู่ที่: &#160;</li><li><a href="/index.php" class="pathway">หน้าหลัก</a><span class="divider"> / </span></li>{crumb}</ul></div>
\t<div id="s5_center_area1"><div id="s5_center_area2"><div id="s5_center_area_inner" class="s5_wrap">
\t<section id="s5_columns_wrap" class="s5_wrap">
\t\t<section id="s5_columns_wrap_inner" class="s5_wrap_inner">
\t\t<section id="s5_center_column_wrap">
\t\t\t<section id="s5_center_column_wrap_inner" style="margin-left:0px; margin-right:300px;">
\t\t\t\t{above}
\t\t\t\t<section id="s5_component_wrap">
\t\t\t\t<section id="s5_component_wrap_inner">
\t\t\t\t<div id="system-message-container">
\t</div>

{content}
\t\t\t\t</section>
\t\t\t\t</section>
\t\t\t\t{below}
\t\t\t</section>
\t\t</section>
\t\t<aside id="s5_right_column_wrap" class="s5_float_left" style="width:300px; margin-left:-300px">
\t\t<div id="s5_right_column_wrap_inner">
\t\t\t<div id="s5_right_wrap" class="s5_float_left" style="width:300px">
{right}
\t\t\t</div>
\t\t</div>
\t\t</aside>
\t\t</section>
\t</section>
\t</div></div></div>
\t<section id="s5_bottom_row1_area1"><div id="s5_bottom_row1_area2"><div id="s5_bottom_row1_area_inner" class="s5_wrap">
\t\t<div id="s5_pos_bottom_row1_1" class="s5_float_left" style="width:50%">{self.mod("ติดต่อ หน่วยงาน", f'<div class="custom"><p>{OFFICE} ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร 0-5471-6165</p></div>')}</div>
\t\t<div id="s5_pos_bottom_row1_2" class="s5_float_left" style="width:50%">{self.mod("ลิงก์ ที่น่าสนใจ", '<ul class="menu"><li><a href="https://www.cdd.go.th">กรมการพัฒนาชุมชน</a></li><li><a href="https://www.moi.go.th">กระทรวงมหาดไทย</a></li></ul>')}</div>
\t</div></div></section>
\t<footer id="s5_footer_area1"><div id="s5_footer_area2"><div id="s5_footer_area_inner" class="s5_wrap">
\t\t<div id="s5_footer"><span class="footerc">Copyright &copy; 2567 {OFFICE}. Designed by Shape5.com <a href="https://www.shape5.com/joomla/templates/">Joomla Templates</a></span></div>
\t\t<div id="s5_bottom_menu_wrap"><ul class="menu"><li><a href="/index.php/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/index.php/sitemap">แผนผังเว็บไซต์</a></li></ul></div>
\t</div></div></footer>
</div>
<div id="s5_cookie_notice" class="s5_cookie_bar">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <button class="button">ยอมรับ</button></div>
<script type="text/javascript">var s5_scrolltotop = 'yes';</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ list

    def fake_deleted(self, near):
        fake = Article(
            id=DELETED_ID,
            title=DELETED_TITLE,
            paras=["ประกาศผลการคัดเลือก รายละเอียดตามเอกสารแนบ"],
            published=near.published - dt.timedelta(hours=3),
            time_printed=True,
            views=58,
        )
        fake.path = DELETED
        return fake

    def listing(self, k):
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            items.insert(6, self.fake_deleted(items[5]))
        rows = "".join(
            f"""\t\t\t\t<tr class="cat-list-row{j % 2}" >
\t\t\t\t\t\t\t<td headers="categorylist_header_title" class="list-title">
\t\t\t\t\t\t\t\t\t<a href="{h(a.path)}">
\t\t\t\t\t\t{esc(a.title)}\t\t\t\t\t</a>
\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t</td>
\t\t\t\t\t\t\t<td headers="categorylist_header_date" class="list-date small">
\t\t\t\t\t\t{a.published:%d-%m-%Y}\t\t\t\t\t</td>
\t\t\t\t\t\t\t\t\t\t\t\t\t\t<td headers="categorylist_header_hits" class="list-hits">
\t\t\t\t\t\t\t<span class="badge badge-info">
\t\t\t\t\t\t\t\tฮิต: {a.views}\t\t\t\t\t\t\t</span>
\t\t\t\t\t\t</td>
\t\t\t\t\t\t\t\t\t\t\t\t\t\t</tr>
"""
            for j, a in enumerate(items)
        )
        lis = []
        if k == 0:
            lis.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{MENU}" class="pagenav">เริ่มต้น</a></li><li><a title="ก่อนหน้า" href="{self.page_url(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(f'<li class="active hidden-phone"><a>{i + 1}</a></li>')
            else:
                lis.append(
                    f'<li class="hidden-phone"><a title="{i + 1}" href="{self.page_url(i)}" class="pagenav">{i + 1}</a></li>'
                )
        if k == n - 1:
            lis.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        else:
            lis.append(
                f'<li><a title="ถัดไป" href="{self.page_url(k + 1)}" class="pagenav">ถัดไป</a></li><li><a title="สุดท้าย" href="{self.page_url(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        content = f"""<div class="category-list">
<div>
\t<div class="content-category">
\t\t\t\t\t<h2>
\t\t\t\t{CAT}\t\t\t</h2>
<form action="{MENU}" method="post" name="adminForm" id="adminForm" class="form-inline">
\t<fieldset class="filters btn-toolbar clearfix">
\t\t<legend class="hide">ตัวกรอง</legend>
\t\t\t\t\t<div class="btn-group">
\t\t\t\t\t\t\t\t\t<label class="filter-search-lbl element-invisible" for="filter-search">ตัวกรองหัวเรื่อง&#160;</label>
\t\t\t\t\t<input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" title="ค้นหาจากหัวเรื่อง" placeholder="ตัวกรองหัวเรื่อง" />
\t\t\t\t\t\t\t</div>
\t\t\t\t\t\t<div class="btn-group pull-right">
\t\t\t\t<label for="limit" class="element-invisible">แสดง #</label>
\t\t\t\t<select id="limit" name="limit" class="inputbox input-mini" size="1" onchange="this.form.submit()">
\t<option value="5">5</option>
\t<option value="10" selected="selected">10</option>
\t<option value="15">15</option>
\t<option value="20">20</option>
\t<option value="0">ทั้งหมด</option>
</select>
\t\t\t</div>
\t\t<input type="hidden" name="filter_order" value="" />
\t\t<input type="hidden" name="filter_order_Dir" value="" />
\t\t<input type="hidden" name="limitstart" value="" />
\t\t<input type="hidden" name="task" value="" />
\t</fieldset>
\t<table class="category table table-striped table-bordered table-hover">
\t\t<caption class="hide">รายการบทความในหมวดหมู่ {CAT}</caption>
\t\t<thead>
\t\t\t<tr>
\t\t\t\t<th scope="col" id="categorylist_header_title"><a href="#" onclick="Joomla.tableOrdering('a.title','asc','');return false;" class="hasPopover" title="หัวเรื่อง" data-content="คลิกเพื่อจัดเรียงตามคอลัมน์นี้" data-placement="top">หัวเรื่อง</a></th>
\t\t\t\t<th scope="col" id="categorylist_header_date"><a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','');return false;" class="hasPopover" title="วันที่เผยแพร่" data-content="คลิกเพื่อจัดเรียงตามคอลัมน์นี้" data-placement="top">วันที่เผยแพร่</a></th>
\t\t\t\t<th scope="col" id="categorylist_header_hits"><a href="#" onclick="Joomla.tableOrdering('a.hits','asc','');return false;" class="hasPopover" title="ฮิต" data-content="คลิกเพื่อจัดเรียงตามคอลัมน์นี้" data-placement="top">ฮิต</a></th>
\t\t\t</tr>
\t\t</thead>
\t\t<tbody>
{rows}\t\t</tbody>
\t</table>
\t\t<div class="pagination">
\t\t\t\t\t<p class="counter pull-right">
\t\t\t\tหน้า {k + 1} จาก {n}\t\t\t</p>
\t\t\t\t<div class="pagination"><ul class="pagination-list">{"".join(lis)}</ul></div>\t</div>
\t</form>
\t</div>
</div>
</div>"""
        feed = f'\t<link href="{MENU}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />\n'
        return self.shell(
            f"{CAT} - {OFFICE}",
            content,
            f'<li class="active"><span>{CAT}</span></li>',
            head_extra=feed,
        )

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 4, i - 3, i + 6) if 0 <= j < len(self.articles)]

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def featured(self, a):
        return [x for x in self.articles[8:11] if x is not a]

    def text(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<p style="text-align: center;"><img src="/images/news/2567/{a.id}-01.jpg" alt="" width="700" height="466" /></p>',
            )
        if a.extra["attach"]:
            paras.append(
                f'<p><a href="/images/file/2567/{a.id}.pdf" target="_blank"><img src="/images/icon/pdf.png" alt="" /> ดาวน์โหลดเอกสารประกอบ</a></p>'
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        lis = "".join(
            f'\t<li>\n\t\t<a class="mod-articles-category-title " href="{h(o.path)}">{esc(o.title)}</a>\n\t\t<span class="mod-articles-category-date">{o.published:%d-%m-%Y}</span>\n\t</li>\n'
            for o in self.others(a)
        )
        paras.append(
            f'<div class="moduletable">\n\t\t\t\t\t<h3>ข่าวอื่น ๆ</h3>\n\t\t\t\t<ul class="category-module">\n{lis}</ul>\n\t\t</div>'
        )
        return "\n".join(paras)

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        tags = ""
        if a.tags:
            lis = "".join(
                f'\t\t\t\t\t\t<li class="tag-{n + 5} tag-list{n}" itemprop="keywords">\n\t\t\t\t\t<a href="/index.php/component/tags/tag/{n + 5}" class="label label-info">\n\t\t\t\t\t\t{esc(t)}\t\t\t\t\t</a>\n\t\t\t\t</li>\n'
                for n, t in enumerate(a.tags)
            )
            tags = f'\n\t<ul class="tags inline">\n{lis}\t\t\t</ul>\n'
        pager = '<ul class="pager pagenav">\n'
        if newer:
            pager += f'\t<li class="previous">\n\t\t<a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{h(newer.path)}" rel="prev">\n\t\t\t<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{esc(newer.title)}</span>\t\t</a>\n\t</li>\n'
        if older:
            pager += f'\t<li class="next">\n\t\t<a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{h(older.path)}" rel="next">\n\t\t\t<span aria-hidden="true">{esc(older.title)}</span> <span class="icon-chevron-right" aria-hidden="true"></span>\t\t</a>\n\t</li>\n'
        pager += "</ul>\n"
        share = f"""<div class="s5_addthis"><span class="s5_addthis_label">แบ่งปัน</span><div class="addthis_inline_share_toolbox" data-url="https://nan.cdd.go.th{h(a.path)}" data-title="{esc(a.title)}"></div></div>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1c9e0f3b2d4e61"></script>"""
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
\t<meta itemprop="inLanguage" content="th-TH" />
\t
\t\t
\t\t\t<div class="page-header">
\t\t\t\t\t<h2 itemprop="headline">
\t\t\t\t{esc(a.title)}\t\t\t</h2>
\t\t\t\t\t\t\t</div>
\t\t\t\t\t
<div class="icons">
\t\t\t\t<div class="btn-group pull-right">
\t\t\t\t<button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false">
\t\t\t\t<span class="icon-cog" aria-hidden="true"></span>
\t\t\t\t<span class="caret" aria-hidden="true"></span>
\t\t\t</button>
\t\t\t\t\t\t<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}">
\t\t\t\t\t\t\t\t\t<li class="print-icon"> <a href="{h(a.path)}?tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">\t\t\t<span class="icon-print" aria-hidden="true"></span>
\t\tพิมพ์\t</a> </li>
\t\t\t\t\t\t\t\t\t\t\t\t<li class="email-icon"> <a href="/index.php/component/mailto/?tmpl=component&amp;template=vertex&amp;link=7c3e{a.id}b1" title="ส่งลิงก์นี้ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">\t\t\t<span class="icon-envelope" aria-hidden="true"></span>
\t\tอีเมล\t</a> </li>
\t\t\t\t\t\t\t\t\t\t\t</ul>
\t\t\t</div>
\t\t</div>
\t\t\t
\t\t\t\t\t\t<dl class="article-info muted">
\t\t\t<dt class="article-info-term">
\t\t\t\t\t\t\t\t\tรายละเอียด\t\t\t\t\t\t\t</dt>
\t\t\t\t\t\t\t\t\t\t<dd class="category-name">
\t\t\t\t\t\t\t\t\tหมวด: <a href="{MENU}" itemprop="genre">{CAT}</a>\t</dd>
\t\t\t\t\t\t\t\t\t<dd class="published">
\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>
\t\t\t\t<time datetime="{joomla_c(a.published)}" itemprop="datePublished">
\t\t\t\t\tเผยแพร่: {ce_full_month(a.published)}\t\t\t\t</time>
\t\t\t</dd>
\t\t\t\t\t\t\t</dl>
\t\t\t\t{share}
\t\t\t\t\t\t\t\t<div itemprop="articleBody">
\t\t{self.text(a)}\t </div>

\t\t\t\t\t\t\t<dl class="article-info muted">
\t\t\t\t\t\t\t\t\t\t\t<dd class="modified">
\t\t\t\t<span class="icon-calendar" aria-hidden="true"></span>
\t\t\t\t<time datetime="{joomla_c(a.modified)}" itemprop="dateModified">
\t\t\t\t\tปรับปรุงล่าสุด: {ce_full_month(a.modified)}\t\t\t\t</time>
\t\t\t</dd>
\t\t\t\t\t\t\t\t\t\t<dd class="hits">
\t\t\t\t\t<span class="icon-eye-open" aria-hidden="true"></span>
\t\t\t\t\t<meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />
\t\t\t\t\tฮิต: {a.views}\t\t\t</dd>\t\t\t\t\t</dl>
\t\t\t\t\t{tags}
\t\t\t\t\t\t\t
{pager}\t\t\t\t\t\t</div>"""
        crumb = f'<li><a href="{MENU}" class="pathway">{CAT}</a><span class="divider"> / </span></li><li class="active"><span>{esc(a.title)}</span></li>'
        feat = "".join(
            f'<li><a href="{h(x.path)}">{esc(x.title)}</a></li>' for x in self.featured(a)
        )
        feat_mod = self.mod("ข่าว เด่น", '<ul class="mostread mod-list">' + feat + "</ul>")
        above = f'<section id="s5_above_body_wrap"><div id="s5_pos_above_body_1" class="s5_float_left" style="width:100%">{feat_mod}</div></section>'
        rel = "".join(f'<li><a href="{h(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a))
        rel_mod = self.mod("บทความ ที่เกี่ยวข้อง", '<ul class="relateditems mod-list">' + rel + "</ul>")
        below = f'<section id="s5_below_body_wrap"><div id="s5_pos_below_body_1" class="s5_float_left" style="width:100%">{rel_mod}</div></section>'
        head = f'\t<meta name="author" content="pr_nan" />\n\t<meta name="description" content="{esc(a.paras[0][:150])}" />\n'
        return self.shell(f"{a.title} - {OFFICE}", content, crumb, above, below, head)

    def deleted(self):
        content = f"""<div class="login">
\t<div class="page-header"><h1>เข้าสู่ระบบ</h1></div>
\t<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
\t\t<fieldset>
\t\t\t<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
\t\t\t<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
\t\t\t<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
\t\t\t<input type="hidden" name="return" value="{h(DELETED)}" />
\t\t</fieldset>
\t</form>
</div>"""
        page = self.shell(
            f"เข้าสู่ระบบ - {OFFICE}", content, '<li class="active"><span>เข้าสู่ระบบ</span></li>'
        )
        msg = """<div id="system-message-container">
\t<div id="system-message">
\t\t\t<div class="alert alert-error">
\t\t\t\t<a class="close" data-dismiss="alert">×</a>
\t\t\t\t\t\t<h4 class="alert-heading">ข้อผิดพลาด</h4>
\t\t\t\t<div><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</div></div>
\t\t\t</div>
\t\t</div>
\t</div>"""
        return page.replace('<div id="system-message-container">\n\t</div>', msg, 1)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แบ่งปัน",
                "เผยแพร่:",
                "ปรับปรุงล่าสุด:",
                f"ฮิต: {a.views}",
                "หมวด:",
                "พิมพ์",
                "อีเมล",
                "ข่าวอื่น ๆ",
                *[o.title for o in self.others(a)[:3]],
                "ที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                *[x.title for x in (older, newer) if x],
                *[x.title for x in self.featured(a)],
                "ผู้เข้าชมทั้งหมด",
                "จดจำการเข้าสู่ระบบ",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "เว็บไซต์นี้ใช้คุกกี้",
                "Designed by Shape5.com",
                "นโยบายคุ้มครองข้อมูลส่วนบุคคล",
            ]
            if a.extra["attach"]:
                must_not.append("ดาวน์โหลดเอกสารประกอบ")
            out.append(record(self, a, must_not))
        return out


SITE = S5VertexSite()

if __name__ == "__main__":
    main(SITE)
