"""Blind-45 red-team site (part C): **Drupal 7 + "0 Point" (zeropoint) theme**, run by a
provincial agriculture office, built blind.

What it imitates:
- Drupal 7 core output: generator "Drupal 7 (http://drupal.org)", `/sites/all/themes/zeropoint/`,
  `/sites/default/files/`, `/rss.xml`, `/node/N` paths (no pathauto), `?q=`-free clean URLs;
- 0 Point's "Jello Mold" page: `#pgWrapper`, `#top-elements`, `#header`, `#navlist`,
  `#middlecontainer` with `#sidebar-left`, `#main` and `#sidebar-right`, `div.breadcrumb`,
  `h1.title` in `#main` (the headline), tabs-free anonymous view;
- node template: `div.node > div.node-inner`, `span.submitted` "ส่งโดย <login> เมื่อ อ., 04/06/2024 -
  10:30" (the site's "medium" date format set to **d/m/Y with a CE year**, so a day up to 12 reads
  both ways) with the RDFa `dc:date dc:created` `content` ISO stamp; field-image (some), body
  (`field-name-body`), AddThis toolbox inside the content, field "แหล่งข่าว:" (some), file table
  "ไฟล์แนบ" (some), "คำสำคัญ:" tags; `ul.links.inline` with statistics "อ่าน N ครั้ง", the Print
  module's "พิมพ์หน้านี้" (`/print/N`) and "ส่งต่อทางอีเมล" (`/printmail/N`) and the comment login
  prompt; "ข่าวก่อนหน้า / ข่าวถัดไป" links with titles (Previous/Next API);
- Print module page `/print/N` (served: headline, date, body and "ที่มา URL:" footer) linked from
  every article: a printer-friendly twin of each node, not a second article;
- listing: Views page `/news` with D7's full pager `ul.pager` (`?page=N`, 0-based).
Deleted: an unpublished node linked from page 2; the site answers with its 403 page served with
200 ("คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้" + the user login block).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดมหาสารคาม"
LIST = "/news"
TH = "/sites/all/themes/zeropoint"
PER = 8
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอเมืองมหาสารคาม", None, None]
TAGS = ["เกษตรกร", "ข้าวหอมมะลิ", "แปลงใหญ่", "ศพก.", "ภัยแล้ง", "Smart Farmer"]
WD = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_NID = 1388
DELETED = f"/node/{DELETED_NID}"
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือกพนักงานราชการ"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 884,210"
FOOTER = "ศาลากลางจังหวัดมหาสารคาม ถนนศรีสวัสดิ์ดำเนิน ตำบลตลาด อำเภอเมือง"
SHARE = "แบ่งปัน"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
PRINT = "พิมพ์หน้านี้"
MAIL = "ส่งต่อทางอีเมล"
LOGIN = "prmkm"


def medium(d: dt.datetime) -> str:
    """The site's medium format 'D, d/m/Y - H:i' in Thai: 'อ., 04/06/2024 - 10:30'."""
    return f"{WD[d.weekday()]}, {d:%d/%m/%Y - %H:%M}"


