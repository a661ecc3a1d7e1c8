"""Blind-39 red-team site (part C): **Drupal 7.98 + Adaptivetheme "AT Commerce"**
(`/sites/all/themes/at_commerce`, AT Core 7.x-3.x), a provincial agriculture office
(สำนักงานเกษตรจังหวัดพิษณุโลก), Thai interface translation, built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name="Generator" content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `jQuery.extend(Drupal.settings, …)`, `/sites/default/files/`,
  `/sites/all/themes/at_commerce/`, `/rss.xml`, shortlink `/node/N`, AT body classes
  (`atr-7.x-3.x`, `atv-7.x-3.2`);
- pathauto's default pattern `content/[node:title]` with transliteration off: Thai slugs
  (percent-encoded hrefs, cut to 100 characters);
- `h1#page-title` above the node; the node's `header` holds no title on a full page;
- AT Core's `$submitted`: "ส่งโดย pr_admin เมื่อ 15 ม.ค. 2567" in `p.author-datetime`
  where the `<time pubdate datetime="…+07:00">` holds the time of day, and the visible text
  only the day (a custom "short" format `j M Y` with a Thai-year module), no time visible;
- AT's `$last_update` "ปรับปรุงล่าสุด" (`time.updated`) only on edited nodes;
- Statistics "อ่าน N ครั้ง", Print module "ฉบับพิมพ์" / "ส่งอีเมล", Service Links "แบ่งปัน",
  comment login prompt, all in `nav.clearfix ul.links.inline` after the body;
- fields: image (some, with a caption in the alt/title), body, "ที่มา:" text field (some),
  "ไฟล์แนบ:" file field (some), "ป้ายกำกับ:" tags;
- Views block "ข่าวที่เกี่ยวข้อง" in the content region under the node, sidebar "ข่าวล่าสุด",
  "ผู้ใช้งานออนไลน์", user-login block, EU cookie bar, footer;
- listing: the core **taxonomy term page** `/taxonomy/term/7` with AT node teasers (each with
  its title in an `h1.node-title` — many `h1`s on the listing) and the D7 core pager
  (`ul.pager`, `pager-current`, full-path hrefs `?page=N`, 0-based), feed
  `/taxonomy/term/7/feed`.
Deleted: an unpublished node answering 200 with the user login form (AT's login page,
"คุณต้องเข้าสู่ระบบ…").
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import (
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

OFFICE = "สำนักงานเกษตรจังหวัดพิษณุโลก"
HOST = "http://www.phitsanulok.doae.go.th"
T = "/sites/all/themes/at_commerce"
TERM = 7
PER_PAGE = 8
SOURCES = [None, "กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอวังทอง", "กลุ่มส่งเสริมและพัฒนาการผลิต"]
USERS = ["pr_admin", "somchai.k", "webmaster"]
DELETED_SLUG = "ยกเลิก-ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 845,120 คน"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน"
FOOTER = "ศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์ อำเภอเมือง จังหวัดพิษณุโลก 65000"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"


def short(d: dt.datetime) -> str:
    """Custom 'short' format 'j M Y' with the Thai-year module: '15 ม.ค. 2567'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def slugify(title: str) -> str:
    s = re.sub(r"[\"'“”‘’()\[\]{}:;,.!?/\\|%&#@*+=<>]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    return s[:100].strip("-")


class ATCommerceSite(BaseSite):
    key = "b39_drupal7_atcommerce"
    family = "drupal"
    imitates = "Drupal 7.98 + Adaptivetheme AT Commerce (AT Core 7.x-3.x), provincial agriculture office: pathauto Thai slugs /content/<title> (percent-encoded); h1#page-title; AT $submitted 'ส่งโดย user เมื่อ 15 ม.ค. 2567' whose <time pubdate datetime=+07:00> alone carries the time of day; 'ปรับปรุงล่าสุด' time.updated only on edited nodes; Statistics 'อ่าน N ครั้ง', Print 'ฉบับพิมพ์'/'ส่งอีเมล', Service Links 'แบ่งปัน', comment login prompt; 'ที่มา:' field, 'ไฟล์แนบ:' file field, 'ป้ายกำกับ:' tags; 'ข่าวที่เกี่ยวข้อง' Views block, 'ข่าวล่าสุด' sidebar, who's online, login block, cookie bar; listing = core taxonomy term page /taxonomy/term/7 with AT teasers titled in h1.node-title and the D7 core pager (?page=N, 0-based); deleted = unpublished node answering 200 with the login form"
    listing_path = f"/taxonomy/term/{TERM}"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 18, 16, 0, tzinfo=TZ), offset=1333
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 5210
        seen = set()
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 3 + i % 5
            a.time_printed = True  # the pubdate attribute always holds the time
            slug = slugify(a.title)
            while slug in seen:
                slug += "-0"
            seen.add(slug)
            a.extra["slug"] = slug
            a.path = f"/content/{slug}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["user"] = USERS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 20 + len(self.term_ids))
        self.latest = arts[:5]

    @staticmethod
    def href(path: str) -> str:
        return quote(path, safe="/?=&")

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/content/{DELETED_SLUG}"]

    def shell(self, title, page_title, content, body_class, head_extra="", crumb=""):
        latest = "".join(
            f'<li class="views-row"><a href="{self.href(a.path)}">{esc(a.title)}</a> <span class="views-field-created">{short(a.published)}</span></li>'
            for a in self.latest
        )
        return f"""<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7" lang="th" dir="ltr"><![endif]-->
<!--[if (gte IE 9)|(gt IEMobile 7)]><!--><html class="js" lang="th" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"><!--<![endif]-->
<head>
<meta charset="utf-8" />
<link rel="alternate" type="application/rss+xml" title="{esc(OFFICE)} RSS" href="{HOST}/rss.xml" />
<link rel="shortcut icon" href="{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}<title>{esc(title)}</title>
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<style type="text/css" media="all">
@import url("/modules/system/system.base.css?s8k2r1");
@import url("/sites/all/modules/service_links/css/service_links.css?s8k2r1");
@import url("{T}/css/at_commerce.css?s8k2r1");
</style>
<link type="text/css" rel="stylesheet" href="/sites/default/files/adaptivetheme/at_commerce_files/at_commerce.responsive.layout.css?s8k2r1" media="only screen" />
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s8k2r1"></script>
<script type="text/javascript" src="/sites/default/files/languages/th_Kx3v.js?s8k2r1"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"at_commerce","theme_token":"Qm1x"}},"eu_cookie_compliance":{{"popup_enabled":1}}}});</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second {body_class} site-name-hidden atr-7.x-3.x atv-7.x-3.2 lang-th site-name-สำนักงานเกษตรจังหวัดพิษณุโลก bb-n hl-l mb-dd mma-r itrc-4 isrc-4">
  <div id="skip-link" class="nocontent"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="page-wrapper">
  <div id="page" class="page ssc-n ssw-n ssa-l sss-n btc-n btw-b bta-l bts-n ntc-n ntw-b nta-l nts-n ctc-n ctw-b cta-l cts-n ptc-n ptw-b pta-l pts-n">
    <div id="header-wrapper"><div class="container clearfix">
      <header class="clearfix with-logo" role="banner">
        <div id="branding" class="branding-elements clearfix">
          <div id="logo"><a href="/" title="หน้าแรก"><img class="site-logo" src="/sites/default/files/logo_doae.png" alt="{esc(OFFICE)}" /></a></div>
          <div class="h-group" id="name-and-slogan"><p id="site-name" class="element-invisible"><a href="/" title="หน้าแรก">{esc(OFFICE)}</a></p><p id="site-slogan">เกษตรกรมั่นคง ฐานรากเศรษฐกิจมั่นคง</p></div>
        </div>
        <div class="region region-header"><div class="region-inner clearfix"><div id="block-search-form" class="block block-search no-title"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><input title="ป้อนคำที่คุณต้องการค้นหา" type="text" name="search_block_form" size="15" class="form-text" /><input type="submit" value="ค้นหา" class="form-submit" /></form></div></div></div>
      </header>
    </div></div>
    <div id="nav-wrapper"><div class="container clearfix">
      <div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix odd first last block-count-2 block-region-menu-bar block-main-menu" role="navigation"><h2 class="element-invisible block-title">เมนูหลัก</h2>
<ul class="menu clearfix"><li class="first leaf menu-depth-1 menu-item-218"><a href="/">หน้าแรก</a></li><li class="expanded menu-depth-1 menu-item-431"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="leaf active-trail menu-depth-1 menu-item-432"><a href="/taxonomy/term/{TERM}" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf menu-depth-1 menu-item-433"><a href="/taxonomy/term/8">ข่าวจัดซื้อจัดจ้าง</a></li><li class="leaf menu-depth-1 menu-item-434"><a href="/knowledge">คลังความรู้</a></li><li class="last leaf menu-depth-1 menu-item-435"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
    </div></div>
    <div id="breadcrumb-wrapper"><div class="container clearfix"><section id="breadcrumb" class="clearfix"><div id="crumbs"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><span class="crumb first"><a href="/">หน้าแรก</a></span> <span class="crumb-separator"> » </span><span class="crumb"><a href="/taxonomy/term/{TERM}">ข่าวประชาสัมพันธ์</a></span>{crumb}</div></div></section></div></div>
    <div id="content-wrapper"><div class="container">
      <div id="columns"><div class="columns-inner clearfix">
        <div id="content-column"><div class="content-inner">
          <section id="main-content" role="main">
            <header class="clearfix"><h1 id="page-title">{esc(page_title)}</h1></header>
            <div id="content">{content}</div>
          </section>
        </div></div>
        <div class="region region-sidebar-second sidebar"><div class="region-inner clearfix">
<section id="block-views-latest-news-block" class="block block-views odd first block-count-5 block-region-sidebar-second block-latest-news-block"><div class="block-inner clearfix"><h2 class="block-title">ข่าวล่าสุด</h2><div class="block-content content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div></section>
<section id="block-user-login" class="block block-user even block-count-6 block-region-sidebar-second block-login" role="form"><div class="block-inner clearfix"><h2 class="block-title">ลงชื่อเข้าใช้งาน</h2><div class="block-content content"><form action="/taxonomy/term/{TERM}?destination=taxonomy/term/{TERM}" method="post" id="user-login-form" accept-charset="UTF-8"><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องระบุข้อมูลในช่องนี้">*</span></label><input type="text" id="edit-name" name="name" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องระบุข้อมูลในช่องนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></form></div></div></section>
<section id="block-user-online" class="block block-user odd last block-count-7 block-region-sidebar-second block-online" role="complementary"><div class="block-inner clearfix"><h2 class="block-title">ผู้ใช้งานออนไลน์</h2><div class="block-content content"><p>ขณะนี้มี ผู้ใช้ 0 คน และ ผู้เยี่ยมชม 14 คน ออนไลน์</p><p>{SITE_COUNTER}</p></div></div></section>
        </div></div>
      </div></div>
    </div></div>
    <div id="footer-wrapper"><div class="container clearfix"><footer class="clearfix" role="contentinfo"><div class="region region-footer"><div class="region-inner clearfix"><div id="block-block-3" class="block block-block no-title"><div class="block-inner clearfix"><div class="block-content content"><p>{esc(OFFICE)} {FOOTER}</p><p>โทรศัพท์ 0-5525-8011 โทรสาร 0-5525-8012 | Copyright © 2567 All rights reserved.</p></div></div></div></div></div><p class="attribute-creator"></p></footer></div></div>
  </div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ตกลง</button><button type="button" class="find-more-button">ข้อมูลเพิ่มเติม</button></div></div></div></div>
</body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)
        base = self.listing_path

        def href(j):
            return base if j == 0 else f"{base}?page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{base}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อน" href="{href(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{href(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(k + 1)}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager clearfix">{"".join(items)}</ul></div>'

    def teaser(self, title, path, a, nid):
        h = self.href(path)
        return f"""<article id="node-{nid}" class="node node-article node-promoted node-teaser article odd node-lang-th clearfix" about="{h}" typeof="sioc:Item foaf:Document" role="article">
  <header class="node-header"><h1 class="node-title"><a href="{h}" rel="bookmark">{esc(title)}</a></h1></header><span property="dc:title" content="{esc(title)}" class="rdf-meta element-hidden"></span>
  <footer class="submitted"><p class="author-datetime">ส่งโดย <span class="username">{a.extra["user"]}</span> เมื่อ <time datetime="{a.published.isoformat()}" pubdate="pubdate">{short(a.published)}</time></p></footer>
  <div class="node-content"><div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-teaser"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(a.paras[0][:200])}…</p></div></div></div></div>
  <nav class="clearfix"><ul class="links inline"><li class="node-readmore first last"><a href="{h}" rel="tag" title="{esc(title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul></nav>
