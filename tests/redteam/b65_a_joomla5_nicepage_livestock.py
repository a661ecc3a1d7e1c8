"""Blind-65 red-team site (part A): a provincial livestock office's news (สำนักงานปศุสัตว์จังหวัด
สุพรรณบุรี-like, 2024-2025) on **Joomla 5.1 com_content under a template exported from Nicepage
6** (the desktop page builder's Joomla export, `/templates/suphan_dld/`), Thai language pack,
SEF URLs without rewriting, plus what such sites install: AddToAny, a breadcrumbs module, the
"Content - Email Cloaking" plugin left on (core), a custom visitor-count module and Nicepage's
own cookie-consent bar. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Nicepage-generated templates as kept in public
repositories: the post-details template (`section.u-section-1 > div.u-sheet`,
`<!--post_details-->` / `<!--blog_post-->` comment markers, `div.u-post-details >
div.u-container-layout`, `img.u-blog-control.u-image`, the header `h2/h3.u-blog-control.u-text`,
`div.u-blog-control.u-metadata` with `span.u-meta-date.u-meta-icon`, `span.u-meta-category`,
`span.u-meta-edit`, `div.u-post-content.u-text` with `fr-view`), a generated blog page
(`div.u-blog-post.u-container-style.u-repeater-item > div.u-container-layout.u-similar-container`,
`h4.u-blog-control > a.u-post-header-link`, metadata, `a.u-btn` read-more, the
`<!--blog_pagination_options_json-->` marker and `ul.responsive-style1.u-pagination.u-unstyled`
with `li.u-nav-item.u-pagination-item` / `a.u-button-style.u-nav-link`, "〈" / "〉" arrows), and
the Joomla export's category-blog override that feeds `$GLOBALS['theme_pagination_styles']` to
`$this->pagination->getPagesLinks()`; Joomla 4/5's `<joomla-hidden-mail>` element (attributes
`is-link`, `is-email`, `first`, `last`, `text` in base64, `base`). From memory: the Nicepage
header (`header.u-header`, `a.u-logo`, `nav.u-menu.u-offcanvas` with the menu printed twice,
once for the collapsed off-canvas), footer and `section.u-backlink`, the `u-cookies-consent`
section, the Nicepage `u-position` / `u-block` module chrome, Joomla's mod_breadcrumbs and
mod_articles_latest markup, `nav.pagenavigation` with visually-hidden neighbour titles,
AddToAny's container, the Thai pack's wording of the cloaking notice (approximate). No one's
code or text was copied.

What it imitates (an everyday office site; one quirk):
- blog `/index.php/news`, `?start=8`, `?start=16` (8 a page, Nicepage's card grid: picture,
  headline, date and category, the intro cut short, "อ่านเพิ่มเติม"); articles
  `/index.php/news/<id>-<alias>`, the alias Joomla made of a Thai title (the UTC save moment
  `2025-03-14-02-45-10`) or typed by one editor (`dld-spb-68-021`);
- `<title>` "headline - office"; the headline in `h2.u-blog-control` (the page has no `h1`);
  the metadata row prints the date alone ("14 มีนาคม 2025", Thai month, CE year) and the
  category; no hits, no modified date, no `time` element anywhere;
- two editors: the PR desk (JCE: a centred picture, then justified `&nbsp;`-indented
  paragraphs, a second picture at the end on some); an officer's plain paragraphs and a
  "ดาวน์โหลดเอกสาร (PDF)" link on some; sources "ข่าว/ภาพ :" (bold), "ที่มา :", "เรียบเรียง :",
  "ข่าว :", a right-aligned office line, or none; tags on some (`u-post-tags`); AddToAny
  "แชร์ :"; Joomla's prev / next with hidden titles; side column (Nicepage positions):
  "ข่าวล่าสุด", "ลิงก์หน่วยงาน", "สถิติผู้เข้าชม"; breadcrumbs ending in the headline; footer
  address; Nicepage backlink; cookie-consent bar;
- **the quirk: the Email Cloaking plugin.** Several texts end with a contact line naming an
  e-mail address ("สอบถามรายละเอียดเพิ่มเติม … หรืออีเมล …"). Joomla prints the address as a
  `<joomla-hidden-mail>` element whose only text, for a reader without JavaScript, is the
  notice "ที่อยู่อีเมลนี้ถูกป้องกันจากสแปมบอท คุณต้องเปิดใช้งาน JavaScript เพื่อดู" inside the
  paragraph (11 of 23);
- deleted item (linked from page 2): a duplicate the editor emptied and retitled "ข่าวซ้ำ
  (ลบ)" instead of trashing it: **200, the post template with that title, the date and an
  empty text**.

Judgement calls:
- `published_at`: the metadata date, a day (nothing on the page prints a time: no `time`
  element, no JSON-LD, no `article:published_time`). The intro cut on the listing and the
  corpus datelines inside the texts never decide.
- `modified_at`, `view_count`: null (the Nicepage template prints neither).
- `source`: the editor's last line (after the label, or the office alone right-aligned); null
  where none. The contact line is text, not a source.
- Tags: the `u-post-tags` links; the category in the metadata is a category.
- Body: `u-post-content` (AddToAny and the navigation follow it, outside). The contact line is
  neither required nor forbidden; **the cloaking notice is furniture** (in `body_must_not`: it
  is what a reader without JavaScript sees instead of the address, not what the editor wrote).
  "ดาวน์โหลดเอกสาร (PDF)", "แชร์ :", navigation labels and titles, latest titles, module titles,
  visitor counts, breadcrumbs "คุณอยู่ที่:", cookie text, backlink and footer address are in
  `body_must_not` (only those on that page and absent from the text).
"""

