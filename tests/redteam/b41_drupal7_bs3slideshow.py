"""Blind-41 red-team site (part C): **Drupal 7.98 + the Bootstrap 3 base theme (a subtheme)
with a Views Slideshow (Cycle) block on the news view**, run by a district agricultural office
(สำนักงานเกษตรอำเภอ), built blind.

What it imitates:
- Pathauto's default pattern `content/[node:title]` with Thai titles kept (unicode aliases,
  spaces to hyphens, punctuation dropped, 100-character cut): `/content/<thai-title>`;
- Generator "Drupal 7 (http://drupal.org)", `/sites/all/themes/bootstrap/`, `/misc/drupal.js`,
  `/rss.xml`, `jQuery.extend(Drupal.settings, …)`;
- node page: `h1.page-header` headline, `submitted` hidden; a Date-module field
  "วันที่ข่าว" printed in `span.date-display-single` with RDFa `content` (ISO with time) and
  the visible text "อังคาร 5 มีนาคม 2567 - 14:20" (Thai day and month names, **BE year**); Print
  module links (พิมพ์ / ส่งอีเมล / PDF) above the body; AddToAny bar inside the node; image
  field (some); `field-name-field-source` "ที่มา:" (some); file field "เอกสารแนบ" (some);
  tags "ป้ายกำกับ:"; Statistics "อ่าน N ครั้ง" in `ul.links.inline` with the comment login
  prompt; a Views block "ข่าวอื่นๆ" in the content region; sidebar "ข่าวล่าสุด", user login
  block and a site-wide visitor counter; cookie bar (EU Cookie Compliance); footer;
- the news view `/news` with a Views Slideshow (Cycle) of the five newest items above the list
  and **the Views mini pager** (`?page=N`, 0-based; "‹‹ / 2 จาก 3 / ››", no page numbers).
Deleted: `/content/ยกเลิกข่าว` — a node an editor emptied and retitled "ยกเลิกข่าว" (empty
body, no date field), linked from page 2.
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS,
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

OFFICE = "สำนักงานเกษตรอำเภอแม่ริม"
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
PER_PAGE = 9
LIST = "/news"
THEME = "/sites/all/themes/kaset_bs3"
SOURCES = [None, "กลุ่มส่งเสริมและพัฒนาการผลิต", None, "สำนักงานเกษตรจังหวัดเชียงใหม่"]
TAGS = ["เกษตรกร", "ข้าว", "ลำไย", "ศูนย์เรียนรู้", "แปลงใหญ่", "ภัยแล้ง", "Young Smart Farmer"]
DELETED = "/content/ยกเลิกข่าว"
COUNTER = "ผู้เข้าชมทั้งหมด 482,316 คน"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน"
FOOTER = "สำนักงานเกษตรอำเภอแม่ริม ถนนโชตนา ตำบลริมใต้ อำเภอแม่ริม จังหวัดเชียงใหม่ 50180"
LOGIN_PROMPT = "เข้าสู่ระบบ หรือ สมัครสมาชิก เพื่อแสดงความคิดเห็น"


def dfield(d: dt.datetime) -> str:
    """Date-module custom format 'l j F Y - H:i' with the Thai year: 'อังคาร 5 มีนาคม 2567 - 14:20'."""
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year + 543} - {d:%H:%M}"


def alias(title: str) -> str:
    s = re.sub(r"[\"'“”‘’.,:;!?()\[\]/\\%&#+]", "", title)
    s = re.sub(r"\s+", "-", s.strip())
    return "/content/" + s[:100].rstrip("-")


class D7Site(BaseSite):
    key = "b41_drupal7_bs3slideshow"
    family = "drupal"
    imitates = "Drupal 7.98 + Bootstrap 3 base-theme subtheme with a Views Slideshow (Cycle) block, district agricultural office: pathauto content/[node:title] Thai aliases; h1.page-header; submitted hidden, date only in a Date-module field span.date-display-single (RDFa content ISO, text 'อังคาร 5 มีนาคม 2567 - 14:20' Thai day/month, BE year); Print module links; AddToAny inside the node; field_source 'ที่มา:' (some); file field (some); tags; statistics 'อ่าน N ครั้ง' + comment login prompt; Views block 'ข่าวอื่นๆ' in content; sidebar latest, user login, site counter; EU cookie bar; /news view with slideshow and Views MINI pager ?page=N ('2 จาก 3', no numbers); deleted = emptied node"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 8, 20, 17, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        seen = set()
        for i, a in enumerate(arts):
            a.id = 2410 - i * 3
            p = alias(a.title)
            if p in seen:
                p += "-0"
            seen.add(p)
            a.path = p
            a.time_printed = True
            a.modified = None
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 7 == 4
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, body_class, node_id=None):
        latest = "".join(
            f'<li class="views-row"><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        shortlink = f'<link rel="shortlink" href="/node/{node_id}" />' if node_id else ""
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
  <meta name="generator" content="Drupal 7 (http://drupal.org)" />
  {shortlink}
  <link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="/rss.xml" />
  <title>{esc(title)} | {OFFICE}</title>
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_lQaZfjVpwP_oGNqdtWCSpJT1EMqXdMiU84ekLLxQnc4.css" media="all" />
  <link type="text/css" rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@3.4.1/dist/css/bootstrap.min.css" media="all" />
  <script src="/misc/jquery.js?v=1.4.4"></script>
  <script src="/misc/drupal.js?s0k3n1"></script>
  <script src="/sites/all/modules/views_slideshow/contrib/views_slideshow_cycle/js/views_slideshow_cycle.js?s0k3n1"></script>
  <script src="/sites/all/themes/bootstrap/js/bootstrap.js?s0k3n1"></script>
  <script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"kaset_bs3","theme_token":"Qx7b"}}}});</script>
</head>
<body class="html {body_class} navbar-is-static-top">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<header id="navbar" role="banner" class="navbar navbar-static-top navbar-default"><div class="container">
<div class="navbar-header"><a class="logo navbar-btn pull-left" href="/" title="หน้าแรก"><img src="/sites/default/files/logo.png" alt="หน้าแรก" /></a><a class="name navbar-brand" href="/" title="หน้าแรก">{OFFICE}</a></div>
<div class="navbar-collapse collapse"><nav role="navigation"><ul class="menu nav navbar-nav"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="/about">เกี่ยวกับเรา</a></li><li class="leaf active-trail"><a href="{LIST}" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul></nav></div>
</div></header>
<div class="main-container container">
  <header role="banner" id="page-header"><p class="lead">ส่งเสริมการเกษตร เพื่อเกษตรกรอำเภอแม่ริม</p></header>
  <div class="row">
    <section class="col-sm-9">
      <ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="active">{esc(title)}</li></ol>
      <a id="main-content"></a>
      {content}
    </section>
    <aside class="col-sm-3" role="complementary"><div class="region region-sidebar-second well">
      <section id="block-views-latest-news-block" class="block block-views clearfix"><h2 class="block-title">ข่าวล่าสุด</h2><div class="view view-latest-news"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></section>
      <section id="block-user-login" class="block block-user clearfix"><h2 class="block-title">เข้าสู่ระบบ</h2><form action="/node?destination=node" method="post" id="user-login-form"><div class="form-item form-item-name form-type-textfield form-group"><label class="control-label" for="edit-name">ชื่อผู้ใช้ <span class="form-required">*</span></label><input class="form-control form-text required" type="text" id="edit-name" name="name" size="15" maxlength="60" /></div><div class="form-item form-item-pass form-type-password form-group"><label class="control-label" for="edit-pass">รหัสผ่าน <span class="form-required">*</span></label><input class="form-control form-text required" type="password" id="edit-pass" name="pass" size="15" maxlength="128" /></div><div class="item-list"><ul><li class="first"><a href="/user/register">สร้างบัญชีผู้ใช้ใหม่</a></li><li class="last"><a href="/user/password">ขอรหัสผ่านใหม่</a></li></ul></div><button type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="btn btn-primary form-submit">เข้าสู่ระบบ</button></form></section>
      <section id="block-block-3" class="block block-block clearfix"><h2 class="block-title">สถิติผู้เข้าชม</h2><p>{COUNTER}</p></section>
    </div></aside>
  </div>
</div>
<footer class="footer container"><div class="region region-footer"><section id="block-block-1" class="block block-block clearfix"><p>{FOOTER} โทร. 0-5329-7031</p><p>© 2567 {OFFICE} กรมส่งเสริมการเกษตร</p></section></div></footer>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ยอมรับ</button><button type="button" class="find-more-button">ข้อมูลเพิ่มเติม</button></div></div></div>
</body>
</html>
"""

    def teaser(self, a, title=None, path=None):
        title = title or a.title
        path = path or a.path
        img = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{path}"><img class="img-responsive" src="/sites/default/files/styles/thumbnail/public/news/{a.id}.jpg" width="100" height="75" alt="" /></a></div></div>'
            if a.extra["image"]
            else ""
        )
        return f"""<div class="views-row">{img}<div class="views-field views-field-title"><span class="field-content"><a href="{path}">{esc(title)}</a></span></div>
<div class="views-field views-field-field-news-date"><div class="field-content"><span class="date-display-single">{dfield(a.published)}</span></div></div>
<div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:160])}…</div></div>
<div class="views-field views-field-view-node"><span class="field-content"><a href="{path}">อ่านต่อ</a></span></div></div>"""

    def listing(self, k):
        n = len(self.pages)
        rows = [self.teaser(a) for a in self.pages[k]]
        if k == 1:
            rows.insert(2, self.teaser(self.pages[1][2], "ยกเลิกข่าว", DELETED))
        slides = "".join(
            f'<div id="views_slideshow_cycle_div_news-block_1_{j}" class="views_slideshow_cycle_slide views_slideshow_slide views-row-{j + 1}{" views_slideshow_cycle_hidden" if j else ""}"><div class="views-field views-field-field-image"><img src="/sites/default/files/styles/slide/public/news/{a.id}.jpg" alt="" /></div><div class="views-field views-field-title"><span class="field-content"><a href="{a.path}">{esc(a.title)}</a></span></div></div>'
            for j, a in enumerate(self.articles[:5])
        )
        prev = (
            f'<li class="pager-previous previous"><a href="{LIST if k == 1 else f"{LIST}?page={k - 1}"}">‹‹</a></li>'
            if k > 0
            else '<li class="pager-previous previous disabled"><span>‹‹</span></li>'
        )
        nxt = (
            f'<li class="pager-next next"><a href="{LIST}?page={k + 1}">››</a></li>'
            if k < n - 1
            else '<li class="pager-next next disabled"><span>››</span></li>'
        )
        content = f"""<h1 class="page-header">ข่าวประชาสัมพันธ์</h1>
<div class="region region-content">
<section id="block-views-news-slideshow-block-1" class="block block-views clearfix"><div class="view view-news-slideshow view-id-news_slideshow view-display-id-block_1"><div class="view-content"><div class="skin-default"><div id="views_slideshow_cycle_main_news-block_1" class="views_slideshow_cycle_main views_slideshow_main"><div id="views_slideshow_cycle_teaser_section_news-block_1" class="views-slideshow-cycle-main-frame views_slideshow_cycle_teaser_section">{slides}</div></div>
<div class="views-slideshow-controls-bottom clearfix"><div id="views_slideshow_controls_text_news-block_1" class="views-slideshow-controls-text views_slideshow_controls_text"><span id="views_slideshow_controls_text_previous_news-block_1" class="views-slideshow-controls-text-previous views_slideshow_controls_text_previous"><a href="#" rel="prev">ก่อนหน้า</a></span><span id="views_slideshow_controls_text_pause_news-block_1" class="views-slideshow-controls-text-pause views_slideshow_controls_text_pause views-slideshow-controls-text-status-play"><a href="#">หยุด</a></span><span id="views_slideshow_controls_text_next_news-block_1" class="views-slideshow-controls-text-next views_slideshow_controls_text_next"><a href="#" rel="next">ถัดไป</a></span></div></div></div></div></div></section>
<section id="block-system-main" class="block block-system clearfix"><div class="view view-news view-id-news view-display-id-page view-dom-id-7c1e0"><div class="view-content">
{"".join(rows)}
</div>
<h2 class="element-invisible">หน้า</h2><div class="text-center"><ul class="pager">{prev}<li class="pager-current">{k + 1} จาก {n}</li>{nxt}</ul></div>
<div class="feed-icon"><a href="/news/feed" class="feed-icon" title="บอกรับ ข่าวประชาสัมพันธ์"><img src="/misc/feed.png" width="16" height="16" alt="บอกรับ ข่าวประชาสัมพันธ์" /></a></div>
</div></section></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content, "not-front page-news")

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 5]] or self.articles[1:5]

    def node(self, a):
        enc_path = a.path
        img = (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img class="img-responsive" typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/{a.id}.jpg" width="640" height="427" alt="" /></div></div></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        files = (
            f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">เอกสารแนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/news/{a.id}.pdf" type="application/pdf; length=312044">ประกาศ-{a.id}.pdf</a></span></div></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">ป้ายกำกับ:&nbsp;</div><div class="field-items">'
            + "".join(
                f'<div class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/tags/{esc(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                for j, t in enumerate(a.tags)
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        others = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><a href="{x.path}">{esc(x.title)}</a></span> <span class="views-field views-field-field-news-date"><span class="date-display-single">{dfield(x.published)}</span></span></li>'
            for x in self.others(a)
        )
        content = f"""<h1 class="page-header">{esc(a.title)}</h1>
