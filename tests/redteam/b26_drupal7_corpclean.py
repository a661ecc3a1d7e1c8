"""Blind-26 red-team site: **Drupal 7 with the Corporate Clean theme** (More than (just)
Themes / Drupalizing), Thai interface translation, a provincial tourism and sports office
(สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน), built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name=Generator content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `/sites/all/themes/corporateclean/...`, `/sites/default/files/...`,
  `jQuery.extend(Drupal.settings, ...)`, `/rss.xml`, RDFa `xmlns:` prefixes on `<html>`;
- pathauto **without transliteration**: Thai URL aliases `/content/<title with dashes>`
  (percent-encoded in hrefs by `drupal_encode_path`), punctuation stripped, cut at 100 chars;
- Corporate Clean's shell: `#header-top` (search), `#header` with `#logo` and the superfish
  `#main-navigation`, `#content > .container`, `#main` with `#breadcrumb` (» separators),
  `h1#page-title`, `#sidebar-first` (text-resize "ขนาดตัวอักษร", "ข่าวล่าสุด", user login,
  site-wide visitor counter), `#footer` columns and `#footer-bottom` credits;
- core D7 `node.tpl.php`: `div.submitted` whose RDF span `property="dc:date dc:created"
  content="...+07:00"` wraps **"ส่งโดย pr_nan เมื่อ พฤ, 03/14/2024 - 10:30"** (D7's default
  *medium* format `D, m/d/Y - H:i`: **month first, US order**, CE year, weekday abbreviated);
  `div.content` with Service Links "แบ่งปัน" **before the body**, `field-name-body`,
  `field-name-field-image` (some), the file table "ไฟล์แนบ" / "ขนาด" (some), an inline
  `field-name-field-source` "ที่มา:" (3 in 5), tags "แท็ก:", and **flippy's pager with both
  neighbour titles inside the node content**; `ul.links.inline` with statistics
  **"อ่าน 1,234 ครั้ง"**, print module "ฉบับพิมพ์", forward "ส่งต่อ" and the comment
  prompt "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น"; `#comments` with a visitor's
  comment on some items; a "ข่าวที่เกี่ยวข้อง" (similar by terms) block in the content region;
- EU Cookie Compliance popup markup at the end.
Listing: Views page `/news`, D7 `ul.pager` with `?page=1`, `?page=2` (0-based, full paths),
"« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »"; teasers with submitted line,
trimmed body, "อ่านต่อ" and the counter.
Deleted: an unpublished node whose alias is still linked from page 2; LoginToboggan shows the
login form on access denied, served 200 with "ไม่อนุญาตให้เข้าถึง".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)

OFFICE = "สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน"
HOST = "https://nan.mots.go.th"
SOURCES = ["ททท. สำนักงานน่าน", None, "สำนักงานประชาสัมพันธ์จังหวัดน่าน", "ศูนย์ข้อมูลข่าวสาร", None]
PER_PAGE = 10
USER = "pr_nan"
WD_ABBR = ["จ", "อ", "พ", "พฤ", "ศ", "ส", "อา"]
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือก (ยกเลิก)"


def d7_medium(d: dt.datetime) -> str:
    """Drupal 7's default medium date format 'D, m/d/Y - H:i' (weekday translated)."""
    return f"{WD_ABBR[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def alias(title: str) -> str:
    s = re.sub(r"[\"'“”‘’()\[\],.:;!?/\\&#%]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    return "/content/" + s[:100].strip("-")


def href(path: str) -> str:
    return quote(path, safe="/")


class CorporateCleanSite(BaseSite):
    key = "b26_drupal7_corpclean"
    family = "drupal"
    imitates = "Drupal 7 + Corporate Clean theme, Thai translation: Views page /news?page=N (0-based ul.pager); untransliterated Thai pathauto aliases /content/<title>; h1#page-title; submitted 'ส่งโดย user เมื่อ พฤ, 03/14/2024 - 10:30' (D7 medium format, month first, CE) wrapped in RDF dc:created content +07:00; Service Links before the body, file table, inline 'ที่มา:' field, tags, flippy pager with neighbour titles inside node content; 'อ่าน N ครั้ง', ฉบับพิมพ์, ส่งต่อ, comment prompt, comments; similar-by-terms block; deleted = unpublished node, LoginToboggan login form at 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 5, 20, 17, 0, tzinfo=TZ), offset=31
        )
        nid = 2871
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 4
            a.time_printed = True
            a.modified = None  # D7 prints no changed date
            a.source = SOURCES[i % len(SOURCES)]
            a.path = alias(a.title)
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
            a.extra["comments"] = i % 5 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        self.deleted = alias(DELETED_TITLE)

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra=""):
        latest = "".join(
            f'<li class="views-row"><a href="{href(a.path)}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{HOST}/sites/all/themes/corporateclean/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
{head_extra}  <title>{esc(title)}</title>
  <style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base.css?s1k2b9");
@import url("{HOST}/modules/node/node.css?s1k2b9");
@import url("{HOST}/sites/all/modules/service_links/css/service_links.css?s1k2b9");
@import url("{HOST}/sites/all/modules/flippy/flippy.css?s1k2b9");
@import url("{HOST}/sites/all/modules/eu_cookie_compliance/css/eu_cookie_compliance.css?s1k2b9");
@import url("{HOST}/sites/all/themes/corporateclean/style.css?s1k2b9");
@import url("{HOST}/sites/all/themes/corporateclean/color/colors.css?s1k2b9");
</style>
  <script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?s1k2b9"></script>
<script type="text/javascript" src="{HOST}/sites/all/themes/corporateclean/js/superfish.js?s1k2b9"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"corporateclean","theme_token":"Qm3vX1pL0aR7kT2eW9sZ"}},"text_resize":{{"text_resize_scope":"main","text_resize_minimum":"12","text_resize_maximum":"25","text_resize_line_height_allow":0}},"eu_cookie_compliance":{{"popup_enabled":1,"popup_agreed_enabled":0,"popup_position":0}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} one-sidebar sidebar-first i18n-th">
  <div id="skip-link">
    <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
    <!-- #header-top -->
