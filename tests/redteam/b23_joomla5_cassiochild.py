"""Blind-23 red-team site: **Joomla 5.1 com_content under a Cassiopeia child template with
custom overrides** (`cassiopeia_ddpm`), a provincial disaster-prevention office
(สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดมหาสารคาม), built blind.

What it imitates:
- SEF URLs with rewriting off and the modern router with IDs removed: the category **list**
  menu item `/index.php/pr-news`, its pages `?start=10` / `?start=20`, articles
  `/index.php/pr-news/<alias>` where the alias is Joomla's fallback for a Thai title (the
  creation moment in UTC, `2024-03-05-07-20-11`);
- Cassiopeia's grid shell (`header.container-header` with `navbar-brand` and `mod-menu`,
  `div.site-grid` > `container-component` / `container-sidebar-right` with `card` modules,
  `footer.container-footer`, `#back-top`), media under `media/templates/site/cassiopeia…`,
  the importmap / `joomla-script-options`, generator meta, category RSS;
- the category list layout (`com-content-category__table` with title, `d-m-Y` date and a "ฮิต"
  badge, the search filter and the "แสดง #" limit box, "หน้า 1 จาก 3", `ul.pagination`);
  **a Registered-access article is still listed** (show_noauth): its row links to the
  com_users login view with a base64 `return` — the deleted item, 200 with the login form;
- the child's article override: page heading `h1` "ข่าวประชาสัมพันธ์" and **the headline in
  `h2[itemprop=headline]`**; the child's font-size / print tool; its info-block override prints
  **no `<time>` and no ISO value anywhere**: "เผยแพร่:" + `วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗` and a
  separate span `เวลา ๑๔.๒๐ น.` (**Thai digits, BE**), "ปรับปรุงล่าสุด: ๗ มี.ค. ๒๕๖๗ ๐๙.๑๕ น." **only
  when the article was edited**, "เปิดอ่าน ๑,๒๓๔ ครั้ง" (Thai digits), "เขียนโดย:" and "หมวด:";
- in `div[itemprop=articleBody]`: the TinyMCE text, a centred picture with a typed italic
  caption (some), typed "ข่าว/ภาพ :" / "ที่มา :" lines (some), Attachments for Joomla's table
  "ไฟล์แนบ:" (name, description, size, downloads; some) appended by its content plugin; after
  it the custom field list "ที่มา:" (other items), a share bar "แชร์:", tags, the pagenavigation
  plugin with the neighbour titles in `visually-hidden` spans, Komento's block with the login
  prompt; modules "ข่าวล่าสุด", "ข่าวที่เกี่ยวข้อง", login and a visitor counter; the Cookies Policy
  Notification Bar.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, esc, main, thai_digits
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

OFFICE = "สำนักงานป้องกันและบรรเทาสาธารณภัยจังหวัดมหาสารคาม"
SHORT = "ปภ.มหาสารคาม"
SOURCES = [
    "ฝ่ายป้องกันสาธารณภัย ปภ.มหาสารคาม",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดมหาสารคาม",
    "ศูนย์ ปภ. เขต 6 ขอนแก่น",
    "ฝ่ายบริหารทั่วไป ปภ.มหาสารคาม",
    None,
]
CAT = "ข่าวประชาสัมพันธ์"
LIST = "/index.php/pr-news"
UTC = dt.UTC
DELETED_TITLE = "รายงานสถานการณ์อุทกภัย (สำหรับหน่วยงานภายใน) ฉบับที่ 3"
RETURN = "aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudCZ2aWV3PWFydGljbGUmaWQ9MzE4JmNhdGlkPTEy"
DELETED = f"/index.php/component/users/login?Itemid=112&return={RETURN}"
TMPL = "/media/templates/site/cassiopeia"
CHILD = "/media/templates/site/cassiopeia_ddpm"


def th_long(d: dt.datetime) -> str:
    """'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗' (the override's own format: Thai digits, BE)."""
    return thai_digits(
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    )


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d.hour:02d}.{d.minute:02d} น.")


