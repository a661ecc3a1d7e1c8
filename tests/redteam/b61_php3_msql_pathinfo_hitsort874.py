"""Blind-61 red-team site (part B): a department's press page (กรมพัฒนาที่ดิน-like, 2002) as
**in-house PHP 3.0.18 scripts over mSQL 2.0 on Apache 1.3** (`.php3` files, table layout,
`<font face="MS Sans Serif">`), Thai digits everywhere. Built blind (no crawler, pipeline, bench
or fixture read).

Not looked up (no search was spent on this stack; from memory): PHP 3's `msql_*` functions and
its warning format ("<b>Warning</b>:  0 is not a mSQL result index in <b>…</b> on line
<b>…</b>"), Apache 1.3's `AddDefaultCharset` sending ISO-8859-1 over pages whose meta says
tis-620, PATH_INFO "search-engine friendly" addresses of 2000-2002 (`read.php3/2545/03/15/2`), and
the Thai department page furniture of that era. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- same `<title>` on every page; headline in `<font size="4" color="#006633"><b>`; text in `<p>`s
  with `&nbsp;` indents; "ผู้อ่าน ๑,๒๓๔ คน" (Thai digits); the sign-off "ข่าว : …" / "ที่มา : …" /
  "ข่าว/ภาพ : …" (one in six none); "[ พิมพ์ ] [ ส่งให้เพื่อน ] [ กลับหน้าหลัก ]"; "ข่าวอื่นๆ"
  (titles, Thai-digit dates); left menu; footer hit counter; "Best viewed with IE 5.0";
- header `Content-Type: text/html; charset=iso-8859-1` (Apache's default) over windows-874 bytes
  (“ ” in some titles) whose meta says tis-620;
- **NEW: the article's date is only in its address and the breadcrumb**: PATH_INFO
  `/pr/read.php3/2545/03/15/2` (BE year / month / day / number of the day) and "หน้าแรก >
  ข่าวประชาสัมพันธ์ > ปี ๒๕๔๕ > มีนาคม > วันที่ ๑๕"; the page prints no date line;
- **NEW: the default listing is sorted by popularity** ("ข่าวยอดนิยม", most read first, reads
  printed, no dates) with the date-sorted twin behind "เรียงตามวันที่" (`list.php3?sort=date`,
  Thai-digit dates);
- **NEW: an interview article ("ถาม :" / "ตอบ :" in bold, the questions are text) and an article
  with footnote markers `<sup>[๑]</sup>` and a reference list "เอกสารอ้างอิง" at its end that IS
  text**;
- listing `/pr/list.php3`, `?page=2`, `?page=3` ("หน้า [๑] ๒ ๓ ถัดไป >>"), 8 a page, 22 articles;
- deleted item (linked from page 2): `/pr/read.php3/2545/02/28/3`, **200**: PHP 3's mSQL warning
  and the empty template.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมพัฒนาที่ดิน"
TITLE = "กรมพัฒนาที่ดิน กระทรวงเกษตรและสหกรณ์ :: Land Development Department"
PER = 8
N = 22
DELETED = "/pr/read.php3/2545/02/28/3"
QA_AT = 4
FN_AT = 9
QUOTED = (2, 13)
SOURCES = [
    ("ข่าว", "ฝ่ายประชาสัมพันธ์ สำนักงานเลขานุการกรม กรมพัฒนาที่ดิน"),
    ("ที่มา", "สำนักงานพัฒนาที่ดินเขต 6"),
    ("ข่าว/ภาพ", "ศูนย์เทคโนโลยีสารสนเทศ กรมพัฒนาที่ดิน"),
    ("ข่าว", "กองสำรวจดินและวิจัยทรัพยากรดิน"),
    ("ที่มา", "สำนักงานพัฒนาที่ดินเขต 2"),
    None,
]
QUESTIONS = [
    "ถาม : เรื่องนี้มีความเป็นมาอย่างไร และหน่วยงานใดรับผิดชอบ",
    "ถาม : ประชาชนและเกษตรกรจะได้รับประโยชน์อะไรบ้าง",
    "ถาม : ขั้นตอนต่อไปของการดำเนินงานเป็นอย่างไร",
]
REFS = [
    "[๑] กรมพัฒนาที่ดิน. ๒๕๔๓. รายงานการสำรวจดินรายจังหวัด ฉบับปรับปรุง. กรุงเทพฯ : กองสำรวจและจำแนกดิน.",
    "[๒] สำนักงานเศรษฐกิจการเกษตร. ๒๕๔๔. สถิติการเกษตรของประเทศไทย ปีเพาะปลูก ๒๕๔๓/๔๔. กรุงเทพฯ : กระทรวงเกษตรและสหกรณ์.",
]
COUNTER = "ท่านเป็นผู้เข้าชมลำดับที่ ๐๐๔๘๒๑๗๗"
FOOTER = "กรมพัฒนาที่ดิน ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ ๑๐๙๐๐ โทร. ๐-๒๕๗๙-๐๑๑๑"
BEST = "Best viewed with Internet Explorer 5.0 ขึ้นไป ความละเอียด 800 x 600"


def th_date_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{str(be(d))[-2:]}")


class Php3MsqlSite(BaseSite):
    key = "b61_php3_msql_pathinfo_hitsort874"
    family = "generic"
    imitates = (
        "department press page as PHP 3 + mSQL scripts (2002): the date only in the PATH_INFO "
        "address and the breadcrumb, a listing sorted by reads with a date-sorted twin, an "
        "interview and a footnoted article, iso-8859-1 header over windows-874 bytes"
    )
    listing_path = "/pr/list.php3"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, N, start=dt.datetime(2002, 4, 26, 15, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        seq: dict = {}
        for i, a in enumerate(arts):
            d = a.published.date()
            seq[d] = seq.get(d, 0) + 1
            a.path = f"/pr/read.php3/{d.year + 543}/{d.month:02d}/{d.day:02d}/{seq[d]}"
            a.time_printed = False
            a.modified = None
            a.tags = []
            a.views = 40 + (i * 389 + 211) % 3900
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            if i in QUOTED:
                a.title = re.sub('["“”]', "", a.title)
                a.title = "“" + a.title.split(" ")[0] + "” " + " ".join(a.title.split(" ")[1:])
            if i == QA_AT:
                a.title = "สัมภาษณ์พิเศษ : " + a.title
                qa = []
                for q, p in zip(QUESTIONS, a.paras[:3], strict=False):
                    qa += [q, "ตอบ : " + p]
                a.paras = a.paras[:0] + [a.paras[3]] + qa if len(a.paras) > 3 else qa
            if i == FN_AT:
                a.paras = a.paras + ["เอกสารอ้างอิง"] + REFS
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert DELETED not in self.by_path
        self.popular = sorted(arts, key=lambda a: -a.views)

    def listing_pages(self):
        return ["/pr/list.php3", "/pr/list.php3?page=2", "/pr/list.php3?page=3"]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ chrome
    def page(self, content: str) -> str:
        menu = "".join(
            f'<tr><td><img src="/images/bullet.gif" width="9" height="9"> <a href="{h}"><font face="MS Sans Serif" size="2" color="#FFFFFF">{t}</font></a></td></tr>'
            for h, t in [
                ("/index.php3", "หน้าแรก"),
                ("/about/history.php3", "ประวัติกรม"),
                ("/pr/list.php3", "ข่าวประชาสัมพันธ์"),
                ("/soil/index.php3", "ข้อมูลดิน"),
                ("/webboard/index.php3", "กระดานถาม-ตอบ"),
                ("/contact.php3", "ติดต่อเรา"),
            ]
        )
        return (
            '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=tis-620">\n'
            f"<title>{TITLE}</title>\n"
            '<link rel="stylesheet" href="/style.css" type="text/css">\n'
            '<script language="JavaScript">\n<!--\nfunction MM_openBrWindow(theURL,winName,features) { window.open(theURL,winName,features); }\n//-->\n</script>\n'
            "</head>\n"
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">\n'
            '<tr><td colspan="2"><img src="/images/banner_top.jpg" width="760" height="110" alt="กรมพัฒนาที่ดิน"></td></tr>\n'
            '<tr><td colspan="2" bgcolor="#006633"><marquee scrollamount="3"><font face="MS Sans Serif" size="2" color="#FFFF00">ยินดีต้อนรับสู่เว็บไซต์กรมพัฒนาที่ดิน "ดินดี ชีวีมีสุข"</font></marquee></td></tr>\n'
            f'<tr><td width="160" valign="top" bgcolor="#339966"><table width="100%" border="0" cellpadding="4">{menu}</table>'
            '<br><center><font face="MS Sans Serif" size="1" color="#FFFFFF">ค้นหาข่าว</font><form action="/pr/search.php3" method="post"><input type="text" name="kw" size="12"><input type="submit" value="ค้น"></form></center></td>\n'
            f'<td width="600" valign="top"><table width="100%" border="0" cellpadding="8"><tr><td>{content}</td></tr></table></td></tr>\n'
            f'<tr><td colspan="2" bgcolor="#006633" align="center"><font face="MS Sans Serif" size="1" color="#FFFFFF">{FOOTER}<br>{COUNTER}<br>{BEST}<br>Powered by PHP3 + mSQL</font></td></tr>\n'
            "</table>\n</body>\n</html>\n"
        )

    def respond(self, text: str):
        status, headers, body = self.html_response(
            text, content_type="text/html; charset=iso-8859-1"
        )
        headers["X-Powered-By"] = "PHP/3.0.18"
        return status, headers, body

    # ------------------------------------------------------------------ listing
    def render_list(self, cur: int, by_date: bool) -> str:
        order = self.articles if by_date else self.popular
        chunks = [order[i : i + PER] for i in range(0, N, PER)]
        cur = min(max(cur, 1), len(chunks))
        sort_q = "&sort=date" if by_date else ""
        rows = []
        items = list(chunks[cur - 1])
        for k, a in enumerate(items):
            meta = (
                f"({th_date_short(a.published)})"
                if by_date
                else f"(อ่าน {thai_digits(f'{a.views:,}')})"
            )
            rows.append(
                f'<tr bgcolor="{"#F0FFF0" if k % 2 else "#FFFFFF"}"><td width="20" valign="top"><img src="/images/dot.gif"></td>'
                f'<td><a href="{a.path}"><font face="MS Sans Serif" size="2">{esc(a.title)}</font></a> <font face="MS Sans Serif" size="1" color="#999999">{meta}</font></td></tr>'
            )
            if cur == 2 and k == 2 and not by_date:
                rows.append(
                    f'<tr bgcolor="#FFFFFF"><td width="20" valign="top"><img src="/images/dot.gif"></td><td><a href="{DELETED}"><font face="MS Sans Serif" size="2">ประกาศรายชื่อผู้ผ่านการคัดเลือกหมอดินอาสา</font></a> <font face="MS Sans Serif" size="1" color="#999999">(อ่าน ๙๑๒)</font></td></tr>'
                )
        pages = []
        for p in range(1, len(chunks) + 1):
            pages.append(
                f"[{thai_digits(p)}]"
                if p == cur
                else f'<a href="list.php3?page={p}{sort_q}">{thai_digits(p)}</a>'
            )
        if cur < len(chunks):
            pages.append(f'<a href="list.php3?page={cur + 1}{sort_q}">ถัดไป &gt;&gt;</a>')
        head = "ข่าวประชาสัมพันธ์ (เรียงตามวันที่)" if by_date else "ข่าวประชาสัมพันธ์ : ข่าวยอดนิยม"
        sorter = (
            '<a href="list.php3">เรียงตามความนิยม</a> | <b>เรียงตามวันที่</b>'
            if by_date
            else '<b>เรียงตามความนิยม</b> | <a href="list.php3?sort=date">เรียงตามวันที่</a>'
        )
        content = (
            f'<font face="MS Sans Serif" size="3" color="#006633"><b>{head}</b></font><hr size="1" color="#006633">'
            f'<div align="right"><font face="MS Sans Serif" size="1">{sorter}</font></div>'
            f'<table width="100%" border="0" cellspacing="1" cellpadding="3">{"".join(rows)}</table>'
            f'<p align="center"><font face="MS Sans Serif" size="2">หน้า {" ".join(pages)}</font></p>'
        )
        return self.page(content)

    # ------------------------------------------------------------------ article
    def others(self, a) -> list:
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 2) : i + 4] if x is not a][:4]

    def body_html(self, a) -> str:
        out = []
        n_fn = 0
        for p in a.paras:
            if p.startswith("ถาม : "):
                out.append(f"<p><b>ถาม :</b> <b>{esc(p[6:])}</b></p>")
            elif p.startswith("ตอบ : "):
                out.append(f"<p><b>ตอบ :</b> {esc(p[6:])}</p>")
            elif p == "เอกสารอ้างอิง":
                out.append('<p><hr size="1" width="40%" align="left"><b>เอกสารอ้างอิง</b></p>')
            elif p.startswith("[๑]") or p.startswith("[๒]"):
                out.append(f'<p><font size="1">{esc(p)}</font></p>')
            else:
                sup = ""
                if a.extra.get("fn") is None and p in a.paras[:2] and "เอกสารอ้างอิง" in a.paras:
                    n_fn += 1
                    sup = f"<sup>[{thai_digits(n_fn)}]</sup>"
                out.append(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;{esc(p)}{sup}</p>")
        return "\n".join(out)

    def render_article(self, a) -> str:
        d = a.published
        crumb = (
            f'<a href="/index.php3">หน้าแรก</a> &gt; <a href="/pr/list.php3">ข่าวประชาสัมพันธ์</a> &gt; '
            f'<a href="/pr/list.php3?sort=date&amp;y={be(d)}">ปี {thai_digits(be(d))}</a> &gt; {MONTHS[d.month - 1]} &gt; วันที่ {thai_digits(d.day)}'
        )
        src = f"<p><b>{a.extra['label']} :</b> {esc(a.source)}</p>" if a.source else ""
        other = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <font size="1" color="#999999">({th_date_short(x.published)})</font></li>'
            for x in self.others(a)
        )
        content = (
            f'<font face="MS Sans Serif" size="1">{crumb}</font><hr size="1" color="#006633">'
            f'<font face="MS Sans Serif" size="4" color="#006633"><b>{esc(a.title)}</b></font><br><br>'
            f'<img src="/pr/pic/{be(d)}{d.month:02d}{d.day:02d}.jpg" width="300" align="right" hspace="5" vspace="5">'
            f'<font face="MS Sans Serif" size="2">{self.body_html(a)}\n{src}</font>'
            f'<br clear="all"><p align="right"><font face="MS Sans Serif" size="1" color="#666666">ผู้อ่าน {thai_digits(f"{a.views:,}")} คน</font></p>'
            f'<p align="center"><font face="MS Sans Serif" size="2">[ <a href="javascript:MM_openBrWindow(\'print.php3{a.path[13:]}\',\'print\',\'width=640,height=480,scrollbars=yes\')">พิมพ์</a> ] '
            '[ <a href="/pr/sendfriend.php3">ส่งให้เพื่อน</a> ] [ <a href="/index.php3">กลับหน้าหลัก</a> ]</font></p>'
            f'<hr size="1"><font face="MS Sans Serif" size="2" color="#006633"><b>ข่าวอื่นๆ</b></font><ul><font face="MS Sans Serif" size="2">{other}</font></ul>'
        )
        return self.page(content)

    def render_deleted(self) -> str:
        warn = (
            "<br>\n<b>Warning</b>:  0 is not a mSQL result index in <b>/home/httpd/html/pr/read.php3</b> on line <b>31</b><br>\n"
            "<br>\n<b>Warning</b>:  0 is not a mSQL result index in <b>/home/httpd/html/pr/read.php3</b> on line <b>32</b><br>\n"
        )
        content = (
            '<font face="MS Sans Serif" size="1"><a href="/index.php3">หน้าแรก</a> &gt; <a href="/pr/list.php3">ข่าวประชาสัมพันธ์</a></font><hr size="1" color="#006633">'
            '<font face="MS Sans Serif" size="4" color="#006633"><b></b></font><br><br><font face="MS Sans Serif" size="2"></font>'
            '<p align="right"><font face="MS Sans Serif" size="1" color="#666666">ผู้อ่าน  คน</font></p>'
        )
        return warn + self.page(content)

    def route(self, path, query, raw_query, base):
        if path in ("/pr/list.php3", "/pr/", "/pr/index.php3"):
            p = query.get("page", ["1"])[0]
            by_date = query.get("sort", [""])[0] == "date"
            return self.respond(self.render_list(int(p) if p.isdigit() else 1, by_date))
        if path == DELETED:
            return self.respond(self.render_deleted())
        a = self.by_path.get(path.rstrip("/"))
        return self.respond(self.render_article(a)) if a else None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        t = re.sub(r"<(script|style)\b.*?</\1>", " ", self.render_article(a), flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", t)).replace("\xa0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            must_not = [
                COUNTER,
                FOOTER,
                BEST,
                "ข่าวอื่นๆ",
                "ส่งให้เพื่อน",
                "กลับหน้าหลัก",
                f"ผู้อ่าน {thai_digits(f'{a.views:,}')} คน",
                f"ปี {thai_digits(be(d))}",
                "ยินดีต้อนรับสู่เว็บไซต์กรมพัฒนาที่ดิน",
            ]
            must_not += [x.title for x in self.others(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole and s not in a.title]
            rec = expected_record(a, must_not=must_not)
            if "เอกสารอ้างอิง" in a.paras:
                rec["body_must"] = rec["body_must"][:2] + ["สถิติการเกษตรของประเทศไทย"]
            if a.paras[0].startswith("ถาม") or any(p.startswith("ถาม : ") for p in a.paras):
                rec["body_must"] = rec["body_must"][:2] + ["ประชาชนและเกษตรกรจะได้รับประโยชน์อะไรบ้าง"]
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = Php3MsqlSite()

if __name__ == "__main__":
    main(SITE)
