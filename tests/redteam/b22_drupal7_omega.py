"""Blind-22 red-team site: a regional public-relations office (สำนักงานประชาสัมพันธ์เขต ๓ อุดรธานี)
on **Drupal 7 with an Omega 4 sub-theme**, built blind.

What it imitates:
- Omega 4's page shell: `div.l-page` > `header.l-header` (`div.l-branding` with logo, site name
  and slogan, the header region with the Text Resize block "ขนาดตัวอักษร" and the main menu),
  `div.l-main` > `div.l-content` (core breadcrumb "คุณอยู่ที่นี่" that stops at the section,
  the page `h1` with the node title, the content region) and `aside.l-region--sidebar-second`
  (user login block, "ข่าวล่าสุด", Who's online, a Statistics-like site counter), then
  `footer.l-footer`; an EU Cookie Compliance bar;
- core's Drupal 7 head: `Generator` "Drupal 7 (http://drupal.org)", `misc/jquery.js?v=1.4.4`,
  `jQuery.extend(Drupal.settings, ...)`, the RDFa prefixes on `<html>`, `shortlink` `/node/N`,
  metatag's OpenGraph `article:published_time` / `article:modified_time` (token `custom:c`, on
  **every** node, equal when the node was never edited);
- pathauto aliases `news/[node:title]` with transliteration **off**: Thai titles kept, ASCII
  punctuation removed (so "ก.ยุติธรรม" becomes "กยุติธรรม"), curly quotes kept, spaces to "-",
  lower-cased Latin, cut at 100 characters on a separator; hrefs percent-encoded (upper hex);
- the node (Omega 4 `node.tpl.php`): `article.node.node--news.node--full` with RDFa
  `about`/`typeof`, the hidden `dc:title` span, `footer.node__submitted` with core's submitted
  line wrapped in RDF's `<span property="dc:date dc:created" content="…+07:00">`: "ส่งโดย
  <username> เมื่อ อ., 06/04/2024 - 14:20" — **Drupal 7's default 'medium' format 'D, m/d/Y -
  H:i', month first** (Thai weekday abbreviation, CE year; a day-first reading of 06/04 is 6
  April, the node is of 4 June);
- `div.node__content`: optional image field, body (`property="content:encoded"`), "ที่มา:"
  inline-label field (4 nodes in 7), "ไฟล์แนบ:" file field (some), "แท็ก:" taxonomy field,
  Service Links ("แบ่งปัน:" Facebook / Twitter / LINE / Google+); the node links (statistics
  "อ่าน N ครั้ง", print "ฉบับพิมพ์", Forward "ส่งต่อให้เพื่อน", the comment login prompt); the
  Flippy pager with the **neighbour titles** as link text; a "ข่าวที่เกี่ยวข้อง" Views block
  under the node in the content region;
- the Views page `/news` with core's **full pager** (`?page=1`, "« หน้าแรก", "‹ ก่อนหน้า",
  numbers, "ถัดไป ›", "หน้าสุดท้าย »"), list dates in the default 'short' format 'm/d/Y - H:i';
- the deleted node: its alias went with it, so `/news/<old alias>` reaches the view's page
  route with the alias as contextual argument, which fails the numeric validation and shows
  the view's "no results" text: 200 with "ขออภัย ไม่พบข่าวที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import esc, iso, main
from .b22c_common import B9Site, build, neighbours, record

SITE_NAME = "สำนักงานประชาสัมพันธ์เขต 3 อุดรธานี"
SLOGAN = "กรมประชาสัมพันธ์ สำนักนายกรัฐมนตรี"
SOURCES = [
    "ศูนย์ข่าวสำนักงานประชาสัมพันธ์เขต 3",
    None,
    "สถานีวิทยุกระจายเสียงแห่งประเทศไทย จังหวัดอุดรธานี",
    "สำนักงานประชาสัมพันธ์จังหวัดหนองคาย",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดเลย",
    None,
]
AUTHORS = {"pr_udon": 5, "editor03": 9, "somchai.w": 14}
TERM_IDS = {
    "ประชาสัมพันธ์": 3,
    "ผู้ว่าราชการจังหวัด": 17,
    "เศรษฐกิจ": 8,
    "การศึกษา": 22,
    "สาธารณสุข": 9,
    "เกษตรกร": 31,
    "โควิด-19": 5,
    "ท่องเที่ยว": 36,
    "ความมั่นคง": 12,
    "สังคม": 2,
    "OTOP": 44,
    "SMEs": 45,
}
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
DELETED_NID = 1226
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้ารับการอบรมนักจัดรายการวิทยุรุ่นใหม่ (ยกเลิก)"
EMPTY_TEXT = "ขออภัย ไม่พบข่าวที่ท่านต้องการ"
_PUNCT = re.compile(r"""["'`,.\-_:;|{}\[\]+=*&%^$#@!~()?<>/\\]""")


