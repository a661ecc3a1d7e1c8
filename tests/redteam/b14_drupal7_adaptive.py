"""Blind-14 red-team site: Drupal 7.98 with an **AdaptiveTheme** 7.x-3.x sub-theme (Pixture
Reloaded style), a provincial public health office (สำนักงานสาธารณสุขจังหวัด), built blind.

What it imitates:
- pathauto aliases under a Thai segment, `/ข่าว/<nid>`, printed percent-encoded (Drupal's
  `drupal_encode_path`, upper-case hex) in every `href`;
- the Views page `/news` (`views-view-list`, `item-list`, the created date in the Views short
  format **`m/d/Y`: month first, CE**) with Drupal's **full pager** `?page=1`, `?page=2`
  ("« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »");
- AdaptiveTheme's page: `#page`, `#header` with branding and `#menu-bar`, the breadcrumb
  `ol#crumbs` ("คุณอยู่ที่นี่"), `h1#page-title` (the headline) in `#content-column`, the node as
  `article.node.node-news` without a title of its own and without the "submitted" line
  (display_submitted off);
- the date in a Date-module field "วันที่" with the site's **Thai display format**: **Thai
  digits, BE with "พ.ศ.", weekday** "วันศุกร์ที่ ๑๖ กุมภาพันธ์ พ.ศ. ๒๕๖๗", plus
  "เวลา ๑๐:๓๐ น." only where the field holds a time;
- the body ending for some in **the office alone** as a right-aligned last line;
- inside the node (`div.content`, `nav.clearfix ul.links`): AddToAny "แบ่งปัน", the tags field
  "คำค้น:", the statistics counter "อ่าน ๑,๒๓๔ ครั้ง" (**Thai digits** from the theme's
  preprocess), Print module "ฉบับพิมพ์" / "ส่งอีเมลถึงเพื่อน" and "เข้าสู่ระบบ หรือ ลงทะเบียน
  เพื่อส่งความคิดเห็น";
- sidebar blocks "ข่าวล่าสุด" (Views, with dates), "ผู้ใช้ออนไลน์", the user login form, a footer;
  no modified date anywhere;
- the unpublished node `/node/1187`, linked from page 2, answers 200 (served from the Boost
  page cache) with the themed "ปฏิเสธการเข้าถึง" / "คุณไม่มีสิทธิ์เข้าถึงหน้านี้" page.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import esc, main, thai_digits
from .b14_common import B9Site, build, hm, record, weekday_thai_digits

OFFICE = "สำนักงานสาธารณสุขจังหวัดสุรินทร์"
SHORT = "สสจ.สุรินทร์"
SOURCES = [
    None,
    "กลุ่มงานควบคุมโรคติดต่อ สสจ.สุรินทร์",
    None,
    "กลุ่มงานส่งเสริมสุขภาพ สำนักงานสาธารณสุขจังหวัดสุรินทร์",
]
DELETED = "/node/1187"


def enc(path: str) -> str:
    return quote(path, safe="/?=&")


class AdaptiveSite(B9Site):
    key = "b14_drupal7_adaptive"
    family = "drupal"
    imitates = "Drupal 7 + AdaptiveTheme sub-theme: /ข่าว/<nid> (percent-encoded hrefs), Views list /news with the full pager ?page=N and m/d/Y (month-first) dates, h1#page-title, Date field 'วันศุกร์ที่ ๑๖ กุมภาพันธ์ พ.ศ. ๒๕๖๗' (Thai digits) + 'เวลา ๑๐:๓๐ น.' for some, office alone as the last line for some, share/tags/'อ่าน ๑,๒๓๔ ครั้ง'/print/login links inside the node"
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 109, SOURCES, dt.datetime(2023, 12, 22, 14, 0), first_id=1120, step=3
        )
        for a in self.articles:
            a.path = f"/ข่าว/{a.id}"
            a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, h1, inner, crumbs):
        latest = "".join(
            f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{enc(x.path)}">{esc(x.title)}</a></span></div><div class="views-field views-field-field-news-date"><div class="field-content"><span class="date-display-single">{thai_digits(x.published.strftime("%d/%m/")) + thai_digits(x.published.year + 543)}</span></div></div></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7"  lang="th" dir="ltr"><![endif]-->
<!--[if (gte IE 9)|(gt IEMobile 7)]><!--><html class="js" lang="th" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"><!--<![endif]-->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="shortcut icon" href="/sites/all/themes/ssj_pixture/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="MobileOptimized" content="width" /><meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<style type="text/css" media="all">@import url("/sites/default/files/adaptivetheme/ssj_pixture_files/ssj_pixture.responsive.layout.css?s5k2aq");</style>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node site-name-hidden atr-7.x-3.x atv-7.x-3.4 lang-th site-name-สสจสุรินทร์ section-node">
<div id="skip-link" class="nocontent"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="page-wrapper"><div id="page" class="container page snc-n snw-n sna-l sns-n ssc-n ssw-n ssa-l sss-n btc-n btw-b bta-l bts-n ntc-n ntw-b nta-l nts-n ctc-n ctw-b cta-l cts-n ptc-n ptw-b pta-l pts-n">
<header id="header" class="clearfix" role="banner"><div class="header-inner clearfix">
<div id="branding" class="branding-elements clearfix"><div id="logo"><a href="/" title="หน้าแรก"><img class="site-logo" typeof="foaf:Image" src="/sites/default/files/logo-moph.png" alt="{OFFICE}" /></a></div><hgroup class="element-invisible" id="name-and-slogan"><h1 id="site-name"><a href="/" title="หน้าแรก">{SHORT}</a></h1><h2 id="site-slogan">{OFFICE}</h2></hgroup></div>
<div class="region region-header"><div class="region-inner clearfix"><div id="block-block-7" class="block block-block no-title odd first last block-count-1 block-region-header block-7"><div class="block-inner clearfix"><div class="block-content content"><p class="fontsize">ขนาดตัวอักษร <a href="#" class="fs-s">ก</a> <a href="#" class="fs-m">ก</a> <a href="#" class="fs-l">ก</a></p></div></div></div></div></div>
</div></header>
<div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix odd first last block-count-2 block-region-menu-bar block-main-menu" role="navigation"><h2 class="element-invisible block-title">เมนูหลัก</h2><ul class="menu clearfix"><li class="first leaf menu-depth-1 menu-item-218"><a href="/">หน้าแรก</a></li><li class="leaf menu-depth-1 menu-item-461"><a href="/about">เกี่ยวกับ สสจ.</a></li><li class="leaf active-trail menu-depth-1 menu-item-462"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf menu-depth-1 menu-item-470"><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li class="last leaf menu-depth-1 menu-item-475"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
<div id="breadcrumb" class="clearfix"><nav class="breadcrumb-wrapper clearfix" role="navigation" aria-labelledby="breadcrumb-label"><h2 class="element-invisible" id="breadcrumb-label">คุณอยู่ที่นี่</h2><ol id="crumbs" class="clearfix">{crumbs}</ol></nav></div>
<div id="columns" class="columns clearfix"><main id="content-column" class="content-column" role="main"><div class="content-inner">
<section id="main-content"><header id="main-content-header" class="clearfix"><h1 id="page-title">{h1}</h1></header>
<div id="content" class="region"><div id="block-system-main" class="block block-system no-title odd first last block-count-3 block-region-content block-main"><div class="block-inner clearfix"><div class="block-content content">
{inner}
</div></div></div></div>
</section></div></main>
<div class="region region-sidebar-second sidebar"><div class="region-inner clearfix">
<section id="block-views-news-block-1" class="block block-views odd first block-count-4 block-region-sidebar-second block-news-block-1"><div class="block-inner clearfix"><h2 class="block-title">ข่าวล่าสุด</h2><div class="block-content content"><div class="view view-news view-id-news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div></section>
<section id="block-user-online" class="block block-user even block-count-5 block-region-sidebar-second block-online" role="complementary"><div class="block-inner clearfix"><h2 class="block-title">ผู้ใช้ออนไลน์</h2><div class="block-content content">ขณะนี้มีผู้ใช้ 0 คน และผู้เยี่ยมชม 17 คน ออนไลน์</div></div></section>
<section id="block-user-login" class="block block-user odd last block-count-6 block-region-sidebar-second block-login" role="form"><div class="block-inner clearfix"><h2 class="block-title">เข้าสู่ระบบ</h2><div class="block-content content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div></section>
</div></div>
</div>
<footer id="footer" class="clearfix" role="contentinfo"><div id="footer-wrapper"><div class="region region-footer"><div class="region-inner clearfix"><div id="block-block-3" class="block block-block no-title odd first last block-count-7 block-region-footer block-3"><div class="block-inner clearfix"><div class="block-content content"><p>{OFFICE} 1/1 ถนนสุรินทร์ภักดี ตำบลในเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000 โทร. 044-511-072</p><p>ผู้เข้าชมทั้งหมด 731,560 ครั้ง</p></div></div></div></div></div></div></footer>
</div></div>
<script type="text/javascript" src="/sites/default/files/js/js_xAPl0qIk9eowy_iS9tNkCWXLUVoat94SQT48UBCFkyQ.js"></script>
</body>
</html>"""

    def when(self, a):
        s = weekday_thai_digits(a.published)
        if a.time_printed:
            s += " " + thai_digits(f"เวลา {hm(a.published)} น.")
        return s

    def listing(self, k):
        rows = [(a.path, a.title, a.published) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                6,
                (
                    DELETED,
                    "ประกาศสำนักงานสาธารณสุขจังหวัดสุรินทร์ เรื่อง รับสมัครลูกจ้างชั่วคราว (ร่าง)",
                    dt.datetime(2023, 10, 30, 9, 0),
                ),
            )
        lis = "".join(
            f'<li class="views-row views-row-{i + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="{enc(path)}">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d.month:02d}/{d.day:02d}/{d.year}</span></div></li>'
            for i, (path, title, d) in enumerate(rows)
        )
        n = len(self.pages)
        pg = []
        if k:
            pg.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            pg.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{self.page_url(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            pg.append(
                f'<li class="pager-current">{j + 1}</li>'
                if j == k
                else f'<li class="pager-item"><a title="ไปหน้าที่ {j + 1}" href="{self.page_url(j)}">{j + 1}</a></li>'
            )
        if k < n - 1:
            pg.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{self.page_url(k + 1)}">ถัดไป ›</a></li>'
            )
            pg.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{self.page_url(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        inner = f'<div class="view view-news view-id-news view-display-id-page view-dom-id-8f1c"><div class="view-content"><div class="item-list"><ul>{lis}</ul></div></div><h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager clearfix">{"".join(pg)}</ul></div></div>'
        crumbs = '<li class="crumb crumb-first"><a href="/">หน้าแรก</a></li><li class="crumb crumb-last"><span class="crumb-separator"> &#187; </span>ข่าวประชาสัมพันธ์</li>'
        return self.shell(f"ข่าวประชาสัมพันธ์ | {OFFICE}", "ข่าวประชาสัมพันธ์", inner, crumbs)

    def detail(self, a):
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f'<p style="text-align: right;">{esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">คำค้น:&nbsp;</h2><ul class="field-items">'
                + "".join(
                    f'<li class="field-item {"even" if i % 2 else "odd"}"><a href="/taxonomy/term/{40 + i}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul></section>"
            )
        views = thai_digits(f"{a.views:,}")
        inner = f"""<article id="node-{a.id}" class="node node-news node-promoted article odd iat-n node-full clearfix" about="{enc(a.path)}" typeof="sioc:Item foaf:Document" role="article">
<span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
<div class="node-content">
<div class="field field-name-field-news-date field-type-datetime field-label-inline clearfix view-mode-full"><div class="field-label">วันที่:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="date-display-single">{self.when(a)}</span></div></div></div>
<div class="field field-name-field-image field-type-image field-label-hidden view-mode-full"><div class="field-items"><figure class="clearfix field-item even"><img typeof="foaf:Image" class="image-style-large" src="/sites/default/files/styles/large/public/news/{a.id}.jpg" width="480" height="320" alt="" /></figure></div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-full"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
<div class="a2a_kit a2a_kit_size_24 addtoany_list" data-a2a-url="{enc(a.path)}"><span class="a2a-label">แบ่งปัน</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={enc(a.path)}"></a></div>
{tags}
</div>
<nav class="clearfix"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {views} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li><li class="print_mail"><a href="/printmail/{a.id}" title="ส่งลิงก์หน้านี้ทางอีเมล" class="print-mail" rel="nofollow">ส่งอีเมลถึงเพื่อน</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อส่งความคิดเห็น</span></li></ul></nav>
</article>"""
        crumbs = f'<li class="crumb crumb-first"><a href="/">หน้าแรก</a></li><li class="crumb"><span class="crumb-separator"> &#187; </span><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="crumb crumb-last"><span class="crumb-separator"> &#187; </span>{esc(a.title)}</li>'
        return self.shell(f"{a.title} | {OFFICE}", esc(a.title), inner, crumbs)

    def deleted(self):
        inner = "<p>คุณไม่มีสิทธิ์เข้าถึงหน้านี้</p>"
        crumbs = '<li class="crumb crumb-first"><a href="/">หน้าแรก</a></li>'
        return self.shell(f"ปฏิเสธการเข้าถึง | {OFFICE}", "ปฏิเสธการเข้าถึง", inner, crumbs)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "วันที่:",
                "แบ่งปัน",
                "คำค้น:",
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "ฉบับพิมพ์",
                "ส่งอีเมลถึงเพื่อน",
                "เพื่อส่งความคิดเห็น",
                "ข่าวล่าสุด",
                self.articles[0].title if a is not self.articles[0] else self.articles[1].title,
                "ผู้ใช้ออนไลน์",
                "ขอรหัสผ่านใหม่",
                "ผู้เข้าชมทั้งหมด 731,560 ครั้ง",
                "ขนาดตัวอักษร",
            ]
            out.append(record(self, a, must_not, modified=False))
        return out


SITE = AdaptiveSite()

if __name__ == "__main__":
    main(SITE)
