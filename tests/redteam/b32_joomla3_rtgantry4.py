"""Blind-32 red-team site (part B): **Joomla 3.9 + a RocketTheme Gantry 4 template** (the
`rt_*` templates with RocketTheme's own com_content overrides) run by a provincial agriculture
office (สำนักงานเกษตรจังหวัดสุพรรณบุรี), Thai language pack, built blind.

What it imitates:
- Joomla 3 fingerprints: `meta name="generator" content="Joomla! - Open Source Content
  Management"`, `/media/jui/js/jquery.min.js`, `/media/system/js/caption.js`, `/templates/rt_*`,
  `/libraries/gantry/`, `?format=feed&type=rss`, SEF `/index.php/<menu>/<id>-<alias>`;
- Gantry 4 shell: `#rt-top-surround`, `#rt-header`, `#rt-navigation` (fusion menu),
  `#rt-breadcrumbs`, `#rt-main` with `.rt-container` / `.rt-grid-8` / `.rt-block`,
  `#rt-mainbody` > `.component-content`, `#rt-sidebar-a` modules (`.module-title h2.title`),
  `#rt-footer`, `#rt-copyright` with the "Gantry Framework" credit, the Gantry font sizer "A- A+",
  the totop link;
- RocketTheme's article override: `.rt-article` > `.rt-article-left-col` holding the **date split
  across three spans** `span.rt-date-posted` > `span.date-item` "05", `span.month-item` "มี.ค.",
  `span.year-item` "24" (**two-digit CE year**; no time, no ISO attribute, no JSON-LD) and the
  print / e-mail icons, then `.rt-article-right-col` with `.module-title h1.title` (the
  headline), `.rt-articleinfo` (author, "ฮิต: 1234", category); the article text; a typed
  right-aligned "ที่มา : ..." line (some); full-text image (some); the Attachments plugin table
  (some); Joomla tags `.tags span.tag-N a.label.label-info` (some); a social share plugin bar
  "แชร์ข่าวนี้"; `ul.pager.pagenav` with neighbour titles in `title`/`aria-label`;
  mod_related_items "ข่าวที่เกี่ยวข้อง" below the component;
- listing: category blog `/index.php/news-pr` with `?start=10`, `?start=20`, `p.counter` "หน้า 1
  จาก 3", `div.pagination ul` with "เริ่มต้น / ก่อนหน้า / 1 2 3 / ถัดไป / สุดท้าย".
Deleted: an article switched to Registered access: Joomla 303s to the com_users login view,
which answers 200 with "กรุณาเข้าสู่ระบบเพื่อดูเนื้อหานี้" and the login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    Article,
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

HOST = "https://www.suphanburi.doae.go.th"
OFFICE = "สำนักงานเกษตรจังหวัดสุพรรณบุรี"
T = "/templates/rt_vertex"
PER_PAGE = 10
LISTING = "/index.php/news-pr"
DELETED_ID = 1380
DELETED = f"{LISTING}/{DELETED_ID}-pr-{DELETED_ID}"
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการผลิต",
    None,
    None,
    "สำนักงานเกษตรอำเภอเมืองสุพรรณบุรี",
    None,
    "กลุ่มยุทธศาสตร์และสารสนเทศ",
    None,
]
AUTHORS = ["Super User", "pr_suphan", "ฝ่ายบริหารทั่วไป"]
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 1,204,377"
SHARE = "แชร์ข่าวนี้"
LOGIN_MSG = "กรุณาเข้าสู่ระบบเพื่อดูเนื้อหานี้"


def lc3(d: dt.datetime) -> str:
    """DATE_FORMAT_LC3 'd F Y' under the Thai pack: Thai month, CE year."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def split_date(d: dt.datetime) -> str:
    return (
        '<span class="rt-date-posted">'
        f'<span class="date-item">{d.day:02d}<br /></span>\n'
        f'\t\t\t\t<span class="month-item">{MONTHS_ABBR[d.month - 1]}</span>\n'
        f'\t\t\t\t<span class="year-item">{d.year % 100:02d}</span>'
        "</span>"
    )


