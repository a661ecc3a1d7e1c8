"""Blind-36 red-team site (part B): a **NetObjects Fusion 7.5** site (table layout published as
static files under `/html/`), a district public-health office (สำนักงานสาธารณสุขอำเภอ), 2005,
built blind.

What it imitates:
- NOF fingerprints: `generator` "NetObjects Fusion 7.5 for Windows", the `NOF="(MB=…, L=…)"`
  attribute on `<body>`, `clearpixel.gif` spacer cells, `ID="LayoutTable"`, `Text12` / `Picture3`
  ids, `./html/` pages with relative links;
- **charset trap**: windows-874 bytes under a bare `text/html` header, the only meta saying
  `charset=x-user-defined` (what Thai Windows editors wrote when the page used a Thai font);
- `<title>` = the NOF page name ("ข่าวที่ 15/2548"), no `h1`; the headline in a bold 14pt span;
- **the date split across cells**: "ฉบับที่ ๑๕/๒๕๔๘" in one cell, "วันที่ ๒๙ มีนาคม ๒๕๔๘"
  (Thai digits, BE) in another, "เวลา ๑๐.๓๐ น." in a third (some);
- body in two NOF text boxes with an image / caption row between them (some); a typed
  "ข่าว :" / "ที่มา :" sign-off (some); a typed "(แก้ไขข้อมูลเมื่อ ๓๑ มี.ค. ๔๘)" note (some);
- furniture: image nav bar with alt texts, text nav bar "[หน้าแรก] [ข่าวประชาสัมพันธ์] …",
  "<< ข่าวก่อนหน้า / ข่าวถัดไป >>" with titles, "ข่าวอื่น ๆ", site counter, footer.
Listing: `/html/news.html`, `/html/news_2.html`, `/html/news_3.html` (NOF stacked pages).
Deleted: `/html/pr48_009.html` republished from the blank page template (200).
"""

from __future__ import annotations

import datetime as dt

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
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขอำเภอบ้านไร่"
PER_PAGE = 9
SOURCES = [
    None,
    "งานสุขศึกษาและประชาสัมพันธ์",
    None,
    "สำนักงานสาธารณสุขจังหวัดอุทัยธานี",
    None,
    "โรงพยาบาลบ้านไร่",
]
DELETED = "/html/pr48_009.html"
COUNTER = "ผู้เข้าชมเว็บไซต์ ๐๘๗,๒๑๔ คน"
NAVTEXT = "[หน้าแรก] [ข่าวประชาสัมพันธ์] [บุคลากร] [ติดต่อเรา]"


def th_date(d: dt.datetime) -> str:
    return thai_digits(f"วันที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d:%H.%M} น.")


def th_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[2:]}")


