"""Blind-59 red-team site (part C): a provincial agriculture office
(สำนักงานเกษตรจังหวัดสุพรรณบุรี-like) on **Drupal 7.98 with a sub-theme of ThemeBrain's Nucleus
base theme**, Locale + i18n (URL-prefix and browser language detection, a language cookie),
Entity Translation, Views, Statistics, Colorbox galleries. Built blind (no crawler, pipeline,
bench or fixture read).

Looked up with the search tool (code corpus): Nucleus' own `nucleus_starter/tpl/page.tpl.php`
(as vendored in MathHubInfo/Legacy-planetary, `sites/all/themes/.../nucleus/`): `div#page.page-default`
with the `a#Top` anchor, `#header-wrapper.wrapper` > `.container` > `.grid-inner` > `#header`
(`a#logo`, `#name-and-slogan.hgroup` with `h1.site-name` — the office's name is an h1 on every
page), `#menu-bar-wrapper`, `#system-messages-wrapper`, `#main-wrapper` > `.container-inner` >
`#main-content.tb-main-box.section` with `h1#page-title`, `#sidebar-first-wrapper` /
`#sidebar-second-wrapper.sidebar.tb-main-box`, `#breadcrumb-wrapper` (after the content, with
the "▲ Top" back-to-top link), `#footer-wrapper`; and `nucleus.info` (regions header, menu_bar,
highlighted, slideshow, sidebars, panel regions; `js/jquery.cookie.js`). Drupal 7 core's node
template with the RDF module's `dc:date` `content` attribute, the Locale language switcher block
(`ul.language-switcher-locale-url`, `?language=` links), Views' full pager, Statistics' counter,
Colorbox's field formatter and the Metatag `og:` tags are from memory. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/th/node/<nid>` under a Nucleus sub-theme; `h1.site-name` (office) in the header, the
  headline `h1#page-title`; `<title>` "headline | office"; D7 RDF submitted line "ส่งโดย prsupan
  เมื่อ 3 มิ.ย. 2567 - 10:22" with `content="2024-06-03T10:22:00+07:00"` (always the time);
  Statistics "อ่าน 1,234 ครั้ง"; tags "แท็ก:"; sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :"
  at the end of the body (one in six none); AddThis "แชร์"; "พิมพ์"; "ข่าวล่าสุด" sidebar;
  breadcrumb after the content; footer visitor counter; cookie bar;
- **NEW: the language depends on the request: `/news` (and `/`) answer 302 to `/th/news` only
  when the `language=th` cookie is set or Accept-Language prefers Thai over English; otherwise
  302 to `/en/news`, the English interface ("News", "Submitted by", "Read more", English dates
  "Mon, 06/03/2024 - 10:22") whose nodes `/en/node/<nid>` print the Thai title and NO body
  (Entity Translation without fallback: "This content has not been translated to English.");
  the language switcher's "ไทย" (`/th/news?language=th`) sets the cookie and answers 302 to
  `/th/news`; Thai pages set the cookie too**;
- **NEW: double-encoded text (UTF-8 read as windows-1252 and saved again) on the page: the
  sidebar block title "à¸‚à¹ˆà¸²à¸§à¸¥à¹ˆà¸²à¸ªà¸¸à¸”" on every page, and on the two oldest nodes
  (migrated from the old site) the `<title>`, `og:title` and the breadcrumb's last crumb; the
  `h1#page-title` is right**;
- **NEW: photo news (ภาพข่าว, one in four): a Colorbox gallery of 12 pictures with captions
  ("ภาพที่ 3 : …") printed under each thumbnail, then a short text (three paragraphs)**;
- **NEW: a headline split over elements: photo news carry a kicker `<span class="kicker">ภาพข่าว
  :</span>` inside the `h1#page-title`, and the five newest items a "ใหม่" badge (`<img
  alt="ใหม่">` or `<span class="badge-new">NEW!</span>`) inside the `h1` and the listing link**;
- **NEW: a summary box "สรุปข่าว" (Field Collection / list field, one in three) above the body,
  repeating the first sentence of two paragraphs of the text**;
- listing `/th/news` (Views, 8 a page, full pager `?page=1`, `?page=2`; teaser rows with the
  date, a trimmed summary and "อ่านต่อ"), 24 nodes;
- deleted item (linked from page 2): `/th/node/5120`, **200**: an English-only node seen under
  the Thai prefix: the title, no body, "เนื้อหานี้ยังไม่ได้แปลเป็นภาษาไทย".
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    request_headers,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดสุพรรณบุรี"
OFFICE_EN = "Suphan Buri Provincial Agricultural Extension Office"
PER = 8
N = 24
DELETED_NID = 5120
SOURCES = [
    ("ที่มา", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดสุพรรณบุรี"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภออู่ทอง"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สนง.เกษตรจังหวัดสุพรรณบุรี"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดสุพรรณบุรี"),
    ("ข่าว/ภาพ", "ศูนย์ส่งเสริมและพัฒนาอาชีพการเกษตร (ข้าว) จังหวัดสุพรรณบุรี"),
    None,
]
TAGS = ["ข้าว", "เกษตรกร", "ศพก.", "แปลงใหญ่", "Young Smart Farmer", "อ้อย"]
LATEST = "ข่าวล่าสุด"
COUNTER = "สถิติผู้เข้าชม 318,402 คน"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "ศาลากลางจังหวัดสุพรรณบุรี ชั้น 3 ถนนสุพรรณบุรี-ชัยนาท อำเภอเมืองสุพรรณบุรี 72000"
SUMMARY = "สรุปข่าว"
NOT_TH = "เนื้อหานี้ยังไม่ได้แปลเป็นภาษาไทย"
NOT_EN = "This content has not been translated to English."
CAPTIONS = [
    "ผู้ว่าราชการจังหวัดเป็นประธานในพิธี",
    "เกษตรกรร่วมรับฟังการชี้แจง",
    "เจ้าหน้าที่ลงพื้นที่ตรวจแปลง",
    "การสาธิตเครื่องจักรกลการเกษตร",
    "ถ่ายภาพร่วมกันเป็นที่ระลึก",
    "บรรยากาศภายในงาน",
]
WD_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def mojibake(s: str) -> str:
    """UTF-8 bytes read as windows-1252 (undefined bytes as their Latin-1 control) and kept."""
    out = []
    for b in s.encode("utf-8"):
        try:
            out.append(bytes([b]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(b))
    return "".join(out)


def th_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)} - {d:%H:%M}"


def en_date(d: dt.datetime) -> str:
    return f"{WD_EN[d.weekday()]}, {d:%m/%d/%Y - %H:%M}"


def first_sentence(p: str) -> str:
    words = p.split(" ")
    out = ""
    for w in words:
        if len(out) > 60:
            break
        out = (out + " " + w).strip()
    return out


class Drupal7NucleusSite(BaseSite):
    key = "b59_drupal7_nucleus_langneg_photonews"
    family = "drupal"
    imitates = (
        "provincial agriculture office on Drupal 7.98 + a Nucleus (ThemeBrain) sub-theme with "
        "i18n: /news answers 302 to /en/news (English interface, untranslated nodes without a "
        "body) unless a language=th cookie or Accept-Language asks for Thai; double-encoded "
        "(UTF-8 as cp1252) text in a block title and two <title>s; photo news with a 12-picture "
        "captioned Colorbox gallery; kicker and 'ใหม่' badges inside the h1; a 'สรุปข่าว' "
        "summary box repeating the text"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 6, 21, 16, 0, tzinfo=TZ), offset=977
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5301 - i * 6 - (i % 4)
            a.path = f"/th/node/{a.id}"
            a.time_printed = True
            a.modified = None
            a.views = 41 + (i * 433 + 97) % 3900
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(i % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["photo"] = i % 4 == 1
            if a.extra["photo"]:
                a.paras = a.paras[:3]
            a.extra["summary"] = i % 3 == 2 and not a.extra["photo"]
            a.extra["new"] = i < 5
            a.extra["mojibake"] = i >= N - 2
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_NID not in self.by_id

    def listing_pages(self):
        return ["/th/news", "/th/news?page=1", "/th/news?page=2"]

    def deleted_paths(self):
        return [f"/th/node/{DELETED_NID}"]

    # ------------------------------------------------------------------ pieces
    def badge(self, a) -> str:
        if not a.extra["new"]:
            return ""
        if a.id % 2:
            return ' <img src="/sites/all/themes/supan_nucleus/images/new.gif" alt="ใหม่" width="28" height="11" class="badge-new" />'
        return ' <span class="badge-new">NEW!</span>'

    def kicker(self, a) -> str:
        return '<span class="kicker">ภาพข่าว :</span> ' if a.extra["photo"] else ""

    def switcher(self, lang: str, path_rest: str) -> str:
        th_cls = ' class="th active"' if lang == "th" else ' class="th"'
        en_cls = ' class="en last active"' if lang == "en" else ' class="en last"'
        return (
            '<div id="block-locale-language" class="block block-locale"><div class="block-inner clearfix">'
            '<h2 class="block-title element-invisible">Languages</h2><div class="block-content content">'
            '<ul class="language-switcher-locale-url">'
            f'<li{th_cls}><a href="/th/{path_rest}?language=th" class="language-link" xml:lang="th"><img class="language-icon" src="/sites/all/modules/languageicons/flags/th.png" width="16" height="12" alt="ไทย" title="ไทย" /> ไทย</a></li>'
            f'<li{en_cls}><a href="/en/{path_rest}?language=en" class="language-link" xml:lang="en"><img class="language-icon" src="/sites/all/modules/languageicons/flags/en.png" width="16" height="12" alt="English" title="English" /> English</a></li>'
            "</ul></div></div></div>"
        )

    def page(
        self,
        lang: str,
        title_tag: str,
        main_html: str,
        *,
        page_title: str,
        crumb: str,
        path_rest: str,
        head: str = "",
        body_class: str = "",
    ) -> str:
        t = (lambda th, en: th) if lang == "th" else (lambda th, en: en)
        latest = "".join(
            f'<li class="views-row"><a href="/{lang}/node/{x.id}">{esc(x.title)}</a> <span class="date">{x.published:%d/%m/%Y}</span></li>'
            for x in self.articles[:5]
        )
        latest_title = mojibake(LATEST) if lang == "th" else "Latest news"
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{lang}" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:rdfs="http://www.w3.org/2000/01/rdf-schema#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:sioct="http://rdfs.org/sioc/types#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#"
  xmlns:xsd="http://www.w3.org/2001/XMLSchema#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="/sites/all/themes/supan_nucleus/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head}<title>{title_tag}</title>
<style type="text/css" media="all">
@import url("/modules/system/system.base.css?sf3k2a");
@import url("/sites/all/themes/nucleus/nucleus/css/messages.css?sf3k2a");
@import url("/sites/all/themes/supan_nucleus/css/page.css?sf3k2a");
@import url("/sites/all/themes/supan_nucleus/css/articles.css?sf3k2a");
</style>
<script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/sites/all/themes/nucleus/nucleus/js/jquery.cookie.js?sf3k2a"></script>
<script type="text/javascript" src="/sites/all/libraries/colorbox/jquery.colorbox-min.js?sf3k2a"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second i18n-{lang} {body_class}">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">{t("ข้ามไปยังเนื้อหาหลัก", "Skip to main content")}</a></div>
<div id="page" class="page-default">
  <a name="Top" id="Top"></a>
  <!-- HEADER -->
  <div id="header-wrapper" class="wrapper">
    <div class="container container-24">
      <div class="grid-inner clearfix">
        <div id="header" class="clearfix">
          <a href="/{lang}" title="{t("หน้าแรก", "Home")}" id="logo"><img src="/sites/default/files/logo-doae.png" alt="{t("หน้าแรก", "Home")}" /></a>
          <div id="name-and-slogan" class="hgroup">
            <h1 class="site-name"><a href="/{lang}" title="{t("หน้าแรก", "Home")}">{OFFICE if lang == "th" else OFFICE_EN}</a></h1>
            <p class="site-slogan">{t("ส่งเสริมการเกษตร เพื่อความอยู่ดีมีสุขของเกษตรกร", "Agricultural extension for farmers' well-being")}</p>
          </div>
          <div class="region region-header">{self.switcher(lang, path_rest)}
            <div id="block-search-form" class="block block-search"><form action="/{lang}/search/node" method="post" id="search-block-form" accept-charset="UTF-8"><div class="container-inline"><input title="{t("กรอกคำที่คุณต้องการค้นหา", "Enter the terms you wish to search for.")}" type="text" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /><input type="submit" name="op" value="{t("ค้นหา", "Search")}" class="form-submit" /></div></form></div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <!-- /#HEADER -->
  <!-- MAIN NAV -->
  <div id="menu-bar-wrapper" class="wrapper">
    <div class="container container-24"><div class="grid-inner clearfix">
      <div class="region region-menu-bar"><div id="block-system-main-menu" class="block block-system block-menu"><div class="block-content content">
        <ul class="menu"><li class="first leaf"><a href="/{lang}">{t("หน้าแรก", "Home")}</a></li><li class="leaf"><a href="/{lang}/about">{t("เกี่ยวกับหน่วยงาน", "About us")}</a></li><li class="leaf active-trail"><a href="/{lang}/news" class="active-trail">{t("ข่าวประชาสัมพันธ์", "News")}</a></li><li class="leaf"><a href="/{lang}/knowledge">{t("องค์ความรู้", "Knowledge")}</a></li><li class="leaf"><a href="/{lang}/ita">ITA</a></li><li class="last leaf"><a href="/{lang}/contact">{t("ติดต่อเรา", "Contact")}</a></li></ul>
      </div></div></div>
    </div></div>
  </div>
  <!-- /#MAIN NAV -->
  <div id="main-wrapper" class="wrapper">
    <div class="container container-24">
      <div class="container-inner clearfix">
        <div class="group-cols-1 group-18 grid grid-18">
          <!-- MAIN CONTENT -->
          <div id="main-content" class="tb-main-box grid grid-18 section">
            <div class="grid-inner clearfix">
              <h1 id="page-title">{page_title}</h1>
              <div class="region region-content"><div id="block-system-main" class="block block-system"><div class="block-inner clearfix"><div class="block-content content">
{main_html}
              </div></div></div></div>
            </div>
          </div>
          <!-- /#MAIN CONTENT -->
        </div>
        <!-- SIDEBAR SECOND -->
        <div id="sidebar-second-wrapper" class="sidebar tb-main-box grid grid-6">
          <div class="grid-inner clearfix"><div class="region region-sidebar-second">
            <div id="block-views-latest-news-block" class="block block-views"><div class="block-inner clearfix">
              <h2 class="block-title">{latest_title}</h2>
              <div class="block-content content"><div class="view view-latest-news"><div class="view-content"><ul>{latest}</ul></div></div></div>
            </div></div>
            <div id="block-block-7" class="block block-block"><div class="block-inner clearfix"><h2 class="block-title">{t("สถิติผู้เข้าชม", "Visitors")}</h2><div class="block-content content"><p>{COUNTER}</p></div></div></div>
          </div></div>
        </div>
        <!-- /#SIDEBAR SECOND -->
      </div>
    </div>
  </div>
  <!-- BREADCRUMB -->
  <div id="breadcrumb-wrapper" class="wrapper">
    <div class="container container-24"><div class="grid-inner clearfix">
      <h2 class="element-invisible">{t("คุณอยู่ที่นี่", "You are here")}</h2><div class="breadcrumb"><a href="/{lang}">{t("หน้าแรก", "Home")}</a> » <a href="/{lang}/news">{t("ข่าวประชาสัมพันธ์", "News")}</a> » {crumb}</div>
      <a title="Back to Top" class="btn-btt" href="#Top">▲ Top</a>
    </div></div>
  </div>
  <!-- /#BREADCRUMB -->
  <!-- FOOTER -->
  <div id="footer-wrapper" class="wrapper container-16">
    <div class="container container-24"><div class="grid-inner clearfix">
      <div id="footer" class="clearfix"><div class="region region-footer"><div id="block-block-2" class="block block-block"><div class="block-content content"><p>{OFFICE}<br />{FOOTER}<br />โทร. 0 3553 5086</p></div></div></div></div>
    </div></div>
  </div>
  <!-- /#FOOTER -->
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">{t("ยอมรับ", "Accept")}</button><button type="button" class="find-more-button">{t("นโยบายคุกกี้", "Cookie policy")}</button></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def pager(self, lang: str, cur: int, pages: int) -> str:
        first, prev, nxt, last = (
            ("« หน้าแรก", "‹ ก่อนหน้า", "ถัดไป ›", "หน้าสุดท้าย »")
            if lang == "th"
            else ("« first", "‹ previous", "next ›", "last »")
        )
        items = []
        if cur > 0:
            items.append(
                f'<li class="pager-first first"><a href="/{lang}/news">{first}</a></li>'
                f'<li class="pager-previous"><a href="/{lang}/news{"?page=" + str(cur - 1) if cur > 1 else ""}">{prev}</a></li>'
            )
        for p in range(pages):
            if p == cur:
                items.append(f'<li class="pager-current">{p + 1}</li>')
            else:
                href = f"/{lang}/news" + (f"?page={p}" if p else "")
                items.append(f'<li class="pager-item"><a href="{href}">{p + 1}</a></li>')
        if cur < pages - 1:
            items.append(
                f'<li class="pager-next"><a href="/{lang}/news?page={cur + 1}">{nxt}</a></li>'
                f'<li class="pager-last last"><a href="/{lang}/news?page={pages - 1}">{last}</a></li>'
            )
        return f'<h2 class="element-invisible">Pages</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>'

    def render_list(self, lang: str, cur: int):
        chunks = [self.articles[i : i + PER] for i in range(0, N, PER)]
        if not 0 <= cur < len(chunks):
            cur = 0
        rows = []
        for k, a in enumerate(chunks[cur]):
            date = th_date(a.published) if lang == "th" else en_date(a.published)
            teaser = esc(a.paras[0][:160]) + "…"
            more = "อ่านต่อ" if lang == "th" else "Read more"
            rows.append(
                f'<div class="views-row views-row-{k + 1}">'
                f'<div class="views-field views-field-field-image"><div class="field-content"><a href="/{lang}/node/{a.id}"><img typeof="foaf:Image" src="/sites/default/files/styles/news_thumb/public/news/{a.id}.jpg" width="220" height="146" alt="" /></a></div></div>'
                f'<div class="views-field views-field-title"><span class="field-content">{self.kicker(a)}<a href="/{lang}/node/{a.id}">{esc(a.title)}</a>{self.badge(a)}</span></div>'
                f'<div class="views-field views-field-created"><span class="field-content">{date}</span></div>'
                f'<div class="views-field views-field-body"><div class="field-content">{teaser}</div></div>'
                f'<div class="views-field views-field-view-node"><span class="field-content"><a href="/{lang}/node/{a.id}">{more}</a></span></div></div>'
            )
        if cur == 1:
            rows.insert(
                4,
                f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="/{lang}/node/{DELETED_NID}">Suphan Buri Rice Field Day 2024 – Programme</a></span></div>'
                f'<div class="views-field views-field-created"><span class="field-content">{th_date(chunks[1][3].published - dt.timedelta(hours=3)) if lang == "th" else en_date(chunks[1][3].published)}</span></div></div>',
            )
        main_html = (
            f'<div class="view view-news view-id-news view-display-id-page view-dom-id-9c1e{cur}"><div class="view-content">{"".join(rows)}</div>'
            f"{self.pager(lang, cur, len(chunks))}</div>"
        )
        label = "ข่าวประชาสัมพันธ์" if lang == "th" else "News"
        office = OFFICE if lang == "th" else OFFICE_EN
        return self.page(
            lang,
            f"{label} | {office}",
            main_html,
            page_title=label,
            crumb=label,
            path_rest="news",
            body_class="page-news",
        )

    # ------------------------------------------------------------------ node
    def gallery(self, a) -> str:
        items = []
        for k in range(12):
            cap = f"ภาพที่ {k + 1} : {CAPTIONS[(a.id + k) % len(CAPTIONS)]}"
            src = f"/sites/default/files/gallery/{a.id}/img_{k + 1:02d}.jpg"
            items.append(
                f'<div class="field-item {"even" if k % 2 else "odd"}"><a href="{src}" title="{esc(cap)}" class="colorbox" data-colorbox-gallery="gallery-node-{a.id}-field_gallery">'
                f'<img typeof="foaf:Image" src="/sites/default/files/styles/gallery_thumb/public/gallery/{a.id}/img_{k + 1:02d}.jpg" width="180" height="120" alt="{esc(cap)}" title="{esc(cap)}" /></a>'
                f'<div class="image-caption">{esc(cap)}</div></div>'
            )
        return (
            '<div class="field field-name-field-gallery field-type-image field-label-above"><div class="field-label">ประมวลภาพกิจกรรม (12 ภาพ):&nbsp;</div>'
            f'<div class="field-items gallery-grid">{"".join(items)}</div></div>'
        )

    def summary_box(self, a) -> str:
        if not a.extra["summary"]:
            return ""
        lis = "".join(
            f'<div class="field-item {"even" if k else "odd"}">{esc(first_sentence(p))}</div>'
            for k, p in enumerate(a.paras[:2])
        )
        return (
            f'<div class="field field-name-field-highlight field-type-text field-label-above"><div class="field-label">{SUMMARY}:&nbsp;</div>'
            f'<div class="field-items">{lis}</div></div>'
        )

    def body_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    def render_node(self, a, lang: str):
        i = self.articles.index(a)
        tags = ""
        if a.tags:
            label = "แท็ก:" if lang == "th" else "Tags:"
            tags = (
                f'<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">{label}&nbsp;</div><div class="field-items">'
                + "".join(
                    f'<div class="field-item {"even" if k % 2 else "odd"}" rel="dc:subject"><a href="/{lang}/taxonomy/term/{60 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></div>'
                    for k, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        iso_dt = a.published.isoformat()
        share = quote(f"https://www.suphanburi.doae.go.th/th/node/{a.id}", safe="")
        if lang == "th":
            submitted = f'<span property="dc:date dc:created" content="{iso_dt}" datatype="xsd:dateTime" rel="sioc:has_creator">ส่งโดย <span class="username" xml:lang="" about="/th/user/3" typeof="sioc:UserAccount" property="foaf:name" datatype="">prsupan</span> เมื่อ {th_date(a.published)}</span>'
            content = (
                (self.gallery(a) if a.extra["photo"] else "")
                + self.summary_box(a)
                + f'<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_html(a)}</div></div></div>'
            )
            if not a.extra["photo"]:
                content = (
                    f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even" rel="og:image rdfs:seeAlso" resource="/sites/default/files/news/{a.id}.jpg"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/{a.id}.jpg" width="640" height="427" alt="" /></div></div></div>'
                    + content
                )
            links = (
                f'<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views:,} ครั้ง</span></li>'
                f'<li class="print_html last"><a href="javascript:window.print()" title="พิมพ์หน้านี้" rel="nofollow">พิมพ์</a></li></ul>'
            )
            share_html = (
                f'<div class="addthis_toolbox addthis_default_style"><span class="share-label">แชร์ :</span><a class="addthis_button_facebook" addthis:url="https://www.suphanburi.doae.go.th/th/node/{a.id}"></a>'
                f'<a class="addthis_button_line" href="https://social-plugins.line.me/lineit/share?url={share}"></a><a class="addthis_counter addthis_bubble_style"></a></div>'
            )
        else:
            submitted = f'<span property="dc:date dc:created" content="{iso_dt}" datatype="xsd:dateTime" rel="sioc:has_creator">Submitted by <span class="username" xml:lang="" typeof="sioc:UserAccount" property="foaf:name" datatype="">prsupan</span> on {en_date(a.published)}</span>'
            content = f'<div class="messages warning"><h2 class="element-invisible">Warning message</h2>{NOT_EN} <a href="/th/node/{a.id}?language=th">ดูภาษาไทย</a></div>'
            links = f'<ul class="links inline"><li class="statistics_counter first last"><span>{a.views:,} reads</span></li></ul>'
            share_html = ""
        main_html = f"""<div id="node-{a.id}" class="node node-article{" node-gallery" if a.extra["photo"] else ""} node-promoted clearfix" about="/{lang}/node/{a.id}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  <div class="submitted">{submitted}</div>
  <div class="content">
    {content}
    {tags}
  </div>
  {share_html}
  {links}
