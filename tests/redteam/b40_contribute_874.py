"""Blind-40 red-team site (part B): a **static site of a district office kept with Macromedia
Contribute 3 on Dreamweaver MX 2004 templates** (ที่ว่าการอำเภอบ้านไร่, circa 2549),
windows-874 bytes, built blind.

What it imitates:
- static `.html` instances of `/Templates/main.dwt` (`InstanceBegin` / `InstanceBeginEditable
  name="doctitle" / "head" / "EditRegion3"` / `InstanceEnd` comments), a `#BeginLibraryItem
  "/Library/newsmenu.lbi"` left column of recent headlines **before** the content, table
  layout, `MM_preloadImages` / `MM_swapImage` rollover script;
- **charset trap: no charset in the HTTP header and the `windows-874` meta only after ~5 KB
  of pasted rollover script and CSS in the head** (beyond any 1,024 / 4,096-byte prescan);
- **constant `<title>` ":: ที่ว่าการอำเภอบ้านไร่ ::" and no heading: the headline only in a
  `<font size="3" color="#003399"><b>`**;
- **dates typed by staff in Thai digits**: "ประจำวันที่ ๕ มีนาคม ๒๕๔๙" on the news line and, on
  some, a separate "เวลา ๑๔.๓๐ น."; **"ปรับปรุงล่าสุด" written by `document.lastModified`
  in a script (no printed modification date)**;
- "ข่าว/ภาพ : …" sign-off (some); picture (some); Word attachment link (some); "พิมพ์หน้านี้" /
  "กลับหน้าข่าว" links; Truehits counter and a site hit counter image in the footer;
- listing: `/news/index.html`, `/news/index2.html`, `/news/index3.html` — **page links
  labelled in Thai digits** ("หน้า [๑] ๒ ๓") and an "หน้าต่อไป >>" link; items as date +
  headline rows.
Deleted: `/news/2549/pr490118.html`, a page emptied back to the template (default editable
region text "เนื้อหาข่าว", no article text) that still answers 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
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

OFFICE = "ที่ว่าการอำเภอบ้านไร่ จังหวัดอุทัยธานี"
TITLE = ":: ที่ว่าการอำเภอบ้านไร่ ::"
LISTING = "/news/index.html"
PER_PAGE = 8
SOURCES = ["งานประชาสัมพันธ์อำเภอบ้านไร่", None, "สำนักงานปลัดอำเภอ", None, None]
DELETED = "/news/2549/pr490118.html"
FOOTER = "ที่ว่าการอำเภอบ้านไร่ ถนนบ้านไร่-ลานสัก อำเภอบ้านไร่ จังหวัดอุทัยธานี ๖๑๑๔๐ โทร. ๐-๕๖๕๓-๙๐๑๑"
COUNTER = "จำนวนผู้เข้าชม"
DW_SCRIPT = """<script language="JavaScript" type="text/JavaScript">
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
</script>"""
CSS_ROWS = "\n".join(
    f".style{k} {{font-family: 'MS Sans Serif', Tahoma; font-size: {10 + k % 4}px; color: #{(k * 2357) % 0xFFFFFF:06X}; line-height: 1.{k % 9}em;}}"
    for k in range(1, 48)
)


def cp874_safe(s: str) -> str:
    return s.encode("cp874", "ignore").decode("cp874")


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


class ContributeSite(BaseSite):
    key = "b40_contribute_874"
    family = "generic"
    imitates = "static district-office site kept with Macromedia Contribute 3 on Dreamweaver MX 2004 templates (InstanceBegin / InstanceBeginEditable doctitle/head/EditRegion3 comments, #BeginLibraryItem newsmenu.lbi left column of latest headlines BEFORE the content, MM_ rollover script), windows-874 bytes with no header charset and the windows-874 meta only after ~5 KB of pasted script and CSS; constant <title>, no heading: headline only in <font size=3><b>; staff-typed Thai-digit dates 'ประจำวันที่ ๕ มีนาคม ๒๕๔๙' with a separate 'เวลา ๑๔.๓๐ น.' on some; 'ปรับปรุงล่าสุด' only via document.lastModified script; 'ข่าว/ภาพ :' sign-off (some); picture / .doc attachment (some); print / back links; Truehits + hit-counter footer; listing /news/index.html, index2.html, index3.html with Thai-digit page links; deleted = page emptied back to the template (200)"
    listing_path = LISTING
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2006, 7, 28, 16, 0, tzinfo=TZ), offset=19
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            d = a.published
            yy = (d.year + 543) % 100
            a.path = f"/news/{d.year + 543}/pr{yy:02d}{d.month:02d}{d.day:02d}.html"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = None
            a.modified = None
            a.extra["image"] = i % 4 == 2
            a.extra["doc"] = i % 5 == 1
        paths = [a.path for a in arts]
        for i, a in enumerate(arts):  # two items on one day get a suffix, as staff did
            if paths.count(a.path) > 1 and paths.index(a.path) != i:
                a.path = a.path.replace(".html", "_2.html")
        assert len({a.path for a in arts}) == len(arts)
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LISTING] + [f"/news/index{k + 1}.html" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html", "Last-Modified": "Tue, 01 Aug 2006 03:12:40 GMT"},
            text.encode("cp874"),
        )

    # ------------------------------------------------------------ shell

    def shell(self, content):
        latest = "".join(
            f'<tr><td width="10" valign="top"><img src="/images/arrow.gif" width="7" height="7"></td><td><a href="{a.path}" class="style5">{esc(a.title)}</a></td></tr>'
            for a in self.articles[:6]
        )
        return f"""<html><!-- InstanceBegin template="/Templates/main.dwt" codeOutsideHTMLIsLocked="false" -->
