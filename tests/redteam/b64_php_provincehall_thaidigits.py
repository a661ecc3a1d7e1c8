"""Blind-64 red-team site (part B): a provincial hall portal (ศาลากลางจังหวัดชัยภูมิ-like,
2024-2025) on **a custom PHP site of the kind provincial offices have a local vendor write**:
Bootstrap 4 + Font Awesome 5 + jQuery, one `news.php` list and one `news_detail.php?id=N` page,
a right-hand column of announcements, agency links, banners and a visitor counter, and Thai
digits wherever the news module prints a number. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up: nothing needed beyond what these sites print and what earlier rounds' README
sections record; from memory: the common `DateThai()`-style helper (Thai month names, BE
year, Thai digits), Bootstrap 4 `pagination` / `breadcrumb` / `card` markup, Font Awesome 5
icon classes, fancybox `data-fancybox` galleries, a Facebook / LINE share pair, a PDPA cookie
bar. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- list `/news.php?cat=1`, then `&page=2`, `&page=3` (8 a page), the numbers of the pager in
  Thai digits; each card: picture, headline, "๑๒ มี.ค. ๖๗" (abbreviated month, two-digit BE
  year, Thai digits) and "อ่าน ๑,๒๐๕";
- the news page: breadcrumb (หน้าแรก / ข่าวประชาสัมพันธ์ / รายละเอียดข่าว), the headline in
  `h3.news-topic`, an info row "วันอังคารที่ ๑๒ มีนาคม ๒๕๖๗" with "เวลา ๑๐.๓๐ น." when the
  editor filled the time column (the PR office's account does, the provincial office's
  general-affairs account does not), "เปิดอ่าน ๑,๒๐๕ ครั้ง" and "โดย <account>";
- three editors: `&nbsp;`-indented paragraphs, justified paragraphs, and Word-pasted text
  (`p.MsoNormal`); sources typed at the end: "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :",
  "ข่าว :", a right-aligned office line, or none;
- fancybox gallery "ภาพกิจกรรม", a "ดาวน์โหลดเอกสาร" attachment link, share buttons,
  "« ย้อนกลับ", "ข่าวประชาสัมพันธ์อื่นๆ" (five other headlines with dates), and the right-hand
  column: "ประกาศจังหวัด", "หน่วยงานในจังหวัด" (a select of agency links), banners, "ข่าวยอดนิยม",
  "สถิติผู้เข้าชม" (Thai digits); a top bar with the date of today and a PDPA cookie bar;
- **the quirk: the `<title>` is the portal's name and section on every news page
  ("ข่าวประชาสัมพันธ์ :: ศาลากลางจังหวัดชัยภูมิ"), the headline is only in the page body**;
- deleted item (linked from page 2): `news_detail.php?id=<n>`, **200: the page shell with an
  empty headline and the alert "ไม่พบข้อมูลข่าวที่ท่านต้องการ"**.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    paginate,
    qs1,
    thai_digits,
)
from .b63a_common import build, keep_furniture, spread_back, text_of

PROVINCE = "ชัยภูมิ"
SITE_NAME = f"ศาลากลางจังหวัด{PROVINCE}"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 8
LIST = "/news.php"
DETAIL = "/news_detail.php"
EDITORS = [
    ("prchaiyaphum", True),  # PR office account: fills the time column
    ("admin_scp", False),  # provincial office, general affairs: date only
    ("yuttasat01", True),
]
SOURCES = [
    ("ข่าว/ภาพ", "สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ"),
    ("ที่มา", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    None,
    ("signoff", "สำนักงานจังหวัดชัยภูมิ"),
    ("เรียบเรียง", "กลุ่มงานบริหารทั่วไป สำนักงานจังหวัดชัยภูมิ"),
    ("ข่าว", "สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ"),
]
ANNOUNCEMENTS = [
    ("ประกาศจังหวัดชัยภูมิ เรื่อง รายชื่อผู้มีสิทธิเข้ารับการประเมินบุคคล", dt.date(2025, 6, 12)),
    ("ประกาศจังหวัดชัยภูมิ เรื่อง การกำหนดพื้นที่ประสบสาธารณภัย (อุทกภัย)", dt.date(2025, 6, 3)),
    ("ประกาศรับสมัครคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานราชการทั่วไป", dt.date(2025, 5, 28)),
    ("ประกาศผู้ชนะการเสนอราคา จ้างซ่อมแซมอาคารศาลากลางจังหวัด", dt.date(2025, 5, 20)),
]
AGENCIES = [
    ("สำนักงานจังหวัดชัยภูมิ", "https://www.chaiyaphum.go.th/"),
    ("ที่ทำการปกครองจังหวัดชัยภูมิ", "#"),
    ("สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ", "#"),
    ("สำนักงานพัฒนาชุมชนจังหวัดชัยภูมิ", "#"),
    ("สำนักงานเกษตรจังหวัดชัยภูมิ", "#"),
    ("สำนักงานสาธารณสุขจังหวัดชัยภูมิ", "#"),
]
ANN_HEAD = "ประกาศจังหวัด"
AGENCY_HEAD = "หน่วยงานในจังหวัด"
POPULAR = "ข่าวยอดนิยม"
VISITORS = "สถิติผู้เข้าชม"
OTHERS = "ข่าวประชาสัมพันธ์อื่นๆ"
GALLERY = "ภาพกิจกรรม"
DOWNLOAD = "ดาวน์โหลดเอกสาร"
SHARE = "แชร์ข่าวนี้ :"
BACK = "« ย้อนกลับ"
NOTFOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
PDPA = (
    "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ "
    "ท่านสามารถอ่านรายละเอียดเพิ่มเติมได้ที่ นโยบายความเป็นส่วนตัว"
)
ADDRESS = f"ศาลากลางจังหวัด{PROVINCE} ถนนบรรณาการ ตำบลในเมือง อำเภอเมืองชัยภูมิ จังหวัดชัยภูมิ ๓๖๐๐๐"
SLOGAN = "ชัยภูมิเมืองน่าอยู่ ประตูสู่อีสาน ถิ่นฐานพญาแล"
TODAY = dt.date(2025, 6, 20)


def td(x) -> str:
    return thai_digits(x)


def weekday_th(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {td(d.day)} {MONTHS[d.month - 1]} {td(d.year + 543)}"


def time_th(d: dt.datetime) -> str:
    return f"เวลา {td(f'{d:%H.%M}')} น."


def abbr2_th(d) -> str:
    return f"{td(d.day)} {MONTHS_ABBR[d.month - 1]} {td(str(d.year + 543)[-2:])}"


def slash_th(d) -> str:
    return td(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


class ProvinceHallSite(BaseSite):
    key = "b64_php_provincehall_thaidigits"
    family = "generic"
    imitates = (
        "provincial hall portal on a vendor-written PHP site (Bootstrap 4): news.php?cat=1&page=N "
        "cards, news_detail.php?id=N with a Thai-digit weekday date, optional time and read "
        "counter, typed sources, fancybox gallery, announcements / agency links / counter "
        "sidebar, PDPA bar; the <title> is the portal's name on every news page"
    )
    listing_path = f"{LIST}?cat=1"

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2025, 6, 19, 17, 0, tzinfo=TZ), offset=29)
        spread_back(arts, 10, 19)
        for i, a in enumerate(arts):
            ed = EDITORS[(i * 2 + i // 5) % 3]
            a.extra["editor"] = ed[0]
            a.time_printed = ed[1]
            a.extra["style"] = (i * 2 + i // 5) % 3
            a.id = 4630 - i * 3 - (i % 2)
            a.path = f"{DETAIL}?id={a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.modified = None
            a.tags = []
            a.extra["gallery"] = i % 3 != 2
            a.extra["pdf"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        after = self.pages[1][2]
        self.del_id = after.id - 1
        self.del_path = f"{DETAIL}?id={self.del_id}"
        self.del_when = after.published - dt.timedelta(hours=5, minutes=40)
        ids = [a.id for a in arts]
        assert len(set(ids)) == len(ids) and self.del_id not in ids

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [f"{LIST}?cat=1"] + [f"{LIST}?cat=1&page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.del_path]

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def popular(self):
        return sorted(self.articles[:12], key=lambda x: -x.views)[:5]

    # ------------------------------------------------------------------ shell
    def sidebar(self):
        ann = "".join(
            f'<li class="list-group-item"><a href="announce_detail.php?id={300 - k}"><i class="fas fa-bullhorn text-danger"></i> {esc(t)}</a>'
            f'<br /><small class="text-muted"><i class="far fa-calendar-alt"></i> {slash_th(d)}</small></li>'
            for k, (t, d) in enumerate(ANNOUNCEMENTS)
        )
        opts = "".join(f'<option value="{u}">{esc(n)}</option>' for n, u in AGENCIES)
        pop = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="badge badge-light">{td(f"{x.views:,}")}</span></li>'
            for x in self.popular()
        )
        return f"""<div class="col-lg-4 col-md-12 sidebar">
  <div class="card mb-3 box-announce">
    <div class="card-header bg-primary text-white"><i class="fas fa-scroll"></i> {ANN_HEAD}</div>
    <ul class="list-group list-group-flush">{ann}</ul>
    <div class="card-footer text-right"><a href="announce.php">ดูทั้งหมด »</a></div>
  </div>
  <div class="card mb-3">
    <div class="card-header bg-primary text-white"><i class="fas fa-sitemap"></i> {AGENCY_HEAD}</div>
    <div class="card-body"><select class="form-control" onchange="if(this.value!='')window.open(this.value)"><option value="">-- เลือกหน่วยงาน --</option>{opts}</select></div>
  </div>
  <div class="card mb-3 banner-side">
    <a href="http://www.damrongdhama.moi.go.th/" target="_blank"><img src="images/banner/damrongdhama1567.jpg" class="img-fluid" alt="ศูนย์ดำรงธรรมจังหวัดชัยภูมิ โทร ๑๕๖๗" /></a>
    <a href="ita.php" target="_blank"><img src="images/banner/ita2568.jpg" class="img-fluid" alt="ITA ๒๕๖๘" /></a>
    <a href="https://www.egov.go.th/" target="_blank"><img src="images/banner/egov.jpg" class="img-fluid" alt="ศูนย์บริการข้อมูลภาครัฐเพื่อประชาชน" /></a>
  </div>
  <div class="card mb-3">
    <div class="card-header bg-primary text-white"><i class="fas fa-fire"></i> {POPULAR}</div>
    <div class="card-body"><ol class="popular-list">{pop}</ol></div>
  </div>
  <div class="card mb-3 box-stat">
    <div class="card-header bg-primary text-white"><i class="fas fa-chart-bar"></i> {VISITORS}</div>
    <div class="card-body"><table class="table table-sm mb-0">
      <tr><td>วันนี้</td><td class="text-right">{td("๑,๒๔๘")}</td></tr>
      <tr><td>เมื่อวาน</td><td class="text-right">๒,๐๓๑</td></tr>
      <tr><td>เดือนนี้</td><td class="text-right">๔๑,๕๐๙</td></tr>
      <tr><td>ทั้งหมด</td><td class="text-right">๒,๗๘๖,๔๑๓</td></tr>
    </table><p class="small text-muted mb-0">เริ่มนับ ๑ ตุลาคม ๒๕๖๔</p></div>
  </div>
