"""Blind-30 red-team site (part C): a **municipality (เทศบาล) portal on a ready-made Thai
local-government web template** (PHP, Zend-style path parameters, Bootstrap 3, Font Awesome 4,
jQuery marquee and lightbox), as thousands of เทศบาล / อบต. offices rent it: เทศบาลตำบลวังทองพัฒนา,
built blind.

What it imitates:
- path-parameter routes `/public/list/data/index/menu/1144` (listing) with **`/page/N` path
  segments**, items `/public/list/data/detail/id/NNNN/menu/1144/page/P` (P = the listing page
  the item was on when linked); `/public/` asset paths, `/index/add_file/` uploads;
- the same `<title>` and `og:title` (the municipality's name) on every page; the banner `h1`
  is the municipality, the panel heading `h3.panel-title` the section, **the headline only in
  `div.title-detail > h4`**; breadcrumb "หน้าแรก / ข่าวประชาสัมพันธ์" without the headline;
- **the date in a meta row as Thai digits with an abbreviated month and a two-digit BE year
  ("๐๕ มี.ค. ๖๗")**, a separate clock icon "๑๔:๒๐ น." only where a time was entered, "ผู้เข้าชม :
  ๑,๒๓๔" (Thai digits) and "โพสต์โดย : <login>"; "แก้ไขล่าสุด : ๐๘ มี.ค. ๖๗ ๑๐:๑๕ น." only on
  edited items;
- inside `div.detail-content`: tool row (ขนาดตัวอักษร ก- ก ก+, พิมพ์), CKEditor paragraphs with
  `&nbsp;` indents, a right-aligned "ข่าว/ภาพ : …" or "ที่มา : …" last paragraph (some),
  a lightbox gallery "รูปภาพประกอบ" (some), "ไฟล์แนบ" with "ดาวน์โหลด" counts (some), "แชร์ :"
  buttons, a Facebook comments box, "ข่าวอื่นๆ ในหมวดเดียวกัน" with Thai-digit dates and a
  "ย้อนกลับ" button; left menu, "ข่าวประชาสัมพันธ์ล่าสุด" marquee, footer counter, PDPA bar.
- listing: `div.media` rows with thumbnails and Thai-digit dates, Bootstrap `ul.pagination`
  with "«" / "»", numbers and "หน้า ๑/๓ ทั้งหมด ๒๔ รายการ".
Deleted: an id removed from the table: the detail template answers 200 with an empty headline,
no date and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "เทศบาลตำบลวังทองพัฒนา"
FULL = "เทศบาลตำบลวังทองพัฒนา อำเภอวังทอง จังหวัดพิษณุโลก"
MENU = 1144
SECTION = "ข่าวประชาสัมพันธ์"
PER_PAGE = 8
LOGINS = ["admin", "pr_wangthong", "saraban01"]
SOURCES = [None, "กองสาธารณสุขและสิ่งแวดล้อม", None, "งานประชาสัมพันธ์ สำนักปลัด", "กองการศึกษา"]
DELETED_ID = 5790
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ ๓๑๒,๐๔๗ คน"
ADDRESS = "๙๙ หมู่ ๔ ตำบลวังทอง อำเภอวังทอง จังหวัดพิษณุโลก ๖๕๑๓๐"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


class PublistSite(BaseSite):
    key = "b30_tessaban_publist"
    family = "generic"
    imitates = "Thai municipality (เทศบาล) portal on a rented local-government template (PHP, Zend-style path params, Bootstrap 3): /public/list/data/detail/id/N/menu/1144/page/P; same <title>/og:title everywhere; headline only in div.title-detail > h4; Thai-digit date '๐๕ มี.ค. ๖๗' (two-digit BE year) with a separate '๑๔:๒๐ น.' only where entered; 'ผู้เข้าชม : ๑,๒๓๔'; 'แก้ไขล่าสุด' on edited items; tool row, right-aligned 'ข่าว/ภาพ :' / 'ที่มา :' last paragraph, gallery, attachments with download counts, share, FB comments, other-news list inside the detail box; listing /public/list/data/index/menu/1144/page/N path pagination; deleted = empty detail template 'ไม่พบข้อมูล'"
    listing_path = f"/public/list/data/index/menu/{MENU}"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 28, 16, 30, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        nid = 5836
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 4
            if nid == DELETED_ID:
                nid -= 1
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = "ข่าว/ภาพ :" if i % 2 else "ที่มา :"
            a.extra["login"] = LOGINS[i % 3]
            a.extra["gallery"] = i % 4 == 2
            a.extra["file"] = i % 5 == 3
            a.tags = []
            if a.modified is not None and a.modified.date() == a.published.date():
                a.modified = a.published + dt.timedelta(days=1, hours=2)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        for k, page in enumerate(self.pages):
            for a in page:
                a.path = f"/public/list/data/detail/id/{a.id}/menu/{MENU}/page/{k + 1}"
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/public/list/data/detail/id/{DELETED_ID}/menu/{MENU}/page/2"

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}/page/{k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb_tail=""):
        latest = "".join(
            f'<a href="{a.path}">{esc(a.title)}</a> &nbsp;&nbsp;|&nbsp;&nbsp; '
            for a in self.articles[:4]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{FULL}</title>
<meta name="keywords" content="{OFFICE}, วังทอง, พิษณุโลก, เทศบาล">
<meta name="description" content="เว็บไซต์{FULL}">
<meta property="og:title" content="{OFFICE}">
<meta property="og:type" content="website">
<meta property="og:image" content="/public/images/logo.png">
<link rel="shortcut icon" href="/public/images/favicon.ico">
<link href="/public/css/bootstrap.min.css" rel="stylesheet">
<link href="/public/css/font-awesome.min.css" rel="stylesheet">
<link href="/public/css/lightbox.css" rel="stylesheet">
<link href="/public/css/style.css?v=3.2" rel="stylesheet">
<script src="/public/js/jquery-1.11.3.min.js"></script>
<script src="/public/js/bootstrap.min.js"></script>
<script src="/public/js/jquery.marquee.min.js"></script>
</head>
<body>
<div id="fb-root"></div>
<div class="topbar"><div class="container"><span><i class="fa fa-phone"></i> ๐-๕๕๓๑-๑๒๔๔</span> <span class="pull-right"><a href="/public/sitemap">แผนผังเว็บไซต์</a> | <a href="/public/contact">ติดต่อเรา</a> | <a href="/admin" rel="nofollow">สำหรับเจ้าหน้าที่</a></span></div></div>
<header class="banner"><div class="container"><img src="/public/images/logo.png" class="logo" alt="logo"><h1 class="site-title">{OFFICE}</h1><p class="site-sub">อำเภอวังทอง จังหวัดพิษณุโลก</p></div></header>
<nav class="navbar navbar-default navbar-main"><div class="container"><ul class="nav navbar-nav">
<li><a href="/">หน้าหลัก</a></li><li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลหน่วยงาน <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="/public/list/data/index/menu/1101">ประวัติความเป็นมา</a></li><li><a href="/public/list/data/index/menu/1102">วิสัยทัศน์/พันธกิจ</a></li></ul></li>
<li><a href="/public/list/data/index/menu/1120">บุคลากร</a></li><li class="active"><a href="/public/list/data/index/menu/{MENU}">{SECTION}</a></li><li><a href="/public/list/data/index/menu/1145">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/public/list/data/index/menu/1190">ITA</a></li><li><a href="/public/list/data/index/menu/1160">กระดานสนทนา</a></li>
</ul></div></nav>
<div class="news-marquee"><div class="container"><span class="label label-danger">ข่าวประชาสัมพันธ์ล่าสุด</span><div class="marquee">{latest}</div></div></div>
<div class="container main-body"><div class="row">
<div class="col-md-3 col-sm-4 left-side">
<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">เมนูหลัก</h3></div><div class="list-group">
<a class="list-group-item" href="/public/list/data/index/menu/1103">โครงสร้างองค์กร</a><a class="list-group-item" href="/public/list/data/index/menu/1104">คณะผู้บริหาร</a><a class="list-group-item" href="/public/list/data/index/menu/1105">สมาชิกสภาเทศบาล</a><a class="list-group-item" href="/public/list/data/index/menu/1130">แผนพัฒนาท้องถิ่น</a><a class="list-group-item" href="/public/list/data/index/menu/1150">กิจกรรมเทศบาล</a><a class="list-group-item" href="/public/list/data/index/menu/1170">ร้องเรียน/ร้องทุกข์</a>
</div></div>
<div class="panel panel-default"><div class="panel-heading"><h3 class="panel-title">นายกเทศมนตรี</h3></div><div class="panel-body text-center"><img src="/index/add_file/mayor.jpg" class="img-responsive" alt=""><p>นายสมหมาย ทองดี<br>นายกเทศมนตรีตำบลวังทองพัฒนา<br>สายตรงนายกฯ ๐๘-๑๒๓๔-๕๖๗๘</p></div></div>
</div>
<div class="col-md-9 col-sm-8">
<ol class="breadcrumb"><li><a href="/">หน้าแรก</a></li><li class="active"><a href="/public/list/data/index/menu/{MENU}">{SECTION}</a></li>{crumb_tail}</ol>
<div class="panel panel-default panel-content"><div class="panel-heading"><h3 class="panel-title"><i class="fa fa-bullhorn"></i> {SECTION}</h3></div>
<div class="panel-body">
{content}
</div></div>
</div>
</div></div>
<footer class="footer"><div class="container"><div class="row"><div class="col-md-8"><p><strong>{OFFICE}</strong><br>{ADDRESS}<br>โทรศัพท์ ๐-๕๕๓๑-๑๒๔๔ โทรสาร ๐-๕๕๓๑-๑๒๔๕ อีเมล saraban@wangthongpattana.go.th</p></div>
<div class="col-md-4 text-right"><p class="counter"><i class="fa fa-users"></i> {SITE_COUNTER}<br>ออนไลน์ ๑๒ คน</p></div></div>
<p class="copyright">Copyright © 2024 {OFFICE} All rights reserved. | ออกแบบและพัฒนาเว็บไซต์โดย บริษัท ท้องถิ่นดิจิทัล จำกัด</p></div></footer>
<div class="cookie-consent" id="pdpa-bar"><p>เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน <a href="/public/list/data/index/menu/1199">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></p><button type="button" class="btn btn-success btn-sm" id="pdpa-accept">ยอมรับทั้งหมด</button></div>
<script src="/public/js/lightbox.min.js"></script>
<script>$('.marquee').marquee({{duration: 15000, pauseOnHover: true}});</script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js#xfbml=1&version=v12.0"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, title, href, a):
        return f"""<div class="media news-list">
  <div class="media-left"><a href="{href}"><img class="media-object" src="/index/add_file/thumb_{a.id}.jpg" width="150" alt=""></a></div>
  <div class="media-body"><h4 class="media-heading"><a href="{href}">{esc(title)}</a></h4>
  <p class="text-muted small"><i class="fa fa-calendar"></i> {tdate(a.published)} &nbsp; <i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</p>
  <a href="{href}" class="btn btn-default btn-xs">อ่านต่อ...</a></div>
