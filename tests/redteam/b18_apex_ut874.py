"""Blind-18 red-team site: an Oracle APEX (Universal Theme 42) news application of a regional
irrigation office (สำนักงานชลประทาน), published through ORDS/mod_plsql on a TH8TISASCII
database, built blind.

What it imitates:
- `f?p=APP:PAGE:SESSION:REQUEST:DEBUG:CLEARCACHE:ITEMNAMES:ITEMVALUES` URLs under `/ords/`:
  the list is page 1 (`/ords/f?p=118:1:0`, "zero session" for public pages), the detail is
  page 2 (`/ords/f?p=118:2:0::NO::P2_ID:2541`);
- the list is a classic report (`t-Report-report`, `td.t-Report-cell headers="..."`) with
  "Row Ranges X to Y" pagination in the old `pg_R_<region id>` + `pg_min_row` style:
  **offsets** (`&pg_min_row=11&pg_max_rows=10&pg_rows_fetched=10`); the date column uses
  the `SINCE` mask ("12 วันที่ผ่านมา", relative to a fixed "today");
- `<title>` "ระบบข่าวประชาสัมพันธ์" on **every page**; the breadcrumb region's
  `h1.t-BreadcrumbRegion-titleText` is the page name "รายละเอียดข่าว"; **the headline is the
  `h2.t-Region-title` of the content region** (the region title is `&P2_TITLE.`);
- display-only page items in `t-Form-fieldContainer`s: "วันที่ประกาศ" `16/02/2567`
  (DD/MM/YYYY, Thai Buddha calendar), a separate "เวลา" item `10.30 น.` only for items
  whose time was entered (a server-side condition), "แก้ไขล่าสุด" `20-ก.พ.-67 14:05`
  (Oracle `DD-MON-RR HH24:MI` with NLS_DATE_LANGUAGE THAI: abbreviated month, **two-digit
  BE year**) only when `UPDATED_ON` is not null, "จำนวนผู้อ่าน" in **Thai digits**
  `๑,๒๓๔ ครั้ง`, "แหล่งข่าว" (the source, a labelled item, only when set) and "คำสำคัญ"
  (comma-separated keywords = tags, only when set);
- the body is the rich-text CLOB in a static region, followed in the same region body by a
  "พิมพ์" / "กลับหน้ารายการ" button bar; a "ข่าวอื่น ๆ" report region beside it;
- served as `text/html; charset=TIS-620` with `<meta charset="tis-620">`, but the bytes are
  **windows-874** (the "…" of "อ่านต่อ…" and the curly quotes are 0x85/0x93/0x94, which
  TIS-620 proper does not have);
- the deleted id linked from page 2 answers 200 with the detail page whose items are empty
  and whose report region prints "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b13_common import B9Site, build, record

APP = 118
SESSION = "0"
REGION = "31245718829407516"
OFFICE = "สำนักงานชลประทานที่ 8"
SOURCES = [
    None,
    "ฝ่ายประชาสัมพันธ์ สำนักงานชลประทานที่ 8",
    None,
    "โครงการชลประทานนครราชสีมา",
    "โครงการส่งน้ำและบำรุงรักษาลำพระเพลิง",
    None,
    None,
]
KEYWORDS = ["น้ำ", "เขื่อน", "ฤดูแล้ง", "ชลประทาน", "เกษตรกร", "อุทกภัย"]
DELETED_ID = 2399
TODAY = dt.datetime(2024, 10, 1, 9, 0)


def dmy_be(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be(d)}"


def ora_dmonrr(d: dt.datetime) -> str:
    """'20-ก.พ.-67 14:05' (DD-MON-RR HH24:MI, NLS_DATE_LANGUAGE THAI, Thai Buddha calendar)."""
    return f"{d.day:02d}-{MONTHS_ABBR[d.month - 1]}-{str(be(d))[-2:]} {d.hour:02d}:{d.minute:02d}"


def since(d: dt.datetime) -> str:
    days = (TODAY.date() - d.date()).days
    if days >= 30:
        return f"{days // 30} เดือนที่ผ่านมา"
    return f"{days} วันที่ผ่านมา"


class ApexSite(B9Site):
    key = "b18_apex_ut874"
    family = "generic"
    charset = "cp874"
    imitates = "Oracle APEX Universal Theme news app via ORDS: /ords/f?p=118:1:0 list (classic t-Report, offset pagination pg_R_…&pg_min_row=N), detail f?p=118:2:0::NO::P2_ID:n, same <title>, h1 = breadcrumb page name, headline in h2.t-Region-title, display-only items 'วันที่ประกาศ 16/02/2567' + 'เวลา 10.30 น.' for some, 'แก้ไขล่าสุด 20-ก.พ.-67 14:05' for some, 'จำนวนผู้อ่าน ๑,๒๓๔ ครั้ง', 'แหล่งข่าว' labelled source, 'คำสำคัญ' keywords; charset=TIS-620 header+meta, windows-874 bytes; deleted = empty items + 'ไม่พบข้อมูล' (200)"
    listing_path = f"/ords/f?p={APP}:1:{SESSION}"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 4107, SOURCES, dt.datetime(2024, 9, 28, 16, 30), first_id=2380, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = f"/ords/f?p={APP}:2:{SESSION}::NO::P2_ID:{a.id}"
            a.tags = [KEYWORDS[(i * 2 + k) % len(KEYWORDS)] for k in range(i % 3)] if i % 4 else []
            if a.modified and a.modified <= a.published:
                a.modified = None
        self.setup_routes()

    def page_url(self, k):
        if k == 0:
            return self.listing_path
        n = self.per_page
        return f"/ords/f?p={APP}:1:{SESSION}:pg_R_{REGION}:NO&pg_min_row={k * n + 1}&pg_max_rows={n}&pg_rows_fetched={n}"

    def deleted_paths(self):
        return [f"/ords/f?p={APP}:2:{SESSION}::NO::P2_ID:{DELETED_ID}"]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=TIS-620"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def robots(self):
        return "User-agent: *\nDisallow: /ords/wwv_flow.accept\nDisallow: /ords/apex_authentication\nAllow: /ords/f\n"

    def shell(self, page_id, breadcrumb_title, crumbs, body, side=""):
        return f"""<!DOCTYPE html>