</div>"""

    def shell(self, content, *, crumb):
        today = dt.datetime.combine(TODAY, dt.time(9), TZ)
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="description" content="เว็บไซต์{SITE_NAME}">
<meta name="keywords" content="ชัยภูมิ, ศาลากลางจังหวัดชัยภูมิ, ข่าวประชาสัมพันธ์">
<title>{SECTION} :: {SITE_NAME}</title>
<link rel="shortcut icon" href="images/favicon.ico">
<link rel="stylesheet" href="css/bootstrap.min.css">
<link rel="stylesheet" href="plugins/fontawesome-free-5.15.4/css/all.min.css">
<link rel="stylesheet" href="plugins/fancybox/jquery.fancybox.min.css">
<link rel="stylesheet" href="css/style.css?v=2567.3">
<link href="https://fonts.googleapis.com/css2?family=Sarabun:wght@300;400;600&display=swap" rel="stylesheet">
</head>
<body>
<div class="topbar d-none d-md-block">
  <div class="container"><div class="row">
    <div class="col-md-6"><i class="far fa-calendar-alt"></i> {weekday_th(today)}</div>
    <div class="col-md-6 text-right"><a href="index.php?lang=th">TH</a> | <a href="index.php?lang=en">EN</a> | <a href="#" class="font-resize" data-size="-1">ก-</a> <a href="#" class="font-resize" data-size="0">ก</a> <a href="#" class="font-resize" data-size="1">ก+</a> | <a href="sitemap.php">แผนผังเว็บไซต์</a></div>
  </div></div>
</div>
<header class="header">
  <div class="container">
    <a href="index.php" class="logo"><img src="images/logo-chaiyaphum.png" alt="{SITE_NAME}" height="90"></a>
    <div class="site-name"><h1>{SITE_NAME}</h1><p>{SLOGAN}</p></div>
  </div>
</header>
<nav class="navbar navbar-expand-lg navbar-dark bg-main">
  <div class="container">
    <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainmenu"><span class="navbar-toggler-icon"></span></button>
    <div class="collapse navbar-collapse" id="mainmenu">
      <ul class="navbar-nav">
        <li class="nav-item"><a class="nav-link" href="index.php"><i class="fas fa-home"></i> หน้าแรก</a></li>
        <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="#" data-toggle="dropdown">ข้อมูลจังหวัด</a>
          <div class="dropdown-menu"><a class="dropdown-item" href="page.php?id=1">ประวัติจังหวัด</a><a class="dropdown-item" href="page.php?id=2">วิสัยทัศน์ / พันธกิจ</a><a class="dropdown-item" href="page.php?id=3">ทำเนียบผู้ว่าราชการจังหวัด</a></div></li>
        <li class="nav-item active"><a class="nav-link" href="{LIST}?cat=1">{SECTION}</a></li>
        <li class="nav-item"><a class="nav-link" href="announce.php">ประกาศจังหวัด</a></li>
        <li class="nav-item"><a class="nav-link" href="procure.php">จัดซื้อจัดจ้าง</a></li>
        <li class="nav-item"><a class="nav-link" href="page.php?id=9">ศูนย์ดำรงธรรม</a></li>
        <li class="nav-item"><a class="nav-link" href="ita.php">ITA</a></li>
        <li class="nav-item"><a class="nav-link" href="contact.php">ติดต่อเรา</a></li>
      </ul>
    </div>
  </div>
</nav>
<div class="container mt-3">
  <nav aria-label="breadcrumb"><ol class="breadcrumb">
    <li class="breadcrumb-item"><a href="index.php">หน้าแรก</a></li>
    {crumb}
  </ol></nav>
  <div class="row">
    <div class="col-lg-8 col-md-12 main-content">
{content}
    </div>
{self.sidebar()}
  </div>
</div>
<footer class="footer mt-4">
  <div class="container"><div class="row">
    <div class="col-md-8"><h5>{SITE_NAME}</h5><p>{ADDRESS}<br>โทรศัพท์ ๐ ๔๔๘๑ ๑๕๑๕ โทรสาร ๐ ๔๔๘๑ ๑๕๑๖<br>อีเมล saraban@chaiyaphum.go.th</p></div>
    <div class="col-md-4"><ul class="list-unstyled"><li><a href="policy.php">นโยบายเว็บไซต์</a></li><li><a href="privacy.php">นโยบายความเป็นส่วนตัว</a></li><li><a href="security.php">นโยบายการรักษาความมั่นคงปลอดภัย</a></li></ul></div>
  </div></div>
  <div class="copyright text-center">Copyright © ๒๕๖๘ {SITE_NAME} All Rights Reserved. | ออกแบบและพัฒนาโดย ชัยภูมิเว็บดีไซน์</div>
</footer>
<div id="cookie-bar" class="cookie-bar fixed-bottom" style="display:none"><div class="container"><div class="row align-items-center">
  <div class="col-md-9"><i class="fas fa-cookie-bite"></i> {PDPA} <a href="privacy.php">อ่านเพิ่มเติม</a></div>
  <div class="col-md-3 text-right"><button type="button" class="btn btn-success btn-sm" id="cookie-accept">ยอมรับ</button> <button type="button" class="btn btn-secondary btn-sm" id="cookie-setting">ตั้งค่า</button></div>
</div></div></div>
<a href="#" id="back-to-top" class="back-to-top"><i class="fas fa-chevron-up"></i></a>
<script src="js/jquery-3.5.1.min.js"></script>
<script src="js/bootstrap.bundle.min.js"></script>
<script src="plugins/fancybox/jquery.fancybox.min.js"></script>
<script src="js/main.js?v=2567.3"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ detail
    def info(self, a):
        d = a.published
        parts = [f'<span><i class="far fa-calendar-alt"></i> {weekday_th(d)}</span>']
        if a.time_printed:
            parts.append(f'<span><i class="far fa-clock"></i> {time_th(d)}</span>')
        parts.append(f'<span><i class="far fa-eye"></i> เปิดอ่าน {td(f"{a.views:,}")} ครั้ง</span>')
        parts.append(f'<span><i class="fas fa-user-edit"></i> โดย {a.extra["editor"]}</span>')
        return '<div class="news-info text-muted">' + " &nbsp; ".join(parts) + "</div>"

    def body_html(self, a):
        s = a.extra["style"]
        if s == 0:
            out = [f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras]
        elif s == 1:
            out = [f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paras]
        else:
            out = [
                f'<p class="MsoNormal" style="text-indent:36.0pt"><span lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif">{esc(p)}</span></p>'
                for p in a.paras
            ]
        label = a.extra["label"]
        if a.source:
            if label == "signoff":
                out.append(f'<p style="text-align: right;">{esc(a.source)}</p>')
            elif s == 2:
                out.append(
                    f'<p class="MsoNormal"><span lang="TH" style="font-size:16.0pt;font-family:&quot;TH SarabunPSK&quot;,sans-serif">{label} : {esc(a.source)}</span></p>'
                )
            else:
                out.append(f"<p><strong>{label} :</strong> {esc(a.source)}</p>")
        return '<div class="news-detail">\n' + "\n".join(out) + "\n</div>"

    def gallery(self, a):
        if not a.extra["gallery"]:
            return ""
        cells = "".join(
            f'<div class="col-4 col-md-3 mb-2"><a href="uploads/news/{a.id}/{a.id}_{k:02d}.jpg" data-fancybox="gallery"><img src="uploads/news/{a.id}/thumb_{a.id}_{k:02d}.jpg" class="img-fluid img-thumbnail" alt=""></a></div>'
            for k in range(1, 9)
        )
        return f'<div class="news-gallery mt-3"><h5 class="title-line"><i class="far fa-images"></i> {GALLERY}</h5><div class="row">{cells}</div></div>'

    def attachment(self, a):
        if not a.extra["pdf"]:
            return ""
        return (
            f'<div class="news-file mt-3"><a href="uploads/news/{a.id}/file_{a.id}.pdf" target="_blank" class="btn btn-outline-danger btn-sm">'
            f'<i class="far fa-file-pdf"></i> {DOWNLOAD}</a></div>'
        )

    def share(self, a, base):
        from urllib.parse import quote

        u = quote(f"{base}/{a.path.lstrip('/')}", safe="")
        return (
            f'<div class="news-share mt-3"><span>{SHARE}</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank" class="btn btn-sm btn-facebook"><i class="fab fa-facebook-f"></i> Facebook</a> '
            f'<a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank" class="btn btn-sm btn-line"><i class="fab fa-line"></i> LINE</a> '
            '<a href="javascript:window.print()" class="btn btn-sm btn-light"><i class="fas fa-print"></i> พิมพ์</a></div>'
        )

    def others_html(self, a):
        lis = "".join(
            f'<li><a href="{x.path}"><i class="fas fa-angle-right"></i> {esc(x.title)}</a> <small class="text-muted">({abbr2_th(x.published)})</small></li>'
            for x in self.others(a)
        )
        return f'<div class="news-other mt-4"><h5 class="title-line">{OTHERS}</h5><ul class="list-unstyled">{lis}</ul></div>'

    def render_detail(self, a, base):
        content = f"""<div class="news-view">
  <h3 class="news-topic">{esc(a.title)}</h3>
  {self.info(a)}
  <hr>
  <div class="text-center mb-3"><img src="uploads/news/{a.id}/cover_{a.id}.jpg" class="img-fluid" alt=""></div>
  {self.body_html(a)}
  {self.gallery(a)}
  {self.attachment(a)}
  {self.share(a, base)}
  <div class="mt-3"><a href="javascript:history.back()" class="btn btn-secondary btn-sm">{BACK}</a></div>
  {self.others_html(a)}
