"""Blind-64 red-team site (part A): a provincial natural resources and environment office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน-like, 2023-2025) on **Joomla 3.10 + K2 2.11 with
K2's own `default` sub-templates (no template override)** inside a Thai web vendor's Bootstrap 3
page template (`/templates/gov_green/`), with what such offices install: Simple Image Gallery
through K2's gallery tab, a visitor counter, mod_k2_content, mod_k2_tools' calendar, a PDPA
cookie bar. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): K2's item layout as kept in a public site
repository (`purity_iii/html/com_k2/templates/default/item.php`, K2 2.7): `div#k2Container.itemView`,
`itemHeader` with `h2.itemTitle`, the toolbar, `itemBody` with `itemImageBlock`
(`itemImageCaption`, `itemImageCredits`), `itemIntroText` / `itemFullText`, `itemContentFooter`
with `itemHits` ("K2_READ <b>N</b> K2_TIMES") and `itemDateModified` (printed only when
`modified` is not the null date), `itemLinks` (`itemCategory`, `itemTagsBlock`,
`itemAttachmentsBlock` with a download counter), `itemRelated` "by tag", `itemImageGallery`,
`itemNavigation` with the neighbours' titles; K2's category and tag layouts (`itemListView`,
`k2Pagination` with the pages links and counter). From memory: the stock default item.php puts
`span.itemDateCreated` and `span.itemAuthor` inside `itemHeader`, the social-sharing row and
back-to-top link; the category item (`catItemView`, `catItemHeader`, `catItemDateCreated`,
`catItemIntroText`, `catItemHitsBlock`, `catItemReadMore` `a.k2ReadMore`), leading / primary /
links groups; Joomla 3's pagination list and "หน้า 1 จาก 3"; K2 SEF `/<menu>/item/<id>-<alias>`
with Unicode aliases; the Thai K2 strings. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- K2 category menu item `/news`, `?start=9`, `?start=18` (one leading item, six primary in two
  columns, two links a page); items `/news/item/<id>-<alias>` where Joomla's Unicode aliases
  keep the Thai words (percent-encoded) and one editor types `lpn-tnr-68-014`;
- the language override prints K2's LC2 as "วันพุธที่ 12 มีนาคม 2568 เวลา 10:30 น." (weekday,
  full month, BE, time) for the created date and "แก้ไขล่าสุดเมื่อ …" on edited items only;
  "อ่าน N ครั้ง" on every item; "เขียนโดย <name>";
- three editors: the PR desk (K2 item image with caption and credit, `&nbsp;`-indented JCE
  paragraphs, a gallery from the gallery tab), the admin (plain paragraphs, no readmore),
  and **the quirk: one officer pastes from Microsoft Word** (`p.MsoNormal` with TH SarabunPSK
  spans, `<o:p>` and a Word conditional comment left in the text), with K2 attachments;
  sources "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned office line, or none;
- tags with "เนื้อหาที่เกี่ยวข้อง (ตามแท็ก)", "เพิ่มเติมในหมวดหมู่นี้:" navigation, font-size
  toolbar, print / e-mail, tweet / like row, breadcrumbs, "ข่าวล่าสุด", a news calendar,
  "สถิติผู้เข้าชม", agency banners, footer address, PDPA bar;
- deleted item (linked from page 2): the vendor template's error page "ไม่พบรายการ" answered
  with status 200 (its `error.php` reuses the page shell and sends no error status).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import MONTHS, TZ, WEEKDAYS, BaseSite, esc, expected_record, main, qs1
from .b63a_common import build, keep_furniture, text_of

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"
SHORT = "ทสจ.ลำพูน"
MENU = "/news"
CAT = "ข่าวประชาสัมพันธ์"
TPL = "/templates/gov_green"
PER = 9
EDITORS = {0: "งานประชาสัมพันธ์ ทสจ.ลำพูน", 1: "วนิดา ศรีวงค์", 2: "ผู้ดูแลระบบ"}
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานประชาสัมพันธ์ ทสจ.ลำพูน"),
    ("ที่มา", "ส่วนทรัพยากรธรรมชาติ สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"),
    None,
    ("signoff", "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"),
    ("เรียบเรียง", "ฝ่ายอำนวยการ ทสจ.ลำพูน"),
    ("ข่าว", "ส่วนสิ่งแวดล้อม ทสจ.ลำพูน"),
]
TAGS = ["ป่าไม้", "ขยะมูลฝอย", "หมอกควัน", "ทรัพยากรน้ำ", "ลำพูน"]
CAPTIONS = [
    "บรรยากาศการประชุมคณะทำงาน",
    "ผู้เข้าร่วมกิจกรรมรับฟังการชี้แจง",
    "ภาพบรรยากาศภายในงาน",
]
CREDIT = "ภาพ : งานประชาสัมพันธ์ ทสจ.ลำพูน"
READ_MORE = "อ่านต่อ..."
RELATED = "เนื้อหาที่เกี่ยวข้อง (ตามแท็ก)"
MORE_IN_CAT = "เพิ่มเติมในหมวดหมู่นี้:"
GALLERY = "แกลเลอรี่ภาพ"
ATTACH = "ดาวน์โหลดไฟล์แนบ"
PUBLISHED_IN = "เผยแพร่ใน"
TAGGED = "แท็ก"
FONT = "ขนาดตัวอักษร"
LATEST = "ข่าวล่าสุด"
CALENDAR = "ปฏิทินข่าว"
VISITORS = "สถิติผู้เข้าชม"
LINKS = "ลิงก์หน่วยงาน"
BACK_TOP = "กลับไปด้านบน"
BREAD = "คุณอยู่ที่นี่:"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ตามพระราชบัญญัติคุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562"
FOOTER = "ศาลากลางจังหวัดลำพูน ชั้น 3 ถนนวังขวา ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
NOT_FOUND = "ไม่พบรายการ"
NOT_FOUND_MORE = "ขออภัย ไม่พบหน้าที่ท่านต้องการ รายการนี้อาจถูกลบหรือย้ายไปแล้ว"
WORD_COMMENT = (
    "<!--[if gte mso 9]><xml> <w:WordDocument> <w:View>Normal</w:View> <w:Zoom>0</w:Zoom> "
    "<w:TrackMoves/> <w:TrackFormatting/> <w:PunctuationKerning/> <w:ValidateAgainstSchemas/> "
    "<w:LidThemeComplexScript>TH</w:LidThemeComplexScript> </w:WordDocument> </xml><![endif]-->"
)


def lc2(d: dt.datetime) -> str:
    """The office's override of K2_DATE_FORMAT_LC2: weekday, full month, BE year, time."""
    return (
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d:%H:%M} น."
    )


