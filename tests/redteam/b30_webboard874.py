"""Blind-30 red-team site (part B): **a home-made PHP 4 + MySQL web-board ("กระดานข่าว") used
as the news page of a sub-district administrative organisation** (องค์การบริหารส่วนตำบลท่าช้าง),
windows-874 bytes, built blind.

Thai local offices of the 2000s often ran their "ข่าวประชาสัมพันธ์" as a category of a PHP
web-board (one topic = one news item, citizens' replies under it). What it imitates:
- old stack: `/board/list.php?cat=1`, `/board/view.php?id=N&cat=1`, table layout 760 px wide,
  `<font face="MS Sans Serif" size=2>`, `bgcolor` rows, a GIF banner, `images/icon_*.gif`;
  **HTTP `Content-Type: text/html` without a charset, `<meta ... charset=tis-620>`, bytes
  windows-874**; "Powered by PHP Webboard v2.3 &copy; 2004";
- **`<title>` is the board name on every page and there is no `h1`/`h2`: the headline is only
  in the topic cell after "หัวข้อ :"** (`<font color=#990000 size=3><b>…</b></font>`);
- topic header row "กระทู้ที่ : ๑๒๓๔" and **"อ่าน : ๑,๒๓๔ | ตอบ : ๒" in Thai digits**;
- post: paragraphs joined by `<br><br>` inside one `<font>`, image (some), attachment
  "ไฟล์แนบ :" (some), a typed sign-off line "ข่าว : …" or "ที่มา : …" (some);
- **date split over two cells of the poster row: "วันที่ : ๑๒/๐๓/๒๕๖๗" and "เวลา : ๑๐:๓๐ น."
  (Thai digits, BE, day first); topics migrated from the old site print the day only**;
  "แก้ไขล่าสุดเมื่อ ๑๕/๐๓/๒๕๖๗ ๐๙:๑๒ น." in small italics under edited posts only;
- replies "ความคิดเห็นที่ ๑" with citizens' text and **later dates in the same format**,
  "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น", "กระทู้ล่าสุด" box with dates, site counter
  in Thai digits, "ย้อนกลับ" / "ขึ้นด้านบน" links;
- listing: topic table (หัวข้อ / ผู้ตั้งกระทู้ / อ่าน/ตอบ / วันที่), 10 a page, **pagination
  "ทั้งหมด ๒๓ กระทู้ ๓ หน้า : [๑] ๒ ๓ ถัดไป>>" with Thai-digit page links `list.php?cat=1&Page=2`**.
Deleted: a removed topic id linked from page 2 answers 200 with the board's
"ไม่พบกระทู้ที่ท่านต้องการ อาจถูกลบไปแล้ว" template.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "องค์การบริหารส่วนตำบลท่าช้าง"
BOARD = f"กระดานข่าว {OFFICE} อำเภอบางกล่ำ จังหวัดสงขลา"
PER_PAGE = 10
SOURCES = [None, "งานประชาสัมพันธ์ อบต.ท่าช้าง", None, "กองสาธารณสุขและสิ่งแวดล้อม", "สำนักปลัด"]
LABELS = ["ข่าว", "ที่มา"]
POSTERS = ["admin", "pr_thachang", "sorn_pr"]
REPLIERS = ["คนท่าช้าง", "ผู้ใหญ่บ้าน ม.๔", "ชาวบ้านบางกล่ำ", "อสม.หมู่ ๒"]
REPLIES = [
    "ขอบคุณสำหรับข้อมูลข่าวสารครับ",
    "อยากให้ประชาสัมพันธ์ทางเสียงตามสายด้วยค่ะ",
    "สอบถามว่าต้องเตรียมเอกสารอะไรบ้างครับ",
    "ติดตามข่าวสารของ อบต. ทุกวันครับ",
]
DELETED_ID = 1187
DELETED_TITLE = "ประกาศรับสมัครผู้ช่วยเจ้าหน้าที่ป้องกันและบรรเทาสาธารณภัย"
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ ๒๑๘,๔๐๗ คน"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}:{d.minute:02d}")


def tnum(n: int) -> str:
    return thai_digits(f"{n:,}")


class WebboardSite(BaseSite):
    key = "b30_webboard874"
    family = "generic"
    imitates = "home-made PHP 4 + MySQL web-board used as a sub-district office's news page (windows-874, header without charset, meta tis-620): <title> = board name, no h1/h2, headline only after 'หัวข้อ :'; Thai-digit 'อ่าน : ๑,๒๓๔ | ตอบ : ๒'; date split 'วันที่ : ๑๒/๐๓/๒๕๖๗' / 'เวลา : ๑๐:๓๐ น.' (day only on migrated topics); 'แก้ไขล่าสุดเมื่อ' on edited posts; replies with later dates; sign-off 'ข่าว :' / 'ที่มา :'; listing list.php?cat=1&Page=N with Thai-digit page links; deleted = 'ไม่พบกระทู้' template at 200"
    listing_path = "/board/list.php?cat=1"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 5, 28, 15, 0, tzinfo=TZ), offset=523
        )
        drop_corpus_signoffs(arts)
        tid = 1214
        for i, a in enumerate(arts):
            a.id = tid
            tid -= 1 + (i * 7) % 4
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.path = f"/board/view.php?id={a.id}&cat=1"
            a.extra["label"] = LABELS[i % 2]
            a.extra["poster"] = POSTERS[i % 3]
            a.extra["replies"] = (i * 5) % 4 if i % 3 else 0
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {str(a.id): a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&Page={k + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/board/view.php?id={DELETED_ID}&cat=1"]

    def page(self, content, crumb):
        latest = "".join(
            f'<tr><td><img src="images/dot.gif" width="7" height="7"> <a href="view.php?id={a.id}&amp;cat=1"><font size="1">{esc(a.title[:45])}...</font></a> <font size="1" color="#999999">({tdate(a.published)})</font></td></tr>'
            for a in self.articles[:5]
        )
        text = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<title>{BOARD}</title>
<link href="css/board.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="js/function.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr><td><a href="../index.php"><img src="images/banner_board.gif" width="760" height="120" border="0" alt="{OFFICE}"></a></td></tr>
  <tr><td bgcolor="#336699" height="24"><font face="MS Sans Serif" size="2" color="#FFFFFF">&nbsp;&nbsp;<a href="../index.php"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="list.php?cat=1"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="list.php?cat=2"><font color="#FFFFFF">ถาม-ตอบ</font></a> | <a href="post.php?cat=1"><font color="#FFFFFF">ตั้งกระทู้ใหม่</font></a> | <a href="search.php"><font color="#FFFFFF">ค้นหา</font></a> | <a href="login.php"><font color="#FFFFFF">เข้าสู่ระบบ</font></a></font></td></tr>
  <tr><td height="22" bgcolor="#EEF3F8"><font face="MS Sans Serif" size="2">&nbsp;<a href="../index.php">{OFFICE}</a> &gt; <a href="list.php?cat=1">กระดานข่าว</a> &gt; {crumb}</font></td></tr>
  <tr><td valign="top">
{content}
  </td></tr>
  <tr><td>
    <table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCCCCC">
      <tr bgcolor="#DDE6EE"><td><font face="MS Sans Serif" size="2"><b>กระทู้ล่าสุด</b></font></td></tr>
      <tr bgcolor="#FFFFFF"><td><table width="100%" border="0" cellspacing="0" cellpadding="2">{latest}</table></td></tr>
    </table>
  </td></tr>
  <tr><td align="center" bgcolor="#336699"><font face="MS Sans Serif" size="1" color="#FFFFFF">{OFFICE} ๙๙ หมู่ ๓ ตำบลท่าช้าง อำเภอบางกล่ำ จังหวัดสงขลา ๙๐๑๑๐ โทร. ๐-๗๔๓๘-๙๑๒๓<br>{SITE_COUNTER} | เริ่มนับ ๑ มกราคม ๒๕๔๗<br>Powered by PHP Webboard v2.3 &copy; 2004 | ควรชมด้วย IE 6.0 ขึ้นไป ความละเอียด 800x600</font></td></tr>
</table>
</body>
</html>
"""
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ listing

    def row(self, j, title, href, a, replies):
        bg = "#FFFFFF" if j % 2 == 0 else "#F5F8FB"
        return f"""<tr bgcolor="{bg}">
        <td align="center" width="30"><img src="images/icon_topic.gif" width="16" height="16"></td>
        <td><font face="MS Sans Serif" size="2"><a href="{href}">{esc(title)}</a></font></td>
        <td align="center" width="100"><font face="MS Sans Serif" size="1">{a.extra["poster"]}</font></td>
        <td align="center" width="70"><font face="MS Sans Serif" size="1">{tnum(a.views)}/{tnum(replies)}</font></td>
        <td align="center" width="90"><font face="MS Sans Serif" size="1">{tdate(a.published)}</font></td>
      </tr>"""

    def pager(self, k):
        n = len(self.pages)
        links = []
        for j in range(n):
            if j == k:
                links.append(f"<b>[{thai_digits(j + 1)}]</b>")
            else:
                href = "list.php?cat=1" if j == 0 else f"list.php?cat=1&amp;Page={j + 1}"
                links.append(f'<a href="{href}">{thai_digits(j + 1)}</a>')
        prev = f'<a href="list.php?cat=1&amp;Page={k}">&lt;&lt;ก่อนหน้า</a> ' if k > 0 else ""
        nxt = f' <a href="list.php?cat=1&amp;Page={k + 2}">ถัดไป&gt;&gt;</a>' if k < n - 1 else ""
        return f'<font face="MS Sans Serif" size="2">ทั้งหมด {tnum(len(self.articles))} กระทู้ {thai_digits(n)} หน้า : {prev}{" ".join(links)}{nxt}</font>'

    def listing(self, k):
        rows = [
            self.row(j, a.title, f"/board/view.php?id={a.id}&amp;cat=1", a, a.extra["replies"])
            for j, a in enumerate(self.pages[k])
        ]
        if k == 1:
            rows.insert(
                4,
                self.row(
                    4,
                    DELETED_TITLE,
                    f"/board/view.php?id={DELETED_ID}&amp;cat=1",
                    self.pages[1][3],
                    0,
                ),
            )
        content = f"""<br>
    <table width="100%" border="0" cellspacing="1" cellpadding="3" bgcolor="#CCCCCC">
      <tr bgcolor="#336699">
        <td></td>
        <td align="center"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>หัวข้อ</b></font></td>
        <td align="center"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ผู้ตั้งกระทู้</b></font></td>
        <td align="center"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>อ่าน/ตอบ</b></font></td>
        <td align="center"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>วันที่</b></font></td>
      </tr>
      {"".join(rows)}
    </table>
    <table width="100%" border="0" cellpadding="4"><tr><td align="right">{self.pager(k)}</td></tr></table>
    <br>"""
        return self.page(content, "ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------------ topic

    def replies(self, a):
        out = []
        for r in range(a.extra["replies"]):
            when = a.published + dt.timedelta(days=1 + r * 2, hours=3 + r, minutes=17 * r)
            out.append((r + 1, REPLIERS[(a.id + r) % 4], REPLIES[(a.id + r) % 4], when))
        return out

    def topic(self, a):
        body = "<br><br>\n".join(esc(p) for p in a.paras)
        if a.source:
            body += f"<br><br>\n{a.extra['label']} : {esc(a.source)}"
        extra = ""
        if a.extra["image"]:
            extra += f'<br><br><div align="center"><img src="upload/{a.id}_1.jpg" width="450" border="0"></div>'
        if a.extra["file"]:
            extra += f'<br><img src="images/icon_attach.gif"> <font size="2">ไฟล์แนบ : <a href="upload/file_{a.id}.pdf" target="_blank">file_{a.id}.pdf</a> ({thai_digits(212 + a.id % 90)} KB)</font>'
        edited = ""
        if a.modified:
            edited = f'<br><br><font size="1" color="#999999"><i>แก้ไขล่าสุดเมื่อ {tdate(a.modified)} {ttime(a.modified)} น.</i></font>'
        time_cell = ""
        if a.time_printed:
            time_cell = f'<td align="right" width="110"><font face="MS Sans Serif" size="1" color="#666666">เวลา : {ttime(a.published)} น.</font></td>'
        reps = self.replies(a)
        rep_html = "".join(
            f"""<table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#CCCCCC">
      <tr bgcolor="#F2F2F2"><td><font face="MS Sans Serif" size="2" color="#336699"><b>ความคิดเห็นที่ {thai_digits(n)}</b></font></td></tr>
      <tr bgcolor="#FFFFFF"><td><font face="MS Sans Serif" size="2">{esc(text)}</font></td></tr>
      <tr bgcolor="#F9F9F9"><td><font face="MS Sans Serif" size="1" color="#666666">โดย : {esc(who)} [ IP : 118.172.{(a.id + n) % 250}.xxx ] &nbsp; วันที่ : {tdate(when)} เวลา : {ttime(when)} น.</font></td></tr>
    </table><br>"""
            for n, who, text, when in reps
        )
        content = f"""<br>
    <table width="100%" border="0" cellspacing="1" cellpadding="5" bgcolor="#99AABB">
      <tr bgcolor="#DDE6EE"><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td><font face="MS Sans Serif" size="2">กระทู้ที่ : <b>{thai_digits(a.id)}</b></font></td>
        <td align="right"><font face="MS Sans Serif" size="2">อ่าน : {tnum(a.views)} | ตอบ : {tnum(len(reps))}</font></td>
      </tr></table></td></tr>
      <tr bgcolor="#FFFFFF"><td><font face="MS Sans Serif" size="2">หัวข้อ : </font><font face="MS Sans Serif" size="3" color="#990000"><b>{esc(a.title)}</b></font></td></tr>
      <tr bgcolor="#FFFFFF"><td valign="top"><font face="MS Sans Serif" size="2">
{body}</font>{extra}{edited}
      </td></tr>
      <tr bgcolor="#F0F0F0"><td><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
        <td><font face="MS Sans Serif" size="1" color="#666666">โดย : <b>{a.extra["poster"]}</b> [ IP : 203.113.{a.id % 200}.xxx ]</font></td>
        <td align="right" width="140"><font face="MS Sans Serif" size="1" color="#666666">วันที่ : {tdate(a.published)}</font></td>
        {time_cell}
      </tr></table></td></tr>
    </table>
    <br>
    {rep_html}
    <table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#CCCCCC">
      <tr bgcolor="#DDE6EE"><td><font face="MS Sans Serif" size="2"><b>แสดงความคิดเห็น</b></font></td></tr>
      <tr bgcolor="#FFFFFF"><td align="center"><font face="MS Sans Serif" size="2" color="#FF0000">กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น</font> <a href="login.php?back=view.php%3Fid%3D{a.id}">[เข้าสู่ระบบ]</a> <a href="register.php">[สมัครสมาชิก]</a></td></tr>
    </table>
    <p align="center"><font face="MS Sans Serif" size="2"><a href="javascript:history.back()">ย้อนกลับ</a> | <a href="#top">ขึ้นด้านบน</a> | <a href="print.php?id={a.id}" target="_blank">พิมพ์หน้านี้</a></font></p>"""
        return self.page(content, "ข่าวประชาสัมพันธ์")

    def gone(self):
        content = """<br><br>
    <table width="60%" border="0" align="center" cellspacing="1" cellpadding="10" bgcolor="#CC0000">
      <tr bgcolor="#FFF5F5"><td align="center"><font face="MS Sans Serif" size="2" color="#CC0000"><b>ไม่พบกระทู้ที่ท่านต้องการ อาจถูกลบไปแล้ว</b></font><br><br><font face="MS Sans Serif" size="2"><a href="list.php?cat=1">กลับไปหน้ารวมกระทู้</a></font></td></tr>
    </table><br><br>"""
        return self.page(content, "ข่าวประชาสัมพันธ์")

    def route(self, path, query, raw_query, base):
        if path == "/board/list.php":
            if qs1(query, "cat") != "1":
                return None
            p = qs1(query, "Page", "1")
            if not p.isdigit() or not 1 <= int(p) <= len(self.pages):
                return None
            return self.listing(int(p) - 1)
        if path == "/board/view.php":
            i = qs1(query, "id")
            if i == str(DELETED_ID):
                return self.gone()
            if i in self.by_id:
                return self.topic(self.by_id[i])
            return None
        if path in ("/", "/board/", "/board/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"อ่าน : {tnum(a.views)}",
                f"วันที่ : {tdate(a.published)}",
                f"กระทู้ที่ : {thai_digits(a.id)}",
                "หัวข้อ :",
                "โดย :",
                a.extra["poster"],
                "แสดงความคิดเห็น",
                "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น",
                "กระทู้ล่าสุด",
                SITE_COUNTER,
                "Powered by PHP Webboard",
                "ตั้งกระทู้ใหม่",
                "พิมพ์หน้านี้",
                "ขึ้นด้านบน",
            ]
            if a.time_printed:
                must_not.append(f"เวลา : {ttime(a.published)} น.")
            if a.modified:
                must_not.append("แก้ไขล่าสุดเมื่อ")
            for n, who, text, _ in self.replies(a):
                must_not += [f"ความคิดเห็นที่ {thai_digits(n)}", text, who]
            if a.extra["file"]:
                must_not += ["ไฟล์แนบ :", f"file_{a.id}.pdf"]
            must_not += [o.title[:45] for o in self.articles[:5] if o is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = WebboardSite()

if __name__ == "__main__":
    main(SITE)
