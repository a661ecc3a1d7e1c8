"""Blind-24 red-team site: **Drupal 6** with the stock **Garland** theme, a provincial
agricultural office (สำนักงานเกษตรจังหวัดลำพูน), built blind.

What it imitates:
- Drupal 6 fingerprints: `/misc/drupal.js`, `/themes/garland/style.css`, `/modules/node/node.css`,
  `/sites/lamphun.doae.go.th/files/…` uploads, `jQuery.extend(Drupal.settings, …)`, the feed icon
  `/rss.xml`, "Powered by Drupal" (Drupal 6 prints no generator meta);
- pathauto aliases **made from the Thai headline** (transliteration off): `/news/<Thai words
  joined by dashes>`, printed percent-encoded; the Views page `/news` with the core pager
  `?page=1`, `?page=2` ("« หน้าแรก", "‹ ก่อนหน้า", "ถัดไป ›", "หน้าสุดท้าย »");
- Garland's shell: `div#wrapper > div#container`, **the site name is the only `h1`**
  (`#logo-floater`), primary links, left sidebar (navigation, "ข่าวล่าสุด", "ผู้ใช้ออนไลน์",
  "สถิติผู้เข้าชม"), right sidebar (user login block), `#center > #squeeze > .right-corner >
  .left-corner` with the breadcrumb, **the headline as the page-title `h2`** and the node;
- the node: `span.submitted` in Garland's own order **"date — user"** with Drupal 6's default
  medium format **"D, m/d/Y - H:i" (month first, CE year, Thai weekday abbreviation)**,
  `div.content` with the text (an image, an upload table "ไฟล์แนบ" on some items, a
  "ที่มา:" / "ข่าว/ภาพ:" sign-off on others), the Service Links block "แบ่งปัน" inside the content,
  `div.terms` tag links, `ul.links.inline` with the statistics counter **"อ่าน N ครั้ง"**, the
  comment login prompt, print module "หน้าสำหรับพิมพ์", forward module "ส่งต่อหน้านี้";
  custom_pagers' **prev/next with the neighbour titles** under the node;
- deleted: a node unpublished and put behind the content_access role: 200 with
  "ไม่อนุญาตให้เข้าถึง" and the user login form (the site's access-denied page).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import esc, main
from .b22c_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดลำพูน"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สนง.เกษตรจังหวัดลำพูน",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
    None,
    "สำนักงานเกษตรอำเภอป่าซาง",
]
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
FILES = "/sites/lamphun.doae.go.th/files"
DELETED = "/node/1187"
TAGS = {}


def medium(d: dt.datetime) -> str:
    """Drupal 6 default medium date 'D, m/d/Y - H:i' under the Thai translation."""
    return f"{DAYS[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def alias(title: str) -> str:
    words = re.sub(r"[\"'“”‘’()\[\],.:;!?/\\]+", " ", title).split()
    out = ""
    for w in words:
        if len(out) + len(w) + 1 > 100:
            break
        out = f"{out}-{w}" if out else w
    return "/news/" + out


def href(path: str) -> str:
    return quote(path, safe="/?=&")


class GarlandSite(B9Site):
    key = "b24_drupal6_garland"
    family = "drupal"
    imitates = "Drupal 6 Garland, provincial agriculture office: pathauto Thai-headline aliases /news/<Thai-words> (percent-encoded), Views page /news?page=N; site name is the only h1, headline = page-title h2 in #squeeze; span.submitted 'D, m/d/Y - H:i — user' (month first, CE, Thai weekday abbr), statistics 'อ่าน N ครั้ง' in node links, service links inside content, terms, print/forward/comment-login links, custom_pagers prev/next with titles; deleted = access denied + login form (200)"
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 41, dt.datetime(2024, 3, 12, 17, 0), first_id=1120, step=3
        )
        for i, a in enumerate(self.articles):
            a.source = SOURCES[i % len(SOURCES)]
            a.time_printed = True
            a.modified = None
            a.path = alias(a.title)
            a.extra["label"] = "ข่าว/ภาพ:" if i % 3 == 2 else "ที่มา:"
            a.extra["image"] = i % 4 == 1
            a.extra["attach"] = i % 6 == 3
            for t in a.tags:
                TAGS.setdefault(t, 30 + len(TAGS))
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == "/rss.xml":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>http://www.lamphun.doae.go.th{href(a.path)}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate><dc:creator>pr_lamphun</dc:creator><guid isPermaLink="false">{a.id} at http://www.lamphun.doae.go.th</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xml:base="http://www.lamphun.doae.go.th" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>http://www.lamphun.doae.go.th</link><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def block(self, bid, title, body):
        return f"""<div id="block-{bid}" class="clear-block block block-{bid.split("-")[0]}">
  <h2>{title}</h2>
  <div class="content">{body}</div>
