"""Blind-44 red-team site (part B): **CuteNews 1.4 (flat-file PHP news script) included into a
2000s table-layout district office site, windows-874 bytes declared as ISO-8859-11**, built
blind.

What it imitates:
- `/news/index.php` including CuteNews's `show_news.php`: the Active News template
  (short story = the first paragraph, "อ่านต่อ..." link), CuteNews's own pager "<< ก่อนหน้า
  1 2 3 ถัดไป >>" with `?start_from=N&ucat=&archive=&subaction=&id=&` hrefs;
- full story `?subaction=showfull&id=<unix timestamp>&archive=&start_from=&ucat=1&` (the id is
  the posting time as a Unix timestamp, as CuteNews stores it — never printed as a date);
- **header `text/html` with no charset; the only declaration a meta `charset=iso-8859-11`** —
  a valid label of the WHATWG windows-874 encoding, but the bytes are windows-874 and some
  texts carry windows-874-only characters (curly quotes, the ellipsis, in the 0x80-0x9F range
  that ISO-8859-11 leaves to control characters);
- **same `<title>` everywhere ("..:: องค์การบริหารส่วนตำบล ... ::.."), no `h1`, the headline
  a `<b>` inside a `<font>`**; Full Story template "โพสต์เมื่อ {date} โดย {author}" with
  CuteNews's `d M Y` date: **English month abbreviation, CE year, no time** ("05 Mar 2005");
- "ข่าว :" line ending some texts; image on some; comments (CuteNews's comments list with
  **timestamps carrying a time**, "ความคิดเห็น (N)") and the Add-comment form ("ชื่อ:",
  "อีเมล:", "ส่งความคิดเห็น"); sidebar headlines ("ข่าวล่าสุด"), image hit counter, marquee,
  footer; no per-article counter, no modified date, no tags.
Deleted: `id=1108771200` linked from page 2 — CuteNews answers 200 with the site template and
"Can not find an article with id: 1108771200" (a story deleted from news.txt).
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "องค์การบริหารส่วนตำบลบ้านธิ"
LIST = "/news/index.php"
PER = 8
EN_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
SOURCES = [None, "งานประชาสัมพันธ์ อบต.บ้านธิ", None, None, "กองสาธารณสุขและสิ่งแวดล้อม"]
DELETED_ID = 1108771200
DELETED_TITLE = "ประกาศรับสมัครพนักงานจ้างตามภารกิจ"
COUNTER = "ผู้เข้าชมเว็บไซต์ 0048213"
FOOTER = "ที่ทำการ อบต.บ้านธิ หมู่ 3 ตำบลบ้านธิ อำเภอบ้านธิ จังหวัดลำพูน 51180"
MARQUEE = "“ยินดีต้อนรับสู่เว็บไซต์องค์การบริหารส่วนตำบลบ้านธิ”… ขอเชิญชวนประชาชนชำระภาษีบำรุงท้องที่ภายในเดือนเมษายน"
COMMENTERS = ["ชาวบ้านหมู่ 5", "นักเรียน ม.3", "ผู้ใหญ่บ้าน", "คนบ้านธิ"]
COMMENTS = [
    "ขอบคุณสำหรับข่าวสารครับ",
    "เป็นโครงการที่ดีมาก อยากให้จัดอีก…",
    "ขอทราบรายละเอียด “วันเวลา” เพิ่มเติมด้วยครับ",
]


def cn_date(d: dt.datetime) -> str:
    """CuteNews's date('d M Y'): '05 Mar 2005'."""
    return f"{d.day:02d} {EN_MON[d.month - 1]} {d.year}"


def cn_comment_date(d: dt.datetime) -> str:
    """the comments timestamp, date('d M Y H:i')."""
    return f"{cn_date(d)} {d:%H:%M}"


