"""Blind-6 red-team site: Joomla 5 + Gantry 5 "Helium" template of a provincial education
office, built blind.

What it imitates:
- Helium outline: `#g-page-surround`, `section#g-navigation`, `header#g-header`, `main#g-main`
  (`g-grid` / `g-block size-70` / `g-content` / `platform-content`), `aside#g-aside`,
  `footer#g-footer` "Powered by Gantry Framework";
- Joomla 5 SEF with URL rewriting and **IDs removed from URLs** (the J4+ default):
  `/news/pr-news/pr-67-025`, category blog `/news/pr-news` paged by `?start=9`
  (`nav.pagination__wrapper`, `aria-label="ไปยังหน้า 2"`, page 1 linked without `start`,
  "หน้า 1 จาก 3"); one leading item and intro items in two columns, "อ่านเพิ่มเติม …";
- stock com_content article layout, *info block below the text* (info_block_position
  "below"): `div.page-header h1`, `div.com-content-article__body[itemprop=articleBody]`
  with an intro image, paragraphs, a right-aligned "ที่มา : …" line, then `dl.article-info`
  "รายละเอียด": createdby, category, `dd.published` "เผยแพร่: 15 กุมภาพันธ์ 2567" in
  `time[datetime=…+07:00]`, `dd.hits` "เปิดอ่าน: 87" (a language override of "ฮิต");
  no modified date (show_modify_date off); tags list; `ul.pagenav` with the neighbours'
  titles in `visually-hidden` spans;
- modules: "ข่าวล่าสุด" (`mod_articles_latest`), "บทความยอดนิยม" (`mod_articles_popular`),
  a visitor counter "สถิติผู้เยี่ยมชม", login module "เข้าสู่ระบบ", breadcrumbs ending in the
  headline, a font-size bar "ขนาดตัวอักษร";
- the deleted article: 200, the template with a Joomla warning "ไม่พบบทความ" and no component.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, BaseSite, be, esc, expected_record, main, paginate, qs1
from .b6_common import build, neighbours

SITE_NAME = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาเชียงราย เขต 2"
SOURCES = [
    "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร",
    None,
    "ประชาสัมพันธ์ สพป.เชียงราย เขต 2",
]
PER_PAGE = 9
BLOG = "/news/pr-news"
DELETED = BLOG + "/pr-67-003"


def lc3(d: dt.datetime) -> str:
    """Joomla Thai DATE_FORMAT_LC3 'd F Y' with the BE year."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


