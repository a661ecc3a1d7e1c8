"""Blind-58 red-team site (part A): a provincial natural-resources office
(สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน-like, 2020 / 2563, an app written in 2012) on **an in-house Kohana 3.2
PHP application (XHTML 1.0 Strict views)**. Built blind (no crawler, pipeline, bench or fixture
read).

Looked up with the search tool (code corpus): Kohana's pagination views (the Kohana 2 `classic`
view in ushahidi/Ushahidi_Web `system/views/pagination/classic.php`: `<p class="pagination">`,
first / previous / numbers with the current one in `<strong>` / next / last) and a Kohana 3
controller building `Pagination::factory(array('total_items'…, 'items_per_page'…, 'view' =>
'pagination/basic'))` (badsyntax/kohana3-examples). Kohana 3.2's `basic` view (first / previous
printed as plain words when there is no such page, `rel="first|prev|next|last"`,
`?page=N` from `Pagination::url()`), Kohana's default route `(<controller>(/<action>(/<id>)))`,
the XHTML 1.0 Strict prolog of the time, Facebook's embedded-post code (`div.fb-post` with a
`blockquote.fb-xfbml-parse-ignore` repeating the post's text, "Posted by … on <date>") and
YouTube's iframe embed code are from memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/view/<id>` (Kohana's default route), same `<title>` prefix, `h1#logo` with the office's
  name, the headline in `div.news-view > h2.news-title`, no canonical;
- **NEW: every page opens with an XML declaration `<?xml version="1.0" encoding="TIS-620"?>` and
  carries `<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />`, while the
  bytes and the HTTP header are UTF-8; article pages are served as
  `application/xhtml+xml; charset=utf-8` (one in two) or `text/html; charset=utf-8`**;
- **NEW: a view file saved by Notepad with a byte-order mark: U+FEFF printed in the middle of
  every article page, just before the news view (after `<div id="content">`)**;
- **NEW: the news list runs oldest first: `/news` (page 1) holds the eight OLDEST items, in
  ascending order, `?page=3` the newest; the pager reads "หน้าแรก ก่อนหน้า 1 2 3 ถัดไป
  หน้าสุดท้าย" as usual**;
- **NEW: dates with a Thai month and a CE year: the list prints "12 มิถุนายน 2020"; the article
  prints both eras, "วันที่ 12 มิ.ย. 2563 (2020) เวลา 10:35 น." (a time on three in five),
  "แก้ไขล่าสุด 14 มิ.ย. 2563 (2020) 09:12 น." where edited; "ข่าวอื่นๆ" rows "(12 มิ.ย. 2020)"**;
- **NEW: an embedded Facebook post inside the text (one in three): `div.fb-post` whose
  `blockquote` repeats the text's first sentence, "โพสต์โดย ทสจ.ลำพูน เมื่อ วันเสาร์ที่ 13 มิถุนายน
  2020" (the day after, CE year); a YouTube `<iframe>` with a caption "วิดีโอ: …" (one in three)**;
- **NEW: one article answers slowly (2.5 s)**;
- "อ่าน 1,234 ครั้ง"; attachments with their own counters "(PDF 245 KB) ดาวน์โหลด 57 ครั้ง" (one
  in three); sources "ที่มา :" / "ข่าว :" / "ข่าว/ภาพ :" (one in six none); "แท็ก :" links;
  "ขนาดตัวอักษร ก- ก ก+", "พิมพ์ | ส่งต่อให้เพื่อน", "แบ่งปัน :" share row; "« ข่าวก่อนหน้า : …" /
  "ข่าวถัดไป : … »"; "ข่าวอื่นๆ" (titles, dates); sidebar "ข่าวล่าสุด"; footer counter;
- listing `/news`, `/news?page=2`, `/news?page=3` (`ul.news-list`, date, title, "(อ่าน N)"), 8 a
  page, 23 items;
- deleted item (linked from page 2): `/news/view/1419`, **200**: the template with an empty
  headline and "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt
import html
import re
import sys
import time
from urllib.parse import quote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"
SHORT = "ทสจ.ลำพูน"
PER = 8
DELETED_ID = 1419
SLOW_INDEX = 6
SOURCES = [
    ("ข่าว", "กลุ่มงานส่งเสริมและเผยแพร่ ทสจ.ลำพูน"),
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"),
    ("ข่าว/ภาพ", "ฝ่ายบริหารทั่วไป สำนักงานทรัพยากรธรรมชาติและสิ่งแวดล้อมจังหวัดลำพูน"),
    ("ข่าว", "กลุ่มงานวิชาการสิ่งแวดล้อม"),
    ("ที่มา", "สำนักงานสิ่งแวดล้อมภาคที่ 1"),
    None,
]
TAGS = ["ป่าไม้", "ทรัพยากรน้ำ", "สิ่งแวดล้อม", "ลำพูน", "ไฟป่า", "ขยะ"]
VIDEO_CAPTION = "วิดีโอ: ภาพบรรยากาศการดำเนินกิจกรรม"
FB_BY = "โพสต์โดย"
FONT = "ขนาดตัวอักษร"
PRINT = "ส่งต่อให้เพื่อน"
SHARE = "แบ่งปัน :"
OTHER = "ข่าวอื่นๆ"
LATEST = "ข่าวล่าสุด"
COUNTER = "สถิติผู้เข้าชม วันนี้ 57 | ทั้งหมด 312,448"
FOOTER = "ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
ATTACH = "เอกสารแนบ"
PROLOG = '<?xml version="1.0" encoding="TIS-620"?>\n'


def in_handler() -> bool:
    f = sys._getframe(1)
    while f is not None:
        s = f.f_locals.get("self")
        if s is not None and hasattr(s, "headers") and hasattr(s, "wfile"):
            return True
        f = f.f_back
    return False


def ce_full(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def both_eras(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543} ({d.year})"


def ce_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class Kohana3Site(BaseSite):
    key = "b58_kohana3_xhtml_oldestfirst"
    family = "generic"
    imitates = (
        "provincial natural-resources office on an in-house Kohana 3.2 app: XHTML with an XML "
        "declaration saying TIS-620 over UTF-8 bytes, articles as application/xhtml+xml, a BOM "
        "mid-page, a news list ordered oldest first (page 1 the oldest), Thai months with CE "
        "years and both eras, embedded Facebook post and YouTube, one slow article"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2020, 9, 24, 16, 0, tzinfo=TZ), offset=27
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1482 - i * 3 + (i % 2)
            a.path = f"/news/view/{a.id}"
            a.time_printed = i % 5 not in (1, 3)
            if a.modified and i % 3 == 0:
                a.modified = None
            a.views = 23 + (i * 197 + 61) % 2900
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)] if i % 4 != 3 else []
            a.extra["fb"] = i % 3 == 2
            a.extra["video"] = i % 3 == 1
            a.extra["attach"] = i % 3 == 0
            a.extra["xhtml"] = i % 2 == 0
        self.articles = arts  # newest first
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self.pages = paginate(list(reversed(arts)), PER)  # page 1 = the oldest
        assert [len(p) for p in self.pages] == [8, 8, 7]

    def listing_pages(self):
        return ["/news"] + [f"/news?page={n}" for n in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/news/view/{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 4, 8, 11)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({ce_abbr(x.published)})</span></li>'
            for x in self.articles[:5]
        )
        return f"""{PROLOG}<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th" lang="th">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
