"""Blind-44 red-team site (part B): **Joomla 3.10 + JoomShaper Helix3 ("Sportsfan"-style
child) with SEF URLs switched off and the category *Blog* layout**, a provincial land office,
built blind.

What it imitates:
- non-SEF URLs `index.php?option=com_content&view=article&id=N:alias&catid=9&Itemid=118`;
  blog `...&view=category&layout=blog&id=9&Itemid=118&limitstart=N` (Joomla's non-SEF
  pagination name); generator "Joomla! - Open Source Content Management",
  `/templates/shaper_helix3/`, `/media/jui/js/`, category feed `&format=feed&type=rss`;
- Helix3 `#sp-header`, `#sp-page-title` (title + breadcrumb), `#sp-component`, `#sp-right`,
  `#sp-footer`; `<title>` = the menu title "ข่าวประชาสัมพันธ์" on every page; `h1` = the page
  heading in `div.page-header`; **the headline in `div.entry-header > h2[itemprop=name]`**,
  printed *after* the info block;
- info block above (`dl.article-info`): `dd.createdby` (login), `dd.category-name`,
  `dd.published` (`time datetime` ISO +07:00, visible Thai LC3 date with the BE year, no time);
  info block below: `dd.modified` "ปรับปรุงล่าสุด" (core Joomla: printed for every article,
  equal to created when never edited) and `dd.hits` "เปิดอ่าน: N" with a UserPageVisits meta;
- Helix3 print / e-mail icons, `helix-social-share` after the text, tags, `ul.pager.pagenav`
  with neighbour titles in `title`/`aria-label`, "ข่าวที่เกี่ยวข้อง" (mod_related_items in the
  content-bottom position), sidebar latest / popular / login / counter, cookie notice, footer;
- "ข่าว/ภาพ :" line ending some texts, an image on some, attachments on some.
Deleted: id 431 linked from page 2 — Joomla 3 answers 200 with the template and the
"ท่านไม่ได้รับอนุญาตให้ดูทรัพยากรนี้" login wall (an item moved to a registered-only access level).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, be, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานที่ดินจังหวัดลำพูน"
TPL = "/templates/shaper_helix3"
CAT = "option=com_content&view=category&layout=blog&id=9&Itemid=118"
LIST = "/index.php"
PER = 8
SOURCES = [
    "ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดลำพูน",
    None,
    None,
    "สำนักงานที่ดินจังหวัดลำพูน สาขาป่าซาง",
    None,
    None,
]
TAGS = ["โฉนดที่ดิน", "รังวัด", "ที่ดินทำกิน", "ค่าธรรมเนียม", "บริการประชาชน"]
DELETED_ID = 431
DELETED = (
    f"{LIST}?option=com_content&view=article&id={DELETED_ID}:2024-04-02-03-15-09&catid=9&Itemid=118"
)
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,587 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดีที่สุด"
FOOTER = "ศาลากลางจังหวัดลำพูน ถนนอินทยงยศ ตำบลในเมือง อำเภอเมืองลำพูน 51000"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LOGIN_WALL = "ท่านไม่ได้รับอนุญาตให้ดูทรัพยากรนี้"


def lc3(d: dt.datetime) -> str:
    """DATE_FORMAT_LC3 of the Thai pack with the BE year: '05 มีนาคม 2567'."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {be(d)}"


def lc2(d: dt.datetime) -> str:
    """DATE_FORMAT_LC2-like 'd F Y H:i' with the BE year (the modified line)."""
    return f"{lc3(d)} {d:%H:%M}"


