"""Blind-50 red-team site (part B): a provincial livestock office (สำนักงานปศุสัตว์จังหวัด
อุตรดิตถ์) on a **home-made PHP 5.2 news system of 2009-2011 with PEAR::Pager and
`session.use_trans_sid` on**, a Dreamweaver table layout in windows-874, built blind.

Looked up (search tool, code corpus): PEAR Pager's renderers (`Pager_Common`, `Pager_Sliding`,
the Jumping/Sliding `_getLinks()`): the page variable `pageID`, each page link printed as
`<a href="…?pageID=N" title="<altPage> N">N</a>`, the current page between `curPageSpanPre` /
`curPageSpanPost`, `separator` and `spacesBeforeSeparator` / `spacesAfterSeparator` as
`&nbsp;`, first / previous / next / last links with their own `title`s. PHP's trans-sid URL
rewriter (appending `PHPSESSID=<id>` with `arg_separator.output` "&" to relative links and a
hidden `PHPSESSID` input to forms when no session cookie came back), Dreamweaver template
comments and `MM_` scripts are from memory. No one's code or text was copied.

What it imitates:
- `/news/index.php` (PEAR Pager: "หน้า: [1] | 2 | 3 | ถัดไป »", `?pageID=N`), `/news/news_view.php?id=N`,
  a print view `/news/news_print.php?id=N`, an attachment counter `/news/download.php?fid=N`;
- 780-px table layout, GIF menu, marquee, login form, "ผู้เยี่ยมชม" counter, the same
  `<title>` on every page; headline in `<td class="news_topic">`; text as `<p>` paragraphs
  with **every digit in Thai digits**; "ข่าวอื่นๆ" (titles + dates) under the text; "พิมพ์" /
  "ส่งให้เพื่อน" / "กลับหน้ารวมข่าว".

Traps (NEW this round in bold):
- **every internal link carries a session id** (`news_view.php?id=N&PHPSESSID=<32 hex>`,
  `index.php?pageID=2&PHPSESSID=…`) while the request brings no `PHPSESSID` cookie; each
  page mints its own id, so one article is linked under many addresses (a request whose URL
  carries an id keeps it; the record URL is `/news/news_view.php?id=N`);
- **a print view at a second address, linked from every listing row (printer icon) and from
  the article** (`news_print.php?id=N`: the same headline, date and text, no counter, no
  canonical anywhere: it is 2010);
- **the date as "๕/๓/๒๕๕๓ ๑๔:๒๐:๐๐"** (d/m/BE year H:i:s, Thai digits, no leading zeros) on
  the article; the listing prints "(๕ มี.ค. ๕๓)";
- **the charset mislabelled twice: article pages are sent as `charset=TIS-620` but hold
  windows-874-only bytes** (curly quotes, en dash, ellipsis, NBSP: 0x93 0x94 0x96 0x85 0xA0,
  undefined in TIS-620), listing pages have **no charset in the header**, and **the only
  `<meta http-equiv>` (windows-874) comes after the first 1024 bytes** (behind the
  Dreamweaver `MM_` scripts and a style block);
- **the counter only as "อ่าน (๑,๒๓๔)"** (no "ครั้ง", no label word for views), and
  **an attachment line "ดาวน์โหลด (๔๕)" counting downloads** on some items (not the views);
- **the source in three shapes: a last bold line with no label** (an office alone), **"ที่มา :
  <a href=…>office</a>" linked to the office's site**, or none; **a photo credit "ภาพ : …"
  after it that is not the source** (some).
Deleted: `news_view.php?id=N` of a removed item (linked from page 2) answers 200 with the empty
template: blank headline, "ไม่พบข่าวที่ท่านต้องการ อาจถูกลบออกจากระบบแล้ว", "อ่าน (๐)".
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ._common import (
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
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานปศุสัตว์จังหวัดอุตรดิตถ์"
TITLE = "สำนักงานปศุสัตว์จังหวัดอุตรดิตถ์ :: Uttaradit Provincial Livestock Office"
LIST = "/news/index.php"
VIEW = "/news/news_view.php"
PRINT = "/news/news_print.php"
PER = 10
SOURCES = [
    ("bold", "กลุ่มพัฒนาสุขภาพสัตว์ สำนักงานปศุสัตว์จังหวัดอุตรดิตถ์", None),
    ("link", "กรมปศุสัตว์", "http://www.dld.go.th/"),
    (None, None, None),
    ("bold", "ฝ่ายบริหารทั่วไป สำนักงานปศุสัตว์จังหวัดอุตรดิตถ์", None),
    ("link", "สำนักงานประชาสัมพันธ์จังหวัดอุตรดิตถ์", "http://uttaradit.prd.go.th/"),
    (None, None, None),
    ("bold", "ด่านกักกันสัตว์อุตรดิตถ์", None),
]
PHOTOS = ["นายสมศักดิ์ แก้วมณี", "นางวันเพ็ญ ทองดี"]
DELETED_ID = 389
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ อาจถูกลบออกจากระบบแล้ว"
COUNTER = "ผู้เยี่ยมชม ๐๐๘๗๔๓๒"
MARQUEE = "ขอเชิญเกษตรกรนำสุนัขและแมวมารับการฉีดวัคซีนป้องกันโรคพิษสุนัขบ้าฟรี ณ จุดบริการทุกอำเภอ"
OTHERS = "ข่าวอื่นๆ"
CP874_ONLY = "\xa0“”–…‘’"


def slash_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day}/{d.month}/{d.year + 543} {d:%H:%M:%S}")


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def cp874_safe(s: str) -> str:
    return "".join(ch for ch in s if _encodable(ch))


def _encodable(ch: str) -> bool:
    try:
        ch.encode("cp874")
        return True
    except UnicodeEncodeError:
        return False


MM_SCRIPTS = """<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() { //v3.0
  var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc;
}

