"""Blind-37 red-team site (part B): a **Microsoft Publisher 2003 "Web site" export** in
**windows-874**, uploaded as-is to an IIS 6 host by a district health office
(สำนักงานสาธารณสุขอำเภอบ้านไร่), built blind.

What it imitates:
- Publisher 11 web output: `meta name=Generator content="Microsoft Publisher 11"`, VML
  namespaces, `<link rel=File-List href="pageN_files/filelist.xml">`, one file per publication
  page (`index.htm`, `page2.htm`, ... `page27.htm`), every text box an **absolutely positioned
  `<div>`** holding a one-cell table of `<p class=MsoNormal>` with `<span lang=TH
  style='font-family:"Angsana New"'>` runs, images as `pageN_files/imageM.jpg`;
- the charset only in `<meta http-equiv=Content-Type content="text/html; charset=windows-874">`;
  IIS answers `Content-Type: text/html` without a charset;
- **the same `<title>` on every page** (the publication's page title "ข่าวประชาสัมพันธ์"), no
  `h1`: the headline is a 20pt bold span in its own text box, written **after** the body box in
  source order (Publisher writes boxes in z-order, and the headline box was added last);
- date box "วันที่ ๕ มีนาคม ๒๕๕๒" (**Thai digits, BE**) with "เวลา ๑๔.๒๐ น." on some; "ข่าว :
  office" sign-off in the body box (some); a sidebar text box "ข่าวอื่นๆ" with neighbour titles
  written **before** the body; navigation bar box; hit-counter box ("ท่านเป็นผู้เข้าชมลำดับที่")
  and a site-wide "ปรับปรุงข้อมูลล่าสุด" line on every page;
- listing: three publication pages `index.htm`, `page2.htm`, `page3.htm` (the same `pageN.htm`
  naming as the articles) with "<< หน้าก่อน | หน้าถัดไป >>" links and Thai-digit "หน้า ๑/๓".
Deleted: `page26.htm`, a page left in the publication with only the navigation bar and an empty
text box ("ยังไม่มีข้อมูล"), answers 200.
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
PROVINCE = "จังหวัดอุทัยธานี"
PER_PAGE = 8
FIRST_ARTICLE_PAGE = 4
SOURCES = [None, "งานส่งเสริมสุขภาพ สสอ.บ้านไร่", None, "โรงพยาบาลบ้านไร่", "งานควบคุมโรค", None, None]
SITE_COUNTER = "ท่านเป็นผู้เข้าชมลำดับที่ ๑๘๗๕๔๒"
SITE_UPDATED = "ปรับปรุงข้อมูลล่าสุด ๒๒ มิถุนายน ๒๕๕๒"
PAGE_TITLE = "ข่าวประชาสัมพันธ์"
FONT = "font-family:&quot;Angsana New&quot;"


def thai_date(d: dt.datetime) -> str:
    return thai_digits(f"วันที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def thai_time(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d:%H.%M} น.")


def short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def span(text: str, size=16, bold=False, color=None) -> str:
    style = f"font-size:{size}.0pt;{FONT}"
    if bold:
        style += ";font-weight:bold"
    if color:
        style += f";color:{color}"
    return f"<span lang=TH style='{style}'>{text}</span>"


def box(top, left, width, height, inner, z):
    return f"""<div style='position:absolute;top:{top}px;left:{left}px;width:{width}px;height:{height}px;z-index:{z}'>
<table cellpadding=0 cellspacing=0 width={width}>
 <tr>
  <td width={width} height={height} valign=top style='padding:3.6pt 7.2pt 3.6pt 7.2pt'>
  <div class=Textbox>{inner}</div>
  </td>
 </tr>
