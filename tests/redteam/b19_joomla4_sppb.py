"""Blind-19 red-team site: Joomla 4 + JoomShaper Helix Ultimate + SP Page Builder, the news
of a provincial administrative organisation (องค์การบริหารส่วนจังหวัดนครพนม), built blind.

What it imitates:
- com_content category blog at `/index.php/news`, offsets `?start=8` / `?start=16` (Joomla's
  "Page 1 of 3" counter and pagination__wrapper);
- SEF article URLs `/index.php/news/<id>-<alias>` whose alias is Joomla's fallback for a title
  without Latin letters: the creation time **in UTC** ('2024-02-14-03-30-12'), so the URL
  carries a date and a clock seven hours off the local one;
- Helix Ultimate's `sp-page-title` band holds the **headline** (`h1.sp-page-title-heading`)
  with the breadcrumb; the article itself hides its title (show_title = 0) and `<title>` is
  the article title plus the site name;
- `article-info`: `time[itemprop=datePublished]` with the 'c' datetime attribute and the text
  '14 กุมภาพันธ์ 2024' (Thai month, **CE year**, no time printed: the time is only in the
  attribute), 'ฮิต: 1234' with `meta itemprop=interactionCount`, and 'ปรับปรุงล่าสุด: …'
  (`itemprop=dateModified`) only for items that were edited;
- inside `div[itemprop=articleBody]`: a font-size/print/e-mail plugin bar at the top, the
  text, an SP Page Builder module loaded by `{loadmoduleid}` (sppb-section rows: a download
  button addon and a "ติดต่อสอบถาม" feature box), and for some a 'ข่าว/ภาพ : …' line;
- Helix's tags list, social share block, prev/next pagenavigation (visually-hidden titles),
  related articles, and SP Page Builder modules in the sidebar ('ข่าวล่าสุด' articles addon,
  visitor counter), a cookie notice;
- the deleted id answers 200 with Joomla's 'not authorised' system message and the login
  form (an item moved to Registered access).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b19b_common import B9Site, build, ce_thai_month, joomla_c, neighbours, record, utc_alias

ORG = "องค์การบริหารส่วนจังหวัดนครพนม"
SOURCES = [
    "งานประชาสัมพันธ์ อบจ.นครพนม",
    None,
    "กองยุทธศาสตร์และงบประมาณ อบจ.นครพนม",
    None,
    None,
    "งานประชาสัมพันธ์ อบจ.นครพนม",
]
DELETED_ID = 318
DELETED = f"/index.php/news/{DELETED_ID}-2024-09-02-04-11-37"
SHARE = "แชร์ข่าวนี้"
FONT_BAR = "ขนาดตัวอักษร"
CONTACT = "ติดต่อสอบถาม กองยุทธศาสตร์และงบประมาณ โทร 0 4251 1052"
DOWNLOAD = "ดาวน์โหลดเอกสารประกอบ"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"


def sppb_section(uid: int, addon_class: str, inner: str, cols: str = "sppb-col-md-12") -> str:
    return f"""<section id="section-id-{uid}" class="sppb-section"><div class="sppb-row-overlay"></div><div class="sppb-row-container"><div class="sppb-row"><div class="{cols}" id="column-wrap-id-{uid}1"><div id="column-id-{uid}1" class="sppb-column"><div class="sppb-column-addons"><div id="sppb-addon-wrapper-{uid}2" class="sppb-addon-wrapper"><div id="sppb-addon-{uid}2" class="clearfix"><div class="sppb-addon {addon_class}">{inner}</div></div></div></div></div></div></div></div></section>"""


class JoomlaSppbSite(B9Site):
    key = "b19_joomla4_sppb"
    family = "joomla"
    imitates = "Joomla 4 + Helix Ultimate + SP Page Builder: category blog /index.php/news?start=8 (offsets), SEF /index.php/news/<id>-<UTC creation time alias>, headline only in the sp-page-title band (article title hidden), time[datetime 'c'] with '14 กุมภาพันธ์ 2024' (CE year, time only in the attribute), 'ฮิต: 1234', 'ปรับปรุงล่าสุด' only when edited, font-size/print bar and an sppb-section module (download button, contact box) inside articleBody, 'ข่าว/ภาพ :' for some, tags, share, prev/next, related, sppb sidebar; deleted = not-authorised message + login form (200)"
    listing_path = "/index.php/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 131, SOURCES, dt.datetime(2024, 11, 20, 15, 0), first_id=301, step=1
        )
        for a in self.articles:
            a.time_printed = True  # the 'c' datetime attribute always holds the time
            a.extra["alias"] = utc_alias(a.published, (a.id * 7) % 60)
            a.path = f"/index.php/news/{a.id}-{a.extra['alias']}"
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return "User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n"

    # ------------------------------------------------------------------ shell

    def shell(self, title, page_title, crumb, component):
        latest = "".join(
            f'<div class="sppb-addon-article"><div class="sppb-article-info-wrap"><h3><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h3><div class="sppb-article-meta"><span class="sppb-meta-date" itemprop="datePublished">{ce_thai_month(a.published)}</span></div></div></div>'
            for a in self.articles[:4]
        )
        sidebar = (
            '<div class="sp-module"><div class="sp-module-content"><div class="mod-sppagebuilder sp-page-builder" data-module_id="121"><div class="page-content">'
            + sppb_section(
                9021,
                "sppb-addon-articles",
                f'<h3 class="sppb-addon-title">ข่าวล่าสุด</h3><div class="sppb-addon-content">{latest}</div>',
            )
            + sppb_section(
                9022,
                "sppb-addon-text-block",
                f'<h3 class="sppb-addon-title">{COUNTER}</h3><div class="sppb-addon-content"><p>วันนี้ 412<br>เมื่อวาน 1,036<br>ทั้งหมด 1,284,507</p></div>',
            )
            + "</div></div></div></div>"
        )
        bc = "".join(
            f'<li class="breadcrumb-item"><a href="{h}" class="pathway">{esc(t)}</a></li>'
            for h, t in crumb[:-1]
        )
        bc += f'<li class="breadcrumb-item active">{esc(crumb[-1][1])}</li>'
        return f"""<!doctype html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Helix Ultimate - The Most Popular Joomla! Template Framework.">
