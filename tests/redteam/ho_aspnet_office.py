"""Held-out red-team site: a provincial agriculture office on ASP.NET WebForms (built blind).

What it imitates (facts about how WebForms pages print, not any real site's code):
- one `<form id="aspnetForm" method="post">` around the whole page, hidden `__VIEWSTATE`
  (a long base64 blob), `__VIEWSTATEGENERATOR`, `__EVENTVALIDATION`, a `WebResource.axd` script;
- master-page control ids: `ctl00_ContentPlaceHolder1_lblTopic`, `..._lblDate`,
  `..._lblDetail` (the body: one `<span>` with `<br />` between paragraphs), `..._lblView`,
  `..._lblSource`, `..._lblUpdate`, `..._rptOther_ctl0N_hlOther`, `..._gvNews` (a GridView table
  listing with a pager row whose links are plain `NewsList.aspx?page=N`, not postbacks);
- relative hrefs (`NewsDetail.aspx?NewsID=N`), `<title>` identical on every page;
- dates as the office types them: Thai digits and abbreviated months (`๑๕ ม.ค. ๒๕๖๗`), a
  separate `เวลา ๑๐.๓๐ น.` label on some items; the "แก้ไขล่าสุด" stamp is .NET's th-TH
  DateTime.ToString(): Buddhist calendar, `18/1/2567 14:20:31` (d/M/yyyy H:mm:ss);
- counters "ผู้เข้าชม ๑,๒๓๔ ครั้ง", AddThis share toolbox, "พิมพ์หน้านี้" / "ย้อนกลับ",
  photo gallery DataList, "ข่าวอื่นๆ" repeater, left menu, site visitor counter;
- the deleted item renders the same template with empty labels and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .ho_common import ensure_source

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
PAGE_TITLE = f"{OFFICE} :: Phichit Provincial Agricultural Extension Office"
PER_PAGE = 7
CP = "ctl00_ContentPlaceHolder1_"
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "ฝ่ายบริหารทั่วไป", "สำนักงานเกษตรอำเภอตะพานหิน"]
DELETED_ID = 1188


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}")


def th_time(d: dt.datetime) -> str:
    return "เวลา " + thai_digits(f"{d.hour:02d}.{d.minute:02d}") + " น."


def net_th(d: dt.datetime) -> str:
    # DateTime.ToString() under th-TH: d/M/yyyy H:mm:ss with the Thai Buddhist calendar
    return f"{d.day}/{d.month}/{be(d)} {d.hour}:{d.minute:02d}:{d.second:02d}"


def build() -> list[Article]:
    arts = make_articles(
        "ho_aspnet_office", 20, start=dt.datetime(2024, 1, 28, 15, 0, tzinfo=TZ), offset=11
    )
    for i, a in enumerate(arts):
        a.id = 1260 - i * 3
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, OFFICE)
        a.path = f"/News/NewsDetail.aspx?NewsID={a.id}"
        a.tags = []
        if a.modified:
            a.modified = a.modified.replace(second=(a.id * 7) % 60)
    return arts


def viewstate(seed: str, n: int = 1600) -> str:
    raw = b""
    h = seed.encode()
    while len(raw) < n:
        h = hashlib.sha256(h).digest()
        raw += h
    return "/wEPDwUKLTk2NTQ" + base64.b64encode(raw[:n]).decode()


class AspNetOfficeSite(BaseSite):
    key = "ho_aspnet_office"
    family = "generic"
    imitates = (
        "ASP.NET WebForms office site (__VIEWSTATE, ctl00_ContentPlaceHolder1_ ids, Thai digits)"
    )
    listing_path = "/News/NewsList.aspx"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/News/NewsList.aspx"] + [
            f"/News/NewsList.aspx?page={n}" for n in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/News/NewsDetail.aspx?NewsID={DELETED_ID}"]

    # ------------------------------------------------------------ frame
    def frame(self, action: str, content: str) -> str:
        vs = viewstate(action)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{PAGE_TITLE}
</title><link href="../css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="../css/style.css" rel="stylesheet" type="text/css" /></head>
<body>
    <form name="aspnetForm" method="post" action="{esc(action)}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{vs}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZAG0REM8qqEBAHCZinHsmTftbBz8ARFqQG4SmTbTGQGNsxByiuhhp1M8BL4FhUO8XQ2&amp;t=638286173964787378" type="text/javascript"></script>
<div>
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="/wEdAAN{vs[40:120]}" />
</div>
<div id="wrapper">
  <div id="header"><img src="../images/banner.jpg" alt="{OFFICE}" width="1000" height="180" /></div>
  <div id="topmenu"><a href="../Default.aspx">หน้าหลัก</a> | <a href="../About.aspx">เกี่ยวกับหน่วยงาน</a> | <a href="NewsList.aspx">ข่าวประชาสัมพันธ์</a> | <a href="../Contact.aspx">ติดต่อเรา</a>
   <span style="float:right"><a id="ctl00_lnkLogin" href="javascript:__doPostBack('ctl00$lnkLogin','')">เข้าสู่ระบบ</a></span></div>
  <table width="1000" border="0" cellspacing="0" cellpadding="0"><tr>
  <td width="220" valign="top" class="leftmenu">
    <div class="menu-head">เมนูหลัก</div>
    <ul><li><a href="../Structure.aspx">โครงสร้างองค์กร</a></li><li><a href="../Executive.aspx">ผู้บริหาร</a></li><li><a href="NewsList.aspx">ข่าวประชาสัมพันธ์</a></li><li><a href="../Procurement.aspx">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="../Download.aspx">ดาวน์โหลดเอกสาร</a></li></ul>
    <div class="menu-head">สถิติผู้เยี่ยมชม</div>
    <div class="counter">วันนี้ <span id="ctl00_lblToday">{thai_digits(57)}</span><br />ทั้งหมด <span id="ctl00_lblTotal">{thai_digits("248,391")}</span></div>
  </td>
  <td width="780" valign="top" class="content">
{content}
  </td></tr></table>
  <div id="footer">{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ อำเภอเมือง จังหวัดพิจิตร 66000 โทรศัพท์ 0-5661-1234<br />Copyright &copy; 2024 All Rights Reserved.</div>
</div>
</form>
</body>
</html>"""

    # ------------------------------------------------------------ listing
    def listing(self, n: int):
        if not 1 <= n <= len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n - 1]):
            cls = "row" if k % 2 == 0 else "altrow"
            ctl = f"ctl{k + 2:02d}"
            rows.append(
                f"""		<tr class="{cls}">
			<td align="center">{thai_digits((n - 1) * PER_PAGE + k + 1)}</td><td>
                <a id="{CP}gvNews_{ctl}_hlTitle" href="NewsDetail.aspx?NewsID={a.id}">{esc(a.title)}</a>
            </td><td align="center" style="width:110px;">
                <span id="{CP}gvNews_{ctl}_lblDate">{th_date(a.published)}</span>
            </td><td align="center" style="width:70px;">
                <span id="{CP}gvNews_{ctl}_lblView">{thai_digits(a.views)}</span>
            </td>
		</tr>"""
            )
            if n == 2 and k == 2:
                rows.append(
                    f"""		<tr class="row">
			<td align="center">-</td><td>
                <a id="{CP}gvNews_ctl99_hlTitle" href="NewsDetail.aspx?NewsID={DELETED_ID}">ขอเชิญร่วมงานวันถ่ายทอดเทคโนโลยีเพื่อเริ่มต้นฤดูกาลผลิตใหม่</a>
            </td><td align="center" style="width:110px;"><span>{thai_digits("๑๒ ม.ค. ๒๕๖๗")}</span></td><td align="center">{thai_digits(0)}</td>
		</tr>"""
                )
        pager = []
        for k in range(1, len(self.pages) + 1):
            if k == n:
                pager.append(f"<td><span>{k}</span></td>")
            else:
                href = "NewsList.aspx" if k == 1 else f"NewsList.aspx?page={k}"
                pager.append(f'<td><a href="{href}">{k}</a></td>')
        content = f"""<div class="pathway"><a href="../Default.aspx">หน้าหลัก</a> &gt; ข่าวประชาสัมพันธ์</div>
<div class="head-title"><span id="{CP}lblHead">ข่าวประชาสัมพันธ์</span></div>
<div class="search">ค้นหา <input name="ctl00$ContentPlaceHolder1$txtSearch" type="text" id="{CP}txtSearch" /> <input type="submit" name="ctl00$ContentPlaceHolder1$btnSearch" value="ค้นหา" id="{CP}btnSearch" /></div>
<div>
	<table class="table" cellspacing="0" rules="all" border="1" id="{CP}gvNews" style="width:100%;border-collapse:collapse;">
		<tr class="header">
			<th scope="col">ลำดับ</th><th scope="col">หัวข้อข่าว</th><th scope="col">วันที่</th><th scope="col">อ่าน</th>
		</tr>
{chr(10).join(rows)}
		<tr class="pgr">
			<td colspan="4"><table border="0"><tr>{"".join(pager)}</tr></table></td>
		</tr>
	</table>
</div>"""
        action = "./NewsList.aspx" + (f"?page={n}" if n > 1 else "")
        return self.html_response(self.frame(action, content))

    # ------------------------------------------------------------ detail
    def others(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    def detail(self, a: Article | None, news_id: str):
        if a is None:
            info = f"""<span id="{CP}lblTopic"></span>"""
            content = f"""<div class="pathway"><a href="../Default.aspx">หน้าหลัก</a> &gt; <a href="NewsList.aspx">ข่าวประชาสัมพันธ์</a> &gt; </div>
<div id="{CP}pnlDetail" class="news-detail">
<h3 class="topic">{info}</h3>
<div class="news-info">วันที่ <span id="{CP}lblDate"></span> | ผู้เข้าชม <span id="{CP}lblView"></span> ครั้ง</div>
<span id="{CP}lblDetail"></span>
<span id="{CP}lblMsg" style="color:Red;">ไม่พบข้อมูล</span>
<div class="tools"><a href="javascript:history.back()">ย้อนกลับ</a></div>
</div>"""
            return self.html_response(self.frame(f"./NewsDetail.aspx?NewsID={news_id}", content))
        time_html = (
            f' <span id="{CP}lblTime">{th_time(a.published)}</span>' if a.time_printed else ""
        )
        body = "<br /><br />".join(
            ("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if k else "") + esc(p) for k, p in enumerate(a.paras)
        )
        source = (
            f'<div class="news-source">ข่าว/ภาพ : <span id="{CP}lblSource">{esc(a.source)}</span></div>'
            if a.source
            else f'<div class="news-source"><span id="{CP}lblSource"></span></div>'
        )
        update = (
            f'<div class="news-update">แก้ไขล่าสุด : <span id="{CP}lblUpdate">{net_th(a.modified)}</span></div>'
            if a.modified
            else ""
        )
        photos = "".join(
            f'<td><a href="../Upload/News/{a.id}_{k}.jpg" target="_blank"><img id="{CP}dlPhoto_ctl0{k}_imgPhoto" src="../Upload/News/thumb/{a.id}_{k}.jpg" style="width:160px;border-width:0px;" /></a></td>'
            for k in range(3)
        )
        others = "".join(
            f'<li><a id="{CP}rptOther_ctl{k:02d}_hlOther" href="NewsDetail.aspx?NewsID={o.id}">{esc(o.title)}</a> <span class="date">({th_date(o.published)})</span></li>'
            for k, o in enumerate(self.others(a))
        )
        content = f"""<div class="pathway"><a href="../Default.aspx">หน้าหลัก</a> &gt; <a href="NewsList.aspx">ข่าวประชาสัมพันธ์</a> &gt; รายละเอียดข่าว</div>
<div id="{CP}pnlDetail" class="news-detail">
<h3 class="topic"><span id="{CP}lblTopic">{esc(a.title)}</span></h3>
<div class="news-info"><img src="../images/icon_date.gif" alt="" /> วันที่ <span id="{CP}lblDate">{th_date(a.published)}</span>{time_html} &nbsp;|&nbsp; <img src="../images/icon_view.gif" alt="" /> ผู้เข้าชม <span id="{CP}lblView">{thai_digits(f"{a.views:,}")}</span> ครั้ง</div>
<div class="news-body">
<span id="{CP}lblDetail">{body}</span>
</div>
{source}
<table id="{CP}dlPhoto" cellspacing="0" style="border-collapse:collapse;"><tr>{photos}</tr></table>
{update}
<div class="tools">
<div class="addthis_inline_share_toolbox"><span>แบ่งปัน :</span> <a class="at-share-btn at-svc-facebook" href="#">Facebook</a> <a class="at-share-btn at-svc-line" href="#">LINE</a> <a class="at-share-btn at-svc-twitter" href="#">Twitter</a></div>
<a id="{CP}lnkPrint" href="javascript:window.print();">พิมพ์หน้านี้</a> | <a href="javascript:history.back()">ย้อนกลับ</a>
</div>
</div>
<div class="other-news"><div class="head-title">ข่าวอื่นๆ</div><ul>{others}</ul></div>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e5f6a7b"></script>"""
        return self.html_response(self.frame(f"./NewsDetail.aspx?NewsID={a.id}", content))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.lower()
        if p in ("/", "/default.aspx"):
            return 302, {"Location": "/News/NewsList.aspx"}, b""
        if p == "/news/newslist.aspx":
            try:
                n = int(qs1(query, "page", "1"))
            except ValueError:
                return None
            return self.listing(n)
        if p == "/news/newsdetail.aspx":
            raw = qs1(query, "NewsID")
            try:
                nid = int(raw)
            except ValueError:
                return None
            if nid in self.by_id:
                return self.detail(self.by_id[nid], raw)
            # WebForms answers 200 for any id: the template with empty labels
            return self.detail(None, raw)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ผู้เข้าชม",
                "แบ่งปัน",
                "พิมพ์หน้านี้",
                "ย้อนกลับ",
                "ข่าวอื่นๆ",
                "สถิติผู้เยี่ยมชม",
                "เข้าสู่ระบบ",
                "แก้ไขล่าสุด",
                "ข่าว/ภาพ :",
                "โครงสร้างองค์กร",
                th_date(a.published),
                "Facebook",
            ] + [o.title for o in self.others(a)]
            rec = expected_record(a, must_not=must_not, tags=False)
            out.append(rec)
        return out


SITE = AspNetOfficeSite()

if __name__ == "__main__":
    main(SITE)