from __future__ import annotations

import base64
import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, qs1
from .b63a_common import build, keep_furniture, spread_back, text_of

OFFICE = "สำนักงานปศุสัตว์จังหวัดสุพรรณบุรี"
OFFICE_EN = "Suphanburi Provincial Livestock Office"
TPL = "/templates/suphan_dld"
MENU = "/index.php/news"
CAT = "ข่าวประชาสัมพันธ์"
PER = 8
EDITORS = ["ประชาสัมพันธ์ ปศจ.สพ.", "นันทนา ว."]
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานประชาสัมพันธ์ สำนักงานปศุสัตว์จังหวัดสุพรรณบุรี"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดสุพรรณบุรี"),
    ("signoff", "กลุ่มพัฒนาสุขภาพสัตว์ สำนักงานปศุสัตว์จังหวัดสุพรรณบุรี"),
    None,
    ("เรียบเรียง", "กลุ่มงานประชาสัมพันธ์ สำนักงานปศุสัตว์จังหวัดสุพรรณบุรี"),
    ("ข่าว", "กองสารวัตรและกักกัน กรมปศุสัตว์"),
]
TAGS = ["โรคลัมปีสกิน", "พิษสุนัขบ้า", "เกษตรกรผู้เลี้ยงสัตว์", "ธนาคารโค-กระบือ", "ปศุสัตว์ OK"]
CONTACTS = [
    ("กลุ่มพัฒนาสุขภาพสัตว์", "0 3552 2173", "health.spb", "dld.go.th"),
    ("กลุ่มส่งเสริมและพัฒนาการปศุสัตว์", "0 3552 2174", "pasusat_spb", "gmail.com"),
]
CLOAK = "ที่อยู่อีเมลนี้ถูกป้องกันจากสแปมบอท คุณต้องเปิดใช้งาน JavaScript เพื่อดู"
READ_MORE = "อ่านเพิ่มเติม"
SHARE = "แชร์ :"
DOWNLOAD = "ดาวน์โหลดเอกสาร (PDF)"
HERE_LBL = "คุณอยู่ที่:"
LATEST = "ข่าวล่าสุด"
LINKS = "ลิงก์หน่วยงาน"
STATS = "สถิติผู้เข้าชม"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
ADDRESS = "ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลสนามชัย อำเภอเมืองสุพรรณบุรี จังหวัดสุพรรณบุรี 72000"
GONE_TITLE = "ข่าวซ้ำ (ลบ)"
MENU_ITEMS = [
    ("หน้าแรก", "/"),
    ("เกี่ยวกับหน่วยงาน", "/index.php/about"),
    ("ข่าวประชาสัมพันธ์", MENU),
    ("ประกาศจัดซื้อจัดจ้าง", "/index.php/procurement"),
    ("ITA", "/index.php/ita"),
    ("ติดต่อเรา", "/index.php/contact"),
]


def th_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


