"""Blind-46 red-team site (part C): **Drupal 7 + BlueMasters theme** (More than Themes), run by
a provincial public-health office, built blind.

What it imitates:
- Drupal 7 core output: generator "Drupal 7 (http://drupal.org)", `/sites/all/themes/bluemasters/`,
  `/sites/default/files/`, `/rss.xml`, `Drupal.settings`; pathauto's default pattern
  `content/[node:title]` with transliteration off, so every article sits under a **Thai alias**
  `/content/<ชื่อข่าว-คั่นด้วยขีด>` (percent-encoded in the links, cut at 100 characters);
- BlueMasters' page: `#header-top`, `#header` (`#logo`, `#site-name`, `#site-slogan`),
  `#main-navigation` with `ul.sf-menu`, `#content` > `#main` and `#sidebar`, `div.breadcrumb`,
  `h1.page-title` (the headline), footer credit "Ported to Drupal by Drupalizing";
- node template: `div.node` with `div.meta.submitted` printing D7's **"long" date format
  untouched by the site builder: `l, F j, Y - H:i` translated by the Thai locale**, i.e.
  "พุธ, มิถุนายน 5, 2024 - 10:30" (weekday, **month first, CE year**) inside the RDFa
  `dc:date dc:created` span (ISO `content`), "โดย <login>"; field-image (some), body, the
  Service Links "แบ่งปัน:" row inside the content, field "ที่มา:" (some), "แท็ก:" terms; the links
  row with statistics "อ่าน N ครั้ง", Forward "ส่งต่อหน้านี้" and the comment login prompt;
  a Views block "ข่าวที่เกี่ยวข้อง" placed in the content region under the node;
- listing: the taxonomy term page `/taxonomy/term/7` with node teasers and D7's full pager
  (`?page=N`, 0-based).
Deleted: an unpublished node linked from page 2; r4032login renders the user login form at its
URL with "กรุณาเข้าสู่ระบบเพื่อเข้าถึงหน้านี้" (200).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดกาฬสินธุ์"
LIST = "/taxonomy/term/7"
TH = "/sites/all/themes/bluemasters"
PER = 9
SOURCES = [None, "กลุ่มงานควบคุมโรคติดต่อ", None, "กลุ่มงานส่งเสริมสุขภาพ", None, None]
TAGS = ["สาธารณสุข", "อสม.", "ไข้เลือดออก", "ผู้สูงอายุ", "วัคซีน", "รพ.สต."]
WD = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
MON = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
DELETED_TITLE = "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว ตำแหน่งนักวิชาการสาธารณสุข"
COUNTER = "ผู้เข้าชมทั้งหมด 1,204,377"
FOOTER = "ถนนอนรรฆนาค ตำบลกาฬสินธุ์ อำเภอเมืองกาฬสินธุ์"
SHARE = "แบ่งปัน:"
FORWARD = "ส่งต่อหน้านี้"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
LOGIN = "ksnpho_pr"


def long_date(d: dt.datetime) -> str:
    """D7 'long' format 'l, F j, Y - H:i' under the Thai locale: 'พุธ, มิถุนายน 5, 2024 - 10:30'."""
    return f"{WD[d.weekday()]}, {MON[d.month - 1]} {d.day}, {d.year} - {d:%H:%M}"


def alias(title: str) -> str:
    """pathauto without transliteration: punctuation dropped, spaces to '-', 100 chars."""
    s = re.sub(r"[^\w\s\u0e00-\u0e7f-]", "", title)
    s = re.sub(r"[\s-]+", "-", s).strip("-")[:100].strip("-")
    return "/content/" + s


def enc(path: str) -> str:
    return quote(path, safe="/")


class BlueMastersSite(BaseSite):
    key = "b46_drupal7_bluemasters"
    family = "drupal"
    imitates = (
        "Drupal 7 + BlueMasters theme, provincial health office, Thai pathauto aliases, "
        "Thai-locale long dates (month first, CE)"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 9, 20, 15, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2310 - i * 2 - (i % 3)
            a.path = alias(a.title)
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k * 2) % len(TAGS)] for k in range(i % 3)]
            a.views = 41 + (i * 173) % 3100
            a.modified = None
            a.extra["image"] = i % 4 == 2
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        self.deleted = alias(DELETED_TITLE)
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def shell(self, content, title, head_title, crumbs, body_cls):
        latest = "".join(
            f'<li class="views-row"><a href="{enc(a.path)}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        crumb = " › ".join(f'<a href="{h}">{esc(t)}</a>' for h, t in crumbs)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/terms/" xmlns:foaf="http://xmlns.com/foaf/0.1/" xmlns:sioc="http://rdfs.org/sioc/ns#" xmlns:skos="http://www.w3.org/2004/02/skos/core#" xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{TH}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="/rss.xml" />
<title>{esc(head_title)}</title>
<style type="text/css" media="all">@import url("/modules/system/system.base.css?pkq3xz");
@import url("/modules/field/theme/field.css?pkq3xz");
@import url("/sites/all/modules/service_links/css/service_links.css?pkq3xz");
@import url("{TH}/style.css?pkq3xz");</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?pkq3xz"></script>
<script type="text/javascript" src="{TH}/js/superfish.js?pkq3xz"></script>
<script type="text/javascript">jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"bluemasters","theme_token":"Zt0aQ"}}}});</script>
</head>
<body class="html {body_cls} not-logged-in one-sidebar sidebar-first" >
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="page">
<div id="header-top"><div id="header-top-inside" class="clearfix"><div id="header-top-left"><p>ยินดีต้อนรับสู่เว็บไซต์ {OFFICE}</p></div><div id="header-top-right"><div id="search"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div><input type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" name="op" value="ค้นหา" class="form-submit" /></div></form></div></div></div></div>
<div id="header"><div id="header-inside" class="clearfix">
<div id="logo"><a href="/" title="หน้าแรก"><img src="{TH}/logo.png" alt="หน้าแรก" /></a></div>
<div id="site-name"><a href="/" title="หน้าแรก">{OFFICE}</a></div><div id="site-slogan">Kalasin Provincial Public Health Office</div>
</div></div>
<div id="main-navigation"><div id="main-navigation-inside" class="clearfix"><div id="navigation"><ul class="menu sf-menu"><li class="first leaf"><a href="/">หน้าแรก</a></li><li class="leaf active-trail"><a href="{LIST}" class="active-trail">ข่าวประชาสัมพันธ์</a></li><li class="expanded"><a href="/node/5">เกี่ยวกับเรา</a><ul class="menu"><li class="first last leaf"><a href="/node/6">โครงสร้างองค์กร</a></li></ul></li><li class="last leaf"><a href="/contact">ติดต่อเรา</a></li></ul></div></div></div>
<div id="content"><div id="content-inside" class="inside">
<div id="main">
<div class="breadcrumb">{crumb}</div>
<a id="main-content"></a>
{title}
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">{content}</div></div></div>
</div>
<div id="sidebar"><div class="region region-sidebar-first">
<div id="block-views-latest-news-block" class="block block-views"><h2>{LATEST}</h2><div class="content"><div class="view view-latest-news"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div></div></div></div>
<div id="block-user-login" class="block block-user"><h2>เข้าสู่ระบบ</h2><div class="content"><form action="/user/login?destination=node" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="form-actions form-wrapper"><input type="submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>
<div id="block-block-3" class="block block-block"><h2>สถิติผู้เข้าชม</h2><div class="content"><p>วันนี้ 312<br />{COUNTER}</p></div></div>
</div></div>
</div></div>
<div id="footer"><div id="footer-inside" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{OFFICE} {FOOTER} จังหวัดกาฬสินธุ์ 46000 โทรศัพท์ 0-4381-1535</p></div></div></div></div></div>
<div id="footer-bottom"><div id="footer-bottom-inside" class="clearfix"><div id="footer-bottom-left">Copyright © 2567 {OFFICE}</div><div id="footer-bottom-right">Ported to Drupal by <a href="http://www.drupalizing.com">Drupalizing</a>, a Project of <a href="http://www.morethanthemes.com">More than Themes</a>. Designed by <a href="http://www.site5.com/wordpress-themes/">Site5 WordPress Themes</a>.</div></div></div>
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

    def teaser(self, path, title, d, lead, nid):
        return f"""<div id="node-{nid}" class="node node-article node-teaser clearfix" about="{enc(path)}" typeof="sioc:Item foaf:Document">
