"""Blind-33 red-team site (part B): **a Perl CGI news script of the early 2000s (Coranto 1.2x,
the NewsPro successor) on Apache 1.3**, run by a municipality (เทศบาลเมืองชัยนาท), windows-874
bytes, built blind.

What it imitates:
- Coranto's shape: news items are flat-file records shown through SSI pages (`/news/news.shtml`
  with the newest items) and **monthly archive pages** (`/news/archives/2007_03.shtml`, one page
  per month, newest month first: the "pagination" is the archive list), full stories through
  `/cgi-bin/coranto/viewnews.cgi?id=EEkFVZpZAlFQxXyWqB` (an 18-letter id made from the
  timestamp, nothing numeric), "Powered by Coranto" / `coranto.gweilo.org` in the footer, the
  admin-configured news and full-story templates;
- **charset trap**: the bytes are windows-874, the Apache 1.3 server sends `Content-Type:
  text/html; charset=ISO-8859-1` (`AddDefaultCharset` of old Red Hat builds) while the page's
  own meta says `charset=windows-874`;
- `<title>` is "ข่าวประชาสัมพันธ์ :: เทศบาลเมืองชัยนาท" on every page and there is no h1: the
  headline is a `<font size="3" color="#990000"><b>` inside the story table;
- the date line under the headline in **Thai digits with an abbreviated month and a two-digit
  BE year**, with the time after a dash only for items posted with a time ("ศุกร์ ๙ มี.ค. ๕๐ -
  ๑๔:๒๐ น."), poster "โดย : login", category "หมวด : ข่าวกิจกรรม" (not a tag);
- the text as Coranto prints it: paragraphs separated by `<br><br>` inside one `<font
  face="MS Sans Serif" size="2">`, no `<p>`; typed source line at the end ("ข่าว : …",
  "ภาพ/ข่าว : …") or the office alone (some), an image (some), an attachment link (some);
- per-story counter "อ่าน ๑,๒๓๔ ครั้ง" in Thai digits (ViewCount add-on), comments add-on
  "ความคิดเห็น (๐) | แสดงความคิดเห็น", "พิมพ์ข่าวนี้" / "ส่งข่าวนี้ให้เพื่อน" links,
  "ข่าวอื่น ๆ" list with Thai-digit dates, "« กลับหน้าข่าว";
- around: table layout, left image menu, marquee, site-wide counter "คุณเป็นผู้เข้าชมลำดับที่",
  footer with address and "Powered by Coranto".
Deleted: an id that no longer exists; viewnews.cgi answers 200 with the full-story template
and "ไม่พบข่าวที่ท่านต้องการ (News item not found)".
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "เทศบาลเมืองชัยนาท"
TITLE = f"ข่าวประชาสัมพันธ์ :: {SITE_NAME}"
FRONT = "/news/news.shtml"
VIEW = "/cgi-bin/coranto/viewnews.cgi"
FRONT_N = 8
WEEKDAYS_SHORT = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
SIGNOFFS = [
    ("ข่าว : ", "งานประชาสัมพันธ์ เทศบาลเมืองชัยนาท"),
    None,
    ("ภาพ/ข่าว : ", "กองสาธารณสุขและสิ่งแวดล้อม"),
    None,
    ("", "กองการศึกษา เทศบาลเมืองชัยนาท"),
    None,
]
CATS = ["ข่าวกิจกรรม", "ข่าวประชาสัมพันธ์", "ข่าวกิจกรรม", "ประกาศเทศบาล"]
LOGINS = ["pr_admin", "webmaster", "kanokwan"]
MARQUEE = "เทศบาลเมืองชัยนาทขอเชิญชวนประชาชนชำระภาษีโรงเรือนและที่ดินภายในเดือนเมษายน"
COUNTER = "คุณเป็นผู้เข้าชมลำดับที่ ๐๒๘๔๑๗๓"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ (News item not found)"


def cid(seed: str) -> str:
    h = hashlib.sha1(seed.encode()).digest()
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "EE" + "".join(letters[b % 52] for b in h[:16])


def dline(d: dt.datetime, with_time: bool) -> str:
    s = f"{WEEKDAYS_SHORT[d.weekday()]} {d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}"
    if with_time:
        s += f" - {d:%H:%M} น."
    return thai_digits(s)


def month_path(d: dt.datetime) -> str:
    return f"/news/archives/{d:%Y_%m}.shtml"


class CorantoSite(BaseSite):
    key = "b33_coranto_cgi874"
    family = "generic"
    charset = "cp874"
    imitates = "Perl CGI news script (Coranto 1.2x) on Apache 1.3, municipality: windows-874 bytes sent as 'text/html; charset=ISO-8859-1' with a windows-874 meta; fixed <title>, no h1, headline in <font size=3><b>; date line in Thai digits, abbreviated month, two-digit BE year, time only for some ('ศุกร์ ๙ มี.ค. ๕๐ - ๑๔:๒๐ น.'); body as <br><br>-separated text in one <font>; 'อ่าน ๑,๒๓๔ ครั้ง' in Thai digits; comments add-on, print / tell-a-friend, other-news list; typed or lone-office sign-off (some); SSI front page + monthly archive pages as listing; viewnews.cgi?id=<18 letters>"
    listing_path = FRONT

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2007, 3, 28, 15, 0, tzinfo=TZ), offset=27
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = i
            a.path = f"{VIEW}?id={cid(f'{self.key}-{i}')}"
            a.modified = None
            a.tags = []
            so = SIGNOFFS[i % len(SIGNOFFS)]
            a.source = so[1] if so else None
            a.extra["label"] = so[0] if so else None
            a.extra["login"] = LOGINS[i % 3]
            a.extra["cat"] = CATS[i % len(CATS)]
            a.extra["image"] = i % 5 == 3
            a.extra["file"] = i % 7 == 2
            a.extra["comments"] = (i * 5) % 4
        self.articles = arts
        self.by_id = {a.path.split("=", 1)[1]: a for a in arts}
        months = []
        for a in arts:
            m = month_path(a.published)
            if m not in months:
                months.append(m)
        self.months = months
        self.deleted_id = cid(f"{self.key}-deleted")
        self.deleted = f"{VIEW}?id={self.deleted_id}"
        # the deleted item sat in the newest month
        self.ghost_month = months[0]

    def listing_pages(self):
        return [FRONT, *self.months]

    def deleted_paths(self):
        return [self.deleted]

    def html_response(self, text: str, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=ISO-8859-1"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    # ------------------------------------------------------------------ shell

    def shell(self, content):
        menu = "".join(
            f'<tr><td><img src="/images/bullet_red.gif" width="9" height="9"> <a href="{h}"><font face="MS Sans Serif" size="2" color="#003366">{n}</font></a></td></tr>'
            for n, h in (
                ("หน้าแรก", "/index.html"),
                ("ประวัติเทศบาล", "/history.html"),
                ("คณะผู้บริหาร", "/executive.html"),
                ("ข่าวประชาสัมพันธ์", FRONT),
                ("ประกาศสอบราคา", "/cgi-bin/coranto/viewnews.cgi?category=3"),
                ("กระดานสนทนา", "/cgi-bin/webboard/board.cgi"),
                ("ติดต่อเทศบาล", "/contact.html"),
            )
        )
        return f"""<html>
