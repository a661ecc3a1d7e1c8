"""Blind-40 red-team site (part B): **Joomla 3.9 + a Joomlashack Wright-framework template**
("Wylia"-style, Bootstrap 2) run by a provincial public-health office
(สำนักงานสาธารณสุขจังหวัดอุทัยธานี), built blind.

What it imitates:
- Joomla 3 SEF URLs with `index.php/` left in (no rewrite) and the **date-time aliases Joomla
  makes from Thai titles when unicode aliases are off**: `/index.php/pr-news/1234-2024-03-05-07-20-11`;
- Wright page skeleton (`div.wrapper-header`, `nav#menu`, `div#main-content`, `aside#sidebar`,
  `footer#footer`), Generator "Joomla! - Open Source Content Management", `/media/jui/`,
  `/templates/js_wylia/wright/`, RSS feed links on the category;
- core com_content item page with the Wright element order: icons (print / e-mail dropdown),
  `dl.article-info` **above the title** (created-by login, category, `time` with an ISO
  `datetime` and the visible "วันอังคาร, 05 มีนาคม 2024 14:20" — **Thai month names with a CE
  year**, "แก้ไขล่าสุด" dd on every item (equal to the publish date when never edited),
  "เปิดอ่าน: N"), then `h2[itemprop=headline]` (**no h1: the page's only h1 is the office
  logo text**; `<title>` is "title - office"), a ShareThis inline bar between title and
  text, body with an editor-typed right-aligned "ที่มา : …" line (some), an image (some),
  attachments via the "Attachments" extension (some), Joomla tags, the pagenav plugin with
  the **neighbour titles only in `title` / `aria-label`**, a mod_related_items block
  "ข่าวที่เกี่ยวข้อง" in the content-bottom position, sidebar mod_articles_latest, login
  module and a site counter, cookie bar, footer;
- category blog `/index.php/pr-news` with 8 leading/intro items and the core pagination
  (`?start=8`, `?start=16`; "เริ่มต้น / ก่อนหน้า / 1 2 3 / ถัดไป / สุดท้าย", "หน้า 1 จาก 3").
Deleted: `/index.php/pr-news/1187-2024-01-11-03-12-45` answers 200 with the com_users login
form and the "คุณไม่ได้รับอนุญาตให้เข้าดูทรัพยากรนี้" warning (a registered-access article).
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดอุทัยธานี"
CAT = "/index.php/pr-news"
CAT_NAME = "ข่าวประชาสัมพันธ์"
PER_PAGE = 8
TPL = "/templates/js_wylia"
SOURCES = [
    "กลุ่มงานควบคุมโรคติดต่อ",
    None,
    "กลุ่มงานส่งเสริมสุขภาพ",
    None,
    "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข",
]
AUTHORS = ["pr_ssj", "admin_uthai", "webmaster"]
DELETED_ID = 1187
DELETED_ALIAS = "2024-01-11-03-12-45"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,553"
FOOTER = "สำนักงานสาธารณสุขจังหวัดอุทัยธานี ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมือง จังหวัดอุทัยธานี 61000"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน"


def jdate(d: dt.datetime) -> str:
    """Thai language pack DATE_FORMAT_LC2 with the CE year: 'วันอังคาร, 05 มีนาคม 2024 14:20'."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M}"


