"""Blind-61 red-team site (part B): a provincial energy office (สำนักงานพลังงานจังหวัดพะเยา-like,
2024) on **Joomla 3.10 com_content under a Youjoomla YJSG (YJSimpleGrid 2.x) template** with
the office's own blog override. Built blind (no crawler, pipeline, bench or fixture read).

Looked up (search tool, code corpus): Youjoomla YJSG templates' `index.php` / `yjsg_main.php`
(ecalderini/bannana `templates/bruno`, juanFGR/icancarry `templates/yougrids`: `html[xml:lang]`,
`body#stylef1.yjsgbody.style_…`, `div#layout_type`, `div.centertop-out > div#centertop.centered.yjsgsitew`,
grid areas `yjsg1`…`yjsg7`, `div#centerbottom.centered.yjsgsitew` holding the main body and the
pathway, `div.footer_out.yjsgouts`, module chrome style `YJsgxhtml`). From memory: the YJsgxhtml
module box (`div.yjsquare > div.h3_holder_yjsquare > h3` + `div.yjsquare_in`), `div#midblock` /
`div#insidem`, Joomla 3's com_content `blog` / `article` layouts (`div.blog`, `div.items-row`,
`div.item.column-1`, `div.page-header > h2[itemprop=name]`, `dl.article-info.muted` with
`dd.modified` / `dd.hits` and `meta itemprop=interactionCount`, the icons dropdown, `ul.tags.inline`,
`ul.pager.pagenav`, the `pagination-list` "หน้า 1 จาก 3"), Thai language pack wordings. No one's
code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- SEF `/index.php/khao-prachasamphan/<id>-<alias>`; `<title>` = headline; `h2[itemprop=headline]`;
  sources "ที่มา :" / "ข่าว :" / "ข่าว/ภาพ :" / "เรียบเรียง :" as the last paragraph (one in six none);
  `ul.tags`; "แชร์ข่าวนี้" bar inside the text; print / e-mail icons; pagenavigation
  ("ก่อนหน้า" / "ถัดไป" with the neighbours' titles in `title` attributes); "ข่าวที่เกี่ยวข้อง"
  (titles, dates) module under the article; "ข่าวล่าสุด" and "สถิติผู้เข้าชม" modules; cookie bar;
- **NEW: the blog is grouped under date headings** (the override prints
  "วันจันทร์ที่ 4 มีนาคม 2567" once in `h3.yj-dategroup`, then two or three items with no date of
  their own); **the article page prints no created date at all**: the only date there is the
  foot `dl` "ปรับปรุงข้อมูล" (last modified, with the time; equal to the creation time where never
  edited);
- **NEW: `<dl>` metadata at the foot of the article** (Joomla's info block set to "below":
  `dl.article-info` with "รายละเอียด", "หมวด", "ปรับปรุงข้อมูล", "ผู้เข้าชม"), nothing above the text;
- **NEW: badges in the headline that are no part of the title**: one item in four carries a
  `span.label` badge ("ด่วน", "(ภาพข่าว)", "ด่วนที่สุด") inside `h2` (from a custom field; not in
  `<title>` or og:title), while two real titles themselves begin with a date
  ("1 เมษายน 2567 …", "15 มี.ค. …");
- listing `/index.php/khao-prachasamphan`, `?start=8`, `?start=16` (Joomla 3 pagination
  "« เริ่มต้น ‹ ก่อนหน้า 1 2 3 ถัดไป › ท้ายสุด »", "หน้า 1 จาก 3"), 8 a page, 23 articles;
- deleted item (linked from page 2): `/index.php/khao-prachasamphan/418-…`, **200**: the template
  with "ไม่พบบทความ" in the system message box and an empty `div.item-page`.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพลังงานจังหวัดพะเยา"
CAT = "/index.php/khao-prachasamphan"
PER = 8
N = 23
DELETED_ID = 418
GROUPS = [3, 2, 1, 2, 3, 2, 2, 1, 3, 2, 2]  # items per day, newest first
BADGES = {1: "ด่วน", 5: "(ภาพข่าว)", 10: "ด่วนที่สุด", 14: "(ภาพข่าว)", 19: "ด่วน"}
DATED_TITLES = {3: "1 เมษายน 2567 ", 12: "15 มี.ค. "}
SOURCES = [
    ("ที่มา", "สำนักงานพลังงานจังหวัดพะเยา"),
    ("ข่าว", "สำนักงานประชาสัมพันธ์จังหวัดพะเยา"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์พลังงานจังหวัด"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานพลังงานจังหวัดพะเยา"),
    ("ที่มา", "กระทรวงพลังงาน"),
    None,
]
TAGS = ["พลังงานทดแทน", "ประหยัดพลังงาน", "โซลาร์เซลล์", "ชุมชน", "พะเยา"]
COUNTER = "ผู้เข้าชมทั้งหมด 284,117"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
FOOTER = "ศาลากลางจังหวัดพะเยา ชั้น 3 ถนนพหลโยธิน ตำบลบ้านต๋อม อำเภอเมืองพะเยา จังหวัดพะเยา 56000"


def weekday_heading(d: dt.date) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def j_date(d: dt.datetime) -> str:  # Joomla DATE_FORMAT_LC2 in the Thai pack
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {be(d)} {d:%H:%M}"


class Joomla3YjsgSite(BaseSite):
    key = "b61_joomla3_yjsg_dategroups"
    family = "joomla"
    imitates = (
        "provincial energy office on Joomla 3.10 + a Youjoomla YJSG template: blog grouped under "
        "date headings with no per-item date, no created date on the article (only the foot "
        "dl 'ปรับปรุงข้อมูล'), dl metadata at the foot, badges inside h2 beside titles that "
        "begin with a date"
    )
    listing_path = CAT

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2024, 4, 2, 16, 0, tzinfo=TZ), offset=311
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        # several items a day: rewrite the days by GROUPS; an edit keeps its distance
        deltas = [(a.modified - a.published) if a.modified else None for a in arts]
        day = dt.date(2024, 4, 1)
        k = 0
        for g in GROUPS:
            for j in range(g):
                if k >= N:
                    break
                a = arts[k]
                hh = 16 - j * 2 - (k % 2)
                a.published = dt.datetime(
                    day.year, day.month, day.day, hh, (k * 13) % 60, tzinfo=TZ
                )
                k += 1
            day -= dt.timedelta(days=1 + (g % 2) + (1 if day.weekday() == 0 else 0))
        for a, delta in zip(arts, deltas, strict=True):
            a.modified = a.published + delta if delta else None
        for i, a in enumerate(arts):
            a.id = 512 - i * 3 - (i % 2)
            alias = f"{a.published:%Y-%m-%d}-{a.id:02d}"
            a.path = f"{CAT}/{a.id}-{alias}"
            a.time_printed = False
            if a.modified is None:
                a.modified = a.published  # Joomla's modified = created when never edited
            a.tags = [TAGS[(i + j) % len(TAGS)] for j in range(i % 3)]
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["badge"] = BADGES.get(i)
            if i in DATED_TITLES:
                a.title = DATED_TITLES[i] + a.title
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [CAT, f"{CAT}?start=8", f"{CAT}?start=16"]

    def deleted_paths(self):
        return [f"{CAT}/{DELETED_ID}-2024-03-14-07-22-51"]

    # ------------------------------------------------------------------ chrome
    def module(self, title: str, inner: str, cls: str = "") -> str:
        return (
            f'<div class="yjsquare {cls}"><div class="h3_holder_yjsquare"><h3>{title}</h3></div>'
            f'<div class="yjsquare_in">{inner}</div></div>'
        )

    def latest(self):
        return self.articles[:5]

    def page(self, title: str, content: str, *, head: str = "", crumb: str = "") -> str:
        latest = "".join(
            f'<li itemscope itemtype="https://schema.org/Article"><a href="{a.path}" itemprop="url"><span itemprop="name">{esc(a.title)}</span></a></li>'
            for a in self.latest()
        )
        crumbs = (
            '<ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb"><li>คุณอยู่ที่: &#160;</li>'
            '<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/index.php" class="pathway"><span itemprop="name">หน้าหลัก</span></a><span class="divider"> &gt; </span></li>'
            f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{CAT}" class="pathway"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a>'
        )
        if crumb:
            crumbs += f'<span class="divider"> &gt; </span></li><li class="active"><span>{crumb}</span></li></ul>'
        else:
            crumbs += "</li></ul>"
        return (
            '<!DOCTYPE html>\n<html xml:lang="th-th" lang="th-th" dir="ltr" class="">\n<head>\n'
            '<meta http-equiv="content-type" content="text/html; charset=utf-8" />\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
            f"<title>{title}</title>\n{head}"
            '<link href="/templates/yjsg_energy/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />\n'
            '<link href="/plugins/system/yjsg/assets/css/font-awesome.min.css" rel="stylesheet" type="text/css" />\n'
            '<link href="/templates/yjsg_energy/css_compiled/bootstrap-green.css" rel="stylesheet" type="text/css" />\n'
            '<link href="/templates/yjsg_energy/css/template.css" rel="stylesheet" type="text/css" />\n'
            '<script src="/media/jui/js/jquery.min.js?3f1a2b"></script>\n<script src="/plugins/system/yjsg/assets/js/yjsg.js"></script>\n'
            "</head>\n"
            '<body id="stylef6" class="yjsgbody style_green yjsgbr-chrome yjsgbr-ltr">\n<div id="layout_type" class="yjsg-boxed">\n'
            '<div class="centertop-out"><div id="centertop" class="centered yjsgsitew"><div id="header"><div id="logo" class="png">'
            f'<a href="/index.php"><h1>{OFFICE}</h1></a><span class="yjsg-slogan">Phayao Provincial Energy Office</span></div></div></div></div>\n'
            '<div id="topmenu_holder" class="yjsgouts"><div class="yjsgsitew"><div id="mmenu_holder"><ul class="menunav yjsgmega">'
            '<li class="item101"><a href="/index.php">หน้าหลัก</a></li><li class="item102"><a href="/index.php/about">เกี่ยวกับหน่วยงาน</a></li>'
            f'<li class="item108 active"><a href="{CAT}">ข่าวประชาสัมพันธ์</a></li><li class="item110"><a href="/index.php/download">ดาวน์โหลด</a></li>'
            '<li class="item112"><a href="/index.php/ita">ITA</a></li><li class="item115"><a href="/index.php/contact">ติดต่อเรา</a></li></ul></div></div></div>\n'
            '<div id="centerbottom" class="centered yjsgsitew">\n<div id="midblock" class="sidebars sidebar-right"><div class="insidem">\n'
            '<div id="system-message-container"></div>\n'
            f'<div class="yjsg-mainbody">{content}</div></div></div>\n'
            '<div id="rightblock" class="sidebars"><div class="inside">'
            + self.module("ข่าวล่าสุด", f'<ul class="latestnews mod-list">{latest}</ul>', "latest")
            + self.module(
                "ค้นหา",
                '<form action="/index.php" method="post" class="form-inline"><label for="mod-search-searchword" class="element-invisible">ค้นหา...</label> <input name="searchword" id="mod-search-searchword" maxlength="200" class="inputbox search-query" type="search" placeholder="ค้นหา..." /><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form>',
            )
            + self.module(
                "สถิติผู้เข้าชม",
                f'<div class="vcnt"><table cellpadding="0" cellspacing="0" style="text-align:center;width:90%" class="vcnt_table"><tr><td>วันนี้</td><td>87</td></tr><tr><td>เมื่อวานนี้</td><td>213</td></tr><tr><td>สัปดาห์นี้</td><td>1,044</td></tr></table><div>{COUNTER}</div></div>',
            )
            + "</div></div>\n"
            f'<div id="yjsg_pathway" class="yjsgpath"><div class="yjsgsitew">{crumbs}</div></div>\n</div>\n'
            f'<div class="bottom-holder"><div class="footer_out yjsgouts"><div id="footer" class="yjsgsitew"><div class="footer-text">{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 5441 1234</div>'
            '<div id="youjoomla"><div id="footmod"><a href="/index.php/sitemap">แผนผังเว็บไซต์</a> | <a href="/index.php/privacy">นโยบายความเป็นส่วนตัว</a></div>'
            '<div id="cp"><span class="yjsg-copy">Copyright &copy; 2567 All rights reserved.</span></div></div></div></div></div>\n'
            "</div>\n"
            f'<div id="cookie-bar" class="cookie-policy"><p>{COOKIE} <a href="/index.php/privacy">นโยบายคุกกี้</a></p><button class="btn btn-success" id="cookie-accept">ยอมรับ</button></div>\n'
            "</body>\n</html>\n"
        )

    def headline(self, a, link: bool) -> str:
        badge = (
            f'<span class="label label-important yj-badge">{a.extra["badge"]}</span> '
            if a.extra["badge"]
            else ""
        )
        t = f'<a href="{a.path}" itemprop="url">{esc(a.title)}</a>' if link else esc(a.title)
        return f'<h2 itemprop="{"name" if link else "headline"}">{badge}{t}</h2>'

    # ------------------------------------------------------------------ listing
    def render_list(self, start: int) -> str:
        chunks = [self.articles[i : i + PER] for i in range(0, N, PER)]
        cur = min(max(start // PER, 0), len(chunks) - 1)
        items = list(chunks[cur])
        out = []
        last_day = None
        for k, a in enumerate(items):
            d = a.published.date()
            if d != last_day:
                if last_day is not None:
                    out.append("</div>")
                out.append(
                    f'<div class="yj-dategroup-wrap"><h3 class="yj-dategroup"><i class="fa fa-calendar"></i> {weekday_heading(d)}</h3>'
                )
                last_day = d
            out.append(
                f'<div class="items-row cols-1 row-{k} row-fluid clearfix"><div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">'
                f'<div class="page-header">{self.headline(a, True)}</div>'
                f'<div class="pull-left item-image"><a href="{a.path}"><img src="/images/news/{a.id}/cover.jpg" alt="" itemprop="thumbnailUrl" /></a></div>'
                f"<p>{esc(a.paras[0][:220])}...</p>"
                f'<p class="readmore"><a class="btn" href="{a.path}" itemprop="url" aria-label="อ่านเพิ่มเติม: {esc(a.title)}"><span class="icon-chevron-right" aria-hidden="true"></span> อ่านเพิ่มเติม...</a></p>'
                '</div><span class="row-separator"></span></div></div>'
            )
            if cur == 1 and k == 3:
                out.append(
                    f'<div class="items-row cols-1 row-x row-fluid clearfix"><div class="span12"><div class="item column-1"><div class="page-header"><h2 itemprop="name"><a href="{self.deleted_paths()[0]}" itemprop="url">ประกาศผลการคัดเลือกชุมชนต้นแบบด้านพลังงาน (ยกเลิก)</a></h2></div>'
                    "<p>ตามที่สำนักงานพลังงานจังหวัดพะเยาได้ประกาศรับสมัคร...</p></div></div></div>"
                )
        out.append("</div>")
        pages = len(chunks)
        pg = [
            '<li><a title="เริ่มต้น" href="' + CAT + '" class="pagenav">« เริ่มต้น</a></li>'
            if cur
            else '<li class="disabled"><a>« เริ่มต้น</a></li>'
        ]
        pg.append(
            f'<li><a title="ก่อนหน้า" href="{CAT}{"?start=" + str((cur - 1) * PER) if cur > 1 else ""}" class="pagenav">‹ ก่อนหน้า</a></li>'
            if cur
            else '<li class="disabled"><a>‹ ก่อนหน้า</a></li>'
        )
        for p in range(pages):
            href = CAT + (f"?start={p * PER}" if p else "")
            pg.append(
                f'<li class="active"><a>{p + 1}</a></li>'
                if p == cur
                else f'<li><a title="{p + 1}" href="{href}" class="pagenav">{p + 1}</a></li>'
            )
        if cur < pages - 1:
            pg.append(
                f'<li><a title="ถัดไป" href="{CAT}?start={(cur + 1) * PER}" class="pagenav">ถัดไป ›</a></li>'
            )
            pg.append(
                f'<li><a title="ท้ายสุด" href="{CAT}?start={(pages - 1) * PER}" class="pagenav">ท้ายสุด »</a></li>'
            )
        else:
            pg.append(
                '<li class="disabled"><a>ถัดไป ›</a></li><li class="disabled"><a>ท้ายสุด »</a></li>'
            )
        content = (
            '<div class="blog" itemscope itemtype="https://schema.org/Blog"><div class="page-header"><h1> ข่าวประชาสัมพันธ์ </h1></div>'
            + "".join(out)
            + f'<div class="pagination"><p class="counter pull-right"> หน้า {cur + 1} จาก {pages} </p><ul class="pagination-list">{"".join(pg)}</ul></div></div>'
        )
        return self.page("ข่าวประชาสัมพันธ์", content)

    # ------------------------------------------------------------------ article
    def related(self, a) -> list:
        i = self.articles.index(a)
        return [self.articles[(i + k) % N] for k in (4, 7, 11)]

    def render_article(self, a) -> str:
        i = self.articles.index(a)
        prev = self.articles[i - 1] if i > 0 else None  # newer
        nxt = self.articles[i + 1] if i + 1 < N else None  # older
        share = (
            '<div class="yj-share"><span class="yj-share-label">แชร์ข่าวนี้ :</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u=https://www.phayao.energy.go.th{a.path}" class="fa fa-facebook" target="_blank"> Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url=https://www.phayao.energy.go.th{a.path}" class="fa fa-twitter" target="_blank"> Twitter</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url=https://www.phayao.energy.go.th{a.path}" class="fa fa-comment" target="_blank"> LINE</a></div>'
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras[:1])
        body += f'<p><img src="/images/news/{a.id}/1.jpg" alt="" /></p>'
        body += "".join(f"<p>{esc(p)}</p>" for p in a.paras[1:])
        if a.source:
            body += f"<p><strong>{a.extra['label']} :</strong> {esc(a.source)}</p>"
        body += share
        tags = ""
        if a.tags:
            tags = (
                '<ul class="tags inline">'
                + "".join(
                    f'<li class="tag-{TAGS.index(t) + 2} tag-list0" itemprop="keywords"><a href="/index.php/component/tags/tag/{TAGS.index(t) + 2}" class="label label-info">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul>"
            )
        info = (
            '<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>'
            f'<dd class="category-name"><span class="icon-folder-open icon-fw"></span> หมวด: <a href="{CAT}" itemprop="genre">ข่าวประชาสัมพันธ์</a></dd>'
            f'<dd class="modified"><span class="icon-calendar icon-fw" aria-hidden="true"></span> <time datetime="{a.modified.isoformat()}" itemprop="dateModified">ปรับปรุงข้อมูล: {j_date(a.modified)}</time></dd>'
            f'<dd class="hits"><span class="icon-eye-open icon-fw" aria-hidden="true"></span> <meta itemprop="interactionCount" content="UserPageVisits:{a.views}" />ผู้เข้าชม: {a.views}</dd></dl>'
        )
        nav = '<ul class="pager pagenav">'
        if prev:
            nav += f'<li class="previous"><a class="hasTooltip" title="{esc(prev.title)}" aria-label="บทความก่อนหน้า: {esc(prev.title)}" href="{prev.path}" rel="prev"><span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">ก่อนหน้า</span></a></li>'
        if nxt:
            nav += f'<li class="next"><a class="hasTooltip" title="{esc(nxt.title)}" aria-label="บทความถัดไป: {esc(nxt.title)}" href="{nxt.path}" rel="next"><span aria-hidden="true">ถัดไป</span> <span class="icon-chevron-right" aria-hidden="true"></span></a></li>'
        nav += "</ul>"
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)} <span class="mod-articles-category-date">{x.published.day} {MONTHS_ABBR[x.published.month - 1]} {be(x.published)}</span></a></li>'
            for x in self.related(a)
        )
        content = (
            '<div class="item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="th-TH" />'
            f'<div class="page-header">{self.headline(a, False)}</div>'
            '<div class="icons"><div class="btn-group pull-right"><button class="btn dropdown-toggle" type="button" data-toggle="dropdown" aria-label="เครื่องมือผู้ใช้"><span class="icon-cog" aria-hidden="true"></span><span class="caret" aria-hidden="true"></span></button>'
            f'<ul class="dropdown-menu"><li class="print-icon"><a href="{a.path}?tmpl=component&amp;print=1" rel="nofollow"><span class="icon-print" aria-hidden="true"></span> พิมพ์</a></li>'
            f'<li class="email-icon"><a href="/index.php/component/mailto/?tmpl=component&amp;link=abc{a.id}" rel="nofollow"><span class="icon-envelope" aria-hidden="true"></span> อีเมล</a></li></ul></div></div>'
            f'<div itemprop="articleBody">{body}</div>{info}{tags}{nav}</div>'
            + self.module("ข่าวที่เกี่ยวข้อง", f'<ul class="relateditems mod-list">{rel}</ul>', "related")
        )
        head = (
            f'<meta name="description" content="{esc(a.paras[0][:150])}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:type" content="article" />\n'
        )
        return self.page(esc(a.title), content, head=head, crumb=esc(a.title))

    def render_deleted(self) -> str:
        content = (
            '<div id="system-message"><div class="alert alert-error"><a class="close" data-dismiss="alert">×</a><h4 class="alert-heading">ข้อผิดพลาด</h4>'
            '<div><p class="alert-message">ไม่พบบทความ</p></div></div></div><div class="item-page"></div>'
        )
        return self.page("ข่าวประชาสัมพันธ์", content)

    def route(self, path, query, raw_query, base):
        if path in (CAT, CAT + "/", "/", "/index.php"):
            s = query.get("start", ["0"])[0]
            return self.html_response(self.render_list(int(s) if s.isdigit() else 0))
        m = re.fullmatch(re.escape(CAT) + r"/(\d+)-[\w-]+", path)
        if not m:
            return None
        nid = int(m[1])
        if nid == DELETED_ID:
            return self.html_response(self.render_deleted())
        a = self.by_id.get(nid)
        return self.html_response(self.render_article(a)) if a else None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", self.render_article(a), flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", t)).split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                COOKIE,
                FOOTER,
                "แชร์ข่าวนี้",
                "ปรับปรุงข้อมูล",
                f"ผู้เข้าชม: {a.views}",
                "รายละเอียด",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "ก่อนหน้า",
                "ถัดไป",
            ]
            if a.extra["badge"]:
                must_not.append(a.extra["badge"])
            must_not += [x.title for x in self.related(a)] + [x.title for x in self.latest()]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = Joomla3YjsgSite()

if __name__ == "__main__":
    main(SITE)