def pathauto(title: str, used: set[str]) -> str:
    """pathauto 7.x cleanstring with transliteration off: punctuation removed (the hyphen is
    a separator), whitespace to '-', Latin lower-cased, cut to 100 characters on a separator."""
    s = title.replace("-", " ")
    s = _PUNCT.sub("", s)
    s = re.sub(r"\s+", "-", s.strip()).lower()
    if len(s) > 100:
        s = s[:100]
        if "-" in s[60:]:
            s = s[: s.rindex("-")]
    s = s.strip("-")
    alias = f"news/{s}"
    k = 0
    while alias in used:
        alias = f"news/{s}-{k}"
        k += 1
    used.add(alias)
    return alias


def href(alias: str) -> str:
    return "/" + quote(alias, safe="/")


def medium(d: dt.datetime) -> str:
    """Drupal 7's default 'medium' format 'D, m/d/Y - H:i' (weekday translated)."""
    return (
        f"{WD_ABBR[d.weekday()]}, {d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"
    )


def short(d: dt.datetime) -> str:
    """Drupal 7's default 'short' format 'm/d/Y - H:i'."""
    return f"{d.month:02d}/{d.day:02d}/{d.year} - {d.hour:02d}:{d.minute:02d}"


def custom_c(d: dt.datetime) -> str:
    return d.isoformat()