class Helix3BlogSite(BaseSite):
    key = "b44_joomla3_helix3blog"
    family = "joomla"
    imitates = "Joomla 3.10 + JoomShaper Helix3 (Sportsfan-style child), provincial land office, SEF off: index.php?option=com_content&view=article&id=N:alias&catid=9&Itemid=118; category Blog layout (2 leading + 6 intro) paginated by &limitstart=N; <title> = menu title, h1 = page heading, headline in div.entry-header h2[itemprop=name] after the info block; dd.published time datetime ISO, visible LC3 Thai date with BE year; dd.modified 'ปรับปรุงล่าสุด' on every article (= created when never edited) and dd.hits 'เปิดอ่าน: N' below the text; print/email icons, helix-social-share, tags, pagenav with neighbour titles, related items, latest/popular/login/counter, cookie notice; deleted = registered-only item answering 200 with the login wall"
    listing_path = f"{LIST}?{CAT}"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 20, 17, 0, tzinfo=TZ), offset=397
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 455 - i * 2 if 455 - i * 2 != DELETED_ID else 454
            created = a.published - dt.timedelta(hours=7)
            a.extra["alias"] = f"{created:%Y-%m-%d-%H-%M-%S}"
            a.path = f"{LIST}?option=com_content&view=article&id={a.id}:{a.extra['alias']}&catid=9&Itemid=118"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i * 2) % 3)]
            a.views = 23 + (i * 173) % 3100
            a.extra["image"] = i % 5 == 2
            a.extra["file"] = i % 6 == 4
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return self.listing_path + (f"&limitstart={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, view):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{esc(a.path)}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:4]
        )
        return f"""<!DOCTYPE html>
<html xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/index.php" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>ข่าวประชาสัมพันธ์</title>
<link href="/index.php?{esc(CAT)}&amp;format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="{TPL}/images/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="//fonts.googleapis.com/css?family=Kanit:300,400&amp;subset=thai" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/template.css" rel="stylesheet" type="text/css" />
<link href="{TPL}/css/presets/preset2.css" rel="stylesheet" class="preset" type="text/css" />
<script src="/media/jui/js/jquery.min.js?b2a1c0d3" type="text/javascript"></script>
<script src="/media/system/js/caption.js?b2a1c0d3" type="text/javascript"></script>
<script src="{TPL}/js/bootstrap.min.js" type="text/javascript"></script>
<script src="{TPL}/js/main.js" type="text/javascript"></script>
<script type="text/javascript">jQuery(window).on('load', function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com-content {view} layout-blog task-none itemid-118 th-th ltr  sticky-header layout-fluid off-canvas-menu-init">
<div class="body-wrapper"><div class="body-innerwrapper">
<section id="sp-top-bar"><div class="container"><div class="row"><div id="sp-top1" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="social-icons"><li><a target="_blank" href="https://www.facebook.com/lamphunland"><i class="fa fa-facebook"></i></a></li></ul></div></div><div id="sp-top2" class="col-sm-6 col-md-6"><div class="sp-column "><ul class="sp-contact-info"><li class="sp-contact-phone"><i class="fa fa-phone"></i> 0-5351-1021</li><li class="sp-contact-email"><i class="fa fa-envelope"></i> <a href="mailto:lamphun@dol.go.th">lamphun@dol.go.th</a></li></ul></div></div></div></div></section>
<header id="sp-header"><div class="container"><div class="row">
<div id="sp-logo" class="col-xs-8 col-sm-3 col-md-3"><div class="sp-column "><a class="logo" href="/"><h1><img class="sp-default-logo" src="/images/logo-dol.png" alt="{OFFICE}"></h1></a></div></div>
<div id="sp-menu" class="col-xs-4 col-sm-9 col-md-9"><div class="sp-column "><div class="sp-megamenu-wrapper"><a id="offcanvas-toggler" class="visible-sm visible-xs" aria-label="Menu" href="#"><i class="fa fa-bars" aria-hidden="true" title="Menu"></i></a><ul class="sp-megamenu-parent menu-fade hidden-sm hidden-xs"><li class="sp-menu-item"><a href="/index.php">หน้าหลัก</a></li><li class="sp-menu-item"><a href="/index.php?option=com_content&amp;view=article&amp;id=2&amp;Itemid=102">เกี่ยวกับหน่วยงาน</a></li><li class="sp-menu-item current-item active"><a href="{esc(self.listing_path)}">ข่าวประชาสัมพันธ์</a></li><li class="sp-menu-item"><a href="/index.php?option=com_content&amp;view=category&amp;id=11&amp;Itemid=121">ประกาศจัดซื้อจัดจ้าง</a></li><li class="sp-menu-item"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=130">ติดต่อเรา</a></li></ul></div></div></div>
</div></div></header>
<section id="sp-page-title"><div class="row"><div id="sp-title" class="col-sm-12 col-md-12"><div class="sp-column "><div class="sp-page-title"><div class="container"><h2>ข่าวประชาสัมพันธ์</h2><h3>ข่าวสารและกิจกรรมของ{OFFICE}</h3>
<ol class="breadcrumb"><span>ท่านอยู่ที่ : &#160;</span><li><i class="fa fa-home"></i></li><li><a href="/index.php" class="pathway">หน้าหลัก</a></li><li class="active">ข่าวประชาสัมพันธ์</li></ol>
</div></div></div></div></div></section>
<section id="sp-main-body"><div class="container"><div class="row">
<div id="sp-component" class="col-sm-9 col-md-9"><div class="sp-column "><div id="system-message-container"></div>
{content}
</div></div>
<div id="sp-right" class="col-sm-3 col-md-3"><div class="sp-column class2">
<div class="sp-module "><h3 class="sp-module-title">ข่าวล่าสุด</h3><div class="sp-module-content"><ul class="latestnews">{latest}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">ข่าวยอดนิยม</h3><div class="sp-module-content"><ul class="mostread">{popular}</ul></div></div>
<div class="sp-module "><h3 class="sp-module-title">เข้าสู่ระบบ</h3><div class="sp-module-content"><form action="/index.php" method="post" id="login-form"><div class="userdata"><div id="form-login-username" class="form-group"><input id="modlgn-username" type="text" name="username" class="form-control" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div><div id="form-login-password" class="form-group"><input id="modlgn-passwd" type="password" name="password" class="form-control" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div><div id="form-login-remember" class="checkbox"><label for="modlgn-remember"><input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes"/> จดจำการเข้าระบบ</label></div><div id="form-login-submit" class="form-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary">เข้าสู่ระบบ</button></div><ul class="unstyled"><li><a href="/index.php?option=com_users&amp;view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php?option=com_users&amp;view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></div></form></div></div>
<div class="sp-module "><h3 class="sp-module-title">สถิติผู้เยี่ยมชม</h3><div class="sp-module-content"><div class="custom"><p>วันนี้ 318 คน</p><p>{COUNTER}</p></div></div></div>
</div></div>
</div></div></section>
<footer id="sp-footer"><div class="container"><div class="row"><div id="sp-footer1" class="col-sm-12 col-md-12"><div class="sp-column "><span class="sp-copyright">สงวนลิขสิทธิ์ © 2567 {OFFICE} {FOOTER} โทร. 0-5351-1021</span></div></div></div></div></footer>
<div class="offcanvas-menu"><a href="#" class="close-offcanvas" aria-label="Close"><i class="fa fa-remove" aria-hidden="true" title="Close"></i></a><div class="offcanvas-inner"><p class="alert alert-warning">Publish modules to the "offcanvs" position.</p></div></div>
</div></div>
<div id="cookie-notice" class="cookie-notice"><span>{COOKIE}</span> <a class="btn btn-primary btn-sm" href="#">ยอมรับ</a> <a href="/index.php?option=com_content&amp;view=article&amp;id=5&amp;Itemid=140">นโยบายคุกกี้</a></div>
<a href="javascript:void(0)" class="scrollup" aria-label="Goto Top">&nbsp;</a>
</body>
</html>
"""

    def blog_item(self, a, cls):
        img = (
            f'<div class="entry-image intro-image"><a href="{esc(a.path)}"><img src="/images/news/{a.id}-intro.jpg" alt="" itemprop="thumbnailUrl"/></a></div>'
            if a.extra["image"]
            else ""
        )
        return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<article class="item item-page">
{img}
<div class="entry-header"><dl class="article-info"><dt class="article-info-term"></dt><dd class="published"><i class="fa fa-calendar-o" area-hidden="true"></i> <time datetime="{a.published.isoformat()}" itemprop="datePublished" data-toggle="tooltip" title="วันที่เผยแพร่">{lc3(a.published)}</time></dd></dl>
<h2 itemprop="name"><a href="{esc(a.path)}" itemprop="url">{esc(a.title)}</a></h2></div>
<p>{esc(a.paras[0][:180])}…</p>
<p class="readmore"><a class="btn btn-default" href="{esc(a.path)}" itemprop="url">อ่านเพิ่มเติม: {esc(a.title[:40])}…</a></p>
</article></div>"""

    def listing(self, k):
        n = len(self.pages)
        items = list(self.pages[k])
        lead = "".join(self.blog_item(a, "leading-" + str(j)) for j, a in enumerate(items[:2]))
        intro_items = [self.blog_item(a, "item column-1") for a in items[2:]]
        if k == 1:
            intro_items.insert(
                3,
                f'<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting"><article class="item item-page"><div class="entry-header"><dl class="article-info"><dt class="article-info-term"></dt><dd class="published"><i class="fa fa-calendar-o" area-hidden="true"></i> <time datetime="{items[3].published.isoformat()}" itemprop="datePublished">{lc3(items[3].published)}</time></dd></dl><h2 itemprop="name"><a href="{esc(DELETED)}" itemprop="url">{esc(DELETED_TITLE)}</a></h2></div><p class="readmore"><a class="btn btn-default" href="{esc(DELETED)}">เข้าระบบเพื่ออ่านเพิ่มเติม…</a></p></article></div>',
            )
        rows = "".join(
            f'<div class="items-row cols-2 row-{j // 2} row">'
            + "".join(f'<div class="col-sm-6">{x}</div>' for x in intro_items[j : j + 2])
            + "</div>"
            for j in range(0, len(intro_items), 2)
        )
        lis = []
        if k:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{esc(self.page_url(0))}" class="hasTooltip">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li><a title="ก่อนหน้า" href="{esc(self.page_url(k - 1))}" class="hasTooltip">ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        for j in range(n):
            lis.append(
                f'<li class="active"><a>{j + 1}</a></li>'
                if j == k
                else f'<li><a href="{esc(self.page_url(j))}">{j + 1}</a></li>'
            )
        if k < n - 1:
            lis.append(
                f'<li><a title="ถัดไป" href="{esc(self.page_url(k + 1))}" class="hasTooltip">ถัดไป</a></li>'
            )
            lis.append(
                f'<li><a title="สุดท้าย" href="{esc(self.page_url(n - 1))}" class="hasTooltip">สุดท้าย</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
<div class="items-leading clearfix">{lead}</div>
{rows}
<div class="pagination-wrapper"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul class="pagination">{"".join(lis)}</ul></div>
</div>"""
        return self.shell(content, "view-category")

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 2 : i + 5] or self.articles[:3]

    def article(self, a):
        p = a.published
        img = (
            f'<div class="entry-image full-image"><img src="/images/news/{a.id}.jpg" alt="" itemprop="image"/></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f'<p style="text-align: right;"><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>'
        if a.extra["file"]:
            body += f'<p><a href="/images/doc/news-{a.id}.pdf" target="_blank"><img src="/images/icon/pdf.gif" alt="" /> ดาวน์โหลดเอกสาร</a></p>'
        tags = (
            '<div class="tags"><span>แท็ก: </span> '
            + "".join(
                f'<a href="/index.php?option=com_tags&amp;view=tag&amp;id[0]={3 + j}&amp;Itemid=101" class="label label-info">{esc(t)}</a> '
                for j, t in enumerate(a.tags)
            )
            + "</div>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{esc(prev.path)}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{esc(nxt.path)}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        rel = "".join(
            f'<li><a href="{esc(x.path)}">{esc(x.title)} ({lc3(x.published)})</a></li>'
            for x in self.related(a)
        )
        content = f"""<article class="item item-page" itemscope itemtype="http://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>
{img}
<div class="entry-header">
<dl class="article-info"><dt class="article-info-term"></dt>
<dd class="createdby" itemprop="author" itemscope itemtype="http://schema.org/Person"><i class="fa fa-user" area-hidden="true"></i> <span itemprop="name" data-toggle="tooltip" title="เขียนโดย">lpadmin</span></dd>
<dd class="category-name"><i class="fa fa-folder-open-o" area-hidden="true"></i> <a href="{esc(self.listing_path)}" itemprop="genre" data-toggle="tooltip" title="หมวด">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><i class="fa fa-calendar-o" area-hidden="true"></i> <time datetime="{p.isoformat()}" itemprop="datePublished" data-toggle="tooltip" title="วันที่เผยแพร่">{lc3(p)}</time></dd>
</dl>
<h2 itemprop="name">{esc(a.title)}</h2>
</div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"> <span class="icon-cog"></span><span class="caret"></span> </a><ul class="dropdown-menu"><li class="print-icon"><a href="{esc(a.path)}&amp;tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="icon-print"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;template=shaper_helix3&amp;link=8f1a2b" title="ส่งลิงก์ไปยังเพื่อนทางอีเมล" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a></li></ul></div></div>
<div itemprop="articleBody">
{body}
</div>
<dl class="article-info"><dt class="article-info-term"></dt>
<dd class="modified"><i class="fa fa-calendar-check-o" area-hidden="true"></i> <time datetime="{a.modified.isoformat()}" itemprop="dateModified" data-toggle="tooltip" title="วันที่ปรับปรุง">ปรับปรุงล่าสุด {lc2(a.modified)}</time></dd>
<dd class="hits"><span class="fa fa-eye" area-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" /> เปิดอ่าน: {a.views}</dd>
</dl>
{tags}
<div class="helix-social-share"><div class="helix-social-share-icon"><span class="share-title">{SHARE}</span><ul><li><div class="facebook" data-toggle="tooltip" data-placement="top" title="Share On Facebook"><a class="facebook" onClick="window.open('http://www.facebook.com/sharer.php?u={esc(a.path)}','Facebook','width=600,height=300'); return false;" href="http://www.facebook.com/sharer.php?u={esc(a.path)}"><i class="fa fa-facebook"></i></a></div></li><li><div class="twitter" data-toggle="tooltip" data-placement="top" title="Share On Twitter"><a class="twitter" href="http://twitter.com/share?url={esc(a.path)}"><i class="fa fa-twitter"></i></a></div></li><li><div class="line"><a href="https://social-plugins.line.me/lineit/share?url={esc(a.path)}"><i class="fa fa-comment"></i> LINE</a></div></li></ul></div></div>
{nav}
</article>
<div class="sp-module "><h3 class="sp-module-title">{RELATED}</h3><div class="sp-module-content"><ul class="relateditems">{rel}</ul></div></div>"""
        return self.shell(content, "view-article")

    def login_wall(self):
        content = f"""<div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4><div><p>{LOGIN_WALL}</p></div></div>
<div class="login"><form action="/index.php?option=com_users&amp;task=user.login" method="post" class="form-horizontal"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>"""
        return self.shell(content, "view-login")

    def route(self, path, query, raw_query, base):
        def q(name):
            v = query.get(name)
            return v[0] if v else ""

        if path == "/":
            return 301, {"Location": base + self.listing_path}, b""
        if path != LIST:
            return None
        if q("option") != "com_content":
            return None
        if q("view") == "category" and q("id") == "9":
            start = q("limitstart") or q("start") or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if q("view") == "article":
            raw = q("id").split(":")[0]
            if raw == str(DELETED_ID):
                return self.html_response(self.login_wall())
            if raw.isdigit() and int(raw) in self.by_id:
                return self.html_response(self.article(self.by_id[int(raw)]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"เปิดอ่าน: {a.views}",
                f"ปรับปรุงล่าสุด {lc2(a.modified)}",
                "lpadmin",
                SHARE,
                RELATED,
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                "ลืมรหัสผ่าน?",
                "จดจำการเข้าระบบ",
                COUNTER,
                COOKIE,
                FOOTER,
                "ท่านอยู่ที่",
                "บทความก่อนหน้า",
                "บทความถัดไป",
                "Share On Facebook",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสาร")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = Helix3BlogSite()

if __name__ == "__main__":
    main(SITE)
