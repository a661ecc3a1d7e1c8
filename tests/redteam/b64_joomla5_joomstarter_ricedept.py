"""Blind-64 red-team site (part C): a department's news section (กรมการข้าว-like, 2023-2025) on
**Joomla 5.2 com_content under an in-house template the department's webmaster built from
JoomStarter** (Kevin's Guides' stripped-down Cassiopeia starter, `/templates/ricedept/`), Thai
language pack, plus what such sites install: Attachments, AddToAny, a visitor counter module
and a cookie-notice bar. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): JoomStarter's `templates/joomstarter/index.php`
(Bootstrap 5 `nav.navbar.navbar-dark.bg-dark.navbar-expand-lg` with the site name as
`a.navbar-brand` and the `menu` position collapsed in `#mainmenu`, the `header` position,
`div.siteBody > div.container`, the `breadcrumbs` position, `div.row` with the component in
`div.col-xs-12.col-lg-8 > main` and the `sidebar` position in `div.col-xs-12.col-lg-4`,
`footer.footer.mt-auto.py-3.bg-light`, the `debug` position) and its `superBasicMod` module
chrome (`div.<position>.no-card` + `h3` title). From memory: Joomla 4/5 com_content layouts
(`com-content-article item-page`, `$htag` h1 headline when no page heading, the info block
`dl.article-info.text-muted` with `dt.article-info-term`, `dd.category-name`, `dd.published`,
`dd.modified`, `dd.hits` with `time[datetime][itemprop]` and `meta[itemprop=interactionCount]`,
the **info block position "split"** (category and published date above the text; modified
date and hits below it), `ul.tags.list-inline`, `nav.pagenavigation` with visually-hidden
neighbour titles, the category blog's `blog-items items-leading` / `blog-item` / `readmore`,
the pagination `nav.pagination__wrapper` with "หน้า 1 จาก 3", mod_breadcrumbs, the latest /
most-read modules) and the Thai pack's wordings; the Attachments extension's
`div.attachmentsContainer` table. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- SEF with rewriting: blog `/news`, `?start=8`, `?start=16` (8 a page: 2 leading, 6 intro),
  articles `/news/<id>-<alias>`: the alias is what Joomla makes of a Thai title (the UTC save
  moment, `2024-06-12-03-21-45`), or typed by one editor (`rice-pr-67-041`);
- `<title>` "headline - กรมการข้าว"; navbar brand = the department; breadcrumbs ending in the
  headline; sidebar: "ข่าวล่าสุด", "ข่าวยอดนิยม", "ลิงก์หน่วยงาน", "สถิติผู้เข้าชม";
- **the quirk: the info block in "split" position** — "หมวด: ข่าวประชาสัมพันธ์" and
  "เผยแพร่: 12 มิถุนายน 2024" (Thai month, CE year; the time only in `time[datetime]`) above
  the text, "ปรับปรุงล่าสุด: …" and "ฮิต: 1234" *below* it, before the tags;
- three editors: a centred picture then justified `&nbsp;`-indented paragraphs (JCE);
  the intro / full-text image fields with a caption (`figure.item-image` + `figcaption`) and
  plain paragraphs; the oldest account's plain paragraphs with a row of inline photos;
  sources "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned office line, or
  none; Attachments "ไฟล์แนบ" table on some; tags on some; AddToAny "แชร์ :";
  `belowcontent`-like "ข่าวที่เกี่ยวข้อง"; cookie bar; footer address;
- deleted item (linked from page 2): `/news/<id>-<alias>` of an internal notice that the
  editors set to the Registered access level while "Show Unauthorised Links" stays on; a guest
  gets **200: the headline, the info block and an empty text with "ลงทะเบียนเพื่ออ่านเพิ่มเติม…"**.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, paginate, qs1
from .b63a_common import build, keep_furniture, spread_back, text_of

DEPT = "กรมการข้าว"
DEPT_EN = "Rice Department"
PER = 8
LEADING = 2
MENU = "/news"
TPL = "/templates/ricedept"
EDITORS = ["pr_rice", "wanida.s", "admin"]
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม กรมการข้าว"),
    ("ที่มา", "กองขยายผลการผลิตข้าว"),
    (None, None),
    ("signoff", "กลุ่มประชาสัมพันธ์ กรมการข้าว"),
    ("เรียบเรียง", "ฝ่ายสื่อสารองค์กร กรมการข้าว"),
    ("ข่าว", "ศูนย์วิจัยข้าวปทุมธานี"),
]
TAGS = ["ข้าวหอมมะลิ", "นาแปลงใหญ่", "เมล็ดพันธุ์ข้าว", "ศูนย์ข้าวชุมชน", "Smart Farmer"]
SHARE = "แชร์ :"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
POPULAR = "ข่าวยอดนิยม"
LINKS = "ลิงก์หน่วยงาน"
VISITORS = "สถิติผู้เข้าชม"
DETAILS = "รายละเอียด"
ATTACH = "ไฟล์แนบ:"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
COOKIE_BTN = "ยอมรับทั้งหมด"
FOOTER = "กรมการข้าว 50 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"
HERE_LABEL = "คุณอยู่ที่:"
NOAUTH_TITLE = "วาระการประชุมผู้บริหารกรมการข้าว ครั้งที่ 7/2567 (เฉพาะเจ้าหน้าที่)"
NOAUTH_MORE = "ลงทะเบียนเพื่ออ่านเพิ่มเติม…"
CAPTIONS = [
    "อธิบดีกรมการข้าวเป็นประธานในพิธี",
    "ผู้เข้าร่วมกิจกรรมถ่ายภาพร่วมกัน",
    "เจ้าหน้าที่ลงพื้นที่ติดตามผลการดำเนินงาน",
]


def th_date(d: dt.datetime) -> str:
    """The Thai pack's DATE_FORMAT_LC3 (`j F Y`): Thai month name, Christian-era year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def utc_alias(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%d-%H-%M-%S")


