"""Blind-51 red-team site (part B): a provincial cooperative office (สำนักงานสหกรณ์จังหวัด
นครสวรรค์) on a **home-made ASP.NET 2.0 WebForms (VB.NET, Visual Studio 2005) news system of
2009-2010 whose listing is paged only by postbacks**, served in windows-874, built blind.

Looked up (search tool, code corpus): ASP.NET WebForms pages with `asp:GridView
AllowPaging="True"` + `OnPageIndexChanging` (paging by `CommandName="Page"` postbacks, no URL
per page), custom GridView pager controls and the Visual Studio 2005 page template (XHTML 1.0
Transitional doctype, `<html xmlns=… >`, `form#form1 runat="server"`). From memory of the
documentation: ASP.NET 2.0's rendered output (one page-wide `form#aspnetForm` posting to
itself, the hidden `__EVENTTARGET` / `__EVENTARGUMENT` / `__VIEWSTATE` / `__EVENTVALIDATION`
fields, the generated `__doPostBack(eventTarget, eventArgument)` script, master-page ids
`ctl00_ContentPlaceHolder1_…` and names `ctl00$ContentPlaceHolder1$…`, the GridView pager row
— a nested table whose current page is a `<span>` and whose other pages are
`javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNews','Page$N')` links —,
`asp:Label` spans, `web.config` `<globalization responseEncoding=…>` naming the header
charset, `X-AspNet-Version: 2.0.50727`) and RSS 2.0. No one's code or text was copied.

What it imitates:
- `/News/NewsList.aspx` (GridView: ลำดับ / หัวข้อข่าว / วันที่ / อ่าน, Thai digits, 10 a page),
  details `/News/NewsDetail.aspx?NewsID=N` (relative `NewsDetail.aspx?NewsID=N` links);
- master page: 780-px table layout, Flash-era banner image, marquee, left menu, "ข่าวย้อนหลัง"
  (months), RSS icon, staff login, footer counter; the same `<title>` ":: office ::" on
  every page; the headline only in `span#ctl00_ContentPlaceHolder1_lblTopic`;
- "ประกาศเมื่อ : ๑๕ พ.ย. ๒๕๕๒" (+ " เวลา ๑๔:๒๐ น." where a time was entered),
  "เปิดอ่าน : ๑,๒๓๔ ครั้ง", "ที่มา : …" (2 in 3), "ข่าวอื่นๆ" (titles + dates), "พิมพ์หน้านี้",
  "ย้อนกลับ".

Traps (NEW this round in bold):
- **the listing is paged only by POST**: pages 2 and 3 exist only as
  `javascript:__doPostBack('ctl00$ContentPlaceHolder1$gvNews','Page$2')` (the form posts
  `__EVENTARGUMENT=Page$2` back to `NewsList.aspx`; no GET address shows page 2). **The
  articles are reachable otherwise only the ways the site offers: the "ข่าวย้อนหลัง" month
  archive (`NewsArchive.aspx?y=2552&m=12`, GET links, every item of a month) and the RSS feed
  (`NewsRss.aspx`, the newest 15, `<link rel="alternate">` + RSS icon)**;
- **Thai text stored as numeric character references** (1 in 4: items entered while the
  back-office page was served as ISO-8859-1, so the browser posted `&#3585;…`): headline and
  text printed as `&#3626;&#3635;…` (the listing too; the RSS double-escapes them);
- **decomposed sara am** (1 in 4: text pasted from a PDF): every "ำ" in the text printed as
  "ํ" + "า" (U+0E4D U+0E32); the expected phrases are the clean text with "ำ";
- **the text inside a layout `<table>` with an empty spacer column**
  (`<td width="25"><img src="../images/spacer.gif"></td><td class="txtDetail">text</td>
  <td width="10">&nbsp;</td>`), paragraphs as `<br /><br />` runs in one Label;
- windows-874 bytes (curly quotes in headlines, NBSP indents) **sent as
  `text/html; charset=tis-620`** (`responseEncoding="tis-620"`) with a
  `<meta … charset=windows-874>` in the master page; dates, counters and order numbers in
  Thai digits.
Serving: the loopback server of `_common` answers GET / HEAD only; this module wraps
`_common._handler_for` so that a site defining `post_route(path, form)` also answers POST
(the postback pager) with `Server: Microsoft-IIS/6.0`; every other site gets its handler
unchanged.
Deleted: `NewsDetail.aspx?NewsID=243` (a row of the posted-back page 2 and of its month's
archive): the detail page with empty Labels and "ไม่พบข้อมูลข่าวที่ท่านต้องการ" (200).
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from urllib.parse import parse_qs, urlsplit
from xml.sax.saxutils import escape as xml_escape

from . import _common
from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสหกรณ์จังหวัดนครสวรรค์"
TITLE = f":: {OFFICE} ::"
LIST = "/News/NewsList.aspx"
VIEW = "/News/NewsDetail.aspx"
ARCHIVE = "/News/NewsArchive.aspx"
RSS = "/News/NewsRss.aspx"
PER = 10
GRID = "ctl00$ContentPlaceHolder1$gvNews"
DELETED_ID = 243
DELETED_TITLE = "ประชาสัมพันธ์รับสมัครสมาชิกสหกรณ์โคนมตาคลี ประจำปี 2553"
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ"
COUNTER = "จำนวนผู้เข้าชม ๐๐๑๒๗๕๔๓"
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานสหกรณ์จังหวัดนครสวรรค์ ส่งเสริมสหกรณ์ให้เข้มแข็ง พึ่งพาตนเองได้"
OTHERS = "ข่าวอื่นๆ"
ARCHIVE_LABEL = "ข่าวย้อนหลัง"
SOURCES = [
    "กลุ่มส่งเสริมสหกรณ์ ๑ สำนักงานสหกรณ์จังหวัดนครสวรรค์",
    "สำนักงานประชาสัมพันธ์จังหวัดนครสวรรค์",
    None,
]


def ncr(s: str) -> str:
    """Every non-ASCII character as a decimal numeric character reference."""
    return "".join(ch if ord(ch) < 128 else f"&#{ord(ch)};" for ch in s)


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def long_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def cp874_safe(s: str) -> str:
    out = []
    for ch in s:
        try:
            ch.encode("cp874")
            out.append(ch)
        except UnicodeEncodeError:
            pass
    return "".join(out)


def _post_capable(orig):
    """Give the loopback server a do_POST for sites that define post_route(path, form) —
    the ASP.NET postback pager needs one; other sites get the handler unchanged."""
    if getattr(orig, "_b51_post", False):
        return orig

    def handler_for(site):
        handler = orig(site)
        post = getattr(site, "post_route", None)
        if post is None:
            return handler

        class PostHandler(handler):
            server_version = getattr(site, "server_version", handler.server_version)

            def do_POST(self):
                n = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(n).decode("latin-1") if n else ""
                parts = urlsplit(self.path)
                try:
                    res = post(parts.path, parse_qs(raw, keep_blank_values=True))
                except Exception as exc:  # a bug in a site must show, not hang
                    res = 500, {"Content-Type": "text/plain"}, repr(exc).encode()
                if res is None:
                    res = 404, {"Content-Type": "text/html"}, b"<html><body>404</body></html>"
                status, headers, body = res
                self.send_response(status)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        return PostHandler

    handler_for._b51_post = True
    return handler_for


_common._handler_for = _post_capable(_common._handler_for)


class AspNet20PostbackSite(BaseSite):
    key = "b51_aspnet20_postback874"
    family = "generic"
    imitates = "home-made ASP.NET 2.0 WebForms news system (VB.NET, 2009-2010) of a provincial cooperative office: GridView listing paged only by __doPostBack (POST Page$N, no GET page links), articles also reachable through the 'ข่าวย้อนหลัง' month archive (GET) and an RSS feed; Thai text stored as numeric character references on some items; decomposed sara am (ํา) on others; text in a layout table with an empty spacer column; windows-874 bytes sent as charset=tis-620 with a windows-874 meta; Thai-digit dates 'ประกาศเมื่อ : ๑๕ พ.ย. ๒๕๕๒ เวลา ๑๔:๒๐ น.' and 'เปิดอ่าน : N ครั้ง'; same <title> everywhere, headline only in a Label"
    listing_path = LIST
    charset = "cp874"
    server_version = "Microsoft-IIS/6.0"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2010, 2, 14, 16, 40, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 258 - i - (1 if i >= 15 else 0) - (2 if i >= 19 else 0)
            a.path = f"{VIEW}?NewsID={a.id}"
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            a.modified = None
            a.tags = []
            a.views = 18 + (i * 211) % 1900
            a.source = SOURCES[i % 3]
            a.extra["enc"] = {1: "ncr", 3: "sara_am"}.get(i % 4)
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        entries: list = list(arts)
        entries.insert(15, None)  # the deleted item (id 243): 6th row of page 2
        self.entries = entries
        self.pages = paginate(entries, PER)
        months: dict = {}
        for a in arts:
            months.setdefault((a.published.year, a.published.month), []).append(a)
        self.deleted_date = self.entries[14].published - dt.timedelta(hours=5)
        months.setdefault((self.deleted_date.year, self.deleted_date.month), [])
        self.months = months

    # ------------------------------------------------------------ urls
    def month_path(self, y, m):
        return f"{ARCHIVE}?y={y + 543}&m={m}"

    def listing_pages(self):
        return [LIST] + [self.month_path(y, m) for (y, m) in self.months]

    def deleted_paths(self):
        return [f"{VIEW}?NewsID={DELETED_ID}"]

    # ------------------------------------------------------------ text forms
    def t_title(self, a) -> str:
        return ncr(a.title) if a.extra["enc"] == "ncr" else esc(a.title)

    def t_para(self, a, p) -> str:
        if a.extra["enc"] == "ncr":
            return ncr(esc(p))
        if a.extra["enc"] == "sara_am":
            return esc(p).replace("ำ", "\u0e4d\u0e32")
        return esc(p)

    # ------------------------------------------------------------ webforms plumbing
    def viewstate(self, key: str, size: int = 180) -> str:
        raw = b"\xff\x01\x0f\x0f" + hashlib.sha256(key.encode()).digest() * (size // 32 + 1)
        return "/wEPDwUK" + base64.b64encode(raw[:size]).decode()

    def shell(self, content, *, action, key):
        months = "".join(
            f'<tr><td><img src="../images/arrow.gif" width="7" height="7" /> <a id="ctl00_rptArchive_ctl{j:02d}_hlMonth" href="NewsArchive.aspx?y={y + 543}&amp;m={m}">{MONTHS[m - 1]} {thai_digits(y + 543)}</a> ({thai_digits(len(self.months[(y, m)]) + (1 if (y, m) == (self.deleted_date.year, self.deleted_date.month) else 0))})</td></tr>'
            for j, (y, m) in enumerate(self.months)
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">

<html xmlns="http://www.w3.org/1999/xhtml" >
<head id="ctl00_Head1"><title>
    {TITLE}
</title><meta http-equiv="Content-Type" content="text/html; charset=windows-874" /><link href="../css/main.css" rel="stylesheet" type="text/css" /><link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์ สหกรณ์จังหวัดนครสวรรค์" href="NewsRss.aspx" /><style type="text/css">
    .gvHeader {{ background-color:#2E7D32; color:White; font-weight:bold; }}
    .gvRow {{ background-color:#F1F8E9; }}
    .gvAlt {{ background-color:White; }}
    .gvPager {{ background-color:#C5E1A5; }}
</style></head>
<body topmargin="0" leftmargin="0">
    <form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div>
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{self.viewstate(key)}" />
</div>

<script type="text/javascript">
<!--
var theForm = document.forms['aspnetForm'];
if (!theForm) {{
    theForm = document.aspnetForm;
}}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
// -->
</script>

    <table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
      <tr><td colspan="2"><img src="../images/banner.jpg" width="780" height="150" alt="{OFFICE}" /></td></tr>
      <tr><td colspan="2" bgcolor="#1B5E20" height="22"><marquee scrollamount="2"><font color="#FFFFFF" size="2">{MARQUEE}</font></marquee></td></tr>
      <tr>
        <td width="190" valign="top" bgcolor="#F1F8E9">
          <table width="100%" border="0" cellspacing="0" cellpadding="3">
            <tr><td class="menuHead">เมนูหลัก</td></tr>
            <tr><td><a id="ctl00_hlHome" href="../Default.aspx">หน้าแรก</a></td></tr>
            <tr><td><a id="ctl00_hlAbout" href="../About.aspx">ข้อมูลหน่วยงาน</a></td></tr>
            <tr><td><a id="ctl00_hlNews" href="NewsList.aspx">ข่าวประชาสัมพันธ์</a></td></tr>
            <tr><td><a id="ctl00_hlCoop" href="../Coop/CoopList.aspx">ทำเนียบสหกรณ์</a></td></tr>
            <tr><td><a id="ctl00_hlDownload" href="../Download.aspx">ดาวน์โหลดแบบฟอร์ม</a></td></tr>
            <tr><td class="menuHead">{ARCHIVE_LABEL}</td></tr>
{months}
            <tr><td><a href="NewsRss.aspx"><img src="../images/rss.gif" border="0" alt="RSS" /></a> RSS ข่าวประชาสัมพันธ์</td></tr>
            <tr><td class="menuHead">สำหรับเจ้าหน้าที่</td></tr>
            <tr><td>ชื่อผู้ใช้<br /><input name="ctl00$txtUser" type="text" id="ctl00_txtUser" style="width:120px;" /><br />รหัสผ่าน<br /><input name="ctl00$txtPass" type="password" id="ctl00_txtPass" style="width:120px;" /><br /><input type="submit" name="ctl00$btnLogin" value="เข้าสู่ระบบ" id="ctl00_btnLogin" /></td></tr>
          </table>
        </td>
        <td width="590" valign="top">
{content}
        </td>
      </tr>
      <tr><td colspan="2" bgcolor="#1B5E20" align="center"><font color="#FFFFFF" size="1">{OFFICE} ศาลากลางจังหวัดนครสวรรค์ ชั้น ๒ ถนนสวรรค์วิถี อำเภอเมือง จังหวัดนครสวรรค์ ๖๐๐๐๐<br />{COUNTER} &nbsp; Copyright &copy; ๒๕๕๒ All rights reserved.</font></td></tr>
    </table>

<div>
    <input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{self.viewstate("ev" + key, 60)}" />
</div></form>
</body>
</html>
"""

    def respond(self, text, status=200):
        headers = {
            "Content-Type": "text/html; charset=tis-620",
            "X-Powered-By": "ASP.NET",
            "X-AspNet-Version": "2.0.50727",
            "Cache-Control": "private",
        }
        return status, headers, text.encode("cp874")

    # ------------------------------------------------------------ listing
    def grid(self, k):
        rows = [
            '<tr class="gvHeader">\n\t\t\t<th scope="col">ลำดับ</th><th scope="col">หัวข้อข่าว</th><th scope="col">วันที่</th><th scope="col">อ่าน</th>\n\t\t</tr>'
        ]
        for j, a in enumerate(self.pages[k]):
            n = k * PER + j + 1
            ctl = f"ctl00_ContentPlaceHolder1_gvNews_ctl{j + 2:02d}"
            if a is None:
                aid, title, d, views = DELETED_ID, esc(DELETED_TITLE), self.deleted_date, 41
            else:
                aid, title, d, views = a.id, self.t_title(a), a.published, a.views
            cls = "gvRow" if j % 2 == 0 else "gvAlt"
            rows.append(
                f'<tr class="{cls}">\n\t\t\t<td align="center" style="width:40px;">{thai_digits(n)}</td><td><img src="../images/bullet.gif" /> <a id="{ctl}_hlTopic" href="NewsDetail.aspx?NewsID={aid}">{title}</a></td><td align="center" style="width:80px;">{short_date(d)}</td><td align="center" style="width:50px;">{thai_digits(f"{views:,}")}</td>\n\t\t</tr>'
            )
        cells = []
        for p in range(len(self.pages)):
            if p == k:
                cells.append(f"<td><span>{p + 1}</span></td>")
            else:
                cells.append(
                    f"<td><a href=\"javascript:__doPostBack('{GRID}','Page${p + 1}')\">{p + 1}</a></td>"
                )
        rows.append(
            f'<tr class="gvPager">\n\t\t\t<td colspan="4"><table border="0">\n\t\t\t\t<tr>\n\t\t\t\t\t{"".join(cells)}\n\t\t\t\t</tr>\n\t\t\t</table></td>\n\t\t</tr>'
        )
        return (
            '<div>\n\t<table class="gridview" cellspacing="0" cellpadding="4" rules="all" border="1" id="ctl00_ContentPlaceHolder1_gvNews" style="width:100%;border-collapse:collapse;">\n\t\t'
            + "\n\t\t".join(rows)
            + "\n\t</table>\n</div>"
        )

    def render_list(self, k):
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td><img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td>{self.grid(k)}</td></tr>
  <tr><td align="right"><span id="ctl00_ContentPlaceHolder1_lblTotal">ทั้งหมด {thai_digits(len(self.entries))} รายการ</span></td></tr>
