"""Blind-37 red-team site (part C): a **ministry portal on a headless CMS** — a vendor's
server-rendered front (Node, Pug templates, Tailwind classes) reading news from a headless
content API, the way several Thai ministries relaunched their portals: the Ministry of Higher
Education's fictional "สำนักงานปลัดกระทรวง" news room, built blind.

What it imitates:
- news detail at **`/content/<id>`** (numeric content id), cards rendered on the server;
- **`<title>` = ministry name only, `h1` = the logo text, the headline only in
  `div.content-heading`** (no heading tag) and `og:title`;
- the date **split across elements**: a badge with Thai-digit day, Thai month abbreviation
  and Thai-digit BE year in three spans, and a separate "เวลา ๑๔.๒๐ น." (some items only);
  no machine date anywhere;
- "แก้ไขล่าสุด" line only on edited items (Thai digits, full month name);
- **Thai-digit view counter** with only an eye icon and `aria-label="จำนวนผู้เข้าชม"`;
- share buttons, font-size and "คัดลอกลิงก์" above the text; cover image (some); a
  "ข่าว/ภาพ : office" line closing the body (some); `#tag` chips; "ข่าวก่อนหน้า" / "ข่าวถัดไป"
  cards with titles; "ข่าวที่เกี่ยวข้อง" cards; PDPA cookie bar; footer counter;
- listing `/news` with **cursor pagination**: no page numbers, one "ข่าวเก่ากว่า" link
  `/news?before=<id of the last card>` (and "ข่าวใหม่กว่า" back).
Deleted: `/content/<id>` of an unpublished item answering 200 with the empty detail template.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
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

MINISTRY = "สำนักงานปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"
SHORT = "สป.อว."
HOST = "https://www.ops.mhesi.go.th"
PER_PAGE = 9
SOURCES = [None, "กองกลาง สป.อว.", None, "กลุ่มสื่อสารองค์กร", "สำนักงานรัฐมนตรี", None]
DELETED_ID = 5108
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน"
FOOTER_COUNTER = "ผู้เข้าชมทั้งหมด ๓,๔๑๒,๐๙๘"


def badge(d: dt.datetime) -> str:
    return (
        f'<div class="date-badge flex flex-col items-center"><span class="date-day text-3xl font-bold">{thai_digits(d.day)}</span>'
        f'<span class="date-month">{MONTHS_ABBR[d.month - 1]}</span><span class="date-year">{thai_digits(d.year + 543)}</span></div>'
    )


def card_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def long_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} เวลา {d:%H.%M} น.")


class HeadlessSite(BaseSite):
    key = "b37_ministry_headless"
    family = "generic"
    imitates = "ministry portal on a headless CMS with a server-rendered Node/Pug + Tailwind front (สป.อว.): /content/<id>; <title> = ministry name, h1 = logo text, headline only in div.content-heading (and og:title); date split across spans (Thai-digit day / month abbr. / Thai-digit BE year) plus a separate 'เวลา ๑๔.๒๐ น.' on some items, no machine date; 'แก้ไขล่าสุด' only on edited items; unlabelled Thai-digit view counter (eye icon, aria-label); share / font-size / copy-link above the text; cover image (some); 'ข่าว/ภาพ : office' closing line (some); #tag chips; prev/next cards with titles; related cards; PDPA cookie bar; listing /news with cursor pagination ?before=<id> ('ข่าวเก่ากว่า' / 'ข่าวใหม่กว่า'); deleted = empty detail template (200)"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 11, 15, 17, 0, tzinfo=TZ), offset=1611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        cid = 5131
        for i, a in enumerate(arts):
            if cid == DELETED_ID:
                cid -= 1
            a.id = cid
            cid -= 1 + (i * 7) % 3
            a.path = f"/content/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["image"] = i % 3 == 0
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        # the cursor of page k (k >= 1) is the id of the last card of page k-1
        self.cursors = [None] + [p[-1].id for p in self.pages[:-1]]

    def page_path(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?before={self.cursors[k]}"

    def listing_pages(self):
        return [self.page_path(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [f"/content/{DELETED_ID}"]

    # ------------------------------------------------------------------ shell

    def shell(self, content, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{MINISTRY}</title>
<meta name="description" content="เว็บไซต์{MINISTRY}">
{head_extra}<link rel="stylesheet" href="/assets/css/app.7c1e2f.css">
<link rel="icon" href="/favicon.ico">
</head>
<body class="bg-gray-50 font-sarabun">
<div class="topbar bg-indigo-900 text-white text-sm"><div class="container mx-auto flex justify-between"><span>ขนาดตัวอักษร <button class="fs-down">ก-</button><button class="fs-reset">ก</button><button class="fs-up">ก+</button></span><span><a href="/sitemap">แผนผังเว็บไซต์</a> | <a href="/en">EN</a></span></div></div>
<header class="site-header"><div class="container mx-auto flex items-center"><a href="/" class="logo"><img src="/assets/img/logo-mhesi.svg" alt="{SHORT}"></a><h1 class="brand text-xl">{MINISTRY}</h1></div>
<nav class="main-nav"><ul class="flex"><li><a href="/">หน้าหลัก</a></li><li><a href="/about">เกี่ยวกับ {SHORT}</a></li><li class="active"><a href="/news">ข่าวสาร</a></li><li><a href="/announcement">ประกาศ</a></li><li><a href="/egp">จัดซื้อจัดจ้าง</a></li><li><a href="/ita">ITA</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul></nav></header>
<main id="main" class="container mx-auto py-6">
{content}
</main>
<footer class="site-footer bg-indigo-950 text-gray-200"><div class="container mx-auto grid grid-cols-3"><div><p>{MINISTRY}</p><p>328 ถนนศรีอยุธยา แขวงทุ่งพญาไท เขตราชเทวี กรุงเทพฯ 10400</p></div><div><p>โทร 0 2610 5200</p></div><div class="counter">{FOOTER_COUNTER}</div></div><p class="copyright">© ๒๕๖๗ {SHORT} สงวนลิขสิทธิ์</p></footer>
<div id="pdpa-cookie" class="fixed bottom-0 w-full bg-white shadow"><p>{COOKIE} <a href="/privacy">นโยบายความเป็นส่วนตัว</a></p><button class="btn-accept">ยอมรับทั้งหมด</button><button class="btn-setting">ตั้งค่า</button></div>
<script src="/assets/js/app.7c1e2f.js" defer></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, cid, a):
        img = (
            f"/uploads/news/{cid}/cover_thumb.webp"
            if a.extra["image"]
            else "/assets/img/news-default.webp"
        )
        return f"""<div class="news-card rounded shadow"><a href="/content/{cid}" class="block"><img src="{img}" alt="" loading="lazy"><div class="p-3"><div class="news-card-title line-clamp-2">{esc(title)}</div><div class="news-card-meta text-xs"><span class="date">{card_date(a.published)}</span> <span class="views"><i class="icon-eye"></i> {thai_digits(f"{a.views:,}")}</span></div></div></a></div>
