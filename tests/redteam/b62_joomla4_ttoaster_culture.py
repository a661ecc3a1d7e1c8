"""Blind-62 red-team site (part B): a provincial culture office (สำนักงานวัฒนธรรมจังหวัดอ่างทอง-like,
2024-2025) on **Joomla 4.4 com_content under a TemplateToaster-built template**
(`/templates/tt_angthong_culture/`), category blog with `?start=N`. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): a TemplateToaster Joomla 4 export as kept in a
public repository (`templates/theme--200271-j4/index.php`, `html/com_content/article/default.php`,
`html/com_content/category/blog.php`, `blog_item.php`, `html/layouts/joomla/content/info_block.php`,
`html/layouts/chromes/block.php`): the page shell (`div.totopshow` back-to-top, `#ttr_menu` with
`nav.navbar`, `#ttr_page.container` > `#ttr_content_and_sidebar_container` > `#ttr_content` >
`#ttr_content_margin`, `footer#ttr_footer` with `#ttr_footer_designed_by_links` "Designed With
TemplateToaster"), the header `p.ttr_title_style` / `p.ttr_slogan_style`, module chrome
`div.ttr_sidebar_right_padding > div.ttr_block > div.ttr_block_header > h3.ttr_block_heading +
div.ttr_block_content`; the article override that prints the headline as
**`h2.ttr_post_title` whenever `catid` is set in the request (always, with SEF category
routes), `h1.ttr_page_title` only without it**, `div.ttr_article > div.postedon >
dl.article-info.muted` with `img[alt=authoricon]` / `img[alt=dateicon]` before the author and
date, `div.postcontent` holding the text and the plugins' after-content output; the blog
override that prints the **category title in an `h2.ttr_post_title` box** above the items and
the items as `article.ttr_post.grid` columns. From memory: Joomla 4's own info-block
sublayouts (`dd.published > time[datetime]` with LC3 "d F Y" visible and the ISO time in the
attribute, `dd.hits` with `meta[itemprop=interactionCount]`), tags layout, the pagenavigation
plugin (`nav.pagenavigation`, hidden "บทความก่อนหน้า: …" labels), `mod_breadcrumbs`,
`mod_articles_latest`, `mod_related_items`, J4 pagination (`nav.pagination__wrapper`,
"หน้า 1 จาก 3"), the Thai language pack's wordings, JoomlaWorks Simple Image Gallery's
`sigFreeContainer` markup, AddToAny's `a2a_kit`, Vinaora Visitors Counter. No one's code or
text was copied.

What it imitates (an everyday site, one quirk: the TemplateToaster headline `h2`):
- SEF without rewriting: `/index.php/khao-prachasamphan/<id>-<alias>`; most aliases are what
  Joomla makes of a Thai title (the UTC save time "2025-01-19-06-40-23"), some typed by the
  editor ("cul68-014"); `<title>` "headline - office";
- no `h1` on an article page: the headline is `h2.ttr_post_title`; on the blog the first
  `h2.ttr_post_title` is the category name "ข่าวประชาสัมพันธ์";
- info block above the text: "รายละเอียด", "เขียนโดย <editor>", "หมวด: ข่าวประชาสัมพันธ์",
  "เผยแพร่: 19 มกราคม 2025" (`time[datetime=2025-01-19T13:40:23+07:00]`), "ฮิต: 1234";
  editors over a year: one (งานส่งเสริมฯ) switches publish date and hits off per article
  and types a dateline as the first line of the text instead ("วันที่ 4 มี.ค. 68",
  "๖ มกราคม ๒๕๖๘", "วันจันทร์ที่ 7 ตุลาคม 2567 เวลา 12.17 น."); another hides hits only;
- sources typed as the last paragraph: "ที่มา :", "ข่าว :", "ข่าว/ภาพ :", "เรียบเรียง :", an
  office alone right-aligned, or none;
- tags (`ul.tags`), an editor image with `figcaption`, a Simple Image Gallery block, a PDF
  attachment line, AddToAny "แชร์ :" and the pagenavigation inside `div.postcontent`;
  breadcrumbs ending in the headline; "ข่าวล่าสุด", "ข่าวที่เกี่ยวข้อง", "สถิติผู้เข้าชม" modules;
  PDPA cookie bar; footer address and "Designed With TemplateToaster";
- deleted item (linked from page 2): `/index.php/khao-prachasamphan/597-2024-12-05-22-52-14`,
  **200: an article the editor emptied ("ยกเลิกข่าว" as its title, an empty text) that is still
  published in the blog**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานวัฒนธรรมจังหวัดอ่างทอง"
SLOGAN = "สืบสาน รักษา ต่อยอด วัฒนธรรมไทย"
CAT = "ข่าวประชาสัมพันธ์"
CAT_PATH = "/index.php/khao-prachasamphan"
PER = 8
N = 23
DELETED_ID = 597
EDITORS = ["ศิริพร ทองดี", "งานส่งเสริมฯ", "admin", "ณัฐวุฒิ แก้วมณี"]
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมศาสนา ศิลปะและวัฒนธรรม สำนักงานวัฒนธรรมจังหวัดอ่างทอง"),
    ("ข่าว/ภาพ", "สภาวัฒนธรรมอำเภอวิเศษชัยชาญ"),
    ("sign", "กลุ่มยุทธศาสตร์และเฝ้าระวังทางวัฒนธรรม สำนักงานวัฒนธรรมจังหวัดอ่างทอง"),
    ("ข่าว", "ฝ่ายบริหารงานทั่วไป สำนักงานวัฒนธรรมจังหวัดอ่างทอง"),
    None,
    ("เรียบเรียง", "งานประชาสัมพันธ์ สำนักงานวัฒนธรรมจังหวัดอ่างทอง"),
    ("ข่าว/ภาพ", "สภาวัฒนธรรมอำเภอโพธิ์ทอง"),
]
TAGS = ["วัฒนธรรม", "ประเพณีท้องถิ่น", "ศาสนา", "ภูมิปัญญาไทย", "สภาวัฒนธรรม", "อ่างทอง"]
HIDDEN = {4, 9, 15}  # the 2024 editor: no publish date / hits in the info block, a typed dateline
NO_HITS = {1, 12, 19}  # another editor hides hits only
TYPED_ALIAS = {3, 7, 13, 20}
SHARE = "แชร์ :"
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
VISITORS = "สถิติผู้เข้าชม"
COOKIE = (
    "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ท่านสามารถศึกษารายละเอียดได้ที่ นโยบายความเป็นส่วนตัว"
)
COOKIE_OK = "ยอมรับทั้งหมด"
COOKIE_SET = "ตั้งค่าคุกกี้"
FOOTER = "ศาลากลางจังหวัดอ่างทอง (หลังใหม่) ชั้น 3 ตำบลศาลาแดง อำเภอเมืองอ่างทอง จังหวัดอ่างทอง 14000"
DESIGNED = "Designed With TemplateToaster"
INFO = "รายละเอียด"
GALLERY_HEAD = "ภาพกิจกรรม"
ATTACH = "ดาวน์โหลดเอกสาร"
PREV_LABEL = "บทความก่อนหน้า"
NEXT_LABEL = "บทความถัดไป"
PLACES = ["วัดไชโยวรวิหาร", "วัดป่าโมกวรวิหาร", "ศาลากลางจังหวัดอ่างทอง", "วัดขุนอินทประมูล"]


def lc3(d: dt.datetime) -> str:
    """Joomla's Thai DATE_FORMAT_LC3 'd F Y': Thai month, CE year (no Buddhist-era plugin)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def typed_dateline(i: int, d: dt.datetime) -> tuple[str, bool]:
    """The 2024 editor's own first line, three ways; (text, prints a time)."""
    if i == 4:
        return f"วันที่ {d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}", False
    if i == 9:
        return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"), False
    wd = WEEKDAYS[d.weekday()]
    return (
        f"{wd}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d.hour:02d}.{d.minute:02d} น.",
        True,
    )