class NofSite(BaseSite):
    key = "b36_netobjects_874"
    family = "generic"
    charset = "cp874"
    imitates = "NetObjects Fusion 7.5 static site (table layout, /html/ pages, NOF body attribute, clearpixel.gif), district public-health office, 2005; windows-874 bytes under a bare text/html header with meta charset=x-user-defined; <title> = NOF page name 'ข่าวที่ 15/2548', no h1, headline in a bold 14pt span; date split across cells 'ฉบับที่ ๑๕/๒๕๔๘' / 'วันที่ ๒๙ มีนาคม ๒๕๔๘' / 'เวลา ๑๐.๓๐ น.' (some), Thai digits, BE; body in two text boxes around an image row (some); typed 'ข่าว :' / 'ที่มา :' (some) and '(แก้ไขข้อมูลเมื่อ …)' (some); nav bars, neighbour titles, other news, site counter; listing news.html, news_2.html, news_3.html; deleted = blank page template (200)"
    listing_path = "/html/news.html"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2005, 7, 2, 16, 0, tzinfo=TZ), offset=466
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            no = n - i + 8 if n - i + 8 < 9 else n - i + 9  # skip 009 (deleted)
            a.id = no
            a.extra["no"] = no
            a.path = f"/html/pr48_{no:03d}.html"
            a.source = SOURCES[i % len(SOURCES)]
            a.views = None
            a.tags = []
            a.extra["image"] = i % 4 == 3
            if a.modified is not None and i % 3:
                a.modified = a.modified.replace(hour=0, minute=0)
            else:
                a.modified = None
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return ["/html/news.html"] + [f"/html/news_{k + 1}.html" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, **kw):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def shell(self, page_name, inner):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
<HEAD>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=x-user-defined">
<META NAME="Generator" CONTENT="NetObjects Fusion 7.5 for Windows">
<TITLE>{esc(page_name)}</TITLE>
<LINK REL="STYLESHEET" TYPE="text/css" HREF="../html/style.css">
<LINK REL="STYLESHEET" TYPE="text/css" HREF="../html/site.css">
<SCRIPT TYPE="text/javascript" SRC="../html/nof_rollover.js"></SCRIPT>
</HEAD>
<BODY NOF="(MB=(DefaultMasterBorder, 120, 60, 160, 10), L=(NewsLayout, 600, 900))" BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#0000FF" VLINK="#800080" TOPMARGIN=0 LEFTMARGIN=0 MARGINWIDTH=0 MARGINHEIGHT=0>
<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=760 NOF=LY>
<TR VALIGN="TOP" ALIGN="LEFT"><TD WIDTH=760 HEIGHT=120><IMG ID="Picture1" HEIGHT=120 WIDTH=760 SRC="../banner_bhr.jpg" BORDER=0 ALT="{OFFICE}"></TD></TR>
<TR VALIGN="TOP" ALIGN="LEFT"><TD><TABLE ID="NavigationBar1" BORDER=0 CELLSPACING=0 CELLPADDING=0 NOF=NB_FYVN WIDTH=760><TR><TD><A HREF="../index.html"><IMG ID="NavigationButton1" NAME="NavigationButton1" HEIGHT=28 WIDTH=120 SRC="../a_home.gif" BORDER=0 ALT="หน้าแรก"></A></TD><TD><A HREF="../html/news.html"><IMG ID="NavigationButton2" NAME="NavigationButton2" HEIGHT=28 WIDTH=120 SRC="../a_news_hi.gif" BORDER=0 ALT="ข่าวประชาสัมพันธ์"></A></TD><TD><A HREF="../html/staff.html"><IMG ID="NavigationButton3" HEIGHT=28 WIDTH=120 SRC="../a_staff.gif" BORDER=0 ALT="บุคลากร"></A></TD><TD><A HREF="../html/contact.html"><IMG ID="NavigationButton4" HEIGHT=28 WIDTH=120 SRC="../a_contact.gif" BORDER=0 ALT="ติดต่อเรา"></A></TD></TR></TABLE></TD></TR>
</TABLE>
<TABLE ID="LayoutTable" BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=760>
<TR VALIGN="TOP" ALIGN="LEFT"><TD WIDTH=20 HEIGHT=14><IMG SRC="../clearpixel.gif" WIDTH=20 HEIGHT=1 BORDER=0 ALT=""></TD><TD WIDTH=160><IMG SRC="../clearpixel.gif" WIDTH=160 HEIGHT=1 BORDER=0 ALT=""></TD><TD WIDTH=20><IMG SRC="../clearpixel.gif" WIDTH=20 HEIGHT=1 BORDER=0 ALT=""></TD><TD WIDTH=560><IMG SRC="../clearpixel.gif" WIDTH=560 HEIGHT=1 BORDER=0 ALT=""></TD></TR>
<TR VALIGN="TOP" ALIGN="LEFT"><TD></TD><TD ID="Text3" CLASS="TextObject" BGCOLOR="#E6F0FF"><P><B><SPAN STYLE="font-size: 10pt;">เมนูหลัก</SPAN></B></P><P><A HREF="../html/news.html">ข่าวประชาสัมพันธ์</A><BR><A HREF="../html/plan.html">แผนงานโครงการ</A><BR><A HREF="../html/download.html">ดาวน์โหลดเอกสาร</A></P><P><IMG SRC="http://counter.thaiwebstat.com/cgi-bin/count.cgi?df=bhr" ALT="counter"><BR><SPAN STYLE="font-size: 8pt;">{COUNTER}</SPAN></P></TD><TD></TD><TD>
{inner}
</TD></TR>
</TABLE>
<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=760><TR><TD ALIGN="CENTER" ID="Text99" CLASS="TextObject"><P><SPAN STYLE="font-size: 8pt;">{NAVTEXT}</SPAN></P><P><SPAN STYLE="font-size: 8pt; color: rgb(102,102,102);">{OFFICE} ถนนพหลโยธิน อำเภอบ้านไร่ จังหวัดอุทัยธานี ๖๑๑๘๐ โทร. ๐-๕๖๕๓-๙๐๐๑<BR>ออกแบบและดูแลโดย งานสุขศึกษาและประชาสัมพันธ์</SPAN></P></TD></TR></TABLE>
</BODY>
</HTML>
"""

    def listing(self, k):
        rows = []
        items = [(a.path, a.title, a.published) for a in self.pages[k]]
        if k == 1:
            items.insert(3, (DELETED, "ขอเชิญร่วมรณรงค์ป้องกันไข้เลือดออก", self.pages[1][3].published))
        for path, title, d in items:
            rows.append(
                f'<TR VALIGN="TOP"><TD WIDTH=90><SPAN STYLE="font-size: 9pt;">{th_short(d)}</SPAN></TD><TD><IMG SRC="../a_bullet.gif" WIDTH=8 HEIGHT=8 BORDER=0 ALT=""> <A HREF="../html/{path.rsplit("/", 1)[1]}">{esc(title)}</A></TD></TR>'
            )
        nav = []
        for j in range(len(self.pages)):
            name = "news.html" if j == 0 else f"news_{j + 1}.html"
            nav.append(f"[{j + 1}]" if j == k else f'<A HREF="../html/{name}">[{j + 1}]</A>')
        inner = f"""<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=560><TR><TD ID="Text12" CLASS="TextObject"><P><B><SPAN STYLE="font-size: 14pt; color: rgb(0,0,128);">ข่าวประชาสัมพันธ์</SPAN></B></P>
