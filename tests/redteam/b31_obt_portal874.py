"""Blind-31 red-team site (part C): a **subdistrict administrative organisation (อบต.) portal**
on the stock PHP/MySQL template that hosting vendors sell to local government (Bootstrap 3
panels, jQuery, Font Awesome 4, `pr_list.php` / `pr_detail.php`), still stored and served in
**windows-874 with a `tis-620` meta and no charset in the header**, built blind.

What it imitates:
- the vendor fingerprints: `meta name="generator" content="LocalGov Web 3.2"`, `/admin/` and
  `/upload/pr/` paths, a marquee "ยินดีต้อนรับ...", the ITA / LPA banner strip, the นายก อบต.
  photo block, a site-wide visitor counter, a PDPA cookie bar and a footer with the address;
- the banner carries the organisation's name in the page's only `<h1>`; `<title>` is the same
  fixed string on every page; **the headline is only in `div.topic-detail > span.text-topic`**;
- the date line is split: "โพสต์เมื่อ" with the **Thai-digit day, abbreviated month and
  two-digit BE year** (`๐๕ มี.ค. ๖๗`) in one `span`, the time "๑๔:๒๐ น." (some items only) in
  another `div`; the counter "เปิดอ่าน ๑,๒๓๔ ครั้ง" in Thai digits; the poster login
  "ผู้โพสต์ : admin_bp";
- inside the same `div.panel-body` as the text: the font-size tools "ก- ก ก+", "พิมพ์หน้านี้",
  a share row (Facebook / LINE / Twitter), the gallery "ภาพกิจกรรม" (some), "เอกสารแนบ" download
  rows (some), the sign-off — either a typed "ข่าว/ภาพ : <office>" line or the office alone
  right-aligned (some; none on the others) —, then "ข่าวอื่นๆ ในหมวดเดียวกัน" with titles and
  Thai-digit dates, and the comment box with "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น";
- listing `pr_list.php?type=2` with **offset pagination `&start=N`** (9 a page) printed as
  "« ก่อนหน้า", numbered links and "ถัดไป »", plus a `<select>` jump box.
Deleted: `pr_detail.php?id=N` of a removed item answers 200 with the detail template and empty
fields and "ไม่พบข้อมูลที่ท่านต้องการ".
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
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

ORG = "องค์การบริหารส่วนตำบลบ้านโพธิ์"
ORG_FULL = f"{ORG} อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา"
TITLE = f"{ORG} :: {ORG_FULL}"
PER_PAGE = 9
TYPE = 2
DELETED_ID = 1187
SOURCES = [
    ("typed", "กองช่าง อบต.บ้านโพธิ์"),
    (None, None),
    ("alone", "สำนักปลัด อบต.บ้านโพธิ์"),
    (None, None),
    ("typed", "กองสาธารณสุขและสิ่งแวดล้อม"),
    ("alone", "กองการศึกษา ศาสนาและวัฒนธรรม"),
    (None, None),
]
LOGINS = ["admin_bp", "pr_banpho", "admin_bp", "sorpor01"]
MARQUEE = "ยินดีต้อนรับเข้าสู่เว็บไซต์องค์การบริหารส่วนตำบลบ้านโพธิ์ ร่วมใจพัฒนา นำพาสู่ความยั่งยืน"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด ๓๘๔,๒๑๙ คน"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
MAYOR = "นายสมศักดิ์ ทองมา นายกองค์การบริหารส่วนตำบลบ้านโพธิ์"


def post_date(d: dt.datetime) -> str:
    """'๐๕ มี.ค. ๖๗' — Thai digits, zero-padded day, abbreviated month, two-digit BE year."""
    return thai_digits(f"{d.day:02d} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def post_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


class ObtSite(BaseSite):
    key = "b31_obt_portal874"
    family = "generic"
    imitates = "อบต. portal on a vendor PHP template (Bootstrap 3 panels), windows-874 bytes with a tis-620 meta and no header charset: pr_detail.php?id=N; fixed <title>, banner h1 = organisation, headline only in div.topic-detail span.text-topic; 'โพสต์เมื่อ ๐๕ มี.ค. ๖๗' (Thai digits, 2-digit BE) with the time '๑๔:๒๐ น.' in another div (some); 'เปิดอ่าน ๑,๒๓๔ ครั้ง'; poster login; font-size tools, print, share, gallery, attachments, typed 'ข่าว/ภาพ :' or lone office sign-off, 'ข่าวอื่นๆ ในหมวดเดียวกัน' and the comment login prompt inside the text panel; listing pr_list.php?type=2&start=N (offset, 9 a page) plus a select jump box; deleted = empty detail template 'ไม่พบข้อมูลที่ท่านต้องการ' (200)"
    listing_path = f"/pr_list.php?type={TYPE}"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 20, 16, 30, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        nid = 1203
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1
            if nid == DELETED_ID:
                nid -= 1
            a.modified = None
            a.tags = []
            a.path = f"/pr_detail.php?id={a.id}"
            kind, office = SOURCES[i % len(SOURCES)]
            a.extra["signoff"] = kind
            a.source = office
            a.extra["login"] = LOGINS[i % len(LOGINS)]
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def page_path(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}&start={k * PER_PAGE}"

    def listing_pages(self):
        return [self.page_path(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/pr_detail.php?id={DELETED_ID}"]

    def respond(self, text):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumb):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="LocalGov Web 3.2" />
<meta name="keywords" content="{ORG}, อบต.บ้านโพธิ์, นครราชสีมา" />
<meta name="description" content="{ORG_FULL}" />
<title>{TITLE}</title>
<link rel="shortcut icon" href="images/favicon.ico" />
<link href="css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="css/font-awesome.min.css" rel="stylesheet" type="text/css" />
<link href="css/style.css?v=3.2" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.11.3.min.js"></script>
<script type="text/javascript" src="js/bootstrap.min.js"></script>
<script type="text/javascript" src="js/fontsize.js"></script>
</head>
<body>
<div id="top-bar"><div class="container"><div class="pull-right"><a href="index.php">หน้าหลัก</a> | <a href="sitemap.php">แผนผังเว็บไซต์</a> | <a href="admin/login.php">สำหรับเจ้าหน้าที่</a></div></div></div>
<div id="header"><div class="container"><div class="row"><div class="col-md-2"><img src="images/logo.png" alt="logo" class="img-responsive" /></div><div class="col-md-10"><h1 class="site-name">{ORG}</h1><p class="site-address">อำเภอเมืองนครราชสีมา จังหวัดนครราชสีมา</p></div></div></div></div>
<nav class="navbar navbar-default" role="navigation"><div class="container"><ul class="nav navbar-nav">
<li><a href="index.php"><i class="fa fa-home"></i> หน้าหลัก</a></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข้อมูลพื้นฐาน <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="content.php?id=1">ประวัติความเป็นมา</a></li><li><a href="content.php?id=2">วิสัยทัศน์/พันธกิจ</a></li></ul></li>
<li class="dropdown"><a href="#" class="dropdown-toggle" data-toggle="dropdown">ข่าวสาร <b class="caret"></b></a><ul class="dropdown-menu"><li><a href="pr_list.php?type=1">ข่าวกิจกรรม</a></li><li><a href="pr_list.php?type={TYPE}">ข่าวประชาสัมพันธ์</a></li><li><a href="procure_list.php">ข่าวจัดซื้อจัดจ้าง</a></li></ul></li>
<li><a href="ita.php">ITA</a></li><li><a href="complain.php">ร้องเรียน/ร้องทุกข์</a></li><li><a href="contact.php">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="container"><marquee scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">{MARQUEE}</marquee></div>
<div class="container"><div class="row">
<div class="col-md-3" id="left-col">
<div class="panel panel-primary"><div class="panel-heading">ผู้บริหาร</div><div class="panel-body text-center"><img src="upload/executive/mayor.jpg" class="img-thumbnail" alt="" /><p>{MAYOR}</p><p>โทร. 08-1234-5678</p></div></div>
<div class="panel panel-primary"><div class="panel-heading">เมนูหลัก</div><div class="list-group"><a class="list-group-item" href="oit.php">การเปิดเผยข้อมูลสาธารณะ (OIT)</a><a class="list-group-item" href="plan.php">แผนพัฒนาท้องถิ่น</a><a class="list-group-item" href="budget.php">ข้อบัญญัติงบประมาณ</a><a class="list-group-item" href="ebook.php">วารสาร อบต.</a></div></div>
<div class="panel panel-primary"><div class="panel-heading">สถิติผู้เข้าชม</div><div class="panel-body"><p>วันนี้ ๑๒๗ คน<br />เดือนนี้ ๓,๐๔๒ คน<br />{SITE_COUNTER}</p></div></div>
</div>
<div class="col-md-9" id="main-col">
<ol class="breadcrumb"><li><a href="index.php">หน้าหลัก</a></li><li><a href="pr_list.php?type={TYPE}">ข่าวประชาสัมพันธ์</a></li>{crumb}</ol>
{content}
</div>
</div></div>
<div id="banner-strip"><div class="container"><a href="https://itas.nacc.go.th"><img src="images/banner/ita.png" alt="ITA" /></a> <a href="https://www.dla.go.th"><img src="images/banner/dla.png" alt="กรมส่งเสริมการปกครองท้องถิ่น" /></a> <a href="http://www.info.go.th"><img src="images/banner/oic.png" alt="ศูนย์ข้อมูลข่าวสาร" /></a></div></div>
<div id="footer"><div class="container"><p>{ORG_FULL} หมู่ที่ 4 ตำบลบ้านโพธิ์ รหัสไปรษณีย์ 30310<br />โทรศัพท์/โทรสาร 0-4420-1234 อีเมล saraban@banpho.go.th</p><p class="copyright">Copyright &copy; 2024 {ORG} | Powered by LocalGov Web</p></div></div>
<div id="cookie-bar" class="cookie-consent"><span>{COOKIE}</span> <a href="cookie_policy.php">นโยบายคุกกี้</a> <button type="button" class="btn btn-success btn-xs" onclick="acceptCookie();">ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, title, id_, a):
        return f"""<div class="media news-row"><div class="media-left"><a href="pr_detail.php?id={id_}"><img class="media-object" src="upload/pr/thumb_{id_}.jpg" width="120" alt="" /></a></div><div class="media-body"><a href="pr_detail.php?id={id_}" class="news-title">{esc(title)}</a><div class="news-date"><i class="fa fa-calendar"></i> {post_date(a.published)} <i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(f'<li><a href="{self.page_path(k - 1)}">&laquo; ก่อนหน้า</a></li>')
        for j in range(n):
            cls = ' class="active"' if j == k else ""
            items.append(f'<li{cls}><a href="{self.page_path(j)}">{j + 1}</a></li>')
        if k < n - 1:
            items.append(f'<li><a href="{self.page_path(k + 1)}">ถัดไป &raquo;</a></li>')
        opts = "".join(
            f'<option value="{self.page_path(j)}"{" selected" if j == k else ""}>หน้า {j + 1}</option>'
            for j in range(n)
        )
        return f"""<div class="text-center"><ul class="pagination">{"".join(items)}</ul>
<div class="jump">ไปที่หน้า <select name="jump" onchange="window.location=this.value;">{opts}</select> ทั้งหมด {len(self.articles)} รายการ</div></div>"""

    def listing(self, k):
        rows = [self.row(a.title, a.id, a) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][4]
            rows.insert(
                5, self.row("ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ", DELETED_ID, ghost)
            )
        content = f"""<div class="panel panel-default"><div class="panel-heading"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div><div class="panel-body">
{"".join(rows)}{self.pager(k)}
</div></div>"""
        return self.shell(content, "")

    # ------------------------------------------------------------------ detail

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in range(len(self.articles)) if j != i][
            max(0, i - 2) : max(0, i - 2) + 5
        ]

    def detail_block(self, a):
        if a is None:
            topic, meta, body, extra, others = "", "", "<p>ไม่พบข้อมูลที่ท่านต้องการ</p>", "", ""
        else:
            topic = esc(a.title)
            tm = (
                f'<div class="time-post"><i class="fa fa-clock-o"></i> เวลา {post_time(a.published)}</div>'
                if a.time_printed
                else ""
            )
            meta = f"""<div class="info-detail"><span class="date-post"><i class="fa fa-calendar"></i> โพสต์เมื่อ : {post_date(a.published)}</span> <span class="view-post"><i class="fa fa-eye"></i> เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</span> <span class="user-post"><i class="fa fa-user"></i> ผู้โพสต์ : {a.extra["login"]}</span></div>{tm}"""
            body = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras)
            kind = a.extra["signoff"]
            if kind == "typed":
                body += f"<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>"
            elif kind == "alone":
                body += f'<p align="right">{esc(a.source)}</p>'
            extra = ""
            if a.extra["gallery"]:
                imgs = "".join(
                    f'<div class="col-xs-4"><a href="upload/pr/{a.id}_{j}.jpg" data-lightbox="pr{a.id}"><img src="upload/pr/thumb_{a.id}_{j}.jpg" class="img-thumbnail" alt="" /></a></div>'
                    for j in range(1, 4)
                )
                extra += f'<div class="gallery"><h4><i class="fa fa-picture-o"></i> ภาพกิจกรรม</h4><div class="row">{imgs}</div></div>'
            if a.extra["file"]:
                extra += f'<div class="attach"><h4><i class="fa fa-paperclip"></i> เอกสารแนบ</h4><table class="table table-bordered"><tr><td><i class="fa fa-file-pdf-o"></i> <a href="upload/pr/file_{a.id}.pdf" target="_blank">file_{a.id}.pdf</a></td><td>จำนวนดาวน์โหลด {thai_digits(a.id % 97 + 3)} ครั้ง</td></tr></table></div>'
            items = "".join(
                f'<li><a href="pr_detail.php?id={o.id}">{esc(o.title)}</a> <small>({post_date(o.published)})</small></li>'
                for o in self.others(a)
            )
            others = f'<div class="other-news"><h4>ข่าวอื่นๆ ในหมวดเดียวกัน</h4><ul>{items}</ul></div>'
        tools = '<div class="tools-detail pull-right"><a href="javascript:void(0);" onclick="fontsize(-1)" title="ลดขนาดตัวอักษร">ก-</a> <a href="javascript:void(0);" onclick="fontsize(0)" title="ขนาดปกติ">ก</a> <a href="javascript:void(0);" onclick="fontsize(1)" title="เพิ่มขนาดตัวอักษร">ก+</a> | <a href="javascript:window.print();"><i class="fa fa-print"></i> พิมพ์หน้านี้</a></div>'
        share = (
            '<div class="share-detail">แชร์ข่าวนี้ : <a href="https://www.facebook.com/sharer/sharer.php?u=pr_detail.php" target="_blank"><i class="fa fa-facebook-square"></i> Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=pr_detail.php" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url=pr_detail.php" target="_blank"><i class="fa fa-twitter"></i> Twitter</a></div>'
            if a
            else ""
        )
        comment = '<div class="comment-box"><h4><i class="fa fa-comments"></i> แสดงความคิดเห็น</h4><p class="text-danger">กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น</p><form action="admin/login.php" method="post"><input type="text" name="user" placeholder="ชื่อผู้ใช้" /> <input type="password" name="pass" placeholder="รหัสผ่าน" /> <button type="submit" class="btn btn-primary btn-sm">เข้าสู่ระบบ</button></form></div>'
        return f"""<div class="panel panel-default"><div class="panel-heading"><i class="fa fa-bullhorn"></i> ข่าวประชาสัมพันธ์</div><div class="panel-body">
{tools}
<div class="topic-detail"><span class="text-topic">{topic}</span></div>
{meta}
<hr />
<div class="detail" id="detail">{body}</div>
{extra}
{share}
{others}
{comment if a else ""}
</div></div>"""

    def route(self, path, query, raw_query, base):
        if path == "/pr_list.php":
            if qs1(query, "type") != str(TYPE):
                return None
            start = qs1(query, "start", "0")
            if (
                not start.isdigit()
                or int(start) % PER_PAGE
                or int(start) // PER_PAGE >= len(self.pages)
            ):
                return None
            return self.respond(self.listing(int(start) // PER_PAGE))
        if path == "/pr_detail.php":
            id_ = qs1(query, "id")
            if id_.isdigit() and int(id_) in self.by_id:
                a = self.by_id[int(id_)]
                return self.respond(
                    self.shell(self.detail_block(a), '<li class="active">รายละเอียดข่าว</li>')
                )
            if id_ == str(DELETED_ID):
                return self.respond(
                    self.shell(self.detail_block(None), '<li class="active">รายละเอียดข่าว</li>')
                )
            return None
        if path in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                post_date(a.published),
                f"เปิดอ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                f"ผู้โพสต์ : {a.extra['login']}",
                "พิมพ์หน้านี้",
                "ก+",
                "แชร์ข่าวนี้",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น",
                MARQUEE,
                SITE_COUNTER,
                COOKIE,
                MAYOR,
                "โทรศัพท์/โทรสาร 0-4420-1234",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {post_time(a.published)}")
            must_not += [o.title for o in self.others(a)]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += [f"file_{a.id}.pdf", "จำนวนดาวน์โหลด"]
            # the typed 'ข่าว/ภาพ :' line and the lone office sign-off are in neither list
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = ObtSite()

if __name__ == "__main__":
    main(SITE)
