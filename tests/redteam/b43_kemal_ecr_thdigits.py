"""Blind-43 red-team site (part A): **a Crystal Kemal app with ECR templates (`layout.ecr` +
`news/show.ecr`)**, the news section of a provincial irrigation project office, built blind.

What it imitates:
- Kemal's defaults: `X-Powered-By: Kemal`, `/public` assets served as `/css/…`, `/js/…`;
  routes `/news` (list) with `?page=N` (1-based), details `/news/<id>`; no generator meta;
- **`<title>` = office name on every page, `h1` = the office banner, the headline only in
  `div.news-show__topic`** (a plain div), the section name in an `h2`;
- **date badge split into `span.d` (Thai-digit day) / `span.m` (Thai month abbreviation) /
  `span.y` (two-digit BE year in Thai digits)**, with the time "เวลา ๑๔.๒๐ น." in a separate
  `p.news-show__time` (only on some items); "แก้ไขล่าสุด" line (Thai digits, with time) only on
  edited items; "ผู้บันทึก" login; **counter "ผู้ชม ๑,๒๓๔ ครั้ง" in Thai digits**; no machine date;
- body paragraphs, photo grid (some), "ภาพ/ข่าว :" sign-off ending the text (some), attachment
  list (some); hashtags `a.chip` linking `/news?tag=`; share buttons, print, font-size tools;
  prev/next with neighbour titles; "ข่าวอื่น ๆ"; footer visitor counter; PDPA cookie bar;
- list `/news`, `/news?page=2`, `/news?page=3` with page numbers in Thai digits.
Deleted: `/news/5107` — listed on page 2, answers 200 with the detail template and
"ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว" (an empty topic and empty date badge).
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
from .b32b_common import drop_contact_tails

OFFICE = "โครงการชลประทานกำแพงเพชร"
DEPT = "สำนักงานชลประทานที่ 4 กรมชลประทาน"
LIST = "/news"
PER = 8
SOURCES = [None, "ฝ่ายส่งน้ำและบำรุงรักษาที่ 2", None, "งานประชาสัมพันธ์ โครงการชลประทานกำแพงเพชร"]
TAGS = ["ชลประทาน", "ภัยแล้ง", "บริหารจัดการน้ำ", "อุทกภัย", "เกษตรกร", "ฝายมีชีวิต"]
POSTERS = ["pr_kpp", "admin01"]
DELETED = "/news/5107"
DELETED_TITLE = "ประกาศงดจ่ายน้ำชั่วคราว คลองส่งน้ำสายใหญ่ฝั่งซ้าย"
NOT_FOUND = "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์ ๒๑๔,๐๘๗ คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
FOOTER = "เลขที่ 99 หมู่ 2 ตำบลนครชุม อำเภอเมืองกำแพงเพชร จังหวัดกำแพงเพชร 62000"


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} ") + MONTHS_ABBR[d.month - 1] + " " + thai_digits(d.year + 543)


class KemalSite(BaseSite):
    key = "b43_kemal_ecr_thdigits"
    family = "generic"
    imitates = "Crystal Kemal + ECR templates, provincial irrigation project office: /news?page=N (1-based, Thai-digit page links), /news/<id>; X-Powered-By: Kemal, no generator; <title> = office, h1 = banner, h2 = section, headline only in div.news-show__topic; date badge split into span.d (Thai-digit day) / span.m (Thai month abbr) / span.y (two-digit BE year, Thai digits), time 'เวลา ๑๔.๒๐ น.' in a separate p (some); 'แก้ไขล่าสุด' (Thai digits + time) only when edited; 'ผู้บันทึก' login; 'ผู้ชม ๑,๒๓๔ ครั้ง' in Thai digits; no machine date; photo grid (some), 'ภาพ/ข่าว :' sign-off (some), attachments (some); hashtag chips; share, print, font size; prev/next with neighbour titles; 'ข่าวอื่น ๆ'; site counter; PDPA cookie bar; deleted = detail template answering 'ไม่พบข่าว'"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 8, 9, 17, 30, tzinfo=TZ), offset=263
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 5150 - i * 3 - (i % 2)
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range((i + 1) % 3)]
            a.views = 18 + (i * 173) % 3400
            a.extra["poster"] = POSTERS[i % 2]
            a.extra["photos"] = i % 4 == 2
            a.extra["file"] = i % 5 == 1
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, **kw):
        status, headers, body = super().html_response(text, **kw)
        headers["X-Powered-By"] = "Kemal"
        return status, headers, body

    # ------------------------------------------------------------------ layout.ecr
    def layout(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{OFFICE}</title>
<link rel="stylesheet" href="/css/bulma.min.css">
<link rel="stylesheet" href="/css/app.css?v=1.4.2">
<link rel="icon" href="/favicon.ico">
</head>
<body>
<div class="topbar"><div class="container"><span class="fontsize-tools">ขนาดตัวอักษร <a href="#" data-size="-1">ก-</a> <a href="#" data-size="0">ก</a> <a href="#" data-size="1">ก+</a></span> <a href="/en" class="lang">EN</a></div></div>
<header class="banner"><div class="container"><a href="/"><img src="/img/rid-logo.png" alt="กรมชลประทาน"></a><h1>{OFFICE}</h1><p class="sub">{DEPT}</p></div></header>
<nav class="navbar" role="navigation"><div class="container"><a class="navbar-item" href="/">หน้าหลัก</a><a class="navbar-item" href="/about">ข้อมูลโครงการ</a><a class="navbar-item is-active" href="{LIST}">ข่าวกิจกรรม</a><a class="navbar-item" href="/water">สถานการณ์น้ำ</a><a class="navbar-item" href="/procurement">จัดซื้อจัดจ้าง</a><a class="navbar-item" href="/contact">ติดต่อ</a></div></nav>
<main class="section"><div class="container">
{content}
</div></main>
<footer class="footer"><div class="container"><p><strong>{OFFICE}</strong> {DEPT}</p><p>{FOOTER} โทรศัพท์ ๐-๕๕๗๑-๑๖๓๔</p><p class="counter">{COUNTER}</p></div></footer>
<div id="pdpa-bar" class="pdpa"><p>{COOKIE} <a href="/privacy">อ่านเพิ่มเติม</a></p><button class="button is-small" id="pdpa-ok">ยอมรับ</button></div>
<script src="/js/app.js?v=1.4.2"></script>
</body>
</html>
"""

    def badge(self, d):
        if d is None:
            return '<div class="date-badge"><span class="d"></span><span class="m"></span><span class="y"></span></div>'
        return f'<div class="date-badge"><span class="d">{thai_digits(d.day)}</span><span class="m">{MONTHS_ABBR[d.month - 1]}</span><span class="y">{thai_digits(str(d.year + 543)[-2:])}</span></div>'

    # ------------------------------------------------------------------ list
    def listing(self, k):
        n = len(self.pages)
        rows = []
        items = list(self.pages[k])
        for j, a in enumerate(items):
            rows.append(self.row(a.path, a.title, a.published, a.views))
            if k == 1 and j == 2:
                rows.append(self.row(DELETED, DELETED_TITLE, items[3].published, 0))

        def href(j):
            return LIST if j == 0 else f"{LIST}?page={j + 1}"

        pag = []
        if k > 0:
            pag.append(f'<a class="pagination-previous" href="{href(k - 1)}">ก่อนหน้า</a>')
        if k < n - 1:
            pag.append(f'<a class="pagination-next" href="{href(k + 1)}">ถัดไป</a>')
        lis = "".join(
            f'<li><a class="pagination-link is-current" aria-current="page">{thai_digits(j + 1)}</a></li>'
            if j == k
            else f'<li><a class="pagination-link" href="{href(j)}">{thai_digits(j + 1)}</a></li>'
            for j in range(n)
        )
        content = f"""<h2 class="title is-4">ข่าวกิจกรรม</h2>
<div class="news-list">{"".join(rows)}</div>
<nav class="pagination is-centered" role="navigation" aria-label="pagination">{"".join(pag)}<ul class="pagination-list">{lis}</ul></nav>"""
        return self.layout(content)

    def row(self, path, title, d, views):
        return f"""<div class="media news-item">{self.badge(d)}<div class="media-content"><a class="news-item__topic" href="{path}">{esc(title)}</a><p class="news-item__meta">ผู้ชม {thai_digits(f"{views:,}")} ครั้ง</p></div></div>"""

    # ------------------------------------------------------------------ show.ecr
    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def others(self, a):
        i = self.articles.index(a)
        pool = [x for x in self.articles if x is not a]
        return [pool[(i + 2 + k) % len(pool)] for k in range(5)]

    def show(self, a):
        p = a.published
        time_p = (
            f'<p class="news-show__time">เวลา {th_time(p)}</p>'
            if a.time_printed
            else '<p class="news-show__time"></p>'
        )
        mod = (
            f'<p class="news-show__edit">แก้ไขล่าสุด {short_date(a.modified)} {th_time(a.modified)}</p>'
            if a.modified
            else ""
        )
        body = "".join(f"<p>{esc(x)}</p>" for x in a.paras)
        if a.source:
            body += f"<p>ภาพ/ข่าว : {esc(a.source)}</p>"
        photos = (
            '<div class="columns is-multiline news-show__photos">'
            + "".join(
                f'<div class="column is-3"><a href="/uploads/news/{a.id}/{k}.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.id}/thumb_{k}.jpg" alt=""></a></div>'
                for k in range(1, 5)
            )
            + "</div>"
            if a.extra["photos"]
            else ""
        )
        files = (
            f'<div class="news-show__files"><p class="has-text-weight-bold">เอกสารแนบ</p><ul><li><a href="/uploads/news/{a.id}/file-{a.id}.pdf">file-{a.id}.pdf</a> (๓๑๒ KB)</li></ul></div>'
            if a.extra["file"]
            else ""
        )
        tags = (
            '<div class="tags news-show__tags">'
            + "".join(
                f'<a class="chip tag" href="/news?tag={esc(t)}">#{esc(t)}</a>' for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<div class="level news-show__nav">'
        nav += (
            f'<a class="level-left" href="{newer.path}">&laquo; ข่าวก่อนหน้า : {esc(newer.title)}</a>'
            if newer
            else ""
        )
        nav += (
            f'<a class="level-right" href="{older.path}">ข่าวถัดไป : {esc(older.title)} &raquo;</a>'
            if older
            else ""
        )
        nav += "</div>"
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <small>({short_date(x.published)})</small></li>'
            for x in self.others(a)
        )
        content = f"""<h2 class="title is-4">ข่าวกิจกรรม</h2>
<div class="box news-show" data-id="{a.id}">
<div class="media">{self.badge(p)}<div class="media-content">
<div class="news-show__topic">{esc(a.title)}</div>
{time_p}
<p class="news-show__meta">ผู้บันทึก : {a.extra["poster"]} &nbsp;|&nbsp; ผู้ชม {thai_digits(f"{a.views:,}")} ครั้ง</p>
{mod}
</div></div>
<div class="news-show__tools"><a class="button is-small" href="/news/{a.id}/print" target="_blank">พิมพ์</a> <a class="button is-small is-info" href="https://www.facebook.com/sharer/sharer.php?u=/news/{a.id}" target="_blank">แชร์ Facebook</a> <a class="button is-small is-success" href="https://social-plugins.line.me/lineit/share?url=/news/{a.id}" target="_blank">แชร์ LINE</a></div>
<div class="content news-show__body">{body}</div>
{photos}
{files}
{tags}
</div>
{nav}
<div class="box news-others"><h3 class="title is-5">ข่าวอื่น ๆ</h3><ul>{others}</ul></div>
<p><a href="{LIST}" class="button is-light">กลับหน้ารวมข่าว</a></p>"""
        return self.layout(content)

    def not_found(self):
        content = f"""<h2 class="title is-4">ข่าวกิจกรรม</h2>
<div class="box news-show" data-id="">
<div class="media">{self.badge(None)}<div class="media-content">
<div class="news-show__topic"></div>
<p class="news-show__meta">ผู้บันทึก : &nbsp;|&nbsp; ผู้ชม ๐ ครั้ง</p>
</div></div>
<div class="content news-show__body"><div class="notification is-warning">{NOT_FOUND}</div></div>
</div>
<p><a href="{LIST}" class="button is-light">กลับหน้ารวมข่าว</a></p>"""
        return self.layout(content)

    def route(self, path, query, raw_query, base):
        if path == LIST:
            page = qs1(query, "page", "1")
            if not page.isdigit() or not 1 <= int(page) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(page) - 1))
        if path in self.by_path:
            return self.html_response(self.show(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.not_found())
        if path == "/":
            return 302, {"Location": base + LIST, "X-Powered-By": "Kemal"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"ผู้ชม {thai_digits(f'{a.views:,}')} ครั้ง",
                f"ผู้บันทึก : {a.extra['poster']}",
                "ขนาดตัวอักษร",
                "แชร์ Facebook",
                "แชร์ LINE",
                "ข่าวอื่น ๆ",
                "กลับหน้ารวมข่าว",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.time_printed:
                must_not.append(f"เวลา {th_time(a.published)}")
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {short_date(a.modified)}")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"file-{a.id}.pdf"]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = KemalSite()

if __name__ == "__main__":
    main(SITE)
