"""Blind-49 red-team site (part B): a provincial employment office on **Joomla 3.10 with a
ThemeXpert Expose 4 framework template** (`tx_untitled`), multilingual (Thai / English, the
Language Filter plugin with `/th/` and `/en/` prefixes and item associations) and a wbAMP-style
AMP plugin, built blind.

Looked up (search tool, code corpus): ThemeXpert's `Expose-Template` (the base theme's
`index.php`: `section#roof`, `header#header-wrap` > `section#top` / `section#header`,
`section#utility`, `section#main-top`, `section#breadcrumbs`, `section#main` >
`section.container` with the rendered body, `section#main-bottom`, `footer#footer-wrap` >
`section#footer` / `section#copyright`; the Expose library's layout `div#ex-main` >
`div#ex-mainbody` > `div#ex-content[role=article]` > `div.ex-container` > `div.ex-block`), its
com_content overrides taken from the OneWeb HTML5 overrides (article: `header.page-header >
h1.page-title` page heading, `article.article.fulltext` > `header > h1.title`,
`section.actions > ul > li.print-icon / li.email-icon`, `aside.article-tools > dl.article-info.muted`
with `dd > div.published / div.modified / div.hits` and **no `dt`**, the dates in Joomla's
default format (no format argument: `DATE_FORMAT_LC1`, weekday + day + month + year, **no
time**), `section.article-body`; category blog: `section.blog` > `hgroup` > `h1` / `h2 >
span.subheading-category`, `section.leading-articles > article.article`, `section.intro-articles >
div.articles-row.cols-1`, items `header > h2 > a`, `section.article-intro`,
`section.article-readmore > p.readmore > a`, `section.pagination > p.counter.pull-left` +
Joomla's pagination list), and AMP's required markup (amp.dev: `<html amp>`, `link
rel=canonical`, `style amp-boilerplate`, the v0.js runtime). No one's code or text was copied.

What it imitates:
- `/th/pr-news/<id>-pr67-<nnn>` SEF URLs; `<title>` "headline - office"; generator "Joomla! -
  Open Source Content Management"; `/media/jui/`, `/libraries/expose/interface/`;
- the menu item's page heading `h1.page-title` "ข่าวประชาสัมพันธ์" above the article, the
  headline in `article > header > h1.title`; print / e-mail icons; `dl.article-info` with
  "เผยแพร่: วันอังคาร, 05 มีนาคม 2024" (LC1: Thai weekday and month, **CE year, no time**),
  "แก้ไขล่าสุด: …" (every item) and "ฮิต: N";
- inside `section.article-body`: the text; **bullet lists (`<ul>` of typed "1) …" items, a
  nested list for "1.1 …") inside the text**; a typed "ที่มา :" or "ข่าว/ภาพ :" line (some); an
  AddThis-style share bar "แชร์หน้านี้"; Joomla's tag list; `ul.pager.pagenav` with the
  neighbours' titles; after the article a `mod_related_items` "ข่าวที่เกี่ยวข้อง" and JComments'
  "แสดงความคิดเห็น" login prompt; sidebar "ข่าวล่าสุด" (titles + dates), `mod_login`, a
  visitor counter; cookie bar;
- **NEW: an AMP twin** of every article (`<link rel="amphtml" href="…/amp">` in the head; the
  AMP page answers 200 with `<html amp>`, `rel=canonical` back to the article, the same text
  and date): not a record of its own;
- **NEW: an English version of some items** (`/en/pr-news-en/<id>-<alias>`, linked by the
  `mod_languages` switcher "English" and by `hreflang` alternates in the head; a short English
  text of the office's own): not in the Thai listing, not a record;
- **NEW: the category blog prints the newest item's full text** (page 1's leading article has
  no read-more break, so the blog shows all of it and no "อ่านเพิ่มเติม" link; the title is the
  only link);
- **NEW: the article's own text holds furniture words** ("ความคิดเห็น", "ครั้ง", "หนังสือพิมพ์",
  "แถลงข่าว" in real sentences: they stay in the body);
- **NEW: the text's lists are real `<ul>` / nested `<ul>` blocks inside the body** (they are
  text, not a menu or a related list);
- pinned: a "ข่าวเด่น" `mod_articles_news` strip (three featured items, titles + intro) above the
  blog on every listing page;
- listing `/th/pr-news`, `?start=8`, `?start=16` (8 a page: one leading, seven intro items).
Deleted: a trashed article still listed on page 2 (a stale page cache); the URL answers 200
with an sh404SEF-style "404" article ("ขออภัย ไม่พบหน้าที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import unquote

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
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจัดหางานจังหวัดมุกดาหาร"
OFFICE_EN = "Mukdahan Provincial Employment Office"
SECTION = "ข่าวประชาสัมพันธ์"
LIST = "/th/pr-news"
LIST_EN = "/en/pr-news-en"
TPL = "/templates/tx_untitled"
PER = 8
SOURCES = [
    None,
    "กลุ่มงานส่งเสริมการมีงานทำ สำนักงานจัดหางานจังหวัดมุกดาหาร",
    "สำนักงานประชาสัมพันธ์จังหวัดมุกดาหาร",
    None,
    "ศูนย์บริการจัดหางานเพื่อความมั่นคงในอาชีพ",
]
TAGS = ["ตลาดนัดแรงงาน", "แรงงานต่างด้าว", "ผู้สูงอายุมีงานทำ", "คนพิการ", "ไปทำงานต่างประเทศ"]
DELETED_ID = 1266
DELETED_TITLE = "ประกาศรับสมัครงาน ตำแหน่งว่าง ประจำเดือนเมษายน 2567"
NOT_FOUND = "ขออภัย ไม่พบหน้าที่ท่านต้องการ"
COUNTER = "ผู้เข้าชมทั้งหมด 1,284,557"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน หากท่านใช้งานเว็บไซต์ต่อ ถือว่าท่านยอมรับการใช้คุกกี้"
SHARE = "แชร์หน้านี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
PINNED = "ข่าวเด่น"
COMMENT = "แสดงความคิดเห็น"
COMMENT_LOGIN = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
FOOTER = "สำนักงานจัดหางานจังหวัดมุกดาหาร ศาลากลางจังหวัดมุกดาหาร ชั้น 2 ถนนวิวิธสุรการ อำเภอเมือง จังหวัดมุกดาหาร 49000 โทร. 0 4261 1234"
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def lc1(d: dt.datetime) -> str:
    """Joomla DATE_FORMAT_LC1 'l, d F Y' under the Thai pack (CE year)."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def lc1_en(d: dt.datetime) -> str:
    return f"{EN_DAYS[d.weekday()]}, {d.day:02d} {EN_MONTHS[d.month - 1]} {d.year}"