class ZeropointSite(BaseSite):
    key = "b45_drupal7_zeropoint"
    family = "drupal"
    imitates = "Drupal 7 + 0 Point (zeropoint) theme, provincial agriculture office, Print module twins, d/m/Y CE dates"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 7, 12, 16, 0, tzinfo=TZ), offset=41
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1420 - i * 3 - (i % 2)
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 27 + (i * 211) % 2900
            a.modified = None
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.by_nid = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, title, head_title, crumbs, body_cls):
        latest = "".join(
            f'<li class="views-row"><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        crumb = " » ".join(f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{TH}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="/rss.xml" />
<title>{esc(head_title)}</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?sg1x2k");
@import url("/sites/all/modules/print/css/printlinks.css?sg1x2k");
@import url("{TH}/css/style-zero.css?sg1x2k");
@import url("{TH}/_custom/headerimg/headerimg.css?sg1x2k");</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?sg1x2k"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"zeropoint","theme_token":"q8Yk2"}}}});</script>
</head>
<body class="html {body_cls} not-logged-in two-sidebars page-node i18n-th lg-th sky fluid var" >
<div id="skip-link"><a href="#main" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="pgWrapper"><div id="top_bg"><div class="sizer0 clearfix" style="max-width:85em;">
<div id="topBar">
<div id="top-elements"><div id="search-box"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div><input type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" name="op" value="ค้นหา" class="form-submit" /></div></form></div></div>
</div>
<div id="header" class="clearfix"><a href="/" title="หน้าแรก"><img src="{TH}/images/sky/logo.png" alt="หน้าแรก" class="logoimg" /></a>
<div id="name-and-slogan"><p id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></p><div id="site-slogan">กระทรวงเกษตรและสหกรณ์</div></div></div>
<div class="menuband clearfix"><div id="menu" class="menu-wrapper"><ul class="links primary-links"><li class="menu-218 first"><a href="/">หน้าแรก</a></li><li class="menu-402 active-trail"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="menu-403"><a href="/node/12">เกี่ยวกับหน่วยงาน</a></li><li class="menu-404 last"><a href="/contact">ติดต่อเรา</a></li></ul></div></div>
</div></div>
<div id="body_bg"><div class="sizer0 clearfix" style="max-width:85em;"><div id="body_left"><div id="body_right" class="clearfix">
<div class="breadcrumb">{crumb}</div>
<div class="clearfix"><div id="middlecontainer">
<div id="sidebar-left"><div class="region region-sidebar-first">
<div id="block-user-login" class="block block-user themed-block"><div class="block-icon pngfix"></div><h2 class="block-title">เข้าสู่ระบบ</h2><div class="content"><form action="/news?destination=news" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="This field is required.">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>
</div></div>
<div id="main"><div id="squeeze">
<a id="main-content"></a>
{title}
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">{content}</div></div></div>
</div></div>
<div id="sidebar-right"><div class="region region-sidebar-second">
<div id="block-views-news-latest-block" class="block block-views themed-block"><h2 class="block-title">ข่าวล่าสุด</h2><div class="content"><div class="view view-news-latest view-id-news_latest view-display-id-block"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div>
<div id="block-statistics-popular" class="block block-statistics themed-block"><h2 class="block-title">สถิติเว็บไซต์</h2><div class="content"><p>ออนไลน์ 9 คน<br />{COUNTER}</p></div></div>
</div></div>
</div></div>
</div></div></div></div></div>
<div id="bottom_bg"><div class="sizer0 clearfix" style="max-width:85em;"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{OFFICE}<br />{FOOTER} จังหวัดมหาสารคาม 44000 โทร. 0-4377-7045</p></div></div></div>
<div class="legal"><p>Copyright © 2567 {OFFICE}</p><div class="by"><a href="http://www.radut.net">Dropped by Radut</a></div></div></div></div></div>
</div>
</body>
</html>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return LIST if j == 0 else f"{LIST}?page={j}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« หน้าแรก</a></li>'
            )
            lis.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{href(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                lis.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                lis.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{href(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(k + 1)}">ถัดไป ›</a></li>'
            )
            lis.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(lis)}</ul></div>'

    def listing(self, k):
        rows = [(a.path, a.title, a.published, a.paras[0]) for a in self.pages[k]]
        if k == 1:
            d = self.pages[k][2].published
            rows.insert(2, (DELETED, DELETED_TITLE, d, "ตามที่สำนักงานเกษตรจังหวัดได้ประกาศรับสมัคร"))
        items = "".join(
            f"""<div class="views-row views-row-{j + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="{p}">{esc(t)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{d:%d/%m/%Y}</span></div><div class="views-field views-field-body"><div class="field-content">{esc(lead[:120])}…</div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{p}">อ่านต่อ</a></span></div></div>"""
            for j, (p, t, d, lead) in enumerate(rows)
        )
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-7c1e"><div class="view-content">{items}</div>{self.pager(k)}<div class="feed-icon"><a href="/news/feed" class="feed-icon" title="สมัครรับ ข่าวประชาสัมพันธ์"><img src="/misc/feed.png" width="16" height="16" alt="สมัครรับ ข่าวประชาสัมพันธ์" /></a></div></div>"""
        return self.shell(
            content,
            '<h1 class="title">ข่าวประชาสัมพันธ์</h1>',
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            [("/", "หน้าแรก")],
            "not-front page-news",
        )

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i - 1] if i > 0 else None,
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
        )

    def body_html(self, a):
        return "".join(f"<p>{esc(x)}</p>" for x in a.paras)

    def article(self, a):
        img = (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="/sites/default/files/news/img{a.id}.jpg" class="colorbox"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/img{a.id}.jpg" width="480" height="320" alt="" /></a></div></div></div>'
            if a.extra["image"]
            else ""
        )
        src = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">แหล่งข่าว:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        files = (
            f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><table class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><span class="file"><img class="file-icon" alt="" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/doc/news{a.id}.pdf" type="application/pdf; length=220311">news{a.id}.pdf</a></span></td><td>215.15 KB</td></tr></tbody></table></div></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">คำสำคัญ:&nbsp;</div><ul class="field-items">'
            + "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/taxonomy/term/{30 + j}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            + "</ul></div>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        pn = '<div class="prev-next-links clearfix">'
        if nxt:
            pn += f'<span class="prev-link"><a href="{nxt.path}">« ข่าวก่อนหน้า: {esc(nxt.title)}</a></span> '
        if prev:
            pn += f'<span class="next-link"><a href="{prev.path}">ข่าวถัดไป: {esc(prev.title)} »</a></span>'
        pn += "</div>"
        addthis = f'<div class="addthis_toolbox addthis_default_style"><span class="addthis-label">{SHARE}:</span> <a class="addthis_button_facebook"></a><a class="addthis_button_line"></a><a class="addthis_button_twitter"></a><a class="addthis_button_compact"></a><a class="addthis_counter addthis_bubble_style"></a></div>'
        content = f"""<div id="node-{a.id}" class="node node-article node-promoted node-full clearfix" about="/node/{a.id}" typeof="sioc:Item foaf:Document"><div class="node-inner">
<span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
<div class="submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/user/5" typeof="sioc:UserAccount" property="foaf:name" datatype="">{LOGIN}</span> เมื่อ {medium(a.published)}</span></div>
<div class="content">
{img}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_html(a)}</div></div></div>
{addthis}
{src}
{files}
{tags}
</div>
<div class="links"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="print_html"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์" class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" src="/sites/all/modules/print/icons/print_icon.png" width="16" height="16" alt="" title="" />{PRINT}</a></li><li class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ให้เพื่อน" class="print-mail" rel="nofollow">{MAIL}</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> {LOGIN_PROMPT}</span></li></ul></div>
{pn}
</div></div>"""
        return self.shell(
            content,
            f'<h1 class="title">{esc(a.title)}</h1>',
            f"{a.title} | {OFFICE}",
            [("/", "หน้าแรก"), (LIST, "ข่าวประชาสัมพันธ์")],
            "not-front page-node-" + str(a.id) + " node-type-article",
        )

    def print_page(self, a, base):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(a.title)} | {OFFICE}</title>