class Drupal7OmegaSite(B9Site):
    key = "b22_drupal7_omega"
    family = "drupal"
    imitates = (
        "Drupal 7 + Omega 4 sub-theme (l-page/l-header/l-main/l-content/l-region), pathauto "
        "news/[node:title] Thai aliases (punctuation stripped, percent-encoded), RDFa submitted "
        "line 'ส่งโดย user เมื่อ อ., 06/04/2024 - 14:20' (default medium 'D, m/d/Y - H:i', month "
        "first) with dc:created content ISO, metatag article:published/modified_time on every "
        "node, ที่มา/ไฟล์แนบ/แท็ก fields, Service Links, statistics 'อ่าน N ครั้ง', print, "
        "forward, comment login prompt, Flippy prev/next with titles, related Views block; "
        "Views full pager /news?page=N; deleted = view's no-results text (200)"
    )
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 11, dt.datetime(2024, 6, 14, 15, 10), first_id=1180, step=3
        )
        used: set[str] = set()
        authors = list(AUTHORS)
        for i, a in enumerate(self.articles):
            a.time_printed = True  # node:created always carries its time
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["alias"] = pathauto(a.title, used)
            a.path = "/" + a.extra["alias"]
            a.extra["author"] = authors[i % len(authors)]
            a.extra["image"] = i % 3 == 1
            a.extra["attachment"] = i % 5 == 3
        self.deleted_alias = pathauto(DELETED_TITLE, used)
        assert DELETED_NID not in {a.id for a in self.articles}
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return ["/" + self.deleted_alias]

    def robots(self):
        return (
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\nCrawl-delay: 10\n# CSS, JS, Images\nAllow: /misc/*.css$\n"
            "Allow: /misc/*.js$\nAllow: /modules/*.css$\nAllow: /sites/*.png$\n"
            "# Directories\nDisallow: /includes/\nDisallow: /misc/\nDisallow: /modules/\n"
            "Disallow: /profiles/\nDisallow: /scripts/\nDisallow: /themes/\n"
            "# Files\nDisallow: /CHANGELOG.txt\nDisallow: /cron.php\nDisallow: /install.php\n"
            "# Paths (clean URLs)\nDisallow: /admin/\nDisallow: /comment/reply/\n"
            "Disallow: /filter/tips/\nDisallow: /node/add/\nDisallow: /search/\n"
            "Disallow: /user/register/\nDisallow: /user/password/\nDisallow: /user/login/\n"
            "Disallow: /user/logout/\n# Paths (no clean URLs)\nDisallow: /?q=admin/\n"
        )

    # ------------------------------------------------------------------ shell

    def shell(self, *, title, h1, crumbs, content, head="", body_class=""):
        latest = "".join(
            f'<li class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{href(a.extra["alias"])}">{esc(a.title)}</a></span></div></li>'
            for a in self.articles[:5]
        )
        crumb = " » ".join(f'<a href="{u}">{esc(t)}</a>' for u, t in crumbs)
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="content: http://purl.org/rss/1.0/modules/content/ dc: http://purl.org/dc/terms/ foaf: http://xmlns.com/foaf/0.1/ og: http://ogp.me/ns# rdfs: http://www.w3.org/2000/01/rdf-schema# sioc: http://rdfs.org/sioc/ns# sioct: http://rdfs.org/sioc/types# skos: http://www.w3.org/2004/02/skos/core# xsd: http://www.w3.org/2001/XMLSchema#">
<head>
  <meta charset="utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/prd_omega/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, minimum-scale=1.0, maximum-scale=1.0, user-scalable=no" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} RSS" href="/rss.xml" />
  <title>{esc(title)} | {SITE_NAME}</title>
  <style>@import url("/modules/system/system.base.css?sf3k2q");
@import url("/sites/all/modules/contrib/views/css/views.css?sf3k2q");
@import url("/sites/all/modules/contrib/ctools/css/ctools.css?sf3k2q");
@import url("/sites/all/modules/contrib/service_links/css/service_links.css?sf3k2q");
@import url("/sites/all/modules/contrib/flippy/flippy.css?sf3k2q");
@import url("/sites/all/modules/contrib/eu_cookie_compliance/css/eu_cookie_compliance.css?sf3k2q");</style>
<style>@import url("/sites/all/themes/prd_omega/css/prd-omega.normalize.css?sf3k2q");
@import url("/sites/all/themes/prd_omega/css/prd-omega.hacks.css?sf3k2q");
@import url("/sites/all/themes/prd_omega/css/prd-omega.styles.css?sf3k2q");</style>
  <script src="/misc/jquery.js?v=1.4.4"></script>
<script src="/misc/jquery.once.js?v=1.2"></script>
<script src="/misc/drupal.js?sf3k2q"></script>
<script src="/sites/default/files/languages/th_Xq0mWc1bA2.js?sf3k2q"></script>
<script src="/sites/all/modules/contrib/text_resize/text_resize.js?sf3k2q"></script>
<script>jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"prd_omega","theme_token":"pQ3n8Cq1ZcVb0rM"}},"text_resize":{{"text_resize_scope":"l-content","text_resize_minimum":"12","text_resize_maximum":"25","text_resize_line_height_allow":0}},"eu_cookie_compliance":{{"popup_enabled":1,"popup_agreed_enabled":0,"popup_position":0}},"urlIsAjaxTrusted":{{"\\/news?destination=node":true}}}});</script>
</head>
<body class="html {body_class} i18n-th">
  <a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="l-page">
  <header class="l-header" role="banner">
    <div class="l-branding">
              <a href="/" title="หน้าแรก" rel="home" class="site-logo"><img src="/sites/default/files/logo_prd3.png" alt="หน้าแรก" /></a>
                    <h2 class="site-name"><a href="/" title="หน้าแรก" rel="home"><span>{SITE_NAME}</span></a></h2>
                    <h3 class="site-slogan">{SLOGAN}</h3>
    </div>
      <div class="l-region l-region--header">
    <div id="block-text-resize-0" class="block block--text-resize block--text-resize-0">
        <h2 class="block__title block-title">ขนาดตัวอักษร</h2>
      <div class="block__content">
    <a href="javascript:;" class="changer" id="text_resize_decrease"><sup>-</sup>A</a> <a href="javascript:;" class="changer" id="text_resize_reset">A</a> <a href="javascript:;" class="changer" id="text_resize_increase"><sup>+</sup>A</a><div id="text_resize_clear"></div>  </div>
