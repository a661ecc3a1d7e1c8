"""Blind-48 red-team site (part A): a provincial land office's news module on **ASP.NET Core
Razor Pages** (.NET 6, Bootstrap 5 from `/lib/`), built blind.

What it imitates:
- Razor Pages routes `/PRNews` (Index, `?pageIndex=2`, `?pageIndex=3` from `asp-route-pageIndex`
  over a `PaginatedList`) and `/PRNews/Detail/<id>` (`@page "{id:int}"`); the default template's
  fingerprints (`/lib/bootstrap/dist/css/bootstrap.min.css`, `/css/site.css?v=<hash>` from
  `asp-append-version`, `/lib/jquery/dist/jquery.min.js`, the `__RequestVerificationToken`
  hidden input of the search form, the CookiePolicy consent bar `#cookieConsent` with
  `data-cookie-string=".AspNet.Consent=yes"`);
- **`<title>` = "ข่าวประชาสัมพันธ์ | office" on every page; `h1` = the office name in the
  header, `h2` = the section "ข่าวประชาสัมพันธ์"; the headline only in `h3.news-topic`**;
- **the article is a two-column `<table class="news-detail-table">`: a caption row whose two
  cells split the date line — "ลงวันที่ ๐๕/๐๓/๒๕๖๗" (day/month/BE year in Thai digits) left,
  "เวลา ๑๔.๒๐ น. · ผู้ชม ๑,๒๓๔ ครั้ง" right (the time for some items only; the counter in Thai
  digits)** — then a row with the photo and its caption (and for some a "ภาพเพิ่มเติม" thumb
  list) on the left and the text on the right; no machine date anywhere;
- in the right cell after the text: **"ข่าว/ภาพ:" with the office on the next line (`<br>`)**,
  or "ที่มา : office" on one line, or nothing; **"Tags: a, b, c" as plain text**;
  "แก้ไขล่าสุดเมื่อ ๐๘/๐๓/๒๕๖๗ ๑๐.๑๕ น." for edited items only;
- a tools row inside the table (พิมพ์ / ส่งอีเมล / ขนาดตัวอักษร ก- ก ก+ / แชร์ Facebook /
  LINE); under the table "ข่าวอื่นๆ ในหมวดเดียวกัน" (titles + Thai-digit dates), a comment
  login prompt; footer with the site-wide Thai-digit visitor counter;
- listing rows are **`<tr onclick="location.href='…'">`: the headline is plain text in the
  row; the only `<a href>` is the "อ่านต่อ" image in the last cell**.
Deleted: `/PRNews/Detail/2207` linked from page 2: the Detail page with the model empty (200,
the `h3` blank, "ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว").
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

OFFICE = "สำนักงานที่ดินจังหวัดสุพรรณบุรี"
LIST = "/PRNews"
PER = 8
DELETED_ID = 2207
SOURCES = [
    ("split", "ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดสุพรรณบุรี"),
    ("ที่มา :", "สำนักงานประชาสัมพันธ์จังหวัดสุพรรณบุรี"),
    None,
    ("split", "สำนักงานที่ดินจังหวัดสุพรรณบุรี สาขาอู่ทอง"),
    None,
]
TAGS = ["ที่ดิน", "โฉนดที่ดิน", "รังวัด", "ภาษีที่ดิน", "บริการประชาชน", "สุพรรณบุรี"]
OTHER = "ข่าวอื่นๆ ในหมวดเดียวกัน"
COUNTER = "จำนวนผู้เยี่ยมชมเว็บไซต์ ๒๓๔,๕๖๗ คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีในการใช้งาน"
FOOTER = (
    "สำนักงานที่ดินจังหวัดสุพรรณบุรี ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลท่าระหัด อำเภอเมืองสุพรรณบุรี 72000"
)
NOT_FOUND = "ไม่พบข้อมูลข่าวที่ท่านต้องการ หรือข่าวนี้ถูกยกเลิกการเผยแพร่แล้ว"
LOGIN = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
CSS_V = "pAGv4ietcJNk6EwsQZ5BN9-K4MuNYS2a9wl4Jw-q9D0"
TOKEN = "CfDJ8Nq0Xr2vLw7dKp3mT9yHq1sBv4uE6gFz0aJc8iRkWn5oPlY2tM7xD3hQ9eU1bS4vN6cG8fA0kL"


def dmy(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{d.year + 543}")


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}")


def num(n: int) -> str:
    return thai_digits(f"{n:,}")


class RazorSite(BaseSite):
    key = "b48_razorpages_tablecol"
    family = "generic"
    imitates = (
        "ASP.NET Core 6 Razor Pages news module of a provincial land office: /PRNews?pageIndex=N, "
        "/PRNews/Detail/<id>; <title> and h1 = office/section, headline only in h3.news-topic; "
        "article as a two-column table (photo left, text right) with the date split over a "
        "caption row (ลงวันที่ dd/mm/BE in Thai digits | เวลา HH.MM น. · ผู้ชม N ครั้ง, Thai "
        "digits), no machine date; ข่าว/ภาพ: with the office on the next line, ที่มา :, plain "
        "'Tags:' list, แก้ไขล่าสุดเมื่อ for edited items; tools row inside the table; other news "
        "with dates; listing rows linked by <tr onclick> with the only <a href> on the อ่านต่อ "
        "image; deleted = empty Detail model answering 200"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 3, 28, 16, 30, tzinfo=TZ), offset=905
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2230 - i if 2230 - i != DELETED_ID else 2199
            a.path = f"{LIST}/Detail/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range((i + 2) % 4)]
            a.views = 19 + (i * 389) % 4700
            a.extra["thumbs"] = i % 4 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"{LIST}/Detail/{DELETED_ID}"

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}?pageIndex={k + 1}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def others(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles if x is not a][max(0, i - 2) : max(0, i - 2) + 5]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>ข่าวประชาสัมพันธ์ | {OFFICE}</title>
    <link rel="stylesheet" href="/lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/css/site.css?v={CSS_V}" />
    <link rel="stylesheet" href="/SupanLand.styles.css?v=Q3TJQ5pWn0D1d3sVx9fOZ7kHc2Ya8LmR4gE6bN0iTuA" />
</head>
<body>
    <header>
        <div class="top-banner"><div class="container d-flex align-items-center">
            <a href="/"><img src="/images/logo-dol.png" alt="กรมที่ดิน" height="80" /></a>
            <div class="ms-3"><h1 class="site-name">{OFFICE}</h1><div class="site-name-en">Suphanburi Provincial Land Office</div></div>
            <form class="ms-auto d-flex" method="post" action="/Search"><input name="q" class="form-control form-control-sm" placeholder="ค้นหา" /><button type="submit" class="btn btn-sm btn-light">ค้นหา</button><input name="__RequestVerificationToken" type="hidden" value="{TOKEN}" /></form>
        </div></div>
        <nav class="navbar navbar-expand-sm navbar-toggleable-sm navbar-dark bg-success border-bottom box-shadow mb-3">
            <div class="container">
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target=".navbar-collapse" aria-controls="navbarSupportedContent" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
                <div class="navbar-collapse collapse d-sm-inline-flex justify-content-between">
                    <ul class="navbar-nav flex-grow-1">
                        <li class="nav-item"><a class="nav-link text-light" href="/">หน้าแรก</a></li>
                        <li class="nav-item"><a class="nav-link text-light" href="/About">ข้อมูลหน่วยงาน</a></li>
                        <li class="nav-item"><a class="nav-link text-light active" href="{LIST}">ข่าวประชาสัมพันธ์</a></li>
                        <li class="nav-item"><a class="nav-link text-light" href="/Procurement">ประกาศจัดซื้อจัดจ้าง</a></li>
                        <li class="nav-item"><a class="nav-link text-light" href="/Services">บริการประชาชน</a></li>
                        <li class="nav-item"><a class="nav-link text-light" href="/Contact">ติดต่อเรา</a></li>
                    </ul>
                </div>
            </div>
        </nav>
    </header>
    <div class="container">
        <div id="cookieConsent" class="alert alert-info alert-dismissible fade show" role="alert">
            {COOKIE} <a href="/Privacy">นโยบายความเป็นส่วนตัว</a>.
            <button type="button" class="accept-policy close" data-bs-dismiss="alert" aria-label="Close" data-cookie-string=".AspNet.Consent=yes; expires=Mon, 06 Dec 2027 00:00:00 GMT; path=/; secure; samesite=none">
                <span aria-hidden="true">ยอมรับ</span>
            </button>
        </div>
        <main role="main" class="pb-3">
            <h2 class="section-title"><img src="/images/icon-news.png" alt="" /> ข่าวประชาสัมพันธ์</h2>
{content}
        </main>
    </div>
    <footer class="border-top footer text-muted">
        <div class="container">
            <div>{FOOTER}</div>
            <div>โทรศัพท์ ๐ ๓๕๕๓ ๕๐๑๒ &middot; &copy; ๒๕๖๗ - {OFFICE} - <a href="/Privacy">นโยบายความเป็นส่วนตัว</a></div>
            <div class="visitor">{COUNTER}</div>
        </div>
    </footer>
    <script src="/lib/jquery/dist/jquery.min.js"></script>
    <script src="/lib/bootstrap/dist/js/bootstrap.bundle.min.js"></script>
    <script src="/js/site.js?v=BxFAw9RUJ1E4NycpKEjCNDeO2y0dbWMkWSV4K0Mb0X4"></script>
    <script>(function(){{var b=document.querySelector("#cookieConsent button[data-cookie-string]");b&&b.addEventListener("click",function(){{document.cookie=b.dataset.cookieString}},!1)}})();</script>
</body>
</html>"""

    def row(self, path, title, d, views, pid):
        return f"""<tr class="news-row" onclick="location.href='{path}'" style="cursor:pointer">
<td class="news-thumb"><img src="/uploads/news/{pid}/thumb.jpg" width="120" alt="" /></td>
<td><span class="news-list-title">{esc(title)}</span><br /><small class="text-muted"><i class="bi bi-calendar"></i> {d} &nbsp; <i class="bi bi-eye"></i> {views}</small></td>
<td class="text-end"><a href="{path}"><img src="/images/btn-readmore.gif" alt="อ่านต่อ" /></a></td>
</tr>"""

    def listing(self, k):
        rows = [
            self.row(a.path, a.title, dmy(a.published), num(a.views), a.id) for a in self.pages[k]
        ]
        if k == 1:
            rows.insert(
                5,
                self.row(
                    self.deleted,
                    "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ ตำแหน่งเจ้าพนักงานที่ดิน",
                    thai_digits("12/02/2567"),
                    num(3),
                    DELETED_ID,
                ),
            )
        n = len(self.pages)
        lis = []
        prev_cls = "" if k else " disabled"
        next_cls = "" if k < n - 1 else " disabled"
        lis.append(
            f'<li class="page-item{prev_cls}"><a class="page-link" href="{self.page_url(max(k - 1, 0))}">&laquo; ก่อนหน้า</a></li>'
        )
        for m in range(n):
            act = ' active" aria-current="page' if m == k else ""
            lis.append(
                f'<li class="page-item{act}"><a class="page-link" href="{self.page_url(m)}">{thai_digits(m + 1)}</a></li>'
            )
        lis.append(
            f'<li class="page-item{next_cls}"><a class="page-link" href="{self.page_url(min(k + 1, n - 1))}">ถัดไป &raquo;</a></li>'
        )
        content = f"""<table class="table table-hover news-list"><tbody>
{"".join(rows)}
</tbody></table>
<div class="d-flex justify-content-between"><span class="text-muted">หน้า {thai_digits(k + 1)} / {thai_digits(n)} (ทั้งหมด {thai_digits(len(self.articles))} รายการ)</span>
<nav aria-label="Page navigation"><ul class="pagination pagination-sm">{"".join(lis)}</ul></nav></div>"""
        return self.shell(content)

    def article(self, a):
        p = a.published
        right_info = (f"เวลา {hm(p)} น. &middot; " if a.time_printed else "") + (
            f"ผู้ชม {num(a.views)} ครั้ง"
        )
        paras = "".join(f"<p>&nbsp;&nbsp;&nbsp;&nbsp;{esc(x)}</p>" for x in a.paras)
        credit = ""
        if a.extra["label"] == "split":
            credit = f'<p class="news-credit"><b>ข่าว/ภาพ:</b><br />{esc(a.source)}</p>'
        elif a.source:
            credit = f'<p class="news-credit">{a.extra["label"]} {esc(a.source)}</p>'
        tags = f'<p class="news-tags">Tags: {", ".join(a.tags)}</p>' if a.tags else ""
        edited = (
            f'<p class="news-edit text-muted small">แก้ไขล่าสุดเมื่อ {dmy(a.modified)} {hm(a.modified)} น.</p>'
            if a.modified
            else ""
        )
        thumbs = ""
        if a.extra["thumbs"]:
            thumbs = (
                '<div class="more-photos"><div class="small">ภาพเพิ่มเติม</div>'
                + "".join(
                    f'<a href="/uploads/news/{a.id}/{n}.jpg" data-lightbox="news{a.id}"><img src="/uploads/news/{a.id}/{n}_s.jpg" width="60" alt="" /></a>'
                    for n in range(2, 6)
                )
                + "</div>"
            )
        url = f"https://supanburi.dol.go.th{a.path}"
        others = "".join(
            f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="text-muted">({dmy(o.published)})</span></li>'
            for o in self.others(a)
        )
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
<h3 class="news-topic">{esc(a.title)}</h3>
<table class="news-detail-table" width="100%" cellpadding="6" cellspacing="0" border="0">
<tr class="caption-row"><td class="caption-date" width="35%">ลงวันที่ {dmy(p)}</td><td class="caption-info text-end">{right_info}</td></tr>
<tr>
<td valign="top" class="news-photo"><img src="/uploads/news/{a.id}/cover.jpg" class="img-fluid" alt="{esc(a.title[:40])}" /><div class="photo-caption small text-muted">ภาพข่าว {OFFICE}</div>{thumbs}</td>
<td valign="top" class="news-text">{paras}{credit}{tags}{edited}</td>
</tr>
<tr class="tools-row"><td colspan="2"><a href="javascript:window.print()">พิมพ์</a> | <a href="mailto:?subject=ข่าวประชาสัมพันธ์&amp;body={esc(url)}">ส่งอีเมล</a> | ขนาดตัวอักษร <a href="#" onclick="fs(-1)">ก-</a> <a href="#" onclick="fs(0)">ก</a> <a href="#" onclick="fs(1)">ก+</a> | แชร์ <a href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={esc(url)}" target="_blank">LINE</a></td></tr>
</table>
<div class="other-news mt-4"><h4>{OTHER}</h4><ul>{others}</ul></div>
<div class="comment-box alert alert-secondary">{LOGIN} <a href="/Identity/Account/Login?ReturnUrl=%2FPRNews%2FDetail%2F{a.id}">เข้าสู่ระบบ</a></div>
<p><a href="{LIST}" class="btn btn-outline-success btn-sm">&laquo; กลับหน้ารวมข่าว</a></p>"""
        return self.shell(content)

    def empty(self):
        content = f"""<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">รายละเอียดข่าว</li></ol></nav>
