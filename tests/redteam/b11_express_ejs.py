"""Blind-11 red-team site: a Node.js Express + EJS + MongoDB news site of a provincial
tourism and sports office (สำนักงานการท่องเที่ยวและกีฬาจังหวัด), built blind.

What it imitates:
- Mongo ObjectId URLs `/pr/detail/65cf1a2b3c4d5e6f7a8b9c0d`; the index `/pr` with
  `?p=N` links, a previous / next pager only ("← หน้าก่อน" / "หน้าถัดไป →", "หน้า 2 / 3"),
  no numbers;
- `<title>` "ข่าวประชาสัมพันธ์ | ททจ." on every page; headline in `h3.headline`;
- dates by moment.js with the `th` locale, format `LLL`: "16 กุมภาพันธ์ 2024 เวลา 10:30"
  (**CE year**, "เวลา" without "น.", every item), and `fromNow()` "3 เดือนที่แล้ว" beside it;
- "อ่าน 1234" (no separator) with an eye icon;
- the text as `<p>`s in `div.content`, a Swiper gallery in the middle of the text
  ("ภาพกิจกรรม 1/4" counters), "ข่าว/ภาพ : …" for some; no tags, no modified date;
- "แชร์" buttons, a "ข่าวล่าสุด" list with titles, a Facebook page plugin;
- the deleted ObjectId renders the detail template with "ไม่พบข่าวที่ต้องการ" (200, the
  route handler never sets the status).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import MONTHS, esc, main
from .b11_common import B9Site, build, record

OFFICE = "สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน"
SOURCES = ["งานประชาสัมพันธ์ ททจ.น่าน", None, None, "ฝ่ายกีฬาและนันทนาการ"]
DELETED = "/pr/detail/65a0c3f19b2e4d7a1c8e0f42"


def oid(n: int) -> str:
    return "65" + hashlib.md5(f"b11-express-{n}".encode()).hexdigest()[:22]


def moment_lll(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} เวลา {d.hour}:{d.minute:02d}"


class ExpressSite(B9Site):
    key = "b11_express_ejs"
    family = "generic"
    imitates = "Express + EJS + MongoDB: /pr/detail/<ObjectId>, /pr?p=N with prev/next only ('หน้า 2 / 3'), same <title>, h3.headline, moment th LLL '16 กุมภาพันธ์ 2024 เวลา 10:30' (CE, no น.) + fromNow, 'อ่าน 1234', Swiper gallery with 'ภาพกิจกรรม 1/4' inside the text, 'ข่าว/ภาพ :', share, 'ข่าวล่าสุด'; deleted = 'ไม่พบข่าวที่ต้องการ' (200)"
    listing_path = "/pr"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 23, 71, SOURCES, dt.datetime(2024, 10, 4, 17, 0), first_id=300, step=1
        )
        for a in self.articles:
            a.path = f"/pr/detail/{oid(a.id)}"
            a.modified = None
            a.tags = []
        self.setup_routes()

    def page_url(self, k):
        return "/pr" if k == 0 else f"/pr?p={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>ข่าวประชาสัมพันธ์ | ททจ.</title>
<link rel="stylesheet" href="/vendor/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/vendor/swiper/swiper-bundle.min.css">
<link rel="stylesheet" href="/css/style.css">
</head>
<body>
<header class="topbar"><div class="container d-flex align-items-center"><a href="/" class="logo"><img src="/img/logo-mots.png" alt="logo"></a><div class="ms-3"><div class="org-th">{OFFICE}</div><div class="org-en">Nan Provincial Office of Tourism and Sports</div></div></div></header>
<nav class="mainmenu"><div class="container"><a href="/">หน้าแรก</a> <a href="/about">เกี่ยวกับหน่วยงาน</a> <a class="active" href="/pr">ข่าวประชาสัมพันธ์</a> <a href="/event">ปฏิทินกิจกรรม</a> <a href="/contact">ติดต่อ</a></div></nav>
<div class="container py-4"><div class="row">
<div class="col-lg-8">
{content}
</div>
<aside class="col-lg-4">
<div class="box latest"><h5>ข่าวล่าสุด</h5><ul>{"".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5])}</ul></div>
<div class="box"><div class="fb-page" data-href="https://www.facebook.com/nan.tourismsports" data-tabs="timeline"></div></div>
</aside>
</div></div>
<footer class="footer"><div class="container">{OFFICE} ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา &copy; 2024</div></footer>
<script src="/vendor/moment/moment-with-locales.min.js"></script>
<script src="/vendor/swiper/swiper-bundle.min.js"></script>
</body>
</html>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.item(a.path, a.title, a.published, a.views))
            if k == 1 and j == 2:
                items.append(
                    self.item(
                        DELETED,
                        "ขอเชิญร่วมงานประเพณีแข่งเรือยาวจังหวัดน่าน ประจำปี 2567",
                        dt.datetime(2024, 7, 30, 9, 0),
                        45,
                    )
                )
        n = len(self.pages)
        prev = (
            f'<a class="btn btn-outline-secondary" href="{self.page_url(k - 1)}">&larr; หน้าก่อน</a>'
            if k
            else ""
        )
        nxt = (
            f'<a class="btn btn-outline-secondary" href="{self.page_url(k + 1)}">หน้าถัดไป &rarr;</a>'
            if k < n - 1
            else ""
        )
        content = f"""<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="news-list">{"".join(items)}</div>
