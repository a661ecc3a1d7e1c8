"""Blind-29 red-team site: an in-house news system on **Play Framework 2.8 (Scala) with Twirl
templates** and Bootstrap 4, a rice department office (ศูนย์วิจัยข้าวสุพรรณบุรี, กรมการข้าว),
built blind.

What it imitates:
- Play fingerprints: `/assets/stylesheets/main.css`, `/assets/javascripts/…` with versioned
  `/assets/…` paths, `PLAY_SESSION` cookie, the default security headers filter
  (`X-Frame-Options: DENY`, `X-Content-Type-Options`, `X-Permitted-Cross-Domain-Policies`,
  `Referrer-Policy`, `Content-Security-Policy`), a `csrfToken` hidden input in the search form;
- routes `GET /news` and `GET /news/:id`; **keyset ("cursor") pagination**: older pages are
  `/news?before=<id of the last item shown>`, with "« ข่าวใหม่กว่า" / "ข่าวเก่ากว่า »" buttons
  and no page numbers;
- **the same `<title>` on every page; the only `h1` is the site name and the `h2` the section
  label; the headline is a `div.news-topic`**;
- **the date split into a calendar badge: Thai-digit day, abbreviated month and a two-digit BE
  year in three spans** (`๒๘` `พ.ค.` `๖๗`), and **a separate "เวลา ๑๐.๔๗ น." only where a time
  was entered**; "แก้ไขล่าสุด ๓๐/๐๕/๒๕๖๗ ๑๔:๒๒ น." only for edited items; "เข้าชม ๒,๑๒๗ ครั้ง"
  in Thai digits; "โพสต์โดย" an editor login;
- inside `div.news-detail-box`: the tool row (font size "ก- ก ก+", "พิมพ์", "ส่งอีเมล"), the
  text as CKEditor paragraphs (some with `&nbsp;` indents), a gallery "ภาพกิจกรรม" (some),
  "เอกสารแนบ" (some), the source line "ภาพ/ข่าว : office" or "เรียบเรียง : office" (some),
  "คำค้น" tags, the share row (Facebook, LINE, "คัดลอกลิงก์"), prev / next with titles and
  "ข่าวอื่นๆ ในหมวดเดียวกัน" with Thai-digit dates;
- breadcrumbs, menu, footer visitor counter in Thai digits, PDPA cookie bar.
Deleted: `/news/<id>` of a removed item: 200, the layout with "ไม่พบข่าวที่ท่านต้องการ
หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
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
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "ศูนย์วิจัยข้าวสุพรรณบุรี"
DEPT = "กรมการข้าว"
SITE_NAME = f"{OFFICE} {DEPT}"
HOST = "https://spb-rrc.ricethailand.go.th"
PAGE_TITLE = f"{OFFICE} :: ข่าวประชาสัมพันธ์"
EDITOR = "spb_pr02"
PER_PAGE = 8
SECTION = "ข่าวประชาสัมพันธ์"
SOURCES = ["กลุ่มวิจัยและพัฒนาพันธุ์ข้าว", "งานประชาสัมพันธ์ ศวข.สุพรรณบุรี", "ศูนย์เมล็ดพันธุ์ข้าวสุพรรณบุรี"]
DELETED_ID = 1533
CSRF = "7d1c0e5a4b2f9c3e8a6d0b1f2e3c4a5b6d7e8f90-1717056000000-3a9f1e0c5b7d"


def badge(d: dt.datetime) -> str:
    return (
        f'<div class="cal-badge"><span class="cal-d">{thai_digits(d.day)}</span>'
        f'<span class="cal-m">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="cal-y">{thai_digits(str(d.year + 543)[-2:])}</span></div>'
    )


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def num(n: int) -> str:
    return thai_digits(f"{n:,}")


class PlayTwirlSite(BaseSite):
    key = "b29_play_twirl"
    family = "generic"
    imitates = "in-house Play Framework 2.8 (Scala, Twirl, Bootstrap 4) news system: /news/:id, keyset pagination /news?before=ID; fixed <title>, h1 site name, h2 section label, headline only in div.news-topic; date split into a calendar badge (Thai-digit day, abbreviated month, two-digit BE year) plus a separate 'เวลา HH.MM น.' when entered; 'แก้ไขล่าสุด dd/mm/BBBB HH:MM น.' for edited items; 'เข้าชม N ครั้ง' in Thai digits; tools, gallery, attachments, source 'ภาพ/ข่าว :' / 'เรียบเรียง :', 'คำค้น', share, prev/next and other-news titles inside the detail box; deleted item = 200 'ไม่พบข่าว'"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 7, 19, 16, 30, tzinfo=TZ), offset=31
        )
        drop_corpus_signoffs(arts)
        nid = 1561
        for i, a in enumerate(arts):
            a.id = nid
            nid -= 1 + (i * 7) % 3
            a.path = f"/news/{a.id}"
            kind = i % 5
            a.extra["src_kind"] = kind
            if kind in (0, 2):
                a.source = SOURCES[i % len(SOURCES)]
            elif kind == 3:
                a.source = OFFICE
            else:
                a.source = None
            a.extra["gallery"] = i % 4 == 1
            a.extra["file"] = i % 6 == 2
            a.extra["indent"] = i % 2 == 0
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def page_url(self, k):
        return "/news" if k == 1 else f"/news?before={self.pages[k - 2][-1].id}"

    def listing_pages(self):
        return [self.page_url(k) for k in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, content, crumbs):
        crumb = "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>'
            if h
            else f'<li class="breadcrumb-item active" aria-current="page">{esc(t)}</li>'
            for t, h in crumbs
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<title>{esc(PAGE_TITLE)}</title>
<link rel="shortcut icon" type="image/png" href="/assets/images/favicon.png">
<link rel="stylesheet" href="/assets/lib/bootstrap/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/stylesheets/main-5f0c2a7e1b.css">
<link rel="stylesheet" href="/assets/lib/font-awesome/css/all.min.css">
</head>
<body>
<div class="topbar bg-success text-white small"><div class="container d-flex justify-content-between"><span>{DEPT} กระทรวงเกษตรและสหกรณ์</span><span><a class="text-white" href="/lang/en">EN</a> | <a class="text-white" href="/sitemap">แผนผังเว็บไซต์</a></span></div></div>
<header class="site-header"><div class="container d-flex align-items-center"><a href="/"><img src="/assets/images/logo-rice.png" alt="{DEPT}" height="72"></a><div class="ml-3"><h1 class="site-name">{OFFICE}</h1><p class="site-sub">Suphan Buri Rice Research Center</p></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><ul class="navbar-nav"><li class="nav-item"><a class="nav-link" href="/">หน้าหลัก</a></li><li class="nav-item"><a class="nav-link" href="/about">เกี่ยวกับศูนย์</a></li><li class="nav-item active"><a class="nav-link" href="/news">{SECTION}</a></li><li class="nav-item"><a class="nav-link" href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li><li class="nav-item"><a class="nav-link" href="/ita">ITA</a></li><li class="nav-item"><a class="nav-link" href="/contact">ติดต่อเรา</a></li></ul>
<form class="form-inline ml-auto" action="/search" method="GET"><input type="hidden" name="csrfToken" value="{CSRF}"><input class="form-control form-control-sm" type="search" name="q" placeholder="ค้นหาข่าว"><button class="btn btn-sm btn-light ml-1" type="submit">ค้นหา</button></form></div></nav>
<div class="container mt-3">
<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li>{crumb}</ol></nav>
<div class="row">
<main class="col-lg-9">
<h2 class="section-title"><i class="fas fa-bullhorn"></i> {SECTION}</h2>
{content}
</main>
<aside class="col-lg-3">
<div class="card mb-3"><div class="card-header">บริการออนไลน์</div><ul class="list-group list-group-flush"><li class="list-group-item"><a href="/services/seed">จองเมล็ดพันธุ์ข้าว</a></li><li class="list-group-item"><a href="/services/soil">ขอรับบริการวิเคราะห์ดิน</a></li><li class="list-group-item"><a href="/complaint">ร้องเรียน/ร้องทุกข์</a></li></ul></div>
<div class="card mb-3"><div class="card-header">แบบสอบถาม</div><div class="card-body"><a href="/survey">แบบสอบถามความพึงพอใจการใช้งานเว็บไซต์</a></div></div>
</aside>
</div>
</div>
<footer class="site-footer bg-dark text-light mt-4"><div class="container py-3 small">
<p>{SITE_NAME} ๑๗๕ หมู่ ๓ ตำบลรั้วใหญ่ อำเภอเมือง จังหวัดสุพรรณบุรี ๗๒๐๐๐ โทร. ๐-๓๕๕๔-๕๑๙๔</p>
<p class="counter">ผู้เยี่ยมชมวันนี้ {num(187)} คน &nbsp; เดือนนี้ {num(5_204)} คน &nbsp; ทั้งหมด {num(412_877)} คน</p>
<p>สงวนลิขสิทธิ์ &copy; ๒๕๖๗ {DEPT}</p></div></footer>
<div id="pdpa-consent" class="fixed-bottom bg-light border-top p-2 small">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้เว็บไซต์ของท่าน <a href="/privacy">นโยบายความเป็นส่วนตัว</a> <button class="btn btn-sm btn-success" id="pdpa-accept">ยอมรับ</button></div>
<script src="/assets/lib/jquery/jquery.min.js"></script>
<script src="/assets/lib/bootstrap/js/bootstrap.bundle.min.js"></script>
<script src="/assets/javascripts/main-0b9e3d1c44.js"></script>
</body>
</html>
"""

    def respond(self, text):
        status, headers, body = self.html_response(text)
        headers.update(
            {
                "X-Frame-Options": "DENY",
                "X-XSS-Protection": "1; mode=block",
                "X-Content-Type-Options": "nosniff",
                "X-Permitted-Cross-Domain-Policies": "master-only",
                "Referrer-Policy": "origin-when-cross-origin, strict-origin-when-cross-origin",
                "Content-Security-Policy": "default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'",
                "Set-Cookie": "PLAY_SESSION=eyJhbGciOiJIUzI1NiJ9.eyJkYXRhIjp7fX0.x1; SameSite=Lax; Path=/; HTTPOnly",
            }
        )
        return status, headers, body

    # ------------------------------------------------------------------ listing

    def card(self, nid, title, d, excerpt):
        return f"""<div class="media news-item border-bottom py-3">
{badge(d)}
<div class="media-body ml-3"><a class="news-link" href="/news/{nid}"><h5 class="mt-0">{esc(title)}</h5></a><p class="text-muted small mb-1">{excerpt}</p><a class="small" href="/news/{nid}">อ่านต่อ &raquo;</a></div>
</div>"""

    def listing(self, k):
        items = [
            self.card(a.id, a.title, a.published, esc(a.paras[0][:120]) + "…")
            for a in self.pages[k - 1]
        ]
        if k == 2:
            ref = self.pages[1][4]
            items.insert(
                5,
                self.card(
                    DELETED_ID,
                    "ศวข.สุพรรณบุรี จัดงานวันถ่ายทอดเทคโนโลยีการผลิตข้าว (ยกเลิก)",
                    ref.published,
                    "…",
                ),
            )
        n = len(self.pages)
        pager = '<nav class="d-flex justify-content-between my-3">'
        pager += (
            f'<a class="btn btn-outline-success btn-sm" href="{self.page_url(k - 1)}">&laquo; ข่าวใหม่กว่า</a>'
            if k > 1
            else "<span></span>"
        )
        pager += (
            f'<a class="btn btn-outline-success btn-sm" href="{self.page_url(k + 1)}">ข่าวเก่ากว่า &raquo;</a>'
            if k < n
            else "<span></span>"
        )
        pager += "</nav>"
        content = f'<div class="news-list">{"".join(items)}</div>\n{pager}'
        return self.shell(content, [(SECTION, None)])

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        picks = [
            j for j in (i + 2, i + 3, i - 2, i + 4, i - 3, i + 5) if 0 <= j < len(self.articles)
        ]
        return [self.articles[j] for j in picks[:4]]

    def detail(self, a):
        d = a.published
        meta = (
            [
                f'<span class="mr-3"><i class="far fa-clock"></i> เวลา {thai_digits(f"{d.hour:02d}.{d.minute:02d}")} น.</span>'
            ]
            if a.time_printed
            else []
        )
        meta.append(
            f'<span class="mr-3"><i class="far fa-eye"></i> เข้าชม {num(a.views)} ครั้ง</span>'
        )
        meta.append(f'<span class="mr-3"><i class="far fa-user"></i> โพสต์โดย {EDITOR}</span>')
        if a.modified:
            m = a.modified
            stamp = thai_digits(
                f"{m.day:02d}/{m.month:02d}/{m.year + 543} {m.hour:02d}:{m.minute:02d}"
            )
            meta.append(f'<span class="text-muted">แก้ไขล่าสุด {stamp} น.</span>')
        indent = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;" if a.extra["indent"] else ""
        body = "\n".join(f"<p>{indent}{esc(p)}</p>" for p in a.paras)
        kind = a.extra["src_kind"]
        if kind == 0:
            body += f"\n<p><strong>ภาพ/ข่าว :</strong> {esc(a.source)}</p>"
        elif kind == 2:
            body += f'\n<p style="text-align:right">เรียบเรียง : {esc(a.source)}</p>'
        elif kind == 3:
            body += f"\n<p><strong>ข่าว :</strong> {esc(a.source)}</p>"
        extras = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4 mb-2"><a href="/files/news/{a.id}/img_{j}.jpg" data-fancybox="gallery"><img class="img-fluid" src="/files/news/{a.id}/thumb_img_{j}.jpg" alt=""></a></div>'
                for j in range(1, 7)
            )
            extras += f'<div class="news-gallery mt-3"><h6>ภาพกิจกรรม ({thai_digits(6)} ภาพ)</h6><div class="row">{imgs}</div></div>'
        if a.extra["file"]:
            extras += f'<div class="news-attach mt-3"><h6><i class="fas fa-paperclip"></i> เอกสารแนบ</h6><ul><li><a href="/files/news/{a.id}/attach_{a.id}.pdf" target="_blank">attach_{a.id}.pdf</a> <small>(๒๑๔ KB)</small></li></ul></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags mt-3"><span>คำค้น :</span> '
                + " ".join(
                    f'<a class="badge badge-light" href="/news?tag={esc(t)}">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        share = f'<div class="news-share mt-3"><span>แชร์ข่าวนี้ :</span> <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={HOST}/news/{a.id}" target="_blank"><i class="fab fa-facebook-f"></i> Facebook</a> <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={HOST}/news/{a.id}" target="_blank"><i class="fab fa-line"></i> LINE</a> <button class="btn btn-sm btn-secondary js-copy" data-url="{HOST}/news/{a.id}">คัดลอกลิงก์</button></div>'
        newer, older = self.neighbours(a)
        nav = '<div class="news-nav row mt-4 border-top pt-3">'
        nav += (
            f'<div class="col-6"><small>&laquo; ข่าวก่อนหน้า</small><br><a href="/news/{older.id}">{esc(older.title)}</a></div>'
            if older
            else '<div class="col-6"></div>'
        )
        nav += (
            f'<div class="col-6 text-right"><small>ข่าวถัดไป &raquo;</small><br><a href="/news/{newer.id}">{esc(newer.title)}</a></div>'
            if newer
            else '<div class="col-6"></div>'
        )
        nav += "</div>"
        others = "".join(
            f'<li class="list-group-item"><a href="/news/{o.id}">{esc(o.title)}</a> <small class="text-muted">({short_date(o.published)})</small></li>'
            for o in self.others(a)
        )
        content = f"""<div class="news-detail-box card"><div class="card-body">
<div class="d-flex align-items-start">
{badge(d)}
<div class="ml-3 flex-fill"><div class="news-topic">{esc(a.title)}</div>
<div class="news-meta small text-muted">{"".join(meta)}</div></div>
</div>
<div class="news-tools text-right small my-2"><span>ขนาดตัวอักษร</span> <a href="#" class="fs-down">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-up">ก+</a> | <a href="/news/{a.id}/print" target="_blank"><i class="fas fa-print"></i> พิมพ์</a> | <a href="mailto:?subject=news-{a.id}&amp;body={HOST}/news/{a.id}"><i class="far fa-envelope"></i> ส่งอีเมล</a></div>
<div class="news-content">
{body}
</div>
{extras}
{tags}
{share}
{nav}
<div class="news-others mt-4"><h6 class="text-success">ข่าวอื่นๆ ในหมวดเดียวกัน</h6><ul class="list-group list-group-flush">{others}</ul></div>
</div></div>"""
        return self.shell(content, [(SECTION, "/news"), ("รายละเอียดข่าว", None)])

    def missing(self):
        content = """<div class="news-detail-box card"><div class="card-body">
<div class="alert alert-warning text-center my-5"><i class="fas fa-exclamation-triangle"></i> ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว</div>
<p class="text-center"><a class="btn btn-success" href="/news">กลับหน้ารวมข่าว</a></p>
</div></div>"""
        return self.shell(content, [(SECTION, "/news"), ("รายละเอียดข่าว", None)])

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/news":
            before = qs1(query, "before")
            if not before:
                return self.respond(self.listing(1))
            for k in range(2, len(self.pages) + 1):
                if before == str(self.pages[k - 2][-1].id):
                    return self.respond(self.listing(k))
            if before.isdigit():  # any other cursor: the items older than it
                return self.respond(self.shell('<div class="news-list"></div>', [(SECTION, None)]))
            return 400, {"Content-Type": "text/plain"}, b"Bad Request"
        m = re.fullmatch(r"/news/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid in self.by_id:
                return self.respond(self.detail(self.by_id[nid]))
            return self.respond(self.missing())
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            d = a.published
            must_not = [
                PAGE_TITLE,
                OFFICE + " :: ",
                SECTION,
                short_date(d),
                "เข้าชม",
                num(a.views),
                f"โพสต์โดย {EDITOR}",
                "ขนาดตัวอักษร",
                "ก+",
                "ส่งอีเมล",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นๆ ในหมวดเดียวกัน",
                "รายละเอียดข่าว",
                "บริการออนไลน์",
                "แบบสอบถามความพึงพอใจการใช้งานเว็บไซต์",
                "ผู้เยี่ยมชมวันนี้",
                num(412_877),
                "ตำบลรั้วใหญ่",
                "เว็บไซต์นี้ใช้คุกกี้",
                "คำค้น",
            ]
            if a.time_printed:
                must_not.append(f"เวลา {thai_digits(f'{d.hour:02d}.{d.minute:02d}')} น.")
            if a.modified:
                must_not.append("แก้ไขล่าสุด")
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม (๖ ภาพ)")
            if a.extra["file"]:
                must_not += ["เอกสารแนบ", f"attach_{a.id}.pdf"]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            must_not += a.tags
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = PlayTwirlSite()

if __name__ == "__main__":
    main(SITE)