class Entry:
    """A row of the category: an article, or the emptied duplicate."""

    def __init__(self, art=None, *, aid=0, title="", path="", when=None, author=0):
        self.art = art
        self.id = art.id if art else aid
        self.title = art.title if art else title
        self.path = art.path if art else path
        self.when = art.published if art else when
        self.author = art.extra["ed"] if art else author


class NicepageLivestockSite(BaseSite):
    key = "b65_a_joomla5_nicepage_livestock"
    family = "joomla"
    imitates = (
        "a provincial livestock office on Joomla 5.1 com_content under a Nicepage-exported "
        "template (u-* classes, post-details and blog-grid overrides, date-only metadata, no "
        "hits), SEF /index.php/ URLs, category blog ?start=N, AddToAny, breadcrumbs, the Email "
        "Cloaking plugin's notice inside contact lines, Nicepage cookie consent"
    )
    listing_path = MENU

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2025, 6, 27, 16, 30, tzinfo=TZ), offset=83)
        spread_back(arts, 9, 23)
        for i, a in enumerate(arts):
            a.id = 1890 - i * 11 - (i % 3)
            ed = 0 if i % 3 != 1 else 1
            a.extra["ed"] = ed
            a.time_printed = False
            a.modified = None
            a.views = None
            secs = (a.id * 7) % 60
            created_utc = (a.published - dt.timedelta(hours=7)).replace(second=secs)
            if ed == 1 and i % 2 == 0:
                alias = f"dld-spb-{(a.published.year + 543) % 100}-{50 - i:03d}"
            else:
                alias = created_utc.strftime("%Y-%m-%d-%H-%M-%S")
            a.path = f"{MENU}/{a.id}-{alias}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.extra["contact"] = CONTACTS[i % 2] if i % 3 != 2 and i % 5 in (0, 1, 3) else None
            a.extra["pdf"] = ed == 1 and i % 4 == 1
            a.extra["pic2"] = ed == 0 and i % 2 == 0
        self.articles = arts
        entries = [Entry(a) for a in arts]
        gone_when = arts[10].published - dt.timedelta(hours=2, minutes=40)
        gone_id = arts[10].id - 4
        self.gone = Entry(
            aid=gone_id,
            title=GONE_TITLE,
            path=f"{MENU}/{gone_id}-{(gone_when - dt.timedelta(hours=7)).strftime('%Y-%m-%d-%H-%M')}-41",
            when=gone_when,
            author=1,
        )
        entries.insert(11, self.gone)  # page 2 (rows 8-15)
        self.entries = entries
        self.pages = [entries[k : k + PER] for k in range(0, len(entries), PER)]
        assert len(self.pages) == 3
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.gone.path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={PER * k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.gone.path]

    def neighbours(self, e):
        i = self.entries.index(e)
        newer = self.entries[i - 1] if i > 0 else None
        older = self.entries[i + 1] if i + 1 < len(self.entries) else None
        return newer, older

    # ------------------------------------------------------------------ shell
    @staticmethod
    def nav_items():
        return "".join(
            f'<li class="u-nav-item"><a class="u-button-style u-nav-link" href="{h}">{t}</a></li>'
            for t, h in MENU_ITEMS
        )

    def side_column(self):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{e.path}" itemprop="url"><span itemprop="name">{esc(e.title)}</span></a></li>'
            for e in self.entries[:5]
        )
        links = "".join(
            f'<li><a href="{h}" target="_blank">{t}</a></li>'
            for t, h in [
                ("กรมปศุสัตว์", "https://dld.go.th/"),
                ("ปศุสัตว์เขต 7", "https://region7.dld.go.th/"),
                ("จังหวัดสุพรรณบุรี", "https://www.suphanburi.go.th/"),
                ("ระบบสารบรรณอิเล็กทรอนิกส์", "https://ecs.dld.go.th/"),
            ]
        )

        def block(title, inner):
            return (
                '<div class="u-block"><div class="u-block-container u-clearfix">'
                f'<h5 class="u-block-header u-text"><!--block_header_content-->{title}<!--/block_header_content--></h5>'
                f'<div class="u-block-content u-text"><!--block_content_content-->{inner}<!--/block_content_content--></div>'
                "</div></div>"
            )

        return (
            '<div class="u-position u-position-1" data-position="position-7">'
            + block(LATEST, f'<ul class="mod-articles-latest latestnews mod-list">{latest}</ul>')
            + "</div>"
            + '<div class="u-position u-position-2" data-position="position-8">'
            + block(LINKS, f'<ul class="mod-menu mod-list nav">{links}</ul>')
            + block(
                STATS,
                '<div class="mod-custom custom"><p>วันนี้ : 152<br />เมื่อวาน : 318<br />'
                "เดือนนี้ : 4,213<br />ทั้งหมด : 412,330</p></div>",
            )
            + "</div>"
        )

    def breadcrumbs(self, last=None):
        items = [("หน้าแรก", "/"), (CAT, MENU)]
        lis = [f'<li class="mod-breadcrumbs__here float-start">{HERE_LBL} &#160;</li>']
        for k, (t, h) in enumerate(items, 1):
            if last is None and k == len(items):
                break
            lis.append(
                f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{h}" class="pathway"><span itemprop="name">{t}</span></a><meta itemprop="position" content="{k}"></li>'
            )
        tail = last if last is not None else CAT
        lis.append(
            f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(tail)}</span><meta itemprop="position" content="{len(items) + (1 if last is not None else 0)}"></li>'
        )
        return (
            '<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">'
            + "".join(lis)
            + "</ol></nav>"
        )

    def shell(self, title, sections, *, page_css, hidden_mail=False):
        mail_js = (
            '\n\t<script src="/media/system/js/joomla-hidden-mail.min.js?80d9c7" type="module"></script>'
            if hidden_mail
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)}</title>
	<link href="/media/templates/site/suphan_dld/images/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
	<link href="{TPL}/css/nicepage.css" rel="stylesheet">
	<link href="{TPL}/css/{page_css}.css" rel="stylesheet">
	<link href="/media/plg_content_addtoany/css/addtoany.css" rel="stylesheet">
	<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
	<script class="u-script" src="{TPL}/scripts/nicepage.js" defer></script>{mail_js}
	<script src="https://static.addtoany.com/menu/page.js" defer></script>
	<meta name="generator" content="Nicepage 6.15.2, nicepage.com">
	<meta data-intl-tel-input-cdn-path="/templates/suphan_dld/scripts/intlTelInput/" />
