"""Blind-31 red-team site (part B): **PostNuke 0.76 "Phoenix"** (the pre-Zikula fork of PHP-Nuke)
with a home-made table theme and the Thai language files, run by a provincial public health
office (สำนักงานสาธารณสุขจังหวัดชัยนาท), served in **windows-874 bytes** under a bare
`text/html` header while the theme's meta says `charset=tis-620` (the Thai language file's
_CHARSET): typographic quotes and dashes of the texts are windows-874 bytes 0x91-0x97 that
strict TIS-620 does not define. Built blind.

What it imitates:
- PostNuke fingerprints: `meta name="Generator" content="PostNuke 0.764 - http://postnuke.com"`,
  `themes/<name>/style/styleNN.css`, `modules.php?op=modload&name=News&file=article&sid=N&mode=
  thread&order=0&thold=0` story URLs, `backend.php` RSS, `user.php` login, the `pn-title` /
  `pn-normal` / `pn-sub` / `pn-logo` CSS classes;
- the page title is the site name and slogan only, there is **no h1**: the headline is a bold
  `span.pn-title` in the story table (and again, as the "most read story" link, in the Related
  Links box of the busiest topic);
- story page: "ส่งโดย <login> เมื่อ วันอังคารที่ 05 มีนาคม 2567 @ 14:20:00 ICT (อ่าน ๑,๒๓๔ ครั้ง)" - the
  Thai date string of the language file (BE year) and **the read counter in Thai digits**;
  hometext and bodytext as `<br /><br />`-separated text; a typed "ข่าว/ภาพ: ..." line or the
  office alone as a sign-off (some); a topic image (every story) and an inline photo (some);
  the "ลิงก์ที่เกี่ยวข้อง" box (topic, "ข่าวโดย", most-read story), the rating box, "ตัวเลือก"
  print / send-to-friend links, and the comment header with the "anonymous may not post"
  notice;
- left blocks: main menu, login, Who's online, a site-wide hit counter; right block: "ข่าวเก่า"
  (past articles) with titles; footer with the `backend.php` feed line.
- listing: the News module index of a topic with `startnum` (**1-based item offset**:
  1, 11, 21), the stories in "index" layout with "อ่านต่อ... (N ไบต์เพิ่มเติม) | ความคิดเห็น? | คะแนน: 0".
Deleted: a story id that was deleted; the article module answers 200 with the empty themed page
and "ขออภัย ไม่พบบทความที่ท่านต้องการ".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
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
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขจังหวัดชัยนาท"
SHORT = "สสจ.ชัยนาท"
SLOGAN = "ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข"
TOPIC = 4
TOPIC_NAME = "ข่าวประชาสัมพันธ์"
PER_PAGE = 10
LOGINS = ["admin", "pr_cnt", "kanokwan"]
SOURCES = [
    ("ข่าว/ภาพ", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข"),
    None,
    ("alone", "งานประชาสัมพันธ์ สำนักงานสาธารณสุขจังหวัดชัยนาท"),
    None,
    ("ข่าว/ภาพ", "โรงพยาบาลส่งเสริมสุขภาพตำบลหาดท่าเสา"),
]
SITE_COUNTER = "มีผู้เข้าชมเว็บไซต์แล้ว 2,915,402 ครั้ง"
DELETED_SID = 1187


def story_url(sid: int) -> str:
    return f"/modules.php?op=modload&name=News&file=article&sid={sid}&mode=thread&order=0&thold=0"


def pn_date(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day:02d} {MONTHS[d.month - 1]} {be(d)} @ {d:%H:%M:%S} ICT"


def reads(n: int) -> str:
    return f"(อ่าน {thai_digits(f'{n:,}')} ครั้ง)"


class PostNukeSite(BaseSite):
    key = "b31_postnuke076_874"
    family = "generic"
    imitates = (
        "PostNuke 0.76 News module, table theme, Thai language files: provincial health office, "
        "windows-874 bytes under a bare text/html header and a tis-620 meta, no h1 and a "
        "site-name-only <title>, Thai-digit read counter, 1-based startnum pagination"
    )
    listing_path = f"/modules.php?op=modload&name=News&file=index&catid=&topic={TOPIC}"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2008, 9, 30, 17, 0, tzinfo=TZ), offset=17
        )
        drop_corpus_signoffs(arts)
        for i, a in enumerate(arts):
            a.id = 1230 - i * 3 - (i % 2)
            a.path = story_url(a.id)
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["srcform"] = src[0] if src else None
            a.tags = []
            a.modified = None
            a.views = 30 + (a.id * 53) % 6400
            a.extra["login"] = LOGINS[i % 3]
            a.extra["photo"] = i % 5 == 2
            a.extra["split"] = 2 if len(a.paras) > 3 else 1
        self.articles = arts
        self.by_sid = {a.id: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)
        self.most_read = max(arts, key=lambda a: a.views)

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&startnum={k * PER_PAGE + 1}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [story_url(DELETED_SID)]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ shell

    def shell(self, center):
        past = "".join(
            f'<font class="pn-normal"><strong><big>&middot;</big></strong>&nbsp;<a class="pn-normal" href="{a.path.replace("&", "&amp;")}">{esc(a.title)}</a> ({a.published.day}/{a.published.month}/{be(a.published)})</font><br />'
            for a in self.articles[:6]
        )
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{SHORT} :: {OFFICE}</title>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620">
<meta name="KEYWORDS" content="สาธารณสุข, ชัยนาท, สุขภาพ, โรงพยาบาล, อนามัย">
<meta name="DESCRIPTION" content="{SLOGAN}">
<meta name="ROBOTS" content="INDEX,FOLLOW">
<meta name="resource-type" content="document">
<meta http-equiv="expires" content="0">
<meta name="author" content="{OFFICE}">
<meta name="copyright" content="Copyright (c) 2008 by {OFFICE}">
<meta name="revisit-after" content="1 days">
<meta name="distribution" content="Global">
<meta name="Generator" content="PostNuke 0.764 - http://postnuke.com">
<meta name="rating" content="General">
<link rel="alternate" type="application/rss+xml" title="{SHORT}" href="backend.php">
<link rel="StyleSheet" href="themes/CntHealth/style/styleNN.css" type="text/css">
<style type="text/css">@import url("themes/CntHealth/style/style.css"); </style>
<script type="text/javascript" src="javascript/showimages.php"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" link="#006633" vlink="#006633" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3"><img src="themes/CntHealth/images/header.jpg" width="778" height="120" alt="{OFFICE}"></td></tr>
<tr><td colspan="3" bgcolor="#006633" height="22"><font class="pn-logo">&nbsp;<a href="index.php"><font color="#FFFFFF">หน้าแรก</font></a> | <a href="modules.php?op=modload&amp;name=Web_Links&amp;file=index"><font color="#FFFFFF">เว็บลิงก์</font></a> | <a href="modules.php?op=modload&amp;name=Downloads&amp;file=index"><font color="#FFFFFF">ดาวน์โหลด</font></a> | <a href="modules.php?op=modload&amp;name=FAQ&amp;file=index"><font color="#FFFFFF">ถาม-ตอบ</font></a></font></td></tr>
<tr valign="top">
<td width="170" bgcolor="#EEF5EE">
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>เมนูหลัก</b></font></td></tr><tr><td><font class="pn-normal"><strong><big>&middot;</big></strong>&nbsp;<a href="index.php">หน้าแรก</a><br /><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?op=modload&amp;name=News&amp;file=index&amp;catid=&amp;topic={TOPIC}">{TOPIC_NAME}</a><br /><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?op=modload&amp;name=Search&amp;file=index">ค้นหา</a><br /><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?op=modload&amp;name=Submit_News&amp;file=index">ส่งข่าว</a></font></td></tr></table><br />
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>เข้าสู่ระบบ</b></font></td></tr><tr><td><form action="user.php" method="post"><font class="pn-normal">ชื่อผู้ใช้<br /><input type="text" name="uname" size="14" maxlength="25"><br />รหัสผ่าน<br /><input type="password" name="pass" size="14" maxlength="20"><br /><input type="checkbox" value="1" name="rememberme"> จำฉันไว้<br /><input type="hidden" name="module" value="NS-User"><input type="hidden" name="op" value="login"><input type="submit" value="เข้าสู่ระบบ"></font></form><font class="pn-normal">ยังไม่มีบัญชีผู้ใช้? <a href="user.php">สมัครสมาชิก</a></font></td></tr></table><br />
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>ใครออนไลน์</b></font></td></tr><tr><td><font class="pn-normal">ขณะนี้มีผู้เยี่ยมชม 7 คน และสมาชิก 0 คน ออนไลน์อยู่<br /><br />ท่านเป็นผู้ใช้ที่ไม่ระบุชื่อ ท่านสามารถสมัครสมาชิกได้ฟรี <a href="user.php">ที่นี่</a></font></td></tr></table><br />
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>สถิติ</b></font></td></tr><tr><td align="center"><font class="pn-normal">{SITE_COUNTER}<br />ตั้งแต่ 1 ตุลาคม 2547</font></td></tr></table>
</td>
<td width="448">
{center}
</td>
<td width="160" bgcolor="#EEF5EE">
<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>ข่าวเก่า</b></font></td></tr><tr><td>{past}<br /><a href="modules.php?op=modload&amp;name=Search&amp;file=index"><b>ข่าวเก่าทั้งหมด</b></a></td></tr></table>
</td>
</tr>
<tr><td colspan="3" align="center" bgcolor="#006633"><font class="pn-sub" color="#FFFFFF">{OFFICE} 220 ถนนพหลโยธิน ตำบลบ้านกล้วย อำเภอเมือง จังหวัดชัยนาท 17000 โทร. 056-411-024<br />ข่าวของเว็บนี้สามารถรับได้ทาง <a href="backend.php"><font color="#FFFFFF">backend.php</font></a> &nbsp;|&nbsp; เว็บไซต์นี้ใช้ <a href="http://www.postnuke.com"><font color="#FFFFFF">PostNuke</font></a></font></td></tr>
</table>
</body>
</html>"""

    # ------------------------------------------------------------------ pieces

    def sub_line(self, a):
        return f'<font class="pn-sub">ส่งโดย <a class="pn-normal" href="user.php?op=userinfo&amp;uname={a.extra["login"]}">{a.extra["login"]}</a> เมื่อ {pn_date(a.published)} {reads(a.views)}</font>'

    def topic_img(self):
        return f'<a href="modules.php?op=modload&amp;name=News&amp;file=index&amp;catid=&amp;topic={TOPIC}"><img src="images/topics/pr.gif" border="0" alt="{TOPIC_NAME}" align="right" hspace="10" vspace="10"></a>'

    def hometext(self, a):
        return "<br />\n<br />\n".join(esc(p) for p in a.paras[: a.extra["split"]])

    def bodytext(self, a):
        parts = [esc(p) for p in a.paras[a.extra["split"] :]]
        if a.extra["srcform"] == "ข่าว/ภาพ":
            parts.append(f"ข่าว/ภาพ: {esc(a.source)}")
        elif a.extra["srcform"] == "alone":
            parts.append(f'<div align="right">{esc(a.source)}</div>')
        return "<br />\n<br />\n".join(parts)

    def index_story(self, a):
        more = len(self.bodytext(a).encode("cp874", "replace"))
        url = a.path.replace("&", "&amp;")
        return f"""<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#DDEEDD"><tr><td>
<span class="pn-title"><b>{esc(a.title)}</b></span><br />{self.sub_line(a)}</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td><font class="pn-normal">{self.topic_img()}{self.hometext(a)}</font></td></tr>
<tr><td align="right"><font class="pn-sub"><a class="pn-normal" href="{url}"><b>อ่านต่อ...</b></a> ({more} ไบต์เพิ่มเติม) | <a class="pn-normal" href="{url}">ความคิดเห็น?</a> | คะแนน: 0</font></td></tr></table><br />"""

    def listing(self, k):
        stories = [self.index_story(a) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][4]
            g = story_url(DELETED_SID).replace("&", "&amp;")
            stories.insert(
                5,
                f'<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#DDEEDD"><tr><td><span class="pn-title"><b>ขอเชิญร่วมรณรงค์ป้องกันโรคไข้เลือดออก ประจำปี 2551</b></span><br /><font class="pn-sub">ส่งโดย admin เมื่อ {pn_date(ghost.published + dt.timedelta(hours=2))} {reads(87)}</font></td></tr></table><table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td align="right"><font class="pn-sub"><a class="pn-normal" href="{g}"><b>อ่านต่อ...</b></a> | <a class="pn-normal" href="{g}">ความคิดเห็น?</a> | คะแนน: 0</font></td></tr></table><br />',
            )
        n = len(self.pages)
        lp = self.listing_path.replace("&", "&amp;")
        links = []
        for j in range(n):
            if j == k:
                links.append(f"<b>{j + 1}</b>")
            else:
                href = lp if j == 0 else f"{lp}&amp;startnum={j * PER_PAGE + 1}"
                links.append(f'<a href="{href}">{j + 1}</a>')
        pager = "[ หน้า: " + " | ".join(links) + " ]"
        if k > 0:
            href = lp if k == 1 else f"{lp}&amp;startnum={(k - 1) * PER_PAGE + 1}"
            pager = f'<a href="{href}">&lt;&lt; ก่อนหน้า</a> ' + pager
        if k < n - 1:
            pager += f' <a href="{lp}&amp;startnum={(k + 1) * PER_PAGE + 1}">ถัดไป &gt;&gt;</a>'
        center = (
            f'<table width="100%" border="0" cellpadding="3"><tr><td><font class="pn-title"><b>หัวข้อ: {TOPIC_NAME}</b></font></td></tr></table>'
            + "".join(stories)
            + f'<div align="center"><font class="pn-normal">{pager}</font></div>'
        )
        return self.shell(center)

    def related_box(self, a):
        return f"""<table border="0" width="150" cellpadding="2" cellspacing="0" align="right"><tr><td bgcolor="#99CC99"><font class="pn-title"><b>ลิงก์ที่เกี่ยวข้อง</b></font></td></tr><tr><td>
<font class="pn-normal"><strong><big>&middot;</big></strong>&nbsp;<a href="http://www.moph.go.th" target="_blank">กระทรวงสาธารณสุข</a><br />
<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?op=modload&amp;name=Search&amp;file=index&amp;action=search&amp;overview=1&amp;active_stories=1&amp;stories_topics[0]={TOPIC}">ข้อมูลเพิ่มเติมเกี่ยวกับ {TOPIC_NAME}</a><br />
<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?op=modload&amp;name=Search&amp;file=index&amp;action=search&amp;overview=1&amp;active_stories=1&amp;stories_author={a.extra["login"]}">ข่าวโดย {a.extra["login"]}</a><br />
</font><br /><center><font class="pn-normal"><b>ข่าวที่มีผู้อ่านมากที่สุดใน {TOPIC_NAME}:</b><br /><a href="{self.most_read.path.replace("&", "&amp;")}">{esc(self.most_read.title)}</a></font></center><br />
</td></tr>
<tr><td bgcolor="#99CC99"><font class="pn-title"><b>ให้คะแนนบทความ</b></font></td></tr><tr><td><font class="pn-normal">คะแนนเฉลี่ย: 0<br />คะแนนโหวต: 0</font><br /><form action="modules.php?op=modload&amp;name=News&amp;file=article" method="post"><input type="hidden" name="sid" value="{a.id}"><input type="hidden" name="op" value="rate_article"><font class="pn-normal">โปรดใช้เวลาสักครู่เพื่อให้คะแนนบทความนี้:<br /><input type="radio" name="score" value="5"> ยอดเยี่ยม<br /><input type="radio" name="score" value="4"> ดีมาก<br /><input type="radio" name="score" value="3"> ดี<br /><input type="radio" name="score" value="2"> พอใช้<br /><input type="radio" name="score" value="1"> แย่<br /><input type="submit" value="ให้คะแนน"></font></form></td></tr>
<tr><td bgcolor="#99CC99"><font class="pn-title"><b>ตัวเลือก</b></font></td></tr><tr><td><font class="pn-normal">&nbsp;<a href="print.php?sid={a.id}"><img src="images/global/print.gif" border="0" alt="หน้าสำหรับพิมพ์" width="15" height="11"></a>&nbsp;<a href="print.php?sid={a.id}">หน้าสำหรับพิมพ์</a><br />&nbsp;<a href="modules.php?op=modload&amp;name=Recommend_Us&amp;file=index&amp;req=FriendSend&amp;sid={a.id}"><img src="images/global/friend.gif" border="0" alt="ส่งบทความนี้ให้เพื่อน" width="15" height="11"></a>&nbsp;<a href="modules.php?op=modload&amp;name=Recommend_Us&amp;file=index&amp;req=FriendSend&amp;sid={a.id}">ส่งบทความนี้ให้เพื่อน</a></font></td></tr></table>"""

    def article(self, a):
        photo = ""
        if a.extra["photo"]:
            photo = f'<div align="center"><img src="images/news/cnt{a.id}.jpg" width="400" border="0" alt=""><br /><font class="pn-sub">ภาพกิจกรรม</font></div><br />'
        comments = """<a name="comments"></a>
<table width="99%" border="0" cellspacing="1" cellpadding="2"><tr><td bgcolor="#DDEEDD" align="center"><font class="pn-normal">ความคิดเห็น 0 รายการ | <a href="user.php">เข้าสู่ระบบ/สมัครสมาชิก</a></font></td></tr>
<tr><td align="center"><font class="pn-sub">ความคิดเห็นเป็นของผู้ส่ง เราไม่รับผิดชอบต่อเนื้อหาของความคิดเห็น</font></td></tr>
<tr><td align="center"><font class="pn-normal">ไม่อนุญาตให้ผู้ใช้ที่ไม่ระบุชื่อแสดงความคิดเห็น กรุณา <a href="user.php">สมัครสมาชิก</a></font></td></tr></table>"""
        center = f"""{self.related_box(a)}
<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#DDEEDD"><tr><td>
<span class="pn-title"><b>{esc(a.title)}</b></span><br />{self.sub_line(a)}</td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td><font class="pn-normal">{self.topic_img()}{self.hometext(a)}<br />
<br />
{photo}{self.bodytext(a)}</font></td></tr></table>
<br clear="all" />
{comments}"""
        return self.shell(center)

    def missing(self):
        center = """<table width="100%" border="0" cellspacing="0" cellpadding="4" bgcolor="#DDEEDD"><tr><td><span class="pn-title"><b></b></span><br /><font class="pn-sub">ส่งโดย  เมื่อ  </font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td align="center"><font class="pn-normal">ขออภัย ไม่พบบทความที่ท่านต้องการ<br /><br />[ <a href="javascript:history.go(-1)">ย้อนกลับ</a> ]</font></td></tr></table>"""
        return self.shell(center)

    def route(self, path, query, raw_query, base):
        if (
            path == "/modules.php"
            and qs1(query, "op") == "modload"
            and qs1(query, "name") == "News"
        ):
            f = qs1(query, "file")
            if f == "index" and qs1(query, "topic") == str(TOPIC):
                s = qs1(query, "startnum", "1")
                if (
                    not s.isdigit()
                    or (int(s) - 1) % PER_PAGE
                    or (int(s) - 1) // PER_PAGE >= len(self.pages)
                ):
                    return None
                return self.html_response(self.listing((int(s) - 1) // PER_PAGE))
            if f == "article":
                sid = qs1(query, "sid")
                if sid.isdigit() and int(sid) in self.by_sid:
                    return self.html_response(self.article(self.by_sid[int(sid)]))
                if sid == str(DELETED_SID):
                    return self.html_response(self.missing())
            return None
        if path == "/backend.php":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>http://www.cnt.moph.go.th{a.path.replace('&', '&amp;')}</link></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="TIS-620"?>\n<rss version="0.91"><channel><title>{SHORT}</title><link>http://www.cnt.moph.go.th</link><description>{SLOGAN}</description><language>th</language>{items}</channel></rss>'
            return 200, {"Content-Type": "text/xml"}, rss.encode("cp874", "xmlcharrefreplace")
        if path in ("/", "/index.php"):
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                reads(a.views),
                pn_date(a.published),
                f"ส่งโดย {a.extra['login']}",
                "ลิงก์ที่เกี่ยวข้อง",
                f"ข่าวโดย {a.extra['login']}",
                f"ข้อมูลเพิ่มเติมเกี่ยวกับ {TOPIC_NAME}",
                "ข่าวที่มีผู้อ่านมากที่สุดใน",
                "ให้คะแนนบทความ",
                "คะแนนเฉลี่ย",
                "หน้าสำหรับพิมพ์",
                "ส่งบทความนี้ให้เพื่อน",
                "ความคิดเห็นเป็นของผู้ส่ง",
                "ไม่อนุญาตให้ผู้ใช้ที่ไม่ระบุชื่อแสดงความคิดเห็น",
                "ขณะนี้มีผู้เยี่ยมชม",
                SITE_COUNTER,
                "ข่าวเก่าทั้งหมด",
                "ถนนพหลโยธิน ตำบลบ้านกล้วย",
                "backend.php",
                "เมนูหลัก",
                "จำฉันไว้",
            ]
            if a is not self.most_read:
                must_not.append(self.most_read.title)
            must_not += [x.title for x in self.articles[:6] if x is not a]
            if a.extra["photo"]:
                must_not.append("ภาพกิจกรรม")
            # the typed "ข่าว/ภาพ: ..." line and the office sign-off are in neither list
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = PostNukeSite()

if __name__ == "__main__":
    main(SITE)
