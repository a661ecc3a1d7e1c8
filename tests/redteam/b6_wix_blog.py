"""Blind-6 red-team site: a district non-formal education centre (กศน.อำเภอ) on Wix with the
Wix Blog app, built blind.

What it imitates:
- Wix's server-rendered markup: `#SITE_CONTAINER`, `#PAGES_CONTAINER`, generated class names,
  `data-hook` attributes, `wix-image`, a `<title>` "headline | site";
- blog posts at `/post/<Thai slug>` (percent-encoded in hrefs, absolute URLs), the blog feed
  `/blog` and `/blog/page/N` (`nav[data-hook=blog-pagination]`, `aria-label="หน้า 2"`);
- the post: author avatar and name "ครูเอ๋ กศน.", `span[data-hook=time-ago]` with Wix's short
  Thai date **without a year** for posts of the current year ("15 ก.พ.") and with a CE year
  for older ones ("28 ธ.ค. 2023"), "อ่าน 2 นาที", "อัปเดต: 20 ก.พ." when edited;
  `h1[data-hook=post-title]`; the Ricos rich-content viewer body (`p` with `dir="auto"`,
  images with captions), "ข่าว : …" sign-off; `data-hook=tag` pills, share icons, the
  footer counters "ยอดดู 87" / "ความคิดเห็น 0" and a like heart, "โพสต์ล่าสุด" cards with
  "ดูทั้งหมด", the comment box "เขียนความคิดเห็น..." / "เข้าสู่ระบบเพื่อแสดงความคิดเห็น";
- JSON-LD `BlogPosting` with `datePublished` / `dateModified` in UTC milliseconds for every
  post (equal when never edited);
- a removed post: 200 with the blog page and "ไม่พบโพสต์นี้".
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote, unquote

from ._common import MONTHS_ABBR, BaseSite, esc, expected_record, main, paginate
from .b6_common import build

SITE_NAME = "กศน.อำเภอสันทราย"
SOURCES = ["กศน.อำเภอสันทราย", None, "กศน.ตำบลหนองหาร"]
PER_PAGE = 9
THIS_YEAR = 2024
UTC = dt.UTC


def slugify(title: str) -> str:
    words = [re.sub(r"[^0-9A-Za-z\u0E00-\u0E7F]", "", w) for w in title.lower().split()]
    return "-".join(w for w in words if w)[:60].strip("-")


def enc(path: str) -> str:
    return quote(path, safe="/")


def wixdate(d: dt.datetime) -> str:
    s = f"{d.day} {MONTHS_ABBR[d.month - 1]}"
    return s if d.year == THIS_YEAR else f"{s} {d.year}"


def ms(d: dt.datetime, k: int) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + f".{(k * 137) % 1000:03d}Z"


DELETED = enc("/post/ประชาสัมพันธ์รับสมัครนักศึกษา-ภาคเรียนที่-1-ปีการศึกษา-2567")


class WixSite(BaseSite):
    key = "b6_wix_blog"
    family = "generic"
    imitates = "Wix + Wix Blog of a กศน.อำเภอ: /post/<Thai slug>, /blog/page/N, data-hook markup, 'time-ago' dates without a year ('15 ก.พ.') or with a CE year, 'อ่าน 2 นาที', 'ยอดดู 87', JSON-LD BlogPosting in UTC ms, 'ข่าว :' sign-off"
    listing_path = "/blog"

    def __init__(self):
        self.articles = build(
            self.key, 20, 36, SOURCES, dt.datetime(2024, 1, 25, 16, 0), first_id=10, step=1
        )
        for a in self.articles:
            a.extra["edited"] = a.modified is not None
            a.modified = a.modified or a.published
            a.path = enc(f"/post/{slugify(a.title)}")
        assert len({a.path for a in self.articles}) == len(self.articles)
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/blog"] + [f"/blog/page/{k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def recent(self, a):
        return [x for x in self.articles if x is not a][:3]

    def shell(self, base, title, page_html, head=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
  <meta charset='utf-8'>
  <meta name="viewport" content="width=device-width, initial-scale=1" id="wixDesktopViewport" />
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="generator" content="Wix.com Website Builder"/>
  <link rel="icon" sizes="192x192" href="https://static.wixstatic.com/media/7a1b2c_f3e9~mv2.png/v1/fill/w_192%2Ch_192%2Clg_1%2Cusm_0.66_1.00_0.01/7a1b2c_f3e9~mv2.png" type="image/png"/>
  <title>{esc(title)}</title>
  {head}
  <script type="application/json" id="wix-viewer-model">{{"siteFeaturesConfigs":{{"platform":{{"bootstrapData":{{"location":{{"externalBaseUrl":"{base}"}}}}}}}},"site":{{"metaSiteId":"5b1e2c3d-7f80-4a9b-8c1d-2e3f4a5b6c7d","isResponsive":false}},"language":{{"userLanguage":"th"}}}}</script>
</head>
<body class="">
<div id="SITE_CONTAINER"><div id="main_MF" class="main_MF"><div id="SCROLL_TO_TOP" class="Vd6aQZ ignore-focus" tabindex="-1" role="region" aria-label="top of page"><span class="mHZSwn">top of page</span></div>
<div id="BACKGROUND_GROUP"><div id="pageBackground_cjk8" data-media-height-override-type="" class="MW5IWV"></div></div>
<div id="site-root" class="site-root"><div id="masterPage" class="mesh-layout masterPage css-editing-scope">
<header id="SITE_HEADER" class="xU8fqS SITE_HEADER wixui-header" tabindex="-1"><div class="_C0cVf"><div class="_4XcTfy"><div id="comp-lt1a2b3c" class="MazNVa comp-lt1a2b3c wixui-image"><a href="{base}" target="_self"><wix-image id="img_comp-lt1a2b3c" class="HlRz5e BI8PVQ" data-image-info='{{"containerId":"comp-lt1a2b3c","displayMode":"fill"}}'><img src="https://static.wixstatic.com/media/7a1b2c_logo~mv2.png/v1/fill/w_96,h_96,al_c,q_85/logo.png" alt="โลโก้ กศน." style="width:96px;height:96px;object-fit:cover" width="96" height="96"/></wix-image></a></div>
<div id="comp-lt1a2b4d" class="KcpHeO tz5f0K comp-lt1a2b4d wixui-rich-text" data-testid="richTextElement"><p class="font_2 wixui-rich-text__text"><span class="color_11 wixui-rich-text__text">ศูนย์ส่งเสริมการเรียนรู้อำเภอสันทราย</span></p></div>
<wix-dropdown-menu id="comp-lt1a2b5e" class="XRwtpn NHM1d1 comp-lt1a2b5e wixui-dropdown-menu"><nav class="StylableHorizontalMenu" aria-label="เว็บไซต์"><ul class="itemsContainer"><li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{base}" target="_self" class="UiHgGh"><p class="wixui-dropdown-menu__item">หน้าแรก</p></a></li><li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{base}/about" class="UiHgGh"><p class="wixui-dropdown-menu__item">เกี่ยวกับเรา</p></a></li><li class="wixui-dropdown-menu__item" data-selected="true"><a data-testid="linkElement" href="{base}/blog" class="UiHgGh"><p class="wixui-dropdown-menu__item">ข่าวกิจกรรม</p></a></li><li class="wixui-dropdown-menu__item"><a data-testid="linkElement" href="{base}/contact" class="UiHgGh"><p class="wixui-dropdown-menu__item">ติดต่อเรา</p></a></li></ul></nav></wix-dropdown-menu></div></div></header>
<main id="PAGES_CONTAINER" class="PAGES_CONTAINER" tabindex="-1" data-main-content="true"><div id="SITE_PAGES" class="JsJXaX SITE_PAGES"><div class="JsJXaX"><div id="kqf2r" class="dBAkHi theme-vars kqf2r"><div class="PFkO7r wixui-page" data-testid="page-bg"></div><div class="HT5ybB"><div id="Containerkqf2r" class="Containerkqf2r SPY_vo"><div data-mesh-id="Containerkqf2rinlineContent" data-testid="inline-content" class=""><div data-mesh-id="Containerkqf2rinlineContent-gridContainer" data-testid="mesh-container-content">
<section id="TPASection_lt1a3x" class="TPASection_lt1a3x"><div id="TPAMultiSection_lt1a3x" class="JMCi2v TPAMultiSection_lt1a3x"><div class="blog-page-container" data-hook="blog-page">
{page_html}
</div></div></section>
</div></div></div></div></div></div></div></main>
<footer id="SITE_FOOTER" class="xU8fqS SITE_FOOTER wixui-footer" tabindex="-1"><div class="_C0cVf"><div id="comp-lt1a9f0" class="KcpHeO tz5f0K comp-lt1a9f0 wixui-rich-text"><p class="font_9 wixui-rich-text__text">ศูนย์ส่งเสริมการเรียนรู้อำเภอสันทราย 99 หมู่ 1 ตำบลสันทรายหลวง อำเภอสันทราย จังหวัดเชียงใหม่ 50210 โทร. 053-491-234</p><p class="font_9 wixui-rich-text__text">© 2024 by {SITE_NAME} สร้างด้วย Wix.com</p></div></div></footer>
</div></div></div></div>
<script src="https://static.parastorage.com/unpkg/@wix/wix-thunderbolt@1.14522.0/dist/main.renderer.min.js"></script>
</body>
</html>
"""

    def card(self, base, a, k):
        return f"""<div class="gXhLf1 mNWqHx" data-hook="post-list-item"><div class="_2c4Bh9"><a href="{base}{a.path}" class="O16KGI" data-hook="post-list-item__image"><wix-image class="HlRz5e"><img src="https://static.wixstatic.com/media/7a1b2c_p{a.id}~mv2.jpg/v1/fill/w_454,h_341,al_c,q_80,usm_0.66_1.00_0.01/7a1b2c_p{a.id}~mv2.webp" alt="" width="454" height="341" loading="lazy"/></wix-image></a></div><div class="z3ymW_"><div class="_0ElUy" data-hook="post-list-item__header"><div class="avatar-image"><img src="https://static.wixstatic.com/media/7a1b2c_avatar.png" alt="ครูเอ๋ กศน." width="32" height="32"/></div><div class="post-metadata"><span class="tQ0Q1A user-name" data-hook="user-name">ครูเอ๋ กศน.</span><ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="{wixdate(a.published)}">{wixdate(a.published)}</span></li><li><span class="post-metadata__readTime" data-hook="time-to-read" title="อ่าน 2 นาที">อ่าน 2 นาที</span></li></ul></div></div><a href="{base}{a.path}" class="O16KGI" data-hook="post-list-item__title"><h2 class="bD0vt9 blog-post-title-font blog-post-title-color" data-hook="post-title"><p class="bD0vt9">{esc(a.title)}</p></h2></a><div class="BOlnTh" data-hook="post-description"><p>{esc(a.paras[0][:120])}...</p></div><div class="_5VbPw" data-hook="post-footer"><span data-hook="view-count">ยอดดู {a.views:,}</span> <span data-hook="comment-count">ความคิดเห็น 0</span><button class="like-button" aria-label="ถูกใจโพสต์" data-hook="like-button"><span class="like-button__count" data-hook="like-button-count">{a.views % 9}</span></button></div></div></div>"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        cards = [self.card(base, a, k) for k, a in enumerate(self.pages[n])]
        if n == 1:
            cards.insert(
                4,
                f"""<div class="gXhLf1 mNWqHx" data-hook="post-list-item"><div class="z3ymW_"><div class="post-metadata"><span class="post-metadata__date time-ago" data-hook="time-ago">{wixdate(self.pages[1][3].published)}</span></div><a href="{base}{DELETED}" class="O16KGI" data-hook="post-list-item__title"><h2 class="bD0vt9 blog-post-title-font" data-hook="post-title"><p class="bD0vt9">ประชาสัมพันธ์รับสมัครนักศึกษา ภาคเรียนที่ 1 ปีการศึกษา 2567</p></h2></a></div></div>""",
            )
        last = len(self.pages) - 1

        def href(k):
            return f"{base}/blog" if k == 0 else f"{base}/blog/page/{k + 1}"

        nav = []
        if n > 0:
            nav.append(
                f'<a href="{href(n - 1)}" data-hook="pagination__previous" aria-label="หน้าก่อนหน้า" class="NhZp2g"><svg viewBox="0 0 19 19" width="19" height="19"><path d="M11.6 4.4l-5 5 5 5"></path></svg></a>'
            )
        for k in range(last + 1):
            nav.append(
                f'<span data-hook="pagination__current" aria-current="page" class="PuXsQn">{k + 1}</span>'
                if k == n
                else f'<a href="{href(k)}" data-hook="pagination__page" aria-label="หน้า {k + 1}" class="NhZp2g">{k + 1}</a>'
            )
        if n < last:
            nav.append(
                f'<a href="{href(n + 1)}" data-hook="pagination__next" aria-label="หน้าถัดไป" class="NhZp2g"><svg viewBox="0 0 19 19" width="19" height="19"><path d="M7.4 4.4l5 5-5 5"></path></svg></a>'
            )
        page_html = f"""<nav class="blog-navigation" data-hook="blog-desktop-header-container"><ul><li><a href="{base}/blog" data-hook="link-all-posts" class="active">โพสต์ทั้งหมด</a></li><li><a href="{base}/blog/categories/ข่าวกิจกรรม">ข่าวกิจกรรม</a></li><li><a href="{base}/blog/categories/ประกาศ">ประกาศ</a></li></ul><button data-hook="search-button" aria-label="ค้นหา">ค้นหา</button></nav>
