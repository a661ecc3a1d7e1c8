"""Blind-27 red-team site (part B): **a Perl HTML::Mason news system under mod_perl**
(Apache 2.2 on CentOS 5, MySQL 4 latin1 columns holding TIS-620 bytes), a provincial
agriculture office's intranet-turned-website (สำนักงานเกษตรจังหวัดพิจิตร), built blind.

What it imitates:
- Mason fingerprints: `.html` components under `/pr/` served through a dhandler
  (`/pr/show.html?nid=N`), `X-Powered-By: HTML::Mason/1.42 mod_perl/2.0.4 Perl/v5.8.8`,
  `<!-- autohandler: /pr/autohandler -->` / `<!-- comp: /lib/news_body.mas -->` comments that
  the component debug mode leaves, `/mason_icons/` images, `cgi-bin/counter.pl`;
- **charset trap**: the header says `text/html; charset=tis-620`, the meta says `windows-874`,
  and the bytes hold windows-874-only punctuation (0x93/0x94 curly quotes, 0x85 ellipsis,
  0x96 dash) in the shell and listing: read as TIS-620 they are C1 controls or errors;
- table layout, `<font>` tags, a fixed `<title>` (the office name) on every page and an `h1`
  banner text "สำนักงานเกษตรจังหวัดพิจิตร": **the headline is in neither** — it sits in a
  `td.newstopic` `<font size="3"><b>`;
- **dates split across cells** in Thai digits: "ประกาศเมื่อ : ๑๕ ม.ค. ๖๗" (two-digit BE) and,
  for items posted with a time, a separate cell "เวลา : ๑๐.๓๐ น."; an edited item prints a raw
  MySQL stamp "แก้ไขล่าสุด : 2024-01-17 14:20:31" (CE, seconds); the counter "อ่าน ๑,๒๓๔ ครั้ง"
  in Thai digits; "ข่าว/ภาพ : office" typed by the editor as the last body row (3 in 5 items);
  "คำค้น :" keywords row;
- furniture inside the news table: "พิมพ์ข่าวนี้" / "ส่งข่าวนี้ทางอีเมล" / "ขนาดตัวอักษร [ก+] [ก-]",
  "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, "ข่าวอื่นๆ ในหมวดเดียวกัน" list, a guestbook
  prompt "สมาชิกเท่านั้นจึงจะแสดงความคิดเห็นได้", a site counter image plus
  "ผู้เข้าชมตั้งแต่ 1 ต.ค. 2548", marquee; attachments "ดาวน์โหลดเอกสาร" for some items.
Listing: `/pr/index.html`, then **range pagination** `/pr/index.html?from=11&to=20`, ... with
"หน้าที่ : [1] 2 3 ถัดไป »" (rows numbered in Thai digits).
Deleted: `show.html?nid=N` of a removed row: the component prints its template with
"ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว" at 200.
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
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
PER_PAGE = 10
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "สำนักงานเกษตรอำเภอตะพานหิน", "ฝ่ายบริหารทั่วไป", None]
DELETED_NID = 3318


def be2(d: dt.datetime) -> str:
    """'๑๕ ม.ค. ๖๗': Thai digits, abbreviated month, two-digit BE year."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def tclock(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