</div>
"""

    def shell(self, title, content, crumb, head_title=None):
        recent = "".join(
            f'<li><a href="{href(a.path)}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        left = (
            self.block(
                "menu-primary",
                "เมนูหลัก",
                '<ul class="menu"><li class="leaf first"><a href="/">หน้าแรก</a></li><li class="leaf"><a href="/about">ข้อมูลหน่วยงาน</a></li><li class="leaf active-trail"><a href="/news" class="active">ข่าวประชาสัมพันธ์</a></li><li class="leaf"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="leaf last"><a href="/contact">ติดต่อเรา</a></li></ul>',
            )
            + self.block(
                "views-latest_news-block_1",
                "ข่าวล่าสุด",
                f'<div class="view view-latest-news"><div class="view-content"><div class="item-list"><ul>{recent}</ul></div></div><div class="more-link"><a href="/news">ดูทั้งหมด</a></div></div>',
            )
            + self.block(
                "user-3",
                "ผู้ใช้ออนไลน์",
                "ขณะนี้มีผู้ใช้ 0 คน และผู้เยี่ยมชม 7 คน ออนไลน์",
            )
            + self.block(
                "statistics_counter-0",
                "สถิติผู้เข้าชม",
                "<ul><li>วันนี้: 57</li><li>เมื่อวานนี้: 212</li><li>ทั้งหมด: 418,305</li></ul>",
            )
        )
        right = self.block(
            "user-0",
            "เข้าสู่ระบบ",
            """<form action="/news?destination=news" accept-charset="UTF-8" method="post" id="user-login-form">
<div><div class="form-item" id="edit-name-wrapper"><label for="edit-name">ชื่อผู้ใช้: <span class="form-required" title="ต้องกรอกข้อมูลในช่องนี้">*</span></label>
 <input type="text" maxlength="60" name="name" id="edit-name" size="15" value="" class="form-text required" /></div>
<div class="form-item" id="edit-pass-wrapper"><label for="edit-pass">รหัสผ่าน: <span class="form-required" title="ต้องกรอกข้อมูลในช่องนี้">*</span></label>
 <input type="password" name="pass" id="edit-pass" maxlength="60" size="15" class="form-text required" /></div>
