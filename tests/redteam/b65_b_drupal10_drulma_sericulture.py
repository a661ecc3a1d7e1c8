"""Blind-65 red-team site (part B): a department's news section (กรมหม่อนไหม-like, 2024-2025) on
**Drupal 10.3 with an in-house subtheme of the contributed Drulma base theme** (Bulma CSS, the
header a Bulma hero), core Statistics, Pathauto with Thai aliases, Scheduler, AddToAny,
EU Cookie Compliance and the Visitors module. Built blind (no crawler, pipeline, bench, fixture,
gold page or replica read).

Looked up with the search tool (docs corpus): **Drulma**'s drupal.org page (a base theme for
Bulma; the header is implemented as a Bulma hero; blocks wrapped in `container` / `section`
classes through Block Class; BulmaJS instead of jQuery; Bulma from the jsDelivr CDN) and
**Drulma Companion**'s page (the "Navbar with branding" block for the hero head, primary tabs and
a menu printed as Bulma tabs for the hero foot). From memory: Bulma's markup (`section.hero` with
`hero-head` / `hero-body` / `hero-foot`, `navbar`, `nav.breadcrumb`, `tabs`, `columns`, `media`
objects, `tags`, `nav.pagination` with `pagination-previous` / `pagination-next` /
`pagination-list` / `pagination-link is-current`), Drupal 10 core markup (page title block,
`article[data-history-node-id]`, the field template's `field--name-*` / `field__label` /
`field__item` classes, "ส่งโดย … เมื่อ …" as the Thai "Submitted by … on …", the timestamp
formatter's `time[datetime]` in UTC with a trailing `Z`, Statistics' `statistics-counter` link,
CKEditor 5's `text-align-*` classes and captioned `figure`, the file field's `span.file` with its
size, Views full pager with 0-based query-only hrefs), Pathauto's alias cleaning (punctuation
out, spaces to dashes, 100-character cut on a word boundary), the Scheduler module,
Drupal's stock robots.txt, AddToAny's `a2a_kit`, EU Cookie Compliance's settings in
`drupalSettings`. No one's code or text was copied.

What it imitates (an everyday archive; one quirk):
- list `/news` (Views page "ข่าวประชาสัมพันธ์", 9 teasers a page as Bulma media objects: picture,
  title link, "16 ม.ค. 2024" (Thai month abbreviation, CE year), trimmed summary, "อ่านต่อ"),
  Views full pager in Bulma markup: `?page=1`, `?page=2` (0-based, query-only hrefs);
- news nodes at Pathauto aliases `/ข่าวประชาสัมพันธ์/<title cleaned and cut at 100 characters>`
  (percent-encoded, upper-case hex, as Drupal prints them), also served at `/node/<nid>`
  (canonical and shortlink in the head);
- the page title block **in the Bulma hero** (`h1.title` under the breadcrumb, between the
  navbar and the menu tabs), not inside the `article`; the node: "ส่งโดย <user> เมื่อ
  16 มกราคม 2024 - 10:30" (the site's medium format `j F Y - H:i`: Thai month names, CE year,
  24-hour time) in `time[datetime="…Z"]`; "ปรับปรุงล่าสุด …" (same format, no machine date) only
  on nodes edited later (the subtheme's node template); lead image; CKEditor 5 body from two
  editors (justified paragraphs and a captioned inline picture, or plain paragraphs with
  `&nbsp;` indents); sources as a "แหล่งที่มา" field (inline label) or typed at the end ("ข่าว/ภาพ :"
  bold label, "ที่มา :", "เรียบเรียง :", "ข่าว :", a right-aligned office line), or none; "ภาพกิจกรรม"
  gallery field on some, "เอกสารแนบ" file field on some, "แท็ก" (Bulma tags) on the PR desk's
  nodes, Statistics "เปิดอ่าน 1234 ครั้ง" (no thousands separator); after the node: AddToAny
  "แชร์ข่าวนี้", a "ข่าวที่เกี่ยวข้อง" Views block; sidebar "ข่าวล่าสุด", "ข่าวยอดนิยม",
  "ลิงก์หน่วยงาน"; footer with address and Visitors "สถิติผู้เข้าชม"; the cookie banner only in
  `drupalSettings`;
- **the quirk: morning news queued with Scheduler publish at 06:00 (5 of 24), and Scheduler
  sets the created time to the publication time: the page prints "… - 06:00" while
  `time[datetime]` in UTC names the previous day ("2025-03-15T23:00:00Z" for 16 March
  06:00)**;
- deleted item (linked from page 2): `/ข่าวประชาสัมพันธ์/ทดสอบระบบ`, **200: a test node an
  editor published by mistake: the hero title "ทดสอบระบบ", the submitted line, an empty body
  and "เปิดอ่าน 37 ครั้ง"**;
- robots.txt is Drupal's stock file; unknown paths answer Drupal's themed 404 page.

Judgement calls:
- `published_at`: the node's created time as printed (with its time, every node); the UTC
  `datetime` converted to +07:00 gives the same moment, so the scheduled nodes expect
  06:00 of the printed day, never the UTC day.
- `modified_at`: "ปรับปรุงล่าสุด" with its time where printed; null elsewhere.
- `view_count`: Statistics "เปิดอ่าน N ครั้ง" (every node). The popular block's and Visitors'
  numbers are not the node's.
- `source`: the "แหล่งที่มา" field's value, or the typed line's office (after "ข่าว/ภาพ :",
  "ที่มา :", "เรียบเรียง :", "ข่าว :", or the right-aligned office alone); null where
  none. "ส่งโดย <user>" is
  an account, not the source.
- `tags`: the "แท็ก" field (PR desk's nodes only); the section in the breadcrumb is no tag.
- Body: the body field (the typed source line is part of it and allowed; the "แหล่งที่มา" field
  is not body). Captions, "ภาพกิจกรรม", "เอกสารแนบ" and file names / sizes, the submitted and
  modified lines, counters, share label, related / latest / popular titles, agency links,
  footer address, visitor numbers are in `body_must_not` (only those printed on that page and
  absent from the real text).
"""