def quoted(s: str) -> str:
    """Thai word processors' curly quotes and ellipsis (windows-874 0x91-0x94, 0x85)."""
    out, open_ = [], True
    for ch in s:
        if ch == '"':
            out.append("“" if open_ else "”")
            open_ = not open_
        else:
            out.append(ch)
    return "".join(out).replace("...", "…")


class CuteNewsSite(BaseSite):
    key = "b44_cutenews_874"
    family = "generic"
    imitates = "CuteNews 1.4 flat-file news included into a 2000s table-layout sub-district (อบต.) site: windows-874 bytes, header text/html without charset, only a meta charset=iso-8859-11 (windows-874-only curly quotes and ellipsis in the texts); /news/index.php?start_from=N&ucat=&archive=&subaction=&id=& pager; full story ?subaction=showfull&id=<unix timestamp>&archive=&start_from=&ucat=1&; same <title> everywhere, no h1, headline in <font><b>; 'โพสต์เมื่อ 05 Mar 2005 โดย admin' (English month, CE year, no time); 'ข่าว :' line (some); comments with timed timestamps + add-comment form; headlines sidebar, hit counter, marquee; deleted = 'Can not find an article with id' at 200"
    listing_path = LIST
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2005, 6, 28, 16, 0, tzinfo=TZ), offset=463
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.paras = [quoted(p) for p in a.paras]
            a.id = int(a.published.timestamp())
            a.path = f"{LIST}?subaction=showfull&id={a.id}&archive=&start_from=&ucat=1&"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = None
            a.modified = None
            a.extra["image"] = i % 4 == 2
            a.extra["comments"] = (i * 7) % 4  # 0-3 comments
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?start_from={k * PER}&ucat=&archive=&subaction=&id=&"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"{LIST}?subaction=showfull&id={DELETED_ID}&archive=&start_from=&ucat=1&"]

    def shell(self, content):
        heads = "".join(
            f'<tr><td width="10" valign="top"><img src="/images/bullet.gif" width="7" height="7"></td><td><font size="1" face="MS Sans Serif"><a href="{esc(a.path)}">{esc(a.title)}</a></font></td></tr>'
            for a in self.articles[:6]
        )
        return f"""<html>
<head>
<title>..:: {OFFICE} อำเภอบ้านธิ จังหวัดลำพูน ::..</title>
<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-11">
<meta name="keywords" content="อบต.บ้านธิ, บ้านธิ, ลำพูน">
<link href="/style.css" rel="stylesheet" type="text/css">
<link rel="alternate" type="application/rss+xml" title="RSS" href="/news/rss.php">
<script language="JavaScript" type="text/JavaScript">
<!--
function MM_swapImgRestore() {{ var i,x,a=document.MM_sr; for(i=0;a&&i<a.length&&(x=a[i])&&x.oSrc;i++) x.src=x.oSrc; }}
//-->
</script>
</head>
<body bgcolor="#E8F0D8" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="780" border="0" align="center" cellpadding="0" cellspacing="0" bgcolor="#FFFFFF">
<tr><td colspan="3"><img src="/images/banner_top.jpg" width="780" height="150" alt="{OFFICE}"></td></tr>
<tr><td colspan="3" bgcolor="#336600"><marquee scrollamount="3"><font color="#FFFFFF" size="2">{esc(MARQUEE)}</font></marquee></td></tr>
<tr>
<td width="170" valign="top" bgcolor="#F3F8EA">
<table width="100%" border="0" cellspacing="0" cellpadding="3">
<tr><td><a href="/index.php"><img src="/images/m_home.gif" border="0" alt="หน้าแรก"></a></td></tr>
<tr><td><a href="/about.php"><img src="/images/m_about.gif" border="0" alt="ข้อมูลทั่วไป"></a></td></tr>
<tr><td><a href="{LIST}"><img src="/images/m_news.gif" border="0" alt="ข่าวประชาสัมพันธ์"></a></td></tr>
<tr><td><a href="/webboard/index.php"><img src="/images/m_board.gif" border="0" alt="กระดานสนทนา"></a></td></tr>
<tr><td><a href="/contact.php"><img src="/images/m_contact.gif" border="0" alt="ติดต่อเรา"></a></td></tr>
</table>
<br><table width="100%" border="0" cellspacing="0" cellpadding="2"><tr><td bgcolor="#669933" colspan="2"><font color="#FFFFFF" size="2"><b>ข่าวล่าสุด</b></font></td></tr>{heads}</table>
<br><div align="center"><font size="1">{COUNTER}</font><br><img src="/cgi-bin/Count.cgi?df=banthi.dat&amp;dd=B" alt="counter"></div>
</td>
<td width="10">&nbsp;</td>
<td width="600" valign="top"><br>
<table width="98%" border="0" cellspacing="0" cellpadding="0"><tr><td background="/images/bg_head.gif" height="28"><font size="2" color="#FFFFFF"><b>&nbsp;&nbsp;ข่าวประชาสัมพันธ์</b></font></td></tr>
<tr><td valign="top"><br>
{content}
</td></tr></table>
</td></tr>
<tr><td colspan="3" bgcolor="#336600" height="40"><div align="center"><font color="#FFFFFF" size="1">{FOOTER}<br>โทรศัพท์/โทรสาร 0-5350-6232 &nbsp; Powered by <a href="http://cutephp.com/" title="CuteNews - PHP News Management System"><font color="#FFFFFF">CuteNews</font></a></font></div></td></tr>
</table>
</body>
</html>
"""

    def short(self, a):
        return f"""<div style="width:560px; margin-bottom:20px;">
<div><font size="2" color="#336600"><b>{esc(a.title)}</b></font></div>
<div style="text-align:justify; padding:3px; margin-top:3px; margin-bottom:5px; border-top:1px solid #D3D3D3;"><font size="2">{esc(a.paras[0][:200])}</font></div>
<div style="float: right;"><a href="{esc(a.path)}">อ่านต่อ...</a> | <a href="{LIST}?subaction=showcomments&amp;id={a.id}&amp;archive=&amp;start_from=&amp;ucat=1&amp;">ความคิดเห็น ({a.extra["comments"]})</a></div>
<div><font size="1"><em>โพสต์เมื่อ {cn_date(a.published)} โดย admin</em></font></div>
</div>"""

    def listing(self, k):
        n = len(self.pages)
        items = [self.short(a) for a in self.pages[k]]
        if k == 1:
            d = self.deleted_paths()[0]
            items.insert(
                2,
                f"""<div style="width:560px; margin-bottom:20px;"><div><font size="2" color="#336600"><b>{esc(DELETED_TITLE)}</b></font></div><div style="text-align:justify; padding:3px; border-top:1px solid #D3D3D3;"><font size="2">รายละเอียดตามประกาศแนบ</font></div><div style="float: right;"><a href="{esc(d)}">อ่านต่อ...</a></div><div><font size="1"><em>โพสต์เมื่อ {cn_date(self.pages[1][2].published)} โดย admin</em></font></div></div>""",
            )
        nav = []
        nav.append(
            f'<a href="{esc(self.page_url(k - 1))}">&lt;&lt; ก่อนหน้า</a>' if k else "&lt;&lt; ก่อนหน้า"
        )
        for j in range(n):
            nav.append(
                f"<strong>{j + 1}</strong>"
                if j == k
                else f'<a href="{esc(self.page_url(j))}">{j + 1}</a>'
            )
        nav.append(
            f'<a href="{esc(self.page_url(k + 1))}">ถัดไป &gt;&gt;</a>'
            if k < n - 1
            else "ถัดไป &gt;&gt;"
        )
        return self.shell("\n".join(items) + f'\n<p align="center">{" ".join(nav)}</p>')

    def full(self, a):
        img = (
            f'<div align="center"><img src="/news/data/upimages/{a.id}.jpg" width="400" border="0"></div><br>'
            if a.extra["image"]
            else ""
        )
        body = "<br><br>".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in a.paras)
        if a.source:
            body += f"<br><br><b>ข่าว :</b> {esc(a.source)}"
        comments = ""
        for j in range(a.extra["comments"]):
            when = a.published + dt.timedelta(days=j + 1, hours=3 * j + 2, minutes=17 * j)
            comments += f'<div style="border-bottom:1px solid #CCCCCC; padding:5px;"><font size="2">{esc(COMMENTS[j])}</font><br><font size="1"><i>โดย <b>{esc(COMMENTERS[(a.id // 60 + j) % 4])}</b> @ {cn_comment_date(when)}</i></font></div>'
        form = """<form method="post" name="comment" id="comment" action=""><table border="0" width="370" cellspacing="0" cellpadding="0">
<tr><td width="60"><font size="2">ชื่อ:</font></td><td><input type="text" name="name" size="20"></td></tr>
<tr><td><font size="2">อีเมล:</font></td><td><input type="text" name="mail" size="20"> (ไม่บังคับ)</td></tr>
<tr><td colspan="2"><textarea cols="40" rows="6" id="commentsbox" name="comments"></textarea><br><input type="submit" name="submit" value="ส่งความคิดเห็น"> <label for="cn_rememberme"><input type="checkbox" id="cn_rememberme" name="CNremember" value="1"> จำชื่อฉันไว้</label></td></tr></table>
<input type="hidden" name="subaction" value="addcomment"><input type="hidden" name="ucat" value="1"><input type="hidden" name="show" value=""></form>"""
        content = f"""<div style="width:560px; margin-bottom:15px;">
<div><font size="3" color="#336600"><b>{esc(a.title)}</b></font></div>
<div style="text-align:justify; padding:3px; margin-top:3px; margin-bottom:5px; border-top:1px solid #D3D3D3;"><font size="2">{img}{body}</font></div>
<div><font size="1"><em>โพสต์เมื่อ {cn_date(a.published)} โดย admin</em></font></div>
</div>
<p><font size="2"><b>ความคิดเห็น ({a.extra["comments"]})</b></font></p>
{comments}
<br>{form}
<p align="right"><a href="javascript:history.back()">&lt;&lt; ย้อนกลับ</a> | <a href="javascript:window.print()">พิมพ์หน้านี้</a></p>"""
        return self.shell(content)

    def respond(self, text):
        return 200, {"Content-Type": "text/html"}, text.encode("cp874")

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + LIST}, b""
        if path != LIST:
            return None
        sub = qs1(query, "subaction")
        if sub == "showfull":
            raw = qs1(query, "id")
            if raw == str(DELETED_ID):
                return self.respond(
                    self.shell(
                        f'<div style="text-align: center;">Can not find an article with id: <strong>{DELETED_ID}</strong></div>'
                    )
                )
            if raw.isdigit() and int(raw) in self.by_id:
                return self.respond(self.full(self.by_id[int(raw)]))
            return None
        start = qs1(query, "start_from", "0") or "0"
        if not start.isdigit() or int(start) % PER or int(start) // PER >= len(self.pages):
            return None
        return self.respond(self.listing(int(start) // PER))

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"โพสต์เมื่อ {cn_date(a.published)}",
                "อ่านต่อ...",
                "ความคิดเห็น (",
                "ส่งความคิดเห็น",
                "จำชื่อฉันไว้",
                "พิมพ์หน้านี้",
                "ข่าวล่าสุด",
                COUNTER,
                FOOTER,
                MARQUEE,
                "Powered by",
            ]
            must_not += COMMENTS[: a.extra["comments"]]
            must_not += [x.title for x in self.articles[:6] if x is not a]
            out.append(expected_record(a, published_time=False, must_not=must_not))
        return out


SITE = CuteNewsSite()

if __name__ == "__main__":
    main(SITE)
