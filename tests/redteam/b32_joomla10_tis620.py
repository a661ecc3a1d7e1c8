"""Blind-32 red-team site (part B): **Joomla! 1.0.15 (Thai edition, TIS-620)** with a home-made
table template, run by a district office (ที่ว่าการอำเภอบ้านโป่ง), built blind.

What it imitates:
- Joomla 1.0 fingerprints: `meta name="Generator" content="Joomla! - Copyright (C) 2005 - 2007
  Open Source Matters. All rights reserved."`, `/templates/<name>/css/template_css.css`,
  `/includes/js/joomla.javascript.js`, `/images/M_images/` icons, `index2.php` print / PDF /
  e-mail links, non-SEF `index.php?option=com_content&task=view&id=N&Itemid=M`, `/index.php?
  option=com_rss&feed=RSS2.0&no_html=1`;
- **windows-874 bytes under a bare `text/html` header** with the Thai edition's `<meta
  http-equiv="Content-Type" content="text/html; charset=tis-620" />` (Thai-edition `_ISO`);
- `<title>` is the site name only (dynamic page titles off) and there is **no h1**: the
  headline is `td.contentheading` of `table.contentpaneopen`, followed by `td.buttonheading`
  PDF / print / e-mail icons;
- the item: `span.small` "เขียนโดย <login>", `td.createdate` "วันพุธที่ 05 มีนาคม 2553 เวลา
  14:20 น." (Thai-edition `_DATE_FORMAT_LC2`: weekday, **BE year**, time with "น."), mosvote
  rating "คะแนนผู้ใช้" with its vote form, the text, a typed source line ("ที่มา : ..." /
  "ข่าว : ...") or the office alone right-aligned (some), an image (some), `td.modifydate`
  "ปรับปรุงล่าสุด ( ... )" only for edited items, the `pagenav_prev` / `pagenav_next` links "< ก่อนหน้า"
  / "ถัดไป >" (no titles);
- left column modules (main menu, "ข่าวล่าสุด" `a.latestnews`, login form with "ลืมรหัสผ่าน?" /
  "สมัครสมาชิก", who's online, a site-wide hit counter, a poll), a marquee, footer "Powered by
  Joomla!";
- listing: the **section/category blog** `task=blogcategory&id=12&Itemid=35` with intro texts
  and "อ่านต่อ..." links, Joomla 1.0's page navigation `&limit=8&limitstart=8` ("<< เริ่มต้น <
  ก่อนหน้า 1 2 3 ถัดไป > ท้ายสุด >>") and "ผลลัพธ์ 1 - 8 จาก 23".
Deleted: an unpublished item: Joomla 1.0 answers 200 with the template and
"ท่านไม่ได้รับอนุญาตให้เข้าดูข้อมูลส่วนนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

HOST = "http://www.banpong.go.th"
SITENAME = "ที่ว่าการอำเภอบ้านโป่ง จังหวัดราชบุรี"
T = "/templates/banpong_blue"
PER_PAGE = 8
LISTING_Q = "option=com_content&task=blogcategory&id=12&Itemid=35"
LISTING = f"/index.php?{LISTING_Q}"
DELETED_ID = 211
SIGNOFFS = [
    ("ที่มา : ", "งานประชาสัมพันธ์อำเภอบ้านโป่ง"),
    None,
    ("ข่าว : ", "สำนักงานพัฒนาชุมชนอำเภอบ้านโป่ง"),
    None,
    ("", "สำนักงานเกษตรอำเภอบ้านโป่ง"),
    None,
    None,
]
LOGINS = ["admin", "banpong_pr", "somchai"]
SITE_COUNTER = "ผู้เยี่ยมชม: 387,214"
NOT_AUTH = "ท่านไม่ได้รับอนุญาตให้เข้าดูข้อมูลส่วนนี้"
ACTIVE = ' id="active_menu"'
MARQUEE = "ขอเชิญชวนประชาชนร่วมกันป้องกันและควบคุมโรคไข้เลือดออก ทำลายแหล่งเพาะพันธุ์ยุงลาย"


def lc2(d: dt.datetime) -> str:
    """Thai-edition _DATE_FORMAT_LC2: 'วันพุธที่ 05 มีนาคม 2553 เวลา 14:20 น.'"""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day:02d} {MONTHS[d.month - 1]} {be(d)} เวลา {d:%H:%M} น."


def view_path(i: int) -> str:
    return f"/index.php?option=com_content&task=view&id={i}&Itemid=35"


def amp(s: str) -> str:
    return s.replace("&", "&amp;")


class Joomla10Site(BaseSite):
    key = "b32_joomla10_tis620"
    family = "generic"
    charset = "cp874"
    imitates = "Joomla! 1.0.15 Thai edition with a home-made table template, district office: windows-874 bytes, bare text/html header, tis-620 meta; <title> = site name, no h1, headline only in td.contentheading; 'เขียนโดย login'; td.createdate 'วันพุธที่ 05 มีนาคม 2553 เวลา 14:20 น.' (BE); mosvote rating form; typed 'ที่มา :' / 'ข่าว :' or lone office sign-off (some); td.modifydate 'ปรับปรุงล่าสุด ( ... )' for edited items only; pagenav without titles; PDF/print/e-mail icons; left modules latest news / login / who's online / counter / poll; blogcategory listing &limit=8&limitstart=8"
    listing_path = LISTING

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2010, 9, 24, 16, 30, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        aid = 248
        for i, a in enumerate(arts):
            a.id = aid
            aid -= 1 + (i * 2) % 3
            if aid == DELETED_ID:
                aid -= 1
            a.time_printed = True
            a.views = None
            a.tags = []
            a.path = view_path(a.id)
            so = SIGNOFFS[i % len(SIGNOFFS)]
            a.source = so[1] if so else None
            a.extra["label"] = so[0] if so else None
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 5 == 2
            a.extra["votes"] = (i * 3) % 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return [LISTING] + [
            f"{LISTING}&limit={PER_PAGE}&limitstart={k * PER_PAGE}"
            for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [view_path(DELETED_ID)]

    def html_response(self, text: str, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ shell

    def left(self):
        latest = "".join(
            f'<li class="latestnews"><a href="{amp(a.path)}" class="latestnews">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        menu = "".join(
            f'<tr align="left"><td><a href="{h}" class="mainlevel"{ACTIVE if n == "ข่าวประชาสัมพันธ์" else ""}>{n}</a></td></tr>'
            for n, h in (
                ("หน้าแรก", "/index.php"),
                (
                    "ประวัติอำเภอ",
                    "/index.php?option=com_content&amp;task=view&amp;id=2&amp;Itemid=27",
                ),
                (
                    "ทำเนียบผู้บริหาร",
                    "/index.php?option=com_content&amp;task=view&amp;id=3&amp;Itemid=28",
                ),
                ("ข่าวประชาสัมพันธ์", amp(LISTING)),
                (
                    "ประกาศจัดซื้อจัดจ้าง",
                    "/index.php?option=com_content&amp;task=blogcategory&amp;id=14&amp;Itemid=36",
                ),
                ("เว็บบอร์ด", "/index.php?option=com_smf&amp;Itemid=40"),
                ("ติดต่อเรา", "/index.php?option=com_contact&amp;Itemid=3"),
            )
        )
        return f"""<td width="190" valign="top" class="leftcol">
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">เมนูหลัก</th></tr><tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0">{menu}</table></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">ข่าวล่าสุด</th></tr><tr><td><ul class="latestnews">{latest}</ul></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">เข้าสู่ระบบ</th></tr><tr><td><form action="/index.php" method="post" name="login"><table width="100%" border="0" cellspacing="0" cellpadding="0" align="center"><tr><td>ชื่อผู้ใช้<br /><input name="username" id="mod_login_username" type="text" class="inputbox" alt="username" size="10" /><br />รหัสผ่าน<br /><input type="password" id="mod_login_password" name="passwd" class="inputbox" size="10" alt="password" /><br /><input type="checkbox" name="remember" id="mod_login_remember" class="inputbox" value="yes" alt="Remember Me" /><label for="mod_login_remember">จำข้อมูลการเข้าระบบ</label><br /><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /></td></tr><tr><td><a href="/index.php?option=com_registration&amp;task=lostPassword">ลืมรหัสผ่าน?</a></td></tr><tr><td>ยังไม่ได้ลงทะเบียน? <a href="/index.php?option=com_registration&amp;task=register">สมัครสมาชิก</a></td></tr></table><input type="hidden" name="option" value="login" /><input type="hidden" name="op2" value="login" /><input type="hidden" name="return" value="{amp(LISTING)}" /></form></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">ผู้ที่ออนไลน์</th></tr><tr><td>ขณะนี้มี&nbsp;5 บุคคลทั่วไป&nbsp;ออนไลน์</td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">สถิติ</th></tr><tr><td><strong>{SITE_COUNTER}</strong></td></tr></table>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">แบบสำรวจ</th></tr><tr><td><form action="/index.php" method="post" name="form2"><table width="95%" border="0" cellspacing="0" cellpadding="1" align="center" class="poll"><thead><tr><td style="font-weight: bold;">ท่านพึงพอใจต่อการให้บริการของอำเภอบ้านโป่งเพียงใด</td></tr></thead><tr><td align="center"><table class="pollstableborder" cellspacing="0" cellpadding="0" border="0"><tr><td class="sectiontableentry2" valign="top"><input type="radio" name="voteid" id="voteid1" value="1" alt="1" /></td><td class="sectiontableentry2" valign="top"><label for="voteid1">พึงพอใจมาก</label></td></tr><tr><td class="sectiontableentry1" valign="top"><input type="radio" name="voteid" id="voteid2" value="2" alt="2" /></td><td class="sectiontableentry1" valign="top"><label for="voteid2">พึงพอใจ</label></td></tr></table></td></tr><tr><td><div align="center"><input type="submit" name="task_button" class="button" value="โหวต" />&nbsp;&nbsp;<input type="button" name="option" class="button" value="ผลโหวต" /></div></td></tr></table><input type="hidden" name="id" value="14" /><input type="hidden" name="task" value="vote" /></form></td></tr></table>
</td>"""

    def shell(self, content, pathway):
        return f"""<?xml version="1.0" encoding="tis-620"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{SITENAME}</title>