<TABLE ID="Table4" BORDER=0 CELLSPACING=2 CELLPADDING=2 WIDTH="100%">{"".join(rows)}</TABLE>
<P ALIGN="CENTER">หน้า {" ".join(nav)}</P></TD></TR></TABLE>"""
        return self.shell("ข่าวประชาสัมพันธ์" if k == 0 else f"ข่าวประชาสัมพันธ์ {k + 1}", inner)

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        return [x for x in self.articles[:6] if x is not a][:4]

    def article(self, a):
        paras = [
            f'<P><SPAN STYLE="font-size: 10pt;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</SPAN></P>'
            for p in a.paras
        ]
        cut = 2 if a.extra["image"] else len(paras)
        box1 = "\n".join(paras[:cut])
        box2 = "\n".join(paras[cut:])
        tail = ""
        if a.source:
            label = "ข่าว :" if a.id % 2 else "ที่มา :"
            tail += f'<P ALIGN="RIGHT"><SPAN STYLE="font-size: 10pt;">{label} {esc(a.source)}</SPAN></P>'
        if a.modified:
            tail += f'<P><SPAN STYLE="font-size: 8pt; color: rgb(153,153,153);">(แก้ไขข้อมูลเมื่อ {th_short(a.modified)})</SPAN></P>'
        image_row = ""
        if a.extra["image"]:
            image_row = f'<TR VALIGN="TOP"><TD ALIGN="CENTER"><IMG ID="Picture3" HEIGHT=240 WIDTH=320 SRC="../pr48_{a.id:03d}.jpg" BORDER=0 ALT="ภาพประกอบข่าว"><BR><SPAN STYLE="font-size: 8pt;">ภาพประกอบข่าว</SPAN></TD></TR><TR><TD HEIGHT=10><IMG SRC="../clearpixel.gif" WIDTH=1 HEIGHT=10 BORDER=0 ALT=""></TD></TR>'
        second = (
            f'<TR VALIGN="TOP"><TD ID="Text14" CLASS="TextObject">{box2}{tail}</TD></TR>'
            if box2
            else ""
        )
        if not box2:
            box1 += tail
        time_cell = (
            f'<TD ALIGN="RIGHT" WIDTH=120><SPAN STYLE="font-size: 9pt;">{th_time(a.published)}</SPAN></TD>'
            if a.time_printed
            else "<TD WIDTH=120></TD>"
        )
        newer, older = self.neighbours(a)
        nav = []
        if newer:
            nav.append(
                f'<A HREF="../html/{newer.path.rsplit("/", 1)[1]}">&lt;&lt; ข่าวก่อนหน้า</A> : {esc(newer.title)}'
            )
        if older:
            nav.append(
                f'<A HREF="../html/{older.path.rsplit("/", 1)[1]}">ข่าวถัดไป &gt;&gt;</A> : {esc(older.title)}'
            )
        others = "".join(
            f'<IMG SRC="../a_bullet.gif" WIDTH=8 HEIGHT=8 BORDER=0 ALT=""> <A HREF="../html/{x.path.rsplit("/", 1)[1]}">{esc(x.title)}</A> ({th_short(x.published)})<BR>'
            for x in self.others(a)
        )
        return f"""<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=560>