<div id="header-top" class="clearfix">
    <div class="container">
        <div id="header-top-left" class="clearfix">
            <div class="region region-header-top-left">
  <div id="block-block-3" class="block block-block"><div class="content"><p>โทร 0-5471-6171 | อีเมล nan@mots.go.th</p></div></div>
</div>
        </div>
        <div id="header-top-right" class="clearfix">
            <div class="region region-header-top-right">
  <div id="block-search-form" class="block block-search"><div class="content">
<form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">แบบฟอร์มค้นหา</h2>
    <div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">ค้นหา </label><input title="ใส่คำที่ต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" />
</div></div></form>  </div></div>
</div>
        </div>
    </div>
</div>
<!-- EOF: #header-top -->
<!-- #header -->
<div id="header">
    <div class="container">
        <div id="header-left" class="clearfix">
            <div id="logo"><a href="/" title="หน้าแรก" rel="home"><img src="{HOST}/sites/default/files/logo_mots.png" alt="หน้าแรก" /></a></div>
            <div id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></div>
            <div id="slogan">กระทรวงการท่องเที่ยวและกีฬา</div>
        </div>
        <div id="header-right" class="clearfix">
            <div id="main-navigation" class="clearfix">
                <ul class="menu"><li class="first leaf"><a href="/" title="">หน้าแรก</a></li>
<li class="expanded"><a href="/about" title="">เกี่ยวกับเรา</a><ul class="menu"><li class="first leaf"><a href="/about/structure">โครงสร้างหน่วยงาน</a></li><li class="last leaf"><a href="/about/executive">ผู้บริหาร</a></li></ul></li>
<li class="leaf active-trail"><a href="/news" title="" class="active-trail">ข่าวประชาสัมพันธ์</a></li>
<li class="leaf"><a href="/travel">แหล่งท่องเที่ยว</a></li>
<li class="leaf"><a href="/oit">ITA</a></li>
<li class="last leaf"><a href="/contact">ติดต่อเรา</a></li>
</ul>            </div>
        </div>
    </div>
