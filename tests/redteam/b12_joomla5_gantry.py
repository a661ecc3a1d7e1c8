"""Blind-12 red-team site: Joomla 5 + a Gantry 5 template (Helium-like outline: `g-container`,
`g-grid`, `g-block`, particles) of a provincial fisheries office (สำนักงานประมงจังหวัด
สุราษฎร์ธานี), **SEF URLs off**, built blind.

What it imitates:
- the category blog `index.php?option=com_content&view=category&layout=blog&id=12&Itemid=135`,
  pages `…&limitstart=8` / `…&limitstart=16` ("หน้า 2 จาก 3", Joomla's pager with
  aria-labels), blog items with `h2` links, "เผยแพร่: 16/02/24" and "อ่านเพิ่มเติม …";
- articles at `index.php?option=com_content&view=article&id=N:<alias>&catid=12&Itemid=135`,
  where the alias is what Joomla makes of a Thai title: the **creation time in UTC**
  ("2024-02-14-09-12-40"), which for some items is a day or more before the publication;
- `<title>` = the headline; the menu item's page heading `h1` "ข่าวประชาสัมพันธ์", the headline
  in `h2[itemprop=headline]`;
- `dl.article-info`: "เขียนโดย", "หมวด", `time[datetime]` (ISO +07:00, always with the time)
  showing "เผยแพร่: 16/02/24 10:30" (**two-digit CE year**), "ปรับปรุงล่าสุด: …" for every
  item, "เปิดอ่าน: 1234"; Joomla tags `ul.tags`;
- `com-content-article__body` holding the text, a Phoca Gallery plugin block ("ภาพกิจกรรม")
  **after the second paragraph**, "ที่มา : …" for some, and a share plugin line
  "แชร์ข่าวนี้" **inside it**; `pagenavigation` with the neighbours' titles in
  visually-hidden spans;
- Gantry particles: logo, menu, a Content Array "ข่าวล่าสุด" in the aside (dates
  "วันศุกร์, กุมภาพันธ์ 16, 2024"), a visitor counter module, copyright, "กลับด้านบน";
  a cookie notice;
- the unpublished article (access: Registered) answers the login view with
  "กรุณาเข้าสู่ระบบก่อน" (200).
"""

from __future__ import annotations

import datetime as dt
import random

from ._common import MONTHS, WEEKDAYS, esc, main
from .b12_common import B9Site, build, href, neighbours, record

UTC = dt.UTC
OFFICE = "สำนักงานประมงจังหวัดสุราษฎร์ธานี"
SOURCES = [None, "กลุ่มส่งเสริมการประมง", None, "ศูนย์วิจัยและพัฒนาประมงชายฝั่งสุราษฎร์ธานี", None]
BLOG = "/index.php?option=com_content&view=category&layout=blog&id=12&Itemid=135"
DELETED_ID = 341
DELETED_ALIAS = "2024-06-03-02-41-19"


def art_path(aid: int, alias: str) -> str:
    return f"/index.php?option=com_content&view=article&id={aid}:{alias}&catid=12&Itemid=135"


