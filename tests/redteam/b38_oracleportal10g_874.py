"""Blind-38 red-team site (part B): an **Oracle Application Server Portal 10g (10.1.4)**
page group of a provincial health office, served in **windows-874**, built blind.

What it imitates:
- Portal fingerprints: path-based URLs `/portal/page/portal/<PAGEGROUP>/<page>/<item>`, PL/SQL
  gateway paths `/pls/portal/`, `/portal/pls/portal/PORTAL.wwpob_page.changetabs`, images under
  `/images/` (`pobtrans.gif`, `bullet.gif`), style sheet `PORTAL.wwv_setting.render_css`,
  region tables (`RegionNoBorder`, `RegionHeaderColor`), `PortletHeading1` / `PortletText1`
  spans, "Login" link, portal item attributes;
- **charset trap**: the header says `text/html` with no charset, the meta says `TIS-620`, the
  bytes are windows-874 and carry curly quotes (0x93 / 0x94, not in TIS-620);
- **the same `<title>` ("ข่าวประชาสัมพันธ์") on every page, no heading element**: the headline is
  a `span.PortletHeading1` inside the item region, after a "ข่าวอื่นๆ" region in source order;
- **dates as Oracle prints them with `NLS_DATE_FORMAT=DD-MON-RR`**: "วันที่ประกาศ: 05-SEP-07"
  (CE, two-digit year, English month abbreviation), with " 14:30" on some items; the item
  attribute "ปรับปรุงล่าสุด: 07-SEP-07" only on edited items; no per-item counter, only the site
  counter "จำนวนผู้เข้าชม" in Thai digits;
- body as `<br><br>` separated runs in `span.PortletText1`; "ข่าว : office" sign-off (some);
  attachment link "เอกสารแนบ (PDF)" via `/pls/portal/docs/PAGE/...` (some);
- listing: an item region with the portal's **"Next 10 results" style navigation over a
  `_piref` page parameter**: `news?_piref53_2751_53_2739_2739.next_page=2`.
Deleted: an item removed from the page group: the portal's error page (200) "ไม่พบรายการ
(WWC-44107)" inside the same template.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
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
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดอุตรดิตถ์"
PG = "/portal/page/portal/UTT_PHO"
NEWS = PG + "/news"
PARAM = "_piref53_2751_53_2739_2739.next_page"
PER_PAGE = 10
SOURCES = ["กลุ่มงานประชาสัมพันธ์ สสจ.อุตรดิตถ์", None, None, "งานสุขศึกษา", None]
SITE_COUNTER = "จำนวนผู้เข้าชม " + thai_digits("00482715")
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
DELETED = NEWS + "/NEWS_2007_0412"


def oradate(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.day:02d}-{MON[d.month - 1]}-{d:%y}"
    return s + (f" {d:%H:%M}" if with_time else "")


class OraclePortalSite(BaseSite):
    key = "b38_oracleportal10g_874"
    family = "generic"
    imitates = "Oracle Application Server Portal 10g (10.1.4) page group of a provincial health office: path-based URLs /portal/page/portal/UTT_PHO/news/NEWS_yyyy_mmdd, /pls/portal/ gateway paths, region tables and PortletHeading1/PortletText1 spans; windows-874 bytes (curly quotes) under a text/html header with a TIS-620 meta; constant <title> and no heading element, headline span after the 'ข่าวอื่นๆ' region; dates in NLS DD-MON-RR ('05-SEP-07', time on some), 'ปรับปรุงล่าสุด' only on edited items; <br> separated body; 'ข่าว : office' (some); PDF attachment (some); site counter in Thai digits; listing via _piref...next_page=N"
    listing_path = NEWS
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2007, 11, 30, 16, 0, tzinfo=TZ), offset=3105
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        seen = set()
        for i, a in enumerate(arts):
            a.id = i
            name = f"NEWS_{a.published:%Y_%m%d}"
            while name in seen or PG + "/news/" + name == DELETED:
                name += "A"
            seen.add(name)
            a.path = f"{NEWS}/{name}"
            a.views = None
            a.tags = []
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["pdf"] = i % 6 == 3
            # keep only text that windows-874 can carry
            a.title = a.title.encode("cp874", "ignore").decode("cp874")
            a.paras = [p.encode("cp874", "ignore").decode("cp874") for p in a.paras]
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER_PAGE)

    def listing_pages(self):
        return [NEWS] + [f"{NEWS}?{PARAM}={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, region):
        return f"""<HTML>
