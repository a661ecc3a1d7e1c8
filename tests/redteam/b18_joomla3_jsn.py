"""Blind-18 red-team site (part B): **Joomla 3.10 with a JoomlaShine template** (JSN Boot / JSN
template framework) for a provincial administrative organisation (องค์การบริหารส่วนจังหวัดน่าน),
with **AddToAny** and **JComments** inside the article, built blind.

What it imitates:
- `body#jsn-master`, `div#jsn-page`, `#jsn-header`, `#jsn-menu` (mega menu), `#jsn-pos-breadcrumbs`,
  `#jsn-leftsidecontent`, `#jsn-maincontent` > `#jsn-centercol` > `#jsn-mainbody-content` >
  `#jsn-mainbody`, `#jsn-rightsidecontent` with `div.jsn-modulecontainer` modules
  ("ข่าวล่าสุด" mod_articles_latest, "ข่าวยอดนิยม" mod_articles_popular, "สถิติผู้เยี่ยมชม" counter),
  `#jsn-footer`, a PDPA cookie bar;
- the JSN framework's com_content article override: `div.item-page` (schema.org Article), the
  menu item's **page heading `h1` "ข่าวประชาสัมพันธ์" above the headline `h2[itemprop=headline]`**;
  `div.jsn-article-toolbar` with `dl.article-info` **above** the text (info block position
  "above and below"): "หมวด: ข่าวประชาสัมพันธ์", "เผยแพร่: 14 กุมภาพันธ์ 2024" — th-TH
  DATE_FORMAT_LC3 `d F Y`, Thai month with the **CE year**, the **time only in `<time datetime>`**;
  a cog dropdown with "พิมพ์" / "อีเมล"; and a second toolbar **below** the text with
  "ปรับปรุงล่าสุด: …" (every item; equal to the creation when never edited) and "ฮิต: 1234";
  tags `ul.tags.inline` below;
- article URLs `/index.php/pr-news/{id}-{alias}` where the alias is Joomla 3's fallback for a
  Thai title: **the save time in UTC** `2024-02-14-03-30-12` (seven hours behind the local
  publishing time; on items posted before 07:00 the alias names **the day before**);
- category blog listing `/index.php/pr-news`, `?start=8`, `?start=16` (Joomla's query pagination,
  "หน้าแรก ก่อนหน้า 1 2 3 ถัดไป หน้าสุดท้าย", "หน้า 2 จาก 3");
- the text in `div[itemprop=articleBody]` ends, for some items, in "ข่าว/ภาพ : office" or
  "ที่มา : office"; the AddToAny plugin appends its kit ("แชร์ข่าวนี้" + buttons) **inside the
  articleBody**, and the pagenav plugin (prev/next, titles in `title` attributes) and JComments
  ("ความคิดเห็น (0)", "เพิ่มความคิดเห็น", name/e-mail/captcha form, "JComments") follow inside
  `div.item-page`;
- the unpublished item linked from page 2 answers 200 with Joomla's
  "คุณไม่ได้รับอนุญาตให้เข้าดูข้อมูลนี้" system message and the com_users login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b18b_common import B9Site, build, ce_thai_month, joomla_c, neighbours, record

SITE_NAME = "องค์การบริหารส่วนจังหวัดน่าน"
SECTION = "/index.php/pr-news"
SOURCES = [
    "งานประชาสัมพันธ์ อบจ.น่าน",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    None,
    None,
    "กองยุทธศาสตร์และงบประมาณ อบจ.น่าน",
    None,
]


def utc_alias(d: dt.datetime, sec: int) -> str:
    u = (d - dt.timedelta(hours=7)).replace(tzinfo=None)
    return u.strftime("%Y-%m-%d-%H-%M-") + f"{sec:02d}"


class JsnSite(B9Site):
    key = "b18_joomla3_jsn"
    family = "joomla"
    imitates = "Joomla 3.10 + JoomlaShine (JSN framework) template, อบจ.: page heading h1 'ข่าวประชาสัมพันธ์' above h2[itemprop=headline], dl.article-info above ('เผยแพร่: 14 กุมภาพันธ์ 2024', CE year, time only in <time datetime>) and below ('ปรับปรุงล่าสุด' every item, 'ฮิต: N'), URLs /index.php/pr-news/{id}-{UTC save-time alias}, ?start=8 query pagination, AddToAny kit inside articleBody, pagenav + JComments form inside item-page, 'ข่าว/ภาพ :' / 'ที่มา :' last lines; unpublished item = 200 'not authorised' + login form"
    listing_path = SECTION
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 7, SOURCES, dt.datetime(2024, 3, 28, 18, 0), first_id=412, step=3
        )
        for i, a in enumerate(self.articles):
            if i % 5 == 2:  # posted before seven in the morning: the UTC alias names the day before
                a.published = a.published.replace(hour=6, minute=10 + i)
            a.path = f"{SECTION}/{a.id}-{utc_alias(a.published, (a.id * 7) % 60)}"
            a.extra["upd"] = a.modified or a.published
        d = self.articles[11]
        self.deleted_id = d.id + 1
        self.deleted_path = (
            f"{SECTION}/{self.deleted_id}-{utc_alias(d.published + dt.timedelta(hours=5), 41)}"
        )
        self.setup_routes()

    def page_url(self, k):
        return SECTION if k == 0 else f"{SECTION}?start={k * self.per_page}"

    def deleted_paths(self):
        return [self.deleted_path]

    # ------------------------------------------------------------ shell

    def module(self, title, inner, sfx=""):
        return f"""<div class="jsn-modulecontainer{sfx}"><div class="jsn-modulecontainer_inner"><h3 class="jsn-moduletitle"><span class="jsn-moduleicon">{title}</span></h3><div class="jsn-modulecontent">
{inner}
<div class="clearbreak"></div></div></div></div>"""

    def shell(self, content, title):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        popular = sorted(self.articles, key=lambda x: -x.views)[:5]
        pop = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in popular
        )
        counter = """<div class="vcnt"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vcnt_table">
