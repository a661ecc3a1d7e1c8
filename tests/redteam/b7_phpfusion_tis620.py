"""Blind-7 red-team site: PHP-Fusion 7 with a Thai locale pack, of a sub-district
administrative organisation (อบต.), built blind.  Windows-874 bytes.

What it imitates:
- PHP-Fusion 7.02 chrome: table theme (`td.capmain` panel titles, `td.main-body`,
  `td.side-border-left` / `side-border-right` panels: "เมนูหลัก", "ผู้ใช้ออนไลน์",
  "เข้าสู่ระบบ" login form, "ข่าวล่าสุด"), `<meta http-equiv='Content-Type' content='text/html;
  charset=tis-620'>` while the header says only `text/html`, same `<title>` on every page;
- news at `news.php?readmore=N` (relative links), the list at `news.php` and
  `news.php?rowstart=10` (PHP-Fusion's `makepagenav`: "หน้า 1 จาก 3", `[1] 2 3 >`, `>>`);
- the news item: `opentable(subject)` puts the headline in `td.capmain`, then the text
  (`news_news` + `news_extended`, `<br />` line breaks), then `newsposter()`:
  "ลงข่าวโดย admin เมื่อ กุมภาพันธ์ 15 2024 10:30:00" (PHP-Fusion's longdate setting
  `%B %d %Y %H:%M:%S` through strftime with the th_TH locale: Thai month *first*, Christian
  year, seconds), then `newsopts()`: "ความคิดเห็น 0 · อ่าน 87 ครั้ง · พิมพ์"; the "ที่มา :" line
  the editor typed at the end of the text; no tags, no modified date; comments panel
  "ความคิดเห็น" / "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น", ratings "ให้คะแนน";
- site visitor counter "ผู้เข้าชมทั้งหมด 1,234,567 ครั้ง" in the footer;
- the deleted item: a local patch prints "ไม่พบข่าวที่ท่านต้องการ" in the main panel (200)
  instead of PHP-Fusion's redirect.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, BaseSite, esc, expected_record, main, paginate, qs1
from .b7_common import build, on_page

SITE_NAME = "องค์การบริหารส่วนตำบลบ้านแหลม"
SOURCES = ["สำนักปลัด อบต.บ้านแหลม", None, None, "กองการศึกษา ศาสนาและวัฒนธรรม"]
PER_PAGE = 10
DELETED_ID = 145


def fusion_date(d: dt.datetime) -> str:
    """strftime('%B %d %Y %H:%M:%S') in th_TH."""
    return f"{MONTHS[d.month - 1]} {d.day:02d} {d.year} {d:%H:%M:%S}"


class FusionSite(BaseSite):
    key = "b7_phpfusion_tis620"
    family = "generic"
    imitates = "PHP-Fusion 7 Thai locale, windows-874 (meta tis-620 only): news.php?readmore=N, news.php?rowstart=N, headline in td.capmain, 'ลงข่าวโดย admin เมื่อ กุมภาพันธ์ 15 2024 10:30:00' (month first, CE) and 'ความคิดเห็น 0 · อ่าน 87 ครั้ง' after the text, 'ที่มา :' line, side panels and a site counter"
    listing_path = "/news.php"
    charset = "cp874"

    def __init__(self):
        self.articles = build(
            self.key, 23, 29, SOURCES, dt.datetime(2024, 3, 5, 16, 0), first_id=120, step=2
        )
        for a in self.articles:
            a.path = f"/news.php?readmore={a.id}"
            a.modified = None
            a.tags = []
            a.time_printed = True
            # the admin form stores seconds too: keep them zero (the page prints ':00')
        self.by_id = {a.id: a for a in self.articles}
        assert DELETED_ID not in self.by_id
        self.pages = paginate(self.articles, PER_PAGE)

    def html_response(self, text, **kw):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def listing_pages(self):
        return ["/news.php"] + [
            f"/news.php?rowstart={k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news.php?readmore={DELETED_ID}"]

    def opentable(self, title, inner):
        return f"""<table cellpadding='0' cellspacing='0' width='100%'>
<tr>
<td class='capmain-left'></td>
<td class='capmain'>{title}</td>
<td class='capmain-right'></td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='100%' class='spacer'>
<tr>
<td class='main-body'>
{inner}
</td>
</tr>
</table>
"""

    def side(self, title, inner):
        return f"""<table cellpadding='0' cellspacing='0' width='100%'><tr><td class='scapmain'>{title}</td></tr></table>