</head>
<body class="u-body u-xl-mode" data-lang="th">
<header class="u-clearfix u-header u-palette-1-dark-1 u-header" id="sec-3a6f"><div class="u-clearfix u-sheet u-sheet-1">
	<a href="/" class="u-image u-logo u-image-1" data-image-width="120" data-image-height="120"><img src="/images/logo/dld-logo.png" class="u-logo-image u-logo-image-1"></a>
	<p class="u-text u-text-default u-text-1">{OFFICE}<br><span style="font-size: 0.875rem;">{OFFICE_EN}</span></p>
	<nav class="u-menu u-menu-dropdown u-offcanvas u-menu-1">
		<div class="menu-collapse u-custom-font u-font-sans-serif" style="font-size: 1rem;"><a class="u-button-style u-custom-left-right-menu-spacing u-custom-padding-bottom u-nav-link" href="#"><svg class="u-svg-link" viewBox="0 0 24 24"><use xlink:href="#menu-hamburger"></use></svg></a></div>
		<div class="u-custom-menu u-nav-container"><ul class="u-custom-font u-font-sans-serif u-nav u-spacing-20 u-unstyled u-nav-1">{self.nav_items()}</ul></div>
		<div class="u-custom-menu u-nav-container-collapse"><div class="u-black u-container-style u-inner-container-layout u-opacity u-opacity-95 u-sidenav"><div class="u-inner-container-layout u-sidenav-overflow"><div class="u-menu-close"></div><ul class="u-align-center u-nav u-popupmenu-items u-unstyled u-nav-2">{self.nav_items()}</ul></div></div><div class="u-black u-menu-overlay u-opacity u-opacity-70"></div></div>
	</nav>
</div></header>
{sections}
<footer class="u-align-center u-clearfix u-footer u-grey-80 u-footer" id="sec-0e21"><div class="u-clearfix u-sheet u-sheet-1">
	<p class="u-small-text u-text u-text-variant u-text-1">{OFFICE}<br>{ADDRESS}<br>โทรศัพท์ 0 3552 2172 โทรสาร 0 3552 2175</p>
