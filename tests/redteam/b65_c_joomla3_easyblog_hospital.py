"""Blind-65 red-team site (part C): a provincial hospital's news (โรงพยาบาลสมเด็จพระเจ้าตากสิน
มหาราช-like, 2023-2024) on **Joomla 3.10 with StackIdeas EasyBlog 5 as the news component**
(its `wireframe` theme, the EasyBlog composer), inside a Thai vendor's Bootstrap 3 template
(`/templates/tsh_blue/`), Thai language pack, Vinaora Visitors Counter and a cookie notice
module. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): EasyBlog's `wireframe` theme files kept in a
public site repository (`components/com_easyblog/themes/wireframe/`): `entry/default/default.php`
(`div[data-eb-post-section]` › `div.eb-entry` with `eb-entry-tools`, `eb-entry-head`,
`eb-entry-body` › `eb-entry-article[data-blog-content]`, the social buttons, `eb-entry-tags`,
`eb-entry-nav`, related posts, comments, then the JSON-LD helper), `helpers/post/entry/meta.php`
(`div.eb-entry-meta.text-muted`: category, author, date, hits, comments), `helpers/post/date.php`
(`time.eb-meta-date` whose `content` is the LC4 day and whose text is the LC1 date),
`helpers/post/hits.php`, `helpers/post/tags.php` (`div.eb-tags` with a label cell),
`helpers/post/entry/navigation.php` (`eb-entry-nav-prev` / `-next` with the neighbours'
titles), `helpers/post/entry/related.php`, `helpers/post/entry/title/standard.php`
(`h1.eb-entry-title.reset-heading`), `helpers/post/entry/schema.php` (**JSON-LD
BlogPosting with `datePublished`, `dateCreated` and `dateModified` as `Y-m-d` days and the
whole text in `articleBody`**), `listing/default.php` and `latest/default/default.php`
(`div.eb-post-listing` › `eb-post-listing__item` › `eb-post`), and EasyBlog 5's pager
(`div.eb-pager` with **"Prev" / "Next" hard-coded in English** around the page links);
composer block markup from public sources: `div.ebd-block[data-type=text]` (a text block holds
`<p>` or bare text), `[data-type=image]` with `eb-image` / `eb-image-caption`,
`[data-type=thumbnails]` with `eb-thumbs` / `eb-thumb`, `[data-type=file]` with
`eb-block-file`. From memory: Joomla 3's `<base href>`, generator meta and
`body.site.com_easyblog.view-entry`, mod_breadcrumbs "คุณอยู่ที่:", the `limitstart`
pagination parameter, EasyBlog's `b2ap3_large_` / `b2ap3_thumbnail_` image names under
`/images/easyblog_articles/<id>/`, the Thai strings, Vinaora Visitors Counter's rows. No one's
code or text was copied.

What it imitates (an everyday archive; one quirk):
- the menu item "ข่าวโรงพยาบาล" (`/news`, EasyBlog's latest view), `?limitstart=8`,
  `?limitstart=16` (8 a page: thumbnail, title, "12 มิถุนายน 2024", author, category, intro,
  "อ่านต่อ", hits and comment count); entries `/news/entry/<alias>`, where the alias of a Thai
  title is the UTC save moment (`2024-06-12-03-21-45`) except for the PR officer who types
  `tsh-pr-67-031`; categories, tags and bloggers under `/news/categories/…`, `/news/tags/…`,
  `/news/blogger/…`;
- the entry: `<title>` "headline - hospital", canonical; font size / print tools; the
  headline; the meta row (category, author account, "พุธ, 12 มิถุนายน 2024" — Thai day and
  month, **CE year**, no time —, "เข้าชม N ครั้ง", "0 ความคิดเห็น"); the cover picture; the
  text; share buttons; "แท็ก:" on some; neighbours' titles; "บทความที่เกี่ยวข้อง"; comments
  ("ยังไม่มีความคิดเห็น", login prompt); the JSON-LD; sidebar "ข่าวล่าสุด", "หมวดหมู่ข่าว",
  "บริการออนไลน์", "สถิติผู้เข้าชม"; footer address; cookie notice;
- editors: the PR officer (composer: a text block per paragraph with `<p>`, an image block
  with a caption after the first paragraph, a thumbnails gallery on some), the nursing
  division's account (composer: bare text in each block, a PDF file block on some), and the
  2023 posts written before the upgrade in the legacy editor (`&nbsp;`-indented justified
  `<p>`s and a centred picture); sources "ข่าว/ภาพ :" (bold label), "ที่มา :", "เรียบเรียง :",
  "ข่าว :", a right-aligned office line, or none;
- **the quirk: the EasyBlog composer's block markup — every paragraph is its own
  `div.ebd-block[data-type=text]`, and the nursing division's blocks hold bare text with no
  `<p>` at all, between image / gallery / file blocks**;
- deleted item (linked from page 2, which the System - Page Cache plugin still serves from
  before the post was trashed): `/news/entry/<alias>`, **200: the full template with EasyBlog's
  message "ขออภัย ไม่พบบทความที่ท่านต้องการ บทความนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว" in the
  component** (any unknown entry alias answers the same).

Judgement calls: `published_at` is the day (the meta row and the JSON-LD print no time);
`modified_at` the JSON-LD `dateModified` day, printed for every post, so never-edited posts
expect the publication day (the established call for a modification date printed on every
item); `view_count` "เข้าชม N ครั้ง" of the entry; `source` the office after the label or the
right-aligned office line; `tags` the "แท็ก:" links; the category and the author account are
neither. Image captions are neither required nor forbidden; the file block's name, size and
"ดาวน์โหลด", the meta strings, share, navigation, related and latest titles, comment prompts,
sidebar, counter, cookie and address strings are furniture.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    paginate,
    qs1,
)
from .b63a_common import build, keep_furniture, spread_back, text_of

HOSP = "โรงพยาบาลสมเด็จพระเจ้าตากสินมหาราช"
HOSP_EN = "Somdejphrajaotaksin Maharaj Hospital"
MENU = "/news"
SECTION = "ข่าวโรงพยาบาล"
PER = 8
WEEKDAYS_SHORT = ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์"]
CATEGORIES = [
    ("hospital-news", "ข่าวโรงพยาบาล"),
    ("activities", "ข่าวกิจกรรม"),
    ("health-news", "ข่าวสุขภาพ"),
]
AUTHORS = [
    ("prtsh", "ประชาสัมพันธ์ TSH"),
    ("nursetsh", "Nursing TSH"),
    ("admin", "Super User"),
]
SOURCES = [
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ โรงพยาบาลสมเด็จพระเจ้าตากสินมหาราช"),
    ("ที่มา", "กลุ่มงานการพยาบาล"),
    None,
    ("signoff", "กลุ่มงานเวชกรรมสังคม"),
    ("เรียบเรียง", "งานประชาสัมพันธ์ โรงพยาบาลสมเด็จพระเจ้าตากสินมหาราช"),
    ("ข่าว", "สำนักงานสาธารณสุขจังหวัดตาก"),
]
TAG_SLUGS = {
    "ประชาสัมพันธ์": "pr",
    "ผู้ว่าราชการจังหวัด": "governor",
    "เศรษฐกิจ": "economy",
    "การศึกษา": "education",
    "สาธารณสุข": "public-health",
    "เกษตรกร": "farmers",
    "โควิด-19": "covid-19",
    "ท่องเที่ยว": "tourism",
    "ความมั่นคง": "security",
    "สังคม": "society",
    "OTOP": "otop",
    "SMEs": "smes",
}
CAPTIONS = [
    "บรรยากาศการประชุม",
    "ผู้บริหารโรงพยาบาลร่วมต้อนรับคณะ",
    "เจ้าหน้าที่ร่วมกิจกรรม",
]
LATEST = "ข่าวล่าสุด"
CATS_HEAD = "หมวดหมู่ข่าว"
SERVICES = "บริการออนไลน์"
VISITORS = "สถิติผู้เข้าชม"
RELATED = "บทความที่เกี่ยวข้อง"
COMMENTS = "ความคิดเห็น"
NO_COMMENTS = "ยังไม่มีความคิดเห็น"
LOGIN = "กรุณาเข้าสู่ระบบเพื่อแสดงความคิดเห็น"
TAGGED = "แท็ก:"
DOWNLOAD = "ดาวน์โหลด"
FONT = "ขนาดตัวอักษร"
PRINT = "พิมพ์"
READMORE = "อ่านต่อ"
COOKIE = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุ้มครองข้อมูลส่วนบุคคล"
COOKIE_OK = "ยอมรับ"
ADDRESS = "189 หมู่ 1 ถนนพหลโยธิน ตำบลหนองหลวง อำเภอเมืองตาก จังหวัดตาก 63000"
NOTFOUND = "ขออภัย ไม่พบบทความที่ท่านต้องการ บทความนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว"


def lc1(d: dt.datetime) -> str:
    """The Thai pack's DATE_FORMAT_LC1 "l, d F Y": Thai day and month names, CE year."""
    return f"{WEEKDAYS_SHORT[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def lc3(d: dt.datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def utc_alias(d: dt.datetime, sec: int) -> str:
    u = (d - dt.timedelta(hours=7)).replace(second=sec)
    return u.strftime("%Y-%m-%d-%H-%M-%S")