</div>
"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return self.listing_path if j == 0 else f"{self.listing_path}/page/{j + 1}"

        dis = ' class="disabled"'
        act = ' class="active"'
        items = [f'<li{dis if k == 0 else ""}><a href="{href(0)}">&laquo;</a></li>']
        for j in range(n):
            items.append(f'<li{act if j == k else ""}><a href="{href(j)}">{j + 1}</a></li>')
        items.append(f'<li{dis if k == n - 1 else ""}><a href="{href(n - 1)}">&raquo;</a></li>')
        info = thai_digits(f"หน้า {k + 1}/{n} ทั้งหมด {len(self.articles) + 1} รายการ")
        return f'<div class="text-center"><ul class="pagination">{"".join(items)}</ul><p class="small text-muted">{info}</p></div>'

    def listing(self, k):
        rows = [self.row(a.title, a.path, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                self.row(
                    "ประชาสัมพันธ์การยื่นแบบชำระภาษีที่ดินและสิ่งปลูกสร้าง ประจำปี ๒๕๖๗",
                    self.deleted,
                    self.pages[1][3],
                ),
            )
        return self.shell("".join(rows) + self.pager(k))

    # ------------------------------------------------------------------ detail

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 3) : i + 4] if x is not a][:5]

    def detail(self, a):
        meta = f'<i class="fa fa-calendar"></i> {tdate(a.published)}'
        if a.time_printed:
            meta += f' &nbsp; <i class="fa fa-clock-o"></i> {ttime(a.published)}'
        meta += f' &nbsp; <i class="fa fa-eye"></i> ผู้เข้าชม : {thai_digits(f"{a.views:,}")} &nbsp; <i class="fa fa-user"></i> โพสต์โดย : {a.extra["login"]}'
        edited = ""
        if a.modified:
            edited = f'<p class="text-muted small edit-date"><i class="fa fa-pencil"></i> แก้ไขล่าสุด : {tdate(a.modified)} {ttime(a.modified)}</p>'
        body = "".join(
            f"<p>{'&nbsp;' * 8 if j % 2 == 0 else ''}{esc(p)}</p>" for j, p in enumerate(a.paras)
        )
        if a.source:
            body += f'<p style="text-align: right;"><strong>{a.extra["label"]}</strong> {esc(a.source)}</p>'
        gallery = ""
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="col-xs-4 col-md-3"><a href="/index/add_file/{a.id}_{p}.jpg" data-lightbox="gallery" class="thumbnail"><img src="/index/add_file/s_{a.id}_{p}.jpg" alt=""></a></div>'
                for p in range(1, 7)
            )
            gallery = f'<div class="gallery"><h5><i class="fa fa-picture-o"></i> รูปภาพประกอบ</h5><div class="row">{pics}</div></div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="attach"><h5><i class="fa fa-paperclip"></i> ไฟล์แนบ</h5><ul class="list-unstyled"><li><i class="fa fa-file-pdf-o"></i> <a href="/index/add_file/P{a.id}.pdf" target="_blank">ดาวน์โหลดเอกสาร</a> <span class="text-muted">(ดาวน์โหลด {thai_digits(a.views // 9)} ครั้ง)</span></li></ul></div>'
        others = "".join(
            f'<li><i class="fa fa-caret-right"></i> <a href="{o.path}">{esc(o.title)}</a> <span class="text-muted small">({tdate(o.published)})</span></li>'
            for o in self.others(a)
        )
        share_url = f"https://www.wangthongpattana.go.th{a.path}"
        content = f"""<div class="news-detail">
<div class="title-detail"><h4>{esc(a.title)}</h4></div>
<p class="text-muted small date-detail">{meta}</p>
{edited}
<div class="tools text-right"><span>ขนาดตัวอักษร</span> <a href="javascript:fontsize(-1)" class="btn btn-xs btn-default">ก-</a> <a href="javascript:fontsize(0)" class="btn btn-xs btn-default">ก</a> <a href="javascript:fontsize(1)" class="btn btn-xs btn-default">ก+</a> <a href="javascript:window.print()" class="btn btn-xs btn-default"><i class="fa fa-print"></i> พิมพ์</a></div>
<div class="detail-content">
{body}
{gallery}
{files}
<div class="share"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" class="btn btn-primary btn-xs"><i class="fa fa-facebook"></i> Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank" class="btn btn-success btn-xs">LINE</a> <a href="https://twitter.com/intent/tweet?url={share_url}" target="_blank" class="btn btn-info btn-xs"><i class="fa fa-twitter"></i> Twitter</a></div>
<div class="fb-comments" data-href="{share_url}" data-width="100%" data-numposts="5"></div>
<div class="other-news"><h5>ข่าวอื่นๆ ในหมวดเดียวกัน</h5><ul class="list-unstyled">{others}</ul></div>
<p><a href="javascript:history.back()" class="btn btn-default btn-sm"><i class="fa fa-arrow-left"></i> ย้อนกลับ</a></p>
</div>
</div>"""
        return self.shell(content)

    def gone(self):
        content = """<div class="news-detail">
<div class="title-detail"><h4></h4></div>
<p class="text-muted small date-detail"><i class="fa fa-calendar"></i>  &nbsp; <i class="fa fa-eye"></i> ผู้เข้าชม : ๐ &nbsp; <i class="fa fa-user"></i> โพสต์โดย : </p>
<div class="detail-content"><div class="alert alert-warning">ไม่พบข้อมูล</div>
<p><a href="javascript:history.back()" class="btn btn-default btn-sm"><i class="fa fa-arrow-left"></i> ย้อนกลับ</a></p></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        pages = {p: k for k, p in enumerate(self.listing_pages())}
        if path in pages:
            return self.html_response(self.listing(pages[path]))
        if path == f"{self.listing_path}/page/1":
            return self.html_response(self.listing(0))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == self.deleted:
            return self.html_response(self.gone())
        if path == "/":
            return 302, {"Location": base + "/public/main/index"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                FULL,
                tdate(a.published),
                f"ผู้เข้าชม : {thai_digits(f'{a.views:,}')}",
                f"โพสต์โดย : {a.extra['login']}",
                "ขนาดตัวอักษร",
                "แชร์ :",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ย้อนกลับ",
                "ข่าวประชาสัมพันธ์ล่าสุด",
                "นายกเทศมนตรีตำบลวังทองพัฒนา",
                SITE_COUNTER,
                ADDRESS,
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "ออกแบบและพัฒนาเว็บไซต์โดย",
            ]
            if a.time_printed:
                must_not.append(ttime(a.published))
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            if a.extra["gallery"]:
                must_not.append("รูปภาพประกอบ")
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ", "ดาวน์โหลดเอกสาร"]
            must_not += [o.title for o in self.others(a)]
            must_not += [x.title for x in self.articles[:4] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = PublistSite()

if __name__ == "__main__":
    main(SITE)
