"""Blind-20 red-team site: a sub-district administrative organisation (อบต.) site built on Wix,
its news kept in the Wix Blog app, built blind.

What it imitates:
- a free Wix site under its `wixsite.com` path prefix: the blog feed `/abtnongbua/blog`, the
  pages `/abtnongbua/blog/page/2` and `/3` (path pagination: Wix's pager with "หน้าก่อนหน้า" /
  "หน้าถัดไป" arrows, plus `<link rel="prev/next">` in the head), posts
  `/abtnongbua/post/<Thai slug from the title>` (printed percent-encoded);
- Wix's div soup: `#SITE_CONTAINER`, `#SITE_HEADER`, `data-testid="richTextElement"` blocks
  (the site name in the header is an **`h1`** typed by the owner, before the post's own `h1`),
  `data-testid="linkBar"` menu, the blog app's `data-hook` markup (`post-title`,
  `post-description` / Ricos viewer `p[id^=viewer-]`, `time-ago`, `time-to-read`,
  `views-count`, `comment-count`, `tag-list`, `share-buttons`, `recent-posts`);
- the visible date is Intl's th locale, **Buddhist year only when it is not the current
  year**: "15 ม.ค." (2024 posts), "28 ธ.ค. 2566" (2023 posts), and **relative** for posts of
  the last week ("2 วันที่ผ่านมา"); the full time only in `article:published_time` and the
  JSON-LD `datePublished` (UTC "…Z"), `dateModified` in the JSON-LD for every post (equal to
  the publication when never edited) and "อัปเดตแล้ว: …" in the header only for edited posts;
- "1234 การดู" and "0 ความคิดเห็น" counters, "อ่าน 2 นาที";
- inside the Ricos viewer: an image with caption and a button plugin "ดาวน์โหลดเอกสาร"; the
  last paragraph "เรียบเรียง : <office>" for some posts, **the office alone** for others;
- Wix's warm-up JSON with the post's excerpt in a `<script type="application/json">`;
- the deleted post answers 200 with Wix's "ไม่พบโพสต์" page.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from urllib.parse import quote

from ._common import MONTHS_ABBR, be, esc, main
from .b10_common import UTC
from .b11_common import B9Site, build, neighbours, record

PREFIX = "/abtnongbua"
SITE_NAME = "องค์การบริหารส่วนตำบลหนองบัว"
OFFICES = [
    "งานประชาสัมพันธ์ สำนักปลัด อบต.หนองบัว",
    None,
    "กองสาธารณสุขและสิ่งแวดล้อม อบต.หนองบัว",
    "งานประชาสัมพันธ์ สำนักปลัด อบต.หนองบัว",
    None,
]
DELETED_TITLE = "ประกาศรับสมัครพนักงานจ้างทั่วไป ประจำปีงบประมาณ 2567"


def slug(title: str) -> str:
    s = re.sub(r"[\"“”'‘’()\[\]:;,!?/\\|.%#&+=*<>]", "", title)
    s = re.sub(r"\s+", "-", s.strip()).lower()
    return s[:80].strip("-")  # Wix cuts a generated slug at 80 characters


DELETED = f"{PREFIX}/post/{slug(DELETED_TITLE)}"


def href(path: str) -> str:
    return quote(path, safe="/")


def z(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


class WixBlogSite(B9Site):
    key = "b20_wix_blog"
    family = "generic"
    imitates = "Wix + Wix Blog app on a free wixsite.com path prefix: /abtnongbua/blog, /blog/page/N (path), posts /abtnongbua/post/<Thai slug>; data-testid/data-hook div soup, the owner's site-name h1 in the header before the post h1; visible dates Intl th '15 ม.ค.' (no year in the current year), '28 ธ.ค. 2566' (BE) or 'N วันที่ผ่านมา', times only in meta/JSON-LD (UTC Z), dateModified for every post, 'อัปเดตแล้ว:' only when edited; '1234 การดู'; image caption and button plugin inside the Ricos viewer; 'เรียบเรียง :' or the office alone as the last line; warm-up JSON; deleted = 200 'ไม่พบโพสต์'"
    listing_path = f"{PREFIX}/blog"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 31, OFFICES, dt.datetime(2024, 1, 22, 18, 0), first_id=900, step=7
        )
        seen = set()
        for i, a in enumerate(self.articles):
            a.time_printed = True  # in the meta and the JSON-LD
            s = slug(a.title)
            assert s not in seen, s
            seen.add(s)
            a.path = f"{PREFIX}/post/{s}"
            a.extra["signoff"] = "label" if i % 2 == 0 else "alone"
            if a.modified is None:
                a.extra["edited"] = False
                a.modified = a.published  # dateModified is printed for every post
            else:
                a.extra["edited"] = True
        # "now" of the rendering: a few hours after the last edit on the site
        self.now = max(a.modified for a in self.articles) + dt.timedelta(hours=5, minutes=20)
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}/page/{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return (
            "# By Wix\n\nUser-agent: *\nAllow: /\n\n# Optimization for Google Ads Bot\n"
            "User-agent: AdsBot-Google-Mobile\nUser-agent: AdsBot-Google\nDisallow: /_api/*\n"
            "Disallow: /_partials*\nDisallow: /pro-gallery-webapp/v1/galleries/*\n\n"
            "# Block PetalBot\nUser-agent: PetalBot\nDisallow: /\n\n"
            "Sitemap: https://abtnongbua.wixsite.com/abtnongbua/sitemap.xml\n"
        )

    def when(self, d: dt.datetime) -> str:
        delta = self.now - d
        if delta < dt.timedelta(days=1):
            return f"{delta.seconds // 3600} ชั่วโมงที่ผ่านมา"
        if delta < dt.timedelta(days=7):
            return f"{delta.days} วันที่ผ่านมา"
        s = f"{d.day} {MONTHS_ABBR[d.month - 1]}"
        return s if d.year == self.now.year else f"{s} {be(d)}"

    # ------------------------------------------------------------ shell

    def shell(self, title, head_extra, content, warmup):
        menu = "".join(
            f'<li><a data-testid="linkElement" href="{PREFIX}{p}" class="UiHgGh"><div class="gvZmVp"><p class="wixui-dropdown-menu__item">{t}</p></div></a></li>'
            for p, t in (
                ("", "หน้าแรก"),
                ("/about", "ข้อมูลพื้นฐาน"),
                ("/blog", "ข่าวประชาสัมพันธ์"),
                ("/ita", "ITA"),
                ("/contact", "ติดต่อเรา"),
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/8c1f2e_4a0b~mv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/8c1f2e_4a0b~mv2.png" type="image/png"/>
  <title>{esc(title)}</title>
{head_extra}
  <script type="application/json" id="wix-warmup-data">{warmup}</script>
  <style id="css_masterPage">#SITE_CONTAINER{{min-height:100%}}.font_0{{font:normal normal bold 32px/1.4em kanit,sans-serif}}</style>
</head>
<body>
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus SCROLL_TO_TOP" role="region" tabindex="-1" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-layout">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy" data-testid="screenWidthContainerBg"></div></div><div class="U4Bvut"><div class="G5K6X8"><div data-mesh-id="SITE_HEADERinlineContent" data-testid="inline-content" class=""><div data-mesh-id="SITE_HEADERinlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq1a8x2b" class="KcpHeO tz5f0K comp-lq1a8x2b wixui-image"><img src="https://static.wixstatic.com/media/8c1f2e_logo~mv2.png/v1/fill/w_96,h_96,al_c/logo.png" alt="ตราสัญลักษณ์ อบต.หนองบัว" style="width:96px;height:96px;object-fit:cover"/></div>
<div id="comp-lq1a9c0d" class="HcOXKn SxM0TO QxJLC3 comp-lq1a9c0d wixui-rich-text" data-testid="richTextElement"><h1 class="font_0 wixui-rich-text__text" style="font-size:32px;"><span style="color:#1F4E79;" class="wixui-rich-text__text">{SITE_NAME}</span></h1></div>
<div id="comp-lq1aa3f1" class="HcOXKn SxM0TO QxJLC3 comp-lq1aa3f1 wixui-rich-text" data-testid="richTextElement"><p class="font_8 wixui-rich-text__text" style="font-size:16px;">อำเภอเมือง จังหวัดกาฬสินธุ์</p></div>
<wix-dropdown-menu id="comp-lq1ab0x9" class="XwCBRN NHM1d1 comp-lq1ab0x9 wixui-dropdown-menu hidden-during-prewarmup" tabIndex="-1" dir="ltr" data-stretch-buttons-to-menu-width="true" data-same-width-buttons="false" data-num-items="5" data-menuborder-y="0" data-menubtn-border="0" data-ribbon-els="0" data-label-pad="0" data-ribbon-extra="0" data-dropalign="center"><nav class="R_TAzU" id="comp-lq1ab0x9navContainer" aria-label="เว็บไซต์" data-testid="linkBar"><ul class="y7qwii" id="comp-lq1ab0x9itemsContainer" style="text-align:center" data-marginallchildren="true">{menu}</ul></nav></wix-dropdown-menu>
</div></div></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div id="SITE_PAGES_TRANSITION_GROUP" class="AnQkDU"><div id="q2w9x" class="dBAkHi theme-vars q2w9x"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerq2w9x" class="Containerq2w9x SPY_vo"><div data-mesh-id="Containerq2w9xinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerq2w9xinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="comp-lq1ad7m3" tabindex="-1" class="Oqnisf comp-lq1ad7m3 wixui-section" data-block-level-container="ClassicSection"><div data-mesh-id="comp-lq1ad7m3inlineContent" data-testid="inline-content" class=""><div data-mesh-id="comp-lq1ad7m3inlineContent-gridContainer" data-testid="mesh-container-content">
<div id="comp-lq1ad8tpp" class="comp-lq1ad8tpp"><div class="TWFxr5 "><div class="blog-post-page-font">
{content}
</div></div></div>
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="AT7o0U SITE_FOOTER wixui-footer" tabindex="-1"><div class="U4Bvut"><div data-testid="inline-content">
<div id="comp-lq1af1a1" class="HcOXKn SxM0TO QxJLC3 comp-lq1af1a1 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">{SITE_NAME} 99 หมู่ 4 ตำบลหนองบัว อำเภอเมือง จังหวัดกาฬสินธุ์ 46000</p><p class="font_9 wixui-rich-text__text">โทร. 043-000-123 &nbsp;อีเมล saraban@nongbua.go.th</p></div>
<div id="comp-lq1af9k2" class="HcOXKn SxM0TO QxJLC3 comp-lq1af9k2 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">จำนวนผู้เข้าชมเว็บไซต์ <span style="font-weight:bold">0 4 5 1 2 3</span></p></div>
<div id="comp-lq1agz00" class="HcOXKn SxM0TO QxJLC3 comp-lq1agz00 wixui-rich-text" data-testid="richTextElement"><p class="font_9 wixui-rich-text__text">© 2566 โดย อบต.หนองบัว สร้างด้วย Wix.com</p></div>
</div></div></footer>
</div></div></div></div>
<div id="consent-banner-root" data-hook="consent-banner-root"><div role="dialog" aria-label="แบนเนอร์คุกกี้" data-hook="consent-banner"><p data-hook="consent-banner-text">เว็บไซต์นี้ใช้คุกกี้ เราใช้คุกกี้เพื่อดูว่าคุณมีปฏิสัมพันธ์กับเว็บไซต์อย่างไร การกดยอมรับถือว่าคุณยินยอมให้เราใช้คุกกี้ดังกล่าว</p><button data-hook="consent-banner-settings-button">การตั้งค่า</button><button data-hook="consent-banner-decline-button">ปฏิเสธ</button><button data-hook="consent-banner-apply-button">ยอมรับ</button></div></div>
</body>
</html>"""

    # ------------------------------------------------------------ listing

    def card(self, path, title, d, views, comments, excerpt):
        return f"""<div data-hook="post-list-item" class="gnfnJj blog-post-homepage-background-color"><div class="f8z3JK"><a href="{href(path)}" data-hook="post-list-item__image"><img src="https://static.wixstatic.com/media/8c1f2e_{zlib.crc32(path.encode()) % 10**6}~mv2.jpg/v1/fill/w_454,h_341,al_c,q_80/cover.jpg" alt=""/></a></div>
<div class="aVWh8k"><div data-hook="post-list-item__header" class="post-header"><div class="avatar" data-hook="avatar-image"></div><span data-hook="user-name" class="user-name">งานประชาสัมพันธ์</span><ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="{self.when(d)}">{self.when(d)}</span></li><li><span data-hook="time-to-read" class="post-metadata__readTime">อ่าน 2 นาที</span></li></ul></div>
<a href="{href(path)}" class="O16KGI"><div data-hook="post-title"><h2 class="bD0vt9 blog-post-homepage-title-font">{esc(title)}</h2></div><div data-hook="post-description" class="post-description"><div class="BOlnTh">{esc(excerpt)}</div></div></a>
<div data-hook="post-footer" class="post-footer"><div data-hook="post-stats" class="post-stats"><span data-hook="views-count" class="view-count">{views} การดู</span><a data-hook="comment-count" href="{href(path)}">{comments} ความคิดเห็น</a></div><button data-hook="like-button" aria-label="กดถูกใจโพสต์" class="like-button">♡</button></div></div></div>"""

    def pager(self, k):
        n = len(self.pages)
        parts = []
        if k:
            parts.append(
                f'<a data-hook="pagination__previous" aria-label="หน้าก่อนหน้า" href="{self.page_url(k - 1)}" class="pagination-arrow"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M15 6l-6 6 6 6"/></svg></a>'
            )
        for i in range(n):
            if i == k:
                parts.append(
                    f'<span data-hook="pagination__current" aria-current="page" class="pagination-current">{i + 1}</span>'
                )
            else:
                parts.append(
                    f'<a data-hook="pagination__page" href="{self.page_url(i)}" class="pagination-page">{i + 1}</a>'
                )
        if k < n - 1:
            parts.append(
                f'<a data-hook="pagination__next" aria-label="หน้าถัดไป" href="{self.page_url(k + 1)}" class="pagination-arrow"><svg viewBox="0 0 24 24" width="24" height="24"><path d="M9 6l6 6-6 6"/></svg></a>'
            )
        return f'<nav data-hook="blog-pagination-container" aria-label="การแบ่งหน้า" class="pagination">{"".join(parts)}</nav>'

    def listing(self, k):
        items = [
            (a.path, a.title, a.published, a.views, a.id % 4, a.paras[0][:140] + "…")
            for a in self.pages[k]
        ]
        if k == 1:
            items.insert(
                2,
                (
                    DELETED,
                    DELETED_TITLE,
                    dt.datetime(2023, 12, 27, 10, 0, tzinfo=self.now.tzinfo),
                    41,
                    0,
                    "องค์การบริหารส่วนตำบลหนองบัว ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานจ้างทั่วไป…",
                ),
            )
        cards = "\n".join(self.card(*it) for it in items)
        n = len(self.pages)
        head = ""
        if k:
            head += f'  <link rel="prev" href="{self.page_url(k - 1)}"/>\n'
        if k < n - 1:
            head += f'  <link rel="next" href="{self.page_url(k + 1)}"/>\n'
        content = f"""<div data-hook="blog-feed-page" class="blog-feed-page">
<nav data-hook="category-menu" aria-label="หมวดหมู่" class="category-menu"><ul><li><a href="{PREFIX}/blog" aria-current="page">ทั้งหมด</a></li><li><a href="{PREFIX}/blog/categories/ข่าวกิจกรรม">ข่าวกิจกรรม</a></li><li><a href="{PREFIX}/blog/categories/ประกาศ">ประกาศ</a></li></ul></nav>
<div data-hook="post-list" class="post-list">
{cards}
</div>
{self.pager(k)}
</div>"""
        warmup = json.dumps(
            {
                "appsWarmupData": {
                    "blog": {"feedPage": {"page": k + 1, "postCount": len(self.articles)}}
                }
            }
        )
        return self.shell(f"ข่าวประชาสัมพันธ์ | {SITE_NAME}", head, content, warmup)

    # ------------------------------------------------------------ post

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        vid = f"{a.id:x}"
        paras = []
        for j, p in enumerate(a.paras):
            paras.append(
                f'<div type="paragraph" class="_2PHJq public-DraftStyleDefault-ltr"><p dir="auto" class="_1vi0o _3HFcv public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" id="viewer-{vid}{j:02d}"><span style="font-size:18px;">{esc(p)}</span></p></div>'
            )
            if j == 0:
                paras.append(
                    f'<div data-hook="imageViewer" class="_3CWa- _1TQ9k"><figure class="image-container"><img data-pin-url="{href(a.path)}" src="https://static.wixstatic.com/media/8c1f2e_{vid}~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/img.jpg" alt=""/><figcaption data-hook="imageViewerCaption" class="image-caption">ภาพกิจกรรม คลิกเพื่อดูภาพขนาดใหญ่</figcaption></figure></div>'
                )
        if a.source:
            line = f"เรียบเรียง : {a.source}" if a.extra["signoff"] == "label" else a.source
            paras.append(
                f'<div type="paragraph" class="_2PHJq public-DraftStyleDefault-ltr"><p dir="auto" class="_1vi0o _3HFcv public-DraftStyleDefault-block-depth0 public-DraftStyleDefault-text-ltr" id="viewer-{vid}zz" style="text-align:right"><span style="font-size:16px;">{esc(line)}</span></p></div>'
            )
        paras.append(
            f'<div data-hook="button-viewer" class="button-container" style="text-align:center"><a href="https://{PREFIX.strip("/")}.wixsite.com/files/{vid}.pdf" data-hook="web-button" class="button_2ZU2T" target="_blank" rel="noopener"><span class="button_text">ดาวน์โหลดเอกสาร</span></a></div>'
        )
        tags = ""
        if a.tags:
            tags = (
                '<nav aria-label="แท็ก" data-hook="tag-list" class="tag-list"><p class="tag-list__title">แท็ก:</p><ul class="tag-list__items">'
                + "".join(
                    f'<li><a data-hook="tag" href="{href(PREFIX + "/blog/tags/" + t.lower())}" class="tag-link">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul></nav>"
            )
        updated = (
            f'<li><span data-hook="updated-date" class="post-metadata__updated">อัปเดตแล้ว: {self.when(a.modified)}</span></li>'
            if a.extra["edited"]
            else ""
        )
        recent = [x for x in self.articles if x is not a][:3]
        recent_html = "".join(
            f'<div data-hook="post-list-item" class="recent-post"><a href="{href(x.path)}"><h3 data-hook="post-title" class="recent-post__title">{esc(x.title)}</h3></a><div class="post-stats"><span data-hook="views-count">{x.views} การดู</span><span data-hook="comment-count">{x.id % 4} ความคิดเห็น</span></div></div>'
            for x in recent
        )
        nav = ""
        if older or newer:
            nav = '<div data-hook="post-navigation" class="post-navigation">'
            if newer:
                nav += f'<a href="{href(newer.path)}" data-hook="post-navigation__prev"><span>โพสต์ก่อนหน้า</span><span>{esc(newer.title)}</span></a>'
            if older:
                nav += f'<a href="{href(older.path)}" data-hook="post-navigation__next"><span>โพสต์ถัดไป</span><span>{esc(older.title)}</span></a>'
            nav += "</div>"
        comments = a.id % 4
        content = f"""<div data-hook="post-page" class="post-page">
<article class="blog-post-page-font post-page__article" data-hook="post">
<div class="post-container">
<div data-hook="post-header" class="post-header"><div class="avatar" data-hook="avatar-image"><img src="https://static.wixstatic.com/media/8c1f2e_avatar~mv2.png" alt="งานประชาสัมพันธ์"/></div><span data-hook="user-name" class="user-name">งานประชาสัมพันธ์</span><span class="badge" data-hook="writer-badge">ผู้ดูแลระบบ</span>
<ul class="post-metadata__list"><li><span data-hook="time-ago" class="post-metadata__date time-ago" title="{self.when(a.published)}">{self.when(a.published)}</span></li><li><span data-hook="time-to-read" title="อ่าน {max(1, sum(map(len, a.paras)) // 900)} นาที" class="post-metadata__readTime">อ่าน {max(1, sum(map(len, a.paras)) // 900)} นาที</span></li>{updated}</ul>
<div data-hook="more-button" class="more-button"><button aria-label="การดำเนินการเพิ่มเติม">⋯</button></div></div>
<div class="post-title-container"><h1 class="post-title blog-post-title-font" data-hook="post-title"><span class="post-title__text">{esc(a.title)}</span></h1></div>
<div data-hook="post-description" class="post-content__body"><div data-id="content-viewer" data-hook="ricos-viewer" class="rich-content-viewer" dir="ltr">
{"".join(paras)}
</div></div>
<div data-hook="post-footer" class="post-footer">
{tags}
<div data-hook="share-buttons" class="share-buttons"><button data-hook="share-button__facebook" aria-label="แชร์ผ่าน Facebook"></button><button data-hook="share-button__twitter" aria-label="แชร์ผ่าน X (Twitter)"></button><button data-hook="share-button__linked-in" aria-label="แชร์ผ่าน LinkedIn"></button><button data-hook="share-button__link" aria-label="คัดลอกลิงก์">คัดลอกลิงก์</button></div>
<div data-hook="post-main-actions__stats" class="post-stats"><span data-hook="views-count" class="view-count">{a.views} การดู</span><a data-hook="comment-count" href="#comments">{comments} ความคิดเห็น</a><button data-hook="like-button" aria-label="กดถูกใจโพสต์">♡</button></div>
</div>
</div>
</article>
{nav}
<section data-hook="recent-posts" class="recent-posts"><div class="recent-posts__header"><h2 class="recent-posts__title">โพสต์ล่าสุด</h2><a href="{PREFIX}/blog" class="recent-posts__see-all">ดูทั้งหมด</a></div><div class="recent-posts__list">{recent_html}</div></section>
<section data-hook="comments-container" id="comments" class="comments"><h2>ความคิดเห็น</h2><div data-hook="comment-box"><button data-hook="comment-box-placeholder">เขียนความคิดเห็น...</button><p>ลงชื่อเข้าใช้เพื่อแสดงความคิดเห็น</p></div></section>
</div>"""
        desc = a.paras[0][:150]
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {
                "@type": "WebPage",
                "@id": f"https://abtnongbua.wixsite.com{href(a.path)}",
            },
            "headline": a.title,
            "description": desc,
            "image": {
                "@type": "ImageObject",
                "url": f"https://static.wixstatic.com/media/8c1f2e_{vid}~mv2.jpg",
            },
            "datePublished": z(a.published),
            "dateModified": z(a.modified),
            "author": {
                "@type": "Person",
                "name": "งานประชาสัมพันธ์",
                "url": f"https://abtnongbua.wixsite.com{PREFIX}/profile/prnongbua/profile",
            },
            "publisher": {"@type": "Organization", "name": SITE_NAME},
            "interactionStatistic": {
                "@type": "InteractionCounter",
                "interactionType": "https://schema.org/LikeAction",
                "userInteractionCount": a.id % 9,
            },
        }
        head = f"""  <link rel="canonical" href="https://abtnongbua.wixsite.com{href(a.path)}"/>
  <meta property="og:title" content="{esc(a.title)}"/>
  <meta property="og:description" content="{esc(desc)}"/>
  <meta property="og:type" content="article"/>
  <meta property="og:site_name" content="{esc(SITE_NAME)}"/>
  <meta property="article:author" content="งานประชาสัมพันธ์"/>
  <meta property="article:published_time" content="{z(a.published)}"/>
  <meta property="article:modified_time" content="{z(a.modified)}"/>
  <script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
        warmup = json.dumps(
            {
                "appsWarmupData": {
                    "blog": {
                        "postPage": {
                            "post": {
                                "id": f"65a{vid}c0f2d",
                                "slug": a.path.rsplit("/", 1)[1],
                                "title": a.title,
                                "excerpt": desc,
                                "firstPublishedDate": z(a.published),
                                "lastPublishedDate": z(a.modified),
                                "viewCount": a.views,
                                "commentCount": comments,
                                "minutesToRead": max(1, sum(map(len, a.paras)) // 900),
                            }
                        }
                    }
                }
            },
            ensure_ascii=False,
        )
        return self.shell(f"{a.title} | {SITE_NAME}", head, content, warmup)

    def deleted(self):
        content = f"""<div data-hook="post-page" class="post-page"><div data-hook="post-not-found" class="not-found">
