"""Held-out red-team site: a department site on Drupal 7 with a Bartik-derived subtheme
(built blind).

What it imitates (facts about Drupal 7's printed markup, not its code):
- `/node/N` URLs, a Views page `/news` with `div.view-news`, `div.views-row`,
  `views-field-title`, `views-field-created`, and the 0-based `?page=N` pager
  (`ul.pager`, `li.pager-item`, `li.pager-current`, "ถัดไป ›", "หน้าสุดท้าย »");
- `h1#page-title` in page.tpl outside the node, breadcrumb `div.breadcrumb` with " › ";
- `div.node.node-article.node-full` with RDFa: `span.rdf-meta` dc:title, and
  `div.meta.submitted` "ส่งโดย NAME เมื่อ อ., 01/16/2024 - 10:30" (Drupal's "medium" date
  format D, m/d/Y - H:i: *month first*, Christian era) on a span whose
  `content` attribute carries ISO 8601 with +07:00;
- fields: `field-name-field-image` (gallery before the text), `field-name-body`
  (`property="content:encoded"`), `field-name-field-source` ("แหล่งที่มา:", inline label),
  `field-name-field-tags` ("แท็ก:", label above, `rel="dc:subject"` items),
  a Service Links block inside `div.content` after the fields;
- `ul.links.inline` with `statistics_counter` "อ่าน 1234 ครั้ง" and the anonymous comment
  prompt "เข้าสู่ระบบ หรือ ลงทะเบียน เพื่อแสดงความคิดเห็น";
- a related-news Views block under the node in the content region, and the user-login block
  in the sidebar ("ชื่อผู้ใช้", "รหัสผ่าน", "สร้างบัญชีผู้ใช้ใหม่");
- no modified date is printed anywhere (no metatag module), so `modified_at` is null;
- the deleted item: a node whose page says "ไม่พบข้อมูล" (a misconfigured 404 page node),
  answering 200.
"""

from __future__ import annotations

import datetime as dt

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
from .ho_common import ensure_source

SITE_NAME = "กรมส่งเสริมสหกรณ์"
PER_PAGE = 8
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
USERS = ["pr_editor", "webadmin", "somchai.k"]
SOURCES = ["กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม", None, "สำนักงานสหกรณ์จังหวัดนครปฐม"]
DELETED_NID = 2999


def d7_medium(d: dt.datetime) -> str:
    return f"{DAYS[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def views_date(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def build() -> list[Article]:
    arts = make_articles(
        "ho_drupal7_dept", 23, start=dt.datetime(2023, 11, 30, 17, 0, tzinfo=TZ), offset=24
    )
    for i, a in enumerate(arts):
        a.id = 3150 - i * 4 - (i % 3)
        a.time_printed = True
        a.modified = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/node/{a.id}"
        a.extra["user"] = USERS[i % len(USERS)]
        a.extra["uid"] = 3 + i % len(USERS)
    return arts


class Drupal7Site(BaseSite):
    key = "ho_drupal7_dept"
    family = "drupal"
    imitates = "Drupal 7 + Bartik subtheme (RDFa submitted, field-name-body, m/d/Y dates, ?page=N)"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_nid = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news?page={n}" for n in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_NID}"]

    # ------------------------------------------------------------ page.tpl
    def page(self, *, title: str, body_classes: str, content: str, breadcrumb: str, head="") -> str:
        login = """<div id="block-user-login" class="block block-user"><h2>เข้าสู่ระบบ</h2><div class="content">
<form action="/node?destination=node" method="post" id="user-login-form" accept-charset="UTF-8"><div>
<div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องระบุข้อมูลนี้">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div>
<div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องระบุข้อมูลนี้">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div>
<div class="item-list"><ul><li class="first"><a href="/user/register" title="สร้างบัญชีผู้ใช้ใหม่">สร้างบัญชีผู้ใช้ใหม่</a></li><li class="last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div>
<input type="hidden" name="form_build_id" value="form-Xb3kq0VnWcA8vQ4mZy2" /><input type="hidden" name="form_id" value="user_login_block" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form></div></div>"""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/default/files/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}
  <title>{esc(title)} | {SITE_NAME}</title>
  <style type="text/css" media="all">
