"""Blind-23 red-team site: a subdistrict administrative organisation (องค์การบริหารส่วนตำบลหนองบัวแดง)
whose whole web site is **Microsoft FrontPage 2003 static pages on IIS 6**, one `.htm` file per
news item, the texts pasted from **Microsoft Word**, served as windows-874 bytes; built blind.

What it imitates:
- IIS 6 + FrontPage Server Extensions: `Content-Type: text/html` with **no charset**,
  `MicrosoftOfficeWebServer: 5.0_Pub`, `X-Powered-By: ASP.NET`; FrontPage's head
  (`GENERATOR` "Microsoft FrontPage 6.0", `ProgId` "FrontPage.Editor.Document",
  `Microsoft Border` "tlb, default", `Content-Language` "th");
- **the charset trap**: the news pages were made from a template page bought with a Thai web-design
  book whose meta says **`charset=tis-620`**, while the Word-pasted text and the theme carry bytes
  that exist only in windows-874 (curly quotes 0x93/0x94, the bullet 0x95 of the left menu, the
  en dash 0x96, and a raw no-break space 0xA0 that FrontPage saved in the footer): a strict
  TIS-620 decoder fails on every page (0xA0), a lenient one (Python's `tis_620`) turns the curly
  quotes, bullets and dashes into C1 control characters; the listing pages say `windows-874`;
- **the same `<title>` "หน้าใหม่ 1" on every page** (FrontPage's default title of a new page, kept
  when the template was copied for each item);
- FrontPage shared borders rendered into every page between `<!--msnavigation-->` comments: top
  border (logo, a `Navigation` banner "ข่าวประชาสัมพันธ์", a marquee), left border (a link bar of
  "•" items and a hand-kept "ข่าวล่าสุด" list of five headlines), bottom border (address, a site
  hit counter **image** `_vti_bin/fpcount.exe`, "แสดงผลได้ดีที่ความละเอียด 800x600");
- the news page body: the Word-pasted headline as a **centred bold blue `p.MsoNormal`** (no
  heading element anywhere), a date line typed in Word in one of two forms — "ประกาศเมื่อ :
  ๑๗ มิ.ย. ๕๒" (**Thai digits, two-digit BE year**, optionally "เวลา ๑๑.๒๒ น.") or "วันพุธที่ ๑๗
  มิถุนายน พ.ศ. ๒๕๕๒" (weekday, "พ.ศ.", Thai digits) —, Word's `span lang=TH` paragraphs with
  `text-indent`, `<o:p></o:p>` and **hard-wrapped source lines**, a Word VML picture
  (`<!--[if gte vml 1]>` / `<![if !vml]>`) on some items, a right-aligned credit "ข่าว/ภาพ :" /
  "ที่มา :" / "เรียบเรียง :" + office (4 items in 7), a "ดาวน์โหลดเอกสาร" Word file (some), a
  per-page **hit counter that is an image** ("ผู้เข้าชมหน้านี้" + `fpcount.exe` img, no number in
  the text), a FrontPage `Timestamp` webbot "ปรับปรุงข้อมูลเมื่อ 17/06/09" (**S-Format
  "%d/%m/%y": day first, two-digit CE year**, the file's last edit, on every page), a print
  button, a FrontPage sequence navigation bar "[ย้อนกลับ] [หน้าแรก] [ขึ้น] [ถัดไป]" and
  "<< อ่านข่าวอื่นๆ";
- the listing: three hand-made static pages `news.htm`, `news2.htm`, `news3.htm`, a table of
  bullet + headline link + "(๑๗ มิ.ย. ๕๒)" + `new.gif`, pager "หน้า : [๑] [๒] [๓]" in Thai digits;
- the deleted item: its text was cut out of the page file but the file kept (so the links do not
  break): `news/news1NN.htm` (an even number between two odd live ones) answers 200 with the shared borders and an empty content cell.
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS, MONTHS_ABBR, WEEKDAYS, be, esc, main, thai_digits
from .b22c_common import B9Site, build, record

SITE_NAME = "องค์การบริหารส่วนตำบลหนองบัวแดง"
SITE_FULL = "องค์การบริหารส่วนตำบลหนองบัวแดง อำเภอหนองบัวแดง จังหวัดชัยภูมิ"
PAGE_TITLE = "หน้าใหม่ 1"
SOURCES = [
    "งานประชาสัมพันธ์ สำนักงานปลัด อบต.หนองบัวแดง",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดชัยภูมิ",
    None,
    "ส่วนการศึกษา ศาสนาและวัฒนธรรม อบต.หนองบัวแดง",
    "งานประชาสัมพันธ์ สำนักงานปลัด อบต.หนองบัวแดง",
    None,
]
LABELS = ["ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :"]
MARQUEE = "ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลหนองบัวแดง – บริการด้วยใจ ใส่ใจประชาชน"
MENU = [
    "หน้าแรก",
    "ประวัติความเป็นมา",
    "โครงสร้างหน่วยงาน",
    "ข่าวประชาสัมพันธ์",
    "ประกาศจัดซื้อจัดจ้าง",
    "กระดานสนทนา",
    "ติดต่อเรา",
]
MENU_FILES = [
    "index.htm",
    "history.htm",
    "structure.htm",
    "news.htm",
    "procure.htm",
    "webboard.htm",
    "contact.htm",
]
CHECKSUMS = [12505, 24871, 31260, 9824, 17907, 45521, 28713]


def curly(s: str) -> str:
    """Word's AutoFormat-as-you-type: straight double quotes become curly ones."""
    return re.sub(r'"([^"]*)"', "\u201c\\1\u201d", s)


