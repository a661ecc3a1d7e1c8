"""Blind-28 red-team site: an in-house **CakePHP 2.x** news system whose public views were
left close to `cake bake` output, a provincial energy office (สำนักงานพลังงานจังหวัดพิจิตร),
built blind.

What it imitates:
- CakePHP 2 fingerprints: `/css/cake.generic.css`, `/js/jquery.min.js`, the `CAKEPHP` session
  cookie, `div#container` / `div#header` / `div#content` / `div#footer` from the default layout,
  the "Powered by CakePHP" footer image left in place, `X-Powered-By: PHP/5.6.40`;
- **Paginator named parameters**: `/news` then `/news/index/page:2`, `/news/index/page:3`, with
  sort links `/news/index/sort:created/direction:desc` in the table head, the counter line
  "หน้า 1 จาก 3 แสดง 9 รายการ จากทั้งหมด 24 รายการ" and `div.paging` with
  `span.prev` / `span.current` / `span.next`, numbers separated by " | ";
- a baked **view as a definition list**: the page `<title>` is the office's fixed title, the only
  `h1` is the site name in the header, the view's `h2` is the model label "ข่าวประชาสัมพันธ์",
  and **the headline is a `<dd>` after `<dt>หัวข้อข่าว</dt>`**; then `<dt>วันที่ประกาศ</dt>`
  "๑๒ มี.ค. ๖๗" (**Thai digits, abbreviated month, two-digit BE year**), a separate
  `<dt>เวลา</dt>` "๑๐.๓๐ น." only where a time was entered, `<dt>ปรับปรุงล่าสุด</dt>` printed for
  every item (the same day when never edited), `<dt>ผู้เข้าชม</dt>` "๑,๒๓๔ ครั้ง" (Thai
  digits), `<dt>รายละเอียด</dt>` with the body run through `nl2br` (paragraphs joined by
  `<br />`), `<dt>ที่มา</dt>` (3 in 5; an empty `&nbsp;` dd otherwise), `<dt>คำสำคัญ</dt>`;
- furniture: font-size buttons "ก- ก ก+", "พิมพ์หน้านี้", a share bar (Facebook, LINE), a photo
  strip "ภาพประกอบ" (some), an attachment "เอกสารแนบ" (some), an `div.actions` sidebar left from
  bake ("รายการข่าวทั้งหมด", "ข่าวล่าสุด" with five titles and Thai-digit dates), a "ข่าวก่อนหน้า /
  ข่าวถัดไป" row with both titles, a site-wide counter in the footer.
Deleted: `/news/view/N` of a removed record: 200 with the layout, the flash message
"ไม่พบข่าวที่ต้องการ" (`div#flashMessage.message`) and no view (every unknown id does the same).
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

OFFICE = "สำนักงานพลังงานจังหวัดพิจิตร"
SITE_TITLE = f"{OFFICE} กระทรวงพลังงาน"
HOST = "http://www.pichit.energy.go.th"
PER_PAGE = 9
SOURCES = [
    "กลุ่มยุทธศาสตร์พลังงานจังหวัด",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดพิจิตร",
    "งานบริหารทั่วไป สนพจ.พิจิตร",
    None,
]
DELETED_ID = 404
DELETED_TITLE = "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์"


def cake_date(d: dt.datetime) -> str:
    """'๑๒ มี.ค. ๖๗': Thai digits, abbreviated month, two-digit BE year."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def cake_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