def short_date(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


class WrightSite(BaseSite):
    key = "b40_joomla3_wright"
    family = "joomla"
    imitates = "Joomla 3.9 + Joomlashack Wright-framework template (Wylia-style, Bootstrap 2) of a provincial public-health office: SEF /index.php/pr-news/<id>-<date-time alias> (Thai titles give date-time aliases); dl.article-info ABOVE the headline (author login, category, time[datetime] with 'วันอังคาร, 05 มีนาคม 2024 14:20' Thai month + CE year, 'แก้ไขล่าสุด' on every item, 'เปิดอ่าน: N'); headline only in h2[itemprop=headline], the only h1 is the logo; <title> 'headline - office'; print / e-mail icons dropdown; ShareThis inline bar between title and text; editor-typed right-aligned 'ที่มา : ...' (some); image (some); Attachments extension list (some); Joomla tags; pagenav with neighbour titles in title/aria-label; mod_related_items 'ข่าวที่เกี่ยวข้อง'; sidebar latest news, login, site counter; cookie bar; category blog ?start=N core pagination; deleted = registered-access article answering 200 with the login form"
    listing_path = CAT
    charset = "utf-8"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 4, 26, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 1240
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + i % 4
            # the alias Joomla made when the article was first saved (UTC, seconds arbitrary)
            utc = a.published.astimezone(dt.UTC) - dt.timedelta(minutes=3 + i % 7)
            a.extra["alias"] = utc.strftime("%Y-%m-%d-%H-%M-") + f"{(i * 17) % 60:02d}"
            a.path = f"{CAT}/{a.id}-{a.extra['alias']}"
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["image"] = i % 4 == 1
            a.extra["files"] = i % 6 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"{CAT}/{DELETED_ID}-{DELETED_ALIAS}"]

    # ------------------------------------------------------------ shell

    def shell(self, title, content, *, body_class, canonical):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta charset="utf-8" />
	<base href="{esc(canonical)}" />
	<meta name="keywords" content="สาธารณสุข, อุทัยธานี, สสจ.อุทัยธานี" />
	<meta name="description" content="{OFFICE}" />
	<meta name="generator" content="Joomla! - Open Source Content Management" />
	<title>{esc(title)}</title>
	<link href="{CAT}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
	<link href="/templates/js_wylia/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
	<link href="{TPL}/wright/css/font-awesome.min.css" rel="stylesheet" />
	<link href="{TPL}/css/style-generic.css" rel="stylesheet" />
	<link href="{TPL}/css/js_wylia.css" rel="stylesheet" />
	<link href="/media/plg_system_attachments/css/attachments_hide.css" rel="stylesheet" />
	<script src="/media/jui/js/jquery.min.js?9b1f0c"></script>
	<script src="/media/jui/js/jquery-noconflict.js?9b1f0c"></script>
	<script src="/media/system/js/caption.js?9b1f0c"></script>
	<script src="/media/jui/js/bootstrap.min.js?9b1f0c"></script>
	<script src="{TPL}/wright/js/utils.js"></script>
	<script src="//platform-api.sharethis.com/js/sharethis.js#property=5c1a0e&amp;product=inline-share-buttons" async="async"></script>
	<script>jQuery(window).on('load',  function() {{ new JCaption('img.caption'); }});</script>
</head>
<body class="{body_class} no-layout no-task itemid-112 rev_1 responsive_enabled">
<div id="cookie-bar" class="alert alert-info">{COOKIE} <a href="/index.php/privacy">นโยบายความเป็นส่วนตัว</a> <button class="btn btn-small" type="button">ยอมรับ</button></div>
<div class="wrapper-header">
  <header id="header" class="container">
    <div class="row-fluid">
      <div id="logo" class="span8"><a href="/"><img src="/images/logo-ssj.png" alt="logo" /><h1>{OFFICE}</h1></a></div>
      <div class="span4 top-search"><form action="/index.php/component/search/" method="post"><input name="searchword" class="inputbox search-query" type="search" placeholder="ค้นหา ..." /></form></div>
    </div>
  </header>
</div>
<nav id="menu" class="navbar navbar-inverse"><div class="navbar-inner"><div class="container">
<ul class="nav menu nav-pills mod-list"><li class="item-101 default"><a href="/">หน้าหลัก</a></li><li class="item-105 deeper parent"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="item-112 current active"><a href="{CAT}">{CAT_NAME}</a></li><li class="item-113"><a href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="item-118"><a href="/index.php/ita">ITA</a></li><li class="item-120"><a href="/index.php/contact">ติดต่อเรา</a></li></ul>
</div></div></nav>
<div class="container" id="main-content">
  <div class="row-fluid">
    <ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb span12"><li>คุณอยู่ที่: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"> / </span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{CAT}" class="pathway"><span itemprop="name">{CAT_NAME}</span></a></li></ul>
  </div>
  <div class="row-fluid">
    <section id="main" class="span9">
      <div id="system-message-container"></div>
{content}
    </section>
    <aside id="sidebar" class="span3">
      <div class="moduletable"><h3>ข่าวล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul></div>
      <div class="moduletable"><h3>เข้าสู่ระบบ</h3><form action="/index.php/pr-news" method="post" id="login-form" class="form-inline"><div class="userdata"><input id="modlgn-username" type="text" name="username" placeholder="ชื่อผู้ใช้" /><input id="modlgn-passwd" type="password" name="password" placeholder="รหัสผ่าน" /><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li></ul></div></form></div>
      <div class="moduletable"><h3>สถิติผู้เข้าชม</h3><div class="vcnt">{COUNTER}</div></div>
    </aside>
  </div>
