"""Blind-46 red-team site (part B): **Geeklog 1.3.11** (PHP 4 + MySQL weblog CMS of the
2000s) with a Thai TIS-620 language file and a table theme derived from the stock "Classic"
theme, run by a provincial industry office in 2008, built blind.

What it imitates:
- Geeklog URLs without url_rewrite: stories at `/article.php?story=<sid>` where the sid is
  Geeklog's **creation stamp** `YYYYMMDDhhmmss` + 3 digits (`20080305142011123`); the front
  page `/index.php`, `?page=2`, `?page=3` (COM_printPageNavigation: "หน้า: 1 2 3 ถัดไป
  ท้ายสุด"); printable story `/article.php?story=<sid>&mode=print` (served, a twin of the
  story) and e-mail story `/profiles.php?sid=<sid>&what=emailstory` (a form);
  `/backend/geeklog.rss`, `layout/<theme>/images/`, "Powered by Geeklog" footer;
- **charset trap**: the bytes are windows-874 (TIS-620 plus cp874 punctuation), the language
  file's `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">` says TIS-620,
  while Apache's `AddDefaultCharset` sends **`Content-Type: text/html; charset=ISO-8859-1`**;
- `<title>` = "site name - slogan" on **every** page; **no h1 / h2 anywhere**: the headline
  is bold text in `td.storytitle` of the story table;
- the story byline row prints the date as Geeklog's default `%A, %B %d %Y @ %I:%M %p %Z`
  under a Thai locale: **"พฤหัสบดี, มีนาคม 06 2008 @ 02:20 PM ICT"** — month before day,
  **CE year, 12-hour clock with AM/PM**; "ส่งโดย: <login>" and "ผู้อ่าน: 1,234" in the
  same row; the sid stamp in the URL is the moment the story was *first saved*, which on
  some stories is a day or two before the date printed (edited date on publish);
- the text: intro and body text in plain-text post mode (`<br><br>` between paragraphs, no
  `<p>`), a right-aligned "ข่าว :" / "ข่าว/ภาพ :" sign-off on some; an image on some;
- around it: print / e-mail icons in the story title row, "ความคิดเห็น (0)" comment bar with
  the stock disclaimer and "เข้าสู่ระบบ" prompt, right blocks "เรื่องที่เกี่ยวข้อง" (What's
  Related: "ข่าวเพิ่มเติมจาก <login>", "ข่าวเพิ่มเติมจาก <topic>") and "ตัวเลือกเรื่อง" (Story
  Options), left blocks user login, topics with counts, "ผู้ใช้ที่ออนไลน์", a poll; the
  header's welcome line with the visitor's current date in the same format; the Older Stories
  block "ข่าวที่ผ่านมา" grouping headlines under day headings.
Deleted: a story whose permissions deny anonymous users, linked from page 2 — 200 with the
"Access Denied" block ("ขออภัย คุณไม่มีสิทธิ์เข้าถึงเรื่องนี้") and a login form.
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "สำนักงานอุตสาหกรรมจังหวัดชัยภูมิ"
SLOGAN = "บริการดี มีคุณธรรม นำอุตสาหกรรมสู่ความยั่งยืน"
THEME = "/layout/classic_th"
PER = 8
USERS = ["somchai", "pr_chaiyaphum", "admin"]
SOURCES = [
    ("ข่าว", "กลุ่มส่งเสริมและพัฒนาอุตสาหกรรม สอจ.ชัยภูมิ"),
    None,
    None,
    ("ข่าว/ภาพ", "ฝ่ายบริหารงานทั่วไป สำนักงานอุตสาหกรรมจังหวัดชัยภูมิ"),
    None,
]
TOPIC = "ข่าวประชาสัมพันธ์"
DAYS_EN = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
MONTHS_TH = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
MON_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
NOW = dt.datetime(2008, 7, 1, 10, 41, tzinfo=TZ)
DELETED_SID = "20080521093012447"
DELETED_TITLE = "ผลการประชุมคณะทำงานภายใน (เฉพาะเจ้าหน้าที่)"
DENIED = "ขออภัย คุณไม่มีสิทธิ์เข้าถึงเรื่องนี้"
DISCLAIMER = "ความคิดเห็นต่อไปนี้เป็นของผู้ส่งแต่ละท่าน ทางเว็บไซต์ไม่รับผิดชอบต่อข้อความใดๆ"
COMMENT_LOGIN = "เฉพาะสมาชิกเท่านั้นที่สามารถแสดงความคิดเห็นได้ กรุณาเข้าสู่ระบบ"
POLL = "ท่านพึงพอใจต่อเว็บไซต์ของสำนักงานในระดับใด"
FOOTER = "ศาลากลางจังหวัดชัยภูมิ ชั้น 3 ถนนบรรณาการ อำเภอเมือง จังหวัดชัยภูมิ 36000"


def gl_date(d: dt.datetime) -> str:
    """Geeklog's '%A, %B %d %Y @ %I:%M %p %Z' under th_TH: 'พฤหัสบดี, มีนาคม 06 2008 @ 02:20 PM ICT'."""
    return (
        f"{DAYS_EN[d.weekday()]}, {MONTHS_TH[d.month - 1]} {d.day:02d} {d.year} "
        f"@ {d:%I:%M} {'AM' if d.hour < 12 else 'PM'} ICT"
    )