class JoomStarterRiceSite(BaseSite):
    key = "b64_joomla5_joomstarter_ricedept"
    family = "joomla"
    imitates = (
        "department news section (กรมการข้าว-like) on Joomla 5.2 com_content under an in-house "
        "template built from JoomStarter (Bootstrap 5 navbar, breadcrumbs, sidebar modules), "
        "category blog ?start=N, info block in split position (published above, modified and "
        "hits below the text), Attachments, AddToAny, cookie bar"
    )
    listing_path = MENU

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 2, 20, 16, 0, tzinfo=TZ), offset=11)
        spread_back(arts, 13, 34)
        for i, a in enumerate(arts):
            a.published = a.published.replace(second=(i * 17 + 11) % 60)
            if a.modified:
                a.modified = a.modified.replace(second=(i * 29 + 5) % 60)
            a.id = 2261 - i * 4 - (i % 2)
            ed = 2 if i >= 18 else (1 if i % 3 == 1 else 0)
            a.extra["kind"] = ed
            a.extra["editor"] = EDITORS[ed]
            if ed == 1:
                a.extra["alias"] = f"rice-pr-{(a.published.year + 543) % 100}-{60 - i:03d}"
            else:
                a.extra["alias"] = utc_alias(a.published)
            a.path = f"{MENU}/{a.id}-{a.extra['alias']}"
            a.time_printed = True
            a.extra["mod"] = a.modified or a.published
            label, office = SOURCES[(i * 5 + 1) % len(SOURCES)]
            a.source = office
            a.extra["label"] = label
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)] if i % 3 != 2 else []
            a.extra["attach"] = i % 4 == 1
            a.extra["caption"] = CAPTIONS[i % len(CAPTIONS)]
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        after = self.pages[1][2]
        self.noauth_when = after.published + dt.timedelta(hours=1, minutes=41, seconds=9)
        self.noauth_id = after.id + 2
        self.noauth_path = f"{MENU}/{self.noauth_id}-{utc_alias(self.noauth_when)}"
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths) and self.noauth_path not in paths

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [MENU] + [f"{MENU}?start={PER * k}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.noauth_path]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        if not a.tags:
            return []
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:5]

    def popular(self):
        return sorted(self.articles, key=lambda x: -(x.views or 0))[:5]

    # ------------------------------------------------------------------ shell
    @staticmethod
    def module(position, title, inner, sfx=""):
        head = f"<h3>{title}</h3>" if title else ""
        return f'<div class="{position} no-card {sfx}">{head}{inner}</div>'

    def shell(self, title, component, *, crumbs, below="", body_class=""):
        menu = (
            '<ul class="mod-menu mod-list nav navbar-nav">'
            '<li class="nav-item item-101 default"><a href="/">หน้าหลัก</a></li>'
            '<li class="nav-item item-102 deeper parent"><a href="/about">เกี่ยวกับกรม</a></li>'
            f'<li class="nav-item item-107 current active"><a href="{MENU}" aria-current="page">ข่าวประชาสัมพันธ์</a></li>'
            '<li class="nav-item item-108"><a href="/knowledge">คลังความรู้เรื่องข้าว</a></li>'
            '<li class="nav-item item-109"><a href="/procurement">จัดซื้อจัดจ้าง</a></li>'
            '<li class="nav-item item-110"><a href="/oit">ITA</a></li>'
            '<li class="nav-item item-111"><a href="/contact">ติดต่อเรา</a></li></ul>'
        )
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.popular()
        )
        counter = (
            '<div class="vcnt"><table class="vcnt-table"><tbody>'
            '<tr><td>วันนี้</td><td class="text-end">418</td></tr>'
            '<tr><td>เมื่อวานนี้</td><td class="text-end">1,022</td></tr>'
            '<tr><td>เดือนนี้</td><td class="text-end">21,530</td></tr>'
            '<tr><td>ทั้งหมด</td><td class="text-end">3,418,207</td></tr>'
            "</tbody></table></div>"
        )
        banners = (
            '<div id="mod-custom121" class="mod-custom custom"><p><a href="https://www.moac.go.th/" target="_blank" rel="noopener"><img src="/images/banners/moac.png" alt="กระทรวงเกษตรและสหกรณ์" width="300" height="80" /></a></p>'
            '<p><a href="https://www.opdc.go.th/" target="_blank" rel="noopener"><img src="/images/banners/itas.png" alt="ITA" width="300" height="80" /></a></p></div>'
        )
        crumb_items = "".join(
            f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(name)}</span></a><meta itemprop="position" content="{k + 1}"></li>'
            for k, (name, href) in enumerate(crumbs[:-1])
        )
        crumb_items += f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(crumbs[-1][0])}</span></li>'
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
    <meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{DEPT} กระทรวงเกษตรและสหกรณ์">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)}</title>
	<link href="{MENU}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{DEPT}">
	<link href="/templates/ricedept/images/favicon.ico" rel="icon" type="image/x-icon">
	<link href="/media/system/css/joomla-fontawesome.min.css?5c0f1e" rel="stylesheet">
	<link href="{TPL}/css/template.min.css?5c0f1e" rel="stylesheet">
	<link href="{TPL}/css/user.css?5c0f1e" rel="stylesheet">
	<link href="/media/plg_system_cookiesck/assets/front.css?5c0f1e" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ"}},"system.paths":{{"root":"","rootFull":"/","base":"","baseFull":"/"}}}}</script>
	<script src="/media/system/js/core.min.js?5c0f1e"></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>
	<script src="/media/vendor/bootstrap/js/dropdown.min.js?5.3.3" type="module"></script>
	<script src="{TPL}/js/template.js?5c0f1e" defer></script>
	<script src="https://static.addtoany.com/menu/page.js" defer></script>
