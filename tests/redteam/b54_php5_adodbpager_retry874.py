"""Blind-54 red-team site (part B): a provincial livestock office (สำนักงานปศุสัตว์จังหวัดลำปาง-like)
on a **home-made PHP 5.2 site with ADOdb 4.9 (`PageExecute` and the stock `ADODB_Pager`)**,
pages built from `include("header.php")` / `include("menu.php")` / `include("footer.php")` in a
Dreamweaver 8 XHTML table template (2008-2012 era, items of 2567 entered by the same old
system). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): ADOdb's `adodb-pager.inc.php` (4.68, as vendored
in a public CRM repository: the `ADODB_Pager` class, its localisable strings `$first =
'<code>|&lt;</code>'`, `$prev = '<code>&lt;&lt;</code>'`, `$next = '<code>>></code>'`, `$last =
'<code>>|</code>'`, `$page = 'Page'`, `$linksPerPage`, `$showPageLinks`, the `{id}_next_page`
query variable) and ADOdb's `testpaging.php` (the `?next_page=N` links built on `$PHP_SELF`).
The pager's `Render()` table (header / grid / footer rows, "Page 1/3" in a small font),
`PageExecute()`, PHP 5's `mysql_fetch_array()` warning text, Apache's 503 page with
`Retry-After` and Dreamweaver's XHTML 1.0 Transitional template with an XML prolog are from
memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: the server answers `503 Service Temporarily Unavailable` with `Retry-After: 1`
  (Apache's page, MySQL "Too many connections" behind it) the first time each of five article
  pages is asked for, and the page the next time**: those articles are expected;
- **NEW: one article at several address variants, no canonical link**: the listing links
  `news_detail.php?id=N&cat=2`, the sidebar "ข่าวล่าสุด" `news_detail.php?cat=2&id=N` (the query in
  the other order) and the listing's "ความคิดเห็น (N)" `news_detail.php?id=N&cat=2#comment`;
  one record at the listing's address;
- **NEW: ADOdb_Pager's listing** `/news/news_list.php`, `?adodb_next_page=2`, `?adodb_next_page=3`:
  the stock `<code>|&lt;</code> <code>&lt;&lt;</code> 1 2 3 <code>>></code> <code>>|</code>` links
  and "หน้า 1/3" (the `$page` string localised);
- **NEW: date forms**: "วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗" in one table row and **"เวลา ๑๐.๓๐ น."
  in the row below** (on about three items in five; the others the day only), **above them a
  line "ประจำปีงบประมาณ พ.ศ. ๒๕๖๗" (the fiscal year, which begins on 1 October: items of
  October-December carry the next year's number)**;
- **NEW: a dateline opening the text where the page prints no other date (one item in four)**:
  the date rows are empty and the first paragraph begins "ลำปาง (๕ มี.ค. ๖๗) –"; the listing
  shows the same day; the fiscal-year line is still printed;
- **NEW: a budget table inside the text (one item in four)**: อำเภอ | จำนวนเกษตรกร (ราย) |
  งบประมาณ (บาท), its cells in `body_must`;
- **windows-874 bytes under `Content-Type: text/html` (no charset), an XML prolog
  `encoding="tis-620"` and a `tis-620` meta** (curly quotes 0x93 / 0x94 in some texts);
- "อ่าน ๑,๒๓๔ ครั้ง" (Thai digits); source "ข่าว/ภาพ : …" / "เรียบเรียง : …" as the last line
  (one item in six none);
- furniture: "พิมพ์" / "ส่งให้เพื่อน" / "ย้อนกลับ", "ข่าวอื่นๆ" (titles, dates), comments "ความคิดเห็น"
  with posted comments and the form "แสดงความคิดเห็น", sidebar "ข่าวล่าสุด", counter "ผู้เข้าชม",
  marquee, footer;
- deleted item (linked from page 2): `news_detail.php?id=318&cat=2` answers 200 with the template,
  empty headline cell and PHP's "Warning: mysql_fetch_array(): supplied argument is not a valid
  MySQL result resource in … on line 42".
"""

from __future__ import annotations

