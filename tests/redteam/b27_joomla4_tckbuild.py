"""Blind-27 red-team site (part B): **Joomla 4.4 com_content under a Template Creator CK
build** (a template made with joomlack.fr's Template Creator CK 3, Maximenu CK for the menu),
Thai language pack, a department's regional office (สำนักงานพัฒนาชุมชนจังหวัดลำพูน), built blind.

What it imitates:
- Joomla fingerprints: `meta name=generator content="Joomla! - Open Source Content Management"`,
  `/media/system/js/core.min.js`, `/templates/lamphun_cdd/css/template.css`, the
  `joomla-script-options` JSON, `/index.php/...?format=feed&type=rss` alternate links;
- the Template Creator CK shell: `#wrapper.tck-wrapper > .inner`, `#banner` (logo, site name in
  an `h1`), `#nav` with Maximenu CK (`div.maximenuck ul.maximenuck li.maximenuck.level1`),
  `#maincontent` with `#left` (mod_menu, visitor counter), `#main > #center` (breadcrumbs,
  system message, component) and `#right` (mod_articles_latest "ข่าวล่าสุด",
  mod_related_items "ข่าวที่เกี่ยวข้อง", mod_login), `#footer` ("ออกแบบโดย Template Creator CK");
- Thai titles give Joomla a UTC creation-time alias: `/index.php/khao-pr/1234-2024-01-15-03-30-12`;
- J4 `com-content-article item-page` with `div.page-header h2[itemprop=headline]` (the only
  `h1` is the site name in the banner), `dl.article-info` with "เขียนโดย" (a login-ish user),
  "หมวด:", `dd.published time[datetime=...+07:00]` "เผยแพร่: 15 มกราคม 2024" (LC3, **CE year**,
  no time visible), `dd.modified` "ปรับปรุงล่าสุด: ..." for every item, `dd.hits` "ฮิต: 1205";
  the print icon; a custom field list (`ul.fields-container`) "ที่มา: office" (3 in 4 items);
  `div[itemprop=articleBody]`, where a social-share content plugin appends "แชร์ข่าวนี้" buttons
  and an "อ่านข่าวอื่น ๆ" box with three other titles **inside** the body container;
  `ul.tags`, `nav.pagenavigation` with both neighbour titles; some items with an intro image
  (`figure.item-image` with caption) and some with a `{attachments}` table.
Listing: category blog `/index.php/khao-pr` with `?start=8`, `?start=16` (J4 `ul.pagination`,
"หน้า 1 จาก 3"), leading item + intro items with "อ่านเพิ่มเติม: <title>" buttons.
Deleted: an article now restricted to registered users, linked from page 2: Joomla shows
the com_users login form with "คุณไม่ได้รับอนุญาตให้ดูข้อมูลนี้" at 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดลำพูน"
HOST = "https://lamphun.cdd.go.th"
CAT = "/index.php/khao-pr"
PER_PAGE = 8
TPL = "/templates/lamphun_cdd"
SOURCES = ["กลุ่มงานส่งเสริมและพัฒนาชุมชน", "สำนักงานพัฒนาชุมชนอำเภอป่าซาง", None, "ฝ่ายอำนวยการ"]
AUTHOR = "admin_pr"
DELETED_ID = 1187


def lc3(d: dt.datetime) -> str:
    """Joomla's DATE_FORMAT_LC3 'd F Y' with the Thai pack's month names: CE year."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def utc_alias(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).strftime("%Y-%m-%d-%H-%M-%S")