<h2><a href="{enc(path)}">{esc(title)}</a></h2>
<div class="meta submitted"><span property="dc:date dc:created" content="{d.isoformat()}" datatype="xsd:dateTime">{long_date(d)}</span></div>
<div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>{esc(lead[:200])}…</p></div></div></div></div>
<ul class="links inline"><li class="node-readmore first last"><a href="{enc(path)}" rel="tag" title="{esc(title)}">อ่านเพิ่มเติม<span class="element-invisible"> เกี่ยวกับ {esc(title)}</span></a></li></ul>
</div>"""

    def listing(self, k):
        rows = [(a.path, a.title, a.published, a.paras[0], a.id) for a in self.pages[k]]
        if k == 1:
            d = self.pages[k][3].published
            rows.insert(
                3, (self.deleted, DELETED_TITLE, d, "ตามประกาศรับสมัครบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว", 2299)
            )
        items = "".join(self.teaser(*r) for r in rows)
        content = f"""<div class="term-listing-heading"><div id="taxonomy-term-7" class="taxonomy-term vocabulary-news-category"><div class="content"></div></div></div>{items}{self.pager(k)}"""
        return self.shell(
            content,
            '<h1 class="page-title">ข่าวประชาสัมพันธ์</h1>',
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            [("/", "หน้าแรก")],
            "not-front page-taxonomy page-taxonomy-term page-taxonomy-term-7",
        )

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def article(self, a):
        img = (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="/sites/default/files/styles/large/public/field/image/pr{a.id}.jpg"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/field/image/pr{a.id}.jpg" width="480" height="320" alt="" /></div></div></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        src = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        tags = (
            '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">แท็ก:&nbsp;</div><ul class="field-items">'
            + "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/taxonomy/term/{40 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            + "</ul></div>"
            if a.tags
            else ""
        )
        u = quote(a.path, safe="")
        share = f"""<div class="service-links"><div class="item-list"><h3>{SHARE}</h3><ul class="links"><li class="service-links-facebook first"><a href="http://www.facebook.com/sharer.php?u={u}" title="แชร์บน Facebook" class="service-links-facebook" rel="nofollow"><img src="/sites/all/modules/service_links/images/facebook.png" alt="Facebook" /></a></li><li class="service-links-twitter"><a href="http://twitter.com/share?url={u}" title="แชร์บน Twitter" class="service-links-twitter" rel="nofollow"><img src="/sites/all/modules/service_links/images/twitter.png" alt="Twitter" /></a></li><li class="service-links-line last"><a href="https://social-plugins.line.me/lineit/share?url={u}" class="service-links-line" rel="nofollow"><img src="/sites/all/modules/service_links/images/line.png" alt="LINE" /></a></li></ul></div></div>"""
        rel = "".join(
            f'<div class="views-row views-row-{j + 1}"><span class="views-field views-field-title"><a href="{enc(r.path)}">{esc(r.title)}</a></span> <span class="views-field views-field-created">({long_date(r.published)})</span></div>'
            for j, r in enumerate(self.related(a))
        )
        content = f"""<div id="node-{a.id}" class="node node-article node-full clearfix" about="{enc(a.path)}" typeof="sioc:Item foaf:Document">