@import url("/modules/system/system.base.css?s5k2p1");
@import url("/sites/all/themes/cpd_bartik/css/style.css?s5k2p1");
</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?s5k2p1"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"cpd_bartik","theme_token":"aZ3kR0"}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first {body_classes} i18n-th" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
  <div id="page-wrapper"><div id="page">
  <div id="header" class="without-secondary-menu"><div class="section clearfix">
    <a href="/" title="หน้าแรก" rel="home" id="logo"><img src="/sites/default/files/logo.png" alt="หน้าแรก" /></a>
    <div id="name-and-slogan"><div id="site-name"><strong><a href="/" title="หน้าแรก" rel="home"><span>{SITE_NAME}</span></a></strong></div><div id="site-slogan">Cooperative Promotion Department</div></div>
    <div id="main-menu" class="navigation"><h2 class="element-invisible">เมนูหลัก</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">หน้าแรก</a></li><li class="menu-512 active-trail"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="menu-513"><a href="/about">เกี่ยวกับกรม</a></li><li class="menu-514 last"><a href="/contact">ติดต่อเรา</a></li></ul></div>
  </div></div>
  {breadcrumb}
  <div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
    <div id="sidebar-first" class="column sidebar"><div class="section">
      <div class="region region-sidebar-first">{login}
      <div id="block-statistics-popular" class="block block-statistics"><h2>สถิติ</h2><div class="content"><div class="item-list"><h3>ผู้เยี่ยมชมวันนี้: 412</h3></div></div></div>
      </div>
    </div></div>
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      <h1 class="title" id="page-title">{esc(title)}</h1>
      <div class="tabs"></div>
      <div class="region region-content">
{content}
      </div>
    </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{SITE_NAME} 12 ถนนพิษณุโลก แขวงดุสิต เขตดุสิต กรุงเทพฯ 10300 โทร. 0-2628-5050</p></div></div></div></div></div></div>
  </div></div>
</body>
</html>
"""

    def crumb(self, *parts) -> str:
        items = ['<a href="/">หน้าแรก</a>'] + list(parts)
        return f'<h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{" › ".join(items)}</div>'

    # ------------------------------------------------------------ listing
    def listing(self, n: int):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        page_items = list(self.pages[n])
        for k, a in enumerate(page_items):
            oe = "odd" if k % 2 == 0 else "even"
            first = " views-row-first" if k == 0 else ""
            last = " views-row-last" if k == len(page_items) - 1 else ""
            rows.append(f"""  <div class="views-row views-row-{k + 1} views-row-{oe}{first}{last}">
  <div class="views-field views-field-field-image"><div class="field-content"><a href="/node/{a.id}"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/news/{a.id}.jpg" width="100" height="75" alt="" /></a></div></div>
  <div class="views-field views-field-title"><span class="field-content"><a href="/node/{a.id}">{esc(a.title)}</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">{views_date(a.published)}</span></div>
  <div class="views-field views-field-body"><div class="field-content">{esc(a.paras[0][:200])}…</div></div>
  </div>""")
            if n == 1 and k == 4:
                rows.append(f"""  <div class="views-row views-row-odd">
  <div class="views-field views-field-title"><span class="field-content"><a href="/node/{DELETED_NID}">ประกาศผลการคัดเลือกสหกรณ์ดีเด่นแห่งชาติ</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">02/10/2023</span></div>
  </div>""")
        last = len(self.pages) - 1

        def href(k):
            return "/news" if k == 0 else f"/news?page={k}"

        pager = []
        if n > 0:
            pager.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            pager.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{href(n - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for k in range(len(self.pages)):
            if k == n:
                pager.append(f'<li class="pager-current">{k + 1}</li>')
            else:
                pager.append(
                    f'<li class="pager-item"><a title="ไปหน้าที่ {k + 1}" href="{href(k)}">{k + 1}</a></li>'
                )
        if n < last:
            pager.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{href(n + 1)}">ถัดไป ›</a></li>'
            )
            pager.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{href(last)}">หน้าสุดท้าย »</a></li>'
            )
        content = f"""<div id="block-system-main" class="block block-system"><div class="content">
<div class="view view-news view-id-news view-display-id-page view-dom-id-9f2c1b7e">
  <div class="view-content">
{chr(10).join(rows)}
  </div>
  <h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(pager)}</ul></div>