class GeeklogSite(BaseSite):
    key = "b46_geeklog_tis620"
    family = "generic"
    charset = "cp874"
    imitates = "Geeklog 1.3.11 (PHP 4 + MySQL) with a Thai TIS-620 language file and a Classic-derived table theme, provincial industry office 2008; article.php?story=<creation-stamp sid>, index.php?page=N; bytes windows-874, meta says tis-620, Apache header says charset=ISO-8859-1; <title> = site name + slogan everywhere, no h1/h2, headline in td.storytitle; byline date '%A, %B %d %Y @ %I:%M %p %Z' in Thai (month before day, CE, 12-hour AM/PM, ICT), sid stamp earlier than the printed date on some; ส่งโดย login, ผู้อ่าน: N; plain-text post mode <br><br>; ข่าว : / ข่าว/ภาพ : sign-off on some; print (&mode=print, served twin) and e-mail icons; comment bar with disclaimer and login prompt; What's Related / Story Options / older stories / topics / login / poll / who's online blocks; deleted = Access Denied block (200)"
    listing_path = "/index.php"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2008, 6, 30, 16, 0, tzinfo=TZ), offset=433
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            saved = a.published - (
                dt.timedelta(days=1 + i % 2, hours=3) if i % 4 == 3 else dt.timedelta(0)
            )
            a.extra["sid"] = f"{saved:%Y%m%d%H%M%S}{(i * 137 + 101) % 1000:03d}"
            a.path = f"/article.php?story={a.extra['sid']}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.extra["user"] = USERS[i % len(USERS)]
            a.extra["image"] = i % 5 == 2
            a.tags = []
            a.modified = None
            a.views = 9 + (i * 173) % 2900
        self.articles = arts
        self.by_sid = {a.extra["sid"]: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return "/index.php" + (f"?page={k + 1}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/article.php?story={DELETED_SID}"]

    def respond(self, text):
        return (
            200,
            {"Content-Type": "text/html; charset=ISO-8859-1", "X-Powered-By": "PHP/4.4.7"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def older(self):
        rows, day = [], None
        for a in self.articles[:10]:
            d = a.published.date()
            if d != day:
                if day is not None:
                    rows.append("</ul>")
                rows.append(
                    f"<b>{DAYS_EN[d.weekday()]} {d.day:02d}-{MON_ABBR[d.month - 1]}</b><ul>"
                )
                day = d
            rows.append(f'<li><a href="{esc(a.path)}">{esc(a.title)}</a> (0)</li>')
        rows.append("</ul>")
        return "".join(rows)

    def block(self, title, inner):
        return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="blockheader"><tr><td class="blocktitle" bgcolor="#336699"><font color="#FFFFFF"><b>{title}</b></font></td><td align="right" bgcolor="#336699"><a href="/help/blocks.html"><img src="{THEME}/images/button_help.gif" border="0" alt="?"></a></td></tr></table>
<table border="0" cellpadding="3" cellspacing="0" width="100%" class="blockcontent"><tr><td>{inner}</td></tr></table><br>"""

    def shell(self, center, right=""):
        left = self.block(
            "เข้าสู่ระบบ",
            """<form action="/users.php" method="post">ชื่อผู้ใช้:<br><input type="text" size="10" name="loginname" value=""><br>รหัสผ่าน:<br><input type="password" size="10" name="passwd"><br><input type="submit" value="เข้าสู่ระบบ"></form><a href="/users.php?mode=new">สมัครสมาชิก</a><br><a href="/users.php?mode=getpassword">ลืมรหัสผ่าน?</a>""",
        )
        left += self.block(
            "หัวข้อ",
            f'<a href="/index.php">หน้าแรก</a><br><b>{TOPIC}</b> ({len(self.articles)})<br><a href="/index.php?topic=procure">ประกาศจัดซื้อจัดจ้าง</a> (37)<br><a href="/index.php?topic=law">กฎหมายน่ารู้</a> (12)',
        )
        left += self.block("ผู้ใช้ที่ออนไลน์", "บุคคลทั่วไป: 4<br>สมาชิก: 0")
        left += self.block(
            "แบบสำรวจ",
            f'{POLL}<br><form action="/pollbooth.php" method="post"><input type="radio" name="aid" value="1">มากที่สุด<br><input type="radio" name="aid" value="2">มาก<br><input type="radio" name="aid" value="3">ปานกลาง<br><input type="submit" value="โหวต"></form><a href="/pollbooth.php?qid=satisfy&amp;aid=-1">ผลโหวต</a>',
        )
        right = right + self.block("ข่าวที่ผ่านมา", self.older())
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="GENERATOR" content="Geeklog 1.3.11">
<title>{SITE_NAME} - {SLOGAN}</title>
<link rel="stylesheet" type="text/css" href="{THEME}/style.css" title="Classic">
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="/backend/geeklog.rss">
<script type="text/javascript" src="/javascript/gl_common.js"></script>
</head>
<body bgcolor="#ffffff" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table border="0" width="100%" cellspacing="0" cellpadding="0" class="header"><tr>
<td width="200" bgcolor="#003366"><a href="/index.php"><img src="{THEME}/images/logo.gif" width="200" height="75" alt="{SITE_NAME}" border="0"></a></td>
<td bgcolor="#003366" valign="middle"><font color="#FFFFFF" size="4"><b>{SITE_NAME}</b></font><br><font color="#FFCC00" size="2">{SLOGAN}</font></td>
</tr><tr><td colspan="2" bgcolor="#6699CC" class="menu"><a href="/index.php">หน้าแรก</a> | <a href="/submit.php?type=story">ส่งข่าว</a> | <a href="/directory.php">คลังข่าว</a> | <a href="/search.php">ค้นหา</a> | <a href="/stats.php">สถิติ</a> | <a href="/calendar.php">ปฏิทิน</a> | <a href="/links.php">เว็บลิงก์</a></td></tr>
<tr><td colspan="2" bgcolor="#EEEEEE"><font size="1">ยินดีต้อนรับสู่ {SITE_NAME}, บุคคลทั่วไป &nbsp; {gl_date(NOW)}</font></td></tr></table>
<table border="0" width="100%" cellspacing="0" cellpadding="5"><tr>
<td valign="top" width="180" class="leftblocks">{left}</td>
<td valign="top" class="centerblocks">
{center}
</td>
<td valign="top" width="200" class="rightblocks">{right}</td>
</tr></table>
<table border="0" width="100%" cellspacing="0" cellpadding="3" class="footer"><tr><td bgcolor="#003366" align="center"><font color="#FFFFFF" size="1">{SITE_NAME}<br>{FOOTER}<br>โทร. 0-4481-1224<br>Copyright &copy; 2008 {SITE_NAME} | Powered by <a href="http://www.geeklog.net/"><font color="#FFCC00">Geeklog</font></a><br>สร้างหน้านี้ใน 0.27 วินาที</font></td></tr></table>
</body>
</html>"""

    def text(self, a, intro_only=False):
        paras = [esc(p) for p in a.paras]
        if intro_only:
            return paras[0]
        if a.extra["image"]:
            paras[0] = (
                f'<img src="/images/articles/{a.extra["sid"]}_1.jpg" width="300" height="225" align="right" alt="" hspace="5">'
                + paras[0]
            )
        out = "<br><br>".join(paras)
        if a.source:
            out += f'<br><br><div align="right">{a.extra["label"]} : {esc(a.source)}</div>'
        return out

    def story(self, a, full):
        sid = a.extra["sid"]
        icons = (
            f'<a href="/profiles.php?sid={sid}&amp;what=emailstory"><img src="{THEME}/images/mail.gif" alt="ส่งเรื่องนี้ให้เพื่อน" border="0" width="15" height="11"></a>&nbsp;'
            f'<a href="/article.php?story={sid}&amp;mode=print"><img src="{THEME}/images/print.gif" alt="รูปแบบพิมพ์ได้" border="0" width="15" height="11"></a>'
        )
        if full:
            body = self.text(a)
            foot = ""
        else:
            body = self.text(a, intro_only=True)
            foot = f'<tr><td class="storyfooter" bgcolor="#EEEEEE"><font size="1"><a href="{esc(a.path)}">อ่านต่อ...</a> ({sum(len(p.split()) for p in a.paras)} คำ) | <a href="{esc(a.path)}#comments">0 ความคิดเห็น</a></font></td></tr>'
        return f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="story"><tr><td>
<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td class="storytitle" bgcolor="#336699"><font color="#FFFFFF"><b>{esc(a.title)}</b></font></td><td align="right" bgcolor="#336699" nowrap>{icons}</td></tr></table>
<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td class="storybyline"><font size="1">{gl_date(a.published)}<br>ส่งโดย: <a href="/users.php?mode=profile&amp;uid={3 + USERS.index(a.extra["user"])}">{a.extra["user"]}</a><br>ผู้อ่าน: {a.views:,}</font></td></tr>
<tr><td class="storytext"><a href="/index.php?topic=pr"><img src="/images/topics/topic_pr.gif" align="right" alt="{TOPIC}" title="{TOPIC}" border="0"></a>{body}</td></tr>{foot}</table>
</td></tr></table><br>"""

    def listing(self, k):
        stories = [self.story(a, False) for a in self.pages[k]]
        if k == 1:
            stories.insert(
                2,
                f"""<table border="0" cellpadding="0" cellspacing="0" width="100%" class="story"><tr><td><table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td class="storytitle" bgcolor="#336699"><font color="#FFFFFF"><b>{esc(DELETED_TITLE)}</b></font></td></tr></table>
<table border="0" cellpadding="3" cellspacing="0" width="100%"><tr><td class="storytext">แจ้งเวียนผลการประชุม</td></tr><tr><td class="storyfooter" bgcolor="#EEEEEE"><font size="1"><a href="/article.php?story={DELETED_SID}">อ่านต่อ...</a></font></td></tr></table></td></tr></table><br>""",
            )
        n = len(self.pages)
        nav = []
        if k:
            nav.append(
                f'<a href="/index.php">แรกสุด</a> | <a href="{self.page_url(k - 1)}">ก่อนหน้า</a> | '
            )
        for m in range(n):
            nav.append(
                f"<b>{m + 1}</b> " if m == k else f'<a href="{self.page_url(m)}">{m + 1}</a> '
            )
        if k < n - 1:
            nav.append(
                f' | <a href="{self.page_url(k + 1)}">ถัดไป</a> | <a href="{self.page_url(n - 1)}">ท้ายสุด</a>'
            )
        center = "".join(stories) + f'<div align="center" class="pagenav">หน้า: {"".join(nav)}</div>'
        return self.shell(center)

    def article(self, a):
        sid = a.extra["sid"]
        user = a.extra["user"]
        related = self.block(
            "เรื่องที่เกี่ยวข้อง",
            f'<ul><li><a href="/search.php?mode=search&amp;type=stories&amp;author={3 + USERS.index(user)}">ข่าวเพิ่มเติมจาก {user}</a></li><li><a href="/search.php?mode=search&amp;type=stories&amp;topic=pr">ข่าวเพิ่มเติมจาก {TOPIC}</a></li></ul>',
        )
        options = self.block(
            "ตัวเลือกเรื่อง",
            f'<ul><li><a href="/profiles.php?sid={sid}&amp;what=emailstory">ส่งเรื่องนี้ให้เพื่อน</a></li><li><a href="/article.php?story={sid}&amp;mode=print">รูปแบบพิมพ์ได้</a></li></ul>',
        )
        comments = f"""<a name="comments"></a><table border="0" cellpadding="2" cellspacing="0" width="100%" class="commentbar"><tr><td bgcolor="#EEEEEE" align="center"><b>{esc(a.title)}</b> | <a href="/users.php">เข้าสู่ระบบ/สมัครสมาชิก</a> | 0 ความคิดเห็น</td></tr>
<tr><td bgcolor="#EEEEEE" align="center"><form action="/comment.php" method="post"><select name="mode"><option value="nested">ซ้อนกัน</option><option value="flat">เรียงตามลำดับ</option></select> <input type="submit" value="ปรับปรุง"></form></td></tr>
<tr><td align="center"><font size="1">{DISCLAIMER}</font></td></tr></table>
<p align="center">{COMMENT_LOGIN}</p>"""
        return self.shell(self.story(a, True) + comments, related + options)

    def printable(self, a):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=tis-620"><meta name="robots" content="noindex"><title>{SITE_NAME} - {esc(a.title)}</title></head>
<body><h1>{esc(a.title)}</h1><p>{gl_date(a.published)}<br>ส่งโดย: {a.extra["user"]}</p>
<p>{self.text(a)}</p>
<hr><p>ความคิดเห็น (0)</p><p>{SITE_NAME}<br>http://www.industry.go.th/chaiyaphum{esc(a.path)}</p></body></html>"""

    def denied(self):
        center = self.block(
            "ไม่อนุญาตให้เข้าถึง",
            f'{DENIED} <a href="/users.php">เข้าสู่ระบบ</a> เพื่อใช้งานในส่วนนี้<br><form action="/users.php" method="post">ชื่อผู้ใช้: <input type="text" name="loginname"> รหัสผ่าน: <input type="password" name="passwd"> <input type="submit" value="เข้าสู่ระบบ"></form>',
        )
        return self.shell(center)

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/index.php"}, b""
        if path == "/index.php":
            page = (query.get("page") or ["1"])[0] or "1"
            if query.get("topic") or not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            if int(page) == 1 and "page" in query:
                return None
            return self.respond(self.listing(int(page) - 1))
        if path == "/article.php":
            sid = (query.get("story") or [""])[0]
            if sid == DELETED_SID:
                return self.respond(self.denied())
            a = self.by_sid.get(sid)
            if not a:
                return None
            if (query.get("mode") or [""])[0] == "print":
                return self.respond(self.printable(a))
            return self.respond(self.article(a))
        if path == "/profiles.php" and (query.get("sid") or [""])[0] in self.by_sid:
            center = self.block(
                "ส่งเรื่องนี้ให้เพื่อน",
                '<form action="/profiles.php" method="post">ถึง (ชื่อ): <input type="text" name="to"><br>ถึง (อีเมล): <input type="text" name="toemail"><br>ข้อความ: <textarea name="shortmsg"></textarea><br><input type="submit" value="ส่งข้อความ"></form>',
            )
            return self.respond(self.shell(center))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้อ่าน: {a.views:,}",
                gl_date(a.published),
                f"ส่งโดย: {a.extra['user']}",
                gl_date(NOW),
                "ส่งเรื่องนี้ให้เพื่อน",
                "รูปแบบพิมพ์ได้",
                f"ข่าวเพิ่มเติมจาก {a.extra['user']}",
                f"ข่าวเพิ่มเติมจาก {TOPIC}",
                "0 ความคิดเห็น",
                DISCLAIMER,
                COMMENT_LOGIN,
                "เข้าสู่ระบบ/สมัครสมาชิก",
                POLL,
                "ผู้ใช้ที่ออนไลน์",
                "ข่าวที่ผ่านมา",
                "ลืมรหัสผ่าน?",
                SLOGAN,
                FOOTER,
                "Powered by",
                "สร้างหน้านี้ใน 0.27 วินาที",
            ]
            must_not += [x.title for x in self.articles[:10] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = GeeklogSite()

if __name__ == "__main__":
    main(SITE)