<title>{OFFICE} :: {title}</title>
<meta name="keywords" content="ทสจ.ลำพูน, ทรัพยากรธรรมชาติ, สิ่งแวดล้อม, ลำพูน" />
<link type="text/css" href="/media/css/reset.css" rel="stylesheet" />
<link type="text/css" href="/media/css/style.css" rel="stylesheet" />
<script type="text/javascript" src="/media/js/jquery-1.7.2.min.js"></script>
<script type="text/javascript" src="/media/js/fontsize.js"></script>
</head>
<body>
<div id="wrapper">
<div id="header"><h1 id="logo"><a href="/">{OFFICE}</a></h1><p id="slogan">Natural Resources and Environment Office of Lamphun</p></div>
<ul id="menu"><li><a href="/">หน้าแรก</a></li><li><a href="/about">เกี่ยวกับหน่วยงาน</a></li><li class="active"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li><a href="/procure">จัดซื้อจัดจ้าง</a></li><li><a href="/download">ดาวน์โหลด</a></li><li><a href="/contact">ติดต่อเรา</a></li></ul>
<div id="main">
<div id="content">{content}</div>
<div id="sidebar">
<div class="box"><h3>{LATEST}</h3><ul>{latest}</ul></div>
<div class="box"><h3>ลิงก์หน่วยงาน</h3><ul><li><a href="http://www.mnre.go.th/">กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม</a></li><li><a href="http://www.lamphun.go.th/">จังหวัดลำพูน</a></li></ul></div>
</div>
</div>
<div id="footer"><p>{OFFICE}<br />{FOOTER} โทร. 0 5356 1480</p><p class="counter">{COUNTER}</p><p class="powered">Powered by Kohana v3.2</p></div>
</div>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def pager(self, n):
        total = len(self.pages)

        def url(k):
            return f"/news?page={k}"

        parts = []
        parts.append(f'<a href="{url(1)}" rel="first">หน้าแรก</a>' if n > 1 else "หน้าแรก")
        parts.append(f'<a href="{url(n - 1)}" rel="prev">ก่อนหน้า</a>' if n > 1 else "ก่อนหน้า")
        for k in range(1, total + 1):
            parts.append(f"<strong>{k}</strong>" if k == n else f'<a href="{url(k)}">{k}</a>')
        parts.append(f'<a href="{url(n + 1)}" rel="next">ถัดไป</a>' if n < total else "ถัดไป")
        parts.append(f'<a href="{url(total)}" rel="last">หน้าสุดท้าย</a>' if n < total else "หน้าสุดท้าย")
        return '<p class="pagination">\n\t' + " &#160;\n\t".join(parts) + "\n</p>"

    def render_list(self, n):
        rows = [
            f'<li><span class="date">{ce_full(a.published)}</span> <a href="{a.path}">{esc(a.title)}</a> <span class="hits">(อ่าน {a.views:,})</span></li>'
            for a in self.pages[n - 1]
        ]
        if n == 2:
            d = self.pages[1][4].published - dt.timedelta(hours=5)
            rows.insert(
                4,
                f'<li><span class="date">{ce_full(d)}</span> <a href="/news/view/{DELETED_ID}">ประกาศผลการสอบคัดเลือกพนักงานจ้างเหมาบริการ (ยกเลิก)</a> <span class="hits">(อ่าน 0)</span></li>',
            )
        content = f"""<div class="breadcrumb"><a href="/">หน้าแรก</a> &#187; ข่าวประชาสัมพันธ์</div>
<h2 class="page-title">ข่าวประชาสัมพันธ์</h2>
<ul class="news-list">
{chr(10).join(rows)}
</ul>
{self.pager(n)}"""
        return self.html_response(self.shell("ข่าวประชาสัมพันธ์", content))

    # ------------------------------------------------------------------ article
    def fb_embed(self, a):
        p = a.paras[0]
        cut = p.find(" ", 60)
        first = p if cut < 0 else p[:cut]
        d = a.published + dt.timedelta(days=1)
        post = f"https://www.facebook.com/nrelamphun/posts/{880000000000000 + a.id * 7919}"
        wd = WEEKDAYS[d.weekday()]
        return f"""<div class="fb-post" data-href="{post}" data-width="500"><div class="fb-xfbml-parse-ignore"><blockquote cite="{post}"><p>{esc(first)} …</p>{FB_BY} <a href="https://www.facebook.com/nrelamphun/">{SHORT}</a> เมื่อ <a href="{post}">{wd}ที่ {d.day} {MONTHS[d.month - 1]} {d.year}</a></blockquote></div></div>"""

    def video(self, a):
        vid = "".join(
            "abcdefghijkLMNOPQRSTUVWXYZ0123456789_-"[(a.id * k * 31) % 38] for k in range(1, 12)
        )
        return f"""<div class="video"><iframe width="560" height="315" src="https://www.youtube.com/embed/{vid}?rel=0" frameborder="0" allowfullscreen="allowfullscreen"></iframe><p class="video-caption">{VIDEO_CAPTION}</p></div>"""

    def body_html(self, a):
        out = []
        for k, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if k == 0 and a.extra["fb"]:
                out.append(self.fb_embed(a))
            if k == 1 and a.extra["video"]:
                out.append(self.video(a))
        if a.source:
            out.append(
                f'<p class="source"><strong>{esc(a.extra["label"])} : {esc(a.source)}</strong></p>'
            )
        return "\n".join(out)

    def render_article(self, a, base):
        d = a.published
        older, newer = self.neighbours(a)
        url = quote(f"{base}{a.path}", safe="")
        when = f"วันที่ {both_eras(d)}" + (f" เวลา {d:%H:%M} น." if a.time_printed else "")
        mod = ""
        if a.modified:
            mod = f' <span class="modified">แก้ไขล่าสุด {both_eras(a.modified)} {a.modified:%H:%M} น.</span>'
        attach = ""
        if a.extra["attach"]:
            attach = f"""<div class="attach"><h4>{ATTACH}</h4><ul><li><a href="/uploads/news/{a.id}/news{a.id}.pdf">รายละเอียดเพิ่มเติม.pdf</a> (PDF {120 + a.id % 400} KB) ดาวน์โหลด {3 + a.id % 90} ครั้ง</li></ul></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<p class="tags">แท็ก : '
                + ", ".join(f'<a href="/news/tag/{quote(t)}">{esc(t)}</a>' for t in a.tags)
                + "</p>"
            )
        nav = []
        if older:
            nav.append(
                f'<span class="prev">&#171; ข่าวก่อนหน้า : <a href="{older.path}">{esc(older.title)}</a></span>'
            )
        if newer:
            nav.append(
                f'<span class="next">ข่าวถัดไป : <a href="{newer.path}">{esc(newer.title)}</a> &#187;</span>'
            )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">({ce_abbr(x.published)})</span></li>'
            for x in self.others(a)
        )
        content = f"""\ufeff<div class="news-view">