</table>
</div>
"""


def para(text, **kw):
    return f"<p class=MsoNormal>{span(text, **kw)}</p>\n"


class PublisherSite(BaseSite):
    key = "b37_publisher2003_874"
    family = "generic"
    charset = "cp874"
    imitates = "Microsoft Publisher 2003 web export in windows-874 (charset only in meta; IIS header without charset), district health office: one pageN.htm per publication page for articles and listings alike; absolutely positioned text-box divs with MsoNormal/Angsana New spans; same <title> on every page, no h1, headline box written after the body box; Thai-digit BE date box, time 'เวลา ๑๔.๒๐ น.' on some; 'ข่าว :' sign-off (some); 'ข่าวอื่นๆ' sidebar before the body; hit counter and site-wide 'ปรับปรุงข้อมูลล่าสุด' on every page; listing index.htm, page2.htm, page3.htm with Thai-digit 'หน้า ๑/๓'; deleted = empty publication page (200)"
    listing_path = "/index.htm"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2009, 6, 20, 16, 0, tzinfo=TZ), offset=2207
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = FIRST_ARTICLE_PAGE + i
            a.path = f"/page{a.id}.htm"
            a.modified = None
            a.views = None
            a.tags = []
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 4 == 2
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.deleted_no = FIRST_ARTICLE_PAGE + len(arts)
        self.deleted = f"/page{self.deleted_no}.htm"

    def listing_pages(self):
        return [self.listing_path] + [f"/page{k + 1}.htm" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ shell

    def shell(self, files, boxes):
        return f"""<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=windows-874">
