"""Blind-52 red-team site (part C): a department portal (กรมกิจการผู้สูงอายุ-like) on an
**in-house CMS built on CakePHP 5 + Bootstrap 5.3** (2023 redesign by a vendor: `CAKEPHP`
session cookie, `csrfToken` cookie, `/th/news/view/<id>`, Cake's Flash elements as Bootstrap
alerts, `FormHelper` search box, Bootstrap Icons). Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code corpus): CakePHP 4/5 Bootstrap flash elements
(`templates/element/flash/error.php`: `div.alert.alert-danger` with an `onclick` that hides it,
the message escaped unless `escape` is false), CakePHP's app layout (`$this->Html->charset()`
printing `<meta charset="utf-8"/>` in the head, where the vendor's layout moved it below its
tag-manager and consent scripts), and the FlashHelper / FlashComponent documentation (messages
set before a redirect, shown once on the next page). Bootstrap 5.3 cards / badges / breadcrumb,
Bootstrap Icons (`bi-eye`, `bi-hand-thumbs-up`, `bi-share`, `bi-chat-dots`), YouTube's embed
`iframe`, a PDPA consent bar and an accessibility toolbar as Thai department portals print them
(2021-2024) are written from memory. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: a "load more" listing** — `/th/news` prints 9 cards and a button
  `<a class="btn" href="/th/news?page=2&amp;ajax=1" data-load-more>ดูข่าวเพิ่มเติม</a>`
  whose link answers **an HTML fragment** (no `<html>`, `<head>` or charset: only the next
  9 cards and the next button); `?page=3&ajax=1` holds the last 6 and no button; the
  `listing_pages` are the three addresses the button walks;
- **NEW: "ใหม่" badge text inside each of the four newest cards' headline link and an
  "อ่านต่อ" link per card**; **the card's date shown as "๕ มี.ค. ๖๗" (Thai digits, two-digit
  BE year) with the full date and time only in the `title` attribute**;
- **NEW: the headline is a styled `<div class="news-detail__title h3">`, while the page's
  only `<h1>` is the department's name in the header logo**; `<title>` is the section name
  ("ข่าวประชาสัมพันธ์ | department") on every article, and **`og:title` carries the headline as
  first saved**: the editors later prefixed "ผส. " / "กรมกิจการผู้สูงอายุ " or dropped a
  bracketed remark on one article in three; the expected title is the visible `div`;
- **NEW: dates "เผยแพร่ : 05/03/2567 14:30:15" (BE, day first, zero-padded, with seconds) and
  a modified date in an English component "Last updated: March 7, 2024 9:05 AM"** (on the
  articles the CMS records as edited; 12-hour clock); no `<time>`, no meta date;
- **NEW: the counter as a badge "1,234 Views" with an eye icon glyph (`<i class="bi
  bi-eye">`)**, in a row with likes (`bi-hand-thumbs-up` 56), shares (`bi-share` 12) and a
  comment count (`bi-chat-dots` 3), numbers that are not the view count;
- **NEW: sources under "ข้อมูล/ภาพ :", "ที่มาข้อมูล :" and "แหล่งข้อมูล :"** as the last
  paragraph (one article in six has none); a figure caption "ภาพ : <another office>" under
  the lead picture is a photo credit, not the source;
- **NEW: the text carries real reading matter in lists and quotes** — on one article in
  three the middle paragraphs are a numbered list (`<ol><li>`), on another third one
  paragraph is a `<blockquote>` (a quoted statement); **an embedded YouTube video with a
  caption "คลิปวิดีโอ: …"** stands inside the text on one article in four (the caption is not
  text);
- **NEW: charset only after 1 kB of scripts** — the header is `Content-Type: text/html` (no
  charset), and `<meta charset="utf-8">` comes after ~1.6 kB of inline tag-manager,
  dataLayer and consent-configuration scripts; the fragments carry no charset at all;
- **NEW: the deleted item redirects (302) to the listing** (`/th/news`): the controller's
  "record not found" branch sets a Flash error and redirects;
- furniture: accessibility toolbar (ขนาดตัวอักษร ก- ก ก+, ความคมชัดสูง, ภาษา TH | EN) and
  search in the header, breadcrumb with the headline, "แชร์" buttons (Facebook / LINE / X /
  คัดลอกลิงก์), "พิมพ์", "#" tag chips, "ข่าวที่เกี่ยวข้อง" cards (titles, Thai-digit dates),
  "ข่าวยอดนิยม" sidebar with counts, footer address and visitor counter, PDPA consent bar.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

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
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

DEPT = "กรมกิจการผู้สูงอายุ"
DEPT_EN = "Department of Older Persons"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
SOURCES = [
    ("ข้อมูล/ภาพ", "กองส่งเสริมศักยภาพผู้สูงอายุ"),
    ("ที่มาข้อมูล", "สำนักงานเลขานุการกรม กรมกิจการผู้สูงอายุ"),
    ("แหล่งข้อมูล", "กองคุ้มครองสิทธิผู้สูงอายุ"),
    ("ข้อมูล/ภาพ", "ศูนย์พัฒนาการจัดสวัสดิการสังคมผู้สูงอายุจังหวัดขอนแก่น"),
    ("ที่มาข้อมูล", "กองยุทธศาสตร์และแผนงาน"),
    None,
]
PHOTO_CREDIT = "ภาพ : กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์"
TAGS = ["ผู้สูงอายุ", "สังคมสูงวัย", "ธนาคารเวลา", "พม.", "เบี้ยยังชีพ", "ศพอส."]
DELETED_ID = 9001
DELETED_TITLE = "ประชาสัมพันธ์รับสมัครอาสาสมัครดูแลผู้สูงอายุ (อผส.) รุ่นที่ 3 (ยกเลิก)"
PDPA = "เว็บไซต์นี้มีการเก็บข้อมูลการใช้งานเว็บไซต์ (Cookies) เพื่อพัฒนาการให้บริการ ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล"
FOOTER = "1034 ถนนกรุงเกษม แขวงมหานาคเหนือ เขตป้อมปราบศัตรูพ่าย กรุงเทพมหานคร 10100"
COUNTER = "จำนวนผู้เยี่ยมชมเว็บไซต์ 1,482,905 ครั้ง"
RELATED = "ข่าวที่เกี่ยวข้อง"
POPULAR = "ข่าวยอดนิยม"
VIDEO_CAPTIONS = [
    "คลิปวิดีโอ: สรุปกิจกรรมประจำสัปดาห์ กรมกิจการผู้สูงอายุ",
    "คลิปวิดีโอ: รายการ สูงวัยใส่ใจสุขภาพ ตอนพิเศษ",
]


def dmy_s(d: dt.datetime) -> str:
    """'05/03/2567 14:30:15'"""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543} {d:%H:%M:%S}"


def en_long(d: dt.datetime) -> str:
    """'March 7, 2024 9:05 AM'"""
    h = d.hour % 12 or 12
    return f"{d:%B} {d.day}, {d.year} {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def card_day(d: dt.datetime) -> str:
    """'๕ มี.ค. ๖๗'"""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}")


def card_title_attr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543} {d:%H:%M:%S}"


# ~1.6 kB of scripts before the charset (tag manager, dataLayer, consent configuration)
HEAD_SCRIPTS = """<script>
  window.dataLayer = window.dataLayer || [];
  function gtag(){dataLayer.push(arguments);}
  gtag('consent', 'default', {'ad_storage': 'denied', 'analytics_storage': 'denied', 'functionality_storage': 'granted', 'security_storage': 'granted', 'wait_for_update': 500});
  gtag('js', new Date());
  gtag('config', 'G-DOP7Q2K9XC', {'anonymize_ip': true, 'cookie_flags': 'SameSite=None;Secure'});
