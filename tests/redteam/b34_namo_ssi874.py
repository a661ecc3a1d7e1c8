"""Blind-34 red-team site (part B): a **static site made with Namo WebEditor 5 and assembled by
Apache mod_include (SSI, `.shtml`)**, provincial fisheries office (สำนักงานประมงจังหวัด
สมุทรสงคราม), 2006-2007, windows-874 bytes, built blind.

What it imitates:
- one hand-made HTML file per news item, `/news/<BE year>/prNNN.shtml` (numbered per year, so
  the numbers restart in 2550); header, left menu and footer pulled in with
  `<!--#include virtual=... -->` (invisible in the output), footer with the SSI
  `LAST_MODIFIED` echo under `<!--#config timefmt="%d/%m/%Y %H:%M:%S" -->`
  ("แก้ไขล่าสุด : 06/03/2007 15:42:10", CE, the file's mtime);
- fingerprints: `meta name="generator" content="Namo WebEditor v5.0"`, `charset=tis-620` meta,
  the header says only `text/html`; `MM_swapImage` rollover menu, `<marquee>` with the newest
  headline, table layout with `<font face="MS Sans Serif">`;
- page: **fixed `<title>` (the office name), no `h1`; the headline only in
  `<font size="3" color="#0000CC"><b>`** under a press number line "ข่าวประชาสัมพันธ์ ฉบับที่
  ๓๑/๒๕๕๐"; the date **split across elements in Thai digits**: "วันที่ <b>๖</b> มีนาคม
  <b>๒๕๕๐</b>" and for some "เวลา ๑๔.๒๐ น."; body paragraphs with `&nbsp;` indents; image with
  caption (some); PDF attachment link (some); sign-off "ข่าว : office" / "ภาพ/ข่าว : office" or
  the office alone, right-aligned (some); a per-file **graphic CGI counter** (`Count.cgi`
  image, no number in the text); "พิมพ์หน้านี้ | ส่งต่อให้เพื่อน | กลับหน้าหลัก"; "ข่าวอื่น ๆ"
  with Thai-digit dates; site counter "ผู้เข้าชมเว็บไซต์ ๐๓๕๒๑๘ คน"; "ควรชมด้วย IE 6.0" footer;
- listing: `/news/index.shtml`, then hand-numbered `index2.shtml`, `index3.shtml` (pager
  "หน้า : [๑] [๒] [๓]" in Thai digits), item links written relative (`../news/2550/pr031.shtml`).
Deleted: a withdrawn item whose file was overwritten with the blank template ("หัวข้อข่าว",
"อยู่ระหว่างปรับปรุงข้อมูล"), 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานประมงจังหวัดสมุทรสงคราม"
PER_PAGE = 9
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ ๐๓๕๒๑๘ คน"
SLOGAN = "ประมงก้าวหน้า ชาวประมงอยู่ดีกินดี"
SOURCES = [
    ("ข่าว", "กลุ่มงานประชาสัมพันธ์ สำนักงานประชาสัมพันธ์จังหวัดสมุทรสงคราม"),
    None,
    (None, "ฝ่ายบริหารทั่วไป สำนักงานประมงจังหวัดสมุทรสงคราม"),
    ("ภาพ/ข่าว", "ศูนย์ป้องกันและปราบปรามการประมงสมุทรสงคราม"),
    None,
]
DELETED_PATH = "/news/2550/pr009.shtml"


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


class NamoSsiSite(BaseSite):
    key = "b34_namo_ssi874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "Namo WebEditor 5 static pages assembled by Apache SSI (.shtml), provincial fisheries "
        "office 2006-2007, windows-874 bytes under a bare text/html header (tis-620 meta): "
        "/news/<BE year>/prNNN.shtml numbered per year; fixed <title>, no h1, headline only in "
        "<font size=3 color=#0000CC><b> under a press number line; date split across <b> "
        "elements in Thai digits 'วันที่ <b>๖</b> มีนาคม <b>๒๕๕๐</b>' + 'เวลา ๑๔.๒๐ น.' (some); "
        "SSI LAST_MODIFIED footer 'แก้ไขล่าสุด : 06/03/2007 15:42:10' (CE, every page); image / "
        "PDF (some); 'ข่าว :' / 'ภาพ/ข่าว :' / lone-office sign-off (some); graphic Count.cgi "
        "counter; print / tell-a-friend; other news with Thai-digit dates; marquee; site "
        "counter; listing /news/index.shtml, index2.shtml, index3.shtml (pager [๑] [๒] [๓]), "
        "relative item links; deleted = file overwritten with the blank template (200)"
    )
    listing_path = "/news/index.shtml"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2007, 2, 14, 16, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        by_year: dict[int, list] = {}
        for a in arts:
            by_year.setdefault(be(a.published), []).append(a)
        for year, items in by_year.items():
            n = len(items) + (3 if year == 2550 else 41)
            for a in items:
                if year == 2550 and n == 9:
                    n -= 1
                a.id = n
                a.path = f"/news/{year}/pr{n:03d}.shtml"
                n -= 1
        for i, a in enumerate(arts):
            # the file's mtime: the upload an hour or two after the item, or a later edit
            upload = a.published + dt.timedelta(minutes=35 + (i * 37) % 140, seconds=(i * 13) % 60)
            if a.modified is not None:
                a.modified = a.modified.replace(second=(i * 17) % 60)
            a.modified = a.modified or upload
            a.views = None  # only a graphic counter
            a.tags = []
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["image"] = i % 4 == 2
            a.extra["pdf"] = i % 5 == 3
        assert DELETED_PATH not in {a.path for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"/news/index{k + 1}.shtml" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED_PATH]

    # ------------------------------------------------------------------ shell

    def shell(self, content, mtime: dt.datetime):
        menu = "".join(
            f'<tr><td><a href="{h}" onMouseOut="MM_swapImgRestore()" onMouseOver="MM_swapImage(\'m{n}\',\'\',\'/images/menu/m{n}_over.gif\',1)"><img src="/images/menu/m{n}.gif" name="m{n}" width="160" height="28" border="0" alt="{t}"></a></td></tr>'
            for n, (h, t) in enumerate(
                [
                    ("/index.shtml", "หน้าหลัก"),
                    ("/about/history.shtml", "ประวัติหน่วยงาน"),
                    ("/about/structure.shtml", "โครงสร้างองค์กร"),
                    ("/news/index.shtml", "ข่าวประชาสัมพันธ์"),
                    ("/procure/index.shtml", "ประกาศจัดซื้อจัดจ้าง"),
                    ("/webboard/index.php", "กระดานสนทนา"),
                    ("/contact.shtml", "ติดต่อเรา"),
                ],
                1,
            )
        )
        newest = self.articles[0]
        return f"""<html>