class TckSite(BaseSite):
    key = "b27_joomla4_tckbuild"
    family = "joomla"
    imitates = "Joomla 4.4 com_content under a Template Creator CK build (Maximenu CK, #wrapper/#banner/#nav/#maincontent/#left/#center/#right), Thai pack: category blog /index.php/khao-pr?start=N, UTC creation-time aliases id-2024-01-15-03-30-12, h1 = site name in the banner and the headline in h2[itemprop=headline], dl.article-info (เขียนโดย, หมวด, เผยแพร่ LC3 CE year with time[datetime +07:00], ปรับปรุงล่าสุด for every item, ฮิต), custom field 'ที่มา:', share plugin and 'อ่านข่าวอื่น ๆ' inside articleBody, tags, pagenavigation with titles, latest/related/login modules, visitor counter; deleted = registered-only item -> login form at 200"
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        aid = 1244
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 3
            a.time_printed = True  # time[datetime] carries the time
            if a.modified is None:
                a.modified = a.published  # Joomla prints "ปรับปรุงล่าสุด" for every item
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"{CAT}/{a.id}-{utc_alias(a.published)}"
            a.extra["image"] = i % 4 == 2
            a.extra["attach"] = i % 7 == 4
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self.pages = paginate(arts, PER_PAGE)
        dpub = self.pages[1][2].published - dt.timedelta(hours=2)
        self.deleted = f"{CAT}/{DELETED_ID}-{utc_alias(dpub)}"

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, center, *, crumb="", related=None, og=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        rel = ""
        if related:
            rel = f"""<div class="moduletable tck-module">
<h3 class="module-title">ข่าวที่เกี่ยวข้อง</h3>
<ul class="mod-relateditems relateditems mod-list">{"".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in related)}</ul>
</div>"""
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="description" content="{OFFICE} กรมการพัฒนาชุมชน กระทรวงมหาดไทย">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="{CAT}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์">
<link href="{CAT}?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="ข่าวประชาสัมพันธ์">
<link href="{TPL}/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
{og}<link href="/media/vendor/joomla-custom-elements/css/joomla-alert.min.css?0.2.0" rel="stylesheet">
<link href="/modules/mod_maximenuck/themes/blank4/css/maximenuck_maximenuck113.css" rel="stylesheet">
<link href="{TPL}/css/template.css" rel="stylesheet">
<link href="{TPL}/css/mobile.css" rel="stylesheet">
<link href="/media/plg_content_socialshareck/css/socialshareck.css" rel="stylesheet">
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ","NOTICE":"ประกาศ","WARNING":"คำเตือน"}},"system.paths":{{"root":"","rootFull":"{HOST}/","base":"","baseFull":"{HOST}/"}},"csrf.token":"4c1f0b7e2a9d63e58f1a7b2c9d0e3f41"}}</script>
<script src="/media/system/js/core.min.js?37ffe4186289eba9c5df81bea44080aff77b9684"></script>
<script src="/modules/mod_maximenuck/assets/maximenuck.min.js"></script>
<script src="{TPL}/js/template.js"></script>
</head>
<body class="com_content view-{"article" if related is not None else "category"} itemid-128">
<div id="wrapper" class="tck-wrapper">
<div class="inner">
<div id="banner" class="tck-banner">
<div class="inner clearfix">
<a href="/" class="bannerlogo"><img src="{TPL}/images/logo-cdd.png" alt="{OFFICE}"></a>
<h1 class="bannerslogan">{OFFICE}</h1>
<div class="bannerslogan2">ชุมชนพึ่งตนเองได้ เศรษฐกิจฐานรากมั่นคง</div>
</div>
</div>
<div id="nav" class="tck-nav">
<div class="inner">
<div class="maximenuckh ltr" id="maximenuck113" style="z-index:10;">
<div class="maximenuck-toggler-anchor" aria-hidden="true"></div>
<ul class="maximenuck">
<li data-level="1" class="maximenuck item101 first level1"><a class="maximenuck" href="/"><span class="titreck">หน้าแรก</span></a></li>
<li data-level="1" class="maximenuck item112 parent level1"><a class="maximenuck" href="/index.php/about"><span class="titreck">เกี่ยวกับหน่วยงาน</span></a></li>
<li data-level="1" class="maximenuck item128 current active level1"><a class="maximenuck" href="{CAT}"><span class="titreck">ข่าวประชาสัมพันธ์</span></a></li>
<li data-level="1" class="maximenuck item131 level1"><a class="maximenuck" href="/index.php/otop"><span class="titreck">OTOP</span></a></li>
<li data-level="1" class="maximenuck item140 level1"><a class="maximenuck" href="/index.php/ita"><span class="titreck">ITA</span></a></li>
<li data-level="1" class="maximenuck item150 last level1"><a class="maximenuck" href="/index.php/contact"><span class="titreck">ติดต่อเรา</span></a></li>
</ul>
</div>
</div>
</div>
<div id="maincontent" class="maincontent">
<div class="inner clearfix">
<aside id="left" class="column column1">
<div class="inner">
<div class="moduletable tck-module"><h3 class="module-title">เมนูหลัก</h3>
<ul class="mod-menu mod-list nav"><li class="nav-item item-128 current active"><a href="{CAT}" aria-current="location">ข่าวประชาสัมพันธ์</a></li><li class="nav-item item-129"><a href="/index.php/khao-jadsue">ข่าวจัดซื้อจัดจ้าง</a></li><li class="nav-item item-130"><a href="/index.php/download">ดาวน์โหลดเอกสาร</a></li></ul></div>
<div class="moduletable tck-module"><h3 class="module-title">สถิติผู้เข้าชม</h3>
<div class="vcnt"><table cellpadding="0" cellspacing="0" style="text-align:center;width:90%" class="vinfo"><tbody>
<tr><td>วันนี้</td><td>142</td></tr><tr><td>เมื่อวาน</td><td>318</td></tr><tr><td>สัปดาห์นี้</td><td>1,907</td></tr><tr><td>ทั้งหมด</td><td>486,231</td></tr>
</tbody></table><div style="text-align:center;">IP ของคุณ 127.0.0.1</div></div></div>
</div>
</aside>
<div id="main" class="column main">
<div class="inner">
<div id="center" class="tck-center">
<nav class="mod-breadcrumbs__wrapper" aria-label="เส้นทางของคุณ"><ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
<li class="mod-breadcrumbs__here float-start">คุณอยู่ที่: &#160;</li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1"></li>
<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item"><a itemprop="item" href="{CAT}" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="2"></li>{crumb}
</ol></nav>
<div id="system-message-container" aria-live="polite"></div>
{center}
</div>
</div>
</div>
<aside id="right" class="column column2">
<div class="inner">
<div class="moduletable tck-module"><h3 class="module-title">ข่าวล่าสุด</h3>
<ul class="mod-articleslatest latestnews mod-list">{latest}</ul></div>
{rel}
<div class="moduletable tck-module"><h3 class="module-title">เข้าสู่ระบบ</h3>
<form id="login-form-16" class="mod-login" action="{CAT}" method="post">
<div class="mod-login__userdata userdata"><div class="mod-login__username form-group"><label for="modlgn-username-16">ชื่อผู้ใช้</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div>
<div class="mod-login__password form-group"><label for="modlgn-passwd-16">รหัสผ่าน</label><input id="modlgn-passwd-16" type="password" name="password" autocomplete="current-password" class="form-control"></div>
<div class="mod-login__remember form-group"><input id="form-login-remember-16" type="checkbox" name="remember" class="form-check-input" value="yes"><label for="form-login-remember-16" class="form-check-label">จดจำฉัน</label></div>
<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">เข้าสู่ระบบ</button></div>
<ul class="mod-login__options list-unstyled"><li><a href="/index.php/component/users/reset?Itemid=101">ลืมรหัสผ่านของคุณ?</a></li><li><a href="/index.php/component/users/remind?Itemid=101">ลืมชื่อผู้ใช้ของคุณ?</a></li></ul>
<input type="hidden" name="option" value="com_users"><input type="hidden" name="task" value="user.login"><input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMjg="><input type="hidden" name="4c1f0b7e2a9d63e58f1a7b2c9d0e3f41" value="1"></div>
</form></div>
</div>
</aside>
</div>
</div>
<div id="footer" class="tck-footer">
<div class="inner">
<div class="moduletable"><div class="custom"><p>{OFFICE} ศาลากลางจังหวัดลำพูน ชั้น 2 ถนนลำพูน-ป่าซาง ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร. 0-5351-1316</p></div></div>
<div class="tck-footer-credits">Copyright © 2567 {OFFICE} | <a href="https://www.template-creator.com" target="_blank">ออกแบบโดย Template Creator CK</a></div>
</div>
</div>
</div>
</div>
<div id="cookie-bar" class="cookiesck-bar"><div class="cookiesck-text">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</div><div class="cookiesck-buttons"><a class="cookiesck-accept" href="javascript:void(0);">ยอมรับ</a> <a class="cookiesck-info" href="/index.php/cookie-policy">นโยบายคุกกี้</a></div></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def info(self, a, full):
        mod = ""
        if full:
            mod = f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {lc3(a.modified)}</time></dd>'
        hits = f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">ฮิต: {a.views}</dd>'
        return f"""<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">{AUTHOR}</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{CAT}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {lc3(a.published)}</time></dd>
{mod}{hits}
</dl>"""

    def image(self, a):
        if not a.extra["image"]:
            return ""
        return f'<figure class="left item-image"><img src="/images/news/2567/{a.id}/cover.jpg" alt="ภาพกิจกรรม" itemprop="image" width="640" height="427" loading="lazy"><figcaption class="caption">ภาพกิจกรรมโดย ฝ่ายประชาสัมพันธ์ สพจ.ลำพูน</figcaption></figure>'

    # ------------------------------------------------------------------ listing

    def blog_item(self, a, leading):
        cls = "leading-0" if leading else "item column-1"
        return f"""<div class="com-content-category-blog__item blog-item {cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
{self.image(a)}<div class="item-content">
<div class="page-header"><h2 itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
{self.info(a, False)}
<p>{esc(a.paras[0][:260])}</p>
<p class="readmore"><a class="btn btn-secondary" href="{a.path}" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(a.title[:40])}...</a></p>
</div>
</div>"""

    def listing(self, k):
        items = self.pages[k]
        lead = self.blog_item(items[0], True)
        rest = [self.blog_item(a, False) for a in items[1:]]
        if k == 1:
            rest.insert(
                2,
                f"""<div class="com-content-category-blog__item blog-item item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content"><div class="page-header"><h2 itemprop="name"><a href="{self.deleted}" itemprop="url">ประกาศผลการคัดเลือกผู้นำ อช. ดีเด่น ระดับจังหวัด (เฉพาะสมาชิก)</a></h2></div>
<p class="readmore"><a class="btn btn-secondary" href="{self.deleted}"><span class="icon-chevron-right" aria-hidden="true"></span> ลงทะเบียนเพื่ออ่านเพิ่มเติม...</a></p></div></div>""",
            )
        n = len(self.pages)

        def link(i):
            return CAT if i == 0 else f"{CAT}?start={i * PER_PAGE}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าแรก" href="{CAT}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าก่อนหน้า" href="{link(k - 1)}" class="page-link"><span class="icon-angle-left" aria-hidden="true"></span></a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(
                    f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {i + 1}" href="#" class="page-link">{i + 1}</a></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a aria-label="ไปที่หน้า {i + 1}" href="{link(i)}" class="page-link">{i + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าถัดไป" href="{link(k + 1)}" class="page-link"><span class="icon-angle-right" aria-hidden="true"></span></a></li>'
            )
            lis.append(
                f'<li class="page-item"><a aria-label="ไปที่หน้าสุดท้าย" href="{link(n - 1)}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>'
            )
        center = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<h2><span class="subheading-category">ข่าวประชาสัมพันธ์</span></h2>
