"""Blind-52 red-team site (part C): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน) on **Drupal 7 with Devsaran's contrib Professional Theme**
(`professional_theme`: `div#wrapper` > `header#header` with `div#logo`, `h1#site-title`,
`div#site-description`, `nav#main-menu` > `div.menu-navigation-container`; `div#container` >
`div.content-sidebar-wrap` > `div#content` > `div#breadcrumbs` + `section#post-content`
(messages, `h1.page-title`, tabs, content) and `aside#sidebar-first`; `aside#sidebar-second`;
`div#foot`; `div#footer` > `div#footer-area` columns and `div#copyright` with the
"Copyright © …" / theme credit lines). Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the theme's `page.tpl.php` as shipped in a public
site repository (the regions, ids and classes above, the site name printed as `h1#site-title`
next to the logo, the page title as `h1.page-title` inside `section#post-content`), and its
sibling "Responsive" theme's `page.tpl.php` by the same author (same `#post-content` /
`#breadcrumbs` pattern); Views 3's `views-view-table.tpl.php` (table with `caption`, `thead`
`th` per field, `tbody` rows with `views-field views-field-<id>` cells, odd/even rows); the
Drupal 7 `lazyloader` module's README (images lazy-loaded with a placeholder in `src`, the real
address in `data-src`, a `<noscript>` fallback). Drupal 7's core pager (`item-list` >
`ul.pager` with `pager-first` / `pager-previous` / `pager-item` / `pager-current` /
`pager-next` / `pager-last`), `node.tpl.php` (`div.submitted`, `div.content`,
`ul.links.inline` with `statistics_counter`), Exclude Node Title, Metatag, Service Links,
EU Cookie Compliance and the Rate module are written from memory of their documentation.
No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/news` (a Views **table**: ลำดับ | หัวข้อข่าว | วันที่ | ผู้ชม, 8 a page, 0-based
  `?page=1`, `?page=2`, core pager); nodes aliased by Pathauto to `/news/<nid>`;
- **NEW: the headline is an `<h2 class="node-title">` of the node template while the page's
  only `<h1>` is the office's name (`h1#site-title`)** — the site hides the page title on
  news nodes (Exclude Node Title) and its `node--news.tpl.php` prints the title as `h2`;
- **NEW: `<title>` and `og:title` carry a shortened headline** (Metatag's
  `[node:field_short_title]`: the headline cut at a word boundary, ending "…"); the expected
  title is the full `h2` headline;
- **NEW: the date in a Thai-digit long form with weekday, "พ.ศ." and a dotted time** —
  "เผยแพร่เมื่อ วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗ เวลา ๑๐.๓๐ น." (every node; no `<time>`, no
  meta date); **the listing prints the day only in its own table column as `05/03/2567`
  (BE, day first, zero-padded)**;
- **NEW: the counter worded "จำนวนผู้ชม ๑,๒๓๔ ครั้ง" (Thai digits) in the node links, beside
  other numbers that are not the view count** — the Rate module's "ถูกใจ (๑๗)", a share count
  "แชร์ ๕" and "ความคิดเห็น ๒" — and the listing's "ผู้ชม" column (`1,234`, the same count);
- **NEW: sources printed with two offices or under new labels** — "ภาพ: <office A> / ข่าว:
  <office B>" (the source is B, the news office; the photo credit is a caption), "ข่าว: <B> /
  ภาพ: <A>" (the order reversed), "ที่มาข้อมูล : <office>", "ข้อมูล/ภาพ : <office>"; one node in
  five has no source line;
- **NEW: a lazy-loaded gallery inside the node content** (`img` with a placeholder `src`, the
  picture in `data-src`, a `<noscript>` copy) with captions, **and a lead picture whose `alt`
  is a long sentence** (the alt sentence and the captions are not text);
- **NEW: a "ใหม่" badge inside the listing link** (`<img alt="ใหม่">` after the headline on the
  four newest rows) **and an "อ่านต่อ" link per row** beside the headline link;
- **NEW: a `<meta http-equiv="Content-Type" content="text/html; charset=tis-620">` left over
  from the office's old site in the theme's `html.tpl.php`, on pages served as UTF-8** (the
  HTTP header says `charset=utf-8`; the bytes are UTF-8);
- **NEW: the deleted item answers 404 with the full site template**: "ไม่พบหน้าที่ท่านต้องการ"
  and the sidebar's "ข่าวล่าสุด" (titles and dates of other articles);
- furniture: breadcrumb with the headline, font tools "ขนาดอักษร ก- ก ก+", Service Links
  "แชร์" (Facebook / LINE / X), "พิมพ์" / "ส่งอีเมล", "คำค้น:" tags, "‹ ข่าวก่อนหน้า" /
  "ข่าวถัดไป ›" with neighbour titles, comment login prompt, sidebar "ข่าวล่าสุด" and
  "ปฏิทินกิจกรรม", footer address and visitor counter, EU-cookie bar.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

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
    thai_digits,
)
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
SLOGAN = "Nan Provincial Community Development Office"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 8
# (line as printed, source)
SOURCES = [
    (
        "ภาพ: สำนักงานพัฒนาชุมชนอำเภอเวียงสา / ข่าว: สำนักงานประชาสัมพันธ์จังหวัดน่าน",
        "สำนักงานประชาสัมพันธ์จังหวัดน่าน",
    ),
    (
        "ข่าว: กลุ่มงานส่งเสริมและพัฒนาชุมชน / ภาพ: สำนักงานพัฒนาชุมชนอำเภอปัว",
        "กลุ่มงานส่งเสริมและพัฒนาชุมชน",
    ),
    ("ที่มาข้อมูล : สำนักงานพัฒนาชุมชนจังหวัดน่าน", "สำนักงานพัฒนาชุมชนจังหวัดน่าน"),
    ("ข้อมูล/ภาพ : สำนักงานพัฒนาชุมชนอำเภอท่าวังผา", "สำนักงานพัฒนาชุมชนอำเภอท่าวังผา"),
    None,
]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "น่าน", "ชุมชนท่องเที่ยว", "โคก หนอง นา", "สัมมาชีพ"]
DELETED_NID = 5999
DELETED_TITLE = "ประกาศผลการคัดเลือกหมู่บ้านเศรษฐกิจพอเพียงต้นแบบ ประจำปี 2567 (ฉบับแก้ไข)"
NOT_FOUND = "ไม่พบหน้าที่ท่านต้องการ"
NOT_FOUND_MSG = "ขออภัย ไม่พบหน้าที่ท่านร้องขอ หน้านี้อาจถูกลบหรือย้ายไปแล้ว"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน การใช้งานเว็บไซต์ต่อถือว่าท่านยอมรับการใช้คุกกี้"
FOOTER = "ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน จังหวัดน่าน 55000"
COUNTER = "ผู้เข้าชมเว็บไซต์ทั้งหมด 207,318 คน"
LOGIN_PROMPT = "เพื่อแสดงความคิดเห็น"
LATEST = "ข่าวล่าสุด"
CALENDAR = "ปฏิทินกิจกรรม"
CAL_ITEM = "ประชุมคณะกรรมการกองทุนพัฒนาบทบาทสตรีจังหวัดน่าน ครั้งที่ 2/2567"
ALT_SENTENCE = (
    "พัฒนาการจังหวัดน่านพร้อมด้วยเจ้าหน้าที่สำนักงานพัฒนาชุมชนอำเภอและผู้นำชุมชน"
    "ร่วมถ่ายภาพหมู่กับผู้เข้าร่วมกิจกรรมบริเวณหน้าอาคารศูนย์เรียนรู้ชุมชนก่อนเริ่มการประชุม"
)
CAPTIONS = [
    "บรรยากาศการประชุมชี้แจงแนวทางการดำเนินงาน",
    "เจ้าหน้าที่ลงพื้นที่ติดตามผลการดำเนินงานในหมู่บ้าน",
    "ผู้เข้าร่วมกิจกรรมรับฟังการบรรยาย",
]
PLACEHOLDER = "/sites/all/modules/lazyloader/image_placeholder.gif"


def th_long(d: dt.datetime) -> str:
    """'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗ เวลา ๑๐.๓๐ น.'"""
    s = (
        f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {d.year + 543}"
        f" เวลา {d.hour:02d}.{d.minute:02d} น."
    )
    return thai_digits(s)


def dmy(d: dt.datetime) -> str:
    """'05/03/2567'"""
    return f"{d.day:02d}/{d.month:02d}/{d.year + 543}"


def abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


def short_title(t: str, n: int = 48) -> str:
    if len(t) <= n:
        return t
    cut = t.rfind(" ", 0, n)
    return (t[:cut] if cut > 15 else t[:n]).rstrip() + "…"


class DrupalProfessionalSite(BaseSite):
    key = "b52_drupal7_professional_h2title"
    family = "drupal"
    imitates = (
        "Drupal 7 + Devsaran Professional Theme (h1#site-title = office name, "
        "section#post-content): /news Views table (date column 05/03/2567, views column, "
        "'ใหม่' image badge inside the link, 'อ่านต่อ' per row), core pager ?page=N; node "
        "headline in h2.node-title (page title excluded), <title>/og:title shortened; "
        "'วันอังคารที่ ๕ มีนาคม พ.ศ. ๒๕๖๗ เวลา ๑๐.๓๐ น.'; 'จำนวนผู้ชม ๑,๒๓๔ ครั้ง' beside "
        "likes/shares/comments counts; 'ภาพ: A / ข่าว: B', 'ที่มาข้อมูล', 'ข้อมูล/ภาพ' sources; "
        "lazyloader gallery with data-src/noscript and a sentence-long alt; TIS-620 meta on "
        "UTF-8 pages; deleted node = 404 with full template and latest-news sidebar"
    )
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 4, 26, 16, 0, tzinfo=TZ), offset=17
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 5200 + (n - i) * 9
            a.path = f"/news/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.modified = None
            a.time_printed = True
            a.views = 40 + (i * 577 + 113) % 3900
            a.extra["likes"] = 3 + (i * 7) % 40
            a.extra["shares"] = (i * 5) % 23
            a.extra["comments"] = i % 4
            a.extra["gallery"] = i % 3 != 2
            a.extra["alt_sentence"] = i % 2 == 0
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_NID not in self.by_id

    # ------------------------------------------------------------------ helpers
    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [f"/news/{DELETED_NID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def latest(self):
        return self.articles[:5]

    def img(self, a, k=0):
        return (
            f"/sites/default/files/styles/large/public/news/{a.published:%Y-%m}/nan{a.id}_{k}.jpg"
        )

    def shell(self, head_title: str, content: str, *, crumb: str | None, og: str = "") -> str:
        latest = "".join(
            f'<li class="views-row"><a href="{x.path}">{esc(x.title)}</a><br /><span class="date">{abbr(x.published)}</span></li>'
            for x in self.latest()
        )
        bc = '<a href="/">หน้าแรก</a> » <a href="/news">ข่าวประชาสัมพันธ์</a>'
        if crumb:
            bc += f" » {esc(crumb)}"
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
<head profile="http://www.w3.org/1999/xhtml/vocab">
  <meta http-equiv="Content-Type" content="text/html; charset=tis-620" />
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <link rel="shortcut icon" href="/sites/default/files/favicon_0.ico" type="image/vnd.microsoft.icon" />
  <meta name="generator" content="Drupal 7 (http://drupal.org)" />
  {og}
  <title>{head_title}</title>
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_pbm0lsQQJ7A7WCCIMgxLho6mI_kBNgznNUWmTWcnfoE.css" media="all" />
  <link type="text/css" rel="stylesheet" href="/sites/default/files/css/css_professional_theme_Nan.css" media="all" />
  <!--[if lt IE 9]><script src="/sites/all/themes/professional_theme/js/html5.js"></script><![endif]-->
  <script type="text/javascript" src="/sites/default/files/js/js_xAPl0qIk9eowy_iS9tNkCWXLUVoat94SQT48UBCFkyQ.js"></script>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-first page-node">
  <div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">ข้ามไปยังเนื้อหาหลัก</a></div>
<div id="wrapper">
  <header id="header" role="banner">
    <div id="logo"><a href="/" title="หน้าแรก"><img src="/sites/default/files/logo_cdd_nan.png"/></a></div>
    <h1 id="site-title"><a href="/" title="หน้าแรก">{OFFICE}</a></h1>
    <div id="site-description">{SLOGAN}</div>
    <div class="clear"></div>
    <nav id="main-menu"  role="navigation">
      <a class="nav-toggle" href="#">เมนู</a>
      <div class="menu-navigation-container">
        <ul class="menu"><li class="first leaf"><a href="/">หน้าแรก</a></li>
<li class="expanded"><a href="/about">เกี่ยวกับหน่วยงาน</a></li>
<li class="leaf active-trail"><a href="/news" class="active-trail">ข่าวประชาสัมพันธ์</a></li>
<li class="leaf"><a href="/procurement">ข่าวจัดซื้อจัดจ้าง</a></li>
<li class="leaf"><a href="/ita">ITA</a></li>
<li class="last leaf"><a href="/contact">ติดต่อเรา</a></li>
</ul>      </div>
      <div class="clear"></div>
    </nav>
  </header>

  <div id="container">
   <div id="head">
    <div class="region region-header"><div id="block-block-7" class="block block-block font-tools">
      <div class="content">ขนาดอักษร <a href="#" class="font-dec">ก-</a> <a href="#" class="font-reset">ก</a> <a href="#" class="font-inc">ก+</a></div>
    </div></div>
   </div>
   <div class="clear"></div>

    <div class="content-sidebar-wrap">

    <div id="content">
      <div id="breadcrumbs"><h2 class="element-invisible">คุณอยู่ที่นี่</h2><div class="breadcrumb">{bc}</div></div>
      <section id="post-content" role="main">
        <a id="main-content"></a>
{content}
      </section> <!-- /#main -->
    </div>

      <aside id="sidebar-first" role="complementary">
        <div class="region region-sidebar-first">
  <div id="block-views-news-latest-block" class="block block-views">
    <h2>{LATEST}</h2>
    <div class="content"><div class="view view-news-latest"><div class="item-list"><ul>{latest}</ul></div></div></div>
  </div>
  <div id="block-block-9" class="block block-block">
    <h2>{CALENDAR}</h2>
    <div class="content"><p>30 เม.ย. 2567 — {CAL_ITEM}</p></div>
  </div>
        </div>
      </aside>  <!-- /#sidebar-first -->

    </div>

  <div class="clear"></div>

  </div>

  <div id="footer">
      <div id="footer-area" class="clearfix">
        <div class="column"><div class="region region-footer-first"><div class="block block-block"><div class="content"><p>{OFFICE}</p><p>{FOOTER}</p><p>โทรศัพท์ 0 5471 0201</p></div></div></div></div>
        <div class="column"><div class="region region-footer-second"><div class="block block-block"><div class="content"><p class="counter">{COUNTER}</p></div></div></div></div>
      </div>
    <div id="copyright">
      <p class="copyright">Copyright &copy; 2024, {OFFICE}</p>
      <p class="credits"> Theme Originally Created by  <a href="http://www.devsaran.com">Devsaran</a></p>
    <div class="clear"></div>
    </div>
  </div>
</div>
<div id="sliding-popup" class="sliding-popup-bottom"><div><div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div><div id="popup-buttons"><button type="button" class="agree-button">ยอมรับ</button><button type="button" class="find-more-button">อ่านเพิ่มเติม</button></div></div></div></div>
<script type="text/javascript" src="/sites/default/files/js/js_eu_cookie_compliance.js"></script>
</body>
</html>
"""

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        # the header is right (UTF-8); the theme's leftover meta says tis-620
        return (
            status,
            {
                "Content-Type": "text/html; charset=utf-8",
                "X-Generator": "Drupal 7 (http://drupal.org)",
            },
            text.encode("utf-8"),
        )

    # ------------------------------------------------------------------ listing
    def render_list(self, k: int):
        rows = []
        items = list(self.pages[k])
        entries = [(x.id, x.title, x.published, x.views, x) for x in items]
        if k == 1:
            entries.insert(
                3,
                (DELETED_NID, DELETED_TITLE, dt.datetime(2024, 3, 29, 9, 15, tzinfo=TZ), 57, None),
            )
        for j, (nid, title, d, views, a) in enumerate(entries):
            new = ""
            if a is not None and self.articles.index(a) < 4:
                new = ' <img src="/sites/all/themes/professional_theme/images/new.gif" width="28" height="11" alt="ใหม่" />'
            n = k * PER + j + 1
            rows.append(
                f"""<tr class="{"odd" if j % 2 == 0 else "even"}{" views-row-first" if j == 0 else ""}">
  <td class="views-field views-field-counter">{n}</td>
  <td class="views-field views-field-title"><a href="/news/{nid}">{esc(title)}{new}</a> <a href="/news/{nid}" class="views-more-link">อ่านต่อ</a></td>
  <td class="views-field views-field-created">{dmy(d)}</td>
  <td class="views-field views-field-totalcount">{views:,}</td>
</tr>"""
            )
        n = len(self.pages)
        pg = []
        if k > 0:
            pg.append(
                '<li class="pager-first first"><a title="ไปหน้าแรก" href="/news">« หน้าแรก</a></li>'
            )
            prev = "/news" if k == 1 else f"/news?page={k - 1}"
            pg.append(
                f'<li class="pager-previous"><a title="ไปหน้าก่อนหน้า" href="{prev}">‹ ก่อนหน้า</a></li>'
            )
        for j in range(n):
            if j == k:
                pg.append(f'<li class="pager-current">{j + 1}</li>')
            else:
                href = "/news" if j == 0 else f"/news?page={j}"
                pg.append(
                    f'<li class="pager-item"><a title="ไปหน้า {j + 1}" href="{href}">{j + 1}</a></li>'
                )
        if k < n - 1:
            pg.append(
                f'<li class="pager-next"><a title="ไปหน้าถัดไป" href="/news?page={k + 1}">ถัดไป ›</a></li>'
            )
            pg.append(
                f'<li class="pager-last last"><a title="ไปหน้าสุดท้าย" href="/news?page={n - 1}">หน้าสุดท้าย »</a></li>'
            )
        content = f"""<h1 class="page-title">{SECTION}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div class="view view-news view-id-news view-display-id-page view-dom-id-8f2c0a1e">
  <div class="view-content">
<table class="views-table cols-4">
  <thead>
    <tr>
      <th class="views-field views-field-counter">ลำดับ</th>
      <th class="views-field views-field-title">หัวข้อข่าว</th>
      <th class="views-field views-field-created">วันที่</th>
      <th class="views-field views-field-totalcount">ผู้ชม</th>
    </tr>
  </thead>
  <tbody>
{"".join(rows)}
  </tbody>
</table>
  </div>
  <h2 class="element-invisible">หน้า</h2><div class="item-list"><ul class="pager">{"".join(pg)}</ul></div>
</div></div></div></div>"""
        return self.html_response(self.shell(f"{SECTION} | {OFFICE}", content, crumb=None))

    # ------------------------------------------------------------------ node
    def gallery(self, a) -> str:
        items = []
        for k, cap in enumerate(CAPTIONS):
            src = self.img(a, k + 1)
            items.append(
                f"""<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="{src.replace("/styles/large/public", "")}" class="colorbox" rel="gallery-node-{a.id}"><img class="lazyloader" src="{PLACEHOLDER}" data-src="{src}" width="480" height="320" alt="" /><noscript><img src="{src}" width="480" height="320" alt="" /></noscript></a><div class="image-caption">{esc(cap)}</div></div>"""
            )
        return f"""<div class="field field-name-field-gallery field-type-image field-label-above"><div class="field-label">ภาพกิจกรรม:&nbsp;</div><div class="field-items">{"".join(items)}</div></div>"""

    def render_node(self, a, base: str):
        full = f"{base}{a.path}"
        alt = ALT_SENTENCE if a.extra["alt_sentence"] else ""
        lead = self.img(a, 0)
        body = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        src = a.extra["src"]
        if src:
            body += f'\n<p style="text-align: right;"><strong>{esc(src[0])}</strong></p>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">คำค้น:&nbsp;</div><div class="field-items">'
                + "".join(
                    f'<div class="field-item {"even" if k % 2 == 0 else "odd"}"><a href="/taxonomy/term/{40 + TAGS.index(t)}" typeof="skos:Concept" property="rdfs:label skos:prefLabel">{esc(t)}</a></div>'
                    for k, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        gal = self.gallery(a) if a.extra["gallery"] else ""
        older, newer = self.neighbours(a)
        nav = []
        if older:
            nav.append(
                f'<li class="prev"><a href="{older.path}">‹ ข่าวก่อนหน้า: {esc(older.title)}</a></li>'
            )
        if newer:
            nav.append(
                f'<li class="next"><a href="{newer.path}">ข่าวถัดไป: {esc(newer.title)} ›</a></li>'
            )
        comments = a.extra["comments"]
        content = f"""<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<div id="node-{a.id}" class="node node-news node-promoted clearfix" about="{a.path}" typeof="sioc:Item foaf:Document">
  <h2 class="node-title">{esc(a.title)}</h2>
  <span property="dc:title" content="{esc(short_title(a.title))}" class="rdf-meta element-hidden"></span>
  <div class="submitted">เผยแพร่เมื่อ {th_long(a.published)}</div>
  <div class="service-links"><span class="service-label">แชร์ :</span> <ul class="links"><li class="service-links-facebook first"><a href="https://www.facebook.com/sharer.php?u={quote(full, safe="")}" title="แชร์ไปยัง Facebook" rel="nofollow" class="service-links-facebook">Facebook</a></li>
<li class="service-links-line"><a href="https://social-plugins.line.me/lineit/share?url={quote(full, safe="")}" rel="nofollow" class="service-links-line">LINE</a></li>
<li class="service-links-twitter last"><a href="https://twitter.com/share?url={quote(full, safe="")}" rel="nofollow" class="service-links-twitter">X</a></li>
</ul> <span class="print-link"><a href="/print/{a.id}" title="แสดงหน้าสำหรับพิมพ์" rel="nofollow">พิมพ์</a></span> <span class="print_mail"><a href="/printmail/{a.id}" title="ส่งหน้านี้ทางอีเมล" rel="nofollow">ส่งอีเมล</a></span></div>
  <div class="content">
    <div class="field field-name-field-image field-type-image field-label-hidden"><div class="field-items"><div class="field-item even"><img class="lazyloader" src="{PLACEHOLDER}" data-src="{lead}" width="800" height="533" alt="{esc(alt)}" title="" /><noscript><img typeof="foaf:Image" src="{lead}" width="800" height="533" alt="{esc(alt)}" /></noscript></div></div></div>
    <div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
    {gal}
    {tags}
  </div>
  <ul class="links inline"><li class="statistics_counter first"><span>จำนวนผู้ชม {thai_digits(f"{a.views:,}")} ครั้ง</span></li>
<li class="rate-like"><a href="/rate/vote/{a.id}?token=Xq" rel="nofollow">ถูกใจ</a> ({thai_digits(a.extra["likes"])})</li>
<li class="share-count"><span>แชร์ {thai_digits(a.extra["shares"])}</span></li>
<li class="comment-count last"><a href="{a.path}#comments">ความคิดเห็น {thai_digits(comments)}</a></li>
</ul>
  <ul class="node-prev-next">{"".join(nav)}</ul>
  <div id="comments" class="comment-wrapper">
    <h2 class="title">ความคิดเห็น</h2>
    <ul class="links"><li class="comment_forbidden first last"><span>กรุณา <a href="/user/login?destination=node/{a.id}%23comment-form">เข้าสู่ระบบ</a> หรือ <a href="/user/register?destination=node/{a.id}%23comment-form">ลงทะเบียน</a> เพื่อแสดงความคิดเห็น</span></li></ul>
  </div>
</div>
</div></div></div>"""
        st = short_title(a.title)
        og = (
            f'<meta property="og:site_name" content="{OFFICE}" />\n  <meta property="og:type" content="article" />\n'
            f'  <meta property="og:url" content="{full}" />\n  <meta property="og:title" content="{esc(st)}" />\n'
            f'  <meta property="og:image" content="{base}{lead}" />\n  <link rel="canonical" href="{full}" />\n'
            f'  <link rel="shortlink" href="{base}/node/{a.id}" />'
        )
        return self.html_response(
            self.shell(f"{esc(st)} | {OFFICE}", content, crumb=a.title, og=og)
        )

    def render_404(self):
        content = f"""<h1 class="page-title">{NOT_FOUND}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system"><div class="content">
<p>{NOT_FOUND_MSG}</p>
<p>กลับไปที่ <a href="/news">ข่าวประชาสัมพันธ์</a> หรือ <a href="/">หน้าแรก</a></p>
</div></div></div>"""
        return self.html_response(
            self.shell(f"{NOT_FOUND} | {OFFICE}", content, crumb=None), status=404
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/news", "/news/"):
            k = query.get("page", ["0"])[0]
            if not k.isdigit() or int(k) >= len(self.pages):
                return self.render_404()
            return self.render_list(int(k))
        m = re.fullmatch(r"/(?:news|node)/(\d+)/?", path)
        if m:
            a = self.by_id.get(int(m[1]))
            if a is not None:
                return self.render_node(a, base)
        return self.render_404()

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "ขนาดอักษร",
                "แชร์ :",
                "Facebook",
                "พิมพ์",
                "ส่งอีเมล",
                "คำค้น:",
                "ภาพกิจกรรม:",
                *CAPTIONS,
                ALT_SENTENCE,
                LATEST,
                CALENDAR,
                CAL_ITEM,
                LOGIN_PROMPT,
                COOKIE,
                COUNTER,
                FOOTER,
                SLOGAN,
                "Devsaran",
                f"จำนวนผู้ชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ถูกใจ",
                f"({thai_digits(a.extra['likes'])})",
                f"แชร์ {thai_digits(a.extra['shares'])}",
                f"ความคิดเห็น {thai_digits(a.extra['comments'])}",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.latest() if x is not a]
            out.append(expected_record(a, modified=False, must_not=on_page(self, a, must_not)))
        return out


SITE = DrupalProfessionalSite()

if __name__ == "__main__":
    main(SITE)