<input type="submit" name="op" id="edit-submit" value="เข้าสู่ระบบ" class="form-submit" />
<div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div>
<input type="hidden" name="form_id" id="edit-user-login-block" value="user_login_block" /></div></form>""",
        )
        ht = head_title or title
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN"
  "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th" dir="ltr">
  <head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <title>{esc(ht)} | {OFFICE}</title>
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="/rss.xml" />
<link rel="shortcut icon" href="/misc/favicon.ico" type="image/x-icon" />
    <link type="text/css" rel="stylesheet" media="all" href="/modules/node/node.css?R" />
<link type="text/css" rel="stylesheet" media="all" href="/modules/system/defaults.css?R" />
<link type="text/css" rel="stylesheet" media="all" href="/sites/all/modules/service_links/service_links.css?R" />
<link type="text/css" rel="stylesheet" media="all" href="/themes/garland/style.css?R" />
<link type="text/css" rel="stylesheet" media="print" href="/themes/garland/print.css?R" />
    <script type="text/javascript" src="/misc/jquery.js?R"></script>
<script type="text/javascript" src="/misc/drupal.js?R"></script>
<script type="text/javascript" src="/sites/lamphun.doae.go.th/files/languages/th_0a1b2c.js?R"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{ "basePath": "/" }});
//--><!]]>
</script>
    <!--[if lt IE 7]>
      <link type="text/css" rel="stylesheet" media="all" href="/themes/garland/fix-ie.css" />    <![endif]-->
  </head>
  <body class="sidebars">

<!-- Layout -->
  <div id="header-region" class="clear-block"></div>

    <div id="wrapper">
    <div id="container" class="clear-block">

      <div id="header">
        <div id="logo-floater">
        <h1><a href="/" title="{OFFICE}"><img src="{FILES}/garland_logo.png" alt="{OFFICE}" id="logo" /><span>{OFFICE}</span></a></h1>        </div>

                  <ul class="links primary-links"><li class="menu-115 first"><a href="/" title="">หน้าแรก</a></li>
<li class="menu-301 active-trail"><a href="/news" title="" class="active">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-302"><a href="/knowledge" title="">คลังความรู้เกษตร</a></li>
<li class="menu-303 last"><a href="/webboard" title="">กระดานถาม-ตอบ</a></li>
</ul>
      </div> <!-- /header -->

              <div id="sidebar-left" class="sidebar">
          <div class="block block-theme"><form action="/news" accept-charset="UTF-8" method="post" id="search-theme-form"><div><div id="search" class="container-inline"><div class="form-item" id="edit-search-theme-form-1-wrapper"><label for="edit-search-theme-form-1">ค้นหาในเว็บไซต์นี้: </label><input type="text" maxlength="128" name="search_theme_form" id="edit-search-theme-form-1" size="15" title="ป้อนคำที่คุณต้องการค้นหา" value="" class="form-text" /></div><input type="submit" name="op" id="edit-submit-1" value="ค้นหา" class="form-submit" /></div></div></form></div>
{left}        </div>

      <div id="center"><div id="squeeze"><div class="right-corner"><div class="left-corner">
          <div class="breadcrumb">{crumb}</div>                    <h2>{esc(title)}</h2>                                                  <div class="clear-block">
            {content}
          </div>
                    <div id="footer"><p>{OFFICE} ศาลากลางจังหวัดลำพูน ถนนวังขวา ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร 0-5351-1038</p><a href="/rss.xml" class="feed-icon"><img src="/misc/feed.png" alt="เผยแพร่เนื้อหา" title="{OFFICE} RSS" width="16" height="16" /></a><div id="block-system-0" class="clear-block block block-system"><div class="content"><a href="http://drupal.org"><img src="/misc/powered-blue-80x15.png" alt="Powered by Drupal, an open source content management system" title="Powered by Drupal, an open source content management system" width="80" height="15" /></a></div></div></div>
      </div></div></div></div> <!-- /.left-corner, /.right-corner, /#squeeze, /#center -->

              <div id="sidebar-right" class="sidebar">
{right}        </div>

    </div> <!-- /container -->
  </div>
<!-- /layout -->

    </body>
</html>
"""

    # ------------------------------------------------------------------ pages

    def submitted(self, a):
        return f"{medium(a.published)} — pr_lamphun"

    def terms(self, a):
        if not a.tags:
            return ""
        lis = "".join(
            f'<li class="taxonomy_term_{TAGS[t]}{" first" if j == 0 else ""}{" last" if j == len(a.tags) - 1 else ""}"><a href="/taxonomy/term/{TAGS[t]}" rel="tag" title="">{esc(t)}</a></li>'
            for j, t in enumerate(a.tags)
        )
        return f'<div class="terms"><ul class="links inline">{lis}</ul></div>'

    def listing(self, k):
        items = []
        page = self.pages[k]
        for j, a in enumerate(page):
            teaser = esc(a.paras[0][:300])
            items.append(f"""<div class="views-row views-row-{j + 1}">
<div id="node-{a.id}" class="node">
  <h2><a href="{href(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a></h2>
  <span class="submitted">{self.submitted(a)}</span>
  <div class="content clear-block"><p>{teaser}</p></div>
  <div class="clear-block">
    <div class="meta">{self.terms(a)}</div>
    <div class="links"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="node_read_more last"><a href="{href(a.path)}" title="อ่านบทความฉบับเต็ม">อ่านต่อ</a></li>
</ul></div>
  </div>
</div>
</div>""")
            if k == 1 and j == 3:
                items.append(f"""<div class="views-row">
<div id="node-1187" class="node node-unpublished">
  <h2><a href="{DELETED}" title="ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการอบรมหลักสูตรเกษตรทฤษฎีใหม่ รุ่นที่ 2">ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการอบรมหลักสูตรเกษตรทฤษฎีใหม่ รุ่นที่ 2</a></h2>
  <span class="submitted">{medium(a.published - dt.timedelta(hours=5))} — pr_lamphun</span>
  <div class="content clear-block"><p>สำนักงานเกษตรจังหวัดลำพูน ประกาศรับสมัครเกษตรกรผู้สนใจ...</p></div>
</div>
</div>""")
        n = len(self.pages)
        pager = []
        if k > 0:
            pager.append(
                '<li class="pager-first first"><a href="/news" title="ไปหน้าแรก" class="active">« หน้าแรก</a></li>'
            )
            pager.append(
                f'<li class="pager-previous"><a href="{self.page_url(k - 1)}" title="ไปหน้าก่อนหน้า" class="active">‹ ก่อนหน้า</a></li>'
            )
        for m in range(n):
            if m == k:
                pager.append(f'<li class="pager-current">{m + 1}</li>')
            else:
                pager.append(
                    f'<li class="pager-item"><a href="{self.page_url(m)}" title="ไปหน้า {m + 1}" class="active">{m + 1}</a></li>'
                )
        if k < n - 1:
            pager.append(
                f'<li class="pager-next"><a href="{self.page_url(k + 1)}" title="ไปหน้าถัดไป" class="active">ถัดไป ›</a></li>'
            )
            pager.append(
                f'<li class="pager-last last"><a href="{self.page_url(n - 1)}" title="ไปหน้าสุดท้าย" class="active">หน้าสุดท้าย »</a></li>'
            )
        content = f"""<div class="view view-news view-id-news view-display-id-page_1 view-dom-id-1">
    <div class="view-content">
{"".join(items)}
    </div>
  <div class="item-list"><ul class="pager">{"".join(pager)}</ul></div>
</div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content, '<a href="/">หน้าแรก</a>').replace("\r", "")

    def text(self, a):
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            out.insert(
                1,
                f'<p><img src="{FILES}/news/2567/n{a.id}_1.jpg" alt="" width="500" height="333" /></p>',
            )
        if a.source:
            out.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        if a.extra["attach"]:
            out.append(
                f'<table id="attachments" class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><a href="{FILES}/doc/n{a.id}.pdf">n{a.id}.pdf</a></td><td>182.4 KB</td></tr></tbody></table>'
            )
        return "\n".join(out)

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        u = quote(f"http://www.lamphun.doae.go.th{a.path}", safe="")
        share = f"""<div class="service-links"><div class="item-list"><h3>แบ่งปัน</h3><ul><li class="first"><a href="http://www.facebook.com/sharer.php?u={u}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img src="/sites/all/modules/service_links/images/facebook.png" alt="Facebook" /></a></li>
