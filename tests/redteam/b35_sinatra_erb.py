"""Blind-35 red-team site (part A): a district office's news app on **Ruby Sinatra + ERB**
(Rack, `layout.erb`, Rack::Protection authenticity tokens, asset paths with digests), run by
ที่ทำการปกครองอำเภอแม่สะเรียง, UTF-8, built blind.

What it imitates:
- Sinatra/Rack fingerprints: `rack.session` cookie, `authenticity_token` hidden inputs,
  `/assets/application-<digest>.css`, `<!-- views/news/show.erb -->` comments left by the
  developer, `X-Frame-Options: SAMEORIGIN` / `X-XSS-Protection` headers (Rack::Protection);
- **fixed `<title>`** for every page ("อำเภอแม่สะเรียง | ข่าวสาร"); the `h1` is the banner;
  the **headline only in `div.news-topic[role=heading]`**;
- **date split across a calendar badge** (`span.cal-d` ๑๒, `span.cal-m` มี.ค., `span.cal-y` ๒๕๖๗, Thai
  digits, abbreviated month, BE year) and the time (some) in its own `span.news-time`
  ("๑๔.๒๐ น."); no machine-readable date anywhere;
- "อ่านแล้ว ๑,๒๓๔ ครั้ง" in Thai digits; "ปรับปรุงข้อมูล ๑๔/๐๓/๒๕๖๗ ๑๐:๒๑" (numeric, BE,
  Thai digits) on edited items only, below the text;
- body as `<br><br>`-separated text in `div.news-body`, a photo (some), a "ข่าว/ภาพ : …" sign-off
  (some), hashtag links (some), font-size / print / LINE / Facebook tools above, prev/next with
  neighbour titles and "ข่าวอื่นๆ" with Thai-digit dates below, a site counter, a footer;
- listing: **cursor pagination** — `/news`, then `/news?before=<id of the last item shown>`, only
  "« ใหม่กว่า" / "เก่ากว่า »" links, no page numbers.
Deleted: `/news/3377` answers 200 with the show template, an empty headline and
"ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว".
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "ที่ทำการปกครองอำเภอแม่สะเรียง"
FIXED_TITLE = "อำเภอแม่สะเรียง | ข่าวสาร"
PER_PAGE = 8
DELETED_ID = 3377
SOURCES = ["ฝ่ายปกครอง อำเภอแม่สะเรียง", None, None, "งานประชาสัมพันธ์อำเภอแม่สะเรียง", None]
SITE_COUNTER = "ผู้เข้าชมทั้งหมด ๘๗๒,๔๑๕ คน"
DIGEST = "5f1c9e0a7b"


def t_time(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H.%M}") + " น."


def t_mod(d: dt.datetime) -> str:
    return thai_digits(f"{d:%d/%m}/{be(d)} {d:%H:%M}")


def t_short(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


class SinatraSite(BaseSite):
    key = "b35_sinatra_erb"
    family = "generic"
    imitates = "Ruby Sinatra + ERB district-office news app (Rack::Protection tokens, digest assets): fixed <title>, h1 = banner, headline only in div.news-topic[role=heading]; date split across a calendar badge (Thai digits, abbreviated month, BE) with the time in its own span (some), no machine date; 'อ่านแล้ว ๑,๒๓๔ ครั้ง'; 'ปรับปรุงข้อมูล dd/mm/BE hh:mm' (Thai digits) on edited items below the text; <br>-separated body; 'ข่าว/ภาพ :' sign-off (some); hashtags; tools, prev/next with titles, 'ข่าวอื่นๆ'; cursor pagination /news?before=ID; deleted = empty show template (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 21, start=dt.datetime(2024, 2, 20, 16, 0, tzinfo=TZ), offset=1207
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        nid = 3391
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + i % 2
            if nid == DELETED_ID:
                nid -= 1
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 5 == 1
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.deleted = f"/news/{DELETED_ID}"
        # cursor pages: first page, then before=<last id shown>
        self.pages = []
        rest = list(arts)
        cursor = None
        while rest:
            self.pages.append((cursor, rest[:PER_PAGE]))
            cursor = rest[:PER_PAGE][-1].id
            rest = rest[PER_PAGE:]

    def listing_pages(self):
        return ["/news"] + [f"/news?before={c}" for c, _ in self.pages[1:]]

    def deleted_paths(self):
        return [self.deleted]

    def shell(self, content, view):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="xQ3w9Lk2vN8pZ1aR7tY4uB6cD0eF5gH=">
<title>{FIXED_TITLE}</title>
<link rel="stylesheet" href="/assets/application-{DIGEST}.css">
<link rel="shortcut icon" href="/favicon.ico">
</head>
<body>
<!-- {view} -->
<div id="top-bar"><div class="wrap"><a href="/">หน้าหลัก</a> | <a href="/login">เจ้าหน้าที่</a> | <span class="font-tools">ขนาดตัวอักษร <a href="#" data-font="-1">ก-</a> <a href="#" data-font="0">ก</a> <a href="#" data-font="1">ก+</a></span></div></div>
<header id="banner"><div class="wrap"><img src="/images/dopa-logo.png" alt="กรมการปกครอง"><h1>{OFFICE}<small>จังหวัดแม่ฮ่องสอน</small></h1></div></header>
<nav id="menu"><ul><li><a href="/">หน้าหลัก</a></li><li><a href="/about">ข้อมูลอำเภอ</a></li><li class="active"><a href="/news">ข่าวสาร</a></li><li><a href="/services">งานบริการ</a></li><li><a href="/complaint">ร้องเรียน/ร้องทุกข์</a></li><li><a href="/contact">ติดต่อ</a></li></ul></nav>
<div class="wrap" id="page"><div id="content">
{content}
</div>
<aside id="side"><section class="box"><h3>ข่าวล่าสุด</h3><ul>{latest}</ul></section>
<section class="box"><h3>ค้นหาข่าว</h3><form action="/news/search" method="post"><input type="hidden" name="authenticity_token" value="b7Kq2Lw9Xr4Mz1Np6Ts3Uv8Yc0Hd5Fe="><input type="text" name="q"><button>ค้นหา</button></form></section>
<section class="box counter"><h3>สถิติ</h3><p>{SITE_COUNTER}</p></section></aside></div>
<footer id="foot"><div class="wrap"><p>{OFFICE} ถนนเวียงใหม่ ตำบลแม่สะเรียง อำเภอแม่สะเรียง จังหวัดแม่ฮ่องสอน ๕๘๑๑๐ โทร. ๐-๕๓๖๘-๑๒๑๓</p><p>สงวนลิขสิทธิ์ © ๒๕๖๗ {OFFICE}</p></div></footer>
<script src="/assets/application-{DIGEST}.js"></script>
</body>
</html>
"""

    def badge(self, a):
        return f'<div class="cal"><span class="cal-d">{thai_digits(a.published.day)}</span><span class="cal-m">{MONTHS_ABBR[a.published.month - 1]}</span><span class="cal-y">{thai_digits(be(a.published))}</span></div>'

    def row(self, a_title, path, a):
        return f"""<div class="news-row">{self.badge(a)}<div class="news-info"><a class="news-link" href="{path}">{esc(a_title)}</a><p class="teaser">{esc(a.paras[0][:140])}...</p><span class="hits">อ่านแล้ว {thai_digits(f"{a.views:,}")}</span></div></div>
"""

    def listing(self, k):
        cursor, items = self.pages[k]
        rows = [self.row(a.title, a.path, a) for a in items]
        if k == 1:
            rows.insert(
                5,
                self.row(
                    "ประกาศรับสมัครสมาชิกอาสารักษาดินแดน (อส.) ประจำปี ๒๕๖๗", self.deleted, items[4]
                ),
            )
        nav = []
        if k > 0:
            prev = "/news" if k == 1 else f"/news?before={self.pages[k - 1][0]}"
            nav.append(f'<a class="newer" href="{prev}">« ใหม่กว่า</a>')
        if k + 1 < len(self.pages):
            nav.append(f'<a class="older" href="/news?before={self.pages[k + 1][0]}">เก่ากว่า »</a>')
        content = f"""<div class="section-title">ข่าวประชาสัมพันธ์</div>
<div class="news-list">
{"".join(rows)}</div>
<div class="cursor-nav">{" ".join(nav)}</div>"""
        return self.shell(content, "views/news/index.erb")

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 2, i + 3, i + 4, i - 3) if 0 <= j < len(self.articles)
        ][:4]

    def show(self, a):
        url = f"https://www.maesariang.go.th{a.path}"
        t = f' <span class="news-time">{t_time(a.published)}</span>' if a.time_printed else ""
        img = ""
        if a.extra["image"]:
            img = (
                f'<div class="news-photo"><img src="/uploads/news/{a.id}/photo_1.jpg" alt=""></div>'
            )
        body = "<br><br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + esc(p) for p in a.paras)
        if a.source:
            body += f"<br><br>\nข่าว/ภาพ : {esc(a.source)}"
        tags = ""
        if a.tags:
            tags = (
                '<div class="hashtags">'
                + " ".join(f'<a href="/news/tag/{quote(t)}">#{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        mod = ""
        if a.modified:
            mod = f'<div class="updated">ปรับปรุงข้อมูล {t_mod(a.modified)}</div>'
        newer, older = self.neighbours(a)
        pn = ""
        if older:
            pn += f'<div class="prev">« ข่าวก่อนหน้า : <a href="{older.path}">{esc(older.title)}</a></div>'
        if newer:
            pn += (
                f'<div class="next">ข่าวถัดไป : <a href="{newer.path}">{esc(newer.title)}</a> »</div>'
            )
        oth = "".join(
            f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="d">({t_short(o.published)})</span></li>'
            for o in self.others(a)
        )
        content = f"""<div class="section-title">ข่าวประชาสัมพันธ์</div>
<div class="news-show" data-id="{a.id}">
<div class="news-head">{self.badge(a)}<div class="news-topic" role="heading" aria-level="2">{esc(a.title)}</div>
<div class="news-meta">{t.strip()} <span class="hits">อ่านแล้ว {thai_digits(f"{a.views:,}")} ครั้ง</span></div></div>
<div class="tools"><a href="javascript:window.print()">พิมพ์</a> | <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank">แชร์ LINE</a> | <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">แชร์ Facebook</a></div>
{img}
<div class="news-body">{body}</div>
{tags}
{mod}
<div class="prev-next">{pn}</div>
</div>
<div class="box others"><h3>ข่าวอื่นๆ</h3><ul>{oth}</ul></div>"""
        return self.shell(content, "views/news/show.erb")

    def missing(self):
        content = """<div class="section-title">ข่าวประชาสัมพันธ์</div>
<div class="news-show" data-id="">
<div class="news-head"><div class="news-topic" role="heading" aria-level="2"></div>
<div class="news-meta"><span class="hits">อ่านแล้ว ๐ ครั้ง</span></div></div>
<div class="news-body"><div class="alert">ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบแล้ว</div></div>
<p><a href="/news">« กลับหน้ารวมข่าว</a></p>
</div>"""
        return self.shell(content, "views/news/show.erb")

    def resp(self, text):
        status, headers, body = self.html_response(text)
        headers.update(
            {
                "X-Frame-Options": "SAMEORIGIN",
                "X-XSS-Protection": "1; mode=block",
                "X-Content-Type-Options": "nosniff",
                "Set-Cookie": "rack.session=BAh7CEkiD3Nlc3Npb25faWQGOgZFVG; path=/; HttpOnly",
            }
        )
        return status, headers, body

    def route(self, path, query, raw_query, base):
        if path == "/news":
            c = qs1(query, "before", "")
            if not c:
                return self.resp(self.listing(0))
            for k, (cursor, _) in enumerate(self.pages):
                if k and str(cursor) == c:
                    return self.resp(self.listing(k))
            return None
        if path in self.by_path:
            return self.resp(self.show(self.by_path[path]))
        if path == self.deleted:
            return self.resp(self.missing())
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"อ่านแล้ว {thai_digits(f'{a.views:,}')} ครั้ง",
                "ขนาดตัวอักษร",
                "แชร์ LINE",
                "แชร์ Facebook",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ",
                "ข่าวล่าสุด",
                "ค้นหาข่าว",
                SITE_COUNTER,
                "ถนนเวียงใหม่ ตำบลแม่สะเรียง",
                "สงวนลิขสิทธิ์",
            ]
            if a.time_printed:
                must_not.append(t_time(a.published))
            if a.modified:
                must_not += ["ปรับปรุงข้อมูล", t_mod(a.modified)]
            must_not += [f"#{t}" for t in a.tags]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SinatraSite()

if __name__ == "__main__":
    main(SITE)
