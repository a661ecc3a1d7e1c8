"""Blind-57 red-team site (part C): a department portal (กรมกิจการผู้สูงอายุ-like) rebuilt in 2021 as a
**Vue 2 single-page app (vue-cli build) on an in-house Laravel 8 CMS** whose Blade shell prints
the content for crawlers only inside `<noscript>`, behind an nginx page cache. Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Google Translate's element markup and its
restyled classes (`#google_translate_element`, `googleTranslateElementInit`,
`TranslateElement.InlineLayout.SIMPLE`, `.goog-te-gadget`, `.goog-te-combo`). The vue-cli build's
shell (`<div id="app"></div>`, `js/chunk-vendors.<hash>.js`, `js/app.<hash>.js`, the default
"We're sorry but … doesn't work properly without JavaScript enabled" noscript line), Blade
layouts, nginx's `default_type application/octet-stream` for cached files without an extension,
Thai colloquial clock words (ตี / โมงเช้า / บ่าย…โมง / โมงเย็น / ทุ่ม / ครึ่ง), the Thai government
accessibility toolbars and the "ฟังข่าว" text-to-speech buttons are from memory. No one's code or
text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news/detail/<id>` (`rel=canonical`), `<title>` "headline - department";
- **NEW: an SPA whose server HTML holds the content only in a `<noscript>` fallback: the visible
  part is an empty `<div id="app"></div>`; the listing cards, the pager and the whole article
  (headline, date, counter, text, source, related) are inside `<noscript>` after vue-cli's
  "We're sorry but … doesn't work properly without JavaScript enabled" line**;
- **NEW: a page-number drop-down as the only pager: `<select onchange="location.href=this.value">`
  with `<option value="/news?page=2">หน้า ๒</option>`, and a "ไปหน้า [ ] ไป" GET form; no page
  links**;
- **NEW: article pages served with a wrong Content-Type by the nginx page cache: `text/plain;
  charset=utf-8` (one in three), `application/octet-stream` (one in three) or none at all (one
  in three), although they are HTML** (listings are `text/html`);
- **NEW: widgets inside the article container: an accessibility bar ("ขนาดตัวอักษร ก- ก ก+",
  "ความตัดกันของสี", "ปรับสีเว็บไซต์"), Google Translate's rendered gadget ("Select Language",
  "Powered by Translate"), a text-to-speech button "ฟังข่าว" / "อ่านออกเสียง", a QR code with
  "สแกนเพื่ออ่านบนมือถือ"**;
- **NEW: times in Thai clock words beside the Thai-digit date: "๑๕ มีนาคม ๒๕๖๗ เวลา
  บ่ายสามโมงครึ่ง", "เวลา เก้าโมงเช้า", "เวลา สิบโมงสิบห้านาที" (one in two), "เวลา ๑๐.๓๐ น."
  (one in four), no time (one in four)**;
- **NEW: the view counter as "ผู้ชม 1,234" in `<span data-count="1234">`**;
- sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" at the end of the text (one in six none);
  "แชร์ข่าวนี้" row; "ข่าวอื่นๆ ที่น่าสนใจ" (titles, Thai-digit dates); breadcrumb; PDPA bar;
  footer address and visitor counter;
- deleted item (linked from page 2): `/news/detail/2291`, **200**: the same shell, the noscript
  saying "ไม่พบข้อมูลข่าว หรือข่าวถูกยกเลิกการเผยแพร่".
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
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมกิจการผู้สูงอายุ"
DEPT_EN = "Department of Older Persons"
PER = 8
N_ARTICLES = 24
DELETED_ID = 2291
SOURCES = [
    ("ที่มา", "กลุ่มประชาสัมพันธ์ สำนักงานเลขานุการกรม"),
    ("ข่าว/ภาพ", "กองส่งเสริมศักยภาพผู้สูงอายุ"),
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ กรมกิจการผู้สูงอายุ"),
    ("ที่มา", "กองคุ้มครองสิทธิผู้สูงอายุ"),
    ("ข่าว/ภาพ", "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร"),
    None,
]
SPA_NOTICE = "We're sorry but dop-portal doesn't work properly without JavaScript enabled. Please enable it to continue."
COOKIE_BAR = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ศึกษารายละเอียดได้ที่ นโยบายความเป็นส่วนตัว"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ ๓,๑๕๒,๔๔๐ คน"
FOOTER = "เลขที่ 1034 ถนนกรุงเกษม แขวงคลองมหานาค เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100"
OTHER = "ข่าวอื่นๆ ที่น่าสนใจ"
QR_LABEL = "สแกนเพื่ออ่านบนมือถือ"
NOT_FOUND = "ไม่พบข้อมูลข่าว หรือข่าวถูกยกเลิกการเผยแพร่"
CTYPES = ["text/plain; charset=utf-8", "application/octet-stream", None]

_NUM = ["", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "สิบเอ็ด"]
_MIN = {15: "สิบห้านาที", 20: "ยี่สิบนาที", 45: "สี่สิบห้านาที", 10: "สิบนาที"}


def clock_words(h: int, m: int) -> str:
    """Thai colloquial clock: 9:00 'เก้าโมงเช้า', 15:30 'บ่ายสามโมงครึ่ง', 16:00 'สี่โมงเย็น'."""
    if 6 <= h <= 11:
        word = f"{_NUM[h]}โมง" + ("เช้า" if m == 0 else "")
    elif h == 12:
        word = "เที่ยง" + ("วัน" if m == 0 else "")
    elif h == 13:
        word = "บ่ายโมง"
    elif 14 <= h <= 15:
        word = f"บ่าย{_NUM[h - 12]}โมง"
    elif 16 <= h <= 18:
        word = f"{_NUM[h - 12]}โมง" + ("เย็น" if m == 0 else "")
    else:
        raise ValueError(h)
    if m == 30:
        return word + "ครึ่ง"
    return word + _MIN.get(m, "")


def thai_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}")


def card_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}")


class Vue2SpaDeptSite(BaseSite):
    key = "b57_vue2spa_dept_noscript_ctype"
    family = "generic"
    imitates = (
        "department portal: Vue 2 SPA on an in-house Laravel CMS, the content only in <noscript> "
        "(empty #app), a <select onchange> page drop-down and a 'ไปหน้า' form as the only pager, "
        "article pages cached by nginx with a wrong or no Content-Type, accessibility / Google "
        "Translate / 'ฟังข่าว' / QR widgets inside the article, Thai clock-word times "
        "('เวลา บ่ายสามโมงครึ่ง'), 'ผู้ชม 1,234' counters"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, N_ARTICLES, start=dt.datetime(2024, 4, 5, 18, 0, tzinfo=TZ), offset=37
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 2200 + (n - i) * 4 + i % 3
            a.path = f"/news/detail/{a.id}"
            mode = ["words", "digits", "words", "none"][i % 4]
            a.extra["mode"] = mode
            if mode == "words":  # office hours, on the quarter
                h = 8 + (i * 3) % 10
                mm = [0, 30, 15, 0, 45, 30][i % 6]
                a.published = a.published.replace(hour=h, minute=mm)
            elif mode == "digits":
                a.published = a.published.replace(hour=8 + (i * 5) % 9)
            a.time_printed = mode != "none"
            a.modified = None
            a.views = 40 + (i * 431 + 173) % 5200
            a.tags = []
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["ctype"] = CTYPES[i % 3]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[i : i + PER] for i in range(0, n, PER)]
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news", "/news?page=2", "/news?page=3"]

    def deleted_paths(self):
        return [f"/news/detail/{DELETED_ID}"]

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (1, 3, 6, 10)]

    def date_line(self, a) -> str:
        s = thai_date(a.published)
        if a.extra["mode"] == "words":
            s += f" เวลา {clock_words(a.published.hour, a.published.minute)}"
        elif a.extra["mode"] == "digits":
            s += f" เวลา {thai_digits(f'{a.published.hour:02d}.{a.published.minute:02d}')} น."
        return s

    # ------------------------------------------------------------------ shell
    def shell(self, title, noscript_html, *, canonical=None, desc=""):
        canon = f'<link rel="canonical" href="{canonical}">' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-token" content="pX3kq8sV2mB7Lr0aYt5dWc1nHf9uJe4gZo6iQs8v">
<title>{title}</title>
<meta name="description" content="{esc(desc)}">
{canon}
<link rel="icon" href="/favicon.ico">
<link href="/css/app.4f1c2a9e.css" rel="preload" as="style">
<link href="/js/app.8b2d6e41.js" rel="preload" as="script">
<link href="/js/chunk-vendors.1a7f3c55.js" rel="preload" as="script">
<link href="/css/app.4f1c2a9e.css" rel="stylesheet">
<style>noscript .ns-wrap{{max-width:1140px;margin:0 auto;font-family:Sarabun,sans-serif}}</style>
</head>
<body>
<noscript><strong>{SPA_NOTICE}</strong>
<div class="ns-wrap">
<header class="ns-header"><a href="/"><img src="/img/logo-dop.png" alt="{DEPT}"> {DEPT} {DEPT_EN}</a>
<nav><a href="/">หน้าหลัก</a> | <a href="/about">เกี่ยวกับกรม</a> | <a href="/news">ข่าวประชาสัมพันธ์</a> | <a href="/services">บริการประชาชน</a> | <a href="/contact">ติดต่อเรา</a></nav></header>
<main>
{noscript_html}
</main>
<footer class="ns-footer"><p><strong>{DEPT}</strong> {FOOTER} โทร 0 2642 4336</p><p>{COUNTER}</p><p>© 2567 {DEPT} สงวนลิขสิทธิ์</p></footer>
<div class="pdpa-bar"><p>{COOKIE_BAR}</p><button>ยอมรับ</button><button>ปฏิเสธ</button></div>
</div>
</noscript>
<div id="app"></div>
<script>window.Laravel={{"csrfToken":"pX3kq8sV2mB7Lr0aYt5dWc1nHf9uJe4gZo6iQs8v","apiBase":"/api/v1"}};</script>
<script src="/js/chunk-vendors.1a7f3c55.js"></script>
<script src="/js/app.8b2d6e41.js"></script>
<script>function googleTranslateElementInit(){{new google.translate.TranslateElement({{pageLanguage:'th',layout:google.translate.TranslateElement.InlineLayout.SIMPLE}},'google_translate_element')}}</script>
<script src="//translate.google.com/translate_a/element.js?cb=googleTranslateElementInit"></script>
</body>
</html>
"""

    def pager(self, cur: int) -> str:
        opts = "".join(
            f'<option value="{"/news" if p == 1 else f"/news?page={p}"}"{" selected" if p == cur else ""}>หน้า {thai_digits(p)}</option>'
            for p in range(1, len(self.pages) + 1)
        )
        return (
            f'<div class="ns-pager">หน้า {thai_digits(cur)} จาก {thai_digits(len(self.pages))} '
            f'<select name="page" onchange="location.href=this.value">{opts}</select> '
            f'<form action="/news" method="get" style="display:inline">ไปหน้า <input type="number" name="page" min="1" max="{len(self.pages)}" size="3"> <button type="submit">ไป</button></form></div>'
        )

    def render_list(self, cur: int):
        if not 1 <= cur <= len(self.pages):
            cur = 1
        rows = [(a.path, a.title, a.published, a.views) for a in self.pages[cur - 1]]
        if cur == 2:
            rows.insert(
                3,
                (
                    f"/news/detail/{DELETED_ID}",
                    "กรมกิจการผู้สูงอายุ ขอเชิญชวนผู้สูงอายุร่วมประกวดผลงานภูมิปัญญาท้องถิ่น ประจำปี 2567",
                    self.pages[1][2].published + dt.timedelta(hours=4),
                    0,
                ),
            )
        cards = "".join(
            f'<div class="news-card"><a href="{p}"><img src="/storage/news/thumb_{p.rsplit("/", 1)[1]}.jpg" alt=""></a>'
            f'<h3><a href="{p}">{esc(t)}</a></h3><p class="meta">{card_date(d)} · ผู้ชม {v:,}</p></div>'
            for p, t, d, v in rows
        )
        body = (
            '<nav class="breadcrumb"><a href="/">หน้าหลัก</a> › ข่าวประชาสัมพันธ์</nav>'
            f'<h1>ข่าวประชาสัมพันธ์</h1><div class="news-grid">{cards}</div>{self.pager(cur)}'
        )
        return self.html_response(self.shell(f"ข่าวประชาสัมพันธ์ - {DEPT}", body))

    def render_article(self, a, base):
        full = quote(f"{base}{a.path}", safe="")
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = (
            f'<p class="news-source"><strong>{esc(a.extra["label"])} :</strong> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        others = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span>{card_date(x.published)}</span></li>'
            for x in self.others(a)
        )
        body = f"""<nav class="breadcrumb"><a href="/">หน้าหลัก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a> › รายละเอียดข่าว</nav>
<article class="news-detail">
<div class="tools-bar"><span>ขนาดตัวอักษร</span> <button>ก-</button> <button>ก</button> <button>ก+</button> <span>ความตัดกันของสี</span> <button>ปรับสีเว็บไซต์</button>
<div id="google_translate_element"><div class="skiptranslate goog-te-gadget" dir="ltr"><div id=":0.targetLanguage"><select class="goog-te-combo" aria-label="Language Translate Widget"><option value="">Select Language</option><option value="en">English</option><option value="zh-CN">Chinese (Simplified)</option><option value="my">Myanmar (Burmese)</option></select></div>Powered by <span style="white-space:nowrap"><a class="goog-logo-link" href="https://translate.google.com" target="_blank"><img src="https://www.gstatic.com/images/branding/googlelogo/1x/googlelogo_color_42x16dp.png" width="37px" height="14px" alt="Google Translate">Translate</a></span></div></div></div>
<h1 class="news-title">{esc(a.title)}</h1>
<div class="news-meta"><span class="news-date">{self.date_line(a)}</span> <span class="view-count" data-count="{a.views}">ผู้ชม {a.views:,}</span></div>
<div class="tts"><button type="button" class="btn-tts" data-text-id="news-body-{a.id}">🔊 ฟังข่าว</button> <small>อ่านออกเสียงโดยระบบอัตโนมัติ</small></div>
<div class="news-body" id="news-body-{a.id}">{paras}{src}</div>
<div class="qr-box"><img src="/api/v1/qrcode?url={full}" alt="QR Code" width="120"><p>{QR_LABEL}</p></div>
<div class="share">แชร์ข่าวนี้ : <a href="https://www.facebook.com/sharer/sharer.php?u={full}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={full}">LINE</a> <a href="https://twitter.com/intent/tweet?url={full}">X</a> <a href="/news/detail/{a.id}/pdf">ดาวน์โหลด PDF</a></div>
</article>
<section class="other-news"><h2>{OTHER}</h2><ul>{others}</ul></section>"""
        page = self.shell(
            f"{esc(a.title)} - {DEPT}", body, canonical=f"{base}{a.path}", desc=a.paras[0][:150]
        )
        headers = {}
        if a.extra["ctype"]:
            headers["Content-Type"] = a.extra["ctype"]
        headers["X-Page-Cache"] = "HIT"
        return 200, headers, page.encode("utf-8")

    def render_deleted(self):
        body = f'<nav class="breadcrumb"><a href="/">หน้าหลัก</a> › <a href="/news">ข่าวประชาสัมพันธ์</a></nav><div class="empty-state"><p>{NOT_FOUND}</p><a href="/news">กลับหน้าข่าวประชาสัมพันธ์</a></div>'
        return self.html_response(self.shell(f"ข่าวประชาสัมพันธ์ - {DEPT}", body))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/news"}, b""
        if path in ("/news", "/news/"):
            p = query.get("page", ["1"])[0].strip()
            return self.render_list(int(p) if p.isdigit() else 1)
        m = re.fullmatch(r"/news/detail/(\d+)", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a, base) if a else None
        return None

    def page_text(self, a) -> str:
        body = self.route(a.path, {}, "", "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                SPA_NOTICE,
                COOKIE_BAR,
                COUNTER,
                FOOTER,
                OTHER,
                QR_LABEL,
                "ขนาดตัวอักษร",
                "ความตัดกันของสี",
                "ปรับสีเว็บไซต์",
                "Select Language",
                "Powered by",
                "ฟังข่าว",
                "อ่านออกเสียงโดยระบบอัตโนมัติ",
                "แชร์ข่าวนี้",
                "ดาวน์โหลด PDF",
                f"ผู้ชม {a.views:,}",
                self.date_line(a),
                DEPT_EN,
            ]
            must_not += [x.title for x in self.others(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [s for s in must_not if s in text and s not in whole]
            rec = expected_record(a, tags=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = Vue2SpaDeptSite()

if __name__ == "__main__":
    main(SITE)