<div class="breadcrumb"><a href="/">หน้าแรก</a> &#187; <a href="/news">ข่าวประชาสัมพันธ์</a> &#187; รายละเอียดข่าว</div>
<div class="tools">{FONT} <a href="javascript:void(0)" class="font-dec">ก-</a> <a href="javascript:void(0)" class="font-reset">ก</a> <a href="javascript:void(0)" class="font-inc">ก+</a> | <a href="/news/print/{a.id}">พิมพ์</a> | <a href="/news/send/{a.id}">{PRINT}</a></div>
<h2 class="news-title">{esc(a.title)}</h2>
<p class="news-info"><span class="date">{when}</span>{mod} <span class="hits">อ่าน {a.views:,} ครั้ง</span></p>
<div class="news-detail">
{self.body_html(a)}
</div>
{attach}
{tags}
<div class="share">{SHARE} <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://twitter.com/share?url={url}">Twitter</a> <a href="http://line.me/R/msg/text/?{url}">LINE</a></div>
<div class="news-nav">{" | ".join(nav)}</div>
<div class="news-other"><h3>{OTHER}</h3><ul>{others}</ul></div>
</div>"""
        ctype = (
            "application/xhtml+xml; charset=utf-8"
            if a.extra["xhtml"]
            else "text/html; charset=utf-8"
        )
        status, headers, body = self.html_response(self.shell(a.title, content), content_type=ctype)
        headers["X-Powered-By"] = "PHP/5.3.10-1ubuntu3.15"
        return status, headers, body

    def render_deleted(self):
        content = """\ufeff<div class="news-view">
