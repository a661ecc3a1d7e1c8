"""Blind-30 red-team site (part B): **Joomla 3.10 com_content under FavThemes' "Favourite"
template** (Bootstrap 2 `row-fluid`/`spanN`, `#fav-*` wrappers) run by a provincial
agriculture office (สำนักงานเกษตรจังหวัดพิจิตร), Thai language pack, built blind.

What it imitates:
- Joomla 3 fingerprints: generator "Joomla! - Open Source Content Management",
  `/media/jui/js/jquery.min.js`, `/media/system/js/caption.js`, `/templates/favourite/`,
  `?format=feed&type=rss`, SEF URLs `/index.php/news/<id>-<latin alias>`;
- Favourite shell: `#fav-containerwrap`, `#fav-topbarwrap`, `#fav-headerwrap` (logo + office),
  `#fav-navbarwrap` menu, `#fav-showcasewrap` breadcrumbs "คุณอยู่ที่:", `#fav-maincontent`
  `span8` + `#fav-sidebar2` `span4` modules ("ข่าวล่าสุด", "ข่าวยอดนิยม", visitor counter),
  `#fav-footerwrap`, "Favourite Joomla template by FavThemes", cookie notice;
- article: `div.item-page` (schema.org Article), `div.page-header > h2[itemprop=headline]`,
  **info block "split"**: above the text `dl.article-info` with "หมวด: ข่าวประชาสัมพันธ์" and
  `dd.published` "เผยแพร่เมื่อ: 05 มีนาคม 2567" whose `<time datetime>` carries the full
  +07:00 time; **below the text** a second `dl.article-info` with "ปรับปรุงล่าสุด: 12 มีนาคม 2567"
  (every article; equal to created when never edited) and "ฮิต: 1234"; print / e-mail icons
  (`ul.dropdown-menu` "พิมพ์", "อีเมล"); intro image (some); "ที่มา : …" typed as the last
  paragraph (some); attachments via a typed link list (some); tags `ul.tags.inline`;
  pagenavigation "< ก่อนหน้า" / "ถัดไป >" with neighbour titles in `title` attributes
  **and** in a "ข่าวอื่นๆ ในหมวดเดียวกัน" list; JComments "เข้าสู่ระบบเพื่อแสดงความคิดเห็น";
- listing: category blog `/index.php/news`, **`?start=8`, `?start=16`**, J3 pagination
  "เริ่มต้น / ก่อนหน้า / 1 2 3 / ถัดไป / สุดท้าย" + "หน้า 2 จาก 3"; leading + intro items with
  "อ่านเพิ่มเติม: <title>" read-more links.
Deleted: an article switched to Registered access answers 200 with com_users' login page
("กรุณาเข้าสู่ระบบ…", the login form) in the normal shell.
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

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
HOST = "https://www.phichit.doae.go.th"
T = "/templates/favourite"
SOURCES = ["กลุ่มส่งเสริมและพัฒนาการผลิต", None, "สำนักงานเกษตรอำเภอตะพานหิน", None, "ฝ่ายบริหารทั่วไป"]
PER_PAGE = 8
DELETED_ID = 512
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกเกษตรกรต้นแบบ ประจำปี 2567"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 287,114"
TAGS = ["เกษตรกร", "ข้าว", "ศูนย์เรียนรู้", "ภัยแล้ง", "แปลงใหญ่", "Smart Farmer"]


def jdate(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543}"


def alias(i: int) -> str:
    words = ["khaw-pr", "kaset-news", "kitjakam", "prachasamphan", "news-pcr"]
    return f"{words[i % len(words)]}-{i + 1}"


class FavouriteSite(BaseSite):
    key = "b30_joomla3_favourite"
    family = "joomla"
    imitates = "Joomla 3.10 com_content + FavThemes 'Favourite' template, Thai pack, provincial agriculture office: h2[itemprop=headline]; info block split (published <time datetime +07:00> above, 'ปรับปรุงล่าสุด' on every item and 'ฮิต: N' below the text); print/e-mail; typed 'ที่มา :' last paragraph (some); tags; pagenavigation + 'ข่าวอื่นๆ ในหมวดเดียวกัน'; JComments prompt; category blog ?start=8; deleted = Registered access -> com_users login page at 200"
    listing_path = "/index.php/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 7, 18, 16, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        aid = 611
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 3
            a.time_printed = True  # the <time datetime> always holds the time
            if a.modified is None:
                a.modified = a.published
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(i % 3)]
            a.path = f"/index.php/news/{a.id}-{alias(i)}"
            a.extra["image"] = i % 3 == 0
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/index.php/news/{DELETED_ID}-phon-khat-lueak-kaset-ton-baep"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?start={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, crumb, head_extra="", item_id=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:4]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <base href="{HOST}/index.php/news" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="เกษตร, พิจิตร, ส่งเสริมการเกษตร" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
{head_extra}  <title>{esc(title)}</title>
  <link href="/index.php/news?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/media/jui/css/bootstrap.min.css?8f2a1c" rel="stylesheet" />
  <link href="/media/jui/css/bootstrap-responsive.min.css?8f2a1c" rel="stylesheet" />
  <link href="{T}/css/template.css" rel="stylesheet" />
  <link href="{T}/css/joomla.css" rel="stylesheet" />
  <link href="{T}/css/styles/style6.css" rel="stylesheet" />
  <link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js?8f2a1c"></script>
  <script src="/media/jui/js/jquery-noconflict.js?8f2a1c"></script>
  <script src="/media/system/js/caption.js?8f2a1c"></script>
  <script src="/media/jui/js/bootstrap.min.js?8f2a1c"></script>
  <script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="site com_content view-{"article" if item_id else "category"} layout-{"" if item_id else "blog"} itemid-112">
<div id="fav-containerwrap" class="clearfix">
  <div id="fav-topbarwrap"><div class="container-fluid"><div class="row-fluid"><div id="fav-topbar" class="clearfix"><div class="span12"><div class="moduletable"><p>ขนาดตัวอักษร <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a> | <a href="/index.php/en">English</a></p></div></div></div></div></div></div>
  <div id="fav-headerwrap"><div class="container-fluid"><div class="row-fluid"><div id="fav-header" class="clearfix">
    <div id="fav-logo" class="span12"><a href="/"><img class="img-responsive" src="/images/logo/doae-logo.png" alt="{OFFICE}" /></a><p class="fav-slogan">{OFFICE} กรมส่งเสริมการเกษตร</p></div>
  </div></div></div></div>
  <div id="fav-navbarwrap"><div class="navbar navbar-inverse" id="fav-navbar"><div class="navbar-inner"><div class="container-fluid">
    <a class="btn btn-navbar" data-toggle="collapse" data-target=".nav-collapse"><span class="icon-bar"></span><span class="icon-bar"></span></a>
    <div class="nav-collapse collapse" id="fav-navbar-collapse"><div class="moduletable_menu"><ul class="nav menu nav-pills">
      <li class="item-101"><a href="/">หน้าหลัก</a></li><li class="item-105 parent"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="item-112 current active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="item-113"><a href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="item-118"><a href="/index.php/ita">ITA</a></li><li class="item-120"><a href="/index.php/contact">ติดต่อเรา</a></li>
    </ul></div></div>
  </div></div></div></div>
  <div id="fav-showcasewrap"><div class="container-fluid"><div class="row-fluid"><div id="fav-breadcrumbs" class="span12"><div class="moduletable"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>คุณอยู่ที่: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li>{crumb}</ul></div></div></div></div></div>
  <div id="fav-mainwrap"><div class="container-fluid"><div class="row-fluid"><div id="fav-main" class="clearfix">
    <div id="fav-maincontent" class="span8"><div id="system-message-container"></div>
{content}
    </div>
    <div id="fav-sidebar2" class="span4">
      <div class="moduletable"><h3>ข่าวล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul></div>
      <div class="moduletable"><h3>ข่าวยอดนิยม</h3><ul class="mostread mod-list">{popular}</ul></div>
      <div class="moduletable"><h3>สถิติผู้เยี่ยมชม</h3><div class="vcnt"><p>วันนี้ 214</p><p>เมื่อวาน 388</p><p>{SITE_COUNTER}</p></div></div>
    </div>
  </div></div></div></div>
  <div id="fav-footerwrap"><div class="container-fluid"><div class="row-fluid"><div id="fav-footer" class="clearfix">
    <div class="span12"><div class="moduletable"><p>{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนบุษบา ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000 โทรศัพท์ 0-5661-1521</p></div>
    <div id="fav-copyright"><p>Copyright &#169; 2024 {OFFICE}</p><p class="fav-credits">Favourite Joomla template by <a href="http://www.favthemes.com" target="_blank">FavThemes</a></p></div></div>
  </div></div></div></div>
  <div id="cookieNotice" class="cookie-notice"><p>เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน <button class="btn btn-small btn-success">ยอมรับ</button></p></div>
  <a href="#" class="btn" id="fav-backtotop"><i class="fa fa-angle-up"></i></a>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def blog_item(self, title, href, a, cls):
        img = ""
        if a.extra.get("image"):
            img = f'<div class="pull-left item-image"><a href="{href}"><img src="/images/news/{a.id}/intro.jpg" alt="" itemprop="thumbnailUrl" /></a></div>'
        return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
  <div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{esc(title)}</a></h2></div>
  <dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
    <dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {jdate(a.published)}</time></dd></dl>
  {img}<p>{esc(a.paras[0][:220])}</p>
  <p class="readmore"><a class="btn" href="{href}" itemprop="url" aria-label="อ่านเพิ่มเติม:  {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(title[:40])}...</a></p>
</div>
"""

    def pagination(self, k):
        n = len(self.pages)
        lp = self.listing_path

        def href(j):
            return lp if j == 0 else f"{lp}?start={j * PER_PAGE}"

        def li(label, j, cls=""):
            if j is None:
                return f'<li class="disabled{cls}"><a>{label}</a></li>'
            return f'<li class="{cls.strip()}"><a href="{href(j)}" class="pagenav" title="{label}">{label}</a></li>'

        items = [
            li("เริ่มต้น", 0 if k else None, " pagination-start"),
            li("ก่อนหน้า", k - 1 if k else None, " pagination-prev"),
        ]
        for j in range(n):
            if j == k:
                items.append(f'<li class="active hidden-phone"><a>{j + 1}</a></li>')
            else:
                items.append(
                    f'<li class="hidden-phone"><a href="{href(j)}" class="pagenav" title="{j + 1}">{j + 1}</a></li>'
                )
        items += [
            li("ถัดไป", k + 1 if k < n - 1 else None, " pagination-next"),
            li("สุดท้าย", n - 1 if k < n - 1 else None, " pagination-end"),
        ]
        return f"""<div class="pagination"><p class="counter pull-right"> หน้า {k + 1} จาก {n} </p><ul>{"".join(items)}</ul></div>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            cls = "leading-0" if j == 0 else "span12 item column-1"
            rows.append(self.blog_item(a.title, a.path, a, cls))
        if k == 1:
            rows.insert(
                3,
                self.blog_item(
                    DELETED_TITLE, self.deleted, self.pages[1][2], "span12 item column-1"
                ),
            )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
  <div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>
  <div class="items-leading clearfix">{rows[0]}</div>
  <div class="items-row cols-1 row-0 row-fluid clearfix">{"".join(rows[1:])}</div>
  {self.pagination(k)}
</div>"""
        crumb = '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content, crumb)

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 3, i - 2) if 0 <= j < len(self.articles)]

    def article(self, a):
        url = f"{HOST}{a.path}"
        img = ""
        if a.extra["image"]:
            img = f'<div class="pull-none item-image"><img src="/images/news/{a.id}/full.jpg" alt="ภาพกิจกรรม" itemprop="image" /></div>'
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p><strong>ที่มา : {esc(a.source)}</strong></p>"
        if a.extra["file"]:
            body += f'<p><a href="/images/doc/pr-{a.id}.pdf" target="_blank"><img src="/images/icon/pdf.png" alt="" /> ดาวน์โหลดเอกสาร pr-{a.id}.pdf</a></p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{3 + j} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{3 + j}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        newer, older = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        others = "".join(
            f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="small">({jdate(o.published)})</span></li>'
            for o in self.others(a)
        )
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
  <meta itemprop="inLanguage" content="th-TH" />
  <div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
  <div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button>
    <ul class="dropdown-menu"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt;{esc(a.title[:30])}&gt;" rel="nofollow"><span class="icon-print"></span> พิมพ์</a></li>
    <li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=favourite&amp;link=8c1f2e" title="ส่งลิงก์ไปยังเพื่อน" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a></li></ul></div></div>
  <dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
    <dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> หมวด: <a href="/index.php/news" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
    <dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {jdate(a.published)}</time></dd>
  </dl>
  {tags}
  {img}
  <div class="addthis_inline_share_toolbox"><span class="share-label">แชร์ข่าวนี้</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a></div>
  <div itemprop="articleBody">
    {body}
  </div>
  <dl class="article-info muted"><dt class="article-info-term">รายละเอียดเพิ่มเติม</dt>
    <dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด: {jdate(a.modified)}</time></dd>
    <dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
  </dl>
  {nav}
  <div class="moduletable others"><h3>ข่าวอื่นๆ ในหมวดเดียวกัน</h3><ul class="category-module">{others}</ul></div>
  <div id="jc"><div id="comments"></div><div id="comments-form-link"><p class="jc-login">เข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></div><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