class TemplateToasterSite(BaseSite):
    key = "b62_joomla4_ttoaster_culture"
    family = "joomla"
    imitates = (
        "provincial culture office on Joomla 4.4 com_content under a TemplateToaster template: "
        "headline in h2.ttr_post_title (no h1), info block above, blog ?start=N, editors who "
        "hide the date and type a dateline"
    )
    listing_path = CAT_PATH

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2025, 3, 20, 16, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # several editors over a year and a half: stretch the older half back into 2024
        for i, a in enumerate(arts):
            a.id = 618 - i * 2 - (1 if i % 4 == 3 else 0)
            if i >= 6:
                a.published = a.published - dt.timedelta(days=12 * (i - 5))
            a.published = a.published.replace(second=(i * 17 + 7) % 60)
            utc = a.published.astimezone(dt.UTC)
            alias = f"cul{str(a.published.year + 543)[-2:]}-{(40 - i):03d}"
            a.extra["alias"] = alias if i in TYPED_ALIAS else utc.strftime("%Y-%m-%d-%H-%M-%S")
            a.path = f"{CAT_PATH}/{a.id}-{a.extra['alias']}"
            a.modified = None
            a.extra["editor"] = EDITORS[1] if i in HIDDEN else EDITORS[(i * 3) % 4 if i % 5 else 0]
            a.extra["hidden"] = i in HIDDEN
            a.extra["hits"] = i not in HIDDEN and i not in NO_HITS
            a.views = (37 + (i * 613 + 129) % 2900) if a.extra["hits"] else None
            a.time_printed = True
            a.extra["dateline"] = None
            if i in HIDDEN:
                line, with_time = typed_dateline(i, a.published)
                a.extra["dateline"] = line
                a.time_printed = with_time
                if with_time:
                    a.published = a.published.replace(second=0)
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["figure"] = i % 4 == 0
            a.extra["gallery"] = i % 5 == 2
            a.extra["attach"] = i % 6 == 1
        assert DELETED_ID not in {a.id for a in arts}
        # the emptied item sits on page 2 between arts[11] and arts[12]
        self.deleted_when = arts[11].published - dt.timedelta(days=2, hours=1, minutes=13)
        self.deleted_alias = self.deleted_when.astimezone(dt.UTC).strftime("%Y-%m-%d-%H-%M-%S")
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 7]

    def listing_pages(self):
        return [CAT_PATH] + [f"{CAT_PATH}?start={PER * k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"{CAT_PATH}/{DELETED_ID}-{self.deleted_alias}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (3, 8, 11)]

    # ------------------------------------------------------------------ shell
    @staticmethod
    def block(title: str, content: str) -> str:
        return (
            '<div class="ttr_sidebar_right_padding"><div class="margin_collapsetop"></div>'
            '<div class="ttr_block"><div class="margin_collapsetop"></div>'
            f'<div class="ttr_block_header"><h3 class="ttr_block_heading">{title}</h3></div>'
            f'<div class="ttr_block_content">{content}</div></div>'
            '<div class="margin_collapsetop"></div></div>'
        )

    def shell(self, title, content, *, head="", body_class="blog-wp", crumbs="", related=None):
        latest = (
            '<ul class="mod-articleslatest latestnews mod-list">'
            + "".join(
                f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url">'
                f'<span itemprop="name">{esc(x.title)}</span></a></li>'
                for x in self.articles[:5]
            )
            + "</ul>"
        )
        side = [self.block(LATEST, latest)]
        if related:
            side.append(
                self.block(
                    RELATED,
                    '<ul class="mod-relateditems relateditems mod-list">'
                    + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related)
                    + "</ul>",
                )
            )
        side.append(
            self.block(
                VISITORS,
                '<div id="vvisit_counter118" class="vvisit_counter"><div class="vdigit_counter">'
                '<span class="vdigit-0">0</span><span class="vdigit-2">2</span><span class="vdigit-1">1</span>'
                '<span class="vdigit-8">8</span><span class="vdigit-4">4</span><span class="vdigit-0">0</span>'
                '<span class="vdigit-6">6</span></div><div class="vstats_counter"><table cellpadding="0" cellspacing="0" style="width:100%"><tbody>'
                '<tr><td class="vstats_img"><img class="vstats_icon" src="/modules/mod_vvisit_counter/images/stats/default/vtoday.png" alt="" /></td><td style="text-align:left;">วันนี้</td><td style="text-align:right;">137</td></tr>'
                '<tr><td class="vstats_img"><img class="vstats_icon" src="/modules/mod_vvisit_counter/images/stats/default/vyesterday.png" alt="" /></td><td style="text-align:left;">เมื่อวาน</td><td style="text-align:right;">205</td></tr>'
                '<tr><td class="vstats_img"><img class="vstats_icon" src="/modules/mod_vvisit_counter/images/stats/default/vmonth.png" alt="" /></td><td style="text-align:left;">เดือนนี้</td><td style="text-align:right;">3,912</td></tr>'
                '<tr><td class="vstats_img"><img class="vstats_icon" src="/modules/mod_vvisit_counter/images/stats/default/vall.png" alt="" /></td><td style="text-align:left;">ทั้งหมด</td><td style="text-align:right;">218,406</td></tr>'
                "</tbody></table></div></div>",
            )
        )
        menu = "".join(
            f'<li class="ttr_menu_items_parent{" active" if act else ""}"><a href="{h}" class="ttr_menu_items_parent_link{"_active" if act else ""}"><span class="menuchildicon"></span>{t}</a><hr class="horiz_separator" /></li>'
            for h, t, act in [
                ("/index.php", "หน้าแรก", False),
                ("/index.php/about", "เกี่ยวกับหน่วยงาน", False),
                (CAT_PATH, CAT, True),
                ("/index.php/procurement", "ข่าวจัดซื้อจัดจ้าง", False),
                ("/index.php/ita", "ITA", False),
                ("/index.php/contact", "ติดต่อเรา", False),
            ]
        )
        return f"""<!DOCTYPE html>
<html xmlns="//www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
{head}
<link href="/media/system/css/joomla-fontawesome.min.css?a1b2c3" rel="stylesheet" />
<link href="/templates/tt_angthong_culture/css/bootstrap.css" rel="stylesheet" />
<link href="/templates/tt_angthong_culture/css/template.css" rel="stylesheet" />
<link href="/plugins/content/jw_sig/jw_sig/includes/js/jquery_fancybox/fancybox/jquery.fancybox.min.css" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script src="/templates/tt_angthong_culture/js/totop.js"></script>
<script src="/templates/tt_angthong_culture/js/tt_animation.js"></script>
<script type="application/json" class="joomla-script-options new">{{"system.paths":{{"root":"","rootFull":"/","base":"","baseFull":"/"}},"csrf.token":"7f3c1a9e0d2b4c6e8a0b1c2d3e4f5a6b"}}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
</head>
<body class="{body_class}">
<div class="totopshow"><a href="#" class="back-to-top"><img alt="Back to Top" src="/templates/tt_angthong_culture/images/gototop.png"/></a></div>
<div class="margin_collapsetop"></div>
<div id="ttr_page" class="container">
<header id="ttr_header"><div id="ttr_header_inner">
<div class="ttr_title_position"><p class="ttr_title_style"><a href="/" title="{OFFICE}" rel="home">{OFFICE}</a></p></div>
<div class="ttr_slogan_position"><p class="ttr_slogan_style">{SLOGAN}</p></div>
<a class="logo" href="/"><img src="/images/logo-culture.png" alt="ตรากระทรวงวัฒนธรรม" /></a>
</div></header>
<div id="ttr_menu"><div class="margin_collapsetop"></div>
<nav class="navbar-default navbar-expand-md navbar"><div id="ttr_menu_inner_in"><div class="ttr_menu_element_alignment container">
<div id="navigationmenu"><div class="navbar-header"><button id="nav-expander" data-target=".nav-menu" data-toggle="collapse" class="navbar-toggle" type="button"><span class="ttr_menu_toggle_button"><span class="sr-only"></span><span class="icon-bar navbar-toggler-icon"></span></span><span class="ttr_menu_button_text">เมนู</span></button></div>
<div class="menu-center collapse navbar-collapse nav-menu"><ul class="ttr_menu_items nav navbar-nav nav-center">{menu}</ul></div>
</div></div></div></nav></div>
<div id="ttr_content_and_sidebar_container">
<div id="ttr_content">
<div id="ttr_content_margin"><div class="margin_collapsetop"></div>
{crumbs}
<div id="system-message-container" aria-live="polite"></div>
{content}
</div>
</div>
<aside id="ttr_sidebar_right"><div id="ttr_sidebar_right_margin">
{"".join(side)}
</div></aside>
<div style="clear:both;"></div>
</div>
<div class="margin_collapsetop"></div>
<footer id="ttr_footer"><div class="margin_collapsetop"></div><div id="ttr_footer_inner">
<div id="ttr_footer_top_for_widgets"><div class="ttr_footer_top_for_widgets_inner"><div class="footer-widget-area_fixed row">
<div id="first" class="widget-area col-xl-8 col-lg-8 col-md-8 col-sm-12 col-xs-12 col-12"><div class="custom"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 3561 1259 โทรสาร 0 3561 1260 อีเมล angthong@m-culture.go.th</p></div></div>
<div id="second" class="widget-area col-xl-4 col-lg-4 col-md-4 col-sm-12 col-xs-12 col-12"><ul class="mod-menu mod-list nav"><li class="nav-item"><a href="/index.php/privacy-policy">นโยบายความเป็นส่วนตัว</a></li><li class="nav-item"><a href="/index.php/website-policy">นโยบายเว็บไซต์</a></li><li class="nav-item"><a href="/index.php/sitemap">แผนผังเว็บไซต์</a></li></ul></div>
</div></div></div>
<div class="ttr_footer_bottom_footer"><div class="ttr_footer_bottom_footer_inner">
<div id="ttr_copyright"><a href="/">สงวนลิขสิทธิ์ © 2568 {OFFICE}</a></div>
<div id="ttr_footer_designed_by_links"><a href="https://templatetoaster.com" target="_self">Joomla Template</a>
<span id="ttr_footer_designed_by">{DESIGNED}</span></div>
</div></div>
</div></footer>
</div>
<div id="pdpa-cookie-bar" class="pdpa-consent pdpa-bottom" role="dialog" aria-live="polite"><div class="pdpa-consent-inner"><p class="pdpa-text">{COOKIE}</p><div class="pdpa-buttons"><button type="button" class="btn btn-success pdpa-accept">{COOKIE_OK}</button> <button type="button" class="btn btn-outline-light pdpa-settings">{COOKIE_SET}</button></div></div></div>
<script src="/plugins/content/jw_sig/jw_sig/includes/js/behaviour.js"></script>
<script async src="https://static.addtoany.com/menu/page.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    @staticmethod
    def crumbs(last: str | None) -> str:
        items = [
            (
                '<a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าแรก</span></a>'
            ),
        ]
        if last is None:
            items.append(f'<span itemprop="name">{CAT}</span>')
        else:
            items.append(
                f'<a itemprop="item" href="{CAT_PATH}" class="pathway"><span itemprop="name">{CAT}</span></a>'
            )
            items.append(f'<span itemprop="name">{esc(last)}</span>')
        lis = []
        for k, it in enumerate(items, 1):
            cur = k == len(items)
            ac = 'aria-current="page" ' if cur else ""
            lis.append(
                f'<li {ac}class="mod-breadcrumbs__item breadcrumb-item{" active" if cur else ""}" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                f'{it}<meta itemprop="position" content="{k}"></li>'
            )
        return (
            '<div class="ttr_topcolumn_widget_container"><div class="contenttopcolumn0 row"><div class="cell1 col-12">'
            '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
            '<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li>'
            + "".join(lis)
            + "</ol></nav></div></div></div>"
        )

    def info_block(self, a) -> str:
        parts = [f'<dt class="article-info-term">{INFO}</dt>']
        parts.append(
            '<img src="/templates/tt_angthong_culture/images/authorbutton.png" alt="authoricon" />'
            f'<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">'
            f'<span class="icon-user icon-fw" aria-hidden="true"></span> เขียนโดย <span itemprop="name">{esc(a.extra["editor"])}</span></dd>'
        )
        parts.append(
            '<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span> '
            f'หมวด: <a href="{CAT_PATH}" itemprop="genre">{CAT}</a></dd>'
        )
        if not a.extra["hidden"]:
            parts.append(
                '<img src="/templates/tt_angthong_culture/images/datebutton.png" alt="dateicon" />'
                '<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span> '
                f'<time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd>'
            )
        if a.extra["hits"]:
            parts.append(
                '<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span> '
                f'<meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</dd>'
            )
        return '<dl class="article-info muted">\n' + "\n".join(parts) + "\n</dl>"

    @staticmethod
    def tags_html(a) -> str:
        if not a.tags:
            return ""
        lis = "".join(
            f'<li class="list-inline-item tag-{7 + TAGS.index(t)} tag-list{k}" itemprop="keywords">'
            f'<a href="/index.php/component/tags/tag/{quote(t)}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
            for k, t in enumerate(a.tags)
        )
        return f'<ul class="tags list-inline">{lis}</ul>'

    def text_html(self, a) -> str:
        out = []
        paras = list(a.paras)
        if a.extra["dateline"]:
            out.append(f"<p><strong>{esc(a.extra['dateline'])}</strong></p>")
        img = f"/images/news/{a.published:%Y}/{a.id}/{a.id}_01.jpg"
        if a.extra["figure"]:
            out.append(f"<p>{esc(paras[0])}</p>")
            out.append(
                f'<figure class="image"><img src="{img}" alt="" width="800" height="533" loading="lazy" />'
                f"<figcaption>{self.caption(a)}</figcaption></figure>"
            )
            paras = paras[1:]
        else:
            out.append(
                f'<p><img src="{img}" alt="" width="800" height="533" loading="lazy" style="display: block; margin-left: auto; margin-right: auto;" /></p>'
            )
        out += [f"<p>{esc(p)}</p>" for p in paras]
        if a.extra["attach"]:
            out.append(
                f'<p><a href="/images/files/{a.published:%Y}/doc_{a.id}.pdf" target="_blank">'
                f'<img src="/images/icons/pdf.png" alt="" width="16" height="16" /> {ATTACH} (PDF)</a></p>'
            )
        if a.source:
            lab = a.extra["label"]
            if lab == "sign":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            else:
                out.append(f"<p><strong>{esc(lab)} :</strong> {esc(a.source)}</p>")
        if a.extra["gallery"]:
            thumbs = "".join(
                f'<li class="sigFreeThumb"><span class="sigFreeLinkOuterWrapper"><span class="sigFreeLinkWrapper">'
                f'<a href="/images/gallery/{a.id}/{k:02d}.jpg" class="sigFreeLink" style="width:200px;height:160px;" title="{GALLERY_HEAD} {k}" data-fancybox="gallery{a.id}">'
                f'<img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" alt="{GALLERY_HEAD} {k}" title="{GALLERY_HEAD} {k}" style="width:200px;height:160px;background-image:url(\'/cache/jw_sig/jw_sig_cache_{a.id}_{k:02d}.jpg\');" /></a></span></span></li>'
                for k in range(1, 5)
            )
            out.append(
                f'<ul id="sigFreeId{a.id}a" class="sigFreeContainer sigFreeClassic">{thumbs}<li class="sigFreeClear">&nbsp;</li></ul>'
                '<div class="sigFreePrintMessage">ดูรูปทั้งหมดได้ที่ <a href="#">หน้าเว็บ</a></div>'
            )
        return "\n".join(out)

    @staticmethod
    def caption(a) -> str:
        return f"ภาพ: กิจกรรม ณ {PLACES[a.id % len(PLACES)]}"

    def share_html(self, a, url) -> str:
        u = quote(url, safe="")
        return (
            f'<div class="a2a_kit a2a_kit_size_32 a2a_default_style" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}">'
            f'<span class="a2a-label">{SHARE}</span>'
            f'<a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={u}" rel="nofollow noopener" target="_blank"></a>'
            f'<a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={u}" rel="nofollow noopener" target="_blank"></a>'
            f'<a class="a2a_button_x" href="https://www.addtoany.com/add_to/x?linkurl={u}" rel="nofollow noopener" target="_blank"></a>'
            '<a class="a2a_dd" href="https://www.addtoany.com/share"></a></div>'
        )

    def pagenav(self, a) -> str:
        older, newer = self.neighbours(a)
        bits = []
        if newer:
            bits.append(
                f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev">'
                f'<span class="visually-hidden">{PREV_LABEL}: {esc(newer.title)}</span>'
                '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
            )
        if older:
            bits.append(
                f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next">'
                f'<span class="visually-hidden">{NEXT_LABEL}: {esc(older.title)}</span>'
                '<span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            )
        return (
            '<nav class="pagenavigation" aria-label="Page Navigation"><span class="pagination ms-0">'
            + "\n".join(bits)
            + "</span></nav>"
        )

    # ------------------------------------------------------------------ listing
    def blog_item(self, a, empty=False) -> str:
        d_info = self.info_block(a) if a is not None else ""
        intro = "" if empty else self.intro_html(a)
        more = (
            ""
            if empty
            else f'<p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}">'
            '<span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม &hellip;</a></p>'
        )
        tags = "" if empty else self.tags_html(a)
        return f"""<div class="item-content">