class RtGantry4Site(BaseSite):
    key = "b32_joomla3_rtgantry4"
    family = "joomla"
    imitates = "Joomla 3.9 + RocketTheme Gantry 4 template (rt_* with RocketTheme com_content overrides), provincial agriculture office, Thai pack: date split over span.rt-date-posted > date-item '05' / month-item 'มี.ค.' / year-item '24' (two-digit CE year, no time, no ISO); headline in .rt-article-right-col .module-title h1.title; .rt-articleinfo author / 'ฮิต: N' / category; print + e-mail icons in the left column; typed 'ที่มา :' line (some); image (some); Attachments plugin (some); Joomla tags (some); share bar; pagenav with neighbour titles; mod_related_items; sidebar latest / popular / login / visitor counter; category blog ?start=10 (10 a page); deleted = Registered article -> login view"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 7, 20, 16, 0, tzinfo=TZ), offset=17
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 1402
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + (i * 5) % 3
            if aid == DELETED_ID:
                aid -= 1
            a.time_printed = False
            a.modified = None  # show_modify_date is off
            a.path = f"{LISTING}/{a.id}-pr-{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["author"] = AUTHORS[i % 3]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.tag_ids = {}
        for a in arts:
            for t in a.tags:
                self.tag_ids.setdefault(t, 3 + len(self.tag_ids))

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def popular(self):
        return sorted(self.articles, key=lambda a: -a.views)[:5]

    def sidebar(self):
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        pop = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.popular()
        )
        return f"""<div class="rt-grid-4 rt-omega"><div id="rt-sidebar-a">
<div class="rt-block box1"><div class="module-surround"><div class="module-title"><h2 class="title">ข่าวล่าสุด</h2></div><div class="module-content"><ul class="latestnews mod-list">{latest}</ul></div></div></div>
<div class="rt-block box2"><div class="module-surround"><div class="module-title"><h2 class="title">ข่าวยอดนิยม</h2></div><div class="module-content"><ul class="mostread mod-list">{pop}</ul></div></div></div>
<div class="rt-block"><div class="module-surround"><div class="module-title"><h2 class="title">เข้าสู่ระบบ</h2></div><div class="module-content"><form action="{LISTING}" method="post" id="login-form"><fieldset class="userdata"><p id="form-login-username"><label for="modlgn-username">ชื่อผู้ใช้</label><input id="modlgn-username" type="text" name="username" class="inputbox" size="18" /></p><p id="form-login-password"><label for="modlgn-passwd">รหัสผ่าน</label><input id="modlgn-passwd" type="password" name="password" class="inputbox" size="18" /></p><p id="form-login-remember"><label for="modlgn-remember">จำการเข้าระบบ</label><input id="modlgn-remember" type="checkbox" name="remember" class="inputbox" value="yes" /></p><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /><input type="hidden" name="option" value="com_users" /><input type="hidden" name="task" value="user.login" /></fieldset><ul><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></form></div></div></div>
<div class="rt-block"><div class="module-surround"><div class="module-title"><h2 class="title">สถิติผู้เยี่ยมชม</h2></div><div class="module-content"><div id="vvisit_counter" class="vvisit_counter"><table cellpadding="0" cellspacing="0"><tr><td>วันนี้</td><td align="right">312</td></tr><tr><td>เมื่อวาน</td><td align="right">487</td></tr><tr><td>สัปดาห์นี้</td><td align="right">2,105</td></tr><tr><td colspan="2">{SITE_COUNTER}</td></tr></table></div></div></div></div>
</div></div>"""

    def shell(self, title, content, crumb, head_extra="", below=""):
        return f"""<!DOCTYPE html>
<html xml:lang="th-th" lang="th-th" >
<head>
  <base href="{HOST}/" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="เกษตรจังหวัดสุพรรณบุรี, ส่งเสริมการเกษตร" />
  <meta name="description" content="{OFFICE}" />
  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{title}</title>
{head_extra}  <link href="{LISTING}?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="RSS 2.0" />
  <link href="{T}/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link rel="stylesheet" href="/libraries/gantry/css/grid-12.css" type="text/css" />
  <link rel="stylesheet" href="/libraries/gantry/css/gantry-core.css" type="text/css" />
  <link rel="stylesheet" href="/libraries/gantry/css/joomla-core.css" type="text/css" />
  <link rel="stylesheet" href="{T}/css-compiled/master-3c8c.css" type="text/css" />
  <script src="/media/jui/js/jquery.min.js?e1b6" type="text/javascript"></script>
  <script src="/media/jui/js/jquery-noconflict.js?e1b6" type="text/javascript"></script>
  <script src="/media/system/js/caption.js?e1b6" type="text/javascript"></script>
  <script src="/libraries/gantry/js/gantry-totop.js" type="text/javascript"></script>
  <script src="/libraries/gantry/js/browser-engines.js" type="text/javascript"></script>
  <script src="{T}/js/rokmediaqueries.js" type="text/javascript"></script>
</head>
<body class="logo-type-custom main-body-light font-family-helvetica font-size-is-default menu-type-fusionmenu layout-mode-responsive col12 option-com-content menu-news-pr">
<div id="rt-page-surround">
  <header id="rt-top-surround">
    <div id="rt-top"><div class="rt-container"><div class="rt-grid-6 rt-alpha"><div class="rt-block"><div class="module-surround"><div class="module-content"><p>ยินดีต้อนรับสู่เว็บไซต์ {OFFICE} กรมส่งเสริมการเกษตร</p></div></div></div></div><div class="rt-grid-6 rt-omega"><div class="rt-block"><div id="rt-accessibility"><div class="rt-desc">ขนาดตัวอักษร</div><div id="rt-buttons"><a href="?font-size=smaller" title="ลดขนาดตัวอักษร" class="small"><span class="button">A-</span></a><a href="?font-size=larger" title="เพิ่มขนาดตัวอักษร" class="large"><span class="button">A+</span></a></div></div></div></div><div class="clear"></div></div></div>
    <div id="rt-header"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block logo-block"><a href="/" id="rt-logo"><img src="/images/logo/doae-logo.png" alt="{OFFICE}" /></a><span class="rt-logo-text">{OFFICE}<br /><small>Suphanburi Provincial Agricultural Extension Office</small></span></div></div><div class="clear"></div></div></div>
    <div id="rt-navigation"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block menu-block"><div class="gf-menu-device-container"></div><ul class="gf-menu l1"><li class="item101"><a class="item" href="/">หน้าแรก</a></li><li class="item102 parent"><a class="item" href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li><li class="item108 active last"><a class="item" href="{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="item110"><a class="item" href="/index.php/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li class="item115"><a class="item" href="/index.php/knowledge">คลังความรู้</a></li><li class="item120"><a class="item" href="/index.php/ita">ITA</a></li><li class="item121"><a class="item" href="/index.php/contact">ติดต่อเรา</a></li></ul></div></div><div class="clear"></div></div></div>
  </header>
  <div id="rt-transition">
    <div id="rt-mainbody-surround">
      <div id="rt-breadcrumbs"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block"><div class="module-surround"><div class="module-content"><ul class="breadcrumb"><li class="active"><span class="divider icon-location"></span></li><li><a href="/" class="pathway">หน้าแรก</a><span class="divider">/</span></li>{crumb}</ul></div></div></div></div><div class="clear"></div></div></div>
      <div class="rt-container">
        <div id="rt-main" class="mb8-sa4">
          <div class="rt-container">
            <div class="rt-grid-8 rt-alpha">
              <div class="rt-block">
                <div id="rt-mainbody">
                  <div class="component-content">
{content}
                  </div>
                </div>
              </div>
{below}
            </div>
            {self.sidebar()}
            <div class="clear"></div>
          </div>
        </div>
      </div>
    </div>
  </div>
  <footer id="rt-footer-surround">
    <div id="rt-footer"><div class="rt-container"><div class="rt-grid-12 rt-alpha rt-omega"><div class="rt-block"><div class="module-surround"><div class="module-content"><p>{OFFICE} ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลสนามชัย อำเภอเมือง จังหวัดสุพรรณบุรี 72000 โทร. 0-3553-6081</p></div></div></div></div><div class="clear"></div></div></div>
    <div id="rt-copyright"><div class="rt-container"><div class="rt-grid-10 rt-alpha"><div class="clear"></div><div class="rt-block">สงวนลิขสิทธิ์ © 2567 {OFFICE}</div></div><div class="rt-grid-2 rt-omega"><div class="rt-block"><a href="http://www.rockettheme.com/" title="rockettheme.com" id="gantry-logo">Designed by RocketTheme</a><a href="#" id="gantry-totop" rel="nofollow"><span class="icon-chevron-up"></span> Top</a></div></div><div class="clear"></div></div></div>
  </footer>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def blog_item(self, a, cls):
        img = ""
        if a.extra["image"]:
            img = f'<div class="img-intro-left"><img src="/images/news/2567/pr{a.id}_s.jpg" alt="" /></div>'
        return f"""<div class="{cls}" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="rt-article"><div class="rt-article-inner"><div class="rt-article-inner-bg">