class CakeBakeSite(BaseSite):
    key = "b28_cakephp2_bake"
    family = "generic"
    imitates = "in-house CakePHP 2.x news system with baked views: Paginator named params /news/index/page:N with sort links and 'หน้า 1 จาก 3' counter; fixed <title>, site-name h1, model-label h2, headline only in a <dd> after <dt>หัวข้อข่าว</dt>; Thai-digit abbreviated date with two-digit BE year, separate 'เวลา ๑๐.๓๐ น.' dd only where entered, 'ปรับปรุงล่าสุด' for every item, Thai-digit views; body as nl2br <br /> in a dd; ที่มา dd (3 in 5); actions sidebar with latest titles; prev/next titles; deleted = flash 'ไม่พบข่าวที่ต้องการ' at 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 30, 15, 0, tzinfo=TZ), offset=26
        )
        drop_corpus_signoffs(arts)
        nid = 402
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 2
            a.source = SOURCES[i % len(SOURCES)]
            a.path = f"/news/view/{a.id}"
            a.extra["photos"] = i % 4 == 3
            a.extra["file"] = i % 6 == 1
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        assert len(self.by_id) == len(arts) and DELETED_ID not in self.by_id
        self.deleted = f"/news/view/{DELETED_ID}"

    def listing_pages(self):
        return ["/news"] + [f"/news/index/page:{k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [self.deleted]

    # ------------------------------------------------------------------ layout

    def layout(self, content, flash=""):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />	<title>
		{esc(SITE_TITLE)}:
		ข่าวประชาสัมพันธ์	</title>
	<link href="/favicon.ico" type="image/x-icon" rel="icon" /><link href="/favicon.ico" type="image/x-icon" rel="shortcut icon" /><link rel="stylesheet" type="text/css" href="/css/cake.generic.css" /><link rel="stylesheet" type="text/css" href="/css/energy.css" /><script type="text/javascript" src="/js/jquery.min.js"></script><script type="text/javascript" src="/js/fontsize.js"></script></head>
<body>
	<div id="container">
		<div id="header">
			<h1><a href="/">{esc(SITE_TITLE)}</a></h1>
			<ul id="topmenu"><li><a href="/">หน้าหลัก</a></li><li><a href="/pages/about">เกี่ยวกับหน่วยงาน</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/downloads">ดาวน์โหลด</a></li><li><a href="/pages/ita">ITA</a></li><li><a href="/contacts">ติดต่อเรา</a></li><li><a href="/users/login">สำหรับเจ้าหน้าที่</a></li></ul>
		</div>
		<div id="content">

			{flash}
			{content}
		</div>
		<div id="footer">
			<p>{esc(OFFICE)} ศาลากลางจังหวัดพิจิตร (หลังใหม่) ชั้น ๓ ถนนคลองคะเชนทร์ อำเภอเมือง จังหวัดพิจิตร ๖๖๐๐๐</p>
			<p class="counter">จำนวนผู้เข้าชมเว็บไซต์ : {thai_digits("๐๐๑๕๘๒๔๗")} คน</p>
			<a href="http://www.cakephp.org/" target="_blank"><img src="/img/cake.power.gif" alt="CakePHP: the rapid development php framework" border="0" /></a>
		</div>
	</div>
</body>
</html>"""

    def actions(self):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({cake_date(a.published)})</span></li>'
            for a in self.articles[:5]
        )
        return f"""<div class="actions">
	<h3>เมนู</h3>
	<ul>
		<li><a href="/news">รายการข่าวทั้งหมด</a></li>
		<li><a href="/news/index/sort:view_count/direction:desc">ข่าวยอดนิยม</a></li>
	</ul>
	<h3>ข่าวล่าสุด</h3>
	<ul class="latest">{latest}</ul>
</div>"""

    # ------------------------------------------------------------------ listing

    def page_href(self, k):
        return "/news" if k == 1 else f"/news/index/page:{k}"

    def listing(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k - 1])
        for j, a in enumerate(items):
            rows.append(
                f"""	<tr{' class="altrow"' if j % 2 else ""}>
		<td>{cake_date(a.published)}&nbsp;</td>
		<td><a href="{a.path}">{esc(a.title)}</a>&nbsp;</td>
		<td>{thai_digits(f"{a.views:,}")}&nbsp;</td>
		<td class="actions"><a href="{a.path}">อ่าน</a></td>
	</tr>"""
            )
        if k == 2:
            when = items[4].published - dt.timedelta(hours=2)
            rows.insert(
                5,
                f"""	<tr>
		<td>{cake_date(when)}&nbsp;</td>
		<td><a href="{self.deleted}">{esc(DELETED_TITLE)}</a>&nbsp;</td>
		<td>{thai_digits("58")}&nbsp;</td>
		<td class="actions"><a href="{self.deleted}">อ่าน</a></td>
	</tr>""",
            )
        total = len(self.articles)
        first = (k - 1) * PER_PAGE + 1
        last = min(k * PER_PAGE, total)
        prev = (
            f'<span class="prev"><a href="{self.page_href(k - 1)}" rel="prev">&lt; ก่อนหน้า</a></span>'
            if k > 1
            else '<span class="prev disabled">&lt; ก่อนหน้า</span>'
        )
        nxt = (
            f'<span class="next"><a href="{self.page_href(k + 1)}" rel="next">ถัดไป &gt;</a></span>'
            if k < n
            else '<span class="next disabled">ถัดไป &gt;</span>'
        )
        nums = " | ".join(
            f'<span class="current">{i}</span>'
            if i == k
            else f'<span><a href="/news/index/page:{i}">{i}</a></span>'
            for i in range(1, n + 1)
        )
        content = f"""<div class="news index">
	<h2>ข่าวประชาสัมพันธ์</h2>
	<table cellpadding="0" cellspacing="0">
	<tr>
			<th><a href="/news/index/page:{k}/sort:created/direction:asc">วันที่</a></th>
			<th><a href="/news/index/page:{k}/sort:title/direction:asc">หัวข้อข่าว</a></th>
			<th><a href="/news/index/page:{k}/sort:view_count/direction:asc">ผู้เข้าชม</a></th>
			<th class="actions">&nbsp;</th>
	</tr>
{chr(10).join(rows)}
	</table>
	<p>
	หน้า {k} จาก {n} แสดง {last - first + 1} รายการ จากทั้งหมด {total} รายการ เริ่มที่ {first} ถึง {last}	</p>
	<div class="paging">
	{prev}
	{nums}
	{nxt}
	</div>
</div>
{self.actions()}"""
        return self.layout(content)

    # ------------------------------------------------------------------ view

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def view(self, a):
        body = "<br />\n".join(esc(p) for p in a.paras)
        modified = a.modified or a.published
        time_row = ""
        if a.time_printed:
            time_row = f"""		<dt>เวลา</dt>
		<dd>
			{cake_time(a.published)}
			&nbsp;
		</dd>
"""
        source = esc(a.source) if a.source else ""
        tags = ", ".join(esc(t) for t in a.tags)
        photos = ""
        if a.extra["photos"]:
            imgs = "".join(
                f'<a href="/files/news/{a.id}/{j}.jpg" class="lightbox"><img src="/files/news/{a.id}/thumb_{j}.jpg" alt="" /></a>'
                for j in range(1, 5)
            )
            photos = f'<div class="related photos"><h3>ภาพประกอบ</h3>{imgs}</div>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="related files"><h3>เอกสารแนบ</h3><ul><li><a href="/files/news/{a.id}/attach_{a.id}.pdf">attach_{a.id}.pdf</a> (ขนาด {thai_digits("254")} KB)</li></ul></div>'
        newer, older = self.neighbours(a)
        nav = '<table class="prevnext"><tr>'
        nav += (
            f'<td class="prev">&laquo; ข่าวก่อนหน้า<br /><a href="{older.path}">{esc(older.title)}</a></td>'
            if older
            else "<td>&nbsp;</td>"
        )
        nav += (
            f'<td class="next">ข่าวถัดไป &raquo;<br /><a href="{newer.path}">{esc(newer.title)}</a></td>'
            if newer
            else "<td>&nbsp;</td>"
        )
        nav += "</tr></table>"
        content = f"""<div class="news view">
<div class="tools"><span class="fontsize">ขนาดตัวอักษร <a href="javascript:void(0)" onclick="fontsize(-1)">ก-</a> <a href="javascript:void(0)" onclick="fontsize(0)">ก</a> <a href="javascript:void(0)" onclick="fontsize(1)">ก+</a></span> | <a href="javascript:window.print()">พิมพ์หน้านี้</a></div>
<h2>ข่าวประชาสัมพันธ์</h2>
	<dl>
		<dt>หัวข้อข่าว</dt>
		<dd>
			{esc(a.title)}
			&nbsp;
		</dd>
		<dt>วันที่ประกาศ</dt>
		<dd>
			{cake_date(a.published)}
			&nbsp;
		</dd>
{time_row}		<dt>ปรับปรุงล่าสุด</dt>
		<dd>
			{cake_date(modified)}
			&nbsp;
		</dd>
		<dt>ผู้เข้าชม</dt>
		<dd>
			{thai_digits(f"{a.views:,}")} ครั้ง
			&nbsp;
		</dd>
		<dt>รายละเอียด</dt>
		<dd>
			{body}
			&nbsp;
		</dd>
		<dt>ที่มา</dt>
		<dd>
			{source}
			&nbsp;
		</dd>
		<dt>คำสำคัญ</dt>
		<dd>
			{tags}
			&nbsp;
		</dd>
	</dl>
{photos}{files}
<div class="share">แบ่งปันข่าวนี้ : <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" target="_blank">LINE</a></div>
{nav}
</div>
{self.actions()}"""
        return self.layout(content)

    def not_found(self):
        flash = '<div id="flashMessage" class="message">ไม่พบข่าวที่ต้องการ</div>'
        return self.layout(self.actions(), flash)

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path in ("/news", "/news/", "/news/index"):
            return self.cake(self.listing(1))
        m = re.fullmatch(r"/news/index/page:(\d+)", path)
        if m:
            k = int(m[1])
            if 1 <= k <= len(self.pages):
                return self.cake(self.listing(k))
            return None
        m = re.fullmatch(r"/news/view/(\d+)", path)
        if m:
            a = self.by_id.get(int(m[1]))
            return self.cake(self.view(a) if a else self.not_found())
        return None

    def cake(self, text):
        status, headers, body = self.html_response(text)
        headers["X-Powered-By"] = "PHP/5.6.40"
        headers["Set-Cookie"] = "CAKEPHP=8f1c0d6be3a24a9e6c1f0a7d5b2e4c91; path=/; HttpOnly"
        return status, headers, body

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                SITE_TITLE,
                "หัวข้อข่าว",
                "วันที่ประกาศ",
                cake_date(a.published),
                "ปรับปรุงล่าสุด",
                "ผู้เข้าชม",
                f"{thai_digits(f'{a.views:,}')} ครั้ง",
                "รายละเอียด",
                "คำสำคัญ",
                "ขนาดตัวอักษร",
                "พิมพ์หน้านี้",
                "แบ่งปันข่าวนี้",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "รายการข่าวทั้งหมด",
                "ข่าวยอดนิยม",
                "ข่าวล่าสุด",
                "จำนวนผู้เข้าชมเว็บไซต์",
                "ถนนคลองคะเชนทร์",
                "สำหรับเจ้าหน้าที่",
            ]
            if a.time_printed:
                must_not.append(cake_time(a.published))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            if a.extra["photos"]:
                must_not.append("ภาพประกอบ")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"attach_{a.id}.pdf"]
            must_not += a.tags
            out.append(
                expected_record(
                    a,
                    modified=True,
                    modified_time=False,
                    must_not=must_not,
                )
                | {"modified_at": (a.modified or a.published).date().isoformat()}
            )
        return out


SITE = CakeBakeSite()

if __name__ == "__main__":
    main(SITE)