class EasyBlogHospitalSite(BaseSite):
    key = "b65_c_joomla3_easyblog_hospital"
    family = "joomla"
    imitates = (
        "provincial hospital news on Joomla 3.10 + EasyBlog 5 (wireframe theme): latest view "
        "/news?limitstart=N with an English Prev/Next pager, /news/entry/<alias> with the "
        "eb-entry meta row (Thai LC1 date, CE, no time; hits), composer text blocks per "
        "paragraph (bare text in one editor's), image / gallery / file blocks, JSON-LD "
        "datePublished / dateModified days, tags, prev/next, related, comments"
    )
    listing_path = MENU

    def __init__(self):
        arts = build(self.key, 23, start=dt.datetime(2024, 11, 22, 16, 0, tzinfo=TZ), offset=19)
        spread_back(arts, 16, 24)
        for i, a in enumerate(arts):
            a.id = 612 - i * 3 - (i % 2)
            style = 2 if i >= 16 else (0 if (i * 3 + i // 4) % 5 < 3 else 1)
            if style == 2:  # written in 2023, before the upgrade to the composer
                back = dt.timedelta(days=330)
                a.published -= back
                if a.modified:
                    a.modified -= back
            a.extra["style"] = style
            a.extra["author"] = AUTHORS[style]
            if style == 0 and i % 3 == 1:
                alias = f"tsh-pr-{(a.published.year + 543) % 100}-{140 - i * 4:03d}"
            else:
                alias = utc_alias(a.published, (a.id * 7) % 60)
            a.extra["alias"] = alias
            a.path = f"{MENU}/entry/{alias}"
            a.extra["cat"] = CATEGORIES[0] if i % 3 == 0 else CATEGORIES[1 + i % 2]
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.time_printed = False
            if a.modified is None:
                a.modified = a.published  # dateModified = the first save's day
            if style == 2:
                a.tags = []
            a.extra["caption"] = CAPTIONS[i % 3] if style == 0 and i % 2 == 0 else None
            a.extra["gallery"] = style == 0 and i % 3 != 2
            a.extra["pdf"] = (
                (
                    f"ประกาศรับสมัคร_{a.id}.pdf",
                    f"{180 + (a.id * 37) % 700}.{(a.id * 13) % 100:02d} kb",
                )
                if style == 1 and i % 2 == 1
                else None
            )
        self.articles = arts
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        after = self.pages[1][3]
        self.gone_when = after.published + dt.timedelta(hours=2, minutes=17)
        self.gone_alias = utc_alias(self.gone_when, 41)
        self.gone_title = "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานกระทรวงสาธารณสุข (ฉบับแก้ไข)"
        aliases = [a.extra["alias"] for a in arts]
        assert len(set(aliases)) == len(aliases) and self.gone_alias not in aliases

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return [MENU] + [f"{MENU}?limitstart={k * PER}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"{MENU}/entry/{self.gone_alias}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return older, newer

    def related(self, a):
        return [x for x in self.articles if x is not a and x.extra["cat"] == a.extra["cat"]][:3]

    def latest(self):
        return self.articles[:5]

    # ------------------------------------------------------------------ shell
    def modules(self):
        lis = "".join(
            f'<div class="eb-mod-item"><div class="eb-mod-title"><a href="{x.path}" class="eb-mod-media-title">{esc(x.title)}</a></div>'
            f'<div class="eb-mod-meta"><time class="eb-meta-date">{lc3(x.published)}</time></div></div>'
            for x in self.latest()
        )
        counts = {slug: 0 for slug, _ in CATEGORIES}
        for x in self.articles:
            counts[x.extra["cat"][0]] += 1
        cats = "".join(
            f'<div class="eb-mod-item"><a href="{MENU}/categories/{slug}">{name}</a> <span class="eb-mod-media-count">({counts[slug]})</span></div>'
            for slug, name in CATEGORIES
        )
        return f"""<aside class="col-md-3 sidebar-right">
  <div class="moduletable">
    <h3>{LATEST}</h3>
    <div id="eb" class="eb-mod mod_easyblogmostrecent">{lis}</div>
  </div>
  <div class="moduletable">
    <h3>{CATS_HEAD}</h3>
    <div id="eb" class="eb-mod mod_easyblogcategories">{cats}</div>
  </div>
  <div class="moduletable">
    <h3>{SERVICES}</h3>
    <ul class="nav menu"><li><a href="/online/queue">จองคิวออนไลน์</a></li><li><a href="/online/right">ตรวจสอบสิทธิการรักษา</a></li><li><a href="/online/doctor">ตารางออกตรวจแพทย์</a></li><li><a href="/ita">ITA โรงพยาบาล</a></li></ul>
  </div>
  <div class="moduletable">
    <h3>{VISITORS}</h3>
    <div class="vvisit_counter">
      <table cellpadding="0" cellspacing="0" style="width: 90%;"><tbody>
        <tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/default/vtoday.png" alt="วันนี้" title="วันนี้"></td><td>วันนี้</td><td align="right">412</td></tr>
        <tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/default/vyesterday.png" alt="เมื่อวาน" title="เมื่อวาน"></td><td>เมื่อวาน</td><td align="right">786</td></tr>
        <tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/default/vweek.png" alt="สัปดาห์นี้" title="สัปดาห์นี้"></td><td>สัปดาห์นี้</td><td align="right">2905</td></tr>
        <tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/default/vmonth.png" alt="เดือนนี้" title="เดือนนี้"></td><td>เดือนนี้</td><td align="right">15217</td></tr>
        <tr align="left"><td><img src="/modules/mod_vvisit_counter/images/tbl/default/vall.png" alt="ทั้งหมด" title="ทั้งหมด"></td><td>ทั้งหมด</td><td align="right">1406338</td></tr>
      </tbody></table>
    </div>
  </div>
</aside>"""

    def shell(self, component, *, title, base, here, view, crumb, head_extra=""):
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="th-th" lang="th-th" dir="ltr">
<head>
  <meta name="viewport" content="width=device-width, initial-scale=1.0" />
  <base href="{base}{here}" />
  <meta http-equiv="content-type" content="text/html; charset=utf-8" />
  <meta name="keywords" content="โรงพยาบาล, ตาก, สมเด็จพระเจ้าตากสินมหาราช" />
{head_extra}  <meta name="generator" content="Joomla! - Open Source Content Management" />
  <title>{esc(title)}</title>
  <link href="/templates/tsh_blue/favicon.ico" rel="shortcut icon" type="image/vnd.microsoft.icon" />
  <link href="/components/com_easyblog/themes/wireframe/styles/style-5.4.11.min.css" rel="stylesheet" />
  <link href="/templates/tsh_blue/css/bootstrap.min.css" rel="stylesheet" />
  <link href="/templates/tsh_blue/css/template.css" rel="stylesheet" />
  <script src="/media/jui/js/jquery.min.js?6a1ed0f5b1b0d7c9e0c6a2f2e6d58d4d"></script>
  <script src="/media/jui/js/jquery-noconflict.js?6a1ed0f5b1b0d7c9e0c6a2f2e6d58d4d"></script>
  <script src="/media/com_easyblog/scripts/site-5.4.11.min.js"></script>
</head>
<body class="site com_easyblog view-{view} no-layout no-task itemid-112">
<div class="topbar"><div class="container"><span class="hotline"><i class="fa fa-phone"></i> 055-511-024 ต่อ 1123</span> <a href="/en">English</a></div></div>
<header class="header"><div class="container">
  <a href="/" class="brand"><img src="/images/logo/tsh-logo.png" alt="{HOSP}"></a>
  <div class="brand-text"><h2>{HOSP}</h2><p>{HOSP_EN}</p></div>
</div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav menu navbar-nav mod-list">
  <li class="item-101 default"><a href="/">หน้าแรก</a></li>
  <li class="item-102"><a href="/about">เกี่ยวกับโรงพยาบาล</a></li>
  <li class="item-103"><a href="/services">บริการผู้ป่วย</a></li>
  <li class="item-112 current active"><a href="{MENU}">{SECTION}</a></li>
  <li class="item-113"><a href="/procurement">ประกาศจัดซื้อจัดจ้าง</a></li>
  <li class="item-114"><a href="/jobs">รับสมัครงาน</a></li>
  <li class="item-115"><a href="/contact">ติดต่อเรา</a></li>
</ul></div></nav>
<div class="container">
  <ul itemscope itemtype="https://schema.org/BreadcrumbList" class="breadcrumb">
    <li>คุณอยู่ที่: &#160;</li>
    <li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" class="pathway"><span itemprop="name">หน้าแรก</span></a><span class="divider"> / </span><meta itemprop="position" content="1"></li>
    {crumb}
  </ul>
  <div class="row">
    <main id="content" role="main" class="col-md-9">
      <div id="system-message-container"></div>
{component}
    </main>
{self.modules()}
  </div>
</div>
<footer class="footer"><div class="container">
  <p><strong>{HOSP}</strong><br>{ADDRESS}<br>โทรศัพท์ 055-511-024 โทรสาร 055-511-124</p>
  <p class="copyright">Copyright © 2024 {HOSP}. All Rights Reserved.</p>
</div></footer>
<div id="cookie-notice" class="cookie-notice"><div class="container"><span>{COOKIE}</span> <a href="/privacy-policy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> <button type="button" class="btn btn-primary btn-sm" onclick="document.cookie='tsh_cookie=1;path=/;max-age=31536000';this.parentNode.parentNode.style.display='none';">{COOKIE_OK}</button></div></div>
</body>
</html>
"""

    def crumb_item(self, label, href, pos):
        if href:
            return (
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="{href}" class="pathway"><span itemprop="name">{esc(label)}</span></a>'
                f'<span class="divider"> / </span><meta itemprop="position" content="{pos}"></li>'
            )
        return f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem" class="active"><span itemprop="name">{esc(label)}</span><meta itemprop="position" content="{pos}"></li>'

    # ------------------------------------------------------------------ entry
    def img(self, a, name, size="large"):
        return f"/images/easyblog_articles/{a.id}/b2ap3_{size}_{name}"

    def text_block(self, inner, style=""):
        st = f' style="{style}"' if style else ""
        return f'<div class="ebd-block  " data-type="text"{st} >{inner}</div>'

    def source_inner(self, a, bare):
        label = a.extra["label"]
        if not a.source:
            return None
        if label == "signoff":
            return f'<p style="text-align: right;">{esc(a.source)}</p>'
        if label == "ข่าว/ภาพ":
            return f"<p><strong>{label} :</strong> {esc(a.source)}</p>"
        return esc(f"{label} : {a.source}") if bare else f"<p>{label} : {esc(a.source)}</p>"

    def body_html(self, a):
        s = a.extra["style"]
        out = []
        if s == 2:  # legacy editor (before the composer)
            for k, p in enumerate(a.paras):
                out.append(
                    f'<p style="text-align: justify;">&nbsp; &nbsp; &nbsp; &nbsp;{esc(p)}</p>'
                )
                if k == 0:
                    out.append(
                        f'<p style="text-align: center;"><img src="/images/easyblog_articles/{a.id}/IMG_{a.id}01.jpg" alt="" width="600" height="400" /></p>'
                    )
            src = self.source_inner(a, bare=False)
            if src:
                out.append(src)
            return "\n".join(out)
        bare = s == 1
        for k, p in enumerate(a.paras):
            out.append(self.text_block(esc(p) if bare else f"<p>{esc(p)}</p>"))
            if k == 0:
                cap = a.extra["caption"]
                fig = f'<div class="eb-image-caption"><span>{esc(cap)}</span></div>' if cap else ""
                style = "style-gray" if cap else "style-clear"
                out.append(
                    f'<div class="ebd-block  " data-type="image" ><div class="eb-image {style}"><div class="eb-image-figure is-responsive">'
                    f'<a class="eb-image-viewport" href="{self.img(a, f"IMG_{a.id}01.jpg")}" data-eb-image-popup>'
                    f'<img src="{self.img(a, f"IMG_{a.id}01.jpg")}" alt="" /></a></div>{fig}</div></div>'
                )
        src = self.source_inner(a, bare=bare)
        if src:
            out.append(self.text_block(src))
        if a.extra["gallery"]:
            cols = "".join(
                '<div class="eb-thumbs-col">'
                + "".join(
                    f'<div class="eb-thumb"><div><a class="eb-image-viewport" href="{self.img(a, f"IMG_{a.id}{c * 2 + r + 2:02d}.jpg")}" data-eb-image-popup>'
                    f'<img src="{self.img(a, f"IMG_{a.id}{c * 2 + r + 2:02d}.jpg", "thumbnail")}" alt="" /></a></div></div>'
                    for r in range(2)
                )
                + "</div>"
                for c in range(4)
            )
            out.append(
                f'<div class="ebd-block" data-type="thumbnails"><div class="eb-thumbs col-4">{cols}</div></div>'
            )
        if a.extra["pdf"]:
            name, size = a.extra["pdf"]
            href = f"/images/easyblog_articles/{a.id}/{name}"
            out.append(
                f'<div class="ebd-block  " data-type="file" ><div class="eb-block-file row-table">'
                f'<div class="col-cell eb-file-thumb cell-tight"><i class="fa fa-file-pdf-o"></i></div>'
                f'<div class="col-cell eb-file-details"><div class="eb-file-title"><a href="{href}" target="_blank">{esc(name)}</a></div>'
                f'<div class="eb-file-meta"><span class="eb-file-size">{size}</span></div></div>'
                f'<div class="col-cell cell-tight"><a href="{href}" class="btn btn-default btn-sm" target="_blank">{DOWNLOAD}</a></div></div></div>'
            )
        return "\n".join(out)

    def schema(self, a, base):
        doc = {
            "@context": "http://schema.org",
            "mainEntityOfPage": f"{base}{a.path}",
            "@type": ["BlogPosting", "Organization"],
            "name": HOSP,
            "headline": a.title,
            "image": f"{base}{self.img(a, 'cover.jpg')}",
            "editor": a.extra["author"][1],
            "genre": a.extra["cat"][1],
            "wordcount": str(sum(len(p.split()) for p in a.paras)),
            "publisher": {
                "@type": "Organization",
                "name": HOSP,
                "logo": {"@type": "ImageObject", "url": f"{base}/images/logo/tsh-logo.png"},
            },
            "datePublished": a.published.strftime("%Y-%m-%d"),
            "dateCreated": a.published.strftime("%Y-%m-%d"),
            "dateModified": a.modified.strftime("%Y-%m-%d"),
            "description": f"เว็บไซต์{HOSP}",
            "articleBody": " ".join(a.paras),
            "author": {
                "@type": "Person",
                "url": f"{base}{MENU}/blogger/{a.extra['author'][0]}",
                "name": a.extra["author"][1],
            },
        }
        return (
            '<script type="application/ld+json">\n'
            + json.dumps(doc, ensure_ascii=False, indent="\t")
            + "\n</script>"
        )

    def render_entry(self, a, base):
        older, newer = self.neighbours(a)
        nav = []
        if newer:
            nav.append(
                f'<div class="eb-entry-nav-prev"><a href="{newer.path}"><i class="fdi fa fa-angle-left pull-left"></i> {esc(newer.title)}</a></div>'
            )
        if older:
            nav.append(
                f'<div class="eb-entry-nav-next"><a href="{older.path}"><i class="fdi fa fa-angle-right pull-right"></i> {esc(older.title)}</a></div>'
            )
        tags = ""
        if a.tags:
            spans = "".join(
                f'<span><a href="{MENU}/tags/{TAG_SLUGS[t]}">{esc(t)}</a></span>' for t in a.tags
            )
            tags = f'<div class="eb-entry-tags"><div class="eb-tags cell-top type-1"><div class="col-cell cell-label">{TAGGED}</div><div class="col-cell cell-tags">{spans}</div></div></div>'
        rel = "".join(
            f'<div><a href="{x.path}" class="eb-related-thumb" style="background-image: url(\'{self.img(x, "cover.jpg", "thumbnail")}\') !important;"></a>'
            f'<h3 class="eb-related-title"><a href="{x.path}">{esc(x.title)}</a></h3>'
            f'<div class="text-muted"><a class="eb-related-category text-inherit" href="{MENU}/categories/{x.extra["cat"][0]}">{x.extra["cat"][1]}</a></div></div>'
            for x in self.related(a)
        )
        u = f"{base}{a.path}"
        cat = a.extra["cat"]
        author = a.extra["author"]
        comp = f"""<div id="eb" class="eb-component eb-wireframe eb-view-entry eb-layout-default ">
  <div class="eb-container" data-eb-container><div class="eb-container__main"><div class="eb-content">
<div data-eb-post-section data-url="{u}" data-page-title="{esc(a.title)} - {HOSP}" data-permalink="{a.path}" data-post-title="{esc(a.title)}">
  <div class="eb-adsense-head clearfix"></div>
  <div data-blog-post>
    <div id="entry-{a.id}" class="eb-entry fd-cf" data-blog-posts-item data-id="{a.id}" data-uid="{a.id}.{a.id * 3 + 1}">
      <div data-blog-reading-container>
        <div class="eb-entry-tools row-table"><div class="col-cell"><div class="eb-entry-helper">
          <div class="eb-help-resize"><i class="fdi fa fa-font"></i>&nbsp;<span>{FONT}</span> <a href="javascript:void(0);" data-font-resize data-operation="decrease">&minus;</a> <a href="javascript:void(0);" data-font-resize data-operation="increase">&plus;</a></div>
          <div class="eb-help-print"><i class="fdi fa fa-print"></i>&nbsp;<a href="javascript:void(0);" data-post-print>{PRINT}</a></div>
        </div></div></div>
        <div class="eb-entry-head">
          <h1 id="title-{a.id}" class="eb-entry-title reset-heading  ">
	{esc(a.title)}
</h1>
          <div class="eb-entry-meta text-muted">
            <div><div class="eb-post-category comma-seperator"><i class="fdi far fa-folder-open mr-5"></i><span><a href="{MENU}/categories/{cat[0]}">{cat[1]}</a></span></div></div>
            <div><div class="eb-post-author"><i class="fdi fa fa-user"></i><span><a href="{MENU}/blogger/{author[0]}" rel="author">{esc(author[1])}</a></span></div></div>
            <div><div class="eb-post-date"><i class="fdi far fa-clock"></i><time class="eb-meta-date" content="{a.published:%Y-%m-%d}">{lc1(a.published)}</time></div></div>
            <div><span class="eb-post-hits"><i class="fdi fa fa-eye"></i>&nbsp;เข้าชม {a.views} ครั้ง</span></div>
            <div><div class="eb-post-comments"><i class="fdi fa fa-comments"></i><a href="{a.path}#comments">0 {COMMENTS}</a></div></div>
          </div>
        </div>
        <div class="eb-entry-body type-standard clearfix">
          <div class="eb-entry-article clearfix" data-blog-content>
            <div class="eb-image eb-post-thumb is-full"><a class="eb-post-image-cover" href="{self.img(a, "cover.jpg")}" title="{esc(a.title)}" target="_blank"><img src="{self.img(a, "cover.jpg")}" alt="{esc(a.title)}" /></a></div>
{self.body_html(a)}
          </div>
          <div class="mb-20"><div class="eb-shares eb-shares--without-label" data-eb-bookmarks>
            <a href="https://www.facebook.com/sharer/sharer.php?u={u}" class="btn btn-eb-facebook" target="_blank"><i class="fab fa-facebook"></i> Facebook</a>
            <a href="https://twitter.com/intent/tweet?url={u}" class="btn btn-eb-twitter" target="_blank"><i class="fab fa-twitter"></i> Twitter</a>
            <a href="https://social-plugins.line.me/lineit/share?url={u}" class="btn btn-eb-line" target="_blank"><i class="fab fa-line"></i> LINE</a>
          </div></div>
          {tags}
          <div class="eb-entry-nav fd-cf">{"".join(nav)}</div>
        </div>
      </div>
      <div class="eb-post-related">
        <h4 class="eb-section-heading reset-heading">{RELATED}</h4>
        <div class="eb-entry-related clearfix ">{rel}</div>
      </div>
    </div>
    <div class="eb-comments" id="comments">
      <h4 class="eb-section-heading reset-heading">{COMMENTS}</h4>
      <div class="eb-comments-empty">{NO_COMMENTS}</div>
      <div class="eb-comment-form"><div class="o-alert o-alert--info">{LOGIN}</div><a href="/login?return=aHR0cA==" class="btn btn-eb-primary">เข้าสู่ระบบ</a></div>
    </div>
  </div>
  <div class="eb-adsense-foot clearfix"></div>
</div>
{self.schema(a, base)}
  </div></div></div>
</div>"""
        head = (
            f'  <meta name="description" content="{esc(a.paras[0][:160])}" />\n'
            f'  <meta property="og:type" content="article" />\n'
            f'  <meta property="og:url" content="{u}" />\n'
            f'  <meta property="og:title" content="{esc(a.title)}" />\n'
            f'  <meta property="og:image" content="{base}{self.img(a, "cover.jpg")}" />\n'
            f'  <meta property="og:site_name" content="{HOSP}" />\n'
            f'  <link href="{u}" rel="canonical" />\n'
        )
        crumb = self.crumb_item(SECTION, MENU, 2) + self.crumb_item(a.title, None, 3)
        return self.html_response(
            self.shell(
                comp,
                title=f"{a.title} - {HOSP}",
                base=base,
                here=a.path,
                view="entry",
                crumb=crumb,
                head_extra=head,
            )
        )

    def render_gone(self, base, here):
        comp = f"""<div id="eb" class="eb-component eb-wireframe eb-view-entry eb-layout-default ">
  <div class="eb-container" data-eb-container><div class="eb-container__main"><div class="eb-content">
    <div class="eb-empty"><i class="fdi far fa-paper-plane"></i><div class="o-alert o-alert--danger">{NOTFOUND}</div>
    <a href="{MENU}" class="btn btn-default">กลับหน้า{SECTION}</a></div>
  </div></div></div>
</div>"""
        crumb = self.crumb_item(SECTION, None, 2)
        return self.html_response(
            self.shell(
                comp, title=f"{SECTION} - {HOSP}", base=base, here=here, view="entry", crumb=crumb
            )
        )

    # ------------------------------------------------------------------ listing
    def item(self, x_id, path, title, when, author, cat, intro, hits, thumb=True):
        pic = (
            f'<div class="eb-post-thumb is-left"><a href="{path}" class="eb-post-image"><img src="/images/easyblog_articles/{x_id}/b2ap3_thumbnail_cover.jpg" alt="{esc(title)}" /></a></div>'
            if thumb
            else ""
        )
        return f"""<div class="eb-post-listing__item" data-blog-posts-item data-id="{x_id}">
  <div class="eb-post">
    <div class="eb-post-content">
      {pic}
      <div class="eb-post-head no-overflow">
        <h2 class="eb-post-title reset-heading"><a href="{path}" class="text-inherit">{esc(title)}</a></h2>
        <div class="eb-post-meta text-muted">
          <div><div class="eb-post-date"><i class="fdi far fa-clock"></i><time class="eb-meta-date" content="{when:%Y-%m-%d}">{lc3(when)}</time></div></div>
          <div><div class="eb-post-author"><i class="fdi fa fa-user"></i><span><a href="{MENU}/blogger/{author[0]}" rel="author">{esc(author[1])}</a></span></div></div>
          <div><div class="eb-post-category comma-seperator"><i class="fdi far fa-folder-open mr-5"></i><span><a href="{MENU}/categories/{cat[0]}">{cat[1]}</a></span></div></div>
        </div>
      </div>
      <div class="eb-post-body type-standard">{esc(intro)}</div>
      <div class="eb-post-more mt-20"><a class="btn btn-default" href="{path}">{READMORE}</a></div>
    </div>
    <div class="eb-post-foot"><div class="eb-post-hits"><i class="fdi fa fa-eye"></i>&nbsp;เข้าชม {hits} ครั้ง</div><div class="eb-post-comments"><a href="{path}#comments">0 {COMMENTS}</a></div></div>
  </div>
</div>"""

    def pager(self, n, total_pages, base_path):
        def link(k):
            return base_path if k == 1 else f"{base_path}?limitstart={(k - 1) * PER}"

        prev = (
            f'<a href="{link(n - 1)}" rel="prev" class="disabled eb-pager__pre-link"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="prev">Prev</span></a>'
            if n > 1
            else '<a href="javascript:void(0);" class="eb-pager__pre-link"><i class="fa fa-angle-left" aria-hidden="true"></i><span class="prev">Prev</span></a>'
        )
        nxt = (
            f'<a href="{link(n + 1)}" rel="next" class="disabled eb-pager__next-link"><span class="next">Next</span><i class="fa fa-angle-right" aria-hidden="true"></i></a>'
            if n < total_pages
            else '<a href="javascript:void(0);" class="eb-pager__next-link"><span class="next">Next</span><i class="fa fa-angle-right" aria-hidden="true"></i></a>'
        )
        pages = "".join(
            f'<a class="disabled active">{k}</a>' if k == n else f'<a href="{link(k)}">{k}</a>'
            for k in range(1, total_pages + 1)
        )
        return f"""<div class="eb-pager ">
  <div class="eb-pager-wrap">
    <div class="eb-pager__pre-link-main">{prev}</div>
    <div class="eb-pager__link-list">{pages}</div>
    <div class="eb-pager__next-link-main">{nxt}</div>
  </div>
</div>"""

    def render_list(self, n, base, *, subset=None, base_path=MENU, heading=None):
        def intro(x):
            p = x.paras[0]
            return p if len(p) <= 250 else p[:250] + " ..."

        rows = [
            (
                x.id,
                x.path,
                x.title,
                x.published,
                x.extra["author"],
                x.extra["cat"],
                intro(x),
                x.views,
                True,
            )
            for x in (self.articles if subset is None else subset)
        ]
        if subset is None:
            pos = self.articles.index(self.pages[1][3]) + 1
            rows.insert(
                pos,
                (
                    0,
                    f"{MENU}/entry/{self.gone_alias}",
                    self.gone_title,
                    self.gone_when,
                    AUTHORS[2],
                    CATEGORIES[0],
                    "รายละเอียดตามเอกสารแนบ",
                    37,
                    False,
                ),
            )
        chunks = paginate(rows, PER)
        if not 1 <= n <= len(chunks):
            return None
        items = "".join(self.item(*r) for r in chunks[n - 1])
        head = f'<h2 class="eb-category-title">{esc(heading)}</h2>' if heading else ""
        comp = f"""<div id="eb" class="eb-component eb-wireframe eb-view-latest eb-layout-default ">
  <div class="eb-container" data-eb-container><div class="eb-container__main"><div class="eb-content">
    {head}
    <div data-blog-listings>
      <div class="eb-post-listing is-row has-divider " data-blog-posts>
{items}
      </div>
      {self.pager(n, len(chunks), base_path)}
    </div>
  </div></div></div>
</div>"""
        here = base_path if n == 1 else f"{base_path}?limitstart={(n - 1) * PER}"
        crumb = self.crumb_item(SECTION, None, 2)
        title = SECTION if heading is None else f"{heading} - {SECTION}"
        return self.html_response(
            self.shell(
                comp, title=f"{title} - {HOSP}", base=base, here=here, view="latest", crumb=crumb
            )
        )

    # ------------------------------------------------------------------ routing
    def robots(self):
        return (
            "User-agent: *\nDisallow: /administrator/\nDisallow: /bin/\nDisallow: /cache/\n"
            "Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\n"
            "Disallow: /language/\nDisallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\n"
            "Disallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n"
        )

    _ENTRY = re.compile(r"^/news/entry/([^/]+)/?$")

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.php"):
            return 303, {"Location": f"{base}{MENU}"}, b""
        start = qs1(query, "limitstart", "0")
        if not start.isdigit() or int(start) % PER:
            return None
        n = int(start) // PER + 1
        if path == MENU:
            return self.render_list(n, base)
        m = re.fullmatch(r"/news/(categories|tags|blogger)/([\w-]+)/?", path)
        if m:
            kind, slug = m[1], m[2]
            if kind == "categories":
                names = dict(CATEGORIES)
                if slug not in names:
                    return None
                sub = [x for x in self.articles if x.extra["cat"][0] == slug]
                heading = names[slug]
            elif kind == "tags":
                names = {v: k for k, v in TAG_SLUGS.items()}
                if slug not in names:
                    return None
                sub = [x for x in self.articles if names[slug] in x.tags]
                heading = f"แท็ก: {names[slug]}"
            else:
                names = dict(AUTHORS)
                if slug not in names:
                    return None
                sub = [x for x in self.articles if x.extra["author"][0] == slug]
                heading = names[slug]
            if not sub:
                return None
            return self.render_list(
                n, base, subset=sub, base_path=path.rstrip("/"), heading=heading
            )
        m = self._ENTRY.match(path)
        if m:
            for a in self.articles:
                if a.extra["alias"] == m[1]:
                    return self.render_entry(a, base)
            return self.render_gone(base, path)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            text = text_of(self.render_entry(a, "http://127.0.0.1")[2].decode("utf-8"))
            older, newer = self.neighbours(a)
            cands = [
                lc1(a.published),
                f"เข้าชม {a.views} ครั้ง",
                f"0 {COMMENTS}",
                a.extra["author"][1],
                FONT,
                PRINT,
                TAGGED,
                RELATED,
                NO_COMMENTS,
                LOGIN,
                LATEST,
                CATS_HEAD,
                SERVICES,
                VISITORS,
                COOKIE,
                ADDRESS,
                HOSP_EN,
                "คุณอยู่ที่:",
                "จองคิวออนไลน์",
                "ตรวจสอบสิทธิการรักษา",
            ]
            if a.extra["pdf"]:
                cands += [a.extra["pdf"][0], a.extra["pdf"][1], DOWNLOAD]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in self.latest() if x is not a]
            must_not = keep_furniture(cands, text, a)
            rec = expected_record(a, published_time=False, modified_time=False, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = EasyBlogHospitalSite()

if __name__ == "__main__":
    main(SITE)