from __future__ import annotations

import datetime as dt
import json
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
    paginate,
    qs1,
)
from .b63a_common import build, keep_furniture, spread_back, text_of

DEPT = "กรมหม่อนไหม"
SECTION = "ข่าวประชาสัมพันธ์"
THEME = "qsds_bulma"
BID = THEME.replace("_", "-")  # block ids in HTML
PER = 9
UTC = dt.UTC
ALIAS_BASE = "/" + SECTION + "/"
SCHEDULED = {1, 6, 11, 15, 20}
DELETED_TITLE = "ทดสอบระบบ"
SOURCES = [
    ("field", "กลุ่มประชาสัมพันธ์ กรมหม่อนไหม"),
    ("ข่าว/ภาพ", "ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ น่าน"),
    None,
    ("ที่มา", "สำนักงานเลขานุการกรม กรมหม่อนไหม"),
    ("signoff", "ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ ตาก"),
    ("เรียบเรียง", "กลุ่มประชาสัมพันธ์ กรมหม่อนไหม"),
    ("field", "สถาบันหม่อนไหมแห่งชาติเฉลิมพระเกียรติฯ"),
    ("ข่าว", "ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ สุรินทร์"),
]
TAGS = [
    "ผ้าไหมไทย",
    "ตรานกยูงพระราชทาน",
    "เกษตรกร",
    "หม่อนไหม",
    "OTOP",
    "การถ่ายทอดเทคโนโลยี",
    "ศูนย์เรียนรู้",
]
CAPTIONS = [
    "ภาพ: กลุ่มประชาสัมพันธ์ กรมหม่อนไหม",
    "ภาพประกอบ: ผู้บริหารกรมหม่อนไหมร่วมกิจกรรม",
    "ภาพ: ศูนย์หม่อนไหมเฉลิมพระเกียรติฯ",
]
AGENCIES = [
    ("กระทรวงเกษตรและสหกรณ์", "https://www.moac.go.th/"),
    ("ศูนย์บริการร่วม กระทรวงเกษตรและสหกรณ์", "https://www.moac.go.th/service"),
    ("ศูนย์ดำรงธรรม", "https://www.damrongdhama.moi.go.th/"),
]
ADDRESS = "กรมหม่อนไหม เลขที่ 2175 ถนนพหลโยธิน แขวงลาดยาว เขตจตุจักร กรุงเทพมหานคร 10900"
PHONE = "โทรศัพท์ 0 2558 7924-6 โทรสาร 0 2558 7927"
GALLERY = "ภาพกิจกรรม"
FILES = "เอกสารแนบ"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
POPULAR = "ข่าวยอดนิยม"
LINKS = "ลิงก์หน่วยงาน"
VISITORS = "สถิติผู้เข้าชม"
SOURCE_LABEL = "แหล่งที่มา"
TAG_LABEL = "แท็ก"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งาน อ่านรายละเอียดเพิ่มเติมได้ที่ นโยบายคุกกี้"


