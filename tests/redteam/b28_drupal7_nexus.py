"""Blind-28 red-team site: **Drupal 7 with the Nexus theme** (Devsaran) and a Views
Slideshow on the front page, Thai interface translation, a provincial agriculture office
(สำนักงานเกษตรจังหวัดพิจิตร), built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name=Generator content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `/sites/all/themes/nexus/...`, `/sites/default/files/...`,
  `jQuery.extend(Drupal.settings, ...)`, `/rss.xml`, RDFa prefixes on `<html>`, `/node/N`;
- Nexus's shell: `#page`, `header#masthead.site-header` whose **`h1#site-title` is the site
  name** (a second `h1` before the headline), `nav#navigation` with the superfish main menu,
  `.head-ribbon`, `#primary > section#content > #content-wrap`, breadcrumb, `h1#page-title`,
  `aside#sidebar` blocks ("ข่าวล่าสุด", "เข้าสู่ระบบ", a site-wide "สถิติผู้เยี่ยมชม"),
  `#footer-block` columns and `#copyright` "Theme by Devsaran";
- node: `div.meta.submitted` with the RDF span (`content` = ISO +07:00) printing a
  **custom long Thai format "วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567 - 10:30 น."** (the site's
  *long* format with BE year via the Thai date module), AddToAny "แชร์" **before the body**,
  `field-name-body`, images (some), file table "ไฟล์แนบ" (some), inline "แหล่งที่มา:" field
  (some), "Tags:" (English field label left untranslated), book-like "‹ ข่าวก่อนหน้า / ข่าวถัดไป ›"
  neighbour links with titles inside the node, `ul.links.inline` with **"อ่าน 1,234 ครั้ง"**,
  "พิมพ์หน้านี้", comment prompt; "ข่าวอื่นๆ ในหมวดเดียวกัน" Views block under the node;
  some nodes **edited**: D7 prints no changed date, but the revision log line "แก้ไขล่าสุด"
  is not printed either (modified null throughout);
- listing: Views page `/news` with a **mini pager** (`ul.pager` with only "‹‹", "หน้า 2 จาก 3"
  and "››" links: no numbered pages, the crawler must follow the chain), 0-based `?page=N`.
Deleted: an unpublished node (`/node/N`) linked from page 2: Drupal's 403 page configured to
node "ขออภัย" answers 200 with "คุณไม่มีสิทธิ์เข้าถึงหน้านี้" and the user login form.
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
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
HOST = "https://phichit.doae.go.th"
T = "/sites/all/themes/nexus"
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอตะพานหิน", None, "กรมส่งเสริมการเกษตร"]
PER_PAGE = 9
DELETED_NID = 1533
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 187,402 คน"


def d7_thai_long(d: dt.datetime) -> str:
    return (
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543} - {d:%H:%M} น."
    )


class NexusSite(BaseSite):
    key = "b28_drupal7_nexus"
    family = "drupal"
    imitates = "Drupal 7 + Nexus theme (Devsaran), Thai translation: /node/N, h1#site-title (site name) before h1#page-title; submitted RDF span content=ISO +07:00 printing 'วันพฤหัสบดีที่ 14 มีนาคม พ.ศ. 2567 - 10:30 น.'; AddToAny 'แชร์' before the body, images, file table, inline 'แหล่งที่มา:', 'Tags:', neighbour links with titles, 'อ่าน N ครั้ง', print, comment prompt, 'ข่าวอื่นๆ ในหมวดเดียวกัน'; Views mini pager (‹‹ / หน้า 2 จาก 3 / ››, 0-based ?page=N); deleted = unpublished node, 403 page at 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 8, 28, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        nid = 1588
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 2 + i % 3
            a.time_printed = True
            a.modified = None
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/node/{a.id}"
            a.extra["image"] = i % 4 == 0
            a.extra["file"] = i % 7 == 3
        assert DELETED_NID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/news"] + [f"/news?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, body_class, head_extra=""):
        latest = "".join(
            f'<li class="views-row"><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1" />
<link rel="shortcut icon" href="{HOST}{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
{head_extra}<title>{esc(title)}</title>
<style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base.css?rk3p0x");
@import url("{HOST}/sites/all/modules/views_slideshow/views_slideshow.css?rk3p0x");
@import url("{HOST}/sites/all/modules/addtoany/addtoany.css?rk3p0x");
@import url("{HOST}{T}/css/bootstrap.min.css?rk3p0x");
@import url("{HOST}{T}/css/flexslider.css?rk3p0x");
@import url("{HOST}{T}/css/style.css?rk3p0x");
</style>
<script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?rk3p0x"></script>
<script type="text/javascript" src="{HOST}{T}/js/bootstrap.min.js?rk3p0x"></script>
<script type="text/javascript" src="{HOST}{T}/js/superfish.js?rk3p0x"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"nexus","theme_token":"pX0c2Lr9TqW4vN7mEe1Z"}},"statistics":{{"data":{{"nid":"0"}},"url":"\\/modules\\/statistics\\/statistics.php"}}}});
//--><!]]>
</script>
<!--[if lt IE 9]><script src="{HOST}{T}/js/html5.js"></script><![endif]-->
</head>
<body class="html {body_class} one-sidebar sidebar-first i18n-th">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="page">
  <header id="masthead" class="site-header container" role="banner">
    <div class="row">
      <div id="logo" class="site-branding col-sm-6">
        <div id="site-logo"><a href="/" title="หน้าแรก"><img src="{HOST}/sites/default/files/logo_doae.png" alt="หน้าแรก" /></a></div>
        <h1 id="site-title"><a href="/" title="หน้าแรก">{OFFICE}</a></h1>
      </div>
      <div class="col-sm-6 mainmenu">
        <div class="mobilenavi"></div>
        <nav id="navigation" role="navigation">
          <div id="main-menu">
            <ul class="menu"><li class="first leaf"><a href="/">หน้าแรก</a></li>
<li class="expanded"><a href="/about">ข้อมูลหน่วยงาน</a><ul class="menu"><li class="first leaf"><a href="/about/history">ประวัติ</a></li><li class="last leaf"><a href="/about/staff">บุคลากร</a></li></ul></li>
<li class="leaf active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li>
<li class="leaf"><a href="/agri-data">ข้อมูลการเกษตร</a></li>
<li class="leaf"><a href="/ita">ITA</a></li>
<li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul>
          </div>
        </nav>
      </div>
    </div>
  </header>
  <div class="head-ribbon"></div>
  <div id="main-content">
    <div class="container">
      <div class="row">
        <div id="primary" class="content-area col-sm-8">
          <section id="content" role="main" class="clearfix">
            <div id="breadcrumbs"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><nav class="breadcrumb"><a href="/">หน้าแรก</a> » {crumb}</nav></div>
            <div id="content-wrap">
              <a id="main-content"></a>
{content}
            </div>
          </section>
        </div>
        <aside id="sidebar" class="col-sm-4" role="complementary">
          <div class="region region-sidebar-first">
  <div id="block-views-news-latest-block" class="block block-views"><h2>ข่าวล่าสุด</h2><div class="content"><div class="view view-news-latest"><div class="item-list"><ul>{latest}</ul></div></div></div></div>
  <div id="block-user-login" class="block block-user"><h2>เข้าสู่ระบบ</h2><div class="content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" /><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>
  <div id="block-statistics-popular" class="block block-block"><h2>สถิติผู้เยี่ยมชม</h2><div class="content"><p>วันนี้ 214 คน<br />{SITE_COUNTER}</p></div></div>
</div>
        </aside>
      </div>
    </div>
  </div>
  <div id="footer-block">
    <div class="container"><div class="row">
      <div class="footer-block col-sm-4"><div class="region region-footer-first"><div class="block block-block"><h2>ติดต่อเรา</h2><div class="content"><p>{OFFICE}<br />ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร<br />โทร 0-5661-1443</p></div></div></div></div>
      <div class="footer-block col-sm-4"><div class="region region-footer-second"><div class="block block-menu"><h2>ลิงก์หน่วยงาน</h2><div class="content"><ul class="menu"><li class="first leaf"><a href="https://www.doae.go.th">กรมส่งเสริมการเกษตร</a></li><li class="last leaf"><a href="https://www.moac.go.th">กระทรวงเกษตรและสหกรณ์</a></li></ul></div></div></div></div>
      <div class="footer-block col-sm-4"><div class="region region-footer-third"><div class="block block-block"><div class="content"><p><a href="/rss.xml">RSS</a></p></div></div></div></div>
    </div></div>
  </div>
  <footer id="colophon" class="site-footer" role="contentinfo">
    <div class="container"><div class="row"><div class="fcred col-sm-12">
      Copyright &copy; 2567, <a href="/">{OFFICE}</a>. Theme by <a href="http://www.devsaran.com" target="_blank">Devsaran</a>.
    </div></div></div>
  </footer>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def submitted(self, a):
        return f'<div class="meta submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">โพสต์เมื่อ {d7_thai_long(a.published)} โดย <span class="username" xml:lang="" about="/user/7" typeof="sioc:UserAccount" property="foaf:name" datatype="">admin_pc</span></span></div>'

    def teaser(self, title, path, a):
        return f"""<div class="views-row">