import datetime as dt
import threading

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานปศุสัตว์จังหวัดลำปาง"
OFFICE_EN = "Lampang Provincial Livestock Office"
PER = 10
CAT = 2
SOURCES = [
    "กลุ่มส่งเสริมและพัฒนาการปศุสัตว์ สำนักงานปศุสัตว์จังหวัดลำปาง",
    "สำนักงานปศุสัตว์อำเภอเกาะคา",
    "กลุ่มพัฒนาสุขภาพสัตว์",
    "ฝ่ายบริหารทั่วไป",
    "สำนักงานปศุสัตว์อำเภอแม่ทะ",
    None,
]
LABELS = ["ข่าว/ภาพ :", "เรียบเรียง :"]
DELETED_ID = 318
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกลูกจ้างชั่วคราว"
WARNING = (
    "<b>Warning</b>:  mysql_fetch_array(): supplied argument is not a valid MySQL result "
    "resource in <b>/var/www/html/news/news_detail.php</b> on line <b>42</b><br />"
)
COUNTER = "ผู้เข้าชม ๑๘๙,๐๒๔ คน"
FOOTER = "๓๐๒ ถนนพหลโยธิน ตำบลพระบาท อำเภอเมือง จังหวัดลำปาง ๕๒๐๐๐ โทร. ๐-๕๔๒๒-๗๐๒๑"
MARQUEE = "ขอเชิญเกษตรกรผู้เลี้ยงโค-กระบือ นำสัตว์เข้ารับการฉีดวัคซีนป้องกันโรคปากและเท้าเปื่อย ฟรี"
LATEST = "ข่าวล่าสุด"
OTHER = "ข่าวอื่นๆ"
COMMENT_FORM = "แสดงความคิดเห็น"
COMMENTS = [
    ("ผู้เลี้ยงวัว", "อยากทราบว่าอำเภองาวจะมีโครงการนี้ไหมครับ"),
    ("ป้าแดง", "ขอบคุณเจ้าหน้าที่ปศุสัตว์ทุกท่านค่ะ"),
]
AMPHOE = ["อำเภอเมืองลำปาง", "อำเภอห้างฉัตร", "อำเภอเสริมงาม", "อำเภอแม่พริก", "อำเภอสบปราบ"]
RETRY_EVERY = 4  # one article in four answers 503 the first time


def th_long(d: dt.datetime) -> str:
    """'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗'"""
    return thai_digits(f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"เวลา {d.hour:02d}.{d.minute:02d} น.")


def fiscal(d: dt.datetime) -> int:
    return be(d) + (1 if d.month >= 10 else 0)


def list_date(d: dt.datetime) -> str:
    """'๐๕/๐๓/๒๕๖๗'"""
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{be(d)}")


def dateline(d: dt.datetime) -> str:
    return thai_digits(f"ลำปาง ({d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}) –")


