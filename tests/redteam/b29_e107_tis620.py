"""Blind-29 red-team site (part B): **e107 0.7.x with a Thai language pack, in TIS-620**, a
district health office (สำนักงานสาธารณสุขอำเภอบ้านไร่) that has not touched its site since
about 2010, built blind.

What it imitates:
- e107 0.7 fingerprints: `<?xml version='1.0' encoding='tis-620' ?>`, XHTML 1.1 doctype,
  `e107_themes/reline/style.css`, `e107_files/e107.js`, RSS link to
  `e107_plugins/rss_menu/rss.php?1.2`, footer "This site is powered by e107" (GPL line);
  **HTTP header `text/html` with no charset, meta `charset=tis-620`, bytes windows-874**
  (curly quotes and "…" in furniture, NCRs for anything outside the code page);
- table layout of a classic theme: site banner, horizontal `sitelinks`, left menus (main
  menu, login "ชื่อผู้ใช้ / รหัสผ่าน", online "ผู้ใช้ออนไลน์", site counter), right menus
  (other news "ข่าวอื่นๆ" with titles cut with "...", poll);
- **`<title>` is the site name only; the headline is only in `div.newstitle` / the caption
  cell (`td.caption2`), no `h1`/`h2` anywhere**;
- news item `news.php?extend.N`: info line "โพสต์โดย admin_bnr **พุธ 13 มีนาคม 2024 -
  10:30:00**" (e107's long date: strftime under th_TH, **Thai day and month, CE year, seconds**,
  always the time); e-mail / print / PDF icons (`email.php?news.N`, `print.php?news.N`,
  `e107_plugins/pdf/pdf.php?news.N`); category "หมวด: ข่าวประชาสัมพันธ์"; body is news_body +
  news_extended with `<br /><br />` paragraphs; a bold typed sign-off "ที่มา : …" or
  "ข่าว/ภาพ : …" (some) and an image (some); "ความคิดเห็น (N)" link and the
  comment form prompt "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"; no per-item counter;
- listing: front page `news.php` with e107's **dotted query nextprev**:
  `news.php?default.0.8`, `news.php?default.0.16` ("หน้า 1 2 3", "<<" / ">>").
Deleted: a deleted news id linked from page 2: e107 answers 200 with the news table caption
and "ไม่มีข่าวในขณะนี้".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขอำเภอบ้านไร่"
SITENAME = f"{OFFICE} จังหวัดอุทัยธานี"
DAYS = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
PER_PAGE = 8
DELETED_ID = 118
SOURCES = [None, "โรงพยาบาลบ้านไร่", "ข่าว/ภาพ", "งานควบคุมโรค สสอ.บ้านไร่", None, "รพ.สต.บ้านบึง"]
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด: 58,214"
TH = "/e107_themes/reline"


def e107_long(d: dt.datetime) -> str:
    return f"{DAYS[d.weekday()]} {d.day:02d} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M:%S}"


class E107Site(BaseSite):
    key = "b29_e107_tis620"
    family = "generic"
    charset = "cp874"
    imitates = "e107 0.7 + Thai pack, TIS-620 district health office: header text/html without charset, meta tis-620, windows-874 bytes; <title> = site name, headline only in the news caption cell (no h1/h2); news.php?extend.N; 'โพสต์โดย admin_bnr พุธ 13 มีนาคม 2024 - 10:30:00' (Thai names, CE year, seconds); email/print/PDF icons; <br /><br /> body with a bold typed 'ที่มา :' / 'ข่าว/ภาพ :' line (some); comments link and login prompt; left/right menus (login, online, site counter, other news, poll); front-page nextprev news.php?default.0.8; deleted = removed id answering 200 'ไม่มีข่าวในขณะนี้'"
    listing_path = "/news.php"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2010, 11, 26, 16, 0, tzinfo=TZ), offset=433
        )
        drop_corpus_signoffs(arts)
        nid = 141
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 2
            a.time_printed = True
            a.modified = None
            a.views = None
            s = SOURCES[i % len(SOURCES)]
            a.extra["label"] = "ที่มา"
            if s == "ข่าว/ภาพ":
                a.extra["label"] = "ข่าว/ภาพ"
                s = f"กลุ่มงานส่งเสริมสุขภาพ {OFFICE}"
            a.source = s
            a.tags = []
            a.path = f"/news.php?extend.{a.id}"
            a.extra["image"] = i % 5 == 1
            a.extra["comments"] = (a.id * 7) % 4
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return ["/news.php"] + [
            f"/news.php?default.0.{k * PER_PAGE}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news.php?extend.{DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, content):
        others = "".join(
            f"<img src='{TH}/images/bullet2.gif' alt='' /> <a href='news.php?extend.{a.id}'>{esc(a.title[:28])}...</a><br />"
            for a in self.articles[:6]
        )
        return f"""<?xml version='1.0' encoding='tis-620' ?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.1//EN" "http://www.w3.org/TR/xhtml11/DTD/xhtml11.dtd">
