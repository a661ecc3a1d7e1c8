"""Blind-28 red-team site (part B): **Mambo 4.5.2 with a Thai language pack in windows-874**, a
district office (ที่ว่าการอำเภอด่านขุนทด) still running it, built blind.

What it imitates:
- Mambo fingerprints: generator meta "Mambo - Copyright 2000 - 2005 Miro International Pty Ltd.",
  core SEF URLs (`/content/view/<id>/<Itemid>/`, `/content/blogcategory/<cat>/<Itemid>/`),
  `/templates/rhuk_solarflare_ii/css/template_css.css`, `/images/M_images/*.png` buttons,
  `index2.php?option=com_content&task=view&id=N&pop=1` print links, com_rss feed link,
  "Powered by Mambo" footer, table layout (`table.contentpaneopen`, `td.contentheading`,
  `td.createdate`, `td.modifydate`, `span.small`, `a.readon`, `table.blog`, `th.pagenav_prev`);
- **the charset trap**: the Thai pack declares `charset=tis-620` in a meta only (no charset in
  the HTTP header) while the bytes are windows-874 with curly quotes / ellipsis / en dash that
  TIS-620 lacks;
- **the headline only in `td.contentheading`** (no `h1`/`h2`; `<title>` is the office name);
- a patched Thai `mosFormatDate`: "วันพฤหัสบดีที่ ๑๖ พฤษภาคม พ.ศ. ๒๕๖๗ เวลา ๑๐:๓๐ น." in **Thai
  digits**; the time is left out where the created time is 00:00 (items dated with the
  calendar only); "ปรับปรุงล่าสุด ( ๑๗ พ.ค. ๖๗ ๑๔:๒๒ )" on edited items only; "ผู้เข้าชม: ๑,๒๓๔";
- body typed with `<br /><br />`, a typed last line "ข่าว : office" / "ที่มา : office" (3 in 5),
  mosimage (some), a Word attachment link (some); print / PDF / e-mail buttons, "< ก่อนหน้า"
  / "ถัดไป >" pagenav (no titles), AkoComment with a login prompt, mod_related_items
  "ข่าวที่เกี่ยวข้อง", latest / most-read / who's-online / login / poll modules.
Listing: Mambo blog category under core SEF, **limit and limitstart as path segments**:
`/content/blogcategory/12/34/`, `/content/blogcategory/12/34/8/8/`, `/content/blogcategory/12/34/8/16/`
("ผลลัพธ์ 9 - 16 จาก 24"). Deleted: `/content/view/187/34/` (unpublished): 200 with Mambo's
"not exist" message.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    WEEKDAYS,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "ที่ว่าการอำเภอด่านขุนทด"
SOURCES = [
    "ฝ่ายบริหารงานปกครอง อำเภอด่านขุนทด",
    None,
    "สำนักงานพัฒนาชุมชนอำเภอด่านขุนทด",
    "ฝ่ายบริหารงานปกครอง อำเภอด่านขุนทด",
    None,
]
LABELS = ["ข่าว", None, "ที่มา", "ข่าว", None]
PER_PAGE = 8
BLOG = "/content/blogcategory/12/34/"
DELETED = "/content/view/187/34/"
TZ7 = dt.timezone(dt.timedelta(hours=7))


def created_text(d: dt.datetime, with_time: bool) -> str:
    s = f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
    if with_time:
        s += f" เวลา {d:%H:%M} น."
    return thai_digits(s)


def modified_text(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]} {d:%H:%M}")


def tnum(n: int) -> str:
    return thai_digits(f"{n:,}")


class MamboSite(BaseSite):
    key = "b28_mambo_tis620"
    family = "generic"
    imitates = "Mambo 4.5.2 + Thai pack, windows-874 bytes declared tis-620 in a meta only: core SEF /content/view/<id>/34/, blog pages /content/blogcategory/12/34/<limit>/<limitstart>/; headline only in td.contentheading (<title> = office); Thai-digit createdate with BE year and 'เวลา HH:MM น.' unless midnight; modifydate on edited items; 'ผู้เข้าชม: ๑,๒๓๔'; typed 'ข่าว :' / 'ที่มา :' sign-off; print/PDF/e-mail, pagenav without titles, AkoComment, related items; deleted = not-exist message 200"
    listing_path = BLOG
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 7, 10, 15, 0, tzinfo=TZ7), offset=29
        )
        drop_corpus_signoffs(arts)
        nid = 236
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            if nid == 187:
                nid -= 1
            if not a.time_printed:
                a.published = a.published.replace(hour=0, minute=0)
                if a.modified:
                    a.modified = a.modified.replace(hour=max(a.modified.hour, 9))
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = LABELS[i % len(LABELS)]
            a.tags = []
            a.path = f"/content/view/{a.id}/34/"
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 4
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def page_path(self, k):
        return BLOG if k == 0 else f"{BLOG}{PER_PAGE}/{k * PER_PAGE}/"

    def listing_pages(self):
        return [self.page_path(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, **kw):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    # ------------------------------------------------------------------ shell

    def module(self, title, inner):
        return (
            f'<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">{title}</th></tr>'
            f"<tr><td>{inner}</td></tr></table>"
        )

    def cut(self, t):
        return t if len(t) <= 48 else t[:46] + "…"

    def shell(self, content, crumb):
        latest = "".join(
            f'<tr><td><a href="{a.path}" class="latestnews">{esc(self.cut(a.title))}</a></td></tr>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<tr><td><a href="{a.path}" class="mostread">{esc(self.cut(a.title))}</a></td></tr>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        left = (
            self.module(
                "เมนูหลัก",
                '<table width="100%" border="0" cellpadding="0" cellspacing="0">'
                '<tr><td><a href="/" class="mainlevel">หน้าแรก</a></td></tr>'
                '<tr><td><a href="/content/view/2/27/" class="mainlevel">ข้อมูลอำเภอ</a></td></tr>'
                f'<tr><td><a href="{BLOG}" class="mainlevel" id="active_menu">ข่าวประชาสัมพันธ์</a></td></tr>'
                '<tr><td><a href="/component/option,com_docman/Itemid,41/" class="mainlevel">ดาวน์โหลดเอกสาร</a></td></tr>'
                '<tr><td><a href="/component/option,com_contact/Itemid,3/" class="mainlevel">ติดต่อเรา</a></td></tr></table>',
            )
            + self.module(
                "เข้าสู่ระบบ",
                '<form action="/index.php" method="post" name="login">ชื่อผู้ใช้<br /><input type="text" name="username" class="inputbox" size="10" /><br />'
                'รหัสผ่าน<br /><input type="password" name="passwd" class="inputbox" size="10" /><br />'
                '<input type="submit" name="Submit" class="button" value="เข้าสู่ระบบ" /><br />'
                '<a href="/index.php?option=com_registration&amp;task=lostPassword">ลืมรหัสผ่าน?</a><br />'
                'ยังไม่ได้ลงทะเบียน? <a href="/index.php?option=com_registration&amp;task=register">สมัครสมาชิก</a></form>',
            )
            + self.module(
                "ผู้ใช้งานออนไลน์",
                "ขณะนี้มี&nbsp;4 ผู้เยี่ยมชม&nbsp;ออนไลน์<br />สถิติผู้เข้าชมทั้งหมด ๘๖๔,๒๑๐",
            )
        )
        right = (
            self.module("“ข่าวล่าสุด”", f'<table cellpadding="0" cellspacing="0">{latest}</table>')
            + self.module("ข่าวยอดนิยม", f'<table cellpadding="0" cellspacing="0">{popular}</table>')
            + self.module(
                "แบบสำรวจความคิดเห็น",
                '<form action="/index.php" method="post" name="form2">ท่านพึงพอใจการให้บริการของอำเภอเพียงใด<br />'
                '<input type="radio" name="voteid" value="1" />มากที่สุด<br /><input type="radio" name="voteid" value="2" />มาก<br />'
                '<input type="radio" name="voteid" value="3" />ปานกลาง<br /><input type="submit" class="button" value="โหวต" /></form>',
            )
        )
        return f"""<?xml version="1.0" encoding="tis-620"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{OFFICE}</title>
