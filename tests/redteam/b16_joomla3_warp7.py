"""Blind-16 red-team site: Joomla 3.10 + a YOOtheme Warp 7 template (UIkit 2) of a
municipality (เทศบาลเมือง), built blind.

What it imitates:
- Warp 7's `div.tm-page` / `div.tm-toolbar` / `nav.tm-navbar.uk-navbar` / `ul.uk-breadcrumb`
  / `div.tm-main` / `aside.tm-sidebar-a` shell and the com_content override
  `article.uk-article` with `h1.uk-article-title` and `p.uk-article-meta`;
- the menu item's "Browser Page Title" fixed, so **every page has the same `<title>`**
  ("ข่าวประชาสัมพันธ์ - เทศบาลเมืองกระบี่");
- Warp's own meta line (`layouts/article.php`): "เขียนโดย <author> เมื่อ
  <time datetime="2024-02-15">15 กุมภาพันธ์ 2024</time>. โพสต์ใน <category>" — the Thai pack's
  DATE_FORMAT_LC3 with the **Gregorian year** and a **date-only** `datetime`; the publication
  time is printed nowhere;
- an "article info" content plugin under it: "ปรับปรุงล่าสุด: วันพฤหัสบดี, 15 กุมภาพันธ์ 2024
  10:30 | ฮิต: 1234" (DATE_FORMAT_LC2, **with time, for every item**: the creation moment when
  never edited);
- SEF URLs `/index.php/news/123-alias` and the blog's offset pagination `?start=8`
  (`ul.uk-pagination`, "« เริ่มต้น", "ก่อนหน้า", "ถัดไป", "สุดท้าย »");
- inside the article text: a social-share content plugin (top), "เรียบเรียง : <office>"
  before the last line, a "แท็ก" list, a JComments block, and the "บทความที่เกี่ยวข้อง"
  module in the `tm-main-bottom` position; a visitor counter module in the sidebar;
- the deleted item (unpublished) answers 200 with the template's own notice
  "ไม่พบบทความ หรือบทความนี้ถูกยกเลิกการเผยแพร่".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, esc, main
from .b16_common import B9Site, build, neighbours, record

OFFICE = "เทศบาลเมืองกระบี่"
TITLE = "ข่าวประชาสัมพันธ์ - เทศบาลเมืองกระบี่"
SOURCES = [
    "งานประชาสัมพันธ์ กองยุทธศาสตร์และงบประมาณ",
    "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลเมืองกระบี่",
    "งานประชาสัมพันธ์ กองยุทธศาสตร์และงบประมาณ",
    None,
]
DELETED = "/index.php/news/1289-krabi-songkran-2567"
TAGS = ["เทศบาล", "สาธารณสุข", "ท่องเที่ยว", "ชุมชน"]


def lc3(d: dt.datetime) -> str:
    """'15 กุมภาพันธ์ 2024' (DATE_FORMAT_LC3 'd F Y' of the Thai pack: Gregorian year)."""
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def meta_line(d: dt.datetime) -> str:
    """Warp 7's layouts/article.php: TPL_WARP_META_AUTHOR_DATE + TPL_WARP_META_CATEGORY with a
    date-only `<time datetime>` (the created date cut to ten characters)."""
    return (
        'เขียนโดย <a href="/index.php/news">งานประชาสัมพันธ์</a> เมื่อ '
        f'<time datetime="{d:%Y-%m-%d}">{lc3(d)}</time>. '
        'โพสต์ใน <a href="/index.php/news">ข่าวประชาสัมพันธ์</a>'
    )


def lc2(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d.hour:02d}:{d.minute:02d}"


class Warp7Site(B9Site):
    key = "b16_joomla3_warp7"
    family = "joomla"
    imitates = "Joomla 3.10 + YOOtheme Warp 7 (UIkit 2): same <title> on every page, article.uk-article h1.uk-article-title, Warp meta line 'เขียนโดย … เมื่อ 15 กุมภาพันธ์ 2024' (LC3, Gregorian year, date-only datetime, no time), an article-info line 'ปรับปรุงล่าสุด: วันพฤหัสบดี, 15 กุมภาพันธ์ 2024 10:30 | ฮิต: 1234' on every item, SEF /index.php/news/ID-alias, blog ?start=8 offsets, share plugin + 'เรียบเรียง :' + tags + JComments inside the text, related-items module; deleted = 'ไม่พบบทความ' notice (200)"
    listing_path = "/index.php/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 21, SOURCES, dt.datetime(2024, 4, 30, 17, 0), first_id=1270
        )
        for i, a in enumerate(self.articles):
            a.time_printed = False  # Warp prints the created date only
            a.path = f"/index.php/news/{a.id}-news-{a.published:%Y%m%d}"
            a.tags = [TAGS[i % 4]] if i % 2 else []
            if not a.modified:
                a.modified = a.published
        self.setup_routes()

    def page_url(self, k):
        return "/index.php/news" if k == 0 else f"/index.php/news?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, main_html, bottom=""):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE HTML>
<html lang="th-th" dir="ltr"  data-config='{{"twitter":0,"plusone":0,"facebook":0,"style":"default"}}'>
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<base href="/index.php/news" />
<meta name="generator" content="Joomla! - Open Source Content Management" />
<title>{TITLE}</title>
<link href="/templates/yoo_nano3/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
<link rel="stylesheet" href="/templates/yoo_nano3/css/theme.css">
<script src="/media/jui/js/jquery.min.js?8c5a7c2b8a"></script>
<script src="/templates/yoo_nano3/warp/vendor/uikit/js/uikit.js"></script>
</head>
<body class="tm-sidebar-a-right tm-sidebars-1 tm-isblog">
<div class="tm-toolbar uk-clearfix uk-hidden-small"><div class="uk-float-left"><div class="uk-panel">โทร 075-611-xxx | saraban@krabicity.go.th</div></div><div class="uk-float-right"><div class="uk-panel"><a href="#" class="uk-button uk-button-mini">ก-</a> <a href="#" class="uk-button uk-button-mini">ก</a> <a href="#" class="uk-button uk-button-mini">ก+</a></div></div></div>
<div class="uk-container uk-container-center">
<div class="tm-headerbar uk-clearfix uk-hidden-small"><a class="tm-logo" href="/"><img src="/images/logo-krabicity.png" alt="{OFFICE}"></a></div>
<nav class="tm-navbar uk-navbar"><ul class="uk-navbar-nav uk-hidden-small"><li><a href="/">หน้าหลัก</a></li><li class="uk-active"><a href="/index.php/news">ข่าวประชาสัมพันธ์</a></li><li class="uk-parent" data-uk-dropdown="{{}}"><a href="/index.php/about">เกี่ยวกับเทศบาล</a></li><li><a href="/index.php/ita">ITA</a></li></ul><a href="#offcanvas" class="uk-navbar-toggle uk-visible-small" data-uk-offcanvas></a></nav>
<div class="tm-middle uk-grid" data-uk-grid-match data-uk-grid-margin>
<div class="tm-main uk-width-medium-3-4">
<main class="tm-content">
<ul class="uk-breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="uk-active"><span>ข่าวประชาสัมพันธ์</span></li></ul>
<div id="system-message-container"></div>
{main_html}
</main>
{bottom}
</div>
<aside class="tm-sidebar-a uk-width-medium-1-4"><div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">ข่าวล่าสุด</h3><ul class="uk-list uk-list-line">{latest}</ul></div>
<div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">สถิติผู้เยี่ยมชม</h3><div class="vcnt"><div class="vcnt_digit">0</div><div class="vcnt_digit">4</div><div class="vcnt_digit">8</div><div class="vcnt_digit">2</div><div class="vcnt_digit">6</div><div class="vcnt_digit">1</div></div><table cellpadding="0" cellspacing="0" style="text-align: center; width: 90%;" class="vcnt_tbl"><tr><td style="text-align: left;">วันนี้</td><td style="text-align: right;">118</td></tr><tr><td style="text-align: left;">เมื่อวาน</td><td style="text-align: right;">245</td></tr><tr><td style="text-align: left;">ทั้งหมด</td><td style="text-align: right;">482,610</td></tr></table></div></aside>
</div>
<footer class="tm-footer"><a class="tm-totop-scroller" data-uk-smooth-scroll href="#"></a><div class="uk-panel">สำนักงาน{OFFICE} ถนนอุตรกิจ ตำบลปากน้ำ อำเภอเมือง จังหวัดกระบี่ 81000<br>Powered by <a href="http://www.yootheme.com">Warp Theme Framework</a></div></footer>
</div>
<div id="offcanvas" class="uk-offcanvas"><div class="uk-offcanvas-bar"><ul class="uk-nav uk-nav-offcanvas"><li><a href="/">หน้าหลัก</a></li></ul></div></div>
</body>
</html>
"""

    def listing(self, k):
        arts = []
        for j, a in enumerate(self.pages[k]):
            arts.append(self.teaser(a.path, a.title, a.published, a.views, a.paras[0][:200]))
            if k == 1 and j == 3:
                arts.append(
                    self.teaser(
                        DELETED,
                        "เทศบาลเมืองกระบี่ขอเชิญร่วมงานประเพณีสงกรานต์ ประจำปี 2567",
                        dt.datetime(2024, 3, 1, 9, 0),
                        3,
                        "ขอเชิญร่วมงาน",
                    )
                )
        n = len(self.pages)
        pag = []
        if k:
            pag.append(
                f'<li><a title="เริ่มต้น" href="{self.page_url(0)}">« เริ่มต้น</a></li><li><a title="ก่อนหน้า" href="{self.page_url(k - 1)}">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            pag.append(
                f'<li class="uk-active"><span>{i + 1}</span></li>'
                if i == k
                else f'<li><a title="{i + 1}" href="{self.page_url(i)}">{i + 1}</a></li>'
            )
        if k < n - 1:
            pag.append(
                f'<li><a title="ถัดไป" href="{self.page_url(k + 1)}">ถัดไป</a></li><li><a title="สุดท้าย" href="{self.page_url(n - 1)}">สุดท้าย »</a></li>'
            )
        body = f"""<div class="uk-grid" data-uk-grid-match data-uk-grid-margin>{"".join(arts)}</div>
<ul class="uk-pagination">{"".join(pag)}</ul>"""
        return self.shell(body)

    def teaser(self, path, title, d, hits, text):
        return f"""<div class="uk-width-medium-1-1"><article class="uk-article" data-permalink="{path}"><h1 class="uk-article-title"><a href="{path}" title="{esc(title)}">{esc(title)}</a></h1><p class="uk-article-meta">{meta_line(d)}</p><p>{esc(text)}</p><p><a class="uk-button" href="{path}" title="{esc(title)}">อ่านเพิ่มเติม...</a></p></article></div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            paras.insert(len(paras) - 1, f"<p>เรียบเรียง : {esc(a.source)}</p>")
        tags = (
            (
                '<ul class="tags inline"><li class="tag-label">แท็ก:</li>'
                + "".join(
                    f'<li class="tag-{i}"><a href="/index.php/component/tags/tag/{esc(t)}" class="label label-info">{esc(t)}</a></li>'
                    for i, t in enumerate(a.tags)
                )
                + "</ul>"
            )
            if a.tags
            else ""
        )
        pn = '<ul class="uk-pagination">'
        if older:
            pn += f'<li class="uk-pagination-previous"><a href="{older.path}" rel="prev"><i class="uk-icon-angle-double-left"></i> ก่อนหน้า</a></li>'
        if newer:
            pn += f'<li class="uk-pagination-next"><a href="{newer.path}" rel="next">ถัดไป <i class="uk-icon-angle-double-right"></i></a></li>'
        pn += "</ul>"
        related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][
            :4
        ] or self.articles[1:4]
        rel = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related if x is not a
        )
        info = f"ปรับปรุงล่าสุด: {lc2(a.modified)} | ฮิต: {a.views}"
        body = f"""<article class="uk-article" data-permalink="{a.path}">