<tr><td class="vcnt_left">วันนี้</td><td class="vcnt_right">214</td></tr>
<tr><td class="vcnt_left">เมื่อวานนี้</td><td class="vcnt_right">388</td></tr>
<tr><td class="vcnt_left">สัปดาห์นี้</td><td class="vcnt_right">1502</td></tr>
<tr><td class="vcnt_left">เดือนนี้</td><td class="vcnt_right">8120</td></tr>
<tr><td class="vcnt_left">ทั้งหมด</td><td class="vcnt_right">1208744</td></tr>
</table><div class="vcnt_ip">IP ของคุณ: 127.0.0.1</div></div>"""
        return f"""<!DOCTYPE html>
<!-- jsn_boot_pro 2.1.2 -->
<html lang="th-th" dir="ltr">
<head>
	<meta http-equiv="content-type" content="text/html; charset=utf-8" />
	<meta name="keywords" content="อบจ.น่าน, องค์การบริหารส่วนจังหวัดน่าน" />
	<meta name="description" content="{SITE_NAME}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="/templates/jsn_boot_pro/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
	<link href="/plugins/system/jsntplframework/assets/3rd-party/bootstrap/css/bootstrap-frontend.min.css" rel="stylesheet" type="text/css" />
	<link href="/templates/jsn_boot_pro/css/template.css" rel="stylesheet" type="text/css" />
	<link href="/templates/jsn_boot_pro/css/colors/blue.css" rel="stylesheet" type="text/css" />
	<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" type="text/css" />
	<script src="/media/jui/js/jquery.min.js?1f2e3d"></script>
	<script src="/plugins/system/jsntplframework/assets/joomlashine/js/utils.js"></script>
	<script src="/templates/jsn_boot_pro/js/jsn_template.js"></script>
	<script src="https://static.addtoany.com/menu/page.js" async></script>
	<script type="text/javascript">JSNTemplate.initTemplate({{templatePrefix:"jsn_boot_pro_",templatePath:"/templates/jsn_boot_pro",enableRTL:0,enableGotopLink:1,enableMobile:1,enableMobileMenuSticky:1,enableDesktopMenuSticky:0,responsiveLayout:["mobile","tablet","wide"],mobileMenuEffect:"default"}});</script>