</div></footer>
<section class="u-backlink u-clearfix u-grey-80"><a class="u-link" href="https://nicepage.com/joomla-templates" target="_blank"><span>Joomla Templates</span></a><p class="u-text"><span>created with</span></p><a class="u-link" href="https://nicepage.com/joomla-page-builder" target="_blank"><span>Joomla Page Builder</span></a>.</section>
<section class="u-cookies-consent u-grey-80 u-cookies-consent-1" id="sec-c8a2"><div class="u-clearfix u-sheet u-valign-middle-lg u-valign-middle-md u-valign-middle-sm u-valign-middle-xl u-sheet-1">
	<div class="u-container-style u-expanded-width-xs u-group u-group-1"><div class="u-container-layout u-container-layout-1">
		<h3 class="u-text u-text-1">คุกกี้และความเป็นส่วนตัว</h3>
		<p class="u-text u-text-2">{COOKIE} <a href="/index.php/privacy">นโยบายคุกกี้</a></p>
	</div></div>
	<a href="###" class="u-active-white u-border-none u-btn u-button-confirm u-button-style u-hover-palette-1-light-1 u-palette-1-base u-btn-1">ยอมรับ</a>
</div></section>
</body>
</html>
"""

    # ------------------------------------------------------------------ article
    def img(self, a, k):
        return f"/images/news/{a.published:%Y/%m}/spb{a.id}-{k}.jpg"

    @staticmethod
    def cloak(user, domain):
        addr = f"{user}@{domain}"
        return (
            f'<joomla-hidden-mail is-link="1" is-email="1" first="{b64(user)}" last="{b64(domain)}" '
            f'text="{b64(addr)}" base="">{CLOAK}</joomla-hidden-mail>'
        )

    def content_html(self, a):
        ed = a.extra["ed"]
        out = []
        if ed == 0:
            out.append(
                f'<p style="text-align: center;"><img src="{self.img(a, 1)}" alt="" width="700" height="466" loading="lazy"></p>'
            )
            out += [
                f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
                for p in a.paras
            ]
            if a.extra["pic2"]:
                out.append(
                    f'<p style="text-align: center;"><img src="{self.img(a, 2)}" alt="" width="700" height="466" loading="lazy"></p>'
                )
        else:
            out += [f"<p>{esc(p)}</p>" for p in a.paras]
            if a.extra["pdf"]:
                out.append(
                    f'<p><a href="/images/files/{a.published:%Y}/spb-{a.id}.pdf" target="_blank">{DOWNLOAD}</a></p>'
                )
        if a.extra["contact"]:
            group, phone, user, domain = a.extra["contact"]
            out.append(
                f"<p>สอบถามรายละเอียดเพิ่มเติมได้ที่ {group} {OFFICE} โทร {phone} หรืออีเมล {self.cloak(user, domain)}</p>"
            )
        if a.source:
            label = a.extra["label"]
            if label == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            elif ed == 0:
                out.append(f"<p><strong>{label} :</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{label} : {esc(a.source)}</p>")
        return "\n".join(out)

    @staticmethod
    def addtoany(url, title):
        return (
            '<div class="addtoany_container"><span class="addtoany_header">'
            + SHARE
            + f'</span><span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(title)}">'
            '<a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a>'
            '<a class="a2a_dd" href="https://www.addtoany.com/share"></a></span></div>'
        )

    def pagenav(self, e):
        newer, older = self.neighbours(e)
        parts = []
        if newer:
            parts.append(
                f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
            )
        if older:
            parts.append(
                f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
            )
        return (
            '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
            + "".join(parts)
            + "</span></nav>"
        )

    def metadata(self, e, n=1):
        return (
            f'<div class="u-blog-control u-metadata u-text-grey-40 u-metadata-{n}"><!--blog_post_metadata_date--><span class="u-meta-date u-meta-icon">{th_date(e.when)}</span><!--/blog_post_metadata_date-->'
            f'<!--blog_post_metadata_category--><span class="u-meta-category u-meta-icon"><a href="{MENU}">{CAT}</a></span><!--/blog_post_metadata_category--></div>'
        )

    def post_page(self, e, content, tags, base):
        image = (
            f'<img alt="" class="u-blog-control u-expanded-width u-image u-image-default u-image-1" src="/images/news/{e.when:%Y/%m}/spb{e.id}-cover.jpg">'
            if e.art
            else '<div class="none-post-image" style="display: none;"></div>'
        )
        tags_html = ""
        if tags:
            tags_html = (
                '<!--blog_post_tags--><div class="u-blog-control u-post-tags u-post-tags-1">'
                + ", ".join(
                    f'<a href="/index.php/component/tags/tag/{t}" class="u-tag">{esc(t)}</a>'
                    for t in tags
                )
                + "</div><!--/blog_post_tags-->"
            )
        sections = f"""<section class="u-clearfix u-section-0" id="sec-bc01"><div class="u-clearfix u-sheet u-sheet-1">{self.breadcrumbs(e.title)}</div></section>