<div class="region region-content">
<section id="block-system-main" class="block block-system clearfix">
<article id="node-{a.id}" class="node node-news node-promoted view-mode-full clearfix" about="{enc_path}" typeof="sioc:Item foaf:Document">
  <header><span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span></header>
  <div class="field field-name-field-news-date field-type-datetime field-label-inline clearfix"><div class="field-label">วันที่ข่าว:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="date-display-single" property="dc:date" datatype="xsd:dateTime" content="{a.published.isoformat()}">{dfield(a.published)}</span></div></div></div>
  <span class="print-link"><span class="print_html"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์" class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" src="/sites/all/modules/print/icons/print_icon.png" alt="" />พิมพ์</a></span><span class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ทางอีเมล" class="print-mail" rel="nofollow"><img class="print-icon print-icon-margin" src="/sites/all/modules/print/icons/mail_icon.png" alt="" />ส่งอีเมล</a></span><span class="print_pdf"><a href="/printpdf/{a.id}" title="แสดงเป็น PDF" class="print-pdf" rel="nofollow"><img class="print-icon print-icon-margin" src="/sites/all/modules/print/icons/pdf_icon.png" alt="" />PDF</a></span></span>
  {img}
  <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
  {source}
  {files}
  {tags}
  <span class="a2a_kit a2a_kit_size_32 a2a_target addtoany_list" id="da2a_1"><a class="a2a_button_facebook" href="#">Facebook</a><a class="a2a_button_line" href="#">Line</a><a class="a2a_button_twitter" href="#">Twitter</a><a class="a2a_dd addtoany_share_save" href="https://www.addtoany.com/share#url={enc_path}">แชร์</a></span>
  <footer><ul class="links list-inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</span></li></ul></footer>