<div class="_1rUL1j" data-hook="post-list"><div class="post-list-pro-gallery-flexible">{"".join(cards)}</div></div>
<nav class="U17yoR" data-hook="blog-pagination" aria-label="การแบ่งหน้า">{"".join(nav)}</nav>"""
        return self.html_response(self.shell(base, f"ข่าวกิจกรรม | {SITE_NAME}", page_html))

    def detail(self, base, a):
        paras = [
            f'<p class="MwKyfc qSbWSo" dir="auto"><span class="qSbWSo">{esc(p)}</span></p>'
            for p in a.paras
        ]
        paras.insert(
            1,
            f'<div class="figure" data-hook="imageViewer"><wix-image class="xl9AN"><img src="https://static.wixstatic.com/media/7a1b2c_p{a.id}b~mv2.jpg/v1/fill/w_740,h_493,al_c,q_85/7a1b2c_p{a.id}b~mv2.webp" alt="" width="740" height="493" loading="lazy"/></wix-image><figcaption class="dw7rVv" dir="auto" data-hook="imageViewerCaption">บรรยากาศการจัดกิจกรรม</figcaption></div>',
        )
        if a.source:
            paras.append(
                f'<p class="MwKyfc qSbWSo" dir="auto"><span class="qSbWSo">ข่าว : {esc(a.source)}</span></p>'
            )
        updated = (
            f'<li><span class="post-metadata__updated" data-hook="updated-date">อัปเดต: {wixdate(a.modified)}</span></li>'
            if a.extra["edited"]
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '<nav aria-label="แท็ก" class="RHuCLK" data-hook="tags"><ul class="Jb4YCs">'
                + "".join(
                    f'<li><a href="{base}/blog/tags/{enc(t)}" data-hook="tag" class="fNgFoq">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul></nav>"
            )
        recent = "".join(self.card(base, x, k) for k, x in enumerate(self.recent(a)))
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{a.path}"},
            "headline": a.title[:110],
            "image": {
                "@type": "ImageObject",
                "url": f"https://static.wixstatic.com/media/7a1b2c_p{a.id}~mv2.jpg",
                "width": 1200,
                "height": 800,
            },
            "datePublished": ms(a.published, a.id),
            "dateModified": ms(a.modified, a.id),
            "author": {
                "@type": "Person",
                "name": "ครูเอ๋ กศน.",
                "url": f"{base}/profile/kru-ae/profile",
            },
            "publisher": {"@type": "Organization", "name": SITE_NAME},
            "articleSection": "ข่าวกิจกรรม",
        }
        head = f"""<meta name="description" content="{esc(a.paras[0][:160])}"/><link rel="canonical" href="{base}{a.path}"/><meta property="og:title" content="{esc(a.title)}"/><meta property="og:type" content="article"/><meta property="og:url" content="{base}{a.path}"/><meta property="og:site_name" content="{SITE_NAME}"/><meta property="article:author" content="ครูเอ๋ กศน."/><script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>"""
        page_html = f"""<div class="post-page" data-hook="post-page"><article class="blog-post-page-font" data-hook="post">