</head>
<body id="jsn-master" class="jsn-textstyle-business jsn-color-blue jsn-direction-ltr jsn-responsive jsn-mobile jsn-joomla-30  jsn-com-content jsn-view-{"article" if "item-page" in content else "category"} jsn-itemid-137">
	<a name="top" id="top"></a>
	<div id="jsn-topbar"><div id="jsn-pos-topbar"><div class="jsn-modulecontainer"><div class="custom"><p><a href="#jsn-maincontent">ข้ามไปยังเนื้อหา</a> | ขนาดตัวอักษร <a href="#" onclick="javascript: JSNUtils.setTextSize('down'); return false;">ก-</a> <a href="#" onclick="javascript: JSNUtils.setTextSize('reset'); return false;">ก</a> <a href="#" onclick="javascript: JSNUtils.setTextSize('up'); return false;">ก+</a></p></div></div></div></div>
	<div id="jsn-page">
		<div id="jsn-header">
			<div id="jsn-logo" class="pull-left"><a href="/index.php" title="{SITE_NAME}"><img src="/images/logo-pao-nan.png" alt="{SITE_NAME}" id="jsn-logo-desktop" /></a></div>
			<div id="jsn-headerright" class="pull-right"><div id="jsn-pos-top"><div class="jsn-modulecontainer"><div class="search"><form action="/index.php/pr-news" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="137" /></form></div></div></div></div>
			<div class="clearbreak"></div>
		</div>
		<div id="jsn-body">
			<div id="jsn-menu"><div id="jsn-pos-mainmenu"><div class="_menu jsn-modulecontainer"><div class="jsn-modulecontainer_inner"><div class="jsn-modulecontent"><span class="jsn-menu-toggle">เมนู</span>
