"""Blind-19 red-team site (part C): a Python FastAPI + Jinja2Templates news site of a
municipality (เทศบาลตำบล) whose listing grows with htmx, built blind.

What it imitates:
- FastAPI routes `/news` (full page, first 8 items) and `/news/items?page=N` (an HTML
  **fragment**: cards plus the next "โหลดข่าวเพิ่มเติม" button) — the htmx "click to load"
  pattern `<div id="load-more"><button hx-get=… hx-target="#load-more" hx-swap="outerHTML">`;
  no plain `?page=` link anywhere, no `<noscript>` fallback;
- article routes `/news/{yyyy}/{mm}/{dd}/{id}` (**the date in the URL**);
- a custom `Response` subclass with `charset = "windows-874"` (the data came from the old
  TIS-620 MySQL): the header declares **windows-874**, the Jinja base template has no
  `<meta charset>`; fragments are windows-874 too;
- the same `<title>` on every page; the `h1` is the municipality's name in the navbar, the
  headline an `h2.news-headline` **below the cover image**, after the meta bar;
- dates printed only as **relative times** ("๓ สัปดาห์ที่แล้ว", humanised against the
  server's now) over `<time datetime>` (ISO with +07:00 when a time was entered, the bare date
  otherwise); "แก้ไขเมื่อ ๒๐ ก.พ. ๖๗ ๑๔.๐๕ น." (Thai digits, two-digit BE, "น.") only for
  edited items; "อ่านแล้ว ๑,๒๓๔ ครั้ง";
- inside `div.news-content`: the text, a "ข่าวที่เกี่ยวข้อง" box, then the labelled field
  "เรียบเรียง : <office>" for some items; hashtag chips "#แท็ก"; share bar, font-size tools
  "ก- ก ก+", print; a sidebar "ข่าวล่าสุด" loaded by `hx-trigger="load"` (placeholder
  "กำลังโหลด…" in the page), a comment form, prev/next links, PDPA cookie banner, footer
  visitor counter;
- the deleted id (listed on page 2) renders the same template with `news=None`:
  "ไม่พบข้อมูลข่าวที่ต้องการ" (200); unknown paths get FastAPI's JSON 404.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, TZ, be, esc, main, thai_digits
from .b19c_common import B9Site, build, daytime_edits, hm, neighbours, record, relative_th, thai_num

TOWN = "เทศบาลตำบลบ้านฉาง"
TITLE = "ข่าวประชาสัมพันธ์ | เทศบาลตำบลบ้านฉาง จังหวัดระยอง"
SOURCES = [None, "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลบ้านฉาง", None, "งานประชาสัมพันธ์ สำนักปลัดเทศบาล"]
NOW = dt.datetime(2024, 7, 1, 9, 0, tzinfo=TZ)
DELETED = "/news/2024/05/31/1189"
DELETED_TITLE = "ประกาศเทศบาลตำบลบ้านฉาง เรื่อง รับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้าง"


def edited(d: dt.datetime) -> str:
    """'๒๐ ก.พ. ๖๗ ๑๔.๐๕ น.'"""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]} {hm(d, '.')} น.")


def dt_attr(d: dt.datetime, with_time: bool) -> str:
    return d.isoformat() if with_time else d.date().isoformat()


class FastApiHtmxSite(B9Site):
    key = "b19_fastapi_htmx"
    family = "generic"
    imitates = "FastAPI + Jinja2 + htmx: /news full page, then /news/items?page=N HTML fragments behind hx-get 'โหลดข่าวเพิ่มเติม' buttons (no ?page= links, no noscript), /news/yyyy/mm/dd/id, windows-874 declared by the header only, same <title>, headline h2 below the cover image, relative times over time[datetime] (date only when no time was entered), 'แก้ไขเมื่อ ๒๐ ก.พ. ๖๗ ๑๔.๐๕ น.' for some, 'อ่านแล้ว ๑,๒๓๔ ครั้ง', 'เรียบเรียง :' after a related box inside the content, #tags, htmx-loaded sidebar; deleted = template with news=None 'ไม่พบข้อมูล' (200), JSON 404"
    listing_path = "/news"
    per_page = 8
    charset = "cp874"  # Python's name; the header says windows-874

    def __init__(self):
        arts = build(
            self.key, 30, 2417, SOURCES, dt.datetime(2024, 6, 28, 16, 0), first_id=1130, step=3
        )
        ok = []
        for a in arts:
            try:
                (a.title + "".join(a.paras)).encode("cp874")
            except UnicodeEncodeError:
                continue
            ok.append(a)
        self.articles = ok[:22]
        daytime_edits(self.articles)
        assert len(self.articles) == 22
        for a in self.articles:
            p = a.published
            a.path = f"/news/{p.year}/{p.month:02d}/{p.day:02d}/{a.id}"
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news/items?page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=windows-874"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def shell(self, content, scripts=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>{TITLE}</title>
  <link rel="stylesheet" href="/static/css/bulma.min.css">
  <link rel="stylesheet" href="/static/css/site.css?v=3">
  <script src="/static/js/htmx.min.js"></script>
</head>
<body hx-boost="true">
<nav class="navbar is-primary" role="navigation" aria-label="main navigation">
  <div class="navbar-brand"><a class="navbar-item" href="/"><img src="/static/img/logo-banchang.png" alt="ตราเทศบาล"></a><h1 class="navbar-item title is-5 has-text-white">{TOWN}</h1></div>
  <div class="navbar-menu"><div class="navbar-start"><a class="navbar-item" href="/">หน้าแรก</a><a class="navbar-item" href="/about">ข้อมูลพื้นฐาน</a><a class="navbar-item is-active" href="/news">ข่าวประชาสัมพันธ์</a><a class="navbar-item" href="/procurement">ประกาศจัดซื้อจัดจ้าง</a><a class="navbar-item" href="/complaint">ร้องเรียนร้องทุกข์</a></div>
  <div class="navbar-end"><div class="navbar-item font-tools"><button class="button is-small" onclick="fontSize(-1)">ก-</button><button class="button is-small" onclick="fontSize(0)">ก</button><button class="button is-small" onclick="fontSize(1)">ก+</button></div></div></div>
</nav>
<section class="section"><div class="container"><div class="columns">
<div class="column is-8">
{content}
</div>
<aside class="column is-4">
  <div class="box" hx-get="/partials/latest" hx-trigger="load" hx-swap="innerHTML"><p class="menu-label">ข่าวล่าสุด</p><p class="has-text-grey">กำลังโหลด…</p></div>
  <div class="box"><p class="menu-label">ลิงก์หน่วยงาน</p><ul><li><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></li><li><a href="https://www.rayong.go.th">จังหวัดระยอง</a></li></ul></div>
</aside>
</div></div></section>
<footer class="footer"><div class="content has-text-centered"><p>{TOWN} 99 หมู่ 3 ถนนสุขุมวิท ตำบลบ้านฉาง อำเภอบ้านฉาง จังหวัดระยอง 21130 โทร. 038-601-xxx</p><p class="visitor">ผู้เข้าชมวันนี้ {thai_num(412)} คน · ทั้งหมด {thai_num(583211)} คน</p></div></footer>
<div id="pdpa" class="notification is-dark cookie-banner">เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาการให้บริการ <a href="/privacy">นโยบายความเป็นส่วนตัว</a> <button class="button is-small is-primary" onclick="acceptCookie()">ยอมรับคุกกี้</button></div>
<script src="/static/js/site.js"></script>{scripts}
</body>
</html>"""

    def card(self, path, title, d, with_time, views, summary):
        return f"""<div class="card news-card mb-4"><div class="card-content"><div class="media"><div class="media-left"><figure class="image is-128x128"><img src="/static/uploads/thumb/{path.rsplit("/", 1)[1]}.jpg" alt="" loading="lazy"></figure></div>
<div class="media-content"><p class="title is-6"><a href="{path}">{esc(title)}</a></p><p class="is-size-7 has-text-grey"><time datetime="{dt_attr(d, with_time)}">{relative_th(d, NOW)}</time> · อ่านแล้ว {thai_num(views)} ครั้ง</p><p class="is-size-7">{esc(summary)}…</p></div></div></div></div>"""

    def cards(self, k):
        out = []
        for j, a in enumerate(self.pages[k]):
            out.append(
                self.card(a.path, a.title, a.published, a.time_printed, a.views, a.paras[0][:140])
            )
            if k == 1 and j == 4:
                out.append(
                    self.card(
                        DELETED,
                        DELETED_TITLE,
                        dt.datetime(2024, 5, 31, 10, 0, tzinfo=TZ),
                        True,
                        57,
                        "รายละเอียดตามประกาศแนบท้าย",
                    )
                )
        return "\n".join(out)

    def load_more(self, k):
        if k + 1 < len(self.pages):
            return f"""<div id="load-more" class="has-text-centered"><button class="button is-link is-outlined" hx-get="/news/items?page={k + 2}" hx-target="#load-more" hx-swap="outerHTML" hx-indicator="#spinner">โหลดข่าวเพิ่มเติม</button><span id="spinner" class="htmx-indicator">กำลังโหลด…</span></div>"""
        return '<div id="load-more" class="has-text-centered has-text-grey">แสดงข่าวครบทุกรายการแล้ว</div>'

    def listing(self, k):
        if k == 0:
            content = f"""<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/">หน้าแรก</a></li><li class="is-active"><a href="#" aria-current="page">ข่าวประชาสัมพันธ์</a></li></ul></nav>
<h2 class="title is-4">ข่าวประชาสัมพันธ์</h2>
<div id="news-list">
{self.cards(0)}
{self.load_more(0)}
</div>"""
            return self.shell(content)
        # htmx fragment: no <html>, no <head>, swapped in place of #load-more
        return self.cards(k) + "\n" + self.load_more(k) + "\n"

    def extra_route(self, key, query):
        if key == "/partials/latest":
            items = "".join(
                f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
            )
            return self.html_response(
                f'<p class="menu-label">ข่าวล่าสุด</p><ul class="menu-list">{items}</ul>'
            )
        return 404, {"Content-Type": "application/json"}, b'{"detail":"Not Found"}'

    def related(self, a):
        older, newer = neighbours(self.articles, a)
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3] or [
            x for x in (older, newer) if x
        ]

    def detail(self, a):
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        upd = (
            f'<span class="tag is-warning is-light">แก้ไขเมื่อ {edited(a.modified)}</span>'
            if a.modified
            else ""
        )
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        src = (
            f'<div class="field-source"><strong>เรียบเรียง :</strong> {esc(a.source)}</div>'
            if a.source
            else ""
        )
        tags = "".join(
            f'<a class="tag is-info is-light" href="/news/tag/{esc(t)}">#{esc(t)}</a>'
            for t in a.tags
        )
        older, newer = neighbours(self.articles, a)
        nav = ""
        if newer:
            nav += f'<a class="pagination-previous" href="{newer.path}">« ข่าวใหม่กว่า: {esc(newer.title)}</a>'
        if older:
            nav += f'<a class="pagination-next" href="{older.path}">ข่าวเก่ากว่า: {esc(older.title)} »</a>'
        content = f"""<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="is-active"><a href="#" aria-current="page">รายละเอียดข่าว</a></li></ul></nav>
<article class="box news-detail">
  <div class="news-meta is-size-7 has-text-grey mb-3"><span class="icon-text"><i class="fa fa-clock"></i> <time datetime="{dt_attr(a.published, a.time_printed)}">{relative_th(a.published, NOW)}</time></span> <span>อ่านแล้ว {thai_num(a.views)} ครั้ง</span> {upd}</div>
  <figure class="image is-16by9 mb-4"><img src="/static/uploads/news/{a.id}/cover.jpg" alt=""></figure>
  <h2 class="title is-4 news-headline">{esc(a.title)}</h2>
  <div class="share-bar buttons are-small"><a class="button" href="https://social-plugins.line.me/lineit/share?url={a.path}">แชร์ LINE</a><a class="button" href="https://www.facebook.com/sharer/sharer.php?u={a.path}">แชร์ Facebook</a><button class="button" onclick="copyLink()">คัดลอกลิงก์</button><button class="button" onclick="window.print()">พิมพ์</button></div>
  <div class="content news-content">
{paras}
    <div class="box related-news"><p class="has-text-weight-bold">ข่าวที่เกี่ยวข้อง</p><ul>{rel}</ul></div>
    {src}
  </div>
  <div class="tags">{tags}</div>
</article>
<nav class="pagination">{nav}</nav>
<div class="box comments"><h3 class="title is-6">แสดงความคิดเห็น</h3>
<form hx-post="/news/{a.id}/comments" hx-target="#comment-list" hx-swap="afterbegin"><input class="input" name="name" placeholder="ชื่อผู้แสดงความคิดเห็น"><textarea class="textarea" name="body" placeholder="ข้อความ"></textarea><button class="button is-primary" type="submit">ส่งความคิดเห็น</button></form>
<div id="comment-list"><p class="has-text-grey">ยังไม่มีความคิดเห็น</p></div></div>"""
        return self.shell(content)

    def deleted(self):
        content = """<nav class="breadcrumb" aria-label="breadcrumbs"><ul><li><a href="/">หน้าแรก</a></li><li><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="is-active"><a href="#" aria-current="page">รายละเอียดข่าว</a></li></ul></nav>
<article class="box news-detail">
  <div class="notification is-warning">ไม่พบข้อมูลข่าวที่ต้องการ</div>
  <a class="button" href="/news">กลับหน้ารวมข่าว</a>
</article>"""
        return self.shell(content)

    def robots(self):
        return "User-agent: *\nDisallow: /docs\nDisallow: /redoc\nDisallow: /openapi.json\nDisallow: /partials/\n"

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "อ่านแล้ว",
                "แก้ไขเมื่อ",
                "แชร์ LINE",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "เรียบเรียง :",
                "แสดงความคิดเห็น",
                "ยังไม่มีความคิดเห็น",
                "ยอมรับคุกกี้",
                "ผู้เข้าชมวันนี้",
                "กำลังโหลด…",
                "ข่าวใหม่กว่า",
                "ข่าวเก่ากว่า",
                "ถนนสุขุมวิท",
                "ลิงก์หน่วยงาน",
                *[x.title for x in self.related(a)],
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = FastApiHtmxSite()

if __name__ == "__main__":
    main(SITE)
