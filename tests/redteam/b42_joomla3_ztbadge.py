"""Blind-42 red-team site (part B): **Joomla 3.10 + a ZooTemplate (ZT Framework) template with a
split calendar badge override**, run by a provincial community-development office, built blind.

What it imitates:
- SEF URLs with `index.php` kept: `/index.php/pr-news/<id>-<date-time alias>` (Thai titles make
  Joomla fall back to a date-time alias); generator "Joomla! - Open Source Content Management",
  `/templates/zt_sapha/`, `/media/jui/js/`, category feed `?format=feed&type=rss`;
- article page: `h1.componentheading` = the menu's page heading ("ข่าวประชาสัมพันธ์"), the headline
  in `h2.contentheading`; **a ZT override badge `span.createdate` split into `div.zt_date` (day)
  and `div.zt_month` (Thai month abbreviation + BE year)**; `dl.article-info` with "หมวด",
  "เผยแพร่เมื่อ" (`time datetime` ISO +07:00, visible day only), "ปรับปรุงล่าสุด" (every item),
  "ฮิต: N"; print / e-mail dropdown; image (some); "ที่มา :" line at the end of the text (some);
  Attachments table (some); tags; pagenavigation with neighbour titles in `title`; ZT social
  bar; JComments login prompt; "ข่าวอื่นๆ" (mod_articles_category) below the article;
  sidebar latest, login, Vinaora counter; cookie bar; footer;
- category blog `/index.php/pr-news` (1 leading + 7 intro items) with `?start=8`, `?start=16`.
Deleted: `/index.php/pr-news/470-2024-05-02-03-15-27` — a "Registered"-access item: listed on
page 2 with "ลงทะเบียนเพื่ออ่านเพิ่มเติม", the item answers 200 with the com_users login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
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
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดสระบุรี"
LIST = "/index.php/pr-news"
TPL = "/templates/zt_sapha"
PER = 8
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
SOURCES = [None, "กลุ่มงานส่งเสริมและเผยแพร่", None, None, "สำนักงานพัฒนาชุมชนอำเภอเสาไห้"]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "สัมมาชีพชุมชน", "โคก หนอง นา", "ผ้าไทย", "บ้านมั่นคง"]
DELETED = f"{LIST}/470-2024-05-02-03-15-27"
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือก (เฉพาะสมาชิก)"
COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,557"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดีที่สุด"
FOOTER = "ศาลากลางจังหวัดสระบุรี ชั้น 3 ถนนสุดบรรทัด ตำบลปากเพรียว อำเภอเมืองสระบุรี 18000"
LOGIN_PROMPT = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"


def long_date(d: dt.datetime) -> str:
    """DATE_FORMAT_LC3 of the Thai pack with the BE year: '05 มีนาคม 2567'."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year + 543}"


def mod_date(d: dt.datetime) -> str:
    """DATE_FORMAT_LC2: 'อังคาร, 05 มีนาคม 2567 14:20'."""
    return f"{DAYS[d.weekday()]}, {long_date(d)} {d:%H:%M}"


