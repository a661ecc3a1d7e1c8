"""Blind-35 red-team site (part B): **Adobe GoLive 6 static site** of a provincial
agriculture office (สำนักงานเกษตรจังหวัดน่าน), 2004-2005, uploaded by FTP as plain `.html`
files, windows-874, built blind.

What it imitates:
- GoLive fingerprints: `generator` "Adobe GoLive 6", `<csscriptdict>` / `CSScriptInit()` /
  `GeneratedItems/CSScriptLib.js`, `<csactions>` rollover image menu, `<csobj>` attributes,
  table / `<font face="MS Sans Serif">` layout, spacer GIFs;
- **windows-874 bytes under a bare `text/html` header**, declared only by GoLive's lower-case
  `<meta http-equiv="content-type" content="text/html;charset=windows-874">`;
- one hand-made file per item named by its **BE date** `/news/pr480215.html` (a second item of
  the same day gets `b`); links relative (`news/pr480215.html`, `../news.html`);
- item page: **fixed `<title>`** (office name only), no h1, a "ข่าวประชาสัมพันธ์" heading GIF, the
  headline in `<font size="3" color="#006633"><b>`; **date in Thai digits with an abbreviated
  month and a two-digit BE year** "ประจำวันที่ ๑๕ ก.พ. ๔๘" and, in another cell, "เวลา ๑๐.๓๐ น."
  (some); body `<p><font size="2">`; image with caption (some); PDF attachment (some); sign-off
  "ข่าว/ภาพ : …" or the office alone, right-aligned (some); "[ พิมพ์ ] [ ส่งให้เพื่อน ] [ กลับ ]"
  tools; "<< ข่าวก่อนหน้า : title" / "ข่าวถัดไป : title >>"; "ข่าวอื่น ๆ" with Thai-digit
  dates; marquee; site counter in Thai digits; a `document.write(document.lastModified)`
  "ปรับปรุงล่าสุด" script (no date in the HTML itself);
- listing: `/news.html`, then `/news_02.html`, `/news_03.html`, table rows "date | headline |
  new.gif", pager "หน้า : 1 | 2 | 3 | ถัดไป >>".
Deleted: a withdrawn item whose file was replaced by the blank template with
"ขออภัย ข่าวนี้ยกเลิกการเผยแพร่แล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
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

OFFICE = "สำนักงานเกษตรจังหวัดน่าน"
PER_PAGE = 9
SOURCES = [
    ("ข่าว/ภาพ : ", "กลุ่มส่งเสริมและพัฒนาการผลิต"),
    None,
    ("", "สำนักงานเกษตรอำเภอปัว"),
    ("ข่าว : ", "ฝ่ายบริหารทั่วไป"),
    None,
    None,
    ("ภาพ/ข่าว : ", "กลุ่มยุทธศาสตร์และสารสนเทศ"),
]
SITE_COUNTER = "ท่านเป็นผู้เยี่ยมชมลำดับที่ ๐๐๘๔๓๑๒"
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์สำนักงานเกษตรจังหวัดน่าน"
BEST = "เว็บไซต์นี้แสดงผลได้ดีที่สุดด้วย Internet Explorer 5.5 ขึ้นไป ความละเอียด 800 x 600"
DELETED_TITLE = "ประชาสัมพันธ์การรับสมัครอาสาสมัครเกษตรหมู่บ้าน (อกม.) ประจำปี ๒๕๔๘"


def tdate(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๔๘' (Thai digits, abbreviated month, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d:%H.%M} น.")


def fname(d: dt.datetime) -> str:
    return f"pr{str(be(d))[-2:]}{d:%m%d}"


class GoLiveSite(BaseSite):
    key = "b35_golive_874"
    family = "generic"
    charset = "cp874"
    imitates = "Adobe GoLive 6 static site (csscriptdict / CSScriptInit / csactions rollover menu, table + <font> layout), provincial agriculture office 2004-2005: windows-874 under a bare text/html header, declared only by GoLive's meta 'text/html;charset=windows-874'; files /news/prYYMMDD.html named by BE date; fixed <title>, no h1, headline in <font size=3><b>; date 'ประจำวันที่ ๑๕ ก.พ. ๔๘' (Thai digits, abbreviated month, 2-digit BE year) with 'เวลา ๑๐.๓๐ น.' in another cell (some); image + caption / PDF (some); sign-off 'ข่าว/ภาพ :' or office alone (some); print / tell-a-friend / back; prev/next with titles; 'ข่าวอื่น ๆ'; marquee; Thai-digit site counter; document.lastModified script; listing /news.html, /news_02.html, /news_03.html; deleted = blank template 'ยกเลิกการเผยแพร่' (200)"
    listing_path = "/news.html"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2005, 3, 30, 16, 0, tzinfo=TZ), offset=233
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        used = set()
        for i, a in enumerate(arts):
            a.id = i
            # a 2005 windows-874 page has no U+25CF: the typist's bullet is cp874's 0x95
            a.paras = [p.replace("\u25cf", "\u2022") for p in a.paras]
            "\n".join([a.title, *a.paras]).encode("cp874")
            name = fname(a.published)
            if name in used:
                name += "b"
            used.add(name)
            a.path = f"/news/{name}.html"
            a.modified = None
            a.views = None
            a.tags = []
            src = SOURCES[i % len(SOURCES)]
            a.extra["label"] = src[0] if src else None
            a.source = src[1] if src else None
            a.extra["image"] = i % 5 == 1
            a.extra["pdf"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        ref = self.pages[1][2].published - dt.timedelta(hours=3)
        self.deleted_date = ref
        self.deleted = f"/news/{fname(ref)}c.html"
        assert self.deleted not in self.by_path

    def listing_pages(self):
        return [self.listing_path] + [f"/news_{k + 1:02d}.html" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, content, prefix=""):
        menu = "".join(
            f'<tr><td><a href="{prefix}{href}" onmouseover="changeImages(\'m{n}\',\'{prefix}images/menu/m{n}_over.gif\');return true" onmouseout="changeImages(\'m{n}\',\'{prefix}images/menu/m{n}.gif\');return true"><img src="{prefix}images/menu/m{n}.gif" alt="{label}" name="m{n}" width="160" height="24" border="0"></a></td></tr>\n'
            for n, (href, label) in enumerate(
                [
                    ("index.html", "หน้าแรก"),
                    ("about.html", "ข้อมูลหน่วยงาน"),
                    ("news.html", "ข่าวประชาสัมพันธ์"),
                    ("price.html", "ราคาสินค้าเกษตร"),
                    ("webboard/index.php", "กระดานสนทนา"),
                    ("contact.html", "ติดต่อเรา"),
                ],
                1,
            )
        )
        return f"""<html>

	<head>
		<meta http-equiv="content-type" content="text/html;charset=windows-874">
		<meta name="generator" content="Adobe GoLive 6">
		<title>{OFFICE} :: Nan Provincial Agricultural Extension Office</title>
		<link href="{prefix}css/basic.css" rel="stylesheet" media="screen">
		<csscriptdict import>
			<script type="text/javascript" src="{prefix}GeneratedItems/CSScriptLib.js"></script>
		</csscriptdict>
		<csactiondict>
			<script type="text/javascript"><!--
