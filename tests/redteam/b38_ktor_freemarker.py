"""Blind-38 red-team site (part A): a provincial land office's news app on **Kotlin Ktor +
FreeMarker** templates, built blind.

What it imitates: Ktor's `Server: Ktor/2.3.7` header, `/static/` resources, FreeMarker
`.ftl`-style layout; **charset trap**: the HTTP header says `charset=TIS-620` and the body is
windows-874 while the layout template still carries `<meta charset="UTF-8">`; **fixed
`<title>`** and an `h1` naming the section, the headline only in `div.news-detail__topic`;
**date split** into `span.dd` / `span.mm` / `span.yy` in Thai digits (day, Thai month abbr.,
BE year) with the time (some) in a separate `li` "เวลา ๑๔.๒๐ น."; "ปรับปรุง" line (edited
only); **per-item counter in Thai digits** "ผู้ชม ๑,๒๓๔"; toolbar (ก- ก ก+, print, e-mail, share);
"ข่าว/ภาพ :" credit (some); attachments (some); "คีย์เวิร์ด" tags; prev/next with titles;
"ข่าวอื่น ๆ"; site-wide counter. Listing `/news/list` then **offset pagination**
`/news/list?offset=8&limit=8` ("แสดง 9 - 16 จาก 23 รายการ"). Deleted: `/news/detail/<id>` renders
the detail template with empty fields and "ไม่พบข้อมูล".
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

OFFICE = "สำนักงานที่ดินจังหวัดแพร่"
PER = 8
SOURCES = ["ฝ่ายอำนวยการ", None, "สำนักงานที่ดินจังหวัดแพร่ สาขาสูงเม่น", None]
DELETED_ID = 7731
SITE_COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 88,214 คน"
FIXED_TITLE = f"ข่าวประชาสัมพันธ์ | {OFFICE}"


def badge(d: dt.datetime) -> str:
    return f'<span class="dd">{thai_digits(d.day)}</span> <span class="mm">{MONTHS_ABBR[d.month - 1]}</span> <span class="yy">{thai_digits(d.year + 543)}</span>'


def thai_time(d: dt.datetime) -> str:
    return f"เวลา {thai_digits(f'{d:%H.%M}')} น."


class KtorSite(BaseSite):
    key = "b38_ktor_freemarker"
    family = "generic"
    imitates = "Kotlin Ktor 2.3 + FreeMarker app of a provincial land office: header charset=TIS-620 (windows-874 body) against a leftover <meta charset=UTF-8>; fixed <title>, h1 = section, headline only in div.news-detail__topic; date split into span.dd/.mm/.yy in Thai digits (BE) with the time in a separate li 'เวลา ๑๔.๒๐ น.' (some); 'ปรับปรุง' (edited only); counter 'ผู้ชม ๑,๒๓๔' in Thai digits; toolbar; 'ข่าว/ภาพ :' (some); attachments (some); 'คีย์เวิร์ด' tags; prev/next with titles; 'ข่าวอื่น ๆ'; /news/list?offset=N&limit=8 offset pagination; deleted = empty detail template 'ไม่พบข้อมูล' (200)"
    listing_path = "/news/list"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 5, 20, 16, 0, tzinfo=TZ), offset=1733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 7790
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 3
            a.path = f"/news/detail/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["attach"] = i % 5 == 2
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?offset={k * PER}&limit={PER}" for k in range(1, len(self.pages))
        ]

    def deleted_paths(self):
        return [f"/news/detail/{DELETED_ID}"]

    def respond(self, text):
        return (
            200,
            {"Content-Type": "text/html; charset=TIS-620", "Server": "Ktor/2.3.7"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{FIXED_TITLE}</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/app.css?v=20240301">
<script src="/static/js/jquery-3.6.0.min.js"></script>
</head>
<body>
<div class="topbar"><div class="container"><a href="/">หน้าแรก</a> | <a href="/sitemap">แผนผังเว็บไซต์</a> | <span class="fontsize">ขนาดตัวอักษร <a href="#" data-fs="-1">ก-</a> <a href="#" data-fs="0">ก</a> <a href="#" data-fs="1">ก+</a></span></div></div>
<header class="site-header"><div class="container"><img src="/static/img/dol-logo.png" alt="กรมที่ดิน"><span class="site-name">{OFFICE}</span><span class="site-sub">กรมที่ดิน กระทรวงมหาดไทย</span></div></header>
<nav class="navbar"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับเรา</a></li><li class="active"><a href="/news/list">ข่าวประชาสัมพันธ์</a></li><li><a href="/service">บริการประชาชน</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav>
<main class="container"><ol class="breadcrumb"><li><a href="/">หน้าหลัก</a></li><li><a href="/news/list">ข่าวประชาสัมพันธ์</a></li></ol>
<h1 class="page-heading">ข่าวประชาสัมพันธ์</h1>
{content}
</main>
<footer class="site-footer"><div class="container"><p>{OFFICE} ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000 โทร. 0 5451 1075</p><p class="counter">{SITE_COUNTER}</p></div></footer>
<div class="cookie-consent" id="cookieConsent">เว็บไซต์นี้มีการใช้คุกกี้ <button type="button">ตกลง</button></div>
</body>
</html>
"""

    def listing(self, k):
        def row(title, nid, a, n):
            return f'<tr><td class="no">{thai_digits(n)}</td><td class="topic"><a href="/news/detail/{nid}">{esc(title)}</a></td><td class="date">{badge(a.published)}</td><td class="hit">{thai_digits(f"{a.views:,}")}</td></tr>\n'

        rows = [row(a.title, a.id, a, k * PER + j + 1) for j, a in enumerate(self.pages[k])]
        if k == 1:
            rows.insert(
                5, row("ประกาศรายชื่อผู้ขอรับเงินค่าทดแทน (ฉบับแก้ไข)", DELETED_ID, self.pages[1][5], 0)
            )
        n = len(self.pages)
        first, last = k * PER + 1, min((k + 1) * PER, len(self.articles))

        def href(j):
            return "/news/list" if j == 0 else f"/news/list?offset={j * PER}&amp;limit={PER}"

        links = []
        if k > 0:
            links.append(
                f'<li class="page-item"><a class="page-link" href="{href(k - 1)}">«</a></li>'
            )
        for j in range(n):
            cls = " active" if j == k else ""
            links.append(
                f'<li class="page-item{cls}"><a class="page-link" href="{href(j)}">{j + 1}</a></li>'
            )
        if k < n - 1:
            links.append(
                f'<li class="page-item"><a class="page-link" href="{href(k + 1)}">»</a></li>'
            )
        content = f"""<table class="table table-striped news-table"><thead><tr><th>ลำดับ</th><th>เรื่อง</th><th>วันที่</th><th>ผู้ชม</th></tr></thead><tbody>
{"".join(rows)}</tbody></table>
<div class="paging-info">แสดง {first} - {last} จาก {len(self.articles)} รายการ</div>
<ul class="pagination">{"".join(links)}</ul>"""
        return self.shell(content)

    def detail(self, a):
        i = self.articles.index(a)
        meta = [f'<li class="date"><i class="fa fa-calendar"></i> {badge(a.published)}</li>']
        if a.time_printed:
            meta.append(
                f'<li class="time"><i class="fa fa-clock-o"></i> {thai_time(a.published)}</li>'
            )
        meta.append(
            f'<li class="hit"><i class="fa fa-eye"></i> ผู้ชม {thai_digits(f"{a.views:,}")}</li>'
        )
        upd = ""
        if a.modified:
            m = a.modified
            upd = f'<div class="news-detail__updated">ปรับปรุง {thai_digits(m.day)} {MONTHS_ABBR[m.month - 1]} {thai_digits(m.year + 543)} {thai_time(m)}</div>'
        tools = '<div class="news-tools"><a href="javascript:window.print()" class="btn-print">พิมพ์</a> <a href="#" class="btn-mail">ส่งอีเมล</a> <a href="#" class="btn-fb">แชร์ Facebook</a> <a href="#" class="btn-line">แชร์ LINE</a></div>'
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        credit = (
            f'<div class="news-detail__credit">ข่าว/ภาพ : {esc(a.source)}</div>' if a.source else ""
        )
        att = ""
        if a.extra["attach"]:
            att = f'<div class="news-attach"><h4>เอกสารแนบ</h4><ul><li><a href="/files/news/{a.id}/attach1.pdf">ดาวน์โหลดเอกสารแนบ (PDF 245 KB)</a></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags">คีย์เวิร์ด : '
                + " ".join(
                    f'<a href="/news/tag?q={esc(t)}" class="badge">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        pn = '<div class="news-nav">'
        if prev:
            pn += (
                f'<a class="prev" href="/news/detail/{prev.id}">« ข่าวก่อนหน้า : {esc(prev.title)}</a>'
            )
        if nxt:
            pn += f'<a class="next" href="/news/detail/{nxt.id}">ข่าวถัดไป : {esc(nxt.title)} »</a>'
        pn += "</div>"
        others = "".join(
            f'<li><a href="/news/detail/{x.id}">{esc(x.title)}</a> <small>({badge(x.published)})</small></li>'
            for x in self.others(a)
        )
        content = f"""<div class="news-detail">
<div class="news-detail__topic">{esc(a.title)}</div>
<ul class="news-detail__meta">{"".join(meta)}</ul>
{upd}{tools}
<div class="news-detail__body">
{body}</div>
{credit}{att}{tags}
{pn}
<div class="news-other"><h3>ข่าวอื่น ๆ</h3><ul>{others}</ul></div>
</div>"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 2 : i + 6] or self.articles[:4]
        return [x for x in pool if x is not a][:4]

    def missing(self):
        content = """<div class="news-detail">
<div class="news-detail__topic"></div>
<ul class="news-detail__meta"><li class="date"><i class="fa fa-calendar"></i> </li><li class="hit"><i class="fa fa-eye"></i> ผู้ชม ๐</li></ul>
<div class="news-detail__body"><div class="alert alert-warning">ไม่พบข้อมูล ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</div></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            off = qs1(query, "offset", "0")
            if not off.isdigit() or int(off) % PER or int(off) // PER >= len(self.pages):
                return None
            return self.respond(self.listing(int(off) // PER))
        if path.startswith("/news/detail/"):
            v = path[len("/news/detail/") :]
            if v == str(DELETED_ID):
                return self.respond(self.missing())
            if v.isdigit() and int(v) in self.by_id:
                return self.respond(self.detail(self.by_id[int(v)]))
            return None
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            must_not = [
                f"ผู้ชม {thai_digits(f'{a.views:,}')}",
                "แชร์ Facebook",
                "ส่งอีเมล",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่น ๆ",
                "คีย์เวิร์ด",
                "ดาวน์โหลดเอกสารแนบ",
                SITE_COUNTER,
                "ถนนไชยบูรณ์ ตำบลในเวียง",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "กรมที่ดิน กระทรวงมหาดไทย",
            ]
            if a.source:
                must_not.append(f"ข่าว/ภาพ : {a.source}")
            if a.modified:
                must_not.append("ปรับปรุง")
            must_not += [x.title for x in self.others(a)]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = KtorSite()

if __name__ == "__main__":
    main(SITE)