class AdodbSite(BaseSite):
    key = "b54_php5_adodbpager_retry874"
    family = "generic"
    charset = "cp874"
    imitates = (
        "provincial livestock office on PHP 5.2 + ADOdb (ADODB_Pager ?adodb_next_page=N with "
        "|< << >> >| and 'หน้า 1/3'), Dreamweaver XHTML table template in windows-874 with no "
        "header charset; 503 + Retry-After on the first fetch of some articles; query-order / "
        "#comment address variants without canonical; 'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗' with "
        "'เวลา ๑๐.๓๐ น.' on the next row under a fiscal-year line; datelines as the only date; "
        "budget tables in the text; deleted id 200 with a PHP mysql warning"
    )
    listing_path = "/news/news_list.php"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 3, 18, 17, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 300 + (n - i) * 3 + (i % 2)
            a.path = f"/news/news_detail.php?id={a.id}&cat={CAT}"
            a.modified = None
            a.tags = []
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = LABELS[i % 2]
            a.views = 25 + (i * 389 + 57) % 2600
            a.extra["dateline"] = i % 4 == 2
            if a.extra["dateline"]:
                a.time_printed = False
            a.extra["table"] = i % 4 == 1
            a.extra["retry"] = i % RETRY_EVERY == 3 and i < 20
            a.extra["comments"] = COMMENTS[: i % 3]
            a.paras = [p.replace('"', "") for p in a.paras]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self._seen: set[int] = set()
        self._lock = threading.Lock()

    def listing_pages(self):
        return [
            "/news/news_list.php",
            "/news/news_list.php?adodb_next_page=2",
            "/news/news_list.php?adodb_next_page=3",
        ]

    def deleted_paths(self):
        return [f"/news/news_detail.php?id={DELETED_ID}&cat={CAT}"]

    # ------------------------------------------------------------------ pieces
    def budget(self, a):
        rows = []
        for k, amp in enumerate(AMPHOE[: 3 + a.id % 3]):
            farmers = 40 + (a.id * (k + 3)) % 260
            rows.append((amp, farmers, farmers * 2500))
        return rows

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 2, 3, 4)]

    def shell(self, main_html: str) -> str:
        latest = "".join(
            f'<tr><td width="12" valign="top"><img src="../images/bullet.gif" width="9" height="9" /></td><td class="text_side"><a href="news_detail.php?cat={CAT}&amp;id={x.id}">{esc(x.title)}</a></td></tr>'
            for x in self.articles[:6]
        )
        return f"""<?xml version="1.0" encoding="tis-620"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><!-- InstanceBegin template="/Templates/main.dwt.php" codeOutsideHTMLIsLocked="false" -->
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<!-- InstanceBeginEditable name="doctitle" -->
<title>{OFFICE} :: Lampang Livestock</title>
<!-- InstanceEndEditable -->
<link href="../css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="../js/swfobject.js"></script>
</head>
<body topmargin="0" leftmargin="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="../images/header.jpg" width="980" height="180" alt="{OFFICE} {OFFICE_EN}" /></td></tr>
  <tr><td colspan="2" class="menu_top"><a href="../index.php">หน้าแรก</a> | <a href="../about.php">ประวัติหน่วยงาน</a> | <a href="news_list.php">ข่าวประชาสัมพันธ์</a> | <a href="../download.php">ดาวน์โหลด</a> | <a href="../webboard/index.php">เว็บบอร์ด</a> | <a href="../contact.php">ติดต่อเรา</a></td></tr>
  <tr><td colspan="2" bgcolor="#FFF4D6"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()">“{MARQUEE}”</marquee></td></tr>
  <tr>
    <td width="220" valign="top" bgcolor="#F3F9E6">
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="head_side"><img src="../images/h_menu.gif" alt="เมนูหลัก" /></td></tr>
        <tr><td><a href="../structure.php">โครงสร้างหน่วยงาน</a><br /><a href="../service.php">งานบริการ</a><br /><a href="../law.php">กฎหมายที่เกี่ยวข้อง</a></td></tr>
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="2">
        <tr><td colspan="2" class="head_side"><b>{LATEST}</b></td></tr>
        {latest}
      </table>
      <table width="100%" border="0" cellspacing="0" cellpadding="3">
        <tr><td class="counter" align="center">{COUNTER}<br /><img src="../counter/counter.php?digits=6" alt="" /></td></tr>
      </table>
    </td>
    <td width="760" valign="top">
<!-- InstanceBeginEditable name="content" -->
{main_html}
<!-- InstanceEndEditable -->
    </td>
  </tr>
  <tr><td colspan="2" class="footer" align="center">{OFFICE}<br />{FOOTER}<br />Copyright &copy; 2551 All rights reserved.</td></tr>
</table>
</body>
<!-- InstanceEnd --></html>
"""

    def response(self, text: str, status: int = 200, extra: dict | None = None):
        h = {
            "Content-Type": "text/html",
            "X-Powered-By": "PHP/5.2.17",
            "Set-Cookie": "PHPSESSID=9b1f0c3e7a2d4b5c6e8f1a2b3c4d5e6f; path=/",
        }
        h.update(extra or {})
        return status, h, text.encode("cp874", errors="xmlcharrefreplace")

    # ------------------------------------------------------------------ listing
    def render_list(self, page: int):
        pages = paginate(self.articles, PER)
        if not 1 <= page <= len(pages):
            return None
        rows = []
        items = list(pages[page - 1])
        entries = [(a, False) for a in items]
        if page == 2:
            entries.insert(5, (None, True))
        for j, (a, deleted) in enumerate(entries):
            bg = "#FFFFFF" if j % 2 == 0 else "#F3F9E6"
            if deleted:
                rows.append(
                    f"""<tr bgcolor="{bg}"><td align="center">-</td><td><a href="news_detail.php?id={DELETED_ID}&amp;cat={CAT}">{esc(DELETED_TITLE)}</a></td><td align="center">{thai_digits("13/02/2567")}</td><td align="center">{thai_digits("0")}</td></tr>"""
                )
                continue
            ncom = len(a.extra["comments"])
            rows.append(
                f"""<tr bgcolor="{bg}"><td align="center">{thai_digits((page - 1) * PER + items.index(a) + 1)}</td><td><a href="news_detail.php?id={a.id}&amp;cat={CAT}">{esc(a.title)}</a> <a href="news_detail.php?id={a.id}&amp;cat={CAT}#comment" class="small">ความคิดเห็น ({thai_digits(ncom)})</a></td><td align="center">{list_date(a.published)}</td><td align="center">{thai_digits(f"{a.views:,}")}</td></tr>"""
            )
        # ADODB_Pager::Render_First / Render_Prev / Render_PageLinks / Render_Next / Render_Last
        links = []
        if page > 1:
            links.append(
                '<a href="/news/news_list.php?adodb_next_page=1"><code>|&lt;</code></a> &nbsp;'
            )
            links.append(
                f'<a href="/news/news_list.php?adodb_next_page={page - 1}"><code>&lt;&lt;</code></a> &nbsp;'
            )
        else:
            links.append("<code>|&lt;</code> &nbsp; <code>&lt;&lt;</code> &nbsp;")
        for k in range(1, len(pages) + 1):
            if k == page:
                links.append(f'<font color="red"><b>{k}</b></font>')
            else:
                links.append(f'<a href="/news/news_list.php?adodb_next_page={k}">{k}</a>')
        if page < len(pages):
            links.append(
                f'&nbsp; <a href="/news/news_list.php?adodb_next_page={page + 1}"><code>>></code></a>'
            )
            links.append(
                f'&nbsp; <a href="/news/news_list.php?adodb_next_page={len(pages)}"><code>>|</code></a>'
            )
        else:
            links.append("&nbsp; <code>>></code> &nbsp; <code>>|</code>")
        main_html = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td class="head_main"><img src="../images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