<div class="_0ElUy" data-hook="post-header"><div class="avatar-image"><img src="https://static.wixstatic.com/media/7a1b2c_avatar.png" alt="ครูเอ๋ กศน." width="32" height="32"/></div><div class="post-metadata"><span class="tQ0Q1A user-name" data-hook="user-name">ครูเอ๋ กศน.</span><ul class="post-metadata__list"><li><span class="post-metadata__date time-ago" data-hook="time-ago" title="{wixdate(a.published)}">{wixdate(a.published)}</span></li>{updated}<li><span class="post-metadata__readTime" data-hook="time-to-read" title="อ่าน 2 นาที">อ่าน 2 นาที</span></li></ul></div><button class="more-button" aria-label="การดำเนินการอื่นๆ" data-hook="more-button"></button></div>
<div class="Q1Hz4b" data-hook="post-title"><h1 class="H3vOVf blog-post-title-font" data-hook="post-title">{esc(a.title)}</h1></div>
<div class="s1CHjm" data-hook="post-description"><div data-id="rich-content-viewer" class="RMm6J6 rich-content-viewer" dir="ltr">{"".join(paras)}</div></div>
{tags}
<div class="_8Vi2O" data-hook="post-main-actions-desktop"><div class="share-buttons" data-hook="share-buttons"><a href="https://www.facebook.com/sharer/sharer.php?u={quote(base + a.path, safe="")}" aria-label="แชร์ผ่าน Facebook" class="share-button" data-hook="share-button-facebook">Facebook</a><a href="https://twitter.com/intent/tweet?url={quote(base + a.path, safe="")}" aria-label="แชร์ผ่าน X" class="share-button">X</a><a href="https://www.linkedin.com/sharing/share-offsite/?url={quote(base + a.path, safe="")}" aria-label="แชร์ผ่าน LinkedIn" class="share-button">LinkedIn</a><button aria-label="แชร์ผ่านลิงก์" class="share-button" data-hook="share-button-link">คัดลอกลิงก์</button></div></div>
<div class="_5VbPw" data-hook="post-footer"><span data-hook="view-count">ยอดดู {a.views:,}</span> <span data-hook="comment-count">ความคิดเห็น 0</span><button class="like-button" aria-label="ถูกใจโพสต์" data-hook="like-button"><span class="like-button__count" data-hook="like-button-count">{a.views % 9}</span></button></div>
</article>
<section class="recent-posts" data-hook="recent-posts"><div class="recent-posts__header"><h2 data-hook="recent-posts-title">โพสต์ล่าสุด</h2><a href="{base}/blog" data-hook="see-all-posts">ดูทั้งหมด</a></div><div class="recent-posts__list">{recent}</div></section>
<section class="comments" data-hook="comments"><h2 data-hook="comments-title">ความคิดเห็น</h2><div data-hook="comment-box" class="comment-box"><button data-hook="comment-box-placeholder">เขียนความคิดเห็น...</button></div><p data-hook="login-to-comment">เข้าสู่ระบบเพื่อแสดงความคิดเห็น</p></section>
</div>"""
        return self.html_response(self.shell(base, f"{a.title} | {SITE_NAME}", page_html, head))

    def deleted(self, base):
        page_html = f"""<div class="post-page not-found" data-hook="post-not-found"><h2 class="not-found__title">ไม่พบโพสต์นี้</h2><p>โพสต์ที่คุณกำลังมองหาอาจถูกลบไปแล้ว</p><a href="{base}/blog" data-hook="back-to-blog">กลับไปที่บล็อก</a></div>"""
        return self.html_response(self.shell(base, f"ข่าวกิจกรรม | {SITE_NAME}", page_html))

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 302, {"Location": base + "/blog"}, b""
        if path == "/blog":
            return self.listing(base, 0)
        if path.startswith("/blog/page/"):
            seg = path[len("/blog/page/") :]
            return self.listing(base, int(seg) - 1) if seg.isdigit() and seg != "1" else None
        p = enc(unquote(path))
        if p in self.by_path:
            return self.detail(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "ครูเอ๋ กศน.",
                f"ยอดดู {a.views:,}",
                "อ่าน 2 นาที",
                "บรรยากาศการจัดกิจกรรม",
                "คัดลอกลิงก์",
                "โพสต์ล่าสุด",
                "ดูทั้งหมด",
                "เขียนความคิดเห็น...",
                "เข้าสู่ระบบเพื่อแสดงความคิดเห็น",
            ] + [x.title for x in self.recent(a)]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = WixSite()

if __name__ == "__main__":
    main(SITE)