<html class="no-js page-{page_id} app-{APP}" lang="th" >
<head>
  <meta http-equiv="x-ua-compatible" content="IE=edge" />
  <meta charset="tis-620">
  <title>ระบบข่าวประชาสัมพันธ์</title>
  <link rel="stylesheet" href="/i/app_ui/css/Core.min.css?v=23.1.0" type="text/css" />
  <link rel="stylesheet" href="/i/themes/theme_42/23.1/css/Core.min.css?v=23.1.0" type="text/css" />
  <link rel="stylesheet" href="/i/themes/theme_42/23.1/css/Theme-Standard.min.css?v=23.1.0" type="text/css" />
  <link rel="stylesheet" href="/i/themes/theme_42/23.1/css/Vita.min.css?v=23.1.0" id="CSS_THEME_STYLE" type="text/css" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body class="t-PageBody t-PageBody--hideLeft t-PageBody--hideActions no-anim t-PageTemplate--standard apex-top-nav apex-icons-fontapex apex-theme-vita" id="t_PageBody">
<a href="#main" id="t_Body_skipToContent">ข้ามไปยังเนื้อหาหลัก</a>
<form role="none" action="wwv_flow.accept" method="post" name="wwv_flow" id="wwvFlowForm" data-oj-binding-provider="none" novalidate  autocomplete="off">
<input type="hidden" name="p_flow_id" value="{APP}" id="pFlowId" /><input type="hidden" name="p_flow_step_id" value="{page_id}" id="pFlowStepId" /><input type="hidden" name="p_instance" value="{SESSION}" id="pInstance" /><input type="hidden" name="p_page_submission_id" value="MTE4OjE6MDo4OTE3MzQ1" id="pPageSubmissionId" /><input type="hidden" name="p_request" value="" id="pRequest" /><input type="hidden" name="p_reload_on_submit" value="S" id="pReloadOnSubmit" /><input type="hidden" value="{APP}&#x3A;{page_id}&#x3A;{SESSION}" id="pContext" /><input type="hidden" value="3F9C0B1D2A" id="pSalt" />
<header class="t-Header" id="t_Header" role="banner">
  <div class="t-Header-branding">
    <div class="t-Header-controls"><button class="t-Button t-Button--icon t-Button--header t-Button--headerTree" aria-label="เมนูหลัก" title="เมนูหลัก" id="t_Button_navControl" type="button"><span class="t-Header-controlsIcon" aria-hidden="true"></span></button></div>
    <div class="t-Header-logo"><a href="f?p={APP}:1:{SESSION}" class="t-Header-logo-link"><img src="r/rid/118/files/static/v12/logo-rid.png" alt="" class="apex-logo-img" /><span class="apex-logo-text">{OFFICE} กรมชลประทาน</span></a></div>
    <div class="t-Header-navBar"><ul class="t-NavigationBar " data-mode="classic" id="29876"><li class="t-NavigationBar-item"><a class="t-Button t-Button--icon t-Button--header t-Button--navBar" href="f?p={APP}:LOGIN:{SESSION}"><span class="t-Icon fa fa-sign-in" aria-hidden="true"></span><span class="t-Button-label">เข้าสู่ระบบ</span></a></li></ul></div>
  </div>
  <div class="t-Header-nav"><div class="t-Header-nav-list"><ul><li><a href="f?p={APP}:1:{SESSION}">ข่าวประชาสัมพันธ์</a></li><li><a href="f?p={APP}:5:{SESSION}">สถานการณ์น้ำ</a></li><li><a href="f?p={APP}:7:{SESSION}">จัดซื้อจัดจ้าง</a></li><li><a href="f?p={APP}:9:{SESSION}">ติดต่อเรา</a></li></ul></div></div>
