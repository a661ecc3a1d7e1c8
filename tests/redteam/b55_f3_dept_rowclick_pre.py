r"""Blind-55 red-team site (part A): a department's news (กรมส่งเสริมสหกรณ์-like, its public
relations group) rebuilt around 2016 on **PHP Fat-Free Framework 3.6** (F3 routes
`GET /news`, `GET /news/page/@page`, `GET /news/view/@id`, F3 templates, Bootstrap 3, the
F3-Sugar Pagination plug-in's page browser), on IIS, over the database of the old site whose
`news_detail.php?id=N` addresses are kept as redirect stubs. Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): F3's routing and template documentation
(f3-factory/F3com-data "Views and Templates": `{{ @name }}`, `<repeat group=…>`,
`<check if=…>`, `View` / `Template` classes, `GET /path/@token` routes) and the F3-Sugar
**Pagination** plug-in (ikkez/F3-Sugar `Pagination/pagebrowser.html`: a Bootstrap
`ul.pagination` with "First", chevron-left / chevron-right glyphicons, the range of page
numbers with `li.active`, "Last [N]" and "Page <b>N</b> of <b>M</b>" under it; the route token
`/list/@page`; links built as `{{@BASE, @pg.route, …}}`). Bootstrap 3's table / panel
markup, jQuery clickable rows, F3's `@BASE` turning into a backslash on IIS, IIS answering
`\` as `/`, and a `meta refresh` redirect stub are from memory. No one's code or text was
copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: listing rows that navigate by script only**: the headline cell has no `<a>`; each
  `<tr>` carries `onclick="location.href='news_detail.php?id=N'"` (the old address, one row in
  two), `data-href="/news/view/N"` with a jQuery click handler (most others) or
  `onclick="window.open('/news/view/N','_self')"` (one in five);
- **NEW: moved addresses**: `/news_detail.php?id=N` answers 200 with a
  `<meta http-equiv="refresh" content="0; url=/news/view/N">` page (and `location.replace`);
  the record is the new address `/news/view/N`;
- **NEW: links with backslashes**: the page browser's hrefs are `\news\page\2` (F3's `@BASE`
  on IIS) and the article page's "ข่าวอื่น ๆ" list links `\news\view\N`; IIS answers both
  spellings;
- **NEW: the listing in ascending order** (`ORDER BY news_id ASC`): page 1 holds the oldest
  items, page 3 the newest;
- **NEW: the date as a database datetime in BE, "วันที่ลงข่าว : 2567-03-05 10:30:00"**;
  items whose time was never entered print "2567-03-05 00:00:00" (a day); the listing prints
  "5 มี.ค. '67" (**an apostrophe year**);
- **NEW: the text of one item in three in a `<pre>` block** (a plain-text release pasted as
  is: hard line breaks at spaces, blank lines between paragraphs, the source line inside) and
  **of two items in a read-only `<textarea>`** (the old back-office viewer);
- **NEW: the view counter written by script**: "อ่าน <script>document.write("1,234");</script>
  <noscript>1,234</noscript> ครั้ง";
- **NEW: a `Last-Modified` HTTP header on every item while the page prints no modification
  date** (`modified_at` stays null);
- sources "ข่าว : …" / "ที่มา : …" / "เรียบเรียง : …" as the last line (one in five none);
  tags "คำค้น :" links;
- furniture: `<title>` "ข่าวประชาสัมพันธ์ :: office" on every page, breadcrumb, "พิมพ์หน้านี้",
  font size buttons, "แบ่งปัน : Facebook LINE", "ข่าวอื่น ๆ" (titles, dates), "ย้อนกลับ",
  sidebar "เมนูหลัก", "ลิงก์หน่วยงาน", footer visitor counter, PDPA bar;
- deleted item (linked from page 2 by a row's `data-href`): **200 with the template, empty
  fields and "ไม่พบข้อมูลข่าวที่ต้องการ"**.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import html
import re
import textwrap
from urllib.parse import unquote

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
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมส่งเสริมสหกรณ์"
UNIT = "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
SOURCES = [
    ("ข่าว", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ที่มา", "สำนักพัฒนาและถ่ายทอดเทคโนโลยีการสหกรณ์"),
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ กรมส่งเสริมสหกรณ์"),
    ("ที่มา", "สำนักงานสหกรณ์จังหวัดขอนแก่น"),
    None,
]
TAGS = ["สหกรณ์", "สหกรณ์การเกษตร", "ธนาคารเพื่อการเกษตร", "กลุ่มเกษตรกร", "เกษตรกร"]
OTHER = "ข่าวอื่น ๆ"
PRINT = "พิมพ์หน้านี้"
FONT = "ขนาดตัวอักษร"
SHARE = "แบ่งปัน :"
BACK = "ย้อนกลับ"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ 1,208,455 ครั้ง"
PDPA = "กรมส่งเสริมสหกรณ์ใช้คุกกี้เพื่อพัฒนาการให้บริการ ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุ้มครองข้อมูลส่วนบุคคล"
MENU = "เมนูหลัก"
LINKS = "ลิงก์หน่วยงาน"
DELETED_ID = 4107
DELETED_TITLE = "ประกาศรายชื่อผู้ผ่านการคัดเลือกเข้ารับการอบรมหลักสูตรผู้ตรวจสอบกิจการสหกรณ์"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ต้องการ"


def apos(d: dt.datetime) -> str:
    """ "5 มี.ค. '67\""""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} '{str(be(d))[-2:]}"


