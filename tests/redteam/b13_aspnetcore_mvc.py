"""Blind-13 red-team site: **ASP.NET Core 8 MVC** (Razor views, the default Bootstrap 5 project
template, scaffolded CRUD views) of a ministry department (กรมส่งเสริมสหกรณ์), built blind.

What it imitates:
- conventional routes: `/News` (Index), `/News/Details/5`; the Index is the **scaffolded table**
  (title, date, counter, "แก้ไข | รายละเอียด | ลบ": the only link to an article is the
  "รายละเอียด" action link); Bootstrap pagination from `asp-route-page` (`/News?page=2`, the
  first page also linked as `/News?page=1`); "แก้ไข" / "ลบ" go (302) to the Identity login page;
- the **same `<title>`** on every article ("รายละเอียดข่าว - CPD.Web", from
  `ViewData["Title"]`), `<html lang="en">` left from the template, CSS-isolation attributes
  (`b-…`) on the layout's elements, the template's cookie-consent partial;
- the detail is the scaffolded **`Details.cshtml`**: `h1` "รายละเอียดข่าว", `h4` "ข่าวประชาสัมพันธ์",
  then one `<dl class="row">` with `dt class = "col-sm-2"` / `dd class = "col-sm-10"` pairs:
  หัวข้อข่าว (**the headline, in a `dd`**), เนื้อหาข่าว (`Html.Raw`), รูปภาพ, หมวดหมู่, แหล่งข่าว
  (**the source as a labelled field**, empty `dd` when none), คำค้น (**tags as one comma-separated
  string**), วันที่เผยแพร่ and วันที่แก้ไข (`{0:g}` under th-TH on ICU: "16/2/67 10:30",
  **Buddhist two-digit year, day first, no zero padding**; วันที่แก้ไข empty unless edited),
  จำนวนผู้เข้าชม ("1234"), สถานะ (a disabled checkbox), ผู้บันทึก; then "แก้ไข | กลับไปหน้ารายการ";
- Razor's default `HtmlEncoder` writes every Thai letter of an `@` expression as a hexadecimal
  character reference (`&#xE02;&#xE48;…`): headline, labels, dates, source, tags; the body
  (`Html.Raw`) and the template's literal text are raw UTF-8;
- a "ข่าวล่าสุด" view component and a "แชร์:" / "พิมพ์" bar beside and below the `dl`;
- the soft-deleted id, linked from page 2, answers 200 with the "ไม่พบข้อมูล" view.
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b13_common import B9Site, build, icu_short_th, razor_encode, record

R = razor_encode
DEPT = "กรมส่งเสริมสหกรณ์"
SOURCES = ["กองประชาสัมพันธ์และเผยแพร่", None, "สำนักงานสหกรณ์จังหวัดขอนแก่น", "กองแผนงาน", None]
DELETED_ID = 61
CSS = "b-7x1k2m9qpd"


class AspNetCoreSite(B9Site):
    key = "b13_aspnetcore_mvc"
    family = "generic"
    imitates = "ASP.NET Core 8 MVC scaffolded CRUD: /News table Index with 'รายละเอียด' action links, /News?page=N (asp-route-page), same <title> 'รายละเอียดข่าว - CPD.Web', Details.cshtml <dl class='row'> with the headline in a dd, source / comma-separated tags / dates '16/2/67 10:30' (th-TH ICU, 2-digit BE) / counter as labelled fields, Razor HtmlEncoder &#x…; entities for every @ output; Edit/Delete -> 302 login; deleted id = 'ไม่พบข้อมูล' view (200)"
    listing_path = "/News"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 25, 36, SOURCES, dt.datetime(2024, 12, 20, 16, 30), first_id=40, step=1
        )
        # ids 40..64 with the deleted 61 between them: shift the newer ones up
        for a in self.articles:
            if a.id >= DELETED_ID:
                a.id += 1
            a.path = f"/News/Details/{a.id}"
        self.setup_routes()

    def page_url(self, k):
        return "/News" if k == 0 else f"/News?page={k + 1}"

    def deleted_paths(self):
        return [f"/News/Details/{DELETED_ID}"]

    def extra_route(self, key, query):
        if key == "/News?page=1":
            return self.html_response(self.listing(0))
        for action in ("Edit", "Delete"):
            if key.startswith(f"/News/{action}/"):
                ret = key.replace("/", "%2F")
                return (
                    302,
                    {
                        "Location": f"/Identity/Account/Login?ReturnUrl={ret}",
                        "Content-Type": "text/html; charset=utf-8",
                    },
                    b"",
                )
        if key.startswith("/Identity/Account/Login"):
            return self.html_response(self.login())
        return None

    def shell(self, title, body, sidebar=True):
        latest = "".join(
            f'<li class="list-group-item"><a href="{a.path}">{R(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        side = (
            f"""<div class="col-lg-3"><div class="card" {CSS}><div class="card-header">ข่าวล่าสุด</div><ul class="list-group list-group-flush">{latest}</ul></div></div>"""
            if sidebar
            else ""
        )
        width = "col-lg-9" if sidebar else "col-12"
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>{R(title)} - CPD.Web</title>
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/css/site.css?v=pAGv4ietcJNk_EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0" />
    <link rel="stylesheet" href="/CPD.Web.styles.css?v=Lq0dQfm8m0k4sR1v3l0ZkqS9Yh3qZ7vJt8n2Wm1cQeE" />
</head>
<body>
    <header {CSS}>
        <div class="bg-primary text-white py-2" {CSS}><div class="container" {CSS}><img src="/images/cpd-logo.png" height="48" alt="" {CSS} /> <span class="fs-5" {CSS}>{R(DEPT)}</span> <small {CSS}>Cooperative Promotion Department</small></div></div>
        <nav class="navbar navbar-expand-sm navbar-toggleable-sm navbar-light bg-white border-bottom box-shadow mb-3" {CSS}>
            <div class="container-fluid" {CSS}>
                <a class="navbar-brand" href="/" {CSS}>CPD.Web</a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target=".navbar-collapse" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation" {CSS}><span class="navbar-toggler-icon" {CSS}></span></button>
                <div class="navbar-collapse collapse d-sm-inline-flex justify-content-between" {CSS}>
                    <ul class="navbar-nav flex-grow-1" {CSS}>
                        <li class="nav-item" {CSS}><a class="nav-link text-dark" href="/">หน้าแรก</a></li>
                        <li class="nav-item" {CSS}><a class="nav-link text-dark" href="/News">ข่าวประชาสัมพันธ์</a></li>
                        <li class="nav-item" {CSS}><a class="nav-link text-dark" href="/Home/Privacy">นโยบายความเป็นส่วนตัว</a></li>
                    </ul>
                    <ul class="navbar-nav"><li class="nav-item"><a class="nav-link text-dark" id="login" href="/Identity/Account/Login">เข้าสู่ระบบ</a></li></ul>
                </div>
            </div>
        </nav>
    </header>
    <div class="container" {CSS}>
        <div id="cookieConsent" class="alert alert-info alert-dismissible fade show" role="alert">
            เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาการให้บริการ <a href="/Home/Privacy">อ่านเพิ่มเติม</a>.
            <button type="button" class="accept-policy btn-close" data-bs-dismiss="alert" aria-label="Close" data-cookie-string=".AspNet.Consent=yes; expires=Sun, 05 Dec 2027 00:00:00 GMT; path=/; secure; samesite=none"><span aria-hidden="true">ยอมรับ</span></button>
        </div>
        <main role="main" class="pb-3" {CSS}>
            <div class="row"><div class="{width}">
{body}
            </div>{side}</div>
        </main>
    </div>
    <footer class="border-top footer text-muted" {CSS}>
        <div class="container" {CSS}>
            &copy; 2024 - {R(DEPT)} 12 ถนนกรุงเกษม แขวงวัดสามพระยา เขตพระนคร กรุงเทพฯ 10200 - <a href="/Home/Privacy">นโยบายความเป็นส่วนตัว</a>
        </div>
    </footer>
    <script src="/lib/jquery/dist/jquery.min.js"></script>
    <script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
    <script src="/js/site.js?v=hRQyftXiu1lLX2P9Ly9xa4gHJgLeR1uGN5qegUobtGo"></script>
</body>
</html>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(a.id, a.title, a.published, a.views))
            if k == 1 and j == 5:
                rows.append(
                    self.row(
                        DELETED_ID,
                        "ประชาสัมพันธ์การรับสมัครคัดเลือกสหกรณ์ดีเด่นแห่งชาติ ประจำปี 2567 (ยกเลิก)",
                        dt.datetime(2024, 9, 3, 10, 15),
                        0,
                    )
                )
        n = len(self.pages)
        pag = ""
        prev_dis = " disabled" if k == 0 else ""
        pag += f'<li class="page-item{prev_dis}"><a class="page-link" href="/News?page={k}">ก่อนหน้า</a></li>'
        for i in range(n):
            act = ' active" aria-current="page' if i == k else ""
            pag += f'<li class="page-item{act}"><a class="page-link" href="/News?page={i + 1}">{i + 1}</a></li>'
        nxt_dis = " disabled" if k == n - 1 else ""
        pag += f'<li class="page-item{nxt_dis}"><a class="page-link" href="/News?page={k + 2 if k < n - 1 else n}">ถัดไป</a></li>'
        body = f"""<h1>{R("ข่าวประชาสัมพันธ์")}</h1>