</script>
<script>(function(w,d,s,l,i){w[l]=w[l]||[];w[l].push({'gtm.start':
new Date().getTime(),event:'gtm.js'});var f=d.getElementsByTagName(s)[0],
j=d.createElement(s),dl=l!='dataLayer'?'&l='+l:'';j.async=true;j.src=
'https://www.googletagmanager.com/gtm.js?id='+i+dl;f.parentNode.insertBefore(j,f);
})(window,document,'script','dataLayer','GTM-N7DPX4Q');</script>
<script>
  window.__PDPA_CONFIG__ = {
    "version": "2.3.1", "cookieName": "dop_pdpa_consent", "expires": 365,
    "categories": [
      {"id": "necessary", "required": true, "enabled": true},
      {"id": "analytics", "required": false, "enabled": false},
      {"id": "functional", "required": false, "enabled": true},
      {"id": "marketing", "required": false, "enabled": false}
    ],
    "policyUrl": "/th/pages/privacy-policy", "cookiePolicyUrl": "/th/pages/cookie-policy",
    "position": "bottom", "theme": "light", "autoShow": true, "reloadOnChange": false
  };
  window.__A11Y__ = {"fontScale": [0.875, 1, 1.125, 1.25], "contrast": ["normal", "high", "mono"], "storage": "localStorage", "key": "dop_a11y"};
  window.csrfToken = "8f0c1d9e6b2a4f7c93e15a0d2b6c8e4f1a3d5c7e9b0f2a4c6e8d0b1f3a5c7e9d";