<section class="u-align-center u-clearfix u-section-1" id="sec-7b3d">
  <div class="u-clearfix u-sheet u-valign-middle-md u-sheet-1">
    <div class="u-clearfix u-expanded-width u-layout-wrap u-layout-wrap-1"><div class="u-layout"><div class="u-layout-row">
      <div class="u-container-style u-layout-cell u-size-40 u-layout-cell-1"><div class="u-container-layout u-container-layout-1"><!--post_details--><!--post_details_options_json--><!--{{"source":""}}--><!--/post_details_options_json--><!--blog_post-->
        <div class="u-container-style u-expanded-width u-post-details u-post-details-1">
          <div class="u-container-layout u-valign-middle u-container-layout-2"><!--blog_post_image-->
            {image}<!--/blog_post_image--><!--blog_post_header-->
            <h2 class="u-blog-control u-text u-text-1">{esc(e.title)}</h2><!--/blog_post_header--><!--blog_post_metadata-->
            {self.metadata(e)}<!--/blog_post_metadata--><!--blog_post_content-->
            <div class="u-align-justify u-blog-control u-post-content u-text u-text-2 fr-view">{content}</div><!--/blog_post_content-->
            {tags_html}
          </div>
        </div><!--/blog_post--><!--/post_details-->
        {self.addtoany(base + e.path, e.title)}
        {self.pagenav(e)}
      </div></div>
      <div class="u-container-style u-layout-cell u-size-20 u-layout-cell-2"><div class="u-container-layout u-container-layout-3">
        {self.side_column()}
      </div></div>
    </div></div></div>
  </div>
</section>"""
        return self.html_response(
            self.shell(
                f"{e.title} - {OFFICE}",
                sections,
                page_css="Post-Template",
                hidden_mail=bool(e.art and e.art.extra["contact"]),
            )
        )

    def render_article(self, a, base):
        e = next(x for x in self.entries if x.art is a)
        return self.post_page(e, self.content_html(a), a.tags, base)

    # ------------------------------------------------------------------ listing
    @staticmethod
    def intro(e):
        if not e.art:
            return ""
        p = e.art.paras[0]
        return esc(p[:160]) + ("..." if len(p) > 160 else "")

    def card(self, e, n):
        img = (
            f'<img alt="" class="u-blog-control u-expanded-width u-image u-image-default u-image-{n}" src="/images/news/{e.when:%Y/%m}/spb{e.id}-cover.jpg" data-href="{e.path}">'
            if e.art
            else '<div class="none-post-image" style="display: none;"></div>'
        )
        return f"""<div class="u-blog-post u-container-style u-repeater-item u-white u-repeater-item-{n}">
  <div class="u-container-layout u-similar-container u-container-layout-{n + 1}"><!--blog_post_image-->
    {img}<!--/blog_post_image--><!--blog_post_header-->
    <h4 class="u-blog-control u-text u-text-{n}"><a class="u-post-header-link" href="{e.path}">{esc(e.title)}</a></h4><!--/blog_post_header--><!--blog_post_metadata-->
    {self.metadata(e, n)}<!--/blog_post_metadata--><!--blog_post_content-->
    <div class="u-blog-control u-post-content u-text u-text-{n + 1}">{self.intro(e)}</div><!--/blog_post_content--><!--blog_post_readmore-->
    <a href="{e.path}" class="u-blog-control u-btn u-btn-rectangle u-button-style u-palette-1-base u-btn-{n}">{READ_MORE}</a><!--/blog_post_readmore-->
  </div>