</div>
<footer id="footer"><div class="container"><div class="row-fluid"><div class="span12"><p>{FOOTER}<br />โทร 0-5651-1140 อีเมล uthai@moph.go.th</p><p class="copy">Copyright © 2024 {OFFICE}. All Rights Reserved.</p></div></div></div></footer>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def blog_item(self, a, title=None, path=None):
        title = title or a.title
        path = path or a.path
        intro = esc(a.paras[0][:220]) + " ..."
        return f"""<div class="items-row cols-1 row-0 row-fluid clearfix"><div class="span12">
<div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
	<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {jdate(a.published)}</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span>เปิดอ่าน: {a.views}</dd></dl>
	<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
	<p>{intro}</p>
	<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม: {esc(title)}</a></p>
</div>
<span class="row-separator"></span></div></div>
"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return CAT if j == 0 else f"{CAT}?start={j * PER_PAGE}"

        def li(cls, label, j, active):
            c = f' class="{cls}"' if cls else ""
            if active:
                return f'<li{c}><a title="{label}" href="{href(j)}" class="hasTooltip pagenav">{label}</a></li>'
            return f'<li{c}><span class="pagenav">{label}</span></li>'

        items = [
            li("pagination-start", "เริ่มต้น", 0, k > 0),
            li("pagination-prev", "ก่อนหน้า", k - 1, k > 0),
        ]
        items += [li("", str(j + 1), j, j != k) for j in range(n)]
        items += [
            li("pagination-next", "ถัดไป", k + 1, k < n - 1),
            li("pagination-end", "สุดท้าย", n - 1, k < n - 1),
        ]
        return f"""<div class="pagination">
	<p class="counter pull-right">หน้า {k + 1} จาก {n}</p>
	<ul>{"".join(items)}</ul>
