"""Blind-35 red-team site (part C): **Drupal 7 + Marinelli** (the contrib theme
`sites/all/themes/marinelli`, fixed-width layout with a rotating header-image banner, top
utility links and a two-column page) run by a provincial agriculture office
(สำนักงานเกษตรจังหวัดลำปาง), Thai interface translation, built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name="Generator" content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `jQuery.extend(Drupal.settings, ...)`, `/sites/default/files/`,
  `/sites/all/themes/marinelli/`, `/rss.xml`, RDFa `dc:date dc:created` span on the node;
- pathauto's default D7 pattern `content/[node:title]` with **Thai slugs** (percent-encoded in
  hrefs, cut at 60 characters);
- node (full): `h1#page-title` (Marinelli), a **calendar date badge** split over
  `span.day` / `span.month` / `span.year` (CE year, Thai month abbreviation), and
  `span.submitted` in a site date format "ส่งโดย <login> เมื่อ 5 มีนาคม 2024 - 14:20"
  (**Thai month name with a CE year**); image (some); body; file field (some); "ข่าว/ภาพ:" source
  field (some); "แท็ก:" terms; Service Links + Print module links (print / e-mail / PDF);
  statistics "อ่าน N ครั้ง" and the comment login prompt in `ul.links`; Custom Pager
  prev/next with titles; "ข่าวที่เกี่ยวข้อง" block (Similar by terms);
- listing: Views page `/news` with the D7 `ul.pager` (`?page=N`, 0-based, full hrefs).
Deleted: an unpublished node answering 200 with "ปฏิเสธการเข้าถึง" and the login form.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
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

OFFICE = "สำนักงานเกษตรจังหวัดลำปาง"
HOST = "http://www.lampang.doae.go.th"
T = "/sites/all/themes/marinelli"
PER_PAGE = 8
SOURCES = [None, "กลุ่มส่งเสริมและพัฒนาการผลิต", None, "ฝ่ายบริหารทั่วไป", "สำนักงานเกษตรอำเภอเกาะคา"]
LOGINS = ["admin", "lp_doae", "nattaya"]
DELETED_NID = 1482
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 386,120 คน"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อการวิเคราะห์การใช้งาน"
DELETED_TITLE = "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ ปี 2567"


def slug(title: str) -> str:
    s = re.sub(r"[^\w\u0E00-\u0E7F]+", "-", title).strip("-")
    return s[:60].rstrip("-")


def submitted(d: dt.datetime) -> str:
    """Site date format 'j F Y - H:i' translated: Thai month name, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