<div class="rt-article-left-col">{split_date(a.published)}</div>
<div class="rt-article-right-col">
<div class="module-title"><h2 class="title" itemprop="name"><a href="{a.path}" itemprop="url">{esc(a.title)}</a></h2></div>
<div class="rt-articleinfo"><div class="rt-articleinfo-text"><div class="rt-articleinfo-text2"><span class="rt-hits">ฮิต: {a.views}</span></div></div></div>
{img}<p>{esc(a.paras[0][:220])}…</p>
<p class="readmore"><a class="readon" href="{a.path}" itemprop="url">อ่านเพิ่มเติม…</a></p>
</div></div></div></div>
</div>"""

    def pagination(self, k):
        n = len(self.pages)

        def href(j):
            return LISTING if j == 0 else f"{LISTING}?start={j * PER_PAGE}"

        lis = []
        if k > 0:
            lis.append(
                f'<li class="pagination-start"><a title="เริ่มต้น" href="{LISTING}" class="pagenav">เริ่มต้น</a></li>'
            )
            lis.append(
                f'<li class="pagination-prev"><a title="ก่อนหน้า" href="{href(k - 1)}" class="pagenav">ก่อนหน้า</a></li>'
            )
        else:
            lis.append('<li class="pagination-start"><span class="pagenav">เริ่มต้น</span></li>')
            lis.append('<li class="pagination-prev"><span class="pagenav">ก่อนหน้า</span></li>')
        for j in range(n):
            if j == k:
                lis.append(f'<li><span class="pagenav">{j + 1}</span></li>')
            else:
                lis.append(
                    f'<li><a title="{j + 1}" href="{href(j)}" class="pagenav">{j + 1}</a></li>'
                )
        if k < n - 1:
            lis.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{href(k + 1)}" class="pagenav">ถัดไป</a></li>'
            )
            lis.append(
                f'<li class="pagination-end"><a title="สุดท้าย" href="{href(n - 1)}" class="pagenav">สุดท้าย</a></li>'
            )
        else:
            lis.append('<li class="pagination-next"><span class="pagenav">ถัดไป</span></li>')
            lis.append('<li class="pagination-end"><span class="pagenav">สุดท้าย</span></li>')
        return f"""<div class="rt-pagination">
