"""Blind-6 red-team site: a municipality (เทศบาล) on an in-house PHP "e-Office" web portal of
the kind small Thai local-government offices buy from local vendors, built blind.

What it imitates:
- windows-874 bytes; the listing says so only in `<meta http-equiv>` (`charset=windows-874`,
  header `text/html` without charset); the detail template was moved to an HTML5 head and
  says `<meta charset="utf-8">` while the server header says `charset=TIS-620` (the header
  is right, the meta is wrong);
- `news_list.php?CatID=2&Page=N`: a striped table "ข่าวประชาสัมพันธ์" (ลำดับ / เรื่อง /
  วันที่ประกาศ / อ่าน), Thai-digit dates with two-digit BE years `๒๕ ธ.ค. ๖๖`, a pager
  "ทั้งหมด ๒๓ รายการ หน้า [๑] ๒ ๓ ถัดไป »" with Thai-digit page links; relative links;
- `news_detail.php?CatID=2&NewsID=N`: breadcrumb "หน้าแรก > ข่าวประชาสัมพันธ์", the
  headline in `div.news_topic`, a meta table "ประกาศเมื่อ : ๒๕ ธ.ค. ๖๖ เวลา ๑๐.๓๐ น."
  (always with the time), "โพสต์โดย : admin_pr", "เข้าชม : ๑,๒๓๔ ครั้ง", "แก้ไขล่าสุด" with
  date and time only when edited;
- `div.news_detail` from CKEditor: `<p style="text-indent:…">` paragraphs, then "ที่มา : …"
  where printed, an attachment box "ไฟล์แนบ" (with a download counter) and "ภาพกิจกรรม"
  thumbnails in the same cell; print / tell-a-friend / Facebook share row, "ข่าวอื่น ๆ"
  list, a left menu, "ผู้บริหาร" box, a visitor-statistics block and the same `<title>`
  everywhere;
- the deleted item: the detail template with "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, expected_record, main, paginate, qs1, thai_digits
from .b6_common import abbr_2y, build, hm, thai_num

SITE_NAME = "เทศบาลตำบลบ้านแพ้ว"
TITLE = f"{SITE_NAME} อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร"
SOURCES = [
    "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
    None,
    "กองสาธารณสุขและสิ่งแวดล้อม",
    "งานประชาสัมพันธ์ สำนักปลัดเทศบาล",
    None,
]
PER_PAGE = 10
DELETED_ID = 1187


def _fix(s: str) -> str:
    # characters windows-874 cannot hold, as the editors typed them
    return s.replace("●", "•").replace("\u2013", "-").replace("\u2014", "-")


def stamp(d: dt.datetime) -> str:
    return f"{abbr_2y(d)} เวลา {thai_digits(hm(d, '.'))} น."


class EOfficeSite(BaseSite):
    key = "b6_eoffice_tis620"
    family = "generic"
    imitates = "in-house PHP e-Office portal of a เทศบาล: windows-874 (meta says utf-8 on details), news_detail.php?CatID=2&NewsID=N, table listing with Thai-digit pager, 'ประกาศเมื่อ : ๒๕ ธ.ค. ๖๖ เวลา ๑๐.๓๐ น.', 'เข้าชม : ๑,๒๓๔ ครั้ง'"
    listing_path = "/news_list.php?CatID=2"
    charset = "cp874"

    def __init__(self):
        self.articles = build(
            self.key, 23, 41, SOURCES, dt.datetime(2023, 12, 27, 16, 0), first_id=1100, step=4
        )
        for a in self.articles:
            a.title = _fix(a.title)
            a.paras = [_fix(p) for p in a.paras]
            a.tags = []
            a.path = f"/news_detail.php?CatID=2&NewsID={a.id}"
        self.by_id = {str(a.id): a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def respond(self, text, header_ctype):
        return 200, {"Content-Type": header_ctype}, text.encode("cp874", "xmlcharrefreplace")

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&Page={k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news_detail.php?CatID=2&NewsID={DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    def shell(self, head, content):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
{head}
<title>{TITLE}</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
<link href="css/menu.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/jquery-1.8.3.min.js"></script>
<script type="text/javascript" src="js/lightbox.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><img src="images/header.jpg" width="1000" height="200" alt="{SITE_NAME}" /></div>
<div id="topmenu"><ul><li><a href="index.php">หน้าแรก</a></li><li><a href="about.php">ข้อมูลพื้นฐาน</a></li><li><a href="news_list.php?CatID=2">ข่าวประชาสัมพันธ์</a></li><li><a href="news_list.php?CatID=3">ประกาศจัดซื้อจัดจ้าง</a></li><li><a href="webboard.php">กระดานสนทนา</a></li><li><a href="contact.php">ติดต่อเรา</a></li></ul></div>
<marquee class="running" scrollamount="3" onmouseover="this.stop();" onmouseout="this.start();">ยินดีต้อนรับสู่เว็บไซต์{SITE_NAME} ... ขอเชิญชวนประชาชนชำระภาษีที่ดินและสิ่งปลูกสร้าง ภายในเดือนเมษายน</marquee>
<table width="1000" border="0" cellspacing="0" cellpadding="0">
<tr>
<td width="220" valign="top" id="left">
<div class="box_left"><div class="head_left">ผู้บริหาร</div><div class="exec"><img src="images/mayor.jpg" width="150" alt="นายกเทศมนตรี" /><br />นายสมศักดิ์ ใจงาม<br />นายกเทศมนตรีตำบลบ้านแพ้ว<br />สายตรงนายกฯ ๐๘-๑๒๓๔-๕๖๗๘</div></div>
<div class="box_left"><div class="head_left">เมนูหลัก</div><ul class="leftmenu"><li><a href="about.php?id=1">ประวัติความเป็นมา</a></li><li><a href="about.php?id=2">วิสัยทัศน์/พันธกิจ</a></li><li><a href="personnel.php">ทำเนียบบุคลากร</a></li><li><a href="news_list.php?CatID=2">ข่าวประชาสัมพันธ์</a></li><li><a href="news_list.php?CatID=4">กิจกรรมเทศบาล</a></li><li><a href="ita.php">การเปิดเผยข้อมูลสาธารณะ (OIT)</a></li><li><a href="complaint.php">ร้องเรียน/ร้องทุกข์</a></li></ul></div>
<div class="box_left"><div class="head_left">สถิติผู้เข้าชม</div><table class="stat" width="100%"><tr><td>วันนี้</td><td align="right">๑๒๗</td></tr><tr><td>เมื่อวาน</td><td align="right">๓๔๕</td></tr><tr><td>เดือนนี้</td><td align="right">๘,๒๓๑</td></tr><tr><td>ทั้งหมด</td><td align="right">๔๕๖,๗๘๙</td></tr></table><div class="online">ขณะนี้มีผู้ใช้งาน ๓ คน</div></div>
</td>
<td width="780" valign="top" id="content">
{content}
</td>
</tr>
</table>
<div id="footer">{TITLE}<br />๑๒๓ หมู่ ๑ ตำบลบ้านแพ้ว อำเภอบ้านแพ้ว จังหวัดสมุทรสาคร ๗๔๑๒๐ โทรศัพท์ ๐-๓๔๘๕-๐๑๒๓ โทรสาร ๐-๓๔๘๕-๐๑๒๔<br />Copyright &copy; 2012 All rights reserved. พัฒนาโดย ห้างหุ้นส่วนจำกัด ไอทีซอฟท์</div>
</div>
</body>
</html>
"""

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        no = n * PER_PAGE
        for k, a in enumerate(self.pages[n]):
            no += 1
            rows.append(
                f"""<tr class="{"row1" if k % 2 else "row2"}"><td align="center">{thai_digits(no)}</td><td><img src="images/icon_news.gif" /> <a href="news_detail.php?CatID=2&amp;NewsID={a.id}" class="link_news">{esc(a.title)}</a>{' <img src="images/new.gif" alt="new" />' if n == 0 and k < 3 else ""}</td><td align="center" nowrap="nowrap">{abbr_2y(a.published)}</td><td align="center">{thai_num(a.views)}</td></tr>"""
            )
            if n == 1 and k == 4:
                rows.append(
                    f"""<tr class="row1"><td align="center"></td><td><img src="images/icon_news.gif" /> <a href="news_detail.php?CatID=2&amp;NewsID={DELETED_ID}" class="link_news">ประชาสัมพันธ์การรับสมัครสมาชิกกองทุนสวัสดิการชุมชน</a></td><td align="center" nowrap="nowrap">{abbr_2y(self.pages[1][4].published)}</td><td align="center">๐</td></tr>"""
                )
        pg = []
        if n > 0:
            pg.append(f'<a href="news_list.php?CatID=2&amp;Page={n}">« ก่อนหน้า</a>')
        for k in range(len(self.pages)):
            pg.append(
                f"<b>[{thai_digits(k + 1)}]</b>"
                if k == n
                else f'<a href="news_list.php?CatID=2&amp;Page={k + 1}">{thai_digits(k + 1)}</a>'
            )
        if n < len(self.pages) - 1:
            pg.append(f'<a href="news_list.php?CatID=2&amp;Page={n + 2}">ถัดไป »</a>')
        content = f"""<div class="head_content">ข่าวประชาสัมพันธ์</div>
<table width="100%" border="0" cellspacing="1" cellpadding="4" class="tbl_news">
<tr class="head_tbl"><th width="50">ลำดับ</th><th>เรื่อง</th><th width="90">วันที่ประกาศ</th><th width="60">อ่าน</th></tr>
{chr(10).join(rows)}
</table>
<div class="pagenav">ทั้งหมด {thai_digits(len(self.articles))} รายการ &nbsp; หน้า {" ".join(pg)}</div>"""
        head = '<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />'
        return self.respond(self.shell(head, content), "text/html")

    def detail_content(self, a):
        if a is None:
            return """<div class="breadcrumb"><a href="index.php">หน้าแรก</a> &gt; <a href="news_list.php?CatID=2">ข่าวประชาสัมพันธ์</a></div>
<div class="head_content">ข่าวประชาสัมพันธ์</div>
<div class="news_topic"></div>
<div class="news_detail"><p align="center" class="nodata">ไม่พบข้อมูล</p></div>"""
        body = "\n".join(f'<p style="text-indent: 2.5em;">{esc(p)}</p>' for p in a.paras)
        if a.source:
            body += f'\n<p style="text-indent: 2.5em;">ที่มา : {esc(a.source)}</p>'
        edited = ""
        if a.modified:
            edited = f'<tr><td class="label">แก้ไขล่าสุด :</td><td>{stamp(a.modified)}</td></tr>'
        others = "".join(
            f'<li><a href="news_detail.php?CatID=2&amp;NewsID={x.id}">{esc(x.title)}</a> <span class="date">({abbr_2y(x.published)})</span></li>'
            for x in self.others(a)
        )
        thumbs = "".join(
            f'<a href="upload/news/{a.id}/{k}.jpg" rel="lightbox[news]" title="ภาพกิจกรรม"><img src="upload/news/{a.id}/thumb_{k}.jpg" width="120" height="90" /></a> '
            for k in range(1, 5)
        )
        return f"""<div class="breadcrumb"><a href="index.php">หน้าแรก</a> &gt; <a href="news_list.php?CatID=2">ข่าวประชาสัมพันธ์</a></div>
<div class="head_content">ข่าวประชาสัมพันธ์</div>
<div class="news_topic">{esc(a.title)}</div>
<table class="news_info" border="0" cellspacing="0" cellpadding="2">
<tr><td class="label">ประกาศเมื่อ :</td><td>{stamp(a.published)}</td></tr>
<tr><td class="label">โพสต์โดย :</td><td>admin_pr</td></tr>
<tr><td class="label">เข้าชม :</td><td>{thai_num(a.views)} ครั้ง</td></tr>
{edited}
</table>
<div class="news_detail">
<p align="center"><img src="upload/news/{a.id}/main.jpg" width="500" /></p>
{body}
<div class="attach"><b>ไฟล์แนบ :</b> <a href="upload/news/{a.id}/doc_{a.id}.pdf" target="_blank"><img src="images/pdf.gif" /> เอกสารประกอบ.pdf</a> (ดาวน์โหลด {thai_digits(a.views // 9)} ครั้ง)</div>
<div class="gallery"><div class="head_gallery">ภาพกิจกรรม</div>{thumbs}</div>
</div>
<div class="news_tool"><a href="javascript:window.print();"><img src="images/print.gif" /> พิมพ์หน้านี้</a> | <a href="tell_friend.php?NewsID={a.id}"><img src="images/mail.gif" /> แจ้งเพื่อน</a> | <a href="https://www.facebook.com/sharer/sharer.php?u=news_detail.php%3FNewsID%3D{a.id}" target="_blank"><img src="images/fb_share.gif" /> แชร์</a> | <a href="javascript:history.back();">ย้อนกลับ</a></div>
<div class="other_news"><div class="head_other">ข่าวอื่น ๆ</div><ul>{others}</ul><div align="right"><a href="news_list.php?CatID=2">ดูทั้งหมด &raquo;</a></div></div>"""

    def detail(self, a):
        head = '<meta charset="utf-8" />\n<meta name="viewport" content="width=device-width, initial-scale=1" />'
        return self.respond(self.shell(head, self.detail_content(a)), "text/html; charset=TIS-620")

    def route(self, path, query, raw_query, base):
        p = path.lower()
        if p in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        if p == "/news_list.php" and qs1(query, "CatID") == "2":
            pg = qs1(query, "Page", "1")
            return self.listing(int(pg) - 1) if pg.isdigit() else None
        if p == "/news_detail.php":
            i = qs1(query, "NewsID")
            if i in self.by_id:
                return self.detail(self.by_id[i])
            if i.isdigit():
                return self.detail(None)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "admin_pr",
                "เข้าชม : " + thai_num(a.views),
                "ไฟล์แนบ",
                "ภาพกิจกรรม",
                "พิมพ์หน้านี้",
                "แจ้งเพื่อน",
                "ข่าวอื่น ๆ",
                "สถิติผู้เข้าชม",
                "นายกเทศมนตรีตำบลบ้านแพ้ว",
            ] + [x.title for x in self.others(a)]
            out.append(expected_record(a, published_time=True, tags=False, must_not=must_not))
        return out


SITE = EOfficeSite()

if __name__ == "__main__":
    main(SITE)
