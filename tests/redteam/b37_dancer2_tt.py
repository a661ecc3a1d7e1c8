"""Blind-37 red-team site (part A): a provincial irrigation project office
(โครงการชลประทานพะเยา) on a **Perl Dancer2 + Template Toolkit** app (Plack/Starman behind
nginx), built blind.

What it imitates:
- fingerprints: `X-Powered-By: Perl Dancer2 0.400001` header, `/css/style.css` and
  `/javascripts/jquery.js` (Dancer2 skeleton paths), a TT `layouts/main.tt` wrapper, session
  cookie name `dancer.session`, `/news/feed.rss`;
- **`<title>` is fixed** ("ข่าวประชาสัมพันธ์ :: office") and the only `h1` is the section
  banner "ข่าวประชาสัมพันธ์"; **the headline is a `div.news-topic`** (no heading tag);
- **the date split across elements**: a calendar badge `span.cal-d` "๕" / `span.cal-m`
  "มี.ค." / `span.cal-y` "๖๗" (Thai digits, two-digit BE year) and, for items with a time, a
  separate "เวลา ๑๔.๒๐ น." `li`; "แก้ไขล่าสุด ๗ มี.ค. ๖๗ ๐๙.๑๕ น." only for edited items;
- **the per-item counter in Thai digits** ("เปิดอ่าน ๑,๒๓๔ ครั้ง") next to a site-wide
  counter in the footer ("ผู้เข้าชมเว็บไซต์ ...") in Arabic digits;
- toolbar (font size ก- ก ก+, print, e-mail, Facebook/LINE share) above the text; a "ข่าว/ภาพ :"
  line (some) in a `dl.news-credit` after the text; attachments box (some); "คำค้น" tag links;
  prev/next with neighbour titles; "ข่าวอื่นๆ" list with dates; breadcrumb; cookie notice;
- listing: `/news` then `/news?page=N` (Data::Page pager: «หน้าแรก ‹ 1 2 3 › หน้าสุดท้าย»),
  items in a table with Thai-digit dates.
Deleted: `/news/view/1088`, the detail template rendered for a missing row ("ไม่พบข้อมูลข่าว
ที่ท่านต้องการ"), answering 200.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

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
from .b32b_common import drop_contact_tails

OFFICE = "โครงการชลประทานพะเยา"
HOST = "https://phayao.rid.go.th"
PER_PAGE = 9
SOURCES = [
    "ฝ่ายส่งน้ำและบำรุงรักษาที่ 1",
    None,
    None,
    "งานประชาสัมพันธ์ สำนักงานชลประทานที่ 2",
    None,
]
DELETED_ID = 1088
DELETED = f"/news/view/{DELETED_ID}"
SECTION = "ข่าวประชาสัมพันธ์"
SITE_COUNTER = "ผู้เข้าชมเว็บไซต์"


def tdate(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def ttime(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


class DancerSite(BaseSite):
    key = "b37_dancer2_tt"
    family = "generic"
    imitates = "Perl Dancer2 + Template Toolkit app of a Thai provincial irrigation project office: fixed <title>, section h1, headline only in div.news-topic; date split into a calendar badge (Thai digits, two-digit BE year) with the time in a separate 'เวลา ๑๔.๒๐ น.' item (some); 'แก้ไขล่าสุด' for edited items; per-item counter in Thai digits vs a site-wide counter; toolbar, credit dl, attachments, tags, prev/next, other-news list; /news?page=N Data::Page pager; deleted = missing-row template (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2023, 11, 24, 16, 30, tzinfo=TZ), offset=1507
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 1131
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            if nid == DELETED_ID:
                nid -= 1
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["file"] = i % 4 == 2
            a.extra["img"] = i % 3 == 0
            a.path = f"/news/view/{a.id}"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?page={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------ shell

    def shell(self, crumbs, main_html):
        crumb = " &rsaquo; ".join(
            ['<a href="/">หน้าแรก</a>', f'<a href="/news">{SECTION}</a>'] + crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{SECTION} :: {OFFICE}</title>
<link rel="stylesheet" href="/css/style.css" />
<link rel="stylesheet" href="/css/news.css?v=20230611" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="/news/feed.rss" />
<script src="/javascripts/jquery.js"></script>
<script src="/javascripts/fontsize.js"></script>
</head>
<body>
<div id="wrapper">
  <div id="header">
    <a href="/" id="logo"><img src="/images/logo-rid.png" alt="กรมชลประทาน" /></a>
    <div class="org"><span class="org-th">{OFFICE}</span><span class="org-en">Phayao Irrigation Project</span><span class="org-dept">สำนักงานชลประทานที่ 2 กรมชลประทาน</span></div>
  </div>
  <ul id="topmenu"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับโครงการ</a></li><li class="active"><a href="/news">{SECTION}</a></li><li><a href="/water">สถานการณ์น้ำ</a></li><li><a href="/procure">จัดซื้อจัดจ้าง</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul>
  <div id="page">
    <div class="breadcrumb">{crumb}</div>
    <h1 class="section-title">{SECTION}</h1>
{main_html}
  </div>
  <div id="footer">
    <p>{OFFICE} 219 หมู่ 2 ตำบลแม่ต๋ำ อำเภอเมืองพะเยา จังหวัดพะเยา 56000 โทรศัพท์ 0-5443-1264</p>
    <p class="stat">{SITE_COUNTER} 482,190 ครั้ง | ออนไลน์ 7 คน</p>
    <p class="copy">&copy; 2566 {OFFICE} &middot; Powered by Dancer2</p>
  </div>
</div>
<div id="cookie-notice" class="cookie-notice">เว็บไซต์นี้มีการใช้คุกกี้ <a href="/privacy">นโยบายคุกกี้</a> <button type="button" id="cookie-accept">ยอมรับ</button></div>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        rows = []
        for a in self.pages[k - 1]:
            rows.append(
                f'<tr><td class="date">{tdate(a.published)}</td><td class="topic"><a href="{a.path}">{esc(a.title)}</a></td><td class="hit">{thai_digits(f"{a.views:,}")}</td></tr>'
            )
        if k == 2:
            rows.insert(
                4,
                f'<tr><td class="date">{tdate(self.pages[1][4].published)}</td><td class="topic"><a href="{DELETED}">ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ</a></td><td class="hit">๐</td></tr>',
            )
        n = len(self.pages)

        def href(j):
            return self.listing_path if j == 1 else f"{self.listing_path}?page={j}"

        pager = [f'<a href="{href(1)}" class="first">&laquo; หน้าแรก</a>']
        if k > 1:
            pager.append(f'<a href="{href(k - 1)}" class="prev">&lsaquo;</a>')
        for j in range(1, n + 1):
            pager.append(
                f'<span class="current">{j}</span>' if j == k else f'<a href="{href(j)}">{j}</a>'
            )
        if k < n:
            pager.append(f'<a href="{href(k + 1)}" class="next">&rsaquo;</a>')
        pager.append(f'<a href="{href(n)}" class="last">หน้าสุดท้าย &raquo;</a>')
        first = (k - 1) * PER_PAGE + 1
        last = first + len(self.pages[k - 1]) - 1
        return f"""<div class="news-list">
