"""Blind-47 red-team site (part C): a **provincial governor's office news portal on a vendor PHP
CMS (CodeIgniter 4 + Tailwind, "SmartGov Portal"-style template)**, built blind; the hard one.

What it imitates:
- CodeIgniter 4 routes `/pr/news` and `/pr/news/read/<id>`, `/assets/smartgov/` paths,
  `ci_session` cookie name in the JS, Tailwind utility classes, Font Awesome 6 icons;
- **a UTF-8 byte-order mark before `<!DOCTYPE html>` (an included config file saved with a
  BOM), header `Content-Type: text/html` without a charset and no `<meta charset>`**;
- **`<title>` = the portal name on every page, `h1` = the section "ข่าวประชาสัมพันธ์"; the
  headline only in `og:title` and `<div class="subject">`**; breadcrumbs end in "รายละเอียดข่าว";
- the date **inside a labelled line "ข่าววันที่ ๕ มี.ค. ๖๗"** (Thai digits, short BE year),
  plus "เวลา ๑๐.๓๐ น." for some; no machine date anywhere; no modified date;
- the per-article counter **"(๑,๒๓๔)" after an eye icon**, no word around it;
- the text in **several `<div class="paragraph">` blocks**, with a photo gallery (some) and a
  quote box carrying the governor's slogan (some) between them;
- the source as **"เครดิต: <office>" or "Cr. <office>"** under the text (some);
- hashtags "#…" (some), share bar "แชร์ข่าวนี้" with "คัดลอกลิงก์", font-size and print tools,
  prev/next with neighbour titles, "ข่าวอื่นๆ" inside the content column, PDPA cookie bar,
  site counter in Thai digits;
- listing: 9 cards on `/pr/news`, then **"โหลดเพิ่ม" (a `<button data-url>`) that fetches HTML
  fragments `/pr/news/load?page=N`** (cards only, the next button's URL in a data attribute).
Deleted: `/pr/news/read/<id>` of a removed item answers 200 with the detail template emptied
("ไม่พบข้อมูลข่าว").
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

PORTAL = "สำนักงานจังหวัดสกลนคร - ศูนย์ข่าวประชาสัมพันธ์"
OFFICE = "สำนักงานจังหวัดสกลนคร"
LIST = "/pr/news"
LOAD = "/pr/news/load"
AS = "/assets/smartgov"
PER = 9
CREDITS = [
    None,
    ("เครดิต:", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    None,
    ("Cr.", "ประชาสัมพันธ์จังหวัดสกลนคร"),
    ("เครดิต:", "ที่ทำการปกครองจังหวัดสกลนคร"),
]
TAGS = ["สกลนคร", "ผู้ว่าฯสกล", "ข่าวจังหวัด", "บำบัดทุกข์บำรุงสุข", "ท่องเที่ยวสกล"]
SLOGAN = "“สกลนครเมืองน่าอยู่ ประชาชนมีความสุข”"
DELETED_ID = 3339
SHARE = "แชร์ข่าวนี้"
COPY = "คัดลอกลิงก์"
FONT = "ขนาดตัวอักษร"
PRINT = "พิมพ์ข่าว"
OTHER = "ข่าวอื่นๆ"
PREV = "ข่าวก่อนหน้า"
NEXT = "ข่าวถัดไป"
COUNTER = "ผู้เข้าชมทั้งหมด ๘๙๒,๑๑๓ คน"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
FOOTER = "ศาลากลางจังหวัดสกลนคร ถนนศูนย์ราชการ ตำบลธาตุเชิงชุม"
LOADMORE = "โหลดเพิ่ม"
BOM = "\ufeff"


def th_short(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗'."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def th_time(d: dt.datetime) -> str:
    return thai_digits(f"{d.hour:02d}.{d.minute:02d}") + " น."


def th_num(n: int) -> str:
    return thai_digits(f"{n:,}")


class SmartGovSite(BaseSite):
    key = "b47_ci4_loadmore_bom"
    family = "thaigov"
    imitates = (
        "provincial office news portal on a CodeIgniter 4 vendor CMS: UTF-8 BOM without a "
        "declared charset, headline only in og:title and div.subject, 'ข่าววันที่' Thai-digit "
        "dates, '(๑๒๓)' counter, 'เครดิต:'/'Cr.' sources, 'โหลดเพิ่ม' fragments"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 6, 14, 17, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3360 - i * 2 + (i % 3 == 1)
            a.path = f"/pr/news/read/{a.id}"
            cr = CREDITS[i % len(CREDITS)]
            a.source = cr[1] if cr else None
            a.extra["credit_label"] = cr[0] if cr else None
            a.tags = [TAGS[(i + k * 2) % len(TAGS)] for k in range(i % 3)]
            a.views = 37 + (i * 389) % 4100
            a.modified = None
            a.extra["gallery"] = i % 4 == 1
            a.extra["quote"] = i % 5 == 2
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        assert len(self.by_path) == len(arts)
        self.deleted = f"/pr/news/read/{DELETED_ID}"
        assert self.deleted not in self.by_path
        self.pages = paginate(arts, PER)

    def listing_pages(self):
        return [LIST] + [f"{LOAD}?page={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def respond(self, text: str):
        return 200, {"Content-Type": "text/html"}, (BOM + text).encode("utf-8")

    def shell(self, main_html, og_title, og_url, extra_head=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(PORTAL)}</title>
<meta name="description" content="ข่าวประชาสัมพันธ์ {OFFICE}">
<meta property="og:site_name" content="{esc(PORTAL)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(og_title)}">
<meta property="og:url" content="{og_url}">
{extra_head}<link rel="stylesheet" href="{AS}/css/tailwind.min.css?v=2.3.1">
<link rel="stylesheet" href="{AS}/vendor/fontawesome6/css/all.min.css">
<link rel="stylesheet" href="{AS}/vendor/fancybox/fancybox.css">
<link rel="stylesheet" href="{AS}/css/portal.css?v=2.3.1">
</head>
<body class="font-sarabun bg-gray-50 text-gray-800">
<div class="topbar bg-sky-900 text-white text-sm"><div class="container mx-auto flex justify-between px-4 py-1"><span>ยินดีต้อนรับสู่เว็บไซต์ {OFFICE}</span><span class="font-tools">{FONT} <a href="#" data-size="-1">ก-</a> <a href="#" data-size="0">ก</a> <a href="#" data-size="1">ก+</a></span></div></div>
<header class="site-header bg-white shadow"><div class="container mx-auto flex items-center px-4 py-3"><a href="/" class="logo"><img src="{AS}/img/logo-sakon.png" alt="{OFFICE}" class="h-16"></a><div class="ml-3"><div class="text-xl font-bold">{OFFICE}</div><div class="text-sm text-gray-500">Sakon Nakhon Provincial Office</div></div></div>
<nav class="main-menu bg-sky-700 text-white"><ul class="container mx-auto flex gap-6 px-4 py-2"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับจังหวัด</a></li><li class="active"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<main class="container mx-auto px-4 py-6">
{main_html}
</main>
<footer class="site-footer bg-sky-900 text-white mt-10"><div class="container mx-auto px-4 py-6 grid md:grid-cols-3 gap-4"><div><p class="font-bold">{OFFICE}</p><p>{FOOTER} อำเภอเมืองสกลนคร จังหวัดสกลนคร ๔๗๐๐๐</p><p>โทร. ๐ ๔๒๗๑ ๑๔๕๖</p></div><div class="stat"><p>สถิติผู้เข้าชม</p><p>วันนี้ ๑,๐๒๔ คน</p><p>{COUNTER}</p></div><div><p>© ๒๕๖๗ {OFFICE} สงวนลิขสิทธิ์</p><p class="text-xs">พัฒนาระบบโดย SmartGov Portal v2.3</p></div></div></footer>
<div id="pdpa-bar" class="fixed bottom-0 inset-x-0 bg-gray-900 text-white text-sm p-3"><span>{COOKIE}</span> <a href="/privacy" class="underline">อ่านเพิ่มเติม</a> <button class="btn-accept bg-sky-600 px-3 py-1 rounded">ยอมรับทั้งหมด</button></div>
<script src="{AS}/vendor/jquery/jquery-3.7.1.min.js"></script>
<script src="{AS}/vendor/fancybox/fancybox.umd.js"></script>
<script>var baseURL = "/"; var csrfName = "csrf_test_name"; var sessCookie = "ci_session";</script>
<script src="{AS}/js/portal.js?v=2.3.1"></script>
</body>
</html>
"""

    def card(self, a_path, title, d, nid):
        short = title if len(title) <= 60 else title[:60] + "..."
        return f"""<div class="news-card bg-white rounded shadow overflow-hidden"><a href="{a_path}"><img src="/uploads/news/{d:%Y/%m}/thumb_{nid}.jpg" alt="" class="w-full h-44 object-cover"></a><div class="p-3"><a href="{a_path}" class="news-card-title font-semibold">{esc(short)}</a><div class="text-sm text-gray-500 mt-2"><i class="fa-regular fa-calendar"></i> {th_short(d)}</div></div></div>
"""

    def cards(self, k):
        rows = [(a.path, a.title, a.published, a.id) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                4,
                (
                    self.deleted,
                    "จังหวัดสกลนครประชาสัมพันธ์รับสมัครพนักงานราชการ (ยกเลิกประกาศ)",
                    self.pages[k][4].published,
                    DELETED_ID,
                ),
            )
        return "".join(self.card(*r) for r in rows)

    def loadmore(self, k):
        if k + 1 >= len(self.pages):
            return '<div class="loadmore-end text-center text-gray-400 py-4">แสดงข่าวครบแล้ว</div>'
        return f'<div class="loadmore-wrap text-center py-6"><button type="button" class="btn-loadmore bg-sky-700 text-white px-6 py-2 rounded" data-url="{LOAD}?page={k + 2}">{LOADMORE} <i class="fa-solid fa-angles-down"></i></button></div>'

    def listing(self):
        main_html = f"""<nav class="breadcrumb text-sm"><a href="/">หน้าแรก</a> <i class="fa-solid fa-angle-right"></i> <span>ข่าวประชาสัมพันธ์</span></nav>
<h1 class="section-title text-2xl font-bold my-4">ข่าวประชาสัมพันธ์</h1>
<div id="news-list" class="grid md:grid-cols-3 gap-5">
{self.cards(0)}</div>
<div id="news-more">{self.loadmore(0)}</div>
<script>$(document).on('click','.btn-loadmore',function(){{var b=$(this);$.get(b.data('url'),function(h){{b.parent().remove();$('#news-list').append($(h).filter('.news-card'));$('#news-more').html($(h).filter('.loadmore-wrap,.loadmore-end'));}});}});</script>"""
        return self.shell(main_html, "ข่าวประชาสัมพันธ์", LIST)

    def fragment(self, k):
        return self.cards(k) + self.loadmore(k)

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 8, 11)]

    def detail_body(self, a):
        blocks = [f'<div class="paragraph">{esc(p)}</div>' for p in a.paras]
        if a.extra["gallery"]:
            pics = "".join(
                f'<a href="/uploads/news/{a.published:%Y/%m}/{a.id}_{j}.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.published:%Y/%m}/{a.id}_{j}_s.jpg" alt="ภาพข่าว {j}" class="rounded"></a>'
                for j in range(1, 5)
            )
            blocks.insert(2, f'<div class="gallery grid grid-cols-4 gap-2 my-4">{pics}</div>')
        if a.extra["quote"]:
            blocks.insert(
                1,
                f'<div class="quote-box border-l-4 border-sky-600 bg-sky-50 p-4 my-4 italic">{SLOGAN}</div>',
            )
        return "\n".join(blocks)

    def article(self, a):
        d = a.published
        t = f' <span class="news-time">เวลา {th_time(d)}</span>' if a.time_printed else ""
        credit = (
            f'<div class="credit text-sm text-gray-600 mt-4">{a.extra["credit_label"]} {esc(a.source)}</div>'
            if a.source
            else ""
        )
        tags = (
            '<div class="hashtags mt-4">'
            + " ".join(
                f'<a href="{LIST}?tag={j}" class="tag bg-gray-100 px-2 rounded">#{esc(x)}</a>'
                for j, x in enumerate(a.tags)
            )
            + "</div>"
            if a.tags
            else ""
        )
        older, newer = self.neighbours(a)
        nav = '<div class="news-nav grid md:grid-cols-2 gap-4 mt-6 border-t pt-4">'
        nav += (
            f'<a href="{newer.path}" class="prev"><span class="text-xs text-gray-500">{PREV}</span><br>{esc(newer.title)}</a>'
            if newer
            else "<span></span>"
        )
        nav += (
            f'<a href="{older.path}" class="next text-right"><span class="text-xs text-gray-500">{NEXT}</span><br>{esc(older.title)}</a>'
            if older
            else "<span></span>"
        )
        nav += "</div>"
        others = "".join(
            f'<li class="py-2 border-b"><a href="{o.path}">{esc(o.title)}</a> <span class="text-xs text-gray-500">{th_short(o.published)}</span></li>'
            for o in self.others(a)
        )
        main_html = f"""<nav class="breadcrumb text-sm"><a href="/">หน้าแรก</a> <i class="fa-solid fa-angle-right"></i> <a href="{LIST}">ข่าวประชาสัมพันธ์</a> <i class="fa-solid fa-angle-right"></i> <span>รายละเอียดข่าว</span></nav>
<h1 class="section-title text-2xl font-bold my-4">ข่าวประชาสัมพันธ์</h1>
<div class="grid md:grid-cols-3 gap-6">
<div class="md:col-span-2 news-detail bg-white rounded shadow p-5">
<div class="subject text-xl font-bold text-sky-900 leading-relaxed">{esc(a.title)}</div>
<div class="news-info flex justify-between text-sm text-gray-500 my-3"><div class="news-date"><i class="fa-regular fa-calendar"></i> ข่าววันที่ {th_short(d)}{t}</div><div class="news-view"><i class="fa-regular fa-eye"></i> ({th_num(a.views)})</div></div>
<div class="share-bar flex gap-2 items-center mb-4"><span>{SHARE}</span><a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank" class="fb"><i class="fa-brands fa-facebook"></i></a><a href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank" class="line"><i class="fa-brands fa-line"></i></a><a href="https://twitter.com/intent/tweet?url={a.path}" target="_blank" class="x"><i class="fa-brands fa-x-twitter"></i></a><button class="copy-link" data-link="{a.path}"><i class="fa-solid fa-link"></i> {COPY}</button><a href="javascript:window.print()" class="print ml-auto"><i class="fa-solid fa-print"></i> {PRINT}</a></div>
<div class="cover mb-4"><img src="/uploads/news/{d:%Y/%m}/{a.id}_cover.jpg" alt="" class="w-full rounded"></div>
<div class="detail leading-loose">
{self.detail_body(a)}
</div>
{credit}
{tags}
{nav}
</div>
<aside class="other-news bg-white rounded shadow p-5"><h3 class="font-bold text-lg mb-2">{OTHER}</h3><ul>{others}</ul><a href="{LIST}" class="text-sky-700 text-sm">ดูทั้งหมด</a></aside>
</div>"""
        return self.shell(
            main_html,
            a.title,
            a.path,
            f'<meta property="og:image" content="/uploads/news/{d:%Y/%m}/{a.id}_cover.jpg">\n',
        )

    def empty_detail(self):
        main_html = f"""<nav class="breadcrumb text-sm"><a href="/">หน้าแรก</a> <i class="fa-solid fa-angle-right"></i> <a href="{LIST}">ข่าวประชาสัมพันธ์</a> <i class="fa-solid fa-angle-right"></i> <span>รายละเอียดข่าว</span></nav>
<h1 class="section-title text-2xl font-bold my-4">ข่าวประชาสัมพันธ์</h1>
<div class="news-detail bg-white rounded shadow p-5">
<div class="subject text-xl font-bold text-sky-900 leading-relaxed"></div>
<div class="news-info flex justify-between text-sm text-gray-500 my-3"><div class="news-date"><i class="fa-regular fa-calendar"></i> ข่าววันที่ </div><div class="news-view"><i class="fa-regular fa-eye"></i> (๐)</div></div>
<div class="detail leading-loose"><div class="alert text-center text-gray-400 py-10">ไม่พบข้อมูลข่าว</div></div>
</div>"""
        return self.shell(main_html, "", self.deleted)

    def route(self, path, query, raw_query, base):
        if path in (LIST, "/"):
            if query:
                return None
            return self.respond(self.listing())
        if path == LOAD:
            page = (query.get("page") or [""])[0]
            if not page.isdigit() or not 2 <= int(page) <= len(self.pages):
                return None
            return self.respond(self.fragment(int(page) - 1))
        if path in self.by_path:
            return self.respond(self.article(self.by_path[path]))
        if path == self.deleted:
            return self.respond(self.empty_detail())
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"({th_num(a.views)})",
                SHARE,
                COPY,
                FONT,
                PRINT,
                OTHER,
                PREV,
                NEXT,
                COUNTER,
                COOKIE,
                FOOTER,
                "ข่าววันที่",
                th_short(a.published),
            ]
            if a.source:
                must_not.append(f"{a.extra['credit_label']} {a.source}")
            if a.extra["quote"]:
                must_not.append(SLOGAN)
            must_not += ["#" + x for x in a.tags]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [o.title for o in self.others(a) if o is not a]
            out.append(expected_record(a, modified=False, must_not=must_not))
        return out


SITE = SmartGovSite()

if __name__ == "__main__":
    main(SITE)