<div class="ttr_post_inner_box"><h2 class="ttr_post_title"><a href="{a.path}">{esc(a.title)}</a></h2></div>
<div class="ttr_article">
<div class ="postedon">
{d_info}
{tags}
</div>
<div class="postcontent">
{intro}
<div style="clear:both;"></div>
</div>
{more}
</div>
</div>"""

    def intro_html(self, a) -> str:
        img = f"/images/news/{a.published:%Y}/{a.id}/{a.id}_01.jpg"
        first = a.paras[0]
        cut = first if len(first) < 220 else first[:220].rsplit(" ", 1)[0] + " ..."
        lead = f"<p><strong>{esc(a.extra['dateline'])}</strong></p>" if a.extra["dateline"] else ""
        return f'<p><img src="{img}" alt="" width="800" height="533" loading="lazy" /></p>{lead}<p>{esc(cut)}</p>'

    def deleted_stub(self):
        d = self.deleted_when

        class Stub:
            pass

        s = Stub()
        s.id = DELETED_ID
        s.title = "ยกเลิกข่าว"
        s.path = self.deleted_paths()[0]
        s.published = d
        s.views = 12
        s.tags = []
        s.extra = {"editor": EDITORS[2], "hidden": False, "hits": True, "dateline": None}
        return s

    def pagination(self, n) -> str:
        total = len(self.pages)

        def href(k):
            return CAT_PATH if k == 1 else f"{CAT_PATH}?start={PER * (k - 1)}"

        def li(label, k, icon, aria):
            if k is None:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="{icon}" aria-hidden="true"></span></span></li>'
            return f'<li class="page-item"><a aria-label="{aria}" href="{href(k)}" class="page-link"><span class="{icon}" aria-hidden="true"></span></a></li>'

        items = [
            li("start", 1 if n > 1 else None, "icon-angle-double-left", "ไปยังหน้าแรก"),
            li("prev", n - 1 if n > 1 else None, "icon-angle-left", "ไปยังหน้าก่อนหน้า"),
        ]
        for k in range(1, total + 1):
            if k == n:
                items.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k}" href="#" class="page-link">{k}</a></li>'
                )
            else:
                items.append(
                    f'<li class="page-item"><a aria-label="ไปยังหน้า {k}" href="{href(k)}" class="page-link">{k}</a></li>'
                )
        items.append(li("next", n + 1 if n < total else None, "icon-angle-right", "ไปยังหน้าถัดไป"))
        items.append(
            li("end", total if n < total else None, "icon-angle-double-right", "ไปยังหน้าสุดท้าย")
        )
        return f"""<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-right pt-3 pr-2">หน้า {n} จาก {total}</p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า">