</div>"""
        title_plain = esc(a.title)
        office = OFFICE if lang == "th" else OFFICE_EN
        title_tag = f"{title_plain} | {office}"
        crumb = title_plain
        og_title = title_plain
        if a.extra["mojibake"] and lang == "th":
            title_tag = esc(mojibake(a.title)) + f" | {office}"
            crumb = esc(mojibake(a.title))
            og_title = esc(mojibake(a.title))
        head = (
            f'<link rel="canonical" href="/{lang}/node/{a.id}" />\n'
            f'<link rel="shortlink" href="/{lang}/node/{a.id}" />\n'
            f'<meta property="og:title" content="{og_title}" />\n'
            '<meta property="og:type" content="article" />\n'
            f'<meta property="og:url" content="https://www.suphanburi.doae.go.th/{lang}/node/{a.id}" />\n'
        )
        h1 = f"{self.kicker(a)}{title_plain}{self.badge(a)}"
        del i
        return self.page(
            lang,
            title_tag,
            main_html,
            page_title=h1,
            crumb=crumb,
            path_rest=f"node/{a.id}",
            head=head,
            body_class=f"page-node page-node-{a.id} node-type-article",
        )

    def render_deleted(self, lang: str):
        msg = NOT_TH if lang == "th" else ""
        main_html = f"""<div id="node-{DELETED_NID}" class="node node-article clearfix" about="/{lang}/node/{DELETED_NID}" typeof="sioc:Item foaf:Document">
  <div class="submitted"></div>
  <div class="content"><div class="messages warning"><h2 class="element-invisible">ข้อความเตือน</h2>{msg} <a href="/en/node/{DELETED_NID}?language=en">View in English</a></div></div>
  <ul class="links inline"><li class="statistics_counter first last"><span>อ่าน 0 ครั้ง</span></li></ul>