</table>
<table width=100% border=0 bgcolor=white><tr><td>{" ".join(links)}</td></tr><tr><td>
<table width="100%" border="0" cellspacing="1" cellpadding="4" bgcolor="#A5C969">
  <tr bgcolor="#6B8E23"><th width="50"><font color="#FFFFFF">ลำดับ</font></th><th><font color="#FFFFFF">หัวข้อข่าว</font></th><th width="90"><font color="#FFFFFF">วันที่</font></th><th width="60"><font color="#FFFFFF">อ่าน</font></th></tr>
  {"".join(rows)}
</table>
</td></tr><tr><td><font size=-1>หน้า {page}/{len(pages)}</font></td></tr></table>"""
        return self.response(self.shell(main_html))

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        parts = []
        for k, p in enumerate(a.paras):
            text = esc(p)
            if k == 0 and a.extra["dateline"]:
                text = f"{dateline(a.published)} {text}"
            parts.append(f'<p class="MsoNormal">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{text}</p>')
            if k == 0 and a.extra["table"]:
                rows = "".join(
                    f'<tr><td>{esc(amp)}</td><td align="right">{far:,}</td><td align="right">{bud:,}</td></tr>'
                    for amp, far, bud in self.budget(a)
                )
                parts.append(
                    f"""<table border="1" cellspacing="0" cellpadding="3" width="90%" align="center" style="border-collapse:collapse">
<tr bgcolor="#EEEEEE"><td align="center"><b>อำเภอ</b></td><td align="center"><b>จำนวนเกษตรกร (ราย)</b></td><td align="center"><b>งบประมาณ (บาท)</b></td></tr>
{rows}
</table>"""
                )
        if a.source:
            parts.append(f'<p align="right"><b>{a.extra["label"]} {esc(a.source)}</b></p>')
        return "\n".join(parts)

    def render_detail(self, a):
        if a.extra["dateline"]:
            date_rows = '<tr><td class="date_news"></td></tr><tr><td class="date_news"></td></tr>'
        else:
            t = th_time(a.published) if a.time_printed else ""
            date_rows = f'<tr><td class="date_news">{th_long(a.published)}</td></tr><tr><td class="date_news">{t}</td></tr>'
        others = "".join(
            f'<tr><td><img src="../images/bullet.gif" /> <a href="news_detail.php?id={x.id}&amp;cat={CAT}">{esc(x.title)}</a> <font color="#999999">({list_date(x.published)})</font></td></tr>'
            for x in self.others(a)
        )
        coms = "".join(
            f'<tr><td class="comment"><b>ความคิดเห็นที่ {thai_digits(k + 1)}</b> โดย {esc(n)}<br />{esc(t)}</td></tr>'
            for k, (n, t) in enumerate(a.extra["comments"])
        )
        main_html = f"""<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td class="head_main"><img src="../images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td class="topic_news"><font size="4" color="#336600"><b>{esc(a.title)}</b></font></td></tr>
  <tr><td class="fiscal">ประจำปีงบประมาณ พ.ศ. {thai_digits(fiscal(a.published))}</td></tr>
  {date_rows}
  <tr><td>
