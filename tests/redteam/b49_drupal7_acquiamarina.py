"""Blind-49 red-team site (part C): **Drupal 7.100 + Fusion core 7.x-2.x with the Acquia Marina
sub-theme** (`sites/all/themes/fusion/fusion_core`, `sites/all/themes/acquia_marina`), a
provincial natural-resources and environment office, built blind.

Looked up (search tool): Fusion core's `page.tpl.php` / `node.tpl.php` / `block.tpl.php`
(`div#page > div#page-inner`, `header-group-wrapper` / `header-group` / `header-site-info`,
`main-wrapper > main > main-inner`, `main-group`, `main-content`, `content-group`,
`content-region` with `h1.title.gutter`, `grid_block` wrappers for breadcrumbs and messages,
block `div.gutter.inner.clearfix` > `h2.title.block-title`, node `div.meta` with
`terms terms-inline` above `div#node-top.node-top.region.nested`, `div.content`, links, then
`div#node-bottom`), a saved Acquia Marina demo page (`fusion_acquia_marina` paths), and the
Drupal AMP module's documentation (AMP twins of nodes at `node/N?amp`, AMP theme). The
language switcher, Views attachment, statistics and AddThis markup follow Drupal 7 core /
contrib output as printed by their stock templates (from memory; no one's code copied).

What it imitates:
- D7 head: XHTML+RDFa doctype, Generator "Drupal 7 (http://drupal.org)", `/misc/drupal.js`,
  `Drupal.settings`, `/rss.xml`, canonical + shortlink `/node/N`; `<title>` "headline | office";
- Fusion body classes (`grid-type-fluid`, `font-size-13`, `sidebar-second`), Acquia Marina's
  `#header-top` (Text Resize "ขนาดตัวอักษร ก- ก ก+"), superfish main menu, Fusion's
  `#breadcrumbs` grid block, `h1.title.gutter` = the headline, sidebar-second blocks (locale
  language switcher, "ข่าวล่าสุด" with dates, user login, site counter), footer, EU Cookie
  Compliance `#sliding-popup`;
- the node: `div.meta` holding only the taxonomy terms (`terms terms-inline`),
  `div#node-top` with an AddThis bar "แชร์ข่าวนี้:", `div.content` with the image field (some),
  `field-name-body` (CKEditor HTML), the inline field "เรียบเรียง:" (some), a file table
  (some); `ul.links.inline` with statistics "อ่าน N ครั้ง", "พิมพ์" and the comment login
  prompt; `div#node-bottom` with a "ข่าวที่เกี่ยวข้อง" Views block (titles + dates);
- listing `/news`: a Views page (`view-news`, 10 a row page, core full pager `ul.pager`,
  `?page=N` 0-based) whose rows print thumbnail, title, "5 มี.ค. 67" and a trimmed teaser.

Traps (new this round in **bold**):
- **the article page prints no date of its own at all** (the content type's "Display author
  and date information" is off, the RDF module off): the only dates on an article page are
  other items' (related block, "ข่าวล่าสุด"); the record's date is the listing row's, a day;
- **pinned (sticky) items repeated at the top of every listing page**: a Views attachment
  "ข่าวปักหมุด" above the rows shows the two sticky nodes on pages 1, 2 and 3, and the same
  nodes appear again in the dated rows at their own place;
- **an AMP twin of every article** (`<link rel="amphtml" href="/node/N?amp">`, served as an
  AMP page with `<html amp>`, `amp-img`, canonical back to `/node/N`, the same text);
- **an English version of five items** at `/en/node/M` (content translation: own nids), linked
  from the language switcher block and `hreflang` alternates but not in the Thai listing; the
  untranslated items print "English" as a plain `span.locale-untranslated`;
- **the article's own text uses furniture words** ("ครั้ง", "ครั้งที่", "ความคิดเห็น",
  "หนังสือพิมพ์" in real sentences, one body_must phrase each) while the counter says
  "อ่าน N ครั้ง" and the prompt "แสดงความคิดเห็น";
- **numbered and dashed paragraphs of the text printed as `<ol start=k>` / `<ul>` lists**, and
  **a data table inside the body** of three items (a caption sentence, a `<table>` with a
  header row and a total row): both are the text and stay.
Deleted: node 1251 linked from page 2 — answers 200 with the site's custom "page not found"
node ("ไม่พบหน้าที่ร้องขอ", a search form, no article).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน"
OFFICE_EN = "Nan Provincial Office of Natural Resources and Environment"
SLOGAN = "รักษ์ป่าน่าน รักษ์น้ำน่าน เพื่อคนน่านอย่างยั่งยืน"
THEME = "/sites/all/themes/acquia_marina"
LIST = "/news"
PER = 10
SECTION = "ข่าวประชาสัมพันธ์"
SOURCES = [
    None,
    "กลุ่มสิ่งแวดล้อมและสำนักงานจังหวัด ทสจ.น่าน",
    None,
    "ศูนย์ป่าไม้น่าน",
    None,
    "ฝ่ายบริหารทั่วไป ทสจ.น่าน",
    None,
]
TAGS = ["ป่าไม้", "ทรัพยากรน้ำ", "สิ่งแวดล้อม", "ข่าวกิจกรรม", "ข่าวผู้บริหาร", "ประชาสัมพันธ์"]
PINNED = (11, 16)  # indices of the sticky nodes
EN_ITEMS = {
    0: (
        "Ministry of Digital Economy and Society clarifies the Free Wi-Fi project",
        [
            "The Ministry of Digital Economy and Society has issued a clarification on the public Free Wi-Fi project.",
            "The office shares this news for residents of Nan who use the public hotspots.",
        ],
    ),
    3: (
        "Ministry of Social Development explains its work against human trafficking",
        [
            "The Ministry of Social Development and Human Security explained its measures on trafficking and prostitution.",
            "This English summary is provided for foreign visitors to the office website.",
        ],
    ),
    7: (
        "Department of National Parks on the online wildlife trade",
        [
            "The Department of National Parks, Wildlife and Plant Conservation responded to a report on the online wildlife trade.",
            "Nan's forest officers continue to patrol the province's protected areas.",
        ],
    ),
    12: (
        "Student Loan Fund answers complaints from guarantors",
        [
            "The Student Loan Fund answered complaints from guarantors about repayment.",
            "The full text is available in Thai.",
        ],
    ),
    18: (
        "Inspection visit and policy briefing at the Office of the Education Council",
        [
            "An inspection visit and policy briefing were held at the Office of the Education Council.",
            "The full text is available in Thai.",
        ],
    ),
}
DELETED_ID = 1251
DELETED_TITLE = "ประกาศรับสมัครเครือข่ายอาสาสมัครพิทักษ์ทรัพยากรธรรมชาติ (ทสม.) รุ่นที่ 3"
NOT_FOUND_TITLE = "ไม่พบหน้าที่ร้องขอ"
NOT_FOUND = "ขออภัย ไม่พบหน้าที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือลบออกจากระบบแล้ว"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 318,442 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับการใช้คุกกี้"
FOOTER = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดน่าน ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลไชยสถาน อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0 5471 6124"
SHARE = "แชร์ข่าวนี้:"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
PIN_TITLE = "ข่าวปักหมุด"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
TABLES = [
    (
        "สรุปจำนวนผู้เข้าร่วมกิจกรรมรายอำเภอ ดังนี้",
        ["อำเภอ", "จำนวนผู้เข้าร่วม (ราย)"],
        [["อำเภอเมืองน่าน", "125"], ["อำเภอปัว", "88"], ["อำเภอเวียงสา", "64"]],
        ["รวมทั้งสิ้น", "277"],
    ),
    (
        "กำหนดการดำเนินงานในพื้นที่จังหวัดน่าน ดังนี้",
        ["ช่วงเวลา", "กิจกรรม"],
        [
            ["มีนาคม - เมษายน", "สำรวจพื้นที่และประชุมชี้แจงผู้นำชุมชน"],
            ["พฤษภาคม - มิถุนายน", "ลงพื้นที่ดำเนินกิจกรรมร่วมกับเครือข่าย"],
        ],
        ["กรกฎาคม", "สรุปและรายงานผลการดำเนินงาน"],
    ),
]
FURNITURE_WORDS = ("ความคิดเห็น", "หนังสือพิมพ์", "ครั้ง")
NUMBERED = re.compile(r"^(\d+)\.\s+")
DASHED = re.compile(r"^-\s+")


def short_date(d: dt.datetime) -> str:
    """The listing's 'j M y' with the sub-theme's Buddhist-era helper: '5 มี.ค. 67'."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"