</div>
<!-- EOF: #header -->
<!-- #content -->
<div id="content">
    <div class="container">
        <div class="clearfix">
            <!-- #main -->
            <div id="main" class="two-thirds">
                <div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> » {crumb}</div></div>
                <a id="main-content"></a>
{content}
            </div>
            <!-- EOF: #main -->
            <!-- #sidebar-first -->
            <div id="sidebar-first" class="one-third last">
              <div class="region region-sidebar-first">
  <div id="block-text-resize-0" class="block block-text-resize">
    <h2>ขนาดตัวอักษร</h2>
  <div class="content"><a href="javascript:;" class="changer" id="text_resize_decrease"><sup>-</sup>A</a> <a href="javascript:;" class="changer" id="text_resize_reset">A</a> <a href="javascript:;" class="changer" id="text_resize_increase"><sup>+</sup>A</a><div id="text_resize_clear"></div></div>
</div>
<div id="block-views-news-block-1" class="block block-views">
    <h2>ข่าวล่าสุด</h2>
  <div class="content"><div class="view view-news view-id-news view-display-id-block_1"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div><div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div>
</div>
<div id="block-user-login" class="block block-user">
    <h2>เข้าสู่ระบบ</h2>
  <div class="content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div>
<div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div>
<div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" /><div class="form-actions form-wrapper"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div>
</div>
<div id="block-visitors-0" class="block block-visitors">
    <h2>สถิติผู้เยี่ยมชม</h2>
  <div class="content"><ul><li>ผู้เยี่ยมชมวันนี้: 96</li><li>ผู้เยี่ยมชมทั้งหมด: 284,117</li><li>ออนไลน์ขณะนี้: 7</li></ul></div>
</div>
</div>
            </div>
            <!-- EOF: #sidebar-first -->
        </div>
    </div>
</div>
<!-- EOF: #content -->
<!-- #footer -->
<div id="footer">
    <div class="container">
        <div class="clearfix">
            <div class="one-third"><div class="region region-footer-first"><div class="block block-block"><h2>ติดต่อเรา</h2><div class="content"><p>{OFFICE} ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000</p></div></div></div></div>
            <div class="one-third"><div class="region region-footer-second"><div class="block block-menu"><h2>ลิงก์หน่วยงาน</h2><div class="content"><ul class="menu"><li class="first leaf"><a href="https://www.mots.go.th">กระทรวงการท่องเที่ยวและกีฬา</a></li><li class="last leaf"><a href="https://www.nan.go.th">จังหวัดน่าน</a></li></ul></div></div></div></div>
        </div>
        <!-- #footer-bottom -->
        <div id="footer-bottom">
            <div class="region region-footer"><div class="block block-block"><div class="content"><p>Copyright © 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></div></div>
            <div class="credits">Ported to Drupal by <a href="http://www.drupalizing.com">Drupalizing</a>, a Project of <a href="http://www.morethanthemes.com">More than (just) Themes</a>. Designed by <a href="http://www.site5.com/wordpress-themes/">Site5 WordPress Themes</a>.</div>
        </div>
        <!-- EOF: #footer-bottom -->
    </div>
