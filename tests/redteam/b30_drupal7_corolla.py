"""Blind-30 red-team site (part C): **Drupal 7 + Corolla** (the Adaptivetheme 7.x-3 subtheme)
run by a provincial agriculture office (สำนักงานเกษตรจังหวัดพิจิตร), Thai interface translation,
built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name="Generator" content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `/sites/all/themes/corolla/`, `/sites/all/themes/adaptivetheme/at_core/`,
  `/sites/default/files/...`, `jQuery.extend(Drupal.settings, ...)`, `/rss.xml`, `/node/N` paths
  and RDFa (`about`, `typeof="sioc:Item foaf:Document"`);
- Corolla shell: `#page-wrapper`, `#page.container`, `header#header` with `#branding` /
  `h1#site-name` / `h2#site-slogan`, `#menu-bar` nav, `#breadcrumb` with `ol#crumbs`,
  `#columns`, `main#content-column`, `h1#page-title`, `div.region-sidebar-first` blocks
  (latest news, user login, visitor statistics), `footer#footer`;
- node (full view): AT's `footer.submitted > p.author-datetime` "โดย <login> เมื่อ <time pubdate
  datetime=ISO>อ., 05/03/2024 - 14:20</time>" — **Drupal's short date set to d/m/Y H:i, day
  first, CE year, with the Thai weekday abbreviation** (the ISO attribute is the only machine
  date); image field with Colorbox caption (some); body field; "ที่มา:" text field (some) or a
  typed "ข่าว: …" last paragraph (some); file field table "ไฟล์แนบ" (some); "แท็ก:" term
  links; Service Links "แบ่งปัน:" inside the node content; node links `ul.links.inline` with
  statistics "อ่าน 1,234 ครั้ง", print "ฉบับพิมพ์", forward "ส่งต่อให้เพื่อน", the comment login
  prompt; a prev/next block "« ข่าวก่อนหน้า" / "ข่าวถัดไป »" with neighbour titles and a
  "ข่าวที่เกี่ยวข้อง" Views block in the content-bottom region.
- listing: core **taxonomy term page** `/taxonomy/term/7` with node teasers ("อ่านต่อ") and the
  core full pager (`ul.pager`: "« หน้าแรก", "‹ ก่อนหน้า", numbers, "ถัดไป ›", "หน้าสุดท้าย »"),
  `?page=N` 0-based, the term feed `/taxonomy/term/7/feed`.
Deleted: an unpublished node linked from page 2; r4032login sends anonymous visitors to
`/user/login?destination=node/N` (302), which answers 200 with "Access denied. You must log in
to view this page." translated, and the login form.
"""

from __future__ import annotations

import datetime as dt

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

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
SLOGAN = "มุ่งมั่นบริการ เพื่อเกษตรกรชาวพิจิตร"
HOST = "http://www.phichit.doae.go.th"
T = "/sites/all/themes/corolla"
TERM = 7
SECTION = "ข่าวประชาสัมพันธ์"
PER_PAGE = 8
SOURCES = ["กลุ่มส่งเสริมและพัฒนาการผลิต", None, "สำนักงานเกษตรอำเภอตะพานหิน", None, "ฝ่ายบริหารทั่วไป"]
TYPED = ["กลุ่มยุทธศาสตร์และสารสนเทศ", "สำนักงานเกษตรอำเภอบางมูลนาก"]
LOGINS = ["admin_pct", "kaset_pr", "webmaster"]
DELETED_NID = 1473
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 286,514"
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def short_date(d: dt.datetime) -> str:
    """Drupal 7 date type 'short' set to 'D, d/m/Y - H:i' under the Thai translation."""
    return f"{WD_ABBR[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


def teaser_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