<head>
<title>{OFFICE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="generator" content="Namo WebEditor v5.0">
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
function MM_swapImage() {{ var i,j=0,x,a=MM_swapImage.arguments; document.MM_sr=new Array; }}
function na_open_window(name, url, left, top, width, height) {{ window.open(url, name, 'width='+width+',height='+height); }}
// -->
</script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<!--#include virtual="/inc/header.html" -->
<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="/images/header_fish.jpg" width="780" height="150" alt="{OFFICE}"></td></tr>
<tr><td colspan="2" bgcolor="#003399"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#FFFFFF" size="2">:: ข่าวล่าสุด :: {esc(newest.title)} :: {SLOGAN} ::</font></marquee></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#CCE6FF">
<!--#include virtual="/inc/menu.html" -->
<table width="160" border="0" cellspacing="0" cellpadding="0">{menu}</table>
<br><div align="center"><font size="1">{SITE_COUNTER}</font><br><img src="/cgi-bin/Count.cgi?df=index.dat&amp;dd=E" alt="counter"></div>
</td>
<td width="620" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" bgcolor="#003399" align="center"><font color="#FFFFFF" size="1">{OFFICE} ถนนเอกชัย ตำบลแม่กลอง อำเภอเมืองสมุทรสงคราม จังหวัดสมุทรสงคราม 75000 โทร. 0-3471-1245<br>
<!--#config timefmt="%d/%m/%Y %H:%M:%S" -->แก้ไขล่าสุด : {mtime:%d/%m/%Y %H:%M:%S}<br>
ควรชมด้วย Internet Explorer 6.0 ความละเอียด 800 x 600</font></td></tr>
</table>
<!--#include virtual="/inc/footer.html" -->
</body>
</html>
"""

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        # Apache sends no charset; characters outside windows-874 become references
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ listing

    def listing(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k])
        for j, a in enumerate(items):
            new = ' <img src="/images/new.gif" width="28" height="11">' if k == 0 and j < 3 else ""
            rows.append(
                f'<tr><td width="15" valign="top"><img src="/images/bullet.gif" width="9" height="9"></td><td><font size="2"><a href="..{a.path}">{esc(a.title)}</a></font> <font size="1" color="#999999">({short_date(a.published)})</font>{new}</td></tr>'
            )
            if k == 1 and j == 4:
                rows.append(
                    f'<tr><td width="15" valign="top"><img src="/images/bullet.gif" width="9" height="9"></td><td><font size="2"><a href="..{DELETED_PATH}">ประมงจังหวัดเปิดรับสมัครเกษตรกรผู้เลี้ยงกุ้งขาวเข้ารับการอบรม</a></font> <font size="1" color="#999999">({short_date(a.published)})</font></td></tr>'
                )
        pager = []
        for j in range(n):
            label = thai_digits(j + 1)
            href = "index.shtml" if j == 0 else f"index{j + 1}.shtml"
            pager.append(f"<b>[{label}]</b>" if j == k else f'<a href="{href}">[{label}]</a>')
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="6">
<tr><td><img src="/images/title_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
<tr><td><table width="100%" border="0" cellspacing="2" cellpadding="2">
{"".join(rows)}
</table></td></tr>
<tr><td align="center"><font size="2">หน้า : {" ".join(pager)}</font></td></tr>
</table>"""
        return self.shell(content, dt.datetime(2007, 2, 14, 17, 2, 41))

    # ------------------------------------------------------------------ item

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:4]

    def item(self, a):
        d = a.published
        date = f"วันที่ <b>{thai_digits(d.day)}</b> {MONTHS[d.month - 1]} <b>{thai_digits(be(d))}</b>"
        if a.time_printed:
            date += f" เวลา {thai_digits(f'{d:%H.%M}')} น."
        number = f"ข่าวประชาสัมพันธ์ ฉบับที่ {thai_digits(a.id)}/{thai_digits(be(d))}"
        fname = a.path.rsplit("/", 1)[1]
        stem = fname.split(".")[0]
        image = ""
        if a.extra["image"]:
            image = f'<p align="center"><img src="images/{stem}_1.jpg" width="400" height="300" border="1"><br><font size="1" color="#666666">ภาพประกอบข่าว</font></p>'
        body = "\n".join(
            f'<p><font face="MS Sans Serif" size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>'
            for p in a.paras
        )
        pdf = ""
        if a.extra["pdf"]:
            pdf = f'<p><img src="/images/icon_pdf.gif" width="16" height="16"> <a href="files/{stem}.pdf" target="_blank"><font size="2">ดาวน์โหลดเอกสารแนบ (PDF 118 KB)</font></a></p>'
        sign = ""
        if a.source:
            line = f"{a.extra['label']} : {a.source}" if a.extra["label"] else a.source
            sign = f'<p align="right"><font face="MS Sans Serif" size="2">{esc(line)}</font></p>'
        others = "".join(
            f'<tr><td><img src="/images/bullet.gif" width="9" height="9"> <a href="../{be(x.published)}/{x.path.rsplit("/", 1)[1]}"><font size="2">{esc(x.title)}</font></a> <font size="1" color="#999999">[{short_date(x.published)}]</font></td></tr>'
            for x in self.others(a)
        )
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td><img src="/images/title_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
<tr><td><font face="MS Sans Serif" size="2" color="#666666">{number}</font></td></tr>
<tr><td><font face="MS Sans Serif" size="3" color="#0000CC"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="2" color="#333333">{date}</font></td></tr>
<tr><td><hr size="1" color="#99CCFF">
{image}
{body}
{pdf}
{sign}
</td></tr>
<tr><td align="right"><font size="1">จำนวนผู้อ่าน <img src="/cgi-bin/Count.cgi?df={stem}.dat&amp;dd=C&amp;ft=0" align="absmiddle" alt=""></font></td></tr>
<tr><td align="center"><font size="2"><a href="javascript:window.print()">พิมพ์หน้านี้</a> | <a href="javascript:na_open_window('tell','/cgi-bin/tell.pl?page={a.path}',0,0,400,300)">ส่งต่อให้เพื่อน</a> | <a href="../index.shtml">กลับหน้าหลัก</a></font></td></tr>
<tr><td><font size="2" color="#003399"><b>ข่าวอื่น ๆ</b></font><table width="100%" border="0" cellspacing="1" cellpadding="1">{others}</table></td></tr>
</table>"""
        return self.shell(content, a.modified)

    def blank(self):
        content = """<table width="100%" border="0" cellspacing="0" cellpadding="8">