<html xmlns='http://www.w3.org/1999/xhtml' xml:lang="th">
<head>
<title>{esc(SITENAME)}</title>
<link rel='stylesheet' href='{TH}/style.css' type='text/css' media='all' />
<link rel='alternate' type='application/rss+xml' title='{esc(SITENAME)} RSS' href='/e107_plugins/rss_menu/rss.php?1.2' />
<meta http-equiv='content-type' content='text/html; charset=tis-620' />
<meta http-equiv='content-style-type' content='text/css' />
<meta name="description" content="เว็บไซต์{OFFICE} ข่าวสารสาธารณสุข" />
<meta name="keywords" content="สสอ.บ้านไร่, สาธารณสุข, อุทัยธานี" />
<script type='text/javascript' src='/e107_files/e107.js'></script>
</head>
<body onload="externalLinks();">
<table style='width:100%' cellspacing='0' cellpadding='0'>
<tr><td colspan='3' class='topbar'><img src='{TH}/images/logo.png' alt='{esc(SITENAME)}' /><div class='sitename'>{esc(SITENAME)}</div><div class='sitetag'>“ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข”</div></td></tr>
<tr><td colspan='3' class='sitelinks'>
<a class='button' href='/index.php'>หน้าแรก</a> <a class='button' href='/news.php'>ข่าวสาร</a> <a class='button' href='/download.php'>ดาวน์โหลด</a> <a class='button' href='/e107_plugins/forum/forum.php'>เว็บบอร์ด</a> <a class='button' href='/contact.php'>ติดต่อเรา</a>
</td></tr>
<tr>
<td class='leftcol' style='width:180px; vertical-align:top'>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>เมนูหลัก</td></tr><tr><td class='forumheader3'>
<a href='/page.php?1'>ประวัติหน่วยงาน</a><br /><a href='/page.php?2'>บุคลากร</a><br /><a href='/page.php?3'>ยุทธศาสตร์</a><br /><a href='/links.php'>ลิงก์หน่วยงาน</a></td></tr></table></div>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>เข้าสู่ระบบ</td></tr><tr><td class='forumheader3'>
<form method='post' action='/news.php'><p>ชื่อผู้ใช้<br /><input class='tbox login user' type='text' name='username' size='15' maxlength='30' /><br />รหัสผ่าน<br /><input class='tbox login pass' type='password' name='userpass' size='15' maxlength='20' /><br /><input class='button' type='submit' name='userlogin' value='เข้าสู่ระบบ' /><br /><input type='checkbox' name='autologin' value='1' /> จดจำฉัน<br />[ <a href='/signup.php'>สมัครสมาชิก</a> ]<br />[ <a href='/fpw.php'>ลืมรหัสผ่าน?</a> ]</p></form></td></tr></table></div>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>ผู้ใช้ออนไลน์</td></tr><tr><td class='forumheader3'>ผู้เยี่ยมชม: 3<br />สมาชิก: 0<br />สมาชิกล่าสุด: nurse_rph</td></tr></table></div>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>สถิติ</td></tr><tr><td class='forumheader3'>วันนี้: 41<br />{SITE_COUNTER}</td></tr></table></div>
</td>
<td class='maincol' style='vertical-align:top'>
{content}
</td>
<td class='rightcol' style='width:200px; vertical-align:top'>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>ข่าวอื่นๆ</td></tr><tr><td class='forumheader3'>{others}</td></tr></table></div>
<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>แบบสำรวจความคิดเห็น</td></tr><tr><td class='forumheader3'><form method='post' action='/news.php'><b>ท่านพึงพอใจต่อบริการของ รพ.สต. เพียงใด</b><br /><input type='radio' name='votea' value='1' /> มาก<br /><input type='radio' name='votea' value='2' /> ปานกลาง<br /><input type='radio' name='votea' value='3' /> น้อย<br /><input class='button' type='submit' name='pollvote' value='โหวต' /></form></td></tr></table></div>
</td>
</tr>
<tr><td colspan='3' class='footer' style='text-align:center'>{esc(SITENAME)} 169 หมู่ 1 ตำบลเมืองการุ้ง อำเภอบ้านไร่ จังหวัดอุทัยธานี 61140 โทร. 0-5653-9045<br />
This site is powered by <a href='http://e107.org'>e107</a>, which is released under the terms of the GNU GPL License.</td></tr>
</table>
</body>
</html>
"""

    def item_block(self, a, full):
        info = f"<div class='newsinfo'>โพสต์โดย <a href='/user.php?id.1'>admin_bnr</a> {e107_long(a.published)}</div>"
        icons = (
            f"<a href='/email.php?news.{a.id}'><img src='/e107_images/generic/lite/email.png' style='border:0' alt='ส่งข่าวนี้ให้เพื่อน' title='ส่งข่าวนี้ให้เพื่อน' /></a> "
            f"<a href='/print.php?news.{a.id}'><img src='/e107_images/generic/lite/printer.png' style='border:0' alt='พิมพ์หน้านี้' title='พิมพ์หน้านี้' /></a> "
            f"<a href='/e107_plugins/pdf/pdf.php?news.{a.id}'><img src='/e107_plugins/pdf/images/pdf_16.png' style='border:0' alt='สร้างเอกสาร PDF' title='สร้างเอกสาร PDF' /></a>"
        )
        if full:
            body = "<br /><br />".join(esc(p) for p in a.paras)
            if a.extra["image"]:
                body = (
                    f"<img src='/e107_images/newspost_images/{a.id}_pic1.jpg' alt='' style='border:0' /><br />"
                    + body
                )
            if a.source:
                body += f"<br /><br /><b>{a.extra['label']} : {esc(a.source)}</b>"
            more = ""
        else:
            body = esc(a.paras[0][:220]) + " …"
            more = f"<br /><br /><a href='/news.php?extend.{a.id}'>อ่านต่อ ...</a>"
        c = a.extra["comments"]
        return f"""<div class='spacer'><table class='fborder' style='width:100%' cellspacing='0'>