class CorollaSite(BaseSite):
    key = "b30_drupal7_corolla"
    family = "drupal"
    imitates = "Drupal 7 + Corolla (Adaptivetheme 7.x-3 subtheme), Thai translation, provincial agriculture office: /node/N; h1#page-title; AT footer.submitted 'โดย login เมื่อ <time pubdate datetime=ISO>อ., 05/03/2024 - 14:20</time>' (day-first d/m/Y, CE); image field (some); 'ที่มา:' field or typed 'ข่าว:' last paragraph (some); file table 'ไฟล์แนบ' (some); 'แท็ก:' terms; Service Links 'แบ่งปัน:' inside the node; node links 'อ่าน N ครั้ง' / 'ฉบับพิมพ์' / 'ส่งต่อให้เพื่อน' / comment login prompt; prev/next block with titles; 'ข่าวที่เกี่ยวข้อง' Views block; taxonomy term page listing with core full pager ?page=N (0-based); deleted = unpublished node -> r4032login 302 to the login page (200)"
    listing_path = f"/taxonomy/term/{TERM}"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 10, 25, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        nid = 1512
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            if nid == DELETED_NID:
                nid -= 1
            a.time_printed = True  # Drupal's created timestamp and the ISO attribute
            a.modified = None  # Drupal 7 prints no changed date
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["typed"] = None
            if a.source is None and i % 4 == 1:
                a.source = a.extra["typed"] = TYPED[i % 2]
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 6 == 4
            if "ข่าวประชาสัมพันธ์" not in a.tags and i % 2 == 0:
                a.tags = [*a.tags, "ข่าวประชาสัมพันธ์"]
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 20 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    # ------------------------------------------------------------------ shell

    def latest_block(self):
        items = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="{a.path}">{esc(a.title)}</a></span></span> <span class="views-field views-field-created"><span class="field-content">{teaser_date(a.published)}</span></span></li>'
            for a in self.articles[:5]
        )
        return f'<section id="block-views-latest-news-block" class="block block-views odd first block-count-1 block-region-sidebar-first block-latest-news-block" role="navigation"><div class="block-inner clearfix"><h2 class="block-title">ข่าวล่าสุด</h2><div class="block-content content"><div class="view view-latest-news view-id-latest_news view-display-id-block"><div class="view-content"><div class="item-list"><ul>{items}</ul></div></div></div></div></div></section>'

    def shell(self, title, content, crumb, body_class, head_extra="", page_title=""):
        login = """<section id="block-user-login" class="block block-user even block-count-2 block-region-sidebar-first block-login" role="form"><div class="block-inner clearfix"><h2 class="block-title">เข้าสู่ระบบ</h2><div class="block-content content"><form action="/node?destination=node" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div></section>"""
        stats = f'<section id="block-block-3" class="block block-block odd block-count-3 block-region-sidebar-first block-3"><div class="block-inner clearfix"><h2 class="block-title">สถิติผู้เยี่ยมชม</h2><div class="block-content content"><p>วันนี้ 214<br />เมื่อวาน 398<br />{SITE_COUNTER}</p></div></div></section>'
        ptitle = f'<h1 id="page-title">{page_title}</h1>' if page_title else ""
        return f"""<!DOCTYPE html>
<!--[if IEMobile 7]><html class="iem7"  lang="th" dir="ltr"><![endif]-->
<!--[if (gte IE 9)|(gt IEMobile 7)]><!--><html class="js" lang="th" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#"><!--<![endif]-->
<head>
<meta charset="utf-8" />
<link rel="shortcut icon" href="{HOST}{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}<title>{esc(title)}</title>
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<style>@import url("{HOST}/modules/system/system.base.css?q8k2lm");</style>
<style>@import url("{HOST}/sites/all/modules/colorbox/styles/default/colorbox_style.css?q8k2lm");
@import url("{HOST}/sites/all/modules/service_links/css/service_links.css?q8k2lm");</style>
<link type="text/css" rel="stylesheet" href="{HOST}/sites/default/files/css/css_Yx7mV1d8pLq0cN3rT5wEoK2.css" media="all" />
<style>@import url("{HOST}{T}/css/styles.css?q8k2lm");</style>
<link type="text/css" rel="stylesheet" href="{HOST}/sites/default/files/adaptivetheme/corolla_files/corolla.responsive.layout.css?q8k2lm" media="only screen" />
<script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?q8k2lm"></script>
<script type="text/javascript" src="{HOST}/sites/default/files/languages/th_Kq3nV8.js?q8k2lm"></script>
<script type="text/javascript" src="{HOST}/sites/all/modules/colorbox/js/colorbox.js?q8k2lm"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"corolla","theme_token":"pQ3x"}},"colorbox":{{"opacity":"0.85","current":"{{current}} \\u0e08\\u0e32\\u0e01 {{total}}"}},"urlIsAjaxTrusted":{{"\\/node?destination=node":true}}}});
//--><!]]>
</script>
<!--[if lt IE 9]>
<script src="{HOST}/sites/all/themes/adaptivetheme/at_core/scripts/html5.js?q8k2lm"></script>
<![endif]-->
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first {body_class} site-name-hidden atr-7.x-3.x atv-7.x-3.4 lang-th site-name-สำนักงานเกษตรจังหวัดพิจิตร color-scheme-custom corolla bs-n bb-n mb-dd mbp-l rc-0">
  <div id="skip-link" class="nocontent">
    <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
  <div id="page-wrapper">
  <div id="page" class="container page snc-n snw-n sna-l sns-n ssc-n ssw-n ssa-l sss-n btc-n btw-b bta-l bts-n ntc-n ntw-b nta-l nts-n ctc-n ctw-b cta-l cts-n ptc-n ptw-b pta-l pts-n">
    <div id="leaderboard-wrapper"><div class="region region-leaderboard"><div class="region-inner clearfix"><div id="block-block-1" class="block block-block no-title"><div class="block-inner clearfix"><div class="block-content content"><p class="rtecenter">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p></div></div></div></div></div></div>
    <div id="header-wrapper">
      <header id="header" class="clearfix" role="banner">
        <div id="branding" class="branding-elements clearfix">
          <div id="logo"><a href="/"><img class="site-logo" typeof="foaf:Image" src="{HOST}/sites/default/files/logo_doae.png" alt="{OFFICE}" /></a></div>
          <hgroup class="h-group" id="name-and-slogan">
            <h1 id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></h1>
            <h2 id="site-slogan">{SLOGAN}</h2>
          </hgroup>
        </div>
      </header>
    </div>
    <div id="nav-wrapper">
      <div id="menu-bar" class="nav clearfix"><nav id="block-system-main-menu" class="block block-system block-menu menu-wrapper menu-bar-wrapper clearfix" role="navigation"><h2 class="element-invisible block-title">เมนูหลัก</h2><ul class="menu clearfix"><li class="first leaf menu-depth-1 menu-item-218"><a href="/">หน้าแรก</a></li><li class="expanded menu-depth-1 menu-item-301"><a href="/node/12">เกี่ยวกับหน่วยงาน</a></li><li class="leaf active-trail menu-depth-1 menu-item-302"><a href="/taxonomy/term/{TERM}" class="active-trail">{SECTION}</a></li><li class="leaf menu-depth-1 menu-item-303"><a href="/taxonomy/term/8">ข่าวจัดซื้อจัดจ้าง</a></li><li class="leaf menu-depth-1 menu-item-304"><a href="/node/15">ข้อมูลการเกษตร</a></li><li class="last leaf menu-depth-1 menu-item-305"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
    </div>
    <div id="breadcrumb-wrapper"><section id="breadcrumb" class="clearfix"><nav class="breadcrumb-wrapper clearfix" role="navigation" aria-labelledby="breadcrumb-label"><h2 class="element-invisible" id="breadcrumb-label">คุณอยู่ที่นี่</h2><ol id="crumbs" class="clearfix"><li class="crumb crumb-first"><a href="/">หน้าแรก</a></li>{crumb}</ol></nav></section></div>
    <div id="messages-help-wrapper" class="clearfix"></div>
    <div id="columns" class="columns clearfix">
      <main id="content-column" class="content-column" role="main">
        <div class="content-inner">
          <section id="main-content">
            <header id="main-content-header" class="clearfix">{ptitle}</header>
            <div id="content" class="region">
{content}
            </div>
          </section>
        </div>
      </main>
      <div class="region region-sidebar-first sidebar"><div class="region-inner clearfix">
{self.latest_block()}
{login}
{stats}
      </div></div>
    </div>
    <div id="footer-wrapper">
      <footer id="footer" class="clearfix" role="contentinfo"><div class="region region-footer"><div class="region-inner clearfix"><div id="block-block-2" class="block block-block no-title"><div class="block-inner clearfix"><div class="block-content content"><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br />โทรศัพท์ 0-5661-1340 โทรสาร 0-5661-2421</p></div></div></div></div></div>
      <p class="attribute-creator"></p></footer>
    </div>
  </div>
  </div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, nid, a):
        img = ""
        if a.extra.get("image"):
            img = f'<div class="field field-name-field-image field-type-image field-label-hidden view-mode-teaser"><div class="field-items"><figure class="clearfix field-item even"><a href="/node/{nid}"><img typeof="foaf:Image" class="image-style-thumbnail" src="{HOST}/sites/default/files/styles/thumbnail/public/field/image/news{nid}.jpg?itok=pQ8r" width="100" height="75" alt="" /></a></figure></div></div>'
        return f"""<article id="node-{nid}" class="node node-article article node-promoted node-teaser ia-l clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document" role="article">
  <header class="node-header"><h1 class="node-title"><a href="/node/{nid}" rel="bookmark">{esc(title)}</a></h1></header>
  <footer class="submitted"><p class="author-datetime"><time datetime="{a.published.isoformat()}" pubdate="pubdate">{teaser_date(a.published)}</time></p></footer>
  <div class="node-content">{img}<div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-teaser"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(a.paras[0][:200])}…</p></div></div></div></div>
  <nav class="clearfix"><ul class="links inline"><li class="node-readmore first last"><a href="/node/{nid}" rel="tag" title="{esc(title)}">อ่านต่อ<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul></nav>