<meta name="description" content="เว็บไซต์อำเภอบ้านโป่ง" />
<meta name="keywords" content="บ้านโป่ง, ราชบุรี, อำเภอ" />
<meta name="Generator" content="Joomla! - Copyright (C) 2005 - 2007 Open Source Matters. All rights reserved." />
<meta name="robots" content="index, follow" />
<base href="{HOST}/" />
<link rel="shortcut icon" href="{HOST}/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<script language="JavaScript" src="{HOST}/includes/js/JSCookMenu_mini.js" type="text/javascript"></script>
<script language="JavaScript" src="{HOST}/includes/js/joomla.javascript.js" type="text/javascript"></script>
<link href="{HOST}{T}/css/template_css.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="{SITENAME}" href="{HOST}/index.php?option=com_rss&amp;feed=RSS2.0&amp;no_html=1" />
</head>
<body bgcolor="#E8EEF7" leftmargin="0" topmargin="0">
<a name="up" id="up"></a>
<table width="960" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="2"><img src="{T}/images/header_banpong.jpg" width="960" height="180" alt="{SITENAME}" /></td></tr>
<tr><td colspan="2" class="topmenu"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#003399">{MARQUEE}</font></marquee></td></tr>
<tr><td colspan="2" class="pathway"><span class="pathway"><a href="{HOST}/index.php" class="pathway">หน้าแรก</a> <img src="{HOST}/images/M_images/arrow.png" alt="arrow" /> {pathway}</span></td></tr>
<tr>
{self.left()}
<td valign="top" class="maincol" width="770">
{content}
</td>
</tr>
<tr><td colspan="2" class="footer" align="center"><font size="1">ที่ว่าการอำเภอบ้านโป่ง ถนนทรงพล ตำบลบ้านโป่ง อำเภอบ้านโป่ง จังหวัดราชบุรี 70110 โทร. 0-3221-1021<br /><a href="http://www.joomla.org">Joomla!</a> เป็นซอฟต์แวร์เสรีภายใต้ลิขสิทธิ์ <a href="http://www.gnu.org/licenses/gpl-2.0.html">GNU/GPL</a><br />Powered by Joomla!. valid XHTML and CSS.</font></td></tr>
</table>
</body>
</html>
<!-- 1285312345 -->"""

    # ------------------------------------------------------------------ listing

    def blog_item(self, a):
        link = amp(a.path)
        return f"""<tr><td valign="top"><table class="contentpaneopen"><tr><td class="contentheading" width="100%"><a href="{link}" class="contentpagetitle">{esc(a.title)}</a></td></tr></table>
