"""Blind-37 red-team site (part C): **Drupal 7 + the contributed "Mayo" theme** (the
`sites/all/themes/mayo` theme many Thai district and provincial offices installed from
drupal.org and left near its defaults), a provincial agricultural extension office
(สำนักงานเกษตรจังหวัดลำปาง), Thai interface translation, built blind.

What it imitates:
- Drupal 7 fingerprints: `meta name="Generator" content="Drupal 7 (http://drupal.org)"`,
  `/misc/drupal.js`, `jQuery.extend(Drupal.settings, ...)`, `/sites/default/files/`,
  `/sites/all/themes/mayo/`, `/rss.xml`, `/?q=` free clean URLs;
- pathauto aliases `/content/<thai-title>` (percent-encoded in hrefs);
- node (full): `h1#page-title.title`; a Mayo-style **split date badge** (day / month abbr. /
  BE year in separate spans) beside the core submitted line "ส่งโดย <user> เมื่อ
  อ., 03/05/2024 - 14:20" (Drupal 7 "medium" format: weekday abbr., **month first**, CE year),
  whose RDFa `content` holds the ISO time; Service Links and print / forward links above the
  text; image (some); body; "ที่มา:" field (some); "แท็ก:" tags; node links with the
  statistics counter "อ่าน N ครั้ง" and a comment login prompt; "ข่าวที่เกี่ยวข้อง" Views
  block; "ข่าวล่าสุด" block and visitor counter in the sidebar;
- listing: Views page `/news` with the **Drupal 7 full pager** (`ul.pager`, pager-first /
  pager-previous / pager-item / pager-current / pager-next / pager-last, `?page=N` 0-based).
Deleted: an unpublished node answering 200 with "ปฏิเสธการเข้าถึง" and the login block.
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

OFFICE = "สำนักงานเกษตรจังหวัดลำปาง"
HOST = "http://www.lampang.doae.go.th"
T = "/sites/all/themes/mayo"
PER_PAGE = 8
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอเกาะคา", None, None, "ฝ่ายบริหารทั่วไป"]
USERS = ["admin", "webmaster", "pr_lampang"]
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_TITLE = "ประกาศรับสมัครเกษตรกรเข้ารับการอบรม (ยกเลิก)"
DELETED_PATH = "/content/ประกาศรับสมัครเกษตรกรเข้ารับการอบรม-ยกเลิก"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 486,301 คน"
SLOGAN = "ส่งเสริมการเกษตร เพื่อเกษตรกรอยู่ดีมีสุข"


def medium(d: dt.datetime) -> str:
    """Drupal 7 'medium' date 'D, m/d/Y - H:i' translated: 'อ., 03/05/2024 - 14:20'."""
    return f"{DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def slug(title: str) -> str:
    keep = "".join(
        c if (c.isalnum() or "\u0e00" <= c <= "\u0e7f" or c == "-") else " " for c in title
    )
    return re.sub(r"-+", "-", "-".join(keep.split()))[:80].strip("-")


class MayoSite(BaseSite):
    key = "b37_drupal7_mayo"
    family = "drupal"
    imitates = "Drupal 7 + contributed Mayo theme (sites/all/themes/mayo), Thai translation, provincial agricultural extension office: pathauto /content/<thai-title> aliases; h1#page-title; Mayo split date badge (day / Thai month abbr. / BE year in separate spans) beside the core submitted line 'ส่งโดย user เมื่อ อ., 03/05/2024 - 14:20' (D7 medium, month first, CE) with RDFa content ISO time; Service Links + print / forward above the text; image (some); 'ที่มา:' field (some); 'แท็ก:' tags; node links with 'อ่าน N ครั้ง' and comment login prompt; 'ข่าวที่เกี่ยวข้อง' views block; sidebar latest news, login block, visitor counter; Views /news with the D7 full pager (?page=N, 0-based); deleted = access-denied page (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=1377
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1842
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            a.time_printed = True  # the RDFa content and the submitted line carry the time
            a.modified = None  # Drupal 7 prints no changed date
            a.path = "/content/" + slug(a.title)
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 4 == 1
            a.extra["user"] = USERS[i % len(USERS)]
        assert len({a.path for a in arts}) == len(arts)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.term_ids = {}
        for a in arts:
            for t in a.tags:
                self.term_ids.setdefault(t, 12 + len(self.term_ids))

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED_PATH]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra="", page_title="", crumb=""):
        h1 = f'<h1 class="title" id="page-title">{page_title}</h1>' if page_title else ""
        latest = "".join(
            f'<li><a href="{quote(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{HOST}{T}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{HOST}/rss.xml" />
{head_extra}  <title>{esc(title)}</title>
  <style type="text/css" media="all">
@import url("{HOST}/modules/system/system.base.css?s7k2qa");
@import url("{HOST}/modules/node/node.css?s7k2qa");
@import url("{HOST}/sites/all/modules/service_links/css/service_links.css?s7k2qa");
@import url("{HOST}{T}/css/style.css?s7k2qa");
</style>
  <script type="text/javascript" src="{HOST}/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="{HOST}/misc/drupal.js?s7k2qa"></script>
<script type="text/javascript" src="{HOST}/sites/default/files/languages/th_Xv8k.js?s7k2qa"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"mayo","theme_token":"Kq0v"}}}});
//--><!]]>
</script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second {body_class}" >
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
  <div id="page-wrapper" style="width: 95%; margin-top: 14px; margin-bottom: 14px;"><div id="page" style="padding: 10px;">
  <div id="header" style="height: 110px;"><div class="section clearfix">
    <div id="logo"><a href="/" title="หน้าแรก" rel="home"><img src="{HOST}/sites/default/files/logo_doae.png" alt="หน้าแรก" /></a></div>
    <div id="name-and-slogan"><div id="site-name"><a href="/" title="หน้าแรก" rel="home"><span>{OFFICE}</span></a></div><div id="site-slogan">{SLOGAN}</div></div>
    <div id="header-searchbox"><form action="/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div><input title="ป้อนคำที่ต้องการค้นหา" type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" value="ค้นหา" class="form-submit" /></div></form></div>
    <div id="header-fontsizer"><a href="#" class="fontSizeDecrease">ก-</a> <a href="#" class="fontSizeReset">ก</a> <a href="#" class="fontSizeIncrease">ก+</a></div>
  </div></div>
  <div id="navigation"><div class="section"><h2 class="element-invisible">เมนูหลัก</h2><ul id="main-menu-links" class="links clearfix"><li class="menu-218 first"><a href="/">หน้าแรก</a></li><li class="menu-501"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="menu-502 active-trail"><a href="/news" class="active-trail active">ข่าวประชาสัมพันธ์</a></li><li class="menu-503"><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li class="menu-504"><a href="/download">ดาวน์โหลด</a></li><li class="menu-505 last"><a href="/contact">ติดต่อเรา</a></li></ul></div></div>
  <div id="breadcrumb"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> » <a href="/news">ข่าวประชาสัมพันธ์</a>{crumb}</div></div>
  <div id="main-wrapper"><div id="main" class="clearfix">
    <div id="content" class="column"><div class="section">
      <a id="main-content"></a>
      {h1}
      <div class="tabs"></div>
      <div class="region region-content">
        <div id="block-system-main" class="block block-system"><div class="content">
{content}
        </div></div>
      </div>
    </div></div>
    <div id="sidebar-second" class="column sidebar"><div class="section">
      <div class="region region-sidebar-second">
        <div id="block-views-news-block-1" class="block block-views"><h2>ข่าวล่าสุด</h2><div class="content"><div class="item-list"><ul>{latest}</ul></div></div></div>
        <div id="block-user-login" class="block block-user"><h2>เข้าสู่ระบบ</h2><div class="content"><form action="/news?destination=news" method="post" id="user-login-form"><div><div class="form-item form-type-textfield form-item-name"><label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องระบุ">*</span></label><input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" /></div><div class="form-item form-type-password form-item-pass"><label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องระบุ">*</span></label><input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" /></div><div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></form></div></div>
        <div id="block-block-3" class="block block-block"><h2>สถิติผู้เยี่ยมชม</h2><div class="content"><p>{SITE_COUNTER}</p><p>ออนไลน์ 7 คน</p></div></div>
      </div>
    </div></div>
  </div></div>
  <div id="footer-wrapper"><div class="section"><div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-1" class="block block-block"><div class="content"><p>{OFFICE} ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง จังหวัดลำปาง 52000 โทร 0-5426-5071</p></div></div></div></div></div></div>
  </div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def teaser(self, title, path, a, nid):
        return f"""<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{quote(path)}">{esc(title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{medium(a.published)}</span></div><div class="views-field views-field-body"><div class="field-content"><p>{esc(a.paras[0][:140])}…</p></div></div><div class="views-field views-field-view-node"><span class="field-content"><a href="{quote(path)}">อ่านต่อ</a></span></div></div>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return "/news" if j == 0 else f"/news?page={j}"

        items = []
        if k > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{href(0)}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าที่แล้ว" href="{href(k - 1)}">‹ ก่อนหน้า</a></li>'
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
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.teaser(a.title, a.path, a, a.id) for a in self.pages[k]]
        if k == 1:
            rows.insert(3, self.teaser(DELETED_TITLE, DELETED_PATH, self.pages[1][3], 1790))
        content = f"""<div class="view view-news view-id-news view-display-id-page view-dom-id-4f2a">
<div class="view-content">
{"".join(rows)}</div>
{self.pager(k)}
<div class="feed-icon"><a href="/news/feed" class="feed-icon" title="สมัครสมาชิก ข่าวประชาสัมพันธ์"><img src="{HOST}/misc/feed.png" width="16" height="16" alt="สมัครสมาชิก ข่าวประชาสัมพันธ์" /></a></div>
</div>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {OFFICE}",
            content,
            "page-news",
            "",
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ node

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 1 : i + 5] or self.articles[:4]
        return [x for x in pool if x is not a][:4]

    def node(self, a):
        d = a.published
        url = f"{HOST}{quote(a.path)}"
        badge = f'<div class="date-in-parts"><span class="day">{d.day:02d}</span><span class="month">{MONTHS_ABBR[d.month - 1]}</span><span class="year">{d.year + 543}</span></div>'
        submitted = f'<div class="submitted"><span property="dc:date dc:created" content="{d.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/users/{a.extra["user"]}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{a.extra["user"]}</span> เมื่อ {medium(d)}</span></div>'
        sl = f"""<div class="service-links"><div class="item-list"><ul><li class="first"><a href="http://www.facebook.com/sharer.php?u={url}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow">Facebook</a></li><li><a href="http://twitter.com/share?url={url}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow">Twitter</a></li><li class="last"><a href="https://social-plugins.line.me/lineit/share?url={url}" class="service-links-line" rel="nofollow">LINE</a></li></ul></div></div>