</article>
"""

    def pager(self, k):
        n = len(self.pages)
        base = self.listing_path

        def href(j):
            return base if j == 0 else f"{base}?page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{href(k - 1)}">‹ ก่อนหน้า</a></li>'
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

    def listing(self, k):
        rows = [self.teaser(a.title, a.id, a) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][2]
            rows.insert(
                3,
                self.teaser(
                    "ขอเชิญเกษตรกรร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่", DELETED_NID, ghost
                ),
            )
        content = f"""<div class="region region-content"><div class="region-inner clearfix">
<div id="block-system-main" class="block block-system no-title"><div class="block-inner clearfix"><div class="block-content content">
<div class="term-listing-heading"><div id="taxonomy-term-{TERM}" class="taxonomy-term vocabulary-news-category"><div class="content"></div></div></div>
{"".join(rows)}{self.pager(k)}
</div></div></div></div></div>
<a href="/taxonomy/term/{TERM}/feed" class="feed-icon" title="สมัครสมาชิก RSS - {SECTION}"><img typeof="foaf:Image" src="{HOST}/misc/feed.png" width="16" height="16" alt="สมัครสมาชิก RSS - {SECTION}" /></a>"""
        crumb = ""
        head = f'<link rel="alternate" type="application/rss+xml" title="RSS - {SECTION}" href="{HOST}/taxonomy/term/{TERM}/feed" />\n<link rel="canonical" href="/taxonomy/term/{TERM}" />\n'
        return self.shell(
            f"{SECTION} | {OFFICE}",
            content,
            crumb,
            f"page-taxonomy page-taxonomy-term page-taxonomy-term-{TERM}",
            head,
            SECTION,
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
            self.articles[j] for j in (i + 2, i - 2, i + 5, i - 5) if 0 <= j < len(self.articles)
        ][:4]

    def node(self, a):
        url = f"{HOST}{a.path}"
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden view-mode-full"><div class="field-items"><figure class="clearfix field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/field/image/news{a.id}.jpg"><a href="{HOST}/sites/default/files/field/image/news{a.id}.jpg" title="ภาพกิจกรรม {OFFICE}" class="colorbox" data-colorbox-gallery="gallery-node-{a.id}-field_image"><img typeof="foaf:Image" class="image-style-large" src="{HOST}/sites/default/files/styles/large/public/field/image/news{a.id}.jpg?itok=b4Xe" width="480" height="320" alt="" title="ภาพกิจกรรม {OFFICE}" /></a><figcaption>ภาพกิจกรรม {OFFICE}</figcaption></figure></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["typed"]:
            body += f"<p><strong>ข่าว: {esc(a.extra['typed'])}</strong></p>"
        source = ""
        if a.source and not a.extra["typed"]:
            source = f'<section class="field field-name-field-source field-type-text field-label-inline clearfix view-mode-full"><h2 class="field-label">ที่มา:&nbsp;</h2><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></section>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-file field-type-file field-label-above view-mode-full"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><table class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/news_file/pct{a.id}.pdf" type="application/pdf; length=412034">pct{a.id}.pdf</a></span></td><td>402.38 KB</td></tr></tbody></table></div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/taxonomy/term/{self.term_ids[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<section class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix view-mode-full"><h2 class="field-label">แท็ก:&nbsp;</h2><ul class="field-items">{items}</ul></section>'
        share = f'<div class="service-links"><h2 class="element-invisible">แบ่งปัน:</h2><span class="service-links-label">แบ่งปัน:</span> <a href="https://www.facebook.com/sharer.php?u={url}&amp;t={esc(a.title)}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /></a> <a href="https://twitter.com/share?url={url}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /></a> <a href="https://social-plugins.line.me/lineit/share?url={url}" title="แบ่งปันบน LINE" class="service-links-line" rel="nofollow"><img typeof="foaf:Image" src="{HOST}/sites/all/modules/service_links/images/line.png" alt="LINE logo" /></a></div>'
        links = f'<nav class="clearfix"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow">ฉบับพิมพ์</a></li><li class="forward_links"><a href="/forward?path=node/{a.id}" title="ส่งหน้านี้ต่อให้เพื่อน" class="forward-page" rel="nofollow">ส่งต่อให้เพื่อน</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul></nav>'
        return f"""<article id="node-{a.id}" class="node node-article article node-full ia-n clearfix" about="/node/{a.id}" typeof="sioc:Item foaf:Document" role="article">
  <footer class="submitted"><p class="author-datetime"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">โดย <span class="username" xml:lang="" about="/user/{3 + LOGINS.index(a.extra["login"])}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{a.extra["login"]}</span> เมื่อ <time datetime="{a.published.isoformat()}" pubdate="pubdate">{short_date(a.published)}</time></span></p></footer>
  <div class="node-content">
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden view-mode-full"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {source}{files}{tags}
    {share}
  </div>
  {links}
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        pn = '<div id="block-prev-next-nav" class="block block-custom-prev-next"><div class="block-inner clearfix"><div class="block-content content"><ul class="prev-next-links clearfix">'
        if older:
            pn += f'<li class="prev-link"><a href="{older.path}" title="{esc(older.title)}">« ข่าวก่อนหน้า</a><br /><span class="prev-title">{esc(older.title)}</span></li>'
        if newer:
            pn += f'<li class="next-link"><a href="{newer.path}" title="{esc(newer.title)}">ข่าวถัดไป »</a><br /><span class="next-title">{esc(newer.title)}</span></li>'
        pn += "</ul></div></div></div>"
        rel = "".join(
            f'<div class="views-row views-row-{j + 1}"><span class="views-field views-field-title"><span class="field-content"><a href="{r.path}">{esc(r.title)}</a></span></span><span class="views-field views-field-created"> <span class="field-content">({teaser_date(r.published)})</span></span></div>'
            for j, r in enumerate(self.related(a))
        )
        content = f"""<div class="region region-content"><div class="region-inner clearfix">
<div id="block-system-main" class="block block-system no-title"><div class="block-inner clearfix"><div class="block-content content">
{self.node(a)}
</div></div></div>
{pn}
</div></div>
<div class="region region-content-aside"><div class="region-inner clearfix"><section id="block-views-related-news-block" class="block block-views"><div class="block-inner clearfix"><h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2><div class="block-content content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content">{rel}</div></div></div></div></section></div></div>"""
        crumb = f'<li class="crumb"><span class="crumb-separator"> » </span><a href="/taxonomy/term/{TERM}">{SECTION}</a></li>'
        head = f'<link rel="canonical" href="/node/{a.id}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            crumb,
            f"page-node page-node- page-node-{a.id} node-type-article",
            head,
            esc(a.title),
        )

    def login_page(self, dest):
        content = f"""<div class="region region-content"><div class="region-inner clearfix">
<div id="messages"><div class="messages error"><h2 class="element-invisible">ข้อความแสดงข้อผิดพลาด</h2>ไม่อนุญาตให้เข้าถึง คุณต้องเข้าสู่ระบบเพื่อดูหน้านี้</div></div>
<div id="block-system-main" class="block block-system no-title"><div class="block-inner clearfix"><div class="block-content content">
<form action="/user/login?destination={esc(dest)}" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name--2" name="name" value="" size="60" maxlength="60" class="form-text required" /><div class="description">กรอกชื่อผู้ใช้ของคุณสำหรับ {OFFICE}</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /><div class="description">กรอกรหัสผ่านที่ใช้ร่วมกับชื่อผู้ใช้ของคุณ</div></div><input type="hidden" name="form_id" value="user_login" /><div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>
</div></div></div></div></div>"""
        return self.shell(
            f"เข้าสู่ระบบ | {OFFICE}", content, "", "page-user page-user-login", "", "เข้าสู่ระบบ"
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/node/{DELETED_NID}":
            return 302, {"Location": f"{base}/user/login?destination=node/{DELETED_NID}"}, b""
        if path == "/user/login":
            return self.html_response(self.login_page(qs1(query, "destination", "node")))
        if path in ("/rss.xml", f"/taxonomy/term/{TERM}/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["login"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><description></description><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                short_date(a.published),
                f"อ่าน {a.views:,} ครั้ง",
                f"โดย {a.extra['login']}",
                "แบ่งปัน:",
                "ฉบับพิมพ์",
                "ส่งต่อให้เพื่อน",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                SITE_COUNTER,
                SLOGAN,
                "ศาลากลางจังหวัดพิจิตร ถนนบุษบา",
                "แท็ก:",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            if a.extra["file"]:
                must_not += [f"pct{a.id}.pdf", "402.38 KB"]
            if a.source and not a.extra["typed"]:
                must_not.append("ที่มา:")
            if a.extra["typed"]:
                pass  # the typed source line is in neither list
            must_not += a.tags
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = CorollaSite()

if __name__ == "__main__":
    main(SITE)