</div>"""
        head = (
            f'  <meta name="author" content="pr_phichit" />\n'
            f'  <meta name="description" content="{esc(a.paras[0][:150])}" />\n'
            f'  <link href="{HOST}{a.path}" rel="canonical" />\n'
        )
        crumb = '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php/news" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><span class="divider"> / </span><meta itemprop="position" content="2"></li>'
        crumb += f'<li class="active"><span>{esc(a.title)}</span></li>'
        return self.shell(f"{a.title} - {OFFICE}", content, crumb, head, item_id=str(a.id))

    def login_wall(self):
        content = """<div class="login">
  <div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><div class="alert-message">กรุณาเข้าสู่ระบบก่อน</div></div>
  <form action="/index.php/component/users/?task=user.login&amp;Itemid=112" method="post" class="form-horizontal well">
    <fieldset>
      <div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
      <div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
      <div class="control-group"><div class="control-label"><label for="remember">จดจำฉันไว้</label></div><div class="controls"><input id="remember" type="checkbox" name="remember" class="inputbox" value="yes" /></div></div>
      <div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
      <input type="hidden" name="return" value="aW5kZXgucGhwP0l0ZW1pZD0xMTI=" /><input type="hidden" name="a1b2c3d4e5" value="1" />
    </fieldset>
  </form>