<ul class="menu-mainmenu">
<li class="first"><a href="/index.php"><span>หน้าหลัก</span></a></li><li class="parent"><a href="/index.php/about"><span>ข้อมูลหน่วยงาน</span></a><ul><li><a href="/index.php/about/history"><span>ประวัติ</span></a></li><li><a href="/index.php/about/structure"><span>โครงสร้างองค์กร</span></a></li></ul></li><li class="active current"><a class="current" href="{SECTION}"><span>ข่าวประชาสัมพันธ์</span></a></li><li><a href="/index.php/procurement"><span>ข่าวจัดซื้อจัดจ้าง</span></a></li><li><a href="/index.php/ita"><span>ITA</span></a></li><li class="last"><a href="/index.php/contact"><span>ติดต่อเรา</span></a></li>
</ul><div class="clearbreak"></div></div></div></div></div><div class="clearbreak"></div></div>
			<div id="jsn-content" class="jsn-hasright">
				<div id="jsn-content_inner"><div id="jsn-content_inner1"><div id="jsn-content_inner2"><div id="jsn-content_inner3"><div id="jsn-content_inner4"><div id="jsn-content_inner5"><div id="jsn-content_inner6"><div id="jsn-content_inner7" class="row-fluid">
					<div id="jsn-maincontent" class="span9 order1"><div id="jsn-maincontent_inner" class="row-fluid">
						<div id="jsn-centercol" class="span12 order1"><div id="jsn-centercol_inner">
							<div id="jsn-pos-breadcrumbs"><ul class="breadcrumb "><li><a href="/index.php" class="pathway">หน้าหลัก</a></li><li><span class="divider"><img src="/media/system/images/arrow.png" alt="" /></span></li>{"<li><a href='" + SECTION + "' class='pathway'>ข่าวประชาสัมพันธ์</a></li><li><span class='divider'></span></li><li><span>" + esc(title) + "</span></li>" if "item-page" in content else "<li><span>ข่าวประชาสัมพันธ์</span></li>"}</ul></div>
							<div id="jsn-mainbody-content" class="jsn-hasmainbody"><div id="jsn-mainbody-content_inner"><div id="jsn-mainbody-content_inner2"><div id="jsn-mainbody-content_inner3"><div id="jsn-mainbody-content_inner4">
								<div id="jsn-mainbody">
									<div id="system-message-container"></div>
{content}
								</div>
							</div></div></div></div></div>
						</div></div>
					</div></div>
					<div id="jsn-rightsidecontent" class="span3 order2"><div id="jsn-rightsidecontent_inner"><div id="jsn-pos-right">
{self.module("ข่าวล่าสุด", f'<ul class="latestnews mod-list">{latest}</ul>', " ")}
{self.module("ข่าวยอดนิยม", f'<ul class="mostread mod-list">{pop}</ul>', " ")}
{self.module("สถิติผู้เยี่ยมชม", counter, " ")}
					</div></div></div>
				</div></div></div></div></div></div></div></div>
			</div>
		</div>
		<div id="jsn-footer"><div id="jsn-footermodules" class="jsn-modulescontainer jsn-modulescontainer2 row-fluid">
			<div id="jsn-pos-footer" class="span6"><div class="jsn-modulecontainer"><div class="custom"><p>{SITE_NAME} 19 ถนนสุมนเทวราช ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0-5471-0154</p></div></div></div>
			<div id="jsn-pos-bottom" class="span6"><div class="jsn-modulecontainer"><div class="custom"><p>Copyright © 2567 {SITE_NAME}. สงวนลิขสิทธิ์</p></div></div></div>
		</div></div>
	</div>
	<a id="jsn-gotoplink" href="#top"><span>ไปด้านบน</span></a>
	<div id="pdpa-bar" class="cookie-consent"><p>เว็บไซต์นี้มีการใช้คุกกี้ (Cookies) เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a href="/index.php/privacy-policy">นโยบายความเป็นส่วนตัว</a></p><button class="btn btn-primary">ยอมรับ</button></div>
</body>
</html>"""

    # ------------------------------------------------------------ listing

    def blog_item(self, path, title, d, hits, intro):
        return f"""<div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
	<div class="jsn-article-toolbar"><div class="article-info muted full-left"><dl class="article-info"><dt class="article-info-term">รายละเอียด</dt>
		<dd class="published"><i class="icon-calendar"></i> <time datetime="{joomla_c(d)}" itemprop="datePublished">เผยแพร่: {ce_thai_month(d)}</time></dd>
		<dd class="hits"><i class="icon-eye-open"></i> <meta itemprop="interactionCount" content="UserPageVisits:{hits}" />ฮิต: {hits}</dd>
	</dl></div><div class="clearbreak"></div></div>
	<p>{esc(intro)}</p>
	<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(title[:30])}...</a></p>