</head>
<body class="site {body_class}" data-bs-theme="light">
	<header>
        <nav class="navbar navbar-dark bg-dark navbar-expand-lg">
            <div class="container">
                <a href="/" class="navbar-brand"><img src="{TPL}/images/logo-rice.png" alt="" width="48" height="48"> {DEPT}</a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainmenu" aria-controls="mainmenu" aria-expanded="false" aria-label="Toggle navigation">
                <span class="navbar-toggler-icon"></span>
                </button>
                <div class="collapse navbar-collapse" id="mainmenu">{menu}</div>
            </div>
        </nav>
        <div class="headerClasses">
            <div id="mod-custom120" class="mod-custom custom"><div class="dept-banner"><p class="dept-name">{DEPT} <span class="dept-en">{DEPT_EN}</span></p><p class="dept-ministry">กระทรวงเกษตรและสหกรณ์</p></div></div>
        </div>
    </header>
    <div class="siteBody">
        <div class="container">
                <div class="breadcrumbs">
                    <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">{HERE_LABEL}&#160;</li>
		{crumb_items}
    </ol>
    </nav>
                </div>
            <div class="row">
                <div class="col-xs-12 col-lg-8">
                    <main>
                        <div id="system-message-container" aria-live="polite"></div>
{component}
{below}
                    </main>
                </div>
                <div class="col-xs-12 col-lg-4">
                        {self.module("sidebar", LATEST, '<ul class="mod-articleslatest latestnews mod-list">' + latest + "</ul>")}
                        {self.module("sidebar", POPULAR, '<ul class="mod-articlespopular mostread mod-list">' + popular + "</ul>")}
                        {self.module("sidebar", LINKS, banners)}
                        {self.module("sidebar", VISITORS, counter)}
                </div>
            </div>
        </div>
    </div>
    <footer class="footer mt-auto py-3 bg-light ">
        <div class="container">
            <div id="mod-custom125" class="mod-custom custom"><p><strong>{DEPT}</strong><br>{FOOTER}<br>โทรศัพท์ 0 2561 2825 โทรสาร 0 2561 3049 | สายด่วน 1170</p>