<div class="pager d-flex justify-content-between align-items-center mt-3">{prev}<span>หน้า {k + 1} / {n}</span>{nxt}</div>"""
        return self.shell(content)

    def item(self, path, title, d, views):
        return f"""<div class="news-item d-flex mb-3"><a href="{path}"><img src="/uploads/thumb/{path.rsplit("/", 1)[1]}.jpg" width="160" alt=""></a><div class="ms-3"><a class="title" href="{path}">{esc(title)}</a><div class="small text-muted">{moment_lll(d)} · อ่าน {views}</div></div></div>"""

    def detail(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        slides = "".join(
            f'<div class="swiper-slide"><img src="/uploads/{oid(a.id)}/{i}.jpg" alt=""><div class="slide-caption">ภาพกิจกรรม {i}/4</div></div>'
            for i in range(1, 5)
        )
        paras.insert(
            2,
            f'<div class="swiper gallery"><div class="swiper-wrapper">{slides}</div><div class="swiper-button-prev"></div><div class="swiper-button-next"></div></div>',
        )
        if a.source:
            paras.append(f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>")
        content = f"""<article class="news-detail">
<h3 class="headline">{esc(a.title)}</h3>
<div class="meta small text-muted"><i class="bi bi-clock"></i> {moment_lll(a.published)} <span class="ago">(3 เดือนที่แล้ว)</span> &nbsp; <i class="bi bi-eye"></i> อ่าน {a.views}</div>
<div class="content">
{"".join(paras)}
</div>
<div class="share mt-3">แชร์ <a href="https://www.facebook.com/sharer/sharer.php?u=https://nan.mots.go.th{a.path}">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https://nan.mots.go.th{a.path}">X</a> <a href="https://social-plugins.line.me/lineit/share?url=https://nan.mots.go.th{a.path}">LINE</a></div>
</article>"""
        return self.shell(content)

    def deleted(self):
        return self.shell(
            """<article class="news-detail"><h3 class="headline"></h3><div class="content"><div class="alert alert-warning">ไม่พบข่าวที่ต้องการ</div></div></article>"""
        )

    def expected(self):
        out = []
        for a in self.articles:
            latest = [x for x in self.articles[:5] if x is not a]
            must_not = [
                "ภาพกิจกรรม 1/4",
                "ภาพกิจกรรม 4/4",
                "3 เดือนที่แล้ว",
                f"อ่าน {a.views}",
                "ข่าวล่าสุด",
                "Facebook",
                "LINE",
                latest[0].title,
                latest[1].title,
                "ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = ExpressSite()

if __name__ == "__main__":
    main(SITE)