</div>"""

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return MENU if k == 1 else f"{MENU}?start={PER * (k - 1)}"

        style = 'style="padding: 16px 28px;"'
        lis = []
        if n > 1:
            lis.append(
                f'<li class="prev u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" {style} href="{href(n - 1)}" aria-label="ไปยังหน้าก่อนหน้า">〈</a></li>'
            )
        else:
            lis.append(
                f'<li class="disabled prev u-nav-item u-pagination-item"><span class="u-button-style u-nav-link" {style}>〈</span></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                lis.append(
                    f'<li class="active u-nav-item u-pagination-item"><span class="u-button-style u-nav-link" {style} aria-current="true">{k}</span></li>'
                )
            else:
                lis.append(
                    f'<li class="u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" {style} href="{href(k)}" aria-label="ไปยังหน้า {k}">{k}</a></li>'
                )
        if n < total:
            lis.append(
                f'<li class="next u-nav-item u-pagination-item"><a class="u-button-style u-nav-link" {style} href="{href(n + 1)}" aria-label="ไปยังหน้าถัดไป">〉</a></li>'
            )
        else:
            lis.append(
                f'<li class="disabled next u-nav-item u-pagination-item"><span class="u-button-style u-nav-link" {style}>〉</span></li>'
            )
        return (
            '<ul class="responsive-style1 u-pagination u-unstyled u-pagination-1">'
            + "\n".join(lis)
            + "</ul>"
        )

    def render_list(self, n):
        cards = "\n".join(self.card(e, k + 1) for k, e in enumerate(self.pages[n - 1]))
        sections = f"""<section class="u-clearfix u-section-0" id="sec-bc01"><div class="u-clearfix u-sheet u-sheet-1">{self.breadcrumbs()}</div></section>
<section class="u-clearfix u-section-1" id="sec-5a90">
  <div class="u-clearfix u-sheet u-sheet-1">
    <h1 class="u-text u-text-default u-title u-text-1">{CAT}</h1><!--blog--><!--blog_options_json--><!--{{"type":"","source":"","tags":"","count":""}}--><!--/blog_options_json-->
    <div class="u-blog u-expanded-width u-blog-1">
      <div class="u-list-control"></div>
      <div class="u-repeater u-repeater-1">
{cards}
      </div>
      <div class="u-list-control"><!--blog_pagination--><!--blog_pagination_options_json--><!--{{"ul":"style=\\"\\" class=\\"responsive-style1 u-pagination u-unstyled\\"","li":"style=\\"\\" class=\\"u-nav-item u-pagination-item\\"","link":"style=\\"padding: 16px 28px;\\" class=\\"u-button-style u-nav-link\\""}}--><!--/blog_pagination_options_json-->
{self.pagination(n)}<!--/blog_pagination-->
      </div>
    </div><!--/blog-->
  </div>
</section>
<section class="u-clearfix u-grey-5 u-section-2" id="sec-9d14"><div class="u-clearfix u-sheet u-sheet-1">{self.side_column()}</div></section>"""
        return self.html_response(
            self.shell(f"{CAT} - {OFFICE}", sections, page_css="Blog-Template")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 303, {"Location": f"{base}{MENU}"}, b""
        if path == MENU:
            start = qs1(query, "start", "0")
            if set(query) - {"start"} or not start.isdigit() or int(start) % PER:
                return None
            n = int(start) // PER + 1
            return self.render_list(n) if n <= len(self.pages) else None
        if raw_query:
            return None
        if path == self.gone.path:
            return self.post_page(self.gone, "", [], base)
        for a in self.articles:
            if path == a.path:
                return self.render_article(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            e = next(x for x in self.entries if x.art is a)
            text = text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            newer, older = self.neighbours(e)
            cands = [
                th_date(a.published),
                CLOAK if a.extra["contact"] else "",
                DOWNLOAD if a.extra["pdf"] else "",
                SHARE,
                "บทความก่อนหน้า:",
                "บทความถัดไป:",
                HERE_LBL,
                LATEST,
                LINKS,
                STATS,
                "ทั้งหมด : 412,330",
                COOKIE,
                ADDRESS,
                "Joomla Page Builder",
                OFFICE_EN,
            ]
            cands += [x.title for x in (newer, older) if x]
            cands += [x.title for x in self.entries[:5] if x is not e]
            rec = expected_record(a, must_not=keep_furniture(cands, text, a))
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = NicepageLivestockSite()

if __name__ == "__main__":
    main(SITE)