<p><a href="/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/website-policy">นโยบายเว็บไซต์</a> | <a href="/sitemap">แผนผังเว็บไซต์</a></p>
<p>สงวนลิขสิทธิ์ © 2568 {DEPT}</p></div>
        </div>
    </footer>
<div id="cookiesck" class="cookiesck_bar" style="display:none"><span class="cookiesck-text">{COOKIE}</span> <a class="cookiesck-more" href="/cookie-policy">นโยบายคุกกี้</a> <div id="cookiesck_accept" class="cookiesck-main-buttons">{COOKIE_BTN}</div> <div id="cookiesck_decline" class="cookiesck-main-buttons">ปฏิเสธ</div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces
    def info_above(self, a_when, *, blog=False):
        return f"""<dl class="article-info text-muted">
            <dt class="article-info-term">
                                    {DETAILS}                            </dt>
                                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        หมวด: <a href="{MENU}" itemprop="genre">ข่าวประชาสัมพันธ์</a>    </dd>
                                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{a_when.isoformat()}" itemprop="datePublished">
        เผยแพร่: {th_date(a_when)}    </time>
</dd>
    </dl>"""

    def info_below(self, mod, hits):
        return f"""<dl class="article-info text-muted">
                            <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    <time datetime="{mod.isoformat()}" itemprop="dateModified">
        ปรับปรุงล่าสุด: {th_date(mod)}    </time>
</dd>
                                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    <meta itemprop="interactionCount" content="UserPageVisits:{hits}">
    ฮิต: {hits}</dd>
                        </dl>"""

    def img(self, a, k):
        return f"/images/news/{a.published.year + 543}/{a.published:%m}/{a.id}_{k}.jpg"

    def image_field(self, a, blog):
        if a.extra["kind"] != 1:
            return ""
        cls = "float-start item-image" if blog else "float-none item-image"
        cap = "" if blog else f'<figcaption class="caption">{esc(a.extra["caption"])}</figcaption>'
        return f'<figure class="{cls}"><img src="{self.img(a, 0)}#joomlaImage://local-images/news/{a.id}_0.jpg?width=800&amp;height=533" itemprop="{"thumbnailUrl" if blog else "image"}" width="800" height="533" loading="lazy" alt="{esc(a.extra["caption"])}">{cap}</figure>'

    def intro_html(self, a):
        p = a.paras[0]
        if a.extra["kind"] == 0:
            return (
                f'<p style="text-align: center;"><img src="{self.img(a, 1)}" alt="" width="700" height="466" /></p>\n'
                f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
            )
        return f"<p>{esc(p)}</p>"

    def full_html(self, a):
        kind = a.extra["kind"]
        if kind == 0:
            out = [
                f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
                for p in a.paras[1:]
            ]
        else:
            out = [f"<p>{esc(p)}</p>" for p in a.paras[1:]]
        if kind == 2:
            imgs = "".join(
                f'<img src="{self.img(a, k)}" alt="" width="220" height="146" /> '
                for k in (2, 3, 4)
            )
            out.append(f"<p>{imgs}</p>")
        label = a.extra["label"]
        if a.source:
            if label == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            elif kind == 0:
                out.append(f"<p><strong>{esc(label)} :</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{esc(label)} : {esc(a.source)}</p>")
        return "\n".join(out)

    def attachments(self, a):
        if not a.extra["attach"]:
            return ""
        name = f"rice-news-{a.id}.pdf"
        return f"""<div class="attachmentsContainer">
<div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}">
<table>
<caption>{ATTACH}</caption>
<tbody>
<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/download/{a.id}" title="ดาวน์โหลดไฟล์"><img src="/media/com_attachments/images/file_icons/pdf.gif" alt="ดาวน์โหลดไฟล์" /></a><a class="at_url" href="/attachments/download/{a.id}" title="ดาวน์โหลดไฟล์">{name}</a></td><td class="at_file_size">{180 + a.id % 700} kB</td><td class="at_downloads">{a.id % 90 + 3} ครั้ง</td></tr>
</tbody></table>
</div>
</div>"""

    def tags_html(self, a):
        if not a.tags:
            return ""
        lis = "".join(
            f'<li class="list-inline-item tag-{12 + TAGS.index(t)} tag-list{k}" itemprop="keywords"><a href="/component/tags/tag/{quote(t)}" class="btn-sm btn-info">{esc(t)}</a></li>'
            for k, t in enumerate(a.tags)
        )
        return f'<ul class="tags list-inline">{lis}</ul>'

    # ------------------------------------------------------------------ listing
    def blog_item(self, a):
        return f"""<div class="item-content">
<div class="page-header">
<h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2>
</div>
{self.info_above(a.published, blog=True)}
{self.image_field(a, True)}
{self.intro_html(a)}
<p class="readmore">
<a class="btn btn-secondary" href="{a.path}" aria-label="อ่านต่อ: {esc(a.title)}">
<span class="icon-chevron-right" aria-hidden="true"></span>อ่านต่อ: {esc(a.title[:40])}...</a>
</p>
</div>"""

    def noauth_item(self):
        return f"""<div class="item-content">
<div class="page-header">
<h2 itemprop="name"><a href="{self.noauth_path}" itemprop="url">{esc(NOAUTH_TITLE)}</a></h2>
</div>
{self.info_above(self.noauth_when, blog=True)}
<p class="readmore">
<a class="btn btn-secondary" href="{self.noauth_path}" aria-label="{NOAUTH_MORE}">
<span class="icon-chevron-right" aria-hidden="true"></span>{NOAUTH_MORE}</a>
</p>
</div>"""

    def pagination(self, n):
        total = len(self.pages)

        def href(k):
            return MENU if k == 1 else f"{MENU}?start={PER * (k - 1)}"

        def dis(icon):
            return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="{icon}" aria-hidden="true"></span></span></li>'

        def link(k, icon, label):
            return f'<li class="page-item"><a aria-label="{label}" href="{href(k)}" class="page-link"><span class="{icon}" aria-hidden="true"></span></a></li>'

        lis = []
        if n == 1:
            lis += [dis("icon-angle-double-left"), dis("icon-angle-left")]
        else:
            lis += [
                link(1, "icon-angle-double-left", "ไปที่หน้า เริ่มต้น"),
                link(n - 1, "icon-angle-left", "ไปที่หน้า ก่อนหน้า"),
            ]
        for k in range(1, total + 1):
            if k == n:
                lis.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k}" href="#" class="page-link">{k}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a aria-label="ไปยังหน้าที่ {k}" href="{href(k)}" class="page-link">{k}</a></li>'
                )
        if n == total:
            lis += [dis("icon-angle-right"), dis("icon-angle-double-right")]
        else:
            lis += [
                link(n + 1, "icon-angle-right", "ไปที่หน้า ถัดไป"),
                link(total, "icon-angle-double-right", "ไปที่หน้า สุดท้าย"),
            ]
        return f"""<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">
หน้า {n} จาก {total}            </p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า">
    <ul class="pagination ms-0 mb-4">
{"".join(lis)}
    </ul>
</nav>
</div>
</div>"""

    def render_list(self, n):
        items = [self.blog_item(a) for a in self.pages[n - 1]]
        if n == 2:
            items.insert(2, self.noauth_item())
        lead, rest = items[:LEADING], items[LEADING:]

        def wrap(x):
            return f'<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n{x}\n</div>'

        comp = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header">