<tr><td class='caption2'><div class='newstitle'>{"" if full else f"<a href='/news.php?extend.{a.id}'>"}{esc(a.title)}{"" if full else "</a>"}</div></td></tr>
<tr><td class='forumheader3'>{info}
<div class='newsbody'>{body}{more}</div>
</td></tr>
<tr><td class='forumheader2' style='text-align:right'><span class='smalltext'>หมวด: <a href='/news.php?cat.2'>ข่าวประชาสัมพันธ์</a> | <a href='/comment.php?comment.news.{a.id}'>ความคิดเห็น ({c})</a> | {icons}</span></td></tr>
</table></div>
"""

    def nextprev(self, k):
        n = len(self.pages)

        def link(j):
            return "/news.php" if j == 0 else f"/news.php?default.0.{j * PER_PAGE}"

        parts = []
        if k > 0:
            parts.append(f"<a class='nextprev_link' href='{link(k - 1)}'>&lt;&lt;</a>")
        for j in range(n):
            parts.append(
                f"<span class='nextprev_current'>{j + 1}</span>"
                if j == k
                else f"<a class='nextprev_link' href='{link(j)}'>{j + 1}</a>"
            )
        if k < n - 1:
            parts.append(f"<a class='nextprev_link' href='{link(k + 1)}'>&gt;&gt;</a>")
        return f"<div class='nextprev' style='text-align:center'><span class='nextprev_text'>หน้า </span>{' '.join(parts)}</div>"

    def listing(self, k):
        blocks = [self.item_block(a, False) for a in self.pages[k]]
        if k == 1:
            ghost = self.pages[1][2]
            blocks.insert(
                3,
                f"<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption2'><div class='newstitle'><a href='/news.php?extend.{DELETED_ID}'>ประกาศรับสมัคร อสม. ดีเด่น</a></div></td></tr><tr><td class='forumheader3'><div class='newsinfo'>โพสต์โดย admin_bnr {e107_long(ghost.published)}</div></td></tr></table></div>\n",
            )
        return self.shell("".join(blocks) + self.nextprev(k))

    def detail(self, a):
        c = a.extra["comments"]
        comments = f"""<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>ความคิดเห็น ({c})</td></tr>