<div class="com-content-category-blog__items blog-items items-leading">
{lead}
</div>
<div class="com-content-category-blog__items blog-items columns-1">
{"".join(rest)}
</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination">
<nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav>
</div>
</div>
</div>"""
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", center, related=None)

    # ------------------------------------------------------------------ article

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 3, i + 5, i - 4, i + 8) if 0 <= j < len(self.articles)
        ][:3]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 2, i + 6) if 0 <= j < len(self.articles)]

    def share(self, a):
        url = f"{HOST}{a.path}"
        return f"""<div class="socialshareck"><span class="socialshareck-label">แชร์ข่าวนี้</span>
<a class="socialshareck-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a>
<a class="socialshareck-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X (Twitter)</a>
<a class="socialshareck-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINE</a></div>"""

    def article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        attach = ""
        if a.extra["attach"]:
            attach = f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}"><table><caption>ไฟล์แนบ:</caption><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/{a.id}/หนังสือแจ้ง_{a.id}.pdf"><img src="/media/attachments/icons/pdf.gif" alt="ดาวน์โหลดไฟล์นี้"></a>&nbsp;<a class="at_url" href="/attachments/article/{a.id}/หนังสือแจ้ง_{a.id}.pdf">หนังสือแจ้ง_{a.id}.pdf</a></td><td class="at_file_size">254 kB</td></tr></tbody></table></div></div>'
        others = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in self.others(a))
        fields = ""
        if a.source:
            fields = f'<ul class="fields-container"><li class="field-entry source "><span class="field-label ">ที่มา: </span><span class="field-value ">{esc(a.source)}</span></li></ul>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{7 + j} tag-list{j}"><a href="/index.php/component/tags/tag/{7 + j}" class="btn-sm btn-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = '<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">'
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{newer.path}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">{esc(newer.title)}</span></a>'
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{older.path}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span><span aria-hidden="true">{esc(older.title)}</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        nav += "</span></nav>"
        center = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
