"""Blind-8 red-team site: a Thai local-government web package (the kind a vendor sells to
อบต. / เทศบาล: CodeIgniter underneath, Bootstrap 3, one template for hundreds of sites), built
blind.

What it imitates:
- vendor chrome: banner with the อบต. name and the chief executive's photo ("นายก อบต."),
  a left column of menus (ข้อมูลพื้นฐาน, ITA, e-Service, ...), a running `marquee`, a hit
  counter "สถิติผู้เข้าชม" and `<title>` = the อบต. name on every page;
- the listing `/news/list/3` is a table "ข่าวประชาสัมพันธ์" with Thai-digit order numbers, the
  headline as *plain text*, the date `๑๕ ก.พ. ๖๗`, the count, and a button "รายละเอียด" that is
  the only link to the item (e-GP style); CodeIgniter pagination with the *offset* as a path
  segment: `/news/list/3/10`, `/news/list/3/20` ("« หน้าแรก", "‹", numbers, "›", "หน้าสุดท้าย »");
- the item `/news/detail/12345`: `div.panel` whose heading is the section name, the headline a
  bold `h4`, a meta line "วันที่ ๑๕ ก.พ. ๖๗ เวลา ๑๐.๓๐ น. | อ่านแล้ว ๑,๒๓๔ ครั้ง" (Thai digits,
  two-digit BE year, the time only for some), the text as `&nbsp;`-indented `<p>`, a photo
  gallery "ภาพกิจกรรม", "ไฟล์แนบ" with "ดาวน์โหลด", share buttons, "ย้อนกลับ", and
  "ข่าวประชาสัมพันธ์อื่นๆ" with dates, all in the same panel body; the sign-off is the office
  name alone on the last line (right-aligned);
- no modified date, no tags;
- the deleted item answers 200 with the panel and "ไม่พบข้อมูลที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, main, paginate, thai_digits
from .b8_common import be_short_th, build, record, thai_num

SITE_NAME = "องค์การบริหารส่วนตำบลหนองแวง อำเภอเมือง จังหวัดร้อยเอ็ด"
SHORT = "อบต.หนองแวง"
SOURCES = ["งานประชาสัมพันธ์ อบต.หนองแวง", "สำนักปลัด อบต.หนองแวง", None]
PER_PAGE = 10
LISTING = "/news/list/3"
DELETED = "/news/detail/12391"


class LocalGovSite(BaseSite):
    key = "b8_opt_localgov"
    family = "generic"
    imitates = "Thai local-government web package (อบต., CodeIgniter + Bootstrap 3): table listing with plain-text headlines and a 'รายละเอียด' button as the only link, offset pager /news/list/3/10, /news/detail/12345, 'วันที่ ๑๕ ก.พ. ๖๗ เวลา ๑๐.๓๐ น. | อ่านแล้ว ๑,๒๓๔ ครั้ง', office name alone as sign-off, gallery / attachments / other news in the panel, <title> = office name"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 24, 11, SOURCES, dt.datetime(2024, 3, 8, 16, 0), first_id=12300, step=4
        )
        for a in self.articles:
            a.path = f"/news/detail/{a.id}"
            a.modified = None
            a.tags = []
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}/{k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    def shell(self, base, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SITE_NAME}</title>
<meta name="keywords" content="{SHORT}, หนองแวง, ร้อยเอ็ด, องค์การบริหารส่วนตำบล">
<link href="{base}/assets/bootstrap/css/bootstrap.min.css" rel="stylesheet">
<link href="{base}/assets/css/template07.css?v=2.4" rel="stylesheet">
<link href="{base}/assets/fancybox/jquery.fancybox.css" rel="stylesheet">
</head>
<body>
<div class="container" id="wrapper">
<div id="banner"><img src="{base}/uploads/banner/banner_2567.jpg" class="img-responsive" alt="{SITE_NAME}"><div class="mayor"><img src="{base}/uploads/mayor/mayor.png" alt="นายก อบต."><p>นายสมชาย ใจดี<br>นายกองค์การบริหารส่วนตำบลหนองแวง</p></div></div>
<nav class="navbar navbar-default navbar-main"><ul class="nav navbar-nav">
<li><a href="{base}/">หน้าหลัก</a></li><li><a href="{base}/page/view/1">ข้อมูลพื้นฐาน</a></li><li><a href="{base}/page/view/2">โครงสร้างหน่วยงาน</a></li><li class="active"><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li><li><a href="{base}/news/list/4">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="{base}/webboard">กระดานถามตอบ</a></li><li><a href="{base}/contact">ติดต่อเรา</a></li></ul></nav>
<div class="marquee-bar"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">ยินดีต้อนรับสู่เว็บไซต์{SITE_NAME} &nbsp;&nbsp; ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในวันที่ 30 เมษายน 2567</marquee></div>
<div class="row">
<div class="col-md-3 col-sm-4" id="left">
<div class="panel panel-primary"><div class="panel-heading">เมนูหลัก</div><div class="list-group">
<a class="list-group-item" href="{base}/page/view/3">ประวัติความเป็นมา</a><a class="list-group-item" href="{base}/page/view/4">วิสัยทัศน์/พันธกิจ</a><a class="list-group-item" href="{base}/page/view/5">คณะผู้บริหาร</a><a class="list-group-item" href="{base}/page/view/6">สมาชิกสภา อบต.</a><a class="list-group-item" href="{base}/ita">การประเมินคุณธรรมและความโปร่งใส (ITA)</a><a class="list-group-item" href="{base}/eservice">e-Service</a><a class="list-group-item" href="{base}/complaint">ร้องเรียนการทุจริต</a>
</div></div>
<div class="panel panel-primary"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body counter">
<p>วันนี้ <span class="pull-right">{thai_num(128)}</span></p><p>เมื่อวาน <span class="pull-right">{thai_num(301)}</span></p><p>เดือนนี้ <span class="pull-right">{thai_num(4210)}</span></p><p>ทั้งหมด <span class="pull-right">{thai_num(356112)}</span></p>
</div></div>
</div>
<div class="col-md-9 col-sm-8" id="content">
{content}
</div>
</div>
<footer id="footer"><p>{SITE_NAME}<br>หมู่ที่ 5 ตำบลหนองแวง อำเภอเมือง จังหวัดร้อยเอ็ด 45000 โทรศัพท์ 043-000-123</p><p class="copyright">Copyright &copy; 2024 All Rights Reserved. ออกแบบและพัฒนาโดย บริษัท ไทยเว็บโลคอล จำกัด</p></footer>
</div>
<script src="{base}/assets/js/jquery.min.js"></script>
<script src="{base}/assets/bootstrap/js/bootstrap.min.js"></script>
<script src="{base}/assets/fancybox/jquery.fancybox.pack.js"></script>
<script>$(function(){{$('.fancybox').fancybox();}});</script>
</body>
</html>
"""

    def pager(self, base, n):
        last = len(self.pages)

        def href(k):  # 0-based page
            return f"{base}{LISTING}" if k == 0 else f"{base}{LISTING}/{k * PER_PAGE}"

        lis = []
        if n > 0:
            lis.append(f'<li><a href="{href(0)}">&laquo; หน้าแรก</a></li>')
            lis.append(f'<li><a href="{href(n - 1)}">&lsaquo;</a></li>')
        for k in range(last):
            lis.append(
                f'<li class="active"><a href="#">{k + 1}</a></li>'
                if k == n
                else f'<li><a href="{href(k)}">{k + 1}</a></li>'
            )
        if n < last - 1:
            lis.append(f'<li><a href="{href(n + 1)}">&rsaquo;</a></li>')
            lis.append(f'<li><a href="{href(last - 1)}">หน้าสุดท้าย &raquo;</a></li>')
        return f'<nav class="text-center"><ul class="pagination">{"".join(lis)}</ul></nav>'

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        order = n * PER_PAGE
        items = [(a.title, a.path, a.published, a.views) for a in self.pages[n]]
        if n == 1:
            items.insert(
                6,
                (
                    "ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นพนักงานจ้าง",
                    DELETED,
                    dt.datetime(2024, 1, 19, 9, 0),
                    57,
                ),
            )
        for title, path, when, views in items:
            order += 1
            rows.append(
                f"""<tr><td class="text-center">{thai_digits(order)}</td><td><i class="glyphicon glyphicon-bullhorn"></i> {esc(title)}</td><td class="text-center" nowrap>{be_short_th(when)}</td><td class="text-center">{thai_num(views)}</td><td class="text-center"><a href="{base}{path}" class="btn btn-info btn-xs"><i class="glyphicon glyphicon-search"></i> รายละเอียด</a></td></tr>"""
            )
        content = f"""<div class="panel panel-primary">
<div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body">
<table class="table table-striped table-bordered table-hover">
<thead><tr class="info"><th class="text-center" width="8%">ลำดับ</th><th class="text-center">เรื่อง</th><th class="text-center" width="13%">วันที่</th><th class="text-center" width="8%">อ่าน</th><th class="text-center" width="13%">รายละเอียด</th></tr></thead>
<tbody>
{"".join(rows)}
</tbody>
</table>
<p class="text-right">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ</p>
{self.pager(base, n)}
</div>
</div>"""
        return self.html_response(self.shell(base, content))

    def meta_line(self, a):
        s = f"วันที่ {be_short_th(a.published)}"
        if a.time_printed:
            s += f" เวลา {thai_digits(f'{a.published.hour:02d}.{a.published.minute:02d}')} น."
        return s

    def detail(self, base, a):
        text = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'<p style="text-align: right;">{esc(a.source)}</p>'
        gallery = "".join(
            f'<div class="col-xs-4 col-md-3"><a class="fancybox thumbnail" rel="gallery" href="{base}/uploads/news/{a.id}/img_{k}.jpg" title="ภาพกิจกรรม {k}"><img src="{base}/uploads/news/{a.id}/thumb_img_{k}.jpg" alt=""></a></div>'
            for k in range(1, 5)
        )
        files = ""
        if a.id % 3 != 1:
            files = f"""<div class="attach"><h5><i class="glyphicon glyphicon-paperclip"></i> ไฟล์แนบ</h5><ul class="list-unstyled"><li><a href="{base}/uploads/news/{a.id}/file_1.pdf" target="_blank"><img src="{base}/assets/images/pdf.png" alt=""> เอกสารประชาสัมพันธ์</a> <span class="text-muted">(245.7 KB)</span> <a href="{base}/uploads/news/{a.id}/file_1.pdf" class="btn btn-default btn-xs">ดาวน์โหลด</a></li></ul></div>"""
        others = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a> <small class="text-muted">({be_short_th(x.published)})</small></li>'
            for x in self.others(a)
        )
        content = f"""<ol class="breadcrumb"><li><a href="{base}/">หน้าหลัก</a></li><li><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="panel panel-primary">
<div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body">
<h4 class="text-primary"><b>{esc(a.title)}</b></h4>
<p class="text-muted"><i class="glyphicon glyphicon-calendar"></i> {self.meta_line(a)} &nbsp;|&nbsp; <i class="glyphicon glyphicon-eye-open"></i> อ่านแล้ว {thai_num(a.views)} ครั้ง</p>
<hr>
<div class="detail">{text}</div>
<div class="gallery"><h5><i class="glyphicon glyphicon-picture"></i> ภาพกิจกรรม</h5><div class="row">{gallery}</div></div>
{files}
<div class="share"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={base}{a.path}" target="_blank" class="btn btn-primary btn-xs">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" target="_blank" class="btn btn-success btn-xs">LINE</a> <a href="javascript:window.print()" class="btn btn-default btn-xs"><i class="glyphicon glyphicon-print"></i> พิมพ์</a></div>
<p><a href="javascript:history.back()" class="btn btn-default btn-sm">&laquo; ย้อนกลับ</a></p>
<div class="other-news"><h5>ข่าวประชาสัมพันธ์อื่นๆ</h5><ul>{others}</ul></div>
</div>
</div>"""
        return self.html_response(self.shell(base, content))

    def deleted(self, base):
        content = f"""<ol class="breadcrumb"><li><a href="{base}/">หน้าหลัก</a></li><li><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li><li class="active">รายละเอียดข่าว</li></ol>
<div class="panel panel-primary">
<div class="panel-heading"><h3 class="panel-title">ข่าวประชาสัมพันธ์</h3></div>
<div class="panel-body"><div class="alert alert-warning text-center">ไม่พบข้อมูลที่ท่านต้องการ</div><p><a href="javascript:history.back()" class="btn btn-default btn-sm">&laquo; ย้อนกลับ</a></p></div>
</div>"""
        return self.html_response(self.shell(base, content))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(base, f'<p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p>')
            )
        if path == LISTING:
            return self.listing(base, 0)
        if path.startswith(LISTING + "/"):
            off = path[len(LISTING) + 1 :]
            if off.isdigit() and int(off) % PER_PAGE == 0:
                return self.listing(base, int(off) // PER_PAGE)
            return None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ภาพกิจกรรม",
                "ไฟล์แนบ",
                "เอกสารประชาสัมพันธ์",
                "ดาวน์โหลด",
                "245.7 KB",
                "แชร์ :",
                "ย้อนกลับ",
                "ข่าวประชาสัมพันธ์อื่นๆ",
                f"อ่านแล้ว {thai_num(a.views)} ครั้ง",
                "สถิติผู้เข้าชม",
                "นายกองค์การบริหารส่วนตำบลหนองแวง",
            ] + [x.title for x in self.others(a)]
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = LocalGovSite()

if __name__ == "__main__":
    main(SITE)