</div>"""
        crumb = (
            f'<li class="breadcrumb-item"><a href="{LIST}?cat=1">{SECTION}</a></li>\n'
            '    <li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>'
        )
        return self.html_response(self.shell(content, crumb=crumb))

    def render_deleted(self):
        content = f"""<div class="news-view">
  <h3 class="news-topic"></h3>
  <div class="alert alert-warning text-center"><i class="fas fa-exclamation-triangle"></i> {NOTFOUND}</div>
  <div class="mt-3"><a href="javascript:history.back()" class="btn btn-secondary btn-sm">{BACK}</a></div>
</div>"""
        crumb = (
            f'<li class="breadcrumb-item"><a href="{LIST}?cat=1">{SECTION}</a></li>\n'
            '    <li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li>'
        )
        return self.html_response(self.shell(content, crumb=crumb))

    # ------------------------------------------------------------------ list
    def card(self, a_id, title, when, views, has_img=True):
        img = (
            f'<a href="news_detail.php?id={a_id}"><img src="uploads/news/{a_id}/thumb_cover_{a_id}.jpg" class="card-img-top" alt=""></a>'
            if has_img
            else '<img src="images/no-image.jpg" class="card-img-top" alt="">'
        )
        return f"""<div class="col-md-6 mb-4">
  <div class="card h-100 news-card">
    {img}
    <div class="card-body">
      <h6 class="card-title"><a href="news_detail.php?id={a_id}">{esc(title)}</a></h6>
    </div>
    <div class="card-footer small text-muted"><i class="far fa-clock"></i> {abbr2_th(when)} &nbsp; <i class="far fa-eye"></i> อ่าน {td(f"{views:,}")}</div>
  </div>
