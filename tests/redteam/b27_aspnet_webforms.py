"""Blind-27 red-team site: **ASP.NET 4.x WebForms** news system of a provincial land office
(สำนักงานที่ดินจังหวัดลำพูน), master page + GridView, built blind.

What it imitates:
- WebForms fingerprints: `X-AspNet-Version` / `X-Powered-By: ASP.NET` headers, one
  `<form method="post" action="./NewsDetail.aspx?NewsID=N" id="form1">` around the page,
  `__VIEWSTATE` / `__VIEWSTATEGENERATOR` / `__EVENTVALIDATION` hidden fields,
  `/WebResource.axd` and `/ScriptResource.axd` scripts, `ContentPlaceHolder1_*` control ids;
- the **same `<title>` on every page** ("ข่าวประชาสัมพันธ์ :: office") and the office name in
  the master page's only `<h1>`; **the headline only in `span#ContentPlaceHolder1_lblTopic`**
  (a Label, no heading) and in the last breadcrumb item (cut with "...");
- **dates split across Labels**: `lblDate` "วันที่ ๑๕ มี.ค. ๒๕๖๗" (Thai digits, BE,
  abbreviated month) and `lblTime` "เวลา ๑๔:๒๐ น." only where a time was entered
  (Visible=false otherwise); `lblUpdate` "แก้ไขล่าสุด ๑๗/๐๓/๒๕๖๗ ๐๙:๑๕" only for edited items;
- `lblView` "ผู้เข้าชม : ๑,๒๓๔ ครั้ง" in Thai digits;
- the body in `span#ContentPlaceHolder1_lblDetail`, **paragraphs joined by `<br /><br />`**
  (textarea text with newlines replaced), source `lblSource` "ที่มา : …" (3 in 4), keywords
  `lblKeyword` "คำค้น : a, b" (tags), a DataList photo gallery (some), a HyperLink attachment
  (some), AddThis-like share toolbar "แบ่งปัน", "พิมพ์" / "ส่งต่อ" / font-size "ก- ก ก+"
  buttons, **a "ข่าวอื่นๆ" GridView with five other titles and Thai-digit dates inside the
  same content panel**, footer visitor counter.
Listing: `/News/NewsList.aspx` GridView (date, topic, views columns) with a **GridView-style
pager row of GET links `NewsList.aspx?Page=N` (capital P, 1-based) inside a nested table**,
"<<" / ">>" first/last; 9 rows a page.
Deleted: `NewsDetail.aspx?NewsID=N` of a deleted row still linked from page 2: 200 with the
empty template (Labels blank) and "ไม่พบข้อมูลข่าวที่ต้องการ".
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

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

OFFICE = "สำนักงานที่ดินจังหวัดลำพูน"
HOST = "http://www.lamphunland.go.th"
SOURCES = ["ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดลำพูน", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน", None, "กรมที่ดิน"]
PER_PAGE = 9
TITLE = f"ข่าวประชาสัมพันธ์ :: {OFFICE}"
COUNTER = "๒๑๘,๓๔๐"


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}")


def th_update(d: dt.datetime) -> str:
    return thai_digits(f"{d:%d/%m}/{d.year + 543} {d:%H:%M}")


def viewstate(seed: str, n: int = 180) -> str:
    raw = b""
    h = seed.encode()
    while len(raw) < n:
        h = hashlib.sha256(h).digest()
        raw += h
    return "/wEPDwUK" + base64.b64encode(raw[:n]).decode()


def detail_url(nid: int) -> str:
    return f"/News/NewsDetail.aspx?NewsID={nid}"


class WebFormsSite(BaseSite):
    key = "b27_aspnet_webforms"
    family = "generic"
    imitates = "ASP.NET 4 WebForms news system (master page, GridView, Labels): same <title> on every page, office name in the only h1, headline only in span#ContentPlaceHolder1_lblTopic; date Label 'วันที่ ๑๕ มี.ค. ๒๕๖๗' and separate 'เวลา ๑๔:๒๐ น.' Label (Thai digits, BE); 'แก้ไขล่าสุด ๑๗/๐๓/๒๕๖๗ ๐๙:๑๕' for edited items; 'ผู้เข้าชม : ๑,๒๓๔ ครั้ง'; body paragraphs joined by <br /><br /> in lblDetail; 'ที่มา :' Label; 'คำค้น :' keywords; share/print/font tools and a 'ข่าวอื่นๆ' GridView in the content panel; GridView pager of GET links NewsList.aspx?Page=N; deleted = empty template 'ไม่พบข้อมูลข่าวที่ต้องการ' at 200"
    listing_path = "/News/NewsList.aspx"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 6, 14, 16, 30, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        nid = 4127
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            a.source = SOURCES[i % 4]
            a.path = detail_url(a.id)
            a.extra["gallery"] = i % 5 == 1
            a.extra["file"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted_id = max(self.by_id) + 3  # a newer row, deleted, still cached on page 2
        assert self.deleted_id not in self.by_id

    def listing_pages(self):
        return [self.listing_path] + [
            f"/News/NewsList.aspx?Page={k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [detail_url(self.deleted_id)]

    # ------------------------------------------------------------------ shell

    def shell(self, action, crumb, content, seed):
        return f"""