class ZTSite(BaseSite):
    key = "b42_joomla3_ztbadge"
    family = "joomla"
    imitates = "Joomla 3.10 + ZooTemplate (ZT Framework) template, provincial community-development office: SEF /index.php/pr-news/<id>-<date-time alias>; h1.componentheading = menu page heading, headline in h2.contentheading; ZT override date badge span.createdate split into div.zt_date (day) / div.zt_month (Thai month abbr + BE year); dl.article-info 'เผยแพร่เมื่อ' (time datetime ISO, visible day only), 'ปรับปรุงล่าสุด' on every item, 'ฮิต: N'; print/email dropdown; image (some); 'ที่มา :' line ending the text (some); Attachments table (some); tags; pagenav with neighbour titles; ZT social bar; JComments login prompt; mod_articles_category 'ข่าวอื่นๆ'; latest, login, Vinaora counter; cookie bar; category blog ?start=8/16; deleted = Registered-access item answering the login form"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=143
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 530 - i * 2
            created = a.published - dt.timedelta(hours=7)  # alias from the UTC save time
            a.path = f"{LIST}/{a.id}-{created:%Y-%m-%d-%H-%M-%S}"
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i * 5) % 3)]
            a.views = 31 + (i * 97) % 1400
            a.extra["image"] = i % 3 == 1
            a.extra["file"] = i % 6 == 2
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?start={k * PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, item_class=""):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<base href="{LIST}" />
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<meta name="keywords" content="พัฒนาชุมชน, สระบุรี" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{esc(title)}</title>
<link href="{LIST}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
<link href="{TPL}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link href="/media/jui/css/bootstrap.min.css?6b4a" rel="stylesheet" />
<link href="{TPL}/css/template.css" rel="stylesheet" />
<link href="/components/com_jcomments/tpl/default/style.css?v=3002" rel="stylesheet" />
<script src="/media/jui/js/jquery.min.js?6b4a"></script>
<script src="/media/system/js/caption.js?6b4a"></script>
<script src="/plugins/system/ztframework/zt_framework/assets/js/zt.core.js"></script>
</head>
<body id="zt-body" class="site com_content {item_class}">
<div id="zt-wrapper">
<header id="zt-header"><div class="container"><div id="zt-logo"><a href="/"><img src="{TPL}/images/logo.png" alt="{OFFICE}" /></a><span class="zt-site-name">{OFFICE}</span></div>
<nav id="zt-mainmenu"><ul class="nav menu zt-menu"><li class="item-101"><a href="/">หน้าแรก</a></li><li class="item-108 current active"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="item-112"><a href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="item-115"><a href="/index.php/ita">ITA</a></li><li class="item-120"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></nav></div></header>
<div id="zt-breadcrumb"><div class="container"><ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>ท่านอยู่ที่: &#160;</li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าแรก</span></a><span class="divider">/</span></li><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{LIST}" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a></li></ul></div></div>
<div id="zt-mainframe" class="container"><div class="row">
<div id="zt-content" class="span9 col-md-9">
<div id="system-message-container"></div>
{content}
</div>
<aside id="zt-right" class="span3 col-md-3">
<div class="moduletable zt-module"><h3 class="module-title">ข่าวล่าสุด</h3><ul class="latestnews mod-list">{latest}</ul></div>
<div class="moduletable zt-module"><h3 class="module-title">เข้าสู่ระบบ</h3><form action="/index.php/pr-news" method="post" id="login-form" class="form-inline"><div class="userdata"><div id="form-login-username" class="control-group"><input id="modlgn-username" type="text" name="username" class="input-small" tabindex="0" size="18" placeholder="ชื่อผู้ใช้" /></div><div id="form-login-password" class="control-group"><input id="modlgn-passwd" type="password" name="password" class="input-small" tabindex="0" size="18" placeholder="รหัสผ่าน" /></div><div id="form-login-submit" class="control-group"><button type="submit" tabindex="0" name="Submit" class="btn btn-primary login-button">เข้าสู่ระบบ</button></div><ul class="unstyled"><li><a href="/index.php/component/users/?view=remind&amp;Itemid=101">ลืมชื่อผู้ใช้?</a></li><li><a href="/index.php/component/users/?view=reset&amp;Itemid=101">ลืมรหัสผ่าน?</a></li></ul><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></div></form></div>
<div class="moduletable zt-module"><h3 class="module-title">สถิติผู้เยี่ยมชม</h3><div id="vvisit_counter108" class="vvisit_counter"><table cellpadding="0" cellspacing="0" style="width: 95%;"><tbody><tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vtoday.png" alt="Today" /></td><td>วันนี้</td><td align="right">418</td></tr><tr><td><img src="/modules/mod_vvisit_counter/images/tbl/vall.png" alt="All days" /></td><td>ทั้งหมด</td><td align="right">1,204,557</td></tr></tbody></table><div>{COUNTER}</div></div></div>
</aside>
</div></div>
<footer id="zt-footer"><div class="container"><div class="custom"><p>{OFFICE}</p><p>{FOOTER} โทร. 0-3621-1547</p></div><p class="zt-copyright">Copyright © 2024 {OFFICE}. All Rights Reserved. Designed by ZooTemplate.Com</p></div></footer>
</div>
<div id="plg_system_eprivacy_message" class="eprivacy-bar"><p>{COOKIE}</p><button class="btn btn-success plg_system_eprivacy_accepted">ยอมรับ</button><button class="btn btn-danger plg_system_eprivacy_declined">ปฏิเสธ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def blog_item(self, a, leading=False, title=None, path=None, noauth=False):
        title = title or a.title
        path = path or a.path
        img = (
            f'<div class="pull-left item-image"><a href="{path}"><img src="/images/news/{a.id}.jpg" alt="" itemprop="thumbnailUrl" /></a></div>'
            if a.extra["image"] and not noauth
            else ""
        )
        more = (
            f'<p class="readmore"><a class="btn" href="{path}" itemprop="url"><span class="icon-chevron-right"></span> ลงทะเบียนเพื่ออ่านเพิ่มเติม...</a></p>'
            if noauth
            else f'<p class="readmore"><a class="btn" href="{path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม...</a></p>'
        )
        cls = "leading-0" if leading else "item"
        return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{path}" itemprop="url">{esc(title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt><dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{a.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ {long_date(a.published)}</time></dd><dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd></dl>
{img}<p>{esc(a.paras[0][:220])}</p>
{more}
</div>"""

    def listing(self, k):
        n = len(self.pages)
        items = self.pages[k]
        parts = [self.blog_item(items[0], leading=True)]
        for j, a in enumerate(items[1:]):
            parts.append(self.blog_item(a))
            if k == 1 and j == 2:
                parts.append(
                    self.blog_item(items[3], title=DELETED_TITLE, path=DELETED, noauth=True)
                )
        intro = "".join(
            f'<div class="items-row cols-1 row-{j} row-fluid clearfix"><div class="span12"><div class="item column-1">{p}</div></div></div>'
            for j, p in enumerate(parts[1:])
        )

        def href(j):
            return LIST if j == 0 else f"{LIST}?start={j * PER}"

        lis = []
        if k > 0:
            lis.append(
                f'<li><a title="เริ่มต้น" href="{href(0)}" class="hasTooltip pagenav">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li><a title="ก่อนหน้า" href="{href(k - 1)}" class="hasTooltip pagenav">ก่อนหน้า</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>เริ่มต้น</a></li><li class="disabled"><a>ก่อนหน้า</a></li>'
            )
        for j in range(n):
            lis.append(
                f'<li class="active hidden-phone"><a>{j + 1}</a></li>'
                if j == k
                else f'<li class="hidden-phone"><a title="{j + 1}" href="{href(j)}" class="hasTooltip pagenav">{j + 1}</a></li>'
            )
        if k < n - 1:
            lis.append(
                f'<li><a title="ถัดไป" href="{href(k + 1)}" class="hasTooltip pagenav">ถัดไป</a></li>'
            )
            lis.append(
                f'<li><a title="สุดท้าย" href="{href(n - 1)}" class="hasTooltip pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append(
                '<li class="disabled"><a>ถัดไป</a></li><li class="disabled"><a>สุดท้าย</a></li>'
            )
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<div class="page-header"><h1 class="componentheading">ข่าวประชาสัมพันธ์</h1></div>
<div class="items-leading clearfix">{parts[0]}</div>
{intro}
<div class="pagination"><p class="counter pull-right">หน้า {k + 1} จาก {n}</p><ul class="pagination-list">{"".join(lis)}</ul></div>
</div>"""
        return self.shell("ข่าวประชาสัมพันธ์", content, "view-category layout-blog")

    # ------------------------------------------------------------------ article
    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]] or self.articles[1:6]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return prev, nxt

    def article(self, a):
        p = a.published
        mod = a.modified or a.published
        img = (
            f'<div class="pull-none item-image"><img src="/images/news/{a.id}.jpg" alt="" itemprop="image" /></div>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p>ที่มา : {esc(a.source)}</p>"
        files = (
            f'<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}"><table><caption>ไฟล์แนบ:</caption><thead><tr><th class="at_filename">ไฟล์</th><th class="at_file_size">ขนาด</th></tr></thead><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/images/attachments/article/{a.id}/doc{a.id}.pdf"><img src="/media/attachments/icons/pdf.gif" alt="" /></a>&nbsp;<a class="at_url" href="/images/attachments/article/{a.id}/doc{a.id}.pdf" title="ดาวน์โหลดไฟล์">doc{a.id}.pdf</a></td><td class="at_file_size">212 Kb</td></tr></tbody></table></div></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<ul class="tags inline">'
            + "".join(
                f'<li class="tag-{3 + j} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{esc(t)}" class="label label-info">{esc(t)}</a></li>'
                for j, t in enumerate(a.tags)
            )
            + "</ul>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        others = "".join(
            f'<li><a class="mod-articles-category-title" href="{x.path}">{esc(x.title)}</a><span class="mod-articles-category-date">{long_date(x.published)}</span></li>'
            for x in self.others(a)
        )
        content = f"""<div class="item-page zt-item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h1 class="componentheading">ข่าวประชาสัมพันธ์</h1></div>
<div class="zt-article-header clearfix">
<span class="createdate"><div class="zt_date">{p.day:02d}</div><div class="zt_month">{MONTHS_ABBR[p.month - 1]} {p.year + 543}</div></span>
<h2 class="contentheading" itemprop="headline">{esc(a.title)}</h2>
</div>
<div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" id="dropdownMenuButton-{a.id}" aria-label="เครื่องมือผู้ใช้" data-toggle="dropdown" aria-haspopup="true" aria-expanded="false"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>
<ul class="dropdown-menu" aria-labelledby="dropdownMenuButton-{a.id}"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li><li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=zt_sapha&amp;link=8a1f0c" title="ส่งลิงก์นี้ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=450,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul></div>
<dl class="article-info muted">
<dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name"><span class="icon-folder-open" aria-hidden="true"></span> หมวด: <a href="{LIST}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>
<dd class="published"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{p.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ {long_date(p)}</time></dd>
<dd class="modified"><span class="icon-calendar" aria-hidden="true"></span><time datetime="{mod.isoformat()}" itemprop="dateModified">ปรับปรุงล่าสุด {mod_date(mod)}</time></dd>
<dd class="hits"><span class="icon-eye-open" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ฮิต: {a.views}</dd>
</dl>
{tags}
{img}
<div itemprop="articleBody">{body}</div>
{files}
<div class="zt-social-share clearfix"><span class="zt-share-label">แชร์ข่าวนี้</span><a class="zt-share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank">Facebook</a><a class="zt-share-twitter" href="https://twitter.com/intent/tweet?url={a.path}" target="_blank">Twitter</a><a class="zt-share-line" href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank">LINE</a></div>
{nav}
<div id="jc"><div id="comments"></div><a id="addcomments" href="#addcomments"></a><p class="message">{LOGIN_PROMPT}</p><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
</div>
<div class="moduletable zt-content-bottom"><h3 class="module-title">ข่าวอื่นๆ</h3><ul class="category-module mod-list">{others}</ul></div>"""
        return self.shell(a.title, content, "view-article itemid-108")

    def login_wall(self):
        content = """<div class="login">
<div class="page-header"><h1>เข้าสู่ระบบ</h1></div>
<div class="login-description"><p>บทความนี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบก่อน</p></div>
<form action="/index.php/component/users/?task=user.login&amp;Itemid=108" method="post" class="form-validate form-horizontal well">
<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div>
<div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div>
<div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div>
<input type="hidden" name="return" value="aW5kZXgucGhwL3ByLW5ld3MvNDcw" /></fieldset></form></div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset&amp;Itemid=108">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind&amp;Itemid=108">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        return self.shell("เข้าสู่ระบบ", content, "view-login")

    def route(self, path, query, raw_query, base):
        if path == LIST:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path in self.by_path:
            return self.html_response(self.article(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.login_wall())
        if path in ("/", "/index.php"):
            return 303, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            mod = a.modified or a.published
            must_not = [
                "เผยแพร่เมื่อ",
                f"ปรับปรุงล่าสุด {mod_date(mod)}",
                f"ฮิต: {a.views}",
                "หมวด: ข่าวประชาสัมพันธ์",
                "แชร์ข่าวนี้",
                "Facebook",
                LOGIN_PROMPT,
                "JComments",
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน?",
                COUNTER,
                COOKIE,
                FOOTER,
                "Designed by ZooTemplate.Com",
                "ท่านอยู่ที่:",
            ]
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ:", f"doc{a.id}.pdf"]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, published_time=True, must_not=must_not)
            if a.modified is None:
                rec["modified_at"] = a.published.isoformat()
            out.append(rec)
        return out


SITE = ZTSite()

if __name__ == "__main__":
    main(SITE)