var preloadFlag = false;
function preloadImages() {{
	if (document.images) {{
		pre_m3_over = newImage('{prefix}images/menu/m3_over.gif');
		preloadFlag = true;
	}}
}}
// --></script>
		</csactiondict>
	</head>

	<body bgcolor="#ffffff" leftmargin="0" marginheight="0" marginwidth="0" topmargin="0" onload="preloadImages();CSScriptInit();">
		<table width="780" border="0" cellspacing="0" cellpadding="0" align="center">
			<tr>
				<td colspan="2"><img src="{prefix}images/banner.jpg" alt="" width="780" height="120" border="0"></td>
			</tr>
			<tr>
				<td colspan="2" bgcolor="#006633"><marquee scrollamount="3"><font face="MS Sans Serif" size="2" color="white">{MARQUEE} :: เกษตรกรสามารถติดต่อขอรับบริการได้ทุกวันในเวลาราชการ</font></marquee></td>
			</tr>
			<tr>
				<td width="160" valign="top" bgcolor="#e6f2e6">
					<table width="160" border="0" cellspacing="0" cellpadding="0">
{menu}					</table>
					<p align="center"><font face="MS Sans Serif" size="1" color="#333333">{SITE_COUNTER}</font><br>
						<img src="{prefix}cgi-bin/Count.cgi?df=nan_doae.dat&amp;dd=C" alt="" border="0"></p>
				</td>
				<td width="620" valign="top"><img src="{prefix}images/spacer.gif" alt="" width="620" height="8" border="0"><br>
{content}
				</td>
			</tr>
			<tr>
				<td colspan="2" bgcolor="#006633" align="center"><font face="MS Sans Serif" size="1" color="white">{OFFICE} ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ อำเภอเมือง จังหวัดน่าน 55000 โทร. 0-5471-0145<br>
						{BEST}<br>
						<script type="text/javascript"><!--