<ul class="pagination ms-0 mb-4">
{chr(10).join(items)}
</ul>
</nav>
</div>
</div>"""

    def render_list(self, n):
        items = list(self.pages[n - 1])
        cells = []
        for a in items:
            cells.append(
                '<div class="col-xl-6 col-lg-6 col-md-6 col-sm-12 col-xs-12 col-12">\n<article class="ttr_post grid">\n'
                f'<div class ="ttr_post_content_inner">\n{self.blog_item(a)}\n</div>\n</article>\n</div>'
            )
        if n == 2:
            stub = self.deleted_stub()
            cells.insert(
                4,
                '<div class="col-xl-6 col-lg-6 col-md-6 col-sm-12 col-xs-12 col-12">\n<article class="ttr_post grid">\n'
                f'<div class ="ttr_post_content_inner">\n{self.blog_item(stub, empty=True)}\n</div>\n</article>\n</div>',
            )
        grid = []
        for k, c in enumerate(cells, 1):
            grid.append(c)
            if k % 2 == 0:
                grid.append(
                    '<div class=" visible-lg-block d-xl-block d-lg-block" style="clear:both;"></div>'
                )
        content = f"""<div class=" com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<article class="ttr_post list">
<div class="ttr_post_content_inner">
<div class="ttr_post_inner_box">
<h2 class="ttr_post_title">
<span class="subheading-category">{CAT}</span>
</h2>
</div>
</div>
</article>
<div class="row">
{chr(10).join(grid)}
</div>
{self.pagination(n)}
</div>"""
        canon = CAT_PATH if n == 1 else f"{CAT_PATH}?start={PER * (n - 1)}"
        head = (
            f'<link href="{canon}" rel="canonical" />\n'
            f'<link href="{CAT_PATH}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{CAT}">\n'
            f'<link href="{CAT_PATH}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="{CAT}">'
        )
        return self.html_response(
            self.shell(f"{CAT} - {OFFICE}", content, head=head, crumbs=self.crumbs(None))
        )

    # ------------------------------------------------------------------ article
    def article_html(self, a, base, *, text=None) -> str:
        url = f"{base}{a.path}"
        body = self.text_html(a) if text is None else text
        after = "" if text is not None else self.share_html(a, url) + "\n" + self.pagenav(a)
        return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<article class="ttr_post">
<div class="ttr_post_content_inner">
<div class="ttr_post_inner_box">
<h2 class="ttr_post_title">
{esc(a.title)}
</h2>
</div>
</div>
<div class="ttr_article">
<div class="postedon">
{self.info_block(a)}
</div>
{self.tags_html(a)}
<div class="postcontent">
{body}
<div style="clear:both;"></div>
{after}
</div>
</div>
</article>
</div>"""

    def render_article(self, a, base):
        url = f"{base}{a.path}"
        desc = esc(a.paras[0][:150])
        head = f"""<meta name="author" content="{esc(a.extra["editor"])}">
<meta name="description" content="{desc}">
<link href="{url}" rel="canonical" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
<meta property="og:url" content="{url}" />"""
        return self.html_response(
            self.shell(
                f"{a.title} - {OFFICE}",
                self.article_html(a, base),
                head=head,
                body_class=f"{a.extra['alias']} blog-wp",
                crumbs=self.crumbs(a.title),
                related=self.related(a),
            )
        )

    def render_deleted(self, base):
        s = self.deleted_stub()
        return self.html_response(
            self.shell(
                f"{s.title} - {OFFICE}",
                self.article_html(s, base, text="<p>&nbsp;</p>"),
                head=f'<link href="{base}{s.path}" rel="canonical" />',
                body_class=f"{self.deleted_alias} blog-wp",
                crumbs=self.crumbs(s.title),
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path.rstrip("/") in ("", "/index.php"):
            return self.html_response(
                self.shell(OFFICE, "<p>ยินดีต้อนรับ</p>", crumbs=""),
            )
        if path == CAT_PATH:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.render_list(int(start) // PER + 1)
        m = re.fullmatch(re.escape(CAT_PATH) + r"/(\d+)-([\w-]+)", path)
        if not m:
            return None
        aid = int(m[1])
        if aid == DELETED_ID and m[2] == self.deleted_alias:
            return self.render_deleted(base)
        a = self.by_id.get(aid)
        if not a or a.extra["alias"] != m[2]:
            return None
        return self.render_article(a, base)

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            text = self.text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                INFO,
                f"เขียนโดย {a.extra['editor']}",
                f"หมวด: {CAT}",
                SHARE,
                LATEST,
                RELATED,
                VISITORS,
                COOKIE,
                COOKIE_OK,
                FOOTER,
                DESIGNED,
                "คุณอยู่ที่:",
                "authoricon",
                "dateicon",
            ]
            if not a.extra["hidden"]:
                must_not.append(f"เผยแพร่: {lc3(a.published)}")
            if a.extra["hits"]:
                must_not.append(f"ฮิต: {a.views}")
            if a.extra["figure"]:
                must_not.append(self.caption(a))
            if a.extra["gallery"]:
                must_not.append(f"{GALLERY_HEAD} 1")
            if a.extra["attach"]:
                must_not.append(f"{ATTACH} (PDF)")
            must_not += [f"{PREV_LABEL}: {newer.title}" if newer else ""]
            must_not += [f"{NEXT_LABEL}: {older.title}" if older else ""]
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in self.articles[:5] if x.title != a.title]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s and s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not, modified=False)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = TemplateToasterSite()

if __name__ == "__main__":
    main(SITE)