</div>"""

    def listing(self, k):
        items = [self.blog_item(a) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][3]
            items.insert(
                3,
                self.blog_item(
                    ghost,
                    "ประชุมคณะกรรมการวางแผนและประเมินผล (สำหรับเจ้าหน้าที่)",
                    f"{CAT}/{DELETED_ID}-{DELETED_ALIAS}",
                ),
            )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
	<div class="page-header"><h2><span class="subheading-category">{CAT_NAME}</span></h2></div>
	<div class="items-leading clearfix"></div>
{"".join(items)}
{self.pagination(k)}
</div>"""
        canonical = CAT if k == 0 else f"{CAT}?start={k * PER_PAGE}"
        return self.shell(
            f"{CAT_NAME} - {OFFICE}",
            content,
            body_class="com_content view-category layout-blog",
            canonical=canonical,
        )

    # ------------------------------------------------------------ article

    def related(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:4]
        return pool or self.articles[i + 1 : i + 4] or self.articles[:3]

    def article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        modified = a.modified or a.published
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["image"]:
            paras = (
                f'<p style="text-align: center;"><img src="/images/news/2567/{a.id}.jpg" alt="" width="600" height="400" /></p>\n'
                + paras
            )
        if a.source:
            paras += f'\n<p style="text-align: right;">ที่มา : {esc(a.source)}</p>'
        files = ""
        if a.extra["files"]:
            files = f"""<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}"><table><caption>ไฟล์แนบ:</caption><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/attachments/article/{a.id}/หนังสือแจ้ง.pdf"><img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="/attachments/article/{a.id}/หนังสือแจ้ง.pdf">หนังสือแจ้ง.pdf</a></td><td class="at_file_size">245 kB</td></tr></tbody></table></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{j + 2} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{j + 2}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>"
            )
        nav = []
        if newer:
            nav.append(
                f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
            )
        if older:
            nav.append(
                f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
            )
        related = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a)
        )
        content = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
	<meta itemprop="inLanguage" content="th-TH" />
	<div class="btn-group pull-right icons-actions"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown"><span class="icon-cog"></span><span class="caret"></span></button>
	<ul class="dropdown-menu"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" rel="nofollow"><span class="icon-print"></span>พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=js_wylia&amp;link=a1b2c3" title="ส่งลิงก์นี้ให้เพื่อนทางอีเมล" rel="nofollow"><span class="icon-envelope"></span>อีเมล</a></li></ul></div>
	<dl class="article-info muted">
		<dt class="article-info-term">รายละเอียด</dt>
		<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">เขียนโดย <span itemprop="name">{a.extra["author"]}</span></dd>
		<dd class="category-name">หมวด: <a href="{CAT}" itemprop="genre">{CAT_NAME}</a></dd>
		<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {jdate(a.published)}</time></dd>
		<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{modified.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด: {jdate(modified)}</time></dd>
		<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />เปิดอ่าน: {a.views}</dd>
	</dl>
	<div class="page-header"><h2 itemprop="headline">{esc(a.title)}</h2></div>
	<div class="sharethis-inline-share-buttons st-inline-share-buttons" data-url="{a.path}"><span class="st-label">แชร์</span> <span class="st-btn" data-network="facebook">Facebook</span> <span class="st-btn" data-network="line">LINE</span> <span class="st-btn" data-network="twitter">Tweet</span></div>
	<div itemprop="articleBody">
{paras}
	{files}</div>
	{tags}
	<ul class="pager pagenav">{"".join(nav)}</ul>
</div>
<div class="moduletable related-news"><h3>ข่าวที่เกี่ยวข้อง</h3><ul class="relateditems mod-list">{related}</ul></div>"""
        return self.shell(
            f"{a.title} - {OFFICE}",
            content,
            body_class="com_content view-article",
            canonical=a.path,
        )

    def login_wall(self, path):
        content = """<div id="system-message-container"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">คำเตือน</h4><div><p class="alert-message">คุณไม่ได้รับอนุญาตให้เข้าดูทรัพยากรนี้ กรุณาเข้าสู่ระบบ</p></div></div></div>
<div class="login">
	<form action="/index.php/component/users/?task=user.login" method="post" class="form-horizontal well">
		<fieldset>
			<div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" class="validate-username required" size="25" /></div></div>
			<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" class="validate-password required" size="25" /></div></div>
			<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
			<input type="hidden" name="return" value="aW5kZXgucGhwP29wdGlvbj1jb21fY29udGVudA==" />
		</fieldset>
	</form>
</div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell(
            f"เข้าสู่ระบบ - {OFFICE}", content, body_class="com_users view-login", canonical=path
        )

    def route(self, path, query, raw_query, base):
        if path == CAT:
            start = qs1(query, "start", "0")
            if (
                not start.isdigit()
                or int(start) % PER_PAGE
                or int(start) // PER_PAGE >= len(self.pages)
            ):
                return None
            return self.html_response(self.listing(int(start) // PER_PAGE))
        if path.startswith(CAT + "/"):
            slug = path[len(CAT) + 1 :]
            head, _, alias = slug.partition("-")
            if not head.isdigit():
                return None
            aid = int(head)
            if aid in self.by_id and self.by_id[aid].extra["alias"] == alias:
                return self.html_response(self.article(self.by_id[aid]))
            if aid == DELETED_ID and alias == DELETED_ALIAS:
                return self.html_response(self.login_wall(path))
            return None
        if path in ("/", "/index.php"):
            return 303, {"Location": base + CAT}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            modified = a.modified or a.published
            i = self.articles.index(a)
            must_not = [
                f"เผยแพร่เมื่อ: {jdate(a.published)}",
                f"แก้ไขล่าสุด: {jdate(modified)}",
                f"เปิดอ่าน: {a.views}",
                f"เขียนโดย {a.extra['author']}",
                "รายละเอียด",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน?",
                "แชร์",
                "Facebook",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.extra["files"]:
                must_not += ["ไฟล์แนบ:", "หนังสือแจ้ง.pdf"]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            rec = expected_record(a, published_time=True, must_not=must_not)
            rec["modified_at"] = modified.isoformat()
            out.append(rec)
        return out


SITE = WrightSite()

if __name__ == "__main__":
    main(SITE)
