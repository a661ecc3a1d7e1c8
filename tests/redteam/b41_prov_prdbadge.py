"""Blind-41 red-team site (part C): **a provincial public-relations office portal on the
PRD-style ("กรมประชาสัมพันธ์") standard template** — Bootstrap 4 cards, news at
`/th/news/detail/TCATG<yymmddHHMMSS><seq>`, built blind.  The hard site of the pair.

What it imitates:
- the PRD news id that **encodes the moment the draft was created** (CE `yymmddHHMMSS`),
  hours or days before the item was published: the id is not the date;
- detail page: `<title>` = office name only; **the headline only in `div.news-detail-topic`**
  (the page's `h1` is the office banner, `h2` the section name "ข่าวประชาสัมพันธ์");
- **the date as a calendar badge split over three elements in Thai digits**
  (`span.badge-day` "๕", `span.badge-month` "มี.ค.", `span.badge-year` "๖๗" — two-digit BE year)
  and the time in a separate line "เวลา ๑๔:๒๐ น." (some items only); no machine date anywhere;
- "อัปเดตล่าสุด ๖ มี.ค. ๖๗ ๐๙:๑๕ น." on edited items only; "เข้าชม ๑,๒๓๔" Thai-digit counter;
- "ผู้เขียนข่าว : <reporter>" (a person, never the source) and "ข่าว/ภาพ : <office>" at the end
  of the text (some); font-size tools (ก- ก ก+), print, share buttons, hashtag tags;
  "ข่าวอื่นที่น่าสนใจ" cards with Thai-digit badges inside the same `div.news-detail` box;
- listing `/th/news/list/14` with an **offset pager**: "โหลดเพิ่ม" plus numbered links
  `?offset=10&limit=10`, `?offset=20&limit=10`.
Deleted: `/th/news/detail/TCATG231109101500007` answers 200 with the template's empty detail
("ไม่พบข่าวที่ท่านต้องการ", empty topic, "เข้าชม ๐").
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

OFFICE = "สำนักงานประชาสัมพันธ์จังหวัดน่าน"
LIST = "/th/news/list/14"
PER = 10
SOURCES = [
    "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    None,
    "สำนักงานสาธารณสุขจังหวัดน่าน",
    "สำนักงานเกษตรจังหวัดน่าน",
    None,
]
REPORTERS = ["ณัฐพล ใจดี", "สุภาพร คำมา", "วีระพงษ์ อินต๊ะ"]
TAGS = ["น่าน", "ข่าวจังหวัด", "ท่องเที่ยว", "เกษตร", "สุขภาพ"]
DELETED = "/th/news/detail/TCATG231109101500007"
COUNTER = "สถิติผู้เข้าชม ๒,๔๑๕,๐๙๙"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
FOOTER = "ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลผาสิงห์ อำเภอเมืองน่าน จังหวัดน่าน ๕๕๐๐๐"


def badge(d: dt.datetime) -> str:
    return (
        f'<div class="date-badge"><span class="badge-day">{thai_digits(d.day)}</span>'
        f'<span class="badge-month">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="badge-year">{thai_digits(str(d.year + 543)[-2:])}</span></div>'
    )


def short(d: dt.datetime) -> str:
    return (
        thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]} {d:%H:%M}")
        + " น."
    )


class PrdSite(BaseSite):
    key = "b41_prov_prdbadge"
    family = "provincial"
    imitates = "Thai provincial PR office portal on the PRD-style standard template (Bootstrap 4 cards): /th/news/detail/TCATG<yymmddHHMMSS><seq> ids encoding the DRAFT time (not the publish date); <title> = office only, h1 = banner, headline only in div.news-detail-topic; date as a calendar badge split over span.badge-day/-month/-year in Thai digits with a 2-digit BE year, time in a separate 'เวลา ๑๔:๒๐ น.' line (some); no machine date; 'อัปเดตล่าสุด' (edited only); 'เข้าชม ๑,๒๓๔'; reporter name line; 'ข่าว/ภาพ :' sign-off (some); font-size/print/share tools; hashtags; other-news cards inside the detail box; offset pager ?offset=N&limit=10 with 'โหลดเพิ่ม'; deleted = empty detail template"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 3, 28, 18, 0, tzinfo=TZ), offset=377
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            draft = a.published - dt.timedelta(days=i % 3, hours=1 + i % 5, minutes=7 * i % 50)
            a.extra["id"] = f"TCATG{draft:%y%m%d%H%M}{(i * 13) % 60:02d}{1 + i % 9:03d}"
            a.path = f"/th/news/detail/{a.extra['id']}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["reporter"] = REPORTERS[i % 3]
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i % 4) // 2 + (i % 2))]
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED not in self.by_path

    def listing_pages(self):
        return [LIST] + [f"{LIST}?offset={k * PER}&limit={PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{OFFICE}</title>
<meta property="og:site_name" content="{OFFICE}">
<link rel="stylesheet" href="/assets/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/prd-province.css?v=2.3.1">
<script src="/assets/vendor/jquery/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><div class="font-tools"><span>ขนาดตัวอักษร</span> <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-up">ก+</a></div></div></div>
<header class="site-header"><div class="container"><a href="/th"><img src="/assets/images/logo-prd.png" alt="กรมประชาสัมพันธ์"><h1 class="site-title">{OFFICE}</h1></a></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-prd"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li><li class="nav-item active"><a class="nav-link" href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a class="nav-link" href="/th/content/about">เกี่ยวกับเรา</a></li><li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li></ul></div></nav>
<main class="container py-4">
{content}
</main>
<footer class="site-footer"><div class="container"><p>{FOOTER}</p><p class="counter">{COUNTER}</p><p>© ๒๕๖๗ กรมประชาสัมพันธ์</p></div></footer>
<div class="pdpa-bar fixed-bottom">{COOKIE} <button class="btn btn-sm btn-light">ยอมรับ</button></div>
</body>
</html>
"""

    def card(self, a, path=None, title=None):
        return f"""<div class="col-md-6 col-lg-4 mb-4"><div class="card news-card">
<a href="{path or a.path}"><img class="card-img-top" src="/uploads/news/thumb/{a.extra["id"]}.jpg" alt=""></a>
{badge(a.published)}
<div class="card-body"><a href="{path or a.path}" class="card-title-link"><div class="card-title">{esc(title or a.title)}</div></a>
<div class="card-view"><i class="fa fa-eye"></i> {thai_digits(f"{a.views:,}")}</div></div></div></div>"""

    def listing(self, k):
        n = len(self.pages)
        cards = [self.card(a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4, self.card(self.pages[1][4], DELETED, "ประชาสัมพันธ์รับสมัครอาสาสมัคร (ยกเลิก)")
            )
        nums = "".join(
            f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{LIST if j == 0 else f"{LIST}?offset={j * PER}&amp;limit={PER}"}">{j + 1}</a></li>'
            for j in range(n)
        )
        more = (
            f'<div class="text-center"><a class="btn btn-outline-primary btn-load-more" href="{LIST}?offset={(k + 1) * PER}&amp;limit={PER}">โหลดเพิ่ม</a></div>'
            if k < n - 1
            else ""
        )
        content = f"""<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="row news-list">{"".join(cards)}</div>
{more}
<nav aria-label="pagination"><ul class="pagination justify-content-center">{nums}</ul></nav>"""
        return self.shell(content)

    def others(self, a):
        i = self.articles.index(a)
        return [x for j, x in enumerate(self.articles) if j != i][i % 5 : i % 5 + 3]

    def detail(self, a):
        time = (
            f'<div class="news-time">เวลา {thai_digits(f"{a.published:%H:%M}")} น.</div>'
            if a.time_printed
            else ""
        )
        upd = f'<div class="news-update">อัปเดตล่าสุด {short(a.modified)}</div>' if a.modified else ""
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f"<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>"
        tags = (
            '<div class="news-tags">'
            + "".join(
                f'<a class="tag" href="/th/search?tag={esc(t)}">#{esc(t)}</a> ' for t in a.tags
            )
            + "</div>"
            if a.tags
            else ""
        )
        others = "".join(self.card(x) for x in self.others(a))
        content = f"""<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="news-detail card">
  <div class="news-detail-head d-flex">{badge(a.published)}<div class="news-meta">{time}{upd}<div class="news-view"><i class="fa fa-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")}</div></div></div>
  <div class="news-detail-topic">{esc(a.title)}</div>
  <div class="news-tools"><a href="javascript:window.print()" class="btn-print"><i class="fa fa-print"></i> พิมพ์</a> <a class="share-fb" href="https://www.facebook.com/sharer/sharer.php?u={a.path}">แชร์ Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url={a.path}">แชร์ LINE</a> <a class="copy-link" href="#">คัดลอกลิงก์</a></div>
  <img class="img-fluid news-cover" src="/uploads/news/{a.extra["id"]}.jpg" alt="">
  <div class="news-detail-content">{body}</div>
  <div class="news-reporter">ผู้เขียนข่าว : {esc(a.extra["reporter"])}</div>
  {tags}
  <div class="news-other"><h3>ข่าวอื่นที่น่าสนใจ</h3><div class="row">{others}</div></div>
</div>"""
        return self.shell(content)

    def empty(self):
        content = """<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="news-detail card">
  <div class="news-detail-head d-flex"><div class="news-meta"><div class="news-view"><i class="fa fa-eye"></i> เข้าชม ๐</div></div></div>
  <div class="news-detail-topic"></div>
  <div class="news-detail-content"><p class="text-center text-muted">ไม่พบข่าวที่ท่านต้องการ</p></div>
</div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == LIST:
            off = qs1(query, "offset", "0")
            if not off.isdigit() or int(off) % PER or int(off) // PER >= len(self.pages):
                return None
            return self.html_response(self.listing(int(off) // PER))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.empty())
        if path in ("/", "/th"):
            return 302, {"Location": base + LIST}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"เข้าชม {thai_digits(f'{a.views:,}')}",
                f"ผู้เขียนข่าว : {a.extra['reporter']}",
                "ขนาดตัวอักษร",
                "แชร์ Facebook",
                "คัดลอกลิงก์",
                "ข่าวอื่นที่น่าสนใจ",
                COUNTER,
                COOKIE,
                FOOTER,
            ]
            if a.modified:
                must_not.append(f"อัปเดตล่าสุด {short(a.modified)}")
            must_not += [x.title for x in self.others(a)]
            rec = expected_record(a, must_not=must_not)
            rec["modified_at"] = a.modified.isoformat() if a.modified else None
            out.append(rec)
        return out


SITE = PrdSite()

if __name__ == "__main__":
    main(SITE)