<h1> ข่าวประชาสัมพันธ์ </h1>
</div>
<div class="com-content-category-blog__items blog-items items-leading ">
{chr(10).join(wrap(x) for x in lead)}
</div>
<div class="com-content-category-blog__items blog-items ">
{chr(10).join(wrap(x) for x in rest)}
</div>
{self.pagination(n)}
</div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {n}" if n > 1 else "")
        return self.html_response(
            self.shell(
                f"{title} - {DEPT}",
                comp,
                crumbs=[("หน้าหลัก", "/"), ("ข่าวประชาสัมพันธ์", MENU)],
                body_class="com_content view-category layout-blog",
            )
        )

    # ------------------------------------------------------------------ article
    def share(self, a, base):
        return (
            f'<div class="addtoany_container"><span class="addtoany_header">{SHARE}</span>'
            f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{base}{a.path}" data-a2a-title="{esc(a.title)}">'
            '<a class="a2a_button_facebook"></a><a class="a2a_button_line"></a><a class="a2a_button_x"></a>'
            '<a class="a2a_button_copy_link"></a><a class="a2a_dd" href="https://www.addtoany.com/share"></a></span></div>'
        )

    def pagenav(self, a):
        prev, nxt = self.neighbours(a)
        out = (
            '<nav class="pagenavigation" aria-label="การนำทางหน้า">\n<span class="pagination ms-0">'
        )
        if prev:
            out += f'<a class="btn btn-sm btn-secondary previous" href="{prev.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(prev.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if nxt:
            out += f'<a class="btn btn-sm btn-secondary next" href="{nxt.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(nxt.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        return out + "</span>\n</nav>"

    def related_module(self, a):
        rel = self.related(a)
        if not rel:
            return ""
        lis = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in rel)
        return self.module(
            "main-bottom", RELATED, f'<ul class="mod-relateditems relateditems mod-list">{lis}</ul>'
        )

    def article_component(self, a, base):
        return f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="th-TH">
    <div class="page-header">
        <h1 itemprop="headline">
            {esc(a.title)}        </h1>
                            </div>
    {self.info_above(a.published)}
    {self.image_field(a, False)}
    <div itemprop="articleBody" class="com-content-article__body">
{self.intro_html(a)}
{self.full_html(a)}
{self.attachments(a)}
{self.share(a, base)}
    </div>
    {self.info_below(a.extra["mod"], a.views)}
    {self.tags_html(a)}
    {self.pagenav(a)}