"""

    def listing(self, k):
        cards = [self.card(a.title, a.id, a) for a in self.pages[k]]
        if k == 1:
            cards.insert(
                4, self.card("ประกาศรายชื่อผู้ได้รับทุนพัฒนาบุคลากร (ฉบับแก้ไข)", DELETED_ID, self.pages[1][4])
            )
        nav = '<div class="cursor-pager flex justify-between">'
        if k > 0:
            nav += f'<a href="{self.page_path(k - 1)}" class="btn newer">« ข่าวใหม่กว่า</a>'
        if k < len(self.pages) - 1:
            nav += f'<a href="{self.page_path(k + 1)}" class="btn older">ข่าวเก่ากว่า »</a>'
        nav += "</div>"
        content = f"""<nav class="breadcrumb"><a href="/">หน้าหลัก</a> / <span>ข่าวสาร</span></nav>
<div class="section-title">ข่าวสาร {SHORT}</div>
<div class="news-grid grid grid-cols-3 gap-4">
{"".join(cards)}</div>
{nav}"""
        return self.shell(content)

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [x for x in self.articles[i + 2 : i + 5]] or self.articles[:3]

    def detail_body(self, a):
        d = a.published
        time = (
            f'<span class="news-time"><i class="icon-clock"></i> เวลา {thai_digits(f"{d:%H.%M}")} น.</span>'
            if a.time_printed
            else ""
        )
        edited = (
            f'<div class="news-edited text-xs text-gray-500">แก้ไขล่าสุด {long_date(a.modified)}</div>'
            if a.modified
            else ""
        )
        share = f"""<div class="share-tools flex"><span>แชร์ :</span><a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" class="share-fb">Facebook</a><a href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" class="share-line">LINE</a><a href="https://twitter.com/intent/tweet?url={HOST}{a.path}" class="share-x">X</a><button class="copy-link" data-url="{HOST}{a.path}">คัดลอกลิงก์</button><button onclick="window.print()" class="print">พิมพ์</button></div>"""
        cover = (
            f'<figure class="news-cover"><img src="/uploads/news/{a.id}/cover.webp" alt="{esc(a.title)}"></figure>'
            if a.extra["image"]
            else ""
        )
        body = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            body += f'<p style="text-align:right">ข่าว/ภาพ : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="tag-chips">'
                + "".join(
                    f'<a href="/news?tag={esc(t)}" class="chip">#{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        return f"""<article class="news-detail bg-white p-6">