<title>{esc(title)}</title>
<link href="/templates/shaper_helixultimate/css/bootstrap.min.css" rel="stylesheet">
<link href="/components/com_sppagebuilder/assets/css/sppagebuilder.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"csrf.token":"8c1f0e7d2a","system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site helix-ultimate hu com_content com-content view-article layout-default task-none itemid-112 th-th ltr sticky-header layout-fluid offcanvas-init offcanvs-position-right">
<div class="body-wrapper"><div class="body-innerwrapper">
<div id="sp-top-bar"><div class="container"><div class="container-inner"><div class="row"><div id="sp-top1" class="col-lg-6"><div class="sp-column text-center text-lg-start"><ul class="sp-contact-info"><li class="sp-contact-phone"><span class="fas fa-phone"></span> <a href="tel:042511052">042-511052</a></li><li class="sp-contact-email"><span class="far fa-envelope"></span> <a href="mailto:saraban@nakhonphanompao.go.th">saraban@nakhonphanompao.go.th</a></li></ul></div></div><div id="sp-top2" class="col-lg-6"><div class="sp-column text-center text-lg-end"><ul class="social-icons"><li class="social-icon-facebook"><a target="_blank" href="https://www.facebook.com/pao.nakhonphanom" aria-label="Facebook"><span class="fab fa-facebook"></span></a></li></ul></div></div></div></div></div></div>
<header id="sp-header"><div class="container"><div class="container-inner"><div class="row"><div id="sp-logo" class="col-auto"><div class="sp-column"><div class="logo"><a href="/"><img class="logo-image" src="/images/logo-pao.png" alt="{ORG}"></a></div></div></div><div id="sp-menu" class="col-auto flex-auto"><div class="sp-column d-flex justify-content-end align-items-center"><nav class="sp-megamenu-wrapper d-flex" role="navigation"><ul class="sp-megamenu-parent menu-animation-fade-up d-none d-lg-block"><li class="sp-menu-item"><a href="/">หน้าหลัก</a></li><li class="sp-menu-item sp-has-child"><a href="/index.php/about">ข้อมูลหน่วยงาน</a></li><li class="sp-menu-item current-item active"><a aria-current="page" href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="sp-menu-item"><a href="/index.php/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li class="sp-menu-item"><a href="/index.php/ita">ITA</a></li><li class="sp-menu-item"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div></div></div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-lg-12"><div class="sp-column"><div class="sp-page-title"><div class="container"><h1 class="sp-page-title-heading">{esc(page_title)}</h1>
<ol itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li class="float-start"><span class="divider fas fa-map-marker-alt" aria-hidden="true"></span></li><li class="breadcrumb-item"><a href="/" class="pathway">หน้าหลัก</a></li>{bc}</ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="container-inner"><div class="row">
<main id="sp-component" class="col-lg-8"><div class="sp-column"><div id="system-message-container" aria-live="polite"></div>
{component}
</div></main>
<aside id="sp-right" class="col-lg-4"><div class="sp-column">{sidebar}</div></aside>
</div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="container-inner"><div class="row"><div id="sp-footer1" class="col-lg-12"><div class="sp-column"><span class="sp-copyright">© 2567 {ORG} ศาลากลางจังหวัดนครพนม ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000</span></div></div></div></div></div></footer>
</div></div>
<div class="sp-cookie-consent" style="position:fixed;bottom:0"><div class="sp-cookie-consent-content">{COOKIE} <a href="/index.php/privacy">นโยบายคุกกี้</a></div><div class="sp-cookie-consent-action"><a class="sp-cookie-allow" href="#">ยอมรับ</a></div></div>
<a href="#" class="sp-scroll-up" aria-label="Scroll Up"><span class="fas fa-angle-up" aria-hidden="true"></span></a>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def blog_item(self, path, title, d, intro):
        return f"""<div class="article-list"><div class="row"><div class="col-lg-12"><div class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="article-intro-image"><a href="{path}"><img src="/images/news/{path.rsplit("/", 1)[1][:3]}.jpg" alt="" itemprop="thumbnailUrl"></a></div>
<div class="article-body"><div class="article-header"><h2><a href="{path}">{esc(title)}</a></h2></div>
<div class="article-info"><span class="published" title="เผยแพร่: {ce_thai_month(d)}"><span class="far fa-calendar" aria-hidden="true"></span><time datetime="{joomla_c(d)}" itemprop="datePublished">{ce_thai_month(d)}</time></span></div>
<div class="article-introtext"><p>{esc(intro)}</p></div>
<div class="readmore"><a href="{path}" class="btn btn-primary" itemprop="url" aria-label="อ่านต่อ: {esc(title)}">อ่านต่อ...</a></div></div>
</div></div></div></div>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.blog_item(a.path, a.title, a.published, a.paras[0][:160] + "..."))
            if k == 1 and j == 3:
                items.append(
                    self.blog_item(
                        DELETED,
                        "ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการสรรหาพนักงานจ้างตามภารกิจ (ผู้มีทักษะ)",
                        dt.datetime(2024, 9, 2, 11, 11),
                        "ตามที่องค์การบริหารส่วนจังหวัดนครพนม ได้ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง...",
                    )
                )
        n = len(self.pages)

        def li(i, label, aria, disabled=False, active=False):
            if disabled:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{label}</span></li>'
            if active:
                return f'<li class="active page-item"><a aria-current="true" aria-label="{aria}" href="#" class="page-link">{label}</a></li>'
            return f'<li class="page-item"><a aria-label="{aria}" href="{self.page_url(i)}" class="page-link">{label}</a></li>'

        pag = li(
            0,
            '<span class="icon-angle-double-left" aria-hidden="true"></span>',
            "ไปยังหน้าแรก",
            disabled=k == 0,
        )
        pag += li(
            k - 1,
            '<span class="icon-angle-left" aria-hidden="true"></span>',
            "ไปยังหน้าก่อนหน้า",
            disabled=k == 0,
        )
        pag += "".join(li(i, str(i + 1), f"ไปยังหน้า {i + 1}", active=i == k) for i in range(n))
        pag += li(
            k + 1,
            '<span class="icon-angle-right" aria-hidden="true"></span>',
            "ไปยังหน้าถัดไป",
            disabled=k == n - 1,
        )
        pag += li(
            n - 1,
            '<span class="icon-angle-double-right" aria-hidden="true"></span>',
            "ไปยังหน้าสุดท้าย",
            disabled=k == n - 1,
        )
        component = f"""<div class="blog com-content-category-blog" itemscope itemtype="https://schema.org/Blog">
