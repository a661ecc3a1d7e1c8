"""Blind-63 red-team site (part B): a provincial commerce office (สำนักงานพาณิชย์จังหวัดแพร่-like,
2023-2024) on **Joomla 3.10 com_content under a HotThemes template built on the Sparky
Framework** (`/templates/hot_corporate/`), Thai language pack, plus what such offices install:
Simple Image Gallery, AddToAny, a visitor counter module and a PDPA cookie bar. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): a HotThemes template's `index.php` kept in a
public repository ("Hot Cinema", 2012, Sparky Framework): the layout string of rows and cells
(`row1+rowClass1+logo=2=0,user3=10=0&row2+rowClass2+left=2=0,joom_content=8=0,right=2=0&…`),
the printed shell `div.sparky_wrapper > div.sparky_full.rowClassN > div.sparky_main >
div#rowN.row > div.cell.mp_<position> > div.cell_pad`, the component cell
`div.content_sparky > div.cell_pad` with the `abovecontent` / `belowcontent` module positions
around `<jdoc:include type="component" />`, modules in the `xhtml` chrome, the `logo` and
`fontresize` cells, the top panel, the scroll-to-top link, and the **live style switcher: a
`?style=N` parameter on any page sets a `Style` cookie and re-colours the page**. From memory:
Joomla 3.10's com_content layouts (`item-page`, `dl.article-info.muted` with
`time[datetime][itemprop]`, `ul.tags.inline`, `ul.pager.pagenav`, category blog
`items-leading` / `items-row cols-2`, `p.readmore`, the pagination list with "หน้า 1 จาก 3"),
the Thai pack's wordings, mod_articles_latest, mod_related_items, Simple Image Gallery's
`sigFreeClassic` list, AddToAny's `a2a_kit`. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- SEF with URL rewriting: category blog `/pr-news`, `?start=8`, `?start=16` (8 a page: one
  leading item and seven in two columns), articles `/pr-news/<id>-<alias>`; the alias is what
  Joomla makes of a Thai title (the UTC creation moment, `2024-03-12-03-21-45`) except for the
  editor who types `phrae-moc-67-015`;
- the info block above the text: "เขียนโดย <account>", "หมวด: ข่าวประชาสัมพันธ์",
  "เผยแพร่: 12 มีนาคม 2024" and "ปรับปรุงล่าสุด: 14 มีนาคม 2024" (Thai month, **CE year** as the
  pack prints it, the time in `time[datetime]`; the modify date shown for every article, the
  created moment on never-edited ones), "ฮิต: 1234" except on one editor's articles (she hides
  hits per article);
- three editors: JCE paragraphs indented with `&nbsp;`, a centred picture and a Simple Image
  Gallery; the intro / full-text image fields with plain paragraphs and a "ดาวน์โหลดเอกสาร
  (PDF)" link; the oldest account's short paragraphs; a readmore after the first paragraph
  everywhere; sources "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned office
  sign-off, or none;
- tags on some, AddToAny "แชร์ข่าวนี้", pagenav (neighbours' titles in `title` / `aria-label`),
  "ข่าวที่เกี่ยวข้อง" (`belowcontent`), "ข่าวล่าสุด", "สถิติผู้เข้าชม", agency banners, the main
  menu on the left, font-size cell, footer address, HotThemes credit, PDPA bar;
- **the quirk: the Sparky style switcher left on in the top panel — three colour swatches on
  every page link `?style=1` / `?style=2` / `?style=3` (relative hrefs), each answering the same
  page (200) with another stylesheet and a `Style` cookie; no canonical link anywhere**;
- deleted item (linked from page 2): `/pr-news/1391-2024-05-20-02-14-36`, **200: a test article
  "ทดสอบ" left published by the admin: the info block and an empty `articleBody`**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

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

OFFICE = "สำนักงานพาณิชย์จังหวัดแพร่"
PER = 8
MENU = "/pr-news"
TPL = "/templates/hot_corporate"
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานส่งเสริมและพัฒนาการค้า สำนักงานพาณิชย์จังหวัดแพร่"),
    ("ที่มา", "กลุ่มงานกำกับดูแลและการค้าภายใน"),
    ("signoff", "สำนักงานพาณิชย์จังหวัดแพร่"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานพาณิชย์จังหวัดแพร่"),
    ("ข่าว", "สำนักงานพาณิชย์จังหวัดแพร่"),
    None,
]
EDITORS = ["pr_phraemoc", "sirirat.k", "admin"]
TAGS = ["ราคาสินค้าเกษตร", "ธงฟ้าราคาประหยัด", "สินค้า GI", "ชั่งตวงวัด", "พาณิชย์จังหวัดแพร่"]
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
VISITORS = "สถิติผู้เข้าชม"
LINKS = "ลิงก์หน่วยงาน"
MAINMENU = "เมนูหลัก"
DETAILS = "รายละเอียด"
PDPA = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
PDPA_BTN = "ยอมรับ"
FOOTER = "ศาลากลางจังหวัดแพร่ (หลังใหม่) ชั้น 2 ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000"
CREDIT = "Joomla templates by HotThemes"
PDF_LABEL = "ดาวน์โหลดเอกสาร (PDF)"
FONT = "ขนาดตัวอักษร"
STYLE_LABEL = "เลือกสีเว็บไซต์"
TEST_TITLE = "ทดสอบ"


def th_date(d: dt.datetime) -> str:
    """The Thai pack's DATE_FORMAT_LC3 (`d F Y`): Thai month name, Christian-era year."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def utc_alias(d: dt.datetime) -> str:
    """What Joomla 3 makes of an alias for a title without Latin letters: the UTC moment."""
    return d.astimezone(dt.UTC).strftime("%Y-%m-%d-%H-%M-%S")