<table cellpadding='0' cellspacing='0' width='100%' class='spacer'><tr><td class='side-body'>{inner}</td></tr></table>
"""

    def shell(self, main_html):
        latest = "".join(
            f"<img src='themes/Gillette/images/bullet.gif' alt='' border='0' /> <a href='news.php?readmore={x.id}' title='{esc(x.title)}' class='side'>{esc(x.title[:40])}...</a><br />\n"
            for x in self.articles[:6]
        )
        left = self.side(
            "เมนูหลัก",
            "<div id='navigation'><ul><li class='first-link'><a href='index.php'><span>หน้าหลัก</span></a></li><li><a href='news.php'><span>ข่าวประชาสัมพันธ์</span></a></li><li><a href='articles.php?cat_id=1'><span>ประกาศจัดซื้อจัดจ้าง</span></a></li><li><a href='downloads.php'><span>ดาวน์โหลดเอกสาร</span></a></li><li><a href='weblinks.php'><span>ลิงก์หน่วยงาน</span></a></li><li><a href='contact.php'><span>ติดต่อเรา</span></a></li></ul></div>",
        ) + self.side(
            "ผู้ใช้ออนไลน์",
            "ผู้เยี่ยมชมออนไลน์: 3<br /><br />สมาชิกออนไลน์: 0<br /><br />สมาชิกทั้งหมด: 12<br />สมาชิกใหม่ล่าสุด: <span class='side small'>nongkran</span>",
        )
        right = self.side(
            "เข้าสู่ระบบ",
            "<div style='text-align:center'><form name='loginform' method='post' action='news.php'>ชื่อผู้ใช้<br />\n<input type='text' name='user_name' class='textbox' style='width:100px' /><br />\nรหัสผ่าน<br />\n<input type='password' name='user_pass' class='textbox' style='width:100px' /><br />\n<label><input type='checkbox' name='remember_me' value='y' title='จดจำฉันไว้' style='vertical-align:middle;' /></label>\n<input type='submit' name='login' value='เข้าสู่ระบบ' class='button' /><br />\n</form>\n<br />\nลืมรหัสผ่าน?<br />ขอรหัสผ่านใหม่ <a href='lostpassword.php' class='side'>คลิกที่นี่</a></div>",
        ) + self.side("ข่าวล่าสุด", latest)
        return f"""<!DOCTYPE html PUBLIC '-//W3C//DTD XHTML 1.0 Transitional//EN' 'http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd'>
<html xmlns='http://www.w3.org/1999/xhtml' xml:lang='th' lang='th'>
<head>
<title>{SITE_NAME} อำเภอบ้านแหลม จังหวัดเพชรบุรี</title>
<meta http-equiv='Content-Type' content='text/html; charset=tis-620' />
<meta name='description' content='{SITE_NAME}' />
<meta name='keywords' content='อบต.บ้านแหลม, เพชรบุรี' />
<link rel='stylesheet' href='themes/Gillette/styles.css' type='text/css' media='screen' />
<link rel='shortcut icon' href='images/favicon.ico' type='image/x-icon' />
<script type='text/javascript' src='includes/jscript.js'></script>
<script type='text/javascript' src='includes/jquery/jquery.js'></script>
</head>
<body>
<table cellpadding='0' cellspacing='0' width='100%' align='center'>
<tr><td class='full-header'><img src='images/banner_banlaem.jpg' alt='{SITE_NAME}' width='990' height='180' /></td></tr>
</table>
<table cellpadding='0' cellspacing='0' width='100%' align='center'>
<tr><td class='sub-header-left'></td>
<td class='sub-header'><a href='index.php' class='white'>หน้าหลัก</a> &middot; <a href='news.php' class='white'>ข่าวประชาสัมพันธ์</a> &middot; <a href='contact.php' class='white'>ติดต่อเรา</a></td>
<td align='right' class='sub-header'><marquee scrollamount='3' width='400'>ยินดีต้อนรับสู่เว็บไซต์{SITE_NAME} อำเภอบ้านแหลม จังหวัดเพชรบุรี</marquee></td>
<td class='sub-header-right'></td></tr>
</table>
<table cellpadding='0' cellspacing='0' width='100%' align='center' class='side-both'>
<tr>
<td class='side-border-left' valign='top'>{left}</td>
<td class='main-bg' valign='top'>{main_html}</td>
<td class='side-border-right' valign='top'>{right}</td>
</tr>
</table>
<table cellpadding='0' cellspacing='0' width='100%' align='center'>
<tr><td align='center' class='main-footer'>{SITE_NAME} 99 หมู่ 1 ตำบลบ้านแหลม อำเภอบ้านแหลม จังหวัดเพชรบุรี 76110 โทร. 0-3248-1234<br />
ผู้เข้าชมทั้งหมด 1,284,907 ครั้ง</td></tr>
<tr><td align='center' class='sub-footer'>Powered by <a href='https://www.php-fusion.co.uk'>PHP-Fusion</a> copyright &copy; 2002 - 2024 by Nick Jones.<br />
Released as free software without warranties under <a href='http://www.fsf.org/licensing/licenses/agpl-3.0.html'>GNU Affero GPL</a> v3.</td></tr>
</table>
</body>
</html>
"""

    def poster(self, a):
        return f"<img src='themes/Gillette/images/bullet.gif' alt='&gt;' style='vertical-align:middle;border:0;' /> ลงข่าวโดย <a href='profile.php?lookup=1'>admin</a> เมื่อ {fusion_date(a.published)}"

    def opts(self, a, read_link):
        more = f"<a href='news.php?readmore={a.id}'>อ่านต่อ</a> &middot;\n" if read_link else ""
        return f"{more}<a href='news.php?readmore={a.id}#comments'>ความคิดเห็น 0</a> &middot;\nอ่าน {a.views} ครั้ง &middot;\n<a href='print.php?type=N&amp;item_id={a.id}'><img src='themes/Gillette/images/printer.gif' alt='พิมพ์' style='vertical-align:middle;border:0;' /></a>"

    def item(self, a, inner, read_link):
        return f"""<table width='100%' cellpadding='0' cellspacing='0'>