</header>
<div class="t-Body">
  <div class="t-Body-main">
    <div class="t-Body-title" id="t_Body_title">
<div class="t-BreadcrumbRegion t-BreadcrumbRegion--showBreadcrumb t-BreadcrumbRegion--useBreadcrumbTitle">
  <div class="t-BreadcrumbRegion-body">
    <div class="t-BreadcrumbRegion-breadcrumb">
      <ul class="t-Breadcrumb ">{crumbs}</ul>
    </div>
    <div class="t-BreadcrumbRegion-title">
      <h1 class="t-BreadcrumbRegion-titleText">{breadcrumb_title}</h1>
    </div>
  </div>
  <div class="t-BreadcrumbRegion-buttons"></div>
</div>
    </div>
    <div class="t-Body-content" id="t_Body_content">
      <main id="main" class="t-Body-mainContent">
        <div class="t-Body-fullContent"></div>
        <div class="t-Body-contentInner">
<div class="container">
<div class="row">
<div class="col col-8 apex-col-auto">{body}</div>
<div class="col col-4 apex-col-auto">{side}</div>
</div>
</div>
        </div>
        <footer class="t-Footer" id="t_Footer" role="contentinfo">
          <div class="t-Footer-body">
            <div class="t-Footer-content"><p>{OFFICE} 89 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดนครราชสีมา 30000</p><p>จำนวนผู้เยี่ยมชมเว็บไซต์ 00738214 คน</p></div>
            <div class="t-Footer-apex"><div class="t-Footer-version">Release 2.3</div><div class="t-Footer-customize"></div></div>
          </div>
          <div class="t-Footer-top"><a href="#top" class="t-Footer-topButton" id="t_Footer_topButton" title="กลับด้านบน" aria-label="กลับด้านบน"><span class="a-Icon icon-up-chevron" aria-hidden="true"></span></a></div>
        </footer>
      </main>
    </div>
  </div>
</div>
<input type="hidden" id="pPageItemsRowVersion" value="" /><input type="hidden" id="pPageItemsProtected" value="AA-1xLkFZ2k1cXnQ" /><input type="hidden" id="pPageFormRegionChecksums" value="&#x5B;&#x5D;">
</form>
<script src="/i/libraries/apex/minified/desktop_all.min.js?v=23.1.0"></script>
<script type="text/javascript">apex.jQuery(function(){{apex.page.init(this,function(){{}});}});</script>
</body>
</html>"""

    def crumbs(self, detail):
        first = (
            f'<li class="t-Breadcrumb-item"><a href="f?p={APP}:1:{SESSION}" class="t-Breadcrumb-label">ข่าวประชาสัมพันธ์</a></li>'
            if detail
            else '<li class="t-Breadcrumb-item is-active" aria-current="page"><h1 class="t-Breadcrumb-label">ข่าวประชาสัมพันธ์</h1></li>'
        )
        home = '<li class="t-Breadcrumb-item"><a href="https://www.rid.go.th/" class="t-Breadcrumb-label">กรมชลประทาน</a></li>'
        cur = (
            '<li class="t-Breadcrumb-item is-active" aria-current="page"><span class="t-Breadcrumb-label">รายละเอียดข่าว</span></li>'
            if detail
            else ""
        )
        return home + first + cur

    def region(self, rid, title, body, cls="t-Region--scrollBody", title_hidden=False):
        hidden = " a-Region-headerItems--hidden" if title_hidden else ""
        return f"""<div class="t-Region {cls}" id="R{rid}" aria-live="polite" role="region" aria-labelledby="R{rid}_heading">
 <div class="t-Region-header">
  <div class="t-Region-headerItems t-Region-headerItems--title{hidden}">
    <h2 class="t-Region-title" id="R{rid}_heading" data-apex-heading>{title}</h2>
  </div>
  <div class="t-Region-headerItems t-Region-headerItems--buttons"><span class="js-maximizeButtonContainer"></span></div>
 </div>
 <div class="t-Region-bodyWrap">
   <div class="t-Region-buttons t-Region-buttons--top"><div class="t-Region-buttons-left"></div><div class="t-Region-buttons-right"></div></div>
   <div class="t-Region-body">
{body}
   </div>
 </div>