class SparkySite(BaseSite):
    key = "b63_joomla3_sparky_commerce"
    family = "joomla"
    imitates = (
        "provincial commerce office on Joomla 3.10 com_content under a HotThemes Sparky "
        "Framework template (category blog, info block with CE dates, Simple Image Gallery, "
        "AddToAny, related / latest / counter modules, PDPA bar); the framework's ?style=N "
        "switcher left on"
    )
    listing_path = MENU

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 11, 22, 15, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            # older items are spread further back (2023)
            if i >= 12:
                shift = dt.timedelta(days=31 * (i - 11) + 3 * (i % 4))
                a.published -= shift
                if a.modified:
                    a.modified -= shift
            # saved with seconds (the aliases show them)
            a.published = a.published.replace(second=(i * 23 + 7) % 60)
            a.id = 1452 - i * 3 - (i % 3)
            ed = 0 if i < 12 and i % 3 != 1 else (1 if i % 3 == 1 else 2)
            a.extra["editor"] = EDITORS[ed]
            a.extra["kind"] = ed
            if ed == 0 and i % 2 == 0:
                a.extra["alias"] = f"phrae-moc-{(a.published.year + 543) % 100}-{40 - i:03d}"
            else:
                a.extra["alias"] = utc_alias(a.published)
            a.path = f"{MENU}/{a.id}-{a.extra['alias']}"
            a.time_printed = True
            a.extra["mod"] = a.modified or a.published
            a.views = a.views if ed != 1 else None
            src = SOURCES[(i * 5) % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)] if i % 4 != 3 else []
            a.extra["gallery"] = ed == 0 and i % 4 != 1
            a.extra["pdf"] = ed == 1 and i % 2 == 1
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        # the test article, between items 3 and 4 of page 2
        after = self.pages[1][3]
        self.test_when = after.published + dt.timedelta(hours=2, minutes=17)
        self.test_id = after.id + 1
        self.test_path = f"{MENU}/{self.test_id}-{utc_alias(self.test_when)}"
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.test_path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={PER * k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.test_path]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # newer (ordering: newest first)
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        if not a.tags:
            return []
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:4]

    # ------------------------------------------------------------------ shell
    def module(self, title, inner, cls=""):
        sfx = f" {cls}" if cls else ""
        head = f"<h3>{title}</h3>" if title else ""
        return f'<div class="moduletable{sfx}">{head}{inner}</div>'

    def shell(self, title, component, *, style="0", below="", body_class=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        menu = (
            '<ul class="nav menu mod-list">'
            '<li class="item-101 default"><a href="/">หน้าแรก</a></li>'
            '<li class="item-108 deeper parent"><a href="/about">ข้อมูลหน่วยงาน</a></li>'
            f'<li class="item-112 current active"><a href="{MENU}">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="item-113"><a href="/price">ราคาสินค้าเกษตรจังหวัดแพร่</a></li>'
            '<li class="item-114"><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li>'
            '<li class="item-115"><a href="/ita">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li>'
            '<li class="item-116"><a href="/contact">ติดต่อเรา</a></li></ul>'
        )
        counter = (
            '<div id="vvisit_counter" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>'
            '<tr><td>วันนี้</td><td align="right">152</td></tr>'
            '<tr><td>เมื่อวาน</td><td align="right">311</td></tr>'
            '<tr><td>สัปดาห์นี้</td><td align="right">1,204</td></tr>'
            '<tr><td>ทั้งหมด</td><td align="right">254,118</td></tr>'
            "</tbody></table></div>"
        )
        banners = (
            '<div class="custom"><p><a href="https://www.moc.go.th/" target="_blank"><img src="/images/banners/moc.png" alt="กระทรวงพาณิชย์" width="220" height="60" /></a></p>'
            '<p><a href="https://www.dit.go.th/" target="_blank"><img src="/images/banners/dit.png" alt="กรมการค้าภายใน" width="220" height="60" /></a></p></div>'
        )
        swatches = "".join(
            f'<a href="?style={k}" class="style_switch style{k}" title="สีแบบที่ {k}"><span>{k}</span></a>'
            for k in (1, 2, 3)
        )
        style_css = (
            f'<link rel="stylesheet" href="{TPL}/styles/style{style}.css" type="text/css" />\n'
            if style != "0"
            else ""
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" >
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="พาณิชย์จังหวัดแพร่, ราคาสินค้า, ธงฟ้า" />
<meta name="description" content="{OFFICE} กระทรวงพาณิชย์" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="{MENU}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="/templates/hot_corporate/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?7c1b0e" rel="stylesheet" type="text/css" />
<link href="/plugins/content/jw_sig/jw_sig/includes/js/jquery_fancybox/fancybox/jquery.fancybox.css?v=2.1.5" rel="stylesheet" type="text/css" />
<link href="/media/plg_system_eprivacy/css/definitions.min.css?7c1b0e" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?7c1b0e"></script>
<script src="/media/jui/js/jquery-noconflict.js?7c1b0e"></script>
<script src="/media/jui/js/bootstrap.min.js?7c1b0e"></script>
<script src="/media/system/js/caption.js?7c1b0e"></script>
<script src="https://static.addtoany.com/menu/page.js" async></script>
<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
<link rel="stylesheet" href="?css_request=1" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/joomla.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/template_css.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/layout.css" type="text/css" />
<link rel="stylesheet" href="{TPL}/css/scroll_to_top.css" type="text/css" />
{style_css}<script type="text/javascript" src="{TPL}/js/menu_navh.js"></script>
</head>
<body class="{body_class}">
<div id="top_panel"><div class="top_panel_inner">
<div class="style_switcher"><span class="style_switcher_label">{STYLE_LABEL} :</span> {swatches}</div>
<div class="top_panel_date">{OFFICE} กระทรวงพาณิชย์</div>
</div></div>
<div class="sparky_wrapper">
    <div class="sparky_full rowClass1">
        <div class="sparky_main">
            <div id="row1" class="row">
            <div class="cell mp_logo"><div class="cell_pad"><div class="logo"><a href="/"><img src="/images/logo-phrae-moc.png" alt="{OFFICE}" width="380" height="86" /></a></div></div></div>
            <div class="cell mp_fontresize"><div class="cell_pad"><div id="fontResize"><span class="font_label">{FONT}</span> <a href="#" class="smallerFont" title="ลดขนาดตัวอักษร">A-</a> <a href="#" class="resetFont" title="ขนาดปกติ">A</a> <a href="#" class="largerFont" title="เพิ่มขนาดตัวอักษร">A+</a></div></div></div>
            <div class="cell mp_user3"><div class="cell_pad">
                {self.module("", '<div class="search"><form action="' + MENU + '" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /><input type="hidden" name="Itemid" value="112" /></form></div>')}
            </div></div>
            </div>
            <div class="clr"></div>
        </div>
        <div class="clr"></div>
    </div>
    <div class="sparky_full rowClass2">
        <div class="sparky_main">
            <div id="row2" class="row">
            <div class="cell mp_left"><div class="cell_pad">
                {self.module(MAINMENU, menu, "_menu")}
            </div></div>
            <div class="content_sparky">
                <div class="cell_pad">
                    <div id="system-message-container">
	</div>

{component}
{below}
                </div>
            </div>
            <div class="cell mp_right"><div class="cell_pad">
                {self.module(LATEST, '<ul class="latestnews mod-list">' + latest + "</ul>")}
                {self.module(VISITORS, counter)}
                {self.module(LINKS, banners)}
            </div></div>
            </div>
            <div class="clr"></div>
        </div>
        <div class="clr"></div>
    </div>
    <div class="sparky_full rowClass3">
        <div class="sparky_main">
            <div id="row3" class="row">
            <div class="cell mp_footer1"><div class="cell_pad">
                {self.module("ติดต่อเรา", f'<div class="custom"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5451 1021 โทรสาร 0 5451 1022<br />อีเมล phrae@moc.go.th</p></div>')}
            </div></div>
            </div>
            <div class="clr"></div>
        </div>
        <div class="clr"></div>
    </div>
    <div class="sparky_full rowClass4">
        <div class="sparky_main">
            <div id="row4" class="row">
            <div class="cell mp_bottom"><div class="cell_pad">
                {self.module("", f'<div class="custom"><p style="text-align: center;">Copyright © 2567 {OFFICE} สงวนลิขสิทธิ์</p></div>')}
            </div></div>
            </div>
            <div class="clr"></div>
        </div>
        <div class="clr"></div>
    </div>
</div>
<div id="hot_credit"><a href="https://www.hotjoomlatemplates.com" target="_blank">{CREDIT}</a></div>
<a href="#" class="scrollup">Scroll</a>
<div class="plg_system_eprivacy_module" id="eprivacy-bar" style="display:none"><div class="plg_system_eprivacy_message"><p>{PDPA} <a href="/privacy-policy">นโยบายคุกกี้</a></p><button class="plg_system_eprivacy_accepted btn btn-success">{PDPA_BTN}</button> <button class="plg_system_eprivacy_declined btn btn-default">ปฏิเสธ</button></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def info(self, a, *, blog):
        d = a.published
        m = a.extra["mod"]
        rows = [
            f'<dt class="article-info-term">{DETAILS}</dt>',
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">{a.extra["editor"]}</span></dd>',
            f'<dd class="category-name">หมวด: <a href="{MENU}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>',
            f'<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d.isoformat()}" itemprop="datePublished">เผยแพร่: {th_date(d)}</time></dd>',
        ]
        if not blog:
            rows.append(
                f'<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{m.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {th_date(m)}</time></dd>'
            )
        if a.views is not None:
            rows.append(
                f'<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>'
            )
        return '<dl class="article-info muted">\n' + "\n".join(rows) + "\n</dl>"

    def img_path(self, a, k):
        return f"/images/news/{a.published.year + 543}/{a.published:%m}/{a.id}_{k}.jpg"

    def intro_html(self, a):
        p = a.paras[0]
        if a.extra["kind"] == 0:
            return (
                f'<p style="text-align: center;"><img src="{self.img_path(a, 1)}" alt="{a.id}_1" width="600" height="400" /></p>\n'
                f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
            )
        return f"<p>{esc(p)}</p>"

    def full_html(self, a):
        rest = a.paras[1:]
        kind = a.extra["kind"]
        if kind == 0:
            out = [
                f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
                for p in rest
            ]
        else:
            out = [f"<p>{esc(p)}</p>" for p in rest]
        if a.source:
            if a.extra["label"] == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            elif kind == 0:
                out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>")
        if a.extra["gallery"]:
            folder = f"/images/news/{a.published.year + 543}/{a.published:%m}/{a.id}"
            lis = "".join(
                f'<li class="sigFreeThumb"><span class="sigFreeLinkWrapper"><a href="{folder}/IMG_{k:04d}.jpg" class="sigFreeLink" style="width:200px;height:160px;" title="" data-fancybox="gallery{a.id}"><img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" alt="IMG_{k:04d}.jpg" title="" style="width:200px;height:160px;background-image:url(\'/cache/jw_sig/jw_sig_cache_{a.id}_img_{k:04d}.jpg\');" /></a></span></li>'
                for k in range(1, 7)
            )
            out.append(
                f'<div class="sigFreeContainer sigFreeClassic" id="sigFreeId{a.id}"><ul class="sigFreeClassic">{lis}<li class="sigFreeClear">&nbsp;</li></ul></div>'
            )
        if a.extra["pdf"]:
            out.append(
                f'<p><a href="/images/docs/{a.published.year + 543}/{a.id}.pdf" target="_blank" rel="noopener noreferrer">{PDF_LABEL}</a></p>'
            )
        return "\n".join(out)

    def image_field(self, a, blog):
        if a.extra["kind"] != 1:
            return ""
        cls = "pull-left item-image" if blog else "pull-none item-image"
        return f'<div class="{cls}"> <img src="{self.img_path(a, 0)}" alt="" itemprop="{"thumbnailUrl" if blog else "image"}"/> </div>'

    def tags_html(self, a):
        if not a.tags:
            return ""
        lis = "".join(
            f'<li class="tag-{10 + TAGS.index(t)} tag-list{k}" itemprop="keywords"><a href="/component/tags/tag/{10 + TAGS.index(t)}-{quote(t)}" class="label label-info">{esc(t)}</a></li>'
            for k, t in enumerate(a.tags)
        )
        return f'<ul class="tags inline">{lis}</ul>'

    # ------------------------------------------------------------------ listing
    def blog_item(self, a):
        return f"""<div class="page-header">
<h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2>
</div>
{self.info(a, blog=True)}
{self.image_field(a, True)}
{self.intro_html(a)}
<p class="readmore"><a class="btn" href="{a.path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a.title[:50])}...</a></p>"""

    def test_item(self):
        d = self.test_when
        return f"""<div class="page-header">
<h2 itemprop="name"><a href="{self.test_path}" itemprop="url">{TEST_TITLE}</a></h2>
</div>
<dl class="article-info muted">
<dt class="article-info-term">{DETAILS}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">admin</span></dd>
<dd class="category-name">หมวด: <a href="{MENU}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d.isoformat()}" itemprop="datePublished">เผยแพร่: {th_date(d)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:37" />ฮิต: 37</dd>
</dl>
<p>&nbsp;</p>"""

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return MENU if k == 1 else f"{MENU}?start={PER * (k - 1)}"

        lis = []
        if n == 1:
            lis.append(
                '<li class="disabled"><a><span class="icon-first" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                '<li class="disabled"><a><span class="icon-previous" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{MENU}" class="hasTooltip pagenav" aria-label="ไปที่หน้า เริ่มต้น"><span class="icon-first" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li><a title="ก่อนหน้า" href="{href(n - 1)}" class="hasTooltip pagenav" aria-label="ไปที่หน้า ก่อนหน้า"><span class="icon-previous" aria-hidden="true"></span></a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                lis.append(
                    f'<li class="active hidden-phone"><a aria-current="true" aria-label="หน้า {k}">{k}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="hidden-phone"><a title="{k}" href="{href(k)}" class="hasTooltip pagenav" aria-label="ไปที่หน้า {k}">{k}</a></li>'
                )
        if n == total:
            lis.append(
                '<li class="disabled"><a><span class="icon-next" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                '<li class="disabled"><a><span class="icon-last" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                f'<li><a title="ถัดไป" href="{href(n + 1)}" class="hasTooltip pagenav" aria-label="ไปที่หน้า ถัดไป"><span class="icon-next" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li><a title="สุดท้าย" href="{href(total)}" class="hasTooltip pagenav" aria-label="ไปที่หน้า สุดท้าย"><span class="icon-last" aria-hidden="true"></span></a></li>'
            )
        return (
            '<div class="pagination">\n'
            f'<p class="counter pull-right"> หน้า {n} จาก {total} </p>\n'
            '<nav role="navigation" aria-label="การแบ่งหน้า"><ul class="pagination-list">'
            + "".join(lis)
            + "</ul></nav>\n</div>"
        )

    def render_list(self, n, style):
        items = [self.blog_item(a) for a in self.pages[n - 1]]
        if n == 2:
            items.insert(4, self.test_item())
        lead, rest = items[0], items[1:]
        rows = []
        for r in range(0, len(rest), 2):
            cols = "".join(
                f'<div class="span6"><div class="item column-{c + 1}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{x}</div></div>'
                for c, x in enumerate(rest[r : r + 2])
            )
            rows.append(
                f'<div class="items-row cols-2 row-{r // 2} row-fluid clearfix">{cols}</div>'
            )
        comp = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header">
<h1> ข่าวประชาสัมพันธ์ </h1>
</div>
<div class="items-leading clearfix">
<div class="leading-0 clearfix" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{lead}
</div>
</div>
{chr(10).join(rows)}
{self.pagination(n)}
</div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {n}" if n > 1 else "")
        return self.html_response(
            self.shell(
                f"{title} - {OFFICE}",
                comp,
                style=style,
                body_class="site com_content view-category layout-blog",
            )
        )

    # ------------------------------------------------------------------ article
    def article_body(self, a, base):
        prev, nxt = self.neighbours(a)
        url = f"{base}{a.path}"
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        share = (
            f'<div class="addtoany_container"><span class="addtoany_label">{SHARE} :</span> '
            f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}">'
            '<a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a>'
            '<a class="a2a_dd" href="https://www.addtoany.com/share"></a></span></div>'
        )
        icons = (
            '<div class="icons"><div class="btn-group pull-right">'
            '<button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-expanded="false">'
            '<span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
            f'<ul class="dropdown-menu"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title[:30])} &gt;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li>'
            f'<li class="email-icon"><a href="/component/mailto/?tmpl=component&amp;template=hot_corporate&amp;link={a.id}" title="อีเมลลิงก์ไปยังเพื่อน" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul>'
            "</div></div>"
        )
        return f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header">
<h2 itemprop="headline">{esc(a.title)}</h2>
</div>
{icons}
{self.info(a, blog=False)}
{self.tags_html(a)}
{self.image_field(a, False)}
<div itemprop="articleBody">
{self.intro_html(a)}
{self.full_html(a)}
</div>
{share}
{nav}
</div>"""

    def related_module(self, a):
        rel = self.related(a)
        if not rel:
            return ""
        lis = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel)
        return (
            '<div class="belowcontent">\n'
            + self.module(RELATED, f'<ul class="relateditems mod-list">{lis}</ul>')
            + "\n</div>"
        )

    def render_article(self, a, base, style="0"):
        return self.html_response(
            self.shell(
                f"{a.title} - {OFFICE}",
                self.article_body(a, base),
                style=style,
                below=self.related_module(a),
                body_class="site com_content view-article no-layout no-task itemid-112",
            )
        )

    def render_test(self, style):
        d = self.test_when
        comp = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header">
<h2 itemprop="headline">{TEST_TITLE}</h2>
</div>
<dl class="article-info muted">
<dt class="article-info-term">{DETAILS}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">admin</span></dd>
<dd class="category-name">หมวด: <a href="{MENU}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d.isoformat()}" itemprop="datePublished">เผยแพร่: {th_date(d)}</time></dd>
<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span> <time datetime="{d.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {th_date(d)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:37" />ฮิต: 37</dd>
</dl>
<div itemprop="articleBody">
<p>&nbsp;</p>
</div>
</div>"""
        return self.html_response(
            self.shell(
                f"{TEST_TITLE} - {OFFICE}",
                comp,
                style=style,
                body_class="site com_content view-article no-layout no-task itemid-112",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if qs1(query, "css_request") == "1":
            # Sparky's parameter stylesheet: the current address with ?css_request=1
            return 200, {"Content-Type": "text/css; charset: UTF-8"}, b".sparky_main{width:1140px}"
        style = qs1(query, "style", "")
        res = self._route(path, query, base, style if style in ("1", "2", "3") else "0")
        if res is not None and style in ("1", "2", "3"):
            status, headers, body = res
            headers = dict(headers)
            headers["Set-Cookie"] = f"Style={style}; expires=Sun, 28-Dec-2025 03:00:00 GMT; path=/"
            return status, headers, body
        return res

    def _route(self, path, query, base, style):
        if path in ("/", "/index.php"):
            return 303, {"Location": f"{base}{MENU}"}, b""
        if path == MENU:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER:
                return None
            n = int(start) // PER + 1
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n, style)
        if path == self.test_path:
            return self.render_test(style)
        for a in self.articles:
            if path == a.path:
                return self.render_article(a, base, style)
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                f"เผยแพร่: {th_date(a.published)}",
                f"ปรับปรุงล่าสุด: {th_date(a.extra['mod'])}",
                f"เขียนโดย {a.extra['editor']}",
                "หมวด: ข่าวประชาสัมพันธ์",
                DETAILS,
                f"{SHARE} :",
                RELATED,
                LATEST,
                VISITORS,
                LINKS,
                MAINMENU,
                PDPA,
                FOOTER,
                CREDIT,
                FONT,
                STYLE_LABEL,
                PDF_LABEL,
                "ก่อนหน้า",
                "ถัดไป",
            ]
            if a.views is not None:
                must_not.append(f"ฮิต: {a.views}")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = a.extra["mod"].isoformat()
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = SparkySite()

if __name__ == "__main__":
    main(SITE)
