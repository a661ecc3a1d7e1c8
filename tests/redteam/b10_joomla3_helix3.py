"""Blind-10 red-team site: Joomla 3.9 + JoomShaper Helix3 (shaper_helix3) of a provincial
labour office, built blind.

What it imitates:
- Joomla's SEF URLs with `index.php` and **auto-generated date aliases**: a Thai title gives
  an empty alias, so Joomla 3 used the creation time in UTC, `Y-m-d-H-i-s` -- the category
  is `/index.php/2019-05-27-08-15-44` and an article `/index.php/2019-05-27-08-15-44/
  452-2024-02-15-02-41-07`: the date in the URL is the draft's creation (UTC, often the day
  before publication in Thailand time), not the publication;
- Helix3 chrome: `sp-header`, `sp-menu`, `sp-page-title` (the menu item's title
  "ข่าวประชาสัมพันธ์" as `h2`, with a breadcrumb that ends in the headline), `sp-component`,
  `sp-right` (latest news, login), `sp-bottom` (Vinaora visitor counter), `sp-footer`;
- the article: `article.item.item-page` with a post-format icon, `div.entry-header` holding
  `dl.article-info` (createdby "เขียนโดย", category "หมวด:", `dd.published` with a calendar
  icon and `time[datetime=…+07:00][itemprop=datePublished]` "15 กุมภาพันธ์ 2567" -- the
  site's `DATE_FORMAT_LC3` (`j F Y`, BE through a Thai-year override), `dd.hits` with an eye
  icon, `meta itemprop=interactionCount` and "ฮิต: 123") and then the headline as
  `h2[itemprop=name]` **after** the info block; `div[itemprop=articleBody]` with
  "ข่าว/ภาพ :" for some; `div.tags` "แท็ก:", `helix-social-share` ("แชร์"), `ul.pager.pagenav`
  "&laquo; ก่อนหน้า" / "ถัดไป &raquo;" (titles only in `title` attributes);
- no modified date (show_modify_date off); JComments-less: "ความคิดเห็น" is a Facebook box;
- the category blog `?start=N` (Helix3 pagination `ul.pagination` with "เริ่มต้น",
  "ก่อนหน้า", numbers, "ถัดไป", "สุดท้าย", `p.counter` "หน้า 1 จาก 3");
- the deleted item was set to Registered access: Joomla's "คุณต้องเข้าสู่ระบบก่อน" message
  and the login form (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b10_common import UTC, B9Site, be_full, build, neighbours, record

OFFICE = "สำนักงานแรงงานจังหวัดสระแก้ว"
CAT = "/index.php/2019-05-27-08-15-44"
SOURCES = [
    "สำนักงานแรงงานจังหวัดสระแก้ว",
    None,
    None,
    "ศูนย์บริการจัดหางานจังหวัดสระแก้ว",
    None,
    None,
    "สำนักงานประกันสังคมจังหวัดสระแก้ว",
]
DELETED_ID = 431


def alias(d: dt.datetime, salt: int) -> str:
    created = d - dt.timedelta(hours=2 + salt % 20, minutes=salt % 53, seconds=(salt * 7) % 60)
    return created.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")


class Helix3Site(B9Site):
    key = "b10_joomla3_helix3"
    family = "joomla"
    imitates = "Joomla 3.9 + Helix3: SEF URLs with index.php and auto-generated UTC date aliases (the draft's creation time), sp-page-title with category heading, dl.article-info BEFORE the h2 headline (time[datetime] +07:00, BE 'j F Y', 'ฮิต: N'), articleBody with 'ข่าว/ภาพ :', tags, helix-social-share, pagenav titles only in title attrs; category blog ?start=N; deleted = Registered access login page (200)"
    listing_path = CAT
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 22, 11, SOURCES, dt.datetime(2024, 4, 5, 15, 0), first_id=432, step=2
        )
        for a in self.articles:
            a.path = f"{CAT}/{a.id}-{alias(a.published, a.id)}"
            a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return CAT if k == 0 else f"{CAT}?start={k * self.per_page}"

    def deleted_paths(self):
        return [f"{CAT}/{DELETED_ID}-2024-03-01-04-12-55"]

    def shell(self, content, heading_crumb):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{x.path}" itemprop="url"><span itemprop="name">{esc(x.title)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>ข่าวประชาสัมพันธ์</title>
<link href="/templates/shaper_helix3/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/templates/shaper_helix3/css/template.css" rel="stylesheet" type="text/css" />
<script src="/media/jui/js/jquery.min.js?3c2f8e0c" type="text/javascript"></script>
<script src="/templates/shaper_helix3/js/main.js" type="text/javascript"></script>
</head>
<body class="site com-content view-article no-layout no-task itemid-128 th-th ltr sticky-header layout-fluid off-canvas-menu-init">
<div class="body-wrapper"><div class="body-innerwrapper">
<section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone"></i> 037-425-108</li><li class="sp-contact-email"><i class="fa fa-envelope"></i> sakaeo@mol.go.th</li></ul></div></div></div></div></section>
<header id="sp-header"><div class="container"><div class="row"><div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><div class="logo"><a href="/"><img class="sp-default-logo" src="/images/logo.png" alt="{OFFICE}"></a></div></div></div>
<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column "><div class="sp-megamenu-parent menu-fade hidden-sm hidden-xs"><ul class="sp-megamenu-parent"><li class="sp-menu-item"><a href="/index.php">หน้าหลัก</a></li><li class="sp-menu-item current-item active"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="sp-menu-item"><a href="/index.php/2019-05-27-08-16-10">ภารกิจ</a></li><li class="sp-menu-item"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></div><a id="offcanvas-toggler" href="#"><i class="fa fa-bars" title="Menu"></i></a></div></div></div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "><div class="sp-page-title"><div class="container"><h2>ข่าวประชาสัมพันธ์</h2>
<ol class="breadcrumb"><li><i class="fa fa-home"></i></li><li><a href="/index.php" class="pathway">หน้าหลัก</a></li><li><a href="{CAT}" class="pathway">ข่าวประชาสัมพันธ์</a></li>{heading_crumb}</ol></div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="row">
<div id="sp-component" class="col-sm-9 col-md-9"><div class="sp-column "><div id="system-message-container"></div>
{content}
</div></div>
<div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2"><div class="sp-module "><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="latestnews">{latest}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form action="/index.php" method="post" id="login-form"><div class="form-group"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="form-control"></div><div class="form-group"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="form-control"></div><input type="submit" name="Submit" class="btn btn-primary" value="เข้าสู่ระบบ"></form></div></div></div></div>
</div></div></section>
<section id="sp-bottom"><div class="container"><div class="row"><div id="sp-bottom1" class="col-sm-6 col-md-4"><div class="sp-column "><div class="sp-module "><h3 class="sp-module-title">สถิติผู้เยี่ยมชม</h3><div class="sp-module-content"><div class="vvisit_counter"><table cellpadding="0" cellspacing="0"><tr><td>วันนี้</td><td align="right">52</td></tr><tr><td>เมื่อวานนี้</td><td align="right">148</td></tr><tr><td>ทั้งหมด</td><td align="right">187,204</td></tr></table></div></div></div></div></div></div></div></section>
<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">&copy; 2024 {OFFICE} กระทรวงแรงงาน</span></div></div></div></div></footer>
</div></div>
<div class="offcanvas-menu"><a href="#" class="close-offcanvas"><i class="fa fa-remove"></i></a><div class="offcanvas-inner"><div class="sp-module "><div class="sp-module-content"><ul class="nav menu"><li><a href="/index.php">หน้าหลัก</a></li><li><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li></ul></div></div></div></div>
</body>
</html>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.blog_item(a.path, a.title, a.published, a.views, a.paras[0]))
            if k == 1 and j == 3:
                items.append(
                    self.blog_item(
                        self.deleted_paths()[0],
                        "ประกาศรับสมัครงานบริษัทเอกชนในพื้นที่จังหวัดสระแก้ว ประจำเดือนมีนาคม 2567",
                        dt.datetime(2024, 3, 1, 11, 20, tzinfo=UTC),
                        35,
                        "ประกาศรับสมัครงาน",
                    )
                )
        n = len(self.pages)
        pg = []

        def li(label, target, cls=""):
            if target is None:
                return f'<li class="disabled{cls}"><a>{label}</a></li>'
            return f'<li{cls and " class=" + chr(34) + cls.strip() + chr(34)}><a title="{label}" href="{self.page_url(target)}" class="pagenav">{label}</a></li>'

        pg.append(li("เริ่มต้น", 0 if k else None))
        pg.append(li("ก่อนหน้า", k - 1 if k else None))
        for i in range(n):
            pg.append(f'<li class="active"><a>{i + 1}</a></li>' if i == k else li(str(i + 1), i))
        pg.append(li("ถัดไป", k + 1 if k < n - 1 else None))
        pg.append(li("สุดท้าย", n - 1 if k < n - 1 else None))
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="items-leading clearfix">{"".join(items[:1])}</div>
<div class="items-row row-0 row clearfix">{"".join(f'<div class="col-sm-12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">{x}</div></div>' for x in items[1:])}</div>
<div class="pagination-wrapper"><ul class="pagination">{"".join(pg)}</ul><p class="counter pull-right">หน้า {k + 1} จาก {n}</p></div>
</div>"""
        return self.shell(content, "")

    def blog_item(self, path, title, d, views, intro):
        return f"""<div class="entry-header"><dl class="article-info"><dt class="article-info-term"></dt>
<dd class="published"><i class="fa fa-calendar-o"></i> <time datetime="{d.isoformat()}" itemprop="datePublished" data-toggle="tooltip" title="วันที่เผยแพร่">{be_full(d)}</time></dd>
<dd class="hits"><i class="fa fa-eye"></i> ฮิต: {views}</dd></dl>
<h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
<p>{esc(intro[:180])}</p>
<p class="readmore"><a class="btn btn-default" href="{path}" itemprop="url">อ่านเพิ่มเติม: {esc(title[:40])}</a></p>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p style="text-align: right;">ข่าว/ภาพ : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags"><span>แท็ก: </span>'
                + "".join(
                    f'<a href="/index.php/component/tags/tag/{i + 3}" class="label label-info">{esc(t)}</a>'
                    for i, t in enumerate(a.tags)
                )
                + "</div>"
            )
        pager = '<ul class="pager pagenav">'
        if newer:
            pager += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            pager += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        pager += "</ul>"
        d = a.published
        content = f"""<article class="item item-page" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="entry-image full-image"><img src="/images/news/2567/{a.id}.jpg" alt="" itemprop="image"/></div>
