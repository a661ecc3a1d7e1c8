"""Blind-53 red-team site (part B): a provincial labour-protection office
(สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดลำพูน, "สรจ.ลำพูน") on **Joomla 3.9 com_content under a
template exported from Themler** (Billion Themes' visual designer, 2015-2017: `bd-*` classes,
`Designer_Content` overrides). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): a Themler-exported Joomla 3 template as shipped in
a public Joomla site repository (`templates/dd_interior_113/`): `html/com_content/article/
default_template.php` (the article rendered through `renderTemplateFromIncludes('article_2')`,
the `bd-blog` > `bd-grid-5` > `bd-griditem-30` wrappers, **`afterDisplayContent` appended to
the text itself**, so plug-in output lands inside the text's container), `includes/article_2.php`
(`article.bd-article-2`, the headline in `h2.bd-postheader-2` (itemprop name), the date icons
joined by " | " in `div.bd-posticondate-16 > span.bd-icon`, author / category icons,
`div.bd-postimage-1`, the text in `div.bd-postcontent-2 bd-tagstyles ... itemprop="articleBody"`,
**tags printed as `<a itemprop="keywords">title,</a>` (the separator comma inside the link)**,
`a.bd-postreadmore-2`, the pager `div.bd-pager-2 > ul.bd-pagination-4.pager` built from the
pagenav's previous / next `li`s) and `includes/pagination_list_render_2.php` (`ul.bd-pagination-3
.pagination`, `li.bd-paginationitem-3`, the active page as `li.active`). Joomla 3's core pagenav,
print / e-mail icons (`?tmpl=component&print=1`), com_users login view, mod_articles_latest, the
Themler footer credit "Joomla Template created with Themler.", JComments and PDPA bars are from
memory of their documentation. No one's code or text was copied.

Traps (NEW = not tried by rounds 1-52):
- **NEW: one article reachable at two addresses**: items of the sub-category "ข่าวกิจกรรม" (one
  in three) are linked from the blog at `/index.php/news/activity/<id>-<alias>` (the router's
  sub-category route) while an SEO plug-in prints `<link rel="canonical">` to the sub-category's
  own menu item `/index.php/activity/<id>-<alias>` (both answer 200 with the same article; the
  sidebar's "ข่าวล่าสุด" also links the canonical one); the slideshow "ข่าวเด่น" on the listing
  links the three newest with `?utm_source=website&utm_medium=slide&utm_campaign=highlight&fbclid=…`;
  **the expected record is one, at the canonical address**;
- **NEW crawler trap: sort links** ("เรียงตาม: ล่าสุด | เก่าสุด | ยอดนิยม | ชื่อเรื่อง",
  `?filter_order=a.hits&filter_order_Dir=desc`, with their own `&start=N` pages) **and a
  calendar module "ปฏิทินข่าว"** (`?date=2024-03-05` day pages, `?month=2024-02` month pages with
  ‹ › links) that list the same articles again;
- **NEW date form: BE years in ISO order "สร้างเมื่อ 2567-03-05 10:30 | แก้ไขล่าสุด 2567-03-07
  14:02"** (a Buddhist-era plug-in over a `Y-m-d H:i` format); never-edited items repeat the
  created time (the Joomla convention);
- **NEW source labels "ส่งข่าวโดย :" and "สำนัก/กอง :"** as the text's last line (one item in six
  has none);
- **NEW: the text in `<div>`s (JCE paste: `<div>` per paragraph with `<div>&nbsp;</div>` between)
  or in one `<div>` with `<br><br>` breaks, without any `<p>`** (two items in three);
- **NEW: related news as a `<table>` of dated rows ("วันที่ | หัวข้อข่าว", BE ISO dates) inside
  the text's container** (a content plug-in's `afterDisplayContent`, which Themler appends to the
  text), after a share bar "แชร์ข่าวนี้ :" also inside it;
- the tags "แท็ก:" with the separator comma inside each tag link ("แรงงาน,");
- print twins `?tmpl=component&print=1&layout=default` linked from every article and every
  listing row (component template, no canonical);
- furniture: Themler date / author / category icons, "จำนวนผู้เข้าชม: N ครั้ง", print / e-mail,
  pager "‹ ก่อนหน้า" / "ถัดไป ›" with neighbour titles in `title`, JComments login prompt,
  sidebar "ข่าวล่าสุด" (titles, dates), calendar, login form, visitor counter, PDPA bar, footer
  credit.
Listing: `/index.php/news`, `?start=8`, `?start=16` (category blog, 8 items a page, core
pagination "หน้า 1 จาก 3"), 24 articles.
Deleted: `/index.php/news/1375-2024-02-18-08-12-44` (a row of page 2): the article was moved to
the Registered access level; a guest gets 200 with the com_users login view "กรุณาเข้าสู่ระบบ
ก่อน" and the login form; not expected.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "สวัสดิการและคุ้มครองแรงงานจังหวัดลำพูน"
OFFICE = "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดลำพูน"
SHORT = "สรจ.ลำพูน"
TPL = "lpn_labour"
PER = 8
LIST = "/index.php/news"
DELETED_ID = 1375
DELETED_ALIAS = "2024-02-18-08-12-44"
DELETED_PATH = f"/index.php/news/{DELETED_ID}-{DELETED_ALIAS}"
DELETED_TITLE = "ประกาศผลการคัดเลือกสถานประกอบกิจการดีเด่นด้านแรงงานสัมพันธ์ ประจำปี 2567 (ภายใน)"
SOURCES = [
    ("ส่งข่าวโดย", "กลุ่มงานคุ้มครองแรงงาน สรจ.ลำพูน"),
    ("สำนัก/กอง", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"),
    ("ส่งข่าวโดย", "สำนักงานแรงงานจังหวัดลำพูน"),
    None,
    ("สำนัก/กอง", "กองสวัสดิการแรงงาน กรมสวัสดิการและคุ้มครองแรงงาน"),
    ("ส่งข่าวโดย", "กลุ่มงานสวัสดิการแรงงาน สรจ.ลำพูน"),
]
TAGS = ["แรงงาน", "ความปลอดภัยในการทำงาน", "สวัสดิการแรงงาน", "ลำพูน", "แรงงานนอกระบบ"]
AUTHOR = "ประชาสัมพันธ์ สรจ.ลำพูน"
LATEST = "ข่าวล่าสุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
SHARE = "แชร์ข่าวนี้ :"
COMMENT_PROMPT = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
COUNTER = "ผู้เข้าชมทั้งหมด 214,508 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษานโยบายคุ้มครองข้อมูลส่วนบุคคลได้"
CREDIT = "Joomla Template created with Themler."
ADDRESS = "ศาลากลางจังหวัดลำพูน ชั้น 2 ถนนลำพูน-ป่าซาง ตำบลเหมืองง่า อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
SORTS = [
    ("ล่าสุด", "a.created", "desc"),
    ("เก่าสุด", "a.created", "asc"),
    ("ยอดนิยม", "a.hits", "desc"),
    ("ชื่อเรื่อง", "a.title", "asc"),
]
FBCLID = "IwAR2kq8ZbXfPLm0s7v3QyTnW1dHcRj4uEo9aGi6YpBx5MhVtS0lKeNfJ"


def be_iso(d: dt.datetime, with_time: bool = True) -> str:
    s = f"{be(d)}-{d.month:02d}-{d.day:02d}"
    return s + f" {d:%H:%M}" if with_time else s


class ThemlerSite(BaseSite):
    key = "b53_joomla3_themler_canonical"
    family = "joomla"
    imitates = (
        "Joomla 3.9 com_content under a Themler-exported template (bd-* classes) of a provincial "
        "labour-protection office: sub-category items linked at /news/activity/<id> but canonical "
        "/activity/<id>, utm/fbclid slideshow links, sort links and a calendar module listing the "
        "same items, BE ISO dates '2567-03-05 10:30', sources 'ส่งข่าวโดย :' / 'สำนัก/กอง :', text "
        "in divs and <br><br>, related-news table inside the text container, tag commas inside "
        "links, print twins; blog ?start=N; deleted item = login wall (200)"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=27
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1350 + (n - i) * 2 + (i % 2)
            utc = a.published - dt.timedelta(hours=7)
            a.extra["alias"] = f"{utc:%Y-%m-%d-%H-%M}-{(a.id * 7) % 60:02d}"
            a.extra["sub"] = i % 3 == 1
            slug = f"{a.id}-{a.extra['alias']}"
            if a.extra["sub"]:
                a.path = f"/index.php/activity/{slug}"
                a.extra["listing_link"] = f"{LIST}/activity/{slug}"
            else:
                a.path = f"{LIST}/{slug}"
                a.extra["listing_link"] = a.path
            a.time_printed = True
            if a.modified is None:
                a.modified = a.published
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 40 + (i * 2897 + 311) % 3100
            a.extra["layout"] = ["p", "divs", "br"][i % 3]
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3

    def listing_pages(self):
        return [LIST, f"{LIST}?start=8", f"{LIST}?start=16"]

    def deleted_paths(self):
        return [DELETED_PATH]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and x.extra["sub"] == a.extra["sub"]]
        k = i % max(1, len(pool) - 3)
        return pool[k : k + 3]

    # ------------------------------------------------------------ shell
    def shell(self, *, title, crumbs, content, base_url, canonical=None, active="news", cal=None):
        cal = cal or (self.articles[0].published.year, self.articles[0].published.month)
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url">'
            f'<span itemprop="name">{esc(x.title)}</span></a> <span class="mod-date">({be_iso(x.published, False)})</span></li>'
            for x in self.articles[:5]
        )
        canon = f'\n\t<link href="{canonical}" rel="canonical" />' if canonical else ""
        menu = [
            ("หน้าแรก", "/index.php", "home"),
            ("เกี่ยวกับหน่วยงาน", "/index.php/about", "about"),
            ("ข่าวประชาสัมพันธ์", LIST, "news"),
            ("ข่าวกิจกรรม", "/index.php/activity", "activity"),
            ("กฎหมายแรงงาน", "/index.php/law", "law"),
            ("ติดต่อเรา", "/index.php/contact", "contact"),
        ]
        menu_html = "".join(
            f'<li class=" bd-menuitem-1 bd-toplevel-item {"active current" if k == active else ""}">'
            f'<a class="{"active" if k == active else ""}" href="{u}"><span>{lab}</span></a></li>'
            for lab, u, k in menu
        )
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-th">
<head>
    <meta charset="utf-8" />
	<base href="{base_url}" />
	<meta name="keywords" content="สวัสดิการ, คุ้มครองแรงงาน, ลำพูน" />
	<meta name="author" content="{AUTHOR}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{title}</title>{canon}
	<link href="/templates/{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="/media/jui/css/bootstrap.min.css?4a1b0c" rel="stylesheet" />
	<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?4a1b0c"></script>
	<script src="/media/jui/js/jquery-noconflict.js?4a1b0c"></script>
	<script src="/media/system/js/caption.js?4a1b0c"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
    <meta name="viewport" content="initial-scale = 1.0, maximum-scale = 1.0, user-scalable = no, width = device-width" />
    <link rel="stylesheet" href="/templates/{TPL}/css/bootstrap.min.css" media="screen" type="text/css" />
    <link rel="stylesheet" href="/templates/{TPL}/css/template.css" media="screen" type="text/css" />
    <script src="/templates/{TPL}/jquery.js"></script>
    <script src="/templates/{TPL}/script.js"></script>
</head>
<body class=" bootstrap bd-body-7  bd-pagebackground bd-margins">
    <header class=" bd-headerarea-1 bd-margins">
        <div class=" bd-layoutbox-3 bd-no-margins clearfix">
    <div class="bd-container-inner">
        <a class=" bd-logo-2" href="/">
<img class=" bd-imagestyles" src="/images/logo_dlpw.png" alt="{OFFICE}" />
</a>
<div class=" bd-headline-4"><div class="bd-container-inner"><h3><a href="/">{OFFICE}</a></h3></div></div>
<div class=" bd-slogan-3"><div class="bd-container-inner"><h4>Lamphun Provincial Labour Protection and Welfare Office</h4></div></div>
    </div>
</div>
<nav class=" bd-hmenu-1" data-responsive-menu="true" data-responsive-levels="expand on click">
    <div class=" bd-menu-1-mobile-toggle" data-toggle="collapse" data-target=".bd-hmenu-1 .collapse-button"><span class="bd-icon"></span></div>
    <div class="collapse navbar-collapse collapse-button"><div class=" bd-horizontalmenu-1 clearfix"><div class="bd-container-inner">
<ul class=" bd-menu-1 nav nav-pills navbar-left">{menu_html}</ul>
    </div></div></div>
</nav>
</header>
<div class=" bd-breadcrumbs-1"><div class="bd-container-inner">
<ol class="breadcrumb">{crumbs}</ol>
</div></div>
<div class=" bd-stretchtobottom-2 bd-stretch-to-bottom" data-control-selector=".bd-contentlayout-7">
<div class="bd-contentlayout-7  bd-sheetstyles  bd-no-margins bd-margins" >
    <div class="bd-container-inner">
        <div class="bd-flex-vertical bd-stretch-inner bd-contentlayout-offset">
            <div class="bd-flex-horizontal bd-flex-wide bd-no-margins">
                <div class="bd-flex-vertical bd-flex-wide bd-no-margins">
                    <div class=" bd-layoutitemsbox-20 bd-flex-wide bd-no-margins">
    <div class=" bd-content-12">
{content}
    </div>
</div>
                </div>
<aside class="bd-sidebararea-3-column  bd-flex-vertical bd-flex-fixed ">
    <div class="bd-sidebararea-3 bd-flex-wide  bd-margins">
        <div class=" bd-joomlaposition-4 clearfix" >
<div class=" bd-block bd-own-margins ">
    <div class=" bd-blockheader bd-tagstyles"><h4>{LATEST}</h4></div>
    <div class=" bd-blockcontent bd-tagstyles ">
<ul class="latestnews">{latest}</ul></div>
</div>
{self.calendar_block(*cal)}
<div class=" bd-block bd-own-margins ">
    <div class=" bd-blockheader bd-tagstyles"><h4>เข้าสู่ระบบ</h4></div>
    <div class=" bd-blockcontent bd-tagstyles ">
<form action="/index.php/news" method="post" id="login-form" class="form-inline">
<div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div>
<div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div>
<div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div>
<ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul>
<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMDE=" /><input type="hidden" name="c4f1e8d0b2a7e6f39d0c5b1a2e3f4d5c" value="1" /></div>
</form></div>
</div>
<div class=" bd-block bd-own-margins ">
    <div class=" bd-blockheader bd-tagstyles"><h4>สถิติผู้เข้าชม</h4></div>
    <div class=" bd-blockcontent bd-tagstyles "><div class="vcounter">ผู้เข้าชมวันนี้ 87 คน<br />{COUNTER}</div></div>
</div>
        </div>
    </div>
</aside>
            </div>
        </div>
    </div>
</div>
</div>
<footer class=" bd-footerarea-1">
    <div class=" bd-layoutcontainer-28 bd-columns bd-no-margins"><div class="bd-container-inner"><div class="container-fluid"><div class="row ">
<div class=" bd-columnwrapper-62 col-md-12"><div class="bd-layoutcolumn-62 bd-column" ><div class="bd-vertical-align-wrapper">
<p>{OFFICE}<br />{ADDRESS}<br />โทรศัพท์ 0 5351 1051 โทรสาร 0 5351 1052 อีเมล lamphun@labour.mail.go.th</p>
</div></div></div>
    </div></div></div></div>
    <div class=" bd-pagefooter-1">
        <div class="bd-container-inner">
            <a href="http://www.billionthemes.com/joomla_templates" target="_blank">Joomla Template</a> created with <a href="http://www.themler.com" target="_blank">Themler</a>.
        </div>
    </div>
</footer>
<div id="pdpa-consent" class="pdpa-bar" style="position:fixed;bottom:0;left:0;right:0;background:#2b2b2b;color:#fff;padding:10px;z-index:9999">
{COOKIE} <a href="/index.php/privacy-policy" style="color:#ffd54f">นโยบายความเป็นส่วนตัว</a>
<button type="button" class="btn btn-small" onclick="document.getElementById('pdpa-consent').style.display='none'">ยอมรับ</button>
</div>
</body>
</html>
"""

    def calendar_block(self, year: int, month: int) -> str:
        first = dt.date(year, month, 1)
        nxt = (first + dt.timedelta(days=32)).replace(day=1)
        prev = (first - dt.timedelta(days=1)).replace(day=1)
        days_with = {a.published.date() for a in self.articles}
        cells = ["<td></td>"] * first.weekday()
        d = first
        while d < nxt:
            if d in days_with:
                cells.append(
                    f'<td class="has-news"><a href="{LIST}?date={d.isoformat()}">{d.day}</a></td>'
                )
            else:
                cells.append(f"<td>{d.day}</td>")
            d += dt.timedelta(days=1)
        while len(cells) % 7:
            cells.append("<td></td>")
        rows = "".join(
            "<tr>" + "".join(cells[k : k + 7]) + "</tr>" for k in range(0, len(cells), 7)
        )
        nav_prev = (
            f'<a class="cal-prev" href="{LIST}?month={prev:%Y-%m}">&lsaquo; {MONTHS_ABBR[prev.month - 1]}</a>'
            if prev >= dt.date(2023, 10, 1)
            else ""
        )
        nav_next = (
            f'<a class="cal-next" href="{LIST}?month={nxt:%Y-%m}">{MONTHS_ABBR[nxt.month - 1]} &rsaquo;</a>'
            if nxt <= dt.date(2024, 6, 1)
            else ""
        )
        return f"""<div class=" bd-block bd-own-margins ">
    <div class=" bd-blockheader bd-tagstyles"><h4>ปฏิทินข่าว</h4></div>
    <div class=" bd-blockcontent bd-tagstyles "><div class="news-calendar">
<div class="cal-nav">{nav_prev} <span class="cal-month">{MONTHS[month - 1]} {year + 543}</span> {nav_next}</div>
<table class="cal"><thead><tr><th>จ</th><th>อ</th><th>พ</th><th>พฤ</th><th>ศ</th><th>ส</th><th>อา</th></tr></thead><tbody>{rows}</tbody></table>
</div></div>
</div>"""

    # ------------------------------------------------------------ pieces
    def date_icons(self, a) -> str:
        return (
            f'<div class=" bd-posticondate-16 bd-no-margins"><span class=" bd-icon bd-icon-10"><span>'
            f'<span class="bd-created">สร้างเมื่อ {be_iso(a.published)}</span>'
            f' | <span class="bd-modified">แก้ไขล่าสุด {be_iso(a.modified)}</span>'
            f"</span></span></div>"
        )

    def category_icon(self, a) -> str:
        if a.extra["sub"]:
            cat = (
                f'<a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a> &raquo; '
                f'<a href="/index.php/activity" itemprop="genre">ข่าวกิจกรรม</a>'
            )
        else:
            cat = f'<a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a>'
        return f'<div class=" bd-posticoncategory-24"><span class=" bd-icon bd-icon-53"><span>หมวด: {cat}</span></span></div>'

    def print_link(self, link: str) -> str:
        return f"{link}?tmpl=component&amp;print=1&amp;layout=default"

    def body_html(self, a) -> str:
        lay = a.extra["layout"]
        if lay == "p":
            text = "\n".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paras)
        elif lay == "divs":
            text = "\n<div>&nbsp;</div>\n".join(
                f'<div style="text-align: justify;"><span style="font-size: 12pt;">&nbsp; &nbsp; &nbsp;{esc(p)}</span></div>'
                for p in a.paras
            )
        else:
            text = (
                '<div class="news-text" style="text-align: justify;">'
                + "<br /><br />\n".join(esc(p) for p in a.paras)
                + "</div>"
            )
        src = a.extra["src"]
        if src:
            if lay == "p":
                text += (
                    f'\n<p style="text-align: right;"><strong>{src[0]} :</strong> {esc(src[1])}</p>'
                )
            else:
                text += f'\n<div style="text-align: right;"><br /><strong>{src[0]} :</strong> {esc(src[1])}</div>'
        img = f'<p><img class="caption" src="/images/news/{a.published:%Y/%m}/{a.id}_1.jpg" alt="" width="620" height="413" /></p>\n'
        share = (
            '<div class="bd-share-plg" style="margin:15px 0;">'
            f'<span class="share-label">{SHARE}</span> '
            f'<a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" rel="noopener">Facebook</a> '
            f'<a class="share-tw" href="https://twitter.com/intent/tweet?url={a.path}" target="_blank" rel="noopener">Twitter</a> '
            f'<a class="share-line" href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank" rel="noopener">LINE</a>'
            "</div>"
        )
        rows = "".join(
            f'<tr><td class="rel-date" style="width:110px">{be_iso(x.published, False)}</td>'
            f'<td class="rel-title"><a href="{x.path}">{esc(x.title)}</a></td></tr>'
            for x in self.related(a)
        )
        rel = (
            '<div class="relatednews-plg"><h4 class="relatednews-heading">' + RELATED + "</h4>"
            '<table class="table table-striped table-condensed relatednews"><thead><tr><th>วันที่</th>'
            f"<th>หัวข้อข่าว</th></tr></thead><tbody>{rows}</tbody></table></div>"
        )
        return img + text + "\n" + share + "\n" + rel

    def article_block(self, a, base_url: str) -> str:
        prev, nxt = self.neighbours(a)
        tags = ""
        if a.tags:
            links = "".join(
                f'\n            <a href="/index.php/component/tags/tag/{TAGS.index(t) + 3}-tag{TAGS.index(t) + 3}" itemprop="keywords">\n                {esc(t)}{"," if k < len(a.tags) - 1 else ""}            </a>'
                for k, t in enumerate(a.tags)
            )
            tags = f'<div class=" bd-posticontags-20 bd-no-margins">\n            <span class=" bd-icon bd-icon-46"><span>แท็ก: {links}\n            </span></span>\n</div>'
        pager = []
        if prev:
            pager.append(
                f'<li class=" bd-paginationitem-4"><a class="hasTooltip" title="{esc(prev.title)}" '
                f'aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev">'
                '<span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">&lsaquo; ก่อนหน้า</span></a></li>'
            )
        if nxt:
            pager.append(
                f'<li class=" bd-paginationitem-4"><a class="hasTooltip" title="{esc(nxt.title)}" '
                f'aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next">'
                '<span aria-hidden="true">ถัดไป &rsaquo;</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        link = base_url
        return f"""<!--TEMPLATE article_1 /-->
<!--COMPONENT common -->
<div class=" bd-blog " itemscope itemtype="http://schema.org/Article"  >
    <div class="bd-container-inner">
        <div class=" bd-grid-5 bd-margins">
          <div class="container-fluid">
            <div class="separated-grid row">
                <div class="separated-item-30 col-md-12 ">
                    <div class="bd-griditem-30">
        <article class=" bd-article-2">
            <div class=" bd-layoutcontainer-13 bd-columns bd-no-margins">
    <div class="bd-container-inner"><div class="container-fluid"><div class="row ">
                <div class=" bd-columnwrapper-37 col-lg-12 col-md-11 col-sm-10">
    <div class="bd-layoutcolumn-37 bd-column" ><div class="bd-vertical-align-wrapper"><div class=" bd-settopagebackground-1 bd-settopagebackground">
<div class=" bd-flexalign-9 bd-no-margins bd-flexalign">
<h2 class=" bd-postheader-2  "  itemprop="name">
                {esc(a.title)}
    </h2>
</div>
</div></div></div>
</div>
            </div></div></div>
</div>
		<div class=" bd-layoutbox-7 bd-no-margins clearfix">
    <div class="bd-container-inner">
        {self.date_icons(a)}
<div class=" bd-posticonauthor-18 bd-no-margins">
    <span class=" bd-icon bd-icon-42"><span>เขียนโดย <span itemprop="author">{AUTHOR}</span></span></span>
</div>
{self.category_icon(a)}
<div class=" bd-posticonhits-21 bd-no-margins"><span class=" bd-icon bd-icon-48"><span>จำนวนผู้เข้าชม: {a.views} ครั้ง</span></span></div>
<div class=" bd-posticonprint-22 bd-no-margins"><span class=" bd-icon bd-icon-49"><span><a href="{self.print_link(link)}" title="พิมพ์บทความ" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow">พิมพ์</a></span></span></div>
<div class=" bd-posticonemail-23 bd-no-margins"><span class=" bd-icon bd-icon-50"><span><a href="/index.php/component/mailto/?tmpl=component&amp;template={TPL}&amp;link=a{a.id}" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow">อีเมล</a></span></span></div>
    </div>
</div>
<div class=" bd-postcontent-2 bd-tagstyles bd-custom-blockquotes bd-contentlayout-offset"  itemprop="articleBody">
    {self.body_html(a)}
</div>
{tags}
        </article>
        <div class="bd-container-inner">
<div class=" bd-pager-2">
    <ul class=" bd-pagination-4 pager">
        {"".join(pager)}
    </ul>
</div></div>
                    </div>
                </div>
            </div>
        </div>
    </div>
    </div>
</div>
<!--COMPONENT common /-->
<div id="jc">
<div id="comments"></div>
<h4 class="jc-title">ความคิดเห็น (0)</h4>
<p class="jc-login-prompt">{COMMENT_PROMPT}</p>
</div>"""

    # ------------------------------------------------------------ pages
    def render_article(self, a, via_sub: bool, base):
        url = a.extra["listing_link"] if via_sub else a.path
        if a.extra["sub"]:
            if via_sub:
                crumbs_mid = (
                    f'<li><a href="{LIST}" class="pathway">ข่าวประชาสัมพันธ์</a></li>'
                    f'<li><a href="{LIST}/activity" class="pathway">ข่าวกิจกรรม</a></li>'
                )
            else:
                crumbs_mid = '<li><a href="/index.php/activity" class="pathway">ข่าวกิจกรรม</a></li>'
            active = "news" if via_sub else "activity"
        else:
            crumbs_mid = f'<li><a href="{LIST}" class="pathway">ข่าวประชาสัมพันธ์</a></li>'
            active = "news"
        crumbs = (
            '<li><a href="/index.php" class="pathway">หน้าแรก</a></li>'
            + crumbs_mid
            + f'<li class="active"><span>{esc(a.title)}</span></li>'
        )
        return self.html_response(
            self.shell(
                title=f"{esc(a.title)} - {SITE_NAME}",
                crumbs=crumbs,
                content=self.article_block(a, url),
                base_url=base + url,
                canonical=base + a.path,
                active=active,
            )
        )

    def render_print(self, a):
        text = self.body_html(a)
        return self.html_response(f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="robots" content="noindex, nofollow" />
<title>{esc(a.title)} - {SITE_NAME}</title>
<link href="/templates/{TPL}/css/print.css" rel="stylesheet" />
</head>
<body class="contentpane modal">
<div id="system-message-container"></div>
<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div id="pop-print" class="btn hidden-print"><a href="#" onclick="window.print();return false;"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></div>
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<dl class="article-info muted"><dd class="create">สร้างเมื่อ {be_iso(a.published)}</dd><dd class="hits">จำนวนผู้เข้าชม: {a.views}</dd></dl>
<div itemprop="articleBody">{text}</div>
</div>
</body>
</html>
""")

    def blog_item(self, link, title, d, intro, print_link=True) -> str:
        pl = (
            f'<div class=" bd-posticonprint-25 bd-no-margins"><span class=" bd-icon bd-icon-49"><span><a href="{self.print_link(link)}" title="พิมพ์บทความ" rel="nofollow">พิมพ์</a></span></span></div>'
            if print_link
            else ""
        )
        return f"""<div class="separated-item-46 col-md-12 ">
<div class="bd-griditem-46">
        <article class=" bd-article-3">
<h2 class=" bd-postheader-3  "  itemprop="name">
            <a href="{link}">
                {esc(title)}
            </a>
</h2>
<div class=" bd-posticondate-17 bd-no-margins"><span class=" bd-icon bd-icon-11"><span>สร้างเมื่อ {be_iso(d)}</span></span></div>
{pl}
<div class=" bd-postcontent-3 bd-tagstyles bd-contentlayout-offset"  itemprop="articleBody">
    <p>{esc(intro)}</p>
</div>
<a class="bd-postreadmore-3 bd-button-17 " href="{link}" >
    อ่านเพิ่มเติม ...</a>
        </article>
</div>
</div>"""

    def pagination(self, k: int, n: int, extra: str) -> str:
        def url(j):
            q = [x for x in (extra, f"start={j * PER}" if j else "") if x]
            return f"{LIST}?{'&amp;'.join(q)}" if q else LIST

        items = []
        if k > 0:
            items.append(
                f'<li class=" bd-paginationitem-3"><a title="เริ่มต้น" href="{url(0)}">เริ่มต้น</a></li>'
            )
            items.append(
                f'<li class=" bd-paginationitem-3"><a title="ก่อนหน้า" href="{url(k - 1)}">ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li class="active  bd-paginationitem-3"><span>{j + 1}</span></li>')
            else:
                items.append(
                    f'<li class=" bd-paginationitem-3"><a title="{j + 1}" href="{url(j)}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class=" bd-paginationitem-3"><a title="ถัดไป" href="{url(k + 1)}">ถัดไป</a></li>'
            )
            items.append(
                f'<li class=" bd-paginationitem-3"><a title="สุดท้าย" href="{url(n - 1)}">สุดท้าย</a></li>'
            )
        return (
            f'<div class=" bd-blogpagination-1"><ul class=" bd-pagination-3 pagination">{"".join(items)}</ul>'
            f'<p class="counter pull-right">หน้า {k + 1} จาก {n}</p></div>'
        )

    def render_listing(
        self, items, k, n, *, heading, extra="", slideshow=False, pagination=True, base="", cal=None
    ):
        if k == 1 and not extra:
            items = list(items)
            deleted = (
                DELETED_PATH,
                DELETED_TITLE,
                dt.datetime(2024, 2, 18, 15, 12, tzinfo=TZ),
                "ประกาศผลการคัดเลือกสถานประกอบกิจการดีเด่นด้านแรงงานสัมพันธ์และสวัสดิการแรงงาน ประจำปี 2567 เฉพาะผู้ได้รับการคัดเลือก",
            )
            items.insert(5, deleted)
        rows = (
            "\n".join(self.blog_item(*it) for it in items)
            or '<p class="no-news">ไม่มีข่าวในช่วงเวลานี้</p>'
        )
        sorts = " | ".join(
            f'<a href="{LIST}?filter_order={col}&amp;filter_order_Dir={dr}">{lab}</a>'
            for lab, col, dr in SORTS
        )
        slide = ""
        if slideshow:
            slide = (
                '<div class="bd-slider-1 carousel slide" id="highlight"><div class="carousel-inner">'
                + "".join(
                    f'<div class="item{" active" if j == 0 else ""}"><a href="{x.path}?utm_source=website&amp;utm_medium=slide&amp;utm_campaign=highlight&amp;fbclid={FBCLID}">'
                    f'<img src="/images/slide/{x.id}.jpg" alt="" /><div class="carousel-caption"><h4>ข่าวเด่น</h4><p>{esc(x.title)}</p></div></a></div>'
                    for j, x in enumerate(self.articles[:3])
                )
                + "</div></div>"
            )
        pag = self.pagination(k, n, extra) if pagination else ""
        content = f"""<!--TEMPLATE blog_1 /-->
<!--COMPONENT blog_3 -->
{slide}
<div class=" bd-blog-3 " itemscope itemtype="http://schema.org/Blog" >
    <div class="bd-container-inner">
            <h1 class=" bd-container-18 bd-tagstyles">{heading}</h1>
        <div class="blog-sort">เรียงตาม: {sorts}</div>
        <div class=" bd-grid-6 bd-margins">
          <div class="container-fluid">
            <div class="separated-grid row">
{rows}
            </div>
          </div>
        </div>
        {pag}
    </div>
</div>
<!--COMPONENT blog_3 /-->"""
        crumbs = (
            '<li><a href="/index.php" class="pathway">หน้าแรก</a></li>'
            '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        )
        return self.html_response(
            self.shell(
                title=f"ข่าวประชาสัมพันธ์ - {SITE_NAME}",
                crumbs=crumbs,
                content=content,
                base_url=base + LIST,
                cal=cal,
            )
        )

    def item_tuple(self, a):
        return (a.extra["listing_link"], a.title, a.published, a.paras[0][:260] + " ...")

    def render_deleted(self, base):
        content = """<div id="system-message-container">
<div class="alert alert-warning"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">คำเตือน</h4><div><div class="alert-message">กรุณาเข้าสู่ระบบก่อน</div></div></div>
</div>
<div class="login">
<form action="/index.php/component/users/?task=user.login" method="post" class="form-validate form-horizontal well">
<fieldset>
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
</fieldset>
</form>
</div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        crumbs = '<li><a href="/index.php" class="pathway">หน้าแรก</a></li><li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        return self.html_response(
            self.shell(
                title=SITE_NAME, crumbs=crumbs, content=content, base_url=base + DELETED_PATH
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 302, {"Location": LIST, "Content-Type": "text/html; charset=utf-8"}, b""
        if path == LIST:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER:
                return None
            k = int(start) // PER
            date = qs1(query, "date")
            month = qs1(query, "month")
            order = qs1(query, "filter_order")
            if date:
                items = [a for a in self.articles if a.published.date().isoformat() == date]
                return self.render_listing(
                    [self.item_tuple(a) for a in items],
                    0,
                    1,
                    heading=f"ข่าวประจำวันที่ {date}",
                    extra=f"date={date}",
                    pagination=False,
                    base=base,
                )
            if month:
                try:
                    y, m = (int(x) for x in month.split("-"))
                    first = dt.date(y, m, 1)
                except ValueError:
                    return None
                if not dt.date(2023, 10, 1) <= first <= dt.date(2024, 6, 1):
                    return None
                items = [
                    a for a in self.articles if (a.published.year, a.published.month) == (y, m)
                ]
                return self.render_listing(
                    [self.item_tuple(a) for a in items],
                    0,
                    1,
                    heading=f"ข่าวประจำเดือน{MONTHS[m - 1]} {y + 543}",
                    extra=f"month={month}",
                    pagination=False,
                    base=base,
                    cal=(y, m),
                )
            if order:
                direc = qs1(query, "filter_order_Dir", "desc")
                keyf = {
                    "a.created": lambda a: a.published,
                    "a.hits": lambda a: a.views,
                    "a.title": lambda a: a.title,
                }
                if order not in keyf:
                    return None
                arts = sorted(self.articles, key=keyf[order], reverse=direc == "desc")
                pages = paginate(arts, PER)
                if k >= len(pages):
                    return None
                return self.render_listing(
                    [self.item_tuple(a) for a in pages[k]],
                    k,
                    len(pages),
                    heading="ข่าวประชาสัมพันธ์",
                    extra=f"filter_order={order}&amp;filter_order_Dir={direc}",
                    base=base,
                )
            if k >= len(self.pages):
                return None
            return self.render_listing(
                [self.item_tuple(a) for a in self.pages[k]],
                k,
                len(self.pages),
                heading="ข่าวประชาสัมพันธ์",
                slideshow=k == 0,
                base=base,
            )
        if path == DELETED_PATH:
            return self.render_deleted(base)
        parts = path.rsplit("/", 1)
        if len(parts) != 2 or "-" not in parts[1]:
            return None
        sid = parts[1].split("-", 1)[0]
        a = self.by_id.get(int(sid)) if sid.isdigit() else None
        if not a:
            return None
        slug = f"{a.id}-{a.extra['alias']}"
        if parts[1] != slug:
            return None
        if parts[0] not in (LIST, f"{LIST}/activity", "/index.php/activity"):
            return None
        if a.extra["sub"] and parts[0] == LIST:
            return None
        if not a.extra["sub"] and parts[0] != LIST:
            return None
        if qs1(query, "print") == "1" and qs1(query, "tmpl") == "component":
            return self.render_print(a)
        return self.render_article(a, parts[0] == f"{LIST}/activity", base)

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                f"จำนวนผู้เข้าชม: {a.views} ครั้ง",
                f"เขียนโดย {AUTHOR}",
                AUTHOR,
                "หมวด: ข่าวประชาสัมพันธ์",
                SHARE,
                RELATED,
                "หัวข้อข่าว",
                COMMENT_PROMPT,
                "ความคิดเห็น (0)",
                LATEST,
                "ปฏิทินข่าว",
                COUNTER,
                COOKIE,
                CREDIT,
                ADDRESS,
                "ลืมรหัสผ่าน?",
                "‹ ก่อนหน้า",
                "ถัดไป ›",
                f"สร้างเมื่อ {be_iso(a.published)}",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            must_not += [
                be_iso(x.published, False)
                for x in self.related(a)
                if x.published.date() not in (a.published.date(), a.modified.date())
            ]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = ThemlerSite()

if __name__ == "__main__":
    main(SITE)