def dmy2(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def gantry_date(d: dt.datetime) -> str:
    """Content Array default 'l, F d, Y' under th-TH."""
    return f"{WEEKDAYS[d.weekday()]}, {MONTHS[d.month - 1]} {d.day:02d}, {d.year}"


class JoomlaGantrySite(B9Site):
    key = "b12_joomla5_gantry"
    family = "joomla"
    imitates = "Joomla 5 + Gantry 5 (Helium-like outline), SEF off: category blog index.php?option=com_content&view=category&layout=blog&id=12&Itemid=135&limitstart=N, articles ...&view=article&id=N:<UTC creation-time alias>&catid=12&Itemid=135; page heading h1 'ข่าวประชาสัมพันธ์', headline h2; time[datetime] + 'เผยแพร่: 16/02/24 10:30' (2-digit CE year), 'ปรับปรุงล่าสุด' every item, 'เปิดอ่าน: N', tags; Phoca Gallery block after paragraph 2, 'ที่มา :' for some and a share line inside the body; prev/next with hidden titles; Gantry Content Array aside; unpublished = login view 'กรุณาเข้าสู่ระบบก่อน' (200)"
    listing_path = BLOG
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 41, SOURCES, dt.datetime(2024, 6, 28, 16, 0), first_id=355, step=1
        )
        rng = random.Random(self.key)
        for i, a in enumerate(self.articles):
            # the draft is created before it is published: the same day, or days before
            back = dt.timedelta(
                hours=rng.randint(1, 5), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59)
            )
            if i % 4 == 1:
                back += dt.timedelta(days=rng.randint(1, 3))
            a.extra["created"] = a.published - back
            a.extra["alias"] = a.extra["created"].astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")
            a.path = art_path(a.id, a.extra["alias"])
            a.time_printed = True
            a.modified = a.modified or a.published
        self.setup_routes()

    def page_url(self, k):
        return BLOG if k == 0 else f"{BLOG}&limitstart={k * self.per_page}"

    def deleted_paths(self):
        return [art_path(DELETED_ID, DELETED_ALIAS)]

    # ------------------------------------------------------------------ chrome

    def shell(self, title, body_class, component):
        latest = "".join(
            f"""<div class="g-content-array g-joomla-articles"><div class="g-grid"><div class="g-block"><div class="g-content"><div class="g-array-item"><div class="g-array-item-title"><h4 class="g-item-title"><a href="{href(a.path)}">{esc(a.title)}</a></h4></div><div class="g-array-item-details"><span class="g-array-item-date"><i class="far fa-clock" aria-hidden="true"></i>{gantry_date(a.published)}</span></div></div></div></div></div></div>"""
            for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="/templates/g5_helium/favicon.ico" rel="icon" type="image/vnd.microsoft.icon">
<link href="/media/gantry5/engines/nucleus/css-compiled/nucleus.css" rel="stylesheet" />
<link href="/templates/g5_helium/custom/css-compiled/helium_9.css" rel="stylesheet" />
<link href="/media/gantry5/assets/css/font-awesome6-all.min.css" rel="stylesheet" />
<script src="/media/vendor/jquery/js/jquery.min.js?3.7.1"></script>
<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"ข้อผิดพลาด","MESSAGE":"ข้อความ"}},"system.paths":{{"root":"","rootFull":"\\/","base":""}}}}</script>
</head>
<body class="gantry site {body_class} dir-ltr outline-9 g-offcanvas-left g-default g-style-preset1">
<div id="g-offcanvas" data-g-offcanvas-swipe="1" data-g-offcanvas-css3="1"><div class="g-grid"><div class="g-block size-100"><div id="mobile-menu-5697-particle" class="g-content g-particle"><div id="g-mobilemenu-container" data-g-menu-breakpoint="48rem"></div></div></div></div></div>
<div id="g-page-surround">
<div class="g-offcanvas-hide g-offcanvas-toggle" role="navigation" data-offcanvas-toggle aria-controls="g-offcanvas" aria-expanded="false"><i class="fa fa-fw fa-bars"></i></div>
<section id="g-navigation"><div class="g-container">
<div class="g-grid"><div class="g-block size-100"><div class="g-system-messages"></div></div></div>
<div class="g-grid">
<div class="g-block size-30"><div id="logo-9608-particle" class="g-content g-particle"><a href="/" target="_self" title="{OFFICE}" aria-label="{OFFICE}" rel="home" class="g-logo g-logo-helium"><img src="/templates/g5_helium/custom/images/logo-fisheries.png" alt="{OFFICE}" /></a></div></div>
<div class="g-block size-70"><div id="menu-6409-particle" class="g-content g-particle"><nav class="g-main-nav" data-g-hover-expand="true"><ul class="g-toplevel">
<li class="g-menu-item g-menu-item-type-component g-menu-item-101 g-standard"><a class="g-menu-item-container" href="/index.php"><span class="g-menu-item-content"><span class="g-menu-item-title">หน้าหลัก</span></span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-120 g-standard"><a class="g-menu-item-container" href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=120"><span class="g-menu-item-content"><span class="g-menu-item-title">ข้อมูลหน่วยงาน</span></span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-135 active g-standard"><a class="g-menu-item-container" href="{href(BLOG)}"><span class="g-menu-item-content"><span class="g-menu-item-title">ข่าวประชาสัมพันธ์</span></span></a></li>
<li class="g-menu-item g-menu-item-type-component g-menu-item-140 g-standard"><a class="g-menu-item-container" href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=140"><span class="g-menu-item-content"><span class="g-menu-item-title">ติดต่อเรา</span></span></a></li>
</ul></nav></div></div>
</div>
</div></section>
<section id="g-container-main" class="g-wrapper"><div class="g-container"><div class="g-grid">
<div class="g-block size-72"><main id="g-mainbar"><div class="g-grid"><div class="g-block size-100"><div class="g-content">
<div class="platform-content container"><div class="row"><div class="col">
{component}
</div></div></div>
</div></div></div></main></div>
<div class="g-block size-28"><aside id="g-aside"><div class="g-grid"><div class="g-block size-100"><div id="contentarray-3441-particle" class="g-content g-particle"><h2 class="g-title">ข่าวล่าสุด</h2>{latest}</div></div></div>
<div class="g-grid"><div class="g-block size-100"><div class="g-content"><div class="platform-content"><div class="moduletable "><h3 class="g-title">สถิติผู้เข้าชม</h3><div class="mod-vvisit-counter"><table><tr><td>วันนี้</td><td>142</td></tr><tr><td>เมื่อวาน</td><td>388</td></tr><tr><td>ทั้งหมด</td><td>412,907</td></tr></table></div></div></div></div></div></div>
</aside></div>
</div></div></section>
<footer id="g-footer"><div class="g-container"><div class="g-grid">
<div class="g-block size-60"><div id="copyright-1372-particle" class="g-content g-particle">&copy; 2024 {OFFICE} 15 หมู่ 3 ตำบลวัดประดู่ อำเภอเมือง จังหวัดสุราษฎร์ธานี 84000</div></div>
<div class="g-block size-20"><div id="branding-2617-particle" class="g-content g-particle"><div class="g-branding branding">Powered by <a href="http://www.gantry.org/" title="Gantry Framework" class="g-powered-by">Gantry Framework</a></div></div></div>
<div class="g-block size-20"><div id="totop-1025-particle" class="g-content g-particle"><div class="g-totop g-particle"><div class="g-totop"><a href="#" id="g-totop" rel="nofollow" title="กลับด้านบน" aria-label="กลับด้านบน">กลับด้านบน <i class="fa fa-chevron-up fa-fw"></i></a></div></div></div></div>
</div></div></footer>
</div>
<div id="cookie-bar" class="cookie-notice" role="dialog">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาการให้บริการ <a href="/index.php?option=com_content&amp;view=article&amp;id=3&amp;Itemid=150">นโยบายคุกกี้</a> <button type="button" class="btn btn-primary">ตกลง</button></div>
<script type="text/javascript" src="/media/gantry5/assets/js/main.js"></script>
</body>
</html>"""

    def info(self, a, full=True):
        pub = f'<dd class="published"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่: {dmy2(a.published)} {a.published:%H:%M}</time></dd>'
        if not full:
            return f'<dl class="article-info text-muted"><dt class="article-info-term">รายละเอียด</dt>{pub}</dl>'
        return f"""<dl class="article-info text-muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person"><span class="icon-user icon-fw" aria-hidden="true"></span>เขียนโดย: <span itemprop="name">งานประชาสัมพันธ์</span></dd>