<tr><td class='capmain-left'></td><td class='capmain'>{esc(a.title)}</td><td class='capmain-right'></td></tr>
</table>
<table width='100%' cellpadding='0' cellspacing='0' class='spacer'>
<tr><td class='main-body'>{inner}</td></tr>
<tr><td align='center' class='news-footer'>
{self.poster(a)}
&middot;
{self.opts(a, read_link)}
</td></tr>
</table>
"""

    def listing(self, n):
        if not 0 <= n < len(self.pages):
            return None
        parts = []
        for k, a in enumerate(self.pages[n]):
            parts.append(
                self.item(
                    a,
                    f"<a href='news.php?readmore={a.id}'><img src='images/news/thumbs/pr{a.id}_t1.jpg' alt='{esc(a.title)}' class='news-category' /></a>{esc(a.paras[0][:220])}...",
                    True,
                )
            )
            if n == 1 and k == 3:
                parts.append(
                    f"""<table width='100%' cellpadding='0' cellspacing='0'><tr><td class='capmain'>ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง</td></tr></table><table width='100%' cellpadding='0' cellspacing='0' class='spacer'><tr><td class='main-body'>รายละเอียดตามไฟล์แนบ</td></tr><tr><td align='center' class='news-footer'><a href='news.php?readmore={DELETED_ID}'>อ่านต่อ</a></td></tr></table>"""
                )
        last = len(self.pages)

        def href(k):
            return f"news.php?rowstart={k * PER_PAGE}" if k else "news.php?rowstart=0"

        nav = f"<span><small>หน้า {n + 1} จาก {last}</small></span>\n"
        if n > 0:
            nav += f"<a href='{href(0)}' class='pagenavlink'>&lt;&lt;</a>\n<a href='{href(n - 1)}' class='pagenavlink'>&lt;</a>\n"
        for k in range(last):
            nav += (
                f"<span><small>[{k + 1}]</small></span>\n"
                if k == n
                else f"<a href='{href(k)}' class='pagenavlink'>{k + 1}</a>\n"
            )
        if n < last - 1:
            nav += f"<a href='{href(n + 1)}' class='pagenavlink'>&gt;</a>\n<a href='{href(last - 1)}' class='pagenavlink'>&gt;&gt;</a>\n"
        main_html = (
            "".join(parts)
            + f"<div align='center' style='margin-top:5px;'>\n<div class='pagenav'>\n{nav}</div>\n</div>\n"
        )
        return self.html_response(self.shell(main_html))

    def detail(self, a):
        text = "<br />\n".join(esc(p) for p in a.paras)
        if a.source:
            text += f"<br />\n<br />\nที่มา : {esc(a.source)}"
        inner = f"<img src='images/news/pr{a.id}_1.jpg' alt='{esc(a.title)}' class='news-category' style='float:left' /><br />\n{text}"
        comments = (
            self.opentable(
                "ความคิดเห็น",
                "<a id='comments' name='comments'></a>\nไม่มีความคิดเห็น\n",
            )
            + self.opentable(
                "แสดงความคิดเห็น",
                "<div style='text-align:center'>กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น</div>\n",
            )
            + self.opentable(
                "ให้คะแนน",
                "<div style='text-align:center'>กรุณาเข้าสู่ระบบก่อนให้คะแนน</div>\n<div style='text-align:center'>ยังไม่มีการให้คะแนน</div>",
            )
        )
        return self.html_response(self.shell(self.item(a, inner, False) + comments))

    def deleted(self):
        return self.html_response(
            self.shell(
                self.opentable(
                    "ข่าวประชาสัมพันธ์",
                    "<div style='text-align:center'><br />ไม่พบข่าวที่ท่านต้องการ<br /><br /></div>",
                )
            )
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 302, {"Location": base + "/news.php"}, b""
        if path != "/news.php":
            return None
        if "readmore" in query:
            v = qs1(query, "readmore")
            if not v.isdigit():
                return None
            if int(v) in self.by_id:
                return self.detail(self.by_id[int(v)])
            return self.deleted()
        v = qs1(query, "rowstart", "0")
        if not v.isdigit() or int(v) % PER_PAGE:
            return None
        return self.listing(int(v) // PER_PAGE)

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ลงข่าวโดย",
                "ความคิดเห็น 0",
                "กรุณาเข้าสู่ระบบก่อนแสดงความคิดเห็น",
                "ให้คะแนน",
                "ผู้ใช้ออนไลน์",
                "ผู้เข้าชมทั้งหมด",
                "ลืมรหัสผ่าน",
                "Powered by",
            ]
            out.append(
                expected_record(
                    a, published_time=True, tags=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = FusionSite()

if __name__ == "__main__":
    main(SITE)
