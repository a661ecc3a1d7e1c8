"""Blind-25 red-team site: a **PHP 4 + MySQL news script made with Dreamweaver MX's PHP server
behaviours** (Recordset, Repeat Region, Recordset Navigation Bar / Status), of a district
office (ที่ว่าการอำเภอบางกล่ำ), windows-874 bytes, built blind.

What it imitates:
- served with a bare `Content-Type: text/html` (PHP 4, `default_charset` empty) and
  `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">` while the bytes are
  **windows-874** (Word's curly quotes 0x93/0x94 and the en dash 0x96, which TIS-620 lacks);
  characters outside windows-874 as numeric references;
- the list `/news.php` and **Dreamweaver's recordset paging**: `news.php?pageNum_rsNews=1&
  totalRows_rsNews=23` (**0-based page number** plus the row total), a navigation bar of
  **image-only links** (First.gif / Previous.gif / Next.gif / Last.gif, no words, no numbers) and
  the status line "ข่าวที่ 11 ถึง 20 จากทั้งหมด 23 ข่าว"; item links relative
  `news_detail.php?news_id=N`;
- an item page whose `<title>` is the office banner on every page; **no heading holds the
  headline** (a `span.topic` in a table cell); "โพสต์เมื่อ : 15 ก.พ. 2567, 10:30" (the ubiquitous
  `DateThai()` snippet: abbreviated month, BE year, a comma before the time; items imported
  from the old DATE column print the day only) and "เปิดอ่าน : N ครั้ง" **in the same cell**;
  the text as `nl2br()` lines, "ข่าว :" / "ภาพ/ข่าว :" sign-off (some), a picture (some),
  "ไฟล์แนบ :" (some), "แก้ไขล่าสุด : 2024-02-20 14:05:00" (the **raw MySQL DATETIME**, edited
  items only), tools "[ พิมพ์ ] [ ส่งต่อให้เพื่อน ] [ ย้อนกลับ ]", "ข่าวอื่นๆ" (five titles),
  visitor comments ("ความคิดเห็นที่ 1", with IP and date) and the comment form; marquee, left
  image menu with text labels, site counter, footer;
- the deleted id: 200, the same template with the empty recordset: no headline, "โพสต์เมื่อ :
  1 ม.ค. 2513, 07:00" (`DateThai('')` = the Unix epoch in Bangkok) and "เปิดอ่าน :  ครั้ง".
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, Article, BaseSite, be, esc, main
from .b20b_common import build, neighbours, record

OFFICE = "ที่ว่าการอำเภอบางกล่ำ จังหวัดสงขลา"
SOURCES = [
    "ฝ่ายปกครอง อำเภอบางกล่ำ",
    None,
    "สำนักงานพัฒนาชุมชนอำเภอบางกล่ำ",
    "ศูนย์ดำรงธรรมอำเภอบางกล่ำ",
    None,
]
PER = 10
DELETED_ID = 1187
LIST = "/news.php"
TITLE = f":: {OFFICE} :: Bangklam District Office"
COMMENTS = [
    ("ชาวบางกล่ำ", "ขอบคุณท่านนายอำเภอและเจ้าหน้าที่ทุกท่านที่ลงพื้นที่ครับ"),
    ("แม่บ้านท่าช้าง", "อยากทราบรายละเอียดเพิ่มเติมค่ะ ติดต่อได้ที่เบอร์ไหนคะ"),
    ("นักศึกษา", "ข้อมูลดีมากครับ ขอนำไปใช้ทำรายงานนะครับ"),
]


def date_thai(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"
    return f"{s}, {d:%H:%M}" if with_time else s


def detail_url(nid: int) -> str:
    return f"/news_detail.php?news_id={nid}"


class DwmxSite(BaseSite):
    key = "b25_php4_dwmx874"
    family = "generic"
    imitates = "PHP 4 + MySQL news script built with Dreamweaver MX server behaviours: bare text/html header, meta tis-620, windows-874 bytes (curly quotes, en dash); list news.php?pageNum_rsNews=N&totalRows_rsNews=23 (0-based, image-only First/Previous/Next/Last links); item news_detail.php?news_id=N, same <title> everywhere, headline in span.topic, 'โพสต์เมื่อ : 15 ก.พ. 2567, 10:30 | เปิดอ่าน : N ครั้ง' in one cell, raw MySQL 'แก้ไขล่าสุด' (edited only), comments; deleted = empty recordset with the 1970 epoch date (200)"
    listing_path = LIST
    charset = "cp874"

    def __init__(self):
        self.articles = build(
            self.key, 23, 91, SOURCES, dt.datetime(2024, 3, 28, 15, 0), first_id=1190, step=1
        )
        # Word-pasted headlines: straight quotes to curly ones, " - " to an en dash
        for i, a in enumerate(self.articles):
            if i % 6 == 4:
                a.title = a.title.replace(" - ", " – ")
                if "“" not in a.title:
                    a.title = f"“{a.title.split(' ')[0]}” " + " ".join(a.title.split(" ")[1:])
            a.path = detail_url(a.id)
            a.tags = []
            a.extra["label"] = "ภาพ/ข่าว :" if i % 2 else "ข่าว :"
            a.extra["image"] = i % 3 == 1
            a.extra["attach"] = i % 5 == 2
            a.extra["comments"] = COMMENTS[: (i % 4) % 3] if i % 4 else []
        self.by_id = {a.id: a for a in self.articles}
        self.total = len(self.articles)
        self.pages = [self.articles[i : i + PER] for i in range(0, self.total, PER)]

    # ------------------------------------------------------------------ routing

    def page_url(self, k: int) -> str:
        return LIST if k == 0 else f"{LIST}?pageNum_rsNews={k}&totalRows_rsNews={self.total}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [detail_url(DELETED_ID)]

    def respond(self, text: str):
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return 200, {"Content-Type": "text/html", "X-Powered-By": "PHP/4.4.9"}, body

    def route(self, path, query, raw_query, base):
        def q(name):
            v = query.get(name)
            return v[0] if v else None

        if path == LIST:
            pn = q("pageNum_rsNews")
            if pn is None:
                return None if raw_query else self.respond(self.listing(0))
            if not pn.isdigit() or int(pn) >= len(self.pages):
                return None
            return self.respond(self.listing(int(pn)))
        if path == "/news_detail.php":
            nid = q("news_id")
            if nid and nid.isdigit():
                if int(nid) in self.by_id:
                    return self.respond(self.detail(self.by_id[int(nid)]))
                if int(nid) == DELETED_ID:
                    return self.respond(self.deleted())
            return None
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, content: str) -> str:
        marquee = " &nbsp;&nbsp;&nbsp; ".join(
            f'<img src="images/new.gif" width="28" height="11"> {esc(a.title)}'
            for a in self.articles[:3]
        )
        menu = "".join(
            f'<tr><td height="26" background="images/bt_bg.gif">&nbsp;<img src="images/arrow.gif" width="7" height="7"> <a href="{href}" class="menu">{label}</a></td></tr>\n'
            for href, label in [
                ("index.php", "หน้าแรก"),
                ("about.php", "ข้อมูลอำเภอ"),
                ("news.php", "ข่าวประชาสัมพันธ์"),
                ("procure.php", "ข่าวจัดซื้อจัดจ้าง"),
                ("download.php", "ดาวน์โหลดเอกสาร"),
                ("webboard/index.php", "กระดานถาม-ตอบ"),
                ("contact.php", "ติดต่อเรา"),
            ]
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="keywords" content="อำเภอบางกล่ำ, สงขลา, ข่าวประชาสัมพันธ์">
<link href="css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ //v2.0
  window.open(theURL,winName,features);
}}
//-->
</script>
</head>

<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" align="center" cellpadding="0" cellspacing="0">
  <tr>
    <td colspan="2"><img src="images/banner.jpg" width="778" height="150" alt="{OFFICE}"></td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#003366" height="22"><font color="#FFFF00" size="2"><b>&nbsp;ข่าวล่าสุด :</b></font>
      <marquee scrollamount="3" onMouseOver="this.stop()" onMouseOut="this.start()"><font color="#FFFFFF" size="2">{marquee}</font></marquee></td>
  </tr>
  <tr>
    <td width="180" valign="top" bgcolor="#E6F0FA">
      <table width="100%" border="0" cellspacing="0" cellpadding="0">
{menu}      </table>
      <br>
      <table width="95%" border="0" align="center" cellpadding="2" cellspacing="1" bgcolor="#999999">
        <tr><td bgcolor="#336699" class="head_w">สถิติผู้เข้าชม</td></tr>
        <tr><td bgcolor="#FFFFFF" align="center" class="small">จำนวนผู้เข้าชม : 245,871 คน<br>ออนไลน์ : 4 คน<br>เริ่มนับ 1 ต.ค. 2549</td></tr>
      </table>
      <br>
      <div align="center"><a href="http://www.dopa.go.th" target="_blank"><img src="images/banner_dopa.gif" width="160" height="50" border="0" alt="กรมการปกครอง"></a></div>
    </td>
    <td width="598" valign="top">
{content}
    </td>
  </tr>
  <tr>
    <td colspan="2" bgcolor="#003366" align="center" class="footer"><font color="#FFFFFF" size="2">{OFFICE} ถนนสายบางกล่ำ-ท่าช้าง ตำบลบางกล่ำ อำเภอบางกล่ำ จังหวัดสงขลา 90110<br>โทรศัพท์ 0-7438-9012 โทรสาร 0-7438-9013 &nbsp;|&nbsp; Best view 800x600 IE 5.5+</font></td>
  </tr>
</table>
</body>
</html>
"""

    # ------------------------------------------------------------------ list

    def listing(self, k: int) -> str:
        items = list(self.pages[k])
        n = len(self.pages)
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title="ประกาศอำเภอบางกล่ำ เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างเหมาบริการ",
                paras=["-"],
                published=items[4].published - dt.timedelta(hours=5),
                time_printed=True,
                views=41,
            )
            fake.path = detail_url(DELETED_ID)
            items.insert(5, fake)
        rows = "".join(
            f"""        <tr bgcolor="{"#FFFFFF" if j % 2 == 0 else "#F3F7FB"}">
          <td width="20" align="center" valign="top"><img src="images/bullet.gif" width="9" height="9"></td>
          <td class="text"><a href="news_detail.php?news_id={a.id}" class="link">{esc(a.title)}</a>{' <img src="images/new.gif" width="28" height="11">' if k == 0 and j < 3 else ""}<br>
            <span class="small">{date_thai(a.published, a.time_printed)} | อ่าน {a.views}</span></td>
        </tr>
"""
            for j, a in enumerate(items)
        )
        first = k * PER + 1
        last = min(first + PER - 1, self.total)
        nav = []
        if k > 0:
            nav.append(
                f'<td width="23%" align="center"><a href="{LIST}?pageNum_rsNews=0&amp;totalRows_rsNews={self.total}"><img src="First.gif" border=0></a></td>'
            )
            nav.append(
                f'<td width="31%" align="center"><a href="{LIST}?pageNum_rsNews={k - 1}&amp;totalRows_rsNews={self.total}"><img src="Previous.gif" border=0></a></td>'
            )
        else:
            nav.append(
                '<td width="23%" align="center">&nbsp;</td><td width="31%" align="center">&nbsp;</td>'
            )
        if k < n - 1:
            nav.append(
                f'<td width="23%" align="center"><a href="{LIST}?pageNum_rsNews={k + 1}&amp;totalRows_rsNews={self.total}"><img src="Next.gif" border=0></a></td>'
            )
            nav.append(
                f'<td width="23%" align="center"><a href="{LIST}?pageNum_rsNews={n - 1}&amp;totalRows_rsNews={self.total}"><img src="Last.gif" border=0></a></td>'
            )
        else:
            nav.append(
                '<td width="23%" align="center">&nbsp;</td><td width="23%" align="center">&nbsp;</td>'
            )
        content = f"""      <table width="98%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#CCCCCC">
        <tr>
          <td colspan="2" bgcolor="#336699" class="head_w"><img src="images/icon_news.gif" width="16" height="16" align="absmiddle"> ข่าวประชาสัมพันธ์</td>
        </tr>
{rows}      </table>
      <p align="center" class="small">ข่าวที่ {first} ถึง {last} จากทั้งหมด {self.total} ข่าว</p>
      <table border="0" width="50%" align="center">
        <tr>
          {"".join(nav)}
        </tr>
      </table>
"""
        return self.shell(content)

    # ------------------------------------------------------------------ item

    def others(self, a):
        return [x for x in self.articles if x is not a][:5]

    def detail(self, a: Article) -> str:
        older, newer = neighbours(self.articles, a)
        text = "<br />\n<br />\n".join(esc(p) for p in a.paras)
        if a.source:
            text += f"<br />\n<br />\n{a.extra['label']} {esc(a.source)}"
        img = ""
        if a.extra["image"]:
            img = f'<div align="center"><img src="upload/news/{a.id}_1.jpg" width="400" border="1"></div><br>\n'
        rows = ""
        if a.extra["attach"]:
            rows += f'          <tr><td bgcolor="#FFFFFF" class="small"><img src="images/attach.gif" width="16" height="16"> ไฟล์แนบ : <a href="upload/file/news_{a.id}.pdf" target="_blank">news_{a.id}.pdf</a></td></tr>\n'
        if a.modified:
            rows += f'          <tr><td bgcolor="#FFFFFF" class="small" align="right">แก้ไขล่าสุด : {a.modified:%Y-%m-%d %H:%M:%S}</td></tr>\n'
        others = "".join(
            f'<tr><td class="text"><img src="images/bullet.gif" width="9" height="9"> <a href="news_detail.php?news_id={o.id}" class="link">{esc(o.title)}</a> <span class="small">({date_thai(o.published, False)})</span></td></tr>\n'
            for o in self.others(a)
        )
        comments = ""
        for c, (who, said) in enumerate(a.extra["comments"]):
            when = a.published + dt.timedelta(days=c + 1, hours=2)
            comments += f"""      <table width="98%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#CCCCCC">
        <tr><td bgcolor="#EEEEEE" class="small"><b>ความคิดเห็นที่ {c + 1}</b></td></tr>
        <tr><td bgcolor="#FFFFFF" class="text">{esc(said)}</td></tr>
        <tr><td bgcolor="#FFFFFF" class="small" align="right">โดย : {esc(who)} [IP : 182.52.{a.id % 200}.{17 + c}] วันที่ {date_thai(when, True)}</td></tr>
      </table><br>
"""
        content = f"""      <table width="98%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
          <tr><td bgcolor="#336699" class="head_w"><img src="images/icon_news.gif" width="16" height="16" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
          <tr><td bgcolor="#FFFFFF"><span class="topic">{esc(a.title)}</span></td></tr>
          <tr><td bgcolor="#FFFFFF" class="small">โพสต์เมื่อ : {date_thai(a.published, a.time_printed)} &nbsp;|&nbsp; เปิดอ่าน : {a.views} ครั้ง</td></tr>
          <tr><td bgcolor="#FFFFFF" class="detail">{img}{text}</td></tr>
{rows}          <tr><td bgcolor="#FFFFFF" align="right" class="small"><a href="#" onClick="MM_openBrWindow('news_print.php?news_id={a.id}','print','scrollbars=yes,width=650,height=500')">[ พิมพ์ ]</a> <a href="#" onClick="MM_openBrWindow('news_send.php?news_id={a.id}','send','width=400,height=300')">[ ส่งต่อให้เพื่อน ]</a> <a href="javascript:history.back()">[ ย้อนกลับ ]</a></td></tr>
      </table>
      <br>
      <table width="98%" border="0" align="center" cellpadding="2" cellspacing="0">
        <tr><td bgcolor="#E6F0FA" class="head"><b>ข่าวอื่นๆ</b></td></tr>
{others}      </table>
      <br>
      <table width="98%" border="0" align="center"><tr>
        <td class="small">{f'<a href="news_detail.php?news_id={newer.id}">&laquo; ข่าวใหม่กว่า</a>' if newer else "&nbsp;"}</td>
        <td class="small" align="right">{f'<a href="news_detail.php?news_id={older.id}">ข่าวเก่ากว่า &raquo;</a>' if older else "&nbsp;"}</td>
      </tr></table>
      <p class="head">&nbsp;<b>ความคิดเห็น ({len(a.extra["comments"])})</b></p>
{comments}      <form name="form1" method="post" action="news_comment.php?news_id={a.id}">
      <table width="98%" border="0" align="center" cellpadding="3" cellspacing="1" bgcolor="#CCCCCC">
        <tr><td colspan="2" bgcolor="#EEEEEE" class="small"><b>แสดงความคิดเห็น</b></td></tr>
        <tr><td bgcolor="#FFFFFF" class="small" width="20%">ความคิดเห็น :</td><td bgcolor="#FFFFFF"><textarea name="comment" cols="45" rows="5"></textarea></td></tr>
        <tr><td bgcolor="#FFFFFF" class="small">ชื่อ :</td><td bgcolor="#FFFFFF"><input name="name" type="text" size="30"></td></tr>
        <tr><td bgcolor="#FFFFFF" class="small">รหัสยืนยัน :</td><td bgcolor="#FFFFFF"><img src="captcha.php" align="absmiddle"> <input name="code" type="text" size="6"></td></tr>
        <tr><td bgcolor="#FFFFFF">&nbsp;</td><td bgcolor="#FFFFFF"><input type="submit" name="Submit" value="ส่งความคิดเห็น"> <input type="reset" value="ยกเลิก"></td></tr>
      </table>
      <input type="hidden" name="MM_insert" value="form1">
      </form>
"""
        return self.shell(content)

    def deleted(self) -> str:
        epoch = dt.datetime(1970, 1, 1, 7, 0)
        content = f"""      <table width="98%" border="0" align="center" cellpadding="4" cellspacing="1" bgcolor="#CCCCCC">
          <tr><td bgcolor="#336699" class="head_w"><img src="images/icon_news.gif" width="16" height="16" align="absmiddle"> ข่าวประชาสัมพันธ์</td></tr>
          <tr><td bgcolor="#FFFFFF"><span class="topic"></span></td></tr>
          <tr><td bgcolor="#FFFFFF" class="small">โพสต์เมื่อ : {date_thai(epoch, True)} &nbsp;|&nbsp; เปิดอ่าน :  ครั้ง</td></tr>
          <tr><td bgcolor="#FFFFFF" class="detail"></td></tr>
          <tr><td bgcolor="#FFFFFF" align="right" class="small"><a href="#" onClick="MM_openBrWindow('news_print.php?news_id={DELETED_ID}','print','scrollbars=yes,width=650,height=500')">[ พิมพ์ ]</a> <a href="#" onClick="MM_openBrWindow('news_send.php?news_id={DELETED_ID}','send','width=400,height=300')">[ ส่งต่อให้เพื่อน ]</a> <a href="javascript:history.back()">[ ย้อนกลับ ]</a></td></tr>
      </table>
      <p class="head">&nbsp;<b>ความคิดเห็น (0)</b></p>
"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "โพสต์เมื่อ",
                date_thai(a.published, a.time_printed),
                "เปิดอ่าน",
                f"{a.views} ครั้ง",
                "ข่าวประชาสัมพันธ์",
                "[ พิมพ์ ]",
                "ส่งต่อให้เพื่อน",
                "[ ย้อนกลับ ]",
                "ข่าวอื่นๆ",
                *[o.title for o in self.others(a)[:3]],
                "ข่าวใหม่กว่า",
                "ข่าวเก่ากว่า",
                "ความคิดเห็น (",
                "แสดงความคิดเห็น",
                "รหัสยืนยัน",
                "ส่งความคิดเห็น",
                "ข่าวล่าสุด :",
                "จำนวนผู้เข้าชม",
                "กระดานถาม-ตอบ",
                "ถนนสายบางกล่ำ-ท่าช้าง",
                "Best view",
            ]
            if a.modified:
                must_not += ["แก้ไขล่าสุด", f"{a.modified:%Y-%m-%d %H:%M:%S}"]
            if a.extra["attach"]:
                must_not += ["ไฟล์แนบ :", f"news_{a.id}.pdf"]
            for c, (who, said) in enumerate(a.extra["comments"]):
                must_not += [f"ความคิดเห็นที่ {c + 1}", said, f"โดย : {who}", "[IP :"]
            out.append(record(self, a, must_not))
        return out


SITE = DwmxSite()

if __name__ == "__main__":
    main(SITE)