<div class="flex gap-4 items-start">{badge(d)}<div class="grow"><div class="content-heading text-2xl font-semibold">{esc(a.title)}</div>
<div class="news-meta text-sm">{time} <span class="news-view" aria-label="จำนวนผู้เข้าชม"><i class="icon-eye"></i> {thai_digits(f"{a.views:,}")}</span></div>{edited}</div></div>
{share}
{cover}
<div class="news-content prose">{body}</div>
{tags}
</article>"""

    def detail(self, a):
        newer, older = self.neighbours(a)
        pn = '<div class="prev-next grid grid-cols-2 gap-4">'
        if older:
            pn += f'<a href="{older.path}" class="prev-card"><small>‹ ข่าวก่อนหน้า</small><div>{esc(older.title)}</div></a>'
        if newer:
            pn += f'<a href="{newer.path}" class="next-card"><small>ข่าวถัดไป ›</small><div>{esc(newer.title)}</div></a>'
        pn += "</div>"
        rel = "".join(self.card(x.title, x.id, x) for x in self.related(a))
        content = f"""<nav class="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวสาร</a> / <span>รายละเอียดข่าว</span></nav>
{self.detail_body(a)}
{pn}
<section class="related"><div class="section-title">ข่าวที่เกี่ยวข้อง</div><div class="grid grid-cols-3 gap-4">{rel}</div></section>"""
        head = f"""<meta property="og:title" content="{esc(a.title)}">
<meta property="og:type" content="article">
<meta property="og:url" content="{HOST}{a.path}">
<meta property="og:description" content="{esc(a.paras[0][:150])}">
"""
        return self.shell(content, head)

    def empty(self):
        content = """<nav class="breadcrumb"><a href="/">หน้าหลัก</a> / <a href="/news">ข่าวสาร</a> / <span>รายละเอียดข่าว</span></nav>
<article class="news-detail bg-white p-6"><div class="flex gap-4 items-start"><div class="date-badge"><span class="date-day"></span><span class="date-month"></span><span class="date-year"></span></div><div class="grow"><div class="content-heading text-2xl font-semibold"></div><div class="news-meta text-sm"><span class="news-view" aria-label="จำนวนผู้เข้าชม"><i class="icon-eye"></i> ๐</span></div></div></div>
<div class="news-content prose"><p class="text-center text-gray-400">ไม่พบข้อมูลที่ท่านต้องการ</p></div></article>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == self.listing_path:
            before = qs1(query, "before", "")
            if not before:
                return self.html_response(self.listing(0)) if not query else None
            if before.isdigit() and int(before) in self.cursors[1:]:
                return self.html_response(self.listing(self.cursors.index(int(before))))
            return None
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == f"/content/{DELETED_ID}":
            return self.html_response(self.empty())
        if path == "/":
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            d = a.published
            newer, older = self.neighbours(a)
            must_not = [
                f"เวลา {thai_digits(f'{d:%H.%M}')} น.",
                thai_digits(f"{a.views:,}") if a.views >= 1000 else "",
                "คัดลอกลิงก์",
                "แชร์ :",
                "ขนาดตัวอักษร",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวที่เกี่ยวข้อง",
                "รายละเอียดข่าว",
                COOKIE,
                FOOTER_COUNTER,
                "ถนนศรีอยุธยา แขวงทุ่งพญาไท",
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {long_date(a.modified)}")
            if a.source:
                must_not.append(f"ข่าว/ภาพ : {a.source}")
            must_not += [n.title for n in (newer, older) if n]
            must_not += [x.title for x in self.related(a)]
            out.append(
                expected_record(
                    a,
                    modified_time=True,
                    must_not=must_not,
                )
            )
        return out


SITE = HeadlessSite()

if __name__ == "__main__":
    main(SITE)