</script>
"""


class CakeDeptSite(BaseSite):
    key = "b52_cakephp5_dept_loadmore"
    family = "generic"
    imitates = (
        "department portal on an in-house CakePHP 5 + Bootstrap 5.3 CMS: /th/news cards with a "
        "'load more' link returning HTML fragments (?page=N&ajax=1), 'ใหม่' badge inside the "
        "link, 'อ่านต่อ' per card, Thai-digit card dates with the full date in a title "
        "attribute; headline in a styled div (h1 = department logo), <title> = section, "
        "og:title an older headline; 'เผยแพร่ : 05/03/2567 14:30:15', 'Last updated: March 7, "
        "2024 9:05 AM'; '1,234 Views' eye badge beside likes/shares/comments; 'ข้อมูล/ภาพ', "
        "'ที่มาข้อมูล', 'แหล่งข้อมูล' sources; numbered lists, blockquotes, YouTube embed with "
        "caption in the text; no header charset, <meta charset> after 1.6 kB of scripts; "
        "deleted item 302 to the listing"
    )
    listing_path = "/th/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 15, 18, 0, tzinfo=TZ), offset=29
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 3100 + (n - i) * 4
            a.path = f"/th/news/view/{a.id}"
            a.published = a.published.replace(second=(i * 17 + 5) % 60)
            a.time_printed = True
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i % 3) + 1)]
            if i % 3 == 1:
                a.modified = (
                    a.published + dt.timedelta(days=1 + i % 3, hours=2, minutes=13 + i)
                ).replace(second=0)
            else:
                a.modified = None
            a.views = 25 + (i * 631 + 207) % 5200
            a.extra["likes"] = 4 + (i * 11) % 70
            a.extra["shares"] = (i * 3) % 19
            a.extra["comments"] = (i * 2) % 7
            a.extra["layout"] = ("ol", "quote", "plain")[i % 3]
            a.extra["video"] = i % 4 == 2
            a.extra["credit"] = i % 2 == 0
            a.extra["og_old"] = self.older_title(a.title, i) if i % 3 == 0 else a.title
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = [arts[:PER], arts[PER : 2 * PER], arts[2 * PER :]]
        assert len(self.pages[2]) == 6 and DELETED_ID not in self.by_id
        for a in arts:
            assert len(a.paras) >= 3

    @staticmethod
    def older_title(t: str, i: int) -> str:
        if t.startswith("ผส.") or t.startswith(DEPT):
            return t
        if "(" in t and t.rstrip().endswith(")"):
            return t[: t.rfind("(")].rstrip()
        return ("ผส. " if i % 2 == 0 else f"{DEPT} ") + t

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/th/news", "/th/news?page=2&ajax=1", "/th/news?page=3&ajax=1"]

    def deleted_paths(self):
        return [f"/th/news/view/{DELETED_ID}"]

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    def img(self, a):
        return f"/files/news/{a.published:%Y/%m}/dop-{a.id}-cover.webp"

    def shell(self, title: str, main_html: str, *, crumb: str | None, og: str = "") -> str:
        popular = "".join(
            f'<li class="list-group-item"><a href="{x.path}" class="link-dark">{esc(x.title)}</a> <small class="text-muted"><i class="bi bi-eye"></i> {x.views:,}</small></li>'
            for x in self.popular()
        )
        bc = f'<li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/th/news">{SECTION}</a></li>'
        if crumb:
            bc += f'<li class="breadcrumb-item active" aria-current="page">{esc(crumb)}</li>'
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
{HEAD_SCRIPTS}<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{og}
<link rel="icon" href="/favicon.ico" type="image/x-icon"/>
<link rel="stylesheet" href="/css/bootstrap.min.css?v=5.3.2"/>
<link rel="stylesheet" href="/css/bootstrap-icons.min.css?v=1.11.1"/>
<link rel="stylesheet" href="/css/dop-portal.css?v=20240201"/>
</head>
<body class="lang-th">
<noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-N7DPX4Q" height="0" width="0" style="display:none;visibility:hidden"></iframe></noscript>
<div class="a11y-bar bg-dark text-white small py-1">
  <div class="container d-flex gap-3 justify-content-end">
    <span>ขนาดตัวอักษร <button class="btn btn-sm btn-dark" data-font="-1">ก-</button><button class="btn btn-sm btn-dark" data-font="0">ก</button><button class="btn btn-sm btn-dark" data-font="1">ก+</button></span>
    <span>ความคมชัดสูง <button class="btn btn-sm btn-dark" data-contrast="high"><i class="bi bi-circle-half"></i></button></span>
    <span>ภาษา <a href="/th" class="text-white">TH</a> | <a href="/en" class="text-white-50">EN</a></span>
  </div>
</div>
<header class="site-header border-bottom bg-white">
  <div class="container d-flex align-items-center py-2">
    <a href="/th" class="navbar-brand d-flex align-items-center">
      <img src="/img/logo-dop.png" alt="ตราสัญลักษณ์กรม" width="64" height="64"/>
      <h1 class="site-brand fs-5 mb-0 ms-2">{DEPT}<br/><small class="text-muted fs-6">{DEPT_EN}</small></h1>
    </a>
    <form method="get" accept-charset="utf-8" class="ms-auto d-flex" role="search" action="/th/search"><input type="search" name="q" class="form-control form-control-sm" placeholder="ค้นหา"/><button class="btn btn-sm btn-primary ms-1" type="submit"><i class="bi bi-search"></i></button></form>
  </div>
  <nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">
    <li class="nav-item"><a class="nav-link" href="/th">หน้าหลัก</a></li>
    <li class="nav-item"><a class="nav-link" href="/th/pages/about">เกี่ยวกับกรม</a></li>
    <li class="nav-item"><a class="nav-link active" href="/th/news">{SECTION}</a></li>
    <li class="nav-item"><a class="nav-link" href="/th/procurement">จัดซื้อจัดจ้าง</a></li>
    <li class="nav-item"><a class="nav-link" href="/th/e-service">บริการออนไลน์</a></li>
    <li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
  </ul></div></nav>
</header>
<div class="container my-3">
  <nav aria-label="breadcrumb"><ol class="breadcrumb">{bc}</ol></nav>
  <div class="row">
    <main class="col-lg-8" id="main-content">
{main_html}
    </main>
    <aside class="col-lg-4">
      <div class="card mb-3"><div class="card-header fw-bold">{POPULAR}</div><ul class="list-group list-group-flush">{popular}</ul></div>
      <div class="card"><div class="card-body"><a href="/th/e-service/complaint" class="btn btn-outline-primary w-100">ร้องเรียน / ร้องทุกข์</a></div></div>
    </aside>
  </div>
</div>
<footer class="site-footer bg-primary text-white py-4">
  <div class="container">
    <p class="mb-1">{DEPT} {DEPT_EN}</p>
    <p class="mb-1">{FOOTER}</p>
    <p class="mb-0 small">{COUNTER}</p>
  </div>
</footer>
<div class="pdpa-bar fixed-bottom bg-light border-top p-3" id="pdpa-bar">
  <div class="container d-flex align-items-center gap-3"><p class="mb-0 small">{PDPA} <a href="/th/pages/privacy-policy">นโยบายความเป็นส่วนตัว</a></p>
  <button class="btn btn-sm btn-outline-secondary" data-pdpa="settings">ตั้งค่า</button><button class="btn btn-sm btn-primary" data-pdpa="accept">ยอมรับทั้งหมด</button></div>
</div>
<script src="/js/bootstrap.bundle.min.js?v=5.3.2"></script>
<script src="/js/dop-portal.js?v=20240201"></script>
</body>
</html>
"""

    def response(self, text: str, status: int = 200):
        # no charset in the header
        return (
            status,
            {
                "Content-Type": "text/html",
                "X-Powered-By": "PHP/8.2.12",
                "Set-Cookie": "CAKEPHP=6b1c0e9f2d7a43c8b5e1f0a9d3c7b2e4; path=/; HttpOnly; SameSite=Lax",
            },
            text.encode("utf-8"),
        )

    # ------------------------------------------------------------------ listing
    def card(self, a_id: int, title: str, d: dt.datetime, teaser: str, new: bool) -> str:
        badge = ' <span class="badge bg-danger align-text-top">ใหม่</span>' if new else ""
        return f"""<div class="col">
  <div class="card h-100 news-card shadow-sm">
    <a href="/th/news/view/{a_id}"><img src="/files/news/thumb/dop-{a_id}.webp" class="card-img-top" alt="" loading="lazy"/></a>
    <div class="card-body">
      <p class="card-text small text-muted mb-1"><i class="bi bi-calendar3"></i> <span class="news-card__date" title="{card_title_attr(d)}">{card_day(d)}</span></p>
      <h5 class="card-title fs-6"><a href="/th/news/view/{a_id}" class="stretched-link-off link-dark">{esc(title)}{badge}</a></h5>
      <p class="card-text small">{esc(teaser)}</p>
      <a href="/th/news/view/{a_id}" class="btn btn-link btn-sm px-0">อ่านต่อ <i class="bi bi-chevron-right"></i></a>
    </div>
  </div>
</div>"""

    def cards(self, k: int) -> str:
        out = []
        for a in self.pages[k]:
            out.append(
                self.card(
                    a.id,
                    a.title,
                    a.published,
                    a.paras[0][:110].rstrip() + "…",
                    self.articles.index(a) < 4,
                )
            )
        if k == 1:
            out.insert(
                4,
                self.card(
                    DELETED_ID,
                    DELETED_TITLE,
                    dt.datetime(2024, 2, 21, 10, 5, 41, tzinfo=TZ),
                    "กรมกิจการผู้สูงอายุประชาสัมพันธ์รับสมัครอาสาสมัคร…",
                    False,
                ),
            )
        return "\n".join(out)

    def more_button(self, k: int) -> str:
        if k + 1 >= len(self.pages):
            return (
                '<p class="text-center text-muted small my-3 load-more-end">แสดงข่าวครบทั้งหมดแล้ว</p>'
            )
        return (
            f'<div class="text-center my-4 load-more-wrap"><a class="btn btn-outline-primary px-4" '
            f'href="/th/news?page={k + 2}&amp;ajax=1" data-load-more data-target="#news-grid">'
            f'ดูข่าวเพิ่มเติม <i class="bi bi-arrow-down-circle"></i></a></div>'
        )

    def render_list(self):
        main_html = f"""<div class="d-flex align-items-center mb-3"><i class="bi bi-megaphone fs-4 text-primary me-2"></i><span class="fs-4 fw-bold">{SECTION}</span></div>
<div class="row row-cols-1 row-cols-md-3 g-3" id="news-grid">
{self.cards(0)}
</div>
{self.more_button(0)}
<script>
document.addEventListener('click', function (e) {{
  var btn = e.target.closest('[data-load-more]'); if (!btn) return; e.preventDefault();
  fetch(btn.getAttribute('href'), {{headers: {{'X-Requested-With': 'XMLHttpRequest'}}}}).then(function (r) {{ return r.text(); }}).then(function (html) {{
    var wrap = btn.closest('.load-more-wrap'); var tmp = document.createElement('div'); tmp.innerHTML = html;
    document.querySelector(btn.dataset.target).insertAdjacentHTML('beforeend', tmp.querySelector('.news-fragment-items').innerHTML);
    wrap.outerHTML = tmp.querySelector('.news-fragment-more').innerHTML;
  }});
}});
</script>"""
        return self.response(self.shell(f"{SECTION} | {DEPT}", main_html, crumb=None))

    def render_fragment(self, k: int):
        frag = f"""<div class="news-fragment-items">
{self.cards(k)}
</div>
<div class="news-fragment-more">
{self.more_button(k)}
</div>
"""
        return self.response(frag)

    # ------------------------------------------------------------------ article
    def body_html(self, a) -> str:
        paras = a.paras
        lay = a.extra["layout"]
        out = []
        if lay == "ol" and len(paras) >= 4:
            out.append(f"<p>{esc(paras[0])}</p>")
            items = paras[1:-1] if len(paras) >= 5 else paras[1:3]
            rest = paras[1 + len(items) :]
            out.append(
                '<ol class="news-measures">'
                + "".join(f"<li>{esc(p)}</li>" for p in items)
                + "</ol>"
            )
            out += [f"<p>{esc(p)}</p>" for p in rest]
        elif lay == "quote":
            mid = len(paras) // 2
            for j, p in enumerate(paras):
                if j == mid:
                    out.append(
                        f'<blockquote class="blockquote border-start border-4 ps-3"><p>{esc(p)}</p></blockquote>'
                    )
                else:
                    out.append(f"<p>{esc(p)}</p>")
        else:
            out += [f"<p>{esc(p)}</p>" for p in paras]
        if a.extra["video"]:
            cap = VIDEO_CAPTIONS[self.articles.index(a) % 2]
            vid = f"""<figure class="news-video ratio ratio-16x9 mb-1"><iframe src="https://www.youtube.com/embed/dQ{a.id}xYz?rel=0" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe></figure>
<p class="news-video__caption small text-muted text-center"><em>{esc(cap)}</em></p>"""
            out.insert(2, vid)
        src = a.extra["src"]
        if src:
            out.append(f"<p><strong>{esc(src[0])} :</strong> {esc(src[1])}</p>")
        return "\n".join(out)

    def render_article(self, a, base: str):
        full = f"{base}{a.path}"
        credit = ""
        if a.extra["credit"]:
            credit = f'<figcaption class="figure-caption text-end">{esc(PHOTO_CREDIT)}</figcaption>'
        mod = ""
        if a.modified:
            mod = f'<span class="news-updated ms-3" lang="en"><i class="bi bi-pencil-square"></i> Last updated: {en_long(a.modified)}</span>'
        tags = "".join(
            f'<a href="/th/news/tag/{quote(t)}" class="badge rounded-pill text-bg-light border me-1">#{esc(t)}</a>'
            for t in a.tags
        )
        related = "".join(
            f"""<div class="col"><div class="card h-100"><div class="card-body"><p class="small text-muted mb-1">{card_day(x.published)}</p><a href="{x.path}" class="link-dark">{esc(x.title)}</a></div></div></div>"""
            for x in self.related(a)
        )
        main_html = f"""<article class="news-detail" data-id="{a.id}">
  <div class="news-detail__title h3 fw-bold lh-base mb-2">{esc(a.title)}</div>
  <div class="news-detail__meta small text-muted mb-2">
    <span class="news-published"><i class="bi bi-calendar3"></i> เผยแพร่ : {dmy_s(a.published)}</span>{mod}
  </div>
  <div class="news-detail__stats d-flex flex-wrap gap-2 mb-3">
    <span class="badge text-bg-light border"><i class="bi bi-eye"></i> {a.views:,} Views</span>
    <span class="badge text-bg-light border"><i class="bi bi-hand-thumbs-up"></i> {a.extra["likes"]}</span>
    <span class="badge text-bg-light border"><i class="bi bi-share"></i> {a.extra["shares"]}</span>
    <span class="badge text-bg-light border"><i class="bi bi-chat-dots"></i> {a.extra["comments"]}</span>
  </div>
  <figure class="figure w-100"><img src="{self.img(a)}" class="figure-img img-fluid rounded w-100" alt="{esc(a.title)}"/>{credit}</figure>
  <div class="news-detail__body">
{self.body_html(a)}
  </div>
  <div class="news-detail__tags my-3">{tags}</div>
  <div class="news-detail__share d-flex align-items-center gap-2 border-top pt-3">
    <span class="fw-bold">แชร์</span>
    <a class="btn btn-sm btn-primary" href="https://www.facebook.com/sharer/sharer.php?u={quote(full, safe="")}" target="_blank" rel="noopener"><i class="bi bi-facebook"></i> Facebook</a>
    <a class="btn btn-sm btn-success" href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" target="_blank" rel="noopener"><i class="bi bi-line"></i> LINE</a>
    <a class="btn btn-sm btn-dark" href="https://twitter.com/intent/tweet?url={quote(full, safe="")}" target="_blank" rel="noopener"><i class="bi bi-twitter-x"></i> X</a>
    <button class="btn btn-sm btn-outline-secondary" data-copy="{full}"><i class="bi bi-link-45deg"></i> คัดลอกลิงก์</button>
    <button class="btn btn-sm btn-outline-secondary" onclick="window.print()"><i class="bi bi-printer"></i> พิมพ์</button>
  </div>
</article>
<section class="news-related mt-4">
  <div class="fs-5 fw-bold mb-2">{RELATED}</div>
  <div class="row row-cols-1 row-cols-md-3 g-3">{related}</div>
</section>"""
        og = (
            f'<meta property="og:type" content="article"/>\n<meta property="og:site_name" content="{DEPT}"/>\n'
            f'<meta property="og:title" content="{esc(a.extra["og_old"])}"/>\n'
            f'<meta property="og:url" content="{full}"/>\n<meta property="og:image" content="{base}{self.img(a)}"/>\n'
            f'<link rel="canonical" href="{full}"/>'
        )
        return self.response(self.shell(f"{SECTION} | {DEPT}", main_html, crumb=a.title, og=og))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).rstrip("/") or "/"
        if path in ("/", "/th"):
            return 302, {"Location": f"{base}/th/news"}, b""
        if path == "/th/news":
            k = query.get("page", ["1"])[0]
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            k = int(k) - 1
            if query.get("ajax", [""])[0] == "1":
                return self.render_fragment(k)
            if k == 0:
                return self.render_list()
            return None  # the portal has no full page for ?page=N
        m = re.fullmatch(r"/th/news/view/(\d+)", path)
        if m:
            a = self.by_id.get(int(m[1]))
            if a is not None:
                return self.render_article(a, base)
            # Cake's "record not found" branch: Flash error + redirect to the index
            return 302, {"Location": f"{base}/th/news", "X-Powered-By": "PHP/8.2.12"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ขนาดตัวอักษร",
                "ความคมชัดสูง",
                "แชร์",
                "Facebook",
                "คัดลอกลิงก์",
                "พิมพ์",
                RELATED,
                POPULAR,
                PDPA,
                "ยอมรับทั้งหมด",
                FOOTER,
                COUNTER,
                DEPT_EN,
                PHOTO_CREDIT,
                *VIDEO_CAPTIONS,
                f"{a.views:,} Views",
                "Last updated",
                "ร้องเรียน / ร้องทุกข์",
            ]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.popular() if x is not a]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = CakeDeptSite()

if __name__ == "__main__":
    main(SITE)
