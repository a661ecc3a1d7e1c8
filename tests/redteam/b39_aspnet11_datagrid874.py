"""Blind-39 red-team site (part B): a **home-made ASP.NET 1.1 (VB.NET, Visual Studio .NET
2003) news system** of a primary educational service area office (สำนักงานเขตพื้นที่การศึกษา
ประถมศึกษาพิจิตร เขต 1), circa 2552, windows-874, built blind.

What it imitates:
- Web Forms 1.1 pages: `<form name="Form1" method="post" id="Form1">` with a large
  `__VIEWSTATE` (`dDw…` 1.1 serialisation), `GENERATOR` "Microsoft Visual Studio .NET 7.1",
  `CODE_LANGUAGE` "Visual Basic .NET 7.1", `vs_defaultClientScript`, `vs_targetSchema`,
  `X-Powered-By: ASP.NET`, `X-AspNet-Version: 1.1.4322`; `asp:Label` spans with ids
  (`lblTopic`, `lblDate`, `lblRead`, `lblDetail`, `lblSource`, `lblEdit`);
- `web.config` `responseEncoding="windows-874"`: **windows-874 bytes with
  `charset=windows-874` in the header while the page's meta says `tis-620`**;
- table layout from a Dreamweaver-ish banner: left column (menu + "ข่าวล่าสุด" headlines)
  **before** the content column in the source;
- **constant `<title>` and no heading element: the headline is only `span#lblTopic`**;
- **dates as `DateTime.ToString()` under the th-TH culture (ThaiBuddhistCalendar, `d/M/yyyy
  H:mm:ss`): "วันที่ลงข่าว : 5/3/2552 14:20:00"**, or the date alone ("5/3/2552") for rows
  whose column holds no time; "แก้ไขล่าสุด : …" only on edited items;
- "จำนวนผู้อ่าน : N ครั้ง"; "ที่มา :" label (some); body as one label with `<br><br>` runs;
  picture (some); "ดาวน์โหลดเอกสารแนบ" link (some); print / send-to-friend / back links;
  "ข่าวอื่นๆ" DataGrid (title + date) under the text; footer site counter;
- listing: DataGrid `dgNews` (`rules="all"`, ItemStyle / AlternatingItemStyle rows) with the
  developer's GET pager row instead of `__doPostBack`: `NewsList.aspx?CatID=2&PageIndex=2`
  (relative hrefs, the current page as a bare `<span>`).
Deleted: `NewsDetail.aspx?NewsID=1189` answers 200 with the detail template and every label
empty ("จำนวนผู้อ่าน : 0 ครั้ง").
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาพิจิตร เขต 1"
TITLE = f":: {OFFICE} ::"
LISTING = "/NewsList.aspx?CatID=2"
PER_PAGE = 10
SOURCES = [
    "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
    None,
    "กลุ่มอำนวยการ",
    None,
    None,
    "กลุ่มนโยบายและแผน",
]
DELETED_ID = 1189
COUNTER = "ผู้เข้าชมเว็บไซต์ตั้งแต่ 1 ต.ค. 2550 : 284,117 คน"
FOOTER = "ถนนบุษบา ตำบลในเมือง อำเภอเมือง จังหวัดพิจิตร 66000 โทร. 0-5661-2437"
DEV = "พัฒนาระบบโดย กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร"


def net_th(d: dt.datetime, with_time: bool) -> str:
    """DateTime.ToString() under th-TH: 'd/M/yyyy H:mm:ss' with the Buddhist year."""
    s = f"{d.day}/{d.month}/{d.year + 543}"
    return f"{s} {d.hour}:{d.minute:02d}:{d.second:02d}" if with_time else s


def cp874_safe(s: str) -> str:
    return s.encode("cp874", "ignore").decode("cp874")


def viewstate(seed: str) -> str:
    raw = b""
    h = seed.encode()
    while len(raw) < 900:
        h = hashlib.sha1(h).digest()
        raw += h
    return "dDwtMTI3OTMzNDM4NDt0PDtsPGk8MT47PjtsPHQ8O2w8aTwx" + base64.b64encode(raw).decode()


class DataGridSite(BaseSite):
    key = "b39_aspnet11_datagrid874"
    family = "generic"
    imitates = "home-made ASP.NET 1.1 (VB.NET, VS.NET 2003) news system of a primary educational service area office, windows-874 (header charset=windows-874, meta tis-620): NewsList.aspx DataGrid with a GET pager row (?CatID=2&PageIndex=N, relative hrefs); NewsDetail.aspx?NewsID=N with __VIEWSTATE, VS.NET 7.1 GENERATOR meta, asp:Label spans; constant <title>, no heading, headline only in span#lblTopic; left column with latest headlines before the content; th-TH DateTime.ToString() dates 'd/M/yyyy H:mm:ss' (Buddhist year, no leading zeros; date alone on some), 'แก้ไขล่าสุด' only on edited items; 'จำนวนผู้อ่าน : N ครั้ง'; 'ที่มา :' label (some); body as one label with <br><br>; picture / attachment (some); print / send-to-friend links; 'ข่าวอื่นๆ' grid; footer site counter; deleted = empty detail template (200)"
    listing_path = LISTING
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2009, 8, 21, 16, 30, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1236
        for i, a in enumerate(arts):
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            a.id = nid
            nid -= 2 + i % 5
            a.path = f"/NewsDetail.aspx?NewsID={a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.extra["image"] = i % 5 == 3
            a.extra["file"] = i % 6 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return [LISTING] + [f"{LISTING}&PageIndex={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/NewsDetail.aspx?NewsID={DELETED_ID}"]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.encode("cp874")
        return (
            status,
            {
                "Content-Type": "text/html; charset=windows-874",
                "X-Powered-By": "ASP.NET",
                "X-AspNet-Version": "1.1.4322",
                "Cache-Control": "private",
            },
            body,
        )

    # ------------------------------------------------------------ shell

    def shell(self, action, content):
        latest = "".join(
            f'<tr><td width="12" valign="top"><img src="images/bullet.gif" width="9" height="9"></td><td class="txt_small"><a href="NewsDetail.aspx?NewsID={a.id}" class="link_news">{esc(a.title)}</a></td></tr>'
            for a in self.articles[:6]
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN" >
<HTML>
	<HEAD>
		<title>{TITLE}</title>
		<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
		<meta name="GENERATOR" Content="Microsoft Visual Studio .NET 7.1">
		<meta name="CODE_LANGUAGE" Content="Visual Basic .NET 7.1">
		<meta name="vs_defaultClientScript" content="JavaScript">
		<meta name="vs_targetSchema" content="http://schemas.microsoft.com/intellisense/ie5">
		<LINK href="css/style.css" type="text/css" rel="stylesheet">
		<script language="JavaScript" src="js/menu.js"></script>
	</HEAD>
	<body bgColor="#e8f0d8" leftMargin="0" topMargin="0" MS_POSITIONING="GridLayout">
		<form name="Form1" method="post" action="{esc(action)}" id="Form1">
<input type="hidden" name="__VIEWSTATE" value="{viewstate(action)}" />

			<table width="900" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#ffffff">
				<tr><td colspan="2"><img src="images/banner_top.jpg" width="900" height="160" alt="{OFFICE}"></td></tr>
				<tr><td colspan="2" class="bar_menu" height="28">&nbsp;<a href="Default.aspx" class="menu_top">หน้าแรก</a> | <a href="About.aspx" class="menu_top">ข้อมูลหน่วยงาน</a> | <a href="NewsList.aspx?CatID=2" class="menu_top">ข่าวประชาสัมพันธ์</a> | <a href="NewsList.aspx?CatID=3" class="menu_top">ข่าวจัดซื้อจัดจ้าง</a> | <a href="Download.aspx" class="menu_top">ดาวน์โหลด</a> | <a href="Webboard/Default.aspx" class="menu_top">เว็บบอร์ด</a> | <a href="Contact.aspx" class="menu_top">ติดต่อเรา</a></td></tr>
				<tr>
					<td width="200" valign="top" bgcolor="#f3f7ea">
						<table width="100%" border="0" cellspacing="0" cellpadding="3">
							<tr><td class="head_left"><img src="images/icon_menu.gif"> เมนูหลัก</td></tr>
							<tr><td class="txt_menu"><a href="Structure.aspx">โครงสร้างหน่วยงาน</a><br><a href="Staff.aspx">ทำเนียบบุคลากร</a><br><a href="School.aspx">ข้อมูลโรงเรียนในสังกัด</a><br><a href="EMIS.aspx">ระบบสารสนเทศ EMIS</a><br><a href="http://www.obec.go.th" target="_blank">สพฐ.</a></td></tr>
							<tr><td class="head_left"><img src="images/icon_news.gif"> ข่าวล่าสุด</td></tr>
							<tr><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{latest}</table></td></tr>
							<tr><td class="head_left">ผู้ดูแลระบบ</td></tr>
							<tr><td class="txt_small">ชื่อผู้ใช้ <input name="txtUser" type="text" id="txtUser" size="12" /><br>รหัสผ่าน <input name="txtPass" type="password" id="txtPass" size="12" /><br><input type="submit" name="btnLogin" value="เข้าระบบ" id="btnLogin" /></td></tr>
						</table>
					</td>
					<td width="700" valign="top" style="padding:8px">
{content}
					</td>
				</tr>
				<tr><td colspan="2" class="footer" align="center" height="60">{OFFICE}<br>{FOOTER}<br><span id="lblCounter">{COUNTER}</span><br><font size="1" color="#999999">{DEV} | แสดงผลได้ดีที่สุดด้วย IE 6.0 ความละเอียด 1024x768</font></td></tr>
			</table>
		</form>
	</body>
</HTML>
"""

    # ------------------------------------------------------------ listing

    def grid_row(self, k, title, nid, a):
        cls = "item" if k % 2 == 0 else "altitem"
        bg = "#FFFFFF" if k % 2 == 0 else "#F3F7EA"
        return f"""	<tr class="{cls}" bgcolor="{bg}">
		<td align="center" width="90"><font size="2">{net_th(a.published, False)}</font></td><td><a href="NewsDetail.aspx?NewsID={nid}" class="link_news">{esc(title)}</a></td><td align="center" width="60"><font size="2">{a.views}</font></td>
	</tr>
"""

    def listing(self, k):
        rows = [self.grid_row(j, a.title, a.id, a) for j, a in enumerate(self.pages[k])]
        if k == 1:
            rows.insert(
                4,
                self.grid_row(4, "ขอเชิญประชุมผู้บริหารสถานศึกษา (ยกเลิก)", DELETED_ID, self.pages[1][4]),
            )
        pager = []
        for j in range(len(self.pages)):
            if j == k:
                pager.append(f"<span>{j + 1}</span>")
            elif j == 0:
                pager.append(f'<a href="NewsList.aspx?CatID=2">{j + 1}</a>')
            else:
                pager.append(f'<a href="NewsList.aspx?CatID=2&amp;PageIndex={j + 1}">{j + 1}</a>')
        action = LISTING if k == 0 else f"{LISTING}&PageIndex={k + 1}"
        content = f"""<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td class="head_content"><img src="images/icon_pr.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr></table>
<table class="grid" cellspacing="0" rules="all" border="1" id="dgNews" style="border-color:#A8C47A;border-width:1px;border-style:solid;width:100%;border-collapse:collapse;">
	<tr class="header" bgcolor="#7FA548">
		<td align="center"><font color="White"><b>วันที่</b></font></td><td align="center"><font color="White"><b>หัวข้อข่าว</b></font></td><td align="center"><font color="White"><b>อ่าน</b></font></td>
	</tr>
{"".join(rows)}	<tr class="pager" bgcolor="#E8F0D8">
		<td colspan="3">หน้า : {" ".join(pager)}</td>
	</tr>
</table>
<div align="right" class="txt_small">ทั้งหมด {len(self.articles)} รายการ</div>"""
        return self.shell(action, content)

    # ------------------------------------------------------------ detail

    def others(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 1 : i + 6]
        return pool if len(pool) >= 3 else self.articles[:5]

    def detail_table(self, nid, a):
        if a is None:
            topic = date = detail = src = edit = extra = ""
            views = 0
            others = ""
        else:
            topic = esc(a.title)
            date = net_th(a.published, a.time_printed)
            views = a.views
            paras = [esc(p) for p in a.paras]
            paras[0] = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + paras[0]
            detail = "<br><br>".join(paras)
            src = esc(a.source) if a.source else ""
            edit = net_th(a.modified, True) if a.modified else ""
            extra = ""
            if a.extra["image"]:
                extra += f'<tr><td align="center"><img id="imgNews" src="upload/news/{a.id}.jpg" border="0" width="400"></td></tr>'
            if a.extra["file"]:
                extra += f'<tr><td><img src="images/icon_pdf.gif"> <a id="hlFile" href="upload/file/{a.id}.pdf" target="_blank">ดาวน์โหลดเอกสารแนบ</a></td></tr>'
            others = "".join(
                f'<tr class="item"><td><img src="images/bullet.gif"> <a href="NewsDetail.aspx?NewsID={x.id}" class="link_news">{esc(x.title)}</a> <font size="1" color="#888888">({net_th(x.published, False)})</font></td></tr>'
                for x in self.others(a)
            )
        src_row = (
            f'<tr><td class="txt_small"><b>ที่มา :</b> <span id="lblSource">{src}</span></td></tr>'
            if src
            else '<tr><td class="txt_small"><span id="lblSource"></span></td></tr>'
        )
        edit_row = (
            f'<tr><td class="txt_small" align="right"><font color="#888888">แก้ไขล่าสุด : <span id="lblEdit">{edit}</span></font></td></tr>'
            if edit
            else ""
        )
        return f"""<table width="100%" border="0" cellpadding="4" cellspacing="0" class="tb_news">
	<tr><td class="head_content"><img src="images/icon_pr.gif" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
	<tr><td><span id="lblTopic" class="head_news" style="font-weight:bold;font-size:12pt;color:#336600;">{topic}</span></td></tr>
	<tr><td class="txt_small"><font color="#666666">วันที่ลงข่าว : <span id="lblDate">{date}</span> &nbsp;|&nbsp; จำนวนผู้อ่าน : <span id="lblRead">{views}</span> ครั้ง</font></td></tr>
	{extra}
	<tr><td class="txt_detail"><span id="lblDetail">{detail}</span></td></tr>
	{src_row}
	{edit_row}
	<tr><td align="right" class="txt_small"><a href="javascript:window.print();"><img src="images/icon_print.gif" border="0"> พิมพ์หน้านี้</a> &nbsp; <a href="SendFriend.aspx?NewsID={nid}"><img src="images/icon_mail.gif" border="0"> ส่งข่าวนี้ให้เพื่อน</a> &nbsp; <a href="NewsList.aspx?CatID=2">&lt;&lt; กลับหน้ารวมข่าว</a></td></tr>
</table>
<br>
<table width="100%" border="0" cellpadding="3" cellspacing="0" id="dgOther">
	<tr class="header"><td class="head_content">ข่าวอื่นๆ</td></tr>
{others}</table>"""

    def detail(self, nid, a):
        return self.shell(f"NewsDetail.aspx?NewsID={nid}", self.detail_table(nid, a))

    def route(self, path, query, raw_query, base):
        low = path.lower()
        if low == "/newslist.aspx":
            if qs1(query, "CatID") != "2":
                return None
            k = qs1(query, "PageIndex", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if low == "/newsdetail.aspx":
            nid = qs1(query, "NewsID")
            if not nid.isdigit():
                return None
            nid = int(nid)
            if nid in self.by_id:
                return self.html_response(self.detail(nid, self.by_id[nid]))
            if nid == DELETED_ID:
                return self.html_response(self.detail(nid, None))
            return None
        if low in ("/", "/default.aspx"):
            return 302, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                net_th(a.published, a.time_printed),
                f"จำนวนผู้อ่าน : {a.views} ครั้ง",
                "วันที่ลงข่าว",
                "พิมพ์หน้านี้",
                "ส่งข่าวนี้ให้เพื่อน",
                "กลับหน้ารวมข่าว",
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "เข้าระบบ",
                COUNTER,
                FOOTER,
                DEV,
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด : {net_th(a.modified, True)}")
            if a.source:
                must_not.append(f"ที่มา : {a.source}")
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสารแนบ")
            must_not += [x.title for x in self.others(a) if x is not a]
            must_not += [x.title for x in self.articles[:6] if x is not a]
            out.append(expected_record(a, tags=False, must_not=must_not))
        return out


SITE = DataGridSite()

if __name__ == "__main__":
    main(SITE)