<meta name="description" content="{OFFICE} จังหวัดนครราชสีมา" />
<meta name="keywords" content="อำเภอด่านขุนทด, นครราชสีมา" />
<meta name="Generator" content="Mambo - Copyright 2000 - 2005 Miro International Pty Ltd.  All rights reserved." />
<meta name="robots" content="index, follow" />
<link rel="shortcut icon" href="/images/favicon.ico" />
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<link href="/templates/rhuk_solarflare_ii/css/template_css.css" rel="stylesheet" type="text/css" />
<link rel="alternate" title="{OFFICE}" href="/index2.php?option=com_rss&amp;no_html=1" type="application/rss+xml" />
<script language="JavaScript" type="text/javascript" src="/includes/js/mambojavascript.js"></script>
</head>
<body>
<div align="center">
<table border="0" cellpadding="0" cellspacing="0" width="808" class="maintable">
<tr><td class="header" colspan="3"><img src="/templates/rhuk_solarflare_ii/images/header_dankhuntod.jpg" alt="{OFFICE}" width="808" height="140" /></td></tr>
<tr><td class="topnav" colspan="3"><marquee scrollamount="3">ยินดีต้อนรับสู่เว็บไซต์{OFFICE} – “บริการด้วยใจ ใส่ใจประชาชน”</marquee></td></tr>
<tr><td class="pathway" colspan="3"><span class="pathway"><a href="/" class="pathway">หน้าแรก</a> <img src="/images/M_images/arrow.png" alt="arrow" /> {crumb} </span></td></tr>
<tr>
<td width="160" valign="top" class="leftcol">{left}</td>
<td valign="top" class="contentcol" width="488">
{content}
</td>
<td width="160" valign="top" class="rightcol">{right}</td>
</tr>
<tr><td colspan="3" class="footer" align="center">{OFFICE} ถนนมิตรภาพ ตำบลด่านขุนทด อำเภอด่านขุนทด จังหวัดนครราชสีมา 30210 โทร. ๐-๔๔๓๘-๙๑๕๑<br />
<div align="center"><a href="http://www.mamboserver.com">Mambo</a> is Free Software released under the GNU/GPL License.</div>
<div align="center">Powered by Mambo</div></td></tr>
</table>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def buttons(self, a_id):
        return (
            f'<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;do_pdf=1&amp;id={a_id}" target="_blank" title="PDF">'
            '<img src="/images/M_images/pdf_button.png" alt="PDF" align="middle" border="0" /></a></td>'
            f'<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=view&amp;id={a_id}&amp;Itemid=34&amp;pop=1&amp;page=0" target="_blank" title="พิมพ์">'
            '<img src="/images/M_images/printButton.png" alt="พิมพ์" align="middle" border="0" /></a></td>'
            f'<td align="right" width="100%" class="buttonheading"><a href="/index2.php?option=com_content&amp;task=emailform&amp;id={a_id}" target="_blank" title="อีเมล">'
            '<img src="/images/M_images/emailButton.png" alt="อีเมล" align="middle" border="0" /></a></td>'
        )

    def blog_entry(self, path, a_id, title, created, intro):
        return f"""<div><table class="contentpaneopen"><tr>
<td class="contentheading" width="100%"><a href="{path}" class="contentpagetitle">{esc(title)}</a></td>
{self.buttons(a_id)}</tr></table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย Administrator</span>&nbsp;&nbsp;</td></tr>
<tr><td valign="top" colspan="2" class="createdate">{created}</td></tr>
<tr><td valign="top" colspan="2">{esc(intro)}</td></tr>
<tr><td align="left" colspan="2"><a href="{path}" class="readon">อ่านต่อ...</a></td></tr>
</table><span class="article_seperator">&nbsp;</span></div>
"""

    def pager(self, k):
        n = len(self.pages)
        parts = []
        if k:
            parts.append(
                f'<a href="{self.page_path(0)}" class="pagenav" title="เริ่มต้น">&lt;&lt;&nbsp;เริ่มต้น</a> '
                f'<a href="{self.page_path(k - 1)}" class="pagenav" title="ก่อนหน้า">&lt;&nbsp;ก่อนหน้า</a> '
            )
        else:
            parts.append(
                '<span class="pagenav">&lt;&lt;&nbsp;เริ่มต้น</span> <span class="pagenav">&lt;&nbsp;ก่อนหน้า</span> '
            )
        for j in range(n):
            parts.append(
                f'<span class="pagenav">{j + 1}</span> '
                if j == k
                else f'<a href="{self.page_path(j)}" class="pagenav"><strong>{j + 1}</strong></a> '
            )
        if k < n - 1:
            parts.append(
                f'<a href="{self.page_path(k + 1)}" class="pagenav" title="ถัดไป">ถัดไป&nbsp;&gt;</a> '
                f'<a href="{self.page_path(n - 1)}" class="pagenav" title="สุดท้าย">สุดท้าย&nbsp;&gt;&gt;</a>'
            )
        else:
            parts.append(
                '<span class="pagenav">ถัดไป&nbsp;&gt;</span> <span class="pagenav">สุดท้าย&nbsp;&gt;&gt;</span>'
            )
        first = k * PER_PAGE + 1
        last = min((k + 1) * PER_PAGE, len(self.articles))
        return (
            f'<tr><td valign="top" align="center">{"".join(parts)}<br /><br /></td></tr>'
            f'<tr><td valign="top" align="center">ผลลัพธ์ {first} - {last} จาก {len(self.articles)}</td></tr>'
        )

    def listing(self, k):
        entries = [
            self.blog_entry(
                a.path, a.id, a.title, created_text(a.published, a.time_printed), a.paras[0]
            )
            for a in self.pages[k]
        ]
        if k == 1:
            entries.insert(
                5,
                self.blog_entry(
                    DELETED,
                    187,
                    "ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างเหมาบริการ",
                    created_text(dt.datetime(2024, 5, 2, 0, 0, tzinfo=TZ7), False),
                    "ตามเอกสารแนบท้ายประกาศ",
                ),
            )
        more = ""
        if k + 1 < len(self.pages):
            lis = "".join(
                f'<li><a class="blogsection" href="{a.path}">{esc(a.title)}</a></li>'
                for a in self.pages[k + 1][:4]
            )
            more = f'<tr><td valign="top"><div class="blog_more"><div><strong>ข่าวเพิ่มเติม...</strong></div><ul>{lis}</ul></div></td></tr>'
        content = f"""<div class="componentheading">ข่าวประชาสัมพันธ์</div>
<table class="blog" cellpadding="0" cellspacing="0">
<tr><td valign="top">
{"".join(entries)}
</td></tr>
{more}
{self.pager(k)}
</table>"""
        return self.shell(content, "ข่าวประชาสัมพันธ์")

    # ------------------------------------------------------------------ item

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [b for j, b in enumerate(self.articles) if j != i and (j - i) % 5 == 0][:3]

    def signoff(self, a):
        if not a.source:
            return ""
        return f"<br /><br /><strong>{a.extra['label']} : {esc(a.source)}</strong>"

    def item(self, a: Article):
        image = ""
        if a.extra["image"]:
            image = (
                f'<img src="/images/stories/news/{a.id}_1.jpg" align="right" hspace="6" alt="ภาพประกอบข่าว" '
                'title="ภาพประกอบข่าว" border="0" width="200" height="150" />'
            )
        body = "<br /><br />".join(esc(p) for p in a.paras)
        file_link = ""
        if a.extra["file"]:
            file_link = f'<br /><br /><a href="/images/stories/docs/dk{a.id}.doc" target="_blank">คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (dk{a.id}.doc)</a>'
        modified = ""
        if a.modified:
            modified = f'<tr><td colspan="2" align="left" class="modifydate">ปรับปรุงล่าสุด ( {modified_text(a.modified)} )</td></tr>'
        newer, older = self.neighbours(a)
        nav = '<table align="center" style="margin-top: 25px;"><tr>'
        if older:
            nav += f'<th class="pagenav_prev"><a href="{older.path}">&lt; ก่อนหน้า</a></th><td width="50">&nbsp;</td>'
        if newer:
            nav += f'<th class="pagenav_next"><a href="{newer.path}">ถัดไป &gt;</a></th>'
        nav += "</tr></table>"
        rel = "".join(f'<li><a href="{b.path}">{esc(b.title)}</a></li>' for b in self.related(a))
        return f"""<table class="contentpaneopen"><tr>
<td class="contentheading" width="100%">{esc(a.title)}</td>
{self.buttons(a.id)}</tr></table>
<table class="contentpaneopen">
<tr><td width="70%" align="left" valign="top" colspan="2"><span class="small">เขียนโดย Administrator</span>&nbsp;&nbsp;<span class="small">ผู้เข้าชม: {tnum(a.views)}</span></td></tr>
<tr><td valign="top" colspan="2" class="createdate">{created_text(a.published, a.time_printed)}</td></tr>
<tr><td valign="top" colspan="2">{image}{body}{self.signoff(a)}{file_link}</td></tr>
{modified}
<tr><td colspan="2"></td></tr>
</table>
<span class="article_seperator">&nbsp;</span>
{nav}
<br /><div class="akocomment"><table class="contentpaneopen"><tr><td class="sectiontableheader">ความคิดเห็น (0)</td></tr>
<tr><td>ต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้</td></tr>
<tr><td class="small">Powered by AkoComment 2.0!</td></tr></table></div>
<table cellpadding="0" cellspacing="0" class="moduletable"><tr><th valign="top">ข่าวที่เกี่ยวข้อง</th></tr><tr><td><ul>{rel}</ul></td></tr></table>"""

    def detail(self, a):
        return self.shell(
            self.item(a),
            f'<a href="{BLOG}" class="pathway">ข่าวประชาสัมพันธ์</a> <img src="/images/M_images/arrow.png" alt="arrow" /> {esc(a.title)}',
        )

    def missing(self):
        return self.shell(
            '<div class="componentheading">ข่าวประชาสัมพันธ์</div>'
            '<table class="contentpaneopen"><tr><td>หน้าที่ท่านพยายามเข้าถึงไม่มีอยู่ในระบบ<br />กรุณาเลือกหน้าจากเมนูหลัก</td></tr></table>',
            "ข่าวประชาสัมพันธ์",
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        for k in range(len(self.pages)):
            if path == self.page_path(k):
                return self.html_response(self.listing(k))
        if path == DELETED:
            return self.html_response(self.missing())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == "/index2.php" and qs1_(query, "option") == "com_rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{base}{a.path}</link></item>"
                for a in self.articles[:5]
            )
            rss = f'<?xml version="1.0" encoding="tis-620"?>\n<rss version="2.0"><channel><title>{OFFICE}</title><link>{base}/</link><generator>Mambo</generator>{items}</channel></rss>'
            return (
                200,
                {"Content-Type": "application/xml"},
                rss.encode("cp874", "xmlcharrefreplace"),
            )
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                "เขียนโดย Administrator",
                f"ผู้เข้าชม: {tnum(a.views)}",
                created_text(a.published, a.time_printed),
                "อ่านต่อ...",
                "ความคิดเห็น (0)",
                "ต้องเข้าสู่ระบบก่อนจึงจะแสดงความคิดเห็นได้",
                "Powered by AkoComment",
                "ข่าวที่เกี่ยวข้อง",
                "< ก่อนหน้า",
                "ถัดไป >",
                "ผู้ใช้งานออนไลน์",
                "สถิติผู้เข้าชมทั้งหมด",
                "ยังไม่ได้ลงทะเบียน?",
                "ลืมรหัสผ่าน?",
                "แบบสำรวจความคิดเห็น",
                "ท่านพึงพอใจการให้บริการของอำเภอเพียงใด",
                "บริการด้วยใจ ใส่ใจประชาชน",
                "ถนนมิตรภาพ ตำบลด่านขุนทด",
                "Powered by Mambo",
            ]
            must_not += [b.title for b in self.related(a)]
            if a.modified:
                must_not.append(f"ปรับปรุงล่าสุด ( {modified_text(a.modified)} )")
            if a.extra["file"]:
                must_not.append(f"คลิกที่นี่เพื่อดาวน์โหลดเอกสาร (dk{a.id}.doc)")
            rec = expected_record(a, must_not=must_not)
            if a.source:
                # the typed sign-off is the source: neither body_must nor furniture
                rec["body_must_not"] = [
                    m for m in rec["body_must_not"] if m not in a.source and a.source not in m
                ]
            out.append(rec)
        return out


def qs1_(query, name):
    v = query.get(name)
    return v[0] if v else ""


SITE = MamboSite()

if __name__ == "__main__":
    main(SITE)
