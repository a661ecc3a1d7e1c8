"""Blind-18 red-team site (part A): a provincial agriculture office's **Java EE e-government
portal** in JSF 2.2 (Mojarra, Facelets) + PrimeFaces 6 on Tomcat, built blind.

What it imitates (สำนักงานเกษตรจังหวัดขอนแก่น):
- served as **TIS-620**: the header `text/html;charset=TIS-620` is the only declaration (no
  meta charset, no XML prolog); characters outside TIS-620 (curly quotes, en dashes, bullets)
  are written as numeric references, as Mojarra's writer does;
- the `<Context cookies="false">` setting: Tomcat **rewrites every `h:link` / `h:outputLink`
  with `;jsessionid=<32 hex>`** (titles in the table, pager, sidebar, related table), while the
  hand-written thumbnail links (`#{request.contextPath}/news/view.xhtml?id=…`) carry none;
  expected URLs carry no jsessionid (the server ignores it);
- **same `<title>`** on every page; the panel header `span.ui-panel-title` says only
  "รายละเอียดข่าวประชาสัมพันธ์" — the **headline is a value cell** of a `p:panelGrid` of
  label/value rows ("หัวข้อข่าว :"), no heading carries it;
- the date and time in **separate rows**: "วันที่ข่าว :" `f:convertDateTime
  pattern="MMM d, yyyy" locale="th_TH"` → "ก.พ. 15, 2567" (**month first**, abbreviated month,
  **BE** from Java's BuddhistCalendar), and "เวลา :" "10:30 ก่อนเที่ยง" / "2:30 หลังเที่ยง"
  (`h:mm a`, Java's Thai AM/PM markers) only for items whose time was entered;
  "ปรับปรุงล่าสุด :" "20/02/2567 14:10" only for edited items; "จำนวนผู้เข้าชม :" "1,234 ครั้ง";
  "หน่วยงานที่เผยแพร่ :" the office (a **labelled field**, every item); "คำสำคัญ :" chips
  (some items);
- the text is one `h:outputText escape="false"` cell, paragraphs joined by `<br /><br />`;
  inside the same panel: a "เอกสารแนบ" `p:dataTable` (ลำดับ / ชื่อไฟล์ / ขนาด / ดาวน์โหลด),
  the "พิมพ์" / "ส่งต่อ" / "ย้อนกลับ" buttons, and a "ข่าวที่เกี่ยวข้อง" `p:dataTable` of titles
  and dates; `p:menu` sidebar with "ข่าวล่าสุด" and a visitor counter, a login panel, footer;
- listing `p:dataTable` with a real-href paginator (`?first=8`, **offsets**),
  "{CurrentPageReport}" "(หน้า 1 จาก 3)";
- the deleted id renders the same view with empty values and the datatable empty message
  "ไม่พบข้อมูล" plus a `p:messages` "ไม่พบข่าวที่ท่านเรียก หรือข่าวถูกยกเลิกการเผยแพร่" (200).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS_ABBR, be, esc, main
from .b8_common import record
from .b13_common import B9Site, build

OFFICE = "สำนักงานเกษตรจังหวัดขอนแก่น"
CTX = "/egov"
SESSION = ";jsessionid=8F3C2A91D04B7E65A1C9F2E07B3D6A48"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดขอนแก่น",
    "สำนักงานเกษตรอำเภอชุมแพ",
    "กลุ่มส่งเสริมและพัฒนาเกษตรกร สำนักงานเกษตรจังหวัดขอนแก่น",
    "สำนักงานเกษตรอำเภอน้ำพอง",
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดขอนแก่น",
]
DELETED_ID = 20240391
TITLE = "ระบบบริหารจัดการข่าวประชาสัมพันธ์ :: สำนักงานเกษตรจังหวัดขอนแก่น"
MUST_NOT = [
    "เอกสารแนบ",
    "ชื่อไฟล์",
    "ดาวน์โหลด",
    "ส่งต่อ",
    "ย้อนกลับ",
    "ข่าวที่เกี่ยวข้อง",
    "จำนวนผู้เข้าชม",
    "หน่วยงานที่เผยแพร่",
    "ปรับปรุงล่าสุด",
    "คำสำคัญ",
    "หัวข้อข่าว",
    "รายละเอียดข่าวประชาสัมพันธ์",
    "สถิติผู้เข้าชม",
    "เข้าสู่ระบบ",
]


def jdate(d: dt.datetime) -> str:
    """'ก.พ. 15, 2567' (SimpleDateFormat 'MMM d, yyyy', th_TH: BuddhistCalendar)."""
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {be(d)}"


def jtime(d: dt.datetime) -> str:
    """'10:30 ก่อนเที่ยง' (SimpleDateFormat 'h:mm a', th_TH)."""
    h = d.hour % 12 or 12
    return f"{h}:{d.minute:02d} {'ก่อนเที่ยง' if d.hour < 12 else 'หลังเที่ยง'}"


def jstamp(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{be(d)} {d.hour:02d}:{d.minute:02d}"


def row(label: str, value: str, idx: int, vid: str) -> str:
    cls = "ui-panelgrid-even" if idx % 2 == 0 else "ui-panelgrid-odd"
    return (
        f'<tr class="ui-widget-content {cls}" role="row"><td role="gridcell" class="ui-panelgrid-cell label-col" style="width:160px">'
        f'<label id="frmNews:lbl{vid}" class="ui-outputlabel ui-widget">{label}</label></td>'
        f'<td role="gridcell" class="ui-panelgrid-cell">{value}</td></tr>'
    )


class JsfSite(B9Site):
    key = "b18_jsf_primefaces"
    family = "generic"
    charset = "tis-620"
    imitates = "JSF 2.2 + PrimeFaces 6 on Tomcat (TIS-620 declared only in the header, ;jsessionid= on every h:link, same <title>, headline only in a panelGrid value cell, 'ก.พ. 15, 2567' month-first BE + separate 'เวลา' row '10:30 ก่อนเที่ยง' for some, 'ปรับปรุงล่าสุด' for edited, labelled 'หน่วยงานที่เผยแพร่', attachments + related datatables inside the panel, ?first= offsets; deleted = empty view + 'ไม่พบข้อมูล' (200)"
    listing_path = f"{CTX}/news/list.xhtml"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 163, SOURCES, dt.datetime(2024, 10, 2, 16, 30), first_id=20240400, step=3
        )
        for i, a in enumerate(self.articles):
            a.path = f"{CTX}/news/view.xhtml?id={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            if i % 3 == 1:
                a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?first={k * self.per_page}"

    def deleted_paths(self):
        return [f"{CTX}/news/view.xhtml?id={DELETED_ID}"]

    def robots(self):
        return "User-agent: *\nDisallow: /egov/login.xhtml\nDisallow: /egov/download\nDisallow: /egov/javax.faces.resource/\n"

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.encode("tis-620", "xmlcharrefreplace")
        return (
            status,
            {"Content-Type": "text/html;charset=TIS-620", "X-Powered-By": "JSF/2.2"},
            body,
        )

    def route(self, path, query, raw_query, base):
        path = re.sub(r";jsessionid=[0-9A-Fa-f]+", "", path)
        return super().route(path, query, raw_query, base)

    @staticmethod
    def link(path: str) -> str:
        """h:link / h:outputLink: Tomcat's encodeURL puts the session id before the query."""
        p, _, q = path.partition("?")
        return p + SESSION + (f"?{q}" if q else "")

    def shell(self, content):
        latest = "".join(
            f'<li class="ui-menuitem ui-widget ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{self.link(a.path)}"><span class="ui-menuitem-text">{esc(a.title)}</span></a></li>'
            for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml"><head id="j_idt2"><link type="text/css" rel="stylesheet" href="{CTX}/javax.faces.resource/theme.css.xhtml{SESSION}?ln=primefaces-bootstrap" /><link type="text/css" rel="stylesheet" href="{CTX}/javax.faces.resource/components.css.xhtml{SESSION}?ln=primefaces&amp;v=6.2" /><script type="text/javascript" src="{CTX}/javax.faces.resource/jquery/jquery.js.xhtml{SESSION}?ln=primefaces&amp;v=6.2"></script><script type="text/javascript" src="{CTX}/javax.faces.resource/core.js.xhtml{SESSION}?ln=primefaces&amp;v=6.2"></script><script type="text/javascript" src="{CTX}/javax.faces.resource/components.js.xhtml{SESSION}?ln=primefaces&amp;v=6.2"></script><script type="text/javascript">if(window.PrimeFaces){{PrimeFaces.settings.locale='th_TH';}}</script>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<title>{TITLE}</title>
<link href="{CTX}/resources/css/portal.css" rel="stylesheet" type="text/css" /></head><body>
<div id="header" class="portal-header"><img src="{CTX}/resources/images/doae-logo.png" alt="กรมส่งเสริมการเกษตร" /><div class="header-text"><div class="th-name">{OFFICE}</div><div class="en-name">Khon Kaen Provincial Agricultural Extension Office</div></div></div>
<form id="frmMenu" name="frmMenu" method="post" action="{CTX}/news/list.xhtml{SESSION}" enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmMenu" value="frmMenu" />
<div id="frmMenu:mnuBar" class="ui-menu ui-menubar ui-widget ui-widget-content ui-corner-all ui-helper-clearfix" role="menubar"><div tabindex="0" class="ui-helper-hidden-accessible"></div><ul class="ui-menu-list ui-helper-reset"><li class="ui-widget ui-menuitem ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{CTX}/index.xhtml{SESSION}"><span class="ui-menuitem-icon ui-icon fa fa-home"></span><span class="ui-menuitem-text">หน้าหลัก</span></a></li><li class="ui-widget ui-menuitem ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{CTX}/about.xhtml{SESSION}"><span class="ui-menuitem-text">เกี่ยวกับหน่วยงาน</span></a></li><li class="ui-widget ui-menuitem ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{CTX}/news/list.xhtml{SESSION}"><span class="ui-menuitem-text">ข่าวประชาสัมพันธ์</span></a></li><li class="ui-widget ui-menuitem ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{CTX}/service/farmer.xhtml{SESSION}"><span class="ui-menuitem-text">ทะเบียนเกษตรกร</span></a></li><li class="ui-widget ui-menuitem ui-corner-all" role="menuitem"><a class="ui-menuitem-link ui-corner-all" href="{CTX}/contact.xhtml{SESSION}"><span class="ui-menuitem-text">ติดต่อเรา</span></a></li></ul></div><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:0" value="-3418873208771940128:6820497335918207743" autocomplete="off" />
</form>
<div class="ui-g"><div class="ui-g-12 ui-md-9" id="content">
{content}
</div><div class="ui-g-12 ui-md-3" id="sidebar">
<div id="pnlLogin" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">เข้าสู่ระบบเจ้าหน้าที่</span></div><div class="ui-panel-content ui-widget-content"><form id="frmLogin" method="post" action="{CTX}/login.xhtml{SESSION}"><input id="frmLogin:username" name="frmLogin:username" type="text" placeholder="ชื่อผู้ใช้" class="ui-inputfield ui-inputtext ui-widget ui-state-default ui-corner-all" /><input id="frmLogin:password" name="frmLogin:password" type="password" placeholder="รหัสผ่าน" class="ui-inputfield ui-password ui-inputtext ui-widget ui-state-default ui-corner-all" /><button id="frmLogin:btnLogin" name="frmLogin:btnLogin" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-only" type="submit"><span class="ui-button-text ui-c">เข้าสู่ระบบ</span></button></form></div></div>
<div id="pnlLatest" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">ข่าวล่าสุด</span></div><div class="ui-panel-content ui-widget-content"><div class="ui-menu ui-widget ui-widget-content ui-corner-all"><ul class="ui-menu-list ui-helper-reset">{latest}</ul></div></div></div>
<div id="pnlStat" class="ui-panel ui-widget ui-widget-content ui-corner-all"><div class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">สถิติผู้เข้าชม</span></div><div class="ui-panel-content ui-widget-content"><table class="ui-panelgrid ui-widget"><tbody><tr class="ui-widget-content"><td class="ui-panelgrid-cell">วันนี้</td><td class="ui-panelgrid-cell">318</td></tr><tr class="ui-widget-content"><td class="ui-panelgrid-cell">เดือนนี้</td><td class="ui-panelgrid-cell">9,842</td></tr><tr class="ui-widget-content"><td class="ui-panelgrid-cell">ทั้งหมด</td><td class="ui-panelgrid-cell">741,205</td></tr></tbody></table></div></div>
</div></div>
<div id="footer" class="portal-footer">{OFFICE} ศูนย์ราชการจังหวัดขอนแก่น ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000 โทร. 0 4323 6541<br />Powered by Java EE / PrimeFaces</div>
</body>
</html>"""

    def listing(self, k):
        rows = []
        items = [(a.path, a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            items.insert(
                3,
                (
                    self.deleted_paths()[0],
                    DELETED_ID,
                    "ประชาสัมพันธ์การรับสมัครเกษตรกรเข้าร่วมโครงการส่งเสริมการปลูกพืชหลากหลาย",
                    dt.datetime(2024, 7, 1),
                    0,
                ),
            )
        for j, (path, nid, title, d, views) in enumerate(items):
            cls = "ui-datatable-even" if j % 2 == 0 else "ui-datatable-odd"
            rows.append(
                f'<tr data-ri="{k * self.per_page + j}" class="ui-widget-content {cls}" role="row">'
                f'<td role="gridcell" style="width:90px"><a href="{path}"><img src="{CTX}/upload/news/thumb/{nid}.jpg" alt="" width="80" /></a></td>'
                f'<td role="gridcell"><a href="{self.link(path)}" class="news-title">{esc(title)}</a></td>'
                f'<td role="gridcell" style="width:120px;text-align:center">{jdate(d)}</td>'
                f'<td role="gridcell" style="width:80px;text-align:right">{views:,}</td></tr>'
            )
        n = len(self.pages)

        def pg(cls, target, label, disabled):
            if disabled:
                return f'<span class="{cls} ui-state-default ui-corner-all ui-state-disabled" aria-label="{label}"><span class="ui-icon ui-icon-seek-{cls.split("-")[-1]}">{label}</span></span>'
            return f'<a href="{self.link(self.page_url(target))}" class="{cls} ui-state-default ui-corner-all" aria-label="{label}"><span class="ui-icon ui-icon-seek-{cls.split("-")[-1]}">{label}</span></a>'

        pages = "".join(
            f'<span class="ui-paginator-page ui-state-default ui-state-active ui-corner-all">{i + 1}</span>'
            if i == k
            else f'<a class="ui-paginator-page ui-state-default ui-corner-all" href="{self.link(self.page_url(i))}">{i + 1}</a>'
            for i in range(n)
        )
        pager = (
            f'<div id="frmNews:dtNews_paginator_bottom" class="ui-paginator ui-paginator-bottom ui-widget-header ui-corner-bottom" role="navigation">'
            f'<span class="ui-paginator-current">(หน้า {k + 1} จาก {n})</span>'
            + pg("ui-paginator-first", 0, "หน้าแรก", k == 0)
            + pg("ui-paginator-prev", k - 1, "ก่อนหน้า", k == 0)
            + f'<span class="ui-paginator-pages">{pages}</span>'
            + pg("ui-paginator-next", k + 1, "ถัดไป", k == n - 1)
            + pg("ui-paginator-last", n - 1, "หน้าสุดท้าย", k == n - 1)
            + "</div>"
        )
        content = f"""<form id="frmNews" name="frmNews" method="post" action="{CTX}/news/list.xhtml{SESSION}" enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmNews" value="frmNews" />
<div id="frmNews:pnlNews" class="ui-panel ui-widget ui-widget-content ui-corner-all" data-widget="widget_frmNews_pnlNews"><div id="frmNews:pnlNews_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">ข่าวประชาสัมพันธ์</span></div><div id="frmNews:pnlNews_content" class="ui-panel-content ui-widget-content">
<div id="frmNews:dtNews" class="ui-datatable ui-widget ui-datatable-striped"><div class="ui-datatable-tablewrapper"><table role="grid"><thead id="frmNews:dtNews_head"><tr role="row"><th class="ui-state-default" role="columnheader"><span class="ui-column-title">ภาพ</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">หัวข้อข่าว</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">วันที่ข่าว</span></th><th class="ui-state-default" role="columnheader"><span class="ui-column-title">ผู้เข้าชม</span></th></tr></thead>
<tbody id="frmNews:dtNews_data" class="ui-datatable-data ui-widget-content">{"".join(rows)}</tbody></table></div>{pager}</div>
</div></div><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:1" value="-3418873208771940128:6820497335918207743" autocomplete="off" /></form>"""
        return self.shell(content)

    def panel(self, grid, extra, messages=""):
        return f"""<form id="frmNews" name="frmNews" method="post" action="{CTX}/news/view.xhtml{SESSION}" enctype="application/x-www-form-urlencoded"><input type="hidden" name="frmNews" value="frmNews" />
<div id="frmNews:msgs" class="ui-messages ui-widget" aria-live="polite">{messages}</div>
<div id="frmNews:pnlDetail" class="ui-panel ui-widget ui-widget-content ui-corner-all" data-widget="widget_frmNews_pnlDetail"><div id="frmNews:pnlDetail_header" class="ui-panel-titlebar ui-widget-header ui-helper-clearfix ui-corner-all"><span class="ui-panel-title">รายละเอียดข่าวประชาสัมพันธ์</span></div><div id="frmNews:pnlDetail_content" class="ui-panel-content ui-widget-content">
<table id="frmNews:pgDetail" class="ui-panelgrid ui-widget" role="grid"><tbody>{grid}</tbody></table>
{extra}
</div></div><input type="hidden" name="javax.faces.ViewState" id="j_id1:javax.faces.ViewState:1" value="5507261934410023861:-2290145733812970466" autocomplete="off" /></form>"""

    def buttons(self):
        return """<div class="ui-toolbar ui-widget ui-widget-header ui-corner-all" role="toolbar"><div class="ui-toolbar-group-left"><button id="frmNews:btnPrint" name="frmNews:btnPrint" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left" onclick="window.print();return false;" type="button"><span class="ui-button-icon-left ui-icon ui-c fa fa-print"></span><span class="ui-button-text ui-c">พิมพ์</span></button><button id="frmNews:btnMail" name="frmNews:btnMail" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left" onclick="PF('dlgMail').show();return false;" type="button"><span class="ui-button-icon-left ui-icon ui-c fa fa-envelope"></span><span class="ui-button-text ui-c">ส่งต่อ</span></button><button id="frmNews:btnBack" name="frmNews:btnBack" class="ui-button ui-widget ui-state-default ui-corner-all ui-button-text-icon-left" onclick="history.back();return false;" type="button"><span class="ui-button-icon-left ui-icon ui-c fa fa-arrow-left"></span><span class="ui-button-text ui-c">ย้อนกลับ</span></button></div></div>"""

    def related(self, a):
        return [b for b in self.articles if b is not a][(a.id % 7) : (a.id % 7) + 3]

    def detail(self, a):
        grid = []
        grid.append(
            (
                "หัวข้อข่าว :",
                f'<span id="frmNews:txtTopic" class="ui-outputtext topic">{esc(a.title)}</span>',
                "Topic",
            )
        )
        grid.append(("วันที่ข่าว :", f'<span id="frmNews:txtDate">{jdate(a.published)}</span>', "Date"))
        if a.time_printed:
            grid.append(
                ("เวลา :", f'<span id="frmNews:txtTime">{jtime(a.published)}</span>', "Time")
            )
        if a.modified:
            grid.append(
                (
                    "ปรับปรุงล่าสุด :",
                    f'<span id="frmNews:txtUpdate">{jstamp(a.modified)}</span>',
                    "Update",
                )
            )
        grid.append(
            ("หน่วยงานที่เผยแพร่ :", f'<span id="frmNews:txtDept">{esc(a.source)}</span>', "Dept")
        )
        grid.append(("จำนวนผู้เข้าชม :", f'<span id="frmNews:txtHit">{a.views:,}</span> ครั้ง', "Hit"))
        body = "<br /><br />".join(esc(p) for p in a.paras)
        grid.append(
            (
                "รายละเอียด :",
                f'<span id="frmNews:txtDetail" class="news-detail">{body}</span>',
                "Detail",
            )
        )
        if a.tags:
            chips = "".join(
                f'<li class="ui-chips-token ui-state-active ui-corner-all"><span class="ui-chips-token-label">{esc(t)}</span></li>'
                for t in a.tags
            )
            grid.append(
                (
                    "คำสำคัญ :",
                    f'<div class="ui-chips ui-widget ui-chips-readonly"><ul class="ui-chips-container ui-inputfield ui-state-default ui-corner-all ui-state-disabled">{chips}</ul></div>',
                    "Keyword",
                )
            )
        rows = "".join(row(lbl, val, i, vid) for i, (lbl, val, vid) in enumerate(grid))
        files = f'<tr data-ri="0" class="ui-widget-content ui-datatable-even" role="row"><td role="gridcell">1</td><td role="gridcell">หนังสือประชาสัมพันธ์_{a.id}.pdf</td><td role="gridcell">845 KB</td><td role="gridcell"><a href="{self.link(f"{CTX}/download?file={a.id}-1.pdf")}" class="ui-commandlink ui-widget">ดาวน์โหลด</a></td></tr>'
        rel = "".join(
            f'<tr data-ri="{i}" class="ui-widget-content {"ui-datatable-even" if i % 2 == 0 else "ui-datatable-odd"}" role="row"><td role="gridcell"><a href="{self.link(b.path)}">{esc(b.title)}</a></td><td role="gridcell" style="width:120px">{jdate(b.published)}</td></tr>'
            for i, b in enumerate(self.related(a))
        )
        extra = f"""<div id="frmNews:dtFile" class="ui-datatable ui-widget"><div class="ui-datatable-header ui-widget-header ui-corner-top">เอกสารแนบ</div><div class="ui-datatable-tablewrapper"><table role="grid"><thead><tr role="row"><th class="ui-state-default"><span class="ui-column-title">ลำดับ</span></th><th class="ui-state-default"><span class="ui-column-title">ชื่อไฟล์</span></th><th class="ui-state-default"><span class="ui-column-title">ขนาด</span></th><th class="ui-state-default"><span class="ui-column-title">ดาวน์โหลด</span></th></tr></thead><tbody class="ui-datatable-data ui-widget-content">{files}</tbody></table></div></div>
{self.buttons()}
<div id="frmNews:dtRelated" class="ui-datatable ui-widget"><div class="ui-datatable-header ui-widget-header ui-corner-top">ข่าวที่เกี่ยวข้อง</div><div class="ui-datatable-tablewrapper"><table role="grid"><tbody class="ui-datatable-data ui-widget-content">{rel}</tbody></table></div></div>"""
        return self.shell(self.panel(rows, extra))

    def deleted(self):
        grid = [
            (
                "หัวข้อข่าว :",
                '<span id="frmNews:txtTopic" class="ui-outputtext topic"></span>',
                "Topic",
            ),
            ("วันที่ข่าว :", '<span id="frmNews:txtDate"></span>', "Date"),
            ("หน่วยงานที่เผยแพร่ :", '<span id="frmNews:txtDept"></span>', "Dept"),
            ("จำนวนผู้เข้าชม :", '<span id="frmNews:txtHit">0</span> ครั้ง', "Hit"),
            ("รายละเอียด :", '<span id="frmNews:txtDetail" class="news-detail"></span>', "Detail"),
        ]
        rows = "".join(row(lbl, val, i, vid) for i, (lbl, val, vid) in enumerate(grid))
        extra = f"""<div id="frmNews:dtFile" class="ui-datatable ui-widget"><div class="ui-datatable-header ui-widget-header ui-corner-top">เอกสารแนบ</div><div class="ui-datatable-tablewrapper"><table role="grid"><tbody class="ui-datatable-data ui-widget-content"><tr class="ui-widget-content ui-datatable-empty-message"><td colspan="4">ไม่พบข้อมูล</td></tr></tbody></table></div></div>
{self.buttons()}"""
        msg = '<div class="ui-messages-warn ui-corner-all"><span class="ui-messages-warn-icon"></span><ul><li role="alert" aria-atomic="true"><span class="ui-messages-warn-summary">ไม่พบข่าวที่ท่านเรียก หรือข่าวถูกยกเลิกการเผยแพร่</span></li></ul></div>'
        return self.shell(self.panel(rows, extra, msg))

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                *MUST_NOT,
                *(b.title for b in self.related(a)),
                f"หนังสือประชาสัมพันธ์_{a.id}.pdf",
                "ถนนศรีจันทร์",
                "ก่อนเที่ยง",
                "หลังเที่ยง",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = JsfSite()

if __name__ == "__main__":
    main(SITE)