<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" /><title>
	{esc(TITLE)}
</title><link href="../App_Themes/Default/StyleSheet.css" type="text/css" rel="stylesheet" /><link href="../css/bootstrap.min.css" rel="stylesheet" type="text/css" /><link href="../css/site.css" rel="stylesheet" type="text/css" />
    <script src="../js/jquery-1.11.3.min.js" type="text/javascript"></script>
    <meta name="keywords" content="สำนักงานที่ดิน, ลำพูน, กรมที่ดิน" /></head>
<body>
    <form method="post" action="{esc(action)}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(seed)}" />
</div>

<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form1'];
if (!theForm) {{
    theForm = document.form1;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZLgAmpT2rW3cJHaqhVqkD0Y1&amp;t=638285885964787378" type="text/javascript"></script>
<script src="/ScriptResource.axd?d=NJmAwtEo3Ipnlaxl6CMhvtsjOePWILLvQzSzDIKbHJ0wA1&amp;t=ffffffffb201fd3f" type="text/javascript"></script>
<div class="aspNetHidden">
	<input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="8D0E13E6" />
	<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(seed + "ev", 60)}" />
</div>
    <div id="wrapper">
        <div id="header">
            <img id="imgLogo" src="../images/logo_dol.png" alt="กรมที่ดิน" />
            <h1>{OFFICE}</h1>
            <div class="sub-title">Lamphun Provincial Land Office · กรมที่ดิน กระทรวงมหาดไทย</div>
        </div>
        <div id="menu">
            <ul>
                <li><a id="HyperLink1" href="../Default.aspx">หน้าแรก</a></li>
                <li><a id="HyperLink2" href="../About/History.aspx">ประวัติหน่วยงาน</a></li>
                <li><a id="HyperLink3" href="/News/NewsList.aspx">ข่าวประชาสัมพันธ์</a></li>
                <li><a id="HyperLink4" href="../Service/Fee.aspx">ค่าธรรมเนียม</a></li>
                <li><a id="HyperLink5" href="../Queue/CheckQueue.aspx">ตรวจสอบคิว</a></li>
                <li><a id="HyperLink6" href="../Contact.aspx">ติดต่อเรา</a></li>
            </ul>
        </div>
        <div id="breadcrumb"><span id="SiteMapPath1"><a href="#SiteMapPath1_SkipLink"><img alt="Skip Navigation Links" src="/WebResource.axd?d=Wn3u_sk1p&amp;t=638285885964787378" width="0" height="0" style="border-width:0px;" /></a><span><a href="/Default.aspx">หน้าแรก</a></span><span> &gt; </span>{crumb}<a id="SiteMapPath1_SkipLink"></a></span></div>
        <div id="main">
{content}
        </div>
        <div id="left">
            <div class="box"><div class="box-head">บริการออนไลน์</div><ul><li><a href="../Service/LandPrice.aspx">ราคาประเมินที่ดิน</a></li><li><a href="../Queue/CheckQueue.aspx">จองคิวล่วงหน้า</a></li><li><a href="../Complain.aspx">ร้องเรียน/ร้องทุกข์</a></li></ul></div>
            <div class="box"><div class="box-head">เข้าสู่ระบบเจ้าหน้าที่</div>
                <table><tr><td>ชื่อผู้ใช้</td><td><input name="ctl00$txtUser" type="text" id="txtUser" /></td></tr><tr><td>รหัสผ่าน</td><td><input name="ctl00$txtPass" type="password" id="txtPass" /></td></tr><tr><td></td><td><input type="submit" name="ctl00$btnLogin" value="เข้าสู่ระบบ" id="btnLogin" /></td></tr></table>
            </div>
        </div>
        <div id="footer">
            <span id="lblAddress">{OFFICE} ศาลากลางจังหวัดลำพูน ถนนอินทยงยศ ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน ๕๑๐๐๐ โทร ๐-๕๓๕๑-๑๐๑๖</span><br />
            <span id="lblCounter">จำนวนผู้เข้าชมเว็บไซต์ {COUNTER} คน</span><br />
            Copyright &copy; 2010-2024 {OFFICE} All rights reserved. Best view 1024x768 IE8+
        </div>
    </div>
    </form>
</body>
</html>
"""

    def html_response(self, text, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers.update(
            {"Cache-Control": "private", "X-AspNet-Version": "4.0.30319", "X-Powered-By": "ASP.NET"}
        )
        return status, headers, body

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)
        cells = []
        if k > 0:
            cells.append('<td><a href="/News/NewsList.aspx?Page=1">&lt;&lt;</a></td>')
        for i in range(n):
            if i == k:
                cells.append(f"<td><span>{i + 1}</span></td>")
            else:
                cells.append(f'<td><a href="/News/NewsList.aspx?Page={i + 1}">{i + 1}</a></td>')
        if k < n - 1:
            cells.append(f'<td><a href="/News/NewsList.aspx?Page={n}">&gt;&gt;</a></td>')
        return f'<tr class="pager" align="center">\n\t\t\t<td colspan="3"><table>\n\t\t\t\t<tr>\n\t\t\t\t\t{"".join(cells)}\n\t\t\t\t</tr>\n\t\t\t</table></td>\n\t\t</tr>'

    def row(self, j, nid, title, when, views):
        cls = "row" if j % 2 == 0 else "altrow"
        return f"""		<tr class="{cls}">
			<td align="center" style="width:110px;"><span id="ContentPlaceHolder1_gvNews_lblDate_{j}">{th_date(when)}</span></td><td><img src="../images/bullet.gif" alt="" /> <a id="ContentPlaceHolder1_gvNews_hlTopic_{j}" href="{detail_url(nid)}">{esc(title)}</a></td><td align="center" style="width:70px;"><span id="ContentPlaceHolder1_gvNews_lblView_{j}">{thai_digits(f"{views:,}")}</span></td>
		</tr>
"""

    def listing(self, k):
        items = [(a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            ref = self.pages[1][4]
            items.insert(
                4,
                (
                    self.deleted_id,
                    "ประกาศรายชื่อผู้ผ่านการคัดเลือกพนักงานราชการ",
                    ref.published + dt.timedelta(hours=2),
                    57,
                ),
            )
        rows = "".join(self.row(j, *it) for j, it in enumerate(items))
        content = f"""            <div class="panel-news">
                <div class="head-title"><span id="ContentPlaceHolder1_lblHead">ข่าวประชาสัมพันธ์</span></div>
                <div>
	<table class="grid" cellspacing="0" cellpadding="4" rules="all" border="1" id="ContentPlaceHolder1_gvNews" style="width:100%;border-collapse:collapse;">
		<tr class="header">
			<th scope="col">วันที่</th><th scope="col">หัวข้อข่าว</th><th scope="col">ผู้เข้าชม</th>
		</tr>
{rows}{self.pager(k)}
	</table>
</div>
            </div>"""
        action = "./NewsList.aspx" if k == 0 else f"./NewsList.aspx?Page={k + 1}"
        return self.shell(action, "<span>ข่าวประชาสัมพันธ์</span>", content, f"list{k}")

    # ------------------------------------------------------------------ detail

    def others(self, a):
        i = self.articles.index(a)
        return (
            [b for b in self.articles[:7] if b is not a][:5]
            if i > 2
            else self.articles[i + 1 : i + 6]
        )

    def detail_content(self, a):
        if a is None:
            topic = date = time = update = view = detail = source = keyword = extras = ""
            notfound = '<div class="alert"><span id="ContentPlaceHolder1_lblNotFound" style="color:Red;">ไม่พบข้อมูลข่าวที่ต้องการ</span></div>'
            others = ""
        else:
            notfound = ""
            topic = f'<span id="ContentPlaceHolder1_lblTopic" class="topic">{esc(a.title)}</span>'
            date = f'<span id="ContentPlaceHolder1_lblDate">วันที่ {th_date(a.published)}</span>'
            time = (
                f' <span id="ContentPlaceHolder1_lblTime">เวลา {th_time(a.published)} น.</span>'
                if a.time_printed
                else ""
            )
            update = (
                f' | <span id="ContentPlaceHolder1_lblUpdate">แก้ไขล่าสุด {th_update(a.modified)}</span>'
                if a.modified
                else ""
            )
            view = f' | <span id="ContentPlaceHolder1_lblView">ผู้เข้าชม : {thai_digits(f"{a.views:,}")} ครั้ง</span>'
            detail = f'<span id="ContentPlaceHolder1_lblDetail">{"<br /><br />".join(esc(p) for p in a.paras)}</span>'
            source = (
                f'<br /><br /><b>ที่มา :</b> <span id="ContentPlaceHolder1_lblSource">{esc(a.source)}</span>'
                if a.source
                else ""
            )
            keyword = (
                f'<div class="keyword">คำค้น : <span id="ContentPlaceHolder1_lblKeyword">{esc(", ".join(a.tags))}</span></div>'
                if a.tags
                else ""
            )
            extras = ""
            if a.extra["gallery"]:
                cells = "".join(
                    f'<td><a href="../Upload/News/{a.id}_{j}.jpg" rel="lightbox[news]"><img id="ContentPlaceHolder1_dlPic_imgPic_{j}" src="../Upload/News/thumb_{a.id}_{j}.jpg" style="width:160px;" /></a></td>'
                    for j in range(3)
                )
                extras += f'<div class="gallery"><div class="sub-head">ภาพประกอบข่าว</div><table id="ContentPlaceHolder1_dlPic" cellspacing="0" style="border-collapse:collapse;"><tr>{cells}</tr></table></div>'
            if a.extra["file"]:
                extras += f'<div class="attach">เอกสารแนบ : <a id="ContentPlaceHolder1_hlFile" href="../Upload/File/news_{a.id}.pdf" target="_blank">คลิกเพื่อดาวน์โหลด (PDF)</a></div>'
            orows = "".join(
                f'<tr><td><img src="../images/bullet.gif" alt="" /> <a id="ContentPlaceHolder1_gvOther_hlOther_{j}" href="{detail_url(b.id)}">{esc(b.title)}</a> <span class="date">({th_date(b.published)})</span></td></tr>'
                for j, b in enumerate(self.others(a))
            )
            others = f'<div class="other-news"><div class="sub-head">ข่าวอื่นๆ</div><div><table cellspacing="0" border="0" id="ContentPlaceHolder1_gvOther" style="border-collapse:collapse;">{orows}</table></div><a id="ContentPlaceHolder1_hlAll" href="/News/NewsList.aspx">ดูข่าวทั้งหมด &raquo;</a></div>'
        return f"""            <div class="panel-news">
                <div class="head-title"><span id="ContentPlaceHolder1_lblHead">ข่าวประชาสัมพันธ์</span></div>
                <div class="tools"><a id="ContentPlaceHolder1_lbSmall" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbSmall','')">ก-</a> <a id="ContentPlaceHolder1_lbNormal" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbNormal','')">ก</a> <a id="ContentPlaceHolder1_lbBig" href="javascript:__doPostBack('ctl00$ContentPlaceHolder1$lbBig','')">ก+</a> | <a href="javascript:window.print();"><img src="../images/print.gif" alt="" /> พิมพ์</a> | <a id="ContentPlaceHolder1_hlSend" href="../SendMail.aspx?NewsID={a.id if a else self.deleted_id}"><img src="../images/mail.gif" alt="" /> ส่งต่อ</a></div>
                {notfound}
                <div class="news-topic">{topic}</div>
                <div class="news-info">{date}{time}{update}{view}</div>
                <div class="news-detail">{detail}{source}</div>
                {extras}
                {keyword}
                <div class="share"><span class="share-label">แบ่งปัน</span> <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{detail_url(a.id if a else self.deleted_id)}" target="_blank"><img src="../images/share_fb.png" alt="Facebook" /></a> <a href="https://social-plugins.line.me/lineit/share?url={HOST}{detail_url(a.id if a else self.deleted_id)}" target="_blank"><img src="../images/share_line.png" alt="LINE" /></a> <a href="https://twitter.com/share?url={HOST}{detail_url(a.id if a else self.deleted_id)}" target="_blank"><img src="../images/share_tw.png" alt="Twitter" /></a></div>
                {others}
                <div class="back"><input type="button" value="&lt;&lt; ย้อนกลับ" onclick="history.back();" class="btn" /></div>
            </div>"""

    def detail(self, a, nid):
        crumb_title = ""
        if a is not None:
            t = a.title if len(a.title) <= 60 else a.title[:60] + "..."
            crumb_title = f"<span> &gt; </span><span>{esc(t)}</span>"
        crumb = f'<span><a href="/News/NewsList.aspx">ข่าวประชาสัมพันธ์</a></span>{crumb_title}'
        return self.shell(
            f"./NewsDetail.aspx?NewsID={nid}", crumb, self.detail_content(a), f"news{nid}"
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path.lower() == "/news/newslist.aspx":
            k = qs1(query, "Page", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                k = "1"  # WebForms ignores a bad page number
            return self.html_response(self.listing(int(k) - 1))
        if path.lower() == "/news/newsdetail.aspx":
            nid = qs1(query, "NewsID")
            if not nid.isdigit():
                return (
                    302,
                    {"Location": base + "/Error.aspx?aspxerrorpath=/News/NewsDetail.aspx"},
                    b"",
                )
            # any id answers: unknown and deleted rows fill the empty template
            return self.html_response(self.detail(self.by_id.get(int(nid)), int(nid)))
        if path in ("/", "/Default.aspx"):
            return 302, {"Location": base + "/News/NewsList.aspx"}, b""
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                OFFICE,
                f"วันที่ {th_date(a.published)}",
                f"ผู้เข้าชม : {thai_digits(f'{a.views:,}')} ครั้ง",
                "แบ่งปัน",
                "ข่าวอื่นๆ",
                "ดูข่าวทั้งหมด",
                "ย้อนกลับ",
                "ส่งต่อ",
                "จำนวนผู้เข้าชมเว็บไซต์",
                COUNTER,
                "เข้าสู่ระบบเจ้าหน้าที่",
                "ราคาประเมินที่ดิน",
                "Best view 1024x768",
                "คำค้น :",
                "ถนนอินทยงยศ",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {th_time(a.published)} น.")
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {th_update(a.modified)}")
            must_not += [b.title for b in self.others(a)]
            if a.extra["gallery"]:
                must_not.append("ภาพประกอบข่าว")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ :", "คลิกเพื่อดาวน์โหลด (PDF)"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = WebFormsSite()

if __name__ == "__main__":
    main(SITE)
