"""Blind-59 red-team site (part A): a department (กรมหม่อนไหม-like, 2023 / 2566) on **Kirby 3.9
(flat-file PHP CMS) with two languages, English the default**, a Starterkit-derived theme.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (docs corpus): Kirby's multi-language guide (languages defined in
`site/languages/*.php`, the first one the default, `'languages' => ['detect' => true]` detecting
the visitor's language from the browser, detection only when the default language has a URL
prefix) and its language-switcher recipes (`$page->url($language->code())` with `hreflang`).
From memory: Kirby's Starterkit note templates (`article.note` > `header.note-header` > `h1` +
`time.note-date`, `div.note.text`, `ul.note-tags`, `nav.prevnext`), the `page:2` named parameter
of Kirby's pagination, `$page->title()` falling back to the slug when a language has no content
file, KirbyText tags, and a cookie-banner plugin. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: content by Accept-Language and a remembered choice: `/news` (the listing entry) and
  `/` answer 302 to `/th/news` when the cookie `kirby_lang=th` is set or Accept-Language prefers
  Thai, otherwise to `/en/news` (English is the default language); the switcher links
  `…?lang=th` / `…?lang=en` set the cookie and answer 302 to the page in that language**;
- **NEW: the English twins are slug pages: the news were entered in Thai only, so `/en/news`
  lists every item under its slug ("pr-2566-041") with an English date ("June 12, 2023") and each
  `/en/news/<slug>` prints the slug as its `h1` and "This page has not been translated into
  English yet." with a link to the Thai page**;
- **NEW: "แสดงทั้งหมด (25)" links `/th/news?limit=all`: all 25 items on one page beside the paged
  list `/th/news`, `/th/news/page:2`, `/th/news/page:3` (9 a page)**;
- **NEW: announcements (one in three) print their date only in words, "ประกาศ ณ วันศุกร์ที่สิบสอง
  เดือนมิถุนายน พุทธศักราชสองพันห้าร้อยหกสิบหก", no `<time>`; the listing row prints the date
  "12/06/2566"; other items print "๑๒ มิถุนายน ๒๕๖๖" in Thai digits in a `<time datetime>`
  (date only), "เวลา ๐๙.๓๐ น." after it on one in two**;
- **NEW: a KirbyText tag of a plug-in no longer installed printed raw as its own paragraph, "(fbpost:
  https://www.facebook.com/…/posts/…)" (one in three)**;
- "ปรับปรุงล่าสุด ๑๕ มิ.ย. ๒๕๖๖" where edited (a day); no view counter; sources as the last
  paragraph "ที่มา :" / "ข่าว :" / "ข่าว/ภาพ :" / "เรียบเรียง :" (one in five none); tags
  `ul.note-tags`; "แบ่งปัน" share links; "← ข่าวก่อนหน้า" / "ข่าวถัดไป →" with titles; "ข่าวอื่น ๆ"
  (titles, dates); cookie banner; footer with "Made with Kirby";
- deleted item (linked from page 2): `/th/news/pr-2566-033`, **200**: Kirby's error page text
  "ไม่พบหน้าที่คุณต้องการ" inside the normal layout (served 200 by a cache).
"""

from __future__ import annotations

import datetime as dt
import html
import re
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
    request_headers,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "กรมหม่อนไหม"
