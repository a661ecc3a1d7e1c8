"""Blind-63 red-team site (part A, second site): a primary educational service area office
(สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1-like, 2023-2025) on **WordPress 6.7 + SmartMag 10
(ThemeSphere, sold on ThemeForest)** with the theme's own breadcrumbs, post-views meta, share
bars, related posts, author box and post navigation, plus CookieYes and a WP Statistics-like
sidebar widget. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): SmartMag's `partials/single/post-header-modern`
source (classes `the-post-header s-head-modern s-head-modern-a`, the `sub-title` filter) and a
public page that copies SmartMag's single-post markup: `nav.breadcrumbs.breadcrumbs-a#breadcrumb`
(`span.delim` "»", `span.current` = headline), `post-meta post-meta-a post-meta-single`,
`meta-above` category labels, `h1.is-title.post-title`, `div.sub-title`, `meta-below` with the
author, `time.post-date[datetime]` and the `date-modified` item ("Updated:" +
`time.post-date`), `post-share post-share-b`, `single-featured`, `the-post s-post-modern`,
`post-content-wrap has-share-float`, `post-share-float`, `post-content cf entry-content
content-spacious`, `post-share-bot`, `section.navigate-posts` (`previous` / `next`, "Previous
Article" labels and titles), `author-box`, `section.related-posts` with a `block-head` and
`l-post grid-post` items. From memory: SmartMag's header (`smart-head`, top bar with today's
date and a trending ticker), the list loop (`loop loop-list`, `l-post list-post`), the
`main-pagination pagination-numbers` pager, the sidebar, `main-footer`; CookieYes' banner
(`cky-consent-container`, `cky-btn-accept`); WordPress' password form. No one's code or text
was copied.

What it imitates (an everyday archive; one quirk):
- permalinks `/%year%/%monthnum%/%postname%/`: a Thai title slug where editors left it, or
  `news68-0NN` typed by one editor; category archive `/category/pr-news/`,
  `/category/pr-news/page/N/` (numbered pager with ‹ ›);
- the date as the Thai locale prints `j M Y` — "12 ก.พ. 2025" (Thai month abbreviation,
  Christian-era year) — in `time.post-date` whose `datetime` holds the time
  (`2025-02-12T09:40:00+07:00`); "อัปเดต:" with a second `time` only on edited posts;
  "เข้าชม 1,234 ครั้ง" (the theme's post-views meta) and "อ่าน 3 นาที" on every post;
- editors over three years: block-editor posts (captioned picture, captioned gallery,
  "เอกสารแนบ" file blocks) and older classic-editor posts with justified paragraphs; sources
  "ข่าว :", "ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :", a centred bold sign-off line, or none;
  tags "แท็ก:";
- **the quirk: SmartMag's sub-title field** — the editor of 2024-25 fills it on some posts with
  the opening words of the text, printed as `div.sub-title` between headline and meta (a lead:
  neither required nor forbidden in the body);
- furniture: top bar with *today's* date and a "ข่าวเด่น" ticker, menu, breadcrumbs ending in
  the headline, share bars (top, floating, bottom "แชร์"), navigation with titles, author box,
  "ข่าวที่เกี่ยวข้อง", sidebar "ข่าวล่าสุด" / "ลิงก์หน่วยงาน" / "สถิติผู้เข้าชม", footer, CookieYes;
- deleted item (linked from page 2): a post an editor **locked with a password**: 200, the
  theme prints "มีรหัสผ่านป้องกัน: …" as the headline and WordPress' password form as the text;
  the listing shows it with WordPress' "no excerpt" line.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import MONTHS, TZ, WEEKDAYS, BaseSite, esc, expected_record, main, paginate
from .b63a_common import build, eid, keep_furniture, spread_back, text_of, th_abbr_ce, wp_slug

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1"
SHORT = "สพป.น่าน เขต 1"
PER = 10
SOURCES = [
    ("ข่าว", "กลุ่มส่งเสริมการศึกษาทางไกล เทคโนโลยีสารสนเทศและการสื่อสาร สพป.น่าน เขต 1"),
    ("ข่าว/ภาพ", "งานประชาสัมพันธ์ สพป.น่าน เขต 1"),
    None,
    ("signoff", "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา สพป.น่าน เขต 1"),
    ("ที่มา", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"),
    ("เรียบเรียง", "กลุ่มอำนวยการ สพป.น่าน เขต 1"),
]
EDITORS = [
    ("nan1_pr", "งานประชาสัมพันธ์"),
    ("kanyarat.t", "กัญญารัตน์ ท."),
    ("ict_nan1", "ศูนย์ ICT สพป.น่าน 1"),
]
TAGS = ["โรงเรียนในสังกัด", "คุณภาพการศึกษา", "นิเทศการศึกษา", "สพฐ.", "ลูกเสือ", "อ่านออกเขียนได้"]
TODAY = dt.datetime(2025, 2, 14, 9, 0, tzinfo=TZ)
SHARE_BOT = "แชร์"
PREV_LABEL = "ข่าวก่อนหน้า"
NEXT_LABEL = "ข่าวถัดไป"
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
TICKER = "ข่าวเด่น"
LINKS = "ลิงก์หน่วยงาน"
VISITORS = "สถิติผู้เข้าชม"
UPDATED = "อัปเดต:"
TAGS_LABEL = "แท็ก:"
ATTACH = "เอกสารแนบ"
DOWNLOAD = "ดาวน์โหลด"
GALLERY_CAPTION = "ประมวลภาพกิจกรรม"
CAPTIONS = [
    "ผู้อำนวยการ สพป.น่าน เขต 1 มอบนโยบายแก่ผู้บริหารสถานศึกษา",
    "คณะศึกษานิเทศก์ลงพื้นที่นิเทศ ติดตาม ในห้องเรียน",
    "ภาพบรรยากาศการประชุมผู้บริหารสถานศึกษา",
]
FILES = [
    "หนังสือราชการ ศธ 04116-0512.pdf",
    "ปฏิทินการสอบ NT ปีการศึกษา 2567.pdf",
    "แบบรายงานผลการดำเนินงาน.docx",
]
BIO = "เผยแพร่ข่าวสารและกิจกรรมของสำนักงานเขตพื้นที่การศึกษาประถมศึกษาน่าน เขต 1 และโรงเรียนในสังกัด"
FOOTER = "ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร 0 5471 0422"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
COOKIE_ACCEPT = "ยอมรับทั้งหมด"
DELETED_TITLE = "ประกาศผลการคัดเลือกครูผู้ช่วยกรณีที่มีความจำเป็นหรือมีเหตุพิเศษ ครั้งที่ 2"
PROTECTED = "มีรหัสผ่านป้องกัน: "
NO_EXCERPT = "ไม่มีข้อความตัดตอนเพราะเรื่องนี้ถูกป้องกันไว้"


def wday_long(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d.day} {MONTHS[d.month - 1]} {d.year}"


class SmartMagSite(BaseSite):
    key = "b63_wp_smartmag_edu_area_office"
    family = "wordpress"
    imitates = (
        "primary educational service area office on WordPress + SmartMag (ThemeSphere) with its "
        "breadcrumbs, post-views meta, sub-title leads, share bars, related posts and author box, "
        "CookieYes and a visitor-statistics widget"
    )
    listing_path = "/category/pr-news/"

    def __init__(self):
        arts = build(self.key, 24, start=dt.datetime(2025, 2, 13, 17, 0, tzinfo=TZ), offset=22)
        spread_back(arts, 16, 44)
        seq: dict[int, int] = {}
        for i in range(len(arts) - 1, -1, -1):
            a = arts[i]
            yy = (a.published.year + 543) % 100
            seq[yy] = seq.get(yy, 10 + i % 9) + 1
            a.extra["number"] = f"news{yy}-{seq[yy]:04d}"
        for i, a in enumerate(arts):
            a.id = 8841 - i * 5 - (i % 2)
            a.time_printed = True
            if a.modified and a.modified > TODAY - dt.timedelta(hours=2):
                a.modified = TODAY - dt.timedelta(hours=17, minutes=a.id % 50)
            ed = EDITORS[0] if i >= 16 else EDITORS[1 + (i % 3 == 0)]
            a.extra["editor"] = ed
            a.extra["slug"] = a.extra["number"] if ed is EDITORS[2] else wp_slug(a.title)
            a.path = f"/{a.published:%Y/%m}/{a.extra['slug']}/"
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i * 2 + k) % len(TAGS)] for k in range(i % 4)]
            a.extra["kind"] = "classic" if i >= 16 else "blocks"
            a.extra["caption"] = CAPTIONS[i % 3] if i % 3 != 1 else None
            a.extra["gallery"] = i % 2 == 0
            a.extra["file"] = FILES[i % 3] if i % 5 == 2 else None
            a.extra["subtitle"] = self.lead(a) if (ed is EDITORS[1] and i % 2 == 0) else None
            a.extra["read"] = max(1, sum(map(len, a.paras)) // 700)
        self.articles = arts
        paths = [a.path for a in arts]
        assert len(set(paths)) == len(paths)
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3
        d = self.deleted_date()
        self.deleted_path = f"/{d:%Y/%m}/{wp_slug(DELETED_TITLE)}/"

    @staticmethod
    def lead(a) -> str | None:
        words = a.paras[0].split(" ")
        out = ""
        for w in words:
            out = f"{out} {w}".strip()
            if len(out) > 70:
                break
        # an opening that is a dateline ("วันที่ 11 มีนาคม 2562 เวลา ...") is not copied up
        return None if re.search(r"^วัน|\d{4}", out) else out

    # ------------------------------------------------------------------ paths
    def listing_pages(self):
        return ["/category/pr-news/"] + [
            f"/category/pr-news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [self.deleted_path]

    def deleted_date(self):
        return self.pages[1][5].published + dt.timedelta(hours=2, minutes=13)

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    # ------------------------------------------------------------------ shell
    @staticmethod
    def tdate(d):
        return f'<time class="post-date" datetime="{d.isoformat()}">{th_abbr_ce(d)}</time>'

    def shell(self, title, content, *, head="", body_class="", crumbs=""):
        ticker = "".join(
            f'<li><a href="{x.path}" class="post-link">{esc(x.title)}</a></li>'
            for x in self.articles[:4]
        )
        latest = "".join(
            f'<article class="l-post small-post small-a-post m-pos-left"><div class="content"><div class="post-meta post-meta-a post-meta-left has-below">'
            f'<h4 class="is-title post-title"><a href="{x.path}">{esc(x.title)}</a></h4>'
            f'<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link">{self.tdate(x.published)}</span></span></div></div></div></article>'
            for x in self.articles[:5]
        )
        menu = "".join(
            f'<li id="menu-item-{30 + k}" class="menu-item menu-item-type-custom menu-item-{30 + k}"><a href="{h}">{n}</a></li>'
            for k, (h, n) in enumerate(
                [
                    ("/", "หน้าหลัก"),
                    ("/about/", "ข้อมูลหน่วยงาน"),
                    ("/category/pr-news/", "ข่าวประชาสัมพันธ์"),
                    ("/category/school-news/", "ข่าวโรงเรียน"),
                    ("/category/procurement/", "จัดซื้อจัดจ้าง"),
                    ("/ita/", "ITA"),
                    ("/contact/", "ติดต่อเรา"),
                ]
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th" class="s-light site-s-light">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
{head}
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-core-css' href='/wp-content/themes/smart-mag/style.css?ver=10.2.0' type='text/css' media='all' />
<link rel='stylesheet' id='smartmag-icons-css' href='/wp-content/themes/smart-mag/css/icons/icons.css?ver=10.2.0' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-law-info-css' href='/wp-content/plugins/cookie-law-info/lite/frontend/css/script.min.css?ver=3.2.8' type='text/css' media='all' />
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.7.1" />
</head>
<body class="{body_class} right-sidebar has-lb has-lb-sm ts-img-hov-fade layout-normal elementor-default">
<div class="main-wrap">
<div class="off-canvas-backdrop"></div>
<div class="smart-head smart-head-a smart-head-main" id="smart-head" data-sticky="auto" data-sticky-type="smart" data-sticky-full>
<div class="smart-head-row smart-head-top is-light smart-head-row-full"><div class="inner wrap">
<div class="items items-left"><span class="h-date">{wday_long(TODAY)}</span>
<div class="trending-ticker" data-delay="8"><span class="heading">{TICKER}</span><ul>{ticker}</ul></div></div>
<div class="items items-right"><div class="spc-social-block spc-social spc-social-a smart-head-social"><a href="https://www.facebook.com/nan1.obec" class="link service s-facebook" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-facebook"></i><span class="visuallyhidden">Facebook</span></a><a href="https://www.youtube.com/@nan1obec" class="link service s-youtube" target="_blank" rel="nofollow noopener"><i class="icon tsi tsi-youtube-play"></i><span class="visuallyhidden">YouTube</span></a></div></div>
</div></div>
<div class="smart-head-row smart-head-mid smart-head-row-3 is-light smart-head-row-full"><div class="inner wrap">
<div class="items items-left"><a href="/" title="{OFFICE}" rel="home" class="logo-link ts-logo logo-is-image"><span><img src="/wp-content/uploads/2023/05/logo-nan1.png" class="logo-image" alt="{OFFICE}" width="380" height="90" /></span></a></div>
<div class="items items-right"><a href="#" class="search-icon has-icon-only is-icon" title="ค้นหา"><i class="tsi tsi-search"></i></a></div>
</div></div>
<div class="smart-head-row smart-head-bot smart-head-row-3 is-dark has-center-nav smart-head-row-full"><div class="inner wrap"><div class="items items-center">
<div class="nav-wrap"><nav class="navigation navigation-main nav-hov-a"><ul id="menu-main-menu" class="menu">{menu}</ul></nav></div>
</div></div></div>
</div>
{crumbs}
<div class="main ts-contain cf right-sidebar">
<div class="ts-row">
<div class="col-8 main-content">
{content}
</div>
<aside class="col-4 main-sidebar has-sep" data-sticky="1"><div class="inner theiaStickySidebar">
<div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><button type="submit" class="search-submit"><i class="tsi tsi-search"></i></button></form></div>
<div id="smartmag-block-posts-small-2" class="widget ts-block-widget smartmag-widget-posts-small"><div class="block"><section class="block-wrap block-posts-small block-sc mb-none"><div class="widget-title block-head block-head-ac block-head-b"><h5 class="heading">{LATEST}</h5></div><div class="block-content"><div class="loop loop-small loop-small-a loop-sep loop-small-sep grid grid-1 md:grid-1 sm:grid-1 xs:grid-1">{latest}</div></div></section></div></div>
<div id="media_image-4" class="widget widget_media_image"><div class="widget-title block-head block-head-ac block-head-b"><h5 class="heading">{LINKS}</h5></div><a href="https://www.obec.go.th/"><img width="300" height="80" src="/wp-content/uploads/2023/05/banner-obec.png" class="image wp-image-61" alt="สพฐ." /></a><a href="https://www.moe.go.th/"><img width="300" height="80" src="/wp-content/uploads/2023/05/banner-moe.png" class="image wp-image-62" alt="กระทรวงศึกษาธิการ" /></a></div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><div class="widget-title block-head block-head-ac block-head-b"><h5 class="heading">{VISITORS}</h5></div><ul><li><label>ผู้ใช้ออนไลน์:&nbsp;</label>6</li><li><label>ผู้เยี่ยมชมวันนี้:&nbsp;</label>312</li><li><label>ผู้เยี่ยมชมเมื่อวาน:&nbsp;</label>498</li><li><label>ผู้เยี่ยมชมทั้งหมด:&nbsp;</label>204,117</li></ul></div>
</div></aside>
</div>
</div>
<footer class="main-footer cols-gap-lg footer-bold s-dark">
<div class="upper-footer bold-footer-upper"><div class="ts-contain wrap"><div class="widgets row cf">
<div class="widget column col-4 widget-about"><div class="widget-title block-head block-head-ac block-head block-head-ac block-head-b is-left has-style"><h5 class="heading">{OFFICE}</h5></div><div class="inner"><div class="base-text about-text"><p>{FOOTER}</p></div></div></div>
<div class="widget column col-4 widget_nav_menu"><div class="widget-title block-head block-head-ac block-head block-head-ac block-head-b is-left has-style"><h5 class="heading">บริการ</h5></div><div class="menu-services-container"><ul id="menu-services" class="menu"><li class="menu-item"><a href="/e-office/">ระบบสารบรรณอิเล็กทรอนิกส์</a></li><li class="menu-item"><a href="/complaint/">ร้องเรียนร้องทุกข์</a></li></ul></div></div>
</div></div></div>
<div class="lower-footer bold-footer-lower"><div class="ts-contain inner"><div class="spc-social-block spc-social spc-social-b"></div><div class="copyright">&copy; 2568 {OFFICE} &mdash; ธีม SmartMag</div></div></div>
</footer>
</div>
<div class="cky-consent-container cky-classic-bottom" tabindex="0"><div class="cky-consent-bar" data-cky-tag="notice"><div class="cky-notice"><p class="cky-title" role="heading" aria-level="1" data-cky-tag="title">เราใช้คุกกี้</p><div class="cky-notice-group"><div class="cky-notice-des" data-cky-tag="description"><p>{COOKIE}</p></div><div class="cky-notice-btn-wrapper" data-cky-tag="notice-buttons"><button class="cky-btn cky-btn-customize" aria-label="ปรับแต่ง" data-cky-tag="settings-button">ปรับแต่ง</button><button class="cky-btn cky-btn-reject" aria-label="ปฏิเสธทั้งหมด" data-cky-tag="reject-button">ปฏิเสธทั้งหมด</button><button class="cky-btn cky-btn-accept" aria-label="{COOKIE_ACCEPT}" data-cky-tag="accept-button">{COOKIE_ACCEPT}</button></div></div></div></div></div>
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<script type="text/javascript" src="/wp-content/themes/smart-mag/js/theme.js?ver=10.2.0" id="smartmag-theme-js"></script>
</body>
</html>
"""

    def crumbs(self, trail):
        parts = ['<span><a href="/"><span>หน้าหลัก</span></a></span>']
        for href, name in trail[:-1]:
            parts.append(f'<span><a href="{href}"><span>{esc(name)}</span></a></span>')
        parts.append(f'<span class="current">{esc(trail[-1][1])}</span>')
        return (
            '<nav class="breadcrumbs is-full-width breadcrumbs-a" id="breadcrumb"><div class="inner ts-contain ">'
            + '<span class="delim">&raquo;</span>'.join(parts)
            + "</div></nav>"
        )

    # ------------------------------------------------------------------ listing
    def list_item(self, x_path, title, d, excerpt, pid, thumb=True):
        media = (
            f'<div class="media"><a href="{x_path}" class="image-link media-ratio ratio-3-2" title="{esc(title)}">'
            f'<span data-bgsrc="/wp-content/uploads/{d:%Y/%m}/{pid}-cover-450x300.jpg" class="img bg-cover wp-post-image attachment-bunyad-medium size-bunyad-medium lazyload" role="img" aria-label="{esc(title)}"></span></a></div>'
            if thumb
            else ""
        )
        return (
            f'<article class="l-post list-post list-post-on-sm m-pos-left">{media}<div class="content">'
            '<div class="post-meta post-meta-a has-title"><div class="post-meta-items meta-above">'
            '<span class="meta-item post-cat"><a href="/category/pr-news/" class="category term-color-3" rel="category">ข่าวประชาสัมพันธ์</a></span>'
            f'<span class="meta-item date"><span class="date-link">{self.tdate(d)}</span></span></div>'
            f'<h2 class="is-title post-title"><a href="{x_path}">{esc(title)}</a></h2></div>'
            f'<div class="excerpt"><p>{excerpt}</p></div>'
            f'<a href="{x_path}" class="read-more-link read-more-basic">อ่านต่อ</a></div></article>'
        )

    def render_list(self, n):
        rows = [
            self.list_item(a.path, a.title, a.published, esc(a.paras[0][:140]) + "&hellip;", a.id)
            for a in self.pages[n - 1]
        ]
        if n == 2:
            rows.insert(
                5,
                self.list_item(
                    self.deleted_path,
                    PROTECTED + DELETED_TITLE,
                    self.deleted_date(),
                    NO_EXCERPT,
                    8790,
                    thumb=False,
                ),
            )
        total = len(self.pages)

        def url(k):
            return "/category/pr-news/" if k == 1 else f"/category/pr-news/page/{k}/"

        pag = []
        if n > 1:
            pag.append(
                f'<a class="prev page-numbers" href="{url(n - 1)}"><i class="tsi tsi-angle-left"></i><span class="visuallyhidden">ก่อนหน้า</span></a>'
            )
        for k in range(1, total + 1):
            if k == n:
                pag.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                pag.append(f'<a class="page-numbers" href="{url(k)}">{k}</a>')
        if n < total:
            pag.append(
                f'<a class="next page-numbers" href="{url(n + 1)}"><span class="visuallyhidden">ถัดไป</span><i class="tsi tsi-angle-right"></i></a>'
            )
        content = (
            '<div class="archive-head archive-head-a"><span class="sub-title">หมวดหมู่</span>'
            '<h1 class="title">ข่าวประชาสัมพันธ์</h1><i class="background">ข่าวประชาสัมพันธ์</i></div>'
            '<section class="block-wrap block-posts mb-none" data-id="1" data-block="{&quot;id&quot;:&quot;posts-list&quot;}">'
            '<div class="block-content"><div class="loop loop-list loop-sep loop-list-sep grid grid-1 md:grid-1 sm:grid-1">'
            + "\n".join(rows)
            + "</div>"
            + f'<nav class="main-pagination pagination-numbers" data-type="numbers">{"".join(pag)}</nav>'
            + "</div></section>"
        )
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์{f' – หน้า {n} จาก {total}' if n > 1 else ''} – {OFFICE}",
                content,
                head=f'<link rel="canonical" href="{url(n)}" />',
                body_class="archive category category-pr-news category-4 wp-theme-smart-mag",
                crumbs=self.crumbs([("/category/pr-news/", "ข่าวประชาสัมพันธ์")]),
            )
        )

    # ------------------------------------------------------------------ article text
    def source_html(self, a):
        if not a.source:
            return ""
        if a.extra["label"] == "signoff":
            return f'<p class="has-text-align-center"><strong>{esc(a.source)}</strong></p>'
        return f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>"

    def img(self, a, k, w=1024, h=683):
        return (
            f'<img fetchpriority="high" decoding="async" width="{w}" height="{h}" src="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}-{w}x{h}.jpg" '
            f'alt="" class="wp-image-{a.id + k}" />'
        )

    def text_html(self, a):
        out = []
        if a.extra["kind"] == "classic":
            out += [f'<p style="text-align: justify;">{esc(p)}</p>' for p in a.paras]
            if a.extra["caption"]:
                out.insert(
                    1,
                    f'<figure id="attachment_{a.id + 1}" aria-describedby="caption-attachment-{a.id + 1}" style="width: 800px" class="wp-caption aligncenter">'
                    f'{self.img(a, 1, 800, 533)}<figcaption id="caption-attachment-{a.id + 1}" class="wp-caption-text">{esc(a.extra["caption"])}</figcaption></figure>',
                )
        else:
            cap = a.extra["caption"]
            figcap = (
                f'<figcaption class="wp-element-caption">{esc(cap)}</figcaption>' if cap else ""
            )
            out += [f"<p>{esc(p)}</p>" for p in a.paras]
            out.insert(
                1,
                f'<figure class="wp-block-image aligncenter size-large">{self.img(a, 1)}{figcap}</figure>',
            )
        if a.extra["gallery"]:
            figs = "".join(
                f'<figure class="wp-block-image size-large"><a href="/wp-content/uploads/{a.published:%Y/%m}/{a.id}-{k}.jpg">{self.img(a, k, 768, 512)}</a></figure>'
                for k in range(2, 8)
            )
            out.append(
                f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-{a.id} is-layout-flex wp-block-gallery-is-layout-flex">'
                f'{figs}<figcaption class="blocks-gallery-caption wp-element-caption">{GALLERY_CAPTION}</figcaption></figure>'
            )
        src = self.source_html(a)
        if src:
            out.append(src)
        if a.extra["file"]:
            name = a.extra["file"]
            href = f"/wp-content/uploads/{a.published:%Y/%m}/{quote(name)}"
            fid = f"wp-block-file--media-{eid(a.id, 'file')}"
            out.append(f"<p><strong>{ATTACH}</strong></p>")
            out.append(
                f'<div class="wp-block-file"><a id="{fid}" href="{href}">{esc(name.rsplit(".", 1)[0])}</a>'
                f'<a href="{href}" class="wp-block-file__button wp-element-button" download aria-describedby="{fid}">{DOWNLOAD}</a></div>'
            )
        return "\n".join(out)

    # ------------------------------------------------------------------ article
    def share_links(self, url, title, cls):
        enc = quote(url, safe="")
        return "".join(
            f'<a href="{h}" class="{cls} service s-{s}" title="แชร์บน {lab}" target="_blank" rel="nofollow noopener"><i class="tsi tsi-{s}"></i><span class="label">{lab}</span></a>'
            for s, lab, h in (
                ("facebook", "Facebook", f"https://www.facebook.com/sharer.php?u={enc}"),
                (
                    "twitter",
                    "X",
                    f"https://twitter.com/intent/tweet?url={enc}&amp;text={quote(title)}",
                ),
                ("line", "LINE", f"https://social-plugins.line.me/lineit/share?url={enc}"),
                ("email", "อีเมล", f"mailto:?subject={quote(title)}&amp;body={enc}"),
            )
        )

    def render_single(self, a, base, *, locked=False):
        if locked:
            title = PROTECTED + DELETED_TITLE
            d, path, pid, mod, views, read = (
                self.deleted_date(),
                self.deleted_path,
                8790,
                None,
                0,
                1,
            )
            ed = EDITORS[1]
            older, newer = self.pages[1][5], self.pages[1][4]
            related = self.articles[3:6]
            subtitle, tags = None, []
            text = (
                f'<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">'
                f"<p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน กรุณากรอกรหัสผ่านด้านล่างเพื่อดูเนื้อหา:</p>"
                f'<p><label for="pwbox-{pid}">รหัสผ่าน: <input name="post_password" id="pwbox-{pid}" type="password" spellcheck="false" size="20" /></label> '
                '<input type="submit" name="Submit" value="ส่ง" /></p></form>'
            )
        else:
            title, d, path, pid = a.title, a.published, a.path, a.id
            mod, views, read, ed = a.modified, a.views, a.extra["read"], a.extra["editor"]
            older, newer = self.neighbours(a)
            related = self.related(a)
            subtitle, tags = a.extra["subtitle"], a.tags
            text = self.text_html(a)
        url = f"{base}{path}"
        sub = f'<div class="sub-title">{esc(subtitle)}</div>' if subtitle else ""
        modified = (
            f'<span class="meta-item has-next-icon date-modified"><span class="updated-on">{UPDATED}</span>{self.tdate(mod)}</span>'
            if mod
            else ""
        )
        header = f"""<div class="the-post-header s-head-modern s-head-modern-a">
<div class="post-meta post-meta-a post-meta-left post-meta-single has-below">
<div class="post-meta-items meta-above"><span class="meta-item cat-labels"><a href="/category/pr-news/" class="category term-color-3" rel="category">ข่าวประชาสัมพันธ์</a></span></div>
<h1 class="is-title post-title">{esc(title)}</h1>{sub}
<div class="post-meta-items meta-below has-author-img"><span class="meta-item post-author has-img"><img alt='' src='/wp-content/uploads/2023/05/avatar-{ed[0]}-32x32.png' class='avatar avatar-32 photo' height='32' width='32' /><span class="by">โดย</span> <a href="/author/{ed[0]}/" title="เรื่องโดย {esc(ed[1])}" rel="author">{esc(ed[1])}</a></span><span class="meta-item has-next-icon date"><span class="date-link">{self.tdate(d)}</span></span>{modified}<span class="has-next-icon meta-item post-views has-icon"><i class="tsi tsi-bar-chart-2"></i>เข้าชม {views:,} ครั้ง</span><span class="meta-item read-time has-icon"><i class="tsi tsi-clock"></i>อ่าน {read} นาที</span></div>
</div>
<div class="post-share post-share-b spc-social-colors post-share-b1">{self.share_links(url, title, "cf")}<a href="#" class="show-more" title="แชร์เพิ่มเติม"><i class="tsi tsi-share"></i></a></div>
</div>"""
        featured = (
            ""
            if locked
            else f'<div class="single-featured"><div class="featured"><a href="/wp-content/uploads/{d:%Y/%m}/{pid}-cover.jpg" class="image-link media-ratio ar-bunyad-main"><img width="1200" height="800" src="/wp-content/uploads/{d:%Y/%m}/{pid}-cover-1200x800.jpg" class="attachment-bunyad-main size-bunyad-main wp-post-image" alt="" /></a></div></div>'
        )
        tags_html = (
            f'<div class="the-post-tags"><span class="label">{TAGS_LABEL}</span> '
            + " ".join(f'<a href="/tag/{quote(t).lower()}/" rel="tag">{esc(t)}</a>' for t in tags)
            + "</div>"
            if tags
            else ""
        )

        def nav_side(x, kind, label, icon_left):
            if not x:
                return ""
            t = (
                f'<span class="main-color title"><i class="tsi tsi-chevron-left"></i> {label}</span>'
                if icon_left
                else f'<span class="main-color title">{label} <i class="tsi tsi-chevron-right"></i></span>'
            )
            return f'<div class="{kind}">{t}<span class="link"><a href="{x.path}" rel="{"prev" if kind == "previous" else "next"}">{esc(x.title)}</a></span></div>'

        rel_items = "".join(
            f'<article class="l-post grid-sm-post grid-post"><div class="media"><a href="{x.path}" class="image-link media-ratio ratio-16-9" title="{esc(x.title)}"><span data-bgsrc="/wp-content/uploads/{x.published:%Y/%m}/{x.id}-cover-450x300.jpg" class="img bg-cover wp-post-image lazyload"></span></a></div>'
            f'<div class="content"><div class="post-meta post-meta-a has-below"><h4 class="is-title post-title"><a href="{x.path}">{esc(x.title)}</a></h4>'
            f'<div class="post-meta-items meta-below"><span class="meta-item date"><span class="date-link">{self.tdate(x.published)}</span></span></div></div></div></article>'
            for x in related
        )
        content = f"""{header}
{featured}
<div class="the-post s-post-modern">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-pr-news{" post-password-required" if locked else ""}">
<div class="post-content-wrap has-share-float">
<div class="post-share-float share-float-b is-hidden spc-social-c-icon"><div class="inner"><span class="share-text">แชร์</span><div class="services">{self.share_links(url, title, "cf")}</div></div></div>
<div class="post-content cf entry-content content-spacious">
{text}
</div>
{tags_html}
</div>
</article>
<div class="post-share-bot"><span class="info">{SHARE_BOT}</span><span class="share-links spc-social spc-social-colors spc-social-bg">{self.share_links(url, title, "")}</span></div>
<section class="navigate-posts">{nav_side(older, "previous", PREV_LABEL, True)}{nav_side(newer, "next", NEXT_LABEL, False)}</section>
<div class="author-box"><section class="author-info"><img alt='' src='/wp-content/uploads/2023/05/avatar-{ed[0]}-95x95.png' class='avatar avatar-95 photo' height='95' width='95' /><div class="description"><a href="/author/{ed[0]}/" title="เรื่องโดย {esc(ed[1])}" rel="author">{esc(ed[1])}</a><ul class="social-icons"><li><a href="/" class="icon tsi tsi-home" title="เว็บไซต์"><span class="visuallyhidden">เว็บไซต์</span></a></li></ul><p class="bio">{BIO}</p></div></section></div>
<section class="related-posts"><div class="block-head block-head-ac block-head-a block-head-a1 is-left"><h4 class="heading">{RELATED}</h4></div>
<section class="block-wrap block-grid cols-gap-sm mb-none" data-id="2"><div class="block-content"><div class="loop loop-grid loop-grid-sm grid grid-3 md:grid-2 xs:grid-1">{rel_items}</div></div></section></section>
</div>"""
        head = (
            f'<link rel="canonical" href="{url}" />\n'
            f"<link rel='shortlink' href='{base}/?p={pid}' />\n"
            f'<meta property="og:title" content="{esc(title)}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:image" content="{base}/wp-content/uploads/{d:%Y/%m}/{pid}-cover-1200x800.jpg" />'
        )
        return self.html_response(
            self.shell(
                f"{title} – {OFFICE}",
                content,
                head=head,
                body_class=f"post-template-default single single-post postid-{pid} single-format-standard wp-theme-smart-mag has-share-float",
                crumbs=self.crumbs([("/category/pr-news/", "ข่าวประชาสัมพันธ์"), (path, title)]),
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": f"{base}/category/pr-news/"}, b""
        m = re.fullmatch(r"/category/pr-news/(?:page/(\d+)/)?", path)
        if m:
            n = int(m[1] or 1)
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        m = re.fullmatch(r"/(\d{4})/(\d{2})/([^/]+)/", path)
        if m:
            want = unquote(path)
            if want == unquote(self.deleted_path):
                return self.render_single(None, base, locked=True)
            for a in self.articles:
                if unquote(a.path) == want:
                    return self.render_single(a, base)
        return None

    # ------------------------------------------------------------------ expected
    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            page = text_of(self.render_single(a, "http://127.0.0.1")[2].decode("utf-8"))
            cands = [
                f"เข้าชม {a.views:,} ครั้ง",
                f"อ่าน {a.extra['read']} นาที",
                wday_long(TODAY),
                TICKER,
                PREV_LABEL,
                NEXT_LABEL,
                RELATED,
                LATEST,
                LINKS,
                VISITORS,
                UPDATED,
                TAGS_LABEL,
                BIO,
                FOOTER,
                COOKIE,
                COOKIE_ACCEPT,
                GALLERY_CAPTION,
                DOWNLOAD,
                "ผู้เยี่ยมชมทั้งหมด",
                "ธีม SmartMag",
            ]
            if a.extra["caption"]:
                cands.append(a.extra["caption"])
            cands += [x.title for x in self.related(a)]
            cands += [x.title for x in (older, newer) if x]
            cands += [x.title for x in self.articles[:5]]
            rec = expected_record(a, must_not=keep_furniture(cands, page, a))
            for ph in rec["body_must"]:
                assert ph in page, (a.path, ph)
            out.append(rec)
        return out


SITE = SmartMagSite()

if __name__ == "__main__":
    main(SITE)