<p class="rt-results counter">หน้า {k + 1} จาก {n}</p>
<div class="pagination"><ul>{"".join(lis)}</ul></div>
</div>"""

    def listing(self, k):
        items = self.pages[k]
        rows = []
        for i, a in enumerate(items):
            cls = "leading-0" if (k == 0 and i == 0) else f"item column-{i % 2 + 1}"
            rows.append(self.blog_item(a, cls))
        if k == 1:
            ghost = self.pages[1][4]
            ghost_a = Article(
                id=DELETED_ID,
                title="ขอเชิญเกษตรกรร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่ ปี 2567",
                paras=[
                    "ขอเชิญเกษตรกรและผู้สนใจเข้าร่วมงานวันถ่ายทอดเทคโนโลยี ณ ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร"
                ],
                published=ghost.published,
                time_printed=False,
                views=57,
                path=DELETED,
                extra={"image": False},
            )
            rows.insert(3, self.blog_item(ghost_a, "item column-2"))
        content = f"""<div class="blog" itemscope itemtype="https://schema.org/Blog">
<h1 class="rt-pagetitle">ข่าวประชาสัมพันธ์</h1>
<div class="items-leading">{rows[0] if k == 0 else ""}</div>
<div class="items-row cols-1 row-0">
{"".join(rows[1:] if k == 0 else rows)}
</div>
{self.pagination(k)}
</div>"""
        crumb = '<li class="active"><span>ข่าวประชาสัมพันธ์</span></li>'
        head = f'  <link href="{HOST}{LISTING}" rel="canonical" />\n'
        return self.shell(f"ข่าวประชาสัมพันธ์ - {OFFICE}", content, crumb, head)

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i - 4, i + 5, i + 9) if 0 <= j < len(self.articles)
        ][:3]

    def article(self, a):
        url = f"{HOST}{a.path}"
        icons = f"""<div class="rt-article-icons"><ul class="actions">