<tr><td><img src="/images/title_news.gif" width="300" height="30" alt="ข่าวประชาสัมพันธ์"></td></tr>
<tr><td><font face="MS Sans Serif" size="2" color="#666666">ข่าวประชาสัมพันธ์ ฉบับที่ /</font></td></tr>
<tr><td><font face="MS Sans Serif" size="3" color="#0000CC"><b>หัวข้อข่าว</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="2" color="#333333">วันที่ <b></b> <b></b></font></td></tr>
<tr><td><hr size="1" color="#99CCFF">
<p><font face="MS Sans Serif" size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;อยู่ระหว่างปรับปรุงข้อมูล</font></p>
</td></tr>
<tr><td align="center"><font size="2"><a href="../index.shtml">กลับหน้าหลัก</a></font></td></tr>
</table>"""
        return self.shell(content, dt.datetime(2007, 2, 9, 10, 12, 5))

    def route(self, path, query, raw_query, base):
        pages = self.listing_pages()
        if path in pages:
            return self.html_response(self.listing(pages.index(path)))
        if path == "/news/" or path == "/news":
            return self.html_response(self.listing(0))
        if path in self.by_path:
            return self.html_response(self.item(self.by_path[path]))
        if path == DELETED_PATH:
            return self.html_response(self.blank())
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                f"ข่าวประชาสัมพันธ์ ฉบับที่ {thai_digits(a.id)}/{thai_digits(be(d))}",
                f"{MONTHS[d.month - 1]} {thai_digits(be(d))}",
                f"แก้ไขล่าสุด : {a.modified:%d/%m/%Y}",
                "จำนวนผู้อ่าน",
                "พิมพ์หน้านี้",
                "ส่งต่อให้เพื่อน",
                "กลับหน้าหลัก",
                "ข่าวอื่น ๆ",
                SITE_COUNTER,
                SLOGAN,
                "ควรชมด้วย Internet Explorer",
                "ถนนเอกชัย ตำบลแม่กลอง",
                "ดาวน์โหลดเอกสารแนบ",
                "ภาพประกอบข่าว",
            ]
            must_not += [x.title for x in self.others(a)]
            if a is not self.articles[0]:
                must_not.append(self.articles[0].title)  # marquee
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = NamoSsiSite()

if __name__ == "__main__":
    main(SITE)
