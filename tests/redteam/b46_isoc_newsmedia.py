"""Blind-46 red-team site (part C): a **regional security-command / ministry-agency portal on a
home-grown PHP front controller** (`index.php?current=<module>`), built blind.  The hard one.

What it imitates (Thai agency portals of this kind: Bootstrap 3, Font Awesome, one
`index.php` routing on `current=`):
- news list `index.php?current=news_media` as a **table** (`table.table-news`): running number,
  the headline link (**cut to 70 characters with "..."**), the date in its own column
  ("๑๘ ธ.ค. ๖๐", Thai digits, two-digit BE) and the reads; paged by **row offset**
  `&start=N` (stride 8) with **overlapping pages**: the site's `LIMIT start-2, 10` makes page 2
  repeat the last four rows of page 1 and page 3 the last two of page 2; "หน้า ๑ ๒ ๓" links;
- detail `index.php?current=news_media_read&id=N`: `<title>` and the `h1` are the portal's name
  and the section ("ข่าวสาร / สื่อ"), **the headline only in `<p class="news-title">`**;
- the date **split over spans** in Thai digits: `<span class="dd">๑๘</span> <span
  class="mm">ธ.ค.</span> <span class="yy">๒๕๖๐</span>` and, for some, `<span class="tt">๑๑:๑๐
  น.</span>`; no machine-readable date anywhere; "แก้ไขล่าสุด" line only for edited items;
- the reads in `<span class="view-count" data-count="1234">๑,๒๓๔</span>` (Thai digits, a script
  refreshes the attribute);
- a share row "Facebook Twitter Pinterest LinkedIn Google+" **above** the text, "PDF DOWNLOAD"
  (some), the office **sign-off as a right-aligned `<p>`** with the office name and a phone line
  (some; no label), "คำค้น :" (some), "ข่าวก่อนหน้า / ข่าวถัดไป" with titles and "ข่าวอื่นๆ"
  inside the content column; visitor counter, cookie bar, footer.
Deleted: an item linked from page 2 whose id now gives the empty detail template
"ไม่พบข้อมูลที่ต้องการ" (200).
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
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

PORTAL = "กองอำนวยการรักษาความมั่นคงภายในภาค ๓ ส่วนแยกฯ จังหวัดเชียงราย"
SECTION = "ข่าวสาร / สื่อ"
LIST = "/index.php?current=news_media"
STRIDE = 8
SHOW = 10
DELETED_ID = 395
DELETED = f"/index.php?current=news_media_read&id={DELETED_ID}"
DELETED_TITLE = "ประชาสัมพันธ์การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป"
OFFICES = [
    ("ฝ่ายประชาสัมพันธ์ กอ.รมน.จังหวัดเชียงราย", "โทร. 0 5371 1234"),
    None,
    ("ศูนย์ประสานงานข่าวสาร ส่วนแยกฯ", "โทร./โทรสาร 0 5371 5678"),
    None,
    None,
]
TAGS = ["ความมั่นคง", "ยาเสพติด", "ชายแดน", "จิตอาสา", "มวลชน", "ภัยพิบัติ"]
SHARE = "Facebook Twitter Pinterest LinkedIn Google+"
PDF = "PDF DOWNLOAD"
OTHER = "ข่าวอื่นๆ"
COUNTER = "จำนวนผู้เข้าชมทั้งหมด ๒,๕๑๗,๓๓๐ ครั้ง"
FOOTER = "ค่ายเม็งรายมหาราช ตำบลเวียง อำเภอเมืองเชียงราย"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน"


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def split_date(d: dt.datetime, with_time: bool) -> str:
    out = (
        f'<span class="dd">{thai_digits(d.day)}</span> <span class="mm">{MONTHS_ABBR[d.month - 1]}</span> '
        f'<span class="yy">{thai_digits(be(d))}</span>'
    )
    if with_time:
        out += f' <span class="tt">{thai_digits(f"{d:%H:%M}")} น.</span>'
    return out


def cut(title: str) -> str:
    return title if len(title) <= 70 else title[:70] + "..."


class NewsMediaSite(BaseSite):
    key = "b46_isoc_newsmedia"
    family = "thaigov"
    imitates = (
        "Thai security-command agency portal on a PHP index.php?current= router: table listing "
        "with offset pager and overlapping pages, headline only in p.news-title, split Thai-digit dates"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 11, 28, 17, 0, tzinfo=TZ), offset=23
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 412 - i * 2 - (i % 4 == 1)
            a.path = f"/index.php?current=news_media_read&id={a.id}"
            off = OFFICES[i % len(OFFICES)]
            a.source = off[0] if off else None
            a.extra["phone"] = off[1] if off else None
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range(i % 3 if i % 2 == 0 else 0)]
            a.views = 35 + (i * 389) % 5200
            a.extra["pdf"] = i % 6 == 4
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        rows = [(a.id, a.title, a.published, a.views) for a in arts]
        d = arts[10].published
        rows.insert(10, (DELETED_ID, DELETED_TITLE, d, 88))
        self.rows = rows
        self.starts = list(range(0, len(rows) - 2, STRIDE))

    def listing_pages(self):
        return [LIST] + [f"{LIST}&start={s}" for s in self.starts[1:]]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, inner, side_title="ข่าวประชาสัมพันธ์"):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{PORTAL}</title>
<meta name="description" content="{PORTAL}">
<link href="css/bootstrap.min.css" rel="stylesheet">
<link href="css/font-awesome.min.css" rel="stylesheet">
<link href="css/style.css?v=2.3" rel="stylesheet">
<script src="js/jquery-1.11.3.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><span class="pull-left"><i class="fa fa-phone"></i> 0 5371 1234</span><span class="pull-right"><a href="index.php?current=sitemap">แผนผังเว็บไซต์</a> | <a href="index.php?current=contact">ติดต่อเรา</a></span></div></div>
<header class="header"><div class="container"><a href="index.php"><img src="images/logo.png" alt="{PORTAL}" class="logo"></a><span class="site-name">{PORTAL}</span></div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="index.php">หน้าหลัก</a></li><li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">เกี่ยวกับหน่วย <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="index.php?current=about&amp;id=1">ประวัติ</a></li><li><a href="index.php?current=about&amp;id=2">โครงสร้าง</a></li></ul></li><li class="active"><a href="index.php?current=news_media">{SECTION}</a></li><li><a href="index.php?current=download">ดาวน์โหลด</a></li><li><a href="index.php?current=webboard">กระดานสนทนา</a></li></ul></div></nav>
<div class="container main">
<div class="row">
<div class="col-md-9 content">
<ol class="breadcrumb"><li><a href="index.php">หน้าหลัก</a></li><li class="active">{SECTION}</li></ol>
<h1 class="page-header"><i class="fa fa-newspaper-o"></i> {SECTION}</h1>
{inner}
</div>
<div class="col-md-3 sidebar">
<div class="panel panel-primary"><div class="panel-heading">{side_title}</div><div class="list-group"><a href="index.php?current=news_media" class="list-group-item">ข่าวประชาสัมพันธ์</a><a href="index.php?current=news_activity" class="list-group-item">ข่าวกิจกรรม</a><a href="index.php?current=news_procure" class="list-group-item">ข่าวจัดซื้อจัดจ้าง</a></div></div>
<div class="panel panel-default"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body stat">วันนี้ ๒๑๔ ครั้ง<br>{COUNTER}</div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>{PORTAL}<br>{FOOTER} จังหวัดเชียงราย ๕๗๐๐๐</p><p class="copyright">Copyright © ๒๕๖๗ All Rights Reserved.</p></div></footer>
<div id="cookie-bar" class="cookie-bar">{COOKIE} <a href="index.php?current=cookie_policy">นโยบายคุกกี้</a> <button type="button" class="btn btn-xs btn-success" onclick="acceptCookie()">ยอมรับ</button></div>
<script src="js/bootstrap.min.js"></script>
<script src="js/main.js"></script>
</body>
</html>
"""

    def listing(self, k):
        s = self.starts[k]
        first = max(0, s - 2)
        rows = self.rows[first : first + SHOW] if k else self.rows[:SHOW]
        trs = "".join(
            f'<tr><td class="text-center">{thai_digits(first + j + 1)}</td><td><a href="index.php?current=news_media_read&amp;id={i}" title="{esc(t)}">{esc(cut(t))}</a></td><td class="text-center nowrap">{short_date(d)}</td><td class="text-center">{thai_digits(v)}</td></tr>'
            for j, (i, t, d, v) in enumerate(rows)
        )
        pages = " ".join(
            (
                f'<li class="active"><span>{thai_digits(j + 1)}</span></li>'
                if j == k
                else f'<li><a href="index.php?current=news_media{"" if st == 0 else f"&amp;start={st}"}">{thai_digits(j + 1)}</a></li>'
            )
            for j, st in enumerate(self.starts)
        )
        inner = f"""<div class="news-list">
<table class="table table-striped table-hover table-news"><thead><tr><th class="text-center" width="6%">ลำดับ</th><th>หัวข้อข่าว</th><th class="text-center" width="14%">วันที่</th><th class="text-center" width="10%">อ่าน</th></tr></thead><tbody>{trs}</tbody></table>
<div class="text-center"><span class="page-label">หน้า</span> <ul class="pagination pagination-sm">{pages}</ul></div>
</div>"""
        return self.shell(inner)

    def neighbours(self, a):
        i = self.articles.index(a)
        return (
            self.articles[i + 1] if i + 1 < len(self.articles) else None,
            self.articles[i - 1] if i > 0 else None,
        )

    def others(self, a):
        return [x for x in self.articles[:6] if x is not a][:5]

    def date_line(self, a):
        line = f'<div class="news-date"><i class="fa fa-calendar"></i> {split_date(a.published, a.time_printed)}'
        line += f' &nbsp; <i class="fa fa-eye"></i> เข้าชม <span class="view-count" data-count="{a.views}">{thai_digits(f"{a.views:,}")}</span> ครั้ง</div>'
        return line

    def article(self, a):
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f'<p style="text-align: right;">{esc(a.source)}<br>{a.extra["phone"]}</p>'
        mod = (
            f'<div class="news-update text-muted">แก้ไขล่าสุด {split_date(a.modified, True)}</div>'
            if a.modified
            else ""
        )
        pdf = (
            f'<div class="news-file"><a href="upload/news/pdf_{a.id}.pdf" target="_blank" class="btn btn-danger btn-sm"><i class="fa fa-file-pdf-o"></i> {PDF}</a></div>'
            if a.extra["pdf"]
            else ""
        )
        tags = (
            '<div class="news-keyword"><i class="fa fa-tags"></i> คำค้น : '
            + ", ".join(
                f'<a href="index.php?current=search&amp;keyword={esc(t)}">{esc(t)}</a>'
                for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        prev, nxt = self.neighbours(a)
        pn = '<div class="row news-nav">'
        pn += (
            f'<div class="col-xs-6"><a href="index.php?current=news_media_read&amp;id={prev.id}"><i class="fa fa-chevron-left"></i> ข่าวก่อนหน้า<br><small>{esc(prev.title)}</small></a></div>'
            if prev
            else '<div class="col-xs-6"></div>'
        )
        pn += (
            f'<div class="col-xs-6 text-right"><a href="index.php?current=news_media_read&amp;id={nxt.id}">ข่าวถัดไป <i class="fa fa-chevron-right"></i><br><small>{esc(nxt.title)}</small></a></div>'
            if nxt
            else '<div class="col-xs-6"></div>'
        )
        pn += "</div>"
        others = "".join(
            f'<li><a href="index.php?current=news_media_read&amp;id={x.id}">{esc(x.title)}</a> <span class="text-muted">({short_date(x.published)})</span></li>'
            for x in self.others(a)
        )
        inner = f"""<div class="news-read">
<p class="news-title">{esc(a.title)}</p>
{self.date_line(a)}
{mod}
<div class="news-share"><a href="https://www.facebook.com/sharer/sharer.php?u=" class="btn btn-xs btn-facebook">Facebook</a> <a href="https://twitter.com/intent/tweet?url=" class="btn btn-xs btn-twitter">Twitter</a> <a href="https://pinterest.com/pin/create/button/?url=" class="btn btn-xs btn-pinterest">Pinterest</a> <a href="https://www.linkedin.com/shareArticle?url=" class="btn btn-xs btn-linkedin">LinkedIn</a> <a href="https://plus.google.com/share?url=" class="btn btn-xs btn-google">Google+</a></div>
{pdf}
<div class="news-detail">{body}</div>
{tags}
<hr>
{pn}
<div class="news-other"><h4><i class="fa fa-list"></i> {OTHER}</h4><ul>{others}</ul></div>
</div>
<script>$.get("ajax/news_count.php?id={a.id}",function(n){{$(".view-count").attr("data-count",n);}});</script>"""
        return self.shell(inner)

    def empty(self):
        inner = """<div class="news-read">
<p class="news-title"></p>
<div class="news-date"><i class="fa fa-calendar"></i> </div>
<div class="news-detail"><div class="alert alert-warning">ไม่พบข้อมูลที่ต้องการ</div></div>
</div>"""
        return self.shell(inner)

    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        cur = qs1(query, "current", "news_media" if path == "/" else "")
        if cur == "news_media":
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) not in self.starts:
                return None
            return self.html_response(self.listing(self.starts.index(int(start))))
        if cur == "news_media_read":
            nid = qs1(query, "id")
            if nid.isdigit() and int(nid) in self.by_id:
                return self.html_response(self.article(self.by_id[int(nid)]))
            return self.html_response(self.empty())
        if path == "/index.php" and not cur:
            return self.html_response(self.listing(0))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                SHARE.split()[3],
                "Google+",
                "เข้าชม",
                thai_digits(f"{a.views:,}"),
                COUNTER,
                FOOTER,
                COOKIE,
                OTHER,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                SECTION,
            ]
            if a.source:
                must_not.append(a.extra["phone"])
            if a.extra["pdf"]:
                must_not.append(PDF)
            if a.tags:
                must_not.append("คำค้น")
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = NewsMediaSite()

if __name__ == "__main__":
    main(SITE)