</div>"""

    def row(self, n, path, title, d, views):
        href = path
        return f"""<tr><td class="t-Report-cell" headers="RN">{n}</td><td class="t-Report-cell" headers="TITLE"><a href="{esc(href)}">{esc(title)}</a></td><td class="t-Report-cell" headers="CREATED_ON"><span title="{dmy_be(d)}">{since(d)}</span></td><td class="t-Report-cell" align="right" headers="VIEWS">{views:,}</td></tr>"""

    def listing(self, k):
        rows = []
        base = k * self.per_page
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(base + j + 1, a.path, a.title, a.published, a.views))
            if k == 1 and j == 3:
                rows.append(
                    self.row(
                        "",
                        self.deleted_paths()[0],
                        "ประกาศงดส่งน้ำชั่วคราวเพื่อซ่อมแซมอาคารบังคับน้ำ คลองส่งน้ำสายใหญ่ฝั่งซ้าย",
                        dt.datetime(2024, 7, 19, 10, 0),
                        41,
                    )
                )
        n = len(self.pages)
        total = len(self.articles)
        links = ""
        if k:
            links += f'<a href="{esc(self.page_url(k - 1))}" class="t-Report-paginationLink t-Report-paginationLink--prev"><span class="a-Icon icon-left-arrow"></span>ก่อนหน้า</a>'
        links += f'<span class="t-Report-paginationText">แถว {base + 1} - {min(base + self.per_page, total)} จาก {total}</span>'
        if k < n - 1:
            links += f'<a href="{esc(self.page_url(k + 1))}" class="t-Report-paginationLink t-Report-paginationLink--next">ถัดไป<span class="a-Icon icon-right-arrow"></span></a>'
        report = f"""<div class="t-Report t-Report--altRowsDefault t-Report--rowHighlight" id="report_R{REGION}" data-region-id="R{REGION}">
  <div class="t-Report-wrap">
    <table class="t-Report-pagination" role="presentation"></table>
    <div class="t-Report-tableWrap">
    <table class="t-Report-report" aria-label="ข่าวประชาสัมพันธ์">
      <thead><tr><th class="t-Report-colHead" align="center" id="RN">ลำดับ</th><th class="t-Report-colHead" align="left" id="TITLE">หัวข้อข่าว</th><th class="t-Report-colHead" align="left" id="CREATED_ON">วันที่</th><th class="t-Report-colHead" align="right" id="VIEWS">ผู้อ่าน</th></tr></thead>
      <tbody>{"".join(rows)}</tbody>
    </table>
    </div>
    <div class="t-Report-links"></div>
    <table class="t-Report-pagination t-Report-pagination--bottom" role="presentation"><tr><td class="pagination">{links}</td></tr></table>
  </div>
