"""Blind-49 red-team site (part B): a provincial agriculture and cooperatives office's
**home-made PHP 5.2 + Smarty 2.6 news system** (2010-2011, Dreamweaver table layout, `<font>`,
marquee, GIF bullets) behind Apache 2.2 **mod_rewrite "friendly" URLs**, built blind.

Looked up (search tool, code corpus): Smarty pager templates as PHP sites printed them
(`{section}` / `{foreach}` over page numbers, "« ก่อนหน้า" / "ถัดไป »" with the current page as
plain bold text); the rest follows the Thai office sites of 2008-2012 from memory (windows-874
pages from a TIS-620 MySQL, `.htaccess` RewriteRule `news-page-([0-9]+)\\.html`, Thai-digit
dates, "ข่าวอื่นๆ" boxes, site counters). No one's code or text was copied.

What it imitates:
- **windows-874 bytes** sent as `Content-Type: text/html; charset=ISO-8859-1` (php.ini's
  `default_charset`), the only right label the Smarty layout's `<meta http-equiv ... charset=tis-620>`;
  `X-Powered-By: PHP/5.2.17`; **the same `<title>` on every page** (the office name);
- **NEW: rewritten pagination `/news.html`, `/news-page-2.html`, `/news-page-3.html`**, details
  `/news-detail-<id>.html` (relative hrefs, `<base>`-less);
- **NEW: the article page prints no date of its own**: the date is only in the listing row
  ("[๐๕/๐๓/๕๔]": **dd/mm/two-digit BE in Thai digits**); the only dates on the article page are
  the "ข่าวอื่นๆ" box's, which belong to other items (expected: the listing's date, a day);
- **NEW: the listing's headline is not the article's**: a category prefix "[กิจกรรม]" and / or a
  cut with ".." (the list prints the `short_topic` column), while the article prints the full
  headline in `<font size="3"><b>`;
- **NEW: the source printed before the text**: "ที่มา : office" on the line under the headline
  (some items), not after it;
- **NEW: every digit of the text printed in Thai digits** (the layout's `|thainum` modifier runs
  over the whole text): "๒๕๖๐", "๕,๐๐๐ ล้านบาท" — the body phrases are the Thai-digit text;
- the text as `&nbsp;`-indented `<br><br>` paragraphs in one `<td>`; a picture grid (some);
  "จำนวนผู้อ่าน : ๑,๒๓๔ ครั้ง" (Thai digits) under the text; print / send-to-friend / back links;
  "ข่าวอื่นๆ" (titles + Thai-digit dates); left menu with a login box; marquee "ข่าวด่วน";
  footer site counter and "Best view 1024x768";
- the listing: a table of rows (GIF bullet, linked short headline, date in grey, "new" GIF for the
  newest three, "อ่าน N") with no excerpt; 9 a page, 24 items.
Deleted: `news-detail-<id>.html` linked from page 2 answers 200 with the empty template (blank
headline, no text) and "-- ไม่พบข้อมูลข่าว --".
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรและสหกรณ์จังหวัดยโสธร"
PER = 9
SOURCES = [
    "กลุ่มยุทธศาสตร์และข้อมูลเพื่อการพัฒนาการเกษตร",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดยโสธร",
    None,
    "ฝ่ายบริหารทั่วไป สำนักงานเกษตรและสหกรณ์จังหวัดยโสธร",
]
DELETED_ID = 318
NOT_FOUND = "-- ไม่พบข้อมูลข่าว --"
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์ " + thai_digits("0184,552")
MARQUEE = "ข่าวด่วน : ขอเชิญเกษตรกรผู้ปลูกข้าวหอมมะลิขึ้นทะเบียนเกษตรกร ปี ๒๕๕๔ ได้ที่สำนักงานเกษตรอำเภอทุกแห่ง"
OTHER = "ข่าวอื่นๆ"
READS = "จำนวนผู้อ่าน"
FOOTER = "สำนักงานเกษตรและสหกรณ์จังหวัดยโสธร ศาลากลางจังหวัดยโสธร ถ.แจ้งสนิท อ.เมือง จ.ยโสธร ๓๕๐๐๐ โทร. ๐-๔๕๗๑-๒๒๓๔"
BEST_VIEW = "Best view 1024x768 pixels, IE 6.0+, Firefox 3.0+"


_DATELINE = re.compile(r"(วัน\S*ที่|เมื่อวันที่)\s*\d{1,2}\s*\S+\s*(พ\.ศ\.\s*)?\d{4}")


def dmy2(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{str(d.year + 543)[-2:]}")


def abbr(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def num(n: int) -> str:
    return thai_digits(f"{n:,}")


def cp874_safe(s: str) -> str:
    return s.encode("cp874", "ignore").decode("cp874")


class PhpSmartyRewrite874Site(BaseSite):
    key = "b49_php5_smarty_rewrite874"
    family = "generic"
    imitates = "home-made PHP 5.2 + Smarty 2.6 news system of a provincial agriculture and cooperatives office (2010-2011, Dreamweaver table layout): windows-874 bytes under 'text/html; charset=ISO-8859-1' with a tis-620 meta; same <title> everywhere; mod_rewrite URLs /news.html, /news-page-N.html, /news-detail-<id>.html; no date on the article page (only in the listing row, dd/mm/two-digit BE in Thai digits; the other-news box prints other items' dates); listing headlines prefixed '[กิจกรรม]' and/or cut with '..'; 'ที่มา :' line before the text (some); all digits of the text in Thai digits; 'จำนวนผู้อ่าน : ๑,๒๓๔ ครั้ง'; print/send/back links; 'ข่าวอื่นๆ' with dates; marquee, left menu with login, site counter; deleted = empty template '-- ไม่พบข้อมูลข่าว --'"
    listing_path = "/news.html"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2011, 3, 30, 15, 0, tzinfo=TZ), offset=26
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for a in arts:
            # a short stand-alone dateline of the corpus event would be the page's only date
            kept = [p for p in a.paras if not (len(p) < 90 and _DATELINE.search(p))]
            if len(kept) >= 3:
                a.paras = kept
        for i, a in enumerate(arts):
            a.title = cp874_safe(a.title)
            # the layout's |thainum modifier: every digit of the text in Thai digits
            a.paras = [thai_digits(cp874_safe(p)) for p in a.paras]
            a.id = 352 - i * 2 + (i % 3)
            if a.id == DELETED_ID:
                a.id += 1
            a.path = f"/news-detail-{a.id}.html"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 23 + (i * 211) % 2600
            a.modified = None
            a.time_printed = False
            a.extra["short"] = self.short_topic(a.title, i)
            a.extra["pics"] = i % 3 == 0
        ids = [a.id for a in arts]
        assert len(set(ids)) == len(ids)
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/news-detail-{DELETED_ID}.html"

    @staticmethod
    def short_topic(title: str, i: int) -> str:
        t = title
        if i % 3 == 1:
            t = "[กิจกรรม] " + t
        if len(t) > 48:
            cut = t[:48]
            if cut.rfind(" ") >= 32:
                cut = cut[: cut.rfind(" ")]
            t = cut.rstrip() + ".."
        return t

    def page_url(self, k):
        return "/news.html" if k == 0 else f"/news-page-{k + 1}.html"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def others(self, a):
        return [x for x in self.articles if x is not a][:6]

    def respond(self, text):
        return (
            200,
            {
                "Content-Type": "text/html; charset=ISO-8859-1",
                "X-Powered-By": "PHP/5.2.17",
            },
            text.encode("cp874", "ignore"),
        )

    def shell(self, content):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<title>{OFFICE} :: Yasothon Provincial Agriculture and Cooperatives Office</title>
<link href="css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="js/swfobject.js"></script>
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_openBrWindow(theURL,winName,features) {{ window.open(theURL,winName,features); }}
//-->
</script>
</head>
<body bgcolor="#E8F0D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="980" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
  <tr><td colspan="2"><img src="images/banner_moac.jpg" width="980" height="160" alt="{OFFICE}" /></td></tr>
  <tr><td colspan="2" bgcolor="#3B7A1E" height="28">
    <a href="index.php"><img src="images/m_home.gif" border="0" alt="หน้าแรก" /></a><a href="about.html"><img src="images/m_about.gif" border="0" alt="เกี่ยวกับหน่วยงาน" /></a><a href="news.html"><img src="images/m_news.gif" border="0" alt="ข่าวประชาสัมพันธ์" /></a><a href="download.html"><img src="images/m_download.gif" border="0" alt="ดาวน์โหลด" /></a><a href="webboard/"><img src="images/m_board.gif" border="0" alt="เว็บบอร์ด" /></a><a href="contact.html"><img src="images/m_contact.gif" border="0" alt="ติดต่อเรา" /></a>
  </td></tr>
  <tr><td colspan="2" bgcolor="#FFF8DC"><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000" size="2">{MARQUEE}</font></marquee></td></tr>
  <tr>
    <td width="200" valign="top" bgcolor="#F3F8EA">
      <table width="100%" border="0" cellspacing="0" cellpadding="4">
        <tr><td><img src="images/h_menu.gif" alt="เมนูหลัก" /></td></tr>
        <tr><td><font size="2"><img src="images/arrow.gif" /> <a href="about.html">ประวัติหน่วยงาน</a><br />
        <img src="images/arrow.gif" /> <a href="structure.html">โครงสร้างองค์กร</a><br />
        <img src="images/arrow.gif" /> <a href="news.html">ข่าวประชาสัมพันธ์</a><br />
        <img src="images/arrow.gif" /> <a href="procure.html">ข่าวจัดซื้อจัดจ้าง</a><br />
        <img src="images/arrow.gif" /> <a href="stat.html">ข้อมูลสถิติการเกษตร</a><br />
        <img src="images/arrow.gif" /> <a href="link.html">ลิงก์หน่วยงาน</a></font></td></tr>
        <tr><td><img src="images/h_member.gif" alt="สมาชิก" /></td></tr>
        <tr><td><form name="frmLogin" method="post" action="login.php"><font size="2">ชื่อผู้ใช้ <input name="txtUser" type="text" size="12" /><br />รหัสผ่าน <input name="txtPass" type="password" size="12" /><br /><input type="submit" name="Submit" value="เข้าสู่ระบบ" /></font></form></td></tr>
      </table>
    </td>
    <td width="780" valign="top">
{content}
    </td>
  </tr>
  <tr><td colspan="2" bgcolor="#3B7A1E" align="center"><font color="#FFFFFF" size="2">{FOOTER}<br />{SITE_COUNTER} คน<br />{BEST_VIEW}</font></td></tr>
</table>
</body>
</html>
"""

    def render_list(self, k):
        rows = []
        entries = [(a.path, a.extra["short"], a.published, a.views, a) for a in self.pages[k]]
        if k == 1:
            entries.insert(
                5,
                (
                    self.deleted,
                    "[กิจกรรม] ประชุมคณะกรรมการพัฒนาการเกษตร..",
                    dt.datetime(2010, 12, 14, tzinfo=TZ),
                    thai_digits(0),
                    None,
                ),
            )
        for j, (path, short, d, views, a) in enumerate(entries):
            bg = "#FFFFFF" if j % 2 else "#F7FBF0"
            new = (
                ' <img src="images/new.gif" width="28" height="11" alt="ใหม่" />'
                if a is not None and self.articles.index(a) < 3
                else ""
            )
            rv = num(views) if isinstance(views, int) else views
            rows.append(
                f"""        <tr bgcolor="{bg}">
          <td width="18" valign="top"><img src="images/bullet_leaf.gif" width="12" height="12" /></td>
          <td><font size="2"><a href="{path[1:]}" title="{esc(short)}">{esc(short)}</a> <font color="#999999">[{dmy2(d)}]</font>{new}</font></td>
          <td width="70" align="right"><font size="1" color="#666666">อ่าน {rv}</font></td>
        </tr>"""
            )
        n = len(self.pages)
        pager = []
        if k > 0:
            pager.append(f'<a href="{self.page_url(k - 1)[1:]}">&laquo; ก่อนหน้า</a>')
        for j in range(n):
            pager.append(
                f"<b>[{thai_digits(j + 1)}]</b>"
                if j == k
                else f'<a href="{self.page_url(j)[1:]}">{thai_digits(j + 1)}</a>'
            )
        if k < n - 1:
            pager.append(f'<a href="{self.page_url(k + 1)[1:]}">ถัดไป &raquo;</a>')
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="5">
        <tr><td colspan="3"><img src="images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
{chr(10).join(rows)}
        <tr><td colspan="3" align="center"><font size="2">ทั้งหมด {thai_digits(len(self.articles))} รายการ &nbsp; หน้า : {" ".join(pager)}</font></td></tr>
      </table>"""
        return self.respond(self.shell(content))

    def render_detail(self, a):
        top = (
            f'<font size="2" color="#3B7A1E"><b>ที่มา :</b> {esc(a.source)}</font><br /><br />'
            if a.source
            else ""
        )
        text = "<br />\n<br />\n".join(f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}" for p in a.paras)
        pics = ""
        if a.extra["pics"]:
            pics = (
                '<tr><td align="center">'
                + "".join(
                    f'<a href="upload/news/{a.id}_{j}.jpg" target="_blank"><img src="upload/news/thumb_{a.id}_{j}.jpg" width="150" height="112" border="1" /></a> '
                    for j in range(1, 5)
                )
                + "</td></tr>"
            )
        other = "\n".join(
            f'          <img src="images/arrow.gif" /> <a href="{x.path[1:]}">{esc(x.extra["short"])}</a> <font color="#999999" size="1">({abbr(x.published)})</font><br />'
            for x in self.others(a)
        )
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="8">
        <tr><td><img src="images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
        <tr><td bgcolor="#F3F8EA"><font size="3" color="#225511"><b>{esc(a.title)}</b></font></td></tr>
        <tr><td valign="top"><font size="2">{top}
{text}
        </font></td></tr>
{pics}
        <tr><td align="right"><font size="2" color="#666666">{READS} : {num(a.views)} ครั้ง</font></td></tr>
        <tr><td align="right"><font size="2"><a href="javascript:window.print()"><img src="images/print.gif" border="0" /> พิมพ์หน้านี้</a> | <a href="#" onclick="MM_openBrWindow('sendfriend.php?id={a.id}','send','width=420,height=320')">ส่งให้เพื่อน</a> | <a href="javascript:history.back()">&laquo; ย้อนกลับ</a></font></td></tr>
        <tr><td><img src="images/h_other.gif" alt="{OTHER}" /><br /><font size="2"><b>{OTHER}</b><br />
{other}
          <div align="right"><a href="news.html">ดูข่าวทั้งหมด</a></div></font></td></tr>
      </table>"""
        return self.respond(self.shell(content))

    def render_deleted(self):
        content = f"""      <table width="100%" border="0" cellspacing="0" cellpadding="8">
        <tr><td><img src="images/h_news.gif" alt="ข่าวประชาสัมพันธ์" /></td></tr>
        <tr><td bgcolor="#F3F8EA"><font size="3" color="#225511"><b></b></font></td></tr>
        <tr><td valign="top" align="center"><font size="2" color="#CC0000">{NOT_FOUND}</font></td></tr>
        <tr><td align="right"><font size="2" color="#666666">{READS} : {thai_digits(0)} ครั้ง</font></td></tr>
      </table>"""
        return self.respond(self.shell(content))

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return self.render_list(0)
        if path == "/news.html":
            return self.render_list(0)
        m = re.fullmatch(r"/news-page-(\d+)\.html", path)
        if m:
            k = int(m[1]) - 1
            if 0 <= k < len(self.pages):
                return self.render_list(k)
            return None
        if path == self.deleted:
            return self.render_deleted()
        a = self.by_path.get(path)
        if a:
            return self.render_detail(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"{READS} : {num(a.views)} ครั้ง",
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "ย้อนกลับ",
                OTHER,
                "ดูข่าวทั้งหมด",
                MARQUEE,
                SITE_COUNTER,
                FOOTER,
                BEST_VIEW,
                "ประวัติหน่วยงาน",
            ]
            must_not += [x.extra["short"] for x in self.others(a)]
            must_not += [abbr(x.published) for x in self.others(a)]
            out.append(
                expected_record(
                    a, published_time=False, modified=False, tags=False, must_not=must_not
                )
            )
        return out


SITE = PhpSmartyRewrite874Site()

if __name__ == "__main__":
    main(SITE)