<HEAD>
<META http-equiv="Content-Type" content="text/html; charset=TIS-620">
<TITLE>ข่าวประชาสัมพันธ์</TITLE>
<LINK REL="stylesheet" TYPE="text/css" HREF="/portal/pls/portal/PORTAL.wwv_setting.render_css?p_lang=th&amp;p_subid=53&amp;p_siteid=53&amp;p_styleid=1&amp;p_style_siteid=0">
<SCRIPT TYPE="text/javascript" SRC="/images/portal.js"></SCRIPT>
</HEAD>
<BODY leftmargin="0" topmargin="0" marginwidth="0" marginheight="0" CLASS="PortletBodyColor">
<TABLE border="0" width="100%" cellpadding="0" cellspacing="0" summary=""><TR><TD CLASS="RegionNoBorder" colspan="2"><IMG SRC="/portal/pls/portal/docs/1/2740.JPG" ALT="{OFFICE}" border="0"></TD></TR>
<TR><TD CLASS="RegionHeaderColor" colspan="2"><a href="{PG}/home">หน้าหลัก</a> | <a href="{NEWS}">ข่าวประชาสัมพันธ์</a> | <a href="{PG}/download">ดาวน์โหลด</a> | <a href="{PG}/webboard">กระดานถามตอบ</a> | <a href="/portal/pls/portal/PORTAL.wwsec_app_priv.login?p_requested_url={NEWS}">Login</a></TD></TR>
<TR><TD width="180" valign="top" CLASS="RegionNoBorder">
<TABLE border="0" width="100%" cellpadding="2" cellspacing="0"><TR><TD CLASS="RegionHeaderColor"><span class="PortletHeading2">เมนูหลัก</span></TD></TR>
<TR><TD><IMG SRC="/images/bullet.gif"> <a href="{PG}/about">ข้อมูลหน่วยงาน</a><br><IMG SRC="/images/bullet.gif"> <a href="{PG}/structure">โครงสร้างองค์กร</a><br><IMG SRC="/images/bullet.gif"> <a href="{NEWS}">ข่าวประชาสัมพันธ์</a></TD></TR>
<TR><TD CLASS="RegionHeaderColor"><span class="PortletHeading2">สถิติ</span></TD></TR><TR><TD><span class="PortletText2">{SITE_COUNTER}</span></TD></TR></TABLE>
</TD><TD valign="top" CLASS="RegionNoBorder">
{region}
</TD></TR>
<TR><TD colspan="2" CLASS="RegionHeaderColor" align="center"><span class="PortletText2">{OFFICE} ถนนบรมอาสน์ อำเภอเมือง จังหวัดอุตรดิตถ์ 53000 โทร. ๐-๕๕๔๑-๑๐๔๔<br>Copyright &copy; 2007 All rights reserved. Powered by Oracle Application Server Portal 10g</span></TD></TR>
</TABLE>
</BODY>
</HTML>"""

    def listing(self, k):
        rows = []
        for a in self.pages[k]:
            rows.append(
                f'<TR><TD valign="top"><IMG SRC="/images/bullet.gif" ALT=""></TD><TD><a href="{a.path}" class="PortletText1">{esc(a.title)}</a> <span class="PortletText2">({oradate(a.published, False)})</span></TD></TR>'
            )
            if k == 1 and a is self.pages[1][4]:
                rows.append(
                    f'<TR><TD valign="top"><IMG SRC="/images/bullet.gif" ALT=""></TD><TD><a href="{DELETED}" class="PortletText1">ประกาศรับสมัครอาสาสมัครสาธารณสุข (ยกเลิก)</a></TD></TR>'
                )
        n = len(self.pages)

        def href(j):
            return NEWS if j == 0 else f"{NEWS}?{PARAM}={j + 1}"

        first = k * PER_PAGE + 1
        last = first + len(self.pages[k]) - 1
        nav = f'<span class="PortletText2">ผลลัพธ์ {first} - {last} จาก {len(self.articles)}</span> '
        if k:
            nav += f'<a href="{href(k - 1)}">&lt;&lt; {PER_PAGE} รายการก่อนหน้า</a> '
        if k < n - 1:
            nav += f'<a href="{href(k + 1)}">{PER_PAGE} รายการถัดไป &gt;&gt;</a>'
        region = f"""<TABLE border="0" width="100%" cellpadding="2" cellspacing="0" summary="">