<h3 class="news-topic"></h3>
<div class="alert alert-warning">{NOT_FOUND}</div>
<p><a href="{LIST}" class="btn btn-outline-success btn-sm">&laquo; กลับหน้ารวมข่าว</a></p>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path in ("/", "/Index"):
            return 302, {"Location": base + LIST}, b""
        if path == LIST:
            k = qs1(query, "pageIndex", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if path.startswith(f"{LIST}/Detail/"):
            tail = path.rsplit("/", 1)[1]
            if not tail.isdigit():
                return None
            if int(tail) == DELETED_ID:
                return self.html_response(self.empty())
            a = self.by_id.get(int(tail))
            if a:
                return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้ชม {num(a.views)} ครั้ง",
                f"ลงวันที่ {dmy(a.published)}",
                "ขนาดตัวอักษร",
                "ส่งอีเมล",
                OTHER,
                LOGIN,
                COUNTER,
                COOKIE,
                FOOTER,
                "กลับหน้ารวมข่าว",
                f"ภาพข่าว {OFFICE}",
                "Suphanburi Provincial Land Office",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุดเมื่อ {dmy(a.modified)}")
            if a.extra["thumbs"]:
                must_not.append("ภาพเพิ่มเติม")
            must_not += [o.title for o in self.others(a)]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = RazorSite()

if __name__ == "__main__":
    main(SITE)