</div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset&amp;Itemid=112">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind&amp;Itemid=112">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell(
            f"เข้าสู่ระบบ - {OFFICE}", content, '<li class="active"><span>เข้าสู่ระบบ</span></li>'
        )

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            if qs1(query, "format") == "feed":
                items = "".join(
                    f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                    for a in self.articles[:10]
                )
                rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>{HOST}/index.php/news</link><generator>Joomla! - Open Source Content Management</generator>{items}</channel></rss>'
                return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path == self.deleted:
            return self.html_response(self.login_wall())
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path in ("/", "/index.php"):
            return 303, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"เผยแพร่เมื่อ: {jdate(a.published)}",
                f"ปรับปรุงล่าสุด: {jdate(a.modified)}",
                f"ฮิต: {a.views}",
                "หมวด: ข่าวประชาสัมพันธ์",
                "แชร์ข่าวนี้",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "JComments",
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                SITE_COUNTER,
                "ถนนบุษบา",
                "FavThemes",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "คุณอยู่ที่:",
                "ขนาดตัวอักษร",
            ]
            must_not += [o.title for o in self.others(a)]
            must_not += [n.title for n in (newer, older) if n]
            if a.extra["file"]:
                must_not.append(f"pr-{a.id}.pdf")
            must_not += a.tags
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = FavouriteSite()

if __name__ == "__main__":
    main(SITE)