<div class="print-links"><span class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow">ฉบับพิมพ์</a></span> <span class="forward"><a href="/forward?path=node/{a.id}" title="ส่งหน้านี้ให้เพื่อน" class="forward-page">ส่งต่อให้เพื่อน</a></span></div>"""
        image = ""
        if a.extra["image"]:
            image = f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="{HOST}/sites/default/files/styles/large/public/news/{a.id}.jpg"><img typeof="foaf:Image" src="{HOST}/sites/default/files/styles/large/public/news/{a.id}.jpg?itok=Wc3d" width="480" height="320" alt="" /></div></div></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = ""
        if a.source:
            source = f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
        tags = ""
        if a.tags:
            items = "".join(
                f'<li class="field-item {"even" if j % 2 == 0 else "odd"}"><a href="/taxonomy/term/{self.term_ids[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><h3 class="field-label">แท็ก: </h3><ul class="links inline">{items}</ul></div>'
        return f"""<div id="node-{a.id}" class="node node-news node-promoted node-full clearfix" about="{quote(a.path)}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  <div class="meta">{badge}{submitted}</div>
  {sl}
  <div class="content">
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {source}{tags}
  </div>
  <div class="link-wrapper"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li><li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">สมัครสมาชิก</a> เพื่อแสดงความคิดเห็น</span></li></ul></div>
</div>"""

    def detail(self, a):
        rel = "".join(
            f'<div class="views-row"><span class="views-field-title"><a href="{quote(x.path)}">{esc(x.title)}</a></span> <span class="views-field-created">({medium(x.published)[4:14]})</span></div>'
            for x in self.related(a)
        )
        content = f"""{self.node(a)}
<div id="block-views-related-block" class="block block-views"><h2>ข่าวที่เกี่ยวข้อง</h2><div class="content"><div class="view view-related"><div class="view-content">{rel}</div></div></div></div>"""
        head = f"""<link rel="canonical" href="{HOST}{quote(a.path)}" />
<link rel="shortlink" href="{HOST}/node/{a.id}" />
"""
        return self.shell(
            f"{a.title} | {OFFICE}",
            content,
            f"page-node page-node- page-node-{a.id} node-type-news",
            head,
            esc(a.title),
        )

    def denied(self):
        content = "<p>คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</p>"
        return self.shell(f"ปฏิเสธการเข้าถึง | {OFFICE}", content, "page-node", "", "ปฏิเสธการเข้าถึง")

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == self.listing_path:
            k = qs1(query, "page", "0")
            if not k.isdigit() or int(k) >= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED_PATH:
            return self.html_response(self.denied())
        if path in ("/rss.xml", "/news/feed"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{quote(a.path)}</link><description>{esc(a.paras[0][:200])}</description><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>{a.extra["user"]}</dc:creator><guid isPermaLink="false">{a.id} at {HOST}</guid></item>'
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
            d = a.published
            must_not = [
                medium(d),
                f"ส่งโดย {a.extra['user']}",
                f"อ่าน {a.views:,} ครั้ง",
                "ฉบับพิมพ์",
                "ส่งต่อให้เพื่อน",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                SITE_COUNTER,
                SLOGAN,
                "ถนนวชิราวุธดำเนิน ตำบลพระบาท",
            ]
            if a.source:
                must_not.append(f"ที่มา: {a.source}")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = MayoSite()

if __name__ == "__main__":
    main(SITE)