</table>"""
        return self.respond(self.shell(content, action="NewsList.aspx", key=f"list{k}"))

    def render_archive(self, y, m):
        items = list(self.months[(y, m)])
        rows = []
        shown = [(a.id, self.t_title(a), a.published) for a in items]
        if (y, m) == (self.deleted_date.year, self.deleted_date.month):
            shown.append((DELETED_ID, esc(DELETED_TITLE), self.deleted_date))
            shown.sort(key=lambda t: t[2], reverse=True)
        for j, (aid, title, d) in enumerate(shown):
            rows.append(
                f'<tr><td width="15" valign="top"><img src="../images/bullet.gif" /></td><td><a id="ctl00_ContentPlaceHolder1_dlArchive_ctl{j:02d}_hlTopic" href="NewsDetail.aspx?NewsID={aid}">{title}</a> <font color="#888888" size="1">({short_date(d)})</font></td></tr>'
            )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td><img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td><b><span id="ctl00_ContentPlaceHolder1_lblMonth">{ARCHIVE_LABEL} เดือน{MONTHS[m - 1]} {thai_digits(y + 543)}</span></b></td></tr>
  <tr><td><table id="ctl00_ContentPlaceHolder1_dlArchive" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">
{chr(10).join(rows)}
  </table></td></tr>
</table>"""
        return self.respond(
            self.shell(content, action=f"NewsArchive.aspx?y={y + 543}&amp;m={m}", key=f"ar{y}{m}")
        )

    # ------------------------------------------------------------ article
    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 1 : i + 6]] or self.articles[i - 5 : i]

    def date_line(self, a):
        s = f"ประกาศเมื่อ : {long_date(a.published)}"
        if a.time_printed:
            s += thai_digits(f" เวลา {a.published:%H:%M} น.")
        return s

    def render_view(self, a):
        detail = "<br /><br />".join("\xa0\xa0\xa0\xa0" + self.t_para(a, p) for p in a.paras)
        source = (
            f'<tr><td colspan="3"><b>ที่มา :</b> <span id="ctl00_ContentPlaceHolder1_lblSource">{esc(a.source)}</span></td></tr>'
            if a.source
            else ""
        )
        others = "".join(
            f'<tr><td width="12"><img src="../images/bullet.gif" /></td><td><a href="NewsDetail.aspx?NewsID={x.id}">{self.t_title(x)}</a> <font size="1" color="#888888">({short_date(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td colspan="3"><img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td colspan="3" class="topic"><font size="3" color="#1B5E20"><b><span id="ctl00_ContentPlaceHolder1_lblTopic">{self.t_title(a)}</span></b></font></td></tr>
  <tr><td colspan="3"><font size="1" color="#666666"><span id="ctl00_ContentPlaceHolder1_lblDate">{self.date_line(a)}</span> &nbsp;|&nbsp; <span id="ctl00_ContentPlaceHolder1_lblRead">เปิดอ่าน : {thai_digits(f"{a.views:,}")} ครั้ง</span></font></td></tr>
  <tr><td colspan="3" align="center"><img id="ctl00_ContentPlaceHolder1_imgNews" src="../NewsImages/{a.id}_1.jpg" style="border-width:0px;width:400px;" /></td></tr>
  <tr>
    <td width="25"><img src="../images/spacer.gif" width="25" height="1" /></td>
    <td class="txtDetail" valign="top"><span id="ctl00_ContentPlaceHolder1_lblDetail">{detail}</span></td>
    <td width="10">&nbsp;</td>
  </tr>
{source}
  <tr><td colspan="3" align="right"><a href="javascript:window.print()"><img src="../images/print.gif" border="0" /> พิมพ์หน้านี้</a> &nbsp; <input type="submit" name="ctl00$ContentPlaceHolder1$btnBack" value="ย้อนกลับ" onclick="history.back(); return false;" id="ctl00_ContentPlaceHolder1_btnBack" /></td></tr>
</table>
<br />
<table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td colspan="2" bgcolor="#C5E1A5"><b>{OTHERS}</b></td></tr>
{others}
</table>"""
        return self.respond(
            self.shell(content, action=f"NewsDetail.aspx?NewsID={a.id}", key=f"v{a.id}")
        )

    def render_deleted(self):
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td colspan="3"><img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td colspan="3" class="topic"><font size="3" color="#1B5E20"><b><span id="ctl00_ContentPlaceHolder1_lblTopic"></span></b></font></td></tr>
  <tr><td colspan="3"><font size="1" color="#666666"><span id="ctl00_ContentPlaceHolder1_lblDate"></span> &nbsp;|&nbsp; <span id="ctl00_ContentPlaceHolder1_lblRead"></span></font></td></tr>
  <tr>
    <td width="25"><img src="../images/spacer.gif" width="25" height="1" /></td>
    <td class="txtDetail" valign="top"><span id="ctl00_ContentPlaceHolder1_lblDetail"></span><span id="ctl00_ContentPlaceHolder1_lblMsg"><font color="Red">{NOT_FOUND}</font></span></td>
    <td width="10">&nbsp;</td>
  </tr>
  <tr><td colspan="3" align="right"><input type="submit" name="ctl00$ContentPlaceHolder1$btnBack" value="ย้อนกลับ" onclick="history.back(); return false;" id="ctl00_ContentPlaceHolder1_btnBack" /></td></tr>
</table>"""
        return self.respond(
            self.shell(content, action=f"NewsDetail.aspx?NewsID={DELETED_ID}", key="vdel")
        )

    def render_rss(self, base):
        items = []
        for a in self.articles[:15]:
            title = ncr(a.title) if a.extra["enc"] == "ncr" else a.title
            desc = ncr(a.paras[0]) if a.extra["enc"] == "ncr" else a.paras[0]
            items.append(
                f"""    <item>
      <title>{xml_escape(title)}</title>
      <link>{base}{VIEW}?NewsID={a.id}</link>
      <description>{xml_escape(desc[:200])}...</description>
      <pubDate>{a.published.strftime("%a, %d %b %Y %H:%M:%S +0700")}</pubDate>
    </item>"""
            )
        text = f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
  <channel>
    <title>ข่าวประชาสัมพันธ์ {OFFICE}</title>
    <link>{base}{LIST}</link>
    <description>ข่าวประชาสัมพันธ์ {OFFICE}</description>
    <language>th-TH</language>
{chr(10).join(items)}
  </channel>
</rss>
"""
        return (
            200,
            {"Content-Type": "text/xml; charset=utf-8", "X-Powered-By": "ASP.NET"},
            text.encode("utf-8"),
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.lower()
        if p == LIST.lower():
            if query:
                return None  # GridView pages are not addressable by GET
            return self.render_list(0)
        if p == ARCHIVE.lower():
            try:
                y, m = int(query["y"][0]) - 543, int(query["m"][0])
            except (KeyError, ValueError):
                return None
            if (y, m) not in self.months:
                return None
            return self.render_archive(y, m)
        if p == VIEW.lower():
            v = (query.get("NewsID") or query.get("newsid") or [""])[0]
            if not v.isdigit():
                return None
            if int(v) == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(int(v))
            return self.render_view(a) if a else self.render_deleted()
        if p == RSS.lower():
            return self.render_rss(base)
        return None

    def post_route(self, path, form):
        if path.lower() != LIST.lower():
            return None
        target = (form.get("__EVENTTARGET") or [""])[0]
        arg = (form.get("__EVENTARGUMENT") or [""])[0]
        if target == GRID and arg.startswith("Page$") and arg[5:].isdigit():
            k = int(arg[5:]) - 1
            if 0 <= k < len(self.pages):
                return self.render_list(k)
        return self.render_list(0)

    # ------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            strings = [
                COUNTER,
                MARQUEE,
                OTHERS,
                ARCHIVE_LABEL,
                "พิมพ์หน้านี้",
                "สำหรับเจ้าหน้าที่",
                "RSS ข่าวประชาสัมพันธ์",
                self.date_line(a),
                f"เปิดอ่าน : {thai_digits(f'{a.views:,}')} ครั้ง",
                *[x.title for x in self.others(a)],
            ]
            must_not = on_page(self, a, strings)
            out.append(expected_record(a, modified=False, tags=False, must_not=must_not))
        return out


SITE = AspNet20PostbackSite()

if __name__ == "__main__":
    main(SITE)