</div></div>"""

    def listing(self, k):
        rows = []
        for a in self.pages[k]:
            rows.append(
                self.blog_item(a.path, a.title, a.published, a.views, a.paras[0][:160] + "…")
            )
            if k == 1 and a is self.articles[11]:
                rows.append(
                    self.blog_item(
                        self.deleted_path,
                        "อบจ.น่าน ประชาสัมพันธ์รับสมัครนักกีฬาเยาวชนประจำปี 2567",
                        a.published + dt.timedelta(hours=5),
                        3,
                        "องค์การบริหารส่วนจังหวัดน่าน ขอเชิญชวนเยาวชนในพื้นที่สมัครเข้าร่วมคัดเลือกเป็นนักกีฬา…",
                    )
                )
        n = len(self.pages)
        links = []

        def li(label, kk, cls=""):
            if kk is None:
                return f'<li class="disabled"><a>{label}</a></li>'
            return f'<li{cls}><a href="{self.page_url(kk)}" class="pagenav">{label}</a></li>'

        links.append(li("หน้าแรก", 0 if k else None))
        links.append(li("ก่อนหน้า", k - 1 if k else None))
        for kk in range(n):
            links.append(
                '<li class="active"><a>' + str(kk + 1) + "</a></li>"
                if kk == k
                else li(str(kk + 1), kk)
            )
        links.append(li("ถัดไป", k + 1 if k < n - 1 else None))
        links.append(li("หน้าสุดท้าย", n - 1 if k < n - 1 else None))
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
	<div class="items-leading clearfix"></div>
	<div class="items-row cols-1 row-0 row-fluid clearfix">
{"".join(rows)}
	</div>
	<div class="pagination">
		<p class="counter pull-right"> หน้า {k + 1} จาก {n} </p>
		<ul>{"".join(links)}</ul>
	</div>
</div>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------ article

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            label = "ข่าว/ภาพ" if a.id % 2 else "ที่มา"
            body += f"<p><strong>{label} : </strong>{esc(a.source)}</p>"
        a2a = f"""<div class="a2a_kit a2a_kit_size_32 a2a_default_style" data-a2a-url="{a.path}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">แชร์ข่าวนี้</span>
<a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_button_email"></a><a class="a2a_dd" href="https://www.addtoany.com/share">Share</a></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{5 + i} tag-list{i}" itemprop="keywords"><a href="/index.php/component/tags/tag/{5 + i}" class="label label-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        jc = f"""<script type="text/javascript">var jcomments=new JComments({a.id}, 'com_content','/index.php?option=com_jcomments&amp;tmpl=component');jcomments.setList('comments-list');</script>
<div id="jc">
<div id="comments"><h4>ความคิดเห็น (0)</h4><div class="comments-list" id="comments-list-0"></div></div>
<a id="addcomments" href="#addcomments"></a>
<form id="comments-form" name="comments-form" action="javascript:void(null);">
<h4>เพิ่มความคิดเห็น</h4>
<p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">ชื่อ (ต้องระบุ)</label></span></p>
<p><span><input id="comments-form-email" type="text" name="email" value="" size="22" tabindex="2" /><label for="comments-form-email">อีเมล์ (ต้องระบุ, แต่จะไม่แสดงผล)</label></span></p>
<p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p>
<p><span><img class="captcha" onclick="jcomments.clear('captcha');" id="comments-form-captcha-image" src="/index.php?option=com_jcomments&amp;task=captcha&amp;tmpl=component&amp;ac=58241" width="121" height="60" alt="รหัสป้องกันสแปม" /><br /><span class="captcha" onclick="jcomments.clear('captcha');">รีเฟรช</span><br /><input class="captcha" id="comments-form-captcha" type="text" name="captcha_refid" value="" size="5" tabindex="6" /><br /></span></p>
<div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" onclick="jcomments.saveComment();return false;" title="ส่ง (Ctrl+Enter)">ส่ง</a></div></div><div class="btn" id="comments-form-cancel" style="display:none;"><div><a href="#" tabindex="8" onclick="return false;" title="ยกเลิก">ยกเลิก</a></div></div><div style="clear:both;"></div></div>
<input type="hidden" name="object_id" value="{a.id}" /><input type="hidden" name="object_group" value="com_content" />
</form>
<div id="comments-footer" align="center"><a href="http://www.joomlatune.ru" title="JComments" target="_blank">JComments</a></div>
</div>"""
        upd = a.extra["upd"]
        content = f"""<div class="item-page" itemscope itemtype="http://schema.org/Article">
	<meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="https://google.com/article" content=""/>
	<meta itemprop="inLanguage" content="th-TH" />
	<div class="page-header">
		<h1> ข่าวประชาสัมพันธ์ </h1>
	</div>
	<div class="page-header">
		<h2 itemprop="headline">
			{esc(a.title)}
		</h2>
	</div>
	<div class="jsn-article-toolbar">
		<div class="article-info muted full-left">
			<dl class="article-info">
			<dt class="article-info-term">รายละเอียด</dt>
				<dd class="createdby"><span itemprop="author" itemtype="http://schema.org/Person">เขียนโดย <span itemprop="name">ผู้ดูแลระบบ</span></span></dd>
				<dd class="category-name">หมวด: <a href="{SECTION}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
				<dd class="published"><i class="icon-calendar"></i> <time datetime="{joomla_c(a.published)}" itemprop="datePublished">เผยแพร่: {ce_thai_month(a.published)}</time></dd>
			</dl>
		</div>
		<div class="btn-group pull-right">
			<a class="btn dropdown-toggle" data-toggle="dropdown" href="#" role="button"> <i class="icon-cog"></i> <span class="caret"></span></a>
			<ul class="dropdown-menu">
				<li><i class="print-icon"></i><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a> </li>
				<li> <i class="email-icon"></i> <a href="/index.php/component/mailto/?tmpl=component&amp;template=jsn_boot_pro&amp;link=aHR0cHM6Ly93d3cucGFvLW5hbi5nby50aA" title="ส่งลิงก์นี้ให้เพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a> </li>
			</ul>
		</div>
		<div class="clearbreak"></div>
	</div>
	<div itemprop="articleBody">
		{body}
{a2a}
	</div>
	<div class="jsn-article-toolbar">
		<div class="article-info muted" style="float:none">
			<dl class="article-info" style="float:none">
				<dd class="modified"><i class="icon-calendar"></i> <time datetime="{joomla_c(upd)}" itemprop="dateModified">ปรับปรุงล่าสุด: {ce_thai_month(upd)}</time></dd>
				<dd class="hits"><i class="icon-eye-open"></i> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
			</dl>
		</div>
	</div>
	{tags}
	{nav}
{jc}
</div>"""
        return self.shell(content, a.title)

    def deleted(self):
        content = """<div id="system-message">