class MarinelliSite(BaseSite):
    key = "b35_drupal7_marinelli"
    family = "drupal"
    imitates = "Drupal 7 + Marinelli (contrib theme), Thai translation, provincial agriculture office: pathauto content/<thai-slug> (percent-encoded hrefs); h1#page-title; calendar date badge split over span.day/.month/.year (CE, Thai month abbreviation); span.submitted 'ส่งโดย login เมื่อ 5 มีนาคม 2024 - 14:20' (Thai month, CE year); RDFa dc:date content; image / file field (some); 'ข่าว/ภาพ:' source field (some); 'แท็ก:' terms; Service Links + Print (print / e-mail / PDF); 'อ่าน N ครั้ง' + comment login prompt; Custom Pager prev/next with titles; Similar-by-terms related block; Views /news with D7 ul.pager ?page=N; deleted = access-denied login page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 2, 27, 16, 0, tzinfo=TZ), offset=871
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1511
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            if nid == DELETED_NID:
                nid -= 1
            a.time_printed = True
            a.modified = None  # D7 prints no changed date
            a.path = "/content/" + slug(a.title)
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 6 == 1
        assert DELETED_NID not in {a.id for a in arts}
        assert len({a.path for a in arts}) == len(arts)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = "/content/" + slug(DELETED_TITLE)
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 7 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    @staticmethod
    def href(path):
        return quote(path)

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        h1 = f'<h1 id="page-title" class="title">{page_title}</h1>' if page_title else ""
        latest = "".join(
            f'<li class="views-row"><a href="{self.href(a.path)}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{HOST}/sites/all/themes/marinelli/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
{head_extra}<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
  <title>{esc(title)}</title>
  <style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base.css?s2k9xa");
@import url("{HOST}/modules/node/node.css?s2k9xa");
@import url("{HOST}/sites/all/modules/service_links/css/service_links.css?s2k9xa");
@import url("{HOST}/sites/all/modules/print/css/printlinks.css?s2k9xa");
</style>
<style type="text/css" media="all">
@import url("{HOST}{T}/css/layout.css?s2k9xa");
@import url("{HOST}{T}/css/graphics.css?s2k9xa");
@import url("{HOST}{T}/css/typography.css?s2k9xa");
</style>
  <script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?s2k9xa"></script>
<script type="text/javascript" src="{HOST}{T}/js/banner/marinelli_banner_text.js?s2k9xa"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"marinelli","theme_token":"Xq1s0"}},"marinelli":{{"banner_effect":"fade","banner_speed":"1000","banner_delay":"4000"}}}});
//--><!]]>
</script>
</head>
<body class="html {body_class} sidebar-first">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
  <div id="utilities"><div class="container">
    <ul id="topnav" class="links"><li class="menu-218 first"><a href="/sitemap">แผนผังเว็บไซต์</a></li><li class="menu-219"><a href="/contact">ติดต่อเรา</a></li><li class="menu-220 last"><a href="/user/login">เข้าสู่ระบบ</a></li></ul>
    <div id="search-box"><form action="/news" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline"><h2 class="element-invisible">แบบฟอร์มค้นหา</h2><div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">ค้นหา </label><input title="ป้อนคำที่คุณต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div></div></div></form></div>
  </div></div>
  <div id="page" class="container">
    <header id="header" class="clearfix" role="banner">
      <hgroup id="branding"><div id="logo"><a href="/" title="หน้าแรก" rel="home"><img src="{HOST}/sites/default/files/marinelli_logo_lp.png" alt="หน้าแรก" /></a></div><h2 id="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></h2><h3 id="site-slogan">ส่งเสริมการเกษตร เพื่อเกษตรกรลำปาง</h3></hgroup>
      <nav id="navigation" class="clearfix" role="navigation"><div id="main-menu"><h2 class="element-invisible">Main menu</h2><ul id="primary" class="links clearfix main-menu"><li class="menu-199 first"><a href="/">หน้าแรก</a></li><li class="menu-402"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="menu-403 active-trail"><a href="/news" class="active-trail active">ข่าวประชาสัมพันธ์</a></li><li class="menu-404"><a href="/download">ดาวน์โหลดเอกสาร</a></li><li class="menu-405"><a href="/ita">ITA</a></li><li class="menu-406 last"><a href="/webboard">กระดานสนทนา</a></li></ul></div></nav>
      <div id="header-images"><div id="header-image-navigation" class="marinelli-banner"><a href="#" class="header-image-prev">ก่อนหน้า</a><a href="#" class="header-image-next">ถัดไป</a></div><img class="slide" id="slide-number-0" src="{HOST}/sites/default/files/banner/lp-banner-01.jpg" alt="ฤดูกาลเก็บเกี่ยวข้าว" title="ฤดูกาลเก็บเกี่ยวข้าว" /></div>
    </header>
    <div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> » {crumb}</div></div>
    <div id="columns" class="clearfix">
      <div id="content-wrapper"><section id="content" role="main">
        <a id="main-content"></a>
        {h1}
        <div class="region region-content">
  <div id="block-system-main" class="block block-system">
    <div class="content">
{content}
    </div>
  </div>
        </div>
      </section></div>
      <aside id="sidebar-first" class="column sidebar" role="complementary"><div class="region region-sidebar-first">
        <div id="block-views-latest-news-block" class="block block-views"><h2 class="block-title">ข่าวล่าสุด</h2><div class="content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div>
        <div id="block-block-3" class="block block-block"><h2 class="block-title">สถิติการเข้าชม</h2><div class="content"><p>ผู้ใช้ออนไลน์ 9 คน<br />{SITE_COUNTER}</p></div></div>
        <div id="block-user-login" class="block block-user"><h2 class="block-title">เข้าสู่ระบบ</h2><div class="content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลในช่องนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลในช่องนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" /><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>
      </div></aside>
    </div>
    <footer id="footer" class="clearfix" role="contentinfo"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{OFFICE} ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000</p><p>โทรศัพท์ 0-5426-5061 | Powered by Drupal | Theme Marinelli</p></div></div></div></footer>
  </div>
  <div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ตกลง</button><button type="button" class="find-more-button">ข้อมูลเพิ่มเติม</button></div></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{self.href(path)}"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/thumbnail/public/news/{a.id}.jpg?itok=q8W1" width="100" height="67" alt="" /></a></div></div></div>'
        return f"""<div class="views-row">
<div id="node-{a.id}" class="node node-article node-promoted node-teaser clearfix" about="{self.href(path)}" typeof="sioc:Item foaf:Document">
  <h2><a href="{self.href(path)}">{esc(title)}</a></h2>
  <span property="dc:title" content="{esc(title)}" class="rdf-meta element-hidden"></span>
  <div class="meta submitted"><span class="submitted">ส่งโดย <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name">{a.extra["login"]}</span> เมื่อ {submitted(a.published)}</span></div>
  <div class="content clearfix">{img}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(a.paras[0][:180])}…</p></div></div></div></div>
  <div class="link-wrapper"><ul class="links inline"><li class="node-readmore first last"><a href="{self.href(path)}" rel="tag" title="{esc(title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul></div>
</div>
</div>
"""

    def pager(self, k):
        n = len(self.pages)

        def h(j):
            return self.listing_path if j == 0 else f"{self.listing_path}?page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{h(0)}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{h(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้าที่ {j + 1}" href="{h(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{h(k + 1)}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{h(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(3, self.teaser(DELETED_TITLE, self.deleted, self.pages[1][3]))
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-5b1e">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icon"><a href="/news/feed" class="feed-icon" title="สมัครรับ ข่าวประชาสัมพันธ์"><img typeof="foaf:Image" src="{HOST}/misc/feed.png" width="16" height="16" alt="สมัครรับ ข่าวประชาสัมพันธ์" /></a></div>
</div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "ข่าวประชาสัมพันธ์",
            "not-front not-logged-in page-news",
            "",
            "ข่าวประชาสัมพันธ์",
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
            self.articles[j] for j in (i + 3, i - 3, i + 5, i - 5) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        url = f"{HOST}{self.href(a.path)}"
        d = a.published
        badge = f'<div class="date-badge"><span class="day">{d.day:02d}</span><span class="month">{MONTHS_ABBR[d.month - 1]}</span><span class="year">{d.year}</span></div>'
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/styles/large/public/news/{a.id}.jpg"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/large/public/news/{a.id}.jpg?itok=r7Lp" width="480" height="320" alt="" /></div></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/news/doae-lp-{a.id}.pdf" type="application/pdf; length=358211">doae-lp-{a.id}.pdf</a></span></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ข่าว/ภาพ:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field-item {"even" if j % 2 == 0 else "odd"}" rel="dc:subject"><a href="/taxonomy/term/{self.term_ids[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">แท็ก:&nbsp;</div><div class="field-items">{items}</div></div>'
        share = f'<div class="service-links"><h2 class="element-invisible">แบ่งปันเนื้อหานี้</h2><ul class="links"><li class="service-links-facebook first"><a href="http://www.facebook.com/sharer.php?u={url}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /> Facebook</a></li><li class="service-links-twitter"><a href="http://twitter.com/share?url={url}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /> Twitter</a></li><li class="service-links-line last"><a href="https://social-plugins.line.me/lineit/share?url={url}" title="แบ่งปันผ่าน LINE" class="service-links-line" rel="nofollow">LINE</a></li></ul></div>'
        printl = f'<span class="print-link"><span class="print_html"><a href="{HOST}/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" src="{HOST}/sites/all/modules/print/icons/print_icon.png" width="16px" height="16px" alt="หน้าสำหรับพิมพ์" title="หน้าสำหรับพิมพ์" />หน้าสำหรับพิมพ์</a></span><span class="print_mail"><a href="{HOST}/printmail/{a.id}" title="ส่งลิงก์ของหน้านี้ทางอีเมล" class="print-mail" rel="nofollow">ส่งหน้านี้ทางอีเมล</a></span><span class="print_pdf"><a href="{HOST}/printpdf/{a.id}" title="แสดงหน้านี้เป็น PDF" class="print-pdf" rel="nofollow">เวอร์ชัน PDF</a></span></span>'
        links = f'<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อส่งความคิดเห็น</span></li></ul>'
        return f"""<div id="node-{a.id}" class="node node-article node-promoted clearfix" about="{self.href(a.path)}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
  {badge}
  <div class="meta submitted"><span class="submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/users/{a.extra["login"]}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{a.extra["login"]}</span> เมื่อ {submitted(a.published)}</span></span></div>
  {printl}
  <div class="content clearfix">
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {files}{source}{tags}
    {share}
  </div>
  <div class="link-wrapper">{links}</div>
</div>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        nav = '<div id="block-custom-pager" class="block block-custom-pagers"><ul class="custom-pager custom-pager-bottom">'
        if older:
            nav += f'<li class="previous first"><a href="{self.href(older.path)}">‹ ข่าวก่อนหน้า: {esc(older.title)}</a></li>'
        nav += '<li class="key"><a href="/news">กลับหน้ารวมข่าว</a></li>'
        if newer:
            nav += f'<li class="next last"><a href="{self.href(newer.path)}">ข่าวถัดไป: {esc(newer.title)} ›</a></li>'
        nav += "</ul></div>"
        rel = "".join(
            f'<li><a href="{self.href(r.path)}">{esc(r.title)}</a></li>' for r in self.related(a)
        )
        content = f"""{self.node(a)}
{nav}
<div id="block-similarterms-taxonomy-vocabulary-1" class="block block-similarterms"><h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2><div class="content"><div class="item-list"><ul>{rel}</ul></div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{self.href(a.path)}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
<meta name="description" content="{esc(a.paras[0][:150])}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            f'<a href="/news">ข่าวประชาสัมพันธ์</a> » {esc(a.title)}',
            f"not-front not-logged-in page-node page-node- page-node-{a.id} node-type-article",
            head,
            esc(a.title),
        )

    def denied(self):
        content = f"""คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้
<form action="/user/login?destination={self.href(self.deleted)}" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลในช่องนี้">*</span></label><input type="text" id="edit-name--2" name="name" value="" size="60" maxlength="60" class="form-text required" /><div class="description">กรอกชื่อผู้ใช้ของคุณสำหรับ {OFFICE}</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">กรอกรหัสผ่านที่ตรงกับชื่อผู้ใช้ของคุณ</div></div><input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper"><input type="submit" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>"""
        return self.shell(
            f"ปฏิเสธการเข้าถึง | {OFFICE}",
            content,
            "ปฏิเสธการเข้าถึง",
            "not-front not-logged-in page-node",
            "",
            "ปฏิเสธการเข้าถึง",
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.denied())
        if path in ("/rss.xml", "/news/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{self.href(a.path)}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["login"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><description></description><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path in ("/", "/node"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                submitted(a.published),
                f"ส่งโดย {a.extra['login']}",
                f"อ่าน {a.views} ครั้ง",
                "เพื่อส่งความคิดเห็น",
                "แบ่งปันบน Facebook",
                "แบ่งปันเนื้อหานี้",
                "หน้าสำหรับพิมพ์",
                "ส่งหน้านี้ทางอีเมล",
                "เวอร์ชัน PDF",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "กลับหน้ารวมข่าว",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                SITE_COUNTER,
                COOKIE,
                "ถนนวชิราวุธดำเนิน ตำบลพระบาท",
                "ส่งเสริมการเกษตร เพื่อเกษตรกรลำปาง",
                "ฤดูกาลเก็บเกี่ยวข้าว",
            ]
            if a.extra["file"]:
                must_not += [f"doae-lp-{a.id}.pdf"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = MarinelliSite()

if __name__ == "__main__":
    main(SITE)