<div class="com-content-category-blog__items blog-items">{"".join(items)}</div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{pag}</ul></nav></div></div>
</div>"""
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {k + 1}" if k else "") + " - " + ORG
        return self.shell(title, "ข่าวประชาสัมพันธ์", [("/index.php/news", "ข่าวประชาสัมพันธ์")], component)

    # ------------------------------------------------------------------ detail

    def detail(self, a):
        d = a.published
        info = f"""<div class="article-info">
<span class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person" title="เขียนโดย: ผู้ดูแลระบบ"><a href="/index.php/news" itemprop="url"><span itemprop="name">ผู้ดูแลระบบ</span></a></span>
<span class="category-name" title="หมวดหมู่: ข่าวประชาสัมพันธ์"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></span>
<span class="published" title="เผยแพร่: {ce_thai_month(d)}"><time datetime="{joomla_c(d)}" itemprop="datePublished">{ce_thai_month(d)}</time></span>
<span class="hits"><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</span>"""
        if a.modified:
            info += f"""
<span class="modified"><time datetime="{joomla_c(a.modified)}" itemprop="dateModified">ปรับปรุงล่าสุด: {ce_thai_month(a.modified)}</time></span>"""
        info += "\n</div>"
        tools = f"""<div class="plg-fontsize-print btn-toolbar mb-3"><span class="label">{FONT_BAR}:</span> <a href="#" class="fs-dec">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-inc">ก+</a> <a href="{a.path}?tmpl=component&amp;print=1" rel="nofollow" class="print-icon"><span class="icon-print"></span> พิมพ์</a> <a href="/index.php/component/mailto/?link=x{a.id}" class="email-icon"><span class="icon-envelope"></span> อีเมล</a></div>"""
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        module = (
            '<div class="moduletable "><div class="mod-sppagebuilder sp-page-builder" data-module_id="133"><div class="page-content">'
            + sppb_section(
                4400 + a.id,
                "sppb-addon-button",
                f'<div class="sppb-addon-content"><a href="/images/documents/news-{a.id}.pdf" id="btn-{a.id}" class="sppb-btn sppb-btn-primary sppb-btn-rounded"><i class="fas fa-download"></i> {DOWNLOAD}</a></div>',
            )
            + sppb_section(
                4500 + a.id,
                "sppb-addon-feature",
                f'<div class="sppb-addon-content text-center"><span class="sppb-icon"><i class="fas fa-phone-alt"></i></span><div class="sppb-media-content"><h4 class="sppb-addon-title sppb-feature-box-title">{CONTACT}</h4><div class="sppb-addon-text">ในวันและเวลาราชการ 08.30 - 16.30 น.</div></div></div>',
            )
            + "</div></div></div>"
        )
        sign = f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>" if a.source else ""
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline mb-4">'
                + "".join(
                    f'<li class="list-inline-item tag-{i + 2} tag-list{i}" itemprop="keywords"><a href="/index.php/component/tags/tag/{i + 2}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        older, newer = neighbours(self.articles, a)
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><ul class="pagination ms-0">'
        if newer:
            nav += f'<li class="previous page-item"><a class="page-link" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next page-item"><a class="page-link" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul></nav>"
        related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3] or [
            x for x in self.articles if x is not a
        ][:3]
        rel = "".join(
            f'<div class="col-lg-4"><div class="article"><div class="article-body"><div class="article-header"><h2><a href="{x.path}">{esc(x.title)}</a></h2></div><div class="article-info"><span class="published"><time datetime="{joomla_c(x.published)}">{ce_thai_month(x.published)}</time></span></div></div></div></div>'
            for x in related
        )
        component = f"""<div class="article-details " itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="article-full-image float-start"><img src="/images/news/{a.id}.jpg" alt="" itemprop="image"></div>
{info}
<div itemprop="articleBody">
{tools}
{paras}
{module}
{sign}
</div>
{tags}
<div class="article-ratings-social-share d-flex justify-content-end"><div class="me-auto align-self-center"></div><div class="social-share-block"><div class="article-social-share"><div class="social-share-icon"><span class="share-label">{SHARE}</span><ul><li class="list-inline-item"><a class="facebook" onClick="window.open('https://www.facebook.com/sharer.php?u=x','Facebook','width=600,height=300');return false;" href="#" title="Facebook"><span class="fab fa-facebook" aria-hidden="true"></span></a></li><li class="list-inline-item"><a class="twitter" title="Twitter" href="#"><span class="fab fa-twitter"></span></a></li><li class="list-inline-item"><a class="line" title="LINE" href="#"><span class="fab fa-line"></span></a></li></ul></div></div></div></div>
{nav}
<div class="related-article-list-container"><h3 class="related-article-title">ข่าวที่เกี่ยวข้อง</h3><div class="article-list related-article-list"><div class="row">{rel}</div></div></div>
</div>"""
        return self.shell(
            f"{a.title} - {ORG}",
            a.title,
            [("/index.php/news", "ข่าวประชาสัมพันธ์"), (a.path, a.title)],
            component,
        )

    def deleted(self):
        component = """<div class="alert alert-warning" role="alert"><button type="button" class="btn-close" data-bs-dismiss="alert"></button><div class="alert-heading">คำเตือน</div><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้ กรุณาเข้าสู่ระบบ</div></div>
<div class="com-users-login login"><form action="/index.php/component/users/?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" class="form-control"></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" class="form-control"></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form>
<div class="com-users-login__options list-group"><a class="list-group-item" href="/index.php/component/users/reset">ลืมรหัสผ่าน?</a><a class="list-group-item" href="/index.php/component/users/remind">ลืมชื่อผู้ใช้?</a></div></div>"""
        return self.shell(
            f"เข้าสู่ระบบ - {ORG}",
            "เข้าสู่ระบบ",
            [("/index.php/news", "ข่าวประชาสัมพันธ์"), ("#", "เข้าสู่ระบบ")],
            component,
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                FONT_BAR,
                DOWNLOAD,
                CONTACT,
                SHARE,
                "ข่าวที่เกี่ยวข้อง",
                "ปรับปรุงล่าสุด",
                "ฮิต:",
                "บทความก่อนหน้า",
                "บทความถัดไป",
                older.title if older else "",
                newer.title if newer else "",
                COUNTER,
                "นโยบายคุกกี้",
                "ถนนอภิบาลบัญชา",
                "ผู้ดูแลระบบ",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = JoomlaSppbSite()

if __name__ == "__main__":
    main(SITE)