<div class="alert alert-error"><a class="close" data-dismiss="alert">×</a>
<h4 class="alert-heading">ข้อผิดพลาด</h4>
<div><p>คุณไม่ได้รับอนุญาตให้เข้าดูข้อมูลนี้</p></div>
</div></div>
<div class="login">
	<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="form-validate form-horizontal well">
		<fieldset>
			<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
			<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
			<div class="control-group"><label class="control-label">จดจำการเข้าสู่ระบบ</label><div class="controls"><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes" /></div></div>
			<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
			<input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMzc=" /><input type="hidden" name="1f0c5a7e93b2d4a68c7e1b20d94f3a55" value="1" />
		</fieldset>
	</form>
</div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell(content, "เข้าสู่ระบบ")

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            popular = [x for x in sorted(self.articles, key=lambda x: -x.views)[:5] if x is not a]
            save = a.modified
            a.modified = a.extra["upd"]
            must_not = [
                "แชร์ข่าวนี้",
                "ความคิดเห็น (0)",
                "เพิ่มความคิดเห็น",
                "อีเมล์ (ต้องระบุ, แต่จะไม่แสดงผล)",
                "JComments",
                "ฮิต:",
                "ปรับปรุงล่าสุด:",
                "เผยแพร่:",
                "สถิติผู้เยี่ยมชม",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "ก่อนหน้า",
                popular[0].title,
                (older or newer).title,
                "ข่าว/ภาพ :",
                "ที่มา :",
            ]
            out.append(record(self, a, must_not, published_time=True))
            a.modified = save
        return out


SITE = JsnSite()

if __name__ == "__main__":
    main(SITE)