<p class="summary">รายการที่ {first} - {last} จากทั้งหมด {len(self.articles)} รายการ</p>
<table class="tbl-news"><thead><tr><th>วันที่</th><th>หัวข้อข่าว</th><th>อ่าน</th></tr></thead>
<tbody>{"".join(rows)}</tbody></table>
<div class="pager">{" ".join(pager)}</div>
</div>"""

    # ------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[max(0, i - 3) : i + 4] if x is not a][:5]

    def detail(self, a):
        d = a.published
        meta = [
            f'<li class="cat">หมวด: <a href="/news?cat=2">{SECTION}</a></li>',
        ]
        if a.time_printed:
            meta.append(f'<li class="time">เวลา {ttime(d)}</li>')
        meta.append(f'<li class="hit">เปิดอ่าน {thai_digits(f"{a.views:,}")} ครั้ง</li>')
        if a.modified:
            meta.append(f'<li class="edit">แก้ไขล่าสุด {tdate(a.modified)} {ttime(a.modified)}</li>')
        share = quote(HOST + a.path, safe="")
        tools = f"""<div class="tools"><span class="fs">ขนาดตัวอักษร <a href="#" class="fs-dec">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-inc">ก+</a></span>
<a href="/news/print/{a.id}" class="print" target="_blank">พิมพ์</a> <a href="mailto:?subject={quote(a.title)}&body={share}" class="mail">ส่งอีเมล</a>
<a href="https://www.facebook.com/sharer/sharer.php?u={share}" class="share-fb" target="_blank">แชร์ Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={share}" class="share-line" target="_blank">แชร์ LINE</a></div>"""
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        img = ""
        if a.extra["img"]:
            img = f'<div class="news-pic"><img src="/uploads/news/{a.id}/01.jpg" alt="" /><p class="caption">ภาพกิจกรรม {OFFICE}</p></div>'
        credit = ""
        if a.source:
            credit = f'<dl class="news-credit"><dt>ข่าว/ภาพ :</dt><dd>{esc(a.source)}</dd></dl>'
        files = ""
        if a.extra["file"]:
            files = f'<div class="attach"><h4>เอกสารแนบ</h4><ul><li><a href="/uploads/news/{a.id}/attach-{a.id}.pdf">เอกสารประกอบข่าว-{a.id}.pdf</a> <span class="size">(๒๔๕ KB)</span></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="keywords">คำค้น: '
                + " ".join(f'<a href="/news/tag/{quote(t)}">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = '<div class="prevnext">'
        if older:
            nav += f'<a class="p" href="{older.path}">&laquo; ข่าวก่อนหน้า: {esc(older.title)}</a>'
        if newer:
            nav += f'<a class="n" href="{newer.path}">ข่าวถัดไป: {esc(newer.title)} &raquo;</a>'
        nav += "</div>"
        oth = "".join(
            f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="d">({tdate(o.published)})</span></li>'
            for o in self.others(a)
        )
        main_html = f"""<div class="news-detail" id="news-{a.id}">
  <div class="news-head">
    <div class="cal"><span class="cal-d">{thai_digits(d.day)}</span><span class="cal-m">{MONTHS_ABBR[d.month - 1]}</span><span class="cal-y">{thai_digits(str(d.year + 543)[-2:])}</span></div>
    <div class="news-topic">{esc(a.title)}</div>
    <ul class="news-meta">{"".join(meta)}</ul>
  </div>
{tools}
  <div class="news-body">
{img}{body}
  </div>
{credit}{files}{tags}
{nav}
  <div class="other-news"><h3>ข่าวอื่นๆ</h3><ul>{oth}</ul></div>
</div>"""
        return self.shell([esc(a.title[:40]) + "..."], main_html)

    def missing(self):
        main_html = """<div class="news-detail" id="news-">
  <div class="news-head">
    <div class="cal"><span class="cal-d"></span><span class="cal-m"></span><span class="cal-y"></span></div>
    <div class="news-topic"></div>
    <ul class="news-meta"><li class="hit">เปิดอ่าน ๐ ครั้ง</li></ul>
  </div>
  <div class="news-body"><p class="alert">ไม่พบข้อมูลข่าวที่ท่านต้องการ อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</p></div>
  <p><a href="/news">&laquo; กลับหน้ารวมข่าว</a></p>
</div>"""
        return self.shell([], main_html)

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            page = qs1(query, "page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            res = self.html_response(self.shell([], self.listing(int(page))))
        elif path in self.by_path:
            res = self.html_response(self.detail(self.by_path[path]))
        elif path == DELETED:
            res = self.html_response(self.missing())
        elif path == "/news/feed.rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{OFFICE}</title>{items}</channel></rss>'
            res = 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        elif path == "/":
            res = 302, {"Location": base + self.listing_path}, b""
        else:
            return None
        res[1]["X-Powered-By"] = "Perl Dancer2 0.400001"
        return res

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                "เปิดอ่าน",
                thai_digits(f"{a.views:,}"),
                "ขนาดตัวอักษร",
                "ส่งอีเมล",
                "แชร์ Facebook",
                "ข่าวอื่นๆ",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                SITE_COUNTER,
                "ตำบลแม่ต๋ำ",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "คำค้น:",
            ]
            if a.time_printed:
                must_not.append(ttime(a.published))
            if a.modified:
                must_not += ["แก้ไขล่าสุด", tdate(a.modified)]
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"เอกสารประกอบข่าว-{a.id}.pdf"]
            if a.extra["img"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = DancerSite()

if __name__ == "__main__":
    main(SITE)