<li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><span class="icon-print"></span>พิมพ์</a></li>
<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;template=rt_vertex&amp;link=9c1f{a.id}" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;" rel="nofollow"><span class="icon-envelope"></span>อีเมล</a></li>
</ul></div>"""
        image = ""
        if a.extra["image"]:
            image = f'<div class="img-fulltext-left"><img src="/images/news/2567/pr{a.id}.jpg" alt="ภาพกิจกรรม {OFFICE}" /></div>'
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = ""
        if a.source:
            source = f'\n<p style="text-align: right;"><strong>ที่มา : {esc(a.source)}</strong></p>'
        files = ""
        if a.extra["file"]:
            files = f"""<div class="attachmentsContainer"><div class="attachmentsList" id="attachmentsList_com_content_default_{a.id}"><table><caption>ไฟล์แนบ:</caption><thead><tr><th class="at_filename">ไฟล์</th><th class="at_file_size">ขนาด</th><th class="at_downloads">ดาวน์โหลด</th></tr></thead><tbody><tr class="odd"><td class="at_filename"><a class="at_icon" href="/index.php/component/attachments/download/{a.id + 311}" title="ดาวน์โหลดไฟล์: pr{a.id}.pdf"><img src="/components/com_attachments/media/icons/pdf.gif" alt="ดาวน์โหลดไฟล์" /></a>&nbsp;<a class="at_url" href="/index.php/component/attachments/download/{a.id + 311}">pr{a.id}.pdf</a></td><td class="at_file_size">412 kB</td><td class="at_downloads">{a.id % 37 + 4} ครั้ง</td></tr></tbody></table></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags">'
                + "".join(
                    f'<span class="tag-{self.tag_ids[t]} tag-list{j}" itemprop="keywords"><a href="/index.php/component/tags/tag/{self.tag_ids[t]}" class="label label-info">{esc(t)}</a></span> '
                    for j, t in enumerate(a.tags)
                )
                + "</div>"
            )
        share = f"""<div class="socialshare-joomla"><span class="socialshare-label">{SHARE} :</span> <a class="ss-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="nofollow">Facebook</a> <a class="ss-twitter" href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="nofollow">Twitter</a> <a class="ss-line" href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="nofollow">LINE</a></div>"""
        newer, older = self.neighbours(a)
        nav = '<ul class="pager pagenav">'
        if newer:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(newer.title)}" aria-label="บทความก่อนหน้า: {esc(newer.title)}" href="{newer.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if older:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(older.title)}" aria-label="บทความถัดไป: {esc(older.title)}" href="{older.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        content = f"""<div class="rt-article"><div class="rt-article-inner"><div class="rt-article-inner-bg">
<div class="rt-article-left-col">
{split_date(a.published)}
{icons}
</div>
<div class="rt-article-right-col">
<div class="module-title"><h1 class="title">{esc(a.title)}</h1></div>
<div class="rt-articleinfo"><div class="rt-articleinfo-text"><div class="rt-articleinfo-text2">
<span class="rt-author">เขียนโดย {esc(a.extra["author"])}</span>
<span class="rt-hits">ฮิต: {a.views}</span>
<span class="rt-category">หมวด: <a href="{LISTING}">ข่าวประชาสัมพันธ์</a></span>
</div></div></div>
{share}
{image}
{body}{source}
{files}
{tags}
{nav}
</div>
</div></div></div>"""
        rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in self.related(a))
        below = f"""<div id="rt-mainbottom"><div class="rt-block"><div class="module-surround"><div class="module-title"><h2 class="title">ข่าวที่เกี่ยวข้อง</h2></div><div class="module-content"><ul class="relateditems mod-list">{rel}</ul></div></div></div></div>"""
        crumb = f'<li><a href="{LISTING}" class="pathway">ข่าวประชาสัมพันธ์</a><span class="divider">/</span></li><li class="active"><span>{esc(a.title)}</span></li>'
        head = f'  <link href="{url}" rel="canonical" />\n  <meta name="author" content="{esc(a.extra["author"])}" />\n'
        return self.shell(f"{esc(a.title)} - {OFFICE}", content, crumb, head, below)

    def login_view(self):
        content = f"""<div id="system-message-container"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4><div><div class="alert-message">{LOGIN_MSG}</div></div></div></div>
<div class="login"><form action="/index.php/component/users/?task=user.login" method="post" class="form-validate form-horizontal well"><fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username" class="required">ชื่อผู้ใช้<span class="star">&#160;*</span></label></div><div class="controls"><input type="text" name="username" id="username" value="" class="validate-username required" size="25" required aria-required="true" autofocus /></div></div><div class="control-group"><div class="control-label"><label id="password-lbl" for="password" class="required">รหัสผ่าน<span class="star">&#160;*</span></label></div><div class="controls"><input type="password" name="password" id="password" value="" class="validate-password required" size="25" maxlength="99" required aria-required="true" /></div></div><div class="control-group"><div class="controls"><button type="submit" class="btn btn-primary">เข้าสู่ระบบ</button></div></div></fieldset></form></div>
<div><ul class="nav nav-tabs nav-stacked"><li><a href="/index.php/component/users/?view=reset">ลืมรหัสผ่าน?</a></li><li><a href="/index.php/component/users/?view=remind">ลืมชื่อผู้ใช้?</a></li></ul></div>"""
        crumb = '<li class="active"><span>เข้าสู่ระบบ</span></li>'
        return self.shell(f"เข้าสู่ระบบ - {OFFICE}", content, crumb)

    def route(self, path, query, raw_query, base):
        if path == LISTING:
            s = qs1(query, "start", "0")
            if not s.isdigit() or int(s) % PER_PAGE or int(s) // PER_PAGE >= len(self.pages):
                return None
            return self.html_response(self.listing(int(s) // PER_PAGE))
        if path in self.by_path and not raw_query:
            return self.html_response(self.article(self.by_path[path]))
        if path == DELETED:
            return (
                303,
                {"Location": base + "/index.php/component/users/?view=login&return=aW5kZXgucGhw"},
                b"",
            )
        if path == "/index.php/component/users/" and qs1(query, "view") == "login":
            return self.html_response(self.login_view())
        if path in ("/", "/index.php"):
            return 301, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"ฮิต: {a.views}",
                f"เขียนโดย {a.extra['author']}",
                "หมวด: ข่าวประชาสัมพันธ์",
                SHARE,
                "ขนาดตัวอักษร",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                "ลืมรหัสผ่าน",
                "จำการเข้าระบบ",
                SITE_COUNTER,
                "Designed by RocketTheme",
                "ถนนสุพรรณบุรี-ชัยนาท",
                f"ยินดีต้อนรับสู่เว็บไซต์ {OFFICE}",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            must_not += [x.title for x in self.popular() if x is not a]
            if a.extra["file"]:
                must_not += [f"pr{a.id}.pdf", "ไฟล์แนบ:", "412 kB"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = RtGantry4Site()

if __name__ == "__main__":
    main(SITE)