</div>
<!-- EOF #footer -->
<div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">นโยบายคุกกี้</button></div></div></div></div>
<script type="text/javascript" src="{HOST}/sites/all/modules/eu_cookie_compliance/js/eu_cookie_compliance.js?s1k2b9"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                items.append(f'<li class="pager-current">{i + 1}</li>')
            else:
                link = "/news" if i == 0 else f"/news?page={i}"
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้าที่ {i + 1}" href="{link}">{i + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="/news?page={n - 1}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def submitted(self, a):
        return f'<div class="submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/users/{USER}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{USER}</span> เมื่อ {d7_medium(a.published)}</span></div>'

    def teaser(self, a):
        return f"""<div class="views-row">
<div id="node-{a.id}" class="node node-article node-promoted node-teaser clearfix" about="{href(a.path)}" typeof="sioc:Item foaf:Document">
  <h2><a href="{href(a.path)}">{esc(a.title)}</a></h2>
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  {self.submitted(a)}
  <div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(a.paras[0][:200])}…</p></div></div></div></div>
  <ul class="links inline"><li class="node-readmore first"><a href="{href(a.path)}" rel="tag" title="{esc(a.title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(a.title)}</span></a></li><li class="statistics_counter last"><span>อ่าน {a.views:,} ครั้ง</span></li></ul>
</div>
</div>
"""

    def listing(self, k):
        rows = [self.teaser(a) for a in self.pages[k]]
        if k == 1:
            fake = Article(
                id=2712,
                title=DELETED_TITLE,
                paras=["รายละเอียดตามประกาศแนบท้าย"],
                published=self.pages[1][3].published - dt.timedelta(hours=3),
                time_printed=True,
                views=41,
                path=self.deleted,
            )
            rows.insert(4, self.teaser(fake))
        content = f"""                <h1 class="title" id="page-title">ข่าวประชาสัมพันธ์</h1>
                <div class="region region-content">
  <div id="block-system-main" class="block block-system"><div class="content">
<div class="view view-news view-id-news view-display-id-page view-dom-id-a81c3f0e">
  <div class="view-content">
{"".join(rows)}  </div>
  {self.pager(k)}
  <div class="feed-icon"><a href="{HOST}/news/feed" class="feed-icon" title="สมัครสมาชิก ข่าวประชาสัมพันธ์"><img src="{HOST}/misc/feed.png" width="16" height="16" alt="สมัครสมาชิก ข่าวประชาสัมพันธ์" /></a></div>
</div>  </div></div>
</div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}", content, "ข่าวประชาสัมพันธ์", "not-front page-news"
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 4, i - 3, i + 7) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        share = f"""<div class="service-links"><div class="item-list"><h3>แบ่งปัน</h3><ul class="links"><li class="service-links-facebook first"><a href="https://www.facebook.com/sharer.php?u={HOST}{href(a.path)}" title="แชร์บน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/facebook.png" alt="Facebook" /></a></li><li class="service-links-twitter"><a href="https://twitter.com/share?url={HOST}{href(a.path)}" title="แชร์บน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/twitter.png" alt="Twitter" /></a></li><li class="service-links-line last"><a href="https://social-plugins.line.me/lineit/share?url={HOST}{href(a.path)}" title="แชร์บน LINE" class="service-links-line" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/line.png" alt="LINE" /></a></li></ul></div></div>"""
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/styles/large/public/field/image/news{a.id}.jpg"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/large/public/field/image/news{a.id}.jpg?itok=Hk3Xa9Pq" width="480" height="320" alt="" /></div></div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-file field-type-file field-label-hidden"><div class="field-items"><div class="field-item even"><table class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/news_{a.id}.pdf" type="application/pdf; length=318976">news_{a.id}.pdf</a></span></td><td>311.5 KB</td></tr></tbody></table></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/tags/{href(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">แท็ก:&nbsp;</div><ul class="field-items">{items}</ul></div>'
        newer, older = self.neighbours(a)
        flippy = '<ul class="flippy">'
        if newer:
            flippy += f'<li class="previous"><a href="{href(newer.path)}" title="{esc(newer.title)}">‹ {esc(newer.title)}</a></li>'
        flippy += '<li class="list"><a href="/news">กลับหน้ารวมข่าว</a></li>'
        if older:
            flippy += f'<li class="next"><a href="{href(older.path)}" title="{esc(older.title)}">{esc(older.title)} ›</a></li>'
        flippy += "</ul>"
        comments = ""
        if a.extra["comments"]:
            when = a.published + dt.timedelta(days=1, hours=2)
            comments = f"""<div id="comments" class="comment-wrapper">
  <h2 class="title">ความคิดเห็น</h2>
  <a id="comment-{a.id * 2}"></a>
<div class="comment comment-by-anonymous clearfix odd" about="/comment/{a.id * 2}#comment-{a.id * 2}" typeof="sioc:Post sioct:Comment">
  <div class="attribution"><div class="comment-submitted"><p class="commenter-name"><span rel="sioc:has_creator"><span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">นักท่องเที่ยว (ไม่ได้ยืนยัน)</span></span></p><p class="comment-time"><span property="dc:date dc:created" content="{when.isoformat()}" datatype="xsd:dateTime">{d7_medium(when)}</span></p></div></div>
  <div class="comment-text"><h3 property="dc:title" datatype=""><a href="/comment/{a.id * 2}#comment-{a.id * 2}" class="permalink" rel="bookmark">อยากไปเที่ยวน่านช่วงนี้</a></h3><div class="content"><div class="field field-name-comment-body field-type-text-long field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>อยากไปเที่ยวน่านช่วงนี้ ขอบคุณที่ประชาสัมพันธ์ครับ</p></div></div></div></div></div>
</div>
</div>"""
        return f"""<div id="node-{a.id}" class="node node-article node-promoted clearfix" about="{href(a.path)}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="{1 if comments else 0}" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  {self.submitted(a)}
  <div class="content clearfix">
    {share}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>{image}{files}{source}{tags}
    {flippy}
  </div>
  <ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li><li class="forward_links"><a href="/forward?path=node/{a.id}" title="ส่งต่อหน้านี้ให้เพื่อน" class="forward-page" rel="nofollow">ส่งต่อ</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li></ul>
  {comments}
</div>"""

    def detail(self, a):
        rel = "".join(
            f'<li><a href="{href(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        content = f"""                <h1 class="title" id="page-title">{esc(a.title)}</h1>
                <div class="tabs"></div>
                <div class="region region-content">
  <div id="block-system-main" class="block block-system"><div class="content">
{self.node(a)}
  </div></div>
  <div id="block-similarterms-1" class="block block-similarterms">
    <h2>ข่าวที่เกี่ยวข้อง</h2>
  <div class="content"><div class="item-list"><ul>{rel}</ul></div></div>
</div>
</div>"""
        head = f'<link rel="canonical" href="{HOST}{href(a.path)}" />\n<link rel="shortlink" href="{HOST}/node/{a.id}" />\n'
        crumb = f'<a href="/news">ข่าวประชาสัมพันธ์</a> » {esc(a.title)}'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            f"not-front page-node page-node- page-node-{a.id} node-type-article",
            head,
        )

    def denied(self):
        content = """                <h1 class="title" id="page-title">ไม่อนุญาตให้เข้าถึง</h1>
                <div class="region region-content">
  <div id="block-system-main" class="block block-system"><div class="content">
<div id="logintoboggan-login-form"><p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบ</p>
<form action="/user/login?destination=node/2712" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้หรืออีเมล <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name--2" name="name" value="" size="60" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /></div><input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper"><input type="submit" id="edit-submit--3" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div>
  </div></div>
</div>"""
        return self.shell(
            f"ไม่อนุญาตให้เข้าถึง | {OFFICE}",
            content,
            "ไม่อนุญาตให้เข้าถึง",
            "not-front page-node page-node-2712",
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == self.deleted:
            return self.html_response(self.denied())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            for a in self.articles:
                if a.id == int(m[1]):
                    return 301, {"Location": base + href(a.path)}, b""
        if path == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{href(a.path)}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{USER}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                d7_medium(a.published),
                f"อ่าน {a.views:,} ครั้ง",
                "แบ่งปัน",
                "ฉบับพิมพ์",
                "ส่งต่อ",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "กลับหน้ารวมข่าว",
                "ขนาดตัวอักษร",
                "ผู้เยี่ยมชมทั้งหมด: 284,117",
                "ขอรหัสผ่านใหม่",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "Ported to Drupal by",
                "ถนนสุริยพงษ์ ตำบลในเวียง",
                "แท็ก:",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", f"news_{a.id}.pdf", "311.5 KB"]
            if a.extra["comments"]:
                must_not += ["อยากไปเที่ยวน่านช่วงนี้ ขอบคุณที่ประชาสัมพันธ์ครับ", "นักท่องเที่ยว (ไม่ได้ยืนยัน)"]
            must_not += a.tags
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = CorporateCleanSite()

if __name__ == "__main__":
    main(SITE)