OFFICE_EN = "The Queen Sirikit Department of Sericulture"
PER = 9
DELETED_SLUG = "pr-2566-033"
SOURCES = [
    ("ที่มา", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว", "ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ สกลนคร"),
    ("ข่าว/ภาพ", "สำนักงานหม่อนไหมเฉลิมพระเกียรติฯ เขตที่ 3"),
    ("เรียบเรียง", "กองส่งเสริมและพัฒนาการผลิตหม่อนไหม"),
    None,
]
TAGS = ["หม่อนไหม", "ผ้าไหมไทย", "เกษตรกร", "นกยูงพระราชทาน", "ตลาดนัดผ้าไหม", "มาตรฐานสินค้า"]
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
COOKIE_BTN = "ยอมรับ"
SHARE = "แบ่งปัน"
OTHER = "ข่าวอื่น ๆ"
SHOW_ALL = "แสดงทั้งหมด"
NOT_TRANSLATED = "This page has not been translated into English yet."
FOOTER = "กรมหม่อนไหม 2175 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพฯ 10900"
MADE = "Made with Kirby"
UPDATED = "ปรับปรุงล่าสุด"
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_DIG = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"]
_POS = ["", "สิบ", "ร้อย", "พัน", "หมื่น"]


def thai_words(n: int) -> str:
    """2566 -> 'สองพันห้าร้อยหกสิบหก', 21 -> 'ยี่สิบเอ็ด', 11 -> 'สิบเอ็ด'."""
    s = str(n)
    out = []
    for k, ch in enumerate(s):
        d = int(ch)
        pos = len(s) - k - 1
        if d == 0:
            continue
        if pos == 1 and d == 1:
            out.append("สิบ")
        elif pos == 1 and d == 2:
            out.append("ยี่สิบ")
        elif pos == 0 and d == 1 and len(s) > 1:
            out.append("เอ็ด")
        else:
            out.append(_DIG[d] + _POS[pos])
    return "".join(out) or _DIG[0]


def words_date(d: dt.datetime) -> str:
    return (
        f"{WEEKDAYS[d.weekday()]}ที่{thai_words(d.day)} เดือน{MONTHS[d.month - 1]} "
        f"พุทธศักราช{thai_words(d.year + 543)}"
    )


def th_digits_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def th_abbr(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


def en_date(d: dt.datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def wants_thai() -> bool | None:
    """True / False from the cookie kirby_lang, else from Accept-Language (first of th / en by q)."""
    h = request_headers()
    cookie = h.get("Cookie", "") if h else ""
    m = re.search(r"(?:^|;\s*)kirby_lang=(th|en)\b", cookie or "")
    if m:
        return m[1] == "th"
    al = (h.get("Accept-Language", "") if h else "") or ""
    best, best_q = None, -1.0
    for part in al.split(","):
        bits = part.strip().split(";")
        tag = bits[0].strip().lower()
        q = 1.0
        for b in bits[1:]:
            b = b.strip()
            if b.startswith("q="):
                try:
                    q = float(b[2:])
                except ValueError:
                    q = 0.0
        lang = tag.split("-")[0]
        if lang in ("th", "en") and q > best_q:
            best, best_q = lang, q
    return best == "th"


class KirbySite(BaseSite):
    key = "b59_kirby3_langdetect_showall"
    family = "generic"
    imitates = (
        "department on Kirby 3.9 with English the default language: /news redirects by cookie or "
        "Accept-Language, English slug-title twins, a ?limit=all show-all list, dates in Thai "
        "words on announcements, raw KirbyText tags of a missing plug-in"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2023, 7, 14, 16, 0, tzinfo=TZ), offset=61
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            num = 46 - i - (1 if i >= 13 else 0)  # 033 was the deleted one
            a.extra["slug"] = f"pr-2566-{num:03d}"
            a.path = f"/th/news/{a.extra['slug']}"
            a.id = num
            a.extra["words"] = i % 3 == 1
            a.time_printed = (not a.extra["words"]) and i % 2 == 0
            if a.modified:
                a.modified = a.modified.replace(hour=0, minute=0)
            if i % 4 == 3:
                a.modified = None
            a.views = None
            src = SOURCES[i % 5]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)] if i % 6 != 5 else []
            a.extra["fbtag"] = i % 3 == 0
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        assert DELETED_SLUG not in self.by_slug
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [9, 9, 7]

    def listing_pages(self):
        return ["/th/news"] + [f"/th/news/page:{k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/th/news/{DELETED_SLUG}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 4, 7)]

    # ------------------------------------------------------------------ shell
    def shell(self, lang, title, content, path_th, path_en, canonical=""):
        th = lang == "th"
        menu = (
            '<a href="/th">หน้าแรก</a><a href="/th/about">เกี่ยวกับกรม</a><a href="/th/news" aria-current="page">ข่าวประชาสัมพันธ์</a><a href="/th/services">บริการประชาชน</a><a href="/th/contact">ติดต่อเรา</a>'
            if th
            else '<a href="/en">Home</a><a href="/en/about">About</a><a href="/en/news" aria-current="page">News</a><a href="/en/services">Services</a><a href="/en/contact">Contact</a>'
        )
        site = OFFICE if th else OFFICE_EN
        canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width,initial-scale=1.0">
<title>{site} | {esc(title)}</title>
{canon}
<link rel="alternate" hreflang="th" href="{path_th}">
<link rel="alternate" hreflang="en" href="{path_en}">
<link href="/assets/css/index.css?v=1689300000" rel="stylesheet">
<link href="/media/plugins/michnhokn/cookie-banner/cookie-banner.css" rel="stylesheet">
<link rel="shortcut icon" type="image/x-icon" href="/assets/images/favicon.ico">
</head>
<body>
<div class="page">
<header class="header">
<a class="logo" href="/{lang}"><img src="/assets/images/logo-qsds.png" alt="" width="60" height="60"> {site}</a>
<nav class="menu">{menu}</nav>
<nav class="languages" aria-label="Languages"><ul><li{' class="active"' if th else ""}><a href="{path_th}?lang=th" hreflang="th">ไทย</a></li><li{"" if th else ' class="active"'}><a href="{path_en}?lang=en" hreflang="en">EN</a></li></ul></nav>
</header>
<main class="main">
{content}
</main>
<footer class="footer">
<div class="grid"><div class="column" style="--columns: 8"><h2><a href="/{lang}">{site}</a></h2><p>{FOOTER} โทร. 0 2558 7924</p></div>
<div class="column" style="--columns: 4"><h2>Social</h2><ul><li><a href="https://www.facebook.com/qsds.go.th">Facebook</a></li><li><a href="https://www.youtube.com/@qsds">YouTube</a></li></ul><p class="made">{MADE}</p></div></div>
</footer>
</div>
<div class="cookie-modal" data-show-on-first="true" aria-hidden="true"><div class="cookie-modal__content"><p class="cookie-modal__title">ความยินยอมในการใช้คุกกี้</p><p class="cookie-modal__text">{COOKIE} <a href="/th/privacy">นโยบายคุกกี้</a></p><div class="cookie-modal__buttons"><button class="cookie-modal__button primary" data-cookie-accept-all>{COOKIE_BTN}</button> <button class="cookie-modal__button" data-cookie-accept-essential>เฉพาะที่จำเป็น</button></div></div></div>
<script src="/media/plugins/michnhokn/cookie-banner/cookie-banner.js" defer></script>
<script src="/assets/js/index.js" defer></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listings
    def pagination(self, n, lang):
        total = len(self.pages)

        def url(k):
            return f"/{lang}/news" if k == 1 else f"/{lang}/news/page:{k}"

        parts = []
        parts.append(
            f'<a href="{url(n - 1)}" aria-label="Previous page">&larr;</a>'
            if n > 1
            else '<span aria-label="Previous page">&larr;</span>'
        )
        for k in range(1, total + 1):
            parts.append(
                f'<span aria-current="page">{k}</span>' if k == n else f'<a href="{url(k)}">{k}</a>'
            )
        parts.append(
            f'<a href="{url(n + 1)}" aria-label="Next page">&rarr;</a>'
            if n < total
            else '<span aria-label="Next page">&rarr;</span>'
        )
        return '<nav class="pagination">' + " ".join(parts) + "</nav>"

    def row_th(self, a):
        d = a.published
        return f"""<li class="column" style="--columns: 12"><article class="note-excerpt"><a href="{a.path}"><header><figure class="img" style="--w: 16; --h: 9"><img src="/media/pages/news/{a.extra["slug"]}/cover-480x270.jpg" alt=""></figure><h2 class="note-excerpt-title">{esc(a.title)}</h2><time class="note-excerpt-date">{d.day:02d}/{d.month:02d}/{d.year + 543}</time></header></a></article></li>"""

    def deleted_row(self):
        d = self.pages[1][4].published - dt.timedelta(hours=2)
        return f"""<li class="column" style="--columns: 12"><article class="note-excerpt"><a href="/th/news/{DELETED_SLUG}"><header><h2 class="note-excerpt-title">ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ (ยกเลิก)</h2><time class="note-excerpt-date">{d.day:02d}/{d.month:02d}/{d.year + 543}</time></header></a></article></li>"""

    def render_list_th(self, n, show_all=False):
        items = self.articles if show_all else self.pages[n - 1]
        rows = [self.row_th(a) for a in items]
        if n == 2 and not show_all:
            rows.insert(5, self.deleted_row())
        pager = "" if show_all else self.pagination(n, "th")
        link_all = (
            '<p class="show-all"><a href="/th/news">แสดงแบบแบ่งหน้า</a></p>'
            if show_all
            else f'<p class="show-all"><a href="/th/news?limit=all">{SHOW_ALL} ({len(self.articles)})</a></p>'
        )
        content = f"""<header class="h1"><h1>ข่าวประชาสัมพันธ์</h1></header>
<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/th">หน้าแรก</a></li><li><a href="/th/news" aria-current="page">ข่าวประชาสัมพันธ์</a></li></ol></nav>
{link_all}
<ul class="grid notes">
{chr(10).join(rows)}
</ul>
{pager}"""
        tail = "?limit=all" if show_all else ("" if n == 1 else f"/page:{n}")
        return self.html_response(
            self.shell("th", "ข่าวประชาสัมพันธ์", content, f"/th/news{tail}", f"/en/news{tail}")
        )

    def render_list_en(self, n, show_all=False):
        items = self.articles if show_all else self.pages[n - 1]
        rows = [
            f"""<li class="column" style="--columns: 12"><article class="note-excerpt"><a href="/en/news/{a.extra["slug"]}"><header><h2 class="note-excerpt-title">{a.extra["slug"]}</h2><time class="note-excerpt-date">{en_date(a.published)}</time></header></a></article></li>"""
            for a in items
        ]
        pager = "" if show_all else self.pagination(n, "en")
        content = f"""<header class="h1"><h1>News</h1></header>
<p class="show-all"><a href="/en/news?limit=all">Show all ({len(self.articles)})</a></p>
<ul class="grid notes">
{chr(10).join(rows)}
</ul>
{pager}"""
        tail = "?limit=all" if show_all else ("" if n == 1 else f"/page:{n}")
        return self.html_response(
            self.shell("en", "News", content, f"/th/news{tail}", f"/en/news{tail}")
        )

    # ------------------------------------------------------------------ articles
    def date_html(self, a):
        d = a.published
        if a.extra["words"]:
            return f'<p class="note-date announce">ประกาศ ณ {words_date(d)}</p>'
        t = f'<time class="note-date" datetime="{d.date().isoformat()}">{th_digits_date(d)}</time>'
        if a.time_printed:
            t += f' <span class="note-time">เวลา {thai_digits(f"{d:%H.%M}")} น.</span>'
        return t

    def body_html(self, a):
        out = []
        for k, p in enumerate(a.paras):
            out.append(f"<p>{esc(p)}</p>")
            if k == 1 and a.extra["fbtag"]:
                out.append(
                    f"<p>(fbpost: https://www.facebook.com/qsds.go.th/posts/pfbid0{a.id * 7919:x}Qsds{a.id}kL)</p>"
                )
        if a.source:
            out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    def render_article_th(self, a, base):
        older, newer = self.neighbours(a)
        slug = a.extra["slug"]
        url = quote(f"{base}{a.path}", safe="")
        mod = ""
        if a.modified:
            mod = f'<p class="note-updated">{UPDATED} {th_abbr(a.modified)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<ul class="note-tags">'
                + "".join(
                    f'<li><a href="/th/news/tag:{quote(t)}">{esc(t)}</a></li>' for t in a.tags
                )
                + "</ul>"
            )
        nav = []
        if older:
            nav.append(
                f'<a class="prev" href="{older.path}">&larr; ข่าวก่อนหน้า<br><span>{esc(older.title)}</span></a>'
            )
        if newer:
            nav.append(
                f'<a class="next" href="{newer.path}">ข่าวถัดไป &rarr;<br><span>{esc(newer.title)}</span></a>'
            )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <time>{x.published.day:02d}/{x.published.month:02d}/{x.published.year + 543}</time></li>'
            for x in self.others(a)
        )
        content = f"""<nav class="breadcrumb" aria-label="breadcrumb"><ol><li><a href="/th">หน้าแรก</a></li><li><a href="/th/news">ข่าวประชาสัมพันธ์</a></li><li><a href="{a.path}" aria-current="page">{esc(a.title)}</a></li></ol></nav>
<article class="note">
<header class="note-header h1">
<h1 class="note-title">{esc(a.title)}</h1>
{self.date_html(a)}
{mod}
</header>
<figure class="note-cover"><img src="/media/pages/news/{slug}/cover-1200x675.jpg" alt=""></figure>
<div class="note text">
{self.body_html(a)}
</div>
<footer class="note-footer">
{tags}
<div class="share"><span>{SHARE}</span> <a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}">LINE</a> <a href="https://twitter.com/intent/tweet?url={url}">X</a></div>
</footer>
</article>
<nav class="prevnext">{"".join(nav)}</nav>
<section class="others"><h2>{OTHER}</h2><ul>{others}</ul></section>"""
        return self.html_response(
            self.shell(
                "th", a.title, content, a.path, f"/en/news/{slug}", canonical=f"{base}{a.path}"
            )
        )

    def render_article_en(self, a, base):
        slug = a.extra["slug"]
        content = f"""<article class="note">
<header class="note-header h1"><h1 class="note-title">{slug}</h1><time class="note-date" datetime="{a.published.date().isoformat()}">{en_date(a.published)}</time></header>
<div class="note text"><p>{NOT_TRANSLATED}</p><p><a href="{a.path}?lang=th">อ่านภาษาไทย / Read in Thai</a></p></div>
</article>"""
        return self.html_response(
            self.shell(
                "en", slug, content, a.path, f"/en/news/{slug}", canonical=f"{base}/en/news/{slug}"
            )
        )

    def render_error(self, lang):
        content = """<header class="h1"><h1>ไม่พบหน้า</h1></header>
<div class="text"><p>ไม่พบหน้าที่คุณต้องการ หน้านี้อาจถูกย้ายหรือลบออกแล้ว</p><p><a href="/th">กลับหน้าแรก</a></p></div>"""
        return self.html_response(
            self.shell(
                lang, "ไม่พบหน้า", content, f"/th/news/{DELETED_SLUG}", f"/en/news/{DELETED_SLUG}"
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        lang_q = qs1(query, "lang")
        if lang_q in ("th", "en"):
            target = re.sub(r"^/(th|en)(?=/|$)", f"/{lang_q}", path) or f"/{lang_q}"
            return (
                302,
                {
                    "Location": f"{base}{target}",
                    "Set-Cookie": f"kirby_lang={lang_q}; Path=/; Max-Age=31536000; SameSite=Lax",
                },
                b"",
            )
        if path in ("/", "/news", "/news/"):
            lang = "th" if wants_thai() else "en"
            target = f"/{lang}" if path == "/" else f"/{lang}/news"
            return 302, {"Location": f"{base}{target}", "Vary": "Accept-Language, Cookie"}, b""
        if path in ("/th", "/en", "/th/", "/en/"):
            return 302, {"Location": f"{base}{path.rstrip('/')}/news"}, b""
        m = re.fullmatch(r"/(th|en)/news(?:/page:(\d+))?/?", path)
        if m:
            lang = m[1]
            show_all = qs1(query, "limit") == "all"
            n = int(m[2]) if m[2] else 1
            if not 1 <= n <= len(self.pages):
                return None
            return (
                self.render_list_th(n, show_all)
                if lang == "th"
                else self.render_list_en(n, show_all)
            )
        m = re.fullmatch(r"/(th|en)/news/([a-z0-9-]+)/?", path)
        if m:
            lang, slug = m[1], m[2]
            if slug == DELETED_SLUG:
                return self.render_error(lang)
            a = self.by_slug.get(slug)
            if a is None:
                return None
            return (
                self.render_article_th(a, base) if lang == "th" else self.render_article_en(a, base)
            )
        return None

    def page_text(self, a) -> str:
        body = self.render_article_th(a, "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                COOKIE,
                COOKIE_BTN,
                SHARE,
                OTHER,
                FOOTER,
                MADE,
                UPDATED,
                "(fbpost:",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ประกาศ ณ",
                NOT_TRANSLATED,
            ]
            if a.modified:
                must_not.append(th_abbr(a.modified))
            must_not += [x.title for x in self.others(a)]
            must_not += [x.title for x in (older, newer) if x]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, views=False, modified_time=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = KirbySite()

if __name__ == "__main__":
    main(SITE)