</article>
"""

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a, a.id) for a in self.pages[k]]
        if k == 1:
            x = self.pages[1][3]
            rows.insert(
                3,
                self.teaser(
                    "ยกเลิก ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ", self.deleted_paths()[0], x, 5044
                ),
            )
        desc = (
            '<div class="taxonomy-term-description"><p>ข่าวสารและกิจกรรมของสำนักงานเกษตรจังหวัดและสำนักงานเกษตรอำเภอ</p></div>'
            if k == 0
            else ""
        )
        content = f"""<div class="region region-content"><div class="region-inner clearfix"><div id="block-system-main" class="block block-system no-title odd first last block-count-4 block-region-content block-main"><div class="block-inner clearfix"><div class="block-content content"><div class="term-listing-heading"><div id="taxonomy-term-{TERM}" class="taxonomy-term vocabulary-news-category">{desc}</div></div>
{"".join(rows)}{self.pager(k)}</div></div></div></div></div>
<div class="feed-icon"><a href="/taxonomy/term/{TERM}/feed" class="feed-icon" title="สมัครสมาชิก RSS - ข่าวประชาสัมพันธ์"><img src="/misc/feed.png" width="16" height="16" alt="สมัครสมาชิก RSS - ข่าวประชาสัมพันธ์" /></a></div>"""
        head = f'<link rel="alternate" type="application/rss+xml" title="RSS - ข่าวประชาสัมพันธ์" href="{HOST}/taxonomy/term/{TERM}/feed" />\n'
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            "ข่าวประชาสัมพันธ์",
            content,
            f"page-taxonomy page-taxonomy-term page-taxonomy-term- page-taxonomy-term-{TERM}",
            head,
        )

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 1 : i + 5]
        return pool or self.articles[-5:-1]

    def node(self, a):
        h = self.href(a.path)
        url = HOST + h
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><figure class="clearfix field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/styles/large/public/news/{a.id}_1.jpg"><img typeof="foaf:Image" class="image-style-large" src="/sites/default/files/styles/large/public/news/{a.id}_1.jpg?itok=a8Rk" width="640" height="427" alt="" title="ภาพประกอบข่าว" /></figure></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = ""
        if a.source:
            src = f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-attach field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/attach/news-{a.id}.pdf" type="application/pdf; length=284311">news-{a.id}.pdf</a></span></div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/taxonomy/term/{self.term_ids[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">ป้ายกำกับ:&nbsp;</h2><ul class="field-items">{items}</ul></section>'
        updated = ""
        if a.modified:
            updated = f'<p class="last-update">ปรับปรุงล่าสุด <time datetime="{a.modified.isoformat()}" class="updated">{short(a.modified)}</time></p>'
        share = f'<div class="service-links"><h2 class="element-invisible">แบ่งปัน</h2><ul class="links"><li class="service-links-facebook first"><a href="http://www.facebook.com/sharer.php?u={url}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /> Facebook</a></li><li class="service-links-twitter"><a href="http://twitter.com/share?url={url}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img src="/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /> Twitter</a></li><li class="service-links-line last"><a href="https://social-plugins.line.me/lineit/share?url={url}" title="แบ่งปันบน LINE" rel="nofollow">LINE</a></li></ul></div>'
        return f"""<article id="node-{a.id}" class="node node-article node-promoted article odd node-lang-th node-full ia-r clearfix" about="{h}" typeof="sioc:Item foaf:Document" role="article">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  <footer class="submitted"><p class="author-datetime">ส่งโดย <span class="username" rel="sioc:has_creator">{a.extra["user"]}</span> เมื่อ <time datetime="{a.published.isoformat()}" pubdate="pubdate" property="dc:date dc:created" content="{a.published.isoformat()}">{short(a.published)}</time></p>{updated}</footer>
  <div class="node-content">
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-full"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {src}{files}{tags}
  </div>
  <nav class="clearfix"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้แบบพร้อมพิมพ์" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li><li class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ทางอีเมล" class="print-mail" rel="nofollow">ส่งอีเมล</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> {LOGIN_PROMPT}</span></li></ul></nav>
  {share}