<li><a href="http://twitter.com/share?url={u}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img src="/sites/all/modules/service_links/images/twitter.png" alt="Twitter" /></a></li>
<li class="last"><a href="http://line.me/R/msg/text/?{u}" class="service-links-line" rel="nofollow"><img src="/sites/all/modules/service_links/images/line.png" alt="LINE" /></a></li>
</ul></div></div>"""
        pager = []
        if newer:
            pager.append(
                f'<li class="pager-previous first"><a href="{href(newer.path)}">‹ {esc(newer.title)}</a></li>'
            )
        pager.append(
            f'<li class="pager-key">{self.articles.index(a) + 1} จาก {len(self.articles)}</li>'
        )
        if older:
            pager.append(
                f'<li class="pager-next last"><a href="{href(older.path)}">{esc(older.title)} ›</a></li>'
            )
        content = f"""<div id="node-{a.id}" class="node">

  <span class="submitted">{self.submitted(a)}</span>

  <div class="content clear-block">
    {self.text(a)}
{share}  </div>

  <div class="clear-block">
    <div class="meta">
    {self.terms(a)}
    </div>

          <div class="links"><ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="comment_forbidden"><span><a href="/user/login?destination=comment%2Freply%2F{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=comment%2Freply%2F{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li>
<li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบสำหรับพิมพ์" class="print-page" rel="nofollow"><img src="/sites/all/modules/print/icons/print_icon.gif" alt="หน้าสำหรับพิมพ์" class="print-icon" width="16" height="16" />หน้าสำหรับพิมพ์</a></li>
<li class="forward_links last"><a href="/forward?path=node/{a.id}" title="ส่งต่อหน้านี้ให้เพื่อน" class="forward-page">ส่งต่อหน้านี้</a></li>
</ul></div>
      </div>