class HeliumSite(BaseSite):
    key = "b6_joomla5_helium"
    family = "joomla"
    imitates = "Joomla 5 + Gantry 5 Helium: SEF without IDs /news/pr-news/pr-67-025, blog ?start=9, article-info below the text ('เผยแพร่: 15 กุมภาพันธ์ 2567' in time[datetime], 'เปิดอ่าน: 87'), 'ที่มา :' line, no modified date"
    listing_path = BLOG

    def __init__(self):
        self.articles = build(
            self.key, 25, 22, SOURCES, dt.datetime(2024, 3, 8, 17, 0), first_id=200, step=7
        )
        n = len(self.articles)
        for i, a in enumerate(self.articles):
            a.extra["alias"] = f"pr-67-{n - i + 3:03d}"
            a.path = f"{BLOG}/{a.extra['alias']}"
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [BLOG] + [f"{BLOG}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def shell(self, base, title, component, crumbs, body_class, message=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{x.path}"><span>{esc(x.title)}</span></a></li>' for x in self.popular()
        )
        crumb_html = "".join(
            f'<li class="mod-breadcrumbs__item breadcrumb-item{" active" if k == len(crumbs) - 1 else ""}">'
            + (
                f'<a href="{h}" class="pathway"><span>{esc(t)}</span></a>'
                if h
                else f"<span>{esc(t)}</span>"
            )
            + "</li>"
            for k, (t, h) in enumerate(crumbs)
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet">
<link href="/templates/g5_helium/custom/css-compiled/helium_14.css" rel="stylesheet">
<link href="/templates/g5_helium/custom/css-compiled/custom_14.css" rel="stylesheet">
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ผิดพลาด","MESSAGE":"ข้อความ"}},"system.paths":{{"root":"","rootFull":"{base}/","base":"","baseFull":"{base}/"}}}}</script>
</head>
<body class="gantry site com_content {body_class} dir-ltr itemid-118 outline-14 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-navigation">
<div class="g-container"><div class="g-grid">
<div class="g-block size-30"><div id="logo-9608-particle" class="g-content g-particle"><a href="/" target="_self" title="{SITE_NAME}" aria-label="{SITE_NAME}" rel="home" class="g-logo g-logo-helium"><img src="/images/logo-obec.png" alt="{SITE_NAME}" /></a></div></div>
<div class="g-block size-70"><div id="menu-6409-particle" class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel"><li class="g-menu-item g-menu-item-type-component g-menu-item-101 g-standard"><a class="g-menu-item-container" href="/"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li><li class="g-menu-item g-menu-item-type-component g-menu-item-118 active g-standard"><a class="g-menu-item-container" href="{BLOG}"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></span></a></li><li class="g-menu-item g-menu-item-119 g-standard"><a class="g-menu-item-container" href="/news/school-news"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวโรงเรียน</span></span></a></li><li class="g-menu-item g-menu-item-120 g-standard"><a class="g-menu-item-container" href="/ita"><span class="g-menu-item-content"><span class="g-menu-item-title">ITA</span></span></a></li><li class="g-menu-item g-menu-item-121 g-standard"><a class="g-menu-item-container" href="/contact"><span class="g-menu-item-content"><span class="g-menu-item-title">ติดต่อเรา</span></span></a></li></ul></nav></div></div>
</div></div>
</section>
<header id="g-header"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable fontsize"><div class="font-size-bar">ขนาดตัวอักษร <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a></div></div></div></div></div></div></div></header>
<section id="g-breadcrumb"><div class="g-container"><div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2"><li class="mod-breadcrumbs__here float-start">ตำแหน่งปัจจุบัน: &#160;</li>{crumb_html}</ol></nav></div></div></div></div></div></div></section>
<main id="g-main">
<div class="g-container"><div class="g-grid">
<div class="g-block size-70"><div class="g-content"><div class="platform-content container"><div class="row"><div class="col">
<div id="system-message-container" aria-live="polite">{message}</div>
{component}
</div></div></div></div></div>
<div class="g-block size-30"><aside id="g-aside"><div class="g-content">
<div class="platform-content"><div class="moduletable "><h3 class="g-title">ข่าวล่าสุด</h3><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div></div>
<div class="platform-content"><div class="moduletable "><h3 class="g-title">บทความยอดนิยม</h3><ul class="mostread mod-list">{popular}</ul></div></div>
<div class="platform-content"><div class="moduletable "><h3 class="g-title">สถิติผู้เยี่ยมชม</h3><div class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vvisit_counter_table"><tbody><tr><td style="text-align: left;">วันนี้</td><td style="text-align: right;">214</td></tr><tr><td style="text-align: left;">เมื่อวานนี้</td><td style="text-align: right;">388</td></tr><tr><td style="text-align: left;">สัปดาห์นี้</td><td style="text-align: right;">1,907</td></tr><tr><td style="text-align: left;">ทั้งหมด</td><td style="text-align: right;">1,284,550</td></tr></tbody></table></div></div></div>
<div class="platform-content"><div class="moduletable "><h3 class="g-title">เข้าสู่ระบบ</h3><form id="login-form-16" class="mod-login" action="{BLOG}" method="post"><div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><label for="modlgn-username-16" class="visually-hidden">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username" placeholder="ชื่อผู้ใช้"></div><div class="mod-login__password form-group"><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control" placeholder="รหัสผ่าน"></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div><ul class="mod-login__options list-unstyled"><li><a href="/component/users/reset?Itemid=101">ลืมรหัสผ่าน?</a></li></ul></div></form></div></div>
</div></aside></div>
</div></div>
</main>
<footer id="g-footer"><div class="g-container"><div class="g-grid"><div class="g-block size-60"><div class="g-content g-particle"><div class="g-copyright">&copy; 2024 {SITE_NAME} ถนนพหลโยธิน อำเภอแม่สรวย จังหวัดเชียงราย</div></div></div><div class="g-block size-40"><div class="g-content g-particle"><div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div></div></div></footer>
</div>
<script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        page = self.pages[n]

        def item(a, lead):
            img = f'<figure class="left item-image"><a href="{a.path}" itemprop="url"><img src="/images/news/2567/pr{a.id}_s.jpg" itemprop="thumbnailUrl" alt="" width="400" height="267" loading="lazy"></a></figure>'
            return f"""<div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{img}<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div><p>{esc(a.paras[0][: 260 if lead else 140])}&hellip;</p><dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt><dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd><dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</dd></dl><p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านเพิ่มเติม {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม &hellip;</a></p></div></div>"""

        intro = [f'<div class="blog-item-wrapper">{item(a, False)}</div>' for a in page[1:]]
        if n == 1:
            intro.insert(
                3,
                f"""<div class="blog-item-wrapper"><div class="blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{DELETED}" itemprop="url">ประชาสัมพันธ์การรับสมัครครูผู้ช่วย กรณีที่มีความจำเป็นหรือมีเหตุพิเศษ</a></h2></div><p class="readmore"><a class="btn btn-secondary" href="{DELETED}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม &hellip;</a></p></div></div></div>""",
            )

        def href(k):
            return BLOG if k == 0 else f"{BLOG}?start={k * PER_PAGE}"

        last = len(self.pages) - 1
        lis = []
        if n > 0:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าแรก" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าก่อน" href="{href(n - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li><li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>'
            )
        for k in range(len(self.pages)):
            lis.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k + 1}" href="#" class="page-link">{k + 1}</a></li>'
                if k == n
                else f'<li class="page-item"><a aria-label="ไปยังหน้า {k + 1}" href="{href(k)}" class="page-link">{k + 1}</a></li>'
            )
        if n < last:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าถัดไป" href="{href(n + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าสุดท้าย" href="{href(last)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        component = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
<div class="com-content-category-blog__items blog-items items-leading ">
<div class="com-content-category-blog__item blog-item">{item(page[0], True)}</div>
</div>
<div class="com-content-category-blog__items blog-items columns-2 ">
{chr(10).join(intro)}
</div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {n + 1} จาก {last + 1}</p><div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>
</div>"""
        crumbs = [("หน้าหลัก", "/"), ("ข่าวสาร", "/news"), ("ข่าวประชาสัมพันธ์", None)]
        title = "ข่าวประชาสัมพันธ์" + (f" - หน้า {n + 1}" if n else "")
        return self.html_response(
            self.shell(base, title, component, crumbs, "view-category layout-blog no-task")
        )

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'\n<p style="text-align: right;">ที่มา : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{k + 3} tag-list0" itemprop="keywords"><a href="/component/tags/tag/t{k + 3}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = []
        if newer:
            nav.append(
                f'<li class="previous"><a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้านี้: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
            )
        if older:
            nav.append(
                f'<li class="next"><a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        component = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div itemprop="articleBody" class="com-content-article__body">
<figure class="left item-image"><img src="/images/news/2567/pr{a.id}.jpg" itemprop="image" alt="" width="800" height="533" loading="lazy"></figure>
{text}
</div>
<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">งานประชาสัมพันธ์</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{BLOG}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</dd>
</dl>
{tags}
<nav class="pagenavigation" aria-label="การนำทางของหน้า"><span class="pagination ms-0"></span><ul class="pagenav pagination">{"".join(nav)}</ul></nav>
</div>"""
        crumbs = [("หน้าหลัก", "/"), ("ข่าวสาร", "/news"), ("ข่าวประชาสัมพันธ์", BLOG), (a.title, None)]
        return self.html_response(
            self.shell(base, a.title, component, crumbs, "view-article no-layout no-task")
        )

    def deleted(self, base):
        msg = '<joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">ไม่พบบทความ</div></div></joomla-alert>'
        crumbs = [("หน้าหลัก", "/"), ("ข่าวสาร", "/news"), ("ข่าวประชาสัมพันธ์", BLOG)]
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", "", crumbs, "view-article no-layout no-task", msg)
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 303, {"Location": base + BLOG}, b""
        if path == BLOG:
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE:
                return None
            return self.listing(base, int(s) // PER_PAGE)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"เปิดอ่าน: {a.views}",
                "เขียนโดย: งานประชาสัมพันธ์",
                "รายละเอียด",
                "บทความก่อนหน้านี้",
                "บทความยอดนิยม",
                "สถิติผู้เยี่ยมชม",
                "ขนาดตัวอักษร",
                "ลืมรหัสผ่าน?",
                "Powered by",
            ] + [x.title for x in (older, newer) if x]
            out.append(expected_record(a, published_time=True, modified=False, must_not=must_not))
        return out


SITE = HeliumSite()

if __name__ == "__main__":
    main(SITE)