<TR><TD CLASS="RegionHeaderColor" colspan="2"><span class="PortletHeading1">ข่าวประชาสัมพันธ์</span></TD></TR>
{"".join(rows)}
<TR><TD colspan="2" align="right">{nav}</TD></TR></TABLE>"""
        return self.shell(region)

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + s) % len(self.articles)] for s in (1, 2, 3, 4)]

    def item(self, a):
        d = a.published
        body = "<br><br>\n".join(esc(p) for p in a.paras)
        src = f"<br><br>\n<b>ข่าว : {esc(a.source)}</b>" if a.source else ""
        pdf = (
            f'<br><br><IMG SRC="/images/pdf.gif"> <a href="/pls/portal/docs/PAGE/UTT_PHO/NEWS/{a.path.rsplit("/", 1)[1]}.PDF">เอกสารแนบ (PDF)</a>'
            if a.extra["pdf"]
            else ""
        )
        mod = (
            f'<span class="PortletText2">ปรับปรุงล่าสุด: {oradate(a.modified, False)}</span><br>'
            if a.modified
            else ""
        )
        others = "".join(
            f'<IMG SRC="/images/bullet.gif"> <a href="{x.path}">{esc(x.title)}</a><br>'
            for x in self.others(a)
        )
        region = f"""<TABLE border="0" width="100%" cellpadding="0" cellspacing="0" summary="">
<TR><TD valign="top" width="30%" CLASS="RegionNoBorder">
<TABLE border="0" width="100%" cellpadding="2" cellspacing="0"><TR><TD CLASS="RegionHeaderColor"><span class="PortletHeading2">ข่าวอื่นๆ</span></TD></TR><TR><TD><span class="PortletText2">{others}</span><a href="{NEWS}">ดูข่าวทั้งหมด</a></TD></TR></TABLE>
</TD><TD valign="top" CLASS="RegionNoBorder">
<TABLE border="0" width="100%" cellpadding="4" cellspacing="0" summary="">
<TR><TD><span class="PortletText2">วันที่ประกาศ: {oradate(d, a.time_printed)}</span><br>{mod}</TD></TR>
<TR><TD><span class="PortletHeading1">{esc(a.title)}</span><br><IMG SRC="/images/pobtrans.gif" height="8" width="1" ALT=""></TD></TR>
<TR><TD><span class="PortletText1">{body}{src}{pdf}</span></TD></TR>
<TR><TD align="right"><a href="javascript:window.print()"><IMG SRC="/images/print.gif" border="0"> พิมพ์หน้านี้</a> | <a href="/portal/pls/portal/PORTAL.wwv_user_utilities.send_mail?p_url={a.path}">ส่งให้เพื่อน</a></TD></TR>
</TABLE></TD></TR></TABLE>"""
        return self.shell(region)

    def deleted(self):
        region = """<TABLE border="0" width="100%" cellpadding="4" cellspacing="0"><TR><TD CLASS="RegionHeaderColor"><span class="PortletHeading1">ข้อผิดพลาด</span></TD></TR>
<TR><TD><span class="PortletText1">ไม่พบรายการที่ท่านต้องการ หรือท่านไม่มีสิทธิ์เข้าถึงรายการนี้ (WWC-44107)</span></TD></TR></TABLE>"""
        return self.shell(region)

    def respond(self, text):
        return self.html_response(text, content_type="text/html")

    def route(self, path, query, raw_query, base):
        if path == NEWS:
            if not raw_query:
                return self.respond(self.listing(0))
            try:
                k = int(qs1(query, PARAM)) - 1
            except ValueError:
                return None
            if 1 <= k < len(self.pages):
                return self.respond(self.listing(k))
            return None
        if path == DELETED:
            return self.respond(self.deleted())
        a = self.by_path.get(path)
        if a:
            return self.respond(self.item(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"วันที่ประกาศ: {oradate(a.published, a.time_printed)}",
                "ข่าวอื่นๆ",
                "ดูข่าวทั้งหมด",
                "พิมพ์หน้านี้",
                "ส่งให้เพื่อน",
                "เมนูหลัก",
                SITE_COUNTER,
                "Powered by Oracle Application Server Portal",
                "ถนนบรมอาสน์ อำเภอเมือง",
            ]
            if a.modified:
                must_not.append(f"ปรับปรุงล่าสุด: {oradate(a.modified, False)}")
            if a.source:
                must_not.append(f"ข่าว : {a.source}")
            if a.extra["pdf"]:
                must_not.append("เอกสารแนบ (PDF)")
            must_not += [x.title for x in self.others(a)]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = a.modified.date().isoformat() if a.modified else None
            out.append(rec)
        return out


SITE = OraclePortalSite()

if __name__ == "__main__":
    main(SITE)
