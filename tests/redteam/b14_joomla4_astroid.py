"""Blind-14 red-team site: Joomla 4.4 with an **Astroid Framework** 3 template, a district
office (ที่ทำการปกครองอำเภอ), built blind.

What it imitates:
- SEF URLs **without URL rewriting**: `/index.php/news/<id>-<alias>`; the articles have Thai
  titles and unicode aliases are off, so Joomla made every alias from the creation moment in
  **UTC** (`2024-02-16-03-30-00`): a date in the URL that is seven hours behind;
- the category blog `/index.php/news` with `?start=8`, `?start=16` (**offsets**; Joomla's
  pagination "หน้าแรก", "ก่อนหน้า", numbers, "ถัดไป", "หน้าสุดท้าย");
- Astroid's `dl.article-info.muted`: "เขียนโดย", "หมวดหมู่", `dd.published` with
  `<time datetime="2024-02-16T10:30:00+07:00" itemprop="datePublished">เผยแพร่: กุมภาพันธ์ 16,
  2024</time>` (the site's `DATE_FORMAT_LC3` is `F j, Y`: **month first**, CE, the time only in
  the attribute), Astroid's read time "เวลาอ่าน 3 นาที", `dd.modified` "ปรับปรุงล่าสุด: …" on
  **every** article (show_modify_date; equal to the publication when never edited), `dd.hits`
  "เปิดอ่าน: 1234";
- the `h1` headline in `.page-header` under the info block (info above the title);
- the text in `div[itemprop=articleBody]`, ending for some in "ข่าว/ภาพ : <office>"; **inside
  the article body** the content plugins' output: a "แชร์บทความ" social bar (Astroid), then the
  tags `ul.tags`, Astroid's author box "เกี่ยวกับผู้เขียน", "บทความที่เกี่ยวข้อง" (three
  titles) and the pagenavigation "ก่อนหน้า" / "ถัดไป";
- modules: breadcrumbs "คุณอยู่ที่นี่:", "ข่าวล่าสุด" (mod_articles_latest), a visitor counter
  (วันนี้ / เมื่อวาน / ทั้งหมด), the footer; Astroid's back-to-top and a GDPR cookie notice;
- the unpublished article (access level changed), linked from page 2, answers 200 with the
  template and Joomla's warning "คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้" and the login module.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b14_common import B9Site, build, month_first, neighbours, record

OFFICE = "ที่ทำการปกครองอำเภอแม่สาย"
SOURCES = [None, None, "ฝ่ายปกครอง ที่ทำการปกครองอำเภอแม่สาย", None, "งานประชาสัมพันธ์ อำเภอแม่สาย"]
UTC = dt.UTC


def alias(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")


DELETED_ID = 1187
DELETED_DATE = dt.datetime(2024, 1, 19, 8, 15, tzinfo=dt.timezone(dt.timedelta(hours=7)))
DELETED = f"/index.php/news/{DELETED_ID}-{alias(DELETED_DATE)}"


class AstroidSite(B9Site):
    key = "b14_joomla4_astroid"
    family = "joomla"
    imitates = "Joomla 4.4 + Astroid Framework template: /index.php/news/N-<UTC creation alias>, category blog ?start=8 offsets, dl.article-info with <time datetime> and 'เผยแพร่: กุมภาพันธ์ 16, 2024' (month first, CE), 'ปรับปรุงล่าสุด' on every article, 'เปิดอ่าน: N', 'ข่าว/ภาพ :' for some, share/tags/author/related/pagenav inside the article body"
    listing_path = "/index.php/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 83, SOURCES, dt.datetime(2024, 2, 26, 11, 0), first_id=1190, step=3
        )
        for a in self.articles:
            a.path = f"/index.php/news/{a.id}-{alias(a.published)}"
            # Joomla prints the modified date on every article: a never-edited one carries
            # the publication moment
            if a.modified is None:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/index.php/news" if k == 0 else f"/index.php/news?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == "/index.php/news?start=0":
            return self.html_response(self.listing(0))
        return None

    def shell(self, title, component, crumb_tail):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        crumbs = '<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่นี่: &#160;</li><li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php" class="pathway"><span>หน้าแรก</span></a></li>'
        crumbs += (
            '<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/index.php/news" class="pathway"><span>ข่าวประชาสัมพันธ์</span></a></li>'
            if crumb_tail
            else '<li class="mod-breadcrumbs__item breadcrumb-item active"><span>ข่าวประชาสัมพันธ์</span></li>'
        )
        if crumb_tail:
            crumbs += f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(crumb_tail)}</span></li>'
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/astroid_maesai/css/compiled-6b1c4a6c.css" rel="stylesheet" />
<link href="/media/astroid/assets/vendor/fontawesome/css/all.min.css" rel="stylesheet" />
</head>
<body class="site astroid-framework com-content view-article layout-default itemid-112 astroid-header-horizontal-left maesai-home tp-style-14 th-TH ltr">
<div class="astroid-container"><div class="astroid-content"><div class="astroid-layout astroid-layout-wide"><div class="astroid-wrapper">
<section class="astroid-section astroid-header-section" id="hs-1529472563843"><div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-12"><div class="astroid-header">
<header id="astroid-header" class="astroid-header astroid-horizontal-header astroid-horizontal-left-header"><div class="d-flex flex-row justify-content-between">
<div class="header-left-section d-flex justify-content-start"><div class="logo-wrapper astroid-logo"><a target="_self" class="astroid-logo astroid-logo-image d-flex align-items-center" href="/index.php"><img src="/images/logo-maesai.png" alt="{OFFICE}" class="astroid-logo-default" /></a></div></div>
<div class="header-right-section d-flex justify-content-end"><div class="astroid-nav d-none d-lg-block"><ul class="nav astroid-nav d-none d-lg-flex"><li class="nav-item nav-item-id-101 nav-item-level-1"><a href="/index.php" class="as-menu-item nav-link-item-id-101 nav-link item-link-component item-level-1"><span class="nav-title">หน้าแรก</span></a></li><li class="nav-item nav-item-id-112 nav-item-level-1 nav-item-active"><a href="/index.php/news" class="as-menu-item nav-link-item-id-112 nav-link active item-link-component item-level-1"><span class="nav-title">ข่าวประชาสัมพันธ์</span></a></li><li class="nav-item nav-item-id-115 nav-item-level-1"><a href="/index.php/services" class="as-menu-item nav-link item-level-1"><span class="nav-title">งานบริการประชาชน</span></a></li><li class="nav-item nav-item-id-118 nav-item-level-1"><a href="/index.php/damrongdhama" class="as-menu-item nav-link item-level-1"><span class="nav-title">ศูนย์ดำรงธรรมอำเภอ</span></a></li><li class="nav-item nav-item-id-120 nav-item-level-1"><a href="/index.php/contact" class="as-menu-item nav-link item-level-1"><span class="nav-title">ติดต่อเรา</span></a></li></ul></div></div>
</div></header></div></div></div></div></section>
<section class="astroid-section" id="bc-1"><div class="container"><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">{crumbs}</ol></nav></div></section>
<section class="astroid-section astroid-component-section" id="content-1"><div class="container"><div class="astroid-row row">
<div class="astroid-column col-lg-8"><main class="astroid-component"><div id="system-message-container" aria-live="polite"></div>
{component}
</main></div>
<div class="astroid-column col-lg-4"><div class="astroid-module-position" id="sidebar-right">
<div class="moduletable "><h3 class="module-title">ข่าวล่าสุด</h3><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
<div class="moduletable "><h3 class="module-title">สถิติผู้เยี่ยมชม</h3><div class="vvisit_counter"><table><tr><td>วันนี้</td><td>58</td></tr><tr><td>เมื่อวาน</td><td>133</td></tr><tr><td>ทั้งหมด</td><td>207,415</td></tr></table></div></div>
</div></div>
</div></div></section>
<section class="astroid-section astroid-footer-section" id="f-1"><div class="container"><div class="astroid-footer"><div class="copyright">© 2567 {OFFICE} จังหวัดเชียงราย โทร. 053-731-047 | Designed by JoomDev</div></div></div></section>
</div></div></div></div>
<a id="astroid-backtotop" class="circle" href="javascript:void(0)" title="กลับขึ้นด้านบน"><i class="fas fa-arrow-up"></i></a>
<div class="cookie-notice" id="gdpr-notice"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน</p><button class="btn btn-primary btn-sm">ยอมรับ</button></div>
<script src="/media/astroid/assets/js/astroid.min.js?7d1d"></script>
</body>
</html>"""

    def published_dd(self, d):
        return f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{d.isoformat()}" itemprop="datePublished">เผยแพร่: {month_first(d)}</time></dd>'

    def listing(self, k):
        items = []
        rows = [(a.path, a.title, a.published, a.paras[0], a.id) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                2,
                (
                    DELETED,
                    "ประกาศอำเภอแม่สาย เรื่อง การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ",
                    DELETED_DATE,
                    "ด้วยอำเภอแม่สายจะดำเนินการรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป",
                    DELETED_ID,
                ),
            )
        for path, title, d, first, _aid in rows:
            items.append(f"""<div class="items-row cols-1 row-{len(items)} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>{self.published_dd(d)}</dl>
<p>{esc(first[:160])}…</p>
<p class="readmore"><a class="btn btn-secondary" href="{path}" aria-label="อ่านต่อ: {esc(title)}">อ่านต่อ…</a></p>
</div></div></div>""")
        n = len(self.pages)
        pg = []

        def li(label, j, active=False, disabled=False):
            if disabled:
                return f'<li class="disabled page-item"><span class="page-link">{label}</span></li>'
            if active:
                return f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {j + 1}" href="#" class="page-link">{label}</a></li>'
            return f'<li class="page-item"><a aria-label="ไปที่หน้า {label}" href="{self.page_url(j)}" class="page-link">{label}</a></li>'

        pg.append(li("หน้าแรก", 0, disabled=k == 0))
        pg.append(li("ก่อนหน้า", k - 1, disabled=k == 0))
        pg += [li(str(j + 1), j, active=j == k) for j in range(n)]
        pg.append(li("ถัดไป", k + 1, disabled=k == n - 1))
        pg.append(li("หน้าสุดท้าย", n - 1, disabled=k == n - 1))
        comp = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="com-content-category-blog__items blog-items items-leading">{"".join(items)}</div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p><div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(pg)}</ul></nav></div></div>