<head>
<title>{TITLE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<meta name="keywords" content="เทศบาลเมืองชัยนาท, ชัยนาท, ข่าว">
<link rel="stylesheet" href="/style.css" type="text/css">
<script language="JavaScript" src="/js/mm_menu.js"></script>
</head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="2"><img src="/images/top_banner.jpg" width="778" height="150" alt="{SITE_NAME}"></td></tr>
<tr><td colspan="2" bgcolor="#FFCC00"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()"><font face="MS Sans Serif" size="2" color="#990000">{MARQUEE}</font></marquee></td></tr>
<tr>
<td width="160" valign="top" bgcolor="#EEF3FA"><table width="100%" border="0" cellspacing="2" cellpadding="2">{menu}</table>
<br><div align="center"><font face="MS Sans Serif" size="1">{COUNTER}</font><br><img src="/cgi-bin/counter.cgi?df=chainat.dat&amp;dd=C" alt="counter"></div></td>
<td width="618" valign="top">
{content}
</td>
</tr>
<tr><td colspan="2" bgcolor="#003366" align="center"><font face="MS Sans Serif" size="1" color="#FFFFFF">สำนักงานเทศบาลเมืองชัยนาท 200 ถนนพรหมประเสริฐ ตำบลในเมือง อำเภอเมืองชัยนาท จังหวัดชัยนาท 17000 โทร. 0-5641-1234<br>Powered by <a href="http://coranto.gweilo.org/"><font color="#FFFFFF">Coranto</font></a> | ดูแลโดย งานประชาสัมพันธ์ เทศบาลเมืองชัยนาท | แสดงผลได้ดีที่ 800x600 IE 5.5 ขึ้นไป</font></td></tr>
</table>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def news_item(self, a: Article):
        return f"""<table width="98%" border="0" cellspacing="0" cellpadding="3" align="center">
<tr><td bgcolor="#E6EEF7"><img src="/images/icon_news.gif" width="16" height="16" align="absmiddle"> <a href="{a.path}"><font face="MS Sans Serif" size="2" color="#003366"><b>{esc(a.title)}</b></font></a></td></tr>
<tr><td><font face="MS Sans Serif" size="1" color="#666666">{dline(a.published, a.time_printed)} | โดย : {a.extra["login"]}</font><br>
<font face="MS Sans Serif" size="2">{esc(a.paras[0][:200])} ...</font> <a href="{a.path}"><font face="MS Sans Serif" size="1" color="#CC0000">[อ่านต่อ]</font></a></td></tr>
</table><br>"""

    def front(self):
        items = "".join(self.news_item(a) for a in self.articles[:FRONT_N])
        arch = " | ".join(f'<a href="{m}">{self.month_label(m)}</a>' for m in self.months)
        content = f"""<!--#include virtual="/cgi-bin/coranto/news.txt" -->
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#003366"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ข่าวประชาสัมพันธ์ล่าสุด</b></font></td></tr></table>
{items}
<div align="right"><font face="MS Sans Serif" size="2"><b>ข่าวย้อนหลัง :</b> {arch}</font></div>"""
        return self.shell(content)

    def month_label(self, m: str) -> str:
        y, mo = m.rsplit("/", 1)[1].split(".")[0].split("_")
        return thai_digits(f"{MONTHS_ABBR[int(mo) - 1]} {int(y) + 543}")

    def archive(self, m: str):
        arts = [a for a in self.articles if month_path(a.published) == m]
        rows = [self.news_item(a) for a in arts]
        if m == self.ghost_month:
            ghost = Article(
                id=-1,
                title="ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการสรรหาพนักงานจ้างตามภารกิจ (ยกเลิก)",
                paras=["ประกาศฉบับนี้ถูกยกเลิกแล้ว โปรดดูประกาศฉบับใหม่"],
                published=arts[1].published,
                time_printed=False,
                path=self.deleted,
                extra={"login": "webmaster"},
            )
            rows.insert(2, self.news_item(ghost))
        i = self.months.index(m)
        nav = []
        if i > 0:
            nav.append(f'<a href="{self.months[i - 1]}">« เดือนถัดไป</a>')
        nav.append(f'<a href="{FRONT}">หน้าข่าว</a>')
        if i + 1 < len(self.months):
            nav.append(f'<a href="{self.months[i + 1]}">เดือนก่อนหน้า »</a>')
        content = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td bgcolor="#003366"><font face="MS Sans Serif" size="2" color="#FFFFFF"><b>ข่าวย้อนหลัง ประจำเดือน {self.month_label(m)}</b></font></td></tr></table>
{"".join(rows)}
<div align="center"><font face="MS Sans Serif" size="2">{" | ".join(nav)}</font></div>"""
        return self.shell(content)

    # ------------------------------------------------------------------ story

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:5]

    def story(self, a: Article):
        text = "<br><br>".join(esc(p) for p in a.paras)
        if a.source:
            text += f"<br><br>{a.extra['label']}{esc(a.source)}"
        img = ""
        if a.extra["image"]:
            img = f'<div align="center"><img src="/news/images/{a.published:%Y%m%d}_1.jpg" width="400" height="300" border="1"></div><br>'
        att = ""
        if a.extra["file"]:
            att = f'<br><br><img src="/images/icon_pdf.gif" align="absmiddle"> <a href="/news/files/{a.published:%Y%m%d}.pdf"><font face="MS Sans Serif" size="2">ดาวน์โหลดเอกสารประกอบ (PDF)</font></a>'
        others = "".join(
            f'<tr><td><font face="MS Sans Serif" size="2">- <a href="{o.path}">{esc(o.title)}</a> <font size="1" color="#999999">({thai_digits(f"{o.published.day} {MONTHS_ABBR[o.published.month - 1]} {str(o.published.year + 543)[-2:]}")})</font></font></td></tr>'
            for o in self.others(a)
        )
        views = thai_digits(f"{a.views:,}")
        c = thai_digits(a.extra["comments"])
        content = f"""<table width="98%" border="0" cellspacing="0" cellpadding="4" align="center">
<tr><td><font face="MS Sans Serif" size="3" color="#990000"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="1" color="#666666">{dline(a.published, a.time_printed)} | โดย : {a.extra["login"]} | หมวด : {a.extra["cat"]}</font></td></tr>
<tr><td>{img}<font face="MS Sans Serif" size="2">{text}</font>{att}</td></tr>
<tr><td align="right"><font face="MS Sans Serif" size="1" color="#666666">อ่าน {views} ครั้ง | <a href="/cgi-bin/coranto/comments.cgi?id={a.path.split("=", 1)[1]}">ความคิดเห็น ({c})</a> | <a href="/cgi-bin/coranto/comments.cgi?action=post&amp;id={a.path.split("=", 1)[1]}">แสดงความคิดเห็น</a></font></td></tr>
<tr><td align="right"><font face="MS Sans Serif" size="1"><a href="{a.path}&amp;print=1" target="_blank"><img src="/images/print.gif" border="0" align="absmiddle"> พิมพ์ข่าวนี้</a> | <a href="/cgi-bin/coranto/tellfriend.cgi?id={a.path.split("=", 1)[1]}"><img src="/images/mail.gif" border="0" align="absmiddle"> ส่งข่าวนี้ให้เพื่อน</a></font></td></tr>
</table>
<hr size="1" color="#CCCCCC" width="98%">
<table width="98%" border="0" cellspacing="0" cellpadding="2" align="center">
<tr><td><font face="MS Sans Serif" size="2" color="#003366"><b>ข่าวอื่น ๆ</b></font></td></tr>
{others}
</table>
<div align="center"><a href="{FRONT}"><font face="MS Sans Serif" size="2">« กลับหน้าข่าว</font></a></div>"""
        return self.shell(content)

    def not_found(self):
        content = f"""<table width="98%" border="0" cellspacing="0" cellpadding="4" align="center">
<tr><td><font face="MS Sans Serif" size="3" color="#990000"><b></b></font></td></tr>
<tr><td><font face="MS Sans Serif" size="2">{NOT_FOUND}</font></td></tr>
</table>
<div align="center"><a href="{FRONT}"><font face="MS Sans Serif" size="2">« กลับหน้าข่าว</font></a></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/news/", "/news"):
            return 302, {"Location": base + FRONT}, b""
        if path == FRONT and not raw_query:
            return self.html_response(self.front())
        if path in self.months and not raw_query:
            return self.html_response(self.archive(path))
        if path == VIEW:
            i = qs1(query, "id")
            if i in self.by_id and raw_query == f"id={i}":
                return self.html_response(self.story(self.by_id[i]))
            if i == self.deleted_id or (i and len(i) == 18 and i.isalpha()):
                return self.html_response(self.not_found())
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                dline(a.published, a.time_printed),
                f"โดย : {a.extra['login']}",
                f"หมวด : {a.extra['cat']}",
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "แสดงความคิดเห็น",
                "พิมพ์ข่าวนี้",
                "ส่งข่าวนี้ให้เพื่อน",
                "ข่าวอื่น ๆ",
                "กลับหน้าข่าว",
                COUNTER,
                MARQUEE,
                "Powered by Coranto",
                "200 ถนนพรหมประเสริฐ",
                "แสดงผลได้ดีที่ 800x600",
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสารประกอบ (PDF)")
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = CorantoSite()

if __name__ == "__main__":
    main(SITE)
