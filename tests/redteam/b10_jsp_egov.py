"""Blind-10 red-team site: a Java portal of a กรม built on Spring MVC + JSP/Tiles (an
eGovFrame-style board), built blind.

What it imitates:
- `.do` URLs under a context path: listing `/portal/news/newsList.do?menuId=105` and
  `&pageIndex=N`, details `/portal/news/newsView.do?menuId=105&newsSeq=2024000123`;
- Tomcat URL rewriting: every link written with `<c:url>` (menus, the pager, prev/next and
  "ข่าวอื่น" on the detail page) carries `;jsessionid=<32 hex>` before the query, while the
  board rows (written by hand as `${ctx}/news/newsView.do?…`) do not; the server ignores
  the session id;
- `<title>` "กรมส่งเสริมการค้าชายแดน" on every page; a top utility bar (font size "ก- ก ก+",
  contrast, "EN"), a mega menu, a left sub-menu and a footer with "จำนวนผู้เข้าชม";
- the board list `table.board_list` "ลำดับ / เรื่อง / ไฟล์ / วันที่ / เข้าชม" with dates
  "2567-02-15" (**ISO order but Buddhist year**: SimpleDateFormat with th_TH_TH), notice rows
  "ประกาศ" pinned on top of every page, and `div.paging` ("หน้าแรก", "ก่อนหน้า", numbers,
  "ถัดไป", "หน้าสุดท้าย");
- the detail `div.board_view` table: "เรื่อง" (the headline in a `td`),
  "หมวดหมู่", "วันที่" "2567-02-15 10:30" (BE, ISO order, always a time), "เข้าชม" "123", the text in
  `td.cont` (`<p>` paragraphs, "ที่มา :" for some), "ไฟล์แนบ" with a size, then a
  prev/next table "ก่อนหน้า" / "ถัดไป" with titles, and buttons "รายการ" / "พิมพ์";
- no tags, no modified date;
- the deleted id answers 200 with a bare `alert('ไม่พบข้อมูลที่ร้องขอ'); history.back();`
  page (the eGovFrame idiom).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re

from ._common import esc, main
from .b10_common import B9Site, be_iso, build, neighbours, record

DEPT = "กรมส่งเสริมการค้าชายแดน"
SOURCES = [None, "กองประชาสัมพันธ์ กรมส่งเสริมการค้าชายแดน", None, None, "สำนักงานเลขานุการกรม"]
CTX = "/portal"
LIST = f"{CTX}/news/newsList.do"
VIEW = f"{CTX}/news/newsView.do"
SID = hashlib.md5(b"b10_jsp_egov").hexdigest().upper()
DELETED_SEQ = 2024000077
NOTICES = [
    ("ประกาศ", "ประกาศกรมส่งเสริมการค้าชายแดน เรื่อง นโยบายคุ้มครองข้อมูลส่วนบุคคล", "2566-06-01"),
    ("ประกาศ", "แนวทางการใช้บริการระบบ e-Service ของกรม", "2566-01-16"),
]


def seq(a_id: int) -> int:
    return 2024000000 + a_id


def c_url(path: str, query: str = "") -> str:
    return f"{path};jsessionid={SID}" + (f"?{query}" if query else "")


class EgovSite(B9Site):
    key = "b10_jsp_egov"
    family = "generic"
    imitates = "Spring MVC + JSP (eGovFrame-style board) of a กรม: .do URLs under /portal, ;jsessionid= in c:url links (pager, menus, prev/next) but not in board rows, same <title>, board_list with dates '2567-02-15' (BE in ISO order), pinned notices, div.paging; board_view table (เรื่อง/หมวดหมู่/วันที่ '2567-02-15 10:30'/เข้าชม), td.cont text with 'ที่มา :', ไฟล์แนบ, prev/next titles; deleted = alert + history.back() page (200)"
    listing_path = f"{LIST}?menuId=105"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 19, SOURCES, dt.datetime(2024, 5, 10, 16, 30), first_id=80, step=2
        )
        for a in self.articles:
            a.path = f"{VIEW}?menuId=105&newsSeq={seq(a.id)}"
            a.modified = None
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return f"{LIST}?menuId=105" if k == 0 else f"{LIST}?menuId=105&pageIndex={k + 1}"

    def page_href(self, k):
        return c_url(LIST, "menuId=105" + (f"&amp;pageIndex={k + 1}" if k else ""))

    def deleted_paths(self):
        return [f"{VIEW}?menuId=105&newsSeq={DELETED_SEQ}"]

    def route(self, path, query, raw_query, base):
        path = re.sub(r";jsessionid=[0-9A-Fa-f]+", "", path)
        return super().route(path, query, raw_query, base)

    def shell(self, content, crumb):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{DEPT}</title>
<link rel="stylesheet" href="{CTX}/css/egovframework/com/com.css">
<link rel="stylesheet" href="{CTX}/css/portal/layout.css">
<script src="{CTX}/js/jquery-1.12.4.min.js"></script>
<script>function fnFontSize(n){{document.body.style.fontSize=(100+n*10)+'%';}}</script>
</head>
<body>
<div id="skipNav"><a href="#contents">ข้ามไปยังเนื้อหา</a></div>
<div id="header">
 <div class="util"><ul><li><a href="javascript:fnFontSize(-1);">ก-</a></li><li><a href="javascript:fnFontSize(0);">ก</a></li><li><a href="javascript:fnFontSize(1);">ก+</a></li><li><a href="#" class="contrast">ความคมชัด</a></li><li><a href="{c_url(CTX + "/en/main.do")}">EN</a></li><li><a href="{c_url(CTX + "/sitemap.do")}">แผนผังเว็บไซต์</a></li></ul></div>
 <h1 class="logo"><a href="{c_url(CTX + "/main.do")}"><img src="{CTX}/images/portal/logo.png" alt="{DEPT}"></a></h1>
 <ul id="gnb"><li><a href="{c_url(CTX + "/about/history.do", "menuId=101")}">เกี่ยวกับกรม</a></li><li class="on"><a href="{self.page_href(0)}">ข่าวสาร</a></li><li><a href="{c_url(CTX + "/service/list.do", "menuId=201")}">บริการประชาชน</a></li><li><a href="{c_url(CTX + "/stat/list.do", "menuId=301")}">สถิติการค้าชายแดน</a></li><li><a href="{c_url(CTX + "/contact.do")}">ติดต่อเรา</a></li></ul>
</div>
<div id="container">
 <div id="lnb"><h2>ข่าวสาร</h2><ul><li class="on"><a href="{self.page_href(0)}">ข่าวประชาสัมพันธ์</a></li><li><a href="{c_url(LIST, "menuId=106")}">ข่าวกิจกรรม</a></li><li><a href="{c_url(LIST, "menuId=107")}">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="{c_url(LIST, "menuId=108")}">ประกาศรับสมัครงาน</a></li></ul></div>
 <div id="contents">
  <div class="location"><a href="{c_url(CTX + "/main.do")}">หน้าแรก</a> &gt; <a href="{self.page_href(0)}">ข่าวสาร</a> &gt; <strong>ข่าวประชาสัมพันธ์</strong>{crumb}</div>
  <h3 class="tit">ข่าวประชาสัมพันธ์</h3>
{content}
 </div>
</div>
<div id="footer"><p class="addr">{DEPT} ถนนนนทบุรี ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000 โทร. 0-2507-7999</p><p class="visit">จำนวนผู้เข้าชม : 1,204,557 ครั้ง</p><p class="copy">Copyright &copy; {DEPT}. All Rights Reserved.</p></div>
</body>
</html>"""

    def listing(self, k):
        total = len(self.articles) + 1
        rows = []
        for t, title, d in NOTICES:
            rows.append(
                f'<tr class="notice"><td><span class="ico_notice">{t}</span></td><td class="subject"><a href="{VIEW}?menuId=105&amp;newsSeq=2023009{len(rows) + 1:03d}">{esc(title)}</a></td><td></td><td>{d}</td><td>3521</td></tr>'
            )
        start = k * self.per_page
        num = total - start
        for j, a in enumerate(self.pages[k]):
            rows.append(
                self.row(
                    num, a.path.replace("&", "&amp;"), a.title, a.published, a.views, a.id % 3 == 0
                )
            )
            num -= 1
            if k == 1 and j == 2:
                rows.append(
                    self.row(
                        num,
                        self.deleted_paths()[0].replace("&", "&amp;"),
                        "ประกาศผลการคัดเลือกผู้ประกอบการเข้าร่วมงานแสดงสินค้าชายแดน ประจำปี 2567",
                        dt.datetime(2024, 3, 2),
                        41,
                        True,
                    )
                )
                num -= 1
        n = len(self.pages)
        pg = [f'<a href="{self.page_href(0)}" class="first">หน้าแรก</a>']
        pg.append(f'<a href="{self.page_href(max(k - 1, 0))}" class="prev">ก่อนหน้า</a>')
        for i in range(n):
            pg.append(
                f"<strong>{i + 1}</strong>"
                if i == k
                else f'<a href="{self.page_href(i)}">{i + 1}</a>'
            )
        pg.append(f'<a href="{self.page_href(min(k + 1, n - 1))}" class="next">ถัดไป</a>')
        pg.append(f'<a href="{self.page_href(n - 1)}" class="last">หน้าสุดท้าย</a>')
        content = f"""<form name="listForm" action="{c_url(LIST)}" method="post"><input type="hidden" name="menuId" value="105"><input type="hidden" name="pageIndex" value="{k + 1}">
<div class="board_search"><select name="searchCnd" title="เงื่อนไขการค้นหา"><option value="0">เรื่อง</option><option value="1">เนื้อหา</option></select><input type="text" name="searchWrd" title="คำค้น"><button type="submit" class="btn_search">ค้นหา</button></div>
<p class="total">ทั้งหมด <strong>{total}</strong> รายการ (หน้า {k + 1}/{n})</p>
<table class="board_list" summary="รายการข่าวประชาสัมพันธ์"><caption>รายการข่าวประชาสัมพันธ์</caption>
<colgroup><col style="width:8%"><col><col style="width:8%"><col style="width:14%"><col style="width:10%"></colgroup>
<thead><tr><th scope="col">ลำดับ</th><th scope="col">เรื่อง</th><th scope="col">ไฟล์</th><th scope="col">วันที่</th><th scope="col">เข้าชม</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<div class="paging">{" ".join(pg)}</div></form>"""
        return self.shell(content, "")

    def row(self, num, href, title, d, views, has_file):
        f = (
            f'<img src="{CTX}/images/egovframework/com/cmm/icon/icon_file.gif" alt="ไฟล์แนบ">'
            if has_file
            else ""
        )
        return f'<tr><td>{num}</td><td class="subject"><a href="{href}">{esc(title)}</a></td><td>{f}</td><td>{be_iso(d, False)}</td><td>{views}</td></tr>'

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p>ที่มา : {esc(a.source)}</p>"
        files = ""
        if a.id % 3 == 0:
            files = f'<tr><th scope="row">ไฟล์แนบ</th><td colspan="3"><a href="{c_url(CTX + "/cmm/fms/FileDown.do", f"atchFileId=FILE_{a.id:06d}&amp;fileSn=0")}">ข่าวประชาสัมพันธ์_{a.id}.pdf</a> [245 KB]</td></tr>'

        def nav(label, x):
            if not x:
                return f'<tr><th scope="row">{label}</th><td>ไม่มีข้อมูล</td></tr>'
            return f'<tr><th scope="row">{label}</th><td><a href="{c_url(VIEW, f"menuId=105&amp;newsSeq={seq(x.id)}")}">{esc(x.title)}</a></td></tr>'

        content = f"""<div class="board_view">
<table summary="รายละเอียดข่าวประชาสัมพันธ์"><caption>ข่าวประชาสัมพันธ์ ดูรายละเอียด</caption>
<colgroup><col style="width:15%"><col style="width:35%"><col style="width:15%"><col style="width:35%"></colgroup>
<tbody>
<tr><th scope="row">เรื่อง</th><td colspan="3" class="subject">{esc(a.title)}</td></tr>
<tr><th scope="row">หมวดหมู่</th><td>ข่าวประชาสัมพันธ์</td><th scope="row">วันที่</th><td>{be_iso(a.published)}</td></tr>
<tr><th scope="row">ผู้บันทึก</th><td>pr_admin</td><th scope="row">เข้าชม</th><td>{a.views}</td></tr>
<tr><td colspan="4" class="cont">{body}</td></tr>
{files}
</tbody></table>
</div>
<table class="board_prevnext" summary="ข่าวก่อนหน้าและถัดไป"><caption>ข่าวก่อนหน้า ข่าวถัดไป</caption><tbody>{nav("ก่อนหน้า", newer)}{nav("ถัดไป", older)}</tbody></table>
<div class="btn_area"><a href="{self.page_href(0)}" class="btn">รายการ</a> <a href="javascript:window.print();" class="btn">พิมพ์</a></div>"""
        return self.shell(content, "")

    def deleted(self):
        return f"""<!DOCTYPE html>
<html lang="th"><head><meta charset="UTF-8"><title>{DEPT}</title></head>
<body><script type="text/javascript">
alert('ไม่พบข้อมูลที่ร้องขอ');
history.back();
</script></body></html>"""

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "หมวดหมู่",
                "ผู้บันทึก",
                "pr_admin",
                "เข้าชม",
                "ไฟล์แนบ",
                "ไม่มีข้อมูล",
                "รายการ",
                "พิมพ์",
                "จำนวนผู้เข้าชม",
                "ข้ามไปยังเนื้อหา",
                "แผนผังเว็บไซต์",
                "ความคมชัด",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, published_time=True, tags=False))
        return out


SITE = EgovSite()

if __name__ == "__main__":
    main(SITE)