<head>
<!-- InstanceBeginEditable name="doctitle" -->
<title>{TITLE}</title>
<!-- InstanceEndEditable -->
{DW_SCRIPT}
<style type="text/css">
<!--
body {{ margin-left: 0px; margin-top: 0px; margin-right: 0px; margin-bottom: 0px; background-image: url(/images/bg.gif); }}
a:link {{ color: #003399; text-decoration: none; }}
a:hover {{ color: #FF6600; text-decoration: underline; }}
{CSS_ROWS}
-->
</style>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<!-- InstanceBeginEditable name="head" --><!-- InstanceEndEditable -->
</head>

<body onLoad="MM_preloadImages('/images/menu_home_on.gif','/images/menu_news_on.gif','/images/menu_about_on.gif')">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="/images/banner.jpg" width="780" height="150" alt="{OFFICE}"></td></tr>
  <tr><td colspan="2" bgcolor="#336699"><a href="/index.html" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage('home','','/images/menu_home_on.gif',1)"><img src="/images/menu_home.gif" name="home" width="90" height="25" border="0" alt="หน้าแรก"></a><a href="/about.html"><img src="/images/menu_about.gif" width="120" height="25" border="0" alt="ข้อมูลอำเภอ"></a><a href="/news/index.html"><img src="/images/menu_news.gif" name="news" width="120" height="25" border="0" alt="ข่าวประชาสัมพันธ์"></a><a href="/otop.html"><img src="/images/menu_otop.gif" width="120" height="25" border="0" alt="สินค้า OTOP"></a></td></tr>
  <tr>
    <td width="190" valign="top" bgcolor="#E6EEF7">
<!-- #BeginLibraryItem "/Library/newsmenu.lbi" --><table width="100%" border="0" cellspacing="2" cellpadding="2">
<tr><td colspan="2" bgcolor="#336699"><font color="#FFFFFF" size="2"><b>ข่าวล่าสุด</b></font></td></tr>
{latest}
<tr><td colspan="2" align="right"><a href="/news/index.html" class="style5">ดูข่าวทั้งหมด</a></td></tr>
</table><!-- #EndLibraryItem -->
    <p align="center"><a href="http://www.moi.go.th" target="_blank"><img src="/images/moi.gif" width="150" height="50" border="0" alt="กระทรวงมหาดไทย"></a></p>
    </td>
    <td width="590" valign="top"><!-- InstanceBeginEditable name="EditRegion3" -->
{content}
<!-- InstanceEndEditable --></td>
  </tr>
  <tr><td colspan="2" bgcolor="#336699" align="center"><font color="#FFFFFF" size="2">{FOOTER}<br>
  {COUNTER} <img src="/cgi-bin/Count.cgi?df=banrai.dat&amp;dd=C" align="absmiddle"> ครั้ง
  <script language="javascript1.1">page="banrai";</script><script language="javascript1.1" src="http://hits.truehits.in.th/data/t0012345.js"></script>
  <br>ปรับปรุงล่าสุด <script language="JavaScript">document.write(document.lastModified);</script></font></td></tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

    # ------------------------------------------------------------ listing

    def row(self, a, title=None, path=None):
        return f"""<tr><td width="130" valign="top"><font size="2" color="#666666">{th_date(a.published)}</font></td><td><img src="/images/dot.gif" width="5" height="5"> <a href="{path or a.path}"><font size="2">{esc(title or a.title)}</font></a></td></tr>
"""

    def listing(self, k):
        rows = [self.row(a) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                5,
                self.row(self.pages[1][4], "ประชาสัมพันธ์การรับสมัครอาสาสมัครป้องกันภัยฝ่ายพลเรือน", DELETED),
            )
        links = []
        for j in range(len(self.pages)):
            label = thai_digits(j + 1)
            href = LISTING if j == 0 else f"index{j + 1}.html"
            links.append(f"[{label}]" if j == k else f'<a href="{href}">{label}</a>')
        nxt = (
            f' &nbsp; <a href="index{k + 2}.html">หน้าต่อไป &gt;&gt;</a>'
            if k + 1 < len(self.pages)
            else ""
        )
        content = f"""<p><img src="/images/head_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></p>
<table width="98%" border="0" align="center" cellpadding="3" cellspacing="0">
{"".join(rows)}</table>
<p align="center"><font size="2">หน้า {" ".join(links)}{nxt}</font></p>"""
        return self.shell(content)

    # ------------------------------------------------------------ detail

    def detail(self, a):
        when = f"ประจำวันที่ {th_date(a.published)}"
        if a.time_printed:
            when += f" &nbsp; เวลา {th_time(a.published)} น."
        paras = "\n".join(
            f'<p class="style2"><font size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>'
            for p in a.paras
        )
        img = (
            f'<p align="center"><img src="/news/{a.published.year + 543}/images/pic{a.published:%m%d}.jpg" width="400" height="300" border="1"></p>\n'
            if a.extra["image"]
            else ""
        )
        doc = (
            f'<p><font size="2"><img src="/images/word.gif" width="16" height="16"> <a href="/news/{a.published.year + 543}/doc/pr{a.published:%m%d}.doc">ดาวน์โหลดรายละเอียด (.doc)</a></font></p>\n'
            if a.extra["doc"]
            else ""
        )
        src = (
            f'<p align="right"><font size="2"><b>ข่าว/ภาพ :</b> {esc(a.source)}</font></p>\n'
            if a.source
            else ""
        )
        content = f"""<table width="96%" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><img src="/images/head_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
<tr><td><font size="2" color="#999999">{when}</font></td></tr>
<tr><td><div align="center"><font size="3" color="#003399"><b>{esc(a.title)}</b></font></div></td></tr>
<tr><td>
{img}{paras}
{src}{doc}</td></tr>
<tr><td align="right"><font size="2"><a href="javascript:window.print()"><img src="/images/print.gif" border="0" align="absmiddle"> พิมพ์หน้านี้</a> | <a href="/news/index.html">&lt;&lt; กลับหน้าข่าว</a></font></td></tr>
</table>"""
        return self.shell(content)

    def empty_page(self):
        content = """<table width="96%" border="0" align="center" cellpadding="4" cellspacing="0">
<tr><td><img src="/images/head_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
<tr><td><font size="2" color="#999999">ประจำวันที่</font></td></tr>
<tr><td><div align="center"><font size="3" color="#003399"><b>หัวข้อข่าว</b></font></div></td></tr>
<tr><td><p class="style2"><font size="2">เนื้อหาข่าว</font></p></td></tr>
</table>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        pages = self.listing_pages()
        if path in pages:
            return self.html_response(self.listing(pages.index(path)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.empty_page())
        if path in ("/", "/news/"):
            return 302, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ประจำวันที่ {th_date(a.published)}",
                "พิมพ์หน้านี้",
                "กลับหน้าข่าว",
                "ข่าวล่าสุด",
                "ดูข่าวทั้งหมด",
                "ปรับปรุงล่าสุด",
                COUNTER,
                FOOTER,
            ]
            if a.time_printed:
                must_not.append(f"เวลา {th_time(a.published)} น.")
            if a.source:
                must_not.append(f"ข่าว/ภาพ : {a.source}")
            if a.extra["doc"]:
                must_not.append("ดาวน์โหลดรายละเอียด (.doc)")
            must_not += [x.title for x in self.articles[:6] if x is not a]
            out.append(
                expected_record(a, modified=False, views=False, tags=False, must_not=must_not)
            )
        return out


SITE = ContributeSite()

if __name__ == "__main__":
    main(SITE)