<div class="views-field views-field-title"><span class="field-content"><a href="{path}">{esc(title)}</a></span></div>
<div class="views-field views-field-created"><span class="field-content">{d7_thai_long(a.published)}</span></div>
<div class="views-field views-field-body"><div class="field-content"><p>{esc(a.paras[0][:180])}…</p></div></div>
<div class="views-field views-field-view-node"><span class="field-content"><a href="{path}">อ่านเพิ่มเติม</a></span></div>
</div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous first"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹‹</a></li>'
            )
        items.append(f'<li class="pager-current">หน้า {k + 1} จาก {n}</li>')
        if k < n - 1:
            items.append(
                f'<li class="pager-next last"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">››</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                3,
                self.teaser(
                    "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ (ยกเลิก)",
                    f"/node/{DELETED_NID}",
                    self.pages[1][2],
                ),
            )
        content = f"""<h1 class="title" id="page-title">ข่าวประชาสัมพันธ์</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div class="view view-news view-id-news view-display-id-page view-dom-id-5c1e0b7a">
  <div class="view-content">
{"".join(rows)}  </div>
  {self.pager(k)}
</div></div></div></div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}", content, "ข่าวประชาสัมพันธ์", "not-front page-news"
        )

    # ------------------------------------------------------------------ node

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 3, i - 2, i + 5) if 0 <= j < len(self.articles)
        ][:3]

    def node(self, a):
        url = f"{HOST}{a.path}"
        share = f'<div class="addtoany"><span class="a2a_kit a2a_kit_size_24 a2a_target addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><span class="a2a-label">แชร์</span><a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_twitter"></a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={url}"></a></span></div>'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="{HOST}/sites/default/files/news/{a.id}_1.jpg" class="colorbox" rel="gallery-node-{a.id}"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/medium/public/news/{a.id}_1.jpg" width="220" height="165" alt="" /></a></div></div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="field field-name-field-attach field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="" title="application/pdf" src="{HOST}/modules/file/icons/application-pdf.png" /> <a href="{HOST}/sites/default/files/attach/doc_{a.id}.pdf" type="application/pdf; length=204800">doc_{a.id}.pdf</a></span></div></div></div>'
        source = ""
        if a.source:
            source = f'<div class="field field-name-field-ref field-type-text field-label-inline clearfix"><div class="field-label">แหล่งที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="taxonomy-term-reference-{j}"><a href="/taxonomy/term/{30 + j}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><h3 class="field-label">Tags: </h3><ul class="links inline">{items}</ul></div>'
        newer, older = self.neighbours(a)
        nav = '<div class="node-prev-next clearfix">'
        if older:
            nav += f'<span class="prev-link"><a href="{older.path}" rel="prev">‹ ข่าวก่อนหน้า: {esc(older.title)}</a></span>'
        if newer:
            nav += f'<span class="next-link"><a href="{newer.path}" rel="next">ข่าวถัดไป: {esc(newer.title)} ›</a></span>'
        nav += "</div>"
        return f"""<article id="node-{a.id}" class="node node-news node-full clearfix" about="{a.path}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  {self.submitted(a)}
  <div class="content node-news">
    {share}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>{image}{files}{source}{tags}
    {nav}
  </div>
  <footer><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้สำหรับพิมพ์" class="print-page" rel="nofollow">พิมพ์หน้านี้</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</span></li></ul></footer>