def db_be(d: dt.datetime, with_time: bool) -> str:
    """'2567-03-05 10:30:00' (or 00:00:00 when no time was entered)"""
    t = f"{d.hour:02d}:{d.minute:02d}:{d.second:02d}" if with_time else "00:00:00"
    return f"{be(d)}-{d.month:02d}-{d.day:02d} {t}"


class F3Site(BaseSite):
    key = "b55_f3_dept_rowclick_pre"
    family = "generic"
    imitates = (
        "department PR news on PHP Fat-Free Framework 3.6 (Bootstrap 3, F3-Sugar pagination) "
        "on IIS: listing rows navigating only by onclick / data-href / window.open; old "
        "news_detail.php?id=N addresses answering a meta refresh to /news/view/N; backslash "
        "hrefs (\\news\\page\\2); ascending listing; BE datetime '2567-03-05 10:30:00' and "
        '"5 มี.ค. \'67"; text in <pre> or a read-only <textarea>; document.write view '
        "counter; Last-Modified header with no printed modified date"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 4, 2, 16, 0, tzinfo=TZ), offset=31
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 4100 + (n - i) * 2
            a.path = f"/news/view/{a.id}"
            if a.time_printed:
                a.published = a.published.replace(second=(a.id * 11) % 60)
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)]
            a.extra["lastmod"] = a.modified or (a.published + dt.timedelta(minutes=17))
            a.modified = None
            a.extra["form"] = "pre" if i % 3 == 1 else ("textarea" if i in (5, 14) else "p")
            a.extra["nav"] = ("old", "data", "old", "open", "data")[i % 5]
        self.articles = arts  # newest first
        self.by_id = {a.id: a for a in arts}
        self.ascending = list(reversed(arts))
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news/page/2", "/news/page/3"]

    def deleted_paths(self):
        return [f"/news/view/{DELETED_ID}"]

    # ------------------------------------------------------------------ pieces
    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 5, 9)]

    def shell(self, main_html, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SECTION} :: {OFFICE}</title>