def abbr2(d: dt.datetime) -> str:
    """'๑๗ มิ.ย. ๕๒' (Thai digits, two-digit BE year)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def weekday_be(d: dt.datetime) -> str:
    """'วันพุธที่ ๑๗ มิถุนายน พ.ศ. ๒๕๕๒'."""
    return thai_digits(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}")


def fp_stamp(d: dt.datetime) -> str:
    """FrontPage Timestamp S-Format '%d/%m/%y' ('17/06/09', CE)."""
    return f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}"


def word_wrap(text: str, width: int = 74) -> str:
    """Word's HTML writer breaks long source lines at spaces."""
    out, line = [], ""
    for word in text.split(" "):
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    out.append(line)
    return "\n".join(out)


class FrontPageWord874Site(B9Site):
    key = "b23_frontpage_word874"
    family = "generic"
    imitates = (
        "Microsoft FrontPage 2003 static site on IIS 6 (one .htm per news item, text pasted from "
        "Word), windows-874 bytes under a 'tis-620' meta on the news pages and no charset in the "
        "header, same <title> 'หน้าใหม่ 1' everywhere, shared borders (msnavigation tables), "
        "headline as a centred bold MsoNormal paragraph, Thai-digit dates with two-digit BE "
        "years or 'พ.ศ.', image hit counter, FrontPage Timestamp '%d/%m/%y' (CE), sequence "
        "navigation bar; listing news.htm / news2.htm / news3.htm"
    )
    listing_path = "/news.htm"
    charset = "cp874"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 5, dt.datetime(2009, 6, 20, 16, 0), first_id=101, step=2
        )
        for i, a in enumerate(self.articles):
            a.title = curly(a.title)
            a.paras = [curly(p) for p in a.paras]
            a.tags = []  # a static FrontPage site has no tags
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = LABELS[i % len(LABELS)]
            a.extra["form"] = "abbr" if i % 3 != 1 else "weekday"
            if a.extra["form"] == "weekday":
                a.time_printed = False  # the long form was typed without a time
            a.extra["picture"] = i % 4 == 1
            a.extra["doc"] = i % 5 == 2
            a.path = f"/news/news{a.id}.htm"
        # the withdrawn item kept its file: a free number between two items of page 2
        self.deleted_id = self.articles[self.per_page + 3].id + 1
        assert self.deleted_id not in {a.id for a in self.articles}
        self.setup_routes()

    def page_url(self, k):
        return "/news.htm" if k == 0 else f"/news{k + 1}.htm"

    def deleted_paths(self):
        return [f"/news/news{self.deleted_id}.htm"]

    def robots(self):
        return "User-agent: *\nDisallow: /_vti_bin/\nDisallow: /_private/\nDisallow: /_borders/\n"

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.replace("\n", "\r\n").encode("cp874", "xmlcharrefreplace")
        return (
            status,
            {
                "Content-Type": "text/html",  # IIS sends no charset for static files
                "MicrosoftOfficeWebServer": "5.0_Pub",
                "X-Powered-By": "ASP.NET",
                "Accept-Ranges": "bytes",
            },
            body,
        )

    # ------------------------------------------------------------------ shell

    def shell(self, content: str, *, prefix: str, meta_charset: str, banner: str) -> str:
        menu = "\n".join(
            f'<p style="margin-top: 0; margin-bottom: 2"><font face="MS Sans Serif" size="2">\u2022 '
            f'<a href="{prefix}{f}">{esc(m)}</a></font></p>'
            for m, f in zip(MENU, MENU_FILES, strict=True)
        )
        latest = "\n".join(
            f'<p style="margin-top: 0; margin-bottom: 3"><font face="MS Sans Serif" size="1">'
            f'<img border="0" src="{prefix}images/arrow_r.gif" width="7" height="7"> '
            f'<a href="{prefix}news/news{a.id}.htm">{esc(a.title)}</a></font></p>'
            for a in self.articles[:5]
        )
        return f"""<html>

<head>
<meta http-equiv="Content-Language" content="th">
<meta http-equiv="Content-Type" content="text/html; charset={meta_charset}">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<meta name="ProgId" content="FrontPage.Editor.Document">
<title>{PAGE_TITLE}</title>
<style>
<!--
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{{mso-style-parent:"";
	margin:0cm;
	margin-bottom:.0001pt;
	font-size:14.0pt;
	font-family:"Angsana New";}}
a:link {{color: #0000FF; text-decoration: none}}
a:hover {{color: #FF0000; text-decoration: underline}}
-->
</style>
<meta name="Microsoft Border" content="tlb, default">
</head>

<body bgcolor="#FFFFFF" background="{prefix}images/bg_lotus.jpg" topmargin="0" leftmargin="0"><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>

<table border="0" width="780" cellspacing="0" cellpadding="0" align="center">
	<tr>
		<td><img border="0" src="{prefix}images/head_obt.jpg" width="780" height="150" alt="{SITE_NAME}"></td>
	</tr>
	<tr>
		<td bgcolor="#006600"><font color="#FFFF00" face="MS Sans Serif" size="2"><marquee scrollamount="3">{esc(MARQUEE)}</marquee></font></td>
	</tr>
	<tr>
		<td align="center"><font size="6" face="Angsana New" color="#006600"><b>
		<!--webbot bot="Navigation" S-Type="banner" S-Orientation="horizontal" S-Rendering="text" startspan -->{esc(banner)}<!--webbot bot="Navigation" i-checksum="20874" endspan --></b></font></td>
	</tr>
</table>

</td></tr><!--msnavigation--></table><!--msnavigation--><table dir="ltr" border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td valign="top" width="1%">

<table border="0" width="180" cellspacing="0" cellpadding="4" bgcolor="#E8F5E0">
	<tr>
		<td bgcolor="#006600"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>เมนูหลัก</b></font></td>
	</tr>
	<tr>
		<td>
{menu}
		</td>
	</tr>
	<tr>
		<td bgcolor="#006600"><font color="#FFFFFF" face="MS Sans Serif" size="2"><b>ข่าวล่าสุด</b></font></td>
	</tr>
	<tr>
		<td>
{latest}
		</td>
	</tr>
	<tr>
		<td align="center"><a href="http://www.dla.go.th" target="_blank"><img border="0" src="{prefix}images/banner_dla.gif" width="160" height="50" alt="กรมส่งเสริมการปกครองท้องถิ่น"></a></td>
	</tr>
</table>

</td><td valign="top" width="24"></td><!--msnavigation--><td valign="top">
{content}
<!--msnavigation--></td></tr><!--msnavigation--></table><!--msnavigation--><table border="0" cellpadding="0" cellspacing="0" width="100%"><tr><td>

<hr color="#006600" size="1">
<p align="center"><font face="MS Sans Serif" size="1">{esc(SITE_FULL)}<br>
โทรศัพท์/โทรสาร 0-4487-2134  E-mail : nongbuadaeng_sao@hotmail.com<br>
ผู้เยี่ยมชมเว็บไซต์ <!--webbot bot="HitCounter" u-custom="images/digits.gif" i-image="4" i-resetvalue="0" b-reset="FALSE" i-digits="6" startspan --><img src="{prefix}_vti_bin/fpcount.exe/?Page=index.htm|Custom=images/digits.gif|Digits=6" alt="ตัวนับจำนวนครั้ง"><!--webbot bot="HitCounter" i-checksum="38281" endspan --> คน<br>
แสดงผลได้ดีที่ความละเอียด 800x600 ด้วย Internet Explorer 6.0</font></p>

</td></tr><!--msnavigation--></table></body>

</html>
"""

    # ------------------------------------------------------------------ list

    def listing(self, k):
        rows = [
            (f"news/news{a.id}.htm", a.title, a.published, j < 3 and k == 0)
            for j, a in enumerate(self.pages[k])
        ]
        if k == 1:
            d = self.pages[1][3].published + dt.timedelta(hours=3)
            rows.insert(
                3,
                (
                    f"news/news{self.deleted_id}.htm",
                    "ประชาสัมพันธ์การรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างตามภารกิจ (ยกเลิก)",
                    d,
                    False,
                ),
            )
        trs = "\n".join(
            f"""	<tr>
		<td width="16" valign="top"><img border="0" src="images/bullet_green.gif" width="12" height="12"></td>
		<td><font face="MS Sans Serif" size="2"><a href="{u}">{esc(t)}</a></font> <font face="MS Sans Serif" size="1" color="#808080">({abbr2(d)})</font>{' <img border="0" src="images/new.gif" width="28" height="11">' if new else ""}</td>
	</tr>"""
            for u, t, d, new in rows
        )
        pages = []
        for j in range(len(self.pages)):
            label = thai_digits(j + 1)
            if j == k:
                pages.append(f'<font color="#FF0000"><b>[{label}]</b></font>')
            else:
                pages.append(f'<a href="{self.page_url(j)[1:]}">[{label}]</a>')
        nxt = (
            f' &nbsp; <a href="{self.page_url(k + 1)[1:]}">หน้าถัดไป &gt;&gt;</a>'
            if k + 1 < len(self.pages)
            else ""
        )
        content = f"""
<table border="0" width="100%" cellspacing="0" cellpadding="3">
	<tr>
		<td colspan="2"><p align="left"><font face="MS Sans Serif" size="3" color="#006600"><b>ข่าวประชาสัมพันธ์</b></font></p></td>
	</tr>
{trs}
</table>
<p align="center"><font face="MS Sans Serif" size="2">หน้า : {" ".join(pages)}{nxt}</font></p>
<p>&nbsp;</p>
"""
        return self.shell(content, prefix="", meta_charset="windows-874", banner="ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------------ item

    def detail(self, a):
        i = self.articles.index(a)
        d = a.published
        if a.extra["form"] == "abbr":
            when = f"ประกาศเมื่อ : {abbr2(d)}"
            if a.time_printed:
                when += f" เวลา {thai_digits(f'{d.hour:02d}.{d.minute:02d}')} น."
        else:
            when = weekday_be(d)
        paras = []
        for p in a.paras:
            paras.append(
                '<p class="MsoNormal" style=\'text-indent:36.0pt\'><span lang="TH" style=\'font-size:16.0pt;font-family:"Angsana New"\'>'
                + word_wrap(esc(p))
                + "<o:p></o:p></span></p>"
            )
        if a.extra["picture"]:
            folder = f"news{a.id}_files"
            pic = f"""<p class="MsoNormal" align="center" style='text-align:center'><span lang="TH" style='font-size:16.0pt;font-family:"Angsana New"'><!--[if gte vml 1]><v:shape id="_x0000_i1025" type="#_x0000_t75" style='width:300pt;height:225pt'>
 <v:imagedata src="{folder}/image001.jpg" o:title="DSC0{a.id}"/>
</v:shape><![endif]--><![if !vml]><img border="0" width="400" height="300" src="{folder}/image002.jpg" v:shapes="_x0000_i1025"><![endif]><o:p></o:p></span></p>"""
            paras.insert(1, pic)
        credit = ""
        if a.source:
            credit = f"""<p class="MsoNormal" align="right" style='text-align:right'><b><span lang="TH" style='font-size:16.0pt;font-family:"Angsana New"'>{a.extra["label"]} {esc(a.source)}<o:p></o:p></span></b></p>"""
        doc = ""
        if a.extra["doc"]:
            doc = f"""<p><font face="MS Sans Serif" size="2"><img border="0" src="../images/icon_word.gif" width="16" height="16"> <a href="files/news{a.id}.doc">ดาวน์โหลดเอกสาร (ไฟล์ Word 48 KB)</a></font></p>"""
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        nav = ['<a href="../news.htm">[ขึ้น]</a>', '<a href="../index.htm">[หน้าแรก]</a>']
        if newer:
            nav.insert(0, f'<a href="news{newer.id}.htm">[ย้อนกลับ]</a>')
        if older:
            nav.append(f'<a href="news{older.id}.htm">[ถัดไป]</a>')
        stamp = fp_stamp(a.modified or a.published)
        content = f"""
<div align="center">
<table border="0" width="96%" cellspacing="0" cellpadding="6" style="border: 1px solid #99CC99">
	<tr>
		<td>
<p class="MsoNormal" align="center" style='text-align:center'><b><span lang="TH" style='font-size:20.0pt;font-family:"Angsana New";color:blue'>{esc(a.title)}<o:p></o:p></span></b></p>
<p class="MsoNormal" align="center" style='text-align:center'><span lang="TH" style='font-size:14.0pt;font-family:"Angsana New";color:gray'>{when}<o:p></o:p></span></p>
<p class="MsoNormal"><span lang="TH" style='font-size:16.0pt;font-family:"Angsana New"'><o:p>&nbsp;</o:p></span></p>
{chr(10).join(paras)}
{credit}
<p class="MsoNormal"><span lang="TH" style='font-size:16.0pt;font-family:"Angsana New"'><o:p>&nbsp;</o:p></span></p>
{doc}
<p align="right"><font face="MS Sans Serif" size="1">ผู้เข้าชมหน้านี้ <!--webbot bot="HitCounter" i-image="0" i-resetvalue="0" b-reset="FALSE" i-digits="0" startspan --><img src="../_vti_bin/fpcount.exe/news/?Page=news/news{a.id}.htm|Image=0" alt="ตัวนับจำนวนครั้ง"><!--webbot bot="HitCounter" i-checksum="{CHECKSUMS[i % len(CHECKSUMS)]}" endspan --> ครั้ง<br>
ปรับปรุงข้อมูลเมื่อ <!--webbot bot="Timestamp" S-Type="EDITED" S-Format="%d/%m/%y" startspan -->{stamp}<!--webbot bot="Timestamp" i-checksum="{CHECKSUMS[(i + 3) % len(CHECKSUMS)]}" endspan --></font></p>
		</td>
	</tr>
</table>
</div>
<p align="center"><font face="MS Sans Serif" size="2"><a href="javascript:window.print()"><img border="0" src="../images/print.gif" width="16" height="16" alt="พิมพ์หน้านี้">พิมพ์หน้านี้</a></font></p>
<p align="center"><font face="MS Sans Serif" size="2">
<!--webbot bot="Navigation" S-Type="sequence" S-Orientation="horizontal" S-Rendering="text" B-Include-Home="TRUE" B-Include-Up="TRUE" startspan -->{" ".join(nav)}<!--webbot bot="Navigation" i-checksum="51722" endspan --></font></p>
<p align="left"><font face="MS Sans Serif" size="2"><a href="../news.htm">&lt;&lt; อ่านข่าวอื่นๆ</a></font></p>
"""
        return self.shell(content, prefix="../", meta_charset="tis-620", banner="ข่าวประชาสัมพันธ์")

    def deleted(self):
        content = """
<p>&nbsp;</p>
<p>&nbsp;</p>
"""
        return self.shell(content, prefix="../", meta_charset="tis-620", banner="ข่าวประชาสัมพันธ์")

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                f"ประกาศเมื่อ : {abbr2(d)}",
                weekday_be(d),
                "ผู้เข้าชมหน้านี้",
                "ปรับปรุงข้อมูลเมื่อ",
                fp_stamp(a.modified or a.published),
                "ดาวน์โหลดเอกสาร",
                "พิมพ์หน้านี้",
                "[ย้อนกลับ]",
                "[หน้าแรก]",
                "[ถัดไป]",
                "อ่านข่าวอื่นๆ",
                "เมนูหลัก",
                "ประวัติความเป็นมา",
                "ประกาศจัดซื้อจัดจ้าง",
                "ข่าวล่าสุด",
                *(x.title for x in self.articles[:5] if x is not a),
                "ยินดีต้อนรับสู่เว็บไซต์",
                "ผู้เยี่ยมชมเว็บไซต์",
                "แสดงผลได้ดีที่ความละเอียด",
                "0-4487-2134",
                PAGE_TITLE,
            ]
            # the FrontPage Timestamp is printed on every page (day only): the file's last edit,
            # the day of publication for never-edited items
            rec = record(self, a, must_not, views=False, tags=False)
            rec["modified_at"] = (a.modified or a.published).date().isoformat()
            out.append(rec)
        return out


SITE = FrontPageWord874Site()

if __name__ == "__main__":
    main(SITE)