<TR VALIGN="TOP"><TD><TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=560><TR><TD ID="Text8" CLASS="TextObject" WIDTH=200><SPAN STYLE="font-size: 9pt;">{thai_digits(f"ฉบับที่ {a.extra['no']}/2548")}</SPAN></TD><TD ID="Text9" CLASS="TextObject" ALIGN="RIGHT"><SPAN STYLE="font-size: 9pt;">{th_date(a.published)}</SPAN></TD>{time_cell}</TR></TABLE></TD></TR>
<TR><TD HEIGHT=8><IMG SRC="../clearpixel.gif" WIDTH=1 HEIGHT=8 BORDER=0 ALT=""></TD></TR>
<TR VALIGN="TOP"><TD ID="Text12" CLASS="TextObject"><P><B><SPAN STYLE="font-size: 14pt; color: rgb(0,0,128);">{esc(a.title)}</SPAN></B></P>
{box1}</TD></TR>
{image_row}{second}
<TR><TD HEIGHT=12><IMG SRC="../clearpixel.gif" WIDTH=1 HEIGHT=12 BORDER=0 ALT=""></TD></TR>
<TR VALIGN="TOP"><TD ID="Text20" CLASS="TextObject"><P><SPAN STYLE="font-size: 9pt;">{"<BR>".join(nav)}</SPAN></P><P><B><SPAN STYLE="font-size: 10pt;">ข่าวอื่น ๆ</SPAN></B><BR><SPAN STYLE="font-size: 9pt;">{others}</SPAN></P><P><A HREF="javascript:window.print()">[พิมพ์หน้านี้]</A> <A HREF="../html/news.html">[กลับหน้าข่าว]</A></P></TD></TR>
</TABLE>"""

    def blank(self):
        inner = '<TABLE BORDER=0 CELLSPACING=0 CELLPADDING=0 WIDTH=560><TR VALIGN="TOP"><TD ID="Text12" CLASS="TextObject"><P><B><SPAN STYLE="font-size: 14pt; color: rgb(0,0,128);">หัวข้อข่าว</SPAN></B></P><P><SPAN STYLE="font-size: 10pt;">พิมพ์ข้อความข่าวที่นี่</SPAN></P></TD></TR></TABLE>'
        return self.shell("ข่าวที่ 9/2548", inner)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.html"):
            return 302, {"Location": base + "/html/news.html"}, b""
        if path == "/html/news.html":
            return self.html_response(self.listing(0))
        for k in range(1, len(self.pages)):
            if path == f"/html/news_{k + 1}.html":
                return self.html_response(self.listing(k))
        if path == DELETED:
            return self.html_response(self.blank())
        a = self.by_path.get(path)
        if a is None:
            return None
        return self.html_response(
            self.shell(
                f"ข่าวที่ {a.extra['no']}/2548",
                self.article(a),
            )
        )

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                th_date(a.published),
                th_time(a.published),
                thai_digits(f"ฉบับที่ {a.extra['no']}/2548"),
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่น ๆ",
                "[พิมพ์หน้านี้]",
                "[กลับหน้าข่าว]",
                "ภาพประกอบข่าว",
                COUNTER,
                NAVTEXT,
                "เมนูหลัก",
                "ถนนพหลโยธิน อำเภอบ้านไร่",
                "ออกแบบและดูแลโดย",
            ]
            if a.modified:
                must_not.append(f"แก้ไขข้อมูลเมื่อ {th_short(a.modified)}")
            must_not += [x.title for x in (newer, older) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = NofSite()

if __name__ == "__main__":
    main(SITE)