</article>
</section>
<section id="block-views-news-block-2" class="block block-views clearfix"><h2 class="block-title">ข่าวอื่นๆ</h2><div class="view view-news view-display-id-block_2"><div class="view-content"><div class="item-list"><ul>{others}</ul></div></div></div></section>
</div>"""
        return self.shell(
            a.title, content, f"not-front page-node page-node-{a.id} node-type-news", a.id
        )

    def emptied(self):
        content = """<h1 class="page-header">ยกเลิกข่าว</h1>
<div class="region region-content"><section id="block-system-main" class="block block-system clearfix">
<article id="node-2301" class="node node-news view-mode-full clearfix" about="/content/ยกเลิกข่าว" typeof="sioc:Item foaf:Document">
  <header><span property="dc:title" content="ยกเลิกข่าว" class="rdf-meta element-hidden"></span></header>
  <footer><ul class="links list-inline"><li class="statistics_counter first last"><span>อ่าน 3 ครั้ง</span></li></ul></footer>
</article></section></div>"""
        return self.shell(
            "ยกเลิกข่าว", content, "not-front page-node page-node-2301 node-type-news", 2301
        )

    def route(self, path, query, raw_query, base):
        from urllib.parse import unquote

        path = unquote(path)
        if path == LIST:
            page = qs1(query, "page", "0")
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path in self.by_path:
            return self.html_response(self.node(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.emptied())
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                dfield(a.published),
                "วันที่ข่าว:",
                f"อ่าน {a.views} ครั้ง",
                "แสดงหน้าสำหรับพิมพ์",
                "ส่งอีเมล",
                "แชร์",
                "Facebook",
                LOGIN_PROMPT,
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "สร้างบัญชีผู้ใช้ใหม่",
                "ขอรหัสผ่านใหม่",
                COUNTER,
                COOKIE,
                FOOTER,
                "ป้ายกำกับ:",
            ]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ:", f"ประกาศ-{a.id}.pdf"]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = D7Site()

if __name__ == "__main__":
    main(SITE)