</div>"""
        return self.shell("ข่าวประชาสัมพันธ์", comp, None)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + j) % len(self.articles)] for j in (3, 6, 9)]

    def detail(self, a):
        mod = a.modified
        body = "".join(f"<p>{esc(x)}</p>\n" for x in a.paras)
        if a.source:
            body += f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>\n"
        minutes = max(1, sum(len(x) for x in a.paras) // 700)
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{10 + i} tag-list{i}"><a href="/index.php/component/tags/tag/{10 + i}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        rel = "".join(
            f'<li class="col-md-4"><a href="{x.path}"><img src="/images/news/{x.id}.jpg" alt=""><h6>{esc(x.title)}</h6></a></li>'
            for x in self.related(a)
        )
        older, newer = neighbours(self.articles, a)
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        comp = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="th-TH">
<div class="astroid-article-header">
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">ผู้ดูแลระบบ</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวดหมู่: <a href="/index.php/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
{self.published_dd(a.published)}
<dd class="astroid-article-read-time"><i class="far fa-hourglass"></i> เวลาอ่าน {minutes} นาที</dd>
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{mod.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {month_first(mod)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</dd>
</dl>
<div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
</div>
<figure class="left item-image"><img src="/images/news/{a.id}.jpg" itemprop="image" width="800" height="533" alt=""></figure>
<div itemprop="articleBody" class="com-content-article__body">
{body}<div class="astroid-social-share"><span class="share-label">แชร์บทความ</span> <a href="https://www.facebook.com/sharer.php?u={a.path}" class="share-facebook"><i class="fab fa-facebook-f"></i> Facebook</a> <a href="https://line.me/R/msg/text/?{a.path}" class="share-line"><i class="fab fa-line"></i> LINE</a> <a href="mailto:?subject=&amp;body={a.path}" class="share-email"><i class="fas fa-envelope"></i> อีเมล</a></div>
{tags}
<div class="astroid-author-info"><div class="author-thumb"><img src="/images/avatar.png" alt=""></div><div class="author-details"><h4>เกี่ยวกับผู้เขียน</h4><p>ผู้ดูแลระบบ งานประชาสัมพันธ์ {OFFICE}</p></div></div>
<div class="astroid-related-articles"><h4>บทความที่เกี่ยวข้อง</h4><ul class="row">{rel}</ul></div>
{nav}
</div>
</div>"""
        return self.shell(a.title, comp, a.title)

    def deleted(self):
        comp = """<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert" style="animation-name: joomla-alert-fade-in;"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูทรัพยากรนี้</div></div></joomla-alert></div>
<div class="com-users-login login"><form action="/index.php/login?task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well"><fieldset><div class="control-group"><label for="username">ชื่อผู้ใช้</label><input type="text" name="username" id="username" class="form-control"></div><div class="control-group"><label for="password">รหัสผ่าน</label><input type="password" name="password" id="password" class="form-control"></div><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></fieldset></form></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", comp, None)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = self.related(a)
            must_not = [
                "เขียนโดย:",
                "เวลาอ่าน",
                "ปรับปรุงล่าสุด:",
                f"เปิดอ่าน: {a.views}",
                "แชร์บทความ",
                "เกี่ยวกับผู้เขียน",
                "บทความที่เกี่ยวข้อง",
                rel[0].title,
                rel[2].title,
                older.title if older else "",
                newer.title if newer else "",
                "คุณอยู่ที่นี่:",
                "207,415",
                "เว็บไซต์นี้ใช้คุกกี้",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = AstroidSite()

if __name__ == "__main__":
    main(SITE)