<table class="contentpaneopen"><tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย {a.extra["login"]}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{lc2(a.published)}</td></tr>
<tr><td valign="top" colspan="2"><p>{esc(a.paras[0][:260])}</p></td></tr>
<tr><td align="left" colspan="2"><a href="{link}" class="readon">อ่านต่อ...</a></td></tr></table>
<span class="article_seperator">&nbsp;</span></td></tr>"""

    def pagenav(self, k):
        n = len(self.pages)

        def href(j):
            return amp(
                LISTING if j == 0 else f"{LISTING}&limit={PER_PAGE}&limitstart={j * PER_PAGE}"
            )

        out = []
        if k > 0:
            out.append(f'<a href="{href(0)}" class="pagenav" title="เริ่มต้น">&lt;&lt;&nbsp;เริ่มต้น</a>')
            out.append(
                f'<a href="{href(k - 1)}" class="pagenav" title="ก่อนหน้า">&lt;&nbsp;ก่อนหน้า</a>'
            )
        else:
            out.append('<span class="pagenav">&lt;&lt;&nbsp;เริ่มต้น</span>')
            out.append('<span class="pagenav">&lt;&nbsp;ก่อนหน้า</span>')
        for j in range(n):
            out.append(
                f'<span class="pagenav">{j + 1}</span>'
                if j == k
                else f'<a href="{href(j)}" class="pagenav"><strong>{j + 1}</strong></a>'
            )
        if k < n - 1:
            out.append(f'<a href="{href(k + 1)}" class="pagenav" title="ถัดไป">ถัดไป&nbsp;&gt;</a>')
            out.append(
                f'<a href="{href(n - 1)}" class="pagenav" title="ท้ายสุด">ท้ายสุด&nbsp;&gt;&gt;</a>'
            )
        else:
            out.append('<span class="pagenav">ถัดไป&nbsp;&gt;</span>')
            out.append('<span class="pagenav">ท้ายสุด&nbsp;&gt;&gt;</span>')
        first = k * PER_PAGE + 1
        last = min((k + 1) * PER_PAGE, len(self.articles))
        return f"""<tr><td valign="top" align="center">{" ".join(out)}<br /><br /></td></tr>