<dd class="category-name"><span class="icon-folder-open icon-fw" aria-hidden="true"></span>หมวด: <a href="{href(BLOG)}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
{pub}
<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {dmy2(a.modified)} {a.modified:%H:%M}</time></dd>
<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}">เปิดอ่าน: {a.views}</dd>
</dl>"""

    # ------------------------------------------------------------------ listing

    def blog_item(self, path, title, a_like, intro):
        return f"""<div class="com-content-category-blog__item blog-item" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="item-content">
<h2 itemprop="name"><a href="{href(path)}" itemprop="url">{esc(title)}</a></h2>
{self.info(a_like, full=False)}
<p>{esc(intro)}</p>
<p class="readmore"><a class="btn btn-secondary" href="{href(path)}" aria-label="อ่านเพิ่มเติม: {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม &hellip;</a></p>
</div>
</div>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.blog_item(a.path, a.title, a, a.paras[0][:200] + " ..."))
            if k == 1 and j == 5:

                class Ghost:
                    published = dt.datetime(
                        2024, 6, 3, 9, 41, tzinfo=dt.timezone(dt.timedelta(hours=7))
                    )

                items.append(
                    self.blog_item(
                        art_path(DELETED_ID, DELETED_ALIAS),
                        "ประมงจังหวัดฯ ประกาศรายชื่อผู้มีสิทธิ์รับการช่วยเหลือเยียวยาเรือประมงพื้นบ้าน (ฉบับแก้ไข)",
                        Ghost,
                        "ตามที่สำนักงานประมงจังหวัดสุราษฎร์ธานี ได้ประกาศรายชื่อผู้มีสิทธิ์ ...",
                    )
                )
        n = len(self.pages)
        lis = []

        def li(label, target, aria, icon=None, active=False, disabled=False):
            inner = f'<span class="{icon}" aria-hidden="true"></span>' if icon else label
            if disabled:
                return f'<li class="disabled page-item"><span class="page-link" aria-hidden="true">{inner}</span></li>'
            if active:
                return f'<li class="active page-item"><a aria-current="true" aria-label="หน้า {label}" href="#" class="page-link">{label}</a></li>'
            return f'<li class="page-item"><a aria-label="{aria}" href="{href(self.page_url(target))}" class="page-link">{inner}</a></li>'

        lis.append(li("", 0, "ไปยังหน้าเริ่มต้น", "icon-angle-double-left", disabled=k == 0))
        lis.append(li("", k - 1, "ไปยังหน้าก่อนหน้า", "icon-angle-left", disabled=k == 0))
        for i in range(n):
            lis.append(li(str(i + 1), i, f"ไปยังหน้า {i + 1}", active=i == k))
        lis.append(li("", k + 1, "ไปยังหน้าถัดไป", "icon-angle-right", disabled=k == n - 1))
        lis.append(li("", n - 1, "ไปยังหน้าสุดท้าย", "icon-angle-double-right", disabled=k == n - 1))
        component = f"""<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="com-content-category-blog__items blog-items">
{"".join(items)}
</div>
<div class="com-content-category-blog__navigation w-100">
<p class="com-content-category-blog__counter counter float-md-end pt-3 pe-2">หน้า {k + 1} จาก {n}</p>
<div class="com-content-category-blog__pagination"><nav class="pagination__wrapper" aria-label="การแบ่งหน้า"><ul class="pagination ms-0 mb-4">{"".join(lis)}</ul></nav></div>
</div>
</div>"""
        return self.shell(
            "ข่าวประชาสัมพันธ์", "com_content view-category layout-blog no-task itemid-135", component
        )

    # ------------------------------------------------------------------ article

    def detail(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        gallery = "".join(
            f'<div class="pg-item-box"><div class="pg-item-box-image"><a class="pg-lightbox" href="/images/phocagallery/news/{a.id}/{g}.jpg"><img src="/images/phocagallery/news/{a.id}/thumbs/phoca_thumb_m_{g}.jpg" alt="ภาพกิจกรรม {g}" class="pg-image"></a></div><div class="pg-item-box-title image">ภาพกิจกรรม {g}</div></div>'
            for g in (1, 2, 3, 4)
        )
        paras.insert(
            2,
            f'<div id="pg-msnr-container" class="pg-photoswipe pg-msnr-container pg-category-items-box">{gallery}</div>',
        )
        if a.source:
            paras.append(f"<p>ที่มา : {esc(a.source)}</p>")
        paras.append(
            f'<div class="jsocial-share"><span class="jsocial-label">แชร์ข่าวนี้ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={href(a.path)}" target="_blank" rel="noopener">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={href(a.path)}" target="_blank" rel="noopener">LINE</a> <a href="https://twitter.com/intent/tweet?url={href(a.path)}" target="_blank" rel="noopener">X</a></div>'
        )
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags list-inline">'
                + "".join(
                    f'<li class="list-inline-item tag-{7 + i} tag-list{i}" itemprop="keywords"><a href="/index.php?option=com_tags&amp;view=tag&amp;id={7 + i}&amp;Itemid=135" class="btn btn-sm btn-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        older, newer = neighbours(self.articles, a)
        nav = ""
        if newer:
            nav += f'<a class="btn btn-sm btn-secondary previous" href="{href(newer.path)}" rel="prev"><span class="visually-hidden">บทความก่อนหน้า: {esc(newer.title)}</span><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a>'
        if older:
            nav += f'<a class="btn btn-sm btn-secondary next" href="{href(older.path)}" rel="next"><span class="visually-hidden">บทความถัดไป: {esc(older.title)}</span> <span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a>'
        component = f"""<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
{self.info(a)}
{tags}
<figure class="left item-image"><img src="/images/news/{a.id}/cover.jpg" itemprop="image" width="800" height="533" loading="lazy"></figure>
<div itemprop="articleBody" class="com-content-article__body">
{"".join(paras)}
</div>
<nav class="pagenavigation" aria-label="การนำทางหน้า"><span class="pagination ms-0">{nav}</span></nav>
</div>"""
        return self.shell(
            a.title, "com_content view-article no-layout no-task itemid-135", component
        )

    def deleted(self):
        component = """<div id="system-message-container" aria-live="polite"><joomla-alert type="warning" close-text="ปิด" dismiss="true" role="alert"><div class="alert-heading"><span class="warning"></span><span class="visually-hidden">คำเตือน</span></div><div class="alert-wrapper"><div class="alert-message">กรุณาเข้าสู่ระบบก่อน</div></div></joomla-alert></div>
<div class="com-users-login login">
<form action="/index.php?option=com_users&amp;task=user.login" method="post" class="com-users-login__form form-validate form-horizontal well" id="com-users-login__form">
<fieldset>
<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required form-control" autocomplete="username" required></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star" aria-hidden="true">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" autocomplete="current-password" class="form-control required" required></div></div>
<div class="com-users-login__remember"><div class="form-check"><input class="form-check-input" id="remember" type="checkbox" name="remember" value="yes"><label class="form-check-label" for="remember">จดจำฉัน</label></div></div>
<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
</fieldset>
</form>
</div>
<div class="com-users-login__options list-group"><a class="com-users-login__reset list-group-item" href="/index.php?option=com_users&amp;view=reset&amp;Itemid=135">ลืมรหัสผ่าน?</a><a class="com-users-login__remind list-group-item" href="/index.php?option=com_users&amp;view=remind&amp;Itemid=135">ลืมชื่อผู้ใช้?</a></div>"""
        return self.shell(
            "เข้าสู่ระบบ", "com_users view-login no-layout no-task itemid-135", component
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ข่าวประชาสัมพันธ์",
                "เขียนโดย",
                "เผยแพร่:",
                "ปรับปรุงล่าสุด",
                "เปิดอ่าน",
                "ภาพกิจกรรม",
                "แชร์ข่าวนี้",
                "บทความก่อนหน้า",
                "บทความถัดไป",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "กลับด้านบน",
                "Gantry Framework",
                "นโยบายคุกกี้",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = JoomlaGantrySite()

if __name__ == "__main__":
    main(SITE)