class MasonSite(BaseSite):
    key = "b27_mason_tis620"
    family = "generic"
    charset = "cp874"
    imitates = "Perl HTML::Mason news system under mod_perl (Apache 2.2/CentOS 5), TIS-620 data: header charset=tis-620 while the bytes carry windows-874-only punctuation (meta windows-874); table layout, fixed <title> and an h1 banner, headline only in td.newstopic font/b; dates split across cells in Thai digits (ประกาศเมื่อ : ๑๕ ม.ค. ๖๗ | เวลา : ๑๐.๓๐ น.), raw MySQL 'แก้ไขล่าสุด : 2024-01-17 14:20:31' when edited, 'อ่าน ๑,๒๓๔ ครั้ง', ข่าว/ภาพ : sign-off row, คำค้น, print/e-mail/font tools, prev/next titles, other-news list, member-only comment prompt, site counter; range pagination /pr/index.html?from=11&to=20; deleted = 'ไม่พบข่าว' at 200"
    listing_path = "/pr/index.html"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 3, 30, 15, 0, tzinfo=TZ), offset=19
        )
        drop_corpus_signoffs(arts)
        nid = 3377
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 4
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/pr/show.html?nid={a.id}"
            if a.modified is not None:
                a.modified = a.modified.replace(second=(a.id * 7) % 60)
            a.extra["file"] = i % 6 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_NID not in self.by_id
        self.pages = paginate(arts, PER_PAGE)
        self.deleted = f"/pr/show.html?nid={DELETED_NID}"

    def page_href(self, k):
        if k == 0:
            return "/pr/index.html"
        return f"/pr/index.html?from={k * PER_PAGE + 1}&to={(k + 1) * PER_PAGE}"

    def listing_pages(self):
        return [self.page_href(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return (
            status,
            {
                "Content-Type": "text/html; charset=tis-620",
                "X-Powered-By": "HTML::Mason/1.42 mod_perl/2.0.4 Perl/v5.8.8",
            },
            body,
        )

    # ------------------------------------------------------------------ shell

    def shell(self, content, comp):
        latest = "".join(
            f'<tr><td valign="top"><img src="/mason_icons/arrow.gif" width="7" height="7"></td><td><a href="{a.path}" class="side">{esc(a.title[:60])}\u2026</a></td></tr>'
            for a in self.articles[:6]
        )
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=windows-874">
<title>{OFFICE}</title>
<link rel="stylesheet" href="/css/style.css" type="text/css">
<script language="JavaScript" src="/js/fontsize.js"></script>
</head>
<!-- autohandler: /pr/autohandler -->
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td background="/images/top_bg.jpg" height="110"><img src="/images/logo_doae.gif" width="96" height="96" align="left" alt="กรมส่งเสริมการเกษตร">
<h1 class="banner"><font color="#FFFFFF">{OFFICE}</font></h1><font color="#FFFF99" size="2">\u201cเกษตรกรมั่นคง การเกษตรยั่งยืน\u201d</font></td></tr>
<tr><td bgcolor="#336600" height="24"><font size="2">&nbsp;<a href="/" class="menu">หน้าแรก</a> | <a href="/about/index.html" class="menu">ข้อมูลหน่วยงาน</a> | <a href="/pr/index.html" class="menu">ข่าวประชาสัมพันธ์</a> | <a href="/price/index.html" class="menu">ราคาสินค้าเกษตร</a> | <a href="/webboard/index.html" class="menu">เว็บบอร์ด</a> | <a href="/contact.html" class="menu">ติดต่อเรา</a></font></td></tr>
<tr><td><marquee scrollamount="3" onmouseover="this.stop()" onmouseout="this.start()"><font color="#CC0000" size="2">ขอเชิญเกษตรกรผู้ปลูกข้าวขึ้นทะเบียนเกษตรกรได้ที่สำนักงานเกษตรอำเภอทุกแห่ง \u2013 ตั้งแต่บัดนี้เป็นต้นไป</font></marquee></td></tr>
</table>
<table width="900" border="0" cellspacing="0" cellpadding="0" align="center">
<tr>
<td width="200" valign="top" bgcolor="#EEF5E6">
<table width="100%" cellpadding="3"><tr><td class="sidehead"><b>ข่าวล่าสุด</b></td></tr></table>
<table width="100%" cellpadding="2">{latest}</table>
<br><table width="100%" cellpadding="3"><tr><td class="sidehead"><b>สมาชิก</b></td></tr>
<tr><td><form action="/member/login.html" method="post"><font size="2">ชื่อผู้ใช้ <input type="text" name="user" size="12"><br>รหัสผ่าน <input type="password" name="pass" size="12"><br><input type="submit" value="เข้าระบบ"></font></form></td></tr></table>
<br><center><font size="1">ผู้เข้าชมตั้งแต่ 1 ต.ค. 2548<br><img src="/cgi-bin/counter.pl?df=pichit.dat&amp;dd=B" alt="218457"></font></center>
</td>
<td width="700" valign="top">
<!-- comp: {comp} -->
{content}
</td>
</tr>
</table>
<table width="900" border="0" align="center" bgcolor="#336600"><tr><td align="center"><font color="#FFFFFF" size="2">{OFFICE} ศาลากลางจังหวัดพิจิตร ถ.บุษบา อ.เมือง จ.พิจิตร 66000 โทร. 0-5661-1143<br>Copyright \u00a9 2548-2567 All rights reserved. ดูได้ดีที่สุดด้วย IE 6.0 ความละเอียด 1024x768</font></td></tr></table>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def row(self, n, nid_path, title, d, views):
        bg = "#FFFFFF" if n % 2 else "#F3F8EC"
        return f"""<tr bgcolor="{bg}"><td align="center"><font size="2">{thai_digits(n)}</font></td><td><font size="2"><a href="{nid_path}">{esc(title)}</a></font></td><td align="center" nowrap><font size="2">{be2(d)}</font></td><td align="center"><font size="2">{thai_digits(f"{views:,}")}</font></td></tr>"""

    def listing(self, k):
        rows = []
        for j, a in enumerate(self.pages[k]):
            rows.append(self.row(k * PER_PAGE + j + 1, a.path, a.title, a.published, a.views))
        if k == 1:
            d = self.pages[1][4].published - dt.timedelta(hours=5)
            rows.insert(
                4,
                self.row(0, self.deleted, "แจ้งเลื่อนการอบรมหลักสูตรเกษตรกรรุ่นใหม่ (รุ่นที่ ๒)", d, 57),
            )
        n = len(self.pages)
        nav = ['<font size="2">หน้าที่ : ']
        if k > 0:
            nav.append(f'<a href="{esc(self.page_href(k - 1))}">\u00ab ก่อนหน้า</a> ')
        for i in range(n):
            nav.append(
                f"<b>[{i + 1}]</b> "
                if i == k
                else f'<a href="{esc(self.page_href(i))}">{i + 1}</a> '
            )
        if k < n - 1:
            nav.append(f'<a href="{esc(self.page_href(k + 1))}">ถัดไป \u00bb</a>')
        nav.append("</font>")
        content = f"""<table width="100%" cellpadding="4" cellspacing="1" bgcolor="#99CC66">
<tr><td colspan="4" bgcolor="#336600"><font color="#FFFFFF"><b>ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr bgcolor="#CCE6B3"><td align="center" width="40"><font size="2"><b>ลำดับ</b></font></td><td align="center"><font size="2"><b>หัวข้อข่าว</b></font></td><td align="center" width="90"><font size="2"><b>วันที่</b></font></td><td align="center" width="60"><font size="2"><b>อ่าน</b></font></td></tr>
{"".join(rows)}
</table>
<p align="center">{"".join(nav)}</p>"""
        return self.shell(content, "/pr/index.html")

    # ------------------------------------------------------------------ detail

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 3, i - 3, i + 5) if 0 <= j < len(self.articles)
        ][:4]

    def detail(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        when = (
            f'<td nowrap><font size="2" color="#666666">ประกาศเมื่อ : {be2(a.published)}</font></td>'
        )
        if a.time_printed:
            when += f'<td nowrap><font size="2" color="#666666">เวลา : {tclock(a.published)}</font></td>'
        when += f'<td align="right" nowrap><font size="2" color="#666666">อ่าน {thai_digits(f"{a.views:,}")} ครั้ง</font></td>'
        body = "".join(
            f'<tr><td class="newsdetail"><font size="2">&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}</font></td></tr>\n'
            for p in a.paras
        )
        if a.source:
            body += f'<tr><td class="newsdetail" align="right"><font size="2">ข่าว/ภาพ : {esc(a.source)}</font></td></tr>\n'
        mod = ""
        if a.modified:
            mod = f'<tr><td><font size="1" color="#999999">แก้ไขล่าสุด : {a.modified:%Y-%m-%d %H:%M:%S}</font></td></tr>'
        files = ""
        if a.extra["file"]:
            files = f'<tr><td><font size="2"><img src="/mason_icons/pdf.gif"> <a href="/upload/news/{a.id}_1.pdf">ดาวน์โหลดเอกสาร</a> (PDF 188 KB)</font></td></tr>'
        kw = ""
        if a.tags:
            kw = f'<tr><td><font size="2">คำค้น : {esc(", ".join(a.tags))}</font></td></tr>'
        pn = ""
        if newer:
            pn += f'<font size="2">\u00ab ข่าวก่อนหน้า : <a href="{newer.path}">{esc(newer.title)}</a></font><br>'
        if older:
            pn += f'<font size="2">ข่าวถัดไป \u00bb : <a href="{older.path}">{esc(older.title)}</a></font>'
        others = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <font size="1" color="#999999">({be2(r.published)})</font></li>'
            for r in self.others(a)
        )
        content = f"""<table width="100%" cellpadding="4" cellspacing="0" border="0">
<tr><td><font size="2"><a href="/">หน้าแรก</a> &gt; <a href="/pr/index.html">ข่าวประชาสัมพันธ์</a></font></td>
<td align="right"><font size="2"><a href="javascript:window.print()"><img src="/mason_icons/print.gif" border="0"> พิมพ์ข่าวนี้</a> | <a href="/pr/sendmail.html?nid={a.id}"><img src="/mason_icons/mail.gif" border="0"> ส่งข่าวนี้ทางอีเมล</a> | ขนาดตัวอักษร <a href="javascript:fsize(1)">[ก+]</a> <a href="javascript:fsize(-1)">[ก-]</a></font></td></tr>
</table>
<table width="100%" cellpadding="5" cellspacing="0" border="0" id="news">
<tr><td class="newstopic"><font size="3" color="#336600"><b>{esc(a.title)}</b></font></td></tr>
<tr><td><table border="0" cellpadding="2" cellspacing="0" width="100%"><tr>{when}</tr></table></td></tr>
<tr><td><hr size="1" color="#99CC66"></td></tr>
<!-- comp: /lib/news_body.mas -->
{body}{files}{kw}{mod}
<tr><td><hr size="1" color="#99CC66">{pn}</td></tr>
<tr><td><font size="2" color="#CC0000">** สมาชิกเท่านั้นจึงจะแสดงความคิดเห็นได้ <a href="/member/login.html">เข้าสู่ระบบ</a> **</font></td></tr>
<tr><td bgcolor="#EEF5E6"><font size="2"><b>ข่าวอื่นๆ ในหมวดเดียวกัน</b></font><ul>{others}</ul></td></tr>
</table>"""
        return self.shell(content, "/pr/show.html")

    def not_found(self):
        content = """<table width="100%" cellpadding="5" cellspacing="0" border="0" id="news">
<tr><td class="newstopic"><font size="3" color="#336600"><b></b></font></td></tr>
<tr><td align="center"><font size="2" color="#CC0000">ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว</font><br><a href="/pr/index.html">\u00ab กลับหน้ารวมข่าว</a></td></tr>
</table>"""
        return self.shell(content, "/pr/show.html")

    # ------------------------------------------------------------------ routing

    def route(self, path, query, raw_query, base):
        if path == "/" or path == "/index.html":
            return self.html_response(self.listing(0))
        if path == "/pr/index.html":
            if not raw_query:
                return self.html_response(self.listing(0))
            f, t = qs1(query, "from"), qs1(query, "to")
            if not (f.isdigit() and t.isdigit()):
                return None
            k = (int(f) - 1) // PER_PAGE
            if (int(f) - 1) % PER_PAGE or int(t) != (k + 1) * PER_PAGE or k >= len(self.pages):
                return None
            return self.html_response(self.listing(k))
        if path == "/pr/show.html":
            nid = qs1(query, "nid")
            if nid == str(DELETED_NID):
                return self.html_response(self.not_found())
            a = self.by_id.get(int(nid)) if nid.isdigit() else None
            if a:
                return self.html_response(self.detail(a))
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        recs = []
        for a in self.articles:
            i = self.articles.index(a)
            neigh = [self.articles[j].title for j in (i - 1, i + 1) if 0 <= j < len(self.articles)]
            must_not = [
                "พิมพ์ข่าวนี้",
                "ส่งข่าวนี้ทางอีเมล",
                "ขนาดตัวอักษร",
                f"อ่าน {thai_digits(f'{a.views:,}')} ครั้ง",
                "ประกาศเมื่อ :",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "สมาชิกเท่านั้นจึงจะแสดงความคิดเห็นได้",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "ผู้เข้าชมตั้งแต่ 1 ต.ค. 2548",
                "ดูได้ดีที่สุดด้วย IE 6.0",
                "เกษตรกรมั่นคง การเกษตรยั่งยืน",
                "ขอเชิญเกษตรกรผู้ปลูกข้าวขึ้นทะเบียนเกษตรกร",
                "คำค้น :",
                "แก้ไขล่าสุด :",
                *neigh,
                *[r.title for r in self.others(a)],
            ]
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสาร")
            recs.append(expected_record(a, modified_time=True, must_not=must_not))
        return recs


SITE = MasonSite()

if __name__ == "__main__":
    main(SITE)