</div>"""
        return self.page(
            lang,
            f"Suphan Buri Rice Field Day 2024 – Programme | {OFFICE}",
            main_html,
            page_title="Suphan Buri Rice Field Day 2024 – Programme",
            crumb="Suphan Buri Rice Field Day 2024 – Programme",
            path_rest=f"node/{DELETED_NID}",
            body_class=f"page-node page-node-{DELETED_NID}",
        )

    # ------------------------------------------------------------------ routing
    @staticmethod
    def wants_thai() -> bool:
        h = request_headers()
        cookie = h.get("Cookie") or ""
        m = re.search(r"(?:^|;\s*)language=(th|en)\b", cookie)
        if m:
            return m[1] == "th"
        best = ("en", 0.0)
        for part in (h.get("Accept-Language") or "").split(","):
            bits = part.strip().split(";")
            tag = bits[0].strip().lower()
            q = 1.0
            for b in bits[1:]:
                b = b.strip()
                if b.startswith("q="):
                    try:
                        q = float(b[2:])
                    except ValueError:
                        q = 0.0
            lang = tag.split("-")[0]
            if lang in ("th", "en") and q > best[1]:
                best = (lang, q)
        return best[0] == "th"

    def respond(self, text: str, lang: str):
        status, headers, body = self.html_response(text)
        headers["Content-Language"] = lang
        headers["X-Generator"] = "Drupal 7 (http://drupal.org)"
        headers["Vary"] = "Cookie,Accept-Language"
        if lang == "th":
            headers["Set-Cookie"] = "language=th; Path=/; Max-Age=31536000"
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path in ("/", "/news", "/th", "/en"):
            lang = path[1:] if path in ("/th", "/en") else ("th" if self.wants_thai() else "en")
            return (
                302,
                {
                    "Location": f"/{lang}/news",
                    "Vary": "Cookie,Accept-Language",
                    "Content-Type": "text/html; charset=utf-8",
                },
                b"",
            )
        m = re.fullmatch(r"/(th|en)/(news|node/(\d+))", path)
        if not m:
            return None
        lang = m[1]
        chosen = query.get("language", [""])[0]
        if chosen in ("th", "en"):
            rest = path.split("/", 2)[2]
            qs = "&".join(f"{k}={quote(v[0])}" for k, v in query.items() if k != "language" and v)
            return (
                302,
                {
                    "Location": f"/{chosen}/{rest}" + (f"?{qs}" if qs else ""),
                    "Set-Cookie": f"language={chosen}; Path=/; Max-Age=31536000",
                    "Content-Type": "text/html; charset=utf-8",
                },
                b"",
            )
        if m[2] == "news":
            p = query.get("page", ["0"])[0]
            cur = int(p) if p.isdigit() else 0
            return self.respond(self.render_list(lang, cur), lang)
        nid = int(m[3])
        if nid == DELETED_NID:
            return self.respond(self.render_deleted(lang), lang)
        a = self.by_id.get(nid)
        if a is None:
            return None
        return self.respond(self.render_node(a, lang), lang)

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_node(a, "th")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                FOOTER,
                COOKIE,
                f"อ่าน {a.views:,} ครั้ง",
                "แชร์ :",
                "ส่งโดย",
                "prsupan",
                mojibake(LATEST),
                "ภาพข่าว :",
                "ใหม่",
                "NEW!",
                OFFICE_EN,
            ]
            if a.extra["photo"]:
                must_not += ["ประมวลภาพกิจกรรม", "ภาพที่ 1 :", "ภาพที่ 12 :"]
                must_not += [CAPTIONS[(a.id + k) % len(CAPTIONS)] for k in range(6)]
            if a.extra["summary"]:
                must_not.append(SUMMARY)
            must_not += [x.title for x in self.articles[:5] if x is not a]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text and ph in whole, (a.id, ph)
            out.append(rec)
        return out


SITE = Drupal7NucleusSite()

if __name__ == "__main__":
    main(SITE)
