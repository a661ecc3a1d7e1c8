"""Blind-8 red-team site: XOOPS 2.0 + the News module with a Thai language pack, on a district
hospital's old server, built blind.  The bytes are windows-874 and the page says so in its
`<meta http-equiv>`, but Apache's `AddDefaultCharset UTF-8` makes every response header claim
`text/html; charset=UTF-8` (the header is wrong).

What it imitates:
- XOOPS theme chrome: table layout, `#xo-banner`, left blocks ("เมนูหลัก" with module links,
  "เข้าสู่ระบบ" login block with "ชื่อผู้ใช้" / "รหัสผ่าน" / "ลืมรหัสผ่าน?", "ผู้ใช้ออนไลน์"),
  right blocks ("ข่าวล่าสุด", "ข่าวยอดนิยม" with counts); `<title>` = "headline - ข่าว -
  site name"; relative hrefs inside /modules/news/;
- the news index `modules/news/index.php` prints each story whole (intro text, the poster
  line, "อ่านต่อ..." link, "ความคิดเห็น?"), paged with `index.php?storytopic=0&start=10`
  (XOOPS page nav `(1) 2 3 »`);
- the story `modules/news/article.php?storyid=123`: `div.item` whose `span.itemTitle` is
  "<topic link>: headline" (the topic name and a colon before the headline), `div.itemInfo`
  "ส่งโดย admin เมื่อ 2024/2/15 10:30:00 (123 ครั้ง)" (XOOPS `_DATESTRING` `Y/n/j G:i:s`:
  year first, CE, seconds), `div.itemBody` with `<br />`-separated text and a "ข่าว : …" line,
  `div.itemFoot` with the print / send-to-friend icons; then "ข่าวก่อนหน้า" / "ข่าวถัดไป" with
  titles, the comment bar ("ความคิดเห็นเป็นของผู้ส่ง ทางเว็บไซต์ไม่รับผิดชอบ"), "ส่งความคิดเห็น";
- no modified date, no tags;
- the deleted story answers 200 with XOOPS's redirect page "ไม่มีข่าวที่เลือก" (meta refresh
  back to the index).
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, main, paginate, qs1
from .b8_common import build, neighbours, record

SITE_NAME = "โรงพยาบาลสมเด็จพระยุพราชเดชอุดม"
SOURCES = ["งานประชาสัมพันธ์ โรงพยาบาลฯ", None, "ฝ่ายบริหารทั่วไป", None, None]
PER_PAGE = 10
MOD = "/modules/news/"
LISTING = MOD + "index.php"
DELETED_ID = 97
DELETED = f"{MOD}article.php?storyid={DELETED_ID}"
TOPIC = "ข่าวประชาสัมพันธ์"


def xoops_date(d: dt.datetime) -> str:
    return f"{d.year}/{d.month}/{d.day} {d.hour}:{d.minute:02d}:00"


class XoopsSite(BaseSite):
    key = "b8_xoops_mislabel"
    family = "generic"
    charset = "cp874"
    imitates = "XOOPS 2.0 + News module, Thai pack, windows-874 bytes under a wrong 'Content-Type: text/html; charset=UTF-8' header (meta says windows-874): index.php?storytopic=0&start=N with whole stories, article.php?storyid=N, itemTitle 'topic: headline', 'ส่งโดย admin เมื่อ 2024/2/15 10:30:00 (123 ครั้ง)' (Y/n/j, CE, seconds), <br> text, 'ข่าว :' line, prev/next titles, login / online / latest / popular blocks, redirect page as the deleted story"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 23, 29, SOURCES, dt.datetime(2024, 2, 20, 16, 0), first_id=60, step=2
        )
        for a in self.articles:
            a.path = f"{MOD}article.php?storyid={a.id}"
            a.time_printed = True
            a.modified = None
            a.tags = []
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.encode("cp874", "xmlcharrefreplace")
        return status, {"Content-Type": "text/html; charset=UTF-8"}, body

    def listing_pages(self):
        return [LISTING] + [
            f"{LISTING}?storytopic=0&start={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [DELETED]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def shell(self, title, content):
        latest = "".join(
            f'<li><a href="{MOD}article.php?storyid={x.id}">{esc(x.title[:40])}...</a> ({x.published.year}/{x.published.month}/{x.published.day})</li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{MOD}article.php?storyid={x.id}">{esc(x.title[:40])}...</a> ({x.views})</li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="content-type" content="text/html; charset=windows-874" />
<meta http-equiv="content-language" content="th" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="โรงพยาบาล, เดชอุดม, อุบลราชธานี" />
<meta name="description" content="เว็บไซต์{SITE_NAME}" />
<meta name="rating" content="general" />
<meta name="author" content="{SITE_NAME}" />
<meta name="copyright" content="Copyright &copy; 2007-2024" />
<meta name="generator" content="XOOPS" />
<title>{esc(title)}</title>
<link href="/favicon.ico" rel="SHORTCUT ICON" />
<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/hospital_green/style.css" />
<script type="text/javascript" src="/include/xoops.js"></script>
</head>
<body>
<table cellspacing="0" width="100%">
  <tr id="header">
    <td id="headerlogo"><a href="/"><img src="/themes/hospital_green/logo.gif" alt="{SITE_NAME}" /></a></td>
    <td id="headerbanner"><div id="xo-banner">{SITE_NAME} <font size="2">อำเภอเดชอุดม จังหวัดอุบลราชธานี</font></div></td>
  </tr>
  <tr>
    <td id="headerbar" colspan="2">&nbsp;</td>
  </tr>
</table>
<table cellspacing="0" width="100%">
  <tr>
    <td id="leftcolumn" width="180" valign="top">
      <div class="blockTitle">เมนูหลัก</div>
      <div class="blockContent"><table cellspacing="0"><tr><td id="mainmenu">
        <a class="menuTop" href="/">หน้าแรก</a>
        <a class="menuMain" href="{LISTING}">ข่าวสาร</a>
        <a class="menuSub" href="/modules/news/submit.php">ส่งข่าว</a>
        <a class="menuSub" href="/modules/news/archive.php">คลังข่าว</a>
        <a class="menuMain" href="/modules/newbb/">เว็บบอร์ด</a>
        <a class="menuMain" href="/modules/mydownloads/">ดาวน์โหลดเอกสาร</a>
        <a class="menuMain" href="/modules/contact/">ติดต่อเรา</a>
      </td></tr></table></div>
      <div class="blockTitle">เข้าสู่ระบบ</div>
      <div class="blockContent"><form style="margin-top: 0px;" action="/user.php" method="post">
        ชื่อผู้ใช้: <br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />
        รหัสผ่าน: <br /><input type="password" name="pass" size="12" maxlength="32" /><br />
        <input type="hidden" name="op" value="login" /><input type="submit" value="เข้าสู่ระบบ" /><br />
        </form><a href="/user.php#lost">ลืมรหัสผ่าน?</a><br /><br /><a href="/register.php">สมัครสมาชิก!</a></div>
      <div class="blockTitle">ผู้ใช้ออนไลน์</div>
      <div class="blockContent">ผู้เยี่ยมชม 7 ท่าน ออนไลน์อยู่<br />(4 ท่าน เยี่ยมชม <b>ข่าวสาร</b>)<br /><br />สมาชิก: 0<br />ผู้เยี่ยมชม: 7<br /><br /><a href="javascript:openWithSelfMain('/misc.php?action=showpopups&amp;type=online','Online',420,350);">เพิ่มเติม...</a></div>
    </td>
    <td id="centercolumn" valign="top">
{content}
    </td>
    <td id="rightcolumn" width="200" valign="top">
      <div class="blockTitle">ข่าวล่าสุด</div>
      <div class="blockContent"><ul>{latest}</ul></div>
      <div class="blockTitle">ข่าวยอดนิยม</div>
      <div class="blockContent"><ul>{popular}</ul></div>
    </td>
  </tr>
</table>
<table cellspacing="0" width="100%">
  <tr id="footerbar"><td>Powered by XOOPS &copy; 2001-2024 <a href="http://xoops.org" target="_blank">The XOOPS Project</a> | {SITE_NAME} 85 หมู่ 2 ถ.ชยางกูร อ.เดชอุดม จ.อุบลราชธานี 34160</td></tr>
</table>
</body>
</html>
"""

    def story_block(self, a, full):
        body = "<br /><br />".join(esc(p) for p in (a.paras if full else a.paras[:1]))
        if full and a.source:
            body += f"<br /><br />ข่าว : {esc(a.source)}"
        foot = f'<a href="{MOD}print.php?storyid={a.id}" rel="nofollow"><img src="{MOD}images/print.gif" border="0" alt="หน้าสำหรับพิมพ์" /></a> <a target="_top" href="mailto:?subject=บทความน่าสนใจที่ {SITE_NAME}&amp;body=บทความน่าสนใจที่ {SITE_NAME}:  http://localhost{MOD}article.php?storyid={a.id}"><img src="{MOD}images/friend.gif" border="0" alt="ส่งเรื่องนี้ให้เพื่อน" /></a>'
        if not full:
            foot = (
                f'<a href="{MOD}article.php?storyid={a.id}">อ่านต่อ...</a> | {sum(map(len, a.paras))} ไบต์เพิ่มเติม | <a href="{MOD}article.php?storyid={a.id}#comments">ความคิดเห็น?</a> '
                + foot
            )
        return f"""<div class="item">
  <div class="itemHead"><span class="itemTitle"><a href="{MOD}index.php?storytopic=1">{TOPIC}</a>: {esc(a.title)}</span></div>
  <div class="itemInfo"><span class="itemPoster">ส่งโดย <a href="/userinfo.php?uid=1">admin</a></span> <span class="itemPostDate">เมื่อ {xoops_date(a.published)}</span> (<span class="itemStats">{a.views} ครั้ง</span>) </div>
  <div class="itemBody"><a href="{MOD}index.php?storytopic=1"><img src="{MOD}images/topics/pr.gif" alt="{TOPIC}" hspace="10" vspace="10" align="right" /></a><p class="itemText">{body}</p></div>
  <div class="itemFoot"><span class="itemAdminLink"></span> <span class="itemPermaLink">{foot}</span></div>
</div>
"""

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        blocks = []
        for k, a in enumerate(self.pages[n]):
            blocks.append(self.story_block(a, full=False))
            if n == 1 and k == 2:
                blocks.append(
                    f"""<div class="item">
  <div class="itemHead"><span class="itemTitle"><a href="{MOD}index.php?storytopic=1">{TOPIC}</a>: ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือกเป็นลูกจ้างชั่วคราว</span></div>
  <div class="itemInfo"><span class="itemPoster">ส่งโดย <a href="/userinfo.php?uid=1">admin</a></span> <span class="itemPostDate">เมื่อ 2024/1/9 14:02:00</span> (<span class="itemStats">41 ครั้ง</span>) </div>
  <div class="itemBody"><p class="itemText">รายละเอียดตามเอกสารแนบ</p></div>
  <div class="itemFoot"><span class="itemPermaLink"><a href="{DELETED}">อ่านต่อ...</a></span></div>
</div>
"""
                )
        last = len(self.pages)
        nav = []
        if n > 0:
            nav.append(
                f'<a href="{LISTING}?storytopic=0&amp;start={(n - 1) * PER_PAGE}">&laquo;</a>'
            )
        for k in range(last):
            nav.append(
                f"<b>({k + 1})</b>"
                if k == n
                else f'<a href="{LISTING}?storytopic=0&amp;start={k * PER_PAGE}">{k + 1}</a>'
            )
        if n < last - 1:
            nav.append(
                f'<a href="{LISTING}?storytopic=0&amp;start={(n + 1) * PER_PAGE}">&raquo;</a>'
            )
        content = f"""<div id="content">
<div style="padding: 3px; margin-right:3px; margin-bottom:3px;"><form name="form1" action="{LISTING}" method="get">เลือกหัวข้อ: <select name="storytopic" onchange="submit();"><option value="0">ทั้งหมด</option><option value="1">{TOPIC}</option><option value="2">ข่าวจัดซื้อจัดจ้าง</option></select></form></div>
{"".join(blocks)}
<div style="text-align: right; margin: 10px;">{" ".join(nav)}</div>
</div>"""
        return self.html_response(self.shell(f"ข่าว - {SITE_NAME}", content))

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        nav = []
        if newer:
            nav.append(
                f'<a href="{MOD}article.php?storyid={newer.id}" title="{esc(newer.title)}">ข่าวถัดไป</a> : {esc(newer.title)}'
            )
        if older:
            nav.append(
                f'<a href="{MOD}article.php?storyid={older.id}" title="{esc(older.title)}">ข่าวก่อนหน้า</a> : {esc(older.title)}'
            )
        content = f"""<div id="content">
<div style="padding: 3px; margin-right:3px;">
{self.story_block(a, full=True)}
</div>
<div style="padding: 3px; margin-right:3px;"><table width="100%" border="0"><tr><td style="text-align: left;">{"<br />".join(nav)}</td></tr></table></div>
<div style="text-align: center; padding: 3px; margin:3px;">
<form method="get" action="{MOD}article.php"><table width="95%" class="outer" cellspacing="1"><tr><td class="even" align="center"><select name="com_mode"><option value="flat">แบบเรียบ</option><option value="thread" selected="selected">แบบแยกกลุ่ม</option></select> <select name="com_order"><option value="0" selected="selected">เก่าก่อน</option><option value="1">ใหม่ก่อน</option></select><input type="hidden" name="storyid" value="{a.id}" /> <input type="submit" value="ตกลง" class="formButton" /> <input type="button" onclick="self.location.href='{MOD}comment_new.php?com_itemid={a.id}'" class="formButton" value="ส่งความคิดเห็น" /></td></tr></table></form>
ความคิดเห็นเป็นของผู้ส่ง ทางเว็บไซต์ไม่รับผิดชอบต่อข้อความใดๆ ทั้งสิ้น
</div>
<a name="comments"></a>
</div>"""
        return self.html_response(self.shell(f"{a.title} - ข่าว - {SITE_NAME}", content))

    def deleted(self):
        return self.html_response(
            f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874" />
<meta http-equiv="Refresh" content="2; url={LISTING}" />
<title>{SITE_NAME}</title>
<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" />
</head>
<body>
<div style="text-align:center; background-color: #EBEBEB; border-top: 1px solid #FFFFFF; border-left: 1px solid #FFFFFF; border-right: 1px solid #AAAAAA; border-bottom: 1px solid #AAAAAA; font-weight : bold;">
<h4>ไม่มีข่าวที่เลือก</h4>
<p>หากไม่ต้องการรอ กรุณา <a href="{LISTING}">คลิกที่นี่</a></p>
</div>
</body>
</html>
"""
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(SITE_NAME, f'<p><a href="{LISTING}">ข่าวสาร</a></p>')
            )
        if path == LISTING:
            start = qs1(query, "start", "0")
            if not start.isdigit() or int(start) % PER_PAGE:
                return None
            return self.listing(int(start) // PER_PAGE)
        if path == MOD + "article.php":
            sid = qs1(query, "storyid")
            if not sid.isdigit():
                return None
            p = f"{MOD}article.php?storyid={int(sid)}"
            if p in self.by_path:
                return self.detail(self.by_path[p])
            if int(sid) == DELETED_ID:
                return self.deleted()
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"{TOPIC}:",
                "ส่งโดย",
                f"{a.views} ครั้ง",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ความคิดเห็นเป็นของผู้ส่ง",
                "ส่งความคิดเห็น",
                "ลืมรหัสผ่าน?",
                "ผู้ใช้ออนไลน์",
                "ข่าวยอดนิยม",
                "Powered by XOOPS",
            ] + [x.title for x in (older, newer) if x]
            out.append(record(self, a, must_not, tags=False))
        return out


SITE = XoopsSite()

if __name__ == "__main__":
    main(SITE)