function MM_preloadImages() { //v3.0
  var d=document; if(d.images){ if(!d.MM_p) d.MM_p=new Array();
    var i,j=d.MM_p.length,a=MM_preloadImages.arguments; for(i=0; i<a.length; i++)
    if (a[i].indexOf("#")!=0){ d.MM_p[j]=new Image; d.MM_p[j++].src=a[i];}}
}

function MM_findObj(n, d) { //v4.01
  var p,i,x;  if(!d) d=document; if((p=n.indexOf("?"))>0&&parent.frames.length) {
    d=parent.frames[n.substring(p+1)].document; n=n.substring(0,p);}
  if(!(x=d[n])&&d.all) x=d.all[n]; for (i=0;!x&&i<d.forms.length;i++) x=d.forms[i][n];
  for(i=0;!x&&d.layers&&i<d.layers.length;i++) x=MM_findObj(n,d.layers[i].document);
  if(!x && d.getElementById) x=d.getElementById(n); return x;
}

function MM_swapImage() { //v3.0
  var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; for(i=0;i<(a.length-2);i+=3)
   if ((x=MM_findObj(a[i]))!=null){document.MM_sr[j++]=x; if(!x.oSrc) x.oSrc=x.src; x.src=a[i+2];}
}

function MM_openBrWindow(theURL,winName,features) { //v2.0
  window.open(theURL,winName,features);
}
//-->
</script>
<style type="text/css">
<!--
body { margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-color: #E8F2E0; }
.text_normal { font-family: Tahoma, "MS Sans Serif"; font-size: 13px; color: #333333; }
.news_topic { font-family: Tahoma; font-size: 15px; font-weight: bold; color: #336600; }
.news_date { font-family: Tahoma; font-size: 11px; color: #999999; }
a:link { color: #336600; text-decoration: none; }
a:hover { color: #FF6600; text-decoration: underline; }
-->
</style>"""


class PhpPearPagerSidSite(BaseSite):
    key = "b50_php5_pearpager_sid874"
    family = "generic"
    imitates = "home-made PHP 5.2 news system (2009-2011) with PEAR::Pager (?pageID=N) and session.use_trans_sid: every internal link carries &PHPSESSID=<id> minted per page when no cookie comes back; print twin news_print.php?id=N linked from every listing row and the article; date '๕/๓/๒๕๕๓ ๑๔:๒๐:๐๐' (d/m/BE H:i:s, Thai digits); article pages sent as charset=TIS-620 holding windows-874-only bytes, listings with no header charset, the windows-874 meta after the first 1024 bytes; counter only 'อ่าน (๑,๒๓๔)'; attachment 'ดาวน์โหลด (๔๕)'; source as a last unlabelled bold office line or 'ที่มา :' linked to the office's site, photo credit 'ภาพ :' not the source; Thai digits in the text; same <title> everywhere"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2010, 12, 20, 16, 5, tzinfo=TZ), offset=19
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 402 - i - (i // 6)
            if a.id == DELETED_ID:
                a.id -= 1
            a.path = f"{VIEW}?id={a.id}"
            a.title = cp874_safe(a.title)
            a.paras = [thai_digits(cp874_safe(p)) for p in a.paras]
            a.published = a.published.replace(second=(i * 17) % 60)
            a.time_printed = True
            a.modified = None
            a.tags = []
            a.views = 15 + (i * 337) % 2900
            kind, office, href = SOURCES[i % len(SOURCES)]
            a.source = office
            a.extra["src_kind"] = kind
            a.extra["src_href"] = href
            a.extra["photo"] = PHOTOS[i % 2] if i % 3 == 0 else None
            a.extra["file"] = (i * 7) % 60 + 3 if i % 4 == 1 else None
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    # ------------------------------------------------------------ urls
    def listing_pages(self):
        return [LIST] + [f"{LIST}?pageID={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"{VIEW}?id={DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    # ------------------------------------------------------------ trans-sid
    def sid_for(self, key: str) -> str | None:
        return hashlib.md5(("sess" + key).encode()).hexdigest()

    def link(self, href: str, sid: str | None) -> str:
        """PHP's trans-sid rewriter: append PHPSESSID to a relative link (raw '&')."""
        if not sid or href.startswith(("http:", "https:", "mailto:", "javascript:", "#")):
            return href
        return href + ("&" if "?" in href else "?") + f"PHPSESSID={sid}"

    # ------------------------------------------------------------ shell
    def shell(self, content, sid):
        L = lambda h: self.link(h, sid)  # noqa: E731
        hidden = f'<input type="hidden" name="PHPSESSID" value="{sid}" />' if sid else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/main.dwt.php" codeOutsideHTMLIsLocked="false" -->
<head>
<!-- InstanceBeginEditable name="doctitle" -->
<title>{TITLE}</title>
<!-- InstanceEndEditable -->
{MM_SCRIPTS}
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<meta name="keywords" content="ปศุสัตว์, อุตรดิตถ์, ข่าวประชาสัมพันธ์" />
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>
<body onload="MM_preloadImages('/images/menu_news_on.gif','/images/menu_about_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="/images/banner_2553.jpg" width="780" height="160" alt="{OFFICE}" /></td></tr>
  <tr><td colspan="2" bgcolor="#336600"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF" size="2">{MARQUEE}</font></marquee></td></tr>
  <tr>
    <td width="180" valign="top" bgcolor="#F3F9EE" class="text_normal">
      <a href="{L("/index.php")}" onmouseout="MM_swapImgRestore()" onmouseover="MM_swapImage('m1','','/images/menu_home_on.gif',1)"><img src="/images/menu_home.gif" name="m1" border="0" alt="หน้าแรก" /></a><br />
      <a href="{L("/about.php")}"><img src="/images/menu_about.gif" border="0" alt="เกี่ยวกับหน่วยงาน" /></a><br />
      <a href="{L(LIST)}"><img src="/images/menu_news.gif" border="0" alt="ข่าวประชาสัมพันธ์" /></a><br />
      <a href="{L("/download/index.php")}"><img src="/images/menu_download.gif" border="0" alt="ดาวน์โหลดเอกสาร" /></a><br />
      <a href="{L("/webboard/index.php")}"><img src="/images/menu_board.gif" border="0" alt="กระดานสนทนา" /></a><br />
      <a href="http://www.dld.go.th/" target="_blank"><img src="/images/link_dld.gif" border="0" alt="กรมปศุสัตว์" /></a><br /><br />
      <form name="login" method="post" action="{L("/admin/login.php")}">{hidden}
        <b>สำหรับเจ้าหน้าที่</b><br />
        ชื่อผู้ใช้ <input name="user" type="text" size="12" /><br />
        รหัสผ่าน <input name="pass" type="password" size="12" /><br />
        <input type="submit" name="Submit" value="เข้าสู่ระบบ" />
      </form>
      <br /><center><img src="/images/counter.gif" alt="" /><br /><font size="1">{COUNTER}</font><br /><font size="1">เริ่มนับ ๑ ต.ค. ๒๕๕๒</font></center>
    </td>
    <td width="600" valign="top" class="text_normal">
<!-- InstanceBeginEditable name="content" -->
{content}
<!-- InstanceEndEditable -->
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#336600" align="center"><font color="#FFFFFF" size="1">{OFFICE} ถนนประชานิมิตร อำเภอเมือง จังหวัดอุตรดิตถ์ ๕๓๐๐๐ โทร. ๐-๕๕๔๑-๑๒๓๔<br />Best view 1024x768 pixels, Internet Explorer 6.0 ขึ้นไป</font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

    def respond(self, text, *, header_charset, sid, status=200):
        body = text.encode("cp874")
        ctype = "text/html" + (f"; charset={header_charset}" if header_charset else "")
        headers = {"Content-Type": ctype, "X-Powered-By": "PHP/5.2.17"}
        if sid:
            headers["Set-Cookie"] = f"PHPSESSID={sid}; path=/"
            headers["Expires"] = "Thu, 19 Nov 1981 08:52:00 GMT"
            headers["Cache-Control"] = (
                "no-store, no-cache, must-revalidate, post-check=0, pre-check=0"
            )
            headers["Pragma"] = "no-cache"
        return status, headers, body

    # ------------------------------------------------------------ listing
    def pager(self, k, sid):
        n = len(self.pages)
        L = lambda h: self.link(h, sid)  # noqa: E731
        parts = []
        if k > 0:
            parts.append(
                f'<a href="{L(f"{LIST}?pageID={k}")}" title="หน้าก่อนหน้า">&laquo; ก่อนหน้า</a>&nbsp;&nbsp;'
            )
        nums = []
        for j in range(n):
            if j == k:
                nums.append(f"<b>[{j + 1}]</b>")
            else:
                nums.append(
                    f'<a href="{L(f"{LIST}?pageID={j + 1}")}" title="หน้า {j + 1}">{j + 1}</a>'
                )
        parts.append("&nbsp;|&nbsp;".join(nums))
        if k < n - 1:
            parts.append(
                f'&nbsp;&nbsp;<a href="{L(f"{LIST}?pageID={k + 2}")}" title="หน้าถัดไป">ถัดไป &raquo;</a>'
            )
        return f'<div align="center" class="text_normal">หน้า: {"".join(parts)}</div>'

    def render_list(self, k, sid):
        L = lambda h: self.link(h, sid)  # noqa: E731
        rows = []
        entries = [(a.id, a.title, a.published, a.views) for a in self.pages[k]]
        if k == 1:
            entries.insert(
                6,
                (
                    DELETED_ID,
                    "ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นอาสาปศุสัตว์ ประจำปี 2553",
                    dt.datetime(2010, 10, 22, 9, 0, tzinfo=TZ),
                    58,
                ),
            )
        for j, (aid, title, d, views) in enumerate(entries):
            bg = "#FFFFFF" if j % 2 else "#F5FAF0"
            new = ' <img src="/images/new.gif" alt="ใหม่" />' if k == 0 and j < 3 else ""
            rows.append(
                f"""  <tr bgcolor="{bg}">
    <td width="20" valign="top"><img src="/images/bullet.gif" width="9" height="9" /></td>
    <td><a href="{L(f"{VIEW}?id={aid}")}">{esc(title)}</a>{new} <span class="news_date">({short_date(d)})</span></td>
    <td width="70" align="center" class="news_date">อ่าน ({thai_digits(f"{views:,}")})</td>
    <td width="24" align="center"><a href="javascript:;" onclick="MM_openBrWindow('{L(f"{PRINT}?id={aid}")}','print','scrollbars=yes,width=680,height=600')"><img src="/images/icon_print.gif" border="0" alt="พิมพ์" /></a> <a href="{L(f"{PRINT}?id={aid}")}" target="_blank"><img src="/images/icon_print_s.gif" border="0" alt="ฉบับพิมพ์" /></a></td>
  </tr>"""
            )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td colspan="4" background="/images/head_bg.gif"><img src="/images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
{chr(10).join(rows)}
</table>
<br />
{self.pager(k, sid)}
<div align="center" class="news_date">ทั้งหมด {thai_digits(len(self.articles) + 1)} รายการ</div>"""
        return self.respond(self.shell(content, sid), header_charset=None, sid=sid)

    # ------------------------------------------------------------ article
    def text_html(self, a, sid, *, printing=False):
        out = [f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</p>" for p in a.paras]
        kind = a.extra["src_kind"]
        if kind == "bold":
            out.append(f'<p align="right"><b>{esc(a.source)}</b></p>')
        elif kind == "link":
            href = a.extra["src_href"]
            out.append(f'<p>ที่มา : <a href="{href}" target="_blank">{esc(a.source)}</a></p>')
        if a.extra["photo"]:
            out.append(f'<p align="right"><font size="2">ภาพ : {esc(a.extra["photo"])}</font></p>')
        if a.extra["file"] and not printing:
            out.append(
                f'<p><img src="/images/icon_pdf.gif" /> เอกสารแนบ : <a href="{self.link(f"/news/download.php?fid={a.id}1", sid)}">ประกาศ_{a.id}.pdf</a> ดาวน์โหลด ({thai_digits(a.extra["file"])})</p>'
            )
        return "\n".join(out)

    def render_view(self, a, sid):
        L = lambda h: self.link(h, sid)  # noqa: E731
        others = "".join(
            f'<tr><td width="12"><img src="/images/bullet2.gif" /></td><td><a href="{L(f"{VIEW}?id={x.id}")}">{esc(x.title)}</a> <span class="news_date">({short_date(x.published)})</span></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td background="/images/head_bg.gif"><img src="/images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td class="news_topic">{esc(a.title)}</td></tr>
  <tr><td class="news_date">วันที่ลงข่าว : {slash_date(a.published)} &nbsp;&nbsp; อ่าน ({thai_digits(f"{a.views:,}")})</td></tr>
  <tr><td><img src="/news/images/{a.id}_1.jpg" width="400" border="1" /></td></tr>
  <tr><td class="text_normal">
{self.text_html(a, sid)}
  </td></tr>
  <tr><td align="right">
    <a href="javascript:;" onclick="MM_openBrWindow('{L(f"{PRINT}?id={a.id}")}','print','scrollbars=yes,width=680,height=600')"><img src="/images/icon_print.gif" border="0" /> พิมพ์</a>
    &nbsp;<a href="{L(f"/news/sendfriend.php?id={a.id}")}"><img src="/images/icon_mail.gif" border="0" /> ส่งให้เพื่อน</a>
    &nbsp;<a href="{L(LIST)}"><img src="/images/icon_back.gif" border="0" /> กลับหน้ารวมข่าว</a>
  </td></tr>
</table>
<br />
<table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td colspan="2" bgcolor="#DDEECC"><b>{OTHERS}</b></td></tr>
{others}
</table>"""
        return self.respond(self.shell(content, sid), header_charset="TIS-620", sid=sid)

    def render_print(self, a):
        text = f"""<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<style type="text/css">body {{ font-family: Tahoma; font-size: 13px; }}</style>
</head>
<body onload="window.print()">
<table width="640" border="0" align="center" cellpadding="4">
<tr><td><img src="/images/logo_print.gif" /> <b>{OFFICE}</b></td></tr>
<tr><td><hr size="1" /></td></tr>
<tr><td><font size="3"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font size="1">วันที่ลงข่าว : {slash_date(a.published)}</font></td></tr>
<tr><td>
{self.text_html(a, None, printing=True)}
</td></tr>
<tr><td><hr size="1" /><font size="1">พิมพ์จากเว็บไซต์ {OFFICE}</font></td></tr>
</table>
</body>
</html>
"""
        return (
            200,
            {"Content-Type": "text/html; charset=TIS-620", "X-Powered-By": "PHP/5.2.17"},
            text.encode("cp874"),
        )

    def render_deleted(self, sid):
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td background="/images/head_bg.gif"><img src="/images/head_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td class="news_topic"></td></tr>
  <tr><td class="news_date">วันที่ลงข่าว :  &nbsp;&nbsp; อ่าน (๐)</td></tr>
  <tr><td class="text_normal"><p align="center"><font color="#FF0000">{NOT_FOUND}</font></p></td></tr>
  <tr><td align="right"><a href="{self.link(LIST, sid)}"><img src="/images/icon_back.gif" border="0" /> กลับหน้ารวมข่าว</a></td></tr>
</table>"""
        return self.respond(self.shell(content, sid), header_charset="TIS-620", sid=sid)

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        # a PHPSESSID in the URL or (not seen here) a cookie keeps the session: no rewriting
        # then; a request with neither starts a new session and rewrites every link
        q = {k: v for k, v in query.items() if k != "PHPSESSID"}
        has_sid = "PHPSESSID" in query
        key = path + "?" + re.sub(r"&?PHPSESSID=[0-9a-f]*", "", raw_query)
        sid = query["PHPSESSID"][0] if has_sid else self.sid_for(key)
        if path in (LIST, "/news/", "/news"):
            v = (q.get("pageID") or ["1"])[0]
            if not v.isdigit() or not 1 <= int(v) <= len(self.pages) or set(q) - {"pageID"}:
                return None
            return self.render_list(int(v) - 1, sid)
        if path in (VIEW, PRINT):
            v = (q.get("id") or [""])[0]
            if not v.isdigit():
                return None
            if int(v) == DELETED_ID and path == VIEW:
                return self.render_deleted(sid)
            a = self.by_id.get(int(v))
            if not a:
                return None
            return self.render_print(a) if path == PRINT else self.render_view(a, sid)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                COUNTER,
                MARQUEE,
                OTHERS,
                "ส่งให้เพื่อน",
                "กลับหน้ารวมข่าว",
                "สำหรับเจ้าหน้าที่",
                "Best view 1024x768",
                f"วันที่ลงข่าว : {slash_date(a.published)}",
                f"อ่าน ({thai_digits(f'{a.views:,}')})",
                "PHPSESSID",
            ]
            if a.extra["photo"]:
                must_not.append(f"ภาพ : {a.extra['photo']}")
            if a.extra["file"]:
                must_not.append(f"ดาวน์โหลด ({thai_digits(a.extra['file'])})")
            must_not += [x.title for x in self.others(a)]
            out.append(
                expected_record(
                    a, published_time=True, modified=False, tags=False, must_not=must_not
                )
            )
        return out


SITE = PhpPearPagerSidSite()

if __name__ == "__main__":
    main(SITE)