</div></div></div>"""
        return self.html_response(
            self.page(
                title="ข่าวประชาสัมพันธ์",
                body_classes="page-news",
                content=content,
                breadcrumb=self.crumb(),
                head='<link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" href="/news/feed" />',
            )
        )

    # ------------------------------------------------------------ node
    def related(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 3, 6, 10)]

    def node(self, a: Article):
        nid = a.id
        iso_ = a.published.isoformat()
        gallery = "".join(
            f'<div class="field-item {"even" if k % 2 == 0 else "odd"}" rel="og:image rdfs:seeAlso" resource="/sites/default/files/news/{nid}_{k}.jpg"><a href="/sites/default/files/news/{nid}_{k}.jpg" rel="lightbox[field_image]"><img typeof="foaf:Image" src="/sites/default/files/styles/medium/public/news/{nid}_{k}.jpg" width="220" height="165" alt="" /></a></div>'
            for k in range(2)
        )
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f"""<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">แหล่งที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>"""
            if a.source
            else ""
        )
        tags = (
            """<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">แท็ก:&nbsp;</div><div class="field-items">"""
            + "".join(
                f'<div class="field-item {"even" if k % 2 == 0 else "odd"}" rel="dc:subject"><a href="/taxonomy/term/{11 + k}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                for k, t in enumerate(a.tags)
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        share = f"""<div class="service-links"><div class="item-list"><h3>แบ่งปันข่าวนี้</h3><ul class="links"><li class="service-links-facebook first"><a href="http://www.facebook.com/sharer.php?u=/node/{nid}" title="Share on Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/facebook.png" alt="Facebook logo" /> Facebook</a></li><li class="service-links-twitter"><a href="http://twitter.com/share?url=/node/{nid}" title="Share this on Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/service_links/images/twitter.png" alt="Twitter logo" /> Twitter</a></li><li class="service-links-line last"><a href="https://social-plugins.line.me/lineit/share?url=/node/{nid}" class="service-links-line" rel="nofollow">LINE</a></li></ul></div></div>"""
        rel_rows = "".join(
            f'<div class="views-row views-row-{k + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="/node/{r.id}">{esc(r.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{views_date(r.published)}</span></div></div>'
            for k, r in enumerate(self.related(a))
        )
        content = f"""<div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{nid}" class="node node-article node-promoted node-full clearfix" about="/node/{nid}" typeof="sioc:Item foaf:Document">
      <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <div class="meta submitted">
            <span property="dc:date dc:created" content="{iso_}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/user/{a.extra["uid"]}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{esc(a.extra["user"])}</span> เมื่อ {d7_medium(a.published)}</span>    </div>
  <div class="content clearfix">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items">{gallery}</div></div>
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}
</div></div></div>{source}{tags}{share}  </div>
      <div class="link-wrapper">
      <ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="comment_forbidden last"><span><a href="/user/login?destination=node/{nid}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{nid}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li>
</ul>    </div>
</div>
</div></div>
<div id="block-views-related-news-block" class="block block-views"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="content"><div class="view view-related-news view-id-related_news view-display-id-block"><div class="view-content">{rel_rows}</div><div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div></div></div>"""
        head = (
            f'<link rel="canonical" href="/node/{nid}" />\n<link rel="shortlink" href="/node/{nid}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />'
        )
        return self.html_response(
            self.page(
                title=a.title,
                body_classes=f"page-node page-node- page-node-{nid} node-type-article",
                content=content,
                breadcrumb=self.crumb('<a href="/news">ข่าวประชาสัมพันธ์</a>'),
                head=head,
            )
        )

    def deleted(self):
        content = """<div id="block-system-main" class="block block-system"><div class="content">
<div id="node-5" class="node node-page node-full clearfix" about="/node/5" typeof="foaf:Document">
  <div class="content clearfix"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded"><p>ขออภัย ไม่พบข้อมูลที่ท่านต้องการ</p></div></div></div></div>
</div></div></div>"""
        return self.html_response(
            self.page(
                title="ไม่พบข้อมูล",
                body_classes="page-node page-node-5 node-type-page",
                content=content,
                breadcrumb=self.crumb(),
            )
        )

    def feed(self, base: str):
        """The Views feed display (/news/feed): ten newest teasers, RFC 822 dates."""
        items = []
        for a in self.articles[:10]:
            teaser = esc(f"<p>{esc(a.paras[0][:300])}</p>")
            items.append(f"""    <item>
    <title>{esc(a.title)}</title>
    <link>{base}/node/{a.id}</link>
    <description>{teaser}</description>
     <pubDate>{a.published.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
 <dc:creator>{esc(a.extra["user"])}</dc:creator>
 <guid isPermaLink="false">{a.id} at {base}</guid>
  </item>""")
        xml = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xml:base="{base}/news" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>ข่าวประชาสัมพันธ์</title>
    <link>{base}/news</link>
    <description></description>
    <language>th</language>
     <atom:link href="{base}/news/feed" rel="self" type="application/rss+xml" />
{chr(10).join(items)}
  </channel>
</rss>
"""
        return self.html_response(xml, content_type="application/rss+xml; charset=utf-8")

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                n = int(qs1(query, "page", "0"))
            except ValueError:
                return None
            return self.listing(n)
        if p == "/news/feed":
            return self.feed(base)
        if p.startswith("/node/"):
            try:
                nid = int(p[6:])
            except ValueError:
                return None
            if nid in self.by_nid:
                return self.node(self.by_nid[nid])
            if nid == DELETED_NID:
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ส่งโดย",
                d7_medium(a.published),
                "แหล่งที่มา:",
                "แท็ก:",
                "แบ่งปันข่าวนี้",
                "Facebook",
                f"อ่าน {a.views} ครั้ง",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "สร้างบัญชีผู้ใช้ใหม่",
                "ผู้เยี่ยมชมวันนี้",
                "คุณอยู่ที่นี่",
            ] + [r.title for r in self.related(a)]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = Drupal7Site()

if __name__ == "__main__":
    main(SITE)
