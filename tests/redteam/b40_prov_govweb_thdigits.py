"""Blind-40 red-team site (part C): a **Thai provincial office portal on a "GovWeb"-style
PHP template** (Bootstrap 3, jQuery, `/news/view/NNN`, `/news/category/1/page/N`), the
provincial administration office of a province (ที่ทำการปกครองจังหวัด), built blind.

What makes it hard:
- `<title>` is the office name on every page, `h1` is the logo text, `h2` the section
  ("ข่าวประชาสัมพันธ์"); the headline is only in `div.news-topic` (and `og:title`);
- **every number is printed in Thai digits**: the date line "วันที่ ๑๕ มกราคม ๒๕๖๘"
  with "เวลา ๑๐.๓๐ น." on some items, "ปรับปรุงเมื่อ ๑๘ ม.ค. ๒๕๖๘ ๑๔.๒๐ น." on edited
  items, the counter "เปิดอ่าน ๑,๒๐๕ ครั้ง", and the pager numbers; no machine date at all;
- **path-style pager** `/news/category/1/page/2` whose numbered links print Thai digits
  ("๑ ๒ ๓") and the next link reads "หน้าถัดไป »";
- "ข่าว : <office>" sign-off line (some) at the end of the text inside the same box;
  font-size / print / share tools above the text, prev/next with neighbour titles,
  "ข่าวอื่นๆ ในหมวดเดียวกัน" inside the box, Facebook comments, site counter in the footer.
Deleted: `/news/view/<id>` answering 200 with the empty detail template "ไม่พบข้อมูลที่ต้องการ".
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "ที่ทำการปกครองจังหวัดลำปาง"
HOST = "https://www.lampang.dopa.go.th"
PER_PAGE = 9
SOURCES = [
    "ฝ่ายอำนวยการ ที่ทำการปกครองจังหวัดลำปาง",
    None,
    "ที่ทำการปกครองอำเภอเกาะคา",
    None,
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดลำปาง",
]
DELETED_ID = 3388
COUNTER = "ผู้เข้าชมเว็บไซต์ ๑,๒๔๕,๘๘๐ คน"
PDPA = "เว็บไซต์นี้มีการจัดเก็บคุกกี้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน อำเภอเมืองลำปาง"
OTHER = "ข่าวอื่นๆ ในหมวดเดียวกัน"


def th_date(d):
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_abbr(d):
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_time(d):
    return thai_digits(f"{d:%H.%M}") + " น."


class GovWebSite(BaseSite):
    key = "b40_prov_govweb_thdigits"
    family = "provincial"
    imitates = "Thai provincial office portal on a GovWeb-style PHP template (Bootstrap 3): <title> = office, h1 = logo, headline only in div.news-topic; all numbers in Thai digits (date 'วันที่ ๑๕ มกราคม ๒๕๖๘', 'เวลา ๑๐.๓๐ น.' on some, 'ปรับปรุงเมื่อ ๑๘ ม.ค. ๒๕๖๘ ๑๔.๒๐ น.' on edited, 'เปิดอ่าน ๑,๒๐๕ ครั้ง'), no machine date; 'ข่าว : office' sign-off (some); tools, share, prev/next titles, other-news list inside the box; path pager /news/category/1/page/N with Thai-digit numbers; deleted = empty template 'ไม่พบข้อมูลที่ต้องการ'"
    listing_path = "/news/category/1"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2025, 6, 10, 16, 0, tzinfo=TZ), offset=2417
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3452
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            if a.id == DELETED_ID:
                nid -= 1
                a.id = nid
                nid -= 1
            a.path = f"/news/view/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}/page/{k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news/view/{DELETED_ID}"]

    def shell(self, content, head=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{OFFICE}</title>
{head}<link href="/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="/assets/css/govweb.css?v=2.4" rel="stylesheet">
<script src="/assets/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{th_date(dt.datetime(2025, 6, 10))}</span><div class="fontsize-tool pull-right">ขนาดตัวอักษร <a href="#" class="font-small">ก-</a> <a href="#" class="font-normal">ก</a> <a href="#" class="font-large">ก+</a></div></div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/assets/images/logo-dopa.png" alt="logo"></a><h1 class="site-name">{OFFICE}<small>Lampang Provincial Administration Office</small></h1></div></header>
<nav class="navbar navbar-default navbar-main"><div class="container"><ul class="nav navbar-nav"><li><a href="/">หน้าหลัก</a></li><li class="dropdown"><a href="#">เกี่ยวกับหน่วยงาน</a></li><li class="active"><a href="/news/category/1">ข่าวประชาสัมพันธ์</a></li><li><a href="/news/category/2">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container main-container"><div class="row"><div class="col-md-9 col-content">
<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active"><a href="/news/category/1">ข่าวประชาสัมพันธ์</a></li></ol>
<h2 class="title-section"><span>ข่าวประชาสัมพันธ์</span></h2>
{content}
</div>
<div class="col-md-3 col-sidebar"><div class="panel panel-default"><div class="panel-heading">ลิงก์หน่วยงาน</div><ul class="list-group"><li class="list-group-item"><a href="https://www.dopa.go.th">กรมการปกครอง</a></li><li class="list-group-item"><a href="https://www.lampang.go.th">จังหวัดลำปาง</a></li><li class="list-group-item"><a href="https://www.damrongdhama.moi.go.th">ศูนย์ดำรงธรรม</a></li></ul></div></div>
</div></div>
<footer class="footer"><div class="container"><p>{OFFICE} {FOOTER} ๕๒๐๐๐</p><p>โทรศัพท์ ๐-๕๔๒๖-๕๐๑๐</p><p class="counter">{COUNTER}</p></div></footer>
<div id="pdpa-bar" class="cookie-consent"><p>{PDPA}</p><a href="/privacy" class="btn btn-link">นโยบายความเป็นส่วนตัว</a><button class="btn btn-primary btn-accept">ยอมรับ</button></div>
</body>
</html>
"""

    def card(self, nid, title, a):
        return f"""<div class="col-sm-4 news-item"><div class="thumbnail"><a href="/news/view/{nid}"><img src="/uploads/news/thumb_{nid}.jpg" alt="" class="img-responsive"></a><div class="caption"><div class="news-title"><a href="/news/view/{nid}">{esc(title)}</a></div><div class="news-meta"><i class="fa fa-calendar"></i> {th_abbr(a.published)} <i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</div></div></div></div>"""

    def pager(self, k):
        n = len(self.pages)

        def href(j):
            return self.listing_path if j == 0 else f"{self.listing_path}/page/{j + 1}"

        items = []
        if k > 0:
            items.append(f'<li><a href="{href(k - 1)}">« หน้าก่อน</a></li>')
        for j in range(n):
            cls = ' class="active"' if j == k else ""
            items.append(f'<li{cls}><a href="{href(j)}">{thai_digits(j + 1)}</a></li>')
        if k < n - 1:
            items.append(f'<li><a href="{href(k + 1)}">หน้าถัดไป »</a></li>')
        total = thai_digits(len(self.articles) + 1)
        return f'<div class="text-center"><p class="page-info">ทั้งหมด {total} รายการ</p><ul class="pagination">{"".join(items)}</ul></div>'

    def listing(self, k):
        rows = [self.card(a.id, a.title, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                2,
                self.card(
                    DELETED_ID, "ขอยกเลิกข่าวประชาสัมพันธ์การรับสมัครอาสารักษาดินแดน", self.pages[1][2]
                ),
            )
        return self.shell(f'<div class="row news-list">{"".join(rows)}</div>{self.pager(k)}')

    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 6]] or self.articles[:4]

    def detail(self, a):
        url = f"{HOST}{a.path}"
        when = f"วันที่ {th_date(a.published)}"
        if a.time_printed:
            when += f" เวลา {th_time(a.published)}"
        upd = ""
        if a.modified:
            upd = f'<span class="news-update">ปรับปรุงเมื่อ {th_abbr(a.modified)} {th_time(a.modified)}</span>'
        body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p>ข่าว : {esc(a.source)}</p>"
        imgs = ""
        if a.id % 3 == 0:
            imgs = f'<div class="news-gallery row"><div class="col-xs-4"><a href="/uploads/news/{a.id}_1.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.id}_1_s.jpg" class="img-responsive"></a></div><div class="col-xs-4"><a href="/uploads/news/{a.id}_2.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.id}_2_s.jpg" class="img-responsive"></a></div></div>'
        prev, nxt = self.neighbours(a)
        pn = '<div class="row news-prevnext">'
        if prev:
            pn += f'<div class="col-xs-6"><a href="{prev.path}"><small>« ข่าวก่อนหน้า</small><br>{esc(prev.title)}</a></div>'
        if nxt:
            pn += f'<div class="col-xs-6 text-right"><a href="{nxt.path}"><small>ข่าวถัดไป »</small><br>{esc(nxt.title)}</a></div>'
        pn += "</div>"
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="text-muted">({th_abbr(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""<div class="news-detail panel panel-default"><div class="panel-body">
<div class="news-topic">{esc(a.title)}</div>
<div class="news-info"><span class="news-date"><i class="fa fa-clock-o"></i> {when}</span> {upd} <span class="news-view"><i class="fa fa-eye"></i> เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span></div>
<div class="news-tools"><a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="fa fa-print"></i> พิมพ์หน้านี้</a> <a href="https://www.facebook.com/sharer/sharer.php?u={url}" class="btn btn-primary btn-xs">แชร์ Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" class="btn btn-success btn-xs">แชร์ LINE</a></div>
<div class="news-content">{body}</div>
{imgs}
{pn}
<div class="news-others"><h4>{OTHER}</h4><ul>{others}</ul></div>
<div class="fb-comments" data-href="{url}" data-width="100%" data-numposts="5"></div>
</div></div>"""
        head = f'<meta property="og:title" content="{esc(a.title)}">\n<meta property="og:url" content="{url}">\n<meta property="og:image" content="{HOST}/uploads/news/thumb_{a.id}.jpg">\n'
        return self.shell(content, head)

    def deleted(self):
        content = """<div class="news-detail panel panel-default"><div class="panel-body"><div class="news-topic"></div><div class="news-info"><span class="news-date"><i class="fa fa-clock-o"></i> วันที่ </span> <span class="news-view"><i class="fa fa-eye"></i> เปิดอ่าน ๐ ครั้ง</span></div><div class="news-content"><div class="alert alert-warning">ไม่พบข้อมูลที่ต้องการ</div></div></div></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        path = path.rstrip("/") or "/"
        if path == self.listing_path:
            return self.html_response(self.listing(0))
        if path.startswith(self.listing_path + "/page/"):
            k = path.rsplit("/", 1)[1]
            if not k.isdigit() or not 2 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/news/view/{DELETED_ID}":
            return self.html_response(self.deleted())
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            prev, nxt = self.neighbours(a)
            must_not = [
                f"เปิดอ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "ปรับปรุงเมื่อ",
                "พิมพ์หน้านี้",
                "แชร์ Facebook",
                "แชร์ LINE",
                "ขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                OTHER,
                COUNTER,
                PDPA,
                FOOTER,
                "ลิงก์หน่วยงาน",
                "Lampang Provincial Administration Office",
            ]
            must_not += [x.title for x in (prev, nxt) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = GovWebSite()

if __name__ == "__main__":
    main(SITE)