</div>"""

    def pager(self, n):
        total = len(self.pages)

        def href(k):
            return f"news.php?cat=1&amp;page={k}"

        lis = []
        if n > 1:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{href(1)}">« หน้าแรก</a></li>'
            )
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{href(n - 1)}">‹ ก่อนหน้า</a></li>'
            )
        for k in range(1, total + 1):
            if k == n:
                lis.append(
                    f'<li class="page-item active"><span class="page-link">{td(k)}</span></li>'
                )
            else:
                lis.append(
                    f'<li class="page-item"><a class="page-link" href="{href(k)}">{td(k)}</a></li>'
                )
        if n < total:
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{href(n + 1)}">ถัดไป ›</a></li>'
            )
            lis.append(
                f'<li class="page-item"><a class="page-link" href="{href(total)}">หน้าสุดท้าย »</a></li>'
            )
        count = len(self.articles) + 1
        return (
            f'<div class="text-muted small mb-2">ทั้งหมด {td(count)} รายการ หน้า {td(n)}/{td(total)}</div>'
            f'<nav aria-label="Page navigation"><ul class="pagination justify-content-center">{"".join(lis)}</ul></nav>'
        )

    def render_list(self, n):
        cards = [self.card(a.id, a.title, a.published, a.views) for a in self.pages[n - 1]]
        if n == 2:
            cards.insert(
                3, self.card(self.del_id, "ขอเชิญร่วมกิจกรรม", self.del_when, 41, has_img=False)
            )
        content = f"""<h4 class="title-page"><i class="far fa-newspaper"></i> {SECTION}</h4>