<tr><td valign="top" align="center">ผลลัพธ์ {first} - {last} จาก {len(self.articles)}</td></tr>"""

    def listing(self, k):
        rows = [self.blog_item(a) for a in self.pages[k]]
        if k == 1:
            ghost = Article(
                id=DELETED_ID,
                title="ประชาสัมพันธ์การรับสมัครคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานจ้างเหมาบริการ",
                paras=[
                    "ด้วยอำเภอบ้านโป่งมีความประสงค์จะรับสมัครบุคคลเพื่อจ้างเป็นพนักงานจ้างเหมาบริการ รายละเอียดตามประกาศแนบท้าย"
                ],
                published=self.pages[1][2].published,
                time_printed=True,
                path=view_path(DELETED_ID),
                extra={"login": "banpong_pr"},
            )
            rows.insert(3, self.blog_item(ghost))
        content = f"""<div class="componentheading">ข่าวประชาสัมพันธ์</div>
<table class="blog" cellpadding="0" cellspacing="0">
<tr><td valign="top"><div><table width="100%" cellpadding="0" cellspacing="0">{"".join(rows)}</table></div></td></tr>
{self.pagenav(k)}
</table>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------------ item

    def item(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.extra["image"]:
            body = (
                f'<p><img src="images/stories/news2553/bp{a.id}.jpg" border="0" alt="" title="" hspace="6" vspace="6" width="300" height="225" align="left" /></p>\n'
                + body
            )
        if a.source:
            body += f'<p align="right"><strong>{a.extra["label"]}{esc(a.source)}</strong></p>\n'
        modify = ""
        if a.modified:
            modify = f'<tr><td colspan="2" align="left" class="modifydate">ปรับปรุงล่าสุด ( {lc2(a.modified)} )</td></tr>'
        stars = "".join(
            f'<img src="images/M_images/rating_star{"" if s < a.extra["votes"] else "_blank"}.png" alt="" />'
            for s in range(5)
        )
        vote = f"""<tr><td valign="top" colspan="2"><form method="post" action="{HOST}/index.php"><span class="content_rating">คะแนนผู้ใช้:{stars}&nbsp;/&nbsp;{a.extra["votes"]}<br /></span><br /><span class="content_vote">แย่<input type="radio" alt="vote 1 star" name="user_rating" value="1" /><input type="radio" alt="vote 2 star" name="user_rating" value="2" /><input type="radio" alt="vote 3 star" name="user_rating" value="3" /><input type="radio" alt="vote 4 star" name="user_rating" value="4" /><input type="radio" alt="vote 5 star" name="user_rating" value="5" checked="checked" />ดีที่สุด&nbsp;<input class="button" type="submit" name="submit_vote" value="โหวต" /><input type="hidden" name="task" value="vote" /><input type="hidden" name="pop" value="0" /><input type="hidden" name="option" value="com_content" /><input type="hidden" name="Itemid" value="35" /><input type="hidden" name="cid" value="{a.id}" /><input type="hidden" name="url" value="/index.php?option=com_content&amp;task=view&amp;id={a.id}&amp;Itemid=35" /></span></form></td></tr>"""
        nav = '<table align="center" style="margin-top: 25px;"><tr>'
        if newer:
            nav += f'<th class="pagenav_prev"><a href="{amp(newer.path)}">&lt; ก่อนหน้า</a></th><td width="50">&nbsp;</td>'
        if older:
            nav += f'<th class="pagenav_next"><a href="{amp(older.path)}">ถัดไป &gt;</a></th>'
        nav += "</tr></table>"
        content = f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(a.title)}</td>