def th_short(d: dt.datetime) -> str:
    """'๗ มี.ค. ๒๕๖๗ ๐๙.๑๕ น.'"""
    return thai_digits(
        f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} {d.hour:02d}.{d.minute:02d} น."
    )


def h(s: str) -> str:
    return s.replace("&", "&amp;")


class CassioChildSite(B9Site):
    key = "b23_joomla5_cassiochild"
    family = "joomla"
    imitates = (
        "Joomla 5.1 + Cassiopeia child template (cassiopeia_ddpm) with overrides: category list "
        "/index.php/pr-news?start=N (table, d-m-Y, hits badge, limit box), articles "
        "/index.php/pr-news/<UTC alias>; page heading h1 + headline h2[itemprop=headline]; "
        "info-block override without <time>: Thai-digit BE weekday date + separate 'เวลา ๑๔.๒๐ น.' "
        "span, 'ปรับปรุงล่าสุด' only when edited, 'เปิดอ่าน ๑,๒๓๔ ครั้ง'; typed captions and source "
        "lines, Attachments table inside articleBody, custom field 'ที่มา:', share bar, tags, "
        "pagenavigation (visually-hidden titles), Komento login prompt, latest/related/login/counter "
        "modules, cookie bar; deleted = Registered-access row linking to the login view (200)"
    )
    listing_path = LIST
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 3, SOURCES, dt.datetime(2024, 4, 26, 17, 0), first_id=296, step=3
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the override always prints "เวลา … น."
            made = (a.published - dt.timedelta(minutes=7 + i % 23, seconds=11 + i)).astimezone(UTC)
            a.path = f"{LIST}/{made:%Y-%m-%d-%H-%M-%S}"
            a.extra["author"] = ["ประชาสัมพันธ์ ปภ.มค.", "Super User"][i % 2]
            # where the source is printed: a typed line in the text, or the custom field
            a.extra["typed"] = ["ข่าว/ภาพ : ", "ที่มา : ", None][i % 3]
            a.extra["image"] = i % 4 == 2
            a.extra["attach"] = i % 5 == 1
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == f"{LIST}?format=feed&type=rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://www.disaster.go.th{esc(a.path)}</link>"
                f'<guid isPermaLink="true">https://www.disaster.go.th{esc(a.path)}</guid>'
                f"<author>webmaster@disaster.go.th ({esc(a.extra['author'])})</author>"
                f"<category>{CAT}</category>"
                f"<pubDate>{a.published.astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = (
                '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source '
                'Content Management" -->\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
                f"<channel><title>{CAT}</title><link>https://www.disaster.go.th{LIST}</link>"
                "<generator>Joomla! - Open Source Content Management</generator>"
                f"<language>th-th</language>{items}</channel></rss>"
            )
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ shell

    def card(self, title, body, cls=""):
        return f"""<div class="sidebar-right card {cls}">
            <h3 class="card-header ">{title}</h3>        <div class="card-body">
                {body}    </div>
</div>"""

    def shell(self, title, body_class, content, crumbs, related=None, head_extra=""):
        latest = "".join(
            f'    <li itemscope itemtype="https://schema.org/Article">\n        <a href="{h(a.path)}" itemprop="url">\n            <span itemprop="name">\n                {esc(a.title)}            </span>\n        </a>\n    </li>\n'
            for a in self.articles[:5]
        )
        side = [
            self.card(
                "ข่าวล่าสุด", f'<ul class="mod-articleslatest latestnews mod-list">\n{latest}</ul>'
            )
        ]
        if related:
            lis = "".join(
                f'<li>\n        <a href="{h(r.path)}">\n                        {esc(r.title)}</a>\n    </li>\n'
                for r in related
            )
            side.append(
                self.card(
                    "ข่าวที่เกี่ยวข้อง",
                    f'<ul class="mod-relateditems relateditems mod-list">\n{lis}</ul>',
                )
            )
        side.append(
            self.card(
                "เข้าสู่ระบบ",
                f"""<form id="login-form-16" class="mod-login" action="{LIST}" method="post">
    <div class="mod-login__userdata userdata">
        <div class="mod-login__username form-group"><div class="input-group"><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"><label for="modlgn-username-16" class="visually-hidden">ชื่อผู้ใช้</label></div></div>
        <div class="mod-login__password form-group"><div class="input-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="รหัสผ่าน"><label for="modlgn-passwd-16" class="visually-hidden">รหัสผ่าน</label></div></div>
        <div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><input type="checkbox" name="remember" class="form-check-input" value="yes" id="form-login-input-remember-16"><label class="form-check-label" for="form-login-input-remember-16">จดจำฉัน</label></div></div>
        <div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div>
        <ul class="mod-login__options list-unstyled">
            <li><a href="/index.php/component/users/reset?Itemid=101">ลืมรหัสผ่าน?</a></li>
            <li><a href="/index.php/component/users/remind?Itemid=101">ลืมชื่อผู้ใช้?</a></li>
        </ul>
        <input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMTI="><input type="hidden" name="c5e8a0f1d2b34c6e9f7a8b1c2d3e4f50" value="1">    </div>
</form>""",
                "_login",
            )
        )
        side.append(
            self.card(
                "สถิติผู้เข้าชม",
                """<div class="mod-simplecounter"><table class="table table-sm"><tr><td>วันนี้</td><td class="text-end">96</td></tr><tr><td>เมื่อวาน</td><td class="text-end">241</td></tr><tr><td>เดือนนี้</td><td class="text-end">5,812</td></tr><tr><td>ทั้งหมด</td><td class="text-end">388,017</td></tr></table></div>""",
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">

<head>
    <meta charset="utf-8">
	<meta name="author" content="{SHORT}">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{OFFICE} กรมป้องกันและบรรเทาสาธารณภัย กระทรวงมหาดไทย">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)}</title>
{head_extra}	<link href="/media/system/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/system/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">

    <link href="/media/system/css/joomla-fontawesome.min.css?5b8e21" rel="lazy-stylesheet"><noscript><link href="/media/system/css/joomla-fontawesome.min.css?5b8e21" rel="stylesheet"></noscript>
	<link href="{TMPL}/css/template.min.css?5b8e21" rel="stylesheet">
	<link href="{TMPL}/css/global/colors_standard.min.css?5b8e21" rel="stylesheet">
	<link href="{CHILD}/css/user.css?5b8e21" rel="stylesheet">
	<link href="/plugins/system/cookiespolicynotificationbar/assets/css/cpnb-style.min.css" rel="stylesheet">
	<link href="/media/com_attachments/css/attachments_hide.css" rel="stylesheet">
	<style>:root {{ --cassiopeia-color-primary: #8a1c1c; --cassiopeia-color-link: #8a1c1c; }}</style>

    <script src="/media/mod_menu/js/menu.min.js?5b8e21" type="module"></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ","NOTICE":"ข้อสังเกต","WARNING":"คำเตือน","JCLOSE":"ปิด","JOK":"ตกลง","JOPEN":"เปิด"}},"system.paths":{{"root":"","rootFull":"https:\\/\\/www.disaster.go.th\\/","base":"","baseFull":"https:\\/\\/www.disaster.go.th\\/"}},"csrf.token":"c5e8a0f1d2b34c6e9f7a8b1c2d3e4f50"}}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="{TMPL}/js/template.min.js?5b8e21" type="module"></script>
	<script src="{CHILD}/js/fontsize.js?5b8e21" defer></script>
	<script src="/media/vendor/bootstrap/js/collapse.min.js?5.3.3" type="module"></script>

</head>

<body class="{body_class}">
    <header class="header container-header full-width">

                    <div class="container-topbar">
                <div id="mod-custom109" class="mod-custom custom">
    <p><a href="https://www.disaster.go.th/">กรมป้องกันและบรรเทาสาธารณภัย</a> | สายด่วน ๑๗๘๔</p></div>
            </div>

        
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <img loading="eager" decoding="async" src="/images/logo/ddpm-logo.png" alt="{OFFICE}" width="96" height="96">                    </a>
                                            <div class="site-description">{OFFICE}</div>
                                    </div>
            </div>
        
                    <div class="grid-child container-nav">
                                    
<nav class="navbar navbar-expand-lg" aria-label="เมนูหลัก">
    <button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="สลับการแสดงการนำทาง">
        <span class="icon-menu" aria-hidden="true"></span>
    </button>
    <div class="collapse navbar-collapse" id="navbar1">
        <ul class="mod-menu mod-list nav ">
<li class="nav-item item-101 default"><a href="/index.php" >หน้าแรก</a></li><li class="nav-item item-111"><a href="/index.php/about" >เกี่ยวกับหน่วยงาน</a></li><li class="nav-item item-112 current active"><a href="{LIST}" aria-current="page">{CAT}</a></li><li class="nav-item item-113"><a href="/index.php/warning" >ข่าวแจ้งเตือนภัย</a></li><li class="nav-item item-114"><a href="/index.php/procurement" >จัดซื้อจัดจ้าง</a></li><li class="nav-item item-115"><a href="/index.php/contact" >ติดต่อเรา</a></li></ul>
    </div>
</nav>

                                                    <div class="container-search">
                        <form class="mod-finder js-finder-searchform form-search" action="/index.php/search" method="get" role="search">
    <label for="mod-finder-searchword110" class="visually-hidden finder">ค้นหา</label><input type="text" name="q" id="mod-finder-searchword110" class="js-finder-search-query form-control" value="" placeholder="ค้นหา...">
            </form>
                    </div>
                            </div>
            </header>

    <div class="site-grid">

        
        
        
        
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="แถบนำทาง">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
                    <li class="mod-breadcrumbs__here float-start">
                คุณอยู่ที่: &#160;
            </li>
        {crumbs}    </ol>
    </nav>

            
            <div id="system-message-container" aria-live="polite"></div>

            <main>
            {content}
            </main>
            
        </div>

                    <div class="grid-child container-sidebar-right">
                {"".join(side)}
            </div>
        
        
        
    </div>

            <footer class="container-footer footer full-width">
            <div class="grid-child">
                <div id="mod-custom111" class="mod-custom custom">
    <p>{OFFICE}<br>ศาลากลางจังหวัดมหาสารคาม ถนนเชียงยืน ตำบลตลาด อำเภอเมืองมหาสารคาม จังหวัดมหาสารคาม ๔๔๐๐๐<br>โทรศัพท์ ๐ ๔๓๗๑ ๑๕๑๑ โทรสาร ๐ ๔๓๗๑ ๒๒๑๖</p></div>
            </div>
        </footer>
    
            <a href="#top" id="back-top" class="back-to-top-link" aria-label="กลับด้านบน">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>

    
<!--googleoff: all--><div class="cpnb-outer cpnb-div-position-bottom cpnb-div-position-fixed-bottom" style="display:none"><div class="cpnb-inner"><div class="cpnb-message">เว็บไซต์นี้มีการใช้คุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</div><div class="cpnb-buttons"><a class="cpnb-button cpnb-accept-btn" href="javascript:void(0);" data-action="accept">ยอมรับ</a><a class="cpnb-button cpnb-more-btn" href="/index.php/privacy-policy">นโยบายคุกกี้</a></div></div></div><!--googleon: all-->
</body>
</html>
"""

    def crumb(self, pos, label, href=None, last=False):
        if last:
            return f"""<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(label)}</span>                    <meta itemprop="position" content="{pos}">
            </li>
        """
        return f"""<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{h(href)}" class="pathway"><span itemprop="name">{esc(label)}</span></a>                    <meta itemprop="position" content="{pos}">
            </li>
        """

    # ------------------------------------------------------------------ list

    def listing(self, k):
        rows = []
        items = list(self.pages[k])
        entries = [("a", a) for a in items]
        if k == 1:
            entries.insert(3, ("deleted", None))
        for j, (kind, a) in enumerate(entries):
            if kind == "deleted":
                day = items[2].published - dt.timedelta(hours=6)
                rows.append(f"""                <tr class="cat-list-row{j % 2}" >
                    <th class="list-title" scope="row">
                                    {esc(DELETED_TITLE)} : 
                                            <a href="{h(DELETED)}" class="register">
                        ลงทะเบียนเพื่ออ่านเพิ่มเติม...                    </a>
                                                                        </th>
                                    <td class="list-date small">
                        {day:%d-%m-%Y}                    </td>
                                                                    <td class="list-hits">
                        <span class="badge bg-info">
                            ฮิต: 12                        </span>
                    </td>
                                                </tr>
""")
                continue
            rows.append(f"""                <tr class="cat-list-row{j % 2}" >
                    <th class="list-title" scope="row">
                                                    <a href="{h(a.path)}">
                                {esc(a.title)}                            </a>
                                                                        </th>
                                    <td class="list-date small">
                        {a.published:%d-%m-%Y}                    </td>
                                                                    <td class="list-hits">
                        <span class="badge bg-info">
                            ฮิต: {a.views}                        </span>
                    </td>
                                                </tr>
""")
        n = len(self.pages)

        def li(label, url, aria, icon=None, active=False, disabled=False):
            inner = f'<span class="{icon}" aria-hidden="true"></span>' if icon else label
            if active:
                return f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {label}" href="#" class="page-link">{label}</a></li>'
            if disabled:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{inner}</span></li>'
            return f'<li class="page-item"><a aria-label="{aria}" href="{h(url)}" class="page-link">{inner}</a></li>'

        pager = [
            li(
                "เริ่มต้น", self.page_url(0), "ไปยังหน้าเริ่มต้น", "icon-angle-double-left", disabled=k == 0
            ),
            li(
                "ก่อนหน้า",
                self.page_url(max(k - 1, 0)),
                "ไปยังหน้าก่อนหน้า",
                "icon-angle-left",
                disabled=k == 0,
            ),
        ]
        for i in range(n):
            pager.append(li(str(i + 1), self.page_url(i), f"ไปยังหน้า {i + 1}", active=i == k))
        pager += [
            li(
                "ถัดไป",
                self.page_url(min(k + 1, n - 1)),
                "ไปยังหน้าถัดไป",
                "icon-angle-right",
                disabled=k == n - 1,
            ),
            li(
                "สุดท้าย",
                self.page_url(n - 1),
                "ไปยังหน้าสุดท้าย",
                "icon-angle-double-right",
                disabled=k == n - 1,
            ),
        ]
        content = f"""<div class="com-content-category category-list">

<div class="content-category">
            <h1>
            {CAT}        </h1>
        
    
<form action="{h(self.page_url(k))}" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">
            <div class="com-content__filter btn-group">
                            <label class="filter-search-lbl visually-hidden" for="filter-search">
                    กรองตามหัวข้อ                </label>
                <input type="text" name="filter-search" id="filter-search" value="" class="inputbox" onchange="document.adminForm.submit();" placeholder="กรองตามหัวข้อ">
                <button type="submit" name="filter-search-button" title="ค้นหา" onclick="document.adminForm.submit();" class="btn btn-secondary">
                    <span class="fas fa-search" aria-hidden="true"></span>
                </button>
                <button type="reset" name="filter-clear-button" title="ล้าง" class="btn btn-secondary" onclick="document.adminForm.filter_search.value = '';">
                    <span class="fas fa-times" aria-hidden="true"></span>
                </button>
                    </div>
                    <div class="com-content-category__pagination btn-group float-end">
                <label for="limit" class="visually-hidden">
                    แสดง #                </label>
                <select id="limit" name="limit" class="form-select" onchange="this.form.submit()">
	<option value="5">5</option>
	<option value="10" selected="selected">10</option>
	<option value="15">15</option>
	<option value="20">20</option>
	<option value="25">25</option>
	<option value="30">30</option>
	<option value="50">50</option>
	<option value="100">100</option>
	<option value="0">ทั้งหมด</option>
</select>
            </div>
    
            <table class="com-content-category__table category table table-striped table-bordered table-hover">
            <caption class="visually-hidden">
                บทความ,                            </caption>
            <thead>
                <tr>
                    <th scope="col" id="categorylist_header_title">
                        <a href="#" onclick="Joomla.tableOrdering('a.title','asc','', document.getElementById('adminForm'));return false;" class="js-tooltip" data-bs-toggle="tooltip" title="คลิกเพื่อเรียงตามคอลัมน์นี้">หัวข้อ</a>                    </th>
                                            <th scope="col" id="categorylist_header_date">
                                                            <a href="#" onclick="Joomla.tableOrdering('a.publish_up','asc','', document.getElementById('adminForm'));return false;" class="js-tooltip" data-bs-toggle="tooltip" title="คลิกเพื่อเรียงตามคอลัมน์นี้">วันที่เผยแพร่</a>                                                    </th>
                                                                                    <th scope="col" id="categorylist_header_hits">
                            <a href="#" onclick="Joomla.tableOrdering('a.hits','asc','', document.getElementById('adminForm'));return false;" class="js-tooltip" data-bs-toggle="tooltip" title="คลิกเพื่อเรียงตามคอลัมน์นี้">ฮิต</a>                        </th>
                                                                            </tr>
            </thead>
            <tbody>
{"".join(rows)}            </tbody>
        </table>
    
                <div class="com-content-category__navigation w-100">
                            <p class="com-content-category__counter counter float-end pt-3 pe-2">
                    หน้า {k + 1} จาก {n}                </p>
                        <div class="com-content-category__pagination">
                <nav class="pagination__wrapper" aria-label="การแบ่งหน้า">
    <ul class="pagination ms-0 mb-4">
        {"".join(pager)}
    </ul>
</nav>
            </div>
        </div>
        <div>
        <input type="hidden" name="filter_order" value="">
        <input type="hidden" name="filter_order_Dir" value="">
        <input type="hidden" name="limitstart" value="">
        <input type="hidden" name="task" value="">
    </div>
</form>
    </div>

</div>"""
        head = f'\t<link href="{h(LIST)}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="{CAT}">\n'
        crumbs = self.crumb(1, "หน้าแรก", "/index.php") + self.crumb(2, CAT, last=True)
        return self.shell(
            f"{CAT} - {SHORT}" if k == 0 else f"{CAT} - หน้า {k + 1} - {SHORT}",
            "site com_content wrapper-static view-category no-layout no-task itemid-112 has-sidebar-right",
            content,
            crumbs,
            head_extra=head,
        )

    # ------------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 1, i + 4, i - 2) if 0 <= j < len(self.articles)]

    def text(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<p style="text-align: center;"><img src="/images/news/2567/{a.id}/01.jpg" alt="" width="800" height="533" loading="lazy"></p>\n<p style="text-align: center;"><em>ภาพประกอบ : กิจกรรมของ {SHORT}</em></p>',
            )
        if a.source and a.extra["typed"]:
            paras.append(f'<p style="text-align: right;">{a.extra["typed"]}{esc(a.source)}</p>')
        body = "\n".join(paras)
        if a.extra["attach"]:
            body += f"""
<div class="attachmentsContainer">

<div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}">
<table>
<caption>ไฟล์แนบ:</caption>
<thead>
<tr><th class="at_filename">ไฟล์</th><th class="at_description">รายละเอียด</th><th class="at_file_size">ขนาดไฟล์</th><th class="at_downloads">ดาวน์โหลด</th></tr>
</thead>
<tbody>
<tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/{a.id}/ddpm-mk-{a.id}.pdf" title="ดาวน์โหลดไฟล์นี้ (ddpm-mk-{a.id}.pdf)"><img src="/media/com_attachments/images/file_icons/pdf.gif" alt="ดาวน์โหลดไฟล์นี้ (ddpm-mk-{a.id}.pdf)" /></a>&nbsp;<a class="at_url" href="/attachments/article/{a.id}/ddpm-mk-{a.id}.pdf" title="ดาวน์โหลดไฟล์นี้ (ddpm-mk-{a.id}.pdf)">ddpm-mk-{a.id}.pdf</a></td><td class="at_description">หนังสือสั่งการจังหวัด</td><td class="at_file_size">{180 + a.id % 300} kB</td><td class="at_downloads">{3 + a.id % 40} ดาวน์โหลด</td></tr>
</tbody></table>
</div>

</div>"""
        return body

    def info(self, a):
        mod = ""
        if a.modified:
            mod = f"""
                    <dd class="modified">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    ปรับปรุงล่าสุด: {th_short(a.modified)}</dd>"""
        return f"""<dl class="article-info text-muted">

            <dt class="article-info-term">
                                    รายละเอียด                            </dt>

                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">
    <span class="icon-user icon-fw" aria-hidden="true"></span>
                    เขียนโดย: <span itemprop="name">{esc(a.extra["author"])}</span>    </dd>

                    <dd class="category-name">
    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>                        หมวด: <a href="{LIST}" itemprop="genre">{CAT}</a>    </dd>

                    <dd class="published">
    <span class="icon-calendar icon-fw" aria-hidden="true"></span>
    เผยแพร่: <span class="th-date">{th_long(a.published)}</span> <span class="th-time">{th_time(a.published)}</span></dd>
{mod}
                    <dd class="hits">
    <span class="icon-eye icon-fw" aria-hidden="true"></span>
    เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</dd>
            </dl>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        fields = ""
        if a.source and not a.extra["typed"]:
            fields = f"""<ul class="fields-container">
    <li class="field-entry source "><span class="field-label ">ที่มา: </span><span class="field-value ">{esc(a.source)}</span>
</li></ul>
"""
        tags = ""
        if a.tags:
            lis = "".join(
                f'                <li class="list-inline-item tag-{n + 4} tag-list{n}">\n                    <a href="/index.php/component/tags/tag/{n + 4}" class="btn btn-sm btn-info">\n                        {esc(t)}                    </a>\n                </li>\n'
                for n, t in enumerate(a.tags)
            )
            tags = f'        <ul class="tags list-inline">\n{lis}            </ul>\n'
        nav = ""
        if newer:
            nav += f'            <a class="btn btn-sm btn-secondary previous" href="{h(newer.path)}" rel="prev">\n            <span class="visually-hidden">\n                บทความก่อนหน้า: {esc(newer.title)}            </span>\n            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span>            </a>\n'
        if older:
            nav += f'            <a class="btn btn-sm btn-secondary next" href="{h(older.path)}" rel="next">\n            <span class="visually-hidden">\n                บทความถัดไป: {esc(older.title)}            </span>\n            <span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>\n'
        share = f"""<div class="ddpm-share"><span class="ddpm-share__label">แชร์:</span>
<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.disaster.go.th{h(a.path)}" target="_blank" rel="noopener" class="btn btn-sm fb">Facebook</a>
<a href="https://social-plugins.line.me/lineit/share?url=https://www.disaster.go.th{h(a.path)}" target="_blank" rel="noopener" class="btn btn-sm line">LINE</a>
<a href="https://twitter.com/intent/tweet?url=https://www.disaster.go.th{h(a.path)}" target="_blank" rel="noopener" class="btn btn-sm x">X</a>
</div>"""
        content = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
    <meta itemprop="inLanguage" content="th-TH">
        <div class="page-header">
        <h1> {CAT} </h1>
    </div>
    
        
        <div class="page-header">
        <h2 itemprop="headline">
            {esc(a.title)}        </h2>
                            </div>
        
    <div class="ddpm-tools float-end">
        <span class="ddpm-tools__label">ขนาดตัวอักษร</span>
        <button type="button" class="btn btn-sm" data-fontsize="-1" aria-label="ลดขนาดตัวอักษร">ก-</button><button type="button" class="btn btn-sm" data-fontsize="0" aria-label="ขนาดปกติ">ก</button><button type="button" class="btn btn-sm" data-fontsize="1" aria-label="เพิ่มขนาดตัวอักษร">ก+</button>
        <a href="{h(a.path)}?tmpl=component&amp;print=1" class="btn btn-sm" rel="nofollow" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a>
    </div>

            {self.info(a)}
    
        
                                                <div itemprop="articleBody" class="com-content-article__body">
        {self.text(a)}    </div>

    {fields}{share}
                                        {tags}
<nav class="pagenavigation" aria-label="การนำทางหน้า">
    <span class="pagination ms-0">
{nav}        </span>
</nav>
                    <div id="fd" class="kt kt-frontend" data-kt-structure="">
	<div class="kt-comments-container" data-kt-comments-container>
		<div class="kt-comment-title">ความคิดเห็น <span class="kt-comment-counter">(0)</span></div>
		<div class="kt-login-form o-alert o-alert--info">กรุณา <a href="/index.php/component/users/login?Itemid=101">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</div>
	</div>
</div>
    </div>"""
        crumbs = (
            self.crumb(1, "หน้าแรก", "/index.php")
            + self.crumb(2, CAT, LIST)
            + self.crumb(3, a.title, last=True)
        )
        head = f'\t<meta name="description" content="{esc(a.paras[0][:160])}">\n\t<meta name="author" content="{esc(a.extra["author"])}">\n'
        return self.shell(
            f"{a.title} - {SHORT}",
            "site com_content wrapper-static view-article no-layout no-task itemid-112 has-sidebar-right",
            content,
            crumbs,
            self.related(a),
            head,
        )

    def deleted(self):
        content = """<div class="com-users-login login">
            <div class="page-header">
            <h1>
                เข้าสู่ระบบ            </h1>
        </div>
    
    
    <form action="/index.php/component/users/login?task=user.login&amp;Itemid=112" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">

        <fieldset>
            <div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="form-control validate-username required" size="25" required autocomplete="username" autofocus></div></div>
            <div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><div class="password-group"><div class="input-group"><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" size="25" maxlength="99" required></div></div></div></div>
            <div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">จดจำฉัน</label></div></div>
            <div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
            <input type="hidden" name="return" value="aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudCZ2aWV3PWFydGljbGUmaWQ9MzE4JmNhdGlkPTEy">
            <input type="hidden" name="c5e8a0f1d2b34c6e9f7a8b1c2d3e4f50" value="1">        </fieldset>
    </form>
    <div class="com-users-login__options list-group">
        <a class="com-users-login__reset list-group-item" href="/index.php/component/users/reset?Itemid=101">ลืมรหัสผ่าน?</a>
        <a class="com-users-login__remind list-group-item" href="/index.php/component/users/remind?Itemid=101">ลืมชื่อผู้ใช้?</a>
    </div>
</div>"""
        crumbs = self.crumb(1, "หน้าแรก", "/index.php") + self.crumb(2, "เข้าสู่ระบบ", last=True)
        return self.shell(
            f"เข้าสู่ระบบ - {SHORT}",
            "site com_users wrapper-static view-login no-layout no-task itemid-112 has-sidebar-right",
            content,
            crumbs,
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"{CAT} - {SHORT}",
                "เผยแพร่:",
                th_long(a.published),
                th_time(a.published),
                "ปรับปรุงล่าสุด:",
                th_short(a.modified) if a.modified else "",
                f"เปิดอ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "เขียนโดย:",
                a.extra["author"],
                "หมวด:",
                "ขนาดตัวอักษร",
                "พิมพ์",
                "ภาพประกอบ : กิจกรรมของ",
                "ไฟล์แนบ:",
                "หนังสือสั่งการจังหวัด",
                f"ddpm-mk-{a.id}.pdf",
                "แชร์:",
                "ความคิดเห็น",
                "เพื่อแสดงความคิดเห็น",
                *[x.title for x in (older, newer) if x],
                "บทความก่อนหน้า:",
                "บทความถัดไป:",
                "ข่าวที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "จดจำฉัน",
                "ลืมรหัสผ่าน?",
                "คุณอยู่ที่:",
                "สายด่วน ๑๗๘๔",
                "ศาลากลางจังหวัดมหาสารคาม ถนนเชียงยืน",
                "เว็บไซต์นี้มีการใช้คุกกี้",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = CassioChildSite()

if __name__ == "__main__":
    main(SITE)