def unicode_alias(title: str) -> str:
    """Joomla's Unicode slug: punctuation and spaces to dashes, lower case, Thai kept."""
    t = re.sub(r"[\s\"'“”‘’()\[\]:;,.!?/|&%#+=*<>]+", "-", title.lower())
    return re.sub(r"-{2,}", "-", t).strip("-")


class K2NatResSite(BaseSite):
    key = "b64_k2_default_natres_office"
    family = "k2"
    imitates = (
        "provincial natural resources and environment office on Joomla 3.10 + K2 2.11 with "
        "K2's default item / category layouts in a Thai vendor's Bootstrap 3 template (LC2 "
        "BE dates with time, hits, modified on edited items, tags, related by tag, gallery, "
        "attachments, navigation); one officer's Word-pasted items"
    )
    listing_path = MENU

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2025, 6, 18, 16, 0, tzinfo=TZ), offset=17)
        for i, a in enumerate(arts):
            if i >= 10:  # the older items spread over 2023-2024
                back = dt.timedelta(days=29 * (i - 9) + 4 * (i % 3))
                a.published -= back
                if a.modified:
                    a.modified -= back
            a.id = 2186 - i * 4 - (i % 2)
            ed = 1 if i % 4 == 1 else (2 if i % 5 == 3 else 0)
            a.extra["ed"] = ed
            a.time_printed = True
            if ed == 0 and i % 3 == 0:
                yy = (a.published.year + 543) % 100
                a.extra["alias"] = f"lpn-tnr-{yy}-{60 - i:03d}"
            else:
                a.extra["alias"] = unicode_alias(a.title)
            a.path = f"{MENU}/item/{a.id}-{quote(a.extra['alias'], safe='-')}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)] if i % 3 != 2 else []
            a.extra["gallery"] = ed == 0 and i % 2 == 0
            a.extra["image"] = ed == 0
            a.extra["attach"] = ed == 1
            a.extra["caption"] = CAPTIONS[i % len(CAPTIONS)]
            a.extra["readmore"] = ed != 2
        self.articles = arts
        pages = [arts[k : k + PER] for k in range(0, len(arts), PER)]
        assert len(pages) == 3
        self.pages = pages
        # the trashed item, between rows 5 and 6 of page 2
        after = pages[1][5]
        self.gone_id = after.id + 2
        self.gone_title = "ประชาสัมพันธ์การรับสมัครอาสาสมัครพิทักษ์ทรัพยากรธรรมชาติ (ทสม.) ประจำปี 2567"
        self.gone_when = after.published + dt.timedelta(hours=3, minutes=11)
        self.gone_path = (
            f"{MENU}/item/{self.gone_id}-{quote(unicode_alias(self.gone_title), safe='-')}"
        )
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.gone_path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={PER * k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.gone_path]

    def neighbours(self, a):
        i = self.articles.index(a)
        # K2 orders the category newest first; "previous" is the newer item
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        if not a.tags:
            return []
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:5]

    # ------------------------------------------------------------------ shell
    def module(self, title, inner, sfx=""):
        head = f'<h3 class="module-title">{title}</h3>' if title else ""
        return (
            f'<div class="moduletable{sfx}">{head}<div class="module-content">{inner}</div></div>'
        )

    def calendar(self):
        d = self.articles[0].published
        first = d.replace(day=1)
        days = ["อา.", "จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส."]
        head = "".join(f'<td class="calendarDayName">{x}</td>' for x in days)
        lead = (first.weekday() + 1) % 7
        cells = ['<td class="calendarDateEmpty">&nbsp;</td>'] * lead
        post_days = {
            a.published.day
            for a in self.articles
            if a.published.month == d.month and a.published.year == d.year
        }
        for day in range(1, 31):
            if day in post_days:
                cells.append(
                    f'<td class="calendarDateLinked"><a href="{MENU}/itemlist/date/{d.year}/{d.month}/{day}">{day}</a></td>'
                )
            else:
                cells.append(f'<td class="calendarDate">{day}</td>')
        rows = "".join(
            "<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7)
        )
        return (
            '<div class="k2CalendarBlock"><table class="calendar"><tr>'
            f'<td class="calendarNavMonthPrev"><a class="calendarNavLink" href="/index.php?option=com_k2&amp;view=itemlist&amp;task=calendar&amp;month={d.month - 1}&amp;year={d.year}">&laquo;</a></td>'
            f'<td class="calendarCurrentMonth" colspan="5">{MONTHS[d.month - 1]} {d.year}</td>'
            f'<td class="calendarNavMonthNext"><a class="calendarNavLink" href="/index.php?option=com_k2&amp;view=itemlist&amp;task=calendar&amp;month={d.month + 1}&amp;year={d.year}">&raquo;</a></td>'
            f"</tr><tr>{head}</tr>{rows}</table></div>"
        )

    def shell(self, title, component, *, crumbs, body_class):
        latest = "".join(
            f'<li class="{"even" if k % 2 else "odd"}"><a class="moduleItemTitle" href="{x.path}">{esc(x.title)}</a><div class="clr"></div></li>'
            for k, x in enumerate(self.articles[:5])
        )
        latest = f'<div id="k2ModuleBox121" class="k2ItemsBlock"><ul>{latest}<li class="clearList"></li></ul></div>'
        counter = (
            '<div class="vcounter"><ul class="list-unstyled">'
            '<li><i class="fa fa-user"></i> วันนี้ <span class="pull-right">๑๒๘</span></li>'
            '<li><i class="fa fa-user"></i> เมื่อวาน <span class="pull-right">๓๐๖</span></li>'
            '<li><i class="fa fa-users"></i> เดือนนี้ <span class="pull-right">๕,๒๑๔</span></li>'
            '<li><i class="fa fa-users"></i> ทั้งหมด <span class="pull-right">๔๑๘,๐๗๒</span></li>'
            '</ul><p class="vcounter-since">เริ่มนับ 1 ตุลาคม 2560</p></div>'
        )
        banners = (
            '<div class="bannergroup">'
            '<div class="banneritem"><a href="https://www.mnre.go.th/" target="_blank" title="กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"><img src="/images/banners/mnre.png" alt="กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม" /></a></div>'
            '<div class="banneritem"><a href="https://www.onep.go.th/" target="_blank" title="สผ."><img src="/images/banners/onep.png" alt="สำนักงานนโยบายและแผนทรัพยากรธรรมชาติและสิ่งแวดล้อม" /></a></div>'
            '<div class="banneritem"><a href="https://www.lamphun.go.th/" target="_blank" title="จังหวัดลำพูน"><img src="/images/banners/lamphun.png" alt="จังหวัดลำพูน" /></a></div>'
            "</div>"
        )
        crumb_html = "".join(
            (
                f'<li><a href="{h}" class="pathway">{esc(t)}</a><span class="divider">&raquo;</span></li>'
                if h
                else f'<li class="active"><span>{esc(t)}</span></li>'
            )
            for t, h in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="keywords" content="ทสจ.ลำพูน, ทรัพยากรธรรมชาติ, สิ่งแวดล้อม, ลำพูน" />
<meta name="description" content="{OFFICE}" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="/templates/gov_green/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/k2/assets/css/k2.fonts.css?v=2.11.20230505" rel="stylesheet" />
<link href="/components/com_k2/css/k2.css?v=2.11.20230505" rel="stylesheet" />
<link href="/plugins/content/jw_sig/jw_sig/includes/js/jquery_fancybox/fancybox/jquery.fancybox.css?v=2.1.5" rel="stylesheet" />
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet" />
<link href="{TPL}/css/font-awesome.min.css" rel="stylesheet" />
<link href="{TPL}/css/template.css?v=3.2" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?5b3f2c"></script>
<script src="/media/jui/js/jquery-noconflict.js?5b3f2c"></script>
<script src="/media/jui/js/jquery-migrate.min.js?5b3f2c"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20230505&amp;sitepath=/"></script>
<script src="{TPL}/js/bootstrap.min.js"></script>
<script src="{TPL}/js/template.js"></script>
</head>
<body class="{body_class}">
<div id="fb-root"></div>
<div class="topbar hidden-xs"><div class="container">
<span class="topbar-phone"><i class="fa fa-phone"></i> 0 5351 1250</span>
<span class="topbar-mail"><i class="fa fa-envelope"></i> lamphun@mnre.go.th</span>
<div class="topbar-font pull-right"><span>{FONT}</span> <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a></div>
</div></div>
<header class="site-header"><div class="container"><div class="row">
<div class="col-md-8 logo"><a href="/"><img src="{TPL}/images/logo.png" alt="{OFFICE}" /></a>
<div class="site-name"><span class="site-name-th">{OFFICE}</span><span class="site-name-en">Lamphun Provincial Office of Natural Resources and Environment</span></div></div>
<div class="col-md-4 header-search"><form action="/index.php" method="post" class="form-inline"><input name="searchword" maxlength="200" class="form-control" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</div></div></header>
<nav class="navbar navbar-default mainmenu"><div class="container">
<ul class="nav navbar-nav menu">
<li class="item-101"><a href="/">หน้าแรก</a></li>
<li class="item-110 parent"><a href="/about">เกี่ยวกับหน่วยงาน</a></li>
<li class="item-112 current active"><a href="{MENU}">{CAT}</a></li>
<li class="item-113"><a href="/activity">ข่าวกิจกรรม</a></li>
<li class="item-114"><a href="/procurement">จัดซื้อจัดจ้าง</a></li>
<li class="item-115"><a href="/oit">ITA / OIT</a></li>
<li class="item-116"><a href="/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="breadcrumbs-wrap"><div class="container">
<ul class="breadcrumb"><li class="active">{BREAD}&nbsp;</li>{crumb_html}</ul>
</div></div>
<div id="main" class="container"><div class="row">
<div id="content" class="col-md-9">
<div id="system-message-container">
	</div>

{component}
</div>
<aside id="sidebar" class="col-md-3">
{self.module(LATEST, latest, " k2news")}
{self.module(CALENDAR, self.calendar(), " k2calendar")}
{self.module(VISITORS, counter)}
{self.module(LINKS, banners, " banners")}
</aside>
</div></div>
<footer class="site-footer"><div class="container"><div class="row">
<div class="col-md-8"><p><strong>{OFFICE}</strong><br />{FOOTER}<br />โทรศัพท์ 0 5351 1250 โทรสาร 0 5351 1251</p></div>
<div class="col-md-4 text-right"><p>Copyright &copy; 2568 {SHORT} All rights reserved.</p><p class="designby">ออกแบบและพัฒนาโดย บริษัท กรีนเว็บดีไซน์ จำกัด</p></div>
</div></div></footer>
<div id="pdpa-consent" class="pdpa-bar" style="display:none"><div class="container"><p>{PDPA} <a href="/privacy-policy">นโยบายความเป็นส่วนตัว</a></p><button type="button" class="btn btn-success pdpa-accept">ยอมรับทั้งหมด</button> <button type="button" class="btn btn-default pdpa-setting">ตั้งค่าคุกกี้</button></div></div>
<script src="{TPL}/js/pdpa.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def img(self, a, size):
        h = f"{a.id * 7919 % 0xFFFFFFFF:08x}{a.id * 104729 % 0xFFFFFFFF:08x}"
        return f"/media/k2/items/cache/{h}{h[:16]}_{size}.jpg"

    def para(self, a, p):
        ed = a.extra["ed"]
        if ed == 0:
            return (
                f'<p style="text-align: justify;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>'
            )
        if ed == 1:
            return (
                '<p class="MsoNormal" style="text-align: justify; text-indent: 36.0pt;">'
                f'<span lang="TH" style="font-size: 16.0pt; font-family: \'TH SarabunPSK\', sans-serif;">{esc(p)}</span>'
                "<span style=\"font-size: 16.0pt; font-family: 'TH SarabunPSK', sans-serif;\"><o:p></o:p></span></p>"
            )
        return f"<p>{esc(p)}</p>"

    def source_html(self, a):
        if not a.source:
            return ""
        label = a.extra["label"]
        if label == "signoff":
            return f'<p style="text-align: right;">{esc(a.source)}</p>'
        if a.extra["ed"] == 1:
            return (
                '<p class="MsoNormal" style="text-align: justify;">'
                f'<span lang="TH" style="font-size: 16.0pt; font-family: \'TH SarabunPSK\', sans-serif;">{esc(label)} : {esc(a.source)}<o:p></o:p></span></p>'
            )
        if a.extra["ed"] == 0:
            return f"<p><strong>{esc(label)} :</strong> {esc(a.source)}</p>"
        return f"<p>{esc(label)} : {esc(a.source)}</p>"

    def intro_full(self, a):
        paras = [self.para(a, p) for p in a.paras]
        pre = WORD_COMMENT + "\n" if a.extra["ed"] == 1 else ""
        if a.extra["readmore"]:
            intro = pre + paras[0]
            full = "\n".join(paras[1:] + [self.source_html(a)])
        else:
            intro = ""
            full = "\n".join(paras + [self.source_html(a)])
        return intro, full

    def list_intro(self, a):
        if a.extra["readmore"]:
            return self.intro_full(a)[0]
        # K2's intro word limit on an item without a readmore: the text cut at 20 words
        words = a.paras[0].split(" ")
        return (
            f"<p>{esc(' '.join(words[:20]))}...</p>"
            if len(words) > 20
            else f"<p>{esc(a.paras[0])}</p>"
        )

    # ------------------------------------------------------------------ listing
    def cat_item(self, a, group):
        img = ""
        if a.extra["image"]:
            img = (
                '<div class="catItemImageBlock"><span class="catItemImage">'
                f'<a href="{a.path}" title="{esc(a.title)}"><img src="{self.img(a, "S")}" alt="{esc(a.title)}" style="width:260px; height:auto;" /></a>'
                '</span><div class="clr"></div></div>'
            )
        return f"""<!-- Start K2 Item Layout -->
<div class="catItemView group{group}">
	<div class="catItemHeader">
		<span class="catItemDateCreated">{lc2(a.published)}</span>
		<h3 class="catItemTitle"><a href="{a.path}">{esc(a.title)}</a></h3>
	</div>
	<div class="catItemBody">
		{img}
		<div class="catItemIntroText">
			{self.list_intro(a)}
		</div>
		<div class="clr"></div>
	</div>
	<div class="clr"></div>
	<div class="catItemHitsBlock"><span class="catItemHits">อ่าน <b>{a.views}</b> ครั้ง</span></div>
	<div class="clr"></div>
	<div class="catItemReadMore"><a class="k2ReadMore" href="{a.path}">{READ_MORE}</a></div>
	<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->"""

    def gone_link(self):
        return f'<li><a href="{self.gone_path}">{esc(self.gone_title)}</a></li>'

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return MENU if k == 1 else f"{MENU}?start={PER * (k - 1)}"

        lis = []
        if n > 1:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{href(1)}" class="hasTooltip pagenav">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li><a title="ก่อนหน้า" href="{href(n - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                lis.append(f'<li class="active hidden-phone"><a>{k}</a></li>')
            else:
                lis.append(
                    f'<li class="hidden-phone"><a title="{k}" href="{href(k)}" class="hasTooltip pagenav">{k}</a></li>'
                )
        if n < total:
            lis.append(
                f'<li><a title="ถัดไป" href="{href(n + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>'
            )
            lis.append(
                f'<li><a title="สุดท้าย" href="{href(total)}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        return (
            '<div class="k2Pagination">\n<ul class="pagination-list">'
            + "".join(lis)
            + f'</ul>\n<div class="clr"></div>\nหน้า {n} จาก {total}\n</div>'
        )

    def render_list(self, n):
        items = self.pages[n - 1]
        lead, primary, links = items[:1], items[1:7], items[7:]
        lead_html = "".join(
            f'<div class="itemContainer itemContainerLast" style="width:100.0%;">{self.cat_item(a, "Leading")}</div>'
            for a in lead
        )
        prim = []
        for k, a in enumerate(primary):
            last = " itemContainerLast" if k % 2 == 1 else ""
            prim.append(
                f'<div class="itemContainer{last}" style="width:50.0%;">{self.cat_item(a, "Primary")}</div>'
            )
            if k % 2 == 1:
                prim.append('<div class="clr"></div>')
        link_lis = [f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in links]
        if n == 2:
            link_lis.insert(0, self.gone_link())
        comp = f"""<!-- Start K2 Category Layout -->
<div id="k2Container" class="itemListView">
	<div class="itemListCategoriesBlock">
		<div class="itemListCategory">
			<h2>{CAT}</h2>
			<p>ข่าวสารและกิจกรรมของ{OFFICE}</p>
			<div class="clr"></div>
		</div>
	</div>
	<div class="itemList">
		<div id="itemListLeading">
{lead_html}
		<div class="clr"></div>
		</div>
		<div id="itemListPrimary">
{chr(10).join(prim)}
		<div class="clr"></div>
		</div>
		<div id="itemListLinks">
			<h4>รายการเพิ่มเติม...</h4>
			<ul>{"".join(link_lis)}</ul>
		</div>
	</div>
	{self.pagination(n)}
</div>
<!-- End K2 Category Layout -->"""
        title = f"{CAT} - {SHORT}"
        return self.html_response(
            self.shell(
                title,
                comp,
                crumbs=[("หน้าแรก", "/"), (CAT, None)],
                body_class="site com_k2 view-itemlist task-category itemid-112",
            )
        )

    # ------------------------------------------------------------------ item
    def item_html(self, a, base):
        prev, nxt = self.neighbours(a)
        intro, full = self.intro_full(a)
        url = f"{base}{a.path}"
        img = ""
        if a.extra["image"]:
            img = f"""<div class="itemImageBlock">
			<span class="itemImage">
				<a data-k2-modal="image" href="{self.img(a, "XL")}" title="คลิกเพื่อดูภาพตัวอย่าง">
					<img src="{self.img(a, "L")}" alt="{esc(a.extra["caption"])}" style="width:600px; height:auto;" />
				</a>
			</span>
			<span class="itemImageCaption">{esc(a.extra["caption"])}</span>
			<span class="itemImageCredits">{CREDIT}</span>
			<div class="clr"></div>
		</div>"""
        text = (
            f'<div class="itemIntroText">\n{intro}\n</div>\n<div class="itemFullText">\n{full}\n</div>'
            if intro
            else f'<div class="itemFullText">\n{full}\n</div>'
        )
        modified = ""
        if a.modified:
            modified = f'<span class="itemDateModified">แก้ไขล่าสุดเมื่อ {lc2(a.modified)}</span>'
        tags = ""
        if a.tags:
            lis = "".join(
                f'<li><a href="/news/itemlist/tag/{quote(t)}">{esc(t)}</a></li>' for t in a.tags
            )
            tags = f'<div class="itemTagsBlock"><span>{TAGGED}</span><ul class="itemTags">{lis}</ul><div class="clr"></div></div>'
        attach = ""
        if a.extra["attach"]:
            y = a.published.year + 543
            name = f"หนังสือแจ้ง ทสจ.ลพ {a.id % 1000:03d}-{y}.pdf"
            attach = (
                f'<div class="itemAttachmentsBlock"><span>{ATTACH}</span><ul class="itemAttachments">'
                f'<li><a title="{esc(name)}" href="/news/item/download/{a.id * 3 + 1}_{a.id:x}a91c">{esc(name)}</a> <span>({a.id % 37 + 3} ดาวน์โหลด)</span></li>'
                "</ul></div>"
            )
        rel = ""
        rels = self.related(a)
        if rels:
            lis = "".join(
                f'<li class="{"odd" if k % 2 else "even"}"><a class="itemRelTitle" href="{x.path}">{esc(x.title)}</a></li>'
                for k, x in enumerate(rels)
            )
            rel = f'<div class="itemRelated"><h3>{RELATED}</h3><ul>{lis}<li class="clr"></li></ul><div class="clr"></div></div>'
        gal = ""
        if a.extra["gallery"]:
            folder = f"/media/k2/galleries/{a.id}"
            lis = "".join(
                f'<li><span class="sigFreeLinkWrapper"><a href="{folder}/{k:02d}.jpg" class="sigFreeLink" title="" data-fancybox="gallery{a.id}"><img class="sigFreeImg" src="/plugins/content/jw_sig/jw_sig/includes/images/transparent.gif" alt="{k:02d}.jpg" title="" style="width:180px;height:135px;background-image:url(\'/cache/jw_sig/jw_sig_cache_{a.id}_{k:02d}.jpg\');" /></a></span></li>'
                for k in range(1, 9)
            )
            gal = (
                '<a name="itemImageGalleryAnchor" id="itemImageGalleryAnchor"></a>\n'
                f'<div class="itemImageGallery"><h3>{GALLERY}</h3>'
                f'<ul id="sigFreeId{a.id}" class="sigFreeContainer sigFreeClassic">{lis}<li class="sigFreeClear">&nbsp;</li></ul></div>'
            )
        nav = f'<div class="itemNavigation"><span class="itemNavigationTitle">{MORE_IN_CAT}</span>'
        if prev:
            nav += f' <a class="itemPrevious" href="{prev.path}">&laquo; {esc(prev.title)}</a>'
        if nxt:
            nav += f' <a class="itemNext" href="{nxt.path}">{esc(nxt.title)} &raquo;</a>'
        nav += "</div>"
        return f"""<!-- Start K2 Item Layout -->
<span id="startOfPageId{a.id}"></span>

<div id="k2Container" class="itemView">

	<div class="itemHeader">
		<!-- Date created -->
		<span class="itemDateCreated">{lc2(a.published)}</span>
		<!-- Item title -->
		<h2 class="itemTitle">{esc(a.title)}</h2>
		<!-- Item Author -->
		<span class="itemAuthor">เขียนโดย <a rel="author" href="/news/itemlist/user/{40 + a.extra["ed"]}">{esc(EDITORS[a.extra["ed"]])}</a></span>
	</div>

	<div class="itemToolbar">
		<ul>
			<li>
				<span class="itemTextResizerTitle">{FONT}</span>
				<a href="#" id="fontDecrease"><span>ลดขนาดตัวอักษร</span></a>
				<a href="#" id="fontIncrease"><span>เพิ่มขนาดตัวอักษร</span></a>
			</li>
			<li><a class="itemPrintLink" rel="nofollow" href="{a.path}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600,location=no,menubar=no,resizable=yes,scrollbars=yes'); return false;"><span>พิมพ์</span></a></li>
			<li><a class="itemEmailLink" rel="nofollow" href="/component/mailto/?tmpl=component&amp;template=gov_green&amp;link={a.id}a7f" onclick="window.open(this.href,'emailWindow','width=400,height=350,location=no,menubar=no,resizable=no,scrollbars=no'); return false;"><span>อีเมล</span></a></li>
		</ul>
		<div class="clr"></div>
	</div>

	<div class="itemBody">
		{img}
		{text}
		<div class="clr"></div>
		<div class="itemContentFooter">
			<span class="itemHits">อ่าน <b>{a.views}</b> ครั้ง</span>
			{modified}
			<div class="clr"></div>
		</div>
		<div class="clr"></div>
	</div>

	<div class="itemSocialSharing">
		<div class="itemTwitterButton"><a href="https://twitter.com/share" class="twitter-share-button" data-url="{url}" data-count="horizontal">ทวีต</a></div>
		<div class="itemFacebookButton"><div class="fb-like" data-href="{url}" data-width="160" data-layout="button_count" data-action="like" data-show-faces="false" data-share="true"></div></div>
		<div class="clr"></div>
	</div>

	<div class="itemLinks">
		<div class="itemCategory"><span>{PUBLISHED_IN}</span> <a href="{MENU}">{CAT}</a></div>
		{tags}
		{attach}
		<div class="clr"></div>
	</div>

	{rel}
	<div class="clr"></div>

	{gal}

	{nav}

	<div class="itemBackToTop"><a class="k2Anchor" href="{a.path}#startOfPageId{a.id}">{BACK_TOP}</a></div>
	<div class="clr"></div>
</div>
<!-- End K2 Item Layout -->"""

    def render_item(self, a, base):
        return self.html_response(
            self.shell(
                f"{a.title} - {SHORT}",
                self.item_html(a, base),
                crumbs=[("หน้าแรก", "/"), (CAT, MENU), (a.title, None)],
                body_class="site com_k2 view-item itemid-112",
            )
        )

    def render_gone(self):
        comp = f"""<div class="error-page">
<div class="alert alert-warning"><h2 class="error-code">{NOT_FOUND}</h2>
<p>{NOT_FOUND_MORE}</p></div>
<p><a class="btn btn-success" href="/">กลับหน้าแรก</a> <a class="btn btn-default" href="{MENU}">{CAT}</a></p>
</div>"""
        return self.html_response(
            self.shell(
                f"ไม่พบรายการ - {SHORT}",
                comp,
                crumbs=[("หน้าแรก", "/"), (NOT_FOUND, None)],
                body_class="site error-page",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 303, {"Location": f"{base}{MENU}"}, b""
        if path == MENU:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER:
                return None
            n = int(start) // PER + 1
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        if path == self.gone_path:
            return self.render_gone()
        for a in self.articles:
            if path == a.path:
                return self.render_item(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            page = self.render_item(a, "http://127.0.0.1")[2].decode("utf-8")
            text = text_of(page)
            prev, nxt = self.neighbours(a)
            cands = [
                lc2(a.published),
                f"เขียนโดย {EDITORS[a.extra['ed']]}",
                f"อ่าน {a.views} ครั้ง",
                f"{PUBLISHED_IN} {CAT}",
                RELATED,
                MORE_IN_CAT,
                GALLERY,
                ATTACH,
                FONT,
                "ลดขนาดตัวอักษร",
                LATEST,
                CALENDAR,
                VISITORS,
                LINKS,
                BACK_TOP,
                PDPA,
                FOOTER,
                "ออกแบบและพัฒนาโดย บริษัท กรีนเว็บดีไซน์ จำกัด",
                "ทวีต",
                CREDIT,
                a.extra["caption"] if a.extra["image"] else "",
                "ดาวน์โหลด)",
            ]
            if a.modified:
                cands.append(f"แก้ไขล่าสุดเมื่อ {lc2(a.modified)}")
            cands += [x.title for x in (prev, nxt) if x]
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, must_not=keep_furniture(cands, text, a))
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = K2NatResSite()

if __name__ == "__main__":
    main(SITE)