<td align="right" width="100%" class="buttonheading"><a href="{HOST}/index2.php?option=com_content&amp;do_pdf=1&amp;id={a.id}" target="_blank" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" title="PDF"><img src="{HOST}/images/M_images/pdf_button.png" alt="PDF" name="PDF" align="middle" border="0" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="{HOST}/index2.php?option=com_content&amp;task=view&amp;id={a.id}&amp;pop=1&amp;page=0&amp;Itemid=35" target="_blank" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" title="พิมพ์"><img src="{HOST}/images/M_images/printButton.png" alt="พิมพ์" name="พิมพ์" align="middle" border="0" /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="{HOST}/index2.php?option=com_content&amp;task=emailform&amp;id={a.id}&amp;itemid=35" target="_blank" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=400,height=250,directories=no,location=no'); return false;" title="อีเมล"><img src="{HOST}/images/M_images/emailButton.png" alt="อีเมล" name="อีเมล" align="middle" border="0" /></a></td>
</tr></table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย {a.extra["login"]}</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{lc2(a.published)}</td></tr>
{vote}
<tr><td valign="top" colspan="2">{body}</td></tr>
{modify}
<tr><td colspan="2"></td></tr>
</table>
<span class="article_seperator">&nbsp;</span>
{nav}"""
        return self.shell(
            content,
            f'<a href="{amp(LISTING)}" class="pathway">ข่าวประชาสัมพันธ์</a> <img src="{HOST}/images/M_images/arrow.png" alt="arrow" /> {esc(a.title)}',
        )

    def not_auth(self):
        return self.shell(NOT_AUTH, "")

    def route(self, path, query, raw_query, base):
        if path not in ("/index.php", "/"):
            return None
        if path == "/":
            return 301, {"Location": base + LISTING}, b""
        if raw_query == LISTING_Q:
            return self.html_response(self.listing(0))
        for k in range(1, len(self.pages)):
            if raw_query == f"{LISTING_Q}&limit={PER_PAGE}&limitstart={k * PER_PAGE}":
                return self.html_response(self.listing(k))
        if qs1(query, "option") == "com_content" and qs1(query, "task") == "view":
            aid = qs1(query, "id")
            if not aid.isdigit():
                return None
            if int(aid) in self.by_id and raw_query == self.by_id[int(aid)].path.split("?", 1)[1]:
                return self.html_response(self.item(self.by_id[int(aid)]))
            if int(aid) == DELETED_ID:
                return self.html_response(self.not_auth())
            return None
        if not raw_query:
            return 301, {"Location": base + LISTING}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                lc2(a.published),
                f"เขียนโดย {a.extra['login']}",
                "คะแนนผู้ใช้",
                "ดีที่สุด",
                "ก่อนหน้า",
                "ถัดไป",
                "ข่าวล่าสุด",
                "ลืมรหัสผ่าน",
                "สมัครสมาชิก",
                "บุคคลทั่วไป",
                SITE_COUNTER,
                "ท่านพึงพอใจต่อการให้บริการของอำเภอบ้านโป่งเพียงใด",
                MARQUEE,
                "Powered by Joomla!",
                "ถนนทรงพล ตำบลบ้านโป่ง",
            ]
            if a.modified:
                must_not += ["ปรับปรุงล่าสุด", lc2(a.modified)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = Joomla10Site()

if __name__ == "__main__":
    main(SITE)