<div class="entry-header has-post-format">
<span class="post-format"><i class="fa fa-thumb-tack"></i></span>
<dl class="article-info"><dt class="article-info-term"></dt>
<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person"><i class="fa fa-user"></i> <span itemprop="name" data-toggle="tooltip" title="เขียนโดย">ประชาสัมพันธ์</span></dd>
<dd class="category-name"><i class="fa fa-folder-open-o"></i> <a href="{CAT}" itemprop="genre" data-toggle="tooltip" title="หมวด">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><i class="fa fa-calendar-o"></i> <time datetime="{d.isoformat()}" itemprop="datePublished" data-toggle="tooltip" title="วันที่เผยแพร่">{be_full(d)}</time></dd>
<dd class="hits"><span class="fa fa-eye"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
</dl>
<h2 itemprop="name">{esc(a.title)}</h2>
</div>
<div itemprop="articleBody">
{body}
</div>
{tags}
<div class="helix-social-share"><div class="helix-social-share-icon"><ul><li><div class="social-share-title"><p>แชร์</p></div></li><li><div class="facebook" data-toggle="tooltip" title="แชร์บน Facebook"><a href="#" data-type="facebook" data-url="http://sakaeo.mol.go.th{a.path}" data-title="{esc(a.title)}" class="prettySocial"><i class="fa fa-facebook"></i></a></div></li><li><div class="twitter" title="แชร์บน Twitter"><a href="#" data-type="twitter" class="prettySocial"><i class="fa fa-twitter"></i></a></div></li></ul></div></div>
{pager}
<div id="sp-comments"><h3>ความคิดเห็น</h3><div class="fb-comments" data-href="http://sakaeo.mol.go.th{a.path}" data-numposts="5" data-width="100%"></div></div>
</article>"""
        return self.shell(content, f'<li class="active">{esc(a.title)}</li>')

    def deleted(self):
        content = """<div id="system-message-container"><div class="alert alert-warning"><a class="close" data-dismiss="alert">&times;</a><h4 class="alert-heading">คำเตือน</h4><div><p>คุณต้องเข้าสู่ระบบก่อน</p></div></div></div>
<div class="login"><form action="/index.php/component/users/?task=user.login" method="post" class="form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell(content, '<li class="active">เข้าสู่ระบบ</li>')

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "ฮิต:",
                f"ฮิต: {a.views}",
                "แท็ก:",
                "แชร์",
                "ก่อนหน้า",
                "ถัดไป",
                "ความคิดเห็น",
                "ข่าวล่าสุด",
                "สถิติผู้เยี่ยมชม",
                "เมื่อวานนี้",
                "ชื่อผู้ใช้",
                "เข้าสู่ระบบ",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = Helix3Site()

if __name__ == "__main__":
    main(SITE)