<span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
<div class="meta submitted"><span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">{long_date(a.published)} โดย <span class="username" xml:lang="" about="/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">{LOGIN}</span></span></div>
<div class="content clearfix">
{img}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
{share}
{src}
{tags}
</div>
<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="forward_links"><a href="/forward?path=node/{a.id}" title="ส่งหน้านี้ให้เพื่อน" class="forward-page" rel="nofollow">{FORWARD}</a></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> {LOGIN_PROMPT}</span></li></ul>
</div>
</div></div></div>
<div id="block-views-related-news-block" class="block block-views"><h2>{RELATED}</h2><div class="content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content">{rel}</div></div></div>"""
        return self.shell(
            content,
            f'<h1 class="page-title">{esc(a.title)}</h1>',
            f"{a.title} | {OFFICE}",
            [("/", "หน้าแรก"), (LIST, "ข่าวประชาสัมพันธ์")],
            f"not-front page-node page-node- page-node-{a.id} node-type-article",
        )

    def login_wall(self):
        content = """<div class="messages error"><h2 class="element-invisible">ข้อความแสดงข้อผิดพลาด</h2>กรุณาเข้าสู่ระบบเพื่อเข้าถึงหน้านี้</div><form action="/user/login?destination=node/2299" method="post" id="user-login" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name--2">ชื่อผู้ใช้ <span class="form-required">*</span></label><input type="text" id="edit-name--2" name="name" value="" size="60" maxlength="60" class="form-text required" /><div class="description">ป้อนชื่อผู้ใช้ของคุณ</div></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass--2">รหัสผ่าน <span class="form-required">*</span></label><input type="password" id="edit-pass--2" name="pass" size="60" maxlength="128" class="form-text required" /></div><div class="form-actions form-wrapper"><input type="submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>"""
        return self.shell(
            content,
            '<h1 class="page-title">เข้าสู่ระบบ</h1>',
            f"เข้าสู่ระบบ | {OFFICE}",
            [("/", "หน้าแรก")],
            "not-front page-node",
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LIST:
            page = (query.get("page") or ["0"])[0]
            if not page.isdigit() or int(page) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(page)))
        if path == "/":
            return self.html_response(self.listing(0))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.login_wall())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views:,} ครั้ง",
                LOGIN,
                SHARE,
                FORWARD,
                LOGIN_PROMPT,
                COUNTER,
                FOOTER,
                RELATED,
                LATEST,
                long_date(a.published),
                "Drupalizing",
            ]
            if a.source:
                must_not.append("ที่มา:")
            if a.tags:
                must_not.append("แท็ก:")
            must_not += [r.title for r in self.related(a) if r is not a]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = BlueMastersSite()

if __name__ == "__main__":
    main(SITE)