</article>"""

    def detail(self, a):
        rel = "".join(
            f'<div class="views-row"><span class="views-field-title"><a href="{r.path}">{esc(r.title)}</a></span> <span class="views-field-created">{r.published.day} {MONTHS[r.published.month - 1]} {r.published.year + 543}</span></div>'
            for r in self.others(a)
        )
        content = f"""<h1 class="title" id="page-title">{esc(a.title)}</h1>
<div class="tabs"></div>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
{self.node(a)}
</div></div>
<div id="block-views-news-other-block" class="block block-views"><h2>ข่าวอื่นๆ ในหมวดเดียวกัน</h2><div class="content"><div class="view view-news-other">{rel}</div></div></div>
</div>"""
        head = f'<link rel="canonical" href="{HOST}{a.path}" />\n<link rel="shortlink" href="{HOST}{a.path}" />\n<meta property="og:title" content="{esc(a.title)}" />\n'
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            '<a href="/news">ข่าวประชาสัมพันธ์</a>',
            f"not-front page-node page-node- page-node-{a.id} node-type-news",
            head,
        )

    def denied(self):
        content = """<h1 class="title" id="page-title">ขออภัย</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<p>คุณไม่มีสิทธิ์เข้าถึงหน้านี้ กรุณาเข้าสู่ระบบด้วยบัญชีเจ้าหน้าที่</p>
</div></div></div>"""
        return self.shell(f"ขออภัย | {OFFICE}", content, "ขออภัย", "not-front page-node")

    def route(self, path, query, raw_query, base):
        if path == "/news":
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path == f"/node/{DELETED_NID}":
            return self.html_response(self.denied())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == "/rss.xml":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="{HOST}"><channel><title>{OFFICE}</title><link>{HOST}</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        if re.fullmatch(r"/", path):
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                d7_thai_long(a.published),
                "admin_pc",
                f"อ่าน {a.views:,} ครั้ง",
                "แชร์",
                "พิมพ์หน้านี้",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ขอรหัสผ่านใหม่",
                SITE_COUNTER,
                "Theme by",
                "ถนนบุษบา ตำบลในเมือง",
                "Tags:",
                "แหล่งที่มา:",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.others(a)]
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", f"doc_{a.id}.pdf"]
            must_not += a.tags
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = NexusSite()

if __name__ == "__main__":
    main(SITE)