document.write("ปรับปรุงล่าสุด : " + document.lastModified);
// --></script></font></td>
			</tr>
		</table>
	</body>

</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, title, path, d, new=False):
        gif = ' <img src="images/new.gif" alt="" width="28" height="11" border="0">' if new else ""
        return f"""						<tr>
							<td width="90" valign="top" bgcolor="#f4faf4"><font face="MS Sans Serif" size="2" color="#666666">{tdate(d)}</font></td>
							<td valign="top"><img src="images/bullet.gif" alt="" width="9" height="9" border="0"> <font face="MS Sans Serif" size="2"><a href="{path.lstrip("/")}">{esc(title)}</a></font>{gif}</td>
						</tr>
"""

    def pager(self, k):
        n = len(self.pages)
        names = ["news.html"] + [f"news_{j + 1:02d}.html" for j in range(1, n)]
        parts = [
            f"<b>{j + 1}</b>" if j == k else f'<a href="{names[j]}">{j + 1}</a>' for j in range(n)
        ]
        nxt = f' | <a href="{names[k + 1]}">ถัดไป &gt;&gt;</a>' if k < n - 1 else ""
        prv = f'<a href="{names[k - 1]}">&lt;&lt; ก่อนหน้า</a> | ' if k > 0 else ""
        return f'<p align="center"><font face="MS Sans Serif" size="2">หน้า : {prv}{" | ".join(parts)}{nxt}</font></p>'

    def listing(self, k):
        rows = [
            self.row(a.title, a.path, a.published, new=(k == 0 and i < 3))
            for i, a in enumerate(self.pages[k])
        ]
        if k == 1:
            rows.insert(3, self.row(DELETED_TITLE, self.deleted, self.deleted_date))
        content = f"""					<img src="images/head_news.gif" alt="ข่าวประชาสัมพันธ์" width="600" height="36" border="0">
					<table width="600" border="0" cellspacing="1" cellpadding="3">
{"".join(rows)}					</table>
					{self.pager(k)}"""
        return self.html_response(self.shell(content), content_type="text/html")

    # ------------------------------------------------------------------ item

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def item(self, a):
        when = f"ประจำวันที่ {tdate(a.published)}"
        tcell = (
            f'<td align="right"><font face="MS Sans Serif" size="1" color="#999999">{ttime(a.published)}</font></td>'
            if a.time_printed
            else '<td align="right">&nbsp;</td>'
        )
        image = ""
        if a.extra["image"]:
            image = f'<p align="center"><img src="../images/news/{a.path[6:-5]}.jpg" alt="" width="320" height="240" border="1"><br><font size="1" color="#666666">ภาพกิจกรรม</font></p>\n'
        body = "".join(
            f'<p><font face="MS Sans Serif" size="2">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></p>\n'
            for p in a.paras
        )
        pdf = ""
        if a.extra["pdf"]:
            pdf = f'<p><a href="../doc/{a.path[6:-5]}.pdf"><img src="../images/pdf.gif" alt="" width="16" height="16" border="0"> <font size="2">ดาวน์โหลดเอกสารประกอบ (PDF 215 KB)</font></a></p>\n'
        sign = ""
        if a.source:
            sign = f'<p align="right"><font face="MS Sans Serif" size="2">{esc(a.extra["label"])}{esc(a.source)}</font></p>\n'
        newer, older = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<a href="{older.path[6:]}">&lt;&lt; ข่าวก่อนหน้า : {esc(older.title)}</a><br>'
        if newer:
            nav += f'<a href="{newer.path[6:]}">ข่าวถัดไป : {esc(newer.title)} &gt;&gt;</a>'
        others = "".join(
            f'<tr><td><img src="../images/bullet.gif" width="9" height="9" border="0"> <font size="2"><a href="{x.path[6:]}">{esc(x.title)}</a></font> <font size="1" color="#999999">({tdate(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        content = f"""					<img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" width="600" height="36" border="0">
					<table width="600" border="0" cellspacing="0" cellpadding="4">
						<tr><td><font face="MS Sans Serif" size="2" color="#666666">{when}</font></td>{tcell}</tr>
						<tr><td colspan="2"><font face="MS Sans Serif" size="3" color="#006633"><b>{esc(a.title)}</b></font><hr size="1" noshade></td></tr>
						<tr><td colspan="2">
{image}{body}{pdf}{sign}						</td></tr>
						<tr><td colspan="2" align="center"><font face="MS Sans Serif" size="2">[ <a href="javascript:window.print()">พิมพ์หน้านี้</a> ] [ <a href="mailto:?subject=ข่าวจากสำนักงานเกษตรจังหวัดน่าน">ส่งให้เพื่อน</a> ] [ <a href="../news.html">กลับหน้าข่าว</a> ]</font></td></tr>
						<tr><td colspan="2"><font face="MS Sans Serif" size="2">{nav}</font></td></tr>
					</table>
					<table width="600" border="0" cellspacing="0" cellpadding="2">
						<tr><td bgcolor="#e6f2e6"><font face="MS Sans Serif" size="2" color="#006633"><b>ข่าวอื่น ๆ</b></font></td></tr>
{others}
					</table>"""
        return self.shell(content, prefix="../")

    def withdrawn(self):
        content = """					<img src="../images/head_news.gif" alt="ข่าวประชาสัมพันธ์" width="600" height="36" border="0">
					<table width="600" border="0" cellspacing="0" cellpadding="4">
						<tr><td><font face="MS Sans Serif" size="2" color="#666666">ประจำวันที่ </font></td><td align="right">&nbsp;</td></tr>
						<tr><td colspan="2"><font face="MS Sans Serif" size="3" color="#006633"><b>หัวข้อข่าว</b></font><hr size="1" noshade></td></tr>
						<tr><td colspan="2"><p align="center"><font face="MS Sans Serif" size="2" color="red">ขออภัย ข่าวนี้ยกเลิกการเผยแพร่แล้ว</font></p></td></tr>
						<tr><td colspan="2" align="center"><font face="MS Sans Serif" size="2">[ <a href="../news.html">กลับหน้าข่าว</a> ]</font></td></tr>
					</table>"""
        return self.shell(content, prefix="../")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        pages = self.listing_pages()
        if path in pages:
            return self.listing(pages.index(path))
        if path in self.by_path:
            return self.html_response(self.item(self.by_path[path]), content_type="text/html")
        if path == self.deleted:
            return self.html_response(self.withdrawn(), content_type="text/html")
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                tdate(a.published),
                "ประจำวันที่",
                ttime(a.published),
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "กลับหน้าข่าว",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่น ๆ",
                SITE_COUNTER,
                MARQUEE,
                BEST,
                "ปรับปรุงล่าสุด",
                "ถนนสุริยพงษ์ อำเภอเมือง",
                "ภาพกิจกรรม" if a.extra["image"] else "",
                "ดาวน์โหลดเอกสารประกอบ (PDF 215 KB)" if a.extra["pdf"] else "",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = GoLiveSite()

if __name__ == "__main__":
    main(SITE)