<div class="row news-list">
{chr(10).join(cards)}
</div>
{self.pager(n)}"""
        crumb = f'<li class="breadcrumb-item active" aria-current="page">{SECTION}</li>'
        return self.html_response(self.shell(content, crumb=crumb))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 302, {"Location": f"{base}{LIST}?cat=1"}, b""
        if path == LIST:
            if qs1(query, "cat", "1") != "1":
                return None
            page = qs1(query, "page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.render_list(int(page))
        if path == DETAIL:
            nid = qs1(query, "id")
            if nid == str(self.del_id):
                return self.render_deleted()
            for a in self.articles:
                if str(a.id) == nid:
                    return self.render_detail(a, base)
            if nid.isdigit():
                return self.render_deleted()
            return None
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            text = text_of(self.render_detail(a, "http://127.0.0.1")[2].decode("utf-8"))
            cands = [
                weekday_th(a.published),
                time_th(a.published) if a.time_printed else "",
                f"เปิดอ่าน {td(f'{a.views:,}')} ครั้ง",
                f"โดย {a.extra['editor']}",
                ANN_HEAD,
                AGENCY_HEAD,
                POPULAR,
                VISITORS,
                OTHERS,
                GALLERY,
                DOWNLOAD,
                SHARE,
                BACK,
                PDPA,
                ADDRESS,
                SLOGAN,
                "รายละเอียดข่าว",
                "-- เลือกหน่วยงาน --",
                ANNOUNCEMENTS[0][0],
            ]
            cands += [x.title for x in self.others(a)]
            cands += [x.title for x in self.popular() if x is not a]
            must_not = keep_furniture(cands, text, a)
            rec = expected_record(a, modified=False, tags=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = ProvinceHallSite()

if __name__ == "__main__":
    main(SITE)