</div>"""

    def render_article(self, a, base):
        return self.html_response(
            self.shell(
                f"{a.title} - {DEPT}",
                self.article_component(a, base),
                crumbs=[("หน้าหลัก", "/"), ("ข่าวประชาสัมพันธ์", MENU), (a.title, a.path)],
                below=self.related_module(a),
                body_class="com_content view-article no-layout no-task itemid-107",
            )
        )

    def render_noauth(self):
        d = self.noauth_when
        comp = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="th-TH">
    <div class="page-header">
        <h1 itemprop="headline">
            {esc(NOAUTH_TITLE)}        </h1>
                            </div>
    {self.info_above(d)}
    <div itemprop="articleBody" class="com-content-article__body">
    </div>
    {self.info_below(d, 12)}
    <p class="com-content-article__readmore readmore">
<a class="btn btn-secondary" href="/login?return=aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudA%3D%3D" aria-label="{NOAUTH_MORE}">
<span class="icon-chevron-right" aria-hidden="true"></span>{NOAUTH_MORE}</a>
</p>
</div>"""
        return self.html_response(
            self.shell(
                f"{NOAUTH_TITLE} - {DEPT}",
                comp,
                crumbs=[("หน้าหลัก", "/"), ("ข่าวประชาสัมพันธ์", MENU), (NOAUTH_TITLE, self.noauth_path)],
                body_class="com_content view-article no-layout no-task itemid-107",
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
        if path == self.noauth_path:
            return self.render_noauth()
        for a in self.articles:
            if path == a.path:
                return self.render_article(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            text = text_of(self.render_article(a, "http://127.0.0.1")[2].decode("utf-8"))
            cands = [
                f"เผยแพร่: {th_date(a.published)}",
                f"ปรับปรุงล่าสุด: {th_date(a.extra['mod'])}",
                f"ฮิต: {a.views}",
                "หมวด: ข่าวประชาสัมพันธ์",
                DETAILS,
                SHARE,
                RELATED,
                LATEST,
                POPULAR,
                LINKS,
                VISITORS,
                ATTACH,
                COOKIE,
                FOOTER,
                HERE_LABEL,
                a.extra["caption"] if a.extra["kind"] == 1 else "",
                f"rice-news-{a.id}.pdf" if a.extra["attach"] else "",
                "ก่อนหน้า",
                "ถัดไป",
            ]
            cands += [x.title for x in (prev, nxt) if x]
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in self.articles[:5] if x is not a]
            cands += [x.title for x in self.popular() if x is not a]
            rec = expected_record(a, must_not=keep_furniture(cands, text, a))
            rec["modified_at"] = a.extra["mod"].isoformat()
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = JoomStarterRiceSite()

if __name__ == "__main__":
    main(SITE)