</div>
<nav id="block-system-main-menu" role="navigation" class="block block--system block--menu block--system-main-menu">
      <h2 class="block__title block-title element-invisible">เมนูหลัก</h2>
  <ul class="menu"><li class="first leaf"><a href="/" title="">หน้าแรก</a></li>
<li class="expanded"><a href="/about" title="">เกี่ยวกับเรา</a></li>
<li class="leaf active-trail"><a href="/news" title="" class="active-trail">ข่าวประชาสัมพันธ์</a></li>
<li class="leaf"><a href="/radio" title="">สถานีวิทยุในสังกัด</a></li>
<li class="leaf"><a href="/procurement" title="">จัดซื้อจัดจ้าง</a></li>
<li class="last leaf"><a href="/contact" title="">ติดต่อเรา</a></li>
</ul></nav>
  </div>
  </header>

  <div class="l-main">
    <div class="l-content" role="main">
            <h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{crumb}</div>      <a id="main-content"></a>
                    <h1>{h1}</h1>
                                          <div class="l-region l-region--content">
{content}
  </div>
    </div>

          <aside class="l-region l-region--sidebar-second">
    <div id="block-user-login" class="block block--user block--user-login" role="form">
        <h2 class="block__title block-title">เข้าสู่ระบบ</h2>
      <div class="block__content">
    <form action="/news?destination=node" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" />
</div>
<div class="form-item form-type-password form-item-pass">
  <label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องกรอกข้อมูลนี้">*</span></label>
 <input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" />
</div>
<div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li>
</ul></div><input type="hidden" name="form_build_id" value="form-Zb2k0uJ9q1N3dL0f" />
<input type="hidden" name="form_id" value="user_login_block" />
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>  </div>
</div>
<div id="block-views-latest-news-block" class="block block--views block--views-latest-news-block">
        <h2 class="block__title block-title">ข่าวล่าสุด</h2>
      <div class="block__content">
    <div class="view view-latest-news view-id-latest_news view-display-id-block view-dom-id-5e1a0d5c">
      <div class="view-content">
      <div class="item-list"><ul>{latest}</ul></div>    </div>
</div>  </div>
</div>
<div id="block-user-online" class="block block--user block--user-online" role="complementary">
        <h2 class="block__title block-title">ผู้ใช้ออนไลน์</h2>
      <div class="block__content">
    <p>ขณะนี้มีผู้ใช้ 0 คน และผู้เยี่ยมชม 14 คน ออนไลน์อยู่</p>  </div>
</div>
<div id="block-block-7" class="block block--block block--block-7">
        <h2 class="block__title block-title">สถิติผู้เข้าชมเว็บไซต์</h2>
      <div class="block__content">
    <p>วันนี้ 388 | เมื่อวาน 512 | ทั้งหมด 1,204,377</p>  </div>
</div>
  </aside>
  </div>

  <footer class="l-footer" role="contentinfo">
      <div class="l-region l-region--footer">
    <div id="block-block-2" class="block block--block block--block-2">
      <div class="block__content">
    <p>{SITE_NAME} ถนนเพาะนิยม ตำบลหมากแข้ง อำเภอเมืองอุดรธานี จังหวัดอุดรธานี 41000 โทร. 0 4222 2045</p>