</article>"""

    def detail(self, a):
        rel = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{self.href(x.path)}">{esc(x.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{short(x.published)}</span></div></div>'
            for x in self.related(a)
        )
        content = f"""<div class="region region-content"><div class="region-inner clearfix"><div id="block-system-main" class="block block-system no-title odd first block-count-4 block-region-content block-main"><div class="block-inner clearfix"><div class="block-content content">{self.node(a)}</div></div></div>
<section id="block-views-related-news-block" class="block block-views even last block-count-5 block-region-content block-related-news-block"><div class="block-inner clearfix"><h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2><div class="block-content content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content">{rel}</div></div></div></div></section></div></div>"""
        h = self.href(a.path)
        head = f"""<link rel="canonical" href="{h}" />
<link rel="shortlink" href="/node/{a.id}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{HOST}{h}" />
"""
        crumb = f' <span class="crumb-separator"> » </span><span class="crumb last">{esc(a.title)}</span>'
        return self.shell(
            f"{a.title} | {OFFICE}",
            a.title,
            content,
            f"page-node page-node- page-node-{a.id} node-type-article",
            head,
            crumb,
        )

    def login_wall(self):
        d = self.deleted_paths()[0]
        content = f"""<div id="messages"><div class="messages error"><h2 class="element-invisible">ข้อความแสดงความผิดพลาด</h2>คุณต้องเข้าสู่ระบบก่อนจึงจะเข้าถึงเนื้อหานี้ได้</div></div>