</div>
<div class="custom-pager custom-pager-bottom"><ul class="custom-pager">{"".join(pager)}</ul></div>"""
        return self.shell(
            a.title,
            content,
            '<a href="/">หน้าแรก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a>',
        )

    def deleted(self):
        content = """<div class="messages error">ไม่อนุญาตให้เข้าถึง: คุณไม่ได้รับอนุญาตให้เข้าถึงหน้านี้</div>
<form action="/user/login?destination=node%2F1187" accept-charset="UTF-8" method="post" id="user-login">
<div><div class="form-item" id="edit-name-1-wrapper"><label for="edit-name-1">ชื่อผู้ใช้: <span class="form-required">*</span></label>
 <input type="text" maxlength="60" name="name" id="edit-name-1" size="60" value="" class="form-text required" />
 <div class="description">ป้อนชื่อผู้ใช้ของคุณสำหรับ สำนักงานเกษตรจังหวัดลำพูน</div></div>
<div class="form-item" id="edit-pass-1-wrapper"><label for="edit-pass-1">รหัสผ่าน: <span class="form-required">*</span></label>
 <input type="password" name="pass" id="edit-pass-1" maxlength="128" size="60" class="form-text required" /></div>
<input type="submit" name="op" id="edit-submit-2" value="เข้าสู่ระบบ" class="form-submit" /></div></form>"""
        return self.shell("ไม่อนุญาตให้เข้าถึง", content, '<a href="/">หน้าแรก</a>')

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                self.submitted(a),
                "pr_lamphun",
                f"อ่าน {a.views} ครั้ง",
                "แบ่งปัน",
                "เพื่อแสดงความคิดเห็น",
                "หน้าสำหรับพิมพ์",
                "ส่งต่อหน้านี้",
                *[x.title for x in (older, newer) if x],
                "ข่าวล่าสุด",
                "ผู้ใช้ออนไลน์",
                "ขณะนี้มีผู้ใช้ 0 คน",
                "สถิติผู้เข้าชม",
                "ขอรหัสผ่านใหม่",
                "ค้นหาในเว็บไซต์นี้",
                "ไฟล์แนบ",
                "182.4 KB",
                "ถนนวังขวา",
                "คลังความรู้เกษตร",
                *a.tags,
            ]
            out.append(record(self, a, must_not))
        return out


SITE = GarlandSite()

if __name__ == "__main__":
    main(SITE)