<link href="/ui/css/bootstrap.min.css" rel="stylesheet">
<link href="/ui/css/style.css?v=2016" rel="stylesheet">
{head_extra}
<script src="/ui/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="topbar hidden-xs"><div class="container"><span class="pull-right">{FONT} <a href="#" class="fs-minus">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-plus">ก+</a></span><a href="/en/">English</a></div></div>
<header class="header"><div class="container"><a href="/"><img src="/ui/img/logo-cpd.png" alt="{OFFICE}" height="80"></a><span class="site-name">{OFFICE}<br><small>Cooperative Promotion Department</small></span></div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับกรม</a></li><li class="active"><a href="/news">{SECTION}</a></li><li><a href="/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></div></nav>
<div class="container">
<div class="row">
<div class="col-md-9" id="main-content">
{main_html}
</div>
<div class="col-md-3 sidebar">
<div class="panel panel-primary"><div class="panel-heading">{MENU}</div><div class="list-group"><a class="list-group-item" href="/news">{SECTION}</a><a class="list-group-item" href="/activity">ข่าวกิจกรรม</a><a class="list-group-item" href="/announce">ประกาศกรม</a><a class="list-group-item" href="/ita">ITA</a></div></div>
<div class="panel panel-default"><div class="panel-heading">{LINKS}</div><div class="list-group"><a class="list-group-item" href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a><a class="list-group-item" href="https://www.cad.go.th/">กรมตรวจบัญชีสหกรณ์</a></div></div>
</div>
</div>
</div>
<footer class="footer"><div class="container"><p>{OFFICE} {UNIT} 12 ถนนกรุงเกษม แขวงบ้านพานถม เขตพระนคร กรุงเทพฯ 10200</p><p>{COUNTER}</p></div></footer>
<div class="pdpa-bar" id="pdpa"><div class="container">{PDPA} <button type="button" class="btn btn-success btn-xs" onclick="document.getElementById('pdpa').style.display='none'">ยอมรับ</button></div></div>
<script src="/ui/js/bootstrap.min.js"></script>
<script>
jQuery(function ($) {{
    $('.clickable-row').click(function () {{ window.location = $(this).data('href'); }});
}});
</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def row(self, a, no):
        nav = a.extra["nav"]
        if nav == "old":
            attrs = f'onclick="location.href=\'news_detail.php?id={a.id}\'" style="cursor:pointer"'
        elif nav == "open":
            attrs = f"onclick=\"window.open('/news/view/{a.id}','_self')\" style=\"cursor:pointer\""
        else:
            attrs = f'class="clickable-row" data-href="/news/view/{a.id}" style="cursor:pointer"'
        return f"""<tr {attrs}>
<td class="text-center">{no}</td>
<td><span class="glyphicon glyphicon-file"></span> {esc(a.title)}</td>
<td class="text-center" nowrap>{apos(a.published)}</td>
</tr>"""

    def render_listing(self, page: int):
        pages = paginate(self.ascending, PER)
        if not 1 <= page <= len(pages):
            return None
        rows = [self.row(a, (page - 1) * PER + k + 1) for k, a in enumerate(pages[page - 1])]
        if page == 2:
            rows.insert(
                5,
                f"""<tr class="clickable-row" data-href="/news/view/{DELETED_ID}" style="cursor:pointer">
<td class="text-center">-</td>
<td><span class="glyphicon glyphicon-file"></span> {esc(DELETED_TITLE)}</td>
<td class="text-center" nowrap>7 มี.ค. '67</td>
</tr>""",
            )
        last = len(pages)

        def pl(k):
            return f"\\news\\page\\{k}"

        pager = ['<ul class="pagination">']
        if page > 1:
            pager.append(f'<li><a href="{pl(1)}">First</a></li>')
            pager.append(
                f'<li><a href="{pl(page - 1)}"><i class="glyphicon glyphicon-chevron-left"></i></a></li>'
            )
        for k in range(1, last + 1):
            act = ' class="active"' if k == page else ""
            pager.append(f'<li{act}><a href="{pl(k)}">{k}</a></li>')
        if page < last:
            pager.append(
                f'<li><a href="{pl(page + 1)}"><i class="glyphicon glyphicon-chevron-right"></i></a></li>'
            )
            pager.append(f'<li><a href="{pl(last)}">Last [{last}]</a></li>')
        pager.append("</ul>")
        pager.append(f"<br>หน้า <b>{page}</b> จาก <b>{last}</b>")
        main_html = f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li class="active">{SECTION}</li></ol>