<h2 class="not-found__title">ไม่พบโพสต์</h2>
<p class="not-found__text">ลิงก์อาจเสีย หรือโพสต์นี้ถูกลบไปแล้ว</p>
<a href="{PREFIX}/blog" class="not-found__button" data-hook="not-found-button">กลับไปที่บล็อก</a>
</div></div>"""
        return self.shell(
            f"ไม่พบโพสต์ | {SITE_NAME}", "", content, json.dumps({"appsWarmupData": {}})
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"{a.views} การดู",
                "ความคิดเห็น",
                "อ่าน 1 นาที",
                "อ่าน 2 นาที",
                "อ่าน 3 นาที",
                "อัปเดตแล้ว:",
                "ภาพกิจกรรม คลิกเพื่อดูภาพขนาดใหญ่",
                "ดาวน์โหลดเอกสาร",
                "แท็ก:",
                "คัดลอกลิงก์",
                "โพสต์ก่อนหน้า",
                "โพสต์ถัดไป",
                older.title if older else "",
                newer.title if newer else "",
                "โพสต์ล่าสุด",
                "ดูทั้งหมด",
                "เขียนความคิดเห็น...",
                "ลงชื่อเข้าใช้เพื่อแสดงความคิดเห็น",
                "ผู้ดูแลระบบ",
                "จำนวนผู้เข้าชมเว็บไซต์",
                "เว็บไซต์นี้ใช้คุกกี้",
                "สร้างด้วย Wix.com",
                "อำเภอเมือง จังหวัดกาฬสินธุ์",
            ]
            out.append(record(self, a, must_not))
        return out


SITE = WixBlogSite()

if __name__ == "__main__":
    main(SITE)