<tr><td class='forumheader3' style='text-align:center'>กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น หรือ <a href='/signup.php'>สมัครสมาชิก</a></td></tr></table></div>"""
        return self.shell(self.item_block(a, True) + comments)

    def missing(self):
        return self.shell(
            "<div class='spacer'><table class='fborder' style='width:100%'><tr><td class='caption'>ข่าวสาร</td></tr><tr><td class='forumheader3' style='text-align:center'>ไม่มีข่าวในขณะนี้</td></tr></table></div>"
        )

    def html_response(self, text, **kw):
        status = kw.get("status", 200)
        # e107 sets no charset header; Apache sends text/html alone
        body = text.encode("cp874", errors="xmlcharrefreplace")
        return status, {"Content-Type": "text/html"}, body

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 302, {"Location": base + "/news.php"}, b""
        if path != "/news.php":
            return None
        if raw_query == "":
            return self.html_response(self.listing(0))
        parts = raw_query.split(".")
        if len(parts) == 3 and parts[:2] == ["default", "0"] and parts[2].isdigit():
            start = int(parts[2])
            if start % PER_PAGE or not 0 < start // PER_PAGE < len(self.pages):
                return None
            return self.html_response(self.listing(start // PER_PAGE))
        if len(parts) == 2 and parts[0] == "extend" and parts[1].isdigit():
            nid = int(parts[1])
            if nid == DELETED_ID:
                return self.html_response(self.missing())
            if nid in self.by_id:
                return self.html_response(self.detail(self.by_id[nid]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                e107_long(a.published),
                "admin_bnr",
                "โพสต์โดย",
                "ส่งข่าวนี้ให้เพื่อน",
                "หมวด: ข่าวประชาสัมพันธ์",
                f"ความคิดเห็น ({a.extra['comments']})",
                "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น",
                "ผู้ใช้ออนไลน์",
                "สมาชิกล่าสุด",
                SITE_COUNTER,
                "ลืมรหัสผ่าน?",
                "แบบสำรวจความคิดเห็น",
                "ท่านพึงพอใจต่อบริการของ รพ.สต. เพียงใด",
                "ประชาชนสุขภาพดี เจ้าหน้าที่มีความสุข",
                "ตำบลเมืองการุ้ง",
                "This site is powered by",
                "ข่าวอื่นๆ",
            ]
            must_not += [o.title[:28] for o in self.articles[:6] if o is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = E107Site()

if __name__ == "__main__":
    main(SITE)