<div class="breadcrumb"><a href="/">หน้าแรก</a> &#187; <a href="/news">ข่าวประชาสัมพันธ์</a> &#187; รายละเอียดข่าว</div>
<h2 class="news-title"></h2>
<p class="news-info"><span class="date">วันที่ </span> <span class="hits">อ่าน 0 ครั้ง</span></p>
<div class="news-detail"><p class="error">ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกลบออกจากระบบแล้ว</p></div>
</div>"""
        return self.html_response(self.shell("รายละเอียดข่าว", content))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        m = re.fullmatch(r"/(?:index\.php/)?news/view/(\d+)/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return None
            if self.articles.index(a) == SLOW_INDEX and in_handler():
                time.sleep(2.5)
            return self.render_article(a, base)
        if path in ("/news", "/news/", "/news/index"):
            p = qs1(query, "page", "1")
            n = int(p) if p.isdigit() else 1
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        return None

    def page_text(self, a) -> str:
        res = self.render_article(a, "http://127.0.0.1")
        body = res[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return html.unescape(re.sub(r"<[^>]+>", " ", body))

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                COUNTER,
                FOOTER,
                FONT,
                PRINT,
                SHARE,
                OTHER,
                LATEST,
                ATTACH,
                VIDEO_CAPTION,
                FB_BY,
                "ดาวน์โหลด",
                "Powered by Kohana",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                f"อ่าน {a.views:,} ครั้ง",
                "แก้ไขล่าสุด",
            ]
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.articles[:5]]
            text = " ".join(self.page_text(a).replace("\u00a0", " ").split())
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = Kohana3Site()

if __name__ == "__main__":
    main(SITE)
