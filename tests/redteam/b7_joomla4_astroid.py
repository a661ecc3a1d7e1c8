"""Blind-7 red-team site: Joomla 4.4 + the Astroid framework (a JoomDev-style template) of a
provincial agriculture office, built blind.

What it imitates:
- Astroid chrome: `div.astroid-container`, `section.astroid-section` rows, `div.astroid-column`,
  `header#astroid-header` with `astroid-nav` mega menu, off-canvas menu, `astroid-backtotop`,
  preloader, `astroid-component-area`;
- SEF URLs with rewriting but IDs kept: `/khao-prachasamphan/215-pr-2567-015`
  (category alias, id-alias); the category blog `/khao-prachasamphan` with `?start=8` and the
  stock Joomla 4 pagination (`ul.pagination` with `aria-label="ไปยังหน้า N"`, "เริ่มต้น",
  "ก่อนหน้า", "ถัดไป", "สุดท้าย", page 1 linked as the bare category URL) and "หน้า 1 จาก 3";
- Astroid's article layout overrides: `div.astroid-article-header` with the category badge,
  `h1.article-title` then `div.article-info` **above** the title's image as an inline list:
  "<i class='far fa-calendar-alt'></i> 15 กุมภาพันธ์ 2567" (Joomla's `DATE_FORMAT_LC3`
  with the Thai language pack: BE), "<i class='far fa-eye'></i> 87" (hits as a bare number with
  a `title="ฮิต"`), "<i class='far fa-clock'></i> อ่าน 3 นาที" (Astroid reading time);
  `time[datetime]` hidden in a `span.d-none` Schema.org microdata block with
  `datePublished` / `dateModified` (+07:00, every article, Joomla's modified = created when
  never edited); no visible time, no visible modified date;
- `div[itemprop=articleBody]` with an intro image, paragraphs and a "ที่มา :" line; tags
  `ul.tags` "แท็ก:"; Astroid social share "แชร์บทความ"; author info box "เกี่ยวกับผู้เขียน";
  Astroid related articles "บทความที่เกี่ยวข้อง" with dates; prev/next `pagenavigation`
  with the neighbour titles visible; `mod_articles_latest` "ข่าวล่าสุด", `mod_articles_popular`
  "ข่าวยอดนิยม", login module "เข้าสู่ระบบ", a visitor counter;
- the deleted item: an unpublished article answers with the template's error page styled as
  a page, 200, "ไม่พบบทความ" (a redirect/404 extension rewrites the status).
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, be, esc, expected_record, main, paginate, qs1
from .b7_common import be_full, build, neighbours, on_page

SITE_NAME = "สำนักงานเกษตรจังหวัดชัยนาท"
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ สนง.เกษตรจังหวัดชัยนาท", None, None, "สำนักงานเกษตรอำเภอเมืองชัยนาท"]
PER_PAGE = 8
CAT = "/khao-prachasamphan"
DELETED = f"{CAT}/195-pr-2567-095"


class AstroidSite(BaseSite):
    key = "b7_joomla4_astroid"
    family = "joomla"
    imitates = "Joomla 4 + Astroid framework: /khao-prachasamphan/215-pr-2567-015, blog ?start=8, article-info above the text with '15 กุมภาพันธ์ 2567' (BE, no time), bare hits number, reading time, hidden microdata datePublished/dateModified, 'ที่มา :', tags, share, author box, related articles, visible pagenav titles"
    listing_path = CAT

    def __init__(self):
        self.articles = build(
            self.key, 22, 45, SOURCES, dt.datetime(2024, 2, 26, 16, 0), first_id=170, step=2
        )
        for a in self.articles:
            a.path = f"{CAT}/{a.id}-pr-{be(a.published)}-{a.id - 100:03d}"
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 4]] or self.articles[:3]

    def minutes(self, a):
        return max(1, sum(len(p) for p in a.paras) // 800)

    def info(self, a):
        return f"""<div class="article-info"><ul class="list-inline"><li class="list-inline-item article-info-item"><span class="article-published"><i class="far fa-calendar-alt"></i> {be_full(a.published)}</span></li><li class="list-inline-item article-info-item"><span class="article-hits" title="ฮิต"><i class="far fa-eye"></i> {a.views}</span></li><li class="list-inline-item article-info-item"><span class="article-reading-time"><i class="far fa-clock"></i> อ่าน {self.minutes(a)} นาที</span></li></ul></div>"""

    def shell(self, base, title, component, body_class):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{base}{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{base}{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)} - {SITE_NAME}</title>
<link href="{base}/media/templates/site/astroid_template_one/css/compiled-7a9f3c2b.css" rel="stylesheet" />
<link href="{base}/media/astroid/assets/vendor/fontawesome/css/all.min.css?4.0.2" rel="stylesheet" />
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด"}},"system.paths":{{"root":"","base":""}}}}</script>
</head>
<body class="site astroid-framework com-content {body_class} itemid-121 astroid-header-horizontal-left khao-prachasamphan-alias tp-style-12 th-TH ltr">
<div id="astroid-preloader" class="d-flex align-items-center justify-content-center position-fixed"><div class="circle-progress"></div></div>
<button type="button" title="กลับสู่ด้านบน" id="astroid-backtotop" class="btn circle hideonsm hideonxs"><i class="fas fa-arrow-up"></i></button>
<div class="astroid-offcanvas d-none d-init" id="astroid-offcanvas"><div class="burger-menu-button active"><button aria-label="ปิดเมนู" type="button" class="button close-offcanvas offcanvas-close-btn"><span class="box"><span class="inner"><span class="visually-hidden">ปิดเมนู</span></span></span></button></div></div>
<div class="astroid-container">
<div class="astroid-content">
<div class="astroid-layout astroid-layout-wide">
<div class="astroid-wrapper">
<section class="astroid-section astroid-top-bar" id="t-1529472563843"><div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-6"><div class="astroid-module-position" id="tb-1"><div class="moduletable"><div class="mod-custom custom"><p>โทร. 056-411-xxx | ศูนย์ราชการจังหวัดชัยนาท</p></div></div></div></div><div class="astroid-column col-lg-6"><div class="astroid-social-icons"><a title="Facebook" href="https://www.facebook.com/chainatagri" target="_blank" rel="noopener"><i class="fab fa-facebook-f"></i></a></div></div></div></div></section>
<header id="astroid-header" class="astroid-header astroid-horizontal-header astroid-horizontal-left-header" data-megamenu data-megamenu-class=".has-megamenu"><div class="d-flex flex-row justify-content-between"><div class="header-left-section d-flex justify-content-start"><a class="site-logo" href="{base}/"><img src="{base}/images/logo/logo-chainat-agri.png" alt="{SITE_NAME}" class="site-logo-default" /></a></div><div class="header-center-section d-none d-lg-flex"><nav class="align-self-center d-none d-lg-block"><ul class="nav astroid-nav d-none d-lg-flex"><li data-position="right" class="nav-item nav-item-id-101 nav-item-level-1"><a href="{base}/" class="as-menu-item nav-link-item-id-101 nav-link item-link-component item-level-1"><span class="nav-title">หน้าแรก</span></a></li><li data-position="right" class="nav-item nav-item-id-121 nav-item-level-1 nav-item-current nav-item-active"><a href="{base}{CAT}" class="as-menu-item nav-link-item-id-121 nav-link active item-link-component item-level-1"><span class="nav-title">ข่าวประชาสัมพันธ์</span></a></li><li data-position="right" class="nav-item nav-item-id-122 nav-item-level-1"><a href="{base}/knowledge" class="as-menu-item nav-link item-link-component item-level-1"><span class="nav-title">คลังความรู้</span></a></li><li data-position="right" class="nav-item nav-item-id-123 nav-item-level-1"><a href="{base}/contact" class="as-menu-item nav-link item-link-component item-level-1"><span class="nav-title">ติดต่อเรา</span></a></li></ul></nav></div></div></header>
<section class="astroid-section astroid-component-section" id="cs-1528971561366"><div class="container"><div class="astroid-row row no-gutters gx-0">
<div class="astroid-column col-lg-8"><div class="astroid-message"><div id="system-message-container" aria-live="polite"></div></div><div class="astroid-component"><main class="astroid-component-area">
{component}
</main></div></div>
<div class="astroid-column col-lg-4"><div class="astroid-module-position" id="sidebar-right">
<div class="sidebar-right moduletable"><h3 class="module-title"><span>ข่าวล่าสุด</span></h3><ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
<div class="sidebar-right moduletable"><h3 class="module-title"><span>ข่าวยอดนิยม</span></h3><ul class="mostread mod-list">{popular}</ul></div>
<div class="sidebar-right moduletable"><h3 class="module-title"><span>เข้าสู่ระบบ</span></h3><form id="login-form-16" class="mod-login" action="{base}{CAT}" method="post"><div class="mod-login__username form-group"><label for="modlgn-username-16">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div><div class="mod-login__password form-group"><label for="modlgn-passwd-16">รหัสผ่าน</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control"></div><div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary">เข้าสู่ระบบ</button></div><ul class="mod-login__options list-unstyled"><li><a href="{base}/component/users/reset?Itemid=101">ลืมรหัสผ่าน?</a></li></ul></form></div>
<div class="sidebar-right moduletable"><h3 class="module-title"><span>สถิติผู้เข้าชม</span></h3><div class="mod-custom custom"><p>วันนี้ : 214<br>เมื่อวาน : 388<br>ทั้งหมด : 512,044</p></div></div>
</div></div>
</div></div></section>
<footer id="astroid-footer" class="astroid-footer"><section class="astroid-section astroid-footer-section" id="fs-1528971627712"><div class="container"><div class="astroid-row row"><div class="astroid-column col-lg-12"><div class="astroid-module-position" id="ft-1"><div class="astroid-footer-area"><div class="moduletable"><div class="mod-custom custom"><p>{SITE_NAME} ศาลากลางจังหวัดชัยนาท ถนนพรหมประเสริฐ ตำบลบ้านกล้วย อำเภอเมือง จังหวัดชัยนาท 17000</p></div></div><div class="astroid-footer-copyright">© {SITE_NAME} 2024. Designed by <a href="https://www.joomdev.com" target="_blank" rel="noopener">JoomDev</a></div></div></div></div></div></div></section></footer>
</div></div></div></div>
<script src="{base}/media/astroid/assets/vendor/jquery/jquery-3.5.1.min.js?4.0.2"></script>
<script src="{base}/media/templates/site/astroid_template_one/js/script.min.js?4.0.2"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<div class="article-intro-item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="article-intro-image"><a href="{base}{a.path}"><img src="{base}/images/news/{a.published.year}/pr{a.id}.jpg" alt="{esc(a.title)}" itemprop="thumbnailUrl" width="800" height="533" loading="lazy"></a></div><div class="article-body"><div class="article-header"><h2 class="article-title" itemprop="name"><a href="{base}{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>{self.info(a)}<div class="article-introtext"><p>{esc(a.paras[0][:180])}...</p></div><p class="readmore"><a class="btn btn-secondary" href="{base}{a.path}" aria-label="อ่านต่อ: {esc(a.title)}">อ่านต่อ ...</a></p></div></div>"""
            )
            if n == 1 and k == 2:
                items.append(
                    f"""<div class="article-intro-item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><div class="article-body"><div class="article-header"><h2 class="article-title" itemprop="name"><a href="{base}{DELETED}" itemprop="url">ขอเชิญร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่</a></h2></div></div></div>"""
                )
        last = len(self.pages)

        def href(k):
            return f"{base}{CAT}" if k == 0 else f"{base}{CAT}?start={k * PER_PAGE}"

        lis = []
        if n > 0:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าเริ่มต้น" href="{href(0)}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li><li class="page-item"><a aria-label="ไปยังหน้าก่อนหน้า" href="{href(n - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        else:
            lis.append(
                '<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li><li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-left" aria-hidden="true"></span></span></li>'
            )
        for k in range(last):
            lis.append(
                f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {k + 1}" href="#" class="page-link">{k + 1}</a></li>'
                if k == n
                else f'<li class="page-item"><a aria-label="ไปยังหน้า {k + 1}" href="{href(k)}" class="page-link">{k + 1}</a></li>'
            )
        if n < last - 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปยังหน้าถัดไป" href="{href(n + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li><li class="page-item"><a aria-label="ไปยังหน้าสุดท้าย" href="{href(last - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        component = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="com-content-category-blog__items blog-items items-leading">{"".join(items)}</div>
<div class="com-content-category-blog__navigation w-100"><p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {n + 1} จาก {last}</p><div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div></div>
</div>"""
        return self.html_response(
            self.shell(base, "ข่าวประชาสัมพันธ์", component, "view-category layout-blog")
        )

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        u = f"{base}{a.path}"
        mod = a.modified or a.published
        text = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'<p style="text-align: right;"><strong>ที่มา : {esc(a.source)}</strong></p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline"><li class="list-inline-item tag-list0">แท็ก:</li>'
                + "".join(
                    f'<li class="list-inline-item tag-{k + 3} tag-list0"><a href="{base}/tags/{k + 3}-t{k}" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for k, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        rel = "".join(
            f'<div class="col-md-4"><div class="related-article"><a href="{base}{x.path}"><img src="{base}/images/news/{x.published.year}/pr{x.id}.jpg" alt="" class="img-fluid"></a><h5><a href="{base}{x.path}">{esc(x.title)}</a></h5><span class="related-date">{be_full(x.published)}</span></div></div>'
            for x in self.related(a)
        )
        nav = ""
        if newer:
            nav += f'<li class="previous"><a class="btn btn-sm btn-secondary previous" href="{base}{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: </span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a><div class="pagenav-title">{esc(newer.title)}</div></li>'
        if older:
            nav += f'<li class="next"><a class="btn btn-sm btn-secondary next" href="{base}{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: </span><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a><div class="pagenav-title">{esc(older.title)}</div></li>'
        component = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="astroid-article-header"><div class="article-category"><a href="{base}{CAT}" class="badge bg-primary">ข่าวประชาสัมพันธ์</a></div><div class="page-header"><h1 class="article-title" itemprop="headline">{esc(a.title)}</h1></div>{self.info(a)}</div>
<span class="d-none"><time datetime="{a.published.isoformat()}" itemprop="datePublished"></time><time datetime="{mod.isoformat()}" itemprop="dateModified"></time><span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">ผู้ดูแลระบบ</span></span></span>
<div class="astroid-social-share"><span class="share-title">แชร์บทความ</span> <a href="https://www.facebook.com/sharer.php?u={u}" target="_blank" class="share-facebook"><i class="fab fa-facebook-f"></i></a> <a href="https://twitter.com/intent/tweet?url={u}" target="_blank" class="share-twitter"><i class="fab fa-x-twitter"></i></a> <a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" class="share-line"><i class="fab fa-line"></i></a></div>
<figure class="left item-image"><img src="{base}/images/news/{a.published.year}/pr{a.id}.jpg" itemprop="image" width="800" height="533" loading="lazy" alt=""></figure>
<div itemprop="articleBody" class="com-content-article__body">{text}</div>
{tags}
<div class="astroid-author-info"><div class="author-thumb"><img src="{base}/images/avatar.png" alt="ผู้ดูแลระบบ"></div><div class="author-details"><h5>เกี่ยวกับผู้เขียน</h5><h4>ผู้ดูแลระบบ</h4><p>งานประชาสัมพันธ์ {SITE_NAME}</p></div></div>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><ul class="pagination ms-0">{nav}</ul></nav>
<div class="astroid-related-articles"><h4 class="related-article-title">บทความที่เกี่ยวข้อง</h4><div class="row">{rel}</div></div>
</div>"""
        return self.html_response(self.shell(base, a.title, component, "view-article layout-blog"))

    def deleted(self, base):
        component = f'<div class="astroid-error-page text-center"><h1 class="error-title">ไม่พบบทความ</h1><p class="error-message">ขออภัย บทความที่ท่านเรียกดูไม่มีอยู่ในระบบ หรืออาจถูกยกเลิกการเผยแพร่แล้ว</p><a href="{base}/" class="btn btn-primary">กลับหน้าแรก</a></div>'
        return self.html_response(self.shell(base, "ไม่พบบทความ", component, "view-article"))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base,
                    "หน้าแรก",
                    f'<p><a href="{base}{CAT}">ข่าวประชาสัมพันธ์</a></p>',
                    "view-featured",
                )
            )
        if path == CAT:
            v = qs1(query, "start", "0")
            if not v.isdigit() or int(v) % PER_PAGE:
                return None
            return self.listing(base, int(v) // PER_PAGE)
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
                "แชร์บทความ",
                "แท็ก:",
                "เกี่ยวกับผู้เขียน",
                "ผู้ดูแลระบบ",
                "บทความที่เกี่ยวข้อง",
                "ก่อนหน้า",
                "ถัดไป",
                "สถิติผู้เข้าชม",
                "ข่าวยอดนิยม",
            ] + [x.title for x in self.related(a) + [older, newer] if x]
            rec = expected_record(a, published_time=True, must_not=on_page(self, a, must_not))
            if rec["modified_at"] is None:  # Joomla's modified = created when never edited
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = AstroidSite()

if __name__ == "__main__":
    main(SITE)