<img src="../upload/news/{a.id}_1.jpg" width="400" border="0" /><br />
{self.body_html(a)}
  </td></tr>
  <tr><td align="right" class="read">อ่าน {thai_digits(f"{a.views:,}")} ครั้ง</td></tr>
  <tr><td align="center"><a href="news_print.php?id={a.id}" target="_blank"><img src="../images/print.gif" border="0" /> พิมพ์</a> | <a href="news_send.php?id={a.id}"><img src="../images/mail.gif" border="0" /> ส่งให้เพื่อน</a> | <a href="javascript:history.back()">ย้อนกลับ</a></td></tr>
</table>
<a name="comment"></a>
<table width="100%" border="0" cellspacing="0" cellpadding="4">
  <tr><td class="head_sub"><b>ความคิดเห็น</b></td></tr>
  {coms}
  <tr><td><form action="news_comment.php" method="post"><input type="hidden" name="id" value="{a.id}" />
  <b>{COMMENT_FORM}</b><br />ชื่อ : <input type="text" name="name" /><br /><textarea name="detail" cols="50" rows="4"></textarea><br /><input type="submit" value="ส่งความคิดเห็น" /></form></td></tr>
</table>
<table width="100%" border="0" cellspacing="0" cellpadding="3">
  <tr><td class="head_sub"><b>{OTHER}</b></td></tr>
  {others}
</table>"""
        return self.response(self.shell(main_html))

    def render_deleted(self):
        main_html = f"""{WARNING}
<table width="100%" border="0" cellspacing="0" cellpadding="5">
  <tr><td class="head_main"><img src="../images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
  <tr><td class="topic_news"><font size="4" color="#336600"><b></b></font></td></tr>
  <tr><td class="fiscal">ประจำปีงบประมาณ พ.ศ. </td></tr>
  <tr><td class="date_news"></td></tr><tr><td class="date_news"></td></tr>
  <tr><td>
  </td></tr>
  <tr><td align="right" class="read">อ่าน  ครั้ง</td></tr>
</table>"""
        return self.response(self.shell(main_html))

    def unavailable(self):
        body = """<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">
<html><head>
<title>503 Service Temporarily Unavailable</title>
</head><body>
<h1>Service Temporarily Unavailable</h1>
<p>The server is temporarily unable to service your
request due to maintenance downtime or capacity
problems. Please try again later.</p>
<hr>
<address>Apache/2.2.15 (CentOS) Server at www.lampang-dld.example Port 80</address>
</body></html>
"""
        return (
            503,
            {"Content-Type": "text/html; charset=iso-8859-1", "Retry-After": "1"},
            body.encode("ascii"),
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/news/", "/news/index.php"):
            return 302, {"Location": f"{base}/news/news_list.php"}, b""
        if path == "/news/news_list.php":
            p = qs1(query, "adodb_next_page", "1")
            if not p.isdigit():
                return None
            return self.render_list(int(p))
        if path == "/news/news_detail.php":
            nid = qs1(query, "id")
            if not nid.isdigit():
                return None
            nid = int(nid)
            if nid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(nid)
            if a is None:
                return self.render_deleted()
            if a.extra["retry"] and base != "http://127.0.0.1":
                with self._lock:
                    first = nid not in self._seen
                    self._seen.add(nid)
                if first:
                    return self.unavailable()
            return self.render_detail(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                OFFICE_EN,
                LATEST,
                OTHER,
                COMMENT_FORM,
                "ส่งความคิดเห็น",
                "ส่งให้เพื่อน",
                "ย้อนกลับ",
                COUNTER,
                FOOTER,
                MARQUEE,
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                f"ประจำปีงบประมาณ พ.ศ. {thai_digits(fiscal(a.published))}",
                *[t for _, t in a.extra["comments"]],
                *[x.title for x in self.others(a)],
                *[x.title for x in self.articles[:6] if x is not a],
            ]
            rec = expected_record(a, must_not=on_page(self, a, must_not))
            if a.extra["table"]:
                amp, far, bud = self.budget(a)[1]
                rec["body_must"] = [*rec["body_must"], amp, f"{bud:,}"]
            out.append(rec)
        return out


SITE = AdodbSite()

if __name__ == "__main__":
    main(SITE)