def is_list_item(p: str) -> bool:
    import re

    return bool(re.match(r"^(\d+(\.\d+)?[.)]|[๐-๙]+\.)\s*\S", p))


def is_sub_item(p: str) -> bool:
    import re

    return bool(re.match(r"^\d+\.\d+\s", p))


def body_html(paras: list[str]) -> str:
    """Paragraphs; runs of typed-number items become a <ul> (sub-items '1.1 …' a nested <ul>)."""
    out: list[str] = []
    i = 0
    while i < len(paras):
        if is_list_item(paras[i]) and not is_sub_item(paras[i]):
            items: list[str] = []
            while i < len(paras) and is_list_item(paras[i]):
                if is_sub_item(paras[i]):
                    subs = []
                    while i < len(paras) and is_sub_item(paras[i]):
                        subs.append(f"<li>{esc(paras[i])}</li>")
                        i += 1
                    if items:
                        items[-1] = items[-1][: -len("</li>")] + f"\n<ul>{''.join(subs)}</ul></li>"
                    continue
                items.append(f"<li>{esc(paras[i])}</li>")
                i += 1
            out.append("<ul>\n" + "\n".join(items) + "\n</ul>")
        else:
            out.append(f"<p>{esc(paras[i])}</p>")
            i += 1
    return "\n".join(out)