<p>
    <a href="/News/Create">เพิ่มข่าวใหม่</a>
</p>
<table class="table">
    <thead>
        <tr>
            <th>
                {R("หัวข้อข่าว")}
            </th>
            <th>
                {R("วันที่เผยแพร่")}
            </th>
            <th>
                {R("จำนวนผู้เข้าชม")}
            </th>
            <th></th>
        </tr>
    </thead>
    <tbody>
{"".join(rows)}
    </tbody>
</table>
<nav aria-label="Page navigation"><ul class="pagination">{pag}</ul></nav>"""
        return self.shell("ข่าวประชาสัมพันธ์", body)

    def row(self, nid, title, d, views):
        return f"""        <tr>
            <td>
                {R(title)}
            </td>
            <td>
                {R(icu_short_th(d))}
            </td>
            <td>
                {views}
            </td>
            <td>
                <a href="/News/Edit/{nid}">แก้ไข</a> |
                <a href="/News/Details/{nid}">รายละเอียด</a> |
                <a href="/News/Delete/{nid}">ลบ</a>
            </td>
        </tr>
"""

    def pair(self, label, value):
        return f"""        <dt class = "col-sm-2">
            {R(label)}
        </dt>
        <dd class = "col-sm-10">
            {value}
        </dd>
"""

    def detail(self, a):
        content = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        dl = "".join(
            [
                self.pair("หัวข้อข่าว", R(a.title)),
                self.pair("เนื้อหาข่าว", content),
                self.pair(
                    "รูปภาพ",
                    f'<img src="/uploads/news/{a.id}/cover.jpg" class="img-fluid" alt="{R(a.title)}" />',
                ),
                self.pair("หมวดหมู่", R("ข่าวประชาสัมพันธ์")),
                self.pair("แหล่งข่าว", R(a.source) if a.source else ""),
                self.pair("คำค้น", R(", ".join(a.tags))),
                self.pair("วันที่เผยแพร่", R(icu_short_th(a.published))),
                self.pair("วันที่แก้ไข", R(icu_short_th(a.modified)) if a.modified else ""),
                self.pair("จำนวนผู้เข้าชม", str(a.views)),
                self.pair(
                    "สถานะ",
                    '<input checked="checked" class="check-box" disabled="disabled" type="checkbox" />',
                ),
                self.pair("ผู้บันทึก", "pr.admin@cpd.go.th"),
            ]
        )
        body = f"""<h1>รายละเอียดข่าว</h1>