<div class="region region-content"><div class="region-inner clearfix"><div id="block-system-main" class="block block-system no-title"><div class="block-inner clearfix"><div class="block-content content"><form action="/user/login?destination={self.href(d.lstrip("/"))}" method="post" id="user-login" accept-charset="UTF-8"><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name--2" name="name" size="60" maxlength="60" class="form-text required" /><div class="description">กรอกชื่อผู้ใช้ของ {esc(OFFICE)}</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">กรอกรหัสผ่านของชื่อผู้ใช้</div></div><div class="form-actions form-wrapper"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></form></div></div></div></div></div>"""
        return self.shell(f"เข้าสู่ระบบ | {OFFICE}", "เข้าสู่ระบบ", content, "page-user page-user-login")

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted_paths()[0]:
            return self.html_response(self.login_wall())
        if path in ("/rss.xml", f"/taxonomy/term/{TERM}/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{self.href(a.path)}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["user"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                f"ส่งโดย {a.extra['user']}",
                "ปรับปรุงล่าสุด",
                "ฉบับพิมพ์",
                "ส่งอีเมล",
                LOGIN_PROMPT,
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ผู้ใช้งานออนไลน์",
                "ลงชื่อเข้าใช้งาน",
                "ขอรหัสผ่านใหม่",
                SITE_COUNTER,
                COOKIE,
                FOOTER,
                "เกษตรกรมั่นคง ฐานรากเศรษฐกิจมั่นคง",
                "ป้ายกำกับ:",
                "ไฟล์แนบ:",
                f"news-{a.id}.pdf",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.latest if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = ATCommerceSite()

if __name__ == "__main__":
    main(SITE)