</div>"""
        body = self.region(REGION, "ข่าวประชาสัมพันธ์", report)
        return self.shell(1, "ข่าวประชาสัมพันธ์", self.crumbs(False), body, self.side(None))

    def side(self, a):
        others = [b for b in self.articles if b is not a][:5]
        rows = "".join(
            f'<tr><td class="t-Report-cell" headers="OTHER_TITLE"><a href="{esc(b.path)}">{esc(b.title)}</a></td></tr>'
            for b in others
        )
        rep = f'<div class="t-Report t-Report--stretch t-Report--inline" id="report_R4551"><div class="t-Report-wrap"><div class="t-Report-tableWrap"><table class="t-Report-report" aria-label="ข่าวอื่น ๆ"><tbody>{rows}</tbody></table></div><div class="t-Report-links"><a href="f?p={APP}:1:{SESSION}">อ่านต่อ…</a></div></div></div>'
        notice = "<p>“แจ้งเตือนสถานการณ์น้ำ” ติดตามได้ที่ศูนย์ปฏิบัติการน้ำอัจฉริยะ โทร. 1460</p>"
        return self.region(4551, "ข่าวอื่น ๆ", rep) + self.region(
            4552, "ประกาศ", notice, "t-Region--accent1"
        )

    def item(self, name, label, value):
        return f"""<div class="t-Form-fieldContainer t-Form-fieldContainer--floatingLabel is-active rel-col apex-item-wrapper apex-item-wrapper--display-only" id="{name}_CONTAINER"><div class="t-Form-labelContainer"><label for="{name}_DISPLAY" id="{name}_LABEL" class="t-Form-label">{label}</label></div><div class="t-Form-inputContainer"><div class="t-Form-itemWrapper"><input type="hidden" name="{name}" id="{name}" value="{esc(value)}"><span id="{name}_DISPLAY" class="display_only apex-item-display-only" data-escape="true">{esc(value)}</span></div><span id="{name}_error_placeholder" class="a-Form-error u-hidden" data-template-id="33610259035469734_ET"></span></div></div>"""

    def items(self, a):
        parts = [self.item("P2_CREATED_ON", "วันที่ประกาศ", dmy_be(a.published))]
        if a.time_printed:
            parts.append(
                self.item(
                    "P2_CREATED_TIME", "เวลา", f"{a.published.hour:02d}.{a.published.minute:02d} น."
                )
            )
        if a.modified:
            parts.append(self.item("P2_UPDATED_ON", "แก้ไขล่าสุด", ora_dmonrr(a.modified)))
        parts.append(self.item("P2_VIEWS", "จำนวนผู้อ่าน", thai_digits(f"{a.views:,}") + " ครั้ง"))
        if a.source:
            parts.append(self.item("P2_SOURCE", "แหล่งข่าว", a.source))
        if a.tags:
            parts.append(self.item("P2_KEYWORDS", "คำสำคัญ", ", ".join(a.tags)))
        return (
            '<div class="row">'
            + "".join(f'<div class="col col-6">{p}</div>' for p in parts)
            + "</div>"
        )

    def buttons(self):
        return f"""<div class="t-ButtonRegion t-Form--floatLeft" id="R4560"><div class="t-ButtonRegion-wrap"><div class="t-ButtonRegion-col t-ButtonRegion-col--left"><div class="t-ButtonRegion-buttons"><button onclick="window.print();" class="t-Button t-Button--icon t-Button--iconLeft" type="button" id="B_PRINT"><span class="t-Icon t-Icon--left fa fa-print" aria-hidden="true"></span><span class="t-Button-label">พิมพ์</span></button><button onclick="apex.navigation.redirect('f?p={APP}:1:{SESSION}');" class="t-Button" type="button" id="B_BACK"><span class="t-Button-label">กลับหน้ารายการ</span></button></div></div></div></div>"""

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        body = self.region(
            4557,
            esc(a.title),
            f'<div id="P2_ITEMS">{self.items(a)}</div>\n<div class="news-body">{paras}</div>\n{self.buttons()}',
        )
        return self.shell(2, "รายละเอียดข่าว", self.crumbs(True), body, self.side(a))

    def deleted(self):
        empty = '<span class="nodatafound">ไม่พบข้อมูล</span>'
        items = self.item("P2_CREATED_ON", "วันที่ประกาศ", "") + self.item(
            "P2_VIEWS", "จำนวนผู้อ่าน", " ครั้ง"
        )
        body = self.region(
            4557,
            "",
            f'<div id="P2_ITEMS"><div class="row"><div class="col col-12">{items}</div></div></div>\n<div class="news-body">{empty}</div>\n{self.buttons()}',
        )
        return self.shell(2, "รายละเอียดข่าว", self.crumbs(True), body, self.side(None))

    def expected(self):
        out = []
        for a in self.articles:
            others = [b for b in self.articles if b is not a][:5]
            must_not = [
                *[b.title for b in others],
                "ข่าวอื่น ๆ",
                "วันที่ประกาศ",
                "แก้ไขล่าสุด",
                "จำนวนผู้อ่าน",
                "แหล่งข่าว",
                "คำสำคัญ",
                "กลับหน้ารายการ",
                "รายละเอียดข่าว",
                "แจ้งเตือนสถานการณ์น้ำ",
                "ศูนย์ปฏิบัติการน้ำอัจฉริยะ",
                "จำนวนผู้เยี่ยมชมเว็บไซต์",
                "Release 2.3",
                "ถนนมิตรภาพ",
                "เข้าสู่ระบบ",
                "อ่านต่อ…",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = ApexSite()

if __name__ == "__main__":
    main(SITE)
