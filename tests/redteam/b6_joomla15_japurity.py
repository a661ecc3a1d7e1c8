"""Blind-6 red-team site: a legacy Joomla 1.5 site with the JA Purity template (the 1.5
default), SEF off, as many Thai offices ran it for a decade, built blind.

What it imitates:
- non-SEF URLs with Joomla 1.5's date aliases (made from the UTC creation time, because
  the titles have no Latin letters):
  `/index.php?option=com_content&view=article&id=123:2019-03-12-04-21-58&catid=5:2009-06-01-03-12-45&Itemid=12`;
- the category *blog* `index.php?option=com_content&view=category&layout=blog&id=5&Itemid=12`
  paged by `&limitstart=N` (5 leading items with their intro text and "อ่านเพิ่มเติม...",
  then "บทความเพิ่มเติม..." links to the next 5 items), Joomla 1.5's `div.pagination`
  ("เริ่มต้น", "ก่อนหน้า", numbers, "ถัดไป", "สุดท้าย") and "หน้า 1 จาก 5";
- the article: `table.contentpaneopen` with `td.contentheading` and PDF / print / e-mail
  button cells, then a second `table.contentpaneopen`: "เขียนโดย Administrator",
  `td.createdate` "วันอังคารที่ 12 มีนาคม 2019 เวลา 11:21 น." (Thai weekday and month, *CE*
  year: strftime of the 1.5 language pack), the text in a bare `td`, "ที่มา : …", and
  `td.modifydate` "แก้ไขล่าสุด ใน …" only for edited items; no hit counter;
- JA Purity chrome: `#ja-wrapper`, `#ja-header`, `#ja-mainnav` (moomenu), `#ja-pathway`
  "คุณอยู่ที่:" ending in the headline, font-size tools, right column modules
  "บทความล่าสุด", "บทความยอดนิยม", "ผู้ชมขณะนี้" (who's online) and the login form,
  footer "Joomla! เป็นซอฟต์แวร์ฟรี…";
- the deleted item: 200, the template with an empty `contentpaneopen` (an unpublished
  article viewed by a guest in a mis-set 1.5 site).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, WEEKDAYS, BaseSite, esc, expected_record, main, paginate, qs1
from .b6_common import build, hm

SITE_NAME = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดตาก"
SOURCES = ["กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น สถจ.ตาก", None, "สำนักงานส่งเสริมการปกครองท้องถิ่นอำเภอแม่สอด"]
PER_PAGE = 5  # leading items per page; the next 5 as "more" links
CATID = "5:2009-06-01-03-12-45"
BLOG = "/index.php?option=com_content&view=category&layout=blog&id=5&Itemid=12"
DELETED_ID = 97
UTC = dt.UTC


def alias(d: dt.datetime, n: int) -> str:
    u = d.astimezone(UTC) - dt.timedelta(minutes=n % 3)  # created a little before publishing
    return u.strftime("%Y-%m-%d-%H-%M-%S")


def lc2(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day:02d} {MONTHS[d.month - 1]} {d.year} เวลา {hm(d)} น."


class JaPuritySite(BaseSite):
    key = "b6_joomla15_japurity"
    family = "joomla"
    imitates = "Joomla 1.5 + JA Purity, SEF off: view=article&id=123:2019-03-12-04-21-58, blog &limitstart=N, contentpaneopen tables, createdate 'วันอังคารที่ 12 มีนาคม 2019 เวลา 11:21 น.' (CE), modifydate only when edited, no hits"
    listing_path = BLOG

    def __init__(self):
        self.articles = build(
            self.key, 22, 8, SOURCES, dt.datetime(2019, 3, 20, 16, 0), first_id=60, step=2
        )
        for a in self.articles:
            a.tags = []
            a.extra["slug"] = f"{a.id}:{alias(a.published, a.id)}"
            a.path = f"/index.php?option=com_content&view=article&id={a.extra['slug']}&catid={CATID}&Itemid=12"
        self.by_id = {str(a.id): a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [BLOG] + [f"{BLOG}&limitstart={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [
            f"/index.php?option=com_content&view=article&id={DELETED_ID}:2019-02-20-02-10-11&catid={CATID}&Itemid=12"
        ]

    def href(self, a):
        return a.path.replace("&", "&amp;").replace(":", "%3A")

    def shell(self, title, pathway, content):
        latest = "".join(
            f'<li class="latestnews"><a href="{self.href(x)}" class="latestnews">{esc(x.title)}</a></li>'
            for x in self.articles[:5]
        )
        popular = "".join(
            f'<li class="mostread"><a href="{self.href(x)}" class="mostread">{esc(x.title)}</a></li>'
            for x in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th">
<head>
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="robots" content="index, follow" />
  <meta name="keywords" content="สถจ.ตาก, ท้องถิ่น" />
  <meta name="generator" content="Joomla! 1.5 - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/ja_purity/favicon.ico" rel="shortcut icon" type="image/x-icon" />
  <script type="text/javascript" src="/media/system/js/mootools.js"></script>
  <script type="text/javascript" src="/media/system/js/caption.js"></script>
<link rel="stylesheet" href="/templates/system/css/system.css" type="text/css" />
<link rel="stylesheet" href="/templates/system/css/general.css" type="text/css" />
<link rel="stylesheet" href="/templates/ja_purity/css/template.css" type="text/css" />
<script language="javascript" type="text/javascript" src="/templates/ja_purity/js/ja.script.js"></script>
</head>
<body id="bd" class="fs3 Moz" >
<a name="Top" id="Top"></a>
<ul class="accessibility"><li><a href="#ja-content" title="ข้ามไปที่เนื้อหา">ข้ามไปที่เนื้อหา</a></li><li><a href="#ja-mainnav" title="ข้ามไปที่เมนูหลัก">ข้ามไปที่เมนูหลัก</a></li></ul>
<div id="ja-wrapper">
<div id="ja-header" class="wrap"><div class="main"><div class="inner clearfix">
<h1 class="logo"><a href="/index.php" title="{SITE_NAME}"><span>{SITE_NAME}</span></a></h1>
<div id="ja-search"><form action="index.php" method="post"><div class="search"><input name="searchword" id="mod_search_searchword" maxlength="20" alt="ค้นหา" class="inputbox" type="text" size="20" value="ค้นหา..." /></div><input type="hidden" name="task" value="search" /><input type="hidden" name="option" value="com_search" /></form></div>
</div></div></div>
<div id="ja-mainnav" class="wrap"><div class="main"><div class="inner clearfix"><ul class="no-display"><li><a href="#ja-content" title="ข้ามไปที่เนื้อหา">ข้ามไปที่เนื้อหา</a></li></ul><ul class="menu"><li class="item1"><a href="/index.php"><span>หน้าแรก</span></a></li><li class="active item12"><a href="{BLOG.replace("&", "&amp;")}"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="item13"><a href="/index.php?option=com_content&amp;view=category&amp;id=6&amp;Itemid=13"><span>หนังสือสั่งการ</span></a></li><li class="item14"><a href="/index.php?option=com_contact&amp;view=contact&amp;id=1&amp;Itemid=14"><span>ติดต่อเรา</span></a></li></ul></div></div></div>
<div id="ja-container" class="wrap ja-r1"><div class="main clearfix">
<div id="ja-mainbody" style="width:70%">
<div id="ja-main" style="width:100%"><div class="inner clearfix">
<div id="ja-pathway"><span class="pathway"><strong>คุณอยู่ที่: </strong><a href="/index.php" class="pathway">หน้าแรก</a> <img src="/templates/ja_purity/images/arrow.png" alt=""  /> {pathway}</span></div>
<div id="ja-usertools"><a href="/index.php?fontsize=dec" title="ลดขนาดตัวอักษร" onclick="switchFontSize('ja_purity_ja_font','dec'); return false;"><img src="/templates/ja_purity/images/user-decrease.png" alt="ลดขนาดตัวอักษร" /></a><a href="/index.php?fontsize=3" title="ขนาดตัวอักษรปกติ"><img src="/templates/ja_purity/images/user-reset.png" alt="ขนาดตัวอักษรปกติ" /></a><a href="/index.php?fontsize=inc" title="เพิ่มขนาดตัวอักษร"><img src="/templates/ja_purity/images/user-increase.png" alt="เพิ่มขนาดตัวอักษร" /></a></div>
<div id="ja-contentwrap"><div id="ja-content">
{content}
</div></div>
</div></div>
</div>
<div id="ja-col2"><div class="ja-innerpad">
<div class="moduletable"><h3>บทความล่าสุด</h3><ul class="latestnews">{latest}</ul></div>
<div class="moduletable"><h3>บทความยอดนิยม</h3><ul class="mostread">{popular}</ul></div>
<div class="moduletable"><h3>ผู้ชมขณะนี้</h3>เรามี 14&nbsp;บุคคลทั่วไป ออนไลน์</div>
<div class="moduletable"><h3>เข้าสู่ระบบ</h3><form action="/index.php" method="post" name="login" id="form-login"><fieldset class="input"><p id="form-login-username"><label for="modlgn_username">ชื่อผู้ใช้</label><br /><input id="modlgn_username" type="text" name="username" class="inputbox" alt="username" size="18" /></p><p id="form-login-password"><label for="modlgn_passwd">รหัสผ่าน</label><br /><input id="modlgn_passwd" type="password" name="passwd" class="inputbox" size="18" alt="password" /></p><input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /></fieldset><ul><li><a href="/index.php?option=com_user&amp;view=reset">ลืมรหัสผ่าน?</a></li></ul></form></div>
</div></div>
</div></div>
<div id="ja-footer" class="wrap"><div class="main clearfix"><small>สงวนลิขสิทธิ์ &copy; 2019 {SITE_NAME}. ศาลากลางจังหวัดตาก โทร. 0-5551-1234</small><small><a href="http://www.joomla.org">Joomla!</a> เป็นซอฟต์แวร์ฟรี เผยแพร่ภายใต้สัญญาอนุญาต <a href="http://www.gnu.org/licenses/gpl-2.0.html">GNU/GPL</a></small></div></div>
</div>
</body>
</html>
"""

    def buttons(self, a):
        h = self.href(a)
        return f"""<td align="right" width="100%" class="buttonheading"><a href="{h}&amp;format=pdf" title="PDF" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/pdf_button.png" alt="PDF"  /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="{h}&amp;tmpl=component&amp;print=1&amp;layout=default&amp;page=" title="พิมพ์" onclick="window.open(this.href,'win2','status=no,toolbar=no,scrollbars=yes,titlebar=no,menubar=no,resizable=yes,width=640,height=480,directories=no,location=no'); return false;" rel="nofollow"><img src="/images/M_images/printButton.png" alt="พิมพ์"  /></a></td>
<td align="right" width="100%" class="buttonheading"><a href="/index.php?option=com_mailto&amp;tmpl=component&amp;link=aHR0cDovL3d3dy50YWtsb2NhbC5nby50aC8{a.id}" title="อีเมล" onclick="window.open(this.href,'win2','width=400,height=350,menubar=yes,resizable=yes'); return false;"><img src="/images/M_images/emailButton.png" alt="อีเมล"  /></a></td>"""

    def item_tables(self, a, full):
        if full:
            text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
            if a.source:
                text += f"\n<p>ที่มา : {esc(a.source)}</p>"
            title = esc(a.title)
        else:
            text = f'<p><img src="/images/stories/news/{a.id}.jpg" border="0" width="200" align="left" />{esc(a.paras[0])}</p>'
            title = f'<a href="{self.href(a)}" class="contentpagetitle">{esc(a.title)}</a>'
        mod = (
            f'<tr>\n\t<td colspan="2" class="modifydate">\n\t\tแก้ไขล่าสุด ใน {lc2(a.modified)}\t</td>\n</tr>'
            if a.modified
            else ""
        )
        more = (
            f'<tr>\n\t<td  colspan="2">\n\t\t<a href="{self.href(a)}" class="readon">\n\t\t\tอ่านเพิ่มเติม...</a>\n\t</td>\n</tr>'
            if not full
            else ""
        )
        return f"""<table class="contentpaneopen">
<tr>
\t\t<td class="contentheading" width="100%">
\t\t\t{title}
\t\t\t</td>
{self.buttons(a)}
\t\t</tr>
</table>
<table class="contentpaneopen">
<tr>
\t<td valign="top">
\t\t<span class="small">
\t\t\tเขียนโดย Administrator\t\t</span>
\t\t&nbsp;&nbsp;
\t</td>
</tr>
<tr>
\t<td valign="top" class="createdate">
\t\t{lc2(a.published)}\t</td>
</tr>
<tr>
<td valign="top">
{text}
</td>
</tr>
{mod}
{more}
</table>
<span class="article_separator">&nbsp;</span>"""

    def listing(self, start):
        if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
            return None
        n = start // PER_PAGE
        lead = "\n".join(
            f'<tr><td valign="top" class="leading">{self.item_tables(a, False)}</td></tr>'
            for a in self.pages[n]
        )
        nxt = self.pages[n + 1] if n + 1 < len(self.pages) else []
        links = [
            f'<li><a class="blogsection" href="{self.href(x)}">{esc(x.title)}</a></li>' for x in nxt
        ]
        if n == 1:
            links.insert(
                2,
                f'<li><a class="blogsection" href="{self.deleted_paths()[0].replace("&", "&amp;").replace(":", "%3A")}">ประชาสัมพันธ์การรับสมัครคัดเลือกพนักงานจ้างขององค์กรปกครองส่วนท้องถิ่น</a></li>',
            )
        more = (
            f'<tr><td valign="top"><div class="blog_more"><div><strong>บทความเพิ่มเติม...</strong></div><ul>{"".join(links)}</ul></div></td></tr>'
            if links
            else ""
        )
        last = len(self.pages) - 1

        def h(k):
            return (
                f"{BLOG}&limitstart={k * PER_PAGE}".replace("&", "&amp;")
                if k
                else BLOG.replace("&", "&amp;")
            )

        pg = ["<span>&laquo;</span>"]
        pg.append(f'<a href="{h(0)}" title="เริ่มต้น">เริ่มต้น</a>' if n else "<span>เริ่มต้น</span>")
        pg.append(f'<a href="{h(n - 1)}" title="ก่อนหน้า">ก่อนหน้า</a>' if n else "<span>ก่อนหน้า</span>")
        for k in range(last + 1):
            pg.append(
                f"<span>{k + 1}</span>"
                if k == n
                else f'<a href="{h(k)}" title="{k + 1}">{k + 1}</a>'
            )
        pg.append(
            f'<a href="{h(n + 1)}" title="ถัดไป">ถัดไป</a>' if n < last else "<span>ถัดไป</span>"
        )
        pg.append(
            f'<a href="{h(last)}" title="สุดท้าย">สุดท้าย</a>' if n < last else "<span>สุดท้าย</span>"
        )
        pg.append("<span>&raquo;</span>")
        content = f"""<div class="componentheading">ข่าวประชาสัมพันธ์</div>
<table class="blog" cellpadding="0" cellspacing="0">
<tr><td valign="top"><table width="100%"  cellpadding="0" cellspacing="0">{lead}</table></td></tr>
{more}
<tr><td valign="top" align="center"><del class="container"><div class="pagination">{"&nbsp;".join(pg)}</div></del></td></tr>
<tr><td valign="top" align="center"><p class="counter">หน้า {n + 1} จาก {last + 1}</p></td></tr>
</table>"""
        return self.html_response(self.shell("ข่าวประชาสัมพันธ์", "ข่าวประชาสัมพันธ์", content))

    def article(self, a):
        pathway = f'<a href="{BLOG.replace("&", "&amp;")}" class="pathway">ข่าวประชาสัมพันธ์</a> <img src="/templates/ja_purity/images/arrow.png" alt=""  /> {esc(a.title)}'
        return self.html_response(self.shell(a.title, pathway, self.item_tables(a, True)))

    def deleted(self):
        content = """<table class="contentpaneopen">
<tr>
\t\t<td class="contentheading" width="100%">
\t\t\t\t\t</td>
\t\t</tr>
</table>
<table class="contentpaneopen">
<tr>
<td valign="top">
</td>
</tr>
</table>
<span class="article_separator">&nbsp;</span>"""
        return self.html_response(self.shell(SITE_NAME, "", content))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + BLOG}, b""
        if path != "/index.php":
            return None
        if qs1(query, "option") != "com_content":
            return None
        view = qs1(query, "view")
        if view == "category" and qs1(query, "layout") == "blog" and qs1(query, "id") == "5":
            s = qs1(query, "limitstart", "0")
            return self.listing(int(s)) if s.isdigit() else None
        if view == "article":
            i = qs1(query, "id").split(":", 1)[0]
            if i in self.by_id:
                return self.article(self.by_id[i])
            if i.isdigit():
                return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "เขียนโดย Administrator",
                "แก้ไขล่าสุด ใน",
                "คุณอยู่ที่:",
                "บทความล่าสุด",
                "บทความยอดนิยม",
                "ผู้ชมขณะนี้",
                "ลืมรหัสผ่าน?",
                "เป็นซอฟต์แวร์ฟรี",
            ]
            out.append(
                expected_record(a, published_time=True, views=False, tags=False, must_not=must_not)
            )
        return out


SITE = JaPuritySite()

if __name__ == "__main__":
    main(SITE)