<div>
    <h4>ข่าวประชาสัมพันธ์</h4>
    <hr />
    <dl class="row">
{dl}    </dl>
</div>
<div class="d-flex gap-2 my-3 share-bar">
    <span>แชร์:</span>
    <a class="btn btn-sm btn-outline-primary" href="https://www.facebook.com/sharer/sharer.php?u=/News/Details/{a.id}" target="_blank">Facebook</a>
    <a class="btn btn-sm btn-outline-success" href="https://social-plugins.line.me/lineit/share?url=/News/Details/{a.id}" target="_blank">LINE</a>
    <button class="btn btn-sm btn-outline-secondary" onclick="window.print()">พิมพ์</button>
</div>
<div>
    <a href="/News/Edit/{a.id}">แก้ไข</a> |
    <a href="/News">กลับไปหน้ารายการ</a>
</div>"""
        return self.shell("รายละเอียดข่าว", body)

    def deleted(self):
        body = """<h1>รายละเอียดข่าว</h1>
<div class="alert alert-warning" role="alert">ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว</div>
<div>
    <a href="/News">กลับไปหน้ารายการ</a>
</div>"""
        return self.shell("รายละเอียดข่าว", body)

    def login(self):
        body = """<h1>เข้าสู่ระบบ</h1>
<div class="row"><div class="col-md-4"><section><form id="account" method="post"><h2>ใช้บัญชีผู้ใช้ภายในเพื่อเข้าสู่ระบบ</h2><hr /><div class="form-floating mb-3"><input class="form-control" autocomplete="username" aria-required="true" placeholder="name@example.com" type="email" id="Input_Email" name="Input.Email" value="" /><label class="form-label" for="Input_Email">อีเมล</label></div><div class="form-floating mb-3"><input class="form-control" autocomplete="current-password" aria-required="true" placeholder="password" type="password" id="Input_Password" name="Input.Password" /><label class="form-label" for="Input_Password">รหัสผ่าน</label></div><div><button id="login-submit" type="submit" class="w-100 btn btn-lg btn-primary">เข้าสู่ระบบ</button></div></form></section></div></div>"""
        return self.shell("เข้าสู่ระบบ", body, sidebar=False)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "หัวข้อข่าว",
                "เนื้อหาข่าว",
                "แหล่งข่าว",
                "คำค้น",
                "วันที่เผยแพร่",
                "จำนวนผู้เข้าชม",
                "ผู้บันทึก",
                "pr.admin@cpd.go.th",
                "แชร์:",
                "กลับไปหน้ารายการ",
                "ข่าวล่าสุด",
                "เว็บไซต์นี้ใช้คุกกี้",
                "รายละเอียดข่าว",
                icu_short_th(a.published),
                self.articles[0].title if a is not self.articles[0] else self.articles[1].title,
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = AspNetCoreSite()

if __name__ == "__main__":
    main(SITE)