<p>สงวนลิขสิทธิ์ © 2567 กรมประชาสัมพันธ์</p>  </div>
</div>
  </div>
  </footer>
</div>
  <div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">อ่านนโยบายคุกกี้</button></div></div></div></div>
<script src="/sites/all/modules/contrib/eu_cookie_compliance/js/eu_cookie_compliance.js?sf3k2q"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        last = len(self.pages) - 1
        items = []
        if k > 0:
            items.append(
                '<li class="pager-first first"><a title="ไปที่หน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            items.append(
                f'<li class="pager-previous"><a title="ไปที่หน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(last + 1):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                u = "/news" if j == 0 else f"/news?page={j}"
                items.append(
                    f'<li class="pager-item"><a title="ไปที่หน้า {j + 1}" href="{u}">{j + 1}</a></li>'
                )
        if k < last:
            items.append(
                f'<li class="pager-next"><a title="ไปที่หน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปที่หน้าสุดท้าย" href="/news?page={last}">หน้าสุดท้าย »</a></li>'
            )
        return f'<h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [
            (href(a.extra["alias"]), a.title, a.published, a.paras[0], a.extra["image"], a.id)
            for a in self.pages[k]
        ]
        if k == 1:
            when = self.pages[1][5].published + dt.timedelta(hours=20)
            rows.insert(
                5,
                (
                    href(self.deleted_alias),
                    DELETED_TITLE,
                    when,
                    "ตามที่สำนักงานประชาสัมพันธ์เขต 3 ได้เปิดรับสมัครผู้สนใจเข้ารับการอบรม",
                    False,
                    DELETED_NID,
                ),
            )
        out = []
        n = len(rows)
        for j, (u, title, d, teaser, img, nid) in enumerate(rows):
            cls = "views-row views-row-{} views-row-{}{}{}".format(
                j + 1,
                "odd" if j % 2 == 0 else "even",
                " views-row-first" if j == 0 else "",
                " views-row-last" if j == n - 1 else "",
            )
            thumb = (
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{u}"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/news/{d:%Y-%m}/img_{nid}.jpg?itok=Kp3v{nid}" width="100" height="75" alt="" /></a></div></div>'
                if img
                else ""
            )
            out.append(
                f"""  <div class="{cls}">
    {thumb}<div class="views-field views-field-title"><span class="field-content"><a href="{u}">{esc(title)}</a></span></div>
  <div class="views-field views-field-created"><span class="views-label views-label-created">วันที่: </span><span class="field-content">{short(d)}</span></div>
  <div class="views-field views-field-body"><div class="field-content">{esc(teaser[:180])}…</div></div>
  </div>"""
            )
        content = f"""<div id="block-system-main" class="block block--system block--system-main">
      <div class="block__content">
    <div class="view view-news view-id-news view-display-id-page view-dom-id-9b2f7d01">
      <div class="view-content">
{chr(10).join(out)}
    </div>
  {self.pager(k)}
      <div class="feed-icon"><a href="/news/feed" class="feed-icon" title="สมัครรับข้อมูล ข่าวประชาสัมพันธ์"><img typeof="foaf:Image" src="/misc/feed.png" width="16" height="16" alt="สมัครรับข้อมูล ข่าวประชาสัมพันธ์" /></a></div>
</div>  </div>
</div>"""
        return self.shell(
            title="ข่าวประชาสัมพันธ์",
            h1="ข่าวประชาสัมพันธ์",
            crumbs=[("/", "หน้าแรก")],
            content=content,
            body_class="not-front not-logged-in page-news no-sidebars",
        )

    # ------------------------------------------------------------------ node

    def related_for(self, a):
        others = [x for x in self.articles if x is not a]
        shared = [x for x in others if set(x.tags) & set(a.tags)]
        return (shared + [x for x in others if x not in shared])[:5]

    def detail(self, a):
        changed = a.modified or a.published
        u = href(a.extra["alias"])
        head = (
            f'<meta name="description" content="{esc(a.paras[0][:160])}" />\n'
            f'<link rel="canonical" href="{u}" />\n<link rel="shortlink" href="/node/{a.id}" />\n'
            f'<meta property="og:site_name" content="{SITE_NAME}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="http://region3.prd.go.th{u}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n'
            f'<meta property="article:published_time" content="{custom_c(a.published)}" />\n'
            f'<meta property="article:modified_time" content="{custom_c(changed)}" />\n'
        )
        author = a.extra["author"]
        uid = AUTHORS[author]
        image = (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="/sites/default/files/styles/large/public/news/{a.published:%Y-%m}/img_{a.id}.jpg?itok=Kp3v{a.id}"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/{a.published:%Y-%m}/img_{a.id}.jpg?itok=Kp3v{a.id}" width="480" height="320" alt="" /></div></div></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">ที่มา:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        attach = (
            f'<div class="field field-name-field-attach field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><span class="file"><img class="file-icon" alt="PDF icon" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/news/{a.published:%Y-%m}/pr_{a.id}.pdf" type="application/pdf; length=318422">pr_{a.id}.pdf</a></span></div></div></div>'
            if a.extra["attachment"]
            else ""
        )
        tags = ""
        if a.tags:
            items = "".join(
                f'<div class="field-item {"even" if i % 2 else "odd"}"><a href="/taxonomy/term/{TERM_IDS[t]}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                for i, t in enumerate(a.tags)
            )
            tags = f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">แท็ก:&nbsp;</div><div class="field-items">{items}</div></div>'
        abs_u = f"http%3A%2F%2Fregion3.prd.go.th{quote(u, safe='')}"
        share = f"""<div class="service-links"><div class="service-label">แบ่งปัน: </div><ul class="links"><li class="service-links-facebook first"><a href="https://www.facebook.com/sharer.php?u={abs_u}" title="แบ่งปันบน Facebook" class="service-links-facebook" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/contrib/service_links/images/facebook.png" alt="Facebook logo" /> Facebook</a></li><li class="service-links-twitter"><a href="https://twitter.com/share?url={abs_u}" title="แบ่งปันบน Twitter" class="service-links-twitter" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/contrib/service_links/images/twitter.png" alt="Twitter logo" /> Twitter</a></li><li class="service-links-line"><a href="https://social-plugins.line.me/lineit/share?url={abs_u}" title="แบ่งปันบน LINE" class="service-links-line" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/themes/prd_omega/images/line.png" alt="LINE logo" /> LINE</a></li><li class="service-links-google-plus last"><a href="https://plus.google.com/share?url={abs_u}" title="แบ่งปันบน Google+" class="service-links-google-plus" rel="nofollow"><img typeof="foaf:Image" src="/sites/all/modules/contrib/service_links/images/google_plus.png" alt="Google+ logo" /> Google+</a></li></ul></div>"""
        links = f"""<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="print_html"><a href="/print/{a.id}" title="แสดงหน้านี้ในรูปแบบที่เหมาะกับการพิมพ์" class="print-page" rel="nofollow"><img class="print-icon print-icon-margin" typeof="foaf:Image" src="/sites/all/modules/contrib/print/icons/print_icon.png" width="16" height="16" alt="ฉบับพิมพ์" title="ฉบับพิมพ์" />ฉบับพิมพ์</a></li>
<li class="forward_links"><a href="/forward?path=node/{a.id}" title="ส่งหน้านี้ให้เพื่อนทางอีเมล" class="forward-page" rel="nofollow">ส่งต่อให้เพื่อน</a></li>
<li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li>
</ul>"""
        older, newer = neighbours(self.articles, a)
        flippy = ['<ul class="flippy">']
        if newer:
            flippy.append(
                f'<li class="prev"><a href="{href(newer.extra["alias"])}" title="{esc(newer.title)}">‹ {esc(newer.title)}</a></li>'
            )
        if older:
            flippy.append(
                f'<li class="next"><a href="{href(older.extra["alias"])}" title="{esc(older.title)}">{esc(older.title)} ›</a></li>'
            )
        flippy.append("</ul>")
        submitted = (
            f'<span property="dc:date dc:created" content="{a.published.isoformat()}" datatype="xsd:dateTime" rel="sioc:has_creator">'
            f'ส่งโดย <span class="username" xml:lang="" about="/user/{uid}" typeof="sioc:UserAccount" property="foaf:name" datatype="">{author}</span> เมื่อ {medium(a.published)}</span>'
        )
        related = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><span class="field-content"><a href="{href(x.extra["alias"])}">{esc(x.title)}</a></span></span> <span class="views-field views-field-created"><span class="field-content">({short(x.published)[:10]})</span></span></li>'
            for x in self.related_for(a)
        )
        content = f"""<div id="block-system-main" class="block block--system block--system-main">
      <div class="block__content">
    <article about="{u}" typeof="sioc:Item foaf:Document" role="article" class="node node--news node--promoted node--full node--news--full">
      <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span><span property="sioc:num_replies" content="0" datatype="xsd:integer" class="rdf-meta element-hidden"></span>
      <footer class="node__submitted">
      <p class="submitted">{submitted}</p>
    </footer>
  
  <div class="node__content">
    {image}<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>{source}{attach}{tags}{share}  </div>

  {links}
  {"".join(flippy)}
</article>
  </div>
</div>
<div id="block-views-related-news-block" class="block block--views block--views-related-news-block">
        <h2 class="block__title block-title">ข่าวที่เกี่ยวข้อง</h2>
      <div class="block__content">
    <div class="view view-related-news view-id-related_news view-display-id-block view-dom-id-a0c4e2f1">
      <div class="view-content">
      <div class="item-list"><ul>{related}</ul></div>    </div>
</div>  </div>
</div>"""
        return self.shell(
            title=a.title,
            h1=esc(a.title),
            crumbs=[("/", "หน้าแรก"), ("/news", "ข่าวประชาสัมพันธ์")],
            content=content,
            head=head,
            body_class=f"not-front not-logged-in page-node page-node- page-node-{a.id} node-type-news",
        )

    def deleted(self):
        content = f"""<div id="block-system-main" class="block block--system block--system-main">
      <div class="block__content">
    <div class="view view-news view-id-news view-display-id-page view-dom-id-3c8d1e77">
        <div class="view-empty">
      <p>{EMPTY_TEXT}</p>
<p><a href="/news">กลับไปหน้าข่าวประชาสัมพันธ์</a></p>    </div>
  </div>  </div>
</div>"""
        return self.shell(
            title="ข่าวประชาสัมพันธ์",
            h1="ข่าวประชาสัมพันธ์",
            crumbs=[("/", "หน้าแรก")],
            content=content,
            body_class="not-front not-logged-in page-news no-sidebars",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ส่งโดย",
                a.extra["author"],
                medium(a.published),
                "แบ่งปัน:",
                "Facebook",
                f"อ่าน {a.views} ครั้ง",
                "ฉบับพิมพ์",
                "ส่งต่อให้เพื่อน",
                "เพื่อแสดงความคิดเห็น",
                "ไฟล์แนบ:",
                f"pr_{a.id}.pdf",
                "แท็ก:",
                *(x.title for x in (older, newer) if x),
                "ข่าวที่เกี่ยวข้อง",
                *(x.title for x in self.related_for(a)[:2]),
                "ขนาดตัวอักษร",
                "ข่าวล่าสุด",
                "ขอรหัสผ่านใหม่",
                "ผู้ใช้ออนไลน์",
                "สถิติผู้เข้าชมเว็บไซต์",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนเพาะนิยม ตำบลหมากแข้ง",
                "คุณอยู่ที่นี่",
            ]
            rec = record(self, a, must_not)
            # metatag prints article:modified_time ([node:changed]) for every node
            rec["modified_at"] = iso(a.modified or a.published, True)
            out.append(rec)
        return out


SITE = Drupal7OmegaSite()

if __name__ == "__main__":
    main(SITE)