<div class="icons"><div class="btn-group float-end"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title[:30])} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print icon-fw" aria-hidden="true"></span> พิมพ์</a></div></div>
{self.info(a, True)}
{fields}
{self.image(a)}
<div itemprop="articleBody" class="com-content-article__body">
{body}{attach}{self.share(a)}
<div class="other-news"><h4>อ่านข่าวอื่น ๆ</h4><ul>{others}</ul></div>
</div>
{tags}
{nav}
</div>"""
        og = f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:type" content="article">\n'
        crumb = f'\n<li aria-current="page" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="mod-breadcrumbs__item breadcrumb-item active"><span itemprop="name">{esc(a.title)}</span><meta itemprop="position" content="3"></li>'
        return self.shell(
            f"{a.title} - {OFFICE}", center, crumb=crumb, related=self.related(a), og=og
        )

    def login_wall(self):
        center = f"""<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">คุณไม่ได้รับอนุญาตให้ดูข้อมูลนี้ กรุณาเข้าสู่ระบบ</div></div></joomla-alert></div>
<div class="com-users-login login">
<form action="/index.php/component/users/?task=user.login&amp;Itemid=101" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" autocomplete="username"></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" autocomplete="current-password"></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
<input type="hidden" name="return" value="{esc(self.deleted)}"></fieldset></form>
</div>"""
        return self.shell(f"เข้าสู่ระบบ - {OFFICE}", center, related=None)

    # ------------------------------------------------------------------ routing

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return self.html_response(self.listing(0))
        if path == CAT:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER_PAGE:
                return None
            k = int(start) // PER_PAGE
            if k >= len(self.pages):
                return None
            return self.html_response(self.listing(k))
        if path == self.deleted:
            return self.html_response(self.login_wall())
        if path.startswith(CAT + "/"):
            head = path[len(CAT) + 1 :].split("-", 1)[0]
            a = self.by_id.get(int(head)) if head.isdigit() else None
            if a and a.path == path:
                return self.html_response(self.article(a))
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        recs = []
        for a in self.articles:
            i = self.articles.index(a)
            neigh = [self.articles[j].title for j in (i - 1, i + 1) if 0 <= j < len(self.articles)]
            must_not = [
                "แชร์ข่าวนี้",
                "อ่านข่าวอื่น ๆ",
                f"ฮิต: {a.views}",
                "เผยแพร่:",
                "ปรับปรุงล่าสุด:",
                "เขียนโดย:",
                AUTHOR,
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "จดจำฉัน",
                "ลืมรหัสผ่านของคุณ?",
                "สถิติผู้เข้าชม",
                "486,231",
                "ออกแบบโดย Template Creator CK",
                "นโยบายคุกกี้",
                "คุณอยู่ที่:",
                *neigh,
                *[r.title for r in self.others(a)],
                *[r.title for r in self.related(a)],
                *a.tags,
            ]
            if a.extra["image"]:
                must_not.append("ภาพกิจกรรมโดย ฝ่ายประชาสัมพันธ์ สพจ.ลำพูน")
            if a.extra["attach"]:
                must_not += [f"หนังสือแจ้ง_{a.id}.pdf", "254 kB"]
            recs.append(expected_record(a, must_not=must_not))
        return recs


SITE = TckSite()

if __name__ == "__main__":
    main(SITE)
