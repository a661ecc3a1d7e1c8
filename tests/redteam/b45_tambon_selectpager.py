"""Blind-45 red-team site (part C): **a municipality (เทศบาลตำบล) website on a Thai vendor's
PHP news template**, built blind — the hard site of this part.

What it imitates (the plain-PHP Bootstrap 3 templates that local-government site vendors sell to
เทศบาล / อบต.):
- `<title>` and the only `h1` are the municipality's name on every page; the headline is a
  `div.news-topic` with a `div.news-subtopic` line under it (category and fiscal year, in Thai
  digits); breadcrumbs stop at the category;
- the lead paragraph is printed apart from the rest of the text, in `div.news-intro` (bold) above
  the cover photo and its caption; the remaining text is one `div.news-detail` of
  `&nbsp;`-indented lines separated by `<br /><br />` (no `<p>`), ending in "ข่าว/ภาพ : …" on
  some items;
- the date is printed only at the bottom, in the `div.news-info` row under the share bar, in Thai
  digits with abbreviated Thai months and a BE year ("โพสต์เมื่อ : ๑๕ ม.ค. ๒๕๖๗"), a separate
  "เวลา ๑๐:๓๐ น." on some items, "แก้ไขล่าสุด : ๑๘ ม.ค. ๒๕๖๗ ๑๔:๒๐ น." on edited ones and the
  counter "อ่าน : ๑,๒๓๔ ครั้ง" in Thai digits; no machine-readable date anywhere;
- furniture inside the content box: font-size tools "ก- ก ก+", print button, share bar
  "แชร์ข่าวนี้", a "ภาพกิจกรรม" gallery with captions (some), a download box (some) and
  "ข่าวอื่นๆ ในหมวดเดียวกัน" with titles and dates; around it: left menu, "ข่าวล่าสุด",
  an odometer visitor counter, a cookie bar and the footer;
- listing `/news/index.php?cat=1`: the pager exists **only** as a `<select>` whose options carry
  the page URLs (`onchange="window.location.href=this.value"`) and "ก่อนหน้า / ถัดไป" buttons
  with `onclick="location.href='…'"`: no `<a>` pager link at all.
Deleted: an item removed from the database still linked from page 2; `detail.php?id=N` answers
200 with the empty template ("ไม่พบข้อมูลข่าวที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

BRAND = "เทศบาลตำบลโนนสะอาด"
PLACE = "อำเภอโนนสะอาด จังหวัดอุดรธานี"
LIST = "/news/index.php"
DETAIL = "/news/detail.php"
PER = 8
SOURCES = [
    "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
    None,
    "กองการศึกษา",
    "กองสาธารณสุขและสิ่งแวดล้อม",
    None,
]
CATS = ["กิจกรรมเทศบาล", "ประชาสัมพันธ์ทั่วไป", "งานสาธารณสุข"]
DELETED_ID = 2187
DELETED = f"{DETAIL}?id={DELETED_ID}"
DELETED_TITLE = "ประกาศเทศบาลตำบลโนนสะอาด เรื่อง รับสมัครพนักงานจ้างทั่วไป"
SHARE = "แชร์ข่าวนี้"
OTHER = "ข่าวอื่นๆ ในหมวดเดียวกัน"
GALLERY = "ภาพกิจกรรม"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
FOOTER = "สำนักงานเทศบาลตำบลโนนสะอาด เลขที่ 99 หมู่ 1 ถนนมิตรภาพ"
COUNTER_TOTAL = "ผู้เข้าชมทั้งหมด"


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


def fy(d: dt.datetime) -> int:
    """Thai fiscal year (BE): October starts the next one."""
    return be(d) + (1 if d.month >= 10 else 0)


class TambonSite(BaseSite):
    key = "b45_tambon_selectpager"
    family = "generic"
    imitates = "municipality site on a Thai vendor PHP template: headline in div.news-topic, lead apart, <br> text, Thai-digit date at the bottom, <select>-only pager"
    listing_path = f"{LIST}?cat=1"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 28, 17, 0, tzinfo=TZ), offset=97
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2236 - i * 3 - (i % 2)
            a.path = f"{DETAIL}?id={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 14 + (i * 137) % 1900
            a.extra["cat"] = CATS[i % len(CATS)]
            a.extra["image"] = i % 4 != 3
            a.extra["gallery"] = i % 3 == 0
            a.extra["file"] = i % 7 == 2
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return f"{LIST}?cat=1" if k == 0 else f"{LIST}?cat=1&page={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def subtopic(self, a):
        return f"หมวด {a.extra['cat']} · ประจำปีงบประมาณ พ.ศ. {thai_digits(fy(a.published))}"

    def shell(self, content, crumbs):
        latest = "".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="{a.path}">{esc(a.title)}</a> <span class="text-muted">({th_date(a.published)})</span></li>'
            for a in self.articles[:5]
        )
        crumb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
        digits = "".join(f'<img src="/images/counter/{c}.gif" alt="{c}" />' for c in "0412675")
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="เว็บไซต์{BRAND} {PLACE}">
<meta name="keywords" content="{BRAND}, เทศบาล, {PLACE}">
<title>{BRAND} {PLACE}</title>
<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/font-awesome/css/font-awesome.min.css" rel="stylesheet">
<link href="/templates/default/css/style.css?v=2.3" rel="stylesheet">
<script src="/assets/js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="pull-left">ยินดีต้อนรับสู่เว็บไซต์{BRAND}</span><span class="pull-right"><a href="/contact.php">ติดต่อเรา</a> | <a href="/sitemap.php">แผนผังเว็บไซต์</a> | <a href="/admin/login.php">เข้าสู่ระบบ</a></span></div></div>
<header class="header"><div class="container"><a href="/index.php"><img src="/images/logo.png" class="logo" alt="logo"></a><h1 class="site-name">{BRAND}<small>{PLACE}</small></h1></div></header>
<nav class="navbar navbar-default navbar-main"><div class="container"><ul class="nav navbar-nav"><li><a href="/index.php">หน้าหลัก</a></li><li class="dropdown"><a href="/about.php">ข้อมูลพื้นฐาน</a></li><li class="active"><a href="{LIST}?cat=1">ข่าวประชาสัมพันธ์</a></li><li><a href="/news/index.php?cat=2">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/ita.php">ITA</a></li><li><a href="/webboard/">กระดานสนทนา</a></li></ul></div></nav>
<div class="container main-wrap"><div class="row">
<div class="col-md-3 col-sm-4 left-col">
<div class="panel panel-green"><div class="panel-heading">เมนูหลัก</div><div class="list-group"><a class="list-group-item" href="/about.php?m=1">ประวัติความเป็นมา</a><a class="list-group-item" href="/about.php?m=2">วิสัยทัศน์ / พันธกิจ</a><a class="list-group-item" href="/person.php">บุคลากร</a><a class="list-group-item" href="/law.php">กฎหมายที่เกี่ยวข้อง</a><a class="list-group-item" href="/complain.php">ร้องเรียนการทุจริต</a></div></div>
<div class="panel panel-green"><div class="panel-heading">ข่าวล่าสุด</div><div class="panel-body"><ul class="list-unstyled latest-news">{latest}</ul></div></div>
<div class="panel panel-green"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body text-center counter">{digits}<br><small>วันนี้ 57 | เดือนนี้ 2,310 | {COUNTER_TOTAL} 412,675</small></div></div>
</div>
<div class="col-md-9 col-sm-8 content-col">
<ol class="breadcrumb">{crumb}</ol>
<div class="box-content">{content}</div>
</div>
</div></div>
<footer class="footer"><div class="container"><p><strong>{BRAND}</strong><br>{FOOTER} {PLACE} 41240<br>โทรศัพท์ 0-4229-1101 โทรสาร 0-4229-1102 อีเมล saraban@nonsaard.go.th</p><p class="copyright">Copyright &copy; 2567 {BRAND}. All rights reserved.</p></div></footer>
<div id="cookie-bar" class="cookie-bar"><span>{COOKIE}</span> <a href="/cookie-policy.php">นโยบายคุกกี้</a> <button type="button" class="btn btn-success btn-xs" onclick="acceptCookie()">ยอมรับ</button></div>
<script src="/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="/templates/default/js/main.js?v=2.3"></script>
</body>
</html>
"""

    def listing(self, k):
        n = len(self.pages)
        rows = [(a.path, a.title, a.published, a.views, a.id) for a in self.pages[k]]
        if k == 1:
            d = self.pages[k][4].published
            rows.insert(4, (DELETED, DELETED_TITLE, d, 77, DELETED_ID))
        items = "".join(
            f"""<div class="news-list-item clearfix"><div class="col-xs-4 col-sm-3 thumb"><a href="{p}"><img src="/upload/news/thumb/{i}.jpg" class="img-responsive img-thumbnail" alt=""></a></div><div class="col-xs-8 col-sm-9"><a href="{p}" class="news-list-title">{esc(t)}</a><div class="news-list-meta"><i class="fa fa-calendar"></i> {th_date(d)} &nbsp; <i class="fa fa-eye"></i> {thai_digits(f"{v:,}")}</div></div></div>"""
            for p, t, d, v, i in rows
        )
        opts = "".join(
            f'<option value="{self.page_url(j)}"{" selected" if j == k else ""}>{thai_digits(j + 1)}</option>'
            for j in range(n)
        )
        prev_btn = (
            f"""<button type="button" class="btn btn-default btn-sm" onclick="location.href='{self.page_url(k - 1)}'">&laquo; ก่อนหน้า</button>"""
            if k > 0
            else '<button type="button" class="btn btn-default btn-sm" disabled>&laquo; ก่อนหน้า</button>'
        )
        next_btn = (
            f"""<button type="button" class="btn btn-default btn-sm" onclick="location.href='{self.page_url(k + 1)}'">ถัดไป &raquo;</button>"""
            if k < n - 1
            else '<button type="button" class="btn btn-default btn-sm" disabled>ถัดไป &raquo;</button>'
        )
        total = len(self.articles) + 1
        content = f"""<div class="box-title"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div>
<div class="news-list">{items}</div>
<div class="page-nav text-center"><form class="form-inline" action="{LIST}" method="get" onsubmit="return false;">ทั้งหมด {thai_digits(total)} รายการ &nbsp; {prev_btn} หน้า <select name="page" class="form-control input-sm" onchange="window.location.href=this.value">{opts}</select> จาก {thai_digits(n)} หน้า {next_btn}</form></div>"""
        return self.shell(content, [("/index.php", "หน้าหลัก"), (f"{LIST}?cat=1", "ข่าวประชาสัมพันธ์")])

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]] or self.articles[1:6]

    def article(self, a):
        intro = f'<div class="news-intro"><strong>{esc(a.paras[0])}</strong></div>'
        cover = (
            f'<div class="news-cover text-center"><img src="/upload/news/{a.id}/cover.jpg" class="img-responsive center-block" alt=""><div class="caption">ภาพประกอบข่าว</div></div>'
            if a.extra["image"]
            else ""
        )
        rest = "<br /><br />".join(f"&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras[1:])
        if a.source:
            rest += f"<br /><br />ข่าว/ภาพ : {esc(a.source)}"
        gallery = (
            f'<div class="news-gallery"><div class="gallery-title">{GALLERY}</div><div class="row">'
            + "".join(
                f'<div class="col-xs-4"><a href="/upload/news/{a.id}/g{j}.jpg" data-lightbox="news"><img src="/upload/news/{a.id}/thumb_g{j}.jpg" class="img-thumbnail" alt="ภาพที่ {j}"></a><div class="gallery-caption">ภาพที่ {thai_digits(j)}</div></div>'
                for j in range(1, 4)
            )
            + "</div></div>"
            if a.extra["gallery"]
            else ""
        )
        files = (
            f'<div class="news-download"><i class="fa fa-paperclip"></i> เอกสารประกอบ : <a href="/upload/news/{a.id}/file1.pdf" target="_blank">ดาวน์โหลดไฟล์ (PDF)</a></div>'
            if a.extra["file"]
            else ""
        )
        when = f"โพสต์เมื่อ : {th_date(a.published)}"
        if a.time_printed:
            when += f' <span class="news-time">เวลา {th_time(a.published)}</span>'
        edited = (
            f' <span class="news-edit"><i class="fa fa-pencil"></i> แก้ไขล่าสุด : {th_date(a.modified)} {th_time(a.modified)}</span>'
            if a.modified
            else ""
        )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small class="text-muted">[{th_date(x.published)}]</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="box-title"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div>
<div class="news-tools text-right"><span class="font-size">ขนาดตัวอักษร <a href="javascript:void(0)" onclick="fontSize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontSize(0)">ก</a> <a href="javascript:void(0)" onclick="fontSize(1)">ก+</a></span> <button type="button" class="btn btn-default btn-xs" onclick="window.print()"><i class="fa fa-print"></i> พิมพ์</button></div>
<div class="news-topic">{esc(a.title)}</div>
<div class="news-subtopic">{esc(self.subtopic(a))}</div>
<hr class="hr-news">
{intro}
{cover}
<div class="news-detail">{rest}</div>
{gallery}
{files}
<div class="news-share">{SHARE} : <a href="https://www.facebook.com/sharer/sharer.php?u=http%3A%2F%2Fwww.nonsaard.go.th{a.path.replace("?", "%3F").replace("=", "%3D")}" target="_blank"><img src="/images/share/facebook.png" alt="Facebook"></a> <a href="https://social-plugins.line.me/lineit/share?url=http%3A%2F%2Fwww.nonsaard.go.th{a.path.replace("?", "%3F").replace("=", "%3D")}" target="_blank"><img src="/images/share/line.png" alt="LINE"></a></div>
<div class="news-info"><i class="fa fa-calendar"></i> {when}{edited} &nbsp;|&nbsp; <i class="fa fa-eye"></i> อ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</div>
<div class="news-other"><div class="box-title small">{OTHER}</div><ul>{others}</ul></div>"""
        return self.shell(
            content,
            [
                ("/index.php", "หน้าหลัก"),
                (f"{LIST}?cat=1", "ข่าวประชาสัมพันธ์"),
                (f"{LIST}?cat=1", a.extra["cat"]),
            ],
        )

    def missing(self):
        content = """<div class="box-title"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div>
<div class="news-topic"></div>
<div class="news-subtopic"></div>
<hr class="hr-news">
<div class="alert alert-warning text-center">ไม่พบข้อมูลข่าวที่ท่านต้องการ</div>
<div class="news-detail"></div>
<div class="news-info"><i class="fa fa-calendar"></i> โพสต์เมื่อ :  &nbsp;|&nbsp; <i class="fa fa-eye"></i> อ่าน : ๐ ครั้ง</div>"""
        return self.shell(content, [("/index.php", "หน้าหลัก"), (f"{LIST}?cat=1", "ข่าวประชาสัมพันธ์")])

    def route(self, path, query, raw_query, base):
        if path == LIST:
            if query.get("cat", [""])[0] != "1":
                return None
            page = (query.get("page") or ["1"])[0]
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(page) - 1))
        if path in ("/", "/index.php"):
            return self.html_response(self.listing(0))
        if path == DETAIL:
            nid = (query.get("id") or [""])[0]
            if nid.isdigit() and int(nid) in self.by_id:
                return self.html_response(self.article(self.by_id[int(nid)]))
            if nid == str(DELETED_ID):
                return self.html_response(self.missing())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                self.subtopic(a),
                f"อ่าน : {thai_digits(f'{a.views:,}')} ครั้ง",
                "โพสต์เมื่อ",
                SHARE,
                OTHER,
                "ขนาดตัวอักษร",
                COOKIE,
                FOOTER,
                COUNTER_TOTAL,
                "ข่าวล่าสุด",
                th_date(a.published),
            ]
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            if a.extra["gallery"]:
                must_not += [GALLERY, "ภาพที่ ๒"]
            if a.extra["file"]:
                must_not += ["เอกสารประกอบ", "ดาวน์โหลดไฟล์ (PDF)"]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = TambonSite()

if __name__ == "__main__":
    main(SITE)