class JoomlaExposeAmpSite(BaseSite):
    key = "b49_joomla3_expose_amp"
    family = "joomla"
    imitates = "Joomla 3.10 + ThemeXpert Expose 4 template (tx_untitled), Thai/English multilingual with associations, wbAMP-style AMP twins; provincial employment office: /th/pr-news/<id>-pr67-<n>; page heading h1.page-title = section, headline article > header > h1.title; dl.article-info without dt: 'เผยแพร่: วันอังคาร, 05 มีนาคม 2024' (LC1, CE, no time), 'แก้ไขล่าสุด:' (every item), 'ฮิต: N'; bullet lists inside the text; 'ที่มา :' / 'ข่าว/ภาพ :' line (some); share bar, tags, pagenav with neighbour titles inside the body section; related items, JComments login prompt, latest news, login, counter, cookie bar; AMP twin /amp (rel=amphtml) and English versions /en/... (mod_languages, hreflang) that are not records; the category blog prints page 1's leading item in full with no read-more; a pinned 'ข่าวเด่น' strip on every listing page; ?start=8/16"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 16, 30, tzinfo=TZ), offset=1
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1298 - i - (i // 5)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"{LIST}/{a.id}-pr67-{len(arts) + 10 - i:03d}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 41 + (i * 467) % 3900
            a.time_printed = False
            if a.modified is None:
                a.modified = a.published
            a.extra["label"] = "ข่าว/ภาพ :" if i % 2 else "ที่มา :"
            a.extra["en"] = i % 4 == 1
            a.extra["en_id"] = 2400 - i
            # page 1's leading item and one on page 3 were saved without a read-more break
            a.extra["full_in_blog"] = i in (0, 17)
            a.extra["featured"] = i in (2, 5, 9)
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.amp = {a.path + "/amp": a for a in arts}
        self.en = {self.en_path(a): a for a in arts if a.extra["en"]}
        self.pages = paginate(arts, PER)
        self.deleted = f"{LIST}/{DELETED_ID}-pr67-deleted"

    # ------------------------------------------------------------ urls
    def en_path(self, a):
        return f"{LIST_EN}/{a.extra['en_id']}-employment-news-{a.id}"

    def en_title(self, a):
        return f"{OFFICE_EN}: news of {lc1_en(a.published)}"

    def page_url(self, k):
        return LIST + (f"?start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # newer
        nxt = self.articles[i + 1] if i + 1 < len(self.articles) else None  # older
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 6] if x is not a][:4]

    # ------------------------------------------------------------ shell
    def shell(
        self,
        *,
        title,
        content,
        head_extra="",
        lang="th",
        switch_en=None,
        switch_th=None,
        maintop="",
        breadcrumb="",
    ):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="date">{x.published.day} {MONTHS[x.published.month - 1]} {x.published.year}</span></li>'
            for x in self.articles[:5]
        )
        en_href = switch_en or "/en/"
        th_href = switch_th or "/th/"
        th_active = ' class="lang-active"' if lang == "th" else ""
        en_active = ' class="lang-active"' if lang == "en" else ""
        name = OFFICE if lang == "th" else OFFICE_EN
        return f"""<!DOCTYPE html>
<html lang="{"th-th" if lang == "th" else "en-gb"}" dir="ltr" class="no-js">
    <head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
{head_extra}
  <link href="/templates/tx_untitled/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/libraries/expose/interface/css/joomla.css" type="text/css" />
  <link rel="stylesheet" href="{TPL}/css/bootstrap.css" type="text/css" />
  <link rel="stylesheet" href="{TPL}/css/template.css" type="text/css" />
  <link rel="stylesheet" href="{TPL}/css/styles/blue.css" type="text/css" />
  <link rel="stylesheet" href="/media/mod_languages/css/template.css?5d7e1a" type="text/css" />
  <script src="/media/jui/js/jquery.min.js?5d7e1a" type="text/javascript"></script>
  <script src="/media/jui/js/jquery-noconflict.js?5d7e1a" type="text/javascript"></script>
  <script src="/media/jui/js/bootstrap.min.js?5d7e1a" type="text/javascript"></script>
  <script src="/libraries/expose/interface/js/equalheight.js" type="text/javascript"></script>
  <script src="{TPL}/js/template.js" type="text/javascript"></script>
        <!--[if (gte IE 6) & (lte IE 8)]>
            <script src="/libraries/expose/interface/js/respond.js"></script>
        <![endif]-->
    </head>
    <body class="{lang} ltr blue chrome header-fixed">
            <!--Start Roof Modules-->
            <section id="roof" class="row">
                <section class="container">
                    <div class="module mod-languages"><div class="mod-languages">
<ul class="lang-inline">
<li{th_active} dir="ltr"><a href="{th_href}"><img src="/media/mod_languages/images/th.gif" alt="ไทย" title="ไทย" /></a></li>
<li{en_active} dir="ltr"><a href="{en_href}"><img src="/media/mod_languages/images/en.gif" alt="English (UK)" title="English (UK)" /> English</a></li>
</ul></div></div>
                    <div class="module font-size">ขนาดตัวอักษร <a href="#" class="fs-dec">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-inc">ก+</a></div>
                </section>
            </section>
            <!--End Roof Modules-->
            <header id="header-wrap">
                <section id="header" class="row">
                    <section class="container">
                        <div id="logo" class="ex-logo"><a href="/{lang}/" class="ex-logo-image"><img src="/images/logo-doe.png" alt="{esc(name)}" /></a>
                        <p class="site-name">{esc(name)}</p></div>
                        <nav id="ex-menu" class="ex-menu"><ul class="menu l1">
<li class="item-101"><a href="/{lang}/">{"หน้าหลัก" if lang == "th" else "Home"}</a></li>
<li class="item-108 active"><a href="{LIST if lang == "th" else LIST_EN}">{SECTION if lang == "th" else "News"}</a></li>
<li class="item-112"><a href="/{lang}/jobs">{"ตำแหน่งงานว่าง" if lang == "th" else "Vacancies"}</a></li>
<li class="item-115"><a href="/{lang}/ita">ITA</a></li>
<li class="item-118"><a href="/{lang}/contact">{"ติดต่อเรา" if lang == "th" else "Contact"}</a></li></ul></nav>
                    </section>
                </section>
            </header>
{maintop}
            <!--Start Breadcrumbs Module-->
            <section id="breadcrumbs" class="row">
                <section class="container">
{breadcrumb}
                </section>
            </section>
            <!--End Breadcrumbs Module-->
            <!--Start Main Body-->
            <section id="main" class="row">
                <section class="container">
<div id="ex-main" class="ex-row">
    <div id="ex-mainbody" class="ex-column span9">
        <div id="ex-content" role="article">
            <div class="ex-container">
                <div class="ex-block">
{content}
                </div>
            </div>
        </div>
    </div>
    <aside id="ex-sidebar-b" class="ex-column span3">
        <div class="module latestnews"><div class="header"><h2 class="title">{LATEST}</h2></div><div class="content">
<ul class="latestnews">{latest}</ul></div></div>
        <div class="module login"><div class="header"><h2 class="title">เข้าสู่ระบบ</h2></div><div class="content">
<form action="/{lang}/" method="post" id="login-form">
<input id="modlgn-username" type="text" name="username" placeholder="ชื่อผู้ใช้" />
<input id="modlgn-passwd" type="password" name="password" placeholder="รหัสผ่าน" />
<button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button>
<ul class="unstyled"><li><a href="/{lang}/login?view=reset">ลืมรหัสผ่าน?</a></li></ul>
<input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></form></div></div>
        <div class="module counter"><div class="header"><h2 class="title">สถิติผู้เข้าชม</h2></div><div class="content">
<div class="vvisit_counter"><p>{COUNTER}</p><p>วันนี้ 312</p></div></div></div>
    </aside>
</div>
                </section>
            </section>
            <!--End Main Body Modules-->
            <footer id="footer-wrap">
                <section class="container">
                    <section id="footer" class="row"><div class="module"><p>{FOOTER}</p></div></section>
                    <section id="copyright" class="row"><p>Copyright &copy; 2024 {esc(name)}. Designed by <a href="http://www.themexpert.com">ThemeXpert</a></p></section>
                </section>
            </footer>
            <div id="absolute"><div class="cookie-bar" id="cookie-notice"><p>{COOKIE}</p><button class="btn" onclick="acceptCookies()">ยอมรับ</button></div></div>
    </body>
</html>
"""

    def crumbs(self, last=None):
        tail = f'<li class="active"><span>{esc(last)}</span></li>' if last else ""
        return f"""<div class="module"><ul class="breadcrumb">
<li class="active"><span class="divider icon-location"></span></li>
<li><a href="/th/" class="pathway">หน้าหลัก</a><span class="divider">/</span></li>
<li><a href="{LIST}" class="pathway">{SECTION}</a><span class="divider">/</span></li>{tail}</ul></div>"""

    def pinned(self):
        items = "".join(
            f"""<div class="newsflash-item span4">
<h4 class="newsflash-title"><a href="{x.path}">{esc(x.title)}</a></h4>
<img src="/images/news/{x.id}/intro.jpg" alt="" />
<p>{esc(x.paras[0][:140])}…</p>
<a class="readmore" href="{x.path}">อ่านเพิ่มเติม...</a></div>"""
            for x in self.articles
            if x.extra["featured"]
        )
        return f"""            <section id="main-top" class="row">
                <section class="container">
<div class="module featured-news"><div class="header"><h2 class="title">{PINNED}</h2></div><div class="content">
<div class="newsflash horizontal row-fluid">{items}</div></div></div>
                </section>
            </section>"""

    # ------------------------------------------------------------ listing
    def blog_item(self, a_path, title, intro_html, full):
        readmore = (
            ""
            if full
            else f"""<section class="article-readmore">
		<p class="readmore">
				<a href="{a_path}">
					อ่านเพิ่มเติม...</a>
		</p>
</section>"""
        )
        return f"""<header>
	<h2>
			<a href="{a_path}">
			{esc(title)}</a>
	</h2>
</header>
<section class="article-intro">
{intro_html}
</section>
{readmore}"""

    def intro_of(self, a):
        if a.extra["full_in_blog"]:
            text = body_html(a.paras)
            if a.source:
                text += f"\n<p>{a.extra['label']} {esc(a.source)}</p>"
            return (
                f'<p><img src="/images/news/{a.id}/intro.jpg" alt="" style="float: left; margin: 0 10px 5px 0;" /></p>\n'
                + text
            )
        return f'<p><img src="/images/news/{a.id}/intro.jpg" alt="" width="200" style="float: left; margin: 0 10px 5px 0;" /></p>\n<p>{esc(a.paras[0])}</p>'

    def render_list(self, k):
        items = list(self.pages[k])
        entries = [(a.path, a.title, self.intro_of(a), a.extra["full_in_blog"]) for a in items]
        if k == 1:
            entries.insert(
                3,
                (
                    self.deleted,
                    DELETED_TITLE,
                    "<p>สำนักงานจัดหางานจังหวัดมุกดาหาร ประกาศรับสมัครงาน ตำแหน่งว่างในสถานประกอบการ ประจำเดือนเมษายน 2567</p>",
                    False,
                ),
            )
        lead = entries[0]
        lead_html = f"""<section class="leading-articles">
		<article class="article 0 clearfix">
{self.blog_item(*lead)}
		</article>
</section>"""
        intro = "".join(
            f"""		<div class="articles-row cols-1 row-{j} clearfix">
			<div class="col-12">
				<div class="item column-1">
{self.blog_item(*e)}
				</div><!-- end item -->
			</div><!-- end span -->
		</div><!-- end row -->
"""
            for j, e in enumerate(entries[1:])
        )
        n = len(self.pages)
        lis = []
        if k == 0:
            lis.append('<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>')
            lis.append('<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>')
        else:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{LIST}" class="pagenav">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{self.page_url(k - 1) if k > 1 else LIST + "?limitstart=0"}" class="pagenav">ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                lis.append(f'<li><span class="pagenav">{j + 1}</span></li>')
            else:
                href = self.page_url(j) if j else LIST + "?limitstart=0"
                lis.append(f'<li><a title="{j + 1}" href="{href}" class="pagenav">{j + 1}</a></li>')
        if k < n - 1:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{self.page_url(k + 1)}" class="pagenav">ถัดไป</a></li>'
            )
            lis.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{self.page_url(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append('<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>')
            lis.append('<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>')
        content = f"""<section class="blog clearfix ">
<hgroup>
	<h1>
		{SECTION}	</h1>
</hgroup>
{lead_html}
<section class="intro-articles">
{intro}</section>
		<section class="pagination">
						<p class="counter pull-left">
								หน้า {k + 1} จาก {n}						</p>
				<ul>{"".join(lis)}</ul>
		</section>
</section>"""
        head = f'  <link href="{LIST}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />'
        page = f" - หน้า {k + 1}" if k else ""
        return self.html_response(
            self.shell(
                title=f"{SECTION}{page} - {OFFICE}",
                content=content,
                head_extra=head,
                maintop=self.pinned(),
                breadcrumb=self.crumbs(),
                switch_en=LIST_EN,
            )
        )

    # ------------------------------------------------------------ article
    def render_detail(self, a, base):
        prev, nxt = self.neighbours(a)
        url = base + a.path
        text = body_html(a.paras)
        if a.source:
            text += f"\n<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>"
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags">\n<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{j + 3} tag-list0" itemprop="keywords"><a href="/th/component/tags/tag/{j + 3}" class="label label-info">{esc(t)}</a></li>'
                    for j, t in enumerate(a.tags)
                )
                + "</ul>\n</div>"
            )
        pn = '<ul class="pager pagenav">'
        if prev:
            pn += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="ก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            pn += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="ถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        pn += "</ul>"
        share = f"""<div class="addthis_toolbox addthis_default_style social-share"><span class="share-label">{SHARE}</span>
<a class="addthis_button_facebook" href="https://www.facebook.com/sharer.php?u={url}">Facebook</a>
<a class="addthis_button_line" href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a>
<a class="addthis_button_twitter" href="https://twitter.com/share?url={url}">Twitter</a>
<a class="addthis_counter addthis_bubble_style">{(a.views * 7) % 90 + 3}</a></div>"""
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        en_link = self.en_path(a) if a.extra["en"] else None
        head = f'  <link href="{base}{a.path}" rel="canonical" />\n  <link rel="amphtml" href="{base}{a.path}/amp" />'
        if en_link:
            head += f'\n  <link href="{base}{a.path}" rel="alternate" hreflang="th-TH" />\n  <link href="{base}{en_link}" rel="alternate" hreflang="en-GB" />'
        head += f'\n  <meta name="description" content="{esc(a.paras[0][:150])}" />'
        content = f"""<header class="page-header">
	<h1 class="page-title">
	{SECTION}	</h1>
</header>
<article class="article fulltext ">
<header>
	<h1 class="title">
			{esc(a.title)}	</h1>
</header>
	<section class="actions">
    <ul>
			<li class="print-icon">
			<a href="{a.path}?tmpl=component&amp;print=1&amp;layout=default" title="พิมพ์บทความ &lt; {esc(a.title)} &gt;" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print"></span> พิมพ์</a>
			</li>
			<li class="email-icon">
			<a href="/th/component/mailto/?tmpl=component&amp;template=tx_untitled&amp;link=8f1c2" title="อีเมลลิงก์ไปยังเพื่อน" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span> อีเมล</a>
			</li>
	</ul>
    </section>
<aside class="article-tools clearfix">
	<dl class="article-info muted">
            <dd>
                <div class="published">
                    <i class="icon-calendar"></i>เผยแพร่: {lc1(a.published)}                </div>
            </dd>
            <dd>
                <div class="modified">
                    <i class="icon-calendar"></i>แก้ไขล่าสุด: {lc1(a.modified)}                </div>
            </dd>
            <dd>
                <div class="hits">
                    <i class="icon-eye-open"></i>ฮิต: {a.views}                </div>
            </dd>
	</dl>
</aside>
<section class="article-body">
<p><img src="/images/news/{a.id}/full.jpg" alt="" /></p>
{text}
{share}
{tags}
{pn}
</section>
</article>
<div class="moduletable related"><h3>{RELATED}</h3><ul class="relateditems">{rel}</ul></div>
<div id="jc"><h4>{COMMENT}</h4><p class="jc-login">{COMMENT_LOGIN}</p></div>"""
        return self.html_response(
            self.shell(
                title=f"{a.title} - {OFFICE}",
                content=content,
                head_extra=head,
                breadcrumb=self.crumbs(a.title),
                switch_en=en_link,
            )
        )

    def render_amp(self, a, base):
        text = body_html(a.paras)
        if a.source:
            text += f"\n<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>"
        return self.html_response(
            f"""<!doctype html>
<html amp lang="th">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>
<title>{esc(a.title)} - {OFFICE}</title>
<link rel="canonical" href="{base}{a.path}">
<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both;animation:-amp-start 8s steps(1,end) 0s 1 normal both}}@keyframes -amp-start{{from{{visibility:hidden}}to{{visibility:visible}}}}</style><noscript><style amp-boilerplate>body{{-webkit-animation:none;animation:none}}</style></noscript>
<style amp-custom>body{{font-family:sans-serif}}.wbamp-header{{background:#1d4f91;color:#fff}}</style>
</head>
<body>
<header class="wbamp-header"><a href="{base}/th/">{OFFICE}</a></header>
<main class="wbamp-content">
<h1 class="wbamp-title">{esc(a.title)}</h1>
<div class="wbamp-date">เผยแพร่: {lc1(a.published)}</div>
<div class="wbamp-text">
{text}
</div>
<div class="wbamp-social"><amp-social-share type="facebook" width="40" height="40"></amp-social-share><amp-social-share type="line" width="40" height="40"></amp-social-share></div>
<p class="wbamp-link-main"><a href="{base}{a.path}">ดูเวอร์ชันเต็ม</a></p>
</main>
<footer class="wbamp-footer">&copy; 2024 {OFFICE}</footer>
</body>
</html>
"""
        )

    def render_en(self, a, base):
        th = a.path
        title = self.en_title(a)
        content = f"""<header class="page-header">
	<h1 class="page-title">
	News	</h1>
</header>
<article class="article fulltext ">
<header>
	<h1 class="title">
			{esc(title)}	</h1>
</header>
<aside class="article-tools clearfix">
	<dl class="article-info muted">
            <dd>
                <div class="published">
                    <i class="icon-calendar"></i>Published: {lc1_en(a.published)}                </div>
            </dd>
            <dd>
                <div class="hits">
                    <i class="icon-eye-open"></i>Hits: {a.views // 9 + 4}                </div>
            </dd>
	</dl>
</aside>
<section class="article-body">
<p>The {OFFICE_EN} published a news item in Thai on {lc1_en(a.published)}. This short English version is provided for foreign workers, employers and visitors.</p>
<p>For the full details, dates and contact points, please read the Thai version of this page or call the office at 0 4261 1234 during office hours.</p>
</section>
</article>"""
        head = f'  <link href="{base}{self.en_path(a)}" rel="canonical" />\n  <link href="{base}{th}" rel="alternate" hreflang="th-TH" />\n  <link href="{base}{self.en_path(a)}" rel="alternate" hreflang="en-GB" />'
        crumb = f"""<div class="module"><ul class="breadcrumb">
<li><a href="/en/" class="pathway">Home</a><span class="divider">/</span></li>
<li><a href="{LIST_EN}" class="pathway">News</a><span class="divider">/</span></li><li class="active"><span>{esc(title)}</span></li></ul></div>"""
        return self.html_response(
            self.shell(
                title=f"{title} - {OFFICE_EN}",
                content=content,
                head_extra=head,
                lang="en",
                switch_th=th,
                switch_en=self.en_path(a),
                breadcrumb=crumb,
            )
        )

    def render_deleted(self):
        content = f"""<header class="page-header">
	<h1 class="page-title">
	{SECTION}	</h1>
</header>
<article class="article fulltext ">
<header>
	<h1 class="title">
			404	</h1>
</header>
<section class="article-body">
<p>{NOT_FOUND}</p>
<p>หน้าที่ท่านเรียกอาจถูกย้ายหรือลบออกจากระบบแล้ว กรุณาใช้เมนูด้านบนหรือช่องค้นหาเพื่อค้นหาข้อมูลที่ต้องการ</p>
<p><a href="/th/">กลับหน้าหลัก</a></p>
</section>
</article>"""
        return self.html_response(
            self.shell(title=f"404 - {OFFICE}", content=content, breadcrumb=self.crumbs("404"))
        )

    def render_en_list(self):
        items = "".join(
            f'<li><a href="{p}">{esc(self.en_title(a))}</a></li>' for p, a in self.en.items()
        )
        content = f'<section class="blog clearfix "><hgroup><h1>News</h1></hgroup><ul class="en-news">{items}</ul></section>'
        return self.html_response(
            self.shell(
                title=f"News - {OFFICE_EN}",
                content=content,
                lang="en",
                switch_th=LIST,
                switch_en=LIST_EN,
            )
        )

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == LIST:
            for name in ("start", "limitstart"):
                if name in query:
                    v = query[name][0]
                    if not v.isdigit() or int(v) % PER or int(v) // PER >= len(self.pages):
                        return None
                    return self.render_list(int(v) // PER)
            return self.render_list(0)
        if path == self.deleted:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a:
            return self.render_detail(a, base)
        a = self.amp.get(path.rstrip("/"))
        if a:
            return self.render_amp(a, base)
        a = self.en.get(path)
        if a:
            return self.render_en(a, base)
        if path == LIST_EN:
            return self.render_en_list()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                SHARE,
                RELATED,
                COMMENT_LOGIN,
                LATEST,
                COUNTER,
                COOKIE,
                FOOTER,
                f"ฮิต: {a.views}",
                f"เผยแพร่: {lc1(a.published)}",
                f"แก้ไขล่าสุด: {lc1(a.modified)}",
                "ขนาดตัวอักษร",
                "อีเมลลิงก์ไปยังเพื่อน",
                "ลืมรหัสผ่าน?",
                OFFICE_EN,
            ]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(a, published_time=False, modified_time=False, must_not=must_not)
            )
        return out


SITE = JoomlaExposeAmpSite()

if __name__ == "__main__":
    main(SITE)