<meta name="robots" content="noindex, nofollow" />
<link rel="canonical" href="{base}/node/{a.id}" />
<link type="text/css" rel="stylesheet" href="/sites/all/modules/print/css/print.css" />
</head>
<body>
<div class="print-logo"><img class="print-logo" src="{TH}/images/sky/logo.png" alt="" /></div>
<div class="print-site_name">เผยแพร่เมื่อ {OFFICE} ({base})</div>
<p />
<div class="print-breadcrumb"><a href="/">หน้าแรก</a> &gt; <a href="{LIST}">ข่าวประชาสัมพันธ์</a> &gt; {esc(a.title)}</div>
<hr class="print-hr" />
<h1 class="print-title">{esc(a.title)}</h1>
<div class="print-content"><div class="submitted">ส่งโดย {LOGIN} เมื่อ {medium(a.published)}</div>
<div class="field field-name-body">{self.body_html(a)}</div></div>
<div class="print-footer">{OFFICE}</div>
<hr class="print-hr" />
<div class="print-source_url"><strong>ที่มา URL:</strong> <a href="{base}/node/{a.id}">{base}/node/{a.id}</a></div>
<script type="text/javascript">window.print();</script>
</body>
</html>
"""

    def printmail(self, a):
        content = f"""<form action="/printmail/{a.id}" method="post" id="print-mail-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-fld-from-addr"><label for="edit-fld-from-addr">อีเมลของคุณ <span class="form-required">*</span></label><input type="text" id="edit-fld-from-addr" name="fld_from_addr" value="" size="62" maxlength="254" class="form-text required" /></div><div class="form-item form-type-textarea form-item-txt-to-addrs"><label for="edit-txt-to-addrs">ส่งถึง <span class="form-required">*</span></label><textarea id="edit-txt-to-addrs" name="txt_to_addrs" cols="60" rows="3" class="form-textarea required"></textarea></div><div class="form-item form-type-textfield form-item-fld-subject"><label for="edit-fld-subject">หัวเรื่อง</label><input type="text" id="edit-fld-subject" name="fld_subject" value="มีผู้ส่งหน้านี้ให้คุณ: {esc(a.title)}" size="60" maxlength="254" class="form-text" /></div><input type="submit" id="edit-btn-submit" name="op" value="ส่งอีเมล" class="form-submit" /></div></form>"""
        return self.shell(
            content,
            '<h1 class="title">ส่งหน้านี้ทางอีเมล</h1>',
            f"ส่งหน้านี้ทางอีเมล | {OFFICE}",
            [("/", "หน้าแรก")],
            "not-front page-printmail",
        )

    def denied(self):
        content = "<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>"
        return self.shell(
            content,
            '<h1 class="title">ไม่อนุญาตให้เข้าถึง</h1>',
            f"ไม่อนุญาตให้เข้าถึง | {OFFICE}",
            [("/", "หน้าแรก")],
            "not-front page-node",
        )

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = (query.get("page") or ["0"])[0]
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path == "/":
            return self.html_response(self.listing(0))
        for prefix, fn in (
            ("/node/", self.article),
            ("/print/", lambda a: self.print_page(a, base)),
            ("/printmail/", self.printmail),
        ):
            if path.startswith(prefix) and path[len(prefix) :].isdigit():
                nid = int(path[len(prefix) :])
                if nid in self.by_nid:
                    return self.html_response(fn(self.by_nid[nid]))
                if nid == DELETED_NID and prefix == "/node/":
                    return self.html_response(self.denied())
                return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                f"ส่งโดย {LOGIN}",
                SHARE,
                PRINT,
                MAIL,
                LOGIN_PROMPT,
                COUNTER,
                FOOTER,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวล่าสุด",
                medium(a.published),
            ]
            if a.source:
                must_not.append("แหล่งข่าว")
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", f"news{a.id}.pdf", "215.15 KB"]
            if a.tags:
                must_not.append("คำสำคัญ")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = ZeropointSite()

if __name__ == "__main__":
    main(SITE)