<div class="uk-align-medium-right"><a class="uk-icon-button uk-icon-print" href="{a.path}?tmpl=component&amp;print=1" title="พิมพ์" rel="nofollow"></a> <a class="uk-icon-button uk-icon-envelope" href="/index.php/component/mailto/?tmpl=component&amp;link=x" title="อีเมล"></a></div>
<h1 class="uk-article-title">{esc(a.title)}</h1>
<p class="uk-article-meta">{meta_line(a.published)}</p>
<div class="articleinfo small"><i class="uk-icon-eye"></i> {info}</div>
<div class="sharethis-inline-share-buttons"><span class="st-label">แชร์บทความนี้</span> <a href="#" class="st-btn st-facebook">Facebook</a> <a href="#" class="st-btn st-line">LINE</a> <a href="#" class="st-btn st-twitter">Tweet</a></div>
<img src="/images/news/{a.id}/cover.jpg" alt="{esc(a.title)}" class="uk-align-center">
{"".join(paras)}
{tags}
<div id="jc"><div id="comments"></div><h4>เพิ่มความคิดเห็น</h4><a id="addcomments" href="#addcomments"></a><form id="comments-form" name="comments-form" action="javascript:void(null);"><p><span><input id="comments-form-name" type="text" name="name" value="" maxlength="20" size="22" tabindex="1" /><label for="comments-form-name">ชื่อ (ต้องกรอก)</label></span></p><p><span><textarea id="comments-form-comment" name="comment" cols="65" rows="8" tabindex="5"></textarea></span></p><div id="comments-form-buttons"><div class="btn" id="comments-form-send"><div><a href="#" tabindex="7" title="ส่ง (Ctrl+Enter)">ส่ง</a></div></div></div></form><div id="comments-footer" align="center"><a href="http://www.joomlatune.com" title="JComments" target="_blank">JComments</a></div></div>
{pn}
</article>"""
        bottom = f"""<section class="tm-main-bottom uk-grid" data-uk-grid-match="{{target:'> div > .uk-panel'}}" data-uk-grid-margin><div class="uk-width-1-1"><div class="uk-panel uk-panel-box"><h3 class="uk-panel-title">บทความที่เกี่ยวข้อง</h3><ul class="uk-list relateditems">{rel}</ul></div></div></section>"""
        return self.shell(body, bottom)

    def deleted(self):
        return self.shell(
            '<article class="uk-article"><div class="uk-alert uk-alert-warning">ไม่พบบทความ หรือบทความนี้ถูกยกเลิกการเผยแพร่</div></article>'
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][
                :4
            ] or self.articles[1:4]
            must_not = [
                "แชร์บทความนี้",
                "เรียบเรียง :",
                "แท็ก:",
                "เพิ่มความคิดเห็น",
                "JComments",
                "ฮิต:",
                "ปรับปรุง",
                "บทความที่เกี่ยวข้อง",
                "สถิติผู้เยี่ยมชม",
                "ชื่อ (ต้องกรอก)",
            ] + [x.title for x in related if x is not a]
            out.append(record(self, a, must_not))
        return out


SITE = Warp7Site()

if __name__ == "__main__":
    main(SITE)