<meta name=ProgId content=Publisher.Document>
<meta name=Generator content="Microsoft Publisher 11">
<link rel=File-List href="{files}/filelist.xml">
<title>{PAGE_TITLE}</title>
<!--[if !mso]>
<style>
v\\:* {{behavior:url(#default#VML);}}
o\\:* {{behavior:url(#default#VML);}}
.shape {{behavior:url(#default#VML);}}
</style>
<![endif]-->
<style>
<!--
 /* Font Definitions */
@font-face
\t{{font-family:"Angsana New";
\tpanose-1:2 2 6 3 5 4 5 2 3 4;}}
p.MsoNormal
\t{{margin:0in;
\tmargin-bottom:.0001pt;
\tfont-family:"Angsana New";}}
-->
</style>
</head>

<body link="#0000FF" vlink="#800080" style='margin:0'>

<div style='position:absolute;width:10.-2in;height:14.-2in'>
{boxes}
</div>

</body>

</html>
"""

    def common_boxes(self):
        nav = para(
            '<a href="index.htm">หน้าแรก</a> | <a href="about.htm">ข้อมูลหน่วยงาน</a> | <a href="index.htm">ข่าวประชาสัมพันธ์</a> | <a href="contact.htm">ติดต่อเรา</a>',
            size=14,
            bold=True,
        )
        banner = para(OFFICE, size=26, bold=True, color="#006600") + para(
            f"อำเภอบ้านไร่ {PROVINCE} &quot;ประชาชนสุขภาพดี ชุมชนเข้มแข็ง&quot;", size=14
        )
        foot = para(
            f"{OFFICE} ถนนบ้านไร่-ทัพหลวง ตำบลบ้านไร่ อำเภอบ้านไร่ {PROVINCE} ๖๑๑๔๐ โทร ๐-๕๖๕๓-๙๐๓๒",
            size=12,
        ) + para(f"{SITE_COUNTER} &nbsp; &nbsp; {SITE_UPDATED}", size=12)
        return (
            box(8, 24, 720, 76, banner, 1)
            + box(92, 24, 720, 28, nav, 2)
            + box(1380, 24, 720, 52, foot, 3)
        )

    # ------------------------------------------------------------------ listing

    def listing(self, k):
        n = len(self.pages)
        rows = []
        entries = [(a.title, a.path, a.published) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][4].published
            entries.insert(4, ("รับสมัคร อสม. เข้ารับการอบรมหลักสูตรฟื้นฟู รุ่นที่ ๒", self.deleted, ghost))
        for title, path, when in entries:
            rows.append(
                para(
                    f"&#9679; <a href=\"{path[1:]}\">{esc(title)}</a> <span style='color:#808080'>[{short(when)}]</span>",
                    size=15,
                )
            )
        links = []
        if k > 0:
            prev = "index.htm" if k == 1 else f"page{k}.htm"
            links.append(f'<a href="{prev}">&lt;&lt; หน้าก่อน</a>')
        links.append(thai_digits(f"หน้า {k + 1}/{n}"))
        if k < n - 1:
            links.append(f'<a href="page{k + 2}.htm">หน้าถัดไป &gt;&gt;</a>')
        boxes = (
            self.common_boxes()
            + box(136, 24, 720, 40, para("ข่าวประชาสัมพันธ์", size=22, bold=True, color="#006600"), 4)
            + box(184, 24, 720, 560, "".join(rows), 5)
            + box(760, 24, 720, 30, para(" | ".join(links), size=15, bold=True), 6)
        )
        files = "index_files" if k == 0 else f"page{k + 1}_files"
        return self.shell(files, boxes)

    # ------------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 3] if x is not a][:4]

    def signoff(self, a):
        return f"ข่าว : {a.source}" if a.source else ""

    def article(self, a):
        others = "".join(
            para(f'- <a href="{x.path[1:]}">{esc(x.title)}</a>', size=13)
            for x in self.neighbours(a)
        )
        side = para("ข่าวอื่นๆ", size=16, bold=True, color="#006600") + others
        date = thai_date(a.published) + (f" {thai_time(a.published)}" if a.time_printed else "")
        body = "".join(para("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p)) for p in a.paras)
        if a.source:
            body += para("&nbsp;") + para(esc(self.signoff(a)), bold=True)
        body += para("&nbsp;") + para(
            '<a href="index.htm">&lt;&lt; กลับหน้าข่าวประชาสัมพันธ์</a>', size=14
        )
        boxes = self.common_boxes()
        boxes += box(136, 560, 184, 420, side, 4)
        boxes += box(196, 24, 520, 28, para(date, size=15, color="#808080"), 5)
        top = 236
        if a.extra["image"]:
            boxes += f"""<div style='position:absolute;top:236px;left:96px;width:360px;height:240px;z-index:6'><img width=360 height=240 src="page{a.id}_files/image{a.id % 5 + 1}.jpg" v:shapes="_x0000_s{1025 + a.id}"></div>
"""
            top = 488
        boxes += box(top, 24, 520, 1100 - top, body, 7)
        boxes += box(136, 24, 520, 56, para(esc(a.title), size=20, bold=True, color="#003399"), 8)
        return self.shell(f"page{a.id}_files", boxes)

    def empty_page(self):
        boxes = self.common_boxes() + box(
            136, 24, 520, 200, para("ยังไม่มีข้อมูล", size=16, color="#C0C0C0"), 4
        )
        return self.shell(f"page{self.deleted_no}_files", boxes)

    def respond(self, text):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.htm"):
            return self.respond(self.listing(0))
        for k in range(1, len(self.pages)):
            if path == f"/page{k + 1}.htm":
                return self.respond(self.listing(k))
        if path in self.by_path:
            return self.respond(self.article(self.by_path[path]))
        if path == self.deleted:
            return self.respond(self.empty_page())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                thai_date(a.published),
                thai_time(a.published),
                "ข่าวอื่นๆ",
                "กลับหน้าข่าวประชาสัมพันธ์",
                "ประชาชนสุขภาพดี ชุมชนเข้มแข็ง",
                "ถนนบ้านไร่-ทัพหลวง ตำบลบ้านไร่",
                SITE_COUNTER,
                SITE_UPDATED,
                "ข้อมูลหน่วยงาน",
            ]
            if a.source:
                must_not.append(self.signoff(a))
            must_not += [x.title for x in self.neighbours(a)]
            out.append(
                expected_record(a, modified=False, views=False, tags=False, must_not=must_not)
            )
        return out


SITE = PublisherSite()

if __name__ == "__main__":
    main(SITE)