def medium(d: dt.datetime) -> str:
    """The site's medium format `j F Y - H:i` (Thai month names from the translation, CE)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M}"


def short(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def utc_z(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def pathauto(title: str) -> str:
    t = re.sub(r"[\"'“”‘’()\[\]{}:;,.!?/\\|<>@#$%^&*=+~`]", "", title)
    t = re.sub(r"[\s_\-]+", "-", t.strip()).lower().strip("-")
    if len(t) > 100:
        cut = t[:100]
        if "-" in cut[50:]:
            cut = cut[: cut.rfind("-")]
        t = cut.strip("-")
    return t


def enc(path: str) -> str:
    return quote(path, safe="/-")


class DrulmaSite(BaseSite):
    key = "b65_b_drupal10_drulma_sericulture"
    family = "drupal"
    imitates = (
        "department news on Drupal 10 + a Drulma (Bulma) subtheme: page title in the hero "
        "header, Thai Pathauto aliases, submitted line 'j F Y - H:i' (CE) over a UTC "
        "time[datetime], Statistics counter, source field or typed sign-off, Bulma tags, "
        "AddToAny, related / latest / popular blocks, Views full pager ?page=N; Scheduler "
        "06:00 posts whose UTC datetime is the previous day"
    )
    listing_path = "/news"

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 3, 21, 17, 0, tzinfo=TZ), offset=11)
        spread_back(arts, 12, 17)
        for i, a in enumerate(arts):
            a.id = 2418 - i * 3 - (i % 2)
            pr_desk = i % 3 != 2
            a.extra["editor"] = "prnews" if pr_desk else "webadmin"
            a.extra["style"] = 0 if pr_desk else 1
            if i in SCHEDULED:
                a.published = a.published.replace(hour=6, minute=0)
                a.modified = None
                a.extra["editor"] = "prnews"
                a.extra["style"] = 0
            a.time_printed = True
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k * 3) % len(TAGS)] for k in range(i % 3)] if pr_desk else []
            a.extra["caption"] = CAPTIONS[i % 3] if a.extra["style"] == 0 and i % 2 == 0 else None
            a.extra["gallery"] = i % 4 in (0, 1)
            a.extra["file"] = f"หนังสือเชิญประชุม_{a.id}.pdf" if i % 5 == 3 else None
            a.extra["slug"] = pathauto(a.title)
            a.path = enc(ALIAS_BASE + a.extra["slug"])
            if a.modified is not None and a.modified - a.published < dt.timedelta(hours=2):
                a.modified = None
        for x, y in zip(arts, arts[1:], strict=False):
            assert x.published > y.published, (x.title, y.title)
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        assert len(self.by_slug) == len(arts)
        self.by_nid = {a.id: a for a in arts}
        # the test node, published by mistake, sits among page 2's rows
        after = arts[PER + 3]
        self.del_nid = after.id + 1
        assert self.del_nid not in self.by_nid
        self.del_when = after.published + dt.timedelta(hours=3, minutes=12)
        assert self.del_when < arts[PER + 2].published
        self.del_path = enc(ALIAS_BASE + DELETED_TITLE)
        rows = arts[: PER + 3] + [None] + arts[PER + 3 :]
        self.pages = paginate(rows, PER)
        assert len(self.pages) == 3 and None in self.pages[1]

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/news", "/news?page=1", "/news?page=2"]

    def deleted_paths(self):
        return [self.del_path]

    def robots(self):
        return (
            "#\n# robots.txt\n#\n# This file is to prevent the crawling and indexing of certain parts\n"
            "# of your site by web crawlers and spiders run by sites like Yahoo!\n# and Google.\n#\n"
            "User-agent: *\n# CSS, JS, Images\nAllow: /core/*.css$\nAllow: /core/*.css?\n"
            "Allow: /core/*.js$\nAllow: /core/*.js?\nAllow: /core/*.gif\nAllow: /core/*.jpg\n"
            "Allow: /core/*.jpeg\nAllow: /core/*.png\nAllow: /core/*.svg\n"
            "Allow: /profiles/*.css$\nAllow: /profiles/*.js$\nAllow: /themes/*.css$\n"
            "Allow: /themes/*.js$\n# Directories\nDisallow: /core/\nDisallow: /profiles/\n"
            "# Files\nDisallow: /README.md\nDisallow: /composer/Metapackage/README.txt\n"
            "Disallow: /web.config\n# Paths (clean URLs)\nDisallow: /admin/\n"
            "Disallow: /comment/reply/\nDisallow: /filter/tips\nDisallow: /node/add/\n"
            "Disallow: /search/\nDisallow: /user/register\nDisallow: /user/password\n"
            "Disallow: /user/login\nDisallow: /user/logout\nDisallow: /media/oembed\n"
            "Disallow: /*/media/oembed\n# Paths (no clean URLs)\nDisallow: /index.php/admin/\n"
            "Disallow: /index.php/comment/reply/\nDisallow: /index.php/filter/tips\n"
            "Disallow: /index.php/node/add/\nDisallow: /index.php/search/\n"
            "Disallow: /index.php/user/password\nDisallow: /index.php/user/register\n"
            "Disallow: /index.php/user/login\nDisallow: /index.php/user/logout\n"
            "Disallow: /index.php/media/oembed\nDisallow: /index.php/*/media/oembed\n"
        )

    def latest(self):
        return self.articles[:5]

    def popular(self, a=None):
        return sorted(self.articles[:14], key=lambda x: -x.views)[:5]

    def related(self, a):
        if not a.tags:
            return []
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:4]

    # ------------------------------------------------------------------ shell
    def head(self, title, base, extra=""):
        settings = {
            "path": {"baseUrl": "/", "pathPrefix": "", "currentLanguage": "th"},
            "pluralDelimiter": "\u0003",
            "eu_cookie_compliance": {
                "popup_enabled": True,
                "popup_html_info": '<div role="alertdialog" aria-labelledby="popup-text" '
                'class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info">'
                f'<div class="popup-content info"><div id="popup-text"><p>{COOKIE}</p></div>'
                '<div id="popup-buttons"><button type="button" class="agree-button '
                'eu-cookie-compliance-default-button">ยอมรับ</button></div></div></div>',
                "popup_position": False,
            },
            "statistics": {"data": {"nid": "0"}, "url": "/core/modules/statistics/statistics.php"},
            "user": {"uid": 0, "permissionsHash": "5f0c3e9a1b"},
        }
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{extra}<link rel="icon" href="/themes/custom/{THEME}/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title)} | {DEPT}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_R1w9yHcP2mZ0.css?delta=0&amp;language=th&amp;theme={THEME}&amp;include=eJxLz" />
    <link rel="stylesheet" media="all" href="https://cdn.jsdelivr.net/npm/bulma@0.9.4/css/bulma.min.css" />
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_8kF2aQvL0xW1.css?delta=2&amp;language=th&amp;theme={THEME}&amp;include=eJxLz" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{json.dumps(settings, ensure_ascii=False)}</script>
  </head>"""

    def hero(self, title, crumbs):
        items = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
        active = ' class="is-active"'
        tabs = "".join(
            f'<li{active if t == SECTION else ""}><a href="{h}">{t}</a></li>'
            for h, t in [
                ("/", "หน้าแรก"),
                ("/about", "เกี่ยวกับกรม"),
                ("/news", SECTION),
                ("/activity", "ข่าวกิจกรรม"),
                ("/procurement", "จัดซื้อจัดจ้าง"),
                ("/ita", "ITA"),
                ("/contact", "ติดต่อเรา"),
            ]
        )
        title_block = (
            f'<div id="block-{BID}-page-title" class="block block-core block-page-title-block">\n'
            f'  <h1 class="title is-3 has-text-white"><span class="field field--name-title field--type-string field--label-hidden">{esc(title)}</span></h1>\n'
            "</div>"
            if title is not None
            else ""
        )
        return f"""<section class="hero is-primary">
  <div class="hero-head">
    <nav class="navbar" role="navigation" aria-label="main navigation">
      <div class="container">
        <div class="navbar-brand">
          <a class="navbar-item" href="/" rel="home"><img src="/themes/custom/{THEME}/logo.svg" alt="หน้าแรก" width="48" height="48" /></a>
          <a class="navbar-item has-text-weight-bold" href="/" rel="home">{DEPT}<br /><small>Queen Sirikit Department of Sericulture</small></a>
          <a role="button" class="navbar-burger" aria-label="menu" aria-expanded="false" data-target="navbar-main"><span aria-hidden="true"></span><span aria-hidden="true"></span><span aria-hidden="true"></span></a>
        </div>
        <div id="navbar-main" class="navbar-menu">
          <div class="navbar-end">
            <a class="navbar-item" href="/en">English</a>
            <div class="navbar-item"><form action="/search/node" method="get" id="search-block-form" accept-charset="UTF-8"><div class="field has-addons"><div class="control"><input title="ป้อนคำที่คุณต้องการค้นหา" type="search" name="keys" class="input is-small" placeholder="ค้นหา" /></div><div class="control"><button type="submit" class="button is-small is-link">ค้นหา</button></div></div></form></div>
          </div>
        </div>
      </div>
    </nav>
  </div>
  <div class="hero-body">
    <div class="container">
      <div id="block-{BID}-breadcrumbs" class="block block-system block-system-breadcrumb-block">
        <nav class="breadcrumb has-arrow-separator is-small" aria-label="breadcrumbs"><ul>{items}</ul></nav>
      </div>
      {title_block}
    </div>
  </div>
  <div class="hero-foot">
    <nav class="tabs is-boxed"><div class="container"><ul>{tabs}</ul></div></nav>
  </div>
</section>"""

    def sidebar(self):
        latest = "".join(
            f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a> <span class="is-size-7 has-text-grey">{short(x.published)}</span></li>'
            for x in self.latest()
        )
        pop = "".join(
            f'<li><a href="{x.path}" hreflang="th">{esc(x.title)}</a></li>' for x in self.popular()
        )
        links = "".join(f'<li><a href="{u}">{esc(n)}</a></li>' for n, u in AGENCIES)
        return f"""<aside class="column is-one-third" role="complementary">
  <div class="region region-sidebar">
    <div class="views-element-container block block-views block-views-blocknews-latest box" id="block-{BID}-views-block-news-latest">
      <h2 class="title is-5">{LATEST}</h2>
      <div><div class="view view-news view-id-news view-display-id-latest"><div class="view-content"><ul class="news-latest">{latest}</ul></div></div></div>
    </div>
    <div class="block block-statistics block-statistics-popular-block box" id="block-{BID}-popularcontent">
      <h2 class="title is-5">{POPULAR}</h2>
      <h3 class="is-size-6 has-text-weight-semibold">ตลอดกาล:</h3>
      <div class="item-list"><ul>{pop}</ul></div>
    </div>
    <div class="block block-menu navigation menu--agency-links box" id="block-{BID}-agencylinks">
      <h2 class="title is-5">{LINKS}</h2>
      <ul class="menu-list">{links}</ul>
    </div>
    <div class="box"><a href="https://www.moac.go.th/ita" target="_blank"><img src="/sites/default/files/banner/ita-2568.png" alt="ITA 2568" /></a></div>
  </div>
</aside>"""

    def page(
        self, *, title, hero_title, crumbs, content, sidebar, base, extra_head="", body_class=""
    ):
        side = self.sidebar() if sidebar else ""
        main_col = "column is-two-thirds" if sidebar else "column"
        return f"""{self.head(title, base, extra_head)}
  <body class="{body_class}">
        <a href="#main-content" class="visually-hidden focusable skip-link">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
{self.hero(hero_title, crumbs)}
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <section class="section">
    <div class="container">
      <div class="columns">
        <div class="{main_col}">
          <div class="region region-content">
            <div data-drupal-messages-fallback class="hidden"></div>
{content}
          </div>
        </div>
{side}
      </div>
    </div>
  </section>
</main>
<footer class="footer" role="contentinfo">
  <div class="container">
    <div class="columns">
      <div class="column is-half">
        <p class="has-text-weight-bold">{DEPT}</p>
        <p>{ADDRESS}</p>
        <p>{PHONE}</p>
        <p>อีเมล: saraban@qsds.go.th</p>
      </div>
      <div class="column">
        <div id="block-{BID}-visitors" class="block block-visitors">
          <h2 class="title is-6">{VISITORS}</h2>
          <ul><li>ผู้เข้าชมทั้งหมด: 1,284,507</li><li>ผู้เข้าชมวันนี้: 862</li><li>ผู้ใช้ออนไลน์: 7</li><li>เริ่มนับเมื่อ: 01/10/2022</li></ul>
        </div>
      </div>
      <div class="column">
        <ul><li><a href="/policy">นโยบายเว็บไซต์</a></li><li><a href="/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/cookie-policy">นโยบายคุกกี้</a></li><li><a href="/sitemap">แผนผังเว็บไซต์</a></li></ul>
      </div>
    </div>
    <p class="has-text-centered is-size-7">Copyright © 2025 {DEPT} สงวนลิขสิทธิ์</p>
  </div>
</footer>
    </div>
    <script src="/sites/default/files/js/js_nQ0a7x3Hb2k.js?scope=footer&amp;delta=0&amp;language=th&amp;theme={THEME}&amp;include=eJxLz"></script>
    <script src="https://static.addtoany.com/menu/page.js" async></script>
  </body>
</html>
"""

    # ------------------------------------------------------------------ node
    def body_html(self, a):
        s = a.extra["style"]
        out = []
        for k, p in enumerate(a.paras):
            if s == 0:
                out.append(f'<p class="text-align-justify">{esc(p)}</p>')
                if k == 0 and a.extra["caption"]:
                    out.append(
                        f'<figure role="group" class="caption caption-img align-center"><img src="/sites/default/files/inline-images/IMG_{a.id}_2.jpg" data-entity-uuid="" data-entity-type="file" alt="" width="800" height="533" loading="lazy" />'
                        f"<figcaption>{esc(a.extra['caption'])}</figcaption></figure>"
                    )
            else:
                out.append(f"<p>&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>")
        label = a.extra["label"]
        if a.source and label != "field":
            if label == "signoff":
                out.append(f'<p class="text-align-right">{esc(a.source)}</p>')
            elif label == "ข่าว/ภาพ":
                out.append(f"<p><strong>{label} :</strong> {esc(a.source)}</p>")
            else:
                out.append(f"<p>{label} : {esc(a.source)}</p>")
        return "\n".join(out)

    def node_article(
        self, a, *, title, when, views, body, extra_fields="", tags=(), modified=None, nid=None
    ):
        nid = nid or a.id
        changed = (
            f'<div class="node__changed is-size-7 has-text-grey">ปรับปรุงล่าสุด {medium(modified)}</div>'
            if modified
            else ""
        )
        image = (
            f'<div class="field field--name-field-image field--type-image field--label-hidden field__item">'
            f'<figure class="image"><img loading="lazy" src="/sites/default/files/styles/wide/public/{when:%Y-%m}/cover_{nid}.jpg.webp?itok=Qx{nid}" width="1090" height="613" alt="" /></figure></div>'
            if a is not None
            else ""
        )
        body_div = (
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item content">{body}</div>'
            if body
            else ""
        )
        tag_html = ""
        if tags:
            links = "".join(
                f'<a href="/taxonomy/term/{40 + TAGS.index(t)}" class="tag is-info is-light" hreflang="th">{esc(t)}</a>'
                for t in tags
            )
            tag_html = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix">'
                f'<div class="field__label">{TAG_LABEL}</div><div class="field__items tags">{links}</div></div>'
            )
        return f"""<div id="block-{BID}-content" class="block block-system block-system-main-block">
  <article data-history-node-id="{nid}" class="node node--type-news node--view-mode-full">
    <footer class="node__meta">
      <div class="node__submitted is-size-7 has-text-grey">ส่งโดย <span class="field field--name-uid field--type-entity-reference field--label-hidden"><span>{esc(a.extra["editor"] if a else "webadmin")}</span></span> เมื่อ <span class="field field--name-created field--type-created field--label-hidden"><time datetime="{utc_z(when)}" title="{esc(medium(when))}" class="datetime">{medium(when)}</time></span></div>
      {changed}
    </footer>
    <div class="node__content">
      {image}
      {body_div}
      {extra_fields}
      {tag_html}
      <div class="node__links"><ul class="links inline"><li class="statistics-counter">เปิดอ่าน {views} ครั้ง</li></ul></div>
    </div>
  </article>
</div>"""

    def fields(self, a):
        out = []
        if a.extra["label"] == "field":
            out.append(
                '<div class="field field--name-field-source field--type-string field--label-inline clearfix">'
                f'<div class="field__label">{SOURCE_LABEL}</div><div class="field__item">{esc(a.source)}</div></div>'
            )
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="column is-3"><a href="/sites/default/files/gallery/{a.published:%Y-%m}/{a.id}_{k}.jpg" class="photoswipe" data-size="1600x1067"><figure class="image is-4by3"><img src="/sites/default/files/styles/thumbnail/public/gallery/{a.published:%Y-%m}/{a.id}_{k}.jpg?itok=g{k}" alt="" loading="lazy" /></figure></a></div>'
                for k in range(1, 7)
            )
            out.append(
                '<div class="field field--name-field-gallery field--type-image field--label-above">'
                f'<div class="field__label">{GALLERY}</div><div class="field__items columns is-multiline is-mobile">{pics}</div></div>'
            )
        if a.extra["file"]:
            name = a.extra["file"]
            out.append(
                '<div class="field field--name-field-attachments field--type-file field--label-above">'
                f'<div class="field__label">{FILES}</div><div class="field__items"><div class="field__item">'
                f'<span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/{a.published:%Y-%m}/{quote(name)}" type="application/pdf">{esc(name)}</a></span>'
                " <span>(245.38 KB)</span></div></div></div>"
            )
        return "\n      ".join(out)

    def after_node(self, a, base):
        u = quote(base + a.path, safe="")
        t = quote(a.title, safe="")
        share = f"""<div id="block-{BID}-addtoany" class="block block-addtoany block-addtoany-block">
  <h2 class="title is-6">{SHARE}</h2>
  <span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{base}{a.path}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={u}&amp;linkname={t}"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={u}&amp;linkname={t}"></a><a class="a2a_button_x"></a><a class="a2a_button_copy_link"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={u}&amp;title={t}"></a></span>
</div>"""
        rel = self.related(a)
        if rel:
            items = "".join(
                f'<div class="column is-half"><div class="box"><a href="{x.path}" hreflang="th">{esc(x.title)}</a><p class="is-size-7 has-text-grey">{short(x.published)}</p></div></div>'
                for x in rel
            )
            share += f"""
<div class="views-element-container block block-views block-views-blocknews-related" id="block-{BID}-views-block-news-related">
  <h2 class="title is-5">{RELATED}</h2>
  <div><div class="view view-news view-id-news view-display-id-related"><div class="view-content columns is-multiline">{items}</div></div></div>
</div>"""
        return share

    def render_node(self, a, base):
        crumbs = [("/", "หน้าแรก"), ("/news", SECTION)]
        art = self.node_article(
            a,
            title=a.title,
            when=a.published,
            views=a.views,
            body=self.body_html(a),
            extra_fields=self.fields(a),
            tags=a.tags,
            modified=a.modified,
        )
        head = (
            f'<link rel="canonical" href="{base}{a.path}" />\n'
            f'<link rel="shortlink" href="{base}/node/{a.id}" />\n'
        )
        html = self.page(
            title=a.title,
            hero_title=a.title,
            crumbs=crumbs,
            content=art + "\n" + self.after_node(a, base),
            sidebar=True,
            base=base,
            extra_head=head,
            body_class="path-node page-node-type-news",
        )
        return self.html_response(html)

    def render_deleted(self, base):
        crumbs = [("/", "หน้าแรก"), ("/news", SECTION)]
        art = self.node_article(
            None, title=DELETED_TITLE, when=self.del_when, views=37, body="", nid=self.del_nid
        )
        head = (
            f'<link rel="canonical" href="{base}{self.del_path}" />\n'
            f'<link rel="shortlink" href="{base}/node/{self.del_nid}" />\n'
        )
        html = self.page(
            title=DELETED_TITLE,
            hero_title=DELETED_TITLE,
            crumbs=crumbs,
            content=art,
            sidebar=True,
            base=base,
            extra_head=head,
            body_class="path-node page-node-type-news",
        )
        return self.html_response(html)

    def render_404(self, base):
        content = (
            f'<div id="block-{BID}-content" class="block block-system block-system-main-block">'
            '<div class="notification is-warning">ไม่พบหน้าที่ร้องขอ</div></div>'
        )
        html = self.page(
            title="ไม่พบหน้า",
            hero_title="ไม่พบหน้า",
            crumbs=[("/", "หน้าแรก")],
            content=content,
            sidebar=False,
            base=base,
        )
        return self.html_response(html, status=404)

    # ------------------------------------------------------------------ list
    def teaser(self, a):
        if a is None:
            return f"""<div class="views-row"><article data-history-node-id="{self.del_nid}" class="node node--type-news node--view-mode-teaser media">
  <div class="media-content"><h2 class="title is-5"><a href="{self.del_path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{DELETED_TITLE}</span></a></h2>
  <p class="is-size-7 has-text-grey">{short(self.del_when)}</p>
  <p><a href="{self.del_path}" class="button is-small is-link is-light" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {DELETED_TITLE}</span></a></p></div>
</article></div>"""
        summary = a.paras[0][:180].rsplit(" ", 1)[0] + "…"
        return f"""<div class="views-row"><article data-history-node-id="{a.id}" class="node node--type-news node--view-mode-teaser media">
  <figure class="media-left"><p class="image is-128x128"><a href="{a.path}"><img loading="lazy" src="/sites/default/files/styles/teaser/public/{a.published:%Y-%m}/cover_{a.id}.jpg.webp?itok=T{a.id}" width="128" height="128" alt="" /></a></p></figure>
  <div class="media-content"><h2 class="title is-5"><a href="{a.path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h2>
  <p class="is-size-7 has-text-grey">{short(a.published)}</p>
  <div class="content">{esc(summary)}</div>
  <p><a href="{a.path}" class="button is-small is-link is-light" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(a.title)}</span></a></p></div>
</article></div>"""

    def pager(self, n):
        total = len(self.pages)
        prev = (
            f'<a class="pagination-previous" href="?page={n - 1}" title="ไปหน้าก่อนหน้า" rel="prev">‹ ก่อนหน้า</a>'
            if n > 0
            else '<a class="pagination-previous" disabled>‹ ก่อนหน้า</a>'
        )
        nxt = (
            f'<a class="pagination-next" href="?page={n + 1}" title="ไปหน้าถัดไป" rel="next">ถัดไป ›</a>'
            if n < total - 1
            else '<a class="pagination-next" disabled>ถัดไป ›</a>'
        )
        items = "".join(
            f'<li><a class="pagination-link is-current" href="?page={k}" title="หน้าปัจจุบัน" aria-current="page">{k + 1}</a></li>'
            if k == n
            else f'<li><a class="pagination-link" href="?page={k}" title="ไปหน้า {k + 1}">{k + 1}</a></li>'
            for k in range(total)
        )
        return (
            '<nav class="pagination is-centered" role="navigation" aria-labelledby="pagination-heading">'
            '<h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>'
            f'{prev}{nxt}<ul class="pagination-list js-pager__items">{items}</ul></nav>'
        )

    def render_list(self, n, base):
        rows = "\n".join(self.teaser(a) for a in self.pages[n])
        count = len(self.articles) + 1
        content = f"""<div id="block-{BID}-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-4f1b0c7e">
  <div class="view-header"><p class="is-size-7 has-text-grey">แสดง {n * PER + 1} - {min((n + 1) * PER, count)} จากทั้งหมด {count} รายการ</p></div>
  <div class="view-content">
{rows}
  </div>
  {self.pager(n)}
</div></div>
</div>"""
        html = self.page(
            title=SECTION,
            hero_title=SECTION,
            crumbs=[("/", "หน้าแรก")],
            content=content,
            sidebar=True,
            base=base,
            body_class="path-news",
        )
        return self.html_response(html)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/news":
            page = qs1(query, "page", "0")
            if not page.isdigit() or int(page) >= len(self.pages):
                return self.render_404(base)
            return self.render_list(int(page), base)
        if path.startswith(ALIAS_BASE):
            slug = path[len(ALIAS_BASE) :]
            if slug == DELETED_TITLE:
                return self.render_deleted(base)
            a = self.by_slug.get(slug)
            if a is not None:
                return self.render_node(a, base)
            return self.render_404(base)
        m = re.fullmatch(r"/node/(\d+)", path)
        if m:
            nid = int(m[1])
            if nid == self.del_nid:
                return self.render_deleted(base)
            if nid in self.by_nid:
                return self.render_node(self.by_nid[nid], base)
        return self.render_404(base)

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            text = text_of(self.render_node(a, "http://127.0.0.1")[2].decode("utf-8"))
            cands = [
                f"ส่งโดย {a.extra['editor']} เมื่อ {medium(a.published)}",
                medium(a.published),
                f"ปรับปรุงล่าสุด {medium(a.modified)}" if a.modified else "",
                f"เปิดอ่าน {a.views} ครั้ง",
                SOURCE_LABEL if a.extra["label"] == "field" else "",
                a.extra["caption"] or "",
                GALLERY,
                FILES,
                a.extra["file"] or "",
                "(245.38 KB)",
                SHARE,
                RELATED,
                LATEST,
                POPULAR,
                LINKS,
                VISITORS,
                ADDRESS,
                PHONE,
                "ผู้เข้าชมทั้งหมด: 1,284,507",
                AGENCIES[0][0],
                "ข้ามไปยังเนื้อหาหลัก",
                "Queen Sirikit Department of Sericulture",
            ]
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in self.latest() if x is not a]
            cands += [x.title for x in self.popular() if x is not a]
            must_not = keep_furniture(cands, text, a)
            rec = expected_record(a, published_time=True, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = DrulmaSite()

if __name__ == "__main__":
    main(SITE)
