"""Blind-47 red-team site (part B): a provincial office's **news board on phpBB 2.0.x**
(subSilver style, the Thai language pack, PHP 4 + MySQL), 2007-2008, bytes windows-874,
built blind.

Many small Thai offices of the mid-2000s ran their "ข่าวประชาสัมพันธ์" as a phpBB 2 forum in
which only the PR staff may start topics; each topic is one news item, members may reply.

What it imitates:
- `/viewforum.php?f=3`, `&topicdays=0&start=10`, `&start=20` (phpBB 2's offset pager
  "ไปที่หน้า <b>1</b>, 2, 3  ถัดไป", "หน้า 1 จาก 3"); topics at `/viewtopic.php?t=N` (the board sits at the root of its own host name);
- **bytes windows-874, `Content-Type: text/html` without a charset, the language pack's
  `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">`** (characters
  outside windows-874 stored as numeric references, as phpBB 2 did);
- subSilver tables: `table.forumline`, `th.thLeft` / `th.thRight`, `td.row1` / `td.row2`,
  `span.nav` ("สารบัญเว็บบอร์ด -> ข่าวประชาสัมพันธ์"), **`a.maintitle` = headline**,
  `<title>` "site :: ดูหัวข้อ - headline";
- the first post is the news: the poster column (login, rank "ผู้ดูแลบอร์ด", **"เข้าร่วม:
  มิ.ย. 12, 2006"**, "โพสต์: 412", "ที่อยู่: …"), `span.postdetails` **"โพสต์เมื่อ: จ. มี.ค.
  05, 2007 2:20 pm"** (the board's default `D M d, Y g:i a` with the Thai pack's day and month
  abbreviations: **month before day, CE year, 12-hour clock**) and "หัวข้อ: <headline>";
  `span.postbody` with **`<br />`-only text** (nl2br), a BBCode `[img]` on some, **the source
  as the last line in BBCode bold (`<span style="font-weight: bold">`)**: "ข่าว/ภาพ : office" or
  the office alone (some); the poster's **signature** under "_________________"; for edited
  posts only, **"แก้ไขล่าสุดโดย pr_admin เมื่อ อ. มี.ค. 06, 2007 9:15 am, ทั้งหมด 1 ครั้ง"**;
  buttons "ตอบโดยอ้างข้อความ", "ดูข้อมูลส่วนตัว", "ส่งข้อความส่วนตัว";
- **member replies** on some topics, in the same table, each with its own later "โพสต์เมื่อ:";
- "ดูหัวข้อก่อนหน้า :: ดูหัวข้อถัดไป" (`&view=previous` / `&view=next`, **200 twins** showing
  the neighbour at another URL, as phpBB 2 does) and the minipost links
  `viewtopic.php?p=N#N` (**200 twins** too); "เวลาที่แสดงทั้งหมดเป็นเวลาท้องถิ่น GMT + 7 ชั่วโมง",
  the jump box, the permission list "คุณ ไม่สามารถ ตั้งหัวข้อใหม่ในกระดานนี้ …", the header
  with "เข้าสู่ระบบ" / "ลงทะเบียน", "Powered by phpBB".
The listing's "อ่าน" column is the only per-topic counter (not on the topic page).
Deleted: a "ย้ายแล้ว:" shadow topic on page 2 whose target topic was deleted: 200 with
phpBB's message box "หัวข้อหรือข้อความที่คุณต้องการไม่มีอยู่จริง".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "ศูนย์ข่าวสำนักงานเกษตรจังหวัดพิษณุโลก"
SLOGAN = "ข่าวสารเพื่อพี่น้องเกษตรกร"
FORUM = ""
PER = 10
DAYS = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]
SOURCES = [
    ("ข่าว/ภาพ : ", "กลุ่มส่งเสริมและพัฒนาการผลิต สำนักงานเกษตรจังหวัดพิษณุโลก"),
    None,
    ("", "สำนักงานเกษตรอำเภอวังทอง"),
    ("ข่าว/ภาพ : ", "ศูนย์บริหารศัตรูพืชจังหวัดพิษณุโลก"),
    None,
    None,
    ("", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดพิษณุโลก"),
]
SIGNATURE = "ยิ้มแย้ม แจ่มใส บริการด้วยใจ -- www.phitsanulok.doae.go.th"
REPLIES = [
    ("somchai_k", "ขอบคุณสำหรับข่าวครับ จะบอกต่อเพื่อนบ้านในหมู่บ้านครับ"),
    ("nong_kaset", "อยากทราบว่าต้องไปติดต่อที่สำนักงานเกษตรอำเภอหรือที่จังหวัดคะ"),
    ("pr_admin", "ติดต่อได้ที่สำนักงานเกษตรอำเภอทุกแห่งครับ ในวันและเวลาราชการ"),
]
TZ_NOTE = "เวลาที่แสดงทั้งหมดเป็นเวลาท้องถิ่น GMT + 7 ชั่วโมง"
CANNOT = "คุณ ไม่สามารถ ตั้งหัวข้อใหม่ในกระดานนี้"
NOT_EXIST = "หัวข้อหรือข้อความที่คุณต้องการไม่มีอยู่จริง"
DELETED_T = 118
NOW = dt.datetime(2008, 2, 14, 10, 2, tzinfo=TZ)


def pbdate(d: dt.datetime) -> str:
    """phpBB 2 'D M d, Y g:i a' under the Thai pack: 'จ. มี.ค. 05, 2007 2:20 pm'."""
    h = d.hour % 12 or 12
    ampm = "am" if d.hour < 12 else "pm"
    return f"{DAYS[d.weekday()]} {MONTHS_ABBR[d.month - 1]} {d.day:02d}, {d.year} {h}:{d.minute:02d} {ampm}"


def cp874_safe(s: str) -> str:
    """Drop the few characters windows-874 cannot hold (zero-width spaces and the like)."""
    return s.encode("cp874", "ignore").decode("cp874")


class PhpBB2Site(BaseSite):
    key = "b47_phpbb2_tis620"
    family = "generic"
    charset = "cp874"
    imitates = "phpBB 2.0.x (subSilver, Thai language pack, PHP 4 + MySQL) used as a provincial agriculture office's news board, 2007-2008: windows-874 bytes under a bare text/html header with a tis-620 meta; /forum/viewforum.php?f=3&topicdays=0&start=N pager; topics viewtopic.php?t=N with <title> 'site :: ดูหัวข้อ - headline' and a.maintitle; first post = the news: poster column with rank, join date and post count, 'โพสต์เมื่อ: จ. มี.ค. 05, 2007 2:20 pm' (month first, CE, 12-hour clock), <br />-only postbody with the source as the last bold line (ข่าว/ภาพ : office, or the office alone), [img] on some, signature, 'แก้ไขล่าสุดโดย … เมื่อ …' for edited posts only; member replies with later dates; view=previous/next and p=N#N twins answering 200; TZ note, jump box, permission list, Powered by phpBB; views only in the listing column; deleted = moved-shadow topic whose target is gone (200 message box)"
    listing_path = f"{FORUM}/viewforum.php?f=3"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2008, 2, 12, 16, 0, tzinfo=TZ), offset=463
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            # the corpus speaks of later years; the board's dates are its own (2007-2008)
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            a.id = 141 - i if 141 - i != DELETED_T else 97
            a.extra["post"] = 400 + a.id * 3
            a.path = f"{FORUM}/viewtopic.php?t={a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = []
            a.extra["listviews"] = 35 + (i * 173) % 1900
            a.views = None
            a.time_printed = True
            a.extra["image"] = i % 5 == 1
            a.extra["replies"] = REPLIES[: (i % 4)] if i % 4 != 3 else REPLIES[:1]
        self.articles = arts
        self.by_t = {a.id: a for a in arts}
        self.by_p = {a.extra["post"]: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return self.listing_path + (f"&topicdays=0&start={k * PER}" if k else "")

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"{FORUM}/viewtopic.php?t={DELETED_T}"]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def shell(self, title, body):
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta http-equiv="Content-Style-Type" content="text/css">
<link rel="top" href="./index.php" title="{SITE_NAME} สารบัญเว็บบอร์ด" />
<link rel="search" href="./search.php" title="ค้นหา" />
<link rel="help" href="./faq.php" title="คำถามที่พบบ่อย" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="templates/subSilver/subSilver.css" type="text/css">
</head>
<body bgcolor="#E5E5E5" text="#000000" link="#006699" vlink="#5493B4">
<a name="top"></a>
<table width="100%" cellspacing="0" cellpadding="10" border="0" align="center">
<tr><td class="bodyline"><table width="100%" cellspacing="0" cellpadding="0" border="0">
<tr><td><a href="index.php"><img src="templates/subSilver/images/logo_phpBB.gif" border="0" alt="{SITE_NAME} สารบัญเว็บบอร์ด" vspace="1" /></a></td>
<td align="center" width="100%" valign="middle"><span class="maintitle">{SITE_NAME}</span><br /><span class="gen">{SLOGAN}<br />&nbsp; </span>
<table cellspacing="0" cellpadding="2" border="0"><tr><td align="center" valign="top" nowrap="nowrap"><span class="mainmenu">&nbsp;<a href="faq.php" class="mainmenu"><img src="templates/subSilver/images/icon_mini_faq.gif" width="12" height="13" border="0" alt="คำถามที่พบบ่อย" hspace="3" />คำถามที่พบบ่อย</a>&nbsp; &nbsp;<a href="search.php" class="mainmenu">ค้นหา</a>&nbsp; &nbsp;<a href="memberlist.php" class="mainmenu">รายชื่อสมาชิก</a>&nbsp; &nbsp;<a href="groupcp.php" class="mainmenu">กลุ่มผู้ใช้</a>&nbsp; &nbsp;<a href="profile.php?mode=register" class="mainmenu">ลงทะเบียน</a>&nbsp;</span></td></tr>
<tr><td height="25" align="center" valign="top" nowrap="nowrap"><span class="mainmenu">&nbsp;<a href="profile.php?mode=editprofile" class="mainmenu">ข้อมูลส่วนตัว</a>&nbsp; &nbsp;<a href="privmsg.php?folder=inbox" class="mainmenu">เข้าสู่ระบบเพื่อตรวจสอบข้อความส่วนตัว</a>&nbsp; &nbsp;<a href="login.php" class="mainmenu">เข้าสู่ระบบ</a>&nbsp;</span></td></tr></table></td></tr>
</table>
<br />
{body}
<div align="center"><span class="copyright"><br /><br />
Powered by <a href="http://www.phpbb.com/" target="_phpbb" class="copyright">phpBB</a> &copy; 2001, 2005 phpBB Group<br />Thai language by phpBBThailand.com<br />{SITE_NAME} 63 ถนนวังจันทน์ ตำบลในเมือง อำเภอเมืองพิษณุโลก 65000</span></div>
</td></tr></table>
</body>
</html>"""

    def listing(self, k):
        rows = []
        page = list(self.pages[k])
        entries = [("t", a) for a in page]
        if k == 1:
            entries.insert(5, ("shadow", None))
        for kind, a in entries:
            if kind == "shadow":
                rows.append(f"""<tr><td class="row1" align="center" valign="middle" width="20"><img src="templates/subSilver/images/folder.gif" width="19" height="18" alt="ไม่มีข้อความใหม่" title="ไม่มีข้อความใหม่" /></td>
<td class="row1" width="100%"><span class="topictitle"><b>ย้ายแล้ว:</b> <a href="viewtopic.php?t={DELETED_T}" class="topictitle">รับสมัครเกษตรกรเข้าร่วมอบรมหลักสูตรเกษตรทฤษฎีใหม่ (ย้ายไปห้องประกาศ)</a></span><span class="gensmall"><br /></span></td>
<td class="row2" align="center" valign="middle"><span class="postdetails">-</span></td><td class="row3" align="center" valign="middle"><span class="name"><a href="profile.php?mode=viewprofile&amp;u=2">pr_admin</a></span></td><td class="row2" align="center" valign="middle"><span class="postdetails">-</span></td><td class="row3Right" align="center" valign="middle" nowrap="nowrap"><span class="postdetails">-</span></td></tr>""")
                continue
            reps = a.extra["replies"]
            last = a.published + dt.timedelta(hours=3 * len(reps))
            who = reps[-1][0] if reps else "pr_admin"
            rows.append(f"""<tr><td class="row1" align="center" valign="middle" width="20"><img src="templates/subSilver/images/folder.gif" width="19" height="18" alt="ไม่มีข้อความใหม่" title="ไม่มีข้อความใหม่" /></td>
<td class="row1" width="100%"><span class="topictitle"><a href="viewtopic.php?t={a.id}" class="topictitle">{esc(a.title)}</a></span><span class="gensmall"><br /></span></td>
<td class="row2" align="center" valign="middle"><span class="postdetails">{len(reps)}</span></td>
<td class="row3" align="center" valign="middle"><span class="name"><a href="profile.php?mode=viewprofile&amp;u=2">pr_admin</a></span></td>
<td class="row2" align="center" valign="middle"><span class="postdetails">{a.extra["listviews"]}</span></td>
<td class="row3Right" align="center" valign="middle" nowrap="nowrap"><span class="postdetails">{pbdate(last)}<br /><a href="profile.php?mode=viewprofile&amp;u=7">{who}</a> <a href="viewtopic.php?p={a.extra["post"] + 3 * len(reps)}#{a.extra["post"] + 3 * len(reps)}"><img src="templates/subSilver/images/icon_latest_reply.gif" alt="ดูข้อความล่าสุด" title="ดูข้อความล่าสุด" border="0" /></a></span></td></tr>""")
        n = len(self.pages)
        nums = []
        for m in range(n):
            nums.append(
                f"<b>{m + 1}</b>"
                if m == k
                else f'<a href="{esc(self.page_url(m)[len(FORUM) + 1 :])}">{m + 1}</a>'
            )
        pager = "ไปที่หน้า "
        if k:
            pager += (
                f'<a href="{esc(self.page_url(k - 1)[len(FORUM) + 1 :])}">ก่อนหน้า</a>&nbsp;&nbsp;'
            )
        pager += ", ".join(nums)
        if k < n - 1:
            pager += f'&nbsp;&nbsp;<a href="{esc(self.page_url(k + 1)[len(FORUM) + 1 :])}">ถัดไป</a>'
        body = f"""<form method="post" action="viewforum.php?f=3&amp;start={k * PER}">
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr>
<td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewforum.php?f=3">ข่าวประชาสัมพันธ์</a><br /><span class="gensmall"><b>ผู้ดูแล: <a href="profile.php?mode=viewprofile&amp;u=2">pr_admin</a><br /><br />ผู้ใช้ที่กำลังดูกระดานนี้: ไม่มี</b></span></td>
<td align="right" valign="bottom" nowrap="nowrap"><span class="gensmall"><b>{pager}</b></span></td></tr>
<tr><td align="left" valign="middle" width="50"><a href="posting.php?mode=newtopic&amp;f=3"><img src="templates/subSilver/images/lang_thai/post.gif" border="0" alt="ตั้งหัวข้อใหม่" /></a></td>
<td align="left" valign="middle" class="nav" width="100%"><span class="nav">&nbsp;&nbsp;&nbsp;<a href="index.php" class="nav">{SITE_NAME} สารบัญเว็บบอร์ด</a> -&gt; <a class="nav" href="viewforum.php?f=3">ข่าวประชาสัมพันธ์</a></span></td></tr></table>
<table border="0" cellpadding="4" cellspacing="1" width="100%" class="forumline">
<tr><th colspan="2" align="center" height="25" class="thCornerL" nowrap="nowrap">&nbsp;หัวข้อ&nbsp;</th><th width="50" align="center" class="thTop" nowrap="nowrap">&nbsp;ตอบ&nbsp;</th><th width="100" align="center" class="thTop" nowrap="nowrap">&nbsp;ผู้ตั้ง&nbsp;</th><th width="50" align="center" class="thTop" nowrap="nowrap">&nbsp;อ่าน&nbsp;</th><th align="center" class="thCornerR" nowrap="nowrap">&nbsp;ข้อความล่าสุด&nbsp;</th></tr>
{"".join(rows)}
</table>
<table width="100%" cellspacing="2" border="0" align="center" cellpadding="2"><tr><td align="left" valign="middle"><span class="gensmall">{TZ_NOTE}</span></td><td align="right" valign="middle" nowrap="nowrap"><span class="nav">{pager}</span></td></tr>
<tr><td align="left" colspan="3"><span class="nav">หน้า <b>{k + 1}</b> จาก <b>{n}</b></span></td></tr></table>
</form>"""
        return self.shell(f"{SITE_NAME} :: ดูกระดาน - ข่าวประชาสัมพันธ์", body)

    def post_row(self, pid, user, rank, joined, nposts, when, subject, text, sig=True, edited=None):
        edit = ""
        if edited:
            edit = f'<br /><br /><span class="gensmall">แก้ไขล่าสุดโดย {user} เมื่อ {pbdate(edited)}, ทั้งหมด 1 ครั้ง</span>'
        signature = f"<br />_________________<br />{SIGNATURE}" if sig else ""
        return f"""<tr>
<td width="150" align="left" valign="top" class="row1"><span class="name"><a name="{pid}"></a><b>{user}</b></span><br /><span class="postdetails">{rank}<br /><br /><br />เข้าร่วม: {joined}<br />โพสต์: {nposts}<br />ที่อยู่: พิษณุโลก</span><br /></td>
<td class="row1" width="100%" height="28" valign="top"><table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td width="100%"><a href="viewtopic.php?p={pid}#{pid}"><img src="templates/subSilver/images/icon_minipost.gif" width="12" height="9" alt="ข้อความ" title="ข้อความ" border="0" /></a><span class="postdetails">โพสต์เมื่อ: {pbdate(when)}<span class="gen">&nbsp;</span>&nbsp; &nbsp;หัวข้อ: {subject}</span></td>
<td valign="top" nowrap="nowrap"><a href="posting.php?mode=quote&amp;p={pid}"><img src="templates/subSilver/images/lang_thai/icon_quote.gif" alt="ตอบโดยอ้างข้อความ" title="ตอบโดยอ้างข้อความ" border="0" /></a></td></tr>
<tr><td colspan="2"><hr /></td></tr>
<tr><td colspan="2"><span class="postbody">{text}{signature}</span><span class="gensmall">{edit}</span></td></tr>
</table></td></tr>
<tr><td class="row1" width="150" align="left" valign="middle"><span class="nav"><a href="#top" class="nav">กลับไปข้างบน</a></span></td>
<td class="row1" width="100%" height="28" valign="bottom" nowrap="nowrap"><a href="profile.php?mode=viewprofile&amp;u=2"><img src="templates/subSilver/images/lang_thai/icon_profile.gif" alt="ดูข้อมูลส่วนตัว" title="ดูข้อมูลส่วนตัว" border="0" /></a> <a href="privmsg.php?mode=post&amp;u=2"><img src="templates/subSilver/images/lang_thai/icon_pm.gif" alt="ส่งข้อความส่วนตัว" title="ส่งข้อความส่วนตัว" border="0" /></a></td></tr>
<tr><td class="spaceRow" colspan="2" height="1"><img src="templates/subSilver/images/spacer.gif" alt="" width="1" height="1" /></td></tr>"""

    def article(self, a):
        lines = list(esc(p) for p in a.paras)
        if a.extra["image"]:
            lines.insert(
                1,
                f'<img src="http://www.phitsanulok.doae.go.th/forum/files/news_{a.id}_1.jpg" border="0" />',
            )
        if a.source:
            lines.append(
                f'<span style="font-weight: bold">{esc(a.extra["label"] + a.source)}</span>'
            )
        text = "<br />\n<br />\n".join(lines)
        rows = [
            self.post_row(
                a.extra["post"],
                "pr_admin",
                "ผู้ดูแลบอร์ด",
                "มิ.ย. 12, 2006",
                412,
                a.published,
                esc(a.title),
                text,
                edited=a.modified,
            )
        ]
        for j, (user, msg) in enumerate(a.extra["replies"]):
            when = a.published + dt.timedelta(hours=3 * (j + 1), minutes=7)
            rows.append(
                self.post_row(
                    a.extra["post"] + 3 * (j + 1),
                    user,
                    "ผู้ดูแลบอร์ด" if user == "pr_admin" else "สมาชิกทั่วไป",
                    "มิ.ย. 12, 2006" if user == "pr_admin" else "ม.ค. 08, 2007",
                    412 if user == "pr_admin" else 17 + j,
                    when,
                    "",
                    esc(msg),
                    sig=user == "pr_admin",
                )
            )
        nav = f'<span class="nav"><a href="index.php" class="nav">{SITE_NAME} สารบัญเว็บบอร์ด</a> -&gt; <a href="viewforum.php?f=3" class="nav">ข่าวประชาสัมพันธ์</a></span>'
        body = f"""<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" colspan="2"><a class="maintitle" href="viewtopic.php?t={a.id}">{esc(a.title)}</a><br /><span class="gensmall"><b></b><br />&nbsp; </span></td></tr></table>
<table width="100%" cellspacing="2" cellpadding="2" border="0"><tr><td align="left" valign="bottom" nowrap="nowrap"><span class="nav"><a href="posting.php?mode=newtopic&amp;f=3"><img src="templates/subSilver/images/lang_thai/post.gif" border="0" alt="ตั้งหัวข้อใหม่" align="middle" /></a>&nbsp;&nbsp;&nbsp;<a href="posting.php?mode=reply&amp;t={a.id}"><img src="templates/subSilver/images/lang_thai/reply.gif" border="0" alt="ตอบกลับ" align="middle" /></a></span></td>
<td align="left" valign="middle" width="100%">&nbsp;&nbsp;&nbsp;{nav}</td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="3" border="0">
<tr align="right"><td class="catHead" colspan="2" height="28"><span class="nav"><a href="viewtopic.php?t={a.id}&amp;view=previous" class="nav">ดูหัวข้อก่อนหน้า</a> :: <a href="viewtopic.php?t={a.id}&amp;view=next" class="nav">ดูหัวข้อถัดไป</a> &nbsp;</span></td></tr>
<tr><th class="thLeft" width="150" height="26" nowrap="nowrap">ผู้ตั้ง</th><th class="thRight" nowrap="nowrap">ข้อความ</th></tr>
{"".join(rows)}
<tr align="center"><td class="catBottom" colspan="2" height="28"><table cellspacing="0" cellpadding="0" border="0"><tr><td align="center"><span class="gensmall">แสดงข้อความจาก:&nbsp;<select name="postdays"><option value="0" selected="selected">ข้อความทั้งหมด</option><option value="7">1 สัปดาห์</option></select>&nbsp;<select name="postorder"><option value="asc" selected="selected">เก่าสุดก่อน</option><option value="desc">ใหม่สุดก่อน</option></select>&nbsp;<input type="submit" value="ไป" class="liteoption" name="submit" /></span></td></tr></table></td></tr>
</table>
<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" valign="middle" nowrap="nowrap"><span class="nav"><a href="posting.php?mode=reply&amp;t={a.id}"><img src="templates/subSilver/images/lang_thai/reply.gif" border="0" alt="ตอบกลับ" align="middle" /></a></span></td>
<td align="left" valign="middle" width="100%">&nbsp;&nbsp;&nbsp;{nav}</td><td align="right" valign="top" nowrap="nowrap"><span class="gensmall">{TZ_NOTE}</span><br /></td></tr>
<tr><td align="left" colspan="3"><span class="nav">หน้า <b>1</b> จาก <b>1</b></span></td></tr></table>
<table width="100%" cellspacing="2" border="0" align="center"><tr><td width="40%" valign="top" nowrap="nowrap" align="left"><span class="gensmall"></span><br />&nbsp;<br /></td>
<td align="right" valign="top" nowrap="nowrap"><form method="get" name="jumpbox" action="viewforum.php"><table cellspacing="0" cellpadding="0" border="0"><tr><td nowrap="nowrap"><span class="gensmall">ไปที่:&nbsp;<select name="f"><option value="-1">เลือกกระดาน</option><option value="-1">&nbsp;</option><option value="3" selected="selected">ข่าวประชาสัมพันธ์</option><option value="4">ถาม-ตอบ ปัญหาการเกษตร</option></select><input type="submit" value="ไป" class="liteoption" /></span></td></tr></table></form>
<span class="gensmall">{CANNOT}<br />คุณ ไม่สามารถ ตอบหัวข้อในกระดานนี้<br />คุณ ไม่สามารถ แก้ไขข้อความของคุณในกระดานนี้<br />คุณ ไม่สามารถ ลบข้อความของคุณในกระดานนี้<br />คุณ ไม่สามารถ ลงคะแนนในแบบสำรวจในกระดานนี้<br /></span></td></tr></table>"""
        return self.shell(f"{SITE_NAME} :: ดูหัวข้อ - {a.title}", body)

    def message(self):
        body = f"""<table width="100%" cellspacing="2" cellpadding="2" border="0" align="center"><tr><td align="left" class="nav"><a href="index.php" class="nav">{SITE_NAME} สารบัญเว็บบอร์ด</a></td></tr></table>
<table class="forumline" width="100%" cellspacing="1" cellpadding="4" border="0"><tr><th class="thHead" height="25" valign="middle"><span class="tableTitle">ข้อความ</span></th></tr>
<tr><td class="row1" align="center"><table width="100%" cellspacing="0" cellpadding="1" border="0"><tr><td>&nbsp;</td></tr><tr><td align="center"><span class="gen">{NOT_EXIST}</span></td></tr><tr><td>&nbsp;</td></tr></table></td></tr></table>
<br clear="all" />"""
        return self.shell(f"{SITE_NAME} :: ข้อความ", body)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        if path == f"{FORUM}/viewforum.php":
            if qs1(query, "f") != "3":
                return None
            start = qs1(query, "start", "0") or "0"
            if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(start) // PER))
        if path == f"{FORUM}/viewtopic.php":
            t, p = qs1(query, "t"), qs1(query, "p")
            if t.isdigit():
                t = int(t)
                if t == DELETED_T:
                    return self.html_response(self.message())
                a = self.by_t.get(t)
                if not a:
                    return self.html_response(self.message())
                view = qs1(query, "view")
                if view in ("previous", "next"):
                    i = self.articles.index(a) + (1 if view == "previous" else -1)
                    if 0 <= i < len(self.articles):
                        a = self.articles[i]
                return self.html_response(self.article(a))
            if p.isdigit():
                pid = int(p)
                for a in self.articles:
                    if a.extra["post"] <= pid <= a.extra["post"] + 3 * len(a.extra["replies"]):
                        return self.html_response(self.article(a))
                return self.html_response(self.message())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                SIGNATURE,
                "_________________",
                TZ_NOTE,
                CANNOT,
                "ตอบโดยอ้างข้อความ",
                "ดูหัวข้อก่อนหน้า",
                "เข้าร่วม: มิ.ย. 12, 2006",
                "โพสต์: 412",
                f"โพสต์เมื่อ: {pbdate(a.published)}",
                "ผู้ดูแลบอร์ด",
                "Powered by phpBB",
                "เลือกกระดาน",
                SLOGAN,
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุดโดย pr_admin เมื่อ {pbdate(a.modified)}")
            must_not += [msg for _, msg in a.extra["replies"]]
            out.append(
                expected_record(a, published_time=True, views=False, tags=False, must_not=must_not)
            )
        return out


SITE = PhpBB2Site()

if __name__ == "__main__":
    main(SITE)