<div class="panel panel-primary">
<div class="panel-heading"><h1 class="panel-title">{SECTION}</h1></div>
<div class="panel-body">
<table class="table table-striped table-hover table-news">
<thead><tr><th class="text-center" width="8%">ลำดับ</th><th>หัวข้อข่าว</th><th class="text-center" width="16%">วันที่</th></tr></thead>
<tbody>
{chr(10).join(rows)}
</tbody>
</table>
<div class="text-center">
{chr(10).join(pager)}
</div>
</div>
</div>"""
        return self.html_response(self.shell(main_html))

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        lines = list(a.paras)
        src = f"{a.extra['src_label']} : {a.source}" if a.source else None
        form = a.extra["form"]
        if form == "pre":
            blocks = [
                textwrap.fill(p, 76, break_long_words=False, break_on_hyphens=False) for p in lines
            ]
            if src:
                blocks.append(src)
            return f'<pre class="news-text">{esc(chr(10).join(b + chr(10) for b in blocks))}</pre>'
        if form == "textarea":
            blocks = list(lines) + ([src] if src else [])
            return f'<textarea class="form-control news-text" rows="22" readonly="readonly">{esc((chr(10) * 2).join(blocks))}</textarea>'
        out = [f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in lines]
        out.insert(
            1,
            f'<p class="text-center"><img src="/upload/news/{a.id}_1.jpg" class="img-responsive" alt=""></p>',
        )
        if src:
            out.append(f'<p class="text-right"><b>{esc(src)}</b></p>')
        return "\n".join(out)

    def render_article(self, a):
        d = a.published
        tags = ", ".join(f'<a href="/news/tag/{esc(t)}">{esc(t)}</a>' for t in a.tags)
        others = "".join(
            f'<li><a href="\\news\\view\\{x.id}">{esc(x.title)}</a> <small class="text-muted">({apos(x.published)})</small></li>'
            for x in self.others(a)
        )
        u = f"https://www.cpd.go.th/news/view/{a.id}"
        main_html = f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/news">{SECTION}</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="panel panel-primary news-detail">
<div class="panel-heading"><h3 class="panel-title">{esc(a.title)}</h3></div>
<div class="panel-body">
<table class="table table-condensed news-info">
<tr><th width="20%">วันที่ลงข่าว :</th><td>{db_be(d, a.time_printed)}</td></tr>
<tr><th>ผู้ลงข่าว :</th><td>pr_admin</td></tr>
<tr><th>การเข้าชม :</th><td>อ่าน <script type="text/javascript">document.write("{a.views:,}");</script><noscript>{a.views:,}</noscript> ครั้ง</td></tr>
</table>
<div class="news-body">
{self.body_html(a)}
</div>
<p class="news-tags">คำค้น : {tags}</p>
<div class="news-tools"><a href="javascript:window.print()" class="btn btn-default btn-sm"><span class="glyphicon glyphicon-print"></span> {PRINT}</a> {SHARE} <a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank">LINE</a> <a href="javascript:history.back()" class="btn btn-default btn-sm">{BACK}</a></div>
</div>
</div>
<div class="panel panel-default">
<div class="panel-heading">{OTHER}</div>
<div class="panel-body"><ul class="other-news">{others}</ul></div>
</div>"""
        status, headers, body = self.html_response(self.shell(main_html))
        headers["Last-Modified"] = email.utils.format_datetime(
            a.extra["lastmod"].astimezone(dt.UTC), usegmt=True
        )
        return status, headers, body

    def render_deleted(self):
        main_html = f"""<ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/news">{SECTION}</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="panel panel-primary news-detail">
<div class="panel-heading"><h3 class="panel-title"></h3></div>
<div class="panel-body">
<table class="table table-condensed news-info">
<tr><th width="20%">วันที่ลงข่าว :</th><td></td></tr>
<tr><th>ผู้ลงข่าว :</th><td></td></tr>
<tr><th>การเข้าชม :</th><td>อ่าน <script type="text/javascript">document.write("0");</script><noscript>0</noscript> ครั้ง</td></tr>
</table>
<div class="news-body">
<div class="alert alert-warning">{NOT_FOUND}</div>
</div>
<div class="news-tools"><a href="javascript:history.back()" class="btn btn-default btn-sm">{BACK}</a></div>
</div>
</div>"""
        return self.html_response(self.shell(main_html))

    def render_stub(self, aid: int):
        new = f"/news/view/{aid}"
        return self.html_response(
            f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta http-equiv="refresh" content="0; url={new}">
<title>{OFFICE}</title>
<script type="text/javascript">location.replace("{new}");</script>
</head>
<body>
<p>กำลังนำท่านไปยังหน้าข่าว หากไม่เปลี่ยนหน้าอัตโนมัติ <a href="{new}">คลิกที่นี่</a></p>
</body>
</html>
"""
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).replace("\\", "/")
        path = re.sub(r"/{2,}", "/", path)
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path in ("/news", "/news/"):
            return self.render_listing(1)
        m = re.fullmatch(r"/news/page/(\d+)/?", path)
        if m:
            return self.render_listing(int(m[1]))
        if path.lower().endswith("/news_detail.php"):  # IIS rewrite rule news_detail\.php$
            v = query.get("id", [""])[0]
            if v.isdigit() and (int(v) in self.by_id or int(v) == DELETED_ID):
                return self.render_stub(int(v))
            return self.render_deleted()
        m = re.fullmatch(r"/news/view/(\d+)/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return self.render_deleted()
            return self.render_article(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = html.unescape(self.render_article(a)[2].decode("utf-8"))
            must_not = [
                f"{a.views:,}",
                "วันที่ลงข่าว",
                "ผู้ลงข่าว",
                "pr_admin",
                "การเข้าชม",
                "คำค้น :",
                PRINT,
                FONT,
                SHARE,
                BACK,
                OTHER,
                COUNTER,
                PDPA,
                MENU,
                LINKS,
                "Cooperative Promotion Department",
                *[x.title for x in self.others(a)],
            ]
            must_not = [s for s in must_not if s in page]
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = F3Site()

if __name__ == "__main__":
    main(SITE)