def furniture_phrase(paras: list[str]) -> str | None:
    """A phrase of the real text that holds a word the page also uses as furniture."""
    for w in FURNITURE_WORDS:
        for p in paras:
            k = p.find(w)
            if k < 0:
                continue
            start = max(0, p.rfind(" ", 0, max(0, k - 12)) + 1)
            end = p.find(" ", k + len(w) + 6)
            phrase = p[start : end if end > 0 else len(p)][:40].strip()
            if w in phrase and len(phrase) >= len(w) + 6:
                return phrase
    return None


class AcquiaMarinaSite(BaseSite):
    key = "b49_drupal7_acquiamarina"
    family = "drupal"
    imitates = "Drupal 7.100 + Fusion core / Acquia Marina sub-theme, provincial natural-resources office: /node/N, <title> 'headline | office', h1.title.gutter; the article page prints NO date (submitted off): the date only in the listing row '5 มี.ค. 67' (two-digit BE); Views attachment 'ข่าวปักหมุด' repeating two sticky nodes at the top of every listing page; AMP twin /node/N?amp (rel=amphtml); English translations /en/node/M for five items via the language switcher (not listed); furniture words (ครั้ง, ความคิดเห็น, หนังสือพิมพ์) inside the real text; numbered/dashed paragraphs as <ol>/<ul> and a data table in the body; terms in div.meta, AddThis 'แชร์ข่าวนี้:' in node-top, 'เรียบเรียง:' inline field (some), file table (some), statistics 'อ่าน N ครั้ง', comment login prompt, related Views block with dates in node-bottom; sidebar language switcher / latest with dates / login / counter; EU cookie popup; /news?page=N (0-based, core full pager); deleted = custom 'ไม่พบหน้าที่ร้องขอ' page answering 200"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 16, 0, tzinfo=TZ), offset=15
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        tno = 0
        for i, a in enumerate(arts):
            a.id = 1290 - i - (i // 3) - (3 if i >= 10 else 0)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"/node/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range(1 + i % 3)]
            a.views = 41 + (i * 173 + 29) % 2900
            a.modified = None
            a.extra["photo"] = i % 4 != 2
            a.extra["file"] = i % 7 == 4
            a.extra["table"] = None
            if i in (2, 9, 14):
                a.extra["table"] = TABLES[tno % len(TABLES)]
                tno += 1
            a.extra["en"] = None
            a.extra["furniture"] = furniture_phrase(a.paras)
        # the list markers of numbered / dashed paragraphs become <ol>/<ul> items
        for a in arts:
            kinds = []
            new = []
            for p in a.paras:
                m = NUMBERED.match(p)
                if m:
                    kinds.append(("ol", int(m[1])))
                    new.append(p[m.end() :])
                elif DASHED.match(p):
                    kinds.append(("ul", 0))
                    new.append(DASHED.sub("", p))
                else:
                    kinds.append(("p", 0))
                    new.append(p)
            a.paras = new
            a.extra["kinds"] = kinds
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.en = {}
        for i, (title, paras) in EN_ITEMS.items():
            a = arts[i]
            nid = a.id + 37 + i
            a.extra["en"] = nid
            self.en[nid] = (a, title, paras)
        self.pinned = [arts[i] for i in PINNED]
        self.pages = paginate(arts, PER)

    # ------------------------------------------------------------ urls

    def page_url(self, k):
        return LIST + (f"?page={k}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/node/{DELETED_ID}"]

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        pool += [x for x in self.articles if x is not a and x not in pool]
        return pool[(i % 3) : (i % 3) + 4]

    # ------------------------------------------------------------ shell

    def shell(self, title, content, *, node=None, base="", body_cls="page-news", head_extra=""):
        head_title = f"{esc(title)} | {OFFICE}" if title else OFFICE
        lang_links = ""
        if node is not None and node.extra["en"]:
            en = f"/en/node/{node.extra['en']}"
            lang_links = f'<li class="en last"><a href="{en}" class="language-link" xml:lang="en">English</a></li>'
        elif node is not None:
            lang_links = '<li class="en last locale-untranslated"><span class="language-link locale-untranslated" xml:lang="en">English</span></li>'
        else:
            lang_links = '<li class="en last"><a href="/en/news" class="language-link" xml:lang="en">English</a></li>'
        here = node.path if node is not None else LIST
        latest = "".join(
            f'<li class="views-row views-row-{j + 1}"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}">{esc(x.title)}</a></span></div><div class="views-field views-field-created"><span class="field-content">{short_date(x.published)}</span></div></li>'
            for j, x in enumerate(self.articles[:5])
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN"
  "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" version="XHTML+RDFa 1.0" dir="ltr"
  xmlns:content="http://purl.org/rss/1.0/modules/content/"
  xmlns:dc="http://purl.org/dc/terms/"
  xmlns:foaf="http://xmlns.com/foaf/0.1/"
  xmlns:og="http://ogp.me/ns#"
  xmlns:sioc="http://rdfs.org/sioc/ns#"
  xmlns:skos="http://www.w3.org/2004/02/skos/core#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="shortcut icon" href="{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="Generator" content="Drupal 7 (http://drupal.org)" />
{head_extra}  <title>{head_title}</title>
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_xE-rWrJf-fncB6ztZfd2huxqgxu4WO-qwma6Xer30m4.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_vZ7OMldNxT0kN_1nW7_5iIquAxAdcU-aJ-ucVab5t40.css" media="all" />
<link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_Rk2mZ4gt0a3aItYv3e8n_Z0AURg1xCq4Ag8q5t0OTBw.css" media="all" />
  <script type="text/javascript" src="/misc/jquery.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/jquery-extend-3.4.0.js?v=1.4.4"></script>
<script type="text/javascript" src="/misc/drupal.js?rkgmq3"></script>
<script type="text/javascript" src="/sites/all/modules/text_resize/text_resize.js?rkgmq3"></script>
<script type="text/javascript" src="/sites/all/libraries/superfish/superfish.js?rkgmq3"></script>
<script type="text/javascript" src="/sites/all/themes/fusion/fusion_core/js/script.js?rkgmq3"></script>
<script type="text/javascript">
<!--//--><![CDATA[//><!--
jQuery.extend(Drupal.settings, {{"basePath":"\\/","pathPrefix":"","ajaxPageState":{{"theme":"acquia_marina","theme_token":"Qm3Jt0dYV6mUo1xk5wQb3c4yXr3lAfYdZpKq8nE2vHs"}},"text_resize":{{"text_resize_scope":"main","text_resize_minimum":"12","text_resize_maximum":"25","text_resize_line_height_allow":0}},"eu_cookie_compliance":{{"popup_enabled":1,"popup_position":0}}}});
//--><!]]>
</script>
</head>
<body id="pid-{here.strip("/").replace("/", "-") or "front"}" class="html not-front not-logged-in one-sidebar sidebar-second {body_cls} i18n-th font-family-tahoma font-size-13 grid-type-fluid grid-width-16 fluid-100" >
  <div id="skip-link">
    <a href="#main-content-area">ข้ามไปยังเนื้อหาหลัก</a>
  </div>
  <div id="page" class="page">
    <div id="page-inner" class="page-inner">
      <div id="header-top-wrapper" class="header-top-wrapper full-width clearfix">
        <div id="header-top" class="header-top region grid16-16">
          <div id="header-top-inner" class="header-top-inner inner clearfix">
<div id="block-text-resize-0" class="block block-text-resize first last odd">
  <div class="gutter inner clearfix">
    <div class="content clearfix">
      <span class="text-resize-label">ขนาดตัวอักษร</span> <a href="javascript:;" class="changer" id="text_resize_decrease"><sup>-</sup>ก</a> <a href="javascript:;" class="changer" id="text_resize_reset">ก</a> <a href="javascript:;" class="changer" id="text_resize_increase"><sup>+</sup>ก</a>
    </div>
  </div>
</div>
          </div>
        </div>
      </div>

      <!-- header-group region: width = grid_width -->
      <div id="header-group-wrapper" class="header-group-wrapper full-width clearfix">
        <div id="header-group" class="header-group region grid16-16">
          <div id="header-group-inner" class="header-group-inner inner clearfix">
            <div id="header-site-info" class="header-site-info clearfix">
              <div id="header-site-info-inner" class="header-site-info-inner gutter">
                <div id="logo">
                  <a href="/" title="หน้าแรก"><img src="/sites/default/files/logo_tsj_nan.png" alt="หน้าแรก" /></a>
                </div>
                <div id="site-name-wrapper" class="clearfix">
                  <div id="site-name"><a href="/" title="หน้าแรก" rel="home">{OFFICE}</a></div>
                  <span id="slogan">{SLOGAN}</span>
                </div><!-- /site-name-wrapper -->
              </div><!-- /header-site-info-inner -->
            </div><!-- /header-site-info -->
<div id="block-search-form" class="block block-search first odd">
  <div class="gutter inner clearfix">
    <div class="content clearfix">
      <form action="{here}" method="post" id="search-block-form" accept-charset="UTF-8"><div><div class="container-inline">
      <h2 class="element-invisible">แบบฟอร์มค้นหา</h2>
    <div class="form-item form-type-textfield form-item-search-block-form"><label class="element-invisible" for="edit-search-block-form--2">ค้นหา </label><input title="ป้อนคำที่ต้องการค้นหา" type="text" id="edit-search-block-form--2" name="search_block_form" value="" size="15" maxlength="128" class="form-text" /></div>
<div class="form-actions form-wrapper" id="edit-actions"><input type="submit" id="edit-submit" name="op" value="ค้นหา" class="form-submit" /></div><input type="hidden" name="form_id" value="search_block_form" />
</div></div></form>
    </div>
  </div>
</div>
<div id="main-menu" class="main-menu block">
  <div id="main-menu-inner" class="main-menu-inner clearfix">
    <ul class="menu sf-menu sf-main-menu sf-horizontal sf-style-none">
      <li class="first leaf"><a href="/" title="">หน้าแรก</a></li>
      <li class="expanded"><a href="/about" title="">เกี่ยวกับหน่วยงาน</a></li>
      <li class="leaf active-trail"><a href="{LIST}" title="" class="active-trail">{SECTION}</a></li>
      <li class="leaf"><a href="/procurement" title="">จัดซื้อจัดจ้าง</a></li>
      <li class="leaf"><a href="/ita" title="">ITA</a></li>
      <li class="last leaf"><a href="/contact" title="">ติดต่อเรา</a></li>
    </ul>
  </div>
</div>
          </div><!-- /header-group-inner -->
        </div><!-- /header-group -->
      </div><!-- /header-group-wrapper -->

      <!-- main region: width = grid_width -->
      <div id="main-wrapper" class="main-wrapper full-width clearfix">
        <div id="main" class="main region grid16-16">
          <div id="main-inner" class="main-inner inner clearfix">

            <!-- main group: width = grid_width - sidebar_first_width -->
            <div id="main-group" class="main-group region nested grid16-16">
              <div id="main-group-inner" class="main-group-inner inner">

                <div id="main-content" class="main-content region nested">
                  <div id="main-content-inner" class="main-content-inner inner">
                    <!-- content group: width = grid_width - sidebar_first_width - sidebar_second_width -->
                    <div id="content-group" class="content-group region nested grid16-12">
                      <div id="content-group-inner" class="content-group-inner inner">
                        <div id="breadcrumbs" class="breadcrumbs block">
<div id="breadcrumbs-inner" class="breadcrumbs-inner gutter">
<h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb"><a href="/">หน้าแรก</a> › <a href="{LIST}">{SECTION}</a></div></div>
</div>

                        <div id="content-region" class="content-region region nested">
                          <div id="content-region-inner" class="content-region-inner inner">
                            <a id="main-content-area"></a>
{content}
                          </div><!-- /content-region-inner -->
                        </div><!-- /content-region -->

                      </div><!-- /content-group-inner -->
                    </div><!-- /content-group -->
<div id="sidebar-second" class="sidebar-second region nested grid16-4 sidebar">
  <div id="sidebar-second-inner" class="sidebar-second-inner inner clearfix">
<div id="block-locale-language-content" class="block block-locale first odd">
  <div class="gutter inner clearfix">
    <h2 class="title block-title">ภาษา</h2>
    <div class="content clearfix">
      <ul class="language-switcher-locale-url"><li class="th first active"><a href="{here}" class="language-link active" xml:lang="th">ภาษาไทย</a></li>
{lang_links}
</ul>
    </div>
  </div>
</div>
<div id="block-views-news-block-latest" class="block block-views even">
  <div class="gutter inner clearfix">
    <h2 class="title block-title">{LATEST}</h2>
    <div class="content clearfix">
      <div class="view view-news view-id-news view-display-id-block_latest"><div class="view-content"><div class="item-list"><ul>{latest}</ul></div></div>
      <div class="more-link"><a href="{LIST}">ดูทั้งหมด</a></div></div>
    </div>
  </div>
</div>
<div id="block-user-login" class="block block-user odd">
  <div class="gutter inner clearfix">
    <h2 class="title block-title">เข้าสู่ระบบ</h2>
    <div class="content clearfix">
      <form action="{here}?destination={here.lstrip("/")}" method="post" id="user-login-form" accept-charset="UTF-8"><div><div class="form-item form-type-textfield form-item-name">
  <label for="edit-name">ชื่อผู้ใช้ <span class="form-required" title="ต้องระบุข้อมูลนี้">*</span></label>
 <input type="text" id="edit-name" name="name" value="" size="15" maxlength="60" class="form-text required" />
</div>
<div class="form-item form-type-password form-item-pass">
  <label for="edit-pass">รหัสผ่าน <span class="form-required" title="ต้องระบุข้อมูลนี้">*</span></label>
 <input type="password" id="edit-pass" name="pass" size="15" maxlength="128" class="form-text required" />
</div>
<div class="item-list"><ul><li class="first last"><a href="/user/password" title="ขอรหัสผ่านใหม่ทางอีเมล">ขอรหัสผ่านใหม่</a></li></ul></div><input type="hidden" name="form_id" value="user_login_block" />
<div class="form-actions form-wrapper" id="edit-actions--2"><input type="submit" id="edit-submit--2" name="op" value="เข้าสู่ระบบ" class="form-submit" /></div></div></form>
    </div>
  </div>
</div>
<div id="block-block-3" class="block block-block last even">
  <div class="gutter inner clearfix">
    <h2 class="title block-title">สถิติผู้เยี่ยมชม</h2>
    <div class="content clearfix">
      <p>{COUNTER}</p><p>ออนไลน์ขณะนี้ 7 คน</p>
    </div>
  </div>
</div>
  </div><!-- /sidebar-second-inner -->
</div><!-- /sidebar-second -->
                  </div><!-- /main-content-inner -->
                </div><!-- /main-content -->

              </div><!-- /main-group-inner -->
            </div><!-- /main-group -->
          </div><!-- /main-inner -->
        </div><!-- /main -->
      </div><!-- /main-wrapper -->

      <div id="footer-wrapper" class="footer-wrapper full-width clearfix">
        <div id="footer" class="footer region grid16-16">
          <div id="footer-inner" class="footer-inner inner clearfix">
<div id="block-block-1" class="block block-block first last odd">
  <div class="gutter inner clearfix">
    <div class="content clearfix">
      <p>{FOOTER}</p>
<p>Copyright &copy; 2567 {OFFICE_EN}. All rights reserved.</p>
    </div>
  </div>
</div>
          </div><!-- /footer-inner -->
        </div><!-- /footer -->
      </div><!-- /footer-wrapper -->
    </div><!-- /page-inner -->
  </div><!-- /page -->
<div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">ข้อมูลเพิ่มเติม</button></div></div></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------ pieces

    def body_html(self, a, amp=False):
        out = []
        kinds = a.extra["kinds"]
        i = 0
        table_done = not a.extra["table"]
        while i < len(a.paras):
            kind, num = kinds[i]
            if kind == "p":
                out.append(f"<p>{esc(a.paras[i])}</p>")
                i += 1
            else:
                j = i
                while j < len(a.paras) and kinds[j][0] == kind:
                    j += 1
                items = "".join(f"<li>{esc(p)}</li>" for p in a.paras[i:j])
                start = f' start="{num}"' if kind == "ol" and num != 1 else ""
                out.append(f"<{kind}{start}>{items}</{kind}>")
                i = j
            if i >= 2 and not table_done:
                table_done = True
                cap, head, rows, total = a.extra["table"]
                trs = "".join(
                    "<tr>" + "".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows
                )
                out.append(
                    f"<p>{esc(cap)}</p>\n"
                    '<table border="1" cellpadding="4" cellspacing="0" style="width: 100%;">'
                    "<thead><tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + "</tr></thead>"
                    f"<tbody>{trs}<tr><td><strong>{esc(total[0])}</strong></td><td><strong>{esc(total[1])}</strong></td></tr></tbody></table>"
                )
        return "\n".join(out)

    def listing_row(self, x, j, cls=""):
        thumb = (
            f'<div class="views-field views-field-field-image"><div class="field-content"><a href="{x.path}"><img typeof="foaf:Image" src="/sites/default/files/styles/thumbnail/public/news/{x.id}_1.jpg?itok=Xa9{x.id}" width="100" height="75" alt="" /></a></div></div>'
            if x.extra["photo"]
            else ""
        )
        teaser = x.paras[0][:180].rsplit(" ", 1)[0] + " ..."
        return f"""<div class="views-row views-row-{j + 1}{cls}">
  {thumb}
  <div class="views-field views-field-title"><span class="field-content"><a href="{x.path}">{esc(x.title)}</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">{short_date(x.published)}</span></div>
  <div class="views-field views-field-body"><div class="field-content">{esc(teaser)}</div></div>
  <div class="views-field views-field-view-node"><span class="field-content"><a href="{x.path}">อ่านต่อ</a></span></div>
</div>"""

    def render_list(self, k, base):
        rows = [self.listing_row(x, j) for j, x in enumerate(self.pages[k])]
        if k == 1:
            fake = {
                "id": DELETED_ID,
                "path": f"/node/{DELETED_ID}",
                "title": DELETED_TITLE,
            }
            rows.insert(
                3,
                f"""<div class="views-row">
  <div class="views-field views-field-title"><span class="field-content"><a href="{fake["path"]}">{esc(fake["title"])}</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">{short_date(dt.datetime(2024, 2, 16, tzinfo=TZ))}</span></div>
  <div class="views-field views-field-body"><div class="field-content">{OFFICE} ขอเชิญชวนผู้สนใจสมัครเป็นเครือข่ายอาสาสมัคร ...</div></div>
  <div class="views-field views-field-view-node"><span class="field-content"><a href="{fake["path"]}">อ่านต่อ</a></span></div>
</div>""",
            )
        pinned = "\n".join(
            f"""<div class="views-row views-row-{j + 1} sticky">
  <div class="views-field views-field-title"><span class="field-content"><img src="{THEME}/images/pin.png" alt="ปักหมุด" /> <a href="{x.path}">{esc(x.title)}</a></span></div>
  <div class="views-field views-field-created"><span class="field-content">{short_date(x.published)}</span></div>
</div>"""
            for j, x in enumerate(self.pinned)
        )
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                f'<li class="pager-first first"><a title="ไปหน้าแรก" href="{self.page_url(0)}">« หน้าแรก</a></li>'
            )
            items.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{self.page_url(k - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                items.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{self.page_url(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="{self.page_url(k + 1)}">ถัดไป ›</a></li>'
            )
            items.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="{self.page_url(n - 1)}">หน้าสุดท้าย »</a></li>'
            )
        content = f"""<h1 class="title gutter">{SECTION}</h1>
<div id="content-content" class="content-content">
<div class="view view-news view-id-news view-display-id-page view-dom-id-6c1e0b1d3f0f5a2b9a8e7c4d2b1a0f9e">
  <div class="attachment attachment-before">
    <div class="view view-news view-id-news view-display-id-attachment_sticky">
      <div class="view-header"><h3>{PIN_TITLE}</h3></div>
      <div class="view-content">
{pinned}
      </div>
    </div>
  </div>
  <div class="view-content">
{"".join(rows)}
  </div>
  <h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(items)}</ul></div>
  <div class="feed-icon"><a href="/rss.xml" class="feed-icon" title="บอกรับ {OFFICE} RSS"><img typeof="foaf:Image" src="/misc/feed.png" width="16" height="16" alt="บอกรับ {OFFICE} RSS" /></a></div>
</div>
</div>"""
        head = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} RSS" href="{base}/rss.xml" />\n'
        return self.html_response(
            self.shell(SECTION, content, body_cls="page-news", head_extra=head)
        )

    def render_node(self, a, base):
        terms = "".join(
            f'<li class="taxonomy_term_reference-{j}{" first" if j == 0 else ""}{" last" if j == len(a.tags) - 1 else ""}"><a href="/taxonomy/term/{11 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel" datatype="">{esc(t)}</a></li>'
            for j, t in enumerate(a.tags)
        )
        meta = (
            f'<div class="meta"><div class="terms terms-inline"><ul class="links inline">{terms}</ul></div></div>'
            if a.tags
            else ""
        )
        image = (
            f'<div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><a href="/sites/default/files/news/{a.id}_1.jpg" rel="lightbox[field_image]"><img typeof="foaf:Image" src="/sites/default/files/styles/large/public/news/{a.id}_1.jpg?itok=Kq{a.id}" width="480" height="320" alt="" /></a></div></div></div>'
            if a.extra["photo"]
            else ""
        )
        source = (
            f'<div class="field field-name-field-source field-type-text field-label-inline clearfix"><div class="field-label">เรียบเรียง:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        files = (
            f'<div class="field field-name-field-file field-type-file field-label-above"><div class="field-label">ไฟล์แนบ:&nbsp;</div><div class="field-items"><div class="field-item even"><table class="sticky-enabled"><thead><tr><th>ไฟล์แนบ</th><th>ขนาด</th></tr></thead><tbody><tr class="odd"><td><span class="file"><img class="file-icon" alt="" title="application/pdf" src="/modules/file/icons/application-pdf.png" /> <a href="/sites/default/files/news/doc_{a.id}.pdf" type="application/pdf; length=402113">doc_{a.id}.pdf</a></span></td><td>392.69 KB</td></tr></tbody></table></div></div></div>'
            if a.extra["file"]
            else ""
        )
        related = "".join(
            f'<li class="views-row"><span class="views-field views-field-title"><a href="{x.path}">{esc(x.title)}</a></span> <span class="views-field views-field-created">({short_date(x.published)})</span></li>'
            for x in self.related(a)
        )
        share_url = f"{base}{a.path}"
        content = f"""<h1 class="title gutter">{esc(a.title)}</h1>
<div class="tabs"></div>
<div id="content-content" class="content-content">
<div id="node-{a.id}" class="node node-news node-full odd clearfix" about="{a.path}" typeof="sioc:Item foaf:Document">
  <span property="dc:title" content="{esc(a.title)}" class="rdf-meta element-hidden"></span>
  {meta}
  <div id="node-top" class="node-top region nested">
<div id="block-addthis-addthis-block" class="block block-addthis first last odd">
  <div class="gutter inner clearfix">
    <div class="content clearfix">
      <div class="addthis_toolbox addthis_default_style" addthis:url="{share_url}"><span class="addthis-label">{SHARE}</span> <a class="addthis_button_facebook">Facebook</a> <a class="addthis_button_twitter">Twitter</a> <a class="addthis_button_line">LINE</a> <a class="addthis_button_email">อีเมล</a> <a class="addthis_counter addthis_pill_style"></a></div>
    </div>
  </div>
</div>
  </div>
  <div class="content">
    {image}
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{self.body_html(a)}</div></div></div>
    {source}
    {files}
  </div>
  <ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li>
<li class="print_html"><a href="javascript:window.print()" title="พิมพ์หน้านี้" class="print-page" rel="nofollow">พิมพ์</a></li>
<li class="comment_forbidden last"><span><a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> {LOGIN_PROMPT}</span></li>
</ul>
  <div id="node-bottom" class="node-bottom region nested">
<div id="block-views-news-block-related" class="block block-views first last odd">
  <div class="gutter inner clearfix">
    <h2 class="title block-title">{RELATED}</h2>
    <div class="content clearfix">
      <div class="view view-news view-id-news view-display-id-block_related"><div class="view-content"><div class="item-list"><ul>{related}</ul></div></div></div>
    </div>
  </div>
</div>
  </div>
</div>
</div>"""
        head = (
            f'<link rel="canonical" href="{a.path}" />\n'
            f'<link rel="shortlink" href="{a.path}" />\n'
            f'<link rel="amphtml" href="{base}{a.path}?amp" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n'
            f'<meta property="og:url" content="{base}{a.path}" />\n'
            '<meta property="og:type" content="article" />\n'
        )
        if a.extra["en"]:
            head += (
                f'<link rel="alternate" hreflang="th" href="{base}{a.path}" />\n'
                f'<link rel="alternate" hreflang="en" href="{base}/en/node/{a.extra["en"]}" />\n'
            )
        return self.html_response(
            self.shell(
                a.title,
                content,
                node=a,
                base=base,
                body_cls=f"page-node page-node- page-node-{a.id} node-type-news",
                head_extra=head,
            )
        )

    def render_amp(self, a, base):
        body = self.body_html(a)
        image = (
            f'<amp-img src="/sites/default/files/styles/large/public/news/{a.id}_1.jpg" width="480" height="320" layout="responsive" alt=""></amp-img>'
            if a.extra["photo"]
            else ""
        )
        source = (
            f'<div class="field field-name-field-source field-label-inline"><div class="field-label">เรียบเรียง:&nbsp;</div><div class="field-items"><div class="field-item even">{esc(a.source)}</div></div></div>'
            if a.source
            else ""
        )
        text = f"""<!doctype html>
<html amp lang="th">
<head>
<meta charset="utf-8">
<title>{esc(a.title)} | {OFFICE}</title>
<link rel="canonical" href="{base}{a.path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<style amp-custom>body{{font-family:Tahoma,sans-serif;margin:0}}.amp-header{{background:#1b5e20;color:#fff;padding:8px}}.amp-header a{{color:#fff}}main{{padding:12px}}</style>
</head>
<body class="amp-node node-type-news">
<header class="amp-header"><a href="{base}/">{OFFICE}</a></header>
<main role="main">
<article id="node-{a.id}" class="node node-news node-full clearfix">
<h1 class="title">{esc(a.title)}</h1>
{image}
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even">{body}</div></div></div>
{source}
<div class="amp-share"><amp-social-share type="facebook" data-param-app_id="254325784911610" width="40" height="40"></amp-social-share> <amp-social-share type="line" width="40" height="40"></amp-social-share></div>
<ul class="links inline"><li class="statistics_counter first"><span>อ่าน {a.views} ครั้ง</span></li></ul>
</article>
</main>
<footer class="amp-footer"><p>{FOOTER}</p><p><a href="{base}{a.path}">ดูหน้าเต็ม</a></p></footer>
</body>
</html>
"""
        return self.html_response(text)

    def render_en(self, nid, base):
        a, title, paras = self.en[nid]
        body = "".join(f"<p>{esc(p)}</p>" for p in paras)
        content = f"""<h1 class="title gutter">{esc(title)}</h1>
<div id="content-content" class="content-content">
<div id="node-{nid}" class="node node-news node-full odd clearfix" about="/en/node/{nid}" typeof="sioc:Item foaf:Document">
  <div class="content">
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
  </div>
  <ul class="links inline"><li class="statistics_counter first"><span>{(a.views // 9) + 3} reads</span></li>
<li class="comment_forbidden last"><span><a href="/en/user/login?destination=node/{nid}%23comment-form">Log in</a> to post comments</span></li></ul>
</div>
</div>"""
        head = (
            f'<link rel="canonical" href="/en/node/{nid}" />\n'
            f'<link rel="alternate" hreflang="th" href="{base}{a.path}" />\n'
            f'<link rel="alternate" hreflang="en" href="{base}/en/node/{nid}" />\n'
        )
        page = self.shell(
            title,
            content,
            node=None,
            base=base,
            body_cls=f"page-node page-node-{nid} node-type-news i18n-en",
            head_extra=head,
        )
        page = page.replace('xml:lang="th"', 'xml:lang="en"', 1)
        page = page.replace(
            '<li class="en last"><a href="/en/news" class="language-link" xml:lang="en">English</a></li>',
            f'<li class="en last active"><a href="/en/node/{nid}" class="language-link active" xml:lang="en">English</a></li>',
        ).replace(
            f'<li class="th first active"><a href="{LIST}" class="language-link active" xml:lang="th">ภาษาไทย</a></li>',
            f'<li class="th first"><a href="{a.path}" class="language-link" xml:lang="th">ภาษาไทย</a></li>',
        )
        return self.html_response(page)

    def render_not_found(self, base):
        content = f"""<h1 class="title gutter">{NOT_FOUND_TITLE}</h1>
<div id="content-content" class="content-content">
<div id="node-77" class="node node-page node-full odd clearfix">
  <div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even"><p>{NOT_FOUND}</p><p>กรุณาค้นหาจากช่องค้นหาด้านบน หรือกลับไปที่ <a href="/">หน้าแรก</a></p></div></div></div></div>
</div>
</div>"""
        return self.html_response(
            self.shell(NOT_FOUND_TITLE, content, base=base, body_cls="page-node page-node-77")
        )

    # ------------------------------------------------------------ routing

    def route(self, path, query, raw_query, base):
        if path == LIST:
            p = query.get("page", ["0"])[0]
            if not p.isdigit() or int(p) >= len(self.pages):
                return None
            return self.render_list(int(p), base)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == DELETED_ID:
                return self.render_not_found(base)
            a = self.by_id.get(nid)
            if not a:
                return None
            if "amp" in query:
                return self.render_amp(a, base)
            return self.render_node(a, base)
        m = re.fullmatch(r"/en/node/(\d+)", path)
        if m and int(m[1]) in self.en:
            return self.render_en(int(m[1]), base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน {a.views} ครั้ง",
                SHARE,
                "ขนาดตัวอักษร",
                RELATED,
                LATEST,
                LOGIN_PROMPT,
                "ขอรหัสผ่านใหม่",
                "ภาษาไทย",
                COUNTER,
                COOKIE,
                FOOTER,
                SLOGAN,
                "ข้ามไปยังเนื้อหาหลัก",
            ]
            if a.extra["file"]:
                must_not.append("ไฟล์แนบ:")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, published_time=False, must_not=must_not)
            extra = []
            if a.extra["furniture"]:
                extra.append(a.extra["furniture"])
            if a.extra["table"]:
                cap, head, rows, total = a.extra["table"]
                extra += [cap, max((c for r in rows for c in r), key=len)]
            for e in extra:
                if e not in rec["body_must"]:
                    rec["body_must"].append(e)
            out.append(rec)
        return out


SITE = AcquiaMarinaSite()

if __name__ == "__main__":
    main(SITE)
